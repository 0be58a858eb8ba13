//! Quotation phenomena on texts written for these tests, read with the real
//! text and actors stages in front of the quotations stage.

use dyad_core::{Document, EntityKind, Quote, QuoteKind, Stage};

fn read(text: &str) -> Document {
    let mut doc = Document::from_text(text);
    dyad_text::TextStage.process(&mut doc).unwrap();
    dyad_actors::ActorsStage::builtin().process(&mut doc).unwrap();
    dyad_quotes::QuotesStage.process(&mut doc).unwrap();
    doc.validate().unwrap();
    doc
}

fn speaker<'d>(doc: &'d Document, q: &Quote) -> Option<&'d str> {
    q.speaker.map(|e| doc.entity(e).name.as_str())
}

fn find<'d>(doc: &'d Document, words: &str) -> &'d Quote {
    doc.quotes
        .iter()
        .find(|q| doc.slice(q.span).contains(words))
        .unwrap_or_else(|| panic!("no quotation containing {words:?}: {:?}", doc.quotes.iter().map(|q| doc.slice(q.span)).collect::<Vec<_>>()))
}

#[test]
fn speaker_after_the_quote_by_name_and_by_pronoun() {
    let d = read(
        "Foreign Minister Lena Vogt met her counterparts on Monday.\n\
         “We are ready to talk about the border, but not about sovereignty,” Vogt said.\n\
         “The next round must bring results for both sides,” she added.",
    );
    let q1 = find(&d, "ready to talk");
    assert_eq!(speaker(&d, q1), Some("Lena Vogt"));
    assert_eq!(d.slice(q1.cue.unwrap()), "said");
    let q2 = find(&d, "next round");
    assert_eq!(speaker(&d, q2), Some("Lena Vogt"));
    // the pronoun became a mention of her
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "she" && d.entity(m.entity).name == "Lena Vogt"));
}

#[test]
fn split_quotation_is_one_statement() {
    let d = read("“The ceasefire holds,” General Omar Haddad said, “and we intend to keep it that way for months.”");
    assert_eq!(d.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).count(), 1);
    let q = &d.quotes[0];
    assert_eq!(q.parts.len(), 2);
    assert_eq!(d.slice(q.parts[1]), "and we intend to keep it that way for months.");
    assert_eq!(speaker(&d, q), Some("Omar Haddad"));
}

#[test]
fn role_noun_speaker_and_nested_quote() {
    let d = read(
        "Paulo Reis, editor of the Atlantic Ledger, wrote about the summit.\n\
         “The bloc’s so-called “strategic patience” has run out, and everyone in the room knew it,” the editor pointed out.",
    );
    let q = find(&d, "strategic patience");
    assert!(d.slice(q.span).starts_with("The bloc’s so-called"));
    assert!(d.slice(q.span).ends_with("knew it,"));
    assert_eq!(speaker(&d, q), Some("Paulo Reis"));
    assert_eq!(d.slice(q.cue.unwrap()), "pointed out");
}

#[test]
fn scare_quotes_are_not_statements_unless_tied() {
    let d = read(
        "Critics called the plan a “new world order” and the talks “lost years”. \
         Macron’s “strategic autonomy” idea returned.",
    );
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("new world order")));
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("lost years")));
    let q = find(&d, "strategic autonomy");
    assert_eq!(speaker(&d, q), Some("Emmanuel Macron"));
    // a possessor's quoted describing word is the writer's or a critic's, not the possessor's
    let d = read("Asylum\n\nThe report attacked Britain’s “chaotic” asylum system and Tony Blair’s “cabinet enforcer”.");
    assert!(d.quotes.iter().all(|q| q.speaker.is_none() || !d.slice(q.span).contains("chaotic")), "{:?}", d.quotes);
    assert!(d.quotes.iter().all(|q| q.speaker.is_none() || !d.slice(q.span).contains("cabinet enforcer")), "{:?}", d.quotes);
}

#[test]
fn reported_speech_with_that_and_according_to() {
    let d = read(
        "Kazakh President Kassym-Jomart Tokayev noted that the corridor would carry twice as much cargo next year. \
         According to the Georgian Foreign Ministry, the delegation will arrive on Friday.",
    );
    let q = find(&d, "corridor would carry");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(d.slice(q.span), "the corridor would carry twice as much cargo next year");
    assert_eq!(speaker(&d, q), Some("Kassym-Jomart Tokayev"));
    let q = find(&d, "delegation will arrive");
    assert_eq!(q.kind, QuoteKind::Indirect);
    let s = q.speaker.map(|e| d.entity(e)).unwrap();
    assert_eq!(s.kind, EntityKind::Organization);
    assert_eq!(s.country.as_deref(), Some("GEO"));
}

#[test]
fn organisation_statement_and_colon_cue() {
    let d = read(
        "The Armenian MFA issued a statement saying that the border talks had been postponed indefinitely. \
         The spokesperson’s post reads: “We regret the decision and call on our neighbours to return to the table.”",
    );
    let q = find(&d, "border talks had been postponed");
    assert_eq!(d.entity(q.speaker.unwrap()).country.as_deref(), Some("ARM"));
    let q = find(&d, "We regret the decision");
    assert_eq!(d.slice(q.cue.unwrap()), "reads");
}

#[test]
fn apostrophes_and_broken_marks_never_swallow_the_text() {
    let d = read(
        "The ministers’ meeting and the rabbis’ appeal didn’t matter. “This quote never closes\n\n\
         A later paragraph, where Ankara said the talks were over.",
    );
    for q in &d.quotes {
        assert!(!d.slice(q.span).contains("later paragraph") || q.kind == QuoteKind::Indirect);
        assert!(!d.slice(q.span).contains("ministers’ meeting"));
    }
    let q = find(&d, "talks were over");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(d.entity(q.speaker.unwrap()).country.as_deref(), Some("TUR"));
}

#[test]
fn the_author_of_an_outlet_speaks_for_it() {
    let d = read(
        "In a column published by the Georgian government-funded outlet Meridian.ge, the author suggests \
         the ministry may be willing to “reopen the northern pipeline before the winter sets in”.",
    );
    let q = find(&d, "reopen the northern pipeline");
    assert_eq!(speaker(&d, q), Some("Meridian.ge"));
}

#[test]
fn words_of_ones_own_naming_a_thing_are_a_statement_once_they_run_to_a_clause() {
    let d = read(
        "Foreign Minister Lena Vogt called the accord “the best chance for peace in a decade”. \
         Critics called the plan a “fresh start”. The talks were described as “constructive”.",
    );
    let q = find(&d, "best chance");
    assert_eq!(speaker(&d, q), Some("Lena Vogt"));
    assert_eq!(d.slice(q.cue.unwrap()), "called");
    // labels of a word or two stay scare quotes
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("fresh start") && !d.slice(q.span).contains("constructive")));
}

#[test]
fn the_statement_is_the_statement_of_whoever_issued_it_before() {
    let d = read(
        "The two envoys met in Muscat, according to a statement from the Omani foreign ministry. \
         Vice President Darius Kelmar arrived later. \
         The statement said the sides discussed “ways to keep the shipping lanes open”.",
    );
    let q = find(&d, "shipping lanes");
    let who = q.speaker.map(|e| d.entity(e));
    assert_eq!(who.map(|e| e.kind), Some(EntityKind::Organization), "{:?}", who.map(|e| &e.name));
    assert_eq!(who.and_then(|e| e.country.as_deref()), Some("OMN"));
}

#[test]
fn a_clause_joined_by_while_with_another_actor_is_not_the_reported_content() {
    let d = read("Defence Minister Arlo Venn said the navy would step up patrols, while Vietnam called for restraint.");
    let q = find(&d, "step up patrols");
    assert!(!d.slice(q.span).contains("Vietnam"), "{}", d.slice(q.span));
    // a "but" the speaker says on goes on: no other actor opens it
    let d = read("Defence Minister Arlo Venn said the talks went well, but that more work was needed.");
    assert!(d.slice(find(&d, "talks went well").span).contains("more work"));
}

#[test]
fn the_body_a_person_owns_speaks_not_its_owner() {
    let d = read(
        "The Ruling Alliance backed the bill, while Omar Haddad's Renewal Party said the cabinet had \"no mandate\" to sign it.",
    );
    let q = find(&d, "no mandate");
    assert_eq!(speaker(&d, q), Some("Renewal Party"));
}

