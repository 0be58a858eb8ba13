//! Where named mentions are lost: for GUM-style gold, lists the gold names the
//! typed shape names get right but the final mentions miss (the choice or the
//! clustering dropped or changed them).
//!
//! ```text
//! cargo run --release -p dyad-actors --example name_gaps -- ../shared/data/gum/dev/conllu
//! ```

use dyad_actors::shape::{name_spans, NameLabel};
use dyad_actors::typer::Typer;
use dyad_actors::ActorsStage;
use dyad_core::{Document, EntityKind, Stage};
use dyad_eval::gum::read_conllu;
use dyad_kb::Kb;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: name_gaps GUM_CONLLU_DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("readable folder").flatten().map(|e| e.path()).collect();
    files.sort();
    let kb = Kb::builtin();
    let (mut lost, mut total) = (0, 0);
    for p in files.iter().filter(|p| p.extension().is_some_and(|x| x == "conllu")) {
        let content = std::fs::read_to_string(p).expect("readable file");
        let g = read_conllu(&p.display().to_string(), &content).expect("GUM file");
        let mut doc = Document::from_text(g.text.clone());
        dyad_text::TextStage.process(&mut doc).expect("text stage");
        let typed = name_spans(&doc, kb, Some(Typer::builtin()));
        ActorsStage::builtin().process(&mut doc).expect("actors stage");
        for m in g.mentions.iter().filter(|m| m.scored) {
            let want = match m.etype.as_str() {
                "person" => NameLabel::Person,
                "place" => NameLabel::Location,
                _ => NameLabel::Organization,
            };
            let Some(t) = typed.iter().find(|s| m.spans.contains(&(s.span.start, s.span.end))) else { continue };
            if t.label != want {
                continue;
            }
            total += 1;
            let found = doc.mentions.iter().any(|x| {
                let k = doc.entity(x.entity).kind;
                let ok = match want {
                    NameLabel::Person => k == EntityKind::Person,
                    NameLabel::Location => matches!(k, EntityKind::Place | EntityKind::State),
                    _ => k == EntityKind::Organization,
                };
                ok && m.spans.contains(&(x.span.start, x.span.end))
            });
            if !found {
                lost += 1;
                let got: Vec<String> = doc
                    .mentions
                    .iter()
                    .filter(|x| x.span.start < t.span.end && t.span.start < x.span.end)
                    .map(|x| format!("{:?} {:?}", doc.slice(x.span), doc.entity(x.entity).kind))
                    .collect();
                println!("{}: {:?} typed {:?}, output {:?}", g.name, doc.slice(t.span), want, got);
            }
        }
    }
    println!("{lost} of {total} rightly typed names lost on the way to the output");
}
