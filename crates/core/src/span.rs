//! Half-open byte spans over a document's text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A half-open range of UTF-8 **byte** offsets `[start, end)` into
/// [`Document::text`](crate::Document::text).
///
/// Invariant: `start <= end`. Spans own nothing; slice the text with
/// [`Span::of`]. On the wire a span is the two-element array `[start, end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Builds a span. Panics in debug builds if `start > end` (a programming
    /// error, never an input error).
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers. Returns `""` if the span does not fall on
    /// char boundaries of `text` (never panics).
    #[inline]
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the byte offset lies inside the span.
    #[inline]
    pub fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        if start > end {
            return Err(serde::de::Error::custom(format!("span start {start} > end {end}")));
        }
        Ok(Span { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_and_relations() {
        let t = "Baku’s view";
        let s = Span::new(0, 4);
        assert_eq!(s.of(t), "Baku");
        // inside a multi-byte apostrophe: not a char boundary, empty rather than panic
        assert_eq!(Span::new(5, 6).of(t), "");
        assert!(Span::new(0, 10).contains(s));
        assert!(s.overlaps(Span::new(3, 5)));
        assert!(!s.overlaps(Span::new(4, 5)));
        assert_eq!(s.cover(Span::new(8, 9)), Span::new(0, 9));
    }

    #[test]
    fn wire_form_round_trips() {
        let s = Span::new(3, 9);
        let j = serde_json::to_string(&s).unwrap();
        assert_eq!(j, "[3,9]");
        assert_eq!(serde_json::from_str::<Span>(&j).unwrap(), s);
        assert!(serde_json::from_str::<Span>("[9,3]").is_err());
    }
}