#[test]
fn a_label_another_subject_gives_is_not_the_cues_speaker() {
    let d = read(
        "General Karim Sadr warned on Monday that the army would strike the camps, a threat the Northern Front called \"reckless\".",
    );
    assert!(
        d.quotes.iter().filter(|q| d.slice(q.span).contains("reckless")).all(|q| speaker(&d, q) != Some("Karim Sadr")),
        "{:?}",
        d.quotes.iter().map(|q| (d.slice(q.span), speaker(&d, q))).collect::<Vec<_>>()
    );
}

#[test]
fn a_verb_joined_after_the_quotation_does_not_take_it() {
    let d = read("Lena Vogt told reporters in Riga that the bloc \"remains open to dialogue\" but warned that sanctions could return.");
    let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the quotation");
    assert_eq!(d.slice(q.span), "remains open to dialogue");
    assert_eq!(speaker(&d, q), Some("Lena Vogt"));
    assert_eq!(d.slice(q.cue.unwrap()), "told");
}

#[test]
fn an_office_speaks_for_its_holder() {
    for (text, who) in [
        ("Prime Minister Lena Vogt did not comment. Her office said on Monday that the troops would stay \"for as long as necessary\".", "Lena Vogt"),
        ("President Olaf Brandt did not comment. His office said on Monday that the troops would stay \"for as long as necessary\".", "Olaf Brandt"),
    ] {
        let d = read(text);
        let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the quotation");
        assert_eq!(speaker(&d, q), Some(who));
    }
}

#[test]
fn a_pronoun_after_but_leaves_the_speaker_to_the_sentence() {
    let d = read("Martin Adler's sister begged him to call a doctor for Anna, but he replied \"I am not able to do that\".");
    let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the quotation");
    assert_ne!(speaker(&d, q), Some("Anna"));
}

fn reported<'d>(doc: &'d Document, words: &str) -> Option<&'d Quote> {
    doc.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && doc.slice(q.span).contains(words))
}

#[test]
fn a_time_or_occasion_between_the_cue_and_what_was_said() {
    let d = read(
        "Foreign Minister Lena Vogt said on Tuesday that the border would reopen in May.\n\
         Olaf Brandt said late on Monday the ceasefire was holding.\n\
         Anna Petrova told reporters at a news conference in Riga that the bloc stood ready.\n\
         Karim Sadr said in a statement that was read out on Monday that the army had withdrawn.\n\
         Omar Haddad said in Vilnius the talks had stalled.",
    );
    for (words, who) in [
        ("the border would reopen", "Lena Vogt"),
        ("the ceasefire was holding", "Olaf Brandt"),
        ("the bloc stood ready", "Anna Petrova"),
        ("the army had withdrawn", "Karim Sadr"),
        ("the talks had stalled", "Omar Haddad"),
    ] {
        let q = reported(&d, words).unwrap_or_else(|| panic!("no reported speech for {words:?}"));
        assert_eq!(speaker(&d, q), Some(who), "{words}");
        // what was said starts after the adjunct, not with it
        assert!(d.slice(q.span).starts_with("the "), "{:?}", d.slice(q.span));
    }
}

#[test]
fn said_it_would_is_reported_speech_but_said_it_again_is_not() {
    let d = read("The Latvian Defence Ministry said it would buy more air defence systems.\nOlaf Brandt said it again and again.");
    let q = reported(&d, "buy more air defence").expect("reported speech");
    assert_eq!(d.slice(q.span), "it would buy more air defence systems");
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("again")));
}

#[test]
fn a_that_clause_inside_a_relative_clause_is_not_the_cues() {
    // "respond to people who said that …": what "people" said is not the interviewer's
    let d = read("Olaf Brandt was asked to respond to people who said that the border should stay closed.");
    assert!(d.quotes.iter().all(|q| speaker(&d, q) != Some("Olaf Brandt")), "{:?}", d.quotes);
}

#[test]
fn a_description_then_a_name_between_commas_before_the_cue() {
    let d = read(
        "The brigade held the village.\n\
         \"The enemy lost eleven armoured vehicles overnight,\" the brigade's spokesman, Ivan Koval, told reporters.",
    );
    let q = find(&d, "eleven armoured vehicles");
    assert_eq!(speaker(&d, q), Some("Ivan Koval"));
    assert_eq!(d.slice(q.cue.unwrap()), "told");
}

#[test]
fn a_capital_after_a_closing_question_opens_the_next_sentence() {
    let d = read(
        "Olaf Brandt asked: \"Would it not be strange if the fishermen paid for a quarrel they never started?\" \
         The Green Party's spokeswoman, Anna Petrova, said she agreed.",
    );
    let q = find(&d, "fishermen paid");
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
}

#[test]
fn a_full_stop_the_splitter_missed_still_ends_the_reported_clause() {
    // the sentence layer is made one span by hand, as a splitter confused by quotation marks may leave it
    let text = "He said it was vital that young people knew the risks. Ms Petrova said that the minister should know by now that the quotas were unfair.";
    let mut d = Document::from_text(&format!("Olaf Brandt spoke in Riga. {text}"));
    dyad_text::TextStage.process(&mut d).unwrap();
    let start = d.text.find(text).unwrap();
    d.sentences.retain(|s| s.end <= start);
    d.sentences.push(dyad_core::Span::new(start, d.text.len()));
    dyad_actors::ActorsStage::builtin().process(&mut d).unwrap();
    dyad_quotes::QuotesStage.process(&mut d).unwrap();
    let q = reported(&d, "vital").expect("the first reported clause");
    assert!(!d.slice(q.span).contains("Petrova"), "{:?}", d.slice(q.span));
    let q2 = reported(&d, "quotas were unfair").expect("the second reported clause, read on its own");
    assert!(d.slice(q2.span).starts_with("the minister should know"));
}

#[test]
fn a_subordinate_clause_has_its_own_subject() {
    // "… shortly before the chancellor announced that …": the office named first is not the speaker
    let d = read(
        "In March the Office for Budget Review reclassified the spending shortly before the chancellor announced that he would meet his target.",
    );
    assert!(
        d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).kind != EntityKind::Organization)),
        "{:?}",
        d.quotes.iter().map(|q| (d.slice(q.span), speaker(&d, q))).collect::<Vec<_>>()
    );
}

#[test]
fn the_next_sentences_subject_does_not_take_a_quotation_already_attributed() {
    let d = read(
        "Olaf Brandt called the ruling a disgrace, saying: \"It is not the fishermen who should be afraid, it is the smugglers.\" \
         Interior Minister Anna Petrova said the government would appeal.",
    );
    let q = find(&d, "fishermen who should be afraid");
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
    // and her sentence keeps its own reported clause
    let r = reported(&d, "would appeal").expect("her reported clause");
    assert_eq!(speaker(&d, r), Some("Anna Petrova"));
}

#[test]
fn a_standalone_quotation_belongs_to_the_person_who_speaks_on() {
    let d = read(
        "Fisheries Minister Anna Petrova defended the deal.\n\n\
         \"Our fishermen have waited for this for ten years. They deserve a stable agreement.\" She said the first boats would sail in June.",
    );
    let q = find(&d, "waited for this");
    assert_eq!(speaker(&d, q), Some("Anna Petrova"));
    let r = reported(&d, "first boats").expect("her reported clause keeps its cue");
    assert_eq!(speaker(&d, r), Some("Anna Petrova"));
}

#[test]
fn a_short_occasion_then_the_clause_without_that() {
    let d = read("The Latvian navy said in a statement it would send two minehunters to Tallinn.");
    let q = reported(&d, "minehunters").expect("reported speech");
    assert_eq!(d.slice(q.span), "it would send two minehunters to Tallinn");
}

#[test]
fn she_said_skips_a_man_named_after_her() {
    let d = read("Anna Kowalczyk met Tomasz Nowak in Warsaw.\n\"We will not give up on the prisoners,\" she said.");
    let q = find(&d, "give up on the prisoners");
    assert_eq!(speaker(&d, q), Some("Anna Kowalczyk"));
}

#[test]
fn an_attribution_closing_the_sentence() {
    let d = read(
        "RIGA, May 4 (Dyad Wire) - Latvia and Estonia agreed to share their coastal radar data, the Latvian Defence Ministry said on Monday.\n\
         The radars will cover the whole gulf by June, said Olaf Brandt.",
    );
    let q = reported(&d, "coastal radar").expect("the clause before the attribution");
    assert_eq!(d.slice(q.span), "Latvia and Estonia agreed to share their coastal radar data");
    assert_eq!(d.slice(q.cue.unwrap()), "said");
    let q = reported(&d, "whole gulf").expect("the clause before an inverted attribution");
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
}

