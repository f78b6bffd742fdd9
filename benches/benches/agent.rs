//! What the agent adds to one tool call, in one run: the verdict alone (what `hardshell check`
//! pays: the baseline), and the verdict plus the agent's durable bookkeeping for a step (three
//! fsynced journal records: planned, running, committed; and the fsynced transcript message with
//! the tool result). The sandbox spawn of a bash call is measured by the `spawn` bench.
//!
//! The files go under the target directory (a real disk), not /tmp (often tmpfs: no fsync cost).

use criterion::{criterion_group, criterion_main, Criterion};
use hardshell::agent::journal::{Journal, StepResult, StepState};
use hardshell::agent::jsonl::Log;
use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet};

fn engine() -> Engine {
    let p = Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin).expect("policy");
    Engine::new(PolicySet::new(vec![p])).expect("engine")
}

fn step(c: &mut Criterion) {
    let engine = engine();
    let cx = Context { explain: true, ..Context::default() };
    let cmd = "echo hi > out.txt";
    let dir = tempfile::Builder::new().prefix("bench-agent").tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let (mut journal, _) = Journal::open(&dir.path().join("journal.jsonl")).expect("journal");
    let mut transcript = Log::open(&dir.path().join("transcript.jsonl")).expect("transcript");
    let result = StepResult { content: "exit status 0\n".into(), is_error: false };
    let mut g = c.benchmark_group("agent_step");
    g.bench_function("baseline_verdict_only", |b| b.iter(|| engine.evaluate(cmd, &cx).decision));
    let mut n = 0u64;
    g.bench_function("verdict_plus_journal_and_transcript", |b| {
        b.iter(|| {
            n += 1;
            let id = format!("t{n}");
            let v = engine.evaluate(cmd, &cx);
            journal.record(&id, "bash", StepState::Planned, false, None).expect("record");
            journal.record(&id, "bash", StepState::Running, false, None).expect("record");
            journal.record(&id, "bash", StepState::Committed, false, Some(result.clone())).expect("record");
            transcript.append(&serde_json::json!({"type": "message", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": id, "content": "exit status 0\n"}]}})).expect("append");
            v.decision
        })
    });
    g.finish();
}

criterion_group!(benches, step);
criterion_main!(benches);
