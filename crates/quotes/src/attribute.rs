//! Cue and speaker for each direct quotation.

use crate::cues::Cues;
use crate::marks::RawQuote;
use dyad_core::{Document, EntityId, EntityKind, Mention, MentionKind, Quote, QuoteKind, Span, TokenKind};

/// Words for a text standing for its author ("the post reads", "the author suggests").
const DESCRIPTIONS: &[&str] = &["post", "statement", "article", "tweet", "message", "author", "letter", "report", "communique", "column", "editorial"];

/// Quotations shorter than this many words need a cue or a possessive to count as statements.
pub const MIN_UNCUED_WORDS: usize = 8;
/// Quotations shorter than this are scare quotes or titles unless a cue ties them to a speaker.
pub const MIN_WORDS: usize = 4;

/// An honorific or a peer's title written before a name ("Mr", "Dr.", "Lord").
pub(crate) fn honorific(w: &str) -> bool {
    matches!(w, "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Lord" | "Lady" | "Mr." | "Mrs." | "Ms." | "Dr.")
}

fn tok(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("")
}

/// A verb of promising ("promised", "pledges", "vowed"): it reports a that-clause or the quotation
/// right after it, not one standing before it.
fn is_promise(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "promise" | "promises" | "promised" | "pledge" | "pledges" | "pledged" | "vow" | "vows" | "vowed")
}

fn is_stop(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | ";" | "“" | "”" | "\"" | "«" | "»" | "„" | "‘" | "’" | "—" | "(" | ")")
}

/// Where "( ABBR )" ending at token `a` (exclusive) opens, for a short bracketed abbreviation right
/// after a name.
pub(crate) fn bracketed_before(doc: &Document, a: usize) -> Option<usize> {
    if a < 3 || tok(doc, a - 1) != ")" {
        return None;
    }
    let open = (a.saturating_sub(5)..a - 1).rev().find(|&x| tok(doc, x) == "(")?;
    let inside = open + 1..a - 1;
    let short = !inside.is_empty() && inside.clone().all(|x| doc.tokens[x].kind != TokenKind::Punct || tok(doc, x) == "-");
    let after_name = open > 0 && doc.mentions.iter().any(|m| m.span.end == doc.tokens[open - 1].span.end);
    (short && after_name).then_some(open)
}

fn words(doc: &Document, s: Span) -> usize {
    doc.token_range(s).filter(|&i| doc.tokens[i].kind != TokenKind::Punct).count()
}

/// Attribution of one quotation.
#[derive(Debug, Clone, Copy, Default)]
struct Attr {
    cue: Option<Span>,
    speaker: Option<EntityId>,
    /// Token index where the attribution ends (for joining split quotations).
    end_tok: Option<usize>,
    pronoun: Option<(Span, EntityId)>,
}

/// Attributes every quotation found by its marks.
pub fn attribute(doc: &mut Document, raw: &[RawQuote]) -> Vec<Quote> {
    let cues = Cues::builtin();
    let outers: Vec<Span> = raw.iter().map(|r| r.outer).collect();
    let mut attrs: Vec<Attr> = raw.iter().map(|q| attr_for(doc, cues, q, &outers)).collect();
    let mut out: Vec<Quote> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let q = &raw[i];
        let mut a = attrs[i];
        let mut parts = if q.parts.is_empty() { vec![] } else { q.parts.clone() };
        let mut span = q.content;
        // “X,” she said, “Y.” — one statement
        if let (Some(end), Some(next)) = (a.end_tok, raw.get(i + 1)) {
            let next_tok = doc.token_at_or_after(next.outer.start);
            // ('“…,” said Olivia Grant, an analyst at Meridian Energy, “but …”': an apposition on the
            // speaker set off by commas may stand between the two halves)
            let apposition = next_tok > end + 2
                && next_tok - end <= 16
                && tok(doc, end) == ","
                && tok(doc, next_tok - 1) == ","
                && (end + 1..next_tok - 1).all(|k| !is_stop(tok(doc, k)) && cues.at(doc, k).is_none());
            let gap_ok = (end..next_tok).all(|k| matches!(tok(doc, k), "," | ":")) || apposition;
            if gap_ok && next_tok >= end && a.speaker.is_some() {
                if parts.is_empty() {
                    parts.push(q.content);
                }
                parts.extend(if next.parts.is_empty() { vec![next.content] } else { next.parts.clone() });
                span = Span::new(q.content.start, next.content.end);
                if attrs[i + 1].cue.is_none() {
                    attrs[i + 1] = a;
                }
                i += 1;
            }
        }
        if a.speaker.is_none() {
            a.speaker = possessor(doc, q);
        }
        // ('said it was “deeply concerned” and called for “a transparent mechanism”': a verb joined by
        // "and" or "but" after a quotation of the same sentence has that quotation's speaker)
        if a.speaker.is_none() {
            if let (Some(prev), Some(sent)) = (out.last(), doc.sentence_of(q.outer.start)) {
                let (from, to) = (doc.token_at_or_after(prev.span.end), doc.token_at_or_after(q.outer.start));
                let joined = (from..to).any(|x| matches!(tok(doc, x), "and" | "but"));
                let between = Span::new(prev.span.end.min(q.outer.start), q.outer.start);
                let other = doc.mentions_in(between).iter().any(|m| Some(m.entity) != prev.speaker && doc.entity(m.entity).kind != EntityKind::Place);
                if prev.span.start >= sent.start && prev.kind == QuoteKind::Direct && joined && !other && to - from <= 8 {
                    a.speaker = prev.speaker;
                }
            }
        }
        if a.speaker.is_none() && a.cue.is_none() {
            a.speaker = continued(doc, &out, q.outer, &outers).or_else(|| introduced(doc, q.outer, &outers));
        }
        let n = words(doc, span);
        let keep = if a.cue.is_some() || a.speaker.is_some() { n >= 1 } else { n >= MIN_UNCUED_WORDS };
        let scare = a.cue.is_none() && n < MIN_WORDS && a.speaker.is_none();
        if keep && !scare {
            if let Some((s, e)) = a.pronoun {
                doc.add_mention(Mention { span: s, entity: e, kind: MentionKind::Pronoun });
            }
            out.push(Quote { span, parts, speaker: a.speaker, cue: a.cue, kind: QuoteKind::Direct });
        }
        i += 1;
    }
    out
}

