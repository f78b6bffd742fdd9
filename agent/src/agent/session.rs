//! Crash-safe sessions: a directory per session under the state directory
//! (`$XDG_STATE_HOME/hardshell/sessions/ID/`) holding the append-only transcript
//! (`transcript.jsonl`, one [`Record`] per line, fsynced), the workflow journal
//! (`journal.jsonl`), offloaded tool results (`results/`) and a lock file (`flock`ed by the
//! live process, which writes its pid there for the message).
//!
//! Resuming replays the transcript into the conversation and the token counters, repairs a torn
//! last line (and records that it did), and writes a `crashed` session_end for a run that never
//! wrote one.

use super::events::EndReason;
use super::journal::Journal;
use super::jsonl::{self, Log, LogError};
use super::message::{Message, Usage};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Cumulative counters of a session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Model calls made.
    pub turns: u32,
    pub usage: Usage,
}

/// One transcript line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    SessionStart { id: String, time: u64, provider: String, model: String, cwd: String },
    Message { message: Message },
    Usage { usage: Usage, totals: Totals },
    /// The first `removed` messages were replaced by `summary` (a user message).
    Compaction { removed: usize, summary: String },
    /// A torn last line was cut off on load.
    Repaired { file: String, offset: u64, dropped: u64, time: u64 },
    Resumed { time: u64 },
    SessionEnd { reason: EndReason, time: u64 },
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    #[error("invalid session id `{0}`: letters, digits, `-` and `_` only")]
    BadId(String),
    #[error("no session `{0}`")]
    NotFound(String),
    #[error("session `{id}` is in use by process {pid}")]
    Locked { id: String, pid: u32 },
    #[error("session `{0}` has no session_start record")]
    NoStart(String),
    #[error(transparent)]
    Log(#[from] LogError),
    #[error("cannot create `{path}`: {source}")]
    Create { path: PathBuf, source: std::io::Error },
}

/// An open session.
#[derive(Debug)]
pub struct Session {
    pub id: String,
    pub dir: PathBuf,
    transcript: Log,
    pub journal: Journal,
    /// Held (flock) while the session is open; the kernel releases it when the process dies.
    _lock: std::fs::File,
}

/// What a resumed session had.
#[derive(Debug, Default)]
pub struct Restored {
    pub messages: Vec<Message>,
    pub totals: Totals,
    pub provider: String,
    pub model: String,
    /// Torn lines that were cut (transcript, journal).
    pub repaired: usize,
    /// The previous run never wrote a session_end.
    pub crashed: bool,
}

pub fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn new_id() -> String {
    format!("{}-{:08x}", super::now(), fastrand::u32(..))
}

impl Session {
    /// Starts a new session.
    pub fn create(sessions: &Path, provider: &str, model: &str, cwd: &str) -> Result<Session, SessionError> {
        let id = new_id();
        let dir = sessions.join(&id);
        std::fs::create_dir_all(&dir).map_err(|source| SessionError::Create { path: dir.clone(), source })?;
        let mut s = Session::open_dir(id.clone(), dir)?.0;
        s.append(&Record::SessionStart { id, time: super::now(), provider: provider.into(), model: model.into(), cwd: cwd.into() })?;
        Ok(s)
    }

    /// Opens an existing session and replays it.
    pub fn resume(sessions: &Path, id: &str) -> Result<(Session, Restored), SessionError> {
        if !valid_id(id) {
            return Err(SessionError::BadId(id.to_string()));
        }
        let dir = sessions.join(id);
        let path = dir.join("transcript.jsonl");
        if !path.is_file() {
            return Err(SessionError::NotFound(id.to_string()));
        }
        // Locked first: nothing (not even the repair of a torn tail) touches a live session.
        let (mut s, jrepair) = Session::open_dir(id.to_string(), dir)?;
        let (records, repair) = jsonl::load::<Record>(&path)?;
        let mut restored = replay(&records).ok_or_else(|| SessionError::NoStart(id.to_string()))?;
        for (file, r) in [("transcript.jsonl", repair), ("journal.jsonl", jrepair)] {
            if let Some(r) = r {
                restored.repaired += 1;
                s.append(&Record::Repaired { file: file.into(), offset: r.offset, dropped: r.dropped, time: super::now() })?;
            }
        }
        if restored.crashed {
            s.append(&Record::SessionEnd { reason: EndReason::Crashed, time: super::now() })?;
        }
        s.append(&Record::Resumed { time: super::now() })?;
        Ok((s, restored))
    }

