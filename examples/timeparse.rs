//! Times repeated parses of a file: `cargo run --release --example timeparse -- FILE [N]`.
//!
//! Prints the input size, N, the throughput and a check value (the number of fields of the
//! body's view, summed over the parses: it keeps the parse from being optimised away). Run
//! under `valgrind --tool=callgrind` with N and with 0, the difference divided by
//! N x bytes is the parse's instructions per byte (BENCHMARKS.md).
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: timeparse FILE [N]");
    let n: usize = args.next().map_or(10, |s| s.parse().expect("a count"));
    let input = std::fs::read(&path).expect("readable file");
    let mut arena = ews_im::Bump::new();
    let start = std::time::Instant::now();
    let mut body_fields = 0;
    for _ in 0..n {
        let r = ews_im::parse(&input, &arena).expect("parses");
        body_fields += r.body().record().len();
        arena.reset();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} bytes x {n}: {:.1} MB/s (check: {body_fields} body fields)",
        input.len(),
        input.len() as f64 * n as f64 / secs / 1e6
    );
}
