//! The stages of the pipeline, one file each; only `crate::pipeline` orders them.

pub(crate) mod s01_limits;
pub(crate) mod s02_normalize;
pub(crate) mod s03_lex;
pub(crate) mod s03_parse;
pub(crate) mod s04_lower;
pub(crate) mod s05_words;
pub(crate) mod s06_substitutions;
pub(crate) mod s07_nested;
pub(crate) mod s08_wrappers;
pub(crate) mod s09_assignments;
pub(crate) mod s10_resolve;
pub(crate) mod s11_arguments;
pub(crate) mod s12_effects;
pub(crate) mod s12_special;
pub(crate) mod s13_flows;
pub(crate) mod s13_paths;
pub(crate) mod s13_targets;
pub(crate) mod s14_destructive;
pub(crate) mod s15_preapproved;
pub(crate) mod s16_classify;
pub(crate) mod s17_decide;

pub(crate) use s03_parse as parse;
