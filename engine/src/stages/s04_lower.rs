//! Stage 4, lower: tree-sitter syntax tree -> hardshell's typed, owned AST ([`crate::ast`]).
//!
//! Input: [`Parsed`] and its source text. Output: [`Script`]. Invariants: nothing after this
//! stage sees tree-sitter types; unknown node kinds become `Opaque` (never LOW); nesting deeper
//! than the budget becomes `Opaque` with a HIGH finding instead of recursing further.

use super::s03_parse::{kind, Parsed};
use crate::ast::{Assign, Cmd, Part, Quote, RedirKind, Redirect, Script, Simple, Word};
use crate::cx::{Budget, Findings};
use crate::verdict::{Risk, Stage};
use tree_sitter::Node;

struct Lower<'s, 'f> {
    src: &'s str,
    /// For code tree-sitter left as text (backticks in a heredoc body), parsed here.
    budget: &'s Budget,
    max_depth: u32,
    nodes: usize,
    max_nodes: usize,
    out: &'f mut Findings,
    unit: Option<usize>,
    blown: bool,
    opaque: Vec<String>,
    /// Words after a redirection target (`find . > out -delete`): tree-sitter files them as more
    /// destinations, bash passes them to the command. Collected here, appended by the caller.
    stray: Vec<Word>,
    /// A number written against the next redirection operator (`bash 0<&$fd`, `x 0>&$s`) that
    /// tree-sitter parsed as a word: bash reads it as that redirection's descriptor.
    pending_fd: Option<u32>,
}

pub(crate) fn run(parsed: &Parsed, src: &str, budget: &Budget, out: &mut Findings, unit: Option<usize>) -> Script {
    let mut l = Lower { src, budget, max_depth: budget.max_depth * 4, nodes: 0, max_nodes: budget.max_nodes, out, unit, blown: false, opaque: Vec::new(), stray: Vec::new(), pending_fd: None };
    let script = l.script(parsed.tree.root_node(), 0);
    if !l.opaque.is_empty() {
        let kinds = l.opaque.join(", ");
        l.out.add(Stage::Lower, "lower.opaque", Risk::High, unit, format!("syntax hardshell does not model: {kinds}"));
    }
    let n = l.nodes;
    l.out.note(Stage::Lower, || format!("{n} nodes lowered"));
    script
}

const STATEMENTS: &[&str] = &[
    "command", "pipeline", "list", "subshell", "compound_statement", "if_statement", "while_statement",
    "for_statement", "c_style_for_statement", "case_statement", "function_definition", "redirected_statement",
    "negated_command", "test_command", "declaration_command", "unset_command", "variable_assignment",
    "variable_assignments", "ERROR",
];

impl Lower<'_, '_> {
    fn text(&self, n: Node) -> String {
        self.src.get(n.byte_range()).unwrap_or("").to_string()
    }

    /// Counts a node against the budgets; false when lowering must stop here.
    fn enter(&mut self, depth: u32) -> bool {
        self.nodes += 1;
        if depth > self.max_depth || self.nodes > self.max_nodes {
            if !self.blown {
                self.blown = true;
                self.out.add(Stage::Lower, "limits.nesting", Risk::High, self.unit, "nesting or size budget exhausted: the rest is not analysed");
            }
            return false;
        }
        true
    }

    fn script(&mut self, node: Node, depth: u32) -> Script {
        Script { cmds: self.stmts(node, depth) }
    }

    fn cmd(&mut self, node: Node, depth: u32) -> Cmd {
        if !self.enter(depth) {
            return Cmd::Opaque { kind: "budget".into(), text: String::new() };
        }
        // Lists check themselves in `stmts`; every other statement here (`if`, `!`, a command,
        // a redirected statement ...).
        if !matches!(kind(&node), "list" | "pipeline" | "subshell" | "compound_statement" | "do_group") {
            self.skipped(node);
        }
        match kind(&node) {
            "command" => Cmd::Simple(self.simple(node, depth)),
            "pipeline" => Cmd::Pipeline(self.stmts(node, depth)),
            "list" => Cmd::List(self.stmts(node, depth)),
            "subshell" => Cmd::Subshell(self.script(node, depth)),
            "compound_statement" | "do_group" => Cmd::Group(self.script(node, depth)),
            "if_statement" | "while_statement" | "for_statement" | "c_style_for_statement" | "case_statement" => {
                self.compound(node, depth)
            }
            "function_definition" => {
                let name = node.child_by_field_name("name").map(|n| self.text(n)).unwrap_or_default();
                let body = match node.child_by_field_name("body") {
                    Some(b) => self.cmd(b, depth + 1),
                    None => Cmd::Opaque { kind: "function_definition".into(), text: self.text(node) },
                };
                Cmd::Function { name, body: Box::new(body) }
            }
            "redirected_statement" => self.redirected(node, depth),
            "negated_command" => {
                let inner = named_kids(node).next();
                match inner {
                    Some(n) => Cmd::Negated(Box::new(self.cmd(n, depth + 1))),
                    None => Cmd::Opaque { kind: "negated_command".into(), text: self.text(node) },
                }
            }
            "test_command" => {
                let mut words = Vec::new();
                self.collect_words(node, depth, &mut words);
                Cmd::Test(words)
            }
            "declaration_command" | "unset_command" | "variable_assignment" | "variable_assignments" => {
                Cmd::Simple(self.declaration(node, depth))
            }
            other => {
                if other != "ERROR" {
                    self.opaque.push(other.to_string());
                }
                Cmd::Opaque { kind: other.to_string(), text: self.text(node) }
            }
        }
    }

