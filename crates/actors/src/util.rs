//! Small token helpers shared by the steps.

use dyad_core::{Document, TokenKind};
use dyad_kb::Kb;

/// The token's text.
#[inline]
pub fn tok(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("")
}

/// True when the token starts with an upper-case letter.
#[inline]
pub fn is_cap(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && tok(doc, i).chars().next().is_some_and(|c| c.is_uppercase())
}

/// True for a possessive ending token ("’s", "'s", or a bare apostrophe after a plural).
#[inline]
pub fn is_possessive(s: &str) -> bool {
    matches!(s, "’s" | "'s" | "’S" | "'S" | "’" | "'")
}

/// Past an age set off by commas after a name ending before token `k` ("X, 47, a lorry driver"): the
/// token of the second comma, else `k`.
pub fn past_age(doc: &Document, k: usize) -> usize {
    let age = tok(doc, k + 1);
    if tok(doc, k) == "," && (1..=3).contains(&age.len()) && age.chars().all(|ch| ch.is_ascii_digit()) && tok(doc, k + 2) == "," {
        k + 2
    } else {
        k
    }
}

/// True when token `i` is the first of its sentence, or the first after a dateline ("PRISTINA, Dec 2
/// (Wire) - The European Union's envoy …").
pub fn sentence_initial(doc: &Document, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else { return false };
    if after_dateline(doc, i) {
        return true;
    }
    // ("Q: The Banco Central …", "A: We …": an interview's speaker label opening its line)
    if i >= 2 && tok(doc, i - 1) == ":" && matches!(tok(doc, i - 2), "Q" | "A") && (i == 2 || doc.text[doc.tokens[i - 3].span.end..doc.tokens[i - 2].span.start].contains('\n')) {
        return true;
    }
    match doc.sentence_of(t.span.start) {
        Some(s) => {
            // skip opening quotes/brackets
            let mut j = i;
            while j > 0 && doc.tokens[j - 1].span.start >= s.start {
                if doc.tokens[j - 1].kind != TokenKind::Punct {
                    return false;
                }
                j -= 1;
            }
            true
        }
        None => i == 0,
    }
}

/// Is token `i` the first after a dateline's dash: a paragraph opening with a place in capitals, then a
/// comma or a bracket, and a dash within twelve tokens ("NAIROBI, Nov 30 (Wire) -", "KYIV (Wire) —")?
pub fn after_dateline(doc: &Document, i: usize) -> bool {
    // ("12:02 In Peshawar, …": a live blog's time stamp opening its line, with no dash)
    if i >= 1 && clock_opening_line(doc, i - 1) {
        return true;
    }
    if i < 3 || !matches!(tok(doc, i - 1), "-" | "—" | "–") {
        return false;
    }
    let at = doc.tokens[i].span.start;
    let Some(p) = doc.paragraphs.iter().find(|p| p.start <= at && at < p.end) else { return false };
    let r = doc.token_range(*p);
    let first = tok(doc, r.start);
    let caps = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’' | '/')) && w.chars().any(char::is_alphabetic);
    // ("17:30 — Ministers are out": a live blog's time stamp; "SAMRAONG — When …": a town in capitals and
    // a dash, no date)
    let stamp = i - r.start <= 3 && first.contains(':') && first.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.');
    let town_only = i - r.start >= 2 && i - r.start <= 5 && (r.start..i - 1).all(|k| caps(tok(doc, k)));
    stamp
        || town_only
        || (i - r.start <= 12 && caps(first) && (r.start + 1..i - 1).any(|k| matches!(tok(doc, k), "," | "(")))
}

/// The dateline in the first lines ("DJIBOUTI, March 4 —", "ASTARA, Azerbaijan —"): from the start of
/// its paragraph to the first token after its dash — not a live blog's time stamp.
pub fn dateline_span(doc: &Document) -> Option<dyad_core::Span> {
    let i = (3..doc.tokens.len().min(80)).find(|&i| after_dateline(doc, i) && !clock_opening_line(doc, i - 1))?;
    let at = doc.tokens[i].span.start;
    doc.paragraph_of(at).map(|p| dyad_core::Span::new(p.start, at))
}

/// Is token `i` a time of day ("12:02", "09.15") opening its line, as a live blog stamps its entries?
pub fn clock_opening_line(doc: &Document, i: usize) -> bool {
    let w = tok(doc, i);
    let clock = w.len() >= 4 && w.len() <= 5 && w.contains([':']) && w.chars().all(|c| c.is_ascii_digit() || c == ':');
    clock && (i == 0 || doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start].contains('\n'))
}

/// The first token of a sentence, past a live blog's time stamp and its dash ("12:02 In Peshawar, …",
/// "16:45 — From Port Sudan, …").
pub fn sentence_first_token(doc: &Document, sentence: dyad_core::Span) -> usize {
    let a = doc.token_at_or_after(sentence.start);
    if a < doc.tokens.len() && clock_opening_line(doc, a) && doc.tokens.get(a + 1).is_some_and(|t| t.span.end <= sentence.end) {
        let b = a + 1;
        return if matches!(tok(doc, b), "-" | "—" | "–") && doc.tokens.get(b + 1).is_some_and(|t| t.span.end <= sentence.end) { b + 1 } else { b };
    }
    a
}

