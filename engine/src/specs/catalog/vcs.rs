//! Version control besides git (see git.rs): the GitHub CLI, Mercurial, Subversion and tig.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Val};

#[rustfmt::skip]
const GH_FLAGS: &[Flag] = &[
    f(&["-R", "--repo"], Val::Req, Eff::None), f(&["-q", "--jq"], Val::Req, Eff::None), f(&["-t", "--template"], Val::Req, Eff::None), f(&["--hostname", "--json"], Val::Req, Eff::None),
    f(&["-b", "--body"], Val::Req, Eff::None), f(&["-a", "--assignee"], Val::Req, Eff::None), f(&["-l", "--label"], Val::Req, Eff::None), f(&["-m", "--milestone"], Val::Req, Eff::None), f(&["--title"], Val::Req, Eff::None),
    f(&["-B", "--base"], Val::Req, Eff::None), f(&["-H", "--head"], Val::Req, Eff::None), f(&["-r", "--reviewer"], Val::Req, Eff::None), f(&["-p", "--project"], Val::Req, Eff::None), f(&["-L", "--limit"], Val::Req, Eff::None),
    f(&["-s", "--state"], Val::Req, Eff::None), f(&["-S", "--search"], Val::Req, Eff::None), f(&["-A", "--author"], Val::Req, Eff::None), f(&["-c", "--commit"], Val::Req, Eff::None), f(&["--branch", "--workflow"], Val::Req, Eff::None),
    f(&["-F", "--body-file"], Val::Req, Eff::UploadValue), f(&["--notes-file"], Val::Req, Eff::UploadValue),
    f(&["-D", "--dir"], Val::Req, Eff::WriteValue),
    f(&["-O", "--output"], Val::Req, Eff::WriteValue),
];

