//! The one-shot parser: a `memchr`-driven scanner for XML 1.0 + namespaces, specialised
//! for SOAP/EWS, that fills the views directly.
//!
//! One pass over the input. Each element opened pushes a [`Frame`] saying what the
//! element means here (its *context*, decided by its parent and its expanded name);
//! recognised children push their finished [`Value`]s on a value stack, and an element's
//! end tag turns the values above its mark into an arena slice. Unknown subtrees are
//! still fully checked for well-formedness, but build nothing. No recursion: the frame
//! stack is bounded by [`Limits::max_depth`](crate::Limits::max_depth).
//!
//! This file holds the state and the document level (prolog, root, epilog, the XML
//! declaration); `content.rs` reads what lies between tags, `tag.rs` reads tags and their
//! namespaces, `map.rs` turns elements into values, `lane.rs` is the fast lane for the
//! usual content of a record.

mod content;
mod lane;
mod map;
mod tag;

use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;
use memchr::{memchr, memmem};

use crate::error::{ErrorKind, Syntax};
use crate::limits::Options;
use crate::ns::NsStack;
use crate::scan::is_ws;
use crate::stack::SegmentedStack;
use crate::stream::ItemList;
use crate::text::{RefError, TextAcc};
use crate::view::{Kind, Record, Shape, Value};
use crate::{Diagnostic, DiagnosticKind};

thread_local! {
    /// Set by [`general_only`]: parses on this thread leave the fast lane off.
    static GENERAL_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The guess table of the parses on this thread (see `Parser::guesses`), kept between
    /// them: a parse neither allocates nor clears it, and it takes nothing of the arena cap.
    static GUESS_TABLE: std::cell::RefCell<Option<Box<[u8]>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with the fast paths off for the parses it makes on this thread — the lane
/// (`lane.rs`), the one-step plain leaf of `push_frame` and the next-field guess: the
/// oracle that checks they read everything exactly as the general path does.
pub(crate) fn general_only<R>(f: impl FnOnce() -> R) -> R {
    let before = GENERAL_ONLY.with(|g| g.replace(true));
    let r = f();
    GENERAL_ONLY.with(|g| g.set(before));
    r
}

/// Boxed: the happy path then moves one word per `Result`, not the whole error.
type PResult<T> = Result<T, Box<Stop>>;

/// Why the scan stopped early: an error kind and its byte offset (the full error, with
/// line, column and path, is made once, at the top).
#[derive(Debug, Clone)]
pub(crate) struct Stop {
    pub kind: ErrorKind,
    pub offset: usize,
    pub path: String,
    /// What kind of stop this is (an error, the end of the text reached, a pause).
    pub class: StopClass,
}

/// Whether a [`Stop`] is final. A streamed parse sees only a prefix of the document: a
/// problem found by running into the end of that prefix may vanish with more input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StopClass {
    /// The problem stands whatever follows.
    Final,
    /// Found by reaching the end of the text (unexpected end, empty document, or a start
    /// tag's pending problem that a later, lower-offset one could still replace).
    AtEnd,
    /// Not a problem: the streamed parse handed out an item and stopped (the pull reader).
    Paused,
}

/// One item of an item list (`ImItemList/Groups`, `ImItemList/Personas`, `People`) as a
/// streamed parse hands it out instead of adding it to its list.
#[derive(Clone, Copy)]
pub(crate) struct StreamItem<'a> {
    pub value: Value<'a>,
    pub list: ItemList,
    /// Byte range of the element, start tag to end tag.
    pub start: usize,
    pub end: usize,
    /// Elements skipped and duplicates ignored inside the item.
    pub skipped: u64,
    pub duplicates: u64,
}

/// The open item of an item list.
#[derive(Clone, Copy)]
struct OpenItem {
    start: usize,
    skipped: u64,
    duplicates: u64,
}

