//! Stage 3, fast lane: a command of plain words needs no parser.
//!
//! Input: the bounded, normalised text. Output: the [`Script`] that stages 3 and 4 would build for
//! it through tree-sitter, or `None`, and the text goes to the parser as usual. Most commands an
//! agent runs (`git status`, `cargo test --all`, `ls -la src`) are a program and its words; for
//! them the parser is most of the engine's cost.
//!
//! "Plain" is deliberately narrow: ASCII letters, digits and `_ . / : @ % + , - = ~` in words
//! separated by spaces; nothing that quotes, expands, globs, redirects, separates commands or
//! starts a comment; the first word no assignment; no word a reserved word or a keyword the parser
//! reads as syntax (`if`, `time`, `export`, `unset` ...); a bounded number of words.
//!
//! Invariant: for every text this accepts, the result is exactly what tree-sitter and the lowering
//! build (the tests below, the `parse` fuzz property and `tests/tests/external.rs` compare the two), so the fast lane
//! changes the cost of a verdict, never the verdict.

use super::s04_lower::lit_word;
use super::{s03_parse, s04_lower};
use crate::ast::{Cmd, Script, Simple};
use crate::cx::{Budget, Findings};

/// More words than this go to the parser (the budgets are then the parser path's business).
const MAX_WORDS: usize = 64;

/// Words bash or tree-sitter read as syntax in some position. Rejected anywhere in the command,
/// not only first: cheaper to reason about than which position makes which of them special.
const KEYWORDS: &[&str] = &[
    "if", "then", "elif", "else", "fi", "case", "esac", "for", "select", "while", "until", "do", "done", "in",
    "function", "time", "coproc", "declare", "typeset", "export", "readonly", "local", "unset", "unsetenv",
];

const fn plain_byte(b: u8) -> bool {
    matches!(b, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'/' | b':' | b'@' | b'%' | b'+' | b',' | b'-' | b'=' | b'~')
}

/// The script for `text` when it is plain words, else `None`.
pub(crate) fn plain(text: &str, budget: &Budget) -> Option<Script> {
    let bytes = text.as_bytes();
    if !bytes.iter().all(|&b| b == b' ' || plain_byte(b)) {
        return None;
    }
    let body = text.trim_matches(' ');
    let mut words = Vec::new();
    for w in body.split(' ').filter(|w| !w.is_empty()) {
        if words.len() == MAX_WORDS || KEYWORDS.contains(&w) {
            return None;
        }
        words.push(lit_word(w));
    }
    let first = words.first()?;
    // `A=1 cmd` is an assignment; tree-sitter reads `@`, `name%` and `name+:` in a command name as
    // syntax errors (bash would run them; the parser path fails closed, so must this one).
    if first.raw.contains(['=', '@', '%', ':']) {
        return None;
    }
    // A lone `-` first: tree-sitter drops it and reads the next word as the command.
    if first.raw == "-" {
        return None;
    }
    // `x == y`, `x =~ y`: the parser reads test operators in arguments too.
    if words.iter().any(|w| w.raw.starts_with('=')) {
        return None;
    }
    // The parser path counts the command and each word against the node budget, at depth 1 and 2.
    if budget.max_nodes <= words.len() || budget.max_depth.saturating_mul(4) < 2 || budget.parse_steps < 10_000 {
        return None;
    }
    Some(Script { cmds: vec![Cmd::Simple(Simple { words, text: body.to_string(), ..Simple::default() })] })
}

