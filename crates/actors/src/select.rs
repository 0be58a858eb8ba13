//! Step 2: keep a non-overlapping set of candidates and settle ambiguous names.

use crate::candidates::{Cand, Link, Source};
use dyad_core::{Document, EntityKind};
use dyad_kb::{Form, Kb};

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
    seats_stand_for_their_body(doc, kb, &mut chosen);
    short_forms_of_longer_places(doc, kb, &mut chosen);
    short_forms_of_known_companies(doc, kb, &mut chosen);
    surnames_over_towns(doc, kb, &mut chosen);
    places_in_lists_of_places(doc, kb, &mut chosen);
    // ("Nurlanbek Turgunbek uulu": a Turkic patronymic word right after a person's name closes it)
    for i in 0..chosen.len() {
        let e = chosen[i].toks.end;
        if chosen[i].kind == EntityKind::Person
            && e < doc.tokens.len()
            && crate::util::trailing_patronymic(crate::util::tok(doc, e))
            && crate::util::same_line(doc, e - 1, e)
            && !chosen.iter().any(|x| x.toks.start == e)
        {
            chosen[i].toks.end = e + 1;
            chosen[i].span = dyad_core::Span::new(chosen[i].span.start, doc.tokens[e].span.end);
        }
    }
    let us_context = has_us_context(&chosen, kb);
    // states the article names in a form no person bears (a capital, a demonym, an unambiguous name)
    let evidenced: Vec<String> = chosen
        .iter()
        .filter_map(|c| match c.link {
            Link::Kb(id, _) if kb.entry(id).ambiguous.is_none() => kb.entry(id).country.clone(),
            // ("the Chadian army")
            Link::Institution { ref country, .. } => country.clone(),
            _ => None,
        })
        .collect();
    let snapshot: Vec<(std::ops::Range<usize>, Option<String>, EntityKind)> = chosen
        .iter()
        .map(|c| (c.toks.clone(), match c.link { Link::Kb(id, _) => kb.entry(id).country.clone(), _ => None }, c.kind))
        .collect();
    for c in &mut chosen {
        let Link::Kb(id, _) = c.link else { continue };
        let e = kb.entry(id);
        let Some(alt) = e.ambiguous.as_deref() else { continue };
        let alt = alt.to_lowercase();
        let ner_person = rejected
            .iter()
            .any(|r| r.source == Source::Ner && r.kind == EntityKind::Person && r.toks == c.toks);
        // "Jordan’s King Abdullah", "Jordan's foreign minister": a state that owns an office
        let owns_office = c.toks.end + 1 < doc.tokens.len()
            && crate::util::is_possessive(crate::util::tok(doc, c.toks.end))
            && {
                let from = doc.tokens[c.toks.end + 1].span.start;
                let to = doc.tokens[(c.toks.end + 4).min(doc.tokens.len() - 1)].span.end.max(from);
                kb.titles(&doc.text[from..to]).first().is_some_and(|(sp, _)| sp.start == 0)
            };
        // "AMMAN — … Egypt and Jordan would …" beside "Michael Jordan, a trade analyst": where the
        // article names the state in other words too, the bare name stays the state unless an
        // honorific or a given name goes with it
        let honorific = c.toks.start > 0
            && kb.honorific(crate::util::tok(doc, c.toks.start - 1));
        let state_named = e.kind == EntityKind::State && e.country.as_ref().is_some_and(|cc| evidenced.contains(cc));
        if (alt.contains("person") || alt.contains("given name") || alt.contains("surname")) && ((ner_person && !owns_office && !state_named) || honorific) {
            c.kind = EntityKind::Person;
            c.link = Link::None;
        } else if alt.contains("us state") && ((us_context && !state_named) || after_us_town(doc, &snapshot, c)) {
            c.kind = EntityKind::Place;
            c.link = Link::None;
        }
    }
    chosen
}

