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
        let first = doc.tokens.get(i)?.span.of(&doc.text).to_lowercase();
        let cands = self.by_first.get(&first)?;
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
