//! The invariance oracle of the streaming parsers, shared by `tests/stream.rs` and the
//! `parse_chunked` fuzz target: what the one-shot parse, the push parser over some
//! chunking and the pull reader give, in one comparable form.
#![allow(missing_docs)]

use crate::stream::{ItemReader, PushParser};
use crate::{Bump, Error, Options, Response};

/// What a parse gave, in a form every way of parsing can be compared in: the item lines
/// and last line of the ndjson format, the totals and the diagnostics' offsets — or the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// The item lines, in order.
    pub items: Vec<String>,
    /// The last line.
    pub rest: String,
    /// Totals of the response.
    pub skipped: u64,
    /// Totals of the response.
    pub duplicates: u64,
    /// Offsets of every diagnostic, sorted.
    pub diagnostics: Vec<usize>,
}

fn rest_of(r: &Response<'_>) -> String {
    let mut out = Vec::new();
    crate::json::write_without_items(&mut out, r).unwrap();
    String::from_utf8(out).unwrap()
}

fn line(key: &str, record: crate::Record<'_>) -> String {
    let mut out = Vec::new();
    crate::json::write_item_record(&mut out, key, record).unwrap();
    String::from_utf8(out).unwrap()
}

/// Runs `f` with the parser's fast paths (the lane, the one-step plain leaf, the guess of
/// the next field) off for the parses it makes on this thread: the general path alone,
/// which they must agree with exactly.
pub fn without_lane<R>(f: impl FnOnce() -> R) -> R {
    crate::parser::general_only(f)
}

/// The one-shot parse, its lists turned into item lines.
pub fn one_shot(input: &[u8], options: &Options) -> Result<Image, Error> {
    let arena = Bump::new();
    let r = crate::parse_with(input, &arena, options)?;
    let mut items = Vec::new();
    let body = r.body();
    let list = match body {
        crate::Body::GetImItems(b) => b.im_item_list(),
        crate::Body::GetImItemList(b) => b.im_item_list(),
        _ => None,
    };
    if let Some(list) = list {
        for g in list.groups().into_iter().flatten() {
            items.push(line("group", g.record()));
        }
        for p in list.personas().into_iter().flatten() {
            items.push(line("persona", p.record()));
        }
    }
    if let crate::Body::FindPeople(b) = body {
        for p in b.people().into_iter().flatten() {
            items.push(line("persona", p.record()));
        }
    }
    let mut diagnostics: Vec<usize> = r.diagnostics().iter().map(|d| d.offset).collect();
    diagnostics.sort();
    Ok(Image {
        items,
        rest: rest_of(&r),
        skipped: r.skipped_elements(),
        duplicates: r.duplicates_ignored(),
        diagnostics,
    })
}

fn item_line(item: &crate::stream::Item<'_>) -> String {
    let mut out = Vec::new();
    crate::json::write_item(&mut out, item).unwrap();
    String::from_utf8(out).unwrap()
}

/// The push parser over these chunks. Items handed out before an error must be a
/// prefix of the one-shot items; the error is returned.
pub fn pushed(chunks: &[&[u8]], options: &Options) -> (Vec<String>, Result<Image, Error>) {
    let mut p = PushParser::with_options(options);
    let mut items = Vec::new();
    let mut diagnostics = Vec::new();
    let mut skipped_items = 0;
    for c in chunks {
        match p.feed(c) {
            Ok(batch) => {
                for it in batch.items() {
                    items.push(item_line(it));
                    diagnostics.extend(it.diagnostics().iter().map(|d| d.offset));
                    skipped_items += it.skipped_elements();
                }
            }
            Err(e) => return (items, Err(e)),
        }
    }
    let end = p.finish();
    for it in end.items() {
        items.push(item_line(it));
        diagnostics.extend(it.diagnostics().iter().map(|d| d.offset));
        skipped_items += it.skipped_elements();
    }
    let r = match end.response() {
        Ok(r) => r,
        Err(e) => return (items, Err(e)),
    };
    assert!(r.skipped_elements() >= skipped_items);
    let image = image_of(&items, &r, diagnostics);
    (items, Ok(image))
}

/// The image of a streamed parse: its item lines, the final response, and the
/// diagnostics handed out with the items.
fn image_of(items: &[String], r: &Response<'_>, mut diagnostics: Vec<usize>) -> Image {
    diagnostics.extend(r.diagnostics().iter().map(|d| d.offset));
    diagnostics.sort();
    Image {
        items: items.to_vec(),
        rest: rest_of(r),
        skipped: r.skipped_elements(),
        duplicates: r.duplicates_ignored(),
        diagnostics,
    }
}

/// The pull reader, resetting its arena between items.
pub fn pulled(input: &[u8], options: &Options) -> (Vec<String>, Result<Image, Error>) {
    let mut reader = ItemReader::with_options(input, options);
    let mut arena = Bump::new();
    let mut items = Vec::new();
    let mut diagnostics = Vec::new();
    loop {
        match reader.next_in(&arena) {
            Ok([]) => break,
            Ok(batch) => {
                for it in batch {
                    items.push(item_line(it));
                    diagnostics.extend(it.diagnostics().iter().map(|d| d.offset));
                }
            }
            Err(e) => return (items, Err(e)),
        }
        arena.reset();
    }
    let r = match reader.finish_in(&arena) {
        Ok(r) => r,
        Err(e) => return (items, Err(e)),
    };
    let image = image_of(&items, &r, diagnostics);
    (items, Ok(image))
}

/// Compares a streamed result with the one-shot one.
pub fn check(
    what: &str,
    expected: &Result<Image, Error>,
    got: (Vec<String>, Result<Image, Error>),
) -> Result<(), String> {
    let (items, result) = got;
    let result = result.map(by_list);
    let expected = expected.as_ref().map(|e| by_list(e.clone()));
    match (&expected, &result) {
        (Ok(e), Ok(g)) if e == g => Ok(()),
        (Err(e), Err(g)) if *e == g => Ok(()),
        _ => Err(format!("{what}:\n  one-shot {expected:?}\n  streamed {result:?}\n  (items {})", items.len())),
    }
}

/// The items grouped by list, each group in document order: the one-shot views keep the
/// lists in schema order (groups, then personas), a stream hands them out in document
/// order, and a document may put `Personas` before `Groups`.
fn by_list(mut image: Image) -> Image {
    image.items.sort_by_key(|line| !line.starts_with("{\"group\""));
    image
}
