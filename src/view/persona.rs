//! `Persona` (all 112 children of the EWS PersonaType), `ImGroup` and `ImItemList`.

use super::common::*;

shape! {
    /// A persona: one person (or contact) merged from one or more sources
    /// (`t:PersonaType`; all 112 children of the current schema, in schema order).
    /// Children the schema does not define are skipped and counted.
    Persona / OwnedPersona, "Persona", PERSONA, ns = Family {
        persona_id: "PersonaId" => Obj(ItemId),
        persona_type: "PersonaType" => Text,
        persona_object_status: "PersonaObjectStatus" => Text,
        creation_time: "CreationTime" => Text,
        bodies: "Bodies" => List(BodyContentAttributedValue; "BodyContentAttributedValue"),
        display_name_first_last_sort_key: "DisplayNameFirstLastSortKey" => Text,
        display_name_last_first_sort_key: "DisplayNameLastFirstSortKey" => Text,
        company_name_sort_key: "CompanyNameSortKey" => Text,
        home_city_sort_key: "HomeCitySortKey" => Text,
        work_city_sort_key: "WorkCitySortKey" => Text,
        display_name_first_last_header: "DisplayNameFirstLastHeader" => Text,
        display_name_last_first_header: "DisplayNameLastFirstHeader" => Text,
        display_name: "DisplayName" => Text,
        display_name_first_last: "DisplayNameFirstLast" => Text,
        display_name_last_first: "DisplayNameLastFirst" => Text,
        file_as: "FileAs" => Text,
        file_as_id: "FileAsId" => Text,
        display_name_prefix: "DisplayNamePrefix" => Text,
        given_name: "GivenName" => Text,
        middle_name: "MiddleName" => Text,
        surname: "Surname" => Text,
        generation: "Generation" => Text,
        nickname: "Nickname" => Text,
        yomi_company_name: "YomiCompanyName" => Text,
        yomi_first_name: "YomiFirstName" => Text,
        yomi_last_name: "YomiLastName" => Text,
        title: "Title" => Text,
        department: "Department" => Text,
        company_name: "CompanyName" => Text,
        location: "Location" => Text,
        email_address: "EmailAddress" => Obj(EmailAddress),
        email_addresses: "EmailAddresses" => List(EmailAddress; "Address" | "EmailAddress"),
        phone_number: "PhoneNumber" => Obj(PhoneNumber),
        im_address: "ImAddress" => Text,
        home_city: "HomeCity" => Text,
        work_city: "WorkCity" => Text,
        relevance_score: "RelevanceScore" => Text,
        folder_ids: "FolderIds" => List(ItemId; "FolderId"),
        attributions: "Attributions" => List(PersonaAttribution; "Attribution"),
        display_names: "DisplayNames" => List(StringAttributedValue; "StringAttributedValue"),
        file_ases: "FileAses" => List(StringAttributedValue; "StringAttributedValue"),
        file_as_ids: "FileAsIds" => List(StringAttributedValue; "StringAttributedValue"),
        display_name_prefixes: "DisplayNamePrefixes" => List(StringAttributedValue; "StringAttributedValue"),
        given_names: "GivenNames" => List(StringAttributedValue; "StringAttributedValue"),
        middle_names: "MiddleNames" => List(StringAttributedValue; "StringAttributedValue"),
        surnames: "Surnames" => List(StringAttributedValue; "StringAttributedValue"),
        generations: "Generations" => List(StringAttributedValue; "StringAttributedValue"),
        nicknames: "Nicknames" => List(StringAttributedValue; "StringAttributedValue"),
        initials: "Initials" => List(StringAttributedValue; "StringAttributedValue"),
        yomi_company_names: "YomiCompanyNames" => List(StringAttributedValue; "StringAttributedValue"),
        yomi_first_names: "YomiFirstNames" => List(StringAttributedValue; "StringAttributedValue"),
        yomi_last_names: "YomiLastNames" => List(StringAttributedValue; "StringAttributedValue"),
        business_phone_numbers: "BusinessPhoneNumbers" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        business_phone_numbers2: "BusinessPhoneNumbers2" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        home_phones: "HomePhones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        home_phones2: "HomePhones2" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        mobile_phones: "MobilePhones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        mobile_phones2: "MobilePhones2" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        assistant_phone_numbers: "AssistantPhoneNumbers" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        callback_phones: "CallbackPhones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        car_phones: "CarPhones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        home_faxes: "HomeFaxes" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        organization_main_phones: "OrganizationMainPhones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        other_faxes: "OtherFaxes" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        other_telephones: "OtherTelephones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        other_phones2: "OtherPhones2" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        pagers: "Pagers" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        radio_phones: "RadioPhones" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        telex_numbers: "TelexNumbers" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        ttytdd_phone_numbers: "TTYTDDPhoneNumbers" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        work_faxes: "WorkFaxes" => List(PhoneNumberAttributedValue; "PhoneNumberAttributedValue"),
        emails1: "Emails1" => List(EmailAddressAttributedValue; "EmailAddressAttributedValue"),
        emails2: "Emails2" => List(EmailAddressAttributedValue; "EmailAddressAttributedValue"),
        emails3: "Emails3" => List(EmailAddressAttributedValue; "EmailAddressAttributedValue"),
        business_home_pages: "BusinessHomePages" => List(StringAttributedValue; "StringAttributedValue"),
        personal_home_pages: "PersonalHomePages" => List(StringAttributedValue; "StringAttributedValue"),
        office_locations: "OfficeLocations" => List(StringAttributedValue; "StringAttributedValue"),
        im_addresses: "ImAddresses" => List(StringAttributedValue; "StringAttributedValue"),
        im_addresses2: "ImAddresses2" => List(StringAttributedValue; "StringAttributedValue"),
        im_addresses3: "ImAddresses3" => List(StringAttributedValue; "StringAttributedValue"),
        business_addresses: "BusinessAddresses" => List(PostalAddressAttributedValue; "PostalAddressAttributedValue"),
        home_addresses: "HomeAddresses" => List(PostalAddressAttributedValue; "PostalAddressAttributedValue"),
        other_addresses: "OtherAddresses" => List(PostalAddressAttributedValue; "PostalAddressAttributedValue"),
        titles: "Titles" => List(StringAttributedValue; "StringAttributedValue"),
        departments: "Departments" => List(StringAttributedValue; "StringAttributedValue"),
        company_names: "CompanyNames" => List(StringAttributedValue; "StringAttributedValue"),
        managers: "Managers" => List(StringAttributedValue; "StringAttributedValue"),
        assistant_names: "AssistantNames" => List(StringAttributedValue; "StringAttributedValue"),
        professions: "Professions" => List(StringAttributedValue; "StringAttributedValue"),
        spouse_names: "SpouseNames" => List(StringAttributedValue; "StringAttributedValue"),
        children: "Children" => List(StringArrayAttributedValue; "StringArrayAttributedValue"),
        schools: "Schools" => List(StringAttributedValue; "StringAttributedValue"),
        hobbies: "Hobbies" => List(StringAttributedValue; "StringAttributedValue"),
        wedding_anniversaries: "WeddingAnniversaries" => List(StringAttributedValue; "StringAttributedValue"),
        birthdays: "Birthdays" => List(StringAttributedValue; "StringAttributedValue"),
        locations: "Locations" => List(StringAttributedValue; "StringAttributedValue"),
        inline_links: "InlineLinks" => List(StringAttributedValue; "StringAttributedValue"),
        item_link_ids: "ItemLinkIds" => List(StringArrayAttributedValue; "StringArrayAttributedValue"),
        has_active_deals: "HasActiveDeals" => Text,
        is_business_contact: "IsBusinessContact" => Text,
        attributed_has_active_deals: "AttributedHasActiveDeals" => List(StringAttributedValue; "StringAttributedValue"),
        attributed_is_business_contact: "AttributedIsBusinessContact" => List(StringAttributedValue; "StringAttributedValue"),
        source_mailbox_guids: "SourceMailboxGuids" => List(StringAttributedValue; "StringAttributedValue"),
        last_contacted_date: "LastContactedDate" => Text,
        extended_properties: "ExtendedProperties" => List(ExtendedPropertyAttributedValue; "ExtendedPropertyAttributedValue"),
        external_directory_object_id: "ExternalDirectoryObjectId" => Text,
        mapi_entry_id: "MapiEntryId" => Text,
        mapi_email_address: "MapiEmailAddress" => Text,
        mapi_address_type: "MapiAddressType" => Text,
        mapi_search_key: "MapiSearchKey" => Text,
        mapi_transmittable_display_name: "MapiTransmittableDisplayName" => Text,
        mapi_send_rich_info: "MapiSendRichInfo" => Text,
    }
}

