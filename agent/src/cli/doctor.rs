//! `hardshell doctor`: what this kernel enforces for the sandbox, and what hardshell does about
//! each gap, and what the sandbox does not cover at all (never "fully confined").

use super::{DoctorArgs, Format};
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;

pub fn run(a: DoctorArgs) -> Result<Exit> {
    let r = hardshell_sandbox::probe();
    let mut out = std::io::stdout().lock();
    if a.format == Format::Json {
        writeln!(out, "{}", serde_json::to_string(&r)?)?;
    } else {
        let yn = |b: bool| if b { "yes" } else { "NO" };
        writeln!(out, "kernel            {} ({})", r.kernel, r.arch)?;
        writeln!(out, "running as root   {}", yn(r.root))?;
        let ll = r.landlock_abi.map_or("NO".to_string(), |a| format!("ABI {a}"));
        writeln!(out, "landlock          {ll} (hardshell requires ABI {})", r.landlock_required)?;
        writeln!(out, "seccomp filter    {} (user notification: {}; filter for this arch: {})", yn(r.seccomp_filter), yn(r.seccomp_user_notif), yn(r.seccomp_arch_supported))?;
        writeln!(out, "namespaces        mount {}, pid {}, user {}", yn(r.mount_namespaces), yn(r.pid_namespaces), yn(r.user_namespaces))?;
        writeln!(out, "new mount API     {}", yn(r.new_mount_api))?;
        writeln!(out, "cgroup v2         {} (cgroup.kill: {})", r.cgroup_v2.as_deref().unwrap_or("NO"), yn(r.cgroup_kill))?;
        writeln!(out, "pids cgroup       {}", r.pids_cgroup.as_deref().unwrap_or("NO"))?;
        writeln!(out, "memory controller {}", r.memory_controller.as_deref().unwrap_or("NO"))?;
        writeln!(out, "memory limit      {}", r.memory_limit)?;
        writeln!(out, "kill-on-exit      PID namespace: when the command ends, its init kills and reaps every process left (and if init dies, the kernel kills them all)")?;
        for g in &r.gaps {
            writeln!(out, "note: {g}")?;
        }
        let verdict = match (r.ready, r.fork_bomb_guard) {
            (false, _) => "NOT READY: commands are refused unless --danger-degraded",
            (true, true) => "ready: Landlock, seccomp and the namespaces are enforced; `hardshell run` and `hardshell sandbox` confine commands",
            (true, false) => "ready, with a gap: commands are confined, but a fork bomb is bounded only by the timeout (see the note above)",
        };
        writeln!(out, "{verdict}")?;
        writeln!(out, "not covered       network once granted (--net opens all of it); the workspace outside its protected paths; repositories the command creates below it; see README \"Known limits\"")?;
    }
    Ok(if r.ready { Exit::Allow } else { Exit::SandboxUnavailable })
}
