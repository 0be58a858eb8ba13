//! Synthetic annotated articles for store tests and the ingest benchmark:
//! about 2.3 KB of text, some twenty mentions, quotations, events and facts,
//! drawn deterministically from a small cast so actors recur across documents.
#![allow(dead_code)]

use dyad_core::{
    Document, Entity, EntityId, EntityKind, Event, LearnedFact, Mention, MentionKind, Meta, Mode, PartialDate, Plover,
    Quote, QuoteKind, Span,
};

/// States of the cast: name, ISO3, capital.
const STATES: &[(&str, &str, &str)] = &[
    ("Norway", "NOR", "Oslo"),
    ("Chile", "CHL", "Santiago"),
    ("Kenya", "KEN", "Nairobi"),
    ("Vietnam", "VNM", "Hanoi"),
    ("Portugal", "PRT", "Lisbon"),
    ("Mongolia", "MNG", "Ulaanbaatar"),
    ("Ghana", "GHA", "Accra"),
    ("Uruguay", "URY", "Montevideo"),
    ("Finland", "FIN", "Helsinki"),
    ("Jordan", "JOR", "Amman"),
    ("Peru", "PER", "Lima"),
    ("Nepal", "NPL", "Kathmandu"),
];

const FIRST: &[&str] = &["Amara", "Bruno", "Clara", "Dmitri", "Elif", "Farid", "Greta", "Hamid", "Ines", "Jonas"];
const LAST: &[&str] = &["Okafor", "Lindqvist", "Moreau", "Tanaka", "Varga", "Quispe", "Haddad", "Nowak", "Sato", "Ferreira"];
const ROLES: &[&str] = &["foreign minister", "trade envoy", "defence minister", "ambassador", "spokeswoman"];
const TOPICS: &[&str] = &[
    "fishing rights in the northern waters",
    "a rail corridor across the plateau",
    "grain exports through the southern port",
    "the release of detained sailors",
    "a loan for the new power grid",
    "border posts along the river valley",
];
const FILLER: &[&str] = &[
    "Officials on both sides described the mood as cautious but workable.",
    "Analysts expect the details to take several more rounds to settle.",
    "The agenda also listed water sharing, visas and a customs database.",
    "Local newspapers gave the meeting only a short paragraph on page four.",
    "Observers noted that the previous round had ended without a statement.",
    "Markets barely moved after the announcement, traders said privately.",
];

/// A tiny deterministic generator (xorshift).
pub struct Rng(u64);

impl Rng {
    /// Seeded generator.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Next number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &'a [&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

struct Builder {
    doc: Document,
    state_ids: Vec<Option<EntityId>>,
    person_ids: Vec<(String, EntityId)>,
}

impl Builder {
    fn push(&mut self, s: &str) -> Span {
        let a = self.doc.text.len();
        self.doc.text.push_str(s);
        Span::new(a, self.doc.text.len())
    }

    fn state(&mut self, i: usize) -> EntityId {
        if let Some(id) = self.state_ids[i] {
            return id;
        }
        let (name, iso, _) = STATES[i];
        let mut e = Entity::new(name, EntityKind::State);
        e.country = Some(iso.into());
        e.code = Some(iso.into());
        e.kb_id = Some(format!("test:{iso}"));
        let id = self.doc.add_entity(e);
        self.state_ids[i] = Some(id);
        id
    }

    fn person(&mut self, name: &str, country: &str, role: &str) -> EntityId {
        if let Some((_, id)) = self.person_ids.iter().find(|(n, _)| n == name) {
            return *id;
        }
        let mut e = Entity::new(name, EntityKind::Person);
        e.country = Some(country.into());
        e.role = Some(role.into());
        let id = self.doc.add_entity(e);
        self.person_ids.push((name.to_string(), id));
        id
    }

