//! Stage 13's path judgement: where a path points (workspace, private tmp, protected files,
//! outside, broad targets, devices) and whether it holds secrets. Relative paths resolve against
//! every directory a preceding `cd` may have left the shell in; the worst answer counts.

use super::s12_effects::is_sink;
use crate::cx::Context;
use crate::unit::{basename, Value};
use std::borrow::Cow;

/// Where a path points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Where {
    Sink,
    Workspace,
    /// Inside the workspace but protected (`.git/hooks`, `.hardshell/` ...).
    Protected(&'static str),
    Tmp,
    /// The workspace itself, a parent of it, `/`, home, or a glob matching everything.
    Broad,
    Outside,
    /// Outside and sensitive for writes (shell rc files, `~/.ssh`, `/etc` ...).
    OutsideProtected(&'static str),
    Device,
    Dynamic,
}

const PROTECTED_IN_WORKSPACE: &[(&str, &str)] = &[
    (".git/hooks", "git hooks run on every commit"),
    (".git/config", "git config can make git run commands"),
    (".git", "git internals"),
    (".hardshell", "hardshell's own policy"),
    (".claude", "agent configuration"),
    (".gemini", "agent configuration"),
    (".codex", "agent configuration"),
    (".cursor", "agent configuration"),
    (".mcp.json", "agent tool configuration"),
    (".vscode/settings.json", "editor configuration that can run tasks"),
    (".envrc", "direnv runs it on cd"),
    (".github/workflows", "CI workflows run with repository secrets"),
    (".husky", "git hooks run on every commit"),
    (".pre-commit-config.yaml", "pre-commit hooks run on every commit"),
    (".gitmodules", "submodule URLs decide what git fetches"),
];

const PROTECTED_HOME: &[(&str, &str)] = &[
    (".bashrc", "shell startup file (persistence)"),
    (".bash_profile", "shell startup file (persistence)"),
    (".bash_login", "shell startup file (persistence)"),
    (".bash_logout", "shell logout file (persistence)"),
    (".bash_aliases", "shell startup file (persistence: Debian's .bashrc sources it)"),
    (".pam_environment", "login environment (persistence)"),
    (".xsessionrc", "X session startup file (persistence)"),
    (".xprofile", "X session startup file (persistence)"),
    (".profile", "shell startup file (persistence)"),
    (".zshrc", "shell startup file (persistence)"),
    (".zshenv", "shell startup file (persistence)"),
    (".zprofile", "shell startup file (persistence)"),
    (".config/fish", "shell startup file (persistence)"),
    (".ssh", "ssh keys and authorized_keys"),
    (".gitconfig", "global git configuration"),
    (".config/git", "global git configuration"),
    (".config/hardshell", "hardshell's own configuration"),
    (".config", "application configuration (much of it runs code)"),
    (".claude", "agent configuration"),
    (".config/systemd", "user services (persistence)"),
    (".config/autostart", "autostart entries (persistence)"),
    (".local/bin", "programs on PATH"),
    ("bin", "programs on PATH"),
    (".npmrc", "package manager credentials and scripts"),
    (".pypirc", "package index credentials"),
    (".cargo/config", "cargo configuration (can run code)"),
    (".aws", "cloud credentials"),
    (".kube", "cluster credentials"),
    (".docker", "registry credentials"),
    (".gnupg", "signing keys"),
];

const SECRETS_HOME: &[&str] = &[
    ".config/hardshell/token",
    ".ssh/id_", ".ssh/identity", ".aws/credentials", ".aws/config", ".netrc", ".docker/config.json", ".kube/config", ".config/gcloud", ".azure",
    ".gnupg", ".password-store", ".npmrc", ".pypirc", ".git-credentials", ".config/gh/hosts.yml", ".vault-token", ".terraform.d/credentials",
    ".config/hub", ".bash_history", ".zsh_history", ".psql_history", ".mysql_history", ".pgpass", ".my.cnf", ".cargo/credentials",
    ".local/share/keyrings", ".mozilla", ".config/google-chrome", ".config/chromium",
];

const SECRETS_ABS: &[&str] = &["/etc/shadow", "/etc/gshadow", "/etc/ssh/ssh_host_", "/root/", "/proc/1/environ", "/var/run/secrets", "/run/secrets", "/etc/ssl/private"];

/// `/dev/fd/N/...`, `/proc/self/fd/N/...`, `/proc/PID/fd/N/...` and the descriptor itself when
/// it is not a plain sink (`rm -rf /dev/fd/3/` after `exec 3<~`): the directory behind it is
/// only known at run time.
fn fd_directory(abs: &str) -> bool {
    let rest = abs.strip_prefix("/dev/fd/").or_else(|| {
        let p = abs.strip_prefix("/proc/")?;
        let (_, after) = p.split_once('/')?;
        after.strip_prefix("fd/")
    });
    rest.is_some_and(|r| r.split('/').next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

/// Resolves `.` and `..` lexically.
pub(crate) fn normalize(path: &str) -> String {
    join_normalize("", path)
}

/// [`normalize`], borrowing `path` when it has nothing to resolve.
fn normalized(path: &str) -> Cow<'_, str> {
    if path.starts_with('/') && is_clean(path) {
        Cow::Borrowed(trim_slash(path))
    } else {
        Cow::Owned(normalize(path))
    }
}

/// `dir/path` (or `path` when absolute) with `.` and `..` resolved lexically, in one allocation.
fn join_normalize(dir: &str, path: &str) -> String {
    // Fast path: nothing to resolve (no `.`, `..` or empty segments inside).
    if path.starts_with('/') && is_clean(path) {
        return trim_slash(path).to_string();
    }
    if dir.starts_with('/') && is_clean(dir) && is_clean(path) && !path.is_empty() {
        let d = trim_slash(dir);
        let mut out = String::with_capacity(d.len() + path.len() + 1);
        out.push_str(if d == "/" { "" } else { d });
        out.push('/');
        out.push_str(trim_slash(path));
        return out;
    }
    join_slow(dir, path)
}

/// No `.` or `..` segment and no empty segment except a leading or trailing one.
fn is_clean(s: &str) -> bool {
    let b = s.as_bytes();
    let mut start = 0;
    for i in 0..=b.len() {
        if i == b.len() || b[i] == b'/' {
            let seg = &b[start..i];
            let inner_empty = seg.is_empty() && start != 0 && i != b.len();
            if seg == b"." || seg == b".." || inner_empty {
                return false;
            }
            start = i + 1;
        }
    }
    true
}

/// `s` without one trailing slash (`/` stays `/`).
fn trim_slash(s: &str) -> &str {
    match s.strip_suffix('/') {
        Some("") => "/",
        Some(t) => t,
        None => s,
    }
}

fn join_slow(dir: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::with_capacity(8);
    let base = if path.starts_with('/') { "" } else { dir };
    for seg in base.split('/').chain(path.split('/')) {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = String::with_capacity(base.len() + path.len() + 1);
    for p in &parts {
        out.push('/');
        out.push_str(p);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// `path` is `prefix` or inside it (`prefix/...`).
fn is_or_under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Why `abs` is protected wherever the workspace is: a protected file of home, a system
/// directory, or git internals.
fn protected_anyway(abs: &str, home: &str) -> Option<&'static str> {
    if let Some(why) = home_protected(abs, home) {
        return Some(why);
    }
    let system = ["/etc", "/boot", "/sys", "/proc", "/bin", "/sbin", "/lib", "/lib64", "/var/spool/cron"].iter().any(|d| under(abs, d));
    if system || (under(abs, "/usr") && !under(abs, "/usr/local") && !under(abs, "/usr/src")) {
        return Some("system files");
    }
    has_segment(abs, ".git").then_some("git internals")
}

/// Whether `/SEG/` occurs in `abs` or `abs` ends with `/SEG` (what `contains("/SEG/") ||
/// ends_with("/SEG")` says, without setting up a substring searcher per call).
fn has_segment(abs: &str, seg: &str) -> bool {
    let b = abs.as_bytes();
    b.iter().enumerate().any(|(i, &c)| c == b'/' && b[i + 1..].starts_with(seg.as_bytes()) && matches!(b.get(i + 1 + seg.len()), None | Some(b'/')))
}

/// A table of which bytes the paths of `table` start with: a path starting with another byte
/// matches none of them (every lookup below needs `rel.starts_with(p)`).
const fn first_bytes(table: &[(&str, &str)]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < table.len() {
        let p = table[i].0.as_bytes();
        if p.is_empty() {
            // An empty entry matches everything: no byte may be ruled out.
            return [true; 256];
        }
        set[p[0] as usize] = true;
        i += 1;
    }
    set
}

const PROTECTED_HOME_FIRST: [bool; 256] = first_bytes(PROTECTED_HOME);
const PROTECTED_IN_WORKSPACE_FIRST: [bool; 256] = first_bytes(PROTECTED_IN_WORKSPACE);

/// Whether `rel` may start with one of the paths whose first bytes are `first`.
fn may_start_with(rel: &str, first: &[bool; 256]) -> bool {
    rel.as_bytes().first().is_none_or(|&b| first[b as usize])
}

/// Why `abs`, a path under `home`, is one of home's protected files (`PROTECTED_HOME`), if it is.
fn home_protected(abs: &str, home: &str) -> Option<&'static str> {
    let rel = abs.strip_prefix(home).filter(|_| under(abs, home))?.trim_start_matches('/');
    if !may_start_with(rel, &PROTECTED_HOME_FIRST) {
        return None;
    }
    PROTECTED_HOME.iter().find(|(p, _)| is_or_under(rel, p) || (p.ends_with("config") && rel.starts_with(p))).map(|(_, why)| *why)
}

/// Cheap test before the real secret check: does the text mention anything credential-like?
/// One aho-corasick pass, built once.
fn could_be_secret(t: &str) -> bool {
    const MARKS: &[&str] = &[
        ".ssh", ".aws", "id_", "shadow", "netrc", "credential", "token", ".key", ".docker", ".kube", ".gnupg", "/proc/", "secret", ".p12", ".pfx", ".jks",
        "keyring", "history", "pgpass", ".config", "environ", "password", "/root", "keystore", ".kdbx", ".ppk", ".gpg", "vault", ".azure", ".my.cnf",
        ".mozilla", "chrom", "service-account", "/etc/ssl", "/run/secrets", "/etc/ssh", ".terraform", ".cargo", ".npmrc", ".pypirc", "*", "?", "[",
    ];
    static AC: std::sync::OnceLock<Option<crate::tiered::Tiered>> = std::sync::OnceLock::new();
    match AC.get_or_init(|| crate::tiered::Tiered::new(MARKS.iter().map(|m| m.to_string()).collect(), false)) {
        Some(ac) => ac.get().is_match(t),
        None => true,
    }
}

fn under(path: &str, dir: &str) -> bool {
    path == dir || path.starts_with(dir) && path.as_bytes().get(dir.len()) == Some(&b'/') || dir == "/"
}

pub(crate) struct Paths<'a> {
    pub(crate) cx: &'a Context,
    /// Directories relative paths may resolve against: the workspace, and every place a `cd`
    /// earlier in the input may have moved to (`None`: a place only known at run time).
    pub(crate) dirs: Vec<Option<Cow<'a, str>>>,
    /// The workspace and home directories, normalised on first use (borrowed when already
    /// normal): many commands judge no path at all.
    ws: std::cell::OnceCell<Cow<'a, str>>,
    home: std::cell::OnceCell<Cow<'a, str>>,
}

/// File names and extensions that hold keys or tokens wherever they are.
const SECRET_NAMES: &[&str] = &["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".netrc", ".pgpass", ".git-credentials", "credentials", "credentials.json", "token", ".token", "secrets.json", "secrets.yaml", "secrets.yml", "service-account.json", ".vault-token", "shadow"];
const SECRET_EXTENSIONS: &[&str] = &[".key", ".p12", ".pfx", ".jks", ".keystore", ".kdbx", ".ppk", ".gpg"];

/// Absolute paths tried against a glob to see whether it can reach a secret (`cat /etc/sha*`).
const SECRET_SAMPLES_HOME: &[&str] = &[".config/gcloud/application_default_credentials.json", ".config/gh/hosts.json", ".ssh/id_rsa", ".ssh/id_ed25519", ".aws/credentials", ".netrc", ".docker/config.json", ".kube/config", ".git-credentials", ".config/gh/hosts.yml", ".gnupg/private-keys-v1.d/x.key"];

fn severity(w: &Where) -> u8 {
    match w {
        Where::Sink => 0,
        Where::Workspace => 1,
        Where::Tmp => 2,
        Where::Dynamic => 3,
        Where::Protected(_) => 4,
        Where::Outside => 5,
        Where::OutsideProtected(_) => 6,
        Where::Device => 7,
        Where::Broad => 8,
    }
}

impl<'a> Paths<'a> {
    pub(crate) fn new(cx: &'a Context) -> Paths<'a> {
        Paths { cx, dirs: vec![Some(Cow::Borrowed(cx.cwd.as_str()))], ws: std::cell::OnceCell::new(), home: std::cell::OnceCell::new() }
    }

    /// The workspace, normalised.
    fn ws(&self) -> &str {
        self.ws.get_or_init(|| normalized(&self.cx.cwd))
    }

    /// The home directory, normalised.
    fn home(&self) -> &str {
        self.home.get_or_init(|| normalized(&self.cx.home))
    }

    /// Every absolute form `v` may take (one per candidate directory; `None` when unknown).
    pub(crate) fn absolutes(&self, v: &Value) -> Vec<Option<String>> {
        let text = match v.text.find('$') {
            Some(i) if v.dynamic => &v.text[..i],
            _ => v.text.as_str(),
        };
        if v.dynamic && (text.is_empty() || !text.contains('/')) {
            return vec![None];
        }
        // Some programs expand `~/` themselves (and `--opt=~/x` is easy to misread): treat as home.
        if text == "~" || text.starts_with("~/") {
            return vec![Some(normalize(&format!("{}/{}", self.cx.home, &text[1..])))];
        }
        if text.starts_with('/') {
            return vec![Some(normalize(text))];
        }
        self.dirs.iter().map(|d| d.as_ref().map(|d| join_normalize(d, text))).collect()
    }

    pub(crate) fn absolute(&self, v: &Value) -> Option<String> {
        match self.dirs.first() {
            Some(Some(dir)) => self.absolute_in(v, dir),
            _ => self.absolutes(v).into_iter().next().flatten(),
        }
    }

    /// The absolute form of `v` relative to `dir` (what [`Paths::absolutes`] gives for one directory).
    fn absolute_in(&self, v: &Value, dir: &str) -> Option<String> {
        let text = match v.text.find('$') {
            Some(i) if v.dynamic => &v.text[..i],
            _ => v.text.as_str(),
        };
        if v.dynamic && (text.is_empty() || !text.contains('/')) {
            return None;
        }
        if text == "~" || text.starts_with("~/") {
            return Some(normalize(&format!("{}/{}", self.cx.home, &text[1..])));
        }
        Some(join_normalize(dir, text))
    }

    /// The worst place `v` may point to.
    pub(crate) fn classify(&self, v: &Value) -> Where {
        if is_sink(&v.text) {
            return Where::Sink;
        }
        if v.text == super::s12_effects::REPO {
            return Where::Workspace;
        }
        if let [Some(dir)] = self.dirs.as_slice() {
            // One directory (no `cd`): no list of candidates to build.
            return match self.absolute_in(v, dir) {
                Some(abs) => self.classify_abs(v, &abs),
                None => Where::Dynamic,
            };
        }
        let mut worst = Where::Sink;
        for abs in self.absolutes(v) {
            let w = match abs {
                Some(abs) => self.classify_abs(v, &abs),
                None => Where::Dynamic,
            };
            if severity(&w) > severity(&worst) {
                worst = w;
            }
        }
        worst
    }

    /// [`Paths::classify`] for a caller that already holds [`Paths::absolute`] of `v` (the
    /// same answer, without building the absolute form again).
    pub(crate) fn classify_known(&self, v: &Value, abs: Option<&str>) -> Where {
        if !matches!(self.dirs.as_slice(), [Some(_)]) {
            return self.classify(v);
        }
        if is_sink(&v.text) {
            return Where::Sink;
        }
        if v.text == super::s12_effects::REPO {
            return Where::Workspace;
        }
        match abs {
            Some(abs) => self.classify_abs(v, abs),
            None => Where::Dynamic,
        }
    }

    fn classify_abs(&self, v: &Value, abs: &str) -> Where {
        let (ws, home) = (self.ws(), self.home());
        let last = basename(&v.text);
        let every = |c: &str| matches!(c, "*" | ".*" | "*.*" | "**" | ".[!.]*" | ".[^.]*" | "?*" | "[!.]*");
        // `*`, `*/`, `**/*`: everything in the directory they start from.
        let everything = v.glob && every(basename(v.text.trim_end_matches('/')));
        let mut target = abs;
        while everything && target != "/" {
            match target.rsplit_once('/') {
                Some((d, c)) if every(c) => target = if d.is_empty() { "/" } else { d },
                _ => break,
            }
        }
        if target == "/" || target == home || under(ws, target) || (everything && target == ws) {
            return Where::Broad;
        }
        if fd_directory(abs) {
            return Where::OutsideProtected("a path inside the directory a file descriptor is open on: any directory, home or `/` included");
        }
        if abs.starts_with("/dev/") {
            let disk = ["/dev/sd", "/dev/nvme", "/dev/hd", "/dev/vd", "/dev/xvd", "/dev/mmcblk", "/dev/mem", "/dev/kmem", "/dev/port", "/dev/dm-", "/dev/loop", "/dev/md", "/dev/mapper"];
            return if disk.iter().any(|d| abs.starts_with(d)) { Where::Device } else { Where::Outside };
        }
        if under(abs, ws) {
            let rel = abs[ws.len()..].trim_start_matches('/');
            if may_start_with(rel, &PROTECTED_IN_WORKSPACE_FIRST) {
                for (p, why) in PROTECTED_IN_WORKSPACE {
                    if is_or_under(rel, p) {
                        return Where::Protected(why);
                    }
                }
            }
            if rel.ends_with(".pth") || (v.glob && last.starts_with('.')) {
                return Where::Protected(if v.glob { "a glob that matches .git and other dotfiles" } else { "Python runs .pth files at start-up" });
            }
            // A workspace that is home, a system directory or inside `.git` (an agent started
            // in `~`, a hook event whose cwd is `/etc`): what is protected there stays
            // protected, whichever directory the command was started from.
            if let Some(why) = protected_anyway(abs, home) {
                return Where::Protected(why);
            }
            return Where::Workspace;
        }
        if ["/tmp", "/var/tmp", "/dev/shm"].iter().any(|t| under(abs, t)) {
            return if matches!(target, "/tmp" | "/var/tmp" | "/dev/shm") { Where::Broad } else { Where::Tmp };
        }
        if under(abs, home) {
            return home_protected(abs, home).map_or(Where::Outside, Where::OutsideProtected);
        }
        if ["/etc", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/boot", "/var/spool/cron", "/var/lib", "/sys", "/proc", "/root", "/opt", "/srv", "/var/www", "/var/log"].iter().any(|d| under(abs, d)) {
            return Where::OutsideProtected("system files");
        }
        Where::Outside
    }

    /// Whether `v` may be (or, for a glob, may match) a file holding credentials.
    pub(crate) fn secret(&self, v: &Value) -> bool {
        if v.dynamic && v.text.starts_with("/proc/") && v.text.ends_with("/environ") {
            return true;
        }
        if v.dynamic {
            // `${HOME}${PATH:0:1}.ssh${PATH:0:1}id_rsa`: the static pieces still name a key.
            let mut stat = String::new();
            let mut depth = 0;
            let b = v.text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'$' && matches!(b.get(i + 1), Some(b'{') | Some(b'(')) {
                    depth += 1;
                    i += 2;
                    continue;
                }
                if depth > 0 && matches!(b[i], b'}' | b')') {
                    depth -= 1;
                } else if depth == 0 {
                    stat.push(b[i] as char);
                }
                i += 1;
            }
            let s = stat.replace('/', "");
            return [".sshid_", ".sshidentity", ".awscredentials", "etcshadow", ".netrc", ".kubeconfig", ".git-credentials", ".docker/config"].iter().any(|m| s.contains(&m.replace('/', "")));
        }
        // (after a `cd` the text alone does not tell: `cd /root && cat x`)
        if self.dirs.len() == 1 && !could_be_secret(&v.text) {
            return false;
        }
        // Every directory a `cd` may have left the shell in (`cd ~/.ssh; cat *`).
        self.absolutes(v).into_iter().flatten().any(|abs| self.secret_at(v, &abs))
    }

    /// `false` when no piece of the word `v` can be a secret for [`Paths::secret_piece`]: it is
    /// static, no `cd` happened, and its text holds no credential-like mark (the marks of a
    /// piece are marks of the word).
    pub(crate) fn may_be_secret_word(&self, v: &Value) -> bool {
        v.dynamic || self.dirs.len() != 1 || could_be_secret(&v.text)
    }

    /// [`Paths::secret`] of one piece of a word (`FILE:/path`, `name=@/path`), with the word's flags.
    pub(crate) fn secret_piece(&self, text: &str, word: &Value) -> bool {
        if !word.dynamic && self.dirs.len() == 1 && !could_be_secret(text) {
            return false;
        }
        self.secret(&Value { text: text.to_string(), dynamic: word.dynamic, glob: word.glob, quoted: word.quoted })
    }

    fn secret_at(&self, v: &Value, abs: &str) -> bool {
        if v.glob {
            if is_or_under(abs, self.ws()) {
                return false; // workspace files are judged by name below, not by pattern
            }
            let Ok(g) = globset::Glob::new(abs) else { return false };
            let m = g.compile_matcher();
            let home = self.home();
            // Samples in this user's home and in another user's (`cat /home/*/.ssh/id_rsa`).
            let samples = SECRET_SAMPLES_HOME.iter().flat_map(|s| [format!("{home}/{s}"), format!("/home/user/{s}")]);
            return SECRETS_ABS.iter().map(|s| s.trim_end_matches('/').to_string()).chain(samples).any(|c| m.is_match(&c));
        }
        secret_abs(abs, self.home())
    }

    /// Like [`Paths::secret`], for `.env` files and git config too (what must not leave the machine).
    pub(crate) fn sensitive(&self, v: &Value) -> bool {
        let name = basename(&v.text);
        self.secret(v) || name == ".env" || name.starts_with(".env.") && !name.ends_with(".example") || v.text.ends_with(".git/config")
    }
}

fn secret_abs(abs: &str, home: &str) -> bool {
    let name = basename(abs);
    if name.ends_with(".pub") || name == "known_hosts" || name.ends_with(".example") || name.ends_with(".sample") {
        return false;
    }
    if SECRET_NAMES.contains(&name) || SECRET_EXTENSIONS.iter().any(|e| name.ends_with(e)) {
        return true;
    }
    if under(abs, home) {
        let rel = abs[home.len()..].trim_start_matches('/');
        // `~/.ssh` as a whole holds the keys (its config and known_hosts alone do not).
        return rel == ".ssh" || SECRETS_HOME.iter().any(|s| rel.starts_with(s));
    }
    if abs.starts_with("/home/") {
        return SECRETS_HOME.iter().any(|s| abs.match_indices(s).any(|(i, _)| abs[..i].ends_with('/')));
    }
    SECRETS_ABS.iter().any(|s| abs.starts_with(s)) || (abs.starts_with("/proc/") && abs.ends_with("/environ") && abs != "/proc/self/environ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_join_agrees_with_slow() {
        let dirs = ["/", "/home/dev/project", "/home/dev/project/", "/a/./b", "/a//b", "/a/../b", "rel", ""];
        let paths = ["", ".", "..", "x", "x/", "x/y", "./x", "x/./y", "x//y", "../x", "x/..", "/", "/x", "/x/", "//x", "/x/../y", "/x/.", "~", ".hidden", "...", "x..y"];
        for d in dirs {
            for p in paths {
                assert_eq!(join_normalize(d, p), join_slow(d, p), "{d:?} + {p:?}");
            }
        }
    }

    #[test]
    fn classify() {
        let cx = Context::default();
        let p = Paths::new(&cx);
        let g = |s: &str| Value { text: s.into(), glob: s.contains('*'), ..Value::default() };
        let cases = [
            ("src/main.rs", Where::Workspace),
            ("./target", Where::Workspace),
            ("/home/dev/project/x", Where::Workspace),
            ("../other", Where::Outside),
            ("/tmp/x", Where::Tmp),
            ("/tmp", Where::Broad),
            ("/", Where::Broad),
            ("/home/dev", Where::Broad),
            ("*", Where::Broad),
            (".", Where::Broad),
            ("..", Where::Broad),
            ("*.o", Where::Workspace),
            ("/dev/null", Where::Sink),
            ("/dev/sda", Where::Device),
            (".git/hooks/pre-commit", Where::Protected("git hooks run on every commit")),
            ("/home/dev/.bashrc", Where::OutsideProtected("shell startup file (persistence)")),
            ("/etc/passwd", Where::OutsideProtected("system files")),
            ("/dev/fd/2", Where::Sink),
            ("/dev/fd/3/.bashrc", Where::OutsideProtected("a path inside the directory a file descriptor is open on: any directory, home or `/` included")),
            ("/dev/fd/0/", Where::OutsideProtected("a path inside the directory a file descriptor is open on: any directory, home or `/` included")),
            ("/proc/self/fd/3/x", Where::OutsideProtected("a path inside the directory a file descriptor is open on: any directory, home or `/` included")),
        ];
        for (s, w) in cases {
            assert_eq!(p.classify(&g(s)), w, "{s}");
        }
        assert!(p.secret(&Value::lit("/home/dev/.ssh/id_rsa")));
        assert!(!p.secret(&Value::lit("/home/dev/.ssh/id_rsa.pub")));
        assert!(p.secret(&Value::lit("/etc/shadow")));
        assert!(!p.secret(&Value::lit("src/main.rs")));
        let glob = |s: &str| Value { text: s.into(), glob: true, ..Value::default() };
        assert!(p.secret(&glob("/home/*/.ssh/id_rsa")));
        let mut after_cd = Paths::new(&cx);
        after_cd.dirs.push(Some(Cow::Borrowed("/home/dev/.ssh")));
        assert!(after_cd.secret(&glob("*")));
        assert!(!p.secret(&glob("*")));
    }
}
