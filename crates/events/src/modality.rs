//! How the text presents an event: asserted, reported, speculative, hypothetical, negated or planned.
//!
//! Precedence: negated, then reported (the trigger lies in a quotation or
//! reported clause, after "reportedly", or in what someone is accused or
//! blamed of; hypothetical when what is reported is a condition), hypothetical ("if", "unless",
//! "would", an obligation: "must", "should"), speculative ("may", "could", "likely", "is expected to", "some
//! believe"), planned ("will", "plans to", "is set to", and wanting or trying: "hopes to", "tried to"), else asserted. The
//! cues count within the trigger's clause: up to seven words before it, or
//! anywhere before it in the sentence for clause openers ("if", "some believe").

use dyad_core::{Document, Mode, Plover};
use std::ops::Range;

fn tok(doc: &Document, i: usize) -> String {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text).to_lowercase()).unwrap_or_default()
}

const NEGATIONS: &[&str] = &["not", "n't", "never", "no", "without", "neither", "nor", "cannot"];
const REFUSALS: &[&str] = &[
    "refused", "refuses", "refuse", "refusal", "declined", "declines", "failed", "fails", "failure", "rejected", "rejects", "denied",
    "denies", "unwilling", "unwillingness", "reluctant", "reluctance",
];
const SPECULATIVE: &[&str] = &[
    "may", "might", "could", "can", "likely", "unlikely", "possibly", "probably", "perhaps", "expected", "believed",
    "presumably", "allegedly", "seems", "seem", "appears", "appear", "potential", "potentially", "maybe", "would-be",
    "rumoured", "rumored", "speculated", "supposedly", "prospect", "prospects", "possibility", "chance", "chances",
];
const PLANNED: &[&str] = &["will", "’ll", "'ll", "shall", "plans", "planned", "plan", "intends", "intend", "scheduled", "upcoming", "aims", "seeks", "due", "set", "going", "prepared", "ready"];
/// Wanting or trying to act is not acting ("hopes to strike a deal", "tried to broker a truce"): read
/// as planned when "to" follows.
const WANTED: &[&str] = &[
    "hope", "hopes", "hoped", "hoping", "hopeful", "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "try", "tries",
    "tried", "trying", "attempt", "attempts", "attempted", "attempting", "seeking", "sought", "seek", "aiming", "aim", "aimed", "keen",
    "eager", "determined", "expects", "expect", "pushing", "pushes", "pushed", "working", "works", "worked", "striving", "struggling",
];
const BELIEF: &[&str] = &["believe", "believes", "assume", "assumes", "speculate", "speculated", "suspect", "suspects", "think", "thinks", "argue", "hope", "hopes"];

