//! Appending to the log: lock, find the last intact record, repair a torn tail, write, fsync,
//! update the anchor, unlock. A hook defers the fsync and the anchor to a child process that
//! outlives it ([`Deferred`]).

use super::canon::{entry_hash, sha256_hex, GENESIS};
use super::record::Record;
use super::{AuditError, Result};
use serde_json::Value;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How long `append` waits for another writer's lock before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(2);
/// The tail is read in windows of this size, doubled until a whole line is found.
const TAIL_WINDOW: u64 = 64 << 10;

/// An open audit log. Cheap to keep; every `append` locks the file for its own duration only,
/// so several processes (hooks, `run`, the agent, `mcp`) can append to the same log.
#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    file: File,
}

/// The chain position the next record continues from.
struct Tail {
    seq: u64,
    hash: String,
    /// End offset (exclusive, after its `\n`) of the last intact record line.
    end: u64,
}

impl AuditLog {
    /// Opens (creating if needed) the log at `path`: its directory is created with mode 0700 and
    /// the file with mode 0600. Nothing is read or written until [`AuditLog::append`].
    pub fn open(path: &Path) -> Result<AuditLog> {
        let io = |e| AuditError::Io { path: path.to_path_buf(), source: e };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(io)?;
        }
        let created = !path.exists();
        let file = OpenOptions::new().read(true).append(true).create(true).mode(0o600).open(path).map_err(io)?;
        if !file.metadata().map_err(io)?.is_file() {
            return Err(AuditError::NotAFile(path.to_path_buf()));
        }
        if created {
            // The new directory entry must survive a crash too.
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
            }
        }
        Ok(AuditLog { path: path.to_path_buf(), file })
    }

    /// The log's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record (see [`AuditLog::append_all`]).
    pub fn append(&mut self, record: Record) -> Result<()> {
        self.append_all(&[record])
    }

    /// Appends records in order, as one write and one fsync, under an exclusive lock (see
    /// [`AuditLog::append_deferred`] for the steps).
    pub fn append_all(&mut self, records: &[Record]) -> Result<()> {
        let _lock = Locked::take(&self.file, &self.path)?;
        let (seq, hash) = self.write_records(records)?;
        self.file.sync_data().map_err(|e| AuditError::Io { path: self.path.clone(), source: e })?;
        write_head(&super::head_path(&self.path), seq, &hash)
    }

    /// Appends records like [`AuditLog::append_all`] but leaves the fsync and the anchor to the
    /// returned [`Deferred`]:
    /// 1. wait (up to 2 s) for the lock;
    /// 2. find the last intact record at the end of the file: its line must parse and its hash
    ///    must check. Unparseable lines after it are the remains of an interrupted write (a torn
    ///    tail): they are kept, terminated by a newline, and described by a `torn_tail` record
    ///    that the new records chain after. A last line that parses but does not check (an edited
    ///    record) is an error: nothing is appended to a chain known to be broken;
    /// 3. write the lines;
    /// 4. (`append_all`, or the `Deferred`) `fdatasync`, then overwrite the anchor
    ///    (`<log>.head`, see `super::head_path`) with the new last seq and hash. The anchor is
    ///    never written before the records it names are on disk.
    pub fn append_deferred(&mut self, records: &[Record]) -> Result<Deferred> {
        let (seq, hash) = {
            let _lock = Locked::take(&self.file, &self.path)?;
            self.write_records(records)?
        };
        let io = |e| AuditError::Io { path: self.path.clone(), source: e };
        Ok(Deferred { file: self.file.try_clone().map_err(io)?, path: self.path.clone(), seq, hash })
    }

    /// Steps 2 and 3 of [`AuditLog::append_deferred`], under the caller's lock: the new last
    /// seq and hash.
    fn write_records(&self, records: &[Record]) -> Result<(u64, String)> {
        let io = |e| AuditError::Io { path: self.path.clone(), source: e };
        let len = self.file.metadata().map_err(io)?.len();
        let tail = find_tail(&self.file, len, &self.path)?;
        let mut buf = Vec::new();
        let (mut seq, mut prev) = (tail.seq, tail.hash.clone());
        let mut pending: Vec<Record> = Vec::with_capacity(records.len() + 1);
        if let Some((s, h)) = unterminated_record(&self.file, &tail, len, &self.path)? {
            // A whole record that only lost its newline: finish the line, chain after it.
            buf.push(b'\n');
            (seq, prev) = (s, h);
        } else if tail.end < len {
            let raw = read_at(&self.file, tail.end, len - tail.end, &self.path)?;
            let garbage = match raw.strip_suffix(b"\n") {
                Some(g) => g,
                None => {
                    buf.push(b'\n');
                    &raw[..]
                }
            };
            let first_line = count_lines(&self.file, tail.end, &self.path)? + 1;
            let lines = garbage.split(|b| *b == b'\n').count() as u64;
            pending.push(Record::TornTail { line: first_line, lines, bytes: garbage.len() as u64, sha256: sha256_hex(garbage) });
        }
        pending.extend(records.iter().cloned());
        let ts = humantime::format_rfc3339_millis(SystemTime::now()).to_string();
        for record in pending {
            seq += 1;
            let line = entry_line(seq, &ts, &prev, &record)?;
            prev = line.1;
            buf.extend_from_slice(line.0.as_bytes());
            buf.push(b'\n');
        }
        (&self.file).write_all(&buf).map_err(io)?;
        Ok((seq, prev))
    }
}

