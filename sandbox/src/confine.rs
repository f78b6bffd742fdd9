//! The command process (PID 2), between fork and exec: new session, rlimits, securebits and an
//! empty capability bounding set, Landlock, no_new_privs, empty capability sets, the seccomp
//! filter (its listener goes to init), stdin from /dev/null, every
//! descriptor >= 3 closed on exec, default signal handling, then `execve` with the scrubbed
//! environment. Any failure is reported and the process exits before running anything.

use crate::proto::{self, Report};
use crate::spec::ExecSpec;
use crate::sys;
use std::ffi::CString;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use crate::helper::Prepared;
use std::path::{Path, PathBuf};

type Fail = (Option<&'static str>, String);

/// Runs as the command process (started by init, sharing its memory until exec); the seccomp
/// listener goes to init over `init`. Never returns.
pub(crate) fn run(spec: &ExecSpec, prepared: &Prepared, ctl: &OwnedFd, init: BorrowedFd<'_>) -> ! {
    let Err((layer, message)) = confine(spec, prepared, ctl, init);
    let _ = proto::send(ctl.as_fd(), &Report::SetupFailed { layer: layer.map(str::to_string), message }, None);
    sys::exit_now(crate::helper::SETUP_FAILED)
}

/// Applies everything and execs; returns only when the confinement could not be applied (an
/// exec error is reported here, and the process exits).
fn confine(spec: &ExecSpec, prepared: &Prepared, ctl: &OwnedFd, init: BorrowedFd<'_>) -> Result<std::convert::Infallible, Fail> {
    let roots = &prepared.roots;
    let plain = |m: String| (None, m);
    sys::setsid().map_err(|e| plain(format!("setsid: {e}")))?;
    sys::set_sigmask(&[]).map_err(|e| plain(format!("sigprocmask: {e}")))?;
    for s in [libc::SIGPIPE, libc::SIGXFSZ] {
        sys::default_signal(s).map_err(|e| plain(format!("signal: {e}")))?;
    }
    let cwd = spec.cwd.clone().unwrap_or_else(|| roots[0].clone());
    std::env::set_current_dir(&cwd).map_err(|e| plain(format!("cannot enter `{}`: {e}", cwd.display())))?;
    let (path, argv, envp) = exec_args(spec).map_err(plain)?;
    rlimits(spec).map_err(plain)?;
    drop_bounding_set().map_err(|e| (Some("capabilities"), e))?;
    let mut writable = roots.to_vec();
    writable.extend(prepared.tmp_dirs.iter().cloned());
    match crate::lockdown::restrict(&writable, spec.net, spec.danger_degraded) {
        Ok(None) => {}
        Ok(Some(why)) => {
            let _ = proto::send(ctl.as_fd(), &Report::Degraded(format!("landlock {why}")), None);
        }
        Err(why) => return Err((Some("landlock"), why)),
    }
    sys::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0).map_err(|e| (Some("no_new_privs"), e.to_string()))?;
    sys::prctl(libc::PR_CAP_AMBIENT, libc::PR_CAP_AMBIENT_CLEAR_ALL as u64, 0).map_err(|e| (Some("capabilities"), format!("ambient: {e}")))?;
    sys::capset_empty().map_err(|e| (Some("capabilities"), format!("capset: {e}")))?;
    match seccomp(&prepared.seccomp, init) {
        Ok(()) => {}
        Err((Some(layer), why)) if spec.danger_degraded => {
            let _ = proto::send(ctl.as_fd(), &Report::Degraded(format!("{layer} not enforced: {why}")), None);
        }
        Err(e) => return Err(e),
    }
    let null = std::fs::File::open("/dev/null").map_err(|e| plain(format!("/dev/null: {e}")))?;
    let ctl = sys::dup_cloexec(ctl.as_fd(), 3).map_err(|e| plain(format!("dup: {e}")))?;
    sys::dup2(null.as_fd(), 0).map_err(|e| plain(format!("dup2: {e}")))?;
    sys::cloexec_from(3).map_err(|e| plain(format!("close_range: {e}")))?;
    let e = sys::execve(&path, &argv, &envp);
    // fd 0 is /dev/null by now: report through the copy.
    let _ = proto::send(ctl.as_fd(), &Report::ExecFailed(e.to_string()), None);
    sys::exit_now(127)
}

