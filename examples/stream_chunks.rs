//! Time of the push parser on a generated response fed in chunks of different sizes,
//! down to one byte: the work is per byte, not per chunk squared.
//!
//! ```sh
//! cargo run --release --example stream_chunks [PERSONAS]   # default 2 800 (about 10 MiB)
//! ```

use std::time::Instant;

use ews_im::generate::{get_im_items, GenOptions};
use ews_im::stream::PushParser;

/// Feeds `doc` in chunks of `size` bytes; returns the items handed out and the seconds taken.
fn feed(doc: &[u8], size: usize) -> (usize, f64) {
    let t = Instant::now();
    let mut p = PushParser::new();
    let mut items = 0;
    for chunk in doc.chunks(size) {
        items += p.feed(chunk).expect("a generated document is valid").items().len();
    }
    let end = p.finish();
    items += end.items().len();
    end.response().expect("a generated document is valid");
    (items, t.elapsed().as_secs_f64())
}

fn main() {
    let personas = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2800);
    let doc = get_im_items(&GenOptions { groups: 100, personas, ..GenOptions::default() });
    println!("document: {} bytes, {} groups, {personas} personas", doc.len(), 100);
    let (_, whole) = (0..3).map(|_| feed(&doc, doc.len())).fold((0, f64::MAX), |a, b| (b.0, a.1.min(b.1)));
    println!("{:>12}  {:>9}  {:>10}  {:>8}", "chunk bytes", "seconds", "MB/s", "vs whole");
    for size in [doc.len(), 64 * 1024, 4096, 64, 1] {
        let runs = if size < 64 { 1 } else { 3 };
        let (items, secs) = (0..runs).map(|_| feed(&doc, size)).fold((0, f64::MAX), |a, b| (b.0, a.1.min(b.1)));
        assert_eq!(items, 100 + personas);
        println!("{size:>12}  {secs:>9.4}  {:>10.0}  {:>7.2}×", doc.len() as f64 / secs / 1e6, secs / whole);
    }
}
