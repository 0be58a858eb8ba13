//! Prints how long parsing and compiling the built-in knowledge base takes, and a matching rate.
//!
//! Run: `cargo run --release -p dyad-kb --example load [-- --load-only]`

use std::time::Instant;

fn main() {
    let t = Instant::now();
    let kb = dyad_kb::Kb::builtin();
    let load = t.elapsed();
    println!("built-in KB: {} entries, loaded in {:.1} ms", kb.entries().len(), load.as_secs_f64() * 1e3);
    // (`--load-only`: stop here, for profiling the load alone)
    if std::env::args().any(|a| a == "--load-only") {
        return;
    }

    let para = "The U.S. Embassy in Baku said the Azerbaijani MFA and Russia's Defence Ministry met \
                NATO and EU envoys in Brussels, while the Kremlin and Tehran kept silent on Karabakh. ";
    let text = para.repeat(20_000);
    let words = text.split_whitespace().count();
    let t = Instant::now();
    let hits = kb.find(&text).len() + kb.titles(&text).len() + kb.institution_nouns(&text).len();
    let s = t.elapsed().as_secs_f64();
    println!("find+titles+nouns: {hits} hits over {words} words in {:.1} ms = {:.0} words/s", s * 1e3, words as f64 / s);
}
