//! The events stage: who did what to whom, when.
//!
//! # Overview
//! [`EventsStage`] codes events sentence by sentence:
//! 1. **Triggers** ([`lexicon`]): verb patterns ("agreed to * treaty",
//!    "imposed * sanctions", "spoke with") and nominal events ("visit",
//!    "talks", "refusal", "ceasefire") from `data/verbs.tsv` and
//!    `data/nouns.tsv`, each with a CAMEO code; `data/cameo.tsv` gives the
//!    Goldstein score and PLOVER type, the QuadClass follows from the root.
//!    Without a part-of-speech tagger, a base or -s verb form counts only
//!    after a subject, modal, "to" or pronoun; a past form unless a
//!    determiner precedes it ("the talks" is the noun).
//! 2. **Source and target** ([`roles`]): the actor left of a verb (not the
//!    object of a preposition), coordinated subjects ("Azerbaijan and Armenia
//!    agreed"), passives ("was attacked by"), the first actor after it; for
//!    nominal events the possessor ("Witkoff’s visit"), "between X and Y",
//!    "by X", "to/with/on/against X", and compounds ("Israeli-Hamas truce").
//! 3. **Modality** ([`modality`]): negated, reported (inside a quotation or
//!    reported clause), hypothetical, speculative, planned or asserted.
//! 4. **Dates** ([`dates`]): the nearest date expression in the sentence,
//!    resolved against the publication date.
//!
//! [`score`] reads evaluation records and scores a run.
//!
//! # Example
//! ```
//! use dyad_core::{Document, Entity, EntityKind, Mention, MentionKind, Plover, Span, Stage};
//! let mut doc = Document::from_text("Armenia and Azerbaijan signed a peace treaty.");
//! dyad_text::TextStage.process(&mut doc).unwrap();
//! for (name, iso) in [("Armenia", "ARM"), ("Azerbaijan", "AZE")] {
//!     let s = doc.text.find(name).unwrap();
//!     let mut e = Entity::new(name, EntityKind::State);
//!     e.country = Some(iso.into());
//!     let id = doc.add_entity(e);
//!     doc.add_mention(Mention { span: Span::new(s, s + name.len()), entity: id, kind: MentionKind::Name });
//! }
//! dyad_events::EventsStage.process(&mut doc).unwrap();
//! assert_eq!(doc.events[0].plover, Plover::Agree);
//! assert_eq!(doc.events[0].cameo, "057");
//! ```
#![deny(missing_docs)]

pub mod dates;
pub mod lexicon;
pub mod modality;
pub mod roles;
pub mod score;

use dyad_core::{Document, Event, Layer, Span, Stage, StageError};
use lexicon::{Elem, Lexicon, VerbForm};

/// Codes events.
#[derive(Debug, Default, Clone, Copy)]
pub struct EventsStage;

