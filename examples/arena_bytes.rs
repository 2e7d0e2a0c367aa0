//! Arena bytes per parse of a generated response: `cargo run --release --example arena_bytes -- GROUPS PERSONAS`.
fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let (groups, personas) = (args.next().unwrap_or(835), args.next().unwrap_or(5000));
    for pretty in [true, false] {
        let opts = ews_im::generate::GenOptions { groups, personas, pretty, ..Default::default() };
        let input = ews_im::generate::get_im_items(&opts);
        let mut arena = ews_im::Bump::new();
        ews_im::parse(&input, &arena).expect("parses");
        let first = arena.allocated_bytes();
        arena.reset();
        ews_im::parse(&input, &arena).expect("parses");
        let reused = arena.allocated_bytes();
        let used: usize = arena.iter_allocated_chunks().map(|c| c.len()).sum();
        println!(
            "{} bytes ({}): arena chunks {first} bytes on a first parse ({:.2}x the input), {reused} on a \
             parse into the reset arena; {used} bytes in use ({:.2}x)",
            input.len(),
            if pretty { "pretty" } else { "compact" },
            first as f64 / input.len() as f64,
            used as f64 / input.len() as f64
        );
    }
}
