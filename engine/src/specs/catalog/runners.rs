//! Programs that run other programs: wrappers (time, watch, flock, setsid, parallel, entr ...),
//! tracers and debuggers (strace, ltrace, valgrind, gdb, lldb, perf) and terminal multiplexers.

use crate::specs::{f, names, Class, Eff, Pos, Spec, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- wrappers
    Spec {
        names: names!["time"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-f", "--format"], Val::Req, Eff::None),
            f(names!["-a", "--append"], Val::No, Eff::None), f(names!["-p", "--portability"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None),
        ],
        note: "GNU time; the bash `time` keyword takes only -p",
        ..Spec::D
    },
    Spec {
        names: names!["watch"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-n", "--interval"], Val::Req, Eff::None), f(names!["-q", "--equexit"], Val::Req, Eff::None), f(names!["--shotsfile"], Val::Req, Eff::None),
            f(names!["-d", "--differences"], Val::Opt, Eff::None),
            f(names!["-x", "--exec"], Val::No, Eff::None), f(names!["-g", "--chgexit"], Val::No, Eff::None), f(names!["-t", "--no-title"], Val::No, Eff::None), f(names!["-b", "--beep"], Val::No, Eff::None), f(names!["-e", "--errexit"], Val::No, Eff::None), f(names!["-c", "--color"], Val::No, Eff::None), f(names!["-C", "--no-color"], Val::No, Eff::None), f(names!["-p", "--precise"], Val::No, Eff::None), f(names!["-w", "--no-wrap"], Val::No, Eff::None), f(names!["-r", "--no-rerun"], Val::No, Eff::None),
        ],
        note: "runs the command repeatedly through `sh -c` (its operands joined) unless -x",
        ..Spec::D
    },
    Spec {
        names: names!["flock"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-c", "--command"], Val::Req, Eff::ExecValue),
            f(names!["-w", "--timeout"], Val::Req, Eff::None), f(names!["-E", "--conflict-exit-code"], Val::Req, Eff::None), f(names!["--wait"], Val::Req, Eff::None),
            f(names!["-s", "--shared"], Val::No, Eff::None), f(names!["-e", "--exclusive"], Val::No, Eff::None), f(names!["-u", "--unlock"], Val::No, Eff::None), f(names!["-n", "--nb"], Val::No, Eff::None), f(names!["-o", "--close"], Val::No, Eff::None), f(names!["-F", "--no-fork"], Val::No, Eff::None), f(names!["--nonblock", "--verbose"], Val::No, Eff::None), f(names!["-x"], Val::No, Eff::None),
        ],
        note: "the first operand is the lock FILE (created if missing) or an fd number; -c runs a shell string",
        ..Spec::D
    },
    Spec {
        names: names!["setsid"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[f(names!["-c", "--ctty"], Val::No, Eff::None), f(names!["-f", "--fork"], Val::No, Eff::None), f(names!["-w", "--wait"], Val::No, Eff::None)],
        note: "detaches the command from the session (it can outlive hardshell's supervision)",
        ..Spec::D
    },
    Spec {
        names: names!["parallel", "sem"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["--filter", "--rpl", "--limit", "--ssh", "--shell"], Val::Req, Eff::ExecValue),
            f(names!["-S", "--sshlogin"], Val::Req, Eff::Net), f(names!["--sshloginfile", "--slf", "--basefile", "--bf", "--transfer-file", "--tf", "--return"], Val::Req, Eff::Net),
            f(names!["-a", "--arg-file"], Val::Req, Eff::ReadValue), f(names!["--arg-sep", "--arg-file-sep"], Val::Req, Eff::ReadValue),
            f(names!["--joblog", "--results", "--res", "--tmpdir", "--tempdir"], Val::Req, Eff::WriteValue),
            f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["-P", "--colsep"], Val::Req, Eff::None), f(names!["-d", "--delimiter"], Val::Req, Eff::None), f(names!["-n", "--max-args"], Val::Req, Eff::None), f(names!["-L", "--max-lines"], Val::Req, Eff::None), f(names!["-N", "--halt"], Val::Req, Eff::None), f(names!["-s", "--max-chars"], Val::Req, Eff::None), f(names!["--timeout", "--delay", "--retries", "--memfree", "--load", "--tagstring", "--header", "--nice", "--termseq", "--env", "--workdir", "--wd", "--sql", "--sqlmaster", "--sqlandworker", "--block", "--block-size", "--recstart", "--recend", "--id", "--semaphorename"], Val::Req, Eff::None), f(names!["-C", "-E", "-I"], Val::Req, Eff::None),
            f(names!["-k", "--keep-order"], Val::No, Eff::None), f(names!["-q", "--quote"], Val::No, Eff::None), f(names!["-u", "--ungroup"], Val::No, Eff::None), f(names!["-0", "--null"], Val::No, Eff::None), f(names!["-r", "--no-run-if-empty"], Val::No, Eff::None), f(names!["--eta", "--progress", "--bar", "--tag", "--line-buffer", "--will-cite", "--pipe", "--pipepart", "--shuf", "--dry-run", "--plus", "--cleanup", "--transfer", "--trc", "--fg", "--bg", "--group", "--shebang", "--halt-on-error"], Val::No, Eff::None), f(names!["-m", "-X"], Val::No, Eff::None),
        ],
        note: "the command template runs through a shell; `:::`/`::::` separate argument sources; `{= perl =}` replacement strings are Perl code",
        ..Spec::D
    },
    Spec {
        names: names!["entr", "watchexec", "reflex", "fswatch-run"],
        class: Class::Build,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(names!["--shell"], Val::Req, Eff::ExecValue),
            f(names!["-w", "--watch"], Val::Req, Eff::None), f(names!["-e", "--exts"], Val::Req, Eff::None), f(names!["-i", "--ignore"], Val::Req, Eff::None), f(names!["-f", "--filter"], Val::Req, Eff::None), f(names!["-d", "--delay"], Val::Req, Eff::None), f(names!["-E", "--env"], Val::Req, Eff::None), f(names!["-p", "--project-origin"], Val::Req, Eff::None), f(names!["--debounce", "--signal", "--workdir"], Val::Req, Eff::None),
        ],
        note: "re-run the command whenever files change (entr -s runs its operand through $SHELL); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    Spec {
        names: names!["chronic", "unbuffer", "rlwrap", "proxychains", "proxychains4", "torsocks", "firejail", "nocache", "catchsegv", "xvfb-run", "eatmydata", "ifne", "tsocks"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        note: "run the given command with altered stdio, fsync, network routing or sandboxing, or only when stdin is not empty (ifne); firejail options may also widen access",
        ..Spec::D
    },
    Spec {
        names: names!["faketime", "bwrap"],
        class: Class::Build,
        pos: Pos::Command,
        gnu: false,
        note: "run the given command (fake clock, bubblewrap sandbox); their options can run other programs (faketime --date-prog) or widen access (bwrap binds), so stage 8 does not unwrap them and they are judged as running project code",
        ..Spec::D
    },
    Spec {
        names: names!["hyperfine"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[
            f(names!["-p", "--prepare"], Val::Req, Eff::ExecValue), f(names!["-c", "--cleanup"], Val::Req, Eff::ExecValue), f(names!["-s", "--setup"], Val::Req, Eff::ExecValue), f(names!["-S", "--shell"], Val::Req, Eff::ExecValue), f(names!["--conclude", "--reference"], Val::Req, Eff::ExecValue),
            f(names!["--export-json", "--export-markdown", "--export-csv", "--export-asciidoc", "--export-orgmode", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--input"], Val::Req, Eff::ReadValue),
            f(names!["-w", "--warmup"], Val::Req, Eff::None), f(names!["-r", "--runs"], Val::Req, Eff::None), f(names!["-m", "--min-runs"], Val::Req, Eff::None), f(names!["-M", "--max-runs"], Val::Req, Eff::None), f(names!["-n", "--command-name"], Val::Req, Eff::None), f(names!["-L", "--parameter-list"], Val::Req, Eff::None), f(names!["-P", "--parameter-scan"], Val::Req, Eff::None), f(names!["-D", "--parameter-step-size"], Val::Req, Eff::None), f(names!["-u", "--time-unit"], Val::Req, Eff::None), f(names!["--style", "--sort", "--min-benchmarking-time"], Val::Req, Eff::None),
            f(names!["-i", "--ignore-failure"], Val::No, Eff::None), f(names!["--show-output"], Val::No, Eff::None), f(names!["-N"], Val::No, Eff::None),
        ],
        note: "each operand is a command line run through the shell many times; -L/-P take several values; stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    // ---------------------------------------------------------------- tracing and debugging
    Spec {
        names: names!["strace"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-p", "--attach"], Val::Req, Eff::Privilege),
            f(names!["-e", "--expr"], Val::Req, Eff::None), f(names!["-s", "--string-limit"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-E", "--env"], Val::Req, Eff::None), f(names!["-P", "--trace-path"], Val::Req, Eff::None), f(names!["-I", "--interruptible"], Val::Req, Eff::None), f(names!["-a", "--columns"], Val::Req, Eff::None), f(names!["-b", "--detach-on"], Val::Req, Eff::None), f(names!["-X", "--const-print-style"], Val::Req, Eff::None), f(names!["-O", "--summary-syscall-overhead"], Val::Req, Eff::None), f(names!["-S", "--summary-sort-by"], Val::Req, Eff::None), f(names!["-U", "--summary-columns"], Val::Req, Eff::None), f(names!["-t", "--timestamps"], Val::Req, Eff::None),
            f(names!["-f", "--follow-forks"], Val::No, Eff::None), f(names!["-c", "--summary-only"], Val::No, Eff::None), f(names!["-C", "--summary"], Val::No, Eff::None), f(names!["-T", "--syscall-times"], Val::No, Eff::None), f(names!["-y", "--decode-fds"], Val::No, Eff::None), f(names!["-k", "--stack-trace"], Val::No, Eff::None), f(names!["-v", "--no-abbrev"], Val::No, Eff::None), f(names!["-x", "-xx"], Val::No, Eff::None), f(names!["-q", "-qq"], Val::No, Eff::None), f(names!["-z", "--seccomp-bpf"], Val::No, Eff::None), f(names!["-ff", "--output-separately", "-tt", "-ttt", "-yy"], Val::No, Eff::None), f(names!["-Z"], Val::No, Eff::None),
        ],
        note: "-p attaches to another process (reads its memory and I/O, secrets included)",
        ..Spec::D
    },
    Spec {
        names: names!["ltrace"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-p"], Val::Req, Eff::Privilege),
            f(names!["-F", "--config"], Val::Req, Eff::ReadValue),
            f(names!["-l", "--library"], Val::Req, Eff::None), f(names!["-n", "--indent"], Val::Req, Eff::None), f(names!["-D", "--debug"], Val::Req, Eff::None), f(names!["-w", "--where"], Val::Req, Eff::None), f(names!["-a", "--align"], Val::Req, Eff::None), f(names!["-e", "-s", "-u", "-x", "-A", "-L"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["valgrind"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(names!["--log-file", "--xml-file", "--massif-out-file", "--callgrind-out-file", "--cachegrind-out-file", "--dhat-out-file"], Val::Opt, Eff::WriteValue),
            f(names!["--suppressions"], Val::Opt, Eff::ReadValue),
            f(names!["--db-command"], Val::Opt, Eff::ExecValue),
            f(names!["--tool", "--vgdb", "--vgdb-prefix", "--leak-check", "--trace-children", "--gen-suppressions", "--num-callers", "--error-exitcode"], Val::Opt, Eff::None),
        ],
        note: "options are --name=value only",
        ..Spec::D
    },
    Spec {
        names: names!["gdb", "gdb-multiarch", "cgdb"],
        class: Class::Interpreter,
        pos: Pos::Script,
        flags: &[
            f(names!["-x", "--command"], Val::Req, Eff::ExecValue), f(names!["-ex", "--eval-command", "-iex", "--init-eval-command", "-ix", "--init-command"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--pid"], Val::Req, Eff::Privilege),
            f(names!["-c", "--core"], Val::Req, Eff::ReadValue), f(names!["-s", "--symbols"], Val::Req, Eff::ReadValue), f(names!["-e", "--exec"], Val::Req, Eff::ReadValue), f(names!["-se"], Val::Req, Eff::ReadValue),
            f(names!["-d", "--directory"], Val::Req, Eff::None), f(names!["-b", "--tty"], Val::Req, Eff::None), f(names!["-cd", "--data-directory", "--interpreter"], Val::Req, Eff::None), f(names!["-D", "-l"], Val::Req, Eff::None),
            f(names!["-q", "-quiet"], Val::No, Eff::None), f(names!["-n", "--version"], Val::No, Eff::None), f(names!["--args", "-batch", "--batch", "--quiet", "-nx", "--nx", "-nh", "--nh", "-tui", "--tui", "--help", "-readnow"], Val::No, Eff::None),
        ],
        note: "the first operand is the program to debug (run by `run`); gdb commands include `shell`; ./.gdbinit may be loaded (auto-load safe-path)",
        ..Spec::D
    },
    Spec {
        names: names!["lldb"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-o", "--one-line"], Val::Req, Eff::ExecValue), f(names!["-O", "--one-line-before-file"], Val::Req, Eff::ExecValue), f(names!["-k", "--one-line-on-crash"], Val::Req, Eff::ExecValue), f(names!["-K", "--source-on-crash"], Val::Req, Eff::ExecValue), f(names!["-s", "--source"], Val::Req, Eff::ExecValue), f(names!["-S", "--source-before-file"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--attach-pid"], Val::Req, Eff::Privilege), f(names!["-n", "--attach-name"], Val::Req, Eff::Privilege),
            f(names!["-c", "--core"], Val::Req, Eff::ReadValue),
            f(names!["-a", "--arch"], Val::Req, Eff::None), f(names!["-l", "--script-language"], Val::Req, Eff::None), f(names!["-f", "--file"], Val::Req, Eff::None),
            f(names!["-b", "--batch"], Val::No, Eff::None), f(names!["-x", "--no-lldbinit"], Val::No, Eff::None), f(names!["-Q", "--source-quietly"], Val::No, Eff::None), f(names!["-v", "--version"], Val::No, Eff::None), f(names!["-h", "--help"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["perf"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec {
                names: names!["record", "stat", "trace", "c2c", "mem", "kmem", "sched", "lock", "kvm"],
                class: Class::Build,
                pos: Pos::Command,
                gnu: false,
                flags: &[
                    f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
                    f(names!["-p", "--pid"], Val::Req, Eff::Privilege), f(names!["-t", "--tid"], Val::Req, Eff::Privilege),
                    f(names!["-e", "--event"], Val::Req, Eff::None), f(names!["-F", "--freq"], Val::Req, Eff::None), f(names!["-c", "--count"], Val::Req, Eff::None), f(names!["-C", "--cpu"], Val::Req, Eff::None), f(names!["-g", "--call-graph"], Val::Req, Eff::None), f(names!["-m", "--mmap-pages"], Val::Req, Eff::None), f(names!["-r", "--repeat"], Val::Req, Eff::None), f(names!["-I", "--interval-print"], Val::Req, Eff::None), f(names!["--filter"], Val::Req, Eff::None),
                    f(names!["-a", "--all-cpus"], Val::No, Eff::Privilege),
                ],
                note: "profile the command (or -p PID / -a the whole system); stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec {
                names: names!["report", "annotate", "list", "top", "diff", "evlist", "archive", "buildid-list", "version", "help"],
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(names!["-i", "--input"], Val::Req, Eff::ReadValue), f(names!["-o", "--output"], Val::Req, Eff::WriteValue)],
                ..Spec::D
            },
            Spec {
                names: names!["script"],
                class: Class::Interpreter,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(names!["-s", "--script"], Val::Req, Eff::ExecValue), f(names!["-i", "--input"], Val::Req, Eff::ReadValue)],
                note: "-s runs a Perl/Python script over the samples",
                ..Spec::D
            },
            Spec { names: names!["probe", "ftrace", "config", "daemon"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- terminal multiplexers
    Spec {
        names: names!["tmux"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["-c", "-f"], Val::Req, Eff::ExecValue),
            f(names!["-L", "-S", "-T"], Val::Req, Eff::None),
            f(names!["-2", "-C", "-CC", "-D", "-l", "-N", "-u", "-v", "-V"], Val::No, Eff::None),
        ],
        subs: &[
            Spec {
                names: names!["ls", "list-sessions", "list-windows", "lsw", "list-panes", "lsp", "list-clients", "lsc", "list-buffers", "lsb", "list-keys", "lsk",
                    "list-commands", "lscm", "display-message", "display", "show-options", "show", "show-window-options", "showw", "show-environment",
                    "showenv", "show-hooks", "capture-pane", "capturep", "has-session", "has", "info", "server-info", "show-buffer", "showb", "show-messages", "showmsgs"],
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(names!["-t", "-F", "-f", "-b", "-S", "-E"], Val::Req, Eff::None)],
                ..Spec::D
            },
            Spec {
                names: names!["new-session", "new", "new-window", "neww", "split-window", "splitw", "respawn-pane", "respawnp", "respawn-window", "respawnw",
                    "run-shell", "run", "if-shell", "if", "pipe-pane", "pipep", "display-popup", "popup"],
                class: Class::Build,
                pos: Pos::Command,
                gnu: false,
                flags: &[
                    f(names!["-t", "-s", "-n", "-c", "-F", "-e", "-x", "-y", "-l", "-p"], Val::Req, Eff::None),
                    f(names!["-d", "-h", "-v", "-b", "-E", "-P", "-A", "-D", "-X", "-f", "-Z", "-k", "-a", "-I", "-C"], Val::No, Eff::None),
                ],
                note: "the operands are a shell command run in a new pane/session (or by run-shell/if-shell); stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec {
                names: names!["send-keys", "send", "send-prefix", "paste-buffer", "pasteb", "set-buffer", "setb", "command-prompt", "confirm-before", "source-file",
                    "source", "set-option", "set", "set-window-option", "setw", "set-hook", "bind-key", "bind", "set-environment", "setenv"],
                class: Class::Interpreter,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(names!["-t", "-N", "-T", "-b"], Val::Req, Eff::None)],
                note: "typing into a pane's shell, or defining options/hooks/bindings that run commands, is arbitrary execution",
                ..Spec::D
            },
            Spec { names: names!["kill-server", "kill-session", "kill-window", "killw", "kill-pane", "killp"], class: Class::Signal, pos: Pos::Opaque, gnu: false,
                flags: &[f(names!["-t"], Val::Req, Eff::None)], ..Spec::D },
            Spec { names: names!["save-buffer", "saveb"], class: Class::Write, pos: Pos::Write, gnu: false, flags: &[f(names!["-b"], Val::Req, Eff::None)], ..Spec::D },
            Spec { names: names!["load-buffer", "loadb"], pos: Pos::Read, gnu: false, flags: &[f(names!["-b", "-t"], Val::Req, Eff::None)], ..Spec::D },
            Spec { names: names!["attach-session", "attach", "a", "choose-tree", "choose-session", "choose-window", "copy-mode", "clock-mode"], class: Class::Interactive, pos: Pos::Opaque, gnu: false,
                flags: &[f(names!["-t", "-c", "-f"], Val::Req, Eff::None)], ..Spec::D },
        ],
        note: "`tmux` alone starts a session running the default shell; commands may be abbreviated to unique prefixes",
        ..Spec::D
    },
    Spec {
        names: names!["screen"],
        class: Class::Build,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(names!["-X"], Val::No, Eff::Shell),
            f(names!["-c", "-s"], Val::Req, Eff::ExecValue),
            f(names!["-Logfile", "-logfile"], Val::Req, Eff::WriteValue),
            f(names!["-S", "-p", "-T", "-t", "-e", "-h"], Val::Req, Eff::None),
            f(names!["-r", "-R", "-x", "-d", "-D"], Val::Opt, Eff::None),
            f(names!["-f", "-fn"], Val::No, Eff::None), f(names!["-l", "-ln"], Val::No, Eff::None), f(names!["-ls", "-list", "-wipe", "-fa"], Val::No, Eff::None), f(names!["-m", "-L", "-a", "-A", "-q", "-Q", "-U", "-v", "-O", "-i"], Val::No, Eff::None),
        ],
        note: "operands are the program to run (default: a shell); -X sends commands (`stuff` types into a running shell); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
];
