//! A dictionary matcher: leftmost-longest, on word boundaries, with per-pattern case rules.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dyad_core::Span;

/// Patterns with values. Semantics: every occurrence on word boundaries
/// (no letter or digit right before or after) is a candidate; among
/// overlapping candidates the leftmost wins, then the longest, then the
/// pattern added first. Each pattern matches either exactly or ignoring
/// ASCII case.
pub struct Matcher<T> {
    ac: Option<AhoCorasick>,
    patterns: Vec<(String, T, bool)>,
}

impl<T: Clone> Matcher<T> {
    /// Builds the matcher; `patterns` are `(text, value, case_sensitive)`. A pattern with a straight
    /// apostrophe also matches the text's typographic one ("People’s Liberation Army").
    pub fn new(mut patterns: Vec<(String, T, bool)>) -> Matcher<T> {
        let curly: Vec<(String, T, bool)> =
            patterns.iter().filter(|p| p.0.contains('\'')).map(|(t, v, c)| (t.replace('\'', "’"), v.clone(), *c)).collect();
        patterns.extend(curly);
        // the automaton holds the patterns in ASCII lower case and runs over the text in ASCII
        // lower case (same byte offsets): cheaper to build than a case-insensitive automaton
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(patterns.iter().map(|p| p.0.to_ascii_lowercase()))
            .ok();
        Matcher { ac, patterns }
    }

    /// All matches as described above, sorted by start.
    pub fn find(&self, text: &str) -> Vec<(Span, &T)> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        let low = text.to_ascii_lowercase();
        for m in ac.find_overlapping_iter(&low) {
            let (s, e) = (m.start(), m.end());
            let (pat, _, case_sensitive) = &self.patterns[m.pattern().as_usize()];
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if *case_sensitive && &text[s..e] != pat {
                continue;
            }
            let before_ok = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                cands.push((s, e, m.pattern().as_usize()));
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