    /// Every named child that is not a comment, as a statement; one followed right away by `&`
    /// runs in the background.
    fn stmts(&mut self, node: Node, depth: u32) -> Vec<Cmd> {
        self.skipped(node);
        let mut out = Vec::new();
        let mut last_is_cmd = false;
        for c in kids(node) {
            if last_is_cmd && kind(&c) == "&" {
                if let Some(last) = out.last_mut() {
                    let cmd = std::mem::replace(last, Cmd::List(Vec::new()));
                    *last = Cmd::Background(Box::new(cmd));
                }
            }
            last_is_cmd = c.is_named() && kind(&c) != "comment";
            if last_is_cmd {
                out.push(self.cmd(c, depth + 1));
            }
        }
        out
    }

    fn compound(&mut self, node: Node, depth: u32) -> Cmd {
        let kind = match kind(&node) {
            "if_statement" => "if",
            "while_statement" => "while",
            "for_statement" => "for",
            "c_style_for_statement" => "for((;;))",
            _ => "case",
        };
        let mut words = Vec::new();
        let mut body = Script::default();
        self.compound_parts(node, depth, &mut words, &mut body);
        Cmd::Compound { kind, words, body }
    }

    /// Collects every statement (into `body`) and every word (into `words`) below a compound.
    fn compound_parts(&mut self, node: Node, depth: u32, words: &mut Vec<Word>, body: &mut Script) {
        let mut cursor = node.walk();
        let children: Vec<Node> = node.children(&mut cursor).collect();
        for (i, c) in children.iter().enumerate() {
            if !c.is_named() || kind(c) == "comment" || kind(c) == "variable_name" {
                continue;
            }
            let k = kind(c);
            if STATEMENTS.contains(&k) {
                let mut cmd = self.cmd(*c, depth + 1);
                if children.get(i + 1).is_some_and(|n| kind(n) == "&") {
                    cmd = Cmd::Background(Box::new(cmd));
                }
                body.cmds.push(cmd);
            } else if matches!(k, "do_group" | "else_clause" | "elif_clause" | "case_item" | "compound_statement") {
                self.skipped(*c);
                self.compound_parts(*c, depth + 1, words, body);
            } else if self.enter(depth + 1) {
                words.push(self.word(*c, depth + 1));
            }
        }
    }

    fn redirected(&mut self, node: Node, depth: u32) -> Cmd {
        let mut body = match node.child_by_field_name("body") {
            Some(b) => self.cmd(b, depth + 1),
            None => Cmd::Simple(Simple::default()),
        };
        // `python3 - <<'EOF'`, `diff a - 2>&1`: the `-` tree-sitter dropped before the redirection.
        let first_redirect = named_kids(node).find(|r| kind(r).ends_with("redirect"));
        if let (Some(b), Some(r)) = (node.child_by_field_name("body"), first_redirect) {
            if lone_dash(self.src.as_bytes().get(b.end_byte()..r.start_byte()).unwrap_or(&[])) {
                if let Some(s) = last_simple(&mut body) {
                    s.words.push(lit_word("-"));
                }
            }
        }
        let mut redirects = Vec::new();
        let mut tail: Vec<Cmd> = Vec::new();
        for r in named_kids(node) {
            if Some(r) == node.child_by_field_name("body") {
                continue;
            }
            self.redirect(r, depth + 1, &mut redirects, &mut tail);
        }
        let stray = std::mem::take(&mut self.stray);
        // A simple command's text includes its redirections (`yes > /tmp/fill`).
        let body = match body {
            Cmd::Simple(mut s) => {
                s.words.extend(stray);
                let full = self.text(node);
                s.text = full.lines().next().map(str::to_string).filter(|_| full.contains("<<")).unwrap_or(full);
                Cmd::Simple(s)
            }
            mut other => {
                // `a && echo >&2 "msg"`: tree-sitter hangs the redirection on the whole list; the
                // words belong to the last simple command, as in bash.
                if !stray.is_empty() {
                    match last_simple(&mut other) {
                        Some(s) => s.words.extend(stray),
                        None => self.out.add(Stage::Lower, "parse.redirect_words", Risk::High, self.unit, "words after the redirection of a compound command: not valid bash, cannot analyse"),
                    }
                }
                other
            }
        };
        let cmd = Cmd::Redirected { body: Box::new(body), redirects };
        if tail.is_empty() {
            cmd
        } else {
            // `cat <<EOF | sh`: tree-sitter puts the rest of the pipeline inside the heredoc node.
            let mut all = vec![cmd];
            for t in tail {
                match t {
                    Cmd::Pipeline(rest) => all.extend(rest),
                    other => all.push(other),
                }
            }
            Cmd::Pipeline(all)
        }
    }

