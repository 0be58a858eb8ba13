//! Names the knowledge base does not know, found by their shape: runs of
//! capitalised words (with name particles such as "bin", "von", "al-"),
//! typed by their words and context — a given name or a title before them
//! makes a person; an organisation word ("Agency", "Party", "Post") an
//! organisation; a place word or a locative preposition a place.

use crate::util::{is_calendar_word, is_cap, is_function_word, same_line, sentence_initial, tok, Lookups};
use dyad_core::{Document, Span, TokenKind};
use crate::typer::{best, DocEvidence, Typer, LABELS};
use dyad_kb::{Kb, NameWord};

/// Does `w` belong to the name-word `class` (`name_words.tsv`)?
pub(crate) fn is(kb: &Kb, w: &str, class: NameWord) -> bool {
    kb.name_word(w).has(class)
}
use std::collections::HashMap;

/// What a name looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameLabel {
    /// A person.
    Person,
    /// A place.
    Location,
    /// An organisation.
    Organization,
    /// A name of something else, or of unknown type.
    Misc,
}

/// A name found by its shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NameSpan {
    /// Where it stands (on token bounds).
    pub span: Span,
    /// What it is taken for (the typer's decision when one is used).
    pub label: NameLabel,
    /// What the shape rules alone said.
    pub rule: NameLabel,
    /// The rules' type is settled by the name's own words or neighbours
    /// ("… Herald", "Mount …", "47th … Brigade"); the typer leaves it alone.
    pub sure: bool,
    /// First token.
    pub start_tok: usize,
    /// One past the last token.
    pub end_tok: usize,
}





/// The word before the name `a..j` is the number of a military unit:
/// an ordinal before a name holding a unit word ("the 47th Mechanized
/// Brigade", "62d Regiment"), a spelt ordinal before one ("Fourth Air
/// Force"), a bare number before a name ending in one ("65 Air Division",
/// "4 Air Defense Wing"), or an ordinal before an acronym the knowledge base
/// does not know ("the 93d PVI", "the 26th MEU").
fn unit_number(doc: &Document, kb: &Kb, lk: &Lookups, a: usize, j: usize) -> bool {
    let w = tok(doc, a - 1);
    if !same_line(doc, a - 1, a) {
        return false;
    }
    let has_unit = (a..j).any(|k| is(kb, tok(doc, k), NameWord::UNIT));
    let ends_unit = is(kb, tok(doc, j - 1), NameWord::UNIT);
    const SPELT: &[&str] =
        &["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"];
    let acronym = j == a + 1 && {
        let x = tok(doc, a);
        (2..=5).contains(&x.len())
            && x.chars().all(|c| c.is_ascii_uppercase())
            && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[a].span.start)
    };
    (is_ordinal(w) && (has_unit || acronym))
        || (SPELT.contains(&w) && has_unit)
        || (ends_unit && j - a >= 2 && (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()))
}

/// After the unit word at `u` and "of" (and "the"), the name from `k` is
/// another unit ("Howe's Brigade of Couch's Division", "the 2nd Division of
/// the IV Corps"): a unit word comes within the name's next few words.
fn unit_after_of(doc: &Document, kb: &Kb, u: usize, k: usize) -> bool {
    if !is(kb, tok(doc, u), NameWord::UNIT) {
        return false;
    }
    let n = doc.tokens.len();
    let mut m = k;
    while m < n && m < k + 5 {
        let w = tok(doc, m);
        if is(kb, w, NameWord::UNIT) {
            return true;
        }
        if !(is_name_token(doc, m) || crate::util::is_possessive(w) || is_ordinal(w) || is_regnal(w)) {
            return false;
        }
        m += 1;
    }
    false
}

/// The tokens of a broadcaster's call sign starting at `i`: an Australian
/// one, a digit and two or three capitals ("2GB", "3AW"), in a document that
/// speaks of radio or stations (elsewhere "4WD" is a car's drive), with the
/// frequency before it ("882 6PR"); or an American one with its band
/// ("KQED-FM", "WJLA-TV").
fn call_sign(doc: &Document, i: usize, about_radio: bool) -> Option<(usize, usize)> {
    let w = tok(doc, i);
    let b = w.as_bytes();
    let australian = about_radio
        && (3..=4).contains(&b.len())
        && (b'1'..=b'9').contains(&b[0])
        && b[1..].iter().all(u8::is_ascii_uppercase);
    if australian {
        let freq = i > 0 && {
            let f = tok(doc, i - 1);
            (3..=5).contains(&f.len()) && f.bytes().all(|c| c.is_ascii_digit() || c == b'.') && same_line(doc, i - 1, i)
        };
        return Some((if freq { i - 1 } else { i }, i + 1));
    }
    let american = (3..=4).contains(&b.len())
        && matches!(b[0], b'K' | b'W')
        && b.iter().all(u8::is_ascii_uppercase)
        && i + 2 < doc.tokens.len()
        && tok(doc, i + 1) == "-"
        && crate::util::adjacent(doc, i, i + 1)
        && crate::util::adjacent(doc, i + 1, i + 2)
        && matches!(tok(doc, i + 2), "FM" | "TV" | "AM" | "DT");
    american.then_some((i, i + 3))
}

/// "47th", "3rd", "1st", "62d".
fn is_ordinal(w: &str) -> bool {
    let digits = w.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th" | "d")
}




/// A regnal number at `j` closing the name that began at `start` ("Charles III").
/// "I" is mostly the pronoun: only after a royal title or an honorific
/// ("Emperor Norton I") or before a comma and one ("Norton I, Emperor of …").
pub(crate) fn regnal_closes(doc: &Document, kb: &Kb, start: usize, j: usize) -> bool {
    let n = doc.tokens.len();
    if j >= n || !is_regnal(tok(doc, j)) {
        return false;
    }
    let titled_before = start > 0 && (kb.honorific(tok(doc, start - 1)) || is(kb, tok(doc, start - 1), NameWord::ROYAL));
    let titled_after = j + 2 < n && tok(doc, j + 1) == "," && is(kb, tok(doc, j + 2), NameWord::ROYAL);
    tok(doc, j) != "I" || titled_before || titled_after
}

/// A Roman regnal number ("II" … "XXIII").
pub(crate) fn is_regnal(w: &str) -> bool {
    matches!(w, "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "XI" | "XII" | "XIII" | "XIV" | "XV" | "XVI")
}



/// The kind of name a word makes of a capitalised run, where it makes one:
/// a body ("Agency", "Force", "Hotel"), a place or a site ("River",
/// "Stadium", "Gym") or a thing ("Accords", "Prize").
pub fn thing_kind(kb: &Kb, w: &str) -> Option<NameLabel> {
    let c = kb.name_word(w);
    if c.has(NameWord::BODY) || c.has(NameWord::BODY_KIND) {
        Some(NameLabel::Organization)
    } else if c.has(NameWord::PLACE) || c.has(NameWord::SITE) {
        Some(NameLabel::Location)
    } else if c.has(NameWord::THING) {
        Some(NameLabel::Misc)
    } else {
        None
    }
}

/// True for a word that makes a capitalised run a thing, a body or a place rather than a person.
pub fn non_person_word(kb: &Kb, w: &str) -> bool {
    thing_kind(kb, w).is_some()
}


const LOCATIVE: &[&str] = &["in", "at", "from", "near", "to", "into", "across", "outside", "inside", "toward", "towards", "off"];

fn is_name_token(doc: &Document, i: usize) -> bool {
    let w = tok(doc, i);
    is_cap(doc, i)
        && (!is_function_word(w) || crate::util::opens_name(doc, i))
        && !is_calendar_word(w)
        && !crate::util::short_month_before_day(doc, i)
        && !(SENTENCE_OPENERS.contains(&w) && (sentence_initial(doc, i) || (i > 0 && matches!(tok(doc, i - 1), "\"" | "“" | "‘"))))
}

/// Prepositions and conjunctions that, opening a sentence or a quotation, are no part of the name after
/// them ("Without Russia there is no work"); inside a name they stay ("League Against Cruel Sports").
const SENTENCE_OPENERS: &[&str] = &[
    "Without", "Within", "Through", "Across", "Between", "Among", "Against", "During", "Until", "Unless", "Because", "Though", "Despite",
    "Toward", "Towards", "Behind", "Beside", "Besides", "Upon", "Whether", "Nor", "Even", "Also", "Still", "Once",
];

/// Capitalised names in every sentence, typed by the rules and then by
/// `typer` when one is given; the same name written the same way in one
/// document gets one type (the typer's scores are summed over its
/// occurrences).
pub fn name_spans(doc: &Document, kb: &Kb, typer: Option<&Typer>) -> Vec<NameSpan> {
    name_spans_with(doc, kb, &Lookups::new(doc, kb), typer)
}

/// [`name_spans`] with the document's knowledge-base look-ups already made.
pub fn name_spans_with(doc: &Document, kb: &Kb, lk: &Lookups, typer: Option<&Typer>) -> Vec<NameSpan> {
    let mut out = rule_spans_with(doc, kb, lk);
    out.retain(|s| !(s.end_tok == s.start_tok + 1 && title_modifier(doc, lk, s)));
    // ("Labour MPs said": a plural common noun in capitals ends no name; the party before it stands alone)
    // (a plural: not "Analysis", "Express", "Census")
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("is") && !w.ends_with("ss") && !w.ends_with("us");
    let plural_term = |k: usize| kb.term(tok(doc, k)) && plural(tok(doc, k)) && tok(doc, k).chars().next().is_some_and(|c| c.is_uppercase());
    out.retain(|s| !(s.end_tok == s.start_tok + 1 && plural_term(s.start_tok)));
    for s in out.iter_mut().filter(|s| s.end_tok > s.start_tok + 1 && plural_term(s.end_tok - 1)) {
        s.end_tok -= 1;
        s.span = Span::new(s.span.start, doc.tokens[s.end_tok - 1].span.end);
    }
    for s in out.iter_mut().filter(|s| title_modifier(doc, lk, s)) {
        s.start_tok += 1;
        s.span = Span::new(doc.tokens[s.start_tok].span.start, s.span.end);
    }
    let Some(typer) = typer.filter(|t| !t.is_empty()) else { return out };
    let ev = DocEvidence::with_lookups(doc, kb, lk, out.iter().map(|s| (s.start_tok, s.end_tok)));
    let scores: Vec<[f32; 4]> =
        out.iter().map(|s| typer.scores(doc, kb, &ev, s.start_tok, s.end_tok, s.rule)).collect();
    let mut total: HashMap<&str, [f32; 4]> = HashMap::new();
    // (a lone word opening its sentence tells little of itself: where the name stands
    // elsewhere too, those places decide)
    let lone_first = |s: &NameSpan| s.end_tok == s.start_tok + 1 && sentence_initial(doc, s.start_tok);
    let mut elsewhere: HashMap<&str, bool> = HashMap::new();
    for s in &out {
        *elsewhere.entry(&doc.text[s.span.start..s.span.end]).or_default() |= !lone_first(s);
    }
    for (s, sc) in out.iter().zip(&scores) {
        let text = &doc.text[s.span.start..s.span.end];
        if lone_first(s) && elsewhere[text] {
            total.entry(text).or_default();
            continue;
        }
        let t = total.entry(text).or_default();
        for c in 0..4 {
            t[c] += sc[c];
        }
    }
    // (the names a rule settled as places: "the Fomi dam" in a headline makes "at Fomi" that place too)
    let sure_places: std::collections::HashSet<String> =
        out.iter().filter(|s| s.sure && s.label == NameLabel::Location).map(|s| doc.text[s.span.start..s.span.end].to_string()).collect();
    for s in &mut out {
        if !s.sure {
            let (c, _) = best(&total[&doc.text[s.span.start..s.span.end]]);
            s.label = LABELS[c];
            if s.label == NameLabel::Misc && sure_places.contains(&doc.text[s.span.start..s.span.end]) {
                s.label = NameLabel::Location;
            }
            // ("Unification Minister Park Min-jun": past the titles the run opens with)
            let lead = (s.start_tok..s.end_tok).take_while(|&k| lk.title_tok[k]).count();
            // "Rania Haddad of Al Jazeera", "Zhao Wenjie of Fudan University", "G. Ismoilova": a given
            // name (however rare), an initial or a family name written first, then a surname, is a
            // person where the typer saw nothing (it learned that names before "of" open longer ones)
            // ("an exercise off Hiiumaa": a known town's or region's name after a locative preposition
            // is that place where the typer saw nothing)
            if s.rule == NameLabel::Location
                && s.label == NameLabel::Misc
                && s.end_tok == s.start_tok + 1
                && kb.populated_place(tok(doc, s.start_tok))
                && kb.given_name(tok(doc, s.start_tok)).is_none()
                && !kb.surname(tok(doc, s.start_tok))
            {
                s.label = NameLabel::Location;
            }
            // ("Dou Jiande", "Zou Yongkang": a family name written first, then a given name that is also a town's,
            // is the person the rules saw — unless the whole is a place the lists know)
            if s.rule == NameLabel::Person
                && s.label == NameLabel::Location
                && s.end_tok == s.start_tok + 2
                && is(kb, tok(doc, s.start_tok), NameWord::FAMILY_FIRST)
                && !lk.gaz.iter().any(|m| m.span.start == s.span.start)
            {
                s.label = NameLabel::Person;
            }
            // ("Marcos de la Fuente Ixcot … De la Fuente said": a name opening with a particle the text writes
            // in lower case inside a longer name before is that person's surname)
            if s.label != NameLabel::Person && s.end_tok >= s.start_tok + 2 && is(kb, &tok(doc, s.start_tok).to_lowercase(), NameWord::PARTICLE) {
                let rest = &doc.text[doc.tokens[s.start_tok + 1].span.start..s.span.end];
                let low = format!(" {} {rest}", tok(doc, s.start_tok).to_lowercase());
                if doc.text[..s.span.start].contains(&low) && tok(doc, s.start_tok).starts_with(char::is_uppercase) {
                    s.label = NameLabel::Person;
                }
            }
            // ("the Ministerio Público", "the Partido Horizonte Ciudadano": a name of two words or more that
            // opens with a body's word is a body where the typer saw nothing, unless it names a thing)
            if s.rule == NameLabel::Organization
                && s.label == NameLabel::Misc
                && s.end_tok >= s.start_tok + 2
                && is(kb, tok(doc, s.start_tok), NameWord::BODY)
                && tok(doc, s.start_tok + 1) != "-"
                // (not a square or a street, nor a name that goes on into a person's: "Capital Radio DJ
                // Margherita Taylor")
                && !(s.start_tok..s.end_tok).any(|k| {
                    let w = tok(doc, k);
                    is(kb, w, NameWord::THING) || is(kb, w, NameWord::SITE) || is(kb, w, NameWord::PLACE) || (k > s.start_tok && crate::util::given(kb, w))
                })
            {
                s.label = NameLabel::Organization;
            }
            // (not "the 4th German Reich": a state's word opening it)
            if s.rule == NameLabel::Person
                && s.label == NameLabel::Misc
                && person_shaped(kb, doc, s.start_tok + lead, s.end_tok, lead > 0 || (s.start_tok > 0 && lk.title_tok[s.start_tok - 1]))
                && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[s.start_tok + lead].span.start)
            {
                s.label = NameLabel::Person;
            }
            // ("Everlyne Nafula has been selling jeans", "Mart Tarvo, a fisherman from Narva,": two or three
            // capitalised words no list knows, which the typer could not place, are a person where a
            // person's apposition, "who" or a verb of speech follows them)
            if lead == 0 && matches!(s.rule, NameLabel::Person | NameLabel::Misc) && s.label == NameLabel::Misc && unknown_words_said_of_a_person(doc, kb, lk, s.start_tok, s.end_tok, false) {
                s.label = NameLabel::Person;
            }
            // ("The Minister for Sugar, X, said": a portfolio after a title and "for" or "of" is no person)
            // ("the Minister for Food and Agriculture said": the last of several portfolios too)
            let portfolio_from = {
                let mut k = s.start_tok;
                while k >= 2 && matches!(tok(doc, k - 1), "and" | ",") && is_cap(doc, k - 2) && s.start_tok - k < 6 {
                    k -= 2;
                    while k >= 1 && is_cap(doc, k - 1) && !matches!(tok(doc, k - 1), "Minister" | "Secretary" | "Ministry") {
                        k -= 1;
                    }
                }
                k
            };
            if s.label == NameLabel::Person
                && portfolio_from >= 2
                && s.end_tok - s.start_tok <= 2
                && matches!(tok(doc, portfolio_from - 1), "for" | "of")
                && matches!(tok(doc, portfolio_from - 2), "Minister" | "Secretary" | "Ministry" | "minister" | "secretary" | "ministry")
                && (matches!(tok(doc, s.end_tok), "," | "and") || portfolio_from < s.start_tok)
                && !(s.start_tok..s.end_tok).any(|k| crate::util::given(kb, tok(doc, k)))
            {
                s.label = NameLabel::Misc;
            }
            // ("My uncle, Gombo, lost everything", "His wife, Oyunaa, teaches": one word no list knows, set off
            // by commas after a possessive and a word for a relative)
            // ("His wife, Amal, runs a bakery": or a word the typer alone took for a place or a body, or a
            // given name the lists know, whatever else it names)
            // ("His wife, Sitti Rahmah, and their two daughters": two such words; "My brother Ion drives the
            // same road": the commas left out, where a word in lower case follows)
            if s.end_tok - s.start_tok <= 2 && s.start_tok >= 2 && (s.label == NameLabel::Misc || !s.sure) {
                let a = s.start_tok;
                let kin_word = |w: &str| {
                    matches!(
                        w,
                        "daughter" | "son" | "mother" | "father" | "wife" | "husband" | "brother" | "sister" | "grandson" | "granddaughter" | "grandmother"
                            | "grandfather" | "niece" | "nephew" | "cousin" | "aunt" | "uncle" | "widow" | "neighbour" | "neighbor" | "friend"
                    )
                };
                let owner = |w: &str| matches!(w, "My" | "my" | "His" | "his" | "Her" | "her" | "Their" | "their" | "Our" | "our");
                let after = tok(doc, s.end_tok);
                let commas = a >= 3 && tok(doc, a - 1) == "," && kin_word(tok(doc, a - 2)) && owner(tok(doc, a - 3)) && after == ",";
                let bare = kin_word(tok(doc, a - 1))
                    && owner(tok(doc, a - 2))
                    && s.end_tok < doc.tokens.len()
                    && after.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(after, "and" | "or" | "of");
                if (commas || bare)
                    && (commas || s.end_tok == a + 1 || s.label == NameLabel::Misc)
                    && (a..s.end_tok).all(|k| {
                        let given = crate::util::given(kb, tok(doc, k));
                        let plain = (s.label != NameLabel::Misc && s.end_tok == a + 1) || plain_unknown_word(doc, kb, lk, k, false) || kb.surname(tok(doc, k));
                        plain || given
                    })
                    && (crate::util::given(kb, tok(doc, a)) || !lk.gaz.iter().any(|m| m.span.start < s.span.end && s.span.start < m.span.end))
                {
                    s.label = NameLabel::Person;
                }
            }
            // ("Major General Thawatchai Srisombat … Thawatchai said": a lone given name the lists know, which
            // opens a two-word name elsewhere, is that person where the typer saw nothing)
            if s.rule == NameLabel::Person && s.label == NameLabel::Misc && s.end_tok == s.start_tok + 1 && (kb.given_name(tok(doc, s.start_tok)).is_some() || kb.name_origin(tok(doc, s.start_tok), true).is_some())
                && !lk.gaz.iter().any(|m| m.span.start == s.span.start)
                && opens_a_name_elsewhere(doc, kb, lk, s.start_tok)
            {
                s.label = NameLabel::Person;
            }
            // ("Wirat Chaiyaphum, who chairs …": a word no list knows, then a town's name as the surname,
            // and a comma and "who" after — a person, over the typer's guess of a place)
            if lead == 0 && s.label != NameLabel::Person && who_follows_a_name_opened_by_an_unknown_word(doc, kb, lk, s.start_tok, s.end_tok) {
                s.label = NameLabel::Person;
            }
            // ("Its executive secretary, Workneh Gebeyehu, said", "Dilshat Nurmukhamedov, 24,": where a
            // title before or an age after says so, over the typer's guess of a place or a body too)
            if lead == 0 && s.label != NameLabel::Person && unknown_words_said_of_a_person(doc, kb, lk, s.start_tok, s.end_tok, true) {
                s.label = NameLabel::Person;
            }
            // "Cameo Theatre", "Veolia Transport", "the General Staff": a word that names a body, a
            // place or a thing makes the name no person, whatever the context suggested — unless it
            // is a surname after a given name ("Stuart Hall") or written first ("Park Geun-hye")
            // (a word that is also a surname — "Hall", "Park" — vetoes only where no given name opens)
            let given_first = crate::util::given(kb, tok(doc, s.start_tok));
            let last = kb.name_word(tok(doc, s.end_tok - 1));
            let thing = (s.start_tok..s.end_tok)
                .rev()
                .filter(|&k| {
                    // (a family name right after the titles, before the given name: "Minister Park Min-jun";
                    // not "the General Staff")
                    let after_titles = lead > 0 && k == s.start_tok + lead && s.end_tok - k >= 2;
                    !(kb.surname(tok(doc, k)) && (given_first || k == s.start_tok || after_titles))
                })
                .find_map(|k| thing_kind(kb, tok(doc, k)));
            if let (NameLabel::Person, Some(kind)) = (s.label, thing) {
                s.label = if s.rule == NameLabel::Person { kind } else { s.rule };
            }
            // "Harold Mansion", "Davis Gym": a site's word last makes a place, not a body,
            // unless a body's word stands in the name too ("Carnegie Music Hall Trust")
            if s.label == NameLabel::Organization
                && s.end_tok - s.start_tok >= 2
                && last.has(NameWord::SITE)
                && !(s.start_tok..s.end_tok).any(|k| is(kb, tok(doc, k), NameWord::BODY) || is(kb, tok(doc, k), NameWord::BODY_KIND))
            {
                s.label = NameLabel::Location;
            }
            // ("Tamsin Holloway of Amnesty International said": two capitalised words, the second a
            // surname, before "of" and a body the knowledge base knows are a person of that body, though
            // the given name is unknown)
            if s.label == NameLabel::Misc
                && s.end_tok == s.start_tok + 2
                && tok(doc, s.end_tok) == "of"
                && looks_like_surname(kb, tok(doc, s.start_tok + 1))
                && kb.name_word(tok(doc, s.start_tok)) == NameWord::default()
                && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[s.start_tok].span.start)
                && {
                    let k = s.end_tok + 1 + usize::from(tok(doc, s.end_tok + 1).eq_ignore_ascii_case("the"));
                    doc.tokens.get(k).is_some_and(|t| {
                        lk.gaz.iter().any(|m| {
                            m.span.start == t.span.start && matches!(kb.entry(m.entry).kind, dyad_core::EntityKind::Organization | dyad_core::EntityKind::Group)
                        })
                    })
                }
            {
                s.label = NameLabel::Person;
            }
            // ("Palaniappan Chidambaram, India's finance minister, argued": a name of two or three
            // capitalised words with an office in apposition after it is a person's)
            if s.label == NameLabel::Misc
                && (2..=3).contains(&(s.end_tok - s.start_tok))
                && tok(doc, s.end_tok) == ","
                && (s.start_tok..s.end_tok).all(|k| thing_kind(kb, tok(doc, k)).is_none() && kb.name_word(tok(doc, k)) == NameWord::default())
                && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[s.start_tok].span.start)
                && {
                    // (past "the", "a", "an" and a state's name with its possessive)
                    let mut k = s.end_tok + 1;
                    if matches!(tok(doc, k), "the" | "a" | "an") {
                        k += 1;
                    }
                    if let Some(m) = lk.gaz.iter().find(|m| doc.tokens.get(k).is_some_and(|t| t.span.start == m.span.start)) {
                        k = doc.token_at_or_after(m.span.end);
                        if matches!(tok(doc, k), "'s" | "’s") {
                            k += 1;
                        }
                    }
                    (k..(k + 2).min(doc.tokens.len())).any(|x| lk.title_tok[x] && lk.titles.iter().any(|(sp, t)| sp.start == doc.tokens[x].span.start && matches!(t.sector.as_str(), "GOV" | "LEG" | "MIL" | "JUD" | "COP" | "SPY" | "OPP" | "IGO")))
                }
            {
                s.label = NameLabel::Person;
            }
            // ("Novosti.ge said": a site named by its address under a state's domain is an outlet)
            if s.end_tok == s.start_tok + 1 && site_address(kb, tok(doc, s.start_tok)) {
                s.label = NameLabel::Organization;
            }
            // ("the CFA franc", "in CFA francs": an acronym naming a currency is no body)
            if s.label == NameLabel::Misc && unknown_acronym(doc, kb, s.start_tok, s.end_tok) && !currency_noun(kb, tok(doc, s.end_tok)) {
                s.label = NameLabel::Organization;
            }
            // "Chittoor District", "Dunmore Correctional Complex": a place's or site's word ending
            // a name of two or more words makes it a place where the typer saw no actor at all
            if s.label == NameLabel::Misc && s.end_tok - s.start_tok >= 2 && (last.has(NameWord::PLACE) || last.has(NameWord::SITE)) {
                s.label = NameLabel::Location;
            }
        }
    }
    classifier_nouns_type_the_name(doc, kb, &mut out);
    definitions_type_the_name(doc, kb, &mut out);
    known_bodies_open_their_services(doc, kb, lk, &mut out);
    trade_words_type_the_company(doc, kb, &mut out);
    bracketed_runs_are_one_name(doc, &mut out);
    acronyms_join_their_expansion(doc, kb, &mut out);
    bracketed_names_follow_their_body(doc, &mut out);
    native_names_before_their_translation(doc, kb, &mut out);
    heads_follow_their_body(doc, kb, &mut out);
    acronyms_take_their_expansion(doc, &mut out);
    speakers_name_their_full_name(doc, kb, lk, &mut out);
    subjects_a_pronoun_takes_up(doc, kb, lk, &mut out);
    surnames_follow_their_person(doc, &mut out);
    lists_keep_one_kind(doc, kb, lk, &mut out);
    pairs_of_places(doc, kb, &mut out);
    places_by_their_preposition(doc, kb, &mut out);
    names_only_places_hold(doc, &mut out);
    people_take_no_article(doc, kb, &mut out);
    article_names_are_no_people(doc, kb, &mut out);
    storms_and_company_suffixes(doc, kb, &mut out);
    out.retain(|s| s.end_tok > s.start_tok);
    companies_by_their_short_name(doc, kb, &mut out);
    bare_places_follow_their_full_name(doc, kb, &mut out);
    one_town_one_kind(doc, &mut out);
    crossings_of_two_towns(doc, kb, lk, &mut out);
    bylines_are_people(doc, kb, lk, &mut out);
    out
}

