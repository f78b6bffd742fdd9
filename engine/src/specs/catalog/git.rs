//! git: the porcelain and plumbing subcommands an agent meets, with the flags that run
//! programs, force, delete, write outside the repository or reach the network.

use crate::specs::{f, names, Class, Eff, Pos, Spec, Special, Val};

/// Diff options accepted by `git diff`, `log`, `show`, `stash show`, `range-diff`, ... followed
/// by the subcommand's own flags.
#[rustfmt::skip]
macro_rules! diff_flags {
    ($($extra:expr),* $(,)?) => {
        &[
            f(names!["--output"], Val::Req, Eff::WriteValue),
            f(names!["--ext-diff"], Val::No, Eff::Build),
            f(names!["--textconv"], Val::No, Eff::Build),
            f(names!["-O"], Val::Req, Eff::ReadValue),
            f(names!["-U", "--unified"], Val::Opt, Eff::None),
            f(names!["-X", "--relative"], Val::Opt, Eff::None), f(names!["--stat", "--dirstat", "--submodule", "--abbrev"], Val::Opt, Eff::None),
            f(names!["-M", "--find-renames"], Val::Opt, Eff::None), f(names!["-C", "--find-copies"], Val::Opt, Eff::None), f(names!["-B", "--break-rewrites"], Val::Opt, Eff::None),
            f(names!["--color", "--word-diff", "--color-moved", "--ignore-submodules", "--color-words"], Val::Opt, Eff::None),
            f(names!["--color-moved-ws", "--ws-error-highlight", "--word-diff-regex"], Val::Req, Eff::None),
            f(names!["--src-prefix", "--dst-prefix", "--line-prefix"], Val::Req, Eff::None),
            f(names!["--output-indicator-new", "--output-indicator-old", "--output-indicator-context"], Val::Req, Eff::None),
            f(names!["--diff-algorithm", "--anchored", "--diff-filter", "--find-object"], Val::Req, Eff::None),
            f(names!["--stat-width", "--stat-name-width", "--stat-count", "--stat-graph-width"], Val::Req, Eff::None),
            f(names!["-S", "-G", "-I", "--ignore-matching-lines", "-l"], Val::Req, Eff::None),
            f(names!["--rotate-to", "--skip-to", "--inter-hunk-context"], Val::Req, Eff::None),
            $($extra),*
        ]
    };
}

/// Commit-listing options of `git log`, `show`, `shortlog`, `whatchanged`, `rev-list`.
#[rustfmt::skip]
macro_rules! log_flags {
    () => {
        diff_flags![
            f(names!["-n", "--max-count"], Val::Req, Eff::None), f(names!["--skip", "--since", "--after", "--until", "--before"], Val::Req, Eff::None),
            f(names!["--author", "--committer", "--grep", "--grep-reflog", "--min-parents", "--max-parents"], Val::Req, Eff::None),
            f(names!["-L", "--encoding"], Val::Req, Eff::None), f(names!["--format", "--date", "--glob", "--exclude", "--since-as-filter"], Val::Req, Eff::None),
            f(names!["--decorate-refs", "--decorate-refs-exclude"], Val::Req, Eff::None),
            f(names!["--pretty", "--decorate", "--notes", "--show-notes", "--branches", "--tags", "--remotes"], Val::Opt, Eff::None),
            f(names!["--expand-tabs", "--show-linear-break"], Val::Opt, Eff::None),
        ]
    };
}