    fn redirect(&mut self, r: Node, depth: u32, out: &mut Vec<Redirect>, tail: &mut Vec<Cmd>) {
        if !self.enter(depth) {
            return;
        }
        let fd = r.child_by_field_name("descriptor").and_then(|d| self.text(d).parse().ok()).or(self.pending_fd.take());
        match kind(&r) {
            "file_redirect" => {
                let op = r.child(0).filter(|c| !c.is_named()).or_else(|| r.child(1)).map(|c| self.text(c)).unwrap_or_default();
                let op = if op.chars().all(|c| c.is_ascii_digit()) { r.child(1).map(|c| self.text(c)).unwrap_or_default() } else { op };
                // `2>&-` closes the descriptor: it takes no target, and tree-sitter's optional
                // destination after it is the command's next word (`dd 2>&- of=/dev/sda`).
                let closes = matches!(op.as_str(), ">&-" | "<&-");
                let target = self.destinations(r, depth, closes);
                let kind = match op.as_str() {
                    "<" => RedirKind::In,
                    ">>" | "&>>" => RedirKind::Append,
                    "<>" => RedirKind::ReadWrite,
                    ">&" | "<&" | ">&-" | "<&-" if target.raw.chars().all(|c| c.is_ascii_digit() || c == '-') => RedirKind::Dup,
                    _ => RedirKind::Out,
                };
                out.push(Redirect { fd, kind, target });
            }
            "heredoc_redirect" => {
                let start = named_kids(r).find(|c| kind(c) == "heredoc_start").map(|c| self.text(c)).unwrap_or_default();
                let quoted = start.contains(['\'', '"', '\\']);
                let mut target = Word::default();
                for c in named_kids(r) {
                    match kind(&c) {
                        "heredoc_body" => {
                            target = if quoted {
                                let t = self.text(c);
                                Word { parts: vec![Part::Lit { text: t.clone(), quote: Quote::Single }], raw: t }
                            } else {
                                self.heredoc_body(c, depth + 1)
                            };
                        }
                        "heredoc_start" | "heredoc_end" | "comment" => {}
                        k if STATEMENTS.contains(&k) => tail.push(self.cmd(c, depth + 1)),
                        k if k.ends_with("redirect") => self.redirect(c, depth + 1, out, tail),
                        // `sort <<EOF --compress-program=sh`: words after the delimiter are arguments.
                        _ => {
                            let w = self.word(c, depth + 1);
                            self.stray.push(w);
                        }
                    }
                }
                out.push(Redirect { fd, kind: RedirKind::Heredoc, target });
            }
            "herestring_redirect" => {
                let w = named_kids(r).find(|c| kind(c) != "file_descriptor");
                // `cat <<<` then a newline: bash stops with a syntax error; the parser takes the
                // next line's first word as the string (fuzz finding: `cat<<<\n\nrm -rf ~`).
                let before = w.and_then(|w| w.prev_sibling()).map_or(r.start_byte(), |p| p.end_byte());
                if w.is_some_and(|w| unescaped_newline(self.src.as_bytes().get(before..w.start_byte()).unwrap_or(&[]))) {
                    self.out.add(Stage::Lower, "parse.redirect_split", Risk::High, self.unit, "a here-string on another line than its `<<<`: bash stops at the newline with a syntax error, the parser did not");
                }
                let target = match w {
                    Some(w) => self.word(w, depth + 1),
                    None => Word::default(),
                };
                out.push(Redirect { fd, kind: RedirKind::Herestring, target });
            }
            k if STATEMENTS.contains(&k) => tail.push(self.cmd(r, depth + 1)),
            other => {
                self.opaque.push(other.to_string());
            }
        }
    }

    /// The `destination`s tree-sitter gave a file redirect: the first is its target, the rest are
    /// command words. A closing operator (`2>&-`) takes no target: its target is `-` and every
    /// destination is a command word (`dd 2>&- of=/dev/sda`). A destination that bash would not
    /// read as one (after a bare newline) fails closed.
    fn destinations(&mut self, r: Node, depth: u32, closes: bool) -> Word {
        let mut cursor = r.walk();
        let dests: Vec<Node> = r.children_by_field_name("destination", &mut cursor).collect();
        let mut prev_end = dests.first().and_then(|d| d.prev_sibling()).map_or(r.start_byte(), |p| p.end_byte());
        let split = if closes {
            "a word on another line after a closed descriptor: bash would stop at the newline, the parser did not"
        } else {
            "a redirection target on another line: bash would stop at the newline, the parser did not"
        };
        let mut target = closes.then(|| lit_word("-"));
        for d in dests {
            if self.src.get(prev_end..d.start_byte()).unwrap_or("").replace("\\\n", "").contains('\n') {
                self.out.add(Stage::Lower, "parse.redirect_split", Risk::High, self.unit, split);
            }
            prev_end = d.end_byte();
            if target.is_some() && !closes && self.descriptor_word(d, r) {
                continue;
            }
            let w = self.word(d, depth + 1);
            if target.is_none() {
                target = Some(w);
            } else {
                self.stray.push(w);
            }
        }
        target.unwrap_or_default()
    }

    fn heredoc_body(&mut self, node: Node, depth: u32) -> Word {
        let raw = self.text(node);
        let mut parts = Vec::new();
        let mut pos = node.start_byte();
        for c in named_kids(node) {
            if c.start_byte() > pos {
                parts.push(Part::Lit { text: self.src.get(pos..c.start_byte()).unwrap_or("").to_string(), quote: Quote::Double });
            }
            match kind(&c) {
                "heredoc_content" => parts.push(Part::Lit { text: self.text(c), quote: Quote::Double }),
                _ => parts.extend(self.word(c, depth + 1).parts.into_iter().map(requote)),
            }
            pos = c.end_byte();
        }
        if node.end_byte() > pos {
            parts.push(Part::Lit { text: self.src.get(pos..node.end_byte()).unwrap_or("").to_string(), quote: Quote::Double });
        }
        // A line of the body that starts with blanks and then `$(` is left as text by tree-sitter
        // (no child node), yet bash runs the substitution: what the parser left as text must not
        // hold one.
        let hidden = parts.iter().any(|p| matches!(p, Part::Lit { text, .. } if text.contains("$(")));
        if hidden {
            self.out.add(Stage::Lower, "parse.error", Risk::High, self.unit, "a command substitution in a heredoc body that the parser left as text: cannot analyse, so cannot trust");
        }
        // Backticks in an unquoted body run, but tree-sitter leaves them as text.
        let scripts = self.backticks(&raw, depth + 1);
        parts.extend(scripts.into_iter().map(|script| Part::Subst { script, quoted: true }));
        Word { parts, raw }
    }

