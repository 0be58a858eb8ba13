//! Step 1: propose candidate mention spans from every source.

use crate::util::{is_cap, is_calendar_word, is_function_word, is_possessive, same_line, sentence_initial, tok, Lookups};
use dyad_core::{Document, EntityKind, Span};
use dyad_kb::{EntryId, Form, Kb};
use crate::shape::{NameLabel as NerLabel, NameSpan as NerSpan};
use std::ops::Range;

/// Where a candidate came from; on ties in length the higher wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The statistical tagger.
    Ner = 1,
    /// A title/honorific/given-name pattern.
    Pattern = 2,
    /// A name whose own words settle its type ("the Lisbon Herald", "Boston Bruins").
    Shape = 3,
    /// The knowledge-base gazetteer.
    Kb = 4,
    /// An office holder's name.
    Holder = 5,
    /// A composed institution ("Russia's Defence Ministry").
    Institution = 6,
}

/// What a candidate is linked to.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// A knowledge-base entry, by the form it was written in.
    Kb(EntryId, Form),
    /// An office holder, by index into `Kb::holders_named(name)` resolved to a name.
    Holder(String),
    /// A composed institution of a state.
    Institution {
        /// ISO3 of the state, when known.
        country: Option<String>,
        /// CAMEO sector (GOV, MIL, …).
        sector: String,
        /// Canonical name of the whole institution.
        name: String,
    },
    /// Nothing: a name the knowledge base does not know.
    None,
}

/// A proposed mention.
#[derive(Clone, Debug)]
pub struct Cand {
    /// Token range.
    pub toks: Range<usize>,
    /// Byte span (from the first token's start to the last token's end).
    pub span: Span,
    /// Proposed kind.
    pub kind: EntityKind,
    /// Who proposed it.
    pub source: Source,
    /// What it is linked to.
    pub link: Link,
}

impl Cand {
    fn new(doc: &Document, toks: Range<usize>, kind: EntityKind, source: Source, link: Link) -> Cand {
        let span = Span::new(doc.tokens[toks.start].span.start, doc.tokens[toks.end - 1].span.end);
        Cand { toks, span, kind, source, link }
    }
}

/// A state's adjective used as the name of its language: "speaks Dutch",
/// "written in Russian.", "Russian-speaking", "(Greek: Αθήνα)", "translated
/// from Persian" — but not "in Dutch universities".
fn names_language(doc: &Document, r: Range<usize>) -> bool {
    let n = doc.tokens.len();
    let word = tok(doc, r.end - 1);
    let next = if r.end < n { tok(doc, r.end) } else { "" };
    let after = if r.end + 1 < n { tok(doc, r.end + 1) } else { "" };
    // ("Russian speakers", "the Serb seat on the presidency", "the Hungarian minority": a language's
    // speakers, an ethnic group's seat or minority — no state)
    if matches!(next, "speakers" | "seat" | "seats" | "minority" | "minorities") {
        return true;
    }
    if word.ends_with('s') && !word.ends_with("ss") {
        return false; // "Americans": people
    }
    if (next == "-" && after.eq_ignore_ascii_case("speaking")) || next.eq_ignore_ascii_case("speaking") || next.eq_ignore_ascii_case("-speaking") {
        return true;
    }
    // "(Greek: Αθήνα)": a gloss in brackets
    if next == ":" && r.start > 0 && tok(doc, r.start - 1) == "(" {
        return true;
    }
    // back over a list of languages: "in Arabic and French"
    let mut k = r.start;
    while k >= 2 && matches!(tok(doc, k - 1), "and" | "or" | ",") && is_cap(doc, k - 2) {
        k -= 2;
    }
    let prev = if k > 0 { tok(doc, k - 1).to_lowercase() } else { String::new() };
    let speak_verb = |w: &str| matches!(w, "speak" | "speaks" | "spoke" | "spoken" | "speaking" | "learn" | "learned" | "learnt" | "learning" | "teach" | "taught" | "fluent");
    // ("speak a mix of Spanish and Kreyòl", "speaks broken French": past a few words saying how)
    let how = |w: &str| matches!(w, "a" | "an" | "mix" | "mixture" | "blend" | "smattering" | "of" | "broken" | "fluent" | "good" | "little" | "some" | "mostly" | "only" | "perfect" | "halting" | "native");
    let mut j = k;
    while j > 0 && k - j < 4 && how(&tok(doc, j - 1).to_lowercase()) {
        j -= 1;
    }
    let speaks = speak_verb(prev.as_str()) || (j < k && j > 0 && speak_verb(&tok(doc, j - 1).to_lowercase()));
    // after "in", "into", "from": only where no noun follows ("in Dutch universities" is the state's)
    let ends = next.is_empty()
        || doc.tokens[r.end].kind == dyad_core::TokenKind::Punct
        || matches!(next, "and" | "or" | "but" | "with" | "as" | "by" | "to" | "is" | "was" | "for" | "than" | "rather" | "instead")
        // ("teaches in French in the morning": a phrase of time or place after it)
        || matches!(next, "in" | "on" | "at" | "during" | "every" | "each" | "while" | "when" | "until" | "since" | "too" | "now" | "today" | "all");
    // (an adjective ends no phrase, and "the Dutch", the people, takes an article)
    let translated = matches!(prev.as_str(), "in" | "into" | "from") && ends;
    // ("French is the language of the state", "Russian remains the lingua franca": said to be a language)
    let said_language = matches!(next, "is" | "was" | "remains" | "became" | "becomes")
        && (r.end + 1..(r.end + 5).min(n)).any(|k| matches!(tok(doc, k), "language" | "languages" | "tongue" | "lingua"));
    speaks || translated || said_language
}

/// Token range exactly covering `span`, if the span falls on token bounds.
pub fn aligned(doc: &Document, span: Span) -> Option<Range<usize>> {
    let r = doc.token_range(span);
    if r.is_empty() {
        return None;
    }
    (doc.tokens[r.start].span.start == span.start && doc.tokens[r.end - 1].span.end == span.end).then_some(r)
}

