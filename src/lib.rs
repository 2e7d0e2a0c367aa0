//! # ews-im
//!
//! A zero-copy parser (and writer) for the Exchange Web Services instant-messaging
//! operations: `GetImItems`, `GetImItemList` and their thirteen siblings. One call turns
//! a whole SOAP response into typed views — [`Persona`], [`ImGroup`], [`Fault`], … —
//! whose strings borrow straight from the response buffer, with the few values that
//! need decoding written into a caller-supplied [`bumpalo::Bump`] arena.
//!
//! # Example
//!
//! ```
//! use ews_im::{parse, Body, Bump};
//!
//! let xml = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
//!   <GetImItemsResponse ResponseClass="Success" xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
//!     <ResponseCode>NoError</ResponseCode>
//!     <ImItemList><Personas xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
//!       <Persona><DisplayName>Tony Smith</DisplayName><ImAddress>tsmith@contoso.com</ImAddress></Persona>
//!     </Personas></ImItemList>
//!   </GetImItemsResponse></s:Body></s:Envelope>"#;
//!
//! let arena = Bump::new();
//! let response = parse(xml, &arena)?;
//! let Body::GetImItems(items) = response.body() else { panic!("not GetImItems") };
//! assert_eq!(items.response_code(), Some("NoError"));
//! let personas = items.im_item_list().and_then(|l| l.personas()).unwrap();
//! for persona in personas.iter() {
//!     assert_eq!(persona.display_name(), Some("Tony Smith"));
//!     assert_eq!(persona.im_address(), Some("tsmith@contoso.com"));
//! }
//! # Ok::<(), ews_im::Error>(())
//! ```
//!
//! # What to do with a response
//!
//! Errors come on two channels — a SOAP fault (HTTP 500) and a response element with
//! `ResponseClass="Error"` (HTTP 200), sometimes wrapping an inner error — and both are
//! data, not [`Error`]s. [`Response::outcome`] folds them into one decision:
//!
//! ```
//! use ews_im::{parse, Bump, Outcome};
//! # let xml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitems-error-internalservererror-inner.xml")).unwrap();
//! let arena = Bump::new();
//! match parse(&xml, &arena)?.outcome() {
//!     Outcome::Success | Outcome::Warning(_) => { /* use the payload */ }
//!     Outcome::Retry { back_off, .. } => {
//!         // ErrorServerBusy inside ErrorInternalServerError, with the server's back-off.
//!         assert_eq!(back_off, Some(std::time::Duration::from_millis(12_000)));
//!     }
//!     Outcome::Version(p) => eprintln!("retry with another RequestServerVersion: {}", p.code),
//!     Outcome::SchemaValidation { line, position, violation, .. } => eprintln!("{line:?}:{position:?} {violation:?}"),
//!     Outcome::Permanent(p) => eprintln!("give up: {} {:?}", p.code, p.message),
//!     _ => {}
//! }
//! # Ok::<(), ews_im::Error>(())
//! ```
//!
//! # Guarantees
//!
//! * **Never panics** on any input, and never aborts on memory: every arena allocation is
//!   fallible and capped ([`Limits::max_arena_bytes`]). Any panic is a bug.
//! * **Zero-copy**: a value whose raw bytes are its exact text is a `&'a str` into the
//!   input; only values with references, CR, CDATA, comments inside or attribute-value
//!   normalisation are written to the arena. The parse allocates nothing on the heap
//!   outside the arena (errors aside, which build their message).
//! * **Namespace-correct**: elements match on namespace URI + local name, never on the
//!   prefix; default namespaces re-declared on inner elements and the documentation's
//!   `https://` spelling of the EWS namespaces are handled.
//! * **Nothing lost**: a well-formed response parses completely, in document order.
//!   Unknown elements (newer servers) are skipped and counted
//!   ([`Response::skipped_elements`]); a repeated field keeps its first occurrence
//!   ([`Response::duplicates_ignored`]). `ResponseClass="Error"` and SOAP faults are data.
//! * **Well-formedness is checked everywhere**, also inside skipped elements: bad input
//!   gives an [`Error`] with its [`ErrorKind`], byte offset, line:column and element path.
//!   No DTD is ever processed (`<!DOCTYPE` is rejected), so no entity expansion attacks.
//! * **Linear time**: one pass; no input rescanned.
//!
//! # Limits
//!
//! | limit | default |
//! |---|---|
//! | input size ([`Limits::max_input_bytes`]) | 64 MiB |
//! | element depth ([`Limits::max_depth`]) | 256 |
//! | attributes per element ([`Limits::max_attributes`]) | 256 |
//! | namespace declarations per element ([`Limits::max_namespace_declarations`]) | 64 |
//! | name length ([`Limits::max_name_bytes`]) | 1 024 bytes |
//! | arena bytes ([`Limits::max_arena_bytes`]) | 32 × input + 1 MiB |
//! | one item of an item list ([`Limits::max_item_bytes`]) | none; 16 MiB when streamed |
//!
//! # Streaming
//!
//! [`stream::PushParser`] takes a response in chunks of any size and hands out each
//! `ImGroup` and `Persona` as soon as it has ended, holding only the unfinished item and
//! the document outside the items (so no input size limit); [`stream::ItemReader`] does
//! the same over a buffer in memory, zero-copy. Both give exactly what [`parse`] gives.
//!
//! # Not supported
//!
//! DTDs and entities beyond the five predefined ones; encodings other than UTF-8 (a
//! UTF-16 byte order mark is [`ErrorKind::UnsupportedEncoding`]; the `encoding` label of
//! the XML declaration is not consulted); XML 1.1.
//!
//! # Lifetimes
//!
//! Every view has one lifetime, `'a`, which covers both the input buffer and the arena:
//! the views live as long as both do. Reuse the arena across responses with
//! [`Bump::reset`].
//!
//! # Safety
//!
//! `#![forbid(unsafe_code)]`. The SIMD of the byte scans (SSE2 on x86-64) goes through the
//! safe wrappers of `safe_arch`; UTF-8 is validated by `simdutf8`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
pub mod generate;
pub mod json;
mod limits;
mod ns;
mod outcome;
mod parser;
mod response_code;
#[doc(hidden)]
pub mod scan;
mod stack;
pub mod stream;
mod text;
mod typed;
mod view;
pub mod write;

