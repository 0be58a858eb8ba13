//! GUM (CoNLL-U with `Entity=` brackets): text, gold mentions, and the counts of `score_gum.py`.
//!
//! This module re-implements the definitions of the reference scorer
//! `../shared/eval/score_gum.py` so that `dyad eval ner|coref` on GUM prints
//! the same figures (its docstring is the specification):
//!
//! - **Text**: one document per file, named after the file. Words are
//!   followed by a space unless their MISC (for a word of a multi-word token,
//!   the range line's MISC, and only for its last word) says `SpaceAfter=No`;
//!   the sentences of a paragraph are joined by one space, each `# newpar`
//!   starts a new line.
//! - **Mentions**: every `Entity=` bracket (fields
//!   `GRP-etype-infstat-salience-centering-minspan-link-identity`, chain =
//!   GRP). A mention's *head* is its first word whose syntactic head is
//!   outside the span (content words preferred); its *name tokens* are the
//!   proper nouns that are not title words and not inside a mention nested in
//!   it. A person/place/organization mention is *named* when it is not a
//!   coordination and its head is a name token, or a name token hangs on the
//!   head as flat/appos (or, for places, as an "of" nmod); that token is the
//!   *anchor*.
//! - **Accepted spans**: the full span; the span less leading
//!   determiners/punctuation and trailing possessive/punctuation; and the name
//!   core (the run of name-like words around the anchor, crossing up to two
//!   connectors such as "of"), with and without title words, with and without
//!   a preceding determiner.
//! - **Don't-care**: group-like persons (plural head, party members,
//!   "…people" identities), coordinations, and names nested in a larger name's
//!   core.
//! - **Scores** ([`score_doc`], [`figures`]): NER exact and head
//!   (anchor-overlap) P/R/F1, precision only over dyad mentions that are names
//!   on GUM's own analysis; state linking (gold identity is a sovereign state's
//!   article, dyad's entity over the anchor has that ISO3); person kind;
//!   coreference MUC and B³ over the gold mentions dyad output (one-to-one,
//!   full spans first); name pairs in one chain that dyad puts in one entity.
//!
//! Gold kinds: person→person (group-like persons also accept group),
//! place→state|place, organization→organization.

use crate::states::STATES;
use crate::{err, EvalError};
use dyad_core::Document;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

const TITLES: &[&str] = &[
    "president", "vice", "governor", "gov.", "senator", "sen.", "representative", "rep.", "congressman",
    "congresswoman", "minister", "premier", "chancellor", "secretary", "secretary-general", "director",
    "director-general", "administrator", "chairman", "chairwoman", "chair", "ceo", "chief", "justice", "judge",
    "attorney", "general", "major", "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.",
    "admiral", "commander", "king", "queen", "prince", "princess", "emperor", "empress", "lord", "lady", "sir",
    "dame", "pope", "bishop", "archbishop", "cardinal", "reverend", "rev.", "father", "mr.", "mrs.", "ms.", "miss",
    "mr", "mrs", "ms", "dr.", "dr", "doctor", "prof.", "professor", "mp", "mayor", "ambassador", "spokesman",
    "spokeswoman", "sheikh", "ayatollah", "rector", "dean", "petitioner", "respondent", "plaintiff", "defendant",
    "appellant", "honor", "honour", "majesty", "highness", "excellency", "mister", "madam", "president-elect",
];
const CONNECT: &[&str] = &[
    "of", "for", "and", "&", "-", "–", "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del",
    "the", "y", "'", "\"", "“", "”",
];
const POSS: &[&str] = &["'s", "’s", "'", "’"];
const MEMBER: &[&str] =
    &["republican", "democrat", "libertarian", "conservative", "liberal", "socialist", "communist", "tory", "labourite"];
const FUNCTION: &[&str] = &["PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"];

/// dyad kinds a gold etype accepts (empty for etypes that are not actors).
pub fn kinds_of(etype: &str) -> &'static [&'static str] {
    match etype {
        "person" => &["person"],
        "place" => &["state", "place"],
        "organization" => &["organization"],
        _ => &[],
    }
}

fn is_actor_etype(etype: &str) -> bool {
    !kinds_of(etype).is_empty()
}

/// Gold type (PER/LOC/ORG) of a dyad kind, for the per-type tables.
pub fn type_of_kind(kind: &str) -> Option<&'static str> {
    match kind {
        "person" => Some("PER"),
        "state" | "place" => Some("LOC"),
        "organization" => Some("ORG"),
        _ => None,
    }
}

fn type_of_etype(etype: &str) -> &'static str {
    match etype {
        "person" => "PER",
        "place" => "LOC",
        _ => "ORG",
    }
}

/// Unicode case folding as far as it matters here (lowercase, ß→ss, final sigma).
pub(crate) fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Percent-decoding as in URLs (invalid UTF-8 becomes U+FFFD).
pub(crate) fn unquote(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn title_key(t: &str) -> String {
    casefold(unquote(t).replace('_', " ").trim())
}

/// ISO3 of the sovereign state whose Wikipedia article `identity` names.
pub fn country_of(identity: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for (code, names) in STATES {
            for n in *names {
                m.insert(title_key(n), *code);
            }
        }
        m
    });
    if identity.is_empty() {
        return None;
    }
    map.get(&title_key(identity)).copied()
}

/// One CoNLL-U word.
#[derive(Debug, Clone)]
pub struct Token {
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// Morphological features.
    pub feats: String,
    /// Index (in the document) of the syntactic head.
    pub head: Option<usize>,
    /// Dependency relation.
    pub deprel: String,
    /// Byte offsets in the rebuilt text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Dependents.
    pub kids: Vec<usize>,
    line: usize,
}

