//! The request side: the body elements of the requests [`crate::write`] writes, and the
//! SOAP headers a client sends with them, as views a fake server reads with
//! [`parse_request`](crate::parse_request).
//!
//! One table, in `requests!` below, names each operation, its body element and its
//! children; the views, the [`RequestBody`] variants and the parser's list of request body
//! elements are all made from it, as for the responses. The same one-pass parser reads
//! them (zero-copy, into the caller's arena).

use super::common::ItemId;
use super::common::{EmailAddress, ExtendedFieldUri};
use super::{HasShape, Record, Shape};

/// The request operations: `variant, view / owned, body element, static name { children }`.
macro_rules! requests {
    ($( $op:ident, $view:ident / $owned:ident, $xml:literal, $st:ident { $($fields:tt)* } )*) => {
        $(
            shape! {
                #[doc = concat!("The request body element `m:", $xml, "`.")]
                $view / $owned, $xml, $st, ns = Family { $($fields)* }
            }
        )*

        /// The body element of a parsed request: one of the 15 operations the writer
        /// writes.
        #[derive(Clone, Copy, Debug)]
        #[non_exhaustive]
        pub enum RequestBody<'a> {
            $(
                #[doc = concat!("`m:", $xml, "`.")]
                $op($view<'a>),
            )*
        }

        /// The request body elements the parser recognises (in request mode): (local
        /// name, shape).
        pub(crate) static REQUEST_ELEMENTS: &[(&str, &Shape)] = &[$(($xml, $view::SHAPE)),*];

        impl<'a> RequestBody<'a> {
            /// The view of a body record (`None` for a record of another shape, which
            /// the parser never builds as a request body).
            pub(crate) fn from_record(r: Record<'a>) -> Option<RequestBody<'a>> {
                let s = r.shape();
                $(
                    if std::ptr::eq(s, $view::SHAPE) {
                        return Some(RequestBody::$op($view(r)));
                    }
                )*
                None
            }

            /// The record behind this body element.
            pub fn record(&self) -> Record<'a> {
                match self {
                    $(RequestBody::$op(x) => x.0,)*
                }
            }

            /// The operation's name, which is also the body element's local name
            /// (`"GetImItems"`, …).
            pub fn operation(&self) -> &'static str {
                match self {
                    $(RequestBody::$op(_) => stringify!($op),)*
                }
            }
        }
    };
}

