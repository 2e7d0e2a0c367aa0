//! Why a request was refused ([`RequestError`]), and what went wrong while writing
//! ([`WriteError`]).

use std::fmt;
use std::io;

/// Where a refused value sits in the request: an element path (local names, from the
/// header or the operation's body element), the 0-based position of the last step in a
/// list, and an attribute.
///
/// Displayed like an XPath, positions 1-based: `GetImItems/ContactIds/ItemId[2]/@Id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// Element path, e.g. `GetImItems/ContactIds/ItemId` or `Header/MailboxCulture`.
    pub path: &'static str,
    /// Position (0-based) of the last element of `path` among its siblings, for lists.
    pub index: Option<usize>,
    /// The attribute, if the value is one (`Id`, `ChangeKey`, `PropertyName`, …).
    pub attribute: Option<&'static str>,
}

impl Field {
    /// An element's text.
    pub const fn element(path: &'static str) -> Field {
        Field { path, index: None, attribute: None }
    }

    /// An attribute of an element.
    pub const fn attribute(path: &'static str, attribute: &'static str) -> Field {
        Field { path, index: None, attribute: Some(attribute) }
    }

    /// The same field in list item `index` (0-based).
    pub const fn at(self, index: usize) -> Field {
        Field { index: Some(index), ..self }
    }

    /// The same element with another attribute.
    pub(crate) const fn with_attribute(self, attribute: &'static str) -> Field {
        Field { attribute: Some(attribute), ..self }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path)?;
        if let Some(i) = self.index {
            write!(f, "[{}]", i.saturating_add(1))?;
        }
        if let Some(a) = self.attribute {
            write!(f, "/@{a}")?;
        }
        Ok(())
    }
}

/// A rule of `t:PathToExtendedFieldType` that an [`ExtendedFieldPath`](super::ExtendedFieldPath)
/// breaks.
///
/// The rules (schema annotation and the ExtendedFieldURI documentation): `PropertyType` is
/// always required; exactly one of `DistinguishedPropertySetId`, `PropertySetId` and
/// `PropertyTag` addresses the property; a property set needs exactly one of
/// `PropertyName` and `PropertyId`; `PropertyTag` takes neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtendedFieldRule {
    /// No `PropertyType` (it is always required).
    MissingPropertyType,
    /// None of `DistinguishedPropertySetId`, `PropertySetId` and `PropertyTag`.
    MissingAddress,
    /// Two addressing attributes where exactly one is allowed.
    ConflictingAddress {
        /// The first one, in schema order.
        first: &'static str,
        /// The second one.
        second: &'static str,
    },
    /// A property set (`DistinguishedPropertySetId` or `PropertySetId`) without
    /// `PropertyName` or `PropertyId`.
    SetWithoutNameOrId {
        /// The set attribute given.
        set: &'static str,
    },
    /// Both `PropertyName` and `PropertyId`.
    NameAndId,
    /// `PropertyTag` together with `PropertyName` or `PropertyId`.
    TagWithNameOrId {
        /// The attribute that must go.
        attribute: &'static str,
    },
    /// A `PropertyTag` in the named-property range 0x8000–0xFFFE, which names no fixed
    /// property: address a named property by its set and name or id instead.
    NamedPropertyTag {
        /// The tag.
        tag: u16,
    },
    /// `PropertySetId` is not a GUID (`t:GuidType`: 8-4-4-4-12 hex digits).
    PropertySetIdNotGuid,
}

impl fmt::Display for ExtendedFieldRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtendedFieldRule::MissingPropertyType => f.write_str("PropertyType is required"),
            ExtendedFieldRule::MissingAddress => {
                f.write_str("one of DistinguishedPropertySetId, PropertySetId or PropertyTag is required")
            }
            ExtendedFieldRule::ConflictingAddress { first, second } => {
                write!(f, "{first} and {second} cannot be combined (use exactly one)")
            }
            ExtendedFieldRule::SetWithoutNameOrId { set } => {
                write!(f, "{set} needs PropertyName or PropertyId")
            }
            ExtendedFieldRule::NameAndId => f.write_str("PropertyName and PropertyId cannot be combined"),
            ExtendedFieldRule::TagWithNameOrId { attribute } => {
                write!(f, "PropertyTag cannot be combined with {attribute}")
            }
            ExtendedFieldRule::NamedPropertyTag { tag } => write!(
                f,
                "PropertyTag 0x{tag:04X} is in the named-property range 0x8000-0xFFFE; \
                 use a property set with PropertyName or PropertyId"
            ),
            ExtendedFieldRule::PropertySetIdNotGuid => {
                f.write_str("PropertySetId is not a GUID (8-4-4-4-12 hex digits)")
            }
        }
    }
}

