//! `cargo fuzz run parse`: see fuzz/README.md and `props::Harness::parse`.
#![no_main]

use hardshell_fuzz::props::Harness;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static HARNESS: OnceLock<Harness> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    HARNESS.get_or_init(Harness::new).parse(data);
});
