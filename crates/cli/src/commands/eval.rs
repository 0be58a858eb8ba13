//! `dyad eval`: accuracy on gold data with the full pipeline.

use crate::args::{EvalArgs, EvalTask};
use anyhow::Result;
use dyad_core::Document;
use std::process::ExitCode;

pub fn run(a: EvalArgs) -> Result<ExitCode> {
    let pipeline = super::pipeline(a.kb.as_deref())?;
    let annotate = |mut d: Document| {
        if let Err(e) = pipeline.run(&mut d) {
            tracing::warn!("{}: {e}", d.id);
        }
        d
    };
    let report = match a.task {
        EvalTask::Ner => dyad_eval::ner::score(&dyad_eval::ner::read_paths(&a.paths)?, &annotate, a.errors),
        EvalTask::Coref => dyad_eval::coref::score(&dyad_eval::coref::read_paths(&a.paths)?, &annotate, a.errors),
        EvalTask::Actors => dyad_eval::actors::score(&dyad_eval::actors::read_paths(&a.paths)?, &annotate, a.errors),
        EvalTask::Attribution => {
            dyad_eval::attribution::score(&dyad_eval::attribution::read_paths(&a.paths)?, &annotate, a.errors)
        }
        EvalTask::Events => dyad_eval::events::score(&dyad_eval::events::read_paths(&a.paths)?, &annotate, a.errors),
    };
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report.to_json())?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.to_table())?;
    }
    Ok(ExitCode::SUCCESS)
}
