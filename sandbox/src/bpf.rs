//! Compiles the seccomp table (`filter.rs`) into one classic BPF program:
//!
//! ```text
//! ld arch; arch == native ? continue : KILL_PROCESS
//! ld nr;   (x86_64) nr >= 0x40000000 (x32 ABI) ? KILL_PROCESS : continue
//! binary search on nr over the listed calls (jge); at a leaf: nr == listed ?
//!     each argument rule (compiled by seccompiler) matched ? its action : next rule
//!     no rule matched (or none listed) : ALLOW / the action
//! ALLOW
//! ```
//!
//! Why not seccompiler's own filters: one of them has one action, and tests the call numbers one
//! after another, so the kernel's set-up of three of them (JIT, and the constant-action cache,
//! which runs each filter for every call number) cost ~0.25 ms per spawn; a binary search over
//! ~45 calls takes six comparisons. Every jump in classic BPF is relative and forward, so each
//! block is built on its own and concatenated; a jump longer than a `jt`/`jf` byte becomes
//! `ja`. The tests run the program in an interpreter against seccompiler's own filters.

use crate::sys::BpfInsn;
use seccompiler::SeccompRule;

const LD_W_ABS: u16 = 0x20;
const JA: u16 = 0x05;
const JEQ_K: u16 = 0x15;
const JGE_K: u16 = 0x35;
const RET_K: u16 = 0x06;

const RET_KILL_PROCESS: u32 = 0x8000_0000;
const RET_ERRNO: u32 = 0x0005_0000;
const RET_USER_NOTIF: u32 = 0x7fc0_0000;
const RET_ALLOW: u32 = 0x7fff_0000;

/// Offsets in `struct seccomp_data`.
const NR: u32 = 0;
const ARCH: u32 = 4;

/// The native audit architecture (`AUDIT_ARCH_X86_64`, `AUDIT_ARCH_AARCH64`).
fn audit_arch() -> Result<u32, String> {
    if cfg!(target_arch = "x86_64") {
        Ok(0xc000_003e)
    } else if cfg!(target_arch = "aarch64") {
        Ok(0xc000_00b7)
    } else {
        Err(format!("no seccomp filter for the `{}` architecture", std::env::consts::ARCH))
    }
}

/// What a listed call gets when it (and one of its rules, if any) matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    /// An escape attempt: the supervisor is notified, names it and kills the tree.
    Notify,
    /// Refused with this errno.
    Errno(u32),
}

impl Action {
    fn ret(self) -> u32 {
        match self {
            Action::Notify => RET_USER_NOTIF,
            Action::Errno(e) => RET_ERRNO | (e & 0xffff),
        }
    }
}

/// One listed system call: caught always (`rules` empty) or when any rule matches.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub nr: i64,
    pub rules: Vec<SeccompRule>,
    pub action: Action,
}

fn insn(code: u16, k: u32, jt: u8, jf: u8) -> BpfInsn {
    BpfInsn { code, jt, jf, k }
}

fn ret(k: u32) -> BpfInsn {
    insn(RET_K, k, 0, 0)
}

/// `if A <code> k { skip `skip` instructions } else { fall through }` when `jump_if_true`, the
/// other way round when not; with `ja` when `skip` does not fit a byte.
fn branch(code: u16, k: u32, jump_if_true: bool, skip: usize) -> Result<Vec<BpfInsn>, String> {
    if let Ok(s) = u8::try_from(skip) {
        return Ok(vec![if jump_if_true { insn(code, k, s, 0) } else { insn(code, k, 0, s) }]);
    }
    let far = u32::try_from(skip).map_err(|_| "seccomp program too long".to_string())?;
    // The `ja` sits right after the test: reach it on the jumping side, skip it on the other.
    let test = if jump_if_true { insn(code, k, 0, 1) } else { insn(code, k, 1, 0) };
    Ok(vec![test, insn(JA, far, 0, 0)])
}

/// A listed call's block (the number already matched): its action, or each rule followed by
/// the action (a rule that does not match jumps past its action), then ALLOW.
fn block(e: &Entry) -> Vec<BpfInsn> {
    if e.rules.is_empty() {
        return vec![ret(e.action.ret())];
    }
    let mut out = Vec::new();
    for r in &e.rules {
        let prog: seccompiler::BpfProgram = r.clone().into();
        out.extend(prog.iter().map(|i| insn(i.code, i.k, i.jt, i.jf)));
        out.push(ret(e.action.ret()));
    }
    out.push(ret(RET_ALLOW));
    out
}

/// Few enough calls to test one after the other.
const LINEAR: usize = 3;

