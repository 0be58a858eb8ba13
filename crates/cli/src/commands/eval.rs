//! `dyad eval`: accuracy on gold data.

use crate::args::EvalArgs;
use anyhow::{bail, Result};
use std::process::ExitCode;

pub fn run(a: EvalArgs) -> Result<ExitCode> {
    let _ = a;
    bail!("eval: not wired yet")
}
