//! Event phenomena on texts written for these tests, read with the real
//! text, actors and quotes stages in front of the events stage.

use dyad_core::{Document, Event, Meta, Mode, Plover, Stage};

fn read(text: &str, published: &str) -> Document {
    let meta = Meta { published: chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(), ..Meta::default() };
    let mut doc = Document::new(text, meta);
    dyad_text::TextStage.process(&mut doc).unwrap();
    dyad_actors::ActorsStage::builtin().process(&mut doc).unwrap();
    dyad_quotes::QuotesStage.process(&mut doc).unwrap();
    dyad_events::EventsStage.process(&mut doc).unwrap();
    doc.validate().unwrap();
    doc
}

fn country(doc: &Document, id: Option<dyad_core::EntityId>) -> Option<String> {
    id.and_then(|e| doc.entity(e).country.clone())
}

/// The event's source and target are of these states.
fn assert_parties(doc: &Document, e: &Event, source: Option<&str>, target: Option<&str>) {
    assert_eq!((country(doc, e.source).as_deref(), country(doc, e.target).as_deref()), (source, target));
}

fn only<'d>(doc: &'d Document, p: Plover) -> &'d Event {
    let v: Vec<&Event> = doc.events.iter().filter(|e| e.plover == p).collect();
    assert_eq!(v.len(), 1, "{p:?} events: {:?}", doc.events.iter().map(|e| (e.plover, doc.slice(e.trigger))).collect::<Vec<_>>());
    v[0]
}

#[test]
fn verbs_with_coordinated_subjects_and_objects() {
    let d = read("Kyrgyzstan and Tajikistan signed a border treaty in Bishkek on Tuesday.", "2025-03-14");
    let e = only(&d, Plover::Agree);
    assert_eq!(e.cameo, "057");
    assert_eq!(country(&d, e.source).as_deref(), Some("KGZ"));
    assert_eq!(country(&d, e.target).as_deref(), Some("TJK"));
    assert_eq!(e.mode, Mode::Asserted);
    assert_eq!(e.date.map(|x| x.to_string()).as_deref(), Some("2025-03-11"));
    assert_eq!(e.quad, 1);
}

#[test]
fn passive_voice_swaps_the_parties() {
    let d = read("A Ukrainian convoy was attacked by Russian forces near Kharkiv.", "2025-03-14");
    let e = only(&d, Plover::Assault);
    assert_eq!(country(&d, e.source).as_deref(), Some("RUS"));
    assert_eq!(country(&d, e.target).as_deref(), Some("UKR"));
    assert_eq!(e.quad, 4);
    assert!(e.goldstein <= -9.0);
}

#[test]
fn nominal_events_take_the_possessor_and_preposition() {
    let d = read("The Saudi foreign minister’s visit to Tehran ended early. Defence cooperation between Greece and Cyprus grew.", "2025-03-14");
    let v = only(&d, Plover::Consult);
    assert_eq!(country(&d, v.source).as_deref(), Some("SAU"));
    assert_eq!(country(&d, v.target).as_deref(), Some("IRN"));
    let c = only(&d, Plover::Cooperate);
    assert_eq!(country(&d, c.source).as_deref(), Some("GRC"));
    assert_eq!(country(&d, c.target).as_deref(), Some("CYP"));
}

#[test]
fn each_modality() {
    let cases = [
        ("Ankara may be expected to exert pressure on Damascus.", Plover::Coerce, Mode::Speculative),
        ("Hungary did not veto the sanctions package.", Plover::Reject, Mode::Negated),
        ("Chile will host Peruvian negotiators next month.", Plover::Consult, Mode::Planned),
        ("If the talks collapse, Serbia would impose sanctions on Kosovo.", Plover::Sanction, Mode::Hypothetical),
        ("“We condemned the raid,” the Jordanian foreign minister said.", Plover::Accuse, Mode::Reported),
        ("Vietnam praised Laos for the new railway.", Plover::Support, Mode::Asserted),
    ];
    for (text, p, mode) in cases {
        let d = read(text, "2025-03-14");
        assert_eq!(only(&d, p).mode, mode, "{text}");
    }
}

#[test]
fn a_refusal_happened_and_the_refused_meeting_did_not() {
    let d = read("Bolivia refused to hold a meeting with Chilean diplomats.", "2025-03-14");
    let r = only(&d, Plover::Reject);
    assert_eq!(r.mode, Mode::Asserted);
    assert_eq!(country(&d, r.source).as_deref(), Some("BOL"));
    // coded as a rejected meeting (CAMEO 125), never as a meeting that took place
    assert_eq!(r.cameo, "125");
    assert!(d.events.iter().all(|e| !(e.plover == Plover::Consult && e.mode == Mode::Asserted)));
}

#[test]
fn demanded_actions_are_not_events_of_their_own() {
    let d = read("The African Union called on Sudan to release detained journalists.", "2025-03-14");
    assert_eq!(d.events.len(), 1, "{:?}", d.events.iter().map(|e| doc_slice(&d, e)).collect::<Vec<_>>());
    assert_eq!(d.events[0].plover, Plover::Request);
}

fn doc_slice(d: &Document, e: &Event) -> String {
    d.slice(e.trigger).to_string()
}

#[test]
fn dates_relative_to_publication() {
    let d = read("In 2018 Norway expelled a Russian diplomat. Last October Finland closed its border with Russia.", "2025-01-20");
    // (both are sanctions: an expulsion and a border closed)
    let dated = |trigger: &str| {
        let e = d.events.iter().find(|e| e.plover == Plover::Sanction && d.slice(e.trigger).starts_with(trigger)).expect(trigger);
        e.date.map(|x| x.to_string())
    };
    assert_eq!(dated("expelled").as_deref(), Some("2018"));
    assert_eq!(dated("closed").as_deref(), Some("2024-10"));
}

#[test]
fn reduced_passives_make_the_subject_the_target() {
    let d = read("Moldova could change course if pressured by Russia.", "2025-03-14");
    let e = only(&d, Plover::Coerce);
    assert_eq!(country(&d, e.source).as_deref(), Some("RUS"));
    assert_eq!(country(&d, e.target).as_deref(), Some("MDA"));
    let d = read("Armenia risks isolation if pressured to choose sides.", "2025-03-14");
    let e = only(&d, Plover::Coerce);
    assert_eq!(e.source, None);
    assert_eq!(country(&d, e.target).as_deref(), Some("ARM"));
}

#[test]
fn a_denial_does_not_negate_the_next_verb_and_unknown_weekdays_block_far_dates() {
    let d = read("Russia denied any involvement and accused Finland of staging a provocation.", "2025-03-14");
    assert_eq!(only(&d, Plover::Accuse).mode, Mode::Asserted);
    let mut doc = Document::new("Norway and Russia agreed on Tuesday to reopen talks that stalled in 2022.", Meta::default());
    dyad_text::TextStage.process(&mut doc).unwrap();
    dyad_actors::ActorsStage::builtin().process(&mut doc).unwrap();
    dyad_quotes::QuotesStage.process(&mut doc).unwrap();
    dyad_events::EventsStage.process(&mut doc).unwrap();
    let e = doc.events.iter().find(|e| e.plover == Plover::Agree).unwrap();
    assert_eq!(e.date, None, "Tuesday cannot be resolved without a publication date; 2022 is another event's");
}