/// All candidates, in no particular order, the article's home state (its
/// dateline's, else the one state it names): whose the officials and bodies
/// it names without a state are, and whether a dateline set it.
pub fn propose(doc: &Document, kb: &Kb, lk: &Lookups, ner: &[NerSpan]) -> (Vec<Cand>, Option<String>, bool) {
    let mut out = Vec::new();
    let titles: Vec<Range<usize>> = lk.titles.iter().filter_map(|(s, _)| aligned(doc, *s)).collect();
    let in_title = |i: usize| titles.iter().any(|r| r.contains(&i));

    // Gazetteer.
    for m in &lk.gaz {
        let Some(r) = aligned(doc, m.span) else { continue };
        let e = kb.entry(m.entry);
        // A one-word demonym or name written in lower case is not a mention ("turkey").
        // (a hyphened particle before a capitalised word is written so: "ni-Vanuatu", "al-Qaeda")
        let particle = r.len() >= 3 && tok(doc, r.start + 1) == "-" && is_cap(doc, r.start + 2);
        if !is_cap(doc, r.start) && !tok(doc, r.start).starts_with(|c: char| c.is_uppercase()) && !particle {
            continue;
        }
        if m.form == Form::Demonym && e.kind == EntityKind::State && names_language(doc, r.clone()) {
            continue;
        }
        // ("St George's Chapel", "St John's Wood": a name ending in a possessive, a capitalised word
        // right after it, is the first part of a longer name)
        if r.len() >= 2 && matches!(tok(doc, r.end - 1), "'s" | "’s") && r.end < doc.tokens.len() && is_cap(doc, r.end) {
            continue;
        }
        // "millions of Americans", "two Israelis were hurt": a plural demonym without "the" names the
        // state's people (CAMEO's civilians), not the state; "the Iranians rejected the offer" is
        // the state's side in talks
        let people = m.form == Form::Demonym && e.kind == EntityKind::State && {
            let w = tok(doc, r.end - 1);
            let the = r.start > 0 && tok(doc, r.start - 1).eq_ignore_ascii_case("the");
            w.ends_with('s') && !w.ends_with("ss") && !the
        };
        let kind = if people { EntityKind::Group } else { e.kind };
        // ("Labour costs rose", "Conservative estimates put …": a party's one-word name that is an
        // ordinary word, opening a sentence before a lower-case plural no party has, is that word)
        let party_word = r.len() == 1
            && sentence_initial(doc, r.start)
            && e.code.as_deref().is_some_and(|c| c.ends_with("PTY"))
            && {
                let next = tok(doc, r.end);
                next.len() > 3
                    && next.ends_with('s')
                    && next.chars().all(|c| c.is_lowercase())
                    && !matches!(
                        next,
                        "leaders" | "members" | "supporters" | "voters" | "activists" | "candidates" | "politicians" | "ministers" | "peers"
                            | "backbenchers" | "councillors" | "senators" | "deputies" | "lawmakers" | "rebels" | "strategists" | "sources"
                            | "officials" | "figures" | "grandees" | "says" | "wins" | "loses" | "plans" | "leads" | "trails" | "promises" | "pledges"
                            | "wants" | "seeks" | "vows" | "warns" | "claims" | "insists" | "argues" | "calls"
                    )
                    // ("Fidesz faces an election", "Fidesz runs the country": a verb, its object after it)
                    && !matches!(tok(doc, r.end + 1), "a" | "an" | "the" | "its" | "his" | "her" | "their" | "no" | "another" | "two" | "three" | "more" | "fresh" | "new")
            };
        if party_word {
            continue;
        }
        // "the Brussels-based think tank", "a Doha-based broker": where a body sits, the town itself
        let based = m.form == Form::Metonym
            && r.end + 1 < doc.tokens.len()
            && tok(doc, r.end) == "-"
            && matches!(tok(doc, r.end + 1), "based" | "headquartered" | "registered")
            && crate::util::adjacent(doc, r.end - 1, r.end);
        if based {
            out.push(Cand::new(doc, r, EntityKind::Place, Source::Kb, Link::Kb(m.entry, m.form)));
            continue;
        }
        // ("the Minsk agreements", "the Doha development talks", "the Paris climate accord": a capital
        // naming a negotiation, a treaty or a process is the town it is named after, not its state)
        let named_after = m.form == Form::Metonym && e.kind == EntityKind::State && {
            let mut k = r.end;
            let mut steps = 0;
            while steps < 2 && matches!(tok(doc, k), "development" | "climate" | "peace" | "trade" | "nuclear" | "security" | "ceasefire" | "-" | "style") {
                k += 1;
                steps += 1;
            }
            let the = r.start > 0 && tok(doc, r.start - 1).eq_ignore_ascii_case("the");
            matches!(
                tok(doc, k),
                "agreement" | "agreements" | "accord" | "accords" | "round" | "process" | "format" | "protocol" | "protocols" | "declaration"
                    | "agenda" | "convention" | "conventions" | "treaty" | "principles" | "formula" | "consensus" | "memorandum" | "communiqué"
                    | "framework" | "charter" | "syndrome"
            ) || (the && matches!(tok(doc, k), "talks" | "deal" | "plan" | "initiative" | "group" | "club" | "summit" | "conference"))
        };
        if named_after {
            out.push(Cand::new(doc, r, EntityKind::Place, Source::Kb, Link::Kb(m.entry, m.form)));
            continue;
        }
        out.push(Cand::new(doc, r, kind, Source::Kb, Link::Kb(m.entry, m.form)));
    }

    // "Democratic Senator X", "the Democratic leader", "Democratic lawmakers": in an article that names
    // the United States or its bodies, the word before a title or a word for members is the US party
    // (alone it is too common a word: "Democratic reforms", "the Democratic Republic of Congo")
    let american = out.iter().any(|c| matches!(c.link, Link::Kb(id, _) if kb.entry(id).country.as_deref() == Some("USA")));
    if american {
        let party = kb.find("Democratic Party").into_iter().map(|m| m.entry).find(|&id| kb.entry(id).country.as_deref() == Some("USA"));
        for i in 0..doc.tokens.len().saturating_sub(1) {
            if tok(doc, i) != "Democratic" || out.iter().any(|c| c.toks.contains(&i)) {
                continue;
            }
            let members = matches!(tok(doc, i + 1), "lawmakers" | "legislators" | "senators" | "congressmen" | "congresswomen" | "voters" | "leaders" | "candidates" | "colleagues");
            if let Some(id) = party.filter(|_| in_title(i + 1) || members) {
                out.push(Cand::new(doc, i..i + 1, EntityKind::Organization, Source::Kb, Link::Kb(id, Form::Name)));
            }
        }
    }
    outlets_read_as_outlets(doc, kb, &mut out);
    let (dateline, dateline_states) = datelines(doc, kb, &mut out);
    halves(doc, kb, lk, &mut out);
    // "Franco-British", "Sino-Japanese": a state's combining form at the head of a hyphenated compound
    for i in 0..doc.tokens.len().saturating_sub(2) {
        if let Some(id) = kb.combining_form(tok(doc, i)) {
            if tok(doc, i + 1) == "-" && crate::util::adjacent(doc, i, i + 1) && crate::util::adjacent(doc, i + 1, i + 2) && is_cap(doc, i + 2) {
                out.push(Cand::new(doc, i..i + 1, EntityKind::State, Source::Kb, Link::Kb(id, Form::Demonym)));
            }
        }
    }

    // Office holders by name: runs of capitalised words that name a holder.
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if is_name_word(doc, i) && in_title(i) && crate::util::given(kb, tok(doc, i)) {
            // "Amir Khan Muttaqi": a given name that is also a title ("amir") opens a holder's full name
            let mut j = i + 1;
            while j < n && is_name_word(doc, j) && !in_title(j) && same_line(doc, j - 1, j) {
                j += 1;
            }
            let whole = (i + 3..=j).rev().find(|&b| {
                !kb.holders_named(&doc.text[doc.tokens[i].span.start..doc.tokens[b - 1].span.end]).is_empty()
            });
            if let Some(b) = whole {
                let text = &doc.text[doc.tokens[i].span.start..doc.tokens[b - 1].span.end];
                if let Some(h) = crate::cluster::pick_holder(kb.holders_named(text), doc.meta.published) {
                    out.push(Cand::new(doc, i..b, EntityKind::Person, Source::Holder, Link::Holder(h.name.clone())));
                    i = b;
                    continue;
                }
            }
        }
        if !is_name_word(doc, i) || in_title(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && is_name_word(doc, j) && !in_title(j) && (j == i || same_line(doc, j - 1, j)) {
            j += 1;
            if crate::shape::regnal_closes(doc, kb, i, j) {
                j += 1;
                break;
            }
            // "Kassym-Jomart Tokayev": a hyphen inside a name, touching both halves;
            // "Tamim bin Hamad Al Thani", "Ursula von der Leyen": particles inside a name
            let hyphen = j + 1 < n
                && tok(doc, j) == "-"
                && doc.tokens[j - 1].span.end == doc.tokens[j].span.start
                && doc.tokens[j].span.end == doc.tokens[j + 1].span.start;
            if hyphen && is_name_word(doc, j + 1) {
                j += 1;
            } else if crate::util::syllable_tail(doc, j, j - i) {
                // "Lee Jae-myung"
                j += 2;
                break;
            } else {
                let mut k = j;
                while k < n && k - j < 2 && crate::shape::is(kb, tok(doc, k), dyad_kb::NameWord::PARTICLE) {
                    k += 1;
                }
                if k > j && k < n && is_name_word(doc, k) {
                    j = k;
                }
            }
        }
        // try the whole run, then shorter runs ending at each position
        let mut a = i;
        while a < j {
            let mut found = None;
            for b in (a + 1..=j).rev() {
                let text = &doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end];
                if b - a == 1 && (is_calendar_word(text) || (sentence_initial(doc, a) && text.chars().count() < 4)) {
                    continue;
                }
                // "Aliyev" in 2025 is Ilham, not his father: the holder in office on the
                // publication date, else the current one
                // "Georgia Power", "Tehran Power Plant": a holder's surname after a capitalised word
                // that is no given name (nor a known state or body) is part of another name
                // (an honorific or a royal title is no part of another name: "Prince Faisal bin Farhan")
                let glued = a > i && {
                    let prev = tok(doc, a - 1);
                    (!crate::util::given(kb, prev)
                        && !kb.honorific(prev)
                        && !crate::shape::is(kb, prev, dyad_kb::NameWord::ROYAL))
                        || lk.gaz.iter().any(|m| m.span.start == doc.tokens[a - 1].span.start)
                };
                // "Chen Wei-ting": a holder's family name followed by another given name
                // (not before a body's word: "the Trump Administration" is his administration)
                let followed = b - a == 1 && b < j && !crate::shape::is(kb, tok(doc, b), dyad_kb::NameWord::BODY);
                // "Austin, Tex.", "Mitchell, South Dakota": a town before a comma and its state or region
                let town = b - a == 1
                    && b + 1 < n
                    && tok(doc, b) == ","
                    && lk.gaz.iter().any(|m| {
                        m.span.start == doc.tokens[b + 1].span.start
                            && matches!(kb.entry(m.entry).kind, EntityKind::Place | EntityKind::State)
                    });
                if glued || followed || town {
                    continue;
                }
                // "Bill Gates", "Dan Brown": a holder's surname after a given name that is not theirs
                // names someone else
                let given_before = (a > i && b - a == 1).then(|| tok(doc, a - 1));
                let holders: Vec<&dyad_kb::Holder> = kb
                    .holders_named(text)
                    .into_iter()
                    .filter(|h| given_before.is_none_or(|g| crate::cluster::holder_given_fits(h, g)))
                    .collect();
                // "Young", "Long", "Brown", "Park": a common surname alone is the holder only after a
                // title, while they hold office on the publication date, or where the document names
                // their state ("Aliyev" beside "Baku"); a full name elsewhere is joined to it later
                let common = b - a == 1
                    && given_before.is_none()
                    // ("Parts", "Mills": the document also writes it as an ordinary word)
                    && (kb.surname(text) || crate::util::given(kb, text) || lk.written(&text.to_lowercase()));
                let supported = (a > 0 && in_title(a - 1))
                    || doc.meta.published.is_some_and(|d| holders.iter().any(|h| h.in_office(d)))
                    || holders.iter().any(|h| lk.countries.contains(&h.country.as_str()));
                // ("Busia", a Kenyan town, is also the surname of a Ghanaian prime minister of the 1970s: a lone
                // surname of holders none of whom is in office needs the same support)
                // (undated: none in office today)
                let former_only = b - a == 1
                    && given_before.is_none()
                    && !holders.is_empty()
                    && !holders.iter().any(|h| doc.meta.published.map_or(h.end.is_none(), |d| h.in_office(d)));
                if (common || former_only) && !supported {
                    continue;
                }
                // ("The port of Bar", "the town of Kitgum": a lone word after a noun for a place and "of" is
                // that place, whoever in office bears it as a surname)
                if b - a == 1 && given_before.is_none() && a >= 2 && tok(doc, a - 1) == "of" && crate::shape::is(kb, tok(doc, a - 2), dyad_kb::NameWord::PLACE_NOUN) {
                    continue;
                }
                // ("Parts of Objective One areas …": a lone word opening a sentence as the head of a noun
                // phrase, no title before it, is the holder only where the article names their state)
                let noun_phrase = matches!(tok(doc, b), "of" | "and" | "or" | "in" | "for" | "to" | "from" | "with" | "on" | "at");
                if b - a == 1
                    && given_before.is_none()
                    && sentence_initial(doc, a)
                    && noun_phrase
                    && !holders.iter().any(|h| lk.countries.contains(&h.country.as_str()))
                {
                    continue;
                }
                // ("the Power of Siberia 2 pipeline": a lone surname with no title before it, opening a name
                // that goes on with "of" and a capitalised word, names a thing — unless that word is the
                // holder's own state: "Putin of Russia")
                if b - a == 1 && given_before.is_none() && !(a > 0 && in_title(a - 1)) && tok(doc, b) == "of" && b + 1 < n && is_cap(doc, b + 1) {
                    let own_state = lk.gaz.iter().any(|m| {
                        m.span.start == doc.tokens[b + 1].span.start && holders.iter().any(|h| kb.entry(m.entry).country.as_deref() == Some(h.country.as_str()))
                    });
                    if !own_state {
                        continue;
                    }
                }
                if let Some(h) = crate::cluster::pick_holder(holders, doc.meta.published) {
                    found = Some((b, h.name.clone()));
                    break;
                }
            }
            // ("Emir Sheikh Tamim bin Hamad Al Thani": an honorific with the given name is one of the holder's
            // names, but the full name after the honorific is longer, and theirs too)
            if let Some((b, name)) = found.as_ref().filter(|_| kb.honorific(tok(doc, a)) || crate::shape::is(kb, tok(doc, a), dyad_kb::NameWord::ROYAL)) {
                let longer = (b + 1..=j).rev().find(|&b2| {
                    kb.holders_named(&doc.text[doc.tokens[a + 1].span.start..doc.tokens[b2 - 1].span.end]).iter().any(|h| &h.name == name)
                });
                if let Some(b2) = longer {
                    found = Some((b2, name.clone()));
                    a += 1;
                }
            }
            match found {
                Some((b, name)) => {
                    out.push(Cand::new(doc, a..b, EntityKind::Person, Source::Holder, Link::Holder(name)));
                    a = b;
                }
                None => a += 1,
            }
        }
        i = j;
    }

    // A peer by title: "the Duke of Sussex", "the 2nd Earl of Clare", "the Prince of Wales".
    for i in 0..n.saturating_sub(2) {
        if tok(doc, i + 1) != "of" || !crate::shape::is(kb, tok(doc, i), dyad_kb::NameWord::PEERAGE) {
            continue;
        }
        let mut j = i + 2;
        while j < n && j - i < 5 && is_cap(doc, j) && doc.tokens[j].kind == dyad_core::TokenKind::Word && same_line(doc, j - 1, j) {
            j += 1;
        }
        // ("the Duke of Edinburgh Award", "the Prince of Wales Trust": a body named after a peer)
        if j == i + 2 || (i + 2..j).any(|k| crate::shape::non_person_word(kb, tok(doc, k))) {
            continue;
        }
        // the peerage is a place's, not a common noun's ("Robin Hood: Prince of Thieves" is a film)
        let (a, b) = (doc.tokens[i + 2].span.start, doc.tokens[j - 1].span.end);
        let place = kb.populated_place(&doc.text[a..b])
            || lk.gaz.iter().any(|m| m.span.start == a && m.span.end == b && matches!(kb.entry(m.entry).kind, EntityKind::Place | EntityKind::State));
        let last = tok(doc, j - 1);
        let common = (last.ends_with('s') && !last.ends_with("ss")) || lk.written(&last.to_lowercase());
        if common && !place {
            continue;
        }
        let ordinal = i > 0 && {
            let w = tok(doc, i - 1);
            w.len() >= 3 && w.starts_with(|c: char| c.is_ascii_digit()) && ["st", "nd", "rd", "th", "d"].iter().any(|s| w.ends_with(s))
        };
        out.push(Cand::new(doc, if ordinal { i - 1 } else { i }..j, EntityKind::Person, Source::Pattern, Link::None));
    }

    // Title or honorific followed by a capitalised name: "President Macron", "Mr. Hikmet Hajiyev".
    for r in &titles {
        // ("Deputy Defence Minister X": a title right after a title; the second one's name follows)
        if r.end < doc.tokens.len() && in_title(r.end) {
            continue;
        }
        person_after(doc, kb, r.end, &in_title, &mut out);
        // "Nigeria's minister of state for defence, Bello Matawalle, said": a name of two words or more
        // set off by commas after a title and its complement
        let mut k = r.end;
        // (a complement opened by "of", "for" or "to" may hold lower-case words: "for defence")
        let complement = r.end < n && matches!(tok(doc, r.end), "of" | "for" | "to");
        while k < n
            && k - r.end < 7
            && (matches!(tok(doc, k), "of" | "for" | "to" | "the" | "and" | "at" | "in")
                || is_cap(doc, k)
                || (complement && doc.tokens[k].kind == dyad_core::TokenKind::Word))
        {
            k += 1;
        }
        // ("its chairman, Jamit anak Ujang,": a particle inside the name)
        let particle = |i: usize| i + 1 < n && kb.name_word(tok(doc, i)).has(dyad_kb::NameWord::PARTICLE) && is_name_word(doc, i + 1);
        if k < n && tok(doc, k) == "," && k + 3 < n && is_name_word(doc, k + 1) && (is_name_word(doc, k + 2) || particle(k + 2)) {
            let mut j = k + 1;
            while j < n && j - k <= 5 && (is_name_word(doc, j) || (j > k + 1 && particle(j))) && same_line(doc, j - 1, j) {
                j += 1;
            }
            let closed = j < n && matches!(tok(doc, j), "," | "." | ";");
            let words_ok = (k + 1..j).all(|x| !crate::shape::non_person_word(kb, tok(doc, x)) && !in_title(x) && !kb.honorific(tok(doc, x)));
            let known = lk.gaz.iter().any(|m| {
                let (a, b) = (doc.tokens[k + 1].span.start, doc.tokens[j - 1].span.end);
                m.span.start < b && a < m.span.end
            });
            if closed && words_ok && !known && j - k - 1 >= 2 {
                out.push(Cand::new(doc, k + 1..j, EntityKind::Person, Source::Pattern, Link::None));
            }
        }
    }
    for i in 0..n {
        if kb.honorific(tok(doc, i)) {
            person_after(doc, kb, i + 1, &in_title, &mut out);
        }
    }
    // A known given name followed by a capitalised word: "Leyla Hasanova".
    for i in 0..n.saturating_sub(1) {
        let w = tok(doc, i);
        let month_surname = crate::util::month_surname(doc, kb, i + 1);
        if is_cap(doc, i) && !is_function_word(w) && crate::util::given(kb, w) && (is_name_word(doc, i + 1) || month_surname)
        {
            let mut j = i + 1;
            while j < n && (is_name_word(doc, j) || (j == i + 1 && month_surname)) && j - i < 4 && same_line(doc, j - 1, j) {
                j += 1;
            }
            // "German Senator", "Korean Judge": a demonym and a title, not a given name and a surname
            // ("Tory Liam Fox": a party's name, though "Tory" is also a given name)
            let state_word = out.iter().any(|c| {
                c.source == Source::Kb
                    && c.toks.start == i
                    && match c.link {
                        Link::Kb(id, _) => {
                            let e = kb.entry(id);
                            (c.kind == EntityKind::State && e.ambiguous.is_none())
                                || (c.toks.len() == 1 && crate::util::is_party(e) && crate::util::given(kb, tok(doc, i + 1)))
                        }
                        _ => false,
                    }
            });
            // ("the BRP Teresa Magbanua": a ship's name)
            let ship = i > 0 && crate::util::vessel_prefix(kb, tok(doc, i - 1));
            // ("Al Qurm Maritime Holdings PJSC … Al Qurm said": a company's short name the shape reading
            // gave it, whose opening word is also a given name)
            let here = &doc.text[doc.tokens[i].span.start..doc.tokens[j - 1].span.end];
            let company_short = ner.iter().any(|s| s.label == NerLabel::Organization && s.start_tok == i && s.end_tok == j)
                && ner.iter().any(|s| {
                    s.label == NerLabel::Organization && s.start_tok != i && doc.text[s.span.start..s.span.end].strip_prefix(here).is_some_and(|rest| rest.starts_with(' '))
                });
            // ("the markets of Ben Guerdane": a name the shape reading settled as a place)
            // ("the shops in the Zona Baja": or as no person at all)
            let settled_place = ner.iter().any(|s| matches!(s.label, NerLabel::Location | NerLabel::Misc) && s.sure && s.start_tok == i && s.end_tok == j);
            if state_word || ship || company_short || settled_place || (i..j).any(|k| crate::shape::non_person_word(kb, tok(doc, k)) || in_title(k)) {
                continue;
            }
            out.push(Cand::new(doc, i..j, EntityKind::Person, Source::Pattern, Link::None));
        }
    }

    // The statistical tagger.
    for s in ner {
        let Some(mut r) = aligned(doc, s.span) else { continue };
        match s.label {
            NerLabel::Person => {
                // strip leading titles, honorifics and state words ("Israeli PM Benjamin Netanyahu")
                while r.start < r.end
                    && (in_title(r.start)
                        // "Direct Major-General Scott to …", "Former President X": a word opening the
                        // sentence before a title
                        || (sentence_initial(doc, r.start) && r.start + 1 < r.end && in_title(r.start + 1))
                        || kb.honorific(tok(doc, r.start))
                        || (is_function_word(tok(doc, r.start)) && !crate::util::opens_name(doc, r.start))
                        || (!is_cap(doc, r.start) && !(crate::util::hyphened_particle(doc, kb, r.start) && is_cap(doc, r.start + 2)))
                        || out.iter().any(|c| {
                            // a state's adjective or abbreviation always; its name or capital only
                            // before a title ("Moscow Mayor X"), not before a surname ("Paris Hilton")
                            let adjective = matches!(c.link, Link::Kb(_, Form::Demonym | Form::Abbreviation));
                            // "UN Secretary-General X", "NATO Secretary General X": a body before a title too
                            let before_title = || c.toks.end < r.end && (in_title(c.toks.end) || kb.honorific(tok(doc, c.toks.end)));
                            // "Tory Liam Fox", "Republican Lindsey Graham": a party before a given name
                            let party_before_given = || {
                                c.toks.end < r.end
                                    && matches!(c.link, Link::Kb(id, _) if crate::util::is_party(kb.entry(id)))
                                    && crate::util::given(kb, tok(doc, c.toks.end))
                            };
                            c.source == Source::Kb
                                && c.toks.contains(&r.start)
                                && ((c.kind == EntityKind::State && (adjective || before_title()))
                                    || (c.kind == EntityKind::Organization && (before_title() || party_before_given())))
                                && !matches!(c.link, Link::Kb(id, _) if kb.entry(id).ambiguous.as_deref().is_some_and(|a| a.contains("given name")))
                        }))
                {
                    r.start += 1;
                }
                while r.end > r.start
                    && !is_cap(doc, r.end - 1)
                    && !(r.end >= r.start + 4 && crate::util::syllable_tail(doc, r.end - 2, r.end - 2 - r.start))
                {
                    r.end -= 1;
                }
                // "Jonathan Sayeed MP": a title after the name is no part of it (a surname that is also a
                // title is: "Damian King", "Alexander Pope"); "the Mid-Bedfordshire
                // MP" names no one by name at all
                let full = r.end;
                while r.end > r.start && in_title(r.end - 1) && !kb.surname(tok(doc, r.end - 1)) {
                    r.end -= 1;
                }
                if r.end < full && !(r.start..r.end).any(|k| crate::util::given(kb, tok(doc, k))) {
                    continue;
                }
                if r.start < r.end {
                    out.push(Cand::new(doc, r, EntityKind::Person, if s.sure { Source::Shape } else { Source::Ner }, Link::None));
                }
            }
            NerLabel::Location | NerLabel::Organization => {
                // (a name its own words settle as a body keeps a title-like word: "General Intelligence Directorate")
                if !s.sure && r.clone().any(in_title) {
                    continue;
                }
                // "U.S.-Russia", "Armenian-Azerbaijani": compounds of known states are their parts
                // (a hyphen beside the state: not "the Kenya Cross-Border Traders Association")
                let joins_states = r.clone().any(|i| {
                    tok(doc, i) == "-"
                        && out.iter().any(|c| c.source == Source::Kb && c.kind == EntityKind::State && r.contains(&c.toks.start) && (c.toks.end == i || c.toks.start == i + 1))
                });
                // "the U.S. Middle East policy": known names side by side are not one new name
                let all_known = r.clone().all(|i| {
                    out.iter().any(|c| c.source == Source::Kb && c.toks.contains(&i)) || tok(doc, i) == "-"
                });
                // ("BBC Persian", "Al Jazeera English": a known body and a language is its service)
                let service = || {
                    s.label == NerLabel::Organization
                        && out.iter().any(|c| {
                            c.source == Source::Kb
                                && c.kind == EntityKind::Organization
                                && c.toks.start == r.start
                                && c.toks.end < r.end
                                && (c.toks.end..r.end).all(|i| {
                                    kb.language(tok(doc, i))
                                        || out.iter().any(|d| d.toks.contains(&i) && matches!(d.link, Link::Kb(_, Form::Demonym)))
                                })
                        })
                };
                // ("the New Zealand Labour Party", "the Fijian Labour Party": a state before a party
                // another state's party bears the name of is that state's own party, one name)
                let own_party = || {
                    out.iter().any(|c| {
                        c.source == Source::Kb
                            && c.kind == EntityKind::State
                            && c.toks.start == r.start
                            && !matches!(c.link, Link::Kb(_, Form::Metonym))
                            && out.iter().any(|p| {
                                p.source == Source::Kb
                                    && p.toks.start == c.toks.end
                                    && p.toks.end == r.end
                                    && matches!((&c.link, &p.link), (Link::Kb(s, _), Link::Kb(o, _))
                                        if crate::util::is_party(kb.entry(*o)) && kb.entry(*o).country != kb.entry(*s).country)
                            })
                    })
                };
                if joins_states || (all_known && !service() && !own_party()) {
                    continue;
                }
                while r.start < r.end
                    && (is_function_word(tok(doc, r.start)) && tok(doc, r.start) != "The")
                    && !crate::util::opens_name(doc, r.start)
                {
                    r.start += 1;
                }
                if r.start < r.end
                    && tok(doc, r.start) == "The"
                    && r.len() > 1
                    && (!is_cap(doc, r.start + 1) || s.label == NerLabel::Location)
                {
                    // "The" belongs to an outlet's or a band's name, not to a place's
                    r.start += 1;
                }
                if r.is_empty() || r.clone().all(|i| is_calendar_word(tok(doc, i))) {
                    continue;
                }
                let kind =
                    if s.label == NerLabel::Location { EntityKind::Place } else { EntityKind::Organization };
                out.push(Cand::new(doc, r, kind, if s.sure { Source::Shape } else { Source::Ner }, Link::None));
            }
            NerLabel::Misc => {}
        }
    }

    // "Mr Blair said": an honorific and a surname that is a given name too ("Blair", "Howard") is the
    // office holder of that surname in office on the publication date, whose state the article names,
    // when only one fits and the article names no one else of that surname in full
    if let Some(date) = doc.meta.published {
        for i in 1..doc.tokens.len() {
            let w = tok(doc, i);
            if !matches!(tok(doc, i - 1), "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr.")
                || !is_cap(doc, i)
                || is_cap(doc, i + 1)
                || out.iter().any(|c| c.toks.contains(&i) && c.toks.len() > 1)
            {
                continue;
            }
            let holders: Vec<&dyad_kb::Holder> =
                kb.holders_with_surname(w).into_iter().filter(|h| h.in_office(date) && lk.countries.contains(&h.country.as_str())).collect();
            let [h] = holders.as_slice() else { continue };
            let other_full = (1..doc.tokens.len()).any(|k| {
                tok(doc, k) == w && is_cap(doc, k - 1) && crate::util::given(kb, tok(doc, k - 1)) && !h.name.split_whitespace().any(|g| g == tok(doc, k - 1))
            });
            if !other_full {
                out.push(Cand::new(doc, i..i + 1, EntityKind::Person, Source::Holder, Link::Holder(h.name.clone())));
            }
        }
    }

    // without a dateline, a document that names one state only is about that state's institutions;
    // a dateline's state that the article never names again is only where the reporter sat
    // ("ADDIS ABABA — … soldiers seized power in Bissau … the military said"): the state the
    // article names most, at least three times, is home then
    let counts = state_counts(doc, kb, &out);
    let home = match dateline {
        Some(d) => {
            let country = kb.entry(d).country.as_ref();
            let named_again = counts.iter().any(|(c, _, n)| Some(c) == country && *n > 1);
            if named_again { Some(d) } else { main_state(&counts).or(Some(d)) }
        }
        // (a dateline town only GeoNames knows: of the states with a town so named, the one the story
        // names most)
        None if !dateline_states.is_empty() => counts
            .iter()
            .filter(|(c, _, _)| dateline_states.contains(c))
            .max_by_key(|(_, _, n)| *n)
            .map(|(_, id, _)| *id),
        None => only_state(&counts).or_else(|| named_once_at_home(kb, &out, &counts)).or_else(|| bodies_at_home(kb, &out, &counts)),
    };
    // "the opposition Congress" in an article from New Delhi is no US Congress: a name other states'
    // bodies bear too names the knowledge base's body only where the article is not at home elsewhere
    let at_home = home.or_else(|| main_state(&counts)).and_then(|h| kb.entry(h).country.clone());
    let state_words: Vec<(Span, String)> = out
        .iter()
        .filter(|c| c.kind == EntityKind::State)
        .filter_map(|c| match c.link {
            Link::Kb(id, _) => kb.entry(id).country.clone().map(|k| (c.span, k)),
            _ => None,
        })
        .collect();
    // ("the US Congress … presented to Congress": the body named in full before is the one meant)
    let named_in_full: Vec<EntryId> = out
        .iter()
        .filter_map(|c| match c.link {
            Link::Kb(id, _) if kb.entry(id).ambiguous.is_none() => Some(id),
            _ => None,
        })
        .collect();
    for c in out.iter_mut() {
        let Link::Kb(id, form) = c.link else { continue };
        let e = kb.entry(id);
        if e.ambiguous.as_deref() == Some(dyad_kb::GENERIC) && e.country != at_home {
            if let Some(full) = named_in_full.iter().find(|&&f| kb.entry(f).id == e.id) {
                c.link = Link::Kb(*full, form);
                continue;
            }
        }
        // ("I leave security to the Ministry of Defense" in a story on Japan and Korea that sets itself in
        // neither and never names Britain: some state's ministry, not Britain's; a story naming no state at
        // all still means the body the world knows by the name: "Congress voted on Tuesday")
        if e.ambiguous.as_deref() == Some(dyad_kb::GENERIC)
            && at_home.is_none()
            && !state_words.is_empty()
            && !state_words.iter().any(|(_, country)| Some(country) == e.country.as_ref())
        {
            c.link = Link::None;
            continue;
        }
        if e.ambiguous.as_deref() == Some(dyad_kb::GENERIC) && at_home.is_some() && e.country != at_home {
            // ("BUENOS AIRES — … a law that Congress toughened": it is the home state's body of that kind,
            // unless the sentence names another state before it)
            // (an article without a dateline that names the knowledge base's body's own state may mean
            // that body: "US firm pulls out of Iraq … funds approved by Congress")
            let sentence = doc.sentence_of(c.span.start);
            let other = sentence.is_some_and(|se| {
                state_words.iter().any(|(s, country)| s.start >= se.start && s.end <= c.span.start && Some(country) != at_home.as_ref())
            }) || (dateline.is_none() && state_words.iter().any(|(_, country)| Some(country) == e.country.as_ref()));
            c.link = match (&at_home, e.sector.as_deref()) {
                (Some(h), Some(sector)) if !other => {
                    let state = kb.state(h).map_or(h.clone(), |st| st.name.clone());
                    let name = format!("{} ({state})", c.span.of(&doc.text).trim_start_matches("the "));
                    Link::Institution { country: Some(h.clone()), sector: sector.to_string(), name }
                }
                _ => Link::None,
            };
        }
    }
    // (without a dateline, an article that names one state far more than any other — three times at
    // least, twice as often as the next — is about that state's institutions: "the interior ministry
    // said" in a piece on Georgia's protests)
    let dominant = || {
        let mut c = counts.clone();
        c.sort_by_key(|x| std::cmp::Reverse(x.2));
        match c.as_slice() {
            [first, second, ..] if first.2 >= 3 && first.2 >= 2 * second.2 => Some(first.1),
            [first] if first.2 >= 3 => Some(first.1),
            _ => None,
        }
    };
    institutions(doc, kb, &mut out, home, if home.is_none() { dominant() } else { None });
    // ("the Paris Agreement", "the Minsk Protocol", "the Vienna Document": a capital naming a treaty
    // or a text is where it was made, no party to anything)
    // (and a place opening one: "the Indus Waters Treaty", "the Dayton Peace Accords")
    let names_thing = |c: &Cand| {
        (c.toks.end..(c.toks.end + 3).min(doc.tokens.len()))
            .take_while(|&k| is_cap(doc, k) && crate::util::same_line(doc, k - 1, k))
            .any(|k| crate::shape::is(kb, tok(doc, k), dyad_kb::NameWord::THING))
    };
    out.retain(|c| {
        !(((c.kind == EntityKind::State && matches!(c.link, Link::Kb(_, Form::Metonym)) && c.toks.end < doc.tokens.len()
            && is_cap(doc, c.toks.end)
            && crate::shape::is(kb, tok(doc, c.toks.end), dyad_kb::NameWord::THING))
            || (c.kind == EntityKind::Place && matches!(c.link, Link::Kb(..)) && names_thing(c))))
    });
    // ("the BRP Teresa Magbanua … The Teresa Magbanua was struck": a ship's name, with its prefix or
    // without, is no person)
    // ("the tanker Marisol Star", "the bulk carrier X", "the Liberian-flagged X": or after a noun for a
    // vessel, a carrier of a cargo or a flag)
    let before_ship = |k: usize| {
        crate::util::vessel_prefix(kb, tok(doc, k)) || (k + 1 < doc.tokens.len() && is_cap(doc, k + 1) && crate::util::before_ship_name(doc, kb, k))
    };
    let ships: Vec<String> = (0..doc.tokens.len())
        .filter(|&k| before_ship(k))
        .map(|k| {
            let end = (k + 1..(k + 6).min(doc.tokens.len())).take_while(|&x| is_cap(doc, x) || matches!(tok(doc, x), "of" | "de" | "la")).last();
            end.map_or(String::new(), |e| doc.text[doc.tokens[k + 1].span.start..doc.tokens[e].span.end].to_string())
        })
        .filter(|s| !s.is_empty())
        .collect();
    if !ships.is_empty() {
        out.retain(|c| c.kind != EntityKind::Person || !ships.iter().any(|s| s.contains(&doc.text[c.span.start..c.span.end])));
    }
    // ("Md. Touhid Hossain": the short form of Mohammad before a name is no Maryland, which follows a town
    // and a comma: "Annapolis, Md.")
    // (the sentence splitter may end a sentence at its full stop: a name follows when the next word is a
    // given name or a surname, or opens a run of capitalised words that no function word opens)
    out.retain(|c| {
        let e = c.toks.end;
        let name_follows = e + 1 < doc.tokens.len() && is_cap(doc, e) && same_line(doc, e - 1, e) && {
            let next = tok(doc, e);
            crate::util::given(kb, next)
                || kb.surname(next)
                || (is_cap(doc, e + 1) && !matches!(next, "The" | "A" | "An" | "In" | "On" | "At" | "It" | "He" | "She" | "They" | "We" | "But" | "And" | "This" | "That"))
        };
        !(c.kind == EntityKind::Place && matches!(&doc.text[c.span.start..c.span.end], "Md." | "Md") && name_follows)
    });
    // ("Treasury Secretary Scott Bessent": a body's name inside a longer title names the office, not the body;
    // "a Treasury spokesperson" keeps it, "spokesperson" alone being the title)
    out.retain(|c| {
        // ("the Minister of Energy, Petroleum and Mines": nor a portfolio a minister's title lists)
        !(c.kind == EntityKind::Organization
            && (matches!(c.link, Link::Kb(..)) || doc.text[c.span.start..c.span.end].contains(" and "))
            && lk.titles.iter().any(|(t, _)| t.start <= c.span.start && c.span.end <= t.end && t.len() > c.span.len()))
    });
    // ("told RPP radio" in a story from Lima: a party's acronym — Nepal's Rastriya Prajatantra Party's — in a
    // story that names states, that party's nowhere else, is no party of that state; "Deputy X of the CHP",
    // with no state named at all, is still Turkey's)
    for c in out.iter_mut() {
        let Link::Kb(id, Form::Abbreviation) = c.link else { continue };
        let e = kb.entry(id);
        let party = matches!(e.kind, EntityKind::Organization | EntityKind::Group) && e.sector.as_deref() == Some("PTY");
        let Some(cc) = e.country.as_deref().filter(|_| party) else { continue };
        let states = lk.gaz.iter().filter(|m| m.span != c.span && kb.entry(m.entry).kind == EntityKind::State);
        let (own, other) = states.fold((false, false), |(own, other), m| {
            let here = kb.entry(m.entry).country.as_deref() == Some(cc);
            (own || here, other || !here)
        });
        if other && !own {
            c.link = Link::None;
        }
    }
    let dated = dateline.is_some() || !dateline_states.is_empty();
    (out, home.and_then(|h| kb.entry(h).country.clone()), dated)
}