impl Stage for EventsStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Entities, Layer::Quotes]
    }
    fn provides(&self) -> &'static [Layer] {
        &[Layer::Events]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let lx = Lexicon::builtin();
        let mut events = Vec::new();
        for s in doc.sentences.clone() {
            let r = doc.token_range(s);
            let dates = dates::find(doc, r.clone(), doc.meta.published);
            let unresolved = dates::unresolved(doc, r.clone(), doc.meta.published);
            let mut i = r.start;
            // the last verb event of the sentence: (type, token where it ended)
            let mut governor: Option<(dyad_core::Plover, usize)> = None;
            while i < r.end {
                let Some(t) = trigger_at(doc, lx, i, r.end) else {
                    i += 1;
                    continue;
                };
                let p = &lx.patterns[t.pattern];
                // ("the report will be released on 11 March": a document released is published, no one freed)
                let published_thing = t.verb
                    && tok(doc, t.head).to_lowercase().starts_with("release")
                    && (r.start.max(t.head.saturating_sub(5))..t.head).any(|k| {
                        matches!(
                            tok(doc, k).to_lowercase().as_str(),
                            "report" | "reports" | "statement" | "figures" | "data" | "document" | "documents" | "video" | "footage" | "album"
                                | "film" | "details" | "results" | "study" | "survey" | "book" | "findings" | "statistics" | "estimates" | "forecast"
                                | "transcript" | "recording" | "memo" | "papers" | "minutes" | "accounts" | "single"
                        )
                    })
                    && (t.head.saturating_sub(3)..t.head).any(|k| matches!(tok(doc, k), "was" | "were" | "be" | "been" | "is" | "are"));
                if published_thing {
                    i = t.end;
                    continue;
                }
                // ("rejects ceasefire plan", "a peace proposal": a noun that names what a plan or an
                // offer is about is no event)
                let modifier = !t.verb
                    && matches!(
                        tok(doc, t.end).to_lowercase().as_str(),
                        "plan" | "plans" | "proposal" | "proposals" | "offer" | "idea" | "draft" | "framework" | "initiative" | "bid" | "call" | "calls"
                            // ("China's trade deficits with the US", "a trade dispute": what trade is, not trading)
                            | "deficit" | "deficits" | "surplus" | "surpluses" | "figures" | "data" | "gap" | "imbalance" | "imbalances"
                            | "balance" | "volume" | "volumes" | "statistics" | "dispute" | "disputes" | "war" | "wars" | "row" | "tensions"
                            | "barriers" | "tariffs" | "restrictions" | "policy" | "policies" | "rules" | "minister" | "secretary"
                            | "representative" | "commissioner" | "body" | "bloc" | "union" | "unions" | "negotiator" | "negotiators"
                    );
                if p.cameo == lexicon::NO_EVENT || modifier {
                    i = t.end;
                    continue;
                }
                let info = &lx.cameo[&p.cameo];
                let mut mode = modality::mode(doc, r.clone(), t.head, info.plover);
                // "called on X to release …", "threatened to strike …": the complement is the
                // demand's or threat's content, not an event; "agreed to meet …" is a plan
                if let Some((g, end)) = governor {
                    let complement = t.verb && t.head >= end && t.head - end <= 8 && (end.saturating_sub(1)..t.head).any(|k| tok(doc, k) == "to");
                    if complement {
                        match g {
                            dyad_core::Plover::Request | dyad_core::Plover::Threaten | dyad_core::Plover::Coerce => {
                                i = t.end;
                                continue;
                            }
                            dyad_core::Plover::Agree if mode == dyad_core::Mode::Asserted => mode = dyad_core::Mode::Planned,
                            _ => {}
                        }
                    }
                }
                // ("motions asking him to apologise", "urging Britain to pull out": what someone is asked
                // to do is a demand's content, not an event, where no demand was read as one)
                let asked = t.verb
                    && t.head >= 2
                    && tok(doc, t.head - 1) == "to"
                    && (t.head.saturating_sub(6).max(r.start)..t.head - 1).any(|k| {
                        matches!(
                            tok(doc, k).to_lowercase().as_str(),
                            "asking" | "asked" | "asks" | "ask" | "urging" | "urged" | "urges" | "urge" | "demanding" | "pressing" | "pressed"
                                | "telling" | "ordering" | "persuade" | "persuading" | "begging" | "begged" | "inviting"
                        )
                    })
                    && !(t.head.saturating_sub(6).max(r.start)..t.head - 1).any(|k| matches!(tok(doc, k), "was" | "were" | "been" | "is" | "are"));
                // ("Tutu's Guantanamo release call", "the Tories' call for a quota": a call that is no
                // telephone call — one with someone, a phone call — is an appeal, read as one elsewhere)
                let no_phone = p.cameo == "041"
                    && matches!(doc.slice(t.span).to_lowercase().as_str(), "call" | "calls")
                    && !matches!(tok(doc, t.end), "with" | "between")
                    && !(t.head > 0 && matches!(tok(doc, t.head - 1).to_lowercase().as_str(), "phone" | "telephone" | "video"))
                    && !(t.head > 1 && matches!(tok(doc, t.head - 1), "a" | "the") && matches!(tok(doc, t.head - 2), "held" | "had" | "hold" | "holds" | "made"));
                if asked || no_phone {
                    i = t.end;
                    continue;
                }
                if t.verb {
                    governor = Some((info.plover, t.end));
                }
                let distance = |start: usize, end: usize| if end <= t.head { t.head - end } else { start.saturating_sub(t.end) };
                // ("Moscow, which signed a treaty with Pyongyang in 2024, blamed Washington": a date inside
                // a relative clause dates that clause only)
                let clause = |k: usize| relative_clause(doc, r.clone(), k);
                // ("… operational by 2027, and the two governments signed …": nor across ", and" / ", but")
                let across = |d: &dates::DateExpr| {
                    let (a, b) = if d.end <= t.head { (d.end, t.head) } else { (t.end, d.start) };
                    (a..b).any(|x| tok(doc, x) == "," && matches!(tok(doc, x + 1), "and" | "but" | "while" | "whereas"))
                };
                let nearest = dates
                    .iter()
                    .filter(|d| clause(d.start) == clause(t.head) && !across(d))
                    .min_by_key(|d| distance(d.start, d.end));
                let blocked = unresolved.iter().any(|(a, b)| nearest.is_none_or(|d| distance(*a, *b) < distance(d.start, d.end)));
                let date = if blocked { None } else { nearest.map(|d| d.date) };
                // ("the G8 summit will be held in July", "Straw is to visit Thailand on Tuesday": what is
                // planned falls on the next such month or weekday, not the last one)
                let date = match (date, nearest, doc.meta.published) {
                    (Some(d), Some(n), Some(p)) if n.inferred && mode == dyad_core::Mode::Planned => Some(dates::forward(d, p)),
                    _ => date,
                };
                if let Some((speaker, code)) = threat_of(doc, r.clone(), &t, info.plover, mode) {
                    // "warned that the military would strike hideouts inside Afghanistan": the
                    // warning is the event, a threat by its speaker against the act's target
                    let ti = &lx.cameo[code];
                    let parties = roles::parties(doc, r.clone(), &t, p.sym);
                    let mut targets: Vec<Option<dyad_core::EntityId>> = parties.iter().map(|x| x.1).collect();
                    targets.dedup();
                    if targets.is_empty() {
                        targets.push(None);
                    }
                    let source = speaker.or_else(|| parties.first().and_then(|x| x.0));
                    if source.is_none() && targets.iter().all(|x| x.is_none()) {
                        targets.clear();
                    }
                    for target in targets.into_iter().filter(|x| x.is_none() || *x != source) {
                        events.push(Event {
                            plover: ti.plover,
                            cameo: code.to_string(),
                            source,
                            target,
                            trigger: t.span,
                            mode: dyad_core::Mode::Asserted,
                            date,
                            goldstein: ti.goldstein,
                            quad: ti.quad,
                        });
                    }
                    i = t.end;
                    continue;
                }
                // ("warned against placing too much weight on one month's data", "warned his supporters
                // against complacency": advice aimed at no actor is no threat)
                let advice = p.cameo == "130" && tok(doc, t.end.saturating_sub(1)) == "against";
                for (source, mut target) in roles::parties(doc, r.clone(), &t, p.sym) {
                    if advice && target.is_none() {
                        continue;
                    }
                    // ("a missile strike on Odesa killed nine": force against a town is against its state)
                    // ("visited Almaty", "travelled to Odesa": a visit to a town is a visit to its state)
                    // (a visit to a town of the visitor's own state is no visit abroad: "German Chancellor X
                    // visited Hamburg")
                    let visit = matches!(p.cameo.as_str(), "042" | "043");
                    let own = source.and_then(|s| doc.entity(s).country.clone());
                    let abroad = |x: &dyad_core::EntityId| !visit || own.is_none() || doc.entity(*x).country != own;
                    if target.is_none() && (info.plover == dyad_core::Plover::Assault || visit) {
                        target = roles::struck_state(doc, t.end, r.end).filter(|x| Some(*x) != source && abroad(x));
                    }
                    // ("visited Mombasa" where the text names no Kenya: the town itself, which carries its
                    // country, unless it is the visitor's own)
                    if target.is_none() && visit {
                        target = roles::struck_place(doc, t.end, r.end).filter(|x| doc.entity(*x).country.is_some() && abroad(x));
                    }
                    // ("the Coalition stepped up its attacks on Labor's handling of …": an attack by or on a
                    // party, or on a policy, is words)
                    if info.plover == dyad_core::Plover::Assault && political_attack(doc, &t, r.end, source, target) {
                        let ci = &lx.cameo["111"];
                        events.push(Event {
                            plover: ci.plover,
                            cameo: "111".to_string(),
                            source,
                            target,
                            trigger: t.span,
                            mode,
                            date,
                            goldstein: ci.goldstein,
                            quad: ci.quad,
                        });
                        continue;
                    }
                    events.push(Event {
                        plover: info.plover,
                        cameo: p.cameo.clone(),
                        source,
                        target,
                        trigger: t.span,
                        mode,
                        date,
                        goldstein: info.goldstein,
                        quad: info.quad,
                    });
                }
                i = t.end;
            }
        }
        // (a headline announces what the body tells again: one event, not two; parties compare by
        // their state when they have one — "Belarusian diplomat" and "a Belarusian diplomat")
        if let Some(h) = headline(&doc.text) {
            let party = |x: Option<dyad_core::EntityId>| -> Option<String> {
                x.map(|e| doc.entity(e).country.clone().unwrap_or_else(|| format!("#{}", e.index())))
            };
            let key = |e: &Event| (e.plover, party(e.source), party(e.target));
            let in_body = |e: &Event| !h.contains(e.trigger);
            let body: Vec<_> = events.iter().filter(|e| in_body(e)).map(key).collect();
            let mut kept: Vec<_> = Vec::new();
            events.retain(|e| {
                if in_body(e) {
                    return true;
                }
                let k = key(e);
                // (told again below, or already once in the headline)
                let repeated = body.iter().any(|b| b.0 == k.0 && (b.1 == k.1 || k.1.is_none()) && (b.2 == k.2 || k.2.is_none()));
                if repeated || kept.contains(&k) {
                    return false;
                }
                kept.push(k);
                true
            });
        }
        // ("Witkoff's visit to Baku … the purpose of the visit was …": a definite or owned noun naming again an
        // event the text told before, with no party the first telling lacks, is that event, not another)
        let mut kept: Vec<Event> = Vec::new();
        for e in events {
            let at = doc.token_at_or_after(e.trigger.start);
            let word = doc.slice(e.trigger).to_lowercase();
            // (or owned: "Steve Witkoff's visit likely aims to …" after "Steve Witkoff's visit to Baku")
            let definite = at > 0 && matches!(tok(doc, at - 1).to_lowercase().as_str(), "the" | "this" | "that" | "his" | "her" | "its" | "their" | "'s" | "’s");
            let again = definite
                && kept.iter().any(|k| {
                    k.cameo == e.cameo
                        && doc.slice(k.trigger).to_lowercase() == word
                        && (e.source.is_none() || e.source == k.source)
                        && (e.target.is_none() || e.target == k.target)
                });
            if !again {
                kept.push(e);
            }
        }
        doc.events = kept;
        Ok(())
    }
}