#[test]
fn it_said_after_the_clause_is_the_body_named_before() {
    let d = read(
        "The Fisheries Council of the Baltic published its report on Monday.\n\
         Catches fell sharply in Latvia and Lithuania last year, it said.",
    );
    let q = reported(&d, "Catches fell").expect("reported speech");
    assert_eq!(speaker(&d, q), Some("Fisheries Council of the Baltic"));
}

#[test]
fn a_comma_before_said_he_had_is_no_inverted_attribution() {
    let d = read(
        "Olaf Brandt, who chairs the Baltic committee, said he had suspended Karim Sadr.\n\
         Anna Petrova criticised the plan, saying the Nordic Council should lead.",
    );
    let q = reported(&d, "suspended").expect("his reported clause");
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
    assert!(d.quotes.iter().all(|q| speaker(&d, q) != Some("Karim Sadr")));
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).starts_with("Anna Petrova criticised")), "{:?}", d.quotes.iter().map(|q| d.slice(q.span)).collect::<Vec<_>>());
}

#[test]
fn his_spokesman_speaks_for_him_in_reported_speech() {
    let d = read("General Karim Sadr refused to negotiate, but his spokesman later said the delegation would travel on Wednesday.");
    let q = reported(&d, "delegation would travel").expect("reported speech");
    assert_eq!(speaker(&d, q), Some("Karim Sadr"));
}

#[test]
fn a_he_opening_a_sentence_continues_the_previous_subject() {
    let d = read(
        "Opposition leader Olaf Brandt accused the prime minister and Mr Lindqvist of squabbling. \
         He told the radio station: \"This is the politics of the playground and voters deserve better.\"",
    );
    let q = find(&d, "politics of the playground");
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
}

#[test]
fn an_inverted_attribution_names_the_next_pronouns_person() {
    let d = read(
        "The lawyer who had represented Karim Sadr argued the rules favoured the householder, said Mr Brandt. \
         He said: \"The problem is that the guidance has never been clear enough.\"",
    );
    let q = find(&d, "guidance has never been clear");
    assert_eq!(speaker(&d, q), Some("Brandt"));
}

#[test]
fn a_speakers_next_paragraph_of_quotation_is_still_theirs() {
    let d = read(
        "Anna Petrova said: \"The quotas were set without asking a single fisherman in the region.\"\n\n\
         \"We will take the ministry to court if the rules are not changed by the spring.\"\n\n\
         Olaf Brandt disagreed. \"Nobody on the coast has been consulted about any of this at all.\"",
    );
    let q = find(&d, "take the ministry to court");
    assert_eq!(speaker(&d, q), Some("Anna Petrova"));
    // a person named between them breaks the run: the quotation is the one the sentence before it
    // introduced
    let q = find(&d, "Nobody on the coast");
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
}

#[test]
fn a_noun_form_of_a_reporting_verb_is_no_cue() {
    // "the Baltic states" and "its claim" are nouns, "the United States" a name
    let d = read(
        "Minister Lena Vogt told reporters that the Baltic states \"stand together on this\". \
         Ambassador Karim Sadr said Chile would \"never drop\" its claim. \
         Paulo Reis thanked Brazil and the United States. \"We will wait for the judges,\" he said.",
    );
    for q in &d.quotes {
        let cue = q.cue.map(|c| d.slice(c).to_string()).unwrap_or_default();
        assert!(!matches!(cue.as_str(), "states" | "States" | "claim"), "{cue:?} taken as a cue for {:?}", d.slice(q.span));
    }
    assert_eq!(speaker(&d, find(&d, "stand together")), Some("Lena Vogt"));
    assert_eq!(speaker(&d, find(&d, "never drop")), Some("Karim Sadr"));
}

#[test]
fn reported_speech_holding_a_quotation_is_one_statement_and_its_fragments_are_the_speakers() {
    let d = read(
        "Deputy Minister Olaf Brandt told journalists that the northern provinces \"chose autonomy, not secession\" \
         and warned against \"lecturing\" them.",
    );
    let q = find(&d, "the northern provinces");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(speaker(&d, q), Some("Olaf Brandt"));
    let inner = d.quotes.iter().find(|q| d.slice(q.span) == "lecturing").expect("the fragment is a quotation");
    assert_eq!(speaker(&d, inner), Some("Olaf Brandt"));
    // a that-clause that is wholly a quotation stays one statement
    let d = read("Premier Anna Petrova told a rally in Tartu that \"the river belongs to everyone who lives on it\".");
    assert_eq!(d.quotes.len(), 1);
}

#[test]
fn a_bracketed_abbreviation_and_a_place_before_the_cue_leave_the_subject_speaking() {
    let d = read(
        "In a statement read on Peruvian radio, the Andean Fishing Federation (AFF) said the quota was \"a gift to the trawlers\".",
    );
    assert_eq!(speaker(&d, find(&d, "a gift to the trawlers")), Some("Andean Fishing Federation"));
}

#[test]
fn an_unnamed_source_and_a_body_named_by_its_noun_speak() {
    let d = read(
        "A Western diplomat in Lima, who asked not to be named, said the junta \"has chosen its side\". \
         The premier chaired a meeting of the National Water Committee on Sunday. \
         The committee said any diversion \"will be treated as theft\". \
         The talks ended without agreement, a senior Chilean official said.",
    );
    assert_eq!(speaker(&d, find(&d, "has chosen its side")), Some("a Western diplomat"));
    assert_eq!(speaker(&d, find(&d, "treated as theft")), Some("National Water Committee"));
    let q = find(&d, "talks ended without agreement");
    let who = d.entity(q.speaker.expect("a speaker"));
    assert_eq!(who.name, "a senior Chilean official");
    assert_eq!(who.code.as_deref(), Some("CHLGOV"));
}

#[test]
fn a_second_reporting_verb_of_the_subject_opens_a_second_statement() {
    let d = read(
        "Senator Olaf Brandt said the levy had \"failed every test\" and said the treasury was borrowing to pay for it. \
         Anna Petrova said she liked the plan but she said the timing was poor.",
    );
    let first = find(&d, "the levy had");
    assert!(!d.slice(first.span).contains("treasury"), "{:?}", d.slice(first.span));
    // the closing mark of a quotation the clause opened stays with it
    assert!(d.slice(first.span).ends_with('"'), "{:?}", d.slice(first.span));
    assert_eq!(speaker(&d, find(&d, "the treasury was borrowing")), Some("Olaf Brandt"));
    let liked = find(&d, "she liked the plan");
    assert!(!d.slice(liked.span).contains("timing"));
    assert_eq!(speaker(&d, find(&d, "the timing was poor")), Some("Anna Petrova"));
}

#[test]
fn a_spokesman_for_someone_speaks_for_them_but_is_not_them() {
    let d = read("Premier Anna Petrova left early. A spokesman for Mrs Petrova said the talks would resume in May.");
    let q = find(&d, "the talks would resume");
    assert_eq!(speaker(&d, q), Some("a spokesman for Mrs Petrova"));
    // the premier keeps her own role
    let petrova = d.entities.iter().find(|e| e.name == "Anna Petrova").unwrap();
    assert!(!petrova.facts.iter().any(|f| f.attribute == "role" && f.value.contains("spokes")), "{:?}", petrova.facts);
}

#[test]
fn an_accusers_quoted_words_and_a_namer_past_an_aside_speak() {
    let d = read(
        "In Riga, the opposition leader Inga Ozola accused the government of \"punishing a neighbour for the act of one man\". \
         Former premier Karl Berzins, whose party first raised the claim in 2019, called Ozola \"the cabinet's loudest friend\".",
    );
    assert_eq!(speaker(&d, find(&d, "punishing a neighbour")), Some("Inga Ozola"));
    assert_eq!(speaker(&d, find(&d, "loudest friend")), Some("Karl Berzins"));
    // "said afterwards that …"
    let d = read("Senator Maria Ruiz said afterwards that she had raised the crossing at every meeting.");
    assert!(d.slice(find(&d, "raised the crossing").span).starts_with("she had"));
}

