//! Streaming: the push parser (any chunking) and the pull reader give exactly what the
//! one-shot parse gives — the same items in order, the same rest of the document, the
//! same totals, the same first error.

use std::fs;
use std::path::{Path, PathBuf};

use ews_im::stream::fuzzing::{check, one_shot, pulled, pushed};
use ews_im::Options;
use proptest::prelude::*;

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<_> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    files.sort();
    files
}

fn chunks_at<'b>(input: &'b [u8], cuts: &[usize]) -> Vec<&'b [u8]> {
    let mut out = Vec::new();
    let mut last = 0;
    for &c in cuts {
        out.push(&input[last..c]);
        last = c;
    }
    out.push(&input[last..]);
    out
}

#[test]
fn every_corpus_file_every_two_chunk_split_and_single_bytes() {
    let options = Options::default();
    let mut failures = Vec::new();
    for path in corpus_files() {
        let input = fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let expected = one_shot(&input, &options);
        let mut report = |r: Result<(), String>| {
            if let Err(e) = r {
                failures.push(e);
            }
        };
        report(check(&format!("{name} whole"), &expected, pushed(&[&input], &options)));
        report(check(&format!("{name} pulled"), &expected, pulled(&input, &options)));
        let bytes: Vec<&[u8]> = input.chunks(1).collect();
        report(check(&format!("{name} 1-byte chunks"), &expected, pushed(&bytes, &options)));
        for split in 0..=input.len() {
            report(check(
                &format!("{name} split at {split}"),
                &expected,
                pushed(&chunks_at(&input, &[split]), &options),
            ));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(10)].join("\n"));
}

/// A small deterministic generator of chunk boundaries.
fn random_cuts(len: usize, seed: u64, max_chunk: usize) -> Vec<usize> {
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) | 1;
    let mut cuts = Vec::new();
    let mut at = 0;
    loop {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        at += 1 + (x as usize) % max_chunk;
        if at >= len {
            return cuts;
        }
        cuts.push(at);
    }
}

#[test]
fn every_corpus_file_random_chunkings() {
    let options = Options::default();
    let mut failures = Vec::new();
    for path in corpus_files() {
        let input = fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let expected = one_shot(&input, &options);
        for seed in 0..20 {
            let cuts = random_cuts(input.len(), seed, [3, 17, 200, 5000][seed as usize % 4]);
            if let Err(e) =
                check(&format!("{name} seed {seed}"), &expected, pushed(&chunks_at(&input, &cuts), &options))
            {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(10)].join("\n"));
}

/// Truncations and corruptions of a corpus file: the streamed error is the one-shot error.
#[test]
fn prefixes_and_corruptions_give_the_same_first_error() {
    let options = Options::default();
    let input =
        fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/getimitemlist-response-msdocs.xml")).unwrap();
    let mut failures = Vec::new();
    for end in (0..input.len()).step_by(7) {
        let doc = &input[..end];
        let expected = one_shot(doc, &options);
        for cuts in [vec![], random_cuts(doc.len(), end as u64, 64)] {
            if let Err(e) = check(&format!("prefix {end}"), &expected, pushed(&chunks_at(doc, &cuts), &options)) {
                failures.push(e);
            }
        }
    }
    let bad: [&[u8]; 8] = [b"<", b"&", b"]]>", b"\xFF", b"\x01", b"<!DOCTYPE x>", b"</x>", b"\"'"];
    for (k, pos) in (0..input.len()).step_by(53).enumerate() {
        let mut doc = input.clone();
        let b = bad[k % bad.len()];
        doc.splice(pos..pos, b.iter().copied());
        let expected = one_shot(&doc, &options);
        for max in [1, 9, 4096] {
            let cuts = random_cuts(doc.len(), pos as u64, max);
            let what = format!("{:?} inserted at {pos}, chunks up to {max}", String::from_utf8_lossy(b));
            if let Err(e) = check(&what, &expected, pushed(&chunks_at(&doc, &cuts), &options)) {
                failures.push(e);
            }
        }
        if let Err(e) = check(&format!("pulled, {pos}"), &expected, pulled(&doc, &options)) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(10)].join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Generated responses (both prefix styles, compact or not) in random chunkings.
    #[test]
    fn generated_documents_in_random_chunkings(
        groups in 0usize..4,
        personas in 0usize..6,
        seed in any::<u64>(),
        prefixed in any::<bool>(),
        compact in any::<bool>(),
        cuts in proptest::collection::vec(any::<usize>(), 0..40),
    ) {
        let style = if prefixed { ews_im::generate::Style::Prefixed } else { ews_im::generate::Style::Server };
        let doc = ews_im::generate::get_im_items(&ews_im::generate::GenOptions { groups, personas, seed, style, pretty: !compact });
        let options = Options::default();
        let expected = one_shot(&doc, &options);
        prop_assert!(expected.is_ok());
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (doc.len() + 1)).collect();
        cuts.sort();
        let got = pushed(&chunks_at(&doc, &cuts), &options);
        prop_assert!(check("generated", &expected, got).is_ok());
        prop_assert!(check("generated, pulled", &expected, pulled(&doc, &options)).is_ok());
    }
}
