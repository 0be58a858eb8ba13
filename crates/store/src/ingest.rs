//! Writing documents, in one transaction per batch.

use crate::{BatchSummary, Store, StoreError};
use dyad_core::{content_id, Document, Entity, MentionKind, Mode, Span};
use rusqlite::{params, OptionalExtension, Transaction};

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
    /// whose id or content hash is already stored are skipped.
    pub fn ingest_batch(&mut self, docs: &[Document]) -> Result<BatchSummary, StoreError> {
        let tx = self.conn.transaction()?;
        let mut summary = BatchSummary::default();
        for doc in docs {
            if insert_doc(&tx, doc)? {
                summary.inserted += 1;
            } else {
                summary.skipped += 1;
            }
        }
        tx.commit()?;
        Ok(summary)
    }
}

fn insert_doc(tx: &Transaction<'_>, doc: &Document) -> Result<bool, StoreError> {
    let hash = content_id(&doc.text);
    let exists: Option<i64> = tx
        .prepare_cached("SELECT rowid FROM documents WHERE id = ?1 OR content_hash = ?2 LIMIT 1")?
        .query_row(params![doc.id, hash], |r| r.get(0))
        .optional()?;
    if exists.is_some() {
        return Ok(false);
    }
    let published = doc.meta.published.map(|d| d.format("%Y-%m-%d").to_string());
    tx.prepare_cached(
        "INSERT INTO documents(id, content_hash, title, url, published, origin, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, datetime('now'))",
    )?
    .execute(params![doc.id, hash, doc.meta.title, doc.meta.url, published, doc.meta.origin, doc.text])?;
    let rowid = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO documents_fts(rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![rowid, doc.meta.title.as_deref().unwrap_or(""), doc.text])?;

    // actors
    let mut counts = vec![0i64; doc.entities.len()];
    for m in &doc.mentions {
        if let Some(c) = counts.get_mut(m.entity.index()) {
            *c += 1;
        }
    }
    let mut actor_ids = Vec::with_capacity(doc.entities.len());
    for (i, e) in doc.entities.iter().enumerate() {
        let key = actor_key(e);
        let id: i64 = tx
            .prepare_cached(
                "INSERT INTO actors(key, name, kind, country, code, role, mention_count, doc_count)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)
                 ON CONFLICT(key) DO UPDATE SET
                   mention_count = mention_count + excluded.mention_count,
                   doc_count = doc_count + 1,
                   role = coalesce(excluded.role, role),
                   country = coalesce(country, excluded.country),
                   code = coalesce(code, excluded.code)
                 RETURNING id",
            )?
            .query_row(params![key, e.name, e.kind.as_str(), e.country, e.code, e.role, counts[i]], |r| r.get(0))?;
        actor_ids.push(id);
    }
    let actor = |id: Option<dyad_core::EntityId>| id.and_then(|e| actor_ids.get(e.index()).copied());

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
    Ok(true)
}