/// "Bilal Yousafzai of Dawn reports", "she told The Star", "the Hindu newspaper": an outlet the knowledge
/// base writes with a qualifier ("Dawn (newspaper)", "The Star (Kenya)") because its bare name is an
/// ordinary word or several states' papers', named where the words around it read it as an outlet — after
/// "told", "of" a person's name, a reporter "for", an interview "with", "according to", "quoted by"; before
/// "reported", "newspaper", "'s correspondent". Of several outlets so named, the one whose state the text
/// names, else the one known without a qualifier ("the Guardian newspaper" is The Guardian); one qualified
/// outlet alone needs its state named too, unless a capital "The" inside the sentence or a word for an outlet
/// after it leaves no doubt.
fn outlets_read_as_outlets(doc: &Document, kb: &Kb, out: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    let named: Vec<String> = out.iter().filter_map(|c| if let Link::Kb(id, _) = c.link { kb.entry(id).country.clone() } else { None }).collect();
    let mut i = 0;
    while i < n {
        if !is_cap(doc, i) {
            i += 1;
            continue;
        }
        let found = (1..=3usize).rev().filter(|len| i + len <= n).find_map(|len| {
            let ids = kb.outlets_named(&doc.text[doc.tokens[i].span.start..doc.tokens[i + len - 1].span.end]);
            (!ids.is_empty()).then_some((len, ids))
        });
        let Some((len, ids)) = found else {
            i += 1;
            continue;
        };
        let e = i + len;
        // (a capital "The" is the name's, a lower-case one not: "of The Hindu", "in the Guardian")
        let a = if i > 0 && tok(doc, i - 1) == "The" && same_line(doc, i - 1, i) { i - 1 } else { i };
        let b = if a == i && i > 0 && tok(doc, i - 1) == "the" { i - 1 } else { a };
        // (not one word of a longer name: "Dawn Butler", "Star Alliance")
        if (e < n && is_cap(doc, e) && same_line(doc, e - 1, e)) || (a > 0 && a == i && is_cap(doc, a - 1) && !sentence_initial(doc, a)) {
            i = e;
            continue;
        }
        let the_cap = a < i && tok(doc, a) == "The" && !sentence_initial(doc, a);
        let (before, before2) = (if b > 0 { tok(doc, b - 1) } else { "" }, if b > 1 { tok(doc, b - 2) } else { "" });
        let (after, after2) = (tok(doc, e), tok(doc, e + 1));
        let noun_after = matches!(after, "newspaper" | "daily" | "weekly" | "website" | "tabloid" | "broadsheet");
        let reads_as_outlet = matches!(before, "told" | "tells" | "telling")
            || (before == "of" && b >= 2 && (is_cap(doc, b - 2) || matches!(before2, "editor" | "reporter" | "correspondent" | "columnist" | "publisher" | "owner" | "pages" | "edition" | "website")))
            || (before == "for" && matches!(before2, "reporter" | "correspondent" | "writer" | "columnist" | "writing" | "writes" | "wrote" | "works" | "worked" | "reporting" | "editor"))
            || (before == "with" && matches!(before2, "interview" | "interviews"))
            || (before == "by" && matches!(before2, "quoted" | "published" | "reported" | "cited" | "obtained" | "seen" | "interviewed"))
            || (before == "in" && matches!(before2, "wrote" | "writing" | "writes" | "published" | "op-ed" | "column" | "article" | "editorial" | "piece" | "commentary"))
            || (before == "to" && before2 == "according")
            || noun_after
            || matches!(after, "reported" | "reports" | "quoted")
            || (is_possessive(after) && matches!(after2, "correspondent" | "reporter" | "editor" | "editorial" | "report" | "website" | "columnist" | "front"));
        // (an outlet known without a qualifier is the one the world means, unless only another's state
        // is named: "the Guardian newspaper" in a story on Tanzania may be Dar es Salaam's)
        let plain = |id: EntryId| !kb.entry(id).name.ends_with(')');
        let of_named = |id: EntryId| kb.entry(id).country.as_ref().is_some_and(|cc| named.contains(cc));
        let pick = ids.iter().copied().filter(|&id| of_named(id)).max_by_key(|&id| plain(id))
            .or_else(|| ids.iter().copied().find(|&id| plain(id)))
            .or_else(|| (ids.len() == 1 && (the_cap || noun_after)).then(|| ids[0]));
        if let Some(id) = pick.filter(|_| reads_as_outlet) {
            out.push(Cand::new(doc, a..e, EntityKind::Organization, Source::Kb, Link::Kb(id, Form::Name)));
        }
        i = e;
    }
}

