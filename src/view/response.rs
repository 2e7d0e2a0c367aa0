//! The response elements of the IM operations, the SOAP fault, and the [`Body`] of a
//! [`Response`](crate::Response).
//!
//! One table, in `responses!` below, names each operation, its body element, its JSON key
//! and its payload; the views, the [`Body`] variants and the parser's list of body
//! elements are all made from it.

use super::persona::*;
use super::{HasShape, Record, Shape};

/// A response shape: the five `ResponseMessage` fields, then the payload.
macro_rules! response_shape {
    ($(#[$doc:meta])* $name:ident / $owned:ident, $xml:literal, $st:ident { $($payload:tt)* }) => {
        shape! {
            $(#[$doc])*
            $name / $owned, $xml, $st, ns = Family {
                response_class: "ResponseClass" => Attr,
                message_text: "MessageText" => Text,
                response_code: "ResponseCode" => Text,
                descriptive_link_key: "DescriptiveLinkKey" => Text,
                message_xml: "MessageXml" => Xml,
                $($payload)*
            }
        }
    };
}

response_shape! {
    /// The fields every response element shares (`m:ResponseMessageType`). Every
    /// operation's response view has these accessors too; [`Body::response_message`]
    /// gives this view of any of them.
    ResponseMessage / OwnedResponseMessage, "ResponseMessage", RESPONSE_MESSAGE {}
}

/// The operations: `variant, view / owned, body element, JSON key, static name { payload }`.
macro_rules! responses {
    ($( $op:ident, $view:ident / $owned:ident, $xml:literal, $key:literal, $st:ident { $($payload:tt)* } )*) => {
        $(
            response_shape! {
                #[doc = concat!("The body element `m:", $xml, "`: the answer to `", stringify!($op), "`.")]
                $view / $owned, $xml, $st { $($payload)* }
            }
        )*

        /// The owned form of a [`Body`]: what [`crate::write::write_response`] writes.
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum OwnedBody {
            /// A SOAP 1.1 `Fault`.
            Fault(OwnedFault),
            $(
                #[doc = concat!("`m:", $xml, "`.")]
                $op($owned),
            )*
        }

        impl OwnedBody {
            /// The owned copy of a [`Body`] view.
            pub fn from_view(b: Body<'_>) -> OwnedBody {
                match b {
                    Body::Fault(x) => OwnedBody::Fault(OwnedFault::from_view(x)),
                    $(Body::$op(x) => OwnedBody::$op($owned::from_view(x)),)*
                }
            }

            /// Calls `f` with the body element's local name and fields.
            pub(crate) fn with_fields<T>(&self, f: impl $crate::view::WithFields<T>) -> T {
                match self {
                    OwnedBody::Fault(x) => f.call("Fault", true, x),
                    $(OwnedBody::$op(x) => f.call($xml, false, x),)*
                }
            }

            /// A generated body (one variant, its fields from `g`).
            pub(crate) fn generate(g: &mut dyn $crate::view::ModelGen) -> OwnedBody {
                use $crate::view::Model;
                const N: usize = 1 + [$(stringify!($op)),*].len();
                let pick = g.choose(N) % N;
                let mut k = 0;
                if pick == k {
                    return OwnedBody::Fault(OwnedFault::generate(g));
                }
                $(
                    k += 1;
                    if pick == k {
                        return OwnedBody::$op($owned::generate(g));
                    }
                )*
                let _ = k;
                OwnedBody::Fault(OwnedFault::generate(g))
            }
        }

        /// The body element of a response: a SOAP fault or one of the 15 supported responses.
        #[derive(Clone, Copy, Debug)]
        #[non_exhaustive]
        pub enum Body<'a> {
            /// A SOAP 1.1 `Fault`.
            Fault(Fault<'a>),
            $(
                #[doc = concat!("`m:", $xml, "`.")]
                $op($view<'a>),
            )*
        }

        /// The body elements the parser recognises: (local name, shape, JSON key).
        pub(crate) static BODY_ELEMENTS: &[(&str, &Shape, &str)] = &[$(($xml, $view::SHAPE, $key)),*];

        impl<'a> Body<'a> {
            pub(crate) fn from_record(r: Record<'a>) -> Body<'a> {
                let s = r.shape();
                if std::ptr::eq(s, Fault::SHAPE) {
                    return Body::Fault(Fault(r));
                }
                $(
                    if std::ptr::eq(s, $view::SHAPE) {
                        return Body::$op($view(r));
                    }
                )*
                unreachable_body(r)
            }

            /// The record behind this body element.
            pub fn record(&self) -> Record<'a> {
                match self {
                    Body::Fault(x) => x.0,
                    $(Body::$op(x) => x.0,)*
                }
            }

            /// The operation that answered (`"GetImItems"`, …), or `None` for a fault.
            pub fn operation(&self) -> Option<&'static str> {
                match self {
                    Body::Fault(_) => None,
                    $(Body::$op(_) => Some(stringify!($op)),)*
                }
            }

            /// The JSON key of the body element (`"get_im_items_response"`, `"fault"`, …).
            pub fn json_key(&self) -> &'static str {
                match self {
                    Body::Fault(_) => "fault",
                    $(Body::$op(_) => $key,)*
                }
            }
        }
    };
}

responses! {
    GetImItems, GetImItemsResponse / OwnedGetImItemsResponse, "GetImItemsResponse", "get_im_items_response", GET_IM_ITEMS_RESPONSE {
        im_item_list: "ImItemList" => Obj(ImItemList),
    }
    GetImItemList, GetImItemListResponse / OwnedGetImItemListResponse, "GetImItemListResponse", "get_im_item_list_response",
        GET_IM_ITEM_LIST_RESPONSE {
        im_item_list: "ImItemList" => Obj(ImItemList),
    }
    FindPeople, FindPeopleResponse / OwnedFindPeopleResponse, "FindPeopleResponse", "find_people_response", FIND_PEOPLE_RESPONSE {
        people: "People" => List(Persona; "Persona"),
        total_number_of_people_in_view: "TotalNumberOfPeopleInView" => Text,
        first_matching_row_index: "FirstMatchingRowIndex" => Text,
        first_loaded_row_index: "FirstLoadedRowIndex" => Text,
        transaction_id: "TransactionId" => Text,
    }
    GetPersona, GetPersonaResponseMessage / OwnedGetPersonaResponseMessage, "GetPersonaResponseMessage", "get_persona_response_message",
        GET_PERSONA_RESPONSE_MESSAGE {
        persona: "Persona" => Obj(Persona),
    }
    AddImGroup, AddImGroupResponse / OwnedAddImGroupResponse, "AddImGroupResponse", "add_im_group_response", ADD_IM_GROUP_RESPONSE {
        im_group: "ImGroup" => Obj(ImGroup),
    }
    AddNewImContactToGroup, AddNewImContactToGroupResponse / OwnedAddNewImContactToGroupResponse, "AddNewImContactToGroupResponse",
        "add_new_im_contact_to_group_response", ADD_NEW_IM_CONTACT_TO_GROUP_RESPONSE {
        persona: "Persona" => Obj(Persona),
    }
    AddNewTelUriContactToGroup, AddNewTelUriContactToGroupResponse / OwnedAddNewTelUriContactToGroupResponse, "AddNewTelUriContactToGroupResponse",
        "add_new_tel_uri_contact_to_group_response", ADD_NEW_TEL_URI_CONTACT_TO_GROUP_RESPONSE {
        persona: "Persona" => Obj(Persona),
    }
    AddDistributionGroupToImList, AddDistributionGroupToImListResponse / OwnedAddDistributionGroupToImListResponse, "AddDistributionGroupToImListResponse",
        "add_distribution_group_to_im_list_response", ADD_DISTRIBUTION_GROUP_TO_IM_LIST_RESPONSE {
        im_group: "ImGroup" => Obj(ImGroup),
    }
    AddImContactToGroup, AddImContactToGroupResponse / OwnedAddImContactToGroupResponse, "AddImContactToGroupResponse",
        "add_im_contact_to_group_response", ADD_IM_CONTACT_TO_GROUP_RESPONSE {}
    RemoveImContactFromGroup, RemoveImContactFromGroupResponse / OwnedRemoveImContactFromGroupResponse, "RemoveImContactFromGroupResponse",
        "remove_im_contact_from_group_response", REMOVE_IM_CONTACT_FROM_GROUP_RESPONSE {}
    RemoveImGroup, RemoveImGroupResponse / OwnedRemoveImGroupResponse, "RemoveImGroupResponse", "remove_im_group_response",
        REMOVE_IM_GROUP_RESPONSE {}
    SetImGroup, SetImGroupResponse / OwnedSetImGroupResponse, "SetImGroupResponse", "set_im_group_response", SET_IM_GROUP_RESPONSE {}
    RemoveContactFromImList, RemoveContactFromImListResponse / OwnedRemoveContactFromImListResponse, "RemoveContactFromImListResponse",
        "remove_contact_from_im_list_response", REMOVE_CONTACT_FROM_IM_LIST_RESPONSE {}
    RemoveDistributionGroupFromImList, RemoveDistributionGroupFromImListResponse / OwnedRemoveDistributionGroupFromImListResponse,
        "RemoveDistributionGroupFromImListResponse", "remove_distribution_group_from_im_list_response",
        REMOVE_DISTRIBUTION_GROUP_FROM_IM_LIST_RESPONSE {}
    SetImListMigrationCompleted, SetImListMigrationCompletedResponse / OwnedSetImListMigrationCompletedResponse, "SetImListMigrationCompletedResponse",
        "set_im_list_migration_completed_response", SET_IM_LIST_MIGRATION_COMPLETED_RESPONSE {}
}

shape! {
    /// A SOAP 1.1 `Fault`. Its children are recognised only in no namespace, as SOAP 1.1
    /// defines them. `faultcode` is the raw text (`"a:ErrorServerBusy"`).
    Fault / OwnedFault, "Fault", FAULT, ns = None {
        faultcode: "faultcode" => Text,
        faultstring: "faultstring" => Text,
        faultactor: "faultactor" => Text,
        detail: "detail" => Obj(FaultDetail),
    }
}

shape! {
    /// A fault's `detail`: the EWS `ResponseCode`, `Message` and `MessageXml`
    /// (recognised in the EWS errors, types and messages namespaces).
    FaultDetail / OwnedFaultDetail, "detail", FAULT_DETAIL, ns = FamilyOrErrors {
        response_code: "ResponseCode" => Text,
        message: "Message" => Text,
        message_xml: "MessageXml" => Xml,
    }
}

impl<'a> Body<'a> {
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