shape! {
    /// An IM group (`t:ImGroupType`): a contact-list group with its member keys.
    ImGroup / OwnedImGroup, "ImGroup", IM_GROUP, ns = Family {
        display_name: "DisplayName" => Text,
        group_type: "GroupType" => Text,
        exchange_store_id: "ExchangeStoreId" => Obj(ItemId),
        member_correlation_key: "MemberCorrelationKey" => List(ItemId; "ItemId"),
        extended_properties: "ExtendedProperties" => List(ExtendedProperty; "ExtendedProperty"),
        smtp_address: "SmtpAddress" => Text,
    }
}

shape! {
    /// The IM list (`t:ImItemListType`): its groups and personas.
    ImItemList / OwnedImItemList, "ImItemList", IM_ITEM_LIST, ns = Family {
        groups: "Groups" => List(ImGroup; "ImGroup"),
        personas: "Personas" => List(Persona; "Persona"),
    }
}

impl<'a> Persona<'a> {
    /// `RelevanceScore` as an integer (`i64`: servers send values above `i32::MAX`).
    pub fn relevance_score_value(&self) -> Option<Result<i64, crate::ValueError>> {
        self.relevance_score().map(crate::parse_integer)
    }

    /// `CreationTime` as a [`DateTime`](crate::DateTime).
    pub fn creation_time_value(&self) -> Option<Result<crate::DateTime, crate::ValueError>> {
        self.creation_time().map(crate::DateTime::parse)
    }

    /// `LastContactedDate` as a [`DateTime`](crate::DateTime).
    pub fn last_contacted_date_value(&self) -> Option<Result<crate::DateTime, crate::ValueError>> {
        self.last_contacted_date().map(crate::DateTime::parse)
    }
}
