//! Archivers and compressors: tar, zip/unzip, 7z, cpio, ar, jar, rar, uuencode, and the
//! gzip/bzip2/xz/zstd/lz4/brotli families with their *cat readers.
//!
//! Compressors replace FILE with FILE.ext (or the reverse), so their operands are written.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Special, Val};

#[rustfmt::skip]
const GZIP_FLAGS: &[Flag] = &[
    f(names!["-S", "--suffix"], Val::Req, Eff::None), f(names!["-b", "--blocksize"], Val::Req, Eff::None), f(names!["-p", "--processes"], Val::Req, Eff::None),
    f(names!["-c", "--stdout"], Val::No, Eff::None), f(names!["-d", "--decompress"], Val::No, Eff::None), f(names!["-k", "--keep"], Val::No, Eff::None), f(names!["-f", "--force"], Val::No, Eff::None), f(names!["-r", "--recursive"], Val::No, Eff::None), f(names!["-l", "--list"], Val::No, Eff::None), f(names!["-t", "--test"], Val::No, Eff::None), f(names!["-n", "--no-name"], Val::No, Eff::None), f(names!["-N", "--name"], Val::No, Eff::None), f(names!["-q", "--quiet"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-i", "--independent"], Val::No, Eff::None), f(names!["--to-stdout", "--uncompress", "--rsyncable", "--synchronous"], Val::No, Eff::None),
];

#[rustfmt::skip]
const XZ_FLAGS: &[Flag] = &[
    f(names!["--files", "--files0"], Val::Opt, Eff::ReadValue),
    f(names!["-S", "--suffix"], Val::Req, Eff::None), f(names!["-T", "--threads"], Val::Req, Eff::None), f(names!["-M", "--memlimit"], Val::Req, Eff::None), f(names!["-F", "--format"], Val::Req, Eff::None), f(names!["-C", "--check"], Val::Req, Eff::None), f(names!["--memory", "--memlimit-compress", "--memlimit-decompress", "--block-size", "--block-list", "--filters", "--filters1", "--filters2", "--filters-help"], Val::Req, Eff::None),
    f(names!["--lzma1", "--lzma2", "--x86", "--arm", "--arm64", "--armthumb", "--powerpc", "--ia64", "--sparc", "--riscv", "--delta"], Val::Opt, Eff::None),
];

#[rustfmt::skip]
const ZSTD_FLAGS: &[Flag] = &[
    f(names!["-o", "--output-dir-flat"], Val::Req, Eff::WriteValue), f(names!["--output-dir-mirror", "--trace"], Val::Req, Eff::WriteValue),
    f(names!["-D", "--filelist"], Val::Req, Eff::ReadValue), f(names!["--patch-from"], Val::Req, Eff::ReadValue),
    f(names!["--rm"], Val::No, Eff::Delete),
    f(names!["-T", "--threads"], Val::Req, Eff::None), f(names!["-M", "--memory"], Val::Req, Eff::None), f(names!["-B", "--block-size"], Val::Req, Eff::None), f(names!["--stream-size", "--size-hint", "--target-compressed-block-size"], Val::Req, Eff::None),
    f(names!["--format", "--long", "--zstd", "--adapt", "--fast", "--exclude-compressed"], Val::Opt, Eff::None),
];

#[rustfmt::skip]
const TAR_FLAGS: &[Flag] = &[
    f(names!["--to-command"], Val::Req, Eff::Shell),
    f(names!["-I", "--use-compress-program"], Val::Req, Eff::ExecValue), f(names!["-F", "--info-script"], Val::Req, Eff::ExecValue), f(names!["--checkpoint-action", "--rsh-command", "--rmt-command", "--new-volume-script"], Val::Req, Eff::ExecValue),
    f(names!["--remove-files", "--recursive-unlink"], Val::No, Eff::Delete),
    f(names!["--delete"], Val::No, Eff::Delete),
    f(names!["-P", "--absolute-names"], Val::No, Eff::Global),
    f(names!["-f", "--file"], Val::Req, Eff::None), f(names!["-C", "--directory"], Val::Req, Eff::None),
    f(names!["-T", "--files-from"], Val::Req, Eff::ReadValue), f(names!["-X", "--exclude-from"], Val::Req, Eff::ReadValue), f(names!["--owner-map", "--group-map"], Val::Req, Eff::ReadValue),
    f(names!["-g", "--listed-incremental"], Val::Req, Eff::WriteValue), f(names!["--index-file", "--volno-file"], Val::Req, Eff::WriteValue),
    f(names!["-N", "--newer"], Val::Req, Eff::None), f(names!["-b", "--blocking-factor"], Val::Req, Eff::None), f(names!["-H", "--format"], Val::Req, Eff::None), f(names!["-V", "--label"], Val::Req, Eff::None), f(names!["-K", "--starting-file"], Val::Req, Eff::None), f(names!["-L", "--tape-length"], Val::Req, Eff::None), f(names!["--exclude", "--after-date", "--newer-mtime", "--owner", "--group", "--mode", "--mtime", "--transform", "--xform", "--strip-components", "--suffix", "--record-size", "--sort", "--quoting-style", "--hole-detection", "--warning", "--exclude-tag", "--exclude-tag-under", "--exclude-tag-all", "--pax-option", "--level", "--options", "--newer-than", "--older-than", "--include"], Val::Req, Eff::None),
    f(names!["--checkpoint", "--backup", "--occurrence", "--totals", "--atime-preserve", "--one-top-level", "--exclude-vcs-ignores"], Val::Opt, Eff::None),
    f(names!["-c", "--create"], Val::No, Eff::None), f(names!["-x", "--extract"], Val::No, Eff::None), f(names!["-t", "--list"], Val::No, Eff::None), f(names!["-r", "--append"], Val::No, Eff::None), f(names!["-u", "--update"], Val::No, Eff::None), f(names!["-A", "--catenate"], Val::No, Eff::None), f(names!["-d", "--diff"], Val::No, Eff::None), f(names!["-z", "--gzip"], Val::No, Eff::None), f(names!["-j", "--bzip2"], Val::No, Eff::None), f(names!["-J", "--xz"], Val::No, Eff::None), f(names!["-Z", "--compress"], Val::No, Eff::None), f(names!["-a", "--auto-compress"], Val::No, Eff::None), f(names!["-v", "--verbose"], Val::No, Eff::None), f(names!["-p", "--preserve-permissions"], Val::No, Eff::None), f(names!["-h", "--dereference"], Val::No, Eff::None), f(names!["-O", "--to-stdout"], Val::No, Eff::None), f(names!["-k", "--keep-old-files"], Val::No, Eff::None), f(names!["-U", "--unlink-first"], Val::No, Eff::None), f(names!["-W", "--verify"], Val::No, Eff::None), f(names!["-w", "--interactive"], Val::No, Eff::None), f(names!["-S", "--sparse"], Val::No, Eff::None), f(names!["-G", "--incremental"], Val::No, Eff::None), f(names!["-M", "--multi-volume"], Val::No, Eff::None), f(names!["-R", "--block-number"], Val::No, Eff::None), f(names!["-B", "--read-full-records"], Val::No, Eff::None), f(names!["-i", "--ignore-zeros"], Val::No, Eff::None), f(names!["-m", "--touch"], Val::No, Eff::None), f(names!["-s", "--same-order"], Val::No, Eff::None), f(names!["-l", "--check-links"], Val::No, Eff::None), f(names!["--get", "--concatenate", "--compare", "--zstd", "--lzip", "--lzma", "--lzop", "--keep-newer-files", "--skip-old-files", "--overwrite", "--null", "--no-null", "--force-local", "--numeric-owner", "--no-same-owner", "--same-owner", "--no-same-permissions", "--wildcards", "--no-recursion", "--recursion", "--exclude-vcs", "--exclude-caches"], Val::No, Eff::None), f(names!["-o"], Val::No, Eff::None),
];

#[rustfmt::skip]
const SEVENZ_FLAGS: &[Flag] = &[
    f(names!["-o", "-w"], Val::Opt, Eff::WriteValue),
    f(names!["-sdel"], Val::No, Eff::Delete),
    f(names!["-spf", "-spf2"], Val::No, Eff::Global),
    f(names!["-x", "-ao"], Val::Opt, Eff::None), f(names!["-v", "-bb"], Val::Opt, Eff::None), f(names!["-r", "-ai"], Val::Opt, Eff::None), f(names!["-u", "-stl"], Val::Opt, Eff::None), f(names!["-bs", "-bt", "-ba", "-scs", "-scc", "-si", "-ax", "-an", "-sni", "-sns", "-snl", "-snh", "-ssw", "-stx", "-bso", "-bse", "-bsp"], Val::Opt, Eff::None), f(names!["-p", "-t", "-i", "-m"], Val::Opt, Eff::None),
    f(names!["-y", "-so"], Val::No, Eff::None), f(names!["-slt", "-sccUTF-8"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: names!["tar", "gtar", "bsdtar"],
        class: Class::Write,
        special: Special::Tar,
        flags: TAR_FLAGS,
        note: "Special::Tar reads the mode (also `tar xzf ARCHIVE` old style): -t/--list and -d only read; -x writes into -C DIR or the current directory; -c writes the -f archive",
        ..Spec::D
    },
    // ---------------------------------------------------------------- zip family
    Spec {
        names: names!["zip"],
        env_args: &["ZIPOPT"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(names!["-TT", "--unzip-command"], Val::Req, Eff::ExecValue),
            f(names!["-T", "--test"], Val::No, Eff::None),
            f(names!["-m", "--move"], Val::No, Eff::Delete),
            f(names!["-b", "--temp-path"], Val::Req, Eff::WriteValue), f(names!["-O", "--output-file"], Val::Req, Eff::WriteValue), f(names!["-lf", "--logfile-path"], Val::Req, Eff::WriteValue),
            f(names!["-i", "--include"], Val::Req, Eff::None), f(names!["-x", "--exclude"], Val::Req, Eff::None), f(names!["-n", "--suffixes"], Val::Req, Eff::None), f(names!["-t", "--from-date"], Val::Req, Eff::None), f(names!["-P", "--password"], Val::Req, Eff::None), f(names!["-Z", "--compression-method"], Val::Req, Eff::None), f(names!["-s", "--split-size"], Val::Req, Eff::None), f(names!["-tt", "--before-date", "-ds", "--dot-size", "-sp", "--split-pause", "-sb", "--split-bell"], Val::Req, Eff::None),
            f(names!["-r", "--recurse-paths"], Val::No, Eff::None), f(names!["-l", "-ll"], Val::No, Eff::None), f(names!["-F", "-FF"], Val::No, Eff::None), f(names!["-d", "--delete"], Val::No, Eff::None), f(names!["-@", "-sf"], Val::No, Eff::None), f(names!["-U", "-ws"], Val::No, Eff::None), f(names!["-FS", "-so", "-su", "-sU", "-la", "-li", "-MM", "-nw", "-db", "-dc", "-dd", "-dg", "-du", "-dv", "-sc", "-sd"], Val::No, Eff::None), f(names!["-R", "-q", "-v", "-j", "-k", "-o", "-D", "-X", "-y", "-0", "-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "-A", "-g", "-u", "-f", "-e", "-c", "-z"], Val::No, Eff::None),
        ],
        note: "the first operand is the archive written, the rest are files read; -T -TT CMD runs CMD (GTFOBins); -m deletes the originals; options are matched as whole tokens (-TT is not -T -T)",
        ..Spec::D
    },
    Spec {
        names: names!["unzip"],
        env_args: &["UNZIP", "UNZIPOPT"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(names!["-d"], Val::Req, Eff::WriteValue),
            f(names!["-:"], Val::No, Eff::Global),
            f(names!["-P", "-O", "-I"], Val::Req, Eff::None),
            f(names!["-q", "-qq"], Val::No, Eff::None), f(names!["-a", "-aa"], Val::No, Eff::None), f(names!["-U", "-UU"], Val::No, Eff::None), f(names!["-l", "-v", "-t", "-z", "-Z", "-p", "-c", "-o", "-n", "-j", "-b", "-C", "-L", "-M", "-V", "-W", "-X", "-K", "-x", "-f", "-u", "-T", "-^"], Val::No, Eff::None),
        ],
        note: "extracts into -d DIR or the current directory; -l/-v/-t/-z/-Z only list, -p/-c print; -: allows `..` paths (writes outside)",
        ..Spec::D
    },
    Spec { names: names!["zipinfo"], gnu: false, ..Spec::D },
    Spec {
        names: names!["7z", "7za", "7zr", "7zz"],
        gnu: false,
        unknown_sub: Class::Write,
        flags: SEVENZ_FLAGS,
        subs: &[
            Spec { names: names!["l", "t", "h", "b", "i"], gnu: false, flags: SEVENZ_FLAGS, ..Spec::D },
            Spec { names: names!["x", "e"], class: Class::Write, gnu: false, flags: SEVENZ_FLAGS,
                note: "extracts into -oDIR or the current directory", ..Spec::D },
            Spec { names: names!["a", "u", "d", "rn"], class: Class::Write, pos: Pos::Write, gnu: false, flags: SEVENZ_FLAGS,
                note: "the first operand is the archive written; the rest are files read", ..Spec::D },
        ],
        note: "switches take attached values (-oDIR, -pPASS)",
        ..Spec::D
    },
    Spec {
        names: names!["unrar", "rar"],
        gnu: false,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: names!["l", "lb", "lt", "lta", "v", "vb", "vt", "vta", "t", "p"], gnu: false, ..Spec::D },
            Spec { names: names!["x", "e", "a", "m", "u", "f", "d", "rn", "c", "ch", "k", "r", "rr", "s"], class: Class::Write, gnu: false,
                note: "extract or change archives; `m` moves files into the archive (deleting them)", ..Spec::D },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- other archivers
    Spec {
        names: names!["cpio"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--rsh-command"], Val::Req, Eff::ExecValue),
            f(names!["-F", "--file", "-O"], Val::Req, Eff::WriteValue),
            f(names!["-I", "-E", "--pattern-file"], Val::Req, Eff::ReadValue),
            f(names!["--absolute-filenames"], Val::No, Eff::Global),
            f(names!["-D", "--directory"], Val::Req, Eff::None), f(names!["-H", "--format"], Val::Req, Eff::None), f(names!["-M", "--message"], Val::Req, Eff::None), f(names!["-R", "--owner"], Val::Req, Eff::None), f(names!["-C", "--io-size"], Val::Req, Eff::None), f(names!["--block-size"], Val::Req, Eff::None),
        ],
        note: "file names come from stdin; -i extracts into the current directory, -p copies into the directory operand, -t only lists",
        ..Spec::D
    },
    Spec {
        names: names!["ar", "llvm-ar", "gcc-ar", "ranlib"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(names!["--plugin"], Val::Req, Eff::ExecValue),
            f(names!["--output"], Val::Req, Eff::WriteValue),
            f(names!["--target"], Val::Req, Eff::None),
        ],
        note: "the first operand is the operation key (r, c, s, t, x ...); `ar t`/`ar p` only read, `ar x` extracts into the current directory",
        ..Spec::D
    },
    Spec {
        names: names!["jar"],
        class: Class::Write,
        gnu: false,
        flags: &[f(names!["-C", "--file"], Val::Req, Eff::None), f(names!["-e", "--main-class"], Val::Req, Eff::None), f(names!["-m", "--manifest"], Val::Req, Eff::None), f(names!["-p", "--module-path"], Val::Req, Eff::None), f(names!["--release", "--module-version"], Val::Req, Eff::None)],
        note: "tar-like bundled first argument (`jar cvf app.jar files`, `jar tf app.jar`); t only lists",
        ..Spec::D
    },
    Spec {
        names: names!["uudecode"],
        class: Class::Write,
        flags: &[f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue)],
        note: "without -o the output path comes from the encoded header (any path: GTFOBins file write)",
        ..Spec::D
    },
    Spec { names: names!["uuencode"], note: "the second operand is only a name put in the header", ..Spec::D },
    // ---------------------------------------------------------------- compressors
    Spec {
        names: names!["gzip", "pigz"],
        class: Class::Write,
        pos: Pos::Write,
        flags: GZIP_FLAGS,
        note: "replaces FILE with FILE.gz; -c writes to stdout and leaves FILE; -l/-t only read",
        ..Spec::D
    },
    Spec {
        names: names!["gunzip", "unpigz"],
        class: Class::Write,
        pos: Pos::Write,
        flags: GZIP_FLAGS,
        note: "replaces FILE.gz with FILE; -c writes to stdout",
        ..Spec::D
    },
    Spec {
        names: names!["zcat", "gzcat"],
        flags: GZIP_FLAGS,
        ..Spec::D
    },
    Spec {
        names: names!["bzip2", "lbzip2", "pbzip2"],
        class: Class::Write,
        pos: Pos::Write,
        note: "replaces FILE with FILE.bz2; -c writes to stdout",
        ..Spec::D
    },
    Spec { names: names!["bunzip2"], class: Class::Write, pos: Pos::Write, ..Spec::D },
    Spec { names: names!["bzcat"], ..Spec::D },
    Spec {
        names: names!["xz", "lzma", "pixz"],
        class: Class::Write,
        pos: Pos::Write,
        flags: XZ_FLAGS,
        note: "replaces FILE with FILE.xz; -c writes to stdout; -l/-t only read",
        ..Spec::D
    },
    Spec { names: names!["unxz", "unlzma"], class: Class::Write, pos: Pos::Write, flags: XZ_FLAGS, ..Spec::D },
    Spec { names: names!["xzcat", "lzcat"], flags: XZ_FLAGS, ..Spec::D },
    Spec {
        names: names!["zstd", "zstdmt", "unzstd"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: ZSTD_FLAGS,
        note: "writes FILE.zst (or FILE) next to the input, keeping it unless --rm; -c writes to stdout",
        ..Spec::D
    },
    Spec { names: names!["zstdcat"], gnu: false, flags: ZSTD_FLAGS, ..Spec::D },
    Spec {
        names: names!["lz4", "unlz4"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(names!["--rm"], Val::No, Eff::Delete),
            f(names!["-D"], Val::Req, Eff::ReadValue),
            f(names!["-B"], Val::Opt, Eff::None),
        ],
        note: "`lz4 IN [OUT]`: the second operand is the output",
        ..Spec::D
    },
    Spec { names: names!["lz4cat"], gnu: false, ..Spec::D },
    Spec {
        names: names!["brotli"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-j", "--rm"], Val::No, Eff::Delete),
            f(names!["-D", "--dictionary"], Val::Req, Eff::ReadValue),
            f(names!["-S", "--suffix"], Val::Req, Eff::None), f(names!["-q", "--quality"], Val::Req, Eff::None), f(names!["-w", "--lgwin"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["lzop", "lzip", "plzip"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-U", "--unlink"], Val::No, Eff::Delete), f(names!["--delete"], Val::No, Eff::Delete),
            f(names!["-S", "--suffix"], Val::Req, Eff::None),
            f(names!["-p", "--path"], Val::Opt, Eff::WriteValue),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["compress", "uncompress"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(names!["-b"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["zless", "zmore", "bzless", "bzmore", "xzless", "xzmore", "lzless", "zstdless"],
        class: Class::Interactive,
        note: "pagers over decompressed input (same escapes as less/more)",
        ..Spec::D
    },
    Spec {
        names: names!["zdiff", "zcmp", "bzdiff", "bzcmp", "xzdiff", "xzcmp", "lzdiff", "zstddiff"],
        ..Spec::D
    },
];
