//! Step 4: role nouns and descriptions ("the editor", "the 47th president",
//! "Israel's PM") linked to the person they stand for.

use crate::candidates::aligned;
use crate::cluster::pick_holder;
use crate::util::{is_possessive, tok, Lookups};
use dyad_core::{Document, Entity, EntityId, EntityKind, Mention, MentionKind, Span, TokenKind};
use dyad_kb::{Kb, Office};

/// Adds `Nominal` mentions for role nouns that refer back to (or name, via
/// the office-holder list) a person.
pub fn link(doc: &mut Document, kb: &Kb, lk: &Lookups) {
    committees(doc);
    bodies(doc, kb);
    company_descriptions(doc, kb);
    officers_of_described_bodies(doc);
    unnamed_sources(doc, kb);
    plural_sources(doc);
    let date = doc.meta.published;
    for &(span, title) in &lk.titles {
        let Some(r) = aligned(doc, span) else { continue };
        // ("Labour MPs said", "ministers said": a plural is a group — see `plural_sources` — not one person)
        let surface = doc.slice(span);
        if surface.len() > 2 && surface.ends_with('s') && !surface.ends_with("ss") && kb.titles(&surface[..surface.len() - 1]).iter().any(|(sp, _)| sp.end == surface.len() - 1 && sp.start == 0) {
            continue;
        }
        // already part of a mention, or directly followed by a name ("President Aliyev")
        if doc.mention_at(span.start).is_some() {
            continue;
        }
        if let Some(m) = doc.mention_at(doc.tokens.get(r.end).map(|t| t.span.start).unwrap_or(usize::MAX)) {
            if doc.entity(m.entity).kind == EntityKind::Person {
                continue;
            }
        }
        // ("Ethiopia's foreign minister at the time, X,": the title of the person named after a phrase of when)
        let when = if (r.end..r.end + 3).map(|k| tok(doc, k)).eq(["at", "the", "time"]) { 3 } else { 0 };
        if when > 0
            && tok(doc, r.end + when) == ","
            && doc.tokens.get(r.end + when + 1).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| doc.entity(m.entity).kind == EntityKind::Person && m.kind == MentionKind::Name)
        {
            continue;
        }
        // ("Kenya's ambassador to Ethiopia, Joseph Morgan,": the title and its post, then the name after a
        // comma — the named person's title, which the names' step has read)
        if matches!(tok(doc, r.end), "to" | "in" | "for" | "at") {
            let mut j = r.end + 1;
            if tok(doc, j).eq_ignore_ascii_case("the") {
                j += 1;
            }
            let from = j;
            while j < doc.tokens.len() && j < from + 5 && crate::util::is_cap(doc, j) {
                j += 1;
            }
            let named = j > from
                && tok(doc, j) == ","
                && doc.tokens.get(j + 1).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| doc.entity(m.entity).kind == EntityKind::Person && m.kind == MentionKind::Name);
            if named {
                continue;
            }
        }
        // ("the Secretary of State for Culture" is no foreign minister: a portfolio follows)
        if doc.slice(span).eq_ignore_ascii_case("secretary of state") && tok(doc, r.end) == "for" {
            continue;
        }
        let mut end = r.end;
        // "president-elect"
        if tok(doc, end) == "-" && tok(doc, end + 1) == "elect" {
            end += 2;
        }
        // what stands before: the [47th] | STATE's | the DEMONYM
        let mut start = r.start;
        let mut country: Option<String> = None;
        // (where the state came from a demonym right before the title: "the South African archbishop")
        let mut demonym_at: Option<Span> = None;
        // (or from a possessive naming a state or a body: "Russia's ambassador", "the European Union's
        // special envoy": the owner's first token and its country and code)
        let mut owner: Option<(usize, Option<String>, Option<String>)> = None;
        let mut definite = false;
        // (the party whose office the title is: "the Tory leader")
        let mut party_owner: Option<String> = None;
        let mut k = r.start;
        if k > 0 && doc.tokens[k - 1].kind == TokenKind::Number {
            k -= 1;
        }
        // "the 72-year-old leader", "the embattled premier": an age or a describing word before the title
        if k >= 5
            && tok(doc, k - 1) == "old"
            && tok(doc, k - 2) == "-"
            && matches!(tok(doc, k - 3), "year" | "years")
            && tok(doc, k - 4) == "-"
            && doc.tokens[k - 5].kind == TokenKind::Number
        {
            k -= 5;
        } else if k > 0
            && matches!(
                tok(doc, k - 1),
                "veteran" | "embattled" | "outgoing" | "incumbent" | "ailing" | "beleaguered" | "long-serving" | "newly" | "interim" | "acting" | "caretaker" | "transitional"
            )
        {
            k -= 1;
        }
        // "the former Estonian prime minister": someone who held the office, not its holder now
        let former_at = |i: usize| i > 0 && matches!(tok(doc, i - 1), "former" | "ex-" | "then");
        let mut former = false;
        if k > 0 && is_possessive(tok(doc, k - 1)) {
            if let Some(m) = doc.mention_at(doc.tokens[k.saturating_sub(2)].span.start) {
                let e = doc.entity(m.entity);
                if e.kind == EntityKind::State {
                    country = e.country.clone();
                    definite = true;
                }
                if matches!(e.kind, EntityKind::State | EntityKind::Organization) {
                    owner = Some((m_start_tok(doc, m.span), e.country.clone(), e.code.clone()));
                    definite = true;
                }
                // ("Scotland's first minister", "Bavaria's premier": a region's office — someone of the
                // region's state, but no holder of the state's own office)
                if e.kind == EntityKind::Place && e.country.is_some() {
                    let c = e.country.clone();
                    let code = c.as_deref().map(|c| sector_code(c, &title.sector));
                    owner = Some((m_start_tok(doc, m.span), c, code));
                    definite = true;
                }
            }
        } else if k > 0 {
            if let Some(m) = doc.mention_at(doc.tokens[k - 1].span.start) {
                let e = doc.entity(m.entity);
                let o = m_start_tok(doc, m.span);
                // ("the Tory leader", "the Republican chairman": a party's name as an adjective before a
                // title is an office in that party)
                if e.kind == EntityKind::Organization
                    && e.code.as_deref().is_some_and(|c| c.ends_with("PTY"))
                    && o > 0
                    && tok(doc, o - 1).eq_ignore_ascii_case("the")
                {
                    owner = Some((o, e.country.clone(), e.code.clone()));
                    party_owner = Some(e.name.clone());
                    definite = true;
                } else if e.kind == EntityKind::State && m.kind == MentionKind::Demonym {
                    country = e.country.clone();
                    demonym_at = Some(m.span);
                    let mut d = m_start_tok(doc, m.span);
                    if former_at(d) {
                        former = true;
                        d -= 1;
                    }
                    definite = d >= 1 && tok(doc, d - 1).eq_ignore_ascii_case("the");
                }
            } else if former_at(k) && k >= 2 && tok(doc, k - 2).eq_ignore_ascii_case("the") {
                former = true;
                definite = true;
                start = k - 2;
            } else if tok(doc, k - 1).eq_ignore_ascii_case("the") {
                definite = true;
                start = k - 1;
            }
        }
        if !definite {
            continue;
        }
        // "the president of Azerbaijan"
        let mut tail = end;
        let mut of_other = false;
        if country.is_none() && tok(doc, end) == "of" {
            let mut j = end + 1;
            if tok(doc, j) == "the" {
                j += 1;
            }
            if let Some(m) = doc.tokens.get(j).and_then(|t| doc.mention_at(t.span.start)) {
                let e = doc.entity(m.entity);
                if e.kind == EntityKind::State {
                    country = e.country.clone();
                    tail = doc.token_at_or_after(m.span.end);
                } else {
                    // ("He and the Archbishop of Canterbury", "the Mayor of Lviv": an office of a town or a
                    // body is someone of its own, unless a name stands in apposition)
                    of_other = true;
                    tail = doc.token_at_or_after(m.span.end);
                }
            } else {
                continue; // "the editor of the X": a description of someone new
            }
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        // "Colombia's foreign minister, Laura Sarabia," and "Laura Sarabia, Colombia's foreign
        // minister,": a title in apposition to a person's name is that person, whoever the knowledge
        // base says holds the office
        let opens = if k >= 2 && is_possessive(tok(doc, k - 1)) {
            let owner_end = doc.tokens[k - 2].span.end;
            doc.mentions.iter().find(|m| m.span.end == owner_end).map_or(k - 2, |m| m_start_tok(doc, m.span))
        } else {
            (start.min(k)..r.start)
                .find(|&i| doc.mention_at(doc.tokens[i].span.start).is_some() || tok(doc, i).eq_ignore_ascii_case("the"))
                .unwrap_or(start)
        };
        let person_at = |m: &Mention| m.kind == MentionKind::Name && doc.entity(m.entity).kind == EntityKind::Person;
        // ("The Foreign Minister of Peru, Ana Ruiz, said": past the state the title is of)
        // ("The Coast Guard's spokesman for the West Philippine Sea, Commodore X,": past what the office is for)
        let comma = if tok(doc, tail) == "for" {
            (tail + 1..(tail + 9).min(doc.tokens.len()))
                .take_while(|&i| tok(doc, i) == "," || crate::util::is_cap(doc, i) || matches!(tok(doc, i), "the" | "of" | "and"))
                .find(|&i| tok(doc, i) == ",")
                .unwrap_or(tail)
        } else {
            tail
        };
        // (past a rank or an honorific before the name: ", Commodore X,")
        let named_at = |i: usize| doc.tokens.get(i).and_then(|t| doc.mention_at(t.span.start)).filter(|m| person_at(m));
        // ("Khartoum's representative, a senior irrigation official, Omer Abdelrahim,": or past a second
        // description in apposition, an article and plain words)
        let described = || apposed_description_end(doc, comma + 1).and_then(|x| named_at(x + 1));
        let after = (tok(doc, comma) == ",").then(|| named_at(comma + 1).or_else(|| named_at(comma + 2).filter(|_| crate::util::is_cap(doc, comma + 1))).or_else(described)).flatten();
        // ("Echoing Condoleezza Rice, the prime minister said": a name closing an opening phrase is no
        // apposition to the subject after the comma)
        let opening_phrase = doc.sentence_of(span.start).is_some_and(|se| {
            let s0 = doc.token_at_or_after(se.start);
            let first = tok(doc, s0);
            let opener = (first.ends_with("ing") && first.starts_with(char::is_uppercase))
                || matches!(first, "After" | "Before" | "Like" | "Unlike" | "Despite" | "Asked" | "Following" | "With" | "Alongside" | "Beside");
            let next = tok(doc, tail);
            let verb = next.chars().all(|c| c.is_ascii_lowercase())
                && !next.is_empty()
                && (next.ends_with("ed") || next.ends_with('s') || matches!(next, "said" | "told" | "met" | "spoke" | "will" | "would" | "has" | "had" | "is" | "was"));
            opener && verb && opens >= 2 && !(s0 + 1..opens - 1).any(|x| tok(doc, x) == ",")
        });
        // ("Joseph Morgan, the Indian foreign secretary,": back over the article before a state's adjective)
        let mut opens = match demonym_at {
            Some(d) if opens > doc.token_at_or_after(d.start) => {
                let mut o = doc.token_at_or_after(d.start);
                while o >= 1 && (tok(doc, o - 1).eq_ignore_ascii_case("the") || matches!(tok(doc, o - 1), "former" | "then")) {
                    o -= 1;
                }
                o
            }
            _ => opens,
        };
        // ("Paul Tellier, who was also Bombardier's president,": a relative clause saying what they are)
        if opens >= 4 {
            let p = if matches!(tok(doc, opens - 1), "also" | "then" | "now") { opens - 1 } else { opens };
            if p >= 4 && matches!(tok(doc, p - 1), "is" | "was") && tok(doc, p - 2) == "who" && tok(doc, p - 3) == "," {
                opens = p - 2;
            }
        }
        // (not "X, the prime minister's special envoy,": a title owning another names someone else)
        let before = (opens >= 2 && tok(doc, opens - 1) == "," && !opening_phrase && !is_possessive(tok(doc, end)))
            .then(|| doc.mentions.iter().find(|m| m.span.end == doc.tokens[opens - 2].span.end && person_at(m)))
            .flatten();
        if let Some(m) = after.or(before) {
            let id = m.entity;
            doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
            continue;
        }
        if of_other {
            continue;
        }
        let target = match (&country, title.office) {
            _ if former => recent_former_holder(doc, kb, span.start, title, country.as_deref(), date),
            (Some(c), Some(office)) if office != Office::Other => {
                let on = date.unwrap_or(chrono::NaiveDate::MAX);
                match kb.holder_of(c, office, on).or_else(|| pick_holder(vec![], None)) {
                    Some(h) => Some(find_or_create(doc, h.name.clone(), h.country.clone(), h.role.clone())),
                    None => None,
                }
            }
            _ => {
                let surface = doc.text[doc.tokens[r.start].span.start..doc.tokens[r.end - 1].span.end].to_lowercase();
                recent_person_with_role(doc, kb, span.start, &title.name, &surface, country.as_deref())
            }
        };
        // (a party's office answers only to someone the text put in that party: "the Tory leader" is no
        // president named before)
        let target = target.filter(|&id| {
            party_owner.as_ref().is_none_or(|p| {
                doc.entity(id).facts.iter().any(|f| f.attribute == "affiliation" && &f.value == p)
            })
        });
        // ("The South African archbishop said …": someone of that state in that role whom the text has not
        // named — a person of their own, not the state)
        // (and "Russia's ambassador said …", "The European Union's special envoy …": the owner's)
        let target = target.or_else(|| {
            let (open, from, c, org_code) = match (demonym_at, &owner) {
                (Some(dem), _) => {
                    let d = m_start_tok(doc, dem);
                    let open = if d > 0 && tok(doc, d - 1).eq_ignore_ascii_case("the") { d - 1 } else { d };
                    (open, dem.end, Some(country.clone()?), None)
                }
                (None, Some((o, c, code))) => {
                    let open = if *o > 0 && tok(doc, o - 1).eq_ignore_ascii_case("the") { o - 1 } else { *o };
                    // (only a title standing as a noun phrase of its own — not "Spain's general election",
                    // nor "Labour's deputy minister for women Jacqui Smith", whose name follows, nor "is to
                    // become the UK's high commissioner", which says what someone is)
                    let next = tok(doc, end);
                    let verb_or_stop = doc.tokens.get(end).is_none_or(|t| t.kind == TokenKind::Punct)
                        || !next.chars().all(|c| c.is_ascii_lowercase())
                        || next.ends_with("ed")
                        || matches!(
                            next,
                            "to" | "for" | "at" | "in" | "on" | "with" | "from" | "who" | "has" | "had" | "have" | "is" | "was"
                                | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "also" | "then"
                                | "later" | "says" | "said" | "told" | "tells" | "warns" | "adds" | "insists" | "argues"
                                | "believes" | "wants" | "met" | "spoke" | "gave" | "made" | "took" | "went" | "came" | "left"
                                | "wrote" | "sent" | "flew" | "led" | "held" | "did" | "does"
                        );
                    let named_after = (end..(end + 7).min(doc.tokens.len()))
                        .take_while(|&x| doc.tokens[x].kind != TokenKind::Punct)
                        .any(|x| doc.mention_at(doc.tokens[x].span.start).is_some_and(|m| doc.entity(m.entity).kind == EntityKind::Person));
                    let predicate = open > 0
                        && matches!(
                            tok(doc, open - 1).to_lowercase().as_str(),
                            "was" | "is" | "were" | "are" | "be" | "been" | "being" | "became" | "become" | "becomes" | "as" | "remained" | "remains"
                        );
                    if !verb_or_stop || named_after || predicate {
                        return None;
                    }
                    let org = code.clone().filter(|_| c.as_deref() != code.as_deref());
                    (open, doc.tokens[k - 1].span.end, c.clone(), org)
                }
                (None, None) => return None,
            };
            // (a title in capitals after a demonym, "The German Senator", is read as no one)
            // (an abbreviation is written in capitals anyway: "the Labour MP")
            let capital = |w: &str| w.starts_with(char::is_uppercase) && !w.chars().all(|c| c.is_uppercase());
            if former || doc.slice(span).split(' ').last().is_some_and(capital) {
                return None;
            }
            // ("\"This is a disgrace,\" said Kate Hoey. The Labour MP, who …, said": a description opening
            // the sentence after one that named a single person, who has no other role, country or party,
            // is that person described — and what it says of them is learned)
            let own = Span::new(doc.tokens[doc.token_at_or_after(from)].span.start, span.end);
            if let Some(id) = epithet_of(doc, open, title, c.as_deref(), party_owner.as_deref()) {
                let evidence = Span::new(doc.tokens[open].span.start, span.end);
                let e = &mut doc.entities[id.0 as usize];
                e.facts.push(dyad_core::LearnedFact { attribute: "role".into(), value: title.name.clone(), evidence });
                if e.role.is_none() {
                    e.role = Some(title.name.clone());
                }
                if let Some(p) = &party_owner {
                    e.facts.push(dyad_core::LearnedFact { attribute: "affiliation".into(), value: p.clone(), evidence });
                }
                if e.country.is_none() {
                    if let Some(cc) = &c {
                        e.facts.push(dyad_core::LearnedFact { attribute: "country".into(), value: cc.clone(), evidence });
                        e.country = Some(cc.clone());
                        e.code = org_code.clone().or_else(|| Some(sector_code(cc, &title.sector)));
                    }
                }
                doc.add_mention(Mention { span: own, entity: id, kind: MentionKind::Nominal });
                return None;
            }
            let phrase = doc.slice(Span::new(doc.tokens[open].span.start, span.end));
            let name = match phrase.split_once(' ') {
                Some((first, rest)) if first == "The" => format!("the {rest}"),
                _ => phrase.to_string(),
            };
            let mut e = Entity::new(name, EntityKind::Person);
            e.code = match (&c, org_code) {
                (_, Some(code)) => Some(code),
                (Some(c), None) => Some(sector_code(c, &title.sector)),
                (None, None) => None,
            };
            e.country = c;
            e.role = Some(title.name.clone());
            e.kb_id = Some(format!("unnamed:{}:{}", doc.id, span.start));
            let id = doc.add_entity(e);
            doc.add_mention(Mention { span: own, entity: id, kind: MentionKind::Nominal });
            None
        });
        if let Some(id) = target {
            doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
        }
    }
    officers_spokespeople(doc);
}

