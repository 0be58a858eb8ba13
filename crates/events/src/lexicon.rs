//! The trigger dictionaries and the CAMEO table, read from `data/`.

use dyad_core::Plover;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The code of a verb pattern that names no event ("declined to comment"): its words are read, so
/// that no shorter pattern ("decline to") takes them, and nothing is coded.
pub const NO_EVENT: &str = "-";

/// One CAMEO code's properties.
#[derive(Debug, Clone)]
pub struct CameoInfo {
    /// Goldstein score.
    pub goldstein: f32,
    /// PLOVER type.
    pub plover: Plover,
    /// QuadClass 1–4.
    pub quad: u8,
}

/// How a verb form was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// agree
    Base,
    /// agrees
    Third,
    /// agreed, met
    Past,
    /// agreeing
    Ing,
}

/// One element of a pattern after its head word.
#[derive(Debug, Clone)]
pub enum Elem {
    /// One of these words (lower case).
    Word(Vec<String>),
    /// Skip up to four words.
    Gap,
}

/// A trigger pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// What follows the head word.
    pub rest: Vec<Elem>,
    /// CAMEO code.
    pub cameo: String,
    /// The parties act together.
    pub sym: bool,
    /// Verb (true) or noun (false).
    pub verb: bool,
}

/// Dictionaries indexed by head word.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Head word form → (form kind, pattern index), verbs.
    pub verbs: HashMap<String, Vec<(VerbForm, usize)>>,
    /// Head word → pattern index, nouns (multi-word nouns are patterns too).
    pub nouns: HashMap<String, Vec<usize>>,
    /// All patterns.
    pub patterns: Vec<Pattern>,
    /// CAMEO code → properties.
    pub cameo: HashMap<String, CameoInfo>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The built-in dictionaries.
    pub fn builtin() -> &'static Lexicon {
        LEXICON.get_or_init(|| {
            Lexicon::parse(
                include_str!("../data/verbs.tsv"),
                include_str!("../data/nouns.tsv"),
                include_str!("../data/cameo.tsv"),
            )
            .unwrap_or_else(|e| panic!("built-in event dictionaries are malformed: {e}"))
        })
    }

    /// Parses the three files; errors name the file and line.
    pub fn parse(verbs: &str, nouns: &str, cameo: &str) -> Result<Lexicon, String> {
        let mut lx = Lexicon::default();
        for (n, line) in data_lines(cameo) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 4 {
                return Err(format!("cameo.tsv: line {n}: expected 4 columns"));
            }
            let goldstein: f32 = f[2].trim().parse().map_err(|_| format!("cameo.tsv: line {n}: bad Goldstein score"))?;
            let plover = Plover::parse(f[3]).ok_or_else(|| format!("cameo.tsv: line {n}: unknown PLOVER type {:?}", f[3]))?;
            lx.cameo.insert(f[0].trim().to_string(), CameoInfo { goldstein, plover, quad: quad_of(f[0].trim()) });
        }
        for (n, line) in data_lines(verbs) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 {
                return Err(format!("verbs.tsv: line {n}: expected a pattern and a CAMEO code"));
            }
            let code = f[1].trim();
            if code != NO_EVENT && !lx.cameo.contains_key(code) {
                return Err(format!("verbs.tsv: line {n}: CAMEO code {code} is not in cameo.tsv"));
            }
            let mut words = f[0].split_whitespace();
            let head = words.next().ok_or_else(|| format!("verbs.tsv: line {n}: empty pattern"))?;
            let rest = elems(words);
            let idx = lx.patterns.len();
            lx.patterns.push(Pattern { rest, cameo: code.to_string(), sym: f.get(2).is_some_and(|x| x.contains("sym")), verb: true });
            for alt in head.split('|') {
                for (form, kind) in inflect(alt) {
                    lx.verbs.entry(form).or_default().push((kind, idx));
                }
            }
        }
        for (n, line) in data_lines(nouns) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 {
                return Err(format!("nouns.tsv: line {n}: expected nouns and a CAMEO code"));
            }
            let code = f[1].trim();
            if !lx.cameo.contains_key(code) {
                return Err(format!("nouns.tsv: line {n}: CAMEO code {code} is not in cameo.tsv"));
            }
            let sym = f.get(2).is_some_and(|x| x.contains("sym"));
            for alt in f[0].split('|') {
                let mut words = alt.split_whitespace();
                let Some(head) = words.next() else { continue };
                let rest = words.map(|w| Elem::Word(vec![w.to_lowercase()])).collect();
                let idx = lx.patterns.len();
                lx.patterns.push(Pattern { rest, cameo: code.to_string(), sym, verb: false });
                lx.nouns.entry(head.to_lowercase()).or_default().push(idx);
            }
        }
        // longer patterns first
        let lens: Vec<usize> = lx.patterns.iter().map(|p| p.rest.len()).collect();
        for v in lx.verbs.values_mut() {
            v.sort_by(|a, b| lens[b.1].cmp(&lens[a.1]).then(a.1.cmp(&b.1)));
        }
        for v in lx.nouns.values_mut() {
            v.sort_by(|a, b| lens[*b].cmp(&lens[*a]).then(a.cmp(b)));
        }
        Ok(lx)
    }
}

