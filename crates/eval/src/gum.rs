//! CoNLL-U with GUM's `Entity=` brackets: text, named mentions and coreference chains.
//!
//! The text is rebuilt as `../shared/eval/score_gum.py` does: words joined
//! by a space unless `SpaceAfter=No` (a multi-word token's range line
//! decides for it), the sentences of a paragraph joined by one space, each
//! `# newpar` on a new line. A gold mention is *named* when its type is
//! person, place or organization and it contains a proper noun (PROPN);
//! accepted spans are the full GUM span, that span without leading
//! determiners or punctuation and trailing possessive or punctuation, and the
//! run of proper nouns (with connectors such as "of") without title words.
//! This follows the reference scorer's definitions in a simpler form; the
//! reference scorer stays the yardstick (see `docs/accuracy.md`).

use crate::ner::GoldDoc;
use crate::{err, EvalError};

/// One gold mention of a person, place or organization.
#[derive(Debug, Clone)]
pub struct GumMention {
    /// Byte span in the rebuilt text.
    pub span: (usize, usize),
    /// Other accepted spans.
    pub alternatives: Vec<(usize, usize)>,
    /// Coreference chain id.
    pub chain: String,
    /// person, place, organization.
    pub etype: String,
    /// Contains a proper noun.
    pub named: bool,
}

/// A GUM document.
#[derive(Debug, Clone)]
pub struct GumDoc {
    /// The NER view.
    pub ner: GoldDoc,
    /// All person/place/organization mentions with their chains.
    pub mentions: Vec<GumMention>,
}

struct Tok {
    start: usize,
    end: usize,
    upos: String,
    form: String,
    /// Index (in the document) of the token's syntactic head, if any.
    head: Option<usize>,
    deprel: String,
}

const TITLES: &[&str] = &[
    "president", "vice", "governor", "senator", "minister", "premier", "chancellor", "secretary", "director", "chairman",
    "chief", "justice", "judge", "general", "major", "colonel", "captain", "king", "queen", "prince", "princess", "lord",
    "lady", "sir", "dame", "pope", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "professor", "prof.", "mayor",
    "ambassador", "sheikh", "saint", "st.",
];
const CONNECT: &[&str] = &["of", "for", "and", "&", "-", "de", "du", "la", "le", "van", "von", "der", "da", "di", "del", "the"];

/// Reads one CoNLL-U file (possibly several documents).
pub fn read_conllu(name: &str, content: &str) -> Result<Vec<GumDoc>, EvalError> {
    let mut out = Vec::new();
    let mut doc_name = name.to_string();
    let mut text = String::new();
    let mut toks: Vec<Tok> = Vec::new();
    // open mentions: (chain, etype, first token index)
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut closed: Vec<(String, String, usize, usize)> = Vec::new();
    let mut new_par = false;
    let mut in_sentence = false;
    let mut space_pending = false;
    let mut mwt_end: usize = 0;
    let mut mwt_space = true;
    let mut sent_base = 0usize;
    let flush = |out: &mut Vec<GumDoc>, doc_name: &str, text: &mut String, toks: &mut Vec<Tok>, closed: &mut Vec<(String, String, usize, usize)>| {
        if text.is_empty() {
            return;
        }
        out.push(build(doc_name, std::mem::take(text), std::mem::take(toks), std::mem::take(closed)));
    };
    for (n, line) in content.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            flush(&mut out, &doc_name, &mut text, &mut toks, &mut closed);
            open.clear();
            doc_name = id.trim().to_string();
            new_par = false;
            continue;
        }
        if line.starts_with("# newpar") {
            new_par = true;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            in_sentence = false;
            space_pending = false;
            mwt_end = 0;
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 10 {
            return Err(err(format!("{name}:{}", n + 1), format!("expected 10 columns, found {}", f.len())));
        }
        if f[0].contains('.') {
            continue;
        }
        if let Some((a, b)) = f[0].split_once('-') {
            let (_, b): (usize, usize) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
            mwt_end = b;
            mwt_space = !f[9].contains("SpaceAfter=No");
            continue;
        }
        let idx: usize = f[0].parse().map_err(|_| err(format!("{name}:{}", n + 1), "bad token id"))?;
        if !in_sentence {
            if !text.is_empty() {
                text.push(if new_par { '\n' } else { ' ' });
            }
            new_par = false;
            in_sentence = true;
        } else if space_pending {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(f[1]);
        let ti = toks.len();
        if idx == 1 {
            sent_base = ti;
        }
        let head = f[6].parse::<usize>().ok().filter(|h| *h > 0).map(|h| sent_base + h - 1);
        toks.push(Tok { start, end: text.len(), upos: f[3].to_string(), form: f[1].to_string(), head, deprel: f[7].to_string() });
        let misc = f[9];
        space_pending = if idx < mwt_end {
            false
        } else if idx == mwt_end {
            mwt_space
        } else {
            !misc.split('|').any(|x| x == "SpaceAfter=No")
        };
        if let Some(ent) = misc.split('|').find_map(|x| x.strip_prefix("Entity=")) {
            parse_brackets(ent, ti, &mut open, &mut closed);
        }
    }
    flush(&mut out, &doc_name, &mut text, &mut toks, &mut closed);
    Ok(out)
}

