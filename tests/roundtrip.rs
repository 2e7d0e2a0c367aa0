//! Round-trip properties of the writers (256 cases each):
//!
//! * responses: an arbitrary owned model (every body the parser reads, 0..n groups and
//!   personas with any of their 112 fields, texts with `<&>"'`, `]]>`, CR/LF, non-ASCII
//!   and astral characters, empty and absent fields) → `write_response` in a random style,
//!   indentation and escaping → `parse` → the views equal the model;
//! * re-serialising the parser's own views (a proxy) gives the same views again;
//! * requests: every operation with arbitrary values and headers → the request writer →
//!   `parse_request` → the views equal what was asked.

#[path = "support/model_gen.rs"]
mod model_gen;

use ews_im::write::{
    self, request_to_vec, response_to_vec, write_response, DistinguishedPropertySet, ExtendedFieldPath, Impersonation,
    Indent, ItemIdRef, MapiPropertyType, OwnedResponse, RequestHeader, ResponseError, ResponseOptions, Style,
    TextEscape,
};
use ews_im::{
    parse, parse_request, Bump, ExchangeVersion, OwnedBody, OwnedConnectingSid, OwnedExtendedFieldUri, OwnedItemId,
    OwnedPersona, OwnedRequestHeaders, OwnedRequestServerVersion, RequestBody,
};
use model_gen::ByteGen;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(256)
}

fn options() -> impl Strategy<Value = ResponseOptions> {
    (
        prop_oneof![Just(Style::Server), Just(Style::Prefixed)],
        prop_oneof![Just(Indent::None), (0u8..5).prop_map(Indent::Spaces)],
        prop_oneof![Just(TextEscape::References), Just(TextEscape::Numeric), Just(TextEscape::Cdata)],
        any::<bool>(),
    )
        .prop_map(|(style, indent, escape, xml_declaration)| ResponseOptions {
            style,
            indent,
            escape,
            xml_declaration,
        })
}

fn model_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..4000)
}

/// Writes, parses and compares; returns the written bytes.
fn round_trip(model: &OwnedResponse, opts: &ResponseOptions) -> Result<Vec<u8>, TestCaseError> {
    let xml = response_to_vec(model, opts).map_err(|e| TestCaseError::fail(format!("refused: {e}")))?;
    let arena = Bump::new();
    let parsed =
        parse(&xml, &arena).map_err(|e| TestCaseError::fail(format!("{e}\n{}", String::from_utf8_lossy(&xml))))?;
    prop_assert_eq!(&OwnedResponse::from_view(&parsed), model, "{}", String::from_utf8_lossy(&xml));
    prop_assert_eq!(parsed.skipped_elements(), 0);
    prop_assert_eq!(parsed.duplicates_ignored(), 0);
    prop_assert!(parsed.diagnostics().is_empty());
    Ok(xml)
}

