//! Writing EWS requests — the SOAP envelope of every IM operation, plus GetPersona and
//! FindPeople, ready to POST — and responses, for fake servers and fixtures.
//!
//! Responses: [`write_response`] writes an [`OwnedResponse`] (owned values: [`OwnedBody`](crate::OwnedBody),
//! [`OwnedPersona`](crate::OwnedPersona) with all 112 fields, [`OwnedImGroup`](crate::OwnedImGroup), …)
//! or a parsed [`Response`](crate::Response) again, in the [`Style`], [`Indent`] and
//! [`TextEscape`] of [`ResponseOptions`]; what it writes, [`crate::parse`] reads back
//! field for field.
//!
//! Requests:
//! A request is a plain struct borrowing its strings ([`GetImItems`], [`AddImGroup`],
//! [`FindPeople`], …, one per [`Operation`]), and a [`RequestHeader`] gives the SOAP
//! headers (`RequestServerVersion`, default `Exchange2013`; `MailboxCulture`;
//! `ExchangeImpersonation`). [`write_request`] writes the whole envelope to any
//! [`std::io::Write`], escaping each value on its way out (no allocation per field; wrap
//! a socket or file in a [`std::io::BufWriter`]); [`request_to_vec`] returns it as bytes.
//!
//! # Example
//!
//! ```
//! use ews_im::write::{
//!     request_to_vec, x_anchor_mailbox, ExtendedFieldPath, GetImItems, Impersonation, ItemIdRef,
//!     MapiPropertyType, Operation, Request, RequestHeader, CONTENT_TYPE,
//! };
//!
//! let contacts = [ItemIdRef::with_change_key("AAMkADEzOTExYACABmEhpSAAA=", "EQAAABBmNDjF")];
//! let groups = [ItemIdRef::new("AAMkADEzOTExYjJkBY7+0EAAA=")];
//! let properties = [ExtendedFieldPath::tag(0x3001, MapiPropertyType::String)];
//! let request = GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &properties };
//! let header = RequestHeader {
//!     culture: Some("en-US"),
//!     impersonation: Some(Impersonation::PrimarySmtpAddress("tony@contoso.com")),
//!     ..RequestHeader::default()
//! };
//!
//! let body = request_to_vec(&header, &request)?;
//! let xml = std::str::from_utf8(&body).unwrap();
//! assert!(xml.starts_with(r#"<?xml version="1.0" encoding="utf-8"?>"#));
//! assert!(xml.contains(r#"<t:RequestServerVersion Version="Exchange2013"/>"#));
//! assert!(xml.contains(r#"<t:ItemId Id="AAMkADEzOTExYjJkBY7+0EAAA="/>"#));
//!
//! // What the HTTP request needs besides the body.
//! assert_eq!(CONTENT_TYPE, "text/xml; charset=utf-8");
//! assert_eq!(
//!     GetImItems::OPERATION.soap_action(),
//!     "http://schemas.microsoft.com/exchange/services/2006/messages/GetImItems"
//! );
//! assert_eq!(x_anchor_mailbox(header.impersonation.as_ref().unwrap()), Some("tony@contoso.com"));
//! # Ok::<(), ews_im::write::RequestError>(())
//! ```
//!
//! # What is written
//!
//! * An XML declaration, then `soap:Envelope` declaring `soap:`, `t:` and `m:` — the
//!   `http://` namespaces only (never the documentation's `https://` spelling, which
//!   Exchange rejects); no other namespace declaration anywhere. Two-space indentation,
//!   one element per line, a final newline.
//! * Header: `t:RequestServerVersion`, then `t:MailboxCulture` and
//!   `t:ExchangeImpersonation/t:ConnectingSID/…` when given.
//! * Body: the operation's element with its children in schema order. A list that is
//!   empty (`ContactIds`, `GroupIds`, `ExtendedProperties`) is left out, never written
//!   empty.
//! * Text escapes `&`, `<`, `>` (and CR as `&#13;`); attribute values also `"` and TAB, LF,
//!   CR as character references, so that a reader gets back exactly the value given.
//!
//! # What is refused
//!
//! The whole request is checked first ([`validate`]); a refused request writes nothing
//! (so a `Vec` is left as it was) and says which field and why ([`RequestError`]):
//!
//! * a character XML 1.0 cannot carry (NUL and the other C0 controls but TAB, LF and CR;
//!   U+FFFE, U+FFFF) in any value — never written, not even as a character reference;
//! * an empty value where the schema wants a `NonEmptyStringType` (`DisplayName`,
//!   `ImAddress`, `SmtpAddress`, the impersonation values, …), and empty ids and change
//!   keys (an absent optional value is `None`);
//! * an extended-property path that breaks the `PathToExtendedFieldType` rules
//!   ([`ExtendedFieldPath::check`]);
//! * a version that is not in [`ExchangeVersion::KNOWN`](crate::ExchangeVersion::KNOWN)
//!   (an `ExchangeVersion::Other`), a culture that is not an `xs:language` tag, an
//!   unknown distinguished folder, a page size or offset outside `xs:int`.

