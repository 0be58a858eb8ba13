//! What dyad knows before it reads: states, organisations, institutions,
//! titles, office holders, places and given names.
//!
//! # Overview
//! The knowledge lives in readable tab-separated files under `data/` (see
//! `data/README.md`), compiled into the binary and parsed once into a [`Kb`]:
//! a gazetteer ([`Kb::find`]: states by name, abbreviation, demonym and
//! metonym; organisations; named institutions; places), matchers for
//! institution nouns ([`Kb::institution_nouns`]) and titles ([`Kb::titles`]),
//! and look-ups for honorifics, given names and office holders with their
//! dates ([`Kb::holders_named`], [`Kb::holder_of`]). Users add files of the
//! same formats with [`Kb::with_extra`]; a malformed line is an error naming
//! the file and line.
//!
//! Matching is leftmost-longest on word boundaries: a match must not be
//! preceded or followed by a letter or digit, so "Baku’s" and
//! "U.S.-Israel-Azerbaijan" match every part while "Iranians" does not match
//! "Iran". Names and abbreviations match case-sensitively ("US" but not
//! "us"); titles and institution nouns case-insensitively, except forms
//! written in capitals ("PM", "MFA").
//!
//! # Example
//! ```
//! use dyad_kb::{Form, Kb};
//! let kb = Kb::builtin();
//! let text = "Baku’s talks with Azerbaijani and U.S. officials";
//! let m = kb.find(text);
//! assert_eq!(&text[m[0].span.start..m[0].span.end], "Baku");
//! assert_eq!(kb.entry(m[0].entry).country.as_deref(), Some("AZE"));
//! assert_eq!(m[0].form, Form::Metonym);
//! ```
#![deny(missing_docs)]

mod load;
mod matcher;

use chrono::NaiveDate;
use dyad_core::{EntityKind, Span};
// (Fx hashing: the knowledge base's maps hold ~100,000 short strings, hashed at every start-up)
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

pub use load::{KbError, GENERIC};

/// Index of an [`Entry`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryId(pub u32);

/// How a gazetteer match names its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// A name ("Azerbaijan", "United Nations").
    Name,
    /// An abbreviation ("U.S.", "UAE", "NATO").
    Abbreviation,
    /// An adjective or demonym ("Azerbaijani", "Israelis").
    Demonym,
    /// A capital or seat of power standing for the state ("Baku", "Moscow").
    Metonym,
}

/// One known actor.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable id ("state:AZE", "org:NATO", "inst:USA:Pentagon", "place:Crimea").
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind of actor.
    pub kind: EntityKind,
    /// ISO3 of its state.
    pub country: Option<String>,
    /// CAMEO-style actor code.
    pub code: Option<String>,
    /// CAMEO sector (GOV, MIL, LEG, MED, IGO, …).
    pub sector: Option<String>,
    /// The other reading when this form is ambiguous ("US state", "given name", "city").
    pub ambiguous: Option<String>,
}

/// A gazetteer hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KbMatch {
    /// Where it stands.
    pub span: Span,
    /// What it names.
    pub entry: EntryId,
    /// How it names it.
    pub form: Form,
}

/// A noun for a state institution ("foreign ministry", "embassy").
#[derive(Clone, Debug, PartialEq)]
pub struct Institution {
    /// Canonical name ("Ministry of Foreign Affairs").
    pub name: String,
    /// CAMEO sector.
    pub sector: String,
    /// Meaningless without a state ("the government" alone names no actor).
    pub needs_state: bool,
}

/// Offices that office-holder records name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Office {
    /// President, monarch, supreme leader.
    HeadOfState,
    /// Prime minister, chancellor, premier.
    HeadOfGovernment,
    /// Foreign minister, secretary of state.
    ForeignMinister,
    /// Defence minister.
    DefenceMinister,
    /// Any other role.
    Other,
}

/// A title or role ("special envoy", "editor").
#[derive(Clone, Debug, PartialEq)]
pub struct Title {
    /// Canonical form.
    pub name: String,
    /// CAMEO sector ("GOV", "MED", …; "" when none).
    pub sector: String,
    /// The office it names, for office-holder look-ups.
    pub office: Option<Office>,
    /// The one state whose office it names ("home secretary": GBR,
    /// "taoiseach": IRL), used when the text names no country.
    pub country: Option<String>,
}

/// One term of office.
#[derive(Clone, Debug, PartialEq)]
pub struct Holder {
    /// Full name.
    pub name: String,
    /// Other forms used in the news.
    pub variants: Vec<String>,
    /// ISO3, or an organisation's code (UNO, NAT, EUR, AFR: the code after
    /// "IGO" in `organizations.tsv`).
    pub country: String,
    /// The office belongs to an international organisation (`country` is no
    /// state's code).
    pub international: bool,
    /// The office.
    pub office: Office,
    /// The role in words ("president", "foreign minister", "special envoy to the middle east").
    pub role: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day; `None` while in office.
    pub end: Option<NaiveDate>,
}

impl Holder {
    /// True when in office on `d`.
    pub fn in_office(&self, d: NaiveDate) -> bool {
        self.start <= d && self.end.is_none_or(|e| d <= e)
    }

    /// True when the office belongs to an international organisation.
    pub fn is_international(&self) -> bool {
        self.international
    }
}

/// What a word tells of a capitalised name it stands in, as classes
/// (`name_words.tsv`): "Agency" names a body, "River" a place, "Accords" a
/// thing. Test with [`NameWord::has`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NameWord(u64);

