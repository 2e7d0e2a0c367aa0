//! The response elements of the IM operations, the SOAP fault, and the whole [`Response`].

use super::persona::*;
use super::{HasShape, Record, Shape};

shape! {
    /// The fields every response element shares (`m:ResponseMessageType`). Every
    /// operation's response view has these accessors too; [`Body::response_message`]
    /// gives this view of any of them.
    ResponseMessage, "ResponseMessage", RESPONSE_MESSAGE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:GetImItemsResponse`: the answer to `GetImItems`.
    GetImItemsResponse, "GetImItemsResponse", GET_IM_ITEMS_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        im_item_list: "ImItemList" => Obj(ImItemList),
    }
}
shape! {
    /// The body element `m:GetImItemListResponse`: the answer to `GetImItemList`.
    GetImItemListResponse, "GetImItemListResponse", GET_IM_ITEM_LIST_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        im_item_list: "ImItemList" => Obj(ImItemList),
    }
}
shape! {
    /// The body element `m:FindPeopleResponse`: the answer to `FindPeople`.
    FindPeopleResponse, "FindPeopleResponse", FIND_PEOPLE_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        people: "People" => List(Persona; "Persona"),
        total_number_of_people_in_view: "TotalNumberOfPeopleInView" => Text,
        first_matching_row_index: "FirstMatchingRowIndex" => Text,
        first_loaded_row_index: "FirstLoadedRowIndex" => Text,
        transaction_id: "TransactionId" => Text,
    }
}
shape! {
    /// The body element `m:GetPersonaResponseMessage`: the answer to `GetPersona`.
    GetPersonaResponseMessage, "GetPersonaResponseMessage", GET_PERSONA_RESPONSE_MESSAGE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        persona: "Persona" => Obj(Persona),
    }
}
shape! {
    /// The body element `m:AddImGroupResponse`: the answer to `AddImGroup`.
    AddImGroupResponse, "AddImGroupResponse", ADD_IM_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        im_group: "ImGroup" => Obj(ImGroup),
    }
}
shape! {
    /// The body element `m:AddNewImContactToGroupResponse`: the answer to `AddNewImContactToGroup`.
    AddNewImContactToGroupResponse, "AddNewImContactToGroupResponse", ADD_NEW_IM_CONTACT_TO_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        persona: "Persona" => Obj(Persona),
    }
}
shape! {
    /// The body element `m:AddNewTelUriContactToGroupResponse`: the answer to `AddNewTelUriContactToGroup`.
    AddNewTelUriContactToGroupResponse, "AddNewTelUriContactToGroupResponse", ADD_NEW_TEL_URI_CONTACT_TO_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        persona: "Persona" => Obj(Persona),
    }
}
shape! {
    /// The body element `m:AddDistributionGroupToImListResponse`: the answer to `AddDistributionGroupToImList`.
    AddDistributionGroupToImListResponse, "AddDistributionGroupToImListResponse", ADD_DISTRIBUTION_GROUP_TO_IM_LIST_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
        im_group: "ImGroup" => Obj(ImGroup),
    }
}
shape! {
    /// The body element `m:AddImContactToGroupResponse`: the answer to `AddImContactToGroup`.
    AddImContactToGroupResponse, "AddImContactToGroupResponse", ADD_IM_CONTACT_TO_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:RemoveImContactFromGroupResponse`: the answer to `RemoveImContactFromGroup`.
    RemoveImContactFromGroupResponse, "RemoveImContactFromGroupResponse", REMOVE_IM_CONTACT_FROM_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:RemoveImGroupResponse`: the answer to `RemoveImGroup`.
    RemoveImGroupResponse, "RemoveImGroupResponse", REMOVE_IM_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:SetImGroupResponse`: the answer to `SetImGroup`.
    SetImGroupResponse, "SetImGroupResponse", SET_IM_GROUP_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:RemoveContactFromImListResponse`: the answer to `RemoveContactFromImList`.
    RemoveContactFromImListResponse, "RemoveContactFromImListResponse", REMOVE_CONTACT_FROM_IM_LIST_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:RemoveDistributionGroupFromImListResponse`: the answer to `RemoveDistributionGroupFromImList`.
    RemoveDistributionGroupFromImListResponse, "RemoveDistributionGroupFromImListResponse", REMOVE_DISTRIBUTION_GROUP_FROM_IM_LIST_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// The body element `m:SetImListMigrationCompletedResponse`: the answer to `SetImListMigrationCompleted`.
    SetImListMigrationCompletedResponse, "SetImListMigrationCompletedResponse", SET_IM_LIST_MIGRATION_COMPLETED_RESPONSE, ns = Family {
        response_class: "ResponseClass" => Attr,
        message_text: "MessageText" => Text,
        response_code: "ResponseCode" => Text,
        descriptive_link_key: "DescriptiveLinkKey" => Text,
        message_xml: "MessageXml" => Xml,
    }
}
shape! {
    /// A SOAP 1.1 `Fault`. Its children are recognised only in no namespace, as SOAP 1.1
    /// defines them. `faultcode` is the raw text (`"a:ErrorServerBusy"`).
    Fault, "Fault", FAULT, ns = None {
        faultcode: "faultcode" => Text,
        faultstring: "faultstring" => Text,
        faultactor: "faultactor" => Text,
        detail: "detail" => Obj(FaultDetail),
    }
}

