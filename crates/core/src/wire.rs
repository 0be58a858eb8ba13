//! The JSON Lines wire format: one object per document.
//!
//! This is the only module that knows the output format; the JSON Schema in
//! `schema/document.schema.json` at the repository root describes the same
//! shape, and `docs/format.md` documents it. Offsets are UTF-8 byte offsets
//! into `text`, end exclusive; text is always valid UTF-8 (invalid input bytes
//! were replaced with U+FFFD when the document was read). Adding fields is
//! compatible; renaming or removing one is a breaking change.
//!
//! [`WireDoc`] both serializes a [`Document`] and reads the format back
//! (the store and the evaluation commands read dyad's own output).

use crate::{Document, EntityId, Mode, PartialDate, Plover, QuoteKind, Span};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One document on the wire.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WireDoc {
    /// Input id, else a content hash.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The exact text all offsets refer to.
    pub text: String,
    /// One entry per actor per document.
    pub entities: Vec<WireEntity>,
    /// Quotations.
    pub quotes: Vec<WireQuote>,
    /// Events.
    pub events: Vec<WireEvent>,
}

/// An actor on the wire.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WireEntity {
    /// `"e<N>"`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// person, state, organization, place, group, other.
    pub kind: String,
    /// ISO 3166-1 alpha-3 or null.
    pub country: Option<String>,
    /// CAMEO-style actor code or null.
    pub code: Option<String>,
    /// Role or null.
    pub role: Option<String>,
    /// `[[start, end], …]`.
    pub mentions: Vec<Span>,
    /// Facts learned from the text (added field; may be absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<WireFact>,
}

/// A learned fact on the wire.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WireFact {
    /// role, affiliation, country.
    pub attribute: String,
    /// The value.
    pub value: String,
    /// The words it was read from.
    pub evidence: Span,
}

/// A quotation on the wire.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WireQuote {
    /// The quoted or reported words.
    pub span: Span,
    /// Entity id or null.
    pub speaker: Option<String>,
    /// Reporting words or null.
    pub cue: Option<Span>,
    /// direct or indirect.
    pub kind: QuoteKind,
    /// Pieces of an interrupted quotation (added field; may be absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Span>,
}

/// An event on the wire.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WireEvent {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub plover: Plover,
    /// CAMEO code.
    pub cameo: String,
    /// Entity id or null.
    pub source: Option<String>,
    /// Entity id or null.
    pub target: Option<String>,
    /// Trigger words.
    pub trigger: Span,
    /// Modality.
    pub mode: Mode,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or null.
    #[serde(serialize_with = "ser_date", deserialize_with = "de_date")]
    pub date: Option<PartialDate>,
    /// Goldstein score.
    pub goldstein: f32,
    /// QuadClass 1–4.
    pub quad: u8,
}

fn ser_date<S: Serializer>(d: &Option<PartialDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<PartialDate>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    match s {
        None => Ok(None),
        Some(s) => PartialDate::parse(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("bad date {s:?}"))),
    }
}

fn eid(id: Option<EntityId>) -> Option<String> {
    id.map(|e| e.to_string())
}

impl WireDoc {
    /// The wire form of a document.
    pub fn from_document(doc: &Document) -> WireDoc {
        let mut mentions: Vec<Vec<Span>> = vec![Vec::new(); doc.entities.len()];
        for m in &doc.mentions {
            if let Some(v) = mentions.get_mut(m.entity.index()) {
                v.push(m.span);
            }
        }
        WireDoc {
            id: doc.id.clone(),
            title: doc.meta.title.clone(),
            url: doc.meta.url.clone(),
            published: doc.meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
            text: doc.text.clone(),
            entities: doc
                .entities
                .iter()
                .zip(mentions)
                .enumerate()
                .map(|(i, (e, mentions))| WireEntity {
                    id: EntityId(i as u32).to_string(),
                    name: e.name.clone(),
                    kind: e.kind.as_str().to_string(),
                    country: e.country.clone(),
                    code: e.code.clone(),
                    role: e.role.clone(),
                    mentions,
                    facts: e
                        .facts
                        .iter()
                        .map(|f| WireFact { attribute: f.attribute.clone(), value: f.value.clone(), evidence: f.evidence })
                        .collect(),
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .map(|q| WireQuote {
                    span: q.span,
                    speaker: eid(q.speaker),
                    cue: q.cue,
                    kind: q.kind,
                    parts: q.parts.clone(),
                })
                .collect(),
            events: doc
                .events
                .iter()
                .map(|e| WireEvent {
                    plover: e.plover,
                    cameo: e.cameo.clone(),
                    source: eid(e.source),
                    target: eid(e.target),
                    trigger: e.trigger,
                    mode: e.mode,
                    date: e.date,
                    goldstein: e.goldstein,
                    quad: e.quad,
                })
                .collect(),
        }
    }

    /// Looks up an entity by its wire id.
    pub fn entity(&self, id: &str) -> Option<&WireEntity> {
        let n: usize = id.strip_prefix('e')?.parse().ok()?;
        self.entities.get(n).filter(|e| e.id == id).or_else(|| self.entities.iter().find(|e| e.id == id))
    }

    /// The text a span covers ("" when out of bounds).
    pub fn slice(&self, s: Span) -> &str {
        s.of(&self.text)
    }
}

/// One line of JSON Lines output for a document (no trailing newline).
pub fn to_json_line(doc: &Document) -> String {
    // Serializing plain strings, numbers and arrays cannot fail.
    serde_json::to_string(&WireDoc::from_document(doc)).unwrap_or_else(|e| {
        format!("{{\"id\":{:?},\"error\":{:?}}}", doc.id, e.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Entity, EntityKind, Event, Mention, MentionKind, Quote};

    #[test]
    fn document_round_trips_through_the_wire() {
        let mut doc = Document::from_text("“We agree,” Baku said.");
        let e = doc.add_entity(Entity::new("Azerbaijan", EntityKind::State));
        let s = doc.text.find("Baku").unwrap();
        doc.add_mention(Mention { span: Span::new(s, s + 4), entity: e, kind: MentionKind::Metonym });
        doc.quotes.push(Quote {
            span: Span::new(3, 11),
            parts: vec![],
            speaker: Some(e),
            cue: Some(Span::new(s + 5, s + 9)),
            kind: QuoteKind::Direct,
        });
        doc.events.push(Event {
            plover: Plover::Agree,
            cameo: "030".into(),
            source: Some(e),
            target: None,
            trigger: Span::new(6, 11),
            mode: Mode::Reported,
            date: PartialDate::parse("2025-01"),
            goldstein: 4.0,
            quad: 1,
        });
        let line = to_json_line(&doc);
        let back: WireDoc = serde_json::from_str(&line).unwrap();
        assert_eq!(back, WireDoc::from_document(&doc));
        assert_eq!(back.slice(back.quotes[0].span), "We agree");
        assert_eq!(back.entity("e0").unwrap().name, "Azerbaijan");
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["events"][0]["type"], "AGREE");
        assert_eq!(v["events"][0]["date"], "2025-01");
        assert_eq!(v["quotes"][0]["speaker"], "e0");
        assert!(v["published"].is_null());
    }
}
