//! Link flags for the `hardshell` binary.
//!
//! `-z pack-relative-relocs` (RELR): the engine's program tables hold about 32,000 pointers, and
//! in a position-independent executable each needs a relocation at every start. RELR stores them
//! as a bitmap that the dynamic loader walks much faster than 770 kB of RELA entries. Every
//! `check` and hook process pays for start-up, so this matters. It needs GNU ld 2.38 or lld and
//! glibc 2.36; the flag is probed with the C compiler first and left out when the linker does
//! not know it (an older toolchain then builds the plain way).

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if !linux_gnu {
        return;
    }
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        return;
    };
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let probe = Command::new(cc)
        .args(["-shared", "-Wl,-z,pack-relative-relocs", "-x", "c", "/dev/null", "-o"])
        .arg(out.join("relr-probe.so"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if probe.is_ok_and(|s| s.success()) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    } else {
        println!("cargo:warning=the linker does not support -z pack-relative-relocs: built without it (slower start-up)");
    }
}
