//! Measures the text stage alone: `cargo run -p dyad-text --release --example throughput -- FILE...`
use dyad_core::{Document, Stage};

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read(&p).ok().map(|b| String::from_utf8_lossy(&b).into_owned()))
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let t = std::time::Instant::now();
    let mut tokens = 0;
    let mut sentences = 0;
    for text in &texts {
        let mut d = Document::from_text(text.clone());
        dyad_text::TextStage.process(&mut d).unwrap();
        tokens += d.tokens.len();
        sentences += d.sentences.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} docs, {:.2} MB, {} tokens, {} sentences in {:.3}s: {:.1} MB/s, {:.0} tokens/s",
        texts.len(),
        bytes as f64 / 1e6,
        tokens,
        sentences,
        s,
        bytes as f64 / 1e6 / s,
        tokens as f64 / s
    );
}
