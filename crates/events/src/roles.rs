//! Source and target of an event from the sentence around its trigger.

use crate::Trigger;
use dyad_core::{Document, EntityId, EntityKind, Mention};
use std::ops::Range;

const PREPOSITIONS: &[&str] = &[
    "of", "in", "to", "with", "from", "for", "on", "at", "about", "against", "between", "among", "into", "over", "by",
    "toward", "towards", "near", "across", "vis-a-vis", "through", "under",
];
const BARRIERS: &[&str] = &[";", ".", "!", "?", "“", "”", "\"", "(", ")", "—"];

/// Verbs of reporting, witnessing or judging: their subject is not the agent of an event noun they
/// take ("the brigade reported heavy shelling", "Kyiv condemned the strike").
const REPORTING: &[&str] = &[
    "report", "reports", "reported", "deny", "denies", "denied", "condemn", "condemns", "condemned", "describe", "describes",
    "described", "witness", "witnessed", "document", "documented", "confirm", "confirms", "confirmed", "record", "recorded",
    "fear", "fears", "feared", "blame", "blames", "blamed", "allege", "alleged", "claim", "claims", "claimed", "say", "says",
    "said", "warn", "warns", "warned", "protest", "protested", "criticise", "criticised", "criticize", "criticized", "decry",
    "decried", "deplore", "deplored", "welcome", "welcomed", "welcomes", "heard", "saw", "noted", "notes", "mourned",
    "survived", "suffered", "endured", "faced", "faces", "face", "repelled", "repels", "repel", "withstood", "escaped",
];

fn tok(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("")
}

/// Mentions that can act: not places (a city where something happened is not a party).
fn actor(doc: &Document, m: &Mention) -> bool {
    doc.entity(m.entity).kind != EntityKind::Place
}

fn mention_at_tok(doc: &Document, i: usize) -> Option<Mention> {
    doc.tokens.get(i).and_then(|t| doc.mention_at(t.span.start)).copied()
}

/// Token index where mention `m` starts.
/// A mention that can be where something happens: a capital standing for its state, or a place.
fn venue(doc: &Document, m: &Mention) -> bool {
    m.kind == dyad_core::MentionKind::Metonym || doc.entity(m.entity).kind == EntityKind::Place
}

fn capitalised(doc: &Document, i: usize) -> bool {
    tok(doc, i).starts_with(char::is_uppercase)
}

fn start_tok(doc: &Document, m: &Mention) -> usize {
    doc.token_at_or_after(m.span.start)
}

/// The parties of an event: one `(source, target)` per source (coordinated
/// subjects of a one-sided verb each act), or nothing when no actor is found.
pub fn parties(doc: &Document, r: Range<usize>, t: &Trigger, sym: bool) -> Vec<(Option<EntityId>, Option<EntityId>)> {
    let (mut sources, mut target) = if t.verb { verb_parties(doc, r.clone(), t) } else { noun_parties(doc, r.clone(), t) };
    sources.dedup();
    // a nominal event needs its actor ("the visit" alone names no one's act)
    if !t.verb && sources.is_empty() {
        return Vec::new();
    }
    if target.is_some_and(|t| sources.contains(&t)) {
        target = None;
    }
    if sources.is_empty() && target.is_none() {
        return Vec::new();
    }
    // ("India, Pakistan ministers trade accusations at SCO meeting": a body after "at", "in" or "during"
    // is where the parties met, not a party)
    if sym && sources.len() >= 2 {
        let at_venue = target.is_some_and(|x| {
            doc.mentions.iter().filter(|m| m.entity == x && start_tok(doc, m) >= t.end && start_tok(doc, m) < r.end).any(|m| {
                let k = start_tok(doc, m);
                let k = if k > 0 && tok(doc, k - 1).eq_ignore_ascii_case("the") { k - 1 } else { k };
                k > 0 && matches!(tok(doc, k - 1), "at" | "in" | "during")
            })
        });
        if at_venue {
            target = None;
        }
    }
    if sym && sources.len() >= 2 && target.is_none() {
        // ("Niger, Mali and Burkina Faso met": each pair of the parties, as dyadic coding has it)
        let n = sources.len().min(4);
        return (0..n).flat_map(|a| (a + 1..n).map(move |b| (a, b))).map(|(a, b)| (Some(sources[a]), Some(sources[b]))).collect();
    }
    // ("met Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder": each
    // coordinated object is a target)
    let targets = match target {
        Some(x) => coordinated(doc, &r, t, x),
        None => vec![],
    };
    if targets.len() > 1 {
        let sources: Vec<Option<EntityId>> = if sources.is_empty() { vec![None] } else { sources.into_iter().map(Some).collect() };
        return sources
            .iter()
            .flat_map(|&s| targets.iter().filter(move |&&x| Some(x) != s).map(move |&x| (s, Some(x))))
            .collect();
    }
    if sources.is_empty() {
        return vec![(None, target)];
    }
    sources.into_iter().map(|s| (Some(s), target.filter(|t| *t != s))).collect()
}

/// The target and the actors joined to it after the trigger by "and" or a list's commas (at most
/// four); the target alone when it stands before the trigger, after "between" (the two sides of a
/// pair already), or with nothing joined to it.
fn coordinated(doc: &Document, r: &Range<usize>, t: &Trigger, target: EntityId) -> Vec<EntityId> {
    let mut out = vec![target];
    let Some(m) = doc.mentions.iter().find(|m| m.entity == target && start_tok(doc, m) >= t.end && start_tok(doc, m) < r.end) else {
        return out;
    };
    let ms = start_tok(doc, m);
    // ("talks between X and Y": the pair are source and target already; but "Iran brokered a truce
    // between X and Y" has both as the verb's targets)
    if !t.verb && (ms.saturating_sub(3).max(t.end)..ms).any(|k| tok(doc, k) == "between") {
        return out;
    }
    let mut k = doc.token_at_or_after(m.span.end);
    // (the rest of the target's phrase: a title's name already taken, "of the Foreign Office")
    while out.len() < 4 && k + 1 < r.end {
        let mut w = tok(doc, k);
        // (", and Palestinian leader X": a serial comma)
        if w == "," && tok(doc, k + 1) == "and" {
            k += 1;
            w = "and";
        }
        let joined = w == "and" || (w == "," && (k + 1..(k + 12).min(r.end)).any(|x| tok(doc, x) == "and"));
        let next = tok(doc, k + 1);
        let opens = next.starts_with(char::is_uppercase) || matches!(next, "the" | "his" | "her" | "its" | "their");
        if !joined || !opens {
            break;
        }
        let Some(x) = object(doc, k + 1, (k + 7).min(r.end)) else { break };
        let Some(xm) = doc.mentions.iter().find(|n| n.entity == x && start_tok(doc, n) > k && start_tok(doc, n) < (k + 7).min(r.end)) else { break };
        if !out.contains(&x) {
            out.push(x);
        }
        k = doc.token_at_or_after(xm.span.end);
        // (a person's mention right after a title's state: go on from the person)
        if let Some(pm) = doc.mentions.iter().filter(|n| n.entity == x && start_tok(doc, n) >= k && start_tok(doc, n) < (k + 5).min(r.end)).last() {
            k = doc.token_at_or_after(pm.span.end);
        }
        if tok(doc, k) == "and" && w == "and" {
            continue;
        }
    }
    out
}

