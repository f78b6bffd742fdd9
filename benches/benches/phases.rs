//! The pipeline by phase over tldr.txt, each next to the bare tree-sitter parse of the same
//! commands in the same run: intake (stages 1-3), analyse (1-13), matching (14-15 on a finished
//! analysis), decide (14-17 and the verdict on a finished analysis), and the whole (1-17).

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet};

fn engine() -> Engine {
    let p = Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin).expect("policy");
    Engine::unchecked(PolicySet::new(vec![p]))
}

fn phases(c: &mut Criterion) {
    let engine = engine();
    let cx = Context::default();
    let lines = hardshell_benches::corpus_lines("tldr.txt", usize::MAX);
    if lines.is_empty() {
        eprintln!("SKIPPED phases: ../shared/corpus-ext/tldr.txt not found");
        return;
    }
    let mut g = c.benchmark_group("phases/tldr.txt");
    g.sample_size(10);
    g.throughput(Throughput::Elements(lines.len() as u64));
    let n = lines.len();
    g.bench_function(BenchmarkId::new("baseline_tree_sitter_parse", n), |b| b.iter(|| lines.iter().map(|l| hardshell_engine::bare_parse_baseline(l)).sum::<usize>()));
    g.bench_function(BenchmarkId::new("intake_1_3", n), |b| b.iter(|| lines.iter().map(|l| engine.bench_intake(l)).sum::<usize>()));
    g.bench_function(BenchmarkId::new("analyse_1_13", n), |b| b.iter(|| lines.iter().map(|l| engine.bench_analyse(l, &cx)).count()));
    g.bench_function(BenchmarkId::new("matching_14_15", n), |b| {
        b.iter_batched(|| lines.iter().map(|l| engine.bench_analyse(l, &cx)).collect::<Vec<_>>(), |all| all.into_iter().map(|a| engine.bench_match(a, &cx)).sum::<usize>(), BatchSize::PerIteration)
    });
    g.bench_function(BenchmarkId::new("decide_14_17", n), |b| {
        b.iter_batched(
            || lines.iter().map(|l| engine.bench_analyse(l, &cx)).collect::<Vec<_>>(),
            |all| all.into_iter().zip(&lines).map(|(a, l)| engine.bench_decide(l, a, &cx).score as usize).sum::<usize>(),
            BatchSize::PerIteration,
        )
    });
    g.bench_function(BenchmarkId::new("evaluate_1_17", n), |b| b.iter(|| lines.iter().map(|l| engine.evaluate(l, &cx).score as usize).sum::<usize>()));
    g.finish();
}

criterion_group!(benches, phases);
criterion_main!(benches);
