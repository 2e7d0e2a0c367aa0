//! Small shapes shared by groups, personas and responses: ids, extended properties,
//! e-mail addresses, phone numbers, postal addresses, bodies and the attributed values.

shape! {
    /// An item or folder id (`t:ItemIdType` / `t:FolderIdType`): `PersonaId`, `SourceId`,
    /// `FolderId`, `ExchangeStoreId`, `ItemId`. Child elements and text are ignored.
    ItemId / OwnedItemId, "ItemId", ITEM_ID, ns = Family {
        id: "Id" => Attr,
        change_key: "ChangeKey" => Attr,
    }
}

shape! {
    /// The `ServerVersionInfo` SOAP header (all five attributes are optional; `version` is
    /// free-form: `Exchange2013`, `V2_68`, `V2018_01_08`…).
    ServerVersionInfo / OwnedServerVersionInfo, "ServerVersionInfo", SERVER_VERSION_INFO, ns = Family {
        major_version: "MajorVersion" => Attr,
        minor_version: "MinorVersion" => Attr,
        major_build_number: "MajorBuildNumber" => Attr,
        minor_build_number: "MinorBuildNumber" => Attr,
        version: "Version" => Attr,
    }
}

shape! {
    /// An `ExtendedFieldURI` (`t:PathToExtendedFieldType`): which MAPI property.
    ExtendedFieldUri / OwnedExtendedFieldUri, "ExtendedFieldURI", EXTENDED_FIELD_URI, ns = Family {
        distinguished_property_set_id: "DistinguishedPropertySetId" => Attr,
        property_set_id: "PropertySetId" => Attr,
        property_tag: "PropertyTag" => Attr,
        property_name: "PropertyName" => Attr,
        property_id: "PropertyId" => Attr,
        property_type: "PropertyType" => Attr,
    }
}

shape! {
    /// An `ExtendedProperty`: the property path and its value (`Value`) or values (`Values`).
    ExtendedProperty / OwnedExtendedProperty, "ExtendedProperty", EXTENDED_PROPERTY, ns = Family {
        extended_field_uri: "ExtendedFieldURI" => Obj(ExtendedFieldUri),
        value: "Value" => Text,
        values: "Values" => Texts("Value"),
    }
}

shape! {
    /// An e-mail address (`t:EmailAddressType`). The SMTP leaf may be named
    /// `EmailAddress` (the schema) or `Address` (seen in documentation captures).
    EmailAddress / OwnedEmailAddress, "EmailAddress", EMAIL_ADDRESS, ns = Family {
        name: "Name" => Text,
        email_address: "EmailAddress" | "Address" => Text,
        routing_type: "RoutingType" => Text,
        mailbox_type: "MailboxType" => Text,
        item_id: "ItemId" => Obj(ItemId),
        original_display_name: "OriginalDisplayName" => Text,
    }
}

shape! {
    /// A persona phone number (`t:PersonaPhoneNumberType`).
    PhoneNumber / OwnedPhoneNumber, "PhoneNumber", PHONE_NUMBER, ns = Family {
        number: "Number" => Text,
        r#type: "Type" => Text,
    }
}

shape! {
    /// A postal address (`t:PersonaPostalAddressType`).
    PostalAddress / OwnedPostalAddress, "PostalAddress", POSTAL_ADDRESS, ns = Family {
        street: "Street" => Text,
        city: "City" => Text,
        state: "State" => Text,
        country: "Country" => Text,
        postal_code: "PostalCode" => Text,
        post_office_box: "PostOfficeBox" => Text,
        r#type: "Type" => Text,
        latitude: "Latitude" => Text,
        longitude: "Longitude" => Text,
        accuracy: "Accuracy" => Text,
        altitude: "Altitude" => Text,
        altitude_accuracy: "AltitudeAccuracy" => Text,
        formatted_address: "FormattedAddress" => Text,
        location_uri: "LocationUri" => Text,
        location_source: "LocationSource" => Text,
    }
}

shape! {
    /// A body (`t:BodyContentType`): its text and `BodyType`.
    BodyContent / OwnedBodyContent, "BodyContent", BODY_CONTENT, ns = Family {
        value: "Value" => Text,
        body_type: "BodyType" => Text,
    }
}

