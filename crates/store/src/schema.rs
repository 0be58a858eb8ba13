//! The schema and its version.

use crate::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// The schema version this build writes (`PRAGMA user_version`).
pub const VERSION: i64 = 1;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS documents (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    published    TEXT,
    origin       TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS actors (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    country       TEXT,
    code          TEXT,
    role          TEXT,
    mention_count INTEGER NOT NULL DEFAULT 0,
    doc_count     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS actors_country ON actors(country);
CREATE TABLE IF NOT EXISTS mentions (
    doc    INTEGER NOT NULL REFERENCES documents(rowid),
    actor  INTEGER NOT NULL REFERENCES actors(id),
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor);
CREATE INDEX IF NOT EXISTS mentions_text ON mentions(text COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS quotes (
    id         INTEGER PRIMARY KEY,
    doc        INTEGER NOT NULL REFERENCES documents(rowid),
    speaker    INTEGER REFERENCES actors(id),
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    cue_start  INTEGER,
    cue_end    INTEGER,
    kind       TEXT NOT NULL,
    sent_start INTEGER NOT NULL,
    sent_end   INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS events (
    id         INTEGER PRIMARY KEY,
    doc        INTEGER NOT NULL REFERENCES documents(rowid),
    type       TEXT NOT NULL,
    cameo      TEXT NOT NULL,
    source     INTEGER REFERENCES actors(id),
    target     INTEGER REFERENCES actors(id),
    trig_start INTEGER NOT NULL,
    trig_end   INTEGER NOT NULL,
    trigger    TEXT NOT NULL,
    mode       TEXT NOT NULL,
    date       TEXT,
    period     TEXT,
    goldstein  REAL NOT NULL,
    quad       INTEGER NOT NULL,
    sent_start INTEGER NOT NULL,
    sent_end   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_source ON events(source);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS facts (
    actor     INTEGER NOT NULL REFERENCES actors(id),
    attribute TEXT NOT NULL,
    value     TEXT NOT NULL,
    doc       INTEGER NOT NULL REFERENCES documents(rowid),
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    evidence  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_actor ON facts(actor);
CREATE TABLE IF NOT EXISTS relations (
    source        TEXT NOT NULL,
    target        TEXT NOT NULL,
    period        TEXT NOT NULL,
    asserted      INTEGER NOT NULL,
    type          TEXT NOT NULL,
    quad          INTEGER NOT NULL,
    n             INTEGER NOT NULL,
    goldstein_sum REAL NOT NULL,
    PRIMARY KEY (source, target, period, asserted, type, quad)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failures (
    id      INTEGER PRIMARY KEY,
    origin  TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);
"#;

/// Creates the schema in a new database, or checks an existing one.
pub fn init(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let not_db = |e: rusqlite::Error| StoreError::NotADatabase { path: path.to_path_buf(), reason: e.to_string() };
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(not_db)?;
    conn.pragma_update(None, "foreign_keys", "ON").map_err(not_db)?;
    conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(not_db)?;
    // bulk-load friendly: a larger page cache, temporary structures in memory, and fewer WAL
    // checkpoints while a batch is written (durability is unchanged: each batch still commits)
    conn.pragma_update(None, "cache_size", -65536).map_err(not_db)?;
    conn.pragma_update(None, "temp_store", "MEMORY").map_err(not_db)?;
    conn.pragma_update(None, "wal_autocheckpoint", 8192).map_err(not_db)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(not_db)?;
    if version > VERSION {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: version, supported: VERSION });
    }
    if version == 0 {
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type='table'", [], |r| r.get(0))
            .map_err(not_db)?;
        let ours: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='documents'", [], |r| r.get(0))
            .map_err(not_db)?;
        if tables > 0 && ours == 0 {
            return Err(StoreError::NotADatabase {
                path: path.to_path_buf(),
                reason: "it is an SQLite database of another program".into(),
            });
        }
    }
    conn.execute_batch(SCHEMA).map_err(not_db)?;
    conn.pragma_update(None, "user_version", VERSION).map_err(not_db)?;
    Ok(())
}