/// The mode of an event whose trigger head is token `head` in sentence `r`.
pub fn mode(doc: &Document, r: Range<usize>, head: usize, plover: Plover) -> Mode {
    let from = head.saturating_sub(7).max(r.start);
    // the clause: stop the window at a comma or semicolon
    // (and at ", but" / ", while": "Moscow was ready to mediate, but Kazakh officials declined")
    let clause_from = (from..head)
        .rev()
        .find(|&k| {
            matches!(tok(doc, k).as_str(), ";" | ":")
                || (matches!(tok(doc, k).as_str(), "but" | "while" | "whereas" | "yet") && k > 0 && tok(doc, k - 1) == ",")
        })
        .map(|k| k + 1)
        .unwrap_or(from);
    // ("since May 2024", "in May": the month is no modal)
    let month = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.span.of(&doc.text) == "May")
            && k > r.start
            && (doc.tokens.get(k + 1).is_some_and(|t| t.kind == dyad_core::TokenKind::Number)
                || matches!(tok(doc, k - 1).as_str(), "in" | "since" | "until" | "by" | "from" | "of" | "last" | "next" | "early" | "late" | "mid" | "this")
                || doc.tokens[k - 1].kind == dyad_core::TokenKind::Number)
    };
    let window: Vec<String> = (clause_from..head).filter(|&k| !month(k)).map(|k| tok(doc, k)).collect();
    let has = |list: &[&str]| window.iter().any(|w| list.contains(&w.as_str()));
    // "refused to meet" governs the meeting; "denied the claim and accused …" does not
    // ("two days after the commission failed to meet, Pakistani artillery shelled …": a negation before
    // a comma that a new subject follows belongs to the clause the comma closes)
    let own_from = (clause_from..head)
        .rev()
        .find(|&k| tok(doc, k) == ",")
        .filter(|&c| {
            (c + 1..head).any(|k| {
                let w = doc.tokens[k].span.of(&doc.text);
                w.starts_with(char::is_uppercase) || matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their")
            })
        })
        .map_or(clause_from, |c| c + 1);
    // ("Modi, who was not in the house, spoke to Trump": a relative clause set off by commas is about its
    // subject, not the verb after it)
    let relative = (r.start..head).rev().find(|&k| tok(doc, k) == "," && matches!(tok(doc, k + 1).as_str(), "who" | "which")).and_then(|a| {
        (a + 2..head).find(|&k| tok(doc, k) == ",").map(|b| a..b + 1)
    });
    // ("said it had never taken part and accused Lithuania": a finite verb after "and" opens its own clause)
    let own_from = if head > own_from + 1 && tok(doc, head - 1) == "and" && {
        let w = tok(doc, head);
        w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss"))
    } {
        head
    } else {
        own_from
    };
    let own: Vec<String> =
        (own_from..head).filter(|&k| !month(k) && !relative.as_ref().is_some_and(|r| r.contains(&k))).map(|k| tok(doc, k)).collect();
    let refused = own.windows(2).any(|p| REFUSALS.contains(&p[0].as_str()) && p[1] == "to")
        // ("failed for the third time this year to open talks": the infinitive's governor further back)
        || (head > r.start + 1
            && tok(doc, head - 1) == "to"
            && (head.saturating_sub(12).max(r.start)..head - 1)
                .rev()
                .take_while(|&k| doc.tokens[k].kind != dyad_core::TokenKind::Punct)
                .any(|k| matches!(tok(doc, k).as_str(), "refused" | "refuses" | "refuse" | "declined" | "declines" | "failed" | "fails")));
    if own.iter().any(|w| NEGATIONS.contains(&w.as_str())) || (plover != Plover::Reject && refused) {
        return Mode::Negated;
    }
    let at = doc.tokens[head].span;
    let quoted = doc.quotes.iter().any(|q| {
        if q.parts.is_empty() { q.span.contains(at) } else { q.parts.iter().any(|p| p.contains(at)) }
    });
    // "accused the brigade of shelling civilians", "blamed Kyiv for the attack": an allegation
    let before: Vec<String> = (r.start..head).map(|k| tok(doc, k)).collect();
    let alleged = window.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "accused" | "accuses" | "accuse" | "accusing" | "blamed" | "blames" | "blame" | "blaming")
            && window[i + 1..].iter().any(|x| x == "of" || x == "for")
    });
    // ("… bombed a village overnight, officials in Bangkok said.": an attribution closing the sentence
    // reports what comes before it, named source or not)
    let trailing = (head + 1..r.end).any(|c| {
        tok(doc, c) == ","
            && (c + 1..(c + 8).min(r.end)).any(|v| {
                matches!(tok(doc, v).as_str(), "said" | "says" | "reported" | "added" | "claimed")
                    && (v + 1..r.end).all(|x| {
                        let w = tok(doc, x);
                        matches!(w.as_str(), "." | "on" | "in" | "a" | "statement" | "late" | "earlier" | "yesterday" | "today")
                            || doc.tokens[x].kind == dyad_core::TokenKind::Number
                            || ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].contains(&w.as_str())
                    })
            })
    });
    if quoted || alleged || trailing || window.iter().any(|w| w == "reportedly") {
        // ("said it would send observers if both governments agreed": a condition someone reports
        // has still not happened)
        let condition = window.iter().any(|w| matches!(w.as_str(), "if" | "unless"));
        // ("Tehran could retaliate, some analysts believe": what a source thinks may happen is still
        // speculation)
        return if condition {
            Mode::Hypothetical
        } else if has(SPECULATIVE) {
            Mode::Speculative
        } else {
            Mode::Reported
        };
    }
    // ("Turkey must issue a statement", "the EU should impose sanctions": an obligation has not happened)
    if before.iter().any(|w| matches!(w.as_str(), "if" | "unless" | "whether"))
        || window.iter().any(|w| matches!(w.as_str(), "would" | "must" | "should" | "ought"))
    {
        return Mode::Hypothetical;
    }
    let belief = before.windows(2).any(|p| matches!(p[0].as_str(), "some" | "many" | "experts" | "analysts" | "observers" | "others") && BELIEF.contains(&p[1].as_str()));
    if has(SPECULATIVE) || belief {
        return Mode::Speculative;
    }
    let planned = window.iter().enumerate().any(|(i, w)| {
        PLANNED.contains(&w.as_str())
            && (!matches!(w.as_str(), "due" | "set" | "going" | "prepared" | "ready" | "aims" | "seeks" | "plan" | "plans" | "planned" | "intends" | "intend")
                || window.get(i + 1).is_some_and(|n| n == "to"))
    });
    // ("Mr Straw is to visit Thailand": "is to" announces what is arranged)
    let wanted = window.windows(2).any(|p| (WANTED.contains(&p[0].as_str()) || matches!(p[0].as_str(), "is" | "are" | "was" | "were")) && p[1] == "to")
        && !(head > 0 && matches!(tok(doc, head - 1).as_str(), "is" | "are" | "was" | "were"));
    if planned || wanted {
        return Mode::Planned;
    }
    Mode::Asserted
}
