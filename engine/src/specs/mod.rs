//! Program knowledge as data.
//!
//! A [`Spec`] says what a program does with its flags and arguments: which read, write or delete
//! paths, run code, reach the network or escape to a shell. Stage 11 (`arguments`) uses the flag
//! tables to normalise an argv (bundled short flags, `--long=value`, GNU abbreviations,
//! subcommands); stage 12 (`effects`) turns the result into effects. The catalogue lives in
//! `catalog/`, one file per family; [`Catalog`] indexes it by program name once per engine.
//!
//! Invariant: a program that is not in the catalogue is never LOW (stage 12 records it as
//! unknown). A spec lists *every* flag that changes the risk class of the program; flags it does not
//! list are assumed not to (so a read-only program's flag table must name its write, exec and
//! network flags — the GTFOBins catalogue is the reference).

mod catalog;

use rustc_hash::FxHashMap;

/// What a program (or subcommand) does when no flag says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Prints information, reads files; no side effects (`ls`, `cat`, `grep`, `git status`).
    Read,
    /// Changes files (paths from `Pos`) inside or outside the workspace (`cp`, `mkdir`, `touch`).
    Write,
    /// Deletes files (`rm`, `rmdir`, `unlink`, `shred`).
    Delete,
    /// Runs project code: builds, tests, scripts, installs into the project (`make`, `cargo build`).
    Build,
    /// Reaches the network (`curl`, `git fetch`, `ssh`).
    Net,
    /// Runs another command given in its arguments; stage 8 unwraps it (`sudo`, `env`, `xargs`).
    Wrapper,
    /// An interpreter: runs a script file or inline code (`bash`, `python`, `node`, `perl`).
    Interpreter,
    /// Gains privilege (`sudo` handled as wrapper; `su`, `pkexec`, `setcap`, `chown root`).
    Privilege,
    /// Changes the system outside any workspace (`systemctl start`, `mount`, `iptables`, `apt-get install`).
    System,
    /// Irreversible destruction by design (`mkfs`, `wipefs`, `shred`, `dd`).
    Destroy,
    /// Changes process state of others (`kill`, `pkill`).
    Signal,
    /// Interactive program with a documented shell escape (`vim`, `less`, `man`, `ftp`): safe only
    /// when no TTY is given, which hardshell guarantees, so judged by its flags.
    Interactive,
}

/// What positional arguments are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    /// Not paths (patterns, names, numbers, messages).
    Opaque,
    /// Paths that are read.
    Read,
    /// Paths that are written (created or modified).
    Write,
    /// Paths that are deleted.
    Delete,
    /// All read except the last, which is written (`cp`, `mv`, `ln`, `install`, `rsync`, `scp`).
    ReadThenWrite,
    /// First positional is a pattern/expression, the rest are read (`grep`, `sed`, `awk`, `jq`).
    PatternThenRead,
    /// First positional is a mode/owner/value, the rest are written (`chmod`, `chown`, `truncate -s`).
    ValueThenWrite,
    /// The first positional is a script to run, the rest are its arguments (`bash x.sh`, `python x.py`).
    Script,
    /// The positionals are a command to run (`sudo`, `xargs`, `nohup`, `timeout` after its value).
    Command,
    /// Hosts or URLs.
    Remote,
}

/// Whether a flag takes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Val {
    No,
    /// `-o FILE`, `-oFILE`, `--out FILE`, `--out=FILE`.
    Req,
    /// Only attached: `--color=auto`, `-i.bak` (GNU optional arguments).
    Opt,
}

/// What a flag changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Eff {
    /// Nothing that changes the risk class (documented here so the parser knows the value arity).
    None,
    /// Its value is a path that is written (`sort -o F`, `curl -o F`, `tee`).
    WriteValue,
    /// Its value is a path that is read (`curl -d @F` is `UploadValue`; `grep -f F`, `tar -T F`).
    ReadValue,
    /// Positionals are modified in place (`sed -i`, `perl -i`, `sort -o` is WriteValue).
    InPlace,
    /// Its value is a command line run by a shell (`sort --compress-program`, `tar -I`,
    /// `rsync -e`, `less` with `LESSOPEN`, `man -P`, `git -c core.pager=`). Always HIGH.
    ExecValue,
    /// The flag itself makes the program run code or a shell (`tar --to-command`, `zip -TT`,
    /// `find -exec` is handled structurally). Always HIGH.
    Shell,
    /// The flag deletes (`tar --remove-files`, `rsync --delete`, `git clean -f`).
    Delete,
    /// The flag reaches the network (`git --upload-pack`, `pip --index-url` is None).
    Net,
    /// Its value (or the flag) sends local data out (`curl -d @F`, `curl -T F`, `curl -F x=@F`).
    UploadValue,
    /// Forces / overwrites irreversibly (`git push --force`, `git reset --hard`, `cp -f` is None).
    Force,
    /// Runs project code (`cargo --config` build scripts, `npm --ignore-scripts=false`).
    Build,
    /// Changes the system or escapes the workspace (`npm -g`, `pip --user`, `cargo install --root`).
    Global,
    /// Gains privilege (`docker run --privileged`, `-v /:/host`, `--pid=host`).
    Privilege,
}

/// One flag (or a group of flags with the same arity and effect): its spellings, arity, effect.
///
/// `names` is one flag's spellings (`["-f", "--force"]`, `["-r", "-R", "--recursive"]`) when it
/// holds at most one long name; tables may also group unrelated flags that share arity and effect
/// (`["-C", "-c", "--git-dir"]`), and then every name stands for itself. See [`Flag::canonical`].
#[derive(Debug)]
pub(crate) struct Flag {
    pub(crate) names: &'static [&'static str],
    pub(crate) val: Val,
    pub(crate) eff: Eff,
}

