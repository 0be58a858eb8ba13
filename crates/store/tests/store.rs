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


/// Adds an entity with one mention per occurrence of each surface form.
fn actor(doc: &mut Document, e: Entity, surfaces: &[(&str, MentionKind)]) -> dyad_core::EntityId {
    let id = doc.add_entity(e);
    for (surface, kind) in surfaces {
        for (s, _) in doc.text.clone().match_indices(surface) {
            doc.add_mention(Mention { span: Span::new(s, s + surface.len()), entity: id, kind: *kind });
        }
    }
    id
}

/// Sentences split after ". " (the texts here are written to allow it).
fn sentences(doc: &mut Document) {
    let mut start = 0;
    for (i, _) in doc.text.match_indices(". ") {
        doc.sentences.push(Span::new(start, i + 1));
        start = i + 2;
    }
    doc.sentences.push(Span::new(start, doc.text.len()));
}

fn meta(id: &str, date: &str) -> Meta {
    Meta { id: Some(id.into()), title: Some(format!("Report {id}")), published: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(), ..Meta::default() }
}

fn entity(name: &str, kind: EntityKind, country: Option<&str>, role: Option<&str>) -> Entity {
    let mut e = Entity::new(name, kind);
    e.country = country.map(str::to_string);
    e.role = role.map(str::to_string);
    e
}

#[test]
fn sentences_are_cut_by_byte_offsets_in_non_ascii_text() {
    let text = "Türkiye’s envoy Selin Aydın arrived in Athens. “Dialogue is the only road,” said Aydın, the envoy of Türkiye. Greece’s cabinet welcomed the visit.";
    let mut d = Document::new(text, meta("u1", "2025-03-04"));
    sentences(&mut d);
    let tur = actor(&mut d, entity("Türkiye", EntityKind::State, Some("TUR"), None), &[("Türkiye", MentionKind::Name)]);
    let grc = actor(&mut d, entity("Greece", EntityKind::State, Some("GRC"), None), &[("Greece", MentionKind::Name)]);
    let mut envoy = entity("Selin Aydın", EntityKind::Person, Some("TUR"), Some("envoy"));
    let ev = d.text.find("Aydın, the envoy").unwrap();
    envoy.facts.push(LearnedFact { attribute: "role".into(), value: "envoy".into(), evidence: Span::new(ev, ev + "Aydın, the envoy".len()) });
    let p = actor(&mut d, envoy, &[("Selin Aydın", MentionKind::Name), ("Aydın", MentionKind::Name)]);
    let q = d.text.find("Dialogue").unwrap();
    let qe = d.text.find(" road").unwrap() + 5;
    let cue = d.text.find("said").unwrap();
    d.quotes.push(Quote { span: Span::new(q, qe), parts: vec![], speaker: Some(p), cue: Some(Span::new(cue, cue + 4)), kind: QuoteKind::Direct });
    let w = d.text.find("welcomed").unwrap();
    d.events.push(Event { plover: Plover::Support, cameo: "051".into(), source: Some(grc), target: Some(tur), trigger: Span::new(w, w + 8), mode: Mode::Asserted, date: None, goldstein: 3.4, quad: 1 });
    assert!(d.validate().is_ok());
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[d]).unwrap();
    let q = &s.quotes(Some("Selin Aydın"), None, 5).unwrap()[0];
    assert_eq!(q.text, "Dialogue is the only road");
    assert_eq!(q.sentence, "“Dialogue is the only road,” said Aydın, the envoy of Türkiye.");
    assert_eq!(&text[q.span[0] as usize..q.span[1] as usize], q.text);
    let e = &s.events(&EventFilter { source: Some("Greece".into()), ..EventFilter::default() }, 5).unwrap()[0];
    assert_eq!(e.sentence, "Greece’s cabinet welcomed the visit.");
    assert_eq!((e.trigger.as_str(), e.date.as_deref()), ("welcomed", None));
    let prof = s.actor_profile(s.find_actor("selin aydın").unwrap()[0].id).unwrap();
    assert_eq!(prof.facts[0].evidence, "Aydın, the envoy");
    assert_eq!(&text[prof.facts[0].span[0] as usize..prof.facts[0].span[1] as usize], "Aydın, the envoy");
    assert_eq!(prof.facts[0].sentence, q.sentence);
    // the role the document gave and the one read from the text are one role in one document
    assert_eq!(prof.roles, vec![("envoy".to_string(), 1)]);
    assert_eq!(prof.names, vec![("Aydın".to_string(), 1), ("Selin Aydın".to_string(), 1)]);
}