requests! {
    GetImItems, GetImItemsRequest / OwnedGetImItemsRequest, "GetImItems", GET_IM_ITEMS_REQUEST {
        contact_ids: "ContactIds" => List(ItemId; "ItemId"),
        group_ids: "GroupIds" => List(ItemId; "ItemId"),
        extended_properties: "ExtendedProperties" => List(ExtendedFieldUri; "ExtendedProperty"),
    }
    GetImItemList, GetImItemListRequest / OwnedGetImItemListRequest, "GetImItemList", GET_IM_ITEM_LIST_REQUEST {
        extended_properties: "ExtendedProperties" => List(ExtendedFieldUri; "ExtendedProperty"),
    }
    AddImGroup, AddImGroupRequest / OwnedAddImGroupRequest, "AddImGroup", ADD_IM_GROUP_REQUEST {
        display_name: "DisplayName" => Text,
    }
    AddImContactToGroup, AddImContactToGroupRequest / OwnedAddImContactToGroupRequest, "AddImContactToGroup", ADD_IM_CONTACT_TO_GROUP_REQUEST {
        contact_id: "ContactId" => Obj(ItemId),
        group_id: "GroupId" => Obj(ItemId),
    }
    AddNewImContactToGroup, AddNewImContactToGroupRequest / OwnedAddNewImContactToGroupRequest, "AddNewImContactToGroup",
        ADD_NEW_IM_CONTACT_TO_GROUP_REQUEST {
        im_address: "ImAddress" => Text,
        display_name: "DisplayName" => Text,
        group_id: "GroupId" => Obj(ItemId),
    }
    AddNewTelUriContactToGroup, AddNewTelUriContactToGroupRequest / OwnedAddNewTelUriContactToGroupRequest, "AddNewTelUriContactToGroup",
        ADD_NEW_TEL_URI_CONTACT_TO_GROUP_REQUEST {
        tel_uri_address: "TelUriAddress" => Text,
        im_contact_sip_uri_address: "ImContactSipUriAddress" => Text,
        im_telephone_number: "ImTelephoneNumber" => Text,
        group_id: "GroupId" => Obj(ItemId),
    }
    AddDistributionGroupToImList, AddDistributionGroupToImListRequest / OwnedAddDistributionGroupToImListRequest, "AddDistributionGroupToImList",
        ADD_DISTRIBUTION_GROUP_TO_IM_LIST_REQUEST {
        smtp_address: "SmtpAddress" => Text,
        display_name: "DisplayName" => Text,
    }
    RemoveImContactFromGroup, RemoveImContactFromGroupRequest / OwnedRemoveImContactFromGroupRequest, "RemoveImContactFromGroup",
        REMOVE_IM_CONTACT_FROM_GROUP_REQUEST {
        contact_id: "ContactId" => Obj(ItemId),
        group_id: "GroupId" => Obj(ItemId),
    }
    RemoveImGroup, RemoveImGroupRequest / OwnedRemoveImGroupRequest, "RemoveImGroup", REMOVE_IM_GROUP_REQUEST {
        group_id: "GroupId" => Obj(ItemId),
    }
    SetImGroup, SetImGroupRequest / OwnedSetImGroupRequest, "SetImGroup", SET_IM_GROUP_REQUEST {
        group_id: "GroupId" => Obj(ItemId),
        new_display_name: "NewDisplayName" => Text,
    }
    RemoveContactFromImList, RemoveContactFromImListRequest / OwnedRemoveContactFromImListRequest, "RemoveContactFromImList",
        REMOVE_CONTACT_FROM_IM_LIST_REQUEST {
        contact_id: "ContactId" => Obj(ItemId),
    }
    RemoveDistributionGroupFromImList, RemoveDistributionGroupFromImListRequest / OwnedRemoveDistributionGroupFromImListRequest,
        "RemoveDistributionGroupFromImList", REMOVE_DISTRIBUTION_GROUP_FROM_IM_LIST_REQUEST {
        group_id: "GroupId" => Obj(ItemId),
    }
    SetImListMigrationCompleted, SetImListMigrationCompletedRequest / OwnedSetImListMigrationCompletedRequest, "SetImListMigrationCompleted",
        SET_IM_LIST_MIGRATION_COMPLETED_REQUEST {
        im_list_migration_completed: "ImListMigrationCompleted" => Text,
    }
    GetPersona, GetPersonaRequest / OwnedGetPersonaRequest, "GetPersona", GET_PERSONA_REQUEST {
        persona_id: "PersonaId" => Obj(ItemId),
        email_address: "EmailAddress" => Obj(EmailAddress),
        parent_folder_id: "ParentFolderId" => Obj(TargetFolderId),
        item_link_id: "ItemLinkId" => Text,
    }
    FindPeople, FindPeopleRequest / OwnedFindPeopleRequest, "FindPeople", FIND_PEOPLE_REQUEST {
        indexed_page_item_view: "IndexedPageItemView" => Obj(IndexedPageView),
        parent_folder_id: "ParentFolderId" => Obj(TargetFolderId),
        query_string: "QueryString" => Text,
    }
}

shape! {
    /// A `ParentFolderId` (`t:TargetFolderIdType`): a folder by id or a distinguished
    /// folder (`Id` such as `contacts` or `directory`). The `Mailbox` child of a
    /// distinguished folder is not read.
    TargetFolderId / OwnedTargetFolderId, "ParentFolderId", TARGET_FOLDER_ID, ns = Family {
        folder_id: "FolderId" => Obj(ItemId),
        distinguished_folder_id: "DistinguishedFolderId" => Obj(ItemId),
    }
}

shape! {
    /// FindPeople's `IndexedPageItemView` (`t:IndexedPageViewType`): which page.
    IndexedPageView / OwnedIndexedPageView, "IndexedPageItemView", INDEXED_PAGE_VIEW, ns = Family {
        max_entries_returned: "MaxEntriesReturned" => Attr,
        offset: "Offset" => Attr,
        base_point: "BasePoint" => Attr,
    }
}