/// A company's legal form or the word that stands for one at the end of its
/// name ("GmbH", "Inc.", "Corporation"): the name without it is the same company.
pub fn company_suffix(kb: &Kb, w: &str) -> bool {
    kb.name_word(w).has(dyad_kb::NameWord::LEGAL_FORM) || matches!(w, "Corporation" | "Company" | "Limited" | "Incorporated")
}

/// Does a word of `name` give a company's legal form ("Tengri Rail Logistics LLP", "Asafo Marine Ltd,
/// Tema")?
pub fn has_legal_form(kb: &Kb, name: &str) -> bool {
    name.split(' ').any(|w| company_suffix(kb, w.trim_end_matches(',')))
}

/// The name of a company without its legal form ("Konami Corporation" →
/// "Konami", "Tarvel, Inc." → "Tarvel"); `None` when it has none.
pub fn without_company_suffix<'s>(kb: &Kb, name: &'s str) -> Option<&'s str> {
    let (rest, last) = name.rsplit_once(' ')?;
    let rest = rest.trim_end_matches(',').trim_end();
    (company_suffix(kb, last) && !rest.is_empty()).then_some(rest)
}

/// A lower-case word that closes a Turkic patronymic surname ("uulu" in "Nurlanbek Turgunbek uulu", "kyzy",
/// "qizi", "oglu"): part of the name, though not its surname word.
pub fn trailing_patronymic(w: &str) -> bool {
    matches!(w, "uulu" | "kyzy" | "qizi" | "oglu" | "ogly" | "uly" | "qyzy")
}

/// A particle that joins a person's own name to the father's ("anak" in "Jamit anak Ujang", "bin", "ould"):
/// the name before it is the one the person goes by.
pub fn patronymic(w: &str) -> bool {
    matches!(w, "anak" | "bin" | "binti" | "ould" | "Ould" | "bint" | "ibn")
}

/// The word a company is named by after its full name ("Tengri Rail Logistics LLP of Almaty" … "Tengri",
/// "Saltbush Copper Ltd" … "Saltbush"): the first word of a name that carries a legal form (before any
/// "of" and town), when that word is no ordinary or known word; `None` otherwise.
pub fn company_first_word<'s>(kb: &Kb, name: &'s str) -> Option<&'s str> {
    let name = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
    let head = name.split(" of ").next().unwrap_or(name);
    let legal = head.split_once(' ').is_some_and(|(_, rest)| has_legal_form(kb, rest));
    let first = head.split(' ').next()?;
    // ("Al Qurm Maritime Holdings PJSC … Al Qurm said": an article opening the name goes with the word
    // after it)
    // ("Ikh Nuur Mining LLC … Ikh Nuur": so does a first word too short to stand alone)
    let short = first.chars().count() <= 3 && first.starts_with(char::is_uppercase) && first.chars().skip(1).all(|c| c.is_lowercase());
    if (short || matches!(first, "Al" | "El" | "Le" | "La" | "Les" | "Los" | "Las" | "De" | "Van" | "Von")) && head.split(' ').count() >= 4 {
        let second = head.split(' ').nth(1)?;
        let plain = second.chars().count() >= 3
            && second.starts_with(char::is_uppercase)
            && second.chars().skip(1).all(|c| c.is_lowercase())
            && kb.name_word(second) == dyad_kb::NameWord::default()
            && !kb.term(second)
            && kb.find(second).is_empty();
        return (legal && plain).then(|| &head[..first.len() + 1 + second.len()]);
    }
    (legal
        && head.contains(' ')
        && first.chars().count() >= 4
        && first.starts_with(char::is_uppercase)
        && first.chars().skip(1).all(|c| c.is_lowercase())
        && kb.name_word(first) == dyad_kb::NameWord::default()
        && kb.given_name(first).is_none()
        && !kb.term(first)
        && kb.find(first).is_empty())
    .then_some(first)
}

/// The name of a company without the word for its trade that ends it ("Continental Airlines" →
/// "Continental", "Cairn Energy" → "Cairn"), which news uses alone once the full name is given; `None`
/// when it ends in no such word, or when what is left is something else the knowledge base knows ("Qatar
/// Airways" is no "Qatar", "British Airways" no "British").
pub fn without_trade_word<'s>(kb: &Kb, name: &'s str) -> Option<&'s str> {
    let rest = trade_word_cut(name)?;
    kb.find(rest).iter().all(|m| !(m.span.start == 0 && m.span.end == rest.len())).then_some(rest)
}

/// As [`without_trade_word`], where what is left may be a place the knowledge base knows, but not a state
/// or a body: the short name of a company the document has already read as one ("Woodside Energy …
/// Woodside has argued", though Woodside is also a town), never "Qatar" for "Qatar Airways".
pub fn without_trade_word_among_bodies<'s>(kb: &Kb, name: &'s str) -> Option<&'s str> {
    let rest = trade_word_cut(name)?;
    kb.find(rest)
        .iter()
        .all(|m| !(m.span.start == 0 && m.span.end == rest.len() && matches!(kb.entry(m.entry).kind, dyad_core::EntityKind::State | dyad_core::EntityKind::Organization | dyad_core::EntityKind::Group)))
        .then_some(rest)
}