/// "Brussels said": a capital that is also the seat of a body the article
/// speaks of ("seat of the European Union" in the knowledge base) stands for
/// that body, unless the article also names the state itself, or the name
/// stands where a place does ("diplomats in Brussels", "a firm based in
/// Brussels": the city).
fn seats_stand_for_their_body(doc: &Document, kb: &Kb, chosen: &mut [Cand]) {
    let entry_of = |c: &Cand| match c.link {
        Link::Kb(id, form) => Some((kb.entry(id), form)),
        _ => None,
    };
    for k in 0..chosen.len() {
        let Some((e, Form::Metonym)) = entry_of(&chosen[k]) else { continue };
        let Some(body) = e.ambiguous.as_deref().and_then(|a| a.strip_prefix("seat of ")) else { continue };
        let body = body.strip_prefix("the ").unwrap_or(body);
        let Some(m) = kb.find(body).into_iter().find(|m| m.span.start == 0 && m.span.end == body.len()) else { continue };
        let code = kb.entry(m.entry).code.clone();
        let body_named = chosen.iter().any(|c| {
            entry_of(c).is_some_and(|(x, _)| x.kind != EntityKind::State && code.is_some() && x.code == code)
        });
        let state_named = chosen.iter().any(|c| {
            entry_of(c).is_some_and(|(x, form)| {
                x.kind == EntityKind::State && form != Form::Metonym && x.country == e.country
            })
        });
        let locative = chosen[k].toks.start.checked_sub(1).is_some_and(|i| {
            matches!(crate::util::tok(doc, i).to_lowercase().as_str(), "in" | "at" | "from" | "near" | "outside" | "into" | "via" | "around")
        });
        // ("a partner at the Brussels law firm X": the town describing a body after an article)
        let attributive = chosen[k].toks.start.checked_sub(1).is_some_and(|i| matches!(crate::util::tok(doc, i), "the" | "a" | "an" | "The" | "A" | "An"))
            && doc.tokens.get(chosen[k].toks.end).is_some_and(|t| {
                let w = &doc.text[t.span.start..t.span.end];
                w.len() > 2 && w.chars().all(|c| c.is_lowercase() || c == '-')
            });
        if body_named && !state_named && !locative && !attributive {
            chosen[k].link = Link::Kb(m.entry, Form::Metonym);
            chosen[k].kind = kb.entry(m.entry).kind;
        }
    }
}

/// "building sites in Santiago de los Caballeros … a university in Santiago": a known place's or capital's
/// name that opens the name of a longer place the article named before it, followed there by a particle
/// ("de", "del", "an", …), is that longer place — its short form, not the capital of another state.
fn short_forms_of_longer_places(doc: &Document, kb: &Kb, chosen: &mut [Cand]) {
    let longer: Vec<(usize, dyad_kb::EntryId)> = chosen
        .iter()
        .filter_map(|c| match c.link {
            Link::Kb(id, Form::Name) if kb.entry(id).kind == EntityKind::Place && c.toks.len() >= 3 => Some((c.toks.start, id)),
            _ => None,
        })
        .filter(|&(start, _)| {
            let w = crate::util::tok(doc, start + 1);
            matches!(w, "de" | "del" | "do" | "da" | "di" | "des" | "du" | "an" | "am" | "la" | "el")
        })
        .collect();
    if longer.is_empty() {
        return;
    }
    for c in chosen.iter_mut() {
        let Link::Kb(id, _) = c.link else { continue };
        let e = kb.entry(id);
        if !matches!(e.kind, EntityKind::Place | EntityKind::State) || c.toks.len() != 1 {
            continue;
        }
        let w = crate::util::tok(doc, c.toks.start);
        let Some(&(_, full)) = longer.iter().find(|&&(start, full)| {
            start < c.toks.start && crate::util::tok(doc, start) == w && kb.entry(full).country != e.country && kb.entry(full).id != e.id
        }) else {
            continue;
        };
        c.link = Link::Kb(full, Form::Name);
        c.kind = EntityKind::Place;
    }
}

/// "Woodside Energy … Woodside has argued", "Tullow Oil plc … Tullow": a company the knowledge base knows,
/// written in full, then by its name without its legal form or trade word — read as some body the
/// knowledge base does not know — is that company.
fn short_forms_of_known_companies(doc: &Document, kb: &Kb, chosen: &mut [Cand]) {
    let known: Vec<(String, usize, dyad_kb::EntryId)> = chosen
        .iter()
        .filter_map(|c| match c.link {
            Link::Kb(id, _) if kb.entry(id).kind == EntityKind::Organization && c.toks.len() >= 2 => {
                let written = c.span.of(&doc.text);
                let short = crate::util::without_company_suffix(kb, written).or_else(|| crate::util::without_trade_word_among_bodies(kb, written))?;
                Some((short.to_string(), c.span.end, id))
            }
            _ => None,
        })
        .collect();
    if known.is_empty() {
        return;
    }
    for c in chosen.iter_mut() {
        if c.kind != EntityKind::Organization || !matches!(c.link, Link::None) {
            continue;
        }
        let written = c.span.of(&doc.text);
        if let Some(&(_, _, id)) = known.iter().find(|(short, end, _)| *end <= c.span.start && short == written) {
            c.link = Link::Kb(id, Form::Name);
        }
    }
}

