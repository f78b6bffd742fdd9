//! The sandbox escape suite (stage 18), end to end through the `hardshell` binary. Every attempt
//! is made twice: confined, where it must be blocked or killed, and as a harmless control without
//! the sandbox, where the same action must work, so that no test can pass because the action was
//! broken to begin with. Targets live in a temporary directory under the cargo target dir (never
//! under /tmp, which the sandbox replaces with a private tmpfs). A test that needs a kernel
//! feature this machine lacks prints `SKIP:` and returns.
#![allow(clippy::expect_used, clippy::panic)]

use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_hardshell");

/// Syscall numbers for perl's `syscall()`: (ptrace, setxattr, mount).
#[cfg(target_arch = "x86_64")]
const NR: (u32, u32, u32) = (101, 188, 165);
#[cfg(target_arch = "aarch64")]
const NR: (u32, u32, u32) = (117, 5, 40);

struct Fixture {
    _dir: tempfile::TempDir,
    ws: PathBuf,
    out: PathBuf,
    target: PathBuf,
    /// XDG_STATE_HOME for `hardshell run`: its audit log, never the real one.
    state: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::Builder::new().prefix("escape-").tempdir_in(fixture_base()).expect("tempdir");
    let ws = dir.path().join("ws");
    let out = dir.path().join("outside");
    std::fs::create_dir_all(ws.join(".git/hooks")).expect("mkdir");
    std::fs::write(ws.join(".git/config"), "[core]\n").expect("write");
    std::fs::create_dir_all(&out).expect("mkdir");
    let target = out.join("target");
    std::fs::write(&target, "orig").expect("write");
    let state = dir.path().join("state");
    Fixture { _dir: dir, ws, out, target, state }
}

/// Where fixtures live: the target dir, unless it is under a path the sandbox replaces with a
/// private tmpfs (a clone in /tmp): then `outside` would be invisible inside, and attempts on it
/// would fail for the wrong reason. `$HOME/.cache` is outside every writable root.
fn fixture_base() -> PathBuf {
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let private = ["/tmp", "/var/tmp", "/dev/shm"].iter().any(|p| target.starts_with(p));
    if !private {
        return target;
    }
    let base = PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/root".into())).join(".cache/hardshell-escape-tests");
    std::fs::create_dir_all(&base).expect("mkdir fixture base");
    base
}

/// The fork bomb runs alone (it saturates the machine for a moment and would make the timing of
/// the other tests' controls flaky); every other test shares this lock.
static SERIAL: std::sync::RwLock<()> = std::sync::RwLock::new(());

/// `Some(guard)` when this machine can run the sandbox; else prints a loud SKIP.
fn ready(test: &str) -> Option<std::sync::RwLockReadGuard<'static, ()>> {
    can_run(test).then(|| SERIAL.read().unwrap_or_else(|e| e.into_inner()))
}

/// Whether this machine can run the sandbox; prints a loud SKIP when it cannot.
fn can_run(test: &str) -> bool {
    let o = Command::new(BIN).args(["doctor", "--format", "json"]).output().expect("doctor");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("doctor json");
    if v["ready"] == true {
        return true;
    }
    eprintln!("SKIP: {test}: the sandbox cannot be fully enforced here: {}", v["gaps"]);
    false
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn confined_with(f: &Fixture, extra: &[&str], script: &str) -> Output {
    let mut args = vec!["sandbox", "--cwd", s(&f.ws)];
    if !extra.contains(&"--timeout") {
        args.extend_from_slice(&["--timeout", "20"]);
    }
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--", "bash", "--noprofile", "--norc", "-c", script]);
    Command::new(BIN).args(&args).stdin(Stdio::null()).output().expect("run hardshell")
}

fn confined(f: &Fixture, script: &str) -> Output {
    confined_with(f, &[], script)
}

/// The harmless control: the same script without the sandbox, in the fixture's workspace
/// (bounded by coreutils `timeout`, so a broken control fails instead of hanging).
fn unconfined(f: &Fixture, script: &str) -> Output {
    Command::new("timeout").args(["-s", "KILL", "20", "bash", "--noprofile", "--norc", "-c", script]).current_dir(&f.ws).stdin(Stdio::null()).output().expect("run bash")
}

fn text(o: &Output) -> String {
    format!("status {:?}\nstdout: {}\nstderr: {}", o.status.code(), String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| format!("<{e}>"))
}

/// Runs `script` (which must act on `{T}`, the outside target) confined and as a control; the
/// control must change the target (per `changed`), the confined run must not.
fn blocked_outside(test: &str, script: &str, changed: impl Fn(&Path) -> bool) {
    let Some(_serial) = ready(test) else {
        return;
    };
    let control = fixture();
    let o = unconfined(&control, &script.replace("{T}", s(&control.target)).replace("{O}", s(&control.out)));
    assert!(o.status.success() && changed(&control.target), "{test}: control did not work unconfined: {}", text(&o));
    let f = fixture();
    let o = confined(&f, &script.replace("{T}", s(&f.target)).replace("{O}", s(&f.out)));
    assert!(!changed(&f.target), "{test}: ESCAPED the sandbox: {}", text(&o));
    assert!(!o.status.success(), "{test}: confined attempt reported success: {}", text(&o));
}

fn pwned(p: &Path) -> bool {
    read(p) != "orig"
}

#[test]
fn write_outside_is_blocked() {
    blocked_outside("write outside", "echo pwned > {T}", pwned);
}

#[test]
fn create_outside_is_blocked() {
    blocked_outside("create outside", "echo pwned > {O}/new && echo pwned > {T}", pwned);
}

#[test]
fn chmod_outside_is_blocked() {
    blocked_outside("chmod outside", "chmod 0777 {T}", |p| std::fs::metadata(p).map(|m| m.mode() & 0o777 == 0o777).unwrap_or(false));
}

#[test]
fn chown_outside_is_blocked() {
    if !nix_root() {
        eprintln!("SKIP: chown outside: the control needs root");
        return;
    }
    blocked_outside("chown outside", "chown 4242:4242 {T}", |p| std::fs::metadata(p).map(|m| m.uid() == 4242).unwrap_or(false));
}

#[test]
fn utime_outside_is_blocked() {
    blocked_outside("utime outside", "touch -m -d '2001-01-01 00:00:00' {T}", |p| std::fs::metadata(p).map(|m| m.mtime() < 1_000_000_000).unwrap_or(false));
}

#[test]
fn xattr_outside_is_blocked() {
    let script = format!("perl -e 'my @a = ($ARGV[0], \"user.hs\", \"v\"); exit(syscall({}, $a[0], $a[1], $a[2], 1, 0) == 0 ? 0 : 1)' {{T}}", NR.1);
    blocked_outside("xattr outside", &script, |p| {
        // listxattr through perl: the attribute name shows up when it was set.
        let o = Command::new("perl").args(["-e", &format!("my $p = $ARGV[0]; my $b = \"\\0\" x 256; my $n = syscall({}, $p, $b, 256); print substr($b, 0, $n) if $n > 0", listxattr_nr()), s(p)]).output().expect("perl");
        String::from_utf8_lossy(&o.stdout).contains("user.hs")
    });
}

fn listxattr_nr() -> u32 {
    if cfg!(target_arch = "x86_64") {
        194
    } else {
        11
    }
}

#[test]
fn symlink_trick_is_blocked() {
    blocked_outside("symlink trick", "ln -s {T} link && echo pwned > link", pwned);
}

#[test]
fn hardlink_trick_is_blocked() {
    blocked_outside("hardlink trick", "ln {T} hard && echo pwned > hard", pwned);
}

#[test]
fn rename_trick_is_blocked() {
    blocked_outside("rename trick", "mv {T} stolen", |p| !p.exists());
}

#[test]
fn proc_self_root_is_blocked() {
    blocked_outside("/proc/self/root", "echo pwned > /proc/self/root{T}", pwned);
}

fn nix_root() -> bool {
    std::fs::metadata("/proc/self").map(|m| m.uid() == 0).unwrap_or(false)
}

/// Asserts the confined run was killed as an escape naming `syscall`.
fn assert_escape(test: &str, o: &Output, syscall: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(125), "{test}: not reported as an escape: {}", text(o));
    assert!(err.contains(&format!("escape attempt: `{syscall}")), "{test}: escape not named `{syscall}`: {}", text(o));
}