/// "the prime minister's spokesman", "the chancellor's spokeswoman": the spokesperson of an office
/// holder the text names by title is someone of their own — of the holder's state, speaking for them —
/// whom "the spokesman said" later names again.
/// "The company's managing director, Fiona Kerrow," / "Adama Koné, a spokesman for the ministry,": a
/// person whose title belongs to a body the text names by its common noun ("the company", "the
/// ministry", now linked to the body named before) is that body's officer, of its state — where nothing
/// else gave them one.
fn officers_of_described_bodies(doc: &mut Document) {
    let body_at = |doc: &Document, span_end: usize| {
        doc.mentions
            .iter()
            .find(|m| m.span.end == span_end && m.kind == MentionKind::Nominal && matches!(doc.entity(m.entity).kind, EntityKind::Organization | EntityKind::Group))
            .map(|m| m.entity)
    };
    let lower = |doc: &Document, k: usize| tok(doc, k).chars().all(|c| c.is_lowercase() || c == '-') && !tok(doc, k).is_empty();
    let mut found: Vec<(EntityId, EntityId, Span)> = Vec::new();
    for m in doc.mentions.iter().filter(|m| m.kind == MentionKind::Name && doc.entity(m.entity).kind == EntityKind::Person) {
        let a = m_start_tok(doc, m.span);
        let b = doc.token_at_or_after(m.span.end);
        // before: "the company's managing director, X" (one to four lower-case words between)
        let mut k = a;
        if k > 0 && tok(doc, k - 1) == "," {
            k -= 1;
        }
        let words = (0..4).take_while(|&n| k > n + 1 && lower(doc, k - n - 1)).count();
        let before = (1..=words).find_map(|n| {
            let poss = k - n - 1;
            (poss >= 1 && is_possessive(tok(doc, poss))).then(|| body_at(doc, doc.tokens[poss - 1].span.end)).flatten()
        });
        // after: "X, a spokesman for the ministry," (one to four lower-case words, then for/of/at)
        let after = (tok(doc, b) == "," && matches!(tok(doc, b + 1), "a" | "an" | "the"))
            .then(|| {
                (b + 2..(b + 7).min(doc.tokens.len())).take_while(|&x| lower(doc, x)).find(|&x| matches!(tok(doc, x), "for" | "of" | "at") && x > b + 2)
            })
            .flatten()
            .and_then(|x| {
                // the body's noun phrase: "the ministry", ending before a comma or stop
                let end = (x + 1..(x + 5).min(doc.tokens.len())).find(|&y| matches!(tok(doc, y), "," | "." | ";"))?;
                body_at(doc, doc.tokens[end - 1].span.end)
            });
        if let Some(body) = before.or(after) {
            found.push((m.entity, body, m.span));
        }
    }
    for (person, body, evidence) in found {
        let (name, country, code) = {
            let b = doc.entity(body);
            (b.name.clone(), b.country.clone(), b.code.clone())
        };
        let p = &mut doc.entities[person.index()];
        if p.country.is_some() || p.code.is_some() {
            continue;
        }
        if !p.facts.iter().any(|f| f.attribute == "affiliation") {
            p.facts.push(dyad_core::LearnedFact { attribute: "affiliation".into(), value: name, evidence });
        }
        // (an international body's officer is of no state)
        if let Some(cc) = country.filter(|_| !code.as_deref().is_some_and(|c| c.starts_with("IGO"))) {
            p.facts.push(dyad_core::LearnedFact { attribute: "country".into(), value: cc.clone(), evidence });
            p.code = Some(cc.clone());
            p.country = Some(cc);
        }
    }
}

