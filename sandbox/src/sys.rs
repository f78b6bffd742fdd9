//! The one audited place for `unsafe`: thin, typed wrappers over the Linux system calls the
//! sandbox needs (namespaces, mounts, capabilities, seccomp, fd passing, pidfds, signals).
//!
//! Invariant: every wrapper returns `io::Result` and never panics; every `unsafe` block says why
//! it is sound. Callers never see raw pointers. `fork` refuses in a multi-threaded process.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString};
use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::path::Path;
use std::time::Duration;

fn check(ret: libc::c_long) -> io::Result<libc::c_long> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

fn cpath(p: &Path) -> io::Result<CString> {
    use std::os::unix::ffi::OsStrExt;
    CString::new(p.as_os_str().as_bytes()).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path contains a nul byte"))
}

/// Takes ownership of file descriptor 0 (the helper's control socket).
pub(crate) fn take_stdin() -> OwnedFd {
    // SAFETY: fd 0 is open in the helper (the supervisor passes the control socket there) and
    // nothing else in the helper owns it; from here on this OwnedFd is its only owner.
    unsafe { OwnedFd::from_raw_fd(0) }
}

/// A connected pair of close-on-exec `SOCK_SEQPACKET` unix sockets (message boundaries kept).
pub(crate) fn seqpacket_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: `fds` is a valid, writable array of two ints, as socketpair(2) requires.
    check(unsafe { libc::socketpair(libc::AF_UNIX, libc::SOCK_SEQPACKET | libc::SOCK_CLOEXEC, 0, fds.as_mut_ptr()) }.into())?;
    // SAFETY: socketpair succeeded, so both descriptors are open and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Sends one message, optionally carrying one file descriptor (`SCM_RIGHTS`).
pub(crate) fn send_msg(sock: BorrowedFd<'_>, data: &[u8], fd: Option<BorrowedFd<'_>>) -> io::Result<()> {
    let mut iov = libc::iovec { iov_base: data.as_ptr() as *mut libc::c_void, iov_len: data.len() };
    let mut cmsg_buf = [0u64; 8];
    // SAFETY: an all-zero msghdr is a valid empty header; the fields are filled in below.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    if let Some(fd) = fd {
        msg.msg_control = cmsg_buf.as_mut_ptr().cast();
        // SAFETY: CMSG_SPACE is a pure computation on a small constant.
        msg.msg_controllen = unsafe { libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) } as usize;
        // SAFETY: msg_control points to `cmsg_buf` (64 bytes, 8-aligned), large enough for one
        // header plus one int, so CMSG_FIRSTHDR is non-null and CMSG_DATA is in bounds.
        unsafe {
            let c = libc::CMSG_FIRSTHDR(&msg);
            (*c).cmsg_level = libc::SOL_SOCKET;
            (*c).cmsg_type = libc::SCM_RIGHTS;
            (*c).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<RawFd>() as u32) as usize;
            std::ptr::write_unaligned(libc::CMSG_DATA(c).cast::<RawFd>(), fd.as_raw_fd());
        }
    }
    // SAFETY: msg points to live buffers (iov -> data, control -> cmsg_buf) for the whole call.
    let n = check(unsafe { libc::sendmsg(sock.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) } as libc::c_long)?;
    if n as usize != data.len() {
        return Err(io::Error::new(io::ErrorKind::WriteZero, "short write on the control socket"));
    }
    Ok(())
}