#[test]
fn ptrace_of_a_sibling_is_killed() {
    let Some(_serial) = ready("ptrace") else {
        return;
    };
    // Attach to a sleep this script started itself, then SIGKILL it (a tracee stays stopped
    // after its tracer exits, so a plain SIGTERM would never be delivered).
    let script = format!("sleep 5 & p=$!; perl -e 'exit(syscall({}, 16, $ARGV[0] + 0, 0, 0) == 0 ? 0 : 1)' $p; r=$?; kill -KILL $p; exit $r", NR.0);
    let f = fixture();
    let o = unconfined(&f, &script);
    assert!(o.status.success(), "ptrace control failed unconfined: {}", text(&o));
    assert_escape("ptrace", &confined(&f, &script), "ptrace");
}

#[test]
fn mount_is_killed() {
    let Some(_serial) = ready("mount") else {
        return;
    };
    // Control: a mount(2) that cannot succeed (no such file system, no such target) returns an
    // error and the process carries on; nothing is mounted anywhere.
    let bogus = format!("perl -e 'my @a = (\"none\", \"/nonexistent-hardshell-target\", \"hardshell-no-such-fs\"); syscall({}, $a[0], $a[1], $a[2], 0, 0); exit 0'", NR.2);
    let f = fixture();
    let o = unconfined(&f, &bogus);
    assert!(o.status.success(), "mount control: {}", text(&o));
    assert_escape("mount (bogus)", &confined(&f, &bogus), "mount");
    std::fs::create_dir(f.ws.join("m")).expect("mkdir");
    assert_escape("mount tmpfs", &confined(&f, "mount -t tmpfs none m"), "mount");
}

#[test]
fn unshare_is_killed() {
    let Some(_serial) = ready("unshare") else {
        return;
    };
    let f = fixture();
    let o = unconfined(&f, "unshare -U true");
    if !o.status.success() {
        eprintln!("NOTE: unshare control: user namespaces unavailable unconfined ({}); the confined kill is still checked", text(&o));
    }
    assert_escape("unshare", &confined(&f, "unshare -U true"), "unshare");
}

/// More escape-class system calls, each made with null or invalid arguments: unconfined the call
/// fails harmlessly and the process carries on (the control); confined the tree is killed and the
/// call named. (kexec, module loading and reboot are never called unconfined, even with bad
/// arguments.)
#[test]
fn escape_class_syscalls_are_killed_and_named() {
    let Some(_serial) = ready("escape-class syscalls") else {
        return;
    };
    let calls: &[(&str, libc::c_long, &str)] = &[
        ("bpf", libc::SYS_bpf, "0, 0, 0"),
        ("io_uring_setup", libc::SYS_io_uring_setup, "0, 0"),
        ("keyctl", libc::SYS_keyctl, "0, 0, 0"),
        ("userfaultfd", libc::SYS_userfaultfd, "0"),
        ("perf_event_open", libc::SYS_perf_event_open, "0, 0, -1, -1, 0"),
        ("process_vm_readv", libc::SYS_process_vm_readv, "0, 0, 0, 0, 0, 0"),
        ("setns", libc::SYS_setns, "-1, 0"),
        ("open_by_handle_at", libc::SYS_open_by_handle_at, "-1, 0, 0"),
        ("fsopen", libc::SYS_fsopen, "0, 0"),
        ("pivot_root", libc::SYS_pivot_root, "0, 0"),
        ("umount2", libc::SYS_umount2, "0, 0"),
    ];
    let f = fixture();
    for (name, nr, args) in calls {
        let script = format!("perl -e 'syscall({nr}, {args}); exit 0'");
        let o = unconfined(&f, &script);
        assert!(o.status.success(), "{name} control: {}", text(&o));
        assert_escape(name, &confined(&f, &script), name);
    }
}

/// Calls of another ABI (x32 numbers, i386 through `int 0x80`) are killed by the filters before
/// any notification; the death is reported as an escape, not as exit 159 (issue 3 review finding 5).
#[cfg(target_arch = "x86_64")]
#[test]
fn other_abi_syscalls_are_reported() {
    let Some(_serial) = ready("other ABI") else {
        return;
    };
    let f = fixture();
    // x32 getpid (39 | 0x40000000): without x32 support it fails with ENOSYS and perl carries on.
    let x32 = "perl -e 'syscall(0x40000000 + 39); exit 0'";
    let o = unconfined(&f, x32);
    assert!(o.status.success(), "x32 control: {}", text(&o));
    assert_escape("x32", &confined(&f, x32), "a 32-bit (i386) or x32 system call");
    // In the workspace: a target directory under /tmp is hidden by the sandbox's private tmpfs.
    let exe = f.ws.join("int80");
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/sandbox/int80.c");
    match Command::new("cc").args(["-O0", "-o", s(&exe), src]).output() {
        Ok(c) if c.status.success() => {}
        other => {
            eprintln!("SKIP: int 0x80: no C compiler to build the probe ({other:?}); only x32 was checked");
            return;
        }
    }
    let o = unconfined(&f, s(&exe));
    if !o.status.success() {
        eprintln!("SKIP: int 0x80: no IA32 emulation in this kernel ({}); only x32 was checked", text(&o));
        return;
    }
    assert_escape("int 0x80", &confined(&f, s(&exe)), "a 32-bit (i386) or x32 system call");
}

