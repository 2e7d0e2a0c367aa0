//! The pull reader: the items of a response in memory, one call each.
//!
//! Each call parses from the start of the document, stepping over the ranges already
//! handed out (one merged jump per item list), and stops after the next item. What it
//! re-reads each time is the part of the document before the item lists and outside
//! them — a few hundred bytes to a few kilobytes in real responses — so a call costs
//! about one item plus that. Nothing is kept between calls but offsets and counts, which
//! is what lets the caller reset the arena between items.

use bumpalo::Bump;

use super::{final_response, Context, Item};
use crate::parser::{Parser, StopClass, StreamItem, StreamMode, StreamRun};
use crate::{settle, with_arena_cap, Diagnostic, Error, ErrorKind, Options, Prepared, Response};

/// Hands out the items of a whole response in memory one at a time: each `ImGroup` and
/// `Persona` of `ImItemList`, each `Persona` of `People`.
///
/// Each item is a view borrowing the input (zero-copy) and the arena given to
/// [`next_in`](Self::next_in), which the caller may reset between items. The items, the
/// envelope ([`finish_in`](Self::finish_in)) and the first error are exactly those of
/// [`crate::parse_with`] with the same options.
///
/// ```
/// use ews_im::{stream::ItemReader, Bump};
/// let xml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitems-response-seed.xml")).unwrap();
/// let mut reader = ItemReader::new(&xml);
/// let mut arena = Bump::new();
/// while let Some(item) = reader.next_in(&arena)? {
///     if let Some(group) = item.group() {
///         assert_eq!(group.display_name(), Some("Exchange SDK Team"));
///         // What came before the item lists is there too.
///         let body = item.context().body().unwrap();
///         assert_eq!(body.response_message().unwrap().response_code(), Some("NoError"));
///     }
///     arena.reset();
/// }
/// let response = reader.finish_in(&arena)?;
/// assert!(response.server_version_info().is_some());
/// # Ok::<(), ews_im::Error>(())
/// ```
pub struct ItemReader<'i> {
    input: &'i [u8],
    prepared: Result<Prepared<'i>, ErrorKind>,
    options: Options,
    /// Ranges handed out, merged: `(start, end)` in the input.
    jumps: Vec<(usize, usize)>,
    skipped_in_items: u64,
    duplicates_in_items: u64,
    /// Set once the last item has been handed out.
    ended: bool,
    failed: Option<Error>,
}

impl<'i> ItemReader<'i> {
    /// A reader with the default [`Options`].
    pub fn new(input: &'i [u8]) -> Self {
        Self::with_options(input, &Options::default())
    }

    /// A reader with these options (the limits are those of the one-shot parse).
    pub fn with_options(input: &'i [u8], options: &Options) -> Self {
        ItemReader {
            input,
            prepared: Prepared::of(input, &options.limits, false, false),
            options: *options,
            jumps: Vec::new(),
            skipped_in_items: 0,
            duplicates_in_items: 0,
            ended: false,
            failed: None,
        }
    }

