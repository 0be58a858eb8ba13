//! Writing documents, in one transaction per batch.

use crate::{BatchSummary, Store, StoreError};
use dyad_core::{content_id, Document, Entity, MentionKind, Mode, Span};
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

fn sentence(doc: &Document, s: Span) -> Span {
    doc.sentence_of(s.start).unwrap_or(s)
}

impl Store {
    /// Stores a batch of annotated documents in one transaction. Documents
    /// whose id or content hash is already stored (or repeated in the batch)
    /// are skipped. Actor rows are written once per actor per batch, with
    /// the batch's counts added.
    pub fn ingest_batch(&mut self, docs: &[Document]) -> Result<BatchSummary, StoreError> {
        let tx = self.conn.transaction()?;
        let mut summary = BatchSummary::default();
        // which documents are new
        let mut fresh: Vec<(&Document, String)> = Vec::with_capacity(docs.len());
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
            fresh.push((doc, hash));
        }
        // one upsert per actor for the whole batch
        let mut order: Vec<String> = Vec::new();
        let mut agg: HashMap<String, ActorAgg> = HashMap::new();
        for (doc, _) in &fresh {
            let mut counts = vec![0i64; doc.entities.len()];
            for m in &doc.mentions {
                if let Some(c) = counts.get_mut(m.entity.index()) {
                    *c += 1;
                }
            }
            for (i, e) in doc.entities.iter().enumerate() {
                let key = actor_key(e);
                let a = agg.entry(key.clone()).or_insert_with(|| {
                    order.push(key);
                    ActorAgg { entity: e.clone(), mentions: 0, docs: 0 }
                });
                a.mentions += counts[i];
                a.docs += 1;
                if e.role.is_some() {
                    a.entity.role = e.role.clone();
                }
                if a.entity.country.is_none() {
                    a.entity.country = e.country.clone();
                }
                if a.entity.code.is_none() {
                    a.entity.code = e.code.clone();
                }
            }
        }
        let mut ids: HashMap<String, i64> = HashMap::with_capacity(order.len());
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
            for key in &order {
                let a = &agg[key];
                let e = &a.entity;
                let id: i64 = st.query_row(
                    params![key, e.name, e.kind.as_str(), e.country, e.code, e.role, a.mentions, a.docs],
                    |r| r.get(0),
                )?;
                ids.insert(key.clone(), id);
            }
        }
        for (doc, hash) in &fresh {
            insert_doc(&tx, doc, hash, &ids)?;
            summary.inserted += 1;
        }
        tx.commit()?;
        Ok(summary)
    }
}

/// An actor's row as one batch contributes it.
struct ActorAgg {
    entity: Entity,
    mentions: i64,
    docs: i64,
}

fn insert_doc(tx: &Transaction<'_>, doc: &Document, hash: &str, ids: &HashMap<String, i64>) -> Result<(), StoreError> {
    let published = doc.meta.published.map(|d| d.format("%Y-%m-%d").to_string());
    tx.prepare_cached(
        "INSERT INTO documents(id, content_hash, title, url, published, origin, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, datetime('now'))",
    )?
    .execute(params![doc.id, hash, doc.meta.title, doc.meta.url, published, doc.meta.origin, doc.text])?;
    let rowid = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO documents_fts(rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![rowid, doc.meta.title.as_deref().unwrap_or(""), doc.text])?;
    let actor_ids: Vec<i64> = doc.entities.iter().map(|e| ids.get(&actor_key(e)).copied().unwrap_or(-1)).collect();
    let actor = |id: Option<dyad_core::EntityId>| id.and_then(|e| actor_ids.get(e.index()).copied()).filter(|a| *a >= 0);

    {
        let mut st = tx.prepare_cached("INSERT INTO mentions(doc, actor, start, end, kind, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        for m in &doc.mentions {
            let Some(a) = actor(Some(m.entity)) else { continue };
            st.execute(params![rowid, a, m.span.start as i64, m.span.end as i64, mention_kind(m.kind), doc.slice(m.span)])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO facts(actor, attribute, value, doc, start, end, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (i, e) in doc.entities.iter().enumerate() {
            for f in &e.facts {
                let s = sentence(doc, f.evidence);
                st.execute(params![actor_ids[i], f.attribute, f.value, rowid, s.start as i64, s.end as i64, doc.slice(s)])?;
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
                s.end.max(q.span.end) as i64,
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
        let mut rel = tx.prepare_cached(
            "INSERT INTO relations(source, target, period, asserted, type, quad, n, goldstein_sum)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7)
             ON CONFLICT(source, target, period, asserted, type, quad) DO UPDATE SET
               n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum",
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
            let asserted = (ev.mode == Mode::Asserted) as i64;
            let period = period.clone().unwrap_or_else(|| "unknown".into());
            let a = &doc.entities[se.index()];
            let b = &doc.entities[te.index()];
            let mut keys = vec![(format!("actor:{}", actor_key(a)), format!("actor:{}", actor_key(b)))];
            if let (Some(ca), Some(cb)) = (&a.country, &b.country) {
                if ca != cb {
                    keys.push((format!("country:{ca}"), format!("country:{cb}")));
                }
            }
            for (ka, kb) in keys {
                rel.execute(params![ka, kb, period, asserted, ev.plover.as_str(), ev.quad as i64, ev.goldstein as f64])?;
            }
        }
    }
    Ok(())
}