proptest! {
    #![proptest_config(config())]

    /// Owned model → writer (random options) → parser → the same model.
    #[test]
    fn responses_round_trip(bytes in model_bytes(), opts in options()) {
        let model = OwnedResponse::generate(&mut ByteGen::new(&bytes));
        round_trip(&model, &opts)?;
    }

    /// IM lists with several groups and personas (the generic model rarely has many).
    #[test]
    fn im_lists_with_many_groups_and_personas_round_trip(
        groups in prop::collection::vec(model_bytes(), 0..5),
        personas in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..3000), 0..6),
        opts in options(),
    ) {
        use ews_im::{OwnedGetImItemsResponse, OwnedImGroup, OwnedImItemList};
        let gen_group = |b: &Vec<u8>| -> OwnedImGroup { generate_one(b) };
        let gen_persona = |b: &Vec<u8>| -> OwnedPersona { generate_one(b) };
        let list = OwnedImItemList {
            groups: Some(groups.iter().map(gen_group).collect()),
            personas: Some(personas.iter().map(gen_persona).collect()),
        };
        let body = OwnedGetImItemsResponse {
            response_class: Some("Success".into()),
            response_code: Some("NoError".into()),
            im_item_list: Some(list),
            ..OwnedGetImItemsResponse::default()
        };
        let model = OwnedResponse { server_version_info: None, body: OwnedBody::GetImItems(body) };
        round_trip(&model, &opts)?;
    }

    /// A parsed response written again from its views (a proxy), in other options, reads
    /// back the same.
    #[test]
    fn parsed_views_are_written_again(bytes in model_bytes(), first in options(), second in options()) {
        let model = OwnedResponse::generate(&mut ByteGen::new(&bytes));
        let xml = round_trip(&model, &first)?;
        let arena = Bump::new();
        let parsed = parse(&xml, &arena).unwrap();
        let mut again = Vec::new();
        write_response(&mut again, &parsed, &second).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let arena2 = Bump::new();
        let reparsed = parse(&again, &arena2).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(OwnedResponse::from_view(&reparsed), model);
        // Same options, same bytes: the owned and the view writer agree.
        let mut from_views = Vec::new();
        write_response(&mut from_views, &parsed, &first).unwrap();
        prop_assert_eq!(from_views, xml);
    }

    /// A forbidden character anywhere in a text is refused, never written.
    #[test]
    fn forbidden_characters_are_refused(
        bytes in model_bytes(),
        opts in options(),
        bad in prop::sample::select(&["\u{0}", "\u{1}", "\u{B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"][..]),
    ) {
        let mut model = OwnedResponse::generate(&mut ByteGen::new(&bytes));
        let text = format!("ok{bad}");
        match &mut model.body {
            OwnedBody::Fault(f) => f.faultstring = Some(text),
            OwnedBody::GetImItems(r) => r.message_text = Some(text),
            _ => {
                model.server_version_info =
                    Some(ews_im::OwnedServerVersionInfo { version: Some(text), ..Default::default() })
            }
        }
        match response_to_vec(&model, &opts) {
            Err(ResponseError::ForbiddenChar { code, offset: 2, .. }) => prop_assert_eq!(code, u32::from(bad.chars().next().unwrap())),
            other => prop_assert!(false, "{:?}", other.map(|v| String::from_utf8_lossy(&v).into_owned())),
        }
    }
}

fn generate_one<T: ews_im::Model>(bytes: &[u8]) -> T {
    T::generate(&mut ByteGen::new(bytes))
}

// ---------------------------------------------------------------------------------------
// Requests.

const PIECES: &[&str] = &["a", "Tony", " ", "<", ">", "&", "\"", "'", "]]>", "\r", "\n", "\t", "é", "😀", "\u{10FFFF}"];

/// A non-empty text of XML 1.0 characters.
fn value() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..6).prop_map(|p| p.concat())
}

fn id() -> impl Strategy<Value = (String, Option<String>)> {
    (value(), prop::option::of(value()))
}

fn item_id(id: &(String, Option<String>)) -> ItemIdRef<'_> {
    ItemIdRef { id: &id.0, change_key: id.1.as_deref() }
}

fn owned_id(id: &(String, Option<String>)) -> OwnedItemId {
    OwnedItemId { id: Some(id.0.clone()), change_key: id.1.clone() }
}

/// An extended-property path of one of the five valid forms.
fn path() -> impl Strategy<Value = (u8, String, u16, i32, MapiPropertyType, DistinguishedPropertySet)> {
    (
        0u8..5,
        value(),
        prop_oneof![0u16..0x8000, Just(0xFFFF)],
        any::<i32>(),
        prop::sample::select(MapiPropertyType::ALL),
        prop::sample::select(DistinguishedPropertySet::ALL),
    )
}

const GUID: &str = "00062004-0000-0000-C000-000000000046";

fn path_ref(p: &(u8, String, u16, i32, MapiPropertyType, DistinguishedPropertySet)) -> ExtendedFieldPath<'_> {
    let (form, name, tag, id, ty, set) = p;
    match form {
        0 => ExtendedFieldPath::tag(*tag, *ty),
        1 => ExtendedFieldPath::distinguished_name(*set, name, *ty),
        2 => ExtendedFieldPath::distinguished_id(*set, *id, *ty),
        3 => ExtendedFieldPath::set_name(GUID, name, *ty),
        _ => ExtendedFieldPath::set_id(GUID, *id, *ty),
    }
}

