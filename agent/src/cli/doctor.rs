//! `hardshell doctor`: what this kernel enforces for the sandbox, and what hardshell does about
//! each gap.

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
        writeln!(out, "kill-on-exit      PID namespace: when the command ends, its init dies and the kernel kills every process left")?;
        for g in &r.gaps {
            writeln!(out, "note: {g}")?;
        }
        let verdict = if r.ready { "ready: `hardshell run` and `hardshell sandbox` confine commands fully" } else { "NOT READY: commands are refused unless --danger-degraded" };
        writeln!(out, "{verdict}")?;
    }
    Ok(if r.ready { Exit::Allow } else { Exit::SandboxUnavailable })
}
