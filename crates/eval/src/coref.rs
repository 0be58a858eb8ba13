//! Coreference on GUM: MUC and B³ over the gold mentions dyad also output, as `score_gum.py` computes.
//!
//! Key = GUM chains, response = dyad entities, both cut to the gold mentions
//! (of any etype) that a dyad mention matches with one of their accepted spans
//! (one-to-one, full spans first, person/place/organization before other
//! etypes). `coref_cov` says how many gold person/place/organization mentions
//! were matched: read MUC and B³ together with it.

use crate::gum::{self, GumDoc};
use crate::ner::is_conllu;
use crate::{files, read, Annotator, EvalError, Prf, Report};
use std::path::PathBuf;

/// Reads GUM CoNLL-U documents under `paths` (one per file; directories
/// recursively, `.conllu` files; a file named explicitly must be CoNLL-U).
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<GumDoc>, EvalError> {
    let mut out = Vec::new();
    for p in files(paths, |p| p.extension().is_some_and(|e| e == "conllu"))? {
        let content = read(&p)?;
        if !is_conllu(&p, &content) {
            return Err(crate::err(p.display().to_string(), "not CoNLL-U (coreference needs GUM's Entity= annotations)"));
        }
        out.push(gum::read_conllu(&p.display().to_string(), &content)?);
    }
    Ok(out)
}

fn prf(p: f64, r: f64) -> Prf {
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    Prf { precision: p, recall: r, f1, ..Prf::default() }
}

/// Scores coreference: `overall` is MUC, `per_type` holds MUC and B3; `extra`
/// holds `muc_*`, `b3_*`, `coref_cov`, `pairs_r` (named mentions of one chain
/// that dyad puts in one entity), `variant_pairs_r` (the same for differently
/// written names), and the linking figures `state_named`, `state_all`
/// (share of gold state mentions linked to the right ISO3), `person_named`,
/// `person_all`.
pub fn score(docs: &[GumDoc], ann: &dyn Annotator, errors: usize) -> Report {
    let (c, _, misses) = gum::count(docs, ann);
    let f = gum::figures(&c);
    let mut rep = Report { task: "coref".into(), documents: docs.len(), ..Report::default() };
    rep.errors = misses.coref.into_iter().take(errors).collect();
    rep.overall = prf(f["muc_p"], f["muc_r"]);
    rep.per_type.insert("MUC".into(), rep.overall);
    rep.per_type.insert("B3".into(), prf(f["b3_p"], f["b3_r"]));
    for (k, v) in &f {
        if k.starts_with("muc_")
            || k.starts_with("b3_")
            || k.starts_with("state_")
            || k.starts_with("person_")
            || matches!(k.as_str(), "coref_cov" | "pairs_r" | "variant_pairs_r")
        {
            rep.extra.insert(k.clone(), *v);
        }
    }
    rep.extra.insert("matched_mentions".into(), c.get("b3_n"));
    rep
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Document, Entity, EntityKind, Mention, MentionKind, Span};

    // Two chains: a person (name, pronoun, name) and a state (name, pronoun).
    const TWO_CHAINS: &str = "# newpar\n# text = Ana Lind met Peru's envoy.\n\
1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new\n\
2\tLind\tLind\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n\
3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4-5\tPeru's\t_\t_\t_\t_\t_\t_\t_\t_\n\
4\tPeru\tPeru\tPROPN\tNNP\t_\t6\tnmod:poss\t_\tEntity=(2-place-new-x-x-x-x-Peru)\n\
5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_\n\
6\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\
\n\
# text = She said it would help Lind.\n\
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv)\n\
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\tEntity=(2-place-giv-x-x-x-x-Peru)\n\
4\twould\twould\tAUX\tMD\t_\t5\taux\t_\t_\n\
5\thelp\thelp\tVERB\tVB\t_\t2\tccomp\t_\t_\n\
6\tLind\tLind\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(1-person-giv)|SpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

    /// Marks each word as a mention of entity `groups[i]` (one entity per group).
    fn grouping(words: &'static [(&'static str, usize, usize)]) -> impl Fn(Document) -> Document {
        // (word, occurrence, group)
        move |mut d: Document| {
            let mut ids = std::collections::BTreeMap::new();
            for (w, occ, g) in words {
                let s = d.text.match_indices(w).nth(*occ).map(|(i, _)| i).unwrap();
                let kind = if *g == 1 { EntityKind::State } else { EntityKind::Person };
                let id = *ids.entry(*g).or_insert_with(|| d.add_entity(Entity::new(*w, kind)));
                d.add_mention(Mention { span: Span::new(s, s + w.len()), entity: id, kind: MentionKind::Name });
            }
            d
        }
    }

    #[test]
    fn perfect_chains_score_one_and_a_split_scores_less() {
        let docs = vec![gum::read_conllu("GUM_news_two.conllu", TWO_CHAINS).unwrap()];
        assert_eq!(docs[0].text, "Ana Lind met Peru's envoy. She said it would help Lind.");
        let perfect = grouping(&[("Ana Lind", 0, 0), ("Peru", 0, 1), ("She", 0, 0), ("it", 0, 1), ("Lind", 1, 0)]);
        let r = score(&docs, &perfect, 5);
        assert_eq!((r.overall.precision, r.overall.recall, r.overall.f1), (1.0, 1.0, 1.0));
        assert_eq!(r.per_type["B3"].f1, 1.0);
        assert_eq!(r.extra["coref_cov"], 1.0);
        assert_eq!(r.extra["matched_mentions"], 5.0);
        // the second "Lind" becomes its own entity: MUC recall 2/3, precision 1
        let split = grouping(&[("Ana Lind", 0, 0), ("Peru", 0, 1), ("She", 0, 0), ("it", 0, 1), ("Lind", 1, 2)]);
        let r = score(&docs, &split, 5);
        assert!((r.overall.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.overall.precision, 1.0);
        assert!(r.extra["b3_r"] < 1.0);
        assert_eq!(r.extra["variant_pairs_r"], 0.0);
        assert!(r.errors.iter().any(|e| e.contains("“Ana Lind” and “Lind”")), "{:?}", r.errors);
        // everything merged: MUC precision drops
        let merged = grouping(&[("Ana Lind", 0, 0), ("Peru", 0, 0), ("She", 0, 0), ("it", 0, 0), ("Lind", 1, 0)]);
        let r = score(&docs, &merged, 0);
        assert_eq!(r.overall.recall, 1.0);
        assert!((r.overall.precision - 3.0 / 4.0).abs() < 1e-9);
    }

    #[test]
    fn state_linking_goes_to_extra() {
        let docs = vec![gum::read_conllu("GUM_news_two.conllu", TWO_CHAINS).unwrap()];
        let with_country = |d: Document| {
            let mut d = grouping(&[("Peru", 0, 1)])(d);
            d.entities[0].country = Some("PER".into());
            d
        };
        let r = score(&docs, &with_country, 0);
        assert_eq!(r.extra["state_named"], 1.0);
        assert_eq!(r.extra["state_all"], 0.5); // "it" is not linked
        let r = score(&docs, &grouping(&[("Peru", 0, 1)]), 0);
        assert_eq!(r.extra["state_named"], 0.0);
    }
}
