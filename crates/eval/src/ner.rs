//! Named entities: precision, recall and F1 per type (PER, LOC, ORG) on CoNLL and GUM gold.
//!
//! CoNLL/IOB files are scored as `../shared/eval/score_ner.py` does: exact
//! byte spans, the set of dyad mentions against the set of gold entities.
//! GUM files are scored as `../shared/eval/score_gum.py` does (see
//! [`crate::gum`]); the headline is its *exact* criterion, the *head*
//! criterion and the linking figures go to [`Report::extra`].

use crate::gum::{self, Counts, GumDoc};
use crate::{err, files, read, Annotator, EvalError, Prf, Report};
use dyad_core::{Document, EntityKind, MentionKind, Meta};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// A CoNLL gold document: its text and its entities `(start, end, type)`.
#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    /// Name for messages (`file#n`).
    pub name: String,
    /// Tokens joined by single spaces, sentences by newlines.
    pub text: String,
    /// Gold PER/LOC/ORG entities (byte spans).
    pub spans: Vec<(usize, usize, String)>,
}

/// A gold document for NER.
#[derive(Debug, Clone)]
pub enum Gold {
    /// From an IOB/CoNLL file.
    Conll(ConllDoc),
    /// From a GUM CoNLL-U file.
    Gum(Box<GumDoc>),
}

impl Gold {
    /// The document's name.
    pub fn name(&self) -> &str {
        match self {
            Gold::Conll(d) => &d.name,
            Gold::Gum(d) => &d.name,
        }
    }
    /// The text handed to the annotator.
    pub fn text(&self) -> &str {
        match self {
            Gold::Conll(d) => &d.text,
            Gold::Gum(d) => &d.text,
        }
    }
}

/// dyad kind → gold type: person→PER, state|place→LOC, organization→ORG.
pub fn type_of(kind: EntityKind) -> Option<&'static str> {
    gum::type_of_kind(kind.as_str())
}

/// Gold type names: PER/LOC/ORG, or re3d's Person/Location/Organisation.
fn normal_type(t: &str) -> String {
    match t {
        "Person" | "PERSON" | "person" => "PER".into(),
        "Location" | "LOCATION" | "location" => "LOC".into(),
        "Organisation" | "Organization" | "ORGANIZATION" | "organization" => "ORG".into(),
        other => other.to_string(),
    }
}

/// Reads IOB/CoNLL text (`token … tag` lines, tab- or space-separated, an
/// optional leading index column; `-DOCSTART-` separates documents, blank
/// lines sentences; IOB1 or IOB2). A line without a tag is an error.
pub fn read_conll(name: &str, content: &str) -> Result<Vec<ConllDoc>, EvalError> {
    type Sentence = Vec<(String, String)>;
    let mut docs: Vec<Vec<Sentence>> = Vec::new();
    let mut cur: Vec<Sentence> = Vec::new();
    let mut sent: Sentence = Vec::new();
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
    Ok(docs.into_iter().enumerate().map(|(i, d)| layout(format!("{name}#{}", i + 1), &d)).collect())
}

fn layout(name: String, doc: &[Vec<(String, String)>]) -> ConllDoc {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (si, s) in doc.iter().enumerate() {
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
            match ty {
                Some(ty) if tag != "O" => {
                    let begin = tag.starts_with("B-") || (tag.starts_with("I-") && cur.as_ref().is_none_or(|c| c.2 != ty));
                    if begin {
                        spans.extend(cur.take());
                        cur = Some((start, end, ty));
                    } else if let Some(c) = cur.as_mut() {
                        c.1 = end;
                    }
                }
                _ => spans.extend(cur.take()),
            }
        }
        spans.extend(cur.take());
    }
    spans.retain(|s| matches!(s.2.as_str(), "PER" | "LOC" | "ORG"));
    let mut seen = HashSet::new();
    spans.retain(|s| seen.insert(s.clone()));
    ConllDoc { name, text, spans }
}

/// CoNLL-U rather than CoNLL: the `.conllu` extension, or a first word line
/// with ten tab-separated columns and a numeric id.
pub(crate) fn is_conllu(path: &Path, content: &str) -> bool {
    if path.extension().is_some_and(|e| e == "conllu") {
        return true;
    }
    content.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).is_some_and(|l| {
        let cols: Vec<&str> = l.split('\t').collect();
        cols.len() == 10 && cols[0].chars().next().is_some_and(|c| c.is_ascii_digit())
    })
}

