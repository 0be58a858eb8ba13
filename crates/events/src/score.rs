//! Scoring event coding against records `{text, event, source: [{code}], target: [{code}], mode?}`.
//!
//! For each record dyad reads `text` (one sentence or a few) and is scored:
//! - **type**: dyad coded an event of the gold PLOVER type;
//! - **source**: one such event has a source actor whose code matches a gold
//!   source code (the actor's code starts with the gold code, or the gold code
//!   starts with the actor's country: "AZEGOV" matches an actor of AZE);
//! - **source and target**: one such event has both right (records with no
//!   gold target only need the source);
//! - **other types**: events of other types coded for the record (noise);
//! - **mode**: for records that give one, the event of the gold type has it.

use dyad_core::{Document, Entity, EntityId, Plover};
use serde::{Deserialize, Serialize};

/// A gold actor code.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Code {
    /// CAMEO-style code ("AZE", "USAGOV").
    pub code: String,
}

/// One evaluation record.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct EventRecord {
    /// The text to read.
    pub text: String,
    /// Gold PLOVER type.
    pub event: String,
    /// Gold source codes.
    #[serde(default)]
    pub source: Vec<Code>,
    /// Gold target codes.
    #[serde(default)]
    pub target: Vec<Code>,
    /// Gold mode, when given.
    #[serde(default)]
    pub mode: Option<String>,
    /// Publication date for relative dates.
    #[serde(default)]
    pub published: Option<String>,
}

/// Figures for a set of records.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EventScores {
    /// Records scored.
    pub records: usize,
    /// Share with an event of the gold type.
    pub type_accuracy: f64,
    /// Share with an event of the gold type and the right source.
    pub source_accuracy: f64,
    /// Share with an event of the gold type with source and target right.
    pub source_target_accuracy: f64,
    /// Events of other types per record.
    pub other_types_per_record: f64,
    /// Records with a gold mode.
    pub mode_records: usize,
    /// Share of those whose event of the gold type has the gold mode.
    pub mode_accuracy: f64,
    /// Per PLOVER type: (type, records of that type, share found, events of that type coded, of which in records of that type).
    pub per_type: Vec<(String, usize, f64, usize, usize)>,
    /// Records the type was missed for (index, text), for error analysis.
    pub misses: Vec<(usize, String)>,
}

/// Parses JSON Lines records; an error names the line.
pub fn parse_records(content: &str) -> Result<Vec<EventRecord>, String> {
    let mut out = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let r: EventRecord = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        if Plover::parse(&r.event).is_none() {
            return Err(format!("line {}: {:?} is not a PLOVER type", i + 1, r.event));
        }
        out.push(r);
    }
    Ok(out)
}

fn code_match(e: &Entity, gold: &[Code]) -> bool {
    gold.iter().any(|g| {
        let g = g.code.to_uppercase();
        e.code.as_deref().is_some_and(|c| c.starts_with(&g))
            || e.country.as_deref().is_some_and(|c| g.starts_with(c))
    })
}

fn matches(doc: &Document, id: Option<EntityId>, gold: &[Code]) -> bool {
    // ("-" in the gold says there is no such party: no entity is the right answer)
    let none = gold.iter().all(|g| g.code == "-");
    match id {
        Some(id) => !none && code_match(doc.entity(id), gold),
        None => none,
    }
}

