//! Network clients and tools: HTTP (curl, wget, aria2c, httpie), SSH and file transfer (ssh, scp,
//! sftp, rsync, ssh-keygen ...), raw sockets (nc, socat, telnet), DNS and diagnostics (dig, ping,
//! traceroute, nmap, tcpdump), interface configuration (ip, ss, ifconfig, nmcli) and openssl.

use crate::specs::{f, names, Class, Eff, Flag, Pos, Spec, Special, Val, Names};

/// `ip OBJECT` verbs that only show state.
#[rustfmt::skip]
const IP_SHOW: Names = names!["show", "sh", "s", "list", "lst", "ls", "l", "get", "g", "help"];

/// An `ip` object: `ip OBJECT` alone shows; `ip OBJECT show/list/get` read; anything else changes.
#[rustfmt::skip]
macro_rules! ip_object {
    ($($name:expr),+) => {
        Spec {
            names: names![$($name),+],
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
    f(names!["-in", "-key", "-keyfile", "-signkey", "-CAfile", "-CA", "-CAkey", "-cert", "-inkey", "-certfile", "-CApath", "-rand", "-sess_in",
        "-signature", "-sigfile", "-extfile", "-untrusted", "-trusted", "-kfile", "-peerkey", "-dcert", "-dkey", "-chainCAfile"],
        Val::Req, Eff::ReadValue),
    f(names!["-out", "-keyout", "-writerand", "-msgfile", "-keylogfile", "-sess_out", "-CAserial", "-reqout", "-respout", "-crlout", "-certsout", "-outdir"],
        Val::Req, Eff::WriteValue),
    f(names!["-engine", "-provider-path", "-keygen_engine", "-ssl_client_engine"], Val::Req, Eff::ExecValue),
    f(names!["-config"], Val::Req, Eff::ReadValue),
    f(names!["-K", "-iv"], Val::Req, Eff::None), f(names!["-S", "-cipher"], Val::Req, Eff::None), f(names!["-provider", "-propquery", "-passin", "-passout", "-pass", "-subj", "-days", "-newkey", "-name", "-servername", "-port", "-accept", "-proxy", "-set_serial", "-extensions", "-reqexts", "-outform", "-inform", "-keyform", "-CAform", "-CAkeyform", "-md", "-sigopt", "-pkeyopt", "-iter", "-ciphersuites", "-curves", "-groups", "-starttls", "-alpn", "-host", "-addext", "-nameopt", "-certopt", "-checkend", "-pkeyopt_passin", "-digest", "-algorithm", "-mac", "-macopt", "-kdf", "-kdfopt", "-policy", "-purpose", "-attime", "-verify_hostname", "-verify_email", "-verify_ip", "-psk", "-psk_identity", "-sess_id", "-bufsize", "-xkey", "-xcert", "-xchain", "-ext", "-not_before", "-not_after"], Val::Req, Eff::None),
    f(names!["-connect"], Val::Req, Eff::Net),
];

/// openssl commands that reach the network.
#[rustfmt::skip]
const OPENSSL_NET: Names = names!["s_client", "s_server", "s_time", "ocsp", "cmp", "http"];

/// openssl commands that only compute or print (output to -out is judged by the flag).
#[rustfmt::skip]
const OPENSSL_READ: Names = names!["x509", "req", "rsa", "ec", "pkey", "pkeyutl", "pkeyparam", "ecparam", "dhparam", "dsaparam", "dsa", "genrsa", "genpkey",
    "gendsa", "enc", "dgst", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3-256", "sha3-512", "base64", "rand", "version", "ciphers", "verify",
    "pkcs12", "pkcs7", "pkcs8", "crl", "crl2pkcs7", "asn1parse", "list", "help", "speed", "prime", "errstr", "storeutl", "nseq", "sess_id", "spkac",
    "passwd", "mac", "kdf", "smime", "cms", "ts", "info", "rehash", "c_rehash", "srp", "skeyutl", "ca", "aes-256-cbc", "aes-128-cbc", "des3", "chacha20"];

#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // ---------------------------------------------------------------- HTTP
    Spec {
        names: names!["curl"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Http,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["-c", "--cookie-jar"], Val::Req, Eff::WriteValue), f(names!["-D", "--dump-header"], Val::Req, Eff::WriteValue), f(names!["--output-dir", "--trace", "--trace-ascii", "--stderr", "--libcurl", "--etag-save", "--hsts", "--alt-svc", "--ssl-sessions"], Val::Req, Eff::WriteValue),
            f(names!["-O", "--remote-name"], Val::No, Eff::None), f(names!["-J", "--remote-header-name"], Val::No, Eff::None), f(names!["--remote-name-all", "--create-dirs"], Val::No, Eff::None),
            f(names!["-d", "--data"], Val::Req, Eff::UploadValue), f(names!["-F", "--form"], Val::Req, Eff::UploadValue), f(names!["-T", "--upload-file"], Val::Req, Eff::UploadValue), f(names!["-H", "--header"], Val::Req, Eff::UploadValue), f(names!["--data-binary", "--data-raw", "--data-ascii", "--data-urlencode", "--json", "--form-string", "--proxy-header", "--url-query"], Val::Req, Eff::UploadValue),
            f(names!["-K", "--config"], Val::Req, Eff::ReadValue), f(names!["-b", "--cookie"], Val::Req, Eff::ReadValue), f(names!["-E", "--cert"], Val::Req, Eff::ReadValue), f(names!["--etag-compare", "--key", "--cacert", "--capath", "--crlfile", "--netrc-file", "--proxy-cert", "--proxy-key", "--proxy-cacert", "--variable"], Val::Req, Eff::ReadValue),
            f(names!["--unix-socket", "--abstract-unix-socket"], Val::Req, Eff::Privilege),
            f(names!["--engine"], Val::Req, Eff::ExecValue),
            f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-X", "--request"], Val::Req, Eff::None), f(names!["-A", "--user-agent"], Val::Req, Eff::None), f(names!["-e", "--referer"], Val::Req, Eff::None), f(names!["-x", "--proxy"], Val::Req, Eff::None), f(names!["-U", "--proxy-user"], Val::Req, Eff::None), f(names!["-m", "--max-time"], Val::Req, Eff::None), f(names!["-w", "--write-out"], Val::Req, Eff::None), f(names!["-r", "--range"], Val::Req, Eff::None), f(names!["-z", "--time-cond"], Val::Req, Eff::None), f(names!["-Y", "--speed-limit"], Val::Req, Eff::None), f(names!["-y", "--speed-time"], Val::Req, Eff::None), f(names!["-C", "--continue-at"], Val::Req, Eff::None), f(names!["-Q", "--quote"], Val::Req, Eff::None), f(names!["-P", "--ftp-port"], Val::Req, Eff::None), f(names!["-t", "--telnet-option"], Val::Req, Eff::None), f(names!["--resolve", "--connect-to", "--connect-timeout", "--retry", "--retry-delay", "--retry-max-time", "--limit-rate", "--max-filesize", "--url", "--interface", "--dns-servers", "--proto", "--proto-redir", "--ciphers", "--tls-max", "--mail-from", "--mail-rcpt", "--mail-auth", "--doh-url", "--parallel-max", "--rate", "--keepalive-time", "--oauth2-bearer", "--aws-sigv4", "--sasl-authzid", "--service-name", "--socks4", "--socks4a", "--socks5", "--socks5-hostname", "--preproxy", "--pinnedpubkey", "--ech", "--ipfs-gateway", "--krb", "--delegation", "--local-port", "--max-redirs", "--noproxy", "--request-target", "--trace-config", "--cert-type", "--key-type", "--pass", "--expect100-timeout", "--happy-eyeballs-timeout-ms", "--curves", "--tls13-ciphers", "--hostpubmd5", "--hostpubsha256", "--login-options", "--ftp-method", "--ftp-account", "--ftp-alternative-to-user", "--ftp-ssl-ccc-mode", "--tftp-blksize"], Val::Req, Eff::None),
        ],
        note: "Special::Http judges -d @FILE / -F k=@FILE / -T uploads and -o/-O writes; -w '%output{FILE}' (curl 8.3+) also writes; a config file (-K, ~/.curlrc) can hold any option",
        ..Spec::D
    },
    Spec {
        names: names!["wget", "wget2"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Http,
        flags: &[
            f(names!["-O", "--output-document"], Val::Req, Eff::WriteValue), f(names!["-o", "--output-file"], Val::Req, Eff::WriteValue), f(names!["-a", "--append-output"], Val::Req, Eff::WriteValue), f(names!["-P", "--directory-prefix"], Val::Req, Eff::WriteValue), f(names!["--save-cookies", "--hsts-file", "--warc-file", "--rejected-log"], Val::Req, Eff::WriteValue),
            f(names!["-i", "--input-file"], Val::Req, Eff::ReadValue), f(names!["--load-cookies", "--ca-certificate", "--certificate", "--private-key", "--crl-file"], Val::Req, Eff::ReadValue),
            f(names!["-e", "--execute"], Val::Req, Eff::ExecValue), f(names!["--config", "--use-askpass"], Val::Req, Eff::ExecValue),
            f(names!["--post-file", "--body-file", "--post-data", "--body-data"], Val::Req, Eff::UploadValue),
            f(names!["-n", "--method"], Val::Req, Eff::None), f(names!["-U", "--user-agent"], Val::Req, Eff::None), f(names!["-B", "--base"], Val::Req, Eff::None), f(names!["-t", "--tries"], Val::Req, Eff::None), f(names!["-T", "--timeout"], Val::Req, Eff::None), f(names!["-w", "--wait"], Val::Req, Eff::None), f(names!["-Q", "--quota"], Val::Req, Eff::None), f(names!["-l", "--level"], Val::Req, Eff::None), f(names!["-A", "--accept"], Val::Req, Eff::None), f(names!["-R", "--reject"], Val::Req, Eff::None), f(names!["-D", "--domains"], Val::Req, Eff::None), f(names!["-X", "--exclude-directories"], Val::Req, Eff::None), f(names!["-I", "--include-directories"], Val::Req, Eff::None), f(names!["--header", "--user", "--password", "--http-user", "--http-password", "--ftp-user", "--ftp-password", "--proxy-user", "--proxy-password", "--bind-address", "--waitretry", "--limit-rate", "--exclude-domains", "--cut-dirs", "--default-page", "--report-speed", "--restrict-file-names", "--local-encoding", "--remote-encoding", "--progress", "--accept-regex", "--reject-regex", "--regex-type", "--referer", "--max-redirect", "--dns-timeout", "--connect-timeout", "--read-timeout", "--secure-protocol", "--ciphers", "--pinnedpubkey", "--random-file", "--egd-file", "--prefer-family", "--retry-on-http-error", "--compression"], Val::Req, Eff::None),
        ],
        note: "-nc/-nd/-nv/-nH are `-n` with a value; ~/.wgetrc and WGETRC can set any command (use_askpass runs a program)",
        ..Spec::D
    },
    Spec {
        names: names!["aria2c"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["--on-download-complete", "--on-download-start", "--on-download-error", "--on-download-stop", "--on-download-pause",
                "--on-bt-download-complete", "--conf-path"], Val::Req, Eff::ExecValue),
            f(names!["-d", "--dir"], Val::Req, Eff::WriteValue), f(names!["-o", "--out"], Val::Req, Eff::WriteValue), f(names!["-l", "--log"], Val::Req, Eff::WriteValue), f(names!["--save-session", "--dht-file-path", "--server-stat-of"], Val::Req, Eff::WriteValue),
            f(names!["-i", "--input-file"], Val::Req, Eff::ReadValue), f(names!["-T", "--torrent-file"], Val::Req, Eff::ReadValue), f(names!["-M", "--metalink-file"], Val::Req, Eff::ReadValue), f(names!["--load-cookies", "--ca-certificate", "--certificate", "--private-key"], Val::Req, Eff::ReadValue),
            f(names!["-x", "--max-connection-per-server"], Val::Req, Eff::None), f(names!["-s", "--split"], Val::Req, Eff::None), f(names!["-j", "--max-concurrent-downloads"], Val::Req, Eff::None), f(names!["--header", "--user-agent", "--http-user", "--http-passwd", "--all-proxy", "--max-download-limit", "--max-overall-upload-limit", "--seed-time", "--seed-ratio"], Val::Req, Eff::None),
            f(names!["--enable-rpc"], Val::Opt, Eff::Net),
        ],
        note: "BitTorrent downloads also upload; --enable-rpc opens a control port",
        ..Spec::D
    },
    Spec {
        names: names!["http", "https", "xh", "xhs"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--session"], Val::Req, Eff::WriteValue),
            f(names!["--session-read-only", "--cert", "--cert-key"], Val::Req, Eff::ReadValue),
            f(names!["--raw"], Val::Req, Eff::UploadValue),
            f(names!["-a", "--auth"], Val::Req, Eff::None), f(names!["-A", "--auth-type"], Val::Req, Eff::None), f(names!["-p", "--print"], Val::Req, Eff::None), f(names!["-s", "--style"], Val::Req, Eff::None), f(names!["--verify", "--proxy", "--timeout", "--pretty", "--max-redirects", "--ssl", "--ciphers", "--default-scheme", "--format-options", "--response-charset", "--response-mime"], Val::Req, Eff::None),
        ],
        note: "request items after the URL: `field@FILE` and `=@FILE` upload local files; -d/--download writes a file",
        ..Spec::D
    },
    // ---------------------------------------------------------------- SSH family
    Spec {
        names: names!["ssh", "autossh"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Ssh,
        flags: &[
            f(names!["-o"], Val::Req, Eff::None),
            f(names!["-F"], Val::Req, Eff::ReadValue),
            f(names!["-E"], Val::Req, Eff::WriteValue),
            f(names!["-i"], Val::Req, Eff::ReadValue),
            f(names!["-I"], Val::Req, Eff::ExecValue),
            f(names!["-b", "-B", "-c", "-D", "-e", "-J", "-L", "-R", "-l", "-m", "-O", "-p", "-Q", "-S", "-W", "-w", "-P"], Val::Req, Eff::None),
        ],
        note: "operands after the host are a command run on the remote host; -o ProxyCommand/LocalCommand and -F configs are judged by Special::Ssh; -I loads a PKCS#11 library",
        ..Spec::D
    },
    Spec {
        names: names!["scp"],
        class: Class::Net,
        pos: Pos::ReadThenWrite,
        special: Special::Ssh,
        flags: &[
            f(names!["-S", "-D"], Val::Req, Eff::ExecValue),
            f(names!["-o", "-c", "-J", "-l", "-P", "-X"], Val::Req, Eff::None),
            f(names!["-F", "-i"], Val::Req, Eff::ReadValue),
        ],
        note: "operands are [user@]host:path or local paths; the last is the destination",
        ..Spec::D
    },
    Spec {
        names: names!["sftp"],
        class: Class::Net,
        pos: Pos::Remote,
        special: Special::Ssh,
        flags: &[
            f(names!["-S", "-D"], Val::Req, Eff::ExecValue),
            f(names!["-b"], Val::Req, Eff::ExecValue),
            f(names!["-F", "-i"], Val::Req, Eff::ReadValue),
            f(names!["-o", "-s", "-P", "-l", "-B", "-R", "-c", "-J", "-X"], Val::Req, Eff::None),
        ],
        note: "commands come from stdin or -b BATCH and include `!cmd` (local shell), get/put of any local path",
        ..Spec::D
    },
    Spec {
        names: names!["rsync"],
        class: Class::Net,
        pos: Pos::ReadThenWrite,
        gnu: false,
        flags: &[
            f(names!["-e", "--rsh"], Val::Req, Eff::ExecValue), f(names!["--rsync-path"], Val::Req, Eff::ExecValue),
            f(names!["--delete", "--del", "--delete-before", "--delete-during", "--delete-delay", "--delete-after", "--delete-excluded",
                "--delete-missing-args", "--remove-source-files"], Val::No, Eff::Delete),
            f(names!["--force"], Val::No, Eff::Force),
            f(names!["-T", "--temp-dir"], Val::Req, Eff::WriteValue), f(names!["--backup-dir", "--partial-dir", "--log-file", "--write-batch", "--only-write-batch"], Val::Req, Eff::WriteValue),
            f(names!["--compare-dest", "--copy-dest", "--link-dest", "--read-batch", "--files-from", "--exclude-from", "--include-from", "--password-file",
                "--early-input", "--config"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--filter"], Val::Req, Eff::None), f(names!["-B", "--block-size"], Val::Req, Eff::None), f(names!["-M", "--remote-option"], Val::Req, Eff::None), f(names!["--suffix", "--exclude", "--include", "--chmod", "--chown", "--usermap", "--groupmap", "--max-size", "--min-size", "--max-delete", "--timeout", "--contimeout", "--port", "--address", "--bwlimit", "--compress-choice", "--zc", "--compress-level", "--zl", "--checksum-choice", "--cc", "--info", "--debug", "--stop-after", "--stop-at", "--outbuf", "--sockopts", "--protocol", "--iconv", "--modify-window", "--log-file-format", "--out-format", "--dparam", "--skip-compress"], Val::Req, Eff::None), f(names!["-@"], Val::Req, Eff::None),
            f(names!["--daemon"], Val::No, Eff::Net),
        ],
        note: "local copies need no network; host:path operands reach SSH (or rsync://); filter rules can `merge` files",
        ..Spec::D
    },
    Spec {
        names: names!["ssh-keygen"],
        class: Class::Write,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-D", "-w"], Val::Req, Eff::ExecValue),
            f(names!["-R"], Val::Req, Eff::Global),
            f(names!["-t", "-b", "-C", "-N", "-P", "-m", "-n", "-I", "-V", "-z", "-O", "-Y", "-s", "-a", "-Z", "-E", "-F", "-r", "-G", "-M", "-T", "-S", "-j"], Val::Req, Eff::None),
        ],
        note: "-f is the key file: read by -l/-y/-e/-p (-y prints the public half of a private key), created when generating; -R edits known_hosts; -D/-w load PKCS#11/FIDO libraries",
        ..Spec::D
    },
    Spec {
        names: names!["ssh-keyscan"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-p", "-T", "-t", "-O"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["ssh-copy-id"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-i"], Val::Req, Eff::ReadValue),
            f(names!["-o"], Val::Req, Eff::None),
            f(names!["-p", "-t", "-F"], Val::Req, Eff::None),
        ],
        note: "appends a local public key to the remote authorized_keys",
        ..Spec::D
    },
    Spec {
        names: names!["ssh-add"],
        class: Class::Write,
        flags: &[
            f(names!["-S"], Val::Req, Eff::ExecValue),
            f(names!["-s", "-e"], Val::Req, Eff::ExecValue),
            f(names!["-D"], Val::No, Eff::Delete),
            f(names!["-t", "-E", "-h", "-H"], Val::Req, Eff::None),
        ],
        note: "operands are key files loaded into the agent; -l/-L only list; -s/-e/-S load PKCS#11/FIDO providers",
        ..Spec::D
    },
    Spec {
        names: names!["ssh-agent"],
        class: Class::Build,
        pos: Pos::Command,
        flags: &[f(names!["-a", "-t", "-E", "-P", "-O"], Val::Req, Eff::None)],
        note: "without a command it daemonizes and prints environment settings; with one it runs it; stage 8 does not unwrap it, so it is judged as running project code",
        ..Spec::D
    },
    Spec {
        names: names!["sshpass"],
        class: Class::Wrapper,
        pos: Pos::Command,
        flags: &[
            f(names!["-f"], Val::Req, Eff::ReadValue),
            f(names!["-p", "-d", "-P"], Val::Req, Eff::None),
        ],
        note: "supplies a password to the wrapped ssh/scp/rsync",
        ..Spec::D
    },
    Spec {
        names: names!["mosh"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(names!["--ssh", "--server", "--client"], Val::Req, Eff::ExecValue), f(names!["-p", "--port"], Val::Req, Eff::None), f(names!["--family", "--predict"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["sshfs"],
        class: Class::System,
        pos: Pos::Remote,
        flags: &[f(names!["-o"], Val::Req, Eff::None), f(names!["-p", "-F"], Val::Req, Eff::None)],
        note: "mounts a remote directory; `-o ssh_command=` runs a program",
        ..Spec::D
    },
    // ---------------------------------------------------------------- raw sockets
    Spec {
        names: names!["nc", "netcat", "ncat", "nc.traditional", "nc.openbsd"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-e", "--exec"], Val::Req, Eff::ExecValue), f(names!["-c", "--sh-exec"], Val::Req, Eff::ExecValue), f(names!["--lua-exec"], Val::Req, Eff::ExecValue),
            f(names!["-o", "--output"], Val::Req, Eff::WriteValue), f(names!["--hex-dump", "--append-output"], Val::Req, Eff::WriteValue),
            f(names!["--allowfile", "--denyfile", "--ssl-cert", "--ssl-key", "--ssl-trustfile"], Val::Req, Eff::ReadValue),
            f(names!["-l", "--listen"], Val::No, Eff::Net), f(names!["-k", "--keep-open"], Val::No, Eff::Net),
            f(names!["-W", "--proxy"], Val::Req, Eff::None), f(names!["--proxy-type", "--proxy-auth", "--allow", "--deny", "--source-port", "--source", "--wait", "--idle-timeout", "--max-conns"], Val::Req, Eff::None), f(names!["-p", "-s", "-w", "-i", "-q", "-x", "-X", "-P", "-T", "-I", "-O", "-V", "-M", "-m"], Val::Req, Eff::None),
        ],
        note: "-e/-c run a program wired to the socket (reverse/bind shell); in OpenBSD nc -c means TLS, judged conservatively",
        ..Spec::D
    },
    Spec {
        names: names!["socat"],
        class: Class::Net,
        pos: Pos::Remote,
        gnu: false,
        flags: &[
            f(names!["-lf"], Val::Req, Eff::WriteValue),
            f(names!["-U", "-ly"], Val::No, Eff::None), f(names!["-lu", "-lm", "-lh"], Val::No, Eff::None), f(names!["-d", "-v", "-x", "-u", "-g", "-4", "-6"], Val::No, Eff::None),
            f(names!["-t", "-T", "-b", "-L", "-W", "-S"], Val::Req, Eff::None),
        ],
        note: "the two operands are addresses: EXEC:/SYSTEM: run commands, OPEN:/CREATE:/GOPEN: read or write files, *-LISTEN: serve; they need address-level judgement",
        ..Spec::D
    },
    Spec {
        names: names!["telnet"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-n"], Val::Req, Eff::WriteValue),
            f(names!["-l", "-e", "-b", "-X", "-k"], Val::Req, Eff::None),
        ],
        note: "commands read from stdin include `!` (local shell)",
        ..Spec::D
    },
    Spec {
        names: names!["ftp", "pftp", "tnftp", "tftp"],
        class: Class::Net,
        pos: Pos::Remote,
        note: "commands from stdin include `!cmd` (local shell) and get/put of local files",
        ..Spec::D
    },
    Spec {
        names: names!["lftp"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-c", "-e"], Val::Req, Eff::ExecValue),
            f(names!["-f"], Val::Req, Eff::ExecValue),
            f(names!["-u", "-p"], Val::Req, Eff::None),
        ],
        note: "lftp commands include `!` (local shell), get/put/mirror of local paths",
        ..Spec::D
    },
    // ---------------------------------------------------------------- DNS and diagnostics
    Spec {
        names: names!["dig", "drill", "kdig"],
        class: Class::Net,
        pos: Pos::Remote,
        gnu: false,
        flags: &[
            f(names!["-f", "-k"], Val::Req, Eff::ReadValue),
            f(names!["-b", "-c", "-p", "-q", "-t", "-x", "-y"], Val::Req, Eff::None),
        ],
        note: "`+option` operands are query options",
        ..Spec::D
    },
    Spec { names: names!["nslookup"], class: Class::Net, pos: Pos::Remote, gnu: false, ..Spec::D },
    Spec {
        names: names!["host"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(names!["-t", "-c", "-N", "-R", "-W", "-m", "-p"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["whois"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(names!["-h", "--host"], Val::Req, Eff::None), f(names!["-p", "--port"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["ping", "ping6", "fping", "arping"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(names!["-c", "-i", "-I", "-W", "-w", "-s", "-t", "-p", "-Q", "-l", "-M", "-m", "-F", "-T", "-S", "-e"], Val::Req, Eff::None)],
        note: "-f floods (needs root)",
        ..Spec::D
    },
    Spec {
        names: names!["traceroute", "traceroute6", "tracepath", "tcptraceroute"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[f(names!["-f", "-m", "-N", "-p", "-q", "-s", "-t", "-w", "-z", "-i", "-g", "-M", "-O", "-l"], Val::Req, Eff::None)],
        ..Spec::D
    },
    Spec {
        names: names!["mtr"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-F", "--filename"], Val::Req, Eff::ReadValue),
            f(names!["-c", "--report-cycles"], Val::Req, Eff::None), f(names!["-i", "--interval"], Val::Req, Eff::None), f(names!["-s", "--psize"], Val::Req, Eff::None), f(names!["-m", "--max-ttl"], Val::Req, Eff::None), f(names!["-f", "--first-ttl"], Val::Req, Eff::None), f(names!["-a", "--address"], Val::Req, Eff::None), f(names!["-B", "--bitpattern"], Val::Req, Eff::None), f(names!["-Q", "--tos"], Val::Req, Eff::None), f(names!["-o", "--order"], Val::Req, Eff::None), f(names!["-I", "--interface"], Val::Req, Eff::None), f(names!["-P", "--port"], Val::Req, Eff::None), f(names!["--displaymode"], Val::Req, Eff::None),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["nmap"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["--script", "--datadir"], Val::Req, Eff::ExecValue),
            f(names!["--interactive"], Val::No, Eff::Shell),
            f(names!["-oN", "-oX", "-oS", "-oG", "-oA", "--stylesheet"], Val::Req, Eff::WriteValue),
            f(names!["-iL", "--resume", "--excludefile", "--script-args-file"], Val::Req, Eff::ReadValue),
            f(names!["-g", "--source-port"], Val::Req, Eff::None), f(names!["-T", "--ttl"], Val::Req, Eff::None), f(names!["--script-args", "--exclude", "--top-ports", "--max-retries", "--host-timeout", "--min-rate", "--max-rate", "--data-length", "--spoof-mac", "--dns-servers", "--proxies"], Val::Req, Eff::None), f(names!["-p", "-e", "-S", "-D"], Val::Req, Eff::None),
            f(names!["-PS", "-PA", "-PU", "-PY", "-PO"], Val::Opt, Eff::None),
        ],
        note: "NSE scripts are Lua with os.execute; -sC runs the default scripts",
        ..Spec::D
    },
    Spec {
        names: names!["tcpdump", "tshark", "dumpcap"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-w"], Val::Req, Eff::WriteValue),
            f(names!["-r", "-F", "-V"], Val::Req, Eff::ReadValue),
            f(names!["-z"], Val::Req, Eff::ExecValue),
            f(names!["-i", "-c", "-s", "-C", "-G", "-W", "-E", "-M", "-T", "-B", "-y", "-j", "-Z", "-Q", "--time-stamp-precision", "-Y", "-o"], Val::Req, Eff::None),
        ],
        note: "capturing live traffic needs CAP_NET_RAW and sees other processes' data; -r FILE only reads; -z runs a command on each rotated file; operands are a filter expression",
        ..Spec::D
    },
    Spec {
        names: names!["iperf3", "iperf"],
        class: Class::Net,
        pos: Pos::Opaque,
        flags: &[
            f(names!["-F", "--file"], Val::Req, Eff::UploadValue),
            f(names!["-I", "--pidfile"], Val::Req, Eff::WriteValue), f(names!["--logfile"], Val::Req, Eff::WriteValue),
            f(names!["-c", "--client"], Val::Req, Eff::None), f(names!["-p", "--port"], Val::Req, Eff::None), f(names!["-t", "--time"], Val::Req, Eff::None), f(names!["-b", "--bandwidth"], Val::Req, Eff::None), f(names!["-P", "--parallel"], Val::Req, Eff::None), f(names!["-B", "--bind"], Val::Req, Eff::None), f(names!["-l", "--length"], Val::Req, Eff::None), f(names!["-w", "--window"], Val::Req, Eff::None), f(names!["-i", "--interval"], Val::Req, Eff::None),
            f(names!["-s", "--server"], Val::No, Eff::Net), f(names!["-D", "--daemon"], Val::No, Eff::Net),
        ],
        ..Spec::D
    },
    Spec {
        names: names!["grpcurl", "evans", "ghz"],
        class: Class::Net,
        pos: Pos::Remote,
        gnu: false,
        flags: &[
            f(names!["-d"], Val::Req, Eff::UploadValue),
            f(names!["-proto", "-protoset", "-cert", "-key", "-cacert", "-import-path", "-rpc-header-file"], Val::Req, Eff::ReadValue),
            f(names!["-H", "-rpc-header"], Val::Req, Eff::None), f(names!["-reflect-header", "-authority", "-servername", "-max-time", "-connect-timeout", "-format", "-user-agent", "-unix"], Val::Req, Eff::None),
            f(names!["-v", "-vv"], Val::No, Eff::None), f(names!["-plaintext", "-insecure", "-allow-unknown-fields", "-emit-defaults"], Val::No, Eff::None),
        ],
        note: "`-d @` reads the request from stdin",
        ..Spec::D
    },
    Spec {
        names: names!["websocat", "wscat", "ws"],
        class: Class::Net,
        pos: Pos::Remote,
        flags: &[
            f(names!["-x", "--execute"], Val::Req, Eff::ExecValue), f(names!["--exec"], Val::Req, Eff::ExecValue),
            f(names!["-H", "--header"], Val::Req, Eff::None), f(names!["-b", "--binary"], Val::Req, Eff::None), f(names!["--protocol", "--origin"], Val::Req, Eff::None),
            f(names!["-s", "--server-mode"], Val::Opt, Eff::Net), f(names!["-l", "--listen"], Val::Opt, Eff::Net),
        ],
        note: "websocat address specifiers like socat's (`cmd:`, `sh-c:`, `exec:`, `writefile:`) run programs or write files",
        ..Spec::D
    },
    Spec {
        names: names!["httpd", "lighttpd", "darkhttpd", "http-server", "serve", "miniserve", "simple-http-server", "caddy", "webfsd"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        flags: &[
            f(names!["-h", "--home"], Val::Req, Eff::ReadValue), f(names!["-d", "--dir"], Val::Req, Eff::ReadValue), f(names!["--root"], Val::Req, Eff::ReadValue), f(names!["-r"], Val::Req, Eff::ReadValue),
            f(names!["-c", "--config"], Val::Req, Eff::ReadValue), f(names!["-f", "--conf"], Val::Req, Eff::ReadValue),
            f(names!["-p", "--port"], Val::Req, Eff::None), f(names!["-l", "--listen"], Val::Req, Eff::None), f(names!["-a", "--address"], Val::Req, Eff::None), f(names!["-u", "--user"], Val::Req, Eff::None), f(names!["-i", "--interface"], Val::Req, Eff::None),
        ],
        note: "serve a directory (the document root operand or option) to the network; CGI/config can run programs",
        ..Spec::D
    },
    Spec {
        names: names!["ngrok", "cloudflared", "localtunnel", "lt", "bore"],
        class: Class::Net,
        pos: Pos::Opaque,
        gnu: false,
        note: "exposes a local port to the internet",
        ..Spec::D
    },
    // ---------------------------------------------------------------- interfaces and sockets
    Spec {
        names: names!["ip"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[
            f(names!["-b", "-batch"], Val::Req, Eff::Global),
            f(names!["-n", "-netns"], Val::Req, Eff::None), f(names!["-f", "-family"], Val::Req, Eff::None), f(names!["-l", "-loops"], Val::Req, Eff::None), f(names!["-rc", "-rcvbuf"], Val::Req, Eff::None),
            f(names!["-c", "-color"], Val::Opt, Eff::None),
            f(names!["-s", "-stats"], Val::No, Eff::None), f(names!["-d", "-details"], Val::No, Eff::None), f(names!["-j", "-json"], Val::No, Eff::None), f(names!["-p", "-pretty"], Val::No, Eff::None), f(names!["-o", "-oneline"], Val::No, Eff::None), f(names!["-r", "-resolve"], Val::No, Eff::None), f(names!["-a", "-all"], Val::No, Eff::None), f(names!["-t", "-timestamp"], Val::No, Eff::None), f(names!["-N", "-Numeric"], Val::No, Eff::None), f(names!["-h", "-human"], Val::No, Eff::None), f(names!["-V", "-Version"], Val::No, Eff::None), f(names!["-br", "-brief", "-force"], Val::No, Eff::None), f(names!["-4", "-6"], Val::No, Eff::None),
        ],
        subs: &[
            ip_object!("address", "addr", "a", "ad", "addrlabel"),
            ip_object!("route", "r", "ro", "rou", "rout"),
            ip_object!("link", "l", "li", "lin"),
            ip_object!("neighbour", "neighbor", "neigh", "n"),
            ip_object!("rule", "ru"),
            ip_object!("netns", "netconf", "nexthop", "nh", "maddress", "maddr", "m", "mroute", "mr", "tunnel", "tun", "tuntap", "vrf", "token",
                "l2tp", "fou", "macsec", "mptcp", "tcp_metrics", "tcpmetrics", "ioam", "sr", "ntable", "stats", "xfrm"),
            Spec { names: names!["monitor", "help"], pos: Pos::Opaque, gnu: false, ..Spec::D },
        ],
        note: "objects and verbs may be abbreviated; `ip OBJECT` alone shows; add/del/set/flush/change/replace change the system",
        ..Spec::D
    },
    Spec {
        names: names!["ss"],
        pos: Pos::Opaque,
        flags: &[
            f(names!["-K", "--kill"], Val::No, Eff::Global),
            f(names!["-D", "--diag"], Val::Req, Eff::WriteValue),
            f(names!["-F", "--filter"], Val::Req, Eff::ReadValue),
            f(names!["-f", "--family"], Val::Req, Eff::None), f(names!["-A", "--query"], Val::Req, Eff::None), f(names!["-N", "--net"], Val::Req, Eff::None), f(names!["--socket"], Val::Req, Eff::None),
        ],
        note: "-K closes the matching sockets",
        ..Spec::D
    },
    Spec { names: names!["netstat"], pos: Pos::Opaque, ..Spec::D },
    Spec {
        names: names!["ifconfig", "route", "arp", "iwconfig", "iw"],
        pos: Pos::Opaque,
        note: "with interface/route operands (`ifconfig eth0 down`, `route add`, `arp -s`) they change the system (needs root)",
        ..Spec::D
    },
    Spec {
        names: names!["ethtool"],
        pos: Pos::Opaque,
        flags: &[f(names!["-s", "--change"], Val::No, Eff::Global), f(names!["-K", "--features"], Val::No, Eff::Global), f(names!["-G", "--set-ring"], Val::No, Eff::Global), f(names!["-A", "--pause"], Val::No, Eff::Global), f(names!["-C", "--coalesce"], Val::No, Eff::Global), f(names!["-E", "--change-eeprom"], Val::No, Eff::Global), f(names!["-f", "--flash"], Val::No, Eff::Global), f(names!["-L", "--set-channels"], Val::No, Eff::Global), f(names!["--offload"], Val::No, Eff::Global)],
        ..Spec::D
    },
    Spec {
        names: names!["nmcli"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        flags: &[f(names!["-f", "--fields"], Val::Req, Eff::None), f(names!["-g", "--get-values"], Val::Req, Eff::None), f(names!["-m", "--mode"], Val::Req, Eff::None), f(names!["-c", "--colors"], Val::Req, Eff::None), f(names!["-e", "--escape"], Val::Req, Eff::None), f(names!["-w", "--wait"], Val::Req, Eff::None)],
        subs: &[
            Spec {
                names: names!["general", "g", "networking", "n", "radio", "r", "connection", "c", "con", "device", "d", "dev", "agent", "a", "monitor", "m"],
                pos: Pos::Opaque,
                gnu: false,
                unknown_sub: Class::System,
                subs: &[Spec { names: names!["status", "show", "s", "list", "l", "permissions", "connectivity", "lldp"], pos: Pos::Opaque, gnu: false, ..Spec::D }],
                note: "anything else (`connection up`, `device wifi connect`, `radio wifi off`, `general hostname NAME`) changes the system",
                ..Spec::D
            },
        ],
        note: "`nmcli` alone prints status",
        ..Spec::D
    },
    Spec {
        names: names!["wg"],
        pos: Pos::Opaque,
        gnu: false,
        unknown_sub: Class::System,
        subs: &[Spec { names: names!["show", "showconf", "genkey", "genpsk", "pubkey"], pos: Pos::Opaque, gnu: false, note: "showconf prints private keys", ..Spec::D }],
        ..Spec::D
    },
    Spec { names: names!["wg-quick", "openvpn", "tailscale", "zerotier-cli"], class: Class::System, pos: Pos::Opaque, gnu: false, note: "change network routes/tunnels (`tailscale status` only reads)", ..Spec::D },
    // ---------------------------------------------------------------- TLS
    Spec {
        names: names!["openssl"],
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