/// One gold mention (any etype) with its analysis.
#[derive(Debug, Clone, Default)]
pub struct GumMention {
    /// Coreference chain (GRP).
    pub chain: String,
    /// person, place, organization, abstract, …
    pub etype: String,
    /// Wikipedia identity, when annotated.
    pub identity: Option<String>,
    /// First word (document index).
    pub first: usize,
    /// Last word (inclusive).
    pub last: usize,
    /// Syntactic head word.
    pub head: usize,
    /// The word NER head matching looks at.
    pub anchor: usize,
    /// Person/place/organization with a name (see the module docs).
    pub named: bool,
    /// A group-like person ("the French", "Democrats").
    pub groupish: bool,
    /// A coordination ("Iran and Iraq").
    pub coord: bool,
    /// Accepted byte spans; the first is the full span.
    pub spans: Vec<(usize, usize)>,
    /// The name core (word range), for mentions with a name.
    pub core: Option<(usize, usize)>,
    /// Neither missed nor wrong.
    pub dontcare: bool,
    /// Scored for NER (named and not don't-care).
    pub scored: bool,
}

impl GumMention {
    /// The full byte span.
    pub fn span(&self) -> (usize, usize) {
        self.spans.first().copied().unwrap_or((0, 0))
    }
}

/// A GUM document.
#[derive(Debug, Clone, Default)]
pub struct GumDoc {
    /// File name without extension.
    pub name: String,
    /// Second part of the name (GUM_news_… → news), else "?".
    pub genre: String,
    /// The rebuilt text.
    pub text: String,
    /// Words.
    pub tokens: Vec<Token>,
    /// All mentions, in closing order.
    pub mentions: Vec<GumMention>,
    /// Rebuilt sentences that differ from their `# text` line.
    pub bad_sentences: usize,
    starts: Vec<usize>,
}

enum Op {
    Open(Vec<String>),
    Close(String),
}

fn parse_entity(val: &str) -> Result<Vec<Op>, String> {
    let b = val.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let mut k = i + 1;
            while k < b.len() && b[k] != b'(' && b[k] != b')' {
                k += 1;
            }
            let fields: Vec<String> = val[i + 1..k].split('-').map(str::to_string).collect();
            let gid = fields.first().cloned().unwrap_or_default();
            out.push(Op::Open(fields));
            if k < b.len() && b[k] == b')' {
                out.push(Op::Close(gid));
                k += 1;
            }
            i = k;
        } else {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j == i || j >= b.len() || b[j] != b')' {
                return Err(format!("bad Entity value {val:?}"));
            }
            out.push(Op::Close(val[i..j].to_string()));
            i = j + 1;
        }
    }
    Ok(out)
}

/// Reads one CoNLL-U file as one document (`path` names it and its errors).
pub fn read_conllu(path: &str, content: &str) -> Result<GumDoc, EvalError> {
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let name = base.rsplit_once('.').map_or(base, |(a, _)| a).to_string();
    let parts: Vec<&str> = name.split('_').collect();
    let genre = if parts.len() >= 3 { parts[1].to_string() } else { "?".to_string() };
    let at = |line: usize| format!("{path}:{line}");

    let mut text = String::new();
    let mut toks: Vec<Token> = Vec::new();
    let mut mentions: Vec<GumMention> = Vec::new();
    let mut stacks: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
    let mut rows: Vec<(usize, &str)> = Vec::new();
    let (mut newpar, mut first, mut bad_sentences) = (false, true, 0usize);
    let mut meta_text: Option<&str> = None;
    for (n, raw) in content.split('\n').chain(std::iter::once("")).enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if !line.trim().is_empty() && !line.starts_with('#') {
            if !line.split('\t').next().unwrap_or("").contains('.') {
                rows.push((n + 1, line));
            }
            continue;
        }
        if line.starts_with('#') {
            if line == "# newpar" || line.starts_with("# newpar ") {
                newpar = true;
            } else if let Some(t) = line.strip_prefix("# text = ") {
                meta_text = Some(t);
            }
            continue;
        }
        if rows.is_empty() {
            continue;
        }
        // end of a sentence: lay out its words
        if !first {
            text.push(if newpar { '\n' } else { ' ' });
        }
        first = false;
        newpar = false;
        let (base, part0) = (toks.len(), text.len());
        let mut mwt: Option<(usize, usize, &str)> = None;
        let mut trailing_space = false;
        for (ln, row) in rows.drain(..) {
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() < 10 {
                return Err(err(at(ln), format!("expected 10 tab-separated columns, found {}", cols.len())));
            }
            if let Some((a, b)) = cols[0].split_once('-') {
                let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                    return Err(err(at(ln), format!("bad word range {:?}", cols[0])));
                };
                mwt = Some((a, b, cols[9]));
                continue;
            }
            let wid: usize = cols[0].parse().map_err(|_| err(at(ln), format!("bad word id {:?}", cols[0])))?;
            let misc: Vec<&str> = if cols[9] != "_" { cols[9].split('|').collect() } else { Vec::new() };
            let mut space = !misc.contains(&"SpaceAfter=No");
            if let Some((a, b, m)) = mwt {
                if a <= wid && wid <= b {
                    space = wid >= b && !m.split('|').any(|x| x == "SpaceAfter=No");
                }
            }
            let head = match cols[6] {
                "0" | "_" => None,
                h => match h.parse::<usize>() {
                    Ok(0) => None,
                    Ok(h) => Some(base + h - 1),
                    Err(_) => return Err(err(at(ln), format!("bad head {h:?}"))),
                },
            };
            let ti = toks.len();
            let start = text.len();
            text.push_str(cols[1]);
            let end = text.len();
            trailing_space = space;
            if space {
                text.push(' ');
            }
            toks.push(Token {
                form: cols[1].to_string(),
                lemma: cols[2].to_string(),
                upos: cols[3].to_string(),
                feats: cols[5].to_string(),
                head,
                deprel: cols[7].to_string(),
                start,
                end,
                kids: Vec::new(),
                line: ln,
            });
            for item in &misc {
                let Some(v) = item.strip_prefix("Entity=") else { continue };
                for op in parse_entity(v).map_err(|e| err(at(ln), e))? {
                    match op {
                        Op::Open(f) => stacks.entry(f.first().cloned().unwrap_or_default()).or_default().push((f, ti)),
                        Op::Close(gid) => {
                            let Some((f, first_tok)) = stacks.get_mut(&gid).and_then(Vec::pop) else {
                                return Err(err(at(ln), format!("entity {gid} closed but not open")));
                            };
                            mentions.push(GumMention {
                                chain: f[0].clone(),
                                etype: f.get(1).cloned().unwrap_or_default(),
                                identity: (f.len() > 7).then(|| unquote(&f[7..].join("-"))),
                                first: first_tok,
                                last: ti,
                                ..GumMention::default()
                            });
                        }
                    }
                }
            }
        }
        if trailing_space && text.len() > part0 {
            text.pop();
        }
        if meta_text.is_some_and(|m| text.get(part0..) != Some(m)) {
            bad_sentences += 1;
        }
        meta_text = None;
    }
    let mut left: Vec<&String> = stacks.iter().filter(|(_, v)| !v.is_empty()).map(|(k, _)| k).collect();
    if !left.is_empty() {
        left.sort();
        return Err(err(path, format!("unclosed entity brackets {left:?}")));
    }
    let n = toks.len();
    for i in 0..n {
        if let Some(h) = toks[i].head {
            if h >= n {
                return Err(err(at(toks[i].line), "head outside the document"));
            }
            toks[h].kids.push(i);
        }
    }
    let starts = toks.iter().map(|t| t.start).collect();
    let mut doc = GumDoc { name, genre, text, tokens: toks, mentions, bad_sentences, starts };
    for k in 0..doc.mentions.len() {
        doc.analyse(k);
    }
    doc.mark_dontcare();
    Ok(doc)
}

