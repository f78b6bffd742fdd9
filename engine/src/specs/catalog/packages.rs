//! Language package managers: JavaScript (npm, npx, yarn, pnpm), Python (pip, pipx, uv, poetry,
//! pipenv, conda, version managers), Ruby, PHP, Perl and Lua. System ones are in syspkg.rs.
//!
//! Installing into the project runs install scripts (Build); `-g`/`--global`/`--user`/`--system`/
//! `--root`/`--prefix` escape the project (Global).

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

/// npm options accepted anywhere on the command line.
#[rustfmt::skip]
const NPM_FLAGS: &[Flag] = &[
    f(&["-g", "--global"], Val::No, Eff::Global),
    f(&["--prefix", "--location"], Val::Req, Eff::Global),
    f(&["--script-shell", "--userconfig", "--globalconfig"], Val::Req, Eff::ExecValue),
    f(&["--node-options"], Val::Req, Eff::Build),
    f(&["-w", "--workspace"], Val::Req, Eff::None), f(&["--registry", "--cache", "--loglevel", "--omit", "--include", "--tag", "--otp", "--before", "--access", "--scope"], Val::Req, Eff::None),
    f(&["-c", "--call"], Val::Req, Eff::ExecValue),
    f(&["-p", "--package"], Val::Opt, Eff::None), f(&["--depth", "--json", "--long", "--parseable"], Val::Opt, Eff::None),
    f(&["-D", "--save-dev"], Val::No, Eff::None), f(&["-E", "--save-exact"], Val::No, Eff::None), f(&["-O", "--save-optional"], Val::No, Eff::None), f(&["-P", "--save-prod"], Val::No, Eff::None), f(&["-f", "--force"], Val::No, Eff::None), f(&["-y", "--yes"], Val::No, Eff::None), f(&["-s", "--silent"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-d", "-dd"], Val::No, Eff::None), f(&["--ignore-scripts", "--foreground-scripts", "--workspaces", "-ws", "--no-save", "-ddd"], Val::No, Eff::None),
];

#[rustfmt::skip]
static NPM_SUBS: &[Spec] = &[
    Spec {
        names: &["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add",
            "ci", "clean-install", "ic", "install-clean", "isntall-clean", "install-test", "it", "install-ci-test", "cit",
            "update", "up", "upgrade", "udpate", "dedupe", "ddp", "rebuild", "rb", "pack", "version", "verison"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "lifecycle scripts of the project and dependencies run (unless --ignore-scripts); `version` also commits and tags",
        ..Spec::D
    },
    Spec {
        names: &["run", "run-script", "rum", "urn", "test", "tst", "t", "start", "stop", "restart"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "runs package.json scripts (shell commands)",
        ..Spec::D
    },
    Spec {
        names: &["exec", "x", "explore"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "runs a package binary, downloading the package if needed; --call runs a shell string",
        ..Spec::D
    },
    Spec {
        names: &["init", "create", "innit"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "`npm init NAME` downloads and runs create-NAME; `npm init -y` only writes package.json",
        ..Spec::D
    },
    Spec {
        names: &["uninstall", "un", "unlink", "remove", "rm", "r", "prune", "shrinkwrap"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        ..Spec::D
    },
    Spec {
        names: &["link", "ln"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "symlinks the package into the global prefix (and runs its install scripts)",
        ..Spec::D
    },
    Spec {
        names: &["publish", "unpublish", "deprecate", "dist-tag", "dist-tags", "owner", "author", "access", "team", "org", "hook", "star", "unstar", "token", "trust"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "changes the registry; publish runs prepublish/prepack scripts",
        ..Spec::D
    },
    Spec {
        names: &["view", "v", "info", "show", "search", "s", "se", "find", "outdated", "audit", "whoami", "ping", "doctor", "diff", "stars", "repo", "docs", "home", "bugs", "issues", "fund"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "registry queries; `audit fix` installs (Build-like); repo/docs/bugs open a browser",
        ..Spec::D
    },
    Spec {
        names: &["ls", "list", "la", "ll", "explain", "why", "prefix", "root", "bin", "help", "help-search", "completion", "query", "sbom", "get"],
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        ..Spec::D
    },
    Spec {
        names: &["config", "c"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: NPM_FLAGS,
        subs: &[
            Spec { names: &["get", "list", "ls"], pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec {
                names: &["set", "delete", "edit", "fix"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: NPM_FLAGS,
                note: "writes ~/.npmrc (or the project .npmrc with --location=project): script-shell, registry, git ... steer later runs",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: &["cache"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: NPM_FLAGS,
        subs: &[
            Spec { names: &["ls", "verify"], pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec { names: &["add"], class: Class::Net, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec { names: &["clean", "rm", "clear"], class: Class::Delete, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["pkg"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: NPM_FLAGS,
        subs: &[
            Spec { names: &["get"], pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec { names: &["set", "delete", "fix"], class: Class::Write, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["login", "adduser", "add-user", "logout"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "writes or removes the registry token in ~/.npmrc",
        ..Spec::D
    },
    Spec { names: &["edit"], class: Class::Interactive, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
];

#[rustfmt::skip]
const YARN_FLAGS: &[Flag] = &[
    f(&["--global-folder", "--prefix"], Val::Req, Eff::Global),
    f(&["--use-yarnrc"], Val::Req, Eff::ExecValue),
    f(&["--cwd", "--modules-folder", "--cache-folder", "--registry", "--mutex", "--network-timeout", "--network-concurrency"], Val::Req, Eff::None),
    f(&["-W", "--ignore-workspace-root-check"], Val::No, Eff::None), f(&["-D", "--dev"], Val::No, Eff::None), f(&["-E", "--exact"], Val::No, Eff::None), f(&["-T", "--tilde"], Val::No, Eff::None), f(&["-P", "--peer"], Val::No, Eff::None), f(&["-O", "--optional"], Val::No, Eff::None), f(&["--ignore-scripts", "--frozen-lockfile", "--immutable", "--prefer-offline", "--offline"], Val::No, Eff::None),
];

#[rustfmt::skip]
const PNPM_FLAGS: &[Flag] = &[
    f(&["-g", "--global"], Val::No, Eff::Global),
    f(&["--global-dir", "--global-bin-dir"], Val::Req, Eff::Global),
    f(&["-C", "--dir"], Val::Req, Eff::None), f(&["-F", "--filter"], Val::Req, Eff::None), f(&["--filter-prod", "--store-dir", "--reporter", "--loglevel", "--registry", "--workspace-concurrency"], Val::Req, Eff::None),
    f(&["-r", "--recursive"], Val::No, Eff::None), f(&["-w", "--workspace-root"], Val::No, Eff::None), f(&["-D", "--save-dev"], Val::No, Eff::None), f(&["-E", "--save-exact"], Val::No, Eff::None), f(&["-O", "--save-optional"], Val::No, Eff::None), f(&["-P", "--save-prod"], Val::No, Eff::None), f(&["-s", "--silent"], Val::No, Eff::None), f(&["--ignore-scripts", "--frozen-lockfile", "--offline", "--prefer-offline"], Val::No, Eff::None),
];

#[rustfmt::skip]
const PIP_FLAGS: &[Flag] = &[
    f(&["--python"], Val::Req, Eff::ExecValue),
    f(&["--log", "--log-file", "--report"], Val::Req, Eff::WriteValue),
    f(&["-r", "--requirement"], Val::Req, Eff::ReadValue), f(&["-c", "--constraint"], Val::Req, Eff::ReadValue), f(&["--build-constraint"], Val::Req, Eff::ReadValue),
    f(&["-t", "--target"], Val::Req, Eff::WriteValue), f(&["-d", "--dest"], Val::Req, Eff::WriteValue), f(&["-w", "--wheel-dir"], Val::Req, Eff::WriteValue),
    f(&["--prefix", "--root"], Val::Req, Eff::Global),
    f(&["--user", "--break-system-packages"], Val::No, Eff::Global),
    f(&["-e", "--editable"], Val::Req, Eff::None), f(&["-i", "--index-url"], Val::Req, Eff::None), f(&["-f", "--find-links"], Val::Req, Eff::None), f(&["--src", "--extra-index-url", "--proxy", "--retries", "--timeout"], Val::Req, Eff::None),
    f(&["--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated", "--root-user-action", "--keyring-provider", "--resume-retries"], Val::Req, Eff::None),
    f(&["-C", "--config-settings"], Val::Req, Eff::None), f(&["--global-option", "--install-option", "--only-binary", "--no-binary", "--platform", "--python-version", "--implementation", "--abi"], Val::Req, Eff::None),
    f(&["--editor"], Val::Req, Eff::ExecValue),
    f(&["--upgrade-strategy", "--progress-bar", "--group", "--path", "--format", "--exclude"], Val::Req, Eff::None),
    f(&["-U", "--upgrade"], Val::No, Eff::None), f(&["-I", "--ignore-installed"], Val::No, Eff::None), f(&["-y", "--yes"], Val::No, Eff::None), f(&["-v", "--isolated"], Val::No, Eff::None), f(&["--force-reinstall", "--no-deps", "--pre", "--no-index", "--no-build-isolation", "--dry-run", "--require-hashes", "--no-input", "--no-cache-dir", "--disable-pip-version-check", "--require-virtualenv"], Val::No, Eff::None), f(&["-q"], Val::No, Eff::None),
];

#[rustfmt::skip]
static PIP_SUBS: &[Spec] = &[
    Spec {
        names: &["install", "wheel", "lock"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "building sdists runs their setup.py/build backend; outside a virtualenv it writes the system or user site-packages",
        ..Spec::D
    },
    Spec {
        names: &["download"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "network; resolving an sdist's metadata runs its build backend",
        ..Spec::D
    },
    Spec {
        names: &["uninstall"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "removes files from the active environment (the system one outside a virtualenv)",
        ..Spec::D
    },
    Spec {
        names: &["list"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-o", "--outdated"], Val::No, Eff::Net), f(&["-u", "--uptodate"], Val::No, Eff::Net),
            f(&["-i", "--index-url"], Val::Req, Eff::None), f(&["-f", "--find-links"], Val::Req, Eff::None), f(&["--path", "--format", "--exclude", "--extra-index-url"], Val::Req, Eff::None),
            f(&["--python"], Val::Req, Eff::ExecValue),
        ],
        note: "--outdated/--uptodate query the package index",
        ..Spec::D
    },
    Spec {
        names: &["show", "freeze", "check", "hash", "inspect", "debug", "help", "completion"],
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "`hash` operands are files read",
        ..Spec::D
    },
    Spec { names: &["search", "index"], class: Class::Net, pos: Pos::Opaque, flags: PIP_FLAGS, ..Spec::D },
    Spec {
        names: &["config"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: &[f(&["--global", "--user", "--site"], Val::No, Eff::Global), f(&["--editor"], Val::Req, Eff::ExecValue)],
        subs: &[
            Spec { names: &["list", "get", "debug"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["set", "unset", "edit"],
                class: Class::System,
                pos: Pos::Opaque,
                note: "writes pip.conf (index-url, trusted-host ...)",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: &["cache"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: &["dir", "info", "list"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["remove", "purge"], class: Class::Delete, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
];

#[rustfmt::skip]
const UV_FLAGS: &[Flag] = &[
    f(&["--system", "--break-system-packages"], Val::No, Eff::Global),
    f(&["--prefix"], Val::Req, Eff::Global),
    f(&["-o", "--output-file"], Val::Req, Eff::WriteValue), f(&["--target"], Val::Req, Eff::WriteValue),
    f(&["-r", "--requirements"], Val::Req, Eff::ReadValue), f(&["-c", "--constraints"], Val::Req, Eff::ReadValue), f(&["--config-file", "--with-requirements", "--overrides", "--env-file"], Val::Req, Eff::ReadValue),
    f(&["-p", "--python"], Val::Req, Eff::None), f(&["-i", "--index-url"], Val::Req, Eff::None), f(&["-f", "--find-links"], Val::Req, Eff::None), f(&["--directory", "--project", "--index", "--default-index", "--extra-index-url", "--cache-dir"], Val::Req, Eff::None),
    f(&["-e", "--editable"], Val::Req, Eff::None), f(&["-P", "--upgrade-package"], Val::Req, Eff::None), f(&["--with", "--with-editable", "--from", "--extra", "--group", "--only-group", "--no-group", "--package", "--python-preference", "--color", "--script"], Val::Req, Eff::None),
    f(&["-v", "--offline"], Val::No, Eff::None), f(&["-U", "--upgrade"], Val::No, Eff::None), f(&["--no-cache", "--native-tls", "--frozen", "--locked", "--no-sync", "--all-extras", "--dev", "--no-dev", "--reinstall", "--isolated", "--no-project"], Val::No, Eff::None), f(&["-q"], Val::No, Eff::None),
];

#[rustfmt::skip]
const CONDA_FLAGS: &[Flag] = &[
    f(&["-p", "--prefix"], Val::Req, Eff::Global),
    f(&["--file"], Val::Req, Eff::ReadValue),
    f(&["-n", "--name"], Val::Req, Eff::None), f(&["-c", "--channel"], Val::Req, Eff::None), f(&["--solver", "--platform"], Val::Req, Eff::None),
    f(&["-y", "--yes"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-d", "--dry-run"], Val::No, Eff::None), f(&["--json", "--offline", "--all", "--override-channels"], Val::No, Eff::None),
];

/// conda options for commands that change an environment: a named one is outside the workspace.
#[rustfmt::skip]
const CONDA_CHANGE_FLAGS: &[Flag] = &[
    f(&["-n", "--name"], Val::Req, Eff::Global),
    f(&["-p", "--prefix"], Val::Req, Eff::WriteValue),
    f(&["--file"], Val::Req, Eff::ReadValue),
    f(&["-c", "--channel"], Val::Req, Eff::None), f(&["--solver", "--platform"], Val::Req, Eff::None),
    f(&["-y", "--yes"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-d", "--dry-run"], Val::No, Eff::None), f(&["--json", "--offline", "--all", "--override-channels"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- JavaScript
    Spec {
        names: &["npm"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: NPM_FLAGS,
        subs: NPM_SUBS,
        note: "option parsing (nopt) accepts abbreviations and options before or after the command; unknown commands are errors",
        ..Spec::D
    },
    Spec {
        names: &["npx", "pnpx"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(&["-c", "--call"], Val::Req, Eff::ExecValue), f(&["--shell"], Val::Req, Eff::ExecValue),
            f(&["-p", "--package"], Val::Req, Eff::None), f(&["-w", "--workspace"], Val::Req, Eff::None), f(&["--prefix", "--registry", "--cache"], Val::Req, Eff::None),
            f(&["-y", "--yes"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["--no", "--no-install", "--prefer-offline", "--ignore-existing"], Val::No, Eff::None),
        ],
        note: "downloads (if not local) and runs a package binary: the name is a registry package, not a local program",
        ..Spec::D
    },
    Spec {
        names: &["yarn", "yarnpkg"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: YARN_FLAGS,
        subs: &[
            Spec {
                names: &["install", "add", "upgrade", "up", "upgrade-interactive", "run", "test", "start", "build", "dlx", "exec",
                    "node", "pack", "rebuild", "dedupe", "workspace", "workspaces", "create", "plugin", "constraints", "set", "import", "patch", "patch-commit", "stage"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: YARN_FLAGS,
                note: "lifecycle and package scripts run; dlx/create download and run packages",
                ..Spec::D
            },
            Spec { names: &["remove", "init", "version", "unlink", "link", "unplug", "autoclean"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: YARN_FLAGS, ..Spec::D },
            Spec { names: &["list", "why", "bin", "licenses", "help", "check", "explain"], pos: Pos::Opaque, gnu: false, flags: YARN_FLAGS, ..Spec::D },
            Spec { names: &["info", "outdated", "audit", "publish", "npm", "owner", "tag", "team", "login", "logout"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: YARN_FLAGS, ..Spec::D },
            Spec {
                names: &["global"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: YARN_FLAGS,
                subs: &[Spec { names: &["list", "bin", "dir"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                note: "`yarn global add` installs into the global prefix and runs install scripts",
                ..Spec::D
            },
            Spec {
                names: &["config"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[
                    Spec { names: &["get", "list", "current"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["set", "delete", "unset"], class: Class::System, pos: Pos::Opaque, gnu: false, note: "writes .yarnrc(.yml), possibly in $HOME", ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: &["cache"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Delete,
                subs: &[
                    Spec { names: &["list", "dir"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["clean"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        note: "`yarn` alone installs; `yarn NAME` runs a package.json script",
        ..Spec::D
    },
    Spec {
        names: &["pnpm"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: PNPM_FLAGS,
        subs: &[
            Spec {
                names: &["install", "i", "add", "update", "up", "upgrade", "link", "ln", "import", "rebuild", "rb", "prune", "fetch",
                    "install-test", "it", "dedupe", "patch", "patch-commit", "run", "run-script", "test", "t", "start", "exec", "dlx",
                    "create", "pack", "deploy", "recursive", "multi", "m", "approve-builds"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: PNPM_FLAGS,
                note: "lifecycle and package scripts run; dlx/create download and run packages",
                ..Spec::D
            },
            Spec { names: &["remove", "rm", "uninstall", "un", "unlink", "init"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, ..Spec::D },
            Spec { names: &["list", "ls", "ll", "la", "why", "licenses", "root", "bin", "help", "store-path"], pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, ..Spec::D },
            Spec { names: &["outdated", "audit", "publish", "view", "info", "show", "search", "doctor"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, ..Spec::D },
            Spec { names: &["env", "setup", "self-update"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, note: "installs Node.js versions or pnpm itself globally", ..Spec::D },
            Spec {
                names: &["store"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Write,
                subs: &[
                    Spec { names: &["status", "path"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["prune"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["add"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: &["config", "c"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[
                    Spec { names: &["get", "list"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["set", "delete"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        note: "`pnpm NAME` runs a package.json script",
        ..Spec::D
    },
    Spec {
        names: &["corepack"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "`enable` writes shims next to node; `use/install/prepare` download package managers",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Python
    Spec {
        names: &["pip", "pip3", "pip2", "pip3.8", "pip3.9", "pip3.10", "pip3.11", "pip3.12", "pip3.13", "pip3.14"],
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        subs: PIP_SUBS,
        unknown_sub: Class::Build,
        note: "optparse: long options may be abbreviated; general options may come before the command",
        ..Spec::D
    },
    Spec {
        names: &["pipx"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: &[
            f(&["--python"], Val::Req, Eff::ExecValue),
            f(&["--global"], Val::No, Eff::Global),
            f(&["--pip-args", "--spec", "--index-url", "--suffix"], Val::Req, Eff::None),
        ],
        subs: &[
            Spec { names: &["list", "environment", "completions", "help"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["install", "install-all", "uninstall", "uninstall-all", "upgrade", "upgrade-all", "upgrade-shared", "reinstall",
                    "reinstall-all", "inject", "uninject", "ensurepath", "pin", "unpin"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: &[f(&["--global"], Val::No, Eff::Global), f(&["--python"], Val::Req, Eff::ExecValue)],
                note: "installs apps into ~/.local (build backends run); ensurepath edits shell startup files",
                ..Spec::D
            },
            Spec { names: &["run", "runpip"], class: Class::Build, pos: Pos::Opaque, note: "downloads and runs a package", ..Spec::D },
            Spec { names: &["interpreter"], pos: Pos::Opaque, unknown_sub: Class::Delete,
                subs: &[
                    Spec { names: &["list"], pos: Pos::Opaque, ..Spec::D },
                    Spec { names: &["prune", "upgrade"], class: Class::Delete, pos: Pos::Opaque, ..Spec::D },
                ],
                ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["uv"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: UV_FLAGS,
        subs: &[
            Spec {
                names: &["pip"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                flags: UV_FLAGS,
                subs: &[
                    Spec { names: &["install", "sync", "compile"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, note: "sdists are built (their backend runs)", ..Spec::D },
                    Spec { names: &["uninstall"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                    Spec { names: &["list", "show", "freeze", "tree", "check"], pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec { names: &["add", "sync", "lock", "run", "build", "export"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS,
                note: "resolving/building runs build backends; `run` runs a command in the project environment", ..Spec::D },
            Spec { names: &["remove", "init", "format"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS,
                note: "`format` rewrites sources in place", ..Spec::D },
            Spec { names: &["tree", "version", "help", "generate-shell-completion"], pos: Pos::Opaque, gnu: false, flags: UV_FLAGS,
                note: "`version NEW`/`--bump` rewrite pyproject.toml", ..Spec::D },
            Spec { names: &["venv"], class: Class::Write, pos: Pos::Write, gnu: false, flags: UV_FLAGS, ..Spec::D },
            Spec { names: &["publish"], class: Class::Net, pos: Pos::Read, gnu: false, flags: UV_FLAGS, ..Spec::D },
            Spec {
                names: &["python", "tool"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: UV_FLAGS,
                subs: &[
                    Spec { names: &["list", "find", "dir"], pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                    Spec { names: &["run"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                    Spec { names: &["pin"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                ],
                note: "install/uninstall/upgrade/update-shell change ~/.local",
                ..Spec::D
            },
            Spec {
                names: &["cache"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Delete,
                subs: &[
                    Spec { names: &["dir"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["clean", "prune"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec { names: &["self"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["uvx"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: UV_FLAGS,
        note: "`uv tool run`: downloads and runs a package; the name is not a local program",
        ..Spec::D
    },
    Spec {
        names: &["poetry"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-C", "--directory"], Val::Req, Eff::None), f(&["-P", "--project"], Val::Req, Eff::None),
            f(&["-E", "--extras"], Val::Req, Eff::None), f(&["-G", "--group"], Val::Req, Eff::None), f(&["--with", "--without", "--only", "--source", "--format"], Val::Req, Eff::None), f(&["-f"], Val::Req, Eff::None),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
        ],
        subs: &[
            Spec { names: &["install", "add", "update", "lock", "build", "sync"], class: Class::Build, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["run"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command in the project virtualenv; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
            Spec { names: &["shell"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["remove", "new", "init", "version"], class: Class::Write, pos: Pos::Opaque, gnu: false,
                flags: &[f(&["-o", "--output"], Val::Req, Eff::WriteValue)],
                note: "`version` without an argument only prints", ..Spec::D },
            Spec { names: &["show", "check", "about", "help", "list", "debug", "export"], pos: Pos::Opaque, gnu: false,
                flags: &[f(&["-o", "--output"], Val::Req, Eff::WriteValue)], ..Spec::D },
            Spec { names: &["publish", "search"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["self"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System,
                note: "`self add/update/install` change Poetry's own environment (plugins run code)", ..Spec::D },
            Spec { names: &["config", "source", "env", "cache", "keyring"], class: Class::Write, pos: Pos::Opaque, gnu: false,
                unknown_sub: Class::Write,
                note: "config/self/cache act on the user-wide configuration; --list/show/info only read", ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["pipenv"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: &[
            f(&["--python", "--site-packages"], Val::Req, Eff::None),
            f(&["--system"], Val::No, Eff::Global),
            f(&["--venv", "--where", "--py", "--envs", "--version"], Val::No, Eff::None),
        ],
        subs: &[
            Spec { names: &["run"], class: Class::Build, pos: Pos::Command, note: "runs the command in the project virtualenv; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
            Spec { names: &["shell"], class: Class::Interpreter, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["graph", "check", "scripts", "requirements", "verify"], pos: Pos::Opaque, note: "`check` queries the vulnerability database", ..Spec::D },
            Spec { names: &["uninstall", "clean"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        note: "install/sync/update/lock resolve and build packages into a virtualenv",
        ..Spec::D
    },
    Spec {
        names: &["pip-compile", "pip-sync", "pip-tools", "pip-audit"],
        class: Class::Build,
        flags: &[
            f(&["-o", "--output-file"], Val::Req, Eff::WriteValue),
            f(&["-c", "--constraint"], Val::Req, Eff::ReadValue), f(&["-r", "--requirement"], Val::Req, Eff::ReadValue),
            f(&["-i", "--index-url"], Val::Req, Eff::None), f(&["-f", "--find-links"], Val::Req, Eff::None), f(&["-P", "--upgrade-package"], Val::Req, Eff::None), f(&["--extra-index-url", "--pip-args", "--resolver"], Val::Req, Eff::None),
        ],
        note: "operands are requirement files read; resolving sdists runs their build backend; pip-sync installs and uninstalls",
        ..Spec::D
    },
    Spec {
        names: &["pipdeptree", "pip-licenses", "deptry", "safety"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--python"], Val::Req, Eff::ExecValue),
            f(&["-p", "--packages"], Val::Req, Eff::None), f(&["-e", "--exclude"], Val::Req, Eff::None), f(&["-d", "--depth"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None), f(&["-f", "--format"], Val::Req, Eff::None), f(&["--from"], Val::Req, Eff::None),
        ],
        note: "inspect installed packages (safety queries a vulnerability service)",
        ..Spec::D
    },
    Spec {
        names: &["pyenv", "rbenv", "nodenv", "goenv", "jenv", "asdf", "mise", "rtx", "fnm", "volta", "n", "sdk", "juliaup", "ghcup"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[
            Spec { names: &["versions", "version", "which", "whence", "root", "prefix", "commands", "help", "list", "ls", "ls-remote", "current", "where", "env", "doctor", "latest", "completions", "version-name", "version-file"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["local", "rehash"], class: Class::Write, pos: Pos::Opaque, gnu: false, note: "writes .python-version/.tool-versions in the project or refreshes shims", ..Spec::D },
            Spec { names: &["exec", "x"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command with the selected version; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
        ],
        note: "install/uninstall/global/use/plugin download, build and switch toolchains for the whole user",
        ..Spec::D
    },
    Spec {
        names: &["pdm", "hatch", "rye", "pixi"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["list", "show", "info", "search", "help", "version", "status"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["publish"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["remove", "init", "new"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "install/add/sync/run/build run project and build-backend code",
        ..Spec::D
    },
    Spec {
        names: &["conda", "mamba", "micromamba"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: CONDA_FLAGS,
        subs: &[
            Spec { names: &["install", "create", "update", "upgrade", "run", "build", "develop"], class: Class::Build, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS,
                note: "package link scripts run; named environments (-n) live outside the workspace", ..Spec::D },
            Spec { names: &["remove", "uninstall"], class: Class::Write, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS, ..Spec::D },
            Spec { names: &["list", "info", "search", "doctor", "compare", "notices", "activate", "deactivate"], pos: Pos::Opaque, flags: CONDA_FLAGS, ..Spec::D },
            Spec { names: &["clean"], class: Class::Delete, pos: Pos::Opaque, flags: CONDA_FLAGS, ..Spec::D },
            Spec { names: &["init"], class: Class::System, pos: Pos::Opaque, flags: CONDA_FLAGS, note: "edits shell startup files", ..Spec::D },
            Spec {
                names: &["config"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: CONDA_FLAGS,
                note: "writes ~/.condarc; --show/--get/--describe only read",
                ..Spec::D
            },
            Spec {
                names: &["env"],
                pos: Pos::Opaque,
                unknown_sub: Class::Build,
                flags: CONDA_FLAGS,
                subs: &[
                    Spec { names: &["list", "export"], pos: Pos::Opaque, flags: &[f(&["-f", "--file"], Val::Req, Eff::WriteValue)], ..Spec::D },
                    Spec { names: &["remove"], class: Class::Delete, pos: Pos::Opaque, flags: CONDA_FLAGS, ..Spec::D },
                    Spec { names: &["create", "update"], class: Class::Build, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS, ..Spec::D },
                    Spec { names: &["config", "vars"], class: Class::Write, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS, ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- Ruby, PHP, Perl, Lua
    Spec {
        names: &["gem"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: &[f(&["--config-file"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: &["install", "i", "update", "uninstall", "pristine", "cleanup", "rdoc", "sources", "signin", "signout", "exec"],
                class: Class::System, pos: Pos::Opaque,
                flags: &[
                    f(&["-i", "--install-dir"], Val::Req, Eff::Global), f(&["-n", "--bindir"], Val::Req, Eff::Global),
                    f(&["--user-install"], Val::No, Eff::Global),
                    f(&["-v", "--version"], Val::Req, Eff::None), f(&["-P", "--trust-policy"], Val::Req, Eff::None), f(&["--source", "--platform", "--config-file"], Val::Req, Eff::None), f(&["-s"], Val::Req, Eff::None),
                    f(&["-g", "--file"], Val::Opt, Eff::ReadValue),
                ],
                note: "installs into the gem home; native extensions compile (extconf.rb runs)", ..Spec::D },
            Spec { names: &["list", "search", "query", "info", "specification", "spec", "contents", "environment", "env", "which", "dependency", "help", "outdated", "check", "stale", "lock"],
                pos: Pos::Opaque,
                flags: &[f(&["-v", "--version"], Val::Req, Eff::None), f(&["--source", "--platform"], Val::Req, Eff::None), f(&["-i", "--installed"], Val::No, Eff::None)],
                note: "search/outdated query the network", ..Spec::D },
            Spec { names: &["build"], class: Class::Build, pos: Pos::Read, note: "evaluates the gemspec (Ruby code)", ..Spec::D },
            Spec { names: &["push", "owner", "yank", "fetch", "server"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["unpack"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["open"], class: Class::Interactive, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["bundle", "bundler"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(&["--gemfile"], Val::Req, Eff::Build),
            f(&["--system"], Val::No, Eff::Global),
            f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["--path", "--without", "--with", "--retry"], Val::Req, Eff::None),
            f(&["--binstubs", "--standalone"], Val::Opt, Eff::None),
        ],
        subs: &[
            Spec { names: &["exec"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command with the bundle's gems; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
            Spec { names: &["remove", "init", "binstubs", "gem"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["clean"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["version", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["console"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["open"], class: Class::Interactive, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "every command that loads the Gemfile evaluates it (Ruby code); `bundle` alone installs",
        ..Spec::D
    },
    Spec {
        names: &["composer", "composer.phar"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[f(&["-d", "--working-dir"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: &["install", "i", "update", "u", "upgrade", "require", "r", "remove", "rm", "uninstall", "run-script", "run", "exec",
                "dump-autoload", "dumpautoload", "create-project", "reinstall", "bump"],
                class: Class::Build, pos: Pos::Opaque, gnu: false,
                note: "composer scripts and plugins run (unless --no-scripts/--no-plugins)", ..Spec::D },
            Spec { names: &["show", "info", "validate", "licenses", "depends", "why", "prohibits", "why-not", "check-platform-reqs", "status", "about", "list", "help", "fund"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["outdated", "search", "diagnose", "audit", "browse", "home"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["global", "self-update", "selfupdate"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["config", "init", "archive"], class: Class::Write, pos: Pos::Opaque, gnu: false,
                flags: &[f(&["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: &["clear-cache", "clearcache", "cc"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "`composer NAME` runs a composer.json script",
        ..Spec::D
    },
    Spec {
        names: &["cpan", "cpanm", "cpanp"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[f(&["-l", "--local-lib"], Val::Req, Eff::None), f(&["-L", "--local-lib-contained"], Val::Req, Eff::None)],
        note: "installs Perl modules (Makefile.PL/Build.PL run)",
        ..Spec::D
    },
    Spec {
        names: &["luarocks"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: &[f(&["--tree"], Val::Req, Eff::Global), f(&["--local"], Val::No, Eff::None)],
        subs: &[
            Spec { names: &["list", "search", "show", "doc", "path", "help", "config", "which"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["make", "build", "test", "pack", "init"], class: Class::Build, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["upload"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
];
