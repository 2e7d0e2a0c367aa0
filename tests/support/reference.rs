//! A slow, obviously-correct reference implementation of the JSON output contract
//! (`shared/spec/json-output.md`), for differential tests of the real parser.
//!
//! It works in two passes:
//!
//! 1. [`check_document`] checks the whole input against section 2 of the contract (encoding,
//!    XML 1.0 well-formedness, Namespaces in XML 1.0, resource limits) and builds a small owned
//!    tree of [`Element`]s. quick-xml is used to split the input into tokens, but it checks very
//!    little, so the raw text of every token is re-checked here against the XML 1.0 grammar.
//! 2. [`map_document`] applies sections 3 to 6 of the contract to that tree.
//!
//! Precedence (section 7): every problem of the kinds `unsupported encoding`, `not well-formed`,
//! `doctype not allowed` and `limit exceeded` has a byte offset, and the one at the lowest offset
//! is reported. Offsets used here:
//!
//! * a limit is exceeded at the byte where its count or length first goes over: the `<` of the
//!   element at depth 257, the first byte of the 257th attribute or of the 65th namespace
//!   declaration, the 1025th byte of a name, byte 67 108 864 of the input;
//! * a reference problem (undefined entity, bad syntax, surrogate, out of range, forbidden
//!   character in `strict` mode) is at its `&`;
//! * an invalid UTF-8 sequence is at its first byte; a forbidden raw character at its first byte;
//! * an undeclared prefix, or a misuse of a reserved prefix, is at the first byte of the name;
//!   a duplicate attribute (literal or after namespace expansion) is at the second one;
//! * a construct still open at the end of the input is at the end of the input;
//! * everything else is at the first byte that the grammar does not allow.
//!
//! Within one start tag all problems are collected and the lowest offset wins; namespace checks
//! are only made on a start tag that is complete (ends with `>` or `/>`).

#![allow(dead_code)]

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, Event};
use quick_xml::reader::Reader;
use serde_json::{Map, Value};

// ------------------------------------------------------------------------------------------------
// Rejection kinds (contract section 7)

pub const UNSUPPORTED_ENCODING: &str = "unsupported encoding";
pub const NOT_WELL_FORMED: &str = "not well-formed";
pub const DOCTYPE_NOT_ALLOWED: &str = "doctype not allowed";
pub const LIMIT_EXCEEDED: &str = "limit exceeded";
pub const NOT_A_SOAP_ENVELOPE: &str = "not a soap envelope";
pub const MISSING_BODY: &str = "missing body";
pub const EMPTY_BODY: &str = "empty body";
pub const UNSUPPORTED_OPERATION: &str = "unsupported operation";

// ------------------------------------------------------------------------------------------------
// Default resource limits (contract section 2)

pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;
pub const MAX_DEPTH: usize = 256;
pub const MAX_ATTRIBUTES: usize = 256;
pub const MAX_NAMESPACE_DECLARATIONS: usize = 64;
pub const MAX_NAME_BYTES: usize = 1024;

// ------------------------------------------------------------------------------------------------
// Namespaces (contract section 4)

const SOAP_NS: &str = "http://schemas.xmlsoap.org/soap/envelope/";
const TYPES_NS: [&str; 2] = [
    "http://schemas.microsoft.com/exchange/services/2006/types",
    "https://schemas.microsoft.com/exchange/services/2006/types",
];
const MESSAGES_NS: [&str; 2] = [
    "http://schemas.microsoft.com/exchange/services/2006/messages",
    "https://schemas.microsoft.com/exchange/services/2006/messages",
];
const ERRORS_NS: [&str; 2] = [
    "http://schemas.microsoft.com/exchange/services/2006/errors",
    "https://schemas.microsoft.com/exchange/services/2006/errors",
];
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS: &str = "http://www.w3.org/2000/xmlns/";

/// Returns the contract's JSON value, or the rejection kind string exactly as in
/// json-output.md section 7.
pub fn reference_parse(input: &[u8], strict: bool) -> Result<Value, &'static str> {
    let envelope = check_document(input, strict)?;
    map_document(&envelope)
}

// ================================================================================================
// Pass 1: checking the input and building the tree
// ================================================================================================

/// An element of the checked document. Comments, processing instructions and namespace
/// declarations are not kept.
#[derive(Debug, Clone)]
pub struct Element {
    /// The namespace URI, `None` for no namespace.
    pub namespace: Option<String>,
    pub local_name: String,
    /// The unprefixed attributes (never namespace declarations), in document order, with their
    /// normalised values.
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    /// Character data: text (end-of-line normalised), a resolved reference or a CDATA section.
    Text(String),
}

impl Element {
    fn child_elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// Contract 5.3: the concatenation of the character data that are direct children.
    fn text(&self) -> String {
        let mut text = String::new();
        for node in &self.children {
            if let Node::Text(piece) = node {
                text.push_str(piece);
            }
        }
        text
    }

    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(attribute, _)| attribute == name).map(|(_, value)| value.as_str())
    }

    fn is(&self, namespace: &str, local_name: &str) -> bool {
        self.namespace.as_deref() == Some(namespace) && self.local_name == local_name
    }
}

/// A problem found in the input: where it is (a byte offset) and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Problem {
    at: usize,
    kind: &'static str,
}

fn not_well_formed(at: usize) -> Problem {
    Problem { at, kind: NOT_WELL_FORMED }
}

fn limit_exceeded(at: usize) -> Problem {
    Problem { at, kind: LIMIT_EXCEEDED }
}

/// Problems collected while looking at one construct; the one with the lowest offset counts
/// (the first one found among equals).
#[derive(Debug, Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, problem: Problem) {
        self.0.push(problem);
    }

    fn first(&self) -> Option<Problem> {
        self.0.iter().copied().min_by_key(|problem| problem.at)
    }

    /// Adds a problem that stops the scanning of the construct and returns the first problem.
    fn stop(mut self, problem: Problem) -> Problem {
        self.add(problem);
        self.first().expect("a problem was just added")
    }
}

/// Checks the whole document (contract section 2) and returns its root element.
pub fn check_document(input: &[u8], strict: bool) -> Result<Element, &'static str> {
    if input.starts_with(&[0xFE, 0xFF]) || input.starts_with(&[0xFF, 0xFE]) {
        return Err(UNSUPPORTED_ENCODING);
    }
    let bom_len = if input.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };

    let mut problems = Problems::default();
    // The longest valid UTF-8 prefix is checked as XML; the first invalid byte is a problem at
    // its own offset.
    let text = match std::str::from_utf8(input) {
        Ok(text) => text,
        Err(error) => {
            problems.add(not_well_formed(error.valid_up_to()));
            std::str::from_utf8(&input[..error.valid_up_to()]).expect("valid prefix")
        }
    };
    if input.len() > MAX_INPUT_BYTES {
        problems.add(limit_exceeded(MAX_INPUT_BYTES));
    }
    let checker = Checker { src: &text[bom_len..], strict, open: Vec::new(), root: None };
    match checker.run() {
        Ok(root) => match problems.first() {
            None => Ok(root),
            Some(problem) => Err(problem.kind),
        },
        Err(problem) => {
            // Offsets inside the checker do not count the byte order mark.
            problems.add(Problem { at: problem.at + bom_len, kind: problem.kind });
            Err(problems.first().expect("a problem was just added").kind)
        }
    }
}

/// The kinds of token, decided from the first bytes of the input at the token's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    StartTag,
    EndTag,
    ProcessingInstruction,
    Comment,
    CData,
    Doctype,
    /// `<!` followed by anything but `--`, `[CDATA[` or `DOCTYPE`.
    BadMarkup,
    Reference,
    Text,
}

