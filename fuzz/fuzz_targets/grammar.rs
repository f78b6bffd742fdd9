//! `cargo fuzz run grammar`: bash generated from a grammar (`grammar::Script`), then every
//! command property of `props::Harness` on the rendered script.
#![no_main]

use hardshell_fuzz::grammar::Script;
use hardshell_fuzz::props::Harness;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static HARNESS: OnceLock<Harness> = OnceLock::new();

fuzz_target!(|script: Script| {
    let text = script.render();
    HARNESS.get_or_init(Harness::new).all(text.as_bytes());
});
