//! Actors from BRAT standoff: every named mention of a state, place, person or organisation, with its
//! country and identity (see `eval/actors/README.md`).
//!
//! Convention: text-bound annotations `T1\tP 10 23\tSteve Witkoff` whose label is the kind (`S` state,
//! `L` place, `P` person, `O` organisation; character offsets, as BRAT writes them), and attributes
//! `A1\tCountry T1 USA` (ISO 3166-1 alpha-3; absent when the text gives none) and `A2\tId T1 witkoff`
//! (one identity shared by all mentions of a person or body). Scores:
//! - mention recall (also by kind, `recall_S` …): gold mentions that a dyad mention of a fitting kind overlaps (`exact`: same span);
//!   kinds fit coarsely — a person for `P`, an organisation or group for `O`, a state or place for `L`,
//!   anything but a person for `S` (a seat of government may come out as the government);
//! - mention precision: dyad's named mentions (names, metonyms, demonyms of people, states, places,
//!   organisations and groups, holding a capital letter) that overlap a gold mention;
//! - `linked`: of the gold mentions with a country, the share found with that country (an
//!   unfound mention counts as unlinked), also for states alone (`linked_states`) and people alone;
//! - `country_spurious`: of the found gold mentions without a country, the share dyad gave one;
//! - `persons_one`: of the gold people, the share whose found mentions all sit in one dyad entity that holds
//!   no other gold person, found at least once and, when the gold gives a country, with that country.

use crate::{char_to_byte, err, files, overlap, read, Annotator, EvalError, Prf, Report};
use dyad_core::{Document, EntityId, EntityKind, MentionKind, Meta, Span};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// The kind of a gold mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldKind {
    /// `S`: a state, by name, abbreviation, seat, adjective or demonym.
    State,
    /// `L`: a place.
    Place,
    /// `P`: a person.
    Person,
    /// `O`: an organisation.
    Organization,
}

impl GoldKind {
    fn label(self) -> &'static str {
        match self {
            GoldKind::State => "S",
            GoldKind::Place => "L",
            GoldKind::Person => "P",
            GoldKind::Organization => "O",
        }
    }

    fn fits(self, k: EntityKind) -> bool {
        match self {
            GoldKind::State => k != EntityKind::Person && k != EntityKind::Other,
            GoldKind::Place => matches!(k, EntityKind::State | EntityKind::Place),
            GoldKind::Person => k == EntityKind::Person,
            GoldKind::Organization => matches!(k, EntityKind::Organization | EntityKind::Group),
        }
    }
}

/// One gold mention.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldMention {
    /// Its words (byte span).
    pub span: Span,
    /// Its kind.
    pub kind: GoldKind,
    /// The ISO3 of its state, when the text gives one.
    pub country: Option<String>,
    /// The identity it shares with the other mentions of its person or body.
    pub id: Option<String>,
}

/// A gold document.
#[derive(Debug, Clone)]
pub struct ActorDoc {
    /// Name for messages.
    pub name: String,
    /// The text.
    pub text: String,
    /// Gold mentions, in text order.
    pub mentions: Vec<GoldMention>,
}

