//! The actors stage: every state, person, organisation and place an article
//! mentions, linked to the knowledge base and resolved to one entity per
//! actor per document.
//!
//! # Overview
//! [`ActorsStage`] runs in four steps, each in its own module:
//! 1. [`candidates`]: proposes mention spans from the knowledge-base
//!    gazetteer (states by name, abbreviation, demonym and metonym;
//!    organisations; institutions; places), capitalised-name shapes
//!    ([`shape`], typed by the rules and then by the learned [`typer`]),
//!    office holders' names, and title/honorific + name
//!    patterns; composes institutions ("the Azerbaijani MFA", "Russia's
//!    Defence Ministry", "the Biden administration").
//! 2. [`select`]: keeps a non-overlapping set (longest first, knowledge
//!    before statistics on ties) and settles ambiguous names by context
//!    ("Georgia" the state or the US state, "Jordan" the state or a person).
//! 3. [`cluster`]: groups mentions into entities: one per state, name
//!    variants of one person ("Steve" / "Steven Witkoff" / "Witkoff"), one per
//!    organisation; gives each entity its canonical name, country, CAMEO code
//!    and role, and records the facts the text states about it (titles and
//!    appositions: "X, editor of the Y").
//! 4. [`nominals`]: links role nouns and descriptions ("the editor", "the
//!    47th president", "Israel's PM") to the person they stand for.
//!
//! # Example
//! ```
//! use dyad_core::{Document, Stage, EntityKind};
//! let mut doc = Document::from_text("Azerbaijani officials met President Macron in Paris.");
//! dyad_text::TextStage.process(&mut doc).unwrap();
//! dyad_actors::ActorsStage::builtin().process(&mut doc).unwrap();
//! let aze = doc.entities.iter().find(|e| e.country.as_deref() == Some("AZE")).unwrap();
//! assert_eq!(aze.kind, EntityKind::State);
//! ```
#![deny(missing_docs)]

mod gender;
pub mod candidates;
pub mod shape;
pub mod cluster;
pub mod nominals;
pub mod select;
pub mod typer;
pub mod util;

use dyad_core::{Document, Layer, Stage, StageError};
use dyad_kb::Kb;

/// Finds, links and resolves actors.
#[derive(Clone, Copy, Debug)]
pub struct ActorsStage {
    kb: &'static Kb,
    typer: Option<&'static typer::Typer>,
}

impl ActorsStage {
    /// The stage with the built-in knowledge base.
    pub fn builtin() -> ActorsStage {
        ActorsStage { kb: Kb::builtin(), typer: Some(typer::Typer::builtin()) }
    }

    /// The stage with a given knowledge base (e.g. built-in plus user files).
    pub fn new(kb: &'static Kb) -> ActorsStage {
        ActorsStage { kb, typer: Some(typer::Typer::builtin()) }
    }

    /// The same stage with another name typer, or none (the shape rules alone).
    pub fn with_typer(self, typer: Option<&'static typer::Typer>) -> ActorsStage {
        ActorsStage { typer, ..self }
    }
}

impl Stage for ActorsStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tokens]
    }
    fn provides(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let lk = util::Lookups::new(doc, self.kb);
        let ner = shape::name_spans_with(doc, self.kb, &lk, self.typer);
        let (cands, home, dated) = candidates::propose(doc, self.kb, &lk, &ner);
        let chosen = select::choose(doc, self.kb, cands);
        cluster::build(doc, self.kb, &lk, chosen, home.as_deref(), dated);
        nominals::link(doc, self.kb, &lk);
        doc.drop_unmentioned_entities();
        gender::assign(doc, self.kb);
        // (a name read across a hard-wrapped line is written with one space: "Levan\nAbashidze")
        for e in doc.entities.iter_mut().filter(|e| e.name.contains(char::is_whitespace)) {
            e.name = e.name.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        Ok(())
    }
}