fn verb_parties(doc: &Document, r: Range<usize>, t: &Trigger) -> (Vec<EntityId>, Option<EntityId>) {
    // passive: "was attacked by X", "if pressured", "has been shelled"
    // ("was not invited", "were never consulted": a negation between the auxiliary and the participle)
    let mut b = t.head;
    while b > r.start + 1 && matches!(tok(doc, b - 1), "not" | "never" | "n't" | "also" | "reportedly" | "allegedly" | "later" | "then") {
        b -= 1;
    }
    let prev = if b > r.start { tok(doc, b - 1) } else { "" };
    let past = t.form == Some(crate::lexicon::VerbForm::Past);
    // ("an Iraqi civilian allegedly killed by UK troops": a participle after its noun with "by" and an
    // actor right after it is passive too)
    let by_participle = past
        && tok(doc, t.end) == "by"
        && t.end == t.head + 1
        && mention_at_tok(doc, t.end + 1).or_else(|| mention_at_tok(doc, t.end + 2).filter(|_| tok(doc, t.end + 1).eq_ignore_ascii_case("the"))).is_some_and(|m| actor(doc, &m))
        && !prev.is_empty()
        && prev.chars().all(|c| c.is_lowercase());
    let passive = by_participle
        || (past && matches!(prev, "was" | "were" | "been" | "is" | "are" | "being" | "be" | "get" | "got" | "gets" | "if" | "when" | "unless" | "once"));
    // ("was received by X": a pattern may end in "by" itself)
    let by_inside = t.end > t.head + 1 && tok(doc, t.end - 1) == "by";
    // ("was ordered out of Venezuela on Saturday by the foreign ministry": the agent may come after the
    // place and the day, in the same clause)
    let by_at = if by_inside {
        Some(t.end)
    } else {
        (t.end..(t.end + 7).min(r.end))
            .take_while(|&k| !matches!(tok(doc, k), "," | ";" | "and" | "but" | "which" | "who" | "that" | "after" | "before" | "while" | "when" | "because"))
            .find(|&k| tok(doc, k) == "by")
            .map(|k| k + 1)
    };
    let by = passive && by_at.is_some();
    // ("the United Arab Emirates, accused by Khartoum of arming the RSF, …": a participle after a comma,
    // with its agent after "by", is a passive on the name before the comma)
    if past && !passive && prev == "," && tok(doc, t.end) == "by" && b >= r.start + 2 {
        let patient = doc.mentions.iter().find(|m| m.span.end == doc.tokens[b - 2].span.end && actor(doc, m)).map(|m| m.entity);
        let agent = object(doc, t.end + 1, r.end);
        if patient.is_some() || agent.is_some() {
            return (agent.into_iter().collect(), patient);
        }
    }
    // ("Saudi Arabia, invited to join, has not confirmed": a participle set off by commas after a name,
    // with no agent, is a passive on that name)
    if past && !passive && prev == "," && b >= r.start + 2 && matches!(tok(doc, t.end), "to" | "in" | "on" | "at" | "last" | "earlier" | "for" | ",") {
        // (closed by a comma, or ending the sentence: "… the release of aid worker Margaret Hassan,
        // kidnapped in Iraq.")
        let closing = (t.end..(t.end + 7).min(r.end)).any(|k| tok(doc, k) == ",") || r.end <= t.end + 6;
        let patient = doc.mentions.iter().find(|m| m.span.end == doc.tokens[b - 2].span.end && actor(doc, m)).map(|m| m.entity);
        if closing && patient.is_some() {
            return (Vec::new(), patient);
        }
    }
    // ("companies in Hong Kong accused of shipping oil", "French nationals detained in Burkina Faso": a
    // participle that takes an object, with a preposition where the object would be, is a passive on
    // the noun before it, by no one named)
    let takes_object = matches!(
        tok(doc, t.head),
        "accused" | "detained" | "arrested" | "seized" | "captured" | "killed" | "wounded" | "injured" | "abducted"
            | "kidnapped" | "sanctioned" | "expelled" | "jailed" | "imprisoned" | "sentenced" | "executed"
    );
    let reduced = past
        && !passive
        && takes_object
        && prev != ","
        // (not "a diplomat it accused of spying": a subject of its own)
        && !matches!(prev, "it" | "he" | "she" | "they" | "we" | "I" | "you" | "who" | "which" | "that")
        && (matches!(
            tok(doc, t.head + 1),
            "of" | "in" | "at" | "on" | "near" | "since" | "during" | "after" | "last" | "earlier" | "without" | "over" | "for" | "this"
                | "along" | "across" | "inside"
        )
            // ("Westbridge United owner sanctioned, bank freezes accounts": a headline's participle with
            // no object)
            || (headline(doc, r.start) && (t.head + 1 >= r.end || matches!(tok(doc, t.head + 1), "," | ";" | ":" | "-" | "—"))));
    // ("despite the ceasefire signed in the summer": a participle right after the noun of an event is a
    // relative clause on it, with no party but its agent)
    if past
        && !passive
        && b > r.start
        && matches!(
            prev,
            "ceasefire" | "truce" | "deal" | "agreement" | "accord" | "treaty" | "pact" | "memorandum" | "sanctions" | "embargo"
                | "resolution" | "plan" | "proposal" | "declaration" | "communique" | "statement" | "talks"
        )
    {
        let agent = by_at.and_then(|k| object(doc, k, r.end));
        return (agent.into_iter().collect(), None);
    }
    // ("X visited Tehran and met Y. The two sides signed a memorandum …": the two parties named last)
    if let Some(pair) = the_two_sides(doc, r.clone(), t.head) {
        return (pair, None);
    }
    let left = subject(doc, r.start, t.head);
    if reduced {
        // (the patient is the noun right before: "French nationals detained", not the sentence's subject
        // in "Japan froze the assets of firms in Istanbul accused of …")
        let patient = (t.head.saturating_sub(2).max(r.start)..t.head).rev().take_while(|&k| doc.tokens[k].kind == dyad_core::TokenKind::Word && !matches!(tok(doc, k), "in" | "of" | "at" | "from" | "on" | "near")).find_map(|k| {
            mention_at_tok(doc, k).filter(|m| actor(doc, m) && doc.entity(m.entity).kind != EntityKind::Place).map(|m| m.entity)
        });
        return (Vec::new(), patient);
    }
    if passive {
        let agent = by_at.filter(|_| by).and_then(|k| agent_after_by(doc, k, r.end));
        // ("The interior ministry said 63 people had been detained": the reporter of a clause with a
        // subject of its own is not what the passive befell)
        let reported = left.first().is_some_and(|&e| {
            let at = doc.mentions.iter().filter(|m| m.entity == e && start_tok(doc, m) < t.head && start_tok(doc, m) >= r.start).last();
            at.is_some_and(|m| {
                (doc.token_at_or_after(m.span.end)..t.head).any(|k| {
                    let first = if tok(doc, k + 1) == "that" { k + 2 } else { k + 1 };
                    matches!(tok(doc, k), "said" | "says" | "told") && first + 1 < t.head && !matches!(tok(doc, first), "it" | "he" | "she" | "they" | "we" | "I")
                })
            })
        });
        let patient = if reported { None } else { left.first().copied() };
        // ("Rice and pumps were delivered to Vietnam by South Korea": with no actor as the subject, the
        // one the pattern's "to" names receives)
        let patient = patient.or_else(|| (tok(doc, t.end - 1) == "to").then(|| object(doc, t.end, r.end)).flatten());
        return (agent.into_iter().collect(), patient);
    }
    // ("summoned China's ambassador", "froze the assets of four Iranian officials": an actor among the
    // words the pattern passed over, when none follows)
    let inside = (t.head + 1..t.end).find_map(|k| mention_at_tok(doc, k).filter(|m| actor(doc, m) && start_tok(doc, m) == k));
    // ("summons Myanmar envoy as …", "summoned Iran's ambassador to the Foreign Office": the owner of
    // the pattern's last word, right before it, is the target whatever follows)
    // (people only: "lift the European Union's ban on exports to China" is aimed at China)
    let people = t.end >= 1
        && matches!(
            tok(doc, t.end - 1).to_lowercase().as_str(),
            "ambassador" | "ambassadors" | "envoy" | "envoys" | "diplomat" | "diplomats" | "charge" | "officials" | "official"
                | "delegation" | "minister" | "president" | "leader" | "counterpart"
        );
    let owner = inside.filter(|m| {
        let after = doc.token_at_or_after(m.span.end);
        people && (after == t.end - 1 || (after + 2 == t.end && matches!(tok(doc, after), "'s" | "’s" | "'" | "’")))
    });
    // ("asked Suva on Friday to hand over …", "ask the Queen to dissolve Parliament": a pattern that
    // closes on the "to" of an infinitive asks it of the words it passed over, not of what follows)
    let infinitive = t.end >= t.head + 3
        && tok(doc, t.end - 1) == "to"
        && tok(doc, t.end).starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(tok(doc, t.end), "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that" | "these" | "those");
    if infinitive {
        return (left, inside.map(|m| m.entity));
    }
    // ("warned Japan against interfering in Taiwan", "warned Kyiv of consequences": the actor right after
    // the verb, before the pattern's closing preposition, is whom it is aimed at)
    let closing_preposition = t.end >= t.head + 3 && matches!(tok(doc, t.end - 1), "against" | "of" | "over" | "about");
    if let Some(m) = inside.filter(|m| closing_preposition && start_tok(doc, m) == t.head + 1) {
        return (left, Some(person_it_qualifies(doc, &m, t.end).unwrap_or(m.entity)));
    }
    let right = owner.map(|m| m.entity).or_else(|| object(doc, t.end, r.end)).or(inside.map(|m| m.entity));
    (left, right)
}

