//! Every input format and every bad-input case, on inputs made here.

use dyad_input::{read_bytes, read_paths, Format, Item, ReadOptions};
use std::io::Write;
use std::path::PathBuf;

fn docs(items: &[Item]) -> Vec<&dyad_core::Document> {
    items.iter().filter_map(|i| if let Item::Doc(d) = i { Some(d) } else { None }).collect()
}

fn messages(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Warning(d) | Item::Error(d) => Some(d.to_string()),
            _ => None,
        })
        .collect()
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn text_files_keep_their_content_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let t = "Line one.\r\n\r\nLine “two” — Türkiye.\n";
    let p = write(dir.path(), "a.txt", t.as_bytes());
    let items: Vec<Item> = read_paths(&[p], &ReadOptions::default()).collect();
    assert_eq!(docs(&items)[0].text, t);
    assert!(docs(&items)[0].id.starts_with("sha256:"));
}

#[test]
fn gzip_of_any_format() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt.gz", &gz(b"Compressed text."));
    let b = write(dir.path(), "b.jsonl.gz", &gz(b"{\"id\":\"x\",\"text\":\"From gzip.\"}\n"));
    let items: Vec<Item> = read_paths(&[a, b], &ReadOptions::default()).collect();
    let d = docs(&items);
    assert_eq!(d[0].text, "Compressed text.");
    assert_eq!(d[1].id, "x");
}

#[test]
fn jsonl_fields_html_and_dates() {
    let input = br#"{"id":7,"title":"T","url":"https://x.example/a","published":"2025-03-04T10:00:00Z","text":"Body."}
{"id":"h","html":"<html><head><title>H</title></head><body><article><p>Paragraph one of an article that is long enough to be kept as the main text of the page.</p><p>Second paragraph, also long enough to be part of the article body.</p></article></body></html>"}
"#;
    let items = read_bytes("in.jsonl", input, Format::Jsonl, &ReadOptions::default());
    let d = docs(&items);
    assert_eq!(d[0].id, "7");
    assert_eq!(d[0].meta.published.map(|x| x.to_string()).as_deref(), Some("2025-03-04"));
    assert_eq!(d[0].meta.url.as_deref(), Some("https://x.example/a"));
    assert!(d[1].text.contains("Paragraph one"));
    assert_eq!(d[1].meta.title.as_deref(), Some("H"));
}

#[test]
fn published_option_fills_missing_dates_only() {
    let opts = ReadOptions { published: chrono::NaiveDate::from_ymd_opt(2024, 1, 2), ..ReadOptions::default() };
    let input = b"{\"text\":\"a\"}\n{\"text\":\"b\",\"published\":\"2020-05-06\"}\n";
    let items = read_bytes("in.jsonl", input, Format::Jsonl, &opts);
    let d = docs(&items);
    assert_eq!(d[0].meta.published.map(|x| x.to_string()).as_deref(), Some("2024-01-02"));
    assert_eq!(d[1].meta.published.map(|x| x.to_string()).as_deref(), Some("2020-05-06"));
}

#[test]
fn rss_and_atom_one_document_per_item() {
    let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>
<item><title>One</title><link>https://f.example/1</link><pubDate>Tue, 01 Apr 2025 09:00:00 GMT</pubDate><description>First item text.</description></item>
<item><title>Two</title><link>https://f.example/2</link><description><![CDATA[<p>Second <b>item</b>.</p>]]></description></item>
</channel></rss>"#;
    let items = read_bytes("f.xml", rss, Format::Feed, &ReadOptions::default());
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].meta.title.as_deref(), Some("One"));
    assert_eq!(d[0].meta.published.map(|x| x.to_string()).as_deref(), Some("2025-04-01"));
    assert!(d[1].text.contains("Second item"));
    let atom = br#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><id>urn:a</id><updated>2025-01-01T00:00:00Z</updated>
<entry><title>E</title><id>urn:a:1</id><updated>2025-01-02T00:00:00Z</updated><summary>Atom entry text.</summary></entry></feed>"#;
    let items = read_bytes("f.atom", atom, Format::Feed, &ReadOptions::default());
    assert_eq!(docs(&items)[0].id, "urn:a:1");
    assert_eq!(docs(&items)[0].text, "Atom entry text.");
}