fn trade_word_cut(name: &str) -> Option<&str> {
    let (rest, last) = name.rsplit_once(' ')?;
    // (a body's name is no company's: "Bureau of Fisheries and Aquatic Resources")
    if name.contains(" of ") || name.contains(" and ") {
        return None;
    }
    let trade = matches!(
        last,
        "Airlines" | "Airways" | "Energy" | "Motors" | "Holdings" | "Telecom" | "Petroleum" | "Pharmaceuticals" | "Music" | "Entertainment" | "Foods" | "Stores"
            | "Oil" | "Gas" | "Mining" | "Shipping" | "Resources" | "Minerals" | "Group"
    );
    (trade && !rest.is_empty()).then_some(rest)
}

/// Is the entry a political party (its CAMEO code ends in `PTY`)?
pub fn is_party(e: &dyad_kb::Entry) -> bool {
    e.code.as_deref().is_some_and(|k| k.ends_with("PTY"))
}

/// Is `w` a given name the rules may rely on (not one that is also a word or rare)?
pub fn given(kb: &Kb, w: &str) -> bool {
    kb.given_name(w).is_some_and(|p| p >= 0.5)
}

/// Words that are capitalised in titles but are not names on their own.
pub fn is_function_word(s: &str) -> bool {
    // "I'm", "We've", "They’ll": a pronoun with its verb
    if let Some((head, tail)) = s.split_once(['\'', '’']) {
        if matches!(head, "I" | "You" | "We" | "They" | "He" | "She" | "It" | "That" | "There" | "What" | "Who")
            && matches!(tail, "m" | "ve" | "ll" | "d" | "re" | "s")
        {
            return true;
        }
    }
    matches!(
        s,
        "The" | "A" | "An" | "This" | "That" | "These" | "Those" | "In" | "On" | "At" | "Of" | "For" | "And"
            | "But" | "Or" | "If" | "When" | "While" | "As" | "It" | "He" | "She" | "They" | "We" | "I" | "You"
            | "His" | "Her" | "Their" | "Its" | "Our" | "My" | "Your" | "To" | "From" | "By" | "With" | "After"
            | "Before" | "Since" | "Although" | "However" | "Moreover" | "Meanwhile" | "Thus" | "So" | "Yet"
            | "Then" | "There" | "Here" | "What" | "Who" | "Why" | "How" | "Where" | "Which" | "Some" | "Many"
            | "Most" | "All" | "No" | "Not" | "Unlike" | "Indeed" | "Ultimately" | "Simultaneously" | "Another"
            | "Back" | "Both" | "Each" | "Every" | "Such" | "Other" | "One" | "Two" | "Three" | "Last" | "Next"
            | "First" | "Second" | "New" | "Mr" | "Mr." | "Mrs." | "Ms." | "Dr."
            // (pronouns of no one in particular: "Nobody told him")
            | "Nobody" | "Somebody" | "Anybody" | "Everybody" | "Someone" | "Anyone" | "Everyone" | "Nothing"
            | "Something" | "Everything"
    )
}

/// English words of grammar written in lower case ("the", "and", "around", "was"): a run of lower-case
/// words holding none of them may be a name in another language ("Naša stranka").
pub fn english_grammar_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "and" | "or" | "but" | "of" | "at" | "in" | "on" | "to" | "for" | "with" | "by" | "as" | "from"
            | "between" | "around" | "over" | "under" | "into" | "after" | "before" | "about" | "against" | "than"
            | "who" | "which" | "that" | "whose" | "was" | "is" | "are" | "were" | "be" | "been" | "has" | "have" | "had"
            | "his" | "her" | "their" | "its" | "our" | "this" | "these" | "those" | "not" | "also" | "led" | "said"
            | "while" | "when" | "where" | "if" | "so"
    )
}

/// "New" before another capitalised word on the same line opens a name
/// ("New York Stock Exchange", "New Democratic Party"), though alone it is an
/// ordinary word; inside a run of names it still parts them ("Food Standards
/// Australia New Zealand").
pub fn opens_name(doc: &Document, i: usize) -> bool {
    // "Vice Premier He Lifeng", "Minister An Duk-geun": a family name that is also a function word,
    // written capitalised inside a sentence right after a capitalised word and before another
    if matches!(tok(doc, i), "He" | "An")
        && i > 0
        && !sentence_initial(doc, i)
        && is_cap(doc, i - 1)
        && !is_function_word(tok(doc, i - 1))
        && same_line(doc, i - 1, i)
        && i + 1 < doc.tokens.len()
        && is_cap(doc, i + 1)
        && !is_function_word(tok(doc, i + 1))
        && same_line(doc, i, i + 1)
    {
        return true;
    }
    // ("Vietnamese leader To Lam", "met To Lam": a capitalised "To" inside a sentence's lower-case words,
    // before a capitalised word, is a family name)
    if tok(doc, i) == "To"
        && i > 0
        && !sentence_initial(doc, i)
        && tok(doc, i - 1).chars().all(|c| c.is_lowercase())
        && i + 1 < doc.tokens.len()
        && is_cap(doc, i + 1)
        && !is_function_word(tok(doc, i + 1))
        && same_line(doc, i, i + 1)
    {
        return true;
    }
    tok(doc, i) == "New"
        && (i == 0 || !is_cap(doc, i - 1) || is_function_word(tok(doc, i - 1)) || !same_line(doc, i - 1, i))
        && i + 1 < doc.tokens.len()
        && is_cap(doc, i + 1)
        && !is_function_word(tok(doc, i + 1))
        && !is_calendar_word(tok(doc, i + 1))
        && same_line(doc, i, i + 1)
}

