//! Writing responses, for fake EWS servers and fixtures: every body the parser reads, from
//! owned values ([`OwnedResponse`]) or from the parser's own views ([`Response`]), in the
//! namespace style, indentation and text escaping asked for.
//!
//! One writer serves both sources: each record hands its present fields, in schema order,
//! to the writer (the same tables that drive the parser give every element's name), and
//! each value is escaped on its way out, so nothing is allocated per field.

use std::fmt;
use std::io::{self, Write};

use crate::view::{
    EntrySource, FieldSink, Fields, Kind, Model, ModelGen, NsRule, OwnedBody, OwnedServerVersionInfo, Shape, WithFields,
};
use crate::{Body, Record, Response, EWS_ERRORS, EWS_MESSAGES, EWS_TYPES, SOAP_ENVELOPE};

const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
const XSD: &str = "http://www.w3.org/2001/XMLSchema";

/// How namespaces are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Style {
    /// As Exchange writes them: an `s:` envelope, `h:ServerVersionInfo`, the body element
    /// declaring the messages namespace as the default, and the default namespace
    /// re-declared on every inner element whose namespace differs from its parent's
    /// (`<Groups xmlns="…/types">`, each child of a single `Persona`). `e:` on fault details.
    #[default]
    Server,
    /// `s:`, `m:` and `t:` declared once on the envelope, every element prefixed (`e:`
    /// declared where used).
    Prefixed,
}

/// White space between elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Indent {
    /// None: the whole document on one line (after the XML declaration).
    None,
    /// One element per line, this many spaces per level.
    Spaces(u8),
}

impl Default for Indent {
    fn default() -> Self {
        Indent::Spaces(2)
    }
}

/// How element text is escaped (attribute values always use references).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TextEscape {
    /// `&amp;`, `&lt;`, `&gt;`; CR as `&#13;` (so that it survives end-of-line handling).
    #[default]
    References,
    /// The same characters as numeric references: `&#38;`, `&#60;`, `&#62;`, `&#13;`.
    Numeric,
    /// Non-empty text in CDATA sections: `]]>` inside the text is split across two
    /// sections (`]]]]><![CDATA[>`), and a CR is written `&#13;` between sections (a CDATA
    /// section cannot keep a CR).
    Cdata,
}

/// Options of [`write_response`]. [`Default`]: [`Style::Server`], two-space indentation,
/// references, with the XML declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResponseOptions {
    /// Namespace style.
    pub style: Style,
    /// Indentation.
    pub indent: Indent,
    /// Text escaping.
    pub escape: TextEscape,
    /// Start with `<?xml version="1.0" encoding="utf-8"?>`.
    pub xml_declaration: bool,
}

impl Default for ResponseOptions {
    fn default() -> Self {
        ResponseOptions {
            style: Style::Server,
            indent: Indent::default(),
            escape: TextEscape::default(),
            xml_declaration: true,
        }
    }
}

/// A whole response in owned values: the `ServerVersionInfo` header (no `Header` when
/// `None`, as in faults) and the body.
///
/// ```
/// use ews_im::write::{response_to_vec, OwnedResponse, ResponseOptions};
/// use ews_im::{OwnedAddImGroupResponse, OwnedBody, OwnedImGroup, OwnedItemId};
///
/// let body = OwnedAddImGroupResponse {
///     response_class: Some("Success".into()),
///     response_code: Some("NoError".into()),
///     im_group: Some(OwnedImGroup {
///         display_name: Some("Friends & <Family>".into()),
///         group_type: Some("IPM.DistList.MOC.UserGroup".into()),
///         exchange_store_id: Some(OwnedItemId { id: Some("AAMkAD=".into()), change_key: None }),
///         ..OwnedImGroup::default()
///     }),
///     ..OwnedAddImGroupResponse::default()
/// };
/// let response = OwnedResponse { server_version_info: None, body: OwnedBody::AddImGroup(body) };
/// let xml = response_to_vec(&response, &ResponseOptions::default())?;
///
/// // What the writer wrote, the parser reads back.
/// let arena = ews_im::Bump::new();
/// let parsed = ews_im::parse(&xml, &arena)?;
/// assert_eq!(OwnedResponse::from_view(&parsed), response);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedResponse {
    /// `s:Header/ServerVersionInfo`.
    pub server_version_info: Option<OwnedServerVersionInfo>,
    /// The body element.
    pub body: OwnedBody,
}

