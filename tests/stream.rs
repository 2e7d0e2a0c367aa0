//! Streaming: the push parser (any chunking) and the pull reader give exactly what the
//! one-shot parse gives — the same items in order, the same rest of the document, the
//! same totals, the same first error.

use std::fs;
use std::path::Path;

use ews_im::stream::fuzzing::{check, one_shot, pulled, pushed};
use ews_im::Options;
use proptest::prelude::*;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::corpus_files;

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

/// A response whose part outside the items is large (a 200 KB `MessageText` before the
/// list) and with thousands of small items: the reader hands them out in a few calls, not
/// one call (and one re-read of those 200 KB) per item.
#[test]
fn reader_work_stays_linear_with_a_large_head() {
    let mut doc = String::from(
        r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:GetImItemsResponse ResponseClass="Success" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:MessageText>"#,
    );
    doc.push_str(&"x".repeat(200_000));
    doc.push_str("</m:MessageText><m:ImItemList><t:Personas>");
    for i in 0..3000 {
        doc.push_str(&format!("<t:Persona><t:DisplayName>p{i}</t:DisplayName></t:Persona>\n"));
    }
    doc.push_str("</t:Personas></m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>");
    let mut reader = ews_im::stream::ItemReader::new(doc.as_bytes());
    let mut arena = ews_im::Bump::new();
    let (mut calls, mut items) = (0, 0);
    loop {
        let batch = reader.next_in(&arena).unwrap();
        calls += 1;
        if batch.is_empty() {
            break;
        }
        items += batch.len();
        assert_eq!(
            batch[0].persona().unwrap().display_name().map(|n| n[1..].parse::<usize>().unwrap()),
            Some(items - batch.len())
        );
        arena.reset();
    }
    assert_eq!(items, 3000);
    assert!(calls <= 6, "{calls} calls");
    let r = reader.finish_in(&arena).unwrap();
    assert_eq!(r.body().response_message().unwrap().message_text().map(str::len), Some(200_000));
}

/// The push parser holds about the unfinished item and the document outside the items,
/// not the document: a 20 MB response in 64 KiB chunks, and a 1 MB one in 1-byte chunks.
#[test]
fn push_parser_memory_is_bounded_by_an_item() {
    for (personas, chunk) in [(5000, 64 * 1024), (250, 1)] {
        let doc = ews_im::generate::get_im_items(&ews_im::generate::GenOptions {
            groups: 100,
            personas,
            ..Default::default()
        });
        let mut p = ews_im::stream::PushParser::new();
        let (mut held, mut items) = (0, 0);
        for c in doc.chunks(chunk) {
            items += p.feed(c).unwrap().items().len();
            held = held.max(p.buffered_bytes());
        }
        let end = p.finish();
        items += end.items().len();
        end.response().unwrap();
        assert_eq!(items, 100 + personas);
        // The largest generated persona is about 10 KB; the envelope around the lists 1 KB.
        assert!(held < chunk + 48 * 1024, "{} bytes of {} held ({chunk}-byte chunks)", held, doc.len());
    }
}