/// The state of a place struck right after an act of force ("strike on Odesa", "shelled Kharkiv",
/// "attacks in Belgorod"): the document's entity for that state, when it names the state.
pub fn struck_state(doc: &Document, from: usize, end: usize) -> Option<EntityId> {
    let mut k = from;
    while k < end && k < from + 4 {
        let w = tok(doc, k);
        if BARRIERS.contains(&w) || w == "," {
            return None;
        }
        if let Some(m) = mention_at_tok(doc, k) {
            let e = doc.entity(m.entity);
            if e.kind != EntityKind::Place {
                return None;
            }
            let iso = e.country.as_deref()?;
            return doc.entities.iter().position(|x| x.kind == EntityKind::State && x.country.as_deref() == Some(iso)).map(|i| EntityId(i as u32));
        }
        if !matches!(w, "on" | "in" | "at" | "near" | "against" | "the" | "city" | "town" | "port" | "of") && k > from {
            return None;
        }
        k += 1;
    }
    None
}

/// "The two sides", "the two leaders", "both governments" opening the clause of the verb at `head`: the
/// last two actors of different states named in the two sentences before (none when they cannot be told).
fn the_two_sides(doc: &Document, r: Range<usize>, head: usize) -> Option<Vec<EntityId>> {
    let mut k = r.start;
    if matches!(tok(doc, k), "But" | "And" | "Later" | "Then") {
        k += 1;
    }
    let two = if tok(doc, k).eq_ignore_ascii_case("the") && tok(doc, k + 1) == "two" {
        k + 2
    } else if tok(doc, k).eq_ignore_ascii_case("both") {
        k + 1
    } else {
        return None;
    };
    let noun = tok(doc, two);
    let parties_noun = matches!(
        noun,
        "sides" | "leaders" | "ministers" | "governments" | "countries" | "presidents" | "delegations" | "states" | "nations"
            | "capitals" | "men" | "envoys" | "officials"
    );
    // (right before the verb, or its auxiliaries: "The two sides also signed", "both governments have agreed")
    let next_to_verb = (two + 1..head).all(|x| {
        matches!(tok(doc, x), "also" | "have" | "had" | "has" | "then" | "later" | "jointly" | "formally" | "will" | "would" | "on" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
    });
    if !parties_noun || !next_to_verb {
        return None;
    }
    let si = doc.sentences.iter().position(|s| s.contains(doc.tokens[r.start].span))?;
    let from = doc.sentences[si.saturating_sub(2)].start;
    let until = doc.tokens[r.start].span.start;
    let country = |e: EntityId| doc.entity(e).country.clone();
    // (people first: "X … met Y. The two sides signed" are X and Y, not X's ministry)
    let pick = |people: bool| {
        let mut picked: Vec<EntityId> = Vec::new();
        for m in doc.mentions.iter().rev().filter(|m| m.span.start >= from && m.span.end <= until) {
            let e = doc.entity(m.entity);
            let kind_ok = if people { e.kind == EntityKind::Person } else { matches!(e.kind, EntityKind::State | EntityKind::Person | EntityKind::Organization) };
            if !kind_ok || e.country.is_none() || picked.iter().any(|&p| p == m.entity || country(p) == e.country) {
                continue;
            }
            picked.push(m.entity);
            if picked.len() == 2 {
                break;
            }
        }
        // (in the order the text named them)
        picked.reverse();
        (picked.len() == 2).then_some(picked)
    };
    pick(true).or_else(|| pick(false))
}

/// The town or region named right after a visit's verb ("visited Mombasa", "travelled to Kharkiv").
pub fn struck_place(doc: &Document, from: usize, end: usize) -> Option<EntityId> {
    let k = if matches!(tok(doc, from), "to" | "in") { from + 1 } else { from };
    (k < end).then(|| mention_at_tok(doc, k)).flatten().filter(|m| doc.entity(m.entity).kind == EntityKind::Place).map(|m| m.entity)
}

/// Who utters the verb at `head` ("X warned that …"): its subject, else — for a verb joined to
/// an earlier one ("X told reporters … but warned that …") — the first actor of the sentence.
pub fn speaker_of(doc: &Document, r: Range<usize>, head: usize) -> Option<EntityId> {
    subject(doc, r.start, head).first().copied().or_else(|| {
        (r.start..head).find_map(|k| mention_at_tok(doc, k).filter(|m| actor(doc, m)).map(|m| m.entity))
    })
}

/// The subject(s) left of `head` in the sentence.
/// The person a "he" or "she" at token `k` is, among those mentioned in its sentence and the two
/// before it (of the pronoun's gender, or of none known): the last one named as a sentence's subject
/// (its first actor), else the last one named.
fn last_person_before(doc: &Document, k: usize) -> Option<EntityId> {
    let at = doc.tokens[k].span.start;
    let want = dyad_core::Gender::of_pronoun(tok(doc, k));
    let si = doc.sentences.iter().position(|s| s.contains(doc.tokens[k].span))?;
    let from = doc.sentences[si.saturating_sub(2)].start;
    let fits = |e: EntityId| doc.entity(e).kind == EntityKind::Person && (doc.entity(e).gender.is_none() || doc.entity(e).gender == want);
    let people: Vec<&Mention> = doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= at && fits(m.entity)).collect();
    // ("Musharraf held talks with Blair. He arrived …, where he met Bush. He is due to …": the subject)
    let subject = people.iter().filter(|m| {
        let s = doc.sentences.iter().find(|s| s.contains(m.span));
        s.is_some_and(|s| {
            // (a state's adjective or possessive on the person's title is not the subject: "the Pakistani
            // president met Tony Blair")
            let qualifier = |n: &&Mention| {
                doc.entity(n.entity).kind == EntityKind::State && {
                    let e = doc.token_at_or_after(n.span.end);
                    let e = if matches!(tok(doc, e), "'s" | "’s") { e + 1 } else { e };
                    doc.mentions.iter().any(|p| start_tok(doc, p) == e && doc.entity(p.entity).kind == EntityKind::Person)
                }
            };
            doc.mentions
                .iter()
                .filter(|n| s.contains(n.span) && doc.entity(n.entity).kind != EntityKind::Place && !qualifier(n))
                .min_by_key(|n| n.span.start)
                .is_some_and(|n| n.span == m.span)
                // (not after a pronoun that is the subject: "He arrived …, where he met Bush")
                && !(doc.token_at_or_after(s.start)..doc.token_at_or_after(m.span.start))
                    .any(|x| matches!(tok(doc, x), "He" | "She" | "he" | "she" | "They" | "they"))
        })
    });
    subject.max_by_key(|m| m.span.end).or(people.iter().max_by_key(|m| m.span.end)).map(|m| m.entity)
}

