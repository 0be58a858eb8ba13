//! The store on documents built by hand: one actor row across documents,
//! idempotent batches, queries, relations and search with odd input.

use dyad_core::{Document, Entity, EntityKind, Event, LearnedFact, Mention, MentionKind, Meta, Mode, Plover, Quote, QuoteKind, Span};
use dyad_store::{EventFilter, Period, Store};

fn state(doc: &mut Document, surface: &str, name: &str, iso: &str) -> dyad_core::EntityId {
    let mut e = Entity::new(name, EntityKind::State);
    e.country = Some(iso.into());
    e.code = Some(iso.into());
    e.kb_id = Some(format!("state:{iso}"));
    let id = doc.add_entity(e);
    for (s, _) in doc.text.clone().match_indices(surface) {
        doc.add_mention(Mention { span: Span::new(s, s + surface.len()), entity: id, kind: MentionKind::Name });
    }
    id
}

fn article(id: &str, text: &str, date: &str, plover: Plover, mode: Mode) -> Document {
    let meta = Meta { id: Some(id.into()), published: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(), ..Meta::default() };
    let mut d = Document::new(text, meta);
    d.sentences = vec![Span::new(0, d.text.len())];
    let a = state(&mut d, "Ankara", "Türkiye", "TUR");
    let b = state(&mut d, "Athens", "Greece", "GRC");
    let t = d.text.find(" ").map(|s| Span::new(s + 1, s + 5)).unwrap_or_default();
    d.events.push(Event { plover, cameo: "040".into(), source: Some(a), target: Some(b), trigger: t, mode, date: None, goldstein: 1.0, quad: 1 });
    d
}

#[test]
fn one_actor_row_across_documents_and_idempotent_batches() {
    let mut s = Store::open_in_memory().unwrap();
    let d1 = article("a", "Ankara met Athens.", "2025-01-10", Plover::Consult, Mode::Asserted);
    let d2 = article("b", "Ankara and Athens talked again.", "2025-02-11", Plover::Consult, Mode::Reported);
    let r = s.ingest_batch(&[d1.clone(), d2.clone()]).unwrap();
    assert_eq!((r.inserted, r.skipped), (2, 0));
    let r = s.ingest_batch(&[d1, d2]).unwrap();
    assert_eq!((r.inserted, r.skipped), (0, 2));
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.actors, c.events), (2, 2, 2));
    let tur = &s.find_actor("TUR").unwrap()[0];
    assert_eq!((tur.name.as_str(), tur.documents, tur.mentions), ("Türkiye", 2, 2));
    // a form used in the text finds the actor too
    assert_eq!(s.find_actor("Athens").unwrap()[0].name, "Greece");
    s.integrity_check().unwrap();
}

#[test]
fn relations_by_month_split_asserted_from_the_rest() {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[
        article("a", "Ankara met Athens.", "2025-01-10", Plover::Consult, Mode::Asserted),
        article("b", "Ankara and Athens talked again.", "2025-01-20", Plover::Consult, Mode::Speculative),
        article("c", "Ankara saw Athens once more.", "2025-02-02", Plover::Consult, Mode::Asserted),
    ])
    .unwrap();
    let r = s.relations("Türkiye", "Greece", Period::Month).unwrap();
    assert!(r.by_country);
    let jan: Vec<_> = r.rows.iter().filter(|x| x.period == "2025-01").collect();
    assert_eq!(jan.len(), 2, "asserted and other rows: {:?}", r.rows);
    assert!(jan.iter().all(|x| x.events == 1 && x.direction == "Türkiye→Greece"));
    let y = s.relations("Türkiye", "Greece", Period::Year).unwrap();
    assert_eq!(y.rows.iter().map(|x| x.events).sum::<i64>(), 3);
    let asserted = s.events(&EventFilter { mode: Some("asserted".into()), ..EventFilter::default() }, 10).unwrap();
    assert_eq!(asserted.len(), 2);
    let jan_only = s.events(&EventFilter { since: Some("2025-01".into()), until: Some("2025-01".into()), ..EventFilter::default() }, 10).unwrap();
    assert_eq!(jan_only.len(), 2);
}

#[test]
fn quotes_facts_and_profiles_carry_their_sentences() {
    let mut d = Document::new("Leyla Aliyeva, an analyst, said the talks mattered. Others disagreed.", Meta { id: Some("q".into()), ..Meta::default() });
    d.sentences = vec![Span::new(0, 51), Span::new(52, d.text.len())];
    let mut e = Entity::new("Leyla Aliyeva", EntityKind::Person);
    e.facts.push(LearnedFact { attribute: "role".into(), value: "analyst".into(), evidence: Span::new(0, 25) });
    let p = d.add_entity(e);
    d.add_mention(Mention { span: Span::new(0, 13), entity: p, kind: MentionKind::Name });
    let q = d.text.find("the talks").unwrap();
    let c = d.text.find("said").unwrap();
    d.quotes.push(Quote { span: Span::new(q, q + 18), parts: vec![], speaker: Some(p), cue: Some(Span::new(c, c + 4)), kind: QuoteKind::Indirect });
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[d]).unwrap();
    let q = s.quotes(Some("Aliyeva"), None, 10).unwrap();
    assert_eq!(q[0].text, "the talks mattered");
    assert_eq!(q[0].sentence, "Leyla Aliyeva, an analyst, said the talks mattered.");
    let prof = s.actor_profile(s.find_actor("Leyla Aliyeva").unwrap()[0].id).unwrap();
    assert_eq!(prof.roles, vec![("analyst".to_string(), 1)]);
    assert!(prof.facts[0].sentence.starts_with("Leyla Aliyeva, an analyst"));
    assert!(s.quotes(None, Some("100%_"), 10).unwrap().is_empty());
}

#[test]
fn search_takes_any_user_text_as_plain_words() {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[article("a", "Ankara met Athens about the Aegean.", "2025-01-10", Plover::Consult, Mode::Asserted)]).unwrap();
    assert_eq!(s.search("aegean", 5).unwrap().len(), 1);
    for odd in ["\"unclosed", "AND OR NOT", "*", "Athens)", "Aegean NEAR(x", "Égée", ""] {
        assert!(s.search(odd, 5).is_ok(), "{odd}");
    }
    assert!(s.search("Athens AND", 5).unwrap().len() <= 1);
}

#[test]
fn files_that_are_not_dyad_databases_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("other.db");
    {
        // an SQLite database of another program
        let c = rusqlite::Connection::open(&p).unwrap();
        c.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');").unwrap();
    }
    let e = Store::open(&p).unwrap_err().to_string();
    assert!(e.contains("other.db"), "{e}");
    let txt = dir.path().join("notes.db");
    std::fs::write(&txt, "plain text, not a database at all. ".repeat(100)).unwrap();
    assert!(Store::open(&txt).unwrap_err().to_string().contains("notes.db"));
}