shape! {
    /// A fault's `detail`: the EWS `ResponseCode`, `Message` and `MessageXml`
    /// (recognised in the EWS errors, types and messages namespaces).
    FaultDetail, "detail", FAULT_DETAIL, ns = FamilyOrErrors {
        response_code: "ResponseCode" => Text,
        message: "Message" => Text,
        message_xml: "MessageXml" => Xml,
    }
}

/// The body element of a response: a SOAP fault or one of the 15 supported responses.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Body<'a> {
    /// A SOAP 1.1 `Fault`.
    Fault(Fault<'a>),
    /// `m:GetImItemsResponse`.
    GetImItems(GetImItemsResponse<'a>),
    /// `m:GetImItemListResponse`.
    GetImItemList(GetImItemListResponse<'a>),
    /// `m:FindPeopleResponse`.
    FindPeople(FindPeopleResponse<'a>),
    /// `m:GetPersonaResponseMessage`.
    GetPersona(GetPersonaResponseMessage<'a>),
    /// `m:AddImGroupResponse`.
    AddImGroup(AddImGroupResponse<'a>),
    /// `m:AddNewImContactToGroupResponse`.
    AddNewImContactToGroup(AddNewImContactToGroupResponse<'a>),
    /// `m:AddNewTelUriContactToGroupResponse`.
    AddNewTelUriContactToGroup(AddNewTelUriContactToGroupResponse<'a>),
    /// `m:AddDistributionGroupToImListResponse`.
    AddDistributionGroupToImList(AddDistributionGroupToImListResponse<'a>),
    /// `m:AddImContactToGroupResponse`.
    AddImContactToGroup(AddImContactToGroupResponse<'a>),
    /// `m:RemoveImContactFromGroupResponse`.
    RemoveImContactFromGroup(RemoveImContactFromGroupResponse<'a>),
    /// `m:RemoveImGroupResponse`.
    RemoveImGroup(RemoveImGroupResponse<'a>),
    /// `m:SetImGroupResponse`.
    SetImGroup(SetImGroupResponse<'a>),
    /// `m:RemoveContactFromImListResponse`.
    RemoveContactFromImList(RemoveContactFromImListResponse<'a>),
    /// `m:RemoveDistributionGroupFromImListResponse`.
    RemoveDistributionGroupFromImList(RemoveDistributionGroupFromImListResponse<'a>),
    /// `m:SetImListMigrationCompletedResponse`.
    SetImListMigrationCompleted(SetImListMigrationCompletedResponse<'a>),
}

/// The body elements the parser recognises: (local name, shape, JSON key).
pub(crate) static BODY_ELEMENTS: &[(&str, &Shape, &str)] = &[
    ("GetImItemsResponse", GetImItemsResponse::SHAPE, "get_im_items_response"),
    ("GetImItemListResponse", GetImItemListResponse::SHAPE, "get_im_item_list_response"),
    ("FindPeopleResponse", FindPeopleResponse::SHAPE, "find_people_response"),
    ("GetPersonaResponseMessage", GetPersonaResponseMessage::SHAPE, "get_persona_response_message"),
    ("AddImGroupResponse", AddImGroupResponse::SHAPE, "add_im_group_response"),
    ("AddNewImContactToGroupResponse", AddNewImContactToGroupResponse::SHAPE, "add_new_im_contact_to_group_response"),
    (
        "AddNewTelUriContactToGroupResponse",
        AddNewTelUriContactToGroupResponse::SHAPE,
        "add_new_tel_uri_contact_to_group_response",
    ),
    (
        "AddDistributionGroupToImListResponse",
        AddDistributionGroupToImListResponse::SHAPE,
        "add_distribution_group_to_im_list_response",
    ),
    ("AddImContactToGroupResponse", AddImContactToGroupResponse::SHAPE, "add_im_contact_to_group_response"),
    (
        "RemoveImContactFromGroupResponse",
        RemoveImContactFromGroupResponse::SHAPE,
        "remove_im_contact_from_group_response",
    ),
    ("RemoveImGroupResponse", RemoveImGroupResponse::SHAPE, "remove_im_group_response"),
    ("SetImGroupResponse", SetImGroupResponse::SHAPE, "set_im_group_response"),
    ("RemoveContactFromImListResponse", RemoveContactFromImListResponse::SHAPE, "remove_contact_from_im_list_response"),
    (
        "RemoveDistributionGroupFromImListResponse",
        RemoveDistributionGroupFromImListResponse::SHAPE,
        "remove_distribution_group_from_im_list_response",
    ),
    (
        "SetImListMigrationCompletedResponse",
        SetImListMigrationCompletedResponse::SHAPE,
        "set_im_list_migration_completed_response",
    ),
];

impl<'a> Body<'a> {
    pub(crate) fn from_record(r: Record<'a>) -> Body<'a> {
        let s = r.shape();
        if std::ptr::eq(s, Fault::SHAPE) {
            return Body::Fault(Fault(r));
        }
        if std::ptr::eq(s, GetImItemsResponse::SHAPE) {
            return Body::GetImItems(GetImItemsResponse(r));
        }
        if std::ptr::eq(s, GetImItemListResponse::SHAPE) {
            return Body::GetImItemList(GetImItemListResponse(r));
        }
        if std::ptr::eq(s, FindPeopleResponse::SHAPE) {
            return Body::FindPeople(FindPeopleResponse(r));
        }
        if std::ptr::eq(s, GetPersonaResponseMessage::SHAPE) {
            return Body::GetPersona(GetPersonaResponseMessage(r));
        }
        if std::ptr::eq(s, AddImGroupResponse::SHAPE) {
            return Body::AddImGroup(AddImGroupResponse(r));
        }
        if std::ptr::eq(s, AddNewImContactToGroupResponse::SHAPE) {
            return Body::AddNewImContactToGroup(AddNewImContactToGroupResponse(r));
        }
        if std::ptr::eq(s, AddNewTelUriContactToGroupResponse::SHAPE) {
            return Body::AddNewTelUriContactToGroup(AddNewTelUriContactToGroupResponse(r));
        }
        if std::ptr::eq(s, AddDistributionGroupToImListResponse::SHAPE) {
            return Body::AddDistributionGroupToImList(AddDistributionGroupToImListResponse(r));
        }
        if std::ptr::eq(s, AddImContactToGroupResponse::SHAPE) {
            return Body::AddImContactToGroup(AddImContactToGroupResponse(r));
        }
        if std::ptr::eq(s, RemoveImContactFromGroupResponse::SHAPE) {
            return Body::RemoveImContactFromGroup(RemoveImContactFromGroupResponse(r));
        }
        if std::ptr::eq(s, RemoveImGroupResponse::SHAPE) {
            return Body::RemoveImGroup(RemoveImGroupResponse(r));
        }
        if std::ptr::eq(s, SetImGroupResponse::SHAPE) {
            return Body::SetImGroup(SetImGroupResponse(r));
        }
        if std::ptr::eq(s, RemoveContactFromImListResponse::SHAPE) {
            return Body::RemoveContactFromImList(RemoveContactFromImListResponse(r));
        }
        if std::ptr::eq(s, RemoveDistributionGroupFromImListResponse::SHAPE) {
            return Body::RemoveDistributionGroupFromImList(RemoveDistributionGroupFromImListResponse(r));
        }
        if std::ptr::eq(s, SetImListMigrationCompletedResponse::SHAPE) {
            return Body::SetImListMigrationCompleted(SetImListMigrationCompletedResponse(r));
        }
        unreachable_body(r)
    }

    /// The record behind this body element.
    pub fn record(&self) -> Record<'a> {
        match self {
            Body::Fault(x) => x.0,
            Body::GetImItems(x) => x.0,
            Body::GetImItemList(x) => x.0,
            Body::FindPeople(x) => x.0,
            Body::GetPersona(x) => x.0,
            Body::AddImGroup(x) => x.0,
            Body::AddNewImContactToGroup(x) => x.0,
            Body::AddNewTelUriContactToGroup(x) => x.0,
            Body::AddDistributionGroupToImList(x) => x.0,
            Body::AddImContactToGroup(x) => x.0,
            Body::RemoveImContactFromGroup(x) => x.0,
            Body::RemoveImGroup(x) => x.0,
            Body::SetImGroup(x) => x.0,
            Body::RemoveContactFromImList(x) => x.0,
            Body::RemoveDistributionGroupFromImList(x) => x.0,
            Body::SetImListMigrationCompleted(x) => x.0,
        }
    }

    /// The JSON key of the body element (`"get_im_items_response"`, `"fault"`, …).
    pub fn json_key(&self) -> &'static str {
        let s = self.record().shape();
        if std::ptr::eq(s, Fault::SHAPE) {
            return "fault";
        }
        BODY_ELEMENTS.iter().find(|(_, sh, _)| std::ptr::eq(*sh, s)).map_or("fault", |(_, _, k)| k)
    }

    /// The operation that answered (`"GetImItems"`, …), or `None` for a fault.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Body::Fault(_) => None,
            Body::GetImItems(_) => Some("GetImItems"),
            Body::GetImItemList(_) => Some("GetImItemList"),
            Body::FindPeople(_) => Some("FindPeople"),
            Body::GetPersona(_) => Some("GetPersona"),
            Body::AddImGroup(_) => Some("AddImGroup"),
            Body::AddNewImContactToGroup(_) => Some("AddNewImContactToGroup"),
            Body::AddNewTelUriContactToGroup(_) => Some("AddNewTelUriContactToGroup"),
            Body::AddDistributionGroupToImList(_) => Some("AddDistributionGroupToImList"),
            Body::AddImContactToGroup(_) => Some("AddImContactToGroup"),
            Body::RemoveImContactFromGroup(_) => Some("RemoveImContactFromGroup"),
            Body::RemoveImGroup(_) => Some("RemoveImGroup"),
            Body::SetImGroup(_) => Some("SetImGroup"),
            Body::RemoveContactFromImList(_) => Some("RemoveContactFromImList"),
            Body::RemoveDistributionGroupFromImList(_) => Some("RemoveDistributionGroupFromImList"),
            Body::SetImListMigrationCompleted(_) => Some("SetImListMigrationCompleted"),
        }
    }

    /// The common response fields, or `None` for a fault.
    pub fn response_message(&self) -> Option<ResponseMessage<'a>> {
        match self {
            Body::Fault(_) => None,
            // Every response shape starts with the five ResponseMessage fields, in the same order.
            // (Its `record()` is the whole response's.)
            other => Some(ResponseMessage(other.record())),
        }
    }
}

/// A record whose shape is not a body element cannot reach `Body::from_record`: the
/// parser only builds body records from `BODY_ELEMENTS` and `Fault`. Map it to an empty
/// response rather than panic.
#[cold]
fn unreachable_body(_r: Record<'_>) -> Body<'_> {
    static EMPTY: super::RecordData<'static> =
        super::RecordData { shape: SetImListMigrationCompletedResponse::SHAPE, present: [0, 0], values: &[] };
    Body::SetImListMigrationCompleted(SetImListMigrationCompletedResponse(Record::new(&EMPTY)))
}

/// The `ResponseClass` attribute, kept open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResponseClass<'a> {
    /// `Success`.
    Success,
    /// `Warning`: the operation did part of its work.
    Warning,
    /// `Error`: see the response code.
    Error,
    /// Any other text (trimmed).
    Other(&'a str),
}

impl<'a> ResponseClass<'a> {
    /// The class named by `text` (surrounding white space ignored).
    pub fn parse(text: &'a str) -> ResponseClass<'a> {
        match text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r')) {
            "Success" => ResponseClass::Success,
            "Warning" => ResponseClass::Warning,
            "Error" => ResponseClass::Error,
            other => ResponseClass::Other(other),
        }
    }
}

impl<'a> ResponseMessage<'a> {
    /// `ResponseClass` as an open [`ResponseClass`].
    pub fn class(&self) -> Option<ResponseClass<'a>> {
        self.response_class().map(ResponseClass::parse)
    }

    /// `ResponseCode` as an open [`ResponseCode`](crate::ResponseCode) (white space ignored).
    pub fn code(&self) -> Option<crate::ResponseCode<'a>> {
        self.response_code().map(crate::ResponseCode::parse)
    }
}

impl<'a> FaultDetail<'a> {
    /// `ResponseCode` as an open [`ResponseCode`](crate::ResponseCode) (white space ignored).
    pub fn code(&self) -> Option<crate::ResponseCode<'a>> {
        self.response_code().map(crate::ResponseCode::parse)
    }
}
