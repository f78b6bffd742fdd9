//! Build systems, compilers and toolchains: cargo/rustc/rustup, make and friends, Go, C/C++,
//! linkers, the JVM and .NET, and other language toolchains. They run (or compile) project code.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

/// Options shared by most cargo subcommands, followed by the subcommand's own.
#[rustfmt::skip]
macro_rules! cargo_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(&["--manifest-path"], Val::Req, Eff::ReadValue),
            f(&["--target-dir", "--artifact-dir", "--out-dir"], Val::Req, Eff::WriteValue),
            f(&["--config"], Val::Req, Eff::ExecValue),
            f(&["-p", "--package"], Val::Req, Eff::None), f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["-F", "--features"], Val::Req, Eff::None), f(&["--target", "--profile", "--exclude"], Val::Req, Eff::None),
            f(&["--bin", "--example", "--test", "--bench"], Val::Req, Eff::None),
            f(&["-Z", "--message-format"], Val::Req, Eff::None), f(&["--color", "--lockfile-path", "--registry", "--index"], Val::Req, Eff::None),
            f(&["--timings"], Val::Opt, Eff::None),
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
static CARGO_SUBS: &[Spec] = &[
    Spec {
        names: &["build", "b", "check", "c", "clippy", "fix", "rustc", "rustdoc", "package"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "build scripts and proc macros of the project and its dependencies run",
        ..Spec::D
    },
    Spec {
        names: &["test", "t", "bench", "run", "r"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "runs project binaries; arguments after `--` go to them",
        ..Spec::D
    },
    Spec {
        names: &["doc", "d"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "--open starts a browser",
        ..Spec::D
    },
    Spec {
        names: &["fmt"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "rewrites sources in place; `--check` only reads",
        ..Spec::D
    },
    Spec {
        names: &["install"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![
            f(&["--root"], Val::Req, Eff::Global),
            f(&["--git", "--path", "--branch", "--tag", "--rev", "--version", "--vers"], Val::Req, Eff::None),
        ],
        note: "downloads and builds a crate (its build script runs) and installs binaries into ~/.cargo/bin",
        ..Spec::D
    },
    Spec {
        names: &["binstall", "install-update", "quickinstall"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![f(&["--root", "--install-path"], Val::Req, Eff::Global)],
        note: "cargo plugins that download prebuilt binaries into ~/.cargo/bin",
        ..Spec::D
    },
    Spec {
        names: &["uninstall"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![f(&["--root"], Val::Req, Eff::Global)],
        note: "removes binaries from ~/.cargo/bin",
        ..Spec::D
    },
    Spec {
        names: &["publish", "owner", "yank", "search", "info"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: cargo_flags![f(&["-a", "--add"], Val::Req, Eff::None), f(&["-r", "--remove"], Val::Req, Eff::None), f(&["--token", "--vers", "--version", "--limit"], Val::Req, Eff::None)],
        note: "publish uploads the package (and builds it unless --no-verify)",
        ..Spec::D
    },
    Spec {
        names: &["add"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![f(&["--git", "--path", "--branch", "--tag", "--rev", "--rename"], Val::Req, Eff::None)],
        note: "edits Cargo.toml and resolves the lockfile (network)",
        ..Spec::D
    },
    Spec {
        names: &["remove", "rm"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        ..Spec::D
    },
    Spec {
        names: &["update", "upgrade", "generate-lockfile", "fetch", "vendor"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: cargo_flags![f(&["--precise"], Val::Req, Eff::None)],
        note: "downloads the index/crates and rewrites Cargo.lock (vendor writes a directory)",
        ..Spec::D
    },
    Spec {
        names: &["tree", "metadata", "pkgid", "locate-project", "verify-project", "version", "help", "report", "read-manifest"],
        pos: Pos::Opaque,
        flags: cargo_flags![
            f(&["-e", "--edges"], Val::Req, Eff::None), f(&["-i", "--invert"], Val::Req, Eff::None), f(&["--prefix", "--format", "--depth", "--format-version", "--filter-platform", "--charset"], Val::Req, Eff::None),
        ],
        note: "may fetch the index when Cargo.lock is missing or stale",
        ..Spec::D
    },
    Spec {
        names: &["login", "logout"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "writes or removes the registry token in ~/.cargo/credentials.toml",
        ..Spec::D
    },
    Spec {
        names: &["new", "init"],
        class: Class::Write,
        pos: Pos::Write,
        flags: cargo_flags![f(&["--name", "--edition", "--vcs"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["clean"],
        class: Class::Delete,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "deletes the target directory (--target-dir chooses which)",
        ..Spec::D
    },
    Spec {
        names: &["config"],
        pos: Pos::Opaque,
        flags: cargo_flags![f(&["--format"], Val::Req, Eff::None)],
        ..Spec::D
    },
];

/// Options of `go build` and the commands that build (`test`, `run`, `install`, `vet`, `list` ...).
#[rustfmt::skip]
macro_rules! go_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(&["-o", "--o"], Val::Req, Eff::WriteValue),
            f(&["-toolexec", "--toolexec", "-exec", "--exec", "-vettool", "--vettool"], Val::Req, Eff::ExecValue),
            f(&["-modfile", "-overlay", "-pgo"], Val::Req, Eff::ReadValue),
            f(&["-p", "-tags"], Val::Req, Eff::None), f(&["-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-mod", "-pkgdir"], Val::Req, Eff::None), f(&["-C"], Val::Req, Eff::None),
            f(&["-buildmode", "-compiler", "-installsuffix", "-coverpkg", "-covermode", "-buildvcs"], Val::Req, Eff::None),
            f(&["-x", "-json"], Val::No, Eff::None), f(&["-race", "-msan", "-asan", "-cover", "-trimpath", "-linkshared", "-modcacherw", "-work"], Val::No, Eff::None), f(&["-a", "-n", "-v"], Val::No, Eff::None),
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
static GO_SUBS: &[Spec] = &[
    Spec {
        names: &["build", "run", "generate", "tool", "fix"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![f(&["-run", "-skip"], Val::Req, Eff::None)],
        note: "cgo and //go:generate directives run commands; `tool` runs a Go tool",
        ..Spec::D
    },
    Spec {
        names: &["test"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![
            f(&["-coverprofile", "-cpuprofile", "-memprofile", "-blockprofile", "-mutexprofile", "-trace", "-outputdir"], Val::Req, Eff::WriteValue),
            f(&["-run", "-skip", "-bench", "-benchtime", "-count", "-timeout", "-cpu", "-parallel", "-list", "-fuzz", "-fuzztime", "-vet", "-shuffle"], Val::Req, Eff::None),
            f(&["-i", "-args"], Val::No, Eff::None), f(&["-short", "-failfast", "-benchmem"], Val::No, Eff::None), f(&["-c"], Val::No, Eff::None),
        ],
        note: "arguments after -args go to the test binary",
        ..Spec::D
    },
    Spec {
        names: &["vet"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![],
        ..Spec::D
    },
    Spec {
        names: &["install"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![],
        note: "builds and installs into $GOBIN (~/go/bin); `pkg@version` downloads it first",
        ..Spec::D
    },
    Spec {
        names: &["get"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![f(&["-t", "-u", "-d"], Val::No, Eff::None)],
        note: "downloads modules and edits go.mod",
        ..Spec::D
    },
    Spec {
        names: &["mod"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["graph", "why", "verify"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["download", "tidy", "vendor"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["init", "edit"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["work"],
        class: Class::Write,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Write,
        ..Spec::D
    },
    Spec {
        names: &["fmt"],
        class: Class::Write,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-mod"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["env"],
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-w", "-u"], Val::No, Eff::Global)],
        note: "-w/-u change the user's go env file (GOFLAGS, GOPROXY, CC ...)",
        ..Spec::D
    },
    Spec {
        names: &["list"],
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![
            f(&["-f"], Val::Req, Eff::None),
            f(&["-reuse"], Val::Req, Eff::ReadValue),
            f(&["-u", "-deps"], Val::No, Eff::None), f(&["-test", "-find", "-export", "-compiled", "-retracted"], Val::No, Eff::None), f(&["-e", "-m"], Val::No, Eff::None),
        ],
        note: "`-m all` and missing modules may hit the module proxy; -export compiles",
        ..Spec::D
    },
    Spec { names: &["version", "doc", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec {
        names: &["clean"],
        class: Class::Delete,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-cache", "-modcache", "-testcache", "-fuzzcache"], Val::No, Eff::Global)],
        ..Spec::D
    },
    Spec { names: &["bug"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec { names: &["telemetry"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
];

#[rustfmt::skip]
const GCC_FLAGS: &[Flag] = &[
    f(&["-o"], Val::Req, Eff::WriteValue),
    f(&["-MF", "-aux-info"], Val::Req, Eff::WriteValue),
    f(&["-wrapper"], Val::Req, Eff::ExecValue),
    f(&["-specs", "--specs"], Val::Req, Eff::ExecValue),
    f(&["-fplugin", "-fplugin-arg"], Val::Opt, Eff::Build),
    f(&["-B"], Val::Req, Eff::Build),
    f(&["-include", "-imacros"], Val::Req, Eff::ReadValue), f(&["-T"], Val::Req, Eff::ReadValue),
    f(&["-x", "-MT"], Val::Req, Eff::None), f(&["-MQ", "-isystem", "-iquote", "-idirafter", "-iprefix", "-isysroot"], Val::Req, Eff::None), f(&["-I", "-L", "-l", "-D", "-U"], Val::Req, Eff::None),
    f(&["-u", "--sysroot"], Val::Req, Eff::None), f(&["-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xclang", "-target", "--target"], Val::Req, Eff::None), f(&["-z", "-e"], Val::Req, Eff::None),
    f(&["-run"], Val::No, Eff::Shell),
    f(&["-s", "-shared"], Val::No, Eff::None), f(&["-static", "-pthread", "-pie", "-rdynamic", "-save-temps"], Val::No, Eff::None), f(&["-c", "-S", "-E", "-g", "-v", "-w"], Val::No, Eff::None), f(&["-fsyntax-only", "-M", "-MM", "-MD", "-MMD"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- Rust
    Spec {
        names: &["cargo"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["--config"], Val::Req, Eff::ExecValue),
            f(&["--manifest-path"], Val::Req, Eff::ReadValue),
            f(&["-C", "--color"], Val::Req, Eff::None), f(&["--explain"], Val::Req, Eff::None), f(&["-Z"], Val::Req, Eff::None),
            f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-V", "--version"], Val::No, Eff::None), f(&["-h", "--help"], Val::No, Eff::None), f(&["--list", "--frozen", "--locked", "--offline"], Val::No, Eff::None),
        ],
        subs: CARGO_SUBS,
        note: "`+toolchain` is handled by code; unknown subcommands are aliases or cargo-* plugins; --config KEY=VALUE can set target runners, linkers and build.rustc-wrapper (commands), so it is judged like an exec value",
        ..Spec::D
    },
    Spec {
        names: &["rustc"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(&["-o", "--out-dir"], Val::Req, Eff::WriteValue),
            f(&["-l", "--crate-type"], Val::Req, Eff::None), f(&["-C", "--codegen"], Val::Req, Eff::None), f(&["--crate-name", "--edition", "--emit", "--print", "--cfg", "--check-cfg"], Val::Req, Eff::None), f(&["-L"], Val::Req, Eff::None),
            f(&["-Z", "--target"], Val::Req, Eff::None), f(&["-F", "--cap-lints"], Val::Req, Eff::None), f(&["--sysroot", "--extern", "--explain", "--error-format", "--json", "--color", "--remap-path-prefix"], Val::Req, Eff::None), f(&["-A", "-W", "-D"], Val::Req, Eff::None),
            f(&["-O", "--test"], Val::No, Eff::None), f(&["-V", "--version"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-g"], Val::No, Eff::None),
        ],
        note: "-C linker=PROG runs PROG; proc macros passed with --extern run at compile time",
        ..Spec::D
    },
    Spec {
        names: &["rustup"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec {
                names: &["show", "which", "doc", "completions", "man", "help", "check"],
                pos: Pos::Opaque,
                note: "`show` may install the toolchain named by rust-toolchain.toml (older rustup); `check` contacts the server",
                ..Spec::D
            },
            Spec {
                names: &["toolchain", "target", "component"],
                class: Class::System,
                pos: Pos::Opaque,
                unknown_sub: Class::System,
                subs: &[Spec { names: &["list"], pos: Pos::Opaque, ..Spec::D }],
                note: "add/install/remove change ~/.rustup",
                ..Spec::D
            },
            Spec {
                names: &["update", "upgrade", "install", "uninstall", "default", "set", "self", "override"],
                class: Class::System,
                pos: Pos::Opaque,
                unknown_sub: Class::System,
                subs: &[Spec { names: &["list"], pos: Pos::Opaque, ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: &["run"],
                class: Class::Build,
                pos: Pos::Command,
                note: "runs the command (after the TOOLCHAIN operand) with that toolchain; stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- make-like
    Spec {
        names: &["make", "gmake", "bmake", "pmake"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--file"], Val::Req, Eff::ReadValue), f(&["--makefile"], Val::Req, Eff::ReadValue),
            f(&["-E", "--eval"], Val::Req, Eff::ExecValue),
            f(&["-C", "--directory"], Val::Req, Eff::None), f(&["-I", "--include-dir"], Val::Req, Eff::None), f(&["-o", "--old-file"], Val::Req, Eff::None), f(&["--assume-old"], Val::Req, Eff::None),
            f(&["-W", "--what-if"], Val::Req, Eff::None), f(&["--new-file", "--assume-new", "--jobserver-auth", "--jobserver-style"], Val::Req, Eff::None),
            f(&["-j", "--jobs"], Val::Opt, Eff::None), f(&["-l", "--load-average"], Val::Opt, Eff::None), f(&["-O", "--output-sync"], Val::Opt, Eff::None), f(&["--debug", "--shuffle"], Val::Opt, Eff::None),
        ],
        note: "recipes are shell commands; -n still runs $(shell) and `+` lines; VAR=value operands can set SHELL",
        ..Spec::D
    },
    Spec {
        names: &["cmake"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(&["-E"], Val::No, Eff::Shell),
            f(&["-P"], Val::Req, Eff::ReadValue),
            f(&["-C"], Val::Req, Eff::ReadValue),
            f(&["--install"], Val::Req, Eff::Global),
            f(&["--prefix"], Val::Req, Eff::Global),
            f(&["-B"], Val::Req, Eff::WriteValue),
            f(&["--trace-redirect", "--graphviz", "--profiling-output"], Val::Req, Eff::WriteValue),
            f(&["-A", "--build"], Val::Req, Eff::None), f(&["-t", "--config"], Val::Req, Eff::None), f(&["--target", "--toolchain", "--preset", "--workflow", "--log-level", "--component"], Val::Req, Eff::None), f(&["-S", "-D", "-U", "-G", "-T"], Val::Req, Eff::None),
            f(&["-j", "--parallel"], Val::Opt, Eff::None),
            f(&["--version", "--help", "--fresh", "--system-information"], Val::No, Eff::None), f(&["-N", "-L"], Val::No, Eff::None),
        ],
        note: "-E runs portable commands (rm, copy, env CMD ...); -P runs a CMake script; --install copies into the install prefix",
        ..Spec::D
    },
    Spec {
        names: &["ninja", "samu"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-C", "-j", "-k", "-l", "-d", "-t", "-w"], Val::Req, Eff::None),
        ],
        note: "`-t clean` deletes build outputs; `-t commands/query/targets` only read",
        ..Spec::D
    },
    Spec {
        names: &["meson", "muon"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["introspect", "help", "env2mfile"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["install"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: &[f(&["--destdir", "-C"], Val::Req, Eff::None)],
                note: "installs into the configured prefix (often /usr/local)",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: &["bazel", "bazelisk"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["--bazelrc"], Val::Req, Eff::Build),
            f(&["--output_base", "--output_user_root"], Val::Req, Eff::WriteValue),
        ],
        subs: &[
            Spec { names: &["query", "cquery", "aquery", "info", "version", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["clean"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["just"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-c", "--command"], Val::Req, Eff::ExecValue), f(&["--shell"], Val::Req, Eff::ExecValue),
            f(&["-f", "--justfile"], Val::Req, Eff::ReadValue), f(&["--dotenv-path", "--dotenv-filename"], Val::Req, Eff::ReadValue),
            f(&["-d", "--working-directory"], Val::Req, Eff::None), f(&["--shell-arg", "--set", "--show", "--chooser", "--color", "--list-heading", "--list-prefix"], Val::Req, Eff::None),
        ],
        note: "recipes are shell scripts; `--list/--summary/--show/--dump` only read, but backticks in variables are evaluated",
        ..Spec::D
    },
    Spec {
        names: &["task", "go-task"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-t", "--taskfile"], Val::Req, Eff::ReadValue),
            f(&["-d", "--dir"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None), f(&["-C", "--concurrency"], Val::Req, Eff::None), f(&["-I", "--interval"], Val::Req, Eff::None),
        ],
        note: "Taskfile commands are shell scripts; -l/--list only reads",
        ..Spec::D
    },
    Spec {
        names: &["autoreconf", "autoconf", "automake", "aclocal", "autoheader", "libtoolize"],
        class: Class::Build,
        pos: Pos::Opaque,
        note: "runs m4 macro code from the project",
        ..Spec::D
    },
    Spec {
        names: &["ccache", "sccache", "distcc", "icecc"],
        class: Class::Build,
        pos: Pos::Command,
        note: "compiler wrappers: the wrapped compiler command runs; stage 8 does not unwrap it, so it is judged as running project code; `ccache -C` / `sccache --stop-server` only manage the cache",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Go
    Spec {
        names: &["go"],
        env_args: &["GOFLAGS"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: GO_SUBS,
        note: "Go flag syntax: -flag, --flag, -flag=value and -flag value are all accepted",
        ..Spec::D
    },
    Spec {
        names: &["gofmt"],
        gnu: false,
        flags: &[
            f(&["-w"], Val::No, Eff::InPlace),
            f(&["-r"], Val::Req, Eff::None),
            f(&["-cpuprofile"], Val::Req, Eff::WriteValue),
        ],
        note: "prints formatted source unless -w",
        ..Spec::D
    },
    Spec {
        names: &["goimports"],
        gnu: false,
        flags: &[
            f(&["-w"], Val::No, Eff::InPlace),
            f(&["-local", "-srcdir"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["golangci-lint"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["--fix"], Val::No, Eff::InPlace),
            f(&["-c", "--config"], Val::Req, Eff::Build),
            f(&["-E", "--enable"], Val::Req, Eff::None), f(&["-D", "--disable"], Val::Req, Eff::None), f(&["-j", "--concurrency"], Val::Req, Eff::None), f(&["--out-format", "--timeout", "--build-tags"], Val::Req, Eff::None),
        ],
        note: "loads packages (cgo) and may load plugin modules named in the config",
        ..Spec::D
    },
    // ---------------------------------------------------------------- C, C++ and binutils-level tools
    Spec {
        names: &["gcc", "cc", "g++", "c++", "clang", "clang++", "gcc-12", "gcc-13", "gcc-14", "g++-12", "g++-13", "g++-14", "tcc", "icx", "icpx"],
        class: Class::Build,
        gnu: false,
        flags: GCC_FLAGS,
        note: "compiling runs no project code, but -wrapper/-specs/-B/-fplugin do (and tcc -run runs the program); linking writes -o (default a.out); no short-flag bundling: -Wall is one flag",
        ..Spec::D
    },
    Spec {
        names: &["ld", "ld.bfd", "ld.gold", "ld.lld", "lld", "mold", "ld64.lld"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["-Map"], Val::Req, Eff::WriteValue),
            f(&["-plugin", "--plugin"], Val::Req, Eff::ExecValue),
            f(&["-T", "--script"], Val::Req, Eff::ReadValue), f(&["--version-script", "--dynamic-list"], Val::Req, Eff::ReadValue),
            f(&["-e", "--entry"], Val::Req, Eff::None), f(&["-z", "--dynamic-linker"], Val::Req, Eff::None), f(&["-rpath", "-soname", "--sysroot"], Val::Req, Eff::None), f(&["-L", "-l", "-m"], Val::Req, Eff::None),
        ],
        note: "operands are object files read; the output defaults to a.out",
        ..Spec::D
    },
    Spec {
        names: &["as", "gas", "nasm", "yasm"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(&["-o", "-l"], Val::Req, Eff::WriteValue),
            f(&["-f", "-I", "-D"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- JVM and .NET
    Spec {
        names: &["javac"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(&["-d", "-s", "-h"], Val::Req, Eff::WriteValue),
            f(&["-processorpath", "--processor-path", "-processor", "--processor-module-path"], Val::Req, Eff::Build),
            f(&["-p", "--module-path"], Val::Req, Eff::None), f(&["-cp", "-classpath", "--class-path", "-sourcepath", "--source-path", "--module-source-path"], Val::Req, Eff::None),
            f(&["-m", "--module"], Val::Req, Eff::None), f(&["-source", "--source", "-target", "--target", "--release", "-encoding", "-bootclasspath", "-extdirs", "--add-modules", "--limit-modules"], Val::Req, Eff::None),
            f(&["-J", "-A"], Val::Opt, Eff::None),
        ],
        note: "annotation processors on the classpath run at compile time",
        ..Spec::D
    },
    Spec {
        names: &["java"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(&["-p", "--module-path"], Val::Req, Eff::None), f(&["-cp", "-classpath", "--class-path", "--upgrade-module-path"], Val::Req, Eff::None),
            f(&["-m", "--module"], Val::Req, Eff::None), f(&["--add-modules", "--add-opens", "--add-exports", "--add-reads", "--enable-native-access", "--source", "--limit-modules"], Val::Req, Eff::None),
            f(&["-X", "-javaagent"], Val::Opt, Eff::None), f(&["-agentlib", "-agentpath", "-splash", "-XX"], Val::Opt, Eff::None), f(&["-D"], Val::Opt, Eff::None),
            f(&["-jar", "-version", "--version", "-showversion", "--show-version", "-verbose", "-server", "-client", "-ea", "-da", "-esa", "-dsa", "--enable-preview", "-help", "--help"], Val::No, Eff::None), f(&["-?"], Val::No, Eff::None),
        ],
        note: "runs a class, a jar (-jar FILE is the first operand) or a single source file; -javaagent loads code; JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS inject options",
        ..Spec::D
    },
    Spec {
        names: &["mvn", "mvnw", "mvnd"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-f", "--file"], Val::Req, Eff::ReadValue), f(&["-s", "--settings"], Val::Req, Eff::ReadValue), f(&["-t", "--toolchains"], Val::Req, Eff::ReadValue), f(&["-gs", "--global-settings"], Val::Req, Eff::ReadValue),
            f(&["-l", "--log-file"], Val::Req, Eff::WriteValue),
            f(&["-D", "--define"], Val::Req, Eff::None), f(&["-P", "--activate-profiles"], Val::Req, Eff::None), f(&["-T", "--threads"], Val::Req, Eff::None), f(&["-b", "--builder"], Val::Req, Eff::None), f(&["-pl", "--projects", "-rf", "--resume-from", "--color"], Val::Req, Eff::None),
            f(&["-emp", "--encrypt-master-password", "-ep", "--encrypt-password"], Val::Req, Eff::None),
        ],
        note: "goals are operands: `deploy` uploads artifacts, `install` writes ~/.m2; plugins run arbitrary code",
        ..Spec::D
    },
    Spec {
        names: &["gradle", "gradlew"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-I", "--init-script"], Val::Req, Eff::Build),
            f(&["-b", "--build-file"], Val::Req, Eff::ReadValue), f(&["-c", "--settings-file"], Val::Req, Eff::ReadValue),
            f(&["-p", "--project-dir"], Val::Req, Eff::None), f(&["-g", "--gradle-user-home"], Val::Req, Eff::None), f(&["-D", "--system-prop"], Val::Req, Eff::None), f(&["-P", "--project-prop"], Val::Req, Eff::None), f(&["-x", "--exclude-task"], Val::Req, Eff::None),
            f(&["-M", "--write-verification-metadata"], Val::Req, Eff::None), f(&["--max-workers", "--include-build", "--console", "--warning-mode", "--priority"], Val::Req, Eff::None),
            f(&["--scan"], Val::No, Eff::Net),
        ],
        note: "build scripts are Groovy/Kotlin code; --scan uploads build data to Gradle's servers",
        ..Spec::D
    },
    Spec {
        names: &["sbt", "lein", "mill"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "build definitions are Scala/Clojure code; `publish`/`deploy` tasks upload",
        ..Spec::D
    },
    Spec {
        names: &["dotnet"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec {
                names: &["build", "run", "test", "publish", "pack", "restore", "clean", "watch", "msbuild", "build-server", "ef", "format", "fsi", "vstest", "add", "store", "dev-certs"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(&["-o", "--output"], Val::Req, Eff::WriteValue),
                    f(&["-c", "--configuration"], Val::Req, Eff::None), f(&["-f", "--framework"], Val::Req, Eff::None), f(&["-r", "--runtime"], Val::Req, Eff::None), f(&["-p", "--property"], Val::Req, Eff::None), f(&["-v", "--verbosity"], Val::Req, Eff::None), f(&["--project"], Val::Req, Eff::None),
                    f(&["-s", "--source"], Val::Req, Eff::None), f(&["-a", "--arch"], Val::Req, Eff::None), f(&["-l", "--logger"], Val::Req, Eff::None), f(&["-e", "--environment"], Val::Req, Eff::None), f(&["--os", "--filter", "--settings", "--launch-profile"], Val::Req, Eff::None),
                ],
                note: "MSBuild targets (restore included) run project code; `publish` only produces files",
                ..Spec::D
            },
            Spec { names: &["new", "sln", "remove"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["list", "help", "sdk"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec {
                names: &["tool", "workload"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: &[f(&["-g", "--global"], Val::No, Eff::Global), f(&["--tool-path"], Val::No, Eff::Global)],
                subs: &[
                    Spec { names: &["list", "search"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["run", "exec"], class: Class::Build, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: &["nuget"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Net,
                subs: &[Spec { names: &["locals"], class: Class::Delete, pos: Pos::Opaque, gnu: false, note: "--clear deletes caches; --list only reads", ..Spec::D }],
                note: "`nuget push/delete` publish or unlist packages",
                ..Spec::D
            },
        ],
        flags: &[f(&["-h", "--help"], Val::No, Eff::None), f(&["--info", "--list-sdks", "--list-runtimes", "--version"], Val::No, Eff::None)],
        note: "`dotnet FILE.dll` runs an assembly",
        ..Spec::D
    },
    Spec {
        names: &["ctest", "cross", "wasm-pack", "trunk", "tauri", "cargo-nextest", "cargo-make", "makers"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-O", "--out-dir"], Val::Req, Eff::WriteValue), f(&["--output-log", "--output-junit", "--target-dir"], Val::Req, Eff::WriteValue),
            f(&["-R", "--tests-regex"], Val::Req, Eff::None), f(&["-E", "--exclude-regex"], Val::Req, Eff::None), f(&["-L", "--label-regex"], Val::Req, Eff::None), f(&["-C", "--build-config"], Val::Req, Eff::None), f(&["-j", "--parallel"], Val::Req, Eff::None), f(&["-S", "--script"], Val::Req, Eff::None), f(&["--test-dir", "--target"], Val::Req, Eff::None),
        ],
        note: "run or build project code; `wasm-pack publish` uploads; `ctest -S` runs a CMake script",
        ..Spec::D
    },
    // ---------------------------------------------------------------- other language toolchains
    Spec {
        names: &["zig"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["version", "env", "targets", "help", "zen", "ast-check", "translate-c"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["fmt", "init"], class: Class::Write, pos: Pos::Write, gnu: false, ..Spec::D },
            Spec { names: &["fetch"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "build.zig is Zig code that runs",
        ..Spec::D
    },
    Spec {
        names: &["swift", "swiftc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-o"], Val::Req, Eff::WriteValue)],
        note: "Package.swift is Swift code; `swift FILE` interprets FILE",
        ..Spec::D
    },
    Spec {
        names: &["cabal", "stack", "ghc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-o"], Val::Req, Eff::WriteValue)],
        note: "Setup.hs/Template Haskell run at build time; `install` writes ~/.cabal/bin or ~/.local/bin",
        ..Spec::D
    },
    Spec {
        names: &["mix", "rebar3", "erlc", "elixirc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "mix.exs/rebar.config scripts are code; `hex.publish` uploads",
        ..Spec::D
    },
    Spec {
        names: &["dart", "flutter"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "`pub publish` uploads; `pub get` downloads (and runs build hooks)",
        ..Spec::D
    },
    Spec {
        names: &["kotlinc", "kotlin", "scalac", "scala", "scala-cli", "groovyc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-d"], Val::Req, Eff::WriteValue)],
        ..Spec::D
    },
    Spec {
        names: &["protoc", "buf"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(&["--plugin"], Val::Req, Eff::ExecValue),
            f(&["-o", "--descriptor_set_out"], Val::Req, Eff::WriteValue), f(&["--dependency_out"], Val::Req, Eff::WriteValue),
            f(&["-I", "--proto_path"], Val::Req, Eff::None),
        ],
        note: "--LANG_out=DIR writes generated code; --plugin=NAME=PROG and protoc-gen-* on PATH run programs",
        ..Spec::D
    },
];
