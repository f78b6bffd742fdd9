//! `hardshell policy lint|test|show` and policy layering end to end: every lint diagnostic
//! snapshotted (insta), the tighten-only guarantee for project files, trusted projects, malformed
//! user and project files, built-in rulesets by name, and `check --explain` naming rules and
//! their layers.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cli/fixtures/lint")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs hardshell in `dir` with `HOME` set to `home` (and no XDG config dir).
fn hardshell(dir: &Path, home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hardshell")).args(args).current_dir(dir).env("HOME", home).env_remove("XDG_CONFIG_HOME").output().expect("spawn hardshell")
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const NO_HOME: &str = "/nonexistent-home";

/// Every diagnostic code `policy lint` can give; each must appear in some snapshot below.
const CODES: &[&str] = &[
    "syntax", "unknown-key", "missing-key", "schema", "bad-value", "bad-glob", "bad-id", "empty-why", "bad-regex", "no-matcher", "needs-program", "bad-flag", "unknown-effect",
    "no-examples", "duplicate-id", "empty-test", "example-fails", "shadowed", "unknown-flag", "never-matches", "unused-literals", "uncovered-literals", "unknown-rule", "ignored",
    "too-many-examples",
];

#[test]
fn every_lint_diagnostic_is_snapshotted() {
    let cases: &[(&str, &[&str], i32)] = &[
        ("syntax", &["syntax.toml"], 78),
        ("schema", &["schema.toml"], 78),
        ("values", &["values.toml"], 78),
        ("structure", &["structure.toml"], 78),
        ("examples", &["examples.toml"], 78),
        ("warnings", &["warnings.toml"], 78),
        ("project", &["--layer", "project", "project.toml"], 0),
        ("clean", &["clean.toml"], 0),
    ];
    let mut all = String::new();
    for (name, args, code) in cases {
        let mut full = vec!["policy", "lint"];
        full.extend_from_slice(args);
        let o = hardshell(&fixtures(), Path::new(NO_HOME), &full);
        assert_eq!(o.status.code(), Some(*code), "{name}: {}{}", text(&o), err(&o));
        insta::assert_snapshot!(format!("lint_{name}"), text(&o));
        all.push_str(&text(&o));
    }
    all.push_str(&lint_limits());
    for code in CODES {
        assert!(all.contains(&format!("[{code}]")), "no snapshot shows `{code}`");
    }
}

/// The size limits, on files made here (a 1 MiB fixture is not worth committing): a fixed
/// directory and relative names keep the snapshot stable.
fn lint_limits() -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("policy-lint-limits");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let big = format!("# {}\n", "x".repeat(1 << 20));
    std::fs::write(dir.join("big.toml"), big).expect("write");
    let examples: Vec<String> = (0..2001).map(|i| format!("'rm -rf d{i}'")).collect();
    let many = format!("[[rule]]\nid = 'many'\nwhy = 'w'\naction = 'deny'\nprogram = 'rm'\nexamples.match = [{}]\n", examples.join(", "));
    std::fs::write(dir.join("many.toml"), many).expect("write");
    // Too big is refused while reading, before any diagnostic: an error naming the file.
    let o = hardshell(&dir, Path::new(NO_HOME), &["policy", "lint", "big.toml"]);
    assert_eq!(o.status.code(), Some(78), "big: {}{}", text(&o), err(&o));
    assert!(err(&o).contains("policy `big.toml` is over 1048576 bytes"), "{}", err(&o));
    let o = hardshell(&dir, Path::new(NO_HOME), &["policy", "lint", "many.toml"]);
    assert_eq!(o.status.code(), Some(78), "limits: {}{}", text(&o), err(&o));
    // The example list is one long line: keep the snapshot to the lines that matter.
    let shown: String = text(&o).lines().map(|l| if l.len() > 160 { format!("{}...", &l[..l.char_indices().nth(150).map_or(l.len(), |(i, _)| i)]) } else { l.to_string() }).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("lint_limits", shown);
    shown
}