fn subject(doc: &Document, start: usize, head: usize) -> Vec<EntityId> {
    let mut fallback: Option<(usize, Mention)> = None;
    // ("those who attacked police", "Russia, which shelled …": a relative pronoun right before the verb
    // stands for the noun before it — an actor named there, or no one the text names)
    let mut w = head;
    while w > start && matches!(tok(doc, w - 1), "had" | "has" | "have" | "also" | "allegedly" | "reportedly" | "then" | "later") {
        w -= 1;
    }
    if w > start + 1 && matches!(tok(doc, w - 1), "who" | "which") {
        let before = if tok(doc, w - 2) == "," && w > start + 2 { w - 3 } else { w - 2 };
        let named = doc.mentions.iter().find(|m| m.span.end == doc.tokens[before].span.end && actor(doc, m));
        return named.map(|m| m.entity).into_iter().collect();
    }
    // ("…, with Iraq pressing Ankara to release more water": the actor between "with" and a participle
    // is the participle's subject)
    if head > start + 1 && tok(doc, head).ends_with("ing") {
        if let Some(m) = doc.mentions.iter().find(|m| m.span.end == doc.tokens[head - 1].span.end).filter(|m| actor(doc, m)) {
            let s = start_tok(doc, m);
            let s = if s > start && tok(doc, s - 1).eq_ignore_ascii_case("the") { s - 1 } else { s };
            if s > start && tok(doc, s - 1).eq_ignore_ascii_case("with") {
                return vec![m.entity];
            }
        }
    }
    // "Pakistan accused India of breaching the treaty, and threatened to …": a verb joined by "and"
    // or "but" right before it has the subject of the verb before, which opens the clause
    let mut v = head;
    while v > start && matches!(tok(doc, v - 1), "also" | "later" | "then" | "has" | "have" | "had" | "again" | "swiftly" | "quickly") {
        v -= 1;
    }
    if v > start + 1 && matches!(tok(doc, v - 1), "and" | "but") && mention_at_tok(doc, v).is_none() {
        // (the actor opening the clause, after "The"; what a possessor owns: "India's foreign ministry")
        // (from a full stop the sentence splitter passed over: 'an "excellent job". Former leader X …')
        let from = (start..v - 1).rev().find(|&x| matches!(tok(doc, x), "." | "!" | "?")).map_or(start, |x| {
            if matches!(tok(doc, x + 1), "”" | "\"" | "’") { x + 2 } else { x + 1 }
        });
        let opener = (from..v - 1).find(|&x| !matches!(tok(doc, x), "The" | "the" | "But" | "And" | "Yet"));
        // ("Last Tuesday, Faisal al-Dakhil … visited Tehran and met …": past a time or place set off by a
        // comma at the sentence's start)
        let opener = opener.map(|x| {
            let comma = (x..(x + 5).min(v - 1)).find(|&y| tok(doc, y) == ",");
            match comma {
                Some(c) if !(x..c).any(|y| mention_at_tok(doc, y).is_some_and(|m| actor(doc, &m))) => c + 1,
                _ => x,
            }
        });
        // ("He pointed out that … and urged …": the person the pronoun stands for)
        if let Some(x) = opener.filter(|&x| matches!(tok(doc, x), "He" | "She") && mention_at_tok(doc, x).is_none()) {
            if let Some(e) = last_person_before(doc, x) {
                return vec![e];
            }
        }
        // ("Spokesman Dmitry Peskov said … and accused NATO": past the title's capitalised words)
        let first = opener.and_then(|x| {
            (x..(x + 4).min(v - 1))
                .take_while(|&y| y == x || capitalised(doc, y - 1))
                .find_map(|y| mention_at_tok(doc, y).filter(|m| start_tok(doc, m) == y))
                .filter(|m| actor(doc, m))
        });
        // ("Labour MP Louise Ellman said …": a party or state before a title and a name describes the person)
        let first = first.map(|m| {
            let after = doc.token_at_or_after(m.span.end);
            (after..(after + 4).min(v))
                .find_map(|x| mention_at_tok(doc, x).filter(|n| start_tok(doc, n) == x))
                .filter(|n| doc.entity(n.entity).kind == EntityKind::Person && doc.entity(m.entity).kind != EntityKind::Person)
                // (title words between: "Labour MP", "Kremlin spokesman")
                .filter(|n| (after..start_tok(doc, n)).all(|x| doc.tokens[x].kind != dyad_core::TokenKind::Punct))
                .unwrap_or(m)
        });
        if let Some(m) = first {
            let after = doc.token_at_or_after(m.span.end);
            let owned = matches!(tok(doc, after), "’s" | "'s").then(|| mention_at_tok(doc, after + 1)).flatten().filter(|n| actor(doc, n));
            return vec![owned.unwrap_or(m).entity];
        }
    }
    let mut k = head;
    while k > start {
        k -= 1;
        let w = tok(doc, k);
        // 'rejected what he called "Israeli blackmail" and accused …': a short quoted phrase is
        // passed over, not a barrier
        if matches!(w, "”" | "\"") {
            let open = (k.saturating_sub(8).max(start)..k).rev().find(|&o| matches!(tok(doc, o), "“" | "\""));
            if let Some(o) = open.filter(|&o| o > start && doc.tokens[o - 1].kind == dyad_core::TokenKind::Word) {
                k = o;
                continue;
            }
        }
        // ("the Rapid Support Forces (RSF) have agreed": an abbreviation in brackets is passed over)
        if w == ")" && k >= start + 3 && tok(doc, k - 2) == "(" {
            k -= 2;
            continue;
        }
        if BARRIERS.contains(&w) {
            break;
        }

        // ("New Delhi suspended the talks after an attack on tourists killed 26 people": a
        // subordinate clause has its own subject)
        // "… vis-a-vis Armenia, while the latter was ready to accept …": the actor named last before
        if w == "latter" && k > start && tok(doc, k - 1).eq_ignore_ascii_case("the") {
            let before = doc.tokens[k - 1].span.start;
            if let Some(m) = doc.mentions.iter().rev().find(|m| m.span.end <= before && actor(doc, m)) {
                return vec![m.entity];
            }
        }
        // (not right before the verb: "after meeting Blair", "has since criticised" share the subject)
        // (nor before a participle: "faces a rebellion after deciding to back …")
        // ("The UAE, whose ports lie a short distance from where the tanker was seized, …")
        if matches!(w, "after" | "before" | "because" | "since" | "until" | "although" | "though" | "whereas" | "when" | "while" | "unless" | "where")
            && !(k + 1..head).all(|x| matches!(tok(doc, x), "been" | "be" | "being" | "has" | "had" | "have"))
            && !tok(doc, k + 1).ends_with("ing")
        {
            break;
        }
        // ("Qatar, which has backed the government in Damascus, was not invited": the relative
        // clause is passed over)
        if w == "," {
            let open = (start..k).rev().find(|&x| {
                tok(doc, x) == ","
                    && matches!(
                        tok(doc, x + 1),
                        "which" | "who" | "whose" | "whom" | "led" | "known" | "headed" | "run" | "based" | "backed" | "founded"
                            | "chaired" | "accused" | "once" | "long"
                    )
                    && !(x + 1..k).any(|y| tok(doc, y) == ",")
            });
            // ("Nigerian President Bola Tinubu, the bloc's outgoing chairman, met …": an apposition
            // after a person's name is passed over)
            let open = open.or_else(|| {
                (start + 1..k).rev().find(|&x| tok(doc, x) == ",").filter(|&x| {
                    matches!(tok(doc, x + 1), "the" | "a" | "an" | "its" | "his" | "her" | "their" | "now" | "then" | "former")
                        && doc.mentions.iter().any(|m| m.span.end == doc.tokens[x - 1].span.end && doc.entity(m.entity).kind == EntityKind::Person)
                })
            });
            if let Some(x) = open {
                k = x;
                continue;
            }
        }
        // "In Washington, he met …": the pronoun is the last person named, in this sentence or the two
        // before it
        // (only right before the verb, or its auxiliaries and adverbs: not "what he called")
        let next_to_verb = (k + 1..head).all(|x| {
            matches!(
                tok(doc, x),
                "also" | "later" | "then" | "again" | "reportedly" | "has" | "had" | "have" | "will" | "would" | "could" | "is"
                    | "was" | "not" | "never" | "to" | "be" | "been" | "due" | "set" | "expected" | "plans" | "planned" | "wants"
            )
        });
        // ("Tallinn would expel a Russian diplomat it accused of …": a relative clause with no "which",
        // whose "it" is the state or body named before its noun)
        // (also "companies in Hong Kong that it accused of …")
        if w == "it" && next_to_verb && k > start {
            let before = if k >= start + 2 && matches!(tok(doc, k - 1), "that" | "which") { k - 2 } else { k - 1 };
            if let Some(noun) = doc.mentions.iter().find(|m| m.span.end == doc.tokens[before].span.end) {
                let before = noun.span.start;
                let from = doc.tokens[start].span.start;
                let body = doc.mentions.iter().rev().find(|m| {
                    m.span.start >= from
                        && m.span.end <= before
                        && m.kind != dyad_core::MentionKind::Demonym
                        && matches!(doc.entity(m.entity).kind, EntityKind::State | EntityKind::Organization | EntityKind::Group)
                });
                return body.map(|m| m.entity).into_iter().collect();
            }
        }
        if matches!(w, "he" | "He" | "she" | "She") && next_to_verb && mention_at_tok(doc, k).is_none() {
            if let Some(e) = last_person_before(doc, k) {
                return vec![e];
            }
            break;
        }
        let Some(m) = mention_at_tok(doc, k) else { continue };
        let ms = start_tok(doc, &m);
        if !actor(doc, &m) {
            k = ms;
            continue;
        }
        // ("marched on the Bolivian embassy … to demand": an article may stand between)
        let pre = if ms > start + 1 && matches!(tok(doc, ms - 1), "the" | "a" | "an") { ms - 1 } else { ms };
        // ("Thousands of Chilean students marched": a crowd's count is no preposition's object)
        let count = pre >= start + 2
            && tok(doc, pre - 1) == "of"
            && (matches!(
                tok(doc, pre - 2).to_lowercase().as_str(),
                "thousands" | "hundreds" | "dozens" | "scores" | "millions" | "tens" | "group" | "crowd" | "crowds" | "band"
                    | "column" | "contingent" | "number" | "handful"
            ) || doc.tokens[pre - 2].kind == dyad_core::TokenKind::Number);
        let prep = pre > start && PREPOSITIONS.contains(&tok(doc, pre - 1).to_lowercase().as_str()) && !count;
        if prep {
            // ("the talks in Vienna ended": a place or a capital after "in" or "at" is where, not who)
            // (but "in Moscow's decisive role": a possessor is no place)
            let possessor = matches!(tok(doc, doc.token_at_or_after(m.span.end)), "’s" | "'s");
            let place = matches!(tok(doc, pre - 1).to_lowercase().as_str(), "in" | "at")
                && !possessor
                && venue(doc, &m);
            if !place {
                fallback.get_or_insert((ms, m));
            }
            k = ms;
            continue;
        }
        // coordination: "Azerbaijan and Armenia agreed", "Niger, Mali and Burkina Faso met" (commas
        // only in a list that closes with "and")
        let mut out = vec![m.entity];
        let mut at = ms;
        // ("X and his Japanese counterpart, Y, signed": Y in apposition to a noun joined to X)
        if ms >= start + 3 && tok(doc, ms - 1) == "," {
            let and = (ms.saturating_sub(7).max(start + 1)..ms - 1).rev().find(|&x| tok(doc, x) == "and").filter(|&x| {
                (x + 1..ms - 1).all(|y| {
                    let w = tok(doc, y);
                    w.chars().all(char::is_alphabetic)
                        && mention_at_tok(doc, y).is_none_or(|n| n.kind == dyad_core::MentionKind::Demonym || n.kind == dyad_core::MentionKind::Nominal)
                })
            });
            if let Some(x) = and {
                at = x + 1;
            }
        }
        // ("India, Pakistan ministers trade accusations": a headline joins its parties by a comma alone)
        let mut joined_by_and = headline(doc, start);
        // ("Chile's foreign minister and her Argentine counterpart signed": a possessive pronoun before
        // the second party's demonym and its noun)
        if at >= start + 2 && matches!(tok(doc, at - 1), "her" | "his" | "their" | "its") && tok(doc, at - 2) == "and" {
            at -= 1;
        }
        // ("Sudan's army and the paramilitary Rapid Support Forces agreed": an article and one word
        // describing the second party stand between "and" and its name)
        if at >= start + 3 && tok(doc, at - 1).chars().all(|c| c.is_lowercase()) && matches!(tok(doc, at - 2), "the" | "its") && tok(doc, at - 3) == "and" {
            at -= 2;
        } else if at >= start + 2 && matches!(tok(doc, at - 1), "the") && tok(doc, at - 2) == "and" {
            at -= 1;
        }
        // ("Japan's Ministry of Economy … and South Korea's Ministry of Trade … agreed": an owner named
        // before a party with a possessive is passed over)
        let owner_start = |at: usize| -> usize {
            if at >= start + 2 && matches!(tok(doc, at - 1), "'s" | "’s") {
                if let Some(o) = doc.mentions.iter().find(|x| x.span.end == doc.tokens[at - 2].span.end) {
                    return start_tok(doc, o);
                }
            }
            at
        };
        at = owner_start(at);
        while at >= start + 2 && (matches!(tok(doc, at - 1), "and" | "&") || (joined_by_and && tok(doc, at - 1) == ",")) {
            let Some(prev) = doc.tokens.get(at - 2).map(|t| t.span.end) else { break };
            let Some(m2) = doc.mentions.iter().find(|x| x.span.end == prev).copied() else { break };
            if !actor(doc, &m2) || out.contains(&m2.entity) {
                break;
            }
            // ("a spat with the U.S. Embassy and the Azerbaijani side's refusal": a name after a
            // preposition is no subject)
            let s2 = start_tok(doc, &m2);
            let s2 = if s2 > start && tok(doc, s2 - 1).eq_ignore_ascii_case("the") { s2 - 1 } else { s2 };
            // (but "the foreign ministers of India and Pakistan traded …": the people of both act)
            let people_of = s2 >= start + 2
                && tok(doc, s2 - 1) == "of"
                && matches!(
                    tok(doc, s2 - 2),
                    "ministers" | "leaders" | "presidents" | "envoys" | "delegations" | "representatives" | "officials"
                        | "governments" | "heads" | "negotiators" | "diplomats" | "militaries" | "armies"
                );
            if s2 > start && PREPOSITIONS.contains(&tok(doc, s2 - 1).to_lowercase().as_str()) && !people_of {
                break;
            }
            joined_by_and |= matches!(tok(doc, at - 1), "and" | "&");
            out.insert(0, m2.entity);
            at = owner_start(start_tok(doc, &m2));
        }
        return out;
    }
    if let Some((_, m)) = fallback {
        return vec![m.entity];
    }
    // "I spoke with …" inside a quotation: the speaker
    if head > start && matches!(tok(doc, head - 1), "I" | "We" | "we") {
        let at = doc.tokens[head].span;
        if let Some(q) = doc.quotes.iter().find(|q| q.span.contains(at)) {
            return q.speaker.into_iter().collect();
        }
    }
    Vec::new()
}

