//! System administration: privilege (sudo, su, doas, pkexec, namespaces), services (systemctl,
//! journalctl), mounts, kernel modules and sysctl, firewalls, users and scheduling, power, hardware
//! and disks, security modules, file capabilities and attributes, systemd *ctl tools.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Val, Names};

/// systemctl options (accepted before or after the verb).
#[rustfmt::skip]
const SYSTEMCTL_FLAGS: &[Flag] = &[
    f(names!["-H", "--host"], Val::Req, Eff::Net),
    f(names!["-f", "--force"], Val::No, Eff::Force),
    f(names!["-M", "--machine"], Val::Req, Eff::None), f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["-p", "--property"], Val::Req, Eff::None), f(names!["-n", "--lines"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-s", "--signal"], Val::Req, Eff::None), f(names!["--state", "--root", "--image", "--kill-whom", "--kill-value", "--job-mode", "--what", "--boot-loader-menu", "--boot-loader-entry", "--reboot-argument", "--timestamp", "--message", "--preset-mode", "--drop-in", "--when", "--check-inhibitors", "--image-policy"], Val::Req, Eff::None), f(names!["-P"], Val::Req, Eff::None),
    f(names!["--legend"], Val::Opt, Eff::None),
    f(names!["-a", "--all"], Val::No, Eff::None), f(names!["-l", "--full"], Val::No, Eff::None), f(names!["-r", "--recursive"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-i", "--ignore-inhibitors"], Val::No, Eff::None), f(names!["--user", "--system", "--global", "--now", "--runtime", "--no-block", "--no-pager", "--no-legend", "--no-ask-password", "--no-reload", "--no-wall", "--wait", "--firmware-setup", "--marked", "--read-only", "--mkdir", "--failed", "--show-types", "--plain", "--after", "--before", "--reverse", "--value"], Val::No, Eff::None),
];

/// systemctl verbs that only read.
#[rustfmt::skip]
const SYSTEMCTL_READ: Names = names!["status", "show", "cat", "list-units", "list-sockets", "list-timers", "list-jobs", "list-unit-files", "list-dependencies",
    "list-automounts", "list-paths", "list-machines", "is-active", "is-failed", "is-enabled", "is-system-running", "get-default", "help", "show-environment",
    "whoami", "check"];

/// `*ctl` tools: status/show/list verbs read, every other verb changes the system.
#[rustfmt::skip]
macro_rules! ctl {
    ($names:expr, $read:expr, $note:expr) => {
        Spec {
            names: $names,
            pos: Pos::Opaque,
            unknown_sub: Class::System,
            subs: &[Spec { names: $read, pos: Pos::Opaque, ..Spec::D }],
            note: $note,
            ..Spec::D
        }
    };
}

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- privilege
    Spec {
        names: names!["sudo"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-g", "--group"], Val::Req, Eff::None), f(names!["-C", "--close-from"], Val::Req, Eff::None), f(names!["-D", "--chdir"], Val::Req, Eff::None), f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-p", "--prompt"], Val::Req, Eff::None), f(names!["-r", "--role"], Val::Req, Eff::None), f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["-T", "--command-timeout"], Val::Req, Eff::None), f(names!["-U", "--other-user"], Val::Req, Eff::None), f(names!["-R", "--chroot"], Val::Req, Eff::None),
            f(names!["-E", "--preserve-env"], Val::Opt, Eff::None),
            f(names!["-i", "--login"], Val::No, Eff::Shell), f(names!["-s", "--shell"], Val::No, Eff::Shell),
            f(names!["-e", "--edit"], Val::No, Eff::InPlace),
            f(names!["-l", "--list"], Val::No, Eff::None), f(names!["-v", "--validate"], Val::No, Eff::None), f(names!["-k", "--reset-timestamp"], Val::No, Eff::None), f(names!["-K", "--remove-timestamp"], Val::No, Eff::None), f(names!["-b", "--background"], Val::No, Eff::None), f(names!["-n", "--non-interactive"], Val::No, Eff::None), f(names!["-S", "--stdin"], Val::No, Eff::None), f(names!["-A", "--askpass"], Val::No, Eff::None), f(names!["-H", "--set-home"], Val::No, Eff::None), f(names!["-P", "--preserve-groups"], Val::No, Eff::None), f(names!["-B", "--bell"], Val::No, Eff::None), f(names!["-N", "--no-update"], Val::No, Eff::None), f(names!["-V", "--version"], Val::No, Eff::None),
        ],
        note: "runs the command as root (or -u USER); -i/-s start a shell; -e edits the operand files as root; -l/-v only query",
        ..Spec::D
    },
    Spec {
        names: names!["sudoedit"],
        class: Class::Privilege,
        pos: Pos::Write,
        flags: &[f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-g", "--group"], Val::Req, Eff::None), f(names!["-C", "--close-from"], Val::Req, Eff::None), f(names!["-D", "--chdir"], Val::Req, Eff::None), f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-p", "--prompt"], Val::Req, Eff::None), f(names!["-T", "--command-timeout"], Val::Req, Eff::None)],
        note: "edits the operand files as root through $SUDO_EDITOR/$VISUAL/$EDITOR",
        ..Spec::D
    },
    Spec {
        names: names!["doas"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(names!["-u"], Val::Req, Eff::None),
            f(names!["-C"], Val::Req, Eff::ReadValue),
            f(names!["-s"], Val::No, Eff::Shell),
            f(names!["-n", "-L"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["run0"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-g", "--group"], Val::Req, Eff::None), f(names!["-D", "--chdir"], Val::Req, Eff::None), f(names!["--unit", "--property", "--description", "--slice", "--nice", "--setenv", "--background"], Val::Req, Eff::None),
        ],
        note: "systemd's sudo replacement",
        ..Spec::D
    },
    Spec {
        names: names!["su", "runuser"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-c", "--command"], Val::Req, Eff::ExecValue), f(names!["-s", "--shell"], Val::Req, Eff::ExecValue), f(names!["--session-command"], Val::Req, Eff::ExecValue),
            f(names!["-g", "--group"], Val::Req, Eff::None), f(names!["-G", "--supp-group"], Val::Req, Eff::None), f(names!["-w", "--whitelist-environment"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None),
            f(names!["-l", "--login"], Val::No, Eff::None), f(names!["-p", "--preserve-environment"], Val::No, Eff::None), f(names!["-P", "--pty"], Val::No, Eff::None), f(names!["-f", "--fast"], Val::No, Eff::None), f(names!["-m"], Val::No, Eff::None),
        ],
        note: "`su [-] [USER]` starts a shell as USER (root by default)",
        ..Spec::D
    },
    Spec {
        names: names!["pkexec"],
        class: Class::Privilege,
        pos: Pos::Command,
        flags: &[f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["--disable-internal-agent", "--keep-cwd"], Val::No, Eff::None)],
        note: "runs the command as root through polkit",
        ..Spec::D
    },
    Spec {
        names: names!["sg", "newgrp"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(names!["-c"], Val::Req, Eff::ExecValue)],
        note: "runs a shell (or `sg GROUP -c CMD`) with another group",
        ..Spec::D
    },
    Spec {
        names: names!["capsh", "setpriv", "chpst", "setuidgid"],
        class: Class::Privilege,
        pos: Pos::Command,
        gnu: false,
        note: "change capabilities/uids and run a program (`capsh -- -c CMD` runs a shell)",
        ..Spec::D
    },
    Spec {
        names: names!["chroot"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[f(names!["--userspec", "--groups"], Val::Req, Eff::None), f(names!["--skip-chdir"], Val::No, Eff::None)],
        note: "the first operand is NEWROOT (needs root); the command follows (default: $SHELL -i)",
        ..Spec::D
    },
    Spec {
        names: names!["unshare"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-r", "--map-root-user"], Val::No, Eff::Privilege), f(names!["--map-current-user", "--map-auto"], Val::No, Eff::Privilege),
            f(names!["-R", "--root"], Val::Req, Eff::None), f(names!["-w", "--wd"], Val::Req, Eff::None), f(names!["-S", "--setuid"], Val::Req, Eff::None), f(names!["-G", "--setgid"], Val::Req, Eff::None), f(names!["--map-user", "--map-group", "--map-users", "--map-groups", "--propagation", "--setgroups"], Val::Req, Eff::None),
            f(names!["-m", "--mount"], Val::Opt, Eff::None), f(names!["-u", "--uts"], Val::Opt, Eff::None), f(names!["-i", "--ipc"], Val::Opt, Eff::None), f(names!["-n", "--net"], Val::Opt, Eff::None), f(names!["-p", "--pid"], Val::Opt, Eff::None), f(names!["-U", "--user"], Val::Opt, Eff::None), f(names!["-C", "--cgroup"], Val::Opt, Eff::None), f(names!["-T", "--time"], Val::Opt, Eff::None), f(names!["--mount-proc", "--kill-child"], Val::Opt, Eff::None),
        ],
        note: "without a command runs $SHELL",
        ..Spec::D
    },
    Spec {
        names: names!["nsenter"],
        class: Class::Privilege,
        pos: Pos::Command,
        flags: &[
            f(names!["-t", "--target"], Val::Req, Eff::None), f(names!["-S", "--setuid"], Val::Req, Eff::None), f(names!["-G", "--setgid"], Val::Req, Eff::None),
            f(names!["-m", "--mount"], Val::Opt, Eff::None), f(names!["-u", "--uts"], Val::Opt, Eff::None), f(names!["-i", "--ipc"], Val::Opt, Eff::None), f(names!["-n", "--net"], Val::Opt, Eff::None), f(names!["-p", "--pid"], Val::Opt, Eff::None), f(names!["-U", "--user"], Val::Opt, Eff::None), f(names!["-C", "--cgroup"], Val::Opt, Eff::None), f(names!["-T", "--time"], Val::Opt, Eff::None), f(names!["-r", "--root"], Val::Opt, Eff::None), f(names!["-w", "--wd"], Val::Opt, Eff::None),
        ],
        note: "enters another process's namespaces (`nsenter -t 1 -a sh` escapes a container)",
        ..Spec::D
    },
    Spec {
        names: names!["systemd-run"],
        class: Class::System,
        pos: Pos::Command,
        flags: &[
            f(names!["--uid", "--gid"], Val::Req, Eff::Privilege),
            f(names!["--on-calendar", "--on-active", "--on-boot", "--on-startup", "--on-unit-active", "--on-unit-inactive", "--on-clock-change", "--on-timezone-change"], Val::Req, Eff::Global),
            f(names!["-H", "--host"], Val::Req, Eff::Net),
            f(names!["-u", "--unit"], Val::Req, Eff::None), f(names!["-p", "--property"], Val::Req, Eff::None), f(names!["-E", "--setenv"], Val::Req, Eff::None), f(names!["-M", "--machine"], Val::Req, Eff::None), f(names!["--description", "--slice", "--working-directory", "--nice", "--service-type", "--path-property", "--socket-property", "--timer-property"], Val::Req, Eff::None),
            f(names!["-t", "--pty"], Val::No, Eff::None), f(names!["-P", "--pipe"], Val::No, Eff::None), f(names!["-G", "--collect"], Val::No, Eff::None), f(names!["-d", "--same-dir"], Val::No, Eff::None), f(names!["-r", "--remain-after-exit"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["--user", "--system", "--scope", "--wait", "--no-block"], Val::No, Eff::None),
        ],
        note: "runs the command as a transient unit (as root under the system manager, outside hardshell's process tree); timer options schedule it",
        ..Spec::D
    },
    // ---------------------------------------------------------------- services and logs
    Spec {
        names: names!["systemctl"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: SYSTEMCTL_FLAGS,
        subs: &[Spec { names: SYSTEMCTL_READ, pos: Pos::Opaque, flags: SYSTEMCTL_FLAGS, ..Spec::D }],
        note: "`systemctl` alone lists units; start/stop/restart/enable/disable/mask/daemon-reload/kill/isolate/reboot/poweroff ... change the system (--user: the user's manager)",
        ..Spec::D
    },
    Spec {
        names: names!["service"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "`service NAME status` and `service --status-all` only read; other actions start/stop services",
        ..Spec::D
    },
    Spec {
        names: names!["journalctl"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--vacuum-size", "--vacuum-time", "--vacuum-files"], Val::Req, Eff::Delete),
            f(names!["--rotate", "--flush", "--sync", "--relinquish-var", "--smart-relinquish-var", "--setup-keys", "--update-catalog"], Val::No, Eff::Global),
            f(names!["--cursor-file"], Val::Req, Eff::WriteValue),
            f(names!["-D", "--directory"], Val::Req, Eff::ReadValue), f(names!["--file"], Val::Req, Eff::ReadValue), f(names!["-i"], Val::Req, Eff::ReadValue),
            f(names!["-u", "--unit"], Val::Req, Eff::None), f(names!["-t", "--identifier"], Val::Req, Eff::None), f(names!["-T", "--exclude-identifier"], Val::Req, Eff::None), f(names!["-p", "--priority"], Val::Req, Eff::None), f(names!["-g", "--grep"], Val::Req, Eff::None), f(names!["-S", "--since"], Val::Req, Eff::None), f(names!["-U", "--until"], Val::Req, Eff::None), f(names!["-n", "--lines"], Val::Req, Eff::None), f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-M", "--machine"], Val::Req, Eff::None), f(names!["-c", "--cursor"], Val::Req, Eff::None), f(names!["-F", "--field"], Val::Req, Eff::None), f(names!["--user-unit", "--output-fields", "--root", "--image", "--namespace", "--after-cursor", "--facility", "--verify-key", "--interval"], Val::Req, Eff::None),
            f(names!["--invocation"], Val::Opt, Eff::None),
            f(names!["-b", "--boot"], Val::Opt, Eff::None),
        ],
        note: "operands are FIELD=VALUE matches or binary paths",
        ..Spec::D
    },
    Spec {
        names: names!["dmesg"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-C", "--clear"], Val::No, Eff::Delete), f(names!["-c", "--read-clear"], Val::No, Eff::Delete),
            f(names!["-n", "--console-level"], Val::Req, Eff::Global),
            f(names!["-D", "--console-off"], Val::No, Eff::Global), f(names!["-E", "--console-on"], Val::No, Eff::Global),
            f(names!["-F", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--facility"], Val::Req, Eff::None), f(names!["-l", "--level"], Val::Req, Eff::None), f(names!["-s", "--buffer-size"], Val::Req, Eff::None), f(names!["--since", "--until", "--time-format"], Val::Req, Eff::None),
            f(names!["--color"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["logger"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-n", "--server"], Val::Req, Eff::Net),
            f(names!["-t", "--tag"], Val::Req, Eff::None), f(names!["-p", "--priority"], Val::Req, Eff::None), f(names!["-P", "--port"], Val::Req, Eff::None), f(names!["-u", "--socket"], Val::Req, Eff::None), f(names!["-S", "--size"], Val::Req, Eff::None), f(names!["--msgid", "--sd-id", "--sd-param"], Val::Req, Eff::None),
            f(names!["--id"], Val::Opt, Eff::None),
        ],
        note: "writes messages to the system log (or a remote syslog server with -n)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- mounts, modules, kernel settings
    Spec {
        names: names!["mount", "umount"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "`mount` alone only lists mounts",
        ..Spec::D
    },
    Spec {
        names: names!["findmnt", "lsmod", "modinfo", "lsns", "lslocks", "lsipc", "lsfd"],
        pos: Pos::Opaque,
        flags: &[f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-t", "--types"], Val::Req, Eff::None), f(names!["-O", "--options"], Val::Req, Eff::None), f(names!["-S", "--source"], Val::Req, Eff::None), f(names!["-T", "--target"], Val::Req, Eff::None), f(names!["-N", "--task"], Val::Req, Eff::None), f(names!["-F", "--tab-file"], Val::Req, Eff::None), f(names!["-k", "--set"], Val::Req, Eff::None), f(names!["-p", "--pid"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["modprobe", "insmod", "rmmod", "depmod", "kmod"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "loads or unloads kernel code (`modprobe -n`/`--show-depends` only print)",
        ..Spec::D
    },
    Spec {
        names: names!["sysctl"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-w", "--write"], Val::No, Eff::Global), f(names!["--system"], Val::No, Eff::Global),
            f(names!["-p", "--load", "-f"], Val::Opt, Eff::Global),
            f(names!["-r", "--pattern"], Val::Req, Eff::None),
        ],
        note: "a KEY=VALUE operand also writes (procps-ng accepts it without -w)",
        ..Spec::D
    },
    Spec {
        names: names!["ldconfig"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-C"], Val::Req, Eff::WriteValue),
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-r"], Val::Req, Eff::None),
        ],
        note: "rebuilds /etc/ld.so.cache from /etc/ld.so.conf.d (needs root); `ldconfig -p` only prints the cache",
        ..Spec::D
    },
    Spec {
        names: names!["update-initramfs", "dracut", "mkinitcpio", "update-grub", "grub-install", "grub-mkconfig", "grub2-mkconfig", "efibootmgr", "bootctl", "kexec"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "rewrite the boot chain",
        ..Spec::D
    },
    // ---------------------------------------------------------------- firewalls
    Spec {
        names: names!["iptables", "ip6tables", "iptables-legacy", "iptables-nft", "ebtables", "arptables"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-A", "--append"], Val::Req, Eff::Global), f(names!["-D", "--delete"], Val::Req, Eff::Global), f(names!["-I", "--insert"], Val::Req, Eff::Global), f(names!["-R", "--replace"], Val::Req, Eff::Global), f(names!["-N", "--new-chain"], Val::Req, Eff::Global), f(names!["-P", "--policy"], Val::Req, Eff::Global), f(names!["-E", "--rename-chain"], Val::Req, Eff::Global),
            f(names!["-F", "--flush"], Val::No, Eff::Global), f(names!["-Z", "--zero"], Val::No, Eff::Global), f(names!["-X", "--delete-chain"], Val::No, Eff::Global),
            f(names!["--modprobe"], Val::Req, Eff::ExecValue),
            f(names!["-t", "--table"], Val::Req, Eff::None), f(names!["-j", "--jump"], Val::Req, Eff::None), f(names!["-g", "--goto"], Val::Req, Eff::None), f(names!["-p", "--protocol"], Val::Req, Eff::None), f(names!["-s", "--source"], Val::Req, Eff::None), f(names!["-d", "--destination"], Val::Req, Eff::None), f(names!["-i", "--in-interface"], Val::Req, Eff::None), f(names!["-o", "--out-interface"], Val::Req, Eff::None), f(names!["-m", "--match"], Val::Req, Eff::None), f(names!["-C", "--check"], Val::Req, Eff::None), f(names!["-W", "--wait-interval"], Val::Req, Eff::None), f(names!["-c", "--set-counters"], Val::Req, Eff::None), f(names!["--dport", "--sport", "--to-destination", "--to-source", "--to-ports", "--state", "--ctstate", "--comment"], Val::Req, Eff::None),
            f(names!["-w", "--wait"], Val::Opt, Eff::None),
            f(names!["-L", "--list"], Val::No, Eff::None), f(names!["-S", "--list-rules"], Val::No, Eff::None), f(names!["-n", "--numeric"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-x", "--exact"], Val::No, Eff::None), f(names!["--line-numbers"], Val::No, Eff::None),
        ],
        note: "-L/-S only list (they need root); -A/-I/-D/-F/-P ... change the firewall",
        ..Spec::D
    },
    Spec {
        names: names!["iptables-save", "ip6tables-save"],
        pos: Pos::Opaque,
        flags: &[f(names!["-f", "--file"], Val::Req, Eff::WriteValue), f(names!["-M", "--modprobe"], Val::Req, Eff::ExecValue), f(names!["-t", "--table"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["iptables-restore", "ip6tables-restore", "pfctl", "ipset"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[f(names!["-M", "--modprobe"], Val::Req, Eff::ExecValue)],
        note: "load firewall rules (`ipset list` only reads)",
        ..Spec::D
    },
    Spec {
        names: names!["nft"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: &[
            f(names!["-f", "--file"], Val::Req, Eff::Global),
            f(names!["-I", "--includepath"], Val::Req, Eff::None), f(names!["-D", "--define"], Val::Req, Eff::None),
            f(names!["-c", "--check"], Val::No, Eff::None), f(names!["-a", "--handle"], Val::No, Eff::None), f(names!["-n", "--numeric"], Val::No, Eff::None), f(names!["-s", "--stateless"], Val::No, Eff::None), f(names!["-j", "--json"], Val::No, Eff::None), f(names!["-e", "--echo"], Val::No, Eff::None), f(names!["-t", "--terse"], Val::No, Eff::None),
        ],
        subs: &[Spec { names: names!["list", "monitor", "describe"], pos: Pos::Opaque, ..Spec::D }],
        note: "add/insert/delete/flush/replace/destroy change the ruleset; -f loads a file (-c only checks)",
        ..Spec::D
    },
    Spec {
        names: names!["ufw"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        subs: &[Spec { names: names!["status", "show", "version", "help"], pos: Pos::Opaque, ..Spec::D }],
        note: "enable/disable/allow/deny/delete/reset/default change the firewall; `app info/list` only read",
        ..Spec::D
    },
    Spec {
        names: names!["firewall-cmd", "firewall-offline-cmd"],
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["--add-port", "--remove-port", "--add-service", "--remove-service", "--add-rich-rule", "--remove-rich-rule", "--add-source", "--remove-source",
                "--add-interface", "--remove-interface", "--change-interface", "--change-zone", "--add-forward-port", "--remove-forward-port", "--set-default-zone",
                "--new-zone", "--delete-zone", "--set-log-denied", "--add-protocol", "--remove-protocol", "--set-target"], Val::Opt, Eff::Global),
            f(names!["--reload", "--complete-reload", "--runtime-to-permanent", "--panic-on", "--panic-off", "--add-masquerade", "--remove-masquerade", "--lockdown-on",
                "--lockdown-off", "--direct", "--reset-to-defaults"], Val::No, Eff::Global),
            f(names!["--zone", "--policy", "--service", "--ipset", "--helper", "--timeout"], Val::Opt, Eff::None),
        ],
        note: "--list-*/--get-*/--query-*/--state only read",
        ..Spec::D
    },
    // ---------------------------------------------------------------- users, groups, passwords
    Spec {
        names: names!["useradd", "adduser", "usermod", "userdel", "deluser", "groupadd", "addgroup", "groupmod", "groupdel", "delgroup", "gpasswd", "newusers",
            "chage", "chsh", "chfn", "vipw", "vigr", "pwconv", "grpconv"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "change accounts (`chage -l` only reads)",
        ..Spec::D
    },
    Spec {
        names: names!["passwd", "chpasswd", "chgpasswd"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "change passwords (`passwd -S` only reads)",
        ..Spec::D
    },
    Spec {
        names: names!["visudo"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[f(names!["-f", "--file"], Val::Req, Eff::WriteValue)],
        note: "edits sudoers; -c only checks",
        ..Spec::D
    },
    Spec {
        names: names!["getent"],
        pos: Pos::Opaque,
        flags: &[f(names!["-s", "--service"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["last", "lastb", "lastlog", "faillog", "w"],
        pos: Pos::Opaque,
        flags: &[f(names!["-f", "--file"], Val::Req, Eff::ReadValue), f(names!["-n", "--limit"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-s", "--since"], Val::Req, Eff::None), f(names!["-t", "--until"], Val::Req, Eff::None), f(names!["-b", "--before"], Val::Req, Eff::None)],
        ..Spec::D
    },
    // ---------------------------------------------------------------- scheduling
    Spec {
        names: names!["crontab"],
        class: Class::System,
        flags: &[
            f(names!["-u"], Val::Req, Eff::None),
            f(names!["-r"], Val::No, Eff::Delete),
            f(names!["-l", "-e", "-i", "-T", "-s", "-n", "-c", "-V"], Val::No, Eff::None),
        ],
        note: "installs the operand file (or stdin) as the user's crontab; `crontab -l` only lists",
        ..Spec::D
    },
    Spec {
        names: names!["at", "batch"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-q", "-t", "-c"], Val::Req, Eff::None),
            f(names!["-d", "-r"], Val::No, Eff::Delete),
            f(names!["-l", "-m", "-M", "-v", "-V"], Val::No, Eff::None),
        ],
        note: "schedules the commands read from stdin or -f FILE; `at -l` lists",
        ..Spec::D
    },
    Spec { names: names!["atq"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["atrm"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    // ---------------------------------------------------------------- power
    Spec { names: names!["shutdown"], class: Class::System, pos: Pos::Opaque, note: "`shutdown -c` cancels", ..Spec::D },
    Spec { names: names!["reboot"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["poweroff"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["halt"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["init", "telinit", "pm-suspend", "pm-hibernate", "rtcwake"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    // ---------------------------------------------------------------- hardware and disks
    Spec {
        names: names!["lscpu", "lsmem", "lsusb", "lspci", "lshw", "hwinfo", "inxi", "sensors", "lsb_release", "dmidecode"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-dump", "--dump-bin"], Val::Req, Eff::WriteValue),
            f(names!["--dev-mem", "--from-dump"], Val::Req, Eff::ReadValue),
            f(names!["-s", "--string"], Val::Req, Eff::None), f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["-c", "-class"], Val::Req, Eff::None), f(names!["-C", "-d"], Val::Req, Eff::None),
            f(names!["-e", "--extended"], Val::Opt, Eff::None), f(names!["-p", "--parse"], Val::Opt, Eff::None), f(names!["-o", "--output"], Val::Opt, Eff::None),
        ],
        note: "hardware inventory (dmidecode/lshw need root for full output)",
        ..Spec::D
    },
    Spec {
        names: names!["lsblk"],
        pos: Pos::Opaque,
        flags: &[f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-e", "--exclude"], Val::Req, Eff::None), f(names!["-I", "--include"], Val::Req, Eff::None), f(names!["-x", "--sort"], Val::Req, Eff::None), f(names!["-Q", "--filter"], Val::Req, Eff::None), f(names!["--sysroot", "--highlight", "--ct", "--ct-filter"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["blkid"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-c", "--cache-file"], Val::Req, Eff::WriteValue), f(names!["-w", "--write-cache"], Val::Req, Eff::WriteValue),
            f(names!["-o", "--output"], Val::Req, Eff::None), f(names!["-s", "--match-tag"], Val::Req, Eff::None), f(names!["-t", "--match-token"], Val::Req, Eff::None), f(names!["-U", "--uuid"], Val::Req, Eff::None), f(names!["-L", "--label"], Val::Req, Eff::None), f(names!["-n", "--match-types"], Val::Req, Eff::None), f(names!["-u", "--usages"], Val::Req, Eff::None), f(names!["-O", "--offset"], Val::Req, Eff::None), f(names!["-S", "--size"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["fdisk", "sfdisk", "cfdisk", "gdisk", "sgdisk", "parted", "partprobe", "blkdiscard"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        note: "rewrite partition tables or discard whole devices (`fdisk -l`, `sfdisk -l/-d`, `parted -l` only read)",
        ..Spec::D
    },
    Spec {
        names: names!["mkfs", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4", "mke2fs", "mkfs.xfs", "mkfs.btrfs", "mkfs.vfat", "mkfs.fat", "mkfs.msdos", "mkdosfs",
            "mkfs.exfat", "mkfs.ntfs", "mkntfs", "mkfs.f2fs", "mkfs.minix", "mkfs.bfs", "mkfs.cramfs", "mkfs.jfs", "mkfs.reiserfs"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        note: "creates a file system on the operand device, destroying its contents",
        ..Spec::D
    },
    Spec {
        names: names!["mkswap"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        note: "overwrites the operand device or file with a swap signature",
        ..Spec::D
    },
    Spec {
        names: names!["wipefs"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-o", "--offset"], Val::Req, Eff::None), f(names!["-t", "--types"], Val::Req, Eff::None),
            f(names!["-b", "--backup"], Val::Opt, Eff::None),
        ],
        note: "without -a/-o it only lists signatures; -n/--no-act does nothing",
        ..Spec::D
    },
    Spec {
        names: names!["swapon"],
        pos: Pos::Opaque,
        flags: &[f(names!["-a", "--all"], Val::No, Eff::Global), f(names!["-p", "--priority"], Val::Opt, Eff::None), f(names!["-o", "--options"], Val::Opt, Eff::None), f(names!["--show"], Val::Opt, Eff::None)],
        note: "`swapon DEVICE` / -a enable swap (needs root); `swapon` and --show only list",
        ..Spec::D
    },
    Spec { names: names!["swapoff"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["fsck", "e2fsck", "xfs_repair", "tune2fs", "resize2fs", "xfs_growfs", "btrfs", "zfs", "zpool", "lvcreate", "lvremove", "lvextend", "vgcreate",
            "vgremove", "pvcreate", "pvremove", "losetup", "cryptsetup", "dmsetup", "mdadm", "hdparm", "nvme", "smartctl"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "storage administration; several subcommands destroy data (cryptsetup luksFormat/erase, zpool destroy, lvremove, mdadm --zero-superblock)",
        ..Spec::D
    },
    Spec {
        names: names!["fallocate"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-l", "--length"], Val::Req, Eff::None), f(names!["-o", "--offset"], Val::Req, Eff::None),
            f(names!["-p", "--punch-hole"], Val::No, Eff::Force), f(names!["-c", "--collapse-range"], Val::No, Eff::Force), f(names!["-z", "--zero-range"], Val::No, Eff::Force), f(names!["-i", "--insert-range"], Val::No, Eff::Force), f(names!["-d", "--dig-holes"], Val::No, Eff::Force),
        ],
        note: "preallocates space (a huge -l fills the disk); -p/-c/-z discard file contents",
        ..Spec::D
    },
    // ---------------------------------------------------------------- security modules and audit
    Spec {
        names: names!["aa-status", "apparmor_status", "aa-enabled", "getenforce", "sestatus", "ausearch", "aureport", "getsebool", "seinfo", "sesearch"],
        pos: Pos::Opaque,
        flags: &[f(names!["-i", "--input"], Val::Req, Eff::ReadValue), f(names!["-if", "--input-file"], Val::Req, Eff::ReadValue)],
        ..Spec::D
    },
    Spec {
        names: names!["aa-disable", "aa-enforce", "aa-complain", "aa-teardown", "apparmor_parser", "setenforce", "setsebool", "semanage", "semodule", "restorecon", "chcat",
            "auditctl", "augenrules"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "weaken or change mandatory access control and auditing (`auditctl -l`/`-s` only list)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- clocks, CPU, init scripts
    Spec {
        names: names!["hwclock"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-w", "--systohc"], Val::No, Eff::Global), f(names!["-s", "--hctosys"], Val::No, Eff::Global), f(names!["--set", "--adjust", "--systz", "--predict"], Val::No, Eff::Global),
            f(names!["-f", "--rtc"], Val::Req, Eff::None), f(names!["--date", "--adjfile", "--epoch", "--delay"], Val::Req, Eff::None),
        ],
        note: "`hwclock` / `-r` only show the hardware clock",
        ..Spec::D
    },
    Spec {
        names: names!["cpupower", "x86_energy_perf_policy", "tuned-adm", "powerprofilesctl"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        subs: &[Spec { names: names!["frequency-info", "idle-info", "info", "monitor", "list", "active", "get", "recommend", "verify", "help"], pos: Pos::Opaque, ..Spec::D }],
        note: "frequency-set/idle-set/set/profile change CPU power policy",
        ..Spec::D
    },
    Spec {
        names: names!["update-rc.d", "chkconfig", "rc-update", "rc-service", "sv", "svc", "initctl", "invoke-rc.d", "insserv"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "enable, disable or control init scripts and services (`rc-update show`, `chkconfig --list` only read)",
        ..Spec::D
    },
    Spec {
        names: names!["start-stop-daemon"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-x", "--exec"], Val::Req, Eff::ExecValue), f(names!["-a", "--startas"], Val::Req, Eff::ExecValue),
            f(names!["-c", "--chuid"], Val::Req, Eff::Privilege), f(names!["-u", "--user"], Val::Req, Eff::Privilege), f(names!["-g", "--group"], Val::Req, Eff::Privilege), f(names!["-r", "--chroot"], Val::Req, Eff::Privilege),
            f(names!["-p", "--pidfile"], Val::Req, Eff::None), f(names!["-n", "--name"], Val::Req, Eff::None), f(names!["-s", "--signal"], Val::Req, Eff::None), f(names!["-R", "--retry"], Val::Req, Eff::None), f(names!["-d", "--chdir"], Val::Req, Eff::None), f(names!["-N", "--nicelevel"], Val::Req, Eff::None), f(names!["-P", "--procsched"], Val::Req, Eff::None), f(names!["-I", "--iosched"], Val::Req, Eff::None), f(names!["-k", "--umask"], Val::Req, Eff::None), f(names!["--output"], Val::Req, Eff::None),
            f(names!["-S", "--start"], Val::No, Eff::None), f(names!["-K", "--stop"], Val::No, Eff::None), f(names!["-T", "--status"], Val::No, Eff::None), f(names!["-b", "--background"], Val::No, Eff::None), f(names!["-m", "--make-pidfile"], Val::No, Eff::None), f(names!["-o", "--oknodo"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-t", "--test"], Val::No, Eff::None),
        ],
        note: "-S -x PROG starts PROG as a daemon; arguments after `--` go to it",
        ..Spec::D
    },
    Spec {
        names: names!["launchctl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[Spec { names: names!["list", "print", "print-cache", "print-disabled", "blame", "version", "help", "dumpstate", "procinfo", "managerpid", "manageruid", "hostinfo", "error"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
        note: "load/bootstrap/enable/kickstart/setenv install or start launchd jobs (persistence)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- capabilities, attributes, ACLs
    Spec {
        names: names!["setcap"],
        class: Class::Privilege,
        pos: Pos::ValueThenWrite,
        note: "grants file capabilities (`setcap cap_setuid+ep FILE`); -r removes them",
        ..Spec::D
    },
    Spec { names: names!["getcap", "getpcaps"], ..Spec::D },
    Spec {
        names: names!["chattr"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[f(names!["-v", "-p"], Val::Req, Eff::None)],
        note: "+i/+a (immutable, append-only) need root; the mode operand starts with + - or =",
        ..Spec::D
    },
    Spec { names: names!["lsattr", "getfacl", "namei"], ..Spec::D },
    Spec {
        names: names!["setfacl"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-m", "--modify"], Val::Req, Eff::None), f(names!["-x", "--remove"], Val::Req, Eff::None), f(names!["--set"], Val::Req, Eff::None),
            f(names!["-M", "--modify-file"], Val::Req, Eff::ReadValue), f(names!["-X", "--remove-file"], Val::Req, Eff::ReadValue), f(names!["--set-file", "--restore"], Val::Req, Eff::ReadValue),
        ],
        note: "grants other users access to the operand files",
        ..Spec::D
    },
    // ---------------------------------------------------------------- systemd *ctl tools
    ctl!(names!["hostnamectl"], names!["status", "help"],
        "`hostnamectl hostname/chassis/... VALUE` and `set-*` change the host identity (without VALUE they only print)"),
    ctl!(names!["timedatectl"], names!["status", "show", "show-timesync", "timesync-status", "list-timezones", "help"],
        "set-time/set-timezone/set-ntp/ntp-servers change the clock"),
    ctl!(names!["localectl"], names!["status", "list-locales", "list-keymaps", "list-x11-keymap-models", "list-x11-keymap-layouts", "list-x11-keymap-variants", "list-x11-keymap-options", "help"],
        "set-locale/set-keymap change the system"),
    ctl!(names!["loginctl"], names!["list-sessions", "list-users", "list-seats", "session-status", "show-session", "user-status", "show-user", "seat-status", "show-seat", "help"],
        "terminate-*/kill-* end sessions; enable-linger keeps user services running"),
    ctl!(names!["resolvectl", "systemd-resolve"], names!["status", "query", "service", "openpgp", "tlsa", "statistics", "help", "monitor", "show-cache", "show-server-state"],
        "dns/domain with values, flush-caches, revert change resolver state"),
    ctl!(names!["networkctl"], names!["list", "status", "lldp", "label", "help", "cat"], "up/down/reload/reconfigure change interfaces"),
    ctl!(names!["busctl"], names!["list", "status", "monitor", "capture", "tree", "introspect", "help"], "`call`/`set-property` invoke system services"),
    ctl!(names!["udevadm"], names!["info", "monitor", "test", "test-builtin", "verify", "cat", "help"], "trigger/control/settle act on devices"),
    ctl!(names!["systemd-analyze"], names!["time", "blame", "critical-chain", "dump", "plot", "dot", "unit-paths", "syscall-filter", "calendar", "timespan", "timestamp",
        "verify", "security", "condition", "cat-config", "unit-files", "inspect-elf", "fdstore", "image-policy", "pcrs", "srk", "has-tpm2", "architectures", "smbios11",
        "capability", "exit-status", "filesystems", "malloc", "help"], "mostly read-only inspection"),
    ctl!(names!["coredumpctl"], names!["list", "info", "dump", "help"], "`debug` starts gdb on a core dump"),
];