/// "writers such as Gene Wolfe, Frank Kelly Freas, Mike Jittlov, James P. Hogan,
/// Don Maitz and Michael Whelan": in a list of three or more names joined
/// only by commas and "and", where at least two thirds are of one kind, the
/// others the typer was unsure of and saw as nothing are of that kind too, as
/// is a person in a list of places and a place in a list of people.
fn lists_keep_one_kind(doc: &Document, kb: &Kb, lk: &Lookups, spans: &mut [NameSpan]) {
    let joined = |a: &NameSpan, b: &NameSpan| {
        let between: Vec<&str> = (a.end_tok..b.start_tok).map(|k| tok(doc, k)).collect();
        matches!(between[..], [","] | ["and"] | ["&"] | [",", "and"]) && same_line(doc, a.end_tok - 1, b.start_tok)
    };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&k| spans[k].start_tok);
    let mut a = 0;
    while a < order.len() {
        let mut b = a + 1;
        while b < order.len() && joined(&spans[order[b - 1]], &spans[order[b]]) {
            b += 1;
        }
        if b - a >= 3 {
            let items = &order[a..b];
            // a known state, place or body in the list leaves the others' readings as they are, but for
            // a name the typer saw as nothing in a list of places ("between Arusha, Mbolwe, Kirunda and
            // Moshi")
            let known_items: Vec<bool> = items
                .iter()
                .map(|&k| {
                    let s = &spans[k];
                    lk.gaz.iter().any(|m| m.span.start == s.span.start && m.span.end == s.span.end)
                })
                .collect();
            let known = known_items.contains(&true);
            for kind in [NameLabel::Person, NameLabel::Location, NameLabel::Organization] {
                let n = items.iter().filter(|&&k| spans[k].label == kind).count();
                // (with a known place among them, every member the typer saw as something is a place,
                // two at least)
                let all_places = items.iter().all(|&k| matches!(spans[k].label, NameLabel::Location | NameLabel::Misc));
                let enough = if known { kind == NameLabel::Location && all_places && n >= 2 } else { n * 3 >= (b - a) * 2 };
                if !enough {
                    continue;
                }
                for (&k, &known_here) in items.iter().zip(&known_items) {
                    let s = &mut spans[k];
                    let thing = (s.start_tok..s.end_tok).any(|x| non_person_word(kb, tok(doc, x)));
                    // (nothing takes the list's kind; a person and a place take each other's)
                    let swaps = match (s.label, kind) {
                        (NameLabel::Misc, _) => !known_here,
                        (NameLabel::Person, NameLabel::Location) | (NameLabel::Location, NameLabel::Person) => !known,
                        _ => false,
                    };
                    // (nor a minister's portfolio: "the Minister of Production, Rosa Quispe, and Tomás Soto")
                    let portfolio = s.start_tok >= 2
                        && tok(doc, s.start_tok - 1) == "of"
                        && (lk.title_tok[s.start_tok - 2] || is(kb, tok(doc, s.start_tok - 2), NameWord::BODY));
                    if !s.sure && !thing && swaps && !portfolio {
                        s.label = kind;
                    }
                }
            }
        }
        a = b;
    }
}

/// Is `s` a name no rule was sure of and with no word that names a body, a place or a thing — one whose kind
/// the words around it may give?
fn open_to_context(doc: &Document, kb: &Kb, s: &NameSpan) -> bool {
    !s.sure && !(s.start_tok..s.end_tok).any(|x| non_person_word(kb, tok(doc, x)))
}

/// "At Tlokoeng, above the reservoir,", "In Mahlanyane, the herders wait", "I went to Guet Ndar": a name the
/// typer was unsure of, opening a sentence after a preposition of place and closed by a comma, or right after
/// a verb of going and "to" — a place.
fn places_by_their_preposition(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    // (surnames of people the document names in full)
    let surnames: Vec<String> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Person && s.end_tok > s.start_tok + 1)
        .map(|s| tok(doc, s.end_tok - 1).to_string())
        .collect();
    for s in spans.iter_mut() {
        if s.start_tok < 2 || !open_to_context(doc, kb, s) {
            continue;
        }
        let a = s.start_tok;
        // ("In Mutarara, a district administrator, X,": one word the typer took for a person's, no given name
        // nor the surname of someone named, is a place there too)
        let lone_unknown = s.end_tok == a + 1 && s.label == NameLabel::Person && kb.given_name(tok(doc, a)).is_none() && !kb.surname(tok(doc, a)) && !surnames.iter().any(|w| w == tok(doc, a));
        let opener = matches!(tok(doc, a - 1), "At" | "In" | "Near" | "Outside")
            && sentence_initial(doc, a - 1)
            && tok(doc, s.end_tok) == ","
            && (s.label == NameLabel::Misc || lone_unknown);
        let going = tok(doc, a - 1) == "to"
            && matches!(
                tok(doc, a - 2),
                "went" | "go" | "goes" | "going" | "travelled" | "traveled" | "travel" | "drove" | "flew" | "sailed" | "walked" | "moved"
                    | "returned" | "return" | "fled" | "came" | "headed" | "driven" | "trekked"
            )
            && matches!(s.label, NameLabel::Misc | NameLabel::Person)
            // (the name ends there: not an adjective before a noun, "going to African nations", nor part of
            // a compound, "a return to O-levels")
            && {
                let next = tok(doc, s.end_tok);
                !next.starts_with(char::is_lowercase)
                    || matches!(next, "in" | "on" | "at" | "and" | "last" | "this" | "for" | "with" | "to" | "from" | "where" | "by" | "before" | "after" | "when" | "every" | "each" | "twice" | "once")
            }
            && tok(doc, s.end_tok) != "-";
        // ("carrying sugar from Santos in Brazil to Antwerp": a lone name between a preposition of movement
        // or place and "in" a state — not the surname of someone the document names in full)
        let in_state = matches!(tok(doc, a - 1), "from" | "to" | "at" | "near" | "via")
            && s.end_tok == a + 1
            && matches!(s.label, NameLabel::Misc | NameLabel::Person)
            && tok(doc, s.end_tok) == "in"
            && crate::util::is_cap(doc, s.end_tok + 1)
            && kb.find(&doc.text[doc.tokens[s.end_tok + 1].span.start..doc.tokens[(s.end_tok + 4).min(doc.tokens.len() - 1)].span.end])
                .iter()
                .any(|m| m.span.start == 0 && kb.entry(m.entry).kind == dyad_core::EntityKind::State)
            && !surnames.iter().any(|w| w == tok(doc, a));
        // ("our own deep-water port at Posorja", "the refugee camp at Kakuma": a site's noun, then "at", "in"
        // or "near" and one word the typer saw as nothing — the town the site is in)
        let site = s.end_tok == a + 1
            && s.label == NameLabel::Misc
            && matches!(tok(doc, a - 1), "at" | "in" | "near")
            && matches!(
                tok(doc, a - 2),
                "port" | "terminal" | "crossing" | "camp" | "post" | "bridge" | "market" | "airport" | "base" | "station" | "harbour" | "harbor"
                    | "checkpoint" | "depot" | "refinery" | "plant" | "mine" | "dam" | "jetty" | "pier" | "wharf" | "warehouse" | "warehouses"
            )
            && !surnames.iter().any(|w| w == tok(doc, a));
        if opener || going || in_state || site {
            s.label = NameLabel::Location;
        }
    }
}

/// "the main street of Ben Guerdane … the markets of Ben Guerdane, Medenine and Zarzis … residents of Ben
/// Guerdane … a warehouse in Ben Guerdane": a name of two words or more the typer took for a person's but
/// was unsure of, written twice or more and every time where only a place stands — after "in", "near" or
/// "outside", after "of" and a word for the people or the parts of a place, or in a list beside a place — and
/// no word of which stands alone for a person elsewhere, is a place.
fn names_only_places_hold(doc: &Document, spans: &mut [NameSpan]) {
    let n = doc.tokens.len();
    let text = |s: &NameSpan| doc.text[s.span.start..s.span.end].to_string();
    let places: Vec<(usize, usize)> = spans.iter().filter(|s| s.label == NameLabel::Location).map(|s| (s.start_tok, s.end_tok)).collect();
    let place_only = |s: &NameSpan| {
        let (a, b) = (s.start_tok, s.end_tok);
        if a == 0 || (b < n && matches!(tok(doc, b), "'s" | "’s" | "'" | "’")) {
            return false;
        }
        let before = tok(doc, a - 1);
        let parts_of = before == "of"
            && a >= 2
            && matches!(
                tok(doc, a - 2).to_lowercase().as_str(),
                "street" | "streets" | "market" | "markets" | "residents" | "people" | "men" | "women" | "families" | "outskirts" | "centre"
                    | "center" | "edge" | "heart" | "town" | "city" | "village" | "port" | "mayor" | "governor" | "inhabitants" | "suburbs"
                    | "traders" | "shops" | "shopkeepers" | "hospital" | "mosque" | "roads" | "alleys" | "quarter"
            );
        // (in a list beside a place: "the markets of Ben Guerdane, Medenine and Zarzis")
        let listed = places.iter().any(|&(pa, pb)| {
            (pa == b + 1 && matches!(tok(doc, b), "," | "and")) || (pb + 1 == a && matches!(tok(doc, a - 1), "," | "and"))
        });
        matches!(before, "in" | "near" | "outside") || parts_of || listed
    };
    // (words standing alone as a person elsewhere: "Ghariani said")
    let lone: Vec<String> = spans.iter().filter(|s| s.label == NameLabel::Person && s.end_tok == s.start_tok + 1).map(|s| text(s)).collect();
    let mut by_name: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, s) in spans.iter().enumerate() {
        if s.label == NameLabel::Person && s.end_tok - s.start_tok >= 2 {
            by_name.entry(text(s)).or_default().push(i);
        }
    }
    for (name, idx) in by_name {
        if idx.len() < 2
            || idx.iter().any(|&i| spans[i].sure)
            || name.split(' ').any(|w| lone.iter().any(|l| l == w))
            || !idx.iter().all(|&i| place_only(&spans[i]))
        {
            continue;
        }
        for i in idx {
            spans[i].label = NameLabel::Location;
            spans[i].sure = true;
        }
    }
}

/// "land at Harku and Püssi", "between Mpika and Kasama": two names joined by "and" after a preposition of
/// place (not "in": "the decision in Ratych and Bloomer" names a case), one read as a place, the other a name
/// the typer was unsure of and saw as nothing — a place too.
fn pairs_of_places(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&k| spans[k].start_tok);
    let place = |s: &NameSpan| s.label == NameLabel::Location;
    for w in order.windows(2) {
        let (a, b) = (&spans[w[0]], &spans[w[1]]);
        if b.start_tok != a.end_tok + 1 || tok(doc, a.end_tok) != "and" || a.start_tok == 0 || !same_line(doc, a.end_tok - 1, b.start_tok) {
            continue;
        }
        if !matches!(tok(doc, a.start_tok - 1), "at" | "near" | "between" | "from" | "to" | "outside") {
            continue;
        }
        let unsure = |s: &NameSpan| s.label == NameLabel::Misc && open_to_context(doc, kb, s);
        let fix = if place(a) && unsure(b) {
            w[1]
        } else if place(b) && unsure(a) {
            w[0]
        } else {
            continue;
        };
        spans[fix].label = NameLabel::Location;
    }
}

/// "the Rock's future … living on the Rock", "when the Bill is debated": a
/// one-word name the document writes only after "the" is no person.
fn people_take_no_article(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let after_the = |s: &NameSpan| s.start_tok > 0 && matches!(tok(doc, s.start_tok - 1), "the" | "The");
    let mut only_after_the: HashMap<&str, bool> = HashMap::new();
    for s in spans.iter().filter(|s| s.end_tok - s.start_tok == 1) {
        let e = only_after_the.entry(tok(doc, s.start_tok)).or_insert(true);
        *e &= after_the(s);
    }
    for s in spans.iter_mut().filter(|s| !s.sure && s.label == NameLabel::Person && s.end_tok - s.start_tok == 1) {
        if only_after_the.get(tok(doc, s.start_tok)).copied().unwrap_or(false) {
            s.label = NameLabel::Misc;
        }
    }
    // ("The shops in the Zona Baja, of course": two words after "the" every time, closing the phrase — not
    // "the Donald Trump administration" — are no person; a place after "in the", "at the" or "near the")
    let text = |s: &NameSpan| doc.text[s.span.start..s.span.end].to_string();
    let closed = |s: &NameSpan| {
        let next = tok(doc, s.end_tok);
        s.end_tok >= doc.tokens.len() || matches!(next, "," | "." | ";" | ":" | ")" | "in" | "of" | "and" | "on" | "at" | "to" | "with" | "is" | "was" | "has" | "were")
    };
    let mut several: HashMap<String, bool> = HashMap::new();
    for s in spans.iter().filter(|s| s.end_tok - s.start_tok >= 2) {
        let e = several.entry(text(s)).or_insert(true);
        *e &= after_the(s) && closed(s);
    }
    for s in spans.iter_mut().filter(|s| !s.sure && matches!(s.label, NameLabel::Person | NameLabel::Location) && s.end_tok - s.start_tok >= 2) {
        if !several.get(&text(s)).copied().unwrap_or(false) {
            continue;
        }
        let place = s.start_tok >= 2 && matches!(tok(doc, s.start_tok - 2), "in" | "at" | "near" | "from" | "In" | "At" | "Near" | "From");
        if s.label == NameLabel::Person {
            s.label = if place { NameLabel::Location } else { NameLabel::Misc };
            s.sure = true;
        } else if place && crate::util::given(kb, tok(doc, s.start_tok)) {
            // (a place the typer saw, whose first word is a given name: settled, so no person is read there)
            s.sure = true;
        }
    }
}

