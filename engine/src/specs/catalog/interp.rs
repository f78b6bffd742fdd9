//! Shells and language interpreters: the first operand is a script (or inline code via -c/-e/-r),
//! the rest are its arguments. `bash -c STRING` is unwrapped by stage 7; other inline code is
//! `Special::InlineCode`.

use crate::specs::{f, names, Class, Eff, Pos, Spec, Special, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- shells
    Spec {
        names: names!["bash", "rbash"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-c"], Val::No, Eff::None),
            f(names!["-o", "-O", "+o", "+O"], Val::Req, Eff::None),
            f(names!["--rcfile", "--init-file"], Val::Req, Eff::ReadValue),
            f(names!["-p"], Val::No, Eff::Privilege),
            f(names!["-l", "--login"], Val::No, Eff::None), f(names!["-r", "--restricted"], Val::No, Eff::None), f(names!["--norc", "--noprofile", "--posix", "--noediting", "--debugger", "--dump-strings", "--dump-po-strings", "--verbose", "--version", "--help"], Val::No, Eff::None), f(names!["-s", "-i", "-e", "-u", "-x", "-v", "-n", "-f", "-h", "-m", "-a", "-b", "-k", "-t", "-B", "-C", "-E", "-H", "-P", "-T", "-D"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand (unwrapped by stage 7); -p keeps a setuid euid; without operands commands come from stdin; BASH_ENV/ENV run a file",
        ..Spec::D
    },
    Spec {
        names: names!["sh", "dash", "ash", "posh", "yash"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-c"], Val::No, Eff::None),
            f(names!["-o", "+o"], Val::Req, Eff::None),
            f(names!["-p"], Val::No, Eff::Privilege),
            f(names!["-s", "-i", "-l", "-e", "-u", "-x", "-v", "-n", "-f", "-h", "-m", "-a", "-b", "-C", "-E", "-V"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand (unwrapped by stage 7)",
        ..Spec::D
    },
    Spec {
        names: names!["zsh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-c"], Val::No, Eff::None),
            f(names!["-o", "+o"], Val::Req, Eff::None),
            f(names!["-p", "--privileged"], Val::No, Eff::Privilege),
            f(names!["-l", "--login"], Val::No, Eff::None), f(names!["-f", "--no-rcs"], Val::No, Eff::None), f(names!["-d", "--no-globalrcs"], Val::No, Eff::None), f(names!["-n", "--version"], Val::No, Eff::None), f(names!["--rcs", "--help", "--emulate"], Val::No, Eff::None), f(names!["-s", "-i", "-e", "-u", "-x", "-v"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand; ZDOTDIR/.zshenv run on every start",
        ..Spec::D
    },
    Spec {
        names: names!["ksh", "ksh93", "mksh", "pdksh", "oksh", "lksh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-c"], Val::No, Eff::None),
            f(names!["-o", "+o", "-T"], Val::Req, Eff::None),
            f(names!["-p"], Val::No, Eff::Privilege),
            f(names!["-s", "-i", "-l", "-r", "-e", "-u", "-x", "-v", "-n", "-f", "-h", "-m", "-a", "-b", "-C", "-E"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand",
        ..Spec::D
    },
    Spec {
        names: names!["csh", "tcsh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-c"], Val::No, Eff::None),
            f(names!["-b", "-d", "-e", "-f", "-i", "-l", "-m", "-n", "-q", "-s", "-t", "-v", "-V", "-x", "-X", "-D", "-F"], Val::No, Eff::None),
        ],
        note: "with -c the command string is the first operand",
        ..Spec::D
    },
    Spec {
        names: names!["fish"],
        class: Class::Interpreter,
        pos: Pos::Script,
        special: Special::InlineCode,
        flags: &[
            f(names!["-c", "--command"], Val::Req, Eff::None), f(names!["-C", "--init-command"], Val::Req, Eff::None),
            f(names!["-o", "--debug-output"], Val::Req, Eff::WriteValue), f(names!["-p", "--profile"], Val::Req, Eff::WriteValue), f(names!["--profile-startup"], Val::Req, Eff::WriteValue),
            f(names!["-d", "--debug"], Val::Req, Eff::None), f(names!["--features"], Val::Req, Eff::None),
            f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-l", "--login"], Val::No, Eff::None), f(names!["-n", "--no-execute"], Val::No, Eff::None), f(names!["-N", "--no-config"], Val::No, Eff::None), f(names!["-P", "--private"], Val::No, Eff::None), f(names!["-v", "--version"], Val::No, Eff::None), f(names!["--print-rusage-self"], Val::No, Eff::None),
        ],
        note: "-c/-C take fish code as their value (not the first operand as in POSIX shells)",
        ..Spec::D
    },
    Spec {
        names: names!["nu", "nushell", "elvish", "xonsh", "oil", "osh", "ysh", "murex"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-c", "--commands"], Val::Req, Eff::None), f(names!["-e", "--execute"], Val::Req, Eff::None),
            f(names!["--config", "--env-config", "--plugin-config"], Val::Req, Eff::ReadValue),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["pwsh", "powershell", "pwsh-preview"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-c", "-Command"], Val::Req, Eff::None), f(names!["-e", "-ec"], Val::Req, Eff::None), f(names!["-command", "-EncodedCommand", "-encodedcommand"], Val::Req, Eff::None),
            f(names!["-f", "-File"], Val::Req, Eff::None), f(names!["-file"], Val::Req, Eff::None),
            f(names!["-ExecutionPolicy", "-ep", "-WorkingDirectory", "-wd", "-ConfigurationName", "-OutputFormat", "-InputFormat", "-WindowStyle"], Val::Req, Eff::None),
            f(names!["-l", "-MTA"], Val::No, Eff::None), f(names!["-NoProfile", "-nop", "-NonInteractive", "-noni", "-NoLogo", "-nol", "-NoExit", "-noe", "-Login", "-STA"], Val::No, Eff::None),
        ],
        note: "parameter names are case-insensitive and may be abbreviated; -EncodedCommand is base64 UTF-16 code",
        ..Spec::D
    },
    Spec {
        names: names!["source", "."],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        note: "runs the file in the current shell",
        ..Spec::D
    },
    Spec {
        names: names!["run-parts"],
        class: Class::Interpreter,
        pos: Pos::Script,
        flags: &[
            f(names!["-a", "--arg"], Val::Req, Eff::None), f(names!["-u", "--umask"], Val::Req, Eff::None), f(names!["--regex"], Val::Req, Eff::None),
            f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["--test", "--list", "--report", "--reverse", "--exit-on-error", "--new-session", "--lsbsysinit"], Val::No, Eff::None),
        ],
        note: "runs every executable in the directory operand (--test/--list only print their names)",
        ..Spec::D
    },
    Spec {
        names: names!["busybox", "toybox"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        note: "the first operand is the applet (sh, rm, wget, nc ...) run with the rest",
        ..Spec::D
    },
    Spec {
        names: names!["script"],
        class: Class::Interpreter,
        pos: Pos::Write,
        flags: &[
            f(names!["-c", "--command"], Val::Req, Eff::ExecValue),
            f(names!["-T", "--log-timing"], Val::Req, Eff::WriteValue), f(names!["-I", "--log-in"], Val::Req, Eff::WriteValue), f(names!["-O", "--log-out"], Val::Req, Eff::WriteValue), f(names!["-B", "--log-io"], Val::Req, Eff::WriteValue),
            f(names!["-t", "--timing"], Val::Opt, Eff::WriteValue),
            f(names!["-m", "--logging-format"], Val::Req, Eff::None), f(names!["-E", "--echo"], Val::Req, Eff::None), f(names!["-o", "--output-limit"], Val::Req, Eff::None),
            f(names!["-a", "--append"], Val::No, Eff::None), f(names!["-e", "--return"], Val::No, Eff::None), f(names!["-f", "--flush"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None),
        ],
        note: "runs $SHELL (or -c CMD) in a new pty and writes the typescript to the operand file (default ./typescript)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- scripting languages
    Spec {
        names: names!["python3", "python", "python2", "python3.8", "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14",
            "pypy", "pypy3", "ipython", "ipython3"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-c"], Val::Req, Eff::None),
            f(names!["-m"], Val::Req, Eff::None),
            f(names!["-W", "-X", "--check-hash-based-pycs"], Val::Req, Eff::None),
            f(names!["-O", "-OO"], Val::No, Eff::None), f(names!["-V", "--version"], Val::No, Eff::None), f(names!["-h", "--help"], Val::No, Eff::None), f(names!["--help-env", "--help-xoptions", "--help-all"], Val::No, Eff::None), f(names!["-b", "-B", "-d", "-E", "-i", "-I", "-P", "-q", "-R", "-s", "-S", "-u", "-v", "-x"], Val::No, Eff::None),
        ],
        note: "-m MODULE runs a module (json.tool reads, http.server serves, pip installs); PYTHONSTARTUP/PYTHONPATH/PYTHONHOME in the environment load code",
        ..Spec::D
    },
    Spec {
        names: names!["perl", "perl5"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "-E"], Val::Req, Eff::None),
            f(names!["-i"], Val::Opt, Eff::InPlace),
            f(names!["-I"], Val::Req, Eff::None),
            f(names!["-M", "-m", "-F", "-l", "-0", "-x", "-C", "-d", "-D", "-V"], Val::Opt, Eff::None),
            f(names!["-n", "-p", "-a", "-c", "-s", "-S", "-t", "-T", "-u", "-U", "-w", "-W", "-X", "-v", "-h"], Val::No, Eff::None),
        ],
        note: "-n/-p wrap the code in a read loop over the operand files; -i edits them in place; PERL5OPT/PERL5LIB in the environment load code",
        ..Spec::D
    },
    Spec {
        names: names!["ruby", "jruby", "truffleruby"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e"], Val::Req, Eff::None),
            f(names!["-i"], Val::Opt, Eff::InPlace),
            f(names!["-E", "--encoding"], Val::Req, Eff::None), f(names!["--enable", "--disable"], Val::Req, Eff::None), f(names!["-r", "-I", "-C"], Val::Req, Eff::None),
            f(names!["-0", "--jit"], Val::Opt, Eff::None), f(names!["--yjit"], Val::Opt, Eff::None), f(names!["-x", "-F", "-K", "-T", "-W"], Val::Opt, Eff::None),
            f(names!["-h", "--version"], Val::No, Eff::None), f(names!["--help", "--verbose"], Val::No, Eff::None), f(names!["-a", "-c", "-d", "-l", "-n", "-p", "-s", "-S", "-v", "-w", "-y"], Val::No, Eff::None),
        ],
        note: "-r LIB requires a library (code); RUBYOPT/RUBYLIB in the environment load code",
        ..Spec::D
    },
    Spec {
        names: names!["irb", "pry", "bundle-console"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[f(names!["-r", "-I"], Val::Req, Eff::None)],
        note: "REPLs read code from stdin",
        ..Spec::D
    },
    Spec {
        names: names!["node", "nodejs"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["-p", "--print"], Val::Req, Eff::None),
            f(names!["-r", "--require"], Val::Req, Eff::Build), f(names!["--import", "--loader", "--experimental-loader"], Val::Req, Eff::Build),
            f(names!["--run"], Val::Req, Eff::Build),
            f(names!["--inspect", "--inspect-brk", "--inspect-wait", "--debug-port"], Val::Opt, Eff::Net),
            f(names!["--env-file", "--env-file-if-exists", "--snapshot-blob", "--icu-data-dir", "--openssl-config"], Val::Req, Eff::ReadValue),
            f(names!["--cpu-prof-dir", "--heap-prof-dir", "--diagnostic-dir", "--redirect-warnings", "--report-directory", "--report-filename", "--tls-keylog"], Val::Req, Eff::WriteValue),
            f(names!["-C", "--conditions"], Val::Req, Eff::None), f(names!["--input-type", "--inspect-port", "--watch-path", "--title", "--disable-warning", "--test-name-pattern", "--test-reporter", "--test-reporter-destination", "--max-http-header-size", "--unhandled-rejections", "--stack-trace-limit", "--allow-fs-read", "--allow-fs-write"], Val::Req, Eff::None),
            f(names!["--max-old-space-size", "--stack-size", "--secure-heap", "--experimental-default-type"], Val::Opt, Eff::None),
            f(names!["-c", "--check"], Val::No, Eff::None), f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-v", "--version"], Val::No, Eff::None), f(names!["-h", "--help"], Val::No, Eff::None), f(names!["--test", "--watch", "--no-warnings", "--permission", "--enable-source-maps", "--experimental-strip-types", "--no-deprecation", "--trace-warnings", "--expose-gc", "--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi"], Val::No, Eff::None),
        ],
        note: "--run NAME runs a package.json script; --inspect opens a debugger port (remote code execution if bound publicly); NODE_OPTIONS in the environment injects flags",
        ..Spec::D
    },
    Spec {
        names: names!["php", "php-cli", "php7", "php8", "php8.1", "php8.2", "php8.3", "php8.4"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-r", "-B", "-R", "-E"], Val::Req, Eff::None),
            f(names!["-f", "-F"], Val::Req, Eff::ReadValue),
            f(names!["-S"], Val::Req, Eff::Net),
            f(names!["-z"], Val::Req, Eff::ExecValue),
            f(names!["-t", "--rf"], Val::Req, Eff::None), f(names!["--rc", "--re", "--rz", "--ri"], Val::Req, Eff::None), f(names!["-d", "-c"], Val::Req, Eff::None),
            f(names!["-a", "-l", "-n", "-s", "-w", "-i", "-m", "-v", "-e", "-H", "-q", "-h", "--ini"], Val::No, Eff::None),
        ],
        note: "-r/-B/-R/-E are inline code; -f/-F name the script; -S serves the docroot; -d auto_prepend_file=... loads code; -z loads a Zend extension",
        ..Spec::D
    },
    Spec {
        names: names!["lua", "luajit", "lua5.1", "lua5.2", "lua5.3", "lua5.4", "texlua"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "-l"], Val::Req, Eff::None),
            f(names!["-i", "-v", "-E", "-W", "-b", "-j", "-O"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["tclsh", "wish", "jimsh"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[f(names!["-encoding"], Val::Req, Eff::None)],
        note: "without a script, commands come from stdin (`exec` runs programs)",
        ..Spec::D
    },
    Spec {
        names: names!["expect"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-c"], Val::Req, Eff::None),
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-b", "-D"], Val::Req, Eff::None),
            f(names!["-d", "-i", "-n", "-N", "-v"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["Rscript", "R"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--expr"], Val::Req, Eff::None),
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
            f(names!["--default-packages"], Val::Opt, Eff::None),
            f(names!["-q", "--silent"], Val::No, Eff::None), f(names!["--vanilla", "--no-save", "--no-restore", "--slave", "--quiet", "--no-environ", "--no-init-file", "--verbose", "--args"], Val::No, Eff::None),
        ],
        note: "`R CMD INSTALL` installs packages",
        ..Spec::D
    },
    Spec {
        names: names!["julia"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["-E", "--print"], Val::Req, Eff::None),
            f(names!["-L", "--load"], Val::Req, Eff::ReadValue),
            f(names!["-p", "--procs"], Val::Req, Eff::None), f(names!["-t", "--threads"], Val::Req, Eff::None), f(names!["-J", "--sysimage"], Val::Req, Eff::None), f(names!["-O", "--optimize"], Val::Req, Eff::None), f(names!["-g", "--machine-file"], Val::Req, Eff::None),
            f(names!["--project", "--code-coverage", "--track-allocation", "--startup-file", "--compiled-modules", "--color", "--history-file", "--banner", "--depwarn"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["osascript"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(names!["-e"], Val::Req, Eff::None), f(names!["-l", "-s"], Val::Req, Eff::None)],
        note: "AppleScript/JXA: `do shell script` runs commands",
        ..Spec::D
    },
    Spec {
        names: names!["groovy", "jshell", "clojure", "clj", "bb", "jrunscript", "jjs"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["-m", "--main"], Val::Req, Eff::None), f(names!["-x"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["elixir", "iex"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["--rpc-eval"], Val::Req, Eff::None),
            f(names!["-r", "-pr", "-S"], Val::Req, Eff::ReadValue),
            f(names!["--erl", "--sname", "--name", "--cookie", "--remsh"], Val::Req, Eff::None),
        ],
        note: "--remsh/--rpc-eval run code on a remote node",
        ..Spec::D
    },
    Spec {
        names: names!["erl", "escript"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(names!["-s", "-run"], Val::Req, Eff::None), f(names!["-eval", "-sname", "-name", "-setcookie", "-pa", "-pz", "-config"], Val::Req, Eff::None), f(names!["-noshell", "-noinput", "-detached"], Val::No, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["ghci", "runghc", "runhaskell", "stack-ghci"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[f(names!["-e"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["racket", "guile", "sbcl", "clisp", "chez", "scheme", "csi", "gosh", "ecl", "ocaml", "utop", "swipl", "gforth", "rakudo", "raku"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["-c", "--script"], Val::Req, Eff::None), f(names!["--load"], Val::Req, Eff::None), f(names!["-x", "-l", "-g"], Val::Req, Eff::None),
            f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["--non-interactive", "--noinform"], Val::No, Eff::None), f(names!["-i"], Val::No, Eff::None),
        ],
        note: "Lisp/Scheme/Prolog/OCaml/Raku interpreters; -e/--eval/-c/--load/-x/-g carry code or script files",
        ..Spec::D
    },
    Spec {
        names: names!["dc"],
        class: Class::Interpreter,
        pos: Pos::Script,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--expression"], Val::Req, Eff::None),
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
        ],
        note: "`!cmd` in a dc program runs a shell command (GTFOBins)",
        ..Spec::D
    },
    Spec {
        names: names!["m4", "gm4"],
        class: Class::Interpreter,
        pos: Pos::Script,
        flags: &[
            f(names!["-o", "--error-output"], Val::Req, Eff::WriteValue), f(names!["-F", "--freeze-state"], Val::Req, Eff::WriteValue), f(names!["--debugfile"], Val::Req, Eff::WriteValue),
            f(names!["-R", "--reload-state"], Val::Req, Eff::ReadValue),
            f(names!["-D", "--define"], Val::Req, Eff::None), f(names!["-U", "--undefine"], Val::Req, Eff::None), f(names!["-I", "--include"], Val::Req, Eff::None), f(names!["-t", "--trace"], Val::Req, Eff::None), f(names!["-l", "--arglength"], Val::Req, Eff::None), f(names!["-L", "--nesting-limit"], Val::Req, Eff::None), f(names!["-H", "--hashsize"], Val::Req, Eff::None),
            f(names!["-d", "--debug"], Val::Opt, Eff::None), f(names!["--warn-macro-sequence"], Val::Opt, Eff::None),
        ],
        note: "syscmd/esyscmd in the input run shell commands (GTFOBins); operands are the macro input files",
        ..Spec::D
    },
];