impl Flag {
    /// Whether `names` are spellings of one flag rather than a group of different flags.
    pub(crate) fn is_alias_set(&self) -> bool {
        let long = self.names.iter().filter(|n| n.len() > 2).count();
        let short = self.names.len() - long;
        long == 1 || (long == 0 && short <= 1)
    }

    /// The name a written spelling `name` is known by: the first spelling of an alias set, else
    /// `name` itself.
    pub(crate) fn canonical(&self, name: &'static str) -> &'static str {
        if self.is_alias_set() {
            self.names.first().copied().unwrap_or(name)
        } else {
            name
        }
    }
}

/// Shorthand for catalogue tables.
pub(crate) const fn f(names: &'static [&'static str], val: Val, eff: Eff) -> Flag {
    Flag { names, val, eff }
}

/// Programs whose arguments are a small language checked by hand-written code in stage 12.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Special {
    None,
    /// `find` expressions: `-exec`, `-execdir`, `-ok`, `-delete`, `-fprint*`, `-fls`.
    Find,
    /// `sed` scripts: `e`, `w FILE`, `s///e`, `s///w FILE`, `r`, `-i`.
    Sed,
    /// `awk` programs: `system()`, `| getline`, `print > FILE`, `print | "cmd"`.
    Awk,
    /// `dd` operands: `if=`, `of=`.
    Dd,
    /// `git`: `-c key=value` (core.pager, core.sshCommand, alias.*, core.hooksPath ...), `config`.
    Git,
    /// `chmod`: setuid/setgid bits, world-writable, recursive.
    Chmod,
    /// `ssh`/`scp`/`sftp`: `-o ProxyCommand=`, `LocalCommand`, `-F`.
    Ssh,
    /// `env -S STRING`, `env -i` and `NAME=VALUE` operands (also handled by stage 8/9).
    Env,
    /// `tar` old-style bundled first argument (`tar xzf a.tgz`, `tar cf - .`).
    Tar,
    /// `curl`/`wget`: uploads (`-d @f`, `-F f=@x`, `-T`, `--post-file`), `-o`/`-O` writes.
    Http,
    /// `docker`/`podman run`: `--privileged`, `-v /:/..`, `--pid=host`, `--net=host`, `--cap-add`.
    Container,
    /// `kill`/`pkill`: `-1` and `-9 -1` mean every process.
    Kill,
    /// Interpreters' inline code (`python -c`, `perl -e`, `node -e`, `ruby -e`, `php -r`).
    InlineCode,
}

/// A program or subcommand.
#[derive(Debug)]
pub(crate) struct Spec {
    /// Every name the program answers to (`["grep", "egrep", "fgrep"]`). For a subcommand, its
    /// name and aliases (`["rm", "remove"]`).
    pub(crate) names: &'static [&'static str],
    pub(crate) class: Class,
    pub(crate) pos: Pos,
    pub(crate) flags: &'static [Flag],
    /// Subcommands, recursively (`git remote add`). Empty for most programs.
    pub(crate) subs: &'static [Spec],
    /// Class used when the program has subcommands but none was given or recognised
    /// (`git` alone prints help: Read; `docker frobnicate`: treated as this).
    pub(crate) unknown_sub: Class,
    /// Long options may be abbreviated to any unambiguous prefix (GNU getopt_long).
    pub(crate) gnu: bool,
    /// Short flags that take a value, besides those listed in `flags` (for bundling: `-kn2`).
    pub(crate) short_vals: &'static str,
    pub(crate) special: Special,
    /// Environment variables whose value the program reads as more options (`GOFLAGS`, `MANOPT`,
    /// `LESS`, `ZIPOPT`, `UNZIP`, `PYTEST_ADDOPTS`): stage 11 adds their words to the argv, so
    /// `GOFLAGS=-toolexec=X go build` is judged like `go build -toolexec=X`.
    pub(crate) env_args: &'static [&'static str],
    /// Why this spec is what it is, where not obvious (shown in explain output).
    pub(crate) note: &'static str,
}

impl Spec {
    /// Defaults for struct-update syntax in catalogue tables: a read-only program whose
    /// positionals are read, GNU option parsing, no subcommands.
    pub(crate) const D: Spec = Spec {
        names: &[],
        class: Class::Read,
        pos: Pos::Read,
        flags: &[],
        subs: &[],
        unknown_sub: Class::Build,
        gnu: true,
        short_vals: "",
        special: Special::None,
        env_args: &[],
        note: "",
    };

    pub(crate) fn name(&self) -> &'static str {
        self.names.first().copied().unwrap_or("")
    }

    /// The subcommand named `word`, if any.
    pub(crate) fn sub(&self, word: &str) -> Option<&'static Spec> {
        self.subs.iter().find(|s| s.names.contains(&word))
    }
}

/// Index of the catalogue by program name, built once per engine.
#[derive(Debug)]
pub(crate) struct Catalog {
    by_name: FxHashMap<&'static str, &'static Spec>,
}

impl Catalog {
    pub(crate) fn new() -> Self {
        let names = catalog::ALL.iter().flat_map(|t| t.iter()).map(|s| s.names.len()).sum();
        let mut by_name = FxHashMap::with_capacity_and_hasher(names, Default::default());
        for table in catalog::ALL {
            for spec in table.iter() {
                for name in spec.names {
                    by_name.insert(*name, spec);
                }
            }
        }
        Catalog { by_name }
    }

    pub(crate) fn get(&self, name: &str) -> Option<&'static Spec> {
        self.by_name.get(name).copied()
    }

    pub(crate) fn len(&self) -> usize {
        catalog::ALL.iter().map(|t| t.len()).sum()
    }
}

impl Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}