/// "By Farzana Haque Chowdhury" on a line of its own (or before a comma: "By Ana Ruiz, Asunción"): a
/// byline's two to four capitalised words are the writer, a person — unless a word names a body.
fn bylines_are_people(doc: &Document, kb: &Kb, lk: &Lookups, spans: &mut [NameSpan]) {
    for s in spans.iter_mut().filter(|s| !s.sure && s.label != NameLabel::Person) {
        let Some(by) = s.start_tok.checked_sub(1) else { continue };
        if tok(doc, by) != "By" {
            continue;
        }
        let Some(p) = doc.paragraph_of(doc.tokens[by].span.start) else { continue };
        let r = doc.token_range(p);
        let words = s.end_tok - s.start_tok;
        let closes = s.end_tok >= r.end || matches!(tok(doc, s.end_tok), "," | "|" | "—" | "–" | "and");
        let bodyish = (s.start_tok..s.end_tok).any(|k| {
            let w = kb.name_word(tok(doc, k));
            w.has(NameWord::BODY) || w.has(NameWord::BODY_END) || w.has(NameWord::OUTLET) || w.has(NameWord::PLACE)
                || matches!(tok(doc, k), "Staff" | "Reporter" | "Reporters" | "Correspondent" | "Desk" | "Team" | "Editors")
        }) || lk.gaz.iter().any(|m| m.span.start < s.span.end && m.span.end > s.span.start);
        if r.start == by && closes && (2..=4).contains(&words) && !bodyish {
            s.label = NameLabel::Person;
        }
    }
}

/// "… Rabbit Maranville … Maranville hit": a lone word of no settled type
/// that ends a person's full name elsewhere in the document is that person's
/// surname (or opens a name of two words: the name its bearer goes by).
fn surnames_follow_their_person(doc: &Document, spans: &mut [NameSpan]) {
    // ("Jamit anak Ujang", "Mohamad bin Salleh": a name joined by a patronymic particle is a person's)
    let patronymic = |s: &NameSpan| s.end_tok - s.start_tok == 3 && crate::util::patronymic(tok(doc, s.start_tok + 1));
    for s in spans.iter_mut().filter(|s| !s.sure && s.label == NameLabel::Misc) {
        if patronymic(s) {
            s.label = NameLabel::Person;
        }
    }
    // (a hyphenated surname whole: "Dorjsürengiin Bat-Erdene … Bat-Erdene")
    let tail = |s: &NameSpan| {
        let mut a = s.end_tok - 1;
        while a >= s.start_tok + 3 && tok(doc, a - 1) == "-" && crate::util::adjacent(doc, a - 2, a - 1) && crate::util::adjacent(doc, a - 1, a) {
            a -= 2;
        }
        &doc.text[doc.tokens[a].span.start..s.span.end]
    };
    let surnames: Vec<&str> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Person && s.end_tok - s.start_tok >= 2)
        .map(tail)
        // ("Jamit anak Ujang … Jamit's boat": the own name before a patronymic particle too)
        .chain(
            spans
                .iter()
                .filter(|s| matches!(s.label, NameLabel::Person | NameLabel::Misc) && patronymic(s))
                .map(|s| tok(doc, s.start_tok)),
        )
        // ("Nuwanthi Karunaratne … Nuwanthi said": the first of two words, by which its bearer may go)
        .chain(spans.iter().filter(|s| s.label == NameLabel::Person && s.end_tok - s.start_tok == 2).map(|s| tok(doc, s.start_tok)))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 2)
        .collect();
    if surnames.is_empty() {
        return;
    }
    for s in spans.iter_mut() {
        let text = &doc.text[s.span.start..s.span.end];
        let hyphened = text.contains('-') && !text.contains(' ');
        let lone = s.end_tok == s.start_tok + 1 || hyphened;
        // (and a hyphenated one the typer took for a body, where the shape rules saw a person — not a
        // single word: "Bill Ford … Ford", "George Wimpey … Wimpey" are companies too)
        let retype = s.label == NameLabel::Misc || (hyphened && s.label == NameLabel::Organization && s.rule == NameLabel::Person);
        if !s.sure && retype && lone && surnames.contains(&text) {
            s.label = NameLabel::Person;
        }
    }
}


/// "the International Tribunal for Maritime Claims … The Tribunal said": a
/// body's head word alone, after a body named in full with it, is a body.
fn heads_follow_their_body(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let heads: Vec<(usize, &str)> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Organization)
        .filter_map(|s| crate::util::body_head(kb, &doc.text[s.span.start..s.span.end]).map(|h| (s.span.start, h)))
        .collect();
    for s in spans.iter_mut().filter(|s| !s.sure) {
        if let Some(w) = crate::util::body_word_after_the(doc, kb, s.start_tok..s.end_tok) {
            if heads.iter().any(|(at, h)| *at < s.span.start && *h == w) {
                s.label = NameLabel::Organization;
            }
        }
    }
}

/// "the band Killing Joke", "the rebel group Tanzim", "the town of
/// Zalambessa": a common noun right before a name (or before "of" and the
/// name) says what the name is, whatever the typer guessed.
fn classifier_nouns_type_the_name(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let mut typed: HashMap<&str, NameLabel> = HashMap::new();
    for s in spans.iter_mut().filter(|s| !s.sure && s.start_tok > 0) {
        let prev = tok(doc, s.start_tok - 1);
        // ("his new party, Veritas, …": the noun and the name in apposition)
        let apposed = prev == ","
            && s.start_tok > 1
            && is(kb, tok(doc, s.start_tok - 2), NameWord::BODY_NOUN)
            && matches!(tok(doc, s.end_tok), "," | "." | ";");
        // ("the opposition Centro Renovador party", "the Hamas movement": a political body's noun after
        // the name, a lower-case word before it)
        // ("the Kenyan-led Multinational Security Support mission": of a name of two words or more that holds
        // no known name, a mission's, a force's or a commission's noun too)
        let long = s.end_tok >= s.start_tok + 2;
        let after = doc.tokens.get(s.end_tok).is_some_and(|_| {
            (matches!(tok(doc, s.end_tok), "party" | "movement" | "group" | "militia" | "faction" | "coalition" | "alliance")
                || (long && matches!(tok(doc, s.end_tok), "mission" | "force" | "commission" | "committee" | "council" | "agency") && kb.find(doc.slice(s.span)).is_empty()))
                && prev.chars().next().is_some_and(|c| c.is_lowercase())
                && same_line(doc, s.end_tok - 1, s.end_tok)
        });
        // ("Semanario Búsqueda, the Montevideo business weekly,", "Kessler Pumpenbau, a small firm near Graz": the
        // apposition after the name says it is a body — its noun within five words, before a comma, a
        // full stop or a relative pronoun)
        let apposed_after = tok(doc, s.end_tok) == ","
            && matches!(tok(doc, s.end_tok + 1), "a" | "an" | "the")
            && (s.end_tok + 2..(s.end_tok + 7).min(doc.tokens.len()))
                .take_while(|&k| !matches!(tok(doc, k), "," | "." | ";" | "of" | "who"))
                .any(|k| {
                    // ("Nibulon, a Mykolaiv trading house,": a house that trades, publishes or sells at auction)
                    let house = tok(doc, k) == "house" && matches!(tok(doc, k - 1), "trading" | "publishing" | "auction" | "fashion" | "brokerage");
                    (is(kb, tok(doc, k), NameWord::BODY_NOUN) || house)
                        && matches!(tok(doc, k + 1), "," | "." | ";" | "that" | "which" | "whose" | "based" | "in" | "near" | "outside" | "with")
                });
        // ("the tanker Eagle S", "the ship, the Aurora Bay,": a vessel)
        // ("the bulk carrier Marisol Star", "the Liberian-flagged Ocean Pride": a carrier of a cargo, or a
        // name a flag is said of)
        let vessel = crate::util::before_ship_name(doc, kb, s.start_tok - 1)
            || (matches!(prev, "the" | "The")
                && s.start_tok >= 3
                && tok(doc, s.start_tok - 2) == ","
                && is(kb, tok(doc, s.start_tok - 3), NameWord::VESSEL_NOUN));
        if vessel {
            s.label = NameLabel::Misc;
        } else if ((is(kb, prev, NameWord::BODY_NOUN) || apposed) && same_line(doc, s.start_tok - 1, s.start_tok)) || after || (apposed_after && matches!(s.label, NameLabel::Misc | NameLabel::Location)) {
            s.label = NameLabel::Organization;
        } else if prev == "of" && s.start_tok > 1 && is(kb, tok(doc, s.start_tok - 2), NameWord::PLACE_NOUN) {
            s.label = NameLabel::Location;
        } else if s.label != NameLabel::Person
            && !(s.end_tok == s.start_tok + 1 && tok(doc, s.start_tok).ends_with("ed"))
            && doc.tokens.get(s.end_tok).is_some_and(|_| is(kb, tok(doc, s.end_tok), NameWord::GEO_NOUN) && same_line(doc, s.end_tok - 1, s.end_tok))
        {
            // "the Chenab river", "the Rogun dam", "Khorezm region": a geographic noun after the name
            // (not a person's: "Putin's state visit" is no place; nor an adjective: "a long Islamized region")
            s.label = NameLabel::Location;
        } else {
            continue;
        }
        typed.entry(&doc.text[s.span.start..s.span.end]).or_insert(s.label);
    }
    // (the document's other mentions of the name follow: "Veritas says it hopes …")
    for s in spans.iter_mut().filter(|s| !s.sure) {
        if let Some(l) = typed.get(&doc.text[s.span.start..s.span.end]) {
            s.label = *l;
        }
    }
}


/// "Pernod shares slipped", "shares in Velmora rose", "Diageo's profits",
/// "Guidant chief executive X": a name whose shares trade, which makes
/// profits or has a chief executive is a company, wherever the document
/// writes it (the typer having seen a place in "shares in X"); so is a
/// longer name it opens ("Pernod" … "France's Pernod Ricard").
fn trade_words_type_the_company(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let own = |w: &str| {
        matches!(
            w,
            "shares" | "share" | "stock" | "profits" | "profit" | "sales" | "revenue" | "revenues" | "earnings"
                | "shareholders" | "chairman" | "CEO" | "boss" | "subsidiary" | "takeover" | "stake" | "bid"
        )
    };
    let mut companies: Vec<&str> = Vec::new();
    for s in spans.iter() {
        if s.sure || s.label == NameLabel::Organization {
            continue;
        }
        let (a, b) = (s.start_tok, s.end_tok);
        let next = tok(doc, b);
        let after_possessive = if crate::util::is_possessive(next) { tok(doc, b + 1) } else { "" };
        let chief_executive = |k: usize| tok(doc, k) == "chief" && tok(doc, k + 1) == "executive";
        // ("shares in Ireland-based Elan", "Shares in Elan and Biogen Idec")
        let before = (2..=6).any(|back| {
            a >= back
                && ["shares", "stake", "stock"].iter().any(|w| tok(doc, a - back).eq_ignore_ascii_case(w))
                && tok(doc, a - back + 1) == "in"
                && (a - back + 2..a).all(|k| is_cap(doc, k) || matches!(tok(doc, k), "-" | "based" | "and" | ","))
        });
        let trades = matches!(next, "shares" | "stock") || matches!(next, "chairman" | "CEO" | "boss") && is_cap(doc, b + 1) || chief_executive(b);
        // ("Velmora said it would appeal": what speaks of itself as "it" is no person — where the name
        // has no given name to make one of it)
        let itself = matches!(next, "said" | "says" | "announced" | "added" | "warned" | "confirmed" | "insisted" | "denied")
            && (tok(doc, b + 1) == "its"
                || (tok(doc, b + 1) == "it"
                    && matches!(
                        tok(doc, b + 2),
                        "would" | "will" | "had" | "has" | "planned" | "plans" | "expected" | "expects" | "intended" | "intends" | "aimed" | "aims"
                    )))
            && !crate::util::given(kb, tok(doc, a));
        // ("analysts at Corvane", "lawyers at Matrix Chambers": where people work)
        let workplace = a >= 2
            && tok(doc, a - 1) == "at"
            && matches!(
                tok(doc, a - 2).to_lowercase().as_str(),
                "analyst" | "analysts" | "economist" | "economists" | "lawyer" | "lawyers" | "strategist" | "strategists"
                    | "researchers" | "staff" | "workers" | "employees" | "executives" | "executive" | "partner" | "traders" | "bankers"
            );
        // ("Titan, a California-based company, agreed …", "Varro, the Dutch brewing group,": an apposition
        // whose head noun is a word for a company)
        let apposed = next == "," && matches!(tok(doc, b + 1), "a" | "an" | "the") && {
            let mut k = b + 2;
            // (", a Vigo company": a town's name may stand right before the noun)
            while k < b + 8
                && (tok(doc, k).chars().all(|c| c.is_lowercase() || c == '-')
                    || (is_cap(doc, k) && (tok(doc, k + 1) == "-" || crate::util::company_noun(kb, tok(doc, k + 1)))))
            {
                if crate::util::company_noun(kb, tok(doc, k)) {
                    break;
                }
                k += 1;
            }
            crate::util::company_noun(kb, tok(doc, k))
                && !crate::util::is_possessive(tok(doc, k + 1))
                && (!tok(doc, k + 1).chars().all(|c| c.is_lowercase()) || matches!(tok(doc, k + 1), "that" | "which" | "with" | "based" | "whose" | "in" | "of"))
        } && !crate::util::given(kb, tok(doc, a));
        if before || trades || itself || workplace || apposed || own(after_possessive) || (!after_possessive.is_empty() && chief_executive(b + 1)) {
            companies.push(&doc.text[s.span.start..s.span.end]);
        }
    }
    if companies.is_empty() {
        return;
    }
    let companies: Vec<String> = companies.into_iter().map(String::from).collect();
    for s in spans.iter_mut().filter(|s| !s.sure) {
        let text = &doc.text[s.span.start..s.span.end];
        let opened = s.end_tok - s.start_tok >= 2 && companies.iter().any(|c| !c.contains(' ') && tok(doc, s.start_tok) == c.as_str());
        if opened || companies.iter().any(|c| c == text) {
            s.label = NameLabel::Organization;
        }
    }
}

/// "the Al-Jazeera Arabic channel", "BBC Persian", "Reuters Institute": a
/// name that opens with an organisation the knowledge base knows and goes on
/// with a language, a people or a body's last word is that organisation's
/// service or branch — a body ("Al" being a given name makes no person of it).
fn known_bodies_open_their_services(doc: &Document, kb: &Kb, lk: &Lookups, spans: &mut [NameSpan]) {
    for s in spans.iter_mut().filter(|s| !s.sure && s.label != NameLabel::Organization && s.end_tok - s.start_tok >= 2) {
        let opens = lk.gaz.iter().any(|m| {
            m.span.start == s.span.start
                && m.span.end < s.span.end
                && matches!(kb.entry(m.entry).kind, dyad_core::EntityKind::Organization)
                && m.form != dyad_kb::Form::Demonym
        });
        if !opens {
            continue;
        }
        let rest: Vec<usize> =
            (s.start_tok..s.end_tok).filter(|&k| doc.tokens[k].span.start >= lk.gaz.iter().filter(|m| m.span.start == s.span.start).map(|m| m.span.end).max().unwrap_or(0)).collect();
        // (a language, a people or a body's last word: not "AFL Results", "Forbes Field")
        let service = |k: usize| {
            let w = tok(doc, k);
            kb.language(w)
                || is(kb, w, NameWord::BODY_END)
                || lk.gaz.iter().any(|m| m.form == dyad_kb::Form::Demonym && m.span.start == doc.tokens[k].span.start)
        };
        if !rest.is_empty() && rest.len() <= 2 && rest.iter().all(|&k| service(k)) {
            s.label = NameLabel::Organization;
        }
    }
}

/// "Velmora is a Brazilian bicycle manufacturer", "The Quillmen are an
/// English rock band from Leeds", "Dorvek, a village in …": a name the
/// document defines with "is/was a … NOUN" or an apposition ", a … NOUN" is
/// what that noun says — a body for "band", "manufacturer", "party", a place
/// for "village", "town", "parish" — wherever the document writes the name.
/// The noun must close its phrase ("a band member", "a member of the band"
/// define nothing); a name after "of" or a possessive is not the subject
/// ("the singer of Morrow Lane is a …").
fn definitions_type_the_name(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    // (keyed in lower case: "CALOI is a … manufacturer" defines "Caloi")
    let mut defined: HashMap<String, NameLabel> = HashMap::new();
    for s in spans.iter() {
        if s.start_tok > 0 && matches!(tok(doc, s.start_tok - 1), "of" | "’s" | "'s" | "by" | "with") {
            continue;
        }
        // (the subject of "is a …" opens its clause: not "… to Mars ( … ) is a band")
        let opens_clause = s.start_tok == 0
            || sentence_initial(doc, s.start_tok)
            || doc.tokens[s.start_tok - 1].kind == TokenKind::Punct
            || matches!(tok(doc, s.start_tok - 1), "and" | "but" | "while" | "the" | "The" | "when" | "that");
        if tok(doc, s.end_tok) != "," && !opens_clause {
            continue;
        }
        if let Some(label) = definition_after(doc, kb, s.end_tok).or_else(|| body_clause_after(doc, s.end_tok)) {
            defined.entry(doc.text[s.span.start..s.span.end].to_lowercase()).or_insert(label);
        }
    }
    if defined.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| !s.sure) {
        if let Some(l) = defined.get(&doc.text[s.span.start..s.span.end].to_lowercase()) {
            s.label = *l;
        }
    }
}

/// The kind a definition right after token `k` (one past a name) gives:
/// "is a small Brazilian bicycle manufacturer", "( … ) was an English band",
/// ", a village in …".
/// ", which makes nitrogen fertilisers", ", which employs 2,000 people": a relative clause whose verb is
/// what a firm or a body does says the name before it is a body's.
fn body_clause_after(doc: &Document, k: usize) -> Option<NameLabel> {
    (tok(doc, k) == "," && tok(doc, k + 1) == "which").then_some(())?;
    // (", which is based in Singapore", ", which was headquartered in Lyon": a body's seat)
    if matches!(tok(doc, k + 2), "is" | "was") && matches!(tok(doc, k + 3), "based" | "headquartered" | "registered" | "listed") {
        return Some(NameLabel::Organization);
    }
    matches!(
        tok(doc, k + 2),
        "makes" | "made" | "produces" | "produced" | "owns" | "owned" | "operates" | "operated" | "employs" | "employed" | "sells"
            | "sold" | "builds" | "built" | "supplies" | "supplied" | "exports" | "imports" | "mines" | "trades" | "publishes"
            | "represents" | "campaigns" | "monitors" | "lobbies" | "manufactures" | "refines" | "ships" | "insures" | "lends"
    )
    .then_some(NameLabel::Organization)
}

fn definition_after(doc: &Document, kb: &Kb, mut k: usize) -> Option<NameLabel> {
    let n = doc.tokens.len();
    // a bracket right after the name (a pronunciation, years, an acronym)
    if k < n && tok(doc, k) == "(" {
        let close = (k + 1..n.min(k + 40)).find(|&j| tok(doc, j) == ")")?;
        k = close + 1;
    }
    let apposition = tok(doc, k) == ",";
    if apposition {
        k += 1;
        // (", once the biggest firm on …", ", now a unit of …")
        if matches!(tok(doc, k), "once" | "now" | "also" | "formerly") {
            k += 1;
        }
    } else {
        if !matches!(tok(doc, k), "is" | "was" | "are" | "were") {
            return None;
        }
        k += 1;
        while matches!(tok(doc, k), "also" | "now" | "once" | "still" | "currently" | "originally") {
            k += 1;
        }
    }
    if !matches!(tok(doc, k), "a" | "an" | "the") {
        return None;
    }
    k += 1;
    let closes = |j: usize| {
        j >= n
            || doc.tokens[j].kind == TokenKind::Punct && !matches!(tok(doc, j), "-" | "‑")
            || matches!(
                tok(doc, j),
                "in" | "of" | "from" | "based" | "founded" | "formed" | "headquartered" | "located" | "situated"
                    | "that" | "which" | "who" | "whose" | "with" | "and" | "or" | "for" | "on" | "at" | "near"
                    | "owned" | "established" | "active" | "known" | "by" | "since" | "where" | "it" | "they"
            )
    };
    let mut seen: Option<NameLabel> = None;
    for j in k..n.min(k + 7) {
        let w = tok(doc, j);
        // ("the world's biggest drinks firm": a possessive inside the phrase)
        if crate::util::is_possessive(w) && j > k {
            continue;
        }
        if doc.tokens[j].kind == TokenKind::Punct && w != "-" || !same_line(doc, k - 1, j) {
            return None;
        }
        // ("Arktikugol, the state coal trust,": a place's noun before the head noun only qualifies it)
        if w == "state" && !closes(j + 1) {
            continue;
        }
        let class = kb.name_word(w);
        // ("Konkurentsiamet, the Estonian Competition Authority,": a named body's word; "Elering, the
        // Estonian grid operator,": a firm's noun)
        let named_body = class.has(NameWord::BODY) && j > k && w.starts_with(char::is_uppercase) && (k..j).all(|x| is_cap(doc, x));
        let kind = if class.has(NameWord::BODY_NOUN) || class.has(NameWord::BODY_DEF) || class.has(NameWord::COMPANY_NOUN) || named_body {
            NameLabel::Organization
        } else if class.has(NameWord::PLACE_NOUN) || class.has(NameWord::PLACE_DEF) {
            NameLabel::Location
        } else if closes(j) && j > k && !(w == "based" && tok(doc, j - 1) == "-") {
            // (", a Rangpur-based NGO": "based" joined to its town goes on to the noun)
            return None;
        } else {
            continue;
        };
        // ("the school district": a phrase naming both kinds settles nothing; "the team's star":
        // a possessive goes on to another noun)
        if seen.is_some_and(|k| k != kind) {
            return None;
        }
        seen = Some(kind);
        if closes(j + 1) && !crate::util::is_possessive(tok(doc, j + 1)) {
            return Some(kind);
        }
    }
    None
}

