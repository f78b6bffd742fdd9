//! Archivers and compressors: tar, zip/unzip, 7z, cpio, ar, jar, rar, uuencode, and the
//! gzip/bzip2/xz/zstd/lz4/brotli families with their *cat readers.
//!
//! Compressors replace FILE with FILE.ext (or the reverse), so their operands are written.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Special, Val};

#[rustfmt::skip]
const GZIP_FLAGS: &[Flag] = &[
    f(&["-S", "--suffix"], Val::Req, Eff::None), f(&["-b", "--blocksize"], Val::Req, Eff::None), f(&["-p", "--processes"], Val::Req, Eff::None),
    f(&["-c", "--stdout"], Val::No, Eff::None), f(&["-d", "--decompress"], Val::No, Eff::None), f(&["-k", "--keep"], Val::No, Eff::None), f(&["-f", "--force"], Val::No, Eff::None), f(&["-r", "--recursive"], Val::No, Eff::None), f(&["-l", "--list"], Val::No, Eff::None), f(&["-t", "--test"], Val::No, Eff::None), f(&["-n", "--no-name"], Val::No, Eff::None), f(&["-N", "--name"], Val::No, Eff::None), f(&["-q", "--quiet"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-i", "--independent"], Val::No, Eff::None), f(&["--to-stdout", "--uncompress", "--rsyncable", "--synchronous"], Val::No, Eff::None),
];

#[rustfmt::skip]
const XZ_FLAGS: &[Flag] = &[
    f(&["--files", "--files0"], Val::Opt, Eff::ReadValue),
    f(&["-S", "--suffix"], Val::Req, Eff::None), f(&["-T", "--threads"], Val::Req, Eff::None), f(&["-M", "--memlimit"], Val::Req, Eff::None), f(&["-F", "--format"], Val::Req, Eff::None), f(&["-C", "--check"], Val::Req, Eff::None), f(&["--memory", "--memlimit-compress", "--memlimit-decompress", "--block-size", "--block-list", "--filters", "--filters1", "--filters2", "--filters-help"], Val::Req, Eff::None),
    f(&["--lzma1", "--lzma2", "--x86", "--arm", "--arm64", "--armthumb", "--powerpc", "--ia64", "--sparc", "--riscv", "--delta"], Val::Opt, Eff::None),
];

#[rustfmt::skip]
const ZSTD_FLAGS: &[Flag] = &[
    f(&["-o", "--output-dir-flat"], Val::Req, Eff::WriteValue), f(&["--output-dir-mirror", "--trace"], Val::Req, Eff::WriteValue),
    f(&["-D", "--filelist"], Val::Req, Eff::ReadValue), f(&["--patch-from"], Val::Req, Eff::ReadValue),
    f(&["--rm"], Val::No, Eff::Delete),
    f(&["-T", "--threads"], Val::Req, Eff::None), f(&["-M", "--memory"], Val::Req, Eff::None), f(&["-B", "--block-size"], Val::Req, Eff::None), f(&["--stream-size", "--size-hint", "--target-compressed-block-size"], Val::Req, Eff::None),
    f(&["--format", "--long", "--zstd", "--adapt", "--fast", "--exclude-compressed"], Val::Opt, Eff::None),
];

#[rustfmt::skip]
const TAR_FLAGS: &[Flag] = &[
    f(&["--to-command"], Val::Req, Eff::Shell),
    f(&["-I", "--use-compress-program"], Val::Req, Eff::ExecValue), f(&["-F", "--info-script"], Val::Req, Eff::ExecValue), f(&["--checkpoint-action", "--rsh-command", "--rmt-command", "--new-volume-script"], Val::Req, Eff::ExecValue),
    f(&["--remove-files", "--recursive-unlink"], Val::No, Eff::Delete),
    f(&["--delete"], Val::No, Eff::Delete),
    f(&["-P", "--absolute-names"], Val::No, Eff::Global),
    f(&["-f", "--file"], Val::Req, Eff::None), f(&["-C", "--directory"], Val::Req, Eff::None),
    f(&["-T", "--files-from"], Val::Req, Eff::ReadValue), f(&["-X", "--exclude-from"], Val::Req, Eff::ReadValue), f(&["--owner-map", "--group-map"], Val::Req, Eff::ReadValue),
    f(&["-g", "--listed-incremental"], Val::Req, Eff::WriteValue), f(&["--index-file", "--volno-file"], Val::Req, Eff::WriteValue),
    f(&["-N", "--newer"], Val::Req, Eff::None), f(&["-b", "--blocking-factor"], Val::Req, Eff::None), f(&["-H", "--format"], Val::Req, Eff::None), f(&["-V", "--label"], Val::Req, Eff::None), f(&["-K", "--starting-file"], Val::Req, Eff::None), f(&["-L", "--tape-length"], Val::Req, Eff::None), f(&["--exclude", "--after-date", "--newer-mtime", "--owner", "--group", "--mode", "--mtime", "--transform", "--xform", "--strip-components", "--suffix", "--record-size", "--sort", "--quoting-style", "--hole-detection", "--warning", "--exclude-tag", "--exclude-tag-under", "--exclude-tag-all", "--pax-option", "--level", "--options", "--newer-than", "--older-than", "--include"], Val::Req, Eff::None),
    f(&["--checkpoint", "--backup", "--occurrence", "--totals", "--atime-preserve", "--one-top-level", "--exclude-vcs-ignores"], Val::Opt, Eff::None),
    f(&["-c", "--create"], Val::No, Eff::None), f(&["-x", "--extract"], Val::No, Eff::None), f(&["-t", "--list"], Val::No, Eff::None), f(&["-r", "--append"], Val::No, Eff::None), f(&["-u", "--update"], Val::No, Eff::None), f(&["-A", "--catenate"], Val::No, Eff::None), f(&["-d", "--diff"], Val::No, Eff::None), f(&["-z", "--gzip"], Val::No, Eff::None), f(&["-j", "--bzip2"], Val::No, Eff::None), f(&["-J", "--xz"], Val::No, Eff::None), f(&["-Z", "--compress"], Val::No, Eff::None), f(&["-a", "--auto-compress"], Val::No, Eff::None), f(&["-v", "--verbose"], Val::No, Eff::None), f(&["-p", "--preserve-permissions"], Val::No, Eff::None), f(&["-h", "--dereference"], Val::No, Eff::None), f(&["-O", "--to-stdout"], Val::No, Eff::None), f(&["-k", "--keep-old-files"], Val::No, Eff::None), f(&["-U", "--unlink-first"], Val::No, Eff::None), f(&["-W", "--verify"], Val::No, Eff::None), f(&["-w", "--interactive"], Val::No, Eff::None), f(&["-S", "--sparse"], Val::No, Eff::None), f(&["-G", "--incremental"], Val::No, Eff::None), f(&["-M", "--multi-volume"], Val::No, Eff::None), f(&["-R", "--block-number"], Val::No, Eff::None), f(&["-B", "--read-full-records"], Val::No, Eff::None), f(&["-i", "--ignore-zeros"], Val::No, Eff::None), f(&["-m", "--touch"], Val::No, Eff::None), f(&["-s", "--same-order"], Val::No, Eff::None), f(&["-l", "--check-links"], Val::No, Eff::None), f(&["--get", "--concatenate", "--compare", "--zstd", "--lzip", "--lzma", "--lzop", "--keep-newer-files", "--skip-old-files", "--overwrite", "--null", "--no-null", "--force-local", "--numeric-owner", "--no-same-owner", "--same-owner", "--no-same-permissions", "--wildcards", "--no-recursion", "--recursion", "--exclude-vcs", "--exclude-caches"], Val::No, Eff::None), f(&["-o"], Val::No, Eff::None),
];

#[rustfmt::skip]
const SEVENZ_FLAGS: &[Flag] = &[
    f(&["-o", "-w"], Val::Opt, Eff::WriteValue),
    f(&["-sdel"], Val::No, Eff::Delete),
    f(&["-spf", "-spf2"], Val::No, Eff::Global),
    f(&["-x", "-ao"], Val::Opt, Eff::None), f(&["-v", "-bb"], Val::Opt, Eff::None), f(&["-r", "-ai"], Val::Opt, Eff::None), f(&["-u", "-stl"], Val::Opt, Eff::None), f(&["-bs", "-bt", "-ba", "-scs", "-scc", "-si", "-ax", "-an", "-sni", "-sns", "-snl", "-snh", "-ssw", "-stx", "-bso", "-bse", "-bsp"], Val::Opt, Eff::None), f(&["-p", "-t", "-i", "-m"], Val::Opt, Eff::None),
    f(&["-y", "-so"], Val::No, Eff::None), f(&["-slt", "-sccUTF-8"], Val::No, Eff::None),
];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        names: &["tar", "gtar", "bsdtar"],
        class: Class::Write,
        special: Special::Tar,
        flags: TAR_FLAGS,
        note: "Special::Tar reads the mode (also `tar xzf ARCHIVE` old style): -t/--list and -d only read; -x writes into -C DIR or the current directory; -c writes the -f archive",
        ..Spec::D
    },
    // ---------------------------------------------------------------- zip family
    Spec {
        names: &["zip"],
        env_args: &["ZIPOPT"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(&["-TT", "--unzip-command"], Val::Req, Eff::ExecValue),
            f(&["-T", "--test"], Val::No, Eff::None),
            f(&["-m", "--move"], Val::No, Eff::Delete),
            f(&["-b", "--temp-path"], Val::Req, Eff::WriteValue), f(&["-O", "--output-file"], Val::Req, Eff::WriteValue), f(&["-lf", "--logfile-path"], Val::Req, Eff::WriteValue),
            f(&["-i", "--include"], Val::Req, Eff::None), f(&["-x", "--exclude"], Val::Req, Eff::None), f(&["-n", "--suffixes"], Val::Req, Eff::None), f(&["-t", "--from-date"], Val::Req, Eff::None), f(&["-P", "--password"], Val::Req, Eff::None), f(&["-Z", "--compression-method"], Val::Req, Eff::None), f(&["-s", "--split-size"], Val::Req, Eff::None), f(&["-tt", "--before-date", "-ds", "--dot-size", "-sp", "--split-pause", "-sb", "--split-bell"], Val::Req, Eff::None),
            f(&["-r", "--recurse-paths"], Val::No, Eff::None), f(&["-l", "-ll"], Val::No, Eff::None), f(&["-F", "-FF"], Val::No, Eff::None), f(&["-d", "--delete"], Val::No, Eff::None), f(&["-@", "-sf"], Val::No, Eff::None), f(&["-U", "-ws"], Val::No, Eff::None), f(&["-FS", "-so", "-su", "-sU", "-la", "-li", "-MM", "-nw", "-db", "-dc", "-dd", "-dg", "-du", "-dv", "-sc", "-sd"], Val::No, Eff::None), f(&["-R", "-q", "-v", "-j", "-k", "-o", "-D", "-X", "-y", "-0", "-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "-A", "-g", "-u", "-f", "-e", "-c", "-z"], Val::No, Eff::None),
        ],
        note: "the first operand is the archive written, the rest are files read; -T -TT CMD runs CMD (GTFOBins); -m deletes the originals; options are matched as whole tokens (-TT is not -T -T)",
        ..Spec::D
    },
    Spec {
        names: &["unzip"],
        env_args: &["UNZIP", "UNZIPOPT"],
        class: Class::Write,
        gnu: false,
        flags: &[
            f(&["-d"], Val::Req, Eff::WriteValue),
            f(&["-:"], Val::No, Eff::Global),
            f(&["-P", "-O", "-I"], Val::Req, Eff::None),
            f(&["-q", "-qq"], Val::No, Eff::None), f(&["-a", "-aa"], Val::No, Eff::None), f(&["-U", "-UU"], Val::No, Eff::None), f(&["-l", "-v", "-t", "-z", "-Z", "-p", "-c", "-o", "-n", "-j", "-b", "-C", "-L", "-M", "-V", "-W", "-X", "-K", "-x", "-f", "-u", "-T", "-^"], Val::No, Eff::None),
        ],
        note: "extracts into -d DIR or the current directory; -l/-v/-t/-z/-Z only list, -p/-c print; -: allows `..` paths (writes outside)",
        ..Spec::D
    },
    Spec { names: &["zipinfo"], gnu: false, ..Spec::D },
    Spec {
        names: &["7z", "7za", "7zr", "7zz"],
        gnu: false,
        unknown_sub: Class::Write,
        flags: SEVENZ_FLAGS,
        subs: &[
            Spec { names: &["l", "t", "h", "b", "i"], gnu: false, flags: SEVENZ_FLAGS, ..Spec::D },
            Spec { names: &["x", "e"], class: Class::Write, gnu: false, flags: SEVENZ_FLAGS,
                note: "extracts into -oDIR or the current directory", ..Spec::D },
            Spec { names: &["a", "u", "d", "rn"], class: Class::Write, pos: Pos::Write, gnu: false, flags: SEVENZ_FLAGS,
                note: "the first operand is the archive written; the rest are files read", ..Spec::D },
        ],
        note: "switches take attached values (-oDIR, -pPASS)",
        ..Spec::D
    },
    Spec {
        names: &["unrar", "rar"],
        gnu: false,
        unknown_sub: Class::Write,
        subs: &[
            Spec { names: &["l", "lb", "lt", "lta", "v", "vb", "vt", "vta", "t", "p"], gnu: false, ..Spec::D },
            Spec { names: &["x", "e", "a", "m", "u", "f", "d", "rn", "c", "ch", "k", "r", "rr", "s"], class: Class::Write, gnu: false,
                note: "extract or change archives; `m` moves files into the archive (deleting them)", ..Spec::D },
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- other archivers
    Spec {
        names: &["cpio"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["--rsh-command"], Val::Req, Eff::ExecValue),
            f(&["-F", "--file", "-O"], Val::Req, Eff::WriteValue),
            f(&["-I", "-E", "--pattern-file"], Val::Req, Eff::ReadValue),
            f(&["--absolute-filenames"], Val::No, Eff::Global),
            f(&["-D", "--directory"], Val::Req, Eff::None), f(&["-H", "--format"], Val::Req, Eff::None), f(&["-M", "--message"], Val::Req, Eff::None), f(&["-R", "--owner"], Val::Req, Eff::None), f(&["-C", "--io-size"], Val::Req, Eff::None), f(&["--block-size"], Val::Req, Eff::None),
        ],
        note: "file names come from stdin; -i extracts into the current directory, -p copies into the directory operand, -t only lists",
        ..Spec::D
    },
    Spec {
        names: &["ar", "llvm-ar", "gcc-ar", "ranlib"],
        class: Class::Write,
        pos: Pos::ValueThenWrite,
        flags: &[
            f(&["--plugin"], Val::Req, Eff::ExecValue),
            f(&["--output"], Val::Req, Eff::WriteValue),
            f(&["--target"], Val::Req, Eff::None),
        ],
        note: "the first operand is the operation key (r, c, s, t, x ...); `ar t`/`ar p` only read, `ar x` extracts into the current directory",
        ..Spec::D
    },
    Spec {
        names: &["jar"],
        class: Class::Write,
        gnu: false,
        flags: &[f(&["-C", "--file"], Val::Req, Eff::None), f(&["-e", "--main-class"], Val::Req, Eff::None), f(&["-m", "--manifest"], Val::Req, Eff::None), f(&["-p", "--module-path"], Val::Req, Eff::None), f(&["--release", "--module-version"], Val::Req, Eff::None)],
        note: "tar-like bundled first argument (`jar cvf app.jar files`, `jar tf app.jar`); t only lists",
        ..Spec::D
    },
    Spec {
        names: &["uudecode"],
        class: Class::Write,
        flags: &[f(&["-o", "--output-file"], Val::Req, Eff::WriteValue)],
        note: "without -o the output path comes from the encoded header (any path: GTFOBins file write)",
        ..Spec::D
    },
    Spec { names: &["uuencode"], note: "the second operand is only a name put in the header", ..Spec::D },
    // ---------------------------------------------------------------- compressors
    Spec {
        names: &["gzip", "pigz"],
        class: Class::Write,
        pos: Pos::Write,
        flags: GZIP_FLAGS,
        note: "replaces FILE with FILE.gz; -c writes to stdout and leaves FILE; -l/-t only read",
        ..Spec::D
    },
    Spec {
        names: &["gunzip", "unpigz"],
        class: Class::Write,
        pos: Pos::Write,
        flags: GZIP_FLAGS,
        note: "replaces FILE.gz with FILE; -c writes to stdout",
        ..Spec::D
    },
    Spec {
        names: &["zcat", "gzcat"],
        flags: GZIP_FLAGS,
        ..Spec::D
    },
    Spec {
        names: &["bzip2", "lbzip2", "pbzip2"],
        class: Class::Write,
        pos: Pos::Write,
        note: "replaces FILE with FILE.bz2; -c writes to stdout",
        ..Spec::D
    },
    Spec { names: &["bunzip2"], class: Class::Write, pos: Pos::Write, ..Spec::D },
    Spec { names: &["bzcat"], ..Spec::D },
    Spec {
        names: &["xz", "lzma", "pixz"],
        class: Class::Write,
        pos: Pos::Write,
        flags: XZ_FLAGS,
        note: "replaces FILE with FILE.xz; -c writes to stdout; -l/-t only read",
        ..Spec::D
    },
    Spec { names: &["unxz", "unlzma"], class: Class::Write, pos: Pos::Write, flags: XZ_FLAGS, ..Spec::D },
    Spec { names: &["xzcat", "lzcat"], flags: XZ_FLAGS, ..Spec::D },
    Spec {
        names: &["zstd", "zstdmt", "unzstd"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: ZSTD_FLAGS,
        note: "writes FILE.zst (or FILE) next to the input, keeping it unless --rm; -c writes to stdout",
        ..Spec::D
    },
    Spec { names: &["zstdcat"], gnu: false, flags: ZSTD_FLAGS, ..Spec::D },
    Spec {
        names: &["lz4", "unlz4"],
        class: Class::Write,
        pos: Pos::Write,
        gnu: false,
        flags: &[
            f(&["--rm"], Val::No, Eff::Delete),
            f(&["-D"], Val::Req, Eff::ReadValue),
            f(&["-B"], Val::Opt, Eff::None),
        ],
        note: "`lz4 IN [OUT]`: the second operand is the output",
        ..Spec::D
    },
    Spec { names: &["lz4cat"], gnu: false, ..Spec::D },
    Spec {
        names: &["brotli"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-j", "--rm"], Val::No, Eff::Delete),
            f(&["-D", "--dictionary"], Val::Req, Eff::ReadValue),
            f(&["-S", "--suffix"], Val::Req, Eff::None), f(&["-q", "--quality"], Val::Req, Eff::None), f(&["-w", "--lgwin"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["lzop", "lzip", "plzip"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-U", "--unlink"], Val::No, Eff::Delete), f(&["--delete"], Val::No, Eff::Delete),
            f(&["-S", "--suffix"], Val::Req, Eff::None),
            f(&["-p", "--path"], Val::Opt, Eff::WriteValue),
        ],
        ..Spec::D
    },
    Spec {
        names: &["compress", "uncompress"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(&["-b"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["zless", "zmore", "bzless", "bzmore", "xzless", "xzmore", "lzless", "zstdless"],
        class: Class::Interactive,
        note: "pagers over decompressed input (same escapes as less/more)",
        ..Spec::D
    },
    Spec {
        names: &["zdiff", "zcmp", "bzdiff", "bzcmp", "xzdiff", "xzcmp", "lzdiff", "zstddiff"],
        ..Spec::D
    },
];
