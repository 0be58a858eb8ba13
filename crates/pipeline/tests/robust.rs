//! No text makes the pipeline panic or produce spans that do not slice the
//! text: hand-picked odd inputs and a deterministic stream of random ones.

use dyad_core::{Document, Meta};

fn check(text: &str) {
    let p = dyad_pipeline::default_pipeline(&dyad_pipeline::Config::default()).unwrap();
    let meta = Meta { published: chrono_like(), ..Meta::default() };
    let mut d = Document::new(text, meta);
    p.run(&mut d).unwrap();
    if let Err(e) = d.validate() {
        panic!("invalid spans for {text:?}: {e}");
    }
    // the wire form must serialize and every span must slice the text
    let line = dyad_core::wire::to_json_line(&d);
    assert!(line.starts_with('{'));
}

fn chrono_like() -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2025, 2, 28)
}

#[test]
fn odd_inputs() {
    for t in [
        "",
        "“",
        "”",
        "“““ ””” ‘’ «» „“ 「」",
        "\"He said \"she said \"they said\"",
        "U.S.-U.K.-U.A.E.-",
        "’s ’s ’s",
        "President President President President",
        "the the the said said said that that",
        "According to",
        "according to ,",
        "Mr. Mr. Mr.",
        "AAAA BBBB CCCC DDDD EEEE FFFF GGGG",
        "On Monday on Tuesday January 7 this year last October in 9999 the 0000 ceasefire",
        "12345678901234567890 2,225.50 1st 2nd 3rd",
        "\u{fffd}\u{fffd}\u{0}\u{1}\t\r\n\n\n",
        "Baku’s Baku’s “Baku’s” Baku",
        "The editor pointed out. He concluded. She added. They said.",
        "“Unclosed quote\n\n“Another unclosed\n\n“And a third",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ελλάδα Россия 中国 العراق",
    ] {
        check(t);
    }
}

#[test]
fn random_texts() {
    let pieces = [
        "Azerbaijan", "Baku", "“", "”", "\"", "’s", " said", " that ", ", ", ". ", "\n\n", "the editor", " he ",
        "Putin", "Steve Witkoff", "agreed to", "refused to", "may", "will", "not", "visit", "sanctions on",
        "January 7", "U.S.", "-", "according to", "MFA", "President", "Mr.", "«", "»", "‘", "’", "é", "中", "1999",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        let mut t = String::new();
        let n = (seed % 40) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        check(&t);
        seed = seed.wrapping_add(1);
    }
}
