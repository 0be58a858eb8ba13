//! Interview transcripts: "Sokunthea: In our province, several thousand." — a paragraph that opens
//! with a person's name and a colon is that person's answer, in their own words; in a "Q: … A: …"
//! transcript the answers are those of the person the introduction names first.

use dyad_core::{Document, EntityKind, MentionKind, Quote, QuoteKind, Span, TokenKind};

/// The answers of an interview written as "NAME: words" paragraphs, each a direct statement of the
/// person named (a name of one to four words, a person the actors stage found), unless a quotation
/// the answer does not hold already covers some of its words.
pub fn find(doc: &Document, existing: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    // ("Q: … A: …": the answers are the one the introduction names first — not the one spoken to)
    let opens = |p: &Span, w: &str| {
        let r = doc.token_range(*p);
        r.len() >= 3 && doc.slice(doc.tokens[r.start].span) == w && doc.slice(doc.tokens[r.start + 1].span) == ":"
    };
    let first_q = doc.paragraphs.iter().position(|p| opens(p, "Q"));
    let answers = doc.paragraphs.iter().filter(|p| opens(p, "A")).count();
    let interviewee = first_q.filter(|_| answers >= 2).and_then(|q| {
        let intro_end = doc.paragraphs[q].start;
        doc.mentions.iter().filter(|m| m.span.end <= intro_end && m.kind == MentionKind::Name && doc.entity(m.entity).kind == EntityKind::Person).find(|m| {
            let k = doc.token_at_or_after(m.span.start);
            !(k > 0 && matches!(doc.slice(doc.tokens[k - 1].span), "to" | "with" | "by"))
        })
    });
    for p in &doc.paragraphs {
        let r = doc.token_range(*p);
        if r.len() < 3 {
            continue;
        }
        let (who, colon) = if let (true, Some(i)) = (opens(p, "A"), interviewee) {
            (i.entity, r.start + 1)
        } else {
            let Some(m) = doc.mention_at(doc.tokens[r.start].span.start) else { continue };
            if m.kind != MentionKind::Name || doc.entity(m.entity).kind != EntityKind::Person {
                continue;
            }
            (m.entity, doc.token_at_or_after(m.span.end))
        };
        if colon >= r.end || doc.slice(doc.tokens[colon].span) != ":" || colon - r.start > 4 {
            continue;
        }
        // the words after the colon, to the paragraph's end (without closing space)
        let from = colon + 1;
        let mut to = r.end;
        while to > from && doc.tokens[to - 1].kind == TokenKind::Punct && !matches!(doc.slice(doc.tokens[to - 1].span), "." | "!" | "?") {
            to -= 1;
        }
        if to <= from + 1 {
            continue;
        }
        let span = Span::new(doc.tokens[from].span.start, doc.tokens[to - 1].span.end);
        // (a statement the answer reports stays inside it, as a nested one: "Hun Manet says …")
        if existing.iter().any(|q| q.span.start < span.end && span.start < q.span.end && !span.contains(q.span)) {
            continue;
        }
        out.push(Quote { span, parts: Vec::new(), speaker: Some(who), cue: Some(doc.tokens[colon].span), kind: QuoteKind::Direct });
    }
    out
}
