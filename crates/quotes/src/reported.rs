//! Reported speech: "X said that …", "according to X, …".

use crate::attribute::{resolve_back, speaker_in};
use crate::cues::Cues;
use dyad_core::{Document, EntityId, EntityKind, Mention, MentionKind, Quote, QuoteKind, Span};

fn tok(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("")
}

const NOT_A_CLAUSE: &[&str] = &[
    ",", ".", ":", ";", "to", "in", "on", "at", "for", "with", "by", "about", "of", "from", "as", "“", "\"", "?", "!", "-",
    "—", "so", "and", "but", "or", "it", "this", "nothing", "goodbye",
];

const SUBJECT_FILLERS: &[&str] = &[
    "has", "had", "have", "also", "further", "then", "later", "again", "was", "recently", "once", "repeatedly",
    "publicly", "previously", "has also", "reportedly", "earlier", "openly", "on", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
];

/// Reported statements outside the direct quotations.
pub fn find(doc: &mut Document, direct: &[Span], existing: &[Quote]) -> Vec<Quote> {
    let cues = Cues::builtin();
    let used: Vec<Span> = existing.iter().filter_map(|q| q.cue).collect();
    let mut out: Vec<Quote> = Vec::new();
    let mut pronouns: Vec<(Span, EntityId)> = Vec::new();
    let sentences = doc.sentences.clone();
    for s in sentences {
        let r = doc.token_range(s);
        let mut j = r.start;
        while j < r.end {
            let here = doc.tokens[j].span;
            if direct.iter().any(|d| d.contains(here)) {
                j += 1;
                continue;
            }
            // according to X, CLAUSE  |  CLAUSE, according to X
            if tok(doc, j).eq_ignore_ascii_case("according") && tok(doc, j + 1) == "to" {
                if let Some(q) = according(doc, j, r.clone(), direct) {
                    out.push(q);
                    break;
                }
            }
            let Some((len, zero_that)) = cues.at(doc, j) else {
                j += 1;
                continue;
            };
            let cue = Span::new(here.start, doc.tokens[j + len - 1].span.end);
            if used.contains(&cue) || (j > r.start && matches!(tok(doc, j - 1).to_lowercase().as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")) {
                j += len;
                continue;
            }
            let mut k = j + len;
            let w = tok(doc, j).to_lowercase();
            if matches!(w.as_str(), "told" | "tell" | "tells" | "telling" | "warned" | "reminded" | "assured") {
                // told reporters that …
                if let Some(t) = (k..(k + 4).min(r.end)).find(|&x| tok(doc, x) == "that") {
                    k = t;
                }
            }
            let clause_start = if tok(doc, k) == "that" {
                k + 1
            } else if zero_that
                && matches!(w.as_str(), "say" | "says" | "said" | "saying" | "believe" | "believes" | "argued" | "argues")
                && k < r.end
                && !NOT_A_CLAUSE.contains(&tok(doc, k).to_lowercase().as_str())
                && !direct.iter().any(|d| d.start == doc.tokens[k].span.start)
            {
                k
            } else {
                j += len;
                continue;
            };
            if clause_start >= r.end {
                break;
            }
            let mut end = r.end;
            // "… said the forces would step up patrols, while Vietnam … called for restraint": a
            // clause joined by ", while/but/whereas" whose subject is another actor is the writer's
            let joined = (clause_start + 2..r.end.saturating_sub(2)).find(|&x| {
                tok(doc, x) == ","
                    && matches!(tok(doc, x + 1), "while" | "but" | "whereas")
                    && {
                        let y = if tok(doc, x + 2).eq_ignore_ascii_case("the") { x + 3 } else { x + 2 };
                        doc.tokens.get(y).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| {
                            !matches!(doc.entity(m.entity).kind, EntityKind::Place)
                        })
                    }
            });
            // "… said the army would strike the camps, a threat the rebels called …": a gloss on what
            // was said is the writer's
            let gloss = (clause_start + 2..r.end.saturating_sub(2)).find(|&x| {
                tok(doc, x) == ","
                    && matches!(tok(doc, x + 1), "a" | "an")
                    && matches!(
                        tok(doc, x + 2),
                        "threat" | "move" | "claim" | "charge" | "accusation" | "warning" | "step" | "remark"
                            | "statement" | "comment" | "demand" | "stance" | "position" | "pledge" | "promise"
                    )
            });
            if let Some(x) = joined.into_iter().chain(gloss).min() {
                end = x;
            }
            while end > clause_start && matches!(tok(doc, end - 1), "." | "!" | "?" | "”" | "\"") {
                end -= 1;
            }
            if end <= clause_start {
                break;
            }
            let span = Span::new(doc.tokens[clause_start].span.start, doc.tokens[end - 1].span.end);
            let (speaker, pron) = subject(doc, r.start, j, direct);
            if let Some(p) = pron {
                pronouns.push(p);
            }
            if speaker.is_some() {
                out.push(Quote { span, parts: Vec::new(), speaker, cue: Some(cue), kind: QuoteKind::Indirect });
            }
            break;
        }
    }
    for (s, e) in pronouns {
        doc.add_mention(Mention { span: s, entity: e, kind: MentionKind::Pronoun });
    }
    out
}

