//! How accurate is dyad? Readers for gold formats, the scores `dyad eval` prints, and their reports.
//!
//! # Overview
//! Each task reads gold files, builds the documents' text exactly as the
//! reference scorers in `../shared/eval` do, hands every document to an
//! [`Annotator`] (the CLI passes the full pipeline) and compares:
//! - [`eval_ner`] ([`ner`]): precision, recall and F1 per type (PER, LOC,
//!   ORG; MISC and other types left out). dyad's kinds map **person→PER,
//!   state|place→LOC, organization→ORG**; every mention of such an entity
//!   counts. Gold from IOB/CoNLL (token … tag columns, `-DOCSTART-`
//!   documents, IOB1 or IOB2; scored like `score_ner.py`: exact spans) or
//!   CoNLL-U with GUM's `Entity=` brackets (scored like `score_gum.py`: named
//!   mentions, accepted span variants, don't-care mentions, precision over
//!   dyad's names only; see [`gum`]). The format is recognised by extension
//!   or content; directories are read recursively.
//! - [`eval_coref`] ([`coref`]): MUC and B³ on GUM chains over the gold
//!   mentions dyad also output, coverage, name pairs, and state linking
//!   (share of gold state mentions whose dyad entity has the right ISO3).
//! - [`eval_attribution`] ([`attribution`]): BRAT standoff (`Source`, `Cue`,
//!   `Content` spans linked by relations): content recall and precision,
//!   speaker accuracy.
//! - [`eval_actors`] ([`actors`]): BRAT standoff with one annotation per
//!   named mention (kind `S`/`L`/`P`/`O`, attributes `Country` and `Id`):
//!   mention recall and precision, country linking, one entity per person.
//! - [`eval_events`] ([`events`]): JSON Lines records
//!   `{text, event, source:[{code}], target:[{code}]}`, scored by
//!   `dyad_events::score`.
//!
//! Every task returns a [`Report`] ([`Prf`] figures as fractions) that prints
//! as a table ([`Report::to_table`]) or as one JSON object
//! ([`Report::to_json`]). A malformed gold line is an [`EvalError`] naming
//! the file and line.
//!
//! # Example
//! ```
//! use dyad_eval::{ner, Annotator};
//! let gold = "-DOCSTART- O\n\nPutin B-PER\nvisited O\nAnkara B-LOC\n. O\n";
//! let docs: Vec<ner::Gold> = ner::read_conll("t.conll", gold).unwrap().into_iter().map(ner::Gold::Conll).collect();
//! assert_eq!(docs[0].text(), "Putin visited Ankara .");
//! // a do-nothing annotator finds nothing
//! let none = |d: dyad_core::Document| d;
//! let r = ner::score(&docs, &none, 0);
//! assert_eq!(r.overall.recall, 0.0);
//! assert_eq!(r.overall.fn_, 2);
//! assert!(r.to_table().contains("overall"));
//! assert_eq!(r.to_json()["overall"]["f1"], 0.0);
//! ```
#![deny(missing_docs)]

pub mod actors;
pub mod attribution;
pub mod coref;
pub mod events;
pub mod gum;
pub mod ner;
mod states;

use dyad_core::Document;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Something that annotates a document (the CLI passes the whole pipeline).
pub trait Annotator {
    /// Returns the annotated document.
    fn annotate(&self, doc: Document) -> Document;
}

impl<F: Fn(Document) -> Document> Annotator for F {
    fn annotate(&self, doc: Document) -> Document {
        self(doc)
    }
}

/// A gold file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct EvalError {
    /// File, and line where known.
    pub origin: String,
    /// What is wrong.
    pub message: String,
}

pub(crate) fn err(origin: impl Into<String>, message: impl Into<String>) -> EvalError {
    EvalError { origin: origin.into(), message: message.into() }
}

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    /// Precision (fraction).
    pub precision: f64,
    /// Recall (fraction).
    pub recall: f64,
    /// F1 (fraction).
    pub f1: f64,
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    /// From counts.
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
        let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf { precision: p, recall: r, f1: f, tp, fp, fn_ }
    }
}

