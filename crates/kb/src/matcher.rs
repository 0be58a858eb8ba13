//! A dictionary matcher: leftmost-longest, on word boundaries, with per-pattern case rules.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dyad_core::Span;

/// Patterns with values. Semantics: every occurrence on word boundaries
/// (no letter or digit right before or after) is a candidate; among
/// overlapping candidates the leftmost wins, then the longest, then the
/// pattern added first. Each pattern matches either exactly or ignoring
/// ASCII case.
pub struct Matcher<T> {
    /// Automata over consecutive runs of the patterns, each with the index of its first pattern: a
    /// large dictionary is built in parts on as many threads, which finds the same matches.
    parts: Vec<(AhoCorasick, usize)>,
    patterns: Vec<(String, T, bool)>,
}

/// Patterns per automaton above which the dictionary is built in parts, in parallel.
const PART: usize = 12_000;

impl<T: Clone> Matcher<T> {
    /// Builds the matcher; `patterns` are `(text, value, case_sensitive)`. A pattern with a straight
    /// apostrophe also matches the text's typographic one ("People’s Liberation Army").
    pub fn new(mut patterns: Vec<(String, T, bool)>) -> Matcher<T> {
        let curly: Vec<(String, T, bool)> =
            patterns.iter().filter(|p| p.0.contains('\'')).map(|(t, v, c)| (t.replace('\'', "’"), v.clone(), *c)).collect();
        patterns.extend(curly);
        // the automaton holds the patterns in ASCII lower case and runs over the text in ASCII
        // lower case (same byte offsets): cheaper to build than a case-insensitive automaton
        let low: Vec<String> = patterns.iter().map(|p| p.0.to_ascii_lowercase()).collect();
        let build = |run: &[String]| AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(run).ok();
        let parts: Vec<(AhoCorasick, usize)> = if low.len() <= PART {
            build(&low).map(|ac| (ac, 0)).into_iter().collect()
        } else {
            // (the gazetteer's 29,000 names: half the building time on two cores)
            let n = low.len().div_ceil(2);
            std::thread::scope(|s| {
                let handles: Vec<_> = low.chunks(n).enumerate().map(|(k, run)| (k * n, s.spawn(move || build(run)))).collect();
                handles.into_iter().filter_map(|(base, h)| h.join().ok().flatten().map(|ac| (ac, base))).collect()
            })
        };
        Matcher { parts, patterns }
    }

    /// All matches as described above, sorted by start.
    pub fn find(&self, text: &str) -> Vec<(Span, &T)> {
        if self.parts.is_empty() {
            return Vec::new();
        }
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        let low = text.to_ascii_lowercase();
        for (ac, base) in &self.parts {
            for m in ac.find_overlapping_iter(&low) {
                let (s, e, p) = (m.start(), m.end(), base + m.pattern().as_usize());
                let (pat, _, case_sensitive) = &self.patterns[p];
                if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                    continue;
                }
                if *case_sensitive && &text[s..e] != pat {
                    continue;
                }
                let before_ok = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after_ok = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                if before_ok && after_ok {
                    cands.push((s, e, p));
                }
            }
        }
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut out = Vec::new();
        let mut last_end = 0;
        for (k, &(s, e, p)) in cands.iter().enumerate() {
            if s < last_end {
                continue;
            }
            // "The East African Community": a name that opens with "The" ("The East African", a
            // paper) gives way to a longer one that starts after its "The"
            let the = low[s..].starts_with("the ") && self.patterns[p].0.len() > 4;
            if the && cands[k + 1..].iter().take_while(|c| c.0 < e).any(|c| c.0 == s + 4 && c.1 > e) {
                continue;
            }
            out.push((Span::new(s, e), &self.patterns[p].1));
            last_end = e;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dictionary_built_in_parts_finds_what_one_automaton_would() {
        // (filler names push "South Caucasus" into the second part, "South" stays in the first)
        let mut patterns = vec![("South".to_string(), 0usize, true)];
        patterns.extend((1..PART + 10).map(|k| (format!("Filler{k} Town"), k, true)));
        patterns.push(("South Caucasus".to_string(), usize::MAX, true));
        let m = Matcher::new(patterns);
        assert_eq!(m.parts.len(), 2);
        let found: Vec<usize> = m.find("Talks in the South Caucasus and in Filler7 Town, south of Filler12005 Town.").into_iter().map(|(_, v)| *v).collect();
        assert_eq!(found, vec![usize::MAX, 7, 12005]);
    }

    #[test]
    fn leftmost_longest_on_word_boundaries() {
        let m = Matcher::new(vec![
            ("South".to_string(), 1, true),
            ("South Caucasus".to_string(), 2, true),
            ("Iran".to_string(), 3, true),
            ("pm".to_string(), 4, false),
        ]);
        let t = "South Caucasus, Iranian, Iran’s PM";
        let got: Vec<(&str, i32)> = m.find(t).into_iter().map(|(s, v)| (s.of(t), *v)).collect();
        assert_eq!(got, vec![("South Caucasus", 2), ("Iran", 3), ("PM", 4)]);
    }

    #[test]
    fn a_name_opening_with_the_gives_way_to_a_longer_one_after_it() {
        let m = Matcher::new(vec![
            ("The East African".to_string(), 1, true),
            ("East African Community".to_string(), 2, true),
        ]);
        let found = |t: &str| m.find(t).into_iter().map(|(s, v)| (s.of(t).to_string(), *v)).collect::<Vec<_>>();
        assert_eq!(found("— The East African Community met."), vec![("East African Community".to_string(), 2)]);
        assert_eq!(found("as The East African reported"), vec![("The East African".to_string(), 1)]);
    }

    #[test]
    fn a_straight_apostrophe_matches_a_typographic_one() {
        let m = Matcher::new(vec![("People's Liberation Army".to_string(), 1, true)]);
        let t = "the People’s Liberation Army and the People's Liberation Army";
        let got: Vec<&str> = m.find(t).into_iter().map(|(s, _)| s.of(t)).collect();
        assert_eq!(got, vec!["People’s Liberation Army", "People's Liberation Army"]);
    }
}