/// "told La Razón", "wrote in El Universal": a name a Romance article opens
/// is an outlet or a body, not a person nor nothing (things such as "El Niño"
/// are settled by their last word before this) —
/// unless the document also writes it after a given name ("Marine Le Pen" …
/// "Le Pen").
fn article_names_are_no_people(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let text = |s: &NameSpan| &doc.text[s.span.start..s.span.end];
    let full_names: Vec<String> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Person && !is(kb, tok(doc, s.start_tok), NameWord::ARTICLE))
        .map(|s| text(s).to_string())
        .collect();
    for s in spans.iter_mut() {
        let opened = s.end_tok - s.start_tok >= 2 && is(kb, tok(doc, s.start_tok), NameWord::ARTICLE);
        let t = &doc.text[s.span.start..s.span.end];
        // ("the fisherman from La Unión", "traders in Las Tablas": a town GeoNames lists, after a preposition
        // of place, is that town — even where a body's word closes it)
        let town = opened
            && s.start_tok > 0
            && matches!(tok(doc, s.start_tok - 1), "from" | "in" | "near" | "outside" | "at")
            && !kb.place_countries(t).is_empty();
        if town && matches!(s.label, NameLabel::Person | NameLabel::Misc | NameLabel::Organization) {
            s.label = NameLabel::Location;
        } else if !s.sure && matches!(s.label, NameLabel::Person | NameLabel::Misc) && opened && !full_names.iter().any(|f| f.len() > t.len() && f.ends_with(t)) {
            s.label = NameLabel::Organization;
        }
    }
}

/// "between Rasht and Astara … the Astara crossing … the Astara river", "EL-ARISH, Egypt — … the main road
/// of El-Arish": a one-word name the document surely writes as a place elsewhere is that place where the
/// typer was unsure of it and saw a body or nothing.
fn one_town_one_kind(doc: &Document, spans: &mut [NameSpan]) {
    // (one word, or one hyphened: "EL-ARISH" in the dateline, "El-Arish" below — compared without case)
    let one_word = |s: &NameSpan| (s.start_tok..s.end_tok).all(|k| k == s.start_tok || crate::util::adjacent(doc, k - 1, k));
    // ("LEUSENI, Moldova — … at Leuseni": or the town opening the dateline, whatever it was read as)
    let dateline = crate::util::dateline_span(doc);
    let opens_dateline = |s: &NameSpan| dateline.is_some_and(|d| d.start == s.span.start && d.contains(s.span));
    let places: Vec<String> = spans
        .iter()
        .filter(|s| ((s.sure && s.label == NameLabel::Location) || opens_dateline(s)) && one_word(s))
        .map(|s| doc.text[s.span.start..s.span.end].to_lowercase())
        .collect();
    if places.is_empty() {
        return;
    }
    for s in spans.iter_mut() {
        if !s.sure && one_word(s) && matches!(s.label, NameLabel::Organization | NameLabel::Misc) && !opens_dateline(s) && places.contains(&doc.text[s.span.start..s.span.end].to_lowercase()) {
            s.label = NameLabel::Location;
        }
    }
}

/// "the Leuseni-Albita crossing", "the Wutung-Skouw border post": two one-word names joined by a hyphen
/// before a word for a crossing, a border or a road, one of which is a town GeoNames lists or the
/// document names alone as a place, are two places.
fn crossings_of_two_towns(doc: &Document, kb: &Kb, lk: &Lookups, spans: &mut Vec<NameSpan>) {
    let alone: Vec<String> = spans.iter().filter(|s| s.label == NameLabel::Location && s.end_tok == s.start_tok + 1).map(|s| doc.text[s.span.start..s.span.end].to_lowercase()).collect();
    let known = |k: usize| {
        let w = tok(doc, k);
        !kb.place_countries(w).is_empty() || alone.contains(&w.to_lowercase())
    };
    let mut split = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let (a, b) = (s.start_tok, s.end_tok);
        let pair = b == a + 3
            && tok(doc, a + 1) == "-"
            && crate::util::adjacent(doc, a, a + 1)
            && crate::util::adjacent(doc, a + 1, a + 2)
            && crate::util::is_cap(doc, a)
            && crate::util::is_cap(doc, a + 2)
            && b < doc.tokens.len()
            && matches!(tok(doc, b), "crossing" | "border" | "bridge" | "road" | "highway" | "railway" | "corridor" | "checkpoint" | "post" | "route" | "frontier");
        // (not a name the knowledge base knows whole: "the Guinea-Bissau border")
        let whole = lk.gaz.iter().any(|m| m.span.start <= s.span.start && s.span.end <= m.span.end);
        if pair && !whole && (known(a) || known(a + 2)) && s.label != NameLabel::Person {
            split.push(i);
        }
    }
    for &i in split.iter().rev() {
        let s = spans.remove(i);
        for k in [s.start_tok, s.start_tok + 2] {
            let span = doc.tokens[k].span;
            spans.push(NameSpan { span, label: NameLabel::Location, rule: NameLabel::Location, sure: true, start_tok: k, end_tok: k + 1 });
        }
    }
}

/// "Fishermen on Talvora said …" after "Talvora Island": the bare name of a
/// place the document names in full is that place, whatever its context.
fn bare_places_follow_their_full_name(doc: &Document, kb: &Kb, spans: &mut [NameSpan]) {
    let bare: Vec<&str> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Location && s.end_tok - s.start_tok >= 2)
        .filter(|s| is(kb, tok(doc, s.end_tok - 1), NameWord::DROPPABLE))
        .map(|s| &doc.text[s.span.start..doc.tokens[s.end_tok - 2].span.end])
        .collect();
    if bare.is_empty() {
        return;
    }
    let bare: Vec<String> = bare.into_iter().map(String::from).collect();
    for s in spans.iter_mut() {
        if !s.sure && bare.iter().any(|b| *b == doc.text[s.span.start..s.span.end]) {
            s.label = NameLabel::Location;
        }
    }
}

/// "franc", "shillings", "dinars": a word for a currency (its plural in "s" too), after which a name is the
/// currency's ("the CFA franc", "Kenyan shillings").
fn currency_noun(kb: &Kb, w: &str) -> bool {
    is(kb, w, NameWord::CURRENCY) || w.strip_suffix('s').is_some_and(|one| is(kb, one, NameWord::CURRENCY))
}

/// "the OSE", "NAACP": an acronym of three to six capitals that is no known
/// term ("GDP", "UAV"), no Roman number, not a word the document also writes
/// in lower case ("RACE" in a heading, "race" below) and not on a line
/// written all in capitals: most likely a body's short name.
fn unknown_acronym(doc: &Document, kb: &Kb, a: usize, b: usize) -> bool {
    if b != a + 1 {
        return false;
    }
    let w = tok(doc, a);
    if !(3..=6).contains(&w.len()) || !w.chars().all(|c| c.is_ascii_uppercase() || c == '&') {
        return false;
    }
    if kb.term(w) || w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M')) {
        return false;
    }
    let span = doc.tokens[a].span;
    let line_start = doc.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = doc.text[span.end..].find('\n').map_or(doc.text.len(), |i| span.end + i);
    if !doc.text[line_start..line_end].chars().any(char::is_lowercase) {
        return false;
    }
    !doc.tokens.iter().any(|t| {
        let o = &doc.text[t.span.start..t.span.end];
        o != w && o.eq_ignore_ascii_case(w)
    })
}

/// "Queenslander", "Minnesotan", "Texan", "Ontarian": a known place's name and a demonym ending.
fn place_demonym(kb: &Kb, w: &str) -> bool {
    ["er", "n", "an", "ian", "ite", "ese"].iter().any(|suffix| {
        w.len() > suffix.len() + 3
            && w.strip_suffix(suffix).is_some_and(|stem| {
                kb.populated_place(stem) || (stem.ends_with('i') && kb.populated_place(&format!("{}y", &stem[..stem.len() - 1])))
            })
    }) || (w.ends_with('n') && kb.populated_place(&format!("{}s", &w[..w.len() - 1])))
}



/// A storm's name is no actor, also where the document later writes it alone
/// ("Phailin made landfall"); a legal form after a comma is not a name of its
/// own but makes the name before it a company.
fn storms_and_company_suffixes(doc: &Document, kb: &Kb, spans: &mut Vec<NameSpan>) {
    // ("the BRP Teresa Magbanua", "HMS Prince of Wales": a vessel's prefix in capitals before the name)
    let vessel = |s: &NameSpan| s.start_tok > 0 && crate::util::vessel_prefix(kb, tok(doc, s.start_tok - 1));
    let storms: Vec<&str> = spans
        .iter()
        .filter(|s| (s.end_tok - s.start_tok >= 2 && is(kb, tok(doc, s.start_tok), NameWord::STORM)) || vessel(s))
        .map(|s| tok(doc, s.end_tok - 1))
        .collect();
    for k in 0..spans.len() {
        let s = spans[k];
        let first = tok(doc, s.start_tok);
        let one = s.end_tok - s.start_tok == 1;
        // ("Live: Storm passes over Dominica": the word alone opening a sentence or a headline's clause is
        // the common noun)
        let common = one && (crate::util::sentence_initial(doc, s.start_tok) || (s.start_tok > 0 && tok(doc, s.start_tok - 1) == ":"));
        if is(kb, first, NameWord::STORM) && (!one || common) || storms.contains(&tok(doc, s.end_tok - 1)) || vessel(&s) {
            spans[k].label = NameLabel::Misc;
            spans[k].sure |= vessel(&s);
        }
        if one && is(kb, first, NameWord::LEGAL_FORM) {
            spans[k].label = NameLabel::Misc;
            if k > 0 && spans[k - 1].end_tok + 1 == s.start_tok && tok(doc, spans[k - 1].end_tok) == "," {
                spans[k - 1].label = NameLabel::Organization;
                // ("Hanbit Energy Materials Co., Ltd": a second legal form after the first's comma is the
                // name's too)
                let prev_last = tok(doc, spans[k - 1].end_tok - 1);
                if crate::util::company_suffix(kb, prev_last) && crate::util::adjacent(doc, spans[k - 1].end_tok - 1, spans[k - 1].end_tok) {
                    spans[k - 1].end_tok = s.end_tok;
                    spans[k - 1].span = Span::new(spans[k - 1].span.start, s.span.end);
                    spans[k].end_tok = spans[k].start_tok;
                }
            }
        }
    }
}

/// "Eberhard Faber GmbH … Eberhard Faber", "Konami Corporation … Konami",
/// "Continental Airlines … Continental": a company's name without its legal
/// form or its trade word, wherever the document writes it, is that company.
fn companies_by_their_short_name(doc: &Document, kb: &Kb, spans: &mut Vec<NameSpan>) {
    let short: Vec<&str> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Organization)
        .filter_map(|s| {
            let name = &doc.text[s.span.start..s.span.end];
            // ("Continental Airlines … Continental also said": without its trade word too)
            crate::util::without_company_suffix(kb, name).or_else(|| crate::util::without_trade_word(kb, name))
        })
        // ("Tengri Rail Logistics LLP … Tengri's chief executive", "Khor Yaseer Ports PJSC … Khor Yaseer,
        // which runs …": by its first word, or its first two before two more)
        .chain(spans.iter().filter(|s| s.label == NameLabel::Organization).flat_map(|s| {
            let name = &doc.text[s.span.start..s.span.end];
            let first = crate::util::company_first_word(kb, name);
            let two = first.filter(|f| !f.contains(' ')).and_then(|f| {
                let head = name.split(" of ").next().unwrap_or(name);
                let words: Vec<&str> = head.split(' ').collect();
                (words.len() >= 4 && words[1].starts_with(char::is_uppercase)).then(|| &head[..f.len() + 1 + words[1].len()])
            });
            first.into_iter().chain(two)
        }))
        .collect();
    if short.is_empty() {
        return;
    }
    // (not a name the document defines as a place: "Barranco is a village of two hundred people … the
    // Barranco Fishermen's Cooperative Society Limited")
    let places: Vec<String> = spans
        .iter()
        .filter(|s| s.label == NameLabel::Location && definition_after(doc, kb, s.end_tok) == Some(NameLabel::Location))
        .map(|s| doc.text[s.span.start..s.span.end].to_string())
        .collect();
    for s in spans.iter_mut().filter(|s| !s.sure) {
        if short.contains(&&doc.text[s.span.start..s.span.end]) && !places.iter().any(|p| *p == doc.text[s.span.start..s.span.end]) {
            s.label = NameLabel::Organization;
        }
    }
    // ("The Corvana Group made an offer. Corvana said …": the one-word short name opening a sentence, which
    // no rule proposes alone, after the full name)
    let first_full = spans.iter().filter(|s| s.label == NameLabel::Organization).map(|s| s.end_tok).min().unwrap_or(usize::MAX);
    let mut added = Vec::new();
    for t in 0..doc.tokens.len() {
        let w = tok(doc, t);
        // (the cheap tests first: this runs over every token of a document that names a company)
        if t < first_full || !short.contains(&w) || !crate::util::sentence_initial(doc, t) || is_cap(doc, t + 1) {
            continue;
        }
        let covered = spans.iter().any(|s| s.start_tok <= t && t < s.end_tok);
        // (not a word the document also writes in lower case: "Steel prices rose" after "… Iron and Steel Co.")
        let word = || {
            let low = w.to_lowercase();
            kb.name_word(w) != NameWord::default() || kb.term(w) || (0..doc.tokens.len()).any(|k| tok(doc, k) == low)
        };
        if !covered && !word() {
            let span = doc.tokens[t].span;
            added.push(NameSpan { span, label: NameLabel::Organization, rule: NameLabel::Organization, sure: true, start_tok: t, end_tok: t + 1 });
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| s.start_tok);
    }
}