impl GumDoc {
    fn head_of(&self, first: usize, last: usize) -> usize {
        let t = &self.tokens;
        let cands: Vec<usize> = (first..=last).filter(|&i| !t[i].head.is_some_and(|h| first <= h && h <= last)).collect();
        cands
            .iter()
            .find(|&&i| !FUNCTION.contains(&t[i].upos.as_str()))
            .or_else(|| cands.iter().find(|&&i| t[i].upos != "PUNCT"))
            .or(cands.first())
            .copied()
            .unwrap_or(first)
    }

    fn is_title(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        TITLES.contains(&casefold(&t.form).as_str()) || TITLES.contains(&casefold(&t.lemma).as_str())
    }

    fn is_name_token(&self, i: usize) -> bool {
        self.tokens[i].upos == "PROPN" && !self.is_title(i)
    }

    /// Byte span of words `a..=b`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.tokens[a].start, self.tokens[b].end)
    }

    /// Words overlapping the byte span `[s, e)`.
    pub fn tokens_over(&self, s: usize, e: usize) -> std::ops::Range<usize> {
        let t = &self.tokens;
        let mut lo = self.starts.partition_point(|&x| x <= s).saturating_sub(1);
        while lo < t.len() && t[lo].start < e && t[lo].end <= s {
            lo += 1;
        }
        let mut hi = lo;
        while hi < t.len() && t[hi].start < e {
            hi += 1;
        }
        lo..hi
    }

    /// Words covered by mentions strictly inside words `first..=last`.
    fn nested_tokens(&self, first: usize, last: usize) -> HashSet<usize> {
        let mut out = HashSet::new();
        for o in &self.mentions {
            if first <= o.first && o.last <= last && (o.first, o.last) != (first, last) {
                out.extend(o.first..=o.last);
            }
        }
        out
    }

    fn core(&self, m: &GumMention, through_titles: bool) -> (usize, usize) {
        let t = &self.tokens;
        let anchor = m.anchor as isize;
        let ok = |i: isize| -> bool {
            let iu = i as usize;
            let w = &t[iu];
            let shape = w.upos == "PROPN"
                || (matches!(w.upos.as_str(), "ADJ" | "NOUN" | "VERB") && w.form.chars().next().is_some_and(char::is_uppercase))
                || (i > anchor && !w.form.is_empty() && w.form.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
            if !shape {
                return false;
            }
            through_titles
                || !(self.is_title(iu)
                    || (w.head.is_some_and(|h| self.is_title(h)) && !w.deprel.starts_with("flat"))
                    || (i < anchor && w.deprel.starts_with("nmod") && w.deprel != "nmod:desc"))
        };
        let connect = |i: isize| CONNECT.contains(&casefold(&t[i as usize].form).as_str());
        let (first, last) = (m.first as isize, m.last as isize);
        let (mut lo, mut hi) = (anchor, anchor);
        let mut i = anchor - 1;
        while i >= first {
            if ok(i) {
                lo = i;
                i -= 1;
                continue;
            }
            let mut j = i;
            while j >= first && j > i - 2 && connect(j) {
                j -= 1;
            }
            if j < i && j >= first && ok(j) {
                i = j;
                continue;
            }
            break;
        }
        let mut i = anchor + 1;
        while i <= last {
            if ok(i) {
                hi = i;
                i += 1;
                continue;
            }
            let mut j = i;
            while j <= last && j < i + 2 && connect(j) {
                j += 1;
            }
            if j > i && j <= last && ok(j) {
                i = j;
                continue;
            }
            break;
        }
        (lo as usize, hi as usize)
    }

    fn analyse(&mut self, k: usize) {
        let (first, last) = (self.mentions[k].first, self.mentions[k].last);
        let head = self.head_of(first, last);
        let t = &self.tokens;
        let coord = t[head].kids.iter().any(|&c| t[c].deprel.starts_with("conj") && first <= c && c <= last);
        let nested = self.nested_tokens(first, last);
        let is_name = |i: usize| self.is_name_token(i) && !nested.contains(&i);
        let etype = self.mentions[k].etype.clone();
        let mut anchor = head;
        if nested.contains(&head) {
            let own = (first..=last).filter(|i| !nested.contains(i) && !FUNCTION.contains(&t[*i].upos.as_str()));
            if let Some(best) = own.min_by_key(|&i| (i.abs_diff(head), std::cmp::Reverse(i))) {
                anchor = best;
            }
        }
        let named_like = if is_name(head) {
            true
        } else {
            let att = (first..=last).find(|&i| {
                is_name(i)
                    && t[i].head == Some(head)
                    && (matches!(t[i].deprel.split(':').next(), Some("flat" | "appos"))
                        || (etype == "place"
                            && t[i].deprel.starts_with("nmod")
                            && t[i].kids.iter().any(|&c| t[c].deprel == "case" && casefold(&t[c].form) == "of")))
            });
            if let Some(a) = att {
                anchor = a;
            }
            att.is_some()
        };
        let h = &t[head];
        let groupish = etype == "person"
            && (h.feats.contains("Number=Plur")
                || MEMBER.contains(&casefold(&h.lemma).as_str())
                || self.mentions[k].identity.as_deref().is_some_and(|id| {
                    id.split([' ', '_']).any(|w| {
                        let w = w.to_lowercase();
                        w == "people" || w == "peoples"
                    })
                }));
        let (mut a, mut b) = (first, last);
        while a < b && matches!(t[a].upos.as_str(), "DET" | "PUNCT") {
            a += 1;
        }
        while b > a && (t[b].upos == "PUNCT" || (t[b].upos == "PART" && POSS.contains(&t[b].form.as_str()))) {
            b -= 1;
        }
        let mut spans = vec![self.span(first, last), self.span(a, b)];
        let mut core = None;
        if named_like {
            let mut probe = self.mentions[k].clone();
            probe.anchor = anchor;
            let c = self.core(&probe, false);
            core = Some(c);
            for (lo, hi) in [c, self.core(&probe, true)] {
                spans.push(self.span(lo, hi));
                if lo > first && t[lo - 1].upos == "DET" {
                    spans.push(self.span(lo - 1, hi));
                }
            }
        }
        let mut seen = HashSet::new();
        spans.retain(|s| seen.insert(*s));
        let m = &mut self.mentions[k];
        m.head = head;
        m.anchor = anchor;
        m.coord = coord;
        m.named = is_actor_etype(&m.etype) && named_like && !coord;
        m.groupish = groupish;
        m.spans = spans;
        m.core = core;
    }

    fn mark_dontcare(&mut self) {
        let cores: Vec<((usize, usize), usize)> =
            self.mentions.iter().filter(|m| !m.coord).filter_map(|m| m.core.map(|c| (c, m.anchor))).collect();
        for m in &mut self.mentions {
            let inner = cores.iter().any(|(c, h)| c.0 <= m.first && m.last <= c.1 && !(m.first <= *h && *h <= m.last));
            m.dontcare = is_actor_etype(&m.etype) && m.core.is_some() && (m.coord || m.groupish || inner);
            m.scored = m.named && !m.dontcare;
        }
    }

    /// Is the byte span a name on GUM's analysis: its head word is a proper
    /// noun, not a title, and not inside a mention nested in the span.
    pub fn name_like(&self, s: usize, e: usize) -> bool {
        let r = self.tokens_over(s, e);
        if r.is_empty() {
            return false;
        }
        let (a, b) = (r.start, r.end - 1);
        let h = self.head_of(a, b);
        self.is_name_token(h)
            && !self.mentions.iter().any(|o| a <= o.first && o.last <= b && (o.first, o.last) != (a, b) && o.first <= h && h <= o.last)
    }

    fn text_of(&self, s: (usize, usize)) -> &str {
        self.text.get(s.0..s.1).unwrap_or("")
    }

    fn core_text(&self, m: &GumMention) -> String {
        m.core.map(|(lo, hi)| casefold(self.text_of(self.span(lo, hi)))).unwrap_or_default()
    }
}

