//! Attribution from BRAT standoff: `.txt` + `.ann` pairs.
//!
//! Convention (see `eval/attribution/README.md`): text-bound annotations
//! `T1\tSource 0 12\t…`, `T2\tCue 13 17\t…`, `T3\tContent 19 60\t…`
//! (character offsets, as BRAT writes them; a discontinuous `a b;c d` span is
//! taken from its first start to its last end), and relations linking a
//! content to its source and cue: `R1\tSource Arg1:T3 Arg2:T1`,
//! `R2\tCue Arg1:T3 Arg2:T2`. Scores:
//! - content recall: gold contents that a dyad quotation overlaps by at least
//!   half of either span;
//! - content precision: dyad quotations that so match a gold content;
//! - speaker accuracy (named): of matched gold contents whose source is a
//!   name (starts with a capital and is not a pronoun), the share whose dyad
//!   speaker has a mention overlapping the gold source, or bears its last word;
//!   `speaker_all` does the same over every matched content whose source is
//!   not a pronoun (a pronoun's antecedent is not annotated, so
//!   `pronoun_speakers_resolved` only says how often dyad named a speaker).

use crate::{char_to_byte, err, files, overlap, read, Annotator, EvalError, Prf, Report};
use dyad_core::{Document, Meta, Span};
use std::collections::HashMap;
use std::path::PathBuf;

/// One gold attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The content (byte span).
    pub content: Span,
    /// The source, when annotated.
    pub source: Option<Span>,
    /// The cue, when annotated.
    pub cue: Option<Span>,
}

/// A BRAT document.
#[derive(Debug, Clone)]
pub struct BratDoc {
    /// Name for messages.
    pub name: String,
    /// The text.
    pub text: String,
    /// Gold attributions.
    pub attributions: Vec<Attribution>,
}

/// Parses one `.ann` file against its text.
pub fn parse_brat(name: &str, text: &str, ann: &str) -> Result<BratDoc, EvalError> {
    let map = char_to_byte(text);
    let mut spans: HashMap<String, (String, Span)> = HashMap::new();
    let mut rels: Vec<(String, String, String)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let origin = || format!("{name}:{}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            return Err(err(origin(), "expected tab-separated fields"));
        }
        if f[0].starts_with('T') {
            let (label, offs) = f[1].split_once(' ').ok_or_else(|| err(origin(), "expected LABEL START END"))?;
            let nums: Vec<usize> = offs
                .split([' ', ';'])
                .map(|x| x.parse::<usize>().map_err(|_| err(origin(), format!("bad offset {x:?}"))))
                .collect::<Result<_, _>>()?;
            let (a, b) = (nums.first().copied().unwrap_or(0), nums.last().copied().unwrap_or(0));
            if a > b || b >= map.len() {
                return Err(err(origin(), format!("offsets {a}..{b} outside the text")));
            }
            spans.insert(f[0].to_string(), (label.to_string(), Span::new(map[a], map[b])));
        } else if f[0].starts_with('R') {
            let parts: Vec<&str> = f[1].split(' ').collect();
            if parts.len() != 3 {
                return Err(err(origin(), "expected LABEL Arg1:T Arg2:T"));
            }
            let a1 = parts[1].trim_start_matches("Arg1:").to_string();
            let a2 = parts[2].trim_start_matches("Arg2:").to_string();
            rels.push((parts[0].to_string(), a1, a2));
        }
    }
    let mut atts: Vec<Attribution> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut ids: Vec<&String> = spans.keys().collect();
    ids.sort_by_key(|k| k[1..].parse::<usize>().unwrap_or(0));
    for id in ids {
        let (label, s) = &spans[id];
        if label == "Content" {
            index.insert(id.clone(), atts.len());
            atts.push(Attribution { content: *s, source: None, cue: None });
        }
    }
    for (label, a1, a2) in rels {
        let (content_id, other) = if index.contains_key(&a1) { (a1, a2) } else { (a2, a1) };
        let (Some(&i), Some((_, s))) = (index.get(&content_id), spans.get(&other)) else {
            return Err(err(name, format!("relation {label} links unknown annotations")));
        };
        match label.as_str() {
            "Source" => atts[i].source = Some(*s),
            "Cue" => atts[i].cue = Some(*s),
            _ => {}
        }
    }
    Ok(BratDoc { name: name.to_string(), text: text.to_string(), attributions: atts })
}

