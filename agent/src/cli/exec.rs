//! `hardshell __exec` (hidden): the sandbox helper. Started only by the sandbox supervisor, with
//! the control socket on stdin; applies the confinement in this fresh single-threaded process and
//! never returns.

pub fn run() -> ! {
    hardshell_sandbox::exec_confined()
}
