//! Language package managers: JavaScript (npm, npx, yarn, pnpm), Python (pip, pipx, uv, poetry,
//! pipenv, conda, version managers), Ruby, PHP, Perl and Lua. System ones are in syspkg.rs.
//!
//! Installing into the project runs install scripts (Build); `-g`/`--global`/`--user`/`--system`/
//! `--root`/`--prefix` escape the project (Global).

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Val};

/// npm options accepted anywhere on the command line.
#[rustfmt::skip]
const NPM_FLAGS: &[Flag] = &[
    f(names!["-g", "--global"], Val::No, Eff::Global),
    f(names!["--prefix", "--location"], Val::Req, Eff::Global),
    f(names!["--script-shell", "--userconfig", "--globalconfig"], Val::Req, Eff::ExecValue),
    f(names!["--node-options"], Val::Req, Eff::Build),
    f(names!["-w", "--workspace"], Val::Req, Eff::None), f(names!["--registry", "--cache", "--loglevel", "--omit", "--include", "--tag", "--otp", "--before", "--access", "--scope"], Val::Req, Eff::None),
    f(names!["-c", "--call"], Val::Req, Eff::ExecValue),
    f(names!["-p", "--package"], Val::Opt, Eff::None), f(names!["--depth", "--json", "--long", "--parseable"], Val::Opt, Eff::None),
    f(names!["-D", "--save-dev"], Val::No, Eff::None), f(names!["-E", "--save-exact"], Val::No, Eff::None), f(names!["-O", "--save-optional"], Val::No, Eff::None), f(names!["-P", "--save-prod"], Val::No, Eff::None), f(names!["-f", "--force"], Val::No, Eff::None), f(names!["-y", "--yes"], Val::No, Eff::None), f(names!["-s", "--silent"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-d", "-dd"], Val::No, Eff::None), f(names!["--ignore-scripts", "--foreground-scripts", "--workspaces", "-ws", "--no-save", "-ddd"], Val::No, Eff::None),
];

#[rustfmt::skip]
static NPM_SUBS: &[Spec] = &[
    Spec {
        names: names!["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add",
            "ci", "clean-install", "ic", "install-clean", "isntall-clean", "install-test", "it", "install-ci-test", "cit",
            "update", "up", "upgrade", "udpate", "dedupe", "ddp", "rebuild", "rb", "pack", "version", "verison"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "lifecycle scripts of the project and dependencies run (unless --ignore-scripts); `version` also commits and tags",
        ..Spec::D
    },
    Spec {
        names: names!["run", "run-script", "rum", "urn", "test", "tst", "t", "start", "stop", "restart"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "runs package.json scripts (shell commands)",
        ..Spec::D
    },
    Spec {
        names: names!["exec", "x", "explore"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "runs a package binary, downloading the package if needed; --call runs a shell string",
        ..Spec::D
    },
    Spec {
        names: names!["init", "create", "innit"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "`npm init NAME` downloads and runs create-NAME; `npm init -y` only writes package.json",
        ..Spec::D
    },
    Spec {
        names: names!["uninstall", "un", "unlink", "remove", "rm", "r", "prune", "shrinkwrap"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        ..Spec::D
    },
    Spec {
        names: names!["link", "ln"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "symlinks the package into the global prefix (and runs its install scripts)",
        ..Spec::D
    },
    Spec {
        names: names!["publish", "unpublish", "deprecate", "dist-tag", "dist-tags", "owner", "author", "access", "team", "org", "hook", "star", "unstar", "token", "trust"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "changes the registry; publish runs prepublish/prepack scripts",
        ..Spec::D
    },
    Spec {
        names: names!["view", "v", "info", "show", "search", "s", "se", "find", "outdated", "audit", "whoami", "ping", "doctor", "diff", "stars", "repo", "docs", "home", "bugs", "issues", "fund"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "registry queries; `audit fix` installs (Build-like); repo/docs/bugs open a browser",
        ..Spec::D
    },
    Spec {
        names: names!["ls", "list", "la", "ll", "explain", "why", "prefix", "root", "bin", "help", "help-search", "completion", "query", "sbom", "get"],
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        ..Spec::D
    },
    Spec {
        names: names!["config", "c"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: NPM_FLAGS,
        subs: &[
            Spec { names: names!["get", "list", "ls"], pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec {
                names: names!["set", "delete", "edit", "fix"],
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
        names: names!["cache"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: NPM_FLAGS,
        subs: &[
            Spec { names: names!["ls", "verify"], pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec { names: names!["add"], class: Class::Net, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec { names: names!["clean", "rm", "clear"], class: Class::Delete, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["pkg"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: NPM_FLAGS,
        subs: &[
            Spec { names: names!["get"], pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
            Spec { names: names!["set", "delete", "fix"], class: Class::Write, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["login", "adduser", "add-user", "logout"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: NPM_FLAGS,
        note: "writes or removes the registry token in ~/.npmrc",
        ..Spec::D
    },
    Spec { names: names!["edit"], class: Class::Interactive, pos: Pos::Opaque, flags: NPM_FLAGS, ..Spec::D },
];

#[rustfmt::skip]
const YARN_FLAGS: &[Flag] = &[
    f(names!["--global-folder", "--prefix"], Val::Req, Eff::Global),
    f(names!["--use-yarnrc"], Val::Req, Eff::ExecValue),
    f(names!["--cwd", "--modules-folder", "--cache-folder", "--registry", "--mutex", "--network-timeout", "--network-concurrency"], Val::Req, Eff::None),
    f(names!["-W", "--ignore-workspace-root-check"], Val::No, Eff::None), f(names!["-D", "--dev"], Val::No, Eff::None), f(names!["-E", "--exact"], Val::No, Eff::None), f(names!["-T", "--tilde"], Val::No, Eff::None), f(names!["-P", "--peer"], Val::No, Eff::None), f(names!["-O", "--optional"], Val::No, Eff::None), f(names!["--ignore-scripts", "--frozen-lockfile", "--immutable", "--prefer-offline", "--offline"], Val::No, Eff::None),
];

#[rustfmt::skip]
const PNPM_FLAGS: &[Flag] = &[
    f(names!["-g", "--global"], Val::No, Eff::Global),
    f(names!["--global-dir", "--global-bin-dir"], Val::Req, Eff::Global),
    f(names!["-C", "--dir"], Val::Req, Eff::None), f(names!["-F", "--filter"], Val::Req, Eff::None), f(names!["--filter-prod", "--store-dir", "--reporter", "--loglevel", "--registry", "--workspace-concurrency"], Val::Req, Eff::None),
    f(names!["-r", "--recursive"], Val::No, Eff::None), f(names!["-w", "--workspace-root"], Val::No, Eff::None), f(names!["-D", "--save-dev"], Val::No, Eff::None), f(names!["-E", "--save-exact"], Val::No, Eff::None), f(names!["-O", "--save-optional"], Val::No, Eff::None), f(names!["-P", "--save-prod"], Val::No, Eff::None), f(names!["-s", "--silent"], Val::No, Eff::None), f(names!["--ignore-scripts", "--frozen-lockfile", "--offline", "--prefer-offline"], Val::No, Eff::None),
];

#[rustfmt::skip]
const PIP_FLAGS: &[Flag] = &[
    f(names!["--python"], Val::Req, Eff::ExecValue),
    f(names!["--log", "--log-file", "--report"], Val::Req, Eff::WriteValue),
    f(names!["-r", "--requirement"], Val::Req, Eff::ReadValue), f(names!["-c", "--constraint"], Val::Req, Eff::ReadValue), f(names!["--build-constraint"], Val::Req, Eff::ReadValue),
    f(names!["-t", "--target"], Val::Req, Eff::WriteValue), f(names!["-d", "--dest"], Val::Req, Eff::WriteValue), f(names!["-w", "--wheel-dir"], Val::Req, Eff::WriteValue),
    f(names!["--prefix", "--root"], Val::Req, Eff::Global),
    f(names!["--user", "--break-system-packages"], Val::No, Eff::Global),
    f(names!["-e", "--editable"], Val::Req, Eff::None), f(names!["-i", "--index-url"], Val::Req, Eff::None), f(names!["-f", "--find-links"], Val::Req, Eff::None), f(names!["--src", "--extra-index-url", "--proxy", "--retries", "--timeout"], Val::Req, Eff::None),
    f(names!["--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated", "--root-user-action", "--keyring-provider", "--resume-retries"], Val::Req, Eff::None),
    f(names!["-C", "--config-settings"], Val::Req, Eff::None), f(names!["--global-option", "--install-option", "--only-binary", "--no-binary", "--platform", "--python-version", "--implementation", "--abi"], Val::Req, Eff::None),
    f(names!["--editor"], Val::Req, Eff::ExecValue),
    f(names!["--upgrade-strategy", "--progress-bar", "--group", "--path", "--format", "--exclude"], Val::Req, Eff::None),
    f(names!["-U", "--upgrade"], Val::No, Eff::None), f(names!["-I", "--ignore-installed"], Val::No, Eff::None), f(names!["-y", "--yes"], Val::No, Eff::None), f(names!["-v", "--isolated"], Val::No, Eff::None), f(names!["--force-reinstall", "--no-deps", "--pre", "--no-index", "--no-build-isolation", "--dry-run", "--require-hashes", "--no-input", "--no-cache-dir", "--disable-pip-version-check", "--require-virtualenv"], Val::No, Eff::None), f(names!["-q"], Val::No, Eff::None),
];

#[rustfmt::skip]
static PIP_SUBS: &[Spec] = &[
    Spec {
        names: names!["install", "wheel", "lock"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "building sdists runs their setup.py/build backend; outside a virtualenv it writes the system or user site-packages",
        ..Spec::D
    },
    Spec {
        names: names!["download"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "network; resolving an sdist's metadata runs its build backend",
        ..Spec::D
    },
    Spec {
        names: names!["uninstall"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "removes files from the active environment (the system one outside a virtualenv)",
        ..Spec::D
    },
    Spec {
        names: names!["list"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-o", "--outdated"], Val::No, Eff::Net), f(names!["-u", "--uptodate"], Val::No, Eff::Net),
            f(names!["-i", "--index-url"], Val::Req, Eff::None), f(names!["-f", "--find-links"], Val::Req, Eff::None), f(names!["--path", "--format", "--exclude", "--extra-index-url"], Val::Req, Eff::None),
            f(names!["--python"], Val::Req, Eff::ExecValue),
        ],
        note: "--outdated/--uptodate query the package index",
        ..Spec::D
    },
    Spec {
        names: names!["show", "freeze", "check", "hash", "inspect", "debug", "help", "completion"],
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        note: "`hash` operands are files read",
        ..Spec::D
    },
    Spec { names: names!["search", "index"], class: Class::Net, pos: Pos::Opaque, flags: PIP_FLAGS, ..Spec::D },
    Spec {
        names: names!["config"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: &[f(names!["--global", "--user", "--site"], Val::No, Eff::Global), f(names!["--editor"], Val::Req, Eff::ExecValue)],
        subs: &[
            Spec { names: names!["list", "get", "debug"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["set", "unset", "edit"],
                class: Class::System,
                pos: Pos::Opaque,
                note: "writes pip.conf (index-url, trusted-host ...)",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["cache"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: names!["dir", "info", "list"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["remove", "purge"], class: Class::Delete, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
];

#[rustfmt::skip]
const UV_FLAGS: &[Flag] = &[
    f(names!["--system", "--break-system-packages"], Val::No, Eff::Global),
    f(names!["--prefix"], Val::Req, Eff::Global),
    f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue), f(names!["--target"], Val::Req, Eff::WriteValue),
    f(names!["-r", "--requirements"], Val::Req, Eff::ReadValue), f(names!["-c", "--constraints"], Val::Req, Eff::ReadValue), f(names!["--config-file", "--with-requirements", "--overrides", "--env-file"], Val::Req, Eff::ReadValue),
    f(names!["-p", "--python"], Val::Req, Eff::None), f(names!["-i", "--index-url"], Val::Req, Eff::None), f(names!["-f", "--find-links"], Val::Req, Eff::None), f(names!["--directory", "--project", "--index", "--default-index", "--extra-index-url", "--cache-dir"], Val::Req, Eff::None),
    f(names!["-e", "--editable"], Val::Req, Eff::None), f(names!["-P", "--upgrade-package"], Val::Req, Eff::None), f(names!["--with", "--with-editable", "--from", "--extra", "--group", "--only-group", "--no-group", "--package", "--python-preference", "--color", "--script"], Val::Req, Eff::None),
    f(names!["-v", "--offline"], Val::No, Eff::None), f(names!["-U", "--upgrade"], Val::No, Eff::None), f(names!["--no-cache", "--native-tls", "--frozen", "--locked", "--no-sync", "--all-extras", "--dev", "--no-dev", "--reinstall", "--isolated", "--no-project"], Val::No, Eff::None), f(names!["-q"], Val::No, Eff::None),
];

#[rustfmt::skip]
const CONDA_FLAGS: &[Flag] = &[
    f(names!["-p", "--prefix"], Val::Req, Eff::Global),
    f(names!["--file"], Val::Req, Eff::ReadValue),
    f(names!["-n", "--name"], Val::Req, Eff::None), f(names!["-c", "--channel"], Val::Req, Eff::None), f(names!["--solver", "--platform"], Val::Req, Eff::None),
    f(names!["-y", "--yes"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-d", "--dry-run"], Val::No, Eff::None), f(names!["--json", "--offline", "--all", "--override-channels"], Val::No, Eff::None),
];

/// conda options for commands that change an environment: a named one is outside the workspace.
#[rustfmt::skip]
const CONDA_CHANGE_FLAGS: &[Flag] = &[
    f(names!["-n", "--name"], Val::Req, Eff::Global),
    f(names!["-p", "--prefix"], Val::Req, Eff::WriteValue),
    f(names!["--file"], Val::Req, Eff::ReadValue),
    f(names!["-c", "--channel"], Val::Req, Eff::None), f(names!["--solver", "--platform"], Val::Req, Eff::None),
    f(names!["-y", "--yes"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-d", "--dry-run"], Val::No, Eff::None), f(names!["--json", "--offline", "--all", "--override-channels"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- JavaScript
    Spec {
        names: names!["npm"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: NPM_FLAGS,
        subs: NPM_SUBS,
        note: "option parsing (nopt) accepts abbreviations and options before or after the command; unknown commands are errors",
        ..Spec::D
    },
    Spec {
        names: names!["npx", "pnpx"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-c", "--call"], Val::Req, Eff::ExecValue), f(names!["--shell"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--package"], Val::Req, Eff::None), f(names!["-w", "--workspace"], Val::Req, Eff::None), f(names!["--prefix", "--registry", "--cache"], Val::Req, Eff::None),
            f(names!["-y", "--yes"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["--no", "--no-install", "--prefer-offline", "--ignore-existing"], Val::No, Eff::None),
        ],
        note: "downloads (if not local) and runs a package binary: the name is a registry package, not a local program",
        ..Spec::D
    },
    Spec {
        names: names!["yarn", "yarnpkg"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: YARN_FLAGS,
        subs: &[
            Spec {
                names: names!["install", "add", "upgrade", "up", "upgrade-interactive", "run", "test", "start", "build", "dlx", "exec",
                    "node", "pack", "rebuild", "dedupe", "workspace", "workspaces", "create", "plugin", "constraints", "set", "import", "patch", "patch-commit", "stage"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: YARN_FLAGS,
                note: "lifecycle and package scripts run; dlx/create download and run packages",
                ..Spec::D
            },
            Spec { names: names!["remove", "init", "version", "unlink", "link", "unplug", "autoclean"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: YARN_FLAGS, ..Spec::D },
            Spec { names: names!["list", "why", "bin", "licenses", "help", "check", "explain"], pos: Pos::Opaque, gnu: false, flags: YARN_FLAGS, ..Spec::D },
            Spec { names: names!["info", "outdated", "audit", "publish", "npm", "owner", "tag", "team", "login", "logout"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: YARN_FLAGS, ..Spec::D },
            Spec {
                names: names!["global"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: YARN_FLAGS,
                subs: &[Spec { names: names!["list", "bin", "dir"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                note: "`yarn global add` installs into the global prefix and runs install scripts",
                ..Spec::D
            },
            Spec {
                names: names!["config"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[
                    Spec { names: names!["get", "list", "current"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["set", "delete", "unset"], class: Class::System, pos: Pos::Opaque, gnu: false, note: "writes .yarnrc(.yml), possibly in $HOME", ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: names!["cache"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Delete,
                subs: &[
                    Spec { names: names!["list", "dir"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["clean"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        note: "`yarn` alone installs; `yarn NAME` runs a package.json script",
        ..Spec::D
    },
    Spec {
        names: names!["pnpm"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: PNPM_FLAGS,
        subs: &[
            Spec {
                names: names!["install", "i", "add", "update", "up", "upgrade", "link", "ln", "import", "rebuild", "rb", "prune", "fetch",
                    "install-test", "it", "dedupe", "patch", "patch-commit", "run", "run-script", "test", "t", "start", "exec", "dlx",
                    "create", "pack", "deploy", "recursive", "multi", "m", "approve-builds"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: PNPM_FLAGS,
                note: "lifecycle and package scripts run; dlx/create download and run packages",
                ..Spec::D
            },
            Spec { names: names!["remove", "rm", "uninstall", "un", "unlink", "init"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, ..Spec::D },
            Spec { names: names!["list", "ls", "ll", "la", "why", "licenses", "root", "bin", "help", "store-path"], pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, ..Spec::D },
            Spec { names: names!["outdated", "audit", "publish", "view", "info", "show", "search", "doctor"], class: Class::Net, pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, ..Spec::D },
            Spec { names: names!["env", "setup", "self-update"], class: Class::System, pos: Pos::Opaque, gnu: false, flags: PNPM_FLAGS, note: "installs Node.js versions or pnpm itself globally", ..Spec::D },
            Spec {
                names: names!["store"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Write,
                subs: &[
                    Spec { names: names!["status", "path"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["prune"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["add"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec {
                names: names!["config", "c"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[
                    Spec { names: names!["get", "list"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["set", "delete"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        note: "`pnpm NAME` runs a package.json script",
        ..Spec::D
    },
    Spec {
        names: names!["corepack"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "`enable` writes shims next to node; `use/install/prepare` download package managers",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Python
    Spec {
        names: names!["pip", "pip3", "pip2", "pip3.8", "pip3.9", "pip3.10", "pip3.11", "pip3.12", "pip3.13", "pip3.14"],
        pos: Pos::Opaque,
        flags: PIP_FLAGS,
        subs: PIP_SUBS,
        unknown_sub: Class::Build,
        note: "optparse: long options may be abbreviated; general options may come before the command",
        ..Spec::D
    },
    Spec {
        names: names!["pipx"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["--python"], Val::Req, Eff::ExecValue),
            f(names!["--global"], Val::No, Eff::Global),
            f(names!["--pip-args", "--spec", "--index-url", "--suffix"], Val::Req, Eff::None),
        ],
        subs: &[
            Spec { names: names!["list", "environment", "completions", "help"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["install", "install-all", "uninstall", "uninstall-all", "upgrade", "upgrade-all", "upgrade-shared", "reinstall",
                    "reinstall-all", "inject", "uninject", "ensurepath", "pin", "unpin"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: &[f(names!["--global"], Val::No, Eff::Global), f(names!["--python"], Val::Req, Eff::ExecValue)],
                note: "installs apps into ~/.local (build backends run); ensurepath edits shell startup files",
                ..Spec::D
            },
            Spec { names: names!["run", "runpip"], class: Class::Build, pos: Pos::Opaque, note: "downloads and runs a package", ..Spec::D },
            Spec { names: names!["interpreter"], pos: Pos::Opaque, unknown_sub: Class::Delete,
                subs: &[
                    Spec { names: names!["list"], pos: Pos::Opaque, ..Spec::D },
                    Spec { names: names!["prune", "upgrade"], class: Class::Delete, pos: Pos::Opaque, ..Spec::D },
                ],
                ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["uv"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: UV_FLAGS,
        subs: &[
            Spec {
                names: names!["pip"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Build,
                flags: UV_FLAGS,
                subs: &[
                    Spec { names: names!["install", "sync", "compile"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, note: "sdists are built (their backend runs)", ..Spec::D },
                    Spec { names: names!["uninstall"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                    Spec { names: names!["list", "show", "freeze", "tree", "check"], pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec { names: names!["add", "sync", "lock", "run", "build", "export"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS,
                note: "resolving/building runs build backends; `run` runs a command in the project environment", ..Spec::D },
            Spec { names: names!["remove", "init", "format"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS,
                note: "`format` rewrites sources in place", ..Spec::D },
            Spec { names: names!["tree", "version", "help", "generate-shell-completion"], pos: Pos::Opaque, gnu: false, flags: UV_FLAGS,
                note: "`version NEW`/`--bump` rewrite pyproject.toml", ..Spec::D },
            Spec { names: names!["venv"], class: Class::Write, pos: Pos::Write, gnu: false, flags: UV_FLAGS, ..Spec::D },
            Spec { names: names!["publish"], class: Class::Net, pos: Pos::Read, gnu: false, flags: UV_FLAGS, ..Spec::D },
            Spec {
                names: names!["python", "tool"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                flags: UV_FLAGS,
                subs: &[
                    Spec { names: names!["list", "find", "dir"], pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                    Spec { names: names!["run"], class: Class::Build, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                    Spec { names: names!["pin"], class: Class::Write, pos: Pos::Opaque, gnu: false, flags: UV_FLAGS, ..Spec::D },
                ],
                note: "install/uninstall/upgrade/update-shell change ~/.local",
                ..Spec::D
            },
            Spec {
                names: names!["cache"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::Delete,
                subs: &[
                    Spec { names: names!["dir"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["clean", "prune"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
                ],
                ..Spec::D
            },
            Spec { names: names!["self"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["uvx"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        flags: UV_FLAGS,
        note: "`uv tool run`: downloads and runs a package; the name is not a local program",
        ..Spec::D
    },
    Spec {
        names: names!["poetry"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["-C", "--directory"], Val::Req, Eff::None), f(names!["-P", "--project"], Val::Req, Eff::None),
            f(names!["-E", "--extras"], Val::Req, Eff::None), f(names!["-G", "--group"], Val::Req, Eff::None), f(names!["--with", "--without", "--only", "--source", "--format"], Val::Req, Eff::None), f(names!["-f"], Val::Req, Eff::None),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
        ],
        subs: &[
            Spec { names: names!["install", "add", "update", "lock", "build", "sync"], class: Class::Build, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["run"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command in the project virtualenv; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
            Spec { names: names!["shell"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["remove", "new", "init", "version"], class: Class::Write, pos: Pos::Opaque, gnu: false,
                flags: &[f(names!["-o", "--output"], Val::Req, Eff::WriteValue)],
                note: "`version` without an argument only prints", ..Spec::D },
            Spec { names: names!["show", "check", "about", "help", "list", "debug", "export"], pos: Pos::Opaque, gnu: false,
                flags: &[f(names!["-o", "--output"], Val::Req, Eff::WriteValue)], ..Spec::D },
            Spec { names: names!["publish", "search"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["self"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System,
                note: "`self add/update/install` change Poetry's own environment (plugins run code)", ..Spec::D },
            Spec { names: names!["config", "source", "env", "cache", "keyring"], class: Class::Write, pos: Pos::Opaque, gnu: false,
                unknown_sub: Class::Write,
                note: "config/self/cache act on the user-wide configuration; --list/show/info only read", ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["pipenv"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["--python", "--site-packages"], Val::Req, Eff::None),
            f(names!["--system"], Val::No, Eff::Global),
            f(names!["--venv", "--where", "--py", "--envs", "--version"], Val::No, Eff::None),
        ],
        subs: &[
            Spec { names: names!["run"], class: Class::Build, pos: Pos::Command, note: "runs the command in the project virtualenv; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
            Spec { names: names!["shell"], class: Class::Interpreter, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["graph", "check", "scripts", "requirements", "verify"], pos: Pos::Opaque, note: "`check` queries the vulnerability database", ..Spec::D },
            Spec { names: names!["uninstall", "clean"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        note: "install/sync/update/lock resolve and build packages into a virtualenv",
        ..Spec::D
    },
    Spec {
        names: names!["pip-compile", "pip-sync", "pip-tools", "pip-audit"],
        class: Class::Build,
        flags: &[
            f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue),
            f(names!["-c", "--constraint"], Val::Req, Eff::ReadValue), f(names!["-r", "--requirement"], Val::Req, Eff::ReadValue),
            f(names!["-i", "--index-url"], Val::Req, Eff::None), f(names!["-f", "--find-links"], Val::Req, Eff::None), f(names!["-P", "--upgrade-package"], Val::Req, Eff::None), f(names!["--extra-index-url", "--pip-args", "--resolver"], Val::Req, Eff::None),
        ],
        note: "operands are requirement files read; resolving sdists runs their build backend; pip-sync installs and uninstalls",
        ..Spec::D
    },
    Spec {
        names: names!["pipdeptree", "pip-licenses", "deptry", "safety"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--python"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--packages"], Val::Req, Eff::None), f(names!["-e", "--exclude"], Val::Req, Eff::None), f(names!["-d", "--depth"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-f", "--format"], Val::Req, Eff::None), f(names!["--from"], Val::Req, Eff::None),
        ],
        note: "inspect installed packages (safety queries a vulnerability service)",
        ..Spec::D
    },
    Spec {
        names: names!["pyenv", "rbenv", "nodenv", "goenv", "jenv", "asdf", "mise", "rtx", "fnm", "volta", "n", "sdk", "juliaup", "ghcup"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[
            Spec { names: names!["versions", "version", "which", "whence", "root", "prefix", "commands", "help", "list", "ls", "ls-remote", "current", "where", "env", "doctor", "latest", "completions", "version-name", "version-file"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["local", "rehash"], class: Class::Write, pos: Pos::Opaque, gnu: false, note: "writes .python-version/.tool-versions in the project or refreshes shims", ..Spec::D },
            Spec { names: names!["exec", "x"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command with the selected version; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
        ],
        note: "install/uninstall/global/use/plugin download, build and switch toolchains for the whole user",
        ..Spec::D
    },
    Spec {
        names: names!["pdm", "hatch", "rye", "pixi"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["list", "show", "info", "search", "help", "version", "status"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["publish"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["remove", "init", "new"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "install/add/sync/run/build run project and build-backend code",
        ..Spec::D
    },
    Spec {
        names: names!["conda", "mamba", "micromamba"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: CONDA_FLAGS,
        subs: &[
            Spec { names: names!["install", "create", "update", "upgrade", "run", "build", "develop"], class: Class::Build, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS,
                note: "package link scripts run; named environments (-n) live outside the workspace", ..Spec::D },
            Spec { names: names!["remove", "uninstall"], class: Class::Write, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS, ..Spec::D },
            Spec { names: names!["list", "info", "search", "doctor", "compare", "notices", "activate", "deactivate"], pos: Pos::Opaque, flags: CONDA_FLAGS, ..Spec::D },
            Spec { names: names!["clean"], class: Class::Delete, pos: Pos::Opaque, flags: CONDA_FLAGS, ..Spec::D },
            Spec { names: names!["init"], class: Class::System, pos: Pos::Opaque, flags: CONDA_FLAGS, note: "edits shell startup files", ..Spec::D },
            Spec {
                names: names!["config"],
                class: Class::System,
                pos: Pos::Opaque,
                flags: CONDA_FLAGS,
                note: "writes ~/.condarc; --show/--get/--describe only read",
                ..Spec::D
            },
            Spec {
                names: names!["env"],
                pos: Pos::Opaque,
                unknown_sub: Class::Build,
                flags: CONDA_FLAGS,
                subs: &[
                    Spec { names: names!["list", "export"], pos: Pos::Opaque, flags: &[f(names!["-f", "--file"], Val::Req, Eff::WriteValue)], ..Spec::D },
                    Spec { names: names!["remove"], class: Class::Delete, pos: Pos::Opaque, flags: CONDA_FLAGS, ..Spec::D },
                    Spec { names: names!["create", "update"], class: Class::Build, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS, ..Spec::D },
                    Spec { names: names!["config", "vars"], class: Class::Write, pos: Pos::Opaque, flags: CONDA_CHANGE_FLAGS, ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- Ruby, PHP, Perl, Lua
    Spec {
        names: names!["gem"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        flags: &[f(names!["--config-file"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: names!["install", "i", "update", "uninstall", "pristine", "cleanup", "rdoc", "sources", "signin", "signout", "exec"],
                class: Class::System, pos: Pos::Opaque,
                flags: &[
                    f(names!["-i", "--install-dir"], Val::Req, Eff::Global), f(names!["-n", "--bindir"], Val::Req, Eff::Global),
                    f(names!["--user-install"], Val::No, Eff::Global),
                    f(names!["-v", "--version"], Val::Req, Eff::None), f(names!["-P", "--trust-policy"], Val::Req, Eff::None), f(names!["--source", "--platform", "--config-file"], Val::Req, Eff::None), f(names!["-s"], Val::Req, Eff::None),
                    f(names!["-g", "--file"], Val::Opt, Eff::ReadValue),
                ],
                note: "installs into the gem home; native extensions compile (extconf.rb runs)", ..Spec::D },
            Spec { names: names!["list", "search", "query", "info", "specification", "spec", "contents", "environment", "env", "which", "dependency", "help", "outdated", "check", "stale", "lock"],
                pos: Pos::Opaque,
                flags: &[f(names!["-v", "--version"], Val::Req, Eff::None), f(names!["--source", "--platform"], Val::Req, Eff::None), f(names!["-i", "--installed"], Val::No, Eff::None)],
                note: "search/outdated query the network", ..Spec::D },
            Spec { names: names!["build"], class: Class::Build, pos: Pos::Read, note: "evaluates the gemspec (Ruby code)", ..Spec::D },
            Spec { names: names!["push", "owner", "yank", "fetch", "server"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["unpack"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["open"], class: Class::Interactive, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["bundle", "bundler"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["--gemfile"], Val::Req, Eff::Build),
            f(names!["--system"], Val::No, Eff::Global),
            f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["--path", "--without", "--with", "--retry"], Val::Req, Eff::None),
            f(names!["--binstubs", "--standalone"], Val::Opt, Eff::None),
        ],
        subs: &[
            Spec { names: names!["exec"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command with the bundle's gems; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
            Spec { names: names!["remove", "init", "binstubs", "gem"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["clean"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["version", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["console"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["open"], class: Class::Interactive, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "every command that loads the Gemfile evaluates it (Ruby code); `bundle` alone installs",
        ..Spec::D
    },
    Spec {
        names: names!["composer", "composer.phar"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: &[f(names!["-d", "--working-dir"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: names!["install", "i", "update", "u", "upgrade", "require", "r", "remove", "rm", "uninstall", "run-script", "run", "exec",
                "dump-autoload", "dumpautoload", "create-project", "reinstall", "bump"],
                class: Class::Build, pos: Pos::Opaque, gnu: false,
                note: "composer scripts and plugins run (unless --no-scripts/--no-plugins)", ..Spec::D },
            Spec { names: names!["show", "info", "validate", "licenses", "depends", "why", "prohibits", "why-not", "check-platform-reqs", "status", "about", "list", "help", "fund"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["outdated", "search", "diagnose", "audit", "browse", "home"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["global", "self-update", "selfupdate"], class: Class::System, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["config", "init", "archive"], class: Class::Write, pos: Pos::Opaque, gnu: false,
                flags: &[f(names!["-g", "--global"], Val::No, Eff::Global)], ..Spec::D },
            Spec { names: names!["clear-cache", "clearcache", "cc"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "`composer NAME` runs a composer.json script",
        ..Spec::D
    },
    Spec {
        names: names!["cpan", "cpanm", "cpanp"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[f(names!["-l", "--local-lib"], Val::Req, Eff::None), f(names!["-L", "--local-lib-contained"], Val::Req, Eff::None)],
        note: "installs Perl modules (Makefile.PL/Build.PL run)",
        ..Spec::D
    },
    Spec {
        names: names!["luarocks"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: &[f(names!["--tree"], Val::Req, Eff::Global), f(names!["--local"], Val::No, Eff::None)],
        subs: &[
            Spec { names: names!["list", "search", "show", "doc", "path", "help", "config", "which"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["make", "build", "test", "pack", "init"], class: Class::Build, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["upload"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
];
