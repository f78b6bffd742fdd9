//! The program catalogue, one file per family of programs; [`ALL`] lists every family's table.

mod archive;
mod build;
mod containers;
mod coreutils;
mod editors;
mod git;
mod infra;
mod interp;
mod langtools;
mod misc;
mod net;
mod packages;
mod procs;
mod runners;
mod search;
mod syspkg;
mod system;
mod textutils;
mod vcs;

use crate::specs::Spec;

pub(crate) static ALL: &[&[Spec]] = &[
    coreutils::SPECS,
    textutils::SPECS,
    search::SPECS,
    git::SPECS,
    vcs::SPECS,
    build::SPECS,
    langtools::SPECS,
    packages::SPECS,
    syspkg::SPECS,
    net::SPECS,
    containers::SPECS,
    infra::SPECS,
    system::SPECS,
    procs::SPECS,
    archive::SPECS,
    interp::SPECS,
    editors::SPECS,
    runners::SPECS,
    misc::SPECS,
];
