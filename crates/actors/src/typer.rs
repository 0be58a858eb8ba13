//! A learned second opinion on what an unknown name is: person, place,
//! organisation or none of these.
//!
//! The name-shape rules ([`crate::shape`]) find runs of capitalised words and
//! guess a type from a few strong cues (a given name, an organisation word, a
//! locative preposition). Many names carry no such cue, and a cue can mislead
//! ("in Moran" is a court case, not a place). The typer weighs the rule's
//! guess together with the words of the name, their endings and shapes, the
//! words around it and what the knowledge base knows of each word, with a
//! multi-class linear model (an averaged perceptron over hashed features).
//!
//! The weights ship in `data/typer.bin`, trained on the GUM training
//! documents only (see `data/TYPER.md` for provenance and the command that
//! reproduces them); the file format is read by [`Typer::load`] and written
//! by [`Model::to_bytes`]. Feature extraction is shared by training and
//! inference, so the two cannot drift apart.

use crate::shape::NameLabel;
use crate::util::{is_cap, sentence_initial, tok, Lookups};
use dyad_core::Document;
use dyad_kb::Kb;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The labels, in the model's class order.
pub const LABELS: [NameLabel; 4] = [NameLabel::Person, NameLabel::Location, NameLabel::Organization, NameLabel::Misc];

/// Index of a label in [`LABELS`].
pub fn class_of(label: NameLabel) -> usize {
    LABELS.iter().position(|l| *l == label).unwrap_or(3)
}

const MAGIC: &[u8; 4] = b"DYTY";
const FORMAT: u32 = 1;

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TyperError {
    /// Not a typer model, or a version this build cannot read.
    #[error("not a dyad typer model (format {0})")]
    Format(String),
    /// The file ends early.
    #[error("typer model truncated at byte {0}")]
    Truncated(usize),
}

/// Feature weights: sorted feature hashes and one weight per class, with an
/// open-addressing index over the hashes for look-ups.
#[derive(Clone, Debug, Default)]
pub struct Model {
    keys: Vec<u64>,
    weights: Vec<[f32; 4]>,
    /// Slot → 1 + index into `keys` (0: empty); the slot is the hash's low bits.
    slots: Vec<u32>,
}

fn index(keys: &[u64]) -> Vec<u32> {
    let cap = (keys.len() * 2).next_power_of_two().max(16);
    let mask = cap - 1;
    let mut slots = vec![0u32; cap];
    for (i, k) in keys.iter().enumerate() {
        let mut s = (*k as usize) & mask;
        while slots[s] != 0 {
            s = (s + 1) & mask;
        }
        slots[s] = i as u32 + 1;
    }
    slots
}

