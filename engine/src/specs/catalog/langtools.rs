//! Python and JavaScript developer tooling (test runners, linters, formatters, bundlers, Deno and
//! Bun), notebooks, documentation generators and pre-commit: all run project code or configs.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Special, Val};

#[rustfmt::skip]
const JS_TEST_FLAGS: &[Flag] = &[
    f(&["--config"], Val::Req, Eff::Build),
    f(&["--outputFile", "--output-file", "--outputDir", "--output"], Val::Req, Eff::WriteValue),
];

#[rustfmt::skip]
const JS_BUNDLER_FLAGS: &[Flag] = &[
    f(&["-c", "--config"], Val::Req, Eff::Build),
    f(&["-o", "--outDir"], Val::Req, Eff::WriteValue), f(&["--outdir", "--out-dir", "--outfile", "--out-file", "--output", "--output-path"], Val::Req, Eff::WriteValue),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- Python tooling
    Spec {
        names: &["pytest", "py.test"],
        env_args: &["PYTEST_ADDOPTS"],
        class: Class::Build,
        flags: &[
            f(&["--basetemp"], Val::Req, Eff::None),
            f(&["--junitxml", "--junit-xml", "--resultlog", "--result-log", "--log-file", "--report-log", "--cov-report"], Val::Req, Eff::WriteValue),
            f(&["-c", "--config-file"], Val::Req, Eff::ReadValue), f(&["--confcutdir"], Val::Req, Eff::ReadValue),
            f(&["-p"], Val::Req, Eff::Build),
            f(&["-m", "--rootdir"], Val::Req, Eff::None), f(&["-n", "--numprocesses"], Val::Req, Eff::None), f(&["-o", "--override-ini"], Val::Req, Eff::None), f(&["--durations", "--maxfail", "--tb", "--ignore", "--ignore-glob", "--deselect"], Val::Req, Eff::None), f(&["-k"], Val::Req, Eff::None),
            f(&["-W", "--pythonwarnings"], Val::Req, Eff::None), f(&["--log-level", "--log-cli-level", "--capture", "--import-mode", "--cov", "--cov-config", "--dist"], Val::Req, Eff::None), f(&["-r"], Val::Req, Eff::None),
            f(&["--debug"], Val::Opt, Eff::WriteValue),
        ],
        note: "operands are test paths; conftest.py and plugins run; --basetemp DIR is wiped first (a recursive delete, judged in stage 12)",
        ..Spec::D
    },
    Spec {
        names: &["tox", "nox"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(&["-c", "--conf"], Val::Req, Eff::ReadValue), f(&["-f", "--noxfile"], Val::Req, Eff::ReadValue),
            f(&["--workdir", "--envdir"], Val::Req, Eff::WriteValue),
            f(&["-e", "--env"], Val::Req, Eff::None), f(&["-s", "--session"], Val::Req, Eff::None), f(&["-t", "--tags"], Val::Req, Eff::None), f(&["-p", "--parallel"], Val::Req, Eff::None), f(&["-k", "--installpkg"], Val::Req, Eff::None), f(&["--python"], Val::Req, Eff::None),
        ],
        note: "creates virtualenvs, installs dependencies (network) and runs the configured commands",
        ..Spec::D
    },
    Spec {
        names: &["ruff"],
        pos: Pos::Opaque,
        unknown_sub: Class::Read,
        flags: &[
            f(&["--fix"], Val::No, Eff::InPlace),
            f(&["--config"], Val::Req, Eff::None),
            f(&["-o", "--output-file"], Val::Req, Eff::WriteValue),
        ],
        subs: &[
            Spec {
                names: &["check"],
                flags: &[
                    f(&["--fix", "--unsafe-fixes", "--add-noqa"], Val::No, Eff::InPlace),
                    f(&["-o", "--output-file"], Val::Req, Eff::WriteValue), f(&["--cache-dir"], Val::Req, Eff::WriteValue),
                    f(&["--config", "--select", "--ignore", "--extend-select", "--per-file-ignores", "--exclude", "--extend-exclude", "--output-format", "--target-version", "--line-length", "--stdin-filename"], Val::Req, Eff::None),
                ],
                ..Spec::D
            },
            Spec {
                names: &["format"],
                class: Class::Write,
                pos: Pos::Write,
                flags: &[
                    f(&["--cache-dir"], Val::Req, Eff::WriteValue),
                    f(&["--config", "--exclude", "--line-length", "--target-version", "--stdin-filename", "--range"], Val::Req, Eff::None),
                ],
                note: "`--check`/`--diff` only read",
                ..Spec::D
            },
            Spec { names: &["rule", "linter", "version", "config", "help", "analyze", "server"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["clean"], class: Class::Delete, pos: Pos::Opaque, note: "removes .ruff_cache", ..Spec::D },
        ],
        note: "legacy `ruff PATH` means `ruff check PATH`",
        ..Spec::D
    },
    Spec {
        names: &["mypy", "dmypy"],
        class: Class::Build,
        flags: &[
            f(&["--python-executable"], Val::Req, Eff::ExecValue),
            f(&["--config-file"], Val::Req, Eff::ReadValue),
            f(&["--cache-dir", "--junit-xml", "--html-report", "--txt-report", "--xml-report", "--any-exprs-report", "--linecount-report", "--lineprecision-report", "--cobertura-xml-report", "--linecoverage-report", "--xslt-html-report", "--xslt-txt-report"], Val::Req, Eff::WriteValue),
            f(&["--install-types"], Val::No, Eff::Build),
            f(&["-m", "--module"], Val::Req, Eff::None), f(&["-p", "--package"], Val::Req, Eff::None), f(&["-c", "--command"], Val::Req, Eff::None), f(&["--python-version", "--exclude", "--custom-typeshed-dir", "--platform", "--always-true", "--always-false", "--enable-error-code", "--disable-error-code"], Val::Req, Eff::None),
        ],
        note: "plugins named in the project config are imported (project code); --install-types runs pip",
        ..Spec::D
    },
    Spec {
        names: &["black", "isort", "autopep8", "yapf", "blue"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-i", "--in-place"], Val::No, Eff::InPlace),
            f(&["--config", "--settings-path", "--settings-file", "--sp"], Val::Req, Eff::ReadValue),
            f(&["-l", "--line-length"], Val::Req, Eff::None), f(&["-t", "--target-version"], Val::Req, Eff::None), f(&["-W", "--workers"], Val::Req, Eff::None), f(&["--include", "--exclude", "--extend-exclude", "--force-exclude", "--code", "--stdin-filename", "--python-cell-magics", "--required-version", "--profile", "--style"], Val::Req, Eff::None), f(&["-p", "-o"], Val::Req, Eff::None),
        ],
        note: "rewrite files in place; `--check`/`--diff` only read (autopep8/yapf print unless -i)",
        ..Spec::D
    },
    Spec {
        names: &["flake8", "pycodestyle", "pyflakes", "pydocstyle", "bandit", "vulture", "pyright", "basedpyright"],
        flags: &[
            f(&["--output-file", "-o"], Val::Req, Eff::WriteValue),
            f(&["-c", "--configfile"], Val::Req, Eff::ReadValue), f(&["-p", "--project"], Val::Req, Eff::ReadValue), f(&["--config", "--append-config"], Val::Req, Eff::ReadValue),
            f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["--select", "--ignore", "--extend-ignore", "--exclude", "--extend-exclude", "--max-line-length", "--format", "--per-file-ignores", "--pythonpath", "--pythonversion", "--level", "--threads"], Val::Req, Eff::None),
        ],
        note: "static checkers; flake8 plugins are installed packages",
        ..Spec::D
    },
    Spec {
        names: &["pylint"],
        class: Class::Build,
        flags: &[
            f(&["--rcfile"], Val::Req, Eff::Build),
            f(&["--load-plugins", "--init-hook"], Val::Req, Eff::ExecValue),
            f(&["--output"], Val::Req, Eff::WriteValue),
            f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["-d", "--disable"], Val::Req, Eff::None), f(&["-e", "--enable"], Val::Req, Eff::None), f(&["-f", "--ignore"], Val::Req, Eff::None), f(&["--output-format", "--ignore-patterns", "--max-line-length", "--fail-under"], Val::Req, Eff::None),
        ],
        note: "an rcfile (pylintrc, pyproject.toml, setup.cfg) can set init-hook = Python code",
        ..Spec::D
    },
    Spec {
        names: &["maturin"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["publish", "upload"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["list-python", "help"], pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["twine"],
        class: Class::Net,
        flags: &[
            f(&["-r", "--repository"], Val::Req, Eff::None), f(&["-u", "--username"], Val::Req, Eff::None), f(&["-p", "--password"], Val::Req, Eff::None), f(&["-c", "--comment"], Val::Req, Eff::None), f(&["-i", "--identity"], Val::Req, Eff::None), f(&["--repository-url", "--config-file"], Val::Req, Eff::None),
        ],
        note: "`twine upload FILES` publishes the given files; `twine check` only reads",
        ..Spec::D
    },
    // ---------------------------------------------------------------- JavaScript tooling
    Spec {
        names: &["deno"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::InlineCode,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-A", "--allow-all"], Val::Opt, Eff::Privilege), f(&["-P", "--permission-set"], Val::Opt, Eff::Privilege), f(&["--allow-run", "--allow-ffi"], Val::Opt, Eff::Privilege),
            f(&["-R", "--allow-write"], Val::Opt, Eff::None), f(&["-W", "--allow-net"], Val::Opt, Eff::None), f(&["-N", "--allow-env"], Val::Opt, Eff::None), f(&["-E", "--allow-sys"], Val::Opt, Eff::None), f(&["-S", "--allow-import"], Val::Opt, Eff::None), f(&["--allow-read"], Val::Opt, Eff::None), f(&["-I"], Val::Opt, Eff::None),
            f(&["-c", "--config"], Val::Req, Eff::None), f(&["--import-map", "--cert", "--location", "--seed", "--ext"], Val::Req, Eff::None),
            f(&["--lock", "--v8-flags", "--env-file", "--inspect", "--inspect-brk"], Val::Opt, Eff::None),
        ],
        subs: &[
            Spec {
                names: &["run", "serve", "test", "bench", "task", "compile", "jupyter", "x"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(&["-A", "--allow-all"], Val::Opt, Eff::Privilege), f(&["-P", "--permission-set"], Val::Opt, Eff::Privilege), f(&["--allow-run", "--allow-ffi"], Val::Opt, Eff::Privilege),
                    f(&["-o", "--output"], Val::Req, Eff::WriteValue),
                ],
                note: "without --allow-* the code runs in Deno's sandbox; -A/--allow-run/--allow-ffi lift it",
                ..Spec::D
            },
            Spec {
                names: &["eval", "repl"],
                class: Class::Interpreter,
                pos: Pos::Opaque,
                gnu: false,
                special: Special::InlineCode,
                flags: &[f(&["-A", "--allow-all"], Val::Opt, Eff::Privilege), f(&["--allow-run", "--allow-ffi"], Val::Opt, Eff::Privilege)],
                note: "`deno eval CODE` has every permission",
                ..Spec::D
            },
            Spec {
                names: &["fmt"],
                class: Class::Write,
                pos: Pos::Write,
                gnu: false,
                note: "`--check` only reads",
                ..Spec::D
            },
            Spec { names: &["lint", "doc", "info", "check", "types", "help", "completions", "coverage"], pos: Pos::Opaque, gnu: false, note: "may download remote modules", ..Spec::D },
            Spec { names: &["cache", "install", "add", "outdated", "approve-scripts"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: &[f(&["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: &["remove", "uninstall", "init", "clean"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: &[f(&["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: &["upgrade", "publish"], class: Class::Net, pos: Pos::Opaque, gnu: false, note: "upgrade replaces the deno binary", ..Spec::D },
        ],
        note: "`deno` alone is a REPL; `deno FILE` runs FILE",
        ..Spec::D
    },
    Spec {
        names: &["bun"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::InlineCode,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-e", "--eval"], Val::Req, Eff::None), f(&["-p", "--print"], Val::Req, Eff::None),
            f(&["-r", "--preload"], Val::Req, Eff::Build),
            f(&["--env-file"], Val::Req, Eff::ReadValue),
            f(&["-c", "--config"], Val::Req, Eff::None), f(&["--cwd"], Val::Req, Eff::None),
            f(&["-g", "--global"], Val::No, Eff::Global),
        ],
        subs: &[
            Spec { names: &["run", "test", "build", "x", "create", "init", "exec", "install", "i", "add", "a", "update", "pm", "patch", "link"],
                class: Class::Build, pos: Pos::Opaque, gnu: false,
                flags: &[f(&["-g", "--global"], Val::No, Eff::Global), f(&["-c", "--config"], Val::Req, Eff::None), f(&["--cwd", "--filter"], Val::Req, Eff::None)],
                note: "lifecycle scripts and package binaries run; `x`/`create` download and run packages",
                ..Spec::D },
            Spec { names: &["remove", "rm", "unlink"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: &[f(&["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: &["publish", "outdated", "audit", "info", "upgrade"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["repl"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "`bun FILE` runs FILE; `bun NAME` runs a package.json script",
        ..Spec::D
    },
    Spec {
        names: &["bunx"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "downloads (if needed) and runs a package binary; the package name is not a local program",
        ..Spec::D
    },
    Spec {
        names: &["tsc"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(&["-p", "--project"], Val::Req, Eff::ReadValue),
            f(&["--outDir", "--outdir", "--outFile", "--outfile", "--declarationDir", "--tsBuildInfoFile", "--generateTrace"], Val::Req, Eff::WriteValue),
            f(&["-t", "--target"], Val::Req, Eff::None), f(&["-m", "--module"], Val::Req, Eff::None), f(&["--lib", "--jsx", "--moduleResolution", "--rootDir", "--baseUrl", "--locale", "--types"], Val::Req, Eff::None),
        ],
        note: "emits JavaScript next to the sources or into outDir (--noEmit: read-only); option names are case-insensitive",
        ..Spec::D
    },
    Spec {
        names: &["eslint"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(&["--fix"], Val::No, Eff::InPlace),
            f(&["-c", "--config"], Val::Req, Eff::Build), f(&["-f", "--format"], Val::Req, Eff::Build), f(&["--rulesdir", "--plugin", "--resolve-plugins-relative-to"], Val::Req, Eff::Build),
            f(&["-o", "--output-file"], Val::Req, Eff::WriteValue), f(&["--cache-location"], Val::Req, Eff::WriteValue),
            f(&["--ignore-path"], Val::Req, Eff::ReadValue),
            f(&["--ext", "--ignore-pattern", "--parser", "--parser-options", "--env", "--global", "--rule", "--max-warnings", "--stdin-filename", "--fix-type", "--flag", "--concurrency"], Val::Req, Eff::None),
        ],
        note: "eslint.config.js and plugins are JavaScript that runs",
        ..Spec::D
    },
    Spec {
        names: &["prettier"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(&["-w", "--write"], Val::No, Eff::InPlace),
            f(&["--config", "--plugin"], Val::Req, Eff::Build),
            f(&["--ignore-path"], Val::Req, Eff::ReadValue),
            f(&["--cache-location"], Val::Req, Eff::WriteValue),
            f(&["--stdin-filepath", "--log-level", "--parser", "--print-width", "--tab-width", "--end-of-line", "--trailing-comma", "--config-precedence"], Val::Req, Eff::None),
        ],
        note: "prints formatted output unless --write; JS config files and plugins run",
        ..Spec::D
    },
    Spec {
        names: &["jest", "vitest", "mocha", "ava", "karma", "playwright", "cypress"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: JS_TEST_FLAGS,
        note: "test runners execute project code",
        ..Spec::D
    },
    Spec {
        names: &["webpack", "webpack-cli", "vite", "next", "nuxt", "esbuild", "rollup", "parcel", "turbo", "nx", "lerna", "tsup", "swc", "babel", "astro", "svelte-kit", "remix", "ng", "vue-cli-service", "react-scripts", "storybook", "expo"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: JS_BUNDLER_FLAGS,
        note: "bundlers and framework CLIs load JavaScript configs; `dev`/`serve`/`preview` start servers",
        ..Spec::D
    },
    Spec {
        names: &["ts-node", "tsx", "babel-node", "esno"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(&["-e", "--eval"], Val::Req, Eff::None), f(&["-p", "--print"], Val::Req, Eff::None),
            f(&["-r", "--require"], Val::Req, Eff::Build), f(&["--import", "--loader"], Val::Req, Eff::Build),
            f(&["-P", "--project"], Val::Req, Eff::None), f(&["-C", "--compiler"], Val::Req, Eff::None), f(&["--tsconfig"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["nodemon", "node-dev", "ts-node-dev"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-x", "--exec"], Val::Req, Eff::ExecValue),
            f(&["-w", "--watch"], Val::Req, Eff::None), f(&["-e", "--ext"], Val::Req, Eff::None), f(&["-i", "--ignore"], Val::Req, Eff::None), f(&["-d", "--delay"], Val::Req, Eff::None), f(&["--config", "--signal"], Val::Req, Eff::None),
        ],
        note: "restarts the given script (or --exec command) on changes",
        ..Spec::D
    },
    Spec {
        names: &["jupyter", "jupyter-lab", "jupyter-notebook", "jupyter-nbconvert", "papermill", "voila", "marimo"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["--output", "--output-dir"], Val::Req, Eff::WriteValue)],
        note: "`nbconvert --execute`/papermill run notebook code; `lab`/`notebook`/`server` start a code-executing web server",
        ..Spec::D
    },
    Spec {
        names: &["sphinx-build", "sphinx-autobuild", "mkdocs", "mdbook", "hugo", "jekyll", "zola", "docusaurus", "antora", "doxygen", "asciidoctor"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--dest-dir", "--destination", "--site-dir"], Val::Req, Eff::WriteValue), f(&["-d"], Val::Req, Eff::WriteValue),
            f(&["-c", "--config"], Val::Req, Eff::None), f(&["-t", "--theme"], Val::Req, Eff::None), f(&["--config-file", "--source"], Val::Req, Eff::None), f(&["-b", "-D", "-j", "-w"], Val::Req, Eff::None),
        ],
        note: "doc generators run project configuration code (conf.py, plugins, preprocessors); `serve` starts a server; `gh-deploy`/`deploy` publish",
        ..Spec::D
    },
    Spec {
        names: &["node-gyp", "prebuild-install", "cmake-js"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "compiles native addons; downloads headers",
        ..Spec::D
    },
    Spec {
        names: &["pre-commit", "prek"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["install", "uninstall", "install-hooks", "init-templatedir"], class: Class::Write, pos: Pos::Opaque, note: "writes .git/hooks (and downloads hook environments)", ..Spec::D },
            Spec { names: &["autoupdate", "migrate-config"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["clean", "gc"], class: Class::Delete, pos: Pos::Opaque, note: "clears ~/.cache/pre-commit", ..Spec::D },
            Spec { names: &["sample-config", "validate-config", "validate-manifest", "help"], pos: Pos::Opaque, ..Spec::D },
        ],
        note: "`pre-commit` alone = `run`: installs hook repositories (network) and runs them",
        ..Spec::D
    },
];
