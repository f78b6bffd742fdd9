//! Processes: signals (kill, pkill, killall), priorities, listings and monitors (ps, pgrep, lsof,
//! top, free ...) and memory dumps.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Special, Val};

#[rustfmt::skip]
const KILL_FLAGS: &[Flag] = &[
    f(names!["-s", "--signal"], Val::Req, Eff::None), f(names!["-q", "--queue"], Val::Req, Eff::None), f(names!["--timeout"], Val::Req, Eff::None), f(names!["-n"], Val::Req, Eff::None),
    f(names!["-l", "--list"], Val::Opt, Eff::None), f(names!["-L", "--table"], Val::Opt, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- processes
    Spec {
        names: names!["kill"],
        class: Class::Signal,
        pos: Pos::Opaque,
        special: Special::Kill,
        flags: KILL_FLAGS,
        note: "`kill -9 -1` signals every process; `-l` only lists signals",
        ..Spec::D
    },
    Spec {
        names: names!["pkill"],
        class: Class::Signal,
        pos: Pos::Opaque,
        special: Special::Kill,
        flags: &[
            f(names!["-v", "--inverse"], Val::No, Eff::Force),
            f(names!["-F", "--pidfile"], Val::Req, Eff::ReadValue),
            f(names!["-u", "--euid"], Val::Req, Eff::None), f(names!["-U", "--uid"], Val::Req, Eff::None), f(names!["-g", "--pgroup"], Val::Req, Eff::None), f(names!["-G", "--group"], Val::Req, Eff::None), f(names!["-P", "--parent"], Val::Req, Eff::None), f(names!["-t", "--terminal"], Val::Req, Eff::None), f(names!["-s", "--session"], Val::Req, Eff::None), f(names!["-r", "--runstates"], Val::Req, Eff::None), f(names!["-O", "--older"], Val::Req, Eff::None), f(names!["-q", "--queue"], Val::Req, Eff::None), f(names!["--signal", "--ns", "--nslist", "--cgroup", "--env"], Val::Req, Eff::None),
            f(names!["-f", "--full"], Val::No, Eff::None), f(names!["-x", "--exact"], Val::No, Eff::None), f(names!["-n", "--newest"], Val::No, Eff::None), f(names!["-o", "--oldest"], Val::No, Eff::None), f(names!["-e", "--echo"], Val::No, Eff::None), f(names!["-i", "--ignore-case"], Val::No, Eff::None), f(names!["-c", "--count"], Val::No, Eff::None), f(names!["-A", "--ignore-ancestors"], Val::No, Eff::None), f(names!["-H", "--require-handler"], Val::No, Eff::None),
        ],
        note: "the operand is a pattern; -f matches whole command lines; -v inverts the match (kills everything else)",
        ..Spec::D
    },
    Spec {
        names: names!["killall", "killall5"],
        class: Class::Signal,
        pos: Pos::Opaque,
        special: Special::Kill,
        flags: &[
            f(names!["-s", "--signal"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-o", "--older-than"], Val::Req, Eff::None), f(names!["-y", "--younger-than"], Val::Req, Eff::None), f(names!["-n", "--ns"], Val::Req, Eff::None), f(names!["-Z", "--context"], Val::Req, Eff::None),
            f(names!["-e", "--exact"], Val::No, Eff::None), f(names!["-g", "--process-group"], Val::No, Eff::None), f(names!["-I", "--ignore-case"], Val::No, Eff::None), f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-r", "--regexp"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-w", "--wait"], Val::No, Eff::None), f(names!["-l", "--list"], Val::No, Eff::None),
        ],
        note: "killall5 (and killall on System V) signals every process",
        ..Spec::D
    },
    Spec {
        names: names!["renice"],
        class: Class::Signal,
        pos: Pos::Opaque,
        flags: &[f(names!["-n", "--priority"], Val::Req, Eff::None), f(names!["--relative"], Val::Req, Eff::None)],
        note: "changes the priority of other processes (-p/-g/-u select pids, groups or users)",
        ..Spec::D
    },
    Spec {
        names: names!["ionice", "chrt", "taskset"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-n", "--classdata"], Val::Req, Eff::None), f(names!["-c", "--class"], Val::Req, Eff::None), f(names!["-P", "--pgid"], Val::Req, Eff::None), f(names!["-u", "--uid"], Val::Req, Eff::None), f(names!["-p", "--pid"], Val::Req, Eff::None),
            f(names!["--core", "--cpu", "--data", "--fsize", "--locks", "--memlock", "--msgqueue", "--nice", "--nofile", "--nproc", "--rss", "--rtprio", "--rttime", "--sigpending", "--stack", "--as"], Val::Opt, Eff::None),
        ],
        note: "run the command with another I/O class, scheduling policy or CPU affinity; chrt PRIO / taskset MASK come first; with -p they change an existing process",
        ..Spec::D
    },
    Spec {
        names: names!["prlimit"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[
            f(names!["-p", "--pid"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None),
            f(names!["--core", "--cpu", "--data", "--fsize", "--locks", "--memlock", "--msgqueue", "--nice", "--nofile", "--nproc", "--rss", "--rtprio", "--rttime", "--sigpending", "--stack", "--as"], Val::Opt, Eff::None),
        ],
        note: "runs the command with other resource limits (or changes --pid's); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    Spec {
        names: names!["ps"],
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-O", "--format"], Val::Req, Eff::None), f(names!["-p", "--pid"], Val::Req, Eff::None), f(names!["-U", "--user"], Val::Req, Eff::None), f(names!["-G", "--group"], Val::Req, Eff::None), f(names!["-t", "--tty"], Val::Req, Eff::None), f(names!["-q", "--quick-pid"], Val::Req, Eff::None), f(names!["-s", "--sid"], Val::Req, Eff::None), f(names!["-k", "--ppid"], Val::Req, Eff::None), f(names!["--sort", "--cols", "--columns", "--width", "--rows", "--lines"], Val::Req, Eff::None), f(names!["-o", "-u", "-g", "-C"], Val::Req, Eff::None),
        ],
        note: "BSD-style operands (`ps aux`) are option letters; command lines of other users' processes may show secrets",
        ..Spec::D
    },
    Spec {
        names: names!["pgrep", "pidof", "pstree", "pwdx", "pmap"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-F", "--pidfile"], Val::Req, Eff::ReadValue),
            f(names!["-u", "--euid"], Val::Req, Eff::None), f(names!["-U", "--uid"], Val::Req, Eff::None), f(names!["-g", "--pgroup"], Val::Req, Eff::None), f(names!["-G", "--group"], Val::Req, Eff::None), f(names!["-P", "--parent"], Val::Req, Eff::None), f(names!["-t", "--terminal"], Val::Req, Eff::None), f(names!["-s", "--session"], Val::Req, Eff::None), f(names!["-d", "--delimiter"], Val::Req, Eff::None), f(names!["-r", "--runstates"], Val::Req, Eff::None), f(names!["-O", "--older"], Val::Req, Eff::None), f(names!["--ns", "--nslist"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["fuser"],
        class: Class::Signal,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-k", "--kill"], Val::No, Eff::None), f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-m", "--mount"], Val::No, Eff::None), f(names!["-M", "--ismountpoint"], Val::No, Eff::None), f(names!["-a", "--all"], Val::No, Eff::None), f(names!["-u", "--user"], Val::No, Eff::None), f(names!["-s", "--silent"], Val::No, Eff::None), f(names!["-w"], Val::No, Eff::None),
            f(names!["-n", "--namespace"], Val::Req, Eff::None),
        ],
        note: "with -k it kills every process using the files/ports (the usual use); without -k it only lists them",
        ..Spec::D
    },
    Spec {
        names: names!["lsof"],
        pos: Pos::Read,
        gnu: false,
        flags: &[
            f(names!["-p", "-u", "-c", "-d"], Val::Req, Eff::None),
            f(names!["-i", "-g", "-s", "-T", "-F", "-r", "+r", "-E", "+E"], Val::Opt, Eff::None),
            f(names!["-k", "+D", "+d"], Val::Req, Eff::ReadValue),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["top"],
        pos: Pos::Opaque,
        flags: &[f(names!["-n", "-d", "-p", "-u", "-U", "-o", "-E", "-e"], Val::Req, Eff::None), f(names!["-w"], Val::Opt, Eff::None)],
        note: "interactive keys can kill/renice; without a terminal use -b",
        ..Spec::D
    },
    Spec {
        names: names!["htop", "btop", "btm", "atop", "glances", "iotop", "nethogs", "iftop", "bmon", "nvtop"],
        pos: Pos::Opaque,
        gnu: false,
        note: "interactive monitors; htop/btop can send signals from the UI",
        ..Spec::D
    },
    Spec {
        names: names!["free", "uptime", "vmstat", "iostat", "mpstat", "pidstat", "sar", "tload", "slabtop", "nstat"],
        pos: Pos::Opaque,
        flags: &[f(names!["-s", "--seconds"], Val::Req, Eff::None), f(names!["-c", "--count"], Val::Req, Eff::None), f(names!["-p"], Val::Req, Eff::None), f(names!["-o"], Val::Req, Eff::WriteValue)],
        note: "`sar -o FILE` writes a data file",
        ..Spec::D
    },
    Spec {
        names: names!["gcore"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        flags: &[f(names!["-o"], Val::Req, Eff::WriteValue), f(names!["-a"], Val::No, Eff::None)],
        note: "dumps another process's memory (its secrets) to a core file",
        ..Spec::D
    },
];