/// Receives one message into `buf`; returns its length and a passed descriptor, if any.
/// `Ok((0, None))` means the peer closed. `nonblock` makes an empty socket `WouldBlock`.
pub(crate) fn recv_msg(sock: BorrowedFd<'_>, buf: &mut [u8], nonblock: bool) -> io::Result<(usize, Option<OwnedFd>)> {
    let mut iov = libc::iovec { iov_base: buf.as_mut_ptr().cast(), iov_len: buf.len() };
    let mut cmsg_buf = [0u64; 8];
    // SAFETY: an all-zero msghdr is a valid empty header; the fields are filled in below.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = cmsg_buf.as_mut_ptr().cast();
    msg.msg_controllen = std::mem::size_of_val(&cmsg_buf);
    let flags = libc::MSG_CMSG_CLOEXEC | if nonblock { libc::MSG_DONTWAIT } else { 0 };
    // SAFETY: msg points to live, writable buffers for the whole call.
    let n = check(unsafe { libc::recvmsg(sock.as_raw_fd(), &mut msg, flags) } as libc::c_long)? as usize;
    let mut passed = None;
    // SAFETY: the kernel filled msg_control/msg_controllen; CMSG_FIRSTHDR/NXTHDR stay within it.
    unsafe {
        let mut c = libc::CMSG_FIRSTHDR(&msg);
        while !c.is_null() {
            if (*c).cmsg_level == libc::SOL_SOCKET && (*c).cmsg_type == libc::SCM_RIGHTS {
                let fd = std::ptr::read_unaligned(libc::CMSG_DATA(c).cast::<RawFd>());
                // The kernel installed this descriptor for us; we are its only owner.
                passed = Some(OwnedFd::from_raw_fd(fd));
            }
            c = libc::CMSG_NXTHDR(&msg, c);
        }
    }
    Ok((n, passed))
}

/// `pidfd_open(2)`: a descriptor that becomes readable when the process exits.
pub(crate) fn pidfd_open(pid: u32) -> io::Result<OwnedFd> {
    // SAFETY: plain syscall with integer arguments.
    let fd = check(unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) })?;
    // SAFETY: the syscall returned a new descriptor that nobody else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// `poll(2)` on `(fd, events)` pairs; returns each one's `revents`, in order.
pub(crate) fn poll(fds: &[(RawFd, i16)], timeout: Option<Duration>) -> io::Result<Vec<i16>> {
    let mut p: Vec<libc::pollfd> = fds.iter().map(|&(fd, events)| libc::pollfd { fd, events, revents: 0 }).collect();
    let ms = timeout.map_or(-1, |t| t.as_millis().min(i32::MAX as u128) as i32);
    // SAFETY: `p` is a valid array of `p.len()` pollfd structs.
    match check(unsafe { libc::poll(p.as_mut_ptr(), p.len() as libc::nfds_t, ms) }.into()) {
        Ok(_) => Ok(p.iter().map(|x| x.revents).collect()),
        Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(vec![0; p.len()]),
        Err(e) => Err(e),
    }
}

/// `kill(2)`.
pub(crate) fn kill(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: plain syscall with integer arguments.
    check(unsafe { libc::kill(pid, sig) }.into()).map(drop)
}

/// `unshare(2)`.
pub(crate) fn unshare(flags: i32) -> io::Result<()> {
    // SAFETY: plain syscall with an integer argument.
    check(unsafe { libc::unshare(flags) }.into()).map(drop)
}

/// What `fork` returned in this process.
pub(crate) enum Fork {
    Child,
    Parent(i32),
}

/// How many threads this process has: procfs gives a task directory one link per thread
/// beyond the usual two.
pub(crate) fn threads() -> io::Result<usize> {
    use std::os::unix::fs::MetadataExt;
    let links = std::fs::metadata("/proc/self/task")?.nlink();
    usize::try_from(links.saturating_sub(2)).map_err(io::Error::other)
}

/// `fork(2)`, refused unless the process has exactly one thread (checked in /proc), so the child
/// cannot inherit a lock held by another thread.
pub(crate) fn fork() -> io::Result<Fork> {
    let threads = threads()?;
    if threads != 1 {
        return Err(io::Error::other(format!("refusing to fork with {threads} threads")));
    }
    // SAFETY: the process is single-threaded (checked above), so the child's memory is
    // consistent; both sides continue in ordinary Rust code.
    let pid = check(unsafe { libc::fork() }.into())?;
    Ok(if pid == 0 { Fork::Child } else { Fork::Parent(pid as i32) })
}

