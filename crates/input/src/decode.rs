//! Bytes to text: UTF-8 with replacement, BOM removal, binary detection.

/// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
/// Returns the text and, if anything was replaced, the byte offset of the
/// first invalid byte. A leading byte-order mark is dropped.
pub fn decode_text(bytes: &[u8]) -> (String, Option<usize>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(e) => (String::from_utf8_lossy(bytes).into_owned(), Some(e.valid_up_to())),
    }
}

/// True when the bytes look like a binary file rather than text: a NUL byte
/// in the first 8 KB, or mostly control bytes.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    !head.is_empty() && control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacement_reports_the_first_bad_byte() {
        let (t, off) = decode_text(b"ab\xffcd");
        assert_eq!(t, "ab\u{fffd}cd");
        assert_eq!(off, Some(2));
        assert_eq!(decode_text("\u{feff}x".as_bytes()).0, "x");
        assert_eq!(decode_text(b"ok").1, None);
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0"));
        assert!(!looks_binary("Plain text, with “quotes”.\n".as_bytes()));
    }
}
