//! Text filters and byte tools from coreutils and friends: sort, uniq, cut, tr, tee, nl, od, xxd,
//! hexdump, base64, checksums, comm/join/paste, fold/fmt/pr/column, rev/tac/shuf, iconv, split.

use crate::specs::{f, Class, Eff, Pos, Spec, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- text filters
    Spec {
        names: &["sort"],
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["--compress-program"], Val::Req, Eff::ExecValue),
            f(&["-k", "--key"], Val::Req, Eff::None),
            f(&["-t", "--field-separator"], Val::Req, Eff::None),
            f(&["-S", "--buffer-size"], Val::Req, Eff::None),
            f(&["-T", "--temporary-directory"], Val::Req, Eff::None),
            f(&["--files0-from"], Val::Req, Eff::ReadValue),
            f(&["--random-source"], Val::Req, Eff::ReadValue),
            f(&["--parallel"], Val::Req, Eff::None),
            f(&["--batch-size"], Val::Req, Eff::None),
            f(&["--sort"], Val::Req, Eff::None),
            f(&["--check"], Val::Opt, Eff::None),
        ],
        note: "-T DIR only holds temporary files, removed on exit",
        ..Spec::D
    },
    Spec {
        names: &["uniq"],
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["-f", "--skip-fields"], Val::Req, Eff::None),
            f(&["-s", "--skip-chars"], Val::Req, Eff::None),
            f(&["-w", "--check-chars"], Val::Req, Eff::None),
            f(&["--all-repeated"], Val::Opt, Eff::None),
            f(&["--group"], Val::Opt, Eff::None),
        ],
        note: "`uniq [IN [OUT]]`: a second operand is written; a single operand is only read",
        ..Spec::D
    },
    Spec {
        names: &["cut"],
        flags: &[
            f(&["-b", "--bytes"], Val::Req, Eff::None),
            f(&["-c", "--characters"], Val::Req, Eff::None),
            f(&["-d", "--delimiter"], Val::Req, Eff::None),
            f(&["-f", "--fields"], Val::Req, Eff::None),
            f(&["--output-delimiter"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec { names: &["tr"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["tee"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-a", "--append"], Val::No, Eff::None),
            f(&["--output-error"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["nl"],
        flags: &[
            f(&["-b", "--body-numbering"], Val::Req, Eff::None),
            f(&["-d", "--section-delimiter"], Val::Req, Eff::None),
            f(&["-f", "--footer-numbering"], Val::Req, Eff::None),
            f(&["-h", "--header-numbering"], Val::Req, Eff::None),
            f(&["-i", "--line-increment"], Val::Req, Eff::None),
            f(&["-l", "--join-blank-lines"], Val::Req, Eff::None),
            f(&["-n", "--number-format"], Val::Req, Eff::None),
            f(&["-s", "--number-separator"], Val::Req, Eff::None),
            f(&["-v", "--starting-line-number"], Val::Req, Eff::None),
            f(&["-w", "--number-width"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["od"],
        flags: &[
            f(&["-A", "--address-radix"], Val::Req, Eff::None),
            f(&["-j", "--skip-bytes"], Val::Req, Eff::None),
            f(&["-N", "--read-bytes"], Val::Req, Eff::None),
            f(&["-S"], Val::Req, Eff::None),
            f(&["--strings"], Val::Opt, Eff::None),
            f(&["-t", "--format"], Val::Req, Eff::None),
            f(&["-w", "--width"], Val::Opt, Eff::None),
            f(&["--endian"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["xxd"],
        pos: Pos::ReadThenWrite,
        gnu: false,
        flags: &[
            f(&["-c", "-cols"], Val::Req, Eff::None),
            f(&["-g", "-groupsize"], Val::Req, Eff::None),
            f(&["-l", "-len"], Val::Req, Eff::None),
            f(&["-o", "-offset"], Val::Req, Eff::None),
            f(&["-s", "-seek"], Val::Req, Eff::None),
            f(&["-n", "-name"], Val::Req, Eff::None),
            f(&["-R"], Val::Req, Eff::None),
            f(&["-r", "-revert"], Val::No, Eff::None),
            f(&["-p", "-ps"], Val::No, Eff::None), f(&["-postscript", "-plain"], Val::No, Eff::None),
            f(&["-i", "-include"], Val::No, Eff::None),
            f(&["-b", "-bits"], Val::No, Eff::None),
            f(&["-C", "-capitalize"], Val::No, Eff::None), f(&["-E", "-EBCDIC"], Val::No, Eff::None), f(&["-a", "-autoskip"], Val::No, Eff::None), f(&["-u", "-e", "-d"], Val::No, Eff::None),
        ],
        note: "`xxd [IN [OUT]]`: a second operand is written; with -r it receives arbitrary bytes (GTFOBins file write)",
        ..Spec::D
    },
    Spec {
        names: &["hexdump", "hd"],
        flags: &[
            f(&["-e", "--format"], Val::Req, Eff::None),
            f(&["-f", "--format-file"], Val::Req, Eff::ReadValue),
            f(&["-n", "--length"], Val::Req, Eff::None),
            f(&["-s", "--skip"], Val::Req, Eff::None),
            f(&["-L", "--color"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["base64", "base32", "basenc"],
        flags: &[f(&["-w", "--wrap"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: &["md5sum"], ..Spec::D },
    Spec {
        names: &["sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum"],
        ..Spec::D
    },
    Spec {
        names: &["b2sum"],
        flags: &[f(&["-l", "--length"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["cksum"],
        flags: &[
            f(&["-a", "--algorithm"], Val::Req, Eff::None),
            f(&["-l", "--length"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["shasum"],
        flags: &[f(&["-a", "--algorithm"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: &["sum"], ..Spec::D },
    Spec {
        names: &["comm"],
        flags: &[f(&["--output-delimiter"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["join"],
        flags: &[
            f(&["-a"], Val::Req, Eff::None),
            f(&["-e"], Val::Req, Eff::None),
            f(&["-j"], Val::Req, Eff::None),
            f(&["-o"], Val::Req, Eff::None),
            f(&["-t"], Val::Req, Eff::None),
            f(&["-v"], Val::Req, Eff::None),
            f(&["-1"], Val::Req, Eff::None),
            f(&["-2"], Val::Req, Eff::None),
        ],
        note: "-o is an output format, not a file",
        ..Spec::D
    },
    Spec {
        names: &["paste"],
        flags: &[f(&["-d", "--delimiters"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["fold"],
        flags: &[f(&["-w", "--width"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["fmt"],
        flags: &[
            f(&["-w", "--width"], Val::Req, Eff::None),
            f(&["-g", "--goal"], Val::Req, Eff::None),
            f(&["-p", "--prefix"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["pr"],
        flags: &[
            f(&["-h", "--header"], Val::Req, Eff::None),
            f(&["-l", "--length"], Val::Req, Eff::None),
            f(&["-o", "--indent"], Val::Req, Eff::None),
            f(&["-w", "--width"], Val::Req, Eff::None),
            f(&["-W", "--page-width"], Val::Req, Eff::None),
            f(&["-N", "--first-line-number"], Val::Req, Eff::None),
            f(&["-D", "--date-format"], Val::Req, Eff::None),
            f(&["-s", "--separator"], Val::Opt, Eff::None),
            f(&["-S", "--sep-string"], Val::Opt, Eff::None),
            f(&["-e", "--expand-tabs"], Val::Opt, Eff::None),
            f(&["-i", "--output-tabs"], Val::Opt, Eff::None),
            f(&["-n", "--number-lines"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["column"],
        flags: &[
            f(&["-c", "--output-width"], Val::Req, Eff::None),
            f(&["-s", "--separator"], Val::Req, Eff::None),
            f(&["-o", "--output-separator"], Val::Req, Eff::None),
            f(&["-C", "--table-column"], Val::Req, Eff::None),
            f(&["-N", "--table-columns"], Val::Req, Eff::None),
            f(&["-l", "--table-columns-limit"], Val::Req, Eff::None),
            f(&["-R", "--table-right"], Val::Req, Eff::None),
            f(&["-T", "--table-truncate"], Val::Req, Eff::None),
            f(&["-E", "--table-noextreme"], Val::Req, Eff::None),
            f(&["-W", "--table-wrap"], Val::Req, Eff::None),
            f(&["-H", "--table-hide"], Val::Req, Eff::None),
            f(&["-O", "--table-order"], Val::Req, Eff::None),
            f(&["-n", "--table-name"], Val::Req, Eff::None),
            f(&["-i", "--tree-id"], Val::Req, Eff::None),
            f(&["-p", "--tree-parent"], Val::Req, Eff::None),
            f(&["-r", "--tree"], Val::Req, Eff::None),
        ],
        note: "-o is the output separator, not a file",
        ..Spec::D
    },
    Spec { names: &["rev"], ..Spec::D },
    Spec { names: &["col", "colrm"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["tac"],
        flags: &[f(&["-s", "--separator"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["shuf"],
        flags: &[
            f(&["-n", "--head-count"], Val::Req, Eff::None),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-i", "--input-range"], Val::Req, Eff::None),
            f(&["--random-source"], Val::Req, Eff::ReadValue),
        ],
        note: "with -e the operands are words, not files",
        ..Spec::D
    },
    Spec {
        names: &["expand", "unexpand"],
        flags: &[f(&["-t", "--tabs"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: &["tsort", "ptx"], ..Spec::D },
    Spec {
        names: &["iconv"],
        flags: &[
            f(&["-f", "--from-code"], Val::Req, Eff::None),
            f(&["-t", "--to-code"], Val::Req, Eff::None),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
        ],
        ..Spec::D
    },
    Spec {
        names: &["look"],
        pos: Pos::PatternThenRead,
        flags: &[f(&["-t", "--terminate"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["split"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["--filter"], Val::Req, Eff::ExecValue),
            f(&["-a", "--suffix-length"], Val::Req, Eff::None),
            f(&["--additional-suffix"], Val::Req, Eff::None),
            f(&["-b", "--bytes"], Val::Req, Eff::None),
            f(&["-C", "--line-bytes"], Val::Req, Eff::None),
            f(&["-l", "--lines"], Val::Req, Eff::None),
            f(&["-n", "--number"], Val::Req, Eff::None),
            f(&["-t", "--separator"], Val::Req, Eff::None),
            f(&["--numeric-suffixes"], Val::Opt, Eff::None),
            f(&["--hex-suffixes"], Val::Opt, Eff::None),
        ],
        note: "`split FILE [PREFIX]` writes PREFIXaa.. (default ./xaa); the last operand is treated as the write target",
        ..Spec::D
    },
    Spec {
        names: &["csplit"],
        class: Class::Write,
        flags: &[
            f(&["-f", "--prefix"], Val::Req, Eff::WriteValue),
            f(&["-b", "--suffix-format"], Val::Req, Eff::None),
            f(&["-n", "--digits"], Val::Req, Eff::None),
        ],
        note: "writes xx00.. in the current directory (or -f PREFIX); operands after FILE are patterns",
        ..Spec::D
    },
];