fn officers_spokespeople(doc: &mut Document) {
    let mut found = Vec::new();
    for i in 3..doc.tokens.len() {
        if !matches!(tok(doc, i), "spokesman" | "spokeswoman" | "spokesperson") || doc.mention_at(doc.tokens[i].span.start).is_some() {
            continue;
        }
        if !is_possessive(tok(doc, i - 1)) {
            continue;
        }
        // (the holder by title, a mention of a person the title stands for: "the prime minister")
        let Some(m) = doc.mentions.iter().find(|m| m.span.end == doc.tokens[i - 2].span.end && m.kind == MentionKind::Nominal) else { continue };
        let holder = doc.entity(m.entity);
        if holder.kind != EntityKind::Person {
            continue;
        }
        let a = m_start_tok(doc, m.span);
        let a = if a > 0 && tok(doc, a - 1).eq_ignore_ascii_case("the") { a - 1 } else { a };
        if !tok(doc, a).eq_ignore_ascii_case("the") {
            continue;
        }
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[i].span.end);
        found.push((span, doc.tokens[i].span, m.entity, holder.country.clone(), tok(doc, i).to_string()));
    }
    for (span, own, holder, country, head) in found {
        let name = doc.slice(span).to_string();
        let name = match name.split_once(' ') {
            Some(("The", rest)) => format!("the {rest}"),
            _ => name,
        };
        let mut e = Entity::new(name, EntityKind::Person);
        e.code = country.as_ref().map(|c| format!("{c}GOV"));
        e.country = country;
        e.role = Some(head.clone());
        e.kb_id = Some(format!("unnamed:{}:{}", doc.id, own.start));
        let holder_name = doc.entity(holder).name.clone();
        e.facts.push(dyad_core::LearnedFact { attribute: "affiliation".into(), value: holder_name, evidence: span });
        let id = doc.add_entity(e);
        doc.add_mention(Mention { span: own, entity: id, kind: MentionKind::Nominal });
        // ("… The spokesman said": the same head after "the", in the three sentences after, unless
        // someone else is so described in between)
        let here = doc.sentences.iter().position(|s| s.contains(own)).unwrap_or(0);
        let until = doc.sentences.get(here + 3).map_or(doc.text.len(), |s| s.end);
        let later: Vec<Span> = (0..doc.tokens.len())
            .filter(|&k| k > 0 && doc.tokens[k].span.start > own.end && doc.tokens[k].span.end <= until)
            .take_while(|&k| !(tok(doc, k) == head && doc.mention_at(doc.tokens[k].span.start).is_some_and(|m| m.entity != id)))
            .filter(|&k| tok(doc, k) == head && tok(doc, k - 1).eq_ignore_ascii_case("the") && doc.mention_at(doc.tokens[k].span.start).is_none())
            .map(|k| Span::new(doc.tokens[k - 1].span.start, doc.tokens[k].span.end))
            .collect();
        for sp in later {
            doc.add_mention(Mention { span: sp, entity: id, kind: MentionKind::Nominal });
        }
    }
}

/// "ECOWAS … The bloc has accused the juntas", "the foreign ministry … the
/// ministry said", "Hamas … the group said": a body's common noun after
/// "the" stands for the body of that sort named last, within the six
/// sentences before — a bloc or an alliance for an international body, a
/// ministry for a ministry, a group or militia for an armed or political
/// group.
/// "the Commons public accounts committee", "the Senate armed services committee", "the environment
/// select committee": a legislature's committee written in lower case is a body of its own, named by
/// its remit ("Public Accounts Committee"), of the legislature's state, so that "the committee said"
/// can name it later.
fn committees(doc: &mut Document) {
    // (words that describe a committee rather than name its remit)
    const DESCRIBING: &[&str] = &[
        "new", "powerful", "influential", "cross-party", "all-party", "joint", "senior", "parliamentary", "special", "standing",
        "same", "whole", "own", "key", "select", "committee", "house", "government", "party",
    ];
    let mut found: Vec<(Span, String, Option<EntityId>)> = Vec::new();
    for i in 1..doc.tokens.len() {
        if tok(doc, i) != "committee" || doc.mention_at(doc.tokens[i].span.start).is_some() {
            continue;
        }
        let mut a = i;
        while a > 0 && i - a < 6 {
            let w = tok(doc, a - 1);
            let word = doc.tokens[a - 1].kind == TokenKind::Word && w.chars().all(|c| c.is_lowercase() || c == '-');
            if !word || doc.mention_at(doc.tokens[a - 1].span.start).is_some() || matches!(w, "the" | "a" | "an" | "its" | "their" | "which" | "that" | "this" | "of" | "by" | "to" | "from" | "on" | "in" | "said") {
                break;
            }
            a -= 1;
        }
        let topic: Vec<&str> = (a..i).map(|x| tok(doc, x)).filter(|w| !DESCRIBING.contains(w)).collect();
        if topic.is_empty() || matches!(topic.first(), Some(&"and")) || matches!(topic.last(), Some(&"and")) {
            continue;
        }
        // whose: a legislature named right before ("the Commons …"), or a select committee
        let legislature = (a > 0)
            .then(|| doc.mention_at(doc.tokens[a - 1].span.start))
            .flatten()
            .filter(|m| m.span.end == doc.tokens[a - 1].span.end)
            .map(|m| m.entity)
            .filter(|&e| doc.entity(e).code.as_deref().is_some_and(|c| c.ends_with("LEG")));
        let select = (a..i).any(|x| tok(doc, x) == "select");
        if legislature.is_none() && !select {
            continue;
        }
        let mut name: Vec<String> = topic
            .iter()
            .map(|w| match *w {
                "and" | "of" | "for" => w.to_string(),
                _ => w.split('-').map(|p| {
                    let mut c = p.chars();
                    c.next().map_or(String::new(), |f| f.to_uppercase().collect::<String>() + c.as_str())
                }).collect::<Vec<_>>().join("-"),
            })
            .collect();
        name.push("Committee".into());
        found.push((Span::new(doc.tokens[a].span.start, doc.tokens[i].span.end), name.join(" "), legislature));
    }
    for (span, name, legislature) in found {
        let id = match doc.entities.iter().position(|e| e.kind == EntityKind::Organization && e.name == name) {
            Some(x) => EntityId(x as u32),
            None => {
                let mut e = Entity::new(name, EntityKind::Organization);
                if let Some(l) = legislature {
                    let l = doc.entity(l);
                    e.country = l.country.clone();
                    e.code = l.country.as_ref().map(|c| format!("{c}LEG"));
                    e.facts.push(dyad_core::LearnedFact { attribute: "affiliation".into(), value: l.name.clone(), evidence: span });
                }
                doc.add_entity(e)
            }
        };
        doc.add_mention(Mention { span, entity: id, kind: MentionKind::Name });
    }
}