/// Is the sentence opening at token `start` a headline: the document's first line, with no full stop,
/// question mark or colon closing it?
fn headline(doc: &Document, start: usize) -> bool {
    if start != 0 || doc.tokens.is_empty() {
        return false;
    }
    let line_end = doc.text.find('\n').unwrap_or(doc.text.len());
    let last = doc.tokens.iter().take_while(|t| t.span.end <= line_end).last();
    last.is_some_and(|t| !matches!(t.span.of(&doc.text), "." | "?" | "!" | ":" | "\"" | "”"))
}

/// The agent after a passive's "by" at `from`: its first actor, but not a state named after "in" past
/// other words ("attacked by a mugger in Kenya": where, not who).
fn agent_after_by(doc: &Document, from: usize, end: usize) -> Option<EntityId> {
    let a = object(doc, from, end)?;
    let m = doc.mentions.iter().find(|m| m.entity == a && start_tok(doc, m) >= from && start_tok(doc, m) < end)?;
    let k = start_tok(doc, m);
    let placed = k > from + 1 && tok(doc, k - 1) == "in" && doc.entity(a).kind == EntityKind::State;
    (!placed).then_some(a)
}

/// The first actor after `from`, within a short reach, stopping at clause barriers.
fn object(doc: &Document, from: usize, end: usize) -> Option<EntityId> {
    let mut k = from;
    while k < end && k < from + 10 {
        let w = tok(doc, k);
        if BARRIERS.contains(&w) || w == "," || matches!(w, "which" | "who" | "that" | "while" | "but" | "because") {
            return None;
        }
        // ("condemned the launch and reaffirmed Washington's commitment": a second verb's object is
        // not the first's)
        let next = tok(doc, k + 1);
        // (nor a verb of saying: "met both delegations and said Nairobi was ready")
        let irregular = matches!(
            next,
            "said" | "says" | "told" | "tells" | "met" | "sent" | "made" | "held" | "took" | "gave" | "left" | "went" | "spoke" | "sought" | "stood" | "became"
        );
        if w == "and" && (irregular || (next.len() > 3 && next.ends_with("ed") && next.chars().all(|c| c.is_lowercase()))) {
            return None;
        }
        // ("agreed to send delegations for talks brokered by Saudi Arabia": a go-between is not the
        // verb's object; the author of a proposal is: "the ceasefire proposed by Ukraine")
        if w == "by"
            && k > from
            && matches!(
                tok(doc, k - 1),
                "brokered" | "mediated" | "hosted" | "organised" | "organized" | "chaired" | "facilitated" | "sponsored" | "convened" | "arranged"
            )
        {
            return None;
        }
        if let Some(m) = mention_at_tok(doc, k) {
            // "met in Niamey", "talks at the Kremlin": a capital after "in" or "at" is where it
            // happened, not a party
            let venue = m.kind == dyad_core::MentionKind::Metonym && k > from && matches!(tok(doc, k - 1), "in" | "at");
            // ("bombed a village near the Thai border": a state's adjective on a border after "near" or
            // "along" says where, not whom)
            let p = if k > from && tok(doc, k - 1) == "the" { k - 1 } else { k };
            let border = m.kind == dyad_core::MentionKind::Demonym
                && p > from
                && matches!(tok(doc, p - 1), "near" | "along" | "by" | "toward" | "towards" | "to")
                && matches!(tok(doc, doc.token_at_or_after(m.span.end)), "border" | "frontier" | "coast" | "borders");
            // ("visited the tomb of Yasser Arafat", "laid a wreath at the grave of X": a dead person's
            // resting place or a person's house is a place, not that person)
            let site_of = doc.entity(m.entity).kind == EntityKind::Person
                && k >= from + 2
                && tok(doc, k - 1) == "of"
                && matches!(
                    tok(doc, k - 2),
                    "tomb" | "grave" | "memorial" | "mausoleum" | "shrine" | "birthplace" | "museum" | "statue" | "monument" | "funeral"
                        | "widow" | "family" | "relatives" | "coffin" | "portrait"
                );
            // ("visiting the Pakistani community in Manchester": a state's people abroad are not the state)
            let diaspora = m.kind == dyad_core::MentionKind::Demonym
                && matches!(
                    tok(doc, doc.token_at_or_after(m.span.end)),
                    "community" | "communities" | "diaspora" | "expatriates" | "expats" | "nationals" | "migrants" | "students" | "workers" | "families"
                );
            if actor(doc, &m) && !venue && !border && !site_of && !diaspora {
                return Some(person_it_qualifies(doc, &m, end).unwrap_or(m.entity));
            }
            k = doc.token_at_or_after(m.span.end).max(k + 1);
            continue;
        }
        k += 1;
    }
    None
}