/// The speaker of a cue at token `cue`: the actor right before it
/// ("the ministry said", "Lavrov has also noted"), else a pronoun there, else
/// the first person (then any actor) earlier in the sentence.
fn subject(doc: &Document, sent_start: usize, cue: usize, direct: &[Span]) -> (Option<EntityId>, Option<(Span, EntityId)>) {
    let mut k = cue;
    while k > sent_start && SUBJECT_FILLERS.contains(&tok(doc, k - 1)) {
        k -= 1;
    }
    let after_preposition = |m: &dyad_core::Mention| {
        let i = doc.token_at_or_after(m.span.start);
        i > sent_start && matches!(tok(doc, i - 1), "in" | "of" | "from" | "at" | "for" | "with" | "by" | "near" | "across")
    };
    if k > sent_start {
        let t = doc.tokens[k - 1].span;
        if let Some(m) = doc.mention_at(t.start) {
            // "analysts in Baku noted": the place is not the speaker
            if after_preposition(m) {
                return (None, None);
            }
            return (Some(m.entity), None);
        }
        if is_possessive(tok(doc, k - 1)) {
            // "the minister’s office said" is rare; fall through
        }
        let w = tok(doc, k - 1).to_lowercase();
        let want = match w.as_str() {
            "he" | "she" => Some(true),
            "they" | "it" => Some(false),
            _ => None,
        };
        if let Some(want) = want {
            let e = resolve_back(doc, t.start, direct, Some(want));
            return (e, e.map(|e| (t, e)));
        }
    }
    if k > sent_start {
        // beyond the words right before the cue, only the sentence's own subject
        // (its first actor, standing at its start) or an actor in the same clause counts
        let clause_start = (sent_start..k).rev().find(|&i| tok(doc, i) == ",").map(|i| i + 1).unwrap_or(sent_start);
        let first = doc.mentions_in(Span::new(doc.tokens[sent_start].span.start, doc.tokens[k - 1].span.end)).first().copied();
        let opens_sentence = first.is_some_and(|m| {
            let t = doc.token_at_or_after(m.span.start);
            t == sent_start || (t == sent_start + 1 && matches!(tok(doc, sent_start), "The" | "the"))
        });
        let from = if opens_sentence { sent_start } else { clause_start };
        if from >= k {
            return (None, None);
        }
        let span = Span::new(doc.tokens[from].span.start, doc.tokens[k - 1].span.end);
        let ms = doc.mentions_in(span);
        let outside: Vec<_> = ms.iter().filter(|m| !direct.iter().any(|d| d.contains(m.span)) && !after_preposition(m)).collect();
        if let Some(m) = outside.iter().find(|m| doc.entity(m.entity).kind == EntityKind::Person).or(outside.first()) {
            return (Some(m.entity), None);
        }
    }
    (None, None)
}

fn is_possessive(s: &str) -> bool {
    matches!(s, "’s" | "'s")
}

fn according(doc: &Document, j: usize, r: std::ops::Range<usize>, direct: &[Span]) -> Option<Quote> {
    let cue = Span::new(doc.tokens[j].span.start, doc.tokens[j + 1].span.end);
    // X runs to the next comma or the sentence end
    let mut x_end = j + 2;
    while x_end < r.end && !matches!(tok(doc, x_end), "," | "." | ";") {
        x_end += 1;
    }
    let (speaker, _) = speaker_in(doc, (j + 2)..x_end, doc.tokens[j].span.start, direct);
    speaker?;
    let leading = (r.start..j).all(|i| matches!(tok(doc, i), "But" | "And" | "Yet" | "," | "“"));
    let (a, mut b) = if leading { (x_end + 1, r.end) } else { (r.start, j) };
    while b > a && matches!(tok(doc, b - 1), "," | "." | "!" | "?") {
        b -= 1;
    }
    if b <= a || a >= r.end {
        return None;
    }
    let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
    Some(Quote { span, parts: Vec::new(), speaker, cue: Some(cue), kind: QuoteKind::Indirect })
}
