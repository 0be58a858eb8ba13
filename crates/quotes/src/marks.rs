//! Pairing quotation marks into quotations.

use dyad_core::{Document, Span};

/// A quotation found by its marks, before attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct RawQuote {
    /// From the opening mark to the closing mark (or the paragraph end) inclusive.
    pub outer: Span,
    /// The words inside the marks, trimmed.
    pub content: Span,
    /// Pieces, when the quotation runs over several paragraphs.
    pub parts: Vec<Span>,
    /// True when no closing mark was found and the quotation was ended at its paragraph.
    pub unclosed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Q {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
    Low,
    Straight,
    StraightSingle,
}

impl Q {
    /// Kinds whose missing closing mark is recovered at the paragraph end
    /// (single marks double as apostrophes, so an open one is dropped instead).
    fn recoverable(self) -> bool {
        !matches!(self, Q::Single | Q::StraightSingle)
    }
}

fn opener(c: char) -> Option<Q> {
    Some(match c {
        '“' => Q::Double,
        '‘' => Q::Single,
        '«' => Q::Guillemet,
        '‹' => Q::SingleGuillemet,
        '「' => Q::Corner,
        '『' => Q::WhiteCorner,
        '„' => Q::Low,
        '"' => Q::Straight,
        '\'' => Q::StraightSingle,
        _ => return None,
    })
}

struct Open {
    q: Q,
    mark_start: usize,
    content_start: usize,
}

/// Every quotation in the document, outer ones only, in order.
pub fn find(doc: &Document) -> Vec<RawQuote> {
    let text = &doc.text;
    let mut out = Vec::new();
    // an outer quotation carried over from the previous paragraph
    let mut carry: Option<(Open, Vec<Span>)> = None;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let ptext = para.of(text);
        let mut stack: Vec<Open> = Vec::new();
        let mut parts: Vec<Span> = Vec::new();
        let mut skip_first_opener = false;
        if let Some((open, prev_parts)) = carry.take() {
            let first = ptext.chars().next();
            if first.and_then(opener).is_some_and(|q| q == open.q || (open.q == Q::Double && q == Q::Double)) {
                parts = prev_parts;
                stack.push(open);
                skip_first_opener = true;
            }
        }
        let chars: Vec<(usize, char)> = ptext.char_indices().collect();
        for (k, &(off, c)) in chars.iter().enumerate() {
            let at = para.start + off;
            let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
            let next = chars.get(k + 1).map(|x| x.1);
            let after = at + c.len_utf8();
            if k == 0 && skip_first_opener {
                if let Some(top) = stack.last_mut() {
                    top.content_start = after;
                }
                continue;
            }
            let top = stack.last().map(|o| o.q);
            let closes = match c {
                '”' => matches!(top, Some(Q::Double) | Some(Q::Low)),
                '“' => top == Some(Q::Low),
                '’' => top == Some(Q::Single) && !next.is_some_and(|n| n.is_alphanumeric()),
                '»' => top == Some(Q::Guillemet),
                '›' => top == Some(Q::SingleGuillemet),
                '」' => top == Some(Q::Corner),
                '』' => top == Some(Q::WhiteCorner),
                // (a closing mark sticks to the word before it: one after a space opens)
                '"' => top == Some(Q::Straight) && !(prev.is_some_and(char::is_whitespace) && next.is_some_and(|n| !n.is_whitespace())),
                '\'' => {
                    top == Some(Q::StraightSingle)
                        && !next.is_some_and(|n| n.is_alphanumeric())
                        && prev.is_some_and(|p| !p.is_whitespace())
                }
                _ => false,
            };
            if closes {
                let Some(open) = stack.pop() else { continue };
                if stack.is_empty() {
                    let piece = trim(text, Span::new(open.content_start, at));
                    parts.push(piece);
                    let content = Span::new(parts[0].start, piece.end.max(parts[0].start));
                    out.push(RawQuote {
                        outer: Span::new(open.mark_start, after),
                        content,
                        parts: if parts.len() > 1 { std::mem::take(&mut parts) } else { Vec::new() },
                        unclosed: false,
                    });
                    parts.clear();
                }
                continue;
            }
            // ("… prosperity. "For the first time …": where paragraphs were run together, the mark that
            // opened the next quoted paragraph stands after a sentence's end inside the open quotation —
            // the same quotation goes on, in a new piece)
            if c == '"' && stack.len() == 1 && top == Some(Q::Straight) && k >= 2 && prev.is_some_and(char::is_whitespace) {
                let before = chars[k - 2].1;
                if matches!(before, '.' | '?' | '!') && next.is_some_and(|n| n.is_uppercase()) {
                    if let Some(open) = stack.last_mut() {
                        parts.push(trim(text, Span::new(open.content_start, at)));
                        open.content_start = after;
                    }
                    continue;
                }
            }
            let Some(q) = opener(c) else { continue };
            let ok = match q {
                Q::Single => !prev.is_some_and(|p| p.is_alphanumeric()),
                Q::StraightSingle => {
                    prev.is_none_or(|p| p.is_whitespace() || p == '(') && next.is_some_and(|n| n.is_alphabetic())
                }
                Q::Straight => next.is_some_and(|n| !n.is_whitespace()),
                _ => true,
            };
            if ok {
                stack.push(Open { q, mark_start: at, content_start: after });
            }
        }
        // paragraph end: recover or carry the outermost open quotation
        if let Some(open) = stack.into_iter().next() {
            if !open.q.recoverable() {
                continue;
            }
            let piece = trim(text, Span::new(open.content_start, para.end));
            let next_opens = doc
                .paragraphs
                .get(pi + 1)
                .and_then(|p| p.of(text).chars().next())
                .and_then(opener)
                .is_some_and(|q| q == open.q);
            if next_opens {
                parts.push(piece);
                carry = Some((open, parts));
            } else {
                parts.push(piece);
                let content = Span::new(parts[0].start, piece.end.max(parts[0].start));
                out.push(RawQuote {
                    outer: Span::new(open.mark_start, para.end),
                    content,
                    parts: if parts.len() > 1 { parts } else { Vec::new() },
                    unclosed: true,
                });
            }
        }
    }
    if let Some((open, parts)) = carry {
        if let Some(last) = parts.last().copied() {
            out.push(RawQuote {
                outer: Span::new(open.mark_start, last.end),
                content: Span::new(parts[0].start, last.end),
                parts: if parts.len() > 1 { parts } else { Vec::new() },
                unclosed: true,
            });
        }
    }
    out.retain(|q| !q.content.is_empty());
    out
}