#[rustfmt::skip]
static GIT_SUBS: &[Spec] = &[
    // ---- reading
    Spec {
        names: names!["status"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-u", "--untracked-files"], Val::Opt, Eff::None), f(names!["--ignore-submodules", "--ignored", "--column"], Val::Opt, Eff::None),
            f(names!["-M", "--find-renames"], Val::Opt, Eff::None),
        ],
        note: "may run core.fsmonitor (config) and refresh the index",
        ..Spec::D
    },
    Spec { names: names!["log", "whatchanged"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
    Spec { names: names!["show"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
    Spec {
        names: names!["diff"],
        flags: diff_flags![],
        note: "operands are revisions or paths; --no-index compares any two paths",
        ..Spec::D
    },
    Spec { names: names!["range-diff"], pos: Pos::Opaque, flags: diff_flags![
        f(names!["--creation-factor"], Val::Req, Eff::None),
    ], ..Spec::D },
    Spec {
        names: names!["blame", "annotate"],
        flags: &[
            f(names!["-L"], Val::Req, Eff::None),
            f(names!["-S"], Val::Req, Eff::ReadValue),
            f(names!["--contents"], Val::Req, Eff::ReadValue),
            f(names!["--ignore-revs-file"], Val::Req, Eff::ReadValue),
            f(names!["--ignore-rev", "--date"], Val::Req, Eff::None),
            f(names!["-C", "-M", "--abbrev"], Val::Opt, Eff::None),
            f(names!["--textconv"], Val::No, Eff::Build),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["shortlog"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--group", "--format"], Val::Req, Eff::None),
            f(names!["-w"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["ls-files"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-x", "--exclude"], Val::Req, Eff::None), f(names!["--exclude-per-directory", "--with-tree", "--format"], Val::Req, Eff::None),
            f(names!["-X", "--exclude-from"], Val::Req, Eff::ReadValue),
            f(names!["--abbrev"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["ls-tree"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--format"], Val::Req, Eff::None),
            f(names!["--abbrev"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["grep"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-O", "--open-files-in-pager"], Val::Opt, Eff::ExecValue),
            f(names!["--textconv"], Val::No, Eff::Build),
            f(names!["-e"], Val::Req, Eff::None),
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-A", "--after-context"], Val::Req, Eff::None), f(names!["-B", "--before-context"], Val::Req, Eff::None), f(names!["-C", "--context"], Val::Req, Eff::None),
            f(names!["-m", "--max-count"], Val::Req, Eff::None), f(names!["--threads", "--max-depth"], Val::Req, Eff::None),
            f(names!["--color"], Val::Opt, Eff::None),
        ],
        note: "-O opens the matching files in a pager (core.pager or the given command)",
        ..Spec::D
    },
    Spec {
        names: names!["describe"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--match", "--exclude", "--candidates"], Val::Req, Eff::None),
            f(names!["--abbrev", "--dirty", "--broken"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["rev-parse"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--default", "--prefix", "--git-path", "--resolve-git-dir", "--path-format"], Val::Req, Eff::None),
            f(names!["--short", "--abbrev-ref", "--disambiguate", "--show-object-format"], Val::Opt, Eff::None),
            f(names!["--since", "--after", "--until", "--before"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["rev-list"],
        pos: Pos::Opaque,
        flags: log_flags!(),
        ..Spec::D
    },
    Spec {
        names: names!["for-each-ref", "show-ref", "name-rev", "merge-base", "cherry", "count-objects", "var",
            "check-ignore", "check-attr", "check-ref-format", "verify-pack", "fsck", "show-branch",
            "cat-file", "column", "stripspace", "version", "help", "diff-tree",
            "diff-files", "diff-index", "get-tar-commit-id", "verify-commit", "verify-tag", "fsck-objects",
            "unpack-file", "show-index", "merge-tree", "hash-object", "mktree", "patch-id", "for-each-repo"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["--format", "--sort", "--points-at", "--contains", "--no-contains", "--merged", "--no-merged", "--count"], Val::Req, Eff::None),
            f(names!["--textconv", "--filters"], Val::No, Eff::Build),
            f(names!["--abbrev"], Val::Opt, Eff::None),
            f(names!["-w", "--web"], Val::No, Eff::None),
        ],
        note: "plumbing and read-only porcelain; cat-file --textconv/--filters run configured programs; `hash-object -w` only adds an object",
        ..Spec::D
    },
    // ---- index and working tree
    Spec {
        names: names!["add", "stage"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--chmod"], Val::Req, Eff::None),
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--force"], Val::No, Eff::None),
        ],
        note: "writes the index; -f adds ignored files; -e/-p/-i are interactive",
        ..Spec::D
    },
    Spec {
        names: names!["rm"],
        class: Class::Delete,
        pos: Pos::Delete,
        flags: &[
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--force"], Val::No, Eff::None), f(names!["-r", "--cached"], Val::No, Eff::None),
        ],
        note: "--cached only removes from the index and keeps the files",
        ..Spec::D
    },
    Spec { names: names!["mv"], class: Class::Write, pos: Pos::ReadThenWrite, ..Spec::D },
    Spec {
        names: names!["restore"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-s", "--source"], Val::Req, Eff::None), f(names!["--conflict"], Val::Req, Eff::None),
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
        ],
        note: "overwrites working-tree files: uncommitted changes to them are lost",
        ..Spec::D
    },
    Spec {
        names: names!["checkout"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-B", "--orphan"], Val::Req, Eff::None), f(names!["--conflict"], Val::Req, Eff::None), f(names!["-b"], Val::Req, Eff::None),
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(names!["-t", "--track"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::Force),
        ],
        note: "`checkout -- PATHS` / `checkout .` discard uncommitted changes",
        ..Spec::D
    },
    Spec {
        names: names!["switch"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-c", "--create"], Val::Req, Eff::None), f(names!["-C", "--force-create"], Val::Req, Eff::None), f(names!["--orphan", "--conflict"], Val::Req, Eff::None),
            f(names!["-t", "--track"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::Force), f(names!["--discard-changes"], Val::No, Eff::Force),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["reset"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--hard"], Val::No, Eff::Force),
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
        ],
        note: "--hard discards uncommitted changes; --keep/--merge refuse to",
        ..Spec::D
    },
    Spec {
        names: names!["clean"],
        class: Class::Delete,
        pos: Pos::Delete,
        flags: &[
            f(names!["-f", "--force"], Val::No, Eff::Force),
            f(names!["-e", "--exclude"], Val::Req, Eff::None),
            f(names!["-n", "--dry-run"], Val::No, Eff::None), f(names!["-i", "--interactive"], Val::No, Eff::None), f(names!["-d", "-x", "-X"], Val::No, Eff::None),
        ],
        note: "deletes untracked files (-x: ignored ones too, e.g. .env); without -f git refuses (clean.requireForce); -n only lists",
        ..Spec::D
    },
    Spec {
        names: names!["stash"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: &[
            f(names!["-m", "--message"], Val::Req, Eff::None),
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
        ],
        subs: &[
            Spec {
                names: names!["push", "save"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[
                    f(names!["-m", "--message"], Val::Req, Eff::None),
                    f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
                ],
                ..Spec::D
            },
            Spec { names: names!["pop", "apply", "branch", "store", "create"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["list"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
            Spec { names: names!["show"], pos: Pos::Opaque, flags: diff_flags![], ..Spec::D },
            Spec {
                names: names!["drop"],
                class: Class::Delete,
                pos: Pos::Opaque,
                note: "a dropped stash is only recoverable by hunting dangling commits",
                ..Spec::D
            },
            Spec {
                names: names!["clear"],
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
        names: names!["commit"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-m", "--message"], Val::Req, Eff::None), f(names!["-C", "--reuse-message"], Val::Req, Eff::None), f(names!["-c", "--reedit-message"], Val::Req, Eff::None),
            f(names!["--fixup", "--squash", "--author", "--date", "--cleanup", "--trailer"], Val::Req, Eff::None),
            f(names!["-F", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-t", "--template"], Val::Req, Eff::ReadValue),
            f(names!["--pathspec-from-file"], Val::Req, Eff::ReadValue),
            f(names!["-u", "--untracked-files"], Val::Opt, Eff::None), f(names!["-S", "--gpg-sign"], Val::Opt, Eff::None),
            f(names!["-n", "--no-verify"], Val::No, Eff::None),
        ],
        note: "runs the pre-commit/commit-msg hooks (.git/hooks or core.hooksPath); -n skips them",
        ..Spec::D
    },
    Spec {
        names: names!["branch"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-d", "--delete"], Val::No, Eff::Delete),
            f(names!["-D"], Val::No, Eff::Force), f(names!["-f", "--force"], Val::No, Eff::Force),
            f(names!["-u", "--set-upstream-to"], Val::Req, Eff::None), f(names!["--sort", "--format", "--points-at", "--contains", "--no-contains", "--merged", "--no-merged"], Val::Req, Eff::None),
            f(names!["-t", "--track"], Val::Opt, Eff::None), f(names!["--abbrev", "--color", "--column"], Val::Opt, Eff::None),
            f(names!["-M", "--move"], Val::No, Eff::None), f(names!["-C", "--copy"], Val::No, Eff::None), f(names!["--edit-description", "--unset-upstream"], Val::No, Eff::None), f(names!["-m", "-c"], Val::No, Eff::None),
        ],
        note: "Read for the usual listing; `branch NAME [START]`, -m/-c (rename/copy) and --edit-description write refs or config (a harmless repository write); -D force-deletes unmerged work",
        ..Spec::D
    },
    Spec {
        names: names!["tag"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-d", "--delete"], Val::No, Eff::Delete),
            f(names!["-f", "--force"], Val::No, Eff::Force),
            f(names!["-m", "--message"], Val::Req, Eff::None), f(names!["-u", "--local-user"], Val::Req, Eff::None), f(names!["--sort", "--format", "--cleanup", "--points-at", "--trailer", "--contains", "--no-contains", "--merged", "--no-merged"], Val::Req, Eff::None),
            f(names!["-F", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-n", "--color"], Val::Opt, Eff::None), f(names!["--column"], Val::Opt, Eff::None),
        ],
        note: "Read for the usual listing; `tag NAME` / -a / -s create a tag (a harmless repository write)",
        ..Spec::D
    },
    Spec {
        names: names!["rebase"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-x", "--exec"], Val::Req, Eff::ExecValue),
            f(names!["-s", "--strategy"], Val::Req, Eff::None), f(names!["-X", "--strategy-option"], Val::Req, Eff::None), f(names!["--onto", "--whitespace", "--empty"], Val::Req, Eff::None), f(names!["-C"], Val::Req, Eff::None),
            f(names!["-S", "--gpg-sign"], Val::Opt, Eff::None), f(names!["-r", "--rebase-merges"], Val::Opt, Eff::None), f(names!["--fork-point"], Val::Opt, Eff::None),
        ],
        note: "rewrites history (recoverable from the reflog); -i runs sequence.editor",
        ..Spec::D
    },
    Spec {
        names: names!["merge"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-s", "--strategy"], Val::Req, Eff::None), f(names!["-X", "--strategy-option"], Val::Req, Eff::None), f(names!["-m", "--cleanup"], Val::Req, Eff::None), f(names!["--into-name"], Val::Req, Eff::None),
            f(names!["-F", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-S", "--gpg-sign"], Val::Opt, Eff::None), f(names!["--log"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["cherry-pick", "revert"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-m", "--mainline"], Val::Req, Eff::None), f(names!["-X", "--strategy-option"], Val::Req, Eff::None), f(names!["--strategy", "--cleanup"], Val::Req, Eff::None),
            f(names!["-S", "--gpg-sign"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["apply"],
        class: Class::Write,
        flags: &[
            f(names!["-C", "--exclude"], Val::Req, Eff::None), f(names!["--directory", "--include", "--whitespace"], Val::Req, Eff::None), f(names!["-p"], Val::Req, Eff::None),
            f(names!["--build-fake-ancestor"], Val::Req, Eff::WriteValue),
            f(names!["--unsafe-paths"], Val::No, Eff::Global),
        ],
        note: "operands are patch files read; the paths written come from the patch (--check/--stat only read)",
        ..Spec::D
    },
    Spec {
        names: names!["am"],
        class: Class::Write,
        flags: &[
            f(names!["-C", "--exclude"], Val::Req, Eff::None), f(names!["--include", "--directory", "--whitespace"], Val::Req, Eff::None), f(names!["-p"], Val::Req, Eff::None),
            f(names!["--patch-format", "--resolvemsg", "--quoted-cr", "--empty"], Val::Req, Eff::None),
            f(names!["-S", "--gpg-sign"], Val::Opt, Eff::None),
        ],
        note: "runs the applypatch-msg/pre-applypatch/post-applypatch hooks",
        ..Spec::D
    },
    Spec {
        names: names!["format-patch"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: diff_flags![
            f(names!["-o", "--output-directory"], Val::Req, Eff::WriteValue),
            f(names!["--signature-file"], Val::Req, Eff::ReadValue),
            f(names!["--subject-prefix", "--to", "--cc", "--in-reply-to", "--signature", "--suffix"], Val::Req, Eff::None),
            f(names!["-v", "--reroll-count"], Val::Req, Eff::None), f(names!["--base", "--add-header", "--filename-max-length"], Val::Req, Eff::None),
            f(names!["--interdiff", "--range-diff", "--creation-factor", "--description-file"], Val::Req, Eff::None),
            f(names!["--from", "--thread", "--attach", "--inline", "--cover-from-description"], Val::Opt, Eff::None),
        ],
        note: "writes NNNN-*.patch into the current directory unless --stdout",
        ..Spec::D
    },
    Spec {
        names: names!["notes"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: &[f(names!["--ref"], Val::Req, Eff::None)],
        subs: &[
            Spec { names: names!["list", "show", "get-ref"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["add", "copy", "append", "edit", "merge", "remove", "prune"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[
                    f(names!["-m", "--message"], Val::Req, Eff::None), f(names!["-C", "--reuse-message"], Val::Req, Eff::None), f(names!["-c", "--reedit-message"], Val::Req, Eff::None), f(names!["-s", "--strategy"], Val::Req, Eff::None),
                    f(names!["-F", "--file"], Val::Req, Eff::ReadValue),
                ],
                ..Spec::D
            },
        ],
        note: "without a subcommand lists notes",
        ..Spec::D
    },
    Spec {
        names: names!["filter-branch"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--env-filter", "--tree-filter", "--index-filter", "--parent-filter"], Val::Req, Eff::ExecValue),
            f(names!["--msg-filter", "--commit-filter", "--tag-name-filter"], Val::Req, Eff::ExecValue),
            f(names!["-d", "--state-branch"], Val::Req, Eff::None), f(names!["--subdirectory-filter", "--prune-empty", "--original", "--setup"], Val::Req, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::Force),
        ],
        note: "rewrites every commit; the filters are shell snippets",
        ..Spec::D
    },
    Spec {
        names: names!["replace", "update-index", "update-ref", "symbolic-ref", "read-tree", "write-tree",
            "commit-tree", "mktag", "fast-import", "unpack-objects", "pack-refs", "rerere", "merge-file",
            "checkout-index", "sparse-checkout", "interpret-trailers", "mailsplit", "mailinfo", "multi-pack-index",
            "commit-graph", "index-pack", "pack-objects", "prune-packed", "fast-export", "bugreport", "diagnose",
            "refs", "backfill", "repo"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--in-place"], Val::No, Eff::InPlace),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--output-directory"], Val::Req, Eff::WriteValue),
            f(names!["-d", "--delete"], Val::No, Eff::Delete),
        ],
        note: "plumbing that writes refs, the index or objects; `interpret-trailers --in-place` edits files",
        ..Spec::D
    },
    Spec {
        names: names!["hook"],
        class: Class::Build,
        pos: Pos::Opaque,
        note: "`git hook run NAME` runs a repository hook",
        ..Spec::D
    },
    // ---- maintenance
    Spec {
        names: names!["gc"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[f(names!["--prune"], Val::Opt, Eff::Force)],
        note: "--prune=now drops unreachable objects immediately (no more recovery from the reflog)",
        ..Spec::D
    },
    Spec {
        names: names!["prune", "repack"],
        class: Class::Delete,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--expire", "--window", "--depth", "--max-pack-size"], Val::Req, Eff::None),
            f(names!["-d"], Val::No, Eff::None),
        ],
        note: "drops unreachable objects (irreversible)",
        ..Spec::D
    },
    Spec {
        names: names!["reflog"],
        pos: Pos::Opaque,
        unknown_sub: Class::Read,
        flags: log_flags!(),
        subs: &[
            Spec { names: names!["show", "list", "exists"], pos: Pos::Opaque, flags: log_flags!(), ..Spec::D },
            Spec {
                names: names!["expire", "delete", "drop"],
                class: Class::Delete,
                pos: Pos::Opaque,
                flags: &[
                    f(names!["--expire", "--expire-unreachable"], Val::Req, Eff::Force),
                    f(names!["--all"], Val::No, Eff::Force),
                ],
                note: "removes the recovery points for rewritten history",
                ..Spec::D
            },
        ],
        note: "`git reflog REF` is `git reflog show REF`",
        ..Spec::D
    },
    Spec {
        names: names!["maintenance"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec {
                names: names!["start", "register", "unregister", "stop"],
                class: Class::System,
                pos: Pos::Opaque,
                note: "installs or removes cron/systemd/launchd schedules and edits the global config",
                ..Spec::D
            },
            Spec { names: names!["run"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["worktree"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: names!["list"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["add"],
                class: Class::Write,
                pos: Pos::Write,
                flags: &[
                    f(names!["-b", "-B", "--reason"], Val::Req, Eff::None),
                    f(names!["-f", "--force"], Val::No, Eff::None),
                ],
                note: "the first operand is the new worktree directory, the second a commit-ish",
                ..Spec::D
            },
            Spec {
                names: names!["remove"],
                class: Class::Delete,
                pos: Pos::Delete,
                flags: &[f(names!["-f", "--force"], Val::No, Eff::Force)],
                note: "--force also deletes uncommitted changes in that worktree",
                ..Spec::D
            },
            Spec {
                names: names!["move"],
                class: Class::Write,
                pos: Pos::ReadThenWrite,
                flags: &[f(names!["-f", "--force"], Val::No, Eff::Force)],
                ..Spec::D
            },
            Spec {
                names: names!["prune", "lock", "unlock", "repair"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[f(names!["--reason", "--expire"], Val::Req, Eff::None)],
                ..Spec::D
            },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["bisect"],
        class: Class::Write,
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec {
                names: names!["run"],
                class: Class::Build,
                pos: Pos::Command,
                note: "runs the given command on each candidate commit (and checks out revisions); stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec { names: names!["log", "visualize", "view", "terms"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["replay"], class: Class::Write, ..Spec::D },
            Spec {
                names: names!["start", "bad", "good", "new", "old", "skip", "reset"],
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
        names: names!["config"],
        class: Class::Write,
        pos: Pos::Opaque,
        special: Special::Git,
        unknown_sub: Class::Write,
        flags: &[
            f(names!["--global", "--system"], Val::No, Eff::Global),
            f(names!["-f", "--file"], Val::Req, Eff::WriteValue),
            f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["--blob", "--default", "--comment", "--url", "--value"], Val::Req, Eff::None),
        ],
        subs: &[
            Spec {
                names: names!["get", "list"],
                pos: Pos::Opaque,
                special: Special::Git,
                flags: &[
                    f(names!["--global", "--system", "--local", "--worktree"], Val::No, Eff::None),
                    f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
                    f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["--blob", "--default", "--url", "--value"], Val::Req, Eff::None),
                ],
                ..Spec::D
            },
            Spec {
                names: names!["set", "unset", "rename-section", "remove-section", "edit"],
                class: Class::Write,
                pos: Pos::Opaque,
                special: Special::Git,
                flags: &[
                    f(names!["--global", "--system"], Val::No, Eff::Global),
                    f(names!["-f", "--file"], Val::Req, Eff::WriteValue),
                    f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["--blob", "--comment", "--value"], Val::Req, Eff::None),
                ],
                ..Spec::D
            },
        ],
        note: "Special::Git judges the key (core.pager, core.sshCommand, core.hooksPath, alias.*, ...); --get/--list/-l only read",
        ..Spec::D
    },
    Spec {
        names: names!["remote"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        flags: &[f(names!["-v", "--verbose"], Val::No, Eff::None)],
        subs: &[
            Spec { names: names!["get-url"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["add"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[
                    f(names!["-t", "-m"], Val::Req, Eff::None),
                    f(names!["--mirror"], Val::Opt, Eff::None),
                    f(names!["-f"], Val::No, Eff::Net),
                ],
                note: "-f fetches right away",
                ..Spec::D
            },
            Spec {
                names: names!["remove", "rm", "rename", "set-url", "set-branches"],
                class: Class::Write,
                pos: Pos::Opaque,
                ..Spec::D
            },
            Spec {
                names: names!["show", "prune", "update", "set-head"],
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
        names: names!["submodule"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: names!["status", "summary"], pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["update"],
                class: Class::Net,
                pos: Pos::Opaque,
                flags: &[f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["--reference", "--depth", "--filter"], Val::Req, Eff::None)],
                note: "clones/fetches submodules; `update = !cmd` only honoured from .git/config",
                ..Spec::D
            },
            Spec {
                names: names!["add"],
                class: Class::Net,
                pos: Pos::Opaque,
                flags: &[f(names!["-b", "--branch"], Val::Req, Eff::None), f(names!["--name", "--reference", "--depth"], Val::Req, Eff::None)],
                ..Spec::D
            },
            Spec {
                names: names!["foreach"],
                class: Class::Build,
                pos: Pos::Command,
                note: "runs the given shell command in every submodule; stage 8 does not unwrap it, so it is judged as running project code",
                ..Spec::D
            },
            Spec {
                names: names!["deinit"],
                class: Class::Delete,
                pos: Pos::Opaque,
                flags: &[f(names!["-f", "--force"], Val::No, Eff::Force)],
                note: "removes the submodules' working trees",
                ..Spec::D
            },
            Spec {
                names: names!["init", "sync", "absorbgitdirs", "set-branch", "set-url"],
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
        names: names!["fetch"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--upload-pack"], Val::Req, Eff::ExecValue),
            f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["--depth", "--deepen", "--shallow-since", "--shallow-exclude", "--refmap"], Val::Req, Eff::None),
            f(names!["-o", "--server-option"], Val::Req, Eff::None), f(names!["--negotiation-tip", "--filter", "--recurse-submodules-default", "--submodule-prefix"], Val::Req, Eff::None),
            f(names!["--recurse-submodules"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::Force),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["pull"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--upload-pack"], Val::Req, Eff::ExecValue),
            f(names!["-s", "--strategy"], Val::Req, Eff::None), f(names!["-X", "--strategy-option"], Val::Req, Eff::None), f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["-o", "--server-option"], Val::Req, Eff::None), f(names!["--depth", "--deepen", "--cleanup"], Val::Req, Eff::None),
            f(names!["-S", "--gpg-sign"], Val::Opt, Eff::None), f(names!["--rebase", "--recurse-submodules", "--log"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::Force),
            f(names!["--no-verify"], Val::No, Eff::None),
        ],
        note: "fetch plus merge/rebase into the working tree (runs merge hooks)",
        ..Spec::D
    },
    Spec {
        names: names!["push"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f", "--force"], Val::No, Eff::Force), f(names!["-d", "--delete"], Val::No, Eff::Force), f(names!["--mirror", "--prune", "--force-if-includes"], Val::No, Eff::Force),
            f(names!["--force-with-lease"], Val::Opt, Eff::Force),
            f(names!["--receive-pack", "--exec"], Val::Req, Eff::ExecValue),
            f(names!["-o", "--push-option"], Val::Req, Eff::None), f(names!["--repo"], Val::Req, Eff::None),
            f(names!["--recurse-submodules", "--signed"], Val::Opt, Eff::None),
            f(names!["--no-verify"], Val::No, Eff::None),
        ],
        note: "a refspec `+src:dst` force-pushes and `:dst` deletes a remote branch, without any flag; runs the pre-push hook",
        ..Spec::D
    },
    Spec {
        names: names!["init"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["--template"], Val::Req, Eff::Build),
            f(names!["--separate-git-dir"], Val::Req, Eff::WriteValue),
            f(names!["-b", "--initial-branch"], Val::Req, Eff::None), f(names!["--object-format", "--ref-format"], Val::Req, Eff::None),
            f(names!["--shared"], Val::Opt, Eff::None),
        ],
        note: "creates a repository in the operand directory (default: the current one); --template copies hooks",
        ..Spec::D
    },
    Spec {
        names: names!["clone"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Git,
        flags: &[
            f(names!["-u", "--upload-pack"], Val::Req, Eff::ExecValue),
            f(names!["-c", "--config"], Val::Req, Eff::None),
            f(names!["--template"], Val::Req, Eff::Build),
            f(names!["--separate-git-dir"], Val::Req, Eff::WriteValue),
            f(names!["-o", "--origin"], Val::Req, Eff::None), f(names!["-b", "--branch"], Val::Req, Eff::None), f(names!["--revision", "--depth", "--shallow-since", "--shallow-exclude"], Val::Req, Eff::None),
            f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["--reference", "--reference-if-able", "--filter", "--server-option", "--bundle-uri", "--ref-format"], Val::Req, Eff::None),
            f(names!["--recurse-submodules"], Val::Opt, Eff::None),
        ],
        note: "operands are REPO [DIR]: DIR is created and written; -c values and transports (ext::) are checked by Special::Git",
        ..Spec::D
    },
    Spec {
        names: names!["ls-remote"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["--upload-pack"], Val::Req, Eff::ExecValue),
            f(names!["-o", "--server-option"], Val::Req, Eff::None), f(names!["--sort"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["archive"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--remote"], Val::Req, Eff::Net),
            f(names!["--exec"], Val::Req, Eff::ExecValue),
            f(names!["--add-file"], Val::Req, Eff::ReadValue),
            f(names!["--prefix", "--format", "--add-virtual-file", "--mtime"], Val::Req, Eff::None),
        ],
        note: "writes the archive to stdout unless -o",
        ..Spec::D
    },
    Spec {
        names: names!["bundle"],
        pos: Pos::Opaque,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: names!["create"], class: Class::Write, pos: Pos::Write, note: "the first operand is the bundle file written", ..Spec::D },
            Spec { names: names!["verify", "list-heads"], ..Spec::D },
            Spec { names: names!["unbundle"], class: Class::Write, ..Spec::D },
        ],
        ..Spec::D
    },
    Spec {
        names: names!["daemon"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--access-hook"], Val::Opt, Eff::ExecValue),
            f(names!["--pid-file"], Val::Opt, Eff::WriteValue),
            f(names!["--base-path", "--interpolated-path", "--listen", "--port", "--user", "--group"], Val::Opt, Eff::None),
            f(names!["--enable", "--disable", "--allow-override", "--forbid-override", "--init-timeout", "--timeout", "--max-connections"], Val::Opt, Eff::None),
        ],
        note: "serves repositories to the network; --enable=receive-pack accepts anonymous pushes",
        ..Spec::D
    },
    Spec {
        names: names!["request-pull"],
        class: Class::Net,
        pos: Pos::Opaque,
        ..Spec::D
    },
    Spec {
        names: names!["send-email"],
        class: Class::Net,
        flags: &[
            f(names!["--sendmail-cmd", "--to-cmd", "--cc-cmd", "--header-cmd"], Val::Req, Eff::ExecValue),
            f(names!["--smtp-server"], Val::Req, Eff::ExecValue),
            f(names!["--to", "--cc", "--bcc", "--from", "--subject", "--in-reply-to", "--smtp-user", "--smtp-pass", "--smtp-encryption", "--smtp-server-port"], Val::Req, Eff::None),
        ],
        note: "mails the patch files given as operands; --smtp-server may name a sendmail-like program",
        ..Spec::D
    },
    Spec {
        names: names!["instaweb"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-d", "--httpd"], Val::Req, Eff::ExecValue), f(names!["-b", "--browser"], Val::Req, Eff::ExecValue),
            f(names!["-m", "--module-path"], Val::Req, Eff::None), f(names!["-p", "--port"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["credential", "credential-store", "credential-cache", "credential-manager", "credential-osxkeychain", "credential-libsecret"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        note: "`credential fill` (and the helpers' `get`) print stored passwords and tokens",
        ..Spec::D
    },
    Spec {
        names: names!["mergetool", "difftool"],
        class: Class::Build,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-x", "--extcmd"], Val::Req, Eff::ExecValue),
            f(names!["-t", "--tool"], Val::Req, Eff::None),
        ],
        note: "runs the configured merge/diff tool",
        ..Spec::D
    },
    Spec {
        names: names!["gui", "citool", "gitk", "web--browse"],
        class: Class::Interactive,
        pos: Pos::Opaque,
        ..Spec::D
    },
    Spec {
        names: names!["lfs"],
        pos: Pos::Opaque,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["ls-files", "status", "env", "version", "track", "locks", "logs", "pointer", "ext"], pos: Pos::Opaque, ..Spec::D },
            Spec { names: names!["fetch", "pull", "push", "clone", "lock", "unlock", "fsck", "checkout"], class: Class::Net, pos: Pos::Opaque, ..Spec::D },
            Spec {
                names: names!["install", "uninstall", "update"],
                class: Class::Write,
                pos: Pos::Opaque,
                flags: &[f(names!["--system"], Val::No, Eff::Global)],
                note: "writes git hooks and the global git config (--local: repository only)",
                ..Spec::D
            },
            Spec { names: names!["migrate", "prune", "dedup", "untrack"], class: Class::Write, pos: Pos::Opaque, ..Spec::D },
        ],
        ..Spec::D
    },
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: names!["git"],
        pos: Pos::Opaque,
        gnu: false,
        special: Special::Git,
        unknown_sub: Class::Build,
        flags: &[
            f(names!["-c", "--git-dir"], Val::Req, Eff::None), f(names!["--work-tree", "--namespace", "--super-prefix", "--list-cmds", "--attr-source"], Val::Req, Eff::None), f(names!["-C"], Val::Req, Eff::None),
            f(names!["--config-env"], Val::Req, Eff::None),
            f(names!["--exec-path"], Val::Opt, Eff::ExecValue),
            f(names!["--upload-pack", "--receive-pack"], Val::Req, Eff::ExecValue),
            f(names!["-p", "--paginate"], Val::No, Eff::None), f(names!["-P", "--no-pager"], Val::No, Eff::None), f(names!["--bare", "--no-replace-objects", "--no-lazy-fetch"], Val::No, Eff::None),
            f(names!["--no-optional-locks", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs"], Val::No, Eff::None),
            f(names!["-v", "--version"], Val::No, Eff::None), f(names!["-h", "--help"], Val::No, Eff::None), f(names!["--no-advice", "--html-path", "--man-path", "--info-path"], Val::No, Eff::None),
        ],
        subs: GIT_SUBS,
        note: "unknown subcommands may be aliases (`!shell`) or git-* programs on PATH; -c/--config-env values are judged by Special::Git",
        ..Spec::D
    },
];