#[test]
fn a_state_word_before_a_persons_name_makes_the_person_the_party() {
    let d = read("Armenia's foreign minister Davit Lorsan phoned his Georgian counterpart Nika Terashvili on Monday.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    let target = e.target.map(|t| d.entity(t).name.clone());
    assert_eq!(target.as_deref(), Some("Nika Terashvili"));
    assert_eq!(country(&d, e.target).as_deref(), Some("GEO"));
}

#[test]
fn declining_an_offer_is_a_refusal() {
    let d = read("Moscow offered to mediate. Kazakh officials declined the offer on Friday.", "2025-03-14");
    let e = only(&d, Plover::Reject);
    assert_eq!(country(&d, e.source).as_deref(), Some("KAZ"));
    let d = read("The Georgian government turned down the invitation.", "2025-03-14");
    assert_eq!(country(&d, only(&d, Plover::Reject).source).as_deref(), Some("GEO"));
}

#[test]
fn a_short_quoted_phrase_does_not_cut_a_verb_from_its_subject() {
    let d = read("A Houthi spokesman rejected what he called “Saudi blackmail” and accused Riyadh of stalling.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(country(&d, e.source).as_deref(), Some("YEM"));
    assert_eq!(country(&d, e.target).as_deref(), Some("SAU"));
}

#[test]
fn retaliation_others_expect_is_speculative_force() {
    let d = read("Tehran could retaliate against Israeli targets, some analysts believe.", "2025-03-14");
    let e = only(&d, Plover::Assault);
    assert_eq!(country(&d, e.source).as_deref(), Some("IRN"));
    assert_eq!(e.mode, Mode::Speculative);
}

#[test]
fn a_list_of_states_meeting_in_a_capital_meets_pairwise_and_not_the_capital() {
    let d = read("Senegal, Gambia and Guinea-Bissau met in Dakar on Sunday.", "2025-03-14");
    let pairs: Vec<(Option<String>, Option<String>)> =
        d.events.iter().filter(|e| e.plover == Plover::Consult).map(|e| (country(&d, e.source), country(&d, e.target))).collect();
    assert_eq!(pairs.len(), 3, "{pairs:?}");
    for (a, b) in [("SEN", "GMB"), ("SEN", "GNB"), ("GMB", "GNB")] {
        assert!(pairs.contains(&(Some(a.to_string()), Some(b.to_string()))), "{a}-{b} in {pairs:?}");
    }
    // the capital a meeting is held in is where, not whom
    let d = read("Kenya's foreign minister met in Kampala with traders.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    assert_ne!(country(&d, e.target).as_deref(), Some("UGA"));
}

#[test]
fn a_modal_word_before_but_does_not_reach_the_clause_after_it() {
    let d = read("Moscow was ready to mediate, but Kazakh officials declined the offer.", "2025-03-14");
    let e = only(&d, Plover::Reject);
    assert_eq!(e.mode, Mode::Asserted);
    assert_eq!(country(&d, e.source).as_deref(), Some("KAZ"));
}

#[test]
fn the_bloc_acts_for_the_bloc_named_before() {
    let d = read("ECOWAS leaders met in Abuja on Sunday. The bloc accused Mali of delaying elections.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    let source = e.source.map(|s| d.entity(s).name.clone());
    assert_eq!(source.as_deref(), Some("Economic Community of West African States"));
    assert_eq!(country(&d, e.target).as_deref(), Some("MLI"));
}

#[test]
fn trading_barbs_is_criticism_not_trade() {
    let d = read("Hanoi and Manila traded accusations over the reef on Monday, while trade between them kept growing.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(e.cameo, "111");
    let mut parties = [country(&d, e.source), country(&d, e.target)];
    parties.sort();
    assert_eq!(parties, [Some("PHL".to_string()), Some("VNM".to_string())]);
}

#[test]
fn a_strike_announced_in_a_warning_is_a_threat() {
    let d = read(
        "Tajikistan's defence minister warned on Monday that the army would strike camps inside Afghanistan if attacks continued.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Threaten);
    assert_eq!(e.cameo, "138");
    assert_eq!(country(&d, e.source).as_deref(), Some("TJK"));
    assert_eq!(country(&d, e.target).as_deref(), Some("AFG"));
    assert_eq!(e.mode, Mode::Asserted);
    // the condition after it is no threat of its own
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault || e.mode != Mode::Asserted));
}

#[test]
fn declining_to_comment_is_no_refusal() {
    let d = read("Estonia declined to comment on the report, but Latvia declined to join the talks.", "2025-03-14");
    let e = only(&d, Plover::Reject);
    assert_eq!(country(&d, e.source).as_deref(), Some("LVA"));
}

#[test]
fn received_by_a_host_is_the_hosts_visit() {
    let d = read("Moldova's foreign minister flew to Vilnius, where he was received by Lithuania's president.", "2025-03-14");
    let e = d.events.iter().find(|e| e.cameo == "043").expect("a hosted visit");
    assert_eq!(country(&d, e.source).as_deref(), Some("LTU"));
    assert_eq!(country(&d, e.target).as_deref(), Some("MDA"));
}

#[test]
fn sanctions_a_warning_says_could_return_are_a_threat() {
    let d = read("The European Union told reporters it \"welcomes the vote\" but warned that sanctions could return.", "2025-03-14");
    let e = only(&d, Plover::Threaten);
    assert_eq!(e.cameo, "1312");
    assert_eq!(d.entity(e.source.expect("the warning's speaker")).name, "European Union");
    assert!(d.events.iter().all(|e| e.plover != Plover::Sanction));
}

#[test]
fn a_date_in_a_relative_clause_dates_that_clause_only() {
    let d = read("Minsk, which signed a defence treaty with Moscow in 2019, blamed Vilnius for the crisis.", "2025-03-14");
    let treaty = d.events.iter().find(|e| e.cameo == "057").expect("the treaty");
    assert_eq!(treaty.date.map(|x| x.to_string()).as_deref(), Some("2019"));
    let blame = only(&d, Plover::Accuse);
    assert_eq!(blame.date, None);
}

#[test]
fn a_counterpart_in_apposition_is_a_joint_subject() {
    let d = read(
        "Armenia's defence minister Suren Papikyan and his Georgian counterpart, Irakli Chikovani, signed the plan in Tbilisi.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Agree);
    assert_eq!(country(&d, e.source).as_deref(), Some("ARM"));
    assert_eq!(country(&d, e.target).as_deref(), Some("GEO"));
}

#[test]
fn a_second_verbs_object_is_not_the_firsts() {
    let d = read("Poland condemned the launch and reaffirmed Lithuania's right to defend itself.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(country(&d, e.source).as_deref(), Some("POL"));
    assert_eq!(e.target, None);
}

#[test]
fn a_negated_passive_and_a_relative_clause_before_it() {
    let d = read("The emirate of Qatar, which has backed the government in Damascus, was not invited.", "2025-03-14");
    let e = d.events.iter().find(|e| e.trigger.of(&d.text).starts_with("invited")).expect("the invitation");
    assert_eq!(e.mode, Mode::Negated);
    assert_eq!(e.source, None);
    assert_eq!(country(&d, e.target).as_deref(), Some("QAT"));
}

#[test]
fn a_state_title_and_name_object_is_the_person() {
    let d = read("Saudi Arabia's crown prince hosted Turkish President Recep Tayyip Erdogan in Jeddah.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    assert_eq!(d.entity(e.target.expect("a guest")).kind, dyad_core::EntityKind::Person);
}

#[test]
fn a_strike_on_a_town_is_against_its_state() {
    let d = read("Ukraine said a Russian missile strike on Odesa killed nine people.", "2025-03-14");
    let e = d.events.iter().find(|e| e.trigger.of(&d.text) == "strike").expect("the strike");
    assert_eq!(country(&d, e.source).as_deref(), Some("RUS"));
    assert_eq!(country(&d, e.target).as_deref(), Some("UKR"));
}

#[test]
fn a_noun_that_names_a_plans_subject_is_no_event() {
    let d = read("The Kremlin dismissed the French ceasefire plan on Tuesday.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Retreat), "{:?}", d.events.iter().map(|e| e.plover).collect::<Vec<_>>());
}

fn name(doc: &Document, id: Option<dyad_core::EntityId>) -> Option<&str> {
    id.map(|e| doc.entity(e).name.as_str())
}

#[test]
fn a_pronoun_subject_is_the_person_before_not_the_scene() {
    let d = read(
        "Defence Minister Pavlo Hrytsenko flew to Washington on Monday. In Washington, he met Senator Laura Whitcomb.",
        "2025-03-14",
    );
    // (the flight is a visit of its own)
    let e = d.events.iter().find(|e| d.slice(e.trigger) == "met").expect("the meeting");
    assert_eq!(name(&d, e.source), Some("Pavlo Hrytsenko"));
}

#[test]
fn a_pronoun_subject_is_the_last_subject_named_not_the_last_name() {
    let d = read(
        "President Kemal Aydin held talks with Chancellor Greta Lindholm in Berlin on Monday. \
         He arrived from Paris, where he met President Jean Moreau. He is due to visit Warsaw on Wednesday.",
        "2025-03-14",
    );
    let visit = d.events.iter().find(|e| d.slice(e.trigger).starts_with("visit")).expect("the visit");
    assert_eq!(name(&d, visit.source), Some("Kemal Aydin"));
    let met = d.events.iter().find(|e| d.slice(e.trigger) == "met").expect("the meeting");
    assert_eq!(name(&d, met.source), Some("Kemal Aydin"));
}

#[test]
fn she_is_not_the_man_named_last() {
    let d = read(
        "Foreign Minister Anna Kowalczyk spoke after Prime Minister Tomasz Nowak left the room. She urged Minsk to free the prisoners.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Request);
    assert_eq!(name(&d, e.source), Some("Anna Kowalczyk"));
    // nor the man who opened the sentence before
    let d = read(
        "Prime Minister Tomasz Nowak spoke after Foreign Minister Anna Kowalczyk left the room. She urged Minsk to free the prisoners.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Request);
    assert_eq!(name(&d, e.source), Some("Anna Kowalczyk"));
}

#[test]
fn who_reports_an_attack_is_not_its_author() {
    let d = read("The 3rd Assault Brigade reported heavy shelling near Kupiansk on Tuesday.", "2025-03-14");
    assert!(
        d.events.iter().all(|e| e.plover != Plover::Assault || name(&d, e.source) != Some("3rd Assault Brigade")),
        "{:?}",
        d.events.iter().map(|e| (e.plover, name(&d, e.source), d.slice(e.trigger))).collect::<Vec<_>>()
    );
}

#[test]
fn what_someone_is_accused_of_is_an_allegation() {
    let d = read("The Kremlin accused the Ukrainian army of shelling civilians in Donetsk.", "2025-03-14");
    let e = only(&d, Plover::Assault);
    assert_eq!(e.mode, Mode::Reported);
}

#[test]
fn a_particle_after_an_object_is_no_verb() {
    // "pushed Russian troops back": not "back" (support)
    let d = read("The brigade pushed Russian troops back from two villages.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Support), "{:?}", d.events.iter().map(|e| d.slice(e.trigger)).collect::<Vec<_>>());
}

#[test]
fn an_attack_on_a_party_or_a_policy_is_criticism() {
    let d = read("The Liberal Party of Australia stepped up its attacks on the government's handling of the submarine program.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(e.cameo, "111");
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault));
}

#[test]
fn a_state_before_a_title_and_a_name_is_the_persons() {
    let d = read("Foreign Minister Anna Kowalczyk met U.S. Secretary of State Marco Rubio in Washington.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    assert_eq!(name(&d, e.target), Some("Marco Rubio"));
}

#[test]
fn an_event_nouns_actor_is_not_across_a_preposition() {
    // "travel to Jakarta … for talks": Jakarta is where, not who
    let d = read("The prime minister will travel to Jakarta next week for talks with business leaders.", "2025-03-14");
    assert!(
        d.events.iter().filter(|e| d.slice(e.trigger) == "talks").all(|e| country(&d, e.source).as_deref() != Some("IDN")),
        "{:?}",
        d.events.iter().map(|e| (d.slice(e.trigger), country(&d, e.source))).collect::<Vec<_>>()
    );
}

#[test]
fn a_participle_after_a_comma_with_by_is_a_passive() {
    let d = read("Egypt and the United Arab Emirates, accused by Khartoum of arming the militia, were not invited.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(country(&d, e.source).as_deref(), Some("SDN"));
    assert_eq!(country(&d, e.target).as_deref(), Some("ARE"));
}

#[test]
fn an_abbreviation_in_brackets_does_not_cut_the_subject_off() {
    let d = read("The Rapid Support Forces (RSF) have agreed to send a delegation to Jeddah.", "2025-03-14");
    let e = only(&d, Plover::Agree);
    assert_eq!(name(&d, e.source), Some("Rapid Support Forces"));
}

#[test]
fn a_go_between_is_not_the_counterpart() {
    let d = read("The army agreed to talks brokered by Saudi Arabia.", "2025-03-14");
    assert!(d.events.iter().filter(|e| e.plover == Plover::Agree).all(|e| country(&d, e.target).as_deref() != Some("SAU")));
}

#[test]
fn a_described_second_party_and_a_participial_aside() {
    let d = read("Sudan's army and the paramilitary Rapid Support Forces signed a truce in Jeddah.", "2025-03-14");
    let e = only(&d, Plover::Agree);
    assert_eq!(country(&d, e.source).as_deref(), Some("SDN"));
    assert_eq!(name(&d, e.target), Some("Rapid Support Forces"));
    // ", led by X, known as Y," is passed over on the way to the subject
    let d = read("The Rapid Support Forces, led by Mohamed Hamdan Dagalo, known as Hemedti, welcomed the truce.", "2025-03-14");
    let e = only(&d, Plover::Support);
    assert_eq!(name(&d, e.source), Some("Rapid Support Forces"));
}

#[test]
fn a_name_after_a_preposition_joined_by_and_is_no_subject() {
    let d = read(
        "Relations soured after a spat with the French Embassy and the Malian junta's refusal to hold talks with Algeria.",
        "2025-03-14",
    );
    assert!(
        d.events.iter().all(|e| country(&d, e.source).as_deref() != Some("FRA")),
        "{:?}",
        d.events.iter().map(|e| (d.slice(e.trigger), e.source.map(|x| d.entity(x).name.clone()))).collect::<Vec<_>>()
    );
}

#[test]
fn a_verb_joined_by_and_has_the_subject_of_the_verb_before() {
    let d = read(
        "Bolivia accused Chile on Monday of diverting the Silala river, and threatened to take the dispute to the International Court of Justice.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Threaten);
    assert_eq!(country(&d, e.source).as_deref(), Some("BOL"));
}

#[test]
fn an_apposition_after_the_subject_is_passed_over() {
    let d = read(
        "The East African Community held its summit in Arusha. Kenyan President William Ruto, the bloc's outgoing chairman, \
         met Tanzania's President Samia Suluhu Hassan on the sidelines.",
        "2025-03-14",
    );
    let e = d.events.iter().find(|e| d.slice(e.trigger).starts_with("met")).expect("the meeting");
    assert_eq!(name(&d, e.source), Some("William Ruto"));
    assert_eq!(country(&d, e.target).as_deref(), Some("TZA"));
}

#[test]
fn a_capital_where_talks_were_held_is_no_party() {
    let d = read(
        "Bolivia's talks in Brasília stalled on Monday. The talks in Bogotá ended without agreement. \
         In Caracas, gunmen attacked a police station.",
        "2025-03-14",
    );
    assert!(
        d.events.iter().all(|e| ![e.source, e.target].iter().any(|p| matches!(country(&d, *p).as_deref(), Some("BRA") | Some("COL") | Some("VEN")))),
        "{:?}",
        d.events.iter().map(|e| (d.slice(e.trigger), e.source.map(|x| d.entity(x).name.clone()), e.target.map(|x| d.entity(x).name.clone()))).collect::<Vec<_>>()
    );
}

#[test]
fn a_reported_condition_is_hypothetical_and_a_subordinate_clause_keeps_its_subject() {
    let d = read("The African Union said it would send observers if both governments agreed.", "2025-03-14");
    assert_eq!(only(&d, Plover::Agree).mode, Mode::Hypothetical);
    let d = read("Peru recalled its ambassador after gunmen attacked a border post near Tacna.", "2025-03-14");
    assert!(
        d.events.iter().filter(|e| e.plover == Plover::Assault).all(|e| country(&d, e.source).as_deref() != Some("PER")),
        "{:?}",
        d.events.iter().map(|e| (d.slice(e.trigger), e.source.map(|x| d.entity(x).name.clone()))).collect::<Vec<_>>()
    );
}

#[test]
fn a_possessor_after_in_and_the_latter_are_parties() {
    let d = read(
        "The talks culminated in Ankara's central role in brokering the 2023 grain deal.",
        "2025-03-14",
    );
    assert!(d.events.iter().any(|e| country(&d, e.source).as_deref() == Some("TUR")), "{:?}", d.events.iter().map(|e| d.slice(e.trigger)).collect::<Vec<_>>());
    let d = read(
        "Serbia has strengthened its hand against Kosovo, while the latter has been ready to accept conditions put forward by Belgrade.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Concede);
    assert_eq!(country(&d, e.source).as_deref(), Some("XKX"));
}

#[test]
fn the_month_may_is_no_modal_and_a_date_does_not_cross_and() {
    let d = read("Egypt has kept the crossing closed since May 2024, when Israeli forces seized the Gazan side.", "2025-03-14");
    let e = d.events.iter().find(|e| d.slice(e.trigger).starts_with("seized")).expect("the seizure");
    assert_eq!(e.mode, Mode::Asserted);
    let d = read(
        "Ruto promised that the Kenyan battalion would be ready by 2027, and the two governments signed a defence pact.",
        "2025-03-14",
    );
    let e = d.events.iter().find(|e| d.slice(e.trigger).starts_with("signed")).expect("the signing");
    assert_ne!(e.date.map(|x| x.to_string()).as_deref(), Some("2027"));
}

#[test]
fn a_verb_joined_by_and_after_a_titled_speaker_is_the_speakers() {
    let d = read(
        "Spokesman Dmitry Orlov said Russia \"threatens no one in Europe\" and accused NATO of militarising the continent.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Accuse);
    assert_eq!(name(&d, e.source), Some("Dmitry Orlov"));
    // a body's title words between the body and the name; the accusation is the spokesman's own act,
    // not part of what he said
    let d = read("Kremlin spokesman Dmitry Orlov said Moscow wanted calm and accused NATO of arming Kyiv.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(name(&d, e.source), Some("Dmitry Orlov"));
    assert_eq!(e.mode, Mode::Asserted);
}

#[test]
fn frozen_assets_a_lodged_protest_moved_battalions_and_a_summoned_envoy() {
    let d = read("Canberra froze the assets of three Myanmar generals on Monday.", "2025-03-14");
    let e = only(&d, Plover::Sanction);
    assert_eq!(country(&d, e.target).as_deref(), Some("MMR"));
    let d = read("Vietnam lodged a formal protest with China over the seized fishing boat.", "2025-03-14");
    assert_eq!(only(&d, Plover::Accuse).cameo, "114");
    let d = read("Eritrea moved three brigades toward the Ethiopian border.", "2025-03-14");
    assert_eq!(country(&d, only(&d, Plover::Mobilize).source).as_deref(), Some("ERI"));
    let d = read("Lithuania summoned Belarus's envoy over the balloons.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(country(&d, e.target).as_deref(), Some("BLR"));
}

#[test]
fn a_flight_to_a_capital_joint_drills_and_a_law_struck_down() {
    let d = read("Oman's foreign minister flew to Tehran on Monday.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    assert_eq!(country(&d, e.target).as_deref(), Some("IRN"));
    let d = read("Latvia and Estonia held joint drills near the border.", "2025-03-14");
    let e = only(&d, Plover::Cooperate);
    assert_parties(&d, e, Some("LVA"), Some("EST"));
    let d = read("Moldova's constitutional court struck down the new media law.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault));
    assert_eq!(only(&d, Plover::Reject).cameo, "120");
}

#[test]
fn a_summoned_envoys_state_is_the_target_whatever_follows() {
    let d = read(
        "Norway summons Belarus envoy as border row deepens. The minister, who summoned Iran's ambassador to \
         the Foreign Office in London, spoke on Monday. Latvia and Lithuania summoned Russian diplomats on Friday.",
        "2025-03-14",
    );
    let by_target: Vec<(Option<String>, Option<String>)> =
        d.events.iter().filter(|e| e.cameo == "114").map(|e| (country(&d, e.source), country(&d, e.target))).collect();
    assert!(by_target.contains(&(Some("NOR".into()), Some("BLR".into()))), "{by_target:?}");
    assert!(by_target.iter().any(|(_, t)| t.as_deref() == Some("IRN")), "{by_target:?}");
    assert!(by_target.contains(&(Some("LTU".into()), Some("RUS".into()))), "{by_target:?}");
}

#[test]
fn hosting_refugees_is_no_visit_and_a_second_verb_ends_the_object() {
    let d = read(
        "Uganda hosts more than a million South Sudanese refugees. The Kenyan foreign minister, Ruth Achieng, met the \
         two delegations on Monday and said Nairobi would guarantee any deal.",
        "2025-03-14",
    );
    assert!(d.events.iter().all(|e| e.cameo != "043"));
    let met = only(&d, Plover::Consult);
    assert_eq!(met.target, None);
}

#[test]
fn a_relative_clauses_it_is_the_body_named_before_its_noun() {
    let d = read("Lithuania said Vilnius would expel a Belarusian diplomat it accused of spying on exiles.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_eq!(country(&d, e.source).as_deref(), Some("LTU"));
}

#[test]
fn a_where_clause_has_its_own_subject() {
    let d = read(
        "Oman, whose ports lie a short distance from where the tanker was seized, called for restraint.",
        "2025-03-14",
    );
    assert!(d.events.iter().filter(|e| e.cameo.starts_with("17")).all(|e| country(&d, e.target).as_deref() != Some("OMN")));
}

#[test]
fn a_visit_to_a_town_is_to_its_state_and_signing_posts_is_no_treaty() {
    let d = read(
        "Kazakhstan hosted the forum. The US envoy Ann Price visited Almaty on Monday, and she signs her posts with an initial.",
        "2025-03-14",
    );
    let visit = d.events.iter().find(|e| e.cameo == "042").expect("a visit");
    assert_eq!(country(&d, visit.target).as_deref(), Some("KAZ"));
    assert!(d.events.iter().all(|e| e.cameo != "057"));
}

#[test]
fn a_joined_verb_after_a_time_set_off_by_a_comma_and_reduced_passives() {
    let d = read(
        "Last Tuesday, Saudi minister Faisal Omar visited Tehran and met Iranian Deputy Foreign Minister Reza Karimi. \
         Washington sanctioned five firms in Dubai accused of shipping Iranian oil. Two French nationals detained in \
         Mali were freed.",
        "2025-03-14",
    );
    let met: Vec<&Event> = d.events.iter().filter(|e| e.cameo == "040").collect();
    assert!(!met.is_empty() && met.iter().all(|e| country(&d, e.source).as_deref() == Some("SAU")), "{:?}", met.iter().map(|e| country(&d, e.source)).collect::<Vec<_>>());
    // (the firms are accused by no one named, and Washington is not among the accused)
    assert!(d.events.iter().filter(|e| e.plover == Plover::Accuse).all(|e| e.source.is_none() && country(&d, e.target).as_deref() != Some("USA")));
    let detained = d.events.iter().find(|e| d.slice(e.trigger) == "detained").expect("detained");
    assert_eq!(country(&d, detained.source), None);
    assert_eq!(country(&d, detained.target).as_deref(), Some("FRA"));
}

#[test]
fn a_capital_before_a_meeting_noun_is_where_it_was() {
    let d = read("North Korea's response to the Tokyo meeting came through its news agency. Japan's meeting with China went well.", "2025-03-14");
    let meetings: Vec<&Event> = d.events.iter().filter(|e| e.cameo == "040").collect();
    assert_eq!(meetings.len(), 1, "{:?}", meetings.iter().map(|e| doc_slice(&d, e)).collect::<Vec<_>>());
    assert_eq!(country(&d, meetings[0].target).as_deref(), Some("CHN"));
}

#[test]
fn a_visit_to_a_town_of_a_state_not_named_is_to_the_town() {
    let d = read("The German foreign minister, Anna Roth, visited Mombasa on Wednesday to see the new port.", "2025-03-14");
    let visit = d.events.iter().find(|e| e.cameo == "042").expect("a visit");
    assert_eq!(country(&d, visit.target).as_deref(), Some("KEN"));
    let home = read("German Chancellor Olaf Brandt visited Hamburg on Wednesday.", "2025-03-14");
    assert!(home.events.iter().filter(|e| e.cameo == "042").all(|e| country(&home, e.target).as_deref() != Some("DEU")));
}

#[test]
fn the_two_sides_are_the_two_parties_named_last() {
    let d = read(
        "Saudi minister Faisal Omar visited Tehran and met Iranian Deputy Foreign Minister Reza Karimi. \
         The two sides signed a memorandum on consular cooperation. The US Treasury sanctioned shipping firms \
         registered in Dubai and Hong Kong that it accused of moving Iranian oil.",
        "2025-03-14",
    );
    let signed = only(&d, Plover::Agree);
    let pair = (country(&d, signed.source), country(&d, signed.target));
    assert_eq!(pair, (Some("SAU".to_string()), Some("IRN".to_string())));
    let accused = only(&d, Plover::Accuse);
    assert_eq!(country(&d, accused.source).as_deref(), Some("USA"));
}

#[test]
fn stepped_up_pressure_is_each_coordinated_subjects() {
    let d = read("Australia and New Zealand stepped up pressure on Vanuatu over the port deal.", "2025-03-14");
    let mut sources: Vec<Option<String>> = d.events.iter().filter(|e| e.cameo == "170").map(|e| country(&d, e.source)).collect();
    sources.sort();
    assert_eq!(sources, vec![Some("AUS".to_string()), Some("NZL".to_string())]);
    assert!(d.events.iter().filter(|e| e.cameo == "170").all(|e| country(&d, e.target).as_deref() == Some("VUT")));
}

#[test]
fn signing_a_player_is_no_agreement_but_signing_a_deal_with_one_is() {
    let d = read("Bristol Rovers signed the young midfielder from Bolton Wanderers on Monday.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Agree), "{:?}", d.events.iter().map(|e| d.slice(e.trigger)).collect::<Vec<_>>());
    let d = read("Italy signed a deal with the coach of the national team.", "2025-03-14");
    assert_eq!(only(&d, Plover::Agree).cameo, "057");
}

#[test]
fn a_headline_joins_its_parties_by_a_comma_and_a_body_they_meet_at_is_no_party() {
    let d = read("Ghana, Togo ministers trade accusations at ECOWAS meeting\n\nNo talks are planned.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_parties(&d, e, Some("GHA"), Some("TGO"));
}

#[test]
fn the_ministers_of_two_states_are_both_parties() {
    let d = read("The foreign ministers of Ghana and Togo traded accusations over the border on Wednesday.", "2025-03-14");
    let e = only(&d, Plover::Accuse);
    assert_parties(&d, e, Some("GHA"), Some("TGO"));
}

#[test]
fn declining_to_say_is_no_refusal_and_raising_readiness_mobilises() {
    let d = read(
        "Ghana's defence minister declined to say whether troops would move. Togo's president ordered the army to \
         raise its level of combat readiness along the border.",
        "2025-03-14",
    );
    assert!(d.events.iter().all(|e| e.plover != Plover::Reject));
    let e = only(&d, Plover::Mobilize);
    assert_eq!(e.cameo, "152");
    assert_eq!(country(&d, e.source).as_deref(), Some("TGO"));
}

#[test]
fn a_headlines_participle_with_no_object_is_a_passive() {
    let d = read("Ashcombe Rovers owner sanctioned, bank freezes club accounts\n\nBritain imposed sanctions on the owner.", "2025-03-14");
    let v: Vec<&Event> = d.events.iter().filter(|e| e.plover == Plover::Sanction).collect();
    assert!(v.iter().all(|e| e.source.is_none_or(|s| d.entity(s).name != "Ashcombe Rovers")), "{:?}", v.iter().map(|e| d.slice(e.trigger)).collect::<Vec<_>>());
}

#[test]
fn calling_a_counterpart_is_a_phone_call() {
    let d = read("Spain's foreign minister called his Moroccan counterpart on Monday, his ministry said.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    assert_eq!(e.cameo, "041");
    assert_parties(&d, e, Some("ESP"), Some("MAR"));
}

#[test]
fn the_reporter_of_a_passive_clause_is_not_what_it_befell() {
    let d = read("Armenia's interior ministry said 40 protesters had been detained in Yerevan on Tuesday.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.target.is_none_or(|t| d.entity(t).kind != dyad_core::EntityKind::Organization)),
        "{:?}", d.events.iter().map(|e| (d.slice(e.trigger), e.target.map(|t| d.entity(t).name.clone()))).collect::<Vec<_>>());
}

#[test]
fn an_owner_named_with_a_possessive_before_a_party_does_not_break_coordination() {
    let d = read(
        "Japan's Ministry of Agriculture, Forestry and Fisheries and Vietnam's Ministry of Industry and Trade agreed \
         to share inspection data.",
        "2025-03-14",
    );
    let e = only(&d, Plover::Agree);
    assert_parties(&d, e, Some("JPN"), Some("VNM"));
}

#[test]
fn a_participle_set_off_by_commas_after_a_name_is_a_passive_on_it() {
    let d = read("Oman, invited to join the bloc, has not yet replied. Kenya dismissed the warning from Uganda.", "2025-03-14");
    let e = only(&d, Plover::Request);
    assert_eq!((e.source, country(&d, e.target).as_deref()), (None, Some("OMN")));
    let r = only(&d, Plover::Reject);
    assert_eq!(country(&d, r.source).as_deref(), Some("KEN"));
}

#[test]
fn pressing_for_is_a_demand_and_the_actor_after_with_presses() {
    let d = read(
        "Syria presses Jordan for more water\n\nSyrian and Jordanian officials opened talks in Amman on Sunday, with \
         Damascus pressing Amman to release more water from its dams.",
        "2025-03-14",
    );
    let demand = d.events.iter().find(|e| e.cameo == "100").expect("a demand");
    assert_parties(&d, demand, Some("SYR"), Some("JOR"));
    let talks = d.events.iter().find(|e| e.cameo == "046").expect("talks");
    assert_parties(&d, talks, Some("SYR"), Some("JOR"));
    let pressing: Vec<_> = d.events.iter().filter(|e| d.slice(e.trigger).starts_with("pressing")).collect();
    assert!(pressing.iter().all(|e| country(&d, e.source).as_deref() == Some("SYR")), "{:?}", pressing.iter().map(|e| e.source).collect::<Vec<_>>());
    // what the pressing asks for is no event of its own
    assert!(d.events.iter().all(|e| e.plover != Plover::Retreat));
}

#[test]
fn what_parties_agree_or_promise_to_do_is_planned() {
    let d = read("Ghana and Togo agreed to meet in Accra in March. Kenya promised to withdraw its troops from Somalia.", "2025-03-14");
    assert_eq!(only(&d, Plover::Consult).mode, Mode::Planned);
    assert_eq!(only(&d, Plover::Retreat).mode, Mode::Planned);
}

#[test]
fn a_minister_and_her_counterpart_are_both_parties() {
    let d = read("Peru's foreign minister and her Bolivian counterpart signed a protocol on Lake Titicaca on Thursday.", "2025-03-14");
    let e = only(&d, Plover::Agree);
    assert_parties(&d, e, Some("PER"), Some("BOL"));
}

#[test]
fn an_attribution_closing_the_sentence_reports_it_and_a_border_after_near_is_no_target() {
    let d = read("Sudan's army shelled a market near the Chadian border overnight, aid workers in Nairobi said.", "2025-03-14");
    let e = only(&d, Plover::Assault);
    assert_eq!(e.mode, Mode::Reported);
    assert_eq!(e.target, None);
    let d = read("Norway will move an infantry battalion closer to its northern border in spring.", "2025-03-14");
    assert_eq!(only(&d, Plover::Mobilize).mode, Mode::Planned);
}

#[test]
fn a_passive_agent_may_follow_the_place_and_the_day() {
    let d = read("Chile's consul was ordered out of Bolivia on Monday by the interior ministry in La Paz.", "2025-03-14");
    let e = only(&d, Plover::Sanction);
    assert_eq!(e.cameo, "166");
    assert_parties(&d, e, Some("BOL"), Some("CHL"));
}

#[test]
fn a_ministry_set_in_a_capital_is_that_states_but_an_embassy_is_not() {
    let d = read("The defence ministry in Hanoi protested on Friday.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Protest), Some("VNM"), None);
    let d = read("The embassy in Hanoi protested on Friday.", "2025-03-14");
    assert!(d.events.iter().all(|e| country(&d, e.source).as_deref() != Some("VNM")), "{:?}", d.events);
}

#[test]
fn asking_someone_to_act_is_aimed_at_them_not_at_what_they_are_asked_to_do() {
    let d = read("Canberra asked Port Moresby on Monday to extradite a banker wanted in Sydney.", "2025-03-14");
    let e = only(&d, Plover::Request);
    assert_eq!(e.cameo, "020");
    assert_parties(&d, e, Some("AUS"), Some("PNG"));
    // the one asked is no actor: the state after the infinitive is not the target
    let d = read("Ghana's president will ask the electoral commission to brief Togo's ambassador.", "2025-03-14");
    assert_eq!(country(&d, only(&d, Plover::Request).target), None);
    // a question is no request
    let d = read("Kenya's envoy was asked whether it was wise to expel Uganda's attaché.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Request), "{:?}", d.events);
}

#[test]
fn joint_patrols_are_military_cooperation_of_both_parties() {
    let d = read("Malaysian and Thai naval vessels plan to begin joint patrols of the Strait of Malacca in March.", "2025-03-14");
    let e = only(&d, Plover::Cooperate);
    assert_eq!(e.cameo, "062");
    assert_parties(&d, e, Some("MYS"), Some("THA"));
    assert_eq!(e.mode, Mode::Planned);
}

#[test]
fn blocking_a_decision_is_a_rejection() {
    let d = read("Slovakia is likely to block the opening of Moldova's accession talks next week.", "2025-03-14");
    let e = only(&d, Plover::Reject);
    assert_eq!(country(&d, e.source).as_deref(), Some("SVK"));
    assert_eq!(e.mode, Mode::Speculative);
    // blocking a road is no rejection of anyone
    let d = read("Farmers blocked the road to the Slovak border.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Reject));
}

#[test]
fn a_negation_in_a_clause_the_comma_closes_does_not_reach_the_main_verb() {
    let d = read("A week after the joint commission failed to agree, Indian troops shelled Pakistani posts in Kashmir.", "2025-03-14");
    assert_eq!(only(&d, Plover::Assault).mode, Mode::Asserted);
    // an aside set off by commas leaves the negation where it was
    let d = read("Armenia has not, so far, withdrawn its troops from the border.", "2025-03-14");
    assert_eq!(only(&d, Plover::Retreat).mode, Mode::Negated);
}

#[test]
fn marchers_on_an_embassy_protest_and_their_purpose_is_theirs() {
    let d = read("Thousands of Chilean students marched on the Peruvian embassy in Santiago to demand the return of a detained activist.", "2025-03-14");
    let p = only(&d, Plover::Protest);
    assert_parties(&d, p, Some("CHL"), Some("PER"));
    let r = only(&d, Plover::Request);
    assert_eq!(country(&d, r.source).as_deref(), Some("CHL"));
}

#[test]
fn a_participle_after_an_events_noun_takes_no_party_from_before_it() {
    let d = read("Sudan has not reopened the crossing despite the truce signed in the spring.", "2025-03-14");
    for e in d.events.iter().filter(|e| e.plover == Plover::Agree) {
        assert_eq!(e.source, None, "{:?}", d.slice(e.trigger));
    }
}

#[test]
fn people_detained_this_year_are_what_the_detention_befell() {
    let d = read("Tbilisi raised the cases of 23 Georgian citizens detained this year along the boundary line.", "2025-03-14");
    let e = only(&d, Plover::Coerce);
    assert_ne!(country(&d, e.source).as_deref(), Some("GEO"));
}

#[test]
fn water_cannon_ambushes_and_seizing_power() {
    let d = read("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Paracels.", "2025-03-14");
    let e = only(&d, Plover::Coerce);
    assert_eq!(e.cameo, "175");
    assert_parties(&d, e, Some("CHN"), Some("VNM"));
    let d = read("Gunmen ambushed a Nigerien army patrol near the Malian border on Sunday.", "2025-03-14");
    assert_eq!(country(&d, only(&d, Plover::Assault).target).as_deref(), Some("NER"));
    // seizing power is no seizure of property
    let d = read("Guinea's generals, who seized power in 2021, promised elections.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.cameo != "171"), "{:?}", d.events);
}

#[test]
fn failing_to_act_several_words_back_negates_the_act() {
    let d = read("Mercosur ministers failed for the second time this year to open formal talks with Bolivia.", "2025-03-14");
    assert_eq!(only(&d, Plover::Consult).mode, Mode::Negated);
}

#[test]
fn speaking_to_reporters_is_no_consultation() {
    let d = read("The Iranian delegation did not speak to reporters. Brazil's president spoke to the press in Lima.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Consult), "{:?}", d.events);
    let d = read("Brazil's president spoke to the Peruvian president on Monday.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Consult), Some("BRA"), Some("PER"));
}

#[test]
fn a_persons_release_befell_them_and_a_relative_pronoun_names_no_one_new() {
    let d = read("Belgrade demanded Petrovic's release.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.source.is_none_or(|s| d.entity(s).name != "Petrovic")), "{:?}", d.events);
    let d = read("Kosovo's minister said those who attacked the Turkish police would face the consequences.", "2025-03-14");
    assert!(d.events.iter().filter(|e| e.plover == Plover::Assault).all(|e| country(&d, e.source).as_deref() != Some("XKX")), "{:?}", d.events);
}

#[test]
fn ratification_naval_exercises_and_treaties_named_after_capitals() {
    let d = read("Tonga's parliament voted to ratify a policing agreement with New Zealand.", "2025-03-14");
    let e = only(&d, Plover::Agree);
    assert_eq!(e.cameo, "057");
    assert_parties(&d, e, Some("TON"), Some("NZL"));
    let d = read("Russia's Baltic Fleet began a naval exercise off Kaliningrad.", "2025-03-14");
    assert_eq!(country(&d, only(&d, Plover::Mobilize).source).as_deref(), Some("RUS"));
    // a capital naming a treaty is no party to it
    let d = read("Both sides cited the Minsk Protocol and the Paris Agreement.", "2025-03-14");
    assert!(d.entities.iter().all(|e| e.kind != dyad_core::EntityKind::State), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(d.events.is_empty(), "{:?}", d.events);
}

#[test]
fn held_out_stop_21_phenomena() {
    // a passive delivery: the one it reached is the target
    let d = read("Tents and water pumps were delivered to Nepal by India on Monday after the earthquake.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Aid), Some("IND"), Some("NPL"));
    // lifting tariffs is a concession, here not made
    let d = read("Peru has not lifted its tariffs on Bolivian imports.", "2025-03-14");
    assert_eq!(only(&d, Plover::Concede).mode, Mode::Negated);
    // a hyphenated compound counts as one word in a pattern's gap
    let d = read("Portugal will share its long-range air-defence radar data with Spain.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Cooperate), Some("PRT"), Some("ESP"));
    // closing a border post to someone's trucks
    let d = read("If Lusaka raises the levy, Harare would close its main border post to Zambian trucks.", "2025-03-14");
    let e = only(&d, Plover::Sanction);
    assert_parties(&d, e, Some("ZWE"), Some("ZMB"));
    assert_eq!(e.mode, Mode::Hypothetical);
}

#[test]
fn a_gathering_s_state_after_in_is_its_host_not_a_party() {
    let d = read("The Nordic Council summit in Iceland drew few leaders.", "2025-03-14");
    assert!(d.events.iter().all(|e| country(&d, e.target).as_deref() != Some("ISL")), "{:?}", d.events);
    let d = read("Ethiopia's talks in Kenya with Somalia broke down.", "2025-03-14");
    assert_eq!(country(&d, only(&d, Plover::Consult).target).as_deref(), Some("SOM"));
}

#[test]
fn an_attack_in_words_is_criticism_and_a_struck_deal_an_agreement() {
    let d = read("Senegal's prime minister attacked critics of the fishing accord as unpatriotic.", "2025-03-14");
    assert_eq!(only(&d, Plover::Accuse).cameo, "111");
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault));
    let d = read("Finance Minister Ilse Brandt was attacked over the budget by Austrian lawmakers.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault), "{:?}", d.events);
    // with a weapon in the sentence it stays an assault
    let d = read("Gunmen attacked Governor Ali Musa's convoy near Kano, killing two guards.", "2025-03-14");
    assert!(d.events.iter().any(|e| e.plover == Plover::Assault));
    let d = read("Peru struck a trade deal with Vietnam on Monday.", "2025-03-14");
    let e = only(&d, Plover::Agree);
    assert_parties(&d, e, Some("PER"), Some("VNM"));
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault));
}

#[test]
fn wanting_trying_or_being_obliged_to_act_is_not_acting() {
    let d = read("Norway is hoping to strike a deal with Iceland on mackerel.", "2025-03-14");
    assert_eq!(only(&d, Plover::Agree).mode, Mode::Planned);
    let d = read("Ghana tried to mediate between Togo and Benin.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.mode != Mode::Asserted), "{:?}", d.events);
    let d = read("Serbia must sign an accord with Kosovo before the summit.", "2025-03-14");
    assert_eq!(only(&d, Plover::Agree).mode, Mode::Hypothetical);
}

#[test]
fn each_coordinated_object_is_a_target() {
    let d = read("Chancellor Olaf Brenner met Polish President Adam Nowak and Czech Prime Minister Jan Dvořák in Prague.", "2025-03-14");
    let mut targets: Vec<Option<String>> = d.events.iter().filter(|e| e.plover == Plover::Consult).map(|e| country(&d, e.target)).collect();
    targets.sort();
    assert_eq!(targets, vec![Some("CZE".to_string()), Some("POL".to_string())]);
    let d = read("Uzbekistan signed water deals with Tajikistan, Kyrgyzstan and Kazakhstan.", "2025-03-14");
    assert_eq!(d.events.iter().filter(|e| e.plover == Plover::Agree).count(), 3);
    // a go-between's two sides are both its targets; talks between two are one pair
    let d = read("Ghana mediated between Togo and Benin.", "2025-03-14");
    let mut targets: Vec<Option<String>> = d.events.iter().map(|e| country(&d, e.target)).collect();
    targets.sort();
    assert_eq!(targets, vec![Some("BEN".to_string()), Some("TGO".to_string())]);
    let d = read("Talks between Togo and Benin resumed.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Consult), Some("TGO"), Some("BEN"));
}

#[test]
fn a_headline_told_again_in_the_body_is_one_event() {
    let d = read("Latvia expels Belarusian diplomat\n\nLatvia expelled a Belarusian diplomat on Monday, the foreign ministry said.", "2025-03-14");
    assert_eq!(d.events.iter().filter(|e| country(&d, e.source).as_deref() == Some("LVA")).count(), 1, "{:?}", d.events);
    // a headline's event the body does not tell stays
    let d = read("Chile congratulates Bolivia\n\nThe result surprised many observers in La Paz.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Support), Some("CHL"), Some("BOL"));
}

#[test]
fn a_light_verb_s_subject_makes_the_nominal_event() {
    let d = read("Mr Ferreira made a surprise visit to Angola on Friday.", "2025-03-14");
    let e = only(&d, Plover::Consult);
    assert_eq!(d.entity(e.source.unwrap()).name, "Ferreira");
    assert_eq!(country(&d, e.target).as_deref(), Some("AGO"));
    let d = read("Qatar paid a two-day visit to Chad.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Consult), Some("QAT"), Some("TCD"));
    // (not across a preposition: the aid is no one's act here)
    let d = read("Malawi made an appeal for aid.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Aid), "{:?}", d.events);
}

#[test]
fn a_cool_reception_is_no_meeting_and_a_tomb_no_person() {
    let d = read("The Dutch proposal met a cool reception from Austria.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Consult), "{:?}", d.events);
    let d = read("Sweden's minister met Mr Laine at a reception in Helsinki.", "2025-03-14");
    assert_eq!(d.events.iter().filter(|e| e.plover == Plover::Consult).count(), 1);
    let d = read("The campaign failed to mobilise public outrage in Chile.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Mobilize), "{:?}", d.events);
    let d = read("President Anna Keller visited the tomb of Ahmed Salim on Monday.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.target.is_none_or(|t| d.entity(t).name != "Ahmed Salim")), "{:?}", d.events);
}

#[test]
fn a_planned_event_falls_on_the_next_month_or_weekday_named() {
    let d = read("Kenya is to visit Uganda on Tuesday. Kenya's president will meet Tanzania's in July.", "2025-03-14");
    let dates: Vec<String> = d.events.iter().filter_map(|e| e.date.map(|x| x.to_string())).collect();
    assert!(dates.contains(&"2025-03-18".to_string()), "{dates:?}");
    assert!(dates.contains(&"2025-07".to_string()), "{dates:?}");
    // what happened keeps the last one
    let d = read("Kenya visited Uganda on Tuesday.", "2025-03-14");
    assert_eq!(only(&d, Plover::Consult).date.map(|x| x.to_string()).as_deref(), Some("2025-03-11"));
}

#[test]
fn a_document_released_frees_no_one() {
    let d = read("The report will be released on 11 March by Britain. Egypt released the figures on Monday.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Retreat), "{:?}", d.events);
    let d = read("Iran released three British sailors.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Retreat), Some("IRN"), Some("GBR"));
}

#[test]
fn backing_out_is_no_support_and_trade_figures_no_trading() {
    let d = read("The Finnish firm does not want to back out of the deal with Estonia.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Support), "{:?}", d.events);
    let d = read("Vietnam's trade deficits with Japan grew.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Cooperate), "{:?}", d.events);
}

#[test]
fn calling_for_or_pressing_to_is_a_request_and_a_participle_with_by_a_passive() {
    let d = read("Norway calls for a full inquiry into the deaths.", "2025-03-14");
    assert_eq!(only(&d, Plover::Request).cameo, "020");
    let d = read("Chile pressed Peru to reopen the border.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Request), Some("CHL"), Some("PER"));
    let d = read("A Malian civilian allegedly killed by French troops was buried.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Assault), Some("FRA"), Some("MLI"));
}

#[test]
fn hosting_a_speech_or_a_tournament_is_no_visit() {
    let d = read("The charity will host Mr Okonjo's speech on Monday. Qatar will host the championship.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Consult), "{:?}", d.events);
    let d = read("Turkey hosted Ukrainian negotiators in Istanbul.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Consult), Some("TUR"), Some("UKR"));
}

#[test]
fn unwillingness_to_act_is_negated_and_a_prospect_speculative() {
    let d = read("Hungary showed an unwillingness to sign the accord with Serbia.", "2025-03-14");
    assert_eq!(only(&d, Plover::Agree).mode, Mode::Negated);
    let d = read("There is little prospect of Poland agreeing to the deal with Belarus.", "2025-03-14");
    assert_eq!(only(&d, Plover::Agree).mode, Mode::Speculative);
}

#[test]
fn lending_or_extending_a_loan_is_economic_aid_but_lending_support_is_not() {
    let d = read("Qatar lent Pakistan $3bn to shore up its reserves.", "2025-03-14");
    let e = only(&d, Plover::Aid);
    assert_eq!(e.cameo, "071");
    assert_parties(&d, e, Some("QAT"), Some("PAK"));
    let d = read("Norway extended a loan to Malawi.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Aid), Some("NOR"), Some("MWI"));
    let d = read("Sweden lent its support to the plan.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Aid), "{:?}", d.events);
}

#[test]
fn lashing_out_warning_against_and_exchanging_fire() {
    let d = read("Ghana lashed out at the trade policies of Nigeria.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Accuse), Some("GHA"), Some("NGA"));
    let d = read("Turkey warned Greece against arming the islands near Rhodes.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Threaten), Some("TUR"), Some("GRC"));
    let d = read("Eritrea and Ethiopia exchanged fire along the border.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Assault), Some("ERI"), Some("ETH"));
}

#[test]
fn advice_at_no_one_is_no_threat_and_a_clash_of_words_no_force() {
    let d = read("The governor of the central bank of Chile warned against reading too much into the data.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Threaten), "{:?}", d.events);
    let d = read("Senator Ana Ruiz clashed with Senator Pablo Soto over the budget.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Assault), "{:?}", d.events);
    let d = read("Cantona has lent his backing to the fans.", "2025-03-14");
    assert!(d.events.iter().all(|e| e.plover != Plover::Aid), "{:?}", d.events);
}

#[test]
fn a_state_named_after_in_past_a_passive_s_agent_is_where_not_who() {
    let d = read("The senator was attacked by a robber in Peru.", "2025-03-14");
    assert!(d.events.iter().all(|e| country(&d, e.source).as_deref() != Some("PER")), "{:?}", d.events);
    let d = read("Bolivia was attacked by Chile.", "2025-03-14");
    assert_parties(&d, only(&d, Plover::Assault), Some("CHL"), Some("BOL"));
}

#[test]
fn an_event_named_again_is_the_same_event() {
    let d = read(
        "Envoy\n\nThe Kenyan envoy Amina Odhiambo's visit to Tanzania ended on Monday. Some believe the purpose of the visit was trade. \"Amina Odhiambo's visit shows intent,\" one analyst said.",
        "2025-03-01",
    );
    let visits: Vec<&Event> = d.events.iter().filter(|e| e.plover == Plover::Consult).collect();
    assert_eq!(visits.len(), 1, "{:?}", d.events);
    // a second visit, to another state, is its own event
    let d = read("Envoy\n\nAmina Odhiambo's visit to Tanzania ended on Monday. Amina Odhiambo's visit to Uganda starts on Friday.", "2025-03-01");
    assert_eq!(d.events.iter().filter(|e| e.plover == Plover::Consult).count(), 2, "{:?}", d.events);
}

#[test]
fn a_participle_closing_the_sentence_after_a_name_befalls_that_name() {
    let d = read("Plea\n\nThe Kenyan envoy Amina Odhiambo appealed for the release of aid worker Ruth Kamau, kidnapped in Somalia.", "2025-03-01");
    let e = only(&d, Plover::Assault);
    assert_eq!(e.source, None);
    assert_eq!(e.target.map(|x| d.entity(x).name.as_str()), Some("Ruth Kamau"));
}

#[test]
fn what_someone_is_asked_to_do_is_no_event_and_a_call_for_is_a_request() {
    let d = read("Row\n\nTwo motions were passed by the assembly on Monday asking Kenya to apologise. Tanzania rejected Uganda's call for a new border survey.", "2025-03-01");
    assert!(d.events.iter().all(|e| e.plover != Plover::Concede), "{:?}", d.events.iter().map(|e| (e.plover, d.slice(e.trigger))).collect::<Vec<_>>());
    let call = only(&d, Plover::Request);
    assert_eq!(d.slice(call.trigger), "call for");
    assert_parties(&d, call, Some("UGA"), None);
}

#[test]
fn a_state_s_people_abroad_are_not_the_state() {
    let d = read("Visit\n\nKenya's foreign minister will visit the Somali community in Nairobi on Tuesday.", "2025-03-01");
    let e = only(&d, Plover::Consult);
    assert_ne!(country(&d, e.target).as_deref(), Some("SOM"));
}

#[test]
fn a_call_is_a_phone_call_only_with_someone_and_a_release_call_is_no_release() {
    let d = read("Appeal\n\nArchbishop Amos Kariuki made a release call on Monday. But Raila Odinga rejected the Tories' call for a quota on economic migrants. Ruto's call with Museveni lasted an hour.", "2025-03-01");
    assert!(d.events.iter().all(|e| e.plover != Plover::Retreat), "{:?}", d.events.iter().map(|e| (e.plover, d.slice(e.trigger))).collect::<Vec<_>>());
    let calls: Vec<&str> = d.events.iter().filter(|e| e.cameo == "041").map(|e| d.slice(e.trigger)).collect();
    assert_eq!(calls, vec!["call"], "{:?}", d.events.iter().map(|e| (e.plover, d.slice(e.trigger))).collect::<Vec<_>>());
}

#[test]
fn he_is_the_subject_named_by_a_title_with_a_state_s_adjective() {
    let d = read("Visit\n\nKenya's trade minister Amos Kariuki is in Britain. On Monday the Kenyan minister met Trade Secretary Tom Hale in London. He is due to visit Manchester on Tuesday.", "2025-03-01");
    let visit = d.events.iter().find(|e| d.slice(e.trigger) == "visit").expect("a visit");
    assert_eq!(visit.source.map(|x| d.entity(x).name.as_str()), Some("Amos Kariuki"));
}

#[test]
fn a_capitalised_title_after_an_event_noun_is_no_event() {
    let d = read("Visit\n\nKenya's trade minister Amos Kariuki met Trade Secretary Tom Hale in London.", "2025-03-01");
    assert!(d.events.iter().all(|e| e.plover != Plover::Cooperate), "{:?}", d.events.iter().map(|e| (e.plover, d.slice(e.trigger))).collect::<Vec<_>>());
}

#[test]
fn a_negation_in_a_relative_clause_or_an_earlier_conjunct_does_not_reach_the_verb() {
    let d = read("Prime Minister Arjun Mehta, who was not in the house, spoke to President Lina Sorel by telephone last month.", "2025-03-14");
    assert_eq!(only(&d, Plover::Consult).mode, Mode::Asserted);
    let d = read("The director said his company had never taken part in politics and accused Lithuania of lobbying.", "2025-03-14");
    assert_eq!(only(&d, Plover::Accuse).mode, Mode::Asserted);
    // a negation of the verb itself still counts
    let d = read("Prime Minister Arjun Mehta, who was in the house, did not speak to President Lina Sorel.", "2025-03-14");
    assert_eq!(only(&d, Plover::Consult).mode, Mode::Negated);
}
