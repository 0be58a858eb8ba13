//! Reported speech: "X said that …", "according to X, …".

use crate::attribute::{resolve_back, speaker_in};
use crate::cues::Cues;
use dyad_core::{Document, EntityId, EntityKind, Mention, MentionKind, Quote, QuoteKind, Span, TokenKind};

fn tok(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("")
}

const NOT_A_CLAUSE: &[&str] = &[
    ",", ".", ":", ";", "to", "in", "on", "at", "for", "with", "by", "about", "of", "from", "as", "“", "\"", "?", "!", "-",
    "—", "so", "and", "but", "or", "it", "this", "nothing", "goodbye",
    // ("has said little about the deal", "said much the same": how much, not what)
    "something", "anything", "everything",
    // ("did not say whether …", "asked whether …": a question, not what was said)
    "whether",
];

/// Auxiliaries: after "it" they make a clause ("said it would"); after "that" a relative one
/// ("a report that was leaked").
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
    "did", "does", "wanted", "wants", "planned", "plans", "expected", "expects", "intended", "intends",
];

const SUBJECT_FILLERS: &[&str] = &[
    "has", "had", "have", "also", "further", "then", "later", "again", "was", "recently", "once", "repeatedly",
    "publicly", "previously", "has also", "reportedly", "earlier", "openly", "on", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
];