/// Reads every gold file under `paths` (directories recursively:
/// `.conllu`, `.conll`, `.txt`, `.iob`, `.bio`, `.tsv`); CoNLL-U is
/// recognised by extension or content.
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<Gold>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| p.extension().is_some_and(|e| ["conllu", "conll", "txt", "iob", "bio", "tsv"].iter().any(|x| e == *x)))? {
        let content = read(&p)?;
        let name = p.display().to_string();
        if is_conllu(&p, &content) {
            out.push(Gold::Gum(Box::new(gum::read_conllu(&name, &content)?)));
        } else {
            out.extend(read_conll(&name, &content)?.into_iter().map(Gold::Conll));
        }
    }
    Ok(out)
}

fn score_conll(g: &ConllDoc, doc: &Document, c: &mut Counts, misses: &mut Vec<String>) {
    let pred: HashSet<(usize, usize, &str)> = doc
        .mentions
        .iter()
        .filter_map(|m| type_of(doc.entities.get(m.entity.index())?.kind).map(|t| (m.span.start, m.span.end, t)))
        .collect();
    let gold: HashSet<(usize, usize, &str)> = g.spans.iter().map(|(s, e, t)| (*s, *e, t.as_str())).collect();
    // the same, counting only mentions by name (not demonyms, role nouns or pronouns, which CoNLL-style
    // gold leaves out or calls MISC): reported apart, as `names_only_*`
    let names: HashSet<(usize, usize, &str)> = doc
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Metonym))
        .filter_map(|m| type_of(doc.entities.get(m.entity.index())?.kind).map(|t| (m.span.start, m.span.end, t)))
        .collect();
    c.add("names_only_sys", names.len() as f64);
    c.add("names_only_tp", names.iter().filter(|p| gold.contains(*p)).count() as f64);
    let text = |s: usize, e: usize| g.text.get(s..e).unwrap_or("");
    for (s, e, t) in &g.spans {
        let hit = pred.contains(&(*s, *e, t.as_str())) as u8 as f64;
        c.add("ner_gold", 1.0);
        c.add(&format!("ner_gold_{t}"), 1.0);
        c.add("ner_exact_tp_r", hit);
        c.add(&format!("ner_exact_tp_r_{t}"), hit);
        if hit == 0.0 {
            misses.push(format!("{}: missed {t} “{}”", g.name, text(*s, *e)));
        }
    }
    let mut sorted: Vec<&(usize, usize, &str)> = pred.iter().collect();
    sorted.sort();
    for p in sorted {
        let hit = gold.contains(p) as u8 as f64;
        c.add("ner_exact_sys", 1.0);
        c.add(&format!("ner_exact_sys_{}", p.2), 1.0);
        c.add("ner_exact_tp_p", hit);
        c.add(&format!("ner_exact_tp_p_{}", p.2), hit);
        if hit == 0.0 {
            misses.push(format!("{}: spurious {} “{}”", g.name, p.2, text(p.0, p.1)));
        }
    }
}

fn prf(c: &Counts, sfx: &str) -> Prf {
    let (gold, tp_r) = (c.get(&format!("ner_gold{sfx}")), c.get(&format!("ner_exact_tp_r{sfx}")));
    let (sys, tp_p) = (c.get(&format!("ner_exact_sys{sfx}")), c.get(&format!("ner_exact_tp_p{sfx}")));
    let precision = if sys > 0.0 { tp_p / sys } else { 0.0 };
    let recall = if gold > 0.0 { tp_r / gold } else { 0.0 };
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    Prf { precision, recall, f1, tp: tp_r as usize, fp: (sys - tp_p) as usize, fn_: (gold - tp_r) as usize }
}