/// "the Incident Prevention and Response Mechanism (IPRM)": a name that stops at "and" before an
/// acronym in brackets whose letters its words' initials spell only from further back is one name
/// from there.
fn acronyms_join_their_expansion(doc: &Document, kb: &Kb, spans: &mut Vec<NameSpan>) {
    let capitals = |a: usize, b: usize| -> String {
        (a..b)
            .map(|k| tok(doc, k))
            .map(|w| if elided_name(w) { &w[w.char_indices().nth(2).map_or(0, |(x, _)| x)..] } else { w })
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    // ("Électricité de Guinée (EDG)": or every word's, a lower-case "de" too, accents aside)
    let every = |a: usize, b: usize| -> String {
        (a..b).map(|k| tok(doc, k)).filter(|w| w.chars().all(char::is_alphabetic)).filter_map(|w| w.chars().next()).collect::<String>()
    };
    let spells = |a: usize, b: usize, acronym: &str| {
        capitals(a, b).eq_ignore_ascii_case(acronym) || deunicode::deunicode(&every(a, b)).eq_ignore_ascii_case(acronym)
    };
    let mut joins: Vec<(usize, usize, NameLabel)> = Vec::new();
    let mut relabel: Vec<usize> = Vec::new();
    for s in spans.iter() {
        let Some(a) = crate::util::bracketed_acronym(doc, s.end_tok) else { continue };
        let acronym = tok(doc, a).replace('&', "");
        if spells(s.start_tok, s.end_tok, &acronym) {
            // ("the Prefectura Naval Argentina (PNA)": a name the typer could not place whose initials
            // spell the acronym after it is a body's)
            // (not a treaty's or a work's: "the Multi-Fibre Agreement (MFA)")
            if s.label == NameLabel::Misc && !(s.start_tok..s.end_tok).any(|k| is(kb, tok(doc, k), NameWord::THING)) {
                relabel.push(s.start_tok);
            }
            continue;
        }
        let mut k = s.start_tok;
        while k > 0 && s.start_tok - k < 10 {
            let w = tok(doc, k - 1);
            // ("the Partido Orden y Prosperidad (POP)", "Unidad Nacional de la Esperanza (UNE)")
            let connector = matches!(w, "and" | "of" | "for" | "&" | "on" | "in" | "y" | "e" | "et" | "de" | "del" | "la" | "des" | "du" | "da" | "do");
            if !(connector || (w.starts_with(char::is_uppercase) && doc.tokens[k - 1].kind == dyad_core::TokenKind::Word)) || !crate::util::same_line(doc, k - 1, k) {
                break;
            }
            k -= 1;
            if !connector && spells(k, s.end_tok, &acronym) {
                joins.push((k, s.end_tok, if s.label == NameLabel::Misc { NameLabel::Organization } else { s.label }));
                break;
            }
        }
    }
    // ("the Partido Orden y Prosperidad (Order and Prosperity Party, POP)": an acronym after a name in
    // another language in the brackets may spell either name)
    for s in spans.iter() {
        let Some(Some(a)) = crate::util::bracketed_alias(doc, s.start_tok, s.end_tok) else { continue };
        let acronym = tok(doc, a).replace('&', "");
        if spells(s.start_tok, s.end_tok, &acronym) {
            if s.label == NameLabel::Misc {
                relabel.push(s.start_tok);
            }
            continue;
        }
        let end = s.start_tok - 1;
        let mut k = end;
        while k > 0 && end - k < 10 {
            let w = tok(doc, k - 1);
            let connector = matches!(w, "and" | "of" | "for" | "&" | "y" | "e" | "et" | "de" | "del" | "la" | "des" | "du" | "da" | "do");
            if !(connector || (w.starts_with(char::is_uppercase) && doc.tokens[k - 1].kind == dyad_core::TokenKind::Word)) || !crate::util::same_line(doc, k - 1, k) {
                break;
            }
            k -= 1;
            if !connector && spells(k, end, &acronym) {
                joins.push((k, end, NameLabel::Organization));
                break;
            }
        }
    }
    for s in spans.iter_mut().filter(|s| relabel.contains(&s.start_tok)) {
        s.label = NameLabel::Organization;
    }
    for (a, b, label) in joins {
        spans.retain(|s| s.end_tok <= a || s.start_tok >= b);
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        spans.push(NameSpan { span, label, rule: label, sure: true, start_tok: a, end_tok: b });
    }
    spans.sort_by_key(|s| s.start_tok);
}

/// "the Amateur Hockey Association (AHA)": an acronym in brackets right
/// after a name is that name's short form and takes its type, wherever in
/// the document it stands.
/// "(Order and Prosperity Party, POP)": names joined by "and", "of" or "y" that together fill a bracket
/// after another name, before an acronym, are one name — that name in another language.
fn bracketed_runs_are_one_name(doc: &Document, spans: &mut Vec<NameSpan>) {
    let mut k = 1;
    while k < spans.len() {
        let (x, y) = (&spans[k - 1], &spans[k]);
        let joint = y.start_tok == x.end_tok + 1 && matches!(tok(doc, x.end_tok), "and" | "of" | "y" | "de" | "for");
        let filled = x.start_tok >= 2 && tok(doc, x.start_tok - 1) == "(" && k >= 2 && spans[k - 2].end_tok + 1 == x.start_tok;
        if joint && filled && matches!(crate::util::bracketed_alias(doc, x.start_tok, y.end_tok), Some(Some(_))) && !(x.sure && y.sure) {
            let label = if y.label == NameLabel::Misc { x.label } else { y.label };
            let (a, b) = (x.start_tok, y.end_tok);
            spans[k - 1] = NameSpan { span: Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end), label, rule: label, sure: true, start_tok: a, end_tok: b };
            spans.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "the Revenue Service (Shemosavlebis Samsakhuri)", "the National Unity of Hope (Unidad Nacional de la
/// Esperanza, UNE)": a name filling the brackets right after a body's name (alone or before an acronym)
/// is the body's name in another language, a body too; and a name before brackets holding a body's name
/// and an acronym is that body's name in its own language.
fn bracketed_names_follow_their_body(doc: &Document, spans: &mut Vec<NameSpan>) {
    for k in 1..spans.len() {
        let (long, alias) = (&spans[k - 1], &spans[k]);
        if long.end_tok + 1 != alias.start_tok || tok(doc, long.end_tok) != "(" {
            continue;
        }
        let Some(acr) = crate::util::bracketed_alias(doc, alias.start_tok, alias.end_tok) else { continue };
        if long.label == NameLabel::Organization && long.end_tok - long.start_tok >= 2 && !(alias.sure && alias.label != NameLabel::Organization) {
            spans[k].label = NameLabel::Organization;
            spans[k].sure = true;
        } else if alias.label == NameLabel::Organization && acr.is_some() && !long.sure {
            spans[k - 1].label = NameLabel::Organization;
            spans[k - 1].sure = true;
            // ("the National Unity of Hope (Unidad Nacional de la Esperanza, UNE)": the name before the
            // brackets goes back through "of" or "and" to the name before it)
            if k >= 2 {
                let prev = &spans[k - 2];
                let joint = prev.end_tok + 1 == spans[k - 1].start_tok && matches!(tok(doc, prev.end_tok), "of" | "and" | "for" | "y" | "de");
                if joint && !prev.sure && crate::util::same_line(doc, prev.end_tok, prev.end_tok + 1) {
                    let (a, b) = (prev.start_tok, spans[k - 1].end_tok);
                    spans[k - 1].start_tok = a;
                    spans[k - 1].span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
                    // (the name before is now part of this one: it names nothing of its own)
                    spans[k - 2].end_tok = spans[k - 2].start_tok;
                }
            }
        }
    }
    // (drop what was taken into a longer name)
    let mut k = 0;
    while k < spans.len() {
        if spans[k].end_tok == spans[k].start_tok {
            spans.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "the Savez nezavisnih socijaldemokrata (Alliance of Independent Social Democrats, SNSD)", "Naša stranka
/// (Our Party)": a name in a language that writes only its first word with a capital, right before
/// brackets that hold a body's name in English (of two words or more, with or without an acronym), is
/// that body's own name — a body, the same one.
fn native_names_before_their_translation(doc: &Document, kb: &Kb, spans: &mut Vec<NameSpan>) {
    let n = doc.tokens.len();
    let acronym = crate::util::loose_acronym;
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
    for open in 1..n {
        if tok(doc, open) != "(" {
            continue;
        }
        // (the brackets: capitalised words and English connectors, then ")" or ", ACR)")
        let mut e = open + 1;
        let mut words = 0;
        while e < n && e - open < 10 {
            let w = tok(doc, e);
            if w.starts_with(char::is_uppercase) && doc.tokens[e].kind == dyad_core::TokenKind::Word {
                words += 1;
            } else if !matches!(w, "and" | "of" | "for" | "the") {
                break;
            }
            e += 1;
        }
        // ("…, HDZ BiH)": an acronym of one or two words)
        let closes = e < n
            && (tok(doc, e) == ")"
                || (tok(doc, e) == "," && e + 2 < n && acronym(tok(doc, e + 1)) && (tok(doc, e + 2) == ")" || (e + 3 < n && acronym(tok(doc, e + 2)) && tok(doc, e + 3) == ")"))));
        if words < 2 || !closes || !tok(doc, e - 1).starts_with(char::is_uppercase) {
            continue;
        }
        let english_body = (open + 1..e).any(|i| is(kb, tok(doc, i), NameWord::BODY) || is(kb, tok(doc, i), NameWord::BODY_END) || is(kb, tok(doc, i), NameWord::PARTY));
        if !english_body && tok(doc, e) == ")" {
            continue;
        }
        // (words back from the bracket — lower-case ones, the connectors of the languages that write names
        // so, and capitalised ones: "Hrvatska demokratska zajednica Bosne i Hercegovine" — to an English
        // word, a comma or the sentence's start)
        let connector = |w: &str| matches!(w, "i" | "y" | "e" | "na" | "za" | "od" | "do" | "de" | "la" | "dhe");
        let mut k = open;
        let mut lower = 0;
        while k > 0 && open - k < 8 {
            let w = tok(doc, k - 1);
            let word = doc.tokens[k - 1].kind == dyad_core::TokenKind::Word && crate::util::same_line(doc, k - 1, k);
            if !word || crate::util::is_function_word(w) || crate::util::english_grammar_word(w) || w.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            let lowercase = w.chars().all(char::is_lowercase);
            if lowercase && !connector(w) && w.chars().count() > 2 {
                lower += 1;
            } else if !lowercase && !w.chars().skip(1).all(char::is_lowercase) {
                break;
            }
            k -= 1;
        }
        // (the run opens with a capital: drop lower-case words left at its front)
        while k < open && !tok(doc, k).starts_with(char::is_uppercase) {
            k += 1;
        }
        if lower == 0 || open - k < 2 {
            continue;
        }
        let first = k;
        let w = tok(doc, first);
        // (a state's adjective opens an English phrase, "the Kenyan government (Government of Kenya, GoK)")
        // (a longer name may open with the state's own name in its language: "Hrvatska demokratska zajednica")
        let state_word = open - k < 3 && kb.find(w).iter().any(|m| m.span.start == 0 && m.span.end == w.len());
        // (and the name starts the sentence or follows no capitalised word)
        let opens = first == 0 || !tok(doc, first - 1).starts_with(char::is_uppercase) || crate::util::is_function_word(tok(doc, first - 1));
        if !state_word && opens {
            found.push((first, open, open + 1, e));
        }
    }
    for (a, b, c, d) in found {
        spans.retain(|s| (s.end_tok <= a || s.start_tok >= b) && (s.end_tok <= c || s.start_tok >= d));
        for (x, y) in [(a, b), (c, d)] {
            let span = Span::new(doc.tokens[x].span.start, doc.tokens[y - 1].span.end);
            spans.push(NameSpan { span, label: NameLabel::Organization, rule: NameLabel::Organization, sure: true, start_tok: x, end_tok: y });
        }
    }
    spans.sort_by_key(|s| s.start_tok);
}

fn acronyms_take_their_expansion(doc: &Document, spans: &mut [NameSpan]) {
    let mut defined: HashMap<&str, NameLabel> = HashMap::new();
    for w in spans.windows(2) {
        let (long, short) = (&w[0], &w[1]);
        let bracketed = (crate::util::bracketed_acronym(doc, long.end_tok) == Some(short.start_tok)
            || crate::util::bracketed_alias(doc, long.start_tok, long.end_tok) == Some(Some(short.start_tok)))
            && short.end_tok == short.start_tok + 1;
        if bracketed && long.label != NameLabel::Misc {
            defined.insert(&doc.text[short.span.start..short.span.end], long.label);
        }
        // ("the Indonesian Forum for the Environment (Walhi)": a body's short name in brackets)
        if long.label == NameLabel::Organization && crate::util::bracketed_name(doc, long.end_tok) == Some(short.start_tok) && short.end_tok == short.start_tok + 1 {
            defined.insert(&doc.text[short.span.start..short.span.end], long.label);
        }
    }
    if defined.is_empty() {
        return;
    }
    for s in spans.iter_mut() {
        if let Some(l) = defined.get(&doc.text[s.span.start..s.span.end]) {
            s.label = *l;
        }
    }
}


/// Capitalised names typed by the shape rules alone.
pub fn rule_spans(doc: &Document, kb: &Kb) -> Vec<NameSpan> {
    rule_spans_with(doc, kb, &Lookups::new(doc, kb))
}

/// "Junior health minister Ann Keen", "Senior Tory MP X": a word that qualifies a title, capitalised
/// only because it opens the sentence, is no name, though "Junior" and "Senior" are names too.
fn title_modifier(doc: &Document, lk: &Lookups, s: &NameSpan) -> bool {
    const QUALIFIERS: &[&str] = &[
        "junior", "senior", "former", "acting", "veteran", "outgoing", "incoming", "interim", "retired", "assistant", "associate",
        "chief", "top", "then", "current", "regional", "local", "leading", "prominent", "young", "rebel", "fellow",
    ];
    if !sentence_initial(doc, s.start_tok) || !QUALIFIERS.contains(&tok(doc, s.start_tok).to_lowercase().as_str()) {
        return false;
    }
    // a title within three words of it (lower-case, or a party's or state's name: "Senior Tory MP")
    (s.start_tok + 1..(s.start_tok + 5).min(doc.tokens.len()))
        .take_while(|&k| tok(doc, k).chars().all(char::is_alphanumeric))
        .any(|k| lk.title_tok[k])
}

/// [`rule_spans`] with the document's knowledge-base look-ups already made.
pub fn rule_spans_with(doc: &Document, kb: &Kb, lk: &Lookups) -> Vec<NameSpan> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let about_radio = ["radio", "Radio", "station", "broadcast"].iter().any(|w| doc.text.contains(w));
    let mut i = 0;
    while i < n {
        if let Some((a, b)) = call_sign(doc, i, about_radio) {
            // "told 2GB", "882 6PR", "KQED-FM": a broadcaster's call sign
            let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
            let label = NameLabel::Organization;
            out.push(NameSpan { span, label, rule: label, sure: true, start_tok: a, end_tok: b });
            i = b;
            continue;
        }
        if !is_name_token(doc, i) {
            i += 1;
            continue;
        }
        // extend over name words, particles and inner hyphens/"of"
        let mut j = i + 1;
        loop {
            // "the Trump Administration Mike Waltz": an organisation word ends a name before a given name
            let breaks = j < n
                && crate::util::given(kb, tok(doc, j))
                && (is(kb, tok(doc, j - 1), NameWord::BODY)
                    || (j - i >= 2
                        && j + 1 < n
                        && is_name_token(doc, j + 1)
                        // ("the Bangladesh Boy Scout Association": not before a body's word)
                        && !is(kb, tok(doc, j + 1), NameWord::BODY)));
            // "Seminole County Sheriff Don Eslinger": a title inside a run opens a new name
            // (but not one a body's word follows: "the Harbour Justice Trust" is one body)
            let title_inside = j < n
                && lk.title_tok[j]
                && !lk.title_tok[j - 1]
                && j + 1 < n
                && is_name_token(doc, j + 1)
                && !is(kb, tok(doc, j + 1), NameWord::BODY)
                && same_line(doc, j, j + 1);
            if breaks || title_inside {
                break;
            }
            // "Australia First Party", "the Kenya New Democrats": a number word or "New" inside a run
            // that goes on is part of the name
            let inner = j + 1 < n
                && matches!(tok(doc, j), "First" | "Second" | "New" | "One" | "Two" | "Three")
                && is_name_token(doc, j + 1)
                && !lk.title_tok[j]
                // ("Food Standards Australia New Zealand": a known name starting there stands apart)
                && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[j].span.start)
                && same_line(doc, j - 1, j + 1);
            let month_surname = j == i + 1 && crate::util::month_surname(doc, kb, j);
            if j < n && (is_name_token(doc, j) || inner || month_surname) && same_line(doc, j - 1, j) {
                j += 1;
            } else if possessive_name(doc, kb, lk, i, j) {
                // "King's College", "Howe's Brigade", "St John's Hospital": a possessive inside
                // a body's or a site's name
                j += 2;
            } else if j + 1 < n && elided_name(tok(doc, j)) && (i..j).any(|k| is(kb, tok(doc, k), NameWord::BODY)) && same_line(doc, j - 1, j) {
                // "the Société Nationale d'Eau du Sénégal", "the Banque d'Algérie": a French elided "d'"
                // joined to a name's word inside a body's name
                j += 1;
            } else if let Some(k) = place_goes_on(doc, kb, i, j) {
                // "Newcastle upon Tyne", "Frankfurt am Main": a lower-case word inside a town's name
                j = k;
            } else if let Some(k) = quoted_nickname(doc, kb, i, j) {
                // 'Joaquín "El Chapo" Guzmán', 'William "Buckshot" May'
                j = k;
            } else if crate::util::syllable_tail(doc, j, j - i) {
                // "Lee Jae-myung", "Lai Ching-te" ("Vice Foreign Minister Ji-hoon Baek": a family name
                // after the given name goes with it)
                j += 2;
                if j < n && is_name_token(doc, j) && is(kb, tok(doc, j), NameWord::FAMILY_FIRST) && same_line(doc, j - 1, j) {
                    j += 1;
                }
                break;
            } else if j == i + 1
                && j + 2 < n
                && crate::util::syllable_tail(doc, j, 2)
                && is_name_token(doc, j + 2)
                && is(kb, tok(doc, j + 2), NameWord::FAMILY_FIRST)
                && same_line(doc, j + 1, j + 2)
            {
                // "Seo-yeon Kang", "Ji-hoon Baek": the given name first, then the family name
                j += 3;
                break;
            } else if j < n && j >= i + 2 && crate::util::trailing_patronymic(tok(doc, j)) && same_line(doc, j - 1, j) {
                // "Nurlanbek Turgunbek uulu": a Turkic patronymic closes the name
                j += 1;
                break;
            } else if j + 2 < n
                && crate::util::hyphened_particle(doc, kb, j)
                && is_name_token(doc, j + 2)
            {
                // "Khalil al-Hayya", "Abdel Fattah el-Sisi"
                j += 3;
            } else if j + 1 < n
                && (is(kb, tok(doc, j), NameWord::PARTICLE) || (tok(doc, j) == "-" && crate::util::adjacent(doc, j - 1, j) && crate::util::adjacent(doc, j, j + 1)))
                && (is_name_token(doc, j + 1)
                    // ("the Ligue Tunisienne des Droits de l'Homme": an elided article and a name inside a body's name)
                    || (elided_name(tok(doc, j + 1)) && (i..j).any(|k| is(kb, tok(doc, k), NameWord::BODY)) && same_line(doc, j, j + 1)))
            {
                j += 2;
            } else if j + 2 < n
                && is(kb, tok(doc, j), NameWord::PARTICLE)
                && is(kb, tok(doc, j + 1), NameWord::PARTICLE)
                && is_name_token(doc, j + 2)
            {
                // "Universidad de los Andes", "Banco de la Nación", "Ursula von der Leyen"
                j += 3;
            } else if j + 1 < n
                && matches!(tok(doc, j), "of" | "for" | "and" | "&" | "on")
                && is_name_token(doc, j + 1)
                // ("the Council on Global Affairs", "the Committee on Foreign Relations": "on" only right
                // after a body's word)
                && (is(kb, tok(doc, j - 1), NameWord::BODY)
                    || (tok(doc, j) != "on" && is(kb, tok(doc, i), NameWord::BODY))
                    || tok(doc, j) == "&"
                    // ("the Sarhad Chamber of Commerce and Industry": one word closing the portfolios of a body's
                    // word inside the run, as after a ministry's)
                    || (tok(doc, j) == "and"
                        // (a portfolio, no place: not "the University of Nairobi and Strathmore")
                        && (i + 1..j).any(|k| {
                            tok(doc, k) == "of" && is(kb, tok(doc, k - 1), NameWord::BODY) && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[k + 1].span.start)
                        })
                        && (j + 2 >= n || !is_name_token(doc, j + 2))
                        && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[j + 1].span.start)))
                // "Howe's Brigade of Couch's Division": a unit of another unit is two units
                && !(tok(doc, j) == "of" && unit_after_of(doc, kb, j - 1, j + 1))
                // ("reported to the Human Rights Council on Sri Lanka": a state after "on" is what the
                // body speaks of, no part of its name)
                && !(tok(doc, j) == "on"
                    && lk.gaz.iter().any(|m| m.span.start == doc.tokens[j + 1].span.start && kb.entry(m.entry).kind == dyad_core::EntityKind::State))
                // ("Tengri Rail Logistics LLP of Almaty": a company's legal form ends its name; the town
                // after "of" is where it is)
                && !(tok(doc, j) == "of" && legal_form_ends(kb, tok(doc, j - 1)))
                // "played in the Swiss Super League for FC Basel": a body after "for" is another body,
                // as is one after "and" ("King's College and St John's Hospital"); but a lone body word
                // before "for" names its remit ("the Office for Budget Review")
                && !(matches!(tok(doc, j), "for" | "&" | "and")
                    && body_opens(doc, kb, lk, j + 1)
                    && !(tok(doc, j) == "for" && j - i == 1 && is(kb, tok(doc, i), NameWord::BODY))
                    // (but "the Ministry of Mines and Energy": one word closing a ministry's portfolios,
                    // a body's word or not, is one of them)
                    && !(tok(doc, j) == "and"
                        // (a portfolio, no place: not "the University of Nairobi and Strathmore")
                        && (i + 1..j).any(|k| {
                            tok(doc, k) == "of" && is(kb, tok(doc, k - 1), NameWord::BODY) && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[k + 1].span.start)
                        })
                        && (j + 2 >= n || !is_name_token(doc, j + 2))
                        && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[j + 1].span.start)))
                // "Kyodo News and Yonhap": a known name after "and" is an actor of its own
                && !(tok(doc, j) == "and" && lk.gaz.iter().any(|m| m.span.start == doc.tokens[j + 1].span.start))
                // "David Christison & Lee Tate": two people's full names, not a firm's ("Marks & Spencer")
                && !(tok(doc, j) == "&"
                    && j - i >= 2
                    && crate::util::given(kb, tok(doc, i))
                    && j + 2 < n
                    && is_name_token(doc, j + 2)
                    && (crate::util::given(kb, tok(doc, j + 1)) || kb.surname(tok(doc, j + 2))))
            {
                j += 2;
            } else if j + 2 < n
                && tok(doc, j) == "and"
                // ("Argentina's National Ports and Navigation Agency": two words, none a body's word,
                // after an owner's possessive)
                && (j - i == 1 || (j - i == 2 && !(i..j).any(|k| is(kb, tok(doc, k), NameWord::BODY))))
                && i > 0
                && (matches!(tok(doc, i - 1), "the" | "its" | "their" | "his" | "her" | "(") || crate::util::is_possessive(tok(doc, i - 1)))
                && !lk.gaz.iter().any(|m| m.span.start < doc.tokens[j - 1].span.end && m.span.end > doc.tokens[i].span.start)
                && (j + 1..(j + 4).min(n)).take_while(|&k| is_name_token(doc, k)).any(|k| {
                    let c = kb.name_word(tok(doc, k));
                    (c.has(NameWord::BODY) || c.has(NameWord::THING)) && !(k + 1 < n && is_name_token(doc, k + 1) && k + 1 < j + 4)
                })
                && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[j + 1].span.start)
            {
                // "the Belt and Road Initiative", "the Trade and Technology Council": after "the", a
                // word no one knows, "and" and a name ending in a body's or a thing's word are one name
                j += 2;
            } else if j + 1 < n
                && matches!(tok(doc, j), "of" | "for")
                && is_name_token(doc, j + 1)
                && j - i >= 3
                && (i..j).any(|k| is(kb, tok(doc, k), NameWord::BODY))
                && !legal_form_ends(kb, tok(doc, j - 1))
                && !(tok(doc, j) == "for" && body_opens(doc, kb, lk, j + 1))
                && !(tok(doc, j) == "of" && unit_after_of(doc, kb, j - 1, j + 1))
            {
                // "the Centre for Control of Iodine Deficiency Disorders": a body's name goes on
                // through "of" and "for" after its body word
                j += 2;
            } else if j + 2 < n && tok(doc, j) == "and" && is_name_token(doc, j + 1) && same_line(doc, j - 1, j + 1) && {
                // "the Ethiopian Shipping and Logistics Services Enterprise": no body's head noun before the "and",
                // one closing the run after it
                const HEADS: &[&str] = &[
                    "Enterprise", "Authority", "Corporation", "Company", "Agency", "Board", "Commission", "Service", "Services",
                    "Institute", "Organisation", "Organization", "Administration", "Council", "Bureau", "Office", "Directorate",
                    "Department", "Ministry", "Bank", "Fund", "Association", "Federation", "Union", "Society", "Division",
                ];
                let mut k = j + 1;
                while k < n && k < j + 6 && is_name_token(doc, k) && same_line(doc, k - 1, k) {
                    k += 1;
                }
                // (two words at least before it: "Browning and War Office" are two)
                // (or none after the "for" or "of" that opens the body's portfolio: "the State Department
                // for Immigration and Citizen Services")
                let portfolio = (i..j).rev().find(|&x| matches!(tok(doc, x), "for" | "of")).map_or(i, |x| x + 1);
                j - i >= 2
                    && !(portfolio..j).any(|x| HEADS.contains(&tok(doc, x)))
                    && HEADS.contains(&tok(doc, k - 1))
                    && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[j + 1].span.start && m.span.end == doc.tokens[k - 1].span.end)
            } {
                j += 2;
            } else if j + 1 < n
                && matches!(tok(doc, j), "et" | "e" | "y")
                && (i..j).any(|k| is(kb, tok(doc, k), NameWord::BODY))
                && {
                    let k = if matches!(tok(doc, j + 1), "des" | "de" | "du" | "la" | "le" | "les" | "del" | "los" | "las" | "el") { j + 2 } else { j + 1 };
                    k < n && is_name_token(doc, k) && same_line(doc, j - 1, k)
                }
            {
                // "Droits Économiques et Sociaux", "Ministerio de Agricultura y Ganadería", "… des Migrants et des
                // Réfugiés": a Romance "and" inside a body's name
                j += if matches!(tok(doc, j + 1), "des" | "de" | "du" | "la" | "le" | "les" | "del" | "los" | "las" | "el") { 3 } else { 2 };
            } else if j < n
                && matches!(
                    tok(doc, j),
                    "nationale" | "nationales" | "nacional" | "nacionales" | "nazionale" | "fédérale" | "républicaine" | "royale" | "reale"
                        | "civile" | "militaire" | "populaire" | "générale" | "costiera" | "côtière" | "municipale" | "territoriale"
                )
                && is(kb, tok(doc, j - 1), NameWord::BODY)
                && same_line(doc, j - 1, j)
            {
                // "the Garde nationale", "the Police nationale": a Romance adjective, in lower case, after a body's
                // head word
                j += 1;
            } else if j + 2 < n
                && matches!(tok(doc, j), "pour" | "per" | "para")
                && (i..j).any(|k| is(kb, tok(doc, k), NameWord::BODY))
                && same_line(doc, j - 1, j + 2)
                && {
                    let k = if matches!(tok(doc, j + 1), "les" | "la" | "le" | "el" | "los" | "las" | "il" | "lo" | "a" | "o" | "os" | "as") { j + 2 } else { j + 1 };
                    k < n && is_name_token(doc, k)
                }
            {
                // "the Forum Tunisien pour les Droits Économiques", "Movimiento para la Liberación", "Fondazione per
                // il Sud": a Romance body's name goes on through its "for" and an article
                j = if matches!(tok(doc, j + 1), "les" | "la" | "le" | "el" | "los" | "las" | "il" | "lo" | "a" | "o" | "os" | "as") { j + 3 } else { j + 2 };
            } else if let Some(end) = portfolio_list(doc, kb, i, j) {
                // "the Ministry of Economy, Trade and Industry": a ministry's portfolios listed after "of"
                // end its name
                j = end;
                break;
            } else if j + 1 < n
                && tok(doc, j) == "of"
                && is_name_token(doc, j + 1)
                && j - i == 1
                && (is(kb, tok(doc, i), NameWord::PLACE_OF))
            {
                // "the Strait of Hormuz", "the Cape of Good Hope", "the Bay of Bengal"
                j += 2;
            } else if j + 1 < n
                && tok(doc, j) == "of"
                && is_name_token(doc, j + 1)
                && is(kb, tok(doc, j - 1), NameWord::SITE)
                && !crate::util::given(kb, tok(doc, i))
                && !unit_after_of(doc, kb, j - 1, j + 1)
            {
                // "the Baseball Hall of Fame", "the Museum of Modern Art", "the Palace of Culture": a
                // site's name goes on through "of" (but "Stuart Hall of Manchester" is a person)
                j += 2;
            } else if j < n && j - i <= 3 && regnal_closes(doc, kb, i, j) {
                // "Charles III", "Pope Leo XIV", "Emperor Norton I", "Norton I, Emperor of …"
                j += 1;
                break;
            } else if j + 2 < n
                && matches!(tok(doc, j), "of" | "for")
                && tok(doc, j + 1) == "the"
                && is_name_token(doc, j + 2)
                && (is(kb, tok(doc, j - 1), NameWord::BODY) || is(kb, tok(doc, i), NameWord::BODY))
                // "the 2nd Division of the IV Corps" (but "the Army of the Potomac")
                && !unit_after_of(doc, kb, j - 1, j + 2)
            {
                // "the National Library of the Netherlands"
                j += 3;
            } else {
                break;
            }
        }
        // in a headline capitals do not mark a name's extent: a known name inside the run, or
        // opening it, stands on its own ("Astana Courts Beijing and Brussels")
        // (a byline is no headline: "By Omar Al-Sabah" is one name, whatever "Sabah" names)
        if lk.headline[i] && j - i >= 2 && !opens_byline(doc, i) {
            let (start, end) = (doc.tokens[i].span.start, doc.tokens[j - 1].span.end);
            let known: Vec<(usize, usize)> = lk
                .gaz
                .iter()
                .filter(|m| m.span.start >= start && m.span.end <= end && (m.span.start > start || m.span.end < end))
                .map(|m| (m.span.start, m.span.end))
                .collect();
            if let Some(&(ks, ke)) = known.iter().min_by_key(|m| m.0) {
                let cut = if ks > start {
                    (i..j).find(|&k| doc.tokens[k].span.start >= ks)
                } else {
                    (i..j).find(|&k| doc.tokens[k].span.start >= ke)
                };
                if let Some(c) = cut.filter(|&c| c > i) {
                    j = c;
                }
            }
        }
        let mut a = i;
        // "… said al-Hayya": the particle and hyphen before the name belong to it
        if a >= 2 && crate::util::hyphened_particle(doc, kb, a - 2) && same_line(doc, a - 2, a) {
            a -= 2;
        }
        // "The Sunday Times", "the Monday Herald": a weekday opens a newspaper's name
        if a > 0
            && matches!(tok(doc, a - 1), "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday")
            && same_line(doc, a - 1, a)
            && is(kb, tok(doc, j - 1), NameWord::BODY_END)
        {
            a -= 1;
        }
        // in a headline, a name the body never writes is a capitalised ordinary word ("… at Once")
        // unless it opens with a given name
        // (a byline is no headline: "By Farzana Haque Chowdhury")
        let byline = opens_byline(doc, a);
        if lk.headline[a] && !byline && !crate::util::given(kb, tok(doc, a)) {
            let text = &doc.text[doc.tokens[a].span.start..doc.tokens[j - 1].span.end];
            let elsewhere = doc.text.match_indices(text).any(|(at, _)| {
                doc.tokens.binary_search_by_key(&at, |t| t.span.start).is_ok_and(|k| !lk.headline[k])
            });
            if !elsewhere {
                i = j;
                continue;
            }
        }
        // a lone sentence-initial capital is usually just the first word — unless the document
        // writes it elsewhere after a given name ("Maranville and Cowley …" beside "Rabbit Maranville")
        // (an acronym is a name wherever it stands: "TMC said")
        let acronym = {
            let w = tok(doc, a);
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '&' || c == '.') && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        };
        // (nor a word the text goes on to define, "Velmora is a bicycle manufacturer", that it
        // never writes in lower case)
        // — nor one the text writes as a lone name in mid-sentence too ("Torvello was founded …
        // In 1981, Torvello opened"), never in lower case
        let defined = || {
            let w = tok(doc, a);
            if is_function_word(w) || w.chars().count() < 4 {
                return false;
            }
            let low = w.to_lowercase();
            // (", which makes fertilisers at a plant …": what a body does)
            let mut named_elsewhere = definition_after(doc, kb, j).is_some() || body_clause_after(doc, j).is_some();
            // ("Tengri Rail Logistics LLP … Tengri's chief executive": the first word of a company's name
            // written in full elsewhere)
            let opens_company = |k: usize| {
                (k + 1..(k + 5).min(doc.tokens.len()))
                    .take_while(|&x| is_name_token(doc, x) || tok(doc, x).ends_with('.'))
                    .any(|x| crate::util::company_suffix(kb, tok(doc, x).trim_end_matches(',')))
            };
            named_elsewhere |= lk.at(w).any(|k| k != a && tok(doc, k) == w && opens_company(k));
            if lk.at(&low).any(|k| tok(doc, k) == low) {
                return false;
            }
            for k in lk.at(w) {
                let t = tok(doc, k);
                if k != a && t == w && !named_elsewhere {
                    // (or defines it elsewhere: "Merrivale, the world's biggest drinks firm, … Merrivale will")
                    named_elsewhere = (k > 0
                        && !sentence_initial(doc, k)
                        && !lk.headline[k]
                        && !is_name_token(doc, k - 1)
                        && !(k + 1 < doc.tokens.len() && is_name_token(doc, k + 1)))
                        || definition_after(doc, kb, k + 1).is_some();
                }
            }
            named_elsewhere
        };
        if sentence_initial(doc, a)
            && j - a == 1
            && !acronym
            // (nor a site's address: "Novosti.ge said")
            && !site_address(kb, tok(doc, a))
            && !crate::util::given(kb, tok(doc, a))
            && !surname_elsewhere(doc, kb, lk, a)
            && !given_elsewhere(doc, kb, lk, a)
            && !defined()
        {
            i = j;
            continue;
        }
        // "The" opening a sentence is not part of the name; mid-sentence, a capital "The" is
        // ("a review in The Sunday Times"); the candidates drop it again for people and places
        if tok(doc, a) == "The" {
            a += 1;
        } else if a > 0
            && tok(doc, a - 1) == "The"
            && !sentence_initial(doc, a - 1)
            // ("ADDIS ABABA, Dec. 1 — The African Union said": after a dateline's dash)
            && !(a >= 2 && matches!(tok(doc, a - 2), "—" | "–"))
            && same_line(doc, a - 1, a)
        {
            a -= 1;
        }
        // ("Ex-BBC chat show host", "Pro-Kremlin groups": a prefix joined by a hyphen is no part of the name)
        if a + 2 < j && matches!(tok(doc, a), "Ex" | "Pro" | "Anti") && tok(doc, a + 1) == "-" {
            a += 2;
        }
        // "Later Charles said …": a sentence-initial ordinary word before a name
        let name_word = |w: &str| {
            is(kb, w, NameWord::STORM)
                || is(kb, w, NameWord::PLACE_OPENER)
                || is(kb, w, NameWord::BODY)
                || is(kb, w, NameWord::PLACE)
                || is(kb, w, NameWord::ROYAL)
                || kb.honorific(w)
        };
        // ("Today Sokunthea, 38, runs …": an opener that can also name a body — "the Today programme" — opens
        // the sentence, not the name, when no body's word follows in the run)
        let opener_first = is(kb, tok(doc, a), NameWord::OPENER)
            && !(a + 1..j).any(|k| is(kb, tok(doc, k), NameWord::BODY) || is(kb, tok(doc, k), NameWord::BODY_END) || is(kb, tok(doc, k), NameWord::BODY_KIND));
        if a + 1 < j && sentence_initial(doc, a) && !crate::util::given(kb, tok(doc, a)) && (!name_word(tok(doc, a)) || opener_first) {
            let w = tok(doc, a);
            let low = w.to_lowercase();
            // ("Sophomore Margaret Fenwickson", "Senior Kory Lichtensteiger": an unknown word before a
            // given name and a surname, where the two first are no town's name)
            let two = &doc.text[doc.tokens[a].span.start..doc.tokens[a + 1].span.end];
            let before_given = j - a >= 3
                && crate::util::given(kb, tok(doc, a + 1))
                && !non_person_word(kb, tok(doc, j - 1))
                && !crate::util::company_suffix(kb, tok(doc, j - 1))
                && kb.given_name(w).is_none()
                && !kb.surname(w)
                && !kb.populated_place(two)
                && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[a].span.start);
            // ("Echoing Condoleezza Rice, …": a participle opening the sentence, when no given name or surname)
            let participle = low.ends_with("ing") && low.len() > 5 && kb.given_name(w).is_none() && !kb.surname(w);
            // ("De la Vega said", after "Rodrigo de la Vega": a particle the text writes in lower case inside
            // the same name is that name's, capitalised where it opens the sentence)
            let particle = is(kb, &low, NameWord::PARTICLE) && doc.text.contains(&format!(" {low} {}", tok(doc, a + 1)));
            if !particle && ((low.ends_with("ly") && low.len() > 4) || is(kb, w, NameWord::OPENER) || lk.written(&low) || before_given || participle) {
                a += 1;
            }
        }
        if a >= j {
            i = j;
            continue;
        }
        // "Queenslander Mitchell Rawlins", "Minnesotan Scott LeDoux": a place's demonym before a
        // given name and a surname is a description, not part of the name (but "San Antonio
        // Spurs", "Santa Clara County" and "Port Louis Harbour" open with a place)
        if j - a == 3 && !crate::util::given(kb, tok(doc, a)) && crate::util::given(kb, tok(doc, a + 1)) {
            let (w0, last) = (tok(doc, a), tok(doc, j - 1));
            let two = &doc.text[doc.tokens[a].span.start..doc.tokens[a + 1].span.end];
            let place_opening = kb.populated_place(two)
                || is(kb, w0, NameWord::PLACE_OPENER)
                || lk.gaz.iter().any(|m| m.span.start == doc.tokens[a].span.start);
            if !place_opening && !non_person_word(kb, last) && place_demonym(kb, w0) {
                a += 1;
            }
        }
        // ('… she said. Earlier, she told …': an ordinary opening word alone, after a full stop the
        // sentence splitter passed over or at a sentence's start, is no name)
        if j == a + 1
            && is(kb, tok(doc, a), NameWord::OPENER)
            && (sentence_initial(doc, a) || (a > 0 && matches!(tok(doc, a - 1), "." | "!" | "?" | "\"" | "”")))
            && matches!(tok(doc, j), "," | "the" | "a" | "he" | "she" | "it" | "they" | "we")
        {
            i = j;
            continue;
        }
        // "the 47th Mechanized Brigade", "65th Air Division": the unit's number is part of its name
        if a > 0 && unit_number(doc, kb, lk, a, j) {
            a -= 1;
        }
        let settled = certain(doc, kb, lk, a, j);
        let label = classify(doc, kb, lk, a, j, settled);
        let sure = settled.is_some();
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[j - 1].span.end);
        out.push(NameSpan { span, label, rule: label, sure, start_tok: a, end_tok: j });
        i = j;
    }
    out
}

