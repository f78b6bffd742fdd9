//! What to run and how tightly: `ExecSpec` (the input of stage 18) and its resource `Limits`,
//! plus the environment allowlist. Pure data; nothing here touches the system.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

/// One command to run confined.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExecSpec {
    /// The program: an absolute path, or a name looked up in the spec's own `PATH`.
    pub program: String,
    /// Arguments after the program name.
    pub args: Vec<String>,
    /// The workspace: writable (except for protected paths inside it).
    pub workspace: PathBuf,
    /// Working directory of the command (default: the workspace).
    pub cwd: Option<PathBuf>,
    /// Extra writable directories (`--write DIR`).
    pub write_roots: Vec<PathBuf>,
    /// Whether the command may use the network.
    pub net: bool,
    /// Wall-clock limit; then SIGTERM, `grace`, SIGKILL to the whole tree.
    pub timeout: Duration,
    /// Time between SIGTERM and SIGKILL on a timeout.
    pub grace: Duration,
    /// Bytes of stdout (and, separately, of stderr) passed on; the rest is read and dropped.
    pub output_cap: u64,
    /// Resource limits.
    pub limits: Limits,
    /// The command's complete environment (build it with [`scrub_env`]).
    pub env: Vec<(String, String)>,
    /// Paths relative to the workspace that stay read-only (see [`DEFAULT_PROTECTED`]).
    pub protected: Vec<PathBuf>,
    /// Run even when Landlock or seccomp cannot be fully enforced (reported on every run).
    pub danger_degraded: bool,
}

impl ExecSpec {
    /// A spec with the default limits, protected paths and no environment.
    pub fn new(program: impl Into<String>, args: Vec<String>, workspace: impl Into<PathBuf>) -> ExecSpec {
        ExecSpec {
            program: program.into(),
            args,
            workspace: workspace.into(),
            cwd: None,
            write_roots: Vec::new(),
            net: false,
            timeout: Duration::from_secs(600),
            grace: Duration::from_secs(2),
            output_cap: 16 << 20,
            limits: Limits::default(),
            env: Vec::new(),
            protected: DEFAULT_PROTECTED.iter().map(PathBuf::from).collect(),
            danger_degraded: false,
        }
    }
}

/// Resource limits applied to the command.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Limits {
    /// Processes that may live at once: the sandbox PID namespace's own `pid_max` (Linux 6.14;
    /// between this and this + 300 processes), else a pids cgroup. Holds for root too.
    pub max_pids: u64,
    /// `RLIMIT_NPROC` (ignored by the kernel for root; see `max_pids`).
    pub nproc: u64,
    /// `RLIMIT_FSIZE`, bytes.
    pub file_size: u64,
    /// `RLIMIT_CPU`, seconds.
    pub cpu_seconds: u64,
    /// `RLIMIT_NOFILE`.
    pub open_files: u64,
    /// Size of each private tmpfs (`/tmp`, `/var/tmp`, `/dev/shm`), bytes.
    pub tmp_bytes: u64,
    /// `RLIMIT_DATA`, bytes: each process's private memory (heap and private anonymous or
    /// writable mappings; not shared memory). The memory limit where no memory cgroup is used
    /// (see `hardshell doctor`).
    pub data_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_pids: 512, nproc: 4096, file_size: 8 << 30, cpu_seconds: 3600, open_files: 4096, tmp_bytes: 1 << 30, data_bytes: 8 << 30 }
    }
}

/// Workspace paths that stay read-only inside the sandbox: git hooks and config (code that runs
/// later, outside the sandbox), hardshell's own policy, shell start-up files and agent settings.
/// `.git` comes first: it is bound onto itself (kept writable) so that it is a mount point and
/// cannot be renamed, removed or replaced; its hooks and config are then bound read-only.
/// The control paths of every git directory in the workspace (`commondir`, `config.worktree`,
/// `worktrees/`, `info/`, submodules under `modules/`) are added at run time; any protected path
/// that appears during a run is moved aside afterwards.
pub const DEFAULT_PROTECTED: &[&str] = &[
    ".git",
    ".git/hooks",
    ".git/config",
    ".hardshell",
    ".bashrc",
    ".bash_profile",
    ".bash_login",
    ".profile",
    ".zshrc",
    ".zshenv",
    ".zprofile",
    ".envrc",
    ".claude",
    ".gemini",
    ".codex",
    ".vscode",
    ".cursor",
    ".mcp.json",
];

/// Variables passed through by name.
const ALLOW: &[&str] = &[
    "PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LANGUAGE", "TERM", "TZ", "COLORTERM", "NO_COLOR", "CLICOLOR", "COLUMNS", "LINES", "CARGO_HOME", "RUSTUP_HOME",
    "RUSTUP_TOOLCHAIN", "GOPATH", "GOROOT", "JAVA_HOME", "PYENV_ROOT", "VIRTUAL_ENV", "NVM_DIR",
];

/// Substrings that mark a secret; a variable containing one never passes, whatever its name.
const SECRET_MARKS: &[&str] = &["TOKEN", "SECRET", "KEY", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH", "COOKIE", "SESSION", "PRIVATE"];

/// Keeps the allowlisted variables (`ALLOW` and `LC_*`) whose names carry no secret marker, and
/// sets `TMPDIR=/tmp` (the private tmpfs). Everything else (tokens, keys, `AWS_*`, `GITHUB_TOKEN`,
/// `SSH_AUTH_SOCK`, `LD_PRELOAD` ...) is dropped.
pub fn scrub_env<I, K, V>(vars: I) -> Vec<(String, String)>
where
    I: IntoIterator<Item = (K, V)>,
    K: Into<String>,
    V: Into<String>,
{
    let mut out: Vec<(String, String)> = vars
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .filter(|(k, _)| (ALLOW.contains(&k.as_str()) || k.starts_with("LC_")) && !SECRET_MARKS.iter().any(|m| k.to_ascii_uppercase().contains(m)))
        .collect();
    out.retain(|(k, _)| k != "TMPDIR");
    out.push(("TMPDIR".to_string(), "/tmp".to_string()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_pass() {
        let env = scrub_env([("PATH", "/bin"), ("GITHUB_TOKEN", "x"), ("AWS_SECRET_ACCESS_KEY", "y"), ("LC_ALL", "C"), ("LC_API_KEY", "z"), ("LD_PRELOAD", "/x.so"), ("SSH_AUTH_SOCK", "/s")]);
        let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["PATH", "LC_ALL", "TMPDIR"]);
    }
}
