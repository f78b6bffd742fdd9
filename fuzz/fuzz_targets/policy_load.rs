//! `cargo fuzz run policy_load`: arbitrary text as a policy file; see `props::policy_load`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hardshell_fuzz::props::policy_load(data);
});