impl Model {
    /// A model from (feature hash, weights) pairs in any order.
    pub fn from_pairs(mut pairs: Vec<(u64, [f32; 4])>) -> Model {
        pairs.sort_by_key(|p| p.0);
        pairs.dedup_by_key(|p| p.0);
        let keys: Vec<u64> = pairs.iter().map(|p| p.0).collect();
        Model { slots: index(&keys), keys, weights: pairs.iter().map(|p| p.1).collect() }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the model has no features.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Class scores for a set of feature hashes.
    pub fn scores(&self, feats: &[u64]) -> [f32; 4] {
        let mut s = [0.0; 4];
        if self.keys.is_empty() {
            return s;
        }
        let mask = self.slots.len() - 1;
        for f in feats {
            let mut slot = (*f as usize) & mask;
            loop {
                let i = self.slots[slot];
                if i == 0 {
                    break;
                }
                if self.keys[i as usize - 1] == *f {
                    for (c, w) in self.weights[i as usize - 1].iter().enumerate() {
                        s[c] += w;
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        s
    }

    /// The file form: magic, format, count, then per feature its hash and
    /// four weights quantised to i16 with one scale for the whole model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.weights.iter().flatten().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / i16::MAX as f32;
        let mut out = Vec::with_capacity(16 + self.keys.len() * 16);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for (k, w) in self.keys.iter().zip(&self.weights) {
            out.extend_from_slice(&k.to_le_bytes());
            for x in w {
                out.extend_from_slice(&((x / scale).round() as i16).to_le_bytes());
            }
        }
        out
    }

    /// Reads the file form written by [`Model::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<Model, TyperError> {
        fn take<const N: usize>(b: &[u8], at: usize) -> Result<[u8; N], TyperError> {
            b.get(at..at + N).and_then(|s| s.try_into().ok()).ok_or(TyperError::Truncated(b.len()))
        }
        if &take::<4>(b, 0)? != MAGIC {
            return Err(TyperError::Format("bad magic".into()));
        }
        let u32_at = |at: usize| take::<4>(b, at).map(u32::from_le_bytes);
        let format = u32_at(4)?;
        if format != FORMAT {
            return Err(TyperError::Format(format.to_string()));
        }
        let n = u32_at(8)? as usize;
        let scale = f32::from_le_bytes(take::<4>(b, 12)?);
        let mut keys = Vec::with_capacity(n);
        let mut weights = Vec::with_capacity(n);
        let mut at = 16;
        for _ in 0..n {
            keys.push(u64::from_le_bytes(take::<8>(b, at)?));
            let mut w = [0f32; 4];
            for (c, x) in w.iter_mut().enumerate() {
                *x = i16::from_le_bytes(take::<2>(b, at + 8 + 2 * c)?) as f32 * scale;
            }
            weights.push(w);
            at += 16;
        }
        if keys.windows(2).any(|p| p[0] >= p[1]) {
            return Err(TyperError::Format("unsorted features".into()));
        }
        Ok(Model { slots: index(&keys), keys, weights })
    }
}

/// The typer: a model and the feature extractor.
#[derive(Debug)]
pub struct Typer {
    model: Model,
}

static BUILTIN: OnceLock<Typer> = OnceLock::new();

impl Typer {
    /// The shipped model (parsed once).
    pub fn builtin() -> &'static Typer {
        // a damaged shipped file leaves the rules to decide alone (an empty model types nothing);
        // the crate's tests check that the shipped model loads with weights
        BUILTIN.get_or_init(|| Typer::load(include_bytes!("../data/typer.bin")).unwrap_or_else(|_| Typer::with_model(Model::default())))
    }

    /// A typer from a model file's bytes.
    pub fn load(bytes: &[u8]) -> Result<Typer, TyperError> {
        Ok(Typer { model: Model::from_bytes(bytes)? })
    }

    /// A typer around a model (for training and tests).
    pub fn with_model(model: Model) -> Typer {
        Typer { model }
    }

    /// Number of weighted features in the model.
    pub fn len(&self) -> usize {
        self.model.len()
    }

    /// True when the model has no weights (the rules then decide alone).
    pub fn is_empty(&self) -> bool {
        self.model.is_empty()
    }

    /// Class scores for the name over tokens `a..b`, whose rule guess is `rule`.
    pub fn scores(&self, doc: &Document, kb: &Kb, ev: &DocEvidence, a: usize, b: usize, rule: NameLabel) -> [f32; 4] {
        let mut feats = Vec::with_capacity(64);
        features(doc, kb, ev, a, b, rule, &mut feats);
        self.model.scores(&feats)
    }
}

/// What the typer reads once per document: per token its lower-case form
/// and shape (as hashes), what the knowledge base calls it and whether it is
/// part of a title; and what the whole document says of each name's last
/// word — whether it is anywhere written after a title or honorific ("Mr.
/// Harrison"), after a given name ("Ruth Harrison"), after "the", after a
/// locative preposition ("in Harrison"), before a possessive or before a
/// speech verb. A name the document treats as a person in one sentence is
/// likely one in the next.
#[derive(Debug, Default)]
pub struct DocEvidence {
    low: Vec<u64>,
    shape: Vec<u64>,
    kb_kind: Vec<u8>,
    title: Vec<bool>,
    by_last: HashMap<u64, u8>,
}

const EV_TITLE: u8 = 1;
const EV_GIVEN: u8 = 2;
const EV_THE: u8 = 4;
const EV_LOC: u8 = 8;
const EV_POSS: u8 = 16;
const EV_SAID: u8 = 32;
const EV_NAMES: [(u8, &str); 6] =
    [(EV_TITLE, "title"), (EV_GIVEN, "given"), (EV_THE, "the"), (EV_LOC, "loc"), (EV_POSS, "poss"), (EV_SAID, "said")];
const KB_KINDS: [&str; 6] = ["", "state", "place", "person", "org", "other"];

impl DocEvidence {
    /// Reads `doc` (through the text stage) with the names found in it, given as token ranges.
    pub fn new(doc: &Document, kb: &Kb, names: impl IntoIterator<Item = (usize, usize)>) -> DocEvidence {
        DocEvidence::with_lookups(doc, kb, &Lookups::new(doc, kb), names)
    }

    /// [`DocEvidence::new`] with the document's knowledge-base look-ups already made.
    pub fn with_lookups(
        doc: &Document,
        kb: &Kb,
        lk: &Lookups,
        names: impl IntoIterator<Item = (usize, usize)>,
    ) -> DocEvidence {
        let n = doc.tokens.len();
        let low: Vec<u64> = (0..n).map(|k| hash_lower(tok(doc, k))).collect();
        let shape: Vec<u64> = (0..n).map(|k| hash_shape(tok(doc, k))).collect();
        let mut kb_kind = vec![0u8; n];
        for m in &lk.gaz {
            let r = doc.token_range(m.span);
            if r.len() == 1 && doc.tokens[r.start].span == m.span && kb_kind[r.start] == 0 {
                kb_kind[r.start] = match kb.entry(m.entry).kind {
                    dyad_core::EntityKind::State => 1,
                    dyad_core::EntityKind::Place => 2,
                    dyad_core::EntityKind::Person => 3,
                    dyad_core::EntityKind::Organization => 4,
                    _ => 5,
                };
            }
        }
        let title = lk.title_tok.clone();
        let mut by_last: HashMap<u64, u8> = HashMap::new();
        for (a, b) in names {
            let mut f = 0u8;
            if a > 0 {
                let prev = tok(doc, a - 1);
                if kb.honorific(prev) || title[a - 1] {
                    f |= EV_TITLE;
                }
                if matches!(prev, "the" | "The") {
                    f |= EV_THE;
                }
                if matches!(prev, "in" | "at" | "from" | "near" | "to" | "into") {
                    f |= EV_LOC;
                }
            }
            if b - a >= 2 && kb.given_name(tok(doc, a)).is_some_and(|p| p >= 0.5) {
                f |= EV_GIVEN;
            }
            if b < n {
                let next = tok(doc, b);
                if crate::util::is_possessive(next) {
                    f |= EV_POSS;
                }
                if matches!(next, "said" | "says" | "told" | "added" | "wrote" | "argued") {
                    f |= EV_SAID;
                }
            }
            *by_last.entry(low[b - 1]).or_default() |= f;
        }
        DocEvidence { low, shape, kb_kind, title, by_last }
    }
}

/// The best class and its margin over the runner-up.
pub fn best(scores: &[f32; 4]) -> (usize, f32) {
    let mut order = [0usize, 1, 2, 3];
    order.sort_by(|x, y| scores[*y].total_cmp(&scores[*x]));
    (order[0], scores[order[0]] - scores[order[1]])
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// A stable 64-bit hash (FNV-1a): the same on every build and platform, so
/// shipped weights keep their meaning.
fn hash_str(s: &str) -> u64 {
    fnv_bytes(FNV_OFFSET, s.as_bytes())
}

/// The hash of a word in lower case, without building the lower-case string.
fn hash_lower(w: &str) -> u64 {
    if w.is_ascii() {
        let mut h = FNV_OFFSET;
        for b in w.bytes() {
            h ^= b.to_ascii_lowercase() as u64;
            h = h.wrapping_mul(FNV_PRIME);
        }
        return h;
    }
    let mut h = FNV_OFFSET;
    let mut buf = [0u8; 4];
    for c in w.chars().flat_map(char::to_lowercase) {
        h = fnv_bytes(h, c.encode_utf8(&mut buf).as_bytes());
    }
    h
}

/// The hash of the last `n` characters of a word, in lower case.
fn hash_suffix(w: &str, n: usize) -> u64 {
    let start = w.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    hash_lower(&w[start..])
}

/// The hash of a word's shape: capitals as X, lower case as x, digits as d, runs shortened to two.
fn hash_shape(w: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut last = ' ';
    let mut run = 0;
    let mut buf = [0u8; 4];
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
        }
        last = k;
        h = fnv_bytes(h, k.encode_utf8(&mut buf).as_bytes());
    }
    h
}

/// A feature: its kind and up to two values, each already a hash.
fn feat(kind: &str, a: u64, b: u64) -> u64 {
    let h = fnv_bytes(hash_str(kind), &a.to_le_bytes());
    fnv_bytes(h, &b.to_le_bytes())
}

fn rule_name(rule: NameLabel) -> &'static str {
    match rule {
        NameLabel::Person => "Person",
        NameLabel::Location => "Location",
        NameLabel::Organization => "Organization",
        NameLabel::Misc => "Misc",
    }
}