#[test]
fn a_trailing_attribution_goes_on_with_adding_and_a_name_in_apposition_speaks() {
    let d = read(
        "The two sides disagreed on grazing rights, a Malian official said, adding that Niamey had walked out twice. \
         Niger's interior ministry rejected that. Its spokesman, Issa Garba, told reporters that the talks had been calm.",
    );
    assert_eq!(speaker(&d, find(&d, "disagreed on grazing rights")), Some("a Malian official"));
    let added = find(&d, "Niamey had walked out twice");
    assert_eq!(speaker(&d, added), Some("a Malian official"));
    assert!(!d.slice(added.span).contains("adding"));
    assert_eq!(speaker(&d, find(&d, "the talks had been calm")), Some("Issa Garba"));
}

#[test]
fn an_accusation_is_what_the_accuser_says_and_a_member_is_an_unnamed_source() {
    let d = read(
        "Opposition leader Rein Lepik accused the government of spending the fund on fences instead of schools. \
         Diana Mondino, a former foreign minister, told a radio station that the text gave away too much. \
         The ministry has not answered our letters, a committee member said.",
    );
    let q = find(&d, "spending the fund on fences");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(speaker(&d, q), Some("Rein Lepik"));
    // a description in apposition to a name is that person, not an unnamed source
    assert_eq!(speaker(&d, find(&d, "gave away too much")), Some("Diana Mondino"));
    assert_eq!(speaker(&d, find(&d, "has not answered our letters")), Some("a committee member"));
}

#[test]
fn an_inverted_attribution_whose_name_a_relative_clause_follows() {
    let d = read("This is a good day for the press, said Olaf Brandt, who edits a weekly in Tartu.");
    assert_eq!(speaker(&d, find(&d, "a good day for the press")), Some("Olaf Brandt"));
}

#[test]
fn they_is_no_state_named_by_its_name_but_may_be_its_people() {
    let d = read(
        "The plan copies the tax systems of Norway and Switzerland. According to the opposition parties, it is a con. \
         They say the levy would cost families more.",
    );
    assert!(d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).kind != EntityKind::State)), "{:?}", d.quotes);
    let d = read("The Chilean envoys left without a statement. They said they would return next week.");
    assert_eq!(d.entity(find(&d, "they would return").speaker.expect("a speaker")).country.as_deref(), Some("CHL"));
}

#[test]
fn said_it_and_a_past_verb_opens_what_was_said() {
    let d = read("The African Union said it stood \"firmly behind\" Somalia and was ready to send more troops.");
    let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("indirect statement");
    assert!(d.slice(q.span).starts_with("it stood"));
    assert_eq!(speaker(&d, q), Some("African Union"));
    // "said it again" is no clause
    let e = read("The minister said it again on Monday.");
    assert!(e.quotes.is_empty());
}

#[test]
fn an_infinitive_of_a_reporting_verb_reports_nothing() {
    let d = read(
        "The European Union said it stood \"in full solidarity\" with Finland and Estonia and was preparing to add ships to its list. \
         Prime Minister Ana Ruiz declined to say whether troops would be sent.",
    );
    let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the quotation");
    assert_eq!(speaker(&d, q), Some("European Union"));
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("troops would be sent")));
}

#[test]
fn an_accusing_participle_is_the_subjects_past_a_dateline() {
    let d = read(
        "LAGOS, May 3 (Wire) - Nigeria's navy seized a trawler off Bonny Island on Friday, accusing it of illegal fishing, \
         in a move that angered Ghana.",
    );
    let q = find(&d, "illegal fishing");
    assert_eq!(d.slice(q.span), "illegal fishing");
    let who = q.speaker.map(|e| d.entity(e));
    assert!(who.is_some_and(|e| e.kind == EntityKind::Organization && e.country.as_deref() == Some("NGA")), "{:?}", who.map(|e| &e.name));
}

#[test]
fn according_to_a_description_then_its_name() {
    let d = read("The ship was hit by a drone, according to Kenya's maritime security agency, the Coastal Watch Centre.");
    let q = find(&d, "hit by a drone");
    assert_eq!(speaker(&d, q), Some("Coastal Watch Centre"));
}

#[test]
fn a_relative_clause_says_its_own_and_the_sentence_goes_on() {
    let d = read(
        "Mr Okafor, who says he is \"not going anywhere\", had accused the governor of hiding the audit from lawmakers.",
    );
    let says = find(&d, "he is");
    assert!(d.slice(says.span).ends_with("anywhere\""), "{}", d.slice(says.span));
    assert_eq!(speaker(&d, says), Some("Okafor"));
    let accused = find(&d, "hiding the audit");
    assert_eq!(speaker(&d, accused), Some("Okafor"));
}

#[test]
fn accused_of_with_no_object_is_a_passive_headline() {
    let d = read("Kenya accused of hiding audit\n\nThe Kenyan opposition accused the ministry of hiding the audit from lawmakers.");
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).eq("hiding audit")));
    let q = find(&d, "the audit from lawmakers");
    assert!(q.speaker.is_some());
}

#[test]
fn a_he_after_sentences_opened_by_he_is_the_subject_before_them() {
    let d = read(
        "Party spokesman Tom Reed said the candidate had been suspended. He said the views would not have been matched \
         to Mr Vance when he was selected. He told reporters: \"We acted quickly.\"",
    );
    let q = find(&d, "We acted quickly");
    assert_eq!(speaker(&d, q), Some("Tom Reed"));
}

#[test]
fn saying_whether_is_a_question_not_a_statement() {
    let d = read("Foreign Minister Ana Ruiz did not say whether Chile would withdraw the offer. Ruiz said the offer stood.");
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("would withdraw")));
    assert_eq!(speaker(&d, find(&d, "the offer stood")), Some("Ana Ruiz"));
}

#[test]
fn a_quotation_ending_a_statement_with_its_full_stop_is_the_statements() {
    let d = read(
        "A ministry spokesman, Wei Tao, called the meeting \"a milestone\" and insisted that China \"respects the choices of \
         the peoples of the region.\"",
    );
    let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct && d.slice(q.span).starts_with("respects")).expect("the quotation");
    assert_eq!(speaker(&d, q), Some("Wei Tao"));
    // the verb joined by "and" has the sentence's subject
    let reported = d.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("what was insisted");
    assert_eq!(speaker(&d, reported), Some("Wei Tao"));
}

#[test]
fn according_to_unnamed_sources_in_a_capital_is_not_the_capitals_state() {
    let d = read("Oman, according to diplomats in Muscat, has offered to host a meeting of deputy foreign ministers.");
    assert!(d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).country.as_deref() != Some("OMN"))));
    let e = read("The talks failed, according to Omani officials.");
    assert!(e.quotes.iter().any(|q| q.speaker.is_some_and(|s| e.entity(s).country.as_deref() == Some("OMN"))));
}

#[test]
fn a_title_between_the_comma_and_the_name_and_a_time_ago_before_that() {
    let d = read(
        "The army spokesman, Colonel Ali Sow, insisted two days later that operations were \"proceeding according \
         to plan\" and that the toll was low. Niger's junta refused, saying in a statement read on state television \
         that it would deal with the bloc \"only as an equal bloc, not as a former member\".",
    );
    let q = find(&d, "operations were");
    assert_eq!(speaker(&d, q), Some("Ali Sow"));
    assert!(d.quotes.iter().all(|q| q.cue.map(|c| d.slice(c)) != Some("read")));
}

#[test]
fn according_to_inside_another_quotation_is_no_cue() {
    let d = read(
        "The army's spokesman, Colonel Ali Sow, insisted two days later that operations were \"proceeding according to \
         plan\" and that \"the propaganda of the \
         terrorists and their friends\" had exaggerated the toll.",
    );
    let q = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct && d.slice(q.span).starts_with("the propaganda")).expect("quotation");
    assert_ne!(q.cue.map(|c| d.slice(c)), Some("according to"));
    assert_eq!(speaker(&d, q), Some("Ali Sow"));
}

#[test]
fn a_datelines_capital_is_not_the_participles_speaker() {
    let d = read("ABUJA, May 3 (Wire) - Nigeria's navy seized a trawler on Friday, accusing it of illegal fishing near Bonny Island.");
    let q = find(&d, "illegal fishing");
    let who = q.speaker.map(|e| d.entity(e));
    assert!(who.is_some_and(|e| e.kind == EntityKind::Organization), "{:?}", who.map(|e| &e.name));
}

