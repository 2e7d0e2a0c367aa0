//! Errors: what went wrong, where (byte offset, line:column) and inside which element.

use std::fmt;

/// Which resource limit was exceeded (see [`Limits`](crate::Limits)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    InputBytes,
    /// [`Limits::max_depth`](crate::Limits::max_depth).
    Depth,
    /// [`Limits::max_attributes`](crate::Limits::max_attributes).
    Attributes,
    /// [`Limits::max_namespace_declarations`](crate::Limits::max_namespace_declarations).
    NamespaceDeclarations,
    /// [`Limits::max_name_bytes`](crate::Limits::max_name_bytes).
    NameBytes,
    /// [`Limits::max_item_bytes`](crate::Limits::max_item_bytes): one `ImGroup` or
    /// `Persona` of an item list, start tag to end tag.
    ItemBytes,
    /// [`Limits::max_input_bytes`](crate::Limits::max_input_bytes), applied by a streamed
    /// parse to the part of the document it holds outside items.
    HeldBytes,
}

impl Limit {
    fn describe(self) -> &'static str {
        match self {
            Limit::InputBytes => "input size",
            Limit::Depth => "element nesting depth",
            Limit::Attributes => "attributes on one element",
            Limit::NamespaceDeclarations => "namespace declarations on one element",
            Limit::NameBytes => "name length",
            Limit::ItemBytes => "size of one item",
            Limit::HeldBytes => "size of the document outside its items",
        }
    }
}

/// What kind of problem stopped the parse.
///
/// The kinds are finer than the rejection kinds of the JSON contract;
/// [`ErrorKind::contract_kind`] maps each to one of those.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input starts with a UTF-16 byte order mark: EWS speaks UTF-8 only.
    UnsupportedEncoding,
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// The input is empty, or holds only white space (and perhaps a BOM or an XML declaration).
    EmptyDocument,
    /// The input ends inside a construct (a tag, a comment, an open element…): it was cut short.
    UnexpectedEof {
        /// What was still open, e.g. `"start tag"`, `"comment"`, `"element"`.
        inside: &'static str,
    },
    /// Markup that is not well-formed XML 1.0.
    Syntax(Syntax),
    /// An end tag that does not close the element that is open.
    MismatchedEndTag {
        /// The qualified name of the open element, as written in its start tag (the end tag
        /// found instead is at the error's offset).
        open: Box<str>,
    },
    /// An entity reference other than the five predefined ones.
    UndefinedEntity,
    /// A malformed character reference, or one to a surrogate or a value above U+10FFFF.
    InvalidCharRef,
    /// A character that XML 1.0 forbids (raw or referenced), in strict mode.
    ForbiddenChar {
        /// The character's code point.
        code: u32,
    },
    /// The same attribute twice on one element (also two names that expand to the same
    /// namespace URI and local name).
    DuplicateAttribute {
        /// The qualified name of the second occurrence, as written.
        qname: Box<str>,
    },
    /// A prefix that no `xmlns:prefix` declaration in scope binds.
    UndeclaredPrefix {
        /// The qualified name (of an element or an attribute) whose prefix is undeclared,
        /// as written.
        qname: Box<str>,
    },
    /// A namespace declaration that Namespaces in XML 1.0 forbids (undeclaring a prefix,
    /// rebinding `xml` or `xmlns`, binding their URIs), or a QName with a misplaced colon.
    Namespace,
    /// A document type declaration: DTDs are never processed.
    DoctypeNotAllowed,
    /// A resource limit was exceeded.
    LimitExceeded {
        /// Which limit.
        limit: Limit,
        /// Its value.
        max: u64,
    },
    /// The arena reached its cap ([`Limits::max_arena_bytes`](crate::Limits::max_arena_bytes))
    /// or the allocator refused memory.
    ArenaExhausted,
    /// The root element is not a SOAP 1.1 `Envelope`.
    NotSoapEnvelope,
    /// The root is an `<html>` element: an HTML error or login page, not EWS.
    HtmlPage,
    /// The envelope has no SOAP 1.1 `Body`.
    MissingBody,
    /// The `Body` has no child element.
    EmptyBody,
    /// The body element is neither a SOAP fault nor one of the supported responses.
    UnsupportedOperation,
    /// The body element of a request ([`parse_request`](crate::parse_request)) is not one
    /// of the supported requests.
    UnsupportedRequest,
    /// [`PushParser::feed`](crate::stream::PushParser::feed) was called after
    /// [`finish`](crate::stream::PushParser::finish).
    FedAfterFinish,
}