/// Month and weekday names, which are capitalised but never actors.
pub fn is_calendar_word(s: &str) -> bool {
    matches!(
        s,
        "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October"
            | "November" | "December" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday"
            | "Sunday" | "Jan." | "Feb." | "Mar." | "Apr." | "Jun." | "Jul." | "Aug." | "Sep." | "Sept." | "Oct."
            | "Nov." | "Dec."
    )
}

/// "Theresa May", "Mrs May": a month that is also a surname, right after a
/// given name or an honorific and not before a day's number ("since May 5").
pub fn month_surname(doc: &Document, kb: &Kb, i: usize) -> bool {
    i > 0
        && i < doc.tokens.len()
        && matches!(tok(doc, i), "May" | "June" | "April" | "August")
        && (given(kb, tok(doc, i - 1)) || kb.honorific(tok(doc, i - 1)))
        && same_line(doc, i - 1, i)
        && doc.tokens.get(i + 1).is_none_or(|t| t.kind != TokenKind::Number)
}

/// Tokens `a` and `b` touch, with no space between them.
pub fn adjacent(doc: &Document, a: usize, b: usize) -> bool {
    doc.tokens[a].span.end == doc.tokens[b].span.start
}

/// "… Safety Administration (NHTSA)": the token of an acronym in brackets
/// right after the name that ends before token `end`, if there is one.
pub fn bracketed_acronym(doc: &Document, end: usize) -> Option<usize> {
    let n = doc.tokens.len();
    // ("(ANPyN)", "(BiH)": capitals round one lower-case letter count)
    (end + 2 < n && tok(doc, end) == "(" && loose_acronym(tok(doc, end + 1)) && tok(doc, end + 2) == ")").then_some(end + 1)
}

/// "the Revenue Service (Shemosavlebis Samsakhuri)", "the State Revenue Committee (Petakan Yekamutneri
/// Komite, SRC)": for a name of at least two words starting at token `start` right after a body's name
/// and its opening bracket, the token after it if the bracket holds just that name, or that name and an
/// acronym after a comma (then also the acronym's token).
pub fn bracketed_alias(doc: &Document, start: usize, end: usize) -> Option<Option<usize>> {
    let n = doc.tokens.len();
    if start == 0 || tok(doc, start - 1) != "(" || end < start + 2 || end >= n {
        return None;
    }
    match tok(doc, end) {
        // (not a bracket inside a longer name: "the Health Service (Miscellaneous Provisions) Bill")
        ")" if end + 1 < n && is_cap(doc, end + 1) && doc.tokens[end + 1].kind == TokenKind::Word => None,
        ")" => Some(None),
        "," if end + 2 < n && loose_acronym(tok(doc, end + 1)) && tok(doc, end + 2) == ")" => Some(Some(end + 1)),
        // ("(Unidad Nacional de la Esperanza, or UNE)")
        "," if end + 3 < n && tok(doc, end + 1) == "or" && loose_acronym(tok(doc, end + 2)) && tok(doc, end + 3) == ")" => Some(Some(end + 2)),
        _ => None,
    }
}

/// "The Norwegian Coast Guard (Kystvakten)", "the Indonesian Forum for the Environment (Walhi)": the
/// token of one capitalised word in brackets right after the name that ends before token `end` — a
/// body's short or own-language name — if there is one.
pub fn bracketed_name(doc: &Document, end: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let w = if end + 2 < n { tok(doc, end + 1) } else { "" };
    let word = w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase) && w.chars().all(char::is_alphabetic);
    (end + 2 < n && tok(doc, end) == "(" && word && tok(doc, end + 2) == ")").then_some(end + 1)
}

/// An acronym as a bracket defines one: capitals and digits ("SNSD", "G20"), or capitals around one
/// lower-case letter ("NiP", "BiH").
pub fn loose_acronym(w: &str) -> bool {
    let caps = w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&');
    let one_lower = (3..=7).contains(&w.chars().count())
        && w.starts_with(char::is_uppercase)
        && w.ends_with(char::is_uppercase)
        && w.chars().filter(|c| c.is_lowercase()).count() == 1
        && w.chars().all(char::is_alphanumeric);
    caps || one_lower
}

/// The text with each line break inside a paragraph (a hard wrap) read as a space, byte for byte the
/// same length, for the knowledge base's matchers ("the European\nUnion").
pub fn flat_text(doc: &Document) -> std::borrow::Cow<'_, str> {
    if !doc.paragraphs.iter().any(|p| p.of(&doc.text).contains('\n')) {
        return std::borrow::Cow::Borrowed(&doc.text);
    }
    let mut bytes = doc.text.clone().into_bytes();
    for p in &doc.paragraphs {
        for b in &mut bytes[p.start..p.end] {
            if matches!(*b, b'\n' | b'\r') {
                *b = b' ';
            }
        }
    }
    // (ASCII for ASCII: still valid UTF-8)
    std::borrow::Cow::Owned(String::from_utf8(bytes).expect("only ASCII bytes were replaced"))
}

