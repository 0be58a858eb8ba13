//! Query commands over the store: actors, actor, quotes, events, search, relations.

use super::open_store;
use crate::args::{ActorArgs, ActorsArgs, By, EventsArgs, QuotesArgs, RelationsArgs, SearchArgs};
use crate::table::{self, clip, opt};
use anyhow::{bail, Result};
use dyad_store::{EventFilter, EventRow, Period, QuoteRow, Store};
use std::process::ExitCode;

fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    Ok(())
}

/// Prints rows as JSON or as the table `table` builds.
fn answer<T: serde::Serialize>(rows: &[T], json: bool, table: impl FnOnce() -> comfy_table::Table) -> Result<ExitCode> {
    if json {
        print_json(&rows)?;
    } else {
        print(table())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print(t: comfy_table::Table) -> Result<()> {
    use std::io::Write;
    writeln!(std::io::stdout().lock(), "{t}")?;
    Ok(())
}

pub fn actors(a: ActorsArgs) -> Result<ExitCode> {
    if let Some(k) = &a.kind {
        if dyad_core::EntityKind::parse(k).is_none() {
            bail!("--kind {k:?} is not one of person, state, organization, place, group, other");
        }
    }
    let store = open_store(&a.db)?;
    let rows = store.actors(a.kind.as_deref(), a.country.as_deref(), a.out.limit)?;
    if a.out.json {
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = table::new(&["actor", "kind", "country", "code", "role", "mentions", "documents"]);
    for r in &rows {
        t.add_row(vec![
            r.name.clone(),
            r.kind.clone(),
            opt(&r.country),
            opt(&r.code),
            opt(&r.role),
            r.mentions.to_string(),
            r.documents.to_string(),
        ]);
    }
    print(t)?;
    Ok(ExitCode::SUCCESS)
}

pub fn actor(a: ActorArgs) -> Result<ExitCode> {
    let name = a.name.join(" ");
    if name.trim().is_empty() {
        bail!("name an actor: dyad actor NAME");
    }
    let store = open_store(&a.db)?;
    let found = store.find_actor(&name)?;
    let Some(first) = found.first() else {
        eprintln!("dyad: no actor matches {name:?} (try `dyad actors` or `dyad search {name}`)");
        return Ok(ExitCode::from(1));
    };
    let p = store.actor_profile(first.id)?;
    if a.out.json {
        print_json(&p)?;
        return Ok(ExitCode::SUCCESS);
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let r = &p.actor;
    writeln!(out, "{} — {}{}", r.name, r.kind, r.country.as_ref().map(|c| format!(", {c}")).unwrap_or_default())?;
    writeln!(out, "  code: {}   role: {}", opt(&r.code), opt(&r.role))?;
    writeln!(out, "  {} mentions in {} documents", r.mentions, r.documents)?;
    if !p.names.is_empty() {
        let names: Vec<String> = p.names.iter().map(|(n, c)| format!("{n} ({c})")).collect();
        writeln!(out, "  named as: {}", names.join(", "))?;
    }
    if !p.roles.is_empty() {
        let roles: Vec<String> = p.roles.iter().map(|(n, c)| format!("{n} ({c})")).collect();
        writeln!(out, "  roles read from the texts: {}", roles.join(", "))?;
    }
    if found.len() > 1 {
        let others: Vec<String> = found[1..].iter().take(5).map(|o| format!("{} ({})", o.name, o.kind)).collect();
        writeln!(out, "  other matches: {}", others.join(", "))?;
    }
    if !p.facts.is_empty() {
        writeln!(out, "\nlearned from the texts:")?;
        for f in p.facts.iter().take(a.out.limit) {
            writeln!(out, "  {} = {}   [{}] “{}”", f.attribute, f.value, f.doc, clip(&f.sentence, 160))?;
        }
    }
    if !p.quotes.is_empty() {
        writeln!(out, "\nquotations by {}:", r.name)?;
        for q in p.quotes.iter().take(a.out.limit) {
            writeln!(out, "  [{}] “{}”", q.doc, clip(&q.text, 160))?;
        }
    }
    for (label, evs) in [("as source", &p.events_as_source), ("as target", &p.events_as_target)] {
        if !evs.is_empty() {
            writeln!(out, "\nevents {label}:")?;
            for e in evs.iter().take(a.out.limit) {
                writeln!(
                    out,
                    "  {} {} {} → {} ({}, {}) [{}] “{}”",
                    opt(&e.date),
                    e.kind,
                    opt(&e.source),
                    opt(&e.target),
                    e.mode,
                    e.trigger,
                    e.doc,
                    clip(&e.sentence, 120)
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn quote_table(rows: &[QuoteRow], sentence: bool) -> comfy_table::Table {
    let mut header = vec!["speaker", "quotation", "kind", "document"];
    if sentence {
        header.push("sentence");
    }
    let mut t = table::new(&header);
    for q in rows {
        let mut row = vec![opt(&q.speaker), clip(&q.text, 90), q.kind.clone(), clip(q.title.as_deref().unwrap_or(&q.doc), 40)];
        if sentence {
            row.push(clip(&q.sentence, 120));
        }
        t.add_row(row);
    }
    t
}

pub fn quotes(a: QuotesArgs) -> Result<ExitCode> {
    let store = open_store(&a.db)?;
    let rows = store.quotes(a.by.as_deref(), a.text.as_deref(), a.out.limit)?;
    answer(&rows, a.out.json, || quote_table(&rows, a.sentence))
}

fn event_table(rows: &[EventRow], sentence: bool) -> comfy_table::Table {
    let mut header = vec!["date", "type", "cameo", "source", "target", "mode", "trigger", "document"];
    if sentence {
        header.push("sentence");
    }
    let mut t = table::new(&header);
    for e in rows {
        let mut row = vec![
            opt(&e.date),
            e.kind.clone(),
            e.cameo.clone(),
            opt(&e.source),
            opt(&e.target),
            e.mode.clone(),
            clip(&e.trigger, 30),
            clip(&e.doc, 24),
        ];
        if sentence {
            row.push(clip(&e.sentence, 120));
        }
        t.add_row(row);
    }
    t
}

pub fn events(a: EventsArgs) -> Result<ExitCode> {
    if let Some(k) = &a.kind {
        if dyad_core::Plover::parse(k).is_none() {
            bail!("--type {k:?} is not a PLOVER type (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, ACCUSE, REQUEST, REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT)");
        }
    }
    if let Some(m) = &a.mode {
        if dyad_core::Mode::parse(m).is_none() {
            bail!("--mode {m:?} is not one of asserted, reported, speculative, hypothetical, negated, planned");
        }
    }
    for d in [&a.since, &a.until].into_iter().flatten() {
        if dyad_core::PartialDate::parse(d).is_none() {
            bail!("{d:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
    let store = open_store(&a.db)?;
    let f = EventFilter {
        source: a.source.clone(),
        target: a.target.clone(),
        kind: a.kind.clone(),
        since: a.since.clone(),
        until: a.until.clone(),
        mode: a.mode.clone(),
    };
    let rows = store.events(&f, a.out.limit)?;
    answer(&rows, a.out.json, || event_table(&rows, a.sentence))
}

pub fn search(a: SearchArgs) -> Result<ExitCode> {
    let words = a.words.join(" ");
    if words.trim().is_empty() {
        bail!("give words to search for: dyad search WORDS");
    }
    let store = open_store(&a.db)?;
    let hits = store.search(&words, a.out.limit)?;
    if a.out.json {
        print_json(&hits)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = table::new(&["document", "published", "title", "snippet"]);
    for h in &hits {
        t.add_row(vec![clip(&h.doc, 24), opt(&h.published), clip(h.title.as_deref().unwrap_or(""), 40), clip(&h.snippet, 100)]);
    }
    print(t)?;
    Ok(ExitCode::SUCCESS)
}

pub fn relations(a: RelationsArgs) -> Result<ExitCode> {
    let store = open_store(&a.db)?;
    let by = match a.by {
        By::Month => Period::Month,
        By::Year => Period::Year,
    };
    let rel = store.relations(&a.a, &a.b, by)?;
    if a.json {
        print_json(&rel)?;
        return Ok(ExitCode::SUCCESS);
    }
    use std::io::Write;
    writeln!(
        std::io::stdout().lock(),
        "{} ↔ {}{}",
        rel.a,
        rel.b,
        if rel.by_country { " (all actors of each country)" } else { "" }
    )?;
    let mut t = table::new(&["period", "direction", "events", "asserted?", "mean Goldstein", "quad 1/2/3/4", "types"]);
    for r in &rel.rows {
        t.add_row(vec![
            r.period.clone(),
            r.direction.clone(),
            r.events.to_string(),
            if r.asserted { "asserted".into() } else { "reported/other".into() },
            format!("{:+.1}", r.goldstein),
            format!("{}/{}/{}/{}", r.quad[0], r.quad[1], r.quad[2], r.quad[3]),
            r.types.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(", "),
        ]);
    }
    print(t)?;
    Ok(ExitCode::SUCCESS)
}

/// A short overview after ingesting: the most mentioned actors, recent quotations and events.
pub fn overview(store: &Store) -> Result<()> {
    let actors = store.actors(None, None, 15)?;
    let mut t = table::new(&["actor", "kind", "country", "code", "role", "mentions"]);
    for r in &actors {
        t.add_row(vec![r.name.clone(), r.kind.clone(), opt(&r.country), opt(&r.code), opt(&r.role), r.mentions.to_string()]);
    }
    println!("\nMost mentioned actors:\n{t}");
    let q = store.quotes(None, None, 8)?;
    if !q.is_empty() {
        println!("\nQuotations:\n{}", quote_table(&q, false));
    }
    let e = store.events(&EventFilter::default(), 12)?;
    if !e.is_empty() {
        println!("\nEvents:\n{}", event_table(&e, false));
    }
    println!("\nExplore: dyad actors | dyad actor NAME | dyad quotes --by NAME | dyad events --source X | dyad relations A B | dyad search WORDS");
    Ok(())
}