/// The particular syntax rule a [`ErrorKind::Syntax`] error broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Syntax {
    /// A name was expected (after `<`, `</` or between attributes).
    ExpectedName,
    /// A character that may not appear in a name, or at its start.
    InvalidName,
    /// `=` was expected after an attribute name.
    ExpectedEquals,
    /// A quoted attribute value was expected.
    ExpectedQuote,
    /// `<` inside an attribute value.
    LtInAttributeValue,
    /// Attributes must be separated by white space.
    ExpectedWhitespace,
    /// `>` or `/>` was expected to end a tag.
    ExpectedTagEnd,
    /// `]]>` in character data.
    CdataEndInText,
    /// `--` inside a comment.
    DoubleHyphenInComment,
    /// A `<!` construct that is not a comment, CDATA section or DOCTYPE.
    InvalidMarkupDeclaration,
    /// A CDATA section outside the root element.
    CdataOutsideRoot,
    /// Character data outside the root element.
    TextOutsideRoot,
    /// A second root element.
    SecondRoot,
    /// An end tag with no open element.
    UnexpectedEndTag,
    /// An XML declaration that is malformed, not first, or of an unsupported version.
    InvalidXmlDeclaration,
    /// A processing instruction named `xml` (in any case) other than the XML declaration.
    ReservedPiTarget,
}

impl ErrorKind {
    /// The rejection kind of the JSON contract (`docs/json-output.md` §7) this maps to.
    ///
    /// ```
    /// use ews_im::ErrorKind;
    /// assert_eq!(ErrorKind::MismatchedEndTag { open: "t:Persona".into() }.contract_kind(), "not well-formed");
    /// ```
    pub fn contract_kind(&self) -> &'static str {
        match self {
            ErrorKind::UnsupportedEncoding => "unsupported encoding",
            ErrorKind::DoctypeNotAllowed => "doctype not allowed",
            ErrorKind::LimitExceeded { .. } | ErrorKind::ArenaExhausted => "limit exceeded",
            ErrorKind::NotSoapEnvelope | ErrorKind::HtmlPage => "not a soap envelope",
            ErrorKind::MissingBody => "missing body",
            ErrorKind::EmptyBody => "empty body",
            ErrorKind::UnsupportedOperation | ErrorKind::UnsupportedRequest => "unsupported operation",
            _ => "not well-formed",
        }
    }

    /// Whether this is a structural (SOAP/EWS-level) problem in an otherwise
    /// well-formed document, as opposed to a lexical or resource one.
    pub fn is_structural(&self) -> bool {
        matches!(
            self,
            ErrorKind::NotSoapEnvelope
                | ErrorKind::HtmlPage
                | ErrorKind::MissingBody
                | ErrorKind::EmptyBody
                | ErrorKind::UnsupportedOperation
                | ErrorKind::UnsupportedRequest
        )
    }

    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::UnsupportedEncoding => f.write_str("UTF-16 byte order mark: only UTF-8 is supported"),
            ErrorKind::InvalidUtf8 => f.write_str("invalid UTF-8"),
            ErrorKind::EmptyDocument => f.write_str("empty document: no root element"),
            ErrorKind::UnexpectedEof { inside } => {
                write!(f, "unexpected end of input inside {inside}")
            }
            ErrorKind::Syntax(s) => f.write_str(match s {
                Syntax::ExpectedName => "expected a name",
                Syntax::InvalidName => "invalid character in a name",
                Syntax::ExpectedEquals => "expected '=' after the attribute name",
                Syntax::ExpectedQuote => "expected a quoted attribute value",
                Syntax::LtInAttributeValue => "'<' inside an attribute value",
                Syntax::ExpectedWhitespace => "expected white space between attributes",
                Syntax::ExpectedTagEnd => "expected '>' or '/>' to end the tag",
                Syntax::CdataEndInText => "']]>' in character data",
                Syntax::DoubleHyphenInComment => "'--' inside a comment",
                Syntax::InvalidMarkupDeclaration => "unknown '<!' markup",
                Syntax::CdataOutsideRoot => "CDATA section outside the root element",
                Syntax::TextOutsideRoot => "text outside the root element",
                Syntax::SecondRoot => "a second root element",
                Syntax::UnexpectedEndTag => "end tag with no open element",
                Syntax::InvalidXmlDeclaration => "invalid or misplaced XML declaration",
                Syntax::ReservedPiTarget => "processing instruction target 'xml' is reserved",
            }),
            ErrorKind::MismatchedEndTag { open } => {
                write!(f, "end tag does not match the open element <{}>", Short(open))
            }
            ErrorKind::UndefinedEntity => f.write_str("undefined entity reference"),
            ErrorKind::InvalidCharRef => f.write_str("invalid character reference"),
            ErrorKind::ForbiddenChar { code } => {
                write!(f, "character U+{code:04X} is not allowed in XML 1.0 (strict mode)")
            }
            ErrorKind::DuplicateAttribute { qname } => write!(f, "duplicate attribute {}", Short(qname)),
            ErrorKind::UndeclaredPrefix { qname } => {
                let prefix = qname.split_once(':').map_or("", |(p, _)| p);
                write!(f, "undeclared namespace prefix '{}' of {}", Short(prefix), Short(qname))
            }
            ErrorKind::Namespace => f.write_str("namespace declaration or qualified name not allowed"),
            ErrorKind::DoctypeNotAllowed => f.write_str("document type declaration (DTD) not allowed"),
            ErrorKind::LimitExceeded { limit, max } => {
                write!(f, "{} exceeds the limit of {max}", limit.describe())
            }
            ErrorKind::ArenaExhausted => f.write_str("arena memory cap reached"),
            ErrorKind::NotSoapEnvelope => f.write_str("root element is not a SOAP 1.1 Envelope"),
            ErrorKind::HtmlPage => f.write_str("an HTML page, not a SOAP envelope"),
            ErrorKind::MissingBody => f.write_str("the Envelope has no SOAP 1.1 Body"),
            ErrorKind::EmptyBody => f.write_str("the Body has no child element"),
            ErrorKind::UnsupportedOperation => {
                f.write_str("body element is neither a SOAP Fault nor a supported EWS IM response")
            }
            ErrorKind::UnsupportedRequest => f.write_str("body element is not a supported EWS IM request"),
            ErrorKind::FedAfterFinish => f.write_str("input fed to a stream parser after its end (finish)"),
        }
    }
}

