//! Everything else an agent meets: database clients, mail and secret stores, gpg, linters,
//! code statistics, binary inspection, media and document converters, data wranglers and small
//! shell helpers.

use crate::specs::{f, Class, Eff, Pos, Spec, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- database clients
    Spec {
        names: &["sqlite3", "sqlite"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-cmd"], Val::Req, Eff::ExecValue),
            f(&["-init"], Val::Req, Eff::ReadValue),
            f(&["-separator", "-newline", "-nullvalue", "-escape", "-vfs", "-maxsize", "-pagecache", "-lookaside", "-mmap", "-heap"], Val::Req, Eff::None),
            f(&["-readonly", "-safe", "-bail", "-batch", "-interactive", "-header", "-noheader", "-csv", "-json", "-line", "-list", "-markdown", "-table",
                "-box", "-html", "-column", "-quote", "-tabs", "-ascii", "-echo", "-nofollow", "-deserialize", "-append", "-zip", "-memtrace", "-stats", "-version", "-help"], Val::No, Eff::None),
        ],
        note: "operands are DATABASE then SQL; dot-commands run programs (.shell, .system, .once |cmd) and write files (.output, .save, .backup), SQL can ATTACH/create files and load_extension; -safe blocks them",
        ..Spec::D
    },
    Spec {
        names: &["psql"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["-L", "--log-file"], Val::Req, Eff::WriteValue),
            f(&["-c", "--command"], Val::Req, Eff::None), f(&["-h", "--host"], Val::Req, Eff::None), f(&["-p", "--port"], Val::Req, Eff::None), f(&["-U", "--username"], Val::Req, Eff::None), f(&["-d", "--dbname"], Val::Req, Eff::None), f(&["-v", "--set"], Val::Req, Eff::None), f(&["-P", "--pset"], Val::Req, Eff::None), f(&["-F", "--field-separator"], Val::Req, Eff::None), f(&["-R", "--record-separator"], Val::Req, Eff::None), f(&["-T", "--table-attr"], Val::Req, Eff::None), f(&["--variable"], Val::Req, Eff::None),
        ],
        note: "-c/-f and stdin accept meta-commands: `\\!` runs a shell command, `\\o |cmd` / `\\copy ... PROGRAM` run programs, `\\o FILE` writes",
        ..Spec::D
    },
    Spec {
        names: &["pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "createdb", "dropdb", "createuser", "dropuser", "pg_isready", "pgcli"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f", "--file"], Val::Req, Eff::WriteValue), f(&["-D", "--pgdata"], Val::Req, Eff::WriteValue),
            f(&["-h", "--host"], Val::Req, Eff::None), f(&["-p", "--port"], Val::Req, Eff::None), f(&["-U", "--username"], Val::Req, Eff::None), f(&["-d", "--dbname"], Val::Req, Eff::None), f(&["-F", "--format"], Val::Req, Eff::None), f(&["-t", "--table"], Val::Req, Eff::None), f(&["-n", "--schema"], Val::Req, Eff::None), f(&["-j", "--jobs"], Val::Req, Eff::None), f(&["-Z", "--compress"], Val::Req, Eff::None),
            f(&["-c", "--clean"], Val::No, Eff::Delete),
        ],
        note: "dropdb/dropuser destroy data; pg_restore --clean drops objects first",
        ..Spec::D
    },
    Spec {
        names: &["mysql", "mariadb", "mycli"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["--pager"], Val::Opt, Eff::ExecValue),
            f(&["--plugin-dir"], Val::Req, Eff::ExecValue),
            f(&["--tee"], Val::Req, Eff::WriteValue),
            f(&["--defaults-file", "--defaults-extra-file", "--ssl-ca", "--ssl-cert", "--ssl-key"], Val::Req, Eff::ReadValue),
            f(&["--local-infile"], Val::Opt, Eff::UploadValue),
            f(&["-e", "--execute"], Val::Req, Eff::None), f(&["-h", "--host"], Val::Req, Eff::None), f(&["-P", "--port"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-D", "--database"], Val::Req, Eff::None), f(&["-S", "--socket"], Val::Req, Eff::None), f(&["--init-command", "--default-auth", "--default-character-set", "--protocol", "--connect-timeout"], Val::Req, Eff::None),
            f(&["-p", "--password"], Val::Opt, Eff::None),
        ],
        note: "-e and stdin accept client commands (`system`/`\\!` run shell commands, `tee`/`pager`); LOAD DATA LOCAL INFILE uploads local files",
        ..Spec::D
    },
    Spec {
        names: &["mysqldump", "mariadb-dump", "mysqladmin", "mariadb-admin"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-r", "--result-file"], Val::Req, Eff::WriteValue), f(&["-T", "--tab"], Val::Req, Eff::WriteValue),
            f(&["--defaults-file", "--defaults-extra-file"], Val::Req, Eff::ReadValue),
            f(&["-h", "--host"], Val::Req, Eff::None), f(&["-P", "--port"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-S", "--socket"], Val::Req, Eff::None), f(&["-w", "--where"], Val::Req, Eff::None),
            f(&["-p", "--password"], Val::Opt, Eff::None),
        ],
        note: "mysqladmin drop/shutdown destroy or stop the server",
        ..Spec::D
    },
    Spec {
        names: &["redis-cli", "valkey-cli", "keydb-cli"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["--rdb", "--functions-rdb"], Val::Req, Eff::WriteValue),
            f(&["--eval", "--cacert", "--cert", "--key"], Val::Req, Eff::ReadValue),
            f(&["-a", "--pass"], Val::Req, Eff::None), f(&["-s", "--tls-ciphers"], Val::Req, Eff::None), f(&["--user", "--sni"], Val::Req, Eff::None), f(&["-h", "-p", "-n", "-u", "-r", "-i", "-d"], Val::Req, Eff::None),
            f(&["-x", "--pipe"], Val::No, Eff::None), f(&["--tls", "--raw", "--no-raw", "--csv", "--json", "--stat", "--bigkeys", "--memkeys", "--scan", "--latency", "--no-auth-warning"], Val::No, Eff::None),
        ],
        note: "operands are a Redis command (FLUSHALL, CONFIG SET dir/dbfilename write server files, SHUTDOWN)",
        ..Spec::D
    },
    Spec {
        names: &["mongosh", "mongo"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-u", "--username"], Val::Req, Eff::None), f(&["-p", "--password"], Val::Req, Eff::None), f(&["--eval", "--host", "--port", "--authenticationDatabase", "--authenticationMechanism", "--tlsCAFile"], Val::Req, Eff::None),
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
            f(&["--nodb", "--norc", "--shell", "--quiet", "--tls"], Val::No, Eff::None),
        ],
        note: "--eval/-f run JavaScript (the legacy shell's runProgram() starts processes); ~/.mongoshrc.js runs unless --norc",
        ..Spec::D
    },
    // ---------------------------------------------------------------- mail and secrets
    Spec {
        names: &["mail", "mailx", "s-nail", "bsd-mailx", "mutt", "neomutt", "sendmail", "msmtp", "ssmtp", "swaks"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-a", "--attach"], Val::Req, Eff::UploadValue), f(&["-A", "--attach-file"], Val::Req, Eff::UploadValue), f(&["--attach-body"], Val::Req, Eff::UploadValue),
            f(&["-s", "--subject"], Val::Req, Eff::None), f(&["-t", "--to"], Val::Req, Eff::None), f(&["--from", "--server", "--header", "--body"], Val::Req, Eff::None), f(&["-c", "-b", "-r", "-f", "-F", "-S"], Val::Req, Eff::None),
        ],
        note: "sends stdin (or --body) to the recipients; attachments upload local files",
        ..Spec::D
    },
    Spec {
        names: &["op", "secret-tool", "security", "pass", "gopass", "bw", "lpass", "keepassxc-cli", "vault", "bao", "doppler", "infisical", "chamber", "sops",
            "keyring", "kwallet-query", "age", "rage"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        gnu: false,
        note: "password managers and secret stores: reading (`op read`, `secret-tool lookup`, `security find-generic-password -w`, `vault kv get`, `sops -d`) yields credentials",
        ..Spec::D
    },
    // ---------------------------------------------------------------- GnuPG
    Spec {
        names: &["gpg", "gpg2"],
        flags: &[
            f(&["--delete-key", "--delete-keys", "--delete-secret-key", "--delete-secret-keys", "--delete-secret-and-public-key", "--delete-secret-and-public-keys"], Val::No, Eff::Delete),
            f(&["--import", "--gen-key", "--generate-key", "--full-gen-key", "--full-generate-key", "--quick-gen-key", "--quick-generate-key", "--edit-key",
                "--sign-key", "--lsign-key", "--quick-sign-key", "--quick-add-uid", "--quick-add-key", "--quick-revoke-uid", "--quick-set-expire",
                "--update-trustdb", "--import-ownertrust", "--change-passphrase", "--passwd", "--card-edit", "--gen-revoke", "--generate-revocation"], Val::No, Eff::Global),
            f(&["--export-secret-keys", "--export-secret-subkeys", "--export-ssh-key", "--show-session-key"], Val::No, Eff::Privilege),
            f(&["--recv-keys", "--receive-keys", "--send-keys", "--search-keys", "--refresh-keys", "--fetch-keys", "--locate-keys", "--locate-external-keys"], Val::No, Eff::Net),
            f(&["--photo-viewer", "--exec-path", "--load-extension", "--agent-program", "--dirmngr-program", "--options"], Val::Req, Eff::ExecValue),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--log-file", "--logger-file"], Val::Req, Eff::WriteValue),
            f(&["--passphrase-file", "--command-file", "--keyring", "--secret-keyring", "--trustdb-name"], Val::Req, Eff::ReadValue),
            f(&["-r", "--recipient"], Val::Req, Eff::None), f(&["-R", "--hidden-recipient"], Val::Req, Eff::None), f(&["-u", "--local-user"], Val::Req, Eff::None), f(&["-z", "--set-filename"], Val::Req, Eff::None), f(&["-N", "--set-notation"], Val::Req, Eff::None), f(&["--homedir", "--default-key", "--passphrase", "--passphrase-fd", "--pinentry-mode", "--trust-model", "--keyserver", "--keyserver-options", "--list-options", "--verify-options", "--import-options", "--export-options", "--status-fd", "--logger-fd", "--attribute-fd", "--command-fd", "--compress-algo", "--cipher-algo", "--digest-algo", "--default-new-key-algo", "--auto-key-locate", "--comment"], Val::Req, Eff::None),
        ],
        note: "operands are files; --export-secret-keys prints private keys; key management commands change ~/.gnupg",
        ..Spec::D
    },
    // ---------------------------------------------------------------- linters and static analysis
    Spec {
        names: &["shellcheck"],
        flags: &[
            f(&["--rcfile"], Val::Req, Eff::ReadValue),
            f(&["-f", "--format"], Val::Req, Eff::None), f(&["-e", "--exclude"], Val::Req, Eff::None), f(&["-i", "--include"], Val::Req, Eff::None), f(&["-o", "--enable"], Val::Req, Eff::None), f(&["-s", "--shell"], Val::Req, Eff::None), f(&["-S", "--severity"], Val::Req, Eff::None), f(&["-P", "--source-path"], Val::Req, Eff::None), f(&["-W", "--wiki-link-count"], Val::Req, Eff::None), f(&["--extended-analysis"], Val::Req, Eff::None),
            f(&["-C", "--color"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["hadolint", "yamllint", "markdownlint", "markdownlint-cli2", "jsonlint", "taplo", "editorconfig-checker", "ec", "codespell", "typos", "cspell", "vale",
            "stylelint", "htmlhint", "commitlint", "gitleaks", "trufflehog", "semgrep", "checkov", "tflint", "kubeval", "kubeconform", "cppcheck", "cpplint", "rubocop", "standardrb", "phpstan", "psalm", "phpcs", "ktlint", "detekt", "swiftlint", "clang-tidy", "iwyu"],
        flags: &[
            f(&["-w", "--write-changes"], Val::No, Eff::InPlace), f(&["-a", "--autocorrect"], Val::No, Eff::InPlace), f(&["-A", "--autocorrect-all"], Val::No, Eff::InPlace), f(&["--fix"], Val::No, Eff::InPlace),
            f(&["-c", "--config"], Val::Req, Eff::ReadValue), f(&["-d", "--config-data"], Val::Req, Eff::ReadValue), f(&["--config-file", "--rcfile"], Val::Req, Eff::ReadValue),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--out", "--output-file", "--report-path", "-export-fixes", "--export-fixes"], Val::Req, Eff::WriteValue),
            f(&["-r", "--rules"], Val::Req, Eff::Build), f(&["--load", "-load", "--plugin", "--require"], Val::Req, Eff::Build),
            f(&["-f", "--format"], Val::Req, Eff::None), f(&["-t", "--failure-threshold"], Val::Req, Eff::None), f(&["-p", "--checks"], Val::Req, Eff::None), f(&["-S", "--only"], Val::Req, Eff::None), f(&["--ignore", "-checks", "--exclude", "--severity", "--except", "--level"], Val::Req, Eff::None),
        ],
        note: "linters and scanners; --fix/-w/-a rewrite files; rubocop/stylelint/markdownlint/commitlint configs can load code (plugins, custom rules); semgrep/checkov may fetch rules",
        ..Spec::D
    },
    Spec {
        names: &["actionlint"],
        gnu: false,
        flags: &[
            f(&["-shellcheck", "-pyflakes"], Val::Req, Eff::ExecValue),
            f(&["-config-file"], Val::Req, Eff::ReadValue),
            f(&["-format", "-ignore", "-stdin-filename"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["clang-format", "shfmt", "stylua", "biome", "oxlint", "sqlfluff", "djlint", "nixfmt", "alejandra"],
        flags: &[
            f(&["-w", "--write"], Val::No, Eff::InPlace), f(&["--apply", "--fix", "--inplace"], Val::No, Eff::InPlace), f(&["-i"], Val::No, Eff::InPlace),
            f(&["-c", "--style"], Val::Req, Eff::None), f(&["--config", "--config-path", "--assume-filename", "--edition", "--emit", "-ln", "--language-dialect", "--dialect", "--rules"], Val::Req, Eff::None),
        ],
        note: "formatters and linters: print to stdout unless -i/-w/--write/--fix",
        ..Spec::D
    },
    Spec {
        names: &["rustfmt", "dprint", "gofumpt", "ormolu"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(&["-c", "--edition"], Val::Req, Eff::None), f(&["--config", "--config-path", "--emit", "--style-edition"], Val::Req, Eff::None)],
        note: "rewrite the operand files in place; `--check` only reads",
        ..Spec::D
    },
    Spec {
        names: &["xmllint"],
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["--shell"], Val::No, Eff::InPlace),
            f(&["--dtdvalid", "--schema", "--relaxng", "--schematron"], Val::Req, Eff::ReadValue),
            f(&["--xpath", "--encode", "--maxmem", "--pattern", "--dtdvalidfpi", "--path"], Val::Req, Eff::None),
        ],
        note: "--shell reads commands (save/write files) from stdin; XInclude/external entities (--xinclude, --noent, --loaddtd) read other files or URLs",
        ..Spec::D
    },
    Spec {
        names: &["xsltproc", "saxon", "xalan"],
        class: Class::Write,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["--path", "--param", "--stringparam", "--maxdepth", "--maxvars", "--encoding"], Val::Req, Eff::None),
        ],
        note: "stylesheets can write files (exsl:document) and read any file/URL; --nowrite/--nonet restrict them",
        ..Spec::D
    },
    // ---------------------------------------------------------------- code statistics and listings
    Spec {
        names: &["tokei", "cloc", "scc", "loc", "sloccount", "gocloc"],
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--report-file", "--out", "--sql"], Val::Req, Eff::WriteValue),
            f(&["--list-file", "--exclude-list-file", "--read-lang-def", "--force-lang-def", "--read-binary-files"], Val::Req, Eff::ReadValue),
            f(&["-e", "--exclude"], Val::Req, Eff::None), f(&["-t", "--type"], Val::Req, Eff::None), f(&["-s", "--sort"], Val::Req, Eff::None), f(&["-f", "--format"], Val::Req, Eff::None), f(&["--exclude-dir", "--exclude-ext", "--include-ext", "--include-lang", "--match-f", "--not-match-f", "--not-match-d"], Val::Req, Eff::None),
        ],
        note: "cloc unpacks archives it is given with external tools",
        ..Spec::D
    },
    Spec {
        names: &["ncdu", "gdu"],
        flags: &[
            f(&["-o"], Val::Req, Eff::WriteValue),
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-X", "--exclude-from"], Val::Req, Eff::ReadValue),
            f(&["--exclude", "--color"], Val::Req, Eff::None),
        ],
        note: "the interactive UI can delete files (d key) unless -r; without a terminal only -o exports",
        ..Spec::D
    },
    Spec {
        names: &["dust", "duf", "dua", "diskus", "erdtree"],
        gnu: false,
        flags: &[f(&["-d", "--depth"], Val::Req, Eff::None), f(&["-n", "--number-of-lines"], Val::Req, Eff::None), f(&["-X", "--ignore-directory"], Val::Req, Eff::None), f(&["-e", "--filter"], Val::Req, Eff::None), f(&["--only", "--hide", "--output", "--sort"], Val::Req, Eff::None)],
        note: "`dua interactive` can delete files",
        ..Spec::D
    },
    Spec {
        names: &["eza", "exa", "lsd", "lla"],
        gnu: false,
        flags: &[
            f(&["-L", "--level"], Val::Req, Eff::None), f(&["-I", "--ignore-glob"], Val::Req, Eff::None), f(&["-s", "--sort"], Val::Req, Eff::None), f(&["-t", "--time"], Val::Req, Eff::None), f(&["--time-style", "--depth", "--blocks", "--size", "--date", "--permission"], Val::Req, Eff::None),
            f(&["--color", "--colour", "--hyperlink", "--classify", "--icons", "--color-scale", "--colour-scale"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- binary inspection
    Spec {
        names: &["strings"],
        flags: &[f(&["-n", "--bytes"], Val::Req, Eff::None), f(&["-t", "--radix"], Val::Req, Eff::None), f(&["-e", "--encoding"], Val::Req, Eff::None), f(&["-T", "--target"], Val::Req, Eff::None), f(&["-s", "--output-separator"], Val::Req, Eff::None), f(&["--unicode"], Val::Req, Eff::None)],
        note: "`strings -NUM` sets the minimum length",
        ..Spec::D
    },
    Spec {
        names: &["nm", "objdump", "readelf", "size", "addr2line", "c++filt", "llvm-nm", "llvm-objdump", "llvm-readelf", "llvm-readobj", "llvm-size",
            "llvm-symbolizer", "llvm-dwarfdump", "dwarfdump", "otool", "checksec", "pahole", "rabin2", "hexyl", "bloaty", "cargo-bloat"],
        flags: &[
            f(&["--plugin"], Val::Req, Eff::ExecValue),
            f(&["-e", "--exe"], Val::Req, Eff::None), f(&["-m", "--architecture"], Val::Req, Eff::None), f(&["-M", "--disassembler-options"], Val::Req, Eff::None), f(&["-j", "--section"], Val::Req, Eff::None), f(&["-x", "--hex-dump"], Val::Req, Eff::None), f(&["-p", "--string-dump"], Val::Req, Eff::None), f(&["-R", "--relocated-dump"], Val::Req, Eff::None), f(&["-t", "--radix"], Val::Req, Eff::None), f(&["-f", "--format"], Val::Req, Eff::None), f(&["-n", "--length"], Val::Req, Eff::None), f(&["-s", "--skip"], Val::Req, Eff::None), f(&["--target", "--start-address", "--stop-address", "--debug-dump", "--dwarf-depth", "--dwarf-start", "--prefix", "--prefix-strip"], Val::Req, Eff::None), f(&["-b"], Val::Req, Eff::None),
        ],
        note: "only read the operand binaries (nm/ar-style --plugin loads an LTO plugin)",
        ..Spec::D
    },
    Spec {
        names: &["ldd"],
        note: "glibc ldd runs the binary's loader (an untrusted binary with a custom interpreter executes code); prefer `objdump -p`",
        ..Spec::D
    },
    Spec {
        names: &["strip", "objcopy", "patchelf", "llvm-strip", "llvm-objcopy", "install_name_tool", "codesign", "upx"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["--add-section", "--update-section", "--add-symbol"], Val::Req, Eff::None),
            f(&["--set-interpreter", "--set-rpath", "--add-rpath", "--add-needed", "--replace-needed", "--remove-needed"], Val::Req, Eff::None), f(&["-K", "-N", "-R", "-j", "-O", "-I", "-B"], Val::Req, Eff::None),
        ],
        note: "rewrite binaries in place (objcopy IN OUT writes OUT)",
        ..Spec::D
    },
    Spec {
        names: &["pkg-config", "pkgconf"],
        pos: Pos::Opaque,
        flags: &[f(&["--define-variable", "--variable", "--atleast-version", "--exact-version", "--max-version", "--with-path", "--atleast-pkgconfig-version"], Val::Req, Eff::None)],
        ..Spec::D
    },
    // ---------------------------------------------------------------- media and documents
    Spec {
        names: &["identify", "mediainfo", "ffprobe", "pdfinfo", "pdffonts", "soxi"],
        flags: &[f(&["-v", "-loglevel"], Val::Req, Eff::None), f(&["-l", "-opw"], Val::Req, Eff::None), f(&["-format", "-print_format", "-of", "-show_entries", "-select_streams", "-upw"], Val::Req, Eff::None), f(&["-f"], Val::Req, Eff::None)],
        note: "read media/document metadata; ImageMagick coders and delegates can run external programs for some formats",
        ..Spec::D
    },
    Spec {
        names: &["convert", "magick", "mogrify", "composite", "montage", "ffmpeg", "sox", "gs", "ghostscript", "pdftotext", "pdftoppm", "pdfunite", "pdfseparate",
            "qpdf", "img2pdf", "inkscape", "cwebp", "optipng", "pngquant", "jpegoptim", "gifsicle", "rsvg-convert", "dot", "neato", "plantuml", "mmdc"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["-out"], Val::Req, Eff::WriteValue),
            f(&["-i"], Val::Req, Eff::ReadValue),
            f(&["-f", "-c:v"], Val::Req, Eff::None), f(&["-t", "-to"], Val::Req, Eff::None), f(&["-s", "-b:v"], Val::Req, Eff::None), f(&["-c:a", "-vf", "-af", "-filter_complex", "-map", "-ss", "-b:a", "-resize", "-quality", "-density"], Val::Req, Eff::None), f(&["-r", "-T", "-K"], Val::Req, Eff::None),
            f(&["-sDEVICE", "-sOutputFile", "-dPDFSETTINGS"], Val::Opt, Eff::None),
        ],
        note: "converters: the last operand (or -o) is written; mogrify/optipng/jpegoptim rewrite inputs in place; ffmpeg -i may be a URL, Ghostscript without -dSAFER and ImageMagick delegates/MSL can run commands; dot -O writes next to inputs",
        ..Spec::D
    },
    Spec {
        names: &["exiftool"],
        gnu: false,
        flags: &[
            f(&["-p", "-printFormat"], Val::Req, Eff::ExecValue), f(&["-config", "-if", "-api"], Val::Req, Eff::ExecValue),
            f(&["-o", "-out"], Val::Req, Eff::WriteValue), f(&["-w", "-textOut"], Val::Req, Eff::WriteValue), f(&["-W", "-tagOut"], Val::Req, Eff::WriteValue),
            f(&["-@", "-geotag"], Val::Req, Eff::ReadValue), f(&["-tagsFromFile", "-srcfile"], Val::Req, Eff::ReadValue),
            f(&["-csv", "-json"], Val::Opt, Eff::ReadValue),
            f(&["-overwrite_original", "-overwrite_original_in_place", "-delete_original"], Val::No, Eff::InPlace),
            f(&["-d", "-dateFormat"], Val::Req, Eff::None), f(&["-x", "-exclude"], Val::Req, Eff::None), f(&["-c", "-coordFormat"], Val::Req, Eff::None), f(&["-ext", "-extension", "-charset", "-lang", "-sep", "-separator", "-fileOrder", "-userParam"], Val::Req, Eff::None),
        ],
        note: "`-TAG=VALUE` operands write metadata into the files; -if/-p/${TAG;EXPR} and the config file are Perl code",
        ..Spec::D
    },
    Spec {
        names: &["pandoc"],
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--extract-media"], Val::Req, Eff::WriteValue),
            f(&["-L", "--lua-filter"], Val::Req, Eff::ExecValue), f(&["-F", "--filter"], Val::Req, Eff::ExecValue), f(&["--pdf-engine"], Val::Req, Eff::ExecValue),
            f(&["-d", "--defaults"], Val::Req, Eff::ExecValue),
            f(&["-H", "--include-in-header"], Val::Req, Eff::ReadValue), f(&["-B", "--include-before-body"], Val::Req, Eff::ReadValue), f(&["-A", "--include-after-body"], Val::Req, Eff::ReadValue), f(&["-c", "--bibliography"], Val::Req, Eff::ReadValue), f(&["--template", "--reference-doc", "--css", "--csl", "--syntax-definition", "--abbreviations", "--epub-cover-image", "--epub-metadata"], Val::Req, Eff::ReadValue),
            f(&["-r", "--from"], Val::Req, Eff::None), f(&["-w", "--to"], Val::Req, Eff::None), f(&["-M", "--metadata"], Val::Req, Eff::None), f(&["-V", "--variable"], Val::Req, Eff::None), f(&["--read", "--write", "--data-dir", "--resource-path", "--pdf-engine-opt", "--toc-depth", "--columns", "--wrap", "--shift-heading-level-by", "--highlight-style", "--number-offset"], Val::Req, Eff::None), f(&["-f", "-t"], Val::Req, Eff::None),
            f(&["--metadata-file"], Val::Req, Eff::ReadValue),
            f(&["--embed-resources", "--self-contained"], Val::No, Eff::Net),
        ],
        note: "filters and the PDF engine are programs; defaults files can name filters; embedding resources fetches URLs",
        ..Spec::D
    },
    // ---------------------------------------------------------------- data wrangling
    Spec {
        names: &["aspell", "hunspell", "ispell"],
        flags: &[
            f(&["-c", "--check"], Val::No, Eff::InPlace),
            f(&["-d", "--dict"], Val::Req, Eff::None), f(&["-p", "--personal"], Val::Req, Eff::None), f(&["--lang", "--encoding", "--mode"], Val::Req, Eff::None), f(&["-l"], Val::Req, Eff::None),
        ],
        note: "-c checks a file interactively and rewrites it; `list`/`-l` only read stdin",
        ..Spec::D
    },
    Spec {
        names: &["mlr"],
        gnu: false,
        flags: &[
            f(&["-I"], Val::No, Eff::InPlace),
            f(&["--prepipe", "--prepipex", "--load", "--mload"], Val::Req, Eff::ExecValue),
            f(&["--from", "-s"], Val::Req, Eff::ReadValue),
            f(&["--ifs", "--ofs", "--ips", "--ops", "--irs", "--ors", "--fs", "--ps", "--rs", "--ofmt", "--nr-progress-mod", "--records-per-batch", "--tz"], Val::Req, Eff::None),
        ],
        note: "verbs are operands; the DSL of put/filter can call system()/exec() and `tee >`/`emit >` files: needs Awk-like inspection",
        ..Spec::D
    },
    Spec {
        names: &["xsv", "qsv", "csvlook", "csvcut", "csvstat", "csvgrep", "csvjson", "csvsort", "csvformat", "in2csv", "csvjoin", "csvstack", "jc", "gron", "dasel", "fx", "jless", "htmlq", "pup", "visidata", "vd", "csvtk", "tabview"],
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue),
            f(&["-f", "--file"], Val::Req, Eff::ReadValue),
            f(&["-d", "--delimiter"], Val::Req, Eff::None), f(&["-c", "--columns"], Val::Req, Eff::None), f(&["-s", "--select"], Val::Req, Eff::None), f(&["-e", "--encoding"], Val::Req, Eff::None), f(&["-q", "--quotechar"], Val::Req, Eff::None), f(&["-r", "--regex"], Val::Req, Eff::None),
        ],
        note: "tabular/JSON viewers and filters; visidata is interactive (can save files, run Python via its command line)",
        ..Spec::D
    },
    Spec {
        names: &["dos2unix", "unix2dos", "mac2unix", "unix2mac"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(&["-n", "--newfile"], Val::No, Eff::None), f(&["-o", "--oldfile"], Val::No, Eff::None), f(&["-c", "--convmode"], Val::Req, Eff::None)],
        note: "convert files in place; with -n the operands are IN OUT pairs",
        ..Spec::D
    },
    Spec {
        names: &["sponge"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(&["-a"], Val::No, Eff::None)],
        note: "soaks stdin then writes (replaces) the file",
        ..Spec::D
    },
    Spec {
        names: &["rename", "prename", "file-rename", "perl-rename"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        flags: &[f(&["-e", "-E"], Val::Req, Eff::None), f(&["-n", "--nono"], Val::No, Eff::None), f(&["-l", "--last"], Val::No, Eff::None), f(&["-v", "-f", "-s", "-o", "-i", "-a"], Val::No, Eff::None)],
        note: "Perl rename evaluates its first operand as Perl code (Debian's default `rename`); util-linux `rename FROM TO FILES` only renames",
        ..Spec::D
    },
    Spec {
        names: &["envsubst", "ts", "units", "tldr", "cheat", "figlet", "toilet", "errno", "uuidgen", "mkpasswd", "pwgen"],
        pos: Pos::Opaque,
        note: "small filters and generators; tldr/cheat may download pages; envsubst prints environment values",
        ..Spec::D
    },
    Spec {
        names: &["pv", "lolcat", "isutf8", "ccat", "highlight", "pygmentize"],
        flags: &[f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["-L", "--rate-limit"], Val::Req, Eff::None), f(&["-s", "--size"], Val::Req, Eff::None), f(&["-l", "--lexer"], Val::Req, Eff::None), f(&["-f", "--formatter"], Val::Req, Eff::None), f(&["-S", "--syntax"], Val::Req, Eff::None), f(&["--style"], Val::Req, Eff::None), f(&["-O", "-P"], Val::Req, Eff::None)],
        note: "print the operand files (pygmentize/highlight -o write output)",
        ..Spec::D
    },
    Spec {
        names: &["cowsay", "cowthink"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-f"], Val::Req, Eff::ExecValue),
            f(&["-e", "-T", "-W"], Val::Req, Eff::None),
        ],
        note: "-f COWFILE loads a cow file, which is Perl code (GTFOBins)",
        ..Spec::D
    },
    Spec {
        names: &["tput", "stty", "clear", "reset", "setterm", "tabs", "resize"],
        pos: Pos::Opaque,
        flags: &[f(&["-T", "-F", "--file"], Val::Req, Eff::None)],
        note: "terminal settings only",
        ..Spec::D
    },
    Spec {
        names: &["xclip", "xsel", "pbcopy", "pbpaste", "wl-copy", "wl-paste", "clip.exe"],
        pos: Pos::Read,
        flags: &[f(&["-t", "--type"], Val::Req, Eff::None), f(&["-selection", "-sel", "-target"], Val::Req, Eff::None), f(&["-o", "-out"], Val::No, Eff::None)],
        note: "clipboard: copying puts data where other programs (and people) can read it",
        ..Spec::D
    },
    Spec {
        names: &["xdg-open", "open", "sensible-browser", "x-www-browser", "wslview"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "hands the operand to the desktop's default handler, which may run it (.desktop files, scripts, URLs)",
        ..Spec::D
    },
    Spec {
        names: &["direnv"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: &["allow", "permit", "grant", "reload", "exec"], class: Class::Build, pos: Pos::Opaque, gnu: false,
                note: "trusting .envrc lets its shell code run on every cd; `exec DIR CMD` runs CMD in that environment", ..Spec::D },
            Spec { names: &["status", "help", "version", "hook", "stdlib", "dump", "show_dump"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["deny", "block", "revoke", "prune"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: &["edit"], class: Class::Interactive, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
];
