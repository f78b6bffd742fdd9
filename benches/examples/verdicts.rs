//! Prints the verdict (JSON, with the stage trace) of every command in the files named on the
//! command line, one line each: a before / after check that a speed change leaves every verdict
//! identical. A file whose name ends in `.jsonl` holds one JSON string per line; any other file
//! holds one command per line.
//!
//!     cargo run --release -p hardshell-benches --example verdicts -- CWD HOME FILE... > after.jsonl
//!
//! The same as `hardshell check --format json --explain --batch --cwd CWD` with `HOME=HOME` and
//! the built-in default ruleset.

use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [cwd, home, files @ ..] = args.as_slice() else {
        eprintln!("usage: verdicts CWD HOME FILE...");
        std::process::exit(64);
    };
    let engine = match Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin).map(|p| Engine::new(PolicySet::new(vec![p]))) {
        Ok(Ok(e)) => e,
        Ok(Err(e)) | Err(e) => {
            eprintln!("verdicts: {e}");
            std::process::exit(78);
        }
    };
    let cx = Context { cwd: cwd.clone(), home: home.clone(), explain: true, ..Context::default() };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for file in files {
        let Ok(text) = std::fs::read_to_string(file) else {
            eprintln!("verdicts: cannot read {file}");
            std::process::exit(66);
        };
        for line in text.lines().filter(|l| !l.is_empty()) {
            let command = if file.ends_with(".jsonl") { serde_json::from_str::<String>(line).unwrap_or_default() } else { line.to_string() };
            let verdict = engine.evaluate(&command, &cx);
            let json = serde_json::to_string(&verdict).unwrap_or_default();
            if writeln!(out, "{json}").is_err() {
                std::process::exit(74);
            }
        }
    }
}