/// Reported statements outside the direct quotations.
pub fn find(doc: &mut Document, direct: &[Span], existing: &[Quote]) -> Vec<Quote> {
    let cues = Cues::builtin();
    // cues a direct quotation took already; not one whose quotation stands inside the that-clause
    // after it ("said that the states "chose sovereignty" and …": what was said is the whole clause)
    let used: Vec<Span> = existing
        .iter()
        .filter(|q| {
            q.cue.is_none_or(|c| {
                let between = doc.token_range(Span::new(c.end, q.span.start.max(c.end)));
                // (not 'told a rally that "blood and water …"': a clause that is wholly the quotation)
                let words_after_that = match between.clone().rev().find(|&x| tok(doc, x) == "that") {
                    Some(x) => !matches!(tok(doc, x + 1), "\"" | "“" | "‘" | "'") && doc.tokens[x + 1].span.start < q.span.start,
                    // ('said he thought the comments were "well justified"': no "that", three words or more)
                    None => {
                        // (or a pronoun and its verb: 'said it stood "in full solidarity" with …')
                        let words = between.clone().filter(|&x| doc.tokens[x].kind != TokenKind::Punct).count();
                        let pronoun_verb = words == 2
                            && matches!(tok(doc, between.start), "it" | "he" | "she" | "they" | "we")
                            && clause_after_it(doc, between.start + 1);
                        (matches!(doc.slice(c), "said" | "says" | "say") || doc.slice(c).ends_with("ing"))
                            && (words >= 3 || pronoun_verb)
                            && !matches!(tok(doc, between.start), "\"" | "“" | "‘" | "'" | ":" | ",")
                    }
                };
                // ('… "working as planned", adding that prices had tripled': a cue after its quotation
                // that opens a that-clause of its own reports that clause too)
                let c_end = doc.token_at_or_after(c.end);
                // (or, after "adding" or "saying", a clause with no "that": 'saying he did not …')
                let zero_that = doc.slice(c).ends_with("ing") && doc.tokens.get(c_end).is_some_and(|t| t.kind == TokenKind::Word);
                let opens_clause = q.span.end <= c.start
                    && ((tok(doc, c_end) == "that" && !matches!(tok(doc, c_end + 1), "\"" | "“" | "‘" | "'")) || zero_that);
                !(q.span.start > c.end && words_after_that) && !opens_clause
            })
        })
        .filter_map(|q| q.cue)
        .collect();
    let mut out: Vec<Quote> = Vec::new();
    let mut pronouns: Vec<(Span, EntityId)> = Vec::new();
    let sentences = doc.sentences.clone();
    for s in sentences {
        let r = doc.token_range(s);
        let mut j = r.start;
        let mut sent_start = r.start;
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
            // "accused the government of spending money on concrete": what the accuser says the
            // accused did (not where the accusation is wholly a quotation, attributed already)
            // ("Labour accused of broken pledge": with no object, a headline's passive)
            if matches!(tok(doc, j), "accused" | "accuses" | "accuse" | "accusing")
                && !(j > r.start && matches!(tok(doc, j - 1), "was" | "were" | "is" | "are" | "been" | "being"))
                && tok(doc, j + 1) != "of"
            {
                let of = (j + 1..(j + 10).min(r.end)).take_while(|&x| doc.tokens[x].kind != TokenKind::Punct).find(|&x| tok(doc, x) == "of");
                if let Some(of) = of.filter(|&o| o + 1 < r.end && !matches!(tok(doc, o + 1), "\"" | "“" | "‘")) {
                    let mut end = (of + 1..r.end)
                        .find(|&x| {
                            matches!(tok(doc, x), ";" | "." | "!" | "?")
                                // (", in a move that prompted …", ", a charge it denied": the writer's words)
                                || (tok(doc, x) == ","
                                    && matches!(tok(doc, x + 1), "while" | "but" | "and" | "saying" | "adding" | "in" | "a" | "an" | "which" | "prompting" | "sparking" | "drawing"))
                        })
                        .unwrap_or(r.end);
                    end = trim_end(doc, of + 1, end, &[","]);
                    let words = (of + 1..end).filter(|&x| doc.tokens[x].kind != TokenKind::Punct).count();
                    let (speaker, _) = subject(doc, sent_start, j, direct);
                    if words >= 2 && speaker.is_some() {
                        out.push(Quote {
                            span: Span::new(doc.tokens[of + 1].span.start, doc.tokens[end - 1].span.end),
                            parts: Vec::new(),
                            speaker,
                            cue: Some(here),
                            kind: QuoteKind::Indirect,
                        });
                    }
                }
                j += 1;
                continue;
            }
            let Some((len, zero_that)) = cues.at(doc, j) else {
                j += 1;
                continue;
            };
            let cue = Span::new(here.start, doc.tokens[j + len - 1].span.end);
            // (and not the passive: "It was claimed he had been embarrassed" names no one)
            if used.contains(&cue)
                || (j > r.start
                    && (matches!(tok(doc, j - 1).to_lowercase().as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "being")
                        || (matches!(tok(doc, j - 1), "was" | "were" | "been") && !tok(doc, j).ends_with("ing"))))
            {
                j += len;
                continue;
            }
            // "CLAUSE, the ministry said on Monday."  |  "CLAUSE, said the ministry."
            if let Some(q) = trailing(doc, r.clone(), j, len, cue, direct) {
                // "…, an official said, adding that …": what the participle adds is the same speaker's
                let (after, _) = skip_adjunct(doc, j + len, r.end);
                if tok(doc, after) == "," && matches!(tok(doc, after + 1), "adding" | "saying") {
                    let from = if tok(doc, after + 2) == "that" { after + 3 } else { after + 2 };
                    let mut end = r.end;
                    while end > from && matches!(tok(doc, end - 1), "." | "!" | "?" | "”" | "\"") {
                        end -= 1;
                    }
                    if end > from + 2 {
                        out.push(Quote {
                            span: Span::new(doc.tokens[from].span.start, doc.tokens[end - 1].span.end),
                            parts: Vec::new(),
                            speaker: q.speaker,
                            cue: Some(doc.tokens[after + 1].span),
                            kind: QuoteKind::Indirect,
                        });
                    }
                }
                out.push(q);
                break;
            }
            let mut k = j + len;
            let mut told_clause: Option<usize> = None;
            let w = tok(doc, j).to_lowercase();
            if matches!(w.as_str(), "told" | "tell" | "tells" | "telling" | "warned" | "reminded" | "assured") {
                // told reporters that …, told reporters at a news conference in Kyiv that …
                // (also past a title and name set off by commas: "told Ghana's agriculture minister, Kofi
                // Asante-Mensah, at a meeting in Accra last month that …")
                if let Some(t) = (k..(k + 20).min(r.end))
                    .take_while(|&x| {
                        (doc.tokens[x].kind != TokenKind::Punct || matches!(tok(doc, x), "'s" | "’s" | "," | "-"))
                            && !matches!(tok(doc, x), "who" | "which" | "whom" | "whose")
                    })
                    .find(|&x| tok(doc, x) == "that" && !AUXILIARIES.contains(&tok(doc, x + 1)))
                {
                    k = t;
                } else if let Some(c) = listener_then_clause(doc, k, r.end) {
                    // "told Newsnight the government had prepared …", "told MPs he hoped …": a listener,
                    // then a clause of its own with no "that"
                    k = c - 1;
                    told_clause = Some(c);
                }
            }
            // "said on Tuesday that …", "said in a statement that …", "said late on Monday the talks …":
            // a time or occasion between the cue and what was said
            let (k, skipped) = if told_clause.is_some() { (k, None) } else { skip_adjunct(doc, k, r.end) };
            let clause_start = if let Some(c) = told_clause {
                c
            } else if tok(doc, k) == "that" {
                k + 1
            } else if zero_that
                && (skipped.is_none() || skipped == Some(Adjunct::Time))
                && (matches!(w.as_str(), "say" | "says" | "said" | "saying" | "believe" | "believes" | "argued" | "argues")
                    // ("The researcher noted none of the governments had …": other verbs of saying without
                    // "that" only before a clause with an auxiliary of its own, not "noted the importance of …")
                    || (matches!(
                        w.as_str(),
                        "noted" | "notes" | "added" | "adds" | "stressed" | "insisted" | "warned" | "conceded" | "acknowledged" | "claimed" | "adding"
                            | "arguing" | "insisting" | "noting" | "stressing" | "warning"
                    )
                        && (k + 1..(k + 9).min(r.end))
                            .take_while(|&x| !matches!(tok(doc, x), "," | "." | ";"))
                            .any(|x| AUXILIARIES.contains(&tok(doc, x)))))
                && k < r.end
                // ("said little about the deal", not "said little had changed")
                && !(matches!(tok(doc, k), "little" | "much" | "more" | "less")
                    && (doc.tokens.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct)
                        || matches!(tok(doc, k + 1), "about" | "on" | "to" | "in" | "else" | "publicly" | "new")))
                && (!NOT_A_CLAUSE.contains(&tok(doc, k).to_lowercase().as_str())
                    // ("said at least 30 civilians were killed")
                    || (tok(doc, k) == "at" && matches!(tok(doc, k + 1), "least" | "most"))
                    // "said it would …", "said it had …" (not "said it again")
                    || (tok(doc, k) == "it" && clause_after_it(doc, k + 1)))
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
            // (and ", and CPC officials said …": after "and", only where the other subject's own
            // reporting verb follows)
            let joined = (clause_start + 2..r.end.saturating_sub(2)).find(|&x| {
                let and = tok(doc, x + 1) == "and";
                tok(doc, x) == ","
                    && matches!(tok(doc, x + 1), "while" | "but" | "whereas" | "and")
                    && ((!and && {
                        let y = if tok(doc, x + 2).eq_ignore_ascii_case("the") { x + 3 } else { x + 2 };
                        doc.tokens.get(y).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| {
                            !matches!(doc.entity(m.entity).kind, EntityKind::Place)
                        })
                    })
                    // (", but residents interviewed by community radio said …": another subject's own
                    // reporting verb follows)
                    || ((x + 3..(x + 10).min(r.end)).take_while(|&z| tok(doc, z) != ",").any(|z| {
                        cues.at(doc, z).is_some_and(|(_, speech)| speech) && !matches!(tok(doc, z - 1), "to" | "the" | "a")
                    }) && (!and || (x + 2..x + 5).any(|y| doc.tokens.get(y).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| {
                        !matches!(doc.entity(m.entity).kind, EntityKind::Place)
                    })))))
            });
            // "… said the rule had "turned to dross" and said he was borrowing …", "… but he said …": a
            // second reporting verb of the subject's ends the first statement and opens its own
            let coordinated = (clause_start + 2..r.end.saturating_sub(2)).find(|&x| {
                matches!(tok(doc, x), "and" | "but")
                    && !direct.iter().any(|d| d.contains(doc.tokens[x].span))
                    && {
                        let v = if matches!(tok(doc, x + 1), "he" | "she" | "they" | "it" | "we") { x + 2 } else { x + 1 };
                        cues.at(doc, v).is_some_and(|(_, speech)| speech) || matches!(tok(doc, v), "accused" | "accuses")
                    }
            });
            // ("… said the blockade was working, adding that prices had tripled": a participle of saying
            // after a comma ends the first statement and opens the same speaker's next)
            let participle = (clause_start + 2..r.end.saturating_sub(2)).find(|&x| {
                tok(doc, x) == ","
                    && matches!(tok(doc, x + 1), "adding" | "saying" | "noting" | "insisting" | "arguing" | "warning" | "stressing")
                    && !direct.iter().any(|d| d.contains(doc.tokens[x].span))
            });
            let coordinated = coordinated.into_iter().chain(participle).min();
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
            // a full stop the sentence splitter passed over (a quotation closing before it, say) still ends
            // what was reported, and the next sentence is read on its own
            let capital = |x: usize| tok(doc, x).chars().next().is_some_and(|c| c.is_uppercase());
            let stop = (clause_start + 1..r.end.saturating_sub(1)).find_map(|x| {
                if !matches!(tok(doc, x), "." | "!" | "?") {
                    return None;
                }
                if !direct.iter().any(|d| d.contains(doc.tokens[x].span)) && capital(x + 1) {
                    return Some(x);
                }
                // '… was "a disgrace." He said …': the stop inside a closing quotation
                let closing = matches!(tok(doc, x + 1), "”" | "\"" | "’") && direct.iter().any(|d| d.end == doc.tokens[x + 1].span.end);
                (closing && capital(x + 2)).then_some(x + 1)
            });
            // ("Mr Livingstone, who says he is "standing by" his remarks, had accused …": a relative
            // clause set off by commas ends at its closing comma, and the sentence goes on after it)
            let relative_end = (j >= r.start + 2 && matches!(tok(doc, j - 1), "who" | "which") && tok(doc, j - 2) == ",")
                .then(|| (clause_start + 1..r.end).find(|&x| tok(doc, x) == "," && !direct.iter().any(|d| d.contains(doc.tokens[x].span))))
                .flatten();
            if let Some(x) = joined.into_iter().chain(gloss).chain(stop).chain(coordinated).chain(relative_end).min() {
                end = x;
            }
            // (the other subject's clause is read on its own, as a sentence of its own)
            let next_sentence = stop.or(joined).filter(|&x| x == end).map(|x| x + 1);
            let next_verb = coordinated.filter(|&x| x == end).map(|x| x + 1);
            let after_relative = relative_end.filter(|&x| x == end).map(|x| x + 1);
            end = trim_end(doc, clause_start, end, &[".", "!", "?"]);
            if end <= clause_start {
                break;
            }
            let span = Span::new(doc.tokens[clause_start].span.start, doc.tokens[end - 1].span.end);
            // ("he said "…", but stressed that …": a verb joined by "and" or "but" is the speaker's of the
            // statement before it in the sentence)
            let joined = j > sent_start && matches!(tok(doc, j - 1), "and" | "but");
            let before_in_sentence = joined
                .then(|| {
                    let from = doc.tokens[sent_start].span.start;
                    existing.iter().chain(out.iter()).filter(|q| q.span.start >= from && q.span.end <= here.start).filter_map(|q| q.speaker).last()
                })
                .flatten();
            let (speaker, pron) = match before_in_sentence {
                Some(e) => (Some(e), None),
                None => subject(doc, sent_start, j, direct),
            };
            if let Some(p) = pron {
                pronouns.push(p);
            }
            if speaker.is_some() {
                out.push(Quote { span, parts: Vec::new(), speaker, cue: Some(cue), kind: QuoteKind::Indirect });
            }
            match (next_sentence, next_verb.or(after_relative)) {
                (Some(x), _) => {
                    sent_start = x;
                    j = x;
                }
                // (the same sentence and subject: "and said", "but he said"; or what follows a relative clause)
                (None, Some(x)) => j = x,
                (None, None) => break,
            }
        }
    }
    for (s, e) in pronouns {
        doc.add_mention(Mention { span: s, entity: e, kind: MentionKind::Pronoun });
    }
    out
}

