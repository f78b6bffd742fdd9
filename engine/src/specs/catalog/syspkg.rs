//! System package managers: apt/dpkg, rpm/dnf/zypper, pacman and AUR helpers, apk, Homebrew,
//! snap, flatpak and Nix. Installing or removing packages runs maintainer scripts as root: System.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

#[rustfmt::skip]
const APT_FLAGS: &[Flag] = &[
    f(&["-o", "--option"], Val::Req, Eff::ExecValue), f(&["-c", "--config-file"], Val::Req, Eff::ExecValue),
    f(&["-t", "--target-release"], Val::Req, Eff::None), f(&["-a", "--host-architecture"], Val::Req, Eff::None), f(&["--default-release", "--solver"], Val::Req, Eff::None),
    f(&["--allow-remove-essential", "--allow-change-held-packages", "--allow-downgrades", "--allow-unauthenticated", "--force-yes"], Val::No, Eff::Force),
    f(&["-b", "--compile"], Val::No, Eff::Build), f(&["--build"], Val::No, Eff::Build),
    f(&["-y", "--yes"], Val::No, Eff::None), f(&["-s", "--simulate"], Val::No, Eff::None), f(&["-q", "-qq"], Val::No, Eff::None), f(&["-d", "--download-only"], Val::No, Eff::None), f(&["-f", "--fix-broken"], Val::No, Eff::None), f(&["-V", "--purge"], Val::No, Eff::None), f(&["--assume-yes", "--dry-run", "--just-print", "--no-act", "--recon", "--no-install-recommends", "--installed", "--upgradable", "--all-versions"], Val::No, Eff::None), f(&["-m", "-u"], Val::No, Eff::None),
];

