//! JSON Lines: one document per line, read lazily.

use crate::{diag, make_doc, Item, ReadOptions};
use dyad_core::Meta;
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
}

/// Yields one [`Item`] per non-blank line (a document or an error naming the line).
pub struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead + Send>,
    opts: ReadOptions,
    line_no: usize,
    buf: Vec<u8>,
    pending: Option<Item>,
    done: bool,
}

impl JsonlReader {
    /// Reads `reader`, naming it `name` in messages.
    pub fn new(name: String, reader: Box<dyn BufRead + Send>, opts: ReadOptions) -> JsonlReader {
        JsonlReader { name, reader, opts, line_no: 0, buf: Vec::new(), pending: None, done: false }
    }

    fn parse(&self, bytes: &[u8]) -> Vec<Item> {
        let origin = format!("{}:line {}", self.name, self.line_no);
        let mut out = Vec::new();
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) => {
                out.push(Item::Warning(diag(
                    &origin,
                    format!("invalid UTF-8 at byte {} of the line, replaced with U+FFFD", e.valid_up_to()),
                )));
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        let line: Line = match serde_json::from_str(&text) {
            Ok(l) => l,
            Err(e) => {
                out.push(Item::Error(diag(origin, format!("invalid JSON: {e}"))));
                return out;
            }
        };
        let mut meta = Meta {
            id: line.id.and_then(|v| match v {
                serde_json::Value::String(s) => Some(s),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            }),
            title: line.title,
            url: line.url,
            ..Meta::default()
        };
        if let Some(p) = line.published.as_deref().filter(|p| !p.trim().is_empty()) {
            match crate::parse_date(p) {
                Some(d) => meta.published = Some(d),
                None => out.push(Item::Warning(diag(&origin, format!("unreadable published date {p:?} ignored")))),
            }
        }
        let body = match (line.text, line.html) {
            (Some(t), _) => t,
            (None, Some(h)) => {
                let (t, m) = crate::extract_html(&h, meta.url.as_deref());
                meta.title = meta.title.or(m.title);
                meta.url = meta.url.or(m.url);
                meta.published = meta.published.or(m.published);
                t
            }
            (None, None) => {
                out.push(Item::Error(diag(origin, "the object has neither \"text\" nor \"html\"")));
                return out;
            }
        };
        out.push(make_doc(body, meta, origin, &self.opts));
        out
    }
}

impl Iterator for JsonlReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(p) = self.pending.take() {
            return Some(p);
        }
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {
                    self.line_no += 1;
                    let line = trim_line(&self.buf);
                    if line.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    if line.len() > self.opts.max_bytes.saturating_mul(2).max(1024) {
                        return Some(Item::Error(diag(
                            format!("{}:line {}", self.name, self.line_no),
                            format!("line of {} bytes is over the size limit", line.len()),
                        )));
                    }
                    let line = line.to_vec();
                    let mut items = self.parse(&line).into_iter();
                    let first = items.next();
                    // at most a warning and then the document/error
                    self.pending = items.next();
                    return first;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Item::Error(diag(format!("{}:line {}", self.name, self.line_no + 1), format!("read error: {e}"))));
                }
            }
        }
    }
}

fn trim_line(b: &[u8]) -> &[u8] {
    let mut end = b.len();
    while end > 0 && matches!(b[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &b[..end]
}