/// A vessel's prefix in capitals ("HMS", "BRP", "USS"): the name after it is a ship's, no actor.
pub fn vessel_prefix(kb: &dyad_kb::Kb, w: &str) -> bool {
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && kb.name_word(w).has(dyad_kb::NameWord::STORM)
}

/// Does a ship's name follow token `k`: a noun for a vessel ("the tanker X"), a carrier of a cargo ("the bulk
/// carrier X") or a flag ("the Liberian-flagged X")?
pub fn before_ship_name(doc: &Document, kb: &dyad_kb::Kb, k: usize) -> bool {
    let w = tok(doc, k);
    kb.name_word(w).has(dyad_kb::NameWord::VESSEL_NOUN)
        || (w == "carrier" && k >= 1 && matches!(tok(doc, k - 1), "bulk" | "car" | "container" | "LNG" | "LPG" | "ore" | "cargo" | "livestock"))
        || (w == "flagged" && k >= 1 && tok(doc, k - 1) == "-")
}

/// No line break between tokens `a` and `b` (a name never runs over a heading's end).
pub fn same_line(doc: &Document, a: usize, b: usize) -> bool {
    let (x, y) = (doc.tokens[a].span, doc.tokens[b].span);
    // (a line break inside a hard-wrapped paragraph is a space: "Minister Levan\nAbashidze")
    !doc.text[x.end..y.start].contains('\n') || doc.paragraphs.iter().any(|p| p.start <= x.start && y.end <= p.end)
}

/// What the knowledge base finds in one document, computed once and shared
/// by every step: gazetteer matches, titles, which tokens a title covers,
/// the countries the document names, and which words it writes.
pub struct Lookups<'k> {
    /// Gazetteer matches over the whole text.
    pub gaz: Vec<dyad_kb::KbMatch>,
    /// Titles and roles over the whole text.
    pub titles: Vec<(dyad_core::Span, &'k dyad_kb::Title)>,
    /// Per token: inside a title.
    pub title_tok: Vec<bool>,
    /// The ISO3 codes of the states the document names, or names a place,
    /// body or institution of (one per gazetteer match).
    pub countries: Vec<&'k str>,
    /// Per token: on a line written in title case (a headline: "Astana Courts
    /// Beijing and Brussels at Once"), where capitals do not mark names.
    pub headline: Vec<bool>,
    /// Every token's position, by a hash of its text, for [`Lookups::written`] and [`Lookups::at`].
    words: std::collections::HashMap<u64, Vec<u32>>,
}