/// The first token after a dateline opening at `a` ("PORT SUDAN, Sept 9 (Dyad Wire) - …": a word in
/// capitals, then a dash within the next words before `end`), or `a` itself when none opens there.
fn past_dateline(doc: &Document, a: usize, end: usize) -> usize {
    let w = tok(doc, a);
    let caps = w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-') && w.chars().any(char::is_alphabetic);
    if !caps {
        return a;
    }
    (a + 1..(a + 14).min(end)).find(|&x| matches!(tok(doc, x), "-" | "—" | "–")).map_or(a, |d| d + 1)
}

/// Does the word at `i`, after "said it", go on as a clause: an auxiliary ("said it would"), or a verb in
/// the past, after an adverb or not ("said it stood with Finland", "said it also backed the plan") — not
/// "said it again", "said it twice"?
fn clause_after_it(doc: &Document, mut i: usize) -> bool {
    if matches!(tok(doc, i), "also" | "still" | "fully" | "strongly" | "firmly" | "never" | "already" | "now") {
        i += 1;
    }
    let w = tok(doc, i);
    AUXILIARIES.contains(&w)
        || (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()))
        || matches!(
            w,
            "stood" | "saw" | "knew" | "took" | "gave" | "made" | "felt" | "kept" | "held" | "sought" | "thought"
                | "meant" | "found" | "left" | "won" | "lost" | "sent" | "spent" | "paid" | "brought" | "bought"
                | "understood" | "remains" | "stands" | "supports" | "opposes" | "rejects" | "regrets" | "welcomes"
        )
}

/// Where a clause running from `start` to `end` (exclusive) ends once the punctuation in `trim` and
/// closing quotation marks are taken off its end; a closing mark whose opening one the clause holds
/// stays ('the news had made them "very happy"').
fn trim_end(doc: &Document, start: usize, mut end: usize, trim: &[&str]) -> usize {
    let marks = |b: usize| (start..b).filter(|&x| matches!(tok(doc, x), "“" | "”" | "\"")).count();
    while end > start {
        let w = tok(doc, end - 1);
        let closing = matches!(w, "”" | "\"");
        if !(closing || trim.contains(&w)) || (closing && marks(end) % 2 == 0) {
            break;
        }
        end -= 1;
    }
    end
}

/// Nouns for a text that can speak for its author ("the report said").
const DOCUMENT_NOUNS: &[&str] = &["report", "study", "survey", "review", "audit", "paper", "white-paper", "assessment", "analysis", "dossier"];

/// The author of the document a definite noun at token `at` refers to ("The report said"): at the
/// last earlier mention of that noun, within eight sentences, the body or person named with it — by
/// "by" after it ("a report by the Electoral Commission"), before it ("A National Audit Office
/// report", "Oxfam's Paying the Price report"), or as the subject of the clause it opens or closes
/// ("In a new report, the Electoral Commission says …", "Oxfam says in a report").
fn document_author(doc: &Document, at: usize) -> Option<EntityId> {
    let noun = tok(doc, at).to_lowercase();
    let here = doc.sentences.iter().position(|s| s.contains(doc.tokens[at].span))?;
    let limit = doc.token_at_or_after(doc.sentences[here.saturating_sub(8)].start);
    let speaks = |m: &Mention| !matches!(doc.entity(m.entity).kind, EntityKind::Place);
    let mention_ending = |end: usize| doc.mentions.iter().find(|m| m.span.end == doc.tokens[end].span.end).filter(|m| speaks(m));
    let mention_starting = |i: usize| doc.tokens.get(i).and_then(|t| doc.mention_at(t.span.start)).filter(|m| speaks(m));
    for i in (limit..at).rev() {
        if !tok(doc, i).eq_ignore_ascii_case(&noun) {
            continue;
        }
        // "a report by the Electoral Commission" (not "by the government's watchdog": the possessor's own)
        if tok(doc, i + 1) == "by" {
            let j = if tok(doc, i + 2).eq_ignore_ascii_case("the") { i + 3 } else { i + 2 };
            if let Some(m) = mention_starting(j) {
                if !is_possessive(tok(doc, doc.token_at_or_after(m.span.end))) {
                    return Some(m.entity);
                }
            }
        }
        // "A National Audit Office report", "Oxfam's Paying the Price report": past a title in capitals
        let mut b = i;
        let title_word = |x: usize| tok(doc, x).starts_with(char::is_uppercase) || (matches!(tok(doc, x), "the" | "of" | "and") && x > limit && tok(doc, x - 1).starts_with(char::is_uppercase));
        while b > limit && i - b < 6 && title_word(b - 1) && mention_ending(b - 1).is_none() {
            b -= 1;
        }
        if b > limit {
            if let Some(m) = mention_ending(b - 1) {
                return Some(m.entity);
            }
            if b >= limit + 2 && is_possessive(tok(doc, b - 1)) {
                if let Some(m) = mention_ending(b - 2) {
                    return Some(m.entity);
                }
            }
        }
        // "In a new report, the Electoral Commission says"
        if tok(doc, i + 1) == "," {
            let j = if tok(doc, i + 2).eq_ignore_ascii_case("the") { i + 3 } else { i + 2 };
            if let Some(m) = mention_starting(j) {
                return Some(m.entity);
            }
        }
        // "Oxfam says in a report"
        let mut a = i;
        while a > limit && i - a < 3 && matches!(tok(doc, a - 1), "a" | "an" | "its" | "their" | "new" | "latest" | "annual") {
            a -= 1;
        }
        if a >= limit + 3 && tok(doc, a - 1) == "in" && matches!(tok(doc, a - 2), "says" | "said" | "warns" | "warned" | "argues" | "argued") {
            if let Some(m) = mention_ending(a - 3) {
                return Some(m.entity);
            }
        }
    }
    None
}