/// "his Uzbek counterpart Shavkat Mirziyoyev", "Russia's foreign minister
/// Sergei Lavrov": a state's adjective or possessive opening a noun phrase
/// that ends in a person's name is that person's — the person is the party.
fn person_it_qualifies(doc: &Document, m: &Mention, end: usize) -> Option<EntityId> {
    let state = doc.entity(m.entity).kind == EntityKind::State;
    if !state {
        return None;
    }
    let mut k = doc.token_at_or_after(m.span.end);
    if matches!(tok(doc, k), "’s" | "'s") {
        k += 1;
    } else if m.kind != dyad_core::MentionKind::Demonym
        // ("U.S. Secretary of State Marco Rubio": a state's name before a capitalised title)
        && !tok(doc, k).chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let from = k;
    while k < end && k < from + 4 {
        let w = tok(doc, k);
        if BARRIERS.contains(&w) || w == "," || matches!(w, "and" | "or" | "which" | "who" | "that") {
            return None;
        }
        if let Some(p) = mention_at_tok(doc, k) {
            return (doc.entity(p.entity).kind == EntityKind::Person).then_some(p.entity);
        }
        // (only the words of a role between: "counterpart", "foreign minister", "President")
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        k += 1;
    }
    None
}

fn noun_parties(doc: &Document, r: Range<usize>, t: &Trigger) -> (Vec<EntityId>, Option<EntityId>) {
    let mut sources = Vec::new();
    let mut target = None;
    // possessor: "X’s [adj…] visit", also "X side’s refusal"
    let mut k = t.head;
    let mut steps = 0;
    while k > r.start && steps < 5 {
        let w = tok(doc, k - 1);
        if matches!(w, "’s" | "'s" | "’") {
            for back in [2usize, 3] {
                if k >= back + r.start {
                    if let Some(m) = mention_at_tok(doc, k - back) {
                        if actor(doc, &m) {
                            // ("demanded Milosavljević's release", "Navalny's arrest": a person's release or
                            // arrest is what befell them; the party that acted is unnamed)
                            let befell = matches!(
                                tok(doc, t.head).to_lowercase().as_str(),
                                "release" | "arrest" | "detention" | "expulsion" | "extradition" | "deportation" | "abduction"
                                    | "kidnapping" | "killing" | "assassination" | "execution" | "imprisonment" | "jailing"
                            ) && matches!(doc.entity(m.entity).kind, EntityKind::Person | EntityKind::Group);
                            if befell {
                                return (Vec::new(), Some(m.entity));
                            }
                            sources.push(m.entity);
                            break;
                        }
                    }
                }
            }
            break;
        }
        // (nor across a preposition: "travel to Jakarta next week for talks with …")
        if BARRIERS.contains(&w)
            || w == ","
            || matches!(w.to_lowercase().as_str(), "the" | "a" | "an")
            || REPORTING.contains(&w)
            || matches!(w, "for" | "to" | "in" | "on" | "at" | "with" | "from" | "by" | "after" | "before" | "during" | "over" | "into" | "against" | "without" | "about" | "than" | "as" | "while" | "when")
        {
            // "the X-Y talks": compound of two actors
            break;
        }
        if let Some(m) = mention_at_tok(doc, k - 1) {
            // ("the Tokyo meeting", "the Vienna talks": a capital before a meeting's noun is where)
            let venue_before = m.kind == dyad_core::MentionKind::Metonym
                && matches!(tok(doc, t.head), "meeting" | "meetings" | "summit" | "talks" | "conference" | "forum" | "gathering");
            if venue_before {
                break;
            }
            if actor(doc, &m) {
                // "Israeli-Hamas ceasefire", "US-mediated"? (a mention right before the noun)
                let ms = start_tok(doc, &m);
                if ms >= r.start + 2 && tok(doc, ms - 1) == "-" {
                    if let Some(m0) = mention_at_tok(doc, ms - 2) {
                        sources.push(m0.entity);
                        target = Some(m.entity);
                        return (sources, target);
                    }
                }
                if tok(doc, k) != "-" && !tok(doc, doc.token_at_or_after(m.span.end)).starts_with('-') {
                    sources.push(m.entity);
                }
                break;
            }
        }
        k -= 1;
        steps += 1;
    }
    // ("Mr Blair made a surprise visit to Iraq", "the envoy paid a visit to Baku": the subject of a
    // light verb before the noun, across its article and adjectives)
    if sources.is_empty() {
        let mut k = t.head;
        let mut steps = 0;
        // (an article and describing words between, "a two-day visit"; not a preposition: "made an
        // appeal for aid" gives "aid" no actor, "ended without agreement" none either)
        while k > r.start
            && steps < 6
            && (tok(doc, k - 1) == "-"
                || doc.tokens[k - 1].kind == dyad_core::TokenKind::Number
                || (doc.tokens[k - 1].kind == dyad_core::TokenKind::Word && tok(doc, k - 1).chars().all(|c| c.is_lowercase())))
        {
            let w = tok(doc, k - 1);
            if PREPOSITIONS.contains(&w) || matches!(w, "without" | "no" | "not" | "any" | "and" | "or" | "but") {
                break;
            }
            if matches!(w, "made" | "makes" | "making" | "paid" | "pays" | "paying" | "began" | "begins" | "beginning" | "undertook" | "undertakes" | "concluded" | "concludes" | "ended" | "ends" | "completed") {
                let mut v = k - 1;
                while v > r.start && matches!(tok(doc, v - 1), "has" | "have" | "had" | "also" | "is" | "was" | "will" | "then" | "just" | "recently" | "first") {
                    v -= 1;
                }
                if v > r.start {
                    if let Some(m) = doc.mentions.iter().find(|m| m.span.end == doc.tokens[v - 1].span.end) {
                        if actor(doc, m) {
                            sources.push(m.entity);
                        }
                    }
                }
                break;
            }
            k -= 1;
            steps += 1;
        }
    }
    // after: between X and Y | by X | to/with/on/against/from X
    let mut j = t.end;
    let stop = (t.end + 8).min(r.end);
    while j < stop {
        let w = tok(doc, j).to_lowercase();
        if BARRIERS.contains(&w.as_str()) || w == "," {
            break;
        }
        match w.as_str() {
            "between" => {
                let a = object(doc, j + 1, r.end);
                let b = a.and_then(|a| {
                    let after_a = doc.mentions_of(a).find(|m| m.span.start > doc.tokens[j].span.start).map(|m| doc.token_at_or_after(m.span.end))?;
                    (tok(doc, after_a) == "and").then(|| object(doc, after_a + 1, r.end)).flatten()
                });
                if let Some(a) = a {
                    if sources.is_empty() {
                        sources.push(a);
                    }
                    target = b;
                }
                break;
            }
            "by" => {
                if let Some(a) = object(doc, j + 1, r.end) {
                    if sources.is_empty() {
                        sources.push(a);
                    } else {
                        target = Some(a);
                    }
                }
                break;
            }
            "to" | "with" | "on" | "against" | "from" | "in" | "for" => {
                // ("talks in Vienna": where, not with whom; a gathering's state after "in" is its
                // host too: "the summit in Malta", "negotiations in Qatar")
                let gathering = matches!(
                    tok(doc, t.head).to_lowercase().as_str(),
                    "summit" | "summits" | "meeting" | "meetings" | "talks" | "conference" | "forum" | "session" | "negotiations"
                        | "consultations" | "round" | "gathering" | "congress" | "assembly"
                );
                let place = w == "in"
                    && mention_at_tok(doc, j + 1).is_some_and(|m| venue(doc, &m) || (gathering && m.kind == dyad_core::MentionKind::Name && doc.entity(m.entity).kind == EntityKind::State));
                if place {
                    // (and read on: "talks in Kenya with Somalia")
                    j = mention_at_tok(doc, j + 1).map_or(j + 2, |m| doc.token_at_or_after(m.span.end));
                    continue;
                }
                if let Some(a) = object(doc, j + 1, (j + 3).min(r.end)) {
                    target = Some(a);
                }
                break;
            }
            _ => j += 1,
        }
    }
    (sources, target)
}
