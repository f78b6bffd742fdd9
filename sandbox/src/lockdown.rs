//! Landlock, pinned to ABI 6: reads and execution everywhere; writes (and every other file
//! right) only beneath the writable roots; a few device files writable; TCP bind/connect denied
//! unless the spec grants network; abstract unix sockets and signals scoped to the sandbox.
//!
//! Invariant: the result must be `FullyEnforced`; anything less is an error unless the caller
//! accepted a degraded mode, in which case the shortfall is returned for reporting.

use landlock::{
    path_beneath_rules, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr, RulesetCreatedAttr, RulesetStatus, Scope, ABI,
};
use std::path::PathBuf;

/// The pinned ABI (Linux 6.12: scoped signals and abstract unix sockets).
pub(crate) const ABI_PINNED: ABI = ABI::V6;

/// Device files any command may write (`> /dev/null` is everywhere in shell scripts).
const WRITABLE_DEVICES: &[&str] = &["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"];

/// Restricts the calling process. `Ok(None)`: fully enforced; `Ok(Some(why))`: degraded (only
/// when `degraded_ok`); `Err(why)`: refuse.
pub(crate) fn restrict(writable: &[PathBuf], net: bool, degraded_ok: bool) -> Result<Option<String>, String> {
    let abi = ABI_PINNED;
    let level = if degraded_ok { CompatLevel::BestEffort } else { CompatLevel::HardRequirement };
    let e = |e: landlock::RulesetError| e.to_string();
    let mut ruleset = Ruleset::default().set_compatibility(level).handle_access(AccessFs::from_all(abi)).map_err(e)?;
    if !net {
        ruleset = ruleset.handle_access(AccessNet::from_all(abi)).map_err(e)?;
    }
    ruleset = ruleset.scope(Scope::from_all(abi)).map_err(e)?;
    let devices = AccessFs::ReadFile | AccessFs::WriteFile | AccessFs::Truncate;
    let created = ruleset
        .create()
        .map_err(e)?
        .add_rules(path_beneath_rules(["/"], AccessFs::from_read(abi)))
        .map_err(e)?
        .add_rules(path_beneath_rules(writable, AccessFs::from_all(abi)))
        .map_err(e)?
        .add_rules(path_beneath_rules(WRITABLE_DEVICES.iter().filter(|d| std::path::Path::new(d).exists()), devices))
        .map_err(e)?;
    let status = created.restrict_self().map_err(e)?;
    let shortfall = match status.ruleset {
        RulesetStatus::FullyEnforced if status.no_new_privs => None,
        RulesetStatus::FullyEnforced => Some("no_new_privs is not set".to_string()),
        RulesetStatus::PartiallyEnforced => Some(format!("only partly enforced (kernel below Landlock ABI {})", abi as i32)),
        RulesetStatus::NotEnforced => Some("not enforced (Landlock missing or disabled)".to_string()),
    };
    match shortfall {
        Some(why) if !degraded_ok => Err(why),
        other => Ok(other),
    }
}