/// Does `w`, a company's legal form, end its name before "of"? ("Tengri Rail Logistics LLP of Almaty";
/// but "Co." and "Corp." go on: "the Aluminum Co. of America")
/// Does the name at token `i` follow a "By" that opens its line (a byline, no headline)?
fn opens_byline(doc: &Document, i: usize) -> bool {
    i > 0 && tok(doc, i - 1) == "By" && doc.paragraph_of(doc.tokens[i - 1].span.start).is_some_and(|p| p.start == doc.tokens[i - 1].span.start)
}

fn legal_form_ends(kb: &Kb, w: &str) -> bool {
    is(kb, w, NameWord::LEGAL_FORM) && !matches!(w, "Co." | "Co" | "Corp." | "Corp")
}

/// "Justices Arulanandam Sivapalan and Priyanthi de Alwis": is the name at token `a` the second of two
/// after a plural title, which it shares?
fn after_plural_title(doc: &Document, kb: &Kb, lk: &Lookups, a: usize) -> bool {
    a >= 3 && tok(doc, a - 1) == "and" && {
        let mut j = a - 1;
        while j > 0 && !lk.title_tok[j - 1] && (is_name_token(doc, j - 1) || is(kb, tok(doc, j - 1), NameWord::PARTICLE)) && a - j < 6 {
            j -= 1;
        }
        j < a - 1 && j > 0 && lk.title_tok[j - 1] && tok(doc, j - 1).ends_with('s') && tok(doc, j - 1).starts_with(char::is_uppercase)
    }
}

/// Is the word at `a` written elsewhere in the document as the last word of a
/// name that opens with a given name ("Rabbit Maranville")?
fn surname_elsewhere(doc: &Document, kb: &Kb, lk: &Lookups, a: usize) -> bool {
    let w = tok(doc, a);
    w.chars().count() > 2
        && lk.at(w).any(|k| {
            k != a
                && k >= 1
                && tok(doc, k) == w
                && is_cap(doc, k - 1)
                && !sentence_initial(doc, k)
                && crate::util::given(kb, tok(doc, k - 1))
                && same_line(doc, k - 1, k)
                && (!(k + 1 < doc.tokens.len() && is_name_token(doc, k + 1) && same_line(doc, k, k + 1))
                    // (or the first of two surnames: "Osvaldo Riquelme Duarte … Riquelme said")
                    || (!crate::util::given(kb, w) && !(k + 2 < doc.tokens.len() && is_name_token(doc, k + 2) && same_line(doc, k + 1, k + 2))))
        })
}


/// "Thanakorn Siriwat, a deputy governor, … Thanakorn said": does the lone word at `a` open a name of
/// two words elsewhere in the document, a name no list knows and no ordinary word, by which its bearer
/// may go?
fn given_elsewhere(doc: &Document, kb: &Kb, lk: &Lookups, a: usize) -> bool {
    let w = tok(doc, a);
    w.chars().count() > 2
        && w.chars().skip(1).all(char::is_lowercase)
        && !lk.written(&w.to_lowercase())
        && !kb.term(w)
        && kb.name_word(w) == NameWord::default()
        && !kb.surname(w)
        && opens_a_name_elsewhere(doc, kb, lk, a)
}

/// Does the word at `a` open, elsewhere in the document, a name of exactly two words on one line that
/// the lists do not know, after no other name word (or after a title: "Major General Thawatchai
/// Srisombat")?
fn opens_a_name_elsewhere(doc: &Document, kb: &Kb, lk: &Lookups, a: usize) -> bool {
    let (w, n) = (tok(doc, a), doc.tokens.len());
    lk.at(w).any(|k| {
        k != a
            && tok(doc, k) == w
            && k + 1 < n
            && is_name_token(doc, k + 1)
            && same_line(doc, k, k + 1)
            && !non_person_word(kb, tok(doc, k + 1))
            // (or after a title: "Major General Thawatchai Srisombat … Thawatchai said")
            && (k == 0 || sentence_initial(doc, k) || !is_name_token(doc, k - 1) || lk.title_tok[k - 1])
            && !(k + 2 < n && is_name_token(doc, k + 2) && same_line(doc, k + 1, k + 2))
            // (nor before a name the lists know: "Partly Baku.")
            && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[k].span.start || m.span.start == doc.tokens[k + 1].span.start)
    })
}

fn classify(doc: &Document, kb: &Kb, lk: &Lookups, a: usize, b: usize, settled: Option<NameLabel>) -> NameLabel {
    let words: Vec<&str> = (a..b).map(|k| tok(doc, k)).filter(|w| *w != "-").collect();
    let last = *words.last().unwrap_or(&"");
    if is(kb, last, NameWord::THING) || (words.len() == 1 && settled == Some(NameLabel::Misc) && !(b - a == 1 && surname_elsewhere(doc, kb, lk, a))) {
        // (a language or a term: "English", "GDP", "Oscar")
        return NameLabel::Misc;
    }
    if words.iter().any(|w| is(kb, w, NameWord::BODY)) {
        return NameLabel::Organization;
    }
    if is(kb, last, NameWord::PLACE) || (words.len() > 1 && is(kb, words[0], NameWord::PLACE) && tok(doc, a + 1) == "of") {
        return NameLabel::Location;
    }
    let acronym = words.len() == 1 && last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    if acronym {
        // two-letter acronyms are as often terms or units as organisations
        return if last.len() >= 3 { NameLabel::Organization } else { NameLabel::Misc };
    }
    if let Some(l) = settled {
        return l;
    }
    let prev = if a > 0 { tok(doc, a - 1) } else { "" };
    let given = crate::util::given(kb, words[0]) || kb.honorific(prev) || prev.ends_with('.') && prev.len() <= 4;
    // ("Unification Minister Park Min-jun": a title inside the run, then a given name or a family name
    // written first)
    let lead = (a..b).take_while(|&k| lk.title_tok[k]).count();
    let titled = after_plural_title(doc, kb, lk, a)
        || (a > 0 && lk.title_tok[a - 1])
        || (lead > 0
            && a + lead < b
            && (crate::util::given(kb, tok(doc, a + lead)) || is(kb, tok(doc, a + lead), NameWord::FAMILY_FIRST)));
    // "in Salem", "from Camden": one word after a locative preposition is a place even where
    // people are also given the name, unless a title or honorific stands before it
    if LOCATIVE.contains(&prev) && words.len() == 1 && !titled && !kb.honorific(prev) {
        return NameLabel::Location;
    }
    // "Delwyn J. Langejans": a name, a middle initial and a name
    let middle_initial = words.len() == 3 && is_initial(words[1]) && words[0].chars().count() > 2 && !is_initial(words[0]);
    if (given || titled || middle_initial) && words.len() <= 4 {
        return NameLabel::Person;
    }
    // ("sold to Thom Bresh", "a letter from Ann Cole": people are given to and come from)
    if LOCATIVE.contains(&prev) && !matches!(prev, "to" | "from") && words.len() <= 2 {
        return NameLabel::Location;
    }
    if matches!(prev, "the" | "The" | "a" | "an") {
        // people are rarely "the X Y": an outlet, a company, a body
        return if words.len() >= 2 { NameLabel::Organization } else { NameLabel::Misc };
    }
    if (2..=3).contains(&words.len()) && words.iter().all(|w| w.chars().any(|c| c.is_lowercase())) && looks_like_surname(kb, last) {
        return NameLabel::Person;
    }
    // "the Uzbek hydrologist G. Ismoilova", "Zhao Wenjie of Fudan University": an initial and a
    // surname, a family name written first
    if words.len() == b - a && person_shaped(kb, doc, a, b, a > 0 && lk.title_tok[a - 1]) && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[a].span.start) {
        return NameLabel::Person;
    }
    // ("Osvaldo Riquelme Duarte … ," Riquelme said": a word the document writes inside a person's
    // name, one the lists do not know)
    if b - a == 1 && surname_elsewhere(doc, kb, lk, a) {
        return NameLabel::Person;
    }
    NameLabel::Misc
}