/// "Ricardo Albuquerque … Albuquerque said": a town's name that is the
/// surname of a person the article names in full is that person, unless a
/// preposition of place goes before it ("in Albuquerque").
fn surnames_over_towns(doc: &Document, kb: &Kb, chosen: &mut [Cand]) {
    let surnames: Vec<&str> = chosen
        .iter()
        .filter(|c| c.kind == EntityKind::Person && c.toks.len() >= 2)
        .filter_map(|c| c.toks.clone().rev().map(|i| crate::util::tok(doc, i)).find(|w| !crate::util::is_possessive(w)))
        .collect();
    // ("His predecessor, Captain Mendoza,": a surname the lists know right after a capitalised title)
    let titled = |c: &Cand| {
        let w = crate::util::tok(doc, c.toks.start);
        c.toks.start >= 1 && kb.surname(w) && {
            let t = crate::util::tok(doc, c.toks.start - 1);
            t.starts_with(char::is_uppercase) && kb.titles(&t.to_lowercase()).first().is_some_and(|(sp, _)| sp.start == 0 && sp.end == t.len())
        }
    };
    for c in chosen.iter_mut() {
        let Link::Kb(id, _) = c.link else { continue };
        if kb.entry(id).kind != EntityKind::Place || c.toks.len() != 1 || !(surnames.contains(&crate::util::tok(doc, c.toks.start)) || titled(c)) {
            continue;
        }
        let before = c.toks.start.checked_sub(1).map(|i| crate::util::tok(doc, i).to_lowercase());
        let locative = before.as_deref().is_some_and(|w| {
            matches!(w, "in" | "at" | "from" | "to" | "near" | "outside" | "into" | "toward" | "towards" | "across" | "of" | "around" | "via")
        });
        if !locative {
            c.kind = EntityKind::Person;
            c.link = Link::None;
        }
    }
}

/// "visits Manchester, Liverpool, Basingstoke, Shrewsbury, Dorset and Torbay": a lone word the tagger
/// took for a person, in a list joined by commas and a last "and" or "or" whose other members are
/// mostly places or states (two at least, and no person named in full), is a place too — a town the
/// knowledge base lists somewhere.
fn places_in_lists_of_places(doc: &Document, kb: &Kb, chosen: &mut [Cand]) {
    use crate::util::tok;
    let n = chosen.len();
    let mut turn = Vec::new();
    for k in 0..n {
        let c = &chosen[k];
        if c.kind != EntityKind::Person || c.toks.len() != 1 || !matches!(c.link, Link::None) || !kb.populated_place(tok(doc, c.toks.start)) {
            continue;
        }
        // the list around it: neighbours joined by ",", "and" or "or"
        let joined = |a: &Cand, b: &Cand| b.toks.start == a.toks.end + 1 && matches!(tok(doc, a.toks.end), "," | "and" | "or");
        let (mut lo, mut hi) = (k, k);
        while lo > 0 && joined(&chosen[lo - 1], &chosen[lo]) {
            lo -= 1;
        }
        while hi + 1 < n && joined(&chosen[hi], &chosen[hi + 1]) {
            hi += 1;
        }
        // (a list's shape: commas, then one last "and" or "or" — not "in Ottawa and Halifax, Cowley broke …")
        // (its last member may be a name read as none: "…, Dorset and Torbay")
        let mut joiners: Vec<&str> = (lo..hi).map(|x| tok(doc, chosen[x].toks.end)).collect();
        let after = chosen[hi].toks.end;
        if matches!(tok(doc, after), "and" | "or") && crate::util::is_cap(doc, after + 1) && joiners.iter().all(|w| *w == ",") {
            joiners.push("and");
        }
        let shaped = joiners.len() >= 2 && joiners.last().is_some_and(|w| matches!(*w, "and" | "or")) && joiners[..joiners.len() - 1].iter().all(|w| *w == ",");
        if !shaped {
            continue;
        }
        let others: Vec<&Cand> = (lo..=hi).filter(|&x| x != k).map(|x| &chosen[x]).collect();
        let places = others.iter().filter(|x| matches!(x.kind, EntityKind::Place | EntityKind::State)).count();
        let people = others.iter().filter(|x| x.kind == EntityKind::Person && x.toks.len() >= 2).count();
        if places >= 2 && people == 0 && places * 2 > others.len() {
            turn.push(k);
        }
    }
    for k in turn {
        chosen[k].kind = EntityKind::Place;
    }
}

/// "Emory University in Atlanta, Georgia": a name right after an American town and a comma is that
/// town's US state, whatever else the article names.
fn after_us_town(doc: &Document, snapshot: &[(std::ops::Range<usize>, Option<String>, EntityKind)], c: &Cand) -> bool {
    c.toks.start >= 2
        && crate::util::tok(doc, c.toks.start - 1) == ","
        && snapshot.iter().any(|(r, country, kind)| r.end == c.toks.start - 1 && *kind == EntityKind::Place && country.as_deref() == Some("USA"))
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