/// Records written but not yet synced, and the anchor that names them (not yet written).
#[derive(Debug)]
pub struct Deferred {
    file: File,
    path: PathBuf,
    seq: u64,
    hash: String,
}

impl Deferred {
    /// `fdatasync`, then the anchor, here and now (see [`flush_command`]).
    fn finish(self) -> Result<()> {
        sync_then_anchor(&self.file, &self.path, self.seq, &self.hash)
    }

    /// Finishes in a child process, so that the caller can exit first: a hook's agent waits for
    /// its exit on every command, and a flush to this machine's disk takes about 4 ms. The
    /// records were written before this is called, so a crash of this process or of the child
    /// loses nothing; only a crash of the kernel in the milliseconds before the child's
    /// `fdatasync` returns could. The child is `hardshell __audit-flush LOG SEQ HASH`
    /// ([`flush_command`]) with no standard streams, so the agent sees end-of-file when this
    /// process exits. When it cannot be started, finishes here.
    pub fn finish_after_exit(self) -> Result<()> {
        let spawned = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .arg(FLUSH_COMMAND)
                .arg(&self.path)
                .arg(self.seq.to_string())
                .arg(&self.hash)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
        });
        match spawned {
            // Not waited for: it outlives this process and is reaped by whoever adopts it.
            Ok(_child) => Ok(()),
            Err(_) => self.finish(),
        }
    }
}

/// The hidden subcommand of [`Deferred::finish_after_exit`]'s child.
pub const FLUSH_COMMAND: &str = "__audit-flush";

/// `hardshell __audit-flush LOG SEQ HASH`: `fdatasync` the log, then anchor record SEQ with
/// HASH (see [`sync_then_anchor`]). The anchor is `LOG`'s own (`super::head_path`), so this
/// cannot write anywhere else.
pub fn flush_command(log: &Path, seq: &str, hash: &str) -> Result<()> {
    let Ok(seq) = seq.parse::<u64>() else {
        return Err(AuditError::Encode(format!("not a record number: {seq:?}")));
    };
    let file = File::open(log).map_err(|e| AuditError::Io { path: log.to_path_buf(), source: e })?;
    sync_then_anchor(&file, log, seq, hash)
}

