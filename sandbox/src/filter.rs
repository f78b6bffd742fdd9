//! The seccomp filters, as data. Default allow; what is listed is either an escape attempt
//! (reported to the supervisor, which kills the whole tree and names the system call) or quietly
//! refused (`socket`, `connect`, datagram `socketpair` and addressed `sendto` without network;
//! `clone3`).
//!
//! seccompiler has no `SECCOMP_RET_USER_NOTIF` action, so the escape filter is compiled with a
//! placeholder action, `Trace(PLACEHOLDER)`, and every `ret` of exactly that value is rewritten to
//! `SECCOMP_RET_USER_NOTIF` afterwards (`rewrite`). Were the rewrite ever to miss one, the
//! placeholder still refuses the call (no tracer: `ENOSYS`), so it fails closed. On x86_64 a prefix
//! kills any x32-ABI call (numbers with bit 30 set share the x86_64 audit arch and would slip past
//! the number comparisons).

use crate::sys::BpfInsn;
use seccompiler::{SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule, TargetArch};
use std::collections::BTreeMap;

const PLACEHOLDER: u32 = 0x4853;
const RET_TRACE: u32 = 0x7ff0_0000;
const RET_USER_NOTIF: u32 = 0x7fc0_0000;
const RET_KILL_PROCESS: u32 = 0x8000_0000;
const BPF_RET_K: u16 = 0x06;
/// `open_tree_attr` (Linux 6.15): same number on every architecture, not yet in the libc crate.
const SYS_OPEN_TREE_ATTR: i64 = 467;

/// Escape-class system calls, always reported and killed, with the reason each is here.
fn escapes() -> Vec<(&'static str, i64, &'static str)> {
    use libc::*;
    let mut v: Vec<(&'static str, i64, &'static str)> = vec![
        ("ptrace", SYS_ptrace, "reads and rewrites other processes"),
        ("process_vm_readv", SYS_process_vm_readv, "reads another process's memory"),
        ("process_vm_writev", SYS_process_vm_writev, "writes another process's memory"),
        ("mount", SYS_mount, "changes the file system view"),
        ("umount2", SYS_umount2, "uncovers what a mount hides (protected paths)"),
        ("open_tree", SYS_open_tree, "new mount API"),
        ("open_tree_attr", SYS_OPEN_TREE_ATTR, "new mount API"),
        ("move_mount", SYS_move_mount, "new mount API"),
        ("fsopen", SYS_fsopen, "new mount API"),
        ("fsconfig", SYS_fsconfig, "new mount API"),
        ("fsmount", SYS_fsmount, "new mount API"),
        ("fspick", SYS_fspick, "new mount API"),
        ("mount_setattr", SYS_mount_setattr, "could clear the read-only flags"),
        ("pivot_root", SYS_pivot_root, "changes the root"),
        ("chroot", SYS_chroot, "changes the root"),
        ("setns", SYS_setns, "joins another namespace"),
        ("bpf", SYS_bpf, "kernel attack surface"),
        ("perf_event_open", SYS_perf_event_open, "kernel attack surface, side channels"),
        ("keyctl", SYS_keyctl, "kernel keyrings hold credentials"),
        ("add_key", SYS_add_key, "kernel keyrings hold credentials"),
        ("request_key", SYS_request_key, "kernel keyrings hold credentials"),
        ("kexec_load", SYS_kexec_load, "replaces the kernel"),
        ("kexec_file_load", SYS_kexec_file_load, "replaces the kernel"),
        ("init_module", SYS_init_module, "loads kernel code"),
        ("finit_module", SYS_finit_module, "loads kernel code"),
        ("delete_module", SYS_delete_module, "unloads kernel code"),
        ("userfaultfd", SYS_userfaultfd, "race amplifier for kernel exploits"),
        ("io_uring_setup", SYS_io_uring_setup, "bypasses system-call filtering"),
        ("io_uring_enter", SYS_io_uring_enter, "bypasses system-call filtering"),
        ("io_uring_register", SYS_io_uring_register, "bypasses system-call filtering"),
        ("open_by_handle_at", SYS_open_by_handle_at, "opens files around the mount view"),
        ("reboot", SYS_reboot, "system change"),
        ("swapon", SYS_swapon, "system change"),
        ("swapoff", SYS_swapoff, "system change"),
        ("acct", SYS_acct, "system change"),
    ];
    #[cfg(target_arch = "x86_64")]
    v.extend([("iopl", SYS_iopl, "raw port I/O"), ("ioperm", SYS_ioperm, "raw port I/O")]);
    v
}

