//! Network clients and tools: HTTP (curl, wget, aria2c, httpie), SSH and file transfer (ssh, scp,
//! sftp, rsync, ssh-keygen ...), raw sockets (nc, socat, telnet), DNS and diagnostics (dig, ping,
//! traceroute, nmap, tcpdump), interface configuration (ip, ss, ifconfig, nmcli) and openssl.

use crate::specs::{f, Class, Eff, Flag, Pos, Spec, Special, Val};

/// `ip OBJECT` verbs that only show state.
#[rustfmt::skip]
const IP_SHOW: &[&str] = &["show", "sh", "s", "list", "lst", "ls", "l", "get", "g", "help"];

/// An `ip` object: `ip OBJECT` alone shows; `ip OBJECT show/list/get` read; anything else changes.
#[rustfmt::skip]
macro_rules! ip_object {
    ($($name:expr),+) => {
        Spec {
            names: &[$($name),+],
            pos: Pos::Opaque,
            gnu: false,
            unknown_sub: Class::System,
            subs: &[Spec { names: IP_SHOW, pos: Pos::Opaque, gnu: false, ..Spec::D }],
            ..Spec::D
        }
    };
}

/// Options shared by most `openssl` commands.
#[rustfmt::skip]
const OPENSSL_FLAGS: &[Flag] = &[
    f(&["-in", "-key", "-keyfile", "-signkey", "-CAfile", "-CA", "-CAkey", "-cert", "-inkey", "-certfile", "-CApath", "-rand", "-sess_in",
        "-signature", "-sigfile", "-extfile", "-untrusted", "-trusted", "-kfile", "-peerkey", "-dcert", "-dkey", "-chainCAfile"],
        Val::Req, Eff::ReadValue),
    f(&["-out", "-keyout", "-writerand", "-msgfile", "-keylogfile", "-sess_out", "-CAserial", "-reqout", "-respout", "-crlout", "-certsout", "-outdir"],
        Val::Req, Eff::WriteValue),
    f(&["-engine", "-provider-path", "-keygen_engine", "-ssl_client_engine"], Val::Req, Eff::ExecValue),
    f(&["-config"], Val::Req, Eff::ReadValue),
    f(&["-K", "-iv"], Val::Req, Eff::None), f(&["-S", "-cipher"], Val::Req, Eff::None), f(&["-provider", "-propquery", "-passin", "-passout", "-pass", "-subj", "-days", "-newkey", "-name", "-servername", "-port", "-accept", "-proxy", "-set_serial", "-extensions", "-reqexts", "-outform", "-inform", "-keyform", "-CAform", "-CAkeyform", "-md", "-sigopt", "-pkeyopt", "-iter", "-ciphersuites", "-curves", "-groups", "-starttls", "-alpn", "-host", "-addext", "-nameopt", "-certopt", "-checkend", "-pkeyopt_passin", "-digest", "-algorithm", "-mac", "-macopt", "-kdf", "-kdfopt", "-policy", "-purpose", "-attime", "-verify_hostname", "-verify_email", "-verify_ip", "-psk", "-psk_identity", "-sess_id", "-bufsize", "-xkey", "-xcert", "-xchain", "-ext", "-not_before", "-not_after"], Val::Req, Eff::None),
    f(&["-connect"], Val::Req, Eff::Net),
];

/// openssl commands that reach the network.
#[rustfmt::skip]
const OPENSSL_NET: &[&str] = &["s_client", "s_server", "s_time", "ocsp", "cmp", "http"];

