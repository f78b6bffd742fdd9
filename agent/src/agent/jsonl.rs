//! Durable append-only JSON lines: the storage of the session transcript and the workflow
//! journal. One record per line; each append is written whole and fsynced before it returns, so
//! a record the caller saw acknowledged survives a crash.
//!
//! A crash mid-append leaves at most one torn line at the end: [`load`] truncates it (and only
//! it) and says so. A bad line anywhere else is corruption and an error, never skipped.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LogError {
    #[error("cannot {what} `{path}`: {source}")]
    Io { what: &'static str, path: PathBuf, source: std::io::Error },
    #[error("`{path}`:{line}: not a valid record: {message}")]
    Corrupt { path: PathBuf, line: usize, message: String },
}

/// An open log, appended to.
#[derive(Debug)]
pub struct Log {
    file: File,
    path: PathBuf,
}

/// What [`load`] found and did about a torn end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Where the file now ends.
    pub offset: u64,
    /// Bytes of the torn line that were cut off.
    pub dropped: u64,
}

fn io<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> LogError + 'a {
    move |source| LogError::Io { what, path: path.to_path_buf(), source }
}

impl Log {
    /// Opens for appending, creating the file (and fsyncing its directory) when new.
    pub fn open(path: &Path) -> Result<Log, LogError> {
        let existed = path.exists();
        let file = OpenOptions::new().create(true).append(true).open(path).map_err(io("open", path))?;
        if !existed {
            sync_dir(path)?;
        }
        Ok(Log { file, path: path.to_path_buf() })
    }

    /// Writes one record as one line and fsyncs it.
    pub fn append<T: Serialize>(&mut self, record: &T) -> Result<(), LogError> {
        let mut line = serde_json::to_vec(record).map_err(|e| LogError::Corrupt { path: self.path.clone(), line: 0, message: e.to_string() })?;
        line.push(b'\n');
        self.file.write_all(&line).map_err(io("write", &self.path))?;
        self.file.sync_data().map_err(io("fsync", &self.path))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Fsyncs the directory holding `path`, so a new file's name is durable too.
pub fn sync_dir(path: &Path) -> Result<(), LogError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    File::open(dir).and_then(|d| d.sync_all()).map_err(io("fsync", dir))
}

/// Reads every record. A torn last line (no newline, or a last line that is not a record) is cut
/// off the file and reported; any other bad line is an error.
pub fn load<T: DeserializeOwned>(path: &Path) -> Result<(Vec<T>, Option<Repair>), LogError> {
    let mut bytes = Vec::new();
    File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(io("read", path))?;
    let mut keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut records = Vec::new();
    let lines: Vec<&[u8]> = bytes[..keep].split_inclusive(|&b| b == b'\n').collect();
    let n = lines.len();
    let mut offset = 0usize;
    for (i, line) in lines.into_iter().enumerate() {
        match serde_json::from_slice::<T>(line) {
            Ok(r) => records.push(r),
            Err(_) if i + 1 == n => {
                keep = offset;
                break;
            }
            Err(e) => return Err(LogError::Corrupt { path: path.to_path_buf(), line: i + 1, message: e.to_string() }),
        }
        offset += line.len();
    }
    if keep == bytes.len() {
        return Ok((records, None));
    }
    let f = OpenOptions::new().write(true).open(path).map_err(io("open", path))?;
    f.set_len(keep as u64).map_err(io("truncate", path))?;
    f.sync_all().map_err(io("fsync", path))?;
    Ok((records, Some(Repair { offset: keep as u64, dropped: (bytes.len() - keep) as u64 })))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_tail_is_cut_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.jsonl");
        let mut log = Log::open(&p).unwrap();
        log.append(&serde_json::json!({"n": 1})).unwrap();
        log.append(&serde_json::json!({"n": 2})).unwrap();
        drop(log);
        let good = std::fs::metadata(&p).unwrap().len();
        let mut f = OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(b"{\"n\": 3, \"tr").unwrap();
        let (recs, rep) = load::<serde_json::Value>(&p).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(rep, Some(Repair { offset: good, dropped: 12 }));
        assert_eq!(std::fs::metadata(&p).unwrap().len(), good);
        let (again, rep) = load::<serde_json::Value>(&p).unwrap();
        assert_eq!((again.len(), rep), (2, None));
    }

    #[test]
    fn a_bad_line_in_the_middle_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.jsonl");
        std::fs::write(&p, "{\"n\":1}\nnot json\n{\"n\":2}\n").unwrap();
        assert!(matches!(load::<serde_json::Value>(&p), Err(LogError::Corrupt { line: 2, .. })));
    }
}