#[test]
fn an_aside_opened_by_a_participle_stands_between_the_speaker_and_the_cue() {
    let d = read(
        "Budapest did not comment. A Hungarian finance ministry official, speaking on condition of anonymity, \
         said the budget would be revised in spring.",
    );
    let q = find(&d, "budget would be revised");
    let who = q.speaker.map(|e| d.entity(e));
    assert_eq!(who.and_then(|e| e.country.as_deref()), Some("HUN"), "{:?}", who.map(|e| &e.name));
    assert_eq!(who.map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn a_cue_set_off_by_commas_inside_the_clause_reports_the_whole_clause() {
    let d = read(
        "Ilona Varga, a senior fellow at a Budapest institute, expects a slow thaw. The first steps, she noted, \
         could include reopening the consulates in both capitals.",
    );
    let q = find(&d, "could include reopening");
    assert_eq!(speaker(&d, q), Some("Ilona Varga"));
    assert!(d.slice(q.span).starts_with("The first steps"), "{}", d.slice(q.span));
    // the attribution itself is no part of what was said
    assert_eq!(q.parts.len(), 2);
    assert!(q.parts.iter().all(|p| !d.slice(*p).contains("noted")));
}

#[test]
fn saying_little_and_a_plural_noun_before_that_report_nothing() {
    let d = read(
        "The European Union has so far said little about the new customs rules. Malta is one of the few island \
         states that still back the plan.",
    );
    assert!(d.quotes.is_empty(), "{:?}", d.quotes.iter().map(|q| d.slice(q.span)).collect::<Vec<_>>());
}

#[test]
fn what_a_speaker_denies_in_media_reports_is_not_what_the_speaker_says() {
    let d = read("A spokesman for the Turkish embassy denied local media reports that the contract had been cancelled.");
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("contract had been cancelled") || d.slice(q.cue.unwrap()) == "denied"));
}

#[test]
fn a_participle_after_an_attribution_set_off_by_commas_has_the_attributions_speaker() {
    let d = read(
        "Lars Lindqvist spoke in Uppsala on Monday.\n\n\
         Mr Berg has failed to fix the railways, he claimed, saying he offers \"the wrong answer\" to them.",
    );
    let direct = d.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the quoted words");
    assert_eq!(speaker(&d, direct), Some("Lars Lindqvist"));
    assert_eq!(speaker(&d, find(&d, "has failed to fix")), Some("Lars Lindqvist"));
}

#[test]
fn a_cue_inside_a_relative_or_joined_clause_is_no_aside() {
    let d = read(
        "Erik Sandvik was questioned on Monday. The allegations, which he has denied, are being examined by a judge. \
         He was given a new passport, and he says, promised a quiet life.",
    );
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("are being examined") && !d.slice(q.span).contains("new passport")),
        "{:?}", d.quotes.iter().map(|q| d.slice(q.span)).collect::<Vec<_>>());
}

#[test]
fn little_much_and_more_open_a_clause_when_a_verb_follows() {
    let d = read("Anna Holm said little had changed since May. Petr Novak said much of the plan was unworkable.");
    assert_eq!(speaker(&d, find(&d, "little had changed")), Some("Anna Holm"));
    assert_eq!(speaker(&d, find(&d, "much of the plan")), Some("Petr Novak"));
}

#[test]
fn an_unnamed_civilian_speaks_for_himself_not_for_the_president_named_before() {
    let d = read(
        "Mozambique's president has called the partnership \"strategic\". One displaced farmer, reached by telephone \
         near Pemba, said he had returned to his village twice. \"They tell us it is safe,\" he said.",
    );
    for words in ["he had returned", "They tell us"] {
        let q = find(&d, words);
        let who = q.speaker.map(|e| d.entity(e));
        assert_eq!(who.and_then(|e| e.role.as_deref()), Some("farmer"), "{words}");
    }
}

#[test]
fn another_subjects_reporting_verb_after_but_ends_the_statement() {
    let d = read(
        "Ghana's defence ministry said its troops had repelled the attackers, but residents interviewed by local radio \
         said soldiers arrived late.",
    );
    let q = find(&d, "repelled the attackers");
    assert!(!d.slice(q.span).contains("residents"), "{}", d.slice(q.span));
}

#[test]
fn an_apposition_on_an_inverted_speaker_stands_between_two_halves_of_one_statement() {
    let d = read(
        "Copper prices fell. \"Traders have seen this before,\" said Ana Ruiz, an analyst at the Lima-based firm \
         Andes Metals, \"but nobody expected it this week.\"",
    );
    let q = find(&d, "Traders have seen");
    assert_eq!(speaker(&d, q), Some("Ana Ruiz"));
    assert!(d.slice(q.span).contains("nobody expected"), "{}", d.slice(q.span));
    assert_eq!(d.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).count(), 1);
}

#[test]
fn a_quotation_after_and_with_a_verb_has_the_speaker_of_the_one_before() {
    let d = read(
        "The Dutch embassy in Tunis said in a statement that it was \"deeply worried\" by the arrests and called for \
         \"a prompt and transparent investigation\".",
    );
    let q = find(&d, "prompt and transparent");
    assert_eq!(q.speaker.and_then(|e| d.entity(e).country.as_deref()), Some("NLD"));
}

#[test]
fn a_verb_joined_by_and_after_a_quotation_is_not_its_cue() {
    let d = read(
        "India's foreign ministry warned against \"closed technology clubs\" in the region and said supply chains \
         should stay open.",
    );
    let q = find(&d, "closed technology clubs");
    assert_eq!(q.speaker.and_then(|e| d.entity(e).country.as_deref()), Some("IND"));
    assert_eq!(d.slice(q.cue.unwrap()), "warned");
}

#[test]
fn a_pronoun_after_an_asked_clause_is_the_speaker_not_the_state_the_clause_names() {
    let d = read(
        "Sweden's defence minister, Karin Dahl, met reporters in Oslo. Asked whether Iceland would contribute, she said \
         \"every ally has something to offer\".",
    );
    assert_eq!(speaker(&d, find(&d, "every ally")), Some("Karin Dahl"));
}

#[test]
fn an_inverted_speaker_described_first_is_the_name_after_the_description() {
    let d = read("Farmers protested in Basra. \"Our fields turn to dust,\" said one protester, Salim Hadi, a rice farmer.");
    assert_eq!(speaker(&d, find(&d, "fields turn to dust")), Some("Salim Hadi"));
}

#[test]
fn a_relative_clause_between_the_speaker_and_the_cue_is_passed_over() {
    let d = read(
        "Inspector Jaan Kask, who leads the inquiry into the damaged cable in the Gulf of Finland, told reporters \
         that divers had found a drag mark on the seabed.",
    );
    assert_eq!(speaker(&d, find(&d, "divers had found")), Some("Jaan Kask"));
}

#[test]
fn noted_and_promised_report_a_clause_with_a_verb_of_its_own() {
    let d = read(
        "Ousmane Diallo, a researcher in Dakar, noted none of the three juntas had set a date for elections. \
         Foreign Minister Aissata Kone promised that the border posts would stay open. Ms Diallo also noted the importance of trade.",
    );
    assert_eq!(speaker(&d, find(&d, "had set a date")), Some("Ousmane Diallo"));
    assert!(d.quotes.iter().any(|q| d.slice(q.span).contains("border posts would stay open")));
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("importance of trade")));
}

#[test]
fn a_promise_after_a_quotation_takes_it_as_its_object() {
    let d = read(
        "Lib Dem spokeswoman Lena Berg said instead of the \"bonfire of red tape\" New Labour had promised, there had \
         been an \"explosion\" of it.",
    );
    let q = find(&d, "bonfire of red tape");
    assert_eq!(speaker(&d, q), Some("Lena Berg"));
    assert!(d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).kind == dyad_core::EntityKind::Person)),
        "{:?}", d.quotes.iter().map(|q| (d.slice(q.span), speaker(&d, q))).collect::<Vec<_>>());
}

#[test]
fn unnamed_people_in_the_plural_speak_for_themselves() {
    let d = read("Diplomats said the talks had stalled. US officials said at least two rounds were planned.");
    assert_eq!(speaker(&d, find(&d, "talks had stalled")), Some("diplomats"));
    let q = find(&d, "at least two rounds");
    assert_eq!(q.speaker.and_then(|e| d.entity(e).code.as_deref()), Some("USAGOV"));
}

#[test]
fn a_role_of_a_state_no_one_named_holds_speaks_for_a_person_not_the_state() {
    let d = read("\"The dressing room is calm,\" the Portuguese coach told a news conference.");
    let q = find(&d, "dressing room is calm");
    let who = q.speaker.map(|e| d.entity(e));
    assert_eq!(who.map(|e| (e.kind, e.country.as_deref())), Some((EntityKind::Person, Some("PRT"))));
}

