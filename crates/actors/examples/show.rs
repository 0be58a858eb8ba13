//! Prints the actors found in a text: `cargo run -p dyad-actors --example show -- FILE [YYYY-MM-DD]`
//! (with `DYAD_SHOW_NAMES=1`, first the capitalised names with the rules' and the typer's types)
use dyad_core::{Document, Meta, Stage};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: show FILE [YYYY-MM-DD]");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let published = args.next().and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let mut doc = Document::new(text, Meta { published, ..Meta::default() });
    dyad_text::TextStage.process(&mut doc).unwrap();
    if std::env::var_os("DYAD_SHOW_NAMES").is_some() {
        // the shape names with the rules' type and the typer's
        let kb = dyad_kb::Kb::builtin();
        for s in dyad_actors::shape::name_spans(&doc, kb, Some(dyad_actors::typer::Typer::builtin())) {
            println!("name {:?} rule={:?} typer={:?} sure={}", doc.slice(s.span), s.rule, s.label, s.sure);
        }
    }
    dyad_actors::ActorsStage::builtin().process(&mut doc).unwrap();
    for (i, e) in doc.entities.iter().enumerate() {
        let ms: Vec<String> = doc
            .mentions
            .iter()
            .filter(|m| m.entity.index() == i)
            .map(|m| format!("{}{}", doc.slice(m.span), match m.kind {
                dyad_core::MentionKind::Name => "",
                dyad_core::MentionKind::Metonym => "/met",
                dyad_core::MentionKind::Demonym => "/dem",
                dyad_core::MentionKind::Nominal => "/nom",
                dyad_core::MentionKind::Pronoun => "/pro",
            }))
            .collect();
        println!(
            "e{i} {:?} {} [{}] code={} role={} :: {}",
            e.kind,
            e.name,
            e.country.as_deref().unwrap_or("-"),
            e.code.as_deref().unwrap_or("-"),
            e.role.as_deref().unwrap_or("-"),
            ms.join(" | ")
        );
        for f in &e.facts {
            println!("     fact {}={} «{}»", f.attribute, f.value, doc.slice(f.evidence));
        }
    }
}