/// Namespace flags: creating any namespace from inside is an escape attempt.
const NS_FLAGS: &[u64] = &[
    libc::CLONE_NEWNS as u64,
    libc::CLONE_NEWUSER as u64,
    libc::CLONE_NEWPID as u64,
    libc::CLONE_NEWNET as u64,
    libc::CLONE_NEWUTS as u64,
    libc::CLONE_NEWIPC as u64,
    libc::CLONE_NEWCGROUP as u64,
];

/// Terminal ioctls that inject input into (or take over) the terminal.
const BAD_IOCTLS: &[(u64, &str)] = &[(libc::TIOCSTI as _, "ioctl(TIOCSTI)"), (libc::TIOCLINUX as _, "ioctl(TIOCLINUX)")];

/// What is reported when the command dies of SIGSYS without a notification: the filters kill
/// (rather than notify) a call of another ABI, which the number comparisons cannot name.
pub(crate) const KILLED_CALL: &str = "a 32-bit (i386) or x32 system call";

/// The name reported for a notified system call number.
pub(crate) fn name(nr: i32) -> String {
    let nr = i64::from(nr);
    if let Some((n, _, _)) = escapes().into_iter().find(|(_, x, _)| *x == nr) {
        return n.to_string();
    }
    match nr {
        x if x == libc::SYS_unshare => "unshare (new namespace)".to_string(),
        x if x == libc::SYS_clone => "clone (new namespace)".to_string(),
        x if x == libc::SYS_ioctl => "ioctl (TIOCSTI/TIOCLINUX)".to_string(),
        _ => format!("syscall {nr}"),
    }
}

fn arch() -> Result<TargetArch, String> {
    if cfg!(target_arch = "x86_64") {
        Ok(TargetArch::x86_64)
    } else if cfg!(target_arch = "aarch64") {
        Ok(TargetArch::aarch64)
    } else {
        Err(format!("no seccomp filter for the `{}` architecture", std::env::consts::ARCH))
    }
}

fn masked(arg: u8, len: SeccompCmpArgLen, mask: u64, value: u64) -> Result<SeccompRule, String> {
    let c = SeccompCondition::new(arg, len, SeccompCmpOp::MaskedEq(mask), value).map_err(|e| e.to_string())?;
    SeccompRule::new(vec![c]).map_err(|e| e.to_string())
}

fn compile(rules: BTreeMap<i64, Vec<SeccompRule>>, action: SeccompAction) -> Result<Vec<BpfInsn>, String> {
    let f = SeccompFilter::new(rules, SeccompAction::Allow, action, arch()?).map_err(|e| e.to_string())?;
    let prog: seccompiler::BpfProgram = f.try_into().map_err(|e: seccompiler::BackendError| e.to_string())?;
    Ok(prog.iter().map(|i| BpfInsn { code: i.code, jt: i.jt, jf: i.jf, k: i.k }).collect())
}

/// The escape filter (installed with a user-notification listener).
pub(crate) fn escape_filter() -> Result<Vec<BpfInsn>, String> {
    let mut rules: BTreeMap<i64, Vec<SeccompRule>> = escapes().into_iter().map(|(_, nr, _)| (nr, vec![])).collect();
    let ns = |arg| NS_FLAGS.iter().map(|&f| masked(arg, SeccompCmpArgLen::Qword, f, f)).collect::<Result<Vec<_>, _>>();
    rules.insert(libc::SYS_unshare, ns(0)?);
    rules.insert(libc::SYS_clone, ns(0)?);
    let ioctls = BAD_IOCTLS.iter().map(|&(r, _)| masked(1, SeccompCmpArgLen::Dword, u64::from(u32::MAX), r)).collect::<Result<Vec<_>, _>>()?;
    rules.insert(libc::SYS_ioctl, ioctls);
    let prog = compile(rules, SeccompAction::Trace(PLACEHOLDER))?;
    Ok(x32_guard(rewrite(prog)))
}

