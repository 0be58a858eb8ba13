//! The schema, its version (`PRAGMA user_version`) and the upgrade from older versions.

use crate::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// The schema version this build writes (`PRAGMA user_version`).
///
/// History: 1 — first layout; 2 — `doc_entities` (each document's local
/// entity ids mapped to actor rows, with the role the document gave),
/// `aliases` (mention forms per actor with counts, replacing an index on
/// every mention's text) and facts keep their evidence words apart from
/// the sentence around them.
pub const VERSION: i64 = 2;

/// The forms the texts use for each actor ("Baku", "Azerbaijani"), with
/// counts: the look-up by mention text, far smaller than `mentions`.
const ALIASES: &str = r#"
CREATE TABLE IF NOT EXISTS aliases (
    actor  INTEGER NOT NULL REFERENCES actors(id),
    text   TEXT NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (actor, text)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_text ON aliases(text COLLATE NOCASE);
"#;

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
CREATE INDEX IF NOT EXISTS actors_name_exact ON actors(name);
CREATE INDEX IF NOT EXISTS actors_country ON actors(country);
CREATE TABLE IF NOT EXISTS doc_entities (
    doc    INTEGER NOT NULL REFERENCES documents(rowid),
    local  INTEGER NOT NULL,
    actor  INTEGER NOT NULL REFERENCES actors(id),
    role   TEXT,
    PRIMARY KEY (doc, local)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_entities_actor ON doc_entities(actor);
CREATE TABLE IF NOT EXISTS mentions (
    doc    INTEGER NOT NULL REFERENCES documents(rowid),
    actor  INTEGER NOT NULL REFERENCES actors(id),
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor);
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
    evidence  TEXT NOT NULL,
    sent_start INTEGER,
    sent_end   INTEGER
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
    let err = |e: rusqlite::Error| crate::opening(path, e);
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
    conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
    conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(err)?;
    // bulk-load friendly: a larger page cache, temporary structures in memory, and fewer WAL
    // checkpoints while a batch is written (durability is unchanged: each batch still commits)
    conn.pragma_update(None, "cache_size", -65536).map_err(err)?;
    conn.pragma_update(None, "temp_store", "MEMORY").map_err(err)?;
    conn.pragma_update(None, "wal_autocheckpoint", 8192).map_err(err)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(err)?;
    if version > VERSION {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: version, supported: VERSION });
    }
    if version == 0 {
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type='table'", [], |r| r.get(0))
            .map_err(err)?;
        let ours: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='documents'", [], |r| r.get(0))
            .map_err(err)?;
        if tables > 0 && ours == 0 {
            return Err(StoreError::NotADatabase {
                path: path.to_path_buf(),
                reason: "it is an SQLite database of another program".into(),
            });
        }
    }
    if version == VERSION {
        return Ok(());
    }
    // create or upgrade in one transaction: a crash leaves the old version intact
    conn.execute_batch("BEGIN IMMEDIATE").map_err(err)?;
    let done = upgrade(conn, version).and_then(|()| conn.execute_batch(SCHEMA)).and_then(|()| conn.execute_batch(ALIASES)).and_then(|()| {
        conn.pragma_update(None, "user_version", VERSION)?;
        conn.execute_batch("COMMIT")
    });
    if let Err(e) = done {
        let _ = conn.execute_batch("ROLLBACK");
        return Err(err(e));
    }
    Ok(())
}

/// Brings a database of an older version up to [`VERSION`] (before the
/// `CREATE … IF NOT EXISTS` statements add what is missing).
fn upgrade(conn: &Connection, from: i64) -> rusqlite::Result<()> {
    if from == 1 {
        // version 1 kept the sentence in start/end/evidence
        conn.execute_batch(
            "ALTER TABLE facts ADD COLUMN sent_start INTEGER;
             ALTER TABLE facts ADD COLUMN sent_end INTEGER;
             UPDATE facts SET sent_start = start, sent_end = end;",
        )?;
        conn.execute_batch(ALIASES)?;
        conn.execute_batch(
            "INSERT INTO aliases(actor, text, n) SELECT actor, text, count(*) FROM mentions GROUP BY actor, text;
             DROP INDEX IF EXISTS mentions_text;",
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(c: &Connection) -> i64 {
        c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_new_database_gets_the_current_version_and_reopens() {
        let c = Connection::open_in_memory().unwrap();
        init(&c, Path::new("x.db")).unwrap();
        assert_eq!(version(&c), VERSION);
        init(&c, Path::new("x.db")).unwrap();
        let n: i64 = c.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'doc_entities'", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn version_one_is_upgraded_keeping_its_facts() {
        let c = Connection::open_in_memory().unwrap();
        // the version-1 layout: today's schema without what version 2 added
        init(&c, Path::new("new.db")).unwrap();
        c.execute_batch(
            "DROP TABLE doc_entities; DROP TABLE aliases;
             ALTER TABLE facts DROP COLUMN sent_start; ALTER TABLE facts DROP COLUMN sent_end;
             CREATE INDEX mentions_text ON mentions(text COLLATE NOCASE);
             INSERT INTO documents(rowid, id, content_hash, text, ingested_at) VALUES (1, 'a', 'h1', 'x', 'now'), (2, 'b', 'h2', 'y', 'now');
             INSERT INTO actors(id, key, name, kind) VALUES (7, 'state:AZE', 'Azerbaijan', 'state');
             INSERT INTO facts VALUES (7, 'role', 'envoy', 1, 10, 40, 'The envoy arrived.');
             INSERT INTO mentions VALUES (1, 7, 0, 4, 'metonym', 'Baku'), (2, 7, 5, 9, 'metonym', 'Baku'),
                                         (2, 7, 20, 30, 'name', 'Azerbaijan');
             PRAGMA user_version = 1;",
        )
        .unwrap();
        init(&c, Path::new("old.db")).unwrap();
        assert_eq!(version(&c), VERSION);
        let (s, e): (i64, i64) = c.query_row("SELECT sent_start, sent_end FROM facts", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!((s, e), (10, 40));
        let n: i64 = c.query_row("SELECT n FROM aliases WHERE actor = 7 AND text = 'baku' COLLATE NOCASE", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 2);
        let idx: i64 = c.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'mentions_text'", [], |r| r.get(0)).unwrap();
        assert_eq!(idx, 0);
    }

    #[test]
    fn newer_and_foreign_databases_are_refused() {
        let c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", VERSION + 1).unwrap();
        let e = init(&c, Path::new("future.db")).unwrap_err();
        assert!(matches!(e, StoreError::TooNew { found, .. } if found == VERSION + 1), "{e}");
        assert!(e.to_string().contains("future.db"));
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE photos (path TEXT)").unwrap();
        let e = init(&c, Path::new("album.db")).unwrap_err();
        assert!(matches!(e, StoreError::NotADatabase { .. }), "{e}");
        assert!(e.to_string().contains("album.db"), "{e}");
    }
}