/// A parse error: its kind, byte offset, line and column, and the element path.
///
/// Displays as one sentence, e.g.
/// `unexpected end of input inside element at 12:7 (byte 18342) in /Envelope/Body/GetImItemsResponse`.
#[derive(Clone, PartialEq, Eq)]
pub struct Error(Box<Inner>);

#[derive(Clone, PartialEq, Eq)]
struct Inner {
    kind: ErrorKind,
    offset: usize,
    line: u32,
    column: u32,
    path: String,
}

impl Error {
    /// Builds an error; `line`/`column` are 1-based, `column` counted in characters.
    pub(crate) fn new(kind: ErrorKind, offset: usize, input: &[u8], path: String) -> Error {
        let (line, column) = line_col(input, offset);
        Error(Box::new(Inner { kind, offset, line, column, path }))
    }

    /// An error whose line and column are known (a streamed parse, which no longer holds
    /// the whole input).
    pub(crate) fn at(kind: ErrorKind, offset: usize, (line, column): (u32, u32), path: String) -> Error {
        Error(Box::new(Inner { kind, offset, line, column, path }))
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// Byte offset of the problem in the input (counting a leading BOM).
    pub fn offset(&self) -> usize {
        self.0.offset
    }

    /// 1-based line of [`offset`](Self::offset).
    pub fn line(&self) -> u32 {
        self.0.line
    }

    /// 1-based column of [`offset`](Self::offset), in characters.
    pub fn column(&self) -> u32 {
        self.0.column
    }

    /// The path of open elements (local names) where the problem was found,
    /// e.g. `/Envelope/Body/GetImItemsResponse`; empty outside the root.
    pub fn path(&self) -> &str {
        &self.0.path
    }
}

/// Line and column (1-based; column in characters) of `offset`. Only called on the error path.
#[inline(never)]
pub(crate) fn line_col(input: &[u8], offset: usize) -> (u32, u32) {
    let before = &input[..offset.min(input.len())];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
    let column = before[line_start..].iter().filter(|&&b| (b & 0xC0) != 0x80).count() + 1;
    (u32::try_from(line).unwrap_or(u32::MAX), u32::try_from(column).unwrap_or(u32::MAX))
}

/// A name as shown in a message: at most [`Short::CHARS`] characters, then `…`. (A name may
/// be as long as `max_name_bytes`; the whole of it is in the error's kind.)
struct Short<'s>(&'s str);

impl Short<'_> {
    const CHARS: usize = 64;
}

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(Self::CHARS) {
            Some((cut, _)) => write!(f, "{}…", &self.0[..cut]),
            None => f.write_str(self.0),
        }
    }
}

/// The element path as shown in a message: a deep one (the depth limit allows hundreds of
/// levels) as its first 3 and last 6 names around a count of the ones left out; every name
/// shortened like [`Short`]. [`Error::path`] has the whole path.
fn write_path(f: &mut fmt::Formatter<'_>, path: &str) -> fmt::Result {
    const HEAD: usize = 3;
    const TAIL: usize = 6;
    let names = path.split('/').skip(1);
    let n = names.clone().count();
    for (i, name) in names.enumerate() {
        if n > HEAD + TAIL + 1 && i >= HEAD && i < n - TAIL {
            if i == HEAD {
                write!(f, "/…({} more)…", n - HEAD - TAIL)?;
            }
            continue;
        }
        write!(f, "/{}", Short(name))?;
    }
    Ok(())
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.kind.describe(f)?;
        write!(f, " at {}:{} (byte {})", self.0.line, self.0.column, self.0.offset)?;
        if !self.0.path.is_empty() {
            f.write_str(" in ")?;
            write_path(f, &self.0.path)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("offset", &self.0.offset)
            .field("line", &self.0.line)
            .field("column", &self.0.column)
            .field("path", &self.0.path)
            .finish()
    }
}

impl std::error::Error for Error {}
