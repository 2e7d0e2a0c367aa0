//! The one-shot parser: a `memchr`-driven scanner for XML 1.0 + namespaces, specialised
//! for SOAP/EWS, that fills the views directly.
//!
//! One pass over the input. Each element opened pushes a [`Frame`] saying what the
//! element means here (its *context*, decided by its parent and its expanded name);
//! recognised children push their finished [`Value`]s on a value stack, and an element's
//! end tag turns the values above its mark into an arena slice. Unknown subtrees are
//! still fully checked for well-formedness, but build nothing. No recursion: the frame
//! stack is bounded by [`Limits::max_depth`](crate::Limits::max_depth).

use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;
use memchr::{memchr, memchr3, memmem};

use crate::error::{ErrorKind, Limit, Syntax};
use crate::limits::Options;
use crate::ns::{Binding, Ns, NsStack, XMLNS_NS, XML_NS};
use crate::scan::{self, is_ws, NameScan};
use crate::stack::SegmentedStack;
use crate::text::{parse_ref, Ref, RefError, TextAcc};
use crate::view::Fault;
use crate::view::{
    Body, HasShape, Kind, MessageXmlEntry, NsRule, Record, ServerVersionInfo, Shape, Src, Value, BODY_ELEMENTS,
};
use crate::{Diagnostic, DiagnosticKind, Response};

/// Boxed: the happy path then moves one word per `Result`, not the whole error.
type PResult<T> = Result<T, Box<Stop>>;

/// Why the scan stopped early: an error kind and its byte offset (the full error, with
/// line, column and path, is made once, at the top).
#[derive(Debug, Clone)]
pub(crate) struct Stop {
    pub kind: ErrorKind,
    pub offset: usize,
    pub path: String,
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
}

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
    /// The first byte at or after the last text position looked at that needs the slow
    /// text path (see `scan::find_special`).
    special: usize,
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
    body: Option<Record<'a>>,
    /// The first structural problem (reported only if the document is well-formed).
    structural: Option<Box<Stop>>,
    /// The lowest-offset problem found so far in the start tag being read.
    pending: Option<Box<Stop>>,
}