impl OwnedResponse {
    /// The owned copy of a parsed response.
    pub fn from_view(r: &Response<'_>) -> Self {
        OwnedResponse {
            server_version_info: r.server_version_info().map(OwnedServerVersionInfo::from_view),
            body: OwnedBody::from_view(r.body()),
        }
    }

    /// A generated response (property tests and fuzzing). Not a stable API.
    #[doc(hidden)]
    pub fn generate(g: &mut dyn ModelGen) -> Self {
        let server_version_info = if g.present() { Some(OwnedServerVersionInfo::generate(g)) } else { None };
        OwnedResponse { server_version_info, body: OwnedBody::generate(g) }
    }
}

/// Why a response could not be written.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseError {
    /// A value holds a character XML 1.0 cannot carry (NUL, the other C0 controls except
    /// TAB, LF and CR, U+FFFE, U+FFFF): it is never written, not even as a reference.
    ForbiddenChar {
        /// The element's local name.
        element: String,
        /// The attribute, if the value is one.
        attribute: Option<String>,
        /// The code point.
        code: u32,
        /// Its byte offset in the value.
        offset: usize,
    },
    /// A `MessageXml` entry's element or attribute name is not an XML name without a
    /// colon (or is `xmlns`).
    InvalidName {
        /// The name.
        name: String,
    },
    /// A `MessageXml` entry has the same attribute twice.
    DuplicateAttribute {
        /// The entry's element name.
        element: String,
        /// The attribute.
        attribute: String,
    },
    /// The writer failed.
    Io(io::Error),
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::ForbiddenChar { element, attribute, code, offset } => {
                write!(f, "{element}")?;
                if let Some(a) = attribute {
                    write!(f, "/@{a}")?;
                }
                write!(f, ": character U+{code:04X} (byte {offset}) cannot be written in XML 1.0")
            }
            ResponseError::InvalidName { name } => {
                write!(f, "MessageXml: `{name}` is not an XML name without a colon")
            }
            ResponseError::DuplicateAttribute { element, attribute } => {
                write!(f, "MessageXml/{element}: attribute {attribute} given twice")
            }
            ResponseError::Io(e) => write!(f, "cannot write the response: {e}"),
        }
    }
}

impl std::error::Error for ResponseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ResponseError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for ResponseError {
    fn from(e: io::Error) -> Self {
        ResponseError::Io(e)
    }
}

type Res = Result<(), ResponseError>;

mod sealed {
    pub trait Source {
        fn emit<W: std::io::Write + ?Sized>(&self, out: &mut super::Out<'_, W>) -> super::Res;
    }
}

/// What [`write_response`] writes: an [`OwnedResponse`], or a parsed [`Response`] (so a
/// proxy can write again what it read). Sealed.
pub trait ResponseSource: sealed::Source {}

impl ResponseSource for OwnedResponse {}
impl ResponseSource for Response<'_> {}

struct BodyWriter<'o, 'w, W: Write + ?Sized> {
    out: &'o mut Out<'w, W>,
}

impl<W: Write + ?Sized> WithFields<Res> for BodyWriter<'_, '_, W> {
    fn call<F: Fields>(self, name: &'static str, fault: bool, fields: &F) -> Res {
        self.out.body_element(name, fault, fields)
    }
}

impl sealed::Source for OwnedResponse {
    fn emit<W: Write + ?Sized>(&self, out: &mut Out<'_, W>) -> Res {
        out.envelope_start(self.server_version_info.as_ref())?;
        self.body.with_fields(BodyWriter { out: &mut *out })?;
        out.envelope_end()
    }
}

impl sealed::Source for Response<'_> {
    fn emit<W: Write + ?Sized>(&self, out: &mut Out<'_, W>) -> Res {
        let svi = self.server_version_info().map(|s| s.record());
        out.envelope_start(svi.as_ref())?;
        let body: Record<'_> = self.body().record();
        out.body_element(body.element_name(), matches!(self.body(), Body::Fault(_)), &body)?;
        out.envelope_end()
    }
}