/// The features of the name over tokens `a..b` (rule guess `rule`), as hashes.
pub fn features(doc: &Document, kb: &Kb, ev: &DocEvidence, a: usize, b: usize, rule: NameLabel, out: &mut Vec<u64>) {
    let n = doc.tokens.len();
    let first = tok(doc, a);
    let last = tok(doc, b - 1);
    let count = b - a;
    let rule_h = hash_str(rule_name(rule));
    let len_h = hash_str(match count {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4+",
    });
    let none = hash_str("<none>");
    out.push(feat("bias", 0, 0));
    out.push(feat("rule", rule_h, 0));
    out.push(feat("len", len_h, 0));
    out.push(feat("rule+len", rule_h, len_h));
    for k in a..b {
        out.push(feat("w", ev.low[k], 0));
        out.push(feat("shape", ev.shape[k], 0));
        if let Some(kind) = KB_KINDS.get(ev.kb_kind[k] as usize).filter(|_| ev.kb_kind[k] > 0) {
            out.push(feat("kbword", hash_str(kind), 0));
        }
    }
    out.push(feat("first", ev.low[a], 0));
    out.push(feat("last", ev.low[b - 1], 0));
    out.push(feat("last3", hash_suffix(last, 3), 0));
    out.push(feat("last4", hash_suffix(last, 4), 0));
    out.push(feat("first3", hash_suffix(first, 3), 0));
    out.push(feat("lastshape", ev.shape[b - 1], 0));
    if count == 1 {
        out.push(feat("only", ev.low[a], 0));
    }
    // knowledge-base hints on the words
    if let Some(p) = kb.given_name(first) {
        out.push(feat("given", hash_str(if p >= 0.5 { "likely" } else { "maybe" }), 0));
    }
    if kb.surname(last) {
        out.push(feat(if count > 1 { "surname-last" } else { "surname-only" }, 0, 0));
    }
    if crate::shape::non_person_word(kb, last) {
        out.push(feat("nonperson-last", 0, 0));
    }
    // words that known bodies' or places' names use
    for k in a..b {
        let w = tok(doc, k);
        let last_one = k + 1 == b;
        if kb.org_word(w) {
            out.push(feat(if last_one { "kbw-org-last" } else { "kbw-org" }, 0, 0));
        }
        if kb.place_word(w) {
            out.push(feat(if last_one { "kbw-place-last" } else { "kbw-place" }, 0, 0));
        }
    }
    // the name of some town or region somewhere (evidence, not identity: "Clinton", "Victoria")
    let whole = &doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end];
    let geo = kb.populated_place(whole);
    if geo {
        out.push(feat("geo", len_h, 0));
        out.push(feat("geo+p1", if a > 0 { ev.low[a - 1] } else { none }, 0));
        if kb.given_name(first).is_some() {
            out.push(feat("geo+given", 0, 0));
        }
    } else if count > 1 {
        if kb.populated_place(first) {
            out.push(feat("geo-first", 0, 0));
        }
        if kb.populated_place(last) {
            out.push(feat("geo-last", 0, 0));
        }
    }
    // context
    let at = |k: isize| -> u64 {
        let i = if k < 0 { a as isize + k } else { b as isize - 1 + k };
        if i < 0 || i as usize >= n {
            none
        } else {
            ev.low[i as usize]
        }
    };
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    out.push(feat("p1", p1, 0));
    out.push(feat("p2", p2, 0));
    out.push(feat("p2p1", p2, p1));
    out.push(feat("n1", n1, 0));
    out.push(feat("n2", n2, 0));
    out.push(feat("n1n2", n1, n2));
    out.push(feat("p1+rule", p1, rule_h));
    out.push(feat("n1+rule", n1, rule_h));
    if a > 0 {
        out.push(feat("p1shape", ev.shape[a - 1], 0));
        if kb.honorific(tok(doc, a - 1)) {
            out.push(feat("honorific-before", 0, 0));
        }
        if ev.title[a - 1] {
            out.push(feat("title-before", 0, 0));
        }
        if a > 1 && is_cap(doc, a - 2) {
            out.push(feat("cap-before", 0, 0));
        }
    }
    if b < n {
        out.push(feat("n1shape", ev.shape[b], 0));
        // "X, the country's deputy foreign minister,": a title in apposition
        if tok(doc, b) == "," {
            let mut k = b + 1;
            while k < n && k < b + 8 && !matches!(tok(doc, k), "," | "." | ";" | ":") {
                if ev.title[k] {
                    out.push(feat("appos-title", hash_str(if k <= b + 4 { "near" } else { "far" }), 0));
                    break;
                }
                k += 1;
            }
        }
        if b + 1 < n && tok(doc, b) == "," && ev.kb_kind[b + 1] > 0 {
            out.push(feat("comma-then-kb", hash_str(KB_KINDS[ev.kb_kind[b + 1] as usize]), 0));
        }
    }
    // the topic around the name: words within four tokens either side
    for k in (a.saturating_sub(4)..a).chain(b..(b + 4).min(n)) {
        if tok(doc, k).chars().any(|c| c.is_alphabetic()) {
            out.push(feat("win", ev.low[k], 0));
        }
    }
    for k in a..b - 1 {
        out.push(feat("inner3", hash_suffix(tok(doc, k), 3), 0));
    }
    if let Some(f) = ev.by_last.get(&ev.low[b - 1]) {
        for (bit, name) in EV_NAMES {
            if f & bit != 0 {
                out.push(feat("doc", hash_str(name), 0));
            }
        }
    }
    if sentence_initial(doc, a) {
        out.push(feat("sent-initial", len_h, 0));
    }
    if (a..b).all(|k| tok(doc, k).chars().all(|c| !c.is_lowercase())) {
        out.push(feat("all-caps", len_h, 0));
    }
    if (a..b).any(|k| tok(doc, k).chars().any(|c| c.is_ascii_digit())) {
        out.push(feat("digit", 0, 0));
    }
}
