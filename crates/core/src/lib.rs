//! The contract every part of dyad builds on.
//!
//! # Overview
//! A [`Document`] owns one article's text. Every annotation is a [`Span`]:
//! half-open UTF-8 **byte** offsets into [`Document::text`]. Reading happens
//! in named [`Stage`]s that each add a layer (sentences and tokens, actors,
//! quotations, events); a [`Pipeline`] runs them in order. [`wire`] is the
//! one module that knows the JSON Lines output format.
//!
//! This crate does no I/O: it neither reads files nor writes to a terminal.
//!
//! # Example
//! ```
//! use dyad_core::{Document, Entity, EntityKind, Mention, MentionKind, Span, wire};
//! let mut doc = Document::from_text("Baku welcomed the talks.");
//! let e = doc.add_entity(Entity::new("Azerbaijan", EntityKind::State));
//! doc.add_mention(Mention { span: Span::new(0, 4), entity: e, kind: MentionKind::Metonym });
//! let json = wire::to_json_line(&doc);
//! assert!(json.contains(r#""mentions":[[0,4]]"#));
//! ```
#![deny(missing_docs)]

pub mod annot;
pub mod document;
pub mod span;
pub mod stage;
pub mod wire;

pub use annot::{
    Entity, EntityId, EntityKind, Event, Gender, LearnedFact, Mention, MentionKind, Mode, PartialDate, Plover, Quote,
    QuoteKind, Token, TokenKind,
};
pub use document::{content_id, Document, Meta};
pub use span::Span;
pub use stage::{Layer, Pipeline, Stage, StageError};
