//! Scores a saved `dyad annotate` run on GUM with this crate's re-implementation
//! of the reference scorer, to check that both agree.
//!
//! `cargo run -p dyad-eval --example score_saved_gum -- GUM_DIR OUTPUT.jsonl`

use dyad_core::wire::WireDoc;
use dyad_eval::gum;
use std::collections::HashMap;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, saved] = args.as_slice() else {
        return Err("usage: score_saved_gum GUM_DIR OUTPUT.jsonl".into());
    };
    let docs = dyad_eval::coref::read_paths(&[PathBuf::from(dir)])?;
    let mut out: HashMap<String, WireDoc> = HashMap::new();
    for line in std::fs::read_to_string(saved)?.lines().filter(|l| !l.trim().is_empty()) {
        let w: WireDoc = serde_json::from_str(line)?;
        out.insert(w.id.clone(), w);
    }
    let (mut total, mut misses) = (gum::Counts::default(), gum::Misses::default());
    for d in &docs {
        let (pred, bad, changed) = match out.get(&d.name) {
            Some(w) => {
                let (p, b) = gum::predictions_wire(w);
                (p, b, w.text != d.text)
            }
            None => (Vec::new(), 0, false),
        };
        gum::score_doc(d, &pred, bad, changed, &mut total, &mut misses);
    }
    for (k, v) in gum::figures(&total) {
        println!("{k} {v:.6}");
    }
    for (k, v) in &total.0 {
        println!("count {k} {v}");
    }
    Ok(())
}
