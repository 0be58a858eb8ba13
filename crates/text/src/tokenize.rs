//! The tokenizer: words, numbers and punctuation as byte spans.

use dyad_core::{Span, Token, TokenKind};

/// Abbreviations whose trailing dot belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Gov", "Sen", "Rep",
    "Rev", "St", "Jr", "Sr", "Amb", "Pres", "Hon", "Messrs", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Corp", "Co", "No", "vs", "etc", "approx", "Dept",
    "Univ", "Ave", "Blvd", "Fig", "al", "ca", "cf", "e.g", "i.e", "Brig", "Cpl", "Pvt", "Cdr", "Lieut", "Supt", "Rd",
];

/// Top-level domains that make "Name.tld" one token (news outlets named by their web address).
const TLDS: &[&str] = &[
    "com", "org", "net", "az", "am", "ge", "ru", "ua", "uk", "eu", "io", "info", "news", "kz", "uz", "tr", "ir", "il", "in",
    "fr", "de", "it", "es", "pl", "by", "md", "kg", "tj", "tm", "cn", "jp", "kr", "tv", "fm", "co",
];

/// True when `word` (without its dot) takes an abbreviation dot.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word) || (word.len() >= 2 && !matches!(word, "NO" | "CO") && word.chars().all(|c| c.is_ascii_uppercase()) && {
        // "MR.", "GEN.": transcripts write titles in capitals
        let mut t = word[..1].to_string();
        t.push_str(&word[1..].to_ascii_lowercase());
        ABBREVIATIONS.contains(&t.as_str())
    })
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens. Never panics; every span is on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let (start, c) = chars[i];
        if c.is_whitespace() || c == '\u{0}' {
            i += 1;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i + 1;
            loop {
                if j < n && (chars[j].1.is_alphanumeric() || is_mark(chars[j].1)) {
                    j += 1;
                } else if j + 1 < n && is_apostrophe(chars[j].1) && chars[j + 1].1.is_alphabetic() {
                    // possessive 's / ’s stays a token of its own
                    let s_next = matches!(chars[j + 1].1, 's' | 'S')
                        && (j + 2 >= n || !chars[j + 2].1.is_alphanumeric());
                    if s_next {
                        break;
                    }
                    j += 2;
                } else if j + 1 < n && chars[j].1 == '.' && chars[j + 1].1.is_alphabetic() && is_initialism(&chars, i, j) {
                    // U.S, U.K, e.g — continue through the dot
                    j += 2;
                } else {
                    break;
                }
            }
            // a web name such as "Meridian.ge" or "Politico.eu" is one token
            if j + 2 < n && chars[j].1 == '.' && chars[j + 1].1.is_ascii_lowercase() {
                let mut k = j + 1;
                while k < n && chars[k].1.is_ascii_lowercase() {
                    k += 1;
                }
                let tld = &text[chars[j + 1].0..end_of(k)];
                if TLDS.contains(&tld) && (k >= n || !chars[k].1.is_alphanumeric()) {
                    j = k;
                }
            }
            let word = &text[start..end_of(j)];
            // trailing dot of an initialism ("U.S.") or a known abbreviation ("Mr.")
            let initialism = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
            if j < n && chars[j].1 == '.' && (initialism || is_abbreviation(word) || single_upper(word)) {
                j += 1;
            }
            out.push(Token { span: Span::new(start, end_of(j)), kind: TokenKind::Word });
            i = j;
        } else if c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()) {
            let mut j = i + 1;
            while j < n {
                let d = chars[j].1;
                if d.is_ascii_digit() {
                    j += 1;
                } else if matches!(d, '.' | ',' | ':') && j + 1 < n && chars[j + 1].1.is_ascii_digit() {
                    j += 2;
                } else if d.is_alphabetic() && (j + 1 >= n || !chars[j + 1].1.is_alphabetic() || is_ordinal(&chars, j)) {
                    // 1st, 2nd, 47th, 5m, 10bn
                    j += 1;
                    while j < n && chars[j].1.is_alphabetic() {
                        j += 1;
                    }
                    break;
                } else if d.is_alphabetic() {
                    while j < n && chars[j].1.is_alphanumeric() {
                        j += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            out.push(Token { span: Span::new(start, end_of(j)), kind: TokenKind::Number });
            i = j;
        } else if is_apostrophe(c)
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
            && i + 1 < n
            && matches!(chars[i + 1].1, 's' | 'S')
            && (i + 2 >= n || !chars[i + 2].1.is_alphanumeric())
        {
            out.push(Token { span: Span::new(start, end_of(i + 2)), kind: TokenKind::Word });
            i += 2;
        } else {
            out.push(Token { span: Span::new(start, end_of(i + 1)), kind: TokenKind::Punct });
            i += 1;
        }
    }
    out
}

fn is_mark(c: char) -> bool {
    // combining marks inside words (decomposed accents)
    matches!(c as u32, 0x0300..=0x036F)
}

fn single_upper(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters so far are a run of single letters separated by dots (U.S, e.g).
fn is_initialism(chars: &[(usize, char)], from: usize, dot: usize) -> bool {
    // the segment before the dot must be one letter
    dot == from + 1 || (dot >= 2 && chars[dot - 2].1 == '.')
}

fn is_ordinal(chars: &[(usize, char)], j: usize) -> bool {
    let a = chars[j].1.to_ascii_lowercase();
    let b = chars.get(j + 1).map(|c| c.1.to_ascii_lowercase());
    let after = chars.get(j + 2).map(|c| c.1);
    matches!((a, b), ('s', Some('t')) | ('n', Some('d')) | ('r', Some('d')) | ('t', Some('h')))
        && !after.is_some_and(|c| c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<&str> {
        tokenize(t).into_iter().map(|k| k.span.of(t)).collect()
    }

    #[test]
    fn words_possessives_and_compounds() {
        assert_eq!(toks("Witkoff’s visit"), vec!["Witkoff", "’s", "visit"]);
        assert_eq!(toks("the rabbis’ appeals"), vec!["the", "rabbis", "’", "appeals"]);
        assert_eq!(toks("doesn’t"), vec!["doesn’t"]);
        assert_eq!(toks("U.S.-Israel-Azerbaijan"), vec!["U.S.", "-", "Israel", "-", "Azerbaijan"]);
        assert_eq!(toks("Mr. Hajiyev, e.g. here."), vec!["Mr.", "Hajiyev", ",", "e.g.", "here", "."]);
        // transcripts write titles in capitals; a capital word that is no title keeps its full stop apart
        assert_eq!(toks("MR. SMITH: NO."), vec!["MR.", "SMITH", ":", "NO", "."]);
        assert_eq!(toks("the end."), vec!["the", "end", "."]);
        assert_eq!(toks("outlet Meridian.ge, and Politico.eu."), vec!["outlet", "Meridian.ge", ",", "and", "Politico.eu", "."]);
        assert_eq!(toks("in Baku.Then"), vec!["in", "Baku", ".", "Then"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("2,225 articles in 2019-2025, the 47th"), vec![
            "2,225", "articles", "in", "2019", "-", "2025", ",", "the", "47th"
        ]);
        assert_eq!(toks("$3.5bn"), vec!["$", "3.5bn"]);
    }

    #[test]
    fn offsets_slice_the_input() {
        let t = "Élysée «talks» — Türkiye’s";
        for k in tokenize(t) {
            assert!(t.is_char_boundary(k.span.start) && t.is_char_boundary(k.span.end));
            assert!(!k.span.of(t).trim().is_empty());
        }
        assert_eq!(toks(t), vec!["Élysée", "«", "talks", "»", "—", "Türkiye", "’s"]);
    }
}