/// Writes `response` to `out` as a SOAP envelope.
///
/// Values are escaped as they are written; a value XML 1.0 cannot carry stops the writing
/// with [`ResponseError::ForbiddenChar`] and leaves what was written before it (use
/// [`response_to_vec`] to get all or nothing). `out` gets many small writes: give it a
/// buffered writer.
pub fn write_response<W: Write + ?Sized, R: ResponseSource + ?Sized>(
    out: &mut W,
    response: &R,
    options: &ResponseOptions,
) -> Result<(), ResponseError> {
    let mut o = Out { w: out, opts: *options, depth: 0 };
    response.emit(&mut o)
}

/// [`write_response`] into a new `Vec` (nothing when refused).
pub fn response_to_vec<R: ResponseSource + ?Sized>(
    response: &R,
    options: &ResponseOptions,
) -> Result<Vec<u8>, ResponseError> {
    let mut v = Vec::with_capacity(4096);
    write_response(&mut v, response, options)?;
    Ok(v)
}

/// A namespace an element is written in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ns {
    None,
    Soap,
    Messages,
    Types,
    Errors,
}

impl Ns {
    fn uri(self) -> &'static str {
        match self {
            Ns::None => "",
            Ns::Soap => SOAP_ENVELOPE,
            Ns::Messages => EWS_MESSAGES,
            Ns::Types => EWS_TYPES,
            Ns::Errors => EWS_ERRORS,
        }
    }
}

#[doc(hidden)]
pub struct Out<'w, W: Write + ?Sized> {
    w: &'w mut W,
    opts: ResponseOptions,
    depth: usize,
}

