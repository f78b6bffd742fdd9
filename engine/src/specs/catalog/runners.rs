//! Programs that run other programs: wrappers (time, watch, flock, setsid, parallel, entr ...),
//! tracers and debuggers (strace, ltrace, valgrind, gdb, lldb, perf) and terminal multiplexers.

use crate::specs::{f, Class, Eff, Pos, Spec, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- wrappers
    Spec {
        names: &["time"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-f", "--format"], Val::Req, Eff::None),
            f(&["-a", "--append"], Val::No, Eff::None), f(&["-p", "--portability"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None),
        ],
        note: "GNU time; the bash `time` keyword takes only -p",
        ..Spec::D
    },
    Spec {
        names: &["watch"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-n", "--interval"], Val::Req, Eff::None), f(&["-q", "--equexit"], Val::Req, Eff::None), f(&["--shotsfile"], Val::Req, Eff::None),
            f(&["-d", "--differences"], Val::Opt, Eff::None),
            f(&["-x", "--exec"], Val::No, Eff::None), f(&["-g", "--chgexit"], Val::No, Eff::None), f(&["-t", "--no-title"], Val::No, Eff::None), f(&["-b", "--beep"], Val::No, Eff::None), f(&["-e", "--errexit"], Val::No, Eff::None), f(&["-c", "--color"], Val::No, Eff::None), f(&["-C", "--no-color"], Val::No, Eff::None), f(&["-p", "--precise"], Val::No, Eff::None), f(&["-w", "--no-wrap"], Val::No, Eff::None), f(&["-r", "--no-rerun"], Val::No, Eff::None),
        ],
        note: "runs the command repeatedly through `sh -c` (its operands joined) unless -x",
        ..Spec::D
    },
    Spec {
        names: &["flock"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-c", "--command"], Val::Req, Eff::ExecValue),
            f(&["-w", "--timeout"], Val::Req, Eff::None), f(&["-E", "--conflict-exit-code"], Val::Req, Eff::None), f(&["--wait"], Val::Req, Eff::None),
            f(&["-s", "--shared"], Val::No, Eff::None), f(&["-e", "--exclusive"], Val::No, Eff::None), f(&["-u", "--unlock"], Val::No, Eff::None), f(&["-n", "--nb"], Val::No, Eff::None), f(&["-o", "--close"], Val::No, Eff::None), f(&["-F", "--no-fork"], Val::No, Eff::None), f(&["--nonblock", "--verbose"], Val::No, Eff::None), f(&["-x"], Val::No, Eff::None),
        ],
        note: "the first operand is the lock FILE (created if missing) or an fd number; -c runs a shell string",
        ..Spec::D
    },
    Spec {
        names: &["setsid"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[f(&["-c", "--ctty"], Val::No, Eff::None), f(&["-f", "--fork"], Val::No, Eff::None), f(&["-w", "--wait"], Val::No, Eff::None)],
        note: "detaches the command from the session (it can outlive hardshell's supervision)",
        ..Spec::D
    },
    Spec {
        names: &["parallel", "sem"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["--filter", "--rpl", "--limit", "--ssh", "--shell"], Val::Req, Eff::ExecValue),
            f(&["-S", "--sshlogin"], Val::Req, Eff::Net), f(&["--sshloginfile", "--slf", "--basefile", "--bf", "--transfer-file", "--tf", "--return"], Val::Req, Eff::Net),
            f(&["-a", "--arg-file"], Val::Req, Eff::ReadValue), f(&["--arg-sep", "--arg-file-sep"], Val::Req, Eff::ReadValue),
            f(&["--joblog", "--results", "--res", "--tmpdir", "--tempdir"], Val::Req, Eff::WriteValue),
            f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["-P", "--colsep"], Val::Req, Eff::None), f(&["-d", "--delimiter"], Val::Req, Eff::None), f(&["-n", "--max-args"], Val::Req, Eff::None), f(&["-L", "--max-lines"], Val::Req, Eff::None), f(&["-N", "--halt"], Val::Req, Eff::None), f(&["-s", "--max-chars"], Val::Req, Eff::None), f(&["--timeout", "--delay", "--retries", "--memfree", "--load", "--tagstring", "--header", "--nice", "--termseq", "--env", "--workdir", "--wd", "--sql", "--sqlmaster", "--sqlandworker", "--block", "--block-size", "--recstart", "--recend", "--id", "--semaphorename"], Val::Req, Eff::None), f(&["-C", "-E", "-I"], Val::Req, Eff::None),
            f(&["-k", "--keep-order"], Val::No, Eff::None), f(&["-q", "--quote"], Val::No, Eff::None), f(&["-u", "--ungroup"], Val::No, Eff::None), f(&["-0", "--null"], Val::No, Eff::None), f(&["-r", "--no-run-if-empty"], Val::No, Eff::None), f(&["--eta", "--progress", "--bar", "--tag", "--line-buffer", "--will-cite", "--pipe", "--pipepart", "--shuf", "--dry-run", "--plus", "--cleanup", "--transfer", "--trc", "--fg", "--bg", "--group", "--shebang", "--halt-on-error"], Val::No, Eff::None), f(&["-m", "-X"], Val::No, Eff::None),
        ],
        note: "the command template runs through a shell; `:::`/`::::` separate argument sources; `{= perl =}` replacement strings are Perl code",
        ..Spec::D
    },
    Spec {
        names: &["entr", "watchexec", "reflex", "fswatch-run"],
        class: Class::Build,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(&["--shell"], Val::Req, Eff::ExecValue),
            f(&["-w", "--watch"], Val::Req, Eff::None), f(&["-e", "--exts"], Val::Req, Eff::None), f(&["-i", "--ignore"], Val::Req, Eff::None), f(&["-f", "--filter"], Val::Req, Eff::None), f(&["-d", "--delay"], Val::Req, Eff::None), f(&["-E", "--env"], Val::Req, Eff::None), f(&["-p", "--project-origin"], Val::Req, Eff::None), f(&["--debounce", "--signal", "--workdir"], Val::Req, Eff::None),
        ],
        note: "re-run the command whenever files change (entr -s runs its operand through $SHELL); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    Spec {
        names: &["chronic", "unbuffer", "rlwrap", "proxychains", "proxychains4", "torsocks", "firejail", "nocache", "catchsegv", "xvfb-run", "eatmydata", "ifne", "tsocks"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        note: "run the given command with altered stdio, fsync, network routing or sandboxing, or only when stdin is not empty (ifne); firejail options may also widen access",
        ..Spec::D
    },
    Spec {
        names: &["faketime", "bwrap"],
        class: Class::Build,
        pos: Pos::Command,
        gnu: false,
        note: "run the given command (fake clock, bubblewrap sandbox); their options can run other programs (faketime --date-prog) or widen access (bwrap binds), so stage 8 does not unwrap them and they are judged as running project code",
        ..Spec::D
    },
    Spec {
        names: &["hyperfine"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[
            f(&["-p", "--prepare"], Val::Req, Eff::ExecValue), f(&["-c", "--cleanup"], Val::Req, Eff::ExecValue), f(&["-s", "--setup"], Val::Req, Eff::ExecValue), f(&["-S", "--shell"], Val::Req, Eff::ExecValue), f(&["--conclude", "--reference"], Val::Req, Eff::ExecValue),
            f(&["--export-json", "--export-markdown", "--export-csv", "--export-asciidoc", "--export-orgmode", "--output"], Val::Req, Eff::WriteValue),
            f(&["--input"], Val::Req, Eff::ReadValue),
            f(&["-w", "--warmup"], Val::Req, Eff::None), f(&["-r", "--runs"], Val::Req, Eff::None), f(&["-m", "--min-runs"], Val::Req, Eff::None), f(&["-M", "--max-runs"], Val::Req, Eff::None), f(&["-n", "--command-name"], Val::Req, Eff::None), f(&["-L", "--parameter-list"], Val::Req, Eff::None), f(&["-P", "--parameter-scan"], Val::Req, Eff::None), f(&["-D", "--parameter-step-size"], Val::Req, Eff::None), f(&["-u", "--time-unit"], Val::Req, Eff::None), f(&["--style", "--sort", "--min-benchmarking-time"], Val::Req, Eff::None),
            f(&["-i", "--ignore-failure"], Val::No, Eff::None), f(&["--show-output"], Val::No, Eff::None), f(&["-N"], Val::No, Eff::None),
        ],
        note: "each operand is a command line run through the shell many times; -L/-P take several values; stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    // ---------------------------------------------------------------- tracing and debugging
    Spec {
        names: &["strace"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-p", "--attach"], Val::Req, Eff::Privilege),
            f(&["-e", "--expr"], Val::Req, Eff::None), f(&["-s", "--string-limit"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-E", "--env"], Val::Req, Eff::None), f(&["-P", "--trace-path"], Val::Req, Eff::None), f(&["-I", "--interruptible"], Val::Req, Eff::None), f(&["-a", "--columns"], Val::Req, Eff::None), f(&["-b", "--detach-on"], Val::Req, Eff::None), f(&["-X", "--const-print-style"], Val::Req, Eff::None), f(&["-O", "--summary-syscall-overhead"], Val::Req, Eff::None), f(&["-S", "--summary-sort-by"], Val::Req, Eff::None), f(&["-U", "--summary-columns"], Val::Req, Eff::None), f(&["-t", "--timestamps"], Val::Req, Eff::None),
            f(&["-f", "--follow-forks"], Val::No, Eff::None), f(&["-c", "--summary-only"], Val::No, Eff::None), f(&["-C", "--summary"], Val::No, Eff::None), f(&["-T", "--syscall-times"], Val::No, Eff::None), f(&["-y", "--decode-fds"], Val::No, Eff::None), f(&["-k", "--stack-trace"], Val::No, Eff::None), f(&["-v", "--no-abbrev"], Val::No, Eff::None), f(&["-x", "-xx"], Val::No, Eff::None), f(&["-q", "-qq"], Val::No, Eff::None), f(&["-z", "--seccomp-bpf"], Val::No, Eff::None), f(&["-ff", "--output-separately", "-tt", "-ttt", "-yy"], Val::No, Eff::None), f(&["-Z"], Val::No, Eff::None),
        ],
        note: "-p attaches to another process (reads its memory and I/O, secrets included)",
        ..Spec::D
    },
    Spec {
        names: &["ltrace"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-p"], Val::Req, Eff::Privilege),
            f(&["-F", "--config"], Val::Req, Eff::ReadValue),
            f(&["-l", "--library"], Val::Req, Eff::None), f(&["-n", "--indent"], Val::Req, Eff::None), f(&["-D", "--debug"], Val::Req, Eff::None), f(&["-w", "--where"], Val::Req, Eff::None), f(&["-a", "--align"], Val::Req, Eff::None), f(&["-e", "-s", "-u", "-x", "-A", "-L"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["valgrind"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(&["--log-file", "--xml-file", "--massif-out-file", "--callgrind-out-file", "--cachegrind-out-file", "--dhat-out-file"], Val::Opt, Eff::WriteValue),
            f(&["--suppressions"], Val::Opt, Eff::ReadValue),
            f(&["--db-command"], Val::Opt, Eff::ExecValue),
            f(&["--tool", "--vgdb", "--vgdb-prefix", "--leak-check", "--trace-children", "--gen-suppressions", "--num-callers", "--error-exitcode"], Val::Opt, Eff::None),
        ],
        note: "options are --name=value only",
        ..Spec::D
    },
    Spec {
        names: &["gdb", "gdb-multiarch", "cgdb"],
        class: Class::Interpreter,
        pos: Pos::Script,
        flags: &[
            f(&["-x", "--command"], Val::Req, Eff::ExecValue), f(&["-ex", "--eval-command", "-iex", "--init-eval-command", "-ix", "--init-command"], Val::Req, Eff::ExecValue),
            f(&["-p", "--pid"], Val::Req, Eff::Privilege),
            f(&["-c", "--core"], Val::Req, Eff::ReadValue), f(&["-s", "--symbols"], Val::Req, Eff::ReadValue), f(&["-e", "--exec"], Val::Req, Eff::ReadValue), f(&["-se"], Val::Req, Eff::ReadValue),
            f(&["-d", "--directory"], Val::Req, Eff::None), f(&["-b", "--tty"], Val::Req, Eff::None), f(&["-cd", "--data-directory", "--interpreter"], Val::Req, Eff::None), f(&["-D", "-l"], Val::Req, Eff::None),
            f(&["-q", "-quiet"], Val::No, Eff::None), f(&["-n", "--version"], Val::No, Eff::None), f(&["--args", "-batch", "--batch", "--quiet", "-nx", "--nx", "-nh", "--nh", "-tui", "--tui", "--help", "-readnow"], Val::No, Eff::None),
        ],
        note: "the first operand is the program to debug (run by `run`); gdb commands include `shell`; ./.gdbinit may be loaded (auto-load safe-path)",
        ..Spec::D
    },
    Spec {
        names: &["lldb"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-o", "--one-line"], Val::Req, Eff::ExecValue), f(&["-O", "--one-line-before-file"], Val::Req, Eff::ExecValue), f(&["-k", "--one-line-on-crash"], Val::Req, Eff::ExecValue), f(&["-K", "--source-on-crash"], Val::Req, Eff::ExecValue), f(&["-s", "--source"], Val::Req, Eff::ExecValue), f(&["-S", "--source-before-file"], Val::Req, Eff::ExecValue),
            f(&["-p", "--attach-pid"], Val::Req, Eff::Privilege), f(&["-n", "--attach-name"], Val::Req, Eff::Privilege),
            f(&["-c", "--core"], Val::Req, Eff::ReadValue),
            f(&["-a", "--arch"], Val::Req, Eff::None), f(&["-l", "--script-language"], Val::Req, Eff::None), f(&["-f", "--file"], Val::Req, Eff::None),
            f(&["-b", "--batch"], Val::No, Eff::None), f(&["-x", "--no-lldbinit"], Val::No, Eff::None), f(&["-Q", "--source-quietly"], Val::No, Eff::None), f(&["-v", "--version"], Val::No, Eff::None), f(&["-h", "--help"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["perf"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec {
                names: &["record", "stat", "trace", "c2c", "mem", "kmem", "sched", "lock", "kvm"],
                class: Class::Build,
                pos: Pos::Command,
                gnu: false,
                flags: &[
                    f(&["-o", "--output"], Val::Req, Eff::WriteValue),
                    f(&["-p", "--pid"], Val::Req, Eff::Privilege), f(&["-t", "--tid"], Val::Req, Eff::Privilege),
                    f(&["-e", "--event"], Val::Req, Eff::None), f(&["-F", "--freq"], Val::Req, Eff::None), f(&["-c", "--count"], Val::Req, Eff::None), f(&["-C", "--cpu"], Val::Req, Eff::None), f(&["-g", "--call-graph"], Val::Req, Eff::None), f(&["-m", "--mmap-pages"], Val::Req, Eff::None), f(&["-r", "--repeat"], Val::Req, Eff::None), f(&["-I", "--interval-print"], Val::Req, Eff::None), f(&["--filter"], Val::Req, Eff::None),
                    f(&["-a", "--all-cpus"], Val::No, Eff::Privilege),
                ],
                note: "profile the command (or -p PID / -a the whole system); stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec {
                names: &["report", "annotate", "list", "top", "diff", "evlist", "archive", "buildid-list", "version", "help"],
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(&["-i", "--input"], Val::Req, Eff::ReadValue), f(&["-o", "--output"], Val::Req, Eff::WriteValue)],
                ..Spec::D
            },
            Spec {
                names: &["script"],
                class: Class::Interpreter,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(&["-s", "--script"], Val::Req, Eff::ExecValue), f(&["-i", "--input"], Val::Req, Eff::ReadValue)],
                note: "-s runs a Perl/Python script over the samples",
                ..Spec::D
            },
            Spec { names: &["probe", "ftrace", "config", "daemon"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- terminal multiplexers
    Spec {
        names: &["tmux"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-c", "-f"], Val::Req, Eff::ExecValue),
            f(&["-L", "-S", "-T"], Val::Req, Eff::None),
            f(&["-2", "-C", "-CC", "-D", "-l", "-N", "-u", "-v", "-V"], Val::No, Eff::None),
        ],
        subs: &[
            Spec {
                names: &["ls", "list-sessions", "list-windows", "lsw", "list-panes", "lsp", "list-clients", "lsc", "list-buffers", "lsb", "list-keys", "lsk",
                    "list-commands", "lscm", "display-message", "display", "show-options", "show", "show-window-options", "showw", "show-environment",
                    "showenv", "show-hooks", "capture-pane", "capturep", "has-session", "has", "info", "server-info", "show-buffer", "showb", "show-messages", "showmsgs"],
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(&["-t", "-F", "-f", "-b", "-S", "-E"], Val::Req, Eff::None)],
                ..Spec::D
            },
            Spec {
                names: &["new-session", "new", "new-window", "neww", "split-window", "splitw", "respawn-pane", "respawnp", "respawn-window", "respawnw",
                    "run-shell", "run", "if-shell", "if", "pipe-pane", "pipep", "display-popup", "popup"],
                class: Class::Build,
                pos: Pos::Command,
                gnu: false,
                flags: &[
                    f(&["-t", "-s", "-n", "-c", "-F", "-e", "-x", "-y", "-l", "-p"], Val::Req, Eff::None),
                    f(&["-d", "-h", "-v", "-b", "-E", "-P", "-A", "-D", "-X", "-f", "-Z", "-k", "-a", "-I", "-C"], Val::No, Eff::None),
                ],
                note: "the operands are a shell command run in a new pane/session (or by run-shell/if-shell); stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec {
                names: &["send-keys", "send", "send-prefix", "paste-buffer", "pasteb", "set-buffer", "setb", "command-prompt", "confirm-before", "source-file",
                    "source", "set-option", "set", "set-window-option", "setw", "set-hook", "bind-key", "bind", "set-environment", "setenv"],
                class: Class::Interpreter,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[f(&["-t", "-N", "-T", "-b"], Val::Req, Eff::None)],
                note: "typing into a pane's shell, or defining options/hooks/bindings that run commands, is arbitrary execution",
                ..Spec::D
            },
            Spec { names: &["kill-server", "kill-session", "kill-window", "killw", "kill-pane", "killp"], class: Class::Signal, pos: Pos::Opaque, gnu: false,
                flags: &[f(&["-t"], Val::Req, Eff::None)], ..Spec::D },
            Spec { names: &["save-buffer", "saveb"], class: Class::Write, pos: Pos::Write, gnu: false, flags: &[f(&["-b"], Val::Req, Eff::None)], ..Spec::D },
            Spec { names: &["load-buffer", "loadb"], pos: Pos::Read, gnu: false, flags: &[f(&["-b", "-t"], Val::Req, Eff::None)], ..Spec::D },
            Spec { names: &["attach-session", "attach", "a", "choose-tree", "choose-session", "choose-window", "copy-mode", "clock-mode"], class: Class::Interactive, pos: Pos::Opaque, gnu: false,
                flags: &[f(&["-t", "-c", "-f"], Val::Req, Eff::None)], ..Spec::D },
        ],
        note: "`tmux` alone starts a session running the default shell; commands may be abbreviated to unique prefixes",
        ..Spec::D
    },
    Spec {
        names: &["screen"],
        class: Class::Build,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(&["-X"], Val::No, Eff::Shell),
            f(&["-c", "-s"], Val::Req, Eff::ExecValue),
            f(&["-Logfile", "-logfile"], Val::Req, Eff::WriteValue),
            f(&["-S", "-p", "-T", "-t", "-e", "-h"], Val::Req, Eff::None),
            f(&["-r", "-R", "-x", "-d", "-D"], Val::Opt, Eff::None),
            f(&["-f", "-fn"], Val::No, Eff::None), f(&["-l", "-ln"], Val::No, Eff::None), f(&["-ls", "-list", "-wipe", "-fa"], Val::No, Eff::None), f(&["-m", "-L", "-a", "-A", "-q", "-Q", "-U", "-v", "-O", "-i"], Val::No, Eff::None),
        ],
        note: "operands are the program to run (default: a shell); -X sends commands (`stuff` types into a running shell); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
];