#[test]
fn names_resolve_by_name_case_code_iso3_mention_form_then_prefix() {
    let text = "Baku and the Azerbaijani foreign ministry spoke. Tbilisi listened. Nino Beridze of Georgia agreed.";
    let mut d = Document::new(text, meta("n1", "2025-05-01"));
    sentences(&mut d);
    let mut aze = entity("Azerbaijan", EntityKind::State, Some("AZE"), None);
    aze.code = Some("AZE".into());
    aze.kb_id = Some("state:AZE".into());
    actor(&mut d, aze, &[("Baku", MentionKind::Metonym)]);
    let mut mfa = entity("Azerbaijani Ministry of Foreign Affairs", EntityKind::Organization, Some("AZE"), None);
    mfa.code = Some("AZEGOV".into());
    actor(&mut d, mfa, &[("Azerbaijani foreign ministry", MentionKind::Nominal)]);
    let mut geo = entity("Georgia", EntityKind::State, Some("GEO"), None);
    geo.code = Some("GEO".into());
    actor(&mut d, geo, &[("Tbilisi", MentionKind::Metonym), ("Georgia", MentionKind::Name)]);
    actor(&mut d, entity("Nino Beridze", EntityKind::Person, Some("GEO"), Some("analyst")), &[("Nino Beridze", MentionKind::Name)]);
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[d]).unwrap();
    let first = |q: &str| s.find_actor(q).unwrap().first().map(|a| a.name.clone()).unwrap_or_default();
    let cases = [
        ("Azerbaijan", "Azerbaijan"),
        ("azerbaijan", "Azerbaijan"),
        ("AZE", "Azerbaijan"),
        ("aze", "Azerbaijan"),
        ("Baku", "Azerbaijan"),
        ("baku", "Azerbaijan"),
        ("Tbilisi", "Georgia"),
        ("AZEGOV", "Azerbaijani Ministry of Foreign Affairs"),
        ("Azerbaijani foreign ministry", "Azerbaijani Ministry of Foreign Affairs"),
        ("Beridze", "Nino Beridze"),
        ("Nino", "Nino Beridze"),
        ("  Georgia ", "Georgia"),
        ("Armenia", ""),
        ("%", ""),
        ("_", ""),
    ];
    for (q, want) in cases {
        assert_eq!(first(q), want, "{q:?}");
    }
    assert!(matches!(s.quotes(Some("Armenia"), None, 5), Err(dyad_store::StoreError::NotFound(_))));
    // a state stands for its members in event and quotation filters; the actor list filters by kind and country
    let states = s.actors(Some("state"), None, 10).unwrap();
    assert_eq!(states.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["Georgia", "Azerbaijan"]);
    let aze_actors = s.actors(None, Some("aze"), 10).unwrap();
    assert_eq!(aze_actors.len(), 2);
    assert!(s.actors(Some("person"), Some("AZE"), 10).unwrap().is_empty());
}