impl Token {
    fn classify(rest: &str) -> Token {
        if rest.starts_with("</") {
            Token::EndTag
        } else if rest.starts_with("<?") {
            Token::ProcessingInstruction
        } else if rest.starts_with("<!--") {
            Token::Comment
        } else if rest.starts_with("<![CDATA[") {
            Token::CData
        } else if rest.starts_with("<!DOCTYPE") {
            Token::Doctype
        } else if rest.starts_with("<!") {
            Token::BadMarkup
        } else if rest.starts_with('<') {
            Token::StartTag
        } else if rest.starts_with('&') {
            Token::Reference
        } else {
            Token::Text
        }
    }
}

struct OpenElement {
    /// The qualified name exactly as written, to match the end tag.
    qname: String,
    /// Namespace declarations made on this element: (prefix, URI); prefix `""` is the default.
    declarations: Vec<(String, String)>,
    element: Element,
}

/// A start tag that is syntactically complete.
struct StartTag {
    name_at: usize,
    qname: String,
    attributes: Vec<AttributeSpec>,
    self_closing: bool,
    end: usize,
}

struct AttributeSpec {
    at: usize,
    qname: String,
    /// The value after attribute-value normalisation.
    value: String,
}

struct Checker<'a> {
    /// The document after the optional byte order mark; offsets below are into this string.
    src: &'a str,
    strict: bool,
    open: Vec<OpenElement>,
    /// The root element once it is closed.
    root: Option<Element>,
}