    /// Code in backticks that tree-sitter left as text (an unquoted heredoc body, the word of
    /// `${x:-`cmd`}`): bash runs it, so it is parsed and lowered here, each piece as a script.
    /// An unmatched backtick fails closed.
    fn backticks(&mut self, text: &str, depth: u32) -> Vec<Script> {
        if !text.contains('`') {
            return Vec::new();
        }
        let mut found = Vec::new();
        let mut code: Option<String> = None;
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match (c, code.as_mut()) {
                ('\\', None) => {
                    chars.next();
                }
                ('\\', Some(buf)) => match chars.next() {
                    Some(x @ ('`' | '$' | '\\')) => buf.push(x),
                    Some(x) => {
                        buf.push('\\');
                        buf.push(x);
                    }
                    None => buf.push('\\'),
                },
                ('`', Some(_)) => {
                    let buf = code.take().unwrap_or_default();
                    found.push(self.nested_script(&buf, depth));
                }
                ('`', None) => code = Some(String::new()),
                (c, Some(buf)) => buf.push(c),
                (_, None) => {}
            }
        }
        if code.is_some() {
            self.out.add(Stage::Lower, "parse.error", Risk::High, self.unit, "an unmatched backtick in text bash expands: cannot analyse, so cannot trust");
        }
        found
    }

    /// Parses and lowers `code` found inside this text (stage 3 and 4 again, within the budgets).
    fn nested_script(&mut self, code: &str, depth: u32) -> Script {
        if !self.enter(depth) {
            return Script::default();
        }
        let Some(parsed) = super::s03_parse::run(code, self.budget, self.out, self.unit) else { return Script::default() };
        let mut inner = Lower { src: code, budget: self.budget, max_depth: self.max_depth, nodes: self.nodes, max_nodes: self.max_nodes, out: &mut *self.out, unit: self.unit, blown: self.blown, opaque: Vec::new(), stray: Vec::new(), pending_fd: None };
        let script = inner.script(parsed.tree.root_node(), depth);
        let (nodes, blown) = (inner.nodes, inner.blown);
        self.opaque.append(&mut inner.opaque);
        self.nodes = nodes;
        self.blown = blown;
        script
    }

    fn simple(&mut self, node: Node, depth: u32) -> Simple {
        let mut s = Simple { text: self.text(node), ..Simple::default() };
        for c in named_kids(node) {
            match kind(&c) {
                "variable_assignment" => s.assigns.push(self.assign(c, depth + 1)),
                "command_name" => {
                    let inner = c.named_child(0).unwrap_or(c);
                    s.words.push(self.word(inner, depth + 1));
                }
                k if k.ends_with("redirect") => {
                    let mut tail = Vec::new();
                    self.redirect(c, depth + 1, &mut s.redirects, &mut tail);
                    s.words.append(&mut self.stray);
                    if !tail.is_empty() {
                        self.opaque.push("redirect continuation".into());
                    }
                }
                "subshell" => self.opaque.push("subshell in command".into()),
                "comment" => {}
                _ if self.descriptor_word(c, node) => {}
                _ => s.words.push(self.word(c, depth + 1)),
            }
        }
        s
    }

    /// What lies between the parts of `node` (or, at the top, before the first and after the
    /// last), where the parser and bash can disagree; each fails closed:
    /// - text no node holds: tree-sitter skipped it (`- A=b c`: it drops the `-` and runs `c`;
    ///   bash runs `-`). Blanks and `\`-newline are all that may lie there. One exception: a lone
    ///   `-` argument just before a statement's redirection (`diff a - 2>&1`), which
    ///   `redirected` puts back as the word it is;
    /// - in a simple command, an unescaped newline: tree-sitter sometimes reads on across one
    ///   (`x =~` + newline + `rm -rf ~`: `=~` taken for a regex operator and the next line for
    ///   its operand); what it files as one command, bash runs as two.
    fn skipped(&mut self, node: Node) {
        let src = self.src.as_bytes();
        let (top, command, redirected) = match kind(&node) {
            "program" => (true, false, false),
            "command" => (false, true, false),
            "redirected_statement" => (false, false, true),
            _ => (false, false, false),
        };
        let mut from = if top { 0 } else { node.start_byte() };
        let mut prev: Option<Node> = None;
        let (mut stray, mut split) = (None, None);
        let first_stray = |a: usize, gap: &[u8]| {
            let at = gap.iter().enumerate().position(|(i, &c)| !(matches!(c, b' ' | b'\t' | b'\n' | b'\r') || (c == b'\\' && gap.get(i + 1) == Some(&b'\n'))));
            at.map(|i| a + i)
        };
        for c in kids(node) {
            let gap = src.get(from..c.start_byte()).unwrap_or(&[]);
            if !(redirected && kind(&c).ends_with("redirect") && lone_dash(gap)) {
                stray = stray.or_else(|| first_stray(from, gap));
            }
            if command && split.is_none() && prev.is_some_and(|p| !kind(&p).ends_with("redirect")) && unescaped_newline(gap) {
                split = Some(c.start_byte());
            }
            from = c.end_byte();
            prev = Some(c);
        }
        if top {
            stray = stray.or_else(|| first_stray(from, src.get(from..).unwrap_or(&[])));
        }
        if let Some(at) = stray {
            let what: String = self.src.get(at..).unwrap_or("").chars().take(8).collect();
            self.out.add(Stage::Lower, "parse.skipped", Risk::High, self.unit, format!("the parser skipped `{}` at byte {at}; bash would not: cannot analyse, so cannot trust", what.escape_debug()));
        }
        if let Some(at) = split {
            self.out.add(Stage::Lower, "parse.line_split", Risk::High, self.unit, format!("the parser read one command across a line break (at byte {at}), bash runs two: cannot analyse, so cannot trust"));
        }
    }

    /// A `number` that touches the redirection right after it (in `parent` or after `parent`)
    /// is that redirection's descriptor: remembered in `pending_fd`, not a word.
    fn descriptor_word(&mut self, c: Node, parent: Node) -> bool {
        if kind(&c) != "number" {
            return false;
        }
        let next = c.next_sibling().or_else(|| parent.next_sibling());
        let touching = next.is_some_and(|n| n.start_byte() == c.end_byte() && kind(&n).ends_with("redirect"));
        if touching {
            self.pending_fd = self.text(c).parse().ok();
        }
        touching
    }

    /// `export A=1 B`, `declare -x`, `unset X`, bare `A=1`: a simple command named after the keyword.
    fn declaration(&mut self, node: Node, depth: u32) -> Simple {
        let mut s = Simple { text: self.text(node), ..Simple::default() };
        // `local$x`, `export$(cmd)`: one word for bash (a command named by its expansion), a
        // keyword and an argument for tree-sitter.
        if let (Some(kw), Some(next)) = (node.child(0).filter(|c| !c.is_named()), node.child(1)) {
            if kw.end_byte() == next.start_byte() {
                self.out.add(Stage::Lower, "parse.error", Risk::High, self.unit, "a declaration keyword joined to the next word: bash reads one word, the parser two; cannot analyse, so cannot trust");
            }
        }
        match kind(&node) {
            "variable_assignment" => s.assigns.push(self.assign(node, depth + 1)),
            "variable_assignments" => {
                for c in named_kids(node) {
                    s.assigns.push(self.assign(c, depth + 1));
                }
            }
            _ => {
                let kw = node.child(0).map(|c| self.text(c)).unwrap_or_default();
                s.words.push(lit_word(&kw));
                for c in named_kids(node) {
                    if kind(&c) == "variable_assignment" {
                        let a = self.assign(c, depth + 1);
                        // Keep the operand visible to later stages as a word, too.
                        let mut w = lit_word(&format!("{}=", a.name));
                        if let Some(v) = &a.value {
                            w.parts.extend(v.parts.iter().cloned());
                            w.raw.push_str(&v.raw);
                        }
                        s.words.push(w);
                        s.assigns.push(a);
                    } else {
                        s.words.push(self.word(c, depth + 1));
                    }
                }
            }
        }
        s
    }

    fn assign(&mut self, node: Node, depth: u32) -> Assign {
        let name_node = node.child_by_field_name("name");
        let name = name_node.map(|n| self.text(n)).unwrap_or_default();
        let mut value = node.child_by_field_name("value").map(|v| self.word(v, depth + 1));
        // `a[$(cmd)]=1`: bash runs substitutions in the subscript too; they join the value's.
        if let Some(index) = name_node.filter(|n| kind(n) == "subscript").and_then(|n| n.child_by_field_name("index")) {
            let code: Vec<Part> = self.word(index, depth + 1).parts.into_iter().filter(|p| matches!(p, Part::Subst { .. } | Part::ProcSubst { .. } | Part::Arith { .. } | Part::Opaque { .. })).collect();
            if !code.is_empty() {
                value.get_or_insert_with(Word::default).parts.extend(code);
            }
        }
        Assign { name, value }
    }

    fn collect_words(&mut self, node: Node, depth: u32, out: &mut Vec<Word>) {
        if !self.enter(depth) {
            return;
        }
        for c in named_kids(node) {
            match kind(&c) {
                "binary_expression" | "unary_expression" | "parenthesized_expression" | "postfix_expression" | "ternary_expression" | "redirected_statement" => {
                    self.collect_words(c, depth + 1, out)
                }
                "test_operator" => {}
                _ => out.push(self.word(c, depth + 1)),
            }
        }
    }

    fn word(&mut self, node: Node, depth: u32) -> Word {
        let raw = self.text(node);
        let mut parts = Vec::new();
        if self.enter(depth) {
            self.parts(node, depth, &mut parts);
        } else {
            parts.push(Part::Opaque { kind: "budget".into(), subs: Vec::new() });
        }
        Word { parts, raw }
    }

    fn parts(&mut self, node: Node, depth: u32, out: &mut Vec<Part>) {
        match kind(&node) {
            "word" | "number" | "brace_expression" | "regex" | "extglob_pattern" | "test_operator" | "variable_name" | "special_variable_name" | "file_descriptor" => {
                if node.named_child_count() > 0 && kind(&node) == "number" {
                    for c in named_kids(node) {
                        self.parts(c, depth + 1, out);
                    }
                } else {
                    let src = self.src;
                    unescape_unquoted(src.get(node.byte_range()).unwrap_or(""), out);
                }
            }
            "raw_string" => {
                let t = self.text(node);
                let inner = t.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')).unwrap_or(&t);
                out.push(Part::Lit { text: inner.to_string(), quote: Quote::Single });
            }
            "ansi_c_string" => {
                let t = self.text(node);
                let inner = t.strip_prefix("$'").and_then(|x| x.strip_suffix('\'')).unwrap_or(&t);
                out.push(Part::Lit { text: decode_ansi_c(inner), quote: Quote::AnsiC });
            }
            "string" | "translated_string" => self.string(node, depth, out),
            "simple_expansion" => {
                let full = self.text(node);
                // In a double-quoted string tree-sitter starts the node at the blanks before the
                // `$` (`"$a $b"`): they are the string's literal text, not part of the expansion.
                let body = full.trim_start_matches([' ', '\t', '\n']);
                let in_string = body.len() < full.len() && node.parent().is_some_and(|p| kind(&p) == "string");
                let t = if in_string { body } else { full.as_str() };
                if in_string {
                    out.push(Part::Lit { text: full[..full.len() - body.len()].to_string(), quote: Quote::None });
                }
                if !plain_expansion(t) {
                    // `local$\n\nrm -rf ~`: tree-sitter read `$`, a newline and `rm` as `$rm`.
                    self.out.add(Stage::Lower, "parse.error", Risk::High, self.unit, format!("the parser read `{}` as one expansion; bash would not: cannot analyse, so cannot trust", t.escape_debug()));
                }
                out.push(Part::Var { name: t.trim_start_matches('$').to_string(), quoted: false, complex: false, subs: Vec::new() });
            }
            "expansion" => {
                let name = named_kids(node)
                    .find(|c| matches!(kind(c), "variable_name" | "special_variable_name" | "subscript"))
                    .map(|c| self.text(c))
                    .unwrap_or_default();
                let t = self.text(node);
                let complex = t.len() > name.len() + 3;
                let mut subs = self.subs_below(node, depth + 1);
                // `${x:-`cmd`}`: tree-sitter leaves the backticks in a plain word.
                subs.extend(self.backticks(&t, depth + 1));
                out.push(Part::Var { name, quoted: false, complex, subs });
            }
            "command_substitution" => {
                let script = self.script(node, depth + 1);
                out.push(Part::Subst { script, quoted: false });
            }
            "process_substitution" => {
                let out_dir = self.text(node).starts_with('>');
                let script = self.script(node, depth + 1);
                out.push(Part::ProcSubst { script, out: out_dir });
            }
            "arithmetic_expansion" => {
                let subs = self.subs_below(node, depth + 1);
                out.push(Part::Arith { subs });
            }
            "concatenation" => {
                let mut covered = 0;
                for c in named_kids(node) {
                    covered += c.byte_range().len();
                    if self.enter(depth + 1) {
                        self.parts(c, depth + 1, out);
                    }
                }
                // Unnamed pieces of a concatenation (like a bare `$` or `{`) are in the raw text only:
                // rebuild from source when named children do not cover the whole span.
                if covered < node.byte_range().len() {
                    out.clear();
                    self.concat_with_gaps(node, depth, out);
                }
            }
            other => {
                let subs = self.subs_below(node, depth + 1);
                out.push(Part::Opaque { kind: other.to_string(), subs });
            }
        }
    }

    fn concat_with_gaps(&mut self, node: Node, depth: u32, out: &mut Vec<Part>) {
        let mut pos = node.start_byte();
        for c in named_kids(node) {
            if c.start_byte() > pos {
                unescape_unquoted(self.src.get(pos..c.start_byte()).unwrap_or(""), out);
            }
            self.parts(c, depth + 1, out);
            pos = c.end_byte();
        }
        if node.end_byte() > pos {
            unescape_unquoted(self.src.get(pos..node.end_byte()).unwrap_or(""), out);
        }
    }

    fn string(&mut self, node: Node, depth: u32, out: &mut Vec<Part>) {
        let start = node.start_byte() + if kind(&node) == "translated_string" { 2 } else { 1 };
        let end = node.end_byte().saturating_sub(1).max(start);
        let mut pos = start;
        let kids: Vec<Node> = if kind(&node) == "translated_string" { named_kids(node).flat_map(named_kids).collect() } else { named_kids(node).collect() };
        for c in kids {
            if c.start_byte() > pos {
                out.push(Part::Lit { text: unescape_double(self.src.get(pos..c.start_byte()).unwrap_or("")), quote: Quote::Double });
            }
            match kind(&c) {
                "string_content" => out.push(Part::Lit { text: unescape_double(&self.text(c)), quote: Quote::Double }),
                _ => {
                    let mut inner = Vec::new();
                    self.parts(c, depth + 1, &mut inner);
                    out.extend(inner.into_iter().map(requote));
                }
            }
            pos = c.end_byte();
        }
        if end > pos {
            out.push(Part::Lit { text: unescape_double(self.src.get(pos..end).unwrap_or("")), quote: Quote::Double });
        }
    }

    /// Lowers every command or process substitution below `node` (for syntax we model only coarsely).
    fn subs_below(&mut self, node: Node, depth: u32) -> Vec<Script> {
        let mut subs = Vec::new();
        if !self.enter(depth) {
            return subs;
        }
        for c in named_kids(node) {
            match kind(&c) {
                "command_substitution" | "process_substitution" => subs.push(self.script(c, depth + 1)),
                _ => subs.extend(self.subs_below(c, depth + 1)),
            }
        }
        subs
    }
}