#[test]
fn event_filters_take_members_types_modes_and_dates() {
    let mut docs = Vec::new();
    for (i, (date, what, mode)) in [
        ("2024-11-20", "Hanoi accused the Manila coast guard of ramming.", Mode::Asserted),
        ("2025-01-05", "Hanoi might accuse the Manila coast guard again.", Mode::Speculative),
        ("2025-02-14", "Vietnam's foreign ministry accused Manila of provocation.", Mode::Asserted),
    ]
    .into_iter()
    .enumerate()
    {
        let mut d = Document::new(what, meta(&format!("ev{i}"), date));
        sentences(&mut d);
        let mut vnm = entity("Vietnam", EntityKind::State, Some("VNM"), None);
        vnm.kb_id = Some("state:VNM".into());
        let v = actor(&mut d, vnm, &[("Hanoi", MentionKind::Metonym)]);
        let mut phl = entity("Philippines", EntityKind::State, Some("PHL"), None);
        phl.kb_id = Some("state:PHL".into());
        let m = actor(&mut d, phl, &[("Manila of", MentionKind::Metonym)]);
        let cg = actor(&mut d, entity("Philippine Coast Guard", EntityKind::Organization, Some("PHL"), None), &[("Manila coast guard", MentionKind::Name)]);
        let mfa = actor(&mut d, entity("Vietnamese Ministry of Foreign Affairs", EntityKind::Organization, Some("VNM"), None), &[("Vietnam's foreign ministry", MentionKind::Nominal)]);
        let src = if i == 2 { mfa } else { v };
        let tgt = if i == 2 { m } else { cg };
        let t = d.text.find("accuse").unwrap();
        d.events.push(Event { plover: Plover::Accuse, cameo: "112".into(), source: Some(src), target: Some(tgt), trigger: Span::new(t, t + 6), mode, date: None, goldstein: -2.0, quad: 3 });
        docs.push(d);
    }
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&docs).unwrap();
    let n = |f: EventFilter| s.events(&f, 10).unwrap().len();
    assert_eq!(n(EventFilter::default()), 3);
    // the state stands for its ministry and its coast guard
    assert_eq!(n(EventFilter { source: Some("Vietnam".into()), target: Some("PHL".into()), ..EventFilter::default() }), 3);
    assert_eq!(n(EventFilter { source: Some("Vietnamese Ministry of Foreign Affairs".into()), ..EventFilter::default() }), 1);
    assert_eq!(n(EventFilter { target: Some("Vietnam".into()), ..EventFilter::default() }), 0);
    assert_eq!(n(EventFilter { kind: Some("accuse".into()), ..EventFilter::default() }), 3);
    assert_eq!(n(EventFilter { kind: Some("ASSAULT".into()), ..EventFilter::default() }), 0);
    assert_eq!(n(EventFilter { mode: Some("speculative".into()), ..EventFilter::default() }), 1);
    assert_eq!(n(EventFilter { since: Some("2025".into()), ..EventFilter::default() }), 2);
    assert_eq!(n(EventFilter { until: Some("2024".into()), ..EventFilter::default() }), 1);
    assert_eq!(n(EventFilter { since: Some("2025-02-14".into()), until: Some("2025-02-14".into()), ..EventFilter::default() }), 1);
    // newest first
    let rows = s.events(&EventFilter::default(), 10).unwrap();
    assert_eq!(rows.iter().map(|r| r.doc.as_str()).collect::<Vec<_>>(), vec!["ev2", "ev1", "ev0"]);
    // state-level relations count the members; asserted apart from the rest; Goldstein is a mean
    let r = s.relations("VNM", "Philippines", Period::Year).unwrap();
    assert!(r.by_country);
    let got: Vec<_> = r.rows.iter().map(|x| (x.period.as_str(), x.asserted, x.events, x.quad[2], x.goldstein)).collect();
    assert_eq!(got, vec![("2024", true, 1, 1, -2.0), ("2025", true, 1, 1, -2.0), ("2025", false, 1, 1, -2.0)]);
    assert!(r.rows.iter().all(|x| x.direction == "Vietnam→Philippines" && x.types == vec![("ACCUSE".to_string(), 1)]));
    // actor-level: the ministry and Manila only
    let r = s.relations("Vietnamese Ministry of Foreign Affairs", "Philippine Coast Guard", Period::Month).unwrap();
    assert!(!r.by_country && r.rows.is_empty());
    let r = s.relations("Vietnam", "Philippine Coast Guard", Period::Month).unwrap();
    assert_eq!(r.rows.iter().map(|x| x.period.as_str()).collect::<Vec<_>>(), vec!["2024-11", "2025-01"]);
}

