//! RSS 2.0 and Atom feeds: one document per item.

use crate::{diag, extract_html, make_doc, Item, ReadOptions};
use dyad_core::Meta;

/// Reads every item of a feed. A feed that cannot be parsed is one error;
/// an item without text is an error naming the item's number.
pub fn read_feed(name: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Item> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => return vec![Item::Error(diag(name, format!("not a readable RSS or Atom feed: {e}")))],
    };
    let mut out = Vec::new();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let origin = format!("{name}#item {}", i + 1);
        let html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
        let Some(html) = html.filter(|h| !h.trim().is_empty()) else {
            out.push(Item::Error(diag(origin, "feed item has no content or summary")));
            continue;
        };
        let url = entry.links.first().map(|l| l.href.clone());
        let text = if html.contains('<') { extract_html(&html, url.as_deref()).0 } else { html };
        let meta = Meta {
            id: Some(if entry.id.is_empty() { url.clone().unwrap_or_default() } else { entry.id.clone() })
                .filter(|s| !s.is_empty()),
            title: entry.title.map(|t| t.content.trim().to_string()),
            url,
            published: entry.published.or(entry.updated).map(|d| d.date_naive()),
            origin: None,
        };
        out.push(make_doc(text, meta, origin, opts));
    }
    if out.is_empty() {
        out.push(Item::Warning(diag(name, "feed has no items")));
    }
    out
}