/// Why a request cannot be written. Nothing is written when a request is refused: the
/// whole request is checked before the first byte goes out.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RequestError {
    /// The value holds a character XML 1.0 cannot carry (NUL, the other C0 controls
    /// except TAB, LF and CR, U+FFFE, U+FFFF). It is never written, not even as a
    /// character reference: Exchange refuses such requests.
    ForbiddenChar {
        /// The field.
        field: Field,
        /// The code point.
        code: u32,
        /// Its byte offset in the value.
        offset: usize,
    },
    /// An empty value where the schema wants a non-empty one (`t:NonEmptyStringType`),
    /// or an empty id or change key. An absent optional value is `None`, not `""`.
    Empty {
        /// The field.
        field: Field,
    },
    /// `RequestServerVersion` is not one of [`ExchangeVersion::KNOWN`](crate::ExchangeVersion::KNOWN).
    UnknownVersion {
        /// The version text.
        version: String,
    },
    /// `MailboxCulture` is not an `xs:language` tag (`[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`,
    /// e.g. `en-US`).
    InvalidCulture {
        /// The culture text.
        culture: String,
    },
    /// An extended-property path breaks a `PathToExtendedFieldType` rule.
    ExtendedField {
        /// The `ExtendedProperty` element.
        field: Field,
        /// The rule.
        rule: ExtendedFieldRule,
    },
    /// A `DistinguishedFolderId` that is not a `t:DistinguishedFolderIdNameType` value
    /// (see [`DISTINGUISHED_FOLDER_IDS`](super::DISTINGUISHED_FOLDER_IDS)).
    UnknownDistinguishedFolder {
        /// The name given.
        id: String,
    },
    /// A number outside the range the schema (`xs:int`) or the operation allows.
    OutOfRange {
        /// The field.
        field: Field,
        /// The value given.
        value: u32,
        /// Smallest allowed value.
        min: u32,
        /// Largest allowed value.
        max: u32,
    },
}

impl RequestError {
    /// The field the refusal is about.
    pub fn field(&self) -> Field {
        match self {
            RequestError::ForbiddenChar { field, .. }
            | RequestError::Empty { field }
            | RequestError::ExtendedField { field, .. }
            | RequestError::OutOfRange { field, .. } => *field,
            RequestError::UnknownVersion { .. } => Field::attribute("Header/RequestServerVersion", "Version"),
            RequestError::InvalidCulture { .. } => Field::element("Header/MailboxCulture"),
            RequestError::UnknownDistinguishedFolder { .. } => {
                Field::attribute("FindPeople/ParentFolderId/DistinguishedFolderId", "Id")
            }
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field();
        match self {
            RequestError::ForbiddenChar { code, offset, .. } => {
                write!(f, "{field}: character U+{code:04X} (byte {offset}) cannot be written in XML 1.0")
            }
            RequestError::Empty { .. } => write!(f, "{field}: must not be empty"),
            RequestError::UnknownVersion { version } => {
                write!(f, "{field}: `{version}` is not a known ExchangeVersionType value")
            }
            RequestError::InvalidCulture { culture } => {
                write!(f, "{field}: `{culture}` is not a language tag like `en-US` (xs:language)")
            }
            RequestError::ExtendedField { rule, .. } => write!(f, "{field}: {rule}"),
            RequestError::UnknownDistinguishedFolder { id } => {
                write!(f, "{field}: `{id}` is not a DistinguishedFolderIdNameType value")
            }
            RequestError::OutOfRange { value, min, max, .. } => {
                write!(f, "{field}: {value} is outside {min}..={max}")
            }
        }
    }
}

impl std::error::Error for RequestError {}

/// A failure of [`write_request`](super::write_request): the request was refused (and
/// nothing was written), or the writer failed part way.
#[derive(Debug)]
#[non_exhaustive]
pub enum WriteError {
    /// The request was refused before anything was written.
    Invalid(RequestError),
    /// The writer returned an error; what was written before it stays written.
    Io(io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Invalid(e) => e.fmt(f),
            WriteError::Io(e) => write!(f, "cannot write the request: {e}"),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Invalid(e) => Some(e),
            WriteError::Io(e) => Some(e),
        }
    }
}

impl From<RequestError> for WriteError {
    fn from(e: RequestError) -> Self {
        WriteError::Invalid(e)
    }
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        WriteError::Io(e)
    }
}