/// Scores the annotator on gold documents. `overall` and `per_type` are the
/// exact-span figures (for GUM, precision counts the found mentions, recall the
/// found gold mentions; `tp` is the latter). With GUM documents, `extra` holds
/// the reference scorer's other figures (`ner_head_*`, `ner_any_*`,
/// `ner_head_r_*`, `state_*`, `person_*`; `news.*` for the news genre when
/// there are several genres).
pub fn score(gold: &[Gold], ann: &dyn Annotator, errors: usize) -> Report {
    let mut all = Counts::default();
    let mut gum_total = Counts::default();
    let mut gum_genres: BTreeMap<String, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut any_gum = false;
    for g in gold {
        let meta = Meta { id: Some(g.name().to_string()), ..Meta::default() };
        let doc = ann.annotate(Document::new(g.text().to_string(), meta));
        match g {
            Gold::Conll(c) => score_conll(c, &doc, &mut all, &mut misses),
            Gold::Gum(gd) => {
                any_gum = true;
                let (pred, bad) = gum::predictions(&doc);
                let mut c = Counts::default();
                let mut m = gum::Misses::default();
                gum::score_doc(gd, &pred, bad, doc.text != gd.text, &mut c, &mut m);
                misses.extend(m.ner);
                all.merge(&c);
                gum_total.merge(&c);
                gum_genres.entry(gd.genre.clone()).or_default().merge(&c);
            }
        }
    }
    misses.truncate(errors);
    let mut r = Report { task: "ner".into(), documents: gold.len(), errors: misses, ..Report::default() };
    r.overall = prf(&all, "");
    for t in ["PER", "LOC", "ORG"] {
        r.per_type.insert(t.into(), prf(&all, &format!("_{t}")));
    }
    if all.get("names_only_sys") > 0.0 {
        let (sys, tp, gold) = (all.get("names_only_sys"), all.get("names_only_tp"), all.get("ner_gold"));
        let (p, rec) = (tp / sys, if gold > 0.0 { tp / gold } else { 0.0 });
        r.extra.insert("names_only_p".into(), p);
        r.extra.insert("names_only_r".into(), rec);
        r.extra.insert("names_only_f1".into(), if p + rec > 0.0 { 2.0 * p * rec / (p + rec) } else { 0.0 });
    }
    if any_gum {
        let f = gum::figures(&gum_total);
        for (k, v) in &f {
            if k.starts_with("ner_head") || k.starts_with("ner_any") || k.starts_with("state_") || k.starts_with("person_") {
                r.extra.insert(k.clone(), *v);
            }
        }
        if gum_genres.len() > 1 {
            if let Some(news) = gum_genres.get("news") {
                let f = gum::figures(news);
                for k in ["ner_exact_f1", "ner_head_f1", "state_named"] {
                    r.extra.insert(format!("news.{k}"), f[k]);
                }
            }
        }
        for k in ["bad_offsets", "text_changed"] {
            if gum_total.get(k) > 0.0 {
                r.extra.insert(k.into(), gum_total.get(k));
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Entity, Mention, MentionKind, Span};

    // IOB1 (I- opens an entity after O or another type), a MISC entity, two documents.
    const GOLD: &str = "-DOCSTART- O\n\nThe O\nBank I-ORG\nof I-ORG\nEngland I-ORG\nmet O\nJohn I-PER\nSmith I-PER\nin O\nParis I-LOC\n. O\n\nJapanese I-MISC\nfans O\n\n-DOCSTART- O\n\n1\tLima\tNNP\tB-LOC\n2\tand\tCC\tO\n3\tQuito\tNNP\tB-LOC\n";

    /// An annotator that marks the given spans with the given types.
    fn marking(spans: Vec<(usize, usize, String)>) -> impl Fn(Document) -> Document {
        move |mut d: Document| {
            for (s, e, t) in &spans {
                let kind = match t.as_str() {
                    "PER" => EntityKind::Person,
                    "LOC" => EntityKind::Place,
                    _ => EntityKind::Organization,
                };
                let id = d.add_entity(Entity::new(d.text[*s..*e].to_string(), kind));
                d.add_mention(Mention { span: Span::new(*s, *e), entity: id, kind: MentionKind::Name });
            }
            d
        }
    }

    #[test]
    fn text_and_spans_follow_the_reference_scorer() {
        let g = read_conll("g", GOLD).unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].text, "The Bank of England met John Smith in Paris .\nJapanese fans");
        let got: Vec<&str> = g[0].spans.iter().map(|(s, e, _)| &g[0].text[*s..*e]).collect();
        assert_eq!(got, vec!["Bank of England", "John Smith", "Paris"]);
        assert_eq!(g[1].text, "Lima and Quito");
        let got: Vec<&str> = g[1].spans.iter().map(|(s, e, _)| &g[1].text[*s..*e]).collect();
        assert_eq!(got, vec!["Lima", "Quito"]);
    }

    #[test]
    fn iob2_and_adjacent_entities() {
        let cases: &[(&str, &[&str])] = &[
            ("Ana B-PER\nLee I-PER\nBo B-PER\n", &["Ana Lee", "Bo"]),
            ("Ana I-PER\nLee I-PER\nBo B-PER\n", &["Ana Lee", "Bo"]),
            ("Oslo I-LOC\nAna I-PER\n", &["Oslo", "Ana"]),
            ("Re3d B-Organisation\nunit I-Organisation\nin O\nHoms B-Location\n", &["Re3d unit", "Homs"]),
            ("Zed B-MISC\nx O\n", &[]),
        ];
        for (input, want) in cases {
            let d = &read_conll("t", input).unwrap()[0];
            let got: Vec<&str> = d.spans.iter().map(|(s, e, _)| &d.text[*s..*e]).collect();
            assert_eq!(&got, want, "{input:?}");
        }
    }

    #[test]
    fn demonyms_count_against_precision_but_not_in_the_names_only_figure() {
        let g = read_conll("g", "Paris I-LOC\nand O\nFrench I-MISC\nwine O\n").unwrap();
        let docs: Vec<Gold> = g.iter().cloned().map(Gold::Conll).collect();
        let ann = |mut d: Document| {
            let fr = d.add_entity(Entity::new("France".to_string(), EntityKind::State));
            d.add_mention(Mention { span: Span::new(0, 5), entity: fr, kind: MentionKind::Metonym });
            d.add_mention(Mention { span: Span::new(10, 16), entity: fr, kind: MentionKind::Demonym });
            d
        };
        let r = score(&docs, &ann, 0);
        assert!((r.overall.precision - 0.5).abs() < 1e-9);
        assert!((r.extra["names_only_p"] - 1.0).abs() < 1e-9);
        assert!((r.extra["names_only_f1"] - 1.0).abs() < 1e-9);
    }
    #[test]
    fn perfect_annotator_scores_one_and_a_worse_one_less() {
        let g = read_conll("g", GOLD).unwrap();
        let docs: Vec<Gold> = g.iter().cloned().map(Gold::Conll).collect();
        // the gold spans of every document (text decides which document it is)
        let golds = g.clone();
        let perfect = move |d: Document| {
            let spans = golds.iter().find(|x| x.text == d.text).map(|x| x.spans.clone()).unwrap_or_default();
            marking(spans)(d)
        };
        let r = score(&docs, &perfect, 5);
        assert_eq!((r.overall.precision, r.overall.recall, r.overall.f1), (1.0, 1.0, 1.0));
        assert_eq!(r.overall.tp, 5);
        assert_eq!(r.per_type["LOC"].tp, 3);
        assert!(r.errors.is_empty());
        // marks only "Smith" as a person
        let s = g[0].text.find("Smith").unwrap();
        let bad = move |d: Document| if d.text.contains("Smith") { marking(vec![(s, s + 5, "PER".into())])(d) } else { d };
        let r = score(&docs, &bad, 10);
        assert_eq!((r.overall.tp, r.overall.fp, r.overall.fn_), (0, 1, 5));
        assert_eq!(r.overall.f1, 0.0);
        assert!(r.errors.iter().any(|e| e.contains("missed PER “John Smith”")));
        assert!(r.errors.iter().any(|e| e.contains("spurious PER “Smith”")));
        // the right span with the wrong type is both a miss and a false positive
        let (a, b, _) = g[0].spans[2].clone();
        let r = score(&docs[..1], &marking(vec![(a, b, "ORG".into())]), 0);
        assert_eq!((r.per_type["LOC"].fn_, r.per_type["ORG"].fp), (1, 1));
        assert!(r.errors.is_empty());
    }

    #[test]
    fn malformed_line_names_file_and_line() {
        let e = read_conll("w.conll", "Oslo B-LOC\nOslo\n").unwrap_err().to_string();
        assert!(e.starts_with("w.conll:2:"), "{e}");
    }

    #[test]
    fn format_detection() {
        let conllu = "# text = A\n1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n";
        assert!(is_conllu(Path::new("x.txt"), conllu));
        assert!(is_conllu(Path::new("x.conllu"), ""));
        assert!(!is_conllu(Path::new("x.txt"), GOLD));
    }
}
