//! hardshell's fuzzing properties and grammar, shared by the targets in `fuzz_targets/` and by
//! the seed replay test in the main workspace (`tests/tests/fuzz_seeds.rs`).

pub mod grammar;
pub mod props;
