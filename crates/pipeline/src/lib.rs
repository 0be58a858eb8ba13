//! The default reading pipeline and an order-keeping parallel runner.
//!
//! # Overview
//! [`default_pipeline`] names the stages dyad runs, in order:
//! `text` → `actors` → `quotes` → `events`. [`run_ordered`] feeds a stream of
//! items through a function on `jobs` threads and hands the results back in
//! input order as soon as each is ready, with a bounded number in flight, so
//! `dyad annotate` streams with bounded memory and deterministic output.
//!
//! No I/O happens here: the caller reads input and writes output.
//!
//! # Example
//! ```
//! use dyad_core::Document;
//! let p = dyad_pipeline::default_pipeline(&dyad_pipeline::Config::default()).unwrap();
//! let mut doc = Document::from_text("Talks resumed.");
//! p.run(&mut doc).unwrap();
//! assert_eq!(doc.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

mod ordered;

pub use ordered::run_ordered;

use dyad_core::Pipeline;

/// Settings for building the pipeline.
#[derive(Debug, Default, Clone)]
pub struct Config {
    /// Extra knowledge-base files `(name, content)` added to the built-in knowledge.
    pub kb_files: Vec<(String, String)>,
}

/// Why the pipeline could not be built.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BuildError(String);

/// The stages dyad runs by default, in order.
pub fn default_pipeline(cfg: &Config) -> Result<Pipeline, BuildError> {
    let kb: &'static dyad_kb::Kb = if cfg.kb_files.is_empty() {
        dyad_kb::Kb::builtin()
    } else {
        // Built once per process and shared by every worker thread for the rest of the run.
        Box::leak(Box::new(dyad_kb::Kb::with_extra(&cfg.kb_files).map_err(|e| BuildError(e.to_string()))?))
    };
    let p = Pipeline::new()
        .with(dyad_text::TextStage)
        .with(dyad_actors::ActorsStage::new(kb))
        .with(dyad_quotes::QuotesStage)
        .with(dyad_events::EventsStage);
    let problems = p.analyze();
    if !problems.is_empty() {
        return Err(BuildError(problems.join("; ")));
    }
    Ok(p)
}
