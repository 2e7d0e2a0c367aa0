//! Extended-property paths (`t:PathToExtendedFieldType`) and their combination rules.

use super::check;
use super::error::{ExtendedFieldRule, Field, RequestError};
use super::escape::Xml;
use std::io::{self, Write};

schema_enum! {
    /// `t:DistinguishedPropertySetType`: the well-known property sets.
    DistinguishedPropertySet, "t:DistinguishedPropertySetType" {
        Meeting = "Meeting",
        Appointment = "Appointment",
        Common = "Common",
        PublicStrings = "PublicStrings",
        Address = "Address",
        InternetHeaders = "InternetHeaders",
        CalendarAssistant = "CalendarAssistant",
        UnifiedMessaging = "UnifiedMessaging",
        Task = "Task",
        Sharing = "Sharing",
    }
}

schema_enum! {
    /// `t:MapiPropertyTypeType`: the MAPI type of an extended property (`*Array` types
    /// are multi-valued).
    MapiPropertyType, "t:MapiPropertyTypeType" {
        ApplicationTime = "ApplicationTime",
        ApplicationTimeArray = "ApplicationTimeArray",
        Binary = "Binary",
        BinaryArray = "BinaryArray",
        Boolean = "Boolean",
        Clsid = "CLSID",
        ClsidArray = "CLSIDArray",
        Currency = "Currency",
        CurrencyArray = "CurrencyArray",
        Double = "Double",
        DoubleArray = "DoubleArray",
        Error = "Error",
        Float = "Float",
        FloatArray = "FloatArray",
        Integer = "Integer",
        IntegerArray = "IntegerArray",
        Long = "Long",
        LongArray = "LongArray",
        Null = "Null",
        Object = "Object",
        ObjectArray = "ObjectArray",
        Short = "Short",
        ShortArray = "ShortArray",
        SystemTime = "SystemTime",
        SystemTimeArray = "SystemTimeArray",
        String = "String",
        StringArray = "StringArray",
    }
}

/// An extended property to ask for: one `t:ExtendedProperty` (`t:PathToExtendedFieldType`)
/// in a request's `ExtendedProperties`.
///
/// Every attribute is optional here so that any combination can be expressed, and the
/// writer checks the schema's rules before writing ([`ExtendedFieldPath::check`]):
/// `property_type` is required; exactly one of `distinguished_property_set_id`,
/// `property_set_id` and `property_tag`; a set takes exactly one of `property_name` and
/// `property_id`; a tag takes neither. The constructors build the valid forms.
///
/// ```
/// use ews_im::write::{DistinguishedPropertySet, ExtendedFieldPath, ExtendedFieldRule, MapiPropertyType};
///
/// // PR_BODY as a string.
/// let body = ExtendedFieldPath::tag(0x1000, MapiPropertyType::String);
/// assert_eq!(body.check(), Ok(()));
/// let named =
///     ExtendedFieldPath::distinguished_name(DistinguishedPropertySet::PublicStrings, "X-Foo", MapiPropertyType::StringArray);
/// assert_eq!(named.check(), Ok(()));
/// let both = ExtendedFieldPath { property_name: Some("X-Foo"), ..body };
/// assert_eq!(both.check(), Err(ExtendedFieldRule::TagWithNameOrId { attribute: "PropertyName" }));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ExtendedFieldPath<'a> {
    /// `DistinguishedPropertySetId`: a well-known property set.
    pub distinguished_property_set_id: Option<DistinguishedPropertySet>,
    /// `PropertySetId`: a property set GUID (`t:GuidType`, 8-4-4-4-12 hex digits).
    pub property_set_id: Option<&'a str>,
    /// `PropertyTag`: a MAPI property id without its type part, written `0x` and four
    /// hex digits.
    pub property_tag: Option<u16>,
    /// `PropertyName`: a named property's name (any non-empty text; escaped).
    pub property_name: Option<&'a str>,
    /// `PropertyId`: a named property's numeric id (`xs:int`).
    pub property_id: Option<i32>,
    /// `PropertyType`: the MAPI type (required).
    pub property_type: Option<MapiPropertyType>,
}

impl<'a> ExtendedFieldPath<'a> {
    /// `PropertyTag` + `PropertyType`.
    pub const fn tag(tag: u16, property_type: MapiPropertyType) -> Self {
        ExtendedFieldPath {
            distinguished_property_set_id: None,
            property_set_id: None,
            property_tag: Some(tag),
            property_name: None,
            property_id: None,
            property_type: Some(property_type),
        }
    }

    /// `DistinguishedPropertySetId` + `PropertyName` + `PropertyType`.
    pub const fn distinguished_name(
        set: DistinguishedPropertySet,
        name: &'a str,
        property_type: MapiPropertyType,
    ) -> Self {
        ExtendedFieldPath {
            distinguished_property_set_id: Some(set),
            property_set_id: None,
            property_tag: None,
            property_name: Some(name),
            property_id: None,
            property_type: Some(property_type),
        }
    }

    /// `DistinguishedPropertySetId` + `PropertyId` + `PropertyType`.
    pub const fn distinguished_id(set: DistinguishedPropertySet, id: i32, property_type: MapiPropertyType) -> Self {
        ExtendedFieldPath {
            distinguished_property_set_id: Some(set),
            property_set_id: None,
            property_tag: None,
            property_name: None,
            property_id: Some(id),
            property_type: Some(property_type),
        }
    }