fn trim(text: &str, s: Span) -> Span {
    let sl = s.of(text);
    let lead = sl.len() - sl.trim_start().len();
    let t = sl.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Stage;

    fn raw(t: &str) -> (Document, Vec<RawQuote>) {
        let mut d = Document::from_text(t);
        dyad_text::TextStage.process(&mut d).unwrap();
        let q = find(&d);
        (d, q)
    }

    fn quotes(t: &str) -> Vec<String> {
        let (d, q) = raw(t);
        q.into_iter().map(|q| d.slice(q.content).to_string()).collect()
    }

    #[test]
    fn styles_and_apostrophes() {
        assert_eq!(quotes("He said “yes” and ‘no’ and «peut-être» and \"maybe\"."), vec!["yes", "no", "peut-être", "maybe"]);
        assert_eq!(quotes("The rabbis’ appeals and the countries’ views don’t count; ’90s style."), Vec::<String>::new());
        assert_eq!(quotes("„Ja“, sagte sie. 「はい」"), vec!["Ja", "はい"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let q = quotes("“Its “multi-vector” policy works. Truly,” she said.");
        assert_eq!(q, vec!["Its “multi-vector” policy works. Truly,"]);
        let q = quotes("“They called it ‘a farce’, and left,” he said.");
        assert_eq!(q, vec!["They called it ‘a farce’, and left,"]);
    }

    #[test]
    fn unbalanced_marks_recover_at_the_paragraph() {
        let q = quotes("“This opens and never closes.\n\nNext paragraph with “a real quote” here.");
        assert_eq!(q, vec!["This opens and never closes.", "a real quote"]);
    }

    #[test]
    fn paragraphs_run_together_keep_one_quotation() {
        let (d, q) = raw("She declared: \"We will widen opportunity. \"For the first time, every pupil gets a place. \"Every adult can learn\". Then she left.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].parts.len(), 3);
        assert_eq!(d.slice(q[0].parts[1]), "For the first time, every pupil gets a place.");
        assert_eq!(d.slice(q[0].parts[2]), "Every adult can learn");
        // a closing mark after a word still closes, and the next quotation opens on its own
        assert_eq!(quotes("He called it \"a farce\" and \"a waste\"."), vec!["a farce", "a waste"]);
    }

    #[test]
    fn multi_paragraph_quotation() {
        let (d, q) = raw("“First part of the statement.\n\n“Second part, still quoted,” the envoy said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].parts.len(), 2);
        assert_eq!(d.slice(q[0].parts[1]), "Second part, still quoted,");
        assert!(d.slice(q[0].content).starts_with("First part"));
    }
}