/// One dyad mention, as the wire format lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pred {
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Entity index.
    pub entity: usize,
    /// Entity kind (wire name).
    pub kind: &'static str,
    /// Entity's ISO3.
    pub country: Option<String>,
}

/// dyad's mentions in wire order (entity by entity), and how many had offsets
/// outside the text or empty.
pub fn predictions(doc: &Document) -> (Vec<Pred>, usize) {
    let mut by_entity: Vec<Vec<(usize, usize)>> = vec![Vec::new(); doc.entities.len()];
    for m in &doc.mentions {
        if let Some(v) = by_entity.get_mut(m.entity.index()) {
            v.push((m.span.start, m.span.end));
        }
    }
    let n = doc.text.len();
    let (mut out, mut bad) = (Vec::new(), 0);
    for (i, (e, spans)) in doc.entities.iter().zip(by_entity).enumerate() {
        for (s, t) in spans {
            if s < t && t <= n {
                out.push(Pred { start: s, end: t, entity: i, kind: e.kind.as_str(), country: e.country.clone() });
            } else {
                bad += 1;
            }
        }
    }
    (out, bad)
}

/// dyad's mentions from its JSON Lines output (same order and checks as
/// [`predictions`]), to score a saved `dyad annotate` run.
pub fn predictions_wire(w: &dyad_core::wire::WireDoc) -> (Vec<Pred>, usize) {
    let n = w.text.len();
    let (mut out, mut bad) = (Vec::new(), 0);
    for (i, e) in w.entities.iter().enumerate() {
        let kind = dyad_core::EntityKind::parse(&e.kind).map_or("other", |k| k.as_str());
        for s in &e.mentions {
            if s.start < s.end && s.end <= n {
                out.push(Pred { start: s.start, end: s.end, entity: i, kind, country: e.country.clone() });
            } else {
                bad += 1;
            }
        }
    }
    (out, bad)
}

