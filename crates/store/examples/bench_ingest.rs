//! Measures store ingest alone on synthetic ~2.3 KB articles:
//! `cargo run -p dyad-store --release --example bench_ingest -- [ARTICLES] [BATCH] [DB]`
//! (defaults: 20000 articles, batches of 256, a fresh file in a temporary directory).

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let batch: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(256);
    let dir = tempfile::tempdir()?;
    let path = args.get(2).map(std::path::PathBuf::from).unwrap_or_else(|| dir.path().join("bench.db"));
    let batches = synth::batches(0, n, batch);
    let bytes: usize = batches.iter().flatten().map(|d| d.text.len()).sum();
    let mentions: usize = batches.iter().flatten().map(|d| d.mentions.len()).sum();
    let mut store = dyad_store::Store::open(&path)?;
    let t = Instant::now();
    let mut inserted = 0;
    for b in &batches {
        inserted += store.ingest_batch(b)?.inserted;
    }
    let secs = t.elapsed().as_secs_f64();
    let c = store.counts()?;
    let t2 = Instant::now();
    let again: usize = batches.iter().map(|b| store.ingest_batch(b).map(|s| s.skipped)).sum::<Result<_, _>>()?;
    let secs2 = t2.elapsed().as_secs_f64();
    drop(store);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "{inserted} articles ({:.0} bytes, {:.1} mentions each) in {secs:.2}s: {:.0} articles/s; \
         {} actors, {} mentions, {} quotes, {} events; database {:.1} MB; re-ingest (all skipped: {again}) {:.0} articles/s",
        bytes as f64 / n.max(1) as f64,
        mentions as f64 / n.max(1) as f64,
        inserted as f64 / secs,
        c.actors,
        c.mentions,
        c.quotes,
        c.events,
        size as f64 / 1e6,
        again as f64 / secs2
    );
    Ok(())
}
