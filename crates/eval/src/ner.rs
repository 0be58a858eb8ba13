//! Named entities: exact-span precision, recall and F1 per type.

use crate::{err, files, read, Annotator, EvalError, Prf, Report};
use dyad_core::{Document, EntityKind, Meta};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

/// A gold document: its text and its entity spans `(start, end, type)`;
/// `alternatives[i]` lists other accepted spans for gold entity `i` (GUM).
#[derive(Debug, Clone, Default)]
pub struct GoldDoc {
    /// Name for messages.
    pub name: String,
    /// The text, built as the reference scorers build it.
    pub text: String,
    /// Gold entities.
    pub spans: Vec<(usize, usize, String)>,
    /// Other accepted spans per gold entity (empty for CoNLL).
    pub alternatives: Vec<Vec<(usize, usize)>>,
    /// Mentions that are neither missed nor counted wrong when found.
    pub dont_care: Vec<(usize, usize)>,
    /// GUM only: byte spans of proper-noun words (not titles). When set, a
    /// prediction counts for precision only if it covers one of them (a
    /// name, not a pronoun or a role noun), as in the reference scorer.
    pub name_tokens: Vec<(usize, usize)>,
}

/// dyad kind → gold type.
pub fn type_of(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("PER"),
        EntityKind::State | EntityKind::Place => Some("LOC"),
        EntityKind::Organization => Some("ORG"),
        _ => None,
    }
}

/// Gold type names as used here: re3d writes "Person", "Location", "Organisation".
fn normal_type(t: &str) -> String {
    match t {
        "Person" | "PERSON" | "person" => "PER".into(),
        "Location" | "LOCATION" | "location" | "GPE" => "LOC".into(),
        "Organisation" | "Organization" | "ORGANIZATION" | "organization" => "ORG".into(),
        other => other.to_string(),
    }
}

/// Reads IOB/CoNLL text: tokens joined by single spaces, sentences by newlines.
/// Type names PER/LOC/ORG, or re3d's Person/Location/Organisation.
pub fn read_conll(name: &str, content: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let mut docs: Vec<Vec<Vec<(String, String)>>> = Vec::new();
    let mut cur: Vec<Vec<(String, String)>> = Vec::new();
    let mut sent: Vec<(String, String)> = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            if !sent.is_empty() {
                cur.push(std::mem::take(&mut sent));
            }
            if !cur.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.trim().is_empty() {
            if !sent.is_empty() {
                cur.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let parts: Vec<&str> = if line.contains('\t') { line.split('\t').collect() } else { line.split(' ').collect() };
        if parts.len() < 2 {
            return Err(err(format!("{name}:{}", n + 1), "expected a token and a tag"));
        }
        let tok = if parts.len() >= 3 && parts[0].chars().all(|c| c.is_ascii_digit()) { parts[1] } else { parts[0] };
        sent.push((tok.to_string(), parts[parts.len() - 1].to_string()));
    }
    if !sent.is_empty() {
        cur.push(sent);
    }
    if !cur.is_empty() {
        docs.push(cur);
    }
    Ok(docs
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut text = String::new();
            let mut spans = Vec::new();
            for (si, s) in d.iter().enumerate() {
                if si > 0 {
                    text.push('\n');
                }
                let mut cur: Option<(usize, usize, String)> = None;
                for (ti, (tok, tag)) in s.iter().enumerate() {
                    if ti > 0 {
                        text.push(' ');
                    }
                    let start = text.len();
                    text.push_str(tok);
                    let end = text.len();
                    let ty = tag.get(2..).filter(|t| !t.is_empty()).map(normal_type);
                    let begin = tag.starts_with("B-") || (tag.starts_with("I-") && cur.as_ref().is_none_or(|c| Some(&c.2) != ty.as_ref()));
                    if tag == "O" || ty.is_none() {
                        spans.extend(cur.take());
                    } else if begin {
                        spans.extend(cur.take());
                        cur = Some((start, end, ty.unwrap_or_default()));
                    } else if let Some(c) = cur.as_mut() {
                        c.1 = end;
                    }
                }
                spans.extend(cur.take());
            }
            spans.retain(|s| matches!(s.2.as_str(), "PER" | "LOC" | "ORG"));
            let n = spans.len();
            GoldDoc { name: format!("{name}#{}", i + 1), text, spans, alternatives: vec![Vec::new(); n], dont_care: Vec::new(), name_tokens: Vec::new() }
        })
        .collect())
}

/// Reads every gold file under `paths` (CoNLL-U when the name ends in `.conllu`, else CoNLL).
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<GoldDoc>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| {
        let n = p.to_string_lossy();
        n.ends_with(".conllu") || n.ends_with(".conll") || n.ends_with(".txt") || n.ends_with(".iob") || n.ends_with(".tsv")
    })? {
        let content = read(&p)?;
        let name = p.display().to_string();
        if name.ends_with(".conllu") {
            out.extend(crate::gum::read_conllu(&name, &content)?.into_iter().map(|g| g.ner));
        } else {
            out.extend(read_conll(&name, &content)?);
        }
    }
    Ok(out)
}

