//! The [`Stage`] trait every reading stage implements, and [`Pipeline`], a
//! sequence of stages that is itself a stage.

use crate::Document;
use std::fmt;

/// A layer of annotation a stage reads or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// `paragraphs` and `sentences`.
    Sentences,
    /// `tokens`.
    Tokens,
    /// `entities` and `mentions`.
    Entities,
    /// `quotes`.
    Quotes,
    /// `events`.
    Events,
}

/// Why a stage could not annotate a document. Stages report odd input as
/// document warnings and carry on; an error is for a broken invariant.
#[derive(Debug, thiserror::Error)]
#[error("stage {stage}: {message}")]
pub struct StageError {
    /// The stage's name.
    pub stage: &'static str,
    /// What went wrong.
    pub message: String,
}

impl StageError {
    /// Builds an error for `stage`.
    pub fn new(stage: &'static str, message: impl Into<String>) -> StageError {
        StageError { stage, message: message.into() }
    }
}

/// One named step of reading. A stage reads the layers it `requires`, adds
/// the layers it `provides`, and MUST NOT change `Document::text` or remove
/// what earlier stages wrote (it may add mentions and entities).
pub trait Stage: Send + Sync {
    /// A short stable name ("text", "actors", "quotes", "events").
    fn name(&self) -> &'static str;
    /// Layers that must be present before this stage runs.
    fn requires(&self) -> &'static [Layer] {
        &[]
    }
    /// Layers this stage writes.
    fn provides(&self) -> &'static [Layer];
    /// Annotates the document in place.
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// Stages run in order. A pipeline is itself a [`Stage`].
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.stages.iter().map(|s| s.name())).finish()
    }
}

impl Pipeline {
    /// An empty pipeline.
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// Appends a stage (builder style).
    pub fn with(mut self, stage: impl Stage + 'static) -> Pipeline {
        self.stages.push(Box::new(stage));
        self
    }

    /// Appends a boxed stage.
    pub fn push(&mut self, stage: Box<dyn Stage>) {
        self.stages.push(stage);
    }

    /// The stages' names in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Lists every requirement that no earlier stage provides
    /// (empty when the pipeline is well formed).
    pub fn analyze(&self) -> Vec<String> {
        let mut have: Vec<Layer> = Vec::new();
        let mut problems = Vec::new();
        for s in &self.stages {
            for r in s.requires() {
                if !have.contains(r) {
                    problems.push(format!("stage {} requires {:?}, which no earlier stage provides", s.name(), r));
                }
            }
            have.extend_from_slice(s.provides());
        }
        problems
    }

    /// Runs the stages one after another on `doc`. A stage that panics (a bug)
    /// fails this document with an error naming the stage, so a batch goes on.
    pub fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        for s in &self.stages {
            guarded(s.as_ref(), doc)?;
        }
        Ok(())
    }

    /// Runs each stage on `doc`, returning the time each took.
    pub fn run_timed(&self, doc: &mut Document) -> Result<Vec<(&'static str, std::time::Duration)>, StageError> {
        let mut out = Vec::with_capacity(self.stages.len());
        for s in &self.stages {
            let t = std::time::Instant::now();
            guarded(s.as_ref(), doc)?;
            out.push((s.name(), t.elapsed()));
        }
        Ok(out)
    }
}

/// Runs one stage, turning a panic into that stage's error.
fn guarded(stage: &dyn Stage, doc: &mut Document) -> Result<(), StageError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stage.process(doc))) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".to_string());
            Err(StageError::new(stage.name(), format!("internal error, please report it: {what}")))
        }
    }
}

impl Stage for Pipeline {
    fn name(&self) -> &'static str {
        "pipeline"
    }
    fn provides(&self) -> &'static [Layer] {
        &[]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.run(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Buggy;
    impl Stage for Buggy {
        fn name(&self) -> &'static str {
            "buggy"
        }
        fn provides(&self) -> &'static [Layer] {
            &[]
        }
        fn process(&self, doc: &mut Document) -> Result<(), StageError> {
            let words: Vec<&str> = doc.text.split(' ').collect();
            let _ = words[words.len() + 1]; // out of bounds: a bug
            Ok(())
        }
    }

    #[test]
    fn a_stage_that_panics_fails_the_document_with_an_error_naming_the_stage() {
        let p = Pipeline::new().with(Buggy);
        let mut doc = Document::from_text("two words");
        let e = p.run(&mut doc).unwrap_err();
        assert_eq!(e.stage, "buggy");
        assert!(e.message.contains("index out of bounds"), "{}", e.message);
        // the next document runs as well
        assert!(p.run(&mut Document::from_text("more")).is_err());
    }

    struct Needs;
    impl Stage for Needs {
        fn name(&self) -> &'static str {
            "needs"
        }
        fn requires(&self) -> &'static [Layer] {
            &[Layer::Tokens]
        }
        fn provides(&self) -> &'static [Layer] {
            &[Layer::Quotes]
        }
        fn process(&self, doc: &mut Document) -> Result<(), StageError> {
            doc.warnings.push("ran".into());
            Ok(())
        }
    }

    #[test]
    fn analysis_reports_missing_layers_and_run_calls_stages() {
        let p = Pipeline::new().with(Needs);
        assert_eq!(p.analyze().len(), 1);
        let mut d = Document::from_text("x");
        p.run(&mut d).unwrap();
        assert_eq!(d.warnings, vec!["ran".to_string()]);
    }

    #[test]
    fn stages_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Pipeline>();
    }
}
