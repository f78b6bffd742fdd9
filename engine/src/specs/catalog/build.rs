//! Build systems, compilers and toolchains: cargo/rustc/rustup, make and friends, Go, C/C++,
//! linkers, the JVM and .NET, and other language toolchains. They run (or compile) project code.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Val};

/// Options shared by most cargo subcommands, followed by the subcommand's own.
#[rustfmt::skip]
macro_rules! cargo_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(names!["--manifest-path"], Val::Req, Eff::ReadValue),
            f(names!["--target-dir", "--artifact-dir", "--out-dir"], Val::Req, Eff::WriteValue),
            f(names!["--config"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--package"], Val::Req, Eff::None), f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["-F", "--features"], Val::Req, Eff::None), f(names!["--target", "--profile", "--exclude"], Val::Req, Eff::None),
            f(names!["--bin", "--example", "--test", "--bench"], Val::Req, Eff::None),
            f(names!["-Z", "--message-format"], Val::Req, Eff::None), f(names!["--color", "--lockfile-path", "--registry", "--index"], Val::Req, Eff::None),
            f(names!["--timings"], Val::Opt, Eff::None),
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
static CARGO_SUBS: &[Spec] = &[
    Spec {
        names: names!["build", "b", "check", "c", "clippy", "fix", "rustc", "rustdoc", "package"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "build scripts and proc macros of the project and its dependencies run",
        ..Spec::D
    },
    Spec {
        names: names!["test", "t", "bench", "run", "r"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "runs project binaries; arguments after `--` go to them",
        ..Spec::D
    },
    Spec {
        names: names!["doc", "d"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "--open starts a browser",
        ..Spec::D
    },
    Spec {
        names: names!["fmt"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "rewrites sources in place; `--check` only reads",
        ..Spec::D
    },
    Spec {
        names: names!["install"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![
            f(names!["--root"], Val::Req, Eff::Global),
            f(names!["--git", "--path", "--branch", "--tag", "--rev", "--version", "--vers"], Val::Req, Eff::None),
        ],
        note: "downloads and builds a crate (its build script runs) and installs binaries into ~/.cargo/bin",
        ..Spec::D
    },
    Spec {
        names: names!["binstall", "install-update", "quickinstall"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![f(names!["--root", "--install-path"], Val::Req, Eff::Global)],
        note: "cargo plugins that download prebuilt binaries into ~/.cargo/bin",
        ..Spec::D
    },
    Spec {
        names: names!["uninstall"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![f(names!["--root"], Val::Req, Eff::Global)],
        note: "removes binaries from ~/.cargo/bin",
        ..Spec::D
    },
    Spec {
        names: names!["publish", "owner", "yank", "search", "info"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: cargo_flags![f(names!["-a", "--add"], Val::Req, Eff::None), f(names!["-r", "--remove"], Val::Req, Eff::None), f(names!["--token", "--vers", "--version", "--limit"], Val::Req, Eff::None)],
        note: "publish uploads the package (and builds it unless --no-verify)",
        ..Spec::D
    },
    Spec {
        names: names!["add"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: cargo_flags![f(names!["--git", "--path", "--branch", "--tag", "--rev", "--rename"], Val::Req, Eff::None)],
        note: "edits Cargo.toml and resolves the lockfile (network)",
        ..Spec::D
    },
    Spec {
        names: names!["remove", "rm"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        ..Spec::D
    },
    Spec {
        names: names!["update", "upgrade", "generate-lockfile", "fetch", "vendor"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: cargo_flags![f(names!["--precise"], Val::Req, Eff::None)],
        note: "downloads the index/crates and rewrites Cargo.lock (vendor writes a directory)",
        ..Spec::D
    },
    Spec {
        names: names!["tree", "metadata", "pkgid", "locate-project", "verify-project", "version", "help", "report", "read-manifest"],
        pos: Pos::Opaque,
        flags: cargo_flags![
            f(names!["-e", "--edges"], Val::Req, Eff::None), f(names!["-i", "--invert"], Val::Req, Eff::None), f(names!["--prefix", "--format", "--depth", "--format-version", "--filter-platform", "--charset"], Val::Req, Eff::None),
        ],
        note: "may fetch the index when Cargo.lock is missing or stale",
        ..Spec::D
    },
    Spec {
        names: names!["login", "logout"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "writes or removes the registry token in ~/.cargo/credentials.toml",
        ..Spec::D
    },
    Spec {
        names: names!["new", "init"],
        class: Class::Write,
        pos: Pos::Write,
        flags: cargo_flags![f(names!["--name", "--edition", "--vcs"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["clean"],
        class: Class::Delete,
        pos: Pos::Opaque,
        flags: cargo_flags![],
        note: "deletes the target directory (--target-dir chooses which)",
        ..Spec::D
    },
    Spec {
        names: names!["config"],
        pos: Pos::Opaque,
        flags: cargo_flags![f(names!["--format"], Val::Req, Eff::None)],
        ..Spec::D
    },
];

/// Options of `go build` and the commands that build (`test`, `run`, `install`, `vet`, `list` ...).
#[rustfmt::skip]
macro_rules! go_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(names!["-o", "--o"], Val::Req, Eff::WriteValue),
            f(names!["-toolexec", "--toolexec", "-exec", "--exec", "-vettool", "--vettool"], Val::Req, Eff::ExecValue),
            f(names!["-modfile", "-overlay", "-pgo"], Val::Req, Eff::ReadValue),
            f(names!["-p", "-tags"], Val::Req, Eff::None), f(names!["-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-mod", "-pkgdir"], Val::Req, Eff::None), f(names!["-C"], Val::Req, Eff::None),
            f(names!["-buildmode", "-compiler", "-installsuffix", "-coverpkg", "-covermode", "-buildvcs"], Val::Req, Eff::None),
            f(names!["-x", "-json"], Val::No, Eff::None), f(names!["-race", "-msan", "-asan", "-cover", "-trimpath", "-linkshared", "-modcacherw", "-work"], Val::No, Eff::None), f(names!["-a", "-n", "-v"], Val::No, Eff::None),
            $($extra),*
        ]
    };
}

#[rustfmt::skip]
static GO_SUBS: &[Spec] = &[
    Spec {
        names: names!["build", "run", "generate", "tool", "fix"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![f(names!["-run", "-skip"], Val::Req, Eff::None)],
        note: "cgo and //go:generate directives run commands; `tool` runs a Go tool",
        ..Spec::D
    },
    Spec {
        names: names!["test"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![
            f(names!["-coverprofile", "-cpuprofile", "-memprofile", "-blockprofile", "-mutexprofile", "-trace", "-outputdir"], Val::Req, Eff::WriteValue),
            f(names!["-run", "-skip", "-bench", "-benchtime", "-count", "-timeout", "-cpu", "-parallel", "-list", "-fuzz", "-fuzztime", "-vet", "-shuffle"], Val::Req, Eff::None),
            f(names!["-i", "-args"], Val::No, Eff::None), f(names!["-short", "-failfast", "-benchmem"], Val::No, Eff::None), f(names!["-c"], Val::No, Eff::None),
        ],
        note: "arguments after -args go to the test binary",
        ..Spec::D
    },
    Spec {
        names: names!["vet"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![],
        ..Spec::D
    },
    Spec {
        names: names!["install"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![],
        note: "builds and installs into $GOBIN (~/go/bin); `pkg@version` downloads it first",
        ..Spec::D
    },
    Spec {
        names: names!["get"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![f(names!["-t", "-u", "-d"], Val::No, Eff::None)],
        note: "downloads modules and edits go.mod",
        ..Spec::D
    },
    Spec {
        names: names!["mod"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["graph", "why", "verify"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["download", "tidy", "vendor"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["init", "edit"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["work"],
        class: Class::Write,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Write,
        ..Spec::D
    },
    Spec {
        names: names!["fmt"],
        class: Class::Write,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-mod"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["env"],
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-w", "-u"], Val::No, Eff::Global)],
        note: "-w/-u change the user's go env file (GOFLAGS, GOPROXY, CC ...)",
        ..Spec::D
    },
    Spec {
        names: names!["list"],
        pos: Pos::Opaque,
        gnu: false,
        flags: go_flags![
            f(names!["-f"], Val::Req, Eff::None),
            f(names!["-reuse"], Val::Req, Eff::ReadValue),
            f(names!["-u", "-deps"], Val::No, Eff::None), f(names!["-test", "-find", "-export", "-compiled", "-retracted"], Val::No, Eff::None), f(names!["-e", "-m"], Val::No, Eff::None),
        ],
        note: "`-m all` and missing modules may hit the module proxy; -export compiles",
        ..Spec::D
    },
    Spec { names: names!["version", "doc", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec {
        names: names!["clean"],
        class: Class::Delete,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-cache", "-modcache", "-testcache", "-fuzzcache"], Val::No, Eff::Global)],
        ..Spec::D
    },
    Spec { names: names!["bug"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec { names: names!["telemetry"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
];

#[rustfmt::skip]
const GCC_FLAGS: &[Flag] = &[
    f(names!["-o"], Val::Req, Eff::WriteValue),
    f(names!["-MF", "-aux-info"], Val::Req, Eff::WriteValue),
    f(names!["-wrapper"], Val::Req, Eff::ExecValue),
    f(names!["-specs", "--specs"], Val::Req, Eff::ExecValue),
    f(names!["-fplugin", "-fplugin-arg"], Val::Opt, Eff::Build),
    f(names!["-B"], Val::Req, Eff::Build),
    f(names!["-include", "-imacros"], Val::Req, Eff::ReadValue), f(names!["-T"], Val::Req, Eff::ReadValue),
    f(names!["-x", "-MT"], Val::Req, Eff::None), f(names!["-MQ", "-isystem", "-iquote", "-idirafter", "-iprefix", "-isysroot"], Val::Req, Eff::None), f(names!["-I", "-L", "-l", "-D", "-U"], Val::Req, Eff::None),
    f(names!["-u", "--sysroot"], Val::Req, Eff::None), f(names!["-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xclang", "-target", "--target"], Val::Req, Eff::None), f(names!["-z", "-e"], Val::Req, Eff::None),
    f(names!["-run"], Val::No, Eff::Shell),
    f(names!["-s", "-shared"], Val::No, Eff::None), f(names!["-static", "-pthread", "-pie", "-rdynamic", "-save-temps"], Val::No, Eff::None), f(names!["-c", "-S", "-E", "-g", "-v", "-w"], Val::No, Eff::None), f(names!["-fsyntax-only", "-M", "-MM", "-MD", "-MMD"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- Rust
    Spec {
        names: names!["cargo"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["--config"], Val::Req, Eff::ExecValue),
            f(names!["--manifest-path"], Val::Req, Eff::ReadValue),
            f(names!["-C", "--color"], Val::Req, Eff::None), f(names!["--explain"], Val::Req, Eff::None), f(names!["-Z"], Val::Req, Eff::None),
            f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-V", "--version"], Val::No, Eff::None), f(names!["-h", "--help"], Val::No, Eff::None), f(names!["--list", "--frozen", "--locked", "--offline"], Val::No, Eff::None),
        ],
        subs: CARGO_SUBS,
        note: "`+toolchain` is handled by code; unknown subcommands are aliases or cargo-* plugins; --config KEY=VALUE can set target runners, linkers and build.rustc-wrapper (commands), so it is judged like an exec value",
        ..Spec::D
    },
    Spec {
        names: names!["rustc"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(names!["-o", "--out-dir"], Val::Req, Eff::WriteValue),
            f(names!["-l", "--crate-type"], Val::Req, Eff::None), f(names!["-C", "--codegen"], Val::Req, Eff::None), f(names!["--crate-name", "--edition", "--emit", "--print", "--cfg", "--check-cfg"], Val::Req, Eff::None), f(names!["-L"], Val::Req, Eff::None),
            f(names!["-Z", "--target"], Val::Req, Eff::None), f(names!["-F", "--cap-lints"], Val::Req, Eff::None), f(names!["--sysroot", "--extern", "--explain", "--error-format", "--json", "--color", "--remap-path-prefix"], Val::Req, Eff::None), f(names!["-A", "-W", "-D"], Val::Req, Eff::None),
            f(names!["-O", "--test"], Val::No, Eff::None), f(names!["-V", "--version"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-g"], Val::No, Eff::None),
        ],
        note: "-C linker=PROG runs PROG; proc macros passed with --extern run at compile time",
        ..Spec::D
    },
    Spec {
        names: names!["rustup"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec {
                names: names!["show", "which", "doc", "completions", "man", "help", "check"],
                pos: Pos::Opaque,
                note: "`show` may install the toolchain named by rust-toolchain.toml (older rustup); `check` contacts the server",
                ..Spec::D
            },
            Spec {
                names: names!["toolchain", "target", "component"],
                class: Class::System,
                pos: Pos::Opaque,
                unknown_sub: Class::System,
                subs: &[Spec { names: names!["list"], pos: Pos::Opaque, ..Spec::D }],
                note: "add/install/remove change ~/.rustup",
                ..Spec::D
            },
            Spec {
                names: names!["update", "upgrade", "install", "uninstall", "default", "set", "self", "override"],
                class: Class::System,
                pos: Pos::Opaque,
                unknown_sub: Class::System,
                subs: &[Spec { names: names!["list"], pos: Pos::Opaque, ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: names!["run"],
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
        names: names!["make", "gmake", "bmake", "pmake"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue), f(names!["--makefile"], Val::Req, Eff::ReadValue),
            f(names!["-E", "--eval"], Val::Req, Eff::ExecValue),
            f(names!["-C", "--directory"], Val::Req, Eff::None), f(names!["-I", "--include-dir"], Val::Req, Eff::None), f(names!["-o", "--old-file"], Val::Req, Eff::None), f(names!["--assume-old"], Val::Req, Eff::None),
            f(names!["-W", "--what-if"], Val::Req, Eff::None), f(names!["--new-file", "--assume-new", "--jobserver-auth", "--jobserver-style"], Val::Req, Eff::None),
            f(names!["-j", "--jobs"], Val::Opt, Eff::None), f(names!["-l", "--load-average"], Val::Opt, Eff::None), f(names!["-O", "--output-sync"], Val::Opt, Eff::None), f(names!["--debug", "--shuffle"], Val::Opt, Eff::None),
        ],
        note: "recipes are shell commands; -n still runs $(shell) and `+` lines; VAR=value operands can set SHELL",
        ..Spec::D
    },
    Spec {
        names: names!["cmake"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(names!["-E"], Val::No, Eff::Shell),
            f(names!["-P"], Val::Req, Eff::ReadValue),
            f(names!["-C"], Val::Req, Eff::ReadValue),
            f(names!["--install"], Val::Req, Eff::Global),
            f(names!["--prefix"], Val::Req, Eff::Global),
            f(names!["-B"], Val::Req, Eff::WriteValue),
            f(names!["--trace-redirect", "--graphviz", "--profiling-output"], Val::Req, Eff::WriteValue),
            f(names!["-A", "--build"], Val::Req, Eff::None), f(names!["-t", "--config"], Val::Req, Eff::None), f(names!["--target", "--toolchain", "--preset", "--workflow", "--log-level", "--component"], Val::Req, Eff::None), f(names!["-S", "-D", "-U", "-G", "-T"], Val::Req, Eff::None),
            f(names!["-j", "--parallel"], Val::Opt, Eff::None),
            f(names!["--version", "--help", "--fresh", "--system-information"], Val::No, Eff::None), f(names!["-N", "-L"], Val::No, Eff::None),
        ],
        note: "-E runs portable commands (rm, copy, env CMD ...); -P runs a CMake script; --install copies into the install prefix",
        ..Spec::D
    },
    Spec {
        names: names!["ninja", "samu"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-C", "-j", "-k", "-l", "-d", "-t", "-w"], Val::Req, Eff::None),
        ],
        note: "`-t clean` deletes build outputs; `-t commands/query/targets` only read",
        ..Spec::D
    },
    Spec {
        names: names!["meson", "muon"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["introspect", "help", "env2mfile"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["install"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: &[f(names!["--destdir", "-C"], Val::Req, Eff::None)],
                note: "installs into the configured prefix (often /usr/local)",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["bazel", "bazelisk"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["--bazelrc"], Val::Req, Eff::Build),
            f(names!["--output_base", "--output_user_root"], Val::Req, Eff::WriteValue),
        ],
        subs: &[
            Spec { names: names!["query", "cquery", "aquery", "info", "version", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["clean"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["just"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-c", "--command"], Val::Req, Eff::ExecValue), f(names!["--shell"], Val::Req, Eff::ExecValue),
            f(names!["-f", "--justfile"], Val::Req, Eff::ReadValue), f(names!["--dotenv-path", "--dotenv-filename"], Val::Req, Eff::ReadValue),
            f(names!["-d", "--working-directory"], Val::Req, Eff::None), f(names!["--shell-arg", "--set", "--show", "--chooser", "--color", "--list-heading", "--list-prefix"], Val::Req, Eff::None),
        ],
        note: "recipes are shell scripts; `--list/--summary/--show/--dump` only read, but backticks in variables are evaluated",
        ..Spec::D
    },
    Spec {
        names: names!["task", "go-task"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-t", "--taskfile"], Val::Req, Eff::ReadValue),
            f(names!["-d", "--dir"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-C", "--concurrency"], Val::Req, Eff::None), f(names!["-I", "--interval"], Val::Req, Eff::None),
        ],
        note: "Taskfile commands are shell scripts; -l/--list only reads",
        ..Spec::D
    },
    Spec {
        names: names!["autoreconf", "autoconf", "automake", "aclocal", "autoheader", "libtoolize"],
        class: Class::Build,
        pos: Pos::Opaque,
        note: "runs m4 macro code from the project",
        ..Spec::D
    },
    Spec {
        names: names!["ccache", "sccache", "distcc", "icecc"],
        class: Class::Build,
        pos: Pos::Command,
        note: "compiler wrappers: the wrapped compiler command runs; stage 8 does not unwrap it, so it is judged as running project code; `ccache -C` / `sccache --stop-server` only manage the cache",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Go
    Spec {
        names: names!["go"],
        env_args: &["GOFLAGS"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: GO_SUBS,
        note: "Go flag syntax: -flag, --flag, -flag=value and -flag value are all accepted",
        ..Spec::D
    },
    Spec {
        names: names!["gofmt"],
        gnu: false,
        flags: &[
            f(names!["-w"], Val::No, Eff::InPlace),
            f(names!["-r"], Val::Req, Eff::None),
            f(names!["-cpuprofile"], Val::Req, Eff::WriteValue),
        ],
        note: "prints formatted source unless -w",
        ..Spec::D
    },
    Spec {
        names: names!["goimports"],
        gnu: false,
        flags: &[
            f(names!["-w"], Val::No, Eff::InPlace),
            f(names!["-local", "-srcdir"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["golangci-lint"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["--fix"], Val::No, Eff::InPlace),
            f(names!["-c", "--config"], Val::Req, Eff::Build),
            f(names!["-E", "--enable"], Val::Req, Eff::None), f(names!["-D", "--disable"], Val::Req, Eff::None), f(names!["-j", "--concurrency"], Val::Req, Eff::None), f(names!["--out-format", "--timeout", "--build-tags"], Val::Req, Eff::None),
        ],
        note: "loads packages (cgo) and may load plugin modules named in the config",
        ..Spec::D
    },
    // ---------------------------------------------------------------- C, C++ and binutils-level tools
    Spec {
        names: names!["gcc", "cc", "g++", "c++", "clang", "clang++", "gcc-12", "gcc-13", "gcc-14", "g++-12", "g++-13", "g++-14", "tcc", "icx", "icpx"],
        class: Class::Build,
        gnu: false,
        flags: GCC_FLAGS,
        note: "compiling runs no project code, but -wrapper/-specs/-B/-fplugin do (and tcc -run runs the program); linking writes -o (default a.out); no short-flag bundling: -Wall is one flag",
        ..Spec::D
    },
    Spec {
        names: names!["ld", "ld.bfd", "ld.gold", "ld.lld", "lld", "mold", "ld64.lld"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["-Map"], Val::Req, Eff::WriteValue),
            f(names!["-plugin", "--plugin"], Val::Req, Eff::ExecValue),
            f(names!["-T", "--script"], Val::Req, Eff::ReadValue), f(names!["--version-script", "--dynamic-list"], Val::Req, Eff::ReadValue),
            f(names!["-e", "--entry"], Val::Req, Eff::None), f(names!["-z", "--dynamic-linker"], Val::Req, Eff::None), f(names!["-rpath", "-soname", "--sysroot"], Val::Req, Eff::None), f(names!["-L", "-l", "-m"], Val::Req, Eff::None),
        ],
        note: "operands are object files read; the output defaults to a.out",
        ..Spec::D
    },
    Spec {
        names: names!["as", "gas", "nasm", "yasm"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(names!["-o", "-l"], Val::Req, Eff::WriteValue),
            f(names!["-f", "-I", "-D"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- JVM and .NET
    Spec {
        names: names!["javac"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(names!["-d", "-s", "-h"], Val::Req, Eff::WriteValue),
            f(names!["-processorpath", "--processor-path", "-processor", "--processor-module-path"], Val::Req, Eff::Build),
            f(names!["-p", "--module-path"], Val::Req, Eff::None), f(names!["-cp", "-classpath", "--class-path", "-sourcepath", "--source-path", "--module-source-path"], Val::Req, Eff::None),
            f(names!["-m", "--module"], Val::Req, Eff::None), f(names!["-source", "--source", "-target", "--target", "--release", "-encoding", "-bootclasspath", "-extdirs", "--add-modules", "--limit-modules"], Val::Req, Eff::None),
            f(names!["-J", "-A"], Val::Opt, Eff::None),
        ],
        note: "annotation processors on the classpath run at compile time",
        ..Spec::D
    },
    Spec {
        names: names!["java"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        flags: &[
            f(names!["-p", "--module-path"], Val::Req, Eff::None), f(names!["-cp", "-classpath", "--class-path", "--upgrade-module-path"], Val::Req, Eff::None),
            f(names!["-m", "--module"], Val::Req, Eff::None), f(names!["--add-modules", "--add-opens", "--add-exports", "--add-reads", "--enable-native-access", "--source", "--limit-modules"], Val::Req, Eff::None),
            f(names!["-X", "-javaagent"], Val::Opt, Eff::None), f(names!["-agentlib", "-agentpath", "-splash", "-XX"], Val::Opt, Eff::None), f(names!["-D"], Val::Opt, Eff::None),
            f(names!["-jar", "-version", "--version", "-showversion", "--show-version", "-verbose", "-server", "-client", "-ea", "-da", "-esa", "-dsa", "--enable-preview", "-help", "--help"], Val::No, Eff::None), f(names!["-?"], Val::No, Eff::None),
        ],
        note: "runs a class, a jar (-jar FILE is the first operand) or a single source file; -javaagent loads code; JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS inject options",
        ..Spec::D
    },
    Spec {
        names: names!["mvn", "mvnw", "mvnd"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue), f(names!["-s", "--settings"], Val::Req, Eff::ReadValue), f(names!["-t", "--toolchains"], Val::Req, Eff::ReadValue), f(names!["-gs", "--global-settings"], Val::Req, Eff::ReadValue),
            f(names!["-l", "--log-file"], Val::Req, Eff::WriteValue),
            f(names!["-D", "--define"], Val::Req, Eff::None), f(names!["-P", "--activate-profiles"], Val::Req, Eff::None), f(names!["-T", "--threads"], Val::Req, Eff::None), f(names!["-b", "--builder"], Val::Req, Eff::None), f(names!["-pl", "--projects", "-rf", "--resume-from", "--color"], Val::Req, Eff::None),
            f(names!["-emp", "--encrypt-master-password", "-ep", "--encrypt-password"], Val::Req, Eff::None),
        ],
        note: "goals are operands: `deploy` uploads artifacts, `install` writes ~/.m2; plugins run arbitrary code",
        ..Spec::D
    },
    Spec {
        names: names!["gradle", "gradlew"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-I", "--init-script"], Val::Req, Eff::Build),
            f(names!["-b", "--build-file"], Val::Req, Eff::ReadValue), f(names!["-c", "--settings-file"], Val::Req, Eff::ReadValue),
            f(names!["-p", "--project-dir"], Val::Req, Eff::None), f(names!["-g", "--gradle-user-home"], Val::Req, Eff::None), f(names!["-D", "--system-prop"], Val::Req, Eff::None), f(names!["-P", "--project-prop"], Val::Req, Eff::None), f(names!["-x", "--exclude-task"], Val::Req, Eff::None),
            f(names!["-M", "--write-verification-metadata"], Val::Req, Eff::None), f(names!["--max-workers", "--include-build", "--console", "--warning-mode", "--priority"], Val::Req, Eff::None),
            f(names!["--scan"], Val::No, Eff::Net),
        ],
        note: "build scripts are Groovy/Kotlin code; --scan uploads build data to Gradle's servers",
        ..Spec::D
    },
    Spec {
        names: names!["sbt", "lein", "mill"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "build definitions are Scala/Clojure code; `publish`/`deploy` tasks upload",
        ..Spec::D
    },
    Spec {
        names: names!["dotnet"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec {
                names: names!["build", "run", "test", "publish", "pack", "restore", "clean", "watch", "msbuild", "build-server", "ef", "format", "fsi", "vstest", "add", "store", "dev-certs"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
                    f(names!["-c", "--configuration"], Val::Req, Eff::None), f(names!["-f", "--framework"], Val::Req, Eff::None), f(names!["-r", "--runtime"], Val::Req, Eff::None), f(names!["-p", "--property"], Val::Req, Eff::None), f(names!["-v", "--verbosity"], Val::Req, Eff::None), f(names!["--project"], Val::Req, Eff::None),
                    f(names!["-s", "--source"], Val::Req, Eff::None), f(names!["-a", "--arch"], Val::Req, Eff::None), f(names!["-l", "--logger"], Val::Req, Eff::None), f(names!["-e", "--environment"], Val::Req, Eff::None), f(names!["--os", "--filter", "--settings", "--launch-profile"], Val::Req, Eff::None),
                ],
                note: "MSBuild targets (restore included) run project code; `publish` only produces files",
                ..Spec::D
            },
            Spec { names: names!["new", "sln", "remove"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["list", "help", "sdk"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec {
                names: names!["tool", "workload"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: &[f(names!["-g", "--global"], Val::No, Eff::Global), f(names!["--tool-path"], Val::No, Eff::Global)],
                subs: &[
                    Spec { names: names!["list", "search"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["run", "exec"], class: Class::Build, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: names!["nuget"],
                class: Class::Net,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Net,
                subs: &[Spec { names: names!["locals"], class: Class::Delete, pos: Pos::Opaque, gnu: false, note: "--clear deletes caches; --list only reads", ..Spec::D }],
                note: "`nuget push/delete` publish or unlist packages",
                ..Spec::D
            },
        ],
        flags: &[f(names!["-h", "--help"], Val::No, Eff::None), f(names!["--info", "--list-sdks", "--list-runtimes", "--version"], Val::No, Eff::None)],
        note: "`dotnet FILE.dll` runs an assembly",
        ..Spec::D
    },
    Spec {
        names: names!["ctest", "cross", "wasm-pack", "trunk", "tauri", "cargo-nextest", "cargo-make", "makers"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-O", "--out-dir"], Val::Req, Eff::WriteValue), f(names!["--output-log", "--output-junit", "--target-dir"], Val::Req, Eff::WriteValue),
            f(names!["-R", "--tests-regex"], Val::Req, Eff::None), f(names!["-E", "--exclude-regex"], Val::Req, Eff::None), f(names!["-L", "--label-regex"], Val::Req, Eff::None), f(names!["-C", "--build-config"], Val::Req, Eff::None), f(names!["-j", "--parallel"], Val::Req, Eff::None), f(names!["-S", "--script"], Val::Req, Eff::None), f(names!["--test-dir", "--target"], Val::Req, Eff::None),
        ],
        note: "run or build project code; `wasm-pack publish` uploads; `ctest -S` runs a CMake script",
        ..Spec::D
    },
    // ---------------------------------------------------------------- other language toolchains
    Spec {
        names: names!["zig"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["version", "env", "targets", "help", "zen", "ast-check", "translate-c"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["fmt", "init"], class: Class::Write, pos: Pos::Write, gnu: false, ..Spec::D },
            Spec { names: names!["fetch"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "build.zig is Zig code that runs",
        ..Spec::D
    },
    Spec {
        names: names!["swift", "swiftc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-o"], Val::Req, Eff::WriteValue)],
        note: "Package.swift is Swift code; `swift FILE` interprets FILE",
        ..Spec::D
    },
    Spec {
        names: names!["cabal", "stack", "ghc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-o"], Val::Req, Eff::WriteValue)],
        note: "Setup.hs/Template Haskell run at build time; `install` writes ~/.cabal/bin or ~/.local/bin",
        ..Spec::D
    },
    Spec {
        names: names!["mix", "rebar3", "erlc", "elixirc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "mix.exs/rebar.config scripts are code; `hex.publish` uploads",
        ..Spec::D
    },
    Spec {
        names: names!["dart", "flutter"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "`pub publish` uploads; `pub get` downloads (and runs build hooks)",
        ..Spec::D
    },
    Spec {
        names: names!["kotlinc", "kotlin", "scalac", "scala", "scala-cli", "groovyc"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-d"], Val::Req, Eff::WriteValue)],
        ..Spec::D
    },
    Spec {
        names: names!["protoc", "buf"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(names!["--plugin"], Val::Req, Eff::ExecValue),
            f(names!["-o", "--descriptor_set_out"], Val::Req, Eff::WriteValue), f(names!["--dependency_out"], Val::Req, Eff::WriteValue),
            f(names!["-I", "--proto_path"], Val::Req, Eff::None),
        ],
        note: "--LANG_out=DIR writes generated code; --plugin=NAME=PROG and protoc-gen-* on PATH run programs",
        ..Spec::D
    },
];