/// The headline a plain text opens with: a first line of at most twenty words that ends without a
/// full stop and is followed by an empty line ("Russian ex-spy on hunger strike\n\nAn ex-Russian …").
fn headline(text: &str) -> Option<dyad_core::Span> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let end = rest.find('\n')?;
    let line = rest[..end].trim_end();
    let blank_after = rest[end + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n');
    let words = line.split_whitespace().count();
    let closed = line.ends_with(['.', '!', ':', '"', '”']);
    (blank_after && !closed && (2..=20).contains(&words)).then(|| dyad_core::Span::new(lead, lead + line.len()))
}

/// A forceful act announced in what a warning or threat reports ("warned that
/// the army would strike …", "threatened that it will impose sanctions"): the
/// speaker (when known) and the threat's CAMEO code — force (138), sanctions
/// (1312), else unspecified (130). Not when the act is negated.
fn threat_of(
    doc: &Document,
    r: std::ops::Range<usize>,
    t: &Trigger,
    plover: dyad_core::Plover,
    mode: dyad_core::Mode,
) -> Option<(Option<dyad_core::EntityId>, &'static str)> {
    use dyad_core::Plover as P;
    let code = match plover {
        P::Assault => "138",
        P::Sanction => "1312",
        P::Coerce | P::Mobilize => "130",
        _ => return None,
    };
    if mode == dyad_core::Mode::Negated {
        return None;
    }
    let at = doc.tokens[t.head].span;
    let warning = |w: &str| {
        let w = w.to_lowercase();
        w.starts_with("warn") || w.starts_with("threat")
    };
    let q = doc.quotes.iter().find(|q| q.span.contains(at) && q.cue.is_some_and(|c| warning(doc.slice(c))));
    // the warning's content: a quotation it cues, else the words after "warned that" in the sentence
    // ("… but warned that sanctions could return")
    let (from, speaker) = match q {
        Some(q) => (doc.token_at_or_after(q.span.start), q.speaker),
        None => {
            let sent = doc.sentence_of(at.start)?;
            let s0 = doc.token_at_or_after(sent.start);
            let that = (s0.max(t.head.saturating_sub(12))..t.head)
                .rev()
                .find(|&k| tok(doc, k) == "that" && k > s0 && warning(tok(doc, k - 1)))?;
            if (that..t.head).any(|k| matches!(tok(doc, k), ";" | ":" | "“" | "”" | "\"")) {
                return None;
            }
            (that + 1, roles::speaker_of(doc, r, that - 1))
        }
    };
    const MODALS: &[&str] = &["would", "will", "’ll", "'ll", "could", "shall", "might"];
    // the act the modal announces, not a condition after it ("would strike … if attacks continued");
    // a noun's modal may follow it ("sanctions could return")
    let before = (from..t.head).rev().find(|&k| MODALS.contains(&tok(doc, k)));
    let after = MODALS.contains(&tok(doc, t.end)).then_some(t.head);
    let modal = before.or(after)?;
    let condition = (modal..t.head).any(|k| matches!(tok(doc, k), "if" | "unless" | "should"));
    (!condition).then_some((speaker, code))
}