impl NameWord {
    /// Names a body and joins a run ("Agency", "Party": "the Ministry of Defence").
    pub const BODY: NameWord = NameWord(1);
    /// As the last word settles an organisation ("Herald", "Airlines").
    pub const BODY_END: NameWord = NameWord(1 << 1);
    /// Makes the name a body, no person, without joining runs ("Force", "Hotel").
    pub const BODY_KIND: NameWord = NameWord(1 << 2);
    /// As the last word makes a place ("River", "County").
    pub const PLACE: NameWord = NameWord(1 << 3);
    /// Makes the name a place or site, no person ("Stadium", "Gym").
    pub const SITE: NameWord = NameWord(1 << 4);
    /// Takes "of" and a name ("Strait of Hormuz").
    pub const PLACE_OF: NameWord = NameWord(1 << 5);
    /// Opens a place's name ("Mount", "Lake").
    pub const PLACE_OPENER: NameWord = NameWord(1 << 6);
    /// A place's kind the text may drop later ("the Dnipro River" … "the Dnipro").
    pub const DROPPABLE: NameWord = NameWord(1 << 7);
    /// Makes the name a thing, not an actor ("Accords", "Summit").
    pub const THING: NameWord = NameWord(1 << 8);
    /// A military unit, which takes an ordinal ("Brigade").
    pub const UNIT: NameWord = NameWord(1 << 9);
    /// A monarch's or pope's title, whose regnal number follows the name.
    pub const ROYAL: NameWord = NameWord(1 << 10);
    /// Opens a storm's or a vessel's name ("Cyclone", "HMS").
    pub const STORM: NameWord = NameWord(1 << 11);
    /// A company's legal form after a comma ("Inc.", "GmbH").
    pub const LEGAL_FORM: NameWord = NameWord(1 << 12);
    /// An ordinary word opening sentences, easily taken for a name's first word ("Later").
    pub const OPENER: NameWord = NameWord(1 << 13);
    /// A lower-case word inside a person's name ("bin", "von", "de").
    pub const PARTICLE: NameWord = NameWord(1 << 14);
    /// A particle joined to the surname by a hyphen ("al-Hayya"), which the surname keeps or drops.
    pub const HYPHEN_PARTICLE: NameWord = NameWord(1 << 15);
    /// A Romance article opening a name ("La Razón", "El Universal"): an outlet's or a body's, seldom a person's.
    pub const ARTICLE: NameWord = NameWord(1 << 16);
    /// A common noun that, right before a name, says it is a body's ("the band X", "the militia X").
    pub const BODY_NOUN: NameWord = NameWord(1 << 17);
    /// A common noun that, before "of" and a name, says it is a place's ("the town of X").
    pub const PLACE_NOUN: NameWord = NameWord(1 << 18);
    /// A peer's title that, with "of" and a place, names a person ("the Duke of Sussex").
    pub const PEERAGE: NameWord = NameWord(1 << 19);
    /// A common noun that, heading a definition ("X is a bicycle manufacturer"), says the name is a body's.
    pub const BODY_DEF: NameWord = NameWord(1 << 20);
    /// A common noun that, heading a definition ("X is a hamlet in …"), says the name is a place's.
    pub const PLACE_DEF: NameWord = NameWord(1 << 21);
    /// The last word of a political party's name ("Party"): a body so named is a party (CAMEO PTY).
    pub const PARTY: NameWord = NameWord(1 << 22);
    /// A family name written before the given name ("Liu" in "Liu Wenjun", "Park" in "Park Jin"), which
    /// alone names the person.
    pub const FAMILY_FIRST: NameWord = NameWord(1 << 23);
    /// The last word of a sports club's name after its town ("Adelaide United", "Bristol Rovers"): with a
    /// town before it, the name is the club's.
    pub const CLUB: NameWord = NameWord(1 << 24);
    /// The last word of a news outlet's name ("Herald", "Times"): a body so named is an outlet (CAMEO MED),
    /// and one named after a town is published there ("the Osaka Herald").
    pub const OUTLET: NameWord = NameWord(1 << 25);
    /// A lower-case noun that, right after a name, makes it a place's ("the Chenab river", "the Rogun dam",
    /// "Khorezm region").
    pub const GEO_NOUN: NameWord = NameWord(1 << 26);
    /// A lower-case noun for a ship that, right before a name or in apposition to it, makes it a vessel's
    /// ("the tanker Eagle S", "the ship, the Aurora Bay,"): a thing, not an actor or a place.
    pub const VESSEL_NOUN: NameWord = NameWord(1 << 27);
    /// A lower-case noun for a company ("firm", "carmaker", "lender"): in apposition it makes a name a
    /// company's ("Titan, a California-based company"), after "the" it stands for the company the story
    /// is about ("the firm said"), and as a possessor it gives an officer their company ("the carmaker's
    /// chief executive").
    pub const COMPANY_NOUN: NameWord = NameWord(1 << 28);
    /// A word that sets a body above or across states ("International", "Global", "African", "Pacific"): an
    /// unknown body so named is no one state's, whichever state the story is set in.
    pub const BEYOND_STATES: NameWord = NameWord(1 << 29);
    /// A word that, heading a body's name, makes it a company's by its trade or form ("Lehman Brothers",
    /// "Daiwa Securities", "Forest Laboratories"): a firm may trade from anywhere, whichever state the
    /// story is set in.
    pub const FIRM_HEAD: NameWord = NameWord(1 << 30);
    /// A lower-case noun for a person by trade, calling or place in life ("engineer", "teacher",
    /// "widow"): heading an apposition or a description after "is a", it says the name before is a person's.
    pub const PERSON_NOUN: NameWord = NameWord(1 << 31);
    /// A lower-case noun for a body most often of the place a story is set in ("the daily X", "the
    /// cooperative X", "the hauliers' association X"): right before a name the knowledge base does not
    /// know, in a story set in one state, it makes the body that state's.
    pub const LOCAL_NOUN: NameWord = NameWord(1 << 32);
    /// A body word that heads the name of a state's own agency ("Agency", "Directorate", "Service"): a
    /// body it heads, named with no state and nothing that sets it above states, is a state body (GOV).
    pub const STATE_HEAD: NameWord = NameWord(1 << 33);
    /// A lower-case word for a currency ("franc", "shilling"), after which a name is the currency's.
    pub const CURRENCY: NameWord = NameWord(1 << 34);

    /// The class written `name` in the data file.
    pub fn named(name: &str) -> Option<NameWord> {
        Some(match name {
            "body" => Self::BODY,
            "body_end" => Self::BODY_END,
            "body_kind" => Self::BODY_KIND,
            "place" => Self::PLACE,
            "site" => Self::SITE,
            "place_of" => Self::PLACE_OF,
            "place_opener" => Self::PLACE_OPENER,
            "droppable" => Self::DROPPABLE,
            "thing" => Self::THING,
            "unit" => Self::UNIT,
            "royal" => Self::ROYAL,
            "storm" => Self::STORM,
            "legal_form" => Self::LEGAL_FORM,
            "opener" => Self::OPENER,
            "particle" => Self::PARTICLE,
            "hyphen_particle" => Self::HYPHEN_PARTICLE,
            "article" => Self::ARTICLE,
            "body_noun" => Self::BODY_NOUN,
            "place_noun" => Self::PLACE_NOUN,
            "peerage" => Self::PEERAGE,
            "body_def" => Self::BODY_DEF,
            "place_def" => Self::PLACE_DEF,
            "party" => Self::PARTY,
            "family_first" => Self::FAMILY_FIRST,
            "club" => Self::CLUB,
            "outlet" => Self::OUTLET,
            "geo_noun" => Self::GEO_NOUN,
            "vessel_noun" => Self::VESSEL_NOUN,
            "company_noun" => Self::COMPANY_NOUN,
            "beyond_states" => Self::BEYOND_STATES,
            "firm_head" => Self::FIRM_HEAD,
            "person_noun" => Self::PERSON_NOUN,
            "local_noun" => Self::LOCAL_NOUN,
            "state_head" => Self::STATE_HEAD,
            "currency" => Self::CURRENCY,
            _ => return None,
        })
    }