/// Counters summed over documents (the reference scorer's names).
#[derive(Debug, Clone, Default)]
pub struct Counts(pub BTreeMap<String, f64>);

impl Counts {
    /// Adds `v` to counter `k`.
    pub fn add(&mut self, k: &str, v: f64) {
        *self.0.entry(k.to_string()).or_default() += v;
    }
    /// Counter `k` (0 when absent).
    pub fn get(&self, k: &str) -> f64 {
        self.0.get(k).copied().unwrap_or(0.0)
    }
    /// Adds every counter of `o`.
    pub fn merge(&mut self, o: &Counts) {
        for (k, v) in &o.0 {
            self.add(k, *v);
        }
    }
}

fn muc(key: &[Vec<usize>], resp: &[Vec<usize>]) -> (f64, f64) {
    let mut where_: HashMap<usize, usize> = HashMap::new();
    for (j, r) in resp.iter().enumerate() {
        for x in r {
            where_.insert(*x, j);
        }
    }
    let (mut num, mut den) = (0.0, 0.0);
    for k in key {
        let parts: HashSet<Result<usize, usize>> = k.iter().map(|x| where_.get(x).map_or(Err(*x), |j| Ok(*j))).collect();
        num += (k.len() - parts.len()) as f64;
        den += k.len() as f64 - 1.0;
    }
    (num, den)
}

fn b3(key: &[Vec<usize>], resp: &[Vec<usize>]) -> (f64, f64, f64) {
    let kw: HashMap<usize, usize> = key.iter().enumerate().flat_map(|(i, k)| k.iter().map(move |x| (*x, i))).collect();
    let rw: HashMap<usize, usize> = resp.iter().enumerate().flat_map(|(i, r)| r.iter().map(move |x| (*x, i))).collect();
    let (mut p, mut r) = (0.0, 0.0);
    for (x, ki) in &kw {
        let Some(ri) = rw.get(x) else { continue };
        let (k, rs) = (&key[*ki], &resp[*ri]);
        let inter = k.iter().filter(|y| rs.contains(y)).count() as f64;
        p += inter / rs.len() as f64;
        r += inter / k.len() as f64;
    }
    (p, r, kw.len() as f64)
}

/// Messages for error analysis, by task.
#[derive(Debug, Default)]
pub struct Misses {
    /// NER misses and wrong mentions (exact criterion).
    pub ner: Vec<String>,
    /// Name pairs of one gold chain that dyad keeps apart.
    pub coref: Vec<String>,
}

