//! `probe()`: what this kernel offers the sandbox, for `hardshell doctor`. Reads /proc and /sys
//! and asks Landlock for its ABI; changes nothing.

use serde::Serialize;
use std::path::Path;

/// What the kernel enforces, and what the sandbox does about each gap.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct KernelReport {
    pub kernel: String,
    pub arch: String,
    pub root: bool,
    /// Landlock ABI version reported by the kernel (`None`: not available).
    pub landlock_abi: Option<i32>,
    /// The ABI hardshell pins (and requires).
    pub landlock_required: i32,
    pub seccomp_filter: bool,
    pub seccomp_user_notif: bool,
    /// seccomp filter for this architecture exists in hardshell.
    pub seccomp_arch_supported: bool,
    pub user_namespaces: bool,
    pub pid_namespaces: bool,
    pub mount_namespaces: bool,
    pub new_mount_api: bool,
    pub cgroup_v2: Option<String>,
    pub cgroup_kill: bool,
    /// The pids cgroup the sandbox would use on kernels without a per-namespace pid_max.
    pub pids_cgroup: Option<String>,
    /// `kernel.pid_max` is per PID namespace (Linux 6.14): the sandbox's fork-bomb guard.
    pub per_ns_pid_max: bool,
    /// Whether fork bombs are contained (per-namespace pid_max or a pids cgroup).
    pub fork_bomb_guard: bool,
    /// Where the memory controller is: `"v2"`, `"v1"` or `None`.
    pub memory_controller: Option<String>,
    /// The memory limit that applies to a sandboxed command.
    pub memory_limit: String,
    /// Whether `hardshell run` will run commands here without `--danger-degraded`.
    pub ready: bool,
    /// One line per gap: what is missing and what hardshell does about it.
    pub gaps: Vec<String>,
}

fn read(p: &str) -> Option<String> {
    std::fs::read_to_string(p).ok().map(|s| s.trim().to_string())
}

/// Inspects the running kernel.
pub fn probe() -> KernelReport {
    let landlock_abi = landlock_abi();
    let actions = read("/proc/sys/kernel/seccomp/actions_avail").unwrap_or_default();
    let seccomp_filter = actions.split_whitespace().any(|a| a == "kill_process");
    let seccomp_user_notif = actions.split_whitespace().any(|a| a == "user_notif");
    let (cgroup_v2, cgroup_kill) = cgroup_v2();
    let mut r = KernelReport {
        kernel: read("/proc/sys/kernel/osrelease").unwrap_or_default(),
        arch: std::env::consts::ARCH.to_string(),
        root: crate::sys::getuid() == 0,
        landlock_abi,
        landlock_required: crate::lockdown::ABI_PINNED as i32,
        seccomp_filter,
        seccomp_user_notif,
        seccomp_arch_supported: cfg!(any(target_arch = "x86_64", target_arch = "aarch64")),
        user_namespaces: read("/proc/sys/user/max_user_namespaces").and_then(|s| s.parse::<u64>().ok()).is_some_and(|n| n > 0),
        pid_namespaces: Path::new("/proc/self/ns/pid").exists(),
        mount_namespaces: Path::new("/proc/self/ns/mnt").exists(),
        new_mount_api: kernel_at_least(&read("/proc/sys/kernel/osrelease").unwrap_or_default(), 5, 12),
        cgroup_v2,
        cgroup_kill,
        pids_cgroup: crate::cgroup::own_pids_cgroup().map(|(d, _)| d.display().to_string()),
        per_ns_pid_max: per_ns_pid_max(),
        fork_bomb_guard: false,
        memory_controller: memory_controller(),
        memory_limit: format!("RLIMIT_DATA: {} MiB of private memory per process (the default; heap and private mappings, not shared memory)", crate::Limits::default().data_bytes >> 20),
        ready: false,
        gaps: vec![],
    };
    r.fork_bomb_guard = r.per_ns_pid_max || r.pids_cgroup.is_some();
    r.gaps = gaps(&r);
    r.ready = r.landlock_abi.is_some_and(|a| a >= r.landlock_required)
        && r.seccomp_filter
        && r.seccomp_user_notif
        && r.seccomp_arch_supported
        && r.pid_namespaces
        && r.mount_namespaces
        && r.new_mount_api
        && (r.root || r.user_namespaces);
    r
}

