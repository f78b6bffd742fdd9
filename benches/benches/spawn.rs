//! Spawn overhead of stage 18, in one run: plain `/bin/true`, `hardshell sandbox -- /bin/true`,
//! and `bwrap` with a comparable profile (read-only root, writable workspace, private /tmp,
//! fresh /proc, new PID and IPC namespaces, new session, all capabilities dropped, dies with its
//! parent). bwrap here applies no Landlock and no seccomp, so it does less than hardshell.
//!
//! Needs a release build of the binary: `cargo build --release -p hardshell` (or set
//! `HARDSHELL_BIN`). Missing `hardshell` or `bwrap` is reported with `SKIPPED`. For a before /
//! after comparison in the same run, `HARDSHELL_BASELINE_BIN` names another `hardshell` build,
//! timed as `hardshell_baseline_true`.

use criterion::{criterion_group, criterion_main, Criterion};
use hardshell_benches::hardshell_bin;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|path| std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file()))
}

fn ok(c: &mut Command) -> bool {
    c.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).status().map(|s| s.success()).unwrap_or(false)
}

fn bwrap_cmd(bwrap: &Path, ws: &Path) -> Command {
    let w = ws.to_str().unwrap_or("/nonexistent");
    let mut c = Command::new(bwrap);
    c.args(["--ro-bind", "/", "/", "--dev-bind", "/dev", "/dev", "--bind", w, w, "--tmpfs", "/tmp", "--proc", "/proc"]);
    c.args(["--unshare-pid", "--unshare-ipc", "--new-session", "--die-with-parent", "--cap-drop", "ALL", "--chdir", w, "/bin/true"]);
    c
}

fn spawn(c: &mut Criterion) {
    // Not under /tmp: both sandboxes put a private tmpfs there.
    let base = std::env::current_exe().ok().and_then(|e| e.parent().map(Path::to_path_buf)).unwrap_or_else(std::env::temp_dir);
    let ws = base.join(format!("hardshell-bench-{}", std::process::id()));
    if std::fs::create_dir_all(&ws).is_err() {
        eprintln!("SKIPPED spawn: cannot create {}", ws.display());
        return;
    }
    let mut g = c.benchmark_group("spawn");
    g.sample_size(50);
    g.bench_function("plain_true", |b| b.iter(|| assert!(ok(&mut Command::new("/bin/true")))));
    match hardshell_bin() {
        Some(hs) if ok(Command::new(&hs).args(["sandbox", "--cwd"]).arg(&ws).args(["--", "/bin/true"])) => {
            g.bench_function("hardshell_sandbox_true", |b| b.iter(|| assert!(ok(Command::new(&hs).args(["sandbox", "--cwd"]).arg(&ws).args(["--", "/bin/true"])))));
        }
        Some(hs) => eprintln!("SKIPPED hardshell_sandbox_true: `{} sandbox -- /bin/true` fails here (see `hardshell doctor`)", hs.display()),
        None => eprintln!("SKIPPED hardshell_sandbox_true: build it first with `cargo build --release -p hardshell` or set HARDSHELL_BIN"),
    }
    if let Some(base) = std::env::var_os("HARDSHELL_BASELINE_BIN").map(PathBuf::from) {
        if ok(Command::new(&base).args(["sandbox", "--cwd"]).arg(&ws).args(["--", "/bin/true"])) {
            g.bench_function("hardshell_baseline_true", |b| b.iter(|| assert!(ok(Command::new(&base).args(["sandbox", "--cwd"]).arg(&ws).args(["--", "/bin/true"])))));
        } else {
            eprintln!("SKIPPED hardshell_baseline_true: `{} sandbox -- /bin/true` fails here", base.display());
        }
    }
    match which("bwrap") {
        Some(bw) if ok(&mut bwrap_cmd(&bw, &ws)) => {
            g.bench_function("bwrap_true", |b| b.iter(|| assert!(ok(&mut bwrap_cmd(&bw, &ws)))));
        }
        Some(_) => eprintln!("SKIPPED bwrap_true: bwrap fails here"),
        None => eprintln!("SKIPPED bwrap_true: bwrap not installed (apt-get install bubblewrap)"),
    }
    g.finish();
    let _ = std::fs::remove_dir(&ws);
}

criterion_group!(benches, spawn);
criterion_main!(benches);
