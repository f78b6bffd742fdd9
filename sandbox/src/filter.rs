//! The seccomp filter, as data: one table of system calls, each with the argument rules under
//! which it is caught (none: always) and what it then gets. Default allow; a listed call is
//! either an escape attempt (`SECCOMP_RET_USER_NOTIF`: reported to the supervisor, which kills
//! the whole tree and names the system call) or quietly refused with an errno (`clone3`; without
//! network `socket`, `connect`, datagram `socketpair` and addressed `sendto`).
//!
//! The table is compiled into one program by `bpf.rs` (a binary search on the call number;
//! seccompiler compiles the argument rules). One program, not one per action: the kernel's
//! per-filter set-up cost (JIT, and the constant-action cache, which runs the filter for every
//! call number) made the three linear filters this replaced cost ~0.25 ms per spawn.

use crate::bpf::{Action, Entry};
use crate::sys::BpfInsn;
use seccompiler::{SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompRule};

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

fn masked(arg: u8, len: SeccompCmpArgLen, mask: u64, value: u64) -> Result<SeccompRule, String> {
    let c = SeccompCondition::new(arg, len, SeccompCmpOp::MaskedEq(mask), value).map_err(|e| e.to_string())?;
    SeccompRule::new(vec![c]).map_err(|e| e.to_string())
}

/// Every listed system call with its rules and action: the escapes (also `unshare` and `clone`
/// asking for a namespace, and the terminal-injection ioctls), `clone3` (ENOSYS: its flags sit
/// behind a pointer seccomp cannot read, so libc falls back to `clone`, which is checked), and
/// without network, [`no_network`] (EACCES).
pub(crate) fn table(net: bool) -> Result<Vec<Entry>, String> {
    let escape = |nr: i64, rules: Vec<SeccompRule>| Entry { nr, rules, action: Action::Notify };
    let mut t: Vec<Entry> = escapes().into_iter().map(|(_, nr, _)| escape(nr, vec![])).collect();
    // CLONE_NEW* all lie in the low 32 bits of the flags, so a 32-bit comparison is exact.
    let ns = || NS_FLAGS.iter().map(|&f| masked(0, SeccompCmpArgLen::Dword, f, f)).collect::<Result<Vec<_>, _>>();
    t.push(escape(libc::SYS_unshare, ns()?));
    t.push(escape(libc::SYS_clone, ns()?));
    let ioctls = BAD_IOCTLS.iter().map(|&(r, _)| masked(1, SeccompCmpArgLen::Dword, u64::from(u32::MAX), r)).collect::<Result<Vec<_>, _>>()?;
    t.push(escape(libc::SYS_ioctl, ioctls));
    t.push(Entry { nr: libc::SYS_clone3, rules: vec![], action: Action::Errno(libc::ENOSYS as u32) });
    if !net {
        t.extend(no_network()?.into_iter().map(|(nr, rules)| Entry { nr, rules, action: Action::Errno(libc::EACCES as u32) }));
    }
    Ok(t)
}

/// The compiled filter for a command (installed with a user-notification listener).
pub(crate) fn program(net: bool) -> Result<Vec<BpfInsn>, String> {
    crate::bpf::compile(table(net)?)
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
fn no_network() -> Result<Vec<(i64, Vec<SeccompRule>)>, String> {
    let rule = |arg: u8, len: SeccompCmpArgLen, op: SeccompCmpOp, value: u64| -> Result<SeccompRule, String> {
        let c = SeccompCondition::new(arg, len, op, value).map_err(|e| e.to_string())?;
        SeccompRule::new(vec![c]).map_err(|e| e.to_string())
    };
    let mut pair = vec![rule(0, SeccompCmpArgLen::Dword, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?];
    for t in (0..16u64).filter(|t| !PAIR_TYPES.contains(t)) {
        pair.push(rule(1, SeccompCmpArgLen::Dword, SeccompCmpOp::MaskedEq(0xf), t)?); // SOCK_TYPE_MASK
    }
    Ok(vec![
        (libc::SYS_socket, vec![]),
        (libc::SYS_connect, vec![]),
        (libc::SYS_socketpair, pair),
        (libc::SYS_sendto, vec![rule(4, SeccompCmpArgLen::Qword, SeccompCmpOp::Ne, 0)?]),
    ])
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn names_are_reported() {
        assert_eq!(name(libc::SYS_ptrace as i32), "ptrace");
        assert_eq!(name(libc::SYS_unshare as i32), "unshare (new namespace)");
    }

    #[test]
    fn each_call_is_listed_once() {
        for net in [false, true] {
            let t = table(net).expect("table");
            let mut nrs: Vec<i64> = t.iter().map(|e| e.nr).collect();
            nrs.sort_unstable();
            nrs.dedup();
            assert_eq!(nrs.len(), t.len(), "a call listed twice would get the action of whichever comes first");
        }
    }
}
