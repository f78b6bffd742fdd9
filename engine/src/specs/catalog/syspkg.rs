//! System package managers: apt/dpkg, rpm/dnf/zypper, pacman and AUR helpers, apk, Homebrew,
//! snap, flatpak and Nix. Installing or removing packages runs maintainer scripts as root: System.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Val};

#[rustfmt::skip]
const APT_FLAGS: &[Flag] = &[
    f(names!["-o", "--option"], Val::Req, Eff::ExecValue), f(names!["-c", "--config-file"], Val::Req, Eff::ExecValue),
    f(names!["-t", "--target-release"], Val::Req, Eff::None), f(names!["-a", "--host-architecture"], Val::Req, Eff::None), f(names!["--default-release", "--solver"], Val::Req, Eff::None),
    f(names!["--allow-remove-essential", "--allow-change-held-packages", "--allow-downgrades", "--allow-unauthenticated", "--force-yes"], Val::No, Eff::Force),
    f(names!["-b", "--compile"], Val::No, Eff::Build), f(names!["--build"], Val::No, Eff::Build),
    f(names!["-y", "--yes"], Val::No, Eff::None), f(names!["-s", "--simulate"], Val::No, Eff::None), f(names!["-q", "-qq"], Val::No, Eff::None), f(names!["-d", "--download-only"], Val::No, Eff::None), f(names!["-f", "--fix-broken"], Val::No, Eff::None), f(names!["-V", "--purge"], Val::No, Eff::None), f(names!["--assume-yes", "--dry-run", "--just-print", "--no-act", "--recon", "--no-install-recommends", "--installed", "--upgradable", "--all-versions"], Val::No, Eff::None), f(names!["-m", "-u"], Val::No, Eff::None),
];

