//! git: the porcelain and plumbing subcommands an agent meets, with the flags that run
//! programs, force, delete, write outside the repository or reach the network.

use crate::specs::{f, Class, Eff, Pos, Spec, Special, Val};

/// Diff options accepted by `git diff`, `log`, `show`, `stash show`, `range-diff`, ... followed
/// by the subcommand's own flags.
#[rustfmt::skip]
macro_rules! diff_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(&["--output"], Val::Req, Eff::WriteValue),
            f(&["--ext-diff"], Val::No, Eff::Build),
            f(&["--textconv"], Val::No, Eff::Build),
            f(&["-O"], Val::Req, Eff::ReadValue),
            f(&["-U", "--unified"], Val::Opt, Eff::None),
            f(&["-X", "--relative"], Val::Opt, Eff::None), f(&["--stat", "--dirstat", "--submodule", "--abbrev"], Val::Opt, Eff::None),
            f(&["-M", "--find-renames"], Val::Opt, Eff::None), f(&["-C", "--find-copies"], Val::Opt, Eff::None), f(&["-B", "--break-rewrites"], Val::Opt, Eff::None),
            f(&["--color", "--word-diff", "--color-moved", "--ignore-submodules", "--color-words"], Val::Opt, Eff::None),
            f(&["--color-moved-ws", "--ws-error-highlight", "--word-diff-regex"], Val::Req, Eff::None),
            f(&["--src-prefix", "--dst-prefix", "--line-prefix"], Val::Req, Eff::None),
            f(&["--output-indicator-new", "--output-indicator-old", "--output-indicator-context"], Val::Req, Eff::None),
            f(&["--diff-algorithm", "--anchored", "--diff-filter", "--find-object"], Val::Req, Eff::None),
            f(&["--stat-width", "--stat-name-width", "--stat-count", "--stat-graph-width"], Val::Req, Eff::None),
            f(&["-S", "-G", "-I", "--ignore-matching-lines", "-l"], Val::Req, Eff::None),
            f(&["--rotate-to", "--skip-to", "--inter-hunk-context"], Val::Req, Eff::None),
            $($extra),*
        ]
    };
}

/// Commit-listing options of `git log`, `show`, `shortlog`, `whatchanged`, `rev-list`.
#[rustfmt::skip]
macro_rules! log_flags {
    () => {
        diff_flags![
            f(&["-n", "--max-count"], Val::Req, Eff::None), f(&["--skip", "--since", "--after", "--until", "--before"], Val::Req, Eff::None),
            f(&["--author", "--committer", "--grep", "--grep-reflog", "--min-parents", "--max-parents"], Val::Req, Eff::None),
            f(&["-L", "--encoding"], Val::Req, Eff::None), f(&["--format", "--date", "--glob", "--exclude", "--since-as-filter"], Val::Req, Eff::None),
            f(&["--decorate-refs", "--decorate-refs-exclude"], Val::Req, Eff::None),
            f(&["--pretty", "--decorate", "--notes", "--show-notes", "--branches", "--tags", "--remotes"], Val::Opt, Eff::None),
            f(&["--expand-tabs", "--show-linear-break"], Val::Opt, Eff::None),
        ]
    };
}