/// Where a body's name that runs from `i` to `j` ("Ministry of Economy") goes on through a list of
/// single capitalised words closed by "and" (", Trade and Industry"), if it does.
fn portfolio_list(doc: &Document, kb: &Kb, i: usize, j: usize) -> Option<usize> {
    if j + 3 >= doc.tokens.len() || tok(doc, j) != "," || !(i + 1..j).any(|k| tok(doc, k) == "of" && is(kb, tok(doc, k - 1), NameWord::BODY)) {
        return None;
    }
    portfolio_tail(doc, kb, j)
}

/// ", Trade and Industry", ", Water Resources and Fisheries": from the comma at token `j` after a body's or a
/// minister's first portfolio, the rest of the list — portfolios of one to three words, the last after
/// "and" — and the token after it; `None` where no "and" closes it ("of Energy, X, said" names X).
pub(crate) fn portfolio_tail(doc: &Document, kb: &Kb, j: usize) -> Option<usize> {
    let n = doc.tokens.len();
    // (a portfolio of one to three words: ", Water Resources and Fisheries"; not a person's name: "the First
    // Minister of Wales, Eluned Morgan, and …")
    // (or "Rosa Quispe Huamán", the surname in the middle)
    let person = |k: usize, w: usize| w >= 2 && crate::util::given(kb, tok(doc, k)) && (k + 1..k + w).any(|x| kb.surname(tok(doc, x)));
    let item = |k: usize| {
        (1..=3).find(|&w| k + w < n && (k..k + w).all(|x| is_name_token(doc, x) && (x == k || same_line(doc, x - 1, x))) && matches!(tok(doc, k + w), "," | "and")).filter(|&w| !person(k, w))
    };
    let mut k = j;
    while k + 2 < n {
        match tok(doc, k) {
            "," if item(k + 1).is_some() => k += 1 + item(k + 1).unwrap_or(1),
            "," if tok(doc, k + 1) == "and" => k += 1,
            // (not "…, and Chile's Undersecretary": a portfolio is no one's)
            "and" if is_name_token(doc, k + 1) && k > j && !crate::util::is_possessive(tok(doc, k + 2)) => {
                // (", Industry and Technological Development": the last portfolio may take two words)
                let two = k + 2 < n && is_name_token(doc, k + 2) && same_line(doc, k + 1, k + 2) && !crate::util::given(kb, tok(doc, k + 2)) && !kb.surname(tok(doc, k + 2));
                return Some(k + 2 + usize::from(two));
            }
            _ => return None,
        }
    }
    None
}

/// Does the whole of `word` name a knowledge-base entry for which `pred` holds?
fn names_entry(kb: &Kb, word: &str, pred: impl Fn(&dyad_kb::Entry, dyad_kb::Form) -> bool) -> bool {
    kb.find(word).iter().any(|m| m.span.start == 0 && m.span.end == word.len() && pred(kb.entry(m.entry), m.form))
}

/// A type the name's own words or its neighbours settle beyond doubt: the
/// typer does not overrule it.
/// Lower-case nouns that, right after a name, make it a place's: an administrative unit ("Konawe regency"), a
/// natural feature ("the Konaweeha river") or a site ("the Tarajal border post", "the Durra gas field").
/// (Not "market", "port", "mine", "camp" or "corridor", which follow firms' and people's names as often.)
fn place_noun_after(doc: &Document, b: usize) -> bool {
    let n = doc.tokens.len();
    if b >= n {
        return false;
    }
    let one = matches!(
        tok(doc, b),
        "regency" | "district" | "province" | "county" | "municipality" | "governorate" | "oblast" | "prefecture" | "canton"
            | "commune" | "parish" | "township" | "village" | "river" | "valley" | "lake" | "lagoon" | "estuary" | "plateau"
            | "peninsula" | "atoll" | "reef" | "gorge" | "crossing" | "checkpoint" | "bazaar" | "oilfield" | "gasfield" | "dam"
            | "barrage" | "reservoir" | "enclave" | "exclave"
    );
    let two = b + 1 < n
        && matches!((tok(doc, b), tok(doc, b + 1)), ("border", "post" | "crossing" | "town" | "village" | "point") | ("gas" | "oil", "field" | "fields") | ("refugee", "camp") | ("hydropower" | "hydroelectric", "dam" | "plant"));
    (one || two) && !(b + 1 < n && matches!(tok(doc, b + 1), "of" | "'s" | "’s"))
}

fn certain(doc: &Document, kb: &Kb, lk: &Lookups, a: usize, b: usize) -> Option<NameLabel> {
    let words: Vec<&str> = (a..b).map(|k| tok(doc, k)).filter(|w| *w != "-").collect();
    let last = *words.last()?;
    if words.len() == 1 && (kb.language(last) || kb.term(last)) {
        // "He speaks English", "won an Oscar", "the Covid pandemic"
        return Some(NameLabel::Misc);
    }
    if after_plural_title(doc, kb, lk, a) && words.len() <= 4 {
        return Some(NameLabel::Person);
    }
    // ('"It will be read," Ruwan Jayatilleke of …': a name of two or three plain words in the speaker's
    // slot right after a quotation's closing comma and mark is a person's, whatever the lists know)
    let speaker_slot = a >= 2 && matches!(tok(doc, a - 1), "\"" | "”") && tok(doc, a - 2) == ",";
    if speaker_slot
        && (2..=3).contains(&words.len())
        && b - a == words.len()
        && words.iter().all(|w| w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
        && !words.iter().any(|w| is(kb, w, NameWord::BODY) || is(kb, w, NameWord::PLACE) || is(kb, w, NameWord::THING) || is(kb, w, NameWord::BODY_END))
        && !lk.gaz.iter().any(|m| m.span.start < doc.tokens[b - 1].span.end && m.span.end > doc.tokens[a].span.start)
    {
        return Some(NameLabel::Person);
    }
    // ("Osvaldo Riquelme Duarte … ," Riquelme said": a word the document writes inside a person's name)
    // (not a town's name: "Luka Koper d.d., … the port of Koper")
    if b - a == 1 && surname_elsewhere(doc, kb, lk, a) && !lk.gaz.iter().any(|m| m.span.start == doc.tokens[a].span.start) && kb.place_countries(tok(doc, a)).is_empty() {
        return Some(NameLabel::Person);
    }
    // "Ji-hoon Baek", "Baek Ji-hoon": a family name beside a given name of two syllables joined by a
    // hyphen, the second in lower case, is a person's name
    if b - a == 4 {
        let family = |k: usize| is(kb, tok(doc, k), NameWord::FAMILY_FIRST);
        let syllables = |k: usize| tok(doc, k + 1) == "-" && crate::util::syllable_tail(doc, k + 1, 2);
        if (syllables(a) && family(a + 3)) || (family(a) && syllables(a + 1)) {
            return Some(NameLabel::Person);
        }
    }
    if words.len() >= 2 && regnal_closes(doc, kb, a, b - 1) && (tok(doc, b - 1) == "I" || is(kb, tok(doc, a.saturating_sub(1)), NameWord::ROYAL)) {
        // "Emperor Norton I", "Norton I, Emperor of …", "King Tupou VI": a monarch
        return Some(NameLabel::Person);
    }
    if words.len() >= 2 && is(kb, last, NameWord::THING) {
        // "the Abraham Accords", "the Golden Age": a thing, not an actor
        return Some(NameLabel::Misc);
    }
    // ("Allamyrat Hojamyradov", "Nino Tsintsadze": two or three plain words, the last ending as one naming
    // culture's surnames do, none a place's, a body's or a thing's and none a known name — a person)
    if (2..=3).contains(&words.len())
        && b - a == words.len()
        && kb.surname_ending(last)
        && words.iter().all(|w| w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
        && !words.iter().any(|w| is(kb, w, NameWord::BODY) || is(kb, w, NameWord::PLACE) || is(kb, w, NameWord::THING) || is(kb, w, NameWord::BODY_END) || is(kb, w, NameWord::PLACE_OPENER))
        && !lk.gaz.iter().any(|m| m.span.start < doc.tokens[b - 1].span.end && m.span.end > doc.tokens[a].span.start)
        // (nor a town named after someone: "based at Mihail Kogălniceanu")
        && kb.place_countries(&doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end]).is_empty()
    {
        return Some(NameLabel::Person);
    }
    // ("Mocímboa da Praia", "Vila Franca de Lima": a Romance place name, its words joined by "da" or "de",
    // whose tail is a known town or capital — not that town, and no person's name unless a given name or
    // a surname opens it)
    if let Some(p) = (a + 1..b.saturating_sub(1)).find(|&k| matches!(tok(doc, k), "da" | "de" | "do" | "dos" | "das" | "del" | "di" | "du")) {
        let (from, to) = (doc.tokens[p + 1].span.start, doc.tokens[b - 1].span.end);
        let tail_known = lk.gaz.iter().any(|m| {
            m.span.start == from && m.span.end == to && matches!(kb.entry(m.entry).kind, dyad_core::EntityKind::Place | dyad_core::EntityKind::State)
        });
        let plain = (a..p).all(|k| {
            let w = tok(doc, k);
            !is(kb, w, NameWord::BODY) && !crate::util::given(kb, w) && !kb.surname(w) && kb.given_name(w).is_none()
        });
        if tail_known && plain && !(a > 0 && lk.title_tok[a - 1]) {
            return Some(NameLabel::Location);
        }
    }
    let org_word = words.iter().enumerate().any(|(k, w)| {
        // ("Partido de los Trabajadores", "Instituto de Estudios Políticos": "de" is "of")
        is(kb, w, NameWord::BODY)
            && (k + 1 == words.len()
                || matches!(words[k + 1], "of" | "for" | "&" | "and" | "de" | "del" | "della" | "da" | "do" | "dos" | "das" | "des" | "du" | "di"))
    });
    // "47th Mechanized Brigade", "III Corps", "XVIII Airborne Corps": a numbered unit
    if (is_ordinal(words[0]) || (words.len() >= 2 && is_regnal(words[0]))) && words.iter().any(|w| is(kb, w, NameWord::UNIT)) {
        return Some(NameLabel::Organization);
    }
    // "65 Air Division", "the 93d PVI": a number the unit rule put before the name
    if words.len() >= 2 && words[0].starts_with(|c: char| c.is_ascii_digit()) && (words.len() > 2 || is_ordinal(words[0])) {
        return Some(NameLabel::Organization);
    }
    // "Boston Bruins", "Montreal Canadiens": a city and a plural — a team or a club
    if words.len() >= 2 && last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !is(kb, last, NameWord::PLACE) {
        // (a town of several words also from GeoNames: "Bowling Green Falcons", "Green Bay Packers";
        // not of one, for "Charlotte Roberts" is a person)
        let town = &doc.text[doc.tokens[a].span.start..doc.tokens[b - 2].span.end];
        let city = names_entry(kb, words[0], |e, form| {
            e.kind == dyad_core::EntityKind::Place
                || (e.kind == dyad_core::EntityKind::State && form == dyad_kb::Form::Metonym)
        }) || (words.len() >= 3 && !kb.surname(last) && kb.populated_place(town));
        let demonym = names_entry(kb, last, |_, _| true);
        if city && !demonym && last.starts_with(|c: char| c.is_uppercase()) {
            return Some(NameLabel::Organization);
        }
    }
    // "Adelaide United", "Bristol Rovers", "Perth Glory": a town and a club's last word name the club
    if words.len() >= 2 && is(kb, last, NameWord::CLUB) {
        let town = &doc.text[doc.tokens[a].span.start..doc.tokens[b - 2].span.end];
        let city = kb.populated_place(town)
            || names_entry(kb, town, |e, form| {
                e.kind == dyad_core::EntityKind::Place
                    || (e.kind == dyad_core::EntityKind::State && form == dyad_kb::Form::Metonym)
            });
        if city {
            return Some(NameLabel::Organization);
        }
    }
    // "FC Basel", "AFC Wimbledon": a body's abbreviation opening the name
    let abbreviation_first = is(kb, words[0], NameWord::BODY_END) && words[0].chars().all(|c| c.is_ascii_uppercase() || c == '.');
    // (a legal form last: "Orsenna Brandt GmbH", "Talvik S.A.")
    let legal = is(kb, last, NameWord::LEGAL_FORM);
    if words.len() >= 2 && (is(kb, last, NameWord::BODY_END) || org_word || abbreviation_first || legal) && !is(kb, last, NameWord::THING) {
        return Some(NameLabel::Organization);
    }
    // "Jordan Peterson": a state's name the knowledge base flags as also a given name, then a surname
    if (2..=3).contains(&words.len()) && looks_like_surname(kb, last) {
        let given_too =
            names_entry(kb, words[0], |e, _| e.ambiguous.as_deref().is_some_and(|a| a.contains("given name")));
        if given_too {
            return Some(NameLabel::Person);
        }
    }
    // "in Konawe regency", "the Tarajal border post", "the Kök-Tash bazaar", "the Durra gas field": a name the
    // lists do not hold, right before a lower-case noun for a unit, a natural feature or a site
    if !org_word && !legal && !words.iter().any(|w| is(kb, w, NameWord::BODY_END) || is(kb, w, NameWord::THING)) && place_noun_after(doc, b) {
        let whole = &doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end];
        // (a name the lists hold is theirs to type: "the Indonesian border post" names a state's post)
        let known = names_entry(kb, whole, |_, _| true);
        let person = words.len() >= 2 && crate::util::given(kb, words[0]) && kb.surname(last);
        if !known && !person && (a == 0 || !lk.title_tok[a - 1]) {
            return Some(NameLabel::Location);
        }
    }
    if is(kb, words[0], NameWord::PLACE_OPENER) && words.len() >= 2 {
        return Some(NameLabel::Location);
    }
    // "the Strait of Hormuz", "the Municipality of Culion": a place word, "of" and a name
    if words.len() >= 3 && is(kb, words[0], NameWord::PLACE_OF) && words[1] == "of" {
        return Some(NameLabel::Location);
    }
    // "Santa Clara", "Laurel Hollow": a name of two or more words that is wholly a populated
    // place's is that place, though its words are given names — unless a title or an honorific
    // stands before it ("General Santa Anna")
    // ("Prince Edward visited Toronto", "Princess Anne spoke": a royal title and a given name are a
    // person, though towns bear such names — "in Prince George", "from Prince Albert" stay towns)
    if words.len() == 2 && is(kb, words[0], NameWord::ROYAL) && kb.honorific(words[0]) && crate::util::given(kb, words[1]) {
        let locative = a > 0 && matches!(tok(doc, a - 1), "in" | "at" | "near" | "from" | "to" | "outside" | "of" | "around" | "into");
        return Some(if locative { NameLabel::Location } else { NameLabel::Person });
    }
    let untitled = a == 0 || !(lk.title_tok[a - 1] || kb.honorific(tok(doc, a - 1)));
    if words.len() >= 2 && untitled && kb.populated_place(&doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end]) {
        return Some(NameLabel::Location);
    }
    if kb.honorific(words[0]) && words.len() >= 2 {
        return Some(NameLabel::Person);
    }
    // ("K. Murugan", "S. Arulanandam": an initial and a word no list knows as anything)
    if words.len() == 2 && b - a == 2 && is_initial(words[0]) && plain_unknown_word(doc, kb, lk, a + 1, false) && !lk.gaz.iter().any(|m| m.span.start < doc.tokens[b - 1].span.end && m.span.end > doc.tokens[a].span.start) {
        return Some(NameLabel::Person);
    }
    // "F. Scott Fitzgerald", "K. Michael Stevens": an initial, a given name and a surname
    if words.len() == 3 && is_initial(words[0]) && crate::util::given(kb, words[1]) && !non_person_word(kb, last) {
        return Some(NameLabel::Person);
    }
    // a nickname in quotation marks inside the run (only `quoted_nickname` puts one there)
    if words.len() >= 4 && words.iter().any(|w| matches!(*w, "\"" | "“" | "'" | "‘")) {
        return Some(NameLabel::Person);
    }
    // "Gloucestershire", "Hampshire": an English county's ending
    if words.len() == 1 && last.len() > 7 && last.ends_with("shire") {
        return Some(NameLabel::Location);
    }
    // "Eugene, Oregon": a one-word name before a comma and a known state or region ("Kul-Bulak,
    // Kyrgyzstan": one word joined by hyphens too)
    let one_word = words.len() == 1 || (a + 1..b).all(|k| crate::util::adjacent(doc, k - 1, k));
    if one_word && b + 1 < doc.tokens.len() && tok(doc, b) == "," {
        // (the state's abbreviation may take its full stop: "Austin, Tex.")
        let start = doc.tokens[b + 1].span.start;
        let known = lk.gaz.iter().any(|m| {
            m.span.start == start
                && matches!(kb.entry(m.entry).kind, dyad_core::EntityKind::Place | dyad_core::EntityKind::State)
        });
        let possessive = b + 2 < doc.tokens.len() && crate::util::is_possessive(tok(doc, b + 2));
        if known && !possessive {
            return Some(NameLabel::Location);
        }
    }
    // "Chen Wei-ting", "Lee Jae-myung": a short family name and a given name whose second syllable
    // is written in lower case (not a Korean province or district: "Jeju-do", "Suwon-si")
    if b - a == 4 && tok(doc, a).chars().count() <= 5 && crate::util::syllable_tail(doc, a + 2, 2) {
        if !matches!(tok(doc, a + 3), "do" | "si" | "gun" | "gu" | "dong" | "ri" | "eup" | "myeon") {
            return Some(NameLabel::Person);
        }
    }
    // "NAIROBI, July 9 (Wire) —": a name in brackets before a dash credits an agency
    let n = doc.tokens.len();
    if a > 0 && tok(doc, a - 1) == "(" && b + 1 < n && tok(doc, b) == ")" && matches!(tok(doc, b + 1), "—" | "–" | "-") {
        return Some(NameLabel::Organization);
    }
    if words.len() == 1 && last.contains('.') && last.rsplit('.').next().is_some_and(|t| t.chars().all(|c| c.is_ascii_lowercase())) {
        // a web name ("Meridian.ge"): an outlet or a company
        return Some(NameLabel::Organization);
    }
    None
}

/// The end of a town's name that goes on through lower-case words after the
/// run `a..j` ("Newcastle upon Tyne", "Halle an der Saale"), when GeoNames
/// has the whole.
fn place_goes_on(doc: &Document, kb: &Kb, a: usize, j: usize) -> Option<usize> {
    let n = doc.tokens.len();
    if j >= n || is_cap(doc, j) || doc.tokens[j].kind != TokenKind::Word || !same_line(doc, a, j) {
        return None;
    }
    (j + 1..(j + 3).min(n)).find_map(|k| {
        let whole = &doc.text[doc.tokens[a].span.start..doc.tokens[k].span.end];
        (is_name_token(doc, k) && same_line(doc, j, k) && kb.populated_place(whole)).then_some(k + 1)
    })
}

/// The end of a person's name that goes on through a nickname in quotation
/// marks after the run `a..j` of one or two words opened by a given name
/// ('Joaquín "El Chapo" Guzmán'): one to three capitalised words between the
/// marks, and a capitalised word right after them.
fn quoted_nickname(doc: &Document, kb: &Kb, a: usize, j: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let opening = |w: &str| matches!(w, "\"" | "“" | "'" | "‘");
    let closing = |w: &str| matches!(w, "\"" | "”" | "'" | "’");
    if j >= n || j - a > 2 || !opening(tok(doc, j)) || kb.given_name(tok(doc, a)).is_none() {
        return None;
    }
    let c = (j + 2..(j + 5).min(n)).find(|&c| closing(tok(doc, c)))?;
    let inside_ok = (j + 1..c).all(|k| is_cap(doc, k) && doc.tokens[k].kind == TokenKind::Word);
    (inside_ok && c + 1 < n && is_name_token(doc, c + 1) && same_line(doc, a, c + 1)).then_some(c + 2)
}

