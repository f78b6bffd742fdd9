//! GNU coreutils and their close companions (util-linux, debianutils, shell builtins that also
//! exist as programs): listing, metadata, printing, values, file management, small wrappers and
//! command lookup. Text filters are in textutils.rs.

use crate::specs::{f, Class, Eff, Pos, Spec, Special, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- listing and metadata
    Spec {
        names: &["ls", "dir", "vdir"],
        flags: &[
            f(&["-I", "--ignore"], Val::Req, Eff::None),
            f(&["--hide"], Val::Req, Eff::None),
            f(&["-T", "--tabsize"], Val::Req, Eff::None),
            f(&["-w", "--width"], Val::Req, Eff::None),
            f(&["--block-size"], Val::Req, Eff::None),
            f(&["--format"], Val::Req, Eff::None),
            f(&["--sort"], Val::Req, Eff::None),
            f(&["--time"], Val::Req, Eff::None),
            f(&["--time-style"], Val::Req, Eff::None),
            f(&["--quoting-style"], Val::Req, Eff::None),
            f(&["--indicator-style"], Val::Req, Eff::None),
            f(&["--color"], Val::Opt, Eff::None),
            f(&["--hyperlink"], Val::Opt, Eff::None),
            f(&["--classify"], Val::Opt, Eff::None),
            f(&["--context"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec { names: &["cat"], ..Spec::D },
    Spec {
        names: &["head"],
        flags: &[
            f(&["-n", "--lines"], Val::Req, Eff::None),
            f(&["-c", "--bytes"], Val::Req, Eff::None),
        ],
        note: "`head -20` (legacy -NUM) is a line count, not a flag bundle",
        ..Spec::D
    },
    Spec {
        names: &["tail"],
        flags: &[
            f(&["-n", "--lines"], Val::Req, Eff::None),
            f(&["-c", "--bytes"], Val::Req, Eff::None),
            f(&["-s", "--sleep-interval"], Val::Req, Eff::None),
            f(&["--pid"], Val::Req, Eff::None),
            f(&["--max-unchanged-stats"], Val::Req, Eff::None),
            f(&["--follow"], Val::Opt, Eff::None),
        ],
        note: "`tail -f` never ends by itself; `tail +200` / `-20` are legacy counts",
        ..Spec::D
    },
    Spec {
        names: &["wc"],
        flags: &[
            f(&["--files0-from"], Val::Req, Eff::ReadValue),
            f(&["--total"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["stat"],
        flags: &[
            f(&["-c", "--format"], Val::Req, Eff::None),
            f(&["--printf"], Val::Req, Eff::None),
            f(&["--cached"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["file"],
        flags: &[
            f(&["-m", "--magic-file"], Val::Req, Eff::ReadValue),
            f(&["-f", "--files-from"], Val::Req, Eff::ReadValue),
            f(&["-F", "--separator"], Val::Req, Eff::None),
            f(&["-P", "--parameter"], Val::Req, Eff::None),
            f(&["-e", "--exclude"], Val::Req, Eff::None),
            f(&["--exclude-quiet"], Val::Req, Eff::None),
        ],
        note: "`file -C -m SRC` compiles SRC into ./SRC.mgc (a cwd write; rare)",
        ..Spec::D
    },
    Spec {
        names: &["du"],
        flags: &[
            f(&["-d", "--max-depth"], Val::Req, Eff::None),
            f(&["-B", "--block-size"], Val::Req, Eff::None),
            f(&["-t", "--threshold"], Val::Req, Eff::None),
            f(&["--exclude"], Val::Req, Eff::None),
            f(&["-X", "--exclude-from"], Val::Req, Eff::ReadValue),
            f(&["--files0-from"], Val::Req, Eff::ReadValue),
            f(&["--time"], Val::Opt, Eff::None),
            f(&["--time-style"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["df"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-B", "--block-size"], Val::Req, Eff::None),
            f(&["-t", "--type"], Val::Req, Eff::None),
            f(&["-x", "--exclude-type"], Val::Req, Eff::None),
            f(&["--output"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["basename"],
        pos: Pos::Opaque,
        flags: &[f(&["-s", "--suffix"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: &["dirname"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["realpath"],
        flags: &[
            f(&["--relative-to"], Val::Req, Eff::None),
            f(&["--relative-base"], Val::Req, Eff::None),
        ],
        note: "only resolves names (stat/readlink); nothing is opened",
        ..Spec::D
    },
    Spec { names: &["readlink"], ..Spec::D },
    Spec { names: &["pwd"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["tree"],
        gnu: false,
        flags: &[
            f(&["-L"], Val::Req, Eff::None),
            f(&["-P"], Val::Req, Eff::None),
            f(&["-I"], Val::Req, Eff::None),
            f(&["-o"], Val::Req, Eff::WriteValue),
            f(&["-H"], Val::Req, Eff::None),
            f(&["-T"], Val::Req, Eff::None),
            f(&["-R"], Val::No, Eff::InPlace),
            f(&["--filelimit"], Val::Req, Eff::None),
            f(&["--timefmt"], Val::Req, Eff::None),
            f(&["--charset"], Val::Req, Eff::None),
            f(&["--sort"], Val::Req, Eff::None),
            f(&["--gitfile"], Val::Req, Eff::ReadValue),
            f(&["--hintro"], Val::Req, Eff::ReadValue),
            f(&["--houtro"], Val::Req, Eff::ReadValue),
            f(&["--infile"], Val::Req, Eff::ReadValue),
        ],
        note: "-R (with -H) writes 00Tree.html into every listed directory",
        ..Spec::D
    },
    // ---------------------------------------------------------------- printing and values
    Spec { names: &["echo"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["printf"],
        pos: Pos::Opaque,
        flags: &[f(&["-v"], Val::Req, Eff::None)],
        note: "-v VAR is the bash builtin's; it only sets a shell variable",
        ..Spec::D
    },
    Spec {
        names: &["date"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-s", "--set"], Val::Req, Eff::Global),
            f(&["-d", "--date"], Val::Req, Eff::None),
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
            f(&["-r", "--reference"], Val::Req, Eff::ReadValue),
            f(&["-I", "--iso-8601"], Val::Opt, Eff::None),
            f(&["--rfc-3339"], Val::Req, Eff::None),
        ],
        note: "a bare MMDDhhmm[[CC]YY] operand also sets the clock (needs root)",
        ..Spec::D
    },
    Spec {
        names: &["env"],
        class: Class::Wrapper,
        pos: Pos::Command,
        special: Special::Env,
        flags: &[
            f(&["-u", "--unset"], Val::Req, Eff::None),
            f(&["-C", "--chdir"], Val::Req, Eff::None),
            f(&["-S", "--split-string"], Val::Req, Eff::None),
            f(&["-i", "--ignore-environment"], Val::No, Eff::None),
            f(&["-0", "--null"], Val::No, Eff::None),
            f(&["-v", "--debug"], Val::No, Eff::None),
            f(&["--block-signal"], Val::Opt, Eff::None),
            f(&["--default-signal"], Val::Opt, Eff::None),
            f(&["--ignore-signal"], Val::Opt, Eff::None),
        ],
        note: "without a command `env` only prints the environment; -S STRING is split into a command (Special::Env)",
        ..Spec::D
    },
    Spec {
        names: &["printenv"],
        pos: Pos::Opaque,
        note: "prints environment values, which may hold secrets",
        ..Spec::D
    },
    Spec { names: &["id"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["whoami"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["groups"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["logname"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["users", "who", "pinky"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["uname"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["arch"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["hostid"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["tty"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["nproc"],
        pos: Pos::Opaque,
        flags: &[f(&["--ignore"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["getconf"],
        pos: Pos::Opaque,
        flags: &[f(&["-v"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: &["locale"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["hostname"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-F", "--file"], Val::Req, Eff::Global),
            f(&["-b", "--boot"], Val::No, Eff::Global),
        ],
        note: "`hostname NAME` changes the host name (needs root); handled by policy",
        ..Spec::D
    },
    Spec {
        names: &["seq"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--format"], Val::Req, Eff::None),
            f(&["-s", "--separator"], Val::Req, Eff::None),
        ],
        note: "negative operands (`seq -5 5`) look like flags",
        ..Spec::D
    },
    Spec { names: &["yes"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["true", ":"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["false"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["test", "["],
        pos: Pos::Opaque,
        gnu: false,
        note: "file tests only stat their operands",
        ..Spec::D
    },
    Spec { names: &["expr"], pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec { names: &["sleep"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["factor"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["numfmt"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-d", "--delimiter"], Val::Req, Eff::None),
            f(&["--from"], Val::Req, Eff::None),
            f(&["--from-unit"], Val::Req, Eff::None),
            f(&["--to"], Val::Req, Eff::None),
            f(&["--to-unit"], Val::Req, Eff::None),
            f(&["--format"], Val::Req, Eff::None),
            f(&["--padding"], Val::Req, Eff::None),
            f(&["--round"], Val::Req, Eff::None),
            f(&["--suffix"], Val::Req, Eff::None),
            f(&["--field"], Val::Req, Eff::None),
            f(&["--invalid"], Val::Req, Eff::None),
            f(&["--header"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["bc"],
        note: "GNU bc has no shell escape or file output; operands are program files",
        ..Spec::D
    },
    Spec {
        names: &["cal", "ncal"],
        pos: Pos::Opaque,
        ..Spec::D
    },
    // ---------------------------------------------------------------- file management
    Spec {
        names: &["cp"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(&["-S", "--suffix"], Val::Req, Eff::None),
            f(&["--backup"], Val::Opt, Eff::None),
            f(&["--sparse"], Val::Req, Eff::None),
            f(&["--reflink"], Val::Opt, Eff::None),
            f(&["--preserve"], Val::Opt, Eff::None),
            f(&["--no-preserve"], Val::Req, Eff::None),
            f(&["--update"], Val::Opt, Eff::None),
            f(&["--context"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::None),
        ],
        note: "with -t DIR every operand is a source",
        ..Spec::D
    },
    Spec {
        names: &["mv"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(&["-S", "--suffix"], Val::Req, Eff::None),
            f(&["--backup"], Val::Opt, Eff::None),
            f(&["--update"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::None),
        ],
        note: "sources disappear from their old place: moving out of a directory is a delete there",
        ..Spec::D
    },
    Spec {
        names: &["install"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(&["-S", "--suffix"], Val::Req, Eff::None),
            f(&["-m", "--mode"], Val::Req, Eff::None),
            f(&["-o", "--owner"], Val::Req, Eff::None),
            f(&["-g", "--group"], Val::Req, Eff::None),
            f(&["--backup"], Val::Opt, Eff::None),
            f(&["--strip-program"], Val::Req, Eff::ExecValue),
            f(&["--context"], Val::Opt, Eff::None),
            f(&["-d", "--directory"], Val::No, Eff::InPlace),
        ],
        note: "with -d every operand is a directory to create; -m 4755 / -o root give setuid or root-owned files",
        ..Spec::D
    },
    Spec {
        names: &["ln"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(&["-S", "--suffix"], Val::Req, Eff::None),
            f(&["--backup"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::None),
        ],
        note: "a link in the workspace may point anywhere: what is written later through it matters",
        ..Spec::D
    },
    Spec { names: &["link"], class: Class::Write, pos: Pos::ReadThenWrite, ..Spec::D },
    Spec {
        names: &["rm"],
        class: Class::Delete,
        pos: Pos::Delete,
        flags: &[
            f(&["--no-preserve-root"], Val::No, Eff::Force),
            f(&["--preserve-root"], Val::Opt, Eff::None),
            f(&["--interactive"], Val::Opt, Eff::None),
            f(&["-f", "--force"], Val::No, Eff::None),
            f(&["-r", "-R", "--recursive"], Val::No, Eff::None),
            f(&["-d", "--dir"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec { names: &["unlink"], class: Class::Delete, pos: Pos::Delete, ..Spec::D },
    Spec { names: &["rmdir"], class: Class::Delete, pos: Pos::Delete, ..Spec::D },
    Spec {
        names: &["mkdir"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-m", "--mode"], Val::Req, Eff::None),
            f(&["--context"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["mkfifo"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-m", "--mode"], Val::Req, Eff::None),
            f(&["--context"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["mknod"],
        class: Class::System,
        pos: Pos::Write,
        flags: &[
            f(&["-m", "--mode"], Val::Req, Eff::None),
            f(&["--context"], Val::Opt, Eff::None),
        ],
        note: "block/character device nodes give raw device access; operands after NAME are TYPE MAJOR MINOR",
        ..Spec::D
    },
    Spec {
        names: &["touch"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-d", "--date"], Val::Req, Eff::None),
            f(&["-t"], Val::Req, Eff::None),
            f(&["-r", "--reference"], Val::Req, Eff::ReadValue),
            f(&["--time"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["truncate"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-s", "--size"], Val::Req, Eff::None),
            f(&["-r", "--reference"], Val::Req, Eff::ReadValue),
        ],
        note: "`truncate -s 0 FILE` empties FILE",
        ..Spec::D
    },
    Spec {
        names: &["chmod"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        special: Special::Chmod,
        flags: &[
            f(&["--reference"], Val::Req, Eff::ReadValue),
            f(&["--no-preserve-root"], Val::No, Eff::Force),
            f(&["--preserve-root"], Val::No, Eff::None),
        ],
        note: "`chmod -x f` is a mode, not a flag; with --reference there is no mode operand",
        ..Spec::D
    },
    Spec {
        names: &["chown"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(&["--reference"], Val::Req, Eff::ReadValue),
            f(&["--from"], Val::Req, Eff::None),
            f(&["--no-preserve-root"], Val::No, Eff::Force),
            f(&["--preserve-root"], Val::No, Eff::None),
        ],
        note: "giving files to another user (root) is judged by policy on the owner value",
        ..Spec::D
    },
    Spec {
        names: &["chgrp"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(&["--reference"], Val::Req, Eff::ReadValue),
            f(&["--no-preserve-root"], Val::No, Eff::Force),
            f(&["--preserve-root"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["chcon"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(&["--reference"], Val::Req, Eff::ReadValue),
            f(&["-u", "--user"], Val::Req, Eff::None),
            f(&["-r", "--role"], Val::Req, Eff::None),
            f(&["-t", "--type"], Val::Req, Eff::None),
            f(&["-l", "--range"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["mktemp"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-p"], Val::Req, Eff::WriteValue),
            f(&["--tmpdir"], Val::Opt, Eff::WriteValue),
            f(&["--suffix"], Val::Req, Eff::None),
        ],
        note: "creates an empty file or directory, normally under $TMPDIR",
        ..Spec::D
    },
    Spec {
        names: &["shred"],
        class: Class::Destroy,
        pos: Pos::Delete,
        flags: &[
            f(&["-n", "--iterations"], Val::Req, Eff::None),
            f(&["-s", "--size"], Val::Req, Eff::None),
            f(&["--random-source"], Val::Req, Eff::ReadValue),
            f(&["-u"], Val::No, Eff::Delete),
            f(&["--remove"], Val::Opt, Eff::Delete),
        ],
        note: "overwrites file contents (or whole devices) irrecoverably",
        ..Spec::D
    },
    Spec {
        names: &["dd"],
        class: Class::Write,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::Dd,
        note: "operands if=/of= are read/write paths; of=/dev/sdX destroys a disk",
        ..Spec::D
    },
    Spec {
        names: &["sync"],
        note: "only flushes caches",
        ..Spec::D
    },
    // ---------------------------------------------------------------- wrappers
    Spec {
        names: &["timeout"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-s", "--signal"], Val::Req, Eff::None),
            f(&["-k", "--kill-after"], Val::Req, Eff::None),
        ],
        note: "the first operand is the DURATION; the command follows it",
        ..Spec::D
    },
    Spec {
        names: &["nice"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[f(&["-n", "--adjustment"], Val::Req, Eff::None)],
        note: "`nice -10 cmd` is the legacy adjustment form",
        ..Spec::D
    },
    Spec {
        names: &["nohup"],
        class: Class::Wrapper,
        pos: Pos::Command,
        note: "appends output to ./nohup.out (or ~/nohup.out) when stdout is a terminal",
        ..Spec::D
    },
    Spec {
        names: &["stdbuf"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-i", "--input"], Val::Req, Eff::None),
            f(&["-o", "--output"], Val::Req, Eff::None),
            f(&["-e", "--error"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["runcon"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[
            f(&["-u", "--user"], Val::Req, Eff::None),
            f(&["-r", "--role"], Val::Req, Eff::None),
            f(&["-t", "--type"], Val::Req, Eff::None),
            f(&["-l", "--range"], Val::Req, Eff::None),
        ],
        note: "runs the command in another SELinux context (without -u/-r/-t/-l the first operand is the CONTEXT); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    // ---------------------------------------------------------------- command lookup
    Spec { names: &["which"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: &["type"], pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec {
        names: &["command"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        note: "`command -v NAME` / `-V` only look NAME up; plain `command cmd args` runs cmd",
        ..Spec::D
    },
    Spec {
        names: &["whereis"],
        pos: Pos::Opaque,
        note: "-B/-M/-S take directory lists terminated by -f",
        ..Spec::D
    },
    Spec {
        names: &["locate", "plocate", "mlocate", "slocate"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-d", "--database"], Val::Req, Eff::ReadValue),
            f(&["-l", "-n", "--limit"], Val::Req, Eff::None),
            f(&["-r", "--regexp"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
];
