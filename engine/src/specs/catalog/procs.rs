//! Processes: signals (kill, pkill, killall), priorities, listings and monitors (ps, pgrep, lsof,
//! top, free ...) and memory dumps.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Special, Val};

#[rustfmt::skip]
const KILL_FLAGS: &[Flag] = &[
    f(&["-s", "--signal"], Val::Req, Eff::None), f(&["-q", "--queue"], Val::Req, Eff::None), f(&["--timeout"], Val::Req, Eff::None), f(&["-n"], Val::Req, Eff::None),
    f(&["-l", "--list"], Val::Opt, Eff::None), f(&["-L", "--table"], Val::Opt, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- processes
    Spec {
        names: &["kill"],
        class: Class::Signal,
        pos: Pos::Opaque,
        special: Special::Kill,
        flags: KILL_FLAGS,
        note: "`kill -9 -1` signals every process; `-l` only lists signals",
        ..Spec::D
    },
    Spec {
        names: &["pkill"],
        class: Class::Signal,
        pos: Pos::Opaque,
        special: Special::Kill,
        flags: &[
            f(&["-v", "--inverse"], Val::No, Eff::Force),
            f(&["-F", "--pidfile"], Val::Req, Eff::ReadValue),
            f(&["-u", "--euid"], Val::Req, Eff::None), f(&["-U", "--uid"], Val::Req, Eff::None), f(&["-g", "--pgroup"], Val::Req, Eff::None), f(&["-G", "--group"], Val::Req, Eff::None), f(&["-P", "--parent"], Val::Req, Eff::None), f(&["-t", "--terminal"], Val::Req, Eff::None), f(&["-s", "--session"], Val::Req, Eff::None), f(&["-r", "--runstates"], Val::Req, Eff::None), f(&["-O", "--older"], Val::Req, Eff::None), f(&["-q", "--queue"], Val::Req, Eff::None), f(&["--signal", "--ns", "--nslist", "--cgroup", "--env"], Val::Req, Eff::None),
            f(&["-f", "--full"], Val::No, Eff::None), f(&["-x", "--exact"], Val::No, Eff::None), f(&["-n", "--newest"], Val::No, Eff::None), f(&["-o", "--oldest"], Val::No, Eff::None), f(&["-e", "--echo"], Val::No, Eff::None), f(&["-i", "--ignore-case"], Val::No, Eff::None), f(&["-c", "--count"], Val::No, Eff::None), f(&["-A", "--ignore-ancestors"], Val::No, Eff::None), f(&["-H", "--require-handler"], Val::No, Eff::None),
        ],
        note: "the operand is a pattern; -f matches whole command lines; -v inverts the match (kills everything else)",
        ..Spec::D
    },
    Spec {
        names: &["killall", "killall5"],
        class: Class::Signal,
        pos: Pos::Opaque,
        special: Special::Kill,
        flags: &[
            f(&["-s", "--signal"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-o", "--older-than"], Val::Req, Eff::None), f(&["-y", "--younger-than"], Val::Req, Eff::None), f(&["-n", "--ns"], Val::Req, Eff::None), f(&["-Z", "--context"], Val::Req, Eff::None),
            f(&["-e", "--exact"], Val::No, Eff::None), f(&["-g", "--process-group"], Val::No, Eff::None), f(&["-I", "--ignore-case"], Val::No, Eff::None), f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-r", "--regexp"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-w", "--wait"], Val::No, Eff::None), f(&["-l", "--list"], Val::No, Eff::None),
        ],
        note: "killall5 (and killall on System V) signals every process",
        ..Spec::D
    },
    Spec {
        names: &["renice"],
        class: Class::Signal,
        pos: Pos::Opaque,
        flags: &[f(&["-n", "--priority"], Val::Req, Eff::None), f(&["--relative"], Val::Req, Eff::None)],
        note: "changes the priority of other processes (-p/-g/-u select pids, groups or users)",
        ..Spec::D
    },
    Spec {
        names: &["ionice", "chrt", "taskset"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-n", "--classdata"], Val::Req, Eff::None), f(&["-c", "--class"], Val::Req, Eff::None), f(&["-P", "--pgid"], Val::Req, Eff::None), f(&["-u", "--uid"], Val::Req, Eff::None), f(&["-p", "--pid"], Val::Req, Eff::None),
            f(&["--core", "--cpu", "--data", "--fsize", "--locks", "--memlock", "--msgqueue", "--nice", "--nofile", "--nproc", "--rss", "--rtprio", "--rttime", "--sigpending", "--stack", "--as"], Val::Opt, Eff::None),
        ],
        note: "run the command with another I/O class, scheduling policy or CPU affinity; chrt PRIO / taskset MASK come first; with -p they change an existing process",
        ..Spec::D
    },
    Spec {
        names: &["prlimit"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[
            f(&["-p", "--pid"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None),
            f(&["--core", "--cpu", "--data", "--fsize", "--locks", "--memlock", "--msgqueue", "--nice", "--nofile", "--nproc", "--rss", "--rtprio", "--rttime", "--sigpending", "--stack", "--as"], Val::Opt, Eff::None),
        ],
        note: "runs the command with other resource limits (or changes --pid's); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    Spec {
        names: &["ps"],
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-O", "--format"], Val::Req, Eff::None), f(&["-p", "--pid"], Val::Req, Eff::None), f(&["-U", "--user"], Val::Req, Eff::None), f(&["-G", "--group"], Val::Req, Eff::None), f(&["-t", "--tty"], Val::Req, Eff::None), f(&["-q", "--quick-pid"], Val::Req, Eff::None), f(&["-s", "--sid"], Val::Req, Eff::None), f(&["-k", "--ppid"], Val::Req, Eff::None), f(&["--sort", "--cols", "--columns", "--width", "--rows", "--lines"], Val::Req, Eff::None), f(&["-o", "-u", "-g", "-C"], Val::Req, Eff::None),
        ],
        note: "BSD-style operands (`ps aux`) are option letters; command lines of other users' processes may show secrets",
        ..Spec::D
    },
    Spec {
        names: &["pgrep", "pidof", "pstree", "pwdx", "pmap"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-F", "--pidfile"], Val::Req, Eff::ReadValue),
            f(&["-u", "--euid"], Val::Req, Eff::None), f(&["-U", "--uid"], Val::Req, Eff::None), f(&["-g", "--pgroup"], Val::Req, Eff::None), f(&["-G", "--group"], Val::Req, Eff::None), f(&["-P", "--parent"], Val::Req, Eff::None), f(&["-t", "--terminal"], Val::Req, Eff::None), f(&["-s", "--session"], Val::Req, Eff::None), f(&["-d", "--delimiter"], Val::Req, Eff::None), f(&["-r", "--runstates"], Val::Req, Eff::None), f(&["-O", "--older"], Val::Req, Eff::None), f(&["--ns", "--nslist"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["fuser"],
        class: Class::Signal,
        pos: Pos::Opaque,
        flags: &[
            f(&["-k", "--kill"], Val::No, Eff::None), f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-m", "--mount"], Val::No, Eff::None), f(&["-M", "--ismountpoint"], Val::No, Eff::None), f(&["-a", "--all"], Val::No, Eff::None), f(&["-u", "--user"], Val::No, Eff::None), f(&["-s", "--silent"], Val::No, Eff::None), f(&["-w"], Val::No, Eff::None),
            f(&["-n", "--namespace"], Val::Req, Eff::None),
        ],
        note: "with -k it kills every process using the files/ports (the usual use); without -k it only lists them",
        ..Spec::D
    },
    Spec {
        names: &["lsof"],
        pos: Pos::Read,
        gnu: false,
        flags: &[
            f(&["-p", "-u", "-c", "-d"], Val::Req, Eff::None),
            f(&["-i", "-g", "-s", "-T", "-F", "-r", "+r", "-E", "+E"], Val::Opt, Eff::None),
            f(&["-k", "+D", "+d"], Val::Req, Eff::ReadValue),
        ],
        ..Spec::D
    },
    Spec {
        names: &["top"],
        pos: Pos::Opaque,
        flags: &[f(&["-n", "-d", "-p", "-u", "-U", "-o", "-E", "-e"], Val::Req, Eff::None), f(&["-w"], Val::Opt, Eff::None)],
        note: "interactive keys can kill/renice; without a terminal use -b",
        ..Spec::D
    },
    Spec {
        names: &["htop", "btop", "btm", "atop", "glances", "iotop", "nethogs", "iftop", "bmon", "nvtop"],
        pos: Pos::Opaque,
        gnu: false,
        note: "interactive monitors; htop/btop can send signals from the UI",
        ..Spec::D
    },
    Spec {
        names: &["free", "uptime", "vmstat", "iostat", "mpstat", "pidstat", "sar", "tload", "slabtop", "nstat"],
        pos: Pos::Opaque,
        flags: &[f(&["-s", "--seconds"], Val::Req, Eff::None), f(&["-c", "--count"], Val::Req, Eff::None), f(&["-p"], Val::Req, Eff::None), f(&["-o"], Val::Req, Eff::WriteValue)],
        note: "`sar -o FILE` writes a data file",
        ..Spec::D
    },
    Spec {
        names: &["gcore"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        flags: &[f(&["-o"], Val::Req, Eff::WriteValue), f(&["-a"], Val::No, Eff::None)],
        note: "dumps another process's memory (its secrets) to a core file",
        ..Spec::D
    },
];