#[test]
fn a_relative_clause_without_commas_between_subject_and_cue_is_passed_over() {
    let d = read(
        "A Chilean negotiator who asked not to be named because the talks were private said that Santiago had \
         refused the offer.",
    );
    let q = find(&d, "Santiago had refused the offer");
    assert_eq!(q.speaker.map(|e| d.entity(e).kind), Some(EntityKind::Person));
    assert_eq!(q.speaker.and_then(|e| d.entity(e).country.as_deref()), Some("CHL"));
}

#[test]
fn said_only_that_still_reports_the_clause() {
    let d = read("The Kenyan envoy said only that Nairobi would respect whatever the two sides decided.");
    let q = find(&d, "Nairobi would respect");
    assert!(d.slice(q.span).starts_with("Nairobi"), "{}", d.slice(q.span));
    assert_eq!(q.speaker.and_then(|e| d.entity(e).country.as_deref()), Some("KEN"));
}

#[test]
fn the_one_named_before_a_place_speaks_not_the_place() {
    for text in [
        "A European diplomat in Caracas said the sanctions were biting.",
        "A European diplomat in Caracas, who spoke on condition of anonymity, said the sanctions were biting.",
    ] {
        let d = read(text);
        let q = find(&d, "sanctions were biting");
        assert_eq!(q.speaker.map(|e| d.entity(e).kind), Some(EntityKind::Person), "{text}");
    }
    // a place alone before the cue gives no speaker
    let d = read("Crowds in Caracas said the sanctions were biting.");
    assert!(d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).kind != EntityKind::State)));
}

#[test]
fn adding_that_after_a_comma_is_the_same_speakers_next_statement() {
    let d = read("Chile's trade minister said the tariff was \"working as intended\", adding that exports had doubled.");
    let first = find(&d, "the tariff was");
    assert!(!d.slice(first.span).contains("adding"), "{}", d.slice(first.span));
    let second = find(&d, "exports had doubled");
    assert_eq!(d.slice(second.span), "exports had doubled");
    assert_eq!(second.speaker, first.speaker);
    assert!(first.speaker.is_some());
}

#[test]
fn a_fragment_inside_a_statement_is_the_statements_speakers_whatever_stands_before_the_cue() {
    let d = read(
        "In a statement read on state broadcaster Radio Rivière late on Monday, Haiti's police said its officers had \"pushed back an assault\" on the port.",
    );
    let outer = find(&d, "its officers had");
    let inner = d.quotes.iter().find(|q| d.slice(q.span) == "pushed back an assault").expect("the fragment");
    assert!(outer.speaker.is_some());
    assert_eq!(inner.speaker, outer.speaker);
}

#[test]
fn a_participle_of_saying_has_the_subject_that_opens_the_sentence() {
    // not the body just before it
    let d = read("Senator Marta Quiroga also left the Partido Colorado saying the party had abandoned its voters.");
    assert_eq!(speaker(&d, find(&d, "had abandoned its voters")), Some("Marta Quiroga"));
    // the person a state's name and a title describe, past an opening phrase
    let d = read(
        "But in an interview with the Santiago Herald, Argentina's Foreign Minister Lucas Ferro refused to name a date, saying talks would resume when they were ready.",
    );
    assert_eq!(speaker(&d, find(&d, "talks would resume")), Some("Lucas Ferro"));
    // past a quotation that opens the sentence
    let d = read("“We want Mr Ortega to be heard,” Ines Lamas said, adding that the council was not afraid of scrutiny.");
    assert_eq!(speaker(&d, find(&d, "not afraid of scrutiny")), Some("Ines Lamas"));
    // a person right before the participle is its subject
    let d = read("The opposition hit back with party secretary Tomas Brandt accusing the cabinet of hiding the figures.");
    let q = d.quotes.iter().find(|q| d.slice(q.span).contains("hiding the figures"));
    assert!(q.is_none_or(|q| speaker(&d, q) == Some("Tomas Brandt")), "{:?}", q.map(|q| speaker(&d, q)));
}

#[test]
fn an_it_after_an_opening_phrase_continues_the_last_sentences_subject() {
    let d = read(
        "The Vietnam Coast Guard gave a different account. In a statement posted on its Facebook page, it said the trawler had \
         entered a closed zone. It said that the crew had been released.",
    );
    assert_eq!(speaker(&d, find(&d, "entered a closed zone")), Some("Vietnam Coast Guard"));
    assert_eq!(speaker(&d, find(&d, "crew had been released")), Some("Vietnam Coast Guard"));
}

#[test]
fn reaffirmed_that_reports_a_clause() {
    let d = read("The Japanese foreign ministry reaffirmed that an attack on its vessels would invoke the treaty.");
    let q = find(&d, "an attack on its vessels");
    assert_eq!(q.speaker.and_then(|e| d.entity(e).country.as_deref()), Some("JPN"));
}

#[test]
fn an_inverted_attribution_names_the_person_after_the_title_and_the_next_quotation_is_theirs() {
    let d = read(
        "\"The region is one defensive space now,\" said Denmark's state secretary for defence, Jens Holm Kragh, at a ceremony near Aalborg. \"Nobody here wants a confrontation.\"",
    );
    assert_eq!(speaker(&d, find(&d, "one defensive space")), Some("Jens Holm Kragh"));
    assert_eq!(speaker(&d, find(&d, "Nobody here wants")), Some("Jens Holm Kragh"));
}

#[test]
fn an_opening_adverb_after_a_quotation_is_no_speaker() {
    let d = read("Minister Ruth Ekwall spoke first. \"Sexism limits women. \"It is wrong to assume otherwise,\" she said. Earlier, she told Radio Sweden: \"We are talking about pay.\"");
    assert!(d.entities.iter().all(|e| e.name != "Earlier"));
    assert_eq!(speaker(&d, find(&d, "talking about pay")), Some("Ruth Ekwall"));
}

#[test]
fn a_subject_set_off_by_a_relative_clause_before_a_closing_cue_speaks() {
    let d = read("The tolls have mostly hurt small traders, a European customs official in Dakar, who asked not to be named, said, adding that smugglers had moved to the river.");
    let first = find(&d, "hurt small traders");
    assert_eq!(first.speaker.map(|e| d.entity(e).kind), Some(EntityKind::Person));
    assert_eq!(find(&d, "smugglers had moved").speaker, first.speaker);
}

#[test]
fn a_quotation_with_no_cue_after_a_reported_statement_goes_on_with_its_speaker() {
    let d = read(
        "Chile's transport minister, Ana Molina, said after the signing that the crossing would open by June. \"A truck standing at a border earns nothing for anyone.\"",
    );
    assert_eq!(speaker(&d, find(&d, "A truck standing")), Some("Ana Molina"));
    // not past another person named between them
    let d = read(
        "Chile's transport minister, Ana Molina, said the crossing would open by June. Her deputy, Pablo Rojas, arrived later. \"A truck standing at a border earns nothing.\"",
    );
    assert_ne!(speaker(&d, find(&d, "A truck standing")), Some("Ana Molina"));
}

#[test]
fn told_a_named_official_set_off_by_commas_that() {
    let d = read("Moussa Diallo, who heads Mali's herders' union, told Togo's trade minister, Kodjo Amegah, at a meeting in Lomé last month that traders were ready to pay for checks.");
    assert_eq!(speaker(&d, find(&d, "traders were ready")), Some("Moussa Diallo"));
}

#[test]
fn a_name_in_apposition_to_a_possessor_s_noun_speaks_not_the_possessor() {
    let d = read(
        "“The tariffs will stay,” Ingrid Solberg's counterpart, Tomasz Wrona, said on Friday.\n\
         “We will not sign,” said Karim Bensalah's deputy, Yusuf Demir.\n\
         Anna Keller's colleague in Vienna, Pavel Hrubý, argued that the quota was too low.",
    );
    assert_eq!(speaker(&d, find(&d, "tariffs will stay")), Some("Tomasz Wrona"));
    assert_eq!(speaker(&d, find(&d, "will not sign")), Some("Yusuf Demir"));
    assert_eq!(speaker(&d, find(&d, "quota was too low")), Some("Pavel Hrubý"));
}

#[test]
fn a_pronoun_after_an_opening_phrase_continues_the_previous_subject() {
    let d = read(
        "Tomas Berg, a retired Swedish diplomat, said the talks had stalled. \
         Commenting on Erik Lund's proposal, he said: “Nobody in Stockholm will accept it.”",
    );
    assert_eq!(speaker(&d, find(&d, "Nobody in Stockholm")), Some("Tomas Berg"));
}

