//! Command-line flags as parsed by clap (raw); validation happens in the commands.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// dyad reads international-affairs news and commentary and records who
/// said and did what to whom, when.
#[derive(Parser, Debug)]
#[command(name = "dyad", version, about, propagate_version = true)]
pub struct Cli {
    /// More log output (-v info, -vv debug); DYAD_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read documents and write one JSON object per document to stdout.
    Annotate(AnnotateArgs),
    /// Read documents and store them, with everything found, in the database.
    Ingest(IngestArgs),
    /// List actors in the store.
    Actors(ActorsArgs),
    /// Profile one actor: kind, country, roles, quotations, events.
    Actor(ActorArgs),
    /// Quotations in the store.
    Quotes(QuotesArgs),
    /// Events in the store.
    Events(EventsArgs),
    /// Full-text search over stored documents.
    Search(SearchArgs),
    /// How relations between two actors moved over time.
    Relations(RelationsArgs),
    /// Measure accuracy on gold data.
    Eval(EvalArgs),
}

#[derive(Args, Debug, Clone)]
pub struct ReadArgs {
    /// Files or directories (recursive); `-` or nothing reads stdin.
    pub paths: Vec<PathBuf>,
    /// Format of stdin: JSON Lines (default), one raw text or one HTML page.
    #[arg(long, value_enum, default_value_t = FromFormat::Jsonl)]
    pub from: FromFormat,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long)]
    pub published: Option<String>,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    pub max_bytes: usize,
    /// Directory of extra knowledge-base files (same formats as the built-in ones).
    #[arg(long)]
    pub kb: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum FromFormat {
    Jsonl,
    Text,
    Html,
}

#[derive(Args, Debug)]
pub struct AnnotateArgs {
    #[command(flatten)]
    pub read: ReadArgs,
    /// Print time per stage (per MB of text) to stderr at the end.
    #[arg(long)]
    pub profile: bool,
}

#[derive(Args, Debug, Clone)]
pub struct DbArg {
    /// Database file (default: $DYAD_DB or ./dyad.db).
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub db: DbArg,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Do not print the overview of what was found after ingesting.
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct OutArgs {
    /// Machine-readable JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Most rows to print.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

#[derive(Args, Debug)]
pub struct ActorsArgs {
    /// person, state, organization, place, group, other.
    #[arg(long)]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-3 code.
    #[arg(long)]
    pub country: Option<String>,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args, Debug)]
pub struct ActorArgs {
    /// Name, code or a form used in the text ("Azerbaijan", "AZE", "Baku").
    pub name: Vec<String>,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args, Debug)]
pub struct QuotesArgs {
    /// Speaker.
    #[arg(long)]
    pub by: Option<String>,
    /// Words the quotation contains.
    #[arg(long)]
    pub text: Option<String>,
    /// Also print the sentence each came from.
    #[arg(long)]
    pub sentence: bool,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Source actor.
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor.
    #[arg(long)]
    pub target: Option<String>,
    /// PLOVER type (AGREE, CONSULT, …).
    #[arg(long = "type")]
    pub kind: Option<String>,
    /// Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Latest date.
    #[arg(long)]
    pub until: Option<String>,
    /// asserted, reported, speculative, hypothetical, negated, planned.
    #[arg(long)]
    pub mode: Option<String>,
    /// Also print the sentence each came from.
    #[arg(long)]
    pub sentence: bool,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words to find.
    pub words: Vec<String>,
    #[command(flatten)]
    pub out: OutArgs,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args, Debug)]
pub struct RelationsArgs {
    /// First actor.
    pub a: String,
    /// Second actor.
    pub b: String,
    /// Time step.
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    /// Machine-readable JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum By {
    Month,
    Year,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// What to evaluate.
    #[arg(value_enum)]
    pub task: EvalTask,
    /// Gold files or directories.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// One JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// List this many misses for error analysis.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    /// Directory of extra knowledge-base files.
    #[arg(long)]
    pub kb: Option<PathBuf>,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum EvalTask {
    Ner,
    Actors,
    Attribution,
    Events,
    Coref,
}
