//! The pull reader: the items of a response in memory, a few at a time.
//!
//! Each call parses from the start of the document, stepping over the ranges already
//! handed out (one merged jump per item list), and stops after the next item — or, when
//! what it re-read before reaching it (the document outside the items, `H` bytes) is
//! larger than an item, after as many items as hold `H` bytes. So a call costs at most
//! about twice what it hands out, and all calls together about twice the document,
//! whatever its shape; in real responses `H` is a few kilobytes and a call hands out one
//! item. Nothing is kept between calls but offsets and counts, which is what lets the
//! caller reset the arena between calls.

use bumpalo::Bump;

use super::{final_response, Context, Item};
use crate::parser::{Parser, StopClass, StreamItem, StreamMode, StreamRun};
use crate::{settle, with_arena_cap, Diagnostic, Error, ErrorKind, Options, Prepared, Response};

/// Hands out the items of a whole response in memory as they are read: each `ImGroup` and
/// `Persona` of `ImItemList`, each `Persona` of `People`.
///
/// Each item is a view borrowing the input (zero-copy) and the arena given to
/// [`next_in`](Self::next_in), which the caller may reset between calls. A call hands out
/// the next item — or a few, when the document outside the items is larger than an item.
/// Why: nothing is kept between calls but offsets (that is what lets you reset the arena),
/// so each call re-reads the document outside the items handed out so far; handing out at
/// least as many bytes of items as it re-read keeps all calls together at about twice the
/// document. In real responses that part is a few kilobytes and a call hands out one item.
/// The items, the envelope
/// ([`finish_in`](Self::finish_in)) and the first error are exactly those of
/// [`crate::parse_with`] with the same options.
///
/// ```
/// use ews_im::{stream::ItemReader, Bump};
/// let xml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitems-response-seed.xml")).unwrap();
/// let mut reader = ItemReader::new(&xml);
/// let mut arena = Bump::new();
/// loop {
///     let items = reader.next_in(&arena)?;
///     if items.is_empty() {
///         break;
///     }
///     for item in items {
///         if let Some(group) = item.group() {
///             assert_eq!(group.display_name(), Some("Exchange SDK Team"));
///             // What came before the item lists is there too.
///             let body = item.context().body().unwrap();
///             assert_eq!(body.response_message().unwrap().response_code(), Some("NoError"));
///         }
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
    /// Bytes inside the jumps.
    jumped: usize,
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
            jumped: 0,
            skipped_in_items: 0,
            duplicates_in_items: 0,
            ended: false,
            failed: None,
        }
    }

    /// The next items (at least one), allocated in `arena`; empty after the last one.
    /// After an error every call returns it again; the items of earlier calls stand.
    pub fn next_in<'x>(&mut self, arena: &'x Bump) -> Result<&'x [Item<'x>], Error>
    where
        'i: 'x,
    {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        if self.ended {
            return Ok(&[]);
        }
        // What this run re-reads before it reaches new items: hand out at least as much.
        let reread = self.jumps.last().map_or(0, |j| j.1) - self.jumped;
        let run = self.run(arena, reread)?;
        if !run.items.is_empty() {
            let mut out = bumpalo::collections::Vec::with_capacity_in(run.items.len(), arena);
            for it in run.items {
                out.push(self.hand_out(arena, it, &run)?);
            }
            // The items before a problem stand: the problem comes with the next call.
            if let Err(stop) = run.result {
                if stop.class != StopClass::Paused {
                    self.fail(Err(stop));
                }
            }
            return Ok(out.into_bump_slice());
        }
        match self.settled(run.result) {
            Ok(_) => {
                self.ended = true;
                Ok(&[])
            }
            Err(e) => Err(e),
        }
    }

    /// A run's end as the one-shot parse gives it: a barrier (invalid UTF-8, the size
    /// limit) fails also a document that ended well before it.
    fn settled<'x>(
        &mut self,
        result: Result<crate::parser::Parsed<'x>, Box<crate::parser::Stop>>,
    ) -> Result<crate::parser::Parsed<'x>, Error> {
        let barrier = self.prepared.as_ref().ok().and_then(|p| p.barrier.clone());
        match (result, barrier) {
            (Ok(parsed), None) => Ok(parsed),
            (Ok(_), Some(b)) => {
                let (kind, offset) = b;
                let e = Error::new(kind, offset, self.input, String::new());
                self.failed = Some(e.clone());
                Err(e)
            }
            (Err(stop), _) => Err(self.fail(Err(stop))),
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
        let run = self.run(arena, usize::MAX)?;
        match self.settled(run.result) {
            Ok(parsed) => {
                self.ended = true;
                let outside = outside_items(arena, run.diagnostics, run.items);
                // The counts of this run include its items (read and dropped here).
                Ok(final_response(parsed, outside, self.skipped_in_items, self.duplicates_in_items))
            }
            Err(e) => Err(e),
        }
    }

    /// A run from the start, stepping over what was handed out; it pauses after an item
    /// once the items it handed out hold `pause_after` bytes.
    fn run<'x>(&mut self, arena: &'x Bump, pause_after: usize) -> Result<StreamRun<'x>, Error>
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
        let mode = StreamMode { jumps: &self.jumps, pause_after_bytes: pause_after };
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
        // A jump starts at the item's `<`; it extends the last one when only white space
        // lies between them (stepped over as part of it).
        let text = self.prepared.as_ref().map_or(&[][..], |p| p.text.as_bytes());
        let touches = |last: &(usize, usize)| cut_start(text, it.start).unwrap_or(it.start) == last.1;
        match self.jumps.last_mut() {
            Some(last) if touches(last) => {
                self.jumped += it.end - last.1;
                last.1 = it.end;
            }
            _ => {
                self.jumps.push((it.start, it.end));
                self.jumped += it.end - it.start;
            }
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