    fn mention(&mut self, s: &str, e: EntityId, kind: MentionKind) -> Span {
        let span = self.push(s);
        self.doc.add_mention(Mention { span, entity: e, kind });
        span
    }
}

/// Article number `n`: same `n`, same document (id `syn-<n>`).
pub fn article(n: u64) -> Document {
    let mut r = Rng::new(n + 1);
    let day = 1 + (n % 28) as u32;
    let month = 1 + ((n / 28) % 12) as u32;
    let published = chrono::NaiveDate::from_ymd_opt(2024 + ((n / 336) % 3) as i32, month, day);
    let meta = Meta {
        id: Some(format!("syn-{n}")),
        title: Some(format!("Talks on {} resume (report {n})", r.pick(TOPICS))),
        url: Some(format!("https://news.example.org/world/{n}")),
        published,
        origin: None,
    };
    let mut b = Builder { doc: Document::new(String::with_capacity(2600), meta), state_ids: vec![None; STATES.len()], person_ids: Vec::new() };
    let pd = published.map(PartialDate::from_naive);
    // each article carries a unique number so no two share a content hash
    let s = b.push(&format!("Dispatch {n}. "));
    b.doc.sentences.push(Span::new(s.start, s.end - 1));
    while b.doc.text.len() < 2250 {
        let (ia, ib) = {
            let a = r.below(STATES.len());
            let mut c = r.below(STATES.len());
            if c == a {
                c = (c + 1) % STATES.len();
            }
            (a, c)
        };
        let start = b.doc.text.len();
        match r.below(8) {
            0 => {
                // "<A> and <B> held talks on <topic>."
                let a = b.state(ia);
                let bb = b.state(ib);
                b.mention(STATES[ia].0, a, MentionKind::Name);
                b.push(" and ");
                b.mention(STATES[ib].0, bb, MentionKind::Name);
                let trig = b.push(" held talks");
                let trig = Span::new(trig.start + 1, trig.end);
                b.push(&format!(" on {}.", r.pick(TOPICS)));
                let mode = if r.below(3) == 0 { Mode::Reported } else { Mode::Asserted };
                b.doc.events.push(Event {
                    plover: Plover::Consult,
                    cameo: "040".into(),
                    source: Some(a),
                    target: Some(bb),
                    trigger: trig,
                    mode,
                    date: pd,
                    goldstein: 1.0,
                    quad: 1,
                });
            }
            1 => {
                // "<First Last>, <role> of <A>, said <Capital> would not accept the terms."
                let name = format!("{} {}", r.pick(FIRST), r.pick(LAST));
                let role = r.pick(ROLES);
                let p = b.person(&name, STATES[ia].1, role);
                let ps = b.mention(&name, p, MentionKind::Name);
                b.push(&format!(", {role} of "));
                let a = b.state(ia);
                b.mention(STATES[ia].0, a, MentionKind::Name);
                let ev = Span::new(ps.start, b.doc.text.len());
                if let Some(e) = b.doc.entities.get_mut(p.index()) {
                    e.facts.push(LearnedFact { attribute: "role".into(), value: role.into(), evidence: ev });
                }
                b.push(", ");
                let cue = b.push("said");
                b.push(" ");
                let q0 = b.doc.text.len();
                let tgt = b.state(ib);
                b.mention(STATES[ib].2, tgt, MentionKind::Metonym);
                b.push(" would not ");
                let trig = b.push("accept");
                b.push(" the terms");
                let q1 = b.doc.text.len();
                b.push(".");
                b.doc.quotes.push(Quote { span: Span::new(q0, q1), parts: vec![], speaker: Some(p), cue: Some(cue), kind: QuoteKind::Indirect });
                b.doc.events.push(Event {
                    plover: Plover::Reject,
                    cameo: "120".into(),
                    source: Some(tgt),
                    target: Some(a),
                    trigger: trig,
                    mode: Mode::Reported,
                    date: pd,
                    goldstein: -4.0,
                    quad: 3,
                });
            }
            2 => {
                // “We want a fair deal,” said <First Last>.
                let name = format!("{} {}", r.pick(FIRST), r.pick(LAST));
                let role = r.pick(ROLES);
                b.push("“");
                let q = b.push("We want a fair deal and we will keep talking");
                b.push(",” ");
                let cue = b.push("said");
                b.push(" ");
                let p = b.person(&name, STATES[ia].1, role);
                b.mention(&name, p, MentionKind::Name);
                b.push(".");
                b.doc.quotes.push(Quote { span: q, parts: vec![], speaker: Some(p), cue: Some(cue), kind: QuoteKind::Direct });
            }
            _ => {
                let f = r.pick(FILLER);
                b.push(f);
            }
        }
        let end = b.doc.text.len();
        b.doc.sentences.push(Span::new(start, end));
        b.push(" ");
    }
    let t = b.doc.text.trim_end().len();
    b.doc.text.truncate(t);
    b.doc.paragraphs.push(Span::new(0, t));
    b.doc
}

/// Articles `from..to`, in batches of `size`.
pub fn batches(from: u64, to: u64, size: usize) -> Vec<Vec<Document>> {
    let docs: Vec<Document> = (from..to).map(article).collect();
    docs.chunks(size.max(1)).map(|c| c.to_vec()).collect()
}

#[test]
fn synthetic_articles_are_sound() {
    for n in [0, 1, 77, 5000] {
        let d = article(n);
        assert!(d.validate().is_ok(), "{:?}", d.validate());
        assert!((2200..2600).contains(&d.text.len()), "{}", d.text.len());
        assert!(d.mentions.len() >= 10, "{}", d.mentions.len());
        for m in &d.mentions {
            let s = d.slice(m.span);
            match m.kind {
                MentionKind::Metonym => assert!(STATES.iter().any(|x| x.2 == s && x.0 == d.entity(m.entity).name), "{s}"),
                _ => assert_eq!(s, d.entity(m.entity).name),
            }
        }
        for q in &d.quotes {
            assert!(d.slice(q.span).starts_with("We want") || d.slice(q.span).ends_with("the terms"));
        }
    }
}
