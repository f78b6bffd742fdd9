//! Tracing subscriber for the binary (libraries only emit). Logs go to stderr, never stdout.

pub fn init(verbose: u8) {
    // A level filter: an `EnvFilter` with only a level in it does the same and costs ~60 µs to
    // build, on the path of every confined command.
    let level = match verbose {
        0 => tracing_subscriber::filter::LevelFilter::WARN,
        1 => tracing_subscriber::filter::LevelFilter::INFO,
        2 => tracing_subscriber::filter::LevelFilter::DEBUG,
        _ => tracing_subscriber::filter::LevelFilter::TRACE,
    };
    let _ = tracing_subscriber::fmt().with_max_level(level).with_writer(std::io::stderr).without_time().try_init();
}
