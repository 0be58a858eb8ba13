//! Events: records `{text, event, source: [{code}], target: [{code}], mode?, published?}` in JSON Lines.

use crate::{err, files, read, Annotator, EvalError, Prf, Report};
use dyad_core::{Document, Meta};
use dyad_events::score::{parse_records, score_events, EventRecord};
use std::path::PathBuf;

/// Reads every record under `paths` (`.jsonl` files).
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<EventRecord>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| {
        let n = p.to_string_lossy();
        n.ends_with(".jsonl") || n.ends_with(".ndjson") || n.ends_with(".json")
    })? {
        let name = p.display().to_string();
        out.extend(parse_records(&read(&p)?).map_err(|e| err(name, e))?);
    }
    Ok(out)
}

/// Annotates each record's text and scores it. `overall.recall` is the type
/// accuracy; source and source+target accuracy, events of other types per
/// record and mode accuracy are in `extra`; per PLOVER type the share found.
pub fn score(records: &[EventRecord], ann: &dyn Annotator, errors: usize) -> Report {
    let docs: Vec<Document> = records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let published = r.published.as_deref().and_then(chrono_date);
            ann.annotate(Document::new(r.text.clone(), Meta { id: Some(format!("r{i}")), published, ..Meta::default() }))
        })
        .collect();
    let s = score_events(records, &docs);
    let mut rep = Report { task: "events".into(), documents: records.len(), ..Report::default() };
    let found = (s.type_accuracy * s.records as f64).round() as usize;
    rep.overall = Prf { precision: 0.0, recall: s.type_accuracy, f1: 0.0, tp: found, fp: 0, fn_: s.records - found };
    let other = (s.other_types_per_record * s.records as f64).round() as usize;
    rep.overall.fp = other;
    rep.overall.precision = if found + other > 0 { found as f64 / (found + other) as f64 } else { 0.0 };
    let (p, r) = (rep.overall.precision, rep.overall.recall);
    rep.overall.f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    rep.extra.insert("type_accuracy".into(), s.type_accuracy);
    rep.extra.insert("source_accuracy".into(), s.source_accuracy);
    rep.extra.insert("source_target_accuracy".into(), s.source_target_accuracy);
    rep.extra.insert("other_types_per_record".into(), s.other_types_per_record);
    if s.mode_records > 0 {
        rep.extra.insert("mode_accuracy".into(), s.mode_accuracy);
    }
    for (t, n, acc, coded, right) in &s.per_type {
        let ok = (acc * *n as f64).round() as usize;
        let mut p = Prf::from_counts(ok, coded - right, n - ok);
        p.precision = if *coded > 0 { *right as f64 / *coded as f64 } else { 0.0 };
        p.f1 = if p.precision + p.recall > 0.0 { 2.0 * p.precision * p.recall / (p.precision + p.recall) } else { 0.0 };
        rep.per_type.insert(t.clone(), p);
    }
    for (i, text) in s.misses.iter().take(errors) {
        rep.errors.push(format!("record {}: wanted {} in “{}”", i + 1, records[*i].event, text));
    }
    rep
}

fn chrono_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}