/// "Halifax said … The UK's biggest mortgage lender said …", "Continental Airlines warned … the group
/// said": a definite description whose head is a word for a company stands for the company named last,
/// within the three sentences before (a company the knowledge base knows, or a body it does not).
fn company_descriptions(doc: &mut Document, kb: &Kb) {
    for i in 1..doc.tokens.len() {
        let head = tok(doc, i);
        // ("the world's leading crude exporter", "the main gas supplier": as often a state)
        if !crate::util::company_noun(kb, head) || matches!(head, "exporter" | "supplier") || doc.mention_at(doc.tokens[i].span.start).is_some() {
            continue;
        }
        // (not "the firm MTN", "the group of seven", "the company's", "the bank holiday")
        let next = tok(doc, i + 1);
        if crate::util::is_cap(doc, i + 1) && !matches!(next, "I") || next == "of" || next == "-" || crate::util::company_noun(kb, next) {
            continue;
        }
        if !is_possessive(next) && doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && next.chars().all(|c| c.is_lowercase()))
            && !matches!(next, "said" | "says" | "has" | "had" | "is" | "was" | "will" | "would" | "added" | "warned" | "reported" | "announced" | "and" | "which" | "that" | "to" | "in" | "on" | "for" | "after" | "as" | "also" | "posted" | "expects" | "expected" | "made" | "saw" | "could" | "may" | "might" | "did")
        {
            continue;
        }
        // back over describing words to "the", past a possessor ("the UK's", "the world's")
        let mut a = i;
        while a > 0 && i - a < 5 && tok(doc, a - 1).chars().all(|c| c.is_lowercase() || c == '-') && !matches!(tok(doc, a - 1), "the" | "a" | "an" | "this" | "that") {
            a -= 1;
        }
        let from = a;
        if a >= 2 && is_possessive(tok(doc, a - 1)) {
            let owner = doc.mentions.iter().find(|m| m.span.end == doc.tokens[a - 2].span.end);
            match owner {
                Some(m) if doc.entity(m.entity).kind == EntityKind::State => a = doc.token_at_or_after(m.span.start),
                None if matches!(tok(doc, a - 2), "world" | "country" | "nation" | "region") => a -= 2,
                _ => continue,
            }
        }
        if a == 0 || !matches!(tok(doc, a - 1), "the" | "The") {
            continue;
        }
        // (a determiner's words are no description of a company: "the other firm", "the same group")
        // (nor a compound: "the supply chain", "the food chain")
        if (from..i).any(|x| matches!(tok(doc, x), "other" | "same" | "new" | "rival" | "two" | "three" | "parent" | "former" | "supply" | "food" | "value")) {
            continue;
        }
        let span = Span::new(doc.tokens[from].span.start, doc.tokens[i].span.end);
        let here = doc.sentences.iter().position(|s| s.contains(span)).unwrap_or(0);
        let window = doc.sentences[here.saturating_sub(3)].start;
        // (not a public body the knowledge base does not know: "the EU's General Court … the company")
        const PUBLIC: &[&str] = &[
            "Committee", "Court", "Council", "Commission", "Parliament", "Assembly", "Ministry", "Tribunal", "Agency", "Authority",
            "Party", "Police", "Army", "University", "Institute", "Organisation", "Organization", "Union", "Office", "Department",
        ];
        let business = |e: &Entity| {
            e.kind == EntityKind::Organization && e.code.as_deref().is_none_or(|c| c.ends_with("BUS")) && !e.name.split(' ').any(|w| PUBLIC.contains(&w))
        };
        // (of the companies named in that window — not where someone works or where something went: "an
        // analyst at Petercam" — the subject of the sentence before, or of this one before the words;
        // else the one the story has named most so far, else the last: "Unilever … Oil giant Shell last
        // year … an analyst at Petercam … The company said")
        let at = doc.tokens[a - 1].span.start;
        let prev_start = doc.sentences[here.saturating_sub(1)].start;
        let free = |m: &Mention| {
            let t = doc.token_at_or_after(m.span.start);
            !(t > 0 && matches!(tok(doc, t - 1), "at" | "with" | "from" | "by" | "for" | "to" | "of" | "include" | "includes"))
        };
        let subject = [doc.sentences[here].start, prev_start].into_iter().find_map(|s0| {
            // (past an opening clause: "If Turkcell does back out, MTN - the South African firm - may …";
            // a sentence opening with a quotation has its speaker's words first)
            let mut s0 = s0;
            let t0 = doc.token_at_or_after(s0);
            if matches!(tok(doc, t0), "\"" | "“") {
                return None;
            }
            if matches!(tok(doc, t0), "If" | "When" | "After" | "While" | "Although" | "Though" | "As" | "Since" | "Because" | "Before" | "Unless" | "Once" | "In" | "On" | "Despite") {
                let c = (t0 + 1..(t0 + 15).min(doc.tokens.len())).find(|&x| tok(doc, x) == ",")?;
                s0 = doc.tokens[c].span.end;
            }
            let first = doc.mentions.iter().find(|m| m.span.start >= s0 && m.span.end <= at && !matches!(doc.entity(m.entity).kind, EntityKind::Place))?;
            (free(first) && business(doc.entity(first.entity))).then_some(first.entity)
        });
        let mut best: Option<(usize, usize, EntityId)> = None;
        for m in doc.mentions.iter().filter(|m| m.span.end <= at && m.span.start >= window && m.kind != MentionKind::Pronoun) {
            if !free(m) || !business(doc.entity(m.entity)) {
                continue;
            }
            let named = doc.mentions.iter().filter(|n| n.entity == m.entity && n.span.end <= at).count();
            if best.is_none_or(|(n, start, _)| (named, m.span.start) >= (n, start)) {
                best = Some((named, m.span.start, m.entity));
            }
        }
        let target = subject.or(best.map(|(_, _, e)| e));
        if let Some(id) = target {
            let span = if from == a { Span::new(doc.tokens[a - 1].span.start, span.end) } else { span };
            doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
        }
    }
}