shape! {
    /// The SOAP `Header` of a request: the EWS headers the IM operations bind.
    RequestHeaders / OwnedRequestHeaders, "Header", REQUEST_HEADERS, ns = Family {
        request_server_version: "RequestServerVersion" => Obj(RequestServerVersion),
        mailbox_culture: "MailboxCulture" => Text,
        exchange_impersonation: "ExchangeImpersonation" => Obj(ExchangeImpersonation),
    }
}

shape! {
    /// The `RequestServerVersion` header.
    RequestServerVersion / OwnedRequestServerVersion, "RequestServerVersion", REQUEST_SERVER_VERSION, ns = Family {
        version: "Version" => Attr,
    }
}

shape! {
    /// The `ExchangeImpersonation` header.
    ExchangeImpersonation / OwnedExchangeImpersonation, "ExchangeImpersonation", EXCHANGE_IMPERSONATION, ns = Family {
        connecting_sid: "ConnectingSID" => Obj(ConnectingSid),
    }
}

shape! {
    /// `ExchangeImpersonation/ConnectingSID`: whom the client acts as (one of the four).
    ConnectingSid / OwnedConnectingSid, "ConnectingSID", CONNECTING_SID, ns = Family {
        principal_name: "PrincipalName" => Text,
        sid: "SID" => Text,
        primary_smtp_address: "PrimarySmtpAddress" => Text,
        smtp_address: "SmtpAddress" => Text,
    }
}

impl<'a> RequestServerVersion<'a> {
    /// `Version` as an open [`ExchangeVersion`](crate::ExchangeVersion).
    pub fn parsed(&self) -> Option<crate::ExchangeVersion<'a>> {
        self.version().map(crate::ExchangeVersion::parse)
    }
}

/// A parsed request: its SOAP headers and its body element.
///
/// ```
/// use ews_im::{parse_request, Bump, RequestBody};
/// let xml = std::fs::read("corpus/getimitems-request-seed.xml")?;
/// let arena = Bump::new();
/// let request = parse_request(&xml, &arena)?;
/// assert_eq!(request.request_server_version().and_then(|v| v.version()), Some("Exchange2013"));
/// assert_eq!(request.mailbox_culture(), Some("en-US"));
/// let RequestBody::GetImItems(get) = request.body() else { panic!("not GetImItems") };
/// let contact = get.contact_ids().unwrap().get(0).unwrap();
/// assert_eq!(contact.id(), Some("AAMkADEzOTExYACABmEhpSAAA="));
/// assert_eq!(contact.change_key(), Some("EQAAABBmNDjF"));
/// let path = get.extended_properties().unwrap().get(0).unwrap();
/// assert_eq!((path.property_tag(), path.property_type()), (Some("0x3001"), Some("String")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Request<'a> {
    pub(crate) headers: Option<RequestHeaders<'a>>,
    pub(crate) body: RequestBody<'a>,
    pub(crate) diagnostics: &'a [crate::Diagnostic],
    pub(crate) skipped_elements: u64,
    pub(crate) duplicates_ignored: u64,
}

impl<'a> Request<'a> {
    /// The SOAP `Header`'s recognised EWS headers, if the request has a `Header`.
    pub fn headers(&self) -> Option<RequestHeaders<'a>> {
        self.headers
    }
    /// The `RequestServerVersion` header.
    pub fn request_server_version(&self) -> Option<RequestServerVersion<'a>> {
        self.headers.and_then(|h| h.request_server_version())
    }
    /// The `MailboxCulture` header's text.
    pub fn mailbox_culture(&self) -> Option<&'a str> {
        self.headers.and_then(|h| h.mailbox_culture())
    }
    /// The `ExchangeImpersonation/ConnectingSID` header.
    pub fn connecting_sid(&self) -> Option<ConnectingSid<'a>> {
        self.headers.and_then(|h| h.exchange_impersonation()).and_then(|i| i.connecting_sid())
    }
    /// The body element.
    pub fn body(&self) -> RequestBody<'a> {
        self.body
    }
    /// Characters XML 1.0 forbids that were replaced by U+FFFD (lenient mode).
    pub fn diagnostics(&self) -> &'a [crate::Diagnostic] {
        self.diagnostics
    }
    /// How many elements were skipped because they are not part of the schema here.
    pub fn skipped_elements(&self) -> u64 {
        self.skipped_elements
    }
    /// How many repeated fields were ignored (first occurrence wins).
    pub fn duplicates_ignored(&self) -> u64 {
        self.duplicates_ignored
    }
}