#[rustfmt::skip]
static APT_SUBS: &[Spec] = &[
    Spec {
        names: &["install", "remove", "purge", "autoremove", "auto-remove", "autopurge", "update", "upgrade", "full-upgrade",
            "dist-upgrade", "reinstall", "build-dep", "satisfy", "clean", "autoclean", "auto-clean", "edit-sources", "markauto",
            "unmarkauto", "hold", "unhold", "forbid-version"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: APT_FLAGS,
        note: "package scripts run as root; -s/--simulate only prints",
        ..Spec::D
    },
    Spec {
        names: &["source", "download", "changelog"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: APT_FLAGS,
        note: "downloads into the current directory; `source -b` also builds",
        ..Spec::D
    },
    Spec {
        names: &["list", "show", "search", "policy", "depends", "rdepends", "showsrc", "check", "indextargets", "moo", "why", "why-not", "help"],
        pos: Pos::Opaque,
        flags: APT_FLAGS,
        ..Spec::D
    },
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- Debian family
    Spec {
        names: &["apt", "apt-get", "aptitude", "nala"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: APT_FLAGS,
        subs: APT_SUBS,
        note: "-o APT::Update::Pre-Invoke::=CMD and config files run commands as root",
        ..Spec::D
    },
    Spec {
        names: &["apt-cache"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Read,
        flags: &[
            f(&["-c", "--config-file"], Val::Req, Eff::ReadValue),
            f(&["-o", "--option"], Val::Req, Eff::None), f(&["-p", "--pkg-cache"], Val::Req, Eff::None), f(&["-s", "--src-cache"], Val::Req, Eff::None),
        ],
        subs: &[Spec { names: &["gencaches"], class: Class::System, pos: Pos::Opaque, ..Spec::D }],
        note: "queries the package cache",
        ..Spec::D
    },
    Spec {
        names: &["apt-mark"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[Spec { names: &["showhold", "showauto", "showmanual", "showinstall", "showremove", "showpurge", "minimize-manual"], pos: Pos::Opaque, ..Spec::D }],
        ..Spec::D
    },
    Spec {
        names: &["add-apt-repository", "apt-add-repository", "apt-key", "update-alternatives", "dpkg-reconfigure", "debconf-set-selections"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "change the system's package sources, keys or alternatives (`update-alternatives --display/--list/--query` only read)",
        ..Spec::D
    },
    Spec {
        names: &["dpkg"],
        gnu: false,
        flags: &[
            f(&["-i", "--install"], Val::No, Eff::Global), f(&["-r", "--remove"], Val::No, Eff::Global), f(&["-P", "--purge"], Val::No, Eff::Global), f(&["-a", "--pending"], Val::No, Eff::Global), f(&["--unpack", "--configure", "--triggers-only"], Val::No, Eff::Global),
            f(&["--set-selections", "--clear-selections", "--update-avail", "--merge-avail", "--clear-avail", "--forget-old-unavail", "--add-architecture", "--remove-architecture"], Val::No, Eff::Global),
            f(&["--force", "--refuse", "--no-force"], Val::Opt, Eff::Force),
            f(&["--pre-invoke", "--post-invoke", "--status-logger"], Val::Req, Eff::ExecValue),
            f(&["--log"], Val::Req, Eff::WriteValue),
            f(&["-x", "--extract"], Val::No, Eff::InPlace), f(&["-X", "--vextract"], Val::No, Eff::InPlace), f(&["-b", "--build"], Val::No, Eff::InPlace),
            f(&["-D", "--debug"], Val::Req, Eff::None), f(&["--root", "--admindir", "--instdir", "--status-fd", "--path-include", "--path-exclude", "--ignore-depends"], Val::Req, Eff::None),
            f(&["-l", "--list"], Val::No, Eff::None), f(&["-L", "--listfiles"], Val::No, Eff::None), f(&["-s", "--status"], Val::No, Eff::None), f(&["-S", "--search"], Val::No, Eff::None), f(&["-p", "--print-avail"], Val::No, Eff::None), f(&["-c", "--contents"], Val::No, Eff::None), f(&["-I", "--info"], Val::No, Eff::None), f(&["-C", "--audit"], Val::No, Eff::None), f(&["-V", "--verify"], Val::No, Eff::None), f(&["--get-selections", "--print-architecture"], Val::No, Eff::None),
        ],
        note: "the action is a flag: -i/-r/-P install or remove as root; -l/-L/-s/-S only query; `--force-things` is one token",
        ..Spec::D
    },
    Spec {
        names: &["dpkg-query"],
        gnu: false,
        pos: Pos::Opaque,
        flags: &[f(&["-f", "--showformat"], Val::Req, Eff::None), f(&["--admindir", "--root"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["dpkg-deb"],
        gnu: false,
        flags: &[
            f(&["-x", "--extract"], Val::No, Eff::InPlace), f(&["-X", "--vextract"], Val::No, Eff::InPlace), f(&["-R", "--raw-extract"], Val::No, Eff::InPlace), f(&["-b", "--build"], Val::No, Eff::InPlace),
            f(&["-Z", "-z", "-S", "--showformat"], Val::Req, Eff::None),
        ],
        note: "-c/-I/-f/-W only read; extraction writes into the directory operand",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Red Hat, SUSE, Arch, Alpine
    Spec {
        names: &["rpm"],
        gnu: false,
        flags: &[
            f(&["-i", "--install"], Val::No, Eff::Global), f(&["-U", "--upgrade"], Val::No, Eff::Global), f(&["-F", "--freshen"], Val::No, Eff::Global), f(&["-e", "--erase"], Val::No, Eff::Global), f(&["--reinstall", "--import", "--restore", "--setperms", "--setugids", "--rebuilddb", "--initdb"], Val::No, Eff::Global),
            f(&["--force", "--replacepkgs", "--replacefiles", "--nodeps", "--nosignature", "--nodigest"], Val::No, Eff::Force),
            f(&["-E", "--eval"], Val::Req, Eff::ExecValue), f(&["-D", "--predefine"], Val::Req, Eff::ExecValue), f(&["--pipe", "--define", "--macros", "--load", "--rcfile"], Val::Req, Eff::ExecValue),
            f(&["-f", "--file"], Val::Req, Eff::None), f(&["-g", "--group"], Val::Req, Eff::None), f(&["--root", "--dbpath", "--qf", "--queryformat", "--whatprovides", "--whatrequires"], Val::Req, Eff::None),
        ],
        note: "macros (--eval '%(cmd)' / %{lua:...}) run code; -q/-V/-K only query",
        ..Spec::D
    },
    Spec {
        names: &["rpm2cpio"],
        ..Spec::D
    },
    Spec {
        names: &["dnf", "yum", "microdnf", "dnf5", "tdnf"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(&["-c", "--config"], Val::Req, Eff::ExecValue), f(&["--setopt"], Val::Req, Eff::ExecValue),
            f(&["-x", "--exclude"], Val::Req, Eff::None), f(&["-d", "--debuglevel"], Val::Req, Eff::None), f(&["-e", "--errorlevel"], Val::Req, Eff::None), f(&["--installroot", "--releasever", "--repo", "--repoid", "--enablerepo", "--disablerepo", "--downloaddir", "--destdir", "--forcearch"], Val::Req, Eff::None),
            f(&["--nogpgcheck", "--no-gpgchecks"], Val::No, Eff::Force),
        ],
        subs: &[
            Spec { names: &["list", "ls", "info", "search", "se", "provides", "whatprovides", "wp", "repolist", "repoinfo", "repoquery", "rq", "check-update",
                "check-upgrade", "deplist", "updateinfo", "advisory", "help", "check", "leaves", "changelog"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["download"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["shell", "sh"], class: Class::Interpreter, pos: Pos::Opaque, ..Spec::D },
        ],
        note: "transactions run package scriptlets as root; plugins configured by --setopt/-c can run commands",
        ..Spec::D
    },
    Spec {
        names: &["zypper"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(&["-c", "--config"], Val::Req, Eff::None), f(&["-R", "--root"], Val::Req, Eff::None), f(&["--installroot"], Val::Req, Eff::None)],
        subs: &[Spec { names: &["search", "se", "info", "if", "list-updates", "lu", "repos", "lr", "packages", "pa", "patches", "products", "what-provides", "wp", "help"],
            pos: Pos::Opaque, ..Spec::D }],
        ..Spec::D
    },
    Spec {
        names: &["pacman"],
        flags: &[
            f(&["-S", "--sync"], Val::No, Eff::Global), f(&["-R", "--remove"], Val::No, Eff::Global), f(&["-U", "--upgrade"], Val::No, Eff::Global), f(&["-D", "--database"], Val::No, Eff::Global), f(&["-y", "--refresh"], Val::No, Eff::Global), f(&["-u", "--sysupgrade"], Val::No, Eff::Global),
            f(&["-c", "--clean"], Val::No, Eff::Delete),
            f(&["--overwrite"], Val::Req, Eff::Force),
            f(&["--hookdir"], Val::Req, Eff::ExecValue),
            f(&["--config"], Val::Req, Eff::ExecValue),
            f(&["--logfile"], Val::Req, Eff::WriteValue),
            f(&["-r", "--root"], Val::Req, Eff::None), f(&["-b", "--dbpath"], Val::Req, Eff::None), f(&["--cachedir", "--gpgdir", "--arch", "--sysroot", "--assume-installed", "--ignore", "--ignoregroup", "--print-format", "--color"], Val::Req, Eff::None),
            f(&["-Q", "--query"], Val::No, Eff::None), f(&["-F", "--files"], Val::No, Eff::None), f(&["-T", "--deptest"], Val::No, Eff::None), f(&["-s", "--search"], Val::No, Eff::None), f(&["-i", "--info"], Val::No, Eff::None), f(&["-l", "--list"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-k", "--check"], Val::No, Eff::None), f(&["--noconfirm", "--needed"], Val::No, Eff::None),
        ],
        note: "the operation is a flag: -S (also -Ss/-Si searches) installs, -R removes, -Syu upgrades; -Q/-F/-T query",
        ..Spec::D
    },
    Spec {
        names: &["yay", "paru", "makepkg"],
        class: Class::Build,
        flags: &[
            f(&["-S", "--sync"], Val::No, Eff::Global), f(&["-R", "--remove"], Val::No, Eff::Global), f(&["-U", "--upgrade"], Val::No, Eff::Global), f(&["-i", "--install"], Val::No, Eff::Global), f(&["-y", "--refresh"], Val::No, Eff::Global), f(&["-u", "--sysupgrade"], Val::No, Eff::Global),
        ],
        note: "build AUR PKGBUILDs (shell scripts) and install them as root",
        ..Spec::D
    },
    Spec {
        names: &["apk"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(&["-p", "--root"], Val::Req, Eff::None), f(&["-X", "--repository"], Val::Req, Eff::None), f(&["--repositories-file", "--keys-dir", "--cache-dir", "--arch"], Val::Req, Eff::None),
            f(&["--allow-untrusted", "--force-overwrite", "--force-broken-world"], Val::No, Eff::Force),
        ],
        subs: &[Spec { names: &["info", "list", "search", "policy", "dot", "stats", "version", "verify", "help"], pos: Pos::Opaque, ..Spec::D }],
        note: "add/del/upgrade/fix run package scripts as root",
        ..Spec::D
    },
    // ---------------------------------------------------------------- macOS, sandboxes, Nix
    Spec {
        names: &["brew"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["list", "ls", "deps", "uses", "leaves", "doctor", "dr", "config", "desc", "log", "cat", "missing", "shellenv", "commands",
                "casks", "formulae", "which-formula", "help", "style"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["info", "abv", "outdated", "search", "home", "homepage", "livecheck", "tap-info", "audit"],
                class: Class::Net, pos: Pos::Opaque, gnu: false, note: "query the formula API or open a browser", ..Spec::D },
            Spec { names: &["install", "reinstall", "uninstall", "remove", "rm", "upgrade", "update", "autoremove", "tap", "untap", "link", "ln", "unlink",
                "pin", "unpin", "analytics", "update-reset", "vendor-install", "postinstall", "migrate"],
                class: Class::System, pos: Pos::Opaque, gnu: false, note: "formulae are Ruby code; installs into the Homebrew prefix", ..Spec::D },
            Spec { names: &["cleanup"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["fetch", "gist-logs"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["edit", "create"], class: Class::Interactive, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["sh", "ruby", "irb"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec {
                names: &["services"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[Spec { names: &["list", "info"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: &["bundle"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[
                    Spec { names: &["check", "list"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["dump"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: &["exec"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command with the Brewfile's environment; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        flags: &[f(&["--prefix", "--cellar", "--repository", "--cache", "--version", "--env", "--config"], Val::No, Eff::None)],
        note: "unknown commands are external brew-* programs",
        ..Spec::D
    },
    Spec {
        names: &["snap"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(&["--classic", "--devmode", "--dangerous", "--jailmode"], Val::No, Eff::Privilege),
            f(&["--channel", "--revision", "--name", "--cohort"], Val::Req, Eff::None),
        ],
        subs: &[
            Spec { names: &["list", "info", "connections", "services", "version", "changes", "tasks", "change", "get", "logs", "interfaces", "warnings", "model", "help", "known", "aliases", "saved"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["find", "search", "download"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["run"], class: Class::Build, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "--classic/--devmode/--dangerous drop confinement or signature checks",
        ..Spec::D
    },
    Spec {
        names: &["flatpak"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(&["--installation", "--arch"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: &["list", "info", "remotes", "history", "ps", "permissions", "permission-show", "documents", "document-info", "config", "search", "remote-ls", "remote-info"],
                pos: Pos::Opaque, gnu: false, note: "search/remote-ls/remote-info reach the network", ..Spec::D },
            Spec {
                names: &["run"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(&["--filesystem", "--device", "--socket", "--talk-name", "--own-name", "--system-talk-name", "--allow"], Val::Req, Eff::Privilege),
                    f(&["--command", "--env", "--share", "--unshare", "--nosocket", "--nodevice", "--branch", "--arch", "--runtime", "--cwd"], Val::Req, Eff::None),
                ],
                note: "--filesystem=host, --device=all, --socket=system-bus ... widen the sandbox",
                ..Spec::D
            },
            Spec { names: &["enter"], class: Class::Privilege, pos: Pos::Command, gnu: false, ..Spec::D },
            Spec { names: &["kill"], class: Class::Signal, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["nix-env", "nix-channel", "nixos-rebuild", "darwin-rebuild", "home-manager"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "change the user profile, channels or the whole system (`nix-env -q`, `--list-generations` only read)",
        ..Spec::D
    },
    Spec {
        names: &["nix-collect-garbage"],
        class: Class::Delete,
        pos: Pos::Opaque,
        gnu: false,
        note: "deletes unreachable store paths; -d also old profile generations",
        ..Spec::D
    },
    Spec {
        names: &["nix", "nix-build", "nix-instantiate"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["search", "eval", "show-config", "path-info", "why-depends", "log", "hash", "help", "doctor"], pos: Pos::Opaque, gnu: false,
                note: "`eval` evaluates Nix expressions (builtins can read files; import-from-derivation builds)", ..Spec::D },
            Spec { names: &["profile", "registry", "upgrade-nix", "switch", "boot"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System, ..Spec::D },
        ],
        note: "evaluates and builds Nix expressions; `nix run/develop/shell` run programs",
        ..Spec::D
    },
    Spec {
        names: &["nix-shell"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(&["--run", "--command"], Val::Req, Eff::ExecValue),
            f(&["-p", "--packages"], Val::No, Eff::None),
            f(&["-A", "--attr"], Val::Req, Eff::None), f(&["--arg", "--argstr", "--option"], Val::Req, Eff::None), f(&["-I"], Val::Req, Eff::None),
        ],
        note: "evaluates shell.nix/default.nix and runs its shellHook; operands after -p are package names",
        ..Spec::D
    },
];