/// A quotation with no attribution of its own, opening its sentence, in the paragraph of the last attributed quotation or
/// the one after it, with no person named between them: the same speaker goes on (news writes a
/// speaker's next paragraph of quotation without repeating the name).
fn continued(doc: &Document, out: &[Quote], at: Span, outers: &[Span]) -> Option<EntityId> {
    // (only a quotation that opens its sentence: one inside a sentence of the writer's is a phrase)
    // (or follows a full stop the sentence splitter passed over: '… near Alta. "Nobody in Oslo …"')
    opens_sentence(doc, at)?;
    let prev = out.iter().rev().find(|p| p.kind == QuoteKind::Direct)?;
    let speaker = prev.speaker?;
    let para = |o: usize| doc.paragraphs.iter().position(|p| p.start <= o && o < p.end.max(p.start + 1));
    let (a, b) = (para(prev.span.start)?, para(at.start)?);
    if b > a + 1 || b < a {
        return None;
    }
    let between = Span::new(prev.span.end.min(at.start), at.start);
    let inside = |s: Span| outers.iter().any(|o| o.contains(s));
    let other = doc.mentions_in(between).iter().any(|m| !inside(m.span) && doc.entity(m.entity).kind == EntityKind::Person && m.entity != speaker);
    (!other).then_some(speaker)
}

/// The sentence a quotation at `at` opens — or that it opens after a full stop the sentence splitter
/// passed over ('… near Alta. "Nobody in Oslo …"') — if it opens one.
fn opens_sentence(doc: &Document, at: Span) -> Option<Span> {
    let sent = doc.sentence_of(at.start)?;
    let a0 = doc.token_at_or_after(at.start);
    (doc.token_at_or_after(sent.start) == a0 || (a0 > 0 && matches!(tok(doc, a0 - 1), "." | "!" | "?"))).then_some(sent)
}

/// A quotation with no attribution of its own that makes a sentence of its own, right after a
/// sentence of the same paragraph whose subject — opening it — is a person, and that names no other
/// person: that person's ('Tory leader Michael Howard attacked the plans. "This is a stealth tax."').
fn introduced(doc: &Document, at: Span, outers: &[Span]) -> Option<EntityId> {
    let sent = opens_sentence(doc, at)?;
    // (the quotation closes its sentence: nothing of the writer's follows it)
    let end = doc.token_at_or_after(at.end);
    if !(end >= doc.tokens.len() || doc.tokens[end].span.start >= sent.end || matches!(tok(doc, end), "." | "!" | "?")) {
        return None;
    }
    let prev = doc.sentences.iter().rev().find(|s| s.end <= sent.start)?;
    let para = |o: usize| doc.paragraphs.iter().position(|p| p.start <= o && o < p.end.max(p.start + 1));
    if para(prev.start)? != para(at.start)? {
        return None;
    }
    let inside = |s: Span| outers.iter().any(|o| o.contains(s));
    let people: Vec<&Mention> =
        doc.mentions_in(*prev).iter().filter(|m| !inside(m.span) && doc.entity(m.entity).kind == EntityKind::Person).collect();
    let first = people.first()?;
    if people.iter().any(|m| m.entity != first.entity) || !subject_like(doc, first) {
        return None;
    }
    // (nor where a pronoun in it may be someone else: "The image portrayed Mr Howard as a hypnotist,
    // he argued.")
    if doc.token_range(*prev).any(|x| matches!(tok(doc, x), "he" | "she" | "him" | "her")) {
        return None;
    }
    // (the subject opens the sentence, past a title: "Tory leader Michael Howard")
    let s0 = doc.token_at_or_after(prev.start);
    let m0 = doc.token_at_or_after(first.span.start);
    let opening = (s0..m0).all(|x| !matches!(tok(doc, x), "," | "said" | "says" | "told") && doc.mention_at(doc.tokens[x].span.start).is_none_or(|m| doc.entity(m.entity).kind != EntityKind::Person))
        && m0 - s0 <= 5;
    opening.then_some(first.entity)
}

/// "Trump’s “peace through strength” idea": the possessor speaks.
/// (only before a noun for something of the possessor's own making — an idea, a policy, a slogan:
/// "Britain's “chaotic” asylum system" and "Blair's “cabinet enforcer”" are the writer's or a
/// critic's words)
fn possessor(doc: &Document, q: &RawQuote) -> Option<EntityId> {
    let b = doc.token_at_or_after(q.outer.start);
    let e = doc.token_at_or_after(q.outer.end);
    let own = matches!(
        tok(doc, e).to_lowercase().as_str(),
        "idea" | "ideas" | "policy" | "policies" | "plan" | "plans" | "slogan" | "vision" | "pledge" | "pledges" | "promise"
            | "promises" | "doctrine" | "agenda" | "strategy" | "approach" | "programme" | "program" | "campaign" | "message"
            | "motto" | "mantra" | "project" | "formula" | "call" | "demand" | "demands" | "offer" | "proposal" | "proposals"
            | "initiative" | "manifesto" | "concept" | "theory" | "principle" | "model" | "narrative" | "rhetoric" | "line"
            | "rule" | "rules" | "test" | "target" | "targets" | "reform" | "reforms" | "label" | "brand" | "term"
    );
    if own && b >= 2 && matches!(tok(doc, b - 1), "’s" | "'s") {
        return doc.mention_at(doc.tokens[b - 2].span.start).map(|m| m.entity);
    }
    None
}