/// Refusals that are not escapes: `clone3` gets ENOSYS (its flags sit behind a pointer seccomp
/// cannot read, so libc falls back to `clone`, which is checked); without network, see
/// [`no_network`].
pub(crate) fn refusal_filters(net: bool) -> Result<Vec<Vec<BpfInsn>>, String> {
    let mut out = vec![compile(BTreeMap::from([(libc::SYS_clone3, vec![])]), SeccompAction::Errno(libc::ENOSYS as u32))?];
    if !net {
        out.push(compile(no_network()?, SeccompAction::Errno(libc::EACCES as u32))?);
    }
    Ok(out.into_iter().map(x32_guard).collect())
}

/// `SOCK_STREAM` and `SOCK_SEQPACKET`: connected unix socketpairs of these types ignore a
/// destination address (stream: `EISCONN`; seqpacket: dropped), so `sendmsg`, whose `msg_name`
/// seccomp cannot read, reaches only the peer.
const PAIR_TYPES: &[u64] = &[libc::SOCK_STREAM as u64, libc::SOCK_SEQPACKET as u64];

/// Without network, EACCES for everything that could address a socket outside the sandbox:
/// - `socket`, every family (TCP, UDP, raw, netlink, packet, pathname or abstract unix);
/// - `socketpair` unless `AF_UNIX` with a type in [`PAIR_TYPES`] (type flags `SOCK_CLOEXEC` and
///   `SOCK_NONBLOCK` masked off): a datagram pair can `sendto` or `connect` any pathname
///   datagram socket of the host (/dev/log, journald, `NOTIFY_SOCKET`);
/// - `connect`, always (with only connected pairs it has no use);
/// - `sendto` with a destination address (arg 4 not NULL).
fn no_network() -> Result<BTreeMap<i64, Vec<SeccompRule>>, String> {
    let rule = |arg: u8, len: SeccompCmpArgLen, op: SeccompCmpOp, value: u64| -> Result<SeccompRule, String> {
        let c = SeccompCondition::new(arg, len, op, value).map_err(|e| e.to_string())?;
        SeccompRule::new(vec![c]).map_err(|e| e.to_string())
    };
    let mut pair = vec![rule(0, SeccompCmpArgLen::Dword, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?];
    for t in (0..16u64).filter(|t| !PAIR_TYPES.contains(t)) {
        pair.push(rule(1, SeccompCmpArgLen::Dword, SeccompCmpOp::MaskedEq(0xf), t)?); // SOCK_TYPE_MASK
    }
    Ok(BTreeMap::from([
        (libc::SYS_socket, vec![]),
        (libc::SYS_connect, vec![]),
        (libc::SYS_socketpair, pair),
        (libc::SYS_sendto, vec![rule(4, SeccompCmpArgLen::Qword, SeccompCmpOp::Ne, 0)?]),
    ]))
}

fn rewrite(mut prog: Vec<BpfInsn>) -> Vec<BpfInsn> {
    for i in &mut prog {
        if i.code == BPF_RET_K && i.k == RET_TRACE | PLACEHOLDER {
            i.k = RET_USER_NOTIF;
        }
    }
    prog
}

/// Prepends `if nr >= 0x40000000 { kill }` on x86_64. Jumps in classic BPF are relative, so a
/// prefix leaves the compiled program's offsets intact.
fn x32_guard(prog: Vec<BpfInsn>) -> Vec<BpfInsn> {
    if !cfg!(target_arch = "x86_64") {
        return prog;
    }
    let mut out = vec![
        BpfInsn { code: 0x20, jt: 0, jf: 0, k: 0 },          // ld [0] (nr)
        BpfInsn { code: 0x35, jt: 0, jf: 1, k: 0x4000_0000 }, // jge #0x40000000
        BpfInsn { code: BPF_RET_K, jt: 0, jf: 0, k: RET_KILL_PROCESS },
    ];
    out.extend(prog);
    out
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_becomes_user_notif() {
        let prog = escape_filter().expect("compiles");
        assert!(prog.iter().any(|i| i.code == BPF_RET_K && i.k == RET_USER_NOTIF));
        assert!(!prog.iter().any(|i| i.code == BPF_RET_K && i.k == RET_TRACE | PLACEHOLDER));
    }

    #[test]
    fn names_are_reported() {
        assert_eq!(name(libc::SYS_ptrace as i32), "ptrace");
        assert_eq!(name(libc::SYS_unshare as i32), "unshare (new namespace)");
    }
}
