//! The workflow journal: what happened to each tool step, separate from the transcript.
//! Each step moves planned -> running -> committed | failed; every move is fsynced before the
//! next action (a step is marked running before its side effects can start).
//!
//! After a crash, [`Journal::recovery`] says what to do with a step whose result never reached
//! the transcript: a step that finished is answered from the journal (its result is stored
//! with it); one that never started may run; one that was running is re-run only when its tool
//! is idempotent: otherwise the model is told its side effects are unknown.

use super::jsonl::{self, Log, LogError, Repair};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    Planned,
    Running,
    Committed,
    Failed,
}

/// One journal line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    /// The tool_use id.
    pub step: String,
    pub tool: String,
    pub state: StepState,
    pub idempotent: bool,
    /// The tool result as given to the model (committed and failed steps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<StepResult>,
    pub time: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepResult {
    pub content: String,
    pub is_error: bool,
}

/// What to do about a step after a crash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// Never planned or never started: run it (through the permission check again).
    Run,
    /// It finished: this is its result.
    Done(StepResult),
    /// It was running and is not idempotent: do not run it again.
    Unknown,
}

#[derive(Debug)]
pub struct Journal {
    log: Log,
    last: HashMap<String, StepRecord>,
}

impl Journal {
    /// Opens (creating) the journal; repairs a torn last line.
    pub fn open(path: &Path) -> Result<(Journal, Option<Repair>), LogError> {
        let (records, repair) = if path.exists() { jsonl::load::<StepRecord>(path)? } else { (Vec::new(), None) };
        let mut last = HashMap::new();
        for r in records {
            last.insert(r.step.clone(), r);
        }
        Ok((Journal { log: Log::open(path)?, last }, repair))
    }

    /// Records a move of a step (fsynced).
    pub fn record(&mut self, step: &str, tool: &str, state: StepState, idempotent: bool, result: Option<StepResult>) -> Result<(), LogError> {
        let r = StepRecord { step: step.to_string(), tool: tool.to_string(), state, idempotent, result, time: super::now() };
        self.log.append(&r)?;
        self.last.insert(r.step.clone(), r);
        Ok(())
    }

    /// The latest record of a step.
    pub fn last(&self, step: &str) -> Option<&StepRecord> {
        self.last.get(step)
    }

    /// What to do with a step whose result is not in the transcript.
    pub fn recovery(&self, step: &str) -> Recovery {
        match self.last(step) {
            None => Recovery::Run,
            Some(r) => match (r.state, &r.result) {
                (StepState::Planned, _) => Recovery::Run,
                (StepState::Running, _) if r.idempotent => Recovery::Run,
                (StepState::Running, _) => Recovery::Unknown,
                (StepState::Committed | StepState::Failed, Some(res)) => Recovery::Done(res.clone()),
                (StepState::Committed | StepState::Failed, None) => Recovery::Unknown,
            },
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn recovery_never_reruns_a_running_unsafe_step() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("journal.jsonl");
        let (mut j, _) = Journal::open(&p).unwrap();
        j.record("a", "bash", StepState::Planned, false, None).unwrap();
        j.record("a", "bash", StepState::Running, false, None).unwrap();
        j.record("b", "read_file", StepState::Running, true, None).unwrap();
        j.record("c", "bash", StepState::Planned, false, None).unwrap();
        let done = StepResult { content: "ok".into(), is_error: false };
        j.record("d", "bash", StepState::Committed, false, Some(done.clone())).unwrap();
        drop(j);
        let (j, _) = Journal::open(&p).unwrap();
        assert_eq!(j.recovery("a"), Recovery::Unknown);
        assert_eq!(j.recovery("b"), Recovery::Run);
        assert_eq!(j.recovery("c"), Recovery::Run);
        assert_eq!(j.recovery("d"), Recovery::Done(done));
        assert_eq!(j.recovery("zzz"), Recovery::Run);
    }
}