/// The search over `entries` (sorted by number); every path ends in a `ret`.
fn search(entries: &[Entry]) -> Result<Vec<BpfInsn>, String> {
    if entries.len() <= LINEAR {
        let mut out = Vec::new();
        for e in entries {
            let nr = u32::try_from(e.nr).map_err(|_| format!("bad system call number {}", e.nr))?;
            let b = block(e);
            out.extend(branch(JEQ_K, nr, false, b.len())?);
            out.extend(b);
        }
        out.push(ret(RET_ALLOW));
        return Ok(out);
    }
    let mid = entries.len() / 2;
    let pivot = u32::try_from(entries[mid].nr).map_err(|_| format!("bad system call number {}", entries[mid].nr))?;
    let low = search(&entries[..mid])?;
    let high = search(&entries[mid..])?;
    let mut out = branch(JGE_K, pivot, true, low.len())?;
    out.extend(low);
    out.extend(high);
    Ok(out)
}

/// The whole program. Fails on a call listed twice (it would silently get one of two actions).
pub(crate) fn compile(mut entries: Vec<Entry>) -> Result<Vec<BpfInsn>, String> {
    entries.sort_by_key(|e| e.nr);
    if let Some(w) = entries.windows(2).find(|w| w[0].nr == w[1].nr) {
        return Err(format!("system call {} is listed twice", w[0].nr));
    }
    let mut out = vec![insn(LD_W_ABS, ARCH, 0, 0), insn(JEQ_K, audit_arch()?, 1, 0), ret(RET_KILL_PROCESS), insn(LD_W_ABS, NR, 0, 0)];
    if cfg!(target_arch = "x86_64") {
        // x32 calls share the x86_64 audit arch and would slip past the number comparisons.
        out.extend([insn(JGE_K, 0x4000_0000, 0, 1), ret(RET_KILL_PROCESS)]);
    }
    out.extend(search(&entries)?);
    if out.len() > 4096 {
        return Err(format!("seccomp program too long ({} instructions)", out.len()));
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use seccompiler::{SeccompAction, SeccompFilter, TargetArch};
    use std::collections::BTreeMap;

    /// `struct seccomp_data` as the filter sees it.
    struct Data {
        nr: u32,
        arch: u32,
        args: [u64; 6],
    }

    impl Data {
        fn word(&self, off: u32) -> u32 {
            match off {
                0 => self.nr,
                4 => self.arch,
                16..=63 if off.is_multiple_of(4) => {
                    let a = self.args[(off as usize - 16) / 8];
                    if off.is_multiple_of(8) {
                        a as u32
                    } else {
                        (a >> 32) as u32
                    }
                }
                _ => panic!("load of offset {off}"),
            }
        }
    }

    /// A classic BPF interpreter for the instructions seccompiler and `compile` emit.
    fn run(prog: &[BpfInsn], d: &Data) -> u32 {
        let (mut pc, mut a) = (0usize, 0u32);
        loop {
            let i = prog[pc];
            pc += 1;
            let jump = |cond: bool| if cond { usize::from(i.jt) } else { usize::from(i.jf) };
            match i.code {
                0x20 => a = d.word(i.k),
                0x54 => a &= i.k,
                0x05 => pc += i.k as usize,
                0x15 => pc += jump(a == i.k),
                0x25 => pc += jump(a > i.k),
                0x35 => pc += jump(a >= i.k),
                0x45 => pc += jump(a & i.k != 0),
                0x06 => return i.k,
                c => panic!("opcode {c:#x}"),
            }
        }
    }

    /// seccompiler's filters for the same table, one per action (compiled with a placeholder
    /// action, which is then read as the group's), combined as the kernel combines several
    /// filters: the most severe action wins (errno before user notification).
    struct Oracle(Vec<(u32, Vec<BpfInsn>)>);

    const PLACEHOLDER: u32 = 0x7ff0_4853;

    impl Oracle {
        fn new(entries: &[Entry]) -> Oracle {
            let arch = if cfg!(target_arch = "x86_64") { TargetArch::x86_64 } else { TargetArch::aarch64 };
            let mut groups: BTreeMap<u32, BTreeMap<i64, Vec<SeccompRule>>> = BTreeMap::new();
            for e in entries {
                groups.entry(e.action.ret()).or_default().insert(e.nr, e.rules.clone());
            }
            let progs = groups
                .into_iter()
                .map(|(action, rules)| {
                    let f = SeccompFilter::new(rules, SeccompAction::Allow, SeccompAction::Trace(PLACEHOLDER & 0xffff), arch).expect("filter");
                    let prog: seccompiler::BpfProgram = f.try_into().expect("compiles");
                    (action, prog.iter().map(|i| insn(i.code, i.k, i.jt, i.jf)).collect())
                })
                .collect();
            Oracle(progs)
        }

        fn eval(&self, d: &Data) -> u32 {
            let severity = |r: u32| match r & 0xffff_0000 {
                RET_KILL_PROCESS => 0,
                RET_ERRNO => 1,
                RET_USER_NOTIF => 2,
                _ => 3,
            };
            let results = self.0.iter().map(|(action, prog)| if run(prog, d) == PLACEHOLDER { *action } else { run(prog, d) });
            results.min_by_key(|r| severity(*r)).unwrap_or(RET_ALLOW)
        }
    }

    /// Argument vectors: nothing, everything, each single bit of the low word, and the values
    /// the table compares against.
    fn arg_sets() -> Vec<[u64; 6]> {
        let mut v = vec![[0; 6], [u64::MAX; 6], [1, 1, 1, 1, 1, 1]];
        for bit in 0..32 {
            v.push([1 << bit; 6]);
        }
        for t in 0..16u64 {
            v.push([libc::AF_UNIX as u64, t | libc::SOCK_CLOEXEC as u64, 0, 0, 0, 0]);
            v.push([libc::AF_INET as u64, t, 0, 0, 0, 0]);
        }
        let (sti, linux): (u64, u64) = (libc::TIOCSTI as _, libc::TIOCLINUX as _);
        for r in [sti, linux, sti | (1 << 32)] {
            v.push([0, r, 0, 0, 0, 0]);
        }
        v.push([0, 0, 0, 0, 1 << 40, 0]);
        v
    }

    #[test]
    fn matches_seccompilers_filters_on_every_call() {
        for net in [false, true] {
            let table = crate::filter::table(net).expect("table");
            let prog = compile(table.clone()).expect("compiles");
            let oracle = Oracle::new(&table);
            let native = audit_arch().expect("arch");
            for nr in 0..600u32 {
                for args in arg_sets() {
                    let d = Data { nr, arch: native, args };
                    assert_eq!(run(&prog, &d), oracle.eval(&d), "call {nr}, args {args:x?}, net {net}");
                }
            }
        }
    }

    #[test]
    fn other_abis_are_killed() {
        let prog = compile(crate::filter::table(false).expect("table")).expect("compiles");
        let i386 = Data { nr: libc::SYS_read as u32, arch: 0x4000_0003, args: [0; 6] };
        assert_eq!(run(&prog, &i386), RET_KILL_PROCESS);
        if cfg!(target_arch = "x86_64") {
            let x32 = Data { nr: 0x4000_0000 | 101, arch: audit_arch().expect("arch"), args: [0; 6] };
            assert_eq!(run(&prog, &x32), RET_KILL_PROCESS);
        }
    }

    #[test]
    fn actions_are_as_listed() {
        let prog = compile(crate::filter::table(false).expect("table")).expect("compiles");
        let arch = audit_arch().expect("arch");
        let call = |nr: i64, args: [u64; 6]| run(&prog, &Data { nr: nr as u32, arch, args });
        assert_eq!(call(libc::SYS_ptrace, [0; 6]), RET_USER_NOTIF);
        assert_eq!(call(libc::SYS_read, [0; 6]), RET_ALLOW);
        assert_eq!(call(libc::SYS_clone3, [0; 6]), RET_ERRNO | libc::ENOSYS as u32);
        assert_eq!(call(libc::SYS_socket, [0; 6]), RET_ERRNO | libc::EACCES as u32);
        assert_eq!(call(libc::SYS_unshare, [libc::CLONE_NEWUSER as u64, 0, 0, 0, 0, 0]), RET_USER_NOTIF);
        assert_eq!(call(libc::SYS_unshare, [libc::CLONE_FILES as u64, 0, 0, 0, 0, 0]), RET_ALLOW);
        assert_eq!(call(libc::SYS_clone, [libc::SIGCHLD as u64, 0, 0, 0, 0, 0]), RET_ALLOW);
        assert_eq!(call(libc::SYS_ioctl, [0, libc::TIOCSTI as _, 0, 0, 0, 0]), RET_USER_NOTIF);
    }

    #[test]
    fn long_jumps_use_ja() {
        // Many rules on one call make blocks longer than a jump byte.
        let rule = || {
            let c = seccompiler::SeccompCondition::new(0, seccompiler::SeccompCmpArgLen::Qword, seccompiler::SeccompCmpOp::Eq, 7).expect("cond");
            SeccompRule::new(vec![c]).expect("rule")
        };
        let entries: Vec<Entry> = (0..12).map(|nr| Entry { nr, rules: (0..30).map(|_| rule()).collect(), action: Action::Errno(1) }).collect();
        let prog = compile(entries.clone()).expect("compiles");
        let oracle = Oracle::new(&entries);
        assert!(prog.iter().any(|i| i.code == JA && i.k > 255));
        let arch = audit_arch().expect("arch");
        for nr in 0..14u32 {
            for a0 in [0u64, 7] {
                let d = Data { nr, arch, args: [a0, 0, 0, 0, 0, 0] };
                assert_eq!(run(&prog, &d), oracle.eval(&d), "call {nr}, arg {a0}");
            }
        }
    }

    #[test]
    fn duplicates_are_refused() {
        let e = |nr| Entry { nr, rules: vec![], action: Action::Notify };
        assert!(compile(vec![e(1), e(2), e(1)]).is_err());
    }
}
