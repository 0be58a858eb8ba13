//! WARC archives: one document per HTML response record.

use crate::{diag, extract_html, make_doc, Item, ReadOptions};
use std::io::BufRead;
use warc::{WarcHeader, WarcReader};

/// Reads the HTML responses of a WARC stream. A damaged record is an error
/// naming its number; reading stops at a damage it cannot step over.
pub fn read_warc(name: &str, reader: Box<dyn BufRead + Send>, opts: &ReadOptions) -> Vec<Item> {
    let mut out = Vec::new();
    let r = WarcReader::new(reader);
    for (i, rec) in r.iter_records().enumerate() {
        let origin = format!("{name}#record {}", i + 1);
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                out.push(Item::Error(diag(origin, format!("damaged WARC record: {e}"))));
                break;
            }
        };
        if rec.warc_type().to_string() != "response" {
            continue;
        }
        let body = rec.body();
        let Some((head, payload)) = split_http(body) else { continue };
        let head_lc = head.to_ascii_lowercase();
        if !head_lc.contains("text/html") && !head_lc.contains("xhtml") {
            continue;
        }
        let payload = if head_lc.contains("transfer-encoding: chunked") { dechunk(payload) } else { payload.to_vec() };
        let (html, bad) = crate::decode_text(&payload);
        if let Some(off) = bad {
            out.push(Item::Warning(diag(&origin, format!("invalid UTF-8 at byte {off} of the payload, replaced"))));
        }
        let uri = rec.header(WarcHeader::TargetURI).map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string());
        let (text, mut meta) = extract_html(&html, uri.as_deref());
        if meta.url.is_none() {
            meta.url = uri.clone();
        }
        meta.id = meta.url.clone();
        if meta.published.is_none() {
            meta.published = Some(rec.date().date_naive());
        }
        out.push(make_doc(text, meta, origin, opts));
    }
    out
}

fn split_http(body: &[u8]) -> Option<(String, &[u8])> {
    let pos = body.windows(4).position(|w| w == b"\r\n\r\n").map(|p| (p, 4)).or_else(|| body.windows(2).position(|w| w == b"\n\n").map(|p| (p, 2)))?;
    let head = String::from_utf8_lossy(&body[..pos.0]).into_owned();
    Some((head, &body[pos.0 + pos.1..]))
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let Some(nl) = b.windows(2).position(|w| w == b"\r\n") else { break };
        let size = std::str::from_utf8(&b[..nl]).ok().and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok());
        let Some(size) = size else { break };
        if size == 0 {
            break;
        }
        let start = nl + 2;
        let end = (start + size).min(b.len());
        out.extend_from_slice(&b[start..end]);
        b = b.get(end + 2..).unwrap_or(&[]);
    }
    out
}