/// The speaker of a cue at token `cue`: the actor right before it
/// ("the ministry said", "Lavrov has also noted"), else a pronoun there, else
/// the first person (then any actor) earlier in the sentence.
fn subject(doc: &Document, sent_start: usize, cue: usize, direct: &[Span]) -> (Option<EntityId>, Option<(Span, EntityId)>) {
    // ("Mr Hockney also left UKIP saying …", "…, adding that …": a participle of saying has the
    // subject that opens the sentence — the person its title and body describe, when one is named there:
    // "Australia's Prime Minister John Howard …, adding", "Lib Dem spokesman Menzies Campbell …, adding")
    if tok(doc, cue).ends_with("ing")
        && cue > sent_start
        && !matches!(tok(doc, cue - 1), "is" | "was" | "are" | "were" | "been" | "be" | "am" | "by" | "without" | "of" | "for")
    {
        let verbish = |x: usize| {
            let w = tok(doc, x);
            (w.ends_with("ed") && w.starts_with(char::is_lowercase))
                || matches!(
                    w,
                    "said" | "says" | "told" | "has" | "have" | "had" | "is" | "was" | "are" | "were" | "will" | "would" | "also"
                        | "met" | "gave" | "made" | "took" | "left" | "who" | "which" | "that"
                )
        };
        // (past quotation marks left over, and an opening phrase set off by a comma: "But in an
        // interview with the Financial Times, Mr Blair …")
        let mut from = sent_start;
        while from < cue && doc.tokens[from].kind == TokenKind::Punct {
            from += 1;
        }
        // ("ABUJA, May 3 (Wire) - Nigeria's navy …": past a dateline)
        from = past_dateline(doc, from, cue);
        // ('"We want Michael to be accessible," Mr Fox said, adding …': past a quotation opening it)
        if let Some(d) = direct.iter().find(|d| d.contains(doc.tokens[from.saturating_sub(1).max(sent_start)].span) || d.contains(doc.tokens[from].span)) {
            from = doc.token_at_or_after(d.end);
            while from < cue && doc.tokens[from].kind == TokenKind::Punct {
                from += 1;
            }
        }
        if from >= cue {
            from = cue - 1;
        }
        if matches!(
            tok(doc, from),
            "In" | "On" | "At" | "After" | "Before" | "During" | "Earlier" | "Later" | "Last" | "But" | "And" | "Speaking" | "Writing"
                | "Asked" | "Since" | "Following" | "Despite" | "However" | "Meanwhile" | "Yesterday" | "Today" | "Separately"
        ) {
            if let Some(c) = (from + 1..(from + 12).min(cue)).find(|&x| tok(doc, x) == ",") {
                from = c + 1;
            }
        }
        let np_end = (from..cue)
            .find(|&x| (doc.tokens[x].kind == TokenKind::Punct && !is_possessive(tok(doc, x))) || verbish(x))
            .unwrap_or(cue)
            .min(from + 10);
        let np = Span::new(doc.tokens[from.min(cue - 1)].span.start, doc.tokens[np_end.max(from + 1) - 1].span.end);
        // (not a name after a preposition: "Anger over the war in Iraq")
        let inside: Vec<Mention> = doc
            .mentions_in(np)
            .into_iter()
            .copied()
            .filter(|m| {
                let at = doc.token_at_or_after(m.span.start);
                let at = if at > from && matches!(tok(doc, at - 1), "the" | "The") { at - 1 } else { at };
                !(at > from && matches!(tok(doc, at - 1), "in" | "of" | "from" | "at" | "for" | "with" | "by" | "on" | "to" | "over" | "near"))
            })
            .collect();
        let person = inside.iter().rev().find(|m| doc.entity(m.entity).kind == EntityKind::Person && m.kind != dyad_core::MentionKind::Pronoun);
        // ("Nigeria's navy": what the state owns)
        let first = inside.first().map(|m| {
            let after = doc.token_at_or_after(m.span.end);
            if is_possessive(tok(doc, after)) {
                inside.iter().find(|n| doc.token_at_or_after(n.span.start) == after + 1).unwrap_or(m)
            } else {
                m
            }
        });
        let first = first.filter(|m| {
            m.kind != dyad_core::MentionKind::Demonym
                && doc.entity(m.entity).kind != EntityKind::Place
                && !(m.kind == dyad_core::MentionKind::Metonym && doc.token_at_or_after(m.span.start) > from)
        });
        // ("with election coordinator Alan Milburn accusing …", "quoted Mr Clarke telling …": a person
        // right before the participle is its subject)
        let right_before = doc.mentions.iter().find(|m| m.span.end == doc.tokens[cue - 1].span.end && doc.entity(m.entity).kind == EntityKind::Person);
        if let Some(m) = right_before {
            return (Some(m.entity), None);
        }
        if np_end > from {
            if let Some(m) = person.or(first) {
                return (Some(m.entity), None);
            }
        }
    }
    let mut k = cue;
    while k > sent_start && SUBJECT_FILLERS.contains(&tok(doc, k - 1)) {
        k -= 1;
    }
    let after_preposition = |m: &dyad_core::Mention| {
        let i = doc.token_at_or_after(m.span.start);
        i > sent_start && matches!(tok(doc, i - 1), "in" | "of" | "from" | "at" | "for" | "with" | "by" | "near" | "across")
    };
    // "Its spokesman, Abdirahman Warsame, told reporters …": a name set off by commas right before
    // the cue
    if k >= sent_start + 3 && tok(doc, k - 1) == "," {
        if let Some(m) = doc.mentions.iter().find(|m| m.span.end == doc.tokens[k - 2].span.end) {
            let mut s = doc.token_at_or_after(m.span.start);
            // (past a title before the name: "The spokesman, Colonel Ali Sow, insisted")
            let mut back = 0;
            while back < 2 && s > sent_start + 1 && tok(doc, s - 1) != "," && tok(doc, s - 1).starts_with(char::is_uppercase) {
                s -= 1;
                back += 1;
            }
            if doc.entity(m.entity).kind == EntityKind::Person && s > sent_start && tok(doc, s - 1) == "," {
                return (Some(m.entity), None);
            }
        }
    }
    // "A Russian Railways official, speaking on condition of anonymity, said …": an aside opened by a
    // participle between the subject and the cue is passed over
    if k >= sent_start + 3 && tok(doc, k - 1) == "," {
        if let Some(x) = (sent_start + 1..k - 1).rev().find(|&x| tok(doc, x) == ",") {
            let w = tok(doc, x + 1);
            let participle = (w.ends_with("ing") && w.len() > 5 && w.starts_with(char::is_lowercase))
                || matches!(w, "asked" | "reached" | "contacted" | "quoted" | "interviewed" | "writing")
                // ("Inspector X, who leads the inquiry, told reporters that …": a relative clause too)
                || matches!(w, "who" | "whose");
            if participle && x + 2 < k - 1 {
                k = x;
            }
            // ("The Harbour Justice Trust, a London-based group, said …": the body or person an apposition
            // describes, right before it)
            if matches!(w, "a" | "an" | "the") && x > sent_start && (x + 1..k - 1).all(|y| tok(doc, y) != ",") {
                let named = doc.mentions.iter().find(|m| {
                    m.span.end == doc.tokens[x - 1].span.end
                        && m.kind == dyad_core::MentionKind::Name
                        && matches!(doc.entity(m.entity).kind, EntityKind::Organization | EntityKind::Group | EntityKind::Person)
                });
                if let Some(m) = named {
                    return (Some(m.entity), None);
                }
            }
        }
    }
    if k > sent_start {
        let t = doc.tokens[k - 1].span;
        // "his spokesman later said …", "her office said …": the person they speak for
        if k >= sent_start + 2
            && matches!(tok(doc, k - 1), "spokesman" | "spokeswoman" | "spokesperson" | "office" | "aides" | "camp" | "team" | "campaign")
            && matches!(tok(doc, k - 2), "his" | "her" | "His" | "Her")
        {
            let g = dyad_core::Gender::of_pronoun(tok(doc, k - 2));
            let e = resolve_back(doc, doc.tokens[k - 2].span.start, direct, Some(true), g);
            return (e, None);
        }
        // "people who said that …": the relative clause's own antecedent, named or not ("Mr Livingstone,
        // who says …": past the comma)
        if matches!(tok(doc, k - 1), "who" | "which") {
            let before = if k >= sent_start + 3 && tok(doc, k - 2) == "," { k - 3 } else { k - 2 };
            let named = (k >= sent_start + 2).then(|| doc.mentions.iter().find(|m| m.span.end == doc.tokens[before].span.end)).flatten();
            return (named.map(|m| m.entity), None);
        }
        if let Some(m) = doc.mention_at(t.start) {
            // "a spokesman for Mr Blair said": the one who speaks for them
            let mut s = doc.token_at_or_after(m.span.start);
            while s > sent_start && (tok(doc, s - 1) == "the" || crate::attribute::honorific(tok(doc, s - 1))) {
                s -= 1;
            }
            if s >= sent_start + 2 && matches!(tok(doc, s - 1), "for" | "of" | "at") {
                if let Some(h) = doc.mentions.iter().find(|h| h.span.end == doc.tokens[s - 2].span.end) {
                    // (and "Rhian Beynon of the JCWI said": the person named before the body)
                    if doc.entity(h.entity).kind == EntityKind::Person && matches!(h.kind, dyad_core::MentionKind::Nominal | dyad_core::MentionKind::Name) {
                        return (Some(h.entity), None);
                    }
                }
            }
            // "analysts in Baku noted": the place is not the speaker — but "A Western diplomat in Lima
            // said": the one named before the place is
            if after_preposition(m) {
                let p = doc.token_at_or_after(m.span.start) - 1;
                let before = (p > sent_start)
                    .then(|| doc.mentions.iter().find(|h| h.span.end == doc.tokens[p - 1].span.end))
                    .flatten()
                    .filter(|h| matches!(doc.entity(h.entity).kind, EntityKind::Person | EntityKind::Organization | EntityKind::Group))
                    .filter(|h| h.kind != dyad_core::MentionKind::Demonym);
                return (before.map(|h| h.entity), None);
            }
            return (Some(m.entity), None);
        }
        if is_possessive(tok(doc, k - 1)) {
            // "the minister’s office said" is rare; fall through
        }
        let w = tok(doc, k - 1).to_lowercase();
        // "The report said …": the body whose report the text introduced before ("a report by the
        // Electoral Commission", "A National Audit Office report", "In a new report, Oxfam says")
        if k >= sent_start + 2 && DOCUMENT_NOUNS.contains(&w.as_str()) && matches!(tok(doc, k - 2), "The" | "the") {
            return (document_author(doc, k - 1), None);
        }
        let want = match w.as_str() {
            "he" | "she" => Some(true),
            "they" | "it" => Some(false),
            _ => None,
        };
        if let Some(want) = want {
            let e = resolve_back(doc, t.start, direct, Some(want), dyad_core::Gender::of_pronoun(&w));
            // ("According to the opposition parties … they accused him": a state by its name is "it"; a
            // "they" that finds only that names nobody the text lists — but "the Sudanese envoys … They
            // said" are the state's people)
            let e = e.filter(|&e| {
                !(w == "they"
                    && doc.entity(e).kind == EntityKind::State
                    && doc
                        .mentions_of(e)
                        .filter(|m| m.span.end <= t.start)
                        .last()
                        .is_some_and(|m| m.kind != dyad_core::MentionKind::Demonym))
            });
            return (e, e.map(|e| (t, e)));
        }
    }
    if k > sent_start {
        // beyond the words right before the cue, only the sentence's own subject
        // (its first actor, standing at its start) or an actor in the same clause counts
        // ("…reclassified the spending - shortly before the chancellor announced that …": a subordinating
        // word opens a clause of its own; dashes do not, they often enclose an aside on the subject)
        let clause_start = (sent_start..k)
            .rev()
            .find(|&i| {
                matches!(
                    tok(doc, i),
                    "," | ";" | "before" | "after" | "when" | "while" | "because" | "since" | "until" | "although" | "though" | "whereas" | "unless"
                )
            })
            .map(|i| i + 1)
            .unwrap_or(sent_start);
        // ("A Peruvian diplomat who asked not to be named because the talks were private said that …": a
        // person opening the sentence, then a relative clause running up to the cue, is its subject)
        let who = (sent_start + 1..k.min(sent_start + 7)).find(|&i| tok(doc, i) == "who").and_then(|i| {
            let m = doc.mentions.iter().find(|m| m.span.end == doc.tokens[i - 1].span.end)?;
            let at = doc.token_at_or_after(m.span.start);
            let opening = at == sent_start
                || (matches!(tok(doc, sent_start), "A" | "An" | "The" | "One")
                    && (sent_start + 1..at).all(|x| {
                        doc.mention_at(doc.tokens[x].span.start).is_some() || tok(doc, x).chars().all(|c| c.is_ascii_lowercase())
                    }));
            (opening && doc.entity(m.entity).kind == EntityKind::Person && !(i..k).any(|x| tok(doc, x) == ",")).then_some(m.entity)
        });
        if who.is_some() {
            return (who, None);
        }
        let first = doc.mentions_in(Span::new(doc.tokens[sent_start].span.start, doc.tokens[k - 1].span.end)).first().copied();
        let opens_sentence = first.is_some_and(|m| {
            let t = doc.token_at_or_after(m.span.start);
            t == sent_start
                || (t == sent_start + 1
                    && (matches!(tok(doc, sent_start), "The" | "the") || crate::attribute::honorific(tok(doc, sent_start))))
        });
        // ("A ministry spokesman, Wei Tao, called the meeting "a milestone" and insisted that …": a verb
        // joined by "and" or "but" has the sentence's subject)
        let joined = matches!(tok(doc, k - 1), "and" | "but");
        let from = if opens_sentence || joined { sent_start } else { clause_start };
        if from >= k {
            return (None, None);
        }
        let span = Span::new(doc.tokens[from].span.start, doc.tokens[k - 1].span.end);
        let ms = doc.mentions_in(span);
        // (a place never speaks: "DUBAI, Dec 2 (Wire) - Iran's Revolutionary Guards seized …, accusing";
        // nor a possessor whose body follows: "Iran's Revolutionary Guards")
        // (nor one whose noun a person's name stands in apposition to: "Paulo Mendes's counterpart in
        // Lisbon, Ana Reis, argued")
        let possessor = |m: &dyad_core::Mention| {
            let e = doc.token_at_or_after(m.span.end);
            if e >= doc.tokens.len() || !is_possessive(tok(doc, e)) {
                return false;
            }
            // ("The UK's biggest mortgage lender said": a state whose company the words after it name)
            let company = doc.entity(m.entity).kind == EntityKind::State
                && (e + 1..(e + 5).min(k))
                    .take_while(|&x| tok(doc, x).chars().all(|c| c.is_lowercase() || c == '-'))
                    .any(|x| crate::attribute::COMPANY_WORDS.contains(&tok(doc, x)));
            doc.tokens.get(e + 1).is_some_and(|t| doc.mention_at(t.span.start).is_some()) || crate::attribute::named_in_apposition(doc, e, k) || company
        };
        // (nor a dateline's capital, written in capitals: "MANAMA, March 12 (Wire) - Bahrain's coast guard")
        let dateline = |m: &dyad_core::Mention| {
            let surface = doc.slice(m.span);
            surface.len() > 2
                && surface.chars().all(|c| !c.is_lowercase())
                && tok(doc, doc.token_at_or_after(m.span.end)) == ","
        };
        // (nor the agency of a dateline: "DUBAI, Dec 2 (Wire) -")
        let bracketed = |m: &dyad_core::Mention| {
            let (a, e) = (doc.token_at_or_after(m.span.start), doc.token_at_or_after(m.span.end));
            a > 0 && tok(doc, a - 1) == "(" && tok(doc, e) == ")"
        };
        let outside: Vec<_> = ms
            .iter()
            .filter(|m| !direct.iter().any(|d| d.contains(m.span)) && !after_preposition(m))
            .filter(|m| doc.entity(m.entity).kind != EntityKind::Place && !possessor(m) && !bracketed(m) && !dateline(m))
            .collect();
        if let Some(m) = outside.iter().find(|m| doc.entity(m.entity).kind == EntityKind::Person).or(outside.first()) {
            return (Some(m.entity), None);
        }
    }
    (None, None)
}

