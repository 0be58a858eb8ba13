//! Reading the store back: actors, profiles, quotations, events, search, relations.

use crate::{Store, StoreError};
use rusqlite::{params, params_from_iter, Row};
use serde::Serialize;

/// One actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorRow {
    /// Store id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// ISO3.
    pub country: Option<String>,
    /// CAMEO-style code.
    pub code: Option<String>,
    /// Latest role.
    pub role: Option<String>,
    /// Mentions across documents.
    pub mentions: i64,
    /// Documents mentioning it.
    pub documents: i64,
}

fn actor_row(r: &Row<'_>) -> rusqlite::Result<ActorRow> {
    Ok(ActorRow {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        country: r.get(3)?,
        code: r.get(4)?,
        role: r.get(5)?,
        mentions: r.get(6)?,
        documents: r.get(7)?,
    })
}

const ACTOR_COLS: &str = "id, name, kind, country, code, role, mention_count, doc_count";

/// A fact learned about an actor, with the words and the sentence it came from.
#[derive(Debug, Clone, Serialize)]
pub struct FactRow {
    /// role, affiliation, country.
    pub attribute: String,
    /// The value.
    pub value: String,
    /// The document.
    pub doc: String,
    /// The words the fact was read from.
    pub evidence: String,
    /// Byte span of the evidence in the document.
    pub span: [i64; 2],
    /// The sentence around the evidence.
    pub sentence: String,
}

/// A quotation.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow {
    /// The words.
    pub text: String,
    /// direct or indirect.
    pub kind: String,
    /// Speaker's name.
    pub speaker: Option<String>,
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Byte span in the document.
    pub span: [i64; 2],
    /// The sentence (or sentences) it stands in.
    pub sentence: String,
}

/// An event.
#[derive(Debug, Clone, Serialize)]
pub struct EventRow {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO code.
    pub cameo: String,
    /// Source actor's name.
    pub source: Option<String>,
    /// Target actor's name.
    pub target: Option<String>,
    /// Trigger words.
    pub trigger: String,
    /// Modality.
    pub mode: String,
    /// Date.
    pub date: Option<String>,
    /// Goldstein score.
    pub goldstein: f64,
    /// QuadClass.
    pub quad: i64,
    /// Document id.
    pub doc: String,
    /// The sentence.
    pub sentence: String,
}

/// Everything known about one actor.
#[derive(Debug, Clone, Serialize)]
pub struct ActorProfile {
    /// The actor.
    pub actor: ActorRow,
    /// How the texts name it, most frequent first.
    pub names: Vec<(String, i64)>,
    /// Roles the documents gave it or that were read from the texts, with
    /// the number of documents, most frequent first.
    pub roles: Vec<(String, i64)>,
    /// Facts learned, with evidence.
    pub facts: Vec<FactRow>,
    /// Quotations by it.
    pub quotes: Vec<QuoteRow>,
    /// Events it took part in as source.
    pub events_as_source: Vec<EventRow>,
    /// Events it was the target of.
    pub events_as_target: Vec<EventRow>,
}

/// Filters for [`Store::events`].
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Source actor (name, code, or a form used in the text).
    pub source: Option<String>,
    /// Target actor.
    pub target: Option<String>,
    /// PLOVER type.
    pub kind: Option<String>,
    /// Earliest date, YYYY[-MM[-DD]]: compared with the event's date, else
    /// the document's publication date.
    pub since: Option<String>,
    /// Latest date, inclusive of everything it is a prefix of ("2025-01"
    /// includes every day of January).
    pub until: Option<String>,
    /// Modality.
    pub mode: Option<String>,
}

/// A full-text hit.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// Document id.
    pub doc: String,
    /// Title.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Matching words in context, marked with [ ].
    pub snippet: String,
}

/// Time step of a relations timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// YYYY-MM.
    Month,
    /// YYYY.
    Year,
}

