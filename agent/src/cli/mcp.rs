//! `hardshell mcp`: the MCP server (`crate::mcp`) on stdio. Loads the policy once for the
//! workspace, records the session in the audit log, and serves until the client closes stdin.

use super::{audit, setup, McpArgs};
use crate::exit::Exit;
use crate::mcp::{Server, Settings};
use anyhow::{Context as _, Result};
use rmcp::ServiceExt;

pub fn run(a: McpArgs) -> Result<Exit> {
    let s = setup(&a.common, false);
    let (engine, ruleset) = crate::config::engine_and_ruleset(&s)?;
    let cx = crate::config::context(&s, &engine)?;
    // Refuse a bad --timeout now rather than on every call.
    crate::gate::spec("true".into(), vec![], std::path::Path::new(&cx.cwd), &(&a.confine).into(), false)?;
    if a.danger_allow_ask {
        tracing::warn!("--danger-allow-ask: commands that need a person's approval run without one");
    }
    let session = format!("mcp-{}-{}", std::process::id(), humantime::format_rfc3339_millis(std::time::SystemTime::now()));
    let server = Server::new(Settings { engine, cx, ruleset, confine: (&a.confine).into(), allow_ask: a.danger_allow_ask }, session);
    audit(&server.opening_records());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().context("cannot start the async runtime")?;
    let served = runtime.block_on(async {
        let running = server.clone().serve(rmcp::transport::stdio()).await?;
        running.waiting().await?;
        anyhow::Ok(())
    });
    audit(&[server.closing_record(if served.is_ok() { "eof" } else { "error" })]);
    served.context("MCP session failed")?;
    Ok(Exit::Allow)
}
