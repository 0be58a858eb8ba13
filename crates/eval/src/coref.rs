//! Coreference on GUM: MUC and B³ over the gold mentions dyad also found.

use crate::gum::{read_conllu, GumDoc};
use crate::{files, read, Annotator, EvalError, Prf, Report};
use dyad_core::{Document, Meta};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// Reads GUM CoNLL-U documents under `paths`.
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<GumDoc>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| p.to_string_lossy().ends_with(".conllu"))? {
        out.extend(read_conllu(&p.display().to_string(), &read(&p)?)?);
    }
    Ok(out)
}

fn muc(key: &[Vec<usize>], resp_of: &HashMap<usize, usize>) -> (f64, f64) {
    // sum over key chains of |k| - partitions(k) against the response, and |k| - 1
    let (mut num, mut den) = (0.0, 0.0);
    for k in key {
        if k.is_empty() {
            continue;
        }
        let parts: HashSet<usize> = k.iter().map(|m| resp_of.get(m).copied().unwrap_or(usize::MAX - m)).collect();
        num += (k.len() - parts.len()) as f64;
        den += (k.len() - 1) as f64;
    }
    (num, den)
}

/// Scores coreference: MUC (headline `overall`) and B³ (in `extra`), with coverage.
pub fn score(docs: &[GumDoc], ann: &dyn Annotator, errors: usize) -> Report {
    let (mut mr_n, mut mr_d, mut mp_n, mut mp_d) = (0.0, 0.0, 0.0, 0.0);
    let (mut b_p, mut b_r, mut b_n) = (0.0, 0.0, 0usize);
    let (mut matched_total, mut gold_total) = (0usize, 0usize);
    let mut misses = Vec::new();
    for g in docs {
        let doc = ann.annotate(Document::new(g.ner.text.clone(), Meta { id: Some(g.ner.name.clone()), ..Meta::default() }));
        let by_span: HashMap<(usize, usize), usize> = doc.mentions.iter().map(|m| ((m.span.start, m.span.end), m.entity.index())).collect();
        let mut used: HashSet<(usize, usize)> = HashSet::new();
        // matched gold mention index -> (chain, entity)
        let mut matched: Vec<(String, usize)> = Vec::new();
        gold_total += g.mentions.len();
        for m in &g.mentions {
            let cands = std::iter::once(m.span).chain(m.alternatives.iter().copied());
            if let Some(s) = cands.filter(|s| !used.contains(s)).find(|s| by_span.contains_key(s)) {
                used.insert(s);
                matched.push((m.chain.clone(), by_span[&s]));
            } else if misses.len() < errors && m.named {
                misses.push(format!("{}: no mention for “{}”", g.ner.name, &g.ner.text[m.span.0..m.span.1]));
            }
        }
        matched_total += matched.len();
        let mut key: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut resp: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, (c, e)) in matched.iter().enumerate() {
            key.entry(c.as_str()).or_default().push(i);
            resp.entry(*e).or_default().push(i);
        }
        let key_of: HashMap<usize, usize> = key.values().enumerate().flat_map(|(ci, v)| v.iter().map(move |m| (*m, ci))).collect();
        let resp_of: HashMap<usize, usize> = matched.iter().enumerate().map(|(i, (_, e))| (i, *e)).collect();
        let key_chains: Vec<Vec<usize>> = key.values().cloned().collect();
        let resp_chains: Vec<Vec<usize>> = resp.values().cloned().collect();
        let (n, d) = muc(&key_chains, &resp_of);
        mr_n += n;
        mr_d += d;
        let (n, d) = muc(&resp_chains, &key_of);
        mp_n += n;
        mp_d += d;
        for i in 0..matched.len() {
            let k: HashSet<usize> = key[matched[i].0.as_str()].iter().copied().collect();
            let r: HashSet<usize> = resp[&matched[i].1].iter().copied().collect();
            let both = k.intersection(&r).count() as f64;
            b_p += both / r.len() as f64;
            b_r += both / k.len() as f64;
            b_n += 1;
        }
    }
    let p = if mp_d > 0.0 { mp_n / mp_d } else { 0.0 };
    let r = if mr_d > 0.0 { mr_n / mr_d } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let mut rep = Report { task: "coref (MUC; B³ in extra)".into(), documents: docs.len(), errors: misses, ..Report::default() };
    rep.overall = Prf { precision: p, recall: r, f1: f, tp: 0, fp: 0, fn_: 0 };
    let bp = if b_n > 0 { b_p / b_n as f64 } else { 0.0 };
    let br = if b_n > 0 { b_r / b_n as f64 } else { 0.0 };
    rep.extra.insert("b3_precision".into(), bp);
    rep.extra.insert("b3_recall".into(), br);
    rep.extra.insert("b3_f1".into(), if bp + br > 0.0 { 2.0 * bp * br / (bp + br) } else { 0.0 });
    rep.extra.insert("coverage".into(), if gold_total > 0 { matched_total as f64 / gold_total as f64 } else { 0.0 });
    rep
}
