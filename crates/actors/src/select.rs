//! Step 2: keep a non-overlapping set of candidates and settle ambiguous names.

use crate::candidates::{Cand, Link, Source};
use dyad_core::{Document, EntityKind};
use dyad_kb::Kb;

/// Picks non-overlapping candidates: longest first (in tokens), then by
/// source (composed institution > holder > knowledge base > pattern >
/// tagger), then leftmost. Returns them sorted by position.
pub fn choose(doc: &Document, kb: &Kb, mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        b.toks
            .len()
            .cmp(&a.toks.len())
            .then(b.source.cmp(&a.source))
            .then(a.toks.start.cmp(&b.toks.start))
    });
    let mut taken = vec![false; doc.tokens.len()];
    let mut chosen: Vec<Cand> = Vec::new();
    let mut rejected: Vec<Cand> = Vec::new();
    for c in cands {
        if c.toks.clone().any(|i| taken[i]) {
            rejected.push(c);
            continue;
        }
        for i in c.toks.clone() {
            taken[i] = true;
        }
        chosen.push(c);
    }
    chosen.sort_by_key(|c| c.toks.start);
    let us_context = has_us_context(&chosen, kb);
    for c in &mut chosen {
        let Link::Kb(id, _) = c.link else { continue };
        let e = kb.entry(id);
        let Some(alt) = e.ambiguous.as_deref() else { continue };
        let alt = alt.to_lowercase();
        let ner_person = rejected
            .iter()
            .any(|r| r.source == Source::Ner && r.kind == EntityKind::Person && r.toks == c.toks);
        if (alt.contains("person") || alt.contains("given name") || alt.contains("surname")) && ner_person {
            c.kind = EntityKind::Person;
            c.link = Link::None;
        } else if alt.contains("us state") && us_context {
            c.kind = EntityKind::Place;
            c.link = Link::None;
        }
    }
    chosen
}

/// The article speaks of US states or cities (so "Georgia" is likely the US state).
fn has_us_context(chosen: &[Cand], kb: &Kb) -> bool {
    chosen.iter().any(|c| match c.link {
        Link::Kb(id, _) => {
            let e = kb.entry(id);
            e.kind == EntityKind::Place && e.country.as_deref() == Some("USA") && e.ambiguous.is_none()
        }
        _ => false,
    })
}