#[test]
fn tiocsti_is_killed() {
    let Some(_serial) = ready("tiocsti") else {
        return;
    };
    // Control: on /dev/null the ioctl fails with ENOTTY and the process carries on.
    let script = "perl -e 'my $c = \"x\"; ioctl(STDIN, 0x5412, $c); exit 0' < /dev/null";
    let f = fixture();
    let o = unconfined(&f, script);
    assert!(o.status.success(), "tiocsti control: {}", text(&o));
    assert_escape("tiocsti", &confined(&f, script), "ioctl");
}

#[test]
fn tcp_is_blocked_without_net_and_works_with_it() {
    let Some(_serial) = ready("tcp") else {
        return;
    };
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.set_nonblocking(true).expect("nonblocking");
    let script = format!("echo hi > /dev/tcp/127.0.0.1/{}", l.local_addr().expect("addr").port());
    let f = fixture();
    let o = unconfined(&f, &script);
    assert!(o.status.success() && l.accept().is_ok(), "tcp control: {}", text(&o));
    let o = confined(&f, &script);
    assert!(!o.status.success(), "tcp: confined connect succeeded: {}", text(&o));
    assert!(l.accept().is_err(), "tcp: the listener got a connection from the sandbox");
    let o = confined_with(&f, &["--net"], &script);
    assert!(o.status.success() && l.accept().is_ok(), "tcp with --net: {}", text(&o));
}

#[test]
fn udp_is_blocked() {
    let Some(_serial) = ready("udp") else {
        return;
    };
    let u = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind");
    u.set_read_timeout(Some(Duration::from_millis(300))).expect("timeout");
    let script = format!("echo hi > /dev/udp/127.0.0.1/{}", u.local_addr().expect("addr").port());
    let f = fixture();
    let mut buf = [0u8; 16];
    let o = unconfined(&f, &script);
    assert!(o.status.success() && u.recv(&mut buf).is_ok(), "udp control: {}", text(&o));
    let o = confined(&f, &script);
    assert!(!o.status.success(), "udp: confined send succeeded: {}", text(&o));
    assert!(u.recv(&mut buf).is_err(), "udp: a datagram from the sandbox arrived");
}

#[test]
fn unix_socket_is_blocked() {
    let Some(_serial) = ready("unix socket") else {
        return;
    };
    let f = fixture();
    // Like docker.sock: a pathname socket, here even inside the writable workspace.
    let path = f.ws.join("docker.sock");
    let l = std::os::unix::net::UnixListener::bind(&path).expect("bind");
    l.set_nonblocking(true).expect("nonblocking");
    let script = "perl -MIO::Socket::UNIX -e 'IO::Socket::UNIX->new(Peer => \"docker.sock\") or exit 1'";
    let o = unconfined(&f, script);
    assert!(o.status.success() && l.accept().is_ok(), "unix control: {}", text(&o));
    let o = confined(&f, script);
    assert!(!o.status.success(), "unix: confined connect succeeded: {}", text(&o));
    assert!(l.accept().is_err(), "unix: the listener got a connection from the sandbox");
}

/// A datagram socketpair can address any pathname datagram socket of the host (/dev/log,
/// journald, `NOTIFY_SOCKET`) with `sendto` or after `connect` (issue 3 review finding 3). Here the
/// host listener is one this test binds in the workspace (visible inside the sandbox; /tmp is not).
#[test]
fn unix_datagram_is_blocked() {
    let Some(_serial) = ready("unix datagram") else {
        return;
    };
    let f = fixture();
    let l = std::os::unix::net::UnixDatagram::bind(f.ws.join("log.sock")).expect("bind");
    l.set_nonblocking(true).expect("nonblocking");
    let got = || {
        let mut n = 0;
        let mut buf = [0u8; 64];
        while l.recv(&mut buf).is_ok() {
            n += 1;
        }
        n
    };
    let sendto = "perl -MSocket -e 'socketpair(my $a, my $b, AF_UNIX, SOCK_DGRAM, 0) or exit 2; my $to = pack_sockaddr_un(\"log.sock\"); defined(send($a, \"x\", 0, $to)) or exit 3; exit 0'";
    let connect = "perl -MSocket -e 'socketpair(my $a, my $b, AF_UNIX, SOCK_DGRAM, 0) or exit 2; connect($a, pack_sockaddr_un(\"log.sock\")) or exit 4; defined(send($a, \"x\", 0)) or exit 5; exit 0'";
    for (what, script) in [("sendto", sendto), ("connect", connect)] {
        let o = unconfined(&f, script);
        assert!(o.status.success() && got() == 1, "{what} control: {}", text(&o));
        let o = confined(&f, script);
        assert!(!o.status.success(), "{what}: confined datagram send succeeded: {}", text(&o));
        assert_eq!(got(), 0, "{what}: a datagram from the sandbox reached the host socket: {}", text(&o));
    }
    // Stream and seqpacket pairs still work; an address given to sendto or sendmsg on them never
    // reaches the host socket.
    let pair = "perl -MSocket -e 'socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, 0) or exit 1; syswrite($a, \"x\"); sysread($b, my $c, 1); \
                socketpair(my $p, my $q, AF_UNIX, SOCK_SEQPACKET, 0) or exit 2; send($p, \"y\", 0, pack_sockaddr_un(\"log.sock\")); exit($c eq \"x\" ? 0 : 3)'";
    let o = confined(&f, pair);
    assert!(o.status.success(), "stream socketpair broken in the sandbox: {}", text(&o));
    let sendmsg = "python3 -c 'import socket\nfor t in (socket.SOCK_STREAM, socket.SOCK_SEQPACKET):\n  a, b = socket.socketpair(socket.AF_UNIX, t)\n  try: a.sendmsg([b\"z\"], [], 0, \"log.sock\")\n  except OSError as e: print(e)'";
    let o = confined(&f, sendmsg);
    assert_eq!(got(), 0, "sendmsg: a message from the sandbox reached the host socket: {}", text(&o));
}

#[test]
fn secrets_in_env_are_scrubbed() {
    let Some(_serial) = ready("env") else {
        return;
    };
    let f = fixture();
    let secrets = [("GITHUB_TOKEN", "ghp_hardshelltest"), ("AWS_SECRET_ACCESS_KEY", "awshardshelltest"), ("MY_API_KEY", "keyhardshelltest")];
    let mut c = Command::new("bash");
    c.args(["--noprofile", "--norc", "-c", "env"]).current_dir(&f.ws).envs(secrets);
    let o = c.output().expect("env");
    assert!(String::from_utf8_lossy(&o.stdout).contains("ghp_hardshelltest"), "env control: {}", text(&o));
    let o = Command::new(BIN).args(["sandbox", "--cwd", s(&f.ws), "--", "env"]).envs(secrets).stdin(Stdio::null()).output().expect("run");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success() && out.contains("PATH="), "env: {}", text(&o));
    for (_, v) in secrets {
        assert!(!out.contains(v), "env: secret leaked into the sandbox: {out}");
    }
}

