//! End-to-end evaluate (stages 1-17) over tldr.txt next to its baseline, the bare tree-sitter
//! parse of the same commands, measured in the same run; plus policy load.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet};

fn engine() -> Engine {
    let p = Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin).expect("policy");
    Engine::new(PolicySet::new(vec![p])).expect("examples")
}

fn corpus(c: &mut Criterion) {
    let engine = engine();
    let cx = Context::default();
    for name in ["tldr.txt", "nl2bash.txt"] {
        let lines = hardshell_benches::corpus_lines(name, usize::MAX);
        if lines.is_empty() {
            eprintln!("SKIPPED {name}: ../shared/corpus-ext not found");
            continue;
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

criterion_group!(benches, corpus, single, policy_load);
criterion_main!(benches);