/// `fdatasync`, then, under the log's lock (`verify` reads the anchor under it), point the anchor
/// at record `seq` with `hash` when that is still the log's last intact record. When a later
/// record exists, its writer anchors it; when the log does not end with this record at all, this
/// is an error and the anchor is left alone. So the anchor only ever names a record that is in
/// the log and on disk, and a stale or forged anchor is replaced by the next append.
fn sync_then_anchor(file: &File, log: &Path, seq: u64, hash: &str) -> Result<()> {
    let io = |e| AuditError::Io { path: log.to_path_buf(), source: e };
    file.sync_data().map_err(io)?;
    let _lock = Locked::take(file, log)?;
    let len = file.metadata().map_err(io)?.len();
    let tail = find_tail(file, len, log)?;
    if tail.seq > seq {
        return Ok(());
    }
    if (tail.seq, tail.hash.as_str()) != (seq, hash) {
        return Err(AuditError::Corrupt { path: log.to_path_buf(), why: format!("record {seq} with that hash is not the log's last record (that is {})", tail.seq) });
    }
    write_head(&super::head_path(log), seq, hash)
}

/// The last line when it lacks only its newline: a whole record (hash checks) that chains
/// onto `tail`. Anything else after `tail` is torn.
fn unterminated_record(file: &File, tail: &Tail, len: u64, path: &Path) -> Result<Option<(u64, String)>> {
    if tail.end >= len {
        return Ok(None);
    }
    let raw = read_at(file, tail.end, len - tail.end, path)?;
    if raw.contains(&b'\n') {
        return Ok(None);
    }
    Ok(match check_line(&raw) {
        Ok(Some((s, h, v))) if s == tail.seq + 1 && v.get("prev").and_then(Value::as_str) == Some(tail.hash.as_str()) => Some((s, h)),
        _ => None,
    })
}

/// The serialized line of a record (canonical JSON with its hash) and that hash.
fn entry_line(seq: u64, ts: &str, prev: &str, record: &Record) -> Result<(String, String)> {
    let mut value = serde_json::to_value(record).map_err(|e| AuditError::Encode(e.to_string()))?;
    let Value::Object(map) = &mut value else {
        return Err(AuditError::Encode("a record is not a JSON object".into()));
    };
    map.insert("seq".into(), Value::from(seq));
    map.insert("ts".into(), Value::from(ts));
    map.insert("prev".into(), Value::from(prev));
    let hash = entry_hash(&value);
    if let Value::Object(map) = &mut value {
        map.insert("hash".into(), Value::from(hash.clone()));
    }
    Ok((super::canon::canonical(&value), hash))
}

/// Checks one line: it parses as an object with `seq` and `hash`, and the hash is right.
/// `Ok(None)` when it does not parse at all (a torn write); an error when it parses but lies.
pub(super) fn check_line(line: &[u8]) -> std::result::Result<Option<(u64, String, Value)>, String> {
    let Ok(Value::Object(mut map)) = serde_json::from_slice::<Value>(line) else {
        return Ok(None);
    };
    let hash = match map.remove("hash") {
        Some(Value::String(h)) => h,
        _ => return Err("has no `hash`".into()),
    };
    let Some(seq) = map.get("seq").and_then(Value::as_u64) else {
        return Err("has no `seq`".into());
    };
    let rest = Value::Object(map);
    if entry_hash(&rest) != hash {
        return Err("does not match its hash (edited)".into());
    }
    Ok(Some((seq, hash, rest)))
}

/// Finds the last intact record by scanning whole lines back from the end, in growing windows.
fn find_tail(file: &File, len: u64, path: &Path) -> Result<Tail> {
    let mut window = TAIL_WINDOW.min(len);
    loop {
        let start = len - window;
        let bytes = read_at(file, start, window, path)?;
        match scan(&bytes, start == 0) {
            Scan::Found(seq, hash, end) => return Ok(Tail { seq, hash, end: start + end as u64 }),
            Scan::Broken(why) => return Err(AuditError::Corrupt { path: path.to_path_buf(), why: format!("the last record {why}: run `hardshell audit verify`") }),
            // Nothing intact at all: everything is torn; the chain starts afresh after it.
            Scan::NeedMore if start == 0 => return Ok(Tail { seq: 0, hash: GENESIS.into(), end: 0 }),
            Scan::NeedMore if window >= SCAN_LIMIT => {
                return Err(AuditError::Corrupt { path: path.to_path_buf(), why: "no intact record in the last 4 MiB: run `hardshell audit verify`".into() });
            }
            Scan::NeedMore => window = (window * 2).min(len),
        }
    }
}