#[test]
fn leaked_fd_is_closed() {
    let Some(_serial) = ready("leaked fd") else {
        return;
    };
    let f = fixture();
    std::fs::write(f.out.join("secret"), "fd-secret").expect("write");
    // bash opens fd 7 without close-on-exec and execs into the next program, which inherits it.
    let reader = "cat <&7";
    let control = format!("exec 7< {}/secret; exec bash --noprofile --norc -c '{reader}'", s(&f.out));
    let o = unconfined(&f, &control);
    assert!(String::from_utf8_lossy(&o.stdout).contains("fd-secret"), "fd control: {}", text(&o));
    let wrapped = format!("exec 7< {}/secret; exec {BIN} sandbox --cwd {} -- bash --noprofile --norc -c '{reader}'", s(&f.out), s(&f.ws));
    let o = unconfined(&f, &wrapped);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("fd-secret"), "fd leaked into the sandbox: {}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Bad file descriptor"), "fd: {}", text(&o));
}

/// A background loop that writes a heartbeat into `beat` every 50 ms.
const BEAT: &str = "while true; do date +%s%N > beat; sleep 0.05; done";

/// Whether the heartbeat in `ws` changes within a second.
fn still_beating(ws: &Path) -> bool {
    let a = read(&ws.join("beat"));
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(100));
        if read(&ws.join("beat")) != a {
            return true;
        }
    }
    false
}

#[test]
fn setsid_daemon_does_not_survive() {
    let Some(_serial) = ready("daemon") else {
        return;
    };
    let script = format!("(setsid bash --noprofile --norc -c 'echo $$ > pid; {BEAT}' > /dev/null 2>&1 < /dev/null &); sleep 0.3; exit 0");
    let control = fixture();
    let o = unconfined(&control, &script);
    let pid = read(&control.ws.join("pid")).trim().to_string();
    let survived = still_beating(&control.ws);
    // Stop the control daemon: a process this test started, by its own pid.
    let _ = Command::new("kill").args(["-KILL", &pid]).status();
    assert!(o.status.success() && survived, "daemon control did not survive unconfined: {}", text(&o));
    let f = fixture();
    let o = confined(&f, &script);
    assert!(o.status.success(), "daemon: {}", text(&o));
    assert!(f.ws.join("beat").exists(), "daemon never started: {}", text(&o));
    assert!(!still_beating(&f.ws), "daemon survived the sandbox");
}

#[test]
fn sigterm_ignorer_is_killed_on_timeout() {
    let Some(_serial) = ready("sigterm ignorer") else {
        return;
    };
    let script = format!("trap '' TERM; {BEAT}");
    let control = fixture();
    let mut c = Command::new("bash").args(["--noprofile", "--norc", "-c", &script]).current_dir(&control.ws).stdin(Stdio::null()).spawn().expect("spawn");
    std::thread::sleep(Duration::from_millis(300));
    let _ = Command::new("kill").args(["-TERM", &c.id().to_string()]).status();
    std::thread::sleep(Duration::from_millis(300));
    let alive = c.try_wait().expect("try_wait").is_none();
    let _ = c.kill();
    let _ = c.wait();
    assert!(alive, "control: the ignorer died of SIGTERM unconfined");
    let f = fixture();
    let start = Instant::now();
    let o = confined_with(&f, &["--timeout", "1"], &script);
    assert_eq!(o.status.code(), Some(124), "ignorer: {}", text(&o));
    assert!(start.elapsed() < Duration::from_secs(6), "ignorer: took {:?}", start.elapsed());
    assert!(!still_beating(&f.ws), "the SIGTERM ignorer survived");
}

#[test]
fn timeout_kills_the_tree() {
    let Some(_serial) = ready("timeout") else {
        return;
    };
    let f = fixture();
    let start = Instant::now();
    let o = confined_with(&f, &["--timeout", "0.5"], &format!("{BEAT} & sleep 30"));
    assert_eq!(o.status.code(), Some(124), "timeout: {}", text(&o));
    assert!(start.elapsed() < Duration::from_secs(5), "timeout: took {:?}", start.elapsed());
    assert!(!still_beating(&f.ws), "a background process survived the timeout");
}

fn host_processes() -> usize {
    std::fs::read_dir("/proc").map(|d| d.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().bytes().all(|b| b.is_ascii_digit())).count()).unwrap_or(0)
}

#[test]
fn fork_bomb_is_contained() {
    if !can_run("fork bomb") {
        return;
    }
    let _alone = SERIAL.write().unwrap_or_else(|e| e.into_inner());
    let o = Command::new(BIN).args(["doctor", "--format", "json"]).output().expect("doctor");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    if v["fork_bomb_guard"] != true {
        eprintln!("SKIP: fork bomb: no per-namespace pid_max and no pids cgroup here; never run a fork bomb uncontained");
        return;
    }
    // Control: a bounded loop of 20 forks works, unconfined and confined.
    let bounded = "for i in $(seq 20); do (true) & done; wait";
    let f = fixture();
    assert!(unconfined(&f, bounded).status.success(), "bounded fork control failed");
    assert!(confined(&f, bounded).status.success(), "bounded forks fail in the sandbox");
    let before = host_processes();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut max = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                max = max.max(host_processes());
                std::thread::sleep(Duration::from_millis(20));
            }
            max
        })
    };
    let start = Instant::now();
    let o = confined_with(&f, &["--timeout", "2"], "bomb() { bomb | bomb & }; bomb; sleep 30");
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let max = watcher.join().expect("watcher");
    assert_eq!(o.status.code(), Some(124), "fork bomb: {}", text(&o));
    assert!(start.elapsed() < Duration::from_secs(8), "fork bomb: took {:?}", start.elapsed());
    assert!(max < before + 900, "fork bomb: host processes rose from {before} to {max}");
    std::thread::sleep(Duration::from_millis(200));
    assert!(host_processes() < before + 50, "fork bomb: processes left behind");
}

#[test]
fn git_hooks_and_config_are_read_only() {
    let script = "echo evil > .git/hooks/pre-commit; echo evil >> .git/config; test -s .git/hooks/pre-commit && grep -q evil .git/config";
    let Some(_serial) = ready(".git protection") else {
        return;
    };
    let control = fixture();
    assert!(unconfined(&control, script).status.success(), "control: .git not writable unconfined");
    let f = fixture();
    let o = confined(&f, &format!("{script}; echo fine > ok.txt"));
    assert!(!f.ws.join(".git/hooks/pre-commit").exists(), "hook written: {}", text(&o));
    assert_eq!(read(&f.ws.join(".git/config")), "[core]\n", "config written: {}", text(&o));
    assert_eq!(read(&f.ws.join("ok.txt")), "fine\n", "the workspace itself must stay writable: {}", text(&o));
}