/// "the North", "the South": in a document that names both halves of a divided
/// state ("North Korea" and "South Korea"), the half its direction names.
fn halves(doc: &Document, kb: &Kb, lk: &Lookups, out: &mut Vec<Cand>) {
    let named = |dir: &str| -> Option<(EntryId, String)> {
        lk.gaz.iter().map(|m| m.entry).find_map(|id| {
            let e = kb.entry(id);
            let rest = e.name.strip_prefix(dir)?.strip_prefix(' ')?;
            (e.kind == EntityKind::State && e.ambiguous.is_none()).then(|| (id, rest.to_string()))
        })
    };
    let (Some(north), Some(south)) = (named("North"), named("South")) else { return };
    if north.1 != south.1 {
        return;
    }
    for i in 1..doc.tokens.len() {
        let id = match tok(doc, i) {
            "North" => north.0,
            "South" => south.0,
            _ => continue,
        };
        let next_is_name = i + 1 < doc.tokens.len() && (is_cap(doc, i + 1) || tok(doc, i + 1) == "-");
        if tok(doc, i - 1).eq_ignore_ascii_case("the") && !next_is_name {
            out.push(Cand::new(doc, i..i + 1, EntityKind::State, Source::Kb, Link::Kb(id, Form::Name)));
        }
    }
}