#[rustfmt::skip]
static GIT_SUBS: &[Spec] = &[
    // ---- reading
    Spec {
        names: &["status"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-u", "--untracked-files"], Val::Opt, Eff::None), f(&["--ignore-submodules", "--ignored", "--column"], Val::Opt, Eff::None),
            f(&["-M", "--find-renames"], Val::Opt, Eff::None),
        ],
        note: "may run core.fsmonitor (config) and refresh the index",
        ..Spec::D
    },
    Spec { names: &["log", "whatchanged"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
    Spec { names: &["show"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
    Spec {
        names: &["diff"],
        flags: diff_flags![],
        note: "operands are revisions or paths; --no-index compares any two paths",
        ..Spec::D
    },
    Spec { names: &["range-diff"], pos: Pos::Opaque, flags: diff_flags![
        f(&["--creation-factor"], Val::Req, Eff::None),
    ], ..Spec::D },
    Spec {
        names: &["blame", "annotate"],
        flags: &[
            f(&["-L"], Val::Req, Eff::None),
            f(&["-S"], Val::Req, Eff::ReadValue),
            f(&["--contents"], Val::Req, Eff::ReadValue),
            f(&["--ignore-revs-file"], Val::Req, Eff::ReadValue),
            f(&["--ignore-rev", "--date"], Val::Req, Eff::None),
            f(&["-C", "-M", "--abbrev"], Val::Opt, Eff::None),
            f(&["--textconv"], Val::No, Eff::Build),
        ],
        ..Spec::D
    },
    Spec {
        names: &["shortlog"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--group", "--format"], Val::Req, Eff::None),
            f(&["-w"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["ls-files"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-x", "--exclude"], Val::Req, Eff::None), f(&["--exclude-per-directory", "--with-tree", "--format"], Val::Req, Eff::None),
            f(&["-X", "--exclude-from"], Val::Req, Eff::ReadValue),
            f(&["--abbrev"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["ls-tree"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--format"], Val::Req, Eff::None),
            f(&["--abbrev"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["grep"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-O", "--open-files-in-pager"], Val::Opt, Eff::ExecValue),
            f(&["--textconv"], Val::No, Eff::Build),
            f(&["-e"], Val::Req, Eff::None),
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-A", "--after-context"], Val::Req, Eff::None), f(&["-B", "--before-context"], Val::Req, Eff::None), f(&["-C", "--context"], Val::Req, Eff::None),
            f(&["-m", "--max-count"], Val::Req, Eff::None), f(&["--threads", "--max-depth"], Val::Req, Eff::None),
            f(&["--color"], Val::Opt, Eff::None),
        ],
        note: "-O opens the matching files in a pager (core.pager or the given command)",
        ..Spec::D
    },
    Spec {
        names: &["describe"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--match", "--exclude", "--candidates"], Val::Req, Eff::None),
            f(&["--abbrev", "--dirty", "--broken"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["rev-parse"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--default", "--prefix", "--git-path", "--resolve-git-dir", "--path-format"], Val::Req, Eff::None),
            f(&["--short", "--abbrev-ref", "--disambiguate", "--show-object-format"], Val::Opt, Eff::None),
            f(&["--since", "--after", "--until", "--before"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["rev-list"],
        pos: Pos::Opaque,
        flags: log_flags!(),
        ..Spec::D
    },
    Spec {
        names: &["for-each-ref", "show-ref", "name-rev", "merge-base", "cherry", "count-objects", "var",
            "check-ignore", "check-attr", "check-ref-format", "verify-pack", "fsck", "show-branch",
            "cat-file", "column", "stripspace", "version", "help", "diff-tree",
            "diff-files", "diff-index", "get-tar-commit-id", "verify-commit", "verify-tag", "fsck-objects",
            "unpack-file", "show-index", "merge-tree", "hash-object", "mktree", "patch-id", "for-each-repo"],
        pos: Pos::Opaque,
        flags: &[
            f(&["--format", "--sort", "--points-at", "--contains", "--no-contains", "--merged", "--no-merged", "--count"], Val::Req, Eff::None),
            f(&["--textconv", "--filters"], Val::No, Eff::Build),
            f(&["--abbrev"], Val::Opt, Eff::None),
            f(&["-w", "--web"], Val::No, Eff::None),
        ],
        note: "plumbing and read-only porcelain; cat-file --textconv/--filters run configured programs; `hash-object -w` only adds an object",
        ..Spec::D
    },
    // ---- index and working tree
    Spec {
        names: &["add", "stage"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["--chmod"], Val::Req, Eff::None),
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(&["-f", "--force"], Val::No, Eff::None),
        ],
        note: "writes the index; -f adds ignored files; -e/-p/-i are interactive",
        ..Spec::D
    },
    Spec {
        names: &["rm"],
        class: Class::Delete,
        pos: Pos::Delete,
        flags: &[
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(&["-f", "--force"], Val::No, Eff::None), f(&["-r", "--cached"], Val::No, Eff::None),
        ],
        note: "--cached only removes from the index and keeps the files",
        ..Spec::D
    },
    Spec { names: &["mv"], class: Class::Write, pos: Pos::ReadThenWrite, ..Spec::D },
    Spec {
        names: &["restore"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-s", "--source"], Val::Req, Eff::None), f(&["--conflict"], Val::Req, Eff::None),
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
        ],
        note: "overwrites working-tree files: uncommitted changes to them are lost",
        ..Spec::D
    },
    Spec {
        names: &["checkout"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-B", "--orphan"], Val::Req, Eff::None), f(&["--conflict"], Val::Req, Eff::None), f(&["-b"], Val::Req, Eff::None),
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(&["-t", "--track"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::Force),
        ],
        note: "`checkout -- PATHS` / `checkout .` discard uncommitted changes",
        ..Spec::D
    },
    Spec {
        names: &["switch"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-c", "--create"], Val::Req, Eff::None), f(&["-C", "--force-create"], Val::Req, Eff::None), f(&["--orphan", "--conflict"], Val::Req, Eff::None),
            f(&["-t", "--track"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::Force), f(&["--discard-changes"], Val::No, Eff::Force),
        ],
        ..Spec::D
    },
    Spec {
        names: &["reset"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["--hard"], Val::No, Eff::Force),
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
        ],
        note: "--hard discards uncommitted changes; --keep/--merge refuse to",
        ..Spec::D
    },
    Spec {
        names: &["clean"],
        class: Class::Delete,
        pos: Pos::Delete,
        flags: &[
            f(&["-f", "--force"], Val::No, Eff::Force),
            f(&["-e", "--exclude"], Val::Req, Eff::None),
            f(&["-n", "--dry-run"], Val::No, Eff::None), f(&["-i", "--interactive"], Val::No, Eff::None), f(&["-d", "-x", "-X"], Val::No, Eff::None),
        ],
        note: "deletes untracked files (-x: ignored ones too, e.g. .env); without -f git refuses (clean.requireForce); -n only lists",
        ..Spec::D
    },
    Spec {
        names: &["stash"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: &[
            f(&["-m", "--message"], Val::Req, Eff::None),
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
        ],
        subs: &[
            Spec {
                names: &["push", "save"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[
                    f(&["-m", "--message"], Val::Req, Eff::None),
                    f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
                ],
                ..Spec::D
            },
            Spec { names: &["pop", "apply", "branch", "store", "create"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["list"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
            Spec { names: &["show"], pos: Pos::Opaque, flags: diff_flags![], ..Spec::D },
            Spec {
                names: &["drop"],
                class: Class::Delete,
                pos: Pos::Opaque,
                note: "a dropped stash is only recoverable by hunting dangling commits",
                ..Spec::D
            },
            Spec {
                names: &["clear"],
                class: Class::Destroy,
                pos: Pos::Opaque,
                note: "drops every stash at once",
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    // ---- history
    Spec {
        names: &["commit"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-m", "--message"], Val::Req, Eff::None), f(&["-C", "--reuse-message"], Val::Req, Eff::None), f(&["-c", "--reedit-message"], Val::Req, Eff::None),
            f(&["--fixup", "--squash", "--author", "--date", "--cleanup", "--trailer"], Val::Req, Eff::None),
            f(&["-F", "--file"], Val::Req, Eff::ReadValue),
            f(&["-t", "--template"], Val::Req, Eff::ReadValue),
            f(&["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(&["-u", "--untracked-files"], Val::Opt, Eff::None), f(&["-S", "--gpg-sign"], Val::Opt, Eff::None),
            f(&["-n", "--no-verify"], Val::No, Eff::None),
        ],
        note: "runs the pre-commit/commit-msg hooks (.git/hooks or core.hooksPath); -n skips them",
        ..Spec::D
    },
    Spec {
        names: &["branch"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-d", "--delete"], Val::No, Eff::Delete),
            f(&["-D"], Val::No, Eff::Force), f(&["-f", "--force"], Val::No, Eff::Force),
            f(&["-u", "--set-upstream-to"], Val::Req, Eff::None), f(&["--sort", "--format", "--points-at", "--contains", "--no-contains", "--merged", "--no-merged"], Val::Req, Eff::None),
            f(&["-t", "--track"], Val::Opt, Eff::None), f(&["--abbrev", "--color", "--column"], Val::Opt, Eff::None),
            f(&["-M", "--move"], Val::No, Eff::None), f(&["-C", "--copy"], Val::No, Eff::None), f(&["--edit-description", "--unset-upstream"], Val::No, Eff::None), f(&["-m", "-c"], Val::No, Eff::None),
        ],
        note: "Read for the usual listing; `branch NAME [START]`, -m/-c (rename/copy) and --edit-description write refs or config (a harmless repository write); -D force-deletes unmerged work",
        ..Spec::D
    },
    Spec {
        names: &["tag"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-d", "--delete"], Val::No, Eff::Delete),
            f(&["-f", "--force"], Val::No, Eff::Force),
            f(&["-m", "--message"], Val::Req, Eff::None), f(&["-u", "--local-user"], Val::Req, Eff::None), f(&["--sort", "--format", "--cleanup", "--points-at", "--trailer", "--contains", "--no-contains", "--merged", "--no-merged"], Val::Req, Eff::None),
            f(&["-F", "--file"], Val::Req, Eff::ReadValue),
            f(&["-n", "--color"], Val::Opt, Eff::None), f(&["--column"], Val::Opt, Eff::None),
        ],
        note: "Read for the usual listing; `tag NAME` / -a / -s create a tag (a harmless repository write)",
        ..Spec::D
    },
    Spec {
        names: &["rebase"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-x", "--exec"], Val::Req, Eff::ExecValue),
            f(&["-s", "--strategy"], Val::Req, Eff::None), f(&["-X", "--strategy-option"], Val::Req, Eff::None), f(&["--onto", "--whitespace", "--empty"], Val::Req, Eff::None), f(&["-C"], Val::Req, Eff::None),
            f(&["-S", "--gpg-sign"], Val::Opt, Eff::None), f(&["-r", "--rebase-merges"], Val::Opt, Eff::None), f(&["--fork-point"], Val::Opt, Eff::None),
        ],
        note: "rewrites history (recoverable from the reflog); -i runs sequence.editor",
        ..Spec::D
    },
    Spec {
        names: &["merge"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-s", "--strategy"], Val::Req, Eff::None), f(&["-X", "--strategy-option"], Val::Req, Eff::None), f(&["-m", "--cleanup"], Val::Req, Eff::None), f(&["--into-name"], Val::Req, Eff::None),
            f(&["-F", "--file"], Val::Req, Eff::ReadValue),
            f(&["-S", "--gpg-sign"], Val::Opt, Eff::None), f(&["--log"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["cherry-pick", "revert"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-m", "--mainline"], Val::Req, Eff::None), f(&["-X", "--strategy-option"], Val::Req, Eff::None), f(&["--strategy", "--cleanup"], Val::Req, Eff::None),
            f(&["-S", "--gpg-sign"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["apply"],
        class: Class::Write,
        flags: &[
            f(&["-C", "--exclude"], Val::Req, Eff::None), f(&["--directory", "--include", "--whitespace"], Val::Req, Eff::None), f(&["-p"], Val::Req, Eff::None),
            f(&["--build-fake-ancestor"], Val::Req, Eff::WriteValue),
            f(&["--unsafe-paths"], Val::No, Eff::Global),
        ],
        note: "operands are patch files read; the paths written come from the patch (--check/--stat only read)",
        ..Spec::D
    },
    Spec {
        names: &["am"],
        class: Class::Write,
        flags: &[
            f(&["-C", "--exclude"], Val::Req, Eff::None), f(&["--include", "--directory", "--whitespace"], Val::Req, Eff::None), f(&["-p"], Val::Req, Eff::None),
            f(&["--patch-format", "--resolvemsg", "--quoted-cr", "--empty"], Val::Req, Eff::None),
            f(&["-S", "--gpg-sign"], Val::Opt, Eff::None),
        ],
        note: "runs the applypatch-msg/pre-applypatch/post-applypatch hooks",
        ..Spec::D
    },
    Spec {
        names: &["format-patch"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: diff_flags![
            f(&["-o", "--output-directory"], Val::Req, Eff::WriteValue),
            f(&["--signature-file"], Val::Req, Eff::ReadValue),
            f(&["--subject-prefix", "--to", "--cc", "--in-reply-to", "--signature", "--suffix"], Val::Req, Eff::None),
            f(&["-v", "--reroll-count"], Val::Req, Eff::None), f(&["--base", "--add-header", "--filename-max-length"], Val::Req, Eff::None),
            f(&["--interdiff", "--range-diff", "--creation-factor", "--description-file"], Val::Req, Eff::None),
            f(&["--from", "--thread", "--attach", "--inline", "--cover-from-description"], Val::Opt, Eff::None),
        ],
        note: "writes NNNN-*.patch into the current directory unless --stdout",
        ..Spec::D
    },
    Spec {
        names: &["notes"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: &[f(&["--ref"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: &["list", "show", "get-ref"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["add", "copy", "append", "edit", "merge", "remove", "prune"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[
                    f(&["-m", "--message"], Val::Req, Eff::None), f(&["-C", "--reuse-message"], Val::Req, Eff::None), f(&["-c", "--reedit-message"], Val::Req, Eff::None), f(&["-s", "--strategy"], Val::Req, Eff::None),
                    f(&["-F", "--file"], Val::Req, Eff::ReadValue),
                ],
                ..Spec::D
            },
        ],
        note: "without a subcommand lists notes",
        ..Spec::D
    },
    Spec {
        names: &["filter-branch"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["--env-filter", "--tree-filter", "--index-filter", "--parent-filter"], Val::Req, Eff::ExecValue),
            f(&["--msg-filter", "--commit-filter", "--tag-name-filter"], Val::Req, Eff::ExecValue),
            f(&["-d", "--state-branch"], Val::Req, Eff::None), f(&["--subdirectory-filter", "--prune-empty", "--original", "--setup"], Val::Req, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::Force),
        ],
        note: "rewrites every commit; the filters are shell snippets",
        ..Spec::D
    },
    Spec {
        names: &["replace", "update-index", "update-ref", "symbolic-ref", "read-tree", "write-tree",
            "commit-tree", "mktag", "fast-import", "unpack-objects", "pack-refs", "rerere", "merge-file",
            "checkout-index", "sparse-checkout", "interpret-trailers", "mailsplit", "mailinfo", "multi-pack-index",
            "commit-graph", "index-pack", "pack-objects", "prune-packed", "fast-export", "bugreport", "diagnose",
            "refs", "backfill", "repo"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["--in-place"], Val::No, Eff::InPlace),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--output-directory"], Val::Req, Eff::WriteValue),
            f(&["-d", "--delete"], Val::No, Eff::Delete),
        ],
        note: "plumbing that writes refs, the index or objects; `interpret-trailers --in-place` edits files",
        ..Spec::D
    },
    Spec {
        names: &["hook"],
        class: Class::Build,
        pos: Pos::Opaque,
        note: "`git hook run NAME` runs a repository hook",
        ..Spec::D
    },
    // ---- maintenance
    Spec {
        names: &["gc"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[f(&["--prune"], Val::Opt, Eff::Force)],
        note: "--prune=now drops unreachable objects immediately (no more recovery from the reflog)",
        ..Spec::D
    },
    Spec {
        names: &["prune", "repack"],
        class: Class::Delete,
        pos: Pos::Opaque,
        flags: &[
            f(&["--expire", "--window", "--depth", "--max-pack-size"], Val::Req, Eff::None),
            f(&["-d"], Val::No, Eff::None),
        ],
        note: "drops unreachable objects (irreversible)",
        ..Spec::D
    },
    Spec {
        names: &["reflog"],
        pos: Pos::Opaque,
        unknown_sub: Class::Read,
        flags: log_flags!(),
        subs: &[
            Spec { names: &["show", "list", "exists"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
            Spec {
                names: &["expire", "delete", "drop"],
                class: Class::Delete,
                pos: Pos::Opaque,
                flags: &[
                    f(&["--expire", "--expire-unreachable"], Val::Req, Eff::Force),
                    f(&["--all"], Val::No, Eff::Force),
                ],
                note: "removes the recovery points for rewritten history",
                ..Spec::D
            },
        ],
        note: "`git reflog REF` is `git reflog show REF`",
        ..Spec::D
    },
    Spec {
        names: &["maintenance"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec {
                names: &["start", "register", "unregister", "stop"],
                class: Class::System,
                pos: Pos::Opaque,
                note: "installs or removes cron/systemd/launchd schedules and edits the global config",
                ..Spec::D
            },
            Spec { names: &["run"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["worktree"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: &["list"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["add"],
                class: Class::Write,
                pos: Pos::Write,
                flags: &[
                    f(&["-b", "-B", "--reason"], Val::Req, Eff::None),
                    f(&["-f", "--force"], Val::No, Eff::None),
                ],
                note: "the first operand is the new worktree directory, the second a commit-ish",
                ..Spec::D
            },
            Spec {
                names: &["remove"],
                class: Class::Delete,
                pos: Pos::Delete,
                flags: &[f(&["-f", "--force"], Val::No, Eff::Force)],
                note: "--force also deletes uncommitted changes in that worktree",
                ..Spec::D
            },
            Spec {
                names: &["move"],
                class: Class::Write,
                pos: Pos::ReadThenWrite,
                flags: &[f(&["-f", "--force"], Val::No, Eff::Force)],
                ..Spec::D
            },
            Spec {
                names: &["prune", "lock", "unlock", "repair"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[f(&["--reason", "--expire"], Val::Req, Eff::None)],
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: &["bisect"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec {
                names: &["run"],
                class: Class::Build,
                pos: Pos::Command,
                note: "runs the given command on each candidate commit (and checks out revisions); stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec { names: &["log", "visualize", "view", "terms"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["replay"], class: Class::Write, ..Spec::D },
            Spec {
                names: &["start", "bad", "good", "new", "old", "skip", "reset"],
                class: Class::Write,
                pos: Pos::Opaque,
                ..Spec::D
            },
        ],
        note: "checks out revisions in the working tree",
        ..Spec::D
    },
    // ---- configuration
    Spec {
        names: &["config"],
        class: Class::Write,
        pos: Pos::Opaque,
        special: Special::Git,
        unknown_sub: Class::Write,
        flags: &[
            f(&["--global", "--system"], Val::No, Eff::Global),
            f(&["-f", "--file"], Val::Req, Eff::WriteValue),
            f(&["-t", "--type"], Val::Req, Eff::None), f(&["--blob", "--default", "--comment", "--url", "--value"], Val::Req, Eff::None),
        ],
        subs: &[
            Spec {
                names: &["get", "list"],
                pos: Pos::Opaque,
                special: Special::Git,
                flags: &[
                    f(&["--global", "--system", "--local", "--worktree"], Val::No, Eff::None),
                    f(&["-f", "--file"], Val::Req, Eff::ReadValue),
                    f(&["-t", "--type"], Val::Req, Eff::None), f(&["--blob", "--default", "--url", "--value"], Val::Req, Eff::None),
                ],
                ..Spec::D
            },
            Spec {
                names: &["set", "unset", "rename-section", "remove-section", "edit"],
                class: Class::Write,
                pos: Pos::Opaque,
                special: Special::Git,
                flags: &[
                    f(&["--global", "--system"], Val::No, Eff::Global),
                    f(&["-f", "--file"], Val::Req, Eff::WriteValue),
                    f(&["-t", "--type"], Val::Req, Eff::None), f(&["--blob", "--comment", "--value"], Val::Req, Eff::None),
                ],
                ..Spec::D
            },
        ],
        note: "Special::Git judges the key (core.pager, core.sshCommand, core.hooksPath, alias.*, ...); --get/--list/-l only read",
        ..Spec::D
    },
    Spec {
        names: &["remote"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: &[f(&["-v", "--verbose"], Val::No, Eff::None)],
        subs: &[
            Spec { names: &["get-url"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["add"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[
                    f(&["-t", "-m"], Val::Req, Eff::None),
                    f(&["--mirror"], Val::Opt, Eff::None),
                    f(&["-f"], Val::No, Eff::Net),
                ],
                note: "-f fetches right away",
                ..Spec::D
            },
            Spec {
                names: &["remove", "rm", "rename", "set-url", "set-branches"],
                class: Class::Write,
                pos: Pos::Opaque,
                ..Spec::D
            },
            Spec {
                names: &["show", "prune", "update", "set-head"],
                class: Class::Net,
                pos: Pos::Opaque,
                note: "contacts the remote (show -n does not)",
                ..Spec::D
            },
        ],
        note: "without a subcommand lists remotes",
        ..Spec::D
    },
    Spec {
        names: &["submodule"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: &["status", "summary"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["update"],
                class: Class::Net,
                pos: Pos::Opaque,
                flags: &[f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["--reference", "--depth", "--filter"], Val::Req, Eff::None)],
                note: "clones/fetches submodules; `update = !cmd` only honoured from .git/config",
                ..Spec::D
            },
            Spec {
                names: &["add"],
                class: Class::Net,
                pos: Pos::Opaque,
                flags: &[f(&["-b", "--branch"], Val::Req, Eff::None), f(&["--name", "--reference", "--depth"], Val::Req, Eff::None)],
                ..Spec::D
            },
            Spec {
                names: &["foreach"],
                class: Class::Build,
                pos: Pos::Command,
                note: "runs the given shell command in every submodule; stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec {
                names: &["deinit"],
                class: Class::Delete,
                pos: Pos::Opaque,
                flags: &[f(&["-f", "--force"], Val::No, Eff::Force)],
                note: "removes the submodules' working trees",
                ..Spec::D
            },
            Spec {
                names: &["init", "sync", "absorbgitdirs", "set-branch", "set-url"],
                class: Class::Write,
                pos: Pos::Opaque,
                ..Spec::D
            },
        ],
        note: "without a subcommand prints status",
        ..Spec::D
    },
    // ---- network
    Spec {
        names: &["fetch"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["--upload-pack"], Val::Req, Eff::ExecValue),
            f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["--depth", "--deepen", "--shallow-since", "--shallow-exclude", "--refmap"], Val::Req, Eff::None),
            f(&["-o", "--server-option"], Val::Req, Eff::None), f(&["--negotiation-tip", "--filter", "--recurse-submodules-default", "--submodule-prefix"], Val::Req, Eff::None),
            f(&["--recurse-submodules"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::Force),
        ],
        ..Spec::D
    },
    Spec {
        names: &["pull"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["--upload-pack"], Val::Req, Eff::ExecValue),
            f(&["-s", "--strategy"], Val::Req, Eff::None), f(&["-X", "--strategy-option"], Val::Req, Eff::None), f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["-o", "--server-option"], Val::Req, Eff::None), f(&["--depth", "--deepen", "--cleanup"], Val::Req, Eff::None),
            f(&["-S", "--gpg-sign"], Val::Opt, Eff::None), f(&["--rebase", "--recurse-submodules", "--log"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::Force),
            f(&["--no-verify"], Val::No, Eff::None),
        ],
        note: "fetch plus merge/rebase into the working tree (runs merge hooks)",
        ..Spec::D
    },
    Spec {
        names: &["push"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--force"], Val::No, Eff::Force), f(&["-d", "--delete"], Val::No, Eff::Force), f(&["--mirror", "--prune", "--force-if-includes"], Val::No, Eff::Force),
            f(&["--force-with-lease"], Val::Opt, Eff::Force),
            f(&["--receive-pack", "--exec"], Val::Req, Eff::ExecValue),
            f(&["-o", "--push-option"], Val::Req, Eff::None), f(&["--repo"], Val::Req, Eff::None),
            f(&["--recurse-submodules", "--signed"], Val::Opt, Eff::None),
            f(&["--no-verify"], Val::No, Eff::None),
        ],
        note: "a refspec `+src:dst` force-pushes and `:dst` deletes a remote branch, without any flag; runs the pre-push hook",
        ..Spec::D
    },
    Spec {
        names: &["init"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["--template"], Val::Req, Eff::Build),
            f(&["--separate-git-dir"], Val::Req, Eff::WriteValue),
            f(&["-b", "--initial-branch"], Val::Req, Eff::None), f(&["--object-format", "--ref-format"], Val::Req, Eff::None),
            f(&["--shared"], Val::Opt, Eff::None),
        ],
        note: "creates a repository in the operand directory (default: the current one); --template copies hooks",
        ..Spec::D
    },
    Spec {
        names: &["clone"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Git,
        flags: &[
            f(&["-u", "--upload-pack"], Val::Req, Eff::ExecValue),
            f(&["-c", "--config"], Val::Req, Eff::None),
            f(&["--template"], Val::Req, Eff::Build),
            f(&["--separate-git-dir"], Val::Req, Eff::WriteValue),
            f(&["-o", "--origin"], Val::Req, Eff::None), f(&["-b", "--branch"], Val::Req, Eff::None), f(&["--revision", "--depth", "--shallow-since", "--shallow-exclude"], Val::Req, Eff::None),
            f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["--reference", "--reference-if-able", "--filter", "--server-option", "--bundle-uri", "--ref-format"], Val::Req, Eff::None),
            f(&["--recurse-submodules"], Val::Opt, Eff::None),
        ],
        note: "operands are REPO [DIR]: DIR is created and written; -c values and transports (ext::) are checked by Special::Git",
        ..Spec::D
    },
    Spec {
        names: &["ls-remote"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["--upload-pack"], Val::Req, Eff::ExecValue),
            f(&["-o", "--server-option"], Val::Req, Eff::None), f(&["--sort"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["archive"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["--remote"], Val::Req, Eff::Net),
            f(&["--exec"], Val::Req, Eff::ExecValue),
            f(&["--add-file"], Val::Req, Eff::ReadValue),
            f(&["--prefix", "--format", "--add-virtual-file", "--mtime"], Val::Req, Eff::None),
        ],
        note: "writes the archive to stdout unless -o",
        ..Spec::D
    },
    Spec {
        names: &["bundle"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: &["create"], class: Class::Write, pos: Pos::Write, note: "the first operand is the bundle file written", ..Spec::D },
            Spec { names: &["verify", "list-heads"], ..Spec::D },
            Spec { names: &["unbundle"], class: Class::Write, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: &["daemon"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["--access-hook"], Val::Opt, Eff::ExecValue),
            f(&["--pid-file"], Val::Opt, Eff::WriteValue),
            f(&["--base-path", "--interpolated-path", "--listen", "--port", "--user", "--group"], Val::Opt, Eff::None),
            f(&["--enable", "--disable", "--allow-override", "--forbid-override", "--init-timeout", "--timeout", "--max-connections"], Val::Opt, Eff::None),
        ],
        note: "serves repositories to the network; --enable=receive-pack accepts anonymous pushes",
        ..Spec::D
    },
    Spec {
        names: &["request-pull"],
        class: Class::Net,
        pos: Pos::Opaque,
        ..Spec::D
    },
    Spec {
        names: &["send-email"],
        class: Class::Net,
        flags: &[
            f(&["--sendmail-cmd", "--to-cmd", "--cc-cmd", "--header-cmd"], Val::Req, Eff::ExecValue),
            f(&["--smtp-server"], Val::Req, Eff::ExecValue),
            f(&["--to", "--cc", "--bcc", "--from", "--subject", "--in-reply-to", "--smtp-user", "--smtp-pass", "--smtp-encryption", "--smtp-server-port"], Val::Req, Eff::None),
        ],
        note: "mails the patch files given as operands; --smtp-server may name a sendmail-like program",
        ..Spec::D
    },
    Spec {
        names: &["instaweb"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-d", "--httpd"], Val::Req, Eff::ExecValue), f(&["-b", "--browser"], Val::Req, Eff::ExecValue),
            f(&["-m", "--module-path"], Val::Req, Eff::None), f(&["-p", "--port"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["credential", "credential-store", "credential-cache", "credential-manager", "credential-osxkeychain", "credential-libsecret"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        note: "`credential fill` (and the helpers' `get`) print stored passwords and tokens",
        ..Spec::D
    },
    Spec {
        names: &["mergetool", "difftool"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(&["-x", "--extcmd"], Val::Req, Eff::ExecValue),
            f(&["-t", "--tool"], Val::Req, Eff::None),
        ],
        note: "runs the configured merge/diff tool",
        ..Spec::D
    },
    Spec {
        names: &["gui", "citool", "gitk", "web--browse"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        ..Spec::D
    },
    Spec {
        names: &["lfs"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["ls-files", "status", "env", "version", "track", "locks", "logs", "pointer", "ext"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: &["fetch", "pull", "push", "clone", "lock", "unlock", "fsck", "checkout"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: &["install", "uninstall", "update"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[f(&["--system"], Val::No, Eff::Global)],
                note: "writes git hooks and the global git config (--local: repository only)",
                ..Spec::D
            },
            Spec { names: &["migrate", "prune", "dedup", "untrack"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: &["git"],
        pos: Pos::Opaque,
        gnu: false,
        special: Special::Git,
        unknown_sub: Class::Build,
        flags: &[
            f(&["-c", "--git-dir"], Val::Req, Eff::None), f(&["--work-tree", "--namespace", "--super-prefix", "--list-cmds", "--attr-source"], Val::Req, Eff::None), f(&["-C"], Val::Req, Eff::None),
            f(&["--config-env"], Val::Req, Eff::None),
            f(&["--exec-path"], Val::Opt, Eff::ExecValue),
            f(&["--upload-pack", "--receive-pack"], Val::Req, Eff::ExecValue),
            f(&["-p", "--paginate"], Val::No, Eff::None), f(&["-P", "--no-pager"], Val::No, Eff::None), f(&["--bare", "--no-replace-objects", "--no-lazy-fetch"], Val::No, Eff::None),
            f(&["--no-optional-locks", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs"], Val::No, Eff::None),
            f(&["-v", "--version"], Val::No, Eff::None), f(&["-h", "--help"], Val::No, Eff::None), f(&["--no-advice", "--html-path", "--man-path", "--info-path"], Val::No, Eff::None),
        ],
        subs: GIT_SUBS,
        note: "unknown subcommands may be aliases (`!shell`) or git-* programs on PATH; -c/--config-env values are judged by Special::Git",
        ..Spec::D
    },
];
