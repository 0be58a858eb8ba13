//! Writing documents, in one transaction per batch.

use crate::{BatchSummary, Store, StoreError};
use dyad_core::{content_id, Document, Entity, EntityKind, MentionKind, Mode, Span};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::{HashMap, HashSet};

/// The key that makes one actor row across documents.
pub fn actor_key(e: &Entity) -> String {
    match &e.kb_id {
        Some(k) => k.clone(),
        None => format!(
            "{}|{}|{}",
            e.kind.as_str(),
            e.country.as_deref().unwrap_or("-"),
            e.name.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
        ),
    }
}

fn mention_kind(k: MentionKind) -> &'static str {
    match k {
        MentionKind::Name => "name",
        MentionKind::Metonym => "metonym",
        MentionKind::Demonym => "demonym",
        MentionKind::Nominal => "nominal",
        MentionKind::Pronoun => "pronoun",
    }
}

/// The words of a quotation; the pieces of an interrupted one joined by " … ".
fn quote_text(doc: &Document, q: &dyad_core::Quote) -> String {
    if q.parts.is_empty() {
        doc.slice(q.span).to_string()
    } else {
        q.parts.iter().map(|p| doc.slice(*p)).collect::<Vec<_>>().join(" … ")
    }
}

/// The sentence(s) a span stands in: from the sentence holding its first
/// byte to the one holding its last; the span itself when outside sentences.
/// Always a valid slice of the text, even for a span that is not.
fn sentence(doc: &Document, s: Span) -> Span {
    let a = doc.sentence_of(s.start).unwrap_or(s);
    let b = doc.sentence_of(s.end.saturating_sub(1).max(s.start)).unwrap_or(s);
    let c = a.cover(b).cover(s);
    let t = &doc.text;
    let mut end = c.end.min(t.len());
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = c.start.min(end);
    while !t.is_char_boundary(start) {
        start -= 1;
    }
    Span::new(start, end)
}