/// Scores the annotator on gold documents.
pub fn score(gold: &[GoldDoc], ann: &dyn Annotator, errors: usize) -> Report {
    let mut tp: BTreeMap<String, usize> = BTreeMap::new();
    let mut fp: BTreeMap<String, usize> = BTreeMap::new();
    let mut fn_: BTreeMap<String, usize> = BTreeMap::new();
    let mut misses = Vec::new();
    for g in gold {
        let doc = ann.annotate(Document::new(g.text.clone(), Meta { id: Some(g.name.clone()), ..Meta::default() }));
        let pred: HashSet<(usize, usize, &str)> = doc
            .mentions
            .iter()
            .filter_map(|m| type_of(doc.entity(m.entity).kind).map(|t| (m.span.start, m.span.end, t)))
            .collect();
        let mut matched: HashSet<(usize, usize, &str)> = HashSet::new();
        for (i, (s, e, t)) in g.spans.iter().enumerate() {
            let mut accepted = vec![(*s, *e)];
            accepted.extend(g.alternatives.get(i).cloned().unwrap_or_default());
            match accepted.iter().find(|(a, b)| pred.contains(&(*a, *b, t.as_str()))) {
                Some((a, b)) => {
                    *tp.entry(t.clone()).or_default() += 1;
                    matched.insert((*a, *b, t.as_str()));
                }
                None => {
                    *fn_.entry(t.clone()).or_default() += 1;
                    if misses.len() < errors {
                        misses.push(format!("{}: missed {t} “{}”", g.name, &g.text[*s..*e]));
                    }
                }
            }
        }
        for p in &pred {
            if matched.contains(p) || g.dont_care.iter().any(|(a, b)| *a <= p.0 && p.1 <= *b) {
                continue;
            }
            if !g.name_tokens.is_empty() && !g.name_tokens.iter().any(|(a, b)| *a >= p.0 && *b <= p.1) {
                continue;
            }
            // GUM: a prediction matching another accepted span of an already matched gold mention is not an error
            let alt_of_matched = g.spans.iter().enumerate().any(|(i, (s, e, t))| {
                t == p.2 && (g.alternatives.get(i).is_some_and(|a| a.contains(&(p.0, p.1))) || (*s, *e) == (p.0, p.1))
            });
            if alt_of_matched {
                continue;
            }
            *fp.entry(p.2.to_string()).or_default() += 1;
            if misses.len() < errors {
                misses.push(format!("{}: spurious {} “{}”", g.name, p.2, &g.text[p.0..p.1]));
            }
        }
    }
    let mut r = Report { task: "ner".into(), documents: gold.len(), errors: misses, ..Report::default() };
    let (mut a, mut b, mut c) = (0, 0, 0);
    for t in ["PER", "LOC", "ORG"] {
        let (x, y, z) = (tp.get(t).copied().unwrap_or(0), fp.get(t).copied().unwrap_or(0), fn_.get(t).copied().unwrap_or(0));
        a += x;
        b += y;
        c += z;
        r.per_type.insert(t.into(), Prf::from_counts(x, y, z));
    }
    r.overall = Prf::from_counts(a, b, c);
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Entity, Mention, MentionKind, Span};

    const GOLD: &str = "-DOCSTART- O\n\nThe O\nBank I-ORG\nof I-ORG\nEngland I-ORG\nmet O\nJohn I-PER\nSmith I-PER\nin O\nParis I-LOC\n. O\n\nJapanese I-MISC\nfans O\n";

    /// An annotator that marks the gold spans themselves.
    fn perfect(gold: GoldDoc) -> impl Fn(Document) -> Document + Sync {
        move |mut d: Document| {
            for (s, e, t) in &gold.spans {
                let kind = match t.as_str() {
                    "PER" => EntityKind::Person,
                    "LOC" => EntityKind::Place,
                    _ => EntityKind::Organization,
                };
                let id = d.add_entity(Entity::new(&d.text[*s..*e].to_string(), kind));
                d.add_mention(Mention { span: Span::new(*s, *e), entity: id, kind: MentionKind::Name });
            }
            d
        }
    }

    #[test]
    fn text_and_spans_follow_the_reference_scorer() {
        let g = read_conll("g", GOLD).unwrap();
        assert_eq!(g[0].text, "The Bank of England met John Smith in Paris .\nJapanese fans");
        let got: Vec<&str> = g[0].spans.iter().map(|(s, e, _)| &g[0].text[*s..*e]).collect();
        assert_eq!(got, vec!["Bank of England", "John Smith", "Paris"]);
    }

    #[test]
    fn perfect_annotator_scores_one_and_a_worse_one_less() {
        let g = read_conll("g", GOLD).unwrap();
        let r = score(&g, &perfect(g[0].clone()), 5);
        assert_eq!(r.overall.f1, 1.0);
        // marks only "Smith" as a person and "Paris" as an organization
        let bad = |mut d: Document| {
            let s = d.text.find("Smith").unwrap();
            let id = d.add_entity(Entity::new("Smith", EntityKind::Person));
            d.add_mention(Mention { span: Span::new(s, s + 5), entity: id, kind: MentionKind::Name });
            d
        };
        let r = score(&g, &bad, 5);
        assert_eq!(r.overall.tp, 0);
        assert_eq!(r.overall.fp, 1);
        assert_eq!(r.overall.fn_, 3);
        assert!(r.errors.iter().any(|e| e.contains("missed PER “John Smith”")));
    }
}
