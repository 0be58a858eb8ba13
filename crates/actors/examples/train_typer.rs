//! Trains the name typer (`crates/actors/data/typer.bin`) on GUM training
//! documents.
//!
//! ```text
//! cargo run --release -p dyad-actors --example train_typer -- \
//!     --gum ../shared/data/gum/train/conllu --out crates/actors/data/typer.bin
//! ```
//!
//! Every capitalised name the shape rules find in a training document is an
//! example. Its label is the type of the GUM named mention (person, place,
//! organisation) whose accepted span it matches exactly, "none" when it
//! matches no named mention, and it is left out when it matches a mention the
//! reference scorer does not count either way. Training is deterministic: a
//! fixed number of epochs over a fixed, seeded order.

use dyad_actors::shape::{rule_spans, NameLabel};
use dyad_actors::typer::{best, class_of, features, DocEvidence, Model};
use dyad_core::{Document, Stage};
use dyad_eval::gum::read_conllu;
use dyad_eval::ner::{read_conll, ConllDoc};
use dyad_kb::Kb;
use std::collections::HashMap;
use std::path::PathBuf;

struct Example {
    feats: Vec<u64>,
    gold: usize,
    rule: usize,
}

fn label_of(etype: &str) -> Option<NameLabel> {
    match etype {
        "person" => Some(NameLabel::Person),
        "place" => Some(NameLabel::Location),
        "organization" => Some(NameLabel::Organization),
        _ => None,
    }
}

/// The `.conll` files under `dir`, in a fixed order.
fn conll_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())).flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "conll") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Examples from one re3d document. re3d spans often include a determiner,
/// a title or other lower-case words before the name ("the Kurdish YPG",
/// "U.S. service members"); a shape name is labelled with the gold type
/// when it ends the gold span and only lower-case words or titles precede
/// it there, "none" when it lies outside every gold span, and is left out
/// otherwise.
fn re3d_examples(kb: &Kb, g: &ConllDoc, into: &mut Vec<Example>) {
    let mut doc = Document::from_text(g.text.clone());
    dyad_text::TextStage.process(&mut doc).expect("text stage");
    let spans = rule_spans(&doc, kb);
    let ev = DocEvidence::new(&doc, kb, spans.iter().map(|s| (s.start_tok, s.end_tok)));
    for s in spans {
        let inside: Vec<&(usize, usize, String)> =
            g.spans.iter().filter(|(a, b, _)| *a < s.span.end && s.span.start < *b).collect();
        let label = match inside.as_slice() {
            [] => class_of(NameLabel::Misc),
            [(a, b, t)] if *b == s.span.end && *a <= s.span.start => {
                let before = &g.text[*a..s.span.start];
                let plain = before.split_whitespace().all(|w| {
                    w.chars().next().is_some_and(|c| c.is_lowercase()) || !kb.titles(w).is_empty()
                });
                let Some(l) = (match t.as_str() {
                    "PER" => Some(NameLabel::Person),
                    "LOC" => Some(NameLabel::Location),
                    "ORG" => Some(NameLabel::Organization),
                    _ => None,
                }) else {
                    continue;
                };
                if !plain {
                    continue;
                }
                class_of(l)
            }
            _ => continue,
        };
        let mut feats = Vec::new();
        features(&doc, kb, &ev, s.start_tok, s.end_tok, s.rule, &mut feats);
        into.push(Example { feats, gold: label, rule: class_of(s.rule) });
    }
}