/// `clone(2)` without a new stack (a fork) into new namespaces (`CLONE_NEW*` flags): the child
/// is, with `CLONE_NEWPID`, pid 1 of its PID namespace. Refused unless the process has exactly
/// one thread, like [`fork`].
pub(crate) fn fork_into(namespaces: i32) -> io::Result<Fork> {
    let threads = threads()?;
    if threads != 1 {
        return Err(io::Error::other(format!("refusing to fork with {threads} threads")));
    }
    let flags = (namespaces | libc::SIGCHLD) as libc::c_ulong;
    // SAFETY: the process is single-threaded (checked above) and the child gets a copy of the
    // whole address space, stack included (no new stack: fork semantics), so both sides continue
    // in ordinary Rust code. Unlike libc's fork, the raw call leaves libc's cached thread id of
    // the child stale; nothing the child runs depends on it (glibc's raise asks the kernel, and
    // Rust's locks are futexes), and the child never creates threads.
    let pid = check(unsafe { libc::syscall(libc::SYS_clone, flags, 0usize, 0usize, 0usize, 0usize) })?;
    Ok(if pid == 0 { Fork::Child } else { Fork::Parent(pid as i32) })
}

/// Stack of a [`spawn_shared`] child: ample for the confinement code, touched only as used.
const SHARED_STACK: usize = 1 << 20;

/// Runs `child` in a new process that shares this process's memory (`CLONE_VM | CLONE_VFORK`,
/// as `posix_spawn` does) on a stack of its own; this process is suspended until the child
/// execs or exits. No page table is copied, no copy-on-write fault follows, and the exec frees
/// no copy of the address space. `child` must end in `execve` or [`exit_now`]; should it return
/// or panic, the child exits with 127. Returns the child's pid.
pub(crate) fn spawn_shared<F: FnOnce()>(child: F) -> io::Result<i32> {
    extern "C" fn trampoline<F: FnOnce()>(arg: *mut libc::c_void) -> libc::c_int {
        // SAFETY: `arg` is the `Option<F>` of `spawn_shared`'s frame, which is suspended (and so
        // alive and untouched) until this child execs or exits.
        let slot = unsafe { &mut *arg.cast::<Option<F>>() };
        if let Some(f) = slot.take() {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
        }
        exit_now(127)
    }
    let stack = map_stack()?;
    let mut slot = Some(child);
    // SAFETY: the stack is a fresh mapping of SHARED_STACK bytes above a guard page, and x86_64
    // and aarch64 stacks grow down, so its end is the top; the child runs `trampoline` there
    // with a pointer to `slot`. CLONE_VFORK suspends this thread until the child execs or exits,
    // so the child alone uses the shared memory meanwhile, as after vfork; `slot` and the stack
    // outlive the child's use of them (the mapping is freed only after clone returns).
    let pid = unsafe {
        let top = stack.cast::<u8>().add(SHARED_STACK + PAGE).cast::<libc::c_void>();
        libc::clone(trampoline::<F>, top, libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD, (&mut slot as *mut Option<F>).cast())
    };
    let err = io::Error::last_os_error();
    // SAFETY: `stack` is the mapping made by `map_stack`, of that length, no longer in use: the
    // child has exec'd (it has its own memory now) or exited.
    unsafe { libc::munmap(stack, SHARED_STACK + PAGE) };
    if pid < 0 {
        return Err(err);
    }
    Ok(pid)
}

const PAGE: usize = 4096;