fn attr_for(doc: &Document, cues: &Cues, q: &RawQuote, outers: &[Span]) -> Attr {
    let mut k = doc.token_at_or_after(q.outer.end);
    while matches!(tok(doc, k), "," | ":") {
        k += 1;
    }
    // '… "a disgrace." He said …': a full stop closing the quotation, then a capital, is a new sentence,
    // as is a question or exclamation followed by a pronoun or article (not by a name: '"…?" Vogt asked')
    let closes = doc.slice(q.content).trim_end_matches(['"', '”', '’', '\'']).chars().last();
    let new_sentence = match closes {
        Some('.') => tok(doc, k).chars().next().is_some_and(|c| c.is_uppercase()),
        Some('?' | '!') => matches!(tok(doc, k), "He" | "She" | "They" | "It" | "We" | "I" | "The" | "A" | "An" | "This" | "That" | "But" | "And"),
        _ => false,
    };
    if !new_sentence {
        if let Some(a) = after_quote(doc, cues, q, outers, k) {
            return a;
        }
    }
    let a = before_quote(doc, cues, q, outers);
    if new_sentence && a.cue.is_none() && a.speaker.is_none() {
        // ('Tory leader Michael Howard attacked the plans. "This is a stealth tax." Chancellor Gordon Brown
        // said …': the person the sentence before introduced speaks first)
        if let Some(e) = introduced(doc, q.outer, outers) {
            return Attr { cue: None, speaker: Some(e), end_tok: None, pronoun: None };
        }
        // a quotation standing alone, then "She said …" or "But Mr Howard said …": the person the next
        // sentence opens with speaks on, so the quotation is theirs; the cue is left to that sentence's
        // own reported speech
        let from = if matches!(tok(doc, k), "But" | "And" | "Yet") { k + 1 } else { k };
        if let Some(next) = after_quote(doc, cues, q, outers, from)
            .filter(|n| n.speaker.is_some_and(|e| doc.entity(e).kind == EntityKind::Person))
        {
            return Attr { cue: None, speaker: next.speaker, end_tok: None, pronoun: None };
        }
    }
    a
}

/// After the quotation, starting at token `k`: “…,” NP cue  |  “…,” cue NP.
fn after_quote(doc: &Document, cues: &Cues, q: &RawQuote, outers: &[Span], k: usize) -> Option<Attr> {
    // ('“…,” the central bank's vice president Farhat Omar Ben Gadaravice said': a description and a
    // long name may stand between the quotation and its cue)
    let limit = (k + 14).min(doc.tokens.len());
    let para_end = doc.paragraph_of(q.outer.start).map(|p| p.end).unwrap_or(doc.text.len());
    let mut j = k;
    while j < limit && doc.tokens[j].span.start < para_end {
        let w = tok(doc, j);
        // ('X told reporters the bloc “…” but warned that …': a verb joined by "but" or "and" is the
        // subject's before the quotation, whose cue comes first)
        if j == k && matches!(w, "but" | "and" | "yet") {
            break;
        }
        // ('“…,” was the verdict of Labour MP Anne Campbell': whose view the quotation is, named after it)
        if j == k
            && matches!(w, "was" | "is" | "came")
            && matches!(tok(doc, j + 1), "the" | "his" | "her" | "their")
            && matches!(
                tok(doc, j + 2),
                "verdict" | "view" | "response" | "reaction" | "message" | "assessment" | "opinion" | "conclusion" | "reply" | "answer" | "warning"
            )
            && matches!(tok(doc, j + 3), "of" | "from")
        {
            let mut e = j + 4;
            while e < doc.tokens.len() && e < j + 12 && !is_stop(tok(doc, e)) && tok(doc, e) != "," {
                e += 1;
            }
            let (speaker, pronoun) = speaker_in(doc, j + 4..e, q.outer.start, outers);
            if speaker.is_some() {
                let cue = doc.tokens[j + 2].span;
                return Some(Attr { cue: Some(cue), speaker, end_tok: Some(e), pronoun });
            }
        }
        // ('the “bonfire of quangos” New Labour had promised': a promise after the quotation takes it as
        // its object, and reports nothing said)
        let promise = is_promise(w);
        // (past nine words only right after a person's name: the cue of a long description and name)
        let reach = j < k + 9
            || doc.mentions.iter().any(|m| {
                m.span.end == doc.tokens[j - 1].span.end && m.kind == MentionKind::Name && doc.entity(m.entity).kind == EntityKind::Person
            });
        if let Some((len, _)) = cues.at(doc, j).filter(|_| !promise && reach) {
            // ('warned against “exclusive small circles” in technology and said …': a verb joined by
            // "and" after the quotation is the subject's before it)
            if j > k && (k..j).any(|x| matches!(tok(doc, x), "and" | "but")) {
                break;
            }
            let cue = Span::new(doc.tokens[j].span.start, doc.tokens[j + len - 1].span.end);
            let np = if j == k {
                // inverted: said the minister
                let mut e = j + len;
                while e < doc.tokens.len() && e < j + len + 8 && !is_stop(tok(doc, e)) && tok(doc, e) != "," {
                    e += 1;
                }
                (j + len)..e
            } else {
                k..j
            };
            let mut end_tok = if np.end > j { np.end } else { j + len };
            let (mut speaker, pronoun) = speaker_in(doc, np.clone(), q.outer.start, outers);
            // ('“…,” said one protester, Hassan Jabbar, a rice farmer': the name after the description;
            // '“…,” said Lina Park's deputy, Omar Haddad': the name after a possessor's noun)
            if (speaker.is_none() || possessor_only(doc, np.clone())) && j == k && tok(doc, np.end) == "," {
                if let Some(m) = doc.tokens.get(np.end + 1).and_then(|t| doc.mention_at(t.span.start)) {
                    if doc.entity(m.entity).kind == EntityKind::Person && m.kind == MentionKind::Name {
                        speaker = Some(m.entity);
                        end_tok = doc.token_at_or_after(m.span.end);
                    }
                }
            }
            return Some(Attr { cue: Some(cue), speaker, end_tok: Some(end_tok), pronoun });
        }
        let person_in = |a: usize, b: usize| {
            b > a
                && doc
                    .mentions_in(Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end))
                    .iter()
                    .any(|m| doc.entity(m.entity).kind == EntityKind::Person)
        };
        // “…,” Kaja Kallas, the bloc’s foreign policy chief, told reporters  |
        // “…,” the brigade’s spokesman, Oleksandr Shyrshyn, told reporters
        // (lower case only: a capital after the quotation's closing mark opens the next sentence)
        let description = matches!(tok(doc, k), "the" | "a" | "an" | "its" | "his" | "her" | "their");
        if w == "," && j > k && (person_in(k, j) || description) {
            if let Some(next_comma) = (j + 1..(j + 12).min(doc.tokens.len())).find(|&x| tok(doc, x) == ",") {
                if let Some((len, _)) = cues.at(doc, next_comma + 1).filter(|_| person_in(k, j) || person_in(j + 1, next_comma)) {
                    let c = next_comma + 1;
                    let cue = Span::new(doc.tokens[c].span.start, doc.tokens[c + len - 1].span.end);
                    // ("Paulo Mendes's counterpart, Ana Reis, said": not the possessor)
                    let named = if person_in(k, j) && !(possessor_only(doc, k..j) && person_in(j + 1, next_comma)) { k..j } else { j + 1..next_comma };
                    let (speaker, pronoun) = speaker_in(doc, named, q.outer.start, outers);
                    return Some(Attr { cue: Some(cue), speaker, end_tok: Some(c + len), pronoun });
                }
            }
            break;
        }
        if is_stop(w) || w == "," {
            break;
        }
        j += 1;
    }
    None
}