impl<W: Write + ?Sized> Out<'_, W> {
    fn raw(&mut self, s: &str) -> io::Result<()> {
        self.w.write_all(s.as_bytes())
    }

    fn newline(&mut self) -> io::Result<()> {
        if let Indent::Spaces(n) = self.opts.indent {
            const SPACES: &[u8] = &[b' '; 64];
            self.w.write_all(b"\n")?;
            let mut left = self.depth * usize::from(n);
            while left > 0 {
                let k = left.min(SPACES.len());
                self.w.write_all(&SPACES[..k])?;
                left -= k;
            }
        }
        Ok(())
    }

    fn envelope_start<F: Fields>(&mut self, svi: Option<&F>) -> Res {
        if self.opts.xml_declaration {
            self.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>")?;
            if self.opts.indent != Indent::None {
                self.raw("\n")?;
            }
        }
        self.raw("<s:Envelope xmlns:s=\"")?;
        self.raw(SOAP_ENVELOPE)?;
        self.raw("\"")?;
        if self.opts.style == Style::Prefixed {
            self.raw(" xmlns:m=\"")?;
            self.raw(EWS_MESSAGES)?;
            self.raw("\" xmlns:t=\"")?;
            self.raw(EWS_TYPES)?;
            self.raw("\"")?;
        }
        self.raw(">")?;
        self.depth = 1;
        if let Some(svi) = svi {
            self.newline()?;
            self.raw("<s:Header>")?;
            self.depth = 2;
            self.newline()?;
            let server = self.opts.style == Style::Server;
            self.raw(if server { "<h:ServerVersionInfo" } else { "<t:ServerVersionInfo" })?;
            svi.visit(&mut AttrSink { out: self, shape: svi.shape() })?;
            if server {
                for (decl, uri) in [
                    (" xmlns:h=\"", EWS_TYPES),
                    (" xmlns=\"", EWS_TYPES),
                    (" xmlns:xsd=\"", XSD),
                    (" xmlns:xsi=\"", XSI),
                ] {
                    self.raw(decl)?;
                    self.raw(uri)?;
                    self.raw("\"")?;
                }
            }
            self.raw("/>")?;
            self.depth = 1;
            self.newline()?;
            self.raw("</s:Header>")?;
        }
        self.newline()?;
        if self.opts.style == Style::Server {
            self.raw("<s:Body xmlns:xsi=\"")?;
            self.raw(XSI)?;
            self.raw("\" xmlns:xsd=\"")?;
            self.raw(XSD)?;
            self.raw("\">")?;
        } else {
            self.raw("<s:Body>")?;
        }
        self.depth = 2;
        Ok(())
    }

    fn envelope_end(&mut self) -> Res {
        self.depth = 1;
        self.newline()?;
        self.raw("</s:Body>")?;
        self.depth = 0;
        self.newline()?;
        self.raw("</s:Envelope>")?;
        if self.opts.indent != Indent::None {
            self.raw("\n")?;
        }
        Ok(())
    }

    fn body_element<F: Fields>(&mut self, name: &str, fault: bool, fields: &F) -> Res {
        if fault {
            self.record(Ns::Soap, name, fields, Ns::None, Ns::None)
        } else {
            self.record(Ns::Messages, name, fields, Ns::None, Ns::Messages)
        }
    }

    /// `<name` in namespace `ns`, its attributes (`attrs`), and the declaration it needs
    /// under the default namespace `dflt` (after the attributes, as servers write it);
    /// returns the default namespace in scope inside it.
    fn open_with<A>(&mut self, ns: Ns, local: &str, dflt: Ns, attrs: A) -> Result<Ns, ResponseError>
    where
        A: FnOnce(&mut Self) -> Res,
    {
        self.newline()?;
        self.w.write_all(b"<")?;
        let prefixed = self.opts.style == Style::Prefixed;
        match ns {
            Ns::Soap => self.raw("s:")?,
            Ns::Errors => self.raw("e:")?,
            Ns::Messages if prefixed => self.raw("m:")?,
            Ns::Types if prefixed => self.raw("t:")?,
            _ => {}
        }
        self.raw(local)?;
        attrs(self)?;
        let mut inner = dflt;
        match ns {
            Ns::Errors => {
                self.raw(" xmlns:e=\"")?;
                self.raw(EWS_ERRORS)?;
                self.raw("\"")?;
            }
            Ns::Messages | Ns::Types if !prefixed && dflt != ns => {
                self.raw(" xmlns=\"")?;
                self.raw(ns.uri())?;
                self.raw("\"")?;
                inner = ns;
            }
            Ns::None if dflt != Ns::None => {
                self.raw(" xmlns=\"\"")?;
                inner = Ns::None;
            }
            _ => {}
        }
        Ok(inner)
    }

    /// `<name` without attributes, and its declaration.
    fn open(&mut self, ns: Ns, local: &str, dflt: Ns) -> Result<Ns, ResponseError> {
        self.open_with(ns, local, dflt, |_| Ok(()))
    }

    fn close(&mut self, ns: Ns, local: &str) -> io::Result<()> {
        self.w.write_all(b"</")?;
        let prefixed = self.opts.style == Style::Prefixed;
        match ns {
            Ns::Soap => self.raw("s:")?,
            Ns::Errors => self.raw("e:")?,
            Ns::Messages if prefixed => self.raw("m:")?,
            Ns::Types if prefixed => self.raw("t:")?,
            _ => {}
        }
        self.raw(local)?;
        self.w.write_all(b">")
    }

    /// A complex element: attributes, then children (in `child_ns` for family children).
    fn record<F: Fields>(&mut self, ns: Ns, local: &str, r: &F, dflt: Ns, child_ns: Ns) -> Res {
        let shape = r.shape();
        let inner = self.open_with(ns, local, dflt, |out| r.visit(&mut AttrSink { out, shape }))?;
        if !r.has_children() {
            return Ok(self.raw("/>")?);
        }
        self.raw(">")?;
        self.depth += 1;
        r.visit(&mut ChildSink { out: self, shape, ns: child_ns, dflt: inner })?;
        self.depth -= 1;
        self.newline()?;
        Ok(self.close(ns, local)?)
    }

    /// `<name>text</name>` (or `<name/>` for empty text).
    fn leaf(&mut self, ns: Ns, local: &str, text: &str, dflt: Ns) -> Res {
        self.open(ns, local, dflt)?;
        if text.is_empty() {
            return Ok(self.raw("/>")?);
        }
        self.raw(">")?;
        self.text(local, text)?;
        Ok(self.close(ns, local)?)
    }

    /// A wrapper `<name>` whose items follow; `/>` when there are none.
    fn wrapper<T>(
        &mut self,
        ns: Ns,
        local: &str,
        dflt: Ns,
        items: impl Iterator<Item = T>,
        mut each: impl FnMut(&mut Self, T, Ns) -> Res,
    ) -> Res {
        let inner = self.open(ns, local, dflt)?;
        let mut items = items.peekable();
        if items.peek().is_none() {
            return Ok(self.raw("/>")?);
        }
        self.raw(">")?;
        self.depth += 1;
        for item in items {
            each(self, item, inner)?;
        }
        self.depth -= 1;
        self.newline()?;
        Ok(self.close(ns, local)?)
    }

    fn entry<E: EntrySource>(&mut self, e: E, dflt: Ns) -> Res {
        let element = e.element();
        if !is_ncname(element) {
            return Err(ResponseError::InvalidName { name: element.to_owned() });
        }
        self.open_with(Ns::Types, element, dflt, |out| {
            for (k, (name, value)) in e.attributes().enumerate() {
                if !is_ncname(name) || name == "xmlns" {
                    return Err(ResponseError::InvalidName { name: name.to_owned() });
                }
                if e.attributes().take(k).any(|(n, _)| n == name) {
                    return Err(ResponseError::DuplicateAttribute {
                        element: element.to_owned(),
                        attribute: name.to_owned(),
                    });
                }
                out.attr(element, name, value)?;
            }
            Ok(())
        })?;
        let text = e.text();
        if text.is_empty() {
            return Ok(self.raw("/>")?);
        }
        self.raw(">")?;
        self.text(element, text)?;
        Ok(self.close(Ns::Types, element)?)
    }

    /// ` name="value"`, escaped.
    fn attr(&mut self, element: &str, name: &str, value: &str) -> Res {
        self.w.write_all(b" ")?;
        self.raw(name)?;
        self.w.write_all(b"=\"")?;
        let numeric = self.opts.escape == TextEscape::Numeric;
        escape(self.w, value, true, numeric).map_err(|e| e.at(element, Some(name)))?;
        Ok(self.w.write_all(b"\"")?)
    }

    fn text(&mut self, element: &str, text: &str) -> Res {
        match self.opts.escape {
            TextEscape::References => escape(self.w, text, false, false),
            TextEscape::Numeric => escape(self.w, text, false, true),
            TextEscape::Cdata => cdata(self.w, text),
        }
        .map_err(|e| e.at(element, None))
    }
}