/// How a streamed parse differs from a one-shot one.
pub(crate) struct StreamMode<'o> {
    /// Byte ranges inside item lists that earlier runs handed out: each is stepped over
    /// without being read (sorted; each starts at the `<` of an item).
    pub jumps: &'o [(usize, usize)],
    /// Stop after an item once the items handed out in this run hold at least this many
    /// bytes (`0`: after the first item; `usize::MAX`: never).
    pub pause_after_bytes: usize,
}

/// What a streamed run found: the items it handed out and where it stopped.
pub(crate) struct StreamRun<'a> {
    /// The whole document (it ended), or why the run stopped.
    pub result: PResult<Parsed<'a>>,
    pub items: &'a [StreamItem<'a>],
    pub diagnostics: &'a [Diagnostic],
    pub server_version: Option<Record<'a>>,
    /// The body element's fields read so far (for a run that stopped inside it).
    pub partial_body: Option<Record<'a>>,
    /// Start of the item still open where the run stopped.
    pub open_item: Option<usize>,
}

/// What an open element means in its place.
#[derive(Clone, Copy)]
enum Ctx<'a> {
    /// Unknown, duplicate or ignored: checked, not mapped.
    Skip,
    /// The SOAP `Envelope`.
    Envelope,
    /// The first SOAP `Header`.
    Header,
    /// The first SOAP `Body`.
    Body,
    /// A complex element: a record of this shape.
    Record(&'static Shape),
    /// A wrapper whose children named `items` are items of kind `item`.
    /// (The kind is a `Kind::List`.)
    List(&'static Kind),
    /// `MessageXml`: every child is an entry.
    MessageXml,
    /// A leaf: its direct text is its value.
    Leaf,
    /// A `MessageXml` child: its text and these attributes.
    Entry(&'a [(&'a str, &'a str)]),
}

/// Where a finished value goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dest {
    /// Nowhere (skipped elements, the envelope parts).
    None,
    /// Field `n` of the parent record, or an item of the parent list.
    Slot(u8),
    /// The header's `ServerVersionInfo`.
    ServerVersion,
    /// The whole SOAP `Header` of a request (request mode).
    RequestHeaders,
    /// The body element.
    BodyElement,
}

struct Frame<'a> {
    /// The qualified name, for matching the end tag.
    qname: &'a str,
    /// The local name, for error paths and `MessageXml` entries.
    local: &'a str,
    ctx: Ctx<'a>,
    dest: Dest,
    /// Namespace bindings in force before this element's own.
    ns_mark: usize,
    /// Value-stack height when this element opened.
    base: usize,
    /// Fields already seen (records only): first occurrence wins.
    seen: [u64; 2],
    /// The field of the last child recognised (records only), plus one; 0 before any.
    last: u8,
}

/// Entries in the guess table (a power of two): see `child_field`. One byte each, so
/// that the ~200 (record shape, previous child) pairs of a response rarely share one.
const GUESSES: usize = 4096;

/// A value on its way to its parent.
#[derive(Clone, Copy)]
struct Slot<'a> {
    key: u8,
    value: Value<'a>,
}

/// One attribute of the start tag being read.
#[derive(Clone, Copy)]
struct Attr<'a> {
    qname: &'a str,
    /// Byte index of the colon in `qname`, or 0 if unprefixed (a QName cannot start with ':').
    colon: usize,
    value: &'a str,
    offset: usize,
}

impl<'a> Attr<'a> {
    fn prefix(&self) -> &'a str {
        &self.qname[..self.colon]
    }
    fn local(&self) -> &'a str {
        if self.colon == 0 {
            self.qname
        } else {
            &self.qname[self.colon + 1..]
        }
    }
    fn is_xmlns(&self) -> bool {
        self.qname == "xmlns" || (self.colon == 5 && self.qname.starts_with("xmlns"))
    }
}

/// What one parse found, before it becomes a [`crate::Response`] or a [`crate::Request`].
pub(crate) struct Parsed<'a> {
    /// The response header's `ServerVersionInfo` (response mode).
    pub server_version: Option<Record<'a>>,
    /// The request's `Header` (request mode).
    pub request_headers: Option<Record<'a>>,
    /// The body element.
    pub body: Record<'a>,
    pub diagnostics: &'a [Diagnostic],
    pub skipped: u64,
    pub duplicates: u64,
}