/// An "attack" that is criticism: the word "attack" itself (not a strike or a shelling) by or on a
/// political party, or aimed at a policy, a record or someone's handling of something.
fn political_attack(
    doc: &Document,
    t: &Trigger,
    end: usize,
    source: Option<dyad_core::EntityId>,
    target: Option<dyad_core::EntityId>,
) -> bool {
    // ("Spears clashed with Us Weekly": a clash of words, too)
    let head = tok(doc, t.head).to_lowercase();
    if !head.starts_with("attack") && !head.starts_with("clash") {
        return false;
    }
    let party = |e: Option<dyad_core::EntityId>| {
        e.is_some_and(|e| {
            let x = doc.entity(e);
            x.code.as_deref().is_some_and(|c| c.ends_with("PTY") || c.ends_with("OPP")) || x.name.ends_with(" Party")
        })
    };
    let policy = (t.end..(t.end + 6).min(end)).any(|k| {
        matches!(
            tok(doc, k),
            "handling" | "policy" | "policies" | "record" | "plan" | "plans" | "decision" | "remarks" | "comments" | "stance"
                | "approach" | "leadership" | "budget" | "proposals" | "reforms" | "credibility" | "way" | "idea" | "claims"
                | "decisions" | "failure" | "failures" | "response"
        )
    });
    // ("Kenya's president attacked critics of the deal", "Straw was attacked on China arms by
    // Conservative MPs": a person's attack, or one on a person, told without a weapon, a wound or a
    // fighting force is words)
    let person = |e: Option<dyad_core::EntityId>| e.is_some_and(|e| doc.entity(e).kind == dyad_core::EntityKind::Person);
    let violent = || {
        let Some(sentence) = doc.sentence_of(doc.tokens[t.head].span.start) else { return true };
        doc.token_range(sentence).any(|k| {
            let w = tok(doc, k).to_lowercase();
            VIOLENCE.contains(&w.as_str())
        })
    };
    party(source) || party(target) || policy || ((person(source) || person(target)) && !violent())
}