/// Adds one document's counts into `c` (the reference scorer's `score_doc`).
/// `text_changed`: the annotator returned another text (offsets then mean nothing).
pub fn score_doc(doc: &GumDoc, pred: &[Pred], bad: usize, text_changed: bool, c: &mut Counts, misses: &mut Misses) {
    let toks = &doc.tokens;
    c.add("bad_offsets", bad as f64);
    c.add("docs", 1.0);
    c.add("text_changed", text_changed as u8 as f64);
    let mut by_span: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    let mut over: HashMap<usize, Vec<usize>> = HashMap::new();
    for (di, d) in pred.iter().enumerate() {
        by_span.entry((d.start, d.end)).or_default().push(di);
        for i in doc.tokens_over(d.start, d.end) {
            over.entry(i).or_default().push(di);
        }
    }
    let empty: Vec<usize> = Vec::new();
    let over_of = |i: usize| over.get(&i).unwrap_or(&empty);
    let inner_ents = |i: usize| -> HashSet<usize> {
        let ds = over_of(i);
        let Some(n) = ds.iter().map(|&d| pred[d].end - pred[d].start).min() else { return HashSet::new() };
        ds.iter().filter(|&&d| pred[d].end - pred[d].start == n).map(|&d| pred[d].entity).collect()
    };
    let kind_ok = |m: &GumMention, kind: &str| kinds_of(&m.etype).contains(&kind) || (m.groupish && kind == "group");
    let named: Vec<&GumMention> = doc.mentions.iter().filter(|m| m.scored).collect();
    let care: Vec<&GumMention> = doc.mentions.iter().filter(|m| m.dontcare).collect();
    let anchor_overlaps = |m: &GumMention, d: &Pred| d.start < toks[m.anchor].end && toks[m.anchor].start < d.end;

    // 1. NER recall
    for m in &named {
        let t = type_of_etype(&m.etype);
        c.add("ner_gold", 1.0);
        c.add(&format!("ner_gold_{t}"), 1.0);
        let ex = m.spans.iter().any(|sp| by_span.get(sp).is_some_and(|ds| ds.iter().any(|&d| kind_ok(m, pred[d].kind))));
        let hd = over_of(m.anchor).iter().any(|&d| kind_ok(m, pred[d].kind));
        c.add("ner_exact_tp_r", ex as u8 as f64);
        c.add(&format!("ner_exact_tp_r_{t}"), ex as u8 as f64);
        c.add("ner_head_tp_r", hd as u8 as f64);
        c.add(&format!("ner_head_tp_r_{t}"), hd as u8 as f64);
        c.add("ner_any_tp_r", !over_of(m.anchor).is_empty() as u8 as f64);
        if !ex {
            let there: Vec<String> = over_of(m.anchor)
                .iter()
                .map(|&d| format!("{} “{}”", pred[d].kind, doc.text_of((pred[d].start, pred[d].end))))
                .collect();
            let got = if there.is_empty() { "nothing".to_string() } else { there.join(", ") };
            misses.ner.push(format!("{}: missed {t} “{}”; dyad: {got}", doc.name, doc.text_of(m.span())));
        }
    }
    // 1. NER precision: dyad name mentions
    for d in pred {
        let Some(pt) = type_of_kind(d.kind) else { continue };
        if !doc.name_like(d.start, d.end) {
            continue;
        }
        let sp = (d.start, d.end);
        let ex = named.iter().any(|m| m.spans.contains(&sp) && kind_ok(m, d.kind));
        let hd = named.iter().any(|m| anchor_overlaps(m, d) && kind_ok(m, d.kind));
        let ex_dc = care.iter().any(|m| m.spans.contains(&sp));
        let hd_dc = care.iter().any(|m| anchor_overlaps(m, d));
        if ex {
            c.add("ner_exact_tp_p", 1.0);
            c.add("ner_exact_sys", 1.0);
            c.add(&format!("ner_exact_tp_p_{pt}"), 1.0);
            c.add(&format!("ner_exact_sys_{pt}"), 1.0);
        } else if !ex_dc {
            c.add("ner_exact_sys", 1.0);
            c.add(&format!("ner_exact_sys_{pt}"), 1.0);
            let r = doc.tokens_over(d.start, d.end);
            let h = doc.head_of(r.start, r.end - 1);
            let mut gold: Vec<&str> =
                doc.mentions.iter().filter(|m| m.first <= h && h <= m.last).map(|m| m.etype.as_str()).collect();
            gold.sort();
            gold.dedup();
            misses.ner.push(format!("{}: wrong {} “{}” (GUM etypes there: {})", doc.name, d.kind, doc.text_of(sp), gold.join(", ")));
        }
        if named.iter().any(|m| anchor_overlaps(m, d)) {
            c.add("ner_any_tp_p", 1.0);
            c.add("ner_any_sys", 1.0);
        } else if !hd_dc {
            c.add("ner_any_sys", 1.0);
        }
        if hd {
            c.add("ner_head_tp_p", 1.0);
            c.add("ner_head_sys", 1.0);
        } else if !hd_dc {
            c.add("ner_head_sys", 1.0);
        }
    }
    // 2. linking
    for m in &doc.mentions {
        let here = inner_ents(m.anchor);
        let sfx: &[&str] = if m.named { &["_named", "_all"] } else { &["_all"] };
        if m.etype == "place" || m.etype == "organization" {
            if let Some(iso) = m.identity.as_deref().and_then(country_of) {
                let ok = here.iter().any(|&e| pred.iter().any(|d| d.entity == e && d.country.as_deref() == Some(iso)));
                for s in sfx {
                    c.add(&format!("state{s}"), 1.0);
                    c.add(&format!("state_ok{s}"), ok as u8 as f64);
                }
            }
        }
        if m.etype == "person" && m.identity.as_deref().is_some_and(|i| !i.is_empty()) && !m.groupish {
            let ok = here.iter().any(|&e| pred.iter().any(|d| d.entity == e && d.kind == "person"));
            for s in sfx {
                c.add(&format!("person{s}"), 1.0);
                c.add(&format!("person_ok{s}"), ok as u8 as f64);
            }
        }
    }
    // 3. coreference on matched mentions (one-to-one, full spans first, actor etypes first)
    let mut order: Vec<usize> = (0..doc.mentions.len()).collect();
    order.sort_by_key(|&k| (!is_actor_etype(&doc.mentions[k].etype), doc.mentions[k].last - doc.mentions[k].first));
    let mut used: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut matched: BTreeMap<usize, usize> = BTreeMap::new();
    let rounds = doc.mentions.iter().map(|m| m.spans.len()).max().unwrap_or(0);
    for vi in 0..rounds {
        for &k in &order {
            let m = &doc.mentions[k];
            if matched.contains_key(&k) || vi >= m.spans.len() {
                continue;
            }
            for &d in by_span.get(&m.spans[vi]).unwrap_or(&empty) {
                let key = (pred[d].start, pred[d].end, pred[d].entity);
                if used.insert(key) {
                    matched.insert(k, pred[d].entity);
                    break;
                }
            }
        }
    }
    c.add("coref_gold", doc.mentions.iter().filter(|m| is_actor_etype(&m.etype)).count() as f64);
    c.add("coref_cov_ok", matched.keys().filter(|&&k| is_actor_etype(&doc.mentions[k].etype)).count() as f64);
    let mut keyd: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut respd: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (&k, &e) in &matched {
        keyd.entry(doc.mentions[k].chain.as_str()).or_default().push(k);
        respd.entry(e).or_default().push(k);
    }
    let key: Vec<Vec<usize>> = keyd.into_values().collect();
    let resp: Vec<Vec<usize>> = respd.into_values().collect();
    let (n, d) = muc(&key, &resp);
    c.add("muc_r_num", n);
    c.add("muc_r_den", d);
    let (n, d) = muc(&resp, &key);
    c.add("muc_p_num", n);
    c.add("muc_p_den", d);
    let (p, r, n) = b3(&key, &resp);
    c.add("b3_p_num", p);
    c.add("b3_r_num", r);
    c.add("b3_n", n);
    // name pairs in one gold chain
    let mut chains: BTreeMap<&str, Vec<&GumMention>> = BTreeMap::new();
    for m in &named {
        chains.entry(m.chain.as_str()).or_default().push(m);
    }
    for ms in chains.values() {
        for i in 0..ms.len() {
            for j in i + 1..ms.len() {
                let (a, b) = (ms[i], ms[j]);
                let ok = !inner_ents(a.anchor).is_disjoint(&inner_ents(b.anchor));
                c.add("pairs", 1.0);
                c.add("pairs_ok", ok as u8 as f64);
                if doc.core_text(a) != doc.core_text(b) {
                    c.add("vpairs", 1.0);
                    c.add("vpairs_ok", ok as u8 as f64);
                    if !ok {
                        misses.coref.push(format!(
                            "{}: “{}” and “{}” are one GUM entity, two dyad entities",
                            doc.name,
                            doc.text_of(a.span()),
                            doc.text_of(b.span())
                        ));
                    }
                }
            }
        }
    }
}