/// The named children of `node`, by index: cheaper than a tree cursor, which pays to step
/// through the hidden nodes that hold a command's words.
fn named_kids<'t>(node: Node<'t>) -> impl Iterator<Item = Node<'t>> {
    (0..node.named_child_count()).filter_map(move |i| node.named_child(i))
}

/// Every child of `node`, named or not, by index (see [`named_kids`]).
fn kids<'t>(node: Node<'t>) -> impl Iterator<Item = Node<'t>> {
    (0..node.child_count()).filter_map(move |i| node.child(i))
}

/// The last simple command of a list or pipeline (where bash attaches a trailing redirection).
fn last_simple(c: &mut Cmd) -> Option<&mut Simple> {
    match c {
        Cmd::Simple(s) => Some(s),
        Cmd::List(v) | Cmd::Pipeline(v) => v.last_mut().and_then(last_simple),
        Cmd::Negated(b) | Cmd::Background(b) => last_simple(b),
        _ => None,
    }
}

fn requote(p: Part) -> Part {
    match p {
        Part::Lit { text, quote: Quote::None } => Part::Lit { text, quote: Quote::Double },
        Part::Var { name, complex, subs, .. } => Part::Var { name, quoted: true, complex, subs },
        Part::Subst { script, .. } => Part::Subst { script, quoted: true },
        other => other,
    }
}