/// Words that make an attack physical: weapons, wounds, fighting forces and what they strike.
const VIOLENCE: &[&str] = &[
    "kill", "killed", "killing", "killings", "dead", "died", "death", "deaths", "wounded", "wounding", "injured", "injuring", "injuries",
    "hurt", "shot", "shooting", "shots", "gunfire", "gunmen", "gunman", "gun", "guns", "bomb", "bombs", "bombing", "bomber", "missile",
    "missiles", "rocket", "rockets", "drone", "drones", "troops", "soldiers", "forces", "militants", "militia", "rebels", "fighters",
    "insurgents", "artillery", "shelling", "shells", "airstrike", "airstrikes", "knife", "knives", "stabbed", "beaten", "beat", "armed",
    "weapons", "grenade", "grenades", "explosive", "explosives", "hostage", "hostages", "casualties", "convoy", "base", "mob", "assailants",
    "attackers", "police", "hospital", "hospitalised", "hospitalized", "jets", "warplanes", "raid", "ambush", "ambushed", "assassination",
];

/// The relative clause (", which … ,", ", who … ,", ", where … ,") token `k` lies in, as its
/// first token, if any.
fn relative_clause(doc: &Document, r: std::ops::Range<usize>, k: usize) -> Option<usize> {
    let open = (r.start + 1..=k.min(r.end.saturating_sub(1)))
        .rev()
        .take_while(|&x| x == k || tok(doc, x) != ",")
        .find(|&x| tok(doc, x - 1) == "," && matches!(tok(doc, x), "which" | "who" | "where" | "whose" | "whom"))?;
    Some(open)
}

