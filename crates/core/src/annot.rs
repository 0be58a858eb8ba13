//! The annotation layers stages write: tokens, sentences, entities and their
//! mentions, quotations and events.

use crate::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Index of an [`Entity`] in [`Document::entities`](crate::Document::entities).
/// Printed on the wire as `"e<N>"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub u32);

impl EntityId {
    /// The position in `Document::entities`.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "e{}", self.0)
    }
}

/// What sort of text a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or dots ("don't", "U.S.").
    Word,
    /// Digits, possibly with inner separators ("2,225", "3.5", "2019-2025").
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token. Tokens never overlap, never contain white space, and are
/// sorted by `span.start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token stands in the text.
    pub span: Span,
    /// What sort of token it is.
    pub kind: TokenKind,
}

/// The kind of actor an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A human being.
    Person,
    /// A sovereign state or territory (also when named through its capital or a demonym).
    State,
    /// A ministry, agency, company, outlet, international organisation, bloc.
    Organization,
    /// A place below the state: city, region, disputed territory.
    Place,
    /// A group of people that is not an organisation: militants, protesters, "Republicans".
    Group,
    /// Anything else worth keeping (events, laws, treaties as names).
    Other,
}

impl EntityKind {
    /// The lowercase wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::State => "state",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }

    /// Parses the lowercase wire name.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "person" => EntityKind::Person,
            "state" => EntityKind::State,
            "organization" | "organisation" => EntityKind::Organization,
            "place" => EntityKind::Place,
            "group" => EntityKind::Group,
            "other" => EntityKind::Other,
            _ => return None,
        })
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A proper name or a variant of it ("Steve Witkoff", "Witkoff").
    Name,
    /// A capital or seat of power standing for a state or government ("Baku", "Washington").
    Metonym,
    /// An adjective or demonym ("Azerbaijani", "Israeli").
    Demonym,
    /// A role noun or description ("the editor", "the 47th president").
    Nominal,
    /// A personal pronoun ("he", "she", "they").
    Pronoun,
}

/// One place in the text where an entity is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The mention's words (without a possessive "'s").
    pub span: Span,
    /// The entity it refers to.
    pub entity: EntityId,
    /// How it refers.
    pub kind: MentionKind,
}

/// A fact about an entity learned from the text itself ("X, editor of the Y").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnedFact {
    /// What sort of fact: `"role"`, `"affiliation"`, `"country"`.
    pub attribute: String,
    /// The value ("editor", "London Times", "AZE").
    pub value: String,
    /// The words the fact was read from.
    pub evidence: Span,
}

/// One actor in one document, with everything the document says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Canonical name ("Azerbaijan", "Steve Witkoff").
    pub name: String,
    /// What kind of actor.
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 of the state it is or belongs to.
    pub country: Option<String>,
    /// CAMEO-style actor code ("AZE", "USAGOV", "ISRMIL").
    pub code: Option<String>,
    /// Role or title ("president", "special envoy").
    pub role: Option<String>,
    /// Identifier in the knowledge base, when linked.
    pub kb_id: Option<String>,
    /// Facts learned from this document's text.
    pub facts: Vec<LearnedFact>,
    /// For a person, the grammatical gender the text or the name points to ("Mrs", "spokeswoman", a
    /// given name used for one sex): only to tell whom a "he" or a "she" can be; not stored.
    pub gender: Option<Gender>,
}

/// Which third-person pronoun fits a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// "he", "him", "his".
    Male,
    /// "she", "her", "hers".
    Female,
}

impl Gender {
    /// The gender a personal pronoun asks for, if it is a third-person singular one.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word.to_lowercase().as_str() {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        }
    }
}

impl Entity {
    /// A bare entity with a name and a kind.
    pub fn new(name: impl Into<String>, kind: EntityKind) -> Entity {
        Entity {
            name: name.into(),
            kind,
            country: None,
            code: None,
            role: None,
            kb_id: None,
            facts: Vec::new(),
            gender: None,
        }
    }
}

/// Whether a quotation is verbatim or reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// A reported clause ("X said that …", "according to X, …").
    Indirect,
}

impl QuoteKind {
    /// The lowercase wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A statement and who made it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted or reported words, without quote marks. For a quotation
    /// split by its attribution ("X," she said, "Y.") the span runs from the
    /// first to the last quoted word and `parts` lists the pieces.
    pub span: Span,
    /// The quoted pieces when a quotation is interrupted; empty otherwise.
    pub parts: Vec<Span>,
    /// Who said it, when known.
    pub speaker: Option<EntityId>,
    /// The reporting words ("said", "pointed out", "according to").
    pub cue: Option<Span>,
    /// Direct or indirect.
    pub kind: QuoteKind,
}