#[rustfmt::skip]
static APT_SUBS: &[Spec] = &[
    Spec {
        names: names!["install", "remove", "purge", "autoremove", "auto-remove", "autopurge", "update", "upgrade", "full-upgrade",
            "dist-upgrade", "reinstall", "build-dep", "satisfy", "clean", "autoclean", "auto-clean", "edit-sources", "markauto",
            "unmarkauto", "hold", "unhold", "forbid-version"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: APT_FLAGS,
        note: "package scripts run as root; -s/--simulate only prints",
        ..Spec::D
    },
    Spec {
        names: names!["source", "download", "changelog"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: APT_FLAGS,
        note: "downloads into the current directory; `source -b` also builds",
        ..Spec::D
    },
    Spec {
        names: names!["list", "show", "search", "policy", "depends", "rdepends", "showsrc", "check", "indextargets", "moo", "why", "why-not", "help"],
        pos: Pos::Opaque,
        flags: APT_FLAGS,
        ..Spec::D
    },
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- Debian family
    Spec {
        names: names!["apt", "apt-get", "aptitude", "nala"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: APT_FLAGS,
        subs: APT_SUBS,
        note: "-o APT::Update::Pre-Invoke::=CMD and config files run commands as root",
        ..Spec::D
    },
    Spec {
        names: names!["apt-cache"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Read,
        flags: &[
            f(names!["-c", "--config-file"], Val::Req, Eff::ReadValue),
            f(names!["-o", "--option"], Val::Req, Eff::None), f(names!["-p", "--pkg-cache"], Val::Req, Eff::None), f(names!["-s", "--src-cache"], Val::Req, Eff::None),
        ],
        subs: &[Spec { names: names!["gencaches"], class: Class::System, pos: Pos::Opaque, ..Spec::D }],
        note: "queries the package cache",
        ..Spec::D
    },
    Spec {
        names: names!["apt-mark"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[Spec { names: names!["showhold", "showauto", "showmanual", "showinstall", "showremove", "showpurge", "minimize-manual"], pos: Pos::Opaque, ..Spec::D }],
        ..Spec::D
    },
    Spec {
        names: names!["add-apt-repository", "apt-add-repository", "apt-key", "update-alternatives", "dpkg-reconfigure", "debconf-set-selections"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "change the system's package sources, keys or alternatives (`update-alternatives --display/--list/--query` only read)",
        ..Spec::D
    },
    Spec {
        names: names!["dpkg"],
        gnu: false,
        flags: &[
            f(names!["-i", "--install"], Val::No, Eff::Global), f(names!["-r", "--remove"], Val::No, Eff::Global), f(names!["-P", "--purge"], Val::No, Eff::Global), f(names!["-a", "--pending"], Val::No, Eff::Global), f(names!["--unpack", "--configure", "--triggers-only"], Val::No, Eff::Global),
            f(names!["--set-selections", "--clear-selections", "--update-avail", "--merge-avail", "--clear-avail", "--forget-old-unavail", "--add-architecture", "--remove-architecture"], Val::No, Eff::Global),
            f(names!["--force", "--refuse", "--no-force"], Val::Opt, Eff::Force),
            f(names!["--pre-invoke", "--post-invoke", "--status-logger"], Val::Req, Eff::ExecValue),
            f(names!["--log"], Val::Req, Eff::WriteValue),
            f(names!["-x", "--extract"], Val::No, Eff::InPlace), f(names!["-X", "--vextract"], Val::No, Eff::InPlace), f(names!["-b", "--build"], Val::No, Eff::InPlace),
            f(names!["-D", "--debug"], Val::Req, Eff::None), f(names!["--root", "--admindir", "--instdir", "--status-fd", "--path-include", "--path-exclude", "--ignore-depends"], Val::Req, Eff::None),
            f(names!["-l", "--list"], Val::No, Eff::None), f(names!["-L", "--listfiles"], Val::No, Eff::None), f(names!["-s", "--status"], Val::No, Eff::None), f(names!["-S", "--search"], Val::No, Eff::None), f(names!["-p", "--print-avail"], Val::No, Eff::None), f(names!["-c", "--contents"], Val::No, Eff::None), f(names!["-I", "--info"], Val::No, Eff::None), f(names!["-C", "--audit"], Val::No, Eff::None), f(names!["-V", "--verify"], Val::No, Eff::None), f(names!["--get-selections", "--print-architecture"], Val::No, Eff::None),
        ],
        note: "the action is a flag: -i/-r/-P install or remove as root; -l/-L/-s/-S only query; `--force-things` is one token",
        ..Spec::D
    },
    Spec {
        names: names!["dpkg-query"],
        gnu: false,
        pos: Pos::Opaque,
        flags: &[f(names!["-f", "--showformat"], Val::Req, Eff::None), f(names!["--admindir", "--root"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["dpkg-deb"],
        gnu: false,
        flags: &[
            f(names!["-x", "--extract"], Val::No, Eff::InPlace), f(names!["-X", "--vextract"], Val::No, Eff::InPlace), f(names!["-R", "--raw-extract"], Val::No, Eff::InPlace), f(names!["-b", "--build"], Val::No, Eff::InPlace),
            f(names!["-Z", "-z", "-S", "--showformat"], Val::Req, Eff::None),
        ],
        note: "-c/-I/-f/-W only read; extraction writes into the directory operand",
        ..Spec::D
    },
    // ---------------------------------------------------------------- Red Hat, SUSE, Arch, Alpine
    Spec {
        names: names!["rpm"],
        gnu: false,
        flags: &[
            f(names!["-i", "--install"], Val::No, Eff::Global), f(names!["-U", "--upgrade"], Val::No, Eff::Global), f(names!["-F", "--freshen"], Val::No, Eff::Global), f(names!["-e", "--erase"], Val::No, Eff::Global), f(names!["--reinstall", "--import", "--restore", "--setperms", "--setugids", "--rebuilddb", "--initdb"], Val::No, Eff::Global),
            f(names!["--force", "--replacepkgs", "--replacefiles", "--nodeps", "--nosignature", "--nodigest"], Val::No, Eff::Force),
            f(names!["-E", "--eval"], Val::Req, Eff::ExecValue), f(names!["-D", "--predefine"], Val::Req, Eff::ExecValue), f(names!["--pipe", "--define", "--macros", "--load", "--rcfile"], Val::Req, Eff::ExecValue),
            f(names!["-f", "--file"], Val::Req, Eff::None), f(names!["-g", "--group"], Val::Req, Eff::None), f(names!["--root", "--dbpath", "--qf", "--queryformat", "--whatprovides", "--whatrequires"], Val::Req, Eff::None),
        ],
        note: "macros (--eval '%(cmd)' / %{lua:...}) run code; -q/-V/-K only query",
        ..Spec::D
    },
    Spec {
        names: names!["rpm2cpio"],
        ..Spec::D
    },
    Spec {
        names: names!["dnf", "yum", "microdnf", "dnf5", "tdnf"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(names!["-c", "--config"], Val::Req, Eff::ExecValue), f(names!["--setopt"], Val::Req, Eff::ExecValue),
            f(names!["-x", "--exclude"], Val::Req, Eff::None), f(names!["-d", "--debuglevel"], Val::Req, Eff::None), f(names!["-e", "--errorlevel"], Val::Req, Eff::None), f(names!["--installroot", "--releasever", "--repo", "--repoid", "--enablerepo", "--disablerepo", "--downloaddir", "--destdir", "--forcearch"], Val::Req, Eff::None),
            f(names!["--nogpgcheck", "--no-gpgchecks"], Val::No, Eff::Force),
        ],
        subs: &[
            Spec { names: names!["list", "ls", "info", "search", "se", "provides", "whatprovides", "wp", "repolist", "repoinfo", "repoquery", "rq", "check-update",
                "check-upgrade", "deplist", "updateinfo", "advisory", "help", "check", "leaves", "changelog"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["download"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["shell", "sh"], class: Class::Interpreter, pos: Pos::Opaque, ..Spec::D },
        ],
        note: "transactions run package scriptlets as root; plugins configured by --setopt/-c can run commands",
        ..Spec::D
    },
    Spec {
        names: names!["zypper"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(names!["-c", "--config"], Val::Req, Eff::None), f(names!["-R", "--root"], Val::Req, Eff::None), f(names!["--installroot"], Val::Req, Eff::None)],
        subs: &[Spec { names: names!["search", "se", "info", "if", "list-updates", "lu", "repos", "lr", "packages", "pa", "patches", "products", "what-provides", "wp", "help"],
            pos: Pos::Opaque, ..Spec::D }],
        ..Spec::D
    },
    Spec {
        names: names!["pacman"],
        flags: &[
            f(names!["-S", "--sync"], Val::No, Eff::Global), f(names!["-R", "--remove"], Val::No, Eff::Global), f(names!["-U", "--upgrade"], Val::No, Eff::Global), f(names!["-D", "--database"], Val::No, Eff::Global), f(names!["-y", "--refresh"], Val::No, Eff::Global), f(names!["-u", "--sysupgrade"], Val::No, Eff::Global),
            f(names!["-c", "--clean"], Val::No, Eff::Delete),
            f(names!["--overwrite"], Val::Req, Eff::Force),
            f(names!["--hookdir"], Val::Req, Eff::ExecValue),
            f(names!["--config"], Val::Req, Eff::ExecValue),
            f(names!["--logfile"], Val::Req, Eff::WriteValue),
            f(names!["-r", "--root"], Val::Req, Eff::None), f(names!["-b", "--dbpath"], Val::Req, Eff::None), f(names!["--cachedir", "--gpgdir", "--arch", "--sysroot", "--assume-installed", "--ignore", "--ignoregroup", "--print-format", "--color"], Val::Req, Eff::None),
            f(names!["-Q", "--query"], Val::No, Eff::None), f(names!["-F", "--files"], Val::No, Eff::None), f(names!["-T", "--deptest"], Val::No, Eff::None), f(names!["-s", "--search"], Val::No, Eff::None), f(names!["-i", "--info"], Val::No, Eff::None), f(names!["-l", "--list"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-k", "--check"], Val::No, Eff::None), f(names!["--noconfirm", "--needed"], Val::No, Eff::None),
        ],
        note: "the operation is a flag: -S (also -Ss/-Si searches) installs, -R removes, -Syu upgrades; -Q/-F/-T query",
        ..Spec::D
    },
    Spec {
        names: names!["yay", "paru", "makepkg"],
        class: Class::Build,
        flags: &[
            f(names!["-S", "--sync"], Val::No, Eff::Global), f(names!["-R", "--remove"], Val::No, Eff::Global), f(names!["-U", "--upgrade"], Val::No, Eff::Global), f(names!["-i", "--install"], Val::No, Eff::Global), f(names!["-y", "--refresh"], Val::No, Eff::Global), f(names!["-u", "--sysupgrade"], Val::No, Eff::Global),
        ],
        note: "build AUR PKGBUILDs (shell scripts) and install them as root",
        ..Spec::D
    },
    Spec {
        names: names!["apk"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(names!["-p", "--root"], Val::Req, Eff::None), f(names!["-X", "--repository"], Val::Req, Eff::None), f(names!["--repositories-file", "--keys-dir", "--cache-dir", "--arch"], Val::Req, Eff::None),
            f(names!["--allow-untrusted", "--force-overwrite", "--force-broken-world"], Val::No, Eff::Force),
        ],
        subs: &[Spec { names: names!["info", "list", "search", "policy", "dot", "stats", "version", "verify", "help"], pos: Pos::Opaque, ..Spec::D }],
        note: "add/del/upgrade/fix run package scripts as root",
        ..Spec::D
    },
    // ---------------------------------------------------------------- macOS, sandboxes, Nix
    Spec {
        names: names!["brew"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["list", "ls", "deps", "uses", "leaves", "doctor", "dr", "config", "desc", "log", "cat", "missing", "shellenv", "commands",
                "casks", "formulae", "which-formula", "help", "style"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["info", "abv", "outdated", "search", "home", "homepage", "livecheck", "tap-info", "audit"],
                class: Class::Net, pos: Pos::Opaque, gnu: false, note: "query the formula API or open a browser", ..Spec::D },
            Spec { names: names!["install", "reinstall", "uninstall", "remove", "rm", "upgrade", "update", "autoremove", "tap", "untap", "link", "ln", "unlink",
                "pin", "unpin", "analytics", "update-reset", "vendor-install", "postinstall", "migrate"],
                class: Class::System, pos: Pos::Opaque, gnu: false, note: "formulae are Ruby code; installs into the Homebrew prefix", ..Spec::D },
            Spec { names: names!["cleanup"], class: Class::Delete, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["fetch", "gist-logs"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["edit", "create"], class: Class::Interactive, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["sh", "ruby", "irb"], class: Class::Interpreter, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec {
                names: names!["services"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[Spec { names: names!["list", "info"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                ..Spec::D
            },
            Spec {
                names: names!["bundle"],
                class: Class::System,
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[
                    Spec { names: names!["check", "list"], pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["dump"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
                    Spec { names: names!["exec"], class: Class::Build, pos: Pos::Command, gnu: false, note: "runs the command with the Brewfile's environment; stage 8 does not unwrap it, so it is judged as running project code", ..Spec::D },
                ],
                ..Spec::D
            },
        ],
        flags: &[f(names!["--prefix", "--cellar", "--repository", "--cache", "--version", "--env", "--config"], Val::No, Eff::None)],
        note: "unknown commands are external brew-* programs",
        ..Spec::D
    },
    Spec {
        names: names!["snap"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(names!["--classic", "--devmode", "--dangerous", "--jailmode"], Val::No, Eff::Privilege),
            f(names!["--channel", "--revision", "--name", "--cohort"], Val::Req, Eff::None),
        ],
        subs: &[
            Spec { names: names!["list", "info", "connections", "services", "version", "changes", "tasks", "change", "get", "logs", "interfaces", "warnings", "model", "help", "known", "aliases", "saved"],
                pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["find", "search", "download"], class: Class::Net, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["run"], class: Class::Build, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "--classic/--devmode/--dangerous drop confinement or signature checks",
        ..Spec::D
    },
    Spec {
        names: names!["flatpak"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(names!["--installation", "--arch"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: names!["list", "info", "remotes", "history", "ps", "permissions", "permission-show", "documents", "document-info", "config", "search", "remote-ls", "remote-info"],
                pos: Pos::Opaque, gnu: false, note: "search/remote-ls/remote-info reach the network", ..Spec::D },
            Spec {
                names: names!["run"],
                class: Class::Build,
                pos: Pos::Opaque,
                gnu: false,
                flags: &[
                    f(names!["--filesystem", "--device", "--socket", "--talk-name", "--own-name", "--system-talk-name", "--allow"], Val::Req, Eff::Privilege),
                    f(names!["--command", "--env", "--share", "--unshare", "--nosocket", "--nodevice", "--branch", "--arch", "--runtime", "--cwd"], Val::Req, Eff::None),
                ],
                note: "--filesystem=host, --device=all, --socket=system-bus ... widen the sandbox",
                ..Spec::D
            },
            Spec { names: names!["enter"], class: Class::Privilege, pos: Pos::Command, gnu: false, ..Spec::D },
            Spec { names: names!["kill"], class: Class::Signal, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["nix-env", "nix-channel", "nixos-rebuild", "darwin-rebuild", "home-manager"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        note: "change the user profile, channels or the whole system (`nix-env -q`, `--list-generations` only read)",
        ..Spec::D
    },
    Spec {
        names: names!["nix-collect-garbage"],
        class: Class::Delete,
        pos: Pos::Opaque,
        gnu: false,
        note: "deletes unreachable store paths; -d also old profile generations",
        ..Spec::D
    },
    Spec {
        names: names!["nix", "nix-build", "nix-instantiate"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["search", "eval", "show-config", "path-info", "why-depends", "log", "hash", "help", "doctor"], pos: Pos::Opaque, gnu: false,
                note: "`eval` evaluates Nix expressions (builtins can read files; import-from-derivation builds)", ..Spec::D },
            Spec { names: names!["profile", "registry", "upgrade-nix", "switch", "boot"], class: Class::System, pos: Pos::Opaque, gnu: false, unknown_sub: Class::System, ..Spec::D },
        ],
        note: "evaluates and builds Nix expressions; `nix run/develop/shell` run programs",
        ..Spec::D
    },
    Spec {
        names: names!["nix-shell"],
        class: Class::Build,
        gnu: false,
        flags: &[
            f(names!["--run", "--command"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--packages"], Val::No, Eff::None),
            f(names!["-A", "--attr"], Val::Req, Eff::None), f(names!["--arg", "--argstr", "--option"], Val::Req, Eff::None), f(names!["-I"], Val::Req, Eff::None),
        ],
        note: "evaluates shell.nix/default.nix and runs its shellHook; operands after -p are package names",
        ..Spec::D
    },
];