/// "TASHKENT, March 3 —", "NEW DELHI (Reuters) -": a place in capitals opening a
/// paragraph, before a comma, bracket or dash, is read in title case.
///
/// Also returns, for a dateline town only GeoNames knows ("SAMRAONG —"), the states that have a town so
/// named: the story is set in whichever of them it names.
fn datelines(doc: &Document, kb: &Kb, out: &mut Vec<Cand>) -> (Option<EntryId>, Vec<String>) {
    let mut first = None;
    let mut geo: Vec<String> = Vec::new();
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let r = doc.token_range(*p);
        // ("SEOUL/UNITED NATIONS, Nov 18 –": places joined by a slash, each read alone)
        let mut j = r.start;
        while j < r.end && j - r.start < 7 {
            let w = tok(doc, j);
            // ("NUKU'ALOFA, Oct 2 —": an apostrophe inside the town's name too)
            let caps = w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’')) && w.chars().any(char::is_alphabetic);
            // ("AK-SAI, Kyrgyzstan —": a hyphen joined tight inside the town's name)
            let joined = w == "-" && j > r.start && j + 1 < r.end && crate::util::adjacent(doc, j - 1, j) && crate::util::adjacent(doc, j, j + 1);
            if caps || (w == "/" && j > r.start) || joined {
                j += 1;
            } else {
                break;
            }
        }
        if j == r.start || j >= r.end || !matches!(tok(doc, j), "," | "(" | "—" | "–" | "-") {
            continue;
        }
        let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
        let mut a = r.start;
        for k in r.start..=j {
            if k == j || tok(doc, k) == "/" {
                if k > a {
                    parts.push(a..k);
                }
                a = k + 1;
            }
        }
        if parts.iter().any(|p| p.len() > 3) {
            continue;
        }
        for part in parts {
            let caps = &doc.text[doc.tokens[part.start].span.start..doc.tokens[part.end - 1].span.end];
            let titled: String = caps
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map(|c| c.to_string() + &cs.as_str().to_lowercase()).unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
            if titled.len() != caps.len() {
                continue;
            }
            // (the state named after the town and its comma: "NORTH MITROVICA, Kosovo, Nov 18 –")
            let state = (part.end == j && tok(doc, j) == ",")
                .then(|| out.iter().find(|c| c.toks.start == j + 1 && c.kind == EntityKind::State && matches!(c.link, Link::Kb(_, Form::Name))))
                .flatten()
                .and_then(|c| match c.link {
                    Link::Kb(id, _) => Some(id),
                    _ => None,
                });
            let m = kb.find(&titled);
            // ("KASUMBALESA, Zambia —": a border town the knowledge base puts on the other side is the
            // namesake on the side the dateline names)
            let other_side = |m: &&dyad_kb::KbMatch| {
                let e = kb.entry(m.entry);
                e.kind == EntityKind::Place && state.is_some_and(|s| kb.entry(s).country.is_some() && kb.entry(s).country != e.country)
            };
            let Some(m) = m.iter().find(|m| m.span.start == 0 && m.span.end == titled.len()).filter(|m| !other_side(m)) else {
                // ("NORTH MITROVICA, Kosovo, Nov 18 –": a town the knowledge base lacks, then its state)
                if let Some(id) = state {
                    out.push(Cand::new(doc, part.clone(), EntityKind::Place, Source::Kb, Link::None));
                    first.get_or_insert(id);
                } else if pi <= 2 && first.is_none() && geo.is_empty() && part.end == j && !kb.place_countries(&titled).is_empty() {
                    // ("SAMRAONG — When the shelling began": a town the knowledge base lacks, which GeoNames
                    // knows, opening the story's first paragraphs)
                    out.push(Cand::new(doc, part.clone(), EntityKind::Place, Source::Kb, Link::None));
                    geo = kb.place_countries(&titled).into_iter().map(String::from).collect();
                }
                continue;
            };
            let e = kb.entry(m.entry);
            // ("UNITED NATIONS, Nov 20 –": filed from a body's seat, which is that body, no state's)
            if e.kind == EntityKind::Organization {
                out.push(Cand::new(doc, part.clone(), e.kind, Source::Kb, Link::Kb(m.entry, m.form)));
                continue;
            }
            if matches!(e.kind, EntityKind::State | EntityKind::Place) {
                out.push(Cand::new(doc, part.clone(), e.kind, Source::Kb, Link::Kb(m.entry, m.form)));
                if first.is_none() && e.country.is_some() {
                    first = Some(m.entry);
                }
            }
        }
    }
    (first, geo)
}