/// An escaping failure before the element is known.
enum EscapeError {
    Forbidden { code: u32, offset: usize },
    Io(io::Error),
}

impl From<io::Error> for EscapeError {
    fn from(e: io::Error) -> Self {
        EscapeError::Io(e)
    }
}

impl EscapeError {
    fn at(self, element: &str, attribute: Option<&str>) -> ResponseError {
        match self {
            EscapeError::Forbidden { code, offset } => ResponseError::ForbiddenChar {
                element: element.to_owned(),
                attribute: attribute.map(str::to_owned),
                code,
                offset,
            },
            EscapeError::Io(e) => ResponseError::Io(e),
        }
    }
}

/// A forbidden character at `i` (a C0 control other than TAB, LF, CR; U+FFFE; U+FFFF).
#[inline]
fn forbidden_at(b: &[u8], i: usize) -> Option<u32> {
    let c = b[i];
    if c < 0x20 {
        return (!matches!(c, b'\t' | b'\n' | b'\r')).then_some(u32::from(c));
    }
    if c == 0xEF && b.get(i + 1) == Some(&0xBF) {
        return match b.get(i + 2) {
            Some(0xBE) => Some(0xFFFE),
            Some(0xBF) => Some(0xFFFF),
            _ => None,
        };
    }
    None
}

