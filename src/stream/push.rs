//! The push parser: a response in chunks, items out as they end, in bounded memory.
//!
//! The parser keeps the bytes it has not finished with in one buffer: the document
//! outside the items handed out so far (those are cut out, with the white space before
//! them — or replaced by [`PLACEHOLDER`] when text precedes them — and the cuts recorded
//! in an [`OffsetMap`]), then whatever came after the last
//! item. A *run* parses the whole buffer with the one-shot parser in streamed mode;
//! running into the end of the buffer means "need more input", not an error. No parser
//! state outlives a run — only bytes, offsets and counts — so nothing borrows across calls.
//!
//! Why it is linear: a run costs about the buffer's length, and runs happen only when
//! the buffer has doubled since the last one (or at [`PushParser::finish`]), so all runs
//! together cost about twice the input. What the buffer holds after a run is the document
//! outside items plus the unfinished item, so chunks of any size — one byte included —
//! give the same runs' worth of work per byte.

use bumpalo::Bump;

use super::offsets::OffsetMap;
use super::reader::{cut_start, outside_items};
use super::{final_response, Context, Item};
use crate::parser::{Parser, StopClass, StreamMode, StreamRun};
use crate::{settle, with_arena_cap, Diagnostic, Error, ErrorKind, Limit, Options, Prepared, Response};

/// Runs start once the buffer holds at least this much more than after the last run:
/// small chunks are gathered, large ones parsed as they come.
const MIN_RUN_GROWTH: usize = 4096;

/// What an item preceded by text (not by markup and white space) leaves in the buffer
/// instead of itself: a comment, so that the text before and after it stay two pieces of
/// character data, as they were (`]]` before and `>` after must not become `]]>`). It
/// overwrites the first bytes of the item's start tag (`<` and at least seven name
/// characters: no line break), so the offsets before and after it stay right.
const PLACEHOLDER: &[u8; 7] = b"<!---->";

/// A push parser for one response (see the [module documentation](super)).
///
/// The items of a [`Batch`] borrow the parser (its buffer and arena) until the next call:
/// copy out what you keep (as `to_string()` does below), or handle each item before
/// feeding the next chunk.
///
/// ```
/// use ews_im::stream::{Item, PushParser};
/// let xml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitems-response-seed.xml")).unwrap();
/// let (mut groups, mut names) = (0, Vec::new());
/// let mut take = |items: &[Item<'_>]| {
///     for item in items {
///         groups += usize::from(item.group().is_some());
///         names.extend(item.persona().and_then(|p| p.display_name()).map(str::to_string));
///     }
/// };
/// let mut parser = PushParser::new();
/// for byte in xml.chunks(1) {
///     take(parser.feed(byte)?.items());
/// }
/// let end = parser.finish();
/// take(end.items());
/// assert_eq!((groups, names), (1, vec!["Tony Smith".to_string()]));
/// assert_eq!(end.response()?.server_version_info().unwrap().major_version(), Some("15"));
/// # Ok::<(), ews_im::Error>(())
/// ```
pub struct PushParser {
    options: Options,
    /// The document minus the cuts.
    buf: Vec<u8>,
    map: OffsetMap,
    arena: Bump,
    /// Items handed out by the last call, cut from the buffer at the start of the next:
    /// the range to remove, and whether [`PLACEHOLDER`] is written before it.
    pending_cuts: Vec<(usize, usize, bool)>,
    /// Run when the buffer reaches this length.
    run_at: usize,
    skipped_in_items: u64,
    duplicates_in_items: u64,
    finished: bool,
    failed: Option<Error>,
}

/// What one [`PushParser::feed`] handed out.
#[derive(Clone, Copy, Debug)]
pub struct Batch<'b> {
    items: &'b [Item<'b>],
}

impl<'b> Batch<'b> {
    /// The items that ended since the last call, in document order (often none: small
    /// chunks are gathered until the buffer has doubled).
    pub fn items(&self) -> &'b [Item<'b>] {
        self.items
    }
}

/// What [`PushParser::finish`] gives: the last items, then the rest of the response or
/// the document's first problem.
#[derive(Clone, Debug)]
pub struct Finished<'b> {
    items: &'b [Item<'b>],
    response: Result<Response<'b>, Error>,
}

impl<'b> Finished<'b> {
    /// The items that ended since the last call (also when the document then failed:
    /// they came before the problem).
    pub fn items(&self) -> &'b [Item<'b>] {
        self.items
    }
    /// The response without its items: the envelope, every field, the totals of skipped
    /// elements and duplicates (those inside items included), and the diagnostics
    /// outside items; its item lists are empty. Or the document's first problem.
    pub fn response(&self) -> Result<Response<'b>, Error> {
        self.response.clone()
    }
}

impl Default for PushParser {
    fn default() -> Self {
        Self::new()
    }
}

