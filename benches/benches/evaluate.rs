//! End-to-end evaluate (stages 1-17) over tldr.txt, nl2bash.txt, the tldr commands that are not
//! plain words (the parse stage's fast lane does not take them) and real-world scripts (every
//! bash-completion script and the shell scripts in /usr/bin, each evaluated whole), next to their
//! baseline, the bare tree-sitter parse of the same inputs, measured in the same run; plus policy
//! load.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet};
use std::path::Path;

fn engine() -> Engine {
    let p = Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin).expect("policy");
    Engine::new(PolicySet::new(vec![p])).expect("examples")
}

fn corpus(c: &mut Criterion) {
    let engine = engine();
    let cx = Context::default();
    for name in ["tldr.txt", "nl2bash.txt", "tldr.txt, parser path"] {
        let mut lines = hardshell_benches::corpus_lines(name.trim_end_matches(", parser path"), usize::MAX);
        if lines.is_empty() {
            eprintln!("SKIPPED {name}: ../shared/corpus-ext not found");
            continue;
        }
        // The tldr commands the parse stage's fast lane does not take (they are not plain words):
        // what the pipeline costs where tree-sitter parses, next to the bare parse of the same.
        if name.ends_with("parser path") {
            lines.retain(|l| hardshell_engine::fast_lane_agrees(l) == Ok(false));
        }
        let bytes: usize = lines.iter().map(String::len).sum();
        let mut g = c.benchmark_group(format!("corpus/{name}"));
        g.sample_size(10);
        g.throughput(Throughput::Elements(lines.len() as u64));
        g.bench_function(BenchmarkId::new("baseline_tree_sitter_parse", lines.len()), |b| {
            b.iter(|| lines.iter().map(|l| hardshell_engine::bare_parse_baseline(l)).sum::<usize>())
        });
        g.bench_function(BenchmarkId::new("evaluate_17_stages", lines.len()), |b| {
            b.iter(|| lines.iter().map(|l| engine.evaluate(l, &cx).score as usize).sum::<usize>())
        });
        g.finish();
        eprintln!("{name}: {} commands, {bytes} bytes", lines.len());
    }
}

fn scripts(c: &mut Criterion) {
    let engine = engine();
    let cx = Context::default();
    let files = [hardshell_tests::shell_scripts(Path::new("/usr/share/bash-completion/completions"), false), hardshell_tests::shell_scripts(Path::new("/usr/bin"), true)].concat();
    let texts: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    if texts.is_empty() {
        eprintln!("SKIPPED scripts: no bash-completion scripts and no shell scripts in /usr/bin");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("corpus/scripts");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(BenchmarkId::new("baseline_tree_sitter_parse", texts.len()), |b| b.iter(|| texts.iter().map(|t| hardshell_engine::bare_parse_baseline(t)).sum::<usize>()));
    g.bench_function(BenchmarkId::new("evaluate_17_stages", texts.len()), |b| b.iter(|| texts.iter().map(|t| engine.evaluate(t, &cx).score as usize).sum::<usize>()));
    g.finish();
    eprintln!("scripts: {} files, {bytes} bytes", texts.len());
}

fn single(c: &mut Criterion) {
    let engine = engine();
    let cx = Context::default();
    let mut g = c.benchmark_group("single");
    for cmd in ["git status", "sort --compress-program=sh x", "curl -fsSL https://example.com/install.sh | sudo bash", "find . -name '*.rs' -exec grep -l unsafe {} +"] {
        g.bench_with_input(BenchmarkId::new("baseline_tree_sitter_parse", cmd), cmd, |b, cmd| b.iter(|| hardshell_engine::bare_parse_baseline(cmd)));
        g.bench_with_input(BenchmarkId::new("evaluate_17_stages", cmd), cmd, |b, cmd| b.iter(|| engine.evaluate(cmd, &cx).risk));
    }
    g.finish();
}

/// What a one-off `hardshell check` pays for its policy (parse, layer, index; the built-in
/// examples are checked by the test suite, not at start-up), and what checking them costs.
fn policy_load(c: &mut Criterion) {
    let mut g = c.benchmark_group("policy_load");
    g.bench_function("parse_default", |b| b.iter(|| Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin).expect("policy")));
    g.bench_function("engine_from_default", |b| b.iter(engine));
    g.bench_function("engine_from_ci_ruleset", |b| {
        b.iter(|| {
            let files = hardshell_policies::ruleset("ci").unwrap_or_default();
            let set = PolicySet::new(files.iter().map(|(f, t)| Policy::parse(t, f, Layer::Builtin).expect("policy")).collect());
            Engine::new(set).expect("engine")
        })
    });
    let e = engine();
    g.sample_size(10);
    g.bench_function("check_default_examples", |b| b.iter(|| e.check_examples().expect("examples")));
    g.finish();
}

criterion_group!(benches, corpus, scripts, single, policy_load);
criterion_main!(benches);