/// One averaged perceptron over `train`, shuffled each epoch from `seed`.
fn train_once(train: &[Example], epochs: usize, mut seed: u64) -> HashMap<u64, [f32; 4]> {
    let mut w: HashMap<u64, [f32; 4]> = HashMap::new();
    let mut total: HashMap<u64, [f32; 4]> = HashMap::new();
    let mut stamp: HashMap<u64, [u64; 4]> = HashMap::new();
    let mut t: u64 = 0;
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 0..epochs {
        // Fisher-Yates with a fixed linear congruential generator
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = (seed >> 33) as usize % (i + 1);
            order.swap(i, j);
        }
        let mut errors = 0;
        for &i in &order {
            t += 1;
            let e = &train[i];
            let mut s = [0f32; 4];
            for f in &e.feats {
                if let Some(v) = w.get(f) {
                    for c in 0..4 {
                        s[c] += v[c];
                    }
                }
            }
            let (guess, _) = best(&s);
            if guess != e.gold {
                errors += 1;
                for f in &e.feats {
                    let wf = w.entry(*f).or_default();
                    let tf = total.entry(*f).or_default();
                    let sf = stamp.entry(*f).or_default();
                    for (c, delta) in [(e.gold, 1.0f32), (guess, -1.0f32)] {
                        tf[c] += (t - sf[c]) as f32 * wf[c];
                        sf[c] = t;
                        wf[c] += delta;
                    }
                }
            }
        }
        if epoch + 1 == epochs {
            eprintln!("seed {seed:x}: {errors} training errors in the last epoch");
        }
    }
    let mut out = HashMap::new();
    for (f, wf) in &w {
        let tf = total.get(f).copied().unwrap_or_default();
        let sf = stamp.get(f).copied().unwrap_or_default();
        let mut avg = [0f32; 4];
        for c in 0..4 {
            avg[c] = (tf[c] + (t - sf[c]) as f32 * wf[c]) / t as f32;
        }
        out.insert(*f, avg);
    }
    out
}

