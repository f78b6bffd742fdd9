//! `hardshell-exec`: the sandbox helper as its own small binary (the same entry point as the
//! hidden `hardshell __exec`). It links only the sandbox crate, so it starts faster than the full
//! `hardshell` (no engine tables to relocate); `run` and `sandbox` use it when it sits next to
//! `hardshell`, and fall back to `hardshell __exec` otherwise.

fn main() {
    hardshell_sandbox::exec_confined()
}
