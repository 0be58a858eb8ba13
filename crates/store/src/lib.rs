//! The embedded store: everything dyad read, in one SQLite file.
//!
//! # Overview
//! [`Store::ingest_batch`] writes annotated [`Document`](dyad_core::Document)s in one transaction:
//! the document and its full-text index entry, one row per actor **across all
//! documents** (keyed by knowledge-base id, else kind + country + name; a name read without a
//! country joins the one country its other documents give it, and a row stored without one is
//! merged once a document gives it), each
//! document's entity ids mapped to those rows, the mentions and the forms
//! they take ("Baku" for Azerbaijan), quotations, events and learned facts
//! (each with the byte span of the sentence it came from), and the relation
//! counts per ordered pair and month. A document whose id or content hash is
//! already stored is skipped, so ingesting again is harmless. The database
//! runs in WAL mode: killing the writer loses at most the batch in flight and
//! never corrupts what was committed (`tests/crash.rs` kills a writer and
//! checks). The schema version is `PRAGMA user_version`; older files are
//! upgraded on open, newer or foreign ones refused with their path named.
//!
//! The query methods ([`Store::actors`], [`Store::find_actor`],
//! [`Store::actor_profile`], [`Store::quotes`], [`Store::events`],
//! [`Store::search`], [`Store::relations`]) return plain serializable rows
//! ([`ActorRow`], [`ActorProfile`], [`QuoteRow`], [`EventRow`],
//! [`SearchHit`], [`Relations`]). Names in filters resolve through
//! [`Store::find_actor`]: a name, a code, a state's ISO3 or a form used in
//! the texts.
//!
//! # Example
//! ```
//! use dyad_core::{Document, Entity, EntityKind, Mention, MentionKind, Span};
//! let mut store = dyad_store::Store::open_in_memory().unwrap();
//! let mut doc = Document::from_text("Baku welcomed the talks.");
//! let e = doc.add_entity(Entity::new("Azerbaijan", EntityKind::State));
//! doc.add_mention(Mention { span: Span::new(0, 4), entity: e, kind: MentionKind::Metonym });
//! assert_eq!(store.ingest_batch(&[doc.clone()]).unwrap().inserted, 1);
//! assert_eq!(store.ingest_batch(&[doc]).unwrap().skipped, 1);
//! assert_eq!(store.find_actor("Baku").unwrap()[0].name, "Azerbaijan");
//! ```
#![deny(missing_docs)]

mod ingest;
mod query;
mod schema;

pub use query::{
    ActorProfile, ActorRow, EventFilter, EventRow, FactRow, Period, QuoteRow, RelationRow, Relations, SearchHit,
};

use rusqlite::Connection;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What went wrong with the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The file could not be opened or created.
    #[error("cannot open {path}: {source}")]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        source: rusqlite::Error,
    },
    /// The file is not a dyad database (or not SQLite at all).
    #[error("{path} is not a dyad database: {reason}")]
    NotADatabase {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The database was written by a newer dyad.
    #[error("{path} has schema version {found}; this dyad reads up to {supported}")]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// Ours.
        supported: i64,
    },
    /// A query asked for something that is not there.
    #[error("{0}")]
    NotFound(String),
    /// SQLite failed.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Names the file in errors met while opening it: not a database, cannot be
/// opened, or anything else SQLite reports.
pub(crate) fn opening(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::NotADatabase) => StoreError::NotADatabase { path: path.to_path_buf(), reason: e.to_string() },
        Some(C::CannotOpen | C::PermissionDenied | C::ReadOnly | C::DatabaseBusy | C::DatabaseLocked | C::SystemIoFailure) => {
            StoreError::Open { path: path.to_path_buf(), source: e }
        }
        _ => StoreError::Sqlite(e),
    }
}

/// Counts of what a batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BatchSummary {
    /// Documents written.
    pub inserted: usize,
    /// Documents already stored.
    pub skipped: usize,
}

/// How much the store holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Documents.
    pub documents: usize,
    /// Actors (one per actor across documents).
    pub actors: usize,
    /// Mentions.
    pub mentions: usize,
    /// Quotations.
    pub quotes: usize,
    /// Events.
    pub events: usize,
    /// Inputs that failed.
    pub failures: usize,
}

/// A dyad database.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.to_path_buf(), source })?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| opening(path, e))?;
        schema::init(&conn, path)?;
        Ok(Store { conn })
    }

    /// A database in memory (tests, one-off runs).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory()?;
        schema::init(&conn, Path::new(":memory:"))?;
        Ok(Store { conn })
    }

    /// Records an input that could not be read or annotated.
    pub fn record_failure(&mut self, origin: &str, message: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO failures(origin, message, at) VALUES (?1, ?2, datetime('now'))",
            (origin, message),
        )?;
        Ok(())
    }

    /// How much the store holds.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let c = |t: &str| -> Result<usize, StoreError> {
            Ok(self.conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Counts {
            documents: c("documents")?,
            actors: c("actors")?,
            mentions: c("mentions")?,
            quotes: c("quotes")?,
            events: c("events")?,
            failures: c("failures")?,
        })
    }

    /// Runs SQLite's integrity check; `Ok(())` when the file is sound.
    pub fn integrity_check(&self) -> Result<(), StoreError> {
        let r: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if r == "ok" {
            Ok(())
        } else {
            Err(StoreError::NotFound(format!("integrity check failed: {r}")))
        }
    }
}
