//! Text filters and byte tools from coreutils and friends: sort, uniq, cut, tr, tee, nl, od, xxd,
//! hexdump, base64, checksums, comm/join/paste, fold/fmt/pr/column, rev/tac/shuf, iconv, split.

use crate::specs::{f, names, Class, Eff, Pos, Spec, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- text filters
    Spec {
        names: names!["sort"],
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--compress-program"], Val::Req, Eff::ExecValue),
            f(names!["-k", "--key"], Val::Req, Eff::None),
            f(names!["-t", "--field-separator"], Val::Req, Eff::None),
            f(names!["-S", "--buffer-size"], Val::Req, Eff::None),
            f(names!["-T", "--temporary-directory"], Val::Req, Eff::None),
            f(names!["--files0-from"], Val::Req, Eff::ReadValue),
            f(names!["--random-source"], Val::Req, Eff::ReadValue),
            f(names!["--parallel"], Val::Req, Eff::None),
            f(names!["--batch-size"], Val::Req, Eff::None),
            f(names!["--sort"], Val::Req, Eff::None),
            f(names!["--check"], Val::Opt, Eff::None),
        ],
        note: "-T DIR only holds temporary files, removed on exit",
        ..Spec::D
    },
    Spec {
        names: names!["uniq"],
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["-f", "--skip-fields"], Val::Req, Eff::None),
            f(names!["-s", "--skip-chars"], Val::Req, Eff::None),
            f(names!["-w", "--check-chars"], Val::Req, Eff::None),
            f(names!["--all-repeated"], Val::Opt, Eff::None),
            f(names!["--group"], Val::Opt, Eff::None),
        ],
        note: "`uniq [IN [OUT]]`: a second operand is written; a single operand is only read",
        ..Spec::D
    },
    Spec {
        names: names!["cut"],
        flags: &[
            f(names!["-b", "--bytes"], Val::Req, Eff::None),
            f(names!["-c", "--characters"], Val::Req, Eff::None),
            f(names!["-d", "--delimiter"], Val::Req, Eff::None),
            f(names!["-f", "--fields"], Val::Req, Eff::None),
            f(names!["--output-delimiter"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec { names: names!["tr"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["tee"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-a", "--append"], Val::No, Eff::None),
            f(names!["--output-error"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["nl"],
        flags: &[
            f(names!["-b", "--body-numbering"], Val::Req, Eff::None),
            f(names!["-d", "--section-delimiter"], Val::Req, Eff::None),
            f(names!["-f", "--footer-numbering"], Val::Req, Eff::None),
            f(names!["-h", "--header-numbering"], Val::Req, Eff::None),
            f(names!["-i", "--line-increment"], Val::Req, Eff::None),
            f(names!["-l", "--join-blank-lines"], Val::Req, Eff::None),
            f(names!["-n", "--number-format"], Val::Req, Eff::None),
            f(names!["-s", "--number-separator"], Val::Req, Eff::None),
            f(names!["-v", "--starting-line-number"], Val::Req, Eff::None),
            f(names!["-w", "--number-width"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["od"],
        flags: &[
            f(names!["-A", "--address-radix"], Val::Req, Eff::None),
            f(names!["-j", "--skip-bytes"], Val::Req, Eff::None),
            f(names!["-N", "--read-bytes"], Val::Req, Eff::None),
            f(names!["-S"], Val::Req, Eff::None),
            f(names!["--strings"], Val::Opt, Eff::None),
            f(names!["-t", "--format"], Val::Req, Eff::None),
            f(names!["-w", "--width"], Val::Opt, Eff::None),
            f(names!["--endian"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["xxd"],
        pos: Pos::ReadThenWrite,
        gnu: false,
        flags: &[
            f(names!["-c", "-cols"], Val::Req, Eff::None),
            f(names!["-g", "-groupsize"], Val::Req, Eff::None),
            f(names!["-l", "-len"], Val::Req, Eff::None),
            f(names!["-o", "-offset"], Val::Req, Eff::None),
            f(names!["-s", "-seek"], Val::Req, Eff::None),
            f(names!["-n", "-name"], Val::Req, Eff::None),
            f(names!["-R"], Val::Req, Eff::None),
            f(names!["-r", "-revert"], Val::No, Eff::None),
            f(names!["-p", "-ps"], Val::No, Eff::None), f(names!["-postscript", "-plain"], Val::No, Eff::None),
            f(names!["-i", "-include"], Val::No, Eff::None),
            f(names!["-b", "-bits"], Val::No, Eff::None),
            f(names!["-C", "-capitalize"], Val::No, Eff::None), f(names!["-E", "-EBCDIC"], Val::No, Eff::None), f(names!["-a", "-autoskip"], Val::No, Eff::None), f(names!["-u", "-e", "-d"], Val::No, Eff::None),
        ],
        note: "`xxd [IN [OUT]]`: a second operand is written; with -r it receives arbitrary bytes (GTFOBins file write)",
        ..Spec::D
    },
    Spec {
        names: names!["hexdump", "hd"],
        flags: &[
            f(names!["-e", "--format"], Val::Req, Eff::None),
            f(names!["-f", "--format-file"], Val::Req, Eff::ReadValue),
            f(names!["-n", "--length"], Val::Req, Eff::None),
            f(names!["-s", "--skip"], Val::Req, Eff::None),
            f(names!["-L", "--color"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["base64", "base32", "basenc"],
        flags: &[f(names!["-w", "--wrap"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: names!["md5sum"], ..Spec::D },
    Spec {
        names: names!["sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum"],
        ..Spec::D
    },
    Spec {
        names: names!["b2sum"],
        flags: &[f(names!["-l", "--length"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["cksum"],
        flags: &[
            f(names!["-a", "--algorithm"], Val::Req, Eff::None),
            f(names!["-l", "--length"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["shasum"],
        flags: &[f(names!["-a", "--algorithm"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: names!["sum"], ..Spec::D },
    Spec {
        names: names!["comm"],
        flags: &[f(names!["--output-delimiter"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["join"],
        flags: &[
            f(names!["-a"], Val::Req, Eff::None),
            f(names!["-e"], Val::Req, Eff::None),
            f(names!["-j"], Val::Req, Eff::None),
            f(names!["-o"], Val::Req, Eff::None),
            f(names!["-t"], Val::Req, Eff::None),
            f(names!["-v"], Val::Req, Eff::None),
            f(names!["-1"], Val::Req, Eff::None),
            f(names!["-2"], Val::Req, Eff::None),
        ],
        note: "-o is an output format, not a file",
        ..Spec::D
    },
    Spec {
        names: names!["paste"],
        flags: &[f(names!["-d", "--delimiters"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["fold"],
        flags: &[f(names!["-w", "--width"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["fmt"],
        flags: &[
            f(names!["-w", "--width"], Val::Req, Eff::None),
            f(names!["-g", "--goal"], Val::Req, Eff::None),
            f(names!["-p", "--prefix"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["pr"],
        flags: &[
            f(names!["-h", "--header"], Val::Req, Eff::None),
            f(names!["-l", "--length"], Val::Req, Eff::None),
            f(names!["-o", "--indent"], Val::Req, Eff::None),
            f(names!["-w", "--width"], Val::Req, Eff::None),
            f(names!["-W", "--page-width"], Val::Req, Eff::None),
            f(names!["-N", "--first-line-number"], Val::Req, Eff::None),
            f(names!["-D", "--date-format"], Val::Req, Eff::None),
            f(names!["-s", "--separator"], Val::Opt, Eff::None),
            f(names!["-S", "--sep-string"], Val::Opt, Eff::None),
            f(names!["-e", "--expand-tabs"], Val::Opt, Eff::None),
            f(names!["-i", "--output-tabs"], Val::Opt, Eff::None),
            f(names!["-n", "--number-lines"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["column"],
        flags: &[
            f(names!["-c", "--output-width"], Val::Req, Eff::None),
            f(names!["-s", "--separator"], Val::Req, Eff::None),
            f(names!["-o", "--output-separator"], Val::Req, Eff::None),
            f(names!["-C", "--table-column"], Val::Req, Eff::None),
            f(names!["-N", "--table-columns"], Val::Req, Eff::None),
            f(names!["-l", "--table-columns-limit"], Val::Req, Eff::None),
            f(names!["-R", "--table-right"], Val::Req, Eff::None),
            f(names!["-T", "--table-truncate"], Val::Req, Eff::None),
            f(names!["-E", "--table-noextreme"], Val::Req, Eff::None),
            f(names!["-W", "--table-wrap"], Val::Req, Eff::None),
            f(names!["-H", "--table-hide"], Val::Req, Eff::None),
            f(names!["-O", "--table-order"], Val::Req, Eff::None),
            f(names!["-n", "--table-name"], Val::Req, Eff::None),
            f(names!["-i", "--tree-id"], Val::Req, Eff::None),
            f(names!["-p", "--tree-parent"], Val::Req, Eff::None),
            f(names!["-r", "--tree"], Val::Req, Eff::None),
        ],
        note: "-o is the output separator, not a file",
        ..Spec::D
    },
    Spec { names: names!["rev"], ..Spec::D },
    Spec { names: names!["col", "colrm"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["tac"],
        flags: &[f(names!["-s", "--separator"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["shuf"],
        flags: &[
            f(names!["-n", "--head-count"], Val::Req, Eff::None),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-i", "--input-range"], Val::Req, Eff::None),
            f(names!["--random-source"], Val::Req, Eff::ReadValue),
        ],
        note: "with -e the operands are words, not files",
        ..Spec::D
    },
    Spec {
        names: names!["expand", "unexpand"],
        flags: &[f(names!["-t", "--tabs"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec { names: names!["tsort", "ptx"], ..Spec::D },
    Spec {
        names: names!["iconv"],
        flags: &[
            f(names!["-f", "--from-code"], Val::Req, Eff::None),
            f(names!["-t", "--to-code"], Val::Req, Eff::None),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["look"],
        pos: Pos::PatternThenRead,
        flags: &[f(names!["-t", "--terminate"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["split"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["--filter"], Val::Req, Eff::ExecValue),
            f(names!["-a", "--suffix-length"], Val::Req, Eff::None),
            f(names!["--additional-suffix"], Val::Req, Eff::None),
            f(names!["-b", "--bytes"], Val::Req, Eff::None),
            f(names!["-C", "--line-bytes"], Val::Req, Eff::None),
            f(names!["-l", "--lines"], Val::Req, Eff::None),
            f(names!["-n", "--number"], Val::Req, Eff::None),
            f(names!["-t", "--separator"], Val::Req, Eff::None),
            f(names!["--numeric-suffixes"], Val::Opt, Eff::None),
            f(names!["--hex-suffixes"], Val::Opt, Eff::None),
        ],
        note: "`split FILE [PREFIX]` writes PREFIXaa.. (default ./xaa); the last operand is treated as the write target",
        ..Spec::D
    },
    Spec {
        names: names!["csplit"],
        class: Class::Write,
        flags: &[
            f(names!["-f", "--prefix"], Val::Req, Eff::WriteValue),
            f(names!["-b", "--suffix-format"], Val::Req, Eff::None),
            f(names!["-n", "--digits"], Val::Req, Eff::None),
        ],
        note: "writes xx00.. in the current directory (or -f PREFIX); operands after FILE are patterns",
        ..Spec::D
    },
];