    /// The next item, allocated in `arena`; `Ok(None)` after the last one. After an
    /// error every call returns it again.
    pub fn next_in<'x>(&mut self, arena: &'x Bump) -> Result<Option<Item<'x>>, Error>
    where
        'i: 'x,
    {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        if self.ended {
            return Ok(None);
        }
        let run = self.run(arena, true)?;
        if let Some(it) = run.items.first() {
            let item = self.hand_out(arena, it, &run)?;
            return Ok(Some(item));
        }
        match run.result {
            Ok(_) => {
                self.ended = true;
                Ok(None)
            }
            Err(stop) => Err(self.fail(Err(stop))),
        }
    }

    /// The whole response without its items, allocated in `arena`: the envelope, every
    /// field, the totals of skipped elements and duplicates (those inside items
    /// included), and the diagnostics outside items. Items not yet read are read (and
    /// checked) and dropped.
    pub fn finish_in<'x>(&mut self, arena: &'x Bump) -> Result<Response<'x>, Error>
    where
        'i: 'x,
    {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        let run = self.run(arena, false)?;
        let (skipped, duplicates) = run.items.iter().fold((0, 0), |(s, d), it| (s + it.skipped, d + it.duplicates));
        match run.result {
            Ok(parsed) => {
                self.ended = true;
                let outside = outside_items(arena, run.diagnostics, run.items);
                Ok(final_response(
                    parsed,
                    outside,
                    self.skipped_in_items + skipped,
                    self.duplicates_in_items + duplicates,
                ))
            }
            Err(stop) => Err(self.fail(Err(stop))),
        }
    }

    fn run<'x>(&mut self, arena: &'x Bump, pause: bool) -> Result<StreamRun<'x>, Error>
    where
        'i: 'x,
    {
        let prepared = match &self.prepared {
            Ok(p) => Prepared { text: p.text, start: p.start, barrier: p.barrier.clone() },
            Err(kind) => {
                let e = Error::new(kind.clone(), 0, self.input, String::new());
                self.failed = Some(e.clone());
                return Err(e);
            }
        };
        let options = &self.options;
        let mode = StreamMode { jumps: &self.jumps, pause_after_item: pause };
        Ok(with_arena_cap(arena, options, self.input.len(), |scratch| {
            Parser::new(prepared.text, prepared.start, arena, scratch, options, false).streamed(mode).run_stream()
        }))
    }

    fn hand_out<'x>(&mut self, arena: &'x Bump, it: &StreamItem<'x>, run: &StreamRun<'x>) -> Result<Item<'x>, Error> {
        let crate::view::Value::Record(record) = it.value else {
            // Items are records by the schema tables; never panic on it.
            return Err(self.fail(Err(Box::new(crate::parser::Stop {
                kind: ErrorKind::ArenaExhausted,
                offset: it.start,
                path: String::new(),
                class: StopClass::Final,
            }))));
        };
        let text = self.prepared.as_ref().map_or(&[][..], |p| p.text.as_bytes());
        let from = cut_start(text, it.start).unwrap_or(it.start);
        match self.jumps.last_mut() {
            Some(last) if last.1 == from => last.1 = it.end,
            _ => self.jumps.push((from, it.end)),
        }
        self.skipped_in_items += it.skipped;
        self.duplicates_in_items += it.duplicates;
        let inside: Vec<Diagnostic> =
            run.diagnostics.iter().filter(|d| d.offset >= it.start && d.offset < it.end).copied().collect();
        let diagnostics = arena.try_alloc_slice_copy(&inside).unwrap_or(&mut []);
        Ok(Item {
            record,
            list: it.list,
            offset: it.start as u64,
            len: (it.end - it.start) as u64,
            skipped: it.skipped,
            duplicates: it.duplicates,
            diagnostics,
            context: Context::of(run.server_version, run.partial_body),
        })
    }

    fn fail(&mut self, result: Result<(), Box<crate::parser::Stop>>) -> Error {
        let barrier = self.prepared.as_ref().ok().and_then(|p| p.barrier.clone());
        let e = match settle(result, barrier) {
            Ok(()) => Error::new(ErrorKind::ArenaExhausted, 0, self.input, String::new()),
            Err((kind, offset, path)) => Error::new(kind, offset, self.input, path),
        };
        self.failed = Some(e.clone());
        e
    }
}

/// Where the range handed out for an item that starts at `start` begins: the white space
/// before it is stepped over too when markup (`>`) precedes it, so that the ranges of
/// consecutive items touch and merge. `None` when text precedes the item.
pub(crate) fn cut_start(b: &[u8], start: usize) -> Option<usize> {
    let mut a = start;
    while a > 0 && matches!(b[a - 1], b' ' | b'\t' | b'\n' | b'\r') {
        a -= 1;
    }
    (a > 0 && b[a - 1] == b'>').then_some(a)
}

/// The diagnostics of a run that lie outside the items it handed out (both in document
/// order), in the arena.
pub(crate) fn outside_items<'x>(arena: &'x Bump, all: &[Diagnostic], items: &[StreamItem<'_>]) -> &'x [Diagnostic] {
    let mut k = 0;
    let kept: Vec<Diagnostic> = all
        .iter()
        .filter(|d| {
            while k < items.len() && items[k].end <= d.offset {
                k += 1;
            }
            !(k < items.len() && items[k].start <= d.offset)
        })
        .copied()
        .collect();
    arena.try_alloc_slice_copy(&kept).map_or(&[], |s| &*s)
}
