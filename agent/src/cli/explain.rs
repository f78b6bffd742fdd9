//! `hardshell explain`: the stage-by-stage trace of one command, for people.

use super::{setup, ExplainArgs, Format};
use crate::exit::Exit;
use crate::render;
use anyhow::Result;
use std::io::Write;

pub fn run(a: ExplainArgs) -> Result<Exit> {
    let s = setup(&a.common, true);
    let engine = crate::config::engine(&s)?;
    let cx = crate::config::context(&s, &engine)?;
    let command = a.command.join(" ");
    let v = engine.evaluate(&command, &cx);
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?,
        Format::Human => render::explain(&mut out, &v)?,
    }
    Ok(Exit::from_decision(v.decision))
}