fn bodies(doc: &mut Document, kb: &Kb) {
    let mut add = Vec::new();
    for i in 1..doc.tokens.len() {
        let w = tok(doc, i);
        // "Solomon Islands … the Pacific nation", "Kazakhstan … the landlocked country": a state's noun
        // with a descriptor stands for the state it fits named last, within six sentences before
        if let Some(noun) = crate::util::state_noun(doc, kb, i).filter(|n| n.within.is_some()) {
            if tok(doc, i + 1) == "of" || doc.mention_at(doc.tokens[i].span.start).is_some() {
                continue;
            }
            let span = Span::new(doc.tokens[noun.the].span.start, doc.tokens[i].span.end);
            let window = doc.sentences.iter().filter(|s| s.end <= span.start).rev().nth(5).map_or(0, |s| s.start);
            let fits = |e: &Entity| {
                e.kind == EntityKind::State
                    && e.country.as_deref().is_some_and(|c| {
                        // (the descriptor settles it: "the hermit kingdom" is North Korea's)
                        noun.within.is_some_and(|w| w.iter().any(|x| x == c))
                    })
            };
            let target =
                doc.mentions.iter().rev().filter(|m| m.span.end <= span.start && m.span.start >= window).find(|m| fits(doc.entity(m.entity))).map(|m| m.entity);
            if let Some(id) = target {
                // (the descriptor's own name is no mention: "Pacific" in "the Pacific nation")
                doc.mentions.retain(|m| !(m.span.start >= span.start && m.span.end <= span.end));
                doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
            }
            continue;
        }
        // "the National Security Committee … The committee said": a body whose name holds the noun
        let named_by = |e: &Entity| {
            e.kind == EntityKind::Organization
                && e.name.split(|c: char| !c.is_alphanumeric()).any(|x| x.eq_ignore_ascii_case(w) && x.starts_with(char::is_uppercase))
        };
        let fits: &dyn Fn(&Entity) -> bool = match w {
            "committee" | "council" | "commission" | "court" | "tribunal" | "agency" | "assembly" | "authority" | "union"
            | "organisation" | "organization" => &named_by,
            "bloc" => &|e: &Entity| e.kind == EntityKind::Organization && e.code.as_deref().is_some_and(|c| c.starts_with("IGO")),
            // (an alliance is a treaty's: NATO, the CSTO — not the EU)
            "alliance" => &|e: &Entity| {
                e.kind == EntityKind::Organization
                    && e.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                    && (e.name == "NATO" || ["Treaty", "Alliance", "Pact"].iter().any(|w| e.name.contains(w)))
            },
            "ministry" => &|e: &Entity| e.kind == EntityKind::Organization && e.name.starts_with("Ministry"),
            // ("Kenya … the country's president": the state named last)
            "country" | "nation" => &|e: &Entity| e.kind == EntityKind::State,
            // ("Riyadh … the kingdom", "Oman … the sultanate": the state of that kind named last)
            "kingdom" | "emirate" | "sultanate" | "principality" => {
                &|e: &Entity| e.kind == EntityKind::State && e.country.as_deref().is_some_and(|c| kb.state_is(c, w))
            }
            "group" | "militia" | "movement" => {
                // (not a state's people: "Carib Indians … the group's chief")
                &|e: &Entity| {
                    e.code.as_deref().is_some_and(|c| c.ends_with("REB"))
                        || (e.kind == EntityKind::Group && !e.code.as_deref().is_some_and(|c| c.ends_with("CVL")))
                }
            }
            _ => continue,
        };
        let the = tok(doc, i - 1);
        if !matches!(the, "the" | "The") || doc.mention_at(doc.tokens[i].span.start).is_some() {
            continue;
        }
        // ("the group of seven", "the bloc Mercosur", "the alliance's summit" is fine)
        let next = tok(doc, i + 1);
        if next == "of" || next.starts_with(|c: char| c.is_uppercase()) && doc.tokens.get(i + 1).is_some_and(|t| doc.mention_at(t.span.start).is_some()) {
            continue;
        }
        let span = Span::new(doc.tokens[i - 1].span.start, doc.tokens[i].span.end);
        let window = doc.sentences.iter().filter(|s| s.end <= span.start).rev().nth(5).map_or(0, |s| s.start);
        let target = doc
            .mentions
            .iter()
            .rev()
            // (a capital is more often where something was said than the body it seats)
            // (but a capital is its state: "Witkoff's visit to Baku … within and outside the country")
            .filter(|m| {
                m.span.end <= span.start
                    && m.span.start >= window
                    && (m.kind != MentionKind::Metonym || matches!(w, "country" | "nation" | "kingdom" | "emirate" | "sultanate" | "principality"))
            })
            .find(|m| fits(doc.entity(m.entity)))
            .map(|m| m.entity);
        // "the country": the state of this sentence or the one before, else the one the text has
        // named most so far, at least twice ("… from South Wales and Ireland. … hunts went out. … many
        // areas of the country" is no Ireland)
        let target = if matches!(w, "country" | "nation") {
            let near = doc.sentences.iter().filter(|s| s.end <= span.start).next_back().map_or(0, |s| s.start);
            target.filter(|&id| {
                doc.mentions.iter().any(|m| m.entity == id && m.span.start >= near && m.span.end <= span.start)
            }).or_else(|| {
                let mut counts: Vec<(EntityId, usize)> = Vec::new();
                for m in doc.mentions.iter().filter(|m| m.span.end <= span.start && fits(doc.entity(m.entity))) {
                    match counts.iter_mut().find(|c| c.0 == m.entity) {
                        Some(c) => c.1 += 1,
                        None => counts.push((m.entity, 1)),
                    }
                }
                counts.sort_by_key(|c| std::cmp::Reverse(c.1));
                match counts.as_slice() {
                    [a, b, ..] if a.1 >= 2 && a.1 > b.1 => Some(a.0),
                    [a] if a.1 >= 2 => Some(a.0),
                    _ => None,
                }
            })
        } else {
            target
        };
        if let Some(id) = target {
            if matches!(w, "country" | "nation") {
                // (at once: "The country saw … . … when the country was" follows the first)
                doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
            } else {
                add.push(Mention { span, entity: id, kind: MentionKind::Nominal });
            }
        }
    }
    for m in add {
        doc.add_mention(m);
    }
}

/// The head nouns of an unnamed source, with the sector they imply.
const SOURCE_HEADS: &[(&str, &str)] = &[
    ("official", "GOV"),
    ("diplomat", "GOV"),
    ("aide", "GOV"),
    ("adviser", "GOV"),
    ("advisor", "GOV"),
    ("negotiator", "GOV"),
    ("minister", "GOV"),
    ("lawmaker", "LEG"),
    ("legislator", "LEG"),
    ("officer", "MIL"),
    ("commander", "MIL"),
    ("source", ""),
    ("spokesman", ""),
    ("spokeswoman", ""),
    ("spokesperson", ""),
    ("member", ""),
    // people with no office, whose words news reports too ("One displaced farmer … said", "a resident told")
    ("resident", "CVL"),
    ("witness", "CVL"),
    ("villager", "CVL"),
    ("farmer", "CVL"),
    ("refugee", "CVL"),
    ("survivor", "CVL"),
    ("shopkeeper", "CVL"),
    ("fisherman", "CVL"),
    ("trader", "CVL"),
    ("protester", "CVL"),
];

/// Is `w` the head noun of an unnamed source ("fisherman", "trader", "official")?
/// ", a senior irrigation official, X": for "a" or "an" at token `article` opening plain lower-case words, the
/// comma that closes them (within five words).
fn apposed_description_end(doc: &Document, article: usize) -> Option<usize> {
    matches!(tok(doc, article), "a" | "an").then_some(())?;
    (article + 1..(article + 7).min(doc.tokens.len()))
        .take_while(|&x| tok(doc, x) == "," || tok(doc, x).chars().all(|ch| ch.is_lowercase() || ch == '-'))
        .find(|&x| tok(doc, x) == ",")
        .filter(|&x| x > article + 1)
}

pub(crate) fn source_head(w: &str) -> bool {
    SOURCE_HEADS.iter().any(|(h, _)| *h == w)
}