impl Checker<'_> {
    fn run(mut self) -> Result<Element, Problem> {
        // quick-xml would silently skip a (second) byte order mark; U+FEFF is character data,
        // which is not allowed before the root element.
        if self.src.starts_with('\u{FEFF}') {
            return Err(not_well_formed(0));
        }
        let src = self.src;
        let mut reader = Reader::from_str(src);
        let config = reader.config_mut();
        // Every check is done here, on the raw text; quick-xml only finds where tokens end.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.allow_dangling_amp = true;
        config.check_comments = false;
        config.expand_empty_elements = false;
        config.trim_text(false);

        loop {
            let start = position(&reader);
            let token = Token::classify(&src[start..]);
            match token {
                Token::Doctype if self.in_prolog() => return Err(Problem { at: start, kind: DOCTYPE_NOT_ALLOWED }),
                Token::Doctype | Token::BadMarkup => return Err(not_well_formed(start)),
                _ => {}
            }
            let event = reader.read_event();
            let end = position(&reader);
            match event {
                Ok(Event::Eof) => {
                    assert_eq!(start, src.len(), "quick-xml reported the end of input early");
                    return self.finish();
                }
                Ok(event) => {
                    let checked_end = self.token(token, start, Some(&event))?;
                    assert_eq!(
                        checked_end, end,
                        "quick-xml and the reference disagree on where the {token:?} at {start} ends"
                    );
                }
                Err(error) => {
                    self.token(token, start, None)?;
                    panic!("quick-xml rejects the {token:?} at {start} ({error}) but the reference accepts it");
                }
            }
        }
    }

    fn in_prolog(&self) -> bool {
        self.open.is_empty() && self.root.is_none()
    }

    fn in_root(&self) -> bool {
        !self.open.is_empty()
    }

    fn finish(mut self) -> Result<Element, Problem> {
        if !self.open.is_empty() {
            return Err(not_well_formed(self.src.len()));
        }
        self.root.take().ok_or(not_well_formed(self.src.len()))
    }

    /// Checks the token starting at `start` and adds it to the tree; returns the offset just
    /// after it. `event` is quick-xml's event for it, `None` if quick-xml reported an error.
    fn token(&mut self, token: Token, start: usize, event: Option<&Event>) -> Result<usize, Problem> {
        match token {
            Token::StartTag => self.start_tag(start),
            Token::EndTag => self.end_tag(start),
            Token::Text => {
                let end = self.check_text(start)?;
                if self.in_root() {
                    let Some(Event::Text(text)) = event else {
                        panic!("expected a quick-xml text event at {start}, got {event:?}")
                    };
                    let content = self.replace_forbidden(&text.xml10_content());
                    self.append_text(content);
                }
                Ok(end)
            }
            Token::Reference => {
                if !self.in_root() {
                    return Err(not_well_formed(start));
                }
                let (value, end) = self.reference(start)?;
                if let Some(Event::GeneralRef(reference)) = event {
                    // Cross-check with quick-xml where it can resolve the reference itself.
                    if let Ok(Some(c)) = reference.resolve_char_ref() {
                        if !is_forbidden_char(c) {
                            assert_eq!(value, c.to_string(), "char reference at {start}");
                        }
                    }
                }
                self.append_text(value);
                Ok(end)
            }
            Token::CData => {
                if !self.in_root() {
                    return Err(not_well_formed(start));
                }
                let end = self.check_cdata(start)?;
                let Some(Event::CData(cdata)) = event else {
                    panic!("expected a quick-xml CDATA event at {start}, got {event:?}")
                };
                let content = self.replace_forbidden(&cdata.xml10_content());
                self.append_text(content);
                Ok(end)
            }
            Token::Comment => self.check_comment(start),
            Token::ProcessingInstruction => self.check_processing_instruction(start),
            Token::Doctype | Token::BadMarkup => unreachable!("handled before reading"),
        }
    }

    fn append_text(&mut self, text: String) {
        let parent = self.open.last_mut().expect("text inside the root element");
        parent.element.children.push(Node::Text(text));
    }

    // --------------------------------------------------------------------------------------------
    // Characters

    /// What a character that XML 1.0 forbids (at `at`) becomes: U+FFFD, or a problem in strict mode.
    fn forbidden_char(&self, at: usize) -> Result<char, Problem> {
        if self.strict {
            Err(not_well_formed(at))
        } else {
            Ok('\u{FFFD}')
        }
    }

    /// In strict mode, the first forbidden character of `src[from..to]` is a problem.
    fn check_chars(&self, from: usize, to: usize) -> Result<(), Problem> {
        if !self.strict {
            return Ok(());
        }
        for (i, c) in self.src[from..to].char_indices() {
            if is_forbidden_char(c) {
                self.forbidden_char(from + i)?;
            }
        }
        Ok(())
    }

    /// Lenient mode: every forbidden character becomes U+FFFD (strict mode never gets here with
    /// one, `check_chars` has rejected it).
    fn replace_forbidden(&self, text: &str) -> String {
        text.chars().map(|c| if is_forbidden_char(c) { '\u{FFFD}' } else { c }).collect()
    }

    // --------------------------------------------------------------------------------------------
    // Character data and references

    /// Checks the text from `start` up to the next `<` or `&`; returns where it ends.
    fn check_text(&self, start: usize) -> Result<usize, Problem> {
        let rest = &self.src[start..];
        let end = start + rest.find(['<', '&']).unwrap_or(rest.len());
        let text = &self.src[start..end];
        if !self.in_root() {
            // Before and after the root element only white space is allowed.
            if let Some((i, _)) = text.char_indices().find(|&(_, c)| !is_xml_space(c)) {
                return Err(not_well_formed(start + i));
            }
            return Ok(end);
        }
        for (i, c) in text.char_indices() {
            if text[i..].starts_with("]]>") {
                return Err(not_well_formed(start + i));
            }
            if is_forbidden_char(c) {
                self.forbidden_char(start + i)?;
            }
        }
        Ok(end)
    }

    /// Checks and resolves the entity or character reference at `start` (its `&`); returns its
    /// value and where it ends.
    fn reference(&self, start: usize) -> Result<(String, usize), Problem> {
        let rest = &self.src[start + 1..];
        // Every well-formed reference is `&` + ASCII letters, digits and `#` + `;`.
        let body_len = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'#').count();
        let body = &rest[..body_len];
        if !rest[body_len..].starts_with(';') {
            return Err(not_well_formed(start));
        }
        let end = start + 1 + body_len + 1;
        if let Some(number) = body.strip_prefix('#') {
            let digits_ok = match number.strip_prefix('x') {
                Some(hex) => !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()),
                None => !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
            };
            if !digits_ok {
                // `&#;`, `&#x;`, `&#X19;`, `&#1a;` ...
                return Err(not_well_formed(start));
            }
            if number.trim_start_matches('x').bytes().all(|b| b == b'0') {
                // U+0000 (quick-xml refuses to resolve it)
                return Ok((self.forbidden_char(start)?.to_string(), end));
            }
            match BytesRef::new(body).resolve_char_ref() {
                Ok(Some(c)) if is_forbidden_char(c) => Ok((self.forbidden_char(start)?.to_string(), end)),
                Ok(Some(c)) => Ok((c.to_string(), end)),
                // a surrogate, above U+10FFFF, or too many digits for a u32
                _ => Err(not_well_formed(start)),
            }
        } else {
            match resolve_predefined_entity(body) {
                Some(value) => Ok((value.to_string(), end)),
                None => Err(not_well_formed(start)),
            }
        }
    }

    fn check_cdata(&self, start: usize) -> Result<usize, Problem> {
        let content_start = start + "<![CDATA[".len();
        let Some(length) = self.src[content_start..].find("]]>") else {
            self.check_chars(content_start, self.src.len())?;
            return Err(not_well_formed(self.src.len()));
        };
        self.check_chars(content_start, content_start + length)?;
        Ok(content_start + length + 3)
    }

    // --------------------------------------------------------------------------------------------
    // Comments and processing instructions

    fn check_comment(&self, start: usize) -> Result<usize, Problem> {
        let content_start = start + "<!--".len();
        // The first `--` must be the start of `-->`: a comment holds no `--` and does not end
        // with `-`.
        let Some(length) = self.src[content_start..].find("--") else {
            self.check_chars(content_start, self.src.len())?;
            return Err(not_well_formed(self.src.len()));
        };
        let dashes = content_start + length;
        self.check_chars(content_start, dashes)?;
        if self.src[dashes + 2..].starts_with('>') {
            Ok(dashes + 3)
        } else {
            Err(not_well_formed(dashes))
        }
    }

    fn check_processing_instruction(&self, start: usize) -> Result<usize, Problem> {
        let target_start = start + 2;
        let target_len = name_len(&self.src[target_start..]);
        if target_len == 0 {
            return Err(not_well_formed(target_start));
        }
        let target = &self.src[target_start..target_start + target_len];
        if target == "xml" {
            // The XML declaration: only as the very first thing (after the byte order mark).
            if start != 0 {
                return Err(not_well_formed(start));
            }
            return self.check_xml_declaration(target_start + target_len);
        }
        if target.eq_ignore_ascii_case("xml") {
            // reserved PITarget
            return Err(not_well_formed(target_start));
        }
        if let Some(colon) = target.find(':') {
            // Namespaces in XML: no colon in a PI target
            return Err(not_well_formed(target_start + colon));
        }
        let after_target = target_start + target_len;
        if self.src[after_target..].starts_with("?>") {
            return Ok(after_target + 2);
        }
        let space = space_len(&self.src[after_target..]);
        if space == 0 {
            return Err(not_well_formed(after_target));
        }
        let content_start = after_target + space;
        match self.src[content_start..].find("?>") {
            Some(length) => {
                self.check_chars(content_start, content_start + length)?;
                Ok(content_start + length + 2)
            }
            None => {
                self.check_chars(content_start, self.src.len())?;
                Err(not_well_formed(self.src.len()))
            }
        }
    }

    /// XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>', from just after `<?xml`.
    fn check_xml_declaration(&self, mut pos: usize) -> Result<usize, Problem> {
        let src = self.src;
        // VersionInfo ::= S 'version' Eq ("'" VersionNum "'" | '"' VersionNum '"')
        let space = space_len(&src[pos..]);
        if space == 0 || !src[pos + space..].starts_with("version") {
            return Err(not_well_formed(pos + space));
        }
        pos += space + "version".len();
        let (value_start, value, after) = self.declaration_value(pos)?;
        let version_ok = value
            .strip_prefix("1.")
            .is_some_and(|minor| !minor.is_empty() && minor.bytes().all(|b| b.is_ascii_digit()));
        if !version_ok {
            return Err(not_well_formed(value_start));
        }
        pos = after;
        // EncodingDecl ::= S 'encoding' Eq ('"' EncName '"' | "'" EncName "'")
        let space = space_len(&src[pos..]);
        if space > 0 && src[pos + space..].starts_with("encoding") {
            pos += space + "encoding".len();
            let (value_start, value, after) = self.declaration_value(pos)?;
            // EncName ::= [A-Za-z] ([A-Za-z0-9._] | '-')*  (the label itself is not consulted)
            let name_ok = value.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
            if !name_ok {
                return Err(not_well_formed(value_start));
            }
            pos = after;
        }
        // SDDecl ::= S 'standalone' Eq (("'" ('yes' | 'no') "'") | ('"' ('yes' | 'no') '"'))
        let space = space_len(&src[pos..]);
        if space > 0 && src[pos + space..].starts_with("standalone") {
            pos += space + "standalone".len();
            let (value_start, value, after) = self.declaration_value(pos)?;
            if value != "yes" && value != "no" {
                return Err(not_well_formed(value_start));
            }
            pos = after;
        }
        pos += space_len(&src[pos..]);
        if src[pos..].starts_with("?>") {
            Ok(pos + 2)
        } else {
            Err(not_well_formed(pos))
        }
    }

    /// `Eq` and a quoted value in the XML declaration, from just after the pseudo-attribute
    /// name: returns (offset of the value, the value, offset after the closing quote).
    fn declaration_value(&self, mut pos: usize) -> Result<(usize, &str, usize), Problem> {
        let src = self.src;
        pos += space_len(&src[pos..]);
        if !src[pos..].starts_with('=') {
            return Err(not_well_formed(pos));
        }
        pos += 1;
        pos += space_len(&src[pos..]);
        let quote = match src[pos..].chars().next() {
            Some(quote @ ('"' | '\'')) => quote,
            _ => return Err(not_well_formed(pos)),
        };
        let value_start = pos + 1;
        match src[value_start..].find(quote) {
            Some(length) => Ok((value_start, &src[value_start..value_start + length], value_start + length + 1)),
            None => Err(not_well_formed(src.len())),
        }
    }

    // --------------------------------------------------------------------------------------------
    // Tags

    fn start_tag(&mut self, start: usize) -> Result<usize, Problem> {
        if self.root.is_some() {
            // a second root element
            return Err(not_well_formed(start));
        }
        if self.open.len() >= MAX_DEPTH {
            // this element would be at depth MAX_DEPTH + 1
            return Err(limit_exceeded(start));
        }
        let (tag, mut problems) = self.scan_start_tag(start)?;
        let (element, declarations) = self.resolve_names(&tag, &mut problems);
        if let Some(problem) = problems.first() {
            return Err(problem);
        }
        if tag.self_closing {
            self.close(element);
        } else {
            self.open.push(OpenElement { qname: tag.qname, declarations, element });
        }
        Ok(tag.end)
    }

    fn close(&mut self, element: Element) {
        match self.open.last_mut() {
            Some(parent) => parent.element.children.push(Node::Element(element)),
            None => self.root = Some(element),
        }
    }

    /// STag ::= '<' Name (S Attribute)* S? '>' and EmptyElemTag ::= '<' Name (S Attribute)* S? '/>'.
    /// Returns the tag and the problems found in it, or the first problem if the tag is broken.
    fn scan_start_tag(&self, start: usize) -> Result<(StartTag, Problems), Problem> {
        let src = self.src;
        let mut problems = Problems::default();
        let name_at = start + 1;
        let length = name_len(&src[name_at..]);
        if length == 0 {
            return Err(not_well_formed(name_at));
        }
        let qname = &src[name_at..name_at + length];
        qname_problems(qname, name_at, &mut problems);
        let mut pos = name_at + length;
        let mut attributes: Vec<AttributeSpec> = Vec::new();
        let mut declarations = 0;
        loop {
            let space = space_len(&src[pos..]);
            pos += space;
            let rest = &src[pos..];
            if rest.starts_with("/>") || rest.starts_with('>') {
                let self_closing = rest.starts_with('/');
                let tag = StartTag {
                    name_at,
                    qname: qname.to_string(),
                    attributes,
                    self_closing,
                    end: pos + if self_closing { 2 } else { 1 },
                };
                return Ok((tag, problems));
            }
            if rest.is_empty() || space == 0 {
                // the end of the input inside the tag, or no white space before an attribute
                return Err(problems.stop(not_well_formed(pos)));
            }
            // Attribute ::= Name Eq AttValue
            let at = pos;
            let length = name_len(rest);
            if length == 0 {
                return Err(problems.stop(not_well_formed(pos)));
            }
            let name = &rest[..length];
            if attributes.len() == MAX_ATTRIBUTES {
                problems.add(limit_exceeded(at));
            }
            qname_problems(name, at, &mut problems);
            if name == "xmlns" || name.starts_with("xmlns:") {
                declarations += 1;
                if declarations == MAX_NAMESPACE_DECLARATIONS + 1 {
                    problems.add(limit_exceeded(at));
                }
            }
            if attributes.iter().any(|attribute| attribute.qname == name) {
                problems.add(not_well_formed(at));
            }
            pos += length;
            pos += space_len(&src[pos..]);
            if !src[pos..].starts_with('=') {
                return Err(problems.stop(not_well_formed(pos)));
            }
            pos += 1;
            pos += space_len(&src[pos..]);
            let quote = match src[pos..].chars().next() {
                Some(quote @ ('"' | '\'')) => quote,
                _ => return Err(problems.stop(not_well_formed(pos))),
            };
            pos += 1;
            let value;
            (value, pos) = match self.scan_attribute_value(pos, quote, &mut problems) {
                Ok(found) => found,
                Err(problem) => return Err(problems.stop(problem)),
            };
            attributes.push(AttributeSpec { at, qname: name.to_string(), value });
        }
    }

    /// AttValue from just after the opening quote, with attribute-value normalisation
    /// (literal TAB, LF, CR and CR LF become one space; references are kept as what they stand
    /// for). Returns the value and the offset after the closing quote; `Err` only when the input
    /// ends inside the value. Other problems are added to `problems`.
    fn scan_attribute_value(
        &self,
        mut pos: usize,
        quote: char,
        problems: &mut Problems,
    ) -> Result<(String, usize), Problem> {
        let src = self.src;
        let mut value = String::new();
        loop {
            let Some(c) = src[pos..].chars().next() else {
                return Err(not_well_formed(src.len()));
            };
            if c == quote {
                return Ok((value, pos + 1));
            }
            match c {
                '<' => {
                    problems.add(not_well_formed(pos));
                    pos += 1;
                }
                '&' => match self.reference(pos) {
                    Ok((resolved, end)) => {
                        value.push_str(&resolved);
                        pos = end;
                    }
                    Err(problem) => {
                        problems.add(problem);
                        pos += 1;
                    }
                },
                '\r' => {
                    value.push(' ');
                    pos += 1;
                    if src[pos..].starts_with('\n') {
                        pos += 1;
                    }
                }
                '\n' | '\t' => {
                    value.push(' ');
                    pos += 1;
                }
                c if is_forbidden_char(c) => {
                    match self.forbidden_char(pos) {
                        Ok(replacement) => value.push(replacement),
                        Err(problem) => problems.add(problem),
                    }
                    pos += c.len_utf8();
                }
                c => {
                    value.push(c);
                    pos += c.len_utf8();
                }
            }
        }
    }

    /// Namespaces in XML: processes the declarations of a complete start tag, resolves the
    /// element and attribute names, and checks the namespace constraints.
    fn resolve_names(&self, tag: &StartTag, problems: &mut Problems) -> (Element, Vec<(String, String)>) {
        let mut declarations: Vec<(String, String)> = Vec::new();
        for attribute in &tag.attributes {
            let value = attribute.value.as_str();
            let prefix = if attribute.qname == "xmlns" {
                ""
            } else if let Some(prefix) = attribute.qname.strip_prefix("xmlns:") {
                prefix
            } else {
                continue;
            };
            let allowed = match prefix {
                // the default namespace may be undeclared with xmlns=""
                "" => value != XML_NS && value != XMLNS_NS,
                "xmlns" => false,
                "xml" => value == XML_NS,
                // no undeclaring of a prefix (that is XML 1.1)
                _ => !value.is_empty() && value != XML_NS && value != XMLNS_NS,
            };
            if !allowed {
                problems.add(not_well_formed(attribute.at));
            }
            declarations.push((prefix.to_string(), value.to_string()));
        }

        let (prefix, local_name) = split_qname(&tag.qname);
        let namespace = match prefix {
            Some("xmlns") => {
                problems.add(not_well_formed(tag.name_at));
                None
            }
            _ => match self.lookup(&declarations, prefix.unwrap_or("")) {
                Some(namespace) => namespace,
                None => {
                    problems.add(not_well_formed(tag.name_at));
                    None
                }
            },
        };

        let mut expanded_names: Vec<(Option<String>, &str)> = Vec::new();
        let mut attributes = Vec::new();
        for attribute in &tag.attributes {
            if attribute.qname == "xmlns" || attribute.qname.starts_with("xmlns:") {
                continue;
            }
            let (prefix, local_name) = split_qname(&attribute.qname);
            let namespace = match prefix {
                // unprefixed attributes are in no namespace, whatever the default namespace
                None => None,
                Some(prefix) => match self.lookup(&declarations, prefix) {
                    Some(namespace) => namespace,
                    None => {
                        problems.add(not_well_formed(attribute.at));
                        None
                    }
                },
            };
            if expanded_names.contains(&(namespace.clone(), local_name)) {
                problems.add(not_well_formed(attribute.at));
            }
            expanded_names.push((namespace, local_name));
            if prefix.is_none() {
                attributes.push((attribute.qname.clone(), attribute.value.clone()));
            }
        }

        let element = Element { namespace, local_name: local_name.to_string(), attributes, children: Vec::new() };
        (element, declarations)
    }

    /// The namespace a prefix (`""` for the default namespace) is bound to:
    /// `Some(None)` for no namespace, `None` if the prefix is undeclared.
    fn lookup(&self, own: &[(String, String)], prefix: &str) -> Option<Option<String>> {
        if prefix == "xml" {
            return Some(Some(XML_NS.to_string()));
        }
        let in_scope = own.iter().rev().chain(self.open.iter().rev().flat_map(|open| open.declarations.iter().rev()));
        for (declared, uri) in in_scope {
            if declared == prefix {
                return Some(if uri.is_empty() { None } else { Some(uri.clone()) });
            }
        }
        if prefix.is_empty() {
            Some(None)
        } else {
            None
        }
    }

    /// ETag ::= '</' Name S? '>'
    fn end_tag(&mut self, start: usize) -> Result<usize, Problem> {
        let src = self.src;
        let name_at = start + 2;
        let length = name_len(&src[name_at..]);
        if length == 0 {
            return Err(not_well_formed(name_at));
        }
        let name = &src[name_at..name_at + length];
        let mut pos = name_at + length;
        pos += space_len(&src[pos..]);
        if !src[pos..].starts_with('>') {
            return Err(not_well_formed(pos));
        }
        match self.open.last() {
            Some(open) if open.qname == name => {}
            // no open element, or a different one
            _ => return Err(not_well_formed(start)),
        }
        let open = self.open.pop().expect("checked above");
        self.close(open.element);
        Ok(pos + 1)
    }
}