/// Reported speech whose attribution closes the sentence: "The two sides agreed to meet in Jeddah, the
/// Saudi foreign ministry said on Monday." or "…, said the ministry." The cue stands at token `j`
/// (`len` tokens); the speaker is named between the last comma and the cue, or after an inverted cue.
fn trailing(doc: &Document, r: std::ops::Range<usize>, j: usize, len: usize, cue: Span, direct: &[Span]) -> Option<Quote> {
    let at_end = |k: usize| k >= r.end || (matches!(tok(doc, k), "." | "!" | "?") && k + 1 >= r.end);
    // where the clause goes on after a cue set off inside it
    let mut mid: Option<usize> = None;
    // (a comma before the cue and nothing after it but a comma or the end: "…, who asked not to be named,
    // said, adding …" closes a subject set off by commas, no inversion)
    let nothing_after = at_end(j + len) || tok(doc, j + len) == ",";
    let (comma, speaker) = if j > r.start && tok(doc, j - 1) == "," && !nothing_after {
        // inverted: ", said the ministry." (a name or a noun phrase, no clause: not ", said he had …",
        // nor a participle: ", saying the UN should …")
        if !matches!(tok(doc, j), "said" | "says" | "added" | "adds" | "told") {
            return None;
        }
        // (the name may end at a comma opening a clause about it: ", said X, who edits a tabloid.")
        let e = (j + len..(j + len + 7).min(r.end))
            .find(|&x| at_end(x) || (tok(doc, x) == "," && matches!(tok(doc, x + 1), "who" | "whose" | "which")))?;
        let clause = (j + len..e).any(|x| {
            matches!(
                tok(doc, x),
                "he" | "she" | "they" | "it" | "we" | "I" | "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will"
                    | "could" | "should" | "must" | "can" | "may" | "might" | "did" | "does" | "do" | "that"
            )
        });
        if clause || e == j + len {
            return None;
        }
        (j - 1, speaker_in(doc, j + len..e, doc.tokens[j].span.start, direct).0?)
    } else {
        // ("The deal was close, Mr Brown told reporters.": past the one told — a name, or up to four
        // words — to the clause's end)
        let mut from = j + len;
        if matches!(tok(doc, j), "told" | "tells") {
            let name_at = if tok(doc, from).eq_ignore_ascii_case("the") { from + 1 } else { from };
            from = match doc.tokens.get(name_at).and_then(|t| doc.mention_at(t.span.start)) {
                Some(m) => doc.token_at_or_after(m.span.end),
                None => (from..(from + 4).min(r.end)).find(|&x| doc.tokens[x].kind == TokenKind::Punct).unwrap_or(from),
            };
        }
        let (after, what) = skip_adjunct(doc, from, r.end);
        let continued = tok(doc, after) == "," && matches!(tok(doc, after + 1), "adding" | "saying");
        // "Likely measures, she noted, could include …": the cue set off by commas inside the clause
        let rest_words = (after + 1..r.end).filter(|&x| doc.tokens[x].kind != TokenKind::Punct).count();
        let inside = tok(doc, after) == ","
            && !continued
            && rest_words >= 3
            && tok(doc, after + 1).starts_with(char::is_lowercase)
            && !matches!(
                tok(doc, after + 1),
                "and" | "but" | "or" | "while" | "as" | "when" | "before" | "after" | "which" | "who" | "although" | "though"
                    | "because" | "since" | "whereas" | "if" | "unless" | "until" | "so" | "then" | "according"
            )
            && !direct.iter().any(|d| d.contains(doc.tokens[after + 1].span));
        if !(at_end(after) || continued || inside) || what == Some(Adjunct::Occasion) {
            return None;
        }
        if inside {
            mid = Some(after + 1);
        }
        let mut c = (j.saturating_sub(10).max(r.start)..j).rev().find(|&x| tok(doc, x) == ",")?;
        // ("…, a Western security official in Cotonou, who asked not to be named, said": the subject
        // stands before the relative clause set off by commas)
        let mut j = j;
        if c + 1 >= j && mid.is_none() {
            let rel = (c.saturating_sub(12).max(r.start)..c).rev().find(|&x| tok(doc, x) == "," && matches!(tok(doc, x + 1), "who" | "whose"))?;
            c = (rel.saturating_sub(10).max(r.start)..rel).rev().find(|&x| tok(doc, x) == ",")?;
            j = rel;
        }
        if c + 1 >= j {
            return None;
        }
        // (set off inside the clause, the cue has its subject alone between the commas — not "and he
        // says,", ", which he has denied,", "which, he claimed," — and no joining word before them)
        if mid.is_some() {
            let joining = |w: &str| {
                matches!(
                    w.to_lowercase().as_str(),
                    "and" | "but" | "or" | "which" | "who" | "whom" | "that" | "as" | "since" | "because" | "when" | "while" | "if"
                        | "though" | "although" | "where" | "so"
                )
            };
            if (c + 1..j).any(|x| joining(tok(doc, x))) || c == r.start || joining(tok(doc, c - 1)) {
                return None;
            }
        }
        // "…, it said.": the body named before the sentence, not one inside what was said
        let who = match (c + 1..j).filter(|&x| !SUBJECT_FILLERS.contains(&tok(doc, x))).collect::<Vec<_>>()[..] {
            [x] if matches!(tok(doc, x), "it" | "they") => resolve_back(doc, doc.tokens[r.start].span.start, direct, Some(false), None)
                .filter(|&e| doc.entity(e).kind == EntityKind::Organization),
            [x] if matches!(tok(doc, x), "he" | "she") => {
                resolve_back(doc, doc.tokens[r.start].span.start, direct, Some(true), dyad_core::Gender::of_pronoun(tok(doc, x)))
            }
            _ => subject(doc, c + 1, j, direct).0,
        };
        (c, who?)
    };
    // the clause before the comma, without its opening and closing marks
    let (mut a, mut b) = (r.start, comma);
    // ("PORT SUDAN, Sept 9 (Dyad Wire) - The two sides agreed …": not the dateline)
    a = past_dateline(doc, a, b);
    while a < b && matches!(tok(doc, a), "“" | "\"" | "‘") {
        a += 1;
    }
    while b > a && matches!(tok(doc, b - 1), "”" | "\"" | "’" | "," | ".") {
        b -= 1;
    }
    let mut words = (a..b).filter(|&x| doc.tokens[x].kind != TokenKind::Punct).count();
    let first = Span::new(doc.tokens.get(a)?.span.start, doc.tokens.get(b.checked_sub(1)?)?.span.end);
    let (span, parts) = match mid {
        Some(m) => {
            let mut e = r.end;
            while e > m && matches!(tok(doc, e - 1), "." | "!" | "?" | "”" | "\"") {
                e -= 1;
            }
            if e <= m {
                return None;
            }
            words += (m..e).filter(|&x| doc.tokens[x].kind != TokenKind::Punct).count();
            let second = Span::new(doc.tokens[m].span.start, doc.tokens[e - 1].span.end);
            (Span::new(first.start, second.end), vec![first, second])
        }
        None => (first, Vec::new()),
    };
    // (a quotation of its own is the direct quotation's, attributed already)
    // (three words make a statement when one is a finite auxiliary: "Wages would rise, he said")
    let finite = (a..b).any(|x| AUXILIARIES.contains(&tok(doc, x)));
    // (a quotation of its own is the direct quotation's, attributed already — but a short quoted phrase
    // inside the clause is part of it: 'The PA was exerting "a 100% effort" to end the violence, Mr
    // Abbas added')
    let whole = |d: &Span| d.contains(span) || (span.contains(*d) && (d.end - d.start) * 2 > span.end - span.start);
    if words < 3 || (words == 3 && !finite) || direct.iter().any(whole) {
        return None;
    }
    Some(Quote { span, parts, speaker: Some(speaker), cue: Some(cue), kind: QuoteKind::Indirect })
}

