//! `dyad ingest`: read, annotate and store, in transactional batches.

use super::annotate::{process, Outcome};
use super::{db_path, Reading};
use crate::args::IngestArgs;
use anyhow::{Context, Result};
use dyad_core::Document;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::process::ExitCode;
use std::time::Instant;

pub fn run(a: IngestArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let r = Reading::from_args(&a.read)?;
    let path = db_path(&a.db);
    let mut store = dyad_store::Store::open(&path).with_context(|| format!("cannot open database {}", path.display()))?;
    let before = store.counts()?;
    let items = dyad_input::read_paths(&r.paths, &r.options);
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents read ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let batch_size = a.batch.max(1);
    let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
    let mut failures = 0usize;
    let mut stored = 0usize;
    let mut skipped = 0usize;
    let mut store_error: Option<anyhow::Error> = None;
    let pipeline = &r.pipeline;
    let mut flush = |batch: &mut Vec<Document>, store: &mut dyad_store::Store| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let s = store.ingest_batch(batch).context("storing a batch of documents")?;
        stored += s.inserted;
        skipped += s.skipped;
        batch.clear();
        Ok(())
    };
    dyad_pipeline::run_ordered(items, r.jobs, |item| process(pipeline, item), |(outcome, doc)| {
        match outcome {
            Outcome::Doc { warnings, .. } => {
                for w in warnings {
                    bar.suspend(|| eprintln!("dyad: warning: {w}"));
                }
            }
            Outcome::Warning(w) => bar.suspend(|| eprintln!("dyad: warning: {w}")),
            Outcome::Failed { origin, message } => {
                failures += 1;
                bar.suspend(|| eprintln!("dyad: error: {origin}: {message}"));
                if let Err(e) = store.record_failure(&origin, &message) {
                    store_error = Some(e.into());
                    return false;
                }
            }
        }
        if let Some(doc) = doc {
            bar.inc(1);
            batch.push(doc);
            if batch.len() >= batch_size {
                if let Err(e) = flush(&mut batch, &mut store) {
                    store_error = Some(e);
                    return false;
                }
            }
        }
        true
    });
    if let Some(e) = store_error {
        bar.abandon();
        return Err(e);
    }
    flush(&mut batch, &mut store)?;
    bar.finish_and_clear();
    let after = store.counts()?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "ingested into {}: {} new documents ({} already stored), {} failures, {:.1}s ({:.0} documents/s)",
        path.display(),
        stored,
        skipped,
        failures,
        secs,
        if secs > 0.0 { stored as f64 / secs } else { 0.0 }
    );
    eprintln!(
        "store now holds {} documents, {} actors, {} quotations, {} events (+{} actors, +{} quotations, +{} events)",
        after.documents,
        after.actors,
        after.quotes,
        after.events,
        after.actors.saturating_sub(before.actors),
        after.quotes.saturating_sub(before.quotes),
        after.events.saturating_sub(before.events),
    );
    if !a.quiet {
        super::query::overview(&store)?;
    }
    if failures > 0 {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