/// A word that can be part of a person's name.
fn is_name_word(doc: &Document, i: usize) -> bool {
    let w = tok(doc, i);
    is_cap(doc, i)
        && !is_function_word(w)
        && !is_calendar_word(w)
        && !crate::util::short_month_before_day(doc, i)
        && w.chars().any(|c| c.is_lowercase())
        || (w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_uppercase()))
}

fn person_after(doc: &Document, kb: &Kb, start: usize, in_title: &dyn Fn(usize) -> bool, out: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    // ("the Lord Chancellor", "the Lord Chief Justice": an honorific that opens a title is the title's)
    if start > 0 && in_title(start - 1) && in_title(start) {
        return;
    }
    let mut j = start;
    let mut words = 0;
    // "GEN. ODALYS QUINTERO:": after a title in capitals, as transcripts write it, a name in capitals too
    let caps = start > 0 && dyad_kb::is_all_caps(tok(doc, start - 1));
    let name_word = |k: usize| {
        is_name_word(doc, k)
            || (caps && is_cap(doc, k) && dyad_kb::is_all_caps(tok(doc, k)) && !is_function_word(&dyad_kb::title_case(tok(doc, k))))
    };
    while j < n && name_word(j) && words < 4 && !kb.honorific(tok(doc, j)) && (j == start || same_line(doc, j - 1, j)) {
        // "Deputy Agriculture Minister Ana Lunde": a portfolio between two titles is no name; the
        // second title's own name follows it
        if j > start && in_title(j) {
            return;
        }
        j += 1;
        words += 1;
        // "Emir Meshal al-Ahmad al-Jaber al-Sabah": particles joined by a hyphen stay in the name
        while crate::util::hyphened_particle(doc, kb, j) && is_cap(doc, j + 2) && same_line(doc, j - 1, j) {
            j += 3;
        }
        // "Yunus-Bek Yevkurov", "Jean-Yves Le Drian": a hyphen inside the name
        if j + 1 < n && tok(doc, j) == "-" && crate::util::adjacent(doc, j - 1, j) && crate::util::adjacent(doc, j, j + 1) && name_word(j + 1) {
            j += 1;
            continue;
        }
        if crate::shape::regnal_closes(doc, kb, start, j) {
            j += 1;
            break;
        }
        if crate::util::syllable_tail(doc, j, j - start) {
            j += 2;
            break;
        }
    }
    if j == start || (start..j).any(|k| crate::shape::non_person_word(kb, tok(doc, k))) {
        return;
    }
    // do not take a state or organisation name for a person ("President of Azerbaijan" is not reached;
    // "Minister Azerbaijan" would be odd text anyway)
    let text = &doc.text[doc.tokens[start].span.start..doc.tokens[j - 1].span.end];
    if kb.find(text).iter().any(|m| m.span.len() == text.len() && kb.entry(m.entry).kind != EntityKind::Person) {
        return;
    }
    out.push(Cand::new(doc, start..j, EntityKind::Person, Source::Pattern, Link::None));
}