impl<'a, 's, 'o> Parser<'a, 's, 'o> {
    pub(crate) fn new(s: &'a str, start: usize, arena: &'a Bump, scratch: &'s Bump, opts: &'o Options) -> Self {
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
            special: scan::find_special(s.as_bytes(), start),
            acc: TextAcc::new(),
            collecting: usize::MAX,
            skipped: 0,
            duplicates: 0,
            root_done: false,
            header_seen: false,
            body_seen: false,
            body_element_seen: false,
            server_version: None,
            body: None,
            structural: None,
            pending: None,
        }
    }

    // ----- errors -------------------------------------------------------------------

    #[cold]
    fn err<T>(&self, kind: ErrorKind, offset: usize) -> PResult<T> {
        let mut path = String::new();
        for f in self.frames.iter() {
            path.push('/');
            path.push_str(f.local);
        }
        Err(Box::new(Stop { kind, offset, path }))
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
        if let Some(p) = &self.pending {
            return Err(p.clone());
        }
        self.err(ErrorKind::UnexpectedEof { inside }, self.b.len())
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

    fn push_slot(&mut self, slot: Slot<'a>) -> PResult<()> {
        if self.slots.push(slot).is_err() {
            return self.oom();
        }
        Ok(())
    }

    // ----- the document -------------------------------------------------------------

    /// `document ::= prolog element Misc*`
    pub(crate) fn run(mut self) -> PResult<Response<'a>> {
        self.xml_declaration()?;
        // Prolog and epilog: white space, comments and PIs around the one root element.
        loop {
            let Some(lt) = self.skip_ws_to_markup()? else {
                if self.root_done {
                    break;
                }
                return self.err(ErrorKind::EmptyDocument, self.b.len());
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
        Ok(Response {
            server_version_info: self.server_version.map(ServerVersionInfo),
            body: Body::from_record(body),
            diagnostics,
            skipped_elements: self.skipped,
            duplicates_ignored: self.duplicates,
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

    // ----- element content ----------------------------------------------------------

    /// `content ::= CharData? ((element | Reference | CDSect | PI | Comment) CharData?)*`
    /// until the root element's end tag.
    fn content(&mut self) -> PResult<()> {
        loop {
            self.char_data()?;
            let lt = self.pos;
            let Some(&next) = self.b.get(lt + 1) else {
                return self.eof("element");
            };
            match next {
                b'/' => {
                    self.end_tag()?;
                    if self.frames.is_empty() {
                        return Ok(());
                    }
                }
                b'!' => {
                    let rest = &self.b[lt..];
                    if rest.starts_with(b"<!--") {
                        self.comment()?;
                    } else if rest.starts_with(b"<![CDATA[") {
                        self.cdata()?;
                    } else if b"<![CDATA[".starts_with(rest) || b"<!--".starts_with(rest) {
                        return self.eof("markup declaration");
                    } else {
                        return self.syntax(Syntax::InvalidMarkupDeclaration, lt);
                    }
                }
                b'?' => self.pi()?,
                _ => self.start_tag()?,
            }
        }
    }

    /// Character data up to the next `<` (left at `self.pos`), with references decoded.
    /// Kept only when the innermost element collects text; always checked.
    #[inline]
    fn char_data(&mut self) -> PResult<()> {
        let b = self.b;
        let mut run = self.pos;
        let mut p = self.pos;
        loop {
            // '<' ends the text, '&' starts a reference, '>' must be checked for a
            // preceding "]]" (not allowed in character data).
            let Some(i) = scan::find_text_stop(b, p) else {
                self.text_piece(run, b.len())?;
                self.pos = b.len();
                return self.eof("element");
            };
            let q = p + i;
            match b[q] {
                b'>' => {
                    if q >= run + 2 && b[q - 1] == b']' && b[q - 2] == b']' {
                        return self.syntax(Syntax::CdataEndInText, q - 2);
                    }
                    p = q + 1;
                }
                b'<' => {
                    self.text_piece(run, q)?;
                    self.pos = q;
                    return Ok(());
                }
                _ => {
                    self.text_piece(run, q)?;
                    let (r, end) = match parse_ref(b, q) {
                        Ok(x) => x,
                        Err(e) => return self.ref_error(e, q),
                    };
                    self.text_ref(r, q)?;
                    run = end;
                    p = end;
                }
            }
        }
    }

    #[inline]
    fn collects(&self) -> bool {
        self.collecting == self.frames.len()
    }

    /// A decoded reference inside text.
    fn text_ref(&mut self, r: Ref, at: usize) -> PResult<()> {
        let c = match r {
            Ref::Char(c) => c,
            Ref::Forbidden(code) => {
                self.forbidden(code, at)?;
                '\u{FFFD}'
            }
        };
        if self.collects() && self.acc.push_char(c, self.scratch).is_err() {
            return self.oom();
        }
        Ok(())
    }

    /// Literal character data `b[start..end]` (no `<` or `&` inside): kept if collected,
    /// with end-of-line handling and forbidden characters replaced.
    #[inline]
    fn text_piece(&mut self, start: usize, end: usize) -> PResult<()> {
        if start == end {
            return Ok(());
        }
        if self.special < start {
            self.special = scan::find_special(self.b, start);
        }
        if self.special >= end {
            // The fast path: the raw bytes are the text.
            if self.collects() && self.acc.push_str(&self.s[start..end], self.scratch).is_err() {
                return self.oom();
            }
            return Ok(());
        }
        self.text_piece_slow(start, end)
    }

    /// The slow path of [`text_piece`]: CR / CR LF become LF; C0 controls, U+FFFE and
    /// U+FFFF become U+FFFD with a diagnostic (or an error in strict mode).
    #[cold]
    fn text_piece_slow(&mut self, start: usize, end: usize) -> PResult<()> {
        let b = self.b;
        let collect = self.collects();
        let mut run = start;
        let mut i = start;
        while i < end {
            let c = b[i];
            let (replacement, width) = if c == b'\r' {
                ('\n', if b.get(i + 1) == Some(&b'\n') && i + 1 < end { 2 } else { 1 })
            } else if c < 0x20 && c != b'\t' && c != b'\n' {
                self.forbidden(u32::from(c), i)?;
                ('\u{FFFD}', 1)
            } else if c == 0xEF && i + 2 < b.len() && b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF) {
                self.forbidden(if b[i + 2] == 0xBE { 0xFFFE } else { 0xFFFF }, i)?;
                ('\u{FFFD}', 3)
            } else {
                i += 1;
                continue;
            };
            if collect
                && (self.acc.push_str(&self.s[run..i], self.scratch).is_err()
                    // A decoded character always goes to the buffer (and so to the arena):
                    // every string of a view lies in the input or in the arena.
                    || self.acc.push_char(replacement, self.scratch).is_err())
            {
                return self.oom();
            }
            i += width;
            run = i;
        }
        if collect && self.acc.push_str(&self.s[run..end], self.scratch).is_err() {
            return self.oom();
        }
        self.special = scan::find_special(b, end);
        Ok(())
    }

    /// Checks `b[start..end]` (comment or PI content) for forbidden characters only.
    fn check_chars(&mut self, start: usize, end: usize) -> PResult<()> {
        if self.special < start {
            self.special = scan::find_special(self.b, start);
        }
        if self.special >= end {
            return Ok(());
        }
        let saved = self.collecting;
        self.collecting = usize::MAX;
        let r = self.text_piece_slow(start, end);
        self.collecting = saved;
        r
    }

    /// `Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->'`
    fn comment(&mut self) -> PResult<()> {
        let start = self.pos + 4;
        let Some(i) = memmem::find(&self.b[start..], b"--") else {
            return self.eof("comment");
        };
        let dd = start + i;
        match self.b.get(dd + 2) {
            Some(b'>') => {}
            Some(_) => return self.syntax(Syntax::DoubleHyphenInComment, dd),
            None => return self.eof("comment"),
        }
        self.check_chars(start, dd)?;
        self.pos = dd + 3;
        Ok(())
    }

    /// `CDSect ::= '<![CDATA[' (Char* - (Char* ']]>' Char*)) ']]>'`: its content is text, verbatim.
    fn cdata(&mut self) -> PResult<()> {
        let start = self.pos + 9;
        let Some(i) = memmem::find(&self.b[start..], b"]]>") else {
            return self.eof("CDATA section");
        };
        let end = start + i;
        self.text_piece(start, end)?;
        self.pos = end + 3;
        Ok(())
    }

    /// `PI ::= '<?' PITarget (S (Char* - (Char* '?>' Char*)))? '?>'`; ignored.
    fn pi(&mut self) -> PResult<()> {
        let lt = self.pos;
        let name_start = lt + 2;
        let name_end = match scan::scan_name(self.s, name_start) {
            NameScan::Name { end, .. } => end,
            NameScan::NotAName if name_start >= self.b.len() => return self.eof("processing instruction"),
            NameScan::NotAName => return self.syntax(Syntax::ExpectedName, name_start),
        };
        let target = &self.s[name_start..name_end];
        if target.eq_ignore_ascii_case("xml") {
            return self.syntax(Syntax::ReservedPiTarget, lt);
        }
        if target.contains(':') {
            return self.err(ErrorKind::Namespace, name_start);
        }
        let Some(i) = memmem::find(&self.b[name_end..], b"?>") else {
            return self.eof("processing instruction");
        };
        let end = name_end + i;
        if end != name_end && !is_ws(self.b[name_end]) {
            return self.syntax(Syntax::InvalidName, name_end);
        }
        self.check_chars(name_end, end)?;
        self.pos = end + 2;
        Ok(())
    }

    // ----- tags ---------------------------------------------------------------------

    /// Scans a QName at `start`: returns its end and the colon's index (0 if none).
    ///
    /// A name over the length limit, or with misplaced colons, does not stop the tag: the
    /// problem is kept as pending (see [`Self::soft`]) and the scan goes on.
    #[inline]
    fn qname(&mut self, start: usize) -> PResult<(usize, usize)> {
        let (end, colon, colons) = match scan::scan_name(self.s, start) {
            NameScan::Name { end, colon, colons } => (end, colon, colons),
            NameScan::NotAName if start >= self.b.len() => return self.eof("tag"),
            NameScan::NotAName => return self.hard(ErrorKind::Syntax(Syntax::ExpectedName), start),
        };
        let max = self.opts.limits.max_name_bytes;
        if end - start > max {
            self.soft(ErrorKind::LimitExceeded { limit: Limit::NameBytes, max: max as u64 }, start + max);
        }
        if end == self.b.len() {
            return self.eof("tag");
        }
        if colons != 0 {
            // Namespaces in XML: at most one colon, not first, not last, and the local part
            // starts like a name (`m:1X` is no QName).
            let local_start = start + colon + 1;
            let ok = colons == 1
                && local_start < end
                && self.s[local_start..].chars().next().is_some_and(scan::is_name_start_char);
            if !ok {
                self.soft(ErrorKind::Namespace, start);
            }
        }
        Ok((end, colon))
    }

    /// Records a problem in the current start tag that does not stop reading it (limits,
    /// duplicate attributes, namespace rules); the lowest offset is kept. Why not stop at
    /// once: namespace declarations may follow the attributes that use them, so a prefix
    /// problem earlier in the tag is only known at its end, and the contract reports the
    /// problem at the lowest offset.
    #[cold]
    fn soft(&mut self, kind: ErrorKind, offset: usize) {
        if self.pending.as_ref().is_none_or(|p| offset < p.offset) {
            if let Err(stop) = self.err::<()>(kind, offset) {
                self.pending = Some(stop);
            }
        }
    }

    /// A problem that stops the tag: reported unless a pending one came earlier.
    #[cold]
    fn hard<T>(&mut self, kind: ErrorKind, offset: usize) -> PResult<T> {
        match self.pending.take() {
            Some(p) if p.offset <= offset => Err(p),
            _ => self.err(kind, offset),
        }
    }

    /// `STag ::= '<' Name (S Attribute)* S? '>'` and `EmptyElemTag ::= '<' Name (S Attribute)* S? '/>'`
    fn start_tag(&mut self) -> PResult<()> {
        let lt = self.pos;
        let max_depth = self.opts.limits.max_depth;
        if self.frames.len() >= max_depth {
            return self.err(ErrorKind::LimitExceeded { limit: Limit::Depth, max: max_depth as u64 }, lt);
        }
        self.pending = None;
        let (name_end, colon) = self.qname(lt + 1)?;
        let qname = &self.s[lt + 1..name_end];
        self.attrs.clear();
        let mut counts = (0usize, 0usize); // attributes, namespace declarations
        let b = self.b;
        let mut p = name_end;
        let empty = loop {
            let ws_start = p;
            while p < b.len() && is_ws(b[p]) {
                p += 1;
            }
            let Some(&c) = b.get(p) else {
                return self.eof("start tag");
            };
            match c {
                b'>' => {
                    p += 1;
                    break false;
                }
                b'/' => match b.get(p + 1) {
                    Some(b'>') => {
                        p += 2;
                        break true;
                    }
                    None => return self.eof("start tag"),
                    Some(_) => return self.hard(ErrorKind::Syntax(Syntax::ExpectedTagEnd), p),
                },
                _ => {}
            }
            if p == ws_start {
                // `<a b="1"c="2">` lacks a space; `<a</b>` lacks the end of the tag.
                let next_is_name = matches!(scan::scan_name(self.s, p), NameScan::Name { .. });
                let s = if next_is_name { Syntax::ExpectedWhitespace } else { Syntax::ExpectedTagEnd };
                return self.hard(ErrorKind::Syntax(s), p);
            }
            p = self.attribute(p, &mut counts)?;
        };
        self.pos = p;
        self.open(lt, qname, colon, empty)
    }

    /// `Attribute ::= Name Eq AttValue`; keeps it in `self.attrs`; returns the index after it.
    fn attribute(&mut self, start: usize, counts: &mut (usize, usize)) -> PResult<usize> {
        counts.0 += 1;
        let max = self.opts.limits.max_attributes;
        if counts.0 == max + 1 {
            self.soft(ErrorKind::LimitExceeded { limit: Limit::Attributes, max: max as u64 }, start);
        }
        let (name_end, colon) = self.qname(start)?;
        let qname = &self.s[start..name_end];
        let xmlns = qname == "xmlns" || (colon == 5 && qname.starts_with("xmlns"));
        // Problems at the attribute's name come before anything in its value.
        if self.pending.is_none() {
            // Well-formedness: no attribute name twice on one element.
            if self.attrs.iter().any(|a| a.qname == qname) {
                self.soft(ErrorKind::DuplicateAttribute, start);
            }
            if xmlns {
                counts.1 += 1;
                let max = self.opts.limits.max_namespace_declarations;
                if counts.1 > max {
                    self.soft(ErrorKind::LimitExceeded { limit: Limit::NamespaceDeclarations, max: max as u64 }, start);
                }
            }
        }
        let b = self.b;
        let mut p = name_end;
        while p < b.len() && is_ws(b[p]) {
            p += 1;
        }
        match b.get(p) {
            Some(b'=') => p += 1,
            None => return self.eof("start tag"),
            Some(_) => return self.hard(ErrorKind::Syntax(Syntax::ExpectedEquals), p),
        }
        while p < b.len() && is_ws(b[p]) {
            p += 1;
        }
        let q = match b.get(p) {
            Some(&q @ (b'"' | b'\'')) => q,
            None => return self.eof("start tag"),
            Some(_) => return self.hard(ErrorKind::Syntax(Syntax::ExpectedQuote), p),
        };
        let v_start = p + 1;
        let mut i = v_start;
        let v_end = loop {
            let Some(k) = memchr3(q, b'<', b'&', &b[i..]) else {
                return self.eof("attribute value");
            };
            let at = i + k;
            match b[at] {
                b'<' => return self.hard(ErrorKind::Syntax(Syntax::LtInAttributeValue), at),
                // A bad reference spoils the value, not the tag: it is kept as pending and the
                // tag read on, so that an earlier problem only seen at the tag's end (an
                // undeclared prefix) still wins.
                b'&' => match parse_ref(b, at) {
                    Ok((_, end)) => i = end,
                    Err(RefError::Eof) => return self.eof("reference"),
                    Err(RefError::UndefinedEntity) => {
                        self.soft(ErrorKind::UndefinedEntity, at);
                        i = at + 1;
                    }
                    Err(RefError::Invalid) => {
                        self.soft(ErrorKind::InvalidCharRef, at);
                        i = at + 1;
                    }
                },
                _ => break at,
            }
        };
        let raw = &self.s[v_start..v_end];
        let attr = Attr { qname, colon, value: raw, offset: start };
        if self.pending.is_some() && !xmlns {
            // The tag is already rejected; only declarations still matter (for namespace
            // problems earlier in it). Nothing later can come first.
            return Ok(v_end + 1);
        }
        let value = if scan::attr_needs_slow_path(raw.as_bytes()) {
            match self.normalize_attr(v_start, v_end) {
                Ok(v) => v,
                Err(stop) if stop.kind == ErrorKind::ArenaExhausted => return Err(stop),
                // A forbidden character (strict mode): pending, like a bad reference.
                Err(stop) => {
                    self.soft(stop.kind, stop.offset);
                    raw
                }
            }
        } else {
            raw
        };
        let attr = Attr { value, ..attr };
        if self.attrs.try_reserve(1).is_err() {
            return self.oom();
        }
        self.attrs.push(attr);
        Ok(v_end + 1)
    }

    /// Attribute-value normalisation into the arena: references decoded, literal TAB,
    /// LF, CR and CR LF become one space, forbidden characters U+FFFD.
    #[cold]
    fn normalize_attr(&mut self, start: usize, end: usize) -> PResult<&'a str> {
        let b = self.b;
        let mut acc = TextAcc::new();
        let mut run = start;
        let mut i = start;
        while i < end {
            let c = b[i];
            let (rep, next): (char, usize) = match c {
                b'&' => match parse_ref(b, i) {
                    Ok((Ref::Char(ch), e)) => (ch, e),
                    Ok((Ref::Forbidden(code), e)) => {
                        self.forbidden(code, i)?;
                        ('\u{FFFD}', e)
                    }
                    Err(e) => return self.ref_error(e, i),
                },
                b'\r' => (' ', if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 }),
                b'\t' | b'\n' => (' ', i + 1),
                0..=0x1F => {
                    self.forbidden(u32::from(c), i)?;
                    ('\u{FFFD}', i + 1)
                }
                0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                    self.forbidden(if b.get(i + 2) == Some(&0xBE) { 0xFFFE } else { 0xFFFF }, i)?;
                    ('\u{FFFD}', i + 3)
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            if acc.push_str(&self.s[run..i], self.scratch).is_err() || acc.push_char(rep, self.scratch).is_err() {
                return self.oom();
            }
            i = next;
            run = i;
        }
        if acc.push_str(&self.s[run..end], self.scratch).is_err() {
            return self.oom();
        }
        match acc.finish(self.arena) {
            Ok(v) => Ok(v),
            Err(()) => self.oom(),
        }
    }

    /// After a start tag: applies its namespace declarations, resolves its name and
    /// attributes, and pushes the frame (and pops it again for `<x/>`). Of all the
    /// problems of the tag, the one at the lowest offset is reported.
    fn open(&mut self, lt: usize, qname: &'a str, colon: usize, empty: bool) -> PResult<()> {
        let ns_mark = self.ns.mark();
        // Declarations first: they may follow the attributes that use them.
        let mut has_prefixed = false;
        for k in 0..self.attrs.len() {
            let a = self.attrs[k];
            if a.is_xmlns() {
                self.declare(a)?;
            } else if a.colon != 0 {
                has_prefixed = true;
            }
        }
        let (prefix, local) = if colon == 0 { ("", qname) } else { (&qname[..colon], &qname[colon + 1..]) };
        let ns = match self.ns.lookup(prefix) {
            _ if prefix == "xmlns" => {
                self.soft(ErrorKind::Namespace, lt + 1);
                Ns::None
            }
            Some(bnd) => bnd.ns,
            None if prefix.is_empty() => Ns::None,
            None => {
                self.soft(ErrorKind::UndeclaredPrefix, lt + 1);
                Ns::None
            }
        };
        if has_prefixed {
            // Prefixed attributes: declared prefixes, and no two with the same expanded name.
            for k in 0..self.attrs.len() {
                let a = self.attrs[k];
                if a.colon != 0 && !a.is_xmlns() && self.ns.lookup(a.prefix()).is_none() {
                    self.soft(ErrorKind::UndeclaredPrefix, a.offset);
                }
            }
            self.check_expanded_duplicates();
        }
        if let Some(stop) = self.pending.take() {
            return Err(stop);
        }
        self.push_frame(lt, qname, local, ns, ns_mark)?;
        if empty {
            self.close()?;
        }
        Ok(())
    }

    /// Namespaces in XML 1.0: `xmlns:p=""` is not allowed, `xml` only to its URI,
    /// `xmlns` never, and no other prefix to either reserved URI. A bad declaration is
    /// a pending problem and binds nothing.
    fn declare(&mut self, a: Attr<'a>) -> PResult<()> {
        let prefix = if a.colon == 0 { "" } else { a.local() };
        let uri = a.value;
        let bad = (prefix == "xmlns")
            || (prefix == "xml") != (uri == XML_NS)
            || uri == XMLNS_NS
            || (!prefix.is_empty() && uri.is_empty());
        if bad {
            self.soft(ErrorKind::Namespace, a.offset);
            return Ok(());
        }
        if prefix == "xml" {
            return Ok(()); // re-declaring xml to its own URI changes nothing
        }
        if self.ns.push(Binding { prefix, uri, ns: Ns::classify(uri) }).is_err() {
            return self.oom();
        }
        Ok(())
    }

    /// Two prefixed attributes with the same local name whose prefixes are bound to the
    /// same URI are the same attribute. (At most `max_attributes` are kept per tag.)
    #[cold]
    fn check_expanded_duplicates(&mut self) {
        let n = self.attrs.len();
        for i in 0..n {
            let a = self.attrs[i];
            if a.colon == 0 || a.is_xmlns() {
                continue;
            }
            let ua = self.ns.lookup(a.prefix()).map_or("", |bnd| bnd.uri);
            for j in i + 1..n {
                let b = self.attrs[j];
                if b.colon != 0 && !b.is_xmlns() && b.local() == a.local() {
                    let ub = self.ns.lookup(b.prefix()).map_or("", |bnd| bnd.uri);
                    if ua == ub {
                        self.soft(ErrorKind::DuplicateAttribute, b.offset);
                    }
                }
            }
        }
    }

    /// `ETag ::= '</' Name S? '>'`, which must repeat the open element's name exactly.
    fn end_tag(&mut self) -> PResult<()> {
        let lt = self.pos;
        let Some(top) = self.frames.last() else {
            return self.syntax(Syntax::UnexpectedEndTag, lt);
        };
        let name = top.qname.as_bytes();
        let start = lt + 2;
        let b = self.b;
        let after = start + name.len();
        if after > b.len() {
            if b[start..].iter().zip(name).all(|(x, y)| x == y) {
                return self.eof("end tag");
            }
            return self.err(ErrorKind::MismatchedEndTag, lt);
        }
        if !scan::eq_bytes(&b[start..after], name) {
            return self.err(ErrorKind::MismatchedEndTag, lt);
        }
        let mut p = after;
        while p < b.len() && is_ws(b[p]) {
            p += 1;
        }
        match b.get(p) {
            Some(b'>') => {}
            None => return self.eof("end tag"),
            // The tag names a longer element (`</t:Persona2>` for `<t:Persona>`): a mismatch.
            Some(_) if p == after => return self.err(ErrorKind::MismatchedEndTag, lt),
            Some(_) => return self.syntax(Syntax::ExpectedTagEnd, p),
        }
        self.pos = p + 1;
        self.close()
    }

    // ----- mapping ------------------------------------------------------------------

    /// Decides what the element means under its parent and pushes its frame.
    fn push_frame(&mut self, lt: usize, qname: &'a str, local: &'a str, ns: Ns, ns_mark: usize) -> PResult<()> {
        let mut dest = Dest::None;
        let ctx = match self.frames.last().map(|f| f.ctx) {
            None => {
                if ns == Ns::Soap && local == "Envelope" {
                    Ctx::Envelope
                } else {
                    let kind = if local.eq_ignore_ascii_case("html") {
                        ErrorKind::HtmlPage
                    } else {
                        ErrorKind::NotSoapEnvelope
                    };
                    self.structural(kind, lt, local);
                    Ctx::Skip
                }
            }
            Some(Ctx::Envelope) if ns == Ns::Soap && local == "Header" && !self.header_seen => {
                self.header_seen = true;
                Ctx::Header
            }
            Some(Ctx::Envelope) if ns == Ns::Soap && local == "Body" && !self.body_seen => {
                self.body_seen = true;
                Ctx::Body
            }
            Some(Ctx::Header) if ns.is_family() && local == "ServerVersionInfo" && self.server_version.is_none() => {
                dest = Dest::ServerVersion;
                Ctx::Record(ServerVersionInfo::SHAPE)
            }
            Some(Ctx::Body) if !self.body_element_seen => {
                self.body_element_seen = true;
                let shape = if ns == Ns::Soap && local == "Fault" {
                    Some(Fault::SHAPE)
                } else if ns == Ns::Messages {
                    BODY_ELEMENTS.iter().find(|(n, _, _)| *n == local).map(|(_, s, _)| *s)
                } else {
                    None
                };
                match shape {
                    Some(s) => {
                        dest = Dest::BodyElement;
                        Ctx::Record(s)
                    }
                    None => {
                        self.structural(ErrorKind::UnsupportedOperation, lt, local);
                        Ctx::Skip
                    }
                }
            }
            Some(Ctx::Record(shape)) => {
                let matches_ns = match shape.ns {
                    NsRule::Family => ns.is_family(),
                    NsRule::None => ns == Ns::None,
                    NsRule::FamilyOrErrors => ns.is_family() || ns == Ns::Errors,
                };
                let field = if matches_ns { shape.lookup(Src::Child, local) } else { None };
                match field {
                    Some(k) => {
                        let (w, bit) = (usize::from(k) / 64, usize::from(k) % 64);
                        let parent = self.frames.last_mut().expect("a parent frame");
                        if parent.seen[w] & (1 << bit) != 0 {
                            // First occurrence wins: the repeat is skipped whole.
                            self.duplicates += 1;
                            Ctx::Skip
                        } else {
                            parent.seen[w] |= 1 << bit;
                            dest = Dest::Slot(k);
                            kind_ctx(&shape.fields[usize::from(k)].kind)
                        }
                    }
                    None => {
                        self.skipped += 1;
                        Ctx::Skip
                    }
                }
            }
            Some(Ctx::List(&Kind::List { items, item })) if ns.is_family() && items.contains(&local) => {
                dest = Dest::Slot(0);
                kind_ctx(item)
            }
            Some(Ctx::MessageXml) => {
                dest = Dest::Slot(0);
                Ctx::Entry(self.entry_attributes()?)
            }
            // Inside a skipped subtree nothing is counted: only the subtree's root was.
            Some(Ctx::Skip) => Ctx::Skip,
            Some(_) => {
                self.skipped += 1;
                Ctx::Skip
            }
        };
        if self.frames.try_reserve(1).is_err() {
            return self.oom();
        }
        let base = self.slots.len();
        self.frames.push(Frame { qname, local, ctx, dest, ns_mark, base, seen: [0, 0] });
        match ctx {
            Ctx::Leaf | Ctx::Entry(_) => {
                self.acc = TextAcc::new();
                self.collecting = self.frames.len();
            }
            Ctx::Record(shape) => self.record_attributes(shape)?,
            _ => {}
        }
        Ok(())
    }

    /// Records the first structural problem, with the path where it was found; it is
    /// reported only once the whole document has proved well-formed.
    fn structural(&mut self, kind: ErrorKind, offset: usize, local: &str) {
        if self.structural.is_none() {
            if let Err(mut stop) = self.err::<()>(kind, offset) {
                stop.path.push('/');
                stop.path.push_str(local);
                self.structural = Some(stop);
            }
        }
    }

    /// The recognised unqualified attributes of a record element become its fields.
    fn record_attributes(&mut self, shape: &'static Shape) -> PResult<()> {
        for k in 0..self.attrs.len() {
            let a = self.attrs[k];
            if a.colon != 0 || a.qname == "xmlns" {
                continue;
            }
            if let Some(f) = shape.lookup(Src::Attr, a.qname) {
                let top = self.frames.last_mut().expect("the record's frame");
                top.seen[usize::from(f) / 64] |= 1 << (usize::from(f) % 64);
                self.push_slot(Slot { key: f, value: Value::Text(a.value) })?;
            }
        }
        Ok(())
    }

    /// The unqualified attributes of a `MessageXml` child, in document order.
    fn entry_attributes(&mut self) -> PResult<&'a [(&'a str, &'a str)]> {
        let n = self.attrs.iter().filter(|a| a.colon == 0 && a.qname != "xmlns").count();
        let Ok(out) = self.arena.try_alloc_slice_fill_copy(n, ("", "")) else {
            return self.oom();
        };
        let mut i = 0;
        for a in self.attrs.iter() {
            if a.colon == 0 && a.qname != "xmlns" {
                out[i] = (a.qname, a.value);
                i += 1;
            }
        }
        Ok(out)
    }

    /// The text gathered for the leaf or entry that is closing.
    fn finish_text(&mut self) -> PResult<&'a str> {
        match std::mem::replace(&mut self.acc, TextAcc::new()).finish(self.arena) {
            Ok(t) => Ok(t),
            Err(()) => self.oom(),
        }
    }

    /// Ends the innermost element: builds its value and hands it to its parent.
    fn close(&mut self) -> PResult<()> {
        let Some(f) = self.frames.pop() else {
            return Ok(());
        };
        self.ns.pop_to(f.ns_mark);
        let value = match f.ctx {
            Ctx::Skip => None,
            Ctx::Envelope => {
                if !self.body_seen {
                    self.structural(ErrorKind::MissingBody, self.pos, f.local);
                }
                None
            }
            Ctx::Header => None,
            Ctx::Body => {
                if !self.body_element_seen {
                    self.structural(ErrorKind::EmptyBody, self.pos, f.local);
                }
                None
            }
            Ctx::Leaf => {
                self.collecting = usize::MAX;
                Some(Value::Text(self.finish_text()?))
            }
            Ctx::Entry(attributes) => {
                self.collecting = usize::MAX;
                let text = self.finish_text()?;
                let entry = MessageXmlEntry { element: f.local, text, attributes };
                let Ok(e) = self.arena.try_alloc(entry) else {
                    return self.oom();
                };
                Some(Value::Entry(e))
            }
            Ctx::Record(shape) => Some(Value::Record(self.build_record(shape, &f)?)),
            Ctx::List(..) | Ctx::MessageXml => {
                let items = self.slots.iter_from(f.base).map(|s| s.value);
                let Ok(out) = self.arena.try_alloc_slice_fill_iter(items) else {
                    return self.oom();
                };
                self.slots.truncate(f.base);
                Some(Value::List(out))
            }
        };
        if let Some(v) = value {
            match f.dest {
                Dest::Slot(key) => self.push_slot(Slot { key, value: v })?,
                Dest::ServerVersion => {
                    if let Value::Record(r) = v {
                        self.server_version = Some(r);
                    }
                }
                Dest::BodyElement => {
                    if let Value::Record(r) = v {
                        self.body = Some(r);
                    }
                }
                Dest::None => {}
            }
        }
        Ok(())
    }

    /// Places the fields above the frame's mark densely, in schema order (each at the rank
    /// of its bit in the presence mask), so lookups are one popcount.
    fn build_record(&mut self, shape: &'static Shape, f: &Frame<'a>) -> PResult<Record<'a>> {
        let n = self.slots.len() - f.base;
        let seen = f.seen;
        // Servers write children in schema order, so the values are usually in place
        // already: then one copy, no ranking (popcount is not a baseline x86-64 instruction).
        let mut last = None;
        let in_order = self.slots.iter_from(f.base).all(|s| {
            let ok = last.is_none_or(|l| l < s.key);
            last = Some(s.key);
            ok
        });
        let out = if in_order {
            match self.arena.try_alloc_slice_fill_iter(self.slots.iter_from(f.base).map(|s| s.value)) {
                Ok(out) => out,
                Err(_) => return self.oom(),
            }
        } else {
            let Ok(out) = self.arena.try_alloc_slice_fill_copy(n, Value::Text("")) else {
                return self.oom();
            };
            for s in self.slots.iter_from(f.base) {
                let k = usize::from(s.key);
                let (w, bit) = (k / 64, k % 64);
                let rank = (seen[w] & ((1u64 << bit) - 1)).count_ones() as usize
                    + if w == 1 { seen[0].count_ones() as usize } else { 0 };
                if let Some(slot) = out.get_mut(rank) {
                    *slot = s.value;
                }
            }
            out
        };
        self.slots.truncate(f.base);
        let data = crate::view::RecordData { shape, present: seen, values: out };
        let Ok(data) = self.arena.try_alloc(data) else { return self.oom() };
        Ok(Record::new(data))
    }
}

/// The context of an element recognised as a field or item of this kind.
fn kind_ctx(kind: &'static Kind) -> Ctx<'static> {
    match kind {
        Kind::Text => Ctx::Leaf,
        Kind::Record(s) => Ctx::Record(s),
        list @ Kind::List { .. } => Ctx::List(list),
        Kind::MessageXml => Ctx::MessageXml,
    }
}