#[test]
fn one_row_per_actor_counts_documents_once_and_keeps_the_latest_role() {
    let mk = |id: &str, text: &str, role: &str| {
        let mut d = Document::new(text, meta(id, "2025-06-01"));
        sentences(&mut d);
        // two entities of one document on one knowledge-base actor
        let mut a = entity("Marta Kovač", EntityKind::Person, Some("HRV"), Some(role));
        a.kb_id = Some("kb:kovac".into());
        let b = a.clone();
        actor(&mut d, a, &[("Marta Kovač", MentionKind::Name)]);
        actor(&mut d, b, &[("Kovač said", MentionKind::Name)]);
        d
    };
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[mk("k1", "Marta Kovač spoke first. Kovač said little.", "deputy minister")]).unwrap();
    s.ingest_batch(&[mk("k2", "Marta Kovač returned. Later Kovač said more.", "minister")]).unwrap();
    let rows = s.find_actor("Marta Kovač").unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].documents, rows[0].mentions, rows[0].role.as_deref()), (2, 4, Some("minister")));
    let p = s.actor_profile(rows[0].id).unwrap();
    assert_eq!(p.roles, vec![("deputy minister".to_string(), 1), ("minister".to_string(), 1)]);
    assert!(matches!(s.actor_profile(9999), Err(dyad_store::StoreError::NotFound(_))));
}

#[test]
fn dangling_references_and_bad_spans_are_skipped_without_panic() {
    let mut d = Document::new("Lima and Quito met.", meta("bad", "2025-01-01"));
    let e = d.add_entity(entity("Peru", EntityKind::State, Some("PER"), None));
    d.mentions.push(Mention { span: Span::new(0, 4), entity: e, kind: MentionKind::Metonym });
    d.mentions.push(Mention { span: Span::new(9, 14), entity: dyad_core::EntityId(7), kind: MentionKind::Name });
    d.entities[0].facts.push(LearnedFact { attribute: "role".into(), value: "x".into(), evidence: Span { start: 50, end: 90 } });
    d.quotes.push(Quote { span: Span { start: 3, end: 400 }, parts: vec![], speaker: Some(dyad_core::EntityId(9)), cue: None, kind: QuoteKind::Indirect });
    d.events.push(Event { plover: Plover::Consult, cameo: "040".into(), source: Some(e), target: Some(dyad_core::EntityId(5)), trigger: Span::new(15, 18), mode: Mode::Asserted, date: None, goldstein: 1.0, quad: 1 });
    let mut s = Store::open_in_memory().unwrap();
    assert_eq!(s.ingest_batch(&[d]).unwrap().inserted, 1);
    let c = s.counts().unwrap();
    assert_eq!((c.actors, c.mentions, c.quotes, c.events), (1, 1, 1, 1));
    let q = &s.quotes(None, None, 5).unwrap()[0];
    assert_eq!((q.speaker.as_deref(), q.text.as_str()), (None, ""));
    let ev = &s.events(&EventFilter::default(), 5).unwrap()[0];
    assert_eq!((ev.source.as_deref(), ev.target.as_deref(), ev.trigger.as_str()), (Some("Peru"), None, "met"));
}

#[test]
fn a_file_store_persists_skips_known_content_and_records_failures() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("news.db");
    let d = article("p1", "Ankara met Athens.", "2025-01-10", Plover::Consult, Mode::Asserted);
    {
        let mut s = Store::open(&p).unwrap();
        assert_eq!(s.ingest_batch(std::slice::from_ref(&d)).unwrap().inserted, 1);
        s.record_failure("feed.xml#3", "no text").unwrap();
    }
    let mut s = Store::open(&p).unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.failures), (1, 1));
    // the same text under another id is the same article
    let mut copy = d.clone();
    copy.id = "p1-syndicated".into();
    // a repeat inside one batch is skipped too
    let other = article("p2", "Ankara called Athens.", "2025-01-11", Plover::Consult, Mode::Asserted);
    let r = s.ingest_batch(&[copy, other.clone(), other]).unwrap();
    assert_eq!((r.inserted, r.skipped), (1, 2));
    assert_eq!(s.counts().unwrap().documents, 2);
    // a path that cannot be opened is named
    let e = Store::open(&dir.path().join("missing/dir/x.db")).unwrap_err().to_string();
    assert!(e.contains("missing/dir/x.db"), "{e}");
}