/// A private anonymous mapping for a child's stack, with a guard page at its low end.
fn map_stack() -> io::Result<*mut libc::c_void> {
    let len = SHARED_STACK + PAGE;
    let flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK;
    // SAFETY: a fresh anonymous mapping; no existing memory is affected.
    let p = unsafe { libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, flags, -1, 0) };
    if p == libc::MAP_FAILED {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `p` is the start of the mapping just made, at least one page long.
    if unsafe { libc::mprotect(p, PAGE, libc::PROT_NONE) } != 0 {
        let e = io::Error::last_os_error();
        // SAFETY: the mapping made above, of that length, used by nobody.
        unsafe { libc::munmap(p, len) };
        return Err(e);
    }
    Ok(p)
}

/// `waitpid(2)`; returns `None` with `WNOHANG` when nothing changed, else `(pid, status)`.
pub(crate) fn waitpid(pid: i32, nohang: bool) -> io::Result<Option<(i32, i32)>> {
    let mut status = 0;
    // SAFETY: `status` is a valid writable int.
    let r = check(unsafe { libc::waitpid(pid, &mut status, if nohang { libc::WNOHANG } else { 0 }) }.into())?;
    Ok(if r == 0 { None } else { Some((r as i32, status)) })
}

/// `prctl(2)` with integer arguments only.
pub(crate) fn prctl(op: i32, a: u64, b: u64) -> io::Result<i32> {
    // SAFETY: every prctl option used by this crate takes integer arguments only.
    check(unsafe { libc::prctl(op, a, b, 0u64, 0u64) }.into()).map(|r| r as i32)
}

pub(crate) fn getppid() -> i32 {
    // SAFETY: getppid(2) cannot fail.
    unsafe { libc::getppid() }
}

pub(crate) fn getuid() -> u32 {
    // SAFETY: getuid(2) cannot fail.
    unsafe { libc::getuid() }
}

pub(crate) fn getgid() -> u32 {
    // SAFETY: getgid(2) cannot fail.
    unsafe { libc::getgid() }
}

pub(crate) fn setsid() -> io::Result<()> {
    // SAFETY: plain syscall without arguments.
    check(unsafe { libc::setsid() }.into()).map(drop)
}

/// Sets the effective, permitted and inheritable capability sets to empty.
pub(crate) fn capset_empty() -> io::Result<()> {
    #[repr(C)]
    struct Header {
        version: u32,
        pid: i32,
    }
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Data {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }
    let header = Header { version: 0x2008_0522, pid: 0 }; // _LINUX_CAPABILITY_VERSION_3
    let data = [Data { effective: 0, permitted: 0, inheritable: 0 }; 2];
    // SAFETY: header and data are valid for the v3 ABI (one header, two data structs).
    check(unsafe { libc::syscall(libc::SYS_capset, &header as *const Header, data.as_ptr()) }).map(drop)
}

/// `setrlimit(2)`.
pub(crate) fn setrlimit(resource: libc::__rlimit_resource_t, soft: u64, hard: u64) -> io::Result<()> {
    let lim = libc::rlimit { rlim_cur: soft, rlim_max: hard };
    // SAFETY: `lim` is a valid rlimit struct.
    check(unsafe { libc::setrlimit(resource, &lim) }.into()).map(drop)
}

/// `getrlimit(2)`: `(soft, hard)`.
pub(crate) fn getrlimit(resource: libc::__rlimit_resource_t) -> io::Result<(u64, u64)> {
    let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `lim` is a valid writable rlimit struct.
    check(unsafe { libc::getrlimit(resource, &mut lim) }.into())?;
    Ok((lim.rlim_cur, lim.rlim_max))
}

/// `mount(2)`. `source`, `fstype` and `data` may be absent.
pub(crate) fn mount(source: Option<&Path>, target: &Path, fstype: Option<&str>, flags: u64, data: Option<&str>) -> io::Result<()> {
    let src = source.map(cpath).transpose()?;
    let tgt = cpath(target)?;
    let fs = fstype.map(CString::new).transpose().map_err(io::Error::other)?;
    let dat = data.map(CString::new).transpose().map_err(io::Error::other)?;
    let p = |c: &Option<CString>| c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    // SAFETY: every pointer is null or a live nul-terminated string for the whole call.
    check(unsafe { libc::mount(p(&src), tgt.as_ptr(), p(&fs), flags as libc::c_ulong, p(&dat).cast()) }.into()).map(drop)
}