/// "Local officials said …", "Several Iraqi lawmakers have urged …", "Diplomats told reporters …":
/// unnamed people in the plural who speak or act are one group of their own, of the state or body the
/// words before the noun name (not the state itself, nor no one).
fn plural_sources(doc: &mut Document) {
    const HEADS: &[(&str, &str)] = &[
        ("officials", "GOV"),
        ("diplomats", "GOV"),
        ("ministers", "GOV"),
        ("lawmakers", "LEG"),
        ("legislators", "LEG"),
        ("officers", "MIL"),
        ("commanders", "MIL"),
        ("residents", "CVL"),
        ("witnesses", "CVL"),
        ("villagers", "CVL"),
        ("farmers", "CVL"),
        ("protesters", "CVL"),
        ("sources", ""),
        ("mps", "LEG"),
        ("meps", "LEG"),
        ("msps", "LEG"),
        ("peers", "LEG"),
        ("senators", "LEG"),
        ("congressmen", "LEG"),
        ("campaigners", "CVL"),
        ("critics", ""),
        ("analysts", ""),
        ("economists", ""),
        ("experts", ""),
    ];
    const VERBS: &[&str] = &[
        "said", "say", "says", "told", "tell", "warned", "accused", "urged", "claimed", "insisted", "insist", "argued",
        "added", "denied", "deny", "protested", "demanded", "called", "confirmed", "reported", "believe", "fear", "feared",
    ];
    const BETWEEN: &[&str] = &["have", "had", "also", "reportedly", "privately", "publicly", "later", "then", "repeatedly", "have also"];
    const MODIFIERS: &[&str] = &[
        "local", "senior", "western", "regional", "several", "some", "many", "two", "three", "four", "five", "other", "top",
        "unnamed", "government", "military", "security", "police", "opposition", "party", "foreign", "ministry", "defence",
        "defense", "health", "border", "provincial", "federal", "state", "displaced", "angry", "backbench", "rebel", "cross-party",
        "independent", "leading",
    ];
    let mut found: Vec<(Span, String, Option<String>, String, String)> = Vec::new();
    for k in 0..doc.tokens.len() {
        let head = tok(doc, k).to_lowercase();
        // (a capital only where the sentence opens: "Diplomats said …"; "MPs", "MEPs" as written)
        let acronym = matches!(tok(doc, k), "MPs" | "MEPs" | "MSPs");
        if head != tok(doc, k) && !acronym && !crate::util::sentence_initial(doc, k) {
            continue;
        }
        let Some(&(_, head_sector)) = HEADS.iter().find(|(h, _)| *h == head) else { continue };
        if doc.mention_at(doc.tokens[k].span.start).is_some() {
            continue;
        }
        let mut v = k + 1;
        while v < doc.tokens.len() && BETWEEN.contains(&tok(doc, v)) {
            v += 1;
        }
        if !VERBS.contains(&tok(doc, v)) {
            continue;
        }
        let (mut a, mut country, mut code, mut sector) = (k, None::<String>, None::<String>, head_sector);
        while a > 0 {
            let prev = a - 1;
            if let Some(m) = doc.mention_at(doc.tokens[prev].span.start) {
                let e = doc.entity(m.entity);
                match e.kind {
                    EntityKind::State => country = e.country.clone(),
                    EntityKind::Organization | EntityKind::Group => {
                        country = e.country.clone();
                        code = e.code.clone();
                    }
                    _ => break,
                }
                a = m_start_tok(doc, m.span);
                continue;
            }
            let w = tok(doc, prev).to_lowercase();
            if MODIFIERS.contains(&w.as_str()) || doc.tokens[prev].kind == TokenKind::Number {
                sector = match w.as_str() {
                    "military" | "defence" | "defense" => "MIL",
                    "police" => "COP",
                    "opposition" => "OPP",
                    _ => sector,
                };
                a = prev;
                continue;
            }
            break;
        }
        // ("the officials said": people named before; "its officials": the body's, named already)
        if a > 0 && matches!(tok(doc, a - 1).to_lowercase().as_str(), "the" | "these" | "those" | "its" | "their" | "his" | "her") {
            continue;
        }
        let phrase = Span::new(doc.tokens[a].span.start, doc.tokens[k].span.end);
        let name = doc.slice(phrase).to_string();
        // (a capital that only opens the sentence is dropped: "Local officials" → "local officials", but
        // "Tory sources" keeps the party's)
        // (not an acronym's: "MPs")
        let acronym_first = tok(doc, a).chars().skip(1).any(|c| c.is_uppercase());
        let opener = doc.mention_at(phrase.start).is_none()
            && !acronym_first
            && MODIFIERS.iter().chain(HEADS.iter().map(|(h, _)| h)).any(|m| tok(doc, a).eq_ignore_ascii_case(m));
        let name = match name.split_once(' ') {
            Some((first, rest)) if opener => format!("{} {rest}", first.to_lowercase()),
            None if opener => name.to_lowercase(),
            _ => name,
        };
        let code = code.or_else(|| country.as_ref().map(|c| format!("{c}{sector}")));
        let from = doc.mentions_in(phrase).last().map_or(phrase.start, |m| doc.tokens[doc.token_at_or_after(m.span.end)].span.start);
        found.push((Span::new(from, phrase.end), name, country, code.unwrap_or_default(), head.trim_end_matches('s').to_string()));
    }
    for (span, name, country, code, role) in found {
        let mut e = Entity::new(name, EntityKind::Group);
        e.country = country;
        e.code = (!code.is_empty()).then_some(code);
        e.role = Some(role);
        e.kb_id = Some(format!("unnamed:{}:{}", doc.id, span.start));
        let id = doc.add_entity(e);
        doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
    }
}

