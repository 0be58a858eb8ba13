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
use crate::util::{is_cap, sentence_initial, tok};
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

/// Feature weights: sorted feature hashes and one weight per class.
#[derive(Clone, Debug, Default)]
pub struct Model {
    keys: Vec<u64>,
    weights: Vec<[f32; 4]>,
}

impl Model {
    /// A model from (feature hash, weights) pairs in any order.
    pub fn from_pairs(mut pairs: Vec<(u64, [f32; 4])>) -> Model {
        pairs.sort_by_key(|p| p.0);
        pairs.dedup_by_key(|p| p.0);
        Model { keys: pairs.iter().map(|p| p.0).collect(), weights: pairs.iter().map(|p| p.1).collect() }
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
        for f in feats {
            if let Ok(k) = self.keys.binary_search(f) {
                for (c, w) in self.weights[k].iter().enumerate() {
                    s[c] += w;
                }
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
        let take = |at: usize, n: usize| b.get(at..at + n).ok_or(TyperError::Truncated(b.len()));
        if take(0, 4)? != MAGIC {
            return Err(TyperError::Format("bad magic".into()));
        }
        let u32_at = |at: usize| -> Result<u32, TyperError> { Ok(u32::from_le_bytes(take(at, 4)?.try_into().unwrap())) };
        let format = u32_at(4)?;
        if format != FORMAT {
            return Err(TyperError::Format(format.to_string()));
        }
        let n = u32_at(8)? as usize;
        let scale = f32::from_le_bytes(take(12, 4)?.try_into().unwrap());
        let mut keys = Vec::with_capacity(n);
        let mut weights = Vec::with_capacity(n);
        let mut at = 16;
        for _ in 0..n {
            keys.push(u64::from_le_bytes(take(at, 8)?.try_into().unwrap()));
            let mut w = [0f32; 4];
            for (c, x) in w.iter_mut().enumerate() {
                *x = i16::from_le_bytes(take(at + 8 + 2 * c, 2)?.try_into().unwrap()) as f32 * scale;
            }
            weights.push(w);
            at += 16;
        }
        if keys.windows(2).any(|p| p[0] >= p[1]) {
            return Err(TyperError::Format("unsorted features".into()));
        }
        Ok(Model { keys, weights })
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
        BUILTIN.get_or_init(|| {
            Typer::load(include_bytes!("../data/typer.bin")).expect("the shipped typer model is readable")
        })
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

/// What the whole document says of each name's last word: whether it is
/// anywhere written after a title or honorific ("Mr. Harrison"), after a
/// given name ("Ruth Harrison"), after "the", after a locative preposition
/// ("in Harrison"), before a possessive or before a speech verb. A name the
/// document treats as a person in one sentence is likely one in the next.
#[derive(Debug, Default)]
pub struct DocEvidence {
    by_last: HashMap<String, u8>,
}

const EV_TITLE: u8 = 1;
const EV_GIVEN: u8 = 2;
const EV_THE: u8 = 4;
const EV_LOC: u8 = 8;
const EV_POSS: u8 = 16;
const EV_SAID: u8 = 32;
const EV_NAMES: [(u8, &str); 6] =
    [(EV_TITLE, "title"), (EV_GIVEN, "given"), (EV_THE, "the"), (EV_LOC, "loc"), (EV_POSS, "poss"), (EV_SAID, "said")];

impl DocEvidence {
    /// Gathers the evidence over the names found in `doc`, given as token ranges.
    pub fn new(doc: &Document, kb: &Kb, names: impl IntoIterator<Item = (usize, usize)>) -> DocEvidence {
        let n = doc.tokens.len();
        let mut by_last: HashMap<String, u8> = HashMap::new();
        for (a, b) in names {
            let mut f = 0u8;
            if a > 0 {
                let prev = tok(doc, a - 1);
                if kb.honorific(prev) || !kb.titles(prev).is_empty() {
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
            *by_last.entry(lower(tok(doc, b - 1))).or_default() |= f;
        }
        DocEvidence { by_last }
    }
}

/// The best class and its margin over the runner-up.
pub fn best(scores: &[f32; 4]) -> (usize, f32) {
    let mut order = [0usize, 1, 2, 3];
    order.sort_by(|x, y| scores[*y].total_cmp(&scores[*x]));
    (order[0], scores[order[0]] - scores[order[1]])
}

/// A stable 64-bit hash of a feature string (FNV-1a): the same on every
/// build and platform, so shipped weights keep their meaning.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// A word's shape: capitals as X, lower case as x, digits as d, runs shortened to two.
fn shape(w: &str) -> String {
    let mut s = String::new();
    let mut last = ' ';
    let mut run = 0;
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
        s.push(k);
    }
    s
}

fn suffix(w: &str, n: usize) -> &str {
    let start = w.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    &w[start..]
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// What the knowledge base says of a single word ("state", "place", …).
fn kb_word(kb: &Kb, w: &str) -> Option<&'static str> {
    let m = kb.find(w);
    let m = m.iter().find(|m| m.span.start == 0 && m.span.end == w.len())?;
    Some(match kb.entry(m.entry).kind {
        dyad_core::EntityKind::State => "state",
        dyad_core::EntityKind::Place => "place",
        dyad_core::EntityKind::Person => "person",
        dyad_core::EntityKind::Organization => "org",
        _ => "other",
    })
}

/// The features of the name over tokens `a..b` (rule guess `rule`), as hashes.
pub fn features(doc: &Document, kb: &Kb, ev: &DocEvidence, a: usize, b: usize, rule: NameLabel, out: &mut Vec<u64>) {
    let n = doc.tokens.len();
    let words: Vec<&str> = (a..b).map(|k| tok(doc, k)).collect();
    let first = words[0];
    let last = *words.last().unwrap();
    let rule_s = format!("{rule:?}");
    let len = match words.len() {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4+",
    };
    out.push(hash(&["bias"]));
    out.push(hash(&["rule", &rule_s]));
    out.push(hash(&["len", len]));
    out.push(hash(&["rule+len", &rule_s, len]));
    for w in &words {
        out.push(hash(&["w", &lower(w)]));
        out.push(hash(&["shape", &shape(w)]));
    }
    let lf = lower(first);
    let ll = lower(last);
    out.push(hash(&["first", &lf]));
    out.push(hash(&["last", &ll]));
    out.push(hash(&["last3", suffix(&ll, 3)]));
    out.push(hash(&["last4", suffix(&ll, 4)]));
    out.push(hash(&["first3", suffix(&lf, 3)]));
    out.push(hash(&["lastshape", &shape(last)]));
    if words.len() == 1 {
        out.push(hash(&["only", &ll]));
    }
    // knowledge-base hints on the words
    if let Some(p) = kb.given_name(first) {
        out.push(hash(&["given", if p >= 0.5 { "likely" } else { "maybe" }]));
    }
    if words.len() > 1 && kb.surname(last) {
        out.push(hash(&["surname-last"]));
    }
    if words.len() == 1 && kb.surname(last) {
        out.push(hash(&["surname-only"]));
    }
    for w in &words {
        if let Some(k) = kb_word(kb, w) {
            out.push(hash(&["kbword", k]));
        }
    }
    if crate::shape::non_person_word(last) {
        out.push(hash(&["nonperson-last"]));
    }
    // context
    let ctx = |k: isize| -> String {
        let i = a as isize + k;
        let j = if k < 0 { i } else { b as isize - 1 + k };
        if j < 0 || j as usize >= n {
            return "<none>".into();
        }
        lower(tok(doc, j as usize))
    };
    let p1 = ctx(-1);
    let p2 = ctx(-2);
    let n1 = ctx(1);
    let n2 = ctx(2);
    out.push(hash(&["p1", &p1]));
    out.push(hash(&["p2", &p2]));
    out.push(hash(&["p2p1", &p2, &p1]));
    out.push(hash(&["n1", &n1]));
    out.push(hash(&["n2", &n2]));
    out.push(hash(&["n1n2", &n1, &n2]));
    out.push(hash(&["p1+rule", &p1, &rule_s]));
    out.push(hash(&["n1+rule", &n1, &rule_s]));
    if a > 0 {
        out.push(hash(&["p1shape", &shape(tok(doc, a - 1))]));
        if kb.honorific(tok(doc, a - 1)) {
            out.push(hash(&["honorific-before"]));
        }
        let prev = &doc.text[doc.tokens[a - 1].span.start..doc.tokens[a - 1].span.end];
        if !kb.titles(prev).is_empty() {
            out.push(hash(&["title-before"]));
        }
        if a > 1 && is_cap(doc, a - 2) {
            out.push(hash(&["cap-before"]));
        }
    }
    if b < n {
        out.push(hash(&["n1shape", &shape(tok(doc, b))]));
        if b + 1 < n && tok(doc, b) == "," {
            if let Some(k) = kb_word(kb, tok(doc, b + 1)) {
                out.push(hash(&["comma-then-kb", k]));
            }
        }
    }
    // the topic around the name: words within four tokens either side
    for k in a.saturating_sub(4)..a {
        let w = tok(doc, k);
        if w.chars().any(|c| c.is_alphabetic()) {
            out.push(hash(&["win", &lower(w)]));
        }
    }
    for k in b..(b + 4).min(n) {
        let w = tok(doc, k);
        if w.chars().any(|c| c.is_alphabetic()) {
            out.push(hash(&["win", &lower(w)]));
        }
    }
    for w in &words[..words.len() - 1] {
        out.push(hash(&["inner3", suffix(&lower(w), 3)]));
    }
    if let Some(f) = ev.by_last.get(&lower(tok(doc, b - 1))) {
        for (bit, name) in EV_NAMES {
            if f & bit != 0 {
                out.push(hash(&["doc", name]));
            }
        }
    }
    if sentence_initial(doc, a) {
        out.push(hash(&["sent-initial", len]));
    }
    if words.iter().all(|w| w.chars().all(|c| !c.is_lowercase())) {
        out.push(hash(&["all-caps", len]));
    }
    if words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
        out.push(hash(&["digit"]));
    }
}