fn position(reader: &Reader<&[u8]>) -> usize {
    usize::try_from(reader.buffer_position()).expect("offset fits in usize")
}

/// Problems of a QName (Namespaces in XML) and of its length.
fn qname_problems(qname: &str, at: usize, problems: &mut Problems) {
    if qname.len() > MAX_NAME_BYTES {
        problems.add(limit_exceeded(at + MAX_NAME_BYTES));
    }
    let colons: Vec<usize> = qname.match_indices(':').map(|(i, _)| i).collect();
    if colons.len() > 1 {
        problems.add(not_well_formed(at + colons[1]));
    }
    if let Some(&colon) = colons.first() {
        if colon == 0 {
            // empty prefix
            problems.add(not_well_formed(at));
        } else if colon + 1 == qname.len() {
            // empty local part
            problems.add(not_well_formed(at + colon));
        } else if !qname[colon + 1..].chars().next().is_some_and(|c| is_name_start_char(c) && c != ':') {
            // the local part must start like an NCName
            problems.add(not_well_formed(at + colon + 1));
        }
    }
}

/// (prefix, local name) of a QName.
fn split_qname(qname: &str) -> (Option<&str>, &str) {
    match qname.split_once(':') {
        Some((prefix, local_name)) => (Some(prefix), local_name),
        None => (None, qname),
    }
}