/// Installs the filter and hands its listener to init, which answers escape attempts.
fn seccomp(prog: &Result<Vec<sys::BpfInsn>, String>, init: BorrowedFd<'_>) -> Result<(), Fail> {
    let layer = |m: String| (Some("seccomp"), m);
    let prog = prog.as_ref().map_err(|e| layer(e.clone()))?;
    let listener = sys::seccomp_install(prog, true).map_err(|e| layer(format!("user notification: {e}")))?;
    let listener = listener.ok_or_else(|| layer("no listener returned".to_string()))?;
    sys::send_msg(init, b"listener", Some(listener.as_fd())).map_err(|e| (None, format!("cannot pass the seccomp listener: {e}")))
}

/// Securebits (root is not special: no capabilities regained by exec or setuid) and an empty
/// bounding set. Both need CAP_SETPCAP, so they come before the capability sets are emptied.
fn drop_bounding_set() -> Result<(), String> {
    const SECBITS: u64 = 0xef; // NOROOT, NO_SETUID_FIXUP, KEEP_CAPS_LOCKED, NO_CAP_AMBIENT_RAISE, all locked
    sys::prctl(libc::PR_SET_SECUREBITS, SECBITS, 0).map_err(|e| format!("securebits: {e}"))?;
    for cap in 0..64u64 {
        match sys::prctl(libc::PR_CAPBSET_DROP, cap, 0) {
            Ok(_) => {}
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => break, // past the last capability
            Err(e) => return Err(format!("drop capability {cap}: {e}")),
        }
    }
    Ok(())
}

fn rlimits(spec: &ExecSpec) -> Result<(), String> {
    let l = &spec.limits;
    let set = |res, want: u64| -> Result<(), String> {
        let (_, hard) = sys::getrlimit(res).map_err(|e| e.to_string())?;
        let v = want.min(hard);
        sys::setrlimit(res, v, v).map_err(|e| format!("setrlimit: {e}"))
    };
    set(libc::RLIMIT_NPROC, l.nproc)?;
    set(libc::RLIMIT_FSIZE, l.file_size)?;
    set(libc::RLIMIT_CPU, l.cpu_seconds)?;
    set(libc::RLIMIT_NOFILE, l.open_files)?;
    set(libc::RLIMIT_DATA, l.data_bytes)?;
    set(libc::RLIMIT_CORE, 0)
}

type ExecArgs = (CString, Vec<CString>, Vec<CString>);

fn exec_args(spec: &ExecSpec) -> Result<ExecArgs, String> {
    let c = |s: &str| CString::new(s).map_err(|_| format!("`{s}` contains a nul byte"));
    let path_var = spec.env.iter().find(|(k, _)| k == "PATH").map_or("/usr/local/bin:/usr/bin:/bin", |(_, v)| v.as_str());
    let path = resolve(&spec.program, path_var).ok_or_else(|| format!("`{}`: command not found", spec.program))?;
    let path = c(path.to_str().ok_or("program path is not UTF-8")?)?;
    let argv = std::iter::once(&spec.program).chain(&spec.args).map(|a| c(a)).collect::<Result<_, _>>()?;
    let envp = spec.env.iter().map(|(k, v)| c(&format!("{k}={v}"))).collect::<Result<_, _>>()?;
    Ok((path, argv, envp))
}

/// `execvp`-style lookup: a name with a slash is used as is, else the first executable in PATH.
fn resolve(program: &str, path: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    if program.contains('/') {
        return Some(PathBuf::from(program));
    }
    path.split(':').filter(|d| !d.is_empty()).map(|d| Path::new(d).join(program)).find(|p| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::resolve;
    use std::path::PathBuf;

    #[test]
    fn resolves_like_execvp() {
        assert_eq!(resolve("/x/y", ""), Some(PathBuf::from("/x/y")));
        assert_eq!(resolve("sh", "/nonexistent:/bin"), Some(PathBuf::from("/bin/sh")));
        assert_eq!(resolve("no-such-program-hardshell", "/bin:/usr/bin"), None);
    }
}
