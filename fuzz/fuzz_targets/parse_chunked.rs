//! Arbitrary bytes in an arbitrary chunking: the push parser gives exactly what the
//! one-shot parse gives (the same items, rest of the document, totals and diagnostics,
//! or the same first error: kind, offset, line, column, path), and so does the pull
//! reader; and the one-shot parse with the parser's fast lane off gives it too. Half the
//! runs also set a small item limit, the same for all.
#![no_main]

use arbitrary::Arbitrary;
use ews_im::stream::fuzzing::{check, one_shot, pulled, pushed, without_lane};
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
    // The parser's fast lane against its general path alone: the same in every respect.
    let general = without_lane(|| one_shot(inp.data, &options));
    if expected != general {
        panic!("fast lane:\n  lane    {expected:?}\n  general {general:?}");
    }
    if let Err(e) = check("pushed", &expected, pushed(&chunks, &options)) {
        panic!("{e}");
    }
    if let Err(e) = check("pulled", &expected, pulled(inp.data, &options)) {
        panic!("{e}");
    }
});