/// How far back `append` looks for an intact record.
const SCAN_LIMIT: u64 = 4 << 20;

enum Scan {
    /// seq, hash, and the offset just past the record's newline.
    Found(u64, String, usize),
    Broken(String),
    NeedMore,
}

/// The last complete line of `bytes` that is an intact record, skipping unparseable lines.
fn scan(bytes: &[u8], at_file_start: bool) -> Scan {
    let newlines: Vec<usize> = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i).collect();
    for k in (0..newlines.len()).rev() {
        let line_start = match k {
            0 if at_file_start => 0,
            0 => return Scan::NeedMore,
            _ => newlines[k - 1] + 1,
        };
        match check_line(&bytes[line_start..newlines[k]]) {
            Ok(Some((seq, hash, _))) => return Scan::Found(seq, hash, newlines[k] + 1),
            Ok(None) => continue,
            Err(why) => return Scan::Broken(why),
        }
    }
    Scan::NeedMore
}

fn read_at(file: &File, offset: u64, len: u64, path: &Path) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; len as usize];
    file.read_exact_at(&mut buf, offset).map_err(|e| AuditError::Io { path: path.to_path_buf(), source: e })?;
    Ok(buf)
}

/// Newlines in `[0, end)`: the number of lines before offset `end` (a line start).
fn count_lines(file: &File, end: u64, path: &Path) -> Result<u64> {
    let mut f = file.try_clone().map_err(|e| AuditError::Io { path: path.to_path_buf(), source: e })?;
    f.seek(SeekFrom::Start(0)).map_err(|e| AuditError::Io { path: path.to_path_buf(), source: e })?;
    let mut n = 0u64;
    let mut buf = vec![0u8; 64 << 10];
    let mut left = end;
    while left > 0 {
        let want = (buf.len() as u64).min(left) as usize;
        let got = f.read(&mut buf[..want]).map_err(|e| AuditError::Io { path: path.to_path_buf(), source: e })?;
        if got == 0 {
            break;
        }
        n += buf[..got].iter().filter(|b| **b == b'\n').count() as u64;
        left -= got as u64;
    }
    Ok(n)
}

/// Overwrites the anchor in place. Not fsynced: after a crash it may lag behind the log, which
/// `verify` accepts as long as the record it names is still intact (see the module docs).
fn write_head(path: &Path, seq: u64, hash: &str) -> Result<()> {
    let text = format!("{{\"seq\":{seq},\"hash\":\"{hash}\"}}\n");
    let io = |e| AuditError::Io { path: path.to_path_buf(), source: e };
    let f = OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(path).map_err(io)?;
    f.write_all_at(text.as_bytes(), 0).map_err(io)?;
    f.set_len(text.len() as u64).map_err(io)
}

/// An exclusive `flock` on the log, released on drop.
struct Locked<'a>(&'a File);

impl<'a> Locked<'a> {
    fn take(file: &'a File, path: &Path) -> Result<Locked<'a>> {
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Locked(file)),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => std::thread::sleep(Duration::from_millis(1)),
                Err(std::fs::TryLockError::WouldBlock) => return Err(AuditError::Busy(path.to_path_buf())),
                Err(std::fs::TryLockError::Error(e)) => return Err(AuditError::Io { path: path.to_path_buf(), source: e }),
            }
        }
    }
}

impl Drop for Locked<'_> {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}