/// "A Western diplomat in Abuja, who asked not to be named, said …", "a senior US official said",
/// "a Hamas official told reporters": an unnamed source is one person of their own, of the state or
/// body the words before the noun name, so that what they said and did is theirs and not a place's.
fn unnamed_sources(doc: &mut Document, kb: &Kb) {
    let mut found: Vec<(Span, String, Option<String>, Option<String>, String, Option<(EntityId, Span)>)> = Vec::new();
    let mut described: Vec<(EntityId, Option<String>, Option<String>)> = Vec::new();
    for i in 0..doc.tokens.len() {
        if !matches!(tok(doc, i), "a" | "an" | "A" | "An" | "One" | "one") {
            continue;
        }
        // ("Diana Mondino, a former foreign minister, told …": a description of the person just named)
        if i >= 2
            && tok(doc, i - 1) == ","
            && doc.mentions.iter().any(|m| m.span.end == doc.tokens[i - 2].span.end && doc.entity(m.entity).kind == EntityKind::Person)
        {
            continue;
        }
        // ("she was an official there", "served as an officer": what someone is, not who spoke; "which is not
        // an ASEAN member": nor what it is not)
        let copula_at = if i >= 2 && matches!(tok(doc, i - 1), "not" | "never" | "also" | "still" | "now" | "already") { i - 1 } else { i };
        if copula_at > 0
            && matches!(
                tok(doc, copula_at - 1).to_lowercase().as_str(),
                "was" | "is" | "were" | "are" | "be" | "been" | "being" | "became" | "become" | "becomes" | "as" | "remained" | "remains"
            )
        {
            continue;
        }
        let mut k = i + 1;
        let mut country: Option<String> = None;
        let mut code: Option<String> = None;
        let mut sector: Option<&str> = None;
        let mut capitals = 0;
        let mut lowercase = 0;
        while k < doc.tokens.len() && k < i + 7 {
            if let Some(m) = doc.mention_at(doc.tokens[k].span.start) {
                let e = doc.entity(m.entity);
                match e.kind {
                    EntityKind::State => country = e.country.clone(),
                    // ("a senior Latin American diplomat": a region's, of no one state; "a Gaza health
                    // official": the place's state)
                    EntityKind::Place => country = e.country.clone().or(country),
                    EntityKind::Organization | EntityKind::Group => {
                        country = e.country.clone();
                        code = e.code.clone();
                    }
                    _ => break,
                }
                k = doc.token_at_or_after(m.span.end);
                continue;
            }
            let w = tok(doc, k);
            let lower = w.to_lowercase();
            let hint = match lower.as_str() {
                "military" | "army" | "defence" | "defense" | "naval" => Some("MIL"),
                "intelligence" => Some("SPY"),
                "police" => Some("COP"),
                "government" | "ministry" | "administration" | "diplomatic" | "foreign" | "state" | "cabinet" => Some("GOV"),
                "senior" | "top" | "high" | "ranking" | "high-ranking" | "-" | "western" | "regional" | "local" | "security"
                | "former" | "second" | "third" | "another" | "european" | "arab" | "asian" | "african" | "gulf" => Some(""),
                _ => None,
            };
            if let Some(h) = hint {
                if !h.is_empty() {
                    sector = Some(h);
                }
                k += 1;
                continue;
            }
            // ("a Bank official": a capitalised word naming the body)
            if w.starts_with(char::is_uppercase) && capitals < 2 && !SOURCE_HEADS.iter().any(|(h, _)| lower == *h) {
                capitals += 1;
                k += 1;
                continue;
            }
            // ("a committee member", "a party official": a noun naming the body, not a word of a clause)
            if lowercase < 2
                && w.len() >= 4
                && w.chars().all(|ch| ch.is_ascii_lowercase())
                && !SOURCE_HEADS.iter().any(|(h, _)| lower == *h)
                && !matches!(w, "with" | "from" | "into" | "over" | "that" | "this" | "which" | "said" | "says" | "told" | "also")
                && !w.ends_with("ing")
                && !w.ends_with("ly")
                // ("One displaced farmer": a participle only right before the head)
                && (!w.ends_with("ed") || SOURCE_HEADS.iter().any(|(h, _)| tok(doc, k + 1) == *h))
                && SOURCE_HEADS.iter().any(|(h, _)| tok(doc, k + 1) == *h || (lowercase == 0 && tok(doc, k + 2) == *h))
            {
                lowercase += 1;
                k += 1;
                continue;
            }
            break;
        }
        let head = tok(doc, k).to_lowercase();
        let Some(&(_, head_sector)) = SOURCE_HEADS.iter().find(|(h, _)| *h == head) else { continue };
        if doc.mention_at(doc.tokens[k].span.start).is_some() {
            continue;
        }
        // ("a five-member club", "a two-witness rule": the head word ends a compound adjective)
        if k > 0 && tok(doc, k - 1) == "-" && doc.tokens[k - 1].span.end == doc.tokens[k].span.start {
            continue;
        }
        // ("a spokesman, Ivan Koval,", "an official named X": the source has a name)
        let next = tok(doc, k + 1);
        let person_at = |x: usize| doc.tokens.get(x).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| doc.entity(m.entity).kind == EntityKind::Person);
        let named_next = matches!(next, "," | "named" | "called") && person_at(k + 2);
        // ("A spokeswoman for the agency in Dhaka, Kun Li,": the name after a few plain words of whose and where)
        // ("An aide to him, Mekdes Tadesse,": the name after a pronoun the title is "to")
        let named_later = (matches!(next, "to" | "for") && matches!(tok(doc, k + 2), "him" | "her") && tok(doc, k + 3) == "," && person_at(k + 4))
            || matches!(next, "for" | "of" | "at" | "from" | "with" | "in")
            && (k + 2..(k + 10).min(doc.tokens.len()))
                .take_while(|&x| doc.tokens[x].kind == dyad_core::TokenKind::Word || tok(doc, x) == ",")
                .find(|&x| tok(doc, x) == ",")
                // ("An official at the Hairatan port authority, Mawlawi X,": past an honorific)
                .is_some_and(|x| (person_at(x + 1) || (kb.honorific(tok(doc, x + 1)) && person_at(x + 2))) && (k + 2..x).all(|y| !matches!(tok(doc, y), "said" | "says" | "told" | "who" | "which" | "that")));
        // ("Khartoum's representative, a senior irrigation official, Omer Abdelrahim,": past a second
        // description in apposition)
        let named_after_description = next == "," && apposed_description_end(doc, k + 2).is_some_and(|x| person_at(x + 1));
        let named_next = named_next || named_later || named_after_description;
        // ("A Burkinabè staff officer, Colonel I. Sawadogo,": the source is the person named after a
        // title in apposition, who is of the state the description names)
        let titled_next = (next == ",")
            .then(|| {
                (k + 3..(k + 6).min(doc.tokens.len())).find_map(|x| {
                    (k + 2..x).all(|y| crate::util::is_cap(doc, y) && doc.mention_at(doc.tokens[y].span.start).is_none()).then_some(())?;
                    doc.mention_at(doc.tokens[x].span.start).filter(|m| m.kind == MentionKind::Name && doc.entity(m.entity).kind == EntityKind::Person)
                })
            })
            .flatten()
            .map(|m| m.entity);
        if let Some(p) = titled_next {
            if country.is_some() && doc.entity(p).country.is_none() {
                described.push((p, country.clone(), code.clone().or_else(|| country.as_ref().map(|c| format!("{c}{}", sector.unwrap_or(head_sector))))));
            }
            continue;
        }
        // ("an energy source", "a reliable source of income": a source is a person only as the body's or
        // the state's, or alone)
        if head == "source" && lowercase > 0 {
            continue;
        }
        // ("a member state": no person)
        if head == "member" && matches!(next, "state" | "states" | "country" | "countries" | "nation" | "nations" | "of") {
            continue;
        }
        // ("a source of tension", "a minister's visit": no person)
        if named_next || matches!(next, "of" | "'s" | "’s") && head == "source" || matches!(next, "'s" | "’s") {
            continue;
        }
        // "a spokesman for Darlington Council", "an official at the Home Office", "a spokesman for Mr
        // Blair": whose source it is
        let mut end = k;
        let mut body: Option<(EntityId, Span)> = None;
        if matches!(next, "for" | "of" | "at" | "from" | "with" | "in") && country.is_none() && code.is_none() {
            let j = if tok(doc, k + 2).eq_ignore_ascii_case("the") { k + 3 } else { k + 2 };
            let j = if kb.honorific(tok(doc, j)) { j + 1 } else { j };
            if let Some(m) = doc.tokens.get(j).and_then(|t| doc.mention_at(t.span.start)) {
                let e = doc.entity(m.entity);
                // ("a diplomat in Lima" is where they are, not whose)
                let place = matches!(e.kind, EntityKind::Place) || (next == "in" && m.kind == MentionKind::Metonym);
                if !place && next != "in" || matches!(e.kind, EntityKind::Organization) {
                    country = e.country.clone();
                    code = e.code.clone();
                    end = doc.token_at_or_after(m.span.end) - 1;
                    if matches!(e.kind, EntityKind::Organization | EntityKind::Group) {
                        body = Some((m.entity, Span::new(doc.tokens[i].span.start, m.span.end)));
                    }
                }
            }
        }
        // ("The Home Office has been criticised over … A spokeswoman said …": a spokesperson with no
        // body of their own, opening the sentence after one whose subject is a body, speaks for it)
        let inner_body = doc.mentions_in(Span::new(doc.tokens[i].span.start, doc.tokens[k].span.end)).iter().any(|m| doc.entity(m.entity).kind != EntityKind::Person);
        if body.is_none() && !inner_body && country.is_none() && code.is_none() && matches!(head.as_str(), "spokesman" | "spokeswoman" | "spokesperson") {
            if let Some((b, ev)) = body_before(doc, i) {
                let e = doc.entity(b);
                country = e.country.clone();
                if e.kind == EntityKind::State {
                    // ("Iran rejected the offer. A spokesman said …": the state's government's)
                    sector = Some("GOV");
                } else {
                    code = e.code.clone();
                    body = Some((b, Span::new(ev.start, doc.tokens[k].span.end)));
                }
            }
        }
        // ("A spokesman for Pakistan's Foreign Office, Tariq Hamdani,": the body's name, then the
        // source's own)
        // ("A spokesman for the Uganda People's Defence Force (UPDF), Brigadier X,": its acronym in brackets, and
        // the person's own title, may stand between)
        let comma = (k + 1..(k + 12).min(doc.tokens.len())).find(|&x| tok(doc, x) == ",");
        let person_from = |x: usize| {
            doc.tokens.get(x).and_then(|t| doc.mention_at(t.span.start)).is_some_and(|m| m.kind == MentionKind::Name && doc.entity(m.entity).kind == EntityKind::Person)
        };
        let named_after_body = comma.is_some_and(|c| {
            matches!(next, "for" | "of" | "at")
                && (k + 2..c).all(|x| {
                    let w = tok(doc, x);
                    matches!(w, "the" | "of" | "for" | "and" | "'s" | "’s" | "-" | "(" | ")") || crate::util::is_cap(doc, x)
                })
                && (c + 1..(c + 4).min(doc.tokens.len())).any(|x| {
                    person_from(x) && (c + 1..x).all(|y| crate::util::is_cap(doc, y) && doc.mention_at(doc.tokens[y].span.start).is_none())
                })
        });
        if named_after_body {
            continue;
        }
        // ("a former minister" is one of CAMEO's elites)
        let former = (i + 1..k).any(|x| tok(doc, x).eq_ignore_ascii_case("former"));
        let sector = if former { "ELI" } else { sector.unwrap_or(head_sector) };
        let code = code.or_else(|| country.as_ref().map(|c| format!("{c}{sector}")));
        let name = doc.slice(Span::new(doc.tokens[i].span.start, doc.tokens[end].span.end)).to_string();
        let phrase = Span::new(doc.tokens[i].span.start, doc.tokens[k].span.end);
        // (the state or body named inside keeps its own mention: "a senior Chilean official" is
        // mentioned by its last words)
        let from = doc.mentions_in(phrase).last().map_or(phrase.start, |m| doc.tokens[doc.token_at_or_after(m.span.end)].span.start);
        // (a body named inside the description: "a Home Office spokeswoman")
        if body.is_none() {
            body = doc
                .mentions_in(phrase)
                .iter()
                .rev()
                .find(|m| matches!(doc.entity(m.entity).kind, EntityKind::Organization | EntityKind::Group))
                .map(|m| (m.entity, phrase));
        }
        found.push((Span::new(from, phrase.end), name, country, code, head, body));
    }
    for (p, country, code) in described {
        let e = &mut doc.entities[p.index()];
        e.country = country;
        if e.code.is_none() {
            e.code = code;
        }
    }
    for (span, name, country, code, head, body) in found {
        let name = match name.split_once(' ') {
            Some((a, rest)) => format!("{} {rest}", a.to_lowercase()),
            None => name,
        };
        let mut e = Entity::new(name, EntityKind::Person);
        e.country = country;
        e.code = code;
        e.role = Some(head);
        // (one unnamed source is not another's: each is an actor of its own in the store)
        e.kb_id = Some(format!("unnamed:{}:{}", doc.id, span.start));
        if let Some((b, evidence)) = body {
            e.facts.push(dyad_core::LearnedFact { attribute: "affiliation".into(), value: doc.entity(b).name.clone(), evidence });
        }
        let id = doc.add_entity(e);
        doc.add_mention(Mention { span, entity: id, kind: MentionKind::Nominal });
    }
}

/// The body a sentence opened at token `open` follows on from: the subject of the sentence before it
/// (its first mention, a body or a state, with nothing but "The" before it), else the one body that
/// sentence names. With the span of that sentence.
fn body_before(doc: &Document, open: usize) -> Option<(EntityId, Span)> {
    let at = doc.tokens.get(open)?.span.start;
    let here = doc.sentence_of(at)?;
    if doc.token_at_or_after(here.start) != open {
        return None;
    }
    let prev = *doc.sentences.iter().rev().find(|s| s.end <= here.start)?;
    let is_body = |e: EntityId| matches!(doc.entity(e).kind, EntityKind::Organization | EntityKind::Group);
    let ms = doc.mentions_in(prev);
    let first = ms.first()?;
    let lead = doc.slice(Span::new(prev.start, first.span.start)).trim();
    if (is_body(first.entity) || doc.entity(first.entity).kind == EntityKind::State) && (lead.is_empty() || lead == "The" || lead == "the") {
        return Some((first.entity, prev));
    }
    let mut bodies: Vec<EntityId> = ms.iter().map(|m| m.entity).filter(|&e| is_body(e)).collect();
    bodies.sort();
    bodies.dedup();
    (bodies.len() == 1).then(|| (bodies[0], prev))
}