/// Words for a company, which a state's possessive may qualify without the state speaking ("the UK's
/// biggest mortgage lender").
pub(crate) const COMPANY_WORDS: &[&str] = &[
    "company", "firm", "airline", "carrier", "lender", "bank", "retailer", "carmaker", "automaker", "insurer", "giant", "chain",
    "supermarket", "maker", "manufacturer", "producer", "conglomerate", "brewer", "miner", "operator", "exporter", "builder",
];

/// Nouns for people a state's adjective may qualify who do not speak for it ("the Iraqi families'
/// lawyer", "a Kenyan journalist"); "Omani officials", "a Kenyan diplomat" do, as the state's.
const QUALIFIED_PEOPLE: &[&str] = &[
    "lawyer", "lawyers", "analyst", "analysts", "expert", "experts", "families", "family", "relatives", "activist", "activists",
    "journalist", "journalists", "reporter", "correspondent", "people", "citizens", "residents", "protesters", "students", "workers",
    "survivors", "witness", "witnesses", "man", "woman", "men", "women", "victims", "victim",
];

/// After a possessive at token `k`, does a person's name stand in apposition to the possessed noun
/// before token `limit` ("Paulo Mendes's counterpart, Ana Reis,")?
pub(crate) fn named_in_apposition(doc: &Document, k: usize, limit: usize) -> bool {
    let person_at = |x: usize| doc.tokens.get(x).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|p| doc.entity(p.entity).kind == EntityKind::Person);
    (k + 2..(k + 8).min(limit)).any(|x| tok(doc, x) == "," && x + 1 < limit && person_at(x + 1))
}

/// Are the people named in tokens `r` all possessors of a noun after them ("Lina Park's deputy")?
fn possessor_only(doc: &Document, r: std::ops::Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let ms = doc.mentions_in(Span::new(doc.tokens[r.start].span.start, doc.tokens[r.end - 1].span.end));
    let people: Vec<_> = ms.iter().filter(|m| doc.entity(m.entity).kind == EntityKind::Person).collect();
    !people.is_empty()
        && people.iter().all(|m| {
            let k = doc.token_at_or_after(m.span.end);
            matches!(tok(doc, k), "’s" | "'s") && k + 1 < r.end && doc.mention_at(doc.tokens[k + 1].span.start).is_none()
        })
}

