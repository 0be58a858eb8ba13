//! `dyad annotate`: documents in, JSON Lines out, in input order.

use super::Reading;
use crate::args::AnnotateArgs;
use anyhow::Result;
use dyad_core::wire;
use dyad_input::Item;
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

/// What one input item became.
pub enum Outcome {
    /// An annotated document: its JSON line and the time each stage took.
    Doc { line: String, bytes: usize, timings: Vec<(&'static str, Duration)>, warnings: Vec<String> },
    /// A warning about the input (the document, if any, comes separately).
    Warning(String),
    /// An input that could not be read or annotated.
    Failed { origin: String, message: String },
}

/// Annotates one input item.
pub fn process(pipeline: &dyad_core::Pipeline, item: Item) -> (Outcome, Option<dyad_core::Document>) {
    match item {
        Item::Doc(mut doc) => match pipeline.run_timed(&mut doc) {
            Ok(timings) => {
                let line = wire::to_json_line(&doc);
                let warnings = std::mem::take(&mut doc.warnings)
                    .into_iter()
                    .map(|w| format!("{}: {w}", doc.meta.origin.as_deref().unwrap_or(&doc.id)))
                    .collect();
                (Outcome::Doc { line, bytes: doc.text.len(), timings, warnings }, Some(doc))
            }
            Err(e) => (
                Outcome::Failed { origin: doc.meta.origin.clone().unwrap_or_else(|| doc.id.clone()), message: e.to_string() },
                None,
            ),
        },
        Item::Warning(d) => (Outcome::Warning(d.to_string()), None),
        Item::Error(d) => (Outcome::Failed { origin: d.origin.clone(), message: d.message.clone() }, None),
    }
}

/// Per-stage time over the whole run.
#[derive(Default)]
pub struct Profile {
    stages: Vec<(&'static str, Duration)>,
    bytes: usize,
    docs: usize,
}

impl Profile {
    pub fn add(&mut self, bytes: usize, timings: &[(&'static str, Duration)]) {
        self.bytes += bytes;
        self.docs += 1;
        for (name, d) in timings {
            match self.stages.iter_mut().find(|(n, _)| n == name) {
                Some((_, t)) => *t += *d,
                None => self.stages.push((name, *d)),
            }
        }
    }

    pub fn print(&self) {
        let mb = self.bytes as f64 / 1e6;
        let total: f64 = self.stages.iter().map(|(_, d)| d.as_secs_f64()).sum();
        eprintln!("stage profile: {} documents, {:.2} MB of text", self.docs, mb);
        eprintln!("{:<10} {:>10} {:>12} {:>7}", "stage", "seconds", "ms per MB", "share");
        for (name, d) in &self.stages {
            let s = d.as_secs_f64();
            eprintln!(
                "{:<10} {:>10.3} {:>12.1} {:>6.1}%",
                name,
                s,
                if mb > 0.0 { s * 1000.0 / mb } else { 0.0 },
                if total > 0.0 { s * 100.0 / total } else { 0.0 }
            );
        }
        eprintln!("{:<10} {:>10.3} {:>12.1}", "total", total, if mb > 0.0 { total * 1000.0 / mb } else { 0.0 });
    }
}

pub fn run(a: AnnotateArgs) -> Result<ExitCode> {
    let r = Reading::from_args(&a.read)?;
    let items = dyad_input::read_paths(&r.paths, &r.options);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failures = 0usize;
    let mut profile = Profile::default();
    let mut io_error: Option<std::io::Error> = None;
    let pipeline = &r.pipeline;
    dyad_pipeline::run_ordered(items, r.jobs, |item| process(pipeline, item).0, |outcome| {
        let res = match outcome {
            Outcome::Doc { line, bytes, timings, warnings } => {
                for w in warnings {
                    eprintln!("dyad: warning: {w}");
                }
                if a.profile {
                    profile.add(bytes, &timings);
                }
                writeln!(out, "{line}").and_then(|_| out.flush())
            }
            Outcome::Warning(w) => {
                eprintln!("dyad: warning: {w}");
                Ok(())
            }
            Outcome::Failed { origin, message } => {
                failures += 1;
                eprintln!("dyad: error: {origin}: {message}");
                let obj = serde_json::json!({ "error": message, "origin": origin });
                writeln!(out, "{obj}").and_then(|_| out.flush())
            }
        };
        match res {
            Ok(()) => true,
            Err(e) => {
                io_error = Some(e);
                false
            }
        }
    });
    if let Some(e) = io_error {
        return Err(e.into());
    }
    out.flush()?;
    if a.profile {
        profile.print();
    }
    if failures > 0 {
        eprintln!("dyad: {failures} input(s) failed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
