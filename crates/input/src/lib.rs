//! Turns files, directories and stdin into [`Document`]s.
//!
//! # Overview
//! [`read_paths`] walks the given paths (directories recursively, in sorted
//! order, so runs are deterministic) and yields [`Item`]s lazily, in input
//! order: a [`Document`] for every article, a warning or an error for every
//! problem, each naming its origin (file, and line or record number). One
//! bad document never stops the stream. JSON Lines are read line by line, so
//! memory stays bounded and each input line yields exactly one item.
//!
//! Formats, by extension (after an optional `.gz`):
//! `.txt` (the content unchanged), `.html`/`.htm` (main text via
//! `dom_smoothie`; title, canonical URL, publication date from metadata),
//! `.jsonl`/`.ndjson` (`id`, `text` or `html`, `title`, `url`, `published`),
//! `.xml`/`.rss`/`.atom` (RSS 2.0 and Atom, one document per item),
//! `.warc` (one document per HTML response record).
//!
//! This crate reads files; it annotates nothing.
//!
//! # Example
//! ```
//! use dyad_input::{read_bytes, Format, Item, ReadOptions};
//! let items = read_bytes("a.jsonl", br#"{"id":"x","text":"Talks in Baku."}"#, Format::Jsonl, &ReadOptions::default());
//! match &items[0] { Item::Doc(d) => assert_eq!(d.id, "x"), _ => panic!() }
//! ```
#![deny(missing_docs)]

mod decode;
mod feed;
mod html;
mod jsonl;
mod walk;
mod warcs;

use chrono::NaiveDate;
use dyad_core::{Document, Meta};
use std::fmt;
use std::path::PathBuf;

pub use decode::{decode_text, looks_binary};
pub use html::extract_html;
pub use walk::read_paths;

/// How to read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest document accepted, in bytes (default 20 MB).
    pub max_bytes: usize,
    /// Publication date for documents that carry none.
    pub published: Option<NaiveDate>,
    /// What stdin holds.
    pub stdin_format: StdinFormat,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { max_bytes: 20 * 1024 * 1024, published: None, stdin_format: StdinFormat::Jsonl }
    }
}

/// The format of standard input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinFormat {
    /// JSON Lines, one document per line (the default).
    Jsonl,
    /// One raw text document.
    Text,
    /// One HTML page.
    Html,
}

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// JSON Lines.
    Jsonl,
    /// RSS or Atom.
    Feed,
    /// WARC.
    Warc,
}

impl Format {
    /// The format a file name implies, and whether it is gzip-compressed.
    /// `None` for extensions dyad does not read.
    pub fn from_name(name: &str) -> Option<(Format, bool)> {
        let lower = name.to_ascii_lowercase();
        let (base, gz) = match lower.strip_suffix(".gz") {
            Some(b) => (b.to_string(), true),
            None => (lower, false),
        };
        let ext = base.rsplit_once('.').map(|x| x.1).unwrap_or("");
        let f = match ext {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" => Format::Jsonl,
            "xml" | "rss" | "atom" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        };
        Some((f, gz))
    }
}

/// A problem with one input, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    /// `path`, `path:line N`, `path#record N`, or `<stdin>:line N`.
    pub origin: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// One thing the reader produced, in input order.
#[derive(Debug)]
pub enum Item {
    /// A document ready to annotate.
    Doc(Document),
    /// Something odd that did not stop the document (e.g. invalid UTF-8 replaced).
    Warning(Diag),
    /// An input that produced no document.
    Error(Diag),
}

pub(crate) fn diag(origin: impl Into<String>, message: impl Into<String>) -> Diag {
    Diag { origin: origin.into(), message: message.into() }
}

/// Builds a document, applying the size limit and the default date.
pub(crate) fn make_doc(text: String, mut meta: Meta, origin: String, opts: &ReadOptions) -> Item {
    if text.len() > opts.max_bytes {
        return Item::Error(diag(
            origin,
            format!("document is {} bytes, over the limit of {} (raise it with --max-bytes)", text.len(), opts.max_bytes),
        ));
    }
    if meta.published.is_none() {
        meta.published = opts.published;
    }
    meta.origin = Some(origin);
    Item::Doc(Document::new(text, meta))
}

/// Parses a publication date: `YYYY-MM-DD`, RFC 3339, RFC 2822, or a
/// date-time starting with `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    s.get(..10).and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
}

/// Reads one in-memory input of a known format.
pub fn read_bytes(name: &str, bytes: &[u8], format: Format, opts: &ReadOptions) -> Vec<Item> {
    let mut out = Vec::new();
    match format {
        Format::Jsonl => {
            let r = std::io::Cursor::new(bytes.to_vec());
            out.extend(jsonl::JsonlReader::new(name.to_string(), Box::new(r), opts.clone()));
        }
        Format::Text => {
            let (text, warn) = decode_text(bytes);
            if let Some(off) = warn {
                out.push(Item::Warning(diag(name, format!("invalid UTF-8 at byte {off}, replaced with U+FFFD"))));
            }
            out.push(make_doc(text, Meta::default(), name.to_string(), opts));
        }
        Format::Html => {
            let (text, warn) = decode_text(bytes);
            if let Some(off) = warn {
                out.push(Item::Warning(diag(name, format!("invalid UTF-8 at byte {off}, replaced with U+FFFD"))));
            }
            let (body, meta) = extract_html(&text, None);
            out.push(make_doc(body, meta, name.to_string(), opts));
        }
        Format::Feed => out.extend(feed::read_feed(name, bytes, opts)),
        Format::Warc => out.extend(warcs::read_warc(name, Box::new(std::io::Cursor::new(bytes.to_vec())), opts)),
    }
    out
}

/// Where an input comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}