/// The result of one evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// ner, coref, attribution, events.
    pub task: String,
    /// Documents (or records) read.
    pub documents: usize,
    /// The headline figures.
    pub overall: Prf,
    /// Per type (PER/LOC/ORG, PLOVER types, …).
    pub per_type: BTreeMap<String, Prf>,
    /// Other figures of the task (named in the table).
    pub extra: BTreeMap<String, f64>,
    /// Misses, for error analysis (`--errors N`).
    pub errors: Vec<String>,
}

impl Report {
    /// A plain-text table.
    pub fn to_table(&self) -> String {
        let mut s = format!("{} — {} documents\n", self.task, self.documents);
        s.push_str(&format!("{:<24} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}\n", "", "precision", "recall", "F1", "tp", "fp", "fn"));
        let row = |name: &str, p: &Prf| {
            let mut line = format!("{:<24} {:>9.3} {:>9.3} {:>9.3}", name, p.precision, p.recall, p.f1);
            if p.tp + p.fp + p.fn_ > 0 {
                line.push_str(&format!(" {:>7} {:>7} {:>7}", p.tp, p.fp, p.fn_));
            }
            line.push('\n');
            line
        };
        s.push_str(&row("overall", &self.overall));
        for (k, p) in &self.per_type {
            s.push_str(&row(k, p));
        }
        for (k, v) in &self.extra {
            s.push_str(&format!("{k:<24} {v:>9.3}\n"));
        }
        if !self.errors.is_empty() {
            s.push_str("\nmisses:\n");
            for e in &self.errors {
                s.push_str(&format!("  {e}\n"));
            }
        }
        s
    }

    /// One JSON object: `task`, `documents`, `overall` {precision, recall, f1, …}, `per_type`, `extra`, `errors`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

/// NER on the gold files under `paths` (CoNLL/IOB or GUM CoNLL-U).
pub fn eval_ner(paths: &[PathBuf], ann: &dyn Annotator, errors: usize) -> Result<Report, EvalError> {
    Ok(ner::score(&ner::read_paths(paths)?, ann, errors))
}

/// Coreference (and state linking) on the GUM CoNLL-U files under `paths`.
pub fn eval_coref(paths: &[PathBuf], ann: &dyn Annotator, errors: usize) -> Result<Report, EvalError> {
    Ok(coref::score(&coref::read_paths(paths)?, ann, errors))
}

/// Attribution on the BRAT `.txt` + `.ann` pairs under `paths`.
pub fn eval_attribution(paths: &[PathBuf], ann: &dyn Annotator, errors: usize) -> Result<Report, EvalError> {
    Ok(attribution::score(&attribution::read_paths(paths)?, ann, errors))
}

/// Actors (mentions, their countries, one entity per person) on the BRAT `.txt` + `.ann` pairs under `paths`.
pub fn eval_actors(paths: &[PathBuf], ann: &dyn Annotator, errors: usize) -> Result<Report, EvalError> {
    Ok(actors::score(&actors::read_paths(paths)?, ann, errors))
}

/// Events on the JSON Lines records under `paths`.
pub fn eval_events(paths: &[PathBuf], ann: &dyn Annotator, errors: usize) -> Result<Report, EvalError> {
    Ok(events::score(&events::read_paths(paths)?, ann, errors))
}

/// Files under the given paths (directories recursively, sorted), keeping
/// those `keep` accepts.
pub fn files(paths: &[PathBuf], keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, EvalError> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(d) = stack.pop() {
                let rd = std::fs::read_dir(&d).map_err(|e| err(d.display().to_string(), format!("cannot read directory: {e}")))?;
                for e in rd.flatten() {
                    let q = e.path();
                    if q.is_dir() {
                        stack.push(q);
                    } else if keep(&q) {
                        out.push(q);
                    }
                }
            }
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(err(p.display().to_string(), "no such file"));
        }
    }
    out.sort();
    Ok(out)
}

/// Byte offset of every character of `text` (and of its end): BRAT counts characters.
pub(crate) fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Bytes two spans share.
pub(crate) fn overlap(a: dyad_core::Span, b: dyad_core::Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

pub(crate) fn read(p: &Path) -> Result<String, EvalError> {
    let bytes = std::fs::read(p).map_err(|e| err(p.display().to_string(), format!("cannot read: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