impl<'k> Lookups<'k> {
    /// Runs the knowledge base's matchers over `doc` once.
    pub fn new(doc: &Document, kb: &'k dyad_kb::Kb) -> Lookups<'k> {
        let flat = flat_text(doc);
        let mut gaz = kb.find(&flat);
        // a form several states share ("Congolese") names the one the rest of the document names
        // (by a name, capital, place or body of its own: "Goma", "Kinshasa"), else the first listed
        // (so too a body's abbreviation several share: "BNP" in an article on Britain)
        let shared = |m: &dyad_kb::KbMatch| match kb.entry(m.entry).kind {
            dyad_core::EntityKind::State | dyad_core::EntityKind::Organization | dyad_core::EntityKind::Group => {
                kb.states_sharing(&flat[m.span.start..m.span.end])
            }
            _ => &[],
        };
        let mut named: Vec<&str> =
            gaz.iter().filter(|m| shared(m).is_empty()).filter_map(|m| kb.entry(m.entry).country.as_deref()).collect();
        // (and the states of office holders named in full: "Keir Starmer … the Labour leader"; looked
        // up only when some form is shared)
        let any_shared = gaz.iter().any(|m| !shared(m).is_empty());
        for k in 0..if any_shared { doc.tokens.len().saturating_sub(1) } else { 0 } {
            if !is_cap(doc, k) || !is_cap(doc, k + 1) || !same_line(doc, k, k + 1) {
                continue;
            }
            for len in [2, 3] {
                if k + len > doc.tokens.len() || !(k..k + len).all(|x| is_cap(doc, x)) {
                    continue;
                }
                let name = &doc.text[doc.tokens[k].span.start..doc.tokens[k + len - 1].span.end];
                let holders = kb.holders_named(name);
                if let Some(h) = holders.first().filter(|h| holders.iter().all(|x| x.country == h.country)) {
                    named.push(h.country.as_str());
                }
            }
        }
        let times = |c: &str| named.iter().filter(|&&n| n == c).count();
        let mut settled: Vec<dyad_kb::EntryId> = Vec::new();
        let mut unlinked: Vec<usize> = Vec::new();
        for i in 0..gaz.len() {
            let alts = shared(&gaz[i]);
            if alts.is_empty() {
                continue;
            }
            let country = |id: &dyad_kb::EntryId| kb.entry(*id).country.as_deref();
            // "New Zealand's Labour Party", "the Irish Labour Party": the state written right before it
            let owner = gaz[..i].iter().rev().find(|m| {
                let gap = doc.text[m.span.end..gaz[i].span.start].trim();
                kb.entry(m.entry).kind == dyad_core::EntityKind::State
                    && (gap.is_empty() || gap == "'s" || gap == "’s")
                    && shared(m).is_empty()
            });
            let owned = owner.and_then(|m| alts.iter().find(|id| country(id) == kb.entry(m.entry).country.as_deref()));
            if let Some(&id) = owned {
                settled.push(id);
            }
            // else the one an earlier mention settled so ("… Labour leader X"), else the one whose state
            // its sentence names, else the one whose state the document names most (the first listed on
            // a tie, or when it names none of theirs)
            let earlier = || alts.iter().find(|id| settled.contains(id));
            // ("Pakistan's foreign minister told the National Assembly …, and India disagreed": the
            // sharing state its sentence names before it)
            let in_sentence = || {
                let sent = doc.sentence_of(gaz[i].span.start)?;
                gaz[..i]
                    .iter()
                    .rev()
                    .take_while(|m| m.span.start >= sent.start)
                    .filter(|m| shared(m).is_empty() && kb.entry(m.entry).kind == dyad_core::EntityKind::State)
                    .find_map(|m| alts.iter().find(|id| country(id).is_some() && country(id) == kb.entry(m.entry).country.as_deref()))
            };
            let most = alts.iter().enumerate().max_by_key(|(k, id)| (country(id).map_or(0, times), std::cmp::Reverse(*k)));
            // (a name so many states' bodies bear that none is what news means by it — more than five,
            // "the National Assembly" — in an article naming none of those states is left to be read as
            // an unknown body's; "Labour", five parties, still means Britain's)
            // (nor a word such as "Conservatives" in an article about Iran, which names states but none
            // of theirs; an acronym two bodies share still goes to the likelier: "the ADF")
            let word = flat[gaz[i].span.start..gaz[i].span.end].chars().any(|c| c.is_lowercase())
                && alts.iter().all(|id| kb.entry(*id).kind != dyad_core::EntityKind::State);
            let none_named = (alts.len() > 5 || (word && !named.is_empty())) && alts.iter().all(|id| country(id).map_or(0, times) == 0);
            match owned.or_else(earlier).or_else(in_sentence) {
                Some(&id) => gaz[i].entry = id,
                None if none_named => unlinked.push(i),
                None => {
                    if let Some((_, &id)) = most {
                        gaz[i].entry = id;
                    }
                }
            }
        }
        for i in unlinked.into_iter().rev() {
            gaz.remove(i);
        }
        // ("market leader Diageo", "industry leader X": a firm ahead of its rivals holds no office)
        let mut titles = kb.titles(&flat);
        titles.retain(|(span, _)| {
            let before = doc.text[..span.start].trim_end();
            let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            !(doc.text[span.start..span.end].eq_ignore_ascii_case("leader") && matches!(word, "market" | "industry" | "sector"))
        });
        // ("Lina Park's deputy", "his deputy": someone's second, not a member of parliament)
        titles.retain(|(span, _)| {
            let before = doc.text[..span.start].trim_end();
            let word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').next().unwrap_or("");
            let owned = word.ends_with("'s") || word.ends_with("’s") || matches!(word.to_lowercase().as_str(), "his" | "her" | "their" | "its" | "my" | "our" | "your");
            // ("deputy fire chief", "deputy regional governor": the second of an office the words after name,
            // not a member of parliament — who is "a deputy from", "of", "for" or "in" somewhere)
            let after = doc.text[span.end..].trim_start();
            let next = after.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
            let office_after = !next.is_empty()
                && next.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(next, "from" | "of" | "for" | "in" | "at" | "with" | "and" | "or" | "who" | "whose" | "said" | "says" | "told" | "was" | "is" | "has" | "had" | "to" | "on");
            !((owned || office_after) && doc.text[span.start..span.end].eq_ignore_ascii_case("deputy"))
        });
        // ("Premier League club X": a title's word inside a company's, league's or outlet's name holds no office)
        titles.retain(|(span, _)| {
            !gaz.iter().any(|m| {
                let e = kb.entry(m.entry);
                m.span.start <= span.start
                    && span.end <= m.span.end
                    && (m.span.start, m.span.end) != (span.start, span.end)
                    && e.kind == dyad_core::EntityKind::Organization
                    && e.code.as_deref().is_some_and(|c| ["BUS", "MED", "NGO"].iter().any(|s| c.ends_with(s)))
            })
        });
        // ("the Minister of Energy, Petroleum and Mines, X": a minister's portfolios, listed with commas
        // and closed by "and", are the title's words, no body's name)
        for (span, _) in titles.iter_mut() {
            let r = doc.token_range(*span);
            if r.is_empty() {
                continue;
            }
            // (after "Minister", or after the title's own first portfolio: "Minister of Agriculture, Livestock
            // and Fisheries")
            let end = if matches!(tok(doc, r.end - 1).to_lowercase().as_str(), "minister" | "secretary") {
                portfolios(doc, kb, r.end)
            } else if r.len() >= 3 && matches!(tok(doc, r.end - 2), "of" | "for") && is_cap(doc, r.end - 1) {
                more_portfolios(doc, kb, r.end)
            } else {
                None
            };
            if let Some(end) = end {
                span.end = doc.tokens[end - 1].span.end;
            }
        }
        let mut title_tok = vec![false; doc.tokens.len()];
        for (span, _) in &titles {
            for k in doc.token_range(*span) {
                title_tok[k] = true;
            }
        }
        // (not a place's name inside a longer name the lists do not hold: "Palmira" in "the Uruguayan port of
        // Nueva Palmira" names no Colombian town)
        let inside_a_longer_name = |m: &dyad_kb::KbMatch| {
            let k = doc.token_at_or_after(m.span.start);
            kb.entry(m.entry).kind == dyad_core::EntityKind::Place
                && k >= 1
                && &doc.text[doc.tokens[k - 1].span.end..doc.tokens[k].span.start] == " "
                && is_cap(doc, k - 1)
                && !sentence_initial(doc, k - 1)
                && !title_tok[k - 1]
                && !is_function_word(tok(doc, k - 1))
                && !gaz.iter().any(|o| o.span.end > m.span.start && o.span.start < m.span.start)
        };
        let countries = gaz.iter().filter(|m| !inside_a_longer_name(m)).filter_map(|m| kb.entry(m.entry).country.as_deref()).collect();
        let mut words: std::collections::HashMap<u64, Vec<u32>> = std::collections::HashMap::new();
        for k in 0..doc.tokens.len() {
            words.entry(fnv(tok(doc, k))).or_default().push(k as u32);
        }
        let headline = headline_tokens(doc);
        Lookups { gaz, titles, title_tok, countries, headline, words }
    }

    /// Does the document write `word` exactly so somewhere ("later", "parts":
    /// the lower-case form of a capitalised word)?
    pub fn written(&self, word: &str) -> bool {
        self.words.contains_key(&fnv(word))
    }

    /// The positions of the tokens written `word` (by hash: callers compare the text), in order — so that
    /// a pass asking where else a word stands reads those places only, not the whole document.
    pub fn at(&self, word: &str) -> impl Iterator<Item = usize> + '_ {
        self.words.get(&fnv(word)).into_iter().flatten().map(|&k| k as usize)
    }
}

