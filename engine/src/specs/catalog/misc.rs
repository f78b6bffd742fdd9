//! Everything else an agent meets: database clients, mail and secret stores, gpg, linters,
//! code statistics, binary inspection, media and document converters, data wranglers and small
//! shell helpers.

use crate::specs::{f, names, Class, Eff, Pos, Spec, Val};

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- database clients
    Spec {
        names: names!["sqlite3", "sqlite"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-cmd"], Val::Req, Eff::ExecValue),
            f(names!["-init"], Val::Req, Eff::ReadValue),
            f(names!["-separator", "-newline", "-nullvalue", "-escape", "-vfs", "-maxsize", "-pagecache", "-lookaside", "-mmap", "-heap"], Val::Req, Eff::None),
            f(names!["-readonly", "-safe", "-bail", "-batch", "-interactive", "-header", "-noheader", "-csv", "-json", "-line", "-list", "-markdown", "-table",
                "-box", "-html", "-column", "-quote", "-tabs", "-ascii", "-echo", "-nofollow", "-deserialize", "-append", "-zip", "-memtrace", "-stats", "-version", "-help"], Val::No, Eff::None),
        ],
        note: "operands are DATABASE then SQL; dot-commands run programs (.shell, .system, .once |cmd) and write files (.output, .save, .backup), SQL can ATTACH/create files and load_extension; -safe blocks them",
        ..Spec::D
    },
    Spec {
        names: names!["psql"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["-L", "--log-file"], Val::Req, Eff::WriteValue),
            f(names!["-c", "--command"], Val::Req, Eff::None), f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-p", "--port"], Val::Req, Eff::None), f(names!["-U", "--username"], Val::Req, Eff::None), f(names!["-d", "--dbname"], Val::Req, Eff::None), f(names!["-v", "--set"], Val::Req, Eff::None), f(names!["-P", "--pset"], Val::Req, Eff::None), f(names!["-F", "--field-separator"], Val::Req, Eff::None), f(names!["-R", "--record-separator"], Val::Req, Eff::None), f(names!["-T", "--table-attr"], Val::Req, Eff::None), f(names!["--variable"], Val::Req, Eff::None),
        ],
        note: "-c/-f and stdin accept meta-commands: `\\!` runs a shell command, `\\o |cmd` / `\\copy ... PROGRAM` run programs, `\\o FILE` writes",
        ..Spec::D
    },
    Spec {
        names: names!["pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "createdb", "dropdb", "createuser", "dropuser", "pg_isready", "pgcli"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f", "--file"], Val::Req, Eff::WriteValue), f(names!["-D", "--pgdata"], Val::Req, Eff::WriteValue),
            f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-p", "--port"], Val::Req, Eff::None), f(names!["-U", "--username"], Val::Req, Eff::None), f(names!["-d", "--dbname"], Val::Req, Eff::None), f(names!["-F", "--format"], Val::Req, Eff::None), f(names!["-t", "--table"], Val::Req, Eff::None), f(names!["-n", "--schema"], Val::Req, Eff::None), f(names!["-j", "--jobs"], Val::Req, Eff::None), f(names!["-Z", "--compress"], Val::Req, Eff::None),
            f(names!["-c", "--clean"], Val::No, Eff::Delete),
        ],
        note: "dropdb/dropuser destroy data; pg_restore --clean drops objects first",
        ..Spec::D
    },
    Spec {
        names: names!["mysql", "mariadb", "mycli"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["--pager"], Val::Opt, Eff::ExecValue),
            f(names!["--plugin-dir"], Val::Req, Eff::ExecValue),
            f(names!["--tee"], Val::Req, Eff::WriteValue),
            f(names!["--defaults-file", "--defaults-extra-file", "--ssl-ca", "--ssl-cert", "--ssl-key"], Val::Req, Eff::ReadValue),
            f(names!["--local-infile"], Val::Opt, Eff::UploadValue),
            f(names!["-e", "--execute"], Val::Req, Eff::None), f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-P", "--port"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-D", "--database"], Val::Req, Eff::None), f(names!["-S", "--socket"], Val::Req, Eff::None), f(names!["--init-command", "--default-auth", "--default-character-set", "--protocol", "--connect-timeout"], Val::Req, Eff::None),
            f(names!["-p", "--password"], Val::Opt, Eff::None),
        ],
        note: "-e and stdin accept client commands (`system`/`\\!` run shell commands, `tee`/`pager`); LOAD DATA LOCAL INFILE uploads local files",
        ..Spec::D
    },
    Spec {
        names: names!["mysqldump", "mariadb-dump", "mysqladmin", "mariadb-admin"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-r", "--result-file"], Val::Req, Eff::WriteValue), f(names!["-T", "--tab"], Val::Req, Eff::WriteValue),
            f(names!["--defaults-file", "--defaults-extra-file"], Val::Req, Eff::ReadValue),
            f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-P", "--port"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-S", "--socket"], Val::Req, Eff::None), f(names!["-w", "--where"], Val::Req, Eff::None),
            f(names!["-p", "--password"], Val::Opt, Eff::None),
        ],
        note: "mysqladmin drop/shutdown destroy or stop the server",
        ..Spec::D
    },
    Spec {
        names: names!["redis-cli", "valkey-cli", "keydb-cli"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["--rdb", "--functions-rdb"], Val::Req, Eff::WriteValue),
            f(names!["--eval", "--cacert", "--cert", "--key"], Val::Req, Eff::ReadValue),
            f(names!["-a", "--pass"], Val::Req, Eff::None), f(names!["-s", "--tls-ciphers"], Val::Req, Eff::None), f(names!["--user", "--sni"], Val::Req, Eff::None), f(names!["-h", "-p", "-n", "-u", "-r", "-i", "-d"], Val::Req, Eff::None),
            f(names!["-x", "--pipe"], Val::No, Eff::None), f(names!["--tls", "--raw", "--no-raw", "--csv", "--json", "--stat", "--bigkeys", "--memkeys", "--scan", "--latency", "--no-auth-warning"], Val::No, Eff::None),
        ],
        note: "operands are a Redis command (FLUSHALL, CONFIG SET dir/dbfilename write server files, SHUTDOWN)",
        ..Spec::D
    },
    Spec {
        names: names!["mongosh", "mongo"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-u", "--username"], Val::Req, Eff::None), f(names!["-p", "--password"], Val::Req, Eff::None), f(names!["--eval", "--host", "--port", "--authenticationDatabase", "--authenticationMechanism", "--tlsCAFile"], Val::Req, Eff::None),
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
            f(names!["--nodb", "--norc", "--shell", "--quiet", "--tls"], Val::No, Eff::None),
        ],
        note: "--eval/-f run JavaScript (the legacy shell's runProgram() starts processes); ~/.mongoshrc.js runs unless --norc",
        ..Spec::D
    },
    // ---------------------------------------------------------------- mail and secrets
    Spec {
        names: names!["mail", "mailx", "s-nail", "bsd-mailx", "mutt", "neomutt", "sendmail", "msmtp", "ssmtp", "swaks"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-a", "--attach"], Val::Req, Eff::UploadValue), f(names!["-A", "--attach-file"], Val::Req, Eff::UploadValue), f(names!["--attach-body"], Val::Req, Eff::UploadValue),
            f(names!["-s", "--subject"], Val::Req, Eff::None), f(names!["-t", "--to"], Val::Req, Eff::None), f(names!["--from", "--server", "--header", "--body"], Val::Req, Eff::None), f(names!["-c", "-b", "-r", "-f", "-F", "-S"], Val::Req, Eff::None),
        ],
        note: "sends stdin (or --body) to the recipients; attachments upload local files",
        ..Spec::D
    },
    Spec {
        names: names!["op", "secret-tool", "security", "pass", "gopass", "bw", "lpass", "keepassxc-cli", "vault", "bao", "doppler", "infisical", "chamber", "sops",
            "keyring", "kwallet-query", "age", "rage"],
        class: Class::Privilege,
        pos: Pos::Opaque,
        gnu: false,
        note: "password managers and secret stores: reading (`op read`, `secret-tool lookup`, `security find-generic-password -w`, `vault kv get`, `sops -d`) yields credentials",
        ..Spec::D
    },
    // ---------------------------------------------------------------- GnuPG
    Spec {
        names: names!["gpg", "gpg2"],
        flags: &[
            f(names!["--delete-key", "--delete-keys", "--delete-secret-key", "--delete-secret-keys", "--delete-secret-and-public-key", "--delete-secret-and-public-keys"], Val::No, Eff::Delete),
            f(names!["--import", "--gen-key", "--generate-key", "--full-gen-key", "--full-generate-key", "--quick-gen-key", "--quick-generate-key", "--edit-key",
                "--sign-key", "--lsign-key", "--quick-sign-key", "--quick-add-uid", "--quick-add-key", "--quick-revoke-uid", "--quick-set-expire",
                "--update-trustdb", "--import-ownertrust", "--change-passphrase", "--passwd", "--card-edit", "--gen-revoke", "--generate-revocation"], Val::No, Eff::Global),
            f(names!["--export-secret-keys", "--export-secret-subkeys", "--export-ssh-key", "--show-session-key"], Val::No, Eff::Privilege),
            f(names!["--recv-keys", "--receive-keys", "--send-keys", "--search-keys", "--refresh-keys", "--fetch-keys", "--locate-keys", "--locate-external-keys"], Val::No, Eff::Net),
            f(names!["--photo-viewer", "--exec-path", "--load-extension", "--agent-program", "--dirmngr-program", "--options"], Val::Req, Eff::ExecValue),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--log-file", "--logger-file"], Val::Req, Eff::WriteValue),
            f(names!["--passphrase-file", "--command-file", "--keyring", "--secret-keyring", "--trustdb-name"], Val::Req, Eff::ReadValue),
            f(names!["-r", "--recipient"], Val::Req, Eff::None), f(names!["-R", "--hidden-recipient"], Val::Req, Eff::None), f(names!["-u", "--local-user"], Val::Req, Eff::None), f(names!["-z", "--set-filename"], Val::Req, Eff::None), f(names!["-N", "--set-notation"], Val::Req, Eff::None), f(names!["--homedir", "--default-key", "--passphrase", "--passphrase-fd", "--pinentry-mode", "--trust-model", "--keyserver", "--keyserver-options", "--list-options", "--verify-options", "--import-options", "--export-options", "--status-fd", "--logger-fd", "--attribute-fd", "--command-fd", "--compress-algo", "--cipher-algo", "--digest-algo", "--default-new-key-algo", "--auto-key-locate", "--comment"], Val::Req, Eff::None),
        ],
        note: "operands are files; --export-secret-keys prints private keys; key management commands change ~/.gnupg",
        ..Spec::D
    },
    // ---------------------------------------------------------------- linters and static analysis
    Spec {
        names: names!["shellcheck"],
        flags: &[
            f(names!["--rcfile"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--format"], Val::Req, Eff::None), f(names!["-e", "--exclude"], Val::Req, Eff::None), f(names!["-i", "--include"], Val::Req, Eff::None), f(names!["-o", "--enable"], Val::Req, Eff::None), f(names!["-s", "--shell"], Val::Req, Eff::None), f(names!["-S", "--severity"], Val::Req, Eff::None), f(names!["-P", "--source-path"], Val::Req, Eff::None), f(names!["-W", "--wiki-link-count"], Val::Req, Eff::None), f(names!["--extended-analysis"], Val::Req, Eff::None),
            f(names!["-C", "--color"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["hadolint", "yamllint", "markdownlint", "markdownlint-cli2", "jsonlint", "taplo", "editorconfig-checker", "ec", "codespell", "typos", "cspell", "vale",
            "stylelint", "htmlhint", "commitlint", "gitleaks", "trufflehog", "semgrep", "checkov", "tflint", "kubeval", "kubeconform", "cppcheck", "cpplint", "rubocop", "standardrb", "phpstan", "psalm", "phpcs", "ktlint", "detekt", "swiftlint", "clang-tidy", "iwyu"],
        flags: &[
            f(names!["-w", "--write-changes"], Val::No, Eff::InPlace), f(names!["-a", "--autocorrect"], Val::No, Eff::InPlace), f(names!["-A", "--autocorrect-all"], Val::No, Eff::InPlace), f(names!["--fix"], Val::No, Eff::InPlace),
            f(names!["-c", "--config"], Val::Req, Eff::ReadValue), f(names!["-d", "--config-data"], Val::Req, Eff::ReadValue), f(names!["--config-file", "--rcfile"], Val::Req, Eff::ReadValue),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--out", "--output-file", "--report-path", "-export-fixes", "--export-fixes"], Val::Req, Eff::WriteValue),
            f(names!["-r", "--rules"], Val::Req, Eff::Build), f(names!["--load", "-load", "--plugin", "--require"], Val::Req, Eff::Build),
            f(names!["-f", "--format"], Val::Req, Eff::None), f(names!["-t", "--failure-threshold"], Val::Req, Eff::None), f(names!["-p", "--checks"], Val::Req, Eff::None), f(names!["-S", "--only"], Val::Req, Eff::None), f(names!["--ignore", "-checks", "--exclude", "--severity", "--except", "--level"], Val::Req, Eff::None),
        ],
        note: "linters and scanners; --fix/-w/-a rewrite files; rubocop/stylelint/markdownlint/commitlint configs can load code (plugins, custom rules); semgrep/checkov may fetch rules",
        ..Spec::D
    },
    Spec {
        names: names!["actionlint"],
        gnu: false,
        flags: &[
            f(names!["-shellcheck", "-pyflakes"], Val::Req, Eff::ExecValue),
            f(names!["-config-file"], Val::Req, Eff::ReadValue),
            f(names!["-format", "-ignore", "-stdin-filename"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["clang-format", "shfmt", "stylua", "biome", "oxlint", "sqlfluff", "djlint", "nixfmt", "alejandra"],
        flags: &[
            f(names!["-w", "--write"], Val::No, Eff::InPlace), f(names!["--apply", "--fix", "--inplace"], Val::No, Eff::InPlace), f(names!["-i"], Val::No, Eff::InPlace),
            f(names!["-c", "--style"], Val::Req, Eff::None), f(names!["--config", "--config-path", "--assume-filename", "--edition", "--emit", "-ln", "--language-dialect", "--dialect", "--rules"], Val::Req, Eff::None),
        ],
        note: "formatters and linters: print to stdout unless -i/-w/--write/--fix",
        ..Spec::D
    },
    Spec {
        names: names!["rustfmt", "dprint", "gofumpt", "ormolu"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(names!["-c", "--edition"], Val::Req, Eff::None), f(names!["--config", "--config-path", "--emit", "--style-edition"], Val::Req, Eff::None)],
        note: "rewrite the operand files in place; `--check` only reads",
        ..Spec::D
    },
    Spec {
        names: names!["xmllint"],
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--shell"], Val::No, Eff::InPlace),
            f(names!["--dtdvalid", "--schema", "--relaxng", "--schematron"], Val::Req, Eff::ReadValue),
            f(names!["--xpath", "--encode", "--maxmem", "--pattern", "--dtdvalidfpi", "--path"], Val::Req, Eff::None),
        ],
        note: "--shell reads commands (save/write files) from stdin; XInclude/external entities (--xinclude, --noent, --loaddtd) read other files or URLs",
        ..Spec::D
    },
    Spec {
        names: names!["xsltproc", "saxon", "xalan"],
        class: Class::Write,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--path", "--param", "--stringparam", "--maxdepth", "--maxvars", "--encoding"], Val::Req, Eff::None),
        ],
        note: "stylesheets can write files (exsl:document) and read any file/URL; --nowrite/--nonet restrict them",
        ..Spec::D
    },
    // ---------------------------------------------------------------- code statistics and listings
    Spec {
        names: names!["tokei", "cloc", "scc", "loc", "sloccount", "gocloc"],
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--report-file", "--out", "--sql"], Val::Req, Eff::WriteValue),
            f(names!["--list-file", "--exclude-list-file", "--read-lang-def", "--force-lang-def", "--read-binary-files"], Val::Req, Eff::ReadValue),
            f(names!["-e", "--exclude"], Val::Req, Eff::None), f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["-s", "--sort"], Val::Req, Eff::None), f(names!["-f", "--format"], Val::Req, Eff::None), f(names!["--exclude-dir", "--exclude-ext", "--include-ext", "--include-lang", "--match-f", "--not-match-f", "--not-match-d"], Val::Req, Eff::None),
        ],
        note: "cloc unpacks archives it is given with external tools",
        ..Spec::D
    },
    Spec {
        names: names!["ncdu", "gdu"],
        flags: &[
            f(names!["-o"], Val::Req, Eff::WriteValue),
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-X", "--exclude-from"], Val::Req, Eff::ReadValue),
            f(names!["--exclude", "--color"], Val::Req, Eff::None),
        ],
        note: "the interactive UI can delete files (d key) unless -r; without a terminal only -o exports",
        ..Spec::D
    },
    Spec {
        names: names!["dust", "duf", "dua", "diskus", "erdtree"],
        gnu: false,
        flags: &[f(names!["-d", "--depth"], Val::Req, Eff::None), f(names!["-n", "--number-of-lines"], Val::Req, Eff::None), f(names!["-X", "--ignore-directory"], Val::Req, Eff::None), f(names!["-e", "--filter"], Val::Req, Eff::None), f(names!["--only", "--hide", "--output", "--sort"], Val::Req, Eff::None)],
        note: "`dua interactive` can delete files",
        ..Spec::D
    },
    Spec {
        names: names!["eza", "exa", "lsd", "lla"],
        gnu: false,
        flags: &[
            f(names!["-L", "--level"], Val::Req, Eff::None), f(names!["-I", "--ignore-glob"], Val::Req, Eff::None), f(names!["-s", "--sort"], Val::Req, Eff::None), f(names!["-t", "--time"], Val::Req, Eff::None), f(names!["--time-style", "--depth", "--blocks", "--size", "--date", "--permission"], Val::Req, Eff::None),
            f(names!["--color", "--colour", "--hyperlink", "--classify", "--icons", "--color-scale", "--colour-scale"], Val::Opt, Eff::None),
        ],
        ..Spec::D
    },
    // ---------------------------------------------------------------- binary inspection
    Spec {
        names: names!["strings"],
        flags: &[f(names!["-n", "--bytes"], Val::Req, Eff::None), f(names!["-t", "--radix"], Val::Req, Eff::None), f(names!["-e", "--encoding"], Val::Req, Eff::None), f(names!["-T", "--target"], Val::Req, Eff::None), f(names!["-s", "--output-separator"], Val::Req, Eff::None), f(names!["--unicode"], Val::Req, Eff::None)],
        note: "`strings -NUM` sets the minimum length",
        ..Spec::D
    },
    Spec {
        names: names!["nm", "objdump", "readelf", "size", "addr2line", "c++filt", "llvm-nm", "llvm-objdump", "llvm-readelf", "llvm-readobj", "llvm-size",
            "llvm-symbolizer", "llvm-dwarfdump", "dwarfdump", "otool", "checksec", "pahole", "rabin2", "hexyl", "bloaty", "cargo-bloat"],
        flags: &[
            f(names!["--plugin"], Val::Req, Eff::ExecValue),
            f(names!["-e", "--exe"], Val::Req, Eff::None), f(names!["-m", "--architecture"], Val::Req, Eff::None), f(names!["-M", "--disassembler-options"], Val::Req, Eff::None), f(names!["-j", "--section"], Val::Req, Eff::None), f(names!["-x", "--hex-dump"], Val::Req, Eff::None), f(names!["-p", "--string-dump"], Val::Req, Eff::None), f(names!["-R", "--relocated-dump"], Val::Req, Eff::None), f(names!["-t", "--radix"], Val::Req, Eff::None), f(names!["-f", "--format"], Val::Req, Eff::None), f(names!["-n", "--length"], Val::Req, Eff::None), f(names!["-s", "--skip"], Val::Req, Eff::None), f(names!["--target", "--start-address", "--stop-address", "--debug-dump", "--dwarf-depth", "--dwarf-start", "--prefix", "--prefix-strip"], Val::Req, Eff::None), f(names!["-b"], Val::Req, Eff::None),
        ],
        note: "only read the operand binaries (nm/ar-style --plugin loads an LTO plugin)",
        ..Spec::D
    },
    Spec {
        names: names!["ldd"],
        note: "glibc ldd runs the binary's loader (an untrusted binary with a custom interpreter executes code); prefer `objdump -p`",
        ..Spec::D
    },
    Spec {
        names: names!["strip", "objcopy", "patchelf", "llvm-strip", "llvm-objcopy", "install_name_tool", "codesign", "upx"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["--add-section", "--update-section", "--add-symbol"], Val::Req, Eff::None),
            f(names!["--set-interpreter", "--set-rpath", "--add-rpath", "--add-needed", "--replace-needed", "--remove-needed"], Val::Req, Eff::None), f(names!["-K", "-N", "-R", "-j", "-O", "-I", "-B"], Val::Req, Eff::None),
        ],
        note: "rewrite binaries in place (objcopy IN OUT writes OUT)",
        ..Spec::D
    },
    Spec {
        names: names!["pkg-config", "pkgconf"],
        pos: Pos::Opaque,
        flags: &[f(names!["--define-variable", "--variable", "--atleast-version", "--exact-version", "--max-version", "--with-path", "--atleast-pkgconfig-version"], Val::Req, Eff::None)],
        ..Spec::D
    },
    // ---------------------------------------------------------------- media and documents
    Spec {
        names: names!["identify", "mediainfo", "ffprobe", "pdfinfo", "pdffonts", "soxi"],
        flags: &[f(names!["-v", "-loglevel"], Val::Req, Eff::None), f(names!["-l", "-opw"], Val::Req, Eff::None), f(names!["-format", "-print_format", "-of", "-show_entries", "-select_streams", "-upw"], Val::Req, Eff::None), f(names!["-f"], Val::Req, Eff::None)],
        note: "read media/document metadata; ImageMagick coders and delegates can run external programs for some formats",
        ..Spec::D
    },
    Spec {
        names: names!["convert", "magick", "mogrify", "composite", "montage", "ffmpeg", "sox", "gs", "ghostscript", "pdftotext", "pdftoppm", "pdfunite", "pdfseparate",
            "qpdf", "img2pdf", "inkscape", "cwebp", "optipng", "pngquant", "jpegoptim", "gifsicle", "rsvg-convert", "dot", "neato", "plantuml", "mmdc"],
        class: Class::Write,
        pos: Pos::ReadThenWrite,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["-out"], Val::Req, Eff::WriteValue),
            f(names!["-i"], Val::Req, Eff::ReadValue),
            f(names!["-f", "-c:v"], Val::Req, Eff::None), f(names!["-t", "-to"], Val::Req, Eff::None), f(names!["-s", "-b:v"], Val::Req, Eff::None), f(names!["-c:a", "-vf", "-af", "-filter_complex", "-map", "-ss", "-b:a", "-resize", "-quality", "-density"], Val::Req, Eff::None), f(names!["-r", "-T", "-K"], Val::Req, Eff::None),
            f(names!["-sDEVICE", "-sOutputFile", "-dPDFSETTINGS"], Val::Opt, Eff::None),
        ],
        note: "converters: the last operand (or -o) is written; mogrify/optipng/jpegoptim rewrite inputs in place; ffmpeg -i may be a URL, Ghostscript without -dSAFER and ImageMagick delegates/MSL can run commands; dot -O writes next to inputs",
        ..Spec::D
    },
    Spec {
        names: names!["exiftool"],
        gnu: false,
        flags: &[
            f(names!["-p", "-printFormat"], Val::Req, Eff::ExecValue), f(names!["-config", "-if", "-api"], Val::Req, Eff::ExecValue),
            f(names!["-o", "-out"], Val::Req, Eff::WriteValue), f(names!["-w", "-textOut"], Val::Req, Eff::WriteValue), f(names!["-W", "-tagOut"], Val::Req, Eff::WriteValue),
            f(names!["-@", "-geotag"], Val::Req, Eff::ReadValue), f(names!["-tagsFromFile", "-srcfile"], Val::Req, Eff::ReadValue),
            f(names!["-csv", "-json"], Val::Opt, Eff::ReadValue),
            f(names!["-overwrite_original", "-overwrite_original_in_place", "-delete_original"], Val::No, Eff::InPlace),
            f(names!["-d", "-dateFormat"], Val::Req, Eff::None), f(names!["-x", "-exclude"], Val::Req, Eff::None), f(names!["-c", "-coordFormat"], Val::Req, Eff::None), f(names!["-ext", "-extension", "-charset", "-lang", "-sep", "-separator", "-fileOrder", "-userParam"], Val::Req, Eff::None),
        ],
        note: "`-TAG=VALUE` operands write metadata into the files; -if/-p/${TAG;EXPR} and the config file are Perl code",
        ..Spec::D
    },
    Spec {
        names: names!["pandoc"],
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--extract-media"], Val::Req, Eff::WriteValue),
            f(names!["-L", "--lua-filter"], Val::Req, Eff::ExecValue), f(names!["-F", "--filter"], Val::Req, Eff::ExecValue), f(names!["--pdf-engine"], Val::Req, Eff::ExecValue),
            f(names!["-d", "--defaults"], Val::Req, Eff::ExecValue),
            f(names!["-H", "--include-in-header"], Val::Req, Eff::ReadValue), f(names!["-B", "--include-before-body"], Val::Req, Eff::ReadValue), f(names!["-A", "--include-after-body"], Val::Req, Eff::ReadValue), f(names!["-c", "--bibliography"], Val::Req, Eff::ReadValue), f(names!["--template", "--reference-doc", "--css", "--csl", "--syntax-definition", "--abbreviations", "--epub-cover-image", "--epub-metadata"], Val::Req, Eff::ReadValue),
            f(names!["-r", "--from"], Val::Req, Eff::None), f(names!["-w", "--to"], Val::Req, Eff::None), f(names!["-M", "--metadata"], Val::Req, Eff::None), f(names!["-V", "--variable"], Val::Req, Eff::None), f(names!["--read", "--write", "--data-dir", "--resource-path", "--pdf-engine-opt", "--toc-depth", "--columns", "--wrap", "--shift-heading-level-by", "--highlight-style", "--number-offset"], Val::Req, Eff::None), f(names!["-f", "-t"], Val::Req, Eff::None),
            f(names!["--metadata-file"], Val::Req, Eff::ReadValue),
            f(names!["--embed-resources", "--self-contained"], Val::No, Eff::Net),
        ],
        note: "filters and the PDF engine are programs; defaults files can name filters; embedding resources fetches URLs",
        ..Spec::D
    },
    // ---------------------------------------------------------------- data wrangling
    Spec {
        names: names!["aspell", "hunspell", "ispell"],
        flags: &[
            f(names!["-c", "--check"], Val::No, Eff::InPlace),
            f(names!["-d", "--dict"], Val::Req, Eff::None), f(names!["-p", "--personal"], Val::Req, Eff::None), f(names!["--lang", "--encoding", "--mode"], Val::Req, Eff::None), f(names!["-l"], Val::Req, Eff::None),
        ],
        note: "-c checks a file interactively and rewrites it; `list`/`-l` only read stdin",
        ..Spec::D
    },
    Spec {
        names: names!["mlr"],
        gnu: false,
        flags: &[
            f(names!["-I"], Val::No, Eff::InPlace),
            f(names!["--prepipe", "--prepipex", "--load", "--mload"], Val::Req, Eff::ExecValue),
            f(names!["--from", "-s"], Val::Req, Eff::ReadValue),
            f(names!["--ifs", "--ofs", "--ips", "--ops", "--irs", "--ors", "--fs", "--ps", "--rs", "--ofmt", "--nr-progress-mod", "--records-per-batch", "--tz"], Val::Req, Eff::None),
        ],
        note: "verbs are operands; the DSL of put/filter can call system()/exec() and `tee >`/`emit >` files: needs Awk-like inspection",
        ..Spec::D
    },
    Spec {
        names: names!["xsv", "qsv", "csvlook", "csvcut", "csvstat", "csvgrep", "csvjson", "csvsort", "csvformat", "in2csv", "csvjoin", "csvstack", "jc", "gron", "dasel", "fx", "jless", "htmlq", "pup", "visidata", "vd", "csvtk", "tabview"],
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue),
            f(names!["-f", "--file"], Val::Req, Eff::ReadValue),
            f(names!["-d", "--delimiter"], Val::Req, Eff::None), f(names!["-c", "--columns"], Val::Req, Eff::None), f(names!["-s", "--select"], Val::Req, Eff::None), f(names!["-e", "--encoding"], Val::Req, Eff::None), f(names!["-q", "--quotechar"], Val::Req, Eff::None), f(names!["-r", "--regex"], Val::Req, Eff::None),
        ],
        note: "tabular/JSON viewers and filters; visidata is interactive (can save files, run Python via its command line)",
        ..Spec::D
    },
    Spec {
        names: names!["dos2unix", "unix2dos", "mac2unix", "unix2mac"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(names!["-n", "--newfile"], Val::No, Eff::None), f(names!["-o", "--oldfile"], Val::No, Eff::None), f(names!["-c", "--convmode"], Val::Req, Eff::None)],
        note: "convert files in place; with -n the operands are IN OUT pairs",
        ..Spec::D
    },
    Spec {
        names: names!["sponge"],
        class: Class::Write,
        pos: Pos::Write,
        flags: &[f(names!["-a"], Val::No, Eff::None)],
        note: "soaks stdin then writes (replaces) the file",
        ..Spec::D
    },
    Spec {
        names: names!["rename", "prename", "file-rename", "perl-rename"],
        class: Class::Interpreter,
        pos: Pos::Opaque,
        flags: &[f(names!["-e", "-E"], Val::Req, Eff::None), f(names!["-n", "--nono"], Val::No, Eff::None), f(names!["-l", "--last"], Val::No, Eff::None), f(names!["-v", "-f", "-s", "-o", "-i", "-a"], Val::No, Eff::None)],
        note: "Perl rename evaluates its first operand as Perl code (Debian's default `rename`); util-linux `rename FROM TO FILES` only renames",
        ..Spec::D
    },
    Spec {
        names: names!["envsubst", "ts", "units", "tldr", "cheat", "figlet", "toilet", "errno", "uuidgen", "mkpasswd", "pwgen"],
        pos: Pos::Opaque,
        note: "small filters and generators; tldr/cheat may download pages; envsubst prints environment values",
        ..Spec::D
    },
    Spec {
        names: names!["pv", "lolcat", "isutf8", "ccat", "highlight", "pygmentize"],
        flags: &[f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["-L", "--rate-limit"], Val::Req, Eff::None), f(names!["-s", "--size"], Val::Req, Eff::None), f(names!["-l", "--lexer"], Val::Req, Eff::None), f(names!["-f", "--formatter"], Val::Req, Eff::None), f(names!["-S", "--syntax"], Val::Req, Eff::None), f(names!["--style"], Val::Req, Eff::None), f(names!["-O", "-P"], Val::Req, Eff::None)],
        note: "print the operand files (pygmentize/highlight -o write output)",
        ..Spec::D
    },
    Spec {
        names: names!["cowsay", "cowthink"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f"], Val::Req, Eff::ExecValue),
            f(names!["-e", "-T", "-W"], Val::Req, Eff::None),
        ],
        note: "-f COWFILE loads a cow file, which is Perl code (GTFOBins)",
        ..Spec::D
    },
    Spec {
        names: names!["tput", "stty", "clear", "reset", "setterm", "tabs", "resize"],
        pos: Pos::Opaque,
        flags: &[f(names!["-T", "-F", "--file"], Val::Req, Eff::None)],
        note: "terminal settings only",
        ..Spec::D
    },
    Spec {
        names: names!["xclip", "xsel", "pbcopy", "pbpaste", "wl-copy", "wl-paste", "clip.exe"],
        pos: Pos::Read,
        flags: &[f(names!["-t", "--type"], Val::Req, Eff::None), f(names!["-selection", "-sel", "-target"], Val::Req, Eff::None), f(names!["-o", "-out"], Val::No, Eff::None)],
        note: "clipboard: copying puts data where other programs (and people) can read it",
        ..Spec::D
    },
    Spec {
        names: names!["xdg-open", "open", "sensible-browser", "x-www-browser", "wslview"],
        class: Class::Build,
        pos: Pos::Opaque,
        gnu: false,
        note: "hands the operand to the desktop's default handler, which may run it (.desktop files, scripts, URLs)",
        ..Spec::D
    },
    Spec {
        names: names!["direnv"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Build,
        subs: &[
            Spec { names: names!["allow", "permit", "grant", "reload", "exec"], class: Class::Build, pos: Pos::Opaque, gnu: false,
                note: "trusting .envrc lets its shell code run on every cd; `exec DIR CMD` runs CMD in that environment", ..Spec::D },
            Spec { names: names!["status", "help", "version", "hook", "stdlib", "dump", "show_dump"], pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["deny", "block", "revoke", "prune"], class: Class::Write, pos: Pos::Opaque, gnu: false, ..Spec::D },
            Spec { names: names!["edit"], class: Class::Interactive, pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        ..Spec::D
    },
];