pub use bumpalo::Bump;

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
pub use error::{Error, ErrorKind, Limit, Syntax};
pub use limits::{Limits, Options};
pub use ns::{EWS_ERRORS, EWS_MESSAGES, EWS_TYPES, SOAP_ENVELOPE};
pub use outcome::{Outcome, Problem};
pub use response_code::ResponseCode;
pub use typed::{
    parse_boolean, parse_boolean_lenient, parse_integer, DateTime, ExchangeVersion, LenientBool, ValueError,
};
pub use view::*;

/// Parses a whole EWS SOAP response with the default [`Options`] (lenient characters,
/// default [`Limits`]).
///
/// The views borrow from `input` and are allocated in `arena`.
pub fn parse<'a>(input: &'a [u8], arena: &'a Bump) -> Result<Response<'a>, Error> {
    parse_with(input, arena, &Options::default())
}

/// Parses a whole EWS SOAP response with these options.
///
/// ```
/// use ews_im::{parse_with, Bump, ErrorKind, Options};
/// let xml = b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body>\
///   <m:RemoveImGroupResponse ResponseClass='Success' \
///    xmlns:m='http://schemas.microsoft.com/exchange/services/2006/messages'>\
///   <m:MessageText>bell\x07</m:MessageText></m:RemoveImGroupResponse></s:Body></s:Envelope>";
/// let arena = Bump::new();
/// let strict = Options { strict: true, ..Options::default() };
/// let err = parse_with(xml, &arena, &strict).unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::ForbiddenChar { code: 7 });
/// // Lenient (the default): U+FFFD and a diagnostic.
/// let r = ews_im::parse(xml, &arena).unwrap();
/// assert_eq!(r.body().response_message().unwrap().message_text(), Some("bell\u{FFFD}"));
/// assert_eq!(r.diagnostics().len(), 1);
/// ```
pub fn parse_with<'a>(input: &'a [u8], arena: &'a Bump, options: &Options) -> Result<Response<'a>, Error> {
    let p = parse_document(input, arena, options, false)?;
    Ok(Response {
        server_version_info: p.server_version.map(ServerVersionInfo),
        body: Body::from_record(p.body),
        diagnostics: p.diagnostics,
        skipped_elements: p.skipped,
        duplicates_ignored: p.duplicates,
    })
}

/// Parses a whole EWS SOAP *request* (what a client sends: `GetImItems`, `AddImGroup`,
/// `FindPeople`, … — the 15 operations [`write`](mod@write) writes) with the default [`Options`],
/// for fake servers and proxies.
///
/// The same one-pass parser as [`parse`], with the same checks and limits; the views
/// borrow from `input` and are allocated in `arena`. The `Header` gives
/// `RequestServerVersion`, `MailboxCulture` and `ExchangeImpersonation`; a body element
/// that is not one of the requests is [`ErrorKind::UnsupportedRequest`]. See [`Request`].
pub fn parse_request<'a>(input: &'a [u8], arena: &'a Bump) -> Result<Request<'a>, Error> {
    parse_request_with(input, arena, &Options::default())
}