#[test]
fn search_matches_plain_words_without_accents_and_marks_them() {
    let mut s = Store::open_in_memory().unwrap();
    let mut d = article("s1", "Ankara met Athens about the Égée dispute and the 12-mile limit.", "2025-01-10", Plover::Consult, Mode::Asserted);
    d.meta.title = Some("Aegean talks".into());
    s.ingest_batch(&[d, article("s2", "Ankara met Athens about tourism.", "2025-01-11", Plover::Consult, Mode::Asserted)]).unwrap();
    let hits = s.search("egee", 5).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains("[Égée]"), "{}", hits[0].snippet);
    assert_eq!(hits[0].title.as_deref(), Some("Aegean talks"));
    // the title is searched too
    assert_eq!(s.search("aegean", 5).unwrap().len(), 1);
    // every word must match
    assert_eq!(s.search("Athens tourism", 5).unwrap().len(), 1);
    assert_eq!(s.search("Athens", 5).unwrap().len(), 2);
    for odd in ["’", "'", "-", "\"", "NEAR(", "a*b", "\0", "(((", "title:x", "^Ankara", "AND", "12-mile", "Égée OR"] {
        assert!(s.search(odd, 5).is_ok(), "{odd:?}");
    }
    assert_eq!(s.search("12-mile", 5).unwrap().len(), 1);
    assert_eq!(s.search("\"Égée\" AND", 5).unwrap().len(), 1);
}

#[test]
fn undated_events_fall_in_an_unknown_period_by_month_and_by_year() {
    let mut d = article("nd", "Ankara met Athens.", "2025-01-10", Plover::Consult, Mode::Asserted);
    d.meta.published = None;
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[d, article("d", "Ankara phoned Athens.", "2025-03-02", Plover::Consult, Mode::Asserted)]).unwrap();
    for by in [Period::Month, Period::Year] {
        let r = s.relations("Ankara", "Athens", by).unwrap();
        let periods: Vec<&str> = r.rows.iter().map(|x| x.period.as_str()).collect();
        let want = if by == Period::Month { "2025-03" } else { "2025" };
        assert_eq!(periods, vec![want, "unknown"], "{by:?}");
    }
}

#[test]
fn a_name_read_without_a_state_joins_its_one_state_across_batches() {
    // a person quoted with an event, read with no country, then with one, then again without
    let mk = |id: &str, text: &str, country: Option<&str>| {
        let mut d = Document::new(text, meta(id, "2025-06-01"));
        sentences(&mut d);
        let p = actor(&mut d, entity("Ilona Varga", EntityKind::Person, country, None), &[("Ilona Varga", MentionKind::Name)]);
        let g = state(&mut d, "Vienna", "Austria", "AUT");
        let w = d.text.find("Ilona").unwrap();
        d.quotes.push(Quote { span: Span::new(w, w + 5), parts: vec![], speaker: Some(p), cue: None, kind: QuoteKind::Indirect });
        d.events.push(Event { plover: Plover::Consult, cameo: "040".into(), source: Some(p), target: Some(g), trigger: Span::new(w, w + 5), mode: Mode::Asserted, date: None, goldstein: 1.0, quad: 1 });
        d
    };
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_batch(&[mk("v1", "Ilona Varga met Vienna officials.", None)]).unwrap();
    assert_eq!(s.find_actor("Ilona Varga").unwrap().len(), 1);
    s.ingest_batch(&[mk("v2", "Ilona Varga, Hungary's envoy, visited Vienna.", Some("HUN"))]).unwrap();
    s.ingest_batch(&[mk("v3", "Later Ilona Varga flew to Vienna.", None)]).unwrap();
    let rows = s.find_actor("Ilona Varga").unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!((rows[0].country.as_deref(), rows[0].documents, rows[0].mentions), (Some("HUN"), 3, 3));
    assert_eq!(s.quotes(Some("Ilona Varga"), None, 10).map(|q| q.len()).unwrap_or(0), 3);
    s.integrity_check().unwrap();
    // a name read with two states is two people, and its country-less row stays apart
    s.ingest_batch(&[mk("v4", "Ilona Varga, a Romanian judge, spoke in Vienna.", Some("ROU"))]).unwrap();
    s.ingest_batch(&[mk("v5", "Ilona Varga again spoke in Vienna.", None)]).unwrap();
    let rows = s.find_actor("Ilona Varga").unwrap();
    let mut countries: Vec<Option<String>> = rows.iter().map(|r| r.country.clone()).collect();
    countries.sort();
    assert_eq!(countries, vec![None, Some("HUN".into()), Some("ROU".into())]);
}
