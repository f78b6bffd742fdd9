//! `hardshell`: parse arguments, start telemetry, dispatch, map the outcome to an exit code.

use clap::Parser;
use std::io::Write as _;
use hardshell::cli::{self, Cli};
use hardshell::exit::Exit;

/// mimalloc: the engine makes many small short-lived allocations per command, which it serves
/// in about half the instructions of glibc's allocator (measured with callgrind over tldr.txt).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The sandbox helper (`hardshell __exec`, started by `run` / `sandbox`) skips argument
    // parsing and telemetry: it is on the path of every confined command.
    if std::env::args_os().nth(1).is_some_and(|a| a == "__exec") && std::env::args_os().len() == 2 {
        hardshell::cli::exec_helper();
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // A hook's audit flush (`hardshell __audit-flush LOG SEQ HASH`, started by the hook as it
    // exits): no arguments to parse, no telemetry. It has no stderr when a hook starts it.
    if args.get(1).is_some_and(|a| a == hardshell::audit::FLUSH_COMMAND) {
        let done = match args.as_slice() {
            [_, _, log, seq, hash] => match (seq.to_str(), hash.to_str()) {
                (Some(seq), Some(hash)) => hardshell::audit::flush_command(log.as_ref(), seq, hash).map_err(|e| e.to_string()),
                _ => Err("arguments are not UTF-8".into()),
            },
            _ => Err(format!("usage: hardshell {} LOG SEQ HASH (internal: started by the hooks)", hardshell::audit::FLUSH_COMMAND)),
        };
        if let Err(e) = &done {
            let _ = writeln!(std::io::stderr(), "hardshell: audit flush: {e}");
        }
        std::process::exit(if done.is_ok() { 0 } else { 1 });
    }
    // `sandbox` is on the path of every confined command: parse it alone when possible.
    let parsed = match cli::parse_sandbox(&args) {
        Some(c) => Ok(c),
        None => Cli::try_parse_from(&args),
    };
    let code = match parsed {
        Ok(cli) => {
            hardshell::telemetry::init(cli.verbose);
            match cli::dispatch(cli) {
                Ok(exit) => exit,
                // A reader that went away (`hardshell policy lint x | head`): stop quietly.
                Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) => Exit::Io,
                Err(e) => {
                    // Never `eprintln!`: it panics when stderr is a closed pipe.
                    let _ = writeln!(std::io::stderr(), "hardshell: error: {e:#}");
                    e.downcast_ref::<Exit>().copied().unwrap_or(Exit::Internal)
                }
            }
        }
        Err(e) => {
            let usage = e.use_stderr();
            let _ = e.print();
            // A hook whose arguments do not parse must still refuse: the agents run the tool
            // anyway on any exit code but 0 and 2.
            if usage && std::env::args_os().nth(1).is_some_and(|a| a == "hook") {
                Exit::HookBlock
            } else if usage {
                Exit::Usage
            } else {
                Exit::Allow
            }
        }
    };
    std::process::exit(code.code());
}