/// The one person named in the sentence before the one that `open` opens,
/// when nothing known of them contradicts the description ("the Labour MP",
/// "Scotland's first minister"): no other role, country or party.
fn epithet_of(doc: &Document, open: usize, title: &dyad_kb::Title, country: Option<&str>, party: Option<&str>) -> Option<EntityId> {
    let at = doc.tokens.get(open)?.span.start;
    let here = doc.sentence_of(at)?;
    if doc.token_at_or_after(here.start) != open {
        return None;
    }
    // (within one paragraph, or the paragraph right before; past up to two sentences whose subject
    // is "he" or "she" and that name no one, to the sentence naming whom they stand for: "Trump won.
    // He has promised … The Republican leader said …")
    let named_in = |s: &Span| -> Vec<EntityId> {
        let mut v: Vec<EntityId> = doc
            .mentions
            .iter()
            .filter(|m| m.span.start >= s.start && m.span.end <= s.end && m.kind == MentionKind::Name)
            .filter(|m| doc.entity(m.entity).kind == EntityKind::Person)
            .map(|m| m.entity)
            .collect();
        v.dedup();
        v
    };
    let before: Vec<&Span> = doc.sentences.iter().filter(|s| s.end <= here.start).rev().take(3).collect();
    let mut named = Vec::new();
    for (i, s) in before.iter().enumerate() {
        named = named_in(s);
        // (the pronoun opening the sentence, or its main clause after an opening phrase: "In 2024, he …")
        let words: Vec<&str> = doc.slice(**s).trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace().take(14).collect();
        let subject_pronoun = matches!(words.first(), Some(&("He" | "She")))
            || words.windows(2).any(|w| w[0].ends_with(',') && matches!(w[1], "he" | "she"));
        if !named.is_empty() || i == before.len() - 1 || !subject_pronoun {
            break;
        }
    }
    let id = named.first()?;
    if named.iter().any(|x| x != id) {
        return None;
    }
    let e = doc.entity(*id);
    if e.kb_id.as_deref().is_some_and(|k| k.starts_with("unnamed:")) {
        return None;
    }
    // (a "leader" is any head of state or government: "the Republican leader" of a president)
    let heads = |r: &str| matches!(r, "president" | "prime minister" | "chancellor" | "premier" | "king" | "emir" | "supreme leader");
    let role_ok = e.role.as_deref().is_none_or(|r| role_match(r, &title.name) || (title.name == "leader" && heads(r)));
    let country_ok = e.country.as_deref().is_none_or(|c| Some(c) == country);
    let party_ok = !e.facts.iter().any(|f| f.attribute == "affiliation" && Some(f.value.as_str()) != party);
    (role_ok && country_ok && party_ok).then_some(*id)
}

/// A state's CAMEO code with a title's sector ("GBR" + "GOV"); a title of no sector ("-") leaves the state's.
fn sector_code(country: &str, sector: &str) -> String {
    if sector == "-" {
        country.to_string()
    } else {
        format!("{country}{sector}")
    }
}

fn m_start_tok(doc: &Document, s: Span) -> usize {
    doc.token_at_or_after(s.start)
}

fn find_or_create(doc: &mut Document, name: String, country: String, role: String) -> EntityId {
    let kb_id = format!("person:{name}");
    if let Some(i) = doc.entities.iter().position(|e| e.kb_id.as_deref() == Some(kb_id.as_str())) {
        return EntityId(i as u32);
    }
    let mut e = Entity::new(name, EntityKind::Person);
    e.code = Some(format!("{country}GOV"));
    e.country = Some(country);
    e.role = Some(role);
    e.kb_id = Some(kb_id);
    doc.add_entity(e)
}

/// The person mentioned last before `before` whose role matches `role`
/// ("the Armenian leader" is the prime minister or president named before);
/// where the text gave someone the title in the same words (`surface`: "the
/// cardinal" after "Cardinal X", though a cardinal and an archbishop are both
/// clerics), the last such person.
fn recent_person_with_role(doc: &Document, kb: &Kb, before: usize, role: &str, surface: &str, country: Option<&str>) -> Option<EntityId> {
    let role = role.to_lowercase();
    let leads = |r: &str| {
        kb.titles(r).iter().any(|(s, t)| {
            s.len() == r.len() && matches!(t.office, Some(Office::HeadOfState | Office::HeadOfGovernment))
        })
    };
    // ("Dilnoza Rakhimova, director of the … Institute, … the expert concluded": a generic word for
    // someone who studies or writes about affairs answers to any such role)
    // (the title the words are, whole)
    let title_of = |r: &str| kb.titles(r).into_iter().find(|(s, _)| s.len() == r.len()).map(|(_, t)| t);
    let sector_of = |r: &str| title_of(r).map(|t| t.sector.clone());
    let studies = |r: &str| {
        let sector = sector_of(r);
        match role.as_str() {
            // (canonical roles whose forms all carry a qualifier: "senior fellow" is a "fellow")
            "expert" | "analyst" | "observer" | "commentator" | "specialist" => {
                matches!(r, "director" | "fellow") || matches!(sector.as_deref(), Some("EDU" | "MED"))
            }
            "scholar" | "researcher" | "academic" => r == "fellow" || matches!(sector.as_deref(), Some("EDU")),
            _ => false,
        }
    };
    // ("a Home Office spokeswoman … The spokeswoman added": a role kept as written answers to its title's
    // own name too)
    let canonical = |r: &str| title_of(r).map(|t| t.name.clone());
    let fits = |r: &str| {
        role_match(r, &role) || canonical(r).is_some_and(|c| role_match(&c, &role)) || (role == "leader" && leads(r)) || studies(r)
    };
    let matches = |e: &Entity| {
        e.kind == EntityKind::Person
            && country.is_none_or(|c| e.country.as_deref() == Some(c))
            && (e.role.as_deref().is_some_and(fits) || e.facts.iter().any(|f| f.attribute == "role" && fits(&f.value)))
    };
    let same_words = |e: &Entity| {
        e.facts.iter().any(|f| {
            f.attribute == "role"
                && doc.text.get(f.evidence.start..f.evidence.end).is_some_and(|t| {
                    t.to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '-').collect::<Vec<_>>().windows(surface.split(' ').count()).any(|w| w.join(" ") == surface)
                })
        })
    };
    let earlier = || doc.mentions.iter().rev().filter(|m| m.span.end <= before).filter(|m| matches(doc.entity(m.entity)));
    // (only where the words are narrower than the role: "cardinal" for "cleric", not "president")
    let narrower = surface != role;
    // ("the culture secretary" is a "minister", but no foreign secretary: words that name a portfolio
    // the role drops must be the person's own words)
    let qualified = narrower && surface.split(' ').count() > role.split(' ').count();
    earlier()
        .find(|m| narrower && same_words(doc.entity(m.entity)))
        .or_else(|| if qualified { None } else { earlier().next() })
        .map(|m| m.entity)
}

/// "foreign minister" answers to "the minister", but a deputy, a vice or a
/// shadow holder is not the holder ("the prime minister" is no "deputy prime
/// minister", nor the other way round).
fn role_match(have: &str, want: &str) -> bool {
    let have = have.to_lowercase();
    // ("attorney general" is no general: a rank after another noun makes a different office)
    let narrows = |long: &str, short: &str| {
        short != "general"
            && long.strip_suffix(short).and_then(|p| p.strip_suffix(' ')).is_some_and(|p| {
            !matches!(
                p.rsplit(' ').next().unwrap_or(""),
                "deputy" | "vice" | "assistant" | "shadow" | "acting" | "junior" | "under" | "former" | "ex" | "co" | "interim"
            )
        })
    };
    have == want || narrows(&have, want) || narrows(want, &have)
}

/// "the former Estonian prime minister": the person mentioned last before
/// `before` who, by the office-holder list, held the title's office (in
/// `country`, when given) and had left it by the publication date — or whom
/// the text itself gave that role.
fn recent_former_holder(
    doc: &Document,
    kb: &Kb,
    before: usize,
    title: &dyad_kb::Title,
    country: Option<&str>,
    date: Option<chrono::NaiveDate>,
) -> Option<EntityId> {
    let on = date.unwrap_or(chrono::NaiveDate::MAX);
    let held = |e: &Entity| {
        kb.holders_named(&e.name).iter().any(|h| {
            h.end.is_some_and(|end| end < on)
                && country.is_none_or(|c| h.country == c)
                && match title.office {
                    Some(o) if o != Office::Other => h.office == o,
                    _ => role_match(&h.role, &title.name.to_lowercase()),
                }
        })
    };
    doc.mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= before)
        .map(|m| m.entity)
        .find(|&id| {
            let e = doc.entity(id);
            e.kind == EntityKind::Person && held(e)
        })
}