/// After an error the push parser is fused: every later call gives the same error, and
/// `finish` too; a parser fed after `finish` refuses.
#[test]
fn push_parser_is_fused_after_an_error() {
    let mut p = ews_im::stream::PushParser::new();
    let first = p.feed(b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><a></b>");
    // The problem may come with this call or, if items came first, the next one.
    let e = match first {
        Err(e) => e,
        Ok(_) => p.feed(b"").unwrap_err(),
    };
    assert_eq!(e.kind(), &ews_im::ErrorKind::MismatchedEndTag { open: "a".into() });
    assert_eq!(p.feed(b"</a></s:Body></s:Envelope>").unwrap_err(), e);
    assert_eq!(p.finish().response().unwrap_err(), e);
    assert_eq!(p.finish().response().unwrap_err(), e);

    let mut done = ews_im::stream::PushParser::new();
    done.feed(b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body/></s:Envelope>").unwrap();
    assert_eq!(done.finish().response().unwrap_err().kind(), &ews_im::ErrorKind::EmptyBody);
    let mut ok = ews_im::stream::PushParser::new();
    ok.feed(include_bytes!("../corpus/getimitems-response-seed.xml")).unwrap();
    assert!(ok.finish().response().is_ok());
    assert_eq!(ok.feed(b" ").unwrap_err().kind(), &ews_im::ErrorKind::FedAfterFinish);
}

// ----- Findings of the breaker run against the streaming parsers, kept as tests. -----

const HEAD: &str = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:GetImItemListResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode><m:ImItemList>"#;
const TAIL: &str = "</m:ImItemList></m:GetImItemListResponse></s:Body></s:Envelope>";

fn doc(lists: &str) -> Vec<u8> {
    format!("{HEAD}{lists}{TAIL}").into_bytes()
}

/// Every two-chunk split, 1-byte chunks and the pull reader agree with the one-shot parse.
fn agrees_everywhere(input: &[u8], options: &Options) {
    let expected = one_shot(input, options);
    let mut failures = Vec::new();
    let bytes: Vec<&[u8]> = input.chunks(1).collect();
    for r in [check("1-byte", &expected, pushed(&bytes, options)), check("pulled", &expected, pulled(input, options))] {
        failures.extend(r.err());
    }
    for split in 0..=input.len() {
        failures
            .extend(check(&format!("split {split}"), &expected, pushed(&chunks_at(input, &[split]), options)).err());
    }
    assert!(failures.is_empty(), "{}", failures[..failures.len().min(3)].join("\n"));
}

/// Text right before an item: the pull reader handed the same item out forever (its
/// jump was only looked for before character data), the push parser handed it out again
/// (it was never cut from the buffer) and so held the whole document.
#[test]
fn breaker_text_before_an_item() {
    let options = Options::default();
    for sep in ["x", "&amp;", ">", " > ", " x ", "]"] {
        let one =
            doc(&format!("<t:Personas>{sep}<t:Persona><t:DisplayName>A</t:DisplayName></t:Persona></t:Personas>"));
        agrees_everywhere(&one, &options);
        // `]]` before, `>` after the item: they must not meet as `]]>` once it is cut.
        let two = doc(&format!(
            "<t:Personas>]]{sep}<t:Persona><t:DisplayName>A</t:DisplayName></t:Persona>>\r<t:Persona/>\n</t:Personas>"
        ));
        agrees_everywhere(&two, &options);
    }
    let mut many = String::from("<t:Personas>");
    for i in 0..3000 {
        many.push_str(&format!("x<t:Persona><t:DisplayName>p{i}</t:DisplayName></t:Persona>"));
    }
    many.push_str("</t:Personas>");
    let input = doc(&many);
    let expected = one_shot(&input, &options).unwrap();
    assert_eq!(expected.items.len(), 3000);
    for size in [1, 4096, 65536, input.len()] {
        let chunks: Vec<&[u8]> = input.chunks(size).collect();
        assert!(check(&format!("{size}-byte chunks"), &Ok(expected.clone()), pushed(&chunks, &options)).is_ok());
        let mut p = ews_im::stream::PushParser::new();
        let mut held = 0;
        for c in &chunks {
            p.feed(c).unwrap();
            held = held.max(p.buffered_bytes());
        }
        // Each item leaves its `x` and a 7-byte placeholder (24 KB), and a run comes when
        // the buffer has doubled: under 64 KB, not the 180 KB document.
        assert!(held < size + 2 * 3000 * 8 + 16 * 1024, "{held} bytes held ({size}-byte chunks)");
    }
    let (items, image) = pulled(&input, &options);
    assert_eq!(items.len(), 3000);
    assert_eq!(image.unwrap(), expected);
}

/// Elements skipped and duplicates ignored inside items the final run handed out were
/// counted twice.
#[test]
fn breaker_counts_inside_items_of_the_last_run() {
    let input = doc("<t:Personas><t:Persona><t:Unknown/><t:DisplayName>A</t:DisplayName><t:DisplayName>B</t:DisplayName></t:Persona></t:Personas>");
    let image = one_shot(&input, &Options::default()).unwrap();
    assert_eq!((image.skipped, image.duplicates), (1, 1));
    agrees_everywhere(&input, &Options::default());
    agrees_everywhere(&input, &Options { strict: true, ..Options::default() });
}

/// Invalid UTF-8 after a document that had ended well was accepted by both streaming
/// parsers; the one-shot parse rejects it.
#[test]
fn breaker_invalid_utf8_after_the_root() {
    for tail in [&b"\xFF"[..], b"\xC3", b"\n\xE2\x82", b"<!-- \xFF -->"] {
        let mut input = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:GetImItemListResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" ResponseClass="Success"/></s:Body></s:Envelope>"#.to_vec();
        input.extend_from_slice(tail);
        let e = one_shot(&input, &Options::default()).unwrap_err();
        assert_eq!(e.kind(), &ews_im::ErrorKind::InvalidUtf8);
        agrees_everywhere(&input, &Options::default());
    }
}

/// An item over the item limit: the same error (path included) whether the run that
/// found it ended inside the item or after it.
#[test]
fn breaker_item_limit_error_is_the_same_for_every_chunking() {
    let input = doc("<t:Personas><t:Persona><t:DisplayName>A</t:DisplayName></t:Persona></t:Personas>");
    let mut options = Options::default();
    options.limits.max_item_bytes = Some(20);
    let e = one_shot(&input, &options).unwrap_err();
    assert!(matches!(e.kind(), ews_im::ErrorKind::LimitExceeded { limit: ews_im::Limit::ItemBytes, max: 20 }));
    assert_eq!(e.path(), "/Envelope/Body/GetImItemListResponse/ImItemList/Personas");
    agrees_everywhere(&input, &options);
}

/// `Personas` before `Groups` (document order differs from schema order).
#[test]
fn breaker_personas_before_groups() {
    let input = doc("<t:Personas><t:Persona><t:DisplayName>A</t:DisplayName></t:Persona></t:Personas><t:Groups><t:ImGroup><t:DisplayName>G</t:DisplayName></t:ImGroup></t:Groups>");
    agrees_everywhere(&input, &Options::default());
}

/// Feeding after `finish` is refused without spoiling the answer `finish` gave.
#[test]
fn breaker_feed_after_finish_keeps_the_answer() {
    let mut p = ews_im::stream::PushParser::new();
    p.feed(include_bytes!("../corpus/getimitems-response-seed.xml")).unwrap();
    assert!(p.finish().response().is_ok());
    assert_eq!(p.feed(b" ").unwrap_err().kind(), &ews_im::ErrorKind::FedAfterFinish);
    assert!(p.finish().response().is_ok());
}