fn owned_path(p: &ExtendedFieldPath<'_>) -> OwnedExtendedFieldUri {
    OwnedExtendedFieldUri {
        distinguished_property_set_id: p.distinguished_property_set_id.map(|s| s.as_str().to_owned()),
        property_set_id: p.property_set_id.map(str::to_owned),
        property_tag: p.property_tag.map(|t| format!("0x{t:04X}")),
        property_name: p.property_name.map(str::to_owned),
        property_id: p.property_id.map(|i| i.to_string()),
        property_type: p.property_type.map(|t| t.as_str().to_owned()),
    }
}

type Header = (usize, Option<String>, Option<(u8, String)>);

fn header() -> impl Strategy<Value = Header> {
    (
        0..ExchangeVersion::KNOWN.len(),
        prop::option::of(prop::sample::select(&["en-US", "de", "zh-Hant-TW", "x-klingon"][..]).prop_map(str::to_owned)),
        prop::option::of((0u8..4, value())),
    )
}

fn header_ref(h: &Header) -> RequestHeader<'_> {
    RequestHeader {
        version: ExchangeVersion::KNOWN[h.0].1,
        culture: h.1.as_deref(),
        impersonation: h.2.as_ref().map(|(k, v)| match k {
            0 => Impersonation::PrincipalName(v),
            1 => Impersonation::Sid(v),
            2 => Impersonation::PrimarySmtpAddress(v),
            _ => Impersonation::SmtpAddress(v),
        }),
    }
}

fn owned_header(h: &Header) -> OwnedRequestHeaders {
    OwnedRequestHeaders {
        request_server_version: Some(OwnedRequestServerVersion {
            version: Some(ExchangeVersion::KNOWN[h.0].0.to_owned()),
        }),
        mailbox_culture: h.1.clone(),
        exchange_impersonation: h.2.as_ref().map(|(k, v)| {
            let mut sid = OwnedConnectingSid::default();
            *[&mut sid.principal_name, &mut sid.sid, &mut sid.primary_smtp_address, &mut sid.smtp_address]
                .into_iter()
                .nth(usize::from(*k))
                .unwrap() = Some(v.clone());
            ews_im::OwnedExchangeImpersonation { connecting_sid: Some(sid) }
        }),
    }
}