/// The one state a document names (by name, abbreviation, capital or
/// adjective), at least twice and no other beside it.
fn only_state(counts: &[(String, EntryId, usize)]) -> Option<EntryId> {
    match counts {
        [(_, id, n)] if *n >= 2 => Some(*id),
        _ => None,
    }
}

/// The one state an article names, named once only, when every town, region and body the knowledge
/// base places in a state is in it too, one at least ("… the site in Greenwich, London … the Commons
/// public accounts committee"): a home story that names its state's bodies rather than the state.
fn named_once_at_home(kb: &Kb, out: &[Cand], counts: &[(String, EntryId, usize)]) -> Option<EntryId> {
    let [(iso, id, 1)] = counts else { return None };
    let mut own = 0;
    for c in out.iter().filter(|c| matches!(c.kind, EntityKind::Place | EntityKind::Organization)) {
        let Link::Kb(e, _) = c.link else { continue };
        let e = kb.entry(e);
        if e.code.as_deref().is_some_and(|c| c.starts_with("IGO")) {
            continue;
        }
        match e.country.as_ref() {
            Some(c) if c == iso => own += 1,
            Some(_) => return None,
            None => {}
        }
    }
    (own >= 1).then_some(*id)
}

/// An article that names no state at all, whose towns and state bodies (parties, ministries,
/// parliaments, forces — twice at least) are all one state's, is that state's home news: "Schools
/// Minister Stephen Twigg … the Commons … Labour … the Tories" is about Britain.
fn bodies_at_home(kb: &Kb, out: &[Cand], counts: &[(String, EntryId, usize)]) -> Option<EntryId> {
    if !counts.is_empty() {
        return None;
    }
    let mut home: Option<&str> = None;
    let mut seen = 0;
    for c in out.iter().filter(|c| matches!(c.kind, EntityKind::Place | EntityKind::Organization)) {
        let Link::Kb(e, _) = c.link else { continue };
        let e = kb.entry(e);
        let state_body = e.kind == EntityKind::Place
            || e.code.as_deref().is_some_and(|code| code.len() == 6 && ["GOV", "LEG", "MIL", "JUD", "COP", "PTY", "SPY", "OPP"].contains(&&code[3..]));
        let Some(cc) = e.country.as_deref().filter(|_| state_body) else { continue };
        match home {
            Some(h) if h != cc => return None,
            _ => home = Some(cc),
        }
        seen += 1;
    }
    let home = home.filter(|_| seen >= 2)?;
    let name = &kb.state(home)?.name;
    kb.find(name).into_iter().map(|m| m.entry).find(|&id| {
        let e = kb.entry(id);
        e.kind == EntityKind::State && (e.country.as_deref() == Some(home) || e.id == home)
    })
}

/// Per state the article names (by name, abbreviation, capital or adjective):
/// its code, one of its candidates' entries and how many there are.
fn state_counts(doc: &Document, kb: &Kb, out: &[Cand]) -> Vec<(String, EntryId, usize)> {
    let mut counts: Vec<(String, EntryId, usize)> = Vec::new();
    // ("the Iraq war" in a British article: the name of a topic, not a state the article is about)
    let topic = |c: &Cand| {
        c.toks.start > 0
            && tok(doc, c.toks.start - 1).eq_ignore_ascii_case("the")
            && matches!(
                tok(doc, c.toks.end),
                "war" | "wars" | "conflict" | "invasion" | "crisis" | "dossier" | "inquiry" | "issue" | "question" | "debate"
                    | "occupation" | "affair" | "row" | "situation"
            )
    };
    for c in out.iter().filter(|c| c.kind == EntityKind::State && c.source == Source::Kb && !topic(c)) {
        let Link::Kb(id, _) = c.link else { continue };
        let Some(country) = kb.entry(id).country.as_ref() else { continue };
        match counts.iter_mut().find(|(c, _, _)| c == country) {
            Some(x) => x.2 += 1,
            None => counts.push((country.clone(), id, 1)),
        }
    }
    counts
}

/// The state an article names most, at least three times and more often than any other.
fn main_state(counts: &[(String, EntryId, usize)]) -> Option<EntryId> {
    let mut counts = counts.to_vec();
    counts.sort_by_key(|x| std::cmp::Reverse(x.2));
    match counts.as_slice() {
        [first, second, ..] if first.2 >= 3 && first.2 > second.2 => Some(first.1),
        [first] if first.2 >= 3 => Some(first.1),
        _ => None,
    }
}