impl PushParser {
    /// A push parser with the default [`Options`].
    pub fn new() -> Self {
        Self::with_options(&Options::default())
    }

    /// A push parser with these options. [`Limits::max_item_bytes`](crate::Limits::max_item_bytes)
    /// defaults to 16 MiB here, and [`Limits::max_input_bytes`](crate::Limits::max_input_bytes)
    /// bounds only what the parser holds outside items ([`Limit::HeldBytes`]).
    pub fn with_options(options: &Options) -> Self {
        PushParser {
            options: *options,
            buf: Vec::new(),
            map: OffsetMap::default(),
            arena: Bump::new(),
            pending_cuts: Vec::new(),
            run_at: 0,
            skipped_in_items: 0,
            duplicates_in_items: 0,
            finished: false,
            failed: None,
        }
    }

    /// Bytes held now (the buffer), for memory accounting.
    pub fn buffered_bytes(&self) -> usize {
        self.buf.len()
    }

    /// Bytes of arena memory held now (the views of the last call).
    pub fn arena_bytes(&self) -> usize {
        self.arena.allocated_bytes()
    }

    /// Adds the next chunk of the document (any size, cut anywhere); hands out the items
    /// that ended. The views are valid until the next call.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Batch<'_>, Error> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        if self.finished {
            // A misuse, not a problem of the document: `finish` still answers as before.
            return Err(Error::at(ErrorKind::FedAfterFinish, 0, (1, 1), String::new()));
        }
        self.apply_cuts();
        if self.buf.try_reserve(chunk.len()).is_err() {
            return Err(self.fail_here(ErrorKind::ArenaExhausted));
        }
        self.buf.extend_from_slice(chunk);
        if self.buf.len() < self.run_at {
            return Ok(Batch { items: &[] });
        }
        match self.run(false) {
            ([], Some(Err(e))) => Err(e),
            // Items before a problem stand: they come now, the problem with the next call.
            (items, _) => Ok(Batch { items }),
        }
    }

    /// Ends the document: hands out the last items and the rest of the response, or the
    /// document's first problem. Calling it again gives the same answer (without the
    /// items, which were handed out).
    pub fn finish(&mut self) -> Finished<'_> {
        if let Some(e) = &self.failed {
            return Finished { items: &[], response: Err(e.clone()) };
        }
        self.finished = true;
        self.apply_cuts();
        match self.run(true) {
            (items, Some(response)) => Finished { items, response },
            // Not reachable: a final run ends the document or fails. Never panic on it.
            (items, None) => Finished {
                items,
                response: Err(Error::at(ErrorKind::UnexpectedEof { inside: "element" }, 0, (1, 1), String::new())),
            },
        }
    }

    /// Cuts the items handed out by the last call (their views are gone now).
    fn apply_cuts(&mut self) {
        if self.pending_cuts.is_empty() {
            return;
        }
        let mut ranges = Vec::with_capacity(self.pending_cuts.len());
        for &(a, e, placeholder) in &self.pending_cuts {
            if placeholder {
                self.buf[a..a + PLACEHOLDER.len()].copy_from_slice(PLACEHOLDER);
                ranges.push((a + PLACEHOLDER.len(), e));
            } else {
                ranges.push((a, e));
            }
        }
        self.map.cut(&mut self.buf, &ranges);
        self.pending_cuts.clear();
        // One large chunk may have grown the buffer: give the memory back.
        if self.buf.capacity() > 4 * self.buf.len() + (1 << 20) {
            self.buf.shrink_to(2 * self.buf.len());
        }
    }

    /// An error at the current end of the document.
    #[cold]
    fn fail_here(&mut self, kind: ErrorKind) -> Error {
        let o = self.buf.len();
        let e = Error::at(kind, self.map.offset(o) as usize, self.map.line_col_u32(&self.buf, o), String::new());
        self.failed = Some(e.clone());
        e
    }

    /// One run over the buffer; `last`: the document ends here. Gives the items that
    /// ended, and the end of the document: `None` if more input is needed, else the
    /// response or the first problem (which is also kept: the parser is fused).
    #[allow(clippy::type_complexity)]
    fn run(&mut self, last: bool) -> (&[Item<'_>], Option<Result<Response<'_>, Error>>) {
        // A UTF-16 byte order mark needs its two bytes to be told from invalid UTF-8.
        if !last && self.buf.len() < 2 && matches!(self.buf.first(), Some(0xFE | 0xFF)) {
            self.run_at = 2;
            return (&[], None);
        }
        self.arena.reset();
        let PushParser { options, buf, map, arena, pending_cuts, run_at, .. } = self;
        let prepared = match Prepared::of(buf, &options.limits, true, !last) {
            Ok(p) => p,
            Err(kind) => {
                let e = Error::at(kind, 0, (1, 1), String::new());
                self.failed = Some(e.clone());
                return (&[], Some(Err(e)));
            }
        };
        let arena: &Bump = arena;
        let buf: &[u8] = buf;
        let run: StreamRun<'_> = with_arena_cap(arena, options, buf.len(), |scratch| {
            Parser::new(prepared.text, prepared.start, arena, scratch, options, false)
                .streamed(StreamMode { jumps: &[], pause_after_bytes: usize::MAX })
                .run_stream()
        });
        // The items, in document offsets; their bytes are cut at the next call.
        let context = Context::of(run.server_version, run.partial_body);
        let mut items = bumpalo::collections::Vec::with_capacity_in(run.items.len(), arena);
        let mut d = 0;
        let (mut skipped, mut duplicates) = (0, 0);
        for it in run.items {
            let crate::view::Value::Record(record) = it.value else { continue };
            while d < run.diagnostics.len() && run.diagnostics[d].offset < it.start {
                d += 1;
            }
            let first = d;
            while d < run.diagnostics.len() && run.diagnostics[d].offset < it.end {
                d += 1;
            }
            let diagnostics = map_diagnostics(arena, map, &run.diagnostics[first..d]);
            items.push(Item {
                record,
                list: it.list,
                offset: map.offset(it.start),
                len: (it.end - it.start) as u64,
                skipped: it.skipped,
                duplicates: it.duplicates,
                diagnostics,
                context,
            });
            skipped += it.skipped;
            duplicates += it.duplicates;
            match cut_start(buf, it.start) {
                Some(from) => pending_cuts.push((from, it.end, false)),
                None if it.end - it.start > PLACEHOLDER.len() => pending_cuts.push((it.start, it.end, true)),
                // Not reachable: an item is `<` and a name of seven letters at least.
                None => {}
            }
        }
        let items = items.into_bump_slice();
        let cut_bytes: usize = pending_cuts.iter().map(|c| c.1 - c.0 - if c.2 { PLACEHOLDER.len() } else { 0 }).sum();
        // What is held outside items (each recorded cut costs a few words too).
        let held = (buf.len() - cut_bytes).saturating_sub(run.open_item.map_or(0, |s| buf.len() - s)) + 32 * map.len();
        let failure = match run.result {
            Ok(parsed) if last && prepared.barrier.is_none() => {
                let outside = map_diagnostics(arena, map, outside_items(arena, run.diagnostics, run.items));
                // The run's counts include its own items; add those of the items cut before.
                let r = final_response(parsed, outside, self.skipped_in_items, self.duplicates_in_items);
                self.skipped_in_items += skipped;
                self.duplicates_in_items += duplicates;
                return (items, Some(Ok(r)));
            }
            // Invalid UTF-8 after a document that ended well is still its first problem.
            Ok(_) if prepared.barrier.is_some() => Some(Ok(())),
            Err(stop) if last || prepared.barrier.is_some() => Some(Err(stop)),
            Err(stop) if stop.class == StopClass::Final && !stop.kind.is_structural() => Some(Err(stop)),
            // The end of the buffer, or a document complete so far (more may follow it).
            _ => None,
        };
        self.skipped_in_items += skipped;
        self.duplicates_in_items += duplicates;
        if let Some(result) = failure {
            let (kind, offset, path) = match settle(result.map(|_| ()), prepared.barrier.clone()) {
                Err(e) => e,
                Ok(()) => (ErrorKind::ArenaExhausted, buf.len(), String::new()),
            };
            let e = Error::at(kind, map.offset(offset) as usize, map.line_col_u32(buf, offset), path);
            self.failed = Some(e.clone());
            return (items, Some(Err(e)));
        }
        let max_held = options.limits.max_input_bytes;
        if held > max_held {
            let o = buf.len();
            let kind = ErrorKind::LimitExceeded { limit: Limit::HeldBytes, max: max_held as u64 };
            let e = Error::at(kind, map.offset(o) as usize, map.line_col_u32(buf, o), String::new());
            self.failed = Some(e.clone());
            return (items, Some(Err(e)));
        }
        let kept = buf.len() - cut_bytes;
        *run_at = kept.saturating_mul(2).max(kept + MIN_RUN_GROWTH);
        (items, None)
    }
}

/// Diagnostics with their offsets in the document, in the arena.
fn map_diagnostics<'x>(arena: &'x Bump, map: &OffsetMap, ds: &[Diagnostic]) -> &'x [Diagnostic] {
    if ds.is_empty() {
        return &[];
    }
    let mapped: Vec<Diagnostic> =
        ds.iter().map(|d| Diagnostic { offset: map.offset(d.offset) as usize, kind: d.kind }).collect();
    arena.try_alloc_slice_copy(&mapped).map_or(&[], |s| &*s)
}