pub(crate) struct Parser<'a, 's, 'o> {
    /// The text being parsed (valid UTF-8; it may be a prefix of the input).
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    arena: &'a Bump,
    opts: &'o Options,
    // The working stacks live in a scratch arena that is reset after each parse, so their
    // growth leaves nothing behind in the caller's arena.
    ns: NsStack<'s, 'a>,
    frames: BVec<'s, Frame<'a>>,
    slots: SegmentedStack<'s, Slot<'a>>,
    attrs: BVec<'s, Attr<'a>>,
    diagnostics: BVec<'s, Diagnostic>,
    scratch: &'s Bump,
    /// Text of the innermost leaf or entry being read.
    acc: TextAcc<'a, 's>,
    /// Depth of the frame that collects text into `acc` (frames.len() when it is on top).
    collecting: usize,
    skipped: u64,
    duplicates: u64,
    root_done: bool,
    header_seen: bool,
    body_seen: bool,
    body_element_seen: bool,
    server_version: Option<Record<'a>>,
    /// The request's SOAP `Header` (request mode).
    request_headers: Option<Record<'a>>,
    /// Reading a request (`parse_request`): the body element is one of the request
    /// elements and the `Header` is a record of the EWS request headers.
    request: bool,
    body: Option<Record<'a>>,
    /// The first structural problem (reported only if the document is well-formed).
    structural: Option<Box<Stop>>,
    /// The lowest-offset problem found so far in the start tag being read.
    pending: Option<Box<Stop>>,
    // ----- streaming (crate::stream) ---------------------------------------------
    /// Items are handed out (`items`) instead of being added to their lists.
    stream: bool,
    pause_after_bytes: usize,
    /// Bytes of the items handed out in this run.
    items_bytes: usize,
    /// Depth (`frames.len()`) of the open item list, or `usize::MAX`.
    item_list_depth: usize,
    /// Which item list is open (when `item_list_depth` is set).
    item_list: ItemList,
    item: Option<OpenItem>,
    /// [`Limits::max_item_bytes`](crate::Limits::max_item_bytes), or `usize::MAX`.
    max_item: usize,
    items: BVec<'s, StreamItem<'a>>,
    jumps: &'o [(usize, usize)],
    /// Start of the next jump (`usize::MAX` when none is left): checked once per node
    /// of element content, so it is one compare.
    jump_at: usize,
    jump_index: usize,
    /// Whether the fast paths run (see [`general_only`]).
    lane: bool,
    /// Which child followed which in each record shape, as last seen: the field plus
    /// one, at a hash of the shape and the previous child (see `guess_field`). Taken from
    /// the thread's table for the parse and given back when it ends; only a hint, so
    /// what earlier parses left in it changes no result.
    guesses: Box<[u8]>,
}