/// S ::= (#x20 | #x9 | #xD | #xA)+
fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn space_len(s: &str) -> usize {
    s.bytes().take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')).count()
}

/// Characters that are Unicode scalar values but not XML 1.0 `Char`s: the C0 controls other
/// than TAB, LF and CR, U+FFFE and U+FFFF.
fn is_forbidden_char(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// NameStartChar (XML 1.0 Fifth Edition, production [4]).
fn is_name_start_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// NameChar (XML 1.0 Fifth Edition, production [4a]).
fn is_name_char(c: char) -> bool {
    is_name_start_char(c)
        || matches!(c,
            '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// Length in bytes of the XML `Name` at the start of `s` (0 if there is none).
fn name_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, c)) if is_name_start_char(c) => {}
        _ => return 0,
    }
    for (i, c) in chars {
        if !is_name_char(c) {
            return i;
        }
    }
    s.len()
}

// ================================================================================================
// Pass 2: mapping the tree to JSON (contract sections 3 to 6)
// ================================================================================================

/// Contract 5.1: the name is lower-cased, and an underscore is inserted before an upper-case
/// letter that (a) follows a lower-case letter or a digit, or (b) follows an upper-case letter
/// and is itself followed by a lower-case letter.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut key = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let previous = chars[i - 1];
            let next = chars.get(i + 1).copied();
            let follows_lower_or_digit = previous.is_lowercase() || previous.is_ascii_digit();
            let starts_word_after_upper = previous.is_uppercase() && next.is_some_and(char::is_lowercase);
            if follows_lower_or_digit || starts_word_after_upper {
                key.push('_');
            }
        }
        key.extend(c.to_lowercase());
    }
    key
}

/// The object shapes of section 6.
#[derive(Debug, Clone, Copy)]
pub enum Obj {
    ServerVersionInfo,
    ItemId,
    ExtendedFieldUri,
    /// ResponseMessage plus the payload of one response element.
    Response(&'static [Child]),
    ImItemList,
    ImGroup,
    ExtendedProperty,
    Persona,
    PersonaAttribution,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    BodyContent,
    StringAttributedValue,
    StringArrayAttributedValue,
    PhoneNumberAttributedValue,
    EmailAddressAttributedValue,
    PostalAddressAttributedValue,
    BodyContentAttributedValue,
    ExtendedPropertyAttributedValue,
    Fault,
    FaultDetail,
}

/// The shape of a recognised child element (5.2).
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A string: the element's text.
    Leaf,
    Object(Obj),
    /// An array of MessageXmlEntry: one per child element, any namespace.
    MessageXml,
    /// A wrapper: its children with one of these local names (EWS family) are the items.
    Array(&'static [&'static str], Item),
}

#[derive(Debug, Clone, Copy)]
pub enum Item {
    Leaf,
    Object(Obj),
}

/// One row of a key table: the child's local name, its key, its shape.
#[derive(Debug, Clone, Copy)]
pub struct Child {
    pub xml: &'static str,
    pub key: &'static str,
    pub shape: Shape,
}

const fn c(xml: &'static str, key: &'static str, shape: Shape) -> Child {
    Child { xml, key, shape }
}

/// In which namespaces the children of an object are recognised (section 4).
enum ChildNamespaces {
    /// The EWS family: types or messages, `http://` or `https://`.
    EwsFamily,
    /// The children of a SOAP Fault: no namespace only.
    NoNamespace,
    /// The children of `detail`: the EWS family or the EWS errors namespace.
    EwsFamilyOrErrors,
}

fn is_ews_family(namespace: Option<&str>) -> bool {
    namespace.is_some_and(|uri| TYPES_NS.contains(&uri) || MESSAGES_NS.contains(&uri))
}

fn is_messages(namespace: Option<&str>) -> bool {
    namespace.is_some_and(|uri| MESSAGES_NS.contains(&uri))
}

fn is_errors(namespace: Option<&str>) -> bool {
    namespace.is_some_and(|uri| ERRORS_NS.contains(&uri))
}

// ------------------------------------------------------------------------------------------------
// Key tables (section 6), copied from json-output.md

/// The 15 supported response elements (3.4): local name, top-level key, payload keys (6.2).
pub const RESPONSES: &[(&str, &str, &[Child])] = &[
    ("GetImItemsResponse", "get_im_items_response", IM_ITEM_LIST_PAYLOAD),
    ("GetImItemListResponse", "get_im_item_list_response", IM_ITEM_LIST_PAYLOAD),
    ("FindPeopleResponse", "find_people_response", FIND_PEOPLE_PAYLOAD),
    ("GetPersonaResponseMessage", "get_persona_response_message", PERSONA_PAYLOAD),
    ("AddImGroupResponse", "add_im_group_response", IM_GROUP_PAYLOAD),
    ("AddNewImContactToGroupResponse", "add_new_im_contact_to_group_response", PERSONA_PAYLOAD),
    ("AddNewTelUriContactToGroupResponse", "add_new_tel_uri_contact_to_group_response", PERSONA_PAYLOAD),
    ("AddDistributionGroupToImListResponse", "add_distribution_group_to_im_list_response", IM_GROUP_PAYLOAD),
    ("AddImContactToGroupResponse", "add_im_contact_to_group_response", NO_PAYLOAD),
    ("RemoveImContactFromGroupResponse", "remove_im_contact_from_group_response", NO_PAYLOAD),
    ("RemoveImGroupResponse", "remove_im_group_response", NO_PAYLOAD),
    ("SetImGroupResponse", "set_im_group_response", NO_PAYLOAD),
    ("RemoveContactFromImListResponse", "remove_contact_from_im_list_response", NO_PAYLOAD),
    ("RemoveDistributionGroupFromImListResponse", "remove_distribution_group_from_im_list_response", NO_PAYLOAD),
    ("SetImListMigrationCompletedResponse", "set_im_list_migration_completed_response", NO_PAYLOAD),
];