/// What [`skip_adjunct`] passed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Adjunct {
    /// A time, a place or a short occasion, after which the clause may follow without "that": "on
    /// Tuesday", "late on Monday", "last week", "yesterday", "in Ankara", "in a statement".
    Time,
    /// An occasion or place, taken only when "that" follows: "in a statement", "at a news conference in Kyiv".
    Occasion,
}

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// Skips the time or occasion adjuncts standing at token `k` (before `end`), returning where the
/// reported clause may begin and what was skipped; `k` itself and `None` when nothing was.
fn skip_adjunct(doc: &Document, mut k: usize, end: usize) -> (usize, Option<Adjunct>) {
    let start = k;
    let mut what = None;
    let is_num = |i: usize| tok(doc, i).chars().next().is_some_and(|c| c.is_ascii_digit());
    while k < end {
        let w = tok(doc, k);
        let lower = w.to_lowercase();
        let time_len = match lower.as_str() {
            "yesterday" | "today" | "tonight" | "overnight" | "earlier" | "later" | "again" | "separately" | "publicly"
            | "privately" | "repeatedly" | "also" | "previously" | "recently" | "afterwards" | "afterward" | "then" | "now"
            | "once" => 1,
            "late" | "early" if tok(doc, k + 1) == "on" => 1,
            // ("said only that Brussels would respect …": how little was said, then what)
            "only" | "simply" | "merely" | "just" if tok(doc, k + 1) == "that" => 1,
            // ("insisted two days later that …", "said a week ago that …")
            "two" | "three" | "four" | "five" | "several" | "a" | "few"
                if matches!(tok(doc, k + 1), "days" | "weeks" | "months" | "years" | "day" | "week" | "month" | "year" | "hours")
                    && matches!(tok(doc, k + 2), "later" | "ago" | "earlier") =>
            {
                3
            }
            "last" | "this" | "next"
                if matches!(tok(doc, k + 1), "week" | "month" | "year" | "night" | "weekend" | "morning" | "evening" | "afternoon")
                    || WEEKDAYS.contains(&tok(doc, k + 1)) =>
            {
                2
            }
            "on" if WEEKDAYS.contains(&tok(doc, k + 1)) => {
                2 + usize::from(matches!(tok(doc, k + 2), "night" | "morning" | "evening" | "afternoon"))
            }
            "on" if MONTHS.contains(&tok(doc, k + 1)) && is_num(k + 2) => 3,
            "on" if is_num(k + 1) && MONTHS.contains(&tok(doc, k + 2)) => 3,
            _ => 0,
        };
        // "said in Ankara the ceasefire …": a place named after "in"
        let place_len = match (lower.as_str(), doc.tokens.get(k + 1).and_then(|t| doc.mention_at(t.span.start))) {
            ("in", Some(m)) if matches!(doc.entity(m.entity).kind, EntityKind::Place | EntityKind::State) => {
                doc.token_at_or_after(m.span.end) - k
            }
            _ => 0,
        };
        let time_len = time_len.max(place_len);
        if time_len > 0 {
            k += time_len;
            what.get_or_insert(Adjunct::Time);
            continue;
        }
        // "in a statement", "at a news conference in Kyiv", "during a visit to Ankara", "in Geneva":
        // only when "that" follows within a few words, with no punctuation between
        if matches!(lower.as_str(), "in" | "at" | "during" | "after" | "on" | "via" | "to") {
            // ("said in a report that was leaked on Monday that …": a "that" followed by a verb opens a
            // relative clause on the noun before it, not what was said)
            let relative = |x: usize| AUXILIARIES.contains(&tok(doc, x + 1));
            // (and not past a relative clause: "respond to people who said that …")
            if let Some(t) = (k + 1..(k + 12).min(end))
                .take_while(|&x| doc.tokens[x].kind != TokenKind::Punct && !matches!(tok(doc, x), "who" | "which" | "whom" | "where"))
                .find(|&x| tok(doc, x) == "that" && !relative(x))
            {
                return (t, Some(Adjunct::Occasion));
            }
            // "said in a statement it would …", "said at a news conference the talks …": a short occasion
            // followed by a clause's subject
            if matches!(lower.as_str(), "in" | "at") && matches!(tok(doc, k + 1), "a" | "an" | "his" | "her" | "its" | "their") {
                let subject_at = |x: usize| matches!(tok(doc, x), "it" | "he" | "she" | "they" | "we" | "the");
                let words = if subject_at(k + 3) { 3 } else if subject_at(k + 4) && doc.tokens[k + 3].kind != TokenKind::Punct { 4 } else { 0 };
                if words > 0 && (k + 2..k + words).all(|x| tok(doc, x).chars().all(|c| c.is_lowercase())) {
                    k += words;
                    what.get_or_insert(Adjunct::Time);
                    continue;
                }
            }
        }
        break;
    }
    if k == start {
        (start, None)
    } else {
        (k, what)
    }
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
    let (mut speaker, _) = speaker_in(doc, (j + 2)..x_end, doc.tokens[j].span.start, direct);
    speaker?;
    // ("according to diplomats in Muscat": a place after a preposition is where the unnamed sources
    // are, not who they are)
    let phrase = Span::new(doc.tokens[j + 2].span.start, doc.tokens[x_end.max(j + 3) - 1].span.end);
    let free = doc.mentions_in(phrase).iter().any(|m| {
        let i = doc.token_at_or_after(m.span.start);
        !(i > j + 2 && matches!(tok(doc, i - 1), "in" | "on" | "of" | "from" | "at" | "near" | "across"))
    });
    let unnamed = ((j + 2)..x_end.min(j + 6)).any(|i| {
        matches!(
            tok(doc, i),
            "diplomats" | "officials" | "sources" | "analysts" | "people" | "residents" | "witnesses" | "observers" | "experts" | "officers"
                // ("according to port records in Montevideo": papers, not people, and not the town)
                | "records" | "data" | "figures" | "documents" | "estimates" | "statistics" | "filings" | "footage" | "images" | "polls"
        )
    });
    if unnamed && !free {
        return None;
    }
    // ("… was told that according to Defra's lawyers, X": what follows X, as at the sentence's start)
    let leading = (r.start..j).all(|i| matches!(tok(doc, i), "But" | "And" | "Yet" | "," | "“")) || (j > r.start && tok(doc, j - 1) == "that");
    // "…, according to the British military's maritime security agency, UKMTO.": the name set off
    // after the description closing the sentence is the source
    let name_at = if tok(doc, x_end + 1).eq_ignore_ascii_case("the") { x_end + 2 } else { x_end + 1 };
    if !leading && tok(doc, x_end) == "," && name_at < r.end {
        if let Some(m) = doc.mention_at(doc.tokens[name_at].span.start) {
            let after = doc.token_at_or_after(m.span.end);
            let closes = after >= r.end || matches!(tok(doc, after), "." | "!" | "?");
            if closes && matches!(doc.entity(m.entity).kind, EntityKind::Person | EntityKind::Organization | EntityKind::Group) {
                speaker = Some(m.entity);
            }
        }
    }
    // ("According to its Paris lawyer, Emmanuel Gaillard, Yukos will sue": the name set off after the
    // description is the source, and what was said starts after it)
    let mut from = x_end + 1;
    if leading && tok(doc, x_end) == "," {
        if let Some(m) = doc.tokens.get(x_end + 1).and_then(|t| doc.mention_at(t.span.start)) {
            let after = doc.token_at_or_after(m.span.end);
            if doc.entity(m.entity).kind == EntityKind::Person && tok(doc, after) == "," && after + 1 < r.end {
                speaker = Some(m.entity);
                from = after + 1;
            }
        }
    }
    let (a, mut b) = if leading { (from, r.end) } else { (r.start, j) };
    while b > a && matches!(tok(doc, b - 1), "," | "." | "!" | "?") {
        b -= 1;
    }
    if b <= a || a >= r.end {
        return None;
    }
    let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
    Some(Quote { span, parts: Vec::new(), speaker, cue: Some(cue), kind: QuoteKind::Indirect })
}

