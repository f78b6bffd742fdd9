//! Stage 3, parse: tree-sitter-bash turns the text into a syntax tree.
//!
//! Input: the bounded, normalised text. Output: [`Parsed`], which owns the tree. This is the only
//! module (with `s04_lower`, which consumes `Parsed` right away) that sees tree-sitter types.
//! Invariant: ERROR or MISSING nodes, a parser that gives up, or a blown time budget are findings
//! of HIGH risk — what we cannot parse we do not trust.

use crate::cx::{Budget, Findings};
use crate::verdict::{Risk, Stage};
use std::cell::RefCell;
use std::sync::OnceLock;
use tree_sitter::{Language, Node, Parser, Tree};

pub(crate) struct Parsed {
    pub(crate) tree: Tree,
}

impl Parsed {
    /// Syntax nodes in the tree (for the phase benches).
    pub(crate) fn node_count(&self) -> usize {
        self.tree.root_node().descendant_count()
    }
}

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

fn language() -> Language {
    tree_sitter_bash::LANGUAGE.into()
}

/// A node's kind, looked up by its numeric id in a table built once: `Node::kind` measures and
/// validates the grammar's C string on every call. Same text as `Node::kind`.
pub(crate) fn kind(n: &Node) -> &'static str {
    static KINDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let table = KINDS.get_or_init(|| {
        let l = language();
        (0..l.node_kind_count()).map(|i| u16::try_from(i).ok().and_then(|i| l.node_kind_for_id(i)).unwrap_or("")).collect()
    });
    match table.get(usize::from(n.kind_id())) {
        Some(k) if !k.is_empty() => k,
        _ => n.kind(),
    }
}

fn with_parser<R>(f: impl FnOnce(&mut Parser) -> R) -> Option<R> {
    PARSER.with(|cell| {
        let mut slot = cell.try_borrow_mut().ok()?;
        if slot.is_none() {
            let mut p = Parser::new();
            p.set_language(&language()).ok()?;
            *slot = Some(p);
        }
        slot.as_mut().map(f)
    })
}

/// Parses `text`; records a finding and returns `None` when there is no usable tree.
pub(crate) fn run(text: &str, budget: &Budget, out: &mut Findings, unit: Option<usize>) -> Option<Parsed> {
    // The budget counts the parser's progress callbacks, not time: deterministic verdicts.
    let max_calls = budget.parse_steps;
    let tree = with_parser(|p| {
        let mut calls: u64 = 0;
        let mut progress = |_: &tree_sitter::ParseState| -> bool {
            calls += 1;
            calls > max_calls
        };
        let opts = tree_sitter::ParseOptions::new().progress_callback(&mut progress);
        p.reset();
        p.parse_with_options(&mut |i, _| text.as_bytes().get(i..).unwrap_or(&[]), None, Some(opts))
    })
    .flatten();
    let Some(tree) = tree else {
        out.add(Stage::Parse, "parse.budget", Risk::High, unit, "the parser gave up (work budget exhausted)");
        return None;
    };
    let root = tree.root_node();
    if root.has_error() {
        let (what, at) = first_error(&tree);
        out.add(
            Stage::Parse,
            "parse.error",
            Risk::High,
            unit,
            format!("not valid bash as far as the parser can tell ({what} at byte {at}): cannot analyse, so cannot trust"),
        );
    }
    out.note(Stage::Parse, || format!("{} syntax nodes", root.descendant_count()));
    Some(Parsed { tree })
}

fn first_error(tree: &Tree) -> (&'static str, usize) {
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        if node.is_error() {
            return ("syntax error", node.start_byte());
        }
        if node.is_missing() {
            return ("missing token", node.start_byte());
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return ("syntax error", 0);
            }
        }
    }
}

pub(crate) fn baseline(source: &str) -> usize {
    with_parser(|p| p.parse(source, None).map(|t| t.root_node().descendant_count()).unwrap_or(0)).unwrap_or(0)
}

#[cfg(test)]
pub(crate) fn sexp(source: &str) -> String {
    with_parser(|p| p.parse(source, None).map(|t| t.root_node().to_sexp()).unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> (bool, Vec<&'static str>) {
        let mut f = Findings::default();
        let ok = run(s, &Budget::default(), &mut f, None).is_some();
        (ok, f.list.iter().map(|x| x.id).collect())
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("ls -la", &[]),
            ("echo 'unterminated", &["parse.error"]),
            ("if true; then", &["parse.error"]),
            ("a | | b", &["parse.error"]),
            ("cat <<EOF\nx\nEOF\n", &[]),
            ("", &[]),
        ];
        for (src, ids) in cases {
            let (ok, got) = parse(src);
            assert!(ok, "{src}");
            assert_eq!(&got[..], *ids, "{src}");
        }
    }

    #[test]
    fn kind_table_matches_node_kind() {
        let src = "a=1 b=$x cmd 2>&1 | grep -E 'x' && { ls; } || (cd /tmp; rm -f *.o) & f() { echo \"$(id) ${y:-`w`}\" $'\\x41' $((1+2)); }; cat <<EOF >out\nhi $z\nEOF\nif [[ -f x ]]; then echo; elif true; then :; else false; fi; for i in 1 2; do echo $i; done; case $a in x) ;; esac; while read l; do :; done < <(ls); declare -x A=1; unset B; ! true; echo {a,b} ~/x # c\n( ) ;; fi";
        let tree = with_parser(|p| p.parse(src, None)).flatten();
        assert!(tree.is_some(), "no tree");
        let Some(tree) = tree else { return };
        let mut cursor = tree.walk();
        let mut seen = 0;
        loop {
            let n = cursor.node();
            assert_eq!(kind(&n), n.kind());
            seen += 1;
            if cursor.goto_first_child() || cursor.goto_next_sibling() {
                continue;
            }
            loop {
                if !cursor.goto_parent() {
                    assert!(seen > 100, "{seen}");
                    return;
                }
                if cursor.goto_next_sibling() {
                    break;
                }
            }
        }
    }

    #[test]
    #[ignore]
    fn dump() {
        for s in ["{rm,-rf,~}", "r''m -rf ~", "\\rm x", "$'\\x72m' x", "cat <<EOF | sh\nrm $(id)\nEOF\n", "a=1 b=$x cmd & ls", "echo ~/x *.rs", "bash <<< 'ls'", "f() { ls; }", "[[ -f x ]] && ls", "x=$(ls) ; export A=1 B", "echo ${IFS}x ${a:-b}"] {
            println!("{s:?}\n  {}", sexp(s));
        }
    }
}