    /// True when the word belongs to `class`.
    pub fn has(self, class: NameWord) -> bool {
        self.0 & class.0 != 0
    }

    fn with(self, class: NameWord) -> NameWord {
        NameWord(self.0 | class.0)
    }
}

/// The compiled knowledge base. Cheap to share (`&'static` or by reference).
pub struct Kb {
    entries: Vec<Entry>,
    states: HashMap<String, EntryId>,
    gazetteer: matcher::Matcher<(EntryId, Form)>,
    institutions: Vec<Institution>,
    inst_matcher: matcher::Matcher<usize>,
    titles: Vec<Title>,
    title_matcher: matcher::Matcher<usize>,
    honorifics: HashSet<String>,
    honorific_states: HashMap<String, String>,
    legal_form_states: HashMap<String, String>,
    domain_states: HashMap<String, String>,
    outlets: HashMap<String, Vec<EntryId>>,
    nicknames: HashMap<String, Vec<String>>,
    given_origins: HashMap<String, Vec<String>>,
    surname_origins: HashMap<String, Vec<String>>,
    /// Surname endings distinctive of one naming culture ("shvili", "yan"), longest first.
    surname_endings: Vec<(String, Vec<String>)>,
    descriptors: HashMap<String, Vec<String>>,
    state_kinds: HashMap<String, Vec<String>>,
    languages: HashSet<String>,
    terms: HashSet<String>,
    given: HashSet<String>,
    given_maybe: HashSet<String>,
    given_sex: HashMap<String, dyad_core::Gender>,
    surnames: NameSet,
    holders: Vec<Holder>,
    holders_by_name: HashMap<String, Vec<usize>>,
    holders_by_surname: HashMap<String, Vec<usize>>,
    populated: PlaceNames,
    name_words: HashMap<String, NameWord>,
    combining: HashMap<String, EntryId>,
    org_words: NameSet,
    place_words: NameSet,
    shared: HashMap<String, Vec<EntryId>>,
}

/// A set of names kept as their 64-bit FNV-1a hashes: quick to build from
/// the 135,000 built-in place names and looked up without comparing strings
/// (a false hit needs two names to share 64 bits).
#[derive(Default)]
pub(crate) struct NameSet {
    hashes: std::collections::HashSet<u64, std::hash::BuildHasherDefault<HashIsKey>>,
}

/// The keys are hashes already: a hasher that passes them through.
#[derive(Default)]
pub(crate) struct HashIsKey(u64);

impl std::hash::Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // only u64 keys are hashed; fold anything else in for completeness
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Every letter upper case, at least two of them ("MR.", "NATO").
pub fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
}

/// "MR." → "Mr.", "MILLER" → "Miller": a word written in capitals, in title case.
pub fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// Names of towns and regions (as hashes, like [`NameSet`]) with the
/// countries that have a place of that name; each distinct list of
/// countries ("USA", "AUS;USA") is kept once. GeoNames' towns come compiled
/// by `build.rs` (12-byte records: the name's hash and its list's index,
/// little-endian, sorted by hash); names from other files are held beside them.
pub(crate) struct PlaceNames {
    table: &'static [u8],
    by_hash: std::collections::HashMap<u64, u32, std::hash::BuildHasherDefault<HashIsKey>>,
    lists: Vec<String>,
}

/// GeoNames' towns, compiled by `build.rs` from `data/populated_places.txt`.
const GEONAMES_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/populated_table.bin"));
const GEONAMES_LISTS: &str = include_str!(concat!(env!("OUT_DIR"), "/populated_lists.txt"));
/// The last words that many GeoNames towns share ("Springs", "Heights"), one per line.
pub(crate) const GEONAMES_COMMON_LAST: &str = include_str!(concat!(env!("OUT_DIR"), "/populated_common_last.txt"));

impl PlaceNames {
    /// GeoNames' towns, as compiled.
    pub(crate) fn geonames() -> PlaceNames {
        PlaceNames { table: GEONAMES_TABLE, by_hash: Default::default(), lists: GEONAMES_LISTS.split('\n').map(str::to_string).collect() }
    }

    /// More lines `name` or `name<TAB>ISO3;ISO3` after those already held; a name given twice gets
    /// the countries of both lines.
    pub(crate) fn extend<'a>(&mut self, lines: impl IntoIterator<Item = &'a str>) {
        let out = self;
        let mut interned: HashMap<String, u32> = out.lists.iter().enumerate().map(|(i, l)| (l.clone(), i as u32)).collect();
        for line in lines {
            let (name, codes) = line.split_once('\t').unwrap_or((line, ""));
            let (h, codes) = (fnv1a(name.trim()), codes.trim());
            let i = match out.index(h) {
                // a name given again (a user's file): the countries of both lines
                Some(i) if codes.is_empty() => i,
                Some(i) if !out.lists[i as usize].is_empty() => {
                    let mut all: Vec<&str> = out.lists[i as usize].split(';').chain(codes.split(';')).collect();
                    all.sort_unstable();
                    all.dedup();
                    out.intern(&mut interned, &all.join(";"))
                }
                _ => out.intern(&mut interned, codes),
            };
            out.by_hash.insert(h, i);
        }
    }

    /// The index of `codes` in `lists`, added when new (most lines share a list).
    fn intern(&mut self, interned: &mut HashMap<String, u32>, codes: &str) -> u32 {
        if let Some(&i) = interned.get(codes) {
            return i;
        }
        let i = self.lists.len() as u32;
        self.lists.push(codes.to_string());
        interned.insert(codes.to_string(), i);
        i
    }

    /// The list index of the name with hash `h`: a later file's line first, then the compiled table.
    fn index(&self, h: u64) -> Option<u32> {
        if let Some(&i) = self.by_hash.get(&h) {
            return Some(i);
        }
        let record = |k: usize| {
            let r = &self.table[k * 12..k * 12 + 12];
            (u64::from_le_bytes(r[..8].try_into().expect("8 bytes")), u32::from_le_bytes(r[8..].try_into().expect("4 bytes")))
        };
        let (mut lo, mut hi) = (0, self.table.len() / 12);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (key, i) = record(mid);
            match key.cmp(&h) {
                std::cmp::Ordering::Equal => return Some(i),
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        None
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.index(fnv1a(name)).map(|i| self.lists[i as usize].as_str())
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.table.len() / 12 + self.by_hash.len()
    }
}

