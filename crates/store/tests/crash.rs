//! Crash safety: a child process ingesting many batches is killed (SIGKILL)
//! mid-way, several times; the file stays sound, holds whole batches only,
//! and a final run completes it to exactly what one uninterrupted run stores.

mod synth;

use dyad_store::Store;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Set in the child: the database path to ingest into.
const CHILD: &str = "DYAD_STORE_CRASH_CHILD";
const TOTAL: u64 = 1600;
const BATCH: usize = 40;

/// Ingests every batch, printing `batch <i>` after each commit.
fn ingest_all(path: &Path) {
    let mut s = Store::open(path).unwrap();
    for (i, b) in synth::batches(0, TOTAL, BATCH).iter().enumerate() {
        s.ingest_batch(b).unwrap();
        println!("batch {i}");
    }
}

/// The child's entry point; does nothing in a normal test run.
#[test]
fn crash_child() {
    if let Ok(p) = std::env::var(CHILD) {
        ingest_all(Path::new(&p));
    }
}

/// Table counts, each actor's (name, country, mentions, documents), and one
/// relation timeline's (period, direction, asserted, events).
type Fingerprint = (Vec<usize>, Vec<(String, Option<String>, i64, i64)>, Vec<(String, String, bool, i64)>);

/// Everything a run leaves in the store, summed up.
fn fingerprint(s: &Store) -> Fingerprint {
    let c = s.counts().unwrap();
    let counts = vec![c.documents, c.actors, c.mentions, c.quotes, c.events];
    let mut actors: Vec<_> =
        s.actors(None, None, 100_000).unwrap().into_iter().map(|a| (a.name, a.country, a.mentions, a.documents)).collect();
    actors.sort();
    let r = s.relations("Norway", "Chile", dyad_store::Period::Year).unwrap();
    let rel = r.rows.into_iter().map(|x| (x.period, x.direction, x.asserted, x.events)).collect();
    (counts, actors, rel)
}

#[test]
fn killing_the_writer_loses_at_most_the_batch_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    let exe = std::env::current_exe().unwrap();
    let mut stored_before = 0;
    for round in 0..3u64 {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        // wait until some batches are committed, then kill at an odd moment
        let want = 3 + 4 * round as usize;
        let mut seen = 0;
        for line in BufReader::new(out).lines() {
            if line.unwrap().starts_with("batch ") {
                seen += 1;
                if seen >= want {
                    break;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(7 * round + 3));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "the child finished before it was killed; raise TOTAL");
        let s = Store::open(&path).unwrap();
        s.integrity_check().unwrap();
        let docs = s.counts().unwrap().documents;
        assert_eq!(docs % BATCH, 0, "round {round}: a partial batch was stored ({docs} documents)");
        assert!(docs >= seen * BATCH, "round {round}: {docs} documents, {seen} batches reported committed");
        assert!(docs >= stored_before && docs < TOTAL as usize, "round {round}: {docs}");
        stored_before = docs;
    }
    // the rerun completes the work; the result equals one uninterrupted run
    ingest_all(&path);
    let s = Store::open(&path).unwrap();
    s.integrity_check().unwrap();
    let mut reference = Store::open_in_memory().unwrap();
    for b in synth::batches(0, TOTAL, BATCH) {
        reference.ingest_batch(&b).unwrap();
    }
    assert_eq!(s.counts().unwrap().documents, TOTAL as usize);
    let (f, r) = (fingerprint(&s), fingerprint(&reference));
    assert!(f.1.len() > 100 && !f.2.is_empty(), "the cast is too small to test anything: {f:?}");
    assert_eq!(f, r);
}