impl Store {
    /// Stores a batch of annotated documents in one transaction. Documents
    /// whose id or content hash is already stored (or repeated in the batch)
    /// are skipped. Actor rows are written once per actor per batch, with
    /// the batch's counts added.
    pub fn ingest_batch(&mut self, docs: &[Document]) -> Result<BatchSummary, StoreError> {
        let tx = self.conn.transaction()?;
        let mut summary = BatchSummary::default();
        // which documents are new, and the actor key of each of their entities
        let mut fresh: Vec<(&Document, String, Vec<String>)> = Vec::with_capacity(docs.len());
        let mut seen: HashSet<String> = HashSet::new();
        for doc in docs {
            let hash = content_id(&doc.text);
            let exists: Option<i64> = tx
                .prepare_cached("SELECT rowid FROM documents WHERE id = ?1 OR content_hash = ?2 LIMIT 1")?
                .query_row(params![doc.id, hash], |r| r.get(0))
                .optional()?;
            if exists.is_some() || !seen.insert(format!("id:{}", doc.id)) || !seen.insert(format!("hash:{hash}")) {
                summary.skipped += 1;
                continue;
            }
            let keys = doc.entities.iter().map(actor_key).collect();
            fresh.push((doc, hash, keys));
        }
        reconcile_countries(&tx, &mut fresh)?;
        // one upsert per actor for the whole batch
        let mut aggs: Vec<ActorAgg<'_>> = Vec::new();
        let mut slot: HashMap<&str, usize> = HashMap::new();
        let mut in_doc: HashSet<usize> = HashSet::new();
        for (doc, _, keys) in &fresh {
            let mut counts = vec![0i64; doc.entities.len()];
            for m in &doc.mentions {
                if let Some(c) = counts.get_mut(m.entity.index()) {
                    *c += 1;
                }
            }
            in_doc.clear();
            for ((e, key), n) in doc.entities.iter().zip(keys).zip(counts) {
                let i = *slot.entry(key.as_str()).or_insert_with(|| {
                    aggs.push(ActorAgg { key, entity: e, role: None, country: None, code: None, mentions: 0, docs: 0 });
                    aggs.len() - 1
                });
                let a = &mut aggs[i];
                a.mentions += n;
                // two entities of one document on one actor count one document
                if in_doc.insert(i) {
                    a.docs += 1;
                }
                // the most recent role; the first country and code
                a.role = e.role.as_deref().or(a.role);
                a.country = a.country.or(e.country.as_deref());
                a.code = a.code.or(e.code.as_deref());
            }
        }
        let mut ids: HashMap<String, i64> = HashMap::with_capacity(aggs.len());
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO actors(key, name, kind, country, code, role, mention_count, doc_count)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(key) DO UPDATE SET
                   mention_count = mention_count + excluded.mention_count,
                   doc_count = doc_count + excluded.doc_count,
                   role = coalesce(excluded.role, role),
                   country = coalesce(country, excluded.country),
                   code = coalesce(code, excluded.code)
                 RETURNING id",
            )?;
            for a in &aggs {
                let e = a.entity;
                let id: i64 = st.query_row(
                    params![a.key, e.name, e.kind.as_str(), a.country, a.code, a.role, a.mentions, a.docs],
                    |r| r.get(0),
                )?;
                ids.insert(a.key.clone(), id);
            }
        }
        let mut aliases: HashMap<(i64, &str), i64> = HashMap::new();
        let mut rel = RelationCounts::new();
        for (doc, hash, keys) in &fresh {
            insert_doc(&tx, doc, hash, keys, &ids, &mut rel)?;
            for m in &doc.mentions {
                let actor = keys.get(m.entity.index()).and_then(|k| ids.get(k));
                let text = doc.slice(m.span);
                if let (Some(a), false) = (actor, text.is_empty()) {
                    *aliases.entry((*a, text)).or_insert(0) += 1;
                }
            }
            summary.inserted += 1;
        }
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO aliases(actor, text, n) VALUES (?1, ?2, ?3)
                 ON CONFLICT(actor, text) DO UPDATE SET n = n + excluded.n",
            )?;
            for ((a, text), n) in &aliases {
                st.execute(params![a, text, n])?;
            }
            let mut st = tx.prepare_cached(
                "INSERT INTO relations(source, target, period, asserted, type, quad, n, goldstein_sum)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(source, target, period, asserted, type, quad) DO UPDATE SET
                   n = n + excluded.n, goldstein_sum = goldstein_sum + excluded.goldstein_sum",
            )?;
            for ((a, b, period, asserted, ty, quad), (n, g)) in &rel {
                st.execute(params![a, b, period, asserted, ty, quad, n, g])?;
            }
        }
        tx.commit()?;
        Ok(summary)
    }
}

/// Kinds whose rows are keyed by name and country when the knowledge base does not know them.
fn by_name(e: &Entity) -> bool {
    e.kb_id.is_none() && matches!(e.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Group)
}