/// Composes institutions from a state (or a leader, for "administration") and an institution noun.
///
/// In an article with a dateline, "the Interior Ministry" or "the government"
/// with no state beside it is the dateline's state's ("TBILISI — The
/// government said …"); so it is in an article that names one state only.
fn institutions(doc: &Document, kb: &Kb, out: &mut Vec<Cand>, dateline: Option<EntryId>, topic: Option<EntryId>) {
    let nouns = kb.institution_nouns(&crate::util::flat_text(doc));
    let mut add = Vec::new();
    let mut whole: Vec<Range<usize>> = Vec::new();
    for (span, inst) in nouns {
        let Some(r) = aligned(doc, span) else { continue };
        // "the opposition Democratic Center party": the word describes the body named after it,
        // which is the home state's opposition
        if inst.sector == "OPP" && r.end < doc.tokens.len() && is_cap(doc, r.end) {
            let home = dateline.and_then(|d| kb.entry(d).country.clone());
            if let Some(c) = out.iter_mut().find(|c| {
                c.toks.start == r.end && c.kind == EntityKind::Organization && matches!(c.link, Link::None)
            }) {
                if let Some(country) = home {
                    let name = doc.text[c.span.start..c.span.end].to_string();
                    c.link = Link::Institution { country: Some(country), sector: inst.sector.clone(), name };
                }
            }
            continue;
        }
        // left: [state|leader] ['s] NOUN
        let mut left = r.start;
        if left > 0 && is_possessive(tok(doc, left - 1)) {
            left -= 1;
        }
        // a leader owns only a government ("the Biden administration"), not a ministry or a mission
        let person_ok = matches!(inst.name.as_str(), "administration" | "government" | "cabinet");
        let owner = out
            .iter()
            .filter(|c| c.toks.end == left && (c.kind == EntityKind::State || (person_ok && c.kind == EntityKind::Person)))
            .max_by_key(|c| (c.toks.len(), c.source));
        let (owner, toks) = match owner {
            Some(o) => (Some(o), o.toks.start..r.end),
            None => {
                // right: NOUN of (the) STATE
                let mut k = r.end;
                if tok(doc, k) == "of" {
                    k += 1;
                    if tok(doc, k) == "the" {
                        k += 1;
                    }
                    let o = out
                        .iter()
                        .filter(|c| c.toks.start == k && c.kind == EntityKind::State)
                        .max_by_key(|c| c.toks.len());
                    match o {
                        Some(o) => (Some(o), r.start..o.toks.end),
                        None => (None, r.clone()),
                    }
                } else if k + 1 < doc.tokens.len()
                    && tok(doc, k) == "in"
                    && (r.start > 0 && tok(doc, r.start - 1).eq_ignore_ascii_case("the"))
                    && !matches!(inst.name.as_str(), "Embassy" | "Consulate" | "Mission")
                {
                    // ("the foreign ministry in Caracas", "the government in Kabul": a ministry or
                    // government set in a capital is that state's — but an embassy in a capital is
                    // another state's)
                    let o = out
                        .iter()
                        .filter(|c| {
                            c.toks.start == k + 1
                                && c.kind == EntityKind::State
                                && matches!(c.link, Link::Kb(_, dyad_kb::Form::Metonym))
                                && !matches!(tok(doc, c.toks.end), "'s" | "’s")
                        })
                        .max_by_key(|c| c.toks.len());
                    (o, r.clone())
                } else {
                    (None, r.clone())
                }
            }
        };
        let Some(owner) = owner else {
            // ("Foreign Ministry spokesman Lin Jian": written as a name, in title case, it is as
            // definite as with "the")
            let definite = (r.start > 0 && tok(doc, r.start - 1).eq_ignore_ascii_case("the"))
                || (r.len() >= 2 && is_cap(doc, r.start) && is_cap(doc, r.end - 1));
            // ("the army in Darfur", "the embassy of Chad": placed by a name after it; not "accused the
            // army of bombing civilians")
            let placed = matches!(tok(doc, r.end), "of" | "in" | "at") && {
                let k = if tok(doc, r.end + 1).eq_ignore_ascii_case("the") { r.end + 2 } else { r.end + 1 };
                k < doc.tokens.len() && is_cap(doc, k)
            };
            // "In Washington, a senator said the administration …": another state in the sentence
            // may own it, so the dateline is no safe guess there
            let home = dateline.and_then(|d| kb.entry(d).country.clone());
            let sentence = doc.sentences.iter().find(|s| s.start <= span.start && span.end <= s.end).copied();
            // does the sentence name a state other than `country`'s before the body? (one named after
            // it is what the body acts on: "ordered the Department of Foreign Affairs to summon the
            // Chinese ambassador")
            // (a sentence set in a capital is stricter: any other state in it leaves the body open)
            let names_another = |country: &Option<String>, before_only: bool| {
                sentence.is_some_and(|se| {
                    let until = if before_only { span.start } else { se.end };
                    out.iter().any(|c| {
                        let named = match c.link {
                            Link::Kb(id, _) => kb.entry(id).country.clone(),
                            _ => None,
                        };
                        c.kind == EntityKind::State && c.span.start >= se.start && c.span.end <= until && named != *country
                    })
                })
            };
            // ("In Tokyo, the prime minister convened the National Security Council": a sentence opening
            // on "In" and a state's name or capital is set in that state)
            let scene = sentence.and_then(|se| {
                let s0 = doc.token_at_or_after(se.start);
                (tok(doc, s0) == "In")
                    .then(|| out.iter().find(|c| c.toks.start == s0 + 1 && c.kind == EntityKind::State && tok(doc, c.toks.end) == ","))
                    .flatten()
                    .and_then(|c| match c.link {
                        Link::Kb(id, _) => Some(id),
                        _ => None,
                    })
            });
            // (the state an article without a dateline is about owns a ministry written in lower case —
            // "the interior ministry said" — but not "the government", which home news writes of its own
            // state whatever the story's topic, nor a name in capitals such as "the Home Office")
            let lower = r.clone().all(|k| !is_cap(doc, k));
            let of_topic = topic.filter(|_| lower && !matches!(inst.name.as_str(), "government" | "administration" | "cabinet"));
            // (but a paragraph that speaks of another state, in the body's sentence or the one before and
            // never of the topic's, keeps the noun for that state: "Khartoum's position is weaker. The
            // army-backed government now sits in Port Sudan" in a piece on South Sudan)
            let of_topic = of_topic.and_then(|t| {
                let at = doc.sentences.iter().position(|se| se.start <= span.start && span.start < se.end)?;
                let para = doc.paragraphs.iter().find(|p| p.start <= span.start && span.start < p.end)?;
                let from = doc.sentences[at.saturating_sub(1)].start.max(para.start);
                let states: Vec<EntryId> = out
                    .iter()
                    .filter(|c| c.kind == EntityKind::State && c.span.start >= from && c.span.end <= span.start)
                    .filter_map(|c| match c.link {
                        Link::Kb(id, _) => Some(id),
                        _ => None,
                    })
                    .collect();
                let country = |id: EntryId| kb.entry(id).country.clone();
                match states.first() {
                    Some(&o) if states.iter().all(|&x| country(x) == country(o)) && country(o) != country(t) => Some(o),
                    _ => Some(t),
                }
            });
            // ("The United Nations Support Mission in Libya (UNSMIL) … the mission's adviser": the noun
            // in lower case takes up a body named before whose name holds it, no state's body)
            let head = tok(doc, r.end - 1);
            let named_body_before = lower
                && out.iter().any(|c| {
                    matches!(c.kind, EntityKind::Organization | EntityKind::Group)
                        && c.span.end <= span.start
                        && c.toks.clone().any(|k| tok(doc, k).eq_ignore_ascii_case(head) && is_cap(doc, k))
                        && match c.link {
                            Link::Kb(id, _) => kb.entry(id).country.is_none(),
                            _ => false,
                        }
                });
            // ("Observers from the OSCE's ODIHR said … X, who led the mission,": a mission, an office or an
            // agency in lower case, with an international body named in its sentence or the two before)
            let sent_idx = doc.sentences.iter().position(|se| se.start <= span.start && span.start < se.end);
            let since = sent_idx.map_or(0, |i| doc.sentences[i.saturating_sub(2)].start);
            let world_body_near = lower
                && matches!(head, "mission" | "office" | "agency" | "commission" | "delegation")
                && out.iter().any(|c| {
                    c.span.end <= span.start
                        && c.span.start >= since
                        && matches!(c.link, Link::Kb(id, _) if kb.entry(id).country.is_none() && kb.entry(id).code.as_deref().is_some_and(|code| code.starts_with("IGO")))
                });
            if named_body_before || world_body_near {
                continue;
            }
            // ("Vietnam lodged a protest with China …, the Foreign Ministry said": the home state opening the
            // sentence is the one acting, whatever states it names after)
            let home_opens = sentence.is_some_and(|se| {
                // (past a dateline: "HANOI, Sept 9 — China accused Vietnam …" opens on China)
                let s0 = doc.token_at_or_after(se.start);
                let from = (s0..(s0 + 10).min(doc.tokens.len())).find(|&k| matches!(tok(doc, k), "—" | "–")).map_or(se.start, |k| doc.tokens[k].span.end);
                out.iter()
                    .filter(|c| c.kind == EntityKind::State && c.span.start >= from && c.span.end <= span.start)
                    .min_by_key(|c| c.span.start)
                    .is_some_and(|c| match c.link {
                        Link::Kb(id, _) => kb.entry(id).country == home && home.is_some(),
                        _ => false,
                    })
            });
            let dateline = match scene {
                Some(id) if definite && !placed => (!names_another(&kb.entry(id).country, false)).then_some(id),
                _ if names_another(&home, true) && !home_opens => None,
                _ => dateline.or(of_topic),
            };
            if let (Some(d), true, false) = (dateline, definite, placed) {
                let e = kb.entry(d);
                // (not over the knowledge base's own body of that state with those words: "the Home
                // Office" stays the Home Office)
                let known = |country: &str| {
                    out.iter().any(|c| {
                        c.toks == r && matches!(c.link, Link::Kb(id, _) if kb.entry(id).kind != EntityKind::State && kb.entry(id).country.as_deref() == Some(country))
                    })
                };
                if let Some(country) = e.country.clone().filter(|c| !known(c)) {
                    let state = kb.state(&country).map_or(e.name.clone(), |st| st.name.clone());
                    let name = format!("{} ({state})", inst.name);
                    let link = Link::Institution { country: Some(country), sector: inst.sector.clone(), name };
                    add.push(Cand::new(doc, r.clone(), EntityKind::Organization, Source::Institution, link));
                }
            }
            continue;
        };
        let (country, label) = match &owner.link {
            Link::Kb(id, _) => {
                let e = kb.entry(*id);
                (e.country.clone(), e.name.clone())
            }
            Link::Holder(name) => {
                let h = kb.holders_named(name);
                (h.first().map(|h| h.country.clone()), surname(name).to_string())
            }
            _ if owner.kind == EntityKind::Person => {
                (None, doc.text[owner.span.start..owner.span.end].to_string())
            }
            _ => continue,
        };
        let name = if owner.kind == EntityKind::Person {
            format!("{label} {}", inst.name.to_lowercase())
        } else {
            format!("{} ({label})", inst.name)
        };
        // ("President Javier Milei's government": the leader keeps their own name; the body is the noun)
        // (and a name the shapes made of both, "the Trump Administration", gives way)
        if owner.kind == EntityKind::Person {
            whole.push(toks.clone());
        }
        let toks = if owner.kind == EntityKind::Person { r.clone() } else { toks };
        let c = Cand::new(
            doc,
            toks,
            EntityKind::Organization,
            Source::Institution,
            Link::Institution { country, sector: inst.sector.clone(), name },
        );
        add.push(c);
    }
    out.retain(|c| !(c.kind == EntityKind::Organization && matches!(c.link, Link::None) && whole.contains(&c.toks)));
    out.extend(add);
}

/// The last word of a name.
pub fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}
