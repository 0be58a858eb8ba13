//! Parsing the data files and building the matchers.

use crate::matcher::Matcher;
use crate::{Entry, EntryId, Form, Holder, Institution, Kb, Office, Title};
use chrono::NaiveDate;
use dyad_core::EntityKind;
// (Fx hashing: the knowledge base's maps hold ~100,000 short strings, hashed at every start-up)
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A malformed knowledge-base file.
#[derive(Debug, thiserror::Error)]
#[error("{file}: line {line}: {message}")]
pub struct KbError {
    /// The file's name.
    pub file: String,
    /// 1-based line number (0 for the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

const BUILTIN: &[(&str, &str)] = &[
    ("states.tsv", include_str!("../data/states.tsv")),
    ("combining_forms.tsv", include_str!("../data/combining_forms.tsv")),
    ("organizations.tsv", include_str!("../data/organizations.tsv")),
    ("organizations_more.tsv", include_str!("../data/organizations_more.tsv")),
    ("organizations_world.tsv", include_str!("../data/organizations_world.tsv")),
    ("organizations_research.tsv", include_str!("../data/organizations_research.tsv")),
    ("organizations_global.tsv", include_str!("../data/organizations_global.tsv")),
    ("organizations_parties.tsv", include_str!("../data/organizations_parties.tsv")),
    ("organizations_state.tsv", include_str!("../data/organizations_state.tsv")),
    ("organizations_media.tsv", include_str!("../data/organizations_media.tsv")),
    ("institutions.tsv", include_str!("../data/institutions.tsv")),
    ("institutions_more.tsv", include_str!("../data/institutions_more.tsv")),
    ("institution_nouns.tsv", include_str!("../data/institution_nouns.tsv")),
    ("titles.tsv", include_str!("../data/titles.tsv")),
    ("places.tsv", include_str!("../data/places.tsv")),
    ("places_cities.tsv", include_str!("../data/places_cities.tsv")),
    ("places_cities_more.tsv", include_str!("../data/places_cities_more.tsv")),
    ("places_regions.tsv", include_str!("../data/places_regions.tsv")),
    ("places_features.tsv", include_str!("../data/places_features.tsv")),
    ("heads_of_state.tsv", include_str!("../data/heads_of_state.tsv")),
    ("leaders.tsv", include_str!("../data/leaders.tsv")),
    ("leaders_more.tsv", include_str!("../data/leaders_more.tsv")),
    ("leaders_historic.tsv", include_str!("../data/leaders_historic.tsv")),
    ("honorifics.txt", include_str!("../data/honorifics.txt")),
    ("languages.txt", include_str!("../data/languages.txt")),
    ("terms.txt", include_str!("../data/terms.txt")),
    ("given_names.txt", include_str!("../data/given_names.txt")),
    ("given_names_world.txt", include_str!("../data/given_names_world.txt")),
    ("given_name_sex.tsv", include_str!("../data/given_name_sex.tsv")),
    ("given_name_sex_world.tsv", include_str!("../data/given_name_sex_world.tsv")),
    ("surnames.txt", include_str!("../data/surnames.txt")),
    ("surnames_world.txt", include_str!("../data/surnames_world.txt")),
    ("name_words.tsv", include_str!("../data/name_words.tsv")),
    ("nicknames.tsv", include_str!("../data/nicknames.tsv")),
    ("name_origins.tsv", include_str!("../data/name_origins.tsv")),
    ("regions.tsv", include_str!("../data/regions.tsv")),
    ("legal_forms.tsv", include_str!("../data/legal_forms.tsv")),
    ("country_domains.tsv", include_str!("../data/country_domains.tsv")),
];

/// GeoNames' place names, one per line (see `data/README.md`).
pub(crate) const POPULATED_PLACES: &str = include_str!("../data/populated_places.txt");

#[derive(Default)]
struct Builder {
    /// The gazetteer's entries read from lists of towns by size (`places_cities_more*`).
    bulk_places: Vec<std::ops::Range<usize>>,
    /// What each state's head of state is called, and when (`heads_of_state.tsv`).
    hos_titles: Vec<(String, String, Option<NaiveDate>, Option<NaiveDate>)>,
    entries: Vec<Entry>,
    states: HashMap<String, EntryId>,
    gaz: Vec<(String, (EntryId, Form), bool)>,
    institutions: Vec<Institution>,
    inst_pats: Vec<(String, usize, bool)>,
    titles: Vec<Title>,
    title_pats: Vec<(String, usize, bool)>,
    honorifics: HashSet<String>,
    honorific_states: HashMap<String, String>,
    legal_form_states: HashMap<String, String>,
    domain_states: HashMap<String, String>,
    outlets: HashMap<String, Vec<EntryId>>,
    nicknames: HashMap<String, Vec<String>>,
    given_origins: HashMap<String, Vec<String>>,
    surname_origins: HashMap<String, Vec<String>>,
    surname_endings: Vec<(String, Vec<String>)>,
    descriptors: HashMap<String, Vec<String>>,
    state_kinds: HashMap<String, Vec<String>>,
    languages: HashSet<String>,
    terms: HashSet<String>,
    given: HashSet<String>,
    given_maybe: HashSet<String>,
    given_sex: HashMap<String, dyad_core::Gender>,
    surnames: crate::NameSet,
    holders: Vec<Holder>,
    populated: HashSet<String>,
    name_words: HashMap<String, crate::NameWord>,
    combining: HashMap<String, EntryId>,
}

/// Lines of a file with their numbers, without comments and blank lines.
fn lines(content: &str) -> impl Iterator<Item = (usize, &str)> {
    content
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

fn list(field: &str) -> Vec<String> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("the ").unwrap_or(s)
}

fn is_abbreviation(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && letters.len() <= 6
}

/// Forms written with capitals after the first letter of a word, or ending
/// in an abbreviation dot, match exactly; others ignore case.
/// The `ambiguous` note of an institution's name that other states' bodies
/// bear too ("Congress", "House of Representatives"), written `~Name` in
/// `institutions*.tsv`.
pub const GENERIC: &str = "generic name";

fn case_sensitive_form(s: &str) -> bool {
    s.ends_with('.') || s.split(' ').any(|w| w.chars().skip(1).any(|c| c.is_uppercase()))
}

fn parse_date(s: &str, end: bool) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    let p = dyad_core::PartialDate::parse(s)?;
    let m = p.month.map(|m| m as u32);
    if end {
        let (y, m) = match m {
            Some(m) => (p.year, m),
            None => (p.year, 12),
        };
        let next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
        next.and_then(|d| d.pred_opt())
    } else {
        NaiveDate::from_ymd_opt(p.year, m.unwrap_or(1), 1)
    }
}