shape! {
    /// A string with the ids of the attributions it came from.
    StringAttributedValue / OwnedStringAttributedValue, "StringAttributedValue", STRING_ATTRIBUTED_VALUE, ns = Family {
        value: "Value" => Text,
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// Several strings with the ids of the attributions they came from.
    StringArrayAttributedValue / OwnedStringArrayAttributedValue, "StringArrayAttributedValue", STRING_ARRAY_ATTRIBUTED_VALUE, ns = Family {
        values: "Values" => Texts("Value"),
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// A phone number with the ids of the attributions it came from.
    PhoneNumberAttributedValue / OwnedPhoneNumberAttributedValue, "PhoneNumberAttributedValue", PHONE_NUMBER_ATTRIBUTED_VALUE, ns = Family {
        value: "Value" => Obj(PhoneNumber),
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// An e-mail address with the ids of the attributions it came from.
    EmailAddressAttributedValue / OwnedEmailAddressAttributedValue, "EmailAddressAttributedValue", EMAIL_ADDRESS_ATTRIBUTED_VALUE, ns = Family {
        value: "Value" => Obj(EmailAddress),
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// A postal address with the ids of the attributions it came from.
    PostalAddressAttributedValue / OwnedPostalAddressAttributedValue, "PostalAddressAttributedValue", POSTAL_ADDRESS_ATTRIBUTED_VALUE, ns = Family {
        value: "Value" => Obj(PostalAddress),
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// A body with the ids of the attributions it came from.
    BodyContentAttributedValue / OwnedBodyContentAttributedValue, "BodyContentAttributedValue", BODY_CONTENT_ATTRIBUTED_VALUE, ns = Family {
        value: "Value" => Obj(BodyContent),
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// An extended property with the ids of the attributions it came from
    /// (`Value` holds an [`ExtendedProperty`], which holds its own `Value`).
    ExtendedPropertyAttributedValue / OwnedExtendedPropertyAttributedValue, "ExtendedPropertyAttributedValue", EXTENDED_PROPERTY_ATTRIBUTED_VALUE, ns = Family {
        value: "Value" => Obj(ExtendedProperty),
        attributions: "Attributions" => Texts("Attribution"),
    }
}

shape! {
    /// A persona-level `Attribution`: one source a persona's data came from.
    PersonaAttribution / OwnedPersonaAttribution, "Attribution", PERSONA_ATTRIBUTION, ns = Family {
        id: "Id" => Text,
        source_id: "SourceId" => Obj(ItemId),
        display_name: "DisplayName" => Text,
        is_writable: "IsWritable" => Text,
        is_quick_contact: "IsQuickContact" => Text,
        is_hidden: "IsHidden" => Text,
        folder_id: "FolderId" => Obj(ItemId),
    }
}

impl<'a> PersonaAttribution<'a> {
    /// `IsWritable` as an xs:boolean.
    pub fn is_writable_value(&self) -> Option<Result<bool, crate::ValueError>> {
        self.is_writable().map(crate::parse_boolean)
    }
    /// `IsQuickContact` as an xs:boolean.
    pub fn is_quick_contact_value(&self) -> Option<Result<bool, crate::ValueError>> {
        self.is_quick_contact().map(crate::parse_boolean)
    }
    /// `IsHidden` as an xs:boolean.
    pub fn is_hidden_value(&self) -> Option<Result<bool, crate::ValueError>> {
        self.is_hidden().map(crate::parse_boolean)
    }
}

/// The `ServerVersionInfo` attributes read as numbers and an open version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerVersion<'a> {
    /// `MajorVersion` (15 for Exchange 2013 and later).
    pub major_version: Option<i64>,
    /// `MinorVersion` (20 on Exchange Online).
    pub minor_version: Option<i64>,
    /// `MajorBuildNumber`.
    pub major_build_number: Option<i64>,
    /// `MinorBuildNumber`.
    pub minor_build_number: Option<i64>,
    /// `Version`.
    pub version: Option<crate::ExchangeVersion<'a>>,
}

impl<'a> ServerVersionInfo<'a> {
    /// The attributes as numbers (absent or non-numeric ones are `None`) and the
    /// open [`ExchangeVersion`](crate::ExchangeVersion).
    pub fn parsed(&self) -> ServerVersion<'a> {
        let n = |t: Option<&str>| t.and_then(|t| crate::parse_integer(t).ok());
        ServerVersion {
            major_version: n(self.major_version()),
            minor_version: n(self.minor_version()),
            major_build_number: n(self.major_build_number()),
            minor_build_number: n(self.minor_build_number()),
            version: self.version().map(crate::ExchangeVersion::parse),
        }
    }
}