#[test]
fn rc_and_agent_config_files_are_read_only() {
    let Some(_serial) = ready("protected paths") else {
        return;
    };
    let setup = |f: &Fixture| {
        for d in [".claude", ".hardshell", ".vscode"] {
            std::fs::create_dir(f.ws.join(d)).expect("mkdir");
        }
        std::fs::write(f.ws.join(".claude/settings.json"), "{}").expect("write");
        std::fs::write(f.ws.join(".bashrc"), "# rc\n").expect("write");
    };
    let script = "echo evil >> .bashrc; echo evil > .claude/settings.json; echo evil > .hardshell/policy.toml; echo evil > .vscode/tasks.json; \
                  grep -q evil .bashrc && grep -q evil .claude/settings.json && test -s .hardshell/policy.toml && test -s .vscode/tasks.json";
    let control = fixture();
    setup(&control);
    assert!(unconfined(&control, script).status.success(), "control: protected paths not writable unconfined");
    let f = fixture();
    setup(&f);
    let o = confined(&f, script);
    assert_eq!(read(&f.ws.join(".bashrc")), "# rc\n", "{}", text(&o));
    assert_eq!(read(&f.ws.join(".claude/settings.json")), "{}", "{}", text(&o));
    assert!(!f.ws.join(".hardshell/policy.toml").exists() && !f.ws.join(".vscode/tasks.json").exists(), "{}", text(&o));
}

/// A protected path that is a symbolic link (`.git/hooks -> ../githooks`, a common way to track
/// hooks; `.envrc -> env/envrc`) protects what it points to: writing through the link, or to its
/// target inside the workspace, fails; a link replaced or re-pointed during the run is moved
/// aside afterwards.
#[test]
fn symlinked_protected_paths_are_read_only() {
    let Some(_serial) = ready("symlinked protected paths") else {
        return;
    };
    let setup = |f: &Fixture| {
        std::fs::create_dir(f.ws.join("githooks")).expect("mkdir");
        std::fs::write(f.ws.join("githooks/pre-commit"), "# hook\n").expect("write");
        std::fs::remove_dir(f.ws.join(".git/hooks")).expect("rmdir");
        std::os::unix::fs::symlink("../githooks", f.ws.join(".git/hooks")).expect("symlink");
        std::fs::create_dir(f.ws.join("env")).expect("mkdir");
        std::fs::write(f.ws.join("env/envrc"), "# env\n").expect("write");
        std::os::unix::fs::symlink("env/envrc", f.ws.join(".envrc")).expect("symlink");
    };
    let write = "echo evil >> .git/hooks/pre-commit; echo evil >> githooks/pre-commit; echo evil > .git/hooks/post-checkout; echo evil >> .envrc; echo evil >> env/envrc; \
                 grep -q evil githooks/pre-commit && test -s githooks/post-checkout && grep -q evil env/envrc";
    let control = fixture();
    setup(&control);
    assert!(unconfined(&control, write).status.success(), "control: the link targets are not writable unconfined");
    let f = fixture();
    setup(&f);
    let o = confined(&f, &format!("{write}; echo fine > ok.txt"));
    assert_eq!(read(&f.ws.join("githooks/pre-commit")), "# hook\n", "hook written through the link: {}", text(&o));
    assert!(!f.ws.join("githooks/post-checkout").exists(), "hook planted through the link: {}", text(&o));
    assert_eq!(read(&f.ws.join("env/envrc")), "# env\n", ".envrc written through the link: {}", text(&o));
    assert_eq!(read(&f.ws.join("ok.txt")), "fine\n", "the workspace itself must stay writable: {}", text(&o));
    // Re-pointing the links (a new inode each) at writable files is undone after the run.
    let repoint = "mkdir evilhooks && echo evil > evilhooks/pre-commit && ln -sfn ../evilhooks .git/hooks && echo evil > evilrc && ln -sf evilrc .envrc";
    let control = fixture();
    setup(&control);
    let o = unconfined(&control, repoint);
    assert!(o.status.success() && read(&control.ws.join(".envrc")) == "evil\n", "control: links not re-pointable unconfined: {}", text(&o));
    let f = fixture();
    setup(&f);
    let o = confined(&f, repoint);
    for p in [".git/hooks", ".envrc"] {
        assert_eq!(quarantined(&f.ws.join(p)), 1, "re-pointed `{p}` not moved aside: {}", text(&o));
        assert!(!f.ws.join(p).exists(), "re-pointed `{p}` survived the run: {}", text(&o));
    }
}

#[test]
fn git_dir_cannot_be_moved() {
    let Some(_serial) = ready("mv .git") else {
        return;
    };
    let control = fixture();
    assert!(unconfined(&control, "mv .git x").status.success(), "control: mv .git failed unconfined");
    let f = fixture();
    let o = confined(&f, "mv .git x || { rm -rf .git && mkdir .git; }");
    assert!(f.ws.join(".git/hooks").is_dir() && !f.ws.join("x").exists(), ".git moved or replaced: {}", text(&o));
}

/// Files named `NAME.hardshell-quarantine-*` beside `p`.
fn quarantined(p: &Path) -> usize {
    let name = format!("{}.hardshell-quarantine-", p.file_name().expect("name").to_string_lossy());
    std::fs::read_dir(p.parent().expect("parent")).map(|d| d.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().starts_with(&name)).count()).unwrap_or(0)
}

/// Protected paths that do not exist when the command starts cannot be bound read-only: what the
/// command creates there (git's `commondir` pointing at an attacker's config, agent settings,
/// hardshell's own policy, an MCP server list) is moved aside when the run ends (issue 3 review finding 1).
#[test]
fn planted_protected_paths_are_moved_aside() {
    let Some(_serial) = ready("planted protected paths") else {
        return;
    };
    let planted = [".git/commondir", ".git/config.worktree", ".claude/settings.json", ".hardshell/policy.toml", ".mcp.json", ".envrc"];
    let script = "printf evil > .git/commondir && mkdir -p .git/evil && echo '[core]' > .git/evil/config && echo x > .git/config.worktree && \
                  mkdir .claude .hardshell && echo '{}' > .claude/settings.json && echo x > .hardshell/policy.toml && echo '{}' > .mcp.json && \
                  echo x > .envrc && echo fine > ok.txt";
    let control = fixture();
    let o = unconfined(&control, script);
    assert!(o.status.success() && planted.iter().all(|p| control.ws.join(p).exists()), "control: {}", text(&o));
    let f = fixture();
    let o = confined(&f, script);
    assert!(o.status.success(), "the command itself may write there (it is moved aside afterwards): {}", text(&o));
    for p in planted {
        assert!(!f.ws.join(p).exists(), "`{p}` survived the run: {}", text(&o));
    }
    for p in [".git/commondir", ".git/config.worktree", ".claude", ".hardshell", ".mcp.json", ".envrc"] {
        assert_eq!(quarantined(&f.ws.join(p)), 1, "`{p}` not moved aside: {}", text(&o));
    }
    assert!(String::from_utf8_lossy(&o.stderr).contains("blocked write"), "not reported: {}", text(&o));
    assert_eq!(read(&f.ws.join("ok.txt")), "fine\n", "{}", text(&o));
    assert_eq!(read(&f.ws.join(".git/config")), "[core]\n");
}

