//! The text stage: splits a [`Document`] into paragraphs, sentences and
//! tokens, all as byte spans over the unchanged text.
//!
//! # Overview
//! - Paragraphs: a line break ends a paragraph unless it looks like a hard
//!   wrap (the line does not end a sentence and the next starts in lower case),
//!   or the whole text is hard-wrapped at a steady width and the line comes
//!   near that width (then a break inside a blank-line block is a space).
//! - Sentences: `sentencex` (which knows "U.S.", "Jan. 7", "Mr.") inside each
//!   paragraph, snapped to token bounds, so no sentence crosses a paragraph.
//! - Tokens: words (with inner apostrophes and abbreviation dots), numbers,
//!   and single punctuation marks. A possessive `'s`/`’s` is its own token and
//!   hyphens split compounds ("U.S.-Israel-Azerbaijan" → `U.S.` `-` `Israel` …)
//!   so later stages can link each part.
//!
//! # Example
//! ```
//! use dyad_core::{Document, Stage};
//! let mut doc = Document::from_text("Witkoff’s visit to Baku ended. He left.");
//! dyad_text::TextStage::default().process(&mut doc).unwrap();
//! let words: Vec<&str> = doc.tokens.iter().map(|t| doc.slice(t.span)).collect();
//! assert_eq!(&words[..3], &["Witkoff", "’s", "visit"]);
//! assert_eq!(doc.sentences.len(), 2);
//! ```
#![deny(missing_docs)]

mod tokenize;

use dyad_core::{Document, Layer, Span, Stage, StageError};
pub use tokenize::{is_abbreviation, tokenize};

/// Paragraphs, sentences and tokens.
#[derive(Debug, Default, Clone, Copy)]
pub struct TextStage;

impl Stage for TextStage {
    fn name(&self) -> &'static str {
        "text"
    }
    fn provides(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tokens]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.paragraphs = paragraphs(&doc.text);
        doc.tokens = tokenize(&doc.text);
        doc.sentences = sentences(&doc.text, &doc.paragraphs, &doc.tokens);
        Ok(())
    }
}

/// Splits text into trimmed, non-empty paragraph spans.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push(Span::new(start, i));
            start = i + 1;
        }
    }
    lines.push(Span::new(start, text.len()));
    let wrapped = hard_wrapped(text, &lines);
    let mut out: Vec<Span> = Vec::new();
    let mut cur: Option<Span> = None;
    let mut prev_blank = true;
    for l in lines {
        let Some(t) = trim(text, l) else {
            if let Some(c) = cur.take() {
                out.push(c);
            }
            prev_blank = true;
            continue;
        };
        match cur {
            Some(c) if !prev_blank && (is_hard_wrap(c.of(text), t.of(text)) || wrapped.is_some_and(|w| wraps_within(text, c, w))) => {
                cur = Some(c.cover(t))
            }
            Some(c) => {
                out.push(c);
                cur = Some(t);
            }
            None => cur = Some(t),
        }
        prev_blank = false;
    }
    if let Some(c) = cur {
        out.push(c);
    }
    out
}

fn trim(text: &str, s: Span) -> Option<Span> {
    let sl = s.of(text);
    let lead = sl.len() - sl.trim_start().len();
    let t = sl.trim();
    (!t.is_empty()).then(|| Span::new(s.start + lead, s.start + lead + t.len()))
}

/// The width a hard-wrapped text is wrapped at, if it is one: a text whose lines run on into the next
/// line inside blank-line-separated blocks ("… co-chaired by the United Nations, the Organization\nfor
/// Security …"), of a steady width — there a line break inside a block is a space, even before a
/// capital ("Deputy Foreign Minister Levan\nAbashidze").
fn hard_wrapped(text: &str, lines: &[Span]) -> Option<usize> {
    let len = |l: &Span| l.of(text).trim_end().chars().count();
    let (mut pairs, mut runs_on) = (0usize, 0usize);
    let mut in_blocks: Vec<usize> = Vec::new();
    for w in lines.windows(2) {
        let (a, b) = (w[0].of(text).trim(), w[1].of(text).trim());
        if a.is_empty() || b.is_empty() {
            continue;
        }
        pairs += 1;
        if is_hard_wrap(a, b) {
            runs_on += 1;
        }
        in_blocks.push(len(&w[0]));
    }
    if pairs < 4 || runs_on * 3 < pairs {
        return None;
    }
    in_blocks.sort_unstable();
    let width = in_blocks[in_blocks.len() * 9 / 10];
    let steady = in_blocks.iter().filter(|&&n| n * 10 >= width * 6).count();
    ((30..=110).contains(&width) && steady * 10 >= in_blocks.len() * 6).then_some(width)
}