/// `mount_setattr(2)` on a path (optionally the whole subtree): set and clear `MOUNT_ATTR_*`.
pub(crate) fn mount_setattr(target: &Path, recursive: bool, set: u64, clear: u64) -> io::Result<()> {
    let tgt = cpath(target)?;
    let attr = libc::mount_attr { attr_set: set, attr_clr: clear, propagation: 0, userns_fd: 0 };
    let flags = if recursive { libc::AT_RECURSIVE } else { 0 };
    // SAFETY: `tgt` is a live C string and `attr` a valid mount_attr of the size passed.
    check(unsafe { libc::syscall(libc::SYS_mount_setattr, libc::AT_FDCWD, tgt.as_ptr(), flags, &attr as *const libc::mount_attr, std::mem::size_of::<libc::mount_attr>()) }).map(drop)
}

/// `open_tree(2)` with `OPEN_TREE_CLONE | AT_RECURSIVE`: a detached copy of the mount tree at `path`.
pub(crate) fn open_tree_clone(path: &Path) -> io::Result<OwnedFd> {
    let p = cpath(path)?;
    let flags = libc::OPEN_TREE_CLONE | libc::OPEN_TREE_CLOEXEC | libc::AT_RECURSIVE as u32;
    // SAFETY: `p` is a live C string.
    let fd = check(unsafe { libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, p.as_ptr(), flags) })?;
    // SAFETY: the syscall returned a new descriptor that nobody else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// `move_mount(2)`: attach a detached tree (from `open_tree_clone`) at `target`.
pub(crate) fn move_mount(tree: BorrowedFd<'_>, target: &Path) -> io::Result<()> {
    let t = cpath(target)?;
    let empty = c"";
    // SAFETY: both strings are live for the call; `tree` is an open mount descriptor.
    check(unsafe { libc::syscall(libc::SYS_move_mount, tree.as_raw_fd(), empty.as_ptr(), libc::AT_FDCWD, t.as_ptr(), libc::MOVE_MOUNT_F_EMPTY_PATH) }).map(drop)
}

/// A classic BPF instruction, laid out as the kernel's `struct sock_filter`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BpfInsn {
    pub code: u16,
    pub jt: u8,
    pub jf: u8,
    pub k: u32,
}

/// Installs a seccomp filter (`SECCOMP_SET_MODE_FILTER`); with `listener`, asks for a user
/// notification descriptor (`SECCOMP_FILTER_FLAG_NEW_LISTENER`) and returns it.
/// Requires `no_new_privs` (or CAP_SYS_ADMIN).
pub(crate) fn seccomp_install(prog: &[BpfInsn], listener: bool) -> io::Result<Option<OwnedFd>> {
    #[repr(C)]
    struct SockFprog {
        len: u16,
        filter: *const BpfInsn,
    }
    let len = u16::try_from(prog.len()).map_err(|_| io::Error::other("seccomp program too long"))?;
    let fprog = SockFprog { len, filter: prog.as_ptr() };
    let flags: libc::c_ulong = if listener { 1 << 3 } else { 0 };
    // SAFETY: `fprog` points to `prog`, which outlives the call; the kernel copies the program.
    let r = check(unsafe { libc::syscall(libc::SYS_seccomp, 1 as libc::c_ulong, flags, &fprog as *const SockFprog) })?;
    // SAFETY: with NEW_LISTENER the return value is a new descriptor that nobody else owns.
    Ok(listener.then(|| unsafe { OwnedFd::from_raw_fd(r as RawFd) }))
}

#[repr(C)]
#[derive(Default)]
struct SeccompData {
    nr: i32,
    arch: u32,
    instruction_pointer: u64,
    args: [u64; 6],
}