/// A matched trigger.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    /// Head token (the verb or noun).
    pub head: usize,
    /// One past the last matched token.
    pub end: usize,
    /// Words of the trigger.
    pub span: Span,
    /// Index into `Lexicon::patterns`.
    pub pattern: usize,
    /// A verb (else a nominal event).
    pub verb: bool,
    /// The verb's form.
    pub form: Option<VerbForm>,
}

fn tok(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("")
}

const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "-", "’s", "'s", "no", "any", "some"];
const BASE_BEFORE: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "not", "n't", "did", "do", "does", "we",
    "they", "i", "you", "let", "’ll", "'ll", "never", "cannot", "jointly", "also",
];
const ING_BEFORE: &[&str] = &["is", "are", "was", "were", "be", "been", "after", "before", "while", "without", "by", "since", "in", "on", "of", "for", "from", "reportedly", "amid"];
const ADVERBS: &[&str] = &["also", "reportedly", "jointly", "repeatedly", "recently", "later", "then", "again", "further", "formally", "officially", "finally", "quickly", "swiftly", "already", "publicly", "once", "both", "all"];

fn verb_use(doc: &Document, head: usize, form: VerbForm, sent_start: usize) -> bool {
    let mut k = head;
    while k > sent_start && ADVERBS.contains(&tok(doc, k - 1).to_lowercase().as_str()) {
        k -= 1;
    }
    let prev = if k > sent_start { tok(doc, k - 1).to_lowercase() } else { String::new() };
    let prev_mention = if k > sent_start { doc.mentions.iter().find(|m| m.span.end == doc.tokens[k - 1].span.end) } else { None };
    // ("pushed Russian troops back": an actor right after a past verb is its object, and the base form
    // after it a particle, not a verb of its own)
    let object_of_verb = prev_mention.is_some_and(|m| {
        let b = doc.token_at_or_after(m.span.start);
        let b = if b > sent_start && DETERMINERS.contains(&tok(doc, b - 1).to_lowercase().as_str()) { b - 1 } else { b };
        b > sent_start && {
            let w = tok(doc, b - 1);
            w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
        }
    });
    let prev_is_actor = prev_mention.is_some() && !(form == VerbForm::Base && object_of_verb);
    match form {
        // ("Pedro Mendes' shot crossed the line": a possessive's apostrophe makes the word a noun)
        VerbForm::Past => !DETERMINERS.contains(&prev.as_str()) && !matches!(prev.as_str(), "'" | "’"),
        VerbForm::Base => BASE_BEFORE.contains(&prev.as_str()) || prev_is_actor,
        VerbForm::Third => prev_is_actor || matches!(prev.as_str(), "he" | "she" | "it" | "who" | "which" | "that"),
        // ("the Tokyo meeting", "a Paris meeting": a determiner before the actor makes the -ing word a noun)
        VerbForm::Ing => {
            let determined = prev_mention.is_some_and(|m| {
                let b = doc.token_at_or_after(m.span.start);
                b > sent_start && matches!(tok(doc, b - 1).to_lowercase().as_str(), "the" | "a" | "an" | "this" | "that" | "last" | "next")
            });
            ING_BEFORE.contains(&prev.as_str()) || (prev_is_actor && !determined)
        }
    }
}

