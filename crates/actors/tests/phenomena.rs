//! Actor phenomena pinned on texts written for these tests: linking of
//! metonyms, demonyms and compounds to states; one entity per person across
//! name variants; roles and countries read from titles and appositions;
//! institutions composed from a state and a noun; role nouns resolved.

use dyad_core::{Document, Entity, EntityKind, MentionKind, Meta, Stage};

fn read(text: &str) -> Document {
    read_on(text, Some("2025-03-10"))
}

fn read_on(text: &str, date: Option<&str>) -> Document {
    let meta = Meta {
        published: date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        ..Meta::default()
    };
    let mut doc = Document::new(text, meta);
    dyad_text::TextStage.process(&mut doc).unwrap();
    dyad_actors::ActorsStage::builtin().process(&mut doc).unwrap();
    doc.validate().unwrap();
    doc
}

/// The entity mentioned by the `nth` occurrence of `surface`.
fn entity_at<'d>(doc: &'d Document, surface: &str, nth: usize) -> Option<&'d Entity> {
    let start = doc.text.match_indices(surface).nth(nth)?.0;
    let m = doc.mentions.iter().find(|m| m.span.start == start && m.span.end == start + surface.len())?;
    Some(doc.entity(m.entity))
}

/// Do the `i`-th occurrence of `a` and the `j`-th of `b` mention one entity? (Panics when either is no mention.)
fn one_entity(doc: &Document, (a, i): (&str, usize), (b, j): (&str, usize)) -> bool {
    let x = entity_at(doc, a, i).unwrap_or_else(|| panic!("no mention for {a} #{i}"));
    let y = entity_at(doc, b, j).unwrap_or_else(|| panic!("no mention for {b} #{j}"));
    std::ptr::eq(x, y)
}

/// The entity the first occurrence of `surface` mentions (panics when it is no mention).
fn mentioned<'d>(doc: &'d Document, surface: &str) -> &'d Entity {
    entity_at(doc, surface, 0).unwrap_or_else(|| panic!("no mention for {surface}"))
}

fn country_of(doc: &Document, surface: &str) -> Option<String> {
    entity_at(doc, surface, 0).and_then(|e| e.country.clone())
}

#[test]
fn capitals_demonyms_and_compounds_link_to_their_state() {
    let d = read(
        "Ankara and Yerevan exchanged notes. The Turkish side said the Armenian-Turkish border could open, \
         and Kazakh diplomats praised the Kazakhstan-Uzbekistan water deal brokered in Astana.",
    );
    for (s, iso) in [
        ("Ankara", "TUR"),
        ("Yerevan", "ARM"),
        ("Turkish", "TUR"),
        ("Armenian", "ARM"),
        ("Kazakh", "KAZ"),
        ("Kazakhstan", "KAZ"),
        ("Uzbekistan", "UZB"),
    ] {
        let e = mentioned(&d, s);
        assert_eq!(e.country.as_deref(), Some(iso), "{s}");
        assert_eq!(e.kind, EntityKind::State, "{s}");
    }
    // "Turkish" and "Ankara" are one entity
    assert!(std::ptr::eq(entity_at(&d, "Ankara", 0).unwrap(), entity_at(&d, "Turkish", 0).unwrap()));
}

#[test]
fn possessives_and_abbreviations() {
    let d = read("Tehran’s response came after the U.S. statement. Britain's envoy arrived and the UK agreed.");
    assert_eq!(country_of(&d, "Tehran").as_deref(), Some("IRN"));
    assert_eq!(country_of(&d, "U.S.").as_deref(), Some("USA"));
    assert_eq!(country_of(&d, "Britain").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "UK").as_deref(), Some("GBR"));
    // the possessive is not part of the mention
    assert!(d.mentions.iter().all(|m| !d.slice(m.span).ends_with("’s")));
}

#[test]
fn name_variants_are_one_person() {
    let d = read(
        "Special envoy Daniel Okafor arrived in Nairobi. Dan Okafor later told reporters the talks went well. \
         Okafor’s aides said D. Okafor would return.",
    );
    let a = entity_at(&d, "Daniel Okafor", 0).expect("full name");
    let b = entity_at(&d, "Okafor", 2).expect("surname with possessive");
    assert_eq!(a as *const _, b as *const _);
    let c = entity_at(&d, "Dan Okafor", 0).expect("short given name");
    assert_eq!(a as *const _, c as *const _);
    assert_eq!(a.name, "Daniel Okafor");
    assert_eq!(a.kind, EntityKind::Person);
}

#[test]
fn roles_and_countries_from_titles_and_appositions() {
    let d = read(
        "French Foreign Minister Claire Dubois met Tomas Lind, the national security adviser for the Swedish \
         government, in Brussels. Maria Costa, editor of the Lisbon Herald, wrote that the meeting mattered.",
    );
    let dubois = entity_at(&d, "Claire Dubois", 0).unwrap();
    assert_eq!(dubois.country.as_deref(), Some("FRA"));
    assert_eq!(dubois.role.as_deref(), Some("foreign minister"));
    let lind = entity_at(&d, "Tomas Lind", 0).unwrap();
    assert_eq!(lind.country.as_deref(), Some("SWE"));
    assert!(lind.role.as_deref().unwrap_or("").contains("security"));
    let costa = entity_at(&d, "Maria Costa", 0).unwrap();
    assert_eq!(costa.role.as_deref(), Some("editor"));
    assert!(costa.facts.iter().any(|f| f.attribute == "affiliation" && f.value.contains("Lisbon Herald")));
}

#[test]
fn institutions_compose_from_state_and_noun() {
    let d = read(
        "The Georgian MFA summoned the envoy. Russia's Defence Ministry denied it, and the U.S. Embassy stayed silent.",
    );
    let mfa = d.entities.iter().find(|e| e.kind == EntityKind::Organization && e.country.as_deref() == Some("GEO"));
    let mfa = mfa.expect("Georgian MFA");
    assert_eq!(mfa.code.as_deref(), Some("GEOGOV"));
    let mod_ = d.entities.iter().find(|e| e.kind == EntityKind::Organization && e.country.as_deref() == Some("RUS"));
    assert!(mod_.expect("Russian defence ministry").code.as_deref().unwrap_or("").starts_with("RUS"));
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.country.as_deref() == Some("USA")));
}

#[test]
fn role_nouns_refer_back() {
    let d = read(
        "Anna Keller, editor of the Baltic Review, spoke first. The editor argued that sanctions had failed.",
    );
    let keller = entity_at(&d, "Anna Keller", 0).unwrap();
    let nominal = d.mentions.iter().find(|m| m.kind == MentionKind::Nominal).expect("a nominal mention");
    assert_eq!(d.entity(nominal.entity).name, keller.name);
    assert!(d.slice(nominal.span).to_lowercase().contains("editor"));
}

#[test]
fn office_holders_get_their_country() {
    let d = read("President Erdogan hosted Chancellor Scholz while Putin stayed in Moscow.");
    assert_eq!(country_of(&d, "Erdogan").as_deref(), Some("TUR"));
    assert_eq!(country_of(&d, "Putin").as_deref(), Some("RUS"));
    assert_eq!(country_of(&d, "Moscow").as_deref(), Some("RUS"));
}

#[test]
fn georgia_the_us_state_in_us_context() {
    let d = read("Voters in Atlanta, Georgia, and across Alabama lined up early.");
    let g = entity_at(&d, "Georgia", 0);
    assert!(g.is_none_or(|e| e.kind != EntityKind::State), "Georgia should not be the state of GEO here");
    let d = read("Georgia and Armenia signed a transit deal in Tbilisi.");
    assert_eq!(country_of(&d, "Georgia").as_deref(), Some("GEO"));
}

#[test]
fn odd_text_never_breaks_the_stage() {
    for t in ["", "   ", "\u{fffd}\u{fffd}", "’s ’s", "U.S.-", "-Azerbaijan", "Mr.", "President", "the the the"] {
        read_on(t, None);
    }
}

#[test]
fn a_shared_surname_goes_to_the_holder_in_office_on_the_date() {
    let mut late = Document::from_text("Aliyev received the delegation in Baku and spoke of the corridor.");
    late.meta.published = chrono::NaiveDate::from_ymd_opt(2024, 5, 2);
    let mut early = late.clone();
    early.meta.published = chrono::NaiveDate::from_ymd_opt(1998, 5, 2);
    let undated = Document::from_text(late.text.clone());
    let name = |mut d: Document| {
        dyad_text::TextStage.process(&mut d).unwrap();
        dyad_actors::ActorsStage::builtin().process(&mut d).unwrap();
        entity_at(&d, "Aliyev", 0).map(|e| e.name.clone())
    };
    assert_eq!(name(late).as_deref(), Some("Ilham Aliyev"));
    assert_eq!(name(early).as_deref(), Some("Heydar Aliyev"));
    // no date: the one in office now
    assert_eq!(name(undated).as_deref(), Some("Ilham Aliyev"));
}

#[test]
fn a_name_with_particles_is_one_holder() {
    let d = read("Emir Tamim bin Hamad Al Thani telephoned the Omani sultan on Sunday.");
    let e = entity_at(&d, "Tamim bin Hamad Al Thani", 0).expect("one mention over the whole name");
    assert_eq!(e.country.as_deref(), Some("QAT"));
    // "Hamad" inside the name is not another ruler
    assert!(d.entities.iter().all(|e| e.country.as_deref() != Some("BHR")));
}

#[test]
fn regnal_numbers_and_place_names_with_of_stay_in_the_name() {
    let d = read("Pope Leo XIV wrote to King Charles III about the tankers stuck near the Strait of Hormuz.");
    let leo = entity_at(&d, "Leo XIV", 0).expect("the numeral is part of the name");
    assert_eq!(leo.kind, EntityKind::Person);
    let charles = entity_at(&d, "Charles III", 0).expect("the numeral is part of the name");
    // one monarch of several realms: the first listed, not the last
    assert_eq!(charles.country.as_deref(), Some("GBR"));
    assert_eq!(entity_at(&d, "Strait of Hormuz", 0).map(|e| e.kind), Some(EntityKind::Place));
}

#[test]
fn an_ordinary_word_opening_a_sentence_is_not_part_of_the_name() {
    let d = read("The envoy left early. Later Arvid Sundqvist said the talks would resume; talks later stalled.");
    assert!(entity_at(&d, "Arvid Sundqvist", 0).is_some());
    assert!(entity_at(&d, "Later Arvid Sundqvist", 0).is_none());
}

#[test]
fn honorific_mentions_and_headings_do_not_split_or_glue_people() {
    let d = read("Envoy Warsame\nLeila Warsame arrived in Doha. Later Miss Warsame met the press.");
    let full = entity_at(&d, "Leila Warsame", 0).expect("the name after the heading line");
    let miss = entity_at(&d, "Warsame", 2).expect("Miss Warsame, without the honorific");
    assert!(std::ptr::eq(full, miss), "one entity");
    // the heading's last word and the next line's name are not one mention
    assert!(d.mentions.iter().all(|m| !d.slice(m.span).contains('\n')));
}

#[test]
fn former_states_are_states() {
    let d = read("Soviet troops left Afghanistan in 1989, two years before the Soviet Union collapsed.");
    assert_eq!(country_of(&d, "Soviet Union").as_deref(), Some("SUN"));
    assert_eq!(country_of(&d, "Afghanistan").as_deref(), Some("AFG"));
}

#[test]
fn a_named_institution_with_its_state_before_it_is_one_mention() {
    let d = read("The Russian Duma and the Israeli Knesset both debated the bill.");
    let duma = entity_at(&d, "Russian Duma", 0).expect("one mention");
    assert_eq!((duma.kind, duma.country.as_deref()), (EntityKind::Organization, Some("RUS")));
    let knesset = entity_at(&d, "Israeli Knesset", 0).expect("one mention");
    assert_eq!(knesset.country.as_deref(), Some("ISR"));
}

#[test]
fn seats_of_power_are_the_government_of_their_state() {
    let d = read("The Kremlin said Moscow would answer, and the White House said Washington had not decided.");
    let k = entity_at(&d, "Kremlin", 0).unwrap();
    assert_eq!((k.kind, k.country.as_deref(), k.code.as_deref()), (EntityKind::Organization, Some("RUS"), Some("RUSGOV")));
    let w = entity_at(&d, "White House", 0).unwrap();
    assert_eq!((w.kind, w.country.as_deref()), (EntityKind::Organization, Some("USA")));
    // the capitals still stand for the state
    assert_eq!(entity_at(&d, "Moscow", 0).map(|e| e.kind), Some(EntityKind::State));
}

#[test]
fn demonym_and_title_is_not_a_person_but_a_flagged_given_name_can_be() {
    let d = read("The German Senator met Jordan Halvorsen, who speaks English, in Amman.");
    assert!(d.entities.iter().all(|e| !(e.kind == EntityKind::Person && e.name.contains("Senator"))));
    assert_eq!(country_of(&d, "German").as_deref(), Some("DEU"));
    let j = entity_at(&d, "Jordan Halvorsen", 0).expect("Jordan is a given name here");
    assert_eq!(j.kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Amman").as_deref(), Some("JOR"));
    assert!(entity_at(&d, "English", 0).is_none());
}

#[test]
fn a_dateline_in_capitals_names_its_place_and_a_short_month_is_no_person() {
    let d = read("Water talks open\n\nTASHKENT, Jan 3 — Ministers met on Tuesday.\nNEW DELHI (Wire) - India said it would wait.");
    assert_eq!(country_of(&d, "TASHKENT").as_deref(), Some("UZB"));
    assert_eq!(country_of(&d, "NEW DELHI").as_deref(), Some("IND"));
    assert!(entity_at(&d, "Jan", 0).is_none());
}

#[test]
fn a_known_name_after_and_is_not_glued_to_an_organisation() {
    let d = read("Kyodo News and Yonhap both reported the launch.");
    assert_eq!(country_of(&d, "Kyodo News").as_deref(), Some("JPN"));
    assert_eq!(country_of(&d, "Yonhap").as_deref(), Some("KOR"));
}

#[test]
fn newspapers_with_a_weekday_or_an_unlisted_ending_are_organisations() {
    let d = read("The claim first ran in The Sunday Times and was repeated by the Tulsa Courier on Monday.");
    for name in ["The Sunday Times", "Tulsa Courier"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Organization, "{name}");
    }
    assert!(entity_at(&d, "Monday", 0).is_none());
}

#[test]
fn one_name_after_a_locative_is_a_place_even_when_people_bear_it() {
    // "Marion" and "Florence" are also given names
    let d = read("The convoy drove from Marion to Florence before the storm, officials said.");
    for name in ["Marion", "Florence"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Place, "{name}");
    }
}

#[test]
fn a_name_with_a_venue_or_body_word_is_no_person() {
    let d = read("Tickets for the Rialto Theatre sold out, and Veltra Transport added buses, said Ines Varga.");
    for name in ["Rialto Theatre", "Veltra Transport"] {
        assert!(entity_at(&d, name, 0).is_none_or(|e| e.kind != EntityKind::Person), "{name}");
    }
    assert_eq!(entity_at(&d, "Ines Varga", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_body_named_after_its_state_belongs_to_it() {
    let d = read("Varnish Air Command and Turkish Fjord Lines staff met the Azerbaijani Rail Union in Ganja.");
    assert_eq!(country_of(&d, "Azerbaijani Rail Union").as_deref(), Some("AZE"));
    assert_eq!(country_of(&d, "Turkish Fjord Lines").as_deref(), Some("TUR"));
    assert_eq!(entity_at(&d, "Varnish Air Command", 0).and_then(|e| e.country.clone()), None);
    let d = read("The Reserve Bank of India and the Grain Board of the Philippines cut rates.");
    assert_eq!(country_of(&d, "Reserve Bank of India").as_deref(), Some("IND"));
    assert_eq!(country_of(&d, "Grain Board of the Philippines").as_deref(), Some("PHL"));
}

#[test]
fn an_office_holders_surname_inside_another_name_is_not_that_holder() {
    // "Power" is the surname of a former US envoy to the UN; "Georgia Power" is a utility
    let d = read_on("Turkish Airlines cancelled flights, the Tehran Times reported. Georgia Power raised prices.", Some("2023-05-01"));
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", d.entities);
}

#[test]
fn the_general_staff_is_no_person() {
    let d = read("Troops withdrew from two villages on Tuesday, the General Staff said.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", d.entities);
}

#[test]
fn a_title_in_a_verb_phrase_after_a_name_is_not_that_persons_role() {
    let d = read("Dariusz Wolan, met Lithuanian Foreign Minister Kestutis Budrys in Vilnius, and left.");
    let w = entity_at(&d, "Dariusz Wolan", 0).expect("a person");
    assert_ne!(w.role.as_deref(), Some("foreign minister"));
    let d = read("\"Nothing is signed,\" said Rusif Aliquliyev, the centre's co-founder.");
    assert_eq!(entity_at(&d, "Rusif Aliquliyev", 0).and_then(|e| e.role.clone()).as_deref(), Some("founder"));
    let d = read("Tomasz Rydel, the country's deputy foreign minister, arrived in Vilnius.");
    assert_eq!(entity_at(&d, "Tomasz Rydel", 0).and_then(|e| e.role.clone()).as_deref(), Some("deputy foreign minister"));
}

#[test]
fn titles_in_apposition_before_a_name_give_role_and_country() {
    let d = read("Chile's army chief, Field Marshal Rodrigo Valdes Ortega, met reporters in Santiago.");
    let p = entity_at(&d, "Rodrigo Valdes Ortega", 0).expect("the name after the titles");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.country.as_deref(), Some("CHL"));
    assert_eq!(p.code.as_deref(), Some("CHLMIL"));
}

#[test]
fn an_armed_groups_leader_is_coded_as_the_group() {
    // Naim Qassem has led Hezbollah since October 2024 (a fact in leaders.tsv)
    let d = read_on("Naim Qassem warned of a long war.", Some("2025-06-01"));
    let q = entity_at(&d, "Naim Qassem", 0).expect("a known holder");
    assert_eq!(q.code.as_deref(), Some("LBNREB"));
    // a role naming the body in several words ("commander of the rapid support forces")
    let d = read_on("Mohamed Hamdan Dagalo denied the charge.", Some("2025-06-01"));
    assert_eq!(entity_at(&d, "Mohamed Hamdan Dagalo", 0).and_then(|e| e.code.clone()).as_deref(), Some("SDNREB"));
}

#[test]
fn an_unknown_acronym_is_a_body_unless_it_names_a_thing() {
    let d = read("BORDER TALKS\nThe KPLR and the ZNVA rejected the GDP figures after UAV strikes, the Race Commission said.\n");
    for name in ["KPLR", "ZNVA"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Organization, "{name}");
    }
    for term in ["GDP", "UAV", "BORDER", "TALKS"] {
        assert!(entity_at(&d, term, 0).is_none_or(|e| e.kind != EntityKind::Organization), "{term}");
    }
}

#[test]
fn a_capital_before_a_surname_is_part_of_the_name_but_not_before_a_title() {
    let d = read("The gala drew Paris Hilton, and Moscow Mayor Sergei Sobyanin sent greetings.");
    assert_eq!(entity_at(&d, "Paris Hilton", 0).map(|e| e.kind), Some(EntityKind::Person));
    assert!(entity_at(&d, "Hilton", 0).is_none(), "not the surname alone");
    assert_eq!(entity_at(&d, "Sergei Sobyanin", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_title_inside_a_capitalised_run_starts_the_persons_name() {
    let d = read("Harlan County Sheriff Dale Korver said the road was closed, and fellow Texan Ruth Abernathy agreed.");
    let p = entity_at(&d, "Dale Korver", 0).expect("the name after the title");
    assert_eq!(p.kind, EntityKind::Person);
    let r = entity_at(&d, "Ruth Abernathy", 0).expect("the name after the demonym");
    assert_eq!(r.kind, EntityKind::Person);
}

#[test]
fn a_leader_noun_and_a_former_office_find_their_person() {
    let d = read(
        "Armenian Prime Minister Nikol Pashinyan met Kaja Kallas in Yerevan. The Armenian leader thanked \
         the former Estonian prime minister for her support.",
    );
    assert!(one_entity(&d, ("Nikol Pashinyan", 0), ("leader", 0)));
    // Kallas was Estonia's prime minister until July 2024 (leaders.tsv); the current one is someone else
    assert!(one_entity(&d, ("Kaja Kallas", 0), ("prime minister", 0)));
}

#[test]
fn brussels_stands_for_the_eu_where_the_article_speaks_of_it() {
    let d = read("EU ministers met on Monday. Brussels said new sanctions would follow.");
    assert_eq!(entity_at(&d, "Brussels", 0).and_then(|e| e.code.clone()).as_deref(), Some("IGOEUREEC"));
    let d = read("Brussels and Antwerp voted for the Belgian budget.");
    assert_eq!(country_of(&d, "Brussels").as_deref(), Some("BEL"));
    let d = read("Brussels announced a new tax, the EU said.");
    assert_eq!(entity_at(&d, "Brussels", 0).and_then(|e| e.code.clone()).as_deref(), Some("IGOEUREEC"));
}

#[test]
fn a_given_name_alone_is_the_one_person_who_bears_it() {
    let d = read("Prime Minister Abiy Ahmed spoke in Addis Ababa. Later Abiy said the port deal was fair.");
    assert!(one_entity(&d, ("Abiy Ahmed", 0), ("Abiy", 1)));
    // not where the word is also another person's surname
    let d = read("Sara Martin met Martin Keller. Martin said little.");
    assert!(!one_entity(&d, ("Martin", 2), ("Martin Keller", 0)));
}

#[test]
fn a_place_with_and_without_its_kind_word_is_one_place() {
    let d = read("Ferries to Talvora Island were cancelled. Fishermen on Talvora said the storm had passed.");
    assert!(one_entity(&d, ("Talvora Island", 0), ("Talvora", 1)));
}

#[test]
fn a_state_institution_without_its_state_belongs_to_the_datelines_state() {
    let d = read("TBILISI, Oct 5 — The government said the Interior Ministry had detained 12 protesters. The Foreign Ministry of Armenia said it was watching.");
    assert_eq!(country_of(&d, "government").as_deref(), Some("GEO"));
    assert_eq!(country_of(&d, "Interior Ministry").as_deref(), Some("GEO"));
    assert_eq!(country_of(&d, "Foreign Ministry of Armenia").as_deref(), Some("ARM"));
    // another state in the sentence may own it: no guess
    let d = read("AMMAN, May 2 — In Washington, a senator said the administration should move faster.");
    assert!(entity_at(&d, "administration", 0).is_none_or(|e| e.country.as_deref() != Some("JOR")));
    // without a dateline, no state is guessed
    let d = read("The government said the Interior Ministry had detained 12 protesters.");
    assert!(d.entities.iter().all(|e| e.country.is_none()), "{:?}", d.entities);
}

#[test]
fn arabic_names_keep_their_hyphened_particle() {
    let d = read("The negotiator Samir al-Qudwani rejected the plan. Later al-Qudwani told reporters it was unfair.");
    let full = entity_at(&d, "Samir al-Qudwani", 0).expect("the full name");
    assert_eq!(full.kind, EntityKind::Person);
    assert_eq!(full.name, "Samir al-Qudwani");
    assert!(one_entity(&d, ("Samir al-Qudwani", 0), ("al-Qudwani", 1)));
}

#[test]
fn a_state_that_owns_an_office_is_no_person_of_that_name() {
    let d = read("Jordan’s King Abdullah II met Michael Jordan in Amman.");
    assert_eq!(country_of(&d, "Jordan").as_deref(), Some("JOR"));
    assert_eq!(entity_at(&d, "Jordan", 0).map(|e| e.kind), Some(EntityKind::State));
    assert_eq!(entity_at(&d, "Michael Jordan", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn an_agency_credit_in_a_dateline_is_an_organisation() {
    let d = read("LUSAKA, July 9 (Pressline) — Zambia's parliament met on Wednesday.");
    assert_eq!(entity_at(&d, "Pressline", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn east_asian_given_names_keep_their_lower_case_syllable() {
    let d = read("Park Min-jun met Chen Wei-ting in Taipei, while Moscow-led forces and Kyiv-based analysts watched.");
    for name in ["Park Min-jun", "Chen Wei-ting"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Person, "{name}");
        assert_eq!(e.name, name);
    }
    assert_eq!(country_of(&d, "Moscow").as_deref(), Some("RUS"));
    assert_eq!(country_of(&d, "Kyiv").as_deref(), Some("UKR"));
}

#[test]
fn a_bodys_name_before_a_title_is_no_part_of_the_persons_name() {
    // António Guterres has been UN Secretary-General since 2017 (leaders.tsv)
    let d = read("LIMA, May 3 (Wire) — Peru's president said on Friday that the mission would grow, after a call with UN Secretary-General António Guterres.");
    for name in ["António Guterres"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Person, "{name}");
        assert_eq!(e.name, name);
    }
}

#[test]
fn new_opens_a_name_that_goes_on() {
    let d = read("Shares in the firm fell on the New York Stock Exchange, and the New Democratic Party objected.");
    assert_eq!(entity_at(&d, "New York Stock Exchange", 0).map(|e| e.kind), Some(EntityKind::Organization));
    assert_eq!(entity_at(&d, "New Democratic Party", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn a_place_or_venue_word_at_the_end_is_no_persons_name() {
    let d = read("The team trained at Davis Gym and fished by Lincoln Reservoir before the season.");
    for s in ["Davis Gym", "Lincoln Reservoir"] {
        let e = mentioned(&d, s);
        assert_ne!(e.kind, EntityKind::Person, "{s}");
    }
}

#[test]
fn a_name_of_given_names_that_is_a_known_town_is_the_town() {
    // both words are given names, and the whole is a town in the GeoNames list
    let d = read("The festival moved from Santa Clara to a smaller venue this year.");
    assert_eq!(entity_at(&d, "Santa Clara", 0).map(|e| e.kind), Some(EntityKind::Place));
    // a title before it still makes a person
    let d = read("The victory went to General Santa Clara, who led the column.");
    assert_ne!(entity_at(&d, "Santa Clara", 0).map(|e| e.kind), Some(EntityKind::Place));
}

#[test]
fn a_surname_opening_a_sentence_is_found_when_written_in_full_elsewhere() {
    let d = read("Tarrow was the only one on the ballot. In the end Helen Tarrow won by a wide margin.");
    assert!(one_entity(&d, ("Tarrow", 0), ("Helen Tarrow", 0)));
}

#[test]
fn an_office_holders_surname_after_another_given_name_is_someone_else() {
    let d = read("The singer Jennifer Rubio opened the festival in Madrid. Rubio thanked the crowd.");
    let e = entity_at(&d, "Jennifer Rubio", 0).expect("a mention for Jennifer Rubio");
    assert_eq!(e.kb_id, None, "{e:?}");
    assert_ne!(e.country.as_deref(), Some("USA"));
    assert!(one_entity(&d, ("Jennifer Rubio", 0), ("Rubio", 1)));
    // the holder's own given name, and the surname alone, still link
    let d = read("Marco Rubio spoke to reporters. Later Rubio flew to Panama.");
    assert_eq!(entity_at(&d, "Marco Rubio", 0).and_then(|e| e.country.clone()).as_deref(), Some("USA"));
    assert!(one_entity(&d, ("Marco Rubio", 0), ("Rubio", 1)));
}

#[test]
fn a_surname_after_the_full_name_is_that_holder_not_a_later_one() {
    // "Brown" alone would be the most recent holder of that surname; after "Gordon Brown" it is he
    let d = read("The talks were chaired by former prime minister Gordon Brown. Mr Brown said they had gone well.");
    assert!(one_entity(&d, ("Gordon Brown", 0), ("Brown", 1)));
    let e = entity_at(&d, "Brown", 1).unwrap();
    assert_eq!((e.name.as_str(), e.country.as_deref()), ("Gordon Brown", Some("GBR")));
}

#[test]
fn a_title_only_one_state_has_gives_its_holder_that_country() {
    let d = read("Home Secretary Marjorie Tennant defended the bill, and Taoiseach Ciaran Molloy stayed silent.");
    assert_eq!(country_of(&d, "Marjorie Tennant").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "Ciaran Molloy").as_deref(), Some("IRL"));
    // a state named in the text wins over the title's own
    let d = read("Indian Foreign Secretary Ravi Menon arrived in Colombo.");
    assert_eq!(country_of(&d, "Ravi Menon").as_deref(), Some("IND"));
}

#[test]
fn an_award_alone_is_no_actor_but_a_person_may_bear_its_name() {
    let d = read("Her film won an Oscar last year. Oscar Delgado, its producer, was in Lisbon.");
    let s = d.text.find("Oscar last").unwrap();
    assert!(!d.mentions.iter().any(|m| m.span.start == s), "the award is no mention");
    assert_eq!(entity_at(&d, "Oscar Delgado", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_party_leader_takes_the_partys_country() {
    let d = read("Tory leader Harriet Oakes and Lib Dem leader Callum Reid clashed over the budget.");
    assert_eq!(country_of(&d, "Harriet Oakes").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "Callum Reid").as_deref(), Some("GBR"));
}

#[test]
fn a_common_surname_alone_is_a_holder_only_with_a_title_or_in_office() {
    // Trinidad and Tobago had a prime minister Young (2025) and Ecuador a foreign minister Long (2016-17)
    let d = read_on("The committee met on Tuesday. Young said the plan would fail, and Long agreed.", Some("2019-05-02"));
    for s in ["Young", "Long"] {
        assert!(entity_at(&d, s, 0).is_none_or(|e| e.kb_id.is_none()), "{s}");
    }
    let d = read_on("The committee met on Tuesday. Young said the plan would fail.", None);
    assert!(entity_at(&d, "Young", 0).is_none_or(|e| e.kb_id.is_none()));
    // a title before it, or the holder in office on the day, links it
    let d = read_on("The committee met on Tuesday. Prime Minister Young said the plan would fail.", None);
    assert_eq!(country_of(&d, "Young").as_deref(), Some("TTO"));
    let d = read_on("The committee met on Tuesday. Young said the plan would fail.", Some("2025-04-02"));
    assert_eq!(country_of(&d, "Young").as_deref(), Some("TTO"));
}

#[test]
fn a_holders_family_name_written_last_in_another_name_is_someone_else() {
    // Chinese holders put the family name first; "Lian … Liang" is not "Liang Guanglie" one letter off
    let d = read_on("The envoy Lian Chia Liang arrived in Kuala Lumpur on Monday.", Some("2006-05-01"));
    assert_eq!(entity_at(&d, "Lian Chia Liang", 0).and_then(|e| e.kb_id.clone()), None);
    // a surname the document also writes as a word is common, whoever bears it
    let d = read_on("Some parts of the plan were dropped. Parts said the talks would go on.", None);
    assert!(entity_at(&d, "Parts", 0).is_none_or(|e| e.kb_id.is_none()));
}

#[test]
fn a_users_name_word_types_the_names_it_ends() {
    let text = "Workers at the Leuna Kombinat walked out on Monday.";
    let kb: &'static dyad_kb::Kb = Box::leak(Box::new(
        dyad_kb::Kb::with_extra(&[("name_words_mine.tsv".to_string(), "Kombinat\tbody;body_end\n".to_string())]).unwrap(),
    ));
    let mut d = Document::new(text, Meta::default());
    dyad_text::TextStage.process(&mut d).unwrap();
    dyad_actors::ActorsStage::new(kb).process(&mut d).unwrap();
    assert_eq!(entity_at(&d, "Leuna Kombinat", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn a_generational_suffix_is_no_surname() {
    let d = read("Senator Dwight Calloway Jr. opposed the treaty. Calloway said it gave away too much.");
    assert!(one_entity(&d, ("Dwight Calloway Jr.", 0), ("Calloway", 1)));
}

#[test]
fn a_town_the_knowledge_base_lacks_takes_its_country_from_geonames() {
    // two countries have a Springfield, and the article names Australia; one has an Arica, and it is named
    let d = read("Australian officials closed schools in Springfield, and Chilean police cleared streets in Arica.");
    assert_eq!(country_of(&d, "Springfield").as_deref(), Some("AUS"));
    assert_eq!(country_of(&d, "Arica").as_deref(), Some("CHL"));
    let d = read("Officials closed schools in Springfield and in Arica after the storm.");
    assert_eq!(country_of(&d, "Springfield"), None, "no country named: no guess");
    assert_eq!(country_of(&d, "Arica"), None, "a one-word name takes its country only where the text names it");
    // a name of several words that one country has is that country's
    let d = read("Officials closed schools in Porto Alegre after the storm.");
    assert_eq!(country_of(&d, "Porto Alegre").as_deref(), Some("BRA"));
}

#[test]
fn a_town_of_several_words_and_a_plural_is_a_team() {
    let d = read("The Bowling Green Falcons beat the visitors 3-1 on Saturday.");
    assert_eq!(entity_at(&d, "Bowling Green Falcons", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn two_full_names_joined_by_an_ampersand_are_two_people() {
    let d = read("The album was produced by David Hollins & Mark Tennant in a week.");
    assert_eq!(entity_at(&d, "David Hollins", 0).map(|e| e.kind), Some(EntityKind::Person));
    assert_eq!(entity_at(&d, "Mark Tennant", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_clerics_title_is_no_part_of_the_name() {
    let d = read("Bishop Anselm Kerrigan led the service, and Rabbi Miriam Lowe read the prayer.");
    for s in ["Anselm Kerrigan", "Miriam Lowe"] {
        let e = mentioned(&d, s);
        assert_eq!(e.role.as_deref(), Some("cleric"), "{s}");
    }
}

#[test]
fn a_royal_title_before_a_holders_name_does_not_hide_the_holder() {
    let d = read_on("Foreign Minister Prince Faisal bin Farhan spoke by phone with his counterpart.", Some("2025-06-12"));
    let e = entity_at(&d, "Faisal bin Farhan", 0).expect("the holder's name is a mention");
    assert_eq!((e.kb_id.is_some(), e.country.as_deref()), (true, Some("SAU")));
}

#[test]
fn an_official_and_a_deputy_director_are_roles() {
    let d = read(
        "Hamas official Basem Naim called the pause a first step. Rashad, a former deputy director of the \
         General Intelligence Directorate, will travel to Doha.",
    );
    assert_eq!(entity_at(&d, "Basem Naim", 0).and_then(|e| e.role.clone()).as_deref(), Some("official"));
    assert_eq!(entity_at(&d, "General Intelligence Directorate", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn a_states_ambassador_to_a_body_is_the_states_official() {
    // the knowledge base lists Mike Waltz as the US ambassador to the United Nations from 2025-09
    let d = read_on("Mike Waltz told the Security Council that the vote was premature.", Some("2025-11-02"));
    let e = entity_at(&d, "Mike Waltz", 0).expect("a known holder");
    assert_eq!(e.country.as_deref(), Some("USA"));
    assert!(e.code.as_deref().is_some_and(|c| c.starts_with("USA")), "{:?}", e.code);
}

#[test]
fn an_age_before_a_role_noun_still_refers_back() {
    let d = read("Prime Minister Halvard Strandqvist met reporters on Monday. The 68-year-old premier said the coalition would hold.");
    assert!(one_entity(&d, ("Halvard Strandqvist", 0), ("The 68-year-old premier", 0)));
}

#[test]
fn a_numbered_office_goes_to_the_person_last_named_with_it() {
    // both are presidents, one named with the title in the text; "the 47th president" follows the other
    let text = "President Macron hosted the talks in Paris. Macron said the ceasefire would hold. Later, \
                Washington sent Trump's envoy to Doha. The 47th president praised the deal.";
    let d = read_on(text, None);
    assert!(one_entity(&d, ("Trump", 0), ("The 47th president", 0)));
}

#[test]
fn a_mansion_and_a_municipality_are_places() {
    let d = read("Visitors toured Harold Mansion before sailing to the Municipality of Tarvesa.");
    assert_eq!(mentioned(&d, "Harold Mansion").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Municipality of Tarvesa").kind, EntityKind::Place);
}

#[test]
fn a_name_a_romance_article_opens_is_no_person_unless_written_after_a_given_name() {
    let d = read("Sosa, speaking to La Razón, said Bolivia would not accept delays.");
    assert_eq!(mentioned(&d, "La Razón").kind, EntityKind::Organization);
    let d = read("Solène Le Garrec spoke in Lyon on Monday. Le Garrec said the vote was lost.");
    assert!(one_entity(&d, ("Solène Le Garrec", 0), ("Le Garrec", 1)));
    assert_eq!(mentioned(&d, "Solène Le Garrec").kind, EntityKind::Person);
}

#[test]
fn a_body_belongs_to_the_state_that_owns_it_before_the_one_its_name_opens_with() {
    let d = read("Serbia's Kosovo Liaison Bureau rejected the plan on Monday.");
    assert_eq!(country_of(&d, "Kosovo Liaison Bureau").as_deref(), Some("SRB"));
    // without an owner, the state the name opens with
    let d = read("The Kosovo Liaison Bureau rejected the plan on Monday.");
    assert_eq!(country_of(&d, "Kosovo Liaison Bureau").as_deref(), Some("XKX"));
}

#[test]
fn a_portfolio_between_the_state_and_the_title_keeps_the_state() {
    let d = read("Malawi's fisheries minister Chikondi Banda said the lake quotas would stay.");
    assert_eq!(country_of(&d, "Chikondi Banda").as_deref(), Some("MWI"));
}

#[test]
fn a_common_noun_before_a_name_says_what_it_is() {
    let d = read("The band Morrow Lane toured Europe, and the rebel group Tanzim Ahrar claimed the attack near the town of Qarvessa.");
    assert_eq!(mentioned(&d, "Morrow Lane").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Tanzim Ahrar").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Qarvessa").kind, EntityKind::Place);
}

#[test]
fn a_bodys_head_word_alone_after_its_full_name_is_that_body() {
    let d = read("The International Tribunal for Maritime Claims ruled on Monday. The Tribunal said the zone was Ghanaian.");
    assert!(one_entity(&d, ("International Tribunal for Maritime Claims", 0), ("Tribunal", 1)));
    let d = read("The Supreme Court of Freedonia ruled on Monday. The Court said the law stood.");
    assert!(one_entity(&d, ("Supreme Court of Freedonia", 0), ("Court", 1)));
}

#[test]
fn a_leaders_administration_written_in_capitals_is_still_his_governments() {
    let d = read("Washington confirmed the talks. The Trump Administration said they would resume, and the Trump administration later named an envoy.");
    // (the body is the noun; the leader keeps his own name)
    assert!(one_entity(&d, ("Administration", 0), ("administration", 0)));
    assert_eq!(country_of(&d, "Administration").as_deref(), Some("USA"));
    assert_eq!(entity_at(&d, "Trump", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_name_with_a_middle_initial_is_a_person() {
    let d = read("The boats were designed by Quillon R. Varnashaw in a shed near the harbour.");
    assert_eq!(mentioned(&d, "Quillon R. Varnashaw").kind, EntityKind::Person);
}

#[test]
fn a_two_word_name_after_to_or_from_is_no_place_for_that_alone() {
    let d = read("The trophy was handed to Quillon Varnashaw, and a letter came from Dorla Fenwickson.");
    assert_ne!(entity_at(&d, "Quillon Varnashaw", 0).map(|e| e.kind), Some(EntityKind::Place));
    assert_ne!(entity_at(&d, "Dorla Fenwickson", 0).map(|e| e.kind), Some(EntityKind::Place));
}

#[test]
fn a_pronoun_with_its_verb_does_not_open_a_name() {
    let d = read("Hello, I'm Dorla Fenwickson, and I run the ferry company.");
    assert!(entity_at(&d, "Dorla Fenwickson", 0).is_some(), "the name alone is the mention");
    assert!(d.mentions.iter().all(|m| !d.text[m.span.start..m.span.end].starts_with("I'm")));
}

#[test]
fn a_number_word_inside_a_run_that_goes_on_belongs_to_the_name() {
    let d = read("Members of the Freedonia First Party marched, while the Food Council Chile New Zealand met.");
    assert_eq!(mentioned(&d, "Freedonia First Party").kind, EntityKind::Organization);
    // a known name after "New" stands apart
    assert_eq!(country_of(&d, "New Zealand").as_deref(), Some("NZL"));
}

#[test]
fn a_bodys_name_goes_on_through_of_and_for_after_its_body_word() {
    let d = read("The Northern Institute for Research of Coastal Erosion Patterns warned on Monday.");
    assert_eq!(mentioned(&d, "Northern Institute for Research of Coastal Erosion Patterns").kind, EntityKind::Organization);
}

#[test]
fn a_clubs_abbreviation_makes_a_city_name_a_club() {
    let d = read("Korvetta HC beat the visitors, and Lisbon AFC lost at home.");
    assert_eq!(mentioned(&d, "Korvetta HC").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Lisbon AFC").kind, EntityKind::Organization);
}

#[test]
fn a_nickname_in_quotation_marks_stays_inside_the_persons_name() {
    let d = read("Police said Ramon \"El Gallo\" Quintera was arrested. Quintera denied the charges.");
    let e = mentioned(&d, "Ramon \"El Gallo\" Quintera");
    assert_eq!(e.kind, EntityKind::Person);
    assert!(one_entity(&d, ("Ramon \"El Gallo\" Quintera", 0), ("Quintera", 1)));
}

#[test]
fn a_towns_name_goes_on_through_lower_case_words() {
    let d = read("The convoy left Newcastle upon Tyne for Frankfurt am Main on Monday.");
    assert_eq!(country_of(&d, "Newcastle upon Tyne").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "Frankfurt am Main").as_deref(), Some("DEU"));
}

#[test]
fn street_dock_and_prison_words_make_places() {
    let d = read("Ships crossed the River Tarrow to Pellman Quay, and inmates at Dunmore Federal Correctional Complex on Varley Ave rioted.");
    for s in ["River Tarrow", "Pellman Quay", "Dunmore Federal Correctional Complex", "Varley Ave"] {
        assert_eq!(mentioned(&d, s).kind, EntityKind::Place, "{s}");
    }
}

#[test]
fn a_city_that_parents_also_name_children_after_opens_a_club_not_a_person() {
    let d = read("Fans of the Boston Red Sox cheered as the Memphis Grizzlies lost.");
    assert_eq!(mentioned(&d, "Boston Red Sox").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Memphis Grizzlies").kind, EntityKind::Organization);
}

#[test]
fn a_body_after_for_is_a_body_of_its_own() {
    let d = read("Varga played in the Danubian Super League for FC Kestrel before the Commission for Fisheries Research hired him.");
    assert!(entity_at(&d, "Danubian Super League", 0).is_some(), "the league stops before 'for'");
    assert_eq!(mentioned(&d, "FC Kestrel").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Commission for Fisheries Research").kind, EntityKind::Organization);
}

#[test]
fn an_unknown_word_opening_a_sentence_before_a_given_name_is_no_part_of_the_name() {
    let d = read("Sophomore Margaret Fenwickson scored twice. Descendant Albert Korvash sold the farm.");
    assert_eq!(mentioned(&d, "Margaret Fenwickson").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Albert Korvash").kind, EntityKind::Person);
}

#[test]
fn a_company_without_its_legal_form_is_the_same_company() {
    let d = read("Talvik Harrow Corporation makes pencils, and analysts said Talvik Harrow would cut jobs. \
                  Orsenna Brandt GmbH agreed; a lawyer for Orsenna Brandt declined to comment.");
    assert_eq!(mentioned(&d, "Orsenna Brandt GmbH").kind, EntityKind::Organization);
    assert!(one_entity(&d, ("Talvik Harrow Corporation", 0), ("Talvik Harrow", 1)));
    assert!(one_entity(&d, ("Orsenna Brandt GmbH", 0), ("Orsenna Brandt", 1)));
}

#[test]
fn two_words_opening_a_sentence_stay_one_name_though_the_second_is_a_given_name() {
    let d = read("Profits rose. Orsenna Brandt will pay the fine.");
    assert!(entity_at(&d, "Orsenna Brandt", 0).is_some());
}

#[test]
fn a_month_after_a_given_name_is_a_surname() {
    let d = read("Shadow minister Theresa May said on May 5 that the party would act. Mrs May left.");
    assert_eq!(mentioned(&d, "Theresa May").kind, EntityKind::Person);
    assert!(entity_at(&d, "May", 1).is_none(), "the date is no name");
    assert!(one_entity(&d, ("Theresa May", 0), ("May", 2)), "'Mrs May' is she");
    let d = read("The guitarist Brian May agreed.");
    assert_eq!(mentioned(&d, "Brian May").kind, EntityKind::Person);
}

#[test]
fn one_given_name_spelt_two_ways_is_one_person() {
    let d = read("Viktor Makarov spied for Britain. Later, Victor Makarov said he had no regrets, but Maria Lunde and Mario Lunde disagreed.");
    assert!(one_entity(&d, ("Viktor Makarov", 0), ("Victor Makarov", 0)));
    assert!(!one_entity(&d, ("Maria Lunde", 0), ("Mario Lunde", 0)));
}

#[test]
fn an_english_countys_ending_makes_a_place() {
    let d = read("Crowds gathered near Badminton, Cravenshire said the organisers.");
    assert_eq!(mentioned(&d, "Cravenshire").kind, EntityKind::Place);
}

#[test]
fn a_known_bodys_name_opening_a_longer_name_gives_it_that_bodys_country() {
    let d = read("Speaking to BBC Radio Tarvos, the minister denied the claim.");
    assert_eq!(country_of(&d, "BBC Radio Tarvos").as_deref(), Some("GBR"));
}

#[test]
fn a_one_word_name_written_only_after_the_is_no_person() {
    let d = read("The Bill is debated in the assembly on Monday, and the Bill will pass, said Ana Lunde.");
    assert_ne!(entity_at(&d, "Bill", 0).map(|e| e.kind), Some(EntityKind::Person));
    assert_ne!(entity_at(&d, "Bill", 1).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn capitals_in_a_headline_do_not_join_known_names_or_make_ordinary_words_names() {
    let d = read("Tbilisi Woos Ankara and Baku at Once\n\nGeorgian officials met Turkish envoys in Tbilisi on Monday.");
    assert_eq!(country_of(&d, "Tbilisi").as_deref(), Some("GEO"));
    assert_eq!(entity_at(&d, "Ankara", 0).and_then(|e| e.country.clone()).as_deref(), Some("TUR"));
    assert!(entity_at(&d, "Once", 0).is_none());
    assert!(d.mentions.iter().all(|m| !d.text[m.span.start..m.span.end].contains("Woos")));
}

#[test]
fn a_hyphened_given_name_after_a_title_stays_whole() {
    let d = read("Russian Deputy Defence Minister Arkan-Bek Toldurov met the junta in Bamako on Thursday.");
    let e = mentioned(&d, "Arkan-Bek Toldurov");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.country.as_deref(), Some("RUS"));
    assert_eq!(e.role.as_deref(), Some("deputy defence minister"));
}

#[test]
fn a_portfolio_in_title_case_between_two_titles_is_no_name_and_keeps_the_state() {
    let d = read("Serbian Deputy Agriculture Minister Ana Lunde visited Novi Sad on Friday.");
    let e = mentioned(&d, "Ana Lunde");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.country.as_deref(), Some("SRB"));
    assert!(d.mentions.iter().all(|m| !d.text[m.span.start..m.span.end].contains("Agriculture")));
}

#[test]
fn an_initial_before_a_given_name_and_a_surname_is_part_of_the_name() {
    let d = read("The ruling by K. Michael Orvell stood, and the essay quoted F. Scott Tarrand.");
    assert_eq!(mentioned(&d, "K. Michael Orvell").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "F. Scott Tarrand").kind, EntityKind::Person);
}

#[test]
fn the_names_of_a_list_share_the_kind_most_of_them_have() {
    let d = read("The panel included Gene Tarvold, Mike Jistrow, Don Malvitz and Michael Wherran.");
    assert_eq!(mentioned(&d, "Don Malvitz").kind, EntityKind::Person);
    // a list holding a known state is left alone
    let d = read("Delegates came from Gene Tarvold, France and Mike Jistrow.");
    assert_eq!(mentioned(&d, "France").kind, EntityKind::State);
}

#[test]
fn an_acronym_defined_in_brackets_is_the_body_it_follows_wherever_it_stands() {
    let d = read("Safety alert as TMC recalls cars\n\nThe Tarvos Motor Company (TMC) recalled 90,000 cars on Monday. TMC said no one was hurt.");
    assert!(one_entity(&d, ("Tarvos Motor Company", 0), ("TMC", 0)), "the headline's use");
    assert!(one_entity(&d, ("Tarvos Motor Company", 0), ("TMC", 2)), "a later use");
}


#[test]
fn a_possessive_inside_a_bodys_or_sites_name_belongs_to_it() {
    let d = read("She studied at Tarrow's College and worked at St Oswin's Hospital, while Serbia's Defence Ministry objected.");
    assert_eq!(mentioned(&d, "Tarrow's College").kind, EntityKind::Organization);
    assert!(entity_at(&d, "St Oswin's Hospital", 0).is_some());
    // a known owner keeps its own reading
    assert_eq!(country_of(&d, "Serbia's Defence Ministry").as_deref(), Some("SRB"));
}

#[test]
fn a_bodys_word_in_another_language_makes_a_body() {
    let d = read("Voters in Seville backed the Partido Verdal, and the Koninklijke Bibliotheek opened an archive.");
    assert_eq!(mentioned(&d, "Partido Verdal").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Koninklijke Bibliotheek").kind, EntityKind::Organization);
}

#[test]
fn a_body_named_after_a_known_place_it_ends_with_is_in_that_places_country() {
    let d = read("She taught at the Tarvos Institute of Minnesota and at the Hogeschool Tarvos Amsterdam.");
    assert_eq!(country_of(&d, "Tarvos Institute of Minnesota").as_deref(), Some("USA"));
    assert_eq!(country_of(&d, "Hogeschool Tarvos Amsterdam").as_deref(), Some("NLD"));
}

#[test]
fn abbreviated_ranks_are_titles_and_do_not_end_the_sentence() {
    let d = read("Troops under Brig. Gen. Ana Lunde held the bridge, and Sgt. Tomas Varga was wounded.");
    let e = mentioned(&d, "Ana Lunde");
    assert_eq!(e.role.as_deref(), Some("general"));
    assert!(entity_at(&d, "Brig", 0).is_none(), "the rank is no place");
    assert_eq!(mentioned(&d, "Tomas Varga").role.as_deref(), Some("sergeant"));
}

#[test]
fn an_apposition_naming_a_party_s_members_gives_the_person_that_party_and_country() {
    let d = read("Tom Ardell, one of the most prominent Republicans in the Congress, hinted at sanctions. \
                  Mara Vance, a critic of the Republicans, disagreed.");
    let e = mentioned(&d, "Tom Ardell");
    assert_eq!(e.country.as_deref(), Some("USA"));
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Republican Party"));
    assert_eq!(mentioned(&d, "Mara Vance").country, None, "a critic is no member");
}

#[test]
fn the_government_of_an_article_that_names_one_state_only_is_that_states() {
    let d = read_on("Norway will cut its aid budget, the government said on Monday. Critics in Oslo said the cabinet had no plan.", None);
    assert_eq!(country_of(&d, "government").as_deref(), Some("NOR"));
    // two states named: no guess
    let d = read_on("France and Norway disagreed on Monday. The government said nothing.", None);
    assert_eq!(entity_at(&d, "government", 0).and_then(|e| e.country.clone()), None);
}

#[test]
fn an_office_held_only_before_the_article_is_a_former_one_and_one_held_only_after_is_none() {
    let text = "Boris Johnson told a conference in Delhi that the talks would fail. Johnson left before the vote.";
    let later = read_on(text, Some("2025-06-01"));
    let e = mentioned(&later, "Boris Johnson");
    assert_eq!(e.role.as_deref(), Some("former prime minister"));
    assert_eq!(e.country.as_deref(), Some("GBR"));
    assert_eq!(e.code.as_deref(), Some("GBRELI"), "a former office holder is one of CAMEO's elites");
    let during = read_on(text, Some("2020-06-01"));
    assert_eq!(mentioned(&during, "Boris Johnson").role.as_deref(), Some("prime minister"));
    assert_eq!(mentioned(&during, "Boris Johnson").code.as_deref(), Some("GBRGOV"));
    let before = read_on(text, Some("2012-06-01"));
    let e = mentioned(&before, "Boris Johnson");
    assert_eq!(e.role, None, "no office the KB knows had begun");
    assert_eq!(e.country.as_deref(), Some("GBR"));
    // an official of a regional organisation: the organisation's code while in office, none after
    let au = "Moussa Faki Mahamat urged restraint in Khartoum.";
    let e = read_on(au, Some("2020-02-01"));
    assert_eq!(mentioned(&e, "Moussa Faki Mahamat").code.as_deref(), Some("IGOAFR"));
    let e = read_on(au, Some("2025-11-01"));
    let faki = mentioned(&e, "Moussa Faki Mahamat");
    assert_eq!(faki.role.as_deref(), Some("former chairperson of the african union commission"));
    assert_eq!(faki.code.as_deref(), Some("TCDELI"), "the state he served before, as one of its elites");
}

#[test]
fn a_demonym_two_states_share_names_the_one_the_article_names() {
    let brazzaville = read("Congolese police fired on marchers in Brazzaville, where the opposition had called a strike.");
    assert_eq!(country_of(&brazzaville, "Congolese police"), Some("COG".into()));
    let kinshasa = read("Officials in Kinshasa said Congolese police fired on marchers.");
    assert_eq!(country_of(&kinshasa, "Congolese police"), Some("COD".into()));
    let roseau = read("The Dominican government in Roseau said the hurricane had cut power across the island.");
    assert_eq!(country_of(&roseau, "Dominican government"), Some("DMA".into()));
    // with nothing else to go on, the state more often in the news
    let bare = read("A Dominican court jailed three smugglers on Friday.");
    assert_eq!(country_of(&bare, "Dominican"), Some("DOM".into()));
    // a short name two states share, as the wire services use it
    let east = read("Rebels seized two towns in eastern Congo on Sunday.");
    assert_eq!(country_of(&east, "Congo"), Some("COD".into()));
    // (a capital's short form, as the region's press writes it)
    let addis = read("The government in Addis says the river is shared.");
    assert_eq!(country_of(&addis, "Addis"), Some("ETH".into()));
    let west = read("Voters in Congo queued outside polling stations in Brazzaville from dawn.");
    assert_eq!(country_of(&west, "Congo"), Some("COG".into()));
}

#[test]
fn the_after_a_datelines_dash_opens_the_sentence_not_the_name() {
    let d = read("NAIROBI, March 3 (Reuters) — The East African Community said its summit would go ahead.");
    let eac = mentioned(&d, "East African Community");
    assert_eq!(eac.kb_id.as_deref(), Some("org:East African Community"));
    let d = read("CAIRO, May 9 — The Arab League's council met in emergency session.");
    assert_eq!(mentioned(&d, "Arab League").kb_id.as_deref(), Some("org:Arab League"));
    // mid-sentence, a capital "The" still belongs to the name
    let d = read("Reporters from The Daily Monitor asked about the summit.");
    assert!(entity_at(&d, "The Daily Monitor", 0).is_some());
}

#[test]
fn a_datelines_state_the_article_never_names_again_is_no_owner_of_its_institutions() {
    // the reporter sits in Brussels; the article is about Moldova
    let away = read(
        "BRUSSELS, June 4 — Moldova asked for faster talks on Tuesday. Protesters in Chisinau \
         blocked the parliament, and Moldovan officials said the government would not resign. \
         Moldova's president called for calm.",
    );
    assert_eq!(country_of(&away, "government").as_deref(), Some("MDA"));
    // a dateline state the article names again keeps them
    let home = read(
        "BRUSSELS, June 4 — Belgium's ministers met on Tuesday. Moldova asked for faster talks, \
         Moldovan officials said, and Moldova's president called for calm. Belgian unions said \
         the government would not move.",
    );
    assert_eq!(country_of(&home, "government").as_deref(), Some("BEL"));
}

#[test]
fn particles_joined_by_hyphens_stay_in_a_name_after_a_title() {
    let d = read(
        "Al-Rubaie's office said he also spoke by phone with Kuwait's Defence Minister Sheikh Fahad \
         al-Nasser al-Hamad al-Dawood. Officials in Basra, however, stayed silent.",
    );
    let e = mentioned(&d, "Fahad al-Nasser al-Hamad al-Dawood");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.country.as_deref(), Some("KWT"));
    assert!(entity_at(&d, "Hamad", 0).is_none() && entity_at(&d, "Dawood", 0).is_none());
}

#[test]
fn a_national_security_council_is_the_one_of_the_state_beside_it_or_of_the_dateline() {
    let d = read("Israel's National Security Council warned travellers. The US and Britain agreed.");
    assert_eq!(country_of(&d, "Israel's National Security Council").as_deref(), Some("ISR"));
    let d = read(
        "MANILA, Aug. 12 — President Ferdinand Marcos Jr. chaired a meeting of the National Security Council. \
         The Philippines later summoned an envoy.",
    );
    assert_eq!(country_of(&d, "National Security Council").as_deref(), Some("PHL"));
    // nothing says whose: not the American one by default
    let d = read("The National Security Council met on Monday, officials in Ankara and Washington said.");
    assert!(entity_at(&d, "National Security Council", 0).is_none_or(|e| e.country.as_deref() != Some("USA")));
}

#[test]
fn a_states_adjective_naming_its_language_is_no_mention_of_the_state() {
    let d = read(
        "The envoy speaks Dutch and answered in Russian. The note, issued in Arabic and French, \
         was translated from Persian. Russian-speaking residents of Narva protested.",
    );
    for lang in ["Dutch", "Russian", "French", "Persian"] {
        assert!(entity_at(&d, lang, 0).is_none(), "{lang} is a language there");
    }
    assert!(entity_at(&d, "Russian", 1).is_none(), "Russian-speaking");
    // the adjective before a noun, or the people, still name the state
    let d = read("Dutch universities hosted Russian officials; investors in Chinese firms and the French agreed.");
    for (adj, iso) in [("Dutch", "NLD"), ("Russian", "RUS"), ("Chinese", "CHN"), ("French", "FRA")] {
        assert_eq!(country_of(&d, adj).as_deref(), Some(iso), "{adj}");
    }
}

#[test]
fn a_justice_is_a_judges_title_and_no_body_loses_its_word() {
    let d = read(
        "Justice Okafor asked whether the Ministry of Justice had been consulted. Chief Justice Miriam \
         Tallis joined her; the Justice and Development Party and the European Court of Justice stayed silent.",
    );
    let e = mentioned(&d, "Okafor");
    assert_eq!((e.kind, e.role.as_deref()), (EntityKind::Person, Some("justice")));
    assert_eq!(mentioned(&d, "Miriam Tallis").role.as_deref(), Some("justice"));
    for body in ["Ministry of Justice", "Justice and Development Party", "European Court of Justice"] {
        assert_eq!(mentioned(&d, body).kind, EntityKind::Organization, "{body}");
    }
}

#[test]
fn a_peers_title_with_of_and_a_place_is_a_person() {
    let d = read(
        "The Duke of Rothesay met the 3rd Earl of Ashcombe and the Countess of Wessex. \
         Pupils of the Duke of Edinburgh Award later joined them.",
    );
    for peer in ["Duke of Rothesay", "3rd Earl of Ashcombe", "Countess of Wessex"] {
        assert_eq!(mentioned(&d, peer).kind, EntityKind::Person, "{peer}");
    }
    assert!(entity_at(&d, "Duke of Edinburgh Award", 0).is_none_or(|e| e.kind != EntityKind::Person));
    assert!(entity_at(&d, "Duke of Edinburgh", 0).is_none(), "the award is no person");
    let d = read("He starred in Robin Hood: Prince of Thieves, while the Prince of Wales watched.");
    assert!(entity_at(&d, "Prince of Thieves", 0).is_none(), "a film: the peerage of a common noun");
    assert_eq!(mentioned(&d, "Prince of Wales").kind, EntityKind::Person);
}

#[test]
fn a_us_states_abbreviation_is_the_state_and_makes_the_name_before_it_a_town() {
    let d = read_on(
        "SAN DIEGO, Calif. — Officials in Austin, Tex., and Peoria, Ill., said the Navy had not called.",
        Some("2024-05-01"),
    );
    for (abbr, name) in [("Calif.", "California"), ("Tex.", "Texas"), ("Ill.", "Illinois")] {
        let e = mentioned(&d, abbr);
        assert_eq!((e.kind, e.name.as_str(), e.country.as_deref()), (EntityKind::Place, name, Some("USA")));
    }
    // a holder's surname that is also a town: the town before a comma and its state
    assert_eq!(mentioned(&d, "Austin").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Peoria").kind, EntityKind::Place);
}

#[test]
fn a_word_opening_the_sentence_before_a_title_is_no_part_of_the_name() {
    let d = read("Direct Lieutenant-General Okoro to hold the bridge. Tell Colonel Wendt nothing.");
    let e = mentioned(&d, "Okoro");
    assert_eq!((e.kind, e.role.as_deref()), (EntityKind::Person, Some("general")));
    assert!(entity_at(&d, "Direct Lieutenant-General Okoro", 0).is_none());
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Tell")), "{:?}", d.entities);
}

#[test]
fn a_regnal_one_before_a_comma_and_a_royal_title_closes_the_name() {
    let d = read("In 1859 he proclaimed himself \"Kasimir I, Emperor of the Plains\". Then I left, and Kasimir I wrote back.");
    let e = mentioned(&d, "Kasimir I");
    assert_eq!(e.kind, EntityKind::Person);
    // the pronoun stays a pronoun: no name ends in it without a royal title beside
    assert!(entity_at(&d, "Kasimir I", 1).is_none_or(|e| e.kind == EntityKind::Person));
    assert!(d.mentions.iter().all(|m| d.slice(m.span) != "I"), "the pronoun is no name");
}

#[test]
fn a_plural_demonym_names_the_states_people_unless_it_is_the_states_side() {
    let d = read("Millions of Ukrainians fled. Two Israelis were hurt, and Palestinians protested. In the talks the Iranians rejected the offer.");
    for (people, iso) in [("Ukrainians", "UKR"), ("Israelis", "ISR"), ("Palestinians", "PSE")] {
        let e = mentioned(&d, people);
        assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Group, Some(iso)), "{people}");
        assert_eq!(e.code.as_deref(), Some(format!("{iso}CVL").as_str()), "CAMEO's civilians");
    }
    let side = mentioned(&d, "Iranians");
    assert_eq!((side.kind, side.country.as_deref()), (EntityKind::State, Some("IRN")));
    // the singular adjective still names the state
    let d = read("Ukrainian officials met Israeli diplomats.");
    assert_eq!(mentioned(&d, "Ukrainian").kind, EntityKind::State);
}

#[test]
fn a_monarchs_number_is_no_obstacle_to_joining_the_persons_other_names() {
    let d = read("Joachim Kasimir Wendel proclaimed himself \"Wendel I, Emperor of the Plains\" in 1861. Wendel died poor.");
    assert!(one_entity(&d, ("Joachim Kasimir Wendel", 0), ("Wendel I", 0)));
    assert!(one_entity(&d, ("Wendel I", 0), ("Wendel", 2)));
}

#[test]
fn titles_and_names_in_capitals_of_a_transcript_are_people() {
    let d = read(
        "MR. HALVORSEN: Good afternoon. We have no update on Gaza.\n\
         QUESTION: Has the Secretary spoken to the minister?\n\
         MR. HALVORSEN: He spoke to her yesterday, as Mr. Halvorsen told you.\n\
         GEN. ODALYS QUINTERO said nothing.\n\
         ARGUMENT OF GEN. ODALYS QUINTERO ON BEHALF OF THE RESPONDENTS",
    );
    let e = mentioned(&d, "HALVORSEN");
    assert_eq!(e.kind, EntityKind::Person);
    assert!(one_entity(&d, ("HALVORSEN", 0), ("Halvorsen", 0)));
    assert!(one_entity(&d, ("HALVORSEN", 0), ("HALVORSEN", 1)));
    let g = mentioned(&d, "ODALYS QUINTERO");
    let d = read("ORAL ARGUMENT OF GEN. ODALYS QUINTERO ON BEHALF OF THE PETITIONERS\n\nGEN. QUINTERO: Thank you.");
    assert!(entity_at(&d, "ODALYS QUINTERO", 0).is_some(), "a function word in capitals ends the name");
    assert_eq!((g.kind, g.role.as_deref()), (EntityKind::Person, Some("general")));
}

#[test]
fn a_roman_numbered_unit_is_an_organisation() {
    let d = read("Soldiers of the XVIII Airborne Corps deployed, while III Corps stayed behind and IX Corps was disbanded.");
    for unit in ["XVIII Airborne Corps", "III Corps", "IX Corps"] {
        assert_eq!(mentioned(&d, unit).kind, EntityKind::Organization, "{unit}");
    }
}

#[test]
fn a_units_number_is_part_of_its_name_and_a_unit_of_another_unit_is_two() {
    let d = read(
        "The battalion served in Kessler's Brigade of Ortmann's Division, then under the 2nd Division of the \
         VII Corps. Later the 41 Air Division, the 7 Tactical Airlift Wing, the 14th MRU and the Sixth Fleet \
         joined the Army of the Tagus.",
    );
    for unit in [
        "Kessler's Brigade",
        "Ortmann's Division",
        "2nd Division",
        "VII Corps",
        "41 Air Division",
        "7 Tactical Airlift Wing",
        "14th MRU",
        "Sixth Fleet",
        "Army of the Tagus",
    ] {
        assert_eq!(mentioned(&d, unit).kind, EntityKind::Organization, "{unit}");
    }
    // a known body after an ordinal keeps its own name
    let d = read("The 3rd NATO summit of the year opened in Vilnius.");
    assert_eq!(mentioned(&d, "NATO").kind, EntityKind::Organization);
}

#[test]
fn a_broadcasters_call_sign_is_an_organisation() {
    let d = read(
        "The treasurer told Brisbane radio station 4BC that the budget would hold, and repeated it on 1278 3AW \
         an hour later. WTOP-FM and KUSA-TV aired the clip.",
    );
    for sign in ["4BC", "1278 3AW", "WTOP-FM", "KUSA-TV"] {
        assert_eq!(mentioned(&d, sign).kind, EntityKind::Organization, "{sign}");
    }
    // no radio in sight: a digit and capitals are something else
    let d = read("The army ordered 40 new 4WD trucks for the border.");
    assert!(entity_at(&d, "4WD", 0).is_none());
}

#[test]
fn a_title_before_another_persons_name_in_an_apposition_is_that_persons() {
    let d = read("Lena Koval, President Taras Hrynko's spokeswoman, said the talks were over.");
    let e = mentioned(&d, "Lena Koval");
    assert_eq!(e.role.as_deref(), Some("spokesperson"));
    assert_eq!(mentioned(&d, "Taras Hrynko").role.as_deref(), Some("president"));
}

#[test]
fn a_capital_before_based_is_the_town_where_a_body_sits_not_the_state() {
    let d = read("Analysts at the Brussels-based Bruegel institute disagreed. The Hague-based court ruled. Officials in Brussels said no.");
    let town = mentioned(&d, "Brussels");
    assert_eq!((town.kind, town.country.as_deref()), (EntityKind::Place, Some("BEL")));
    let hague = mentioned(&d, "The Hague");
    assert_eq!((hague.kind, hague.name.as_str(), hague.country.as_deref()), (EntityKind::Place, "The Hague", Some("NLD")));
    // elsewhere the capital still stands for its state
    assert_eq!(entity_at(&d, "Brussels", 1).map(|e| e.kind), Some(EntityKind::State));
}

#[test]
fn of_after_an_institution_places_it_only_before_a_name() {
    let d = read("KHARTOUM, May 2 — Sudan's leaders met. The militia accused the army of bombing civilians. Sudan denied it.");
    assert_eq!(country_of(&d, "army").as_deref(), Some("SDN"));
    // "the embassy in Chad" is placed by the name after it: no dateline guess
    let d = read("KHARTOUM, May 2 — Sudan's leaders met, and Sudan said the embassy in Ndjamena had closed.");
    assert!(entity_at(&d, "embassy", 0).is_none_or(|e| e.country.as_deref() != Some("SDN")));
}

#[test]
fn a_name_set_off_by_commas_after_a_title_and_its_complement_holds_the_title() {
    let d = read("Nigeria's minister of state for defence, Bello Matawalle, disagreed.");
    let e = mentioned(&d, "Bello Matawalle");
    assert_eq!((e.kind, e.role.as_deref(), e.country.as_deref()), (EntityKind::Person, Some("minister"), Some("NGA")));
    // a state the title is "for" or "to" is where the work is, not whose official it is
    let d = read("The United Nations' humanitarian coordinator for Sudan, Odile Mbarga-Teke, said convoys were blocked.");
    let e = mentioned(&d, "Odile Mbarga-Teke");
    assert_eq!(e.role.as_deref(), Some("humanitarian coordinator"));
    assert_ne!(e.country.as_deref(), Some("SDN"));
}

#[test]
fn a_name_other_states_bodies_bear_too_is_americas_only_where_the_article_is_not_at_home_elsewhere() {
    let d = read("LIMA, June 3 — Peru's president faced a censure vote. Congress voted 70-40 to remove her, and Peru's courts stayed out.");
    assert_ne!(country_of(&d, "Congress").as_deref(), Some("USA"));
    let d = read("WASHINGTON, June 3 — Congress voted 220-210, and the House of Representatives adjourned.");
    assert_eq!(country_of(&d, "Congress").as_deref(), Some("USA"));
    assert_eq!(country_of(&d, "House of Representatives").as_deref(), Some("USA"));
    // no home at all: the American body, as before
    assert_eq!(country_of(&read("Congress voted on Tuesday."), "Congress").as_deref(), Some("USA"));
}

#[test]
fn two_surnames_without_the_given_name_are_the_same_person() {
    let d = read("Security Secretary Omar Velasco Arriaga met the envoy. Velasco Arriaga told reporters the talks went well.");
    assert!(one_entity(&d, ("Omar Velasco Arriaga", 0), ("Velasco Arriaga", 1)));
    assert_eq!(mentioned(&d, "Omar Velasco Arriaga").role.as_deref(), Some("security minister"));
}

#[test]
fn a_former_holder_named_by_title_is_a_former_one_and_another_states_title_keeps_its_words() {
    let d = read("Former Indian foreign secretary Ravi Kumaran said New Delhi would not yield.");
    let e = mentioned(&d, "Ravi Kumaran");
    assert_eq!(e.role.as_deref(), Some("former foreign secretary"));
    assert_eq!(e.code.as_deref(), Some("INDELI"));
    let d = read("Foreign Secretary Alan Pemberton flew to Kyiv.");
    assert_eq!(mentioned(&d, "Alan Pemberton").role.as_deref(), Some("foreign minister"), "the British title");
    let d = read("The ex-president Lucio Armando Ferraz returned to Brasília.");
    assert_eq!(mentioned(&d, "Lucio Armando Ferraz").role.as_deref(), Some("former president"));
}

#[test]
fn an_official_whose_title_names_no_state_is_the_home_states_unless_the_sentence_names_another() {
    let text = "MANILA, Aug. 12 — The Philippines protested again. Defense Secretary Rolando Vitug said the patrols \
                would continue. Trade Secretary Lorna Abad later met China's ambassador.";
    let d = read(text);
    assert_eq!(country_of(&d, "Rolando Vitug").as_deref(), Some("PHL"));
    assert_eq!(mentioned(&d, "Rolando Vitug").code.as_deref(), Some("PHLMIL"));
    assert_eq!(country_of(&d, "Lorna Abad"), None, "China is in that sentence: no guess");
    // no dateline, several states: no guess
    let d = read("Defense Secretary Rolando Vitug said the patrols would continue. China and Japan disagreed.");
    assert_eq!(country_of(&d, "Rolando Vitug"), None);
}

#[test]
fn a_body_or_group_before_a_title_is_the_holders_own() {
    let d = read("Hamas official Karim Nasser said the group had done its part. Hezbollah commander Ali Rida Haidar was killed.");
    let e = mentioned(&d, "Karim Nasser");
    assert_eq!((e.role.as_deref(), e.code.as_deref()), (Some("official"), Some("PSEREB")));
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Hamas"));
    let e = mentioned(&d, "Ali Rida Haidar");
    assert_eq!(e.country.as_deref(), Some("LBN"));
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Hezbollah"));
}

#[test]
fn a_name_the_text_defines_is_what_the_definition_says() {
    // a body: the definition types every later mention, also one in other capitals
    let d = read("TORVELLO is a small Portuguese bicycle manufacturer based in Braga. Torvello was founded in 1921. In 1981, Torvello opened a second plant.");
    for k in 0..2 {
        assert_eq!(entity_at(&d, "Torvello", k).expect("Torvello named").kind, EntityKind::Organization);
    }
    // a one-word name opening the sentence that defines it is a name, and a place here
    let d = read("Quennby is a hamlet in the east of the county. The mill at Quennby closed in 1904.");
    assert_eq!(mentioned(&d, "Quennby").kind, EntityKind::Place);
    // an apposition defines as well
    let d = read("Fishermen from Darnholt, a village near the border, said the nets were cut. Darnholt has one school.");
    assert_eq!(entity_at(&d, "Darnholt", 1).expect("Darnholt named").kind, EntityKind::Place);
    // a noun that goes on ("the team's captain", "a band member") defines nothing
    let d = read("Marek Solvin joined in 1998. Solvin was the team's captain for six years, and Solvin is a band member too.");
    assert_eq!(entity_at(&d, "Solvin", 1).expect("Solvin named").kind, EntityKind::Person);
}

#[test]
fn a_known_outlets_language_service_is_a_body() {
    let d = read("The footage was first shown by the Al-Jazeera Arabic channel and later by BBC Persian.");
    assert_eq!(mentioned(&d, "Al-Jazeera Arabic").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "BBC Persian").kind, EntityKind::Organization);
    // a name ending in "International" is a body's
    let d = read("Aid workers from Harrowgate International said the convoy was stopped at the border.");
    assert_eq!(mentioned(&d, "Harrowgate International").kind, EntityKind::Organization);
}

#[test]
fn a_party_before_a_name_is_the_persons_party() {
    let d = read("Tory Liam Quenby said the plan was flawed, and Republican Dana Whitcombe agreed.");
    let quenby = mentioned(&d, "Liam Quenby");
    assert_eq!(quenby.kind, EntityKind::Person);
    assert_eq!(quenby.country.as_deref(), Some("GBR"));
    assert_eq!(mentioned(&d, "Dana Whitcombe").country.as_deref(), Some("USA"));
    // with a portfolio between the party and the title
    let d = read("Liberal Democrat home affairs spokesman Owen Tarrant called the scheme a waste of money.");
    let tarrant = mentioned(&d, "Owen Tarrant");
    assert_eq!(tarrant.country.as_deref(), Some("GBR"));
    assert_eq!(tarrant.code.as_deref(), Some("GBRPTY"));
}

#[test]
fn a_role_noun_goes_to_whoever_the_text_gave_that_title_in_those_words() {
    // a cardinal and an archbishop are both clerics, but "the cardinal" is the one called Cardinal
    let d = read("Cardinal Piero Valdani spoke first. Archbishop Tomas Hrenko then read a prayer. Later the cardinal left for the airport.");
    assert!(one_entity(&d, ("Piero Valdani", 0), ("the cardinal", 0)));
}

#[test]
fn a_deputy_is_not_the_holder_a_role_noun_names() {
    let d = read("Prime Minister Alan Corvey and deputy prime minister Ruth Danvers arrived together. Later the prime minister spoke first.");
    assert!(one_entity(&d, ("Alan Corvey", 0), ("the prime minister", 0)));
}

#[test]
fn a_body_noun_in_apposition_types_the_name_everywhere() {
    let d = read("A day after launching his new party, Quorvant, the former host set out its aims. Quorvant says it will contest most seats.");
    for k in 0..2 {
        assert_eq!(entity_at(&d, "Quorvant", k).expect("Quorvant named").kind, EntityKind::Organization);
    }
}

#[test]
fn a_title_after_a_name_is_no_part_of_it() {
    let d = read("Delia Farrant MP said the plan was wrong, and the Kettlewick MP agreed with her.");
    assert_eq!(mentioned(&d, "Delia Farrant").kind, EntityKind::Person);
    assert!(
        !d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.contains("Kettlewick")),
        "a constituency before a title is no person"
    );
}

#[test]
fn an_abbreviation_two_bodies_share_names_the_one_of_the_country_in_the_text() {
    let d = read("In Dhaka, the BNP called a general strike.");
    assert_eq!(country_of(&d, "BNP").as_deref(), Some("BGD"));
    let d = read("Voters in Britain were warned about the BNP before the local elections in Burnley.");
    assert_eq!(country_of(&d, "BNP").as_deref(), Some("GBR"));
    let d = read("Fighting between the army and the RSF spread across Darfur, Sudan's western region.");
    assert_eq!(country_of(&d, "RSF").as_deref(), Some("SDN"));
}

#[test]
fn a_name_whose_shares_trade_is_a_company() {
    let text = "Shares in Quarnell rose 4% on Monday, while Tessaly shares slipped. Tessaly said it was seeking \
                acquisitions. Quarnell's profits doubled last year, and market leader Bravik stayed silent.";
    let d = read(text);
    for name in ["Quarnell", "Tessaly"] {
        for k in 0..2 {
            assert_eq!(entity_at(&d, name, k).expect("named").kind, EntityKind::Organization, "{name} #{k}");
        }
    }
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == "Bravik"), "a market leader holds no office");
    // an apposition with "the" and a possessive inside it defines too
    let d = read("Merrivale, the world's biggest drinks firm, said sales rose. Merrivale will publish its results in May.");
    assert_eq!(entity_at(&d, "Merrivale", 1).expect("named").kind, EntityKind::Organization);
}

#[test]
fn a_counterpart_holds_the_same_office_in_the_state_named_before_it() {
    let d = read("Mongolia's President Batbold Tserendash hosted his Kazakh counterpart Yerlan Abenov in Ulaanbaatar.");
    let e = mentioned(&d, "Yerlan Abenov");
    assert_eq!(e.country.as_deref(), Some("KAZ"));
    assert_eq!(e.role.as_deref(), Some("president"));
}

#[test]
fn a_word_and_a_bodys_name_after_the_are_one_name() {
    let d = read("Beijing wants calm along the routes of the Silk and Steppe Initiative, officials said.");
    assert_eq!(mentioned(&d, "Silk and Steppe Initiative").kind, EntityKind::Organization);
    // two names after "and" stay two where the first is known
    let d = read("Delegates from the Kremlin and Trade Council met.");
    assert!(entity_at(&d, "Kremlin and Trade Council", 0).is_none());
}

#[test]
fn a_secretary_of_state_for_a_portfolio_is_a_british_minister() {
    let d = read("The Secretary of State for Culture, Media and Sport, Hollis Parwick, defended the bill. Tory ex-minister Dorian Vell opposed it.");
    let p = mentioned(&d, "Hollis Parwick");
    assert_eq!(p.country.as_deref(), Some("GBR"));
    assert_eq!(p.role.as_deref(), Some("minister"));
    // a party before "ex-" and the title is the former minister's party
    let v = mentioned(&d, "Dorian Vell");
    assert_eq!(v.country.as_deref(), Some("GBR"));
    assert!(v.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Conservative Party"));
}

#[test]
fn a_bodys_officer_under_a_dateline_is_not_the_home_states() {
    let d = read("NIAMEY, June 9 — ECOWAS Commission president Omar Talbane urged the three governments to return to talks.");
    let p = mentioned(&d, "Omar Talbane");
    assert_eq!(p.role.as_deref(), Some("president"));
    assert_ne!(p.country.as_deref(), Some("NER"));
    // Russia's Africa Corps is not the Wagner Group it replaced
    let d = read("In Mali the Africa Corps replaced the Wagner Group last year.");
    assert!(!one_entity(&d, ("Africa Corps", 0), ("Wagner Group", 0)));
}

#[test]
fn the_bloc_the_ministry_and_the_group_stand_for_the_body_named_before() {
    let text = "Leaders of ASEAN met in Vientiane. The bloc urged restraint at sea. \
                Thailand's foreign ministry summoned the envoy, and the ministry said more talks would follow. \
                Hamas fired rockets overnight; the group said it would fight on.";
    let d = read(text);
    assert!(one_entity(&d, ("ASEAN", 0), ("The bloc", 0)));
    assert!(one_entity(&d, ("Thailand's foreign ministry", 0), ("the ministry", 0)));
    assert!(one_entity(&d, ("Hamas", 0), ("the group", 0)));
    // a state's people are no group a "group" noun stands for
    let d = read("Thousands of Carib Indians marched. The group of elders spoke, and the group's chief, Anselm Tyrell, agreed.");
    assert!(entity_at(&d, "the group", 0).is_none());
}

#[test]
fn the_alliance_is_a_treatys_and_a_capital_where_it_was_said_is_no_body() {
    let text = "EU ministers agreed new sanctions on Monday. NATO Secretary General Mark Rutte, speaking in Brussels, \
                said the alliance would keep supporting Ukraine.";
    let d = read(text);
    assert!(one_entity(&d, ("NATO", 0), ("the alliance", 0)));
}

#[test]
fn a_state_before_another_states_party_names_its_own_party() {
    let d = read("The Fiji Labour Party won four seats in Suva, and the Jamaica Labour Party conceded.");
    let e = mentioned(&d, "Fiji Labour Party");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("FJI"));
    assert_eq!(e.code.as_deref(), Some("FJIPTY"));
    assert_eq!(country_of(&d, "Jamaica Labour Party").as_deref(), Some("JAM"));
    assert!(!d.entities.iter().any(|e| e.country.as_deref() == Some("GBR")), "no British party here");
}

#[test]
fn a_party_name_several_states_share_is_the_one_the_text_owns() {
    let d = read(
        "Polls show New Zealand's Labour Party losing ground before the vote. Labour leader Tama Rewiti \
         said the Labour Party would campaign on housing, as Britain watched.",
    );
    for (s, nth) in [("Labour Party", 0), ("Labour", 1), ("Labour Party", 1)] {
        let e = entity_at(&d, s, nth).unwrap_or_else(|| panic!("no mention for {s} #{nth}"));
        assert_eq!(e.country.as_deref(), Some("NZL"), "{s} #{nth}");
    }
    // with no owner written, the state the article names most
    let d = read("SEOUL — The Democratic Party walked out of the vote. South Korea's finance ministry and Seoul's mayor objected.");
    assert_eq!(country_of(&d, "Democratic Party").as_deref(), Some("KOR"));
}

#[test]
fn a_given_name_that_is_also_a_title_opens_a_holders_name() {
    // "Amir" is a given name and the title emir; the whole run names the knowledge base's holder
    let d = read_on("The delegation was led by acting foreign minister Amir Khan Muttaqi, who met officials.", Some("2026-11-20"));
    let e = mentioned(&d, "Amir Khan Muttaqi");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.country.as_deref(), Some("AFG"));
    assert_ne!(e.role.as_deref(), Some("emir"));
}

#[test]
fn a_title_in_apposition_is_the_person_named_beside_it() {
    // the knowledge base names someone else as the holder on this date; the text's apposition wins
    for (text, title) in [
        ("Colombia's foreign minister, Laura Sarabia, said on Thursday that Bogota would ask for observers.", "foreign minister"),
        ("Laura Sarabia, Colombia's foreign minister, said on Thursday that Bogota would ask for observers.", "foreign minister"),
        // (past the state the title is of)
        ("The foreign minister of Colombia, Laura Sarabia, said on Thursday that Bogota would ask for observers.", "The foreign minister"),
    ] {
        let d = read_on(text, Some("2026-11-20"));
        assert!(one_entity(&d, (title, 0), ("Laura Sarabia", 0)), "{text}");
        assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{text}");
    }
}

#[test]
fn the_opposition_before_a_name_describes_that_body() {
    let d = read("BOGOTA, Nov. 28 — The opposition Centro Renovador party called the response weak.");
    let e = mentioned(&d, "Centro Renovador");
    assert_eq!(e.code.as_deref(), Some("COLOPP"));
    assert!(entity_at(&d, "opposition", 0).is_none(), "'opposition' is no body of its own here");
}

#[test]
fn a_senate_under_a_dateline_is_the_home_states() {
    let d = read("QUITO, May 2 — The Senate voted on Thursday to approve the budget.");
    let e = mentioned(&d, "Senate");
    assert_eq!(e.code.as_deref(), Some("ECULEG"));
}

#[test]
fn a_ministrys_own_name_and_its_description_are_one_body() {
    let d = read("Itamaraty, the Brazilian foreign ministry, confirmed the visit. The Farnesina and Italy's foreign ministry agreed.");
    assert!(one_entity(&d, ("Itamaraty", 0), ("Brazilian foreign ministry", 0)));
    assert!(one_entity(&d, ("Farnesina", 0), ("Italy's foreign ministry", 0)));
}

#[test]
fn romance_body_names_run_through_de_la_and_de_los() {
    let d = read(
        "Ana Restrepo, a researcher at the Universidad de los Andes, spoke. The Partido de los Trabajadores \
         objected, and the Banco de la Nación Argentina lent more.",
    );
    for s in ["Universidad de los Andes", "Partido de los Trabajadores", "Banco de la Nación Argentina"] {
        assert_eq!(mentioned(&d, s).kind, EntityKind::Organization, "{s}");
    }
    assert!(entity_at(&d, "Andes", 0).is_none());
}

#[test]
fn a_given_name_before_a_bodys_word_stays_inside_the_name() {
    // "Scout" is a given name too; before "Association" it breaks no name
    let d = read("Leaders of the Kenya Boy Scout Association met in Nairobi.");
    let e = mentioned(&d, "Kenya Boy Scout Association");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("KEN"));
}

#[test]
fn a_sites_name_goes_on_through_of() {
    let d = read("She was inducted into the Rugby Hall of Fame in 2019 and later lectured at the Museum of Modern Art.");
    for s in ["Rugby Hall of Fame", "Museum of Modern Art"] {
        assert!(entity_at(&d, s, 0).is_some(), "{s}");
    }
    // a person whose surname is a site's word is no site
    let d = read("Stuart Hall of Leeds spoke first.");
    assert_eq!(mentioned(&d, "Stuart Hall").kind, EntityKind::Person);
}

#[test]
fn an_interim_or_acting_title_is_still_the_title() {
    let d = read_on("The envoy was received by Mali's interim president, Assimi Goïta, on Monday.", Some("2026-10-14"));
    assert!(one_entity(&d, ("president", 0), ("Assimi Goïta", 0)));
}

#[test]
fn a_sentence_set_in_a_capital_owns_its_institutions() {
    let d = read("SEOUL, June 9 — Talks ended.\n\nIn Tokyo, the prime minister convened the National Security Council.");
    assert_eq!(mentioned(&d, "National Security Council").code.as_deref(), Some("JPNGOV"));
    // another state in the sentence leaves it open
    let d = read("SEOUL, June 9 — Talks ended.\n\nIn Tokyo, the National Security Council discussed China.");
    assert_ne!(entity_at(&d, "National Security Council", 0).and_then(|e| e.code.as_deref()), Some("JPNGOV"));
}

#[test]
fn a_verb_between_a_body_and_a_title_is_no_portfolio() {
    let d = read("The agency KCNA said leader Kim Jong Un had watched the test.");
    let e = mentioned(&d, "Kim Jong Un");
    assert!(!e.facts.iter().any(|f| f.attribute == "affiliation"), "{:?}", e.facts);
    assert_eq!(e.code.as_deref(), Some("PRKGOV"));
}

#[test]
fn the_north_and_the_south_are_the_halves_the_text_names() {
    let d = read("North Korea fired a missile on Monday. South Korea's military said the North had launched it as the South held drills.");
    let north = entity_at(&d, "North", 1).expect("the North");
    assert_eq!(north.country.as_deref(), Some("PRK"));
    let south = entity_at(&d, "South", 1).expect("the South");
    assert_eq!(south.country.as_deref(), Some("KOR"));
    // with one half named, the direction names nothing
    let d = read("South Africa's rand fell as farmers in the North waited for rain.");
    assert!(entity_at(&d, "North", 0).is_none_or(|e| e.country.as_deref() != Some("ZAF")));
}

#[test]
fn a_bylines_role_ends_at_its_line() {
    let d = read("By Hana Youssef, Gulf correspondent\n\nRIYADH — The talks ended on Sunday.");
    let e = mentioned(&d, "Hana Youssef");
    assert_eq!(e.country, None, "the dateline is not her country");
}

#[test]
fn a_combining_form_heads_a_compound_of_states() {
    let d = read("The Franco-British proposal and Sino-Japanese ties were discussed. Francisco Franco ruled Spain.");
    assert_eq!(country_of(&d, "Franco").as_deref(), Some("FRA"));
    assert_eq!(country_of(&d, "Sino").as_deref(), Some("CHN"));
    // the surname alone is no France
    assert_eq!(mentioned(&d, "Francisco Franco").kind, EntityKind::Person);
    assert!(entity_at(&d, "Franco", 1).is_none_or(|e| e.country.as_deref() != Some("FRA")));
}

#[test]
fn the_country_is_the_state_named_last() {
    let d = read("Ghana's cocoa exports hit a record last year. The country's growers expect another strong harvest.");
    let e = entity_at(&d, "The country", 0).expect("the country is a mention");
    assert_eq!(e.country.as_deref(), Some("GHA"));
    // a capital stands for its state here
    let d = read("The Norwegian envoy's trip to Hanoi caused a stir inside the country.");
    assert_eq!(entity_at(&d, "the country", 0).and_then(|e| e.country.as_deref()), Some("VNM"));
    // a state named once, two sentences back, in passing is no referent
    let d = read("The four men, from Cornwall and Ireland, were released. Hunts went out on Saturday. Crowds gathered in many parts of the country.");
    assert!(entity_at(&d, "the country", 0).is_none());
    // one the text keeps naming is
    let d = read("Nigeria launched a cocoa plan. Nigeria hopes to double output. Farmers were pleased. Exports from the country rose.");
    assert_eq!(entity_at(&d, "the country", 0).and_then(|e| e.country.as_deref()), Some("NGA"));
    // no state named before it: nothing to refer to
    let d = read("Growers expect a strong harvest. The country's roads are poor.");
    assert!(entity_at(&d, "The country", 0).is_none());
}

#[test]
fn a_lone_body_word_before_for_names_its_remit() {
    // (a body after "for" is another one in "played in the Swiss Super League for FC Basel")
    let d = read("The figures came from the Office for Budget Review on Monday.");
    assert_eq!(mentioned(&d, "Office for Budget Review").kind, EntityKind::Organization);
}

#[test]
fn a_woman_of_a_mans_surname_is_someone_else() {
    let d = read("Mrs Lindqvist joins the campaign\n\nPeter Lindqvist's wife will campaign with him. Mrs Lindqvist will visit ten towns, and Mr Lindqvist will hold rallies.");
    assert!(!one_entity(&d, ("Lindqvist", 0), ("Peter Lindqvist", 0)));
    assert!(one_entity(&d, ("Lindqvist", 0), ("Lindqvist", 2)));
    assert!(one_entity(&d, ("Peter Lindqvist", 0), ("Lindqvist", 3)));
    assert_eq!(mentioned(&d, "Peter Lindqvist").gender, Some(dyad_core::Gender::Male));
}

#[test]
fn numbered_units_their_short_form_and_a_shared_owner() {
    let d = read(
        "Moldova's 22nd Separate Mountain Brigade held the pass, while Romania's 14th Tank Division and the 6th Motor Rifle \
         Division moved north. Observers praised the 22nd Brigade.",
    );
    assert!(one_entity(&d, ("22nd Separate Mountain Brigade", 0), ("22nd Brigade", 0)));
    assert_eq!(mentioned(&d, "22nd Separate Mountain Brigade").code.as_deref(), Some("MDAMIL"));
    assert_eq!(mentioned(&d, "6th Motor Rifle Division").country.as_deref(), Some("ROU"));
}

#[test]
fn an_opposition_leader_under_a_dateline_is_the_home_opposition() {
    let d = read("CANBERRA, June 12 - Opposition leader Mara Quint said the deal was a mistake.");
    assert_eq!(mentioned(&d, "Mara Quint").code.as_deref(), Some("AUSOPP"));
}

#[test]
fn a_party_short_name_several_states_share_follows_the_state_named_most() {
    let d = read("Australia's treasurer defended the budget in Canberra. Labor said the cuts would fall on Australian families.");
    assert_eq!(mentioned(&d, "Labor").country.as_deref(), Some("AUS"));
    let d = read("Israel's coalition lost a vote in Jerusalem. Labor said Israeli voters wanted an election.");
    assert_eq!(mentioned(&d, "Labor").country.as_deref(), Some("ISR"));
}

#[test]
fn its_before_a_title_is_the_body_or_state_the_sentence_is_about() {
    let d = read(
        "Norway's Ministry of Fisheries rejected the quota. Its spokeswoman, Ingrid Solheim, said talks would go on.",
    );
    assert_eq!(mentioned(&d, "Ingrid Solheim").code.as_deref(), Some("NORGOV"));
    let d = read("Chile, whose sailors were held in Peru last year, sent only its vice-president, Tomás Ureta, to the summit.");
    assert_eq!(mentioned(&d, "Tomás Ureta").country.as_deref(), Some("CHL"));
}

#[test]
fn an_international_bodys_officer_takes_the_bodys_code() {
    let d = read("The United Nations' special representative for Central Africa, Oskar Lindh, told the council that raids had doubled.");
    assert_eq!(mentioned(&d, "Oskar Lindh").code.as_deref(), Some("IGOUNO"));
    assert_eq!(mentioned(&d, "Oskar Lindh").country, None);
    let d = read("Marta Ruiz, NATO's spokeswoman for the summit, said the allies agreed.");
    assert_eq!(mentioned(&d, "Marta Ruiz").code.as_deref(), Some("IGONAT"));
}

#[test]
fn the_president_of_a_firm_is_not_the_home_states_president() {
    let d = read("LIMA, May 2 - Voters are tired, said Rosa Quispe Mamani, president of the polling firm Analítica Andina.");
    let e = mentioned(&d, "Rosa Quispe Mamani");
    assert_ne!(e.country.as_deref(), Some("PER"));
    assert_eq!(e.role.as_deref(), Some("president"));
}

#[test]
fn a_title_cased_institution_noun_under_a_dateline_is_the_home_states() {
    let d = read("HANOI, April 3 - Foreign Ministry spokesman Pham Thu Hang told reporters the island was Vietnamese.");
    assert_eq!(mentioned(&d, "Foreign Ministry").code.as_deref(), Some("VNMGOV"));
    assert_eq!(mentioned(&d, "Pham Thu Hang").code.as_deref(), Some("VNMGOV"));
}

#[test]
fn a_state_named_in_other_words_too_keeps_its_bare_name_beside_a_namesake() {
    let d = read(
        "Chad and Sudan trade blame\n\nN'DJAMENA - Chad rejected the demand, and the Chadian army closed the border. \
         Egypt and Chad will take a plan to the summit. Lydia Chad, a trade analyst, said exporters were losing money. \
         Ms Chad said prices had doubled.",
    );
    // (the third "Chad" opens "Chadian")
    for n in [0, 1, 3] {
        assert_eq!(entity_at(&d, "Chad", n).map(|e| e.kind), Some(EntityKind::State), "Chad #{n}");
    }
    assert!(one_entity(&d, ("Lydia Chad", 0), ("Chad", 5)));
    // a US article's "Georgia" is the US state, unless the article names the country otherwise too
    let d = read("Officials in Ohio and Georgia met. Tbilisi said two Georgian drivers were stranded in Georgia's border zone.");
    assert_eq!(country_of(&d, "Georgian").as_deref(), Some("GEO"));
}

#[test]
fn an_ambassador_under_a_dateline_is_not_the_home_states() {
    let d = read("SEOUL, May 2 - South Korea summoned Ambassador Liu Weimin after the incident.");
    assert_ne!(country_of(&d, "Liu Weimin").as_deref(), Some("KOR"));
}

#[test]
fn his_aide_serves_the_state_of_the_person_named_before() {
    let d = read(
        "The Slovak president, Peter Pellegrini, refused to sign the bill. His chief of staff, Marek Trubač, said on Wednesday \
         that the president would wait.",
    );
    assert_eq!(country_of(&d, "Marek Trubač").as_deref(), Some("SVK"));
}

#[test]
fn a_legislator_of_a_place_is_of_its_state_and_a_coast_guard_is_military() {
    let d = read("Senator Maria Ruiz of Oregon met Vietnam's coast guard commanders in Hanoi.");
    assert_eq!(country_of(&d, "Maria Ruiz").as_deref(), Some("USA"));
    assert_eq!(mentioned(&d, "Vietnam's coast guard").code.as_deref(), Some("VNMMIL"));
}

#[test]
fn a_state_named_only_as_a_topic_is_not_the_articles_state() {
    let d = read(
        "MPs debated the Iraq war again on Monday. The government has refused to publish the legal advice on the Iraq war, \
         and a former minister said the government should publish it.",
    );
    assert_ne!(country_of(&d, "government").as_deref(), Some("IRQ"));
}

#[test]
fn an_unnamed_source_is_a_person_but_an_energy_source_is_not() {
    let d = read("Engineers found an energy source for the region, a government source said, and a Hamas official agreed.");
    assert!(d.entities.iter().all(|e| e.name != "an energy source"));
    assert!(d.entities.iter().any(|e| e.name == "a government source" && e.kind == EntityKind::Person));
    assert!(d.entities.iter().any(|e| e.name == "a Hamas official" && e.kind == EntityKind::Person));
}

#[test]
fn a_family_name_written_first_names_the_person_alone() {
    let d = read(
        "The talks were led by Zhao Minghui, a vice-minister of commerce, and by South Korea's trade envoy, \
         Kang Soo-yeon. Zhao said the tariffs would stay. Kang disagreed, and Mr Zhao left early.",
    );
    assert!(one_entity(&d, ("Zhao Minghui", 0), ("Zhao", 1)));
    assert!(one_entity(&d, ("Zhao Minghui", 0), ("Zhao", 2)));
    assert!(one_entity(&d, ("Kang Soo-yeon", 0), ("Kang", 1)));
    assert!(!one_entity(&d, ("Zhao Minghui", 0), ("Kang", 1)));
    // a given name is still no surname: "Minghui" alone would not be this person by the first word
    let e = read("Maria Zhao spoke first. Zhao said the deal was fair.");
    assert!(one_entity(&e, ("Maria Zhao", 0), ("Zhao", 1)));
}

#[test]
fn a_towns_name_that_is_a_named_persons_surname_is_that_person() {
    let d = read(
        "Chile's trade minister, Tomas Valparaiso, arrived on Monday. Valparaiso said the port deal was close. \
         Dockers in Valparaiso went on strike anyway.",
    );
    assert!(one_entity(&d, ("Tomas Valparaiso", 0), ("Valparaiso", 1)));
    let town = mentioned_nth(&d, "Valparaiso", 2);
    assert_eq!(town.kind, EntityKind::Place);
}

/// The entity the `nth` occurrence of `surface` mentions (panics when it is no mention).
fn mentioned_nth<'d>(doc: &'d Document, surface: &str, nth: usize) -> &'d Entity {
    entity_at(doc, surface, nth).unwrap_or_else(|| panic!("no mention for {surface} #{nth}"))
}

#[test]
fn a_regions_adjective_is_no_states_demonym() {
    let d = read(
        "A senior South American diplomat said the summit had failed, and American officials agreed. \
         A Gaza health official said 40 people had died.",
    );
    let diplomat = d.entities.iter().find(|e| e.name == "a senior South American diplomat").expect("unnamed source");
    assert_eq!(diplomat.country, None);
    assert_ne!(country_of(&d, "South American"), Some("USA".to_string()));
    // (the second "American" is the one standing alone)
    assert_eq!(entity_at(&d, "American", 1).and_then(|e| e.country.as_deref()), Some("USA"));
    let official = d.entities.iter().find(|e| e.name == "a Gaza health official").expect("unnamed source");
    assert_eq!(official.country.as_deref(), Some("PSE"));
}

#[test]
fn an_alliances_spokesman_under_a_dateline_is_not_the_home_states() {
    let d = read("OSLO, May 4 (Wire) - Norway protested. \"We will watch,\" said Erik Vos, a NATO spokesman, on Monday.");
    let vos = mentioned(&d, "Erik Vos");
    assert_eq!(vos.country, None);
    assert_eq!(vos.code.as_deref(), Some("IGONAT"));
}

#[test]
fn the_countrys_minister_is_of_the_state_named_before() {
    let d = read(
        "Latvia summoned the envoy. Lithuania took a harder line. Rasa Kairyte, the country's interior minister, \
         said the border would close.",
    );
    assert_eq!(country_of(&d, "Rasa Kairyte").as_deref(), Some("LTU"));
}

#[test]
fn a_bodys_representative_is_its_officer_and_a_juntas_minister_a_government_officer() {
    let d = read(
        "\"Returns are not safe,\" said Ines Moreau, UNICEF's representative in Chad, on Friday. \
         Myanmar's military government rejected the plan. Its deputy foreign minister, Than Win, called it interference.",
    );
    let moreau = mentioned(&d, "Ines Moreau");
    assert_eq!(moreau.country, None);
    assert_eq!(moreau.role.as_deref(), Some("representative"));
    assert!(moreau.code.as_deref().is_some_and(|c| c.starts_with("IGOUNO")));
    let than = mentioned(&d, "Than Win");
    assert_eq!(than.code.as_deref(), Some("MMRGOV"));
}

#[test]
fn a_cabinet_secretary_is_a_minister_and_a_paternal_surname_names_the_person() {
    let d = read(
        "Uganda's Foreign Affairs Cabinet Secretary, Grace Atim, met the envoys. Peru's economy secretary, \
         Rosa Vargas Quispe, disagreed. \"We will not pay,\" Vargas said.",
    );
    let atim = mentioned(&d, "Grace Atim");
    assert_eq!(atim.role.as_deref(), Some("foreign minister"));
    assert_eq!(atim.country.as_deref(), Some("UGA"));
    let vargas = mentioned(&d, "Rosa Vargas Quispe");
    assert_eq!(vargas.role.as_deref(), Some("trade minister"));
    assert!(one_entity(&d, ("Rosa Vargas Quispe", 0), ("Vargas", 1)));
    // a middle name that is a given name is not the surname: "Anna Marie Lopez … Marie" is not her
    let e = read("Anna Marie Lopez spoke. Marie Curie was cited.");
    assert!(!one_entity(&e, ("Anna Marie Lopez", 0), ("Marie Curie", 0)));
}

#[test]
fn an_oil_benchmark_is_no_person() {
    let d = read("Brent crude rose more than 2 percent after the seizure, traders in Singapore said.");
    assert!(d.entities.iter().all(|e| e.name != "Brent"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn the_expert_and_the_analyst_are_whoever_studies_affairs() {
    let d = read(
        "Lena Marsh, director of the Harbour Policy Institute, thinks the deal is fragile. The ministry disagreed. \
         \"It will not last the winter,\" the expert concluded. Political scientist Omar Idris was gentler. \
         \"Give it a year,\" the analyst noted. Noor Saleh, a senior fellow at the Gulf Forum, disagreed. \
         \"Nobody gives it a year,\" the expert said.",
    );
    assert!(one_entity(&d, ("Lena Marsh", 0), ("the expert", 0)));
    assert!(one_entity(&d, ("Omar Idris", 0), ("the analyst", 0)));
    assert!(one_entity(&d, ("Noor Saleh", 0), ("the expert", 1)));
}

#[test]
fn a_listed_short_form_of_a_given_name_is_the_same_person() {
    let d = read(
        "Robert K. Hale, the State Department's special coordinator for Arctic affairs, arrived in Oslo. \
         Bob Hale later wrote that the talks were useful. William Hale, his brother, was not there.",
    );
    assert!(one_entity(&d, ("Robert K. Hale", 0), ("Bob Hale", 0)));
    assert!(!one_entity(&d, ("Robert K. Hale", 0), ("William Hale", 0)));
    let hale = mentioned(&d, "Robert K. Hale");
    assert_eq!(hale.country.as_deref(), Some("USA"));
    assert_eq!(hale.role.as_deref(), Some("coordinator"));
}

#[test]
fn a_particle_capitalised_at_a_sentences_start_is_the_same_surname() {
    let d = read("The EU sent Hendrik van Wijk to Yerevan. Van Wijk's visit lasted two days.");
    assert!(one_entity(&d, ("Hendrik van Wijk", 0), ("Van Wijk", 0)));
}

#[test]
fn appositions_with_a_field_a_deputy_and_the_ministrys() {
    let d = read(
        "The Turkish MFA said the talks were useful. Kerem Ada, the ministry's deputy spokesperson, agreed. \
         The Russian side was led by Ivan Petrov, a department director at the Russian foreign ministry. \
         Ali Demir, a maritime security analyst at an Ankara think tank, was doubtful.",
    );
    let ada = mentioned(&d, "Kerem Ada");
    assert_eq!(ada.role.as_deref(), Some("spokesperson"));
    assert_eq!(ada.code.as_deref(), Some("TURGOV"));
    assert_eq!(mentioned(&d, "Ivan Petrov").code.as_deref(), Some("RUSGOV"));
    assert_eq!(mentioned(&d, "Ali Demir").role.as_deref(), Some("analyst"));
}

#[test]
fn shadow_and_ex_before_a_portfolio_title() {
    let d = read(
        "LONDON - Labour's plans were attacked by Tory shadow health secretary Tom Price and by ex-Labour health \
         secretary Ann Fell.",
    );
    let price = mentioned(&d, "Tom Price");
    assert_eq!(price.role.as_deref(), Some("shadow minister"));
    assert!(price.code.as_deref().is_some_and(|c| c.ends_with("OPP")));
    assert_eq!(mentioned(&d, "Ann Fell").role.as_deref(), Some("former minister"));
}

#[test]
fn korean_names_in_either_order_and_no_namesake_holder() {
    let d = read(
        "Kang Seo-yeon, a senior fellow at a Seoul institute, spoke first. \"The format holds,\" Kang noted. \
         In a column, Seo-yeon Kang argued the allies were managing a problem. First Vice Foreign Minister \
         Baek Ji-hoon met Daniel Ashcroft, the US assistant secretary of state.",
    );
    assert!(one_entity(&d, ("Kang Seo-yeon", 0), ("Kang", 1)));
    assert!(one_entity(&d, ("Kang Seo-yeon", 0), ("Seo-yeon Kang", 0)));
    let kang = mentioned(&d, "Kang Seo-yeon");
    assert_eq!(kang.name, "Kang Seo-yeon", "not a former minister who shares the family name");
    assert_eq!(mentioned(&d, "Baek Ji-hoon").role.as_deref(), Some("deputy foreign minister"));
    assert_eq!(mentioned(&d, "Daniel Ashcroft").role.as_deref(), Some("assistant secretary of state"));
    let e = read("Yesterday Ji-hoon Baek said no.");
    assert_eq!(mentioned(&e, "Ji-hoon Baek").kind, EntityKind::Person);
}

#[test]
fn a_bylines_author_writes_for_the_outlet_after_the_comma() {
    let d = read("Kazakhstan keeps every door open\n\nBy Aliya Nurova, Al Jazeera\n\nThe summit in Astana ended on Friday.");
    let nurova = mentioned(&d, "Aliya Nurova");
    assert_eq!(nurova.role.as_deref(), Some("journalist"));
}

#[test]
fn the_kingdom_is_the_kingdom_named_last() {
    let d = read(
        "Riyadh and Tehran met in Muscat, the Omani capital. The kingdom's foreign minister, Faisal Omar, called the \
         talks useful, and officials in the kingdom agreed. Iran thanked the sultanate.",
    );
    assert_eq!(country_of(&d, "Faisal Omar").as_deref(), Some("SAU"));
    assert_eq!(entity_at(&d, "the kingdom", 0).and_then(|e| e.country.as_deref()), Some("SAU"));
    assert_eq!(entity_at(&d, "the sultanate", 0).and_then(|e| e.country.as_deref()), Some("OMN"));
    let e = read("Kenya hosted the talks. The country's foreign minister, Ruth Achieng, spoke. Iran thanked the kingdom.");
    assert_eq!(country_of(&e, "Ruth Achieng").as_deref(), Some("KEN"));
    assert!(entity_at(&e, "the kingdom", 0).is_none(), "no kingdom was named");
}

#[test]
fn a_town_and_a_clubs_last_word_name_the_club() {
    let d = read(
        "Bristol Rovers signed the midfielder from Bolton Wanderers in March, and Adelaide United \
         later loaned him to Perth Glory. He grew up in Bristol and Adelaide.",
    );
    for s in ["Bristol Rovers", "Bolton Wanderers", "Adelaide United", "Perth Glory"] {
        assert_eq!(mentioned(&d, s).kind, EntityKind::Organization, "{s}");
    }
    // the towns alone stay places
    assert_eq!(entity_at(&d, "Bristol", 1).map(|e| e.kind), Some(EntityKind::Place));
}

#[test]
fn a_states_noun_with_a_descriptor_is_the_state_it_fits_named_last() {
    let d = read(
        "Vanuatu signed a maritime deal with France in May. Paris later offered the Pacific nation two patrol \
         boats, and the island nation's prime minister thanked the French. Uzbekistan and Russia held talks in \
         Moscow, where the Kremlin praised the Central Asian republic. Officials from the host country did not comment.",
    );
    assert_eq!(country_of(&d, "the Pacific nation").as_deref(), Some("VUT"));
    assert_eq!(country_of(&d, "the Central Asian republic").as_deref(), Some("UZB"));
    // the descriptor's own word is no place of its own
    assert!(d.entities.iter().all(|e| e.name != "Pacific"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    // the prime minister is the island nation's
    let pm = d.entities.iter().find(|e| e.role.as_deref() == Some("prime minister"));
    assert_eq!(pm.and_then(|e| e.country.as_deref()), Some("VUT"));
    // a descriptor the knowledge base does not list says nothing
    assert!(entity_at(&d, "the host country", 0).is_none());
}

#[test]
fn a_possessive_states_noun_with_a_descriptor_gives_the_named_officer_its_state() {
    let d = read(
        "Qatar and Egypt hosted the talks in Doha. Aisha Al-Mansoori, the Gulf state's deputy foreign minister, \
         said the sides were close.",
    );
    assert_eq!(country_of(&d, "Aisha Al-Mansoori").as_deref(), Some("QAT"));
}

#[test]
fn the_first_word_after_a_datelines_dash_opens_the_sentence() {
    let d = read(
        "VALLETTA, Dec 2 (Wire) - The European Union's envoy met Maltese officials on Saturday.\n\n\
         The EU said the talks were useful.",
    );
    let eu = mentioned(&d, "European Union");
    assert_eq!(eu.country, None);
    assert!(eu.code.as_deref().is_some_and(|c| c.starts_with("IGO")), "{:?}", eu.code);
    assert!(one_entity(&d, ("European Union", 0), ("EU", 0)));
}

#[test]
fn ordinary_words_opening_a_sentence_are_no_part_of_a_name() {
    let d = read(
        "Goran Ristic and Arben Dervishi met in Ohrid. Ethnic Albanians in the valley marched on Sunday. Neither \
         Ristic nor Dervishi commented. Both Ristic and Dervishi left Skopje on Monday.",
    );
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Ethnic") && !e.name.starts_with("Neither") && !e.name.starts_with("Both")),
        "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(one_entity(&d, ("Goran Ristic", 0), ("Ristic", 1)) && one_entity(&d, ("Goran Ristic", 0), ("Ristic", 2)));
}

#[test]
fn a_titles_word_inside_a_companys_or_leagues_name_holds_no_office() {
    let d = read("Regulators froze the assets of Anton Belov, the Latvian-born owner of Premier League club Ashcombe Rovers, on Friday.");
    let p = mentioned(&d, "Anton Belov");
    assert_eq!(p.role, None, "{:?}", p.role);
    assert_ne!(p.code.as_deref().map(|c| c.ends_with("GOV")), Some(true));
}

#[test]
fn the_democratic_republic_of_congo_without_the_article_is_kinshasas_state() {
    let d = read("Fighting spread in eastern Democratic Republic of Congo, and Kinshasa blamed Kigali.");
    assert_eq!(country_of(&d, "Democratic Republic of Congo").as_deref(), Some("COD"));
}

#[test]
fn an_unnamed_civilian_is_a_person_of_their_own_whom_the_next_pronoun_names() {
    let d = read(
        "Mozambique's president has called the partnership strategic. One displaced farmer, reached by telephone \
         near Pemba, said he had returned twice. A resident told reporters the road was closed.",
    );
    let farmer = mentioned(&d, "One displaced farmer");
    assert_eq!((farmer.kind, farmer.role.as_deref()), (EntityKind::Person, Some("farmer")));
    assert_eq!(farmer.code, None);
    assert_eq!(mentioned(&d, "A resident").role.as_deref(), Some("resident"));
}

#[test]
fn a_prefix_joined_by_a_hyphen_is_no_part_of_the_name() {
    let d = read("Ex-BBC presenter Alan Reed joined the party, and Pro-Kremlin groups marched in Riga.");
    assert_eq!(mentioned(&d, "BBC").country.as_deref(), Some("GBR"));
    assert_eq!(mentioned(&d, "Kremlin").country.as_deref(), Some("RUS"));
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Ex-") && !e.name.starts_with("Pro-")));
}

#[test]
fn a_lower_case_ministry_in_an_article_about_one_state_is_that_states() {
    let d = read(
        "Armenia's parliament passed the bill as crowds filled the square in Yerevan. Armenian officials defended \
         it, and Armenia's president signed it on Friday, though Washington voiced concern. The interior ministry \
         said 40 people had been detained, and the government promised an inquiry.",
    );
    let m = mentioned(&d, "interior ministry");
    assert_eq!((m.country.as_deref(), m.kind), (Some("ARM"), EntityKind::Organization));
}

#[test]
fn a_ministrys_portfolios_listed_after_of_end_its_name() {
    let d = read(
        "The Ministry of Agriculture, Forestry and Fisheries said exports rose. Later Japan's Ministry of Agriculture, \
         Forestry and Fisheries and Vietnam's Ministry of Industry and Trade signed a memorandum.",
    );
    let jp = mentioned(&d, "Ministry of Agriculture, Forestry and Fisheries");
    assert_eq!((jp.country.as_deref(), jp.code.as_deref()), (Some("JPN"), Some("JPNGOV")));
    assert!(d.entities.iter().all(|e| e.name != "Forestry" && e.name != "Fisheries"));
    // a last portfolio that is a body's word elsewhere ("Cheniere Energy") is still a portfolio; a known
    // body after "and" is a body of its own
    let d = read("Peru's Ministry of Mines and Energy said the permits stood. Chile's Ministry of Defence and NATO agreed.");
    let pe = mentioned(&d, "Ministry of Mines and Energy");
    assert_eq!(pe.code.as_deref(), Some("PERGOV"));
    assert!(d.entities.iter().all(|e| e.name != "Energy"));
    assert_eq!(mentioned(&d, "NATO").code.as_deref(), Some("IGONAT"));
}

#[test]
fn the_first_word_of_a_longer_place_named_in_the_text_is_that_place() {
    let d = read("Delegates met in Rio de Janeiro on Tuesday. In Rio, the mood was calm.");
    assert!(one_entity(&d, ("Rio de Janeiro", 0), ("Rio", 1)));
    assert_eq!(country_of(&d, "Rio de Janeiro").as_deref(), Some("BRA"));
}

#[test]
fn a_head_word_ending_a_compound_adjective_is_no_unnamed_source() {
    let d = read("What was once a five-member club has grown, a diplomat said.");
    assert!(d.entities.iter().all(|e| !e.name.contains("five-member")), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn an_assistant_secretary_general_is_not_the_secretary_general() {
    let d = read("NATO's Assistant Secretary General for Operations, Mira Holt, attended the meeting in Riga.");
    assert_eq!(mentioned(&d, "Mira Holt").role.as_deref(), Some("assistant secretary-general"));
}

#[test]
fn unnamed_people_in_the_plural_who_speak_are_a_group_of_their_own() {
    let d = read(
        "Local officials said at least 30 civilians were killed. Several Iraqi lawmakers have urged the government \
         to act. The officials said nothing more.",
    );
    let local = mentioned(&d, "Local officials");
    assert_eq!((local.kind, local.name.as_str(), local.country.as_deref()), (EntityKind::Group, "local officials", None));
    let mps = entity_at(&d, "lawmakers", 0).expect("the lawmakers");
    assert_eq!((mps.country.as_deref(), mps.code.as_deref()), (Some("IRQ"), Some("IRQLEG")));
    // people named before are not a new group
    assert!(entity_at(&d, "officials", 1).is_none());
}

#[test]
fn a_states_adjective_and_a_role_no_one_named_holds_are_a_person_of_their_own() {
    let d = read(
        "Church leaders met in Lagos. The Nigerian archbishop said the detentions were unjust. The Ghanaian coach \
         praised his players.",
    );
    let a = entity_at(&d, "archbishop", 0).expect("the archbishop");
    assert_eq!((a.kind, a.country.as_deref(), a.name.as_str()), (EntityKind::Person, Some("NGA"), "the Nigerian archbishop"));
    let c = entity_at(&d, "coach", 0).expect("the coach");
    assert_eq!(c.country.as_deref(), Some("GHA"));
    assert!(!one_entity(&d, ("archbishop", 0), ("coach", 0)));
}

#[test]
fn a_states_or_bodys_possessive_and_a_role_no_one_named_holds_are_a_person_of_their_own() {
    let d = read(
        "Russia's ambassador said Moscow would respect the ruling. Talks resumed later. The African Union's \
         special envoy, who arrived on Monday, met the rebels. The envoy said both sides were tired.",
    );
    let a = entity_at(&d, "ambassador", 0).expect("the ambassador");
    assert_eq!((a.kind, a.country.as_deref(), a.code.as_deref()), (EntityKind::Person, Some("RUS"), Some("RUSGOV")));
    assert!(!one_entity(&d, ("ambassador", 0), ("Russia", 0)));
    let e = entity_at(&d, "special envoy", 0).expect("the envoy");
    assert_eq!(e.kind, EntityKind::Person);
    assert!(e.code.as_deref().is_some_and(|c| c.starts_with("IGO")), "{:?}", e.code);
    assert!(one_entity(&d, ("special envoy", 0), ("The envoy", 0)));
}

#[test]
fn a_possessive_before_a_title_that_is_no_noun_phrase_of_its_own_makes_no_one() {
    let d = read(
        "Spain's general election was held in March. Labour's deputy minister for women Jacqui Smith spoke first. \
         Paul Boateng is to become the UK's high commissioner to South Africa.",
    );
    assert!(d.entities.iter().all(|e| !(e.kind == EntityKind::Person && e.name.contains("'s"))),
        "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_portfolio_before_minister_is_part_of_the_title_not_a_body() {
    let d = read(
        "QUITO, Nov 4 (Dyad Wire) - Ecuador and Colombia agreed on Tuesday to share river gauge data.\n\
         Ecuadorian Environment Minister Lucia Paredes Tixe said at the ceremony in Quito that the basin was drying.\n\
         Colombian Health Minister Andres Mejia Rueda said clinics were ready.",
    );
    let p = mentioned(&d, "Lucia Paredes Tixe");
    assert_eq!((p.kind, p.country.as_deref(), p.role.as_deref()), (EntityKind::Person, Some("ECU"), Some("environment minister")));
    assert_eq!(mentioned(&d, "Andres Mejia Rueda").role.as_deref(), Some("health minister"));
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Organization || !e.name.contains("Environment")));
}

#[test]
fn names_run_across_the_line_breaks_of_a_hard_wrapped_text() {
    let d = read(
        "Opinion: the talks by the lake\n\n\
         The talks were chaired by the United Nations and the European\n\
         Union, whose envoys met Deputy Foreign Minister Levan\n\
         Abashidze and the head of the Incident Prevention and Response\n\
         Mechanism (IPRM) in the old hall of the palace on the lake, as\n\
         they have done each autumn since the war of August 2008 came\n\
         to an end. Nobody expected much of it, and nothing came of it.\n",
    );
    let eu = d.entities.iter().find(|e| e.code.as_deref() == Some("IGOEUREEC")).expect("the European Union across the break");
    assert_eq!(eu.name, "European Union");
    assert!(d.entities.iter().any(|e| e.name == "Levan Abashidze" && e.kind == EntityKind::Person));
    assert!(one_entity(&d, ("Incident Prevention and Response\nMechanism", 0), ("IPRM", 0)));
}

#[test]
fn a_ships_name_is_no_person_with_its_prefix_or_without() {
    let d = read("Coast guard ships blocked the BRP Maria Santos near Scarlet Shoal. The Maria Santos turned back. HMS Anne Bonny sailed on.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    assert_eq!(mentioned(&d, "Scarlet Shoal").kind, EntityKind::Place);
    // a person of the same name without a prefix anywhere stays a person
    let d = read("Maria Santos, a fisheries official, said the boats turned back.");
    assert_eq!(mentioned(&d, "Maria Santos").kind, EntityKind::Person);
}

#[test]
fn a_given_name_and_two_surnames_are_written_alone_by_the_first() {
    let d = read("Joaquín Arrieta Zubizarreta, the undersecretary, spoke first. \"We will not yield,\" Arrieta said.");
    assert!(one_entity(&d, ("Joaquín Arrieta Zubizarreta", 0), ("Arrieta", 1)));
    // a second given name is no surname
    let d = read("María José Irigoyen spoke first. Later José Pinto spoke.");
    assert!(!one_entity(&d, ("María José Irigoyen", 0), ("José Pinto", 0)));
}

#[test]
fn sentence_openers_chambers_and_ministries_by_their_building() {
    let d = read("Landlocked Paraguay relies on river ports. The Encarnación Chamber of Commerce said trade fell. Lima said Torre Tagle had sent two notes.");
    assert_eq!(mentioned(&d, "Paraguay").kind, EntityKind::State);
    assert!(entity_at(&d, "Landlocked Paraguay", 0).is_none());
    assert_eq!(mentioned(&d, "Encarnación Chamber of Commerce").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Torre Tagle").code.as_deref(), Some("PERGOV"));
}

#[test]
fn datelines_with_a_slash_a_bodys_seat_or_an_unknown_town_and_its_state() {
    let d = read("HANOI/UNITED NATIONS, May 2 (Wire) – The council met after the launch.");
    assert_eq!(country_of(&d, "HANOI"), Some("VNM".into()));
    assert_eq!(mentioned(&d, "UNITED NATIONS").code.as_deref(), Some("IGOUNO"));
    let d = read("ZUBIN POTOK, Kosovo, May 2 (Wire) – The government said the bridge would reopen.");
    assert_eq!(mentioned(&d, "ZUBIN POTOK").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "government").country.as_deref(), Some("XKX"));
}

#[test]
fn a_bodys_name_two_states_use_goes_to_the_owner_written_before_it() {
    let d = read("South Korea's Joint Chiefs of Staff said the missile flew for 80 minutes.");
    assert_eq!(mentioned(&d, "Joint Chiefs of Staff").code.as_deref(), Some("KORMIL"));
    let d = read("The Joint Chiefs of Staff met at the Pentagon in Washington.");
    assert_eq!(mentioned(&d, "Joint Chiefs of Staff").code.as_deref(), Some("USAMIL"));
}

#[test]
fn a_states_named_unit_or_command_is_military() {
    let d = read("The Estonian Scouts Battalion and Norwegian Joint Headquarters took part. A Latvian Group of companies did not.");
    assert_eq!(mentioned(&d, "Estonian Scouts Battalion").code.as_deref(), Some("ESTMIL"));
    assert_eq!(mentioned(&d, "Norwegian Joint Headquarters").code.as_deref(), Some("NORMIL"));
}

#[test]
fn postnominals_and_lawmakers_of_devolved_and_european_parliaments() {
    let d = read("Fiona Drummond QC said the ruling was wrong. Green MSP Ewan Laird and the MEP Karin Holt agreed, as did the barrister Omar Nasser.");
    assert!(d.entities.iter().any(|e| e.name == "Fiona Drummond"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(d.entities.iter().all(|e| !matches!(e.name.as_str(), "MSP" | "MEP" | "QC" | "Fiona Drummond QC")));
    assert_eq!(mentioned(&d, "Ewan Laird").role.as_deref(), Some("lawmaker"));
    assert_eq!(mentioned(&d, "Omar Nasser").role.as_deref(), Some("lawyer"));
}

#[test]
fn an_apposition_places_a_body_and_names_its_sector() {
    let d = read("\"It is not a feud,\" said Amina Odhiambo, a fellow at the Lakeside Policy Centre, a Nairobi think-tank.");
    assert_eq!(mentioned(&d, "Lakeside Policy Centre").code.as_deref(), Some("KENEDU"));
    let d = read("The Sahel Herders Alliance, a Dakar-based charity, said the routes were closed.");
    assert_eq!(mentioned(&d, "Sahel Herders Alliance").code.as_deref(), Some("SENNGO"));
}

#[test]
fn a_body_named_after_a_town_or_a_study_centre_in_one_is_in_that_state() {
    let d = read("\"The river is no weapon,\" said Ana Ruiz of the Lahore Institute of Water Policy.");
    assert_eq!(mentioned(&d, "Lahore Institute of Water Policy").code.as_deref(), Some("PAKEDU"));
    let d = read("\"It is late,\" said Han Da-eun, a researcher at the Haneul Institute for Peninsula Affairs in Seoul.");
    assert_eq!(mentioned(&d, "Haneul Institute for Peninsula Affairs").code.as_deref(), Some("KOREDU"));
    // where a body meets is not where it is
    let d = read("He chaired a meeting of the Commission for Africa in Cape Town on Friday.");
    assert_ne!(country_of(&d, "Commission for Africa").as_deref(), Some("ZAF"));
}

#[test]
fn an_outlet_named_after_a_town_or_capital_is_that_state_s_media() {
    let d = read("Kenji Sato, editor of the Osaka Herald, said the talks had stalled. The Lagos Tribune reported the same, and the Stockholm Courier disagreed.");
    assert_eq!(mentioned(&d, "Osaka Herald").code.as_deref(), Some("JPNMED"));
    assert_eq!(mentioned(&d, "Lagos Tribune").code.as_deref(), Some("NGAMED"));
    assert_eq!(mentioned(&d, "Stockholm Courier").code.as_deref(), Some("SWEMED"));
}

#[test]
fn a_forum_is_a_body_that_can_act() {
    let d = read("The Coastal Rights Forum, a Manila-based group, criticised the plan.");
    assert_eq!(mentioned(&d, "Coastal Rights Forum").code.as_deref(), Some("PHLNGO"));
    let d = read("On Monday the Fishers Forum said the quota was unfair.");
    assert_eq!(mentioned(&d, "Fishers Forum").kind, EntityKind::Organization);
}

#[test]
fn a_rare_given_name_or_an_initial_with_a_surname_is_a_person_even_before_of() {
    let d = read("Asked by Rania Haddad of Al Jazeera whether the dispute had been discussed, the minister said nothing.");
    assert_eq!(mentioned(&d, "Rania Haddad").kind, EntityKind::Person);
    let d = read("Zhao Wenjie of Fudan University argued that ties had changed.");
    assert_eq!(mentioned(&d, "Zhao Wenjie").kind, EntityKind::Person);
    let d = read("As the Uzbek hydrologist G. Ismoilova argued in a paper last year, the system is old.");
    assert_eq!(mentioned(&d, "G. Ismoilova").kind, EntityKind::Person);
    // a state's word opening the name makes no person of it
    let d = read("He denied accusing Germany of wanting a 4th German Reich.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", d.entities);
}

#[test]
fn a_family_name_that_is_also_a_pronoun_is_a_name_after_a_title() {
    let d = read("His counterpart, Vice Premier He Lifeng, was quoted by Xinhua as saying the purchases would go on.");
    assert_eq!(mentioned(&d, "He Lifeng").kind, EntityKind::Person);
    // a sentence's opening "He" stays a pronoun
    let d = read("The premier spoke first. He said the purchases would go on.");
    assert!(d.entities.iter().all(|e| !e.name.starts_with("He ")), "{:?}", d.entities);
}

#[test]
fn a_body_based_in_a_town_named_before_it_is_in_that_state() {
    let d = read("\"It is late,\" said Ilze Kalnina of the Riga-based Baltic Security Forum.");
    assert_eq!(country_of(&d, "Baltic Security Forum").as_deref(), Some("LVA"));
    let d = read("Lucia Ortega, a correspondent for the Singapore-based Asia Pacific Wire, said it was late.");
    assert_eq!(mentioned(&d, "Asia Pacific Wire").code.as_deref(), Some("SGPMED"));
    let d = read("Gulnora Ismoilova, who heads the Tashkent-based Centre for Basin Studies, wants a seat.");
    assert_eq!(mentioned(&d, "Centre for Basin Studies").code.as_deref(), Some("UZBEDU"));
}

#[test]
fn a_state_adjective_in_an_apposition_gives_a_person_the_state() {
    let d = read("\"Neither capital can look weak,\" said Sana Baig, a Pakistani hydrologist at the Lahore Institute of Water Policy.");
    assert_eq!(country_of(&d, "Sana Baig").as_deref(), Some("PAK"));
    assert_eq!(mentioned(&d, "Sana Baig").role.as_deref(), Some("hydrologist"));
    let d = read("Mariela Ortega, a Venezuelan exile who teaches in Washington, said the claim was old.");
    assert_eq!(country_of(&d, "Mariela Ortega").as_deref(), Some("VEN"));
    let d = read("\"Both sides are buying time,\" said Jordan Pike, an American China specialist at a think-tank.");
    assert_eq!(country_of(&d, "Jordan Pike").as_deref(), Some("USA"));
    // a weapon's maker is no one's nationality
    let d = read("Ali Rahimi, a Russian-made drone's pilot, was not named.");
    assert_ne!(country_of(&d, "Ali Rahimi").as_deref(), Some("RUS"));
}

#[test]
fn official_long_names_and_freely_associated_states_are_states() {
    let d = read("Officials said the fees cost the Federal Democratic Republic of Ethiopia a billion dollars, and the Bolivarian Republic of Venezuela disagreed.");
    assert_eq!(country_of(&d, "Federal Democratic Republic of Ethiopia").as_deref(), Some("ETH"));
    assert_eq!(country_of(&d, "Bolivarian Republic of Venezuela").as_deref(), Some("VEN"));
    let d = read("Avarua signed a partnership with Beijing, and the Cook Islands' leaders defended it. PNG objected.");
    assert_eq!(country_of(&d, "Avarua").as_deref(), Some("COK"));
    assert_eq!(country_of(&d, "PNG").as_deref(), Some("PNG"));
}

#[test]
fn a_name_opening_with_a_lower_case_particle_is_found() {
    let d = read("\"Small states bid,\" said Lina Kalsakau, a ni-Vanuatu journalist.");
    assert_eq!(country_of(&d, "Lina Kalsakau").as_deref(), Some("VUT"));
    let d = read("Convoys have been attacked by fighters loyal to al-Qaeda.");
    assert_eq!(mentioned(&d, "al-Qaeda").kind, EntityKind::Group);
}

#[test]
fn a_geographic_noun_after_a_name_makes_it_a_place() {
    let d = read("Floods hit farms along the Chenab river, and engineers are filling the reservoir behind the Rogun dam.");
    assert_eq!(mentioned(&d, "Chenab").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Rogun").kind, EntityKind::Place);
    let d = read("Downstream, in Khorezm region, farmers waited for the water.");
    assert_eq!(mentioned(&d, "Khorezm").kind, EntityKind::Place);
}

#[test]
fn a_spokesperson_for_a_body_named_before_the_name_is_that_body_s() {
    let d = read("A spokesman for Pakistan's Foreign Office, Tariq Hamdani, called the plan blackmail.");
    assert_eq!(country_of(&d, "Tariq Hamdani").as_deref(), Some("PAK"));
    // one person, not a nameless spokesman beside the named one
    assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{:?}", d.entities);
    let d = read("A spokeswoman for the European Commission, Anna Vidal, said the rules were clear.");
    assert_eq!(mentioned(&d, "Anna Vidal").code.as_deref(), Some("IGOEUREEC"));
    // an envoy "for" a state is not that state's
    let d = read("The UN's special envoy for Yemen, Hans Grundberg, said talks would resume.");
    assert_ne!(country_of(&d, "Hans Grundberg").as_deref(), Some("YEM"));
}

#[test]
fn a_sentence_opening_in_a_capital_sets_its_official_there() {
    let d = read("In Asmara, Information Minister Yemane Gebremeskel accused Addis Ababa of rehearsing a war.");
    assert_eq!(country_of(&d, "Yemane Gebremeskel").as_deref(), Some("ERI"));
    // not an official named later in another clause, nor an envoy
    let d = read("In Moscow, the talks went on while Foreign Minister Ana Ruiz waited in Lima.");
    assert_ne!(country_of(&d, "Ana Ruiz").as_deref(), Some("RUS"));
    let d = read("In Manila, Ambassador Huang Xilian was summoned.");
    assert_ne!(country_of(&d, "Huang Xilian").as_deref(), Some("PHL"));
}

#[test]
fn a_body_several_states_share_is_the_one_of_the_state_its_sentence_names() {
    let d = read("The United States and its allies met. Washington said the United States would stay. The US envoy left. Later, South Korea said the Joint Chiefs of Staff had detected a launch.");
    assert_eq!(country_of(&d, "Joint Chiefs of Staff").as_deref(), Some("KOR"));
}

#[test]
fn a_described_source_named_after_a_title_is_that_person() {
    let d = read("A Burkinabè staff officer, Colonel I. Sawadogo, told journalists the battalions would deploy.");
    assert_eq!(country_of(&d, "I. Sawadogo").as_deref(), Some("BFA"));
    assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{:?}", d.entities);
}

#[test]
fn departments_forces_and_acronyms_news_uses_link_to_their_state() {
    let d = read("The Commerce Department and MOFCOM traded barbs, and U.S. Trade Representative Jamieson Greer flew to Geneva.");
    assert_eq!(mentioned(&d, "Commerce Department").code.as_deref(), Some("USAGOV"));
    assert_eq!(mentioned(&d, "MOFCOM").code.as_deref(), Some("CHNGOV"));
    assert_eq!(mentioned(&d, "Jamieson Greer").role.as_deref(), Some("trade representative"));
    let d = read("The Department of War said the People’s Liberation Army had moved two brigades.");
    assert_eq!(mentioned(&d, "Department of War").code.as_deref(), Some("USAMIL"));
    assert_eq!(mentioned(&d, "People’s Liberation Army").code.as_deref(), Some("CHNMIL"));
    // an acronym two bodies share: the one of the state the text is about
    let d = read("Uganda and Congo said the ADF had attacked a village near Beni.");
    assert_eq!(mentioned(&d, "ADF").code.as_deref(), Some("CODREB"));
    let d = read("Australia said the ADF would join the exercise off Darwin.");
    assert_eq!(mentioned(&d, "ADF").code.as_deref(), Some("AUSMIL"));
}

#[test]
fn a_national_assembly_is_the_one_of_the_state_its_sentence_names() {
    let d = read("Islamabad responded. Pakistan's Foreign Minister, Ishaq Dar, told the National Assembly that the river mattered, and India disagreed.");
    assert_eq!(country_of(&d, "National Assembly").as_deref(), Some("PAK"));
    let d = read("The Elysee was silent. In Paris, the National Assembly voted against the deal.");
    assert_eq!(country_of(&d, "National Assembly").as_deref(), Some("FRA"));
    // naming none of the states whose assembly it may be, it is nobody's in particular
    let d = read("If you have the National Assembly taking control, the plan fails, the councillor said.");
    assert_eq!(country_of(&d, "National Assembly"), None);
}

#[test]
fn a_place_naming_a_treaty_or_a_war_is_no_mention_of_the_place() {
    let d = read("India placed the Indus Waters Treaty in abeyance, a year after the Maastricht Treaty debate.");
    assert!(d.entities.iter().all(|e| e.name != "Indus" && e.name != "Maastricht"), "{:?}", d.entities);
    // the place itself stays one
    let d = read("Farmers along the Indus said the water had gone.");
    assert_eq!(mentioned(&d, "Indus").kind, EntityKind::Place);
}

#[test]
fn a_common_family_name_alone_is_no_office_holder() {
    let d = read_on("Zhang said the talks were over, and Ding was absent.", Some("2026-05-01"));
    assert!(d.entities.iter().all(|e| e.country.is_none()), "{:?}", d.entities);
    let d = read_on("His counterpart, Vice Premier He Lifeng, was quoted by Xinhua.", Some("2026-05-01"));
    assert_eq!(country_of(&d, "He Lifeng").as_deref(), Some("CHN"));
}

#[test]
fn a_ship_named_in_apposition_is_no_place() {
    let d = read("The border guard said the ship, the Aurora Bay, had been sailing from Ust-Luga. The Aurora Bay was boarded.");
    assert!(d.entities.iter().all(|e| e.name != "Aurora Bay"), "{:?}", d.entities);
}

#[test]
fn a_bio_line_with_a_copula_gives_the_role_and_the_state() {
    let d = read("The rift widened. Karim Ben Salem was Tunisia's ambassador to Mali and Niger from 2009 to 2014.");
    assert_eq!(country_of(&d, "Karim Ben Salem").as_deref(), Some("TUN"));
    // a title another person holds is not the subject's
    let d = read("Omar Haddad is the president's nephew and runs a bank.");
    assert_eq!(mentioned(&d, "Omar Haddad").role, None);
}

#[test]
fn an_aide_for_a_known_leader_is_of_the_leader_s_state() {
    let d = read_on("ASUNCION, Feb 3 — Paraguay said it would talk. A spokeswoman for Lula, Camila Moraes, declined to comment.", Some("2026-02-03"));
    assert_eq!(country_of(&d, "Camila Moraes").as_deref(), Some("BRA"));
}

#[test]
fn a_question_s_auxiliary_opens_no_name_and_a_title_opens_a_family_name_first() {
    let d = read("Can SOCAR deliver the doubling that the European Commission asked for?");
    assert_eq!(mentioned(&d, "SOCAR").code.as_deref(), Some("AZEBUS"));
    let d = read("Unification Minister Park Min-jun presented the plan. Park said it would open.");
    assert_eq!(mentioned(&d, "Park Min-jun").kind, EntityKind::Person);
    assert!(one_entity(&d, ("Park Min-jun", 0), ("Park", 1)));
}

#[test]
fn a_known_town_after_a_locative_preposition_is_that_place() {
    let d = read("Estonia's navy said the allied force would hold an exercise off Hiiumaa in March.");
    assert_eq!(mentioned(&d, "Hiiumaa").kind, EntityKind::Place);
}

#[test]
fn georgia_after_an_american_town_is_the_us_state_even_beside_tbilisi() {
    let d = read("Tbilisi is angry. \"The risk is real,\" said Helena Varga, a political scientist at Emory University in Atlanta, Georgia.");
    assert_eq!(country_of(&d, "Tbilisi").as_deref(), Some("GEO"));
    let georgia = d.mentions.iter().find(|m| &d.text[m.span.start..m.span.end] == "Georgia").map(|m| d.entity(m.entity)).expect("a mention");
    assert_eq!(georgia.kind, EntityKind::Place);
    assert_eq!(georgia.country.as_deref(), Some("USA"));
}

#[test]
fn a_person_given_as_an_example_of_a_state_s_group_is_of_that_state() {
    let d = read("Kazakh negotiators such as Aigerim Tulegenova pressed for a delay.");
    assert_eq!(country_of(&d, "Aigerim Tulegenova").as_deref(), Some("KAZ"));
    let d = read("Several Chilean senators, including Ignacio Fuenzalida and Carmen Rojas, walked out.");
    assert_eq!(country_of(&d, "Ignacio Fuenzalida").as_deref(), Some("CHL"));
    assert_eq!(country_of(&d, "Carmen Rojas").as_deref(), Some("CHL"));
}

#[test]
fn the_head_of_a_state_s_delegation_is_of_that_state() {
    let d = read(
        "The Peruvian delegation was headed by Deputy Trade Minister Rosa Quispe, and the Bolivian one by her counterpart Marco Antezana.",
    );
    assert_eq!(country_of(&d, "Rosa Quispe").as_deref(), Some("PER"));
    assert_eq!(country_of(&d, "Marco Antezana").as_deref(), Some("BOL"));
}

#[test]
fn a_person_who_speaks_for_or_represents_a_state_is_of_it() {
    let d = read("At the talks, Helga Brandt spoke for Austria while Tomas Varga, representing Hungary, said little.");
    assert_eq!(country_of(&d, "Helga Brandt").as_deref(), Some("AUT"));
    assert_eq!(country_of(&d, "Tomas Varga").as_deref(), Some("HUN"));
}

#[test]
fn an_abbreviated_state_in_an_apposition_gives_the_country() {
    let d = read("Marta Olsen, a U.S. investor, bought the stake.");
    assert_eq!(country_of(&d, "Marta Olsen").as_deref(), Some("USA"));
}

#[test]
fn a_counterpart_posted_in_a_town_is_of_the_town_s_state() {
    let d = read("Officials met Sarah Kimani's counterpart in Mombasa, Peter Otieno, last week.");
    assert_eq!(country_of(&d, "Peter Otieno").as_deref(), Some("KEN"));
}

#[test]
fn someone_s_deputy_is_no_member_of_parliament() {
    let d = read("Her deputy, Ana Ruiz, resigned. Karim Bensalah's deputy, Yusuf Demir, stayed.");
    assert_ne!(mentioned(&d, "Ana Ruiz").role.as_deref(), Some("lawmaker"));
    assert_ne!(mentioned(&d, "Yusuf Demir").role.as_deref(), Some("lawmaker"));
    let d = read("Deputy Ayşe Kaplan of the CHP voted against the bill.");
    assert_eq!(mentioned(&d, "Ayşe Kaplan").role.as_deref(), Some("lawmaker"));
}

#[test]
fn a_person_of_a_state_s_institution_or_party_is_of_that_state() {
    let d = read("Ramin Tagiyev of the Milli Majlis said the vote was close.");
    assert_eq!(country_of(&d, "Ramin Tagiyev").as_deref(), Some("AZE"));
    let d = read("Deputy Ayşe Kaplan of the CHP voted against the bill.");
    assert_eq!(country_of(&d, "Ayşe Kaplan").as_deref(), Some("TUR"));
}

#[test]
fn a_town_whose_name_is_also_a_family_name_takes_the_named_state() {
    let d = read("Floods in Chad cut the road from the capital to Lai on Sunday.");
    assert_eq!(mentioned(&d, "Lai").kind, EntityKind::Place);
    assert_eq!(country_of(&d, "Lai").as_deref(), Some("TCD"));
}

#[test]
fn an_acronym_written_as_a_word_names_its_body() {
    let d = read("Nato defence ministers met as Opec weighed output and Ecowas suspended Guinea, Tass reported.");
    assert_eq!(mentioned(&d, "Nato").code.as_deref(), Some("IGONAT"));
    assert_eq!(mentioned(&d, "Opec").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Ecowas").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Tass").as_deref(), Some("RUS"));
    // a surname that is also an acronym's word form stays a name
    let d = read("Jonathan Swift wrote the pamphlet.");
    assert_eq!(mentioned(&d, "Jonathan Swift").kind, EntityKind::Person);
}

#[test]
fn a_state_s_adjective_before_a_describing_noun_gives_the_person_s_state() {
    let d = read("Belarusian dissident Pavel Lukin spoke. Kenyan ex-athlete Mary Wanjiru left. Peru's richest woman Rosa Villanueva paid.");
    assert_eq!(country_of(&d, "Pavel Lukin").as_deref(), Some("BLR"));
    assert_eq!(country_of(&d, "Mary Wanjiru").as_deref(), Some("KEN"));
    assert_eq!(country_of(&d, "Rosa Villanueva").as_deref(), Some("PER"));
    // (a verb between the state and the name: the person is its object, of no known state)
    let d = read("Moroccan police detained Selin Aydin. Danish officials told Ivan Sokolov to leave.");
    assert_eq!(country_of(&d, "Selin Aydin"), None);
    assert_eq!(country_of(&d, "Ivan Sokolov"), None);
}

#[test]
fn former_or_ex_opening_a_sentence_is_no_part_of_a_name() {
    let d = read("Former KGB officer Oleg Gordievsky backed him.");
    assert_eq!(mentioned(&d, "KGB").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Oleg Gordievsky").kind, EntityKind::Person);
}

#[test]
fn a_name_closing_an_opening_phrase_is_no_apposition_to_the_subject() {
    let d = read("Marta Olsen chaired the session. Echoing Finnish Foreign Minister Aino Lehto, the chairwoman agreed that the plan was sound.");
    assert_eq!(mentioned(&d, "Aino Lehto").kind, EntityKind::Person);
    assert!(entity_at(&d, "the chairwoman", 0).is_none_or(|e| e.name != "Aino Lehto"), "the chairwoman is not Lehto");
    let d = read("Echoing Aino Lehto, the prime minister said the plan was sound.");
    assert_ne!(mentioned(&d, "Aino Lehto").role.as_deref(), Some("prime minister"));
}

#[test]
fn a_royal_title_and_a_given_name_are_a_person_unless_after_a_locative() {
    let d = read("Princess Anne opened the hospital. Later the mill in Prince George closed.");
    assert_eq!(mentioned(&d, "Anne").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Prince George").kind, EntityKind::Place);
}

#[test]
fn a_party_named_by_its_adjective_gives_its_leader_the_state_and_an_ordinary_word_stays_a_word() {
    let d = read("Conservative leader Kemi Okafor attacked the budget in London.");
    assert_eq!(country_of(&d, "Kemi Okafor").as_deref(), Some("GBR"));
    let d = read("Conservative estimates put the cost at two billion pounds.");
    assert!(entity_at(&d, "Conservative", 0).is_none());
    let d = read("Labour costs rose sharply in Leeds.");
    assert!(entity_at(&d, "Labour", 0).is_none());
}

#[test]
fn a_person_of_an_international_or_non_governmental_body_takes_its_code_and_affiliation() {
    let d = read("Helen Ward of Amnesty International said the trial was unfair. Omar Saleh, of Human Rights Watch, agreed.");
    let e = mentioned(&d, "Helen Ward");
    assert_eq!((e.country.as_deref(), e.code.as_deref()), (None, Some("NGOAMN")));
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Amnesty International"));
    assert_eq!(mentioned(&d, "Omar Saleh").code.as_deref(), Some("NGOHRW"));
    // a state's body gives its sector
    let d = read("Ramin Tagiyev of the Milli Majlis said the vote was close.");
    assert_eq!(mentioned(&d, "Ramin Tagiyev").code.as_deref(), Some("AZELEG"));
}

#[test]
fn an_unknown_given_name_and_a_surname_before_of_and_a_known_body_are_a_person() {
    let d = read("Tamsin Holloway of Amnesty International said the verdict was unjust.");
    let e = mentioned(&d, "Tamsin Holloway");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.code.as_deref(), Some("NGOAMN"));
}

#[test]
fn the_holder_of_a_town_s_or_body_s_office_is_someone_new() {
    let d = read("Bishop Karl Moser spoke on Sunday. He and the Archbishop of Salzburg signed the letter.");
    assert!(entity_at(&d, "the Archbishop", 0).is_none_or(|e| e.name != "Karl Moser"));
    // an apposition still names the holder
    let d = read("Andriy Sadovyi, the mayor of Lviv, spoke.");
    assert!(one_entity(&d, ("Andriy Sadovyi", 0), ("the mayor", 0)));
}

#[test]
fn a_portfolio_s_description_refers_back_only_to_that_portfolio_s_holder() {
    let d = read("Anna Lindgren, now foreign secretary, spoke. She thinks the culture secretary is weak.");
    assert!(entity_at(&d, "the culture secretary", 0).is_none_or(|e| e.name != "Anna Lindgren"));
    let d = read("Erik Dahl, the culture secretary, spoke. Later the culture secretary said it was fine.");
    assert!(one_entity(&d, ("Erik Dahl", 0), ("the culture secretary", 1)));
}

#[test]
fn a_state_s_adjective_and_a_kind_of_body_before_its_name_give_its_state_and_sector() {
    let d = read("Norwegian oil firm Fjordgas sued. The Kenyan lender Tausi Bank grew. Ghanaian Kwesi Mensah was freed.");
    assert_eq!(mentioned(&d, "Fjordgas").code.as_deref(), Some("NORBUS"));
    assert_eq!(country_of(&d, "Tausi Bank").as_deref(), Some("KEN"));
    assert_eq!(country_of(&d, "Kwesi Mensah").as_deref(), Some("GHA"));
}

#[test]
fn a_description_set_before_a_body_s_name_with_a_comma_gives_its_state() {
    // "the ADJ [words] NOUN, NAME": the description in apposition before the name
    let d = read(
        "Ferries on the lake were late again this week.\n\n\
         The Zambian newspaper, Copper Times, carried the story. The port is run by the Kenyan state shipping company, \
         Lake Routes Limited (LRL). Its rival, Mara Freight Limited, said nothing.",
    );
    assert_eq!(country_of(&d, "Copper Times").as_deref(), Some("ZMB"));
    assert_eq!(mentioned(&d, "Lake Routes Limited").code.as_deref(), Some("KENBUS"));
    assert_eq!(country_of(&d, "LRL").as_deref(), Some("KEN"));
    // "Limited" is a company's legal form: the name is a body, never a person or a place
    assert_eq!(mentioned(&d, "Mara Freight Limited").kind, EntityKind::Organization);
    // a description closed by "and" or with no article before it describes something else
    let d = read("Ferries on the lake were late again.\n\nShe wrote for a Zambian newspaper, Nile Vision reported.");
    assert_eq!(country_of(&d, "Nile Vision"), None);
}

#[test]
fn an_unknown_name_with_an_office_in_apposition_is_a_person() {
    let d = read("The talks went on. Tshilidzi Munyai, Botswana's trade minister, argued that the tariffs were unfair.");
    let e = mentioned(&d, "Tshilidzi Munyai");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Person, Some("BWA")));
    assert!(one_entity(&d, ("Tshilidzi Munyai", 0), ("trade minister", 0)));
}

#[test]
fn an_attorney_general_is_no_general() {
    let d = read("Solicitor General Maria Ostrowska spoke on Monday. Later the attorney general said the treaty was legal.");
    assert_eq!(mentioned(&d, "Maria Ostrowska").role.as_deref(), Some("solicitor general"));
    assert!(entity_at(&d, "the attorney general", 0).is_none_or(|e| e.name != "Maria Ostrowska"));
}

#[test]
fn a_party_name_several_states_share_is_none_of_theirs_in_an_article_about_another_state() {
    let d = read("In Tehran, Conservatives in parliament voted to cut the stake.");
    assert!(entity_at(&d, "Conservatives", 0).is_none_or(|e| e.country.is_none()));
    let d = read("Conservative leader Kemi Okafor spoke in Manchester.");
    assert_eq!(country_of(&d, "Conservative").as_deref(), Some("GBR"));
}

#[test]
fn a_state_name_two_states_share_still_goes_to_the_likelier_in_an_article_about_another() {
    let d = read("Rwanda has not withdrawn its troops from eastern Congo.");
    assert_eq!(country_of(&d, "Congo").as_deref(), Some("COD"));
}

#[test]
fn a_capital_naming_a_treaty_or_a_negotiation_is_the_town_not_the_state() {
    let d = read("Both sides broke the Minsk agreements, and the Doha development talks stalled. Vilnius protested.");
    assert_eq!(mentioned(&d, "Minsk").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Doha").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Vilnius").kind, EntityKind::State);
}

#[test]
fn a_conjunction_or_a_slogan_s_verb_opening_a_sentence_is_no_part_of_a_name() {
    let d = read("Anneli Virtanen founded the party. Whatever Virtanen says, it is split. Vote Virtanen, the posters said.");
    assert!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).all(|e| e.name == "Anneli Virtanen"), "{:?}", d.entities);
    assert!(one_entity(&d, ("Anneli Virtanen", 0), ("Virtanen", 1)));
}

#[test]
fn a_party_s_office_is_someone_in_that_party_never_the_party() {
    // named before with the party: the same person
    let d = read("Conservative chairman Hugo Pennington spoke in Leeds. Later the Tory chairman said the vote was lost.");
    assert!(one_entity(&d, ("Hugo Pennington", 0), ("chairman", 1)));
    // nobody in that party named: someone of their own, of the party's state, and not the party
    let d = read("Talks went on in Washington. President Ellis Marsh met reporters.\n\nLater the Republican leader told reporters the bill would pass.");
    let e = entity_at(&d, "leader", 0).expect("the Republican leader is someone");
    assert_eq!(e.kind, EntityKind::Person);
    assert_ne!(e.name, "Ellis Marsh");
    assert_eq!(e.code.as_deref(), Some("USAPTY"));
}

#[test]
fn a_region_s_office_is_someone_of_the_region_s_state_not_the_state_s_own_office() {
    let d = read("Ministers met in Cardiff on Monday.\n\nWales's first minister said the budget was too small.");
    let e = entity_at(&d, "first minister", 0).expect("the first minister is someone");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Person, Some("GBR")));
    assert!(e.kb_id.as_deref().is_some_and(|k| k.starts_with("unnamed:")), "{e:?}");
}

#[test]
fn a_description_opening_the_next_sentence_describes_the_one_person_just_named() {
    let d = read("Protesters gathered outside. \"This is a betrayal,\" said Moira Calloway. The Labour MP, who has fought the plan for years, said she would vote against it.");
    assert!(one_entity(&d, ("Moira Calloway", 0), ("MP", 0)));
    let e = mentioned(&d, "Moira Calloway");
    assert_eq!(e.country.as_deref(), Some("GBR"));
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value.contains("Labour")), "{:?}", e.facts);
    // two people named before it: no telling which, so neither
    let d = read("Moira Calloway met Owen Pryce. The Labour MP said she would vote against it.");
    assert!(entity_at(&d, "MP", 0).is_none_or(|e| e.name != "Moira Calloway" && e.name != "Owen Pryce"));
}

#[test]
fn an_honorific_opening_a_title_is_the_title_s_and_one_opening_the_name_in_apposition_is_the_name_s() {
    let d = read("Reform stalls\n\nThe Lord Chancellor, Lord Tregarth, said the reform must go ahead.");
    assert!(d.entities.iter().all(|e| e.name != "Chancellor"), "{:?}", d.entities);
    let e = mentioned(&d, "Tregarth");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Person, Some("GBR")));
    assert!(e.role.is_some());
}

#[test]
fn what_speaks_of_itself_as_it_or_employs_analysts_is_a_body() {
    let d = read("Court ruling\n\nAfter the ruling, Varrick said it would appeal. Lawyers at Pellow Chambers said the case was weak. Analysts at Quenby Hart expect a settlement.");
    for name in ["Varrick", "Pellow Chambers", "Quenby Hart"] {
        assert_eq!(mentioned(&d, name).kind, EntityKind::Organization, "{name}");
    }
    // a person's own words about something else stay a person's
    let d = read("Court ruling\n\nMarta Kovac said it was unfair.");
    assert_eq!(mentioned(&d, "Marta Kovac").kind, EntityKind::Person);
}

#[test]
fn where_the_text_places_a_person_gives_their_state() {
    let d = read("Market day\n\nTalant Bekov, who runs a bakery in Osh, said flour had doubled in price. Ama Owusu, a trader at the central market in Kumasi, agreed. Rahaf Nasser, 29, who left Aleppo in March, said she would not go back.");
    assert_eq!(country_of(&d, "Talant Bekov").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Ama Owusu").as_deref(), Some("GHA"));
    assert_eq!(country_of(&d, "Rahaf Nasser").as_deref(), Some("SYR"));
    let d = read("Steppe notes\n\nDarya Ilyina directs a small research centre in Almaty. Ilyina said the grain deal would hold.");
    assert_eq!(country_of(&d, "Darya Ilyina").as_deref(), Some("KAZ"));
    // a posting, a visit or a war abroad is no home: the place after it is passed over
    let d = read("Old hands\n\nJonas Pettersen, who served as attaché in Tehran before teaching law at a university in Bergen, said the talks were stuck. Maren Holt, who visited Kyiv in May, said the front was quiet.");
    assert_eq!(country_of(&d, "Jonas Pettersen").as_deref(), Some("NOR"));
    assert_eq!(country_of(&d, "Maren Holt"), None);
    // an international body's officer is of no state its post is in
    let d = read("Camps\n\nLeila Haddad, who works for the UNHCR in Amman, said funds were short.");
    assert_eq!(country_of(&d, "Leila Haddad"), None);
}

#[test]
fn a_person_introduced_by_a_description_keeps_the_place_it_gave() {
    let d = read("Harbour fears\n\nBoats stayed in port all week. A harbour councillor in Tromsø said the fishermen were angry. The councillor, Hedda Lunde, has asked for help.");
    assert_eq!(country_of(&d, "Hedda Lunde").as_deref(), Some("NOR"));
    // a different noun is a different person
    let d = read("Harbour fears\n\nA harbour councillor in Tromsø said the fishermen were angry. The engineer, Hedda Lunde, has asked for help.");
    assert_eq!(country_of(&d, "Hedda Lunde"), None);
}

#[test]
fn a_home_story_naming_its_state_once_and_its_bodies_is_at_home() {
    let text = "Housing row\n\nHousing Minister Gwen Pellow said the homes in Croydon, London, would be built. MPs on the Commons housing committee were not convinced.";
    let d = read(text);
    assert_eq!(country_of(&d, "Gwen Pellow").as_deref(), Some("GBR"));
    // a body of another state in the story, in her sentence: no telling whose minister she is
    let d = read("Housing row\n\nHousing Minister Gwen Pellow told the Bundestag the homes in Croydon, London, would be built. MPs on the Commons housing committee were not convinced.");
    assert_eq!(country_of(&d, "Gwen Pellow"), None);
}

#[test]
fn a_word_qualifying_a_title_at_a_sentence_s_start_is_no_name() {
    let d = read("Schools\n\nJunior schools minister Ann Pelling said the tests would go. Senior Labour MP Hugh Darrow agreed. Junior Fonoti, a lock forward, scored twice.");
    assert!(entity_at(&d, "Junior", 0).is_none(), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Senior")), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert_eq!(mentioned(&d, "Ann Pelling").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Labour").kind, EntityKind::Organization);
    // the given name before a surname stays one
    assert_eq!(mentioned(&d, "Junior Fonoti").kind, EntityKind::Person);
}

#[test]
fn a_body_s_apposition_naming_its_kind_then_its_town_places_it() {
    let d = read("Ice\n\nThe Varanger Polar Foundation, a small charity based in Kirkenes, said the ice was thin. Officials at Meridian Analytics, a consultancy in Nairobi, agreed.");
    assert_eq!(country_of(&d, "Varanger Polar Foundation").as_deref(), Some("NOR"));
    assert_eq!(country_of(&d, "Meridian Analytics").as_deref(), Some("KEN"));
    // a clause about what it does elsewhere does not place it
    let d = read("Aid\n\nThe Halvard Relief Foundation, a charity that works in Syria, said supplies were short.");
    assert_ne!(country_of(&d, "Halvard Relief Foundation").as_deref(), Some("SYR"));
}

#[test]
fn a_body_a_person_of_a_state_owns_is_of_that_state() {
    let d = read("Coalition\n\nPrime Minister Milojko Spajić, whose Europe Now Movement leads the coalition, wants more investment. Aliyev's Yeni Ufuq Foundation paid for the works.");
    assert_eq!(country_of(&d, "Europe Now Movement").as_deref(), Some("MNE"));
    assert_eq!(country_of(&d, "Yeni Ufuq Foundation").as_deref(), Some("AZE"));
    // one with no state of its own stays so
    let d = read("Coalition\n\nLena Voss, whose Open Paths Network runs shelters, said beds were short.");
    assert_eq!(country_of(&d, "Open Paths Network"), None);
}

#[test]
fn a_state_named_after_a_home_body_is_what_it_acts_on() {
    let d = read("JAKARTA, May 2 — Talks stalled.\n\nThe president ordered the Ministry of Foreign Affairs to summon the Malaysian ambassador.");
    assert_eq!(mentioned(&d, "Ministry of Foreign Affairs").country.as_deref(), Some("IDN"));
    // one named before it may own it
    let d = read("JAKARTA, May 2 — Talks stalled.\n\nAfter a call from Malaysia, the Ministry of Foreign Affairs summoned the envoy.");
    assert_ne!(entity_at(&d, "Ministry of Foreign Affairs", 0).and_then(|e| e.country.as_deref()), Some("IDN"));
}

#[test]
fn a_role_written_one_way_answers_to_its_title_written_another() {
    let d = read("Visas\n\nA Foreign Office spokeswoman said the rules would change. The spokeswoman added that students were exempt. Later the spokesperson declined to comment.");
    assert!(one_entity(&d, ("spokeswoman", 0), ("The spokeswoman", 0)));
    assert!(one_entity(&d, ("spokeswoman", 0), ("the spokesperson", 0)));
}

#[test]
fn capitals_spelling_the_initials_of_a_body_named_before_are_that_body() {
    let d = read("Audit\n\nThe Regional Water Authority published its accounts. The RWA report said costs had doubled. The Caspian Pipeline Consortium said exports resumed, and CPC officials said the terminal was safe.");
    assert!(one_entity(&d, ("Regional Water Authority", 0), ("RWA", 0)));
    assert!(one_entity(&d, ("Caspian Pipeline Consortium", 0), ("CPC", 0)));
    // no body before with those initials: left alone
    let d = read("Audit\n\nThe RWA report said costs had doubled. The Regional Water Authority disagreed.");
    assert!(entity_at(&d, "RWA", 0).is_none_or(|e| e.name != "Regional Water Authority"));
}

#[test]
fn more_ways_the_text_gives_a_person_a_state() {
    // "on" inside a body's name after its body word, so the apposition after it places the body
    let d = read("Tariffs\n\nWade Corliss is a senior fellow at the Magnolia Council on Trade Policy, an Atlanta-based think tank.");
    assert!(entity_at(&d, "Magnolia Council on Trade Policy", 0).is_some(), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert_eq!(country_of(&d, "Wade Corliss").as_deref(), Some("USA"));
    // a copula's long predicate still gives the state's office
    let d = read("Sahel\n\nKarim Haddou was Tunisia's ambassador to Mali and Niger from 2009 to 2016 and now teaches in Sfax.");
    assert_eq!(country_of(&d, "Karim Haddou").as_deref(), Some("TUN"));
    // "the coast guard's spokesman": the body last named with that word
    let d = read("Shoal\n\nThe Philippine Coast Guard said a ship was hit. \"It was deliberate,\" said Commodore Rey Ambion, the coast guard's spokesman.");
    assert_eq!(country_of(&d, "Rey Ambion").as_deref(), Some("PHL"));
    // "X, whose <state's party> …"
    let d = read("Ankara\n\nOsman Kaya, whose MHP props up the coalition, distrusts the talks.");
    assert_eq!(country_of(&d, "Osman Kaya").as_deref(), Some("TUR"));
}

#[test]
fn a_company_s_officer_is_of_the_company_s_state() {
    let d = read("Results\n\nBritish Airways made a profit. Rod Ellery, BA's chief executive, said the results were good. BMW recalled cars, and the carmaker's chief executive Hanno Vogt said sorry. Gazprom's newly-appointed chief executive Ilya Sorin took over. Shell cut jobs. Mark Dunmore, the company's finance director, said more would go.");
    assert_eq!(country_of(&d, "Rod Ellery").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "Hanno Vogt").as_deref(), Some("DEU"));
    assert_eq!(country_of(&d, "Ilya Sorin").as_deref(), Some("RUS"));
    assert_eq!(country_of(&d, "Shell").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "Mark Dunmore").as_deref(), Some("GBR"));
}

#[test]
fn with_no_home_the_one_state_of_the_sentence_and_the_one_before_owns_an_office() {
    let d = read("Telecoms\n\nIndia has raised the limit on foreign investment. Communications Minister Devan Rao said more was needed.");
    assert_eq!(country_of(&d, "Devan Rao").as_deref(), Some("IND"));
    // two states: no telling
    let d = read("Telecoms\n\nIndia and Pakistan met. Communications Minister Devan Rao said more was needed.");
    assert_eq!(country_of(&d, "Devan Rao"), None);
    // a state described, not acting, in the sentence before; a town and a state the person speaks of
    let d = read("Tsunami\n\nIndonesia was by far the worst hit. Aid Minister Gwyn Price said help would go to Aceh. Japan sent ships.");
    assert_eq!(country_of(&d, "Gwyn Price"), None);
}

#[test]
fn a_description_after_a_he_sentence_describes_whom_he_stands_for() {
    let d = read("Leeds speech\n\nMoira Calloway spoke in Leeds on Monday. She has promised lower taxes for families. The Tory leader said the plan was costed.");
    assert!(one_entity(&d, ("Moira Calloway", 0), ("leader", 0)));
    // and after an opening phrase: "In 2024, she …"
    let d = read("Leeds speech\n\nMoira Calloway spoke in Leeds on Monday. In her speech, she promised lower taxes for families. The Tory leader said the plan was costed.");
    assert!(one_entity(&d, ("Moira Calloway", 0), ("leader", 0)));
    // a leader of government answers to "the … leader" too
    let d = read("Paris trip\n\nBritish Prime Minister Hal Brandt visited Paris. He has promised closer ties. The Tory leader said the talks went well.");
    assert!(one_entity(&d, ("Hal Brandt", 0), ("leader", 0)));
    // two people before the pronoun: no telling
    let d = read("Leeds speech\n\nMoira Calloway met Ann Pryce in Leeds. She has promised lower taxes. The Tory leader said the plan was costed.");
    assert!(entity_at(&d, "leader", 0).is_none_or(|e| e.name != "Moira Calloway" && e.name != "Ann Pryce"));
}

#[test]
fn a_peer_is_of_the_state_whose_title_it_is() {
    let d = read("Inquiry\n\nLord Pellinore published his report. Baroness Ashdown said it was flawed.");
    assert_eq!(country_of(&d, "Pellinore").as_deref(), Some("GBR"));
    assert_eq!(country_of(&d, "Ashdown").as_deref(), Some("GBR"));
}

#[test]
fn democratic_before_a_title_in_an_american_story_is_the_us_party() {
    let d = read("Senate\n\nDemocrats in Congress were angry. Democratic Senator Ada Merritt said the bill would fail. Democratic lawmakers walked out.");
    let e = mentioned(&d, "Ada Merritt");
    assert_eq!(e.country.as_deref(), Some("USA"));
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Democratic Party"), "{:?}", e.facts);
    // the word alone, or in a story with no American in it, is no party
    let d = read("Reform\n\nDemocratic reforms stalled in the Democratic Republic of Congo. Democratic Senator Ada Merritt of Brazil spoke.");
    assert!(d.entities.iter().all(|e| e.name != "Democratic Party"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_party_name_several_states_share_is_the_one_of_an_office_holder_named() {
    // (Labour: Britain's, New Zealand's, Ireland's …; the article names France only, and Keir Starmer)
    let d = read("Paris trip\n\nKeir Starmer visited Paris. The Labour leader said the talks went well.");
    assert_eq!(country_of(&d, "Labour").as_deref(), Some("GBR"));
    let d = read("Wellington\n\nChris Hipkins visited Paris. The Labour leader said the talks went well.");
    assert_eq!(country_of(&d, "Labour").as_deref(), Some("NZL"));
}

#[test]
fn a_lone_name_in_a_list_of_places_is_a_place() {
    let d = read("Tour\n\nThe Lib Dem leader tours Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and Torbay.");
    assert_eq!(mentioned(&d, "Shrewsbury").kind, EntityKind::Place);
    let d = read("Tour\n\nMs Hale visits Leeds, Hull, Shrewsbury and York next week.");
    assert_eq!(mentioned(&d, "Hull").kind, EntityKind::Place);
    // a list of people stays one
    let d = read("Cabinet\n\nAnna Shrewsbury, Tom Leicester and Kate Dorset met on Monday.");
    assert_eq!(mentioned(&d, "Anna Shrewsbury").kind, EntityKind::Person);
}

#[test]
fn a_story_naming_no_state_but_one_state_s_bodies_is_at_home() {
    let d = read("Schools\n\nSchools Minister Ewan Tolley said the tests would go. Labour backbenchers backed him in the Commons, but the Tories were unconvinced.");
    assert_eq!(country_of(&d, "Ewan Tolley").as_deref(), Some("GBR"));
    // bodies of two states: no home
    let d = read("Schools\n\nSchools Minister Ewan Tolley said the tests would go. The Bundestag and the Commons debated it.");
    assert_eq!(country_of(&d, "Ewan Tolley"), None);
}

#[test]
fn an_honorific_and_a_surname_that_is_a_given_name_too_is_the_holder_in_office() {
    // (Tony Blair, prime minister in 2005; "Blair" is a given name too)
    let d = read_on("Talks\n\nMr Blair said the talks went well in the Commons. Labour agreed.", Some("2005-01-15"));
    let e = mentioned(&d, "Blair");
    assert_eq!((e.name.as_str(), e.country.as_deref()), ("Tony Blair", Some("GBR")));
    // someone else of that surname named in full is that person
    let d = read_on("Talks\n\nRuth Blair chairs the council. Mr Blair said the Commons must vote.", Some("2005-01-15"));
    assert_ne!(entity_at(&d, "Blair", 1).expect("a mention").name, "Tony Blair");
    // out of office: no one
    let d = read_on("Talks\n\nMr Blair said the talks went well in the Commons.", Some("2015-01-15"));
    assert_ne!(mentioned(&d, "Blair").name, "Tony Blair");
}

#[test]
fn a_lone_word_opening_a_sentence_is_an_office_holder_only_where_their_state_is_named() {
    // (Juhan Parts was Estonia's prime minister in January 2005)
    let d = read_on("Funds\n\nParts of the poorer regions in Wales will lose funding.", Some("2005-01-15"));
    assert!(entity_at(&d, "Parts", 0).is_none_or(|e| e.kind != EntityKind::Person), "{:?}", d.entities);
    let d = read_on("Tallinn\n\nParts said Estonia would not change course.", Some("2005-01-15"));
    assert_eq!(country_of(&d, "Parts").as_deref(), Some("EST"));
}

#[test]
fn someone_named_bare_in_a_story_about_one_state_is_taken_for_that_state_s() {
    let text = "Runoff\n\nPeru votes on Sunday. Peru's right is split three ways. \"Add up Ortega, Salas and Quispe and you are past half,\" said Rosa Vidal, a political scientist in Lima. Peru has not had a runoff this close since 2021, and Peru's markets are nervous. Chile is watching.";
    let d = read(text);
    assert_eq!(country_of(&d, "Salas").as_deref(), Some("PER"), "{:?}", d.entities.iter().map(|e| (&e.name, &e.country)).collect::<Vec<_>>());
    // someone described by the text is not guessed at
    let d = read(&text.replace("Chile is watching.", "Chile is watching. Ana Cruz, a trader quoted by Reuters, was calm."));
    assert_ne!(country_of(&d, "Ana Cruz").as_deref(), Some("PER"));
}

#[test]
fn a_place_in_a_clause_on_what_a_person_does_is_not_their_state() {
    let d = read("Shoal\n\nHelen Marsh, a maritime researcher who tracks ships out of Sanya, said the patrols had grown. Tom Ellery, a researcher quoted by RNZ, agreed.");
    assert_eq!(country_of(&d, "Helen Marsh"), None);
    assert_eq!(country_of(&d, "Tom Ellery"), None);
}

#[test]
fn a_bare_spokesperson_after_a_sentence_about_a_body_speaks_for_that_body() {
    let affiliation = |e: &Entity| e.facts.iter().find(|f| f.attribute == "affiliation").map(|f| f.value.clone());
    let d = read("Backlog\n\nThe Home Office has been criticised over a backlog of visa claims. A spokeswoman said the queue would clear by March.");
    let s = mentioned(&d, "A spokeswoman");
    assert_eq!(s.country.as_deref(), Some("GBR"));
    assert_eq!(affiliation(s).as_deref(), Some("Home Office"));
    // a state as the subject: its government's spokesperson
    let d = read("Offer\n\nNorway rejected the offer on Monday. A spokesman said talks would go on.");
    let s = mentioned(&d, "A spokesman");
    assert_eq!(s.country.as_deref(), Some("NOR"));
    assert_eq!(s.code.as_deref(), Some("NORGOV"));
    // not past a sentence in between, nor when the sentence before names two bodies, neither its subject
    let d = read("Backlog\n\nThe Home Office was criticised. Queues grew in the spring. A spokeswoman said they would clear.");
    assert_eq!(affiliation(mentioned(&d, "A spokeswoman")), None);
    let d = read("Strike\n\nShares fell after unions at BA and Iberia voted to strike. A spokesman said talks would resume.");
    assert_eq!(affiliation(mentioned(&d, "A spokesman")), None);
}

#[test]
fn a_legislature_s_committee_in_lower_case_is_a_body_of_that_state() {
    let d = read("Costs\n\nThe Commons public accounts committee said the scheme had wasted money. The committee added that ministers had been warned. The US Senate armed services committee met too.");
    let c = mentioned(&d, "public accounts committee");
    assert_eq!((c.kind, c.name.as_str(), c.country.as_deref()), (EntityKind::Organization, "Public Accounts Committee", Some("GBR")));
    assert!(one_entity(&d, ("public accounts committee", 0), ("The committee", 0)));
    assert_eq!(country_of(&d, "armed services committee").as_deref(), Some("USA"));
    // a committee no legislature owns is no body of a state
    let d = read("Costs\n\nA new ethics committee will decide. The ministry's spending committee met.");
    assert!(entity_at(&d, "ethics committee", 0).is_none());
    assert!(entity_at(&d, "spending committee", 0).is_none());
}

#[test]
fn a_town_based_apposition_places_a_person_and_types_a_company() {
    let d = read("Oil\n\nThe fine will be paid by Torvik, a California-based company. Wen Haolin, a Singapore-based analyst with a Dutch bank, said oil would fall. Marta Kowal, a Warsaw-based fund manager, agreed.");
    assert_eq!(mentioned(&d, "Torvik").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Torvik").as_deref(), Some("USA"));
    assert_eq!(country_of(&d, "Wen Haolin").as_deref(), Some("SGP"));
    assert_eq!(country_of(&d, "Marta Kowal").as_deref(), Some("POL"));
    // a person with a given name whose apposition names a company's officer stays a person
    let d = read("Oil\n\nShell cut jobs. Mark Dunmore, the company's finance director, said more would go.");
    assert_eq!(mentioned(&d, "Mark Dunmore").kind, EntityKind::Person);
}

#[test]
fn who_was_a_body_s_officer_makes_the_person_that_officer() {
    let d = read("Trains\n\nShares in Bombardier fell. Luc Tremblay, who was also Bombardier's president, left on Monday.");
    assert_eq!(country_of(&d, "Luc Tremblay").as_deref(), Some("CAN"));
    // the title is his, not someone else's
    assert!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count() == 1, "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_description_of_a_company_stands_for_the_company_the_story_is_about() {
    let d = read("Cash\n\nShares in Velmora Airlines fell after the firm warned it could run out of cash. Failure to cut costs may shrink its fleet, the group said.");
    assert!(one_entity(&d, ("Velmora Airlines", 0), ("the firm", 0)));
    assert!(one_entity(&d, ("Velmora Airlines", 0), ("the group", 0)));
    // the subject of the sentence before, past an opening clause
    let d = read("Mobile\n\nShares in Tarvo rose after it won the tender. If Tarvo does back out, Kelso Telecom - the Kenyan firm which lost the tender - may be back. The company has said it is ready.");
    assert!(one_entity(&d, ("Kelso Telecom", 0), ("The company", 0)));
    // else the company the story names most, not an analyst's employer
    let d = read("Brands\n\nShares in Orvanta rose. Orvanta shares rose again as Orvanta sold a unit. \"It was overdue,\" said Rhea Lund, an analyst at Petrofax.\n\nThe company said more changes may follow.");
    assert!(one_entity(&d, ("Orvanta", 0), ("The company", 0)));
}

#[test]
fn a_company_named_without_its_trade_word_is_the_same_company() {
    let d = read("Airline cash\n\nShares in Velmora Airlines have tumbled. Costs may force Velmora to shrink its fleet. Qatar Airways added flights, officials in Qatar said.");
    assert!(one_entity(&d, ("Velmora Airlines", 0), ("Velmora", 1)));
    // a state's name before the trade word is still the state alone
    assert_eq!(entity_at(&d, "Qatar", 1).map(|e| e.kind), Some(EntityKind::State));
}

#[test]
fn someone_a_title_ties_to_a_state_s_body_is_of_that_state() {
    let d = read("Ties\n\nMark Hollis, editor of the Lagos Tribune, said the visit mattered. Eva Berg, a spokeswoman for the European Commission, agreed.");
    assert_eq!(country_of(&d, "Mark Hollis").as_deref(), Some("NGA"));
    // an international body's officer belongs to no state
    assert_eq!(country_of(&d, "Eva Berg"), None);
}

#[test]
fn a_party_named_by_its_creed_in_a_story_set_abroad_is_that_state_s() {
    let d = read("Runoff\n\nSANTIAGO, Dec 14 - Chileans vote on Sunday in a runoff between Jeannette Jara, of the Communist Party, and José Antonio Kast, who leads the Republican Party.");
    assert_eq!(country_of(&d, "Republican Party").as_deref(), Some("CHL"));
    assert_eq!(country_of(&d, "Communist Party").as_deref(), Some("CHL"));
    assert_eq!(country_of(&d, "José Antonio Kast").as_deref(), Some("CHL"));
    assert_eq!(country_of(&d, "Jeannette Jara").as_deref(), Some("CHL"));
    // where the party's own state is named, it stays that state's
    let d = read("Runoff\n\nSANTIAGO, Dec 14 - Chile watched the United States, where the Republican Party won.");
    assert_eq!(country_of(&d, "Republican Party").as_deref(), Some("USA"));
}

#[test]
fn a_state_s_adjective_on_someone_else_s_title_gives_no_office_its_state() {
    let d = read("Visit\n\nKenya's trade minister Amos Kariuki is in Britain. The Kenyan minister met Trade Secretary Tom Hale in London.");
    assert_eq!(country_of(&d, "Amos Kariuki").as_deref(), Some("KEN"));
    assert_ne!(country_of(&d, "Tom Hale").as_deref(), Some("KEN"));
}

#[test]
fn an_office_holder_s_spokesman_is_someone_of_their_own_named_again_as_the_spokesman() {
    let d = read_on("Row\n\nTony Blair met unions in London. Later the prime minister's spokesman was asked about the row. The spokesman said the talks went well.", Some("2005-01-15"));
    let s = mentioned(&d, "spokesman");
    assert_eq!((s.kind, s.country.as_deref()), (EntityKind::Person, Some("GBR")));
    assert!(s.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Tony Blair"), "{:?}", s.facts);
    assert!(one_entity(&d, ("spokesman", 0), ("The spokesman", 0)));
}

#[test]
fn a_state_body_named_without_its_state_in_a_story_set_in_a_state_is_that_state_s() {
    let d = read("Budget\n\nLIMA, March 3 - The Ministry of Transport said the road to Puno would open in May. Lawmakers of the Renewal Party voted against the plan, which goes before Congress next week.");
    assert_eq!(country_of(&d, "Ministry of Transport").as_deref(), Some("PER"));
    assert_eq!(country_of(&d, "Renewal Party").as_deref(), Some("PER"));
    // a name the US Congress bears too is the home state's body here
    assert_eq!(country_of(&d, "Congress").as_deref(), Some("PER"));
    // but not where the sentence names another state before it
    let d = read("Budget\n\nLIMA, March 3 - Peru's minister said the road would open. In the United States, Congress passed a bill.");
    assert_ne!(country_of(&d, "Congress").as_deref(), Some("PER"));
    // and a body the article named in full before is that body
    let d = read("Budget\n\nThe president sent his budget to the US Congress on Monday. Iraq and Afghanistan are not in it; Congress will be asked for more later.");
    assert!(one_entity(&d, ("US Congress", 0), ("Congress", 1)));
}

#[test]
fn a_body_s_name_with_a_state_s_adjective_after_its_of_is_that_state_s() {
    let d = read("Exports\n\nThe Federation of Indian Export Organisations said its members need a deal. The Confederation of Danish Industry agreed.");
    assert_eq!(country_of(&d, "Federation of Indian Export Organisations").as_deref(), Some("IND"));
    assert_eq!(country_of(&d, "Confederation of Danish Industry").as_deref(), Some("DNK"));
}

#[test]
fn a_romance_body_name_with_its_acronym_is_one_body_named_again_by_its_opening_word() {
    let d = read("Seizure\n\nMONTEVIDEO, Feb 11 - The Prefectura Naval Argentina (PNA) said its ship fired warning shots. The crew ran, the Prefectura said. The PNA later towed the boat.");
    let p = mentioned(&d, "Prefectura Naval Argentina");
    assert_eq!((p.kind, p.country.as_deref()), (EntityKind::Organization, Some("ARG")));
    assert!(one_entity(&d, ("Prefectura Naval Argentina", 0), ("PNA", 1)));
    assert!(one_entity(&d, ("Prefectura Naval Argentina", 0), ("Prefectura", 1)));
    // an expansion naming a treaty stays no body
    let d = read("Textiles\n\nThe end of the Multi-Fibre Agreement (MFA) hit exporters.");
    assert_ne!(entity_at(&d, "Multi-Fibre Agreement", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn a_leader_s_government_leaves_the_leader_their_own_name() {
    let d = read_on("Roads\n\nNAIROBI, Feb 11 - President William Ruto's government has promised a new road to the border.", Some("2025-06-01"));
    let p = mentioned(&d, "William Ruto");
    assert_eq!((p.kind, p.country.as_deref()), (EntityKind::Person, Some("KEN")));
    let g = mentioned(&d, "government");
    assert_eq!((g.kind, g.country.as_deref()), (EntityKind::Organization, Some("KEN")));
}

#[test]
fn unknown_words_followed_by_what_is_said_of_a_person_are_a_person() {
    let d = read("Border\n\nAt the roundabout, Everlyne Nafula has been selling jeans for years. At the meeting, Mart Tarvo, a fisherman from Narva, spoke first.");
    assert_eq!(mentioned(&d, "Everlyne Nafula").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Mart Tarvo").kind, EntityKind::Person);
    // a body's words after "the" or "of" are no person, whatever verb follows
    let d = read("Safety\n\nThe Health and Safety Executive said it would act. Analyst Mike Powell of Dresdner Kleinwort Wasserstein says fares will rise.");
    assert_ne!(entity_at(&d, "Safety Executive", 0).map(|e| e.kind), Some(EntityKind::Person));
    assert_ne!(entity_at(&d, "Dresdner Kleinwort Wasserstein", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn the_company_is_no_public_body_the_knowledge_base_lacks() {
    let d = read("Court\n\nLUXEMBOURG, March 4 - The European Union's General Court upheld sanctions on a fertiliser producer, rejecting the argument that the company had no ties to the government.");
    assert!(entity_at(&d, "the company", 0).is_none_or(|e| e.name != "General Court"));
}

#[test]
fn cities_the_geonames_extract_lacks_are_places_of_their_state() {
    let d = read("Motorcades\n\nOutside the venue, Rodel Ramos, a jeepney driver from Pasay, watched the cars pass. Ferries to Batam were cancelled.");
    let p = mentioned(&d, "Pasay");
    assert_eq!((p.kind, p.country.as_deref()), (EntityKind::Place, Some("PHL")));
    assert_eq!(country_of(&d, "Batam").as_deref(), Some("IDN"));
    assert_eq!(country_of(&d, "Rodel Ramos").as_deref(), Some("PHL"));
}

#[test]
fn an_officer_for_a_body_no_state_owns_is_not_the_home_state_s() {
    let d = read("Listings\n\nLUXEMBOURG, March 4 - A spokesperson for the Council of the EU, Anna Mertens, said the listings would be reviewed. A spokesperson for the Meridian Council, Berit Holm, agreed.");
    assert_eq!(country_of(&d, "Anna Mertens"), None);
    assert_eq!(country_of(&d, "Berit Holm"), None);
    // a title's word inside a body's name is no title of the person after it
    let d = read("Listings\n\nLUXEMBOURG, March 4 - A spokeswoman for the Ministry of Justice, Carla Lenz, agreed.");
    assert_eq!(mentioned(&d, "Carla Lenz").role.as_deref(), Some("spokesperson"));
}

#[test]
fn a_firm_s_manager_is_of_the_firm_s_state_and_a_town_s_company_is_a_company() {
    let d = read("Seizure\n\nBUENOS AIRES, Feb 11 - The boat is registered to Ocean Fishing, a company based in Zhejiang. Chen Haoyu, the firm's deputy general manager, said the captain was in international waters. Xosé Lago, managing director of Pesquerías Lago, a Vigo company, said the government was right.");
    let c = mentioned(&d, "Chen Haoyu");
    assert_eq!((c.role.as_deref(), c.country.as_deref()), (Some("general manager"), Some("CHN")));
    assert_eq!(mentioned(&d, "Pesquerías Lago").kind, EntityKind::Organization);
}

#[test]
fn a_state_the_text_seems_to_give_a_known_holder_is_no_fact_about_them() {
    let d = read_on("Care\n\nNEW DELHI, March 2 - Prime Minister Narendra Modi spoke to President Donald Trump by telephone last month.", Some("2025-12-01"));
    let t = mentioned(&d, "Donald Trump");
    assert_eq!(t.country.as_deref(), Some("USA"));
    assert!(!t.facts.iter().any(|f| f.attribute == "country" && f.value != "USA"), "{:?}", t.facts);
}

#[test]
fn someone_who_works_for_a_state_s_body_is_of_that_state() {
    let d = read("Border\n\nJoseph Kiprono, who manages the station for the Kenya Revenue Authority (KRA), says trucks wait.");
    assert_eq!(country_of(&d, "Joseph Kiprono").as_deref(), Some("KEN"));
}

#[test]
fn burmese_honorifics_open_no_name() {
    let d = read("Summit\n\nMyanmar is represented by U Kyaw Thein, a permanent secretary. Daw Khin Myo said the talks went well. Kyaw Thein later left.");
    assert_eq!(mentioned(&d, "Kyaw Thein").kind, EntityKind::Person);
    assert!(one_entity(&d, ("Kyaw Thein", 0), ("Kyaw Thein", 1)));
    assert!(entity_at(&d, "U Kyaw", 0).is_none_or(|e| e.name == "Kyaw Thein"));
    assert_eq!(mentioned(&d, "Khin Myo").name, "Khin Myo");
}

#[test]
fn a_town_and_a_noun_for_a_body_before_its_name_place_the_body() {
    let d = read("Appeal\n\nLUXEMBOURG, March 4 - Pieter Claes, a partner at the Brussels law firm Verhaegen Claes, said they would appeal. The Lagos bank Tiwa Capital said so too.");
    assert_eq!(country_of(&d, "Verhaegen Claes").as_deref(), Some("BEL"));
    assert_eq!(country_of(&d, "Tiwa Capital").as_deref(), Some("NGA"));
}

#[test]
fn someone_who_plies_a_trade_in_a_story_set_in_a_state_is_of_that_state() {
    let d = read("Border town\n\nZHARKENT, Kazakhstan, Nov 3 - Trucks queue for days at the crossing into China, and Kazakhstan's customs service says it is hiring. Gulnara Sadykova, who sells dried apricots at a stall near the mosque, says her customers are mostly drivers. Kazakhstan hopes the new lanes help.");
    assert_eq!(country_of(&d, "Gulnara Sadykova").as_deref(), Some("KAZ"));
    // not where the clause names another state's town, nor a body of no known state
    let d = read("Border town\n\nZHARKENT, Kazakhstan, Nov 3 - Kazakhstan's customs service says it is hiring, and Kazakhstan hopes the lanes help. Li Wei, who runs a warehouse in Urumqi, disagrees. Aigul Sarsen, who edits the Steppe Freight Journal, agrees.");
    assert_ne!(country_of(&d, "Li Wei").as_deref(), Some("KAZ"));
    assert_eq!(country_of(&d, "Aigul Sarsen"), None);
}

#[test]
fn a_uk_territorial_secretary_is_a_british_minister() {
    let d = read("Row\n\nThe Northern Ireland Secretary, Hilary Benn, said he would meet the first ministers in Belfast.");
    let b = mentioned(&d, "Hilary Benn");
    assert_eq!((b.role.as_deref(), b.country.as_deref()), (Some("minister"), Some("GBR")));
}

#[test]
fn a_body_named_after_a_town_geonames_knows_is_in_that_town_s_state() {
    let d = read("Squid\n\nArgentina wants the stock protected. Mariana Sosa, a marine biologist at the National University of Mar del Plata, said one country could not do it. Lawyers said they would appeal to the Court of Justice.");
    assert_eq!(country_of(&d, "National University of Mar del Plata").as_deref(), Some("ARG"));
    assert_eq!(country_of(&d, "Mariana Sosa").as_deref(), Some("ARG"));
    assert_eq!(country_of(&d, "Court of Justice"), None);
}

#[test]
fn a_state_body_named_without_its_state_in_a_story_about_one_state_is_that_state_s() {
    let d = read("Refinery\n\nSerbia braces for a shutdown. Serbia's only refinery may close, and Serbia has asked Russia for time. The Ministry of Mining and Energy insists reserves cover 90 days. The Renewal Party disagrees.");
    assert_eq!(country_of(&d, "Ministry of Mining and Energy").as_deref(), Some("SRB"));
    assert_eq!(country_of(&d, "Renewal Party").as_deref(), Some("SRB"));
    // but a parliament only where the story is set: a British story on Iraq does not give Iraq "Parliament"
    let d = read("Advice\n\nThe legal advice on Iraq was drafted elsewhere, critics said. The US invaded Iraq in 2003, and Iraq is still unstable. Ministers must answer to Parliament.");
    assert_ne!(country_of(&d, "Parliament").as_deref(), Some("IRQ"));
}

#[test]
fn a_compound_with_a_company_noun_is_no_company() {
    let d = read("Fuel\n\nABN AMRO expects oil to rise. Risks lay across the supply chain, it said.");
    assert!(entity_at(&d, "the supply chain", 0).is_none_or(|e| e.name != "ABN AMRO"));
}

#[test]
fn the_name_someone_is_known_as_is_that_person() {
    let d = read("Posters\n\nPosters show Tomas Kerrby, the singer known as Kid Lantern, who leads the Unity Front. Kid Lantern said he would win.");
    assert!(one_entity(&d, ("Tomas Kerrby", 0), ("Kid Lantern", 0)));
    assert!(one_entity(&d, ("Tomas Kerrby", 0), ("Kid Lantern", 1)));
}

#[test]
fn an_unknown_body_in_a_story_set_in_a_state_is_that_state_s_unless_its_name_says_otherwise() {
    let text = "Nets\n\nMOMBASA, June 4 - Kenya's coast guard held a trawler on Monday. Officers of the Marine Patrol Unit boarded it, \
                the Eastern Naval Command said. Kenya wants the crew tried. Juma Baraka, chairman of the Kilifi Boat Owners' Association, \
                said his members were relieved. The Global Ocean Watch praised the patrol, Harbour Wire reported, while Castlegate Securities \
                cut its forecast. Kenyan officials met the crew.";
    let d = read(text);
    assert_eq!(country_of(&d, "Marine Patrol Unit").as_deref(), Some("KEN"));
    assert_eq!(country_of(&d, "Eastern Naval Command").as_deref(), Some("KEN"));
    assert_eq!(country_of(&d, "Kilifi Boat Owners' Association").as_deref(), Some("KEN"));
    // the body's state is its officer's
    assert_eq!(country_of(&d, "Juma Baraka").as_deref(), Some("KEN"));
    // a body named as above states, an outlet and a firm may be anyone's
    assert_eq!(country_of(&d, "Global Ocean Watch"), None);
    assert_eq!(country_of(&d, "Harbour Wire"), None);
    assert_eq!(country_of(&d, "Castlegate Securities"), None);
    // nor an alliance's command
    let d = read("Jets\n\nCONSTANTA, May 2 - Romania scrambled jets. Romania says the planes turned back, and Romania will protest. The Allied Air Command at Ramstein said the jets were tracked.");
    assert_eq!(country_of(&d, "Allied Air Command"), None);
    // nor in a sentence that names another state's body before it
    let d = read("Nets\n\nMOMBASA, June 4 - Kenya's coast guard held a trawler. Kenya wants the crew tried, and Kenya will ask the UN's maritime office and the Ocean Survey Unit for help.");
    assert_eq!(country_of(&d, "Ocean Survey Unit"), None);
}

#[test]
fn a_dateline_town_only_geonames_knows_sets_the_story_in_its_state() {
    let d = read("Clinics\n\nOYEM — The clinic reopened on Monday after a month without power. Dr Aline Mba, who runs it, said Gabon had sent a generator. Gabon's neighbours, Cameroon and Equatorial Guinea, sent nurses. The Rural Health Directorate promised fuel, and Gabon will pay.");
    let p = mentioned(&d, "OYEM");
    assert_eq!((p.kind, p.country.as_deref()), (EntityKind::Place, Some("GAB")));
    // the story is set in Gabon: a body with no state of its own there is Gabon's
    assert_eq!(country_of(&d, "Rural Health Directorate").as_deref(), Some("GAB"));
}

#[test]
fn an_acronym_the_story_defines_is_its_body_not_the_knowledge_base_s_other_one() {
    let d = read("Vote\n\nBRATISLAVA, May 2 - The Social Progress Democrats (SPD), a small nationalist party, will vote against the budget. Slovakia needs the votes. SPD leader Juraj Bielik said the SPD wanted a referendum instead.");
    assert!(one_entity(&d, ("Social Progress Democrats", 0), ("SPD", 2)));
    assert_ne!(country_of(&d, "SPD").as_deref(), Some("DEU"));
    assert_ne!(country_of(&d, "Juraj Bielik").as_deref(), Some("DEU"));
}

#[test]
fn a_sentence_or_paragraph_opened_by_another_state_sets_its_bodies_and_officials_there() {
    // a sentence opening in another state's capital
    let d = read("Nets\n\nACCRA, Dec 3 - Ghana held a trawler near the sea border. Ghana says the boat was in its waters.\n\nIn Abidjan, the Ministry of Fisheries Resources said the boat was on the other side. Ghana disagrees.");
    assert_eq!(country_of(&d, "Ministry of Fisheries Resources").as_deref(), Some("CIV"));
    // a live blog's time stamp before it
    let d = read("Live\n\nCAIRO, Nov 3 - Egypt hosts the talks. Egypt wants a truce.\n\n16:45 — From Khartoum, Prime Minister Amal Osman said the talks were useful. Egypt agreed.");
    assert_eq!(country_of(&d, "Amal Osman").as_deref(), Some("SDN"));
    // a paragraph another state's acting opens
    let d = read("Reefs\n\nNUKU'ALOFA, Oct 14 - Tonga seized a boat near the reefs. Tonga says the reefs are Tongan.\n\nSuva answered within hours. The Ministry of Fisheries said the boat held a licence. Fisheries Minister Jone Ratu said he would protest. Tonga did not reply.");
    assert_eq!(country_of(&d, "NUKU'ALOFA").as_deref(), Some("TON"));
    assert_eq!(country_of(&d, "Ministry of Fisheries").as_deref(), Some("FJI"));
    assert_eq!(country_of(&d, "Jone Ratu").as_deref(), Some("FJI"));
}

#[test]
fn an_officer_of_a_body_named_by_its_common_noun_takes_the_body_and_its_state() {
    let d = read("Copper\n\nSaltmarsh Copper Ltd, a Perth-based miner, signed the deal in Mongolia on Monday. The company's managing director, Fiona Kerrow, said the terms were fair.");
    assert_eq!(country_of(&d, "Saltmarsh Copper Ltd").as_deref(), Some("AUS"));
    let p = mentioned(&d, "Fiona Kerrow");
    assert_eq!(p.country.as_deref(), Some("AUS"));
    assert!(p.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Saltmarsh Copper Ltd"), "{:?}", p.facts);
    // a paragraph opened in another state's capital sets its ministry and the ministry's spokesman there
    let d = read("Nets\n\nACCRA, Dec 3 - Ghana held a trawler. Ghana says it was in Ghanaian waters.\n\nIn Abidjan, the Ministry of Fisheries Resources said the boat was on the other side. Adama Kone, a spokesman for the ministry, said Ghana should check its map.");
    assert_eq!(country_of(&d, "Adama Kone").as_deref(), Some("CIV"));
}

#[test]
fn someone_who_works_out_of_a_town_is_of_its_state() {
    let d = read("Reefs\n\nTonga wants the reefs kept open. Tevita Lolo, who runs two small boats out of Pangai on Lifuka island, said catches had fallen.");
    assert_eq!(country_of(&d, "Tevita Lolo").as_deref(), Some("TON"));
    // but not someone who only talks about getting out of a place
    let d = read("Reefs\n\nTonga wants the reefs kept open. Tevita Lolo said the boats must stay out of Suva harbour.");
    assert_ne!(country_of(&d, "Tevita Lolo").as_deref(), Some("FJI"));
}

#[test]
fn a_body_named_with_its_state_s_own_name_for_itself_is_that_state_s() {
    let d = read("Coal\n\nWorkers at Eesti Energia's plant fear for their jobs. Jobs are at risk, and Polska Grupa Górnicza is cutting shifts. Latvijas Banka expects slower growth.");
    assert_eq!(country_of(&d, "Eesti Energia").as_deref(), Some("EST"));
    assert_eq!(country_of(&d, "Polska Grupa Górnicza").as_deref(), Some("POL"));
    assert_eq!(country_of(&d, "Latvijas Banka").as_deref(), Some("LVA"));
}

#[test]
fn unknown_words_described_as_a_person_by_their_trade_are_a_person() {
    let d = read("Rivers\n\nFarzana Haque Chowdhury is a senior fellow at the Delta Policy Institute in Dhaka.");
    let p = mentioned(&d, "Farzana Haque Chowdhury");
    assert_eq!((p.kind, p.country.as_deref()), (EntityKind::Person, Some("BGD")));
    let d = read("Grid\n\nEstonia needs cables. \"One cable is not enough,\" said Triin Kask, the grid company's engineer.");
    assert_eq!(mentioned(&d, "Triin Kask").kind, EntityKind::Person);
    // but not a body so described by a thing
    let d = read("Grid\n\nKalmar Vesi is a water utility in the south.");
    assert!(entity_at(&d, "Kalmar Vesi", 0).is_none_or(|e| e.kind != EntityKind::Person));
}

#[test]
fn a_lone_word_opening_a_sentence_is_a_body_when_what_follows_says_so() {
    // an apposition whose town GeoNames knows, with the body's noun after "-based"
    let d = read("Rivers\n\nBangladesh wants water. Jolodhara, a Rangpur-based NGO that maps erosion, found that many households lost land. Its director, Nasrin Sultana, argues for a seat.");
    assert_eq!(mentioned(&d, "Jolodhara").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Jolodhara").as_deref(), Some("BGD"));
    assert_eq!(country_of(&d, "Nasrin Sultana").as_deref(), Some("BGD"));
    // "NGO" itself is a kind of body, no body
    assert!(entity_at(&d, "NGO", 0).is_none());
    // a relative clause saying what a firm does
    let d = read("Sanctions\n\nBelarus was hit. Nemanfert, which makes nitrogen fertilisers, was added to the list.");
    assert_eq!(mentioned(&d, "Nemanfert").kind, EntityKind::Organization);
    // but not any word a clause follows
    let d = read("Sanctions\n\nBelarus was hit. Later, which surprised no one, the list grew.");
    assert!(entity_at(&d, "Later", 0).is_none());
}

#[test]
fn a_delegation_led_by_a_titled_person_with_a_complement_is_its_state_s() {
    let d = read("Talks\n\nEgypt hosts talks on Sudan. The Emirati delegation is led by Minister of State Khalid Saeed Al Nuaimi.");
    assert_eq!(country_of(&d, "Khalid Saeed Al Nuaimi").as_deref(), Some("ARE"));
}

#[test]
fn a_place_several_states_have_listed_with_a_place_of_one_of_them_is_there() {
    let d = read("Tolls\n\nArgentina and Brazil both trade with Paraguay. The governors of Corrientes and Formosa depend on that trade.");
    assert_eq!(country_of(&d, "Formosa").as_deref(), Some("ARG"));
    // alone, with both states named, it stays open
    let d = read("Tolls\n\nArgentina and Brazil both trade with Paraguay. The governor of Formosa depends on that trade.");
    assert_eq!(country_of(&d, "Formosa"), None);
}

#[test]
fn unknown_words_a_title_or_an_age_sets_off_are_a_person() {
    let d = read("Mission\n\nIGAD worries about Somalia. Its executive secretary, Workneh Gebeyehu, said a drawdown would hurt.");
    let p = mentioned(&d, "Workneh Gebeyehu");
    assert_eq!((p.kind, p.role.as_deref()), (EntityKind::Person, Some("secretary")));
    let d = read("Border\n\nKazakhstan is building. Dilshat Nurmukhamedov, 24, who studies logistics, says jobs go to insiders.");
    assert_eq!(mentioned(&d, "Dilshat Nurmukhamedov").kind, EntityKind::Person);
    // a hyphenated name after a closing quotation mark
    let d = read("Copper\n\n\"This is our mine,\" Dorjsurengiin Bat-Erdene, chief executive of the Gobi Copper Company, told reporters.");
    assert_eq!(mentioned(&d, "Dorjsurengiin Bat-Erdene").kind, EntityKind::Person);
}

#[test]
fn a_state_body_in_a_state_s_town_is_that_state_s_and_a_firm_of_another_town_is_not_home_s() {
    let d = read("Tolls\n\nWhen the General Ports Administration in Buenos Aires started charging a toll, Paraguay objected. A meeting of the Commission for Africa in Cape Town followed.");
    assert_eq!(country_of(&d, "General Ports Administration").as_deref(), Some("ARG"));
    assert_eq!(country_of(&d, "Commission for Africa"), None);
    // a firm of another state's town, in a story set in one state
    let d = read("Reefs\n\nNUKU'ALOFA, Oct 14 - A Tongan boat escorted a Fijian longliner away. Tonga claims the reefs.\n\nThe longliner, owned by Naqara Ocean Products Ltd of Lautoka, had been setting lines. Tonga says so.");
    // (the legal form ends the name; the town after "of" is a place of its own, and places the firm)
    assert_eq!(country_of(&d, "Naqara Ocean Products Ltd").as_deref(), Some("FJI"));
    assert_eq!(mentioned(&d, "Lautoka").kind, EntityKind::Place);
    // the tail of a longer run of capitalised words is not taken for a home body
    let d = read("Mission\n\nADDIS ABABA, Nov 3 - Ethiopia hosts the council. Ethiopia pays its share. The council met on the African Union Support and Stabilisation Mission in Somalia on Monday.");
    assert_ne!(country_of(&d, "Stabilisation Mission").as_deref(), Some("SOM"));
    assert_ne!(country_of(&d, "Stabilisation Mission").as_deref(), Some("ETH"));
}

#[test]
fn a_word_after_a_time_stamp_or_a_bare_dateline_opens_its_sentence_and_a_ship_is_no_body() {
    let d = read("Live\n\nCAIRO, Nov 3 - Egypt hosts the talks.\n\n17:30 — Ministers are out. That is all.\n\nSAMRAONG — When the shelling began, the school closed.");
    assert!(entity_at(&d, "Ministers", 0).is_none());
    assert!(entity_at(&d, "When", 0).is_none());
    let d = read("Reefs\n\nThe longliner, the Tui Lomaloma, was escorted away by the navy.");
    assert!(entity_at(&d, "Tui Lomaloma", 0).is_none_or(|e| !matches!(e.kind, EntityKind::Organization | EntityKind::Person)));
}

#[test]
fn a_town_no_list_knows_in_a_story_about_one_state_is_that_state_s() {
    let d = read("Copper\n\nULAANBAATAR, Nov 26 - Mongolia approved the mine. Mongolia will hold a third of it, and Mongolia's herders worry. The deposit lies near Khulangiin Us in Dornogovi province.");
    assert_eq!(country_of(&d, "Dornogovi").as_deref(), Some("MNG"));
    // not a river, nor in a story about two states named about as often
    let d = read("Water\n\nNEW DELHI, Nov 26 - India and Pakistan argue over the Chenab. India wants more; Pakistan objects. India and Pakistan meet in May near Akhnoor.");
    assert_eq!(country_of(&d, "Chenab"), None);
    assert_eq!(country_of(&d, "Akhnoor"), None);
}

#[test]
fn the_party_a_person_leads_or_stands_for_gives_their_state() {
    let d = read("Coalitions\n\nSlovakia votes in spring. The opposition Progressive Slovakia of Michal Simecka disagrees.");
    let p = mentioned(&d, "Michal Simecka");
    assert_eq!(p.country.as_deref(), Some("SVK"));
    assert!(p.facts.iter().any(|f| f.attribute == "affiliation" && f.value == "Progressive Slovakia"), "{:?}", p.facts);
    let d = read("Referendum\n\nEcuador voted. The opposition Revolución Ciudadana, whose candidate Luisa González lost, called it a verdict.");
    assert_eq!(country_of(&d, "Luisa González").as_deref(), Some("ECU"));
    // a body that is no party gives nothing this way: "the Ministry of Defence of X" is no one's party
    let d = read("Talks\n\nThe talks went on. A letter from the Foundation of Tomas Kerrby arrived.");
    assert_eq!(country_of(&d, "Tomas Kerrby"), None);
}

#[test]
fn a_romance_body_name_its_state_s_adjective_closes_is_that_state_s() {
    let d = read("Summit\n\nABUJA, Dec 3 - Nigeria hosts the summit. According to the Agence de Presse Sénégalaise (APS), Dakar will attend. Radiodiffusion Télévision Ivoirienne reported it too.");
    assert_eq!(country_of(&d, "Agence de Presse Sénégalaise").as_deref(), Some("SEN"));
    assert_eq!(country_of(&d, "APS").as_deref(), Some("SEN"));
    assert_eq!(country_of(&d, "Radiodiffusion Télévision Ivoirienne").as_deref(), Some("CIV"));
}

#[test]
fn a_byline_names_its_writer() {
    let d = read("Rivers run dry\n\nBy Farzana Haque Chowdhury\n\nIn the dry season, the river shrinks. Bangladesh wants a deal.");
    assert_eq!(mentioned(&d, "Farzana Haque Chowdhury").kind, EntityKind::Person);
    // but a desk or an agency is no writer
    let d = read("Rivers run dry\n\nBy Reuters Staff\n\nIn the dry season, the river shrinks.");
    assert!(entity_at(&d, "Reuters Staff", 0).is_none_or(|e| e.kind != EntityKind::Person));
}

#[test]
fn where_a_body_works_or_a_person_s_firm_sits_places_them() {
    let d = read("Sanctions\n\nLUXEMBOURG, March 4 - The EU court upheld the sanctions. Kalmestor, which makes nitrogen fertilisers at a plant outside Hrodna, and its director general, Ihar Kovalev, were listed. Jan Peeters, a partner at the Brussels law firm Peeters Janssens, said they would appeal.");
    assert_eq!(country_of(&d, "Kalmestor").as_deref(), Some("BLR"));
    assert_eq!(country_of(&d, "Ihar Kovalev").as_deref(), Some("BLR"));
    assert_eq!(country_of(&d, "Peeters Janssens").as_deref(), Some("BEL"));
    assert_eq!(country_of(&d, "Jan Peeters").as_deref(), Some("BEL"));
}

#[test]
fn unknown_words_after_of_with_a_title_after_them_or_a_counsel_before_them_are_a_person() {
    let d = read("Court\n\nSri Lanka's court ruled. The court found that the arrest of Dharshana Ekanayake, editor of the weekly, was unlawful.");
    assert_eq!(mentioned(&d, "Dharshana Ekanayake").kind, EntityKind::Person);
    let d = read("Court\n\nSri Lanka's court ruled. His co-counsel, Thushara Nadaraja of Cooray & Partners, said the firm would use the ruling.");
    assert_eq!(mentioned(&d, "Thushara Nadaraja").kind, EntityKind::Person);
}

#[test]
fn a_company_named_with_a_legal_form_is_named_again_by_its_first_word() {
    let d = read("Rail\n\nTASHKENT, Nov 12 - Uzbekistan handed the terminal to Tengri Rail Logistics LLP of Almaty. Uzbekistan wants trade. Tengri's chief executive, Aigerim Abenova, said the company was pleased. Tengri will invest.");
    assert!(one_entity(&d, ("Tengri Rail Logistics LLP", 0), ("Tengri", 1)));
    assert!(one_entity(&d, ("Tengri Rail Logistics LLP", 0), ("Tengri", 2)));
    assert_eq!(country_of(&d, "Almaty").as_deref(), Some("KAZ"));
    let p = mentioned(&d, "Aigerim Abenova");
    assert_eq!(p.country.as_deref(), Some("KAZ"));
    // a legal form read as such: "Oyj", "PJSC"
    let d = read("Grid\n\nFingrid Oyj and Khor Yaseer Ports PJSC signed the deal.");
    assert_eq!(mentioned(&d, "Fingrid Oyj").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Khor Yaseer Ports PJSC").kind, EntityKind::Organization);
}

#[test]
fn a_company_of_a_town_and_its_two_word_short_name_are_one_body_of_that_state() {
    let d = read("Rail\n\nTASHKENT, Nov 12 - Uzbekistan handed the terminal to Khor Yaseer Ports PJSC of Abu Dhabi. Uzbekistan wants trade. Khor Yaseer, which runs bulk terminals in Fujairah, said it would train staff. Its chairman, Saeed Al Kaabi, said the market mattered.");
    assert_eq!(country_of(&d, "Khor Yaseer Ports PJSC").as_deref(), Some("ARE"));
    assert!(one_entity(&d, ("Khor Yaseer Ports PJSC", 0), ("Khor Yaseer", 1)));
    assert_eq!(country_of(&d, "Saeed Al Kaabi").as_deref(), Some("ARE"));
}

#[test]
fn an_officer_of_a_state_s_delegation_or_side_is_of_that_state() {
    let d = read("Talks\n\nMUSCAT, Nov 2 - Oman hosts the talks. Oman's minister met both sides. The Saudi side's negotiator, Khalid Al Otaibi, waits in Riyadh.");
    assert_eq!(country_of(&d, "Khalid Al Otaibi").as_deref(), Some("SAU"));
}

#[test]
fn a_portuguese_or_spanish_body_word_opens_a_home_body_s_name() {
    let d = read("Vote\n\nMAPUTO, Oct 9 - Mozambique counts its votes. Mozambique's parties wait, and Mozambique's courts are ready. The Comissão Nacional de Eleições (CNE) said turnout was high. The CNE will publish results on Friday.");
    assert_eq!(country_of(&d, "Comissão Nacional de Eleições").as_deref(), Some("MOZ"));
    assert_eq!(mentioned(&d, "Comissão Nacional de Eleições").kind, EntityKind::Organization);
}

#[test]
fn a_body_owned_by_a_state_whose_name_has_another_reading_is_that_state_s() {
    let d = read("Customs\n\nSmuggling across the Armenian border has not gone away. Georgia's Revenue Service said it seized 300 phones at the crossing.");
    assert_eq!(country_of(&d, "Revenue Service").as_deref(), Some("GEO"));
}

#[test]
fn a_person_from_a_town_is_of_its_state() {
    let d = read("Border\n\nThe queue grows at the bridge. Levon Sargsyan, from Vanadzor, drives two loads a month. Darya Volkova, originally from Poltava, sells tea.");
    assert_eq!(country_of(&d, "Levon Sargsyan").as_deref(), Some("ARM"));
    assert_eq!(country_of(&d, "Darya Volkova").as_deref(), Some("UKR"));
}

#[test]
fn another_state_acting_in_the_sentence_before_does_not_take_an_untagged_minister_in_a_piece_on_one_state() {
    let text = "Our patrols are thin\n\nMalaysia patrols a long coast. Malaysia has few ships. Malaysia buys boats slowly, and Malaysia trains crews abroad. China sends cutters, and China keeps them there. Malaysia protests quietly. Most arrests are of trawlers, a problem Hanoi has promised to curb. Home Minister Saifuddin Nasution Ismail has promised new ships.";
    let d = read(text);
    assert_ne!(country_of(&d, "Saifuddin Nasution Ismail").as_deref(), Some("VNM"));
}

#[test]
fn a_plural_possessive_inside_a_body_s_name_after_a_demonym_stays_in_the_name() {
    let d = read("Farm protest\n\nThe Irish Farmers' Association (IFA) says the plan would cut support. \"We were told the budget was safe,\" Siobhán Ní Dhonnchadha, an IFA spokeswoman, told us.");
    assert_eq!(mentioned(&d, "Irish Farmers' Association").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Irish Farmers' Association").as_deref(), Some("IRL"));
    // the officer of a body named by its acronym is of the body's state
    assert_eq!(country_of(&d, "Siobhán Ní Dhonnchadha").as_deref(), Some("IRL"));
}

#[test]
fn a_body_that_quotes_a_person_is_not_their_employer() {
    let d = read("Forum\n\nThe forum met in Apia. Tom Ellery, a researcher quoted by Radio New Zealand, said unity would be tested.");
    assert_ne!(country_of(&d, "Tom Ellery").as_deref(), Some("NZL"));
    let d = read("Forum\n\nThe forum met in Apia. Tom Ellery, a researcher at Radio New Zealand, said unity would be tested.");
    assert_eq!(country_of(&d, "Tom Ellery").as_deref(), Some("NZL"));
}

#[test]
fn a_company_whose_name_opens_with_an_article_is_named_again_by_the_article_and_next_word() {
    let d = read("Port\n\nPIRAEUS, Greece - Al Sadaf Shipping Holdings PJSC, a port operator listed in Abu Dhabi, will pay for the terminal. \"The port has room,\" Omar Saeed Al Nuaimi, chief executive of Al Sadaf, told reporters. Al Sadaf said it would hire 300 people.");
    assert!(one_entity(&d, ("Al Sadaf Shipping Holdings PJSC", 0), ("Al Sadaf", 1)));
    assert!(one_entity(&d, ("Al Sadaf Shipping Holdings PJSC", 0), ("Al Sadaf", 2)));
    assert_eq!(country_of(&d, "Omar Saeed Al Nuaimi").as_deref(), Some("ARE"));
}

#[test]
fn a_body_s_name_in_another_language_in_brackets_is_the_same_body() {
    let d = read("Customs\n\nTrucks queue at the border. Armenia's Customs Office (Maksayin Gortsakalutyun), which clears the trucks, said the queue was shorter. The State Audit Chamber (Petakan Verahskich Palat, SAC) says it checks the accounts. An SAC spokesman declined to comment.");
    assert!(one_entity(&d, ("Customs Office", 0), ("Maksayin Gortsakalutyun", 0)));
    assert_eq!(country_of(&d, "Maksayin Gortsakalutyun").as_deref(), Some("ARM"));
    assert_eq!(mentioned(&d, "Petakan Verahskich Palat").kind, EntityKind::Organization);
    assert!(one_entity(&d, ("State Audit Chamber", 0), ("Petakan Verahskich Palat", 0)));
    assert!(one_entity(&d, ("State Audit Chamber", 0), ("SAC", 1)));
}

#[test]
fn a_party_s_native_name_its_translation_and_acronym_are_one_party() {
    let d = read("Race\n\nTEGUCIGALPA, May 3 - Honduras votes in November. Honduras has three strong parties. Marta Ruiz leads the Partido Trabajo y Futuro (Work and Future Party, PTF). Her rival runs for the Civic Union of Hope (Unión Cívica de la Esperanza, UCE). The PTF and the UCE both campaign in the north. The Ministerio Público opened an inquiry.");
    assert!(one_entity(&d, ("Partido Trabajo y Futuro", 0), ("Work and Future Party", 0)));
    assert!(one_entity(&d, ("Partido Trabajo y Futuro", 0), ("PTF", 1)));
    assert!(one_entity(&d, ("Civic Union of Hope", 0), ("Unión Cívica de la Esperanza", 0)));
    assert!(one_entity(&d, ("Civic Union of Hope", 0), ("UCE", 1)));
    assert_eq!(country_of(&d, "Work and Future Party").as_deref(), Some("HND"));
    assert_eq!(mentioned(&d, "Ministerio Público").kind, EntityKind::Organization);
    // (", or UCE)" too)
    let d = read("Race\n\nTEGUCIGALPA, May 3 - Honduras votes. Honduras has parties. Her rival runs for the Civic Union of Hope (Unión Cívica de la Esperanza, or UCE). The UCE campaigns in the north.");
    assert!(one_entity(&d, ("Civic Union of Hope", 0), ("UCE", 1)));
}

#[test]
fn a_french_body_named_after_its_state_in_french_is_that_state_s_and_so_is_its_engineer() {
    let d = read("Dam\n\nThe river rose in October. Mamadou Camara, the engineer in charge of the dam at the state utility Société Nationale d'Eau du Sénégal (SNES), said the gates were opened twice.");
    assert_eq!(country_of(&d, "Société Nationale d'Eau du Sénégal").as_deref(), Some("SEN"));
    assert_eq!(country_of(&d, "Mamadou Camara").as_deref(), Some("SEN"));
}

#[test]
fn a_person_quoted_without_role_in_a_story_its_dateline_sets_in_one_state_is_of_that_state() {
    let text = "Port deal\n\nVOLOS, Greece, Nov 18 - Greece sold a port concession. Greece wants the jobs, Greece's ministers said, and Greece expects more ships. Turkey watched. Nikos Kanellos, 52, who has driven a crane on the quay for 19 years, said he had nothing against foreign money. \"The cranes are older than my son,\" Kanellos said. The bidders' group sent a mission. Its head, Pablo Ortega Ruiz, said the port was sound. Irene Sato, chief of FAO's Global Early Warning System, said the harvest was fine.";
    let d = read(text);
    assert_eq!(country_of(&d, "Nikos Kanellos").as_deref(), Some("GRC"));
    // an officer of a body whose state is unknown, or of an international body, stays open
    assert_eq!(country_of(&d, "Pablo Ortega Ruiz"), None);
    assert_eq!(country_of(&d, "Irene Sato"), None);
    // without a dateline, the story's most named state is not enough
    // (a name no naming culture ties to Greece, which would be evidence of its own)
    let d = read(&text.replace("VOLOS, Greece, Nov 18 - ", "").replace("Nikos Kanellos", "Alex Carter"));
    assert_eq!(country_of(&d, "Alex Carter"), None);
}

#[test]
fn a_study_centre_in_a_town_only_geonames_knows_is_of_that_town_s_state_and_a_shared_island_is_of_none() {
    let d = read("Forests\n\nLogging goes on across Borneo. Siti Rahman is a fellow at the Borneo Forest Studies Institute in Sandakan.");
    assert_eq!(country_of(&d, "Borneo Forest Studies Institute").as_deref(), Some("MYS"));
    assert_eq!(country_of(&d, "Borneo"), None);
}

#[test]
fn a_surname_with_particles_opening_a_sentence_is_the_person_named_in_full() {
    let d = read("Race\n\nThe surprise is Marcos de la Fuente Ixcot, a radio host. A survey put De la Fuente on 24 per cent. De la Fuente has been loud.");
    assert!(one_entity(&d, ("Marcos de la Fuente Ixcot", 0), ("De la Fuente", 0)));
    assert!(one_entity(&d, ("Marcos de la Fuente Ixcot", 0), ("De la Fuente", 1)));
    assert_eq!(mentioned(&d, "De la Fuente").kind, EntityKind::Person);
}

#[test]
fn a_news_item_s_label_is_no_body() {
    let d = read("Analysis: Chile's race opens\n\nSANTIAGO, Dec. 3 (Opinion) — Six months before the vote, the race is open.");
    assert!(!d.entities.iter().any(|e| e.name == "Analysis" || e.name == "Opinion"));
    // (but a body's name that ends in one stays whole)
    let d = read("Oil

The price rose, said analysts at Caspian Energy Analysis in London.");
    assert_eq!(mentioned(&d, "Caspian Energy Analysis").kind, EntityKind::Organization);
}

#[test]
fn a_copula_with_has_been_before_a_state_s_title_gives_the_state() {
    let d = read("Interview\n\nGraciela Ortúzar has been Paraguay's minister of industry since last year. Tomás Ibarra became Chile's foreign minister in March.");
    assert_eq!(country_of(&d, "Graciela Ortúzar").as_deref(), Some("PRY"));
    assert_eq!(country_of(&d, "Tomás Ibarra").as_deref(), Some("CHL"));
}

#[test]
fn a_person_working_in_a_town_after_an_opening_phrase_of_place_is_of_its_state() {
    let d = read("Border\n\nThe border is shut. Across the river, Mehmet Aydın runs a guesthouse in Kars. Ayşe Kaya, who bakes bread at the edge of Kars, smiled.");
    assert_eq!(country_of(&d, "Mehmet Aydın").as_deref(), Some("TUR"));
    assert_eq!(country_of(&d, "Ayşe Kaya").as_deref(), Some("TUR"));
}

#[test]
fn a_company_s_two_word_short_name_before_its_full_name_is_that_company_with_its_owner() {
    let d = read("Kazakhstan's Aq Bulaq signs a zinc deal\n\nASTANA, Nov 26 - Aq Bulaq Mining LLP agreed on Wednesday to develop the deposit. Aq Bulaq will hold 40 per cent.");
    assert!(one_entity(&d, ("Aq Bulaq", 0), ("Aq Bulaq Mining LLP", 0)));
    assert!(one_entity(&d, ("Aq Bulaq", 0), ("Aq Bulaq", 2)));
    assert_eq!(country_of(&d, "Aq Bulaq Mining LLP").as_deref(), Some("KAZ"));
}

#[test]
fn a_hyphenated_surname_alone_is_the_person_named_in_full() {
    let d = read("Copper\n\nULAANBAATAR, Nov 26 - Mongolia signed. \"This is our mine,\" Tsendiin Gan-Ochir, chief executive of the miner, told reporters. Gan-Ochir, a former geologist who founded the company in 2011, said the first ore could leave in 2029.");
    assert!(one_entity(&d, ("Tsendiin Gan-Ochir", 0), ("Gan-Ochir", 1)));
    assert_eq!(entity_at(&d, "Gan-Ochir", 1).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_body_named_after_a_river_or_basin_a_state_shares_is_not_that_state_s() {
    let d = read("Floods\n\nThe river rose in Mali and Guinea. The Niger Basin Authority said the dam would help. The Senegal River Basin Development Organisation met in Dakar.");
    assert_eq!(country_of(&d, "Niger Basin Authority"), None);
    assert_eq!(country_of(&d, "Senegal River Basin Development Organisation"), None);
    // a state that owns one still does
    let d = read("Floods\n\nEgypt's Nile Basin Office said the dam would help.");
    assert_eq!(country_of(&d, "Nile Basin Office").as_deref(), Some("EGY"));
}

#[test]
fn a_company_s_legal_form_of_one_state_gives_that_state_and_its_chairman_named_with_a_particle_is_found() {
    let d = read("Fish\n\nMembers of the Koperasi Nelayan Tanjung Manis Berhad, a cooperative of boat owners, say their catch has fallen. \"We go there because our fathers went there,\" its chairman, Jamit anak Lingang, told me. Fingrid Oyj agreed.");
    assert_eq!(country_of(&d, "Koperasi Nelayan Tanjung Manis Berhad").as_deref(), Some("MYS"));
    assert_eq!(country_of(&d, "Fingrid Oyj").as_deref(), Some("FIN"));
    assert_eq!(mentioned(&d, "Jamit anak Lingang").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Jamit anak Lingang").as_deref(), Some("MYS"));
}

#[test]
fn a_person_named_with_a_patronymic_particle_is_written_later_by_the_own_name() {
    let d = read("Fish\n\nMembers of the Koperasi Nelayan Tanjung Manis Berhad say the catch has fallen. \"We go there because our fathers went there,\" its chairman, Jamit anak Lingang, told me. Jamit's boat was followed for six hours.");
    assert!(one_entity(&d, ("Jamit anak Lingang", 0), ("Jamit", 1)));
}

#[test]
fn became_before_a_description_gives_no_office() {
    let d = read_on("Visit\n\nPresident Ilham Aliyev met Emmanuel Macron in Baku. In 2018, Macron became the first ever leader to visit the camp. Aliyev thanked him. The French president has also spoken of peace.", Some("2025-03-01"));
    assert!(one_entity(&d, ("Emmanuel Macron", 0), ("president", 0)));
    assert_eq!(mentioned(&d, "Emmanuel Macron").role.as_deref(), Some("president"));
}

#[test]
fn an_honorific_before_a_holder_s_full_name_does_not_cut_it_short() {
    let d = read_on("Talks\n\nThe division of labour was agreed between Emir Sheikh Tamim bin Hamad Al Thani and Sultan Haitham bin Tariq when the two met.", Some("2025-11-01"));
    let e = mentioned(&d, "Tamim bin Hamad Al Thani");
    assert_eq!(e.country.as_deref(), Some("QAT"));
    assert!(!d.entities.iter().any(|x| x.name == "Hamad Al Thani"));
}

#[test]
fn an_opener_that_can_name_a_body_opens_the_sentence_not_the_name() {
    let d = read("Relief\n\nWhen the shelling began, Heng Sothea was a teacher. Today Sothea, 38, runs a volunteer network. The Today programme asked her why.");
    assert!(one_entity(&d, ("Heng Sothea", 0), ("Sothea", 1)));
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Today Sothea")));
}

#[test]
fn a_state_before_a_noun_in_the_sentence_before_does_not_give_an_official_its_state() {
    let d = read("Customs\n\nThe committee says it now checks every load that holds goods on EU and U.S. lists of dual-use items. \"We have refused many declarations,\" Anahit Sargsyan, a spokeswoman, said by telephone.");
    assert_ne!(country_of(&d, "Anahit Sargsyan").as_deref(), Some("USA"));
}

#[test]
fn rivers_lakes_and_reefs_news_names_are_places_of_their_state_or_of_none() {
    let d = read("Water\n\nA farmer can walk across the Teesta in April. A deal on sharing the Teesta was ready in 2011. Upstream, barges move on the Vltava and fishermen work Lake Sevan.");
    assert_eq!(mentioned(&d, "Teesta").kind, EntityKind::Place);
    assert_eq!(country_of(&d, "Teesta"), None);
    assert_eq!(country_of(&d, "Vltava").as_deref(), Some("CZE"));
    assert_eq!(country_of(&d, "Lake Sevan").as_deref(), Some("ARM"));
}

#[test]
fn a_hyphenated_dateline_town_and_its_state_set_the_story_there() {
    let d = read("Wells run dry\n\nKARA-SUU, Kyrgyzstan — The Ministry of Water Resources has promised new pumps, and the State Forestry Service says it will plant poplars along the canal. Kyrgyzstan lost a third of its forests in thirty years.");
    assert_eq!(country_of(&d, "KARA-SUU").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Ministry of Water Resources").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "State Forestry Service").as_deref(), Some("KGZ"));
}

#[test]
fn a_town_no_list_knows_followed_by_its_state_is_in_that_state() {
    let d = read("Floods\n\nThe water reached Kul-Bulak, Kyrgyzstan, on Monday, and villagers in Dzhany-Aryk, Uzbekistan, moved their herds. Aid reached Kenya, Uganda and Rwanda.");
    assert_eq!(country_of(&d, "Kul-Bulak").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Dzhany-Aryk").as_deref(), Some("UZB"));
}

#[test]
fn in_a_border_story_locals_take_the_dateline_state_unless_their_sentence_or_apposition_points_elsewhere() {
    let text = "Two sides of a canal\n\n\
        KARA-SUU, Kyrgyzstan — Gulnara Toktobaeva has run the clinic in Kara-Suu for twenty years. \
        Her neighbour, Bakyt Osmonaliev, a retired driver, said the water came late this year.\n\n\
        Across the canal in Uzbekistan, Dilnoza Karimova said her field had dried out. \
        Shavkat Ergashev, the bank's lead irrigation specialist, said the pumps would come in spring.\n\n\
        The Kyrgyz side and the Uzbek side have argued for years. Bishkek blames Tashkent, and Kyrgyz \
        officials visited Osh and Jalal-Abad. Uzbek officials went to Andijan. Kyrgyzstan says it will pay.";
    let d = read_on(text, Some("2026-10-01"));
    assert_eq!(country_of(&d, "Gulnara Toktobaeva").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Bakyt Osmonaliev").as_deref(), Some("KGZ"));
    assert_ne!(country_of(&d, "Dilnoza Karimova").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Shavkat Ergashev"), None);
}

#[test]
fn working_for_a_body_the_story_named_is_no_local_trade() {
    let text = "Clinics\n\nKARA-SUU, Kyrgyzstan — The United Nations Children's Fund (UNICEF) has sent vaccines. \
        Aigul Sadykova, who manages the agency's vaccine programme in southern Kyrgyzstan, said stocks were low. \
        Kyrgyzstan has asked for more. Kyrgyz doctors agree, and Bishkek has promised to pay.";
    let d = read_on(text, Some("2026-10-01"));
    assert_ne!(country_of(&d, "Aigul Sadykova").as_deref(), Some("KGZ"));
    // (a body the story defines itself, named as a world body's, with its acronym in brackets)
    let text = "Mines\n\nKARA-SUU, Kyrgyzstan — Clearance is paid for by the United Nations Mine Action Service (UNMAS). \
        Erlan Dzhumabaev, who runs the service's field office in southern Kyrgyzstan, said two villages were cleared. \
        Kyrgyzstan has asked for more. Kyrgyz farmers agree, and Bishkek has promised to pay.";
    let d = read_on(text, Some("2026-10-01"));
    assert_ne!(country_of(&d, "Erlan Dzhumabaev").as_deref(), Some("KGZ"));
    // (while a local group's officer is still placed by the town the clause names)
    let text = "Mines\n\nKARA-SUU, Kyrgyzstan — The farmers' union Dyikan Birimdigi has complained. \
        Erlan Dzhumabaev, who runs the union's office in Kara-Suu, said two villages were flooded. \
        Kyrgyzstan has asked for more. Kyrgyz farmers agree, and Bishkek has promised to pay.";
    let d = read_on(text, Some("2026-10-01"));
    assert_eq!(country_of(&d, "Erlan Dzhumabaev").as_deref(), Some("KGZ"));
}

#[test]
fn a_shared_surname_alone_stays_with_the_person_the_story_already_wrote_so() {
    let d = read("Ferry\n\nMarta Kovalenko has run the ferry for thirty years. Kovalenko starts at dawn. \
        Her son, Pavlo Kovalenko, now sells the tickets. \"She never rests,\" he said. \
        Kovalenko laughed when asked about retiring.");
    assert!(one_entity(&d, ("Marta Kovalenko", 0), ("Kovalenko", 3)));
    assert!(!one_entity(&d, ("Pavlo Kovalenko", 0), ("Kovalenko", 3)));
}

#[test]
fn a_relative_named_after_their_is_no_body_s_officer() {
    let d = read_on("Ferry\n\nOSH, Kyrgyzstan — Marta Kovalenko has run the ferry for thirty years. \
        Their daughter, Aida Kovalenko, is now a nurse. Kyrgyzstan pays nurses little, and Kyrgyz hospitals are full. \
        Bishkek has promised more.", Some("2026-10-01"));
    assert_eq!(country_of(&d, "Aida Kovalenko").as_deref(), Some("KGZ"));
}

#[test]
fn selling_at_a_town_s_market_places_the_seller_there() {
    let d = read("Levies\n\nTraders protested at the border. \"I pay three times,\" said Neema Massawe, who sells rice at the Arusha market. \
        Peter Otieno, who sells tea to Uganda, was not there.");
    assert_eq!(country_of(&d, "Neema Massawe").as_deref(), Some("TZA"));
    assert_ne!(country_of(&d, "Peter Otieno").as_deref(), Some("UGA"));
}

#[test]
fn a_body_named_after_a_state_s_historic_mainland_is_that_state_s_while_the_shared_lake_is_no_one_s() {
    let d = read("Lakes\n\nFishers on Lake Tanganyika say catches have fallen, and the Tanganyika Law Society has gone to court.");
    assert_eq!(country_of(&d, "Tanganyika Law Society").as_deref(), Some("TZA"));
    assert_eq!(country_of(&d, "Lake Tanganyika"), None);
}

#[test]
fn a_description_with_a_body_before_the_name_gives_the_person_that_body() {
    let d = read("Court\n\nA researcher at the Kenya Institute of Coastal Studies, Amina Wekesa, says two boats were seized. \
        An officer of the Uganda Wildlife Authority, Moses Okello, disagreed.");
    assert_eq!(country_of(&d, "Amina Wekesa").as_deref(), Some("KEN"));
    assert_eq!(country_of(&d, "Moses Okello").as_deref(), Some("UGA"));
}

#[test]
fn a_name_in_its_own_language_before_its_english_name_in_brackets_is_that_body() {
    let d = read("Montenegro votes\n\nTwo weeks after Montenegro voted, the count is final. Montenegro's parliament meets on Monday. \
        The Zeleni savez rada (Green Labour Alliance, ZSR) gained four seats, while Nova snaga (New Strength Party) lost two. \
        The ZSR wants the Ministry of Tourism. Montenegro has not had a stable government since 2020.");
    let e = mentioned(&d, "Zeleni savez rada");
    assert_eq!(e.kind, EntityKind::Organization);
    assert!(one_entity(&d, ("Zeleni savez rada", 0), ("ZSR", 1)));
    assert_eq!(e.country.as_deref(), Some("MNE"));
    assert!(one_entity(&d, ("Nova snaga", 0), ("New Strength Party", 0)));
    assert_eq!(country_of(&d, "Nova snaga").as_deref(), Some("MNE"));
    // (an English phrase before a bracket is not taken for a name)
    let d = read("Talks\n\nThe talks were led by the British ambassador (Foreign Office, FCDO) and lasted a day.");
    assert!(!d.mentions.iter().any(|m| d.slice(m.span).contains("ambassador") && d.entity(m.entity).kind == EntityKind::Organization));
}

#[test]
fn a_second_legal_form_after_the_first_s_comma_stays_in_the_name() {
    let d = read("Ore\n\nThe mine is owned by Daesan Mineral Co., Ltd, which bought it in 2021. Daesan said output would rise.");
    let e = mentioned(&d, "Daesan Mineral Co., Ltd");
    assert_eq!(e.kind, EntityKind::Organization);
    assert!(one_entity(&d, ("Daesan Mineral Co., Ltd", 0), ("Daesan", 1)));
}

#[test]
fn an_apposition_saying_what_a_firm_makes_and_where_it_is_based_gives_its_state() {
    let d = read("Ore\n\nThe plant is owned by a local firm and by Garnet Ridge Metals, a maker of battery precursors based in Pohang, which holds 70 per cent.");
    assert_eq!(mentioned(&d, "Garnet Ridge Metals").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Garnet Ridge Metals").as_deref(), Some("KOR"));
}

#[test]
fn korean_alone_names_the_korea_the_story_names() {
    let d = read("Plant\n\nA South Korean firm runs the plant. About 60 Korean engineers work there.");
    // (the second "Korean" in the text, the first standing inside "South Korean")
    assert_eq!(entity_at(&d, "Korean", 1).and_then(|e| e.country.clone()).as_deref(), Some("KOR"));
    let d = read("Parade\n\nNorth Korean media showed the parade in Pyongyang. Korean state television called it a triumph.");
    assert_eq!(entity_at(&d, "Korean", 1).and_then(|e| e.country.clone()).as_deref(), Some("PRK"));
}

#[test]
fn a_point_of_the_compass_before_a_known_region_is_part_of_its_state() {
    let d = read("Floods\n\nRivers burst their banks in Southeast Sulawesi and West Kalimantan on Monday, officials said.");
    assert_eq!(country_of(&d, "Southeast Sulawesi").as_deref(), Some("IDN"));
    assert_eq!(country_of(&d, "West Kalimantan").as_deref(), Some("IDN"));
}

#[test]
fn an_indonesian_company_s_legal_form_before_its_name_makes_it_an_indonesian_company() {
    let d = read("Nickel\n\nThe smelter belongs to PT Kalla Mineral Sejahtera, which sells to a trader in Singapore.");
    let e = mentioned(&d, "PT Kalla Mineral Sejahtera");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("IDN"));
}

#[test]
fn a_river_word_away_from_the_state_s_word_does_not_hide_the_state() {
    let d = read("Barges\n\nThe Bolivian Association of River Carriers asked for dredging. The Volta Basin Authority said nothing.");
    assert_eq!(country_of(&d, "Bolivian Association of River Carriers").as_deref(), Some("BOL"));
    // (a river's name that a state shares still names no state: Volta is no state, but Niger is)
    let d = read("Water\n\nThe Niger Basin Authority met in Niamey on Tuesday.");
    assert_ne!(country_of(&d, "Niger Basin Authority").as_deref(), Some("NER"));
}

#[test]
fn european_company_forms_after_a_name_make_it_a_company() {
    let d = read("Ships\n\nThe barge was chartered from Transportes Fluviales Itá SA and insured by Nordhavn Marin AB, a Gothenburg insurer.");
    assert_eq!(mentioned(&d, "Transportes Fluviales Itá SA").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Nordhavn Marin AB").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Nordhavn Marin AB").as_deref(), Some("SWE"));
}

#[test]
fn an_owner_s_body_with_two_words_joined_by_and_is_one_name_and_its_bracketed_acronym_refers_back() {
    let d = read("Ports\n\nChile's National Roads and Bridges Directorate (DNVyP) closed the pass. The DNVyP said it would reopen on Friday.");
    let e = mentioned(&d, "National Roads and Bridges Directorate");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("CHL"));
    assert!(one_entity(&d, ("National Roads and Bridges Directorate", 0), ("DNVyP", 1)));
}

#[test]
fn a_ministry_s_last_portfolio_may_take_two_words_and_its_acronym_refers_back() {
    let d = read("Herds\n\nLIBREVILLE, May 2 — The Ministry of Fisheries, Livestock and Animal Production (MINPEA) banned the trade. Officials at MINPEA said the ban would last a month.");
    let e = mentioned(&d, "Ministry of Fisheries, Livestock and Animal Production");
    assert_eq!(e.country.as_deref(), Some("GAB"));
    assert!(one_entity(&d, ("Ministry of Fisheries, Livestock and Animal Production", 0), ("MINPEA", 1)));
}

#[test]
fn a_french_body_s_name_goes_on_through_des() {
    let d = read("Pensions\n\nThe Caisse Nationale des Retraites (CANARE) paid late again. CANARE blamed the banks.");
    assert_eq!(mentioned(&d, "Caisse Nationale des Retraites").kind, EntityKind::Organization);
    assert!(one_entity(&d, ("Caisse Nationale des Retraites", 0), ("CANARE", 1)));
}

#[test]
fn a_firm_s_part_of_a_town_based_group_and_a_town_listed_explorer_get_the_town_s_state() {
    let d = read("Copper\n\nLUSAKA, March 3 — Kestrel Cobalt Ltd, the processing arm of a Perth-based mining group, bought the stake from Okapi Resources PLC, a Toronto-listed explorer.");
    assert_eq!(country_of(&d, "Kestrel Cobalt Ltd").as_deref(), Some("AUS"));
    assert_eq!(mentioned(&d, "Kestrel Cobalt Ltd").code.as_deref(), Some("AUSBUS"));
    assert_eq!(country_of(&d, "Okapi Resources PLC").as_deref(), Some("CAN"));
}

#[test]
fn a_firm_s_president_in_a_datelined_story_is_no_officer_of_the_dateline_s_state() {
    let d = read("Copper\n\nLUSAKA, March 3 — Kestrel Cobalt Ltd, a Perth-based miner, signed the lease. \"We are here for decades,\" Laura Finch, Kestrel's president, said.");
    let e = mentioned(&d, "Laura Finch");
    assert_ne!(e.country.as_deref(), Some("ZMB"));
    assert_eq!(e.code.as_deref(), Some("AUSBUS"));
    // (a state's president there still is the state's)
    let d = read("Copper\n\nLUSAKA, March 3 — The lease was signed. \"We are here for decades,\" Joseph Banda, the country's president, said.");
    assert_eq!(country_of(&d, "Joseph Banda").as_deref(), Some("ZMB"));
}

#[test]
fn a_paragraph_a_state_s_ministry_opens_sets_its_untagged_official_there() {
    let d = read("Border\n\nLA PAZ, May 4 — Bolivia closed the crossing on Monday.\n\nChile's Ministry of Foreign Affairs summoned the Bolivian ambassador the same afternoon. Deputy Minister Tomás Urrutia Vidal said in a statement that the closure broke a 1904 treaty.");
    assert_eq!(country_of(&d, "Tomás Urrutia Vidal").as_deref(), Some("CHL"));
}

#[test]
fn someone_with_no_role_in_a_paragraph_set_in_a_town_is_of_the_town_s_state() {
    // (the town's state comes from the dateline alone; the story names the other state more)
    let text = "Trucks\n\nPUERTO QUIJARRO, Bolivia, May 4 — Brazil closed the bridge. Brazil's police said Brazil would reopen it when Brasília agreed.\n\n\
                In Puerto Quijarro, a border town of about 20,000 people, lorries queued for a mile. Nelly Quispe Mamani, a cook who sells lunches to the drivers, said trade had stopped.";
    let d = read(text);
    assert_eq!(country_of(&d, "Nelly Quispe Mamani").as_deref(), Some("BOL"));
}

#[test]
fn a_person_with_two_surnames_is_written_later_by_the_first_even_one_no_list_knows() {
    let d = read("Quarry\n\nThe cooperative's treasurer, Wilmer Chuquimia Vargas, said the members had not been paid since March. \"We are asking for what the contract says,\" Chuquimia said at the gate.");
    assert!(one_entity(&d, ("Wilmer Chuquimia Vargas", 0), ("Chuquimia", 1)));
    assert_eq!(entity_at(&d, "Chuquimia", 1).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn an_acronym_spelling_a_body_named_before_with_the_is_that_body() {
    // (over another state's body the knowledge base knows by those letters)
    // (in an interview's answer, where the speaker's label opens the sentence)
    let d = read("March\n\nQ: Who marched?\n\nA: The Alianza Nacional Campesina marched on La Paz on Monday. The ANC said 20,000 farmers had come.");
    assert!(one_entity(&d, ("Alianza Nacional Campesina", 0), ("ANC", 0)));
    assert_ne!(country_of(&d, "ANC").as_deref(), Some("ZAF"));
}

#[test]
fn parties_written_in_their_own_language_link_to_their_state() {
    let d = read("Coalition\n\nIsamaa and Eesti 200 voted against the budget, while Keskerakond abstained.");
    for name in ["Isamaa", "Eesti 200", "Keskerakond"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Organization, "{name}");
        assert_eq!(e.code.as_deref(), Some("ESTPTY"), "{name}");
    }
}

#[test]
fn a_party_named_by_its_creed_in_an_undated_story_about_one_state_is_that_state_s() {
    let text = "Analysis: Coca, courts and London's banks shadow Colombia's vote\n\n\
                Colombians vote in May, and Colombia's right is split. Paloma Restrepo, who leads the Conservative Party, \
                is third in the polls. Colombia has not seen a race this open since 2018.\n\n\
                Bogotá's bond spreads have widened, and Colombian exporters are nervous. Prime Minister Keir Starmer said his government was watching.";
    let d = read(text);
    assert_eq!(country_of(&d, "Conservative Party").as_deref(), Some("COL"));
    // (but where the paragraph naming it names the party's own state, it stays that state's)
    let d = read(&text.replace("is third in the polls.", "is third in the polls, a name she shares with Britain's ruling party of old."));
    assert_ne!(country_of(&d, "Conservative Party").as_deref(), Some("COL"));
}

#[test]
fn a_ministry_of_any_state_s_kind_in_a_paragraph_another_state_opens_is_that_state_s() {
    let d = read("Trawler\n\nPRAIA, May 2 — Cape Verde's coast guard boarded a Senegalese trawler on Monday.\n\n\
                  Dakar answered within hours. Fisheries Minister Awa Ndiaye said she had asked the Ministry of Foreign Affairs to summon the Cape Verdean ambassador.");
    assert_eq!(country_of(&d, "Ministry of Foreign Affairs").as_deref(), Some("SEN"));
    // (set at home otherwise)
    let d = read("Trawler\n\nPRAIA, May 2 — Cape Verde's coast guard boarded a Senegalese trawler on Monday. The Ministry of Foreign Affairs said it had been told.");
    assert_eq!(country_of(&d, "Ministry of Foreign Affairs").as_deref(), Some("CPV"));
}

#[test]
fn prefect_is_an_official_s_title() {
    let d = read("Port\n\n\"The ship may sail once the fine is paid,\" Aurélien Marchetti, the prefect in charge of the Gendarmerie Maritime's Toulon district, told reporters.");
    let e = mentioned(&d, "Aurélien Marchetti");
    assert_eq!(e.facts.iter().find(|f| f.attribute == "role").map(|f| f.value.as_str()), Some("prefect"));
}

#[test]
fn what_a_copula_says_someone_is_a_citizen_of_is_their_state_not_their_ethnicity() {
    let d = read("Market\n\nLeyla Huseynova sells tea at the crossing. Like most people in the village, Huseynova is an ethnic Azerbaijani and a Georgian citizen.");
    assert_eq!(country_of(&d, "Leyla Huseynova").as_deref(), Some("GEO"));
}

#[test]
fn someone_a_clause_says_directs_the_group_named_before_is_of_its_state() {
    let d = read("Village\n\nThe Kura Valley Farmers' Association, a Rustavi-based group, says young men carry contraband at night. \"They earn in one night what a shepherd earns in a month,\" said Nino Beridze, who directs the group.");
    assert_eq!(country_of(&d, "Nino Beridze").as_deref(), Some("GEO"));
    // (not a clause about something else: "who directs the traffic")
    let d = read("Village\n\nThe Kura Valley Farmers' Association, a Rustavi-based group, says young men carry contraband at night. \"They earn a lot,\" said Daniel Walsh, who directs the traffic.");
    assert_eq!(country_of(&d, "Daniel Walsh"), None);
}

#[test]
fn a_language_s_speakers_and_an_ethnic_group_s_seat_or_minority_name_no_state() {
    let d = read("Vote\n\nThe party lost ground among Russian speakers in Narva. In Mostar the Croat seat on the council went to an independent, and the Hungarian minority in Vojvodina stayed loyal.");
    for w in ["Russian", "Croat", "Hungarian"] {
        assert!(entity_at(&d, w, 0).is_none_or(|e| e.kind != EntityKind::State), "{w}");
    }
    // (the state's still, before other nouns)
    let d = read("Vote\n\nRussian drones crossed the border again.");
    assert_eq!(entity_at(&d, "Russian", 0).map(|e| e.kind), Some(EntityKind::State));
}

#[test]
fn a_body_s_own_name_in_brackets_after_its_full_name_refers_back() {
    let d = read("Nickel\n\nThe Sulawesi Rivers Alliance (Sungaiku) said the tailings ponds leaked. Sungaiku wants an audit.");
    assert!(one_entity(&d, ("Sulawesi Rivers Alliance", 0), ("Sungaiku", 1)));
    // (not a party named after a person)
    let d = read("Vote\n\nMaria Lind (Moderates) voted against.");
    assert_ne!(entity_at(&d, "Moderates", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_word_set_beside_a_body_s_description_or_full_name_is_a_body() {
    let d = read("Coal\n\nThe town is quiet. Kolyugol, the state coal trust, still runs the mine. Tarvasamet, the Estonian Competition Authority, opened a case. Tarvasamet said more.");
    assert_eq!(mentioned(&d, "Kolyugol").kind, EntityKind::Organization);
    assert!(one_entity(&d, ("Tarvasamet", 0), ("Estonian Competition Authority", 0)));
    assert_eq!(country_of(&d, "Tarvasamet").as_deref(), Some("EST"));
    // (a person set beside a title is still a person)
    let d = read("Coal\n\nThe town is quiet. Ivanova, the state governor, said more.");
    assert_ne!(entity_at(&d, "Ivanova", 0).map(|e| e.kind), Some(EntityKind::Organization));
}

#[test]
fn two_names_after_a_plural_title_are_both_people_with_that_title() {
    let d = read("Ruling\n\nJustices Tharindu Weerasekara and Nilmini de Zoysa agreed, with de Zoysa adding a separate opinion.");
    assert_eq!(mentioned(&d, "Tharindu Weerasekara").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Nilmini de Zoysa").kind, EntityKind::Person);
    let role = d.entities.iter().find(|e| e.name == "Tharindu Weerasekara").and_then(|e| e.facts.iter().find(|f| f.attribute == "role")).map(|f| f.value.clone());
    assert_eq!(role.as_deref(), Some("justice"));
}

#[test]
fn a_firm_s_officer_named_after_its_possessive_role_is_of_the_firm_s_state() {
    let d = read("Rail\n\nDAKAR, June 2 — Kestrel Rail Ltd, a Perth-based operator, won the contract. Kestrel's head of West African projects, Megan Doyle, said work would start in May.");
    assert_eq!(country_of(&d, "Megan Doyle").as_deref(), Some("AUS"));
    // (a state's ministry's officer is read by the titles, not here)
    let d = read("Rail\n\nDAKAR, June 2 — The contract was signed. Senegal's head of rail projects, Aminata Fall, said work would start in May.");
    assert_eq!(country_of(&d, "Aminata Fall").as_deref(), Some("SEN"));
}

#[test]
fn a_plain_name_in_the_speaker_s_slot_after_a_quotation_is_a_person() {
    let d = read("Ruling\n\n\"Every newsroom will read it,\" Tharaka Ilangasinghe of Ilangasinghe Legal, who argued the petition, said.");
    assert_eq!(mentioned(&d, "Tharaka Ilangasinghe").kind, EntityKind::Person);
    // (not a place the lists know)
    let d = read("Ruling\n\n\"Every newsroom will read it,\" Buenos Aires officials said.");
    assert_ne!(entity_at(&d, "Buenos Aires", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_member_of_a_body_is_of_the_body_s_state() {
    let d = read("Canoes\n\nKojo Mensah-Bonsu, a member of the Ghana Inshore Fishers Council, said the canoes no longer go out alone at night.");
    assert_eq!(country_of(&d, "Kojo Mensah-Bonsu").as_deref(), Some("GHA"));
    // (not the state of a body that acts on them)
    let d = read("Canoes\n\nKojo Mensah-Bonsu, a critic of the Ghana Inshore Fishers Council, said the canoes no longer go out alone at night.");
    assert_eq!(country_of(&d, "Kojo Mensah-Bonsu"), None);
}

#[test]
fn a_state_s_mission_to_a_bloc_is_the_state_s_not_the_bloc_s() {
    let d = read("Summit\n\nKwesi Ampofo, an adviser at Ghana's mission to the AU, said sanctions were needed. Ama Owusu, an AU adviser, agreed.");
    assert_eq!(country_of(&d, "Kwesi Ampofo").as_deref(), Some("GHA"));
    assert_eq!(mentioned(&d, "Ama Owusu").code.as_deref(), Some("IGOAFR"));
}

#[test]
fn its_before_a_state_body_s_noun_in_an_apposition_is_the_state_the_sentence_is_about() {
    let d = read("Summit\n\nLaos is represented by Bounthavy Sisouk, a permanent secretary at its foreign ministry.");
    assert_eq!(country_of(&d, "Bounthavy Sisouk").as_deref(), Some("LAO"));
}

#[test]
fn its_before_a_title_skips_the_people_to_the_body_named_before() {
    let d = read("House\n\nSpeaker Om Birla adjourned the house after members of the Rashtriya Lok Dal gathered in the well. Its leader, Jayant Chaudhary, said farmers would suffer.");
    let e = mentioned(&d, "Jayant Chaudhary");
    assert!(e.facts.iter().any(|f| f.attribute == "affiliation" && f.value.contains("Rashtriya Lok Dal")), "{:?}", e.facts);
}

#[test]
fn a_town_only_geonames_knows_before_a_firm_s_noun_places_the_firm() {
    let d = read("Trawlers\n\nThe trawler is registered in Ghana and operated by Blue Marlin Trawling Ltd, a Winneba company whose owners are abroad.");
    assert_eq!(country_of(&d, "Blue Marlin Trawling Ltd").as_deref(), Some("GHA"));
}

#[test]
fn a_person_called_by_the_first_word_of_their_name_is_that_person() {
    // (names written given name first whose bearers go by it: neither word is in any name list)
    let d = read(
        "Harbour\n\nOfficials in Colombo welcomed the deal. Tharindu Wickramasuriya, a port engineer, said the cranes were old. \
         Tharindu said the new ones would arrive in May. Later, Nuwanthi Karunaratne, a shipping agent, agreed. \
         \"We waited ten years,\" Nuwanthi said.",
    );
    assert!(one_entity(&d, ("Tharindu Wickramasuriya", 0), ("Tharindu", 1)));
    assert!(one_entity(&d, ("Nuwanthi Karunaratne", 0), ("Nuwanthi", 1)));
    assert_eq!(mentioned(&d, "Tharindu Wickramasuriya").kind, EntityKind::Person);
}

#[test]
fn a_firm_with_one_state_s_name_inside_its_name_is_that_state_s() {
    let d = read("Mining\n\nThe licence went to Minerais du Nord Sénégal SA, a venture of two investors. Engineers from Atlas Kenya Drilling Ltd arrived on Monday.");
    assert_eq!(country_of(&d, "Minerais du Nord Sénégal SA").as_deref(), Some("SEN"));
    assert_eq!(country_of(&d, "Atlas Kenya Drilling Ltd").as_deref(), Some("KEN"));
    // (a body with no legal form is left to the other rules: "the Friends of Syria Group" is no Syrian body)
    let d = read("Talks\n\nThe Friends of Syria Group met in Rome on Monday.");
    assert_ne!(country_of(&d, "Friends of Syria Group").as_deref(), Some("SYR"));
}

#[test]
fn a_state_that_said_something_in_the_sentence_before_holds_the_untagged_minister() {
    let d = read(
        "Spectrum\n\nMalawi said on Monday that it would sell new mobile licences before the end of the year, and Zambia and \
         Tanzania were watching. Communications Minister Chimwemwe Banda told reporters the auction would be open to foreign firms.",
    );
    assert_eq!(country_of(&d, "Chimwemwe Banda").as_deref(), Some("MWI"));
}

#[test]
fn a_place_a_state_s_possessive_owns_is_in_that_state() {
    let d = read("Mining\n\nThe deposit lies in Cameroon's East Region, near the border with the Central African Republic.");
    assert_eq!(country_of(&d, "East Region").as_deref(), Some("CMR"));
}

#[test]
fn a_firm_described_as_near_or_outside_a_town_is_in_that_town_s_state() {
    let d = read("Valves\n\nThe valves were made by Kessler Pumpenbau GmbH, a family-owned company outside Graz with about 300 employees. Its lawyer, Markus Eder, said the firm had done nothing wrong.");
    assert_eq!(country_of(&d, "Kessler Pumpenbau GmbH").as_deref(), Some("AUT"));
    assert_eq!(country_of(&d, "Markus Eder").as_deref(), Some("AUT"), "its lawyer");
    let d = read("Valves\n\nThe valves were made by Kessler Pumpenbau GmbH, a small firm near Graz.");
    assert_eq!(country_of(&d, "Kessler Pumpenbau GmbH").as_deref(), Some("AUT"));
}

#[test]
fn a_romance_body_s_name_goes_on_through_pour_les_and_et_and_its_adjective_gives_its_state() {
    let d = read("Migrants\n\nAmira Zouari of the Forum Tunisien pour les Droits des Migrants et des Réfugiés, a rights group, said the talks ignored people stranded near Sfax.");
    let e = mentioned(&d, "Forum Tunisien pour les Droits des Migrants et des Réfugiés");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("TUN"), "the state's adjective after the head noun");
    assert_eq!(country_of(&d, "Amira Zouari").as_deref(), Some("TUN"));
    // (a person's "y" stays a person's: no body's word before it)
    let d = read("Essay\n\nThe philosopher José Ortega y Gasset wrote about the masses.");
    assert_eq!(mentioned(&d, "José Ortega").kind, EntityKind::Person);
}

#[test]
fn a_person_of_a_body_whose_acronym_follows_in_brackets_is_of_the_body_s_state() {
    let d = read("Migrants\n\nSami Gharbi of the Ligue Tunisienne des Droits de l'Homme (LTDH), a rights group, said the boats kept coming.");
    assert_eq!(country_of(&d, "Sami Gharbi").as_deref(), Some("TUN"));
}

#[test]
fn a_lone_surname_of_holders_none_of_whom_is_in_office_needs_support() {
    // (a user's file gives a prime minister of the 1970s whose surname is also a market town's name)
    let kb: &'static dyad_kb::Kb = Box::leak(Box::new(
        dyad_kb::Kb::with_extra(&[("leaders_mine.tsv".to_string(), "GHA\thead_of_government\tKwame Odarteh Mbalizi\t\t1969-09-03\t1972-01-13\n".to_string())])
            .unwrap(),
    ));
    let run = |text: &str| {
        let meta = Meta { published: chrono::NaiveDate::from_ymd_opt(2025, 3, 10), ..Meta::default() };
        let mut d = Document::new(text, meta);
        dyad_text::TextStage.process(&mut d).unwrap();
        dyad_actors::ActorsStage::new(kb).process(&mut d).unwrap();
        d
    };
    let d = run("Market\n\nTraders in Mbalizi say the border post opens late. Mbalizi has two banks and a bus park.");
    assert!(entity_at(&d, "Mbalizi", 0).is_none_or(|e| e.kind != EntityKind::Person), "a town, no prime minister");
    // (with his state named, or a title, he is the one meant)
    let d = run("History\n\nIn Ghana, many still remember Mbalizi and the devaluation of 1971.");
    assert_eq!(entity_at(&d, "Mbalizi", 0).map(|e| e.kind), Some(EntityKind::Person));
    let d = run("History\n\nMany still remember Prime Minister Mbalizi and the devaluation of 1971.");
    assert_eq!(entity_at(&d, "Mbalizi", 0).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_body_named_in_its_own_language_takes_its_state_from_the_adjective_in_its_name() {
    let d = read("Rail\n\nWorkers at Ferrovie dello Stato Italiane walked out, and the Partido Socialista Obrero Español called for talks.");
    assert_eq!(country_of(&d, "Ferrovie dello Stato Italiane").as_deref(), Some("ITA"));
    assert_eq!(country_of(&d, "Partido Socialista Obrero Español").as_deref(), Some("ESP"));
}

#[test]
fn a_head_of_state_of_decades_ago_is_known_with_his_state() {
    let d = read("Railway\n\nThe line was Julius Nyerere's idea before it was anyone else's, and Jawaharlal Nehru had praised such links.");
    assert_eq!(country_of(&d, "Julius Nyerere").as_deref(), Some("TZA"));
    assert_eq!(country_of(&d, "Jawaharlal Nehru").as_deref(), Some("IND"));
}

#[test]
fn a_spokesman_for_a_body_then_a_titled_name_is_that_person_of_the_body_s_state() {
    for text in [
        "Troops\n\nA spokesman for the Malawi Defence Force, Colonel Peter Banda, said troops would stay.",
        "Troops\n\nA spokesman for the Malawi Defence Force (MDF), Brigadier Peter Banda, said troops would stay.",
    ] {
        let d = read(text);
        assert_eq!(country_of(&d, "Peter Banda").as_deref(), Some("MWI"), "{text}");
        // (one person: the spokesman is no one else)
        assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{text}");
    }
}

#[test]
fn a_person_who_spoke_by_telephone_from_a_town_is_placed_there() {
    let d = read("Ships\n\nLiang Wei, a deputy general manager of Haixin, said by telephone from Guangzhou that the firm only provides services.");
    assert_eq!(country_of(&d, "Liang Wei").as_deref(), Some("CHN"));
    // (not when someone else is named between: the call is theirs)
    // (a name of no culture the knowledge base ties to China, which would be evidence of its own)
    let d = read("Ships\n\nTom Baker, whom Ama Mensah had hired, was quoted by Mensah, who said by telephone from Guangzhou that the firm only provides services.");
    assert_ne!(country_of(&d, "Tom Baker").as_deref(), Some("CHN"));
}

#[test]
fn an_apposition_that_says_a_name_is_a_paper_makes_it_a_body_and_places_its_reporter() {
    let d = read("Trade\n\nShe spoke to Lucía Ferreyra of Semanario Búsqueda Económica, the Montevideo business weekly, in her office.");
    let e = mentioned(&d, "Semanario Búsqueda Económica");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Organization, Some("URY")));
    assert_eq!(country_of(&d, "Lucía Ferreyra").as_deref(), Some("URY"));
}

#[test]
fn a_person_of_a_body_a_town_and_a_noun_introduce_is_of_the_body_s_state() {
    let d = read("Trade\n\nShe spoke to Sofie Peeters of the Brussels policy weekly Euro Desk Review in early May.");
    assert_eq!(country_of(&d, "Sofie Peeters").as_deref(), Some("BEL"));
}

#[test]
fn a_seat_of_a_body_where_a_place_stands_is_the_city() {
    let d = read("EU\n\nThe bloc wants rules applied, and diplomats in Brussels agree. Brussels said it would pay for the line.");
    assert_eq!(entity_at(&d, "Brussels", 0).map(|e| e.kind), Some(EntityKind::State), "in Brussels: the city, Belgium's");
    assert_eq!(entity_at(&d, "Brussels", 1).and_then(|e| e.code.clone()).as_deref(), Some("IGOEUREEC"), "Brussels said: the EU");
}

#[test]
fn a_group_whose_name_opens_with_al_is_found_with_the_article_in_lower_case() {
    let d = read("Somalia\n\nAttacks by al-Shabaab rose in the south, and Al-Shabaab fighters struck again near the port.");
    assert!(one_entity(&d, ("al-Shabaab", 0), ("Al-Shabaab", 0)));
    assert_eq!(country_of(&d, "al-Shabaab").as_deref(), Some("SOM"));
}

#[test]
fn the_treasury_is_the_treasury_of_the_state_the_story_is_about_and_no_body_inside_a_title() {
    let d = read("Budget\n\nChancellor Rachel Reeves met the first ministers of Scotland and Wales. A Treasury spokesperson said the settlement was fair, and Downing Street agreed.");
    assert_eq!(country_of(&d, "Treasury").as_deref(), Some("GBR"));
    let d = read("Sanctions\n\nThe Treasury imposed sanctions on Monday, and Washington said more would follow.");
    assert_eq!(country_of(&d, "Treasury").as_deref(), Some("USA"));
    let d = read("Trade\n\nTreasury Secretary Scott Bessent told reporters the truce would hold.");
    assert!(entity_at(&d, "Treasury", 0).is_none(), "part of the title");
}

#[test]
fn a_ministry_named_without_its_state_is_the_state_acting_in_its_sentence() {
    let d = read("Copper\n\nLaos already sells most of its power to Thailand, and the Ministry of Energy and Mines has said it wants more factories at home.");
    assert_eq!(country_of(&d, "Ministry of Energy and Mines").as_deref(), Some("LAO"), "Thailand comes after a preposition");
    let d = read("Trade\n\nOfficials in Dushanbe welcomed the deal in a statement from the Ministry of Economic Development and Trade.");
    assert_eq!(country_of(&d, "Ministry of Economic Development and Trade").as_deref(), Some("TJK"));
    // (two states acting: none)
    let d = read("Trade\n\nLaos and Thailand signed, and the Ministry of Energy and Mines welcomed it.");
    assert_eq!(country_of(&d, "Ministry of Energy and Mines"), None);
}

#[test]
fn a_word_of_a_town_s_name_in_the_list_of_towns_by_size_is_no_evidence_of_a_place() {
    // ("Finote Selam" is an Ethiopian town: "Selam" is no place's word for all that)
    let d = read("Market\n\nOn the square, Selam Worku, who sells coffee, shrugged.");
    assert_eq!(mentioned(&d, "Selam Worku").kind, EntityKind::Person);
}

#[test]
fn a_title_international_bodies_use_held_in_a_state_s_body_or_for_a_state_takes_that_sector() {
    let d = read("Police\n\nThe commissioner of the Royal Solomon Islands Police Force, Mostyn Kalena, defended the deal. Australia's High Commissioner, Rod Harlow, said Canberra was the first partner.");
    assert_eq!(mentioned(&d, "Mostyn Kalena").code.as_deref(), Some("SLBCOP"));
    assert_eq!(mentioned(&d, "Rod Harlow").code.as_deref(), Some("AUSGOV"));
    // (the UN's stays the UN's)
    let d = read("Refugees\n\nThe UN High Commissioner for Refugees, Amina Dollo, visited the camps.");
    assert!(mentioned(&d, "Amina Dollo").code.as_deref().is_some_and(|c| c.starts_with("IGO")), "{:?}", mentioned(&d, "Amina Dollo").code);
}

#[test]
fn a_body_s_name_goes_on_through_and_to_its_head_noun() {
    let d = read("Port\n\nTesfaye Alemu, a spokesman for the Ethiopian Shipping and Logistics Services Enterprise, said the firm had not been consulted.");
    let e = mentioned(&d, "Ethiopian Shipping and Logistics Services Enterprise");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Organization, Some("ETH")));
    // (a body's name closed before the "and" stays one: two bodies)
    let d = read("Port\n\nThe Ghana Ports Authority and the Tema Shipping Services Board met on Monday.");
    assert!(entity_at(&d, "Ghana Ports Authority", 0).is_some());
}

#[test]
fn a_ruler_who_was_also_prime_minister_is_named_by_the_higher_office() {
    let d = read_on("Oman\n\nThe policy goes back to Qaboos bin Said, who ruled for half a century.", None);
    assert_eq!(mentioned(&d, "Qaboos bin Said").role.as_deref(), Some("sultan"));
    // (a later office is not an earlier one's: in 2010 Putin was prime minister)
    let d = read_on("Moscow\n\nVladimir Putin met the governors on Monday.", Some("2010-06-01"));
    assert_eq!(mentioned(&d, "Vladimir Putin").role.as_deref(), Some("prime minister"));
}

#[test]
fn a_party_s_acronym_is_no_party_of_a_state_the_story_never_names() {
    let d = read("Quotas\n\nLIMA, May 12 — Production Minister Sergio Gallardo told RPP radio the cut in Peru's anchovy quota was scientific.");
    assert_ne!(country_of(&d, "RPP").as_deref(), Some("NPL"));
    assert_eq!(country_of(&d, "Sergio Gallardo").as_deref(), Some("PER"), "no other state's body in his sentence");
    let d = read("Kathmandu\n\nNepal's royalists rallied on Friday, and the RPP said it would join the protest.");
    assert_eq!(country_of(&d, "RPP").as_deref(), Some("NPL"));
}

#[test]
fn an_undersecretary_is_a_government_title() {
    let d = read("Fisheries\n\nChile's undersecretary for fisheries, Julio Sandoval, said his country would defend its fleet.");
    assert_eq!(mentioned(&d, "Julio Sandoval").role.as_deref(), Some("undersecretary"));
}

#[test]
fn an_acronym_two_states_parties_share_is_the_party_of_the_state_the_story_names() {
    let d = read("Chisinau\n\nMoldova votes on Sunday. President Maia Sandu and her PAS lead the polls.");
    assert_eq!(country_of(&d, "PAS").as_deref(), Some("MDA"));
    let d = read("Kuala Lumpur\n\nMalaysia votes on Sunday, and PAS hopes to win Kelantan again.");
    assert_eq!(country_of(&d, "PAS").as_deref(), Some("MYS"));
}

#[test]
fn a_chinese_name_whose_given_name_is_a_town_s_stays_a_person() {
    let d = read("History\n\nThe rebel leader Dou Jiande captured the city. Dou Jiande then marched north.");
    assert!(d.mentions.iter().filter(|m| m.span.of(&d.text) == "Dou Jiande").all(|m| d.entity(m.entity).kind == EntityKind::Person));
}

#[test]
fn someone_who_writes_or_reports_for_a_town_s_outlet_is_of_its_state() {
    let d = read("Budget\n\nKata Bodnar, who covers farming for the Szeged weekly Mezei Lap, said the subsidy had gone.");
    assert_eq!(country_of(&d, "Kata Bodnar").as_deref(), Some("HUN"));
    let d = read("Budget\n\nTomas Halmi, who writes for the Graz daily Morgenwelt, said the subsidy had gone.");
    assert_eq!(country_of(&d, "Tomas Halmi").as_deref(), Some("AUT"));
    // (a town the story names for the outlet is where the outlet is, not where its writer was sent)
    let d = read("Budget\n\nGreta Lenz, who reports from Kyiv for the Graz daily Morgenwelt, said the front had held.");
    assert_eq!(country_of(&d, "Greta Lenz").as_deref(), Some("AUT"));
}

#[test]
fn a_workplace_named_with_its_town_is_in_the_town_s_state() {
    let d = read("Markets\n\n\"The deal was priced in,\" said Marta Quiroga, an economist at Vento Sul Capital in Porto Alegre.");
    assert_eq!(country_of(&d, "Vento Sul Capital").as_deref(), Some("BRA"));
    let d = read("Markets\n\nAnalysts at Kestrel Invest in Almaty said the tender would draw bids from abroad.");
    assert_eq!(country_of(&d, "Kestrel Invest").as_deref(), Some("KAZ"));
    // (a body only met in a town is not placed there: "talks with Kestrel Invest in Almaty")
    let d = read("Markets\n\nThe minister held talks with Kestrel Invest in Almaty on Monday.");
    assert_eq!(country_of(&d, "Kestrel Invest"), None);
}

#[test]
fn a_relative_named_by_kin_is_of_the_relative_s_state() {
    let d = read("Border\n\nKenyan farmer Joseph Otieno lost his field to the river. His daughter, Mercy Atieno, now sells fish.");
    assert_eq!(country_of(&d, "Mercy Atieno").as_deref(), Some("KEN"));
    let d = read("Border\n\nThe Ugandan trader Moses Okello was detained on Monday. Okello's brother, Peter Ouma, said the charges were false.");
    assert_eq!(country_of(&d, "Peter Ouma").as_deref(), Some("UGA"));
    // (a relative of someone the story ties to no state is tied to none)
    let d = read("Border\n\nJoseph Otieno lost his field to the river. His daughter, Mercy Atieno, now sells fish.");
    assert_eq!(country_of(&d, "Mercy Atieno"), None);
}

#[test]
fn a_pronoun_of_no_one_opening_a_sentence_is_no_name() {
    let d = read("Trade\n\n\"My father sailed here. Nobody asked him for papers,\" the skipper said. Everyone knew him.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person || !["Nobody", "Everyone"].contains(&e.name.as_str())));
}

#[test]
fn a_place_no_list_settles_takes_the_region_it_is_said_to_be_in() {
    let d = read("Dams\n\nBelgium's envoy visited Maseru. The new dam at Tsatsane in Mokhotlong district will flood the valley.");
    assert_eq!(country_of(&d, "Tsatsane").as_deref(), Some("LSO"));
    let d = read("Fish\n\nRigoberto Caal, who fishes out of Livingston in Izabal, said the patrols had grown.");
    assert_eq!(country_of(&d, "Livingston").as_deref(), Some("GTM"));
}

#[test]
fn a_body_named_in_its_own_language_takes_the_state_body_its_apposition_names() {
    let d = read("Sea\n\nThe Guardia Costiera, Italy's coast guard, brought 400 people ashore at Pozzallo.");
    assert_eq!(mentioned(&d, "Guardia Costiera").code.as_deref(), Some("ITAMIL"));
    let d = read("Sea\n\nThe Direction Générale des Douanes, the Algerian customs service, seized the cargo at Oran.");
    assert_eq!(mentioned(&d, "Direction Générale des Douanes").code.as_deref(), Some("DZAGOV"));
    let d = read("Sea\n\nThe Garde Côtière Nationale, the Algerian coast guard, seized the boat.");
    assert_eq!(mentioned(&d, "Garde Côtière Nationale").code.as_deref(), Some("DZAMIL"));
    // (and one the knowledge base knows by its English name)
    let d = read("Sea\n\nA statement from the Garde nationale, the Tunisian National Guard, said nine bodies were found.");
    assert_eq!(country_of(&d, "Garde nationale").as_deref(), Some("TUN"));
    // (an apposition describing no public body gives none: "the Algerian sardine exporter")
    let d = read("Sea\n\nThe Société Oranaise des Pêches, the Algerian sardine exporter, sold the boat.");
    assert_ne!(mentioned(&d, "Société Oranaise des Pêches").code.as_deref(), Some("DZAGOV"));
}

#[test]
fn a_longer_body_named_for_a_portfolio_is_no_part_of_the_known_body_it_opens_with() {
    let d = read("Border\n\nThe gate was opened by Hassan Abdi, principal secretary of the State Department for Immigration, on Monday.");
    assert_ne!(country_of(&d, "State Department for Immigration").as_deref(), Some("USA"));
    assert_ne!(country_of(&d, "Hassan Abdi").as_deref(), Some("USA"));
    // (its portfolios joined by "and" stay inside its name)
    let d = read("Border\n\nThe gate was opened by Hassan Abdi, principal secretary of the State Department for Immigration and Citizen Services, on Monday.");
    assert_eq!(mentioned(&d, "State Department for Immigration and Citizen Services").kind, EntityKind::Organization);
    // (a known body's name opening a longer one still makes it part of that body)
    let d = read("Radio\n\nBBC Radio Cymru reported the vote.");
    assert_eq!(country_of(&d, "BBC Radio Cymru").as_deref(), Some("GBR"));
}

#[test]
fn a_former_minister_the_text_names_to_an_international_post_is_of_no_state() {
    let d = read("Talks\n\nAlso in Geneva: Heiko Maas, the UN Secretary-General's personal envoy for the Great Lakes. Maas said the talks would resume.");
    assert_eq!(country_of(&d, "Heiko Maas"), None);
    assert!(mentioned(&d, "Heiko Maas").code.as_deref().is_some_and(|c| c.starts_with("IGO")));
    // (the same person named with his old office keeps his state)
    let d = read("Talks\n\nGermany's former foreign minister Heiko Maas said the talks would resume.");
    assert_eq!(country_of(&d, "Heiko Maas").as_deref(), Some("DEU"));
}

#[test]
fn a_name_joined_to_a_place_after_a_preposition_of_place_is_a_place() {
    let d = read("Power\n\nThe new cables will land at Kärdla and Vormsiküla on the Estonian side.");
    assert_eq!(mentioned(&d, "Vormsiküla").kind, EntityKind::Place);
    // (not after "in", where two names may be a legal case's parties)
    let d = read("Law\n\nThis is the decision in Kowalczyk and Bloomer.");
    assert!(entity_at(&d, "Kowalczyk", 0).is_none_or(|e| e.kind != EntityKind::Place));
}

#[test]
fn a_name_after_a_preposition_of_place_opening_a_sentence_or_a_verb_of_going_is_a_place() {
    let d = read("Water\n\nAt Mahlanyane, above the new reservoir, the herders wait.");
    assert_eq!(mentioned(&d, "Mahlanyane").kind, EntityKind::Place);
    let d = read("Water\n\nLast year I went to Ha Nqabeni and met the herders.");
    assert_eq!(mentioned(&d, "Ha Nqabeni").kind, EntityKind::Place);
    // (a person after "to" with no verb of going stays a person)
    let d = read("Water\n\nThe ministry wrote to Thabo Mokoena last year.");
    assert_eq!(mentioned(&d, "Thabo Mokoena").kind, EntityKind::Person);
}

#[test]
fn a_town_no_list_knows_in_a_story_about_one_state_above_all_is_that_state_s() {
    let text = "Fish\n\nGhana's canoes are losing the sea. Ghana's navy patrols rarely, Ghana's courts are slow and Ghana's fisheries law is old.\n\n\
                A Chinese-owned trawler struck the canoe at night. The crew clung to their drums until a second canoe from Akwidaa found them.";
    let d = read(text);
    assert_eq!(country_of(&d, "Akwidaa").as_deref(), Some("GHA"));
    // (not where another state is named nearly as often)
    let text = "Fish\n\nGhana's canoes and Togo's canoes share the sea. Ghana's navy and Togo's navy patrol it.\n\n\
                A Chinese-owned trawler struck the canoe at night. The crew clung to their drums until a second canoe from Akwidaa found them.";
    let d = read(text);
    assert_eq!(country_of(&d, "Akwidaa"), None);
}

#[test]
fn an_official_who_speaks_to_a_legislature_is_of_its_state() {
    let d = read("Rivers\n\nAhmed Karim, the water resources minister, told the Jatiya Sangsad in October that there would be no renewal.");
    assert_eq!(country_of(&d, "Ahmed Karim").as_deref(), Some("BGD"));
    // (not someone else the sentence names before the legislature)
    let d = read("Rivers\n\nAhmed Karim, the water resources minister, said Nadia Rahman had told the Jatiya Sangsad about the river.");
    assert_ne!(country_of(&d, "Ahmed Karim").as_deref(), Some("BGD"));
}

#[test]
fn a_workplace_followed_by_its_town_after_a_comma_is_in_the_town_s_state() {
    let d = read("By Aigerim Sadykova, senior fellow for water security at the Tien Shan Policy Institute, Almaty\n\nThe canal will take water from the river.");
    assert_eq!(country_of(&d, "Tien Shan Policy Institute").as_deref(), Some("KAZ"));
    assert_eq!(country_of(&d, "Aigerim Sadykova").as_deref(), Some("KAZ"));
    // (a list of towns after the body is no address)
    let d = read("Water\n\nThe two met at the Tien Shan Policy Institute, Almaty and Bishkek having sent delegations.");
    assert_eq!(country_of(&d, "Tien Shan Policy Institute"), None);
}

#[test]
fn someone_a_verb_of_address_speaks_to_is_a_person_though_no_list_knows_the_name() {
    let d = read("Border\n\nThe queue had not moved since dawn, a driver told Sompong Rattanakul on Tuesday.");
    assert_eq!(mentioned(&d, "Sompong Rattanakul").kind, EntityKind::Person);
    // (and "of" an outlet the knowledge base knows: its reporter, of its state)
    let d = read("Border\n\n\"Nobody told us,\" she said. Sompong Rattanakul of Thai PBS reports that the gate stays shut.");
    assert_eq!(mentioned(&d, "Sompong Rattanakul").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Sompong Rattanakul").as_deref(), Some("THA"));
}

#[test]
fn a_title_that_owns_another_is_someone_else_s_office() {
    let d = read("Talks\n\nThe delegation is led by Imran Qureshi Baloch, the prime minister's special adviser on trade.");
    let e = mentioned(&d, "Imran Qureshi Baloch");
    assert_ne!(e.role.as_deref(), Some("prime minister"));
    assert!(!d.mentions.iter().any(|m| d.entity(m.entity).name == e.name && m.span.of(&d.text) == "the prime minister"));
}

#[test]
fn an_envoy_is_not_of_the_state_he_is_sent_to() {
    let d = read("Talks\n\nThe delegation is led by Imran Qureshi Baloch, the special envoy for Tajikistan.");
    assert_ne!(country_of(&d, "Imran Qureshi Baloch").as_deref(), Some("TJK"));
    // (his own state's possessive still gives his state)
    let d = read("Talks\n\nThe delegation is led by Imran Qureshi Baloch, Pakistan's special envoy for Tajikistan.");
    assert_eq!(country_of(&d, "Imran Qureshi Baloch").as_deref(), Some("PAK"));
}

#[test]
fn an_international_body_s_officer_named_through_its_head_s_title_has_no_state() {
    // (a former minister the knowledge base knows, now posted by the UN)
    let d = read("Talks\n\nAlso present was Heiko Maas, the UN Secretary-General's personal envoy for the Sahel, who said nothing.");
    assert_eq!(country_of(&d, "Heiko Maas"), None);
}

#[test]
fn someone_who_heads_a_body_is_of_its_state() {
    let d = read("Trade\n\nWanjiru Kamau, who chairs the Eldoret Chamber of Commerce, said the lorries had gone.");
    assert_eq!(country_of(&d, "Wanjiru Kamau").as_deref(), Some("KEN"));
    let d = read("Trade\n\nWanjiru Kamau has run the Eldoret Chamber of Commerce since 2019.");
    assert_eq!(country_of(&d, "Wanjiru Kamau").as_deref(), Some("KEN"));
    // (not an international body's head)
    let d = read("Trade\n\nWanjiru Kamau, who leads the World Food Programme in Kenya, said the lorries had gone.");
    assert_eq!(country_of(&d, "Wanjiru Kamau"), None);
}

#[test]
fn someone_who_follows_a_subject_for_a_body_works_for_it() {
    let d = read("Oil\n\nMarit Sandvik, who follows Sudan for the Norwegian Institute of International Affairs, is doubtful.");
    assert_eq!(country_of(&d, "Marit Sandvik").as_deref(), Some("NOR"));
}

#[test]
fn a_newspaper_named_in_its_own_language_is_an_outlet_of_its_town_s_state() {
    let d = read("Ferries\n\nHe spoke to Aiko Morimoto of the Kagoshima Shimbun on Friday.");
    let e = mentioned(&d, "Kagoshima Shimbun");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("JPN"));
    assert_eq!(country_of(&d, "Aiko Morimoto").as_deref(), Some("JPN"));
}

#[test]
fn a_chamber_s_portfolios_joined_by_and_stay_in_its_name() {
    let d = read("Trade\n\nThe Quetta Chamber of Commerce and Industry said orders had fallen.");
    assert_eq!(mentioned(&d, "Quetta Chamber of Commerce and Industry").kind, EntityKind::Organization);
    // (not a known body after the "and")
    let d = read("Trade\n\nThe Quetta Chamber of Commerce and Reuters said orders had fallen.");
    assert_eq!(mentioned(&d, "Quetta Chamber of Commerce").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Reuters").kind, EntityKind::Organization);
}

#[test]
fn a_live_blog_entry_opening_in_a_town_after_its_time_stamp_places_the_name_after_the_comma() {
    let d = read("Talks live\n\n09:40 In Quetta, Abdul Wahid Achakzai, vice-president of the Frontier Traders Forum, says the border has cost members a season.");
    assert_eq!(country_of(&d, "Abdul Wahid Achakzai").as_deref(), Some("PAK"));
}

#[test]
fn a_short_form_of_a_longer_place_named_before_is_that_place_not_another_state_s_capital() {
    let text = "Bricks\n\nHer son lays bricks on building sites in Santiago de los Caballeros. \
                Ana Mejía, a sociologist at the Universidad del Cibao in Santiago, counts the lorries.";
    let d = read(text);
    assert_eq!(entity_at(&d, "Santiago", 1).and_then(|e| e.country.clone()).as_deref(), Some("DOM"));
    assert_eq!(country_of(&d, "Ana Mejía").as_deref(), Some("DOM"));
    // (without the longer name before, the capital)
    let d = read("Bricks\n\nAna Mejía, a sociologist at the Universidad del Cibao in Santiago, counts the lorries.");
    assert_eq!(country_of(&d, "Santiago").as_deref(), Some("CHL"));
}

#[test]
fn the_officer_of_an_international_body_taken_up_by_its_noun_has_no_state() {
    // ("the agency's" after a UN agency named in a story set in a state)
    let text = "Returns\n\nThe UN migration agency says thousands crossed into Somalia this month. \
                Petra Novakova, the agency's spokeswoman in Mogadishu, urged both sides to keep the road open.";
    let d = read(text);
    assert_eq!(country_of(&d, "Petra Novakova"), None);
    assert_eq!(mentioned(&d, "UN migration agency").code.as_deref().map(|c| c.starts_with("IGO")), Some(true));
    // ("the mission's" after a UN mission, however often the story names its state)
    let text = "Somalia\n\nSomalia's budget is short. Somalia's lenders are wary and Somalia's banks are thin. \
                The United Nations Transitional Assistance Mission in Somalia (UNTMIS) has proposed a committee. \
                Kwame Boateng, the mission's economic adviser, told donors in Nairobi that the plan was sound.";
    let d = read(text);
    assert_eq!(country_of(&d, "Kwame Boateng"), None);
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Mission (")));
}

#[test]
fn a_body_s_apposition_naming_a_state_s_adjective_after_describing_words_gives_its_state() {
    let d = read("Farms\n\nBuses came with members of CNTAF, the main Portuguese farm union.");
    assert_eq!(country_of(&d, "CNTAF").as_deref(), Some("PRT"));
    let d = read("Farms\n\nLimpopo River Orchards, a South African citrus grower, hired pickers.");
    assert_eq!(country_of(&d, "Limpopo River Orchards").as_deref(), Some("ZAF"));
    // (the acronym in brackets, named with the apposition after it)
    let d = read("Rights\n\nThe Sahara Rights Forum (SRF), a Mauritanian rights group, counted the deaths.");
    assert_eq!(country_of(&d, "SRF").as_deref(), Some("MRT"));
}

#[test]
fn a_seat_of_a_body_where_a_place_stands_is_the_town() {
    // (after "In" opening a sentence, and describing a body after an article)
    let d = read("Fines\n\nThe EU fined the firms. In Brussels, officials said the fine would stand.");
    assert_ne!(mentioned(&d, "Brussels").kind, EntityKind::Organization);
    let d = read("Fines\n\nThe EU fined the firms. Lotte Peeters, a partner at the Brussels law firm Peeters Janssens, said they would appeal.");
    assert_ne!(mentioned(&d, "Brussels").kind, EntityKind::Organization);
    // (the seat acting stays the body)
    let d = read("Fines\n\nThe EU fined the firms. Brussels said the fine would stand.");
    assert_eq!(mentioned(&d, "Brussels").kind, EntityKind::Organization);
}

#[test]
fn a_second_thing_after_and_keeps_the_clause_that_places_the_person() {
    let d = read("Border\n\nKhin Myo Thet, who sells Chinese batteries and rope from a stall near the Myawaddy market, said prices had doubled.");
    assert_eq!(country_of(&d, "Khin Myo Thet").as_deref(), Some("MMR"));
    // (a second verb still starts another clause: where the goods go is no home)
    let d = read("Border\n\nKhin Myo Thet, who buys batteries in Myawaddy and sells them in Bangkok, said prices had doubled.");
    assert_eq!(country_of(&d, "Khin Myo Thet").as_deref(), Some("MMR"));
}

#[test]
fn a_name_whose_surname_is_a_town_s_is_a_person_before_a_comma_and_who() {
    let d = read("Trade\n\nPrasit Chaiyaphum, who runs a freight company, said trade had fallen.");
    assert_eq!(mentioned(&d, "Prasit Chaiyaphum").kind, EntityKind::Person);
}

#[test]
fn a_site_named_by_its_address_is_an_outlet_of_its_domain_s_state() {
    let d = read("Talks\n\nAccording to Zamanpost.kg, the talks resumed. Kartlinews.ge said so too.");
    let e = mentioned(&d, "Zamanpost.kg");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Kartlinews.ge").as_deref(), Some("GEO"));
    // (a domain the world uses says nothing of the state)
    let d = read("Talks\n\nAccording to Steppewire.io, the talks resumed.");
    assert!(entity_at(&d, "Steppewire.io", 0).is_none_or(|e| e.country.is_none()));
}

#[test]
fn a_mission_in_lower_case_beside_an_international_body_is_no_state_s() {
    let text = "Vote\n\nMoldova voted on Sunday. Moldova's parties campaigned hard and Moldova's courts were busy. \
                Observers from the OSCE said the vote was competitive. Ilse Brandauer, who led the mission, noted that the scanners worked.";
    let d = read(text);
    assert_eq!(country_of(&d, "Ilse Brandauer"), None);
    // (a state's mission stays the state's where no international body is near)
    let text = "Vote\n\nMoldova voted on Sunday. Moldova's parties campaigned hard. Ilse Brandauer, who led the mission, noted that the scanners worked.";
    let d = read(text);
    assert_eq!(country_of(&d, "Ilse Brandauer").as_deref(), Some("MDA"));
}

#[test]
fn the_spokesperson_of_an_international_official_has_no_state() {
    let d = read_on("Talks\n\nMarta Vilaça, Costa's spokeswoman, described the talks as frank.", Some("2025-10-20"));
    assert_eq!(country_of(&d, "Marta Vilaça"), None);
    // (a state's leader's spokeswoman is of the state)
    let d = read_on("Talks\n\nMarta Vilaça, Starmer's spokeswoman, described the talks as frank.", Some("2025-10-20"));
    assert_eq!(country_of(&d, "Marta Vilaça").as_deref(), Some("GBR"));
}

#[test]
fn a_state_after_on_is_what_a_body_speaks_of_not_part_of_its_name() {
    let d = read("Rights\n\nThe office has reported to the Human Rights Council on Myanmar every year since 2021.");
    let e = entity_at(&d, "Human Rights Council", 0).expect("the council is a mention of its own");
    assert_eq!(e.country, None);
    assert_eq!(country_of(&d, "Myanmar").as_deref(), Some("MMR"));
}

#[test]
fn a_river_basin_organisation_of_several_states_is_no_one_state_s() {
    let text = "Lake\n\nChad and Niger asked the Lake Chad Basin Commission (LCBC) to count the fishermen. \
                Amadou Sidibé, who leads the commission's water division at its secretariat in N'Djamena, said the lake was shrinking.";
    let d = read(text);
    assert_eq!(country_of(&d, "Lake Chad Basin Commission"), None);
    assert_eq!(country_of(&d, "LCBC"), None);
    assert_eq!(country_of(&d, "Amadou Sidibé"), None);
}

#[test]
fn a_body_apposed_to_a_part_of_a_known_state_body_is_in_its_state() {
    let d = read("Border\n\nSoldiers of the Suranari Task Force, the Royal Thai Army unit that watches the river, kept up patrols.");
    assert_eq!(country_of(&d, "Suranari Task Force").as_deref(), Some("THA"));
    // (Japan's services by their own names)
    let d = read("Base\n\nThe Air Self-Defense Force scrambled two jets.");
    assert_eq!(country_of(&d, "Air Self-Defense Force").as_deref(), Some("JPN"));
}

#[test]
fn the_faroe_islands_are_a_territory_of_their_own_in_fisheries_news() {
    let d = read("Fish\n\nNorway and the Faroes agreed quotas; Faroese trawlers may fish the zone, Tórshavn said.");
    for s in ["Faroes", "Faroese", "Tórshavn"] {
        assert_eq!(country_of(&d, s).as_deref(), Some("FRO"), "{s}");
    }
}

#[test]
fn a_movement_named_as_a_government_gives_its_officials_its_state() {
    let d = read("Talks\n\nThe Houthi authorities have sent Faisal Qasim al-Wazir, a deputy foreign minister.");
    assert_eq!(country_of(&d, "Faisal Qasim al-Wazir").as_deref(), Some("YEM"));
    // (not a movement named otherwise)
    let d = read("Talks\n\nThe Houthis have fired on ships. Faisal Qasim al-Wazir, a deputy foreign minister, said nothing.");
    assert_ne!(country_of(&d, "Faisal Qasim al-Wazir").as_deref(), Some("YEM"));
}

#[test]
fn a_sentence_opened_in_a_place_described_by_an_apposition_sets_the_person_after_it() {
    // (the village no list knows is placed by its apposition, and the woman named after it lives there,
    // though the story's dateline is the other state's and her husband is held there)
    let text = "Nets\n\nCHENNAI, India — India and Sri Lanka met again on Monday over fishing rights. India wants its boats back.\n\n\
                In Kovilkandy, a fishing village near Point Pedro, Rosa Tharmalingam has waited since March for her husband, held in Chennai.";
    let d = read(text);
    assert_eq!(country_of(&d, "Kovilkandy").as_deref(), Some("LKA"));
    assert_eq!(country_of(&d, "Rosa Tharmalingam").as_deref(), Some("LKA"));
    // (a word of direction before the place's "in", and the kind of place after its name)
    let text = "Water\n\nOSH, Kyrgyzstan — Kyrgyzstan and Tajikistan opened talks on the canal. Kyrgyzstan said the water was shared.\n\n\
                Across the line, in Khujand district, Malika Saidova sews dresses for the bazaar.";
    let d = read(text);
    assert_eq!(country_of(&d, "Malika Saidova").as_deref(), Some("TJK"));
}

#[test]
fn an_officer_named_through_its_is_of_the_body_named_last() {
    let d = read("Gas\n\nEquinor has delayed the field by a year. Its head of exploration, Lars Bakken, blamed the weather.");
    assert_eq!(country_of(&d, "Lars Bakken").as_deref(), Some("NOR"));
    let d = read("Ore\n\nProtests have closed a mine run by Codelco. Pablo Rivas, the company's director of projects, said talks would resume.");
    assert_eq!(country_of(&d, "Pablo Rivas").as_deref(), Some("CHL"));
    let d = read("Oil\n\nPetrobras is selling two refineries. Ana Lima, a member of its board, opposes the sale.");
    assert_eq!(country_of(&d, "Ana Lima").as_deref(), Some("BRA"));
    // ("The company's …, X,": a word for the body before the title)
    let d = read("Data\n\nThe Prague daily Dnešek published the figures. The newspaper's reporter, Jana Novotná, obtained them.");
    assert_eq!(country_of(&d, "Jana Novotná").as_deref(), Some("CZE"));
    // (an international body gives no state)
    let d = read("Camps\n\nThe UN refugee agency UNHCR counted 4,000 arrivals in Chad. Its spokeswoman, Marta Lindgren, said more were coming.");
    assert_eq!(country_of(&d, "Marta Lindgren"), None);
}

#[test]
fn an_outlet_named_by_a_common_word_is_read_as_one_where_the_words_around_it_say_so() {
    // (a paper whose name is an ordinary word or a given name, in a story naming its state)
    let d = read("Border\n\nPakistan and Afghanistan reopened a crossing. Nadia Shah of Dawn reports that traders are waiting.");
    assert_eq!(entity_at(&d, "Dawn", 0).map(|e| e.kind), Some(EntityKind::Organization));
    assert_eq!(country_of(&d, "Dawn").as_deref(), Some("PAK"));
    assert_eq!(country_of(&d, "Nadia Shah").as_deref(), Some("PAK"));
    // (a body named "The …" after "of" is the person's body: "X of The Guardian")
    let d = read("Leak\n\nTom Reid of The Guardian obtained the memo.");
    assert_eq!(country_of(&d, "Tom Reid").as_deref(), Some("GBR"));
    // (of several papers of one name, the one whose state the story names; the one the world knows
    // where it names none)
    let d = read("Vote\n\nKenya goes to the polls. Amina Wario told The Star that turnout would be low.");
    assert_eq!(country_of(&d, "The Star").as_deref(), Some("KEN"));
    let d = read("Budget\n\nThe chancellor set out his plans, writing in the Guardian newspaper on Sunday.");
    assert_eq!(country_of(&d, "Guardian").as_deref(), Some("GBR"));
    // (not a person of that name, nor the word elsewhere)
    let d = read("Talks\n\nPakistan said talks would resume at dawn. Dawn Hughes, a teacher, waited.");
    assert_ne!(entity_at(&d, "Dawn Hughes", 0).map(|e| e.kind), Some(EntityKind::Organization));
    assert!(entity_at(&d, "dawn", 0).is_none());
}

#[test]
fn a_given_name_of_a_region_the_lists_know_opens_a_person_before_any_verb() {
    // (no speech verb, no title: only the given name says these are people)
    for (name, text) in [
        ("Chileshe Mubanga", "Copper\n\nIn the township, Chileshe Mubanga sells fritters to the drivers."),
        ("Agostinho Mabunda", "Cashew\n\nAgostinho Mabunda grows cashews near the coast."),
        ("Sigrún Halldórsdóttir", "Fish\n\nThis winter Sigrún Halldórsdóttir runs the harbour's fish market alone."),
    ] {
        let d = read(text);
        assert_eq!(entity_at(&d, name, 0).map(|e| e.kind), Some(EntityKind::Person), "{name}");
    }
}

#[test]
fn a_body_named_after_a_town_only_geonames_knows_is_in_that_towns_state() {
    // (the town is named alone too, and the story names its state)
    let text = "Nets\n\nIndia and Sri Lanka met over fishing. Boats from Colachel stayed in port. \
                Members of the Colachel Country Boat Owners Association said the talks had failed.";
    let d = read(text);
    assert_eq!(country_of(&d, "Colachel Country Boat Owners Association").as_deref(), Some("IND"));
    // (a word that is some town's somewhere, never named alone, opens no town's body)
    let d = read("Court\n\nThe United States and Guatemala disagreed. The Supreme Electoral Tribunal in Guatemala City ruled.");
    assert_ne!(country_of(&d, "Supreme Electoral Tribunal").as_deref(), Some("USA"));
}

#[test]
fn a_local_commissioner_is_a_states_official_and_a_title_of_a_place_after_a_copula_places_them() {
    // (a district or regional commissioner is a local governor, not an international commissioner)
    let d = read("Roads\n\nKenya and Tanzania met. Juma Hamisi, regional commissioner of Tanga, opened the road.");
    assert_eq!(country_of(&d, "Juma Hamisi").as_deref(), Some("TZA"));
    // (a title of a place right after "has been" or "is", with no article)
    let d = read("Roads\n\nKenya and Tanzania met. Halima Mdee has been regional commissioner of Tanga since May.");
    assert_eq!(country_of(&d, "Halima Mdee").as_deref(), Some("TZA"));
    let d = read("Water\n\nArmenia and Georgia met. Vardan Ghukasyan is mayor of Gyumri.");
    assert_eq!(country_of(&d, "Vardan Ghukasyan").as_deref(), Some("ARM"));
}

#[test]
fn a_state_title_of_a_members_body_is_no_office_of_state() {
    let d = read("Tea\n\nKenya raised export duties. Peter Kamau, president of the Kenya Tea Growers Association, said the rise would hurt farmers.");
    let e = mentioned(&d, "Peter Kamau");
    assert_eq!(e.country.as_deref(), Some("KEN"));
    assert!(!e.code.as_deref().unwrap_or("").ends_with("GOV"), "{:?}", e.code);
    // (a state's own body keeps the office: the president of a state's court)
    let d = read("Court\n\nKenya's courts were busy. Martha Koome, president of the Supreme Court of Kenya, said so.");
    assert!(mentioned(&d, "Martha Koome").code.as_deref().is_some_and(|c| c.starts_with("KEN")));
}

#[test]
fn a_known_company_named_again_without_its_trade_word_is_that_company() {
    // (the short name is also a town's; the company was named in full first)
    let d = read("Gas\n\nThe operator is Woodside Energy, based in Perth. For years Woodside has argued for a pipeline to Darwin.");
    assert!(one_entity(&d, ("Woodside Energy", 0), ("Woodside", 1)));
    assert_eq!(entity_at(&d, "Woodside", 1).and_then(|e| e.country.clone()).as_deref(), Some("AUS"));
    // (a firm no list knows, by its trade word "Group")
    let d = read("Bid\n\nThe Corvana Group made an offer on Monday. On Tuesday Corvana said it would raise the price.");
    assert!(one_entity(&d, ("Corvana Group", 0), ("Corvana", 1)));
    // (also opening a sentence, where no rule proposes an unknown word alone)
    let d = read("Bid\n\nThe Velmora Group made an offer on Monday. Velmora said it would raise the price.");
    assert!(one_entity(&d, ("Velmora Group", 0), ("Velmora", 1)));
    // (not a word the story also writes in lower case)
    let d = read("Ore\n\nBaoshan Iron and Steel Co. signed. Steel prices rose as steel demand grew.");
    assert!(entity_at(&d, "Steel prices", 0).is_none() && entity_at(&d, "Steel", 1).is_none());
    // (a state's body is no company: its last word is no trade word there)
    let d = read("Fish\n\nThe Bureau of Fisheries and Aquatic Resources said the boats had left.");
    assert_eq!(mentioned(&d, "Bureau of Fisheries and Aquatic Resources").kind, EntityKind::Organization);
}

#[test]
fn a_known_company_named_without_its_legal_form_or_group_is_that_company() {
    let d = read("Phones\n\nProfits at MTN rose in Lagos, and Kuwait Oil will drill more wells.");
    assert_eq!(country_of(&d, "MTN").as_deref(), Some("ZAF"));
    assert_eq!(mentioned(&d, "MTN").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Kuwait Oil").as_deref(), Some("KWT"));
}

#[test]
fn a_states_adjective_and_a_word_for_an_agency_or_operator_before_a_name_give_its_state() {
    let d = read("Grid\n\nShe told the Tongan news agency TNX that the Zambian grid operator ZEGX and the Chilean regulator SMC had agreed.");
    assert_eq!(mentioned(&d, "TNX").code.as_deref(), Some("TONMED"));
    assert_eq!(mentioned(&d, "ZEGX").code.as_deref(), Some("ZMBBUS"));
    assert_eq!(mentioned(&d, "SMC").code.as_deref(), Some("CHLGOV"));
}

#[test]
fn a_hyphened_word_inside_a_bodys_name_after_a_state_keeps_the_name_whole() {
    let d = read("Trade\n\nThe Malawi Cross-Border Traders Association wants the post open at night.");
    assert_eq!(mentioned(&d, "Malawi Cross-Border Traders Association").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Malawi Cross-Border Traders Association").as_deref(), Some("MWI"));
    // (a hyphen beside the state still joins states: "the Malawi-Zambia border")
    let d = read("Trade\n\nThe Malawi-Zambia border reopened.");
    assert_eq!(country_of(&d, "Malawi").as_deref(), Some("MWI"));
    assert_eq!(country_of(&d, "Zambia").as_deref(), Some("ZMB"));
}

#[test]
fn regional_economic_communities_and_development_banks_are_international_bodies() {
    let d = read("Trade\n\nThe Common Market for Eastern and Southern Africa (COMESA) and the West African Development Bank met in Lomé.");
    for s in ["Common Market for Eastern and Southern Africa", "COMESA", "West African Development Bank"] {
        let e = mentioned(&d, s);
        assert_eq!(e.kind, EntityKind::Organization, "{s}");
        assert_eq!(e.country, None, "{s}");
        assert!(e.code.as_deref().is_some_and(|c| c.starts_with("IGO")), "{s}");
    }
}

#[test]
fn a_ministry_of_defence_named_without_a_state_is_the_home_states() {
    let d = read("Drills\n\nMANILA, Philippines — Two patrol boats left Subic Bay on Monday, the Ministry of Defense said.");
    assert_eq!(country_of(&d, "Ministry of Defense").as_deref(), Some("PHL"));
    // (nor Britain's in a story that sets itself in no state and never names Britain)
    let d = read("Ferries\n\nChile wants more Peruvian visitors, and Chilean hotels agree. Peru sends buses. \"I leave security to the Ministry of Defense,\" the mayor said.");
    assert_ne!(country_of(&d, "Ministry of Defense").as_deref(), Some("GBR"));
    // (in a British story it is still Britain's)
    let d = read("Army\n\nBritish troops will leave Basra by May, the Ministry of Defence said. The MoD confirmed it.");
    assert_eq!(country_of(&d, "Ministry of Defence").as_deref(), Some("GBR"));
}

#[test]
fn a_body_between_the_appositions_article_and_a_noun_for_work_is_the_persons_employer() {
    let d = read("Cable\n\n\"One line is not enough,\" said Kari Berg, the Equinor engineer who led the survey. Lars Holm, a Petrobras geologist, agreed.");
    assert_eq!(country_of(&d, "Kari Berg").as_deref(), Some("NOR"));
    assert_eq!(country_of(&d, "Lars Holm").as_deref(), Some("BRA"));
    // (an international body's worker is of no state)
    let d = read("Camps\n\nKenya closed the camp. Ola Dahl, a UNHCR field officer, said so.");
    assert_eq!(country_of(&d, "Ola Dahl"), None);
}

#[test]
fn a_dash_inside_a_bodys_name_does_not_end_the_apposition() {
    let d = read("Vote\n\nThree questions for Ivan Petrov, senior adviser at the DPS–New Beginning.");
    assert_eq!(country_of(&d, "Ivan Petrov").as_deref(), Some("BGR"));
    assert!(mentioned(&d, "Ivan Petrov").code.as_deref().is_some_and(|c| c.ends_with("PTY")));
}

#[test]
fn a_language_spoken_in_a_mix_or_brokenly_is_no_state_and_no_person() {
    let d = read("Market\n\nThe traders speak a mix of Portuguese and Kreyòl, and the porters speak broken French and some Lingala.");
    for s in ["Portuguese", "French"] {
        assert!(entity_at(&d, s, 0).is_none_or(|e| e.kind != EntityKind::State), "{s}");
    }
    for s in ["Kreyòl", "Lingala"] {
        assert!(entity_at(&d, s, 0).is_none_or(|e| e.kind != EntityKind::Person), "{s}");
    }
}

#[test]
fn a_rank_before_a_title_at_an_appositions_head_keeps_the_title() {
    let d = read("Water\n\nAidos Serikov, first deputy minister at Kazakhstan's Ministry of Energy, said the pipeline would open.");
    let e = mentioned(&d, "Aidos Serikov");
    assert_eq!((e.role.as_deref(), e.country.as_deref()), (Some("deputy minister"), Some("KAZ")));
}

#[test]
fn corp_without_a_point_is_a_legal_form_and_leaves_the_short_name() {
    // "Corp" as wire copy writes it, with no full stop: the word before the trade word names the company
    let d = read(
        "QUITO — Tarvenna Copper Corp, a Toronto-based explorer, asked for a water permit on Monday. \
         Tarvenna said the delay had cost it a season. Tarvenna's chief executive, Odile Marchetti, said the firm would wait.",
    );
    assert!(one_entity(&d, ("Tarvenna Copper Corp", 0), ("Tarvenna", 1)));
    assert_eq!(country_of(&d, "Tarvenna Copper Corp").as_deref(), Some("CAN"));
    assert_eq!(country_of(&d, "Odile Marchetti").as_deref(), Some("CAN"));
}

#[test]
fn the_agencys_officer_belongs_to_the_agency_not_a_company_named_since() {
    // "the agency's director" after a public body and then a company: the company is no agency
    let d = read(
        "The mine needs a permit from the Kenya Water Resources Authority. The agency asked Marrowgate Nickel Ltd, \
         a Johannesburg-based miner, for more data. Wanjiru Otieno, the agency's director of permits, said a ruling would follow.",
    );
    assert_eq!(country_of(&d, "Marrowgate Nickel Ltd").as_deref(), Some("ZAF"));
    assert_eq!(country_of(&d, "Wanjiru Otieno").as_deref(), Some("KEN"));
}

#[test]
fn a_ministry_in_a_paragraph_opened_in_a_capital_is_that_states_without_a_dateline() {
    // no dateline: the paragraph's first sentence sets it in Port Vila, and the ministry named in its
    // next sentence, which names no state, is Vanuatu's — and so is the adviser who works there
    let d = read(
        "Fiji and Vanuatu have argued over the reef for years, and Suva wants a joint survey.\n\n\
         In Port Vila, officials are more cautious. Jeanette Kalo, an adviser in the Ministry of Lands and Natural Resources, \
         said the old charts were wrong.",
    );
    assert_eq!(country_of(&d, "Ministry of Lands and Natural Resources").as_deref(), Some("VUT"));
    assert_eq!(country_of(&d, "Jeanette Kalo").as_deref(), Some("VUT"));
}

#[test]
fn a_paragraph_opened_for_a_state_sets_its_ministry() {
    // "For Kyrgyzstan, …" opens a paragraph about that state; its ministry named later in it is that state's
    let d = read(
        "Uzbekistan and Kazakhstan want more water in spring, and Tashkent has asked for a new schedule.\n\n\
         For Kyrgyzstan, the question is winter power. Aibek Toktorov, a deputy minister at the Ministry of Water Resources \
         and Irrigation, said the reservoir could not be drawn down before March.",
    );
    assert_eq!(country_of(&d, "Ministry of Water Resources and Irrigation").as_deref(), Some("KGZ"));
    assert_eq!(country_of(&d, "Aibek Toktorov").as_deref(), Some("KGZ"));
}

#[test]
fn a_ministry_named_bare_after_a_states_ministry_of_that_kind_is_that_one() {
    // "the Ethiopian foreign ministry … the Ministry of Foreign Affairs": the same body named again
    let d = read(
        "Talks between Sudan and South Sudan opened on Tuesday at a guesthouse of the Ethiopian foreign ministry. \
         Meseret Alemu, a spokeswoman for the Ministry of Foreign Affairs, said the delegations would meet again in a week.",
    );
    assert_eq!(country_of(&d, "Ministry of Foreign Affairs").as_deref(), Some("ETH"));
    assert_eq!(country_of(&d, "Meseret Alemu").as_deref(), Some("ETH"));
}

#[test]
fn a_sentence_that_crosses_the_border_leaves_the_paragraphs_state() {
    // "In Ankara, … Across the border, X, who heads the Ministry of …": not the paragraph's state
    let d = read(
        "Turkey and Iraq disagree about the dam.\n\n\
         In Ankara, officials say the reservoir will fill by spring. Across the border, Salim Dawood, who heads the Ministry of Water Resources, \
         has said the river is \"a shared trust\".",
    );
    assert_ne!(country_of(&d, "Ministry of Water Resources").as_deref(), Some("TUR"));
    assert_ne!(country_of(&d, "Salim Dawood").as_deref(), Some("TUR"));
}

#[test]
fn who_leads_or_speaks_for_a_states_delegation_or_side_is_that_states() {
    // a state's adjective and a word for its part in talks: "the Sudanese delegation", "the Chadian section"
    let d = read(
        "Talks on the river resumed on Monday in a hotel by the lake.\n\n\
         Amina Yusuf, head of the Sudanese delegation, said little. The head of the Chadian delegation, Omar Haddad, spoke at length. \
         Ruth Okello, who represents the Ugandan side, said nothing. Pedro Alves heads the Brazilian section of the joint commission. \
         The Malawian delegation's spokeswoman, Lucy Phiri, left early. Tariq Aziz, a spokesman for the Ethiopian negotiating team, \
         said a deal was near. Ines Duarte, a marine biologist, leads the Angolan team on the survey ship.",
    );
    for (name, cc) in [
        ("Ines Duarte", "AGO"),
        ("Amina Yusuf", "SDN"),
        ("Omar Haddad", "TCD"),
        ("Ruth Okello", "UGA"),
        ("Pedro Alves", "BRA"),
        ("Lucy Phiri", "MWI"),
        ("Tariq Aziz", "ETH"),
    ] {
        assert_eq!(country_of(&d, name).as_deref(), Some(cc), "{name}");
    }
}

#[test]
fn meeting_a_states_delegation_makes_no_member_of_it() {
    // the phrase must say the person is part of the side, not that they acted on it
    let d = read(
        "Talks on the river resumed on Monday in a hotel by the lake, with Sudan and Chad at the table.\n\n\
         Marta Lindqvist, who met the Sudanese delegation on Sunday, said little. Talks with the Chadian delegation, Jonas Berg said, went well. \
         Eva Holm, a water engineer, met the Sudanese section on Monday.",
    );
    assert_eq!(country_of(&d, "Eva Holm"), None);
    assert_eq!(country_of(&d, "Marta Lindqvist"), None);
    assert_eq!(country_of(&d, "Jonas Berg"), None);
}

#[test]
fn a_description_placing_a_person_before_their_name_gives_that_places_state() {
    // "A nurse from Goroka, X,": the apposition before the name places them as the one after it does
    let d = read(
        "Boats on the lake were late again this week.\n\n\
         A nurse from Goroka, Ruth Kaupa, treated the crew. The paper quoted a member of parliament for Mbeya, Juma Haji, \
         on the delay. Ally Kibona, a member of parliament for Arusha, said nothing.",
    );
    assert_eq!(country_of(&d, "Ruth Kaupa").as_deref(), Some("PNG"));
    assert_eq!(country_of(&d, "Juma Haji").as_deref(), Some("TZA"));
    // (the seat a member sits for is where they are from)
    assert_eq!(country_of(&d, "Ally Kibona").as_deref(), Some("TZA"));
    // a place one visited is no home, before the name as after it
    let d = read("Boats on the lake were late again this week.\n\nAfter a visit to Kisumu, Joseph Morgan said the boats were full.");
    assert_eq!(country_of(&d, "Joseph Morgan"), None);

}

#[test]
fn a_body_s_apposition_with_joined_trades_or_as_a_government_s_arm_gives_its_state() {
    let d = read(
        "A port deal was signed on Wednesday.\n\n\
         Egeo Lines S.A., a Greek ferry and short-sea operator, will run the terminal. Nile Fund, an investment arm of \
         the Egyptian government, owns a third of it. Its chairman, Omar Farouk, said little.",
    );
    assert_eq!(mentioned(&d, "Egeo Lines S.A.").code.as_deref(), Some("GRCBUS"));
    assert_eq!(country_of(&d, "Nile Fund").as_deref(), Some("EGY"));
    // (its officer follows it)
    assert_eq!(country_of(&d, "Omar Farouk").as_deref(), Some("EGY"));
}

#[test]
fn a_person_no_words_place_takes_the_story_s_state_their_names_are_distinctive_of() {
    // a border story naming two states: the names choose between them, and only between them
    let d = read(
        "The border between Armenia and Turkey has been closed since 1993.\n\n\
         Mehmet Aydın runs a guesthouse near the ruins and hopes for visitors. Anahit Sargsyan sells apricots by the road. \
         Mehmet Müller, who came for the ruins, said little. Nguyen Thi Lan took photographs.",
    );
    assert_eq!(country_of(&d, "Mehmet Aydın").as_deref(), Some("TUR"));
    assert_eq!(country_of(&d, "Anahit Sargsyan").as_deref(), Some("ARM"));
    // (names of two cultures agree on no state; a culture whose state the story does not name gives none)
    assert_eq!(country_of(&d, "Mehmet Müller"), None);
    assert_eq!(country_of(&d, "Nguyen Thi Lan"), None);
    // one who holds an office is left to the text: an international body's staff are of no state
    let d = read(
        "Senegal and Mali met on the river on Monday.\n\nThe special representative, Cheikh Ndiaye, said the talks would go on.",
    );
    assert_eq!(country_of(&d, "Cheikh Ndiaye"), None);
}

#[test]
fn a_place_s_apposition_may_name_a_group_of_places_or_a_quarter_of_the_state() {
    let d = read(
        "Islands on the line were quiet this week.\n\n\
         The Tovari Islands, a scatter of islands in Vanuatu's Tafea Province, lie close to the line. \
         Ruvana, a small port in northern Mozambique, is busy.",
    );
    assert_eq!(country_of(&d, "Tovari Islands").as_deref(), Some("VUT"));
    assert_eq!(country_of(&d, "Ruvana").as_deref(), Some("MOZ"));
}

#[test]
fn a_state_s_own_body_with_no_state_word_takes_the_one_state_its_sentence_names() {
    let d = read(
        "Summit notes\n\nA statement from Bamako, read on the state broadcaster Sahel Vision, said the talks went well. \
         A statement from Dakar and Banjul, read on the state broadcaster Voix Libre, said the same.",
    );
    assert_eq!(country_of(&d, "Sahel Vision").as_deref(), Some("MLI"));
    // (two states named: whose broadcaster it is stays open)
    assert_eq!(country_of(&d, "Voix Libre"), None);
}

#[test]
fn a_town_listed_among_towns_of_one_state_is_in_that_state() {
    let d = read(
        "Roads cut\n\nFloods cut the roads between Arusha, Tala and Moshi last week. \
         Buses still run between Arusha, Tala and Nairobi.",
    );
    // (GeoNames knows a Tala in several other states; the list places it)
    assert_eq!(country_of(&d, "Tala").as_deref(), Some("TZA"));
    // (a list of two states' towns leaves it open)
    let d = read("Roads cut\n\nBuses still run between Arusha, Tala and Nairobi.");
    assert_eq!(country_of(&d, "Tala"), None);
}

#[test]
fn unknown_names_listed_among_known_places_are_places() {
    let d = read(
        "Roads cut\n\nFloods cut the roads between Arusha, Mbolwe, Kirunda and Moshi last week.",
    );
    for name in ["Mbolwe", "Kirunda"] {
        let e = mentioned(&d, name);
        assert_eq!(e.kind, EntityKind::Place, "{name}");
        assert_eq!(e.country.as_deref(), Some("TZA"), "{name}");
    }
    // (a list with a person in it is no list of places)
    let d = read("Guests\n\nThe dinner brought together Arusha, Mbolwe, Kirunda and Joseph Morgan.");
    assert!(d.entities.iter().all(|e| !(e.kind == EntityKind::Place && e.name == "Mbolwe")));
}

#[test]
fn a_body_named_after_a_noun_for_a_local_body_is_the_story_s_state() {
    let d = read(
        "LIBREVILLE, March 4 - Gabon reopened its border with Cameroon on Tuesday.\n\n\
         The hauliers' association Transgab says its members lost money during the closure. The daily Le Matin \
         carried a column on the talks. A cooperative, Medisoins, was contracted for food. The mining company \
         Orvanta shipped no ore. Gabon said the talks went well.",
    );
    for name in ["Transgab", "Le Matin", "Medisoins"] {
        assert_eq!(country_of(&d, name).as_deref(), Some("GAB"), "{name}");
    }
    // (a firm may trade from anywhere)
    assert_eq!(country_of(&d, "Orvanta"), None);
    // (a story set nowhere in particular gives none)
    let d = read("Markets\n\nThe daily Le Matin carried a column on the talks between Gabon and Cameroon.");
    assert_eq!(country_of(&d, "Le Matin"), None);
}

#[test]
fn an_international_officer_in_office_takes_no_home_state_from_an_unowned_title() {
    for text in [
        "VILNIUS, Feb 12 - Lithuania closed its airspace again.\n\nThe foreign policy chief, Kaja Kallas, called the incursions a hybrid campaign. Lithuania said it would close the border.",
        "VILNIUS, Feb 12 - Lithuania closed its airspace again.\n\nKaja Kallas, the bloc's foreign policy chief, called the incursions a hybrid campaign. Lithuania said it would close the border.",
    ] {
        let d = read_on(text, Some("2026-02-12"));
        assert_eq!(country_of(&d, "Kaja Kallas"), None, "{text}");
    }
    // (a state's official of that title still takes the story's state)
    let d = read_on(
        "VILNIUS, Feb 12 - Lithuania closed its airspace again.\n\nThe foreign policy chief, Daniel Walsh, called the incursions a hybrid campaign. Lithuania said it would close the border.",
        Some("2026-02-12"),
    );
    assert_eq!(country_of(&d, "Daniel Walsh").as_deref(), Some("LTU"));
}

#[test]
fn the_head_of_a_group_s_delegation_is_of_the_group_s_state() {
    let d = read(
        "MUSCAT, May 3 - Talks resumed on Tuesday.\n\n\
         The envoy meets the Houthi delegation's chief, Joseph Morgan, in a villa the Omani government keeps. \
         He met the head of the Taliban delegation, Tom Baker, on Monday.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("YEM"));
    assert_eq!(country_of(&d, "Tom Baker").as_deref(), Some("AFG"));
}

#[test]
fn a_sentence_opened_in_a_town_places_the_person_a_trade_describes_after_it() {
    for text in [
        "In Kasane, hotelier Joseph Morgan pays for a diesel generator.",
        "In Kasane, the hotelier Joseph Morgan pays for a diesel generator.",
        "In Kasane, a local fisherman, Joseph Morgan, pays for a diesel generator.",
    ] {
        let d = read(&format!("Power cuts\n\nBotswana buys power from South Africa. {text} Botswana must change course."));
        assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("BWA"), "{text}");
    }
    // (not someone whom the town's people meet)
    let d = read("Power cuts\n\nBotswana buys power from South Africa. In Kasane, officials met Joseph Morgan. Botswana must change course.");
    assert_eq!(country_of(&d, "Joseph Morgan"), None);
}

#[test]
fn a_state_agency_named_with_no_state_is_the_state_its_sentence_acts_for() {
    let d = read(
        "Border posts\n\nThe post is the Indonesian customs hall, run by the National Frontier Works Agency. \
         The Indian side is led by Joseph Morgan, a joint secretary in the Department of Coastal Fisheries.",
    );
    assert_eq!(country_of(&d, "National Frontier Works Agency").as_deref(), Some("IDN"));
    assert_eq!(country_of(&d, "Department of Coastal Fisheries").as_deref(), Some("IND"));
    // (nothing that sets it above states: a regional agency stays no one's)
    let d = read("Border posts\n\nThe post is the Indonesian customs hall, run by the Pacific Frontier Works Agency.");
    assert_eq!(country_of(&d, "Pacific Frontier Works Agency"), None);
}

#[test]
fn a_lone_word_that_speaks_makes_the_unknown_name_holding_it_a_person() {
    let d = read(
        "Fish market\n\nAcross the estuary, fish trader Odalvina Mbekwe Asumu smokes the catch of local boats.\n\n\
         \"We will all be poorer,\" Mbekwe said.",
    );
    let e = mentioned(&d, "Odalvina Mbekwe Asumu");
    assert_eq!(e.kind, EntityKind::Person);
    // (the middle word, the father's surname, is the same person)
    assert!(one_entity(&d, ("Odalvina Mbekwe Asumu", 0), ("Mbekwe", 1)));
}

#[test]
fn an_unknown_subject_a_pronoun_takes_up_is_a_person() {
    let d = read(
        "River towns\n\nIn Chiang Khan, a riverside town, Sompit Wongkaew has fished the river for thirty years. \
         His catch fell after the dam opened.",
    );
    assert_eq!(mentioned(&d, "Sompit Wongkaew").kind, EntityKind::Person);
    // (a body the next sentence calls "it" is none)
    let d = read("River towns\n\nIn Chiang Khan, Mekhala Freightways has moved rice for thirty years. Its boats are old.");
    assert!(d.entities.iter().all(|e| !(e.kind == EntityKind::Person && e.name.contains("Mekhala"))));
}

#[test]
fn a_town_near_a_known_town_or_described_by_a_state_s_adjective_is_in_that_state() {
    for (text, cc) in [
        ("They met at Dorvanu, a sliver of Lithuanian territory almost surrounded by Belarus.", "LTU"),
        ("They met at Dorvanu, a Lithuanian village, last week.", "LTU"),
        ("They met at Dorvanu, a settlement near Vanimo, last week.", "PNG"),
        ("They met at Dorvanu, near Vanimo, last week.", "PNG"),
        ("A new line runs from Dorvanu, in eastern Angola, to Chingola.", "AGO"),
        ("She sells at the market at Dorvanu, on the Indonesian side, where buyers pay in rupiah.", "IDN"),
    ] {
        let d = read(&format!("Border towns\n\n{text}"));
        assert_eq!(country_of(&d, "Dorvanu").as_deref(), Some(cc), "{text}");
    }
    // (a state's adjective that describes no kind of place says nothing of where it is)
    let d = read("Border towns\n\nThey met at Dorvanu, a Lithuanian idea of a meeting place, last week.");
    assert_eq!(country_of(&d, "Dorvanu"), None);
}

#[test]
fn a_local_body_after_a_sentence_opened_in_a_town_is_that_town_s_state() {
    let d = read(
        "MZUZU, March 3 - Malawi and Tanzania resumed talks on the lake.\n\n\
         Malawi wants the shore line. From Dar es Salaam, the newspaper Kesho Daima quotes a member of parliament. Malawi said no.",
    );
    assert_eq!(country_of(&d, "Kesho Daima").as_deref(), Some("TZA"));
}

#[test]
fn a_state_an_official_reports_on_does_not_take_their_office_from_the_home_state() {
    let d = read(
        "OSH, Kyrgyzstan, Aug 14 — Uzbekistan has cut inspection times for Kyrgyz lorries, the Kyrgyz Ministry of Economy said.\n\n\
         Deputy Minister Joseph Morgan told reporters in Bishkek that Tashkent had agreed to open two more lanes.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("KGZ"));
    // (where the official speaks still counts: "said in Tashkent")
    let d = read(
        "OSH, Kyrgyzstan, Aug 14 — Uzbekistan has cut inspection times for Kyrgyz lorries, the Kyrgyz Ministry of Economy said.\n\n\
         \"We will open two more lanes,\" Deputy Minister Joseph Morgan said in Tashkent.",
    );
    assert_ne!(country_of(&d, "Joseph Morgan").as_deref(), Some("KGZ"));
}

#[test]
fn a_body_named_for_a_region_across_states_takes_no_home_state() {
    let d = read(
        "OSH, Kyrgyzstan, Aug 14 — Uzbekistan has cut inspection times for Kyrgyz lorries.\n\n\
         The Eurasian Customs Board has warned against separate deals. Kyrgyzstan said it would comply.",
    );
    assert_eq!(country_of(&d, "Eurasian Customs Board"), None);
}

#[test]
fn a_local_body_in_a_paragraph_set_in_another_state_is_that_state_s() {
    let d = read(
        "OSH, Kyrgyzstan, Aug 14 — Uzbekistan has cut inspection times for Kyrgyz lorries. Kyrgyzstan welcomed it.\n\n\
         In Andijan, the regional governor visited the crossing on Wednesday. The local newspaper Yangi Kun reported that traders cheered him.",
    );
    assert_eq!(country_of(&d, "Yangi Kun").as_deref(), Some("UZB"));
}

#[test]
fn a_known_head_of_government_acting_in_the_sentence_before_gives_an_untagged_minister_their_state() {
    let d = read_on(
        "Fuel leak spreads off the coast\n\nPrime Minister Mia Mottley said her government had activated the national oil spill plan. \
         Environment Minister Daniel Walsh will visit the site this morning.",
        Some("2025-03-04"),
    );
    assert_eq!(country_of(&d, "Daniel Walsh").as_deref(), Some("BRB"));
}

#[test]
fn a_lone_name_travelled_from_and_set_in_a_state_is_a_place() {
    let d = read("Cargo\n\nThe vessel was carrying sugar from Santos in Brazil to Antwerp.");
    let e = mentioned(&d, "Santos");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(e.country.as_deref(), Some("BRA"));
    // (the surname of someone the document names in full stays theirs)
    let d = read("Cargo\n\nCarlos Santos runs the port. A letter came from Santos in Brazil to Antwerp.");
    assert_eq!(entity_at(&d, "Santos", 1).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_place_s_name_may_hold_a_possessive() {
    let d = read("Ports\n\nFishermen at Six Men's Bay have pulled their boats out. Russia's Black Sea Fleet sailed.");
    assert_eq!(mentioned(&d, "Six Men's Bay").kind, EntityKind::Place);
    // (not where a known state owns what follows)
    assert_eq!(country_of(&d, "Russia").as_deref(), Some("RUS"));
}

#[test]
fn a_ship_named_after_a_noun_for_a_vessel_or_its_flag_is_no_person() {
    for (text, name) in [
        ("The Panama-flagged bulk carrier Marisol Star ran aground.", "Marisol Star"),
        ("The tanker Carmen Ruiz sailed at dawn.", "Carmen Ruiz"),
        ("The Liberian-flagged Ocean Pride sank.", "Ocean Pride"),
    ] {
        let d = read(&format!("Ships\n\n{text}"));
        assert!(d.entities.iter().all(|e| !e.name.contains(name)), "{text}");
    }
    // (an airline is a carrier too, and a body)
    let d = read("Fares\n\nThe carrier Ryanair cut fares.");
    assert_eq!(mentioned(&d, "Ryanair").kind, EntityKind::Organization);
}

#[test]
fn a_story_that_hardly_names_its_state_is_set_where_its_towns_are() {
    let d = read(
        "Interview: a fishing leader on coral and Chinese boats\n\n\
         Daniel Walsh chairs the fishers' cooperative in Torosiaje, in Gorontalo province. He spoke from Marisa.\n\n\
         Q: Who helps you?\n\nA: The office in Gorontalo gives us ice boxes. Governor Joseph Morgan visited in March. \
         A foundation in Makassar pays for the nurseries.\n\n\
         Q: And foreign boats?\n\nA: We see big boats at night. The navy says they are Vietnamese or Chinese.\n\n\
         Q: What do you want from Jakarta?\n\nA: Enforcement. The Ministry of Marine Affairs and Fisheries writes good rules.",
    );
    assert_eq!(country_of(&d, "Ministry of Marine Affairs and Fisheries").as_deref(), Some("IDN"));
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("IDN"));
}

#[test]
fn an_age_between_a_name_and_its_verb_of_work_does_not_hide_where_they_work() {
    let d = read("Fish\n\nDaniel Walsh, 52, chairs the fishers' cooperative in Gorontalo. He spoke by phone.");
    assert_eq!(country_of(&d, "Daniel Walsh").as_deref(), Some("IDN"));
}

#[test]
fn a_two_word_surname_alone_is_the_person_whatever_its_first_word_s_sex() {
    let d = read("Water\n\nSamira Ben Salah drives to work. Ben Salah, 48, heads the unit.");
    assert!(one_entity(&d, ("Samira Ben Salah", 0), ("Ben Salah", 1)));
    // (a man named Ben of another surname stays apart)
    let d = read("Water\n\nSamira Ben Salah drives to work. Ben Walsh heads the unit.");
    assert!(!one_entity(&d, ("Samira Ben Salah", 0), ("Ben Walsh", 0)));
}

#[test]
fn a_ministry_s_portfolios_may_each_take_several_words() {
    let d = read("Tunis\n\nThe Ministry of Agriculture, Water Resources and Fisheries said the dams were full.");
    let e = mentioned(&d, "Ministry of Agriculture, Water Resources and Fisheries");
    assert_eq!(e.kind, EntityKind::Organization);
}

#[test]
fn commandant_is_a_title_not_part_of_the_name() {
    let d = read("Coast guard\n\nCommandant Joseph Morgan told reporters that half his fleet was old.");
    let e = mentioned(&d, "Joseph Morgan");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.role.as_deref(), Some("commandant"));
}

#[test]
fn a_turkic_patronymic_word_closes_the_name() {
    let d = read("Bishkek\n\nIts speaker, Nurlanbek Turgunbek uulu, has backed the bill. Turgunbek uulu said yes.");
    let e = mentioned(&d, "Nurlanbek Turgunbek uulu");
    assert_eq!(e.kind, EntityKind::Person);
    assert!(one_entity(&d, ("Nurlanbek Turgunbek uulu", 0), ("Turgunbek uulu", 1)));
    // (two people whose names close with "uulu" are not one for it)
    let d = read("Bishkek\n\nAzamat Sadyr uulu met Bakyt Toktor uulu on Monday.");
    assert!(!one_entity(&d, ("Azamat Sadyr uulu", 0), ("Bakyt Toktor uulu", 0)));
}

#[test]
fn a_description_with_a_possessive_and_a_body_s_acronym_before_the_name_places_the_person() {
    let d = read("Gas\n\nMy counterpart at the Société Mauritanienne des Hydrocarbures (SMH), Joseph Morgan, and I speak every week.");
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("MRT"));
}

#[test]
fn a_bare_spokesman_title_speaks_for_the_body_named_last() {
    let d = read(
        "Live: arrivals\n\n09:50 — A statement from the Tunisian National Guard says its units stopped 23 boats. \
         Spokesman Joseph Morgan says most were from Guinea.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("TUN"));
}

#[test]
fn an_officer_of_the_body_a_noun_names_is_of_the_body_named_last() {
    let d = read(
        "Power\n\nThe Electricity Generating Authority of Thailand (EGAT) buys the power. \
         \"We are buying kilowatt-hours,\" Joseph Morgan, a deputy governor of the utility, told reporters.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("THA"));
}

#[test]
fn a_foreign_body_s_officer_named_through_its_possessive_is_not_the_home_state_s() {
    let d = read(
        "YAOUNDÉ, June 18 — South Korea's Daehan Steel Materials Co. signed a deal with Cameroon.\n\n\
         Daehan's head of African projects, Joseph Morgan, said the company had chosen Kribi. Cameroon agreed. Cameroon said more.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan").as_deref(), Some("KOR"));
}

#[test]
fn a_company_described_as_a_state_s_steelmaker_is_that_state_s() {
    let d = read("News\n\nDaehan Steel Materials Co., Ltd, a South Korean steelmaker, signed a deal.");
    assert_eq!(country_of(&d, "Daehan Steel Materials Co., Ltd").as_deref(), Some("KOR"));
}

#[test]
fn a_legislature_s_common_names_compose_with_a_state() {
    let d = read("LA PAZ, May 2 — Bolivia passed a law.\n\nBolivia's Chamber of Deputies approved the lithium bill. Bolivia said so.");
    let e = mentioned(&d, "Bolivia's Chamber of Deputies");
    assert_eq!(e.country.as_deref(), Some("BOL"));
    let d = read("MANAMA, May 2 — Bahrain passed a law.\n\nThe Council of Representatives approved the bill. Bahrain said so.");
    assert_eq!(country_of(&d, "Council of Representatives").as_deref(), Some("BHR"));
}

#[test]
fn self_governing_territories_are_their_own_actors() {
    // Curaçao, Bermuda and Guam have their own governments and ISO codes, as Greenland does; an island that
    // names a two-island state stands for it.
    let d = read(
        "Curaçao's government said on Monday that Willemstad would not accept the tanker. Bermuda's premier \
         backed the call, and officials in Guam said they were watching. Oil was seen off Trinidad's south coast, \
         and the Trinidadian coast guard sent two boats.",
    );
    for (s, iso) in [("Willemstad", "CUW"), ("Bermuda", "BMU"), ("Guam", "GUM"), ("Trinidad", "TTO")] {
        let e = mentioned(&d, s);
        assert_eq!(e.kind, EntityKind::State, "{s}");
        assert_eq!(e.country.as_deref(), Some(iso), "{s}");
    }
    assert_eq!(country_of(&d, "Curaçao's government"), Some("CUW".into()));
    assert_eq!(country_of(&d, "Trinidadian coast guard"), Some("TTO".into()));
}

#[test]
fn a_headline_that_names_one_state_sets_the_story_there() {
    // The blog names Cape Verde only a little more often than Senegal; its headline, which names a Cape Verdean
    // town and no other state, says where it is set, so the minister with no state named is Cape Verde's.
    let body = "\n\n09:10 — A ferry carrying 240 passengers caught fire overnight in the channel off Mindelo. Cape Verde's \
                coast guard says all passengers have been taken off.\n\n09:40 — Senegal has offered a navy vessel. A \
                spokesman in Dakar said the ship could reach the islands by Thursday.\n\n10:05 — Transport Minister Alex \
                Carter says an inquiry will open on Monday. \"We will find out why the alarms failed,\" he said.\n\n10:30 — \
                Cape Verde has asked Senegalese engineers to help inspect the hull. Praia says the ferry's owner, a Cape \
                Verdean firm, will pay. Officials in Praia say the ferry's owner will pay for the repairs.\n";
    let d = read(&format!("Live: ferry fire off Mindelo leaves dozens hurt{body}"));
    assert_eq!(country_of(&d, "Alex Carter"), Some("CPV".into()));
    // (a headline that names both states settles nothing)
    let d = read(&format!("Live: ferry fire off Mindelo as Senegal sends a navy ship{body}"));
    assert_eq!(country_of(&d, "Alex Carter"), None);
}

#[test]
fn a_body_the_text_sets_above_states_has_no_state() {
    // Each body's name opens with a town of one state; the words around it make it a body of several.
    let d = read(
        "Kenya and Uganda sent delegates to the binational Lake Kyoga Fisheries Commission (LKFC) on Monday. The LKFC \
         said catches had fallen. A joint body, the Tororo Border Board, will inspect lorries from March. The Entebbe \
         Power Pool (EPP), the EAC agency that trades electricity, has no budget. The Mombasa Shipping Council, which \
         brings together Kenya, Uganda and Rwanda, meets in June. The Kisumu Port Authority said the new berth would \
         open in May.",
    );
    for s in ["Lake Kyoga Fisheries Commission", "LKFC", "Tororo Border Board", "Entebbe Power Pool", "EPP", "Mombasa Shipping Council"] {
        assert_eq!(mentioned(&d, s).kind, EntityKind::Organization, "{s}");
        assert_eq!(country_of(&d, s), None, "{s}");
    }
    // (a town's body with no such words stays the town's state's)
    assert_eq!(country_of(&d, "Kisumu Port Authority"), Some("KEN".into()));
}

#[test]
fn a_role_without_an_article_or_a_longer_place_phrase_still_places_a_person() {
    let d = read(
        "Kazakhstan and Kyrgyzstan traded accusations over the closed crossing on Tuesday. Bishkek said the checks were \
         a pretext, while Astana said the rules were old.\n\nAigerim Tulegenova, who runs a fruit stall on the northern \
         edge of Taraz, said prices had doubled.\n\nNurbek Asanov, first mate on a barge from Karakol, said the delays \
         were costing his crew.\n\nDaniel Walsh, special envoy to Bishkek, said talks would resume.",
    );
    assert_eq!(country_of(&d, "Aigerim Tulegenova"), Some("KAZ".into()));
    assert_eq!(country_of(&d, "Nurbek Asanov"), Some("KGZ".into()));
    // (an envoy sent to a capital is not of its state)
    assert_ne!(country_of(&d, "Daniel Walsh"), Some("KGZ".into()));
}

#[test]
fn a_counterpart_set_off_by_a_comma_is_of_the_state_before_it() {
    let d = read(
        "The deal was signed by Senegal's energy minister and his Malian counterpart, Daniel Walsh. Kenya's foreign \
         minister met his Ugandan counterpart, Alex Carter, in Kampala.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("MLI".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("UGA".into()));
}

#[test]
fn a_capitalised_ould_joins_a_name_opening_a_sentence() {
    let d = read("Fishers in the north complained again. Sidi Ould Ahmed, a boat owner, said the patrols had turned his crew back.");
    assert_eq!(mentioned(&d, "Sidi Ould Ahmed").kind, EntityKind::Person);
}

#[test]
fn a_ministers_listed_portfolios_belong_to_the_title() {
    // The portfolios a title lists, with commas and a closing "and", are no body's name, and the name after them
    // still takes the title and the state that owns it.
    let d = read(
        "The deal was signed by Senegal's Minister of Energy, Petroleum and Mines, Birame Souleye Diop, on Tuesday. \
         Ghana's Minister of Fisheries and Aquaculture, Joseph Morgan, was absent.",
    );
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Organization), "no body: {:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    let diop = mentioned(&d, "Birame Souleye Diop");
    assert_eq!((diop.country.as_deref(), diop.role.as_deref()), (Some("SEN"), Some("minister")));
    let morgan = mentioned(&d, "Joseph Morgan");
    assert_eq!((morgan.country.as_deref(), morgan.role.as_deref()), (Some("GHA"), Some("fisheries minister")));
    // (a given name after "and" starts a second person, not a portfolio; nor is a name after the title's comma one)
    let d = read("Talks between the Minister of Fisheries and Alex Carter ended on Friday.");
    assert_eq!(mentioned(&d, "Alex Carter").kind, EntityKind::Person);
    let d = read("The First Minister of Wales, Alex Carter, and Northern Ireland's First Minister, Tom Baker, signed the letter.");
    assert_eq!(mentioned(&d, "Alex Carter").kind, EntityKind::Person);
    // (the portfolios may close a title written before the name with no comma)
    let d = read("Minister for Children, Young People and Families Daniel Walsh said the plans were ready.");
    assert_eq!(mentioned(&d, "Daniel Walsh").role.as_deref(), Some("minister"));
}

#[test]
fn an_officer_of_a_body_whose_state_the_text_gave_is_of_that_state() {
    // "the Border Police" is no body the knowledge base knows; the text gave it its state before.
    let d = read(
        "Moldova's Border Police said two drivers were hurt. The director of the Border Police, Ruslan Galușca, told \
         reporters that the lorry had burned down to its frame.",
    );
    assert_eq!(country_of(&d, "Ruslan Galușca"), Some("MDA".into()));
}

#[test]
fn a_known_place_with_its_units_words_is_in_that_places_state() {
    let d = read(
        "Officials of the Inner Mongolia Autonomous Region met traders on Monday, and a delegation from Tavush Province \
         came too. The Isfara River Basin authority did not attend.",
    );
    assert_eq!(country_of(&d, "Inner Mongolia Autonomous Region"), Some("CHN".into()));
    assert_eq!(country_of(&d, "Tavush Province"), Some("ARM".into()));
}

#[test]
fn a_lone_surname_opening_a_name_with_of_is_no_office_holder() {
    // "Power" is a former US official's surname; "Power of Siberia" is a pipeline.
    let d = read_on("The Power of Siberia 2 pipeline would cross Mongolia, Washington was told. Putin of Russia backs it.", Some("2025-03-01"));
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.contains("Power")), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    // (the holder's own state after "of" keeps him)
    assert_eq!(mentioned(&d, "Putin").kind, EntityKind::Person);
}

#[test]
fn campaign_groups_and_foreign_contractors_are_known_bodies() {
    let d = read(
        "The dam will be built by Sinohydro, and its critics include International Rivers. Dhaka has waited for Delhi \
         to sign. Our foreign adviser, Md. Rafiqul Islam, said so; he once studied in Annapolis, Md., for a year.",
    );
    let e = mentioned(&d, "Sinohydro");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Organization, Some("CHN")));
    assert_eq!(mentioned(&d, "International Rivers").kind, EntityKind::Organization);
    // (a capital's short name stands for its state; "Md." before a name is Mohammad, after a town Maryland)
    let delhi = mentioned(&d, "Delhi");
    assert_eq!((delhi.kind, delhi.country.as_deref()), (EntityKind::State, Some("IND")));
    assert_eq!(mentioned(&d, "Rafiqul Islam").kind, EntityKind::Person);
    assert_eq!(d.mentions.iter().filter(|m| d.entity(m.entity).name == "Maryland").count(), 1);
}

#[test]
fn a_state_name_that_is_also_a_given_name_opens_a_body_of_that_state_the_text_names() {
    let d = read("Jordan asked for more water on Monday. The Jordan Grain Board said stocks were low.");
    assert_eq!(country_of(&d, "Jordan Grain Board"), Some("JOR".into()));
    let d = read("Israel cut the deliveries on Monday. The Israel Fisheries Authority said the lake was low.");
    assert_eq!(country_of(&d, "Israel Fisheries Authority"), Some("ISR".into()));
    // (not where the text never names the state: then it may be a person's name)
    let d = read("The Jordan Grain Board said stocks were low.");
    assert_eq!(country_of(&d, "Jordan Grain Board"), None);
}

#[test]
fn a_bodys_head_word_before_a_noun_is_that_body() {
    // "A Commission spokesman": the head word alone, after the body's full name, as a noun's modifier.
    let d = read(
        "BRATISLAVA, Nov 18 — Slovakia's parliament met on Tuesday. The European Commission opened proceedings last \
         month. A Commission spokesman, Daniel Walsh, said Brussels was watching.",
    );
    assert!(one_entity(&d, ("European Commission", 0), ("Commission", 1)));
    assert_ne!(country_of(&d, "Daniel Walsh"), Some("SVK".into()));
}

#[test]
fn an_office_a_states_officer_heads_is_the_home_states() {
    let d = read("KYIV, Nov 18 — The Prosecutor General's Office opened a case on Tuesday, and the Ombudsman's Office objected.");
    assert_eq!(country_of(&d, "Prosecutor General's Office"), Some("UKR".into()));
    assert_eq!(country_of(&d, "Ombudsman's Office"), Some("UKR".into()));
}

#[test]
fn breakaway_regions_are_places_of_the_recognised_state() {
    let d = read(
        "Russian troops still garrison Abkhazia and South Ossetia. In Tiraspol, the Transnistrian leader thanked Moscow, \
         and Turkish Cypriot officials in North Nicosia said nothing.",
    );
    for (s, iso) in [("Abkhazia", "GEO"), ("South Ossetia", "GEO"), ("Tiraspol", "MDA"), ("North Nicosia", "CYP")] {
        assert_eq!(country_of(&d, s), Some(iso.into()), "{s}");
    }
}

#[test]
fn a_name_before_a_noun_for_a_unit_feature_or_site_is_a_place() {
    let d = read(
        "Lorries queued at the Bekobod border post for a second day, and traders at the Qarasuv bazaar said prices had \
         doubled. Farmers in Sughd province blamed the new dam at Rogun. Headline news: Tashkent urges calm at Nurek dam.\n\n\
         Engineers said the Kushtepa gas field would open in May, and officials at Kushtepa said the same.",
    );
    for s in ["Bekobod", "Qarasuv", "Kushtepa"] {
        assert_eq!(mentioned(&d, s).kind, EntityKind::Place, "{s}");
    }
    // (the same name elsewhere, with no such noun, is that place too)
    assert!(one_entity(&d, ("Kushtepa", 0), ("Kushtepa", 1)));
    // (a name the lists hold keeps its own reading: a state's adjective before "border post" is no place)
    let d = read("Guards at the Uzbek border post turned the lorries back.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Place));
}

#[test]
fn a_partys_name_opening_a_sentence_before_its_verb_and_with_party_in_lower_case() {
    let d = read_on("Hungary votes in April. Fidesz faces an election it could lose, and Péter Magyar's Tisza party leads the polls.", Some("2025-11-01"));
    let fidesz = mentioned(&d, "Fidesz");
    assert_eq!((fidesz.kind, fidesz.country.as_deref()), (EntityKind::Organization, Some("HUN")));
    assert_eq!(country_of(&d, "Tisza party"), Some("HUN".into()));
    // (a party's name that is an ordinary word, before a plural noun, is that word)
    let d = read("Labour costs rose sharply in March.");
    assert!(d.entities.is_empty());
}

#[test]
fn international_bodies_acronyms_written_in_title_case() {
    // British house style writes pronounceable acronyms with one capital: "Nato", "Opec", "Ecowas".
    let d = read("Caricom leaders met on Monday. Nato and Opec officials, and Ecowas envoys, joined Unicef staff.");
    for s in ["Caricom", "Nato", "Opec", "Ecowas", "Unicef"] {
        let e = mentioned(&d, s);
        assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Organization, None), "{s}");
    }
}

#[test]
fn a_language_taught_or_said_to_be_a_language_is_no_state() {
    let d = read(
        "Alex Carter teaches in French in the morning and in Yoruba in the afternoon. French is the language of the \
         state, she said.",
    );
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::State), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert_eq!(country_of(&d, "Alex Carter"), None);
}

#[test]
fn a_title_with_its_post_before_a_name_makes_no_second_person() {
    let d = read("Kenya's ambassador to Ethiopia, Joseph Morgan, met officials on Monday. The Malian envoy to the UN, Alex Carter, agreed.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people.len(), 2, "{people:?}");
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("KEN".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("MLI".into()));
}

#[test]
fn demonyms_written_in_their_other_common_spellings() {
    let d = read("Ecuadorean traders and Kyrgyzstani drivers met Salvadorean officials and a Filipina nurse.");
    for (s, iso) in [("Ecuadorean", "ECU"), ("Kyrgyzstani", "KGZ"), ("Salvadorean", "SLV"), ("Filipina", "PHL")] {
        assert_eq!(d.mentions.iter().find(|m| d.text[m.span.start..m.span.end].starts_with(s)).and_then(|m| d.entity(m.entity).country.clone()), Some(iso.to_string()), "{s}");
    }
}

#[test]
fn the_home_state_opening_a_sentence_owns_its_bare_ministry_and_its_owns_a_body() {
    let d = read(
        "HANOI, Sept 9 — Vietnam lodged a protest with China on Monday after Chinese officers boarded a fishing boat, \
         the Foreign Ministry said. The Philippines, which has its own disputes with China, expressed concern. Its \
         National Maritime Council said the boarding was part of a pattern.",
    );
    assert_eq!(country_of(&d, "Foreign Ministry"), Some("VNM".into()));
    assert_eq!(country_of(&d, "National Maritime Council"), Some("PHL".into()));
    // (another state opening the sentence leaves the ministry open)
    let d = read("HANOI, Sept 9 — China accused Vietnam of provoking the clash, the Foreign Ministry said.");
    assert_ne!(country_of(&d, "Foreign Ministry"), Some("VNM".into()));
}

#[test]
fn its_officer_after_a_town_is_of_the_towns_state() {
    let d = read("Batumi is a busy port on the Black Sea. Its mayor, Daniel Walsh, said the season was good.");
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("GEO".into()));
}

#[test]
fn a_surnames_ending_tells_its_bearers_state_among_those_the_story_names() {
    // Neither surname is listed; "-adze" and "-escu" are Georgian and Romanian (or Moldovan) endings.
    let d = read(
        "Georgia and Azerbaijan reopened the Red Bridge crossing on Monday, and officials in Baku and Tbilisi welcomed \
         it. Daniel Tsintsadze grows hazelnuts near the bridge. He said trade would recover.",
    );
    assert_eq!(country_of(&d, "Daniel Tsintsadze"), Some("GEO".into()));
    let d = read("Moldova and Ukraine reopened the road. Officials in Chisinau and Kyiv welcomed it. Daniel Voronescu drives a taxi there.");
    assert_eq!(country_of(&d, "Daniel Voronescu"), Some("MDA".into()));
}

#[test]
fn a_ministers_name_after_the_portfolio_is_no_portfolio_of_a_list() {
    // The last word of the name is in no list; the middle one is a surname.
    let d = read(
        "The accord was signed by Ecuador's Minister of Production, Lucía Tapia Orellanqui, and Colombia's Deputy \
         Minister of Trade, Tomás Errázuriz, in Quito.",
    );
    assert_eq!(mentioned(&d, "Lucía Tapia Orellanqui").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Lucía Tapia Orellanqui"), Some("ECU".into()));
    // a portfolio in a list of people stays no person
    let d = read("Ecuador's Minister of Production, Lucía Tapia, and Tomás Errázuriz signed the accord in Quito.");
    assert!(entity_at(&d, "Production", 0).is_none_or(|e| e.kind != EntityKind::Person));
    assert_eq!(mentioned(&d, "Tomás Errázuriz").kind, EntityKind::Person);
}

#[test]
fn a_coalition_names_a_body() {
    let d = read("Fighters of the Coalition of Herders for Renewal took two towns in the north last week.");
    let e = mentioned(&d, "Coalition of Herders for Renewal");
    assert!(matches!(e.kind, EntityKind::Organization | EntityKind::Group));
}

#[test]
fn a_people_or_a_faith_is_no_person() {
    let d = read(
        "The army drove thousands of Rohingya from their villages, and many Rohingya now live in camps. Yazidis and \
         Druze leaders met Tutsi elders, who asked for help.",
    );
    for w in ["Rohingya", "Yazidis", "Druze", "Tutsi"] {
        assert!(entity_at(&d, w, 0).is_none_or(|e| e.kind != EntityKind::Person), "{w}");
        assert!(entity_at(&d, w, 1).is_none_or(|e| e.kind != EntityKind::Person), "{w}");
    }
}

#[test]
fn whose_officer_is_of_the_body_the_clause_hangs_from() {
    let d = read(
        "The commission will also include observers from the Food and Agriculture Organization and from IMARSUR, \
         the Peruvian Marine Survey Institute, whose director, Joseph Morgan, will chair its first meeting in March.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("PER".into()));
}

#[test]
fn she_who_fled_a_state_in_the_next_sentence_is_of_it() {
    // A refugee profile datelined in the host state: the pronoun opening the next sentence is the one
    // person named, and fleeing a state says where she is from.
    let d = read(
        "KAKUMA, Kenya — Every morning at six, Amina Deng Malual walks to a tin-roofed clinic at the edge of the \
         camp. She fled South Sudan's Jonglei State in 2016, when fighting reached her village.",
    );
    assert_eq!(country_of(&d, "Amina Deng Malual"), Some("SSD".into()));
    // (another person in the first sentence leaves the pronoun unresolved, and the dateline's state stands)
    let d = read(
        "KAKUMA, Kenya — Every morning at six, Amina Deng Malual walks with Joseph Morgan to a tin-roofed clinic. \
         She fled South Sudan's Jonglei State in 2016.",
    );
    assert_ne!(country_of(&d, "Amina Deng Malual"), Some("SSD".into()));
}

#[test]
fn a_spokeswoman_for_the_agency_in_a_capital_named_after_is_one_person_of_the_agency() {
    let d = read(
        "The World Food Programme cut rations again this year. A spokeswoman for the agency in Nairobi, Alex Carter, \
         said the allowance had fallen to ten dollars.",
    );
    // one person: the description and the name
    let people: Vec<_> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    assert_eq!(people.len(), 1, "{:?}", people.iter().map(|e| &e.name).collect::<Vec<_>>());
    // an international agency's officer, of no state, wherever posted
    assert_eq!(country_of(&d, "Alex Carter"), None);
}

#[test]
fn a_romance_place_name_ending_in_a_capital_is_one_place_not_the_capital() {
    let d = read("Insurgents attacked Nangoro da Praia on Sunday, and the police fled to the coast.");
    assert_eq!(mentioned(&d, "Nangoro da Praia").kind, EntityKind::Place);
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::State), "no Cape Verde here");
    // (a given name opening it keeps a person's name a person's)
    let d = read("Carlos da Praia, a fisherman, said the police fled to the coast.");
    assert_eq!(mentioned(&d, "Carlos da Praia").kind, EntityKind::Person);
}

#[test]
fn a_name_before_a_lower_case_mission_or_force_is_a_body() {
    let d = read("The council voted to turn the Kenyan-led Coastal Security Assistance mission into a larger force.");
    let e = d.entities.iter().find(|e| e.name.starts_with("Coastal Security Assistance")).expect("the mission is found");
    assert_eq!(e.kind, EntityKind::Organization);
    // (a known body inside keeps its own reading: "Liberal Democrat council leaders")
    let d = read("Welsh Liberal Democrat council leaders said the plan would fail.");
    assert_eq!(country_of(&d, "Liberal Democrat"), Some("GBR".into()));
}

#[test]
fn what_a_minister_reports_before_the_comma_does_not_take_the_dateline_state_from_them() {
    let d = read(
        "TBILISI, Georgia (AP) — Georgia will buy more power from Azerbaijan and Turkey this winter after a dam on \
         the Enguri was shut, Energy Minister Daniel Walsh said on Thursday.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("GEO".into()));
    // (a state named after the name, where the minister speaks, still leaves it open)
    let d = read("TBILISI, Georgia (AP) — The dam was shut, Energy Minister Daniel Walsh told reporters in Baku on Thursday.");
    assert_ne!(country_of(&d, "Daniel Walsh"), Some("GEO".into()));
}

#[test]
fn what_a_state_is_not_is_no_unnamed_source() {
    let d = read("Bangladesh, which is not an ASEAN member, has been invited to the talks in Jakarta.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_paragraph_about_another_state_keeps_a_lower_case_body_from_the_topic() {
    let text = "Armenia's economy grew by six percent last year, and Armenia's exports to the Gulf doubled. Yerevan \
                expects more this year, and Armenian banks are lending again. Armenia also signed a trade deal with \
                India.\n\nAzerbaijan's position is harder to read. The defence ministry said on Monday that its \
                troops had moved closer to the border.\n\nIn Armenia, the interior ministry said the roads were calm.";
    let d = read_on(text, None);
    assert_eq!(country_of(&d, "defence ministry"), Some("AZE".into()));
    // (the topic's own paragraph keeps its body)
    assert_eq!(country_of(&d, "interior ministry"), Some("ARM".into()));
}

#[test]
fn a_permanent_secretary_is_a_state_officer() {
    let d = read("Laos has sent a junior delegate again, the foreign ministry's permanent secretary, Alex Carter, to the talks.");
    assert_eq!(country_of(&d, "Alex Carter"), Some("LAO".into()));
}

#[test]
fn a_byline_takes_no_state_from_the_story_but_the_end_note_gives_one() {
    let text = "Opinion: Ghana should finish the Volta bridge\n\nBy Alex Carter\n\nGhana has waited long enough. Ghana's \
                roads ministry says the bridge will open in 2027, and Ghana's president has promised money. Accra \
                says the contractor is ready. Ghana's farmers want it now, and Ghanaian traders agree.\n\n";
    let d = read(text);
    assert_eq!(country_of(&d, "Alex Carter"), None);
    let d = read(&format!("{text}Alex Carter served in the Togolese foreign service for twenty years and now teaches in Lomé."));
    assert_eq!(country_of(&d, "Alex Carter"), Some("TGO".into()));
    // (a posting is no service of one's own state)
    let d = read(&format!("{text}Alex Carter served in Lomé and Abuja for the World Bank."));
    assert_ne!(country_of(&d, "Alex Carter"), Some("TGO".into()));
}

#[test]
fn a_name_ending_as_surnames_of_one_culture_do_is_a_person() {
    // Neither word is in any list; "-ov" ends the family names of the former Soviet states.
    let d = read("Turkmenistan shares the worry, and my colleague in Ashgabat, Orazmyrat Gurbandurdyev, and I are writing a joint note.");
    let e = mentioned(&d, "Orazmyrat Gurbandurdyev");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.country.as_deref(), Some("TKM"));
    // (a town named after someone stays a town)
    let d = read("An Italian detachment based at Mihail Kogălniceanu, near Constanța, flew two sorties.");
    assert!(entity_at(&d, "Mihail Kogălniceanu", 0).is_none_or(|e| e.kind != EntityKind::Person));
}

#[test]
fn an_international_bodys_officer_in_a_town_is_posted_there_not_of_its_state() {
    let d = read("The UN refugee agency, UNHCR, runs a shelter two blocks away. Its coordinator in Cúcuta, Alex Carter, says arrivals have fallen.");
    assert_eq!(country_of(&d, "Alex Carter"), None);
    // (a state's body's officer in a town is that state's)
    let d = read("Colombia's migration agency runs a shelter there. Its coordinator in Cúcuta, Alex Carter, says arrivals have fallen.");
    assert_eq!(country_of(&d, "Alex Carter"), Some("COL".into()));
}

#[test]
fn a_relative_named_a_few_sentences_after_the_person_followed_is_of_their_state() {
    let d = read(
        "CÚCUTA, Colombia — Before dawn, the market opens at the end of the bridge. Alicia Morgan, a Venezuelan \
         nurse, has sold bread here since 2018. She left when her salary no longer paid for food. \"I was a nurse, \
         now I am a baker,\" she says. Her husband, Tomás, joined them a year later.",
    );
    assert_eq!(country_of(&d, "Alicia Morgan"), Some("VEN".into()));
    assert_eq!(country_of(&d, "Tomás"), Some("VEN".into()));
}

#[test]
fn a_town_name_several_states_share_is_the_dateline_states_namesake() {
    let d = read("CÚCUTA, Colombia — Her daughter wants to study medicine at the Universidad de Pamplona, two hours away in Pamplona.");
    assert_eq!(country_of(&d, "Universidad de Pamplona"), Some("COL".into()));
    assert_eq!(entity_at(&d, "Pamplona", 1).and_then(|e| e.country.clone()), Some("COL".into()));
    // (a story that names the other state keeps the town there)
    let d = read("CÚCUTA, Colombia — The Spanish ambassador flew home to Spain and then on to Pamplona.");
    assert_eq!(entity_at(&d, "Pamplona", 0).and_then(|e| e.country.clone()), Some("ESP".into()));
}

#[test]
fn a_body_named_after_a_common_plural_that_is_also_a_far_town_is_still_local() {
    // "Banks" is a town in Oregon and "Commerce" one in California, but the story names neither state.
    let d = read("The Association of Banks in Lebanon argues that the state, not the lenders, spent the money.");
    assert_eq!(country_of(&d, "Association of Banks"), Some("LBN".into()));
}

#[test]
fn our_minister_in_an_interview_is_of_the_state_the_headline_names() {
    let d = read(
        "Interview: Tajikistan's energy minister on the Rogun dam\n\nWe spoke in Dushanbe about the dam and about \
         Uzbekistan and Afghanistan, and about what Kabul and Tashkent want.\n\nHave you spoken to Kabul?\n\nYes. Our \
         deputy foreign minister, Alex Carter, has raised it in every meeting since.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("TJK".into()));
}

#[test]
fn a_family_name_that_is_also_to_opens_a_name_inside_a_sentence() {
    let d = read_on("The memorandum was signed in Manila by Vietnamese leader To Lam during a state visit.", Some("2025-03-10"));
    let e = mentioned(&d, "To Lam");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.country.as_deref(), Some("VNM"));
    // (the preposition stays one in title case and after a capital)
    let d = read("Officials went Back To Basics in the report.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person));
}

#[test]
fn a_minister_at_the_time_named_after_a_comma_is_that_person_not_todays_minister() {
    let d = read_on("Ethiopia's foreign minister at the time, Daniel Walsh, called the declaration a victory.", Some("2025-03-10"));
    assert_eq!(mentioned(&d, "Daniel Walsh").role.as_deref(), Some("foreign minister"));
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Daniel Walsh"]);
}

#[test]
fn florence_is_italys_even_in_a_story_that_names_america() {
    let d = read("Washington has tied its aid to reform, says a professor at the European University Institute in Florence.");
    assert_eq!(entity_at(&d, "Florence", 0).and_then(|e| e.country.clone()), Some("ITA".into()));
}

#[test]
fn a_national_commission_in_a_story_set_in_a_state_is_that_states() {
    let d = read("WARSAW (AP) — The National Electoral Commission said turnout reached 68 percent by nine in the evening.");
    assert_eq!(country_of(&d, "National Electoral Commission"), Some("POL".into()));
    // (an international one stays above states)
    let d = read("WARSAW (AP) — The European Electoral Commission said turnout reached 68 percent.");
    assert_ne!(country_of(&d, "European Electoral Commission"), Some("POL".into()));
}

#[test]
fn an_official_named_after_a_sentence_on_a_states_officials_is_one_of_them() {
    let d = read(
        "Analysis: Armenia's corridor\n\nArmenia wants the road. Armenia has the money, Armenia has the plans and \
         Yerevan has the will. Georgian officials are blunter. Daniel Walsh, a deputy transport minister, told a \
         conference that Armenia must decide.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("GEO".into()));
}

#[test]
fn a_name_after_a_lower_case_confederation_is_a_body() {
    let d = read("Joseph Morgan, who heads the fishing confederation Marpesca, said boats had lost their main grounds.");
    assert_eq!(mentioned(&d, "Marpesca").kind, EntityKind::Organization);
}

#[test]
fn who_runs_the_towns_port_is_placed_in_the_towns_state() {
    let d = read(
        "Georgia and Armenia both want the trade, and Tbilisi has said so often. Georgia's ports are busy. Alex Carter, \
         who runs the Aktau port, says ships wait less than a day.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KAZ".into()));
}

#[test]
fn who_heads_a_states_described_body_is_of_that_state() {
    let d = read("Joseph Morgan, who heads the Portuguese fishing confederation Marpesca, said boats had lost their main grounds.");
    assert_eq!(country_of(&d, "Marpesca"), Some("PRT".into()));
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("PRT".into()));
}

#[test]
fn a_name_set_off_as_a_trading_house_is_a_body_even_after_to() {
    let d = read("The farmer sells to Velmora, a Kherson trading house, and sometimes to buyers from Egypt.");
    assert_eq!(mentioned(&d, "Velmora").kind, EntityKind::Organization);
}

#[test]
fn a_profiles_subject_is_placed_by_her_home_a_sentence_later() {
    let d = read(
        "Every spring, Alex Carter crosses the border twice a week. She has done it for eleven years, and she \
         knows the lorry drivers on both sides. By dawn she is loading sacks outside her house in the Kizingo \
         quarter of Mombasa, and by noon the sacks are in Tanzania.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KEN".into()));
}

#[test]
fn a_home_after_another_person_is_named_is_not_the_first_ones() {
    let d = read(
        "Every spring, Alex Carter crosses the border twice a week. Her driver, Daniel Walsh, waits for her \
         at dawn outside his house in the Kizingo quarter of Mombasa, and by noon the sacks are in Tanzania.",
    );
    assert_ne!(country_of(&d, "Alex Carter"), Some("KEN".into()));
}

#[test]
fn two_unknown_words_set_off_by_the_governor_of_a_province_are_a_person() {
    let d = read(
        "\"We hope the politicians remember that.\"\n\nKanthorn Wisetsiri, the governor of Sa Kaeo, said officials \
         had prepared a plan to reopen in stages.",
    );
    assert_eq!(mentioned(&d, "Kanthorn Wisetsiri").kind, EntityKind::Person);
}

#[test]
fn a_lone_given_name_after_a_titled_full_name_is_that_person() {
    let d = read(
        "Major General Kittisak Wongprasert, commander of the frontier force, spoke in Aranyaprathet. \
         Kittisak said soldiers had removed forty mines from the footpaths.",
    );
    assert!(one_entity(&d, ("Kittisak Wongprasert", 0), ("Kittisak", 1)));
}

#[test]
fn a_lone_listed_given_name_after_a_titled_full_name_is_that_person() {
    let d = read(
        "Major General Sittichai Wongprasert, commander of the frontier force, spoke in Aranyaprathet. \
         Sittichai said soldiers had removed forty mines from the footpaths.",
    );
    assert!(one_entity(&d, ("Sittichai Wongprasert", 0), ("Sittichai", 1)));
}

#[test]
fn a_phrase_then_in_a_town_then_the_name_places_the_person_there() {
    let d = read(
        "BANGKOK — Thailand will reopen two crossings next week, officials said. On the other side, in Poipet, \
         Alex Carter, who runs a wholesale shop, said her customers had gone.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KHM".into()));
}

#[test]
fn a_capitalised_cooperative_ends_a_bodys_name_even_after_a_possessive() {
    let d = read(
        "I met the Kivu Fishermen's Cooperative in January. Members of the Eastern Growers Cooperative farm further \
         north but feel the same pressure.",
    );
    assert_eq!(mentioned(&d, "Kivu Fishermen's Cooperative").kind, EntityKind::Organization);
    assert_eq!(mentioned(&d, "Eastern Growers Cooperative").kind, EntityKind::Organization);
}

#[test]
fn a_village_the_text_defines_stays_a_place_beside_a_company_named_after_it() {
    let d = read(
        "The boat slides out of the mangroves at Kelvara towards the river.\n\nKelvara is a village of about two \
         hundred people. He sells his fish through the Kelvara Fishermen Society Limited, which ships to the city.",
    );
    assert_eq!(mentioned(&d, "Kelvara").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Kelvara Fishermen Society Limited").kind, EntityKind::Organization);
}

#[test]
fn an_unknown_town_listed_with_one_states_towns_is_that_states() {
    let d = read("The river supplies Mosul, Baghdad, Kut and Qalvarin before it reaches the sea.");
    assert_eq!(country_of(&d, "Qalvarin"), Some("IRQ".into()));
}

#[test]
fn an_unknown_town_listed_with_two_states_towns_is_neither_states() {
    let d = read("The pipeline will run through Mosul, Aleppo and Qalvarin before it reaches the sea.");
    assert_eq!(country_of(&d, "Qalvarin"), None);
}

#[test]
fn that_daughter_named_after_a_quote_takes_the_followed_persons_state() {
    let d = read(
        "Every morning, Alex Carter sells fish at the market in Mombasa. \"My daughter will do something else,\" \
         she says. That daughter, Rose, is studying law at a university abroad.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KEN".into()));
    assert_eq!(country_of(&d, "Rose"), Some("KEN".into()));
}

#[test]
fn an_autonomous_regions_government_is_its_states_and_the_solomons_is_a_state() {
    let d = read(
        "Traders who cross between the Solomons and Bougainville say the Autonomous Bougainville Government has \
         promised a new wharf, and the ABG repeated the promise on Friday.",
    );
    assert_eq!(mentioned(&d, "Solomons").kind, EntityKind::State);
    assert_eq!(country_of(&d, "Solomons"), Some("SLB".into()));
    assert_eq!(country_of(&d, "Autonomous Bougainville Government"), Some("PNG".into()));
    assert!(one_entity(&d, ("Autonomous Bougainville Government", 0), ("ABG", 0)));
}

#[test]
fn who_commands_a_states_force_is_of_that_state() {
    let d = read(
        "Traders cross the strait every week. Alex Carter, who commands the Royal Solomon Islands Police Force post \
         on the island, says officers look for guns.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("SLB".into()));
}

#[test]
fn a_states_customs_and_excise_division_is_one_body_of_that_state() {
    let d = read("The post is run by the Vanuatu Customs and Excise Division, and officers of Kenya Customs check the lorries.");
    assert_eq!(mentioned(&d, "Vanuatu Customs and Excise Division").kind, EntityKind::Organization);
    assert_eq!(country_of(&d, "Vanuatu Customs and Excise Division"), Some("VUT".into()));
    assert_eq!(mentioned(&d, "Kenya Customs").kind, EntityKind::Organization);
}

#[test]
fn a_body_opened_by_georgian_is_georgias_where_tbilisi_is_named_but_not_in_atlanta() {
    let d = read("Voters near Tbilisi are choosing a new deputy. The monitoring group Georgian Vote Monitor (GVM) says observers counted buses.");
    assert_eq!(country_of(&d, "Georgian Vote Monitor"), Some("GEO".into()));
    let d = read("Atlanta is growing fast. The utility Georgia Lightworks said demand rose in Savannah.");
    assert_ne!(country_of(&d, "Georgia Lightworks"), Some("GEO".into()));
}

#[test]
fn a_headlines_demonym_and_trade_place_the_person_the_body_opens_with() {
    let d = read(
        "Twice a week, a Malian cloth seller crosses the river to keep her family afloat\n\n\
         At six on a Monday morning, Alex Carter is already in the queue at the gate, a bundle of cloth on her head. \
         The gate opens at eight.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("MLI".into()));
}

#[test]
fn a_headlines_demonym_does_not_place_a_person_named_later() {
    let d = read(
        "Twice a week, a Malian cloth seller crosses the river to keep her family afloat\n\n\
         At six on a Monday morning, the queue at the gate is already long. The gate opens at eight, says \
         Alex Carter, who guards it.",
    );
    assert_ne!(country_of(&d, "Alex Carter"), Some("MLI".into()));
}

#[test]
fn a_towns_name_inside_a_longer_place_name_does_not_count_its_state_as_named() {
    let d = read("The barge carried soybeans to the Uruguayan port of Nueva Palmira. Others wait at Villeta.");
    assert_ne!(country_of(&d, "Villeta"), Some("COL".into()));
}

#[test]
fn two_unknown_words_after_my_colleague_at_a_ministry_are_a_person() {
    let d = read("A: What changed is the aid. My colleague at the finance ministry, Tebao Iuta, can tell you the numbers.");
    assert_eq!(mentioned(&d, "Tebao Iuta").kind, EntityKind::Person);
}

#[test]
fn on_one_states_bank_a_described_ranked_person_is_of_that_state() {
    let d = read(
        "NEGOMANO, Mozambique — The ferry crosses the Ruvuma every hour. On the Tanzanian bank, a police officer, \
         Sergeant Daniel Walsh, checks the passengers' papers.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("TZA".into()));
}

#[test]
fn the_district_administrator_of_a_town_is_an_official_of_its_state() {
    let d = read("Traders cross the river daily. The district administrator of Mueda, Daniel Walsh, said a new landing stage would be built.");
    let e = mentioned(&d, "Daniel Walsh");
    assert_eq!(e.role.as_deref(), Some("district administrator"));
    assert_eq!(e.country.as_deref(), Some("MOZ"));
}

#[test]
fn two_unknown_words_after_a_described_person_from_a_town_are_a_person() {
    let d = read(
        "Fishermen came to watch. A fisherman from Stung Treng, Chhim Sophal, travelled nine hours by bus. The deputy \
         secretary-general of Thailand's Office of the National Water Resources, Pattama Srisuk, said data would be shared.",
    );
    assert_eq!(mentioned(&d, "Chhim Sophal").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Chhim Sophal"), Some("KHM".into()));
    assert_eq!(mentioned(&d, "Pattama Srisuk").kind, EntityKind::Person);
}

#[test]
fn a_relative_named_by_one_name_is_not_a_later_full_name_ending_in_it() {
    let d = read(
        "Abakar Moussa grows maize near Bol. His cousin, Hassan, gave up and moved away. The governor of the province, \
         General Mahamat Ali Hassan, has promised to remove the posts.",
    );
    assert!(!one_entity(&d, ("Hassan", 0), ("Mahamat Ali Hassan", 0)));
}

#[test]
fn a_counterpart_opening_the_next_sentence_holds_the_office_named_before() {
    let d = read(
        "Peru's deputy foreign minister, Alex Carter, said the commission would meet next month. Her Ecuadorian \
         counterpart, Daniel Walsh, said Quito wanted a new agreement.",
    );
    let e = mentioned(&d, "Daniel Walsh");
    assert_eq!(e.role.as_deref(), Some("deputy foreign minister"));
    assert_eq!(e.country.as_deref(), Some("ECU"));
}

#[test]
fn in_a_town_across_the_bridge_the_mayor_is_of_the_towns_state() {
    let d = read("Farmers in Aguas Verdes have lost half their rice. In Huaquillas, across the bridge, the mayor, Alex Carter, said shrimp farms were short of water.");
    assert_eq!(country_of(&d, "Alex Carter"), Some("ECU".into()));
}

#[test]
fn greenlands_government_is_greenlands_own() {
    let d = read("Denmark and Greenland disagree on the mine. The Government of Greenland said Nuuk would decide.");
    assert_eq!(country_of(&d, "Government of Greenland"), Some("GRL".into()));
}

#[test]
fn a_live_blog_entry_opened_by_a_capital_owns_the_ministry_after_it() {
    let d = read(
        "09:00 — Fighting spread along the Bolivia–Peru border overnight. Bolivian and Peruvian troops traded fire near the river.\n\n\
         11:20 — Lima has reacted. The Ministry of Foreign Affairs says it has summoned Bolivia's ambassador. The ministry repeats \
         that Peru cannot accept the incursions.\n",
    );
    assert_eq!(country_of(&d, "Ministry of Foreign Affairs"), Some("PER".into()));
}

#[test]
fn a_spokesman_of_an_armed_group_named_by_its_acronym_is_of_the_groups_state() {
    let d = read(
        "Fighting spread south of Maungdaw, the town the Arakan Army (AA) seized from the military. An AA spokesman, Joseph \
         Morgan, denied that its fighters target civilians.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("MMR".into()));
}

#[test]
fn at_an_office_set_in_a_town_the_official_named_after_is_of_the_towns_state() {
    let d = read(
        "Cargo is backing up on the coast. At the office of the port authority in Mombasa, a senior inspector, Daniel Walsh, \
         says the queue has doubled.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("KEN".into()));
    // (a meeting is no workplace: the minister met there is not placed by it)
    let d = read("At a summit in Nairobi, a foreign minister, Alex Carter, said the talks had failed.");
    assert_eq!(country_of(&d, "Alex Carter"), None);
}

#[test]
fn a_local_described_as_there_is_placed_in_the_town_the_sentence_before_named() {
    let d = read(
        "Police in Sabah say a boat carrying 80 people came ashore near Sandakan at the weekend. A local fisherman there, \
         Tom Baker, said villagers gave the passengers water.",
    );
    assert_eq!(country_of(&d, "Tom Baker"), Some("MYS".into()));
}

#[test]
fn a_relative_set_off_after_her_husband_with_a_verb_of_work_is_placed_by_it() {
    let d = read(
        "Every Tuesday, Joseph Morgan crosses the bridge. Her husband, Alex Carter, drives a motorcycle taxi in Busia. \
         Their daughter, Maria, works at a flower farm near Naivasha.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KEN".into()));
    assert_eq!(country_of(&d, "Maria"), Some("KEN".into()));
}

#[test]
fn a_workplace_whose_clause_places_its_owner() {
    let d = read("Tom Baker buys his stock from Daniel Walsh, a wholesaler whose warehouse stands two streets from the market in Eldoret.");
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("KEN".into()));
    // (whose clause about something else places no one)
    let d = read("Tom Baker praised Daniel Walsh, a lawyer whose client was arrested in Malaba.");
    assert_eq!(country_of(&d, "Daniel Walsh"), None);
}

#[test]
fn who_heads_a_towns_office_of_a_body_is_of_the_bodys_state() {
    let d = read(
        "Joseph Morgan heads the Mombasa office of the Uganda Revenue Authority, which clears Ugandan cargo at the port. \
         Tom Baker heads the Mombasa office of the Tanzania Ports Authority.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("UGA".into()));
    assert_eq!(country_of(&d, "Tom Baker"), Some("TZA".into()));
}

#[test]
fn in_an_interview_answer_my_father_is_the_interviewees_relative() {
    let d = read(
        "The road to the sea\n\nAlex Carter runs the cargo desk of a trucking firm in Oruro. We spoke in his office.\n\n\
         Q: Has the road changed?\n\nA: My father, Daniel Walsh, drove this road for thirty years. Now my brother Peter has two \
         trucks of his own.\n",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("BOL".into()));
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("BOL".into()));
    assert_eq!(country_of(&d, "Peter"), Some("BOL".into()));
}

#[test]
fn a_body_named_after_a_town_the_story_names_alone_is_in_that_towns_state() {
    let d = read(
        "Trucks queue for days in Iquique. The state port company, Empresa Portuaria Iquique, says it will add a crane. My \
         counterpart at the port company, Empresa Portuaria Iquique, Joseph Morgan, agrees.",
    );
    assert_eq!(country_of(&d, "Empresa Portuaria Iquique"), Some("CHL".into()));
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("CHL".into()));
}

#[test]
fn a_spokesman_for_an_office_in_a_town_is_of_the_towns_state_not_the_datelines() {
    let d = read(
        "ACCRA, Ghana (wire) — Ghana said on Monday it would reopen the crossing at Aflao. A spokesman for the prefecture \
         in Atakpamé, Joseph Morgan, said the road would be cleared.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("TGO".into()));
}

#[test]
fn an_officer_named_by_a_noun_of_an_international_body_is_of_no_state() {
    let d = read(
        "KIGALI (wire) — Rwanda said on Monday it would reopen the crossing. The East African Community (EAC), a regional \
         bloc based in Arusha, said it was ready to host talks. A community spokesman, Alex Carter, said the bloc would raise \
         the matter at its next summit.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), None);
    // (a state's ministry so named stays the home state's)
    let d = read("KIGALI (wire) — Rwanda said on Monday it would reopen the crossing. A ministry spokesman, Alex Carter, said so.");
    assert_eq!(country_of(&d, "Alex Carter"), Some("RWA".into()));
}

#[test]
fn a_relative_of_someone_placed_only_by_their_names_shares_that_state() {
    let d = read(
        "Norway and Russia share the cod. On the quay in Båtsfjord, the talk is of little else. Arne Kristiansen, who fishes \
         cod with his son Jonas from a small boat, says the commission must survive.",
    );
    assert_eq!(country_of(&d, "Arne Kristiansen"), Some("NOR".into()));
    assert_eq!(country_of(&d, "Jonas"), Some("NOR".into()));
}

#[test]
fn a_state_named_in_what_a_person_reports_does_not_unplace_them_from_the_paragraphs_town() {
    let d = read(
        "Norway and Russia share the cod.\n\nIn Tromsø, the mood is calm. Alex Carter, a fisherman who has fished the Barents \
         Sea since the 1990s, said by telephone that fleets could sell their catch in China.\n",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("NOR".into()));
    // (a state named before the report still does)
    let d = read(
        "Norway and Russia share the cod.\n\nIn Tromsø, the mood is calm. Alex Carter, a fisherman from Russia, said by \
         telephone that fleets could sell their catch.\n",
    );
    assert_ne!(country_of(&d, "Alex Carter"), Some("NOR".into()));
}

#[test]
fn in_a_town_the_words_set_before_a_name_describe_the_person_there() {
    let d = read("Families travel south by train. In Aswan, the bus operator Joseph Morgan told me he had never seen so many passengers.");
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("EGY".into()));
    // (a verb is no description)
    let d = read("Families travel south by train. In Aswan, police detained Joseph Morgan on Monday.");
    assert_eq!(country_of(&d, "Joseph Morgan"), None);
}

#[test]
fn a_place_of_work_in_a_part_of_a_town_places_the_person() {
    let d = read("Prices have doubled. Alex Carter, who runs a bakery in a suburb of Mombasa, said flour was scarce.");
    assert_eq!(country_of(&d, "Alex Carter"), Some("KEN".into()));
}

#[test]
fn a_collective_is_the_end_of_a_bodys_name() {
    let d = read("Joseph Morgan heads the Likoni Residents' Collective, which wants a second ferry.");
    assert!(entity_at(&d, "Likoni Residents' Collective", 0).is_some_and(|e| e.kind == EntityKind::Organization));
}

#[test]
fn a_local_body_in_a_district_of_a_town_is_of_the_towns_state() {
    let d = read(
        "MORONI, Comoros (wire) — The Comorian government refused the ferry. On Mayotte, Joseph Morgan, who heads the Kawéni \
         Residents' Collective in a district of Mamoudzou, called for a blockade.",
    );
    assert_eq!(country_of(&d, "Kawéni Residents' Collective"), Some("FRA".into()));
}

#[test]
fn the_head_of_a_body_in_a_town_names_the_unknown_words_after_it_a_person_there() {
    let d = read(
        "Fishermen in the north see it differently. The head of a fisheries cooperative in Point Pedro, Thevarasa Kandiah, \
         says trawlers destroy their nets.",
    );
    assert_eq!(mentioned(&d, "Thevarasa Kandiah").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Thevarasa Kandiah"), Some("LKA".into()));
}

#[test]
fn an_initial_and_an_unknown_word_are_a_person() {
    let d = read("The boats stayed in harbour. The secretary of the union, K. Murugan, agreed with the strike.");
    assert_eq!(mentioned(&d, "K. Murugan").kind, EntityKind::Person);
}

#[test]
fn one_states_title_in_a_story_set_in_another_is_the_home_states_in_its_own_words() {
    let d = read(
        "GEORGETOWN, Guyana (wire) — Guyana protested on Tuesday after two patrol boats entered its waters. Foreign Secretary \
         Daniel Walsh told reporters the boats had stayed for hours.",
    );
    let e = mentioned(&d, "Daniel Walsh");
    assert_eq!(e.country.as_deref(), Some("GUY"));
    assert_eq!(e.role.as_deref(), Some("foreign secretary"));
    // (in a British story the title stays Britain's)
    let d = read("LONDON (wire) — Britain protested on Tuesday. Foreign Secretary Daniel Walsh told reporters the boats had stayed for hours.");
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("GBR".into()));
}

#[test]
fn a_title_with_a_states_adjective_in_apposition_is_the_named_person() {
    let d = read("Britain protested on Tuesday. Joseph Morgan, the Indian foreign secretary, told reporters the boats had stayed.");
    assert!(one_entity(&d, ("Joseph Morgan", 0), ("foreign secretary", 0)));
}

#[test]
fn a_preposition_opening_a_quotation_is_no_part_of_the_name_after_it() {
    let d = read("\"Without Russia there is no work,\" he says. The League Against Hunger disagrees.");
    assert!(entity_at(&d, "Without Russia", 0).is_none());
    assert_eq!(mentioned(&d, "Russia").country.as_deref(), Some("RUS"));
    assert!(entity_at(&d, "League Against Hunger", 0).is_some());
}

#[test]
fn a_demonym_before_named_gives_the_person_its_state() {
    let d = read("Saidov lays tiles in the city. Its foreman, a Russian named Oleg, calls him the best tiler in town.");
    assert_eq!(country_of(&d, "Oleg"), Some("RUS".into()));
}

#[test]
fn one_unknown_word_set_off_after_a_relative_is_that_relative() {
    let d = read(
        "Batbayar Dorj keeps goats near Mandalgovi.\n\nQ: How bad was the winter?\n\nA: The worst I remember. My uncle, Gombo, \
         lost everything. My wife, Oyunaa, teaches at the school.\n",
    );
    assert_eq!(mentioned(&d, "Gombo").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Oyunaa").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Gombo"), Some("MNG".into()));
}

#[test]
fn a_neighbour_lives_in_the_same_state() {
    let d = read(
        "Villagers near Polihali, in Mokhotlong district, are unsure. Limpho Sekese, who farms maize on a slope near Mokhotlong, \
         said compensation had been promised. Her neighbour, Daniel Walsh, has already moved.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("LSO".into()));
}

#[test]
fn the_stall_a_profiled_person_sells_from_places_them() {
    let d = read(
        "Alex Carter, 51, has crossed this bridge on market days for twenty years. She buys rice, pasta and soap in Busia and \
         sells them from a stall in the market of Tororo, when her legs allow it.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("UGA".into()));
}

#[test]
fn on_one_states_side_at_a_town_the_person_named_is_of_that_state() {
    let d = read(
        "Traders blocked the crossing for a second day. On the Togolese side, at Kodjoviakopé, moneychanger Alex Carter says \
         business has stopped.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("TGO".into()));
}

#[test]
fn her_relative_is_not_the_man_named_just_before() {
    let d = read(
        "Yolimar Pérez was an accountant in Barquisimeto, in Venezuela, before she opened a bakery. Her supplier, Carlos \
         Mendoza, drives cheese across twice a week. Her brother, Jesús, stayed with their mother.",
    );
    assert_eq!(country_of(&d, "Yolimar Pérez"), Some("VEN".into()));
    assert_eq!(country_of(&d, "Jesús"), Some("VEN".into()));
}

#[test]
fn a_sentence_opened_in_a_capital_sets_a_minister_with_a_portfolio_word_before_the_title() {
    let d = read(
        "Vanuatu will debate the agreement next week. In Canberra, Pacific Minister Joseph Morgan said the agreement \
         respected Vanuatu's choices.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("AUS".into()));
}

#[test]
fn a_leaders_deputy_serves_the_same_state() {
    let d = read(
        "Vanuatu's parliament will debate the deal. Opposition leader Ralph Regenvanu said he wanted a clause rewritten. \
         His deputy, Marie Tevi, told a newspaper that sovereignty was not for sale.",
    );
    assert_eq!(country_of(&d, "Marie Tevi"), Some("VUT".into()));
}

#[test]
fn a_portfolio_after_minister_for_is_no_person() {
    let d = read("Farmers are angry. The Minister for Sugar, Daniel Walsh, said the government would pay an advance.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == "Sugar"));
    assert_eq!(mentioned(&d, "Daniel Walsh").role.as_deref(), Some("minister"));
}

#[test]
fn a_middle_name_the_holder_lacks_names_someone_else() {
    let d = read_on("The Minister for Sugar, Charan Jeath Singh, said the government would pay an advance.", Some("2025-06-01"));
    let e = mentioned(&d, "Charan Jeath Singh");
    assert_ne!(e.country.as_deref(), Some("IND"));
    assert_eq!(e.name, "Charan Jeath Singh");
}

#[test]
fn a_ministry_spokeswoman_after_a_states_ministry_is_of_that_state() {
    let d = read(
        "MANILA — Fishermen say ships chased them away. Vietnam's foreign ministry protested; a ministry spokeswoman, Alex \
         Carter, called the boarding a serious violation.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("VNM".into()));
}

#[test]
fn a_place_born_description_gives_the_places_state() {
    let d = read("The patrols went on. Beijing-born analyst Joseph Morgan said they were law enforcement.");
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("CHN".into()));
}

#[test]
fn a_spokesman_for_a_sea_set_off_before_a_ranked_name_is_that_person() {
    let d = read(
        "A ministry spokeswoman, Alex Carter, called it a violation. The Philippine Coast Guard's spokesman for the West \
         Philippine Sea, Commodore Daniel Walsh, said 40 ships had come.",
    );
    assert!(one_entity(&d, ("Daniel Walsh", 0), ("spokesman", 0)));
    assert!(!one_entity(&d, ("Alex Carter", 0), ("spokesman", 0)));
}

#[test]
fn a_verb_of_work_in_the_past_after_an_age_and_has_places_the_person() {
    let d = read("The lake is shrinking. Joseph Morgan, 38, has fished from Lodwar since he was twelve. Alex Carter herds goats near Mandalgovi.");
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("KEN".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("MNG".into()));
}

#[test]
fn one_unknown_word_after_a_sentences_in_is_a_place_not_the_official_named_after_it() {
    let d = read(
        "Across the border in Mozambique, the Zambezi is also rising. In Mutarara, a district administrator, Alex Carter, said \
         boats were evacuating families.",
    );
    assert_eq!(mentioned(&d, "Mutarara").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Alex Carter").role.as_deref(), Some("district administrator"));
}

#[test]
fn a_traditional_leaders_title_and_a_barracks() {
    let d = read(
        "A village head, Group Village Headman Kachere, told him that 200 houses had collapsed. The president cut short a \
         visit to Lilongwe's Kamuzu Barracks.",
    );
    assert_eq!(mentioned(&d, "Kachere").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Kamuzu Barracks").kind, EntityKind::Place);
}

#[test]
fn a_body_which_is_based_in_a_state_is_a_body_of_that_state() {
    let d = read("Prices rose this year. The buyers include Kestrel Cocoa Ingredients, which is based in Singapore.");
    let e = mentioned(&d, "Kestrel Cocoa Ingredients");
    assert_eq!(e.kind, EntityKind::Organization);
    assert_eq!(e.country.as_deref(), Some("SGP"));
}

#[test]
fn the_last_of_several_portfolios_is_no_person() {
    let d = read(
        "Farmers are selling cocoa across the border. Ghana's Minister for Food and Agriculture said the government would \
         send police and soldiers to the border districts.",
    );
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == "Agriculture"));
}

#[test]
fn a_state_in_what_an_official_says_does_not_take_the_home_office_away() {
    let d = read(
        "AMMAN (wire) — Jordan reopened the crossing with Syria to lorries on Sunday. Interior Minister Daniel Walsh said \
         customs officers would inspect every lorry for drugs smuggled from Syria.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("JOR".into()));
}

#[test]
fn one_who_led_a_states_team_is_of_that_state() {
    let d = read(
        "Dili became the bloc's eleventh member in October. We spoke to Alex Carter, who led Timor-Leste's accession team, in \
         her office.\n\nQ: Who helped?\n\nA: My husband, Tomás, says I should rest.\n",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("TLS".into()));
    assert_eq!(country_of(&d, "Tomás"), Some("TLS".into()));
}

#[test]
fn the_head_of_a_states_delegation_named_after_a_title_is_of_that_state() {
    let d = read(
        "Delegations from Suriname and Guyana met in Nieuw Nickerie. The head of Guyana's delegation, Public Works Minister \
         Daniel Walsh, said financing had been agreed.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("GUY".into()));
}

#[test]
fn a_spokeswoman_for_a_states_ministry_in_lower_case_is_of_that_state() {
    let d = read(
        "Delegations from Suriname and Guyana met on Tuesday. A spokeswoman for the Surinamese ministry of public works, Alex \
         Carter, said the design would be finished by March.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("SUR".into()));
}

#[test]
fn a_friend_of_someone_placed_by_their_names_shares_that_state() {
    let d = read(
        "A Kyrgyz nurse in Moscow, and the money she sends home\n\nEvery month Aizada Toktogulova sends money to her parents. \
         Toktogulova's friend, Gulnara, was detained for a night in March.\n",
    );
    assert_eq!(country_of(&d, "Aizada Toktogulova"), Some("KGZ".into()));
    assert_eq!(country_of(&d, "Gulnara"), Some("KGZ".into()));
}

#[test]
fn a_name_set_off_after_a_description_then_from_a_town_is_placed_by_it() {
    let d = read(
        "Uganda and Kenya are at odds over fees at Malaba. Another driver, Daniel Walsh from Mbale, said the stalls had run dry.",
    );
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("UGA".into()));
}

#[test]
fn a_description_placed_by_a_town_with_its_own_apposition_places_the_name() {
    let d = read(
        "Uganda and Kenya are at odds over fees at Malaba. A clearing agent in Tororo, the border town east of the capital, \
         Alex Carter, said containers were piling up.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("UGA".into()));
}

#[test]
fn saint_written_st_or_st_dot_names_the_same_state_or_town() {
    let d = read(
        "Ministers from St Lucia met their counterparts from St. Kitts and Nevis in St George's on Monday. \
         A St Lucian delegate said the Saint Vincent and the Grenadines government would host the next round in St. Petersburg.",
    );
    assert_eq!(country_of(&d, "St Lucia"), Some("LCA".into()));
    assert_eq!(country_of(&d, "St. Kitts and Nevis"), Some("KNA".into()));
    assert_eq!(country_of(&d, "St George's"), Some("GRD".into()));
    assert_eq!(country_of(&d, "St Lucian"), Some("LCA".into()));
    assert_eq!(country_of(&d, "St. Petersburg"), Some("RUS".into()));
    // (a possessive name before a capitalised word is part of a longer name: no capital there)
    let d = read("The service was held in St George's Chapel in Windsor.");
    assert!(!d.entities.iter().any(|e| e.code.as_deref() == Some("GRD")));
}

#[test]
fn a_body_whose_first_word_sets_it_above_states_has_no_home_state_where_it_sits() {
    let d = read(
        "A specialist at the Eurasian Development Bank, which is based in Almaty, said costs would rise. \
         The Interregional Maritime Centre in Yaoundé shares alerts among navies, said Joseph Morgan, a watch officer at the \
         Interregional Maritime Centre.",
    );
    assert_eq!(country_of(&d, "Eurasian Development Bank"), None);
    assert_eq!(country_of(&d, "Interregional Maritime Centre"), None);
    assert_eq!(country_of(&d, "Joseph Morgan"), None);
    // (a study centre with such a word keeps the town's state)
    let d = read("Analysts at the Eurasian Policy Institute in Almaty said costs would rise.");
    assert_eq!(country_of(&d, "Eurasian Policy Institute"), Some("KAZ".into()));
}

#[test]
fn a_demonym_after_a_describes_a_thing_and_leaves_a_bare_ministry_to_the_story() {
    let d = read(
        "ROSEAU, Dominica — Floods cut the road north on Monday. A Cuban medical brigade working at the hospital in Roseau \
         has been sent to the parish, the Ministry of Health said.",
    );
    assert_eq!(country_of(&d, "Ministry of Health"), Some("DMA".into()));
}

#[test]
fn an_officer_at_the_agency_after_an_international_body_has_no_home_state() {
    let d = read(
        "ROSEAU, Dominica — Floods cut the road north on Monday. In Bridgetown, the Caribbean Disaster Emergency Management \
         Agency (CDEMA) placed teams on standby. Joseph Morgan, a spokesman at the agency's coordination unit, said aircraft \
         would fly the first team over the island.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), None);
    // (a state's agency leaves its officer the story's)
    let d = read(
        "ROSEAU, Dominica — Floods cut the road north on Monday. The Office of Disaster Management placed teams on standby. \
         Joseph Morgan, a spokesman at the office's coordination unit, said crews were ready.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("DMA".into()));
}

#[test]
fn a_river_named_with_the_is_no_town_of_that_name() {
    let d = read("Flooding hit Dominica on Monday. Near Roseau the Great River has burst its banks, cutting the road north.");
    assert_ne!(country_of(&d, "Great River"), Some("USA".into()));
}

#[test]
fn a_person_born_in_a_town_is_placed_by_it() {
    let d = read(
        "For twenty years Joseph Morgan fed the lorry drivers at the crossing between Zambia and Zimbabwe.\n\n\
         Morgan, 52, was born in Monze, a farming town in the south. Alex Carter was born in Mutare.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("ZMB".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("ZWE".into()));
}

#[test]
fn a_plural_demonym_of_a_small_state_names_its_people() {
    let d = read("Tuvaluans voted on Monday. Many Samoans left, and the Tongans agreed.");
    assert_eq!(country_of(&d, "Tuvaluans"), Some("TUV".into()));
    assert_eq!(country_of(&d, "Samoans"), Some("WSM".into()));
    assert_eq!(country_of(&d, "Tongans"), Some("TON".into()));
}

#[test]
fn a_verb_of_work_after_an_apposition_places_the_person() {
    let d = read(
        "Tuvalu and Australia signed the treaty in 2023. Joseph Morgan, 44, a former schoolteacher, heads the small office \
         in Funafuti that helps applicants.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("TUV".into()));
}

#[test]
fn a_shared_surname_with_an_apposition_or_title_goes_to_the_one_first_so_described() {
    let text = "At the port, \"We lose every week,\" said Daniel Walsh, a dispatcher who has worked there for years. \
                In parliament, Joseph Walsh, a deputy and no relation of the dispatcher, called for a programme. \
                \"The sea is leaving,\" Walsh said. Back at the port, Walsh, the dispatcher, keeps a chart on his wall.";
    let d = read(text);
    let at = text.find("Walsh, the dispatcher").unwrap();
    let m = d.mentions.iter().find(|m| m.span.start == at).expect("a mention");
    assert_eq!(d.entity(m.entity).name, "Daniel Walsh");
    let text = "Commander Alex Carter of the navy spoke first. Then Tom Carter, a fisherman, spoke. Commander Carter said boats wait for parts.";
    let d = read(text);
    let at = text.find("Commander Carter").unwrap() + "Commander ".len();
    let m = d.mentions.iter().find(|m| m.span.start == at).expect("a mention");
    assert_eq!(d.entity(m.entity).name, "Alex Carter");
}

#[test]
fn a_correspondent_in_a_town_and_a_specialist_at_the_centre_are_placed() {
    let text = "Live: Storm passes over Dominica\n\n\
                06:00 — Our correspondent Joseph Morgan is in Roseau, and we will bring you updates.\n\n\
                06:35 — \"The worst is past,\" said Tom Baker, a senior specialist at the National Hurricane Center in Miami.\n\n\
                06:50 — \"Rain is next,\" said Daniel Walsh, a senior forecaster at the centre.\n\n\
                07:00 — Alex Carter is in charge of the port in Roseau.";
    let d = read(text);
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("DMA".into()));
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("USA".into()));
    // (a storm's word alone opening a headline is no one)
    assert!(!d.entities.iter().any(|e| e.name == "Storm"));
    // ("is in charge of": no place right after "in")
    assert_ne!(country_of(&d, "Alex Carter"), Some("DMA".into()));
}

#[test]
fn a_sentence_opening_in_the_capital_sets_the_person_in_the_datelines_state() {
    let d = read(
        "Ugandan lorries queue as Kenya raises port charges\n\n\
         NAIROBI, March 4 — Hundreds of Ugandan lorries were backed up on Tuesday after Kenya raised handling charges on cargo bound for Uganda.\n\n\
         In Kampala, the transport ministry said it had sent a delegation to Mombasa.\n\n\
         In the capital's commercial district, Alex Carter, who runs a small clearing firm, said several of his Ugandan clients were waiting.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KEN".into()));
    // (with no dateline, the capital named last)
    let d = read(
        "Kenya raised handling charges on cargo bound for Uganda. Officials in Kampala protested.\n\n\
         In the capital, Alex Carter, who runs a small clearing firm, said clients were waiting.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("UGA".into()));
}

#[test]
fn its_mayor_after_a_town_is_of_the_towns_state() {
    let d = read(
        "The island town of Amapala, on Tiger Island in the south of Honduras, lives from fishing. Its mayor, Joseph Morgan, \
         has spent three years arguing for a coast guard.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("HND".into()));
}

#[test]
fn a_town_opened_by_a_romance_article_after_from_is_a_place() {
    let d = read("The fisherman from La Unión and the fisherman from Amapala share a problem. The editor told La Razón about it.");
    assert_eq!(mentioned(&d, "La Unión").kind, EntityKind::Place);
    // (an outlet so opened stays a body)
    assert_eq!(mentioned(&d, "La Razón").kind, EntityKind::Organization);
}

#[test]
fn a_dateline_town_two_states_share_is_one_place_of_the_datelines_state() {
    let text = "Lorries wait at Astara as checks tighten\n\n\
                ASTARA, Azerbaijan, June 12 — Iranian lorry drivers waited three days at the Astara crossing this week.\n\n\
                The queue stretched past the bazaar of Astara, the twin town on the other bank of the Astara river, \
                and freight moves on the new line between Rasht and Astara.";
    let d = read(text);
    let ids: std::collections::HashSet<_> = text.match_indices("Astara").filter_map(|(at, _)| d.mentions.iter().find(|m| m.span.start == at).map(|m| m.entity)).collect();
    assert_eq!(ids.len(), 1, "one entity for every Astara");
    assert_eq!(country_of(&d, "Astara"), Some("AZE".into()));
}

#[test]
fn one_of_them_after_people_placed_by_a_town_is_placed_by_it() {
    let d = read(
        "Kuwait and Iraq share the channel. I have sailed it with fishermen from Fao, the Iraqi town at its mouth. \
         One of them, Joseph Morgan, told me his nets had been seized twice.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("IRQ".into()));
}

#[test]
fn an_aide_to_him_and_a_title_with_a_second_description_name_one_person() {
    let d = read(
        "The Ethiopian delegation is led by Seleshi Bekele, the former water minister. An aide to him, Joseph Morgan, said \
         Addis Ababa wanted a fair share. Khartoum's representative, a senior irrigation official, Alex Carter, told \
         reporters the floods mattered.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("ETH".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("SDN".into()));
    // (the descriptions are the people named, not someone else)
    assert!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).all(|e| e.name != "an aide" && !e.name.contains("representative")), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_lone_word_after_the_port_of_or_after_his_wife_is_no_office_holder_or_town() {
    let d = read_on("Montenegro wants to join the European Union. The port of Bar has had a bad name for years, the minister said.", Some("2025-06-12"));
    assert_eq!(mentioned(&d, "Bar").kind, EntityKind::Place);
    let d = read("Joseph Morgan runs a shop in Cairo. His wife, Amal, runs a small bakery two streets away.");
    assert_eq!(mentioned(&d, "Amal").kind, EntityKind::Person);
}

#[test]
fn a_dateline_town_in_capitals_and_its_name_below_are_one_place() {
    let text = "A tailor keeps his shop\n\nEL-ARISH, Egypt — Every morning the tailor opens his shop on the main road of El-Arish, the capital of North Sinai.";
    let d = read(text);
    assert!(one_entity(&d, ("EL-ARISH", 0), ("El-Arish", 0)));
    assert_eq!(mentioned(&d, "El-Arish").kind, EntityKind::Place);
}

#[test]
fn our_officer_and_my_own_deputy_in_an_interviews_answer_are_of_the_interviewees_state() {
    let d = read(
        "Interview: \"We are a small country\"\n\n\
         Montenegro's interior minister, Joseph Morgan, spoke to us about smuggling.\n\n\
         Q: Brussels says you must do more.\n\n\
         A: Brussels is right. Our special prosecutor, Alex Carter, has charged forty people. My own deputy, Tom Baker, \
         spent six years as a prosecutor.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("MNE".into()));
    assert_eq!(country_of(&d, "Tom Baker"), Some("MNE".into()));
}

#[test]
fn a_states_adjective_and_a_noun_for_a_person_before_the_name_give_its_state() {
    let d = read("Vietnam and Laos opened a gate. A Lao coffee trader at the gate, Joseph Morgan, said he had waited since dawn.");
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("LAO".into()));
    // (an adjective of something else is not the person's)
    let d = read("Vietnam and Laos opened a gate. A Lao road, said Joseph Morgan, was still bad.");
    assert_ne!(country_of(&d, "Joseph Morgan"), Some("LAO".into()));
}

#[test]
fn another_states_adjective_on_the_next_title_leaves_the_first_title_the_datelines() {
    let d = read(
        "Vietnam and Laos open a new crossing\n\n\
         HANOI, Oct 3 - Vietnam and Laos opened a border gate on Thursday, officials said.\n\n\
         Deputy Prime Minister Joseph Morgan and Lao Deputy Prime Minister Alex Carter cut the ribbon at the gate.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("VNM".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("LAO".into()));
}

#[test]
fn an_op_eds_closing_line_on_its_writer_places_the_byline() {
    let d = read(
        "Opinion: Chad's refugees need more than tents\n\nBy Joseph Morgan\n\nThe camps around Adré, on Chad's border with Sudan, \
         hold half a million people.\n\nThe writer is a Chadian physician and the founder of a charity based in N'Djamena.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("TCD".into()));
    let d = read(
        "Opinion: Kuwait and Iraq should settle the channel\n\nBy Alex Carter\n\nFor a decade the channel has tested Kuwait and Iraq.\n\n\
         The writer is a research fellow at a maritime studies centre in Kuwait City.",
    );
    assert_eq!(country_of(&d, "Alex Carter"), Some("KWT".into()));
}

#[test]
fn a_states_adjective_said_of_the_person_gives_their_state() {
    let d = read(
        "Tajikistan and Uzbekistan are building a dam together. The site manager, Joseph Morgan, is Uzbek; his deputy, \
         Alex Carter, is Tajik. \"We argue about concrete, not borders,\" she said.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("UZB".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("TJK".into()));
    // (an adjective of something else after "is" is not the person's)
    let d = read("Tajikistan and Uzbekistan are building a dam. Tom Baker is Uzbek-trained but lives in Dushanbe.");
    assert_ne!(country_of(&d, "Tom Baker"), Some("UZB".into()));
}

#[test]
fn a_person_in_the_village_of_a_town_and_a_relative_named_after_a_description_are_placed() {
    let d = read(
        "Tajikistan and Uzbekistan share the river. In the village of Urgut, near Samarkand, farmer Joseph Morgan said \
         the river was lower. His neighbour, a retired teacher named Dilfuza, blamed the glaciers.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("UZB".into()), "in the village of a town, past where it lies");
    assert_eq!(country_of(&d, "Dilfuza"), Some("UZB".into()));
}

#[test]
fn a_state_bodys_short_name_as_an_adjective_before_a_persons_noun_gives_its_state() {
    let d = read(
        "Ethiopia moves its trade through Djibouti. The state-owned Ethiopian Shipping and Logistics Services Enterprise (ESLSE) \
         asked for more trains. An ESLSE manager in Modjo, the dry port south-east of the capital, Joseph Morgan, said \
         containers were piling up.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("ETH".into()));
}

#[test]
fn a_clause_of_work_at_the_body_a_lower_case_word_takes_up_gives_its_state() {
    let d = read(
        "Ethiopian lorries queued at the border. The Djibouti Ports and Free Zones Authority (DPFZA) said the tariff reflected \
         costs. Ethiopia objected.\n\nJoseph Morgan, who heads commercial affairs at the port authority, said the increase was \
         modest. Ethiopia and Kenya disagreed.",
    );
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("DJI".into()));
}

#[test]
fn an_acronym_another_states_body_bears_is_the_body_its_apposition_gives() {
    let d = read("Colombia cut power sales to Ecuador. Colombia's electricity regulator, the CREG, said sales would resume on Friday.");
    assert_eq!(country_of(&d, "CREG"), Some("COL".into()));
    // (with no such apposition the knowledge base's body stays)
    let d = read("Belgium's energy prices rose. The CREG said prices would fall.");
    assert_eq!(country_of(&d, "CREG"), Some("BEL".into()));
}

#[test]
fn police_ranks_are_titles_and_take_the_surname_alone_later() {
    let text = "Police set a curfew. Inspector Joseph Morgan, the force's spokesman, said officers would patrol. \
                Inspector Morgan is no relation of the fisherman quoted above. Superintendent Alex Carter agreed, and later \
                Superintendent Carter said more.";
    let d = read(text);
    assert!(one_entity(&d, ("Joseph Morgan", 0), ("Morgan", 1)));
    assert!(one_entity(&d, ("Alex Carter", 0), ("Carter", 1)));
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Inspector") && !e.name.starts_with("Superintendent")));
}

#[test]
fn mama_before_a_given_name_is_an_honorific() {
    let d = read("Kenya opened the bridge. Joseph Wanjiru, 52, sells food at the crossing. \"Mama Joseph feeds us,\" said a driver.");
    assert!(one_entity(&d, ("Joseph Wanjiru", 0), ("Joseph", 1)));
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Mama")));
}

#[test]
fn a_bylines_name_stays_whole_where_a_known_name_sits_inside_it() {
    let text = "Opinion: Kuwait and Iraq should settle the channel\n\nBy Joseph Al-Sabah\n\nFor a decade the channel has tested \
                Kuwait and Iraq, and the emir, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, raised it with visitors.";
    let d = read_on(text, Some("2025-06-12"));
    assert_eq!(mentioned(&d, "Joseph Al-Sabah").kind, EntityKind::Person);
    assert!(!one_entity(&d, ("Joseph Al-Sabah", 0), ("Mishal Al-Ahmad Al-Jaber Al-Sabah", 0)));
}

#[test]
fn a_relatives_name_of_two_words_or_without_commas_is_a_person() {
    let text = "Drivers queue for days at the Kavala crossing. Tarsin Velluk, who drives for a firm in Larissa, slept in his cab. \
                \"My brother Oruin drives the same road,\" Velluk said. His wife, Sendra Mokuvai, and their son stayed home.";
    let d = read(text);
    assert_eq!(mentioned(&d, "Oruin").kind, EntityKind::Person);
    assert_eq!(mentioned(&d, "Sendra Mokuvai").kind, EntityKind::Person);
    // (a relative's word before a body's name with "and" after is no person)
    let d = read("Greece opened the crossing. Their neighbour Bulgaria and Turkey said they would follow.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person));
}

#[test]
fn a_spokesman_for_a_world_bodys_mission_or_force_has_no_home_state() {
    // (a mission no list knows, whose name opens with a world body's)
    let text = "MASERU, Lesotho — The African Union Electoral Support Mission to Lesotho opened an office on Monday. \
                Alex Carter, a spokesman for the mission, said observers would visit every district.";
    let d = read_on(text, Some("2025-05-02"));
    assert_eq!(country_of(&d, "Alex Carter"), None);
    // (a force the knowledge base knows by its acronym)
    let text = "SARAJEVO, Bosnia and Herzegovina — EUFOR said two helicopters had taken off. \"Our crews know this valley,\" \
                said Joseph Morgan, a spokesman for the force.";
    let d = read_on(text, Some("2025-05-02"));
    assert_eq!(country_of(&d, "Joseph Morgan"), None);
    // (the state's own mission keeps its officer)
    let text = "MASERU, Lesotho — The Lesotho Mounted Police Mission opened an office. Daniel Walsh, a spokesman for the mission, spoke.";
    let d = read_on(text, Some("2025-05-02"));
    assert_eq!(country_of(&d, "Daniel Walsh"), Some("LSO".into()));
}

#[test]
fn a_name_written_only_where_places_stand_is_a_place() {
    let text = "When the crossing closed, the money changers on the main street of Ben Tarvane went quiet. Traders sell goods \
                in the markets of Ben Tarvane, Medenine and Zarzis. Residents of Ben Tarvane stood with the army. The state \
                should build a warehouse in Ben Tarvane.";
    let d = read(text);
    assert_eq!(mentioned(&d, "Ben Tarvane").kind, EntityKind::Place);
    // (a person seen once as a speaker stays a person)
    let text = "Traders gathered in the markets of Medenine. Tom Baker, who sells tyres, was there. \"We lost money,\" Baker said. \
                Friends of Tom Baker in Zarzis agreed.";
    let d = read(text);
    assert_eq!(mentioned(&d, "Tom Baker").kind, EntityKind::Person);
}

#[test]
fn a_later_mention_that_places_an_unknown_town_places_all_its_mentions() {
    let text = "The money changers of Korvanet went quiet when the crossing closed. Traders sell goods in the markets of \
                Korvanet, Medenine and Zarzis.";
    let d = read(text);
    assert_eq!(country_of(&d, "Korvanet"), Some("TUN".into()));
}

#[test]
fn a_town_beside_the_lake_named_after_it_stays_the_town() {
    let text = "Bosnia and Herzegovina braced for floods. The power company began releases from Jablanica Lake. About forty \
                people spent the night in Jablanica, and the road north of Jablanica was closed.";
    let d = read(text);
    assert_eq!(entity_at(&d, "Jablanica", 1).and_then(|e| e.country.clone()), Some("BIH".into()));
    assert!(!one_entity(&d, ("Jablanica Lake", 0), ("Jablanica", 1)));
    // (the river's name with "the" is still the river)
    let d = read("Bosnia and Herzegovina said the Jablanica River rose. Boats on the Jablanica were moored.");
    assert!(one_entity(&d, ("Jablanica River", 0), ("Jablanica", 1)));
}

#[test]
fn the_lower_or_upper_part_of_a_town_is_in_the_towns_state() {
    let d = read("Bosnia and Herzegovina counted the dead. Most of them lived in the village of Donja Jablanica.");
    assert_eq!(country_of(&d, "Donja Jablanica"), Some("BIH".into()));
}

#[test]
fn head_of_without_an_article_places_the_person_by_its_town() {
    let text = "Bosnia and Herzegovina and Croatia braced for floods. Across the border, Joseph Morgan, head of civil protection \
                in Dubrovnik-Neretva County, said crews were filling sandbags. Alex Carter, chief of the fire brigade in Metković, agreed.";
    let d = read(text);
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("HRV".into()));
    assert_eq!(country_of(&d, "Alex Carter"), Some("HRV".into()));
}

#[test]
fn a_man_called_x_is_a_person_and_he_is_from_places_him() {
    let text = "Indonesia and Malaysia signed a deal on migrant workers. Last month a man called Tarsin Velluk came through the \
                port. He is from Bone, in South Sulawesi, and had worked for years on an estate.";
    let d = read(text);
    assert_eq!(mentioned(&d, "Tarsin Velluk").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Tarsin Velluk"), Some("IDN".into()));
    // (with another person in the sentence, the pronoun may be theirs)
    let text = "Indonesia and Malaysia signed a deal. Daniel Walsh met Tom Baker at the port. He is from Makassar.";
    let d = read(text);
    assert_eq!(country_of(&d, "Daniel Walsh"), None);
}

#[test]
fn an_acronym_naming_a_currency_is_no_body() {
    let d = read("Chad and Cameroon share the XAF franc. Drivers pay 5,000 XAF francs at each post, the ARFT said.");
    assert!(d.entities.iter().all(|e| e.name != "XAF"));
    assert_eq!(mentioned(&d, "ARFT").kind, EntityKind::Organization);
}

#[test]
fn a_states_adjective_before_a_namesake_town_picks_that_states_town() {
    let d = read("The United States watched the port. Chilean terminals at San Antonio had hoped to become hubs.");
    assert_eq!(country_of(&d, "San Antonio"), Some("CHL".into()));
    // (what the state's people did there leaves the town as read)
    let d = read("Chilean officials met in San Antonio on Monday.");
    assert_eq!(country_of(&d, "San Antonio"), Some("USA".into()));
}

#[test]
fn the_datelines_town_is_a_place_wherever_the_story_writes_it() {
    let text = "SIRETI, Moldova — Officers began joint checks at the bridge on Tuesday.\n\nLorries from Ukraine now made up a \
                large share of the traffic at Sireti and would keep coming. Many Moldovans drive home through Sireti each summer.";
    let d = read_on(text, Some("2025-03-04"));
    assert!(one_entity(&d, ("SIRETI", 0), ("Sireti", 0)));
    assert!(one_entity(&d, ("SIRETI", 0), ("Sireti", 1)));
}

#[test]
fn two_towns_joined_by_a_hyphen_before_a_crossing_are_two_places() {
    let text = "SIRETI, Moldova — Officers began joint checks at the Sireti-Korvanu crossing on Tuesday. Work on the road from \
                Korvanu to Husi is due to start this year.";
    let d = read_on(text, Some("2025-03-04"));
    assert!(one_entity(&d, ("SIRETI", 0), ("Sireti", 0)));
    assert_eq!(mentioned(&d, "Korvanu").kind, EntityKind::Place);
    assert!(d.entities.iter().all(|e| !e.name.contains("Sireti-Korvanu")));
    // (a state's name with a hyphen stays whole)
    let d = read("Traders waited at the Guinea-Bissau border for two days.");
    assert_eq!(country_of(&d, "Guinea-Bissau"), Some("GNB".into()));
}

#[test]
fn a_dateline_town_the_kb_puts_across_the_border_is_the_named_states_namesake() {
    let text = "KASUMBALESA, Zambia — Thousands of lorries were stranded at the Kasumbalesa border post on Tuesday, and officials \
                in Lusaka and Kinshasa traded blame.";
    let d = read_on(text, Some("2025-06-10"));
    assert_eq!(country_of(&d, "KASUMBALESA"), Some("ZMB".into()));
    assert!(one_entity(&d, ("KASUMBALESA", 0), ("Kasumbalesa", 0)));
}

#[test]
fn a_compound_on_the_edge_of_a_town_is_in_the_towns_state() {
    let d = read("Zambia and Congo met. Traders came from Korvantu, a compound on the edge of Chililabombwe, to sell food.");
    assert_eq!(country_of(&d, "Korvantu"), Some("ZMB".into()));
}

#[test]
fn a_pronoun_places_the_person_where_a_clause_after_the_name_did_not() {
    let text = "Zambia and Congo met on Monday. Alex Carter, who sells fritters along the queue, said her sales had doubled. \
                She lives in Chililabombwe.";
    let d = read(text);
    assert_eq!(country_of(&d, "Alex Carter"), Some("ZMB".into()));
}

#[test]
fn an_official_named_after_an_honorific_is_the_descriptions_person() {
    let text = "Afghanistan opened the port. An official at the river port authority, Mawlawi Joseph Morgan, said sheds were \
                being built. \"We want traders to see that the port is open,\" he said.";
    let d = read(text);
    assert_eq!(mentioned(&d, "Joseph Morgan").kind, EntityKind::Person);
    assert!(d.entities.iter().all(|e| e.name != "an official"));
}

#[test]
fn a_towns_first_word_before_a_hyphened_particle_is_that_town() {
    let d = read("Lorries run by rail to Mazar-i-Sharif. He lives in Dehdadi, a district west of Mazar, with his family.");
    assert!(one_entity(&d, ("Mazar-i-Sharif", 0), ("Mazar", 1)));
    // (not a region named after two towns)
    let d = read("Croatia said crews in Dubrovnik-Neretva County and in Dubrovnik were ready.");
    assert!(!one_entity(&d, ("Dubrovnik-Neretva County", 0), ("Dubrovnik", 1)));
}

#[test]
fn deputy_before_another_office_is_no_lawmaker() {
    let d = read("Greece sent planes. Joseph Morgan, deputy fire chief for Central Macedonia, said crews were ready.");
    assert_ne!(mentioned(&d, "Joseph Morgan").role.as_deref(), Some("lawmaker"));
    // (a deputy from a party is one)
    let d = read("Greece voted. Alex Carter, a deputy from the ruling party, said the bill would pass.");
    assert_eq!(mentioned(&d, "Alex Carter").role.as_deref(), Some("lawmaker"));
}

#[test]
fn time_zones_and_live_labels_are_no_bodies() {
    let d = read("LIVE: Wildfire crosses the border\n\nTimes are Skopje time (CEST). North Macedonia's Crisis Management Centre said the fire grew.");
    assert!(d.entities.iter().all(|e| e.name != "LIVE" && e.name != "CEST"));
}

#[test]
fn a_village_a_point_of_the_compass_from_a_town_is_in_its_state() {
    let d = read("North Macedonia and Greece fought the fire, which began near the village of Korvesh, south-west of Bogdanci, on Tuesday.");
    assert_eq!(country_of(&d, "Korvesh"), Some("MKD".into()));
}

#[test]
fn a_crossing_a_point_of_the_compass_from_a_town_may_be_across_the_border() {
    let d = read("Zambia and Congo met. Some hauliers use the smaller crossing at Korvesh, north of Mufulira, though the road is poor.");
    assert_ne!(country_of(&d, "Korvesh"), Some("ZMB".into()));
}

#[test]
fn two_words_written_only_after_the_are_no_person() {
    let d = read("Paraguay cut tariffs. The shops in the Zona Baja, of course, gained, and so did the sellers on the avenue.");
    let e = mentioned(&d, "Zona Baja");
    assert_ne!(e.kind, EntityKind::Person);
    // (a person's name before a noun keeps its reading: "the Joseph Morgan administration")
    let d = read("Critics of the Joseph Morgan administration said Joseph Morgan had failed.");
    assert_eq!(entity_at(&d, "Joseph Morgan", 1).map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn an_office_held_in_a_place_places_its_holder() {
    let text = "Paraguay and Argentina met.\n\nAlex Carter, 47, has been deputy mayor of Encarnación since 2021.\n\n\
                Joseph Morgan is the governor of Itapúa, and Daniel Walsh has been head of customs in Posadas.";
    let d = read(text);
    assert_eq!(country_of(&d, "Alex Carter"), Some("PRY".into()));
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("PRY".into()));
    // (an office set off from the place: "is the governor" alone places no one)
    let d = read("Paraguay and Argentina met. Tom Baker is the governor, and he flew in from Posadas.");
    assert_eq!(country_of(&d, "Tom Baker"), None);
}

#[test]
fn a_pass_is_a_place_and_a_feast_no_place() {
    let d = read("Armenia fixed the road. It climbs over the Korvan Pass, and the guesthouse fills with Iranian families at Nowruz.");
    assert_eq!(mentioned(&d, "Korvan Pass").kind, EntityKind::Place);
    assert!(d.entities.iter().all(|e| e.name != "Nowruz"));
    // (an island named after a feast stays a place)
    let d = read("Australia said Christmas Island would take the boats.");
    assert_eq!(mentioned(&d, "Christmas Island").kind, EntityKind::Place);
}

#[test]
fn a_stall_on_one_states_side_places_its_keeper() {
    let text = "Bhutan opened a new gate. \"Now they drive straight past,\" said Alex Carter, 46, who runs a tea stall a few steps \
                from the old gate on the Indian side.";
    let d = read(text);
    assert_eq!(country_of(&d, "Alex Carter"), Some("IND".into()));
}

#[test]
fn the_municipal_authority_in_apposition_makes_a_body() {
    let d = read("Bhutan opened a gate. It was built by the Korvan Dzongkhag, the municipal authority, last year.");
    assert_eq!(mentioned(&d, "Korvan Dzongkhag").kind, EntityKind::Organization);
}

#[test]
fn an_age_between_the_name_and_its_demonym_apposition_is_passed() {
    let d = read("Senegal and Gambia met. Alex Carter, 47, a Senegalese lorry driver from Ziguinchor, now uses the bridge.");
    assert_eq!(country_of(&d, "Alex Carter"), Some("SEN".into()));
}

#[test]
fn a_bodys_manager_in_apposition_makes_unknown_words_a_person() {
    let d = read("The Gambia Ports Authority (GPA) runs the ferry. Korbu Tanneh, the GPA's ferry operations manager, said a vessel would return.");
    assert_eq!(mentioned(&d, "Korbu Tanneh").kind, EntityKind::Person);
    assert_eq!(country_of(&d, "Korbu Tanneh"), Some("GMB".into()));
}

#[test]
fn a_job_or_home_on_an_island_places_the_person() {
    let d = read("Tunisia closed the crossing. Joseph Morgan, who lost his job in a hotel on Djerba, sells fuel by the road.");
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("TUN".into()));
    // (what one reports on is no home)
    let d = read("Israel and Egypt met. Alex Carter, who reported on Gaza for years, spoke.");
    assert_eq!(country_of(&d, "Alex Carter"), None);
}

#[test]
fn its_owner_opening_a_sentence_is_placed_where_the_sentence_before_opens() {
    let text = "Cameroon and Chad met.\n\nIn Bertoua, the regional capital, Joseph Mbarga eats at the same canteen on every trip. \
                Its owner, Alex Carter, has fed drivers there for fifteen years.";
    let d = read(text);
    assert_eq!(country_of(&d, "Alex Carter"), Some("CMR".into()));
}

#[test]
fn its_agent_after_a_firm_named_beside_a_town_is_not_the_towns() {
    let text = "Senegal buys nuts. The largest buyer in Ziguinchor is Korvan Kernel Exports, a processor based in Kollam, in \
                India. Its local agent, Joseph Morgan, tests samples.";
    let d = read(text);
    assert_ne!(country_of(&d, "Joseph Morgan"), Some("SEN".into()));
}

#[test]
fn spanish_and_portuguese_place_openers_make_places() {
    let d = read("Bolivia patrols the lake. Last week a boat was stopped near Isla del Korvan with diesel, and miners on Cerro Tarvan protested.");
    assert_eq!(mentioned(&d, "Isla del Korvan").kind, EntityKind::Place);
    assert_eq!(mentioned(&d, "Cerro Tarvan").kind, EntityKind::Place);
}

#[test]
fn a_surname_that_is_a_town_after_a_title_is_a_person() {
    let d = read("Peru and Bolivia patrol the lake. His predecessor, Captain Mendoza, started the practice. Captain Mendoza retired in 2021.");
    assert_eq!(mentioned(&d, "Mendoza").kind, EntityKind::Person);
    // (the town after a preposition stays the town)
    let d = read("Argentina said wine exports from Mendoza rose.");
    assert_eq!(mentioned(&d, "Mendoza").kind, EntityKind::Place);
}

#[test]
fn one_unknown_word_after_a_sites_noun_and_at_is_a_town() {
    let d = read("Ecuador exports bananas. \"We have our own deep-water port at Posorja, and ships come to us,\" Joseph Morgan said. \
                  The Posorja terminal, opened in 2019, is run by DP World.");
    assert_eq!(mentioned(&d, "Posorja").kind, EntityKind::Place);
}

#[test]
fn an_interviews_bodies_are_the_interviewees_state_however_often_the_neighbour_is_named() {
    let text = "Interview: \"We cannot police a lake with two boats\"\n\n\
                Joseph Morgan commands the Bolivian navy's district on the lake, which Bolivia shares with Peru. He spoke to us at his base.\n\n\
                Q: What is the main problem?\n\nA: Contraband. Fuel goes out to Peru, and the Peruvian side buys it.\n\n\
                Q: Do you work with Peru?\n\nA: Every month. The Peruvian coast guard is helpful. The Ministry of Environment and Water \
                has tested the water.";
    let d = read(text);
    assert_eq!(country_of(&d, "Ministry of Environment and Water"), Some("BOL".into()));
    // (a state named later in the introduction's sentence, past a comma, is no one's)
    let text = "Interview: a tourism chief on his island\n\n\
                Alex Carter has chaired the island's tourism association since 2021, a period in which Korean visitors vanished.\n\n\
                Q: How many came?\n\nA: Many, from all over Japan.\n\nQ: And the ferries?\n\nA: Busy. Japan's ports are full. The \
                Immigration Services Agency checks them.";
    let d = read(text);
    assert_ne!(country_of(&d, "Immigration Services Agency"), Some("KOR".into()));
}

#[test]
fn a_stall_inside_a_bodys_grounds_places_its_keeper() {
    let text = "Uzbekistan and Afghanistan trade. Merchants shop at the Termez International Trade Centre (TITC), a duty-free zone \
                on the Uzbek bank. \"Now I rent three warehouses,\" said Joseph Morgan, 46, who sells sugar to Afghan buyers from \
                a unit inside the TITC.";
    let d = read(text);
    assert_eq!(country_of(&d, "Joseph Morgan"), Some("UZB".into()));
}