#[repr(C)]
#[derive(Default)]
struct SeccompNotif {
    id: u64,
    pid: u32,
    flags: u32,
    data: SeccompData,
}

#[repr(C)]
struct SeccompNotifResp {
    id: u64,
    val: i64,
    error: i32,
    flags: u32,
}

const SECCOMP_IOCTL_NOTIF_RECV: libc::c_ulong = 0xc050_2100; // _IOWR('!', 0, struct seccomp_notif)
const SECCOMP_IOCTL_NOTIF_SEND: libc::c_ulong = 0xc018_2101; // _IOWR('!', 1, struct seccomp_notif_resp)

/// Receives one seccomp user notification: `(id, syscall number)`.
pub(crate) fn notif_recv(fd: BorrowedFd<'_>) -> io::Result<(u64, i32)> {
    let mut n = SeccompNotif::default();
    // SAFETY: `n` is a zeroed seccomp_notif of the size encoded in the ioctl number.
    check(unsafe { libc::ioctl(fd.as_raw_fd(), SECCOMP_IOCTL_NOTIF_RECV, &mut n as *mut SeccompNotif) }.into())?;
    Ok((n.id, n.data.nr))
}

/// Answers a seccomp user notification: the system call fails with `errno`.
pub(crate) fn notif_deny(fd: BorrowedFd<'_>, id: u64, errno: i32) -> io::Result<()> {
    let mut r = SeccompNotifResp { id, val: 0, error: -errno, flags: 0 };
    // SAFETY: `r` is a valid seccomp_notif_resp of the size encoded in the ioctl number.
    check(unsafe { libc::ioctl(fd.as_raw_fd(), SECCOMP_IOCTL_NOTIF_SEND, &mut r as *mut SeccompNotifResp) }.into()).map(drop)
}

fn sigset(sigs: &[i32]) -> libc::sigset_t {
    // SAFETY: sigemptyset/sigaddset initialise and update a local sigset_t.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for &s in sigs {
            libc::sigaddset(&mut set, s);
        }
        set
    }
}

/// Blocks `sigs` (adds them to the signal mask) or, with an empty slice, unblocks everything.
pub(crate) fn set_sigmask(sigs: &[i32]) -> io::Result<()> {
    let set = sigset(sigs);
    let how = if sigs.is_empty() { libc::SIG_SETMASK } else { libc::SIG_BLOCK };
    // SAFETY: `set` is an initialised sigset_t; the old mask is not requested.
    check(unsafe { libc::sigprocmask(how, &set, std::ptr::null_mut()) }.into()).map(drop)
}