fn parse_brackets(s: &str, ti: usize, open: &mut Vec<(String, String, usize)>, closed: &mut Vec<(String, String, usize, usize)>) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'(' && b[j] != b')' {
                j += 1;
            }
            let inner = &s[i + 1..j];
            let mut fields = inner.split('-');
            let chain = fields.next().unwrap_or("").to_string();
            let etype = fields.next().unwrap_or("").to_string();
            if j < b.len() && b[j] == b')' {
                closed.push((chain, etype, ti, ti));
                i = j + 1;
            } else {
                open.push((chain, etype, ti));
                i = j;
            }
        } else {
            let mut j = i;
            while j < b.len() && b[j] != b')' && b[j] != b'(' {
                j += 1;
            }
            let id = &s[i..j];
            if j < b.len() && b[j] == b')' {
                if let Some(k) = open.iter().rposition(|o| o.0 == id) {
                    let (c, e, st) = open.remove(k);
                    closed.push((c, e, st, ti));
                }
                i = j + 1;
            } else {
                i = j.max(i + 1);
            }
        }
    }
}

fn build(name: &str, text: String, toks: Vec<Tok>, closed: Vec<(String, String, usize, usize)>) -> GumDoc {
    let mut mentions = Vec::new();
    for (chain, etype, a, b) in closed {
        if !matches!(etype.as_str(), "person" | "place" | "organization") || b >= toks.len() {
            continue;
        }
        // named: the head is a name word, or a name word hangs on it as flat/appos
        let head = (a..=b).find(|&k| toks[k].head.is_none_or(|h| h < a || h > b)).unwrap_or(a);
        let is_name = |k: usize| toks[k].upos == "PROPN" && !TITLES.contains(&toks[k].form.to_lowercase().as_str());
        let coordination = (a..=b).any(|k| toks[k].head == Some(head) && toks[k].deprel.starts_with("conj"));
        let named = !coordination
            && (is_name(head)
                || (a..=b).any(|k| is_name(k) && toks[k].head == Some(head) && (toks[k].deprel.starts_with("flat") || toks[k].deprel.starts_with("appos"))));
        let full = (toks[a].start, toks[b].end);
        let mut alts = Vec::new();
        // trimmed span
        let (mut x, mut y) = (a, b);
        while x < y && matches!(toks[x].upos.as_str(), "DET" | "PUNCT") {
            x += 1;
        }
        while y > x && (matches!(toks[y].upos.as_str(), "PUNCT") || matches!(toks[y].form.as_str(), "'s" | "’s" | "'" | "’")) {
            y -= 1;
        }
        alts.push((toks[x].start, toks[y].end));
        // proper-noun core, without titles
        if let Some(p) = (a..=b).find(|&k| toks[k].upos == "PROPN" && !TITLES.contains(&toks[k].form.to_lowercase().as_str())) {
            let is_core = |k: usize| {
                (toks[k].upos == "PROPN" && !TITLES.contains(&toks[k].form.to_lowercase().as_str()))
                    || CONNECT.contains(&toks[k].form.to_lowercase().as_str())
            };
            let (mut s, mut e) = (p, p);
            while s > a && is_core(s - 1) {
                s -= 1;
            }
            while e < b && is_core(e + 1) {
                e += 1;
            }
            while s < e && CONNECT.contains(&toks[s].form.to_lowercase().as_str()) {
                s += 1;
            }
            while e > s && CONNECT.contains(&toks[e].form.to_lowercase().as_str()) {
                e -= 1;
            }
            alts.push((toks[s].start, toks[e].end));
            if s > a && toks[s - 1].upos == "DET" {
                alts.push((toks[s - 1].start, toks[e].end));
            }
        }
        alts.retain(|x| *x != full);
        alts.dedup();
        mentions.push(GumMention { span: full, alternatives: alts, chain, etype, named });
    }
    let mut spans = Vec::new();
    let mut alternatives = Vec::new();
    let mut dont_care = Vec::new();
    // names nested in a larger name ("Prague" in "the Prague Conservatory") and
    // plural persons ("the French", "Democrats") are neither required nor wrong
    let cores: Vec<(usize, usize)> = mentions.iter().filter(|m| m.named).filter_map(|m| m.alternatives.last().copied()).collect();
    for m in mentions.iter().filter(|m| m.named) {
        let nested = cores.iter().any(|c| c.0 <= m.span.0 && m.span.1 <= c.1 && *c != m.span && !m.alternatives.contains(c));
        let plural = m.etype == "person" && toks.iter().filter(|t| t.start >= m.span.0 && t.end <= m.span.1).any(|t| t.upos == "PROPN" && (t.form.ends_with("s") && t.form.chars().next().is_some_and(|c| c.is_uppercase()) && ["Democrats", "Republicans", "Americans", "Europeans"].contains(&t.form.as_str())));
        if nested || plural {
            dont_care.push(m.span);
        }
    }
    let name_tokens: Vec<(usize, usize)> = toks
        .iter()
        .filter(|t| t.upos == "PROPN" && !TITLES.contains(&t.form.to_lowercase().as_str()))
        .map(|t| (t.start, t.end))
        .collect();
    for m in mentions.iter().filter(|m| m.named && !dont_care.contains(&m.span)) {
        let t = match m.etype.as_str() {
            "person" => "PER",
            "place" => "LOC",
            _ => "ORG",
        };
        spans.push((m.span.0, m.span.1, t.to_string()));
        alternatives.push(m.alternatives.clone());
    }
    GoldDoc { name: name.to_string(), text, spans, alternatives, dont_care, name_tokens }.into_gum(mentions)
}

impl GoldDoc {
    fn into_gum(self, mentions: Vec<GumMention>) -> GumDoc {
        GumDoc { ner: self, mentions }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = doc1\n# newpar\n# text = Ms. Lee visited Oslo.\n\
1\tMs.\tMs.\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new\n\
2\tLee\tLee\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)\n\
3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\tOslo\tOslo\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-x)|SpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n\
# newpar\n# text = She left.\n\
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv)\n\
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

    #[test]
    fn text_mentions_and_chains() {
        let d = &read_conllu("s", SAMPLE).unwrap()[0];
        assert_eq!(d.ner.text, "Ms. Lee visited Oslo.\nShe left.");
        let named: Vec<&str> = d.ner.spans.iter().map(|(s, e, _)| &d.ner.text[*s..*e]).collect();
        assert_eq!(named, vec!["Ms. Lee", "Oslo"]);
        let lee = d.mentions.iter().find(|m| &d.ner.text[m.span.0..m.span.1] == "Ms. Lee").unwrap();
        assert!(lee.alternatives.iter().any(|(s, e)| &d.ner.text[*s..*e] == "Lee"));
        assert_eq!(d.mentions.iter().filter(|m| m.chain == "1").count(), 2);
    }
}