fn data_lines(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

fn elems<'a>(words: impl Iterator<Item = &'a str>) -> Vec<Elem> {
    words
        .map(|w| if w == "*" { Elem::Gap } else { Elem::Word(w.split('|').map(|x| x.to_lowercase()).collect()) })
        .collect()
}

/// QuadClass from the CAMEO root.
pub fn quad_of(code: &str) -> u8 {
    match code.get(..2).and_then(|r| r.parse::<u8>().ok()).unwrap_or(0) {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

/// The forms of a verb written `lemma` or `lemma{past,participle}`.
pub fn inflect(spec: &str) -> Vec<(String, VerbForm)> {
    let (lemma, irregular) = match spec.split_once('{') {
        Some((l, rest)) => (l, rest.trim_end_matches('}').split(',').map(str::trim).collect::<Vec<_>>()),
        None => (spec, Vec::new()),
    };
    let l = lemma.to_lowercase();
    let mut out = vec![(l.clone(), VerbForm::Base)];
    let consonant_y = l.ends_with('y') && !l.ends_with("ay") && !l.ends_with("ey") && !l.ends_with("oy");
    let third = if consonant_y {
        format!("{}ies", &l[..l.len() - 1])
    } else if l.ends_with('s') || l.ends_with("sh") || l.ends_with("ch") || l.ends_with('x') || l.ends_with('z') || l.ends_with('o') {
        format!("{l}es")
    } else {
        format!("{l}s")
    };
    out.push((third, VerbForm::Third));
    if irregular.is_empty() {
        let past = if consonant_y {
            format!("{}ied", &l[..l.len() - 1])
        } else if l.ends_with('e') {
            format!("{l}d")
        } else {
            format!("{l}ed")
        };
        out.push((past, VerbForm::Past));
    } else {
        for p in irregular {
            out.push((p.to_lowercase(), VerbForm::Past));
        }
    }
    let ing = if l.ends_with("ee") || l.ends_with("ye") {
        format!("{l}ing")
    } else if l.ends_with("ie") {
        format!("{}ying", &l[..l.len() - 2])
    } else if l.ends_with('e') {
        format!("{}ing", &l[..l.len() - 1])
    } else {
        format!("{l}ing")
    };
    out.push((ing, VerbForm::Ing));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let f: Vec<String> = inflect("agree").into_iter().map(|x| x.0).collect();
        assert_eq!(f, vec!["agree", "agrees", "agreed", "agreeing"]);
        let f: Vec<String> = inflect("meet{met}").into_iter().map(|x| x.0).collect();
        assert_eq!(f, vec!["meet", "meets", "met", "meeting"]);
        let f: Vec<String> = inflect("deny{denied}").into_iter().map(|x| x.0).collect();
        assert_eq!(f, vec!["deny", "denies", "denied", "denying"]);
        assert_eq!(inflect("impose")[2].0, "imposed");
    }

    #[test]
    fn builtin_dictionaries_parse_and_every_code_is_known() {
        let lx = Lexicon::builtin();
        assert!(lx.patterns.len() > 150);
        assert_eq!(lx.cameo["057"].plover, Plover::Agree);
        assert_eq!(lx.cameo["190"].quad, 4);
        assert_eq!(lx.cameo["042"].quad, 1);
        assert!(Lexicon::parse("agree\t999\n", "", "030\tx\t4.0\tAGREE\n").unwrap_err().contains("line 1"));
    }
}