fn div(a: f64, b: f64) -> f64 {
    if b != 0.0 {
        a / b
    } else {
        0.0
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// The figures of the reference scorer from summed counts, under its key
/// names: `ner_{exact,head,any}_{p,r,f1}`, `ner_head_r_{PER,LOC,ORG}`,
/// `state_{named,all}`, `person_{named,all}`, `muc_{p,r,f1}`, `b3_{p,r,f1}`,
/// `coref_cov`, `pairs_r`, `variant_pairs_r`.
pub fn figures(c: &Counts) -> BTreeMap<String, f64> {
    let mut f = BTreeMap::new();
    for k in ["exact", "head", "any"] {
        let p = div(c.get(&format!("ner_{k}_tp_p")), c.get(&format!("ner_{k}_sys")));
        let r = div(c.get(&format!("ner_{k}_tp_r")), c.get("ner_gold"));
        f.insert(format!("ner_{k}_p"), p);
        f.insert(format!("ner_{k}_r"), r);
        f.insert(format!("ner_{k}_f1"), f1(p, r));
    }
    for t in ["PER", "LOC", "ORG"] {
        f.insert(format!("ner_head_r_{t}"), div(c.get(&format!("ner_head_tp_r_{t}")), c.get(&format!("ner_gold_{t}"))));
    }
    for k in ["state", "person"] {
        for s in ["_named", "_all"] {
            f.insert(format!("{k}{s}"), div(c.get(&format!("{k}_ok{s}")), c.get(&format!("{k}{s}"))));
        }
    }
    let (p, r) = (div(c.get("muc_p_num"), c.get("muc_p_den")), div(c.get("muc_r_num"), c.get("muc_r_den")));
    f.insert("muc_p".into(), p);
    f.insert("muc_r".into(), r);
    f.insert("muc_f1".into(), f1(p, r));
    let (p, r) = (div(c.get("b3_p_num"), c.get("b3_n")), div(c.get("b3_r_num"), c.get("b3_n")));
    f.insert("b3_p".into(), p);
    f.insert("b3_r".into(), r);
    f.insert("b3_f1".into(), f1(p, r));
    f.insert("coref_cov".into(), div(c.get("coref_cov_ok"), c.get("coref_gold")));
    f.insert("pairs_r".into(), div(c.get("pairs_ok"), c.get("pairs")));
    f.insert("variant_pairs_r".into(), div(c.get("vpairs_ok"), c.get("vpairs")));
    f
}

/// Annotates every document and sums the counts: all documents, and per genre.
pub fn count(docs: &[GumDoc], ann: &dyn crate::Annotator) -> (Counts, BTreeMap<String, Counts>, Misses) {
    let (mut total, mut by_genre, mut misses) = (Counts::default(), BTreeMap::new(), Misses::default());
    for g in docs {
        let meta = dyad_core::Meta { id: Some(g.name.clone()), ..dyad_core::Meta::default() };
        let out = ann.annotate(Document::new(g.text.clone(), meta));
        let (pred, bad) = predictions(&out);
        let mut c = Counts::default();
        score_doc(g, &pred, bad, out.text != g.text, &mut c, &mut misses);
        total.merge(&c);
        by_genre.entry(g.genre.clone()).or_insert_with(Counts::default).merge(&c);
    }
    (total, by_genre, misses)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Entity, EntityKind, Mention, MentionKind, Span};

    // Written for these tests: a title before a name, a multi-word token with
    // SpaceAfter=No on its range line, a nested place inside an organization,
    // a pronoun, a state with a Wikipedia identity, and a plural group.
    const SAMPLE: &str = "# newdoc id = GUM_news_test\n# newpar\n# text = President Ana Lind visited the Oslo Museum.\n\
1\tPresident\tpresident\tPROPN\tNNP\tNumber=Sing\t3\tcompound\t_\tEntity=(1-person-new-x-x-x-x-Ana_Lind\n\
2\tAna\tAna\tPROPN\tNNP\tNumber=Sing\t3\tflat\t_\t_\n\
3\tLind\tLind\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t_\tEntity=1)\n\
4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n\
5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-organization-new\n\
6\tOslo\tOslo\tPROPN\tNNP\tNumber=Sing\t7\tcompound\t_\tEntity=(3-place-new-x-x-x-x-Oslo)\n\
7\tMuseum\tMuseum\tPROPN\tNNP\tNumber=Sing\t4\tobj\t_\tEntity=2)|SpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\
\n\
# newpar\n# text = She praised Norway's Danes.\n\
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv)\n\
2\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3-4\tNorway's\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tNorway\tNorway\tPROPN\tNNP\tNumber=Sing\t5\tnmod:poss\t_\tEntity=(4-place-new-x-x-x-x-Norway)\n\
4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n\
5\tDanes\tDane\tPROPN\tNNPS\tNumber=Plur\t2\tobj\t_\tEntity=(5-person-new)|SpaceAfter=No\n\
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

    fn doc() -> GumDoc {
        read_conllu("dir/GUM_news_test.conllu", SAMPLE).unwrap()
    }

    fn find<'a>(d: &'a GumDoc, text: &str) -> &'a GumMention {
        d.mentions.iter().find(|m| d.text_of(m.span()) == text).unwrap()
    }

    #[test]
    fn text_is_rebuilt_like_the_reference() {
        let d = doc();
        assert_eq!(d.name, "GUM_news_test");
        assert_eq!(d.genre, "news");
        assert_eq!(d.text, "President Ana Lind visited the Oslo Museum.\nShe praised Norway's Danes.");
        assert_eq!(d.bad_sentences, 0);
        for t in &d.tokens {
            assert_eq!(&d.text[t.start..t.end], t.form);
        }
    }

    #[test]
    fn named_spans_anchor_and_dontcare() {
        let d = doc();
        let lind = find(&d, "President Ana Lind");
        assert!(lind.named && lind.scored);
        let accepted: Vec<&str> = lind.spans.iter().map(|s| d.text_of(*s)).collect();
        assert_eq!(accepted, vec!["President Ana Lind", "Ana Lind"]);
        let museum = find(&d, "the Oslo Museum");
        assert!(museum.scored);
        assert!(museum.spans.iter().any(|s| d.text_of(*s) == "Oslo Museum"));
        // a name nested in a larger name's core is don't-care
        let oslo = find(&d, "Oslo");
        assert!(oslo.dontcare && !oslo.scored);
        // plural persons are group-like, don't-care
        let danes = find(&d, "Danes");
        assert!(danes.groupish && danes.dontcare);
        assert!(!find(&d, "She").named);
        assert!(find(&d, "Norway").scored);
        assert_eq!(country_of(find(&d, "Norway").identity.as_deref().unwrap()), Some("NOR"));
        assert_eq!(country_of("United_States"), Some("USA"));
        assert_eq!(country_of("Georgia_(country)"), Some("GEO"));
        assert_eq!(country_of("Oslo"), None);
    }

    fn annotate_with(spans: Vec<(&'static str, EntityKind, usize, Option<&'static str>)>) -> impl Fn(Document) -> Document {
        // (text, kind, entity group, country): mentions of one group share an entity
        move |mut d: Document| {
            let mut ids: BTreeMap<usize, dyad_core::EntityId> = BTreeMap::new();
            for (t, kind, g, country) in &spans {
                let s = d.text.find(t).unwrap();
                let id = *ids.entry(*g).or_insert_with(|| {
                    let mut e = Entity::new(*t, *kind);
                    e.country = country.map(str::to_string);
                    d.add_entity(e)
                });
                d.add_mention(Mention { span: Span::new(s, s + t.len()), entity: id, kind: MentionKind::Name });
            }
            d
        }
    }

    #[test]
    fn perfect_and_weaker_annotators() {
        let docs = vec![doc()];
        let perfect = annotate_with(vec![
            ("Ana Lind", EntityKind::Person, 0, None),
            ("Oslo Museum", EntityKind::Organization, 1, None),
            ("She", EntityKind::Person, 0, None),
            ("Norway", EntityKind::State, 2, Some("NOR")),
        ]);
        let (c, _, m) = count(&docs, &perfect);
        let f = figures(&c);
        assert_eq!((f["ner_exact_p"], f["ner_exact_r"], f["ner_exact_f1"]), (1.0, 1.0, 1.0));
        assert_eq!(f["ner_head_f1"], 1.0);
        assert_eq!(f["state_named"], 1.0);
        assert_eq!(f["person_named"], 1.0);
        assert_eq!((f["muc_f1"], f["b3_f1"]), (1.0, 1.0));
        assert!(m.ner.is_empty(), "{:?}", m.ner);
        // "Lind" alone: head match but no accepted span; Oslo as a person: wrong
        let weak = annotate_with(vec![
            ("Lind", EntityKind::Person, 0, None),
            ("She", EntityKind::Person, 1, None),
            ("Norway", EntityKind::Place, 2, None),
        ]);
        let (c, _, m) = count(&docs, &weak);
        let f = figures(&c);
        assert_eq!(c.get("ner_gold"), 3.0);
        assert_eq!(c.get("ner_exact_tp_r"), 1.0); // Norway
        assert_eq!(c.get("ner_head_tp_r"), 2.0); // + Lind on the anchor
        assert!(f["ner_exact_f1"] < 1.0 && f["ner_head_f1"] > f["ner_exact_f1"]);
        assert_eq!(f["state_named"], 0.0);
        assert!(f["muc_r"] < 1.0);
        assert!(m.ner.iter().any(|e| e.contains("missed PER “President Ana Lind”; dyad: person “Lind”")), "{:?}", m.ner);
    }

    #[test]
    fn predictions_in_wire_order_and_bad_offsets() {
        let mut d = Document::from_text("Oslo and Bergen");
        let a = d.add_entity(Entity::new("Bergen", EntityKind::Place));
        let b = d.add_entity(Entity::new("Oslo", EntityKind::Place));
        d.add_mention(Mention { span: Span::new(0, 4), entity: b, kind: MentionKind::Name });
        d.add_mention(Mention { span: Span::new(9, 15), entity: a, kind: MentionKind::Name });
        let (p, bad) = predictions(&d);
        assert_eq!(bad, 0);
        assert_eq!(p.iter().map(|x| &d.text[x.start..x.end]).collect::<Vec<_>>(), vec!["Bergen", "Oslo"]);
    }

    #[test]
    fn malformed_input_names_file_and_line() {
        let cases = [
            ("1\tA\ta\tPROPN\n", "x.conllu:1"),
            ("1\tA\ta\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person\n", "unclosed"),
            ("1\tA\ta\tPROPN\tNNP\t_\t0\troot\t_\tEntity=2)\n", "x.conllu:1"),
            ("# c\nq\tA\ta\tPROPN\tNNP\t_\t0\troot\t_\t_\n", "x.conllu:2"),
            ("1\tA\ta\tPROPN\tNNP\t_\t9\troot\t_\t_\n", "x.conllu:1"),
        ];
        for (input, want) in cases {
            let e = read_conllu("x.conllu", input).unwrap_err().to_string();
            assert!(e.contains(want), "{input:?}: {e}");
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(unquote("S%C3%A3o_Tom%C3%A9"), "São_Tomé");
        assert_eq!(unquote("100%"), "100%");
        assert_eq!(casefold("STRASSE Straße"), "strasse strasse");
    }
}