/// After "told": a listener — a name the actors stage found, or people addressed in the plural
/// ("reporters", "MPs") — then the start of a clause whose subject is a pronoun or a noun phrase and
/// which has an auxiliary of its own within a few words ("told Newsnight the government had …").
fn listener_then_clause(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let mut c;
    if let Some(m) = doc.tokens.get(k).and_then(|t| doc.mention_at(t.span.start)) {
        c = doc.token_at_or_after(m.span.end);
        // ("BBC Radio 4's Today programme")
        while c + 1 < end && matches!(tok(doc, c), "'s" | "’s") {
            c += 1;
            while c < end && tok(doc, c).starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) {
                c += 1;
            }
            if matches!(tok(doc, c), "programme" | "show" | "newspaper" | "paper") {
                c += 1;
            }
        }
    } else if tok(doc, k).starts_with(|ch: char| ch.is_uppercase()) && !matches!(tok(doc, k), "He" | "She" | "They" | "The" | "It") {
        // (a programme or paper the actors stage did not take for a name: "told Newsnight")
        c = k;
        while c < end && c < k + 4 && tok(doc, c).starts_with(|ch: char| ch.is_uppercase()) {
            c += 1;
        }
    } else if matches!(tok(doc, k), "reporters" | "journalists" | "MPs" | "peers" | "delegates" | "supporters" | "activists" | "listeners" | "viewers") {
        c = k + 1;
    } else {
        return None;
    }
    if c >= end || c == k {
        return None;
    }
    let first = tok(doc, c);
    let subject = matches!(first, "he" | "she" | "they" | "we" | "it" | "the" | "his" | "her" | "their" | "its" | "there" | "ministers" | "Mr" | "Mrs" | "Ms");
    let aux = (c + 1..(c + 7).min(end)).take_while(|&x| !matches!(tok(doc, x), "," | "." | ";" | ":")).any(|x| AUXILIARIES.contains(&tok(doc, x)));
    (subject && aux).then_some(c)
}