    /// `PropertySetId` + `PropertyName` + `PropertyType`.
    pub const fn set_name(set_guid: &'a str, name: &'a str, property_type: MapiPropertyType) -> Self {
        ExtendedFieldPath {
            distinguished_property_set_id: None,
            property_set_id: Some(set_guid),
            property_tag: None,
            property_name: Some(name),
            property_id: None,
            property_type: Some(property_type),
        }
    }

    /// `PropertySetId` + `PropertyId` + `PropertyType`.
    pub const fn set_id(set_guid: &'a str, id: i32, property_type: MapiPropertyType) -> Self {
        ExtendedFieldPath {
            distinguished_property_set_id: None,
            property_set_id: Some(set_guid),
            property_tag: None,
            property_name: None,
            property_id: Some(id),
            property_type: Some(property_type),
        }
    }

    /// Checks the `PathToExtendedFieldType` combination rules and the `PropertySetId`
    /// format (not the characters of `PropertyName`: the writer checks those with the
    /// rest of the request).
    pub fn check(&self) -> Result<(), ExtendedFieldRule> {
        if self.property_type.is_none() {
            return Err(ExtendedFieldRule::MissingPropertyType);
        }
        let given = [
            ("DistinguishedPropertySetId", self.distinguished_property_set_id.is_some()),
            ("PropertySetId", self.property_set_id.is_some()),
            ("PropertyTag", self.property_tag.is_some()),
        ];
        let mut present = given.iter().filter(|(_, p)| *p).map(|(n, _)| *n);
        let Some(address) = present.next() else {
            return Err(ExtendedFieldRule::MissingAddress);
        };
        if let Some(second) = present.next() {
            return Err(ExtendedFieldRule::ConflictingAddress { first: address, second });
        }
        if let Some(tag) = self.property_tag {
            if self.property_name.is_some() {
                return Err(ExtendedFieldRule::TagWithNameOrId { attribute: "PropertyName" });
            }
            if self.property_id.is_some() {
                return Err(ExtendedFieldRule::TagWithNameOrId { attribute: "PropertyId" });
            }
            if (0x8000..=0xFFFE).contains(&tag) {
                return Err(ExtendedFieldRule::NamedPropertyTag { tag });
            }
            return Ok(());
        }
        match (self.property_name.is_some(), self.property_id.is_some()) {
            (false, false) => return Err(ExtendedFieldRule::SetWithoutNameOrId { set: address }),
            (true, true) => return Err(ExtendedFieldRule::NameAndId),
            _ => {}
        }
        if let Some(guid) = self.property_set_id {
            if !is_guid(guid) {
                return Err(ExtendedFieldRule::PropertySetIdNotGuid);
            }
        }
        Ok(())
    }

    /// The whole check for the writer: the rules, then the characters of `PropertyName`.
    pub(crate) fn validate(&self, field: Field) -> Result<(), RequestError> {
        self.check().map_err(|rule| RequestError::ExtendedField { field, rule })?;
        if let Some(name) = self.property_name {
            check::non_empty(field.with_attribute("PropertyName"), name)?;
        }
        Ok(())
    }

    /// `<t:ExtendedProperty …/>`, attributes in schema order.
    pub(crate) fn write<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.open_empty("t:ExtendedProperty")?;
        if let Some(set) = self.distinguished_property_set_id {
            x.attr("DistinguishedPropertySetId", set.as_str())?;
        }
        if let Some(guid) = self.property_set_id {
            x.attr("PropertySetId", guid)?;
        }
        if let Some(tag) = self.property_tag {
            x.attr_fmt("PropertyTag", format_args!("0x{tag:04X}"))?;
        }
        if let Some(name) = self.property_name {
            x.attr("PropertyName", name)?;
        }
        if let Some(id) = self.property_id {
            x.attr_fmt("PropertyId", format_args!("{id}"))?;
        }
        if let Some(ty) = self.property_type {
            x.attr("PropertyType", ty.as_str())?;
        }
        x.close_empty()
    }
}

/// `t:GuidType`: `[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`.
fn is_guid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids() {
        assert!(is_guid("00062004-0000-0000-C000-000000000046"));
        assert!(is_guid("6ed8da90-450b-101b-98da-00aa003f1305"));
        assert!(!is_guid("6ed8da90450b101b98da00aa003f1305"));
        assert!(!is_guid("{6ed8da90-450b-101b-98da-00aa003f1305}"));
        assert!(!is_guid("6ed8da90-450b-101b-98da-00aa003f130g"));
        assert!(!is_guid(""));
    }

    #[test]
    fn schema_enums_round_trip() {
        for t in MapiPropertyType::ALL {
            assert_eq!(MapiPropertyType::parse(t.as_str()), Some(*t));
        }
        assert_eq!(MapiPropertyType::ALL.len(), 27);
        assert_eq!(DistinguishedPropertySet::ALL.len(), 10);
        assert_eq!(MapiPropertyType::parse("CLSID"), Some(MapiPropertyType::Clsid));
        assert_eq!(MapiPropertyType::parse("string"), None);
    }
}
