//! One module per group of commands; `run` dispatches.

mod annotate;
mod eval;
mod ingest;
mod query;

use crate::args::{Command, DbArg, FromFormat, ReadArgs};
use anyhow::{bail, Context, Result};
use dyad_core::Pipeline;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs one command.
pub fn run(cmd: Command) -> Result<ExitCode> {
    match cmd {
        Command::Annotate(a) => annotate::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Actors(a) => query::actors(a),
        Command::Actor(a) => query::actor(a),
        Command::Quotes(a) => query::quotes(a),
        Command::Events(a) => query::events(a),
        Command::Search(a) => query::search(a),
        Command::Relations(a) => query::relations(a),
        Command::Eval(a) => eval::run(a),
    }
}

/// Validated reading settings.
pub struct Reading {
    pub paths: Vec<PathBuf>,
    pub options: dyad_input::ReadOptions,
    pub jobs: usize,
    pub pipeline: Pipeline,
}

impl Reading {
    pub fn from_args(a: &ReadArgs) -> Result<Reading> {
        let published = match &a.published {
            Some(s) => Some(
                chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .with_context(|| format!("--published {s:?} is not a date of the form YYYY-MM-DD"))?,
            ),
            None => None,
        };
        if a.max_bytes == 0 {
            bail!("--max-bytes must be at least 1");
        }
        let options = dyad_input::ReadOptions {
            max_bytes: a.max_bytes,
            published,
            stdin_format: match a.from {
                FromFormat::Jsonl => dyad_input::StdinFormat::Jsonl,
                FromFormat::Text => dyad_input::StdinFormat::Text,
                FromFormat::Html => dyad_input::StdinFormat::Html,
            },
        };
        let jobs = match a.jobs {
            Some(0) => bail!("-j must be at least 1"),
            Some(n) => n,
            None => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        };
        Ok(Reading { paths: a.paths.clone(), options, jobs, pipeline: pipeline(a.kb.as_deref())? })
    }
}

/// The default pipeline, with the user's knowledge-base files if given.
pub fn pipeline(kb_dir: Option<&Path>) -> Result<Pipeline> {
    let mut cfg = dyad_pipeline::Config::default();
    if let Some(dir) = kb_dir {
        cfg.kb_files = read_kb_dir(dir)?;
    }
    dyad_pipeline::default_pipeline(&cfg).map_err(|e| anyhow::anyhow!("{e}"))
}

fn read_kb_dir(dir: &Path) -> Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    let rd = std::fs::read_dir(dir).with_context(|| format!("cannot read knowledge-base directory {}", dir.display()))?;
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    paths.sort();
    for p in paths {
        let content = std::fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))?;
        files.push((p.display().to_string(), content));
    }
    if files.is_empty() {
        bail!("knowledge-base directory {} holds no files", dir.display());
    }
    Ok(files)
}

/// The database path: --db, else $DYAD_DB, else ./dyad.db.
pub fn db_path(a: &DbArg) -> PathBuf {
    a.db.clone()
        .or_else(|| std::env::var_os("DYAD_DB").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dyad.db"))
}

/// Opens an existing store for querying.
pub fn open_store(a: &DbArg) -> Result<dyad_store::Store> {
    let p = db_path(a);
    if !p.exists() {
        bail!("no database at {} (run `dyad ingest PATH` first, or pass --db FILE)", p.display());
    }
    dyad_store::Store::open(&p).with_context(|| format!("cannot open database {}", p.display()))
}