/// Before the quotation, in its sentence: NP cue [that|:|,] “…”, and the other ways of tying a
/// quotation to the words before it.
fn before_quote(doc: &Document, cues: &Cues, q: &RawQuote, outers: &[Span]) -> Attr {
    // before the quotation, in its sentence: NP cue [that|:|,] “…”
    let b = doc.token_at_or_after(q.outer.start);
    let sent_start = doc.sentence_of(q.outer.start).map(|s| s.start).unwrap_or(0);
    let from = b.saturating_sub(14);
    let mut best: Option<(usize, usize)> = None;
    for j in from..b {
        if doc.tokens[j].span.start < sent_start {
            continue;
        }
        if let Some((len, _)) = cues.at(doc, j) {
            // (a promise, a pledge or a vow reports the quotation right after it, or after "that", only)
            let promise = is_promise(tok(doc, j));
            let next = promise && !(j + len == b || (j + len + 1 == b && tok(doc, j + len) == "that"));
            // (a bracketed abbreviation after a name is no stop: 'told the Parliamentary Labour Party (PLP)
            // on Monday: "…"')
            let abbreviation = |x: usize| {
                matches!(tok(doc, x), "(" | ")")
                    && (x..(x + 5).min(b)).find(|&y| tok(doc, y) == ")").and_then(|y| bracketed_before(doc, y + 1)).is_some_and(|o| o <= x)
            };
            if j + len <= b && (j + len..b).all(|x| !is_stop(tok(doc, x)) || abbreviation(x)) && !next {
                best = Some((j, len));
            }
        }
    }
    // "X warned that …, a threat the Taliban called “irresponsible”": another subject's naming verb
    // between the cue and the quotation owns the quoted words, not the cue's speaker
    if let Some((j, len)) = best {
        let named_by_other = (j + len + 1..b).any(|x| {
            let w = tok(doc, x).to_lowercase();
            matches!(w.as_str(), "called" | "calls" | "call" | "described" | "describes" | "dubbed" | "labelled" | "labeled")
                && doc.mentions.iter().any(|m| m.span.end == doc.tokens[x - 1].span.end)
        });
        if named_by_other {
            best = None;
        }
    }
    if let Some((j, len)) = best {
        let cue = Span::new(doc.tokens[j].span.start, doc.tokens[j + len - 1].span.end);
        let mut a = j;
        loop {
            while a > 0 && doc.tokens[a - 1].span.start >= sent_start && !is_stop(tok(doc, a - 1)) {
                a -= 1;
            }
            // ("the Alliance of Sahel States (AES) said": a bracketed abbreviation inside the subject)
            match bracketed_before(doc, a) {
                Some(open) if doc.tokens[open].span.start >= sent_start => a = open,
                _ => break,
            }
        }
        // "…outlet Meridian.ge, the author suggests": a description in the cue's own clause names the
        // outlet; otherwise the actors of the whole run before the cue
        let clause = (a..j).rev().find(|&x| tok(doc, x) == ",").map(|x| x + 1).unwrap_or(a);
        let described = (clause..j).any(|x| DESCRIPTIONS.contains(&tok(doc, x).to_lowercase().as_str()));
        // ("X backed the talks, while Y said “…”": the clause after ", while" has its own subject)
        // (only a clause naming its subject: "…, but he replied" leaves the pronoun to the whole sentence)
        let contrast = (a + 1..j).rev().find(|&x| matches!(tok(doc, x), "while" | "whereas" | "but") && tok(doc, x - 1) == ",").filter(|&x| {
            x + 1 < j && !doc.mentions_in(Span::new(doc.tokens[x + 1].span.start, doc.tokens[j - 1].span.end)).is_empty()
        });
        let from = if described { clause } else { contrast.map_or(a, |x| x + 1) };
        // ("Mr Blair has failed, he claimed, saying he has the “wrong solution”": a participle after an
        // attribution set off by commas has that attribution's subject, not the sentence's)
        let participle = j >= 2 && tok(doc, j - 1) == "," && tok(doc, j).ends_with("ing");
        let attribution = participle
            .then(|| {
                let open = (from..j - 1).rev().find(|&x| tok(doc, x) == ",")?;
                let verb = (open + 2..j - 1).find(|&x| cues.at(doc, x).is_some())?;
                (verb + cues.at(doc, verb)?.0 == j - 1).then_some(open + 1..verb)
            })
            .flatten();
        // (its pronoun stands for someone named before the sentence, whose first words are what was said)
        // ("X said he hoped the bill would be a “gentle nudge” to the government and suggested it would
        // “demand a response”": a verb joined by "and" or "but" with no subject of its own has the
        // sentence's, past any quotation before it)
        let coordinated = j >= 1 && matches!(tok(doc, j - 1), "and" | "but") && from + 1 < j;
        let sentence_first = doc.token_at_or_after(sent_start);
        let (range, at) = match attribution {
            Some(r) => (r, sent_start),
            // (the subject before the sentence's first reporting verb: "He said …" is the pronoun's)
            None if coordinated && sentence_first < from => {
                let first_cue = (sentence_first..from).find(|&x| cues.at(doc, x).is_some()).unwrap_or(j - 1);
                (sentence_first..first_cue, doc.tokens[sentence_first].span.start)
            }
            None => (from..j, doc.tokens[j].span.start),
        };
        let (speaker, pronoun) = speaker_in(doc, range, at, outers);
        return Attr { cue: Some(cue), speaker, end_tok: None, pronoun };
    }
    // "Kallas called it “one of the strongest packages so far”", "he called for “an immediate
    // ceasefire”": words of one's own naming a thing, a statement once they run to four words or more
    // (not a label: "critics called the plan a “fresh start”", "the talks were described as “frank”")
    let long_enough = words(doc, q.content) >= MIN_WORDS;
    {
        for j in from..b {
            let w = tok(doc, j).to_lowercase();
            // ('accused the government of "punishing a peace partner …"': the accuser's words too)
            let accusing = matches!(w.as_str(), "accuse" | "accuses" | "accused" | "accusing")
                && (j + 1..b).any(|x| tok(doc, x) == "of")
                && tok(doc, b - 1) == "of";
            // ('branded the plan "a raid on pensioners"', 'dismissed the claims as "scaremongering of the
            // worst kind"')
            let dismissing = matches!(w.as_str(), "dismissed" | "dismisses" | "dismiss" | "dismissing" | "rejected" | "rejects" | "rejecting")
                && tok(doc, b - 1) == "as";
            let naming = accusing
                || dismissing
                || matches!(
                    w.as_str(),
                    "call" | "calls" | "called" | "calling" | "describe" | "describes" | "described" | "describing" | "brand" | "brands"
                        | "branded" | "branding" | "label" | "labels" | "labelled" | "labeled" | "labelling" | "dubbed" | "dubs"
                );
            // (not the passive or a participle after a noun: "he was called …", "the show described as …")
            let before = if j > 0 { tok(doc, j - 1) } else { "" };
            let passive = matches!(before.to_lowercase().as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being" | "so")
                || (j > 0
                    && before.chars().all(|ch| ch.is_lowercase())
                    && !matches!(before, "he" | "she" | "they" | "we" | "i" | "it" | "has" | "have" | "had" | "also" | "later" | "once" | "then" | "repeatedly" | "previously" | "recently" | "which" | "who")
                    && doc.mention_at(doc.tokens[j - 1].span.start).is_none());
            // (an accusation names its target first, which may run longer: "accused the prime minister and
            // Mr Brown of …")
            let reach = if accusing { 12 } else { 6 };
            // (an accusation's words are the accuser's however short: 'accused X of "lying"')
            if naming && (long_enough || accusing) && !passive && doc.tokens[j].span.start >= sent_start && b - j <= reach && (j + 1..b).all(|x| !is_stop(tok(doc, x))) {
                let mut a = j;
                while a > 0 && doc.tokens[a - 1].span.start >= sent_start && !is_stop(tok(doc, a - 1)) {
                    a -= 1;
                }
                // the subject is the verb's own clause's ("…, which Variety called “…”"), or, right after
                // "which"/"who", the name before it ("Beijing, which described …"); a verb coordinated
                // after "and" has its subject too far back to tell
                let open = (a..j).rev().find(|&x| matches!(tok(doc, x), "," | "which" | "who" | "and" | "but"));
                // ("X, whose party first raised the demand in 2022, called Tusk “…”": the clause set off by
                // commas before the verb is passed over)
                let aside = open.filter(|&x| x + 1 == j && tok(doc, x) == ",").and_then(|x| {
                    (a..x).rev().find(|&y| tok(doc, y) == ",").filter(|&y| {
                        matches!(tok(doc, y + 1), "who" | "whose" | "which" | "the" | "a" | "an" | "his" | "her" | "its")
                    })
                });
                let subject = match open {
                    _ if aside.is_some_and(|y| y > a) => a..aside.unwrap_or(a),
                    Some(x) if x + 1 < j => x + 1..j,
                    Some(x) if matches!(tok(doc, x), "which" | "who") && x >= a + 2 && tok(doc, x - 1) == "," => {
                        (x - 1).saturating_sub(4).max(a)..x - 1
                    }
                    Some(_) => j..j,
                    None => a..j,
                };
                let (speaker, pronoun) = speaker_in(doc, subject, doc.tokens[j].span.start, outers);
                if speaker.is_some() {
                    let cue = doc.tokens[j].span;
                    return Attr { cue: Some(cue), speaker, end_tok: None, pronoun };
                }
            }
        }
    }
    // according to X, “…”
    for j in from..b {
        // (not inside another quotation: '"proceeding according to plan" and that "…"')
        if tok(doc, j).eq_ignore_ascii_case("according")
            && tok(doc, j + 1) == "to"
            && doc.tokens[j].span.start >= sent_start
            && !outers.iter().any(|o| o.contains(doc.tokens[j].span))
        {
            let cue = Span::new(doc.tokens[j].span.start, doc.tokens[j + 1].span.end);
            let (speaker, pronoun) = speaker_in(doc, (j + 2)..b, q.outer.start, outers);
            return Attr { cue: Some(cue), speaker, end_tok: None, pronoun };
        }
    }
    Attr::default()
}

/// The speaker named in tokens `r`: a mention (a person first), else a
/// pronoun or a description ("the post") resolved backwards from `before`.
pub(crate) fn speaker_in(
    doc: &Document,
    r: std::ops::Range<usize>,
    before: usize,
    outers: &[Span],
) -> (Option<EntityId>, Option<(Span, EntityId)>) {
    if r.is_empty() {
        return (None, None);
    }
    // ("Asked whether Iceland would contribute, she said …": a pronoun alone after the last comma is the
    // subject; what the clause before it names is not)
    let mut r = r;
    if let Some(c) = (r.start..r.end).rev().find(|&x| tok(doc, x) == ",") {
        let rest: Vec<&str> = (c + 1..r.end).map(|x| tok(doc, x)).collect();
        if matches!(rest.first().map(|w| w.to_lowercase()).as_deref(), Some("he" | "she" | "they")) && rest.len() <= 2 {
            r = c + 1..r.end;
        }
    }
    let span = Span::new(doc.tokens[r.start].span.start, doc.tokens[r.end - 1].span.end);
    let mut ms: Vec<&Mention> = doc.mentions_in(span).iter().collect();
    // "Imran Khan's Pakistan Tehreek-e-Insaf said": the possessor is not the speaker, what it owns is
    // (nor is one whose noun a person's name stands in apposition to: "Paulo Mendes's counterpart,
    // Ana Reis, said")
    ms.retain(|m| {
        let k = doc.token_at_or_after(m.span.end);
        if k + 1 >= doc.tokens.len() || !matches!(tok(doc, k), "’s" | "'s") {
            return true;
        }
        // (nor a state whose company a description names: "The UK's biggest mortgage lender said")
        let company = doc.entity(m.entity).kind == EntityKind::State
            && (k + 1..(k + 5).min(r.end))
                .take_while(|&x| tok(doc, x).chars().all(|c| c.is_lowercase() || c == '-'))
                .any(|x| COMPANY_WORDS.contains(&tok(doc, x)));
        !(doc.mentions.iter().any(|n| n.span.start == doc.tokens[k + 1].span.start && n.span.end <= span.end)
            || named_in_apposition(doc, k, r.end)
            || company)
    });
    // ("the Iraqi families' lawyer said", "its Paris lawyer": a state's adjective or capital that
    // qualifies a person's noun is not who speaks)
    ms.retain(|m| {
        if !matches!(m.kind, MentionKind::Demonym | MentionKind::Metonym) || doc.entity(m.entity).kind != EntityKind::State {
            return true;
        }
        let k = doc.token_at_or_after(m.span.end);
        let mut qualified = (k..(k + 4).min(r.end)).take_while(|&x| {
            let w = tok(doc, x);
            w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’') && !w.is_empty()
        });
        !qualified.any(|x| QUALIFIED_PEOPLE.contains(&tok(doc, x)))
    });
    // ("In a communiqué read on Malian television, the alliance said": an actor after a preposition is
    // where or how it was said, when another actor stands free)
    let after_preposition = |m: &&Mention| {
        let i = doc.token_at_or_after(m.span.start);
        i > r.start && matches!(tok(doc, i - 1), "in" | "on" | "of" | "from" | "at" | "for" | "with" | "by" | "near" | "across" | "In" | "On")
    };
    if ms.iter().any(|m| !after_preposition(m)) {
        ms.retain(|m| !after_preposition(m));
    }
    // ('…," said Norway's state secretary for defence, Kristian Holm Aasland, at …': the name in
    // apposition after the title, past the comma that ends the words read)
    if !ms.iter().any(|m| doc.entity(m.entity).kind == EntityKind::Person) && tok(doc, r.end) == "," {
        if let Some(p) = doc.mentions.iter().find(|m| {
            m.span.start == doc.tokens.get(r.end + 1).map_or(usize::MAX, |t| t.span.start)
                && m.kind == MentionKind::Name
                && doc.entity(m.entity).kind == EntityKind::Person
                && matches!(tok(doc, doc.token_at_or_after(m.span.end)), "," | "." | "")
        }) {
            return (Some(p.entity), None);
        }
    }
    if let Some(m) = ms.iter().find(|m| doc.entity(m.entity).kind == EntityKind::Person).or(ms.first()) {
        return (Some(m.entity), None);
    }
    for i in r {
        let w = tok(doc, i).to_lowercase();
        let want_person = match w.as_str() {
            "he" | "she" | "him" | "her" | "i" => Some(true),
            // ("His office said …": the office speaks for him; "her" is read as a person already)
            "his" if matches!(tok(doc, i + 1), "office" | "aides" | "camp" | "team" | "campaign" | "administration" | "government") => {
                Some(true)
            }
            "they" | "it" | "we" => Some(false),
            w if DESCRIPTIONS.contains(&w) => None,
            _ => continue,
        };
        let e = match want_person {
            // (looked back from the pronoun itself: "He said …, adding …" opens its sentence with it)
            Some(_) => resolve_back(doc, doc.tokens[i].span.start.min(before), outers, want_person, dyad_core::Gender::of_pronoun(&w)),
            // "the post", "the author": the outlet or body named last in the sentence, if any; else
            // whoever an earlier "a statement from the foreign ministry" gave the same thing to
            None => {
                let sent = doc.sentence_of(before.saturating_sub(1)).unwrap_or(Span::new(0, before));
                doc.mentions_in(Span::new(sent.start, before))
                    .iter()
                    .rev()
                    .find(|m| matches!(doc.entity(m.entity).kind, EntityKind::Organization | EntityKind::Person))
                    .map(|m| m.entity)
                    .or_else(|| earlier_source(doc, i, &w))
                    .or_else(|| resolve_back(doc, before, outers, Some(true), None).filter(|_| w != "author" && w != "article"))
            }
        };
        let pron = match (want_person, e) {
            (Some(_), Some(e)) => Some((doc.tokens[i].span, e)),
            _ => None,
        };
        return (e, pron);
    }
    (None, None)
}

/// "… according to a statement from the Qatari foreign ministry. The
/// statement said …": the body or person an earlier mention of the same
/// description (`word` before token `at`) belonged to — named after "from" or
/// "by", as its possessor, or as the subject that issued it, in that sentence.
fn earlier_source(doc: &Document, at: usize, word: &str) -> Option<EntityId> {
    let prev = (0..at.saturating_sub(1)).rev().find(|&k| tok(doc, k).eq_ignore_ascii_case(word))?;
    let sent = doc.sentence_of(doc.tokens[prev].span.start)?;
    let actor = |m: &&dyad_core::Mention| matches!(doc.entity(m.entity).kind, EntityKind::Organization | EntityKind::Person | EntityKind::State | EntityKind::Group);
    // after: "a statement from/by X"
    if matches!(tok(doc, prev + 1), "from" | "by" | "of") {
        let after = Span::new(doc.tokens[prev + 1].span.end, doc.tokens[(prev + 6).min(doc.tokens.len() - 1)].span.end.min(sent.end));
        if let Some(m) = doc.mentions_in(after).iter().find(actor) {
            return Some(m.entity);
        }
    }
    // before: "the ministry's statement", "X issued a statement"
    let before = Span::new(sent.start, doc.tokens[prev].span.start);
    doc.mentions_in(before).iter().rev().find(actor).map(|m| m.entity)
}

/// The last actor mentioned before `before`, outside quotations: a person
/// when `want_person` is `Some(true)`, an organisation or state (else a
/// person) when `Some(false)`, anyone but a place when `None`; a person of
/// `gender` (or of none known) when one is asked for.
/// Can mention `m` be its sentence's subject: no place, not a possessor ("Plaid Cymru's spokesman Dai
/// Lloyd"), not a name after a preposition ("following talks with Mr Blair, Mr Abbas said")?
fn subject_like(doc: &Document, m: &Mention) -> bool {
    let (a, b) = (doc.token_at_or_after(m.span.start), doc.token_at_or_after(m.span.end));
    let possessor = matches!(tok(doc, b), "’s" | "'s");
    let after_prep =
        a > 0 && matches!(tok(doc, a - 1), "with" | "to" | "of" | "for" | "by" | "from" | "on" | "in" | "at" | "against" | "about" | "after");
    doc.entity(m.entity).kind != EntityKind::Place && !possessor && !after_prep
}

pub(crate) fn resolve_back(
    doc: &Document,
    before: usize,
    outers: &[Span],
    want_person: Option<bool>,
    gender: Option<dyad_core::Gender>,
) -> Option<EntityId> {
    let inside = |s: Span| outers.iter().any(|o| o.contains(s));
    // ("she" is not a man the text has named Mr or Michael)
    let fits = |e: EntityId| gender.is_none() || doc.entity(e).gender.is_none() || doc.entity(e).gender == gender;
    // a "he" opening its sentence continues the previous sentence's subject, when that is a person who
    // fits ("Michael Howard accused the prime minister and Mr Brown of … . He told Sky News: …")
    if want_person == Some(true) {
        if let Some(si) = doc.sentences.iter().position(|s| s.start <= before && before < s.end) {
            // (what precedes the pronoun, or the cue right after it, in its sentence)
            let opens = doc.text[doc.sentences[si].start..before].trim_matches(|c: char| c.is_whitespace() || "“\"‘".contains(c));
            let opens = opens.strip_suffix("He").or_else(|| opens.strip_suffix("She")).unwrap_or(opens).trim_end();
            // (a sentence before that opens with "He" too continues the one before it: "Mr Croucher said
            // … . He said they might … Mr Houston … . He told BBC News: …")
            let mut back = 1;
            while si > back
                && back < 3
                && doc.text[doc.sentences[si - back].start..doc.sentences[si - back].end]
                    .trim_start_matches(|c: char| c.is_whitespace() || "“\"‘".contains(c))
                    .starts_with(if gender == Some(dyad_core::Gender::Female) { "She " } else { "He " })
            {
                back += 1;
            }
            // ("Commenting on Mr Makarov's case, he said: …": a pronoun after an opening participle's phrase
            // is its subject, not what the phrase names — the previous sentence's subject again)
            let first_word = opens.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let before_pronoun = opens.strip_suffix("he").or_else(|| opens.strip_suffix("she")).unwrap_or(opens).trim_end();
            let opening_phrase = before_pronoun.ends_with(',')
                && first_word.starts_with(char::is_uppercase)
                && ((first_word.ends_with("ing") && first_word.len() > 5) || matches!(first_word, "Asked" | "Questioned" | "Pressed"));
            if si > 0 && (matches!(opens, "" | "But" | "And") || opening_phrase) {
                let prev = doc.sentences[si - back];
                // (the subject: not a possessor, "Plaid Cymru's spokesman Dai Lloyd", nor a name after a
                // preposition, "following talks with Mr Blair, Mr Abbas said")
                let first = doc.mentions.iter().filter(|m| prev.contains(m.span) && !inside(m.span)).find(|m| subject_like(doc, m));
                // ("Lib Dem leader Charles Kennedy has said …": a party or a state before a title is the
                // person's, who is the subject)
                let first = first.map(|m| {
                    let e = doc.token_at_or_after(m.span.end);
                    let person_after = (e..(e + 4).min(doc.tokens.len()))
                        .take_while(|&x| tok(doc, x).chars().all(|ch| ch.is_lowercase() || ch == '-') || doc.mention_at(doc.tokens[x].span.start).is_some())
                        .find_map(|x| doc.mention_at(doc.tokens[x].span.start).filter(|p| doc.entity(p.entity).kind == EntityKind::Person));
                    match person_after {
                        Some(p) if doc.entity(m.entity).kind != EntityKind::Person && e <= doc.token_at_or_after(p.span.start) => p,
                        _ => m,
                    }
                });
                // ("…, said Mr Clarke. He said: …": an inverted attribution closing the sentence names its subject)
                let closing = doc.mentions.iter().filter(|m| prev.contains(m.span) && !inside(m.span)).find(|m| {
                    let (mut a, b) = (doc.token_at_or_after(m.span.start), doc.token_at_or_after(m.span.end));
                    if a >= 1 && honorific(tok(doc, a - 1)) {
                        a -= 1;
                    }
                    let inverted = a >= 2
                        && matches!(tok(doc, a - 1), "said" | "says" | "added")
                        && tok(doc, a - 2) == ","
                        && matches!(tok(doc, b), "." | "!" | "?")
                        && doc.tokens.get(b).is_some_and(|t| t.span.end >= prev.end.saturating_sub(1));
                    // ("…, Work and Pensions Secretary Alan Johnson has warned.": a name and its reporting
                    // verb closing the sentence after a comma, past a title before the name)
                    let mut v = b;
                    if matches!(tok(doc, v), "has" | "have" | "had") {
                        v += 1;
                    }
                    let verb_closes = doc.tokens.get(v).is_some_and(|_| {
                        matches!(
                            tok(doc, v),
                            "said" | "says" | "added" | "warned" | "warns" | "insisted" | "insists" | "argued" | "argues" | "claimed" | "claims" | "admitted" | "admits" | "told" | "confirmed" | "stressed"
                        )
                    }) && matches!(tok(doc, v + 1), "." | "!" | "?")
                        && doc.tokens.get(v + 1).is_some_and(|t| t.span.end >= prev.end.saturating_sub(1));
                    let after_comma = (a.saturating_sub(6)..a).rev().find(|&x| tok(doc, x) == ",").is_some_and(|x| {
                        (x + 1..a).all(|y| doc.mention_at(doc.tokens[y].span.start).is_none_or(|n| doc.entity(n.entity).kind != EntityKind::Person))
                    });
                    inverted || (verb_closes && after_comma && doc.entity(m.entity).kind == EntityKind::Person)
                });
                // ("As Tory leader X kicked off his campaign, the Lib Dem leader Y dismissed …": past an
                // opening clause of time or reason, to the main clause's subject)
                let s0 = doc.token_at_or_after(prev.start);
                let first = if matches!(tok(doc, s0), "As" | "When" | "While" | "After" | "Before" | "Although" | "Though" | "Since" | "If" | "Once" | "Until") {
                    let comma = (s0..doc.token_range(prev).end).find(|&x| tok(doc, x) == ",");
                    comma
                        .and_then(|cm| doc.mentions.iter().filter(|m| prev.contains(m.span) && !inside(m.span) && m.span.start > doc.tokens[cm].span.start).find(|m| subject_like(doc, m)))
                        .or(first)
                } else {
                    first
                };
                let first = closing.or(first);
                if let Some(m) = first.filter(|m| doc.entity(m.entity).kind == EntityKind::Person && fits(m.entity)) {
                    return Some(m.entity);
                }
            }
        }
    }
    // an "it" opening its sentence, or its clause after an opening phrase ("In a statement posted on
    // its WeChat account, it said …"), continues the previous sentence's subject when that is a body or
    // a state — not a name in the opening phrase
    if want_person == Some(false) {
        if let Some(si) = doc.sentences.iter().position(|s| s.start <= before && before < s.end) {
            let opens = doc.text[doc.sentences[si].start..before].trim_matches(|c: char| c.is_whitespace() || "“\"‘".contains(c));
            let opens = opens.strip_suffix("It").or_else(|| opens.strip_suffix("it")).unwrap_or(opens).trim_end();
            if si > 0 && (matches!(opens, "" | "But" | "And") || opens.ends_with(',')) {
                let prev = doc.sentences[si - 1];
                // (a previous sentence whose subject is "it" too hands on what that "it" stands for)
                let s0 = doc.token_at_or_after(prev.start);
                let r = doc.token_range(prev);
                let its = (s0..r.end.min(s0 + 20))
                    .find(|&x| matches!(tok(doc, x), "It" | "it") && (x == s0 || tok(doc, x - 1) == ","))
                    .filter(|&x| x == s0 || !(s0..x).any(|y| matches!(tok(doc, y), "said" | "says" | "told")));
                if let Some(x) = its {
                    return resolve_back(doc, doc.tokens[x].span.start, outers, want_person, gender);
                }
                let first = doc
                    .mentions
                    .iter()
                    .filter(|m| prev.contains(m.span) && !inside(m.span))
                    .find(|m| subject_like(doc, m) && m.kind != MentionKind::Demonym);
                if let Some(m) = first.filter(|m| matches!(doc.entity(m.entity).kind, EntityKind::Organization | EntityKind::State)) {
                    // (and the first word of the previous sentence opens its subject: "The China Coast Guard
                    // (CCG) gave …")
                    let a = doc.token_at_or_after(m.span.start);
                    let s0 = doc.token_at_or_after(prev.start);
                    if a == s0 || (a == s0 + 1 && matches!(tok(doc, s0), "The" | "But" | "And")) {
                        return Some(m.entity);
                    }
                }
            }
        }
    }
    let mut fallback = None;
    // ("One of his fellow pupils was Vladimir Putin. … he says": a person named once, as what a copula
    // closing its sentence says someone is, is a side fact, not whom "he" goes on about)
    let side_fact = |m: &Mention| {
        let (a, b) = (doc.token_at_or_after(m.span.start), doc.token_at_or_after(m.span.end));
        a >= 1
            && matches!(tok(doc, a - 1), "was" | "is" | "were" | "are")
            && matches!(tok(doc, b), "." | ";")
            && doc.mentions.iter().filter(|n| n.entity == m.entity && n.span.end <= before).count() == 1
    };
    let mut passed_side_fact = false;
    // ("Mr Blair's government was a "…," he added": the leader who owns a body named after him is what
    // the sentence is about, not its speaker)
    let owns_body = |m: &Mention| {
        let b = doc.token_at_or_after(m.span.end);
        matches!(tok(doc, b), "’s" | "'s")
            && doc.tokens.get(b + 1).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|n| doc.entity(n.entity).kind == EntityKind::Organization)
    };
    for m in doc.mentions.iter().rev().filter(|m| m.span.end <= before && !inside(m.span)) {
        let k = doc.entity(m.entity).kind;
        match want_person {
            Some(true) if k == EntityKind::Person && fits(m.entity) && owns_body(m) => {
                fallback = fallback.or(Some(m.entity));
            }
            Some(true) if k == EntityKind::Person && fits(m.entity) && side_fact(m) && !passed_side_fact => {
                passed_side_fact = true;
                fallback = fallback.or(Some(m.entity));
            }
            Some(true) if k == EntityKind::Person && fits(m.entity) => return Some(m.entity),
            Some(false) if matches!(k, EntityKind::Organization | EntityKind::State | EntityKind::Group) => {
                return Some(m.entity)
            }
            Some(false) if k == EntityKind::Person && fallback.is_none() => fallback = Some(m.entity),
            None if k != EntityKind::Place => return Some(m.entity),
            _ => {}
        }
    }
    fallback
}