fn warc_record(kind: &str, uri: &str, payload: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2025-02-03T04:05:06Z\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
        "12345678-1234-1234-1234-123456789abc",
        payload.len()
    )
    .into_bytes();
    r.extend_from_slice(payload);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn warc_html_responses_only() {
    let html = b"<html><head><title>W</title></head><body><p>An archived page with enough words in its only paragraph to be taken as the article text.</p></body></html>";
    let mut http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n", html.len()).into_bytes();
    http.extend_from_slice(html);
    let mut w = warc_record("response", "https://w.example/p", &http);
    w.extend(warc_record("response", "https://w.example/i.png", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"));
    let items = read_bytes("a.warc", &w, Format::Warc, &ReadOptions::default());
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].meta.url.as_deref(), Some("https://w.example/p"));
    assert_eq!(d[0].meta.published.map(|x| x.to_string()).as_deref(), Some("2025-02-03"));
    // a damaged record is an error naming it, after the good ones
    let mut bad = w.clone();
    bad.extend_from_slice(b"WARC/1.0\r\nContent-Length: 999999\r\n\r\nshort");
    let items = read_bytes("b.warc", &bad, Format::Warc, &ReadOptions::default());
    assert_eq!(docs(&items).len(), 1);
    assert!(messages(&items).iter().any(|m| m.contains("b.warc#record")), "{:?}", messages(&items));
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning_naming_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "latin.txt", b"Caf\xe9 in Ankara");
    let items: Vec<Item> = read_paths(&[p], &ReadOptions::default()).collect();
    assert_eq!(docs(&items)[0].text, "Caf\u{fffd} in Ankara");
    assert!(messages(&items).iter().any(|m| m.contains("latin.txt") && m.contains("byte 3")));
}

#[test]
fn binary_files_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let items: Vec<Item> = read_paths(&[p], &ReadOptions::default()).collect();
    assert!(docs(&items).is_empty());
    assert!(messages(&items).iter().any(|m| m.contains("image.txt") && m.contains("binary")));
}

#[test]
fn malformed_lines_and_feeds_name_file_and_place() {
    let items = read_bytes("m.jsonl", b"{\"text\":\"ok\"}\n{oops\n{\"title\":\"no text\"}\n{\"text\":\"ok too\"}\n", Format::Jsonl, &ReadOptions::default());
    assert_eq!(docs(&items).len(), 2);
    let m = messages(&items);
    assert!(m.iter().any(|x| x.starts_with("m.jsonl:line 2")), "{m:?}");
    assert!(m.iter().any(|x| x.starts_with("m.jsonl:line 3")), "{m:?}");
    let items = read_bytes("broken.xml", b"<rss><channel><item>", Format::Feed, &ReadOptions::default());
    assert!(messages(&items)[0].starts_with("broken.xml"));
}

#[test]
fn oversized_documents_are_rejected_and_empty_ones_kept() {
    let opts = ReadOptions { max_bytes: 10, ..ReadOptions::default() };
    let items = read_bytes("big.txt", b"this text is longer than ten bytes", Format::Text, &opts);
    assert!(docs(&items).is_empty());
    assert!(messages(&items)[0].contains("over the limit"));
    let items = read_bytes("empty.txt", b"", Format::Text, &ReadOptions::default());
    assert_eq!(docs(&items)[0].text, "");
}

#[test]
fn a_missing_path_is_an_error_and_the_walk_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"B");
    write(dir.path(), "a.txt", b"A");
    write(dir.path(), "notes.bin", b"ignored in a walk");
    let items: Vec<Item> = read_paths(&[dir.path().join("nope.txt"), dir.path().to_path_buf()], &ReadOptions::default()).collect();
    assert!(messages(&items)[0].contains("nope.txt"));
    let texts: Vec<&str> = docs(&items).iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, vec!["A", "B"], "sorted walk, unknown extensions skipped");
}