impl Builder {
    fn entry(&mut self, e: Entry) -> EntryId {
        self.entries.push(e);
        EntryId((self.entries.len() - 1) as u32)
    }

    /// "Franco	FRA": a state's combining form, read only before a hyphen ("Franco-British").
    fn combining_forms(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 2 {
                return Err(err(file, n, format!("expected 2 tab-separated columns, found {}", f.len())));
            }
            let iso = f[1].trim();
            let Some(&id) = self.states.get(iso) else {
                return Err(err(file, n, format!("{iso:?} is no state of states*.tsv")));
            };
            self.combining.insert(f[0].trim().to_string(), id);
        }
        Ok(())
    }

    fn states(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 || f.len() > 6 {
                return Err(err(file, n, format!("expected 5 or 6 tab-separated columns, found {}", f.len())));
            }
            let iso = f[0].trim();
            if iso.len() != 3 || !iso.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(err(file, n, format!("{iso:?} is not a three-letter upper-case code")));
            }
            let base = Entry {
                id: format!("state:{iso}"),
                name: f[1].trim().to_string(),
                kind: EntityKind::State,
                country: Some(iso.to_string()),
                code: Some(iso.to_string()),
                sector: None,
                ambiguous: None,
            };
            if base.name.is_empty() {
                return Err(err(file, n, "the name column is empty"));
            }
            let ambiguous: HashMap<String, String> = f
                .get(5)
                .map(|a| {
                    list(a).into_iter().filter_map(|x| x.split_once('=').map(|(k, v)| (k.to_string(), v.to_string()))).collect()
                })
                .unwrap_or_default();
            let id = self.entry(base.clone());
            self.states.insert(iso.to_string(), id);
            // what kind of state its names say it is ("Kingdom of Bahrain", "Sultanate of Oman"): "the kingdom"
            // is the kingdom named last
            let kinds = self.state_kinds.entry(iso.to_string()).or_default();
            for name in std::iter::once(base.name.clone()).chain(list(f[2])) {
                for w in name.split(|c: char| !c.is_alphanumeric()) {
                    let w = w.to_lowercase();
                    let w = w.strip_suffix('s').filter(|x| *x == "emirate").map(str::to_string).unwrap_or(w);
                    if matches!(w.as_str(), "kingdom" | "emirate" | "sultanate" | "principality" | "republic" | "federation" | "duchy")
                        && !kinds.contains(&w)
                    {
                        kinds.push(w);
                    }
                }
            }
            let mut forms: Vec<(String, Form)> = vec![(base.name.clone(), Form::Name)];
            for a in list(f[2]) {
                let a = strip_the(&a).to_string();
                let form = if is_abbreviation(&a) { Form::Abbreviation } else { Form::Name };
                forms.push((a, form));
            }
            forms.extend(list(f[3]).into_iter().map(|d| (d, Form::Demonym)));
            forms.extend(list(f[4]).into_iter().map(|m| (strip_the(&m).to_string(), Form::Metonym)));
            for (text, form) in forms {
                let target = match ambiguous.get(&text) {
                    Some(alt) => self.entry(Entry { ambiguous: Some(alt.clone()), ..base.clone() }),
                    None => id,
                };
                self.gaz.push((text, (target, form), true));
            }
        }
        Ok(())
    }

    fn organizations(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 6 {
                return Err(err(file, n, format!("expected 6 tab-separated columns, found {}", f.len())));
            }
            let kind = EntityKind::parse(f[2].trim())
                .ok_or_else(|| err(file, n, format!("unknown kind {:?} (organization or group)", f[2])))?;
            let opt = |s: &str| (s.trim() != "-" && !s.trim().is_empty()).then(|| s.trim().to_string());
            let id = self.entry(Entry {
                id: format!("org:{}", f[0].trim()),
                name: f[0].trim().to_string(),
                kind,
                country: opt(f[3]),
                code: opt(f[4]),
                sector: opt(f[5]),
                ambiguous: None,
            });
            // ("Dawn (newspaper)", "The Star (Kenya)": an outlet whose bare name is an ordinary word or
            // several states' papers' — named so only where the text reads it as an outlet)
            // (an outlet written without one is kept beside them: "the Guardian newspaper" is The
            // Guardian, not The Guardian (Tanzania), where the text names neither state)
            if f[5].trim() == "MED" {
                let name = f[0].trim();
                let bare = name.strip_suffix(')').and_then(|s| s.split_once(" (")).map_or(name, |(b, _)| b);
                self.outlets.entry(bare.strip_prefix("The ").unwrap_or(bare).to_string()).or_default().push(id);
            }
            self.gaz.push((f[0].trim().to_string(), (id, Form::Name), true));
            // ("Péter Magyar's Tisza party": a party's name as news often writes it, "party" in lower case)
            if f[5].trim() == "PTY" {
                if let Some(base) = f[0].trim().strip_suffix(" Party").filter(|b| !b.is_empty()) {
                    self.gaz.push((format!("{base} party"), (id, Form::Name), true));
                }
            }
            for a in list(f[1]) {
                let form = if is_abbreviation(&a) { Form::Abbreviation } else { Form::Name };
                self.gaz.push((strip_the(&a).to_string(), (id, form), true));
            }
        }
        Ok(())
    }

    fn institutions(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 4 {
                return Err(err(file, n, format!("expected 4 tab-separated columns, found {}", f.len())));
            }
            let (name, iso, sector) = (f[0].trim(), f[2].trim(), f[3].trim());
            // "~Congress": a name other states' bodies bear too, which names this one only where the
            // article is not at home in another state
            let (name, generic_name) = match name.strip_prefix('~') {
                Some(bare) => (bare, true),
                None => (name, false),
            };
            let base = Entry {
                id: format!("inst:{iso}:{name}"),
                name: name.to_string(),
                kind: EntityKind::Organization,
                country: Some(iso.to_string()),
                code: Some(format!("{iso}{sector}")),
                sector: Some(sector.to_string()),
                ambiguous: None,
            };
            let id = self.entry(base.clone());
            let mut generic = None;
            let forms = std::iter::once((name.to_string(), generic_name))
                .chain(list(f[1]).into_iter().map(|a| match a.strip_prefix('~') {
                    Some(bare) => (bare.to_string(), true),
                    None => (a, false),
                }));
            for (form, is_generic) in forms {
                let target = if is_generic {
                    *generic.get_or_insert_with(|| self.entry(Entry { ambiguous: Some(GENERIC.to_string()), ..base.clone() }))
                } else {
                    id
                };
                self.gaz.push((strip_the(&form).to_string(), (target, Form::Name), true));
            }
        }
        Ok(())
    }

    fn places(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 3 {
                return Err(err(file, n, format!("expected 3 tab-separated columns, found {}", f.len())));
            }
            let country = (f[2].trim() != "-").then(|| f[2].trim().to_string());
            let id = self.entry(Entry {
                id: format!("place:{}", f[0].trim()),
                name: f[0].trim().to_string(),
                kind: EntityKind::Place,
                country,
                code: None,
                sector: None,
                ambiguous: None,
            });
            self.gaz.push((f[0].trim().to_string(), (id, Form::Name), true));
            for a in list(f[1]) {
                self.gaz.push((strip_the(&a).to_string(), (id, Form::Name), true));
            }
        }
        Ok(())
    }

    fn institution_nouns(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 3 {
                return Err(err(file, n, format!("expected 3 tab-separated columns, found {}", f.len())));
            }
            self.institutions.push(Institution { name: f[1].trim().to_string(), sector: f[2].trim().to_string(), needs_state: true });
            let i = self.institutions.len() - 1;
            for form in list(f[0]) {
                let cs = case_sensitive_form(&form);
                self.inst_pats.push((form, i, cs));
            }
        }
        Ok(())
    }

    fn titles(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if !(4..=5).contains(&f.len()) {
                return Err(err(file, n, format!("expected 4 or 5 tab-separated columns, found {}", f.len())));
            }
            let country = match f.get(4).map(|c| c.trim()) {
                None | Some("" | "-") => None,
                Some(c) if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()) => Some(c.to_string()),
                Some(c) => return Err(err(file, n, format!("country {c:?} is no ISO 3166-1 alpha-3 code"))),
            };
            let office = match f[3].trim() {
                "head_of_state" => Some(Office::HeadOfState),
                "head_of_government" => Some(Office::HeadOfGovernment),
                "foreign_minister" => Some(Office::ForeignMinister),
                "defence_minister" => Some(Office::DefenceMinister),
                "-" | "" => None,
                o => return Err(err(file, n, format!("unknown office {o:?}"))),
            };
            let sector = if f[2].trim() == "-" { String::new() } else { f[2].trim().to_string() };
            self.titles.push(Title { name: f[1].trim().to_string(), sector, office, country });
            let i = self.titles.len() - 1;
            for form in list(f[0]) {
                let cs = case_sensitive_form(&form);
                // "Gen." also as transcripts write it: "GEN."
                if cs && form.ends_with('.') && form.chars().any(|c| c.is_lowercase()) {
                    self.title_pats.push((form.to_uppercase(), i, true));
                }
                self.title_pats.push((form, i, cs));
            }
        }
        Ok(())
    }

    fn name_words(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 2 || f[0].trim().is_empty() {
                return Err(err(file, n, format!("expected a word and its classes, tab-separated; found {} columns", f.len())));
            }
            let mut classes = self.name_words.get(f[0].trim()).copied().unwrap_or_default();
            for c in list(f[1]) {
                let Some(class) = crate::NameWord::named(&c) else {
                    return Err(err(file, n, format!("unknown class {c:?} (see the header of name_words.tsv)")));
                };
                classes = classes.with(class);
            }
            self.name_words.insert(f[0].trim().to_string(), classes);
        }
        Ok(())
    }

    /// Lines `ISO3 · title · from · until`: what a state's head of state is called in a span of time.
    fn heads_of_state(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            if !(2..=4).contains(&f.len()) || f[0].len() != 3 || f[1].is_empty() {
                return Err(err(file, n, "expected ISO3, title, and optionally from and until dates, tab-separated"));
            }
            let date = |k: usize| -> Result<Option<NaiveDate>, KbError> {
                match f.get(k).filter(|d| !d.is_empty()) {
                    None => Ok(None),
                    Some(d) => parse_date(d, false).map(Some).ok_or_else(|| err(file, n, format!("bad date {d:?}"))),
                }
            };
            let (from, until) = (date(2)?, date(3)?);
            self.hos_titles.push((f[0].to_string(), f[1].to_string(), from, until));
        }
        Ok(())
    }

    /// What the head of state of `country` whose term starts on `start` is called (a president where no
    /// line says otherwise).
    fn head_of_state_role(&self, country: &str, start: &str) -> String {
        let start = parse_date(start, false);
        self.hos_titles
            .iter()
            .find(|(c, _, from, until)| {
                c == country && start.is_some_and(|s| from.is_none_or(|f| f <= s) && until.is_none_or(|u| s < u))
            })
            .map_or_else(|| "president".to_string(), |(_, t, _, _)| t.clone())
    }

    fn leaders(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, line) in lines(content) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 6 {
                return Err(err(file, n, format!("expected 6 tab-separated columns, found {}", f.len())));
            }
            let country = f[0].trim().to_string();
            let (office, role) = match f[1].trim() {
                "head_of_state" => (Office::HeadOfState, self.head_of_state_role(&country, f[4])),
                "head_of_government" => (Office::HeadOfGovernment, head_of_government_role(&country)),
                "foreign_minister" => (Office::ForeignMinister, "foreign minister".to_string()),
                "defence_minister" => (Office::DefenceMinister, "defence minister".to_string()),
                o => match o.strip_prefix("other:") {
                    Some(r) if !r.trim().is_empty() => (Office::Other, r.trim().to_string()),
                    _ => return Err(err(file, n, format!("unknown office {o:?}"))),
                },
            };
            let start = parse_date(f[4], false).ok_or_else(|| err(file, n, format!("bad start date {:?}", f[4])))?;
            let end = match f[5].trim() {
                "" => None,
                s => Some(parse_date(s, true).ok_or_else(|| err(file, n, format!("bad end date {s:?}")))?),
            };
            if end.is_some_and(|e| e < start) {
                return Err(err(file, n, "the term ends before it starts"));
            }
            let name = f[2].trim().to_string();
            if name.is_empty() {
                return Err(err(file, n, "the name column is empty"));
            }
            self.holders.push(Holder { name, variants: list(f[3]), country, international: false, office, role, start, end });
        }
        Ok(())
    }

    /// `Name` (a given name) or `Name<TAB>maybe` (also a common word, or rare:
    /// "Mark", "Salomon"), one a line.
    fn given_names(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, l) in lines(content) {
            match l.split('\t').map(str::trim).collect::<Vec<_>>()[..] {
                [name] if !name.is_empty() => {
                    self.given_maybe.remove(name);
                    self.given.insert(name.to_string());
                }
                [name, "maybe"] if !name.is_empty() => {
                    if !self.given.contains(name) {
                        self.given_maybe.insert(name.to_string());
                    }
                }
                _ => return Err(err(file, n, "expected a given name, optionally followed by a tab and `maybe`")),
            }
        }
        Ok(())
    }

    /// `Name<TAB>M` or `Name<TAB>F`: the sex a given name is used for.
    fn given_name_sex(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, l) in lines(content) {
            let g = match l.split('\t').map(str::trim).collect::<Vec<_>>()[..] {
                [name, "M"] if !name.is_empty() => (name, dyad_core::Gender::Male),
                [name, "F"] if !name.is_empty() => (name, dyad_core::Gender::Female),
                _ => return Err(err(file, n, "expected a given name, a tab and M or F")),
            };
            self.given_sex.insert(g.0.to_string(), g.1);
        }
        Ok(())
    }

    /// `Short<TAB>Full;Full`: short forms of given names ("Bob" for Robert).
    fn nicknames(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        for (n, l) in lines(content) {
            let [short, full] = l.split('\t').map(str::trim).collect::<Vec<_>>()[..] else {
                return Err(err(file, n, "expected a short form of a given name, a tab and its full names separated by `;`"));
            };
            if short.is_empty() || full.is_empty() {
                return Err(err(file, n, "expected a short form of a given name, a tab and its full names separated by `;`"));
            }
            let fulls = self.nicknames.entry(short.to_lowercase()).or_default();
            fulls.extend(full.split(';').map(|f| f.trim().to_lowercase()).filter(|f| !f.is_empty()));
        }
        Ok(())
    }

    /// `name<TAB>given|surname|any<TAB>ISO3;ISO3`: a name distinctive of one naming culture, and the
    /// few states (six at most) whose citizens mostly bear it ("Mehmet\tgiven\tTUR").
    fn name_origins(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        const SHAPE: &str = "expected a name, a tab, \"given\", \"surname\", \"any\" or \"ending\" (for a surname's ending written \"-shvili\"), a tab and one to six ISO 3166-1 alpha-3 codes separated by `;`";
        for (n, l) in lines(content) {
            let [name, part, codes] = l.split('\t').map(str::trim).collect::<Vec<_>>()[..] else {
                return Err(err(file, n, SHAPE));
            };
            let codes: Vec<String> = codes.split(';').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
            if name.is_empty() || name.contains(' ') || codes.is_empty() || codes.len() > 6 || codes.iter().any(|c| c.len() != 3 || !c.chars().all(|x| x.is_ascii_uppercase())) {
                return Err(err(file, n, SHAPE));
            }
            // ("-shvili", "-yan": an ending that marks a surname of one naming culture)
            if part == "ending" {
                let Some(ending) = name.strip_prefix('-').filter(|e| e.chars().count() >= 2) else {
                    return Err(err(file, n, format!("{SHAPE}; an ending is written with a hyphen before at least two letters")));
                };
                let states = match self.surname_endings.iter_mut().find(|(e, _)| e == ending) {
                    Some((_, states)) => states,
                    None => {
                        self.surname_endings.push((ending.to_string(), Vec::new()));
                        &mut self.surname_endings.last_mut().expect("just pushed").1
                    }
                };
                for c in &codes {
                    if !states.contains(c) {
                        states.push(c.clone());
                    }
                }
                continue;
            }
            let (given, surname) = match part {
                "given" => (true, false),
                "surname" => (false, true),
                "any" => (true, true),
                _ => return Err(err(file, n, format!("{SHAPE}; found \"{part}\" for the part of the name"))),
            };
            for (wanted, map) in [(given, &mut self.given_origins), (surname, &mut self.surname_origins)] {
                if wanted {
                    let states = map.entry(name.to_string()).or_default();
                    for c in &codes {
                        if !states.contains(c) {
                            states.push(c.clone());
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `descriptor<TAB>ISO3;ISO3`: the states a descriptor such as "Pacific" or "landlocked" fits
    /// ("the Pacific nation").
    fn regions(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        const SHAPE: &str = "expected a descriptor, a tab and the ISO 3166-1 alpha-3 codes of the states it fits, separated by `;`";
        for (n, l) in lines(content) {
            let [desc, codes] = l.split('\t').map(str::trim).collect::<Vec<_>>()[..] else {
                return Err(err(file, n, SHAPE));
            };
            let codes: Vec<String> = codes.split(';').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
            if desc.is_empty() || codes.is_empty() || codes.iter().any(|c| c.len() != 3 || !c.chars().all(|x| x.is_ascii_uppercase())) {
                return Err(err(file, n, SHAPE));
            }
            self.descriptors.entry(desc.to_string()).or_default().extend(codes);
        }
        Ok(())
    }

    fn word_list(set: &mut HashSet<String>, content: &str) {
        for (_, l) in lines(content) {
            set.insert(l.trim().to_string());
        }
    }

    /// The set a one-word-per-line file adds to, by the file's name.
    fn word_list_for(&mut self, base: &str) -> Option<&mut HashSet<String>> {
        Some(match () {
            _ if base.starts_with("languages") => &mut self.languages,
            // `term_acronyms*`: the file's earlier name
            _ if base.starts_with("terms") || base.starts_with("term_acronyms") => &mut self.terms,
            _ if base.starts_with("populated_places") => &mut self.populated,
            _ => return None,
        })
    }

    fn add(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        let base = file.rsplit(['/', '\\']).next().unwrap_or(file).to_ascii_lowercase();
        match () {
            _ if base.starts_with("states") => self.states(file, content),
            _ if base.starts_with("organizations") || base.starts_with("organisations") => self.organizations(file, content),
            _ if base.starts_with("institution_nouns") => self.institution_nouns(file, content),
            _ if base.starts_with("institutions") => self.institutions(file, content),
            _ if base.starts_with("titles") => self.titles(file, content),
            // (a list of towns by size, "places_cities_more": the towns' names are evidence of towns, their
            // words — "Finote Selam" — no evidence of places' words)
            _ if base.starts_with("places_cities_more") => {
                let from = self.gaz.len();
                let r = self.places(file, content);
                self.bulk_places.push(from..self.gaz.len());
                r
            }
            _ if base.starts_with("places") => self.places(file, content),
            _ if base.starts_with("leaders") => self.leaders(file, content),
            _ if base.starts_with("heads_of_state") => self.heads_of_state(file, content),
            _ if base.starts_with("name_words") => self.name_words(file, content),
            _ if base.starts_with("combining_forms") => self.combining_forms(file, content),
            _ if base.starts_with("given_names") => self.given_names(file, content),
            _ if base.starts_with("given_name_sex") => self.given_name_sex(file, content),
            _ if base.starts_with("nicknames") => self.nicknames(file, content),
            _ if base.starts_with("name_origins") => self.name_origins(file, content),
            // (30,000 census surnames: kept as hashes, quick to build)
            _ if base.starts_with("surnames") => {
                for (_, l) in lines(content) {
                    self.surnames.insert(l.trim());
                }
                Ok(())
            }
            _ if base.starts_with("regions") => self.regions(file, content),
            // ("Berhad\tMYS": a company's legal form one state's law alone has, and that state)
            _ if base.starts_with("legal_forms") => {
                for (n, l) in lines(content) {
                    let [form, cc] = l.split('\t').map(str::trim).collect::<Vec<_>>()[..] else {
                        return Err(err(file, n, "expected a legal form, a tab and an ISO 3166-1 alpha-3 code"));
                    };
                    if form.is_empty() || cc.len() != 3 || !cc.chars().all(|ch| ch.is_ascii_uppercase()) {
                        return Err(err(file, n, format!("expected a legal form and an ISO 3166-1 alpha-3 code, found \"{form}\" and \"{cc}\"")));
                    }
                    self.legal_form_states.insert(form.to_string(), cc.to_string());
                }
                Ok(())
            }
            // ("az\tAZE\tnational": a country-code internet domain, its state, and whether sites under it
            // are that state's or the world's)
            _ if base.starts_with("country_domains") => {
                for (n, l) in lines(content) {
                    let [domain, cc, usage] = l.split('\t').map(str::trim).collect::<Vec<_>>()[..] else {
                        return Err(err(file, n, "expected a domain, an ISO 3166-1 alpha-3 code and \"national\" or \"generic\", separated by tabs"));
                    };
                    if domain.is_empty() || !domain.chars().all(|ch| ch.is_ascii_lowercase()) || cc.len() != 3 || !cc.chars().all(|ch| ch.is_ascii_uppercase()) {
                        return Err(err(file, n, format!("expected a lower-case domain and an ISO 3166-1 alpha-3 code, found \"{domain}\" and \"{cc}\"")));
                    }
                    match usage {
                        "national" => {
                            self.domain_states.insert(domain.to_string(), cc.to_string());
                        }
                        "generic" => {
                            self.domain_states.remove(domain);
                        }
                        _ => return Err(err(file, n, format!("expected \"national\" or \"generic\", found \"{usage}\""))),
                    }
                }
                Ok(())
            }
            // ("Lord\tGBR": an honorific, and the one state whose title it is, when it has one)
            _ if base.starts_with("honorifics") => {
                for (n, l) in lines(content) {
                    let mut cols = l.trim().split('\t');
                    let word = cols.next().unwrap_or("").trim();
                    if let Some(cc) = cols.next().map(str::trim).filter(|c| !c.is_empty()) {
                        if cc.len() != 3 || !cc.chars().all(|ch| ch.is_ascii_uppercase()) {
                            return Err(err(file, n, format!("\"{cc}\" is no ISO 3166-1 alpha-3 code")));
                        }
                        self.honorific_states.insert(word.to_string(), cc.to_string());
                    }
                    self.honorifics.insert(word.to_string());
                }
                Ok(())
            }
            _ if self.word_list_for(&base).is_some() => {
                if let Some(set) = self.word_list_for(&base) {
                    Self::word_list(set, content);
                }
                Ok(())
            }
            _ => Err(err(
                file,
                0,
                "cannot tell what this file holds: name it states*, organizations*, institutions*, \
                 institution_nouns*, titles*, places*, leaders*, honorifics*, languages*, given_names*, given_name_sex*, surnames*, \
                 populated_places*, terms*, name_words*, nicknames*, name_origins*, regions*, legal_forms*, country_domains* or combining_forms*",
            )),
        }
    }
}

fn head_of_government_role(country: &str) -> String {
    match country {
        "DEU" | "AUT" => "chancellor",
        "IRN" => "president",
        "CHN" => "premier",
        "SAU" => "crown prince and prime minister",
        _ => "prime minister",
    }
    .to_string()
}

/// A state's named institution with the state before it: "the Russian Duma",
/// "the Israeli Knesset", "the United States Congress", "the U.S. Pentagon".
/// Each institution form gets the state's names, abbreviations and
/// singular demonyms in front, unless it already holds one.
fn owned_institution_forms(b: &mut Builder) {
    let mut state_forms: HashMap<String, Vec<String>> = HashMap::default();
    for (text, (id, form), _) in &b.gaz {
        let e = &b.entries[id.0 as usize];
        if e.kind != EntityKind::State || e.ambiguous.is_some() {
            continue;
        }
        let singular_demonym = *form == Form::Demonym && !text.ends_with('s');
        if matches!(form, Form::Name | Form::Abbreviation) || singular_demonym {
            state_forms.entry(e.country.clone().unwrap_or_default()).or_default().push(text.clone());
        }
    }
    let mut add = Vec::new();
    for (text, (id, form), cs) in &b.gaz {
        let e = &b.entries[id.0 as usize];
        if !e.id.starts_with("inst:") {
            continue;
        }
        let Some(forms) = e.country.as_ref().and_then(|c| state_forms.get(c)) else { continue };
        // (nor when the state is named inside it already: "Constitutional Court of Ukraine")
        if forms.iter().any(|f| text.starts_with(f.as_str()) || text.contains(&format!(" {f}"))) {
            continue;
        }
        for f in forms {
            add.push((format!("{f} {text}"), (*id, *form), *cs));
        }
    }
    let fresh: Vec<_> = {
        let known: HashSet<&str> = b.gaz.iter().map(|g| g.0.as_str()).collect();
        add.into_iter().filter(|g| !known.contains(g.0.as_str())).collect()
    };
    b.gaz.extend(fresh);
}

/// "MTN Group" → "MTN", "Kuwait Oil Company" → "Kuwait Oil", "Charoen Pokphand Group" → "Charoen Pokphand":
/// a company's name without its legal form, "Group", "Holdings" or "Company" — as news writes it after the
/// first mention, or alone — is another form of it, where that is no other name the knowledge base holds,
/// does not end in a joining word ("Eli Lilly and"), and is of two words or more, or an acronym (one word
/// alone — "Booking", "Arm" — is too often a common one).
fn company_short_forms(b: &mut Builder, one_word_names: &HashSet<String>) {
    let held: HashSet<&str> = b.gaz.iter().map(|g| g.0.as_str()).collect();
    let mut added = Vec::new();
    for (k, e) in b.entries.iter().enumerate() {
        if e.kind != EntityKind::Organization || e.sector.as_deref() != Some("BUS") || e.name.ends_with(')') {
            continue;
        }
        let words: Vec<&str> = e.name.split(' ').collect();
        let mut n = words.len();
        let cut = |w: &str| {
            matches!(w, "Group" | "Gruppen" | "Holdings" | "Holding" | "Company" | "Corporation" | "Co." | "Limited")
                || b.name_words.get(w.trim_end_matches(',')).is_some_and(|c| c.has(crate::NameWord::LEGAL_FORM))
        };
        while n > 1 && cut(words[n - 1]) {
            n -= 1;
        }
        if n == words.len() {
            continue;
        }
        let short = words[..n].join(" ");
        let short = short.trim_end_matches(',').strip_prefix("The ").unwrap_or(short.trim_end_matches(',')).to_string();
        let last = short.rsplit(' ').next().unwrap_or("");
        let acronym = !short.contains(' ') && short.len() >= 2 && short.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if (!short.contains(' ') && !acronym) || matches!(last, "and" | "&" | "of" | "the" | "de" | "y" | "et") || held.contains(short.as_str()) || one_word_names.contains(&short.to_lowercase()) {
            continue;
        }
        added.push((short, (EntryId(k as u32), Form::Name), true));
    }
    drop(held);
    b.gaz.extend(added);
}

/// A body's acronym of four to six capitals written as a word, the way British papers write those
/// read aloud ("Nato", "Opec", "Unesco", "Ecowas"): matched exactly in title case too, unless that
/// form is a given name, a surname, a town, a language, a term, a name word or another name
/// ("Swift", "Rand", "Alba" stay unmatched).
fn acronym_word_forms(b: &mut Builder) {
    // the candidates first (a few hundred), so that the checks below scan the gazetteer and GeoNames
    // once, looking only at names of four to six letters
    let mut add: Vec<(String, (EntryId, Form), bool)> = Vec::new();
    for (text, (id, form), _) in &b.gaz {
        let kind = b.entries[id.0 as usize].kind;
        if !matches!(form, Form::Abbreviation | Form::Name)
            || !matches!(kind, EntityKind::Organization | EntityKind::Group)
            || !(4..=6).contains(&text.len())
            || !text.chars().all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        let word = crate::title_case(text);
        let taken = b.given.contains(&word)
            || b.given_maybe.contains(&word)
            || b.surnames.contains(&word)
            || b.languages.contains(&word)
            || b.terms.contains(&word)
            || b.populated.contains(&word)
            || b.name_words.contains_key(&word);
        if !taken {
            add.push((word, (*id, Form::Abbreviation), true));
        }
    }
    // (nor another name in any case but all capitals: "Alba" the place is no "ALBA")
    let words: HashSet<String> = add.iter().map(|a| a.0.to_lowercase()).collect();
    let named: HashSet<String> = b
        .gaz
        .iter()
        .filter(|g| (4..=6).contains(&g.0.len()) && g.0.chars().any(|c| c.is_lowercase()))
        .map(|g| g.0.to_lowercase())
        .filter(|w| words.contains(w))
        .collect();
    add.retain(|a| !named.contains(&a.0.to_lowercase()));
    // (nor a town GeoNames knows — "Rieti", "Edam" — unless the body is an international one or a news
    // agency, which news names far more often than a small town: "Nato", "Tass")
    // (the file is sorted by byte: a binary search per word, not a pass over 144,000 lines)
    let entries = &b.entries;
    add.retain(|(w, (id, _), _)| {
        let sector = entries[id.0 as usize].sector.as_deref();
        matches!(sector, Some("IGO" | "MED")) || !sorted_names_contain(POPULATED_PLACES, w)
    });
    // (a form two bodies share as acronyms stays with both, as the capitals do)
    b.gaz.extend(add);
}

/// Does `text` — lines "name<TAB>…" sorted by byte, after `#` comment lines — hold a line for `name`?
pub(crate) fn sorted_names_contain(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let mut lo = 0;
    while bytes.get(lo) == Some(&b'#') {
        lo = bytes[lo..].iter().position(|&c| c == b'\n').map_or(text.len(), |p| lo + p + 1);
    }
    let mut hi = text.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
        let end = bytes[mid..].iter().position(|&c| c == b'\n').map_or(text.len(), |p| mid + p);
        let line = &text[start..end];
        let key = line.split_once('\t').map_or(line, |(n, _)| n);
        match key.cmp(name) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// British and American spellings of the words names are made of
/// ("World Health Organisation", "Ministry of Defense"): each multi-word
/// name is also matched in the other spelling; a name holding "Saint", "St"
/// or "St." with the other two; and a name opening with the Arabic article
/// "Al-" also with "al-".
fn spelling_variants<T: Clone>(gaz: &mut Vec<(String, T, bool)>) {
    const PAIRS: &[(&str, &str)] = &[
        ("Organization", "Organisation"),
        ("Defense", "Defence"),
        ("Center", "Centre"),
        ("Labor", "Labour"),
        ("Program", "Programme"),
    ];
    let mut add = Vec::new();
    // (one pass over each name's words: few names hold any of these)
    let other_spelling = |w: &str| PAIRS.iter().find_map(|(a, b)| if w == *a { Some(*b) } else if w == *b { Some(*a) } else { None });
    for (text, v, cs) in gaz.iter() {
        if !text.contains(' ') {
            continue;
        }
        let mut done: Vec<&str> = Vec::new();
        for from in text.split(|c: char| !c.is_alphanumeric()) {
            let Some(to) = other_spelling(from) else { continue };
            if done.contains(&from) {
                continue;
            }
            done.push(from);
            let other = text.split(' ').map(|w| if w == from { to } else { w }).collect::<Vec<_>>().join(" ");
            add.push((other, v.clone(), *cs));
        }
    }
    // ("Saint Lucia", "St. George's": the word for a saint written out, as "St" or as "St." — each name
    // holding one as a word of its own is matched in the other two forms)
    for (text, v, cs) in gaz.iter() {
        let words: Vec<&str> = text.split(' ').collect();
        let Some(at) = words.iter().position(|w| matches!(*w, "Saint" | "St" | "St.")) else { continue };
        if at + 1 == words.len() {
            continue;
        }
        for form in ["Saint", "St", "St."] {
            if form != words[at] {
                let mut other = words.clone();
                other[at] = form;
                add.push((other.join(" "), v.clone(), *cs));
            }
        }
    }
    // ("Al-Shabaab", "Al-Aqsa Martyrs' Brigades": the article particle written in lower case too, as
    // most papers write it inside a sentence)
    for (text, v, cs) in gaz.iter() {
        for (cap, low) in [("Al-", "al-"), ("El-", "el-")] {
            if let Some(rest) = text.strip_prefix(cap).filter(|r| r.starts_with(char::is_uppercase)) {
                add.push((format!("{low}{rest}"), v.clone(), *cs));
            }
        }
    }
    if !add.is_empty() {
        // (the few new forms looked up in one pass, rather than every name hashed into a set)
        let fresh: HashSet<&str> = add.iter().map(|a| a.0.as_str()).collect();
        let known: HashSet<String> = gaz.iter().filter(|g| fresh.contains(g.0.as_str())).map(|g| g.0.clone()).collect();
        add.retain(|(other, _, _)| !known.contains(other.as_str()));
    }
    gaz.extend(add);
}

fn err(file: &str, line: usize, message: impl Into<String>) -> KbError {
    KbError { file: file.to_string(), line, message: message.into() }
}

/// Builds the knowledge base from the built-in files and `extra`.
pub fn build(extra: &[(String, String)]) -> Result<Kb, KbError> {
    std::thread::scope(|s| build_rest(extra, s))
}

fn build_rest<'scope>(
    extra: &[(String, String)],
    s: &'scope std::thread::Scope<'scope, '_>,
) -> Result<Kb, KbError> {
    // (the lists of given names and surnames fill sets of their own and read nothing else: parsed on a
    // second thread while this one reads the rest)
    let name_list = |n: &str| n.starts_with("given_name") || n.starts_with("surnames");
    let lists = s.spawn(move || -> Result<Builder, KbError> {
        let mut nb = Builder::default();
        for (name, content) in BUILTIN.iter().filter(|(n, _)| name_list(n)) {
            nb.add(name, content)?;
        }
        Ok(nb)
    });
    let mut b = Builder::default();
    for (name, content) in BUILTIN.iter().filter(|(n, _)| !name_list(n)) {
        b.add(name, content)?;
    }
    let nb = lists.join().expect("the name lists are read")?;
    (b.given, b.given_maybe, b.given_sex, b.surnames) = (nb.given, nb.given_maybe, nb.given_sex, nb.surnames);
    for (name, content) in extra {
        b.add(name, content)?;
    }
    // a word that names a state or place in the gazetteer is never taken for a holder's surname
    // (a surname is one word: only one-word names can be one)
    let names: HashSet<String> = b.gaz.iter().filter(|g| !g.0.contains(' ')).map(|g| g.0.to_lowercase()).collect();
    // the words of known bodies' and places' names ("Transport", "Theatre", "Springs", "Falls"):
    // evidence for names the knowledge base does not hold
    let state_forms: HashSet<&str> = b
        .gaz
        .iter()
        .filter(|(_, (id, _), _)| b.entries[id.0 as usize].kind == EntityKind::State)
        .map(|g| g.0.as_str())
        .collect();
    let mut org_words: HashSet<String> = HashSet::default();
    let mut place_words: HashSet<String> = HashSet::default();
    for (k, (text, (id, _), _)) in b.gaz.iter().enumerate() {
        if b.bulk_places.iter().any(|r| r.contains(&k)) {
            continue;
        }
        let kind = b.entries[id.0 as usize].kind;
        if !text.contains([' ', '-']) {
            continue;
        }
        let words: Vec<&str> = text.split([' ', '-']).collect();
        let into = match kind {
            EntityKind::Organization | EntityKind::Group => &mut org_words,
            EntityKind::Place => &mut place_words,
            _ => continue,
        };
        // (a body named after a person — "Eduardo Mondlane University", "George Washington University" —
        // lends no word: the person's names are no evidence of a body)
        if kind != EntityKind::Place && b.given.contains(words[0]) {
            continue;
        }
        for w in words {
            // (nor a place named after a person — "Puerto Williams" — a surname: no evidence of a place;
            // nor an honorific: "Sir Creek" makes no "Sir" a place's word)
            if kind == EntityKind::Place && (b.given.contains(w) || b.surnames.contains(w) || b.honorifics.contains(w)) {
                continue;
            }
            if w.chars().count() >= 3 && w.starts_with(|c: char| c.is_uppercase()) && !state_forms.contains(w) && !into.contains(w) {
                into.insert(w.to_string());
            }
        }
    }
    owned_institution_forms(&mut b);
    acronym_word_forms(&mut b);
    company_short_forms(&mut b, &names);
    spelling_variants(&mut b.gaz);
    // (the gazetteer's trie is built on a second thread while this one indexes the office holders and
    // builds the smaller matchers)
    for h in &mut b.holders {
        h.international = !b.states.contains_key(&h.country);
    }
    // a form two states share ("Congolese", "Dominican"), or two bodies ("BNP": Bangladesh's
    // Nationalist Party and the British National Party; "ADF"): every entry of that kind it may name,
    // in file order
    let mut shared: HashMap<&str, Vec<EntryId>> = HashMap::default();
    for (text, (id, _), _) in &b.gaz {
        let e = &b.entries[id.0 as usize];
        // (a body and an armed group are of one kind here: "ADF" is Australia's Defence Force or
        // Congo's Allied Democratic Forces)
        let family = |k: EntityKind| if k == EntityKind::Group { EntityKind::Organization } else { k };
        if matches!(e.kind, EntityKind::State | EntityKind::Organization | EntityKind::Group) && e.ambiguous.is_none() {
            let ids = shared.entry(text.as_str()).or_default();
            let same_kind = ids.first().is_none_or(|f: &EntryId| family(b.entries[f.0 as usize].kind) == family(e.kind));
            if !ids.contains(id) && same_kind {
                ids.push(*id);
            }
        }
    }
    let shared: HashMap<String, Vec<EntryId>> = shared.into_iter().filter(|(_, ids)| ids.len() > 1).map(|(t, ids)| (t.to_string(), ids)).collect();
    let gaz = std::mem::take(&mut b.gaz);
    let (inst_pats, title_pats) = (std::mem::take(&mut b.inst_pats), std::mem::take(&mut b.title_pats));
    let (gazetteer, populated, (by_name, by_surname), inst_matcher, title_matcher) = {
        let gazetteer = s.spawn(move || Matcher::new(gaz));
        // office holders by full name, variants and (unambiguous) surname; a word that names a state or
        // place in the gazetteer is never taken for a surname
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::default();
        // (every holder's surname, given names too: looked up only after an honorific, "Mr Blair")
        let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, h) in b.holders.iter().enumerate() {
            let words: Vec<&str> = h.name.split_whitespace().collect();
            let family_first = matches!(h.country.as_str(), "CHN" | "TWN" | "KOR" | "PRK" | "VNM" | "HKG");
            if words.len() >= 2 && !words.iter().any(|w| matches!(*w, "bin" | "ibn" | "Al" | "al" | "of")) {
                let last = if family_first { words[0] } else { words[words.len() - 1] };
                if last.chars().count() >= 3 && !last.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
                    by_surname.entry(last.to_lowercase()).or_default().push(i);
                }
            }
        }
        for (i, h) in b.holders.iter().enumerate() {
            let mut keys: Vec<String> = vec![h.name.to_lowercase()];
            keys.extend(h.variants.iter().map(|v| v.to_lowercase()));
            // family name first in these countries; Arab royal names ("bin Salman", "Al Thani") are shared by many
            let family_first = matches!(h.country.as_str(), "CHN" | "TWN" | "KOR" | "PRK" | "VNM" | "HKG");
            for full in std::iter::once(&h.name).chain(h.variants.iter()) {
                let words: Vec<&str> = full.split_whitespace().collect();
                // "Philippe of Belgium", "Charles III of the United Kingdom": a territorial title, no surname
                if words.iter().any(|w| matches!(*w, "bin" | "ibn" | "Al" | "al" | "of")) {
                    continue;
                }
                if words.len() >= 2 {
                    let last = if family_first { words[0] } else { words[words.len() - 1] };
                    let roman = last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
                    // (a common family name written first — "Zhang", "Liu", "Yoon" — is borne by millions:
                    // alone it names no office holder)
                    let common_family = family_first && b.name_words.get(last).is_some_and(|w| w.has(crate::NameWord::FAMILY_FIRST));
                    if last.chars().count() >= 3
                        && !roman
                        && !common_family
                        && !b.given.contains(last)
                        && !b.languages.contains(last)
                        && !names.contains(&last.to_lowercase())
                    {
                        keys.push(last.to_lowercase());
                    }
                }
            }
            keys.sort();
            keys.dedup();
            for k in keys {
                let v = by_name.entry(k).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        let (inst_matcher, title_matcher) = (Matcher::new(inst_pats), Matcher::new(title_pats));
        // GeoNames' towns come compiled by build.rs, with the last words many of them share
        let mut populated = crate::PlaceNames::geonames();
        place_words.extend(crate::GEONAMES_COMMON_LAST.lines().map(str::to_string));
        populated.extend(b.populated.iter().map(String::as_str));
        (gazetteer.join().expect("the gazetteer's matcher is built"), populated, (by_name, by_surname), inst_matcher, title_matcher)
    };
    Ok(Kb {
        gazetteer,
        inst_matcher,
        title_matcher,
        entries: b.entries,
        states: b.states,
        institutions: b.institutions,
        titles: b.titles,
        honorifics: b.honorifics,
        honorific_states: b.honorific_states,
        legal_form_states: b.legal_form_states,
        domain_states: b.domain_states,
        outlets: b.outlets,
        nicknames: b.nicknames,
        given_origins: b.given_origins,
        surname_origins: b.surname_origins,
        surname_endings: {
            // (longest first, so that "-opoulos" is read before "-os")
            let mut v = b.surname_endings;
            v.sort_by_key(|(e, _)| std::cmp::Reverse(e.chars().count()));
            v
        },
        descriptors: b.descriptors,
        state_kinds: b.state_kinds,
        languages: b.languages,
        terms: b.terms,
        given: b.given,
        given_maybe: b.given_maybe,
        given_sex: b.given_sex,
        surnames: b.surnames,
        holders: b.holders,
        holders_by_name: by_name,
        holders_by_surname: by_surname,
        name_words: b.name_words,
        combining: b.combining,
        org_words: crate::NameSet::new(org_words.iter().map(String::as_str)),
        place_words: crate::NameSet::new(place_words.iter().map(String::as_str)),
        populated,
        shared,
    })
}