fn main() {
    let mut gum: Option<PathBuf> = None;
    let mut re3d: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut epochs = 12usize;
    let mut runs = 20usize;
    let mut model_in: Option<PathBuf> = None;
    let mut holdout = 0usize;
    let mut conll: Option<PathBuf> = None;
    let mut fold: Option<(usize, usize)> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gum" => gum = args.next().map(PathBuf::from),
            "--re3d" => re3d = args.next().map(PathBuf::from),
            "--conll" => conll = args.next().map(PathBuf::from),
            "--leave-out" => {
                fold = args.next().and_then(|s| {
                    let (i, k) = s.split_once('/')?;
                    Some((i.parse().ok()?, k.parse().ok()?))
                })
            }
            "--model" => model_in = args.next().map(PathBuf::from),
            "--out" => out = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().and_then(|s| s.parse().ok()).unwrap_or(runs).max(1),
            "--epochs" => epochs = args.next().and_then(|s| s.parse().ok()).unwrap_or(epochs),
            "--holdout" => holdout = args.next().and_then(|s| s.parse().ok()).unwrap_or(0),
            other => {
                eprintln!("unknown argument {other}; usage: --gum DIR [--re3d DIR] [--conll FILE [--leave-out I/K]] --out FILE [--epochs N] [--runs R] [--holdout K] [--model FILE]");
                std::process::exit(2);
            }
        }
    }
    let Some(gum) = gum else {
        eprintln!("--gum DIR (the GUM train conllu folder) is required");
        std::process::exit(2);
    };
    let kb = Kb::builtin();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&gum)
        .unwrap_or_else(|e| panic!("{}: {e}", gum.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let mut train = Vec::new();
    let mut test = Vec::new();
    let (mut gold_named, mut gold_proposed) = (0usize, 0usize);
    for (k, path) in files.iter().enumerate() {
        let content = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let g = read_conllu(&path.display().to_string(), &content).unwrap_or_else(|e| panic!("{e}"));
        let mut doc = Document::from_text(g.text.clone());
        dyad_text::TextStage.process(&mut doc).expect("text stage");
        let mut gold: HashMap<(usize, usize), usize> = HashMap::new();
        let mut skip: Vec<(usize, usize)> = Vec::new();
        for m in &g.mentions {
            let Some(l) = label_of(&m.etype) else { continue };
            if m.scored {
                for s in &m.spans {
                    gold.insert(*s, class_of(l));
                }
            } else if m.dontcare || m.core.is_some() {
                skip.extend(m.spans.iter().copied());
            }
        }
        let into = if holdout > 0 && k % holdout == 0 { &mut test } else { &mut train };
        let spans = rule_spans(&doc, kb);
        for m in g.mentions.iter().filter(|m| m.scored) {
            gold_named += 1;
            if spans.iter().any(|s| m.spans.contains(&(s.span.start, s.span.end))) {
                gold_proposed += 1;
            }
        }
        let ev = DocEvidence::new(&doc, kb, spans.iter().map(|s| (s.start_tok, s.end_tok)));
        for s in spans {
            let key = (s.span.start, s.span.end);
            let label = match gold.get(&key) {
                Some(c) => *c,
                None if skip.contains(&key) => continue,
                None => class_of(NameLabel::Misc),
            };
            let mut feats = Vec::new();
            features(&doc, kb, &ev, s.start_tok, s.end_tok, s.rule, &mut feats);
            into.push(Example { feats, gold: label, rule: class_of(s.rule) });
        }
    }
    let n_gum = files.len();
    eprintln!("GUM named mentions: {gold_named}, of which a shape name has an accepted span: {gold_proposed}");
    let mut n_re3d = 0;
    if let Some(dir) = &re3d {
        for path in conll_files(dir) {
            let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let docs = read_conll(&path.display().to_string(), &content).unwrap_or_else(|e| panic!("{e}"));
            for g in docs {
                n_re3d += 1;
                let into = if holdout > 0 && n_re3d % holdout == 0 { &mut test } else { &mut train };
                re3d_examples(kb, &g, into);
            }
        }
    }
    let mut n_conll = 0;
    if let Some(path) = &conll {
        let content = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let docs = read_conll(&path.display().to_string(), &content).unwrap_or_else(|e| panic!("{e}"));
        for (i, g) in docs.iter().enumerate() {
            // `--leave-out I/K`: the documents whose index is I modulo K are scored, not trained on
            if fold.is_some_and(|(f, k)| i % k == f) {
                continue;
            }
            n_conll += 1;
            re3d_examples(kb, g, &mut train);
        }
    }
    eprintln!(
        "{} training examples, {} held out, from {n_gum} GUM, {n_re3d} re3d and {n_conll} CoNLL documents",
        train.len(),
        test.len()
    );
    let mut counts = [0usize; 4];
    for e in &train {
        counts[e.gold] += 1;
    }
    eprintln!("labels (person, place, organisation, none): {counts:?}");

    // averaged perceptrons from several shuffling seeds, averaged again: one run's weights depend on
    // its order, and a small change of features would otherwise move the figures by noise alone
    let mut sum: HashMap<u64, [f32; 4]> = HashMap::new();
    for run in 0..runs {
        for (f, w) in train_once(&train, epochs, 0x5eed + run as u64) {
            let s = sum.entry(f).or_default();
            for c in 0..4 {
                s[c] += w[c] / runs as f32;
            }
        }
    }
    let pairs: Vec<(u64, [f32; 4])> = sum.into_iter().filter(|(_, w)| w.iter().any(|x| x.abs() >= 1e-3)).collect();
    let model = match &model_in {
        // score a shipped model on the held-out names instead of the one just trained
        Some(p) => Model::from_bytes(&std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
            .unwrap_or_else(|e| panic!("{}: {e}", p.display())),
        None => Model::from_pairs(pairs),
    };
    eprintln!("{} features kept", model.len());
    if !test.is_empty() {
        let (mut ok, mut rule_ok) = (0, 0);
        let mut confusion = [[0usize; 4]; 4];
        for e in &test {
            let guess = best(&model.scores(&e.feats)).0;
            confusion[e.gold][guess] += 1;
            ok += (guess == e.gold) as usize;
            rule_ok += (e.rule == e.gold) as usize;
        }
        eprintln!("confusion (rows gold, columns typer; person, place, organisation, none):");
        for row in confusion {
            eprintln!("  {row:?}");
        }
        eprintln!(
            "held out: typer accuracy {:.3}, rules alone {:.3} ({} names)",
            ok as f64 / test.len() as f64,
            rule_ok as f64 / test.len() as f64,
            test.len()
        );
    }
    if let Some(out) = out {
        let bytes = model.to_bytes();
        std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
        eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
    }
}