/// `$name`, `$1`, `$@`...: what bash reads as a simple expansion.
fn plain_expansion(t: &str) -> bool {
    let Some(name) = t.strip_prefix('$') else { return false };
    let b = name.as_bytes();
    match b {
        [c] if c.is_ascii_digit() || b"@*#?$!-_".contains(c) => true,
        [first, rest @ ..] => (first.is_ascii_alphabetic() || *first == b'_') && rest.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_'),
        [] => false,
    }
}

/// A newline not escaped by a backslash: where bash ends a simple command.
fn unescaped_newline(gap: &[u8]) -> bool {
    gap.iter().enumerate().any(|(i, &b)| b == b'\n' && (i == 0 || gap[i - 1] != b'\\'))
}

/// Blanks around a single `-`: an argument tree-sitter drops before a redirection.
fn lone_dash(gap: &[u8]) -> bool {
    let t = gap.trim_ascii();
    t == b"-" && gap.first().is_some_and(u8::is_ascii_whitespace) && gap.last().is_some_and(u8::is_ascii_whitespace)
}

pub(crate) fn lit_word(s: &str) -> Word {
    Word { parts: vec![Part::Lit { text: s.to_string(), quote: Quote::None }], raw: s.to_string() }
}

/// Unquoted text: `\x` is a literal x (marked `Escaped`), everything else stays unquoted.
fn unescape_unquoted(s: &str, out: &mut Vec<Part>) {
    if !s.contains('\\') {
        if !s.is_empty() {
            out.push(Part::Lit { text: s.to_string(), quote: Quote::None });
        }
        return;
    }
    let mut buf = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if !buf.is_empty() {
                out.push(Part::Lit { text: std::mem::take(&mut buf), quote: Quote::None });
            }
            match chars.next() {
                Some('\n') | None => {}
                Some(e) => out.push(Part::Lit { text: e.to_string(), quote: Quote::Escaped }),
            }
        } else {
            buf.push(c);
        }
    }
    if !buf.is_empty() {
        out.push(Part::Lit { text: buf, quote: Quote::None });
    }
}