/// The whole chain of issue 3 review findings 1-2: a planted `.git/commondir` made git outside the
/// sandbox read the attacker's config and run its `core.fsmonitor` on `git status`.
#[test]
fn planted_commondir_does_not_survive_the_run() {
    let Some(_serial) = ready("planted commondir") else {
        return;
    };
    let git_status = |f: &Fixture| {
        let o = Command::new("git").args(["status", "--short"]).current_dir(&f.ws).env("HOME", &f.out).env("GIT_CONFIG_NOSYSTEM", "1").output().expect("git");
        (o, f.out.join("PWNED").exists())
    };
    let setup = |f: &Fixture| {
        std::fs::remove_file(f.ws.join(".git/config")).expect("rm");
        let o = Command::new("git").args(["init", "-q"]).current_dir(&f.ws).env("HOME", &f.out).env("GIT_CONFIG_NOSYSTEM", "1").output().expect("git init");
        assert!(o.status.success(), "git init: {}", text(&o));
    };
    let plant = |f: &Fixture| {
        format!("printf evil > .git/commondir && mkdir -p .git/evil/objects .git/evil/refs && printf '[core]\\n\\tfsmonitor = \"touch {}/PWNED; false\"\\n' > .git/evil/config", s(&f.out))
    };
    let control = fixture();
    setup(&control);
    let o = unconfined(&control, &plant(&control));
    let (st, pwned) = git_status(&control);
    assert!(o.status.success() && pwned, "control: git did not run the planted fsmonitor: {}\n{}", text(&o), text(&st));
    let f = fixture();
    setup(&f);
    let o = confined(&f, &plant(&f));
    let (st, pwned) = git_status(&f);
    assert!(!pwned, "git outside the sandbox ran code planted by the sandboxed command: {}\n{}", text(&o), text(&st));
    assert!(st.status.success() && !f.ws.join(".git/commondir").exists(), "{}\n{}", text(&o), text(&st));
}

/// Existing git control paths beyond hooks and config are read-only too, in submodule git
/// directories as well, and a submodule git directory cannot be moved to make room for a new one.
#[test]
fn git_control_paths_are_read_only() {
    let Some(_serial) = ready("git control paths") else {
        return;
    };
    let setup = |f: &Fixture| {
        for d in [".git/info", ".git/worktrees/w", ".git/modules/sub/hooks"] {
            std::fs::create_dir_all(f.ws.join(d)).expect("mkdir");
        }
        std::fs::write(f.ws.join(".git/modules/sub/HEAD"), "ref: refs/heads/main\n").expect("write");
        std::fs::write(f.ws.join(".git/modules/sub/config"), "[core]\n").expect("write");
    };
    let script = "echo '* filter=evil' > .git/info/attributes; echo x > .git/worktrees/w/commondir; echo evil >> .git/modules/sub/config; \
                  echo evil > .git/modules/sub/hooks/post-checkout; mv .git/modules/sub .git/modules/old; \
                  test -s .git/info/attributes && test -s .git/worktrees/w/commondir && test -d .git/modules/old";
    let control = fixture();
    setup(&control);
    assert!(unconfined(&control, script).status.success(), "control: git control paths not writable unconfined");
    let f = fixture();
    setup(&f);
    let o = confined(&f, script);
    assert!(!f.ws.join(".git/info/attributes").exists() && !f.ws.join(".git/worktrees/w/commondir").exists(), "{}", text(&o));
    assert_eq!(read(&f.ws.join(".git/modules/sub/config")), "[core]\n", "{}", text(&o));
    assert!(!f.ws.join(".git/modules/sub/hooks/post-checkout").exists() && !f.ws.join(".git/modules/old").exists(), "{}", text(&o));
}

#[test]
fn workspace_and_write_roots_work_and_status_passes_through() {
    let Some(_serial) = ready("workspace") else {
        return;
    };
    let f = fixture();
    let extra = f.out.join("cache");
    std::fs::create_dir(&extra).expect("mkdir");
    let script = format!("echo data > w.txt && chmod 600 w.txt && echo c > {}/c.txt && echo t > /tmp/t && cat w.txt /tmp/t && echo err >&2; exit 3", s(&extra));
    let o = confined_with(&f, &["--write", s(&extra)], &script);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "data\nt\n");
    assert_eq!(String::from_utf8_lossy(&o.stderr), "err\n");
    assert_eq!(read(&extra.join("c.txt")), "c\n");
    assert_eq!(std::fs::metadata(f.ws.join("w.txt")).expect("w.txt").mode() & 0o777, 0o600);
}

/// A program that cannot be executed is reported as such (exit 126 with the reason), not as the
/// command's own status: the exec error travels back from the command process after fd 0 has
/// become /dev/null.
#[test]
fn exec_failure_is_reported() {
    let Some(_serial) = ready("exec failure") else {
        return;
    };
    let f = fixture();
    let missing = f.ws.join("no-such-program");
    let o = Command::new(BIN).args(["sandbox", "--cwd", s(&f.ws), "--", s(&missing)]).stdin(Stdio::null()).output().expect("run");
    assert_eq!(o.status.code(), Some(126), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("No such file or directory"), "{}", text(&o));
}

/// Each process's private memory is limited (RLIMIT_DATA: this machine's memory controller is on
/// cgroup v1 only, see `hardshell doctor`): an allocation above the limit fails in the sandbox
/// and works without it. Run through the library with a small limit, so the control stays
/// harmless (128 MiB).
#[test]
fn memory_is_limited() {
    let Some(_serial) = ready("memory limit") else {
        return;
    };
    let grab = "python3 -c 'b = bytearray(128 << 20); print(len(b))'";
    let f = fixture();
    let o = unconfined(&f, grab);
    assert!(o.status.success() && String::from_utf8_lossy(&o.stdout).contains("134217728"), "control: {}", text(&o));
    let mut spec = hardshell_sandbox::ExecSpec::new("bash", ["--noprofile", "--norc", "-c", grab].map(String::from).to_vec(), &f.ws);
    spec.env = hardshell_sandbox::scrub_env(std::env::vars());
    spec.timeout = Duration::from_secs(20);
    spec.limits.data_bytes = 64 << 20;
    let helper = hardshell_sandbox::Helper { exe: PathBuf::from(env!("CARGO_BIN_EXE_hardshell-exec")), args: vec![], fork: true };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let o = hardshell_sandbox::run(&spec, &helper, &mut out, &mut err).expect("run confined");
    let err = String::from_utf8_lossy(&err);
    assert!(o.status != hardshell_sandbox::Status::Exited(0) && err.contains("MemoryError"), "128 MiB allocated under a 64 MiB limit: {o:?} {err}");
    // The default limit leaves ordinary commands alone.
    let o = confined(&f, grab);
    assert!(o.status.success() && String::from_utf8_lossy(&o.stdout).contains("134217728"), "default limit: {}", text(&o));
}