#[test]
fn a_person_named_once_as_a_copula_s_predicate_is_no_pronoun_s_antecedent() {
    let d = read(
        "Mr Halvorsen joined the navy in 1990. One of his classmates at the academy was Jonas Dahl. \
         Later he left the service. But he says he will keep campaigning until the ministry pays him.",
    );
    assert_eq!(speaker(&d, find(&d, "keep campaigning")), Some("Halvorsen"));
}

#[test]
fn a_state_s_adjective_on_someone_who_does_not_speak_for_it_is_not_the_speaker() {
    let d = read("“We will appeal,” the Chilean miners' lawyer said. “It is over,” Omani officials said.");
    assert_eq!(speaker(&d, find(&d, "We will appeal")), None);
    assert_eq!(speaker(&d, find(&d, "It is over")), Some("Oman"));
}

#[test]
fn according_to_a_description_and_a_name_set_off_after_it_the_words_start_after_the_name() {
    let d = read("According to its Lisbon lawyer, Rui Tavares, the firm will sue the state.");
    let q = find(&d, "the firm will sue");
    assert_eq!(speaker(&d, q), Some("Rui Tavares"));
    assert!(!d.slice(q.span).contains("Tavares"), "{:?}", d.slice(q.span));
}

#[test]
fn less_common_reporting_verbs_open_quotations_too() {
    let d = read("Ines Marchetti led the delegation. She confesses: \"We misjudged the mood in the capital.\" She conceded that the vote was lost, and joked: \"Next time we bring more coffee.\"");
    assert_eq!(speaker(&d, find(&d, "misjudged the mood")), Some("Ines Marchetti"));
    assert_eq!(speaker(&d, find(&d, "the vote was lost")), Some("Ines Marchetti"));
    assert_eq!(speaker(&d, find(&d, "more coffee")), Some("Ines Marchetti"));
}

#[test]
fn a_party_s_office_before_said_is_a_person_not_the_party() {
    let d = read("The budget was published on Tuesday.\n\nThe Tory leader said: \"This is a tax on every family.\"");
    let q = find(&d, "tax on every family");
    let who = d.entity(q.speaker.expect("a speaker"));
    assert_eq!(who.kind, EntityKind::Person, "{who:?}");
}

#[test]
fn told_a_listener_then_a_clause_without_that_is_reported_speech() {
    let d = read("Ministers met on Monday.\n\nDerek Hallam told Newsnight the government had prepared a legal team. Later Mr Hallam told reporters he would resign. Ms Tovey told Mr Hallam the plan.");
    assert_eq!(speaker(&d, find(&d, "the government had prepared a legal team")), Some("Derek Hallam"));
    assert_eq!(speaker(&d, find(&d, "he would resign")), Some("Derek Hallam"));
    // what is told with no clause of its own is no statement
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("the plan")));
}

#[test]
fn and_then_another_subject_s_own_said_ends_the_first_statement() {
    let d = read("Exports\n\nMarta Silva said the pipeline had reopened, and Tomas Reyes said the port was full. Marta Silva said prices had risen, and the army would be deployed.");
    let q = find(&d, "the pipeline had reopened");
    assert!(!d.slice(q.span).contains("port"), "{}", d.slice(q.span));
    assert_eq!(speaker(&d, find(&d, "the port was full")), Some("Tomas Reyes"));
    // "and" with no reporting verb after it goes on with the same statement
    assert!(d.slice(find(&d, "prices had risen").span).contains("the army would be deployed"));
}

#[test]
fn a_verb_joined_by_and_after_a_quotation_has_the_sentence_s_subject() {
    let d = read("LONDON, May 4 — Reform stalls.\n\nNadia Okoro said the bill would be a \"gentle push\" to the government and warned it would \"force a reply\" from ministers.");
    assert_eq!(speaker(&d, find(&d, "force a reply")), Some("Nadia Okoro"));
    // and the sentence's subject is a pronoun: the one it stands for
    let d = read("LONDON, May 4 — Reform stalls.\n\nNadia Okoro met Maria Reyes on Monday. She said it would be a \"gentle push\" to the government and warned it would \"force a reply\" from ministers.");
    assert_eq!(speaker(&d, find(&d, "force a reply")), Some("Nadia Okoro"));
}

#[test]
fn the_report_speaks_for_the_body_whose_report_it_is() {
    let d = read("Funding\n\nIn a new report, the Ardent Commission says a cap is worth debating. The report said donors should be named.\n\nA report by the Halden Trust was leaked on Monday. Ministers met later. The report said the sites were neglected.");
    assert_eq!(speaker(&d, find(&d, "donors should be named")), Some("Ardent Commission"));
    assert_eq!(speaker(&d, find(&d, "the sites were neglected")), Some("Halden Trust"));
    // a report no body was named with speaks for no one
    let d = read("Funding\n\nMinisters met on Monday. The report said donors should be named.");
    assert!(d.quotes.iter().all(|q| q.speaker.is_none() || !d.slice(q.span).contains("donors")));
}

#[test]
fn a_short_clause_then_he_told_someone_is_reported_speech() {
    let d = read("Rates\n\nOlga Varga met bankers on Monday. Rates would fall, she told reporters. The talks were over, Ms Varga told the Tribune on Tuesday. Yes, of course, she said.");
    assert_eq!(speaker(&d, find(&d, "Rates would fall")), Some("Olga Varga"));
    assert_eq!(speaker(&d, find(&d, "The talks were over")), Some("Olga Varga"));
    // three words without a verb are no statement
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("of course")));
}

#[test]
fn a_quotation_standing_alone_after_a_sentence_introducing_someone_is_theirs() {
    let d = read("Budget\n\nOpposition leader Karin Lund attacked the plans. \"This is a tax on every family in the land.\" Finance Minister Per Moe said the figures were sound.");
    assert_eq!(speaker(&d, find(&d, "tax on every family")), Some("Karin Lund"));
    assert_eq!(speaker(&d, find(&d, "the figures were sound")), Some("Per Moe"));
    // with two people in the sentence before, the next sentence's subject speaks on, as before
    let d = read("Budget\n\nKarin Lund met Per Moe. \"This is a tax on every family in the land.\" Ms Lund said the figures were wrong.");
    assert_eq!(speaker(&d, find(&d, "tax on every family")), Some("Karin Lund"));
}

#[test]
fn a_pronoun_opening_the_next_paragraph_is_the_subject_not_the_last_name() {
    let d = read("Trust\n\nLiberal Democrat leader Ada Voss has said voters distrust Prime Minister Mara Lind.\n\nShe said backing her party was no wasted vote, adding that with her party \"what you see is what you get\".");
    assert_eq!(speaker(&d, find(&d, "what you see is what you get")), Some("Ada Voss"));
    assert_eq!(speaker(&d, find(&d, "backing her party")), Some("Ada Voss"));
}

#[test]
fn he_continues_the_subject_of_an_inverted_attribution_or_of_the_main_clause() {
    let d = read("Agency\n\nMinisters would not rule out closing the agency, Home Secretary Ivo Harlan has warned.\n\nBut he said closing it would be \"the last resort\" for the department.");
    assert_eq!(speaker(&d, find(&d, "the last resort")), Some("Ivo Harlan"));
    let d = read("Campaign\n\nAs Tory leader Rhys Maddox opened his campaign, the Green leader Ada Voss dismissed the Tories. And she insisted there was \"no ceiling\" to her party's hopes.");
    assert_eq!(speaker(&d, find(&d, "no ceiling")), Some("Ada Voss"));
}

#[test]
fn legislators_and_critics_as_a_group_speak() {
    let d = read("Prisons\n\nThere was one prison suicide every four days last year, MPs said. Labour MPs said the figures were shocking. Critics said the plan was flawed.");
    for (words, who) in [("one prison suicide", "MPs"), ("the figures were shocking", "Labour MPs"), ("the plan was flawed", "critics")] {
        let q = find(&d, words);
        let e = d.entity(q.speaker.expect("a speaker"));
        assert_eq!((e.kind, e.name.as_str()), (dyad_core::EntityKind::Group, who), "{words}");
    }
}

