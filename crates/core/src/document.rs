//! The [`Document`]: one article's text and every layer read from it.

use crate::annot::{Entity, EntityId, Event, Mention, Quote, Token};
use crate::Span;
use sha2::{Digest, Sha256};

/// Metadata that comes with a document from its source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// Identifier from the input; when absent the document gets a content hash.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<chrono::NaiveDate>,
    /// Where the document came from ("examples/a.html", "feed.xml#3"), for messages only.
    pub origin: Option<String>,
}

/// One article. The document owns its text; every annotation is a [`Span`]
/// (UTF-8 byte offsets, end exclusive) into [`Document::text`], and stages
/// add layers to it in order.
///
/// Layers, each sorted by start offset:
/// `paragraphs` and `sentences` (from the text stage), `tokens`,
/// `entities` + `mentions` (actors), `quotes` (quotations), `events`.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Stable identifier: the input's id, else `sha256:<first 16 hex digits>` of the text.
    pub id: String,
    /// Source metadata.
    pub meta: Meta,
    /// The exact text every offset refers to.
    pub text: String,
    /// Paragraph spans (blank-line or line-break separated blocks, trimmed).
    pub paragraphs: Vec<Span>,
    /// Sentence spans, inside paragraphs.
    pub sentences: Vec<Span>,
    /// Tokens.
    pub tokens: Vec<Token>,
    /// Actors, one per actor per document.
    pub entities: Vec<Entity>,
    /// Mentions of actors, sorted by start; they never overlap.
    pub mentions: Vec<Mention>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Events.
    pub events: Vec<Event>,
    /// Non-fatal remarks stages made about this document.
    pub warnings: Vec<String>,
}