#[test]
fn output_is_capped() {
    let Some(_serial) = ready("output cap") else {
        return;
    };
    let f = fixture();
    let mut child = Command::new(BIN)
        .args(["sandbox", "--cwd", s(&f.ws), "--output-cap", "1000", "--", "bash", "--noprofile", "--norc", "-c", "head -c 20000000 /dev/zero"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = Vec::new();
    child.stdout.take().expect("stdout").read_to_end(&mut out).expect("read");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(out.len(), 1000);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("truncated"));
}

#[test]
fn run_refuses_deny_and_unconfirmed_ask_and_runs_allow() {
    let Some(_serial) = ready("run") else {
        return;
    };
    let f = fixture();
    let run = |cmd: &str| Command::new(BIN).args(["run", "--cwd", s(&f.ws), "--", cmd]).env("XDG_STATE_HOME", &f.state).stdin(Stdio::null()).output().expect("run");
    let o = run("rm -rf ~");
    assert_eq!(o.status.code(), Some(77), "deny: {}", text(&o));
    let o = run("curl https://example.com/data.json");
    assert_eq!(o.status.code(), Some(77), "ask without a terminal: {}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no terminal"), "{}", text(&o));
    let o = run("ls -la");
    assert_eq!(o.status.code(), Some(0), "allow: {}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(".git"), "{}", text(&o));
    // Each decision, the refused ask and the run are in the audit log.
    let log = read(&f.state.join("hardshell/audit.jsonl"));
    let records: Vec<serde_json::Value> = log.lines().map(|l| serde_json::from_str(l).expect("audit line")).collect();
    let kinds: Vec<&str> = records.iter().filter_map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds, ["context_loaded", "verdict", "context_loaded", "verdict", "approval", "context_loaded", "verdict", "exec"], "{log}");
    let decisions: Vec<&str> = records.iter().filter_map(|r| r["decision"].as_str()).collect();
    assert_eq!(decisions, ["deny", "ask", "allow"], "{log}");
    assert_eq!((records[4]["granted"].as_bool(), records[4]["by"].as_str()), (Some(false), Some("no_person")), "{log}");
    assert_eq!((records[7]["status"].as_str(), records[7]["exit_code"].as_i64()), (Some("exited"), Some(0)), "{log}");
}

/// `hardshell run` on a terminal (a pty from `script`): ask prompts, "n" refuses, "y" runs confined.
#[test]
fn run_asks_on_a_terminal() {
    let Some(_serial) = ready("run ask") else {
        return;
    };
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("SKIP: run ask: `script` (util-linux) is not installed, no pty to ask on");
        return;
    }
    let f = fixture();
    let ask = |answer: &str| {
        let inner = format!("{BIN} run --cwd {} -- 'touch made-by-run'", s(&f.ws));
        let mut c = Command::new("script").args(["-qec", &inner, "/dev/null"]).env("XDG_STATE_HOME", &f.state).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("script");
        std::io::Write::write_all(&mut c.stdin.take().expect("stdin"), answer.as_bytes()).expect("answer");
        c.wait_with_output().expect("wait")
    };
    let o = ask("n\n");
    assert!(String::from_utf8_lossy(&o.stdout).contains("run it confined?"), "no prompt: {}", text(&o));
    assert_eq!(o.status.code(), Some(77), "n must refuse: {}", text(&o));
    assert!(!f.ws.join("made-by-run").exists());
    let o = ask("y\n");
    assert_eq!(o.status.code(), Some(0), "y must run: {}", text(&o));
    assert!(f.ws.join("made-by-run").exists(), "y did not run the command: {}", text(&o));
    // The person's answers are recorded: no, then yes (once).
    let log = read(&f.state.join("hardshell/audit.jsonl"));
    let approvals: Vec<serde_json::Value> = log.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).expect("audit line")).filter(|r| r["kind"] == "approval").collect();
    let answers: Vec<(Option<bool>, Option<&str>, Option<&str>)> = approvals.iter().map(|a| (a["granted"].as_bool(), a["by"].as_str(), a["scope"].as_str())).collect();
    assert_eq!(answers, [(Some(false), Some("person"), Some("once")), (Some(true), Some("person"), Some("once"))], "{log}");
}

/// The caller's terminal must not be readable (keystrokes, passwords typed at prompts): the
/// command gets a minimal /dev without /dev/pts/N, consoles or virtual terminals (issue 3 review
/// finding 4). The terminal here is a pty this test creates with `script`.
#[test]
fn caller_terminal_is_not_readable() {
    let Some(_serial) = ready("terminal") else {
        return;
    };
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("SKIP: terminal: `script` (util-linux) is not installed, no pty to test with");
        return;
    }
    let f = fixture();
    let name = f.out.join("ttyname");
    let inner = format!("tty > {}; sleep 20", s(&name));
    let mut pty = Command::new("script").args(["-qec", &inner, "/dev/null"]).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("script");
    let start = Instant::now();
    while !read(&name).starts_with("/dev/pts/") && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let tty = read(&name).trim().to_string();
    let open = format!("perl -e 'open(my $f, \"<\", $ARGV[0]) or exit 1; exit 0' {tty}");
    let control = unconfined(&f, &open);
    let o = confined(&f, &open);
    let consoles = confined(&f, "for d in /dev/console /dev/tty0 /dev/tty1 /dev/ptmx /dev/kmsg /dev/pts/0; do test -e $d && echo $d; done; exit 0");
    let devices = confined(&f, "echo x > /dev/null && head -c1 /dev/urandom > /dev/null && test -z \"$(head -c1 /dev/zero | tr -d '\\0')\" && echo err > /dev/stderr && test -d /dev/fd/ && echo s > /dev/shm/s && cat /dev/shm/s");
    // Stop the pty: a process this test started.
    let _ = pty.kill();
    let _ = pty.wait();
    assert!(tty.starts_with("/dev/pts/") && control.status.success(), "terminal control: `{tty}` not readable unconfined: {}", text(&control));
    assert!(!o.status.success(), "the sandbox opened the caller's terminal `{tty}`: {}", text(&o));
    assert_eq!(String::from_utf8_lossy(&consoles.stdout), "", "terminals or consoles visible in the sandbox: {}", text(&consoles));
    assert!(devices.status.success() && String::from_utf8_lossy(&devices.stdout) == "s\n", "the usual devices must work: {}", text(&devices));
}