#[test]
fn a_clause_with_a_short_quoted_phrase_closed_by_x_added_is_reported_speech() {
    let d = read("Gaza\n\nThe authority was making \"every possible effort\" to end the violence, Mr Haddad added.");
    assert_eq!(speaker(&d, find(&d, "to end the violence")), Some("Haddad"));
}

#[test]
fn an_accusation_in_quotation_marks_is_the_accuser_s_however_long_its_target() {
    let d = read("Row\n\nOpposition leader Rhys Maddox accused the prime minister and the finance minister of \"squabbling like schoolboys\". Critics called the plan \"rubbish\".");
    assert_eq!(speaker(&d, find(&d, "squabbling like schoolboys")), Some("Rhys Maddox"));
    // a label stays no statement
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("rubbish")));
}

#[test]
fn branding_and_dismissing_as_name_the_speaker_s_own_words() {
    let d = read("Cuts\n\nShadow minister Rhys Maddox branded the plan \"a raid on the savings of pensioners\". Finance Minister Ellen Vark dismissed his figures as \"scaremongering of the worst kind\".");
    assert_eq!(speaker(&d, find(&d, "a raid on the savings")), Some("Rhys Maddox"));
    assert_eq!(speaker(&d, find(&d, "scaremongering")), Some("Ellen Vark"));
    // a label and a passive stay no statement
    let d = read("Cuts\n\nThe plan was branded \"a raid on the savings of pensioners\". Rhys Maddox branded it \"odd\".");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes.iter().map(|q| d.slice(q.span)).collect::<Vec<_>>());
}

#[test]
fn the_verdict_of_x_after_a_quotation_names_its_speaker() {
    let d = read("Budget\n\nFinance Minister Ellen Vark set out her plans on Tuesday. \"This is a good budget for families,\" was the verdict of opposition MP Rhys Maddox.");
    assert_eq!(speaker(&d, find(&d, "a good budget")), Some("Rhys Maddox"));
}

#[test]
fn claims_someone_rejects_are_not_theirs() {
    let d = read("Row\n\nFinance Minister Ellen Vark rejected claims that the plan would hurt the poor. Rhys Maddox denied reports that he would resign.");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes.iter().map(|q| (d.slice(q.span), speaker(&d, q))).collect::<Vec<_>>());
    // a claim of one's own still is
    let d = read("Row\n\nRhys Maddox claims that the plan would hurt the poor.");
    assert_eq!(speaker(&d, find(&d, "hurt the poor")), Some("Rhys Maddox"));
}

#[test]
fn a_long_description_and_name_between_a_quotation_and_its_cue() {
    let d = read("Funds\n\n\"We are opening accounts in banks abroad,\" the central bank's deputy governor Tomas Ben Okoro-Lindqvist said. \"Prices will rise\" as the harvest fails and the rains stay away from the south, he acknowledged.");
    assert_eq!(speaker(&d, find(&d, "opening accounts")), Some("Tomas Ben Okoro-Lindqvist"));
}

#[test]
fn claimed_reports_a_clause_but_the_passive_names_no_one() {
    let d = read("Airline\n\nAirport authority chief Rafael Moura had claimed the government was on the brink of stepping in. The government has played down claims that it could step in. It was claimed he had been embarrassed by the delay. Ana Reis was insisting she should have the final say.");
    assert_eq!(speaker(&d, find(&d, "on the brink")), Some("Rafael Moura"));
    assert_eq!(speaker(&d, find(&d, "the final say")), Some("Ana Reis"));
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("it could step in") && !d.slice(q.span).contains("embarrassed")));
    // "that according to X, …": what X says follows X
    let d = read("Hunting

In a later call Mr Moura was told that according to the Farm Ministry, chasing foxes away was not hunting.");
    let q = find(&d, "chasing foxes");
    assert!(!d.slice(q.span).contains("was told"));
    assert_eq!(speaker(&d, q), Some("Farm Ministry"));
}

#[test]
fn a_state_whose_company_a_description_names_does_not_speak() {
    let d = read("Homes\n\nKenya's biggest mortgage lender said prices rose 15% over the year. Kenya's Treasury said the rise was welcome.");
    assert!(d.quotes.iter().filter(|q| d.slice(q.span).contains("prices rose")).all(|q| q.speaker.is_none_or(|e| d.entity(e).kind != EntityKind::State)));
    assert!(speaker(&d, find(&d, "was welcome")).is_some());
}

#[test]
fn he_continues_a_subject_named_by_a_state_s_adjective_and_a_title() {
    let d = read("Visit\n\nKenya's trade minister Amos Kariuki is in Britain. The Kenyan minister met Trade Secretary Tom Hale in London. He said the talks had gone well.");
    assert_eq!(speaker(&d, find(&d, "gone well")), Some("Amos Kariuki"));
}

#[test]
fn a_bracketed_abbreviation_between_cue_and_quotation_is_no_stop() {
    let d = read("Row\n\nOdinga told the Orange Democratic Movement (ODM) on Monday: \"Nothing will divide this party.\"");
    assert_eq!(speaker(&d, find(&d, "Nothing will divide")), Some("Raila Odinga"));
}

#[test]
fn a_leader_who_owns_the_body_a_quoted_sentence_is_about_does_not_speak_it() {
    let d = read("Message\n\nMichael Howard spoke on Sunday. \"Britain is heading the wrong way,\" the Tory leader said. Mr Blair's government was a \"bossy, meddling government,\" he added.");
    let q = find(&d, "bossy, meddling government");
    let s = speaker(&d, q);
    assert!(s.is_some_and(|n| !n.contains("Blair")), "{s:?}");
}

#[test]
fn records_in_a_town_are_no_speaker_and_the_town_is_none() {
    let d = read("Squid\n\nThe boat is registered to Ocean Fishing, a company based in Zhejiang, according to port records in Montevideo.");
    assert!(d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).name != "Uruguay")), "{:?}", d.quotes.iter().map(|q| (d.slice(q.span), speaker(&d, q))).collect::<Vec<_>>());
}

#[test]
fn a_name_after_said_that_opens_a_clause_is_not_an_inverted_speaker() {
    // "X, a London-based group, said Ghana should publish …": Ghana is what was said about, not who said it
    let d = read("Nets\n\nThe Harbour Justice Trust, a London-based group, said Ghana should publish the licences.");
    assert!(d.quotes.iter().all(|q| q.speaker.is_none_or(|e| d.entity(e).name != "Ghana")), "{:?}", d.quotes.iter().map(|q| (d.slice(q.span), speaker(&d, q))).collect::<Vec<_>>());
    // the body the apposition describes says it
    let q = find(&d, "Ghana should publish the licences");
    assert_eq!(speaker(&d, q), Some("Harbour Justice Trust"));
    // while ", said the ministry." stays inverted
    let d = read("Nets\n\nThe boat was seized at dawn, said Ghana's fisheries ministry.");
    let q = find(&d, "The boat was seized at dawn");
    assert!(speaker(&d, q).is_some());
}

#[test]
fn an_interview_s_name_and_colon_paragraphs_are_that_person_s_answers() {
    let d = read("Relief\n\nAmina Diallo runs a shelter in Gao. She spoke to us by phone.\n\nHow many people are still displaced?\n\nDiallo: Several thousand in our district. Most went home after the truce.\n\nWho do you blame?\n\nDiallo: I am not a politician. The governor says the roads are safe; I see the trucks turn back.");
    let q = find(&d, "Several thousand in our district");
    assert_eq!(speaker(&d, q), Some("Amina Diallo"));
    assert_eq!(q.kind, QuoteKind::Direct);
    // the reported statement inside an answer stays a statement of its own
    let q = find(&d, "I am not a politician");
    assert_eq!(speaker(&d, q), Some("Amina Diallo"));
    // a question is nobody's answer
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("Who do you blame")));
}

#[test]
fn a_q_and_a_transcript_s_answers_are_the_interviewee_s() {
    let d = read("Tolls\n\nMarta Villalba is Paraguay's trade minister. She spoke to Diego Ruiz of the Plata Review.\n\nQ: Why is the toll a crisis now?\n\nA: Because the volumes have grown. Almost everything we sell leaves by river.\n\nQ: Who decided it?\n\nA: The previous government, in its last year.");
    let q = find(&d, "Because the volumes have grown");
    assert_eq!(speaker(&d, q), Some("Marta Villalba"));
    let q = find(&d, "The previous government");
    assert_eq!(speaker(&d, q), Some("Marta Villalba"));
    // the questions are no one's statements here
    assert!(d.quotes.iter().all(|q| !d.slice(q.span).contains("Who decided it")));
}