fn norm_name(name: &str) -> String {
    name.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One person or body of one name across documents, when the texts tie it to one state only: an
/// entity whose text gives no country joins the row of its name that has one ("Michael Howard" read
/// without a country in one article and as British in others), and a row stored without a country
/// is merged into the row of its name once a text gives one. A name read with two states stays
/// apart (two people), and so does its country-less row.
fn reconcile_countries(tx: &Transaction<'_>, fresh: &mut [(&Document, String, Vec<String>)]) -> Result<(), StoreError> {
    // the states each (kind, name) has, in the store and in this batch
    let mut states: HashMap<(&'static str, String), HashSet<String>> = HashMap::new();
    let mut stored_bare: HashMap<(&'static str, String), (i64, String)> = HashMap::new();
    let mut st = tx.prepare_cached("SELECT id, key, country FROM actors WHERE name = ?1 COLLATE NOCASE AND kind = ?2")?;
    for (doc, _, _) in fresh.iter() {
        for e in doc.entities.iter().filter(|e| by_name(e)) {
            let k = (e.kind.as_str(), norm_name(&e.name));
            if let Some(c) = &e.country {
                states.entry(k.clone()).or_default().insert(c.clone());
            }
            if states.contains_key(&k) && stored_bare.contains_key(&k) {
                continue;
            }
            let rows = st.query_map(params![e.name, e.kind.as_str()], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)))?;
            for row in rows {
                let (id, key, country) = row?;
                // (only rows keyed by this very name: not a knowledge-base actor that shares it)
                if key != format!("{}|{}|{}", k.0, country.as_deref().unwrap_or("-"), k.1) {
                    continue;
                }
                match country {
                    Some(c) => {
                        states.entry(k.clone()).or_default().insert(c);
                    }
                    None => {
                        stored_bare.insert(k.clone(), (id, key));
                    }
                }
            }
            states.entry(k).or_default();
        }
    }
    drop(st);
    let only = |k: &(&'static str, String)| states.get(k).filter(|s| s.len() == 1).and_then(|s| s.iter().next().cloned());
    // entities without a country take the name's one state
    for (doc, _, keys) in fresh.iter_mut() {
        for (e, key) in doc.entities.iter().zip(keys.iter_mut()) {
            if by_name(e) && e.country.is_none() {
                let k = (e.kind.as_str(), norm_name(&e.name));
                if let Some(c) = only(&k) {
                    *key = format!("{}|{c}|{}", k.0, k.1);
                }
            }
        }
    }
    // stored rows without a country join the name's one state
    for (k, (old_id, old_key)) in &stored_bare {
        let Some(c) = only(k) else { continue };
        let new_key = format!("{}|{c}|{}", k.0, k.1);
        let existing: Option<i64> = tx.prepare_cached("SELECT id FROM actors WHERE key = ?1")?.query_row(params![new_key], |r| r.get(0)).optional()?;
        match existing {
            None => {
                tx.prepare_cached("UPDATE actors SET key = ?1, country = ?2 WHERE id = ?3")?.execute(params![new_key, c, old_id])?;
            }
            Some(new_id) => merge_actor(tx, *old_id, new_id)?,
        }
        // (the relation counts are keyed by the actor's key)
        let (old_rel, new_rel) = (format!("actor:{old_key}"), format!("actor:{new_key}"));
        tx.prepare_cached(
            "INSERT INTO relations(source, target, period, asserted, type, quad, n, goldstein_sum)
             SELECT CASE source WHEN ?1 THEN ?2 ELSE source END, CASE target WHEN ?1 THEN ?2 ELSE target END,
                    period, asserted, type, quad, n, goldstein_sum
             FROM relations WHERE source = ?1 OR target = ?1
             ON CONFLICT(source, target, period, asserted, type, quad) DO UPDATE SET
               n = n + excluded.n, goldstein_sum = goldstein_sum + excluded.goldstein_sum",
        )?
        .execute(params![old_rel, new_rel])?;
        tx.prepare_cached("DELETE FROM relations WHERE source = ?1 OR target = ?1")?.execute(params![old_rel])?;
    }
    Ok(())
}

/// Moves everything stored on actor `from` to actor `into` and deletes `from`.
fn merge_actor(tx: &Transaction<'_>, from: i64, into: i64) -> Result<(), StoreError> {
    for sql in [
        "UPDATE doc_entities SET actor = ?2 WHERE actor = ?1",
        "UPDATE mentions SET actor = ?2 WHERE actor = ?1",
        "UPDATE quotes SET speaker = ?2 WHERE speaker = ?1",
        "UPDATE events SET source = ?2 WHERE source = ?1",
        "UPDATE events SET target = ?2 WHERE target = ?1",
        "UPDATE facts SET actor = ?2 WHERE actor = ?1",
        "INSERT INTO aliases(actor, text, n) SELECT ?2, text, n FROM aliases WHERE actor = ?1
         ON CONFLICT(actor, text) DO UPDATE SET n = n + excluded.n",
        "DELETE FROM aliases WHERE actor = ?1",
        "UPDATE actors SET
           mention_count = mention_count + (SELECT mention_count FROM actors WHERE id = ?1),
           doc_count = doc_count + (SELECT doc_count FROM actors WHERE id = ?1),
           role = coalesce(role, (SELECT role FROM actors WHERE id = ?1)),
           code = coalesce(code, (SELECT code FROM actors WHERE id = ?1))
         WHERE id = ?2",
        "DELETE FROM actors WHERE id = ?1",
    ] {
        let mut st = tx.prepare_cached(sql)?;
        if st.parameter_count() == 1 {
            st.execute(params![from])?;
        } else {
            st.execute(params![from, into])?;
        }
    }
    Ok(())
}

/// Relation counts a batch adds: (source, target, period, asserted, PLOVER
/// type, QuadClass) → (events, sum of Goldstein scores).
type RelationCounts = HashMap<(String, String, String, i64, &'static str, i64), (i64, f64)>;

/// An actor's row as one batch contributes it.
struct ActorAgg<'a> {
    key: &'a String,
    /// The first entity of the batch on this actor (its name and kind).
    entity: &'a Entity,
    role: Option<&'a str>,
    country: Option<&'a str>,
    code: Option<&'a str>,
    mentions: i64,
    docs: i64,
}

fn insert_doc(
    tx: &Transaction<'_>,
    doc: &Document,
    hash: &str,
    keys: &[String],
    ids: &HashMap<String, i64>,
    rel: &mut RelationCounts,
) -> Result<(), StoreError> {
    let published = doc.meta.published.map(|d| d.format("%Y-%m-%d").to_string());
    tx.prepare_cached(
        "INSERT INTO documents(id, content_hash, title, url, published, origin, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, datetime('now'))",
    )?
    .execute(params![doc.id, hash, doc.meta.title, doc.meta.url, published, doc.meta.origin, doc.text])?;
    let rowid = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO documents_fts(rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![rowid, doc.meta.title.as_deref().unwrap_or(""), doc.text])?;
    let actor_ids: Vec<i64> = keys.iter().map(|k| ids.get(k).copied().unwrap_or(-1)).collect();
    let actor = |id: Option<dyad_core::EntityId>| id.and_then(|e| actor_ids.get(e.index()).copied()).filter(|a| *a >= 0);
    {
        let mut st = tx.prepare_cached("INSERT INTO doc_entities(doc, local, actor, role) VALUES (?1, ?2, ?3, ?4)")?;
        for (i, e) in doc.entities.iter().enumerate() {
            if actor_ids[i] >= 0 {
                st.execute(params![rowid, i as i64, actor_ids[i], e.role])?;
            }
        }
    }

    {
        let mut st = tx.prepare_cached("INSERT INTO mentions(doc, actor, start, end, kind, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        for m in &doc.mentions {
            let Some(a) = actor(Some(m.entity)) else { continue };
            st.execute(params![rowid, a, m.span.start as i64, m.span.end as i64, mention_kind(m.kind), doc.slice(m.span)])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO facts(actor, attribute, value, doc, start, end, evidence, sent_start, sent_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (i, e) in doc.entities.iter().enumerate() {
            if actor_ids[i] < 0 {
                continue;
            }
            for f in &e.facts {
                let s = sentence(doc, f.evidence);
                st.execute(params![
                    actor_ids[i],
                    f.attribute,
                    f.value,
                    rowid,
                    f.evidence.start as i64,
                    f.evidence.end as i64,
                    doc.slice(f.evidence),
                    s.start as i64,
                    s.end as i64
                ])?;
            }
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO quotes(doc, speaker, start, end, cue_start, cue_end, kind, sent_start, sent_end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for q in &doc.quotes {
            let s = sentence(doc, q.span);
            st.execute(params![
                rowid,
                actor(q.speaker),
                q.span.start as i64,
                q.span.end as i64,
                q.cue.map(|c| c.start as i64),
                q.cue.map(|c| c.end as i64),
                q.kind.as_str(),
                s.start as i64,
                s.end as i64,
                quote_text(doc, q)
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO events(doc, type, cameo, source, target, trig_start, trig_end, trigger, mode, date, period,
                                goldstein, quad, sent_start, sent_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        for ev in &doc.events {
            let s = sentence(doc, ev.trigger);
            let date = ev.date.map(|d| d.to_string());
            let period = match ev.date {
                Some(d) if d.month.is_some() => Some(format!("{:04}-{:02}", d.year, d.month.unwrap_or(1))),
                Some(d) => Some(format!("{:04}", d.year)),
                None => doc.meta.published.map(|p| p.format("%Y-%m").to_string()),
            };
            let (src, tgt) = (actor(ev.source), actor(ev.target));
            st.execute(params![
                rowid,
                ev.plover.as_str(),
                ev.cameo,
                src,
                tgt,
                ev.trigger.start as i64,
                ev.trigger.end as i64,
                doc.slice(ev.trigger),
                ev.mode.as_str(),
                date,
                period,
                ev.goldstein as f64,
                ev.quad as i64,
                s.start as i64,
                s.end as i64
            ])?;
            // relations: by actor, and by country when both sides belong to one
            let (Some(se), Some(te)) = (ev.source, ev.target) else { continue };
            let (Some(a), Some(b), Some(ka), Some(kb)) =
                (doc.entities.get(se.index()), doc.entities.get(te.index()), keys.get(se.index()), keys.get(te.index()))
            else {
                continue;
            };
            let asserted = (ev.mode == Mode::Asserted) as i64;
            let period = period.unwrap_or_else(|| "unknown".into());
            let mut pairs = vec![(format!("actor:{ka}"), format!("actor:{kb}"))];
            if let (Some(ca), Some(cb)) = (&a.country, &b.country) {
                if ca != cb {
                    pairs.push((format!("country:{ca}"), format!("country:{cb}")));
                }
            }
            for (ka, kb) in pairs {
                let c = rel.entry((ka, kb, period.clone(), asserted, ev.plover.as_str(), ev.quad as i64)).or_insert((0, 0.0));
                c.0 += 1;
                c.1 += ev.goldstein as f64;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{EntityKind, Quote, QuoteKind};

    #[test]
    fn actor_keys_prefer_the_knowledge_base_and_normalize_names() {
        let mut a = Entity::new("  Olena   Marchuk ", EntityKind::Person);
        a.country = Some("UKR".into());
        let b = Entity { name: "olena marchuk".into(), ..a.clone() };
        assert_eq!(actor_key(&a), actor_key(&b));
        assert_eq!(actor_key(&a), "person|UKR|olena marchuk");
        let c = Entity { kind: EntityKind::Organization, ..a.clone() };
        assert_ne!(actor_key(&a), actor_key(&c));
        let d = Entity { kb_id: Some("kb:42".into()), ..a };
        assert_eq!(actor_key(&d), "kb:42");
    }

    #[test]
    fn quotation_pieces_are_joined_and_sentences_cover_the_span() {
        let mut d = Document::from_text("“We stay,” he said. “We talk.” Then silence.");
        let (b1, b2) = (d.text.find(" “We talk").unwrap(), d.text.find(" Then").unwrap());
        d.sentences = vec![Span::new(0, b1), Span::new(b1 + 1, b2), Span::new(b2 + 1, d.text.len())];
        let w1 = d.text.find("We stay").map(|s| Span::new(s, s + 7)).unwrap();
        let w2 = d.text.find("We talk").map(|s| Span::new(s, s + 7)).unwrap();
        let q = Quote { span: w1.cover(w2), parts: vec![w1, w2], speaker: None, cue: None, kind: QuoteKind::Direct };
        assert_eq!(quote_text(&d, &q), "We stay … We talk");
        let s = sentence(&d, q.span);
        assert_eq!(d.slice(s), "“We stay,” he said. “We talk.”");
        // out of bounds or inside a character: clamped to a valid slice
        let s = sentence(&d, Span { start: 1, end: 900 });
        assert_eq!((s.start, s.end), (0, d.text.len()));
        let mut bare = Document::from_text("é");
        bare.sentences.clear();
        let s = sentence(&bare, Span { start: 1, end: 2 });
        assert!(bare.text.get(s.start..s.end).is_some());
    }
}