/// openssl commands that only compute or print (output to -out is judged by the flag).
#[rustfmt::skip]
const OPENSSL_READ: &[&str] = &["x509", "req", "rsa", "ec", "pkey", "pkeyutl", "pkeyparam", "ecparam", "dhparam", "dsaparam", "dsa", "genrsa", "genpkey",
    "gendsa", "enc", "dgst", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3-256", "sha3-512", "base64", "rand", "version", "ciphers", "verify",
    "pkcs12", "pkcs7", "pkcs8", "crl", "crl2pkcs7", "asn1parse", "list", "help", "speed", "prime", "errstr", "storeutl", "nseq", "sess_id", "spkac",
    "passwd", "mac", "kdf", "smime", "cms", "ts", "info", "rehash", "c_rehash", "srp", "skeyutl", "ca", "aes-256-cbc", "aes-128-cbc", "des3", "chacha20"];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- HTTP
    Spec {
        names: &["curl"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Http,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["-c", "--cookie-jar"], Val::Req, Eff::WriteValue), f(&["-D", "--dump-header"], Val::Req, Eff::WriteValue), f(&["--output-dir", "--trace", "--trace-ascii", "--stderr", "--libcurl", "--etag-save", "--hsts", "--alt-svc", "--ssl-sessions"], Val::Req, Eff::WriteValue),
            f(&["-O", "--remote-name"], Val::No, Eff::None), f(&["-J", "--remote-header-name"], Val::No, Eff::None), f(&["--remote-name-all", "--create-dirs"], Val::No, Eff::None),
            f(&["-d", "--data"], Val::Req, Eff::UploadValue), f(&["-F", "--form"], Val::Req, Eff::UploadValue), f(&["-T", "--upload-file"], Val::Req, Eff::UploadValue), f(&["-H", "--header"], Val::Req, Eff::UploadValue), f(&["--data-binary", "--data-raw", "--data-ascii", "--data-urlencode", "--json", "--form-string", "--proxy-header", "--url-query"], Val::Req, Eff::UploadValue),
            f(&["-K", "--config"], Val::Req, Eff::ReadValue), f(&["-b", "--cookie"], Val::Req, Eff::ReadValue), f(&["-E", "--cert"], Val::Req, Eff::ReadValue), f(&["--etag-compare", "--key", "--cacert", "--capath", "--crlfile", "--netrc-file", "--proxy-cert", "--proxy-key", "--proxy-cacert", "--variable"], Val::Req, Eff::ReadValue),
            f(&["--unix-socket", "--abstract-unix-socket"], Val::Req, Eff::Privilege),
            f(&["--engine"], Val::Req, Eff::ExecValue),
            f(&["-u", "--user"], Val::Req, Eff::None), f(&["-X", "--request"], Val::Req, Eff::None), f(&["-A", "--user-agent"], Val::Req, Eff::None), f(&["-e", "--referer"], Val::Req, Eff::None), f(&["-x", "--proxy"], Val::Req, Eff::None), f(&["-U", "--proxy-user"], Val::Req, Eff::None), f(&["-m", "--max-time"], Val::Req, Eff::None), f(&["-w", "--write-out"], Val::Req, Eff::None), f(&["-r", "--range"], Val::Req, Eff::None), f(&["-z", "--time-cond"], Val::Req, Eff::None), f(&["-Y", "--speed-limit"], Val::Req, Eff::None), f(&["-y", "--speed-time"], Val::Req, Eff::None), f(&["-C", "--continue-at"], Val::Req, Eff::None), f(&["-Q", "--quote"], Val::Req, Eff::None), f(&["-P", "--ftp-port"], Val::Req, Eff::None), f(&["-t", "--telnet-option"], Val::Req, Eff::None), f(&["--resolve", "--connect-to", "--connect-timeout", "--retry", "--retry-delay", "--retry-max-time", "--limit-rate", "--max-filesize", "--url", "--interface", "--dns-servers", "--proto", "--proto-redir", "--ciphers", "--tls-max", "--mail-from", "--mail-rcpt", "--mail-auth", "--doh-url", "--parallel-max", "--rate", "--keepalive-time", "--oauth2-bearer", "--aws-sigv4", "--sasl-authzid", "--service-name", "--socks4", "--socks4a", "--socks5", "--socks5-hostname", "--preproxy", "--pinnedpubkey", "--ech", "--ipfs-gateway", "--krb", "--delegation", "--local-port", "--max-redirs", "--noproxy", "--request-target", "--trace-config", "--cert-type", "--key-type", "--pass", "--expect100-timeout", "--happy-eyeballs-timeout-ms", "--curves", "--tls13-ciphers", "--hostpubmd5", "--hostpubsha256", "--login-options", "--ftp-method", "--ftp-account", "--ftp-alternative-to-user", "--ftp-ssl-ccc-mode", "--tftp-blksize"], Val::Req, Eff::None),
        ],
        note: "Special::Http judges -d @FILE / -F k=@FILE / -T uploads and -o/-O writes; -w '%output{FILE}' (curl 8.3+) also writes; a config file (-K, ~/.curlrc) can hold any option",
        ..Spec::D
    },
    Spec {
        names: &["wget", "wget2"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Http,
        flags: &[
            f(&["-O", "--output-document"], Val::Req, Eff::WriteValue), f(&["-o", "--output-file"], Val::Req, Eff::WriteValue), f(&["-a", "--append-output"], Val::Req, Eff::WriteValue), f(&["-P", "--directory-prefix"], Val::Req, Eff::WriteValue), f(&["--save-cookies", "--hsts-file", "--warc-file", "--rejected-log"], Val::Req, Eff::WriteValue),
            f(&["-i", "--input-file"], Val::Req, Eff::ReadValue), f(&["--load-cookies", "--ca-certificate", "--certificate", "--private-key", "--crl-file"], Val::Req, Eff::ReadValue),
            f(&["-e", "--execute"], Val::Req, Eff::ExecValue), f(&["--config", "--use-askpass"], Val::Req, Eff::ExecValue),
            f(&["--post-file", "--body-file", "--post-data", "--body-data"], Val::Req, Eff::UploadValue),
            f(&["-n", "--method"], Val::Req, Eff::None), f(&["-U", "--user-agent"], Val::Req, Eff::None), f(&["-B", "--base"], Val::Req, Eff::None), f(&["-t", "--tries"], Val::Req, Eff::None), f(&["-T", "--timeout"], Val::Req, Eff::None), f(&["-w", "--wait"], Val::Req, Eff::None), f(&["-Q", "--quota"], Val::Req, Eff::None), f(&["-l", "--level"], Val::Req, Eff::None), f(&["-A", "--accept"], Val::Req, Eff::None), f(&["-R", "--reject"], Val::Req, Eff::None), f(&["-D", "--domains"], Val::Req, Eff::None), f(&["-X", "--exclude-directories"], Val::Req, Eff::None), f(&["-I", "--include-directories"], Val::Req, Eff::None), f(&["--header", "--user", "--password", "--http-user", "--http-password", "--ftp-user", "--ftp-password", "--proxy-user", "--proxy-password", "--bind-address", "--waitretry", "--limit-rate", "--exclude-domains", "--cut-dirs", "--default-page", "--report-speed", "--restrict-file-names", "--local-encoding", "--remote-encoding", "--progress", "--accept-regex", "--reject-regex", "--regex-type", "--referer", "--max-redirect", "--dns-timeout", "--connect-timeout", "--read-timeout", "--secure-protocol", "--ciphers", "--pinnedpubkey", "--random-file", "--egd-file", "--prefer-family", "--retry-on-http-error", "--compression"], Val::Req, Eff::None),
        ],
        note: "-nc/-nd/-nv/-nH are `-n` with a value; ~/.wgetrc and WGETRC can set any command (use_askpass runs a program)",
        ..Spec::D
    },
    Spec {
        names: &["aria2c"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["--on-download-complete", "--on-download-start", "--on-download-error", "--on-download-stop", "--on-download-pause",
                "--on-bt-download-complete", "--conf-path"], Val::Req, Eff::ExecValue),
            f(&["-d", "--dir"], Val::Req, Eff::WriteValue), f(&["-o", "--out"], Val::Req, Eff::WriteValue), f(&["-l", "--log"], Val::Req, Eff::WriteValue), f(&["--save-session", "--dht-file-path", "--server-stat-of"], Val::Req, Eff::WriteValue),
            f(&["-i", "--input-file"], Val::Req, Eff::ReadValue), f(&["-T", "--torrent-file"], Val::Req, Eff::ReadValue), f(&["-M", "--metalink-file"], Val::Req, Eff::ReadValue), f(&["--load-cookies", "--ca-certificate", "--certificate", "--private-key"], Val::Req, Eff::ReadValue),
            f(&["-x", "--max-connection-per-server"], Val::Req, Eff::None), f(&["-s", "--split"], Val::Req, Eff::None), f(&["-j", "--max-concurrent-downloads"], Val::Req, Eff::None), f(&["--header", "--user-agent", "--http-user", "--http-passwd", "--all-proxy", "--max-download-limit", "--max-overall-upload-limit", "--seed-time", "--seed-ratio"], Val::Req, Eff::None),
            f(&["--enable-rpc"], Val::Opt, Eff::Net),
        ],
        note: "BitTorrent downloads also upload; --enable-rpc opens a control port",
        ..Spec::D
    },
    Spec {
        names: &["http", "https", "xh", "xhs"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--session"], Val::Req, Eff::WriteValue),
            f(&["--session-read-only", "--cert", "--cert-key"], Val::Req, Eff::ReadValue),
            f(&["--raw"], Val::Req, Eff::UploadValue),
            f(&["-a", "--auth"], Val::Req, Eff::None), f(&["-A", "--auth-type"], Val::Req, Eff::None), f(&["-p", "--print"], Val::Req, Eff::None), f(&["-s", "--style"], Val::Req, Eff::None), f(&["--verify", "--proxy", "--timeout", "--pretty", "--max-redirects", "--ssl", "--ciphers", "--default-scheme", "--format-options", "--response-charset", "--response-mime"], Val::Req, Eff::None),
        ],
        note: "request items after the URL: `field@FILE` and `=@FILE` upload local files; -d/--download writes a file",
        ..Spec::D
    },
    // ---------------------------------------------------------------- SSH family
    Spec {
        names: &["ssh", "autossh"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Ssh,
        flags: &[
            f(&["-o"], Val::Req, Eff::None),
            f(&["-F"], Val::Req, Eff::ReadValue),
            f(&["-E"], Val::Req, Eff::WriteValue),
            f(&["-i"], Val::Req, Eff::ReadValue),
            f(&["-I"], Val::Req, Eff::ExecValue),
            f(&["-b", "-B", "-c", "-D", "-e", "-J", "-L", "-R", "-l", "-m", "-O", "-p", "-Q", "-S", "-W", "-w", "-P"], Val::Req, Eff::None),
        ],
        note: "operands after the host are a command run on the remote host; -o ProxyCommand/LocalCommand and -F configs are judged by Special::Ssh; -I loads a PKCS#11 library",
        ..Spec::D
    },
    Spec {
        names: &["scp"],
        class: Class::Net,
        pos: Pos::ReadThenWrite,
        special: Special::Ssh,
        flags: &[
            f(&["-S", "-D"], Val::Req, Eff::ExecValue),
            f(&["-o", "-c", "-J", "-l", "-P", "-X"], Val::Req, Eff::None),
            f(&["-F", "-i"], Val::Req, Eff::ReadValue),
        ],
        note: "operands are [user@]host:path or local paths; the last is the destination",
        ..Spec::D
    },
    Spec {
        names: &["sftp"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Ssh,
        flags: &[
            f(&["-S", "-D"], Val::Req, Eff::ExecValue),
            f(&["-b"], Val::Req, Eff::ExecValue),
            f(&["-F", "-i"], Val::Req, Eff::ReadValue),
            f(&["-o", "-s", "-P", "-l", "-B", "-R", "-c", "-J", "-X"], Val::Req, Eff::None),
        ],
        note: "commands come from stdin or -b BATCH and include `!cmd` (local shell), get/put of any local path",
        ..Spec::D
    },
    Spec {
        names: &["rsync"],
        class: Class::Net,
        pos: Pos::ReadThenWrite,
        gnu: false,
        flags: &[
            f(&["-e", "--rsh"], Val::Req, Eff::ExecValue), f(&["--rsync-path"], Val::Req, Eff::ExecValue),
            f(&["--delete", "--del", "--delete-before", "--delete-during", "--delete-delay", "--delete-after", "--delete-excluded",
                "--delete-missing-args", "--remove-source-files"], Val::No, Eff::Delete),
            f(&["--force"], Val::No, Eff::Force),
            f(&["-T", "--temp-dir"], Val::Req, Eff::WriteValue), f(&["--backup-dir", "--partial-dir", "--log-file", "--write-batch", "--only-write-batch"], Val::Req, Eff::WriteValue),
            f(&["--compare-dest", "--copy-dest", "--link-dest", "--read-batch", "--files-from", "--exclude-from", "--include-from", "--password-file",
                "--early-input", "--config"], Val::Req, Eff::ReadValue),
            f(&["-f", "--filter"], Val::Req, Eff::None), f(&["-B", "--block-size"], Val::Req, Eff::None), f(&["-M", "--remote-option"], Val::Req, Eff::None), f(&["--suffix", "--exclude", "--include", "--chmod", "--chown", "--usermap", "--groupmap", "--max-size", "--min-size", "--max-delete", "--timeout", "--contimeout", "--port", "--address", "--bwlimit", "--compress-choice", "--zc", "--compress-level", "--zl", "--checksum-choice", "--cc", "--info", "--debug", "--stop-after", "--stop-at", "--outbuf", "--sockopts", "--protocol", "--iconv", "--modify-window", "--log-file-format", "--out-format", "--dparam", "--skip-compress"], Val::Req, Eff::None), f(&["-@"], Val::Req, Eff::None),
            f(&["--daemon"], Val::No, Eff::Net),
        ],
        note: "local copies need no network; host:path operands reach SSH (or rsync://); filter rules can `merge` files",
        ..Spec::D
    },
    Spec {
        names: &["ssh-keygen"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-D", "-w"], Val::Req, Eff::ExecValue),
            f(&["-R"], Val::Req, Eff::Global),
            f(&["-t", "-b", "-C", "-N", "-P", "-m", "-n", "-I", "-V", "-z", "-O", "-Y", "-s", "-a", "-Z", "-E", "-F", "-r", "-G", "-M", "-T", "-S", "-j"], Val::Req, Eff::None),
        ],
        note: "-f is the key file: read by -l/-y/-e/-p (-y prints the public half of a private key), created when generating; -R edits known_hosts; -D/-w load PKCS#11/FIDO libraries",
        ..Spec::D
    },
    Spec {
        names: &["ssh-keyscan"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-p", "-T", "-t", "-O"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["ssh-copy-id"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-i"], Val::Req, Eff::ReadValue),
            f(&["-o"], Val::Req, Eff::None),
            f(&["-p", "-t", "-F"], Val::Req, Eff::None),
        ],
        note: "appends a local public key to the remote authorized_keys",
        ..Spec::D
    },
    Spec {
        names: &["ssh-add"],
        class: Class::Write,
        flags: &[
            f(&["-S"], Val::Req, Eff::ExecValue),
            f(&["-s", "-e"], Val::Req, Eff::ExecValue),
            f(&["-D"], Val::No, Eff::Delete),
            f(&["-t", "-E", "-h", "-H"], Val::Req, Eff::None),
        ],
        note: "operands are key files loaded into the agent; -l/-L only list; -s/-e/-S load PKCS#11/FIDO providers",
        ..Spec::D
    },
    Spec {
        names: &["ssh-agent"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[f(&["-a", "-t", "-E", "-P", "-O"], Val::Req, Eff::None)],
        note: "without a command it daemonizes and prints environment settings; with one it runs it; stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    Spec {
        names: &["sshpass"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(&["-f"], Val::Req, Eff::ReadValue),
            f(&["-p", "-d", "-P"], Val::Req, Eff::None),
        ],
        note: "supplies a password to the wrapped ssh/scp/rsync",
        ..Spec::D
    },
    Spec {
        names: &["mosh"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(&["--ssh", "--server", "--client"], Val::Req, Eff::ExecValue), f(&["-p", "--port"], Val::Req, Eff::None), f(&["--family", "--predict"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["sshfs"],
        class: Class::System,
        pos: Pos::Remote,
        flags: &[f(&["-o"], Val::Req, Eff::None), f(&["-p", "-F"], Val::Req, Eff::None)],
        note: "mounts a remote directory; `-o ssh_command=` runs a program",
        ..Spec::D
    },
    // ---------------------------------------------------------------- raw sockets
    Spec {
        names: &["nc", "netcat", "ncat", "nc.traditional", "nc.openbsd"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-e", "--exec"], Val::Req, Eff::ExecValue), f(&["-c", "--sh-exec"], Val::Req, Eff::ExecValue), f(&["--lua-exec"], Val::Req, Eff::ExecValue),
            f(&["-o", "--output"], Val::Req, Eff::WriteValue), f(&["--hex-dump", "--append-output"], Val::Req, Eff::WriteValue),
            f(&["--allowfile", "--denyfile", "--ssl-cert", "--ssl-key", "--ssl-trustfile"], Val::Req, Eff::ReadValue),
            f(&["-l", "--listen"], Val::No, Eff::Net), f(&["-k", "--keep-open"], Val::No, Eff::Net),
            f(&["-W", "--proxy"], Val::Req, Eff::None), f(&["--proxy-type", "--proxy-auth", "--allow", "--deny", "--source-port", "--source", "--wait", "--idle-timeout", "--max-conns"], Val::Req, Eff::None), f(&["-p", "-s", "-w", "-i", "-q", "-x", "-X", "-P", "-T", "-I", "-O", "-V", "-M", "-m"], Val::Req, Eff::None),
        ],
        note: "-e/-c run a program wired to the socket (reverse/bind shell); in OpenBSD nc -c means TLS, judged conservatively",
        ..Spec::D
    },
    Spec {
        names: &["socat"],
        class: Class::Net,
        pos: Pos::Remote,
        gnu: false,
        flags: &[
            f(&["-lf"], Val::Req, Eff::WriteValue),
            f(&["-U", "-ly"], Val::No, Eff::None), f(&["-lu", "-lm", "-lh"], Val::No, Eff::None), f(&["-d", "-v", "-x", "-u", "-g", "-4", "-6"], Val::No, Eff::None),
            f(&["-t", "-T", "-b", "-L", "-W", "-S"], Val::Req, Eff::None),
        ],
        note: "the two operands are addresses: EXEC:/SYSTEM: run commands, OPEN:/CREATE:/GOPEN: read or write files, *-LISTEN: serve; they need address-level judgement",
        ..Spec::D
    },
    Spec {
        names: &["telnet"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-n"], Val::Req, Eff::WriteValue),
            f(&["-l", "-e", "-b", "-X", "-k"], Val::Req, Eff::None),
        ],
        note: "commands read from stdin include `!` (local shell)",
        ..Spec::D
    },
    Spec {
        names: &["ftp", "pftp", "tnftp", "tftp"],
        class: Class::Net,
        pos: Pos::Remote,
        note: "commands from stdin include `!cmd` (local shell) and get/put of local files",
        ..Spec::D
    },
    Spec {
        names: &["lftp"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-c", "-e"], Val::Req, Eff::ExecValue),
            f(&["-f"], Val::Req, Eff::ExecValue),
            f(&["-u", "-p"], Val::Req, Eff::None),
        ],
        note: "lftp commands include `!` (local shell), get/put/mirror of local paths",
        ..Spec::D
    },
    // ---------------------------------------------------------------- DNS and diagnostics
    Spec {
        names: &["dig", "drill", "kdig"],
        class: Class::Net,
        pos: Pos::Remote,
        gnu: false,
        flags: &[
            f(&["-f", "-k"], Val::Req, Eff::ReadValue),
            f(&["-b", "-c", "-p", "-q", "-t", "-x", "-y"], Val::Req, Eff::None),
        ],
        note: "`+option` operands are query options",
        ..Spec::D
    },
    Spec { names: &["nslookup"], class: Class::Net, pos: Pos::Remote, gnu: false, ..Spec::D },
    Spec {
        names: &["host"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(&["-t", "-c", "-N", "-R", "-W", "-m", "-p"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["whois"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(&["-h", "--host"], Val::Req, Eff::None), f(&["-p", "--port"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["ping", "ping6", "fping", "arping"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(&["-c", "-i", "-I", "-W", "-w", "-s", "-t", "-p", "-Q", "-l", "-M", "-m", "-F", "-T", "-S", "-e"], Val::Req, Eff::None)],
        note: "-f floods (needs root)",
        ..Spec::D
    },
    Spec {
        names: &["traceroute", "traceroute6", "tracepath", "tcptraceroute"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(&["-f", "-m", "-N", "-p", "-q", "-s", "-t", "-w", "-z", "-i", "-g", "-M", "-O", "-l"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: &["mtr"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-F", "--filename"], Val::Req, Eff::ReadValue),
            f(&["-c", "--report-cycles"], Val::Req, Eff::None), f(&["-i", "--interval"], Val::Req, Eff::None), f(&["-s", "--psize"], Val::Req, Eff::None), f(&["-m", "--max-ttl"], Val::Req, Eff::None), f(&["-f", "--first-ttl"], Val::Req, Eff::None), f(&["-a", "--address"], Val::Req, Eff::None), f(&["-B", "--bitpattern"], Val::Req, Eff::None), f(&["-Q", "--tos"], Val::Req, Eff::None), f(&["-o", "--order"], Val::Req, Eff::None), f(&["-I", "--interface"], Val::Req, Eff::None), f(&["-P", "--port"], Val::Req, Eff::None), f(&["--displaymode"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: &["nmap"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["--script", "--datadir"], Val::Req, Eff::ExecValue),
            f(&["--interactive"], Val::No, Eff::Shell),
            f(&["-oN", "-oX", "-oS", "-oG", "-oA", "--stylesheet"], Val::Req, Eff::WriteValue),
            f(&["-iL", "--resume", "--excludefile", "--script-args-file"], Val::Req, Eff::ReadValue),
            f(&["-g", "--source-port"], Val::Req, Eff::None), f(&["-T", "--ttl"], Val::Req, Eff::None), f(&["--script-args", "--exclude", "--top-ports", "--max-retries", "--host-timeout", "--min-rate", "--max-rate", "--data-length", "--spoof-mac", "--dns-servers", "--proxies"], Val::Req, Eff::None), f(&["-p", "-e", "-S", "-D"], Val::Req, Eff::None),
            f(&["-PS", "-PA", "-PU", "-PY", "-PO"], Val::Opt, Eff::None),
        ],
        note: "NSE scripts are Lua with os.execute; -sC runs the default scripts",
        ..Spec::D
    },
    Spec {
        names: &["tcpdump", "tshark", "dumpcap"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-w"], Val::Req, Eff::WriteValue),
            f(&["-r", "-F", "-V"], Val::Req, Eff::ReadValue),
            f(&["-z"], Val::Req, Eff::ExecValue),
            f(&["-i", "-c", "-s", "-C", "-G", "-W", "-E", "-M", "-T", "-B", "-y", "-j", "-Z", "-Q", "--time-stamp-precision", "-Y", "-o"], Val::Req, Eff::None),
        ],
        note: "capturing live traffic needs CAP_NET_RAW and sees other processes' data; -r FILE only reads; -z runs a command on each rotated file; operands are a filter expression",
        ..Spec::D
    },
    Spec {
        names: &["iperf3", "iperf"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(&["-F", "--file"], Val::Req, Eff::UploadValue),
            f(&["-I", "--pidfile"], Val::Req, Eff::WriteValue), f(&["--logfile"], Val::Req, Eff::WriteValue),
            f(&["-c", "--client"], Val::Req, Eff::None), f(&["-p", "--port"], Val::Req, Eff::None), f(&["-t", "--time"], Val::Req, Eff::None), f(&["-b", "--bandwidth"], Val::Req, Eff::None), f(&["-P", "--parallel"], Val::Req, Eff::None), f(&["-B", "--bind"], Val::Req, Eff::None), f(&["-l", "--length"], Val::Req, Eff::None), f(&["-w", "--window"], Val::Req, Eff::None), f(&["-i", "--interval"], Val::Req, Eff::None),
            f(&["-s", "--server"], Val::No, Eff::Net), f(&["-D", "--daemon"], Val::No, Eff::Net),
        ],
        ..Spec::D
    },
    Spec {
        names: &["grpcurl", "evans", "ghz"],
        class: Class::Net,
        pos: Pos::Remote,
        gnu: false,
        flags: &[
            f(&["-d"], Val::Req, Eff::UploadValue),
            f(&["-proto", "-protoset", "-cert", "-key", "-cacert", "-import-path", "-rpc-header-file"], Val::Req, Eff::ReadValue),
            f(&["-H", "-rpc-header"], Val::Req, Eff::None), f(&["-reflect-header", "-authority", "-servername", "-max-time", "-connect-timeout", "-format", "-user-agent", "-unix"], Val::Req, Eff::None),
            f(&["-v", "-vv"], Val::No, Eff::None), f(&["-plaintext", "-insecure", "-allow-unknown-fields", "-emit-defaults"], Val::No, Eff::None),
        ],
        note: "`-d @` reads the request from stdin",
        ..Spec::D
    },
    Spec {
        names: &["websocat", "wscat", "ws"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(&["-x", "--execute"], Val::Req, Eff::ExecValue), f(&["--exec"], Val::Req, Eff::ExecValue),
            f(&["-H", "--header"], Val::Req, Eff::None), f(&["-b", "--binary"], Val::Req, Eff::None), f(&["--protocol", "--origin"], Val::Req, Eff::None),
            f(&["-s", "--server-mode"], Val::Opt, Eff::Net), f(&["-l", "--listen"], Val::Opt, Eff::Net),
        ],
        note: "websocat address specifiers like socat's (`cmd:`, `sh-c:`, `exec:`, `writefile:`) run programs or write files",
        ..Spec::D
    },
    Spec {
        names: &["httpd", "lighttpd", "darkhttpd", "http-server", "serve", "miniserve", "simple-http-server", "caddy", "webfsd"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(&["-h", "--home"], Val::Req, Eff::ReadValue), f(&["-d", "--dir"], Val::Req, Eff::ReadValue), f(&["--root"], Val::Req, Eff::ReadValue), f(&["-r"], Val::Req, Eff::ReadValue),
            f(&["-c", "--config"], Val::Req, Eff::ReadValue), f(&["-f", "--conf"], Val::Req, Eff::ReadValue),
            f(&["-p", "--port"], Val::Req, Eff::None), f(&["-l", "--listen"], Val::Req, Eff::None), f(&["-a", "--address"], Val::Req, Eff::None), f(&["-u", "--user"], Val::Req, Eff::None), f(&["-i", "--interface"], Val::Req, Eff::None),
        ],
        note: "serve a directory (the document root operand or option) to the network; CGI/config can run programs",
        ..Spec::D
    },
    Spec {
        names: &["ngrok", "cloudflared", "localtunnel", "lt", "bore"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        note: "exposes a local port to the internet",
        ..Spec::D
    },
    // ---------------------------------------------------------------- interfaces and sockets
    Spec {
        names: &["ip"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(&["-b", "-batch"], Val::Req, Eff::Global),
            f(&["-n", "-netns"], Val::Req, Eff::None), f(&["-f", "-family"], Val::Req, Eff::None), f(&["-l", "-loops"], Val::Req, Eff::None), f(&["-rc", "-rcvbuf"], Val::Req, Eff::None),
            f(&["-c", "-color"], Val::Opt, Eff::None),
            f(&["-s", "-stats"], Val::No, Eff::None), f(&["-d", "-details"], Val::No, Eff::None), f(&["-j", "-json"], Val::No, Eff::None), f(&["-p", "-pretty"], Val::No, Eff::None), f(&["-o", "-oneline"], Val::No, Eff::None), f(&["-r", "-resolve"], Val::No, Eff::None), f(&["-a", "-all"], Val::No, Eff::None), f(&["-t", "-timestamp"], Val::No, Eff::None), f(&["-N", "-Numeric"], Val::No, Eff::None), f(&["-h", "-human"], Val::No, Eff::None), f(&["-V", "-Version"], Val::No, Eff::None), f(&["-br", "-brief", "-force"], Val::No, Eff::None), f(&["-4", "-6"], Val::No, Eff::None),
        ],
        subs: &[
            ip_object!("address", "addr", "a", "ad", "addrlabel"),
            ip_object!("route", "r", "ro", "rou", "rout"),
            ip_object!("link", "l", "li", "lin"),
            ip_object!("neighbour", "neighbor", "neigh", "n"),
            ip_object!("rule", "ru"),
            ip_object!("netns", "netconf", "nexthop", "nh", "maddress", "maddr", "m", "mroute", "mr", "tunnel", "tun", "tuntap", "vrf", "token",
                "l2tp", "fou", "macsec", "mptcp", "tcp_metrics", "tcpmetrics", "ioam", "sr", "ntable", "stats", "xfrm"),
            Spec { names: &["monitor", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "objects and verbs may be abbreviated; `ip OBJECT` alone shows; add/del/set/flush/change/replace change the system",
        ..Spec::D
    },
    Spec {
        names: &["ss"],
        pos: Pos::Opaque,
        flags: &[
            f(&["-K", "--kill"], Val::No, Eff::Global),
            f(&["-D", "--diag"], Val::Req, Eff::WriteValue),
            f(&["-F", "--filter"], Val::Req, Eff::ReadValue),
            f(&["-f", "--family"], Val::Req, Eff::None), f(&["-A", "--query"], Val::Req, Eff::None), f(&["-N", "--net"], Val::Req, Eff::None), f(&["--socket"], Val::Req, Eff::None),
        ],
        note: "-K closes the matching sockets",
        ..Spec::D
    },
    Spec { names: &["netstat"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: &["ifconfig", "route", "arp", "iwconfig", "iw"],
        pos: Pos::Opaque,
        note: "with interface/route operands (`ifconfig eth0 down`, `route add`, `arp -s`) they change the system (needs root)",
        ..Spec::D
    },
    Spec {
        names: &["ethtool"],
        pos: Pos::Opaque,
        flags: &[f(&["-s", "--change"], Val::No, Eff::Global), f(&["-K", "--features"], Val::No, Eff::Global), f(&["-G", "--set-ring"], Val::No, Eff::Global), f(&["-A", "--pause"], Val::No, Eff::Global), f(&["-C", "--coalesce"], Val::No, Eff::Global), f(&["-E", "--change-eeprom"], Val::No, Eff::Global), f(&["-f", "--flash"], Val::No, Eff::Global), f(&["-L", "--set-channels"], Val::No, Eff::Global), f(&["--offload"], Val::No, Eff::Global)],
        ..Spec::D
    },
    Spec {
        names: &["nmcli"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(&["-f", "--fields"], Val::Req, Eff::None), f(&["-g", "--get-values"], Val::Req, Eff::None), f(&["-m", "--mode"], Val::Req, Eff::None), f(&["-c", "--colors"], Val::Req, Eff::None), f(&["-e", "--escape"], Val::Req, Eff::None), f(&["-w", "--wait"], Val::Req, Eff::None)],
        subs: &[
            Spec {
                names: &["general", "g", "networking", "n", "radio", "r", "connection", "c", "con", "device", "d", "dev", "agent", "a", "monitor", "m"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[Spec { names: &["status", "show", "s", "list", "l", "permissions", "connectivity", "lldp"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                note: "anything else (`connection up`, `device wifi connect`, `radio wifi off`, `general hostname NAME`) changes the system",
                ..Spec::D
            },
        ],
        note: "`nmcli` alone prints status",
        ..Spec::D
    },
    Spec {
        names: &["wg"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[Spec { names: &["show", "showconf", "genkey", "genpsk", "pubkey"], pos: Pos::Opaque, gnu: false, note: "showconf prints private keys", ..Spec::D }],
        ..Spec::D
    },
    Spec { names: &["wg-quick", "openvpn", "tailscale", "zerotier-cli"], class: Class::System, pos: Pos::Opaque, gnu: false, note: "change network routes/tunnels (`tailscale status` only reads)", ..Spec::D },
    // ---------------------------------------------------------------- TLS
    Spec {
        names: &["openssl"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::Write,
        flags: OPENSSL_FLAGS,
        subs: &[
            Spec { names: OPENSSL_READ, pos: Pos::Opaque, gnu: false, flags: OPENSSL_FLAGS,
                note: "reads -in and writes -out; `ca` also writes its database; `req -x509 -newkey` generates keys", ..Spec::D },
            Spec { names: OPENSSL_NET, class: Class::Net, pos: Pos::Remote, gnu: false, flags: OPENSSL_FLAGS,
                note: "s_client pipes stdin to a server (file exfiltration, reverse shells); s_server listens", ..Spec::D },
        ],
        note: "`openssl` alone reads commands from stdin; -engine/-provider-path load shared libraries; unknown commands are digest or cipher names",
        ..Spec::D
    },
];
