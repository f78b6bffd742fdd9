//! Text editors. All have shell escapes (`:!`, `M-!`, `^T`); hardshell gives them no terminal,
//! so they are judged by the flags that run commands without one. Operands are files edited.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

/// Options of vi/vim and their ex/view/diff modes.
#[rustfmt::skip]
const VIM_FLAGS: &[Flag] = &[
    f(&["-c", "--cmd"], Val::Req, Eff::ExecValue), f(&["-U", "--remote-send"], Val::Req, Eff::ExecValue), f(&["--remote-expr"], Val::Req, Eff::ExecValue), f(&["-S", "-s", "-u"], Val::Req, Eff::ExecValue),
    f(&["-w", "-W", "--startuptime", "-i"], Val::Req, Eff::WriteValue),
    f(&["-t", "--servername"], Val::Req, Eff::None), f(&["--remote", "--remote-silent", "--remote-wait", "--remote-wait-silent", "--remote-tab", "--log"], Val::Req, Eff::None), f(&["-T"], Val::Req, Eff::None),
    f(&["-q", "-r", "-o", "-O", "-p", "-V"], Val::Opt, Eff::None),
    f(&["-Z"], Val::No, Eff::None),
    f(&["-L", "--clean"], Val::No, Eff::None), f(&["-h", "--literal"], Val::No, Eff::None), f(&["--noplugin", "--not-a-term", "--ttyfail", "--nofork", "--version", "--help", "--serverlist"], Val::No, Eff::None), f(&["-d", "-b", "-e", "-E", "-y", "-R", "-M", "-m", "-n", "-N", "-C", "-l", "-A", "-H", "-F", "-x", "-X", "-g", "-f", "-v", "-D"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: &["vim", "vi", "view", "vimdiff", "gvim", "gview", "rvim", "rview", "vimx", "evim", "eview", "gvimdiff"],
        class: Class::Interactive,
        pos: Pos::Write,
        gnu: false,
        flags: VIM_FLAGS,
        note: "-c/--cmd/-S run Ex commands (`:!sh`); `+CMD` operands do too and must be checked; -s reads Normal-mode keys from a file; -Z/rvim is restricted; with stdin piped, commands can come from it",
        ..Spec::D
    },
    Spec {
        names: &["nvim", "nvim-qt", "neovide"],
        class: Class::Interactive,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(&["-c", "--cmd"], Val::Req, Eff::ExecValue), f(&["-l", "--remote-send"], Val::Req, Eff::ExecValue), f(&["--remote-expr"], Val::Req, Eff::ExecValue), f(&["-S", "-s", "-u"], Val::Req, Eff::ExecValue),
            f(&["-W", "--startuptime"], Val::Req, Eff::WriteValue), f(&["-i", "--log"], Val::Req, Eff::WriteValue), f(&["-w"], Val::Req, Eff::WriteValue),
            f(&["--listen", "--server"], Val::Req, Eff::Net),
            f(&["-t", "--remote"], Val::Req, Eff::None), f(&["--remote-silent", "--remote-wait", "--remote-tab", "--remote-ui"], Val::Req, Eff::None),
            f(&["-o", "-O", "-p", "-r", "-V", "-q"], Val::Opt, Eff::None),
            f(&["-h", "--help"], Val::No, Eff::None), f(&["-v", "--version"], Val::No, Eff::None), f(&["--headless", "--embed", "-es", "-Es", "--clean", "--noplugin"], Val::No, Eff::None), f(&["-e", "-E", "-d", "-b", "-R", "-M", "-m", "-n", "-D", "-L", "-x"], Val::No, Eff::None),
        ],
        note: "-l SCRIPT runs Lua; --headless -c ... runs commands without a terminal; -es reads Ex commands from stdin",
        ..Spec::D
    },
    Spec {
        names: &["ex"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: VIM_FLAGS,
        note: "a scripted editor: Ex commands from stdin or -c/`+CMD` edit the operand files (and can run `!cmd`, `w FILE`)",
        ..Spec::D
    },
    Spec {
        names: &["ed", "red"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-p", "--prompt"], Val::Req, Eff::None),
            f(&["-s", "--quiet"], Val::No, Eff::None), f(&["-E", "--extended-regexp"], Val::No, Eff::None), f(&["-G", "--traditional"], Val::No, Eff::None), f(&["-l", "--loose-exit-status"], Val::No, Eff::None), f(&["-r", "--restricted"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["--silent"], Val::No, Eff::None),
        ],
        note: "a scripted editor: commands from stdin edit the operand file and include `!cmd` and `w FILE`; red is restricted to the current directory and has no `!`",
        ..Spec::D
    },
    Spec {
        names: &["nano", "rnano", "pico"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(&["-s", "--speller"], Val::Req, Eff::ExecValue),
            f(&["-C", "--backupdir"], Val::Req, Eff::WriteValue),
            f(&["-f", "--rcfile"], Val::Req, Eff::ReadValue),
            f(&["-o", "--operatingdir"], Val::Req, Eff::None), f(&["-Y", "--syntax"], Val::Req, Eff::None), f(&["-T", "--tabsize"], Val::Req, Eff::None), f(&["-r", "--fill"], Val::Req, Eff::None), f(&["-Q", "--quotestr"], Val::Req, Eff::None), f(&["-X", "--wordchars"], Val::Req, Eff::None), f(&["-J", "--guidestripe"], Val::Req, Eff::None),
        ],
        note: "^T runs the speller or a command (needs a terminal); `+LINE` operands are positions",
        ..Spec::D
    },
    Spec {
        names: &["emacs", "xemacs", "emacs-nox"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(&["-l", "--load"], Val::Req, Eff::ExecValue), f(&["-f", "--funcall"], Val::Req, Eff::ExecValue), f(&["-x", "--init-directory"], Val::Req, Eff::ExecValue), f(&["--eval", "-eval", "--execute", "-execute", "-load", "-funcall", "--script", "-script"], Val::Req, Eff::ExecValue),
            f(&["--file", "-file", "--find-file", "--visit", "-visit"], Val::Req, Eff::WriteValue),
            f(&["--insert", "-insert"], Val::Req, Eff::ReadValue),
            f(&["-u", "--user"], Val::Req, Eff::None), f(&["-L", "--directory"], Val::Req, Eff::None), f(&["-t", "--terminal"], Val::Req, Eff::None), f(&["-d", "--display"], Val::Req, Eff::None), f(&["-T", "--title"], Val::Req, Eff::None), f(&["--chdir", "--dump-file", "--fg", "--bg", "--name"], Val::Req, Eff::None),
            f(&["--daemon", "--fg-daemon", "--bg-daemon"], Val::Opt, Eff::None),
            f(&["-q", "--no-init-file"], Val::No, Eff::None), f(&["-Q", "--quick"], Val::No, Eff::None), f(&["--batch", "-batch", "-nw", "--no-window-system", "--no-site-file", "--no-splash", "--debug-init", "--version", "--help", "--kill"], Val::No, Eff::None),
        ],
        note: "--batch --eval/-l/-f run Emacs Lisp (shell-command ...); init files run at start unless -q; `+LINE` operands are positions",
        ..Spec::D
    },
    Spec {
        names: &["emacsclient"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(&["-e", "--eval"], Val::No, Eff::Shell),
            f(&["-a", "--alternate-editor"], Val::Req, Eff::ExecValue),
            f(&["-f", "--server-file"], Val::Req, Eff::ReadValue),
            f(&["-s", "--socket-name"], Val::Req, Eff::None), f(&["-w", "--timeout"], Val::Req, Eff::None), f(&["-d", "--display"], Val::Req, Eff::None), f(&["-T", "--tramp"], Val::Req, Eff::None), f(&["-F", "--frame-parameters"], Val::Req, Eff::None), f(&["--parent-id"], Val::Req, Eff::None),
            f(&["-c", "--create-frame"], Val::No, Eff::None), f(&["-t", "--tty"], Val::No, Eff::None), f(&["-n", "--no-wait"], Val::No, Eff::None), f(&["-u", "--suppress-output"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-r", "--reuse-frame"], Val::No, Eff::None), f(&["-H", "--help"], Val::No, Eff::None), f(&["-V", "--version"], Val::No, Eff::None), f(&["-nw"], Val::No, Eff::None),
        ],
        note: "with -e/--eval every operand is Lisp evaluated by the running Emacs server",
        ..Spec::D
    },
    Spec {
        names: &["micro", "hx", "helix", "kak", "joe", "jed", "mcedit", "ne", "mg", "zile", "kate", "gedit", "subl", "zed"],
        class: Class::Interactive,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(&["-e", "-f"], Val::Req, Eff::ExecValue),
            f(&["-c", "--config"], Val::Req, Eff::None), f(&["-config-dir", "-plugin"], Val::Req, Eff::None), f(&["-s", "-p"], Val::Req, Eff::None),
        ],
        note: "kak -e runs commands (`%sh{}`); micro runs shell commands from its command bar; helix `:sh`",
        ..Spec::D
    },
    Spec {
        names: &["xterm", "uxterm", "rxvt", "urxvt", "st", "xfce4-terminal", "gnome-terminal", "konsole", "alacritty", "kitty", "wezterm", "foot", "tilix", "terminator"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-x", "--command"], Val::No, Eff::Shell), f(&["--execute"], Val::No, Eff::Shell), f(&["-e"], Val::No, Eff::Shell),
            f(&["-display", "--display"], Val::Req, Eff::Net),
            f(&["-T", "-title"], Val::Req, Eff::None), f(&["-S", "--class"], Val::Req, Eff::None), f(&["-o", "--option"], Val::Req, Eff::None), f(&["--title", "-geometry", "-fn", "-fa", "-bg", "-fg", "-xrm", "-class", "-name", "--working-directory", "--config-file"], Val::Req, Eff::None),
            f(&["-hold", "--hold"], Val::No, Eff::None),
        ],
        note: "open a terminal window running a shell (or the -e command); -display HOST:N shows it on a remote X server",
        ..Spec::D
    },
    Spec {
        names: &["code", "code-insiders", "codium", "cursor", "windsurf"],
        class: Class::Interactive,
        pos: Pos::Write,
        flags: &[
            f(&["--install-extension", "--uninstall-extension"], Val::Req, Eff::Global),
            f(&["--extensions-dir", "--user-data-dir", "--profile", "--locale", "--log", "--sync", "--inspect-extensions", "--inspect-brk-extensions"], Val::Req, Eff::None),
            f(&["-d", "--diff"], Val::No, Eff::None), f(&["-m", "--merge"], Val::No, Eff::None), f(&["-g", "--goto"], Val::No, Eff::None), f(&["-a", "--add"], Val::No, Eff::None), f(&["-n", "--new-window"], Val::No, Eff::None), f(&["-r", "--reuse-window"], Val::No, Eff::None), f(&["-w", "--wait"], Val::No, Eff::None), f(&["-v", "--version"], Val::No, Eff::None), f(&["-h", "--help"], Val::No, Eff::None), f(&["-s", "--status"], Val::No, Eff::None), f(&["--remove", "--list-extensions", "--show-versions", "--disable-extensions"], Val::No, Eff::None),
        ],
        note: "opens a GUI editor; opening a workspace may run tasks/extensions it recommends; --install-extension installs third-party code; `code tunnel`/`serve-web` expose the machine",
        ..Spec::D
    },
];