    fn open_dir(id: String, dir: PathBuf) -> Result<(Session, Option<jsonl::Repair>), SessionError> {
        let lock = lock(&id, &dir)?;
        let transcript = Log::open(&dir.join("transcript.jsonl"))?;
        let (journal, repair) = Journal::open(&dir.join("journal.jsonl"))?;
        Ok((Session { id, dir, transcript, journal, _lock: lock }, repair))
    }

    /// Appends a record to the transcript (fsynced).
    pub fn append(&mut self, r: &Record) -> Result<(), SessionError> {
        Ok(self.transcript.append(r)?)
    }

    /// Where large tool results are written.
    pub fn results_dir(&self) -> PathBuf {
        self.dir.join("results")
    }
}

/// Takes the session's lock: an exclusive `flock` on `dir/lock`, held as long as the returned
/// file is open (a crashed process's lock is gone with it). Review finding: the lock used to be
/// "a file naming a live pid", checked then written: two processes resuming at once could both
/// pass the check, and the same process could open a session twice.
fn lock(id: &str, dir: &Path) -> Result<std::fs::File, SessionError> {
    use std::io::{Seek as _, Write as _};
    let path = dir.join("lock");
    let create = |source| SessionError::Create { path: path.clone(), source };
    let mut f = std::fs::OpenOptions::new().create(true).truncate(false).read(true).write(true).open(&path).map_err(create)?;
    match f.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let pid = std::fs::read_to_string(&path).ok().and_then(|t| t.trim().parse().ok()).unwrap_or(0);
            return Err(SessionError::Locked { id: id.to_string(), pid });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(create(e)),
    }
    f.set_len(0).and_then(|()| f.rewind()).and_then(|()| write!(f, "{}", std::process::id())).map_err(create)?;
    Ok(f)
}

/// The conversation and counters the records describe; None without a session_start.
fn replay(records: &[Record]) -> Option<Restored> {
    let mut r = Restored::default();
    let mut started = false;
    let mut ended = true;
    for rec in records {
        match rec {
            Record::SessionStart { provider, model, .. } => {
                started = true;
                ended = false;
                r.provider.clone_from(provider);
                r.model.clone_from(model);
            }
            Record::Message { message } => super::driver::push_message(&mut r.messages, message.clone()),
            Record::Usage { totals, .. } => r.totals = *totals,
            Record::Compaction { removed, summary } => {
                super::context::apply(&mut r.messages, *removed, summary);
            }
            Record::Resumed { .. } => ended = false,
            Record::SessionEnd { .. } => ended = true,
            Record::Repaired { .. } => {}
        }
    }
    r.crashed = !ended;
    started.then_some(r)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::agent::message::Role;

    #[test]
    fn resume_restores_messages_counters_and_marks_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::create(dir.path(), "anthropic", "m", "/w").unwrap();
        let id = s.id.clone();
        s.append(&Record::Message { message: Message::user_text("hi") }).unwrap();
        let totals = Totals { turns: 1, usage: Usage { input_tokens: 5, output_tokens: 7, ..Usage::default() } };
        s.append(&Record::Usage { usage: totals.usage, totals }).unwrap();
        drop(s);
        let (_s, r) = Session::resume(dir.path(), &id).unwrap();
        assert!(r.crashed);
        assert_eq!(r.totals, totals);
        assert_eq!(r.messages.len(), 1);
        assert_eq!(r.messages[0].role, Role::User);
        let text = std::fs::read_to_string(dir.path().join(&id).join("transcript.jsonl")).unwrap();
        assert!(text.contains("\"reason\":\"crashed\""), "{text}");
    }

    #[test]
    fn a_session_is_open_once() {
        let dir = tempfile::tempdir().unwrap();
        let s = Session::create(dir.path(), "anthropic", "m", "/w").unwrap();
        let again = Session::resume(dir.path(), &s.id);
        assert!(matches!(again, Err(SessionError::Locked { pid, .. }) if pid == std::process::id()), "{again:?}");
        let id = s.id.clone();
        drop(s);
        assert!(Session::resume(dir.path(), &id).is_ok(), "free again once closed");
    }

    #[test]
    fn ids_cannot_escape_the_sessions_dir() {
        assert!(!valid_id("../x"));
        assert!(!valid_id(""));
        assert!(valid_id("1700000000-abcdef01"));
    }
}
