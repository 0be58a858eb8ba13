//! The reporting-verb lexicon (`data/cues.tsv`) and matching it on tokens.

use dyad_core::Document;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One reporting verb or phrase form, as lower-case words.
#[derive(Debug, Clone)]
pub struct Cue {
    /// The words.
    pub words: Vec<String>,
    /// Whether reported speech may follow without "that" ("said the talks …").
    pub zero_that: bool,
}

/// The lexicon, indexed by first word.
#[derive(Debug, Default)]
pub struct Cues {
    by_first: HashMap<String, Vec<Cue>>,
}

static CUES: OnceLock<Cues> = OnceLock::new();

impl Cues {
    /// The built-in lexicon.
    pub fn builtin() -> &'static Cues {
        CUES.get_or_init(|| Cues::parse(include_str!("../data/cues.tsv")))
    }

    /// Parses the lexicon format (forms separated by `|`, a tab, a kind).
    /// Malformed lines are skipped; the built-in file is covered by tests.
    pub fn parse(content: &str) -> Cues {
        let mut by_first: HashMap<String, Vec<Cue>> = HashMap::new();
        for line in content.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let Some((forms, kind)) = line.split_once('\t') else { continue };
            let zero_that = kind.trim() == "speech";
            for form in forms.split('|') {
                let words: Vec<String> = form.split_whitespace().map(|w| w.to_lowercase()).collect();
                if let Some(first) = words.first() {
                    by_first.entry(first.clone()).or_default().push(Cue { words, zero_that });
                }
            }
        }
        for v in by_first.values_mut() {
            v.sort_by(|a, b| b.words.len().cmp(&a.words.len()));
        }
        Cues { by_first }
    }

    /// The longest cue starting at token `i`: its token count and whether it allows zero-that.
    pub fn at(&self, doc: &Document, i: usize) -> Option<(usize, bool)> {
        let word = doc.tokens.get(i)?.span.of(&doc.text);
        let first = word.to_lowercase();
        let cands = self.by_first.get(&first)?;
        if !verb_here(doc, i, word) {
            return None;
        }
        'c: for c in cands {
            for (k, w) in c.words.iter().enumerate().skip(1) {
                match doc.tokens.get(i + k) {
                    Some(t) if t.span.of(&doc.text).eq_ignore_ascii_case(w) => {}
                    _ => continue 'c,
                }
            }
            return Some((c.words.len(), c.zero_that));
        }
        None
    }
}

/// Forms that are also nouns ("its claim", "the Gulf states", "his remarks").
const NOUN_FORMS: &[&str] = &[
    "claim", "claims", "state", "states", "note", "notes", "remark", "remarks", "comment", "comments", "report",
    "reports", "post", "posts", "reply", "replies", "warning", "recall", "highlight", "highlights", "reads", "statement",
];

/// Words before a noun that no verb follows.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "member",
    "other", "some", "many", "all", "both", "several", "few", "no", "any", "each", "every", "such", "neighbouring",
    "neighboring", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "on", "in", "at", "of",
    "by", "for", "from", "with", "into", "to",
    // ("Pacific island states that …", "local media reports that …", "unconfirmed reports"): a noun's
    // modifiers
    "island", "coastal", "frontline", "sovereign", "rogue", "client", "buffer", "successor", "satellite", "media", "press",
    "news", "unconfirmed", "unverified", "earlier", "recent", "previous", "initial", "conflicting", "competing",
    "false", "similar", "repeated", "rival", "territorial", "official",
];

/// Whether the word at token `i` can be a reporting verb where it stands: not a capitalised word
/// inside a sentence ("the United States", "Edward Said"), and not a noun form after a determiner,
/// possessive or number ("its claim", "the three states", "the Sahel states", "Iran's claims").
fn verb_here(doc: &Document, i: usize, word: &str) -> bool {
    let tok = |k: usize| doc.tokens.get(k).map_or("", |t| t.span.of(&doc.text));
    let start = doc.tokens[i].span.start;
    let initial = i == 0
        || doc.sentence_of(start).is_some_and(|s| s.start == start)
        || matches!(tok(i - 1), "\"" | "“" | "‘" | "'" | "(" | "—" | "–" | "-" | ":")
        || doc.text[doc.tokens[i - 1].span.end..start].contains('\n');
    if word.starts_with(char::is_uppercase) && !initial {
        return false;
    }
    // "declined to say whether …", "was preparing to add ships": an infinitive after a verb of refusing,
    // wanting or readying reports nothing said ("used a speech to say", "prompted him to say" do)
    if i >= 2
        && tok(i - 1) == "to"
        && matches!(
            tok(i - 2).to_lowercase().as_str(),
            "declined" | "declines" | "decline" | "declining" | "refused" | "refuses" | "refuse" | "refusing" | "preparing"
                | "prepared" | "ready" | "want" | "wants" | "wanted" | "wanting" | "hope" | "hopes" | "hoped" | "plan" | "plans"
                | "planned" | "planning" | "unable" | "able" | "reluctant" | "willing" | "unwilling" | "failed" | "fails"
                | "forgot" | "tried" | "trying" | "attempted" | "seeking" | "sought" | "asked" | "urged" | "told"
        )
    {
        return false;
    }
    // ("a statement read on state television": a participle after the text read out)
    if i >= 1
        && word == "read"
        && matches!(tok(i - 1), "statement" | "letter" | "communique" | "communiqué" | "message" | "declaration" | "speech" | "text" | "note")
    {
        return false;
    }
    if i == 0 || !NOUN_FORMS.iter().any(|f| f.eq_ignore_ascii_case(word)) {
        return true;
    }
    let prev = tok(i - 1);
    let det = |w: &str| DETERMINERS.contains(&w.to_lowercase().as_str());
    if det(prev) || matches!(prev, "'s" | "’s" | "'" | "’") || prev.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // ("rejected claims that …", "denying reports that …": the object of another verb, whose subject
    // did not make them)
    // ("played down claims that …")
    let phrasal = matches!(prev, "down" | "off" | "aside") && i >= 2 && tok(i - 2).starts_with(|c: char| c.is_lowercase());
    if phrasal || prev.len() > 4 && prev.chars().all(|c| c.is_lowercase()) && (prev.ends_with("ed") || prev.ends_with("ing")) && prev != "indeed" {
        return false;
    }
    // "the Sahel states", "the Gulf states": a name's word between the determiner and the noun
    let named_before = prev.starts_with(char::is_uppercase)
        && i >= 2
        && det(tok(i - 2))
        && !doc.mentions.iter().any(|m| m.span.start <= doc.tokens[i - 1].span.start
            && doc.tokens[i - 1].span.end <= m.span.end
            && doc.entity(m.entity).kind == dyad_core::EntityKind::Person);
    !named_before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_and_matches_phrases() {
        let c = Cues::builtin();
        assert!(c.by_first.len() > 40);
        let mut d = Document::from_text("She pointed out that Baku issued a statement saying so.");
        d.tokens = dyad_text_like(&d.text);
        assert_eq!(c.at(&d, 1), Some((2, true)));
        assert_eq!(c.at(&d, 5).map(|x| x.0), Some(4));
        assert_eq!(c.at(&d, 0), None);
    }

    fn dyad_text_like(t: &str) -> Vec<dyad_core::Token> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, ch) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            if ch.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(dyad_core::Token { span: dyad_core::Span::new(s, i), kind: dyad_core::TokenKind::Word });
            }
        }
        out
    }
}
