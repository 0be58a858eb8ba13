//! Date expressions in a sentence, resolved against the publication date.
//!
//! Handles "January 7", "7 January 2025", "Jan. 7", "January 7 this year",
//! "last October", "in October 2024", "in 2018", "the 2020 ceasefire", week
//! days ("on Wednesday": the latest such day on or before publication),
//! "yesterday", "today", "tomorrow", "this/last/next month|year". Relative
//! expressions need the publication date; without it they resolve to nothing.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use dyad_core::{Document, PartialDate, TokenKind};
use std::ops::Range;

/// A date expression: its tokens and the date it names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateExpr {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The date.
    pub date: PartialDate,
    /// The year (or, for a weekday, the week) was inferred as the latest up to the publication date,
    /// not written: a planned event may mean the next one ("the summit in July", "on Tuesday").
    pub inferred: bool,
}

fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    let m = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday_of(w: &str) -> Option<Weekday> {
    Some(match w {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4).then(|| w.parse::<i32>().ok()).flatten().filter(|y| (1900..=2100).contains(y))
}

fn day_of(w: &str) -> Option<u32> {
    let d = w.trim_end_matches(|c: char| c.is_alphabetic());
    d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn full(y: i32, m: u32, d: u32) -> Option<PartialDate> {
    NaiveDate::from_ymd_opt(y, m, d).map(PartialDate::from_naive)
}

fn month(y: i32, m: u32) -> PartialDate {
    PartialDate { year: y, month: Some(m as u8), day: None }
}

fn year(y: i32) -> PartialDate {
    PartialDate { year: y, month: None, day: None }
}

/// Every date expression in the token range.
pub fn find(doc: &Document, r: Range<usize>, published: Option<NaiveDate>) -> Vec<DateExpr> {
    let tok = |i: usize| if i < r.end { doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("") } else { "" };
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        let w = tok(i);
        let lw = w.to_lowercase();
        // "this year" / "last year" / "next year" and months
        let rel_year = |k: usize| -> Option<i32> {
            let p = published?;
            match (tok(k).to_lowercase().as_str(), tok(k + 1)) {
                ("this", "year") => Some(p.year()),
                ("last", "year") => Some(p.year() - 1),
                ("next", "year") => Some(p.year() + 1),
                _ => None,
            }
        };
        if let Some(m) = month_of(w).filter(|_| w.starts_with(|c: char| c.is_uppercase())) {
            // "May" alone is mostly the modal verb: require a day or year or a preposition
            let mut j = i + 1;
            if let Some(d) = day_of(tok(j)).filter(|_| doc.tokens[j].kind == TokenKind::Number) {
                j += 1;
                if tok(j) == "," {
                    j += 1;
                }
                let written = year_of(tok(j)).is_some() || rel_year(j).is_some();
                let (y, end) = if let Some(y) = year_of(tok(j)) {
                    (Some(y), j + 1)
                } else if let Some(y) = rel_year(j) {
                    (Some(y), j + 2)
                } else {
                    (published.map(|p| infer_year(p, m, d)), if tok(j - 1) == "," { j - 1 } else { j })
                };
                if let Some(date) = y.and_then(|y| full(y, m, d)) {
                    out.push(DateExpr { start: i, end, date, inferred: !written });
                }
                i = end.max(i + 1);
                continue;
            }
            let prev = if i > r.start { tok(i - 1).to_lowercase() } else { String::new() };
            if let Some(y) = year_of(tok(i + 1)) {
                out.push(DateExpr { start: i, end: i + 2, date: month(y, m), inferred: false });
                i += 2;
                continue;
            }
            if matches!(prev.as_str(), "in" | "last" | "this" | "next" | "early" | "late" | "mid" | "since" | "until" | "by" | "during") {
                if let Some(p) = published {
                    let y = match prev.as_str() {
                        "last" => {
                            if m < p.month() { p.year() } else { p.year() - 1 }
                        }
                        "next" => {
                            if m > p.month() { p.year() } else { p.year() + 1 }
                        }
                        _ => {
                            if m <= p.month() { p.year() } else { p.year() - 1 }
                        }
                    };
                    out.push(DateExpr { start: i - 1, end: i + 1, date: month(y, m), inferred: !matches!(prev.as_str(), "last" | "next") });
                }
            }
            i += 1;
            continue;
        }
        // "7 January 2025"
        if doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number) {
            if let (Some(d), Some(m)) = (day_of(w), month_of(tok(i + 1))) {
                let written = year_of(tok(i + 2)).is_some() || rel_year(i + 2).is_some();
                let (y, end) = match year_of(tok(i + 2)) {
                    Some(y) => (Some(y), i + 3),
                    None => match rel_year(i + 2) {
                        Some(y) => (Some(y), i + 4),
                        None => (published.map(|p| infer_year(p, m, d)), i + 2),
                    },
                };
                if let Some(date) = y.and_then(|y| full(y, m, d)) {
                    out.push(DateExpr { start: i, end, date, inferred: !written });
                }
                i = end;
                continue;
            }
            if let Some(y) = year_of(w) {
                // not a range end ("2019-2025") read twice: each year stands for itself
                out.push(DateExpr { start: i, end: i + 1, date: year(y), inferred: false });
                i += 1;
                continue;
            }
        }
        if let Some(p) = published {
            let rel = match lw.as_str() {
                "yesterday" => Some((i + 1, PartialDate::from_naive(p - Duration::days(1)))),
                "today" => Some((i + 1, PartialDate::from_naive(p))),
                "tomorrow" => Some((i + 1, PartialDate::from_naive(p + Duration::days(1)))),
                "this" | "last" | "next" => match tok(i + 1) {
                    "month" => {
                        let (y, m) = (p.year(), p.month());
                        let (y, m) = match lw.as_str() {
                            "last" => if m == 1 { (y - 1, 12) } else { (y, m - 1) },
                            "next" => if m == 12 { (y + 1, 1) } else { (y, m + 1) },
                            _ => (y, m),
                        };
                        Some((i + 2, month(y, m)))
                    }
                    "year" => rel_year(i).map(|y| (i + 2, year(y))),
                    _ => None,
                },
                _ => weekday_of(w).map(|wd| (i + 1, PartialDate::from_naive(last_weekday(p, wd)))),
            };
            if let Some((end, date)) = rel {
                let weekday = weekday_of(w).is_some();
                out.push(DateExpr { start: i, end, date, inferred: weekday });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Relative date expressions that cannot be resolved without a publication
/// date ("on Tuesday", "yesterday", "last week"), as token ranges. An event
/// nearest to one of these has an unknown date rather than a farther one.
pub fn unresolved(doc: &Document, r: Range<usize>, published: Option<NaiveDate>) -> Vec<(usize, usize)> {
    if published.is_some() {
        return Vec::new();
    }
    let tok = |i: usize| if i < r.end { doc.tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("") } else { "" };
    let mut out = Vec::new();
    for i in r.clone() {
        let w = tok(i);
        let lw = w.to_lowercase();
        if weekday_of(w).is_some() || matches!(lw.as_str(), "yesterday" | "today" | "tomorrow") {
            out.push((i, i + 1));
        } else if matches!(lw.as_str(), "this" | "last" | "next") && matches!(tok(i + 1), "week" | "month" | "year") {
            out.push((i, i + 2));
        }
    }
    out
}

/// A date inferred as the latest up to `published`, moved to the next one after it when it falls
/// before: a weekday a week on, a month or a day-month a year on.
pub fn forward(d: PartialDate, published: NaiveDate) -> PartialDate {
    match (d.month, d.day) {
        (Some(m), Some(day)) => match NaiveDate::from_ymd_opt(d.year, m as u32, day as u32) {
            Some(x) if x < published => {
                let week_on = x + Duration::days(7);
                // (a weekday resolved into the past week: the coming one)
                if (published - x).num_days() < 7 && week_on >= published {
                    PartialDate::from_naive(week_on)
                } else {
                    NaiveDate::from_ymd_opt(d.year + 1, m as u32, day as u32).map(PartialDate::from_naive).unwrap_or(d)
                }
            }
            _ => d,
        },
        (Some(m), None) if (d.year, m as u32) < (published.year(), published.month()) => PartialDate { year: d.year + 1, ..d },
        _ => d,
    }
}

/// A day-month without a year: the publication year, or the year before
/// when that would put it more than a month after publication.
fn infer_year(p: NaiveDate, m: u32, d: u32) -> i32 {
    match NaiveDate::from_ymd_opt(p.year(), m, d) {
        Some(x) if x > p + Duration::days(31) => p.year() - 1,
        _ => p.year(),
    }
}

/// The latest `wd` on or before `p`.
fn last_weekday(p: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (7 + p.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64) % 7;
    p - Duration::days(back)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Stage;

    fn dates(text: &str, pub_: &str) -> Vec<String> {
        let mut d = Document::from_text(text);
        dyad_text::TextStage.process(&mut d).unwrap();
        let p = NaiveDate::parse_from_str(pub_, "%Y-%m-%d").ok();
        find(&d, 0..d.tokens.len(), p).into_iter().map(|e| e.date.to_string()).collect()
    }

    #[test]
    fn absolute_and_relative_dates() {
        assert_eq!(dates("In an interview on January 7 this year he spoke.", "2025-01-20"), vec!["2025-01-07"]);
        assert_eq!(dates("They met on 7 January 2024 and on Jan. 9.", "2025-01-20"), vec!["2024-01-07", "2025-01-09"]);
        assert_eq!(dates("The summit last October disappointed.", "2025-01-20"), vec!["2024-10"]);
        assert_eq!(dates("In 2018 he met them; the 2020 ceasefire held.", "2025-01-20"), vec!["2018", "2020"]);
        // 2025-01-22 is a Wednesday
        assert_eq!(dates("Talks ended on Wednesday; more came yesterday.", "2025-01-24"), vec!["2025-01-22", "2025-01-23"]);
        assert_eq!(dates("They may meet in May.", "2025-06-01"), vec!["2025-05"]);
        assert!(dates("They may meet.", "2025-06-01").is_empty());
        assert!(dates("Talks ended on Wednesday.", "bad").is_empty());
    }
}