impl NameSet {
    pub(crate) fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> NameSet {
        NameSet { hashes: names.into_iter().map(fnv1a).collect() }
    }

    pub(crate) fn contains(&self, name: &str) -> bool {
        self.hashes.contains(&fnv1a(name))
    }

    pub(crate) fn insert(&mut self, name: &str) {
        self.hashes.insert(fnv1a(name));
    }

}

impl std::fmt::Debug for Kb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kb")
            .field("entries", &self.entries.len())
            .field("titles", &self.titles.len())
            .field("holders", &self.holders.len())
            .finish()
    }
}

static BUILTIN: OnceLock<Kb> = OnceLock::new();

impl Kb {
    /// The built-in knowledge, parsed on first use.
    pub fn builtin() -> &'static Kb {
        BUILTIN.get_or_init(|| {
            // The built-in files are tested; a failure here is a build defect.
            Kb::with_extra(&[]).unwrap_or_else(|e| panic!("built-in knowledge base is malformed: {e}"))
        })
    }

    /// The built-in knowledge plus user files `(file name, content)`. The
    /// file's kind comes from its name: `states*`, `organizations*`,
    /// `institutions*`, `institution_nouns*`, `titles*`, `places*`,
    /// `leaders*`, `heads_of_state*`, `honorifics*`, `languages*`, `given_names*`, `given_name_sex*`, `surnames*`,
    /// `populated_places*`, `terms*`, `name_words*`, `nicknames*`, `regions*`, `legal_forms*`,
    /// `country_domains*`, `combining_forms*`.
    pub fn with_extra(files: &[(String, String)]) -> Result<Kb, KbError> {
        load::build(files)
    }

    /// Every gazetteer hit, leftmost-longest, on word boundaries, sorted by start.
    pub fn find(&self, text: &str) -> Vec<KbMatch> {
        self.gazetteer
            .find(text)
            .into_iter()
            .map(|(span, &(entry, form))| KbMatch { span, entry, form })
            .collect()
    }

    /// The states (or the bodies) a form written so may name when several
    /// share it ("Congolese": the Democratic Republic of the Congo and the
    /// Republic of the Congo; "BNP": two parties), the one listed first first;
    /// empty for any other form.
    pub fn states_sharing(&self, form: &str) -> &[EntryId] {
        self.shared.get(form).map_or(&[], Vec::as_slice)
    }

    /// The entry behind an id.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// The state with this ISO3 code.
    pub fn state(&self, iso3: &str) -> Option<&Entry> {
        self.states.get(iso3).map(|&id| self.entry(id))
    }

    /// Institution nouns in `text` ("foreign ministry", "MFA", "embassy").
    pub fn institution_nouns(&self, text: &str) -> Vec<(Span, &Institution)> {
        self.inst_matcher.find(text).into_iter().map(|(s, &i)| (s, &self.institutions[i])).collect()
    }

    /// Titles and roles in `text` ("special envoy", "PM", "editor").
    pub fn titles(&self, text: &str) -> Vec<(Span, &Title)> {
        self.title_matcher.find(text).into_iter().map(|(s, &i)| (s, &self.titles[i])).collect()
    }

    /// True for a language name that is no state's demonym ("English", "Pashto").
    pub fn language(&self, word: &str) -> bool {
        self.languages.contains(word)
    }

    /// True for a word of some known body's name ("Transport", "Council")
    /// that is not itself a state's name or adjective.
    pub fn org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// What `word` tells of a name it stands in ("Agency": a body); no
    /// class for most words.
    pub fn name_word(&self, word: &str) -> NameWord {
        self.name_words.get(word).copied().unwrap_or_default()
    }

    /// True for a word of some known place's name, or the last word many
    /// GeoNames places share ("Springs", "Heights", "Beach").
    pub fn place_word(&self, word: &str) -> bool {
        self.place_words.contains(word)
    }

    /// True for a one-word name of a thing, not an actor: an acronym ("GDP",
    /// "UAV", "DNA"), an award ("Oscar"), a disease, a currency.
    pub fn term(&self, word: &str) -> bool {
        self.terms.contains(word)
    }

    /// The state whose combining form `word` is ("Franco" in "Franco-British", "Sino"), to be read
    /// only before a hyphen.
    pub fn combining_form(&self, word: &str) -> Option<EntryId> {
        self.combining.get(word).copied()
    }

    /// The one state whose title an honorific is ("Lord", "Baroness": GBR), if any.
    pub fn honorific_state(&self, word: &str) -> Option<&str> {
        self.honorific_states.get(word).map(String::as_str)
    }

    /// The state whose country-code internet domain `domain` is ("az": AZE), when sites under it are
    /// that state's; none for a domain the world uses for other things ("io", "tv").
    pub fn domain_state(&self, domain: &str) -> Option<&str> {
        self.domain_states.get(domain).map(String::as_str)
    }

    /// The outlets whose name in the knowledge base, without a leading "The" and a qualifier in brackets
    /// ("Dawn (newspaper)", "The Star (Kenya)", "The Guardian"), is `name`: those written with a
    /// qualifier are named so only where the text reads the name as an outlet's.
    pub fn outlets_named(&self, name: &str) -> &[EntryId] {
        self.outlets.get(name).map_or(&[], Vec::as_slice)
    }

    /// The one state whose company law a legal form belongs to ("Berhad": MYS, "Oyj": FIN), if any.
    pub fn legal_form_state(&self, form: &str) -> Option<&str> {
        self.legal_form_states.get(form).map(String::as_str)
    }

    /// Is `word` an honorific ("Mr", "Dr.")?
    pub fn honorific(&self, word: &str) -> bool {
        self.honorifics.contains(word) || (word.len() >= 2 && is_all_caps(word) && self.honorifics.contains(&title_case(word)))
    }

    /// Do the state's names call it a `kind` of state ("kingdom", "emirate", "sultanate", "principality",
    /// "republic", "federation", "duchy")? Bahrain is a kingdom, the United Arab Emirates an emirate.
    pub fn state_is(&self, iso3: &str, kind: &str) -> bool {
        self.state_kinds.get(iso3).is_some_and(|k| k.iter().any(|x| x == kind))
    }

    /// The states a descriptor fits, as news writes it between "the" and "nation" ("Pacific",
    /// "Central Asian", "landlocked", "nuclear-armed"); `None` for a descriptor the knowledge base
    /// does not list. A capitalised first letter is also tried in lower case ("Landlocked").
    pub fn descriptor(&self, words: &str) -> Option<&[String]> {
        self.descriptors.get(words).or_else(|| {
            let mut c = words.chars();
            let first = c.next()?;
            first.is_uppercase().then(|| first.to_lowercase().chain(c).collect::<String>()).and_then(|w| self.descriptors.get(&w))
        }).map(Vec::as_slice)
    }

    /// Is one of two given names a listed short form of the other ("Bob" and "Robert", "Meg" and
    /// "Margaret")?
    pub fn short_form(&self, a: &str, b: &str) -> bool {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        let of = |s: &str, f: &str| self.nicknames.get(s).is_some_and(|fulls| fulls.iter().any(|x| x == f));
        of(&a, &b) || of(&b, &a)
    }

    /// The states whose citizens mostly bear `word` as a given name (`given`) or as a surname, when the
    /// name is distinctive of one naming culture ("Mehmet": Türkiye); `None` for a name the knowledge base
    /// does not tie to a few states. Evidence only for choosing among states a text names already.
    pub fn name_origin(&self, word: &str, given: bool) -> Option<&[String]> {
        let map = if given { &self.given_origins } else { &self.surname_origins };
        map.get(word).map(Vec::as_slice).or_else(|| {
            // (a surname no list holds, by its ending — "Abashidze" by "-dze" — where the word is longer than
            // the ending by three letters at least)
            (!given)
                .then(|| {
                    let n = word.chars().count();
                    self.surname_endings.iter().find(|(e, _)| n >= e.chars().count() + 3 && word.ends_with(e.as_str()) && word.starts_with(char::is_uppercase))
                })
                .flatten()
                .map(|(_, states)| states.as_slice())
        })
    }

    /// Does `word` end as the surnames of one naming culture do ("Tsintsadze", "Hojamyradov"), longer than
    /// the ending by three letters at least?
    pub fn surname_ending(&self, word: &str) -> bool {
        let n = word.chars().count();
        word.starts_with(char::is_uppercase) && self.surname_endings.iter().any(|(e, _)| n >= e.chars().count() + 3 && word.ends_with(e.as_str()))
    }

    /// Likelihood that `word` is a given name: 1.0 when listed, 0.3 when listed
    /// as `maybe` (a word too: "Mark", "Grant"; or rare: "Salomon").
    pub fn given_name(&self, word: &str) -> Option<f32> {
        if self.given.contains(word) {
            Some(1.0)
        } else {
            self.given_maybe.contains(word).then_some(0.3)
        }
    }

    /// The sex a given name is used for, when it is used overwhelmingly for one ("Olena", "Michael").
    pub fn given_name_sex(&self, word: &str) -> Option<dyad_core::Gender> {
        self.given_sex.get(word).copied()
    }

    /// True when `word` is a common surname.
    pub fn surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// Office holders whose surname is `surname` — including surnames that are given names too
    /// ("Blair", "Howard"), which [`Kb::holders_named`] leaves out: for use after an honorific.
    pub fn holders_with_surname(&self, surname: &str) -> Vec<&Holder> {
        self.holders_by_surname
            .get(&surname.to_lowercase())
            .map(|v| v.iter().map(|&i| &self.holders[i]).collect())
            .unwrap_or_default()
    }

    /// Office holders known by this full name, variant or (when the surname
    /// is not also a common given name) surname.
    pub fn holders_named(&self, name: &str) -> Vec<&Holder> {
        self.holders_by_name
            .get(&name.to_lowercase())
            .map(|v| v.iter().map(|&i| &self.holders[i]).collect())
            .unwrap_or_default()
    }

    /// Who held `office` in `country` on `on` (the latest to take office, if several).
    pub fn holder_of(&self, country: &str, office: Office, on: NaiveDate) -> Option<&Holder> {
        self.holders
            .iter()
            .filter(|h| h.country == country && h.office == office && h.in_office(on))
            .max_by_key(|h| h.start)
    }

    /// True when `name` is, somewhere in the world, the name of a town or
    /// region (GeoNames, written in ASCII:
    /// "Pláka" is looked up as "Plaka"). Evidence, not identity: "Victoria",
    /// "Clinton" and "Reading" are places too.
    pub fn populated_place(&self, name: &str) -> bool {
        self.populated_entry(name).is_some()
    }

    /// The ISO3 codes of the countries that have a town or region called
    /// `name` (GeoNames; empty for names unknown or listed without
    /// countries): "Arica" → CHL; "Victoria" → sixteen countries.
    pub fn place_countries(&self, name: &str) -> Vec<&str> {
        self.populated_entry(name).map(|l| l.split(';').filter(|c| !c.is_empty()).collect()).unwrap_or_default()
    }

    fn populated_entry(&self, name: &str) -> Option<&str> {
        self.populated.get(name).or_else(|| {
            if name.is_ascii() {
                None
            } else {
                self.populated.get(&deunicode::deunicode(name))
            }
        })
    }

    /// All entries (for tooling and tests).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(kb: &Kb, text: &'t str) -> Vec<(&'t str, String, Form)> {
        kb.find(text)
            .into_iter()
            .map(|m| (&text[m.span.start..m.span.end], kb.entry(m.entry).id.clone(), m.form))
            .collect()
    }

    #[test]
    fn builtin_loads_and_is_sizeable() {
        let kb = Kb::builtin();
        assert!(kb.entries().iter().filter(|e| e.kind == EntityKind::State).count() >= 195);
        assert!(kb.state("AZE").is_some());
        assert!(!kb.holders_named("Vladimir Putin").is_empty());
    }

    #[test]
    fn populated_places_are_found_folded_and_extended() {
        let kb = Kb::builtin();
        assert!(kb.populated.len() > 100_000);
        assert!(kb.populated_place("Sao Paulo"));
        assert!(kb.populated_place("São Paulo"), "accents are folded to GeoNames' ASCII");
        assert!(!kb.populated_place("sao paulo"), "names match as written");
        assert!(!kb.populated_place("Zzyzxq"));
        let extra = vec![("populated_places_mine.txt".to_string(), "# mine\nZzyzxq\nArica\tZZA\n".to_string())];
        let mine = Kb::with_extra(&extra).unwrap();
        assert!(mine.populated_place("Zzyzxq"));
        assert!(mine.place_countries("Zzyzxq").is_empty());
        assert_eq!(mine.place_countries("Arica"), ["CHL", "ZZA"], "a user's line adds a country");
        assert_eq!(kb.place_countries("Arica"), ["CHL"]);
        assert!(kb.place_countries("Victoria").len() > 5);
        assert_eq!(kb.place_countries("Kharkiv"), ["UKR"]);
        // the last words many places share, read from the names alone (not the country column)
        assert!(kb.place_word("Springs") && kb.place_word("Heights"));
        assert!(!kb.place_word("USA") && !kb.place_word("CHL"));
    }

    #[test]
    fn a_head_of_state_is_called_what_the_state_called_the_office_in_their_time() {
        let kb = Kb::builtin();
        let role = |name: &str| kb.holders_named(name).first().map(|h| h.role.clone());
        assert!(kb.holders_named("Elizabeth II").iter().all(|h| h.role == "queen"), "in each of her realms");
        assert_eq!(role("Haile Selassie").as_deref(), Some("emperor"));
        assert_eq!(role("Emmanuel Macron").as_deref(), Some("president"));
        // (a user's file with a bad date names file and line)
        let bad = Kb::with_extra(&[("heads_of_state_mine.tsv".to_string(), "XXA\tking\tlong ago\n".to_string())]).unwrap_err();
        assert!(bad.to_string().contains("heads_of_state_mine.tsv") && bad.to_string().contains('1'), "{bad}");
    }

    #[test]
    fn the_compiled_geonames_table_answers_every_line_of_the_file() {
        let towns = PlaceNames::geonames();
        let lines: Vec<&str> = load::POPULATED_PLACES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        assert_eq!(towns.len(), lines.len());
        for line in lines {
            let (name, codes) = line.split_once('\t').unwrap_or((line, ""));
            assert_eq!(towns.get(name), Some(codes.trim()), "{name}");
        }
        assert_eq!(towns.get("Zzyzxq Springs"), None);
    }

    #[test]
    fn a_person_s_name_in_a_place_s_name_is_no_place_word() {
        let extra = vec![("places_mine.tsv".to_string(), "Puerto Williams\t\tCHL\nPuerto Zoltrane\t\tCHL\n".to_string())];
        let mine = Kb::with_extra(&extra).unwrap();
        assert!(mine.place_word("Zoltrane"));
        assert!(!mine.place_word("Williams"), "a surname");
    }

    #[test]
    fn a_states_names_say_what_kind_of_state_it_is() {
        let kb = Kb::builtin();
        assert!(kb.state_is("SAU", "kingdom") && kb.state_is("GBR", "kingdom") && kb.state_is("BHR", "kingdom"));
        assert!(kb.state_is("ARE", "emirate"), "from \"United Arab Emirates\"");
        assert!(kb.state_is("OMN", "sultanate") && !kb.state_is("OMN", "kingdom"));
        assert!(!kb.state_is("KEN", "kingdom"));
    }

    #[test]
    fn short_forms_of_given_names_both_ways_and_a_users_file() {
        let kb = Kb::builtin();
        assert!(kb.short_form("Bob", "Robert") && kb.short_form("Robert", "Bob"));
        assert!(kb.short_form("meg", "MARGARET"), "case does not matter");
        assert!(!kb.short_form("Bob", "William"));
        let mine = Kb::with_extra(&[("nicknames_mine.tsv".to_string(), "Zizi\tZinaida\n".to_string())]).unwrap();
        assert!(mine.short_form("Zizi", "Zinaida"));
        let bad = Kb::with_extra(&[("nicknames_bad.tsv".to_string(), "# ok\nZizi Zinaida\n".to_string())]).err().map(|e| e.to_string());
        assert!(bad.as_deref().is_some_and(|m| m.contains("nicknames_bad.tsv") && m.contains('2')), "{bad:?}");
    }

    #[test]
    fn a_sorted_name_list_is_searched_by_halves() {
        let text = "# header\n# more\nAbc\tX\nGao\tMLI\nGao'an\tCHN\nNato\tPHL\nZed\tY";
        for name in ["Abc", "Gao", "Gao'an", "Nato", "Zed"] {
            assert!(crate::load::sorted_names_contain(text, name), "{name}");
        }
        for name in ["Ab", "Ga", "Gao'", "Natz", "Zee", "", "# header"] {
            assert!(!crate::load::sorted_names_contain(text, name), "{name}");
        }
        // a town's name is no acronym's word ("Rieti"), but an international body's is ("Nato")
        let kb = Kb::builtin();
        assert!(kb.populated_place("Rieti"));
    }

    #[test]
    fn a_body_named_after_a_person_lends_no_word_to_bodies() {
        let rows = "Eduardo Quenguele University\t\torganization\tMOZ\tMOZEDU\tEDU\nZambezi Quorvane Authority\t\torganization\tMOZ\tMOZGOV\tGOV\n";
        let kb = Kb::with_extra(&[("organizations_mine.tsv".to_string(), rows.to_string())]).unwrap();
        assert!(!kb.org_word("Quenguele"), "a person's surname is no body's word");
        assert!(kb.org_word("Quorvane"));
    }

    #[test]
    fn descriptors_name_the_states_they_fit() {
        let kb = Kb::builtin();
        let fits = |d: &str, c: &str| kb.descriptor(d).is_some_and(|w| w.iter().any(|x| x == c));
        assert!(fits("Central Asian", "UZB") && !fits("Central Asian", "RUS"));
        assert!(fits("landlocked", "MNG") && fits("Landlocked", "MNG"), "a capital first letter is tried in lower case");
        assert!(kb.descriptor("host").is_none());
        let mine = Kb::with_extra(&[("regions_mine.tsv".to_string(), "Danubian\tAUT;HUN\n".to_string())]).unwrap();
        assert!(mine.descriptor("Danubian").is_some_and(|w| w.len() == 2));
        let bad = Kb::with_extra(&[("regions_bad.tsv".to_string(), "# ok\nDanubian\tAustria\n".to_string())]).err().map(|e| e.to_string());
        assert!(bad.as_deref().is_some_and(|m| m.contains("regions_bad.tsv") && m.contains('2')), "{bad:?}");
    }

    #[test]
    fn a_name_s_origin_is_read_by_its_part_and_a_bad_line_names_file_and_line() {
        let rows = "# names\nQuorvanu\tgiven\tMOZ;MWI\nTelmavi\tany\tZMB\n";
        let kb = Kb::with_extra(&[("name_origins_mine.tsv".to_string(), rows.to_string())]).unwrap();
        assert_eq!(kb.name_origin("Quorvanu", true), Some(&["MOZ".to_string(), "MWI".to_string()][..]));
        assert_eq!(kb.name_origin("Quorvanu", false), None, "a given name is no surname");
        assert!(kb.name_origin("Telmavi", true).is_some() && kb.name_origin("Telmavi", false).is_some());
        // (a surname's ending, for surnames no line lists: longer words only, never a given name)
        let ends = Kb::with_extra(&[("name_origins_end.tsv".to_string(), "-qorvi\tending\tMOZ\n".to_string())]).unwrap();
        assert_eq!(ends.name_origin("Teleqorvi", false), Some(&["MOZ".to_string()][..]));
        assert_eq!(ends.name_origin("Teleqorvi", true), None);
        assert_eq!(ends.name_origin("Aqorvi", false), None, "too short to be more than the ending");
        for bad in ["Quorvanu\tgiven\n", "Quorvanu\tfirst\tMOZ\n", "Quorvanu\tgiven\tMozambique\n", "Quorvanu\tgiven\tA01;MOZ\n", "qorvi\tending\tMOZ\n"] {
            let e = Kb::with_extra(&[("name_origins_bad.tsv".to_string(), format!("# x\n{bad}"))]).err().map(|e| e.to_string());
            assert!(e.as_deref().is_some_and(|m| m.contains("name_origins_bad.tsv") && m.contains('2')), "{bad:?}: {e:?}");
        }
    }

    #[test]
    fn compounds_possessives_and_case() {
        let kb = Kb::builtin();
        let f = found(kb, "the U.S.-Israel-Azerbaijan alliance, Baku’s view, Russian-led blocs, tell us");
        let surf: Vec<&str> = f.iter().map(|x| x.0).collect();
        assert_eq!(surf, vec!["U.S.", "Israel", "Azerbaijan", "Baku", "Russian"]);
        assert_eq!(f[4].2, Form::Demonym);
        assert_eq!(f[3].2, Form::Metonym);
        assert!(found(kb, "Iranians protested").iter().all(|x| x.0 != "Iran"));
    }

    #[test]
    fn ambiguous_forms_are_flagged() {
        let kb = Kb::builtin();
        let m = kb.find("Georgia and Tbilisi");
        assert_eq!(kb.entry(m[0].entry).ambiguous.as_deref(), Some("US state"));
        assert_eq!(kb.entry(m[1].entry).ambiguous, None);
        assert_eq!(kb.entry(m[0].entry).country, kb.entry(m[1].entry).country);
    }

    #[test]
    fn titles_and_nouns_match_case_insensitively_except_capitals() {
        let kb = Kb::builtin();
        let t = "The Special Envoy met the PM and the national security advisor; pm at noon";
        let got: Vec<String> = kb.titles(t).into_iter().map(|(_, t)| t.name.clone()).collect();
        assert_eq!(got, vec!["special envoy", "prime minister", "national security advisor"]);
        let n: Vec<String> =
            kb.institution_nouns("the Azerbaijani MFA and Russia's Defence Ministry").into_iter().map(|(_, i)| i.name.clone()).collect();
        assert_eq!(n, vec!["Ministry of Foreign Affairs", "Ministry of Defence"]);
    }

    #[test]
    fn office_holders_by_date() {
        let kb = Kb::builtin();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(kb.holder_of("USA", Office::HeadOfState, d("2022-06-01")).unwrap().name, "Joe Biden");
        assert_eq!(kb.holder_of("USA", Office::HeadOfState, d("2025-06-01")).unwrap().name, "Donald Trump");
        assert!(kb.holders_named("Erdogan").iter().all(|h| h.country == "TUR"));
        // a surname that is also a common given name is not indexed alone
        assert!(kb.holders_named("Martin").is_empty());
    }

    #[test]
    fn every_office_belongs_to_a_state_or_to_a_listed_organisation() {
        let kb = Kb::builtin();
        let igo: HashSet<&str> =
            kb.entries().iter().filter_map(|e| e.code.as_deref()?.strip_prefix("IGO")).collect();
        for h in &kb.holders {
            if h.international {
                assert!(
                    igo.iter().any(|c| c.starts_with(h.country.as_str())),
                    "{} ({}): no state and no organisation has that code",
                    h.name,
                    h.country
                );
            } else {
                assert!(kb.state(&h.country).is_some(), "{}", h.name);
            }
        }
        let au = kb.holders_named("Moussa Faki");
        assert!(au.iter().any(|h| h.international && h.country == "AFR"));
        assert!(au.iter().any(|h| !h.international && h.country == "TCD"));
    }

    #[test]
    fn user_files_extend_and_errors_name_the_line() {
        let extra = vec![("my/states_extra.tsv".to_string(), "XXA\tFreedonia\t\tFreedonian\tFreedonia City\n".to_string())];
        let kb = Kb::with_extra(&extra).unwrap();
        assert_eq!(kb.state("XXA").unwrap().name, "Freedonia");
        let bad = vec![("my/leaders_extra.tsv".to_string(), "# c\nUSA\thead_of_state\tX\t\tnot-a-date\t\n".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("my/leaders_extra.tsv") && e.contains("line 2"), "{e}");
        let bad = vec![("notes.tsv".to_string(), "x".to_string())];
        assert!(Kb::with_extra(&bad).unwrap_err().to_string().contains("notes.tsv"));
    }

    #[test]
    fn an_honorific_may_name_the_one_state_whose_title_it_is() {
        let kb = Kb::builtin();
        assert!(kb.honorific("Lord") && kb.honorific("Mr"));
        assert_eq!(kb.honorific_state("Lord"), Some("GBR"));
        assert_eq!(kb.honorific_state("Mr"), None);
        let extra = vec![("honorifics_mine.txt".to_string(), "Datuk\tMYS\n".to_string())];
        let kb = Kb::with_extra(&extra).unwrap();
        assert!(kb.honorific("Datuk"));
        assert_eq!(kb.honorific_state("Datuk"), Some("MYS"));
        let bad = vec![("honorifics_mine.txt".to_string(), "# c\nDatuk\tMalaysia\n".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("honorifics_mine.txt") && e.contains("line 2") && e.contains("Malaysia"), "{e}");
    }

    #[test]
    fn name_words_have_classes_and_users_add_their_own() {
        let kb = Kb::builtin();
        assert!(kb.name_word("Agency").has(NameWord::BODY));
        assert!(kb.name_word("River").has(NameWord::PLACE) && !kb.name_word("River").has(NameWord::BODY));
        assert!(!kb.name_word("river").has(NameWord::PLACE), "case-sensitive");
        let extra = vec![("name_words_mine.tsv".to_string(), "Kombinat\tbody;body_end\n".to_string())];
        let kb = Kb::with_extra(&extra).unwrap();
        assert!(kb.name_word("Kombinat").has(NameWord::BODY_END));
        let bad = vec![("name_words_mine.tsv".to_string(), "# c\nKombinat\tfactory\n".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("name_words_mine.tsv") && e.contains("line 2") && e.contains("factory"), "{e}");
    }

    #[test]
    fn combining_forms_name_states_and_bad_ones_name_their_line() {
        let kb = Kb::builtin();
        let franco = kb.combining_form("Franco").expect("Franco- is France's");
        assert_eq!(kb.entry(franco).country.as_deref(), Some("FRA"));
        assert!(kb.combining_form("Indo").is_none(), "Indo-Pacific is no India");
        let extra = vec![("combining_forms_mine.tsv".to_string(), "Helveto\tCHE\n".to_string())];
        let kb = Kb::with_extra(&extra).unwrap();
        assert!(kb.combining_form("Helveto").is_some());
        let bad = vec![("combining_forms_mine.tsv".to_string(), "# c\nHelveto\tSwiss\n".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("combining_forms_mine.tsv") && e.contains("line 2") && e.contains("Swiss"), "{e}");
    }

    #[test]
    fn a_title_may_name_the_one_state_that_has_it() {
        let extra = vec![("titles_mine.tsv".to_string(), "grand vizier	grand vizier	GOV	-	XXB
".to_string())];
        let kb = Kb::with_extra(&extra).unwrap();
        let (_, t) = kb.titles("the Grand Vizier said").into_iter().next().expect("the title is found");
        assert_eq!(t.country.as_deref(), Some("XXB"));
        let bad = vec![("titles_mine.tsv".to_string(), "# c
grand vizier	grand vizier	GOV	-	Ottoman
".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("titles_mine.tsv") && e.contains("line 2") && e.contains("Ottoman"), "{e}");
    }

    #[test]
    fn a_given_name_that_is_also_a_word_is_only_maybe_one() {
        let kb = Kb::builtin();
        assert_eq!(kb.given_name("Margaret"), Some(1.0));
        assert_eq!(kb.given_name("Grant"), Some(0.3), "a word too");
        assert_eq!(kb.given_name("Parliament"), None);
        let extra = vec![("given_names_mine.txt".to_string(), "Quillon\nVarna\tmaybe\n".to_string())];
        let kb = Kb::with_extra(&extra).unwrap();
        assert_eq!(kb.given_name("Quillon"), Some(1.0));
        assert_eq!(kb.given_name("Varna"), Some(0.3));
        let bad = vec![("given_names_mine.txt".to_string(), "# c\nQuillon\tsurely\n".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("given_names_mine.txt") && e.contains("line 2"), "{e}");
    }

    #[test]
    fn the_sex_a_given_name_is_used_for() {
        use dyad_core::Gender;
        let kb = Kb::builtin();
        assert_eq!(kb.given_name_sex("Margaret"), Some(Gender::Female));
        assert_eq!(kb.given_name_sex("Sergei"), Some(Gender::Male), "from the world list");
        assert_eq!(kb.given_name_sex("Robin"), None, "given to both sexes");
        let extra = vec![("given_name_sex_mine.tsv".to_string(), "Quillon\tF\n".to_string())];
        assert_eq!(Kb::with_extra(&extra).unwrap().given_name_sex("Quillon"), Some(Gender::Female));
        let bad = vec![("given_name_sex_mine.tsv".to_string(), "# c\nQuillon\tfemale\n".to_string())];
        let e = Kb::with_extra(&bad).unwrap_err().to_string();
        assert!(e.contains("given_name_sex_mine.tsv") && e.contains("line 2"), "{e}");
    }

    #[test]
    fn a_legal_form_one_state_has_names_that_state_and_users_add_their_own() {
        let kb = Kb::builtin();
        assert_eq!(kb.legal_form_state("Berhad"), Some("MYS"));
        assert_eq!(kb.legal_form_state("Ltd"), None, "a form many states share names none");
        let mine = Kb::with_extra(&[("legal_forms_mine.tsv".to_string(), "# mine\nSAOG\tOMN\n".to_string())]).unwrap();
        assert_eq!(mine.legal_form_state("SAOG"), Some("OMN"));
        let bad = Kb::with_extra(&[("legal_forms_bad.tsv".to_string(), "# mine\nSAOG\tOman\n".to_string())]).unwrap_err().to_string();
        assert!(bad.contains("legal_forms_bad.tsv") && bad.contains("line 2"), "{bad}");
    }

    #[test]
    fn a_country_code_domain_names_its_state_unless_the_world_uses_it() {
        let kb = Kb::builtin();
        assert_eq!(kb.domain_state("kg"), Some("KGZ"));
        assert_eq!(kb.domain_state("uk"), Some("GBR"));
        assert_eq!(kb.domain_state("io"), None, "a domain used worldwide names no state");
        assert_eq!(kb.domain_state("eu"), None, "no state's");
        // (a user may mark a domain generic, or add one)
        let mine = Kb::with_extra(&[("country_domains_mine.tsv".to_string(), "# mine\nkg\tKGZ\tgeneric\n".to_string())]).unwrap();
        assert_eq!(mine.domain_state("kg"), None);
        let bad = Kb::with_extra(&[("country_domains_bad.tsv".to_string(), "# mine\nkg\tKyrgyzstan\tnational\n".to_string())]).unwrap_err().to_string();
        assert!(bad.contains("country_domains_bad.tsv") && bad.contains("line 2"), "{bad}");
    }
}
