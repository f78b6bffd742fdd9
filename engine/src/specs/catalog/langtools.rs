//! Python and JavaScript developer tooling (test runners, linters, formatters, bundlers, Deno and
//! Bun), notebooks, documentation generators and pre-commit: all run project code or configs.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Special, Val};

#[rustfmt::skip]
const JS_TEST_FLAGS: &[Flag] = &[
    f(names!["--config"], Val::Req, Eff::Build),
    f(names!["--outputFile", "--output-file", "--outputDir", "--output"], Val::Req, Eff::WriteValue),
];

#[rustfmt::skip]
const JS_BUNDLER_FLAGS: &[Flag] = &[
    f(names!["-c", "--config"], Val::Req, Eff::Build),
    f(names!["-o", "--outDir"], Val::Req, Eff::WriteValue), f(names!["--outdir", "--out-dir", "--outfile", "--out-file", "--output", "--output-path"], Val::Req, Eff::WriteValue),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- Python tooling
    Spec {
        names: names!["pytest", "py.test"],
        env_args: &["PYTEST_ADDOPTS"],
        class: Class::Build,
        flags: &[
            f(names!["--basetemp"], Val::Req, Eff::None),
            f(names!["--junitxml", "--junit-xml", "--resultlog", "--result-log", "--log-file", "--report-log", "--cov-report"], Val::Req, Eff::WriteValue),
            f(names!["-c", "--config-file"], Val::Req, Eff::ReadValue), f(names!["--confcutdir"], Val::Req, Eff::ReadValue),
            f(names!["-p"], Val::Req, Eff::Build),
            f(names!["-m", "--rootdir"], Val::Req, Eff::None), f(names!["-n", "--numprocesses"], Val::Req, Eff::None), f(names!["-o", "--override-ini"], Val::Req, Eff::None), f(names!["--durations", "--maxfail", "--tb", "--ignore", "--ignore-glob", "--deselect"], Val::Req, Eff::None), f(names!["-k"], Val::Req, Eff::None),
            f(names!["-W", "--pythonwarnings"], Val::Req, Eff::None), f(names!["--log-level", "--log-cli-level", "--capture", "--import-mode", "--cov", "--cov-config", "--dist"], Val::Req, Eff::None), f(names!["-r"], Val::Req, Eff::None),
            f(names!["--debug"], Val::Opt, Eff::WriteValue),
        ],
        note: "operands are test paths; conftest.py and plugins run; --basetemp DIR is wiped first (a recursive delete, judged in stage 12)",
        ..Spec::D
    },
    Spec {
        names: names!["tox", "nox"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-c", "--conf"], Val::Req, Eff::ReadValue), f(names!["-f", "--noxfile"], Val::Req, Eff::ReadValue),
            f(names!["--workdir", "--envdir"], Val::Req, Eff::WriteValue),
            f(names!["-e", "--env"], Val::Req, Eff::None), f(names!["-s", "--session"], Val::Req, Eff::None), f(names!["-t", "--tags"], Val::Req, Eff::None), f(names!["-p", "--parallel"], Val::Req, Eff::None), f(names!["-k", "--installpkg"], Val::Req, Eff::None), f(names!["--python"], Val::Req, Eff::None),
        ],
        note: "creates virtualenvs, installs dependencies (network) and runs the configured commands",
        ..Spec::D
    },
    Spec {
        names: names!["ruff"],
        pos: Pos::Opaque,
        unknown_sub: Class::Read,
        flags: &[
            f(names!["--fix"], Val::No, Eff::InPlace),
            f(names!["--config"], Val::Req, Eff::None),
            f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue),
        ],
        subs: &[
            Spec {
                names: names!["check"],
                flags: &[
                    f(names!["--fix", "--unsafe-fixes", "--add-noqa"], Val::No, Eff::InPlace),
                    f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue), f(names!["--cache-dir"], Val::Req, Eff::WriteValue),
                    f(names!["--config", "--select", "--ignore", "--extend-select", "--per-file-ignores", "--exclude", "--extend-exclude", "--output-format", "--target-version", "--line-length", "--stdin-filename"], Val::Req, Eff::None),
                ],
                ..Spec::D
            },
            Spec {
                names: names!["format"],
                class: Class::Write,
                pos: Pos::Write,
                flags: &[
                    f(names!["--cache-dir"], Val::Req, Eff::WriteValue),
                    f(names!["--config", "--exclude", "--line-length", "--target-version", "--stdin-filename", "--range"], Val::Req, Eff::None),
                ],
                note: "`--check`/`--diff` only read",
                ..Spec::D
            },
            Spec { names: names!["rule", "linter", "version", "config", "help", "analyze", "server"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["clean"], class: Class::Delete, pos: Pos::Opaque, note: "removes .ruff_cache", ..Spec::D },
        ],
        note: "legacy `ruff PATH` means `ruff check PATH`",
        ..Spec::D
    },
    Spec {
        names: names!["mypy", "dmypy"],
        class: Class::Build,
        flags: &[
            f(names!["--python-executable"], Val::Req, Eff::ExecValue),
            f(names!["--config-file"], Val::Req, Eff::ReadValue),
            f(names!["--cache-dir", "--junit-xml", "--html-report", "--txt-report", "--xml-report", "--any-exprs-report", "--linecount-report", "--lineprecision-report", "--cobertura-xml-report", "--linecoverage-report", "--xslt-html-report", "--xslt-txt-report"], Val::Req, Eff::WriteValue),
            f(names!["--install-types"], Val::No, Eff::Build),
            f(names!["-m", "--module"], Val::Req, Eff::None), f(names!["-p", "--package"], Val::Req, Eff::None), f(names!["-c", "--command"], Val::Req, Eff::None), f(names!["--python-version", "--exclude", "--custom-typeshed-dir", "--platform", "--always-true", "--always-false", "--enable-error-code", "--disable-error-code"], Val::Req, Eff::None),
        ],
        note: "plugins named in the project config are imported (project code); --install-types runs pip",
        ..Spec::D
    },
    Spec {
        names: names!["black", "isort", "autopep8", "yapf", "blue"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-i", "--in-place"], Val::No, Eff::InPlace),
            f(names!["--config", "--settings-path", "--settings-file", "--sp"], Val::Req, Eff::ReadValue),
            f(names!["-l", "--line-length"], Val::Req, Eff::None), f(names!["-t", "--target-version"], Val::Req, Eff::None), f(names!["-W", "--workers"], Val::Req, Eff::None), f(names!["--include", "--exclude", "--extend-exclude", "--force-exclude", "--code", "--stdin-filename", "--python-cell-magics", "--required-version", "--profile", "--style"], Val::Req, Eff::None), f(names!["-p", "-o"], Val::Req, Eff::None),
        ],
        note: "rewrite files in place; `--check`/`--diff` only read (autopep8/yapf print unless -i)",
        ..Spec::D
    },
    Spec {
        names: names!["flake8", "pycodestyle", "pyflakes", "pydocstyle", "bandit", "vulture", "pyright", "basedpyright"],
        flags: &[
            f(names!["--output-file", "-o"], Val::Req, Eff::WriteValue),
            f(names!["-c", "--configfile"], Val::Req, Eff::ReadValue), f(names!["-p", "--project"], Val::Req, Eff::ReadValue), f(names!["--config", "--append-config"], Val::Req, Eff::ReadValue),
            f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["--select", "--ignore", "--extend-ignore", "--exclude", "--extend-exclude", "--max-line-length", "--format", "--per-file-ignores", "--pythonpath", "--pythonversion", "--level", "--threads"], Val::Req, Eff::None),
        ],
        note: "static checkers; flake8 plugins are installed packages",
        ..Spec::D
    },
    Spec {
        names: names!["pylint"],
        class: Class::Build,
        flags: &[
            f(names!["--rcfile"], Val::Req, Eff::Build),
            f(names!["--load-plugins", "--init-hook"], Val::Req, Eff::ExecValue),
            f(names!["--output"], Val::Req, Eff::WriteValue),
            f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["-d", "--disable"], Val::Req, Eff::None), f(names!["-e", "--enable"], Val::Req, Eff::None), f(names!["-f", "--ignore"], Val::Req, Eff::None), f(names!["--output-format", "--ignore-patterns", "--max-line-length", "--fail-under"], Val::Req, Eff::None),
        ],
        note: "an rcfile (pylintrc, pyproject.toml, setup.cfg) can set init-hook = Python code",
        ..Spec::D
    },
    Spec {
        names: names!["maturin"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["publish", "upload"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["list-python", "help"], pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["twine"],
        class: Class::Net,
        flags: &[
            f(names!["-r", "--repository"], Val::Req, Eff::None), f(names!["-u", "--username"], Val::Req, Eff::None), f(names!["-p", "--password"], Val::Req, Eff::None), f(names!["-c", "--comment"], Val::Req, Eff::None), f(names!["-i", "--identity"], Val::Req, Eff::None), f(names!["--repository-url", "--config-file"], Val::Req, Eff::None),
        ],
        note: "`twine upload FILES` publishes the given files; `twine check` only reads",
        ..Spec::D
    },
    // ---------------------------------------------------------------- JavaScript tooling
    Spec {
        names: names!["deno"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::InlineCode,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["-A", "--allow-all"], Val::Opt, Eff::Privilege), f(names!["-P", "--permission-set"], Val::Opt, Eff::Privilege), f(names!["--allow-run", "--allow-ffi"], Val::Opt, Eff::Privilege),
            f(names!["-R", "--allow-write"], Val::Opt, Eff::None), f(names!["-W", "--allow-net"], Val::Opt, Eff::None), f(names!["-N", "--allow-env"], Val::Opt, Eff::None), f(names!["-E", "--allow-sys"], Val::Opt, Eff::None), f(names!["-S", "--allow-import"], Val::Opt, Eff::None), f(names!["--allow-read"], Val::Opt, Eff::None), f(names!["-I"], Val::Opt, Eff::None),
            f(names!["-c", "--config"], Val::Req, Eff::None), f(names!["--import-map", "--cert", "--location", "--seed", "--ext"], Val::Req, Eff::None),
            f(names!["--lock", "--v8-flags", "--env-file", "--inspect", "--inspect-brk"], Val::Opt, Eff::None),
        ],
        subs: &[
            Spec {
                names: names!["run", "serve", "test", "bench", "task", "compile", "jupyter", "x"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(names!["-A", "--allow-all"], Val::Opt, Eff::Privilege), f(names!["-P", "--permission-set"], Val::Opt, Eff::Privilege), f(names!["--allow-run", "--allow-ffi"], Val::Opt, Eff::Privilege),
                    f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
                ],
                note: "without --allow-* the code runs in Deno's sandbox; -A/--allow-run/--allow-ffi lift it",
                ..Spec::D
            },
            Spec {
                names: names!["eval", "repl"],
                class: Class::Interpreter,
                pos: Pos::Opaque,
                gnu: false,
                special: Special::InlineCode,
                flags: &[f(names!["-A", "--allow-all"], Val::Opt, Eff::Privilege), f(names!["--allow-run", "--allow-ffi"], Val::Opt, Eff::Privilege)],
                note: "`deno eval CODE` has every permission",
                ..Spec::D
            },
            Spec {
                names: names!["fmt"],
                class: Class::Write,
                pos: Pos::Write,
                gnu: false,
                note: "`--check` only reads",
                ..Spec::D
            },
            Spec { names: names!["lint", "doc", "info", "check", "types", "help", "completions", "coverage"], pos: Pos::Opaque, gnu: false, note: "may download remote modules", ..Spec::D },
            Spec { names: names!["cache", "install", "add", "outdated", "approve-scripts"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: &[f(names!["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: names!["remove", "uninstall", "init", "clean"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: &[f(names!["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: names!["upgrade", "publish"], class: Class::Net, pos: Pos::Opaque, gnu: false, note: "upgrade replaces the deno binary", ..Spec::D },
        ],
        note: "`deno` alone is a REPL; `deno FILE` runs FILE",
        ..Spec::D
    },
    Spec {
        names: names!["bun"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::InlineCode,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["-p", "--print"], Val::Req, Eff::None),
            f(names!["-r", "--preload"], Val::Req, Eff::Build),
            f(names!["--env-file"], Val::Req, Eff::ReadValue),
            f(names!["-c", "--config"], Val::Req, Eff::None), f(names!["--cwd"], Val::Req, Eff::None),
            f(names!["-g", "--global"], Val::No, Eff::Global),
        ],
        subs: &[
            Spec { names: names!["run", "test", "build", "x", "create", "init", "exec", "install", "i", "add", "a", "update", "pm", "patch", "link"],
                class: Class::Build, pos: Pos::Opaque, gnu: false,
                flags: &[f(names!["-g", "--global"], Val::No, Eff::Global), f(names!["-c", "--config"], Val::Req, Eff::None), f(names!["--cwd", "--filter"], Val::Req, Eff::None)],
                note: "lifecycle scripts and package binaries run; `x`/`create` download and run packages",
                ..Spec::D },
            Spec { names: names!["remove", "rm", "unlink"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: &[f(names!["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: names!["publish", "outdated", "audit", "info", "upgrade"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["repl"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "`bun FILE` runs FILE; `bun NAME` runs a package.json script",
        ..Spec::D
    },
    Spec {
        names: names!["bunx"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "downloads (if needed) and runs a package binary; the package name is not a local program",
        ..Spec::D
    },
    Spec {
        names: names!["tsc"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(names!["-p", "--project"], Val::Req, Eff::ReadValue),
            f(names!["--outDir", "--outdir", "--outFile", "--outfile", "--declarationDir", "--tsBuildInfoFile", "--generateTrace"], Val::Req, Eff::WriteValue),
            f(names!["-t", "--target"], Val::Req, Eff::None), f(names!["-m", "--module"], Val::Req, Eff::None), f(names!["--lib", "--jsx", "--moduleResolution", "--rootDir", "--baseUrl", "--locale", "--types"], Val::Req, Eff::None),
        ],
        note: "emits JavaScript next to the sources or into outDir (--noEmit: read-only); option names are case-insensitive",
        ..Spec::D
    },
    Spec {
        names: names!["eslint"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(names!["--fix"], Val::No, Eff::InPlace),
            f(names!["-c", "--config"], Val::Req, Eff::Build), f(names!["-f", "--format"], Val::Req, Eff::Build), f(names!["--rulesdir", "--plugin", "--resolve-plugins-relative-to"], Val::Req, Eff::Build),
            f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue), f(names!["--cache-location"], Val::Req, Eff::WriteValue),
            f(names!["--ignore-path"], Val::Req, Eff::ReadValue),
            f(names!["--ext", "--ignore-pattern", "--parser", "--parser-options", "--env", "--global", "--rule", "--max-warnings", "--stdin-filename", "--fix-type", "--flag", "--concurrency"], Val::Req, Eff::None),
        ],
        note: "eslint.config.js and plugins are JavaScript that runs",
        ..Spec::D
    },
    Spec {
        names: names!["prettier"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(names!["-w", "--write"], Val::No, Eff::InPlace),
            f(names!["--config", "--plugin"], Val::Req, Eff::Build),
            f(names!["--ignore-path"], Val::Req, Eff::ReadValue),
            f(names!["--cache-location"], Val::Req, Eff::WriteValue),
            f(names!["--stdin-filepath", "--log-level", "--parser", "--print-width", "--tab-width", "--end-of-line", "--trailing-comma", "--config-precedence"], Val::Req, Eff::None),
        ],
        note: "prints formatted output unless --write; JS config files and plugins run",
        ..Spec::D
    },
    Spec {
        names: names!["jest", "vitest", "mocha", "ava", "karma", "playwright", "cypress"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: JS_TEST_FLAGS,
        note: "test runners execute project code",
        ..Spec::D
    },
    Spec {
        names: names!["webpack", "webpack-cli", "vite", "next", "nuxt", "esbuild", "rollup", "parcel", "turbo", "nx", "lerna", "tsup", "swc", "babel", "astro", "svelte-kit", "remix", "ng", "vue-cli-service", "react-scripts", "storybook", "expo"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: JS_BUNDLER_FLAGS,
        note: "bundlers and framework CLIs load JavaScript configs; `dev`/`serve`/`preview` start servers",
        ..Spec::D
    },
    Spec {
        names: names!["ts-node", "tsx", "babel-node", "esno"],
        class: Class::Interpreter,
        pos: Pos::Script,
        gnu: false,
        special: Special::InlineCode,
        flags: &[
            f(names!["-e", "--eval"], Val::Req, Eff::None), f(names!["-p", "--print"], Val::Req, Eff::None),
            f(names!["-r", "--require"], Val::Req, Eff::Build), f(names!["--import", "--loader"], Val::Req, Eff::Build),
            f(names!["-P", "--project"], Val::Req, Eff::None), f(names!["-C", "--compiler"], Val::Req, Eff::None), f(names!["--tsconfig"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["nodemon", "node-dev", "ts-node-dev"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-x", "--exec"], Val::Req, Eff::ExecValue),
            f(names!["-w", "--watch"], Val::Req, Eff::None), f(names!["-e", "--ext"], Val::Req, Eff::None), f(names!["-i", "--ignore"], Val::Req, Eff::None), f(names!["-d", "--delay"], Val::Req, Eff::None), f(names!["--config", "--signal"], Val::Req, Eff::None),
        ],
        note: "restarts the given script (or --exec command) on changes",
        ..Spec::D
    },
    Spec {
        names: names!["jupyter", "jupyter-lab", "jupyter-notebook", "jupyter-nbconvert", "papermill", "voila", "marimo"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["--output", "--output-dir"], Val::Req, Eff::WriteValue)],
        note: "`nbconvert --execute`/papermill run notebook code; `lab`/`notebook`/`server` start a code-executing web server",
        ..Spec::D
    },
    Spec {
        names: names!["sphinx-build", "sphinx-autobuild", "mkdocs", "mdbook", "hugo", "jekyll", "zola", "docusaurus", "antora", "doxygen", "asciidoctor"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--dest-dir", "--destination", "--site-dir"], Val::Req, Eff::WriteValue), f(names!["-d"], Val::Req, Eff::WriteValue),
            f(names!["-c", "--config"], Val::Req, Eff::None), f(names!["-t", "--theme"], Val::Req, Eff::None), f(names!["--config-file", "--source"], Val::Req, Eff::None), f(names!["-b", "-D", "-j", "-w"], Val::Req, Eff::None),
        ],
        note: "doc generators run project configuration code (conf.py, plugins, preprocessors); `serve` starts a server; `gh-deploy`/`deploy` publish",
        ..Spec::D
    },
    Spec {
        names: names!["node-gyp", "prebuild-install", "cmake-js"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "compiles native addons; downloads headers",
        ..Spec::D
    },
    Spec {
        names: names!["pre-commit", "prek"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["install", "uninstall", "install-hooks", "init-templatedir"], class: Class::Write, pos: Pos::Opaque, note: "writes .git/hooks (and downloads hook environments)", ..Spec::D },
            Spec { names: names!["autoupdate", "migrate-config"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["clean", "gc"], class: Class::Delete, pos: Pos::Opaque, note: "clears ~/.cache/pre-commit", ..Spec::D },
            Spec { names: names!["sample-config", "validate-config", "validate-manifest", "help"], pos: Pos::Opaque, ..Spec::D },
        ],
        note: "`pre-commit` alone = `run`: installs hook repositories (network) and runs them",
        ..Spec::D
    },
];