#[rustfmt::skip]
static GH_SUBS: &[Spec] = &[
    Spec {
        names: &["pr", "issue", "run", "workflow", "label", "project", "cache", "ruleset", "search", "status",
            "browse", "org", "attestation", "variable", "agent-task", "preview", "copilot"],
        class: Class::Net,
        pos: Pos::Opaque,
        unknown_sub: Class::Net,
        flags: GH_FLAGS,
        note: "every subcommand talks to the GitHub API; `pr checkout` also rewrites the working tree",
        ..Spec::D
    },
    Spec {
        names: &["repo"],
        class: Class::Net,
        pos: Pos::Opaque,
        unknown_sub: Class::Net,
        flags: GH_FLAGS,
        subs: &[
            Spec {
                names: &["delete"],
                class: Class::Destroy,
                pos: Pos::Opaque,
                flags: GH_FLAGS,
                note: "deletes a GitHub repository",
                ..Spec::D
            },
            Spec { names: &["set-default"], class: Class::Write, pos: Pos::Opaque, flags: GH_FLAGS, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["release", "gist"],
        class: Class::Net,
        pos: Pos::Read,
        unknown_sub: Class::Net,
        flags: GH_FLAGS,
        note: "`release create/upload` and `gist create` upload the local files given as operands",
        ..Spec::D
    },
    Spec {
        names: &["api"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-F", "--field"], Val::Req, Eff::UploadValue), f(&["--input"], Val::Req, Eff::UploadValue),
            f(&["-f", "--raw-field"], Val::Req, Eff::None), f(&["-X", "--method"], Val::Req, Eff::None), f(&["-H", "--header"], Val::Req, Eff::None), f(&["-q", "--jq"], Val::Req, Eff::None), f(&["-t", "--template"], Val::Req, Eff::None), f(&["-p", "--preview"], Val::Req, Eff::None), f(&["--hostname", "--cache"], Val::Req, Eff::None),
        ],
        note: "-F key=@file and --input upload files; any method (DELETE) is allowed",
        ..Spec::D
    },
    Spec {
        names: &["auth"],
        class: Class::Net,
        pos: Pos::Opaque,
        unknown_sub: Class::Net,
        flags: &[f(&["-h", "--hostname"], Val::Req, Eff::None), f(&["-p", "--git-protocol"], Val::Req, Eff::None), f(&["-s", "--scopes"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None)],
        subs: &[
            Spec {
                names: &["token"],
                class: Class::Net,
                pos: Pos::Opaque,
                note: "prints the stored OAuth token (a secret)",
                ..Spec::D
            },
            Spec {
                names: &["setup-git"],
                class: Class::System,
                pos: Pos::Opaque,
                note: "writes the global git credential helper config",
                ..Spec::D
            },
            Spec { names: &["logout"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["extension", "ext", "extensions"],
        class: Class::Build,
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["list", "ls", "browse", "search"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
        ],
        note: "install/upgrade/exec fetch and run third-party code",
        ..Spec::D
    },
    Spec {
        names: &["secret"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--env-file"], Val::Req, Eff::UploadValue),
            f(&["-b", "--body"], Val::Req, Eff::None), f(&["-R", "--repo"], Val::Req, Eff::None), f(&["-e", "--env"], Val::Req, Eff::None), f(&["-o", "--org"], Val::Req, Eff::None), f(&["-v", "--visibility"], Val::Req, Eff::None), f(&["-r", "--repos"], Val::Req, Eff::None), f(&["-a", "--app"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["codespace", "cs"],
        class: Class::Net,
        pos: Pos::Opaque,
        note: "`codespace ssh/cp` reach a remote machine",
        ..Spec::D
    },
    Spec {
        names: &["alias"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[Spec { names: &["list", "ls"], pos: Pos::Opaque, ..Spec::D }],
        note: "`alias set --shell` defines a shell-command alias run by later `gh NAME`",
        ..Spec::D
    },
    Spec {
        names: &["config"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: &["get", "list", "ls"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["set", "clear-cache"],
                class: Class::Write,
                pos: Pos::Opaque,
                note: "`config set editor/pager/browser` chooses programs gh runs later",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec { names: &["help", "version", "completion", "reference", "licenses"], pos: Pos::Opaque, ..Spec::D },
];

#[rustfmt::skip]
const HG_FLAGS: &[Flag] = &[
    f(&["-R", "--repository"], Val::Req, Eff::None), f(&["--cwd", "--encoding", "--encodingmode", "--color", "--pager"], Val::Req, Eff::None),
    f(&["--config"], Val::Req, Eff::ExecValue),
    f(&["--config-file"], Val::Req, Eff::ExecValue),
    f(&["-e", "--ssh"], Val::Req, Eff::ExecValue), f(&["--remotecmd"], Val::Req, Eff::ExecValue),
    f(&["-r", "--rev"], Val::Req, Eff::None), f(&["-b", "--branch"], Val::Req, Eff::None), f(&["-I", "--include"], Val::Req, Eff::None), f(&["-X", "--exclude"], Val::Req, Eff::None), f(&["-l", "--limit"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-d", "--date"], Val::Req, Eff::None),
    f(&["--logfile"], Val::Req, Eff::ReadValue),
    f(&["-m", "--message"], Val::Req, Eff::None), f(&["-T", "--template"], Val::Req, Eff::None), f(&["-k", "--keyword"], Val::Req, Eff::None), f(&["-U", "--unified"], Val::Req, Eff::None), f(&["-t", "--tool"], Val::Req, Eff::None),
];

#[rustfmt::skip]
const SVN_FLAGS: &[Flag] = &[
    f(&["--config-option"], Val::Req, Eff::ExecValue),
    f(&["--editor-cmd", "--diff-cmd", "--diff3-cmd"], Val::Req, Eff::ExecValue),
    f(&["--config-dir"], Val::Req, Eff::ExecValue),
    f(&["-F", "--file"], Val::Req, Eff::ReadValue), f(&["--targets"], Val::Req, Eff::ReadValue),
    f(&["-m", "--message"], Val::Req, Eff::None), f(&["-r", "--revision"], Val::Req, Eff::None), f(&["-c", "--change"], Val::Req, Eff::None), f(&["--username", "--password"], Val::Req, Eff::None),
    f(&["-l", "--limit"], Val::Req, Eff::None), f(&["--depth", "--set-depth", "--accept", "--changelist", "--cl", "--search"], Val::Req, Eff::None),
    f(&["-x", "--extensions"], Val::Req, Eff::None), f(&["--encoding", "--with-revprop", "--native-eol", "--show-item", "--search-and"], Val::Req, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: &["gh"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: GH_SUBS,
        note: "unknown subcommands may be extensions or shell aliases",
        ..Spec::D
    },
    Spec {
        names: &["hg"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: HG_FLAGS,
        subs: &[
            Spec {
                names: &["status", "st", "log", "history", "diff", "annotate", "blame", "summary", "sum", "heads",
                    "branches", "identify", "id", "paths", "cat", "files", "manifest", "grep", "tags", "parents",
                    "root", "tip", "help", "version", "bookmarks", "bookmark", "branch", "export", "verify", "resolve"],
                pos: Pos::Opaque,
                flags: HG_FLAGS,
                note: "`bookmark NAME`/`branch NAME` create names; `resolve` can rewrite files",
                ..Spec::D
            },
            Spec {
                names: &["add", "addremove", "commit", "ci", "update", "up", "checkout", "co", "revert", "merge",
                    "rename", "move", "mv", "copy", "cp", "backout", "graft", "rebase", "histedit", "shelve", "unshelve",
                    "tag", "import", "amend", "forget", "init"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: HG_FLAGS,
                note: "commit/update run hooks from .hg/hgrc",
                ..Spec::D
            },
            Spec { names: &["remove", "rm"], class: Class::Delete, pos: Pos::Delete, flags: HG_FLAGS, ..Spec::D },
            Spec {
                names: &["purge", "clean", "strip", "prune"],
                class: Class::Delete,
                pos: Pos::Opaque,
                flags: HG_FLAGS,
                note: "deletes untracked files / history",
                ..Spec::D
            },
            Spec {
                names: &["pull", "push", "clone", "incoming", "in", "outgoing", "out", "serve", "fetch"],
                class: Class::Net,
                pos: Pos::Remote,
                flags: HG_FLAGS,
                ..Spec::D
            },
            Spec {
                names: &["config", "showconfig"],
                pos: Pos::Opaque,
                flags: HG_FLAGS,
                note: "--edit opens and writes the config",
                ..Spec::D
            },
        ],
        note: "--config can define hooks; commands may be abbreviated to unique prefixes",
        ..Spec::D
    },
    Spec {
        names: &["svn"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        flags: SVN_FLAGS,
        subs: &[
            Spec {
                names: &["status", "stat", "st", "info", "propget", "pget", "pg", "proplist", "plist", "pl", "help", "h", "?", "mergeinfo"],
                pos: Pos::Opaque,
                flags: SVN_FLAGS,
                ..Spec::D
            },
            Spec {
                names: &["log", "diff", "di", "cat", "list", "ls", "blame", "praise", "annotate", "ann"],
                class: Class::Net,
                pos: Pos::Opaque,
                flags: SVN_FLAGS,
                note: "usually contacts the repository server",
                ..Spec::D
            },
            Spec {
                names: &["checkout", "co", "update", "up", "commit", "ci", "export", "import", "switch", "sw",
                    "merge", "lock", "unlock", "relocate"],
                class: Class::Net,
                pos: Pos::Opaque,
                flags: SVN_FLAGS,
                note: "contacts the server and writes the working copy",
                ..Spec::D
            },
            Spec {
                names: &["add", "move", "mv", "rename", "ren", "copy", "cp", "revert", "cleanup", "resolve",
                    "resolved", "mkdir", "propset", "pset", "ps", "propdel", "pdel", "pd", "propedit", "pedit", "pe",
                    "changelist", "cl", "patch", "upgrade"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: SVN_FLAGS,
                ..Spec::D
            },
            Spec {
                names: &["delete", "del", "remove", "rm"],
                class: Class::Delete,
                pos: Pos::Delete,
                flags: SVN_FLAGS,
                ..Spec::D
            },
        ],
        note: "--config-dir/--config-option can set tunnel (ssh) and editor commands",
        ..Spec::D
    },
    Spec {
        names: &["tig"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        note: "user-defined keybindings can run shell commands; `tig status` can stage and commit",
        ..Spec::D
    },
];