/// Matches a pattern's words after its head from token `j`; `passive` when the head is a passive
/// participle ("was received by …"), whose gap may not open with "by".
fn match_rest(doc: &Document, rest: &[Elem], mut j: usize, end: usize, passive: bool, null: bool) -> Option<usize> {
    // (each "*" skips up to four words: "host * * refugees" up to eight)
    let mut gaps = 0;
    for e in rest {
        match e {
            Elem::Gap => gaps += 1,
            Elem::Word(alts) => {
                let gap = gaps > 0;
                // (a hyphenated compound is one word: "its air-defence radar data")
                let hyphens = if gap { (j..(j + 12).min(end)).filter(|&k| tok(doc, k) == "-").count() * 2 } else { 0 };
                let limit = (j + 1 + 4 * gaps + hyphens).min(end);
                let mut found = None;
                for k in j..limit {
                    let w = tok(doc, k);
                    // (nor does a gap open with "by": "was received by the president" is a passive)
                    if gap && (matches!(w, "." | ";" | "," | "“" | "”") || (passive && k == j && w == "by")) {
                        break;
                    }
                    if alts.iter().any(|a| a.eq_ignore_ascii_case(w)) {
                        found = Some(k);
                        break;
                    }
                    // (the words of a pattern that names no event stand in the verb's own phrase: "met a
                    // cool reception" is none, "met Mr Barnier at a reception" is a meeting)
                    // (a person's possessive is part of the phrase: "host Mr Brown's speech")
                    let person = || {
                        doc.mention_at(doc.tokens[k].span.start).is_some_and(|m| {
                            doc.entity(m.entity).kind == dyad_core::EntityKind::Person
                                && !matches!(tok(doc, doc.token_at_or_after(m.span.end)), "'s" | "’s")
                        })
                    };
                    if gap && null && (matches!(w, "at" | "during" | "after" | "before" | "in" | "on") || person()) {
                        break;
                    }
                }
                j = found? + 1;
                gaps = 0;
            }
        }
    }
    Some(j)
}

/// The trigger starting at token `i`, if any.
pub fn trigger_at(doc: &Document, lx: &Lexicon, i: usize, end: usize) -> Option<Trigger> {
    let w = tok(doc, i).to_lowercase();
    if doc.mention_at(doc.tokens[i].span.start).is_some() {
        return None;
    }
    let sent_start = doc.sentence_of(doc.tokens[i].span.start).map(|s| doc.token_at_or_after(s.start)).unwrap_or(0);
    if let Some(cands) = lx.verbs.get(&w) {
        for &(form, p) in cands {
            // ("India, Pakistan ministers trade accusations": a pattern's own words after the head make
            // it a verb where its subject is no actor found, unless a determiner makes it a noun)
            let worded = lx.patterns[p].rest.iter().any(|e| matches!(e, Elem::Gap))
                && lx.patterns[p].rest.iter().any(|e| matches!(e, Elem::Word(_)))
                && i > sent_start
                && {
                    // (after a plural noun that names no actor: "ministers", "officials")
                    let prev = tok(doc, i - 1);
                    prev.len() > 4
                        && prev.ends_with('s')
                        && !prev.ends_with("ss")
                        && prev.chars().all(|c| c.is_lowercase())
                        && !matches!(prev, "towards" | "afterwards" | "backwards" | "besides" | "unless" | "whereas" | "always" | "perhaps" | "sometimes" | "nevertheless")
                };
            if !verb_use(doc, i, form, sent_start) && !worded {
                continue;
            }
            let passive = i > 0 && matches!(tok(doc, i - 1), "was" | "were" | "been" | "is" | "are" | "be" | "being");
            if let Some(j) = match_rest(doc, &lx.patterns[p].rest, i + 1, end, passive, lx.patterns[p].cameo == "-") {
                let span = Span::new(doc.tokens[i].span.start, doc.tokens[j - 1].span.end);
                return Some(Trigger { head: i, end: j, span, pattern: p, verb: true, form: Some(form) });
            }
        }
    }
    if let Some(cands) = lx.nouns.get(&w) {
        for &p in cands {
            if let Some(j) = match_rest(doc, &lx.patterns[p].rest, i + 1, end, false, lx.patterns[p].cameo == "-") {
                let span = Span::new(doc.tokens[i].span.start, doc.tokens[j - 1].span.end);
                return Some(Trigger { head: i, end: j, span, pattern: p, verb: false, form: None });
            }
        }
    }
    None
}