const IM_ITEM_LIST_PAYLOAD: &[Child] = &[c("ImItemList", "im_item_list", Shape::Object(Obj::ImItemList))];
const FIND_PEOPLE_PAYLOAD: &[Child] = &[
    c("People", "people", Shape::Array(&["Persona"], Item::Object(Obj::Persona))),
    c("TotalNumberOfPeopleInView", "total_number_of_people_in_view", Shape::Leaf),
    c("FirstMatchingRowIndex", "first_matching_row_index", Shape::Leaf),
    c("FirstLoadedRowIndex", "first_loaded_row_index", Shape::Leaf),
    c("TransactionId", "transaction_id", Shape::Leaf),
];
const PERSONA_PAYLOAD: &[Child] = &[c("Persona", "persona", Shape::Object(Obj::Persona))];
const IM_GROUP_PAYLOAD: &[Child] = &[c("ImGroup", "im_group", Shape::Object(Obj::ImGroup))];
const NO_PAYLOAD: &[Child] = &[];

pub const SERVER_VERSION_INFO_ATTRS: &[(&str, &str)] = &[
    ("MajorVersion", "major_version"),
    ("MinorVersion", "minor_version"),
    ("MajorBuildNumber", "major_build_number"),
    ("MinorBuildNumber", "minor_build_number"),
    ("Version", "version"),
];
pub const ITEM_ID_ATTRS: &[(&str, &str)] = &[("Id", "id"), ("ChangeKey", "change_key")];
pub const EXTENDED_FIELD_URI_ATTRS: &[(&str, &str)] = &[
    ("DistinguishedPropertySetId", "distinguished_property_set_id"),
    ("PropertySetId", "property_set_id"),
    ("PropertyTag", "property_tag"),
    ("PropertyName", "property_name"),
    ("PropertyId", "property_id"),
    ("PropertyType", "property_type"),
];
pub const RESPONSE_MESSAGE_ATTRS: &[(&str, &str)] = &[("ResponseClass", "response_class")];

