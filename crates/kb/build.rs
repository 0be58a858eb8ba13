//! Compiles GeoNames' 135,000 town names (`data/populated_places.txt`) into the index the knowledge
//! base reads at start-up, so that loading it costs no hashing of the file: records (name hash, list of
//! countries) sorted by hash, the distinct lists of countries, and the last words many names share
//! ("Springs", "Heights"). The file stays the readable source; `PlaceNames` in `src/lib.rs` documents
//! the format and a test checks that the index answers as the file reads.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// The same hash as `fnv1a` in `src/lib.rs` (a test there checks that both agree on every name).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

fn main() {
    let src = "data/populated_places.txt";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let lines = || text.lines().filter(|l| !l.is_empty() && !l.starts_with('#'));

    // name hash → list index, read as `PlaceNames::extend` reads lines: a name given twice gets the
    // countries of both
    let mut lists: Vec<String> = Vec::new();
    let mut interned: HashMap<String, u32> = HashMap::new();
    let mut intern = |lists: &mut Vec<String>, codes: &str| -> u32 {
        *interned.entry(codes.to_string()).or_insert_with(|| {
            lists.push(codes.to_string());
            lists.len() as u32 - 1
        })
    };
    let mut by_hash: HashMap<u64, u32> = HashMap::new();
    let mut last_counts: HashMap<&str, u32> = HashMap::new();
    for line in lines() {
        let (name, codes) = line.split_once('\t').unwrap_or((line, ""));
        let (h, codes) = (fnv1a(name.trim()), codes.trim());
        let i = match by_hash.get(&h) {
            Some(&i) if codes.is_empty() => i,
            Some(&i) if !lists[i as usize].is_empty() => {
                let mut all: Vec<&str> = lists[i as usize].split(';').chain(codes.split(';')).collect();
                all.sort_unstable();
                all.dedup();
                let joined = all.join(";");
                intern(&mut lists, &joined)
            }
            _ => intern(&mut lists, codes),
        };
        by_hash.insert(h, i);
        if let Some((_, last)) = name.rsplit_once(' ') {
            *last_counts.entry(last).or_default() += 1;
        }
    }
    let mut records: Vec<(u64, u32)> = by_hash.into_iter().collect();
    records.sort_unstable();
    let mut table = Vec::with_capacity(records.len() * 12);
    for (h, i) in records {
        table.extend_from_slice(&h.to_le_bytes());
        table.extend_from_slice(&i.to_le_bytes());
    }
    // the last words that many places share ("Springs", "Heights", "Beach"): evidence of a place
    let mut common: Vec<&str> = last_counts.into_iter().filter(|(w, n)| *n >= 25 && w.len() >= 3).map(|(w, _)| w).collect();
    common.sort_unstable();

    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let write = |name: &str, bytes: &[u8]| fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    write("populated_table.bin", &table);
    write("populated_lists.txt", lists.join("\n").as_bytes());
    let mut words = String::new();
    for w in common {
        let _ = writeln!(words, "{w}");
    }
    write("populated_common_last.txt", words.as_bytes());
}