/// `hardshell` alone (no `hardshell-exec` beside it) runs commands with the same confinement: a
/// single-threaded caller forks its helper and needs no helper executable.
#[test]
fn hardshell_alone_is_enough() {
    let Some(_serial) = ready("hardshell alone") else {
        return;
    };
    let f = fixture();
    let alone = f.out.join("bin");
    std::fs::create_dir(&alone).expect("mkdir");
    let exe = alone.join("hardshell");
    if std::fs::hard_link(BIN, &exe).is_err() {
        std::fs::copy(BIN, &exe).expect("copy hardshell");
    }
    assert!(!alone.join("hardshell-exec").exists());
    let o = Command::new(&exe).args(["sandbox", "--cwd", s(&f.ws), "--", "bash", "--noprofile", "--norc", "-c", "echo ok > w; cat w; touch /etc/hardshell-nope; unshare -U true"]).stdin(Stdio::null()).output().expect("run");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "ok\n", "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Read-only file system"), "{}", text(&o));
    assert_escape("hardshell alone", &o, "unshare");
}

/// A caller with more than one thread must not fork its helper (the child could inherit a lock
/// another thread holds): it starts the helper executable instead (`hardshell-exec`, or
/// `hardshell __exec`), with the same confinement. This test process is the caller, with a
/// second thread alive for the whole test; init's command line shows which helper ran.
#[test]
fn multithreaded_caller_starts_the_helper_executable() {
    let Some(_serial) = ready("exec helper") else {
        return;
    };
    let (keep, parked) = std::sync::mpsc::channel::<()>();
    let second = std::thread::spawn(move || parked.recv());
    let small = env!("CARGO_BIN_EXE_hardshell-exec");
    let helpers = [(small, vec![]), (BIN, vec!["__exec".to_string()])];
    for (exe, args) in helpers {
        let f = fixture();
        let script = "tr '\\0' ' ' < /proc/1/cmdline; echo; echo ok > w; touch /etc/hardshell-nope; unshare -U true";
        let mut spec = hardshell_sandbox::ExecSpec::new("bash", ["--noprofile", "--norc", "-c", script].map(String::from).to_vec(), &f.ws);
        spec.env = hardshell_sandbox::scrub_env(std::env::vars());
        spec.timeout = Duration::from_secs(20);
        let helper = hardshell_sandbox::Helper { exe: PathBuf::from(exe), args: args.clone(), fork: true };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let o = hardshell_sandbox::run(&spec, &helper, &mut out, &mut err).expect("run confined");
        let (out, err) = (String::from_utf8_lossy(&out), String::from_utf8_lossy(&err));
        let init = out.lines().next().unwrap_or_default();
        assert_eq!(init.trim_end(), std::iter::once(exe.to_string()).chain(args).collect::<Vec<_>>().join(" "), "{exe}: init is not the helper executable: {out} {err}");
        assert_eq!(read(&f.ws.join("w")), "ok\n", "{exe}: {out} {err}");
        assert!(err.contains("Read-only file system"), "{exe}: {err}");
        assert!(o.escape.as_deref().is_some_and(|e| e.starts_with("unshare")), "{exe}: {o:?} {err}");
    }
    drop(keep);
    let _ = second.join();
}

/// A forked helper holds a copy of the caller's memory and environment (an agent's API keys),
/// and so does init: the command can read neither (init is not dumpable, the command has no
/// capability, and ptrace is killed). Control: unconfined, a process reads its parent's.
#[test]
fn init_memory_and_environment_are_unreadable() {
    let Some(_serial) = ready("init memory") else {
        return;
    };
    let f = fixture();
    let mark = ("HARDSHELL_INIT_MARK", "hardshell-init-secret-71c3");
    let script = "exec 3< /proc/{P}/mem && echo mem-readable; tr '\\0' '\\n' < /proc/{P}/environ; echo ran";
    // The inner bash reads the outer one, which holds the mark (`; true`: no exec into the inner).
    let mut c = Command::new("bash");
    c.args(["--noprofile", "--norc", "-c", "bash --noprofile --norc -c \"$INNER\"; true"]).env("INNER", script.replace("{P}", "$PPID"));
    let o = c.current_dir(&f.ws).env(mark.0, mark.1).stdin(Stdio::null()).output().expect("control");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("mem-readable") && out.contains(mark.1), "control: a process could not read its parent's memory and environment: {}", text(&o));
    let o = Command::new(BIN).args(["sandbox", "--cwd", s(&f.ws), "--", "bash", "--noprofile", "--norc", "-c", &script.replace("{P}", "1")]).env(mark.0, mark.1).stdin(Stdio::null()).output().expect("run");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("ran"), "{}", text(&o));
    assert!(!out.contains("mem-readable") && !out.contains(mark.1), "init's memory or environment is readable in the sandbox: {}", text(&o));
}

#[test]
fn doctor_reports_each_layer() {
    let o = Command::new(BIN).args(["doctor", "--format", "json"]).output().expect("doctor");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    for k in ["landlock_abi", "seccomp_user_notif", "pid_namespaces", "cgroup_v2", "pids_cgroup", "memory_controller", "memory_limit", "ready", "gaps"] {
        assert!(v.get(k).is_some(), "doctor json lacks `{k}`: {v}");
    }
    assert_eq!(o.status.code(), Some(if v["ready"] == true { 0 } else { 71 }));
    // Never a claim of full confinement; what is not covered is named (issue 3 review finding 6).
    let o = Command::new(BIN).arg("doctor").output().expect("doctor");
    let human = String::from_utf8_lossy(&o.stdout);
    assert!(!human.contains("fully") && human.contains("not covered") && human.contains("--net"), "{human}");
}

/// Kernel interfaces are never writable roots: a usage error, before anything runs (issue 3
/// review finding 6).
#[test]
fn kernel_dirs_cannot_be_writable() {
    let f = fixture();
    for dir in ["/proc/self", "/sys/kernel", "/dev", "/dev/shm"] {
        if !Path::new(dir).is_dir() {
            continue;
        }
        let o = Command::new(BIN).args(["sandbox", "--cwd", s(&f.ws), "--write", dir, "--", "true"]).stdin(Stdio::null()).output().expect("run");
        assert_eq!(o.status.code(), Some(64), "--write {dir}: {}", text(&o));
        assert!(String::from_utf8_lossy(&o.stderr).contains("cannot be writable"), "--write {dir}: {}", text(&o));
    }
}
