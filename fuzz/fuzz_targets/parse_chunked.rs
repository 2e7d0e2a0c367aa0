//! Arbitrary bytes in an arbitrary chunking: the push parser gives exactly what the
//! one-shot parse gives (the same items, rest of the document, totals and diagnostics,
//! or the same first error: kind, offset, line, column, path), and so does the pull
//! reader. Half the runs also set a small item limit, the same for all three.
#![no_main]

use arbitrary::Arbitrary;
use ews_im::stream::fuzzing::{check, one_shot, pulled, pushed};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    /// Chunk lengths, used in turn (0 means 1); the rest of the data is one last chunk.
    chunks: Vec<u8>,
    strict: bool,
    item_limit: Option<u8>,
    data: &'a [u8],
}

fuzz_target!(|inp: Input<'_>| {
    let mut options = ews_im::Options { strict: inp.strict, ..Default::default() };
    options.limits.max_item_bytes = inp.item_limit.map(|k| usize::from(k) * 8);
    let mut chunks = Vec::new();
    let mut at = 0;
    for &c in inp.chunks.iter().cycle().take(if inp.chunks.is_empty() { 0 } else { 4096 }) {
        if at >= inp.data.len() {
            break;
        }
        let end = (at + usize::from(c.max(1))).min(inp.data.len());
        chunks.push(&inp.data[at..end]);
        at = end;
    }
    chunks.push(&inp.data[at..]);
    let expected = one_shot(inp.data, &options);
    if let Err(e) = check("pushed", &expected, pushed(&chunks, &options)) {
        panic!("{e}");
    }
    if let Err(e) = check("pulled", &expected, pulled(inp.data, &options)) {
        panic!("{e}");
    }
});
