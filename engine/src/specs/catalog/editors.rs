//! Text editors. All have shell escapes (`:!`, `M-!`, `^T`); hardshell gives them no terminal,
//! so they are judged by the flags that run commands without one. Operands are files edited.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Val};

/// Options of vi/vim and their ex/view/diff modes.
#[rustfmt::skip]
const VIM_FLAGS: &[Flag] = &[
    f(names!["-c", "--cmd"], Val::Req, Eff::ExecValue), f(names!["-U", "--remote-send"], Val::Req, Eff::ExecValue), f(names!["--remote-expr"], Val::Req, Eff::ExecValue), f(names!["-S", "-s", "-u"], Val::Req, Eff::ExecValue),
    f(names!["-w", "-W", "--startuptime", "-i"], Val::Req, Eff::WriteValue),
    f(names!["-t", "--servername"], Val::Req, Eff::None), f(names!["--remote", "--remote-silent", "--remote-wait", "--remote-wait-silent", "--remote-tab", "--log"], Val::Req, Eff::None), f(names!["-T"], Val::Req, Eff::None),
    f(names!["-q", "-r", "-o", "-O", "-p", "-V"], Val::Opt, Eff::None),
    f(names!["-Z"], Val::No, Eff::None),
    f(names!["-L", "--clean"], Val::No, Eff::None), f(names!["-h", "--literal"], Val::No, Eff::None), f(names!["--noplugin", "--not-a-term", "--ttyfail", "--nofork", "--version", "--help", "--serverlist"], Val::No, Eff::None), f(names!["-d", "-b", "-e", "-E", "-y", "-R", "-M", "-m", "-n", "-N", "-C", "-l", "-A", "-H", "-F", "-x", "-X", "-g", "-f", "-v", "-D"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: names!["vim", "vi", "view", "vimdiff", "gvim", "gview", "rvim", "rview", "vimx", "evim", "eview", "gvimdiff"],
        class: Class::Interactive,
        pos: Pos::Write,
        gnu: false,
        flags: VIM_FLAGS,
        note: "-c/--cmd/-S run Ex commands (`:!sh`); `+CMD` operands do too and must be checked; -s reads Normal-mode keys from a file; -Z/rvim is restricted; with stdin piped, commands can come from it",
        ..Spec::D
    },
    Spec {
        names: names!["nvim", "nvim-qt", "neovide"],
        class: Class::Interactive,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(names!["-c", "--cmd"], Val::Req, Eff::ExecValue), f(names!["-l", "--remote-send"], Val::Req, Eff::ExecValue), f(names!["--remote-expr"], Val::Req, Eff::ExecValue), f(names!["-S", "-s", "-u"], Val::Req, Eff::ExecValue),
            f(names!["-W", "--startuptime"], Val::Req, Eff::WriteValue), f(names!["-i", "--log"], Val::Req, Eff::WriteValue), f(names!["-w"], Val::Req, Eff::WriteValue),
            f(names!["--listen", "--server"], Val::Req, Eff::Net),
            f(names!["-t", "--remote"], Val::Req, Eff::None), f(names!["--remote-silent", "--remote-wait", "--remote-tab", "--remote-ui"], Val::Req, Eff::None),
            f(names!["-o", "-O", "-p", "-r", "-V", "-q"], Val::Opt, Eff::None),
            f(names!["-h", "--help"], Val::No, Eff::None), f(names!["-v", "--version"], Val::No, Eff::None), f(names!["--headless", "--embed", "-es", "-Es", "--clean", "--noplugin"], Val::No, Eff::None), f(names!["-e", "-E", "-d", "-b", "-R", "-M", "-m", "-n", "-D", "-L", "-x"], Val::No, Eff::None),
        ],
        note: "-l SCRIPT runs Lua; --headless -c ... runs commands without a terminal; -es reads Ex commands from stdin",
        ..Spec::D
    },
    Spec {
        names: names!["ex"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: VIM_FLAGS,
        note: "a scripted editor: Ex commands from stdin or -c/`+CMD` edit the operand files (and can run `!cmd`, `w FILE`)",
        ..Spec::D
    },
    Spec {
        names: names!["ed", "red"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-p", "--prompt"], Val::Req, Eff::None),
            f(names!["-s", "--quiet"], Val::No, Eff::None), f(names!["-E", "--extended-regexp"], Val::No, Eff::None), f(names!["-G", "--traditional"], Val::No, Eff::None), f(names!["-l", "--loose-exit-status"], Val::No, Eff::None), f(names!["-r", "--restricted"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["--silent"], Val::No, Eff::None),
        ],
        note: "a scripted editor: commands from stdin edit the operand file and include `!cmd` and `w FILE`; red is restricted to the current directory and has no `!`",
        ..Spec::D
    },
    Spec {
        names: names!["nano", "rnano", "pico"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(names!["-s", "--speller"], Val::Req, Eff::ExecValue),
            f(names!["-C", "--backupdir"], Val::Req, Eff::WriteValue),
            f(names!["-f", "--rcfile"], Val::Req, Eff::ReadValue),
            f(names!["-o", "--operatingdir"], Val::Req, Eff::None), f(names!["-Y", "--syntax"], Val::Req, Eff::None), f(names!["-T", "--tabsize"], Val::Req, Eff::None), f(names!["-r", "--fill"], Val::Req, Eff::None), f(names!["-Q", "--quotestr"], Val::Req, Eff::None), f(names!["-X", "--wordchars"], Val::Req, Eff::None), f(names!["-J", "--guidestripe"], Val::Req, Eff::None),
        ],
        note: "^T runs the speller or a command (needs a terminal); `+LINE` operands are positions",
        ..Spec::D
    },
    Spec {
        names: names!["emacs", "xemacs", "emacs-nox"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(names!["-l", "--load"], Val::Req, Eff::ExecValue), f(names!["-f", "--funcall"], Val::Req, Eff::ExecValue), f(names!["-x", "--init-directory"], Val::Req, Eff::ExecValue), f(names!["--eval", "-eval", "--execute", "-execute", "-load", "-funcall", "--script", "-script"], Val::Req, Eff::ExecValue),
            f(names!["--file", "-file", "--find-file", "--visit", "-visit"], Val::Req, Eff::WriteValue),
            f(names!["--insert", "-insert"], Val::Req, Eff::ReadValue),
            f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-L", "--directory"], Val::Req, Eff::None), f(names!["-t", "--terminal"], Val::Req, Eff::None), f(names!["-d", "--display"], Val::Req, Eff::None), f(names!["-T", "--title"], Val::Req, Eff::None), f(names!["--chdir", "--dump-file", "--fg", "--bg", "--name"], Val::Req, Eff::None),
            f(names!["--daemon", "--fg-daemon", "--bg-daemon"], Val::Opt, Eff::None),
            f(names!["-q", "--no-init-file"], Val::No, Eff::None), f(names!["-Q", "--quick"], Val::No, Eff::None), f(names!["--batch", "-batch", "-nw", "--no-window-system", "--no-site-file", "--no-splash", "--debug-init", "--version", "--help", "--kill"], Val::No, Eff::None),
        ],
        note: "--batch --eval/-l/-f run Emacs Lisp (shell-command ...); init files run at start unless -q; `+LINE` operands are positions",
        ..Spec::D
    },
    Spec {
        names: names!["emacsclient"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(names!["-e", "--eval"], Val::No, Eff::Shell),
            f(names!["-a", "--alternate-editor"], Val::Req, Eff::ExecValue),
            f(names!["-f", "--server-file"], Val::Req, Eff::ReadValue),
            f(names!["-s", "--socket-name"], Val::Req, Eff::None), f(names!["-w", "--timeout"], Val::Req, Eff::None), f(names!["-d", "--display"], Val::Req, Eff::None), f(names!["-T", "--tramp"], Val::Req, Eff::None), f(names!["-F", "--frame-parameters"], Val::Req, Eff::None), f(names!["--parent-id"], Val::Req, Eff::None),
            f(names!["-c", "--create-frame"], Val::No, Eff::None), f(names!["-t", "--tty"], Val::No, Eff::None), f(names!["-n", "--no-wait"], Val::No, Eff::None), f(names!["-u", "--suppress-output"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-r", "--reuse-frame"], Val::No, Eff::None), f(names!["-H", "--help"], Val::No, Eff::None), f(names!["-V", "--version"], Val::No, Eff::None), f(names!["-nw"], Val::No, Eff::None),
        ],
        note: "with -e/--eval every operand is Lisp evaluated by the running Emacs server",
        ..Spec::D
    },
    Spec {
        names: names!["micro", "hx", "helix", "kak", "joe", "jed", "mcedit", "ne", "mg", "zile", "kate", "gedit", "subl", "zed"],
        class: Class::Interactive,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(names!["-e", "-f"], Val::Req, Eff::ExecValue),
            f(names!["-c", "--config"], Val::Req, Eff::None), f(names!["-config-dir", "-plugin"], Val::Req, Eff::None), f(names!["-s", "-p"], Val::Req, Eff::None),
        ],
        note: "kak -e runs commands (`%sh{}`); micro runs shell commands from its command bar; helix `:sh`",
        ..Spec::D
    },
    Spec {
        names: names!["xterm", "uxterm", "rxvt", "urxvt", "st", "xfce4-terminal", "gnome-terminal", "konsole", "alacritty", "kitty", "wezterm", "foot", "tilix", "terminator"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-x", "--command"], Val::No, Eff::Shell), f(names!["--execute"], Val::No, Eff::Shell), f(names!["-e"], Val::No, Eff::Shell),
            f(names!["-display", "--display"], Val::Req, Eff::Net),
            f(names!["-T", "-title"], Val::Req, Eff::None), f(names!["-S", "--class"], Val::Req, Eff::None), f(names!["-o", "--option"], Val::Req, Eff::None), f(names!["--title", "-geometry", "-fn", "-fa", "-bg", "-fg", "-xrm", "-class", "-name", "--working-directory", "--config-file"], Val::Req, Eff::None),
            f(names!["-hold", "--hold"], Val::No, Eff::None),
        ],
        note: "open a terminal window running a shell (or the -e command); -display HOST:N shows it on a remote X server",
        ..Spec::D
    },
    Spec {
        names: names!["code", "code-insiders", "codium", "cursor", "windsurf"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(names!["--install-extension", "--uninstall-extension"], Val::Req, Eff::Global),
            f(names!["--extensions-dir", "--user-data-dir", "--profile", "--locale", "--log", "--sync", "--inspect-extensions", "--inspect-brk-extensions"], Val::Req, Eff::None),
            f(names!["-d", "--diff"], Val::No, Eff::None), f(names!["-m", "--merge"], Val::No, Eff::None), f(names!["-g", "--goto"], Val::No, Eff::None), f(names!["-a", "--add"], Val::No, Eff::None), f(names!["-n", "--new-window"], Val::No, Eff::None), f(names!["-r", "--reuse-window"], Val::No, Eff::None), f(names!["-w", "--wait"], Val::No, Eff::None), f(names!["-v", "--version"], Val::No, Eff::None), f(names!["-h", "--help"], Val::No, Eff::None), f(names!["-s", "--status"], Val::No, Eff::None), f(names!["--remove", "--list-extensions", "--show-versions", "--disable-extensions"], Val::No, Eff::None),
        ],
        note: "opens a GUI editor; opening a workspace may run tasks/extensions it recommends; --install-extension installs third-party code; `code tunnel`/`serve-web` expose the machine",
        ..Spec::D
    },
];