/// Scores annotated documents (`docs[i]` read from `records[i].text`).
pub fn score_events(records: &[EventRecord], docs: &[Document]) -> EventScores {
    let mut s = EventScores { records: records.len(), ..EventScores::default() };
    let (mut ty, mut src, mut both, mut other, mut mode_ok) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut per: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut coded: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for (i, (r, d)) in records.iter().zip(docs).enumerate() {
        let gold = Plover::parse(&r.event);
        let of_type: Vec<_> = d.events.iter().filter(|e| Some(e.plover) == gold).collect();
        other += d.events.len() - of_type.len();
        for e in &d.events {
            let c = coded.entry(e.plover.as_str().to_string()).or_default();
            c.0 += 1;
            if Some(e.plover) == gold {
                c.1 += 1;
            }
        }
        let entry = per.entry(r.event.to_uppercase()).or_default();
        entry.0 += 1;
        if of_type.is_empty() {
            s.misses.push((i, r.text.clone()));
        } else {
            ty += 1;
            entry.1 += 1;
        }
        if of_type.iter().any(|e| e.source.is_some() && matches(d, e.source, &r.source)) {
            src += 1;
        }
        if of_type.iter().any(|e| e.source.is_some() && matches(d, e.source, &r.source) && (r.target.is_empty() || matches(d, e.target, &r.target))) {
            both += 1;
        }
        if let Some(m) = &r.mode {
            s.mode_records += 1;
            if of_type.iter().any(|e| e.mode.as_str() == m) {
                mode_ok += 1;
            }
        }
    }
    let n = records.len().max(1) as f64;
    s.type_accuracy = ty as f64 / n;
    s.source_accuracy = src as f64 / n;
    s.source_target_accuracy = both as f64 / n;
    s.other_types_per_record = other as f64 / n;
    s.mode_accuracy = if s.mode_records > 0 { mode_ok as f64 / s.mode_records as f64 } else { 0.0 };
    s.per_type = per
        .into_iter()
        .map(|(k, (n, ok))| {
            let (all, right) = coded.get(&k).copied().unwrap_or((0, 0));
            (k, n, ok as f64 / n.max(1) as f64, all, right)
        })
        .collect();
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{EntityKind, Event, Mode, Span};

    fn state(d: &mut Document, name: &str, iso: &str) -> dyad_core::EntityId {
        let mut e = Entity::new(name, EntityKind::State);
        e.country = Some(iso.into());
        e.code = Some(iso.into());
        d.add_entity(e)
    }

    #[test]
    fn a_perfect_and_an_empty_run() {
        let recs = parse_records(r#"{"text":"X","event":"AGREE","source":[{"code":"AZE"}],"target":[{"code":"ARM"}],"mode":"asserted"}"#).unwrap();
        let mut d = Document::from_text("X");
        let (a, b) = (state(&mut d, "Azerbaijan", "AZE"), state(&mut d, "Armenia", "ARM"));
        d.events.push(Event { plover: Plover::Agree, cameo: "030".into(), source: Some(a), target: Some(b), trigger: Span::new(0, 1), mode: Mode::Asserted, date: None, goldstein: 4.0, quad: 1 });
        let s = score_events(&recs, &[d]);
        assert_eq!((s.type_accuracy, s.source_accuracy, s.source_target_accuracy, s.mode_accuracy), (1.0, 1.0, 1.0, 1.0));
        let s = score_events(&recs, &[Document::from_text("X")]);
        assert_eq!((s.type_accuracy, s.source_accuracy), (0.0, 0.0));
        assert!(parse_records("{\"text\":\"x\",\"event\":\"PARTY\"}").unwrap_err().contains("line 1"));
    }

    #[test]
    fn a_gold_dash_wants_no_target() {
        let recs = parse_records(r#"{"text":"X","event":"SUPPORT","source":[{"code":"AZE"}],"target":[{"code":"-"}],"mode":"asserted"}"#).unwrap();
        let mut d = Document::from_text("X");
        let (a, b) = (state(&mut d, "Azerbaijan", "AZE"), state(&mut d, "Armenia", "ARM"));
        let ev = |target| Event { plover: Plover::Support, cameo: "051".into(), source: Some(a), target, trigger: Span::new(0, 1), mode: Mode::Asserted, date: None, goldstein: 3.4, quad: 1 };
        d.events.push(ev(None));
        assert_eq!(score_events(&recs, std::slice::from_ref(&d)).source_target_accuracy, 1.0);
        d.events[0] = ev(Some(b));
        assert_eq!(score_events(&recs, &[d]).source_target_accuracy, 0.0);
    }
}
