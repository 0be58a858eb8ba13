//! The learned name typer: its file format, and names it must type on texts
//! written for these tests.

use dyad_actors::shape::name_spans;
use dyad_actors::typer::{Model, Typer};
use dyad_actors::ActorsStage;
use dyad_core::{Document, EntityKind, Stage};
use dyad_kb::Kb;

fn read(text: &str) -> Document {
    let mut d = Document::from_text(text);
    dyad_text::TextStage.process(&mut d).unwrap();
    ActorsStage::builtin().process(&mut d).unwrap();
    d
}

fn kind_of(d: &Document, name: &str) -> Option<EntityKind> {
    let at = d.text.find(name)?;
    let m = d.mentions.iter().find(|m| m.span.start == at && m.span.end == at + name.len())?;
    Some(d.entity(m.entity).kind)
}

#[test]
fn the_shipped_model_loads_and_has_weights() {
    assert!(Typer::builtin().len() > 1000);
}

#[test]
fn a_model_survives_its_file_form() {
    let m = Model::from_pairs(vec![(7, [1.0, -2.0, 0.5, 0.0]), (3, [0.0, 0.25, 0.0, -1.0])]);
    let back = Model::from_bytes(&m.to_bytes()).unwrap();
    assert_eq!(back.len(), 2);
    let s = back.scores(&[3, 7, 99]);
    for (got, want) in s.iter().zip([1.0, -1.75, 0.5, -1.0]) {
        assert!((got - want).abs() < 1e-3, "{s:?}");
    }
}

#[test]
fn a_damaged_model_file_is_an_error_not_a_panic() {
    let m = Model::from_pairs(vec![(1, [1.0; 4]), (2, [2.0; 4])]).to_bytes();
    assert!(Model::from_bytes(&m[..m.len() - 3]).is_err());
    assert!(Model::from_bytes(b"NOPE").is_err());
    assert!(Model::from_bytes(&[]).is_err());
    let mut other = m.clone();
    other[4] = 9; // format version
    assert!(Typer::load(&other).is_err());
}

#[test]
fn typing_is_deterministic_and_on_token_bounds() {
    let text = "Officials from Veridia Logistics met Anselm Krauter near Port Valon on Tuesday.";
    let mut d = Document::from_text(text);
    dyad_text::TextStage.process(&mut d).unwrap();
    let a = name_spans(&d, Kb::builtin(), Some(Typer::builtin()));
    let b = name_spans(&d, Kb::builtin(), Some(Typer::builtin()));
    assert_eq!(a, b);
    for s in &a {
        assert!(d.tokens.iter().any(|t| t.span.start == s.span.start));
        assert!(d.tokens.iter().any(|t| t.span.end == s.span.end));
    }
}

#[test]
fn place_openers_honorifics_and_a_following_region_settle_the_type() {
    let d = read(
        "The climbers left Mount Kerrow at dawn. Lord Pembury told the inquiry he had driven from Tallow, Oregon \
         the night before.",
    );
    assert_eq!(kind_of(&d, "Mount Kerrow"), Some(EntityKind::Place));
    assert_eq!(kind_of(&d, "Tallow"), Some(EntityKind::Place));
    let lord = d.entities.iter().find(|e| e.name.contains("Pembury")).expect("Lord Pembury");
    assert_eq!(lord.kind, EntityKind::Person);
}

#[test]
fn an_outlet_named_after_a_city_is_an_organisation() {
    let d = read("An editorial in the Varna Morning Herald called the deal a mistake.");
    assert_eq!(kind_of(&d, "Varna Morning Herald"), Some(EntityKind::Organization));
}

#[test]
fn a_bracketed_acronym_takes_the_type_of_the_name_before_it() {
    let d = read(
        "The Caspian Shipping Association (CSHA) rejected the tariff. A week later CSHA said it would sue, \
         and the CSHA board met in Aktau.",
    );
    assert_eq!(kind_of(&d, "Caspian Shipping Association"), Some(EntityKind::Organization));
    let later = d.text.rfind("CSHA board").unwrap();
    let m = d.mentions.iter().find(|m| m.span.start == later).expect("CSHA mention");
    assert_eq!(d.entity(m.entity).kind, EntityKind::Organization);
}

#[test]
fn an_unknown_two_word_name_after_a_speech_verb_is_a_person() {
    let d = read("\"We will not leave,\" said Oksana Dreval, who runs a bakery in the town.");
    assert_eq!(kind_of(&d, "Oksana Dreval"), Some(EntityKind::Person));
}

#[test]
fn numbered_units_and_city_teams_are_organisations() {
    let d = read(
        "The 92nd Mechanized Brigade pulled back from the ridge. In the evening the Tallinn Wolves beat the \
         visitors, and the 5th Guards Tank Army crossed the river.",
    );
    assert_eq!(kind_of(&d, "92nd Mechanized Brigade"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "5th Guards Tank Army"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Tallinn Wolves"), Some(EntityKind::Organization));
}

#[test]
fn names_of_treaties_and_periods_are_not_actors() {
    let d = read("Baku hopes to join the Abraham Accords and speaks of a Golden Age of ties with Washington.");
    assert_eq!(kind_of(&d, "Abraham Accords"), None);
    assert_eq!(kind_of(&d, "Golden Age"), None);
    assert_eq!(kind_of(&d, "Abraham"), None);
}

#[test]
fn a_capital_the_inside_a_sentence_belongs_to_an_outlets_name() {
    let d = read("The minister told The Caspian Herald that the pipeline would open. The Herald did not say when.");
    assert_eq!(kind_of(&d, "The Caspian Herald"), Some(EntityKind::Organization));
}

#[test]
fn storms_are_not_actors_and_a_legal_form_makes_a_company() {
    let d = read("Cyclone Vanora flooded the coast. Vanora weakened by Friday. The suit against Karvel Shipping, Inc. was dropped.");
    assert_eq!(kind_of(&d, "Cyclone Vanora"), None);
    assert!(d.mentions.iter().all(|m| !d.slice(m.span).contains("Vanora")));
    assert_eq!(kind_of(&d, "Karvel Shipping"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Inc."), None);
}
