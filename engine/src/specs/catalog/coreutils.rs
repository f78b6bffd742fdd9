//! GNU coreutils and their close companions (util-linux, debianutils, shell builtins that also
//! exist as programs): listing, metadata, printing, values, file management, small wrappers and
//! command lookup. Text filters are in textutils.rs.

use crate::specs::{f, names, Class, Eff, Pos, Spec, Special, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- listing and metadata
    Spec {
        names: names!["ls", "dir", "vdir"],
        flags: &[
            f(names!["-I", "--ignore"], Val::Req, Eff::None),
            f(names!["--hide"], Val::Req, Eff::None),
            f(names!["-T", "--tabsize"], Val::Req, Eff::None),
            f(names!["-w", "--width"], Val::Req, Eff::None),
            f(names!["--block-size"], Val::Req, Eff::None),
            f(names!["--format"], Val::Req, Eff::None),
            f(names!["--sort"], Val::Req, Eff::None),
            f(names!["--time"], Val::Req, Eff::None),
            f(names!["--time-style"], Val::Req, Eff::None),
            f(names!["--quoting-style"], Val::Req, Eff::None),
            f(names!["--indicator-style"], Val::Req, Eff::None),
            f(names!["--color"], Val::Opt, Eff::None),
            f(names!["--hyperlink"], Val::Opt, Eff::None),
            f(names!["--classify"], Val::Opt, Eff::None),
            f(names!["--context"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec { names: names!["cat"], ..Spec::D },
    Spec {
        names: names!["head"],
        flags: &[
            f(names!["-n", "--lines"], Val::Req, Eff::None),
            f(names!["-c", "--bytes"], Val::Req, Eff::None),
        ],
        note: "`head -20` (legacy -NUM) is a line count, not a flag bundle",
        ..Spec::D
    },
    Spec {
        names: names!["tail"],
        flags: &[
            f(names!["-n", "--lines"], Val::Req, Eff::None),
            f(names!["-c", "--bytes"], Val::Req, Eff::None),
            f(names!["-s", "--sleep-interval"], Val::Req, Eff::None),
            f(names!["--pid"], Val::Req, Eff::None),
            f(names!["--max-unchanged-stats"], Val::Req, Eff::None),
            f(names!["--follow"], Val::Opt, Eff::None),
        ],
        note: "`tail -f` never ends by itself; `tail +200` / `-20` are legacy counts",
        ..Spec::D
    },
    Spec {
        names: names!["wc"],
        flags: &[
            f(names!["--files0-from"], Val::Req, Eff::ReadValue),
            f(names!["--total"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["stat"],
        flags: &[
            f(names!["-c", "--format"], Val::Req, Eff::None),
            f(names!["--printf"], Val::Req, Eff::None),
            f(names!["--cached"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["file"],
        flags: &[
            f(names!["-m", "--magic-file"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--files-from"], Val::Req, Eff::ReadValue),
            f(names!["-F", "--separator"], Val::Req, Eff::None),
            f(names!["-P", "--parameter"], Val::Req, Eff::None),
            f(names!["-e", "--exclude"], Val::Req, Eff::None),
            f(names!["--exclude-quiet"], Val::Req, Eff::None),
        ],
        note: "`file -C -m SRC` compiles SRC into ./SRC.mgc (a cwd write; rare)",
        ..Spec::D
    },
    Spec {
        names: names!["du"],
        flags: &[
            f(names!["-d", "--max-depth"], Val::Req, Eff::None),
            f(names!["-B", "--block-size"], Val::Req, Eff::None),
            f(names!["-t", "--threshold"], Val::Req, Eff::None),
            f(names!["--exclude"], Val::Req, Eff::None),
            f(names!["-X", "--exclude-from"], Val::Req, Eff::ReadValue),
            f(names!["--files0-from"], Val::Req, Eff::ReadValue),
            f(names!["--time"], Val::Opt, Eff::None),
            f(names!["--time-style"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["df"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-B", "--block-size"], Val::Req, Eff::None),
            f(names!["-t", "--type"], Val::Req, Eff::None),
            f(names!["-x", "--exclude-type"], Val::Req, Eff::None),
            f(names!["--output"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["basename"],
        pos: Pos::Opaque,
        flags: &[f(names!["-s", "--suffix"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: names!["dirname"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["realpath"],
        flags: &[
            f(names!["--relative-to"], Val::Req, Eff::None),
            f(names!["--relative-base"], Val::Req, Eff::None),
        ],
        note: "only resolves names (stat/readlink); nothing is opened",
        ..Spec::D
    },
    Spec { names: names!["readlink"], ..Spec::D },
    Spec { names: names!["pwd"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["tree"],
        gnu: false,
        flags: &[
            f(names!["-L"], Val::Req, Eff::None),
            f(names!["-P"], Val::Req, Eff::None),
            f(names!["-I"], Val::Req, Eff::None),
            f(names!["-o"], Val::Req, Eff::WriteValue),
            f(names!["-H"], Val::Req, Eff::None),
            f(names!["-T"], Val::Req, Eff::None),
            f(names!["-R"], Val::No, Eff::InPlace),
            f(names!["--filelimit"], Val::Req, Eff::None),
            f(names!["--timefmt"], Val::Req, Eff::None),
            f(names!["--charset"], Val::Req, Eff::None),
            f(names!["--sort"], Val::Req, Eff::None),
            f(names!["--gitfile"], Val::Req, Eff::ReadValue),
            f(names!["--hintro"], Val::Req, Eff::ReadValue),
            f(names!["--houtro"], Val::Req, Eff::ReadValue),
            f(names!["--infile"], Val::Req, Eff::ReadValue),
        ],
        note: "-R (with -H) writes 00Tree.html into every listed directory",
        ..Spec::D
    },
    // ---------------------------------------------------------------- printing and values
    Spec { names: names!["echo"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["printf"],
        pos: Pos::Opaque,
        flags: &[f(names!["-v"], Val::Req, Eff::None)],
        note: "-v VAR is the bash builtin's; it only sets a shell variable",
        ..Spec::D
    },
    Spec {
        names: names!["date"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-s", "--set"], Val::Req, Eff::Global),
            f(names!["-d", "--date"], Val::Req, Eff::None),
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-r", "--reference"], Val::Req, Eff::ReadValue),
            f(names!["-I", "--iso-8601"], Val::Opt, Eff::None),
            f(names!["--rfc-3339"], Val::Req, Eff::None),
        ],
        note: "a bare MMDDhhmm[[CC]YY] operand also sets the clock (needs root)",
        ..Spec::D
    },
    Spec {
        names: names!["env"],
        class: Class::Wrapper,
        pos: Pos::Command,
        special: Special::Env,
        flags: &[
            f(names!["-u", "--unset"], Val::Req, Eff::None),
            f(names!["-C", "--chdir"], Val::Req, Eff::None),
            f(names!["-S", "--split-string"], Val::Req, Eff::None),
            f(names!["-i", "--ignore-environment"], Val::No, Eff::None),
            f(names!["-0", "--null"], Val::No, Eff::None),
            f(names!["-v", "--debug"], Val::No, Eff::None),
            f(names!["--block-signal"], Val::Opt, Eff::None),
            f(names!["--default-signal"], Val::Opt, Eff::None),
            f(names!["--ignore-signal"], Val::Opt, Eff::None),
        ],
        note: "without a command `env` only prints the environment; -S STRING is split into a command (Special::Env)",
        ..Spec::D
    },
    Spec {
        names: names!["printenv"],
        pos: Pos::Opaque,
        note: "prints environment values, which may hold secrets",
        ..Spec::D
    },
    Spec { names: names!["id"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["whoami"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["groups"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["logname"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["users", "who", "pinky"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["uname"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["arch"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["hostid"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["tty"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["nproc"],
        pos: Pos::Opaque,
        flags: &[f(names!["--ignore"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["getconf"],
        pos: Pos::Opaque,
        flags: &[f(names!["-v"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: names!["locale"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["hostname"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-F", "--file"], Val::Req, Eff::Global),
            f(names!["-b", "--boot"], Val::No, Eff::Global),
        ],
        note: "`hostname NAME` changes the host name (needs root); handled by policy",
        ..Spec::D
    },
    Spec {
        names: names!["seq"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f", "--format"], Val::Req, Eff::None),
            f(names!["-s", "--separator"], Val::Req, Eff::None),
        ],
        note: "negative operands (`seq -5 5`) look like flags",
        ..Spec::D
    },
    Spec { names: names!["yes"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["true", ":"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["false"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["test", "["],
        pos: Pos::Opaque,
        gnu: false,
        note: "file tests only stat their operands",
        ..Spec::D
    },
    Spec { names: names!["expr"], pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec { names: names!["sleep"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["factor"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["numfmt"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-d", "--delimiter"], Val::Req, Eff::None),
            f(names!["--from"], Val::Req, Eff::None),
            f(names!["--from-unit"], Val::Req, Eff::None),
            f(names!["--to"], Val::Req, Eff::None),
            f(names!["--to-unit"], Val::Req, Eff::None),
            f(names!["--format"], Val::Req, Eff::None),
            f(names!["--padding"], Val::Req, Eff::None),
            f(names!["--round"], Val::Req, Eff::None),
            f(names!["--suffix"], Val::Req, Eff::None),
            f(names!["--field"], Val::Req, Eff::None),
            f(names!["--invalid"], Val::Req, Eff::None),
            f(names!["--header"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["bc"],
        note: "GNU bc has no shell escape or file output; operands are program files",
        ..Spec::D
    },
    Spec {
        names: names!["cal", "ncal"],
        pos: Pos::Opaque,
        ..Spec::D
    },
    // ---------------------------------------------------------------- file management
    Spec {
        names: names!["cp"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(names!["-S", "--suffix"], Val::Req, Eff::None),
            f(names!["--backup"], Val::Opt, Eff::None),
            f(names!["--sparse"], Val::Req, Eff::None),
            f(names!["--reflink"], Val::Opt, Eff::None),
            f(names!["--preserve"], Val::Opt, Eff::None),
            f(names!["--no-preserve"], Val::Req, Eff::None),
            f(names!["--update"], Val::Opt, Eff::None),
            f(names!["--context"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::None),
        ],
        note: "with -t DIR every operand is a source",
        ..Spec::D
    },
    Spec {
        names: names!["mv"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(names!["-S", "--suffix"], Val::Req, Eff::None),
            f(names!["--backup"], Val::Opt, Eff::None),
            f(names!["--update"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::None),
        ],
        note: "sources disappear from their old place: moving out of a directory is a delete there",
        ..Spec::D
    },
    Spec {
        names: names!["install"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(names!["-S", "--suffix"], Val::Req, Eff::None),
            f(names!["-m", "--mode"], Val::Req, Eff::None),
            f(names!["-o", "--owner"], Val::Req, Eff::None),
            f(names!["-g", "--group"], Val::Req, Eff::None),
            f(names!["--backup"], Val::Opt, Eff::None),
            f(names!["--strip-program"], Val::Req, Eff::ExecValue),
            f(names!["--context"], Val::Opt, Eff::None),
            f(names!["-d", "--directory"], Val::No, Eff::InPlace),
        ],
        note: "with -d every operand is a directory to create; -m 4755 / -o root give setuid or root-owned files",
        ..Spec::D
    },
    Spec {
        names: names!["ln"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["-t", "--target-directory"], Val::Req, Eff::WriteValue),
            f(names!["-S", "--suffix"], Val::Req, Eff::None),
            f(names!["--backup"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::None),
        ],
        note: "a link in the workspace may point anywhere: what is written later through it matters",
        ..Spec::D
    },
    Spec { names: names!["link"], class: Class::Write, pos: Pos::ReadThenWrite, ..Spec::D },
    Spec {
        names: names!["rm"],
        class: Class::Delete,
        pos: Pos::Delete,
        flags: &[
            f(names!["--no-preserve-root"], Val::No, Eff::Force),
            f(names!["--preserve-root"], Val::Opt, Eff::None),
            f(names!["--interactive"], Val::Opt, Eff::None),
            f(names!["-f", "--force"], Val::No, Eff::None),
            f(names!["-r", "-R", "--recursive"], Val::No, Eff::None),
            f(names!["-d", "--dir"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec { names: names!["unlink"], class: Class::Delete, pos: Pos::Delete, ..Spec::D },
    Spec { names: names!["rmdir"], class: Class::Delete, pos: Pos::Delete, ..Spec::D },
    Spec {
        names: names!["mkdir"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-m", "--mode"], Val::Req, Eff::None),
            f(names!["--context"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["mkfifo"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-m", "--mode"], Val::Req, Eff::None),
            f(names!["--context"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["mknod"],
        class: Class::System,
        pos: Pos::Write,
        flags: &[
            f(names!["-m", "--mode"], Val::Req, Eff::None),
            f(names!["--context"], Val::Opt, Eff::None),
        ],
        note: "block/character device nodes give raw device access; operands after NAME are TYPE MAJOR MINOR",
        ..Spec::D
    },
    Spec {
        names: names!["touch"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-d", "--date"], Val::Req, Eff::None),
            f(names!["-t"], Val::Req, Eff::None),
            f(names!["-r", "--reference"], Val::Req, Eff::ReadValue),
            f(names!["--time"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["truncate"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-s", "--size"], Val::Req, Eff::None),
            f(names!["-r", "--reference"], Val::Req, Eff::ReadValue),
        ],
        note: "`truncate -s 0 FILE` empties FILE",
        ..Spec::D
    },
    Spec {
        names: names!["chmod"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        special: Special::Chmod,
        flags: &[
            f(names!["--reference"], Val::Req, Eff::ReadValue),
            f(names!["--no-preserve-root"], Val::No, Eff::Force),
            f(names!["--preserve-root"], Val::No, Eff::None),
        ],
        note: "`chmod -x f` is a mode, not a flag; with --reference there is no mode operand",
        ..Spec::D
    },
    Spec {
        names: names!["chown"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(names!["--reference"], Val::Req, Eff::ReadValue),
            f(names!["--from"], Val::Req, Eff::None),
            f(names!["--no-preserve-root"], Val::No, Eff::Force),
            f(names!["--preserve-root"], Val::No, Eff::None),
        ],
        note: "giving files to another user (root) is judged by policy on the owner value",
        ..Spec::D
    },
    Spec {
        names: names!["chgrp"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(names!["--reference"], Val::Req, Eff::ReadValue),
            f(names!["--no-preserve-root"], Val::No, Eff::Force),
            f(names!["--preserve-root"], Val::No, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["chcon"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(names!["--reference"], Val::Req, Eff::ReadValue),
            f(names!["-u", "--user"], Val::Req, Eff::None),
            f(names!["-r", "--role"], Val::Req, Eff::None),
            f(names!["-t", "--type"], Val::Req, Eff::None),
            f(names!["-l", "--range"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["mktemp"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-p"], Val::Req, Eff::WriteValue),
            f(names!["--tmpdir"], Val::Opt, Eff::WriteValue),
            f(names!["--suffix"], Val::Req, Eff::None),
        ],
        note: "creates an empty file or directory, normally under $TMPDIR",
        ..Spec::D
    },
    Spec {
        names: names!["shred"],
        class: Class::Destroy,
        pos: Pos::Delete,
        flags: &[
            f(names!["-n", "--iterations"], Val::Req, Eff::None),
            f(names!["-s", "--size"], Val::Req, Eff::None),
            f(names!["--random-source"], Val::Req, Eff::ReadValue),
            f(names!["-u"], Val::No, Eff::Delete),
            f(names!["--remove"], Val::Opt, Eff::Delete),
        ],
        note: "overwrites file contents (or whole devices) irrecoverably",
        ..Spec::D
    },
    Spec {
        names: names!["dd"],
        class: Class::Write,
        pos: Pos::Opaque,
        gnu: false,
        special: Special::Dd,
        note: "operands if=/of= are read/write paths; of=/dev/sdX destroys a disk",
        ..Spec::D
    },
    Spec {
        names: names!["sync"],
        note: "only flushes caches",
        ..Spec::D
    },
    // ---------------------------------------------------------------- wrappers
    Spec {
        names: names!["timeout"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-s", "--signal"], Val::Req, Eff::None),
            f(names!["-k", "--kill-after"], Val::Req, Eff::None),
        ],
        note: "the first operand is the DURATION; the command follows it",
        ..Spec::D
    },
    Spec {
        names: names!["nice"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[f(names!["-n", "--adjustment"], Val::Req, Eff::None)],
        note: "`nice -10 cmd` is the legacy adjustment form",
        ..Spec::D
    },
    Spec {
        names: names!["nohup"],
        class: Class::Wrapper,
        pos: Pos::Command,
        note: "appends output to ./nohup.out (or ~/nohup.out) when stdout is a terminal",
        ..Spec::D
    },
    Spec {
        names: names!["stdbuf"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-i", "--input"], Val::Req, Eff::None),
            f(names!["-o", "--output"], Val::Req, Eff::None),
            f(names!["-e", "--error"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["runcon"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[
            f(names!["-u", "--user"], Val::Req, Eff::None),
            f(names!["-r", "--role"], Val::Req, Eff::None),
            f(names!["-t", "--type"], Val::Req, Eff::None),
            f(names!["-l", "--range"], Val::Req, Eff::None),
        ],
        note: "runs the command in another SELinux context (without -u/-r/-t/-l the first operand is the CONTEXT); stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    // ---------------------------------------------------------------- command lookup
    Spec { names: names!["which"], pos: Pos::Opaque, ..Spec::D },
    Spec { names: names!["type"], pos: Pos::Opaque, gnu: false, ..Spec::D },
    Spec {
        names: names!["command"],
        class: Class::Wrapper,
        pos: Pos::Command,
        gnu: false,
        note: "`command -v NAME` / `-V` only look NAME up; plain `command cmd args` runs cmd",
        ..Spec::D
    },
    Spec {
        names: names!["whereis"],
        pos: Pos::Opaque,
        note: "-B/-M/-S take directory lists terminated by -f",
        ..Spec::D
    },
    Spec {
        names: names!["locate", "plocate", "mlocate", "slocate"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-d", "--database"], Val::Req, Eff::ReadValue),
            f(names!["-l", "-n", "--limit"], Val::Req, Eff::None),
            f(names!["-r", "--regexp"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
];
