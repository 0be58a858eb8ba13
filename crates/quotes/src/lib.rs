//! The quotations stage: who said what.
//!
//! # Overview
//! [`QuotesStage`] fills `Document::quotes` in three steps:
//! 1. [`marks`] pairs quotation marks inside each paragraph — curly and
//!    straight double quotes, single quotes, guillemets, corner brackets,
//!    „…“ — with a stack, so a nested quotation stays inside its outer one;
//!    apostrophes ("don’t", "rabbis’") are never taken for marks; a quote left
//!    open continues into a next paragraph that opens with a mark, and
//!    otherwise ends at its paragraph, so one missing mark never swallows a
//!    document.
//! 2. [`attribute`] finds the cue (a reporting verb or phrase from
//!    `data/cues.tsv`) after or before each quotation, and the speaker in the
//!    words around the cue: a mention of an actor, a role noun the actors stage
//!    resolved, or a pronoun resolved to the last fitting actor. A quotation
//!    interrupted by its attribution (“X,” she said, “Y.”) becomes one
//!    statement with two parts. Short quotations with no cue (scare quotes,
//!    slogans, titles) are not statements unless a possessive ties them to
//!    someone ("Trump’s “peace through strength” idea").
//! 3. [`reported`] finds reported speech: "X said/noted/argued that …",
//!    "according to X, …", with the reported clause as the span.
//! 4. [`interview`] reads a transcript's "NAME: words" paragraphs as that
//!    person's answers.
//!
//! # Example
//! ```
//! use dyad_core::{Document, Entity, EntityKind, Mention, MentionKind, Span, Stage, QuoteKind};
//! let mut doc = Document::from_text("“We will not retreat,” Petrova said.");
//! dyad_text::TextStage.process(&mut doc).unwrap();
//! let s = doc.text.find("Petrova").unwrap();
//! let e = doc.add_entity(Entity::new("Anna Petrova", EntityKind::Person));
//! doc.add_mention(Mention { span: Span::new(s, s + 7), entity: e, kind: MentionKind::Name });
//! dyad_quotes::QuotesStage::default().process(&mut doc).unwrap();
//! assert_eq!(doc.slice(doc.quotes[0].span), "We will not retreat,");
//! assert_eq!(doc.quotes[0].speaker, Some(e));
//! assert_eq!(doc.quotes[0].kind, QuoteKind::Direct);
//! ```
#![deny(missing_docs)]

pub mod attribute;
pub mod cues;
pub mod interview;
pub mod marks;
pub mod reported;

use dyad_core::{Document, Layer, Stage, StageError};

/// Finds quotations and their speakers.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuotesStage;

impl Stage for QuotesStage {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Entities]
    }
    fn provides(&self) -> &'static [Layer] {
        &[Layer::Quotes]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let raw = marks::find(doc);
        let mut quotes = attribute::attribute(doc, &raw);
        let direct: Vec<dyad_core::Span> = raw.iter().map(|r| r.outer).collect();
        quotes.extend(reported::find(doc, &direct, &quotes));
        // ("Sokunthea: In our province, several thousand.": an interview's answers)
        let answers = interview::find(doc, &quotes);
        quotes.extend(answers);
        // a quotation with no speaker inside reported speech that has one is that speaker's words
        // ('X said the states "chose sovereignty" and warned against "lecturing" them')
        let outer: Vec<(dyad_core::Span, dyad_core::EntityId)> = quotes
            .iter()
            .filter(|q| q.kind == dyad_core::QuoteKind::Indirect)
            .filter_map(|q| Some((q.span, q.speaker?)))
            .collect();
        // ('X told them the states "chose sovereignty" and warned against "lecturing" them': a verb
        // joined by "and" or "but" is the same subject's as the statement before it in the sentence)
        let said: Vec<(dyad_core::Span, dyad_core::EntityId)> = quotes.iter().filter_map(|q| Some((q.span, q.speaker?))).collect();
        // (also one whose speaker only stood near it, with no cue of its own: the statement holding
        // it says whose it is)
        // (and one whose cue stands outside the statement holding it: 'the army said its troops had
        // "repelled an incursion"', read in a statement on a broadcaster named before the cue, is the army's)
        let cue_outside = |q: &dyad_core::Quote| {
            q.kind == dyad_core::QuoteKind::Direct
                && q.cue.is_some_and(|c| outer.iter().any(|(s, _)| s.contains(q.span) && !s.contains(c)))
        };
        for q in quotes.iter_mut().filter(|q| q.speaker.is_none() || (q.cue.is_none() && q.kind == dyad_core::QuoteKind::Direct) || cue_outside(q)) {
            // (or runs past its end only by the closing punctuation: 'that China "respects … Central Asia."')
            let within = |s: &dyad_core::Span| {
                s.start <= q.span.start && q.span.start < s.end && doc.text.get(s.end..q.span.end).is_some_and(|rest| rest.chars().all(|c| ".!?,;".contains(c)))
            };
            if let Some((_, who)) = outer.iter().find(|(s, _)| s.contains(q.span) || within(s)) {
                q.speaker = Some(*who);
                continue;
            }
            let Some(cue) = q.cue else { continue };
            let c = doc.token_at_or_after(cue.start);
            // (or set off by a comma as a participle: '…, adding: "…"')
            let joined = c > 0
                && (matches!(doc.slice(doc.tokens[c - 1].span), "and" | "but")
                    || (doc.slice(doc.tokens[c - 1].span) == "," && doc.slice(cue).ends_with("ing")));
            let sentence = doc.sentence_of(cue.start);
            if let (true, Some(se)) = (joined, sentence) {
                if let Some((_, who)) = said.iter().filter(|(s, _)| s.start >= se.start && s.end <= cue.start).last() {
                    q.speaker = Some(*who);
                }
            }
        }
        quotes.sort_by_key(|q| q.span.start);
        // ('X said after signing the protocol that inspectors would … "A wagon standing in a siding earns
        // nothing."': a quotation with no cue opening a sentence right after a reported statement in its
        // paragraph goes on with that statement's speaker, when no other person is named between)
        for i in 0..quotes.len() {
            if quotes[i].speaker.is_some() || quotes[i].cue.is_some() || quotes[i].kind != dyad_core::QuoteKind::Direct {
                continue;
            }
            let at = quotes[i].span;
            let Some(prev) = quotes[..i].iter().rev().find(|p| p.span.end <= at.start && p.kind == dyad_core::QuoteKind::Indirect) else { continue };
            let Some(who) = prev.speaker else { continue };
            let para = doc.paragraphs.iter().find(|p| p.start <= at.start && at.start < p.end);
            let same_para = para.is_some_and(|p| p.start <= prev.span.start);
            let between = doc.text.get(prev.span.end..at.start).unwrap_or("");
            let opens = between.trim_end_matches(|c: char| c.is_whitespace() || "“\"‘".contains(c)).ends_with(['.', '!', '?']);
            let other = doc
                .mentions_in(dyad_core::Span::new(prev.span.end, at.start))
                .iter()
                .any(|m| doc.entity(m.entity).kind == dyad_core::EntityKind::Person && m.entity != who);
            if same_para && opens && !other && between.len() < 200 {
                quotes[i].speaker = Some(who);
            }
        }
        doc.quotes = quotes;
        Ok(())
    }
}
