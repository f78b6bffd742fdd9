//! A fixed workload for profilers (`valgrind --tool=callgrind`, `perf`): evaluates (or, with
//! `parse`, only parses) the first N commands of tldr.txt (or of another file of the corpus-ext
//! directory, named after N: `nl2bash.txt`) once and prints a checksum.
//!
//!     cargo build --release -p hardshell-benches --example profile
//!     valgrind --tool=callgrind target/release/examples/profile 5000 [parse] [nl2bash.txt]
//!
//! Timing figures come from the criterion bench, never from this program.

use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet};

fn main() {
    let mut args = std::env::args().skip(1);
    let n = args.next().and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
    let (mut parse_only, mut file) = (false, "tldr.txt".to_string());
    for a in args {
        if a == "parse" {
            parse_only = true;
        } else {
            file = a;
        }
    }
    let lines = hardshell_benches::corpus_lines(&file, n);
    if lines.is_empty() {
        eprintln!("profile: ../shared/corpus-ext/{file} not found");
        std::process::exit(1);
    }
    let sum: usize = if parse_only {
        lines.iter().map(|l| hardshell_engine::bare_parse_baseline(l)).sum()
    } else {
        let policy = match Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("profile: {e}");
                std::process::exit(1);
            }
        };
        let engine = match Engine::new(PolicySet::new(vec![policy])) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("profile: {e}");
                std::process::exit(1);
            }
        };
        let cx = Context::default();
        lines.iter().map(|l| engine.evaluate(l, &cx).score as usize).sum()
    };
    println!("{} commands, checksum {sum}", lines.len());
}