/// The invariant, checkable from outside (fuzz targets, corpus tests): when the fast lane takes
/// `text`, the parser path builds the same script with no findings. `Ok(true)`: taken and equal;
/// `Ok(false)`: not taken; `Err` says how they differ.
pub(crate) fn agrees(text: &str) -> Result<bool, String> {
    let budget = Budget::default();
    let Some(fast) = plain(text, &budget) else { return Ok(false) };
    let mut f = Findings::default();
    let Some(p) = s03_parse::run(text, &budget, &mut f, None) else { return Err(format!("{text:?}: the parser gave no tree")) };
    let slow = s04_lower::run(&p, text, &budget, &mut f, None);
    let (fast, slow) = (format!("{fast:?}"), format!("{slow:?}"));
    if f.list.is_empty() && fast == slow {
        Ok(true)
    } else {
        let ids: Vec<&str> = f.list.iter().map(|x| x.id).collect();
        Err(format!("{text:?}: fast lane {fast}\nparser {slow} {ids:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every word of 1 to `max` characters from a sample of the plain alphabet (one character
    /// of each class).
    fn short_words(max: u32) -> Vec<String> {
        let alpha: Vec<char> = "aZ09_./:@%+,-=~".chars().collect();
        let mut words: Vec<String> = alpha.iter().map(|c| c.to_string()).collect();
        let mut last = words.clone();
        for _ in 1..max {
            last = last.iter().flat_map(|w| alpha.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(last.iter().cloned());
        }
        words
    }

    #[test]
    fn table() {
        let yes = ["ls -la", "git status", "  cargo test --all  ", "date +%Y-%m-%d", "ls ~/x ~", "a a=b", "sleep 10", ". file", "g++ -c x.c", "-x", "echo 0 1 -1 0x1f 1e3", "ssh user@host:path"];
        for t in yes {
            assert!(plain(t, &Budget::default()).is_some(), "{t:?}");
            if let Err(e) = agrees(t) {
                panic!("{e}");
            }
        }
        let no = ["", "   ", "A=1 ls", "=x y", ": x", "a%", "a+:", "- A=b", "x == y", "x =~ y", "ls\tx", "ls\nrm", "ls;rm", "ls 'x'", "ls $HOME", "ls *", "ls {a,b}", "echo #x", "time ls", "export A=1", "echo fi", "unset X", "ls > x", "r\\m", "ls é"];
        for t in no {
            assert!(plain(t, &Budget::default()).is_none(), "{t:?}");
        }
        let many = vec!["w"; MAX_WORDS + 1].join(" ");
        assert!(plain(&many, &Budget::default()).is_none());
        let tiny = Budget { max_nodes: 2, ..Budget::default() };
        assert!(plain("a b c", &tiny).is_none());
    }

    /// Every word of up to four characters, first, middle and last: the fast lane takes it only
    /// where the parser agrees.
    #[test]
    fn short_words_exhaustively() {
        let mut bad = Vec::new();
        for w in short_words(4) {
            for t in [w.clone(), format!("x {w}"), format!("x {w} y")] {
                if let Err(e) = agrees(&t) {
                    bad.push(e);
                }
            }
        }
        assert!(bad.is_empty(), "{} disagreements: {:#?}", bad.len(), &bad[..bad.len().min(20)]);
    }

    /// Every pair of words of up to two characters, and every triple of one-character words.
    #[test]
    fn short_pairs_exhaustively() {
        let (two, one) = (short_words(2), short_words(1));
        let mut texts = Vec::new();
        for a in &two {
            texts.extend(two.iter().map(|b| format!("{a} {b}")));
        }
        for a in &one {
            for b in &one {
                texts.extend(one.iter().map(|c| format!("{a} {b} {c}")));
            }
        }
        let bad: Vec<String> = texts.into_iter().filter(|t| agrees(t).is_err()).collect();
        assert!(bad.is_empty(), "{} disagreements: {bad:?}", bad.len());
    }

    /// Words built from the plain alphabet, with the characters that matter most to a lexer over-
    /// represented, and the keywords mixed in (they must be refused, not mis-lexed).
    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            "[-a-zA-Z0-9_./:@%+,=~]{1,8}",
            "[~=:.@%+,-]{1,3}[a-z0-9]{0,2}",
            "[0-9]{1,3}",
            proptest::sample::select(KEYWORDS).prop_map(str::to_string),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]
        #[test]
        fn fast_lane_equals_parser(words in proptest::collection::vec(word(), 1..8), pad in "[ ]{0,2}", gap in "[ ]{1,3}") {
            let text = format!("{pad}{}{pad}", words.join(&gap));
            let agreed = agrees(&text);
            prop_assert!(agreed.is_ok(), "{}", agreed.err().unwrap_or_default());
        }
    }
}