/// In a text wrapped at `width`, does the line that ends paragraph-so-far `cur` run on into the next?
/// Only when it comes near the width: a short line was broken on purpose.
fn wraps_within(text: &str, cur: Span, width: usize) -> bool {
    let last = cur.of(text).rsplit('\n').next().unwrap_or("").trim_end();
    last.chars().count() * 10 >= width * 6
}

fn is_hard_wrap(prev: &str, next: &str) -> bool {
    let ends_sentence = prev
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '”' | '’' | '»' | ')' | '|'));
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    !ends_sentence && starts_lower
}

/// Sentence spans inside each paragraph, aligned to token bounds.
pub fn sentences(text: &str, paragraphs: &[Span], tokens: &[dyad_core::Token]) -> Vec<Span> {
    use sentencex::languages::{English, Language};
    let lang = English {};
    let mut out = Vec::new();
    for p in paragraphs {
        let ptext = p.of(text);
        let mut cuts: Vec<usize> = Vec::new();
        for b in lang.get_sentence_boundaries(ptext) {
            let end = p.start + b.end_byte.min(ptext.len());
            if end < p.end {
                cuts.push(end);
            }
        }
        let mut start = p.start;
        for cut in cuts.into_iter().chain(std::iter::once(p.end)) {
            // snap the cut to the end of the last token before it
            let i = tokens.partition_point(|t| t.span.start < cut);
            let end = if cut == p.end { p.end } else if i > 0 { tokens[i - 1].span.end.max(start) } else { cut };
            if let Some(s) = trim(text, Span::new(start, end.max(start))) {
                out.push(s);
            }
            start = end.max(start);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<String> {
        let mut d = Document::from_text(t);
        TextStage.process(&mut d).unwrap();
        d.sentences.iter().map(|s| d.slice(*s).to_string()).collect()
    }

    #[test]
    fn sentences_respect_abbreviations_and_paragraphs() {
        assert_eq!(sents("The U.S. envoy met Mr. Smith on Jan. 7 in Baku. Talks went well."), vec![
            "The U.S. envoy met Mr. Smith on Jan. 7 in Baku.",
            "Talks went well."
        ]);
        assert_eq!(sents("First paragraph without stop\nSecond one."), vec!["First paragraph without stop", "Second one."]);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let t = "The minister said the talks\nwould resume soon.\n\nNext paragraph.";
        assert_eq!(paragraphs(t).len(), 2);
    }

    #[test]
    fn a_hard_wrapped_text_joins_its_lines_before_capitals_too() {
        let t = "Opinion: a headline\n\n\
                 The talks were chaired by the United Nations and the\n\
                 Organization for Security and Co-operation in Europe, whose\n\
                 envoy met Deputy Foreign Minister Levan Abashidze and Nino\n\
                 Beridze in the old hall of the palace on the lake shore, as\n\
                 they have done every autumn since the war of August 2008\n\
                 ended. Nobody expected much of it, and nothing came of it.\n\n\
                 A list:\n- one\n- two";
        let p = paragraphs(t);
        let words: Vec<&str> = p.iter().map(|s| s.of(t)).collect();
        assert_eq!(words.len(), 5, "{words:?}");
        assert_eq!(words[2..], ["A list:", "- one", "- two"]);
        assert!(words[1].contains("Nino\nBeridze"), "{words:?}");
        // the same lines in a text that is not wrapped stay apart
        let plain = "Minister Levan\nAbashidze spoke.";
        assert_eq!(paragraphs(plain).len(), 2);
    }

    #[test]
    fn spans_are_valid_on_odd_text() {
        for t in ["", "\n\n", "«»", "a", "…\u{fffd}\u{0}x", "“Quote.” he said.\r\nNext"] {
            let mut d = Document::from_text(t);
            TextStage.process(&mut d).unwrap();
            d.validate().unwrap();
        }
    }
}
