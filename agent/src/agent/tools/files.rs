//! read_file, write_file, edit_file. They run in the agent process on paths already resolved
//! and approved (see `paths` and the permission check); writes go to a temporary file in the
//! same directory, fsynced and renamed over the target, so a crash never leaves half a file.

use super::Output;
use std::io::Write as _;
use std::path::Path;

/// Files larger than this are not read whole.
const MAX_READ: u64 = 16 << 20;

pub fn read(path: &Path, offset: usize, limit: usize) -> Output {
    let text = match read_text(path) {
        Ok(t) => t,
        Err(e) => return Output::error(e),
    };
    let mut out = String::new();
    let mut shown = 0usize;
    for (i, line) in text.lines().enumerate().skip(offset - 1).take(limit) {
        out.push_str(&format!("{:>6}\t{line}\n", i + 1));
        shown += 1;
    }
    let total = text.lines().count();
    if shown == 0 && total > 0 {
        return Output::error(format!("the file has {total} lines; offset {offset} is past the end"));
    }
    if offset - 1 + shown < total {
        out.push_str(&format!("[lines {offset}-{} of {total}; use offset to read more]\n", offset - 1 + shown));
    }
    Output::ok(out)
}

/// A file's text: an error for directories, binary or huge files.
pub fn read_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    if meta.is_dir() {
        return Err(format!("`{}` is a directory", path.display()));
    }
    if meta.len() > MAX_READ {
        return Err(format!("`{}` is {} bytes, over the {MAX_READ} bytes read_file reads", path.display(), meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    if bytes.contains(&0) {
        return Err(format!("`{}` is a binary file", path.display()));
    }
    String::from_utf8(bytes).map_err(|_| format!("`{}` is not UTF-8 text", path.display()))
}

pub fn write(path: &Path, content: &str) -> Output {
    match atomic_write(path, content) {
        Ok(()) => Output::ok(format!("wrote {} bytes to {}", content.len(), path.display())),
        Err(e) => Output::error(format!("cannot write `{}`: {e}", path.display())),
    }
}

pub fn edit(path: &Path, old: &str, new: &str, all: bool) -> Output {
    let text = match read_text(path) {
        Ok(t) => t,
        Err(e) => return Output::error(e),
    };
    if old.is_empty() {
        return Output::error("old_string is empty");
    }
    let n = text.matches(old).count();
    if n == 0 {
        return Output::error(format!("old_string not found in `{}`", path.display()));
    }
    if n > 1 && !all {
        return Output::error(format!("old_string occurs {n} times in `{}`: give more context or set replace_all", path.display()));
    }
    let updated = if all { text.replace(old, new) } else { text.replacen(old, new, 1) };
    match atomic_write(path, &updated) {
        Ok(()) => Output::ok(format!("replaced {} occurrence{} in {}", if all { n } else { 1 }, if all && n > 1 { "s" } else { "" }, path.display())),
        Err(e) => Output::error(format!("cannot write `{}`: {e}", path.display())),
    }
}

fn atomic_write(path: &Path, content: &str) -> std::io::Result<()> {
    let dir = path.parent().ok_or_else(|| std::io::Error::other("no parent directory"))?;
    std::fs::create_dir_all(dir)?;
    let mode = std::fs::metadata(path).ok().map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.hardshell-{:08x}.tmp", fastrand::u32(..)));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(content.as_bytes())?;
        if let Some(m) = mode {
            f.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(m & 0o777))?;
        }
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn write_read_edit() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("sub/a.txt");
        assert!(!write(&p, "one\ntwo\ntwo\n").is_error);
        assert_eq!(read(&p, 2, 1).content, "     2\ttwo\n[lines 2-2 of 3; use offset to read more]\n");
        assert!(edit(&p, "two", "2", false).is_error);
        assert!(!edit(&p, "two", "2", true).is_error);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "one\n2\n2\n");
        assert!(edit(&p, "zzz", "y", false).is_error);
        assert_eq!(std::fs::read_dir(d.path().join("sub")).unwrap().count(), 1, "no temporary file left");
    }
}