/// The content hash used as an id when the input gives none.
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut s = String::with_capacity(23);
    s.push_str("sha256:");
    for b in &digest[..8] {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

impl Document {
    /// A document with text and metadata and no layers yet.
    pub fn new(text: impl Into<String>, meta: Meta) -> Document {
        let text = text.into();
        let id = match meta.id.as_deref().map(str::trim) {
            Some(id) if !id.is_empty() => id.to_string(),
            _ => content_id(&text),
        };
        Document { id, meta, text, ..Document::default() }
    }

    /// A document from bare text (tests, examples).
    pub fn from_text(text: impl Into<String>) -> Document {
        Document::new(text, Meta::default())
    }

    /// The text a span covers.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// Index of the first token starting at or after `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The tokens inside `span` (index range into `tokens`).
    pub fn token_range(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.token_at_or_after(span.start);
        let b = self.tokens.partition_point(|t| t.span.end <= span.end);
        a..b.max(a)
    }

    /// Index of the sentence containing `offset`, if any.
    pub fn sentence_index(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }

    /// The sentence containing `offset`, if any.
    pub fn sentence_of(&self, offset: usize) -> Option<Span> {
        self.sentence_index(offset).map(|i| self.sentences[i])
    }

    /// The paragraph containing `offset`, if any.
    pub fn paragraph_of(&self, offset: usize) -> Option<Span> {
        let i = self.paragraphs.partition_point(|s| s.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then(|| self.paragraphs[i])
    }

    /// The mentions that lie inside `span`.
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        let b = b.max(a);
        // mentions are sorted and do not overlap, so only the last may stick out
        let mut b2 = b;
        while b2 > a && self.mentions[b2 - 1].span.end > span.end {
            b2 -= 1;
        }
        &self.mentions[a..b2]
    }

    /// The mention covering `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end <= offset);
        self.mentions.get(i).filter(|m| m.span.start <= offset)
    }

    /// The entity behind an id.
    #[inline]
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// Adds an entity and returns its id.
    pub fn add_entity(&mut self, e: Entity) -> EntityId {
        self.entities.push(e);
        EntityId((self.entities.len() - 1) as u32)
    }

    /// Drops the entities no mention names any longer (a stage took their last mention back) and
    /// renumbers the rest in order. Only for the stage that builds the entities: layers after it hold
    /// entity ids too.
    pub fn drop_unmentioned_entities(&mut self) {
        let mut used = vec![false; self.entities.len()];
        for m in &self.mentions {
            used[m.entity.index()] = true;
        }
        if used.iter().all(|&u| u) {
            return;
        }
        let mut new_id = vec![0u32; self.entities.len()];
        let mut next = 0u32;
        for (i, &u) in used.iter().enumerate() {
            new_id[i] = next;
            next += u32::from(u);
        }
        let mut i = 0;
        self.entities.retain(|_| {
            i += 1;
            used[i - 1]
        });
        for m in &mut self.mentions {
            m.entity = EntityId(new_id[m.entity.index()]);
        }
    }

    /// Adds a mention, keeping `mentions` sorted. Returns false (and adds
    /// nothing) if it would overlap an existing mention.
    pub fn add_mention(&mut self, m: Mention) -> bool {
        let i = self.mentions.partition_point(|x| x.span.start < m.span.start);
        if i > 0 && self.mentions[i - 1].span.end > m.span.start {
            return false;
        }
        if i < self.mentions.len() && self.mentions[i].span.start < m.span.end {
            return false;
        }
        self.mentions.insert(i, m);
        true
    }

    /// All mention spans of one entity, in text order.
    pub fn mentions_of(&self, id: EntityId) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| m.entity == id)
    }

    /// Checks every layer's offsets against the text: in bounds, on char
    /// boundaries, sorted where promised. Returns the first problem found.
    pub fn validate(&self) -> Result<(), String> {
        let ok = |s: Span, what: &str| -> Result<(), String> {
            if s.start > s.end
                || s.end > self.text.len()
                || !self.text.is_char_boundary(s.start)
                || !self.text.is_char_boundary(s.end)
            {
                return Err(format!("{what} span {}..{} is not a valid slice of the text", s.start, s.end));
            }
            Ok(())
        };
        for s in &self.paragraphs {
            ok(*s, "paragraph")?;
        }
        for s in &self.sentences {
            ok(*s, "sentence")?;
        }
        for t in &self.tokens {
            ok(t.span, "token")?;
        }
        for w in self.mentions.windows(2) {
            if w[0].span.end > w[1].span.start {
                return Err(format!("mentions {:?} and {:?} overlap", w[0].span, w[1].span));
            }
        }
        for m in &self.mentions {
            ok(m.span, "mention")?;
            if m.entity.index() >= self.entities.len() {
                return Err(format!("mention refers to missing entity {}", m.entity));
            }
        }
        for q in &self.quotes {
            ok(q.span, "quote")?;
            if let Some(c) = q.cue {
                ok(c, "cue")?;
            }
            if let Some(e) = q.speaker {
                if e.index() >= self.entities.len() {
                    return Err(format!("quote speaker refers to missing entity {e}"));
                }
            }
        }
        for e in &self.events {
            ok(e.trigger, "event trigger")?;
            for id in [e.source, e.target].into_iter().flatten() {
                if id.index() >= self.entities.len() {
                    return Err(format!("event refers to missing entity {id}"));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annot::{EntityKind, MentionKind};

    #[test]
    fn id_falls_back_to_content_hash() {
        let d = Document::from_text("hello");
        assert!(d.id.starts_with("sha256:"));
        assert_eq!(d.id.len(), 7 + 16);
        assert_eq!(d.id, Document::from_text("hello").id);
        assert_ne!(d.id, Document::from_text("hello!").id);
        let d = Document::new("x", Meta { id: Some("a1".into()), ..Meta::default() });
        assert_eq!(d.id, "a1");
    }

    #[test]
    fn mentions_stay_sorted_and_disjoint() {
        let mut d = Document::from_text("Baku and Yerevan met in Tbilisi.");
        let e = d.add_entity(Entity::new("Azerbaijan", EntityKind::State));
        assert!(d.add_mention(Mention { span: Span::new(9, 16), entity: e, kind: MentionKind::Metonym }));
        assert!(d.add_mention(Mention { span: Span::new(0, 4), entity: e, kind: MentionKind::Metonym }));
        assert!(!d.add_mention(Mention { span: Span::new(2, 6), entity: e, kind: MentionKind::Name }));
        assert_eq!(d.mentions[0].span, Span::new(0, 4));
        assert_eq!(d.mentions_in(Span::new(0, 8)).len(), 1);
        assert_eq!(d.mention_at(10).map(|m| m.span), Some(Span::new(9, 16)));
        assert!(d.validate().is_ok());
    }
}