/// Parses one `.ann` file against its text.
pub fn parse(name: &str, text: &str, ann: &str) -> Result<ActorDoc, EvalError> {
    let map = char_to_byte(text);
    let mut ms: Vec<(String, GoldMention)> = Vec::new();
    let mut attrs: Vec<(usize, String, String, String)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let origin = || format!("{name}:{}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            return Err(err(origin(), "expected tab-separated fields"));
        }
        let parts: Vec<&str> = f[1].split(' ').collect();
        if f[0].starts_with('T') {
            if parts.len() != 3 {
                return Err(err(origin(), "expected KIND START END"));
            }
            let kind = match parts[0] {
                "S" => GoldKind::State,
                "L" => GoldKind::Place,
                "P" => GoldKind::Person,
                "O" => GoldKind::Organization,
                k => return Err(err(origin(), format!("unknown kind {k:?} (S, L, P or O)"))),
            };
            let num = |x: &str| x.parse::<usize>().map_err(|_| err(origin(), format!("bad offset {x:?}")));
            let (a, b) = (num(parts[1])?, num(parts[2])?);
            if a >= b || b >= map.len() {
                return Err(err(origin(), format!("offsets {a}..{b} outside the text")));
            }
            let m = GoldMention { span: Span::new(map[a], map[b]), kind, country: None, id: None };
            ms.push((f[0].to_string(), m));
        } else if f[0].starts_with('A') {
            if parts.len() != 3 {
                return Err(err(origin(), "expected NAME T VALUE"));
            }
            attrs.push((n + 1, parts[0].to_string(), parts[1].to_string(), parts[2].to_string()));
        }
    }
    for (line, attr, target, value) in attrs {
        let Some((_, m)) = ms.iter_mut().find(|(t, _)| *t == target) else {
            return Err(err(format!("{name}:{line}"), format!("attribute for unknown annotation {target}")));
        };
        match attr.as_str() {
            "Country" => m.country = Some(value),
            "Id" => m.id = Some(value),
            a => return Err(err(format!("{name}:{line}"), format!("unknown attribute {a:?} (Country or Id)"))),
        }
    }
    let mut mentions: Vec<GoldMention> = ms.into_iter().map(|(_, m)| m).collect();
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    Ok(ActorDoc { name: name.to_string(), text: text.to_string(), mentions })
}

/// Reads every `.ann` file under `paths` with its `.txt`.
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<ActorDoc>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| p.extension().is_some_and(|e| e == "ann"))? {
        let text = read(&p.with_extension("txt"))?;
        out.push(parse(&p.display().to_string(), &text, &read(&p)?)?);
    }
    Ok(out)
}

fn ratio(n: usize, d: usize) -> f64 {
    if d > 0 {
        n as f64 / d as f64
    } else {
        0.0
    }
}