/// Writes `request`, parses it, and checks the headers; gives the body to `check`.
fn request_round_trip<R: write::Request>(
    h: &Header,
    request: &R,
    check: impl FnOnce(RequestBody<'_>) -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
    let xml = request_to_vec(&header_ref(h), request).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let arena = Bump::new();
    let parsed = parse_request(&xml, &arena)
        .map_err(|e| TestCaseError::fail(format!("{e}\n{}", String::from_utf8_lossy(&xml))))?;
    prop_assert_eq!(parsed.headers().map(ews_im::OwnedRequestHeaders::from_view), Some(owned_header(h)));
    prop_assert_eq!(parsed.skipped_elements(), 0);
    prop_assert_eq!(parsed.body().operation(), R::OPERATION.name());
    check(parsed.body())
}

fn opt_list<T>(v: Vec<T>) -> Option<Vec<T>> {
    if v.is_empty() {
        None
    } else {
        Some(v)
    }
}

proptest! {
    #![proptest_config(config())]

    /// GetImItems: ids with and without change keys, paths of every form, any header.
    #[test]
    fn get_im_items_requests_round_trip(
        h in header(),
        contacts in prop::collection::vec(id(), 0..4),
        groups in prop::collection::vec(id(), 0..4),
        paths in prop::collection::vec(path(), 0..4),
    ) {
        let c: Vec<_> = contacts.iter().map(item_id).collect();
        let g: Vec<_> = groups.iter().map(item_id).collect();
        let p: Vec<_> = paths.iter().map(path_ref).collect();
        let request = write::GetImItems { contact_ids: &c, group_ids: &g, extended_properties: &p };
        let want = ews_im::OwnedGetImItemsRequest {
            contact_ids: opt_list(contacts.iter().map(owned_id).collect()),
            group_ids: opt_list(groups.iter().map(owned_id).collect()),
            extended_properties: opt_list(p.iter().map(owned_path).collect()),
        };
        request_round_trip(&h, &request, |body| {
            let RequestBody::GetImItems(v) = body else { return Err(TestCaseError::fail("not GetImItems")) };
            prop_assert_eq!(ews_im::OwnedGetImItemsRequest::from_view(v), want);
            Ok(())
        })?;
        // GetImItemList takes the same paths.
        let request = write::GetImItemList { extended_properties: &p };
        let want = opt_list(p.iter().map(owned_path).collect());
        request_round_trip(&h, &request, |body| {
            let RequestBody::GetImItemList(v) = body else { return Err(TestCaseError::fail("not GetImItemList")) };
            prop_assert_eq!(ews_im::OwnedGetImItemListRequest::from_view(v).extended_properties, want);
            Ok(())
        })?;
    }

    /// The other 13 operations with arbitrary values.
    #[test]
    fn the_other_requests_round_trip(
        h in header(),
        a in value(),
        b in value(),
        c in value(),
        opt in prop::option::of(value()),
        x in id(),
        y in id(),
        maybe_y in prop::option::of(id()),
        flag in any::<bool>(),
        page in (prop::option::of(1u32..=i32::MAX as u32), 0u32..=i32::MAX as u32, any::<bool>()),
        folder in prop::option::of(prop_oneof![
            prop::sample::select(write::DISTINGUISHED_FOLDER_IDS).prop_map(|f| (f.to_owned(), None)),
            id().prop_map(|(i, ck)| (i, Some(ck))),
        ]),
    ) {
        use ews_im::*;
        request_round_trip(&h, &write::AddImGroup { display_name: &a }, |body| {
            let RequestBody::AddImGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            prop_assert_eq!(v.display_name(), Some(a.as_str()));
            Ok(())
        })?;
        let r = write::AddImContactToGroup { contact_id: item_id(&x), group_id: maybe_y.as_ref().map(item_id) };
        request_round_trip(&h, &r, |body| {
            let RequestBody::AddImContactToGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = OwnedAddImContactToGroupRequest { contact_id: Some(owned_id(&x)), group_id: maybe_y.as_ref().map(owned_id) };
            prop_assert_eq!(OwnedAddImContactToGroupRequest::from_view(v), want);
            Ok(())
        })?;
        let r = write::AddNewImContactToGroup { im_address: &a, display_name: opt.as_deref(), group_id: maybe_y.as_ref().map(item_id) };
        request_round_trip(&h, &r, |body| {
            let RequestBody::AddNewImContactToGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = OwnedAddNewImContactToGroupRequest {
                im_address: Some(a.clone()), display_name: opt.clone(), group_id: maybe_y.as_ref().map(owned_id),
            };
            prop_assert_eq!(OwnedAddNewImContactToGroupRequest::from_view(v), want);
            Ok(())
        })?;
        let r = write::AddNewTelUriContactToGroup {
            tel_uri_address: &a, im_contact_sip_uri_address: &b, im_telephone_number: &c, group_id: maybe_y.as_ref().map(item_id),
        };
        request_round_trip(&h, &r, |body| {
            let RequestBody::AddNewTelUriContactToGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = OwnedAddNewTelUriContactToGroupRequest {
                tel_uri_address: Some(a.clone()), im_contact_sip_uri_address: Some(b.clone()), im_telephone_number: Some(c.clone()),
                group_id: maybe_y.as_ref().map(owned_id),
            };
            prop_assert_eq!(OwnedAddNewTelUriContactToGroupRequest::from_view(v), want);
            Ok(())
        })?;
        request_round_trip(&h, &write::AddDistributionGroupToImList { smtp_address: &a, display_name: &b }, |body| {
            let RequestBody::AddDistributionGroupToImList(v) = body else { return Err(TestCaseError::fail("op")) };
            prop_assert_eq!((v.smtp_address(), v.display_name()), (Some(a.as_str()), Some(b.as_str())));
            Ok(())
        })?;
        let r = write::RemoveImContactFromGroup { contact_id: item_id(&x), group_id: item_id(&y) };
        request_round_trip(&h, &r, |body| {
            let RequestBody::RemoveImContactFromGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = OwnedRemoveImContactFromGroupRequest { contact_id: Some(owned_id(&x)), group_id: Some(owned_id(&y)) };
            prop_assert_eq!(OwnedRemoveImContactFromGroupRequest::from_view(v), want);
            Ok(())
        })?;
        request_round_trip(&h, &write::RemoveImGroup { group_id: item_id(&y) }, |body| {
            let RequestBody::RemoveImGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            prop_assert_eq!(v.group_id().map(OwnedItemId::from_view), Some(owned_id(&y)));
            Ok(())
        })?;
        request_round_trip(&h, &write::SetImGroup { group_id: item_id(&y), new_display_name: &c }, |body| {
            let RequestBody::SetImGroup(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = OwnedSetImGroupRequest { group_id: Some(owned_id(&y)), new_display_name: Some(c.clone()) };
            prop_assert_eq!(OwnedSetImGroupRequest::from_view(v), want);
            Ok(())
        })?;
        request_round_trip(&h, &write::RemoveContactFromImList { contact_id: item_id(&x) }, |body| {
            let RequestBody::RemoveContactFromImList(v) = body else { return Err(TestCaseError::fail("op")) };
            prop_assert_eq!(v.contact_id().map(OwnedItemId::from_view), Some(owned_id(&x)));
            Ok(())
        })?;
        request_round_trip(&h, &write::RemoveDistributionGroupFromImList { group_id: item_id(&x) }, |body| {
            let RequestBody::RemoveDistributionGroupFromImList(v) = body else { return Err(TestCaseError::fail("op")) };
            prop_assert_eq!(v.group_id().map(OwnedItemId::from_view), Some(owned_id(&x)));
            Ok(())
        })?;
        request_round_trip(&h, &write::SetImListMigrationCompleted { im_list_migration_completed: flag }, |body| {
            let RequestBody::SetImListMigrationCompleted(v) = body else { return Err(TestCaseError::fail("op")) };
            prop_assert_eq!(v.im_list_migration_completed(), Some(if flag { "true" } else { "false" }));
            Ok(())
        })?;
        let r = if flag { write::GetPersona::PersonaId(item_id(&x)) } else { write::GetPersona::EmailAddress(&a) };
        request_round_trip(&h, &r, |body| {
            let RequestBody::GetPersona(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = if flag {
                OwnedGetPersonaRequest { persona_id: Some(owned_id(&x)), ..OwnedGetPersonaRequest::default() }
            } else {
                let email = OwnedEmailAddress { email_address: Some(a.clone()), ..OwnedEmailAddress::default() };
                OwnedGetPersonaRequest { email_address: Some(email), ..OwnedGetPersonaRequest::default() }
            };
            prop_assert_eq!(OwnedGetPersonaRequest::from_view(v), want);
            Ok(())
        })?;
        let (max, offset, end) = page;
        let base = if end { write::BasePoint::End } else { write::BasePoint::Beginning };
        let parent = folder.as_ref().map(|(f, ck)| match ck {
            None => write::TargetFolder::DistinguishedFolderId(f),
            Some(ck) => write::TargetFolder::FolderId(ItemIdRef { id: f, change_key: ck.as_deref() }),
        });
        let r = write::FindPeople {
            indexed_page_item_view: write::IndexedPageView { max_entries_returned: max, offset, base_point: base },
            parent_folder_id: parent,
            query_string: opt.as_deref(),
        };
        request_round_trip(&h, &r, |body| {
            let RequestBody::FindPeople(v) = body else { return Err(TestCaseError::fail("op")) };
            let want = OwnedFindPeopleRequest {
                indexed_page_item_view: Some(OwnedIndexedPageView {
                    max_entries_returned: max.map(|m| m.to_string()),
                    offset: Some(offset.to_string()),
                    base_point: Some(base.as_str().to_owned()),
                }),
                parent_folder_id: folder.as_ref().map(|(f, ck)| match ck {
                    None => OwnedTargetFolderId {
                        distinguished_folder_id: Some(OwnedItemId { id: Some(f.clone()), change_key: None }),
                        ..OwnedTargetFolderId::default()
                    },
                    Some(ck) => OwnedTargetFolderId {
                        folder_id: Some(OwnedItemId { id: Some(f.clone()), change_key: ck.clone() }),
                        ..OwnedTargetFolderId::default()
                    },
                }),
                query_string: opt.clone(),
            };
            prop_assert_eq!(OwnedFindPeopleRequest::from_view(v), want);
            Ok(())
        })?;
    }
}