/// Writes `s` escaped as text or (if `attribute`) as a double-quoted attribute value.
fn escape<W: Write + ?Sized>(w: &mut W, s: &str, attribute: bool, numeric: bool) -> Result<(), EscapeError> {
    let b = s.as_bytes();
    if super::escape::is_plain(b) {
        // No byte of `SPECIAL`: written as it is.
        return Ok(w.write_all(b)?);
    }
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !super::escape::SPECIAL[usize::from(c)] {
            i += 1;
            continue;
        }
        if let Some(code) = forbidden_at(b, i) {
            return Err(EscapeError::Forbidden { code, offset: i });
        }
        let rep: &[u8] = match (c, numeric) {
            (b'&', false) => b"&amp;",
            (b'&', true) => b"&#38;",
            (b'<', false) => b"&lt;",
            (b'<', true) => b"&#60;",
            (b'>', false) => b"&gt;",
            (b'>', true) => b"&#62;",
            (b'\r', _) => b"&#13;",
            (b'"', false) if attribute => b"&quot;",
            (b'"', true) if attribute => b"&#34;",
            (b'\t', _) if attribute => b"&#9;",
            (b'\n', _) if attribute => b"&#10;",
            _ => {
                i += 1;
                continue;
            }
        };
        // Every escaped byte is ASCII, so `from..i` never splits a character.
        w.write_all(&b[from..i])?;
        w.write_all(rep)?;
        i += 1;
        from = i;
    }
    w.write_all(&b[from..])?;
    Ok(())
}

/// Writes `s` in CDATA sections: `]]>` split across two sections, CR as `&#13;` between
/// sections.
fn cdata<W: Write + ?Sized>(w: &mut W, s: &str) -> Result<(), EscapeError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Ok(());
    }
    w.write_all(b"<![CDATA[")?;
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !super::escape::SPECIAL[usize::from(c)] {
            i += 1;
            continue;
        }
        if let Some(code) = forbidden_at(b, i) {
            return Err(EscapeError::Forbidden { code, offset: i });
        }
        if c == b'\r' {
            w.write_all(&b[from..i])?;
            w.write_all(b"]]>&#13;<![CDATA[")?;
            i += 1;
            from = i;
        } else if c == b']' && b.get(i + 1) == Some(&b']') && b.get(i + 2) == Some(&b'>') {
            // `]]` ends this section's text; `>` starts the next one.
            w.write_all(&b[from..i + 2])?;
            w.write_all(b"]]><![CDATA[")?;
            i += 2;
            from = i;
        } else {
            i += 1;
        }
    }
    w.write_all(&b[from..])?;
    w.write_all(b"]]>")?;
    Ok(())
}

/// `NCName` (for `MessageXml` entries): an XML name without a colon.
fn is_ncname(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return false };
    let start = |c: char| {
        c.is_ascii_alphabetic()
            || c == '_'
            || matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}'
                | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
                | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
    };
    start(first)
        && chars.all(|c| {
            start(c)
                || c.is_ascii_digit()
                || matches!(c, '-' | '.' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
        })
}

/// Writes a record's attributes.
struct AttrSink<'o, 'w, W: Write + ?Sized> {
    out: &'o mut Out<'w, W>,
    shape: &'static Shape,
}

impl<W: Write + ?Sized> FieldSink for AttrSink<'_, '_, W> {
    type Error = ResponseError;
    fn text(&mut self, i: usize, text: &str) -> Res {
        let f = &self.shape.fields[i];
        if f.attr {
            self.out.attr(self.shape.name, f.xml, text)?;
        }
        Ok(())
    }
    fn record<R: Fields>(&mut self, _: usize, _: R) -> Res {
        Ok(())
    }
    fn list<R: Fields, I: Iterator<Item = R>>(&mut self, _: usize, _: I) -> Res {
        Ok(())
    }
    fn texts<'t, I: Iterator<Item = &'t str>>(&mut self, _: usize, _: I) -> Res {
        Ok(())
    }
    fn entries<E: EntrySource, I: Iterator<Item = E>>(&mut self, _: usize, _: I) -> Res {
        Ok(())
    }
}

/// Writes a record's child elements.
struct ChildSink<'o, 'w, W: Write + ?Sized> {
    out: &'o mut Out<'w, W>,
    shape: &'static Shape,
    /// The namespace of family children.
    ns: Ns,
    /// The default namespace in scope.
    dflt: Ns,
}

impl<W: Write + ?Sized> ChildSink<'_, '_, W> {
    fn ns_of(&self, i: usize) -> Ns {
        match self.shape.ns {
            NsRule::Family => self.ns,
            NsRule::None => Ns::None,
            NsRule::FamilyOrErrors => match self.shape.fields[i].kind {
                Kind::MessageXml => Ns::Types,
                _ => Ns::Errors,
            },
        }
    }