/// Reads every `.ann` file under `paths` with its `.txt`.
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<BratDoc>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| p.extension().is_some_and(|e| e == "ann"))? {
        let txt = p.with_extension("txt");
        let text = read(&txt)?;
        out.push(parse_brat(&p.display().to_string(), &text, &read(&p)?)?);
    }
    Ok(out)
}

fn matches(g: Span, s: Span) -> bool {
    let o = overlap(g, s);
    o > 0 && (o * 2 >= g.len() || o * 2 >= s.len())
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "He", "She", "They", "It", "We", "I"];

/// Scores the annotator on BRAT documents.
pub fn score(docs: &[BratDoc], ann: &dyn Annotator, errors: usize) -> Report {
    let (mut gold_n, mut found, mut sys_n, mut sys_ok) = (0, 0, 0, 0);
    let (mut named_n, mut named_ok, mut all_n, mut all_ok) = (0, 0, 0, 0);
    let (mut pron_n, mut pron_ok) = (0usize, 0usize);
    let mut misses = Vec::new();
    for d in docs {
        let doc = ann.annotate(Document::new(d.text.clone(), Meta { id: Some(d.name.clone()), ..Meta::default() }));
        sys_n += doc.quotes.len();
        sys_ok += doc.quotes.iter().filter(|q| d.attributions.iter().any(|a| matches(a.content, q.span))).count();
        // each system quotation stands for one gold content at most (one that runs two statements
        // together finds only one of them), the one it overlaps most
        // (an interrupted quotation's pieces count one by one)
        let units: Vec<(Span, &dyad_core::Quote)> = doc
            .quotes
            .iter()
            .flat_map(|q| if q.parts.is_empty() { vec![(q.span, q)] } else { q.parts.iter().map(|p| (*p, q)).collect() })
            .collect();
        let mut used = vec![false; units.len()];
        for a in &d.attributions {
            gold_n += 1;
            let best = units
                .iter()
                .enumerate()
                .filter(|(i, (span, _))| !used[*i] && matches(a.content, *span))
                .max_by_key(|(_, (span, _))| overlap(a.content, *span))
                .map(|(i, _)| i);
            if let Some(i) = best {
                used[i] = true;
            }
            let Some(q) = best.map(|i| units[i].1) else {
                if misses.len() < errors {
                    misses.push(format!("{}: missed “{}”", d.name, short(&d.text[a.content.start..a.content.end])));
                }
                continue;
            };
            found += 1;
            let Some(src) = a.source else { continue };
            let src_text = &d.text[src.start..src.end];
            if PRONOUNS.contains(&src_text) {
                // the gold names no antecedent: count whether dyad resolved the pronoun at all
                pron_n += 1;
                pron_ok += q.speaker.is_some() as usize;
                continue;
            }
            // (a place or body named after a preposition inside the source is not the source: "a diplomat
            // in Nairobi", "a spokeswoman for the African Union")
            let after_preposition = |m: &dyad_core::Mention| {
                let before = d.text[src.start..m.span.start.max(src.start)].trim_end();
                let before = before.strip_suffix("the").unwrap_or(before).trim_end();
                m.span.start > src.start
                    && ["in", "of", "for", "at", "from", "to", "with", "on", "by"].iter().any(|p| {
                        before.strip_suffix(p).is_some_and(|rest| rest.is_empty() || rest.ends_with(char::is_whitespace))
                    })
            };
            let right = q.speaker.is_some_and(|e| {
                doc.mentions_of(e)
                    .filter(|m| m.kind != dyad_core::MentionKind::Pronoun)
                    .any(|m| overlap(m.span, src) > 0 && !after_preposition(m))
                    || src_text.split_whitespace().last().is_some_and(|w| doc.entity(e).name.contains(w.trim_end_matches(['’', '\'', 's'])))
            });
            let named = src_text.starts_with(|c: char| c.is_uppercase()) && !PRONOUNS.contains(&src_text);
            all_n += 1;
            all_ok += right as usize;
            if named {
                named_n += 1;
                named_ok += right as usize;
            }
            if !right && misses.len() < errors {
                let got = q.speaker.map(|e| doc.entity(e).name.clone()).unwrap_or_else(|| "nobody".into());
                misses.push(format!("{}: “{}” is by {src_text}, dyad says {got}", d.name, short(&d.text[a.content.start..a.content.end])));
            }
        }
    }
    let mut rep = Report { task: "attribution".into(), documents: docs.len(), errors: misses, ..Report::default() };
    rep.overall = Prf::from_counts(found, sys_n - sys_ok, gold_n - found);
    // precision over system quotations, recall over gold contents
    rep.overall.precision = if sys_n > 0 { sys_ok as f64 / sys_n as f64 } else { 0.0 };
    let (p, r) = (rep.overall.precision, rep.overall.recall);
    rep.overall.f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    rep.extra.insert("content_recall".into(), rep.overall.recall);
    rep.extra.insert("content_precision".into(), rep.overall.precision);
    rep.extra.insert("speaker_named".into(), if named_n > 0 { named_ok as f64 / named_n as f64 } else { 0.0 });
    rep.extra.insert("speaker_all".into(), if all_n > 0 { all_ok as f64 / all_n as f64 } else { 0.0 });
    rep.extra.insert("pronoun_speakers_resolved".into(), if pron_n > 0 { pron_ok as f64 / pron_n as f64 } else { 0.0 });
    rep
}