#[test]
fn lint_json_is_one_object_per_diagnostic_and_warnings_can_fail() {
    let o = hardshell(&fixtures(), Path::new(NO_HOME), &["policy", "lint", "--format", "json", "values.toml"]);
    assert_eq!(o.status.code(), Some(78));
    let lines: Vec<serde_json::Value> = text(&o).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines.len(), 10);
    assert_eq!((lines[0]["file"].as_str(), lines[0]["line"].as_u64(), lines[0]["column"].as_u64(), lines[0]["code"].as_str()), (Some("values.toml"), Some(2), Some(8), Some("bad-value")));
    let o = hardshell(&fixtures(), Path::new(NO_HOME), &["policy", "lint", "shadowed.toml"]);
    assert_eq!(o.status.code(), Some(0), "warnings alone do not fail: {}", text(&o));
    assert!(text(&o).ends_with("1 file checked: 0 errors, 1 warning\n"), "{}", text(&o));
    let o = hardshell(&fixtures(), Path::new(NO_HOME), &["policy", "lint", "--deny-warnings", "shadowed.toml"]);
    assert_eq!(o.status.code(), Some(78), "{}", text(&o));
}

#[test]
fn policy_test_reports_each_case_and_fails_on_a_failing_one() {
    let o = hardshell(&fixtures(), Path::new(NO_HOME), &["policy", "test", "clean.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o), err(&o));
    assert!(text(&o).contains("PASS clean.toml:22:1 test: `git push --force origin main`"), "{}", text(&o));
    assert!(text(&o).ends_with("policy test: 9 passed, 0 failed\n"), "{}", text(&o));
    // In the `strict` ruleset, the allow rule that lets `ls -la` pass is irrelevant, but the
    // network allowlist test still holds; under `ci` nothing changes for these three either.
    let o = hardshell(&fixtures(), Path::new(NO_HOME), &["policy", "test", "--format", "json", "warnings.toml"]);
    assert_eq!(o.status.code(), Some(78));
    let cases: Vec<serde_json::Value> = text(&o).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    let failed: Vec<String> = cases.iter().filter(|c| c["passed"] == false).map(|c| format!("{}:{} {}", c["line"], c["kind"], c["problem"])).collect();
    assert_eq!(failed, ["35:\"example_match\" \"should match but does not\"", "42:\"example_match\" \"should match but does not\"", "53:\"test\" \"expected rule `docker.remove` to fire (fired: docker.rm)\""]);
    // Invalid files are not tested: they are reported.
    let o = hardshell(&fixtures(), Path::new(NO_HOME), &["policy", "test", "schema.toml"]);
    assert_eq!(o.status.code(), Some(78));
    assert!(err(&o).contains("schema.toml:7:1"), "{}", err(&o));
}

#[test]
fn builtin_rulesets_lint_clean_and_their_tests_pass() {
    let o = hardshell(&repo(), Path::new(NO_HOME), &["policy", "lint", "--alone", "--deny-warnings", "policies/default.toml", "policies/strict.toml", "policies/ci.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    for extra in ["policies/strict.toml", "policies/ci.toml"] {
        let o = hardshell(&repo(), Path::new(NO_HOME), &["policy", "test", "--alone", "policies/default.toml", extra]);
        assert_eq!(o.status.code(), Some(0), "{extra}: {}", text(&o));
        assert!(text(&o).contains(&format!("PASS {extra}:")), "{extra} has [[test]] tables: {}", text(&o));
    }
}

/// A home with an optional user policy, and a repository with `.hardshell/policy.toml` copied
/// from the `project.toml` fixture (which allows `rm` and widens writable roots).
struct World {
    _dir: tempfile::TempDir,
    home: PathBuf,
    repo: PathBuf,
}

fn world(user_policy: Option<&str>) -> World {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    let repo = home.join("src/app");
    std::fs::create_dir_all(repo.join(".git")).expect("mkdir");
    std::fs::create_dir_all(repo.join(".hardshell")).expect("mkdir");
    std::fs::create_dir_all(repo.join("sub/dir")).expect("mkdir");
    std::fs::copy(fixtures().join("project.toml"), repo.join(".hardshell/policy.toml")).expect("copy");
    if let Some(p) = user_policy {
        std::fs::create_dir_all(home.join(".config/hardshell/policy.d")).expect("mkdir");
        std::fs::write(home.join(".config/hardshell/policy.toml"), p.replace("{repo}", &repo.display().to_string())).expect("write");
    }
    World { _dir: dir, home, repo }
}

fn check_json(w: &World, cwd: &Path, cmd: &str) -> (Option<i32>, serde_json::Value, String) {
    let o = hardshell(cwd, &w.home, &["check", "--format", "json", "--", cmd]);
    let v = serde_json::from_slice(&o.stdout).unwrap_or(serde_json::Value::Null);
    (o.status.code(), v, err(&o))
}

#[test]
fn a_project_file_cannot_loosen_and_says_so() {
    let w = world(None);
    // Found from a subdirectory too (up to the repository root).
    let cwd = w.repo.join("sub/dir");
    let (code, v, stderr) = check_json(&w, &cwd, "rm -rf ~");
    assert_eq!(code, Some(20), "{v}");
    assert!(!v["rules"].as_array().is_some_and(|r| r.iter().any(|r| r["id"] == "yolo")), "{v}");
    assert!(stderr.contains(".hardshell/policy.toml:9:6: note[ignored]: ignored allow rule `yolo`"), "{stderr}");
    assert!(stderr.contains(".hardshell/policy.toml:5:19: note[ignored]: ignored writable root `/`"), "{stderr}");
    let (_, v, _) = check_json(&w, &cwd, "ls");
    assert_eq!(v["profile"]["write_roots"].as_array().map(Vec::len), Some(2), "{v}");
    // Its deny rule applies, and `check --explain` names the rule and its layer.
    let o = hardshell(&cwd, &w.home, &["check", "--explain", "--", "git push origin main"]);
    assert_eq!(o.status.code(), Some(20));
    assert!(text(&o).contains("rules: no.push (deny, project)"), "{}", text(&o));
    assert!(text(&o).contains("rule `no.push` (deny, project layer) matches `git push origin main`"), "{}", text(&o));
}

#[test]
fn a_trusted_project_may_loosen() {
    let w = world(Some("[settings]\ntrusted_projects = [\"{repo}\"]\n"));
    let (code, v, stderr) = check_json(&w, &w.repo, "ls");
    assert_eq!(code, Some(0));
    assert!(!stderr.contains("ignored allow rule") && !stderr.contains("ignored writable root"), "{stderr}");
    // A project never trusts itself (or others): that one entry is still ignored.
    assert!(stderr.contains("ignored trusted project `~/src/this-repo`"), "{stderr}");
    let roots: Vec<&str> = v["profile"]["write_roots"].as_array().map(|a| a.iter().filter_map(|r| r.as_str()).collect()).unwrap_or_default();
    assert!(roots.contains(&"/"), "{roots:?}");
    // An allow rule still never overrides a HIGH finding.
    assert_eq!(check_json(&w, &w.repo, "rm -rf ~").0, Some(20));
}

#[test]
fn malformed_user_or_project_files_are_errors_naming_file_and_line() {
    let w = world(Some("[settings]\nmode = \"strict\"\n\n[[rule]]\nid = \"x\"\nwhy = \"w\"\naction = \"deny\"\nprogram = \"rm\"\nexampels.match = [\"rm x\"]\n"));
    let o = hardshell(&w.repo, &w.home, &["check", "--", "ls"]);
    assert_eq!(o.status.code(), Some(78), "{}", err(&o));
    assert!(err(&o).contains(".config/hardshell/policy.toml:9:1"), "{}", err(&o));
    assert!(err(&o).contains("unknown field `exampels`"), "{}", err(&o));
    assert!(text(&o).is_empty(), "no verdict from a fallback policy: {}", text(&o));
    let w = world(None);
    std::fs::write(w.repo.join(".hardshell/policy.toml"), "[[rule]\n").expect("write");
    let o = hardshell(&w.repo, &w.home, &["check", "--", "ls"]);
    assert_eq!(o.status.code(), Some(78), "{}", err(&o));
    assert!(err(&o).contains(".hardshell/policy.toml:1:"), "{}", err(&o));
    let w = world(Some("[settings]\nruleset = \"lenient\"\n"));
    let o = hardshell(&w.repo, &w.home, &["check", "--", "ls"]);
    assert_eq!(o.status.code(), Some(78));
    assert!(err(&o).contains("policy.toml:2:11: unknown ruleset `lenient`"), "{}", err(&o));
}

#[test]
fn rulesets_are_selected_by_name() {
    let w = world(None);
    let o = hardshell(&w.home, &w.home, &["check", "--ruleset", "ci", "--", "vim notes.txt"]);
    assert_eq!(o.status.code(), Some(20), "{}", text(&o));
    assert!(text(&o).contains("ci.interactive (deny, builtin)"), "{}", text(&o));
    // An interactive program that is LOW by design (editors are MEDIUM: they write what they
    // open): allowed by `default`, denied by `ci`.
    assert_eq!(hardshell(&w.home, &w.home, &["check", "--", "htop"]).status.code(), Some(0));
    assert_eq!(hardshell(&w.home, &w.home, &["check", "--ruleset", "ci", "--", "htop"]).status.code(), Some(20));
    assert_eq!(hardshell(&w.home, &w.home, &["check", "--ruleset", "strict", "--", "cargo test"]).status.code(), Some(10));
    assert_eq!(hardshell(&w.home, &w.home, &["check", "--ruleset", "yolo", "--", "ls"]).status.code(), Some(64));
    let w = world(Some("[settings]\nruleset = \"ci\"\n"));
    assert_eq!(hardshell(&w.home, &w.home, &["check", "--", "curl https://example.com/x.json"]).status.code(), Some(20));
}

#[test]
fn show_lists_layers_settings_and_where_each_rule_came_from() {
    let w = world(Some("[settings]\nwritable_roots = [\"~/.cache/cargo\"]\n\n[[rule]]\nid = \"user.no.docker\"\nwhy = \"no containers on this laptop\"\naction = \"deny\"\nprogram = \"docker\"\nexamples.match = [\"docker run x\"]\n"));
    let o = hardshell(&w.repo, &w.home, &["policy", "show", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let layers: Vec<&str> = v["layers"].as_array().map(|a| a.iter().filter_map(|l| l["layer"].as_str()).collect()).unwrap_or_default();
    assert_eq!(layers, ["builtin", "user", "project"]);
    let rule = |id: &str| v["rules"].as_array().and_then(|a| a.iter().find(|r| r["id"] == id).cloned()).unwrap_or_default();
    assert_eq!(rule("user.no.docker")["layer"], "user");
    assert_eq!(rule("user.no.docker")["line"], 4);
    assert_eq!(rule("no.push")["layer"], "project");
    assert_eq!(rule("git.push.force")["file"], "<builtin>/default.toml");
    assert!(rule("yolo").is_null(), "the untrusted project's allow rule is not in force");
    assert_eq!(v["settings"]["writable_roots"][0]["value"], "~/.cache/cargo");
    assert!(v["notes"].as_array().is_some_and(|n| n.len() == 4), "{}", v["notes"]);
    let o = hardshell(&w.repo, &w.home, &["policy", "show"]);
    let t = text(&o);
    assert!(t.contains("(untrusted: may only tighten)") && t.contains("deny  user.no.docker") && t.contains("notes:"), "{t}");
}

/// Issue 4 finding 4: a layer's `mode` never undoes the mode of the ruleset chosen with
/// `--ruleset`; `--mode` still wins, and `policy show` says so.
#[test]
fn issue4_ruleset_chosen_on_the_command_line_keeps_its_mode() {
    let w = world(Some("[settings]\nmode = \"default\"\n"));
    let code = |args: &[&str]| hardshell(&w.home, &w.home, args).status.code();
    let o = hardshell(&w.home, &w.home, &["check", "--ruleset", "ci", "--", "curl https://example.com/data.json"]);
    assert_eq!(o.status.code(), Some(20), "{}{}", text(&o), err(&o));
    assert!(err(&o).contains("policy.toml:2:8: note[ignored]: ignored `mode = \"default\"`: the ruleset chosen on the command line sets mode `afk`"), "{}", err(&o));
    assert_eq!(code(&["check", "--ruleset", "strict", "--", "cargo test"]), Some(10));
    assert_eq!(code(&["check", "--ruleset", "ci", "--mode", "default", "--", "curl https://example.com/data.json"]), Some(10), "--mode wins");
    let o = hardshell(&w.home, &w.home, &["policy", "show", "--ruleset", "ci", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!((v["mode"].as_str(), v["settings"]["mode"]["layer"].as_str()), (Some("afk"), Some("builtin")), "{v}");
    // Without --ruleset, the user's own mode applies as before.
    assert_eq!(code(&["check", "--", "curl https://example.com/data.json"]), Some(10));
}

/// Issue 4 finding 3: text from a policy file never reaches the terminal raw (no escape
/// sequences, no carriage returns), in notes, errors, `policy show`, `policy test` and verdicts.
#[test]
fn issue4_policy_text_is_escaped_in_human_output() {
    let esc = |o: &Output| format!("{}{}", text(o), err(o));
    let raw = |s: &str| s.contains('\u{1b}') || s.contains('\r') || s.contains('\u{7}');
    // A project file (untrusted): its notes echo its values.
    let w = world(Some("[settings]\nwritable_roots = [\"/\\u001b]0;owned\\u0007\"]\n"));
    let o = hardshell(&w.home, &w.home, &["check", "--", "ls"]);
    assert_eq!(o.status.code(), Some(0), "{}", esc(&o));
    let o = hardshell(&w.home, &w.home, &["policy", "show"]);
    assert!(!raw(&esc(&o)) && text(&o).contains(r"/\u{1b}]0;owned\u{7}"), "{:?}", esc(&o));
    std::fs::write(w.repo.join(".hardshell/policy.toml"), "[settings]\nruleset = \"x\\r\\u001b[2Kall clear\"\nwritable_roots = [\"/\\u001b]0;owned\\u0007\"]\n\n[[rule]]\nid = \"r\"\nwhy = \"evil\\u001b[31m why\"\naction = \"deny\"\nprogram = \"git\"\nexamples.match = [\"git x\"]\n").expect("write");
    let o = hardshell(&w.repo, &w.home, &["check", "--", "git status"]);
    assert_eq!(o.status.code(), Some(20), "{}", esc(&o));
    assert!(!raw(&esc(&o)), "{:?}", esc(&o));
    assert!(err(&o).contains(r"x\u{d}\u{1b}[2Kall clear"), "{}", err(&o));
    assert!(text(&o).contains(r"evil\u{1b}[31m why"), "{}", text(&o));
    // A lint error echoes the source line.
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("p.toml");
    std::fs::write(&f, "[[rule]]\nid = \"x\"\nwhy = \"w\"\naction = \"deny\"\nprogram = \"rm\"\nregex = '(\u{1b}[2K'\nexamples.match = [\"rm \u{1b}]0;t\u{7}\"]\n").expect("write");
    let o = hardshell(dir.path(), Path::new(NO_HOME), &["policy", "lint", "p.toml"]);
    assert_eq!(o.status.code(), Some(78));
    assert!(!raw(&esc(&o)) && text(&o).contains(r"6 | regex = '(\u{1b}[2K'"), "{}", text(&o));
    let o = hardshell(&w.repo, &w.home, &["check", "--policy", &f.display().to_string(), "--", "ls"]);
    assert!(!raw(&esc(&o)), "{:?}", esc(&o));
}

/// Issue 4 findings 8 and 12: a policy file that is too big or not UTF-8 is a configuration
/// error naming the file (exit 78), before anything is parsed.
#[test]
fn issue4_oversized_or_non_utf8_policy_files_are_config_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain("[settings]\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    std::fs::write(dir.path().join("utf16.toml"), utf16).expect("write");
    std::fs::write(dir.path().join("big.toml"), format!("# {}\n", "x".repeat(2 << 20))).expect("write");
    for (file, want) in [("utf16.toml", "policy `utf16.toml` is not UTF-8: invalid byte at offset 0 (it looks like UTF-16"), ("big.toml", "policy `big.toml` is over 1048576 bytes")] {
        let o = hardshell(dir.path(), Path::new(NO_HOME), &["policy", "lint", file]);
        assert_eq!(o.status.code(), Some(78), "{file}: {}", err(&o));
        assert!(err(&o).contains(want), "{file}: {}", err(&o));
        let o = hardshell(dir.path(), Path::new(NO_HOME), &["check", "--policy", file, "--", "ls"]);
        assert_eq!(o.status.code(), Some(78), "{file}: {}", err(&o));
    }
}

/// Issue 4 finding 7: a user or project policy that is a directory or a dangling link is an
/// error naming it (exit 78), never silently skipped; a `.TOML` file in policy.d gets a note.
#[test]
fn issue4_unreadable_policy_layers_are_errors_not_skipped() {
    let w = world(None);
    let conf = w.home.join(".config/hardshell");
    std::fs::create_dir_all(conf.join("policy.d")).expect("mkdir");
    let check = || hardshell(&w.home, &w.home, &["check", "--", "ls"]);
    std::os::unix::fs::symlink(conf.join("missing.toml"), conf.join("policy.toml")).expect("symlink");
    let o = check();
    assert_eq!(o.status.code(), Some(78), "{}", err(&o));
    assert!(err(&o).contains("hardshell/policy.toml` is a dangling symbolic link"), "{}", err(&o));
    std::fs::remove_file(conf.join("policy.toml")).expect("rm");
    std::fs::create_dir(conf.join("policy.toml")).expect("mkdir");
    let o = check();
    assert!(o.status.code() == Some(78) && err(&o).contains("hardshell/policy.toml` is a directory"), "{}", err(&o));
    std::fs::remove_dir(conf.join("policy.toml")).expect("rmdir");
    std::fs::create_dir(conf.join("policy.d/x.toml")).expect("mkdir");
    let o = check();
    assert!(o.status.code() == Some(78) && err(&o).contains("policy.d/x.toml` is a directory"), "{}", err(&o));
    std::fs::remove_dir(conf.join("policy.d/x.toml")).expect("rmdir");
    std::os::unix::fs::symlink("/nonexistent", conf.join("policy.d/y.toml")).expect("symlink");
    assert_eq!(check().status.code(), Some(78));
    std::fs::remove_file(conf.join("policy.d/y.toml")).expect("rm");
    std::fs::write(conf.join("policy.d/z.TOML"), "[settings]\n").expect("write");
    let o = check();
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("note: ignored `") && err(&o).contains("z.TOML`"), "{}", err(&o));
    // The project file too.
    std::fs::remove_file(w.repo.join(".hardshell/policy.toml")).expect("rm");
    std::os::unix::fs::symlink("/nonexistent", w.repo.join(".hardshell/policy.toml")).expect("symlink");
    let o = hardshell(&w.repo, &w.home, &["check", "--", "ls"]);
    assert!(o.status.code() == Some(78) && err(&o).contains(".hardshell/policy.toml` is a dangling symbolic link"), "{}", err(&o));
}

/// Every rule example in policies/README.md is a real, passing policy.
#[test]
fn the_schema_documentation_examples_hold() {
    let doc = std::fs::read_to_string(repo().join("policies/README.md")).expect("policies/README.md");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut n = 0;
    for (i, block) in doc.split("```toml\n").skip(1).filter_map(|b| b.split("```").next()).enumerate() {
        if !block.contains("[[rule]]") {
            continue;
        }
        n += 1;
        let file = dir.path().join(format!("block{i}.toml"));
        std::fs::write(&file, block).expect("write");
        let o = hardshell(dir.path(), Path::new(NO_HOME), &["policy", "test", &file.display().to_string()]);
        assert_eq!(o.status.code(), Some(0), "README block {i}:\n{block}\n{}{}", text(&o), err(&o));
        let o = hardshell(dir.path(), Path::new(NO_HOME), &["policy", "lint", &file.display().to_string()]);
        assert_eq!(o.status.code(), Some(0), "README block {i}:\n{}", text(&o));
    }
    assert!(n >= 8, "{n} rule examples");
}
