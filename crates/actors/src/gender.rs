//! Which pronoun fits each person: read from an honorific or a gendered title next to a mention ("Mrs
//! Petrova", "Queen Rania"), a gendered role noun ("the spokeswoman"), else the first given name when the
//! knowledge base knows it to be used for one sex. Only to tell whom a "he" or a "she" can be.

use dyad_core::{Document, EntityKind, Gender};
use dyad_kb::Kb;

/// The gender an honorific, a title or a role noun asks for ("Mrs", "Queen", "spokeswoman").
pub(crate) fn word_gender(w: &str) -> Option<Gender> {
    let w = w.trim_end_matches('.').to_lowercase();
    match w.as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "emperor" | "duke" | "sheikh" | "sheik" | "emir" | "sultan" | "baron"
        | "count" | "earl" | "pope" | "father" | "brother" | "monsieur" | "señor" | "signor" | "herr" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "empress" | "duchess" | "baroness" | "countess"
        | "sister" | "madame" | "mme" | "señora" | "signora" | "frau" => Some(Gender::Female),
        _ if w.ends_with("woman") || w.ends_with("women") => Some(Gender::Female),
        _ if w.ends_with("man") && matches!(w.as_str(), "spokesman" | "chairman" | "congressman" | "businessman" | "statesman" | "councilman" | "frontman" | "clergyman" | "kinsman") => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// Sets `Entity::gender` for the document's people.
pub fn assign(doc: &mut Document, kb: &Kb) {
    let tokens = &doc.tokens;
    let tok = |i: usize| tokens.get(i).map(|t| t.span.of(&doc.text)).unwrap_or("");
    let mut found: Vec<Option<Gender>> = vec![None; doc.entities.len()];
    let mut named: Vec<Option<Gender>> = vec![None; doc.entities.len()];
    for m in &doc.mentions {
        let e = m.entity.index();
        if doc.entities[e].kind != EntityKind::Person || found[e].is_some() {
            continue;
        }
        let first = doc.token_at_or_after(m.span.start);
        let last = doc.token_at_or_after(m.span.end);
        // the words of the mention and the one right before it ("Mrs Petrova", "the spokeswoman")
        let before = first.checked_sub(1).map(tok);
        let words = before.into_iter().chain((first..last).map(tok));
        if let Some(g) = words.filter_map(word_gender).next() {
            found[e] = Some(g);
            continue;
        }
        if named[e].is_none() && m.kind == dyad_core::MentionKind::Name {
            named[e] = kb.given_name_sex(tok(first));
        }
    }
    for (i, ent) in doc.entities.iter_mut().enumerate() {
        if ent.kind != EntityKind::Person {
            continue;
        }
        let from_role = ent.role.as_deref().and_then(|r| r.split_whitespace().filter_map(word_gender).next());
        let from_name = ent.name.split_whitespace().next().and_then(|w| kb.given_name_sex(w));
        ent.gender = found[i].or(from_role).or(named[i]).or(from_name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_titles_and_role_nouns() {
        assert_eq!(word_gender("Mrs."), Some(Gender::Female));
        assert_eq!(word_gender("Sir"), Some(Gender::Male));
        assert_eq!(word_gender("spokeswoman"), Some(Gender::Female));
        assert_eq!(word_gender("spokesman"), Some(Gender::Male));
        // no gender in a neutral title, nor in "man" inside other words
        assert_eq!(word_gender("minister"), None);
        assert_eq!(word_gender("German"), None);
    }
}