/// The 16 PLOVER event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[allow(missing_docs)]
pub enum Plover {
    Agree,
    Consult,
    Support,
    Cooperate,
    Aid,
    Concede,
    Retreat,
    Accuse,
    Request,
    Reject,
    Threaten,
    Protest,
    Mobilize,
    Sanction,
    Coerce,
    Assault,
}

impl Plover {
    /// All sixteen, in codebook order.
    pub const ALL: [Plover; 16] = [
        Plover::Agree,
        Plover::Consult,
        Plover::Support,
        Plover::Cooperate,
        Plover::Aid,
        Plover::Concede,
        Plover::Retreat,
        Plover::Accuse,
        Plover::Request,
        Plover::Reject,
        Plover::Threaten,
        Plover::Protest,
        Plover::Mobilize,
        Plover::Sanction,
        Plover::Coerce,
        Plover::Assault,
    ];

    /// The uppercase wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Plover::Agree => "AGREE",
            Plover::Consult => "CONSULT",
            Plover::Support => "SUPPORT",
            Plover::Cooperate => "COOPERATE",
            Plover::Aid => "AID",
            Plover::Concede => "CONCEDE",
            Plover::Retreat => "RETREAT",
            Plover::Accuse => "ACCUSE",
            Plover::Request => "REQUEST",
            Plover::Reject => "REJECT",
            Plover::Threaten => "THREATEN",
            Plover::Protest => "PROTEST",
            Plover::Mobilize => "MOBILIZE",
            Plover::Sanction => "SANCTION",
            Plover::Coerce => "COERCE",
            Plover::Assault => "ASSAULT",
        }
    }

    /// Parses the wire name (case-insensitive).
    pub fn parse(s: &str) -> Option<Plover> {
        Plover::ALL.iter().copied().find(|p| p.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// How the text presents an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Stated as fact by the article.
    Asserted,
    /// Inside a quotation or reported speech.
    Reported,
    /// may, might, could, likely, is expected to, some believe.
    Speculative,
    /// if …, would.
    Hypothetical,
    /// did not, never.
    Negated,
    /// will, plans to, intends to.
    Planned,
}

impl Mode {
    /// The lowercase wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Asserted => "asserted",
            Mode::Reported => "reported",
            Mode::Speculative => "speculative",
            Mode::Hypothetical => "hypothetical",
            Mode::Negated => "negated",
            Mode::Planned => "planned",
        }
    }

    /// Parses the lowercase wire name.
    pub fn parse(s: &str) -> Option<Mode> {
        Some(match s {
            "asserted" => Mode::Asserted,
            "reported" => Mode::Reported,
            "speculative" => Mode::Speculative,
            "hypothetical" => Mode::Hypothetical,
            "negated" => Mode::Negated,
            "planned" => Mode::Planned,
            _ => return None,
        })
    }
}

/// A date known to the year, the month or the day. On the wire:
/// `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day 1–31, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A full date.
    pub fn from_naive(d: chrono::NaiveDate) -> PartialDate {
        use chrono::Datelike;
        PartialDate { year: d.year(), month: Some(d.month() as u8), day: Some(d.day() as u8) }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the calendar.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut it = s.split('-');
        let year: i32 = it.next()?.parse().ok()?;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let month = match it.next() {
            Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match it.next() {
            Some(d) => {
                let d = d.parse::<u8>().ok()?;
                chrono::NaiveDate::from_ymd_opt(year, month? as u32, d as u32)?;
                Some(d)
            }
            None => None,
        };
        if it.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// One coded event: who did what to whom, when, and how the text presents it.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// PLOVER type.
    pub plover: Plover,
    /// CAMEO code, two to four digits ("042", "1031").
    pub cameo: String,
    /// Who acted.
    pub source: Option<EntityId>,
    /// Who was acted upon.
    pub target: Option<EntityId>,
    /// The words that express the event ("visit", "agreed to").
    pub trigger: Span,
    /// Fact, report, speculation, …
    pub mode: Mode,
    /// When it happened, as far as the text tells.
    pub date: Option<PartialDate>,
    /// Goldstein conflict–cooperation score, −10 to +10.
    pub goldstein: f32,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad: u8,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_parse_and_print() {
        for s in ["2025", "2025-01", "2025-01-07"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
        assert!(PartialDate::parse("2025-02-30").is_none());
        assert!(PartialDate::parse("2025-13").is_none());
        assert!(PartialDate::parse("twenty").is_none());
    }

    #[test]
    fn plover_names_round_trip() {
        for p in Plover::ALL {
            assert_eq!(Plover::parse(p.as_str()), Some(p));
        }
        assert_eq!(Plover::parse("consult"), Some(Plover::Consult));
    }
}
