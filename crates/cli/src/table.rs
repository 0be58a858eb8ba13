//! Plain-text tables for terminal output.

use comfy_table::{presets::UTF8_BORDERS_ONLY, ContentArrangement, Table};

/// A table with a header row, sized to the terminal when there is one.
pub fn new(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_BORDERS_ONLY).set_content_arrangement(ContentArrangement::Dynamic).set_header(header.to_vec());
    if t.width().is_none() {
        t.set_width(140);
    }
    t
}

/// Shortens `s` to at most `n` characters, marking the cut with "…".
pub fn clip(s: &str, n: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        return s;
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `Some(x)` as text, `None` as "–".
pub fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map(|v| v.to_string()).unwrap_or_else(|| "–".into())
}