/// Does a body's name open at token `k` — a known organisation's, or a run
/// with a body's word among its first three words ("FC Basel", "West Coast
/// Eagles AFL")?
fn body_opens(doc: &Document, kb: &Kb, lk: &Lookups, k: usize) -> bool {
    let at = doc.tokens[k].span.start;
    let known = lk.gaz.iter().any(|m| m.span.start == at && kb.entry(m.entry).kind == dyad_core::EntityKind::Organization);
    let own = |x: usize| is(kb, tok(doc, x), NameWord::BODY) || is(kb, tok(doc, x), NameWord::SITE) || is(kb, tok(doc, x), NameWord::UNIT);
    known
        || (k..(k + 4).min(doc.tokens.len()))
            .take_while(|&x| is_name_token(doc, x) || crate::util::is_possessive(tok(doc, x)))
            .any(own)
}

/// Does the run `i..j` go on through a possessive into a body's, a unit's, a site's or a
/// place's word ("King's College", "Howe's Brigade", "the Irish Farmers' Association", "Six Men's Bay")? Not where the
/// owner is a known name ("Russia's Defence Ministry") or a known name follows.
fn possessive_name(doc: &Document, kb: &Kb, lk: &Lookups, i: usize, j: usize) -> bool {
    let n = doc.tokens.len();
    if j + 1 >= n || !crate::util::is_possessive(tok(doc, j)) || !crate::util::adjacent(doc, j - 1, j) || !is_name_token(doc, j + 1) || !same_line(doc, j, j + 1) {
        return false;
    }
    let w = tok(doc, j + 1);
    // (or a place's: "Six Men's Bay", "Carter's Island")
    let kind = is(kb, w, NameWord::BODY) || is(kb, w, NameWord::SITE) || is(kb, w, NameWord::UNIT) || is(kb, w, NameWord::BODY_KIND) || is(kb, w, NameWord::PLACE);
    let known = |k: usize| lk.gaz.iter().any(|m| doc.tokens[k].span.start <= m.span.start && m.span.start < doc.tokens[k].span.end);
    // (a known name before the owner is no owner: "the Irish Farmers' Association"; one that ends in the
    // owner is — "the Russian Army's Fifth Brigade")
    let owner = doc.tokens[j - 1].span;
    let known_owner = lk.gaz.iter().any(|m| m.span.start < owner.end && m.span.end >= owner.end && m.span.start >= doc.tokens[i].span.start);
    kind && !known_owner && !known(j + 1) && !lk.title_tok[j + 1]
}

/// "d'Eau", "d’Algérie", "l'Ouest": a French elided article or "de" joined to a capitalised word.
fn elided_name(w: &str) -> bool {
    let rest = w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")).or_else(|| w.strip_prefix("l'")).or_else(|| w.strip_prefix("l’"));
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// "J.", "F.": a capital letter and a full stop.
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
}

/// Two or three words that read as a person's name: a given name (of any tier) or an initial, then a
/// surname or a word with a surname's ending; or a family name written first ("Zhao Wenjie"; after a
/// title also one that is a place's word: "Park").
fn person_shaped(kb: &Kb, doc: &Document, a: usize, b: usize, after_title: bool) -> bool {
    // (a hyphened given name is one word: "Park Min-jun")
    let words: Vec<usize> = (a..b).filter(|&k| tok(doc, k) != "-").collect();
    if !(2..=3).contains(&words.len()) {
        return false;
    }
    let (first, last) = (tok(doc, a), tok(doc, b - 1));
    let hyphened = |k: usize| k > a && tok(doc, k - 1) == "-";
    // (a family name first may be a place's word too, after a title: "Minister Park Min-jun", not
    // "Circuit Park Zandvoort")
    let family = |k: usize| after_title && k == a && is(kb, tok(doc, k), NameWord::FAMILY_FIRST);
    if words.iter().any(|&k| !(tok(doc, k).starts_with(|c: char| c.is_uppercase()) || hyphened(k)) || (thing_kind(kb, tok(doc, k)).is_some() && !family(k))) {
        return false;
    }
    is(kb, first, NameWord::FAMILY_FIRST)
        || ((kb.given_name(first).is_some() || is_initial(first)) && looks_like_surname(kb, last))
}

/// A word that is a common surname or has the ending of one in the regions
/// dyad reads most about (-ov, -yan, -enko, -shvili, -oglu, …).
fn looks_like_surname(kb: &Kb, w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "yev", "yeva", "yan", "ian", "enko", "shvili", "dze", "oglu", "ski", "sky", "ska",
        "vich", "vić", "ić", "ez", "es", "escu", "poulos", "stein", "berg", "mann", "son", "sen", "zadeh", "pour",
        "i", "y", "ani", "awi",
    ];
    kb.surname(w) || ENDINGS.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Are the two or three capitalised words `a..b`, none of which the knowledge base knows as anything
/// (no place, body, thing or title word, no known name), followed by what is said of a person: an
/// apposition headed by a title or role (", a fisherman", ", the deputy mayor"), ", who", a verb of
/// speech or of being ("said", "has been"), or "is a" and such a role ("is a senior fellow at …")?
/// "Qafqaz.az" → AZE, "Akipress.kg" → KGZ: the state of a site named by its address — a word (letters,
/// digits, hyphens), a dot and a country-code domain whose sites are that state's; none for "Meduza.io".
pub(crate) fn site_state<'k>(kb: &'k Kb, w: &str) -> Option<&'k str> {
    let (name, domain) = w.rsplit_once('.')?;
    let named = name.chars().next().is_some_and(char::is_alphanumeric) && name.chars().all(|ch| ch.is_alphanumeric() || matches!(ch, '-' | '.'));
    (named && domain.len() == 2 && domain.chars().all(|ch| ch.is_ascii_lowercase())).then(|| kb.domain_state(domain)).flatten()
}

/// Is `w` a site's address under a state's domain (see [`site_state`])?
fn site_address(kb: &Kb, w: &str) -> bool {
    site_state(kb, w).is_some()
}

/// "Wirat Chaiyaphum, who chairs …": two or three capitalised words, the first one no list knows (no
/// name's, place's or body's word, no title), the rest known perhaps as a town's, closed by a comma and
/// "who" — a person's name, however the later words read alone.
fn who_follows_a_name_opened_by_an_unknown_word(doc: &Document, kb: &Kb, lk: &Lookups, a: usize, b: usize) -> bool {
    if !(a + 2..=a + 3).contains(&b) || b + 1 >= doc.tokens.len() || tok(doc, b) != "," || tok(doc, b + 1) != "who" {
        return false;
    }
    let shaped = |k: usize| {
        let w = tok(doc, k);
        w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase)
    };
    let first = tok(doc, a);
    let starts_known = lk.gaz.iter().any(|m| m.span.start == doc.tokens[a].span.start);
    (a..b).all(shaped)
        && !starts_known
        && kb.name_word(first) == NameWord::default()
        && thing_kind(kb, first).is_none()
        && !kb.term(first)
        && !kb.honorific(first)
        && !lk.title_tok[a]
        && (a == 0 || !matches!(tok(doc, a - 1), "the" | "The" | "of" | "in" | "at" | "from"))
}

/// Is the word at `k` a plain capitalised word no list knows (not a body's, place's or thing's word, a
/// term, an honorific or a title), of three letters at least (two for a part of a hyphenated name)?
fn plain_unknown_word(doc: &Document, kb: &Kb, lk: &Lookups, k: usize, hyphen_part: bool) -> bool {
    let w = tok(doc, k);
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '-')
        && (w.chars().count() >= 3 || hyphen_part && w.chars().count() >= 2)
        && kb.name_word(w) == NameWord::default()
        && thing_kind(kb, w).is_none()
        && !kb.term(w)
        && !kb.honorific(w)
        && !lk.title_tok[k]
}

/// "Milagrosa Nchama Ayingono smokes the catch … \"…,\" Nchama said", "Malsha Kodituwakku argued the
/// case … Kodituwakku declined to comment": a run of two or three plain words no list knows, which
/// the typer saw as nothing, is a person where one of its words stands alone elsewhere in the document as
/// the subject of a verb of speech (after a closing quotation or opening a sentence), and so is that word.
fn speakers_name_their_full_name(doc: &Document, kb: &Kb, lk: &Lookups, spans: &mut Vec<NameSpan>) {
    let n = doc.tokens.len();
    // (a lone word, not inside a longer name, as the subject of a verb of speech)
    let speaks = |a: usize| {
        a + 1 < n
            && matches!(tok(doc, a + 1), "said" | "says" | "told" | "added" | "declined" | "explained" | "recalled" | "admitted" | "insisted" | "replied")
            && (sentence_initial(doc, a) || (a >= 2 && tok(doc, a - 1) == "," && matches!(tok(doc, a - 2), "\"" | "”" | "'" | "’")) || (a >= 1 && matches!(tok(doc, a - 1), "\"" | "”")))
            && plain_unknown_word(doc, kb, lk, a, false)
            && kb.given_name(tok(doc, a)).is_none()
            && !spans.iter().any(|s| s.start_tok <= a && a < s.end_tok && (s.end_tok - s.start_tok > 1 || s.label != NameLabel::Misc))
    };
    let speakers: Vec<usize> = (0..n).filter(|&a| speaks(a)).collect();
    if speakers.is_empty() {
        return;
    }
    let mut named: Vec<&str> = Vec::new();
    for s in spans.iter_mut().filter(|s| !s.sure && s.label == NameLabel::Misc) {
        // (past the titles the run opens with: "Fisheries Officer Malsha Kodituwakku")
        let lead = (s.start_tok..s.end_tok).take_while(|&k| lk.title_tok[k]).count();
        let words: Vec<usize> = (s.start_tok + lead..s.end_tok).collect();
        if !(2..=3).contains(&words.len()) || (s.start_tok > 0 && tok(doc, s.start_tok - 1).eq_ignore_ascii_case("the")) {
            continue;
        }
        let from = doc.tokens[words[0]].span.start;
        let run_plain = words.iter().all(|&k| plain_unknown_word(doc, kb, lk, k, false)) && !lk.gaz.iter().any(|m| m.span.start < s.span.end && m.span.end > from);
        let spoken = words.iter().any(|&k| speakers.iter().any(|&a| tok(doc, a) == tok(doc, k)));
        if run_plain && spoken {
            s.label = NameLabel::Person;
            named.extend(words.iter().map(|&k| tok(doc, k)));
        }
    }
    let mut added = false;
    for &a in &speakers {
        if !named.contains(&tok(doc, a)) {
            continue;
        }
        match spans.iter_mut().find(|s| s.start_tok == a && s.end_tok == a + 1) {
            Some(s) => s.label = NameLabel::Person,
            None => {
                spans.push(NameSpan { span: doc.tokens[a].span, label: NameLabel::Person, rule: NameLabel::Person, sure: false, start_tok: a, end_tok: a + 1 });
                added = true;
            }
        }
    }
    if added {
        spans.sort_by_key(|s| s.start_tok);
    }
}

/// "…, Boonma Saengthong has fished the Mekong for thirty years. His catch …": a run of two or three plain
/// words no list knows, which the typer saw as nothing or a place, standing as the subject of its sentence (opening it
/// or right after a comma) before a lower-case verb, is a person where the next sentence opens with "He",
/// "She", "His" or "Her".
fn subjects_a_pronoun_takes_up(doc: &Document, kb: &Kb, lk: &Lookups, spans: &mut [NameSpan]) {
    // (or a place: the typer takes many unknown names after a town's apposition for places)
    for s in spans.iter_mut().filter(|s| !s.sure && matches!(s.label, NameLabel::Misc | NameLabel::Location) && (2..=3).contains(&(s.end_tok - s.start_tok))) {
        let (a, b) = (s.start_tok, s.end_tok);
        if b >= doc.tokens.len() || !(sentence_initial(doc, a) || (a > 0 && tok(doc, a - 1) == ",")) {
            continue;
        }
        let verb = tok(doc, b);
        let verb_like = verb.chars().all(|c| c.is_lowercase())
            && verb.len() > 2
            && !is_function_word(verb)
            && !matches!(verb, "and" | "or" | "of" | "for" | "in" | "on" | "at" | "to" | "from" | "with" | "by" | "as" | "who" | "which" | "that")
            // (a verb's ending, not a noun after a place's name: "North Devon landowner X")
            && (verb.ends_with('s') || verb.ends_with("ed") || matches!(verb, "has" | "had" | "was" | "is"))
            && !kb.name_word(verb).has(NameWord::PERSON_NOUN)
            && !lk.title_tok[b];
        let plain = (a..b).all(|k| plain_unknown_word(doc, kb, lk, k, false)) && !lk.gaz.iter().any(|m| m.span.start < s.span.end && m.span.end > s.span.start);
        if !verb_like || !plain {
            continue;
        }
        let Some(i) = doc.sentences.iter().position(|x| x.contains(s.span)) else { continue };
        let Some(next) = doc.sentences.get(i + 1) else { continue };
        let first = crate::util::sentence_first_token(doc, *next);
        if matches!(tok(doc, first), "He" | "She" | "His" | "Her") {
            s.label = NameLabel::Person;
        }
    }
}

fn unknown_words_said_of_a_person(doc: &Document, kb: &Kb, lk: &Lookups, a: usize, b: usize, strong_only: bool) -> bool {
    let n = doc.tokens.len();
    // ("Dorjsürengiin Bat-Erdene": the parts a hyphen joins are one word)
    let hyphen = |k: usize| tok(doc, k) == "-" && k > a && k + 1 < b && same_line(doc, k - 1, k + 1);
    let words = (a..b).filter(|&k| !hyphen(k) && !(k > a && hyphen(k - 1))).count();
    if !(2..=3).contains(&words) || b >= n {
        return false;
    }
    let plain = (a..b).filter(|&k| !hyphen(k)).all(|k| {
        // (a part after the hyphen may be short: "Bat-Od")
        let joined = (k > a && hyphen(k - 1)) || (k + 1 < b && hyphen(k + 1));
        plain_unknown_word(doc, kb, lk, k, joined)
    }) && !lk.gaz.iter().any(|m| m.span.start < doc.tokens[b - 1].span.end && m.span.end > doc.tokens[a].span.start);
    // (not a body's words after "the", "of" or a noun: "The Health and Safety Executive said", "analyst
    // X of Dresdner Kleinwort Wasserstein says", "Miner Highland Gold said")
    let before_ok = a == 0
        || sentence_initial(doc, a)
        || matches!(tok(doc, a - 1), "," | "—" | "–" | ":" | "(" | "\"" | "”")
        || (tok(doc, a - 1).chars().all(|c| c.is_lowercase())
            && !matches!(tok(doc, a - 1), "the" | "of" | "and" | "or" | "at" | "for" | "from" | "by" | "with" | "to" | "in" | "on" | "a" | "an" | "its" | "their"));
    // (a known given name inside says where the name begins: "Commodore Rey Ambion")
    // (but two words are one name: "Workneh Gebeyehu", whose second is a given name too, as the father's)
    let given_inside = words == 3 && (a + 1..b).any(|k| kb.given_name(tok(doc, k)).is_some());
    let next = tok(doc, b);
    // ("the arrest of Dharshana Ekanayake, editor of the …": after "of" too, where a title follows at once)
    let titled_after = next == "," && b + 1 < n && lk.title_tok[b + 1] && a > 0 && tok(doc, a - 1) == "of";
    if !plain || !(before_ok || titled_after) || given_inside || (a > 0 && crate::util::is_possessive(tok(doc, a - 1))) {
        return false;
    }
    // ("Its executive secretary, X Y, said", "the boy, X Y, was shot": a title or a person's noun set
    // before the name by a comma)
    let person_word = |k: usize| lk.title_tok[k] || crate::nominals::source_head(tok(doc, k)) || kb.name_word(tok(doc, k)).has(NameWord::PERSON_NOUN);
    // ("His co-counsel, X Y of Z & Partners,": "of" their body, or a verb of speech, after the name too)
    if a >= 2 && tok(doc, a - 1) == "," && person_word(a - 2) && matches!(next, "," | "of" | "said" | "says" | "told") {
        return true;
    }
    // ("a man called X Y came through", "a driver named X Y": a person's noun, then "called" or "named")
    if a >= 2 && matches!(tok(doc, a - 1), "called" | "named") && (person_word(a - 2) || matches!(tok(doc, a - 2), "man" | "woman" | "boy" | "girl" | "person")) {
        return true;
    }
    // ("My colleague at the finance ministry, X Y, can tell you": a person's noun after a possessive, then
    // where they work or come from, set before the name by a comma)
    if a >= 4 && tok(doc, a - 1) == "," && matches!(next, "," | "said" | "says" | "told" | "can" | "will" | "has" | "is" | "was") {
        let back = (a.saturating_sub(16)..a - 2).rev().take_while(|&k| !matches!(tok(doc, k), "," | "." | ";" | ":" | "\"" | "“" | "”")).collect::<Vec<_>>();
        // ("A fisherman from Stung Treng, X Y, travelled", "The deputy secretary-general of Thailand's Office of
        // …, X Y, said": or an article, and a title of several words)
        // ("The head of a fisheries cooperative in Point Pedro, X Y, says": "head" or "chief" of something)
        let noun = back.iter().copied().find(|&k| {
            (person_word(k) || (matches!(tok(doc, k), "head" | "chief") && tok(doc, k + 1) == "of"))
                && k >= 1
                && matches!(tok(doc, k - 1), "My" | "my" | "Our" | "our" | "His" | "his" | "Her" | "her" | "Their" | "their" | "A" | "a" | "An" | "an" | "The" | "the")
        });
        let after = noun.map(|k| {
            let mut j = k + 1;
            while j < a && (person_word(j) || tok(doc, j) == "-") {
                j += 1;
            }
            j
        });
        if after.is_some_and(|j| matches!(tok(doc, j), "at" | "in" | "from" | "with" | "of" | "for")) {
            return true;
        }
    }
    // ("X Y, 24, who studies …": an age in apposition)
    if next == "," && tok(doc, b + 1).chars().all(|c| c.is_ascii_digit()) && (1..=3).contains(&tok(doc, b + 1).len()) && tok(doc, b + 2) == "," {
        return true;
    }
    // ("she told Kanokwan Saelim of Thai PBS", "he told Nilofar Sadat that …": the one a verb of
    // address speaks to — a person, whatever the typer guessed)
    if a > 0 && matches!(tok(doc, a - 1), "told" | "tells" | "asked" | "asks" | "interviewed" | "thanked" | "quoted" | "quoting") {
        return true;
    }
    // ("X Y, the governor of Sa Kaeo, said": an article and a title right after the comma)
    if next == "," && b + 3 < n && matches!(tok(doc, b + 1), "the" | "a" | "an") && lk.title_tok[b + 2] && matches!(tok(doc, b + 3), "of" | "for" | "at" | "in" | ",") {
        return true;
    }
    if strong_only {
        return false;
    }
    if matches!(next, "said" | "says" | "told" | "added" | "argued" | "insisted" | "explained") {
        return true;
    }
    // ("Bilal Rana of TOLOnews reports": "of" a body the knowledge base knows)
    if next == "of" {
        let k = b + 1 + usize::from(tok(doc, b + 1).eq_ignore_ascii_case("the"));
        let known_body = doc.tokens.get(k).is_some_and(|t| {
            lk.gaz.iter().any(|m| m.span.start == t.span.start && matches!(kb.entry(m.entry).kind, dyad_core::EntityKind::Organization | dyad_core::EntityKind::Group))
        });
        if known_body {
            return true;
        }
    }
    // (", chief executive of …": a title right after the comma)
    if next == "," && b + 1 < n && lk.title_tok[b + 1] {
        return true;
    }
    if matches!(next, "has" | "had") && matches!(tok(doc, b + 1), "been" | "said" | "told") {
        return true;
    }
    // (", a fisherman", ", the deputy mayor of …", ", a 54-year-old trader", ", the Elering engineer who", and
    // "… is a senior fellow at …": a title, a source's noun or a person's noun within four words)
    let described_from = |k: usize| {
        // (", the GPA's ferry operations manager,": past a body's possessive)
        matches!(tok(doc, k), "a" | "an" | "the")
            && (k + 1..(k + 6).min(n)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word || matches!(tok(doc, j), "-" | "'s" | "’s")).any(|j| {
                lk.title_tok[j] || crate::nominals::source_head(tok(doc, j)) || kb.name_word(tok(doc, j)).has(NameWord::PERSON_NOUN)
            })
    };
    if matches!(next, "is" | "was") && b + 2 < n {
        return described_from(b + 1);
    }
    if next != "," || b + 2 >= n {
        return false;
    }
    let k = b + 1;
    if tok(doc, k) == "who" {
        return true;
    }
    described_from(k)
}