use std::io::Write;

/// Defines a closed schema enumeration: the enum, `ALL`, `as_str`, `parse` and `Display`.
macro_rules! schema_enum {
    ($(#[$meta:meta])* $name:ident, $schema:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(#[doc = concat!("`", $text, "`.")] $variant,)+
        }

        impl $name {
            #[doc = concat!("Every value of `", $schema, "`, in schema order.")]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The schema spelling.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value spelled `text` in the schema (exact match, case-sensitive).
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

mod error;
mod escape;
mod extended;
mod header;
mod http;
mod request;
mod response;

pub use error::{ExtendedFieldRule, Field, RequestError, WriteError};
pub use extended::{DistinguishedPropertySet, ExtendedFieldPath, MapiPropertyType};
pub use header::{Impersonation, RequestHeader};
pub use http::{soap_action, x_anchor_mailbox, Operation, CONTENT_TYPE, SOAP_ACTION_PREFIX, X_ANCHOR_MAILBOX};
pub use request::{
    AddDistributionGroupToImList, AddImContactToGroup, AddImGroup, AddNewImContactToGroup, AddNewTelUriContactToGroup,
    BasePoint, FindPeople, GetImItemList, GetImItems, GetPersona, IndexedPageView, ItemIdRef, RemoveContactFromImList,
    RemoveDistributionGroupFromImList, RemoveImContactFromGroup, RemoveImGroup, SetImGroup,
    SetImListMigrationCompleted, TargetFolder, DISTINGUISHED_FOLDER_IDS,
};
pub use response::{
    response_to_vec, write_response, Indent, OwnedResponse, ResponseError, ResponseOptions, ResponseSource, Style,
    TextEscape,
};

/// The value checks shared by the request types.
mod check {
    use super::error::{Field, RequestError};
    use super::escape::forbidden_char;

    /// Refuses an empty value and characters XML 1.0 cannot carry.
    pub(crate) fn non_empty(field: Field, value: &str) -> Result<(), RequestError> {
        if value.is_empty() {
            return Err(RequestError::Empty { field });
        }
        match forbidden_char(value) {
            Some((offset, code)) => Err(RequestError::ForbiddenChar { field, code, offset }),
            None => Ok(()),
        }
    }
}

/// What every request type implements for the writer; sealed (not implementable or
/// callable outside this crate).
mod sealed {
    use std::io::{self, Write};

    use super::error::RequestError;
    use super::escape::Xml;

    /// The body element of a request.
    pub trait Body {
        /// Checks every value (before anything is written).
        fn validate(&self) -> Result<(), RequestError>;
        /// Writes the body element at depth 2 (inside `soap:Body`).
        fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()>;
    }
}

/// A request body that [`write_request`] can write: [`GetImItems`], [`GetImItemList`],
/// [`AddImGroup`], [`AddImContactToGroup`], [`AddNewImContactToGroup`],
/// [`AddNewTelUriContactToGroup`], [`AddDistributionGroupToImList`],
/// [`RemoveImContactFromGroup`], [`RemoveImGroup`], [`SetImGroup`],
/// [`RemoveContactFromImList`], [`RemoveDistributionGroupFromImList`],
/// [`SetImListMigrationCompleted`], [`GetPersona`] and [`FindPeople`].
///
/// Sealed: implemented by this crate's request types only.
pub trait Request: sealed::Body {
    /// The operation (for its name and `SOAPAction`).
    const OPERATION: Operation;
}

/// Checks `header` and `request` as [`write_request`] does, without writing: `Ok` means
/// the request will be written.
///
/// ```
/// use ews_im::write::{validate, AddImGroup, Field, RequestError, RequestHeader};
/// let err = validate(&RequestHeader::default(), &AddImGroup { display_name: "" }).unwrap_err();
/// assert_eq!(err, RequestError::Empty { field: Field::element("AddImGroup/DisplayName") });
/// assert_eq!(err.to_string(), "AddImGroup/DisplayName: must not be empty");
/// ```
pub fn validate<R: Request + ?Sized>(header: &RequestHeader<'_>, request: &R) -> Result<(), RequestError> {
    header.validate()?;
    request.validate()
}

const ENVELOPE_START: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>"#,
    "\n",
    r#"<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/""#,
    r#" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types""#,
    r#" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">"#
);

/// Writes the SOAP envelope of `request` with `header` to `out`.
///
/// The request is checked first ([`validate`]): a refused request is
/// [`WriteError::Invalid`] and nothing has been written. Otherwise the envelope is
/// written value by value, escaping as it goes; an [`WriteError::Io`] leaves what was
/// written before it. `out` gets many small writes: give it a buffered writer.
///
/// ```
/// use ews_im::write::{write_request, RemoveImGroup, ItemIdRef, RequestHeader};
/// let mut out = Vec::new();
/// let request = RemoveImGroup { group_id: ItemIdRef::with_change_key("AAMkAGQ1MjJjMTBk=", "EgAAAA==") };
/// write_request(&mut out, &RequestHeader::default(), &request)?;
/// assert!(String::from_utf8(out).unwrap().contains(
///     r#"<m:RemoveImGroup>
///       <m:GroupId Id="AAMkAGQ1MjJjMTBk=" ChangeKey="EgAAAA=="/>
///     </m:RemoveImGroup>"#
/// ));
/// # Ok::<(), ews_im::write::WriteError>(())
/// ```
pub fn write_request<W: Write + ?Sized, R: Request + ?Sized>(
    out: &mut W,
    header: &RequestHeader<'_>,
    request: &R,
) -> Result<(), WriteError> {
    validate(header, request)?;
    let mut x = escape::Xml::new(out, 1);
    x.raw(ENVELOPE_START)?;
    header.write(&mut x)?;
    x.start("soap:Body")?;
    request.write_body(&mut x)?;
    x.end("soap:Body")?;
    x.raw("\n</soap:Envelope>\n")?;
    Ok(())
}

/// The SOAP envelope of `request` with `header`, as bytes (UTF-8): [`write_request`] into
/// a new `Vec`.
pub fn request_to_vec<R: Request + ?Sized>(header: &RequestHeader<'_>, request: &R) -> Result<Vec<u8>, RequestError> {
    let mut out = Vec::with_capacity(1024);
    match write_request(&mut out, header, request) {
        Ok(()) => Ok(out),
        Err(WriteError::Invalid(e)) => Err(e),
        // Writing to a Vec does not fail (short of running out of memory, which aborts).
        Err(WriteError::Io(e)) => unreachable!("writing to a Vec failed: {e}"),
    }
}