/// Per token: is its line a headline — four or more words, no full stop at
/// its end, and every word but the short joining ones capitalised?
fn headline_tokens(doc: &Document) -> Vec<bool> {
    let n = doc.tokens.len();
    let mut out = vec![false; n];
    let mut a = 0;
    while a < n {
        let mut b = a + 1;
        while b < n && same_line(doc, b - 1, b) {
            b += 1;
        }
        let words: Vec<&str> = (a..b).filter(|&k| doc.tokens[k].kind == TokenKind::Word).map(|k| tok(doc, k)).collect();
        let joining = |w: &str| {
            matches!(w, "a" | "an" | "the" | "and" | "or" | "of" | "at" | "in" | "on" | "to" | "for" | "with" | "by" | "as" | "from" | "vs")
        };
        let content: Vec<&&str> = words.iter().filter(|w| !joining(w)).collect();
        let headline = words.len() >= 4
            && !matches!(tok(doc, b - 1), "." | "?" | ":" | "\"" | "”")
            && !content.is_empty()
            && content.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        if headline {
            out[a..b].iter_mut().for_each(|x| *x = true);
        }
        a = b;
    }
    out
}

/// "of Energy, Petroleum and Mines", "for Agriculture, Livestock and Fisheries": the portfolios listed
/// after a minister's title at token `k` — several, closed by "and", each of one to three capitalised
/// words — and the token after them; `None` for one portfolio alone (its comma may open the name).
fn portfolios(doc: &Document, kb: &Kb, k: usize) -> Option<usize> {
    if !matches!(tok(doc, k), "of" | "for") {
        return None;
    }
    more_portfolios(doc, kb, portfolio(doc, k + 1)?)
}

/// One portfolio of one to three capitalised words at token `a` (see [`portfolios`]): the token after it.
fn portfolio(doc: &Document, a: usize) -> Option<usize> {
    (1..=3).rev().find(|&w| (a..a + w).all(|x| is_cap(doc, x) && (x == a || same_line(doc, x - 1, x))) && matches!(tok(doc, a + w), "," | "and" | "." | ";" | ")" | "")).map(|w| a + w)
}