/// Parses a whole EWS SOAP request with these options (see [`parse_request`]).
pub fn parse_request_with<'a>(input: &'a [u8], arena: &'a Bump, options: &Options) -> Result<Request<'a>, Error> {
    let p = parse_document(input, arena, options, true)?;
    let Some(body) = RequestBody::from_record(p.body) else {
        // Not reachable: in request mode the parser builds body records from the request
        // elements only. Never panic on it.
        return Err(Error::new(ErrorKind::UnsupportedRequest, 0, input, String::new()));
    };
    Ok(Request {
        headers: p.request_headers.map(RequestHeaders),
        body,
        diagnostics: p.diagnostics,
        skipped_elements: p.skipped,
        duplicates_ignored: p.duplicates,
    })
}

/// The one parse behind [`parse_with`] and [`parse_request_with`].
fn parse_document<'a>(
    input: &'a [u8],
    arena: &'a Bump,
    options: &Options,
    request: bool,
) -> Result<parser::Parsed<'a>, Error> {
    let prepared = match Prepared::of(input, &options.limits, false, false) {
        Ok(p) => p,
        Err(kind) => return Err(Error::new(kind, 0, input, String::new())),
    };
    let result = with_arena_cap(arena, options, input.len(), |scratch| {
        parser::Parser::new(prepared.text, prepared.start, arena, scratch, options, request).run()
    });
    settle(result, prepared.barrier).map_err(|(kind, offset, path)| Error::new(kind, offset, input, path))
}

/// What a parse reads of its input: the text (the longest valid UTF-8 prefix, cut a
/// little past the size limit), where it starts (after a BOM), and the *barrier*, a
/// problem found before parsing (the size limit, invalid UTF-8). The text before the
/// barrier is parsed, and a problem found there at a lower offset wins. Past the size
/// limit a little more is read, so that a problem that starts before the limit (a
/// reference, a name, `<!DOCTYPE`) is still seen whole.
pub(crate) struct Prepared<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) barrier: Option<(ErrorKind, usize)>,
}

impl<'a> Prepared<'a> {
    /// `unbounded`: no input size limit (a streamed parse); `partial`: more input may
    /// follow, so a UTF-8 sequence cut at the end is not (yet) invalid. `Err`: a UTF-16 BOM.
    pub(crate) fn of(input: &'a [u8], limits: &Limits, unbounded: bool, partial: bool) -> Result<Self, ErrorKind> {
        if input.starts_with(&[0xFE, 0xFF]) || input.starts_with(&[0xFF, 0xFE]) {
            return Err(ErrorKind::UnsupportedEncoding);
        }
        let start = if input.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
        let max = limits.max_input_bytes;
        let mut barrier: Option<(ErrorKind, usize)> = None;
        let mut end = input.len();
        if end > max && !unbounded {
            barrier = Some((ErrorKind::LimitExceeded { limit: Limit::InputBytes, max: max as u64 }, max));
            end = limits.read_limit().min(end);
        }
        // The fast validator says only whether the text is valid; std says where it is not.
        let text = match simdutf8::basic::from_utf8(&input[..end]).or_else(|_| std::str::from_utf8(&input[..end])) {
            Ok(t) => t,
            Err(e) => {
                let valid = e.valid_up_to();
                // A sequence cut at `end` is not itself invalid; one past the limit loses to it.
                let cut = e.error_len().is_none() && (end < input.len() || partial);
                if !cut && barrier.as_ref().is_none_or(|(_, at)| valid < *at) {
                    barrier = Some((ErrorKind::InvalidUtf8, valid));
                }
                std::str::from_utf8(&input[..valid]).unwrap_or_default()
            }
        };
        // A size limit inside the BOM leaves less text than the BOM itself.
        Ok(Prepared { text, start: start.min(text.len()), barrier })
    }
}

/// Runs `f` with the arena capped for an input of `input_len` bytes and this thread's
/// scratch arena.
pub(crate) fn with_arena_cap<R>(arena: &Bump, options: &Options, input_len: usize, f: impl FnOnce(&Bump) -> R) -> R {
    let previous_limit = arena.allocation_limit();
    let cap = options.limits.arena_cap(input_len);
    let limit = arena.allocated_bytes().saturating_add(cap);
    arena.set_allocation_limit(Some(previous_limit.map_or(limit, |p| p.min(limit))));
    let r = with_scratch(cap, options.limits.max_arena_bytes.is_some(), f);
    arena.set_allocation_limit(previous_limit);
    r
}