/// Inside double quotes only `\$ \` \" \\` and `\newline` are escapes.
fn unescape_double(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some('$' | '`' | '"' | '\\') => {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                Some('\n') => {
                    chars.next();
                }
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Decodes the body of `$'...'` as bash does (`\xHH`, `\NNN`, `\uHHHH`, `\n`, `\cX` ...).
pub(crate) fn decode_ansi_c(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    let hex = |cs: &[char], max: usize| -> (u32, usize) {
        let mut v = 0u32;
        let mut n = 0;
        while n < max && n < cs.len() && cs[n].is_ascii_hexdigit() {
            v = v * 16 + cs[n].to_digit(16).unwrap_or(0);
            n += 1;
        }
        (v, n)
    };
    while i < b.len() {
        if b[i] != '\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'e' | 'E' => out.push('\x1b'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            '\\' | '\'' | '"' | '?' => out.push(e),
            'x' | 'u' | 'U' => {
                let max = match e { 'x' => 2, 'u' => 4, _ => 8 };
                let (v, n) = hex(&b[i.min(b.len())..], max);
                if n == 0 {
                    out.push('\\');
                    out.push(e);
                } else {
                    out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                    i += n;
                }
            }
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut n = 0;
                while n < 2 && i < b.len() && b[i].is_digit(8) {
                    v = v * 8 + b[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v & 0xff).unwrap_or('\u{FFFD}'));
            }
            'c' if i < b.len() => {
                out.push(char::from_u32((b[i] as u32) & 0x1f).unwrap_or('\u{FFFD}'));
                i += 1;
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::s03_parse;

    fn lower(s: &str) -> (Script, Vec<&'static str>) {
        let mut f = Findings::default();
        let b = Budget::default();
        let p = s03_parse::run(s, &b, &mut f, None).expect("parse");
        (run(&p, s, &b, &mut f, None), f.list.iter().map(|x| x.id).collect())
    }

    fn shape(c: &Cmd) -> String {
        match c {
            Cmd::Simple(s) => format!("S({})", s.words.iter().map(|w| w.raw.as_str()).collect::<Vec<_>>().join(" ")),
            Cmd::Pipeline(v) => format!("P[{}]", v.iter().map(shape).collect::<Vec<_>>().join(",")),
            Cmd::List(v) => format!("L[{}]", v.iter().map(shape).collect::<Vec<_>>().join(",")),
            Cmd::Subshell(s) => format!("Sub[{}]", s.cmds.iter().map(shape).collect::<Vec<_>>().join(",")),
            Cmd::Group(s) => format!("G[{}]", s.cmds.iter().map(shape).collect::<Vec<_>>().join(",")),
            Cmd::Compound { kind, body, .. } => format!("{kind}[{}]", body.cmds.iter().map(shape).collect::<Vec<_>>().join(",")),
            Cmd::Function { name, body } => format!("F{name}({})", shape(body)),
            Cmd::Redirected { body, redirects } => format!("R{}({})", redirects.len(), shape(body)),
            Cmd::Negated(b) => format!("!{}", shape(b)),
            Cmd::Test(w) => format!("T{}", w.len()),
            Cmd::Background(b) => format!("&{}", shape(b)),
            Cmd::Opaque { kind, .. } => format!("?{kind}"),
        }
    }

    #[test]
    fn table() {
        let cases = [
            ("ls -la", "S(ls -la)"),
            ("a && b || c", "L[L[S(a),S(b)],S(c)]"),
            ("a | b | c", "P[S(a),S(b),S(c)]"),
            ("(cd x; ls)", "Sub[S(cd x),S(ls)]"),
            ("{ a; b; }", "G[S(a),S(b)]"),
            ("if a; then b; else c; fi", "if[S(a),S(b),S(c)]"),
            ("for f in *.rs; do wc -l \"$f\"; done", "for[S(wc -l \"$f\")]"),
            ("f() { rm x; }", "Ff(G[S(rm x)])"),
            ("cat <<EOF | sh\nrm x\nEOF\n", "P[R1(S(cat)),S(sh)]"),
            ("sleep 1 & ls", "&S(sleep 1),S(ls)"),
            ("! grep x y", "!S(grep x y)"),
            ("[[ -f x ]] && ls", "L[T1,S(ls)]"),
            ("export A=1 B", "S(export A=1 B)"),
        ];
        for (src, want) in cases {
            let (s, ids) = lower(src);
            let got = s.cmds.iter().map(shape).collect::<Vec<_>>().join(",");
            assert_eq!(got, want, "{src}");
            assert!(ids.is_empty(), "{src}: {ids:?}");
        }
    }

    #[test]
    fn ansi_c() {
        assert_eq!(decode_ansi_c(r"\x72m"), "rm");
        assert_eq!(decode_ansi_c(r"\162\155"), "rm");
        assert_eq!(decode_ansi_c(r"a\nb\u0041"), "a\nbA");
        assert_eq!(decode_ansi_c(r"\x"), "\\x");
    }

    /// Fuzz finding (monotonic, session 4): `cat<<<` then a newline is a syntax error in bash,
    /// but the parser took the next line's first word as the string and the rest as arguments.
    #[test]
    fn a_here_string_across_a_newline_fails_closed() {
        for src in ["cat<<<\n\nrm -rf ~", "e<<<\nx", "cat 3<<<\n x"] {
            assert!(lower(src).1.contains(&"parse.redirect_split"), "{src:?}: {:?}", lower(src).1);
        }
        for src in ["cat <<< hi", "cat <<< \\\nhi", "cat <<<'a\nb'"] {
            assert!(!lower(src).1.contains(&"parse.redirect_split"), "{src:?}: {:?}", lower(src).1);
        }
    }

    /// Fuzz finding (monotonic, session 4, run 6): tree-sitter read `=~` as a regex operator and
    /// the next line as its operand, so `rm -rf ~` was an argument of one command.
    #[test]
    fn a_command_read_across_a_line_break_fails_closed() {
        for src in [">|$HOMEfindf = ?ash-rf =~\n\nrm -rf ~", "x =~\n\nrm -rf ~", "echo a ==\n\nrm -rf ~"] {
            assert!(lower(src).1.contains(&"parse.line_split"), "{src:?}: {:?}", lower(src).1);
        }
        for src in ["ls \\\n  -la", "cat <<EOF -n\nbody\nEOF\n", "cat <<EOF >out\nx\nEOF\n", "a=1 \\\n b", "x =~ y\nrm z", "echo 'a\nb' c"] {
            assert!(!lower(src).1.contains(&"parse.line_split"), "{src:?}: {:?}", lower(src).1);
        }
    }

    /// Text no node holds: tree-sitter dropped it, bash reads it.
    #[test]
    fn skipped_text_fails_closed() {
        for src in ["- A=b c", "x | - A=1 y", "find . -exec rm {} \\ ;", "a | \\ b", "if - A=1 echo; then :; fi", "while - A=1 echo; do :; done", "for i in a; do - A=1 echo; done", "case x in a) - A=1 echo;; esac", "! - A=1 echo", ">/dev/null - A=1 echo", "<x \\ time", "sudo \\ ls"] {
            assert!(lower(src).1.contains(&"parse.skipped"), "{src:?}: {:?}", lower(src).1);
        }
        let (s, ids) = lower("diff a - 4>&-");
        assert!(ids.is_empty(), "{ids:?}");
        assert_eq!(s.cmds.iter().map(shape).collect::<Vec<_>>(), ["R1(S(diff a -))"]);
        for src in ["ls \\\n  -l", "a # note\nb", "cat x - 2>&1", "diff \"$a\" - 4>&- >&3", "cat <<EOF\nx\nEOF\n", "echo a\\ b", "  ls  ", "a;\r\nb", "case x in a) ;; esac", "f() { :; }"] {
            assert!(lower(src).1.is_empty(), "{src:?}: {:?}", lower(src).1);
        }
    }

    /// Adversary finding (session 5): a heredoc line starting with blanks and then `$(` has no
    /// node, so the substitution was plain text (`cat <<E` + `  $(rm -rf ~)` was LOW).
    #[test]
    fn a_substitution_left_as_heredoc_text_fails_closed() {
        for src in ["cat <<E\n  $(rm -rf ~)\nE\n", "cat <<E\na\n  $(rm -rf ~)\nE\n", "cat <<-E\n\t $(x)\n\tE\n", "cat <<E\n\t$(x)\nE\n"] {
            let (s, ids) = lower(src);
            let found_sub = format!("{s:?}").contains("Subst");
            assert!(ids.contains(&"parse.error") || found_sub, "{src:?}: {ids:?}");
        }
        for src in ["cat <<E\nhello $x\n  world\nE\n", "cat <<'E'\n  $(x)\nE\n"] {
            assert!(lower(src).1.is_empty(), "{src:?}: {:?}", lower(src).1);
        }
    }

    /// `"$a $b"`: tree-sitter starts the second expansion's node at the blank before its `$`.
    /// The blank is the string's text; `$\nname` outside a string stays a parse error.
    #[test]
    fn blanks_before_an_expansion_in_a_string() {
        let parts = |src: &str| -> Vec<String> {
            let (s, ids) = lower(src);
            assert!(ids.is_empty(), "{src:?}: {ids:?}");
            let Some(Cmd::Simple(c)) = s.cmds.first() else { panic!("{src:?}: {s:?}") };
            c.words.iter().flat_map(|w| w.parts.iter()).map(|p| match p {
                Part::Lit { text, quote } => format!("{text:?}{quote:?}"),
                Part::Var { name, quoted, .. } => format!("${name}{quoted}"),
                other => format!("{other:?}"),
            }).collect()
        };
        assert_eq!(parts(r#"echo "$OPTIONS $ARG""#), ["\"echo\"None", "$OPTIONStrue", "\" \"Double", "$ARGtrue"]);
        assert_eq!(parts("echo \"a\t $b\n$c\""), ["\"echo\"None", "\"a\\t \"Double", "$btrue", "\"\\n\"Double", "$ctrue"]);
        for src in ["local$\n\nrm -rf ~", "echo \"$\nx\""] {
            assert!(lower(src).1.contains(&"parse.error"), "{src:?}");
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let mut s = String::new();
        for _ in 0..3000 {
            s.push_str("$(");
        }
        s.push_str("ls");
        for _ in 0..3000 {
            s.push(')');
        }
        let src = format!("echo {s}");
        let (_, ids) = lower(&src);
        assert!(ids.contains(&"limits.nesting"), "{ids:?}");
    }
}