pub const RESPONSE_MESSAGE_CHILDREN: &[Child] = &[
    c("MessageText", "message_text", Shape::Leaf),
    c("ResponseCode", "response_code", Shape::Leaf),
    c("DescriptiveLinkKey", "descriptive_link_key", Shape::Leaf),
    c("MessageXml", "message_xml", Shape::MessageXml),
];
pub const IM_ITEM_LIST_CHILDREN: &[Child] = &[
    c("Groups", "groups", Shape::Array(&["ImGroup"], Item::Object(Obj::ImGroup))),
    c("Personas", "personas", Shape::Array(&["Persona"], Item::Object(Obj::Persona))),
];
pub const IM_GROUP_CHILDREN: &[Child] = &[
    c("DisplayName", "display_name", Shape::Leaf),
    c("GroupType", "group_type", Shape::Leaf),
    c("ExchangeStoreId", "exchange_store_id", Shape::Object(Obj::ItemId)),
    c("MemberCorrelationKey", "member_correlation_key", Shape::Array(&["ItemId"], Item::Object(Obj::ItemId))),
    c(
        "ExtendedProperties",
        "extended_properties",
        Shape::Array(&["ExtendedProperty"], Item::Object(Obj::ExtendedProperty)),
    ),
    c("SmtpAddress", "smtp_address", Shape::Leaf),
];
pub const EXTENDED_PROPERTY_CHILDREN: &[Child] = &[
    c("ExtendedFieldURI", "extended_field_uri", Shape::Object(Obj::ExtendedFieldUri)),
    c("Value", "value", Shape::Leaf),
    c("Values", "values", Shape::Array(&["Value"], Item::Leaf)),
];
/// All 112 children of PersonaType (6.3).
pub const PERSONA_CHILDREN: &[Child] = &[
    c("PersonaId", "persona_id", Shape::Object(Obj::ItemId)),
    c("PersonaType", "persona_type", Shape::Leaf),
    c("PersonaObjectStatus", "persona_object_status", Shape::Leaf),
    c("CreationTime", "creation_time", Shape::Leaf),
    c("Bodies", "bodies", Shape::Array(&["BodyContentAttributedValue"], Item::Object(Obj::BodyContentAttributedValue))),
    c("DisplayNameFirstLastSortKey", "display_name_first_last_sort_key", Shape::Leaf),
    c("DisplayNameLastFirstSortKey", "display_name_last_first_sort_key", Shape::Leaf),
    c("CompanyNameSortKey", "company_name_sort_key", Shape::Leaf),
    c("HomeCitySortKey", "home_city_sort_key", Shape::Leaf),
    c("WorkCitySortKey", "work_city_sort_key", Shape::Leaf),
    c("DisplayNameFirstLastHeader", "display_name_first_last_header", Shape::Leaf),
    c("DisplayNameLastFirstHeader", "display_name_last_first_header", Shape::Leaf),
    c("DisplayName", "display_name", Shape::Leaf),
    c("DisplayNameFirstLast", "display_name_first_last", Shape::Leaf),
    c("DisplayNameLastFirst", "display_name_last_first", Shape::Leaf),
    c("FileAs", "file_as", Shape::Leaf),
    c("FileAsId", "file_as_id", Shape::Leaf),
    c("DisplayNamePrefix", "display_name_prefix", Shape::Leaf),
    c("GivenName", "given_name", Shape::Leaf),
    c("MiddleName", "middle_name", Shape::Leaf),
    c("Surname", "surname", Shape::Leaf),
    c("Generation", "generation", Shape::Leaf),
    c("Nickname", "nickname", Shape::Leaf),
    c("YomiCompanyName", "yomi_company_name", Shape::Leaf),
    c("YomiFirstName", "yomi_first_name", Shape::Leaf),
    c("YomiLastName", "yomi_last_name", Shape::Leaf),
    c("Title", "title", Shape::Leaf),
    c("Department", "department", Shape::Leaf),
    c("CompanyName", "company_name", Shape::Leaf),
    c("Location", "location", Shape::Leaf),
    c("EmailAddress", "email_address", Shape::Object(Obj::EmailAddress)),
    c("EmailAddresses", "email_addresses", Shape::Array(&["Address", "EmailAddress"], Item::Object(Obj::EmailAddress))),
    c("PhoneNumber", "phone_number", Shape::Object(Obj::PhoneNumber)),
    c("ImAddress", "im_address", Shape::Leaf),
    c("HomeCity", "home_city", Shape::Leaf),
    c("WorkCity", "work_city", Shape::Leaf),
    c("RelevanceScore", "relevance_score", Shape::Leaf),
    c("FolderIds", "folder_ids", Shape::Array(&["FolderId"], Item::Object(Obj::ItemId))),
    c("Attributions", "attributions", Shape::Array(&["Attribution"], Item::Object(Obj::PersonaAttribution))),
    c(
        "DisplayNames",
        "display_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("FileAses", "file_ases", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("FileAsIds", "file_as_ids", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "DisplayNamePrefixes",
        "display_name_prefixes",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("GivenNames", "given_names", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "MiddleNames",
        "middle_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("Surnames", "surnames", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("Generations", "generations", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("Nicknames", "nicknames", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("Initials", "initials", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "YomiCompanyNames",
        "yomi_company_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "YomiFirstNames",
        "yomi_first_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "YomiLastNames",
        "yomi_last_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "BusinessPhoneNumbers",
        "business_phone_numbers",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "BusinessPhoneNumbers2",
        "business_phone_numbers2",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "HomePhones",
        "home_phones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "HomePhones2",
        "home_phones2",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "MobilePhones",
        "mobile_phones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "MobilePhones2",
        "mobile_phones2",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "AssistantPhoneNumbers",
        "assistant_phone_numbers",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "CallbackPhones",
        "callback_phones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "CarPhones",
        "car_phones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "HomeFaxes",
        "home_faxes",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "OrganizationMainPhones",
        "organization_main_phones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "OtherFaxes",
        "other_faxes",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "OtherTelephones",
        "other_telephones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "OtherPhones2",
        "other_phones2",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c("Pagers", "pagers", Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue))),
    c(
        "RadioPhones",
        "radio_phones",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "TelexNumbers",
        "telex_numbers",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "TTYTDDPhoneNumbers",
        "ttytdd_phone_numbers",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "WorkFaxes",
        "work_faxes",
        Shape::Array(&["PhoneNumberAttributedValue"], Item::Object(Obj::PhoneNumberAttributedValue)),
    ),
    c(
        "Emails1",
        "emails1",
        Shape::Array(&["EmailAddressAttributedValue"], Item::Object(Obj::EmailAddressAttributedValue)),
    ),
    c(
        "Emails2",
        "emails2",
        Shape::Array(&["EmailAddressAttributedValue"], Item::Object(Obj::EmailAddressAttributedValue)),
    ),
    c(
        "Emails3",
        "emails3",
        Shape::Array(&["EmailAddressAttributedValue"], Item::Object(Obj::EmailAddressAttributedValue)),
    ),
    c(
        "BusinessHomePages",
        "business_home_pages",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "PersonalHomePages",
        "personal_home_pages",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "OfficeLocations",
        "office_locations",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "ImAddresses",
        "im_addresses",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "ImAddresses2",
        "im_addresses2",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "ImAddresses3",
        "im_addresses3",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "BusinessAddresses",
        "business_addresses",
        Shape::Array(&["PostalAddressAttributedValue"], Item::Object(Obj::PostalAddressAttributedValue)),
    ),
    c(
        "HomeAddresses",
        "home_addresses",
        Shape::Array(&["PostalAddressAttributedValue"], Item::Object(Obj::PostalAddressAttributedValue)),
    ),
    c(
        "OtherAddresses",
        "other_addresses",
        Shape::Array(&["PostalAddressAttributedValue"], Item::Object(Obj::PostalAddressAttributedValue)),
    ),
    c("Titles", "titles", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("Departments", "departments", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "CompanyNames",
        "company_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("Managers", "managers", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "AssistantNames",
        "assistant_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("Professions", "professions", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "SpouseNames",
        "spouse_names",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "Children",
        "children",
        Shape::Array(&["StringArrayAttributedValue"], Item::Object(Obj::StringArrayAttributedValue)),
    ),
    c("Schools", "schools", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("Hobbies", "hobbies", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "WeddingAnniversaries",
        "wedding_anniversaries",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("Birthdays", "birthdays", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c("Locations", "locations", Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue))),
    c(
        "InlineLinks",
        "inline_links",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "ItemLinkIds",
        "item_link_ids",
        Shape::Array(&["StringArrayAttributedValue"], Item::Object(Obj::StringArrayAttributedValue)),
    ),
    c("HasActiveDeals", "has_active_deals", Shape::Leaf),
    c("IsBusinessContact", "is_business_contact", Shape::Leaf),
    c(
        "AttributedHasActiveDeals",
        "attributed_has_active_deals",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "AttributedIsBusinessContact",
        "attributed_is_business_contact",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c(
        "SourceMailboxGuids",
        "source_mailbox_guids",
        Shape::Array(&["StringAttributedValue"], Item::Object(Obj::StringAttributedValue)),
    ),
    c("LastContactedDate", "last_contacted_date", Shape::Leaf),
    c(
        "ExtendedProperties",
        "extended_properties",
        Shape::Array(&["ExtendedPropertyAttributedValue"], Item::Object(Obj::ExtendedPropertyAttributedValue)),
    ),
    c("ExternalDirectoryObjectId", "external_directory_object_id", Shape::Leaf),
    c("MapiEntryId", "mapi_entry_id", Shape::Leaf),
    c("MapiEmailAddress", "mapi_email_address", Shape::Leaf),
    c("MapiAddressType", "mapi_address_type", Shape::Leaf),
    c("MapiSearchKey", "mapi_search_key", Shape::Leaf),
    c("MapiTransmittableDisplayName", "mapi_transmittable_display_name", Shape::Leaf),
    c("MapiSendRichInfo", "mapi_send_rich_info", Shape::Leaf),
];
pub const PERSONA_ATTRIBUTION_CHILDREN: &[Child] = &[
    c("Id", "id", Shape::Leaf),
    c("SourceId", "source_id", Shape::Object(Obj::ItemId)),
    c("DisplayName", "display_name", Shape::Leaf),
    c("IsWritable", "is_writable", Shape::Leaf),
    c("IsQuickContact", "is_quick_contact", Shape::Leaf),
    c("IsHidden", "is_hidden", Shape::Leaf),
    c("FolderId", "folder_id", Shape::Object(Obj::ItemId)),
];
pub const EMAIL_ADDRESS_CHILDREN: &[Child] = &[
    c("Name", "name", Shape::Leaf),
    c("EmailAddress", "email_address", Shape::Leaf),
    c("Address", "email_address", Shape::Leaf),
    c("RoutingType", "routing_type", Shape::Leaf),
    c("MailboxType", "mailbox_type", Shape::Leaf),
    c("ItemId", "item_id", Shape::Object(Obj::ItemId)),
    c("OriginalDisplayName", "original_display_name", Shape::Leaf),
];
pub const PHONE_NUMBER_CHILDREN: &[Child] = &[c("Number", "number", Shape::Leaf), c("Type", "type", Shape::Leaf)];
pub const POSTAL_ADDRESS_CHILDREN: &[Child] = &[
    c("Street", "street", Shape::Leaf),
    c("City", "city", Shape::Leaf),
    c("State", "state", Shape::Leaf),
    c("Country", "country", Shape::Leaf),
    c("PostalCode", "postal_code", Shape::Leaf),
    c("PostOfficeBox", "post_office_box", Shape::Leaf),
    c("Type", "type", Shape::Leaf),
    c("Latitude", "latitude", Shape::Leaf),
    c("Longitude", "longitude", Shape::Leaf),
    c("Accuracy", "accuracy", Shape::Leaf),
    c("Altitude", "altitude", Shape::Leaf),
    c("AltitudeAccuracy", "altitude_accuracy", Shape::Leaf),
    c("FormattedAddress", "formatted_address", Shape::Leaf),
    c("LocationUri", "location_uri", Shape::Leaf),
    c("LocationSource", "location_source", Shape::Leaf),
];
pub const BODY_CONTENT_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Leaf), c("BodyType", "body_type", Shape::Leaf)];
const ATTRIBUTION_IDS: Shape = Shape::Array(&["Attribution"], Item::Leaf);
pub const STRING_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Leaf), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const STRING_ARRAY_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Values", "values", Shape::Array(&["Value"], Item::Leaf)), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const PHONE_NUMBER_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Object(Obj::PhoneNumber)), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const EMAIL_ADDRESS_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Object(Obj::EmailAddress)), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const POSTAL_ADDRESS_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Object(Obj::PostalAddress)), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const BODY_CONTENT_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Object(Obj::BodyContent)), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const EXTENDED_PROPERTY_ATTRIBUTED_VALUE_CHILDREN: &[Child] =
    &[c("Value", "value", Shape::Object(Obj::ExtendedProperty)), c("Attributions", "attributions", ATTRIBUTION_IDS)];
