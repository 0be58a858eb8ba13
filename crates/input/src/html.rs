//! HTML pages to article text and metadata.

use dom_smoothie::{Config, Readability, TextMode};
use dyad_core::Meta;

/// Extracts the main article text (paragraphs separated by blank lines) and
/// the title, canonical URL and publication date of an HTML page. Pages the
/// extractor cannot make sense of fall back to all visible text.
pub fn extract_html(html: &str, url: Option<&str>) -> (String, Meta) {
    let mut meta = Meta::default();
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut text = String::new();
    if let Ok(mut r) = Readability::new(html, url, Some(cfg)) {
        if let Ok(a) = r.parse() {
            text = a.text_content.to_string();
            if !a.title.trim().is_empty() {
                meta.title = Some(a.title.trim().to_string());
            }
            meta.url = a.url.clone();
            meta.published = a.published_time.as_deref().and_then(crate::parse_date);
        }
    }
    let doc = dom_query::Document::from(html);
    if meta.url.is_none() {
        meta.url = attr(&doc, r#"link[rel="canonical"]"#, "href").or_else(|| attr(&doc, r#"meta[property="og:url"]"#, "content"));
    }
    if meta.title.is_none() {
        meta.title = attr(&doc, r#"meta[property="og:title"]"#, "content").or_else(|| {
            let t = doc.select("title").text().trim().to_string();
            (!t.is_empty()).then_some(t)
        });
    }
    if meta.published.is_none() {
        for (sel, a) in [
            (r#"meta[property="article:published_time"]"#, "content"),
            (r#"meta[name="date"]"#, "content"),
            (r#"meta[name="pubdate"]"#, "content"),
            (r#"meta[itemprop="datePublished"]"#, "content"),
            ("time[datetime]", "datetime"),
        ] {
            if let Some(d) = attr(&doc, sel, a).as_deref().and_then(crate::parse_date) {
                meta.published = Some(d);
                break;
            }
        }
    }
    if text.trim().is_empty() {
        text = doc.select("body").text().to_string();
    }
    (tidy(&text), meta)
}

fn attr(doc: &dom_query::Document, sel: &str, name: &str) -> Option<String> {
    let s = doc.select(sel);
    let v = s.attr(name)?.trim().to_string();
    (!v.is_empty()).then_some(v)
}

/// Trims lines and keeps one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for para in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let mut first = true;
        for w in para.split_whitespace() {
            if !first {
                out.push(' ');
            }
            out.push_str(w);
            first = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_boilerplate_and_with_metadata() {
        let html = r#"<html><head><title>Talks resume | Example News</title>
<link rel="canonical" href="https://news.example/talks">
<meta property="article:published_time" content="2025-04-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume</h1>
<p>Negotiators from both countries met in Geneva on Tuesday to restart talks that stalled in the spring, officials said, adding that further rounds were planned.</p>
<p>The foreign minister told reporters that progress had been made on prisoner exchanges and on the reopening of border crossings between the two states.</p>
<p>Observers cautioned that earlier rounds had collapsed over the same questions, and that a final agreement remained distant.</p></article>
<footer>Subscribe now! Advertisement. Copyright Example News.</footer></body></html>"#;
        let (text, meta) = extract_html(html, None);
        assert!(text.contains("Negotiators from both countries met in Geneva"), "{text}");
        assert!(!text.contains("Subscribe now"), "{text}");
        assert!(text.contains("\n\n"));
        assert_eq!(meta.url.as_deref(), Some("https://news.example/talks"));
        assert_eq!(meta.published.map(|d| d.to_string()).as_deref(), Some("2025-04-02"));
        assert!(meta.title.unwrap().contains("Talks resume"));
    }
}
