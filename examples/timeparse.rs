//! Times repeated parses of a file: `cargo run --release --example timeparse -- FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: timeparse FILE [N]");
    let n: usize = args.next().map_or(10, |s| s.parse().expect("a count"));
    let input = std::fs::read(&path).expect("readable file");
    let mut arena = ews_im::Bump::new();
    let start = std::time::Instant::now();
    let mut personas = 0;
    for _ in 0..n {
        let r = ews_im::parse(&input, &arena).expect("parses");
        personas += r.body().record().len();
        arena.reset();
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{} bytes x {n}: {:.1} MB/s ({personas})", input.len(), input.len() as f64 * n as f64 / secs / 1e6);
}
