//! hardshell: the composition root. The CLI, configuration and environment, joining the engine's
//! verdicts to the outside world. The engine (`hardshell-engine`) and the rulesets
//! (`hardshell-policies`) know nothing of processes, files or the environment; this crate does.
#![forbid(unsafe_code)]

pub mod agent;
pub mod audit;
pub mod cli;
pub mod config;
pub mod exit;
pub mod gate;
pub mod mcp;
pub mod render;
pub mod telemetry;