/// The rest of a list of portfolios from token `at`, right after one (see [`portfolios`]): more listed after a
/// comma, as in a ministry's name (`shape::portfolio_tail`), or one more after "and" — unless a given name
/// opens it: "the Minister of Energy and Alex Carter" are two people.
fn more_portfolios(doc: &Document, kb: &Kb, at: usize) -> Option<usize> {
    match tok(doc, at) {
        "," => crate::shape::portfolio_tail(doc, kb, at),
        "and" if !given(kb, tok(doc, at + 1)) => portfolio(doc, at + 1),
        _ => None,
    }
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// "Jan 3", "Sept 14": a month shortened without a full stop, before a day.
/// ("Jan" alone may be a given name: Jan Lipavsky.)
pub fn short_month_before_day(doc: &Document, i: usize) -> bool {
    matches!(tok(doc, i), "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec")
        && doc.tokens.get(i + 1).is_some_and(|t| doc.text[t.span.start..].starts_with(|c: char| c.is_ascii_digit()))
}

/// "Jae-myung", "Ching-te", "Jong-un": at `j` a hyphen touching a
/// lower-case syllable of a Korean, Chinese or Vietnamese given name after a
/// name of two or more words (`words_before`); not a participle or a suffix
/// of compounds ("Moscow-led", "Kyiv-based", "U.S.-run").
pub fn syllable_tail(doc: &Document, j: usize, words_before: usize) -> bool {
    if words_before < 2 || j == 0 || j + 1 >= doc.tokens.len() || tok(doc, j) != "-" {
        return false;
    }
    let touching = doc.tokens[j - 1].span.end == doc.tokens[j].span.start
        && doc.tokens[j].span.end == doc.tokens[j + 1].span.start;
    let w = tok(doc, j + 1);
    touching
        && (2..=5).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !w.ends_with("ed")
        && !matches!(w, "led" | "run" | "born" | "era" | "wide" | "free" | "like" | "made" | "held" | "style" | "based" | "owned" | "elect" | "in-law" | "level")
        && doc.tokens.get(j + 2).is_none_or(|t| doc.tokens[j + 1].span.end != t.span.start || tok(doc, j + 2) != "-")
}

/// "al-", "el-", "ad-": a name particle at `k` joined by a hyphen, touching
/// both sides, to the word after it ("Khalil al-Hayya", "Abdel Fattah el-Sisi").
pub fn hyphened_particle(doc: &Document, kb: &dyad_kb::Kb, k: usize) -> bool {
    k + 2 < doc.tokens.len()
        && kb.name_word(tok(doc, k)).has(dyad_kb::NameWord::HYPHEN_PARTICLE)
        && tok(doc, k + 1) == "-"
        && doc.tokens[k].span.end == doc.tokens[k + 1].span.start
        && doc.tokens[k + 1].span.end == doc.tokens[k + 2].span.start
}

/// The head word of a body's name of several words, when it is a body word:
/// the last word before "of" or "for", else the last ("Supreme Court of
/// Freedonia" → "Court", "Ministry for Trade" → "Ministry", "European
/// Commission" → "Commission").
pub fn body_head<'n>(kb: &dyad_kb::Kb, name: &'n str) -> Option<&'n str> {
    let before = [" of ", " for "].iter().filter_map(|p| name.find(p)).min().map_or(name, |i| &name[..i]);
    let head = before.rsplit(' ').next().unwrap_or(before);
    // ("the Prefectura Naval Argentina … the Prefectura", "Sindicato de Obreros … the Sindicato": a
    // name its body word opens, as Romance languages write them)
    let head = if kb.name_word(head).has(dyad_kb::NameWord::BODY) { head } else { before.split(' ').next().unwrap_or(before) };
    (name.contains(' ') && kb.name_word(head).has(dyad_kb::NameWord::BODY)).then_some(head)
}

/// "… The Tribunal said": the one body word of the name at `toks`, standing
/// after "the" — a short reference to a body named in full before (not "King's
/// College").
pub fn body_word_after_the<'d>(doc: &'d Document, kb: &dyad_kb::Kb, toks: std::ops::Range<usize>) -> Option<&'d str> {
    let w = tok(doc, toks.start);
    // ("A Commission spokesman": or after "a", as the word before a lower-case noun)
    let before = if toks.start > 0 { tok(doc, toks.start - 1) } else { "" };
    let premodifier = matches!(before, "a" | "A" | "an" | "An") && tok(doc, toks.end).chars().next().is_some_and(char::is_lowercase);
    (toks.len() == 1 && toks.start > 0 && (before.eq_ignore_ascii_case("the") || premodifier) && kb.name_word(w).has(dyad_kb::NameWord::BODY)).then_some(w)
}

/// A state's common noun after "the" ("the country", "the kingdom", "the Pacific nation", "the
/// landlocked state"), and what a state must be for the phrase to stand for it.
pub struct StateNoun<'k> {
    /// Token index of "the".
    pub the: usize,
    /// "kingdom", "emirate", "sultanate" or "principality": the state must be one.
    pub kind: Option<&'static str>,
    /// The states the descriptor between "the" and the noun fits, when there is one.
    pub within: Option<&'k [String]>,
}

/// Reads a state's common noun at token `i`. Alone after "the", "country", "nation" and the kinds of
/// monarchy stand for a state; "state" and "republic" only with a descriptor the knowledge base
/// lists ("the Gulf state", "the Central Asian republic"), for "the state" is as often a government or
/// a US state. A descriptor the knowledge base does not list ("the host country") makes no phrase.
pub fn state_noun<'k>(doc: &Document, kb: &'k Kb, i: usize) -> Option<StateNoun<'k>> {
    let kind = match tok(doc, i) {
        "country" | "nation" | "state" | "republic" => None,
        "kingdom" => Some("kingdom"),
        "emirate" => Some("emirate"),
        "sultanate" => Some("sultanate"),
        "principality" => Some("principality"),
        _ => return None,
    };
    for t in (i.saturating_sub(5)..i).rev() {
        let w = tok(doc, t);
        if w.eq_ignore_ascii_case("the") {
            if t + 1 == i {
                return (!matches!(tok(doc, i), "state" | "republic")).then_some(StateNoun { the: t, kind, within: None });
            }
            let desc = &doc.text[doc.tokens[t + 1].span.start..doc.tokens[i - 1].span.end];
            return kb.descriptor(desc).map(|within| StateNoun { the: t, kind, within: Some(within) });
        }
        if !(w == "-" || w.chars().all(char::is_alphabetic)) {
            return None;
        }
    }
    None
}

/// A lower-case noun for a company ("firm", "carmaker", "lender"), by the knowledge base's name words.
pub fn company_noun(kb: &dyad_kb::Kb, w: &str) -> bool {
    kb.name_word(w).has(dyad_kb::NameWord::COMPANY_NOUN)
}