impl<'a, 's, 'o> Parser<'a, 's, 'o> {
    pub(crate) fn new(
        s: &'a str,
        start: usize,
        arena: &'a Bump,
        scratch: &'s Bump,
        opts: &'o Options,
        request: bool,
    ) -> Self {
        Parser {
            s,
            b: s.as_bytes(),
            pos: start,
            arena,
            opts,
            ns: NsStack::new(scratch),
            frames: BVec::new_in(scratch),
            slots: SegmentedStack::new(scratch, Slot { key: 0, value: Value::Text("") }),
            attrs: BVec::new_in(scratch),
            diagnostics: BVec::new_in(scratch),
            scratch,
            acc: TextAcc::new(),
            collecting: usize::MAX,
            skipped: 0,
            duplicates: 0,
            root_done: false,
            header_seen: false,
            body_seen: false,
            body_element_seen: false,
            server_version: None,
            request_headers: None,
            request,
            body: None,
            structural: None,
            pending: None,
            stream: false,
            pause_after_bytes: usize::MAX,
            items_bytes: 0,
            item_list_depth: usize::MAX,
            item_list: ItemList::Personas,
            item: None,
            max_item: opts.limits.max_item_bytes.unwrap_or(usize::MAX),
            items: BVec::new_in(scratch),
            jumps: &[],
            jump_at: usize::MAX,
            jump_index: 0,
            lane: !GENERAL_ONLY.with(|g| g.get()),
            guesses: GUESS_TABLE
                .try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.take()))
                .ok()
                .flatten()
                .unwrap_or_else(|| vec![0u8; GUESSES].into_boxed_slice()),
        }
    }

    /// Makes this a streamed parse: items are handed out, not added to their lists, and
    /// the item limit defaults to [`crate::stream::DEFAULT_MAX_ITEM_BYTES`].
    pub(crate) fn streamed(mut self, mode: StreamMode<'o>) -> Self {
        self.stream = true;
        self.pause_after_bytes = mode.pause_after_bytes;
        self.jumps = mode.jumps;
        self.jump_at = mode.jumps.first().map_or(usize::MAX, |j| j.0);
        self.max_item = self.opts.limits.max_item_bytes.unwrap_or(crate::stream::DEFAULT_MAX_ITEM_BYTES);
        self
    }

    // ----- errors -------------------------------------------------------------------

    #[cold]
    fn err<T>(&self, kind: ErrorKind, offset: usize) -> PResult<T> {
        if let Some(limit) = self.item_cut(offset) {
            return Err(limit);
        }
        let mut path = String::new();
        for f in self.frames.iter() {
            path.push('/');
            path.push_str(f.local);
        }
        Err(Box::new(Stop { kind, offset, path, class: StopClass::Final }))
    }

    /// The item limit: whatever happens more than `max_item` bytes into an item is that
    /// item's `LimitExceeded` at the byte past the limit, so that a streamed parse, which
    /// gives up there, and a one-shot parse agree.
    #[cold]
    fn item_cut(&self, at: usize) -> Option<Box<Stop>> {
        let it = self.item?;
        let max = self.max_item;
        if at <= it.start.saturating_add(max) {
            return None;
        }
        // The path of the item list, whether the item's frame is still open (a streamed
        // run that gave up inside it) or closed (the item ended past the limit).
        let depth = self.item_list_depth.min(self.frames.len());
        let mut path = String::new();
        for f in self.frames.iter().take(depth) {
            path.push('/');
            path.push_str(f.local);
        }
        let kind = ErrorKind::LimitExceeded { limit: crate::Limit::ItemBytes, max: max as u64 };
        Some(Box::new(Stop { kind, offset: it.start + max, path, class: StopClass::Final }))
    }

    #[cold]
    fn syntax<T>(&self, s: Syntax, offset: usize) -> PResult<T> {
        self.err(ErrorKind::Syntax(s), offset)
    }

    /// The input ended inside `inside`: always reported at the end of the input, so that
    /// a problem that cut the text short (invalid UTF-8, the size limit) takes precedence.
    ///
    /// Inside a start tag, a problem already found there comes first.
    #[cold]
    fn eof<T>(&self, inside: &'static str) -> PResult<T> {
        if let Some(limit) = self.item_cut(self.b.len()) {
            return Err(limit);
        }
        let mut stop = match &self.pending {
            Some(p) => p.clone(),
            None => match self.err::<()>(ErrorKind::UnexpectedEof { inside }, self.b.len()) {
                Err(stop) => stop,
                Ok(()) => unreachable!("err always fails"),
            },
        };
        stop.class = StopClass::AtEnd;
        Err(stop)
    }

    #[cold]
    fn oom<T>(&self) -> PResult<T> {
        self.err(ErrorKind::ArenaExhausted, self.pos)
    }

    fn ref_error<T>(&self, e: RefError, at: usize) -> PResult<T> {
        match e {
            RefError::Eof => self.eof("reference"),
            RefError::UndefinedEntity => self.err(ErrorKind::UndefinedEntity, at),
            RefError::Invalid => self.err(ErrorKind::InvalidCharRef, at),
        }
    }

    /// A character XML 1.0 forbids, at `offset`: an error in strict mode, otherwise a
    /// diagnostic (the caller writes U+FFFD where the text is kept).
    fn forbidden(&mut self, code: u32, offset: usize) -> PResult<()> {
        if self.opts.strict {
            return self.err(ErrorKind::ForbiddenChar { code }, offset);
        }
        if self.diagnostics.try_reserve(1).is_err() {
            return self.oom();
        }
        self.diagnostics.push(Diagnostic { offset, kind: DiagnosticKind::ForbiddenChar { code } });
        Ok(())
    }

    #[inline]
    fn push_slot(&mut self, slot: Slot<'a>) -> PResult<()> {
        if self.slots.push(slot).is_err() {
            return self.oom();
        }
        Ok(())
    }

    // ----- the document -------------------------------------------------------------

    /// Parses the whole text.
    pub(crate) fn run(mut self) -> PResult<Parsed<'a>> {
        self.document()?;
        self.into_parsed()
    }

    /// Parses the text as a streamed run (see [`Self::streamed`]): also when it stops
    /// early, it says which items it handed out and what it had read.
    pub(crate) fn run_stream(mut self) -> StreamRun<'a> {
        let r = self.document();
        let items = self.arena.try_alloc_slice_copy(&self.items);
        let diagnostics = self.arena.try_alloc_slice_copy(&self.diagnostics);
        let (Ok(items), Ok(diagnostics)) = (items, diagnostics) else {
            let result = self.oom();
            return StreamRun {
                result,
                items: &[],
                diagnostics: &[],
                server_version: None,
                partial_body: None,
                open_item: None,
            };
        };
        let server_version = self.server_version;
        let open_item = self.item.map(|it| it.start);
        let (result, partial_body) = match r {
            Ok(()) => (self.into_parsed(), None),
            Err(stop) => {
                let partial = if self.body.is_some() { None } else { self.partial_body() };
                (Err(stop), partial)
            }
        };
        StreamRun { result, items, diagnostics, server_version, partial_body, open_item }
    }

    /// `document ::= prolog element Misc*`
    fn document(&mut self) -> PResult<()> {
        self.xml_declaration()?;
        // Prolog and epilog: white space, comments and PIs around the one root element.
        loop {
            let Some(lt) = self.skip_ws_to_markup()? else {
                if self.root_done {
                    break;
                }
                let mut stop = Box::new(Stop {
                    kind: ErrorKind::EmptyDocument,
                    offset: self.b.len(),
                    path: String::new(),
                    class: StopClass::AtEnd,
                });
                if let Some(limit) = self.item_cut(self.b.len()) {
                    stop = limit;
                }
                return Err(stop);
            };
            self.pos = lt;
            match self.b.get(lt + 1) {
                Some(b'!') => {
                    if self.b[lt..].starts_with(b"<!--") {
                        self.comment()?;
                    } else if self.b[lt..].starts_with(b"<!DOCTYPE") && !self.root_done {
                        return self.err(ErrorKind::DoctypeNotAllowed, lt);
                    } else if self.b[lt..].starts_with(b"<![CDATA[") {
                        return self.syntax(Syntax::CdataOutsideRoot, lt);
                    } else if lt + 2 >= self.b.len()
                        || [&b"<!--"[..], b"<!DOCTYPE", b"<![CDATA["].iter().any(|k| k.starts_with(&self.b[lt..]))
                    {
                        return self.eof("markup declaration");
                    } else {
                        return self.syntax(Syntax::InvalidMarkupDeclaration, lt);
                    }
                }
                Some(b'?') => self.pi()?,
                Some(b'/') => return self.syntax(Syntax::UnexpectedEndTag, lt),
                None => return self.eof("markup"),
                Some(_) => {
                    if self.root_done {
                        return self.syntax(Syntax::SecondRoot, lt);
                    }
                    self.start_tag()?;
                    if !self.frames.is_empty() {
                        self.content()?;
                    }
                    self.root_done = true;
                }
            }
        }
        Ok(())
    }

    /// What [`Self::document`] found, once the document proved well-formed.
    fn into_parsed(mut self) -> PResult<Parsed<'a>> {
        if let Some(stop) = self.structural.take() {
            return Err(stop);
        }
        let Some(body) = self.body else {
            // Unreachable for a well-formed document (a missing body is structural), but
            // never panic: report it as such.
            return self.err(ErrorKind::MissingBody, self.b.len());
        };
        let Ok(diagnostics) = self.arena.try_alloc_slice_copy(&self.diagnostics) else {
            return self.oom();
        };
        Ok(Parsed {
            server_version: self.server_version,
            request_headers: self.request_headers,
            body,
            diagnostics,
            skipped: self.skipped,
            duplicates: self.duplicates,
        })
    }

    /// Outside the root: skips white space; returns the position of the next `<`, or
    /// `None` at the end. Anything else there is not well-formed.
    fn skip_ws_to_markup(&mut self) -> PResult<Option<usize>> {
        let mut i = self.pos;
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        self.pos = i;
        match self.b.get(i) {
            None => Ok(None),
            Some(b'<') => Ok(Some(i)),
            Some(_) => self.syntax(Syntax::TextOutsideRoot, i),
        }
    }

    /// `XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>'`, only as the very
    /// first thing (after the BOM). The encoding label is not consulted: EWS is UTF-8.
    fn xml_declaration(&mut self) -> PResult<()> {
        let start = self.pos;
        let b = self.b;
        if !(b[start..].starts_with(b"<?xml") && b.get(start + 5).is_some_and(|&c| is_ws(c) || c == b'?')) {
            if b.len() - start < 6 && b"<?xml ".starts_with(&b[start..]) && b.len() > start {
                return self.eof("XML declaration");
            }
            return Ok(());
        }
        let Some(end) = memmem::find(&b[start..], b"?>").map(|i| start + i) else {
            return self.eof("XML declaration");
        };
        let bad = |p: &Self| p.syntax(Syntax::InvalidXmlDeclaration, start);
        let mut i = start + 5;
        let mut seen = 0; // 0: none, 1: version, 2: encoding, 3: standalone
        loop {
            let ws_start = i;
            while i < end && is_ws(b[i]) {
                i += 1;
            }
            if i == end {
                break;
            }
            if i == ws_start {
                return bad(self);
            }
            let name_start = i;
            while i < end && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let name = &b[name_start..i];
            while i < end && is_ws(b[i]) {
                i += 1;
            }
            if i >= end || b[i] != b'=' {
                return bad(self);
            }
            i += 1;
            while i < end && is_ws(b[i]) {
                i += 1;
            }
            if i >= end || (b[i] != b'"' && b[i] != b'\'') {
                return bad(self);
            }
            let q = b[i];
            let v_start = i + 1;
            let Some(v_len) = memchr(q, &b[v_start..end]) else {
                return bad(self);
            };
            let v = &b[v_start..v_start + v_len];
            i = v_start + v_len + 1;
            let ok = match (name, seen) {
                (b"version", 0) => {
                    seen = 1;
                    v.len() > 2 && v.starts_with(b"1.") && v[2..].iter().all(u8::is_ascii_digit)
                }
                (b"encoding", 1) => {
                    seen = 2;
                    !v.is_empty()
                        && v[0].is_ascii_alphabetic()
                        && v[1..].iter().all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
                }
                (b"standalone", 1 | 2) => {
                    seen = 3;
                    v == b"yes" || v == b"no"
                }
                _ => false,
            };
            if !ok {
                return bad(self);
            }
        }
        if seen == 0 {
            return bad(self);
        }
        self.pos = end + 2;
        Ok(())
    }
}

impl Drop for Parser<'_, '_, '_> {
    /// Gives the guess table back to the thread for the next parse.
    fn drop(&mut self) {
        let table = std::mem::take(&mut self.guesses);
        let _ = GUESS_TABLE.try_with(|t| {
            if let Ok(mut t) = t.try_borrow_mut() {
                *t = Some(table);
            }
        });
    }
}