/// The answer of a parse whose text ended at a barrier: problems caused by the cut
/// (the text "ending" there) give way to it.
pub(crate) fn settle<T>(
    result: Result<T, Box<parser::Stop>>,
    barrier: Option<(ErrorKind, usize)>,
) -> Result<T, (ErrorKind, usize, String)> {
    match (result, barrier) {
        (Ok(r), None) => Ok(r),
        (Err(stop), Some((kind, offset))) => {
            let at_cut = matches!(stop.kind, ErrorKind::UnexpectedEof { .. } | ErrorKind::EmptyDocument);
            if stop.offset < offset && !at_cut && !stop.kind.is_structural() {
                Err((stop.kind, stop.offset, stop.path))
            } else {
                Err((kind, offset, stop.path))
            }
        }
        (Ok(_), Some((kind, offset))) => Err((kind, offset, String::new())),
        (Err(stop), None) => Err((stop.kind, stop.offset, stop.path)),
    }
}

thread_local! {
    /// The parser's working stacks (open elements, pending values, the attributes of one
    /// tag, namespace bindings), kept per thread so that a parse allocates nothing on the
    /// heap once the scratch has grown to the sizes this thread's documents need.
    static SCRATCH: std::cell::RefCell<Bump> = std::cell::RefCell::new(Bump::new());
}

/// Runs `f` with this thread's scratch arena (capped like the caller's), then resets it,
/// or frees it if one document made it large.
///
/// With `fresh` (the caller set `Limits::max_arena_bytes`), `f` gets a new scratch arena
/// instead, capped from zero: the memory this thread's scratch kept from earlier parses
/// would otherwise be reused without counting, and the same input with the same limits
/// could pass on one thread and fail on another. (The default cap is never reached by
/// the scratch, so the default keeps the reuse, and no allocation per parse.)
fn with_scratch<R>(cap: usize, fresh: bool, f: impl FnOnce(&Bump) -> R) -> R {
    if fresh {
        let scratch = Bump::new();
        scratch.set_allocation_limit(Some(cap));
        return f(&scratch);
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            scratch.set_allocation_limit(Some(scratch.allocated_bytes().saturating_add(cap)));
            let r = f(&scratch);
            let used = scratch.allocated_bytes();
            if used > 64 << 20 {
                *scratch = Bump::new();
            } else if scratch.iter_allocated_chunks().nth(1).is_some() {
                // One chunk big enough for this document, so the next one like it needs no
                // allocation (a reset would keep only the last, smaller-than-total chunk).
                *scratch = Bump::with_capacity(used);
            } else {
                scratch.reset();
            }
            r
        }
        // Not reachable (a parse calls no user code), but never panic on it.
        Err(_) => {
            let scratch = Bump::new();
            scratch.set_allocation_limit(Some(cap));
            f(&scratch)
        }
    })
}

/// A parsed response: the `ServerVersionInfo` header (if any), the body element, and
/// what the parser noticed on the way.
#[derive(Clone, Copy, Debug)]
pub struct Response<'a> {
    pub(crate) server_version_info: Option<ServerVersionInfo<'a>>,
    pub(crate) body: Body<'a>,
    pub(crate) diagnostics: &'a [Diagnostic],
    pub(crate) skipped_elements: u64,
    pub(crate) duplicates_ignored: u64,
}

impl<'a> Response<'a> {
    /// The `ServerVersionInfo` SOAP header, if the response has one.
    pub fn server_version_info(&self) -> Option<ServerVersionInfo<'a>> {
        self.server_version_info
    }
    /// The body element: a fault or one of the supported responses.
    pub fn body(&self) -> Body<'a> {
        self.body
    }
    /// Problems that did not stop the parse (forbidden characters replaced by U+FFFD),
    /// in document order.
    pub fn diagnostics(&self) -> &'a [Diagnostic] {
        self.diagnostics
    }
    /// How many elements were skipped because they are not part of the schema here
    /// (newer server versions, foreign namespaces, unknown list items).
    pub fn skipped_elements(&self) -> u64 {
        self.skipped_elements
    }
    /// How many repeated fields were ignored because an earlier one with the same key
    /// came first (first occurrence wins).
    pub fn duplicates_ignored(&self) -> u64 {
        self.duplicates_ignored
    }
}

/// Something the parser noticed and worked around (lenient mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte offset in the input.
    pub offset: usize,
    /// What it was.
    pub kind: DiagnosticKind,
}

/// The kinds of [`Diagnostic`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A character XML 1.0 forbids (raw or as a character reference) was replaced by U+FFFD.
    ForbiddenChar {
        /// Its code point.
        code: u32,
    },
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            DiagnosticKind::ForbiddenChar { code } => {
                write!(f, "character U+{code:04X} is not allowed in XML 1.0; replaced by U+FFFD (byte {})", self.offset)
            }
        }
    }
}