fn landlock_abi() -> Option<i32> {
    // landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) via the crate: the
    // highest ABI whose features it can enforce.
    use landlock::{Access, AccessFs, Ruleset, RulesetAttr, ABI};
    let all = [ABI::V1, ABI::V2, ABI::V3, ABI::V4, ABI::V5, ABI::V6, ABI::V7];
    let mut best = None;
    for abi in all {
        let ok = Ruleset::default()
            .set_compatibility(landlock::CompatLevel::HardRequirement)
            .handle_access(AccessFs::from_all(abi))
            .and_then(|r| r.create())
            .is_ok();
        if ok {
            best = Some(abi as i32);
        }
    }
    best
}

use landlock::Compatible as _;

/// Whether `/proc/sys/kernel/pid_max` is per PID namespace (Linux 6.14). On older kernels a
/// write from inside would change the host's value, so it is only ever written when this holds.
pub(crate) fn per_ns_pid_max() -> bool {
    kernel_at_least(&read("/proc/sys/kernel/osrelease").unwrap_or_default(), 6, 14)
}

fn kernel_at_least(release: &str, major: u32, minor: u32) -> bool {
    let mut it = release.split(|c: char| !c.is_ascii_digit()).filter_map(|x| x.parse::<u32>().ok());
    let (a, b) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
    (a, b) >= (major, minor)
}

fn cgroup_v2() -> (Option<String>, bool) {
    for m in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
        if Path::new(m).join("cgroup.controllers").exists() {
            let release = read("/proc/sys/kernel/osrelease").unwrap_or_default();
            return (Some(m.to_string()), kernel_at_least(&release, 5, 14));
        }
    }
    (None, false)
}

/// Where the memory controller is mounted: cgroup v2 (listed in the unified hierarchy's
/// controllers) or v1 (its own hierarchy).
fn memory_controller() -> Option<String> {
    for m in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
        if read(&format!("{m}/cgroup.controllers")).is_some_and(|c| c.split_whitespace().any(|x| x == "memory")) {
            return Some("v2".to_string());
        }
    }
    Path::new("/sys/fs/cgroup/memory/memory.limit_in_bytes").exists().then(|| "v1".to_string())
}

fn gaps(r: &KernelReport) -> Vec<String> {
    let mut g = Vec::new();
    match r.landlock_abi {
        None => g.push("landlock: not available; hardshell refuses to run commands (unless --danger-degraded, then without write confinement)".to_string()),
        Some(a) if a < r.landlock_required => g.push(format!("landlock: ABI {a} < required {}; hardshell refuses to run commands (unless --danger-degraded)", r.landlock_required)),
        Some(_) => {}
    }
    if !r.seccomp_filter || !r.seccomp_user_notif || !r.seccomp_arch_supported {
        g.push("seccomp: filters with user notification unavailable; hardshell refuses to run commands".to_string());
    }
    if !r.root && !r.user_namespaces {
        g.push("user namespaces disabled and not root: mount and PID namespaces cannot be created; hardshell refuses to run commands".to_string());
    }
    if !r.fork_bomb_guard {
        g.push("no per-namespace pid_max (Linux 6.14) and no pids cgroup: a fork bomb is bounded only by the timeout (and RLIMIT_NPROC, which the kernel does not apply to root)".to_string());
    }
    let tree = match r.memory_controller.as_deref() {
        Some("v1") => "the memory controller is on cgroup v1 only, and joining a v1 cgroup costs every command an RCU grace period (~10 ms measured here), so no memory cgroup is used",
        Some(_) => "a cgroup v2 memory controller is present but not used yet",
        None => "there is no memory controller",
    };
    g.push(format!("memory: {tree}: each process's private memory is limited by RLIMIT_DATA instead; the tree as a whole, and shared memory (MAP_SHARED, memfd, /dev/shm up to its tmpfs size), are not limited"));
    if !r.cgroup_kill {
        g.push("no cgroup.kill: not needed, the tree is killed through its PID namespace (init's death kills every process in it)".to_string());
    }
    if r.root {
        g.push("running as root: RLIMIT_NPROC does not apply to uid 0; the per-namespace pid_max (or the pids cgroup) and the timeout contain fork bombs; root's power is removed by dropping every capability and making the file system read-only outside the writable roots".to_string());
    }
    g
}
