//! `hardshell check`: one command from the arguments, or many from stdin with `--batch`.

use super::{setup, CheckArgs, Format, Input};
use crate::exit::Exit;
use crate::render;
use anyhow::{bail, Context as _, Result};
use hardshell_engine::{Decision, Engine, Verdict};
use std::io::{BufRead, BufWriter, Write};

pub fn run(a: CheckArgs) -> Result<Exit> {
    let s = setup(&a.common, a.explain);
    let engine = crate::config::engine(&s)?;
    let cx = crate::config::context(&s, &engine)?;
    if a.batch {
        if !a.command.is_empty() {
            bail!(anyhow::anyhow!("--batch reads commands from stdin; do not also give one after `--`").context(Exit::Usage));
        }
        return batch(&engine, &cx, a.format, a.input);
    }
    if a.command.is_empty() {
        bail!(anyhow::anyhow!("no command given: use `hardshell check -- 'COMMAND'` or `--batch`").context(Exit::Usage));
    }
    let command = a.command.join(" ");
    let v = engine.evaluate(&command, &cx);
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&v)?)?,
        Format::Human => render::verdict(&mut out, &v, a.explain)?,
    }
    Ok(Exit::from_decision(v.decision))
}

fn batch(engine: &Engine, cx: &hardshell_engine::Context, format: Format, input: Input) -> Result<Exit> {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut worst = Decision::Allow;
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = line.context("cannot read stdin")?;
        let v = match input {
            Input::Lines => engine.evaluate_bytes(&line, cx),
            Input::Jsonl => match serde_json::from_slice::<String>(&line) {
                Ok(cmd) => engine.evaluate(&cmd, cx),
                Err(e) => render::input_error(&String::from_utf8_lossy(&line), &format!("line {}: not a JSON string: {e}", n + 1)),
            },
        };
        worst = worst.max(v.decision);
        emit(&mut out, &v, format)?;
    }
    out.flush()?;
    Ok(Exit::from_decision(worst))
}

fn emit(out: &mut impl Write, v: &Verdict, format: Format) -> Result<()> {
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(v)?)?,
        Format::Human => render::line(out, v)?,
    }
    Ok(())
}