/// Waits for one of the (blocked) `sigs`; returns its number.
pub(crate) fn sigwait(sigs: &[i32]) -> io::Result<i32> {
    let set = sigset(sigs);
    loop {
        // SAFETY: `set` is initialised; the siginfo is not requested.
        match check(unsafe { libc::sigwaitinfo(&set, std::ptr::null_mut()) }.into()) {
            Ok(s) => return Ok(s as i32),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// A signalfd for `sigs` (which must be blocked), close-on-exec.
pub(crate) fn signalfd(sigs: &[i32]) -> io::Result<OwnedFd> {
    let set = sigset(sigs);
    // SAFETY: `set` is an initialised sigset_t; -1 asks for a new descriptor.
    let fd = check(unsafe { libc::signalfd(-1, &set, libc::SFD_CLOEXEC) }.into())?;
    // SAFETY: signalfd returned a new descriptor that nobody else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// Reads one signal from a signalfd; returns its number.
pub(crate) fn read_signal(fd: BorrowedFd<'_>) -> io::Result<i32> {
    // SAFETY: an all-zero signalfd_siginfo is a valid value to read into.
    let mut info: libc::signalfd_siginfo = unsafe { std::mem::zeroed() };
    let size = std::mem::size_of::<libc::signalfd_siginfo>();
    loop {
        // SAFETY: `info` is a writable buffer of `size` bytes.
        match check(unsafe { libc::read(fd.as_raw_fd(), (&mut info as *mut libc::signalfd_siginfo).cast(), size) } as libc::c_long) {
            Ok(n) if n as usize == size => return Ok(info.ssi_signo as i32),
            Ok(_) => return Err(io::Error::other("short read from a signalfd")),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Restores the default disposition of `sig` (the Rust runtime ignores SIGPIPE; children must not).
pub(crate) fn default_signal(sig: i32) -> io::Result<()> {
    // SAFETY: SIG_DFL is always a valid disposition.
    let r = unsafe { libc::signal(sig, libc::SIG_DFL) };
    if r == libc::SIG_ERR {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `dup2(2)`.
pub(crate) fn dup2(old: BorrowedFd<'_>, new: RawFd) -> io::Result<()> {
    // SAFETY: plain syscall with integer arguments; `new` is replaced atomically.
    check(unsafe { libc::dup2(old.as_raw_fd(), new) }.into()).map(drop)
}

/// Duplicates `fd` to a new close-on-exec descriptor >= `min`.
pub(crate) fn dup_cloexec(fd: BorrowedFd<'_>, min: RawFd) -> io::Result<OwnedFd> {
    // SAFETY: plain fcntl with integer arguments.
    let n = check(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, min) }.into())?;
    // SAFETY: fcntl returned a new descriptor that nobody else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(n as RawFd) })
}

/// Marks every descriptor >= `first` close-on-exec (`close_range` with `CLOSE_RANGE_CLOEXEC`).
pub(crate) fn cloexec_from(first: u32) -> io::Result<()> {
    // SAFETY: plain syscall with integer arguments; only sets flags on descriptors.
    check(unsafe { libc::syscall(libc::SYS_close_range, first, u32::MAX, libc::CLOSE_RANGE_CLOEXEC) }).map(drop)
}

/// Closes every descriptor >= `first` (`close_range`).
pub(crate) fn close_from(first: u32) -> io::Result<()> {
    // SAFETY: plain syscall with integer arguments. Callers own no `OwnedFd` >= `first` that they
    // will use or drop afterwards (the forked helper never returns to its caller's frames).
    check(unsafe { libc::syscall(libc::SYS_close_range, first, u32::MAX, 0) }).map(drop)
}

/// `execve(2)`; only returns on failure.
pub(crate) fn execve(path: &CStr, argv: &[CString], envp: &[CString]) -> io::Error {
    let mut a: Vec<*const libc::c_char> = argv.iter().map(|s| s.as_ptr()).collect();
    a.push(std::ptr::null());
    let mut e: Vec<*const libc::c_char> = envp.iter().map(|s| s.as_ptr()).collect();
    e.push(std::ptr::null());
    // SAFETY: path, argv and envp are live, nul-terminated, and the arrays end with null.
    unsafe { libc::execve(path.as_ptr(), a.as_ptr(), e.as_ptr()) };
    io::Error::last_os_error()
}

/// Ends the process at once, without unwinding or running destructors (used after `fork`).
pub(crate) fn exit_now(code: i32) -> ! {
    // SAFETY: _exit(2) is always safe to call; it does not return.
    unsafe { libc::_exit(code) }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    #[test]
    fn threads_are_counted() {
        // Other tests start and end threads meanwhile: compare with a listing taken around it.
        let listed = || std::fs::read_dir("/proc/self/task").expect("task dir").count();
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let t = std::thread::spawn(move || rx.recv());
        let stable = (0..100).find_map(|_| {
            let (a, n, b) = (listed(), super::threads().expect("threads"), listed());
            (a == b).then_some((a, n))
        });
        drop(tx);
        let _ = t.join();
        let (a, n) = stable.expect("a stable thread count");
        assert!(a >= 2);
        assert_eq!(n, a);
    }
}