/// One period of one direction of a relation.
#[derive(Debug, Clone, Serialize)]
pub struct RelationRow {
    /// YYYY-MM, YYYY or "unknown".
    pub period: String,
    /// "A→B" or "B→A".
    pub direction: String,
    /// Asserted events only (true) or all others (false).
    pub asserted: bool,
    /// Events.
    pub events: i64,
    /// Mean Goldstein score.
    pub goldstein: f64,
    /// Counts per QuadClass 1–4.
    pub quad: [i64; 4],
    /// Counts per PLOVER type.
    pub types: Vec<(String, i64)>,
}

/// The timeline between two actors.
#[derive(Debug, Clone, Serialize)]
pub struct Relations {
    /// First actor, as resolved.
    pub a: String,
    /// Second actor.
    pub b: String,
    /// Whether the pair was taken at state level (all actors of each country).
    pub by_country: bool,
    /// Rows by period and direction.
    pub rows: Vec<RelationRow>,
}

impl Store {
    /// Actors, most mentioned first.
    pub fn actors(&self, kind: Option<&str>, country: Option<&str>, limit: usize) -> Result<Vec<ActorRow>, StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {ACTOR_COLS} FROM actors
             WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR country = upper(?2))
             ORDER BY mention_count DESC, name LIMIT ?3"
        ))?;
        let rows = st.query_map(params![kind, country, limit as i64], actor_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Actors matching a name: exact name or code, then case-insensitive,
    /// then a state's ISO3, then a form used in the texts ("Baku"), then a prefix.
    pub fn find_actor(&self, name: &str) -> Result<Vec<ActorRow>, StoreError> {
        let name = name.trim();
        let tries = [
            format!("SELECT {ACTOR_COLS} FROM actors WHERE name = ?1 OR key = ?1 ORDER BY mention_count DESC"),
            format!("SELECT {ACTOR_COLS} FROM actors WHERE name = ?1 COLLATE NOCASE ORDER BY mention_count DESC"),
            format!("SELECT {ACTOR_COLS} FROM actors WHERE kind = 'state' AND (country = upper(?1) OR code = upper(?1)) ORDER BY mention_count DESC"),
            format!(
                "SELECT {ACTOR_COLS} FROM actors WHERE id IN (
                   SELECT actor FROM aliases WHERE text = ?1 COLLATE NOCASE GROUP BY actor ORDER BY sum(n) DESC LIMIT 5)
                 ORDER BY mention_count DESC"
            ),
            format!("SELECT {ACTOR_COLS} FROM actors WHERE code = upper(?1) ORDER BY mention_count DESC"),
            format!("SELECT {ACTOR_COLS} FROM actors WHERE name LIKE ?1 || '%' ESCAPE '\\' OR name LIKE '% ' || ?1 ORDER BY mention_count DESC LIMIT 20"),
        ];
        for (i, sql) in tries.iter().enumerate() {
            let arg = if i == tries.len() - 1 { like_escape(name) } else { name.to_string() };
            let mut st = self.conn.prepare_cached(sql)?;
            let rows: Vec<ActorRow> = st.query_map([arg], actor_row)?.collect::<Result<_, _>>()?;
            if !rows.is_empty() {
                return Ok(rows);
            }
        }
        Ok(Vec::new())
    }

    fn resolve_one(&self, name: &str) -> Result<ActorRow, StoreError> {
        self.find_actor(name)?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::NotFound(format!("no actor matches {name:?}")))
    }

    /// Everything the store knows about one actor.
    pub fn actor_profile(&self, actor_id: i64) -> Result<ActorProfile, StoreError> {
        let actor = self
            .conn
            .prepare_cached(&format!("SELECT {ACTOR_COLS} FROM actors WHERE id = ?1"))?
            .query_row([actor_id], actor_row)
            .map_err(|_| StoreError::NotFound(format!("no actor with id {actor_id}")))?;
        let names = self
            .conn
            .prepare_cached(
                "SELECT text, n FROM aliases WHERE actor = ?1 ORDER BY n DESC, text LIMIT 12",
            )?
            .query_map([actor_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let roles = self
            .conn
            .prepare_cached(
                "SELECT lower(value) v, count(DISTINCT doc) c FROM (
                   SELECT role value, doc FROM doc_entities WHERE actor = ?1 AND role IS NOT NULL
                   UNION ALL
                   SELECT value, doc FROM facts WHERE actor = ?1 AND attribute = 'role')
                 GROUP BY v ORDER BY c DESC, v LIMIT 20",
            )?
            .query_map([actor_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let facts = self
            .conn
            .prepare_cached(
                &format!(
                    "SELECT f.attribute, f.value, d.id, f.evidence, f.start, f.end, {}
                     FROM facts f JOIN documents d ON d.rowid = f.doc
                     WHERE f.actor = ?1 ORDER BY f.doc DESC, f.start LIMIT 50",
                    byte_slice("d.text", "coalesce(f.sent_start, f.start)", "coalesce(f.sent_end, f.end)")
                ),
            )?
            .query_map([actor_id], |r| {
                Ok(FactRow {
                    attribute: r.get(0)?,
                    value: r.get(1)?,
                    doc: r.get(2)?,
                    evidence: r.get(3)?,
                    span: [r.get(4)?, r.get(5)?],
                    sentence: text_at(r, 6)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let quotes = self.quotes_where("q.speaker = ?1", &[&actor_id], 20)?;
        let events_as_source = self.events_where("e.source = ?1", &[&actor_id], 20)?;
        let events_as_target = self.events_where("e.target = ?1", &[&actor_id], 20)?;
        Ok(ActorProfile { actor, names, roles, facts, quotes, events_as_source, events_as_target })
    }

    fn quotes_where(&self, cond: &str, args: &[&dyn rusqlite::ToSql], limit: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let sql = format!(
            "SELECT q.text, q.kind, a.name, d.id, d.title, d.published, q.start, q.end, {}
             FROM quotes q JOIN documents d ON d.rowid = q.doc LEFT JOIN actors a ON a.id = q.speaker
             WHERE {cond} ORDER BY d.published DESC, q.doc, q.start LIMIT {limit}",
            byte_slice("d.text", "q.sent_start", "q.sent_end")
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(args.iter()), |r| {
            Ok(QuoteRow {
                text: r.get(0)?,
                kind: r.get(1)?,
                speaker: r.get(2)?,
                doc: r.get(3)?,
                title: r.get(4)?,
                published: r.get(5)?,
                span: [r.get(6)?, r.get(7)?],
                sentence: text_at(r, 8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn events_where(&self, cond: &str, args: &[&dyn rusqlite::ToSql], limit: usize) -> Result<Vec<EventRow>, StoreError> {
        let sql = format!(
            "SELECT e.type, e.cameo, s.name, t.name, e.trigger, e.mode, e.date, e.goldstein, e.quad, d.id, {}
             FROM events e JOIN documents d ON d.rowid = e.doc
             LEFT JOIN actors s ON s.id = e.source LEFT JOIN actors t ON t.id = e.target
             WHERE {cond} ORDER BY coalesce(e.date, d.published) DESC, e.doc, e.trig_start LIMIT {limit}",
            byte_slice("d.text", "e.sent_start", "e.sent_end")
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(args.iter()), |r| {
            Ok(EventRow {
                kind: r.get(0)?,
                cameo: r.get(1)?,
                source: r.get(2)?,
                target: r.get(3)?,
                trigger: r.get(4)?,
                mode: r.get(5)?,
                date: r.get(6)?,
                goldstein: r.get(7)?,
                quad: r.get(8)?,
                doc: r.get(9)?,
                sentence: text_at(r, 10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Quotations, optionally by a speaker and containing words.
    pub fn quotes(&self, by: Option<&str>, text: Option<&str>, limit: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let mut conds = vec!["1".to_string()];
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        if let Some(by) = by {
            let ids = self.actor_ids(by, true)?;
            conds.push(format!("q.speaker IN ({})", join_ids(&ids)));
        }
        if let Some(t) = text {
            args.push(Box::new(format!("%{}%", like_escape(t))));
            conds.push(format!("q.text LIKE ?{} ESCAPE '\\'", args.len()));
        }
        let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
        self.quotes_where(&conds.join(" AND "), &refs, limit)
    }

    /// The actor ids a name stands for; for a state (when `with_members`),
    /// also every actor of that country (its ministries, officials).
    fn actor_ids(&self, name: &str, with_members: bool) -> Result<Vec<i64>, StoreError> {
        let a = self.resolve_one(name)?;
        let mut ids = vec![a.id];
        if with_members && a.kind == "state" {
            if let Some(c) = &a.country {
                let mut st = self.conn.prepare_cached("SELECT id FROM actors WHERE country = ?1 AND kind != 'state'")?;
                let more: Vec<i64> = st.query_map([c], |r| r.get(0))?.collect::<Result<_, _>>()?;
                ids.extend(more);
            }
        }
        Ok(ids)
    }

    /// Events matching the filter, newest first. A state as source or target
    /// stands for itself and every actor of its country.
    pub fn events(&self, f: &EventFilter, limit: usize) -> Result<Vec<EventRow>, StoreError> {
        let mut conds = vec!["1".to_string()];
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        if let Some(s) = &f.source {
            conds.push(format!("e.source IN ({})", join_ids(&self.actor_ids(s, true)?)));
        }
        if let Some(t) = &f.target {
            conds.push(format!("e.target IN ({})", join_ids(&self.actor_ids(t, true)?)));
        }
        let mut bind = |v: String, sql: &str| {
            args.push(Box::new(v));
            conds.push(sql.replace('?', &format!("?{}", args.len())));
        };
        if let Some(k) = &f.kind {
            bind(k.to_uppercase(), "e.type = ?");
        }
        if let Some(m) = &f.mode {
            bind(m.to_lowercase(), "e.mode = ?");
        }
        if let Some(s) = &f.since {
            bind(s.clone(), "coalesce(e.date, d.published) >= ?");
        }
        if let Some(u) = &f.until {
            // a prefix bound: "2025-01" includes every date in January
            bind(format!("{u}\u{10ffff}"), "coalesce(e.date, d.published) <= ?");
        }
        let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
        self.events_where(&conds.join(" AND "), &refs, limit)
    }

    /// Full-text search; the user's words are matched as plain words (no
    /// query syntax), all of them required.
    pub fn search(&self, words: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let Some(q) = fts_query(words) else { return Ok(Vec::new()) };
        let mut st = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 16)
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = st.query_map(params![q, limit as i64], |r| {
            Ok(SearchHit { doc: r.get(0)?, title: r.get(1)?, published: r.get(2)?, snippet: r.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The timeline between two actors, both directions, asserted events
    /// apart from the rest. Two states (or any actors with countries) are
    /// compared at country level.
    pub fn relations(&self, a: &str, b: &str, by: Period) -> Result<Relations, StoreError> {
        let ra = self.resolve_one(a)?;
        let rb = self.resolve_one(b)?;
        let by_country = ra.kind == "state" && rb.kind == "state";
        let key = |r: &ActorRow| -> Result<String, StoreError> {
            if by_country {
                Ok(format!("country:{}", r.country.clone().unwrap_or_default()))
            } else {
                let k: String = self.conn.query_row("SELECT key FROM actors WHERE id = ?1", [r.id], |x| x.get(0))?;
                Ok(format!("actor:{k}"))
            }
        };
        let (ka, kb) = (key(&ra)?, key(&rb)?);
        let period_sql = match by {
            Period::Month => "period",
            Period::Year => "CASE WHEN period = 'unknown' THEN period ELSE substr(period, 1, 4) END",
        };
        let sql = format!(
            "SELECT {period_sql} p, source = ?1, asserted, type, quad, sum(n), sum(goldstein_sum)
             FROM relations WHERE (source = ?1 AND target = ?2) OR (source = ?2 AND target = ?1)
             GROUP BY p, source, asserted, type, quad ORDER BY p, source = ?1 DESC, asserted DESC"
        );
        let mut st = self.conn.prepare(&sql)?;
        let mut rows: Vec<RelationRow> = Vec::new();
        let mut gsum: Vec<f64> = Vec::new();
        let raw = st.query_map(params![ka, kb], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, f64>(6)?,
            ))
        })?;
        for x in raw {
            let (p, forward, asserted, ty, quad, n, g) = x?;
            let direction = if forward { format!("{}→{}", ra.name, rb.name) } else { format!("{}→{}", rb.name, ra.name) };
            let idx = match rows.iter().position(|r| r.period == p && r.direction == direction && r.asserted == asserted) {
                Some(i) => i,
                None => {
                    rows.push(RelationRow { period: p, direction, asserted, events: 0, goldstein: 0.0, quad: [0; 4], types: Vec::new() });
                    gsum.push(0.0);
                    rows.len() - 1
                }
            };
            let row = &mut rows[idx];
            row.events += n;
            gsum[idx] += g;
            if (1..=4).contains(&quad) {
                row.quad[(quad - 1) as usize] += n;
            }
            match row.types.iter_mut().find(|(t, _)| *t == ty) {
                Some((_, c)) => *c += n,
                None => row.types.push((ty, n)),
            }
        }
        for (row, g) in rows.iter_mut().zip(gsum) {
            row.goldstein = if row.events > 0 { g / row.events as f64 } else { 0.0 };
            row.types.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        Ok(Relations { a: ra.name, b: rb.name, by_country, rows })
    }
}

/// SQL for the bytes between two **byte** offsets (SQLite's `substr` counts
/// characters on text but bytes on a blob); read them with [`text_at`].
fn byte_slice(text: &str, start: &str, end: &str) -> String {
    format!("substr(CAST({text} AS BLOB), ({start}) + 1, ({end}) - ({start}))")
}

/// A column of bytes as text (invalid UTF-8 replaced, NULL empty).
fn text_at(r: &Row<'_>, i: usize) -> rusqlite::Result<String> {
    Ok(match r.get_ref(i)? {
        rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    })
}

/// The user's words as an FTS5 query of quoted terms, all required; `None`
/// when no word is left. Quoting makes every FTS5 operator (AND, NEAR, `*`,
/// `^`, `:`, parentheses) a plain word or nothing.
fn fts_query(words: &str) -> Option<String> {
    let mut q = String::with_capacity(words.len() + 8);
    for w in words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !q.is_empty() {
            q.push(' ');
        }
        q.push('"');
        q.push_str(w);
        q.push('"');
    }
    (!q.is_empty()).then_some(q)
}

fn join_ids(ids: &[i64]) -> String {
    ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_words_become_quoted_terms() {
        let cases = [
            ("Baku talks", Some(r#""Baku" "talks""#)),
            ("\"unclosed AND (x*", Some(r#""unclosed" "AND" "x""#)),
            ("don’t 12-mile", Some(r#""don" "t" "12" "mile""#)),
            ("Égée", Some(r#""Égée""#)),
            ("*^:() \"", None),
            ("", None),
        ];
        for (input, want) in cases {
            assert_eq!(fts_query(input).as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn like_patterns_escape_their_wildcards() {
        assert_eq!(like_escape(r"50%_a\b"), r"50\%\_a\\b");
    }

    #[test]
    fn byte_slices_cut_bytes_not_characters() {
        let c = rusqlite::Connection::open_in_memory().unwrap();
        let got: String = c
            .query_row(&format!("SELECT {} FROM (SELECT 'Türkiye’s aim' t)", byte_slice("t", "11", "16")), [], |r| text_at(r, 0))
            .unwrap();
        assert_eq!(got, "s aim");
        // a cut inside a character does not fail
        let got: String =
            c.query_row(&format!("SELECT {} FROM (SELECT 'ü' t)", byte_slice("t", "0", "1")), [], |r| text_at(r, 0)).unwrap();
        assert_eq!(got, "\u{fffd}");
    }
}
