//! Quality gates over the labeled corpus (corpus/cases/*.toml). Prints the measured figures.
//!
//! Gates (never tuned down): no HIGH-labeled case is classified LOW or allowed; HIGH recall is at
//! least 97%; LOW recall is at least 90%.

use hardshell_engine::{Context, Decision, Risk};
use std::collections::BTreeMap;

#[test]
fn corpus_quality_gates() {
    let cases = hardshell_tests::cases();
    assert!(cases.len() >= 2000, "corpus has {} cases, expected at least 2000", cases.len());
    gates("corpus", &cases);
}

/// The same gates over the held-out cases (never used to tune the engine).
#[test]
fn heldout_quality_gates() {
    let cases = hardshell_tests::heldout();
    assert!(cases.len() >= 500, "held-out set has {} cases", cases.len());
    gates("held-out", &cases);
}

fn gates(name: &str, cases: &[hardshell_tests::Case]) {
    let engine = hardshell_tests::engine();
    let cx = Context::default();
    let idx = |r: Risk| r as usize;
    let mut matrix = [[0usize; 3]; 3];
    let mut per_cat: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut high_leaks = Vec::new();
    let mut misses = Vec::new();
    for c in cases {
        let v = engine.evaluate(&c.cmd, &cx);
        let label = c.label();
        matrix[idx(label)][idx(v.risk)] += 1;
        let e = per_cat.entry(c.category.clone()).or_default();
        e.0 += 1;
        if v.risk == label {
            e.1 += 1;
        } else {
            misses.push(format!("  [{}] label {} got {}: {}   ({})", c.category, label, v.risk, c.cmd.replace('\n', "\\n"), v.reasons.first().map(|r| r.id.as_str()).unwrap_or("")));
        }
        if label == Risk::High && (v.risk == Risk::Low || v.decision == Decision::Allow) {
            high_leaks.push(format!("{} -> {} / {}", c.cmd, v.risk, v.decision));
        }
    }
    let total = |r: Risk| matrix[idx(r)].iter().sum::<usize>();
    let recall = |r: Risk| matrix[idx(r)][idx(r)] as f64 / total(r).max(1) as f64;
    println!("{name}: {} cases", cases.len());
    println!("confusion (rows = label, columns = verdict LOW / MEDIUM / HIGH):");
    for r in [Risk::Low, Risk::Medium, Risk::High] {
        let row = matrix[idx(r)];
        println!("  {:<6} {:>5} {:>5} {:>5}   recall {:.1}%", r.as_str(), row[0], row[1], row[2], recall(r) * 100.0);
    }
    println!("per category (exact risk match):");
    for (cat, (n, ok)) in &per_cat {
        println!("  {cat:<14} {ok:>4}/{n:<4} {:.1}%", *ok as f64 * 100.0 / *n as f64);
    }
    println!("mismatches ({}):", misses.len());
    for m in misses.iter().take(400) {
        println!("{m}");
    }
    assert!(high_leaks.is_empty(), "HIGH-labeled cases classified LOW or allowed:\n{}", high_leaks.join("\n"));
    assert!(recall(Risk::High) >= 0.97, "HIGH recall {:.2}% < 97%", recall(Risk::High) * 100.0);
    assert!(recall(Risk::Low) >= 0.90, "LOW recall {:.2}% < 90%", recall(Risk::Low) * 100.0);
}
