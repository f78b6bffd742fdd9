//! Prints tree-sitter-bash's syntax tree (s-expression, with field names) for each argument:
//! a development aid for stage 4.
//!
//!     cargo run -p hardshell-benches --example tsdump -- 'find . > out -delete'

fn main() {
    let mut parser = tree_sitter::Parser::new();
    if let Err(e) = parser.set_language(&tree_sitter_bash::LANGUAGE.into()) {
        eprintln!("tsdump: {e}");
        std::process::exit(1);
    }
    for src in std::env::args().skip(1) {
        match parser.parse(&src, None) {
            Some(tree) => println!("{src:?}\n  {}", tree.root_node().to_sexp()),
            None => eprintln!("tsdump: no tree for {src:?}"),
        }
    }
}