pub const FAULT_CHILDREN: &[Child] = &[
    c("faultcode", "faultcode", Shape::Leaf),
    c("faultstring", "faultstring", Shape::Leaf),
    c("faultactor", "faultactor", Shape::Leaf),
    c("detail", "detail", Shape::Object(Obj::FaultDetail)),
];
pub const FAULT_DETAIL_CHILDREN: &[Child] = &[
    c("ResponseCode", "response_code", Shape::Leaf),
    c("Message", "message", Shape::Leaf),
    c("MessageXml", "message_xml", Shape::MessageXml),
];

/// The recognised attributes of an object: (attribute name, key).
pub fn attributes_of(obj: Obj) -> &'static [(&'static str, &'static str)] {
    match obj {
        Obj::ServerVersionInfo => SERVER_VERSION_INFO_ATTRS,
        Obj::ItemId => ITEM_ID_ATTRS,
        Obj::ExtendedFieldUri => EXTENDED_FIELD_URI_ATTRS,
        Obj::Response(_) => RESPONSE_MESSAGE_ATTRS,
        _ => &[],
    }
}

/// The recognised children of an object.
pub fn children_of(obj: Obj) -> Vec<Child> {
    let table: &[Child] = match obj {
        // attributes only: child elements and text are ignored
        Obj::ServerVersionInfo | Obj::ItemId | Obj::ExtendedFieldUri => &[],
        Obj::Response(payload) => return RESPONSE_MESSAGE_CHILDREN.iter().chain(payload).copied().collect(),
        Obj::ImItemList => IM_ITEM_LIST_CHILDREN,
        Obj::ImGroup => IM_GROUP_CHILDREN,
        Obj::ExtendedProperty => EXTENDED_PROPERTY_CHILDREN,
        Obj::Persona => PERSONA_CHILDREN,
        Obj::PersonaAttribution => PERSONA_ATTRIBUTION_CHILDREN,
        Obj::EmailAddress => EMAIL_ADDRESS_CHILDREN,
        Obj::PhoneNumber => PHONE_NUMBER_CHILDREN,
        Obj::PostalAddress => POSTAL_ADDRESS_CHILDREN,
        Obj::BodyContent => BODY_CONTENT_CHILDREN,
        Obj::StringAttributedValue => STRING_ATTRIBUTED_VALUE_CHILDREN,
        Obj::StringArrayAttributedValue => STRING_ARRAY_ATTRIBUTED_VALUE_CHILDREN,
        Obj::PhoneNumberAttributedValue => PHONE_NUMBER_ATTRIBUTED_VALUE_CHILDREN,
        Obj::EmailAddressAttributedValue => EMAIL_ADDRESS_ATTRIBUTED_VALUE_CHILDREN,
        Obj::PostalAddressAttributedValue => POSTAL_ADDRESS_ATTRIBUTED_VALUE_CHILDREN,
        Obj::BodyContentAttributedValue => BODY_CONTENT_ATTRIBUTED_VALUE_CHILDREN,
        Obj::ExtendedPropertyAttributedValue => EXTENDED_PROPERTY_ATTRIBUTED_VALUE_CHILDREN,
        Obj::Fault => FAULT_CHILDREN,
        Obj::FaultDetail => FAULT_DETAIL_CHILDREN,
    };
    table.to_vec()
}

fn child_namespaces(obj: Obj) -> ChildNamespaces {
    match obj {
        Obj::Fault => ChildNamespaces::NoNamespace,
        Obj::FaultDetail => ChildNamespaces::EwsFamilyOrErrors,
        _ => ChildNamespaces::EwsFamily,
    }
}

// ------------------------------------------------------------------------------------------------
// The mapping

/// Contract section 3: the envelope, the body element and the top-level object.
pub fn map_document(envelope: &Element) -> Result<Value, &'static str> {
    if !envelope.is(SOAP_NS, "Envelope") {
        return Err(NOT_A_SOAP_ENVELOPE);
    }
    let body = envelope.child_elements().find(|child| child.is(SOAP_NS, "Body")).ok_or(MISSING_BODY)?;
    let body_element = body.child_elements().next().ok_or(EMPTY_BODY)?;
    let (key, value) = if body_element.is(SOAP_NS, "Fault") {
        ("fault", map_object(body_element, Obj::Fault))
    } else {
        let response = RESPONSES.iter().find(|(local_name, _, _)| {
            is_messages(body_element.namespace.as_deref()) && body_element.local_name == *local_name
        });
        match response {
            Some(&(_, key, payload)) => (key, map_object(body_element, Obj::Response(payload))),
            None => return Err(UNSUPPORTED_OPERATION),
        }
    };

    let mut top = Map::new();
    let header = envelope.child_elements().find(|child| child.is(SOAP_NS, "Header"));
    if let Some(header) = header {
        let server_version_info = header
            .child_elements()
            .find(|child| is_ews_family(child.namespace.as_deref()) && child.local_name == "ServerVersionInfo");
        if let Some(info) = server_version_info {
            top.insert("server_version_info".to_string(), map_object(info, Obj::ServerVersionInfo));
        }
    }
    top.insert(key.to_string(), value);
    Ok(Value::Object(top))
}

/// 5.4: an object from the recognised attributes and children; first occurrence wins.
fn map_object(element: &Element, obj: Obj) -> Value {
    let mut object = Map::new();
    for &(attribute, key) in attributes_of(obj) {
        if let Some(value) = element.attribute(attribute) {
            object.insert(key.to_string(), Value::String(value.to_string()));
        }
    }
    let table = children_of(obj);
    for child in element.child_elements() {
        let namespace = child.namespace.as_deref();
        let recognised_namespace = match child_namespaces(obj) {
            ChildNamespaces::EwsFamily => is_ews_family(namespace),
            ChildNamespaces::NoNamespace => namespace.is_none(),
            ChildNamespaces::EwsFamilyOrErrors => is_ews_family(namespace) || is_errors(namespace),
        };
        if !recognised_namespace {
            continue;
        }
        let Some(row) = table.iter().find(|row| row.xml == child.local_name) else {
            continue; // unknown: skipped with its whole subtree
        };
        if !object.contains_key(row.key) {
            object.insert(row.key.to_string(), map_shape(child, row.shape));
        }
    }
    Value::Object(object)
}

fn map_shape(element: &Element, shape: Shape) -> Value {
    match shape {
        Shape::Leaf => Value::String(element.text()),
        Shape::Object(obj) => map_object(element, obj),
        Shape::MessageXml => Value::Array(element.child_elements().map(message_xml_entry).collect()),
        Shape::Array(item_names, item) => Value::Array(
            element
                .child_elements()
                .filter(|child| {
                    is_ews_family(child.namespace.as_deref()) && item_names.contains(&child.local_name.as_str())
                })
                .map(|child| match item {
                    Item::Leaf => Value::String(child.text()),
                    Item::Object(obj) => map_object(child, obj),
                })
                .collect(),
        ),
    }
}

/// MessageXmlEntry (6.1): `element`, `text`, and the snake_case of each unqualified attribute;
/// `element` and `text` are never overwritten, and the first attribute giving a key wins.
fn message_xml_entry(child: &Element) -> Value {
    let mut entry = Map::new();
    entry.insert("element".to_string(), Value::String(child.local_name.clone()));
    entry.insert("text".to_string(), Value::String(child.text()));
    for (name, value) in &child.attributes {
        let key = snake_case(name);
        if !entry.contains_key(&key) {
            entry.insert(key, Value::String(value.clone()));
        }
    }
    Value::Object(entry)
}