    fn item_name(&self, i: usize) -> &'static str {
        match self.shape.fields[i].kind {
            Kind::List { items, .. } => items.first().copied().unwrap_or("Item"),
            _ => "Item",
        }
    }
}

impl<W: Write + ?Sized> FieldSink for ChildSink<'_, '_, W> {
    type Error = ResponseError;
    fn text(&mut self, i: usize, text: &str) -> Res {
        let f = &self.shape.fields[i];
        if f.attr {
            return Ok(());
        }
        self.out.leaf(self.ns_of(i), f.xml, text, self.dflt)
    }
    fn record<R: Fields>(&mut self, i: usize, r: R) -> Res {
        self.out.record(self.ns_of(i), self.shape.fields[i].xml, &r, self.dflt, Ns::Types)
    }
    fn list<R: Fields, I: Iterator<Item = R>>(&mut self, i: usize, items: I) -> Res {
        let item = self.item_name(i);
        self.out.wrapper(self.ns_of(i), self.shape.fields[i].xml, self.dflt, items, |out, r, d| {
            out.record(Ns::Types, item, &r, d, Ns::Types)
        })
    }
    fn texts<'t, I: Iterator<Item = &'t str>>(&mut self, i: usize, items: I) -> Res {
        let item = self.item_name(i);
        self.out.wrapper(self.ns_of(i), self.shape.fields[i].xml, self.dflt, items, |out, t, d| {
            out.leaf(Ns::Types, item, t, d)
        })
    }
    fn entries<E: EntrySource, I: Iterator<Item = E>>(&mut self, i: usize, items: I) -> Res {
        self.out.wrapper(self.ns_of(i), self.shape.fields[i].xml, self.dflt, items, |out, e, d| out.entry(e, d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(s: &str, attribute: bool, numeric: bool) -> String {
        let mut v = Vec::new();
        assert!(escape(&mut v, s, attribute, numeric).is_ok());
        String::from_utf8(v).unwrap()
    }

    fn cd(s: &str) -> String {
        let mut v = Vec::new();
        assert!(cdata(&mut v, s).is_ok());
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn escapes() {
        assert_eq!(esc("a<b>&c\"d'e]]>\r\n\t", false, false), "a&lt;b&gt;&amp;c\"d'e]]&gt;&#13;\n\t");
        assert_eq!(esc("a<b>&c\"d'\r\n\t", true, false), "a&lt;b&gt;&amp;c&quot;d'&#13;&#10;&#9;");
        assert_eq!(esc("<&>\"", true, true), "&#60;&#38;&#62;&#34;");
        assert_eq!(esc("é😀\u{FFFD}", false, false), "é😀\u{FFFD}");
    }

    #[test]
    fn cdata_sections() {
        assert_eq!(cd(""), "");
        assert_eq!(cd("a<&>b"), "<![CDATA[a<&>b]]>");
        assert_eq!(cd("x]]>y"), "<![CDATA[x]]]]><![CDATA[>y]]>");
        assert_eq!(cd("]]]>"), "<![CDATA[]]]]]><![CDATA[>]]>");
        assert_eq!(cd("a\r\nb"), "<![CDATA[a]]>&#13;<![CDATA[\nb]]>");
        assert_eq!(cd("\r"), "<![CDATA[]]>&#13;<![CDATA[]]>");
    }

    #[test]
    fn forbidden() {
        let mut v = Vec::new();
        for (s, code, offset) in
            [("a\u{0}", 0, 1), ("\u{1F}", 0x1F, 0), ("é\u{FFFE}", 0xFFFE, 2), ("\u{FFFF}", 0xFFFF, 0)]
        {
            for r in [escape(&mut v, s, false, false), escape(&mut v, s, true, true), cdata(&mut v, s)] {
                assert!(
                    matches!(r, Err(EscapeError::Forbidden { code: c, offset: o }) if c == code && o == offset),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn ncnames() {
        for ok in ["Value", "a", "_x", "a-b.c", "Ünïcode", "x1"] {
            assert!(is_ncname(ok), "{ok}");
        }
        for bad in ["", "1a", "a:b", "-a", "a b", "a<"] {
            assert!(!is_ncname(bad), "{bad}");
        }
    }
}
