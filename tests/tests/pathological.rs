//! Pathological input returns a verdict (never a panic), and what blows a budget is never LOW.
//! Time and memory bounds are measured by the benches and `/usr/bin/time -v` (README), not here.

use hardshell_engine::{Context, Risk};

fn check(cmd: &str) -> hardshell_engine::Verdict {
    let engine = hardshell_tests::engine();
    engine.evaluate(cmd, &Context::default())
}

#[test]
fn huge_and_deep_inputs_get_verdicts() {
    let nested = format!("echo {}x{}", "$(".repeat(10_000), ")".repeat(10_000));
    let backticks = format!("echo {}", "`echo ".repeat(2_001)); // odd: one is unterminated
    let brackets = format!("echo {}", "((((((((((".repeat(1_000));
    let long = format!("echo {}", "a ".repeat(50_000));
    let pipes = vec!["cat x"; 5_000].join(" | ");
    let lists = vec!["ls"; 10_000].join("; ");
    let braces = "echo {1..100000}{1..100000}{a,b,c,d,e,f,g,h}{1..99999}".to_string();
    let quotes = format!("echo {}", "'a'\"b\"$'c'".repeat(5_000));
    let heredocs = "cat <<A\n".repeat(2_000);
    let oversized = "x".repeat(200_000);
    // Review C1: each wrapper level copied the rest of the chain (time quadratic in its length).
    let wrappers = format!("{}ls", "env ".repeat(30_000));
    let heredoc_backticks = format!("cat <<EOF\n{}\nEOF\n", "`ls` ".repeat(5_000));
    for (name, cmd, must_not_be_low) in [
        ("10k nested substitutions", nested.as_str(), true),
        ("2001 backticks, one unterminated", backticks.as_str(), true),
        ("10k open parens", brackets.as_str(), true),
        ("100 kB of words", long.as_str(), false),
        ("5k pipes", pipes.as_str(), false),
        ("10k commands", lists.as_str(), false),
        ("huge brace product", braces.as_str(), true),
        ("mixed quoting", quotes.as_str(), false),
        ("2k unterminated heredocs", heredocs.as_str(), false),
        ("200 kB", oversized.as_str(), true),
        ("30k wrappers", wrappers.as_str(), true),
        ("5k backticks in a heredoc body", heredoc_backticks.as_str(), false),
    ] {
        let v = check(cmd);
        assert!(!v.reasons.is_empty(), "{name}: no reasons");
        if must_not_be_low {
            assert_ne!(v.risk, Risk::Low, "{name}: over budget but LOW");
        }
        println!("{name}: {} bytes -> {} ({})", cmd.len(), v.risk, v.reasons[0].id);
    }
}

#[test]
fn bad_bytes_fail_closed() {
    let engine = hardshell_tests::engine();
    let cx = Context::default();
    for (name, bytes) in [("nul", &b"ls\0 -la"[..]), ("invalid utf-8", &b"ls \xc3\x28"[..]), ("lone surrogate", &b"echo \xed\xa0\x80"[..])] {
        let v = engine.evaluate_bytes(bytes, &cx);
        assert_eq!(v.risk, Risk::High, "{name}");
    }
}
