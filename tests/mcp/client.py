"""Drive `hardshell mcp` with the official Python MCP client (the `mcp` package from PyPI).

Usage: client.py HARDSHELL WORKSPACE SANDBOX_READY

Starts `HARDSHELL mcp --cwd WORKSPACE` over stdio (HOME and XDG_STATE_HOME are passed through
from this process, so the server writes the test's own audit log), then:
  1. lists the tools: exactly `bash` and `check`, each taking a `command` string;
  2. runs a safe command through `bash` and checks its output (or, when the machine cannot
     enforce the sandbox, that it is refused for that reason);
  3. is refused a dangerous command (deny) with the reason, as a tool error;
  4. is refused a command that needs a person (ask), as a tool error naming the grant;
  5. calls `check`, which returns the verdict JSON and runs nothing.
Prints one line per step; exits non-zero on the first failure.
"""

import asyncio
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters, stdio_client


def text_of(result) -> str:
    return "\n".join(block.text for block in result.content if getattr(block, "type", "") == "text")


def is_error(result) -> bool:
    return bool(getattr(result, "is_error", getattr(result, "isError", False)))


def expect(cond: bool, what: str, detail: str = "") -> None:
    if not cond:
        print(f"FAIL: {what}\n{detail}", flush=True)
        sys.exit(1)
    print(f"ok: {what}", flush=True)


async def main(hardshell: str, workspace: str, sandbox_ready: bool) -> None:
    env = {k: os.environ[k] for k in ("HOME", "XDG_STATE_HOME", "PATH") if k in os.environ}
    server = StdioServerParameters(command=hardshell, args=["mcp", "--cwd", workspace, "--timeout", "30"], env=env, cwd=workspace)
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()

            tools = (await session.list_tools()).tools
            names = sorted(t.name for t in tools)
            expect(names == ["bash", "check"], "tools/list gives bash and check", str(names))
            for t in tools:
                schema = getattr(t, "input_schema", None) or getattr(t, "inputSchema", None) or {}
                expect("command" in schema.get("properties", {}) and "command" in schema.get("required", []), f"{t.name} takes a command", json.dumps(schema))

            safe = await session.call_tool("bash", {"command": "echo hi"})
            out = text_of(safe)
            if sandbox_ready:
                expect(not is_error(safe), "bash runs a safe command", out)
                expect("exit code 0" in out and "\nhi\n" in out, "bash returns its output", out)
            else:
                expect(is_error(safe) and "cannot be fully enforced" in out, "bash refuses to run unconfined", out)

            bad = await session.call_tool("bash", {"command": "rm -rf ~"})
            out = text_of(bad)
            expect(is_error(bad), "bash refuses a dangerous command as a tool error", out)
            expect("deny" in out and "delete.broad" in out, "the refusal gives the reason", out)

            ask = await session.call_tool("bash", {"command": "curl https://example.com/data.json"})
            out = text_of(ask)
            expect(is_error(ask) and "--danger-allow-ask" in out and "network" in out, "an ask is refused without the grant", out)

            checked = await session.call_tool("check", {"command": "sort --compress-program=sh x"})
            verdict = json.loads(text_of(checked))
            expect(not is_error(checked), "check answers", text_of(checked))
            expect(verdict["decision"] == "deny" and verdict["risk"] == "HIGH", "check gives the verdict", json.dumps(verdict))
            expect(any(r["id"] == "escape.exec" for r in verdict["reasons"]), "check gives the reasons", json.dumps(verdict))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3] == "1"))
    print("OK", flush=True)
