//! Shells and language interpreters: the first operand is a script (or inline code via -c/-e/-r),
//! the rest are its arguments. `bash -c STRING` is unwrapped by stage 7; other inline code is
//! `Special::InlineCode`.

use crate::specs::{f, Class, Eff, Pos, Spec, Special, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- shells
    Spec {
        names: &["bash", "rbash"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-c"], Val::No, Eff::None),
            f(&["-o", "-O", "+o", "+O"], Val::Req, Eff::None),
            f(&["--rcfile", "--init-file"], Val::Req, Eff::ReadValue),
            f(&["-p"], Val::No, Eff::Privilege),
            f(&["-l", "--login"], Val::No, Eff::None), f(&["-r", "--restricted"], Val::No, Eff::None), f(&["--norc", "--noprofile", "--posix", "--noediting", "--debugger", "--dump-strings", "--dump-po-strings", "--verbose", "--version", "--help"], Val::No, Eff::None), f(&["-s", "-i", "-e", "-u", "-x", "-v", "-n", "-f", "-h", "-m", "-a", "-b", "-k", "-t", "-B", "-C", "-E", "-H", "-P", "-T", "-D"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand (unwrapped by stage 7); -p keeps a setuid euid; without operands commands come from stdin; BASH_ENV/ENV run a file",
        ..Spec::D
    },
    Spec {
        names: &["sh", "dash", "ash", "posh", "yash"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-c"], Val::No, Eff::None),
            f(&["-o", "+o"], Val::Req, Eff::None),
            f(&["-p"], Val::No, Eff::Privilege),
            f(&["-s", "-i", "-l", "-e", "-u", "-x", "-v", "-n", "-f", "-h", "-m", "-a", "-b", "-C", "-E", "-V"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand (unwrapped by stage 7)",
        ..Spec::D
    },
    Spec {
        names: &["zsh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-c"], Val::No, Eff::None),
            f(&["-o", "+o"], Val::Req, Eff::None),
            f(&["-p", "--privileged"], Val::No, Eff::Privilege),
            f(&["-l", "--login"], Val::No, Eff::None), f(&["-f", "--no-rcs"], Val::No, Eff::None), f(&["-d", "--no-globalrcs"], Val::No, Eff::None), f(&["-n", "--version"], Val::No, Eff::None), f(&["--rcs", "--help", "--emulate"], Val::No, Eff::None), f(&["-s", "-i", "-e", "-u", "-x", "-v"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand; ZDOTDIR/.zshenv run on every start",
        ..Spec::D
    },
    Spec {
        names: &["ksh", "ksh93", "mksh", "pdksh", "oksh", "lksh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-c"], Val::No, Eff::None),
            f(&["-o", "+o", "-T"], Val::Req, Eff::None),
            f(&["-p"], Val::No, Eff::Privilege),
            f(&["-s", "-i", "-l", "-r", "-e", "-u", "-x", "-v", "-n", "-f", "-h", "-m", "-a", "-b", "-C", "-E"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand",
        ..Spec::D
    },
    Spec {
        names: &["csh", "tcsh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-c"], Val::No, Eff::None),
            f(&["-b", "-d", "-e", "-f", "-i", "-l", "-m", "-n", "-q", "-s", "-t", "-v", "-V", "-x", "-X", "-D", "-F"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand",
        ..Spec::D
    },
    Spec {
        names: &["fish"],
        class: Class::Interpreter,
        pos: Pos::Script,
        special: Special::InlineCode,
        flags: &[
            f(&["-c", "--command"], Val::Req, Eff::None), f(&["-C", "--init-command"], Val::Req, Eff::None),
            f(&["-o", "--debug-output"], Val::Req, Eff::WriteValue), f(&["-p", "--profile"], Val::Req, Eff::WriteValue), f(&["--profile-startup"], Val::Req, Eff::WriteValue),
            f(&["-d", "--debug"], Val::Req, Eff::None), f(&["--features"], Val::Req, Eff::None),
            f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-l", "--login"], Val::No, Eff::None), f(&["-n", "--no-execute"], Val::No, Eff::None), f(&["-N", "--no-config"], Val::No, Eff::None), f(&["-P", "--private"], Val::No, Eff::None), f(&["-v", "--version"], Val::No, Eff::None), f(&["--print-rusage-self"], Val::No, Eff::None),
        ],
        note: "-c/-C take fish code as their value (not the first operand as in POSIX shells)",
        ..Spec::D
    },
    Spec {
        names: &["nu", "nushell", "elvish", "xonsh", "oil", "osh", "ysh", "murex"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-c", "--commands"], Val::Req, Eff::None), f(&["-e", "--execute"], Val::Req, Eff::None),
            f(&["--config", "--env-config", "--plugin-config"], Val::Req, Eff::ReadValue),
        ],
        ..Spec::D
    },
    Spec {
        names: &["pwsh", "powershell", "pwsh-preview"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-c", "-Command"], Val::Req, Eff::None), f(&["-e", "-ec"], Val::Req, Eff::None), f(&["-command", "-EncodedCommand", "-encodedcommand"], Val::Req, Eff::None),
            f(&["-f", "-File"], Val::Req, Eff::None), f(&["-file"], Val::Req, Eff::None),
            f(&["-ExecutionPolicy", "-ep", "-WorkingDirectory", "-wd", "-ConfigurationName", "-OutputFormat", "-InputFormat", "-WindowStyle"], Val::Req, Eff::None),
            f(&["-l", "-MTA"], Val::No, Eff::None), f(&["-NoProfile", "-nop", "-NonInteractive", "-noni", "-NoLogo", "-nol", "-NoExit", "-noe", "-Login", "-STA"], Val::No, Eff::None),
        ],
        note: "parameter names are case-insensitive and may be abbreviated; -EncodedCommand is base64 UTF-16 code",
        ..Spec::D
    },
    Spec {
        names: &["source", "."],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        note: "runs the file in the current shell",
        ..Spec::D
    },
    Spec {
        names: &["run-parts"],
        class: Class::Interpreter,
        pos: Pos::Script,
        flags: &[
            f(&["-a", "--arg"], Val::Req, Eff::None), f(&["-u", "--umask"], Val::Req, Eff::None), f(&["--regex"], Val::Req, Eff::None),
            f(&["-v", "--verbose"], Val::No, Eff::None), f(&["--test", "--list", "--report", "--reverse", "--exit-on-error", "--new-session", "--lsbsysinit"], Val::No, Eff::None),
        ],
        note: "runs every executable in the directory operand (--test/--list only print their names)",
        ..Spec::D
    },
    Spec {
        names: &["busybox", "toybox"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        note: "the first operand is the applet (sh, rm, wget, nc ...) run with the rest",
        ..Spec::D
    },
    Spec {
        names: &["script"],
        class: Class::Interpreter,
        pos: Pos::Write,
        flags: &[
            f(&["-c", "--command"], Val::Req, Eff::ExecValue),
            f(&["-T", "--log-timing"], Val::Req, Eff::WriteValue), f(&["-I", "--log-in"], Val::Req, Eff::WriteValue), f(&["-O", "--log-out"], Val::Req, Eff::WriteValue), f(&["-B", "--log-io"], Val::Req, Eff::WriteValue),
            f(&["-t", "--timing"], Val::Opt, Eff::WriteValue),
            f(&["-m", "--logging-format"], Val::Req, Eff::None), f(&["-E", "--echo"], Val::Req, Eff::None), f(&["-o", "--output-limit"], Val::Req, Eff::None),
            f(&["-a", "--append"], Val::No, Eff::None), f(&["-e", "--return"], Val::No, Eff::None), f(&["-f", "--flush"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None),
        ],
        note: "runs $SHELL (or -c CMD) in a new pty and writes the typescript to the operand file (default ./typescript)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- scripting languages
    Spec {
        names: &["python3", "python", "python2", "python3.8", "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14",
            "pypy", "pypy3", "ipython", "ipython3"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-c"], Val::Req, Eff::None),
            f(&["-m"], Val::Req, Eff::None),
            f(&["-W", "-X", "--check-hash-based-pycs"], Val::Req, Eff::None),
            f(&["-O", "-OO"], Val::No, Eff::None), f(&["-V", "--version"], Val::No, Eff::None), f(&["-h", "--help"], Val::No, Eff::None), f(&["--help-env", "--help-xoptions", "--help-all"], Val::No, Eff::None), f(&["-b", "-B", "-d", "-E", "-i", "-I", "-P", "-q", "-R", "-s", "-S", "-u", "-v", "-x"], Val::No, Eff::None),
        ],
        note: "-m MODULE runs a module (json.tool reads, http.server serves, pip installs); PYTHONSTARTUP/PYTHONPATH/PYTHONHOME in the environment load code",
        ..Spec::D
    },
    Spec {
        names: &["perl", "perl5"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "-E"], Val::Req, Eff::None),
            f(&["-i"], Val::Opt, Eff::InPlace),
            f(&["-I"], Val::Req, Eff::None),
            f(&["-M", "-m", "-F", "-l", "-0", "-x", "-C", "-d", "-D", "-V"], Val::Opt, Eff::None),
            f(&["-n", "-p", "-a", "-c", "-s", "-S", "-t", "-T", "-u", "-U", "-w", "-W", "-X", "-v", "-h"], Val::No, Eff::None),
        ],
        note: "-n/-p wrap the code in a read loop over the operand files; -i edits them in place; PERL5OPT/PERL5LIB in the environment load code",
        ..Spec::D
    },
    Spec {
        names: &["ruby", "jruby", "truffleruby"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e"], Val::Req, Eff::None),
            f(&["-i"], Val::Opt, Eff::InPlace),
            f(&["-E", "--encoding"], Val::Req, Eff::None), f(&["--enable", "--disable"], Val::Req, Eff::None), f(&["-r", "-I", "-C"], Val::Req, Eff::None),
            f(&["-0", "--jit"], Val::Opt, Eff::None), f(&["--yjit"], Val::Opt, Eff::None), f(&["-x", "-F", "-K", "-T", "-W"], Val::Opt, Eff::None),
            f(&["-h", "--version"], Val::No, Eff::None), f(&["--help", "--verbose"], Val::No, Eff::None), f(&["-a", "-c", "-d", "-l", "-n", "-p", "-s", "-S", "-v", "-w", "-y"], Val::No, Eff::None),
        ],
        note: "-r LIB requires a library (code); RUBYOPT/RUBYLIB in the environment load code",
        ..Spec::D
    },
    Spec {
        names: &["irb", "pry", "bundle-console"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[f(&["-r", "-I"], Val::Req, Eff::None)],
        note: "REPLs read code from stdin",
        ..Spec::D
    },
    Spec {
        names: &["node", "nodejs"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--eval"], Val::Req, Eff::None), f(&["-p", "--print"], Val::Req, Eff::None),
            f(&["-r", "--require"], Val::Req, Eff::Build), f(&["--import", "--loader", "--experimental-loader"], Val::Req, Eff::Build),
            f(&["--run"], Val::Req, Eff::Build),
            f(&["--inspect", "--inspect-brk", "--inspect-wait", "--debug-port"], Val::Opt, Eff::Net),
            f(&["--env-file", "--env-file-if-exists", "--snapshot-blob", "--icu-data-dir", "--openssl-config"], Val::Req, Eff::ReadValue),
            f(&["--cpu-prof-dir", "--heap-prof-dir", "--diagnostic-dir", "--redirect-warnings", "--report-directory", "--report-filename", "--tls-keylog"], Val::Req, Eff::WriteValue),
            f(&["-C", "--conditions"], Val::Req, Eff::None), f(&["--input-type", "--inspect-port", "--watch-path", "--title", "--disable-warning", "--test-name-pattern", "--test-reporter", "--test-reporter-destination", "--max-http-header-size", "--unhandled-rejections", "--stack-trace-limit", "--allow-fs-read", "--allow-fs-write"], Val::Req, Eff::None),
            f(&["--max-old-space-size", "--stack-size", "--secure-heap", "--experimental-default-type"], Val::Opt, Eff::None),
            f(&["-c", "--check"], Val::No, Eff::None), f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-v", "--version"], Val::No, Eff::None), f(&["-h", "--help"], Val::No, Eff::None), f(&["--test", "--watch", "--no-warnings", "--permission", "--enable-source-maps", "--experimental-strip-types", "--no-deprecation", "--trace-warnings", "--expose-gc", "--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi"], Val::No, Eff::None),
        ],
        note: "--run NAME runs a package.json script; --inspect opens a debugger port (remote code execution if bound publicly); NODE_OPTIONS in the environment injects flags",
        ..Spec::D
    },
    Spec {
        names: &["php", "php-cli", "php7", "php8", "php8.1", "php8.2", "php8.3", "php8.4"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-r", "-B", "-R", "-E"], Val::Req, Eff::None),
            f(&["-f", "-F"], Val::Req, Eff::ReadValue),
            f(&["-S"], Val::Req, Eff::Net),
            f(&["-z"], Val::Req, Eff::ExecValue),
            f(&["-t", "--rf"], Val::Req, Eff::None), f(&["--rc", "--re", "--rz", "--ri"], Val::Req, Eff::None), f(&["-d", "-c"], Val::Req, Eff::None),
            f(&["-a", "-l", "-n", "-s", "-w", "-i", "-m", "-v", "-e", "-H", "-q", "-h", "--ini"], Val::No, Eff::None),
        ],
        note: "-r/-B/-R/-E are inline code; -f/-F name the script; -S serves the docroot; -d auto_prepend_file=... loads code; -z loads a Zend extension",
        ..Spec::D
    },
    Spec {
        names: &["lua", "luajit", "lua5.1", "lua5.2", "lua5.3", "lua5.4", "texlua"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "-l"], Val::Req, Eff::None),
            f(&["-i", "-v", "-E", "-W", "-b", "-j", "-O"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["tclsh", "wish", "jimsh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[f(&["-encoding"], Val::Req, Eff::None)],
        note: "without a script, commands come from stdin (`exec` runs programs)",
        ..Spec::D
    },
    Spec {
        names: &["expect"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-c"], Val::Req, Eff::None),
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-b", "-D"], Val::Req, Eff::None),
            f(&["-d", "-i", "-n", "-N", "-v"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["Rscript", "R"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--expr"], Val::Req, Eff::None),
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
            f(&["--default-packages"], Val::Opt, Eff::None),
            f(&["-q", "--silent"], Val::No, Eff::None), f(&["--vanilla", "--no-save", "--no-restore", "--slave", "--quiet", "--no-environ", "--no-init-file", "--verbose", "--args"], Val::No, Eff::None),
        ],
        note: "`R CMD INSTALL` installs packages",
        ..Spec::D
    },
    Spec {
        names: &["julia"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--eval"], Val::Req, Eff::None), f(&["-E", "--print"], Val::Req, Eff::None),
            f(&["-L", "--load"], Val::Req, Eff::ReadValue),
            f(&["-p", "--procs"], Val::Req, Eff::None), f(&["-t", "--threads"], Val::Req, Eff::None), f(&["-J", "--sysimage"], Val::Req, Eff::None), f(&["-O", "--optimize"], Val::Req, Eff::None), f(&["-g", "--machine-file"], Val::Req, Eff::None),
            f(&["--project", "--code-coverage", "--track-allocation", "--startup-file", "--compiled-modules", "--color", "--history-file", "--banner", "--depwarn"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["osascript"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(&["-e"], Val::Req, Eff::None), f(&["-l", "-s"], Val::Req, Eff::None)],
        note: "AppleScript/JXA: `do shell script` runs commands",
        ..Spec::D
    },
    Spec {
        names: &["groovy", "jshell", "clojure", "clj", "bb", "jrunscript", "jjs"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(&["-e", "--eval"], Val::Req, Eff::None), f(&["-m", "--main"], Val::Req, Eff::None), f(&["-x"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["elixir", "iex"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--eval"], Val::Req, Eff::None), f(&["--rpc-eval"], Val::Req, Eff::None),
            f(&["-r", "-pr", "-S"], Val::Req, Eff::ReadValue),
            f(&["--erl", "--sname", "--name", "--cookie", "--remsh"], Val::Req, Eff::None),
        ],
        note: "--remsh/--rpc-eval run code on a remote node",
        ..Spec::D
    },
    Spec {
        names: &["erl", "escript"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(&["-s", "-run"], Val::Req, Eff::None), f(&["-eval", "-sname", "-name", "-setcookie", "-pa", "-pz", "-config"], Val::Req, Eff::None), f(&["-noshell", "-noinput", "-detached"], Val::No, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["ghci", "runghc", "runhaskell", "stack-ghci"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(&["-e"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["racket", "guile", "sbcl", "clisp", "chez", "scheme", "csi", "gosh", "ecl", "ocaml", "utop", "swipl", "gforth", "rakudo", "raku"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--eval"], Val::Req, Eff::None), f(&["-c", "--script"], Val::Req, Eff::None), f(&["--load"], Val::Req, Eff::None), f(&["-x", "-l", "-g"], Val::Req, Eff::None),
            f(&["-q", "--quiet"], Val::No, Eff::None), f(&["--non-interactive", "--noinform"], Val::No, Eff::None), f(&["-i"], Val::No, Eff::None),
        ],
        note: "Lisp/Scheme/Prolog/OCaml/Raku interpreters; -e/--eval/-c/--load/-x/-g carry code or script files",
        ..Spec::D
    },
    Spec {
        names: &["dc"],
        class: Class::Interpreter,
        pos: Pos::Script,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--expression"], Val::Req, Eff::None),
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
        ],
        note: "`!cmd` in a dc program runs a shell command (GTFOBins)",
        ..Spec::D
    },
    Spec {
        names: &["m4", "gm4"],
        class: Class::Interpreter,
        pos: Pos::Script,
        flags: &[
            f(&["-o", "--error-output"], Val::Req, Eff::WriteValue), f(&["-F", "--freeze-state"], Val::Req, Eff::WriteValue), f(&["--debugfile"], Val::Req, Eff::WriteValue),
            f(&["-R", "--reload-state"], Val::Req, Eff::ReadValue),
            f(&["-D", "--define"], Val::Req, Eff::None), f(&["-U", "--undefine"], Val::Req, Eff::None), f(&["-I", "--include"], Val::Req, Eff::None), f(&["-t", "--trace"], Val::Req, Eff::None), f(&["-l", "--arglength"], Val::Req, Eff::None), f(&["-L", "--nesting-limit"], Val::Req, Eff::None), f(&["-H", "--hashsize"], Val::Req, Eff::None),
            f(&["-d", "--debug"], Val::Opt, Eff::None), f(&["--warn-macro-sequence"], Val::Opt, Eff::None),
        ],
        note: "syscmd/esyscmd in the input run shell commands (GTFOBins); operands are the macro input files",
        ..Spec::D
    },
];