fn short(s: &str) -> String {
    let s: String = s.chars().take(70).collect();
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_score() {
        let text = "Öz said: “We will go.” Later he left.";
        let ann = "T1\tSource 0 2\tÖz\nT2\tCue 3 7\tsaid\nT3\tContent 10 21\tWe will go.\nR1\tSource Arg1:T3 Arg2:T1\nR2\tCue Arg1:T3 Arg2:T2\n";
        let d = parse_brat("t.ann", text, ann).unwrap();
        assert_eq!(&d.text[d.attributions[0].content.start..d.attributions[0].content.end], "We will go.");
        assert_eq!(&d.text[d.attributions[0].source.unwrap().start..d.attributions[0].source.unwrap().end], "Öz");
        let none = |d: Document| d;
        let r = score(&[d], &none, 3);
        assert_eq!(r.overall.recall, 0.0);
        assert!(parse_brat("bad.ann", text, "T1\tContent x y\tz\n").unwrap_err().to_string().contains("bad.ann:1"));
    }

    #[test]
    fn one_quotation_finds_one_content_and_a_place_inside_the_source_is_not_it() {
        // two statements, and a source phrase naming a place after "in"
        let text = "A diplomat in Oslo said he liked it but he said it was late.";
        let ann = "T1\tSource 0 18\tA diplomat in Oslo\nT2\tContent 24 35\the liked it\nT3\tContent 48 59\tit was late\n\
                   R1\tSource Arg1:T2 Arg2:T1\n";
        let d = parse_brat("t.ann", text, ann).unwrap();
        // a system that runs both statements together, spoken by the place
        let merged = |mut doc: Document| {
            let oslo = doc.add_entity(dyad_core::Entity::new("Norway", dyad_core::EntityKind::State));
            doc.add_mention(dyad_core::Mention { span: Span::new(14, 18), entity: oslo, kind: dyad_core::MentionKind::Metonym });
            doc.quotes.push(dyad_core::Quote {
                span: Span::new(24, 59),
                parts: Vec::new(),
                speaker: Some(oslo),
                cue: None,
                kind: dyad_core::QuoteKind::Indirect,
            });
            doc
        };
        let r = score(&[d], &merged, 0);
        assert_eq!(r.overall.recall, 0.5);
        assert_eq!(r.extra["speaker_all"], 0.0);
    }
}