/// Scores the annotator on gold actor documents.
pub fn score(docs: &[ActorDoc], ann: &dyn Annotator, errors: usize) -> Report {
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new(); // kind -> (gold, found)
    let (mut sys_n, mut sys_ok, mut exact) = (0usize, 0usize, 0usize);
    let mut linked: BTreeMap<&str, (usize, usize)> = BTreeMap::new(); // kind -> (with country, linked)
    let (mut nocountry_n, mut nocountry_given) = (0usize, 0usize);
    let (mut persons_n, mut persons_ok) = (0usize, 0usize);
    let mut misses = Vec::new();
    let mut note = |s: String| {
        if misses.len() < errors {
            misses.push(s);
        }
    };
    for d in docs {
        let doc = ann.annotate(Document::new(d.text.clone(), Meta { id: Some(d.name.clone()), ..Meta::default() }));
        let named: Vec<(Span, EntityId)> = doc
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Metonym | MentionKind::Demonym))
            .filter(|m| doc.entity(m.entity).kind != EntityKind::Other)
            // (a name holds a capital: "the government" is no name, whatever linked it)
            .filter(|m| d.text[m.span.start..m.span.end].chars().any(char::is_uppercase))
            .map(|m| (m.span, m.entity))
            .collect();
        sys_n += named.len();
        sys_ok += named.iter().filter(|(s, _)| d.mentions.iter().any(|g| overlap(g.span, *s) > 0)).count();
        for (s, e) in &named {
            if !d.mentions.iter().any(|g| overlap(g.span, *s) > 0) {
                note(format!("{}: spurious {} “{}”", d.name, doc.entity(*e).kind.as_str(), &d.text[s.start..s.end]));
            }
        }
        // each gold mention's dyad entity: the fitting mention overlapping it most (names before
        // nominals)
        let mut found: Vec<Option<EntityId>> = Vec::new();
        for g in &d.mentions {
            let words = &d.text[g.span.start..g.span.end];
            let best = doc
                .mentions
                .iter()
                .filter(|m| overlap(m.span, g.span) > 0 && g.kind.fits(doc.entity(m.entity).kind))
                .max_by_key(|m| (overlap(m.span, g.span), m.kind != MentionKind::Nominal && m.kind != MentionKind::Pronoun));
            let counts = per.entry(g.kind.label()).or_default();
            counts.0 += 1;
            let Some(m) = best else {
                found.push(None);
                if g.country.is_some() {
                    linked.entry(g.kind.label()).or_default().0 += 1;
                }
                note(format!("{}: missed {} “{words}”", d.name, g.kind.label()));
                continue;
            };
            counts.1 += 1;
            exact += (m.span == g.span) as usize;
            found.push(Some(m.entity));
            let got = doc.entity(m.entity).country.as_deref();
            match &g.country {
                Some(c) => {
                    let l = linked.entry(g.kind.label()).or_default();
                    l.0 += 1;
                    if got == Some(c.as_str()) {
                        l.1 += 1;
                    } else {
                        note(format!("{}: “{words}” is {c}, dyad says {}", d.name, got.unwrap_or("none")));
                    }
                }
                None => {
                    nocountry_n += 1;
                    if let Some(x) = got {
                        nocountry_given += 1;
                        note(format!("{}: “{words}” has no country, dyad says {x}", d.name));
                    }
                }
            }
        }
        // people: one dyad entity each, shared with no other gold person
        let mut people: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, g) in d.mentions.iter().enumerate() {
            if g.kind == GoldKind::Person {
                let key = g.id.as_deref().unwrap_or(&d.text[g.span.start..g.span.end]);
                people.entry(key).or_default().push(i);
            }
        }
        let mut owner: HashMap<EntityId, Vec<&str>> = HashMap::new();
        for (&who, idx) in &people {
            let mut ents: Vec<EntityId> = idx.iter().filter_map(|&i| found[i]).collect();
            ents.sort_by_key(|e| e.0);
            ents.dedup();
            for e in ents {
                owner.entry(e).or_default().push(who);
            }
        }
        for (&who, idx) in &people {
            persons_n += 1;
            let ents: Vec<EntityId> = idx.iter().filter_map(|&i| found[i]).collect();
            let one = ents.first().is_some_and(|e| ents.iter().all(|x| x == e) && owner[e].len() == 1);
            let country = d.mentions[idx[0]].country.as_deref();
            let right = one && country.is_none_or(|c| doc.entity(ents[0]).country.as_deref() == Some(c));
            persons_ok += right as usize;
            if !right {
                let why = if ents.is_empty() {
                    "not found".to_string()
                } else if !one {
                    let mut names: Vec<String> = ents.iter().map(|e| doc.entity(*e).name.clone()).collect();
                    names.dedup();
                    format!("split or merged: {}", names.join(" / "))
                } else {
                    "wrong country".to_string()
                };
                note(format!("{}: person {who}: {why}", d.name));
            }
        }
    }
    let gold_n: usize = per.values().map(|c| c.0).sum();
    let found_n: usize = per.values().map(|c| c.1).sum();
    let mut rep = Report { task: "actors".into(), documents: docs.len(), errors: misses, ..Report::default() };
    rep.overall = Prf::from_counts(found_n, sys_n - sys_ok, gold_n - found_n);
    rep.overall.precision = ratio(sys_ok, sys_n);
    let (p, r) = (rep.overall.precision, rep.overall.recall);
    rep.overall.f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    for (k, (g, f)) in &per {
        rep.extra.insert(format!("recall_{k}"), ratio(*f, *g));
    }
    rep.extra.insert("exact".into(), ratio(exact, found_n));
    let all = linked.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    rep.extra.insert("linked".into(), ratio(all.1, all.0));
    for (k, name) in [("S", "linked_states"), ("P", "linked_persons"), ("O", "linked_orgs"), ("L", "linked_places")] {
        let (n, ok) = linked.get(k).copied().unwrap_or((0, 0));
        rep.extra.insert(name.into(), ratio(ok, n));
    }
    rep.extra.insert("country_spurious".into(), ratio(nocountry_given, nocountry_n));
    rep.extra.insert("persons_one".into(), ratio(persons_ok, persons_n));
    rep
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Entity, Mention};

    const TEXT: &str = "Baku said Ilham Aliyev met Witkoff. Aliyev left Oslo.";
    const ANN: &str = "T1\tS 0 4\tBaku\nA1\tCountry T1 AZE\nT2\tP 10 22\tIlham Aliyev\nA2\tCountry T2 AZE\nA3\tId T2 aliyev\n\
                       T3\tP 27 34\tWitkoff\nA4\tCountry T3 USA\nA5\tId T3 witkoff\nT4\tP 36 42\tAliyev\nA6\tCountry T4 AZE\nA7\tId T4 aliyev\n";

    fn add(doc: &mut Document, name: &str, kind: EntityKind, country: Option<&str>, spans: &[(usize, usize)]) {
        let mut e = Entity::new(name, kind);
        e.country = country.map(str::to_string);
        let id = doc.add_entity(e);
        for &(s, t) in spans {
            doc.add_mention(Mention { span: Span::new(s, t), entity: id, kind: MentionKind::Name });
        }
    }

    #[test]
    fn parses_kinds_countries_and_ids_and_names_bad_lines() {
        let d = parse("t.ann", TEXT, ANN).unwrap();
        assert_eq!(d.mentions.len(), 4);
        assert_eq!(d.mentions[1].kind, GoldKind::Person);
        assert_eq!(d.mentions[1].country.as_deref(), Some("AZE"));
        assert_eq!(d.mentions[3].id.as_deref(), Some("aliyev"));
        let e = parse("bad.ann", TEXT, "T1\tX 0 4\tBaku\n").unwrap_err().to_string();
        assert!(e.contains("bad.ann:1") && e.contains("unknown kind"), "{e}");
        let e = parse("bad.ann", TEXT, "T1\tS 0 4\tBaku\nA1\tCountry T9 AZE\n").unwrap_err().to_string();
        assert!(e.contains("bad.ann:2"), "{e}");
    }

    #[test]
    fn a_person_split_in_two_and_a_state_without_its_country_count_against() {
        let d = parse("t.ann", TEXT, ANN).unwrap();
        let sys = |mut doc: Document| {
            add(&mut doc, "Baku", EntityKind::Place, None, &[(0, 4)]);
            add(&mut doc, "Ilham Aliyev", EntityKind::Person, Some("AZE"), &[(10, 22)]);
            add(&mut doc, "Aliyev", EntityKind::Person, Some("AZE"), &[(36, 42)]);
            add(&mut doc, "Witkoff", EntityKind::Person, Some("USA"), &[(27, 34)]);
            // a spurious name counts against precision; a lower-case word does not count at all
            add(&mut doc, "Oslo", EntityKind::Organization, None, &[(48, 52)]);
            add(&mut doc, "left", EntityKind::Organization, None, &[(43, 47)]);
            doc
        };
        let r = score(&[d], &sys, 10);
        assert_eq!(r.overall.recall, 1.0);
        assert_eq!(r.overall.precision, 0.8);
        assert_eq!(r.extra["linked"], 0.75);
        assert_eq!(r.extra["linked_states"], 0.0);
        assert_eq!(r.extra["persons_one"], 0.5);
        assert!(r.errors.iter().any(|e| e.contains("person aliyev: split")), "{:?}", r.errors);
    }

    #[test]
    fn nothing_found_scores_nothing() {
        let d = parse("t.ann", TEXT, ANN).unwrap();
        let none = |doc: Document| doc;
        let r = score(&[d], &none, 0);
        assert_eq!(r.overall.recall, 0.0);
        assert_eq!(r.extra["linked"], 0.0);
        assert_eq!(r.extra["persons_one"], 0.0);
    }
}
