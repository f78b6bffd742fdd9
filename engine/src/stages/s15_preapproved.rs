//! Stage 15, preapproved: which allow rules match?
//!
//! Input: every unit and the rule index. Output: allow hits. An allow hit can only turn an *ask*
//! into an *allow* in stage 17, and only when every unit of the command is covered by an allow
//! rule and no deny or ask rule and no HIGH finding exists: it can never override a destructive
//! or ask hit.

use super::s14_destructive::{hits, Hit, RuleIndex};
use crate::cx::Findings;
use crate::policy::Action;
use crate::unit::Table;
use crate::verdict::Stage;

pub(crate) fn run(t: &Table, index: &RuleIndex, out: &mut Findings) -> Vec<Hit> {
    hits(t, index, out, Stage::Preapproved, |a| a == Action::Allow)
}
