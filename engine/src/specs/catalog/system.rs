//! System administration: privilege (sudo, su, doas, pkexec, namespaces), services (systemctl,
//! journalctl), mounts, kernel modules and sysctl, firewalls, users and scheduling, power, hardware
//! and disks, security modules, file capabilities and attributes, systemd *ctl tools.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

/// systemctl options (accepted before or after the verb).
#[rustfmt::skip]
const SYSTEMCTL_FLAGS: &[Flag] = &[
    f(&["-H", "--host"], Val::Req, Eff::Net),
    f(&["-f", "--force"], Val::No, Eff::Force),
    f(&["-M", "--machine"], Val::Req, Eff::None), f(&["-t", "--type"], Val::Req, Eff::None), f(&["-p", "--property"], Val::Req, Eff::None), f(&["-n", "--lines"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None), f(&["-s", "--signal"], Val::Req, Eff::None), f(&["--state", "--root", "--image", "--kill-whom", "--kill-value", "--job-mode", "--what", "--boot-loader-menu", "--boot-loader-entry", "--reboot-argument", "--timestamp", "--message", "--preset-mode", "--drop-in", "--when", "--check-inhibitors", "--image-policy"], Val::Req, Eff::None), f(&["-P"], Val::Req, Eff::None),
    f(&["--legend"], Val::Opt, Eff::None),
    f(&["-a", "--all"], Val::No, Eff::None), f(&["-l", "--full"], Val::No, Eff::None), f(&["-r", "--recursive"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-i", "--ignore-inhibitors"], Val::No, Eff::None), f(&["--user", "--system", "--global", "--now", "--runtime", "--no-block", "--no-pager", "--no-legend", "--no-ask-password", "--no-reload", "--no-wall", "--wait", "--firmware-setup", "--marked", "--read-only", "--mkdir", "--failed", "--show-types", "--plain", "--after", "--before", "--reverse", "--value"], Val::No, Eff::None),
];

/// systemctl verbs that only read.
#[rustfmt::skip]
const SYSTEMCTL_READ: &[&str] = &["status", "show", "cat", "list-units", "list-sockets", "list-timers", "list-jobs", "list-unit-files", "list-dependencies",
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
        names: &["sudo"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-u", "--user"], Val::Req, Eff::None), f(&["-g", "--group"], Val::Req, Eff::None), f(&["-C", "--close-from"], Val::Req, Eff::None), f(&["-D", "--chdir"], Val::Req, Eff::None), f(&["-h", "--host"], Val::Req, Eff::None), f(&["-p", "--prompt"], Val::Req, Eff::None), f(&["-r", "--role"], Val::Req, Eff::None), f(&["-t", "--type"], Val::Req, Eff::None), f(&["-T", "--command-timeout"], Val::Req, Eff::None), f(&["-U", "--other-user"], Val::Req, Eff::None), f(&["-R", "--chroot"], Val::Req, Eff::None),
            f(&["-E", "--preserve-env"], Val::Opt, Eff::None),
            f(&["-i", "--login"], Val::No, Eff::Shell), f(&["-s", "--shell"], Val::No, Eff::Shell),
            f(&["-e", "--edit"], Val::No, Eff::InPlace),
            f(&["-l", "--list"], Val::No, Eff::None), f(&["-v", "--validate"], Val::No, Eff::None), f(&["-k", "--reset-timestamp"], Val::No, Eff::None), f(&["-K", "--remove-timestamp"], Val::No, Eff::None), f(&["-b", "--background"], Val::No, Eff::None), f(&["-n", "--non-interactive"], Val::No, Eff::None), f(&["-S", "--stdin"], Val::No, Eff::None), f(&["-A", "--askpass"], Val::No, Eff::None), f(&["-H", "--set-home"], Val::No, Eff::None), f(&["-P", "--preserve-groups"], Val::No, Eff::None), f(&["-B", "--bell"], Val::No, Eff::None), f(&["-N", "--no-update"], Val::No, Eff::None), f(&["-V", "--version"], Val::No, Eff::None),
        ],
        note: "runs the command as root (or -u USER); -i/-s start a shell; -e edits the operand files as root; -l/-v only query",
        ..Spec::D
    },
    Spec {
        names: &["sudoedit"],
        class: Class::Privilege,
        pos: Pos::Write,
        flags: &[f(&["-u", "--user"], Val::Req, Eff::None), f(&["-g", "--group"], Val::Req, Eff::None), f(&["-C", "--close-from"], Val::Req, Eff::None), f(&["-D", "--chdir"], Val::Req, Eff::None), f(&["-h", "--host"], Val::Req, Eff::None), f(&["-p", "--prompt"], Val::Req, Eff::None), f(&["-T", "--command-timeout"], Val::Req, Eff::None)],
        note: "edits the operand files as root through $SUDO_EDITOR/$VISUAL/$EDITOR",
        ..Spec::D
    },
    Spec {
        names: &["doas"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        flags: &[
            f(&["-u"], Val::Req, Eff::None),
            f(&["-C"], Val::Req, Eff::ReadValue),
            f(&["-s"], Val::No, Eff::Shell),
            f(&["-n", "-L"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["run0"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-u", "--user"], Val::Req, Eff::None), f(&["-g", "--group"], Val::Req, Eff::None), f(&["-D", "--chdir"], Val::Req, Eff::None), f(&["--unit", "--property", "--description", "--slice", "--nice", "--setenv", "--background"], Val::Req, Eff::None),
        ],
        note: "systemd's sudo replacement",
        ..Spec::D
    },
    Spec {
        names: &["su", "runuser"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        flags: &[
            f(&["-c", "--command"], Val::Req, Eff::ExecValue), f(&["-s", "--shell"], Val::Req, Eff::ExecValue), f(&["--session-command"], Val::Req, Eff::ExecValue),
            f(&["-g", "--group"], Val::Req, Eff::None), f(&["-G", "--supp-group"], Val::Req, Eff::None), f(&["-w", "--whitelist-environment"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None),
            f(&["-l", "--login"], Val::No, Eff::None), f(&["-p", "--preserve-environment"], Val::No, Eff::None), f(&["-P", "--pty"], Val::No, Eff::None), f(&["-f", "--fast"], Val::No, Eff::None), f(&["-m"], Val::No, Eff::None),
        ],
        note: "`su [-] [USER]` starts a shell as USER (root by default)",
        ..Spec::D
    },
    Spec {
        names: &["pkexec"],
        class: Class::Privilege,
        pos: Pos::Command,
        flags: &[f(&["-u", "--user"], Val::Req, Eff::None), f(&["--disable-internal-agent", "--keep-cwd"], Val::No, Eff::None)],
        note: "runs the command as root through polkit",
        ..Spec::D
    },
    Spec {
        names: &["sg", "newgrp"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[f(&["-c"], Val::Req, Eff::ExecValue)],
        note: "runs a shell (or `sg GROUP -c CMD`) with another group",
        ..Spec::D
    },
    Spec {
        names: &["capsh", "setpriv", "chpst", "setuidgid"],
        class: Class::Privilege,
        pos: Pos::Command,
        gnu: false,
        note: "change capabilities/uids and run a program (`capsh -- -c CMD` runs a shell)",
        ..Spec::D
    },
    Spec {
        names: &["chroot"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[f(&["--userspec", "--groups"], Val::Req, Eff::None), f(&["--skip-chdir"], Val::No, Eff::None)],
        note: "the first operand is NEWROOT (needs root); the command follows (default: $SHELL -i)",
        ..Spec::D
    },
    Spec {
        names: &["unshare"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-r", "--map-root-user"], Val::No, Eff::Privilege), f(&["--map-current-user", "--map-auto"], Val::No, Eff::Privilege),
            f(&["-R", "--root"], Val::Req, Eff::None), f(&["-w", "--wd"], Val::Req, Eff::None), f(&["-S", "--setuid"], Val::Req, Eff::None), f(&["-G", "--setgid"], Val::Req, Eff::None), f(&["--map-user", "--map-group", "--map-users", "--map-groups", "--propagation", "--setgroups"], Val::Req, Eff::None),
            f(&["-m", "--mount"], Val::Opt, Eff::None), f(&["-u", "--uts"], Val::Opt, Eff::None), f(&["-i", "--ipc"], Val::Opt, Eff::None), f(&["-n", "--net"], Val::Opt, Eff::None), f(&["-p", "--pid"], Val::Opt, Eff::None), f(&["-U", "--user"], Val::Opt, Eff::None), f(&["-C", "--cgroup"], Val::Opt, Eff::None), f(&["-T", "--time"], Val::Opt, Eff::None), f(&["--mount-proc", "--kill-child"], Val::Opt, Eff::None),
        ],
        note: "without a command runs $SHELL",
        ..Spec::D
    },
    Spec {
        names: &["nsenter"],
        class: Class::Privilege,
        pos: Pos::Command,
        flags: &[
            f(&["-t", "--target"], Val::Req, Eff::None), f(&["-S", "--setuid"], Val::Req, Eff::None), f(&["-G", "--setgid"], Val::Req, Eff::None),
            f(&["-m", "--mount"], Val::Opt, Eff::None), f(&["-u", "--uts"], Val::Opt, Eff::None), f(&["-i", "--ipc"], Val::Opt, Eff::None), f(&["-n", "--net"], Val::Opt, Eff::None), f(&["-p", "--pid"], Val::Opt, Eff::None), f(&["-U", "--user"], Val::Opt, Eff::None), f(&["-C", "--cgroup"], Val::Opt, Eff::None), f(&["-T", "--time"], Val::Opt, Eff::None), f(&["-r", "--root"], Val::Opt, Eff::None), f(&["-w", "--wd"], Val::Opt, Eff::None),
        ],
        note: "enters another process's namespaces (`nsenter -t 1 -a sh` escapes a container)",
        ..Spec::D
    },
    Spec {
        names: &["systemd-run"],
        class: Class::System,
        pos: Pos::Command,
        flags: &[
            f(&["--uid", "--gid"], Val::Req, Eff::Privilege),
            f(&["--on-calendar", "--on-active", "--on-boot", "--on-startup", "--on-unit-active", "--on-unit-inactive", "--on-clock-change", "--on-timezone-change"], Val::Req, Eff::Global),
            f(&["-H", "--host"], Val::Req, Eff::Net),
            f(&["-u", "--unit"], Val::Req, Eff::None), f(&["-p", "--property"], Val::Req, Eff::None), f(&["-E", "--setenv"], Val::Req, Eff::None), f(&["-M", "--machine"], Val::Req, Eff::None), f(&["--description", "--slice", "--working-directory", "--nice", "--service-type", "--path-property", "--socket-property", "--timer-property"], Val::Req, Eff::None),
            f(&["-t", "--pty"], Val::No, Eff::None), f(&["-P", "--pipe"], Val::No, Eff::None), f(&["-G", "--collect"], Val::No, Eff::None), f(&["-d", "--same-dir"], Val::No, Eff::None), f(&["-r", "--remain-after-exit"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["--user", "--system", "--scope", "--wait", "--no-block"], Val::No, Eff::None),
        ],
        note: "runs the command as a transient unit (as root under the system manager, outside hardshell's process tree); timer options schedule it",
        ..Spec::D
    },
    // ---------------------------------------------------------------- services and logs
    Spec {
        names: &["systemctl"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: SYSTEMCTL_FLAGS,
        subs: &[Spec { names: SYSTEMCTL_READ, pos: Pos::Opaque, flags: SYSTEMCTL_FLAGS, ..Spec::D }],
        note: "`systemctl` alone lists units; start/stop/restart/enable/disable/mask/daemon-reload/kill/isolate/reboot/poweroff ... change the system (--user: the user's manager)",
        ..Spec::D
    },
    Spec {
        names: &["service"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "`service NAME status` and `service --status-all` only read; other actions start/stop services",
        ..Spec::D
    },
    Spec {
        names: &["journalctl"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--vacuum-size", "--vacuum-time", "--vacuum-files"], Val::Req, Eff::Delete),
            f(&["--rotate", "--flush", "--sync", "--relinquish-var", "--smart-relinquish-var", "--setup-keys", "--update-catalog"], Val::No, Eff::Global),
            f(&["--cursor-file"], Val::Req, Eff::WriteValue),
            f(&["-D", "--directory"], Val::Req, Eff::ReadValue), f(&["--file"], Val::Req, Eff::ReadValue), f(&["-i"], Val::Req, Eff::ReadValue),
            f(&["-u", "--unit"], Val::Req, Eff::None), f(&["-t", "--identifier"], Val::Req, Eff::None), f(&["-T", "--exclude-identifier"], Val::Req, Eff::None), f(&["-p", "--priority"], Val::Req, Eff::None), f(&["-g", "--grep"], Val::Req, Eff::None), f(&["-S", "--since"], Val::Req, Eff::None), f(&["-U", "--until"], Val::Req, Eff::None), f(&["-n", "--lines"], Val::Req, Eff::None), f(&["-o", "--output"], Val::Req, Eff::None), f(&["-M", "--machine"], Val::Req, Eff::None), f(&["-c", "--cursor"], Val::Req, Eff::None), f(&["-F", "--field"], Val::Req, Eff::None), f(&["--user-unit", "--output-fields", "--root", "--image", "--namespace", "--after-cursor", "--facility", "--verify-key", "--interval"], Val::Req, Eff::None),
            f(&["--invocation"], Val::Opt, Eff::None),
            f(&["-b", "--boot"], Val::Opt, Eff::None),
        ],
        note: "operands are FIELD=VALUE matches or binary paths",
        ..Spec::D
    },
    Spec {
        names: &["dmesg"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-C", "--clear"], Val::No, Eff::Delete), f(&["-c", "--read-clear"], Val::No, Eff::Delete),
            f(&["-n", "--console-level"], Val::Req, Eff::Global),
            f(&["-D", "--console-off"], Val::No, Eff::Global), f(&["-E", "--console-on"], Val::No, Eff::Global),
            f(&["-F", "--file"], Val::Req, Eff::ReadValue),
            f(&["-f", "--facility"], Val::Req, Eff::None), f(&["-l", "--level"], Val::Req, Eff::None), f(&["-s", "--buffer-size"], Val::Req, Eff::None), f(&["--since", "--until", "--time-format"], Val::Req, Eff::None),
            f(&["--color"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["logger"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
            f(&["-n", "--server"], Val::Req, Eff::Net),
            f(&["-t", "--tag"], Val::Req, Eff::None), f(&["-p", "--priority"], Val::Req, Eff::None), f(&["-P", "--port"], Val::Req, Eff::None), f(&["-u", "--socket"], Val::Req, Eff::None), f(&["-S", "--size"], Val::Req, Eff::None), f(&["--msgid", "--sd-id", "--sd-param"], Val::Req, Eff::None),
            f(&["--id"], Val::Opt, Eff::None),
        ],
        note: "writes messages to the system log (or a remote syslog server with -n)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- mounts, modules, kernel settings
    Spec {
        names: &["mount", "umount"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "`mount` alone only lists mounts",
        ..Spec::D
    },
    Spec {
        names: &["findmnt", "lsmod", "modinfo", "lsns", "lslocks", "lsipc", "lsfd"],
        pos: Pos::Opaque,
        flags: &[f(&["-o", "--output"], Val::Req, Eff::None), f(&["-t", "--types"], Val::Req, Eff::None), f(&["-O", "--options"], Val::Req, Eff::None), f(&["-S", "--source"], Val::Req, Eff::None), f(&["-T", "--target"], Val::Req, Eff::None), f(&["-N", "--task"], Val::Req, Eff::None), f(&["-F", "--tab-file"], Val::Req, Eff::None), f(&["-k", "--set"], Val::Req, Eff::None), f(&["-p", "--pid"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["modprobe", "insmod", "rmmod", "depmod", "kmod"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "loads or unloads kernel code (`modprobe -n`/`--show-depends` only print)",
        ..Spec::D
    },
    Spec {
        names: &["sysctl"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-w", "--write"], Val::No, Eff::Global), f(&["--system"], Val::No, Eff::Global),
            f(&["-p", "--load", "-f"], Val::Opt, Eff::Global),
            f(&["-r", "--pattern"], Val::Req, Eff::None),
        ],
        note: "a KEY=VALUE operand also writes (procps-ng accepts it without -w)",
        ..Spec::D
    },
    Spec {
        names: &["ldconfig"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[
            f(&["-C"], Val::Req, Eff::WriteValue),
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-r"], Val::Req, Eff::None),
        ],
        note: "rebuilds /etc/ld.so.cache from /etc/ld.so.conf.d (needs root); `ldconfig -p` only prints the cache",
        ..Spec::D
    },
    Spec {
        names: &["update-initramfs", "dracut", "mkinitcpio", "update-grub", "grub-install", "grub-mkconfig", "grub2-mkconfig", "efibootmgr", "bootctl", "kexec"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "rewrite the boot chain",
        ..Spec::D
    },
    // ---------------------------------------------------------------- firewalls
    Spec {
        names: &["iptables", "ip6tables", "iptables-legacy", "iptables-nft", "ebtables", "arptables"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-A", "--append"], Val::Req, Eff::Global), f(&["-D", "--delete"], Val::Req, Eff::Global), f(&["-I", "--insert"], Val::Req, Eff::Global), f(&["-R", "--replace"], Val::Req, Eff::Global), f(&["-N", "--new-chain"], Val::Req, Eff::Global), f(&["-P", "--policy"], Val::Req, Eff::Global), f(&["-E", "--rename-chain"], Val::Req, Eff::Global),
            f(&["-F", "--flush"], Val::No, Eff::Global), f(&["-Z", "--zero"], Val::No, Eff::Global), f(&["-X", "--delete-chain"], Val::No, Eff::Global),
            f(&["--modprobe"], Val::Req, Eff::ExecValue),
            f(&["-t", "--table"], Val::Req, Eff::None), f(&["-j", "--jump"], Val::Req, Eff::None), f(&["-g", "--goto"], Val::Req, Eff::None), f(&["-p", "--protocol"], Val::Req, Eff::None), f(&["-s", "--source"], Val::Req, Eff::None), f(&["-d", "--destination"], Val::Req, Eff::None), f(&["-i", "--in-interface"], Val::Req, Eff::None), f(&["-o", "--out-interface"], Val::Req, Eff::None), f(&["-m", "--match"], Val::Req, Eff::None), f(&["-C", "--check"], Val::Req, Eff::None), f(&["-W", "--wait-interval"], Val::Req, Eff::None), f(&["-c", "--set-counters"], Val::Req, Eff::None), f(&["--dport", "--sport", "--to-destination", "--to-source", "--to-ports", "--state", "--ctstate", "--comment"], Val::Req, Eff::None),
            f(&["-w", "--wait"], Val::Opt, Eff::None),
            f(&["-L", "--list"], Val::No, Eff::None), f(&["-S", "--list-rules"], Val::No, Eff::None), f(&["-n", "--numeric"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-x", "--exact"], Val::No, Eff::None), f(&["--line-numbers"], Val::No, Eff::None),
        ],
        note: "-L/-S only list (they need root); -A/-I/-D/-F/-P ... change the firewall",
        ..Spec::D
    },
    Spec {
        names: &["iptables-save", "ip6tables-save"],
        pos: Pos::Opaque,
        flags: &[f(&["-f", "--file"], Val::Req, Eff::WriteValue), f(&["-M", "--modprobe"], Val::Req, Eff::ExecValue), f(&["-t", "--table"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["iptables-restore", "ip6tables-restore", "pfctl", "ipset"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[f(&["-M", "--modprobe"], Val::Req, Eff::ExecValue)],
        note: "load firewall rules (`ipset list` only reads)",
        ..Spec::D
    },
    Spec {
        names: &["nft"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        flags: &[
            f(&["-f", "--file"], Val::Req, Eff::Global),
            f(&["-I", "--includepath"], Val::Req, Eff::None), f(&["-D", "--define"], Val::Req, Eff::None),
            f(&["-c", "--check"], Val::No, Eff::None), f(&["-a", "--handle"], Val::No, Eff::None), f(&["-n", "--numeric"], Val::No, Eff::None), f(&["-s", "--stateless"], Val::No, Eff::None), f(&["-j", "--json"], Val::No, Eff::None), f(&["-e", "--echo"], Val::No, Eff::None), f(&["-t", "--terse"], Val::No, Eff::None),
        ],
        subs: &[Spec { names: &["list", "monitor", "describe"], pos: Pos::Opaque, ..Spec::D }],
        note: "add/insert/delete/flush/replace/destroy change the ruleset; -f loads a file (-c only checks)",
        ..Spec::D
    },
    Spec {
        names: &["ufw"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        subs: &[Spec { names: &["status", "show", "version", "help"], pos: Pos::Opaque, ..Spec::D }],
        note: "enable/disable/allow/deny/delete/reset/default change the firewall; `app info/list` only read",
        ..Spec::D
    },
    Spec {
        names: &["firewall-cmd", "firewall-offline-cmd"],
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["--add-port", "--remove-port", "--add-service", "--remove-service", "--add-rich-rule", "--remove-rich-rule", "--add-source", "--remove-source",
                "--add-interface", "--remove-interface", "--change-interface", "--change-zone", "--add-forward-port", "--remove-forward-port", "--set-default-zone",
                "--new-zone", "--delete-zone", "--set-log-denied", "--add-protocol", "--remove-protocol", "--set-target"], Val::Opt, Eff::Global),
            f(&["--reload", "--complete-reload", "--runtime-to-permanent", "--panic-on", "--panic-off", "--add-masquerade", "--remove-masquerade", "--lockdown-on",
                "--lockdown-off", "--direct", "--reset-to-defaults"], Val::No, Eff::Global),
            f(&["--zone", "--policy", "--service", "--ipset", "--helper", "--timeout"], Val::Opt, Eff::None),
        ],
        note: "--list-*/--get-*/--query-*/--state only read",
        ..Spec::D
    },
    // ---------------------------------------------------------------- users, groups, passwords
    Spec {
        names: &["useradd", "adduser", "usermod", "userdel", "deluser", "groupadd", "addgroup", "groupmod", "groupdel", "delgroup", "gpasswd", "newusers",
            "chage", "chsh", "chfn", "vipw", "vigr", "pwconv", "grpconv"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "change accounts (`chage -l` only reads)",
        ..Spec::D
    },
    Spec {
        names: &["passwd", "chpasswd", "chgpasswd"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "change passwords (`passwd -S` only reads)",
        ..Spec::D
    },
    Spec {
        names: &["visudo"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[f(&["-f", "--file"], Val::Req, Eff::WriteValue)],
        note: "edits sudoers; -c only checks",
        ..Spec::D
    },
    Spec {
        names: &["getent"],
        pos: Pos::Opaque,
        flags: &[f(&["-s", "--service"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["last", "lastb", "lastlog", "faillog", "w"],
        pos: Pos::Opaque,
        flags: &[f(&["-f", "--file"], Val::Req, Eff::ReadValue), f(&["-n", "--limit"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-s", "--since"], Val::Req, Eff::None), f(&["-t", "--until"], Val::Req, Eff::None), f(&["-b", "--before"], Val::Req, Eff::None)],
        ..Spec::D
    },
    // ---------------------------------------------------------------- scheduling
    Spec {
        names: &["crontab"],
        class: Class::System,
        flags: &[
            f(&["-u"], Val::Req, Eff::None),
            f(&["-r"], Val::No, Eff::Delete),
            f(&["-l", "-e", "-i", "-T", "-s", "-n", "-c", "-V"], Val::No, Eff::None),
        ],
        note: "installs the operand file (or stdin) as the user's crontab; `crontab -l` only lists",
        ..Spec::D
    },
    Spec {
        names: &["at", "batch"],
        class: Class::System,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-q", "-t", "-c"], Val::Req, Eff::None),
            f(&["-d", "-r"], Val::No, Eff::Delete),
            f(&["-l", "-m", "-M", "-v", "-V"], Val::No, Eff::None),
        ],
        note: "schedules the commands read from stdin or -f FILE; `at -l` lists",
        ..Spec::D
    },
    Spec { names: &["atq"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["atrm"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    // ---------------------------------------------------------------- power
    Spec { names: &["shutdown"], class: Class::System, pos: Pos::Opaque, note: "`shutdown -c` cancels", ..Spec::D },
    Spec { names: &["reboot"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["poweroff"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["halt"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["init", "telinit", "pm-suspend", "pm-hibernate", "rtcwake"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    // ---------------------------------------------------------------- hardware and disks
    Spec {
        names: &["lscpu", "lsmem", "lsusb", "lspci", "lshw", "hwinfo", "inxi", "sensors", "lsb_release", "dmidecode"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-dump", "--dump-bin"], Val::Req, Eff::WriteValue),
            f(&["--dev-mem", "--from-dump"], Val::Req, Eff::ReadValue),
            f(&["-s", "--string"], Val::Req, Eff::None), f(&["-t", "--type"], Val::Req, Eff::None), f(&["-c", "-class"], Val::Req, Eff::None), f(&["-C", "-d"], Val::Req, Eff::None),
            f(&["-e", "--extended"], Val::Opt, Eff::None), f(&["-p", "--parse"], Val::Opt, Eff::None), f(&["-o", "--output"], Val::Opt, Eff::None),
        ],
        note: "hardware inventory (dmidecode/lshw need root for full output)",
        ..Spec::D
    },
    Spec {
        names: &["lsblk"],
        pos: Pos::Opaque,
        flags: &[f(&["-o", "--output"], Val::Req, Eff::None), f(&["-e", "--exclude"], Val::Req, Eff::None), f(&["-I", "--include"], Val::Req, Eff::None), f(&["-x", "--sort"], Val::Req, Eff::None), f(&["-Q", "--filter"], Val::Req, Eff::None), f(&["--sysroot", "--highlight", "--ct", "--ct-filter"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["blkid"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-c", "--cache-file"], Val::Req, Eff::WriteValue), f(&["-w", "--write-cache"], Val::Req, Eff::WriteValue),
            f(&["-o", "--output"], Val::Req, Eff::None), f(&["-s", "--match-tag"], Val::Req, Eff::None), f(&["-t", "--match-token"], Val::Req, Eff::None), f(&["-U", "--uuid"], Val::Req, Eff::None), f(&["-L", "--label"], Val::Req, Eff::None), f(&["-n", "--match-types"], Val::Req, Eff::None), f(&["-u", "--usages"], Val::Req, Eff::None), f(&["-O", "--offset"], Val::Req, Eff::None), f(&["-S", "--size"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["fdisk", "sfdisk", "cfdisk", "gdisk", "sgdisk", "parted", "partprobe", "blkdiscard"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        note: "rewrite partition tables or discard whole devices (`fdisk -l`, `sfdisk -l/-d`, `parted -l` only read)",
        ..Spec::D
    },
    Spec {
        names: &["mkfs", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4", "mke2fs", "mkfs.xfs", "mkfs.btrfs", "mkfs.vfat", "mkfs.fat", "mkfs.msdos", "mkdosfs",
            "mkfs.exfat", "mkfs.ntfs", "mkntfs", "mkfs.f2fs", "mkfs.minix", "mkfs.bfs", "mkfs.cramfs", "mkfs.jfs", "mkfs.reiserfs"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        note: "creates a file system on the operand device, destroying its contents",
        ..Spec::D
    },
    Spec {
        names: &["mkswap"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        note: "overwrites the operand device or file with a swap signature",
        ..Spec::D
    },
    Spec {
        names: &["wipefs"],
        class: Class::Destroy,
        pos: Pos::Opaque,
        flags: &[
            f(&["-o", "--offset"], Val::Req, Eff::None), f(&["-t", "--types"], Val::Req, Eff::None),
            f(&["-b", "--backup"], Val::Opt, Eff::None),
        ],
        note: "without -a/-o it only lists signatures; -n/--no-act does nothing",
        ..Spec::D
    },
    Spec {
        names: &["swapon"],
        pos: Pos::Opaque,
        flags: &[f(&["-a", "--all"], Val::No, Eff::Global), f(&["-p", "--priority"], Val::Opt, Eff::None), f(&["-o", "--options"], Val::Opt, Eff::None), f(&["--show"], Val::Opt, Eff::None)],
        note: "`swapon DEVICE` / -a enable swap (needs root); `swapon` and --show only list",
        ..Spec::D
    },
    Spec { names: &["swapoff"], class: Class::System, pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["fsck", "e2fsck", "xfs_repair", "tune2fs", "resize2fs", "xfs_growfs", "btrfs", "zfs", "zpool", "lvcreate", "lvremove", "lvextend", "vgcreate",
            "vgremove", "pvcreate", "pvremove", "losetup", "cryptsetup", "dmsetup", "mdadm", "hdparm", "nvme", "smartctl"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "storage administration; several subcommands destroy data (cryptsetup luksFormat/erase, zpool destroy, lvremove, mdadm --zero-superblock)",
        ..Spec::D
    },
    Spec {
        names: &["fallocate"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-l", "--length"], Val::Req, Eff::None), f(&["-o", "--offset"], Val::Req, Eff::None),
            f(&["-p", "--punch-hole"], Val::No, Eff::Force), f(&["-c", "--collapse-range"], Val::No, Eff::Force), f(&["-z", "--zero-range"], Val::No, Eff::Force), f(&["-i", "--insert-range"], Val::No, Eff::Force), f(&["-d", "--dig-holes"], Val::No, Eff::Force),
        ],
        note: "preallocates space (a huge -l fills the disk); -p/-c/-z discard file contents",
        ..Spec::D
    },
    // ---------------------------------------------------------------- security modules and audit
    Spec {
        names: &["aa-status", "apparmor_status", "aa-enabled", "getenforce", "sestatus", "ausearch", "aureport", "getsebool", "seinfo", "sesearch"],
        pos: Pos::Opaque,
        flags: &[f(&["-i", "--input"], Val::Req, Eff::ReadValue), f(&["-if", "--input-file"], Val::Req, Eff::ReadValue)],
        ..Spec::D
    },
    Spec {
        names: &["aa-disable", "aa-enforce", "aa-complain", "aa-teardown", "apparmor_parser", "setenforce", "setsebool", "semanage", "semodule", "restorecon", "chcat",
            "auditctl", "augenrules"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "weaken or change mandatory access control and auditing (`auditctl -l`/`-s` only list)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- clocks, CPU, init scripts
    Spec {
        names: &["hwclock"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-w", "--systohc"], Val::No, Eff::Global), f(&["-s", "--hctosys"], Val::No, Eff::Global), f(&["--set", "--adjust", "--systz", "--predict"], Val::No, Eff::Global),
            f(&["-f", "--rtc"], Val::Req, Eff::None), f(&["--date", "--adjfile", "--epoch", "--delay"], Val::Req, Eff::None),
        ],
        note: "`hwclock` / `-r` only show the hardware clock",
        ..Spec::D
    },
    Spec {
        names: &["cpupower", "x86_energy_perf_policy", "tuned-adm", "powerprofilesctl"],
        pos: Pos::Opaque,
        unknown_sub: Class::System,
        subs: &[Spec { names: &["frequency-info", "idle-info", "info", "monitor", "list", "active", "get", "recommend", "verify", "help"], pos: Pos::Opaque, ..Spec::D }],
        note: "frequency-set/idle-set/set/profile change CPU power policy",
        ..Spec::D
    },
    Spec {
        names: &["update-rc.d", "chkconfig", "rc-update", "rc-service", "sv", "svc", "initctl", "invoke-rc.d", "insserv"],
        class: Class::System,
        pos: Pos::Opaque,
        note: "enable, disable or control init scripts and services (`rc-update show`, `chkconfig --list` only read)",
        ..Spec::D
    },
    Spec {
        names: &["start-stop-daemon"],
        class: Class::System,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-x", "--exec"], Val::Req, Eff::ExecValue), f(&["-a", "--startas"], Val::Req, Eff::ExecValue),
            f(&["-c", "--chuid"], Val::Req, Eff::Privilege), f(&["-u", "--user"], Val::Req, Eff::Privilege), f(&["-g", "--group"], Val::Req, Eff::Privilege), f(&["-r", "--chroot"], Val::Req, Eff::Privilege),
            f(&["-p", "--pidfile"], Val::Req, Eff::None), f(&["-n", "--name"], Val::Req, Eff::None), f(&["-s", "--signal"], Val::Req, Eff::None), f(&["-R", "--retry"], Val::Req, Eff::None), f(&["-d", "--chdir"], Val::Req, Eff::None), f(&["-N", "--nicelevel"], Val::Req, Eff::None), f(&["-P", "--procsched"], Val::Req, Eff::None), f(&["-I", "--iosched"], Val::Req, Eff::None), f(&["-k", "--umask"], Val::Req, Eff::None), f(&["--output"], Val::Req, Eff::None),
            f(&["-S", "--start"], Val::No, Eff::None), f(&["-K", "--stop"], Val::No, Eff::None), f(&["-T", "--status"], Val::No, Eff::None), f(&["-b", "--background"], Val::No, Eff::None), f(&["-m", "--make-pidfile"], Val::No, Eff::None), f(&["-o", "--oknodo"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-t", "--test"], Val::No, Eff::None),
        ],
        note: "-S -x PROG starts PROG as a daemon; arguments after `--` go to it",
        ..Spec::D
    },
    Spec {
        names: &["launchctl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[Spec { names: &["list", "print", "print-cache", "print-disabled", "blame", "version", "help", "dumpstate", "procinfo", "managerpid", "manageruid", "hostinfo", "error"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
        note: "load/bootstrap/enable/kickstart/setenv install or start launchd jobs (persistence)",
        ..Spec::D
    },
    // ---------------------------------------------------------------- capabilities, attributes, ACLs
    Spec {
        names: &["setcap"],
        class: Class::Privilege,
        pos: Pos::ValueThenWrite,
        note: "grants file capabilities (`setcap cap_setuid+ep FILE`); -r removes them",
        ..Spec::D
    },
    Spec { names: &["getcap", "getpcaps"], ..Spec::D },
    Spec {
        names: &["chattr"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[f(&["-v", "-p"], Val::Req, Eff::None)],
        note: "+i/+a (immutable, append-only) need root; the mode operand starts with + - or =",
        ..Spec::D
    },
    Spec { names: &["lsattr", "getfacl", "namei"], ..Spec::D },
    Spec {
        names: &["setfacl"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-m", "--modify"], Val::Req, Eff::None), f(&["-x", "--remove"], Val::Req, Eff::None), f(&["--set"], Val::Req, Eff::None),
            f(&["-M", "--modify-file"], Val::Req, Eff::ReadValue), f(&["-X", "--remove-file"], Val::Req, Eff::ReadValue), f(&["--set-file", "--restore"], Val::Req, Eff::ReadValue),
        ],
        note: "grants other users access to the operand files",
        ..Spec::D
    },
    // ---------------------------------------------------------------- systemd *ctl tools
    ctl!(&["hostnamectl"], &["status", "help"],
        "`hostnamectl hostname/chassis/... VALUE` and `set-*` change the host identity (without VALUE they only print)"),
    ctl!(&["timedatectl"], &["status", "show", "show-timesync", "timesync-status", "list-timezones", "help"],
        "set-time/set-timezone/set-ntp/ntp-servers change the clock"),
    ctl!(&["localectl"], &["status", "list-locales", "list-keymaps", "list-x11-keymap-models", "list-x11-keymap-layouts", "list-x11-keymap-variants", "list-x11-keymap-options", "help"],
        "set-locale/set-keymap change the system"),
    ctl!(&["loginctl"], &["list-sessions", "list-users", "list-seats", "session-status", "show-session", "user-status", "show-user", "seat-status", "show-seat", "help"],
        "terminate-*/kill-* end sessions; enable-linger keeps user services running"),
    ctl!(&["resolvectl", "systemd-resolve"], &["status", "query", "service", "openpgp", "tlsa", "statistics", "help", "monitor", "show-cache", "show-server-state"],
        "dns/domain with values, flush-caches, revert change resolver state"),
    ctl!(&["networkctl"], &["list", "status", "lldp", "label", "help", "cat"], "up/down/reload/reconfigure change interfaces"),
    ctl!(&["busctl"], &["list", "status", "monitor", "capture", "tree", "introspect", "help"], "`call`/`set-property` invoke system services"),
    ctl!(&["udevadm"], &["info", "monitor", "test", "test-builtin", "verify", "cat", "help"], "trigger/control/settle act on devices"),
    ctl!(&["systemd-analyze"], &["time", "blame", "critical-chain", "dump", "plot", "dot", "unit-paths", "syscall-filter", "calendar", "timespan", "timestamp",
        "verify", "security", "condition", "cat-config", "unit-files", "inspect-elf", "fdstore", "image-policy", "pcrs", "srk", "has-tpm2", "architectures", "smbios11",
        "capability", "exit-status", "filesystems", "malloc", "help"], "mostly read-only inspection"),
    ctl!(&["coredumpctl"], &["list", "info", "dump", "help"], "`debug` starts gdb on a core dump"),
];
