//! The request writer (`ews_im::write`) and `ews-im request`: every writing rule with its
//! right value, equivalence with the documented sample requests, round-trip properties
//! through a namespace-aware reader, and the CLI's output and exit codes.
//!
//! Schema validation proper (xmllint) is `scripts/validate-requests.sh`; here the
//! structural rules are checked without xmllint.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Output};

use ews_im::write::{
    request_to_vec, soap_action, validate, write_request, x_anchor_mailbox, AddDistributionGroupToImList,
    AddImContactToGroup, AddImGroup, AddNewImContactToGroup, AddNewTelUriContactToGroup, BasePoint,
    DistinguishedPropertySet, ExtendedFieldPath, ExtendedFieldRule, Field, FindPeople, GetImItemList, GetImItems,
    GetPersona, Impersonation, IndexedPageView, ItemIdRef, MapiPropertyType, Operation, RemoveContactFromImList,
    RemoveDistributionGroupFromImList, RemoveImContactFromGroup, RemoveImGroup, Request, RequestError, RequestHeader,
    SetImGroup, SetImListMigrationCompleted, TargetFolder, WriteError, CONTENT_TYPE, DISTINGUISHED_FOLDER_IDS,
    SOAP_ACTION_PREFIX, X_ANCHOR_MAILBOX,
};
use ews_im::{ExchangeVersion, EWS_MESSAGES, EWS_TYPES, SOAP_ENVELOPE};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// Allocation counting (this thread only, so that parallel tests do not disturb it).

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count() {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
}

// A test-only allocator: it forwards to the system allocator and counts calls per thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> u64 {
    ALLOCATIONS.with(Cell::get)
}

// ---------------------------------------------------------------------------------------
// Helpers.

const SEED_CONTACT: &str = "AAMkADEzOTExYACABmEhpSAAA=";
const SEED_CONTACT_CK: &str = "EQAAABBmNDjF";
const SEED_GROUP: &str = "AAMkADEzOTExYjJkBY7+0EAAA=";
const SEED_GROUP_CK: &str = "EgAAAA==";

fn text<R: Request>(header: &RequestHeader<'_>, request: &R) -> String {
    String::from_utf8(request_to_vec(header, request).unwrap()).unwrap()
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)).unwrap()
}

fn elements<'a, 'i>(node: roxmltree::Node<'a, 'i>) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> {
    node.children().filter(|n| n.is_element())
}

/// The element right under `soap:Body`.
fn body_element<'a, 'i>(doc: &'a roxmltree::Document<'i>) -> roxmltree::Node<'a, 'i> {
    let root = doc.root_element();
    let body = elements(root).find(|n| n.tag_name().name() == "Body").unwrap();
    elements(body).next().unwrap()
}

fn header_element<'a, 'i>(doc: &'a roxmltree::Document<'i>) -> roxmltree::Node<'a, 'i> {
    elements(doc.root_element()).find(|n| n.tag_name().name() == "Header").unwrap()
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, ns: &str, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    elements(node).find(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name)
}

fn names(node: roxmltree::Node<'_, '_>) -> Vec<String> {
    elements(node).map(|n| n.tag_name().name().to_owned()).collect()
}

/// Namespace URI with the documentation's `https://` spelling read as `http://`.
fn alias(ns: Option<&str>) -> String {
    ns.map(|u| u.replace("https://schemas.microsoft.com/", "http://schemas.microsoft.com/")).unwrap_or_default()
}

/// A comparable image of an element: namespace URI (aliased), local name, attributes
/// (sorted), text (white space between elements ignored) and child elements.
#[derive(Debug, PartialEq)]
struct Canon {
    ns: String,
    name: String,
    attrs: Vec<(String, String, String)>,
    text: String,
    children: Vec<Canon>,
}

fn canon(node: roxmltree::Node<'_, '_>) -> Canon {
    let mut attrs: Vec<_> =
        node.attributes().map(|a| (alias(a.namespace()), a.name().to_owned(), a.value().to_owned())).collect();
    attrs.sort();
    let text: String = node.children().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
    Canon {
        ns: alias(node.tag_name().namespace()),
        name: node.tag_name().name().to_owned(),
        attrs,
        text: if text.trim().is_empty() { String::new() } else { text },
        children: elements(node).map(canon).collect(),
    }
}

fn assert_equivalent(written: &str, expected: &str, what: &str) {
    let a = roxmltree::Document::parse(written).unwrap();
    let b = roxmltree::Document::parse(expected).unwrap();
    assert_eq!(canon(a.root_element()), canon(b.root_element()), "{what}:\n{written}");
}

/// Every request type once, with every optional part, for the rules that hold for all.
fn one_of_each() -> Vec<(Operation, String)> {
    let h = RequestHeader {
        culture: Some("en-US"),
        impersonation: Some(Impersonation::PrimarySmtpAddress("a@example.com")),
        ..RequestHeader::default()
    };
    let id = ItemIdRef::with_change_key("AAMk=", "EQ==");
    let ids = [id, ItemIdRef::new("AAMl=")];
    let props = [
        ExtendedFieldPath::tag(0x3001, MapiPropertyType::String),
        ExtendedFieldPath::distinguished_name(DistinguishedPropertySet::PublicStrings, "X-A", MapiPropertyType::String),
    ];
    let mut v = Vec::new();
    let mut add = |op: Operation, s: String| v.push((op, s));
    add(
        Operation::GetImItems,
        text(&h, &GetImItems { contact_ids: &ids, group_ids: &ids, extended_properties: &props }),
    );
    add(Operation::GetImItemList, text(&h, &GetImItemList { extended_properties: &props }));
    add(Operation::AddImGroup, text(&h, &AddImGroup { display_name: "G" }));
    add(Operation::AddImContactToGroup, text(&h, &AddImContactToGroup { contact_id: id, group_id: Some(id) }));
    add(
        Operation::AddNewImContactToGroup,
        text(&h, &AddNewImContactToGroup { im_address: "sip:a@b", display_name: Some("A"), group_id: Some(id) }),
    );
    add(
        Operation::AddNewTelUriContactToGroup,
        text(
            &h,
            &AddNewTelUriContactToGroup {
                tel_uri_address: "tel:1",
                im_contact_sip_uri_address: "sip:a@b",
                im_telephone_number: "1",
                group_id: Some(id),
            },
        ),
    );
    add(
        Operation::AddDistributionGroupToImList,
        text(&h, &AddDistributionGroupToImList { smtp_address: "dl@b", display_name: "DL" }),
    );
    add(Operation::RemoveImContactFromGroup, text(&h, &RemoveImContactFromGroup { contact_id: id, group_id: id }));
    add(Operation::RemoveImGroup, text(&h, &RemoveImGroup { group_id: id }));
    add(Operation::SetImGroup, text(&h, &SetImGroup { group_id: id, new_display_name: "N" }));
    add(Operation::RemoveContactFromImList, text(&h, &RemoveContactFromImList { contact_id: id }));
    add(Operation::RemoveDistributionGroupFromImList, text(&h, &RemoveDistributionGroupFromImList { group_id: id }));
    add(
        Operation::SetImListMigrationCompleted,
        text(&h, &SetImListMigrationCompleted { im_list_migration_completed: true }),
    );
    add(Operation::GetPersona, text(&h, &GetPersona::PersonaId(id)));
    add(
        Operation::FindPeople,
        text(
            &h,
            &FindPeople {
                indexed_page_item_view: IndexedPageView {
                    max_entries_returned: Some(10),
                    ..IndexedPageView::default()
                },
                parent_folder_id: Some(TargetFolder::DistinguishedFolderId("directory")),
                query_string: Some("q"),
            },
        ),
    );
    v
}

// ---------------------------------------------------------------------------------------
// Namespaces and prefixes.

#[test]
fn only_http_namespaces_declared_once_on_the_envelope() {
    let all = one_of_each();
    assert_eq!(all.len(), Operation::ALL.len());
    for (op, xml) in &all {
        assert!(!xml.contains("https://"), "{op}");
        assert_eq!(xml.matches("xmlns").count(), 3, "{op}: only the three declarations");
        let first_tag_end = xml.find("<soap:Envelope").and_then(|s| xml[s..].find('>').map(|e| s + e)).unwrap();
        assert_eq!(xml[..first_tag_end].matches("xmlns").count(), 3, "{op}: all on the envelope");
        assert!(xml[..first_tag_end].contains(&format!(r#"xmlns:soap="{SOAP_ENVELOPE}""#)));
        assert!(xml[..first_tag_end].contains(&format!(r#"xmlns:t="{EWS_TYPES}""#)));
        assert!(xml[..first_tag_end].contains(&format!(r#"xmlns:m="{EWS_MESSAGES}""#)));
        let doc = roxmltree::Document::parse(xml).unwrap();
        for node in doc.descendants().filter(|n| n.is_element()) {
            let ns = node.tag_name().namespace().unwrap();
            assert!([SOAP_ENVELOPE, EWS_TYPES, EWS_MESSAGES].contains(&ns), "{op}: {ns}");
            // Every attribute is unqualified.
            assert!(node.attributes().all(|a| a.namespace().is_none()), "{op}");
        }
        // The prefixes: soap: for the envelope, m: for the body element and its children.
        let body = body_element(&doc);
        assert_eq!(body.tag_name().namespace(), Some(EWS_MESSAGES), "{op}");
        assert_eq!(body.tag_name().name(), op.name());
        assert!(xml.contains(&format!("<m:{}", op.name())), "{op}");
        for element in xml.split('<').skip(2).filter(|s| !s.starts_with('/')) {
            let prefix = element.split(':').next().unwrap();
            assert!(["soap", "t", "m"].contains(&prefix), "{op}: <{element}");
        }
    }
}

#[test]
fn header_children_and_their_namespaces() {
    let h = RequestHeader {
        culture: Some("de-CH"),
        impersonation: Some(Impersonation::Sid("S-1-5-21-1")),
        ..RequestHeader::default()
    };
    let xml = text(&h, &GetImItems::default());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let header = header_element(&doc);
    assert_eq!(names(header), ["RequestServerVersion", "MailboxCulture", "ExchangeImpersonation"]);
    assert!(elements(header).all(|n| n.tag_name().namespace() == Some(EWS_TYPES)));
    assert_eq!(child(header, EWS_TYPES, "RequestServerVersion").unwrap().attribute("Version"), Some("Exchange2013"));
    assert_eq!(child(header, EWS_TYPES, "MailboxCulture").unwrap().text(), Some("de-CH"));
    let sid = child(header, EWS_TYPES, "ExchangeImpersonation")
        .and_then(|n| child(n, EWS_TYPES, "ConnectingSID"))
        .and_then(|n| child(n, EWS_TYPES, "SID"))
        .unwrap();
    assert_eq!(sid.text(), Some("S-1-5-21-1"));
    // Without the optional headers, only RequestServerVersion.
    let xml = text(&RequestHeader::default(), &GetImItems::default());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(names(header_element(&doc)), ["RequestServerVersion"]);
}

// ---------------------------------------------------------------------------------------
// Child order and occurrence.

#[test]
fn fixed_child_order_for_every_operation() {
    let expected: &[(Operation, &[&str])] = &[
        (Operation::GetImItems, &["ContactIds", "GroupIds", "ExtendedProperties"]),
        (Operation::GetImItemList, &["ExtendedProperties"]),
        (Operation::AddImGroup, &["DisplayName"]),
        (Operation::AddImContactToGroup, &["ContactId", "GroupId"]),
        (Operation::AddNewImContactToGroup, &["ImAddress", "DisplayName", "GroupId"]),
        (
            Operation::AddNewTelUriContactToGroup,
            &["TelUriAddress", "ImContactSipUriAddress", "ImTelephoneNumber", "GroupId"],
        ),
        (Operation::AddDistributionGroupToImList, &["SmtpAddress", "DisplayName"]),
        (Operation::RemoveImContactFromGroup, &["ContactId", "GroupId"]),
        (Operation::RemoveImGroup, &["GroupId"]),
        (Operation::SetImGroup, &["GroupId", "NewDisplayName"]),
        (Operation::RemoveContactFromImList, &["ContactId"]),
        (Operation::RemoveDistributionGroupFromImList, &["GroupId"]),
        (Operation::SetImListMigrationCompleted, &["ImListMigrationCompleted"]),
        (Operation::GetPersona, &["PersonaId"]),
        (Operation::FindPeople, &["IndexedPageItemView", "ParentFolderId", "QueryString"]),
    ];
    for (op, xml) in one_of_each() {
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let body = body_element(&doc);
        let want = expected.iter().find(|(o, _)| *o == op).unwrap().1;
        assert_eq!(names(body), want, "{op}");
        // The request's own children are in messages; what is inside them in types.
        for c in elements(body) {
            assert_eq!(c.tag_name().namespace(), Some(EWS_MESSAGES), "{op}/{}", c.tag_name().name());
            for d in c.descendants().filter(|n| n.is_element() && *n != c) {
                assert_eq!(d.tag_name().namespace(), Some(EWS_TYPES), "{op}/{}", d.tag_name().name());
            }
        }
    }
}

#[test]
fn get_im_items_lists_have_their_items_in_order() {
    let ids = [ItemIdRef::new("1"), ItemIdRef::with_change_key("2", "k2"), ItemIdRef::new("3")];
    let props = [
        ExtendedFieldPath::tag(0x3001, MapiPropertyType::String),
        ExtendedFieldPath::set_id("00062004-0000-0000-C000-000000000046", 0x8080, MapiPropertyType::Integer),
    ];
    let xml = text(
        &RequestHeader::default(),
        &GetImItems { contact_ids: &ids, group_ids: &ids[1..], extended_properties: &props },
    );
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let body = body_element(&doc);
    let contacts = child(body, EWS_MESSAGES, "ContactIds").unwrap();
    assert_eq!(names(contacts), ["ItemId", "ItemId", "ItemId"]);
    let got: Vec<_> = elements(contacts).map(|n| (n.attribute("Id"), n.attribute("ChangeKey"))).collect();
    assert_eq!(got, [(Some("1"), None), (Some("2"), Some("k2")), (Some("3"), None)]);
    let groups = child(body, EWS_MESSAGES, "GroupIds").unwrap();
    assert_eq!(elements(groups).map(|n| n.attribute("Id").unwrap()).collect::<Vec<_>>(), ["2", "3"]);
    let ext = child(body, EWS_MESSAGES, "ExtendedProperties").unwrap();
    assert_eq!(names(ext), ["ExtendedProperty", "ExtendedProperty"]);
    assert!(xml.contains(r#"<t:ExtendedProperty PropertyTag="0x3001" PropertyType="String"/>"#));
    assert!(xml.contains(
        r#"<t:ExtendedProperty PropertySetId="00062004-0000-0000-C000-000000000046" PropertyId="32896" PropertyType="Integer"/>"#
    ));
    // Attributes come in schema order.
    let named = text(
        &RequestHeader::default(),
        &GetImItemList {
            extended_properties: &[ExtendedFieldPath::distinguished_id(
                DistinguishedPropertySet::Address,
                -5,
                MapiPropertyType::Boolean,
            )],
        },
    );
    assert!(named.contains(r#"DistinguishedPropertySetId="Address" PropertyId="-5" PropertyType="Boolean""#));
}

#[test]
fn empty_lists_are_left_out_never_written_empty() {
    let h = RequestHeader::default();
    let ids = [ItemIdRef::new("g")];
    let props = [ExtendedFieldPath::tag(1, MapiPropertyType::Binary)];
    let cases: [(GetImItems<'_>, &[&str]); 5] = [
        (GetImItems::default(), &[]),
        (GetImItems { contact_ids: &ids, ..GetImItems::default() }, &["ContactIds"]),
        (GetImItems { group_ids: &ids, ..GetImItems::default() }, &["GroupIds"]),
        (GetImItems { extended_properties: &props, ..GetImItems::default() }, &["ExtendedProperties"]),
        (
            GetImItems { contact_ids: &ids, extended_properties: &props, ..GetImItems::default() },
            &["ContactIds", "ExtendedProperties"],
        ),
    ];
    for (request, want) in cases {
        let xml = text(&h, &request);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let body = body_element(&doc);
        assert_eq!(names(body), want);
        for list in elements(body) {
            assert!(elements(list).count() >= 1, "never an empty list:\n{xml}");
        }
    }
    assert!(text(&h, &GetImItems::default()).contains("<m:GetImItems/>"));
    assert!(text(&h, &GetImItemList::default()).contains("<m:GetImItemList/>"));
    for op in ["<m:ContactIds/>", "<m:GroupIds/>", "<m:ExtendedProperties/>", "<m:ContactIds>\n    </m:ContactIds>"] {
        assert!(!text(&h, &GetImItems::default()).contains(op));
    }
}

#[test]
fn optional_children_are_left_out() {
    let h = RequestHeader::default();
    let id = ItemIdRef::new("c");
    let xml = text(&h, &AddImContactToGroup { contact_id: id, group_id: None });
    assert!(!xml.contains("GroupId"));
    let xml = text(&h, &AddNewImContactToGroup { im_address: "a", display_name: None, group_id: None });
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(names(body_element(&doc)), ["ImAddress"]);
    let xml = text(&h, &FindPeople::default());
    assert!(xml.contains(r#"<m:IndexedPageItemView Offset="0" BasePoint="Beginning"/>"#), "{xml}");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(names(body_element(&doc)), ["IndexedPageItemView"]);
    let xml = text(&h, &GetPersona::EmailAddress("a@b.c"));
    assert!(xml.contains("<m:EmailAddress>\n        <t:EmailAddress>a@b.c</t:EmailAddress>\n      </m:EmailAddress>"));
    let xml = text(
        &h,
        &FindPeople {
            indexed_page_item_view: IndexedPageView {
                max_entries_returned: None,
                offset: 7,
                base_point: BasePoint::End,
            },
            parent_folder_id: Some(TargetFolder::FolderId(ItemIdRef::with_change_key("F", "K"))),
            query_string: None,
        },
    );
    assert!(xml.contains(r#"<m:IndexedPageItemView Offset="7" BasePoint="End"/>"#));
    assert!(xml.contains(r#"<t:FolderId Id="F" ChangeKey="K"/>"#));
    let xml = text(&h, &SetImListMigrationCompleted { im_list_migration_completed: false });
    assert!(xml.contains("<m:ImListMigrationCompleted>false</m:ImListMigrationCompleted>"));
}

// ---------------------------------------------------------------------------------------
// Extended-property paths.

#[test]
fn extended_field_path_rules() {
    use ExtendedFieldRule as R;
    let guid = "6ED8DA90-450B-101B-98DA-00AA003F1305";
    let ty = Some(MapiPropertyType::String);
    let set = Some(DistinguishedPropertySet::Common);
    let base = ExtendedFieldPath::default();
    let cases: &[(ExtendedFieldPath<'_>, Result<(), ExtendedFieldRule>)] = &[
        // The valid forms.
        (ExtendedFieldPath { property_tag: Some(0x3001), property_type: ty, ..base }, Ok(())),
        (ExtendedFieldPath { property_tag: Some(0), property_type: ty, ..base }, Ok(())),
        (ExtendedFieldPath { property_tag: Some(0x7FFF), property_type: ty, ..base }, Ok(())),
        (ExtendedFieldPath { property_tag: Some(0xFFFF), property_type: ty, ..base }, Ok(())),
        (
            ExtendedFieldPath {
                distinguished_property_set_id: set,
                property_name: Some("n"),
                property_type: ty,
                ..base
            },
            Ok(()),
        ),
        (
            ExtendedFieldPath { distinguished_property_set_id: set, property_id: Some(-1), property_type: ty, ..base },
            Ok(()),
        ),
        (
            ExtendedFieldPath { property_set_id: Some(guid), property_name: Some("n"), property_type: ty, ..base },
            Ok(()),
        ),
        (
            ExtendedFieldPath { property_set_id: Some(guid), property_id: Some(0x8000), property_type: ty, ..base },
            Ok(()),
        ),
        // PropertyType is always required.
        (ExtendedFieldPath { property_tag: Some(0x3001), ..base }, Err(R::MissingPropertyType)),
        (base, Err(R::MissingPropertyType)),
        // Exactly one addressing attribute.
        (ExtendedFieldPath { property_type: ty, ..base }, Err(R::MissingAddress)),
        (ExtendedFieldPath { property_name: Some("n"), property_type: ty, ..base }, Err(R::MissingAddress)),
        (
            ExtendedFieldPath {
                distinguished_property_set_id: set,
                property_set_id: Some(guid),
                property_name: Some("n"),
                property_type: ty,
                ..base
            },
            Err(R::ConflictingAddress { first: "DistinguishedPropertySetId", second: "PropertySetId" }),
        ),
        (
            ExtendedFieldPath { distinguished_property_set_id: set, property_tag: Some(1), property_type: ty, ..base },
            Err(R::ConflictingAddress { first: "DistinguishedPropertySetId", second: "PropertyTag" }),
        ),
        (
            ExtendedFieldPath { property_set_id: Some(guid), property_tag: Some(1), property_type: ty, ..base },
            Err(R::ConflictingAddress { first: "PropertySetId", second: "PropertyTag" }),
        ),
        // A set takes exactly one of PropertyName / PropertyId.
        (
            ExtendedFieldPath { distinguished_property_set_id: set, property_type: ty, ..base },
            Err(R::SetWithoutNameOrId { set: "DistinguishedPropertySetId" }),
        ),
        (
            ExtendedFieldPath { property_set_id: Some(guid), property_type: ty, ..base },
            Err(R::SetWithoutNameOrId { set: "PropertySetId" }),
        ),
        (
            ExtendedFieldPath {
                distinguished_property_set_id: set,
                property_name: Some("n"),
                property_id: Some(1),
                property_type: ty,
                ..base
            },
            Err(R::NameAndId),
        ),
        // A tag takes neither.
        (
            ExtendedFieldPath { property_tag: Some(1), property_name: Some("n"), property_type: ty, ..base },
            Err(R::TagWithNameOrId { attribute: "PropertyName" }),
        ),
        (
            ExtendedFieldPath { property_tag: Some(1), property_id: Some(1), property_type: ty, ..base },
            Err(R::TagWithNameOrId { attribute: "PropertyId" }),
        ),
        // Named-property range, and the GUID format.
        (
            ExtendedFieldPath { property_tag: Some(0x8000), property_type: ty, ..base },
            Err(R::NamedPropertyTag { tag: 0x8000 }),
        ),
        (
            ExtendedFieldPath { property_tag: Some(0xFFFE), property_type: ty, ..base },
            Err(R::NamedPropertyTag { tag: 0xFFFE }),
        ),
        (
            ExtendedFieldPath {
                property_set_id: Some("not-a-guid"),
                property_name: Some("n"),
                property_type: ty,
                ..base
            },
            Err(R::PropertySetIdNotGuid),
        ),
        (
            ExtendedFieldPath { property_set_id: Some(""), property_id: Some(1), property_type: ty, ..base },
            Err(R::PropertySetIdNotGuid),
        ),
    ];
    for (path, want) in cases {
        assert_eq!(path.check(), *want, "{path:?}");
        // The writer refuses the same way, naming the ExtendedProperty by position.
        let paths = [ExtendedFieldPath::tag(0x3001, MapiPropertyType::String), *path];
        let got = request_to_vec(
            &RequestHeader::default(),
            &GetImItems { extended_properties: &paths, ..GetImItems::default() },
        );
        match want {
            Ok(()) => assert!(got.is_ok(), "{path:?}"),
            Err(rule) => assert_eq!(
                got.unwrap_err(),
                RequestError::ExtendedField {
                    field: Field::element("GetImItems/ExtendedProperties/ExtendedProperty").at(1),
                    rule: *rule,
                }
            ),
        }
        let got = request_to_vec(&RequestHeader::default(), &GetImItemList { extended_properties: &paths[1..] });
        assert_eq!(got.is_ok(), want.is_ok());
    }
    // The messages say what is wrong, and where.
    let err = request_to_vec(
        &RequestHeader::default(),
        &GetImItems {
            extended_properties: &[ExtendedFieldPath {
                property_tag: Some(0x3001),
                property_name: Some("x"),
                property_type: ty,
                ..base
            }],
            ..GetImItems::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "GetImItems/ExtendedProperties/ExtendedProperty[1]: PropertyTag cannot be combined with PropertyName"
    );
    assert_eq!(R::MissingPropertyType.to_string(), "PropertyType is required");
    assert_eq!(
        R::MissingAddress.to_string(),
        "one of DistinguishedPropertySetId, PropertySetId or PropertyTag is required"
    );
    assert_eq!(
        R::SetWithoutNameOrId { set: "PropertySetId" }.to_string(),
        "PropertySetId needs PropertyName or PropertyId"
    );
}

#[test]
fn property_name_is_checked_and_escaped() {
    let h = RequestHeader::default();
    let p =
        [ExtendedFieldPath::distinguished_name(DistinguishedPropertySet::PublicStrings, "", MapiPropertyType::String)];
    assert_eq!(
        request_to_vec(&h, &GetImItemList { extended_properties: &p }).unwrap_err(),
        RequestError::Empty {
            field: Field::attribute("GetImItemList/ExtendedProperties/ExtendedProperty", "PropertyName").at(0)
        }
    );
    let p = [ExtendedFieldPath::set_name("00020329-0000-0000-C000-000000000046", "a\u{1}", MapiPropertyType::String)];
    let err = request_to_vec(&h, &GetImItemList { extended_properties: &p }).unwrap_err();
    assert_eq!(err.to_string(), "GetImItemList/ExtendedProperties/ExtendedProperty[1]/@PropertyName: character U+0001 (byte 1) cannot be written in XML 1.0");
    let p =
        [ExtendedFieldPath::set_name("00020329-0000-0000-c000-000000000046", "<X \"&\">\t", MapiPropertyType::String)];
    let xml = text(&h, &GetImItemList { extended_properties: &p });
    assert!(xml.contains(r#"PropertyName="&lt;X &quot;&amp;&quot;&gt;&#9;""#), "{xml}");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let prop = doc.descendants().find(|n| n.tag_name().name() == "ExtendedProperty").unwrap();
    assert_eq!(prop.attribute("PropertyName"), Some("<X \"&\">\t"));
}

// ---------------------------------------------------------------------------------------
// Escaping.

#[test]
fn text_and_attribute_values_are_escaped() {
    let h = RequestHeader::default();
    let name = "a<b>c&d\"e'f]]>g\r\nh\ti é 😀";
    let xml = text(&h, &AddImGroup { display_name: name });
    assert!(xml.contains("<m:DisplayName>a&lt;b&gt;c&amp;d\"e'f]]&gt;g&#13;\nh\ti é 😀</m:DisplayName>"), "{xml}");
    let xml = text(&h, &RemoveImGroup { group_id: ItemIdRef::with_change_key(name, "\"k\"") });
    assert!(
        xml.contains(
            r#"<m:GroupId Id="a&lt;b&gt;c&amp;d&quot;e'f]]&gt;g&#13;&#10;h&#9;i é 😀" ChangeKey="&quot;k&quot;"/>"#
        ),
        "{xml}"
    );
    // A reader gets back exactly the values given.
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let g = child(body_element(&doc), EWS_MESSAGES, "GroupId").unwrap();
    assert_eq!(g.attribute("Id"), Some(name));
    assert_eq!(g.attribute("ChangeKey"), Some("\"k\""));
    // Text that looks like markup or references stays text.
    let xml = text(&h, &AddImGroup { display_name: "&amp; &#0; <![CDATA[x]]> <!-- c -->" });
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let d = child(body_element(&doc), EWS_MESSAGES, "DisplayName").unwrap();
    assert_eq!(d.text(), Some("&amp; &#0; <![CDATA[x]]> <!-- c -->"));
}

#[test]
fn header_values_are_escaped() {
    let h = RequestHeader {
        impersonation: Some(Impersonation::PrincipalName("a&b<c>@example.com")),
        ..RequestHeader::default()
    };
    let xml = text(&h, &GetImItems::default());
    assert!(xml.contains("<t:PrincipalName>a&amp;b&lt;c&gt;@example.com</t:PrincipalName>"), "{xml}");
}

// ---------------------------------------------------------------------------------------
// Characters XML 1.0 cannot carry, and empty values.

const FORBIDDEN: &[char] = &['\u{0}', '\u{1}', '\u{8}', '\u{B}', '\u{C}', '\u{E}', '\u{1F}', '\u{FFFE}', '\u{FFFF}'];

/// Builds each request type with `v` in one field, and names the field.
fn with_value_in_each_field(v: &str) -> Vec<(Field, Result<Vec<u8>, RequestError>)> {
    let h = RequestHeader::default();
    let ok = ItemIdRef::new("ok");
    let bad_id = ItemIdRef::new(v);
    let bad_ck = ItemIdRef::with_change_key("ok", v);
    let ids = [ok, bad_id];
    let cks = [ok, ok, bad_ck];
    let one = |f: &'static str| Field::element(f);
    vec![
        (
            one("Header/MailboxCulture"),
            request_to_vec(&RequestHeader { culture: Some(v), ..h }, &GetImItems::default()),
        ),
        (
            one("Header/ExchangeImpersonation/ConnectingSID/PrincipalName"),
            request_to_vec(
                &RequestHeader { impersonation: Some(Impersonation::PrincipalName(v)), ..h },
                &GetImItems::default(),
            ),
        ),
        (
            one("Header/ExchangeImpersonation/ConnectingSID/SID"),
            request_to_vec(&RequestHeader { impersonation: Some(Impersonation::Sid(v)), ..h }, &GetImItems::default()),
        ),
        (
            one("Header/ExchangeImpersonation/ConnectingSID/PrimarySmtpAddress"),
            request_to_vec(
                &RequestHeader { impersonation: Some(Impersonation::PrimarySmtpAddress(v)), ..h },
                &GetImItems::default(),
            ),
        ),
        (
            one("Header/ExchangeImpersonation/ConnectingSID/SmtpAddress"),
            request_to_vec(
                &RequestHeader { impersonation: Some(Impersonation::SmtpAddress(v)), ..h },
                &GetImItems::default(),
            ),
        ),
        (
            Field::attribute("GetImItems/ContactIds/ItemId", "Id").at(1),
            request_to_vec(&h, &GetImItems { contact_ids: &ids, ..GetImItems::default() }),
        ),
        (
            Field::attribute("GetImItems/GroupIds/ItemId", "ChangeKey").at(2),
            request_to_vec(&h, &GetImItems { group_ids: &cks, ..GetImItems::default() }),
        ),
        (one("AddImGroup/DisplayName"), request_to_vec(&h, &AddImGroup { display_name: v })),
        (
            Field::attribute("AddImContactToGroup/ContactId", "Id"),
            request_to_vec(&h, &AddImContactToGroup { contact_id: bad_id, group_id: None }),
        ),
        (
            Field::attribute("AddImContactToGroup/GroupId", "ChangeKey"),
            request_to_vec(&h, &AddImContactToGroup { contact_id: ok, group_id: Some(bad_ck) }),
        ),
        (
            one("AddNewImContactToGroup/ImAddress"),
            request_to_vec(&h, &AddNewImContactToGroup { im_address: v, display_name: None, group_id: None }),
        ),
        (
            one("AddNewImContactToGroup/DisplayName"),
            request_to_vec(&h, &AddNewImContactToGroup { im_address: "a", display_name: Some(v), group_id: None }),
        ),
        (
            Field::attribute("AddNewImContactToGroup/GroupId", "Id"),
            request_to_vec(&h, &AddNewImContactToGroup { im_address: "a", display_name: None, group_id: Some(bad_id) }),
        ),
        (
            one("AddNewTelUriContactToGroup/TelUriAddress"),
            request_to_vec(
                &h,
                &AddNewTelUriContactToGroup {
                    tel_uri_address: v,
                    im_contact_sip_uri_address: "s",
                    im_telephone_number: "1",
                    group_id: None,
                },
            ),
        ),
        (
            one("AddNewTelUriContactToGroup/ImContactSipUriAddress"),
            request_to_vec(
                &h,
                &AddNewTelUriContactToGroup {
                    tel_uri_address: "t",
                    im_contact_sip_uri_address: v,
                    im_telephone_number: "1",
                    group_id: None,
                },
            ),
        ),
        (
            one("AddNewTelUriContactToGroup/ImTelephoneNumber"),
            request_to_vec(
                &h,
                &AddNewTelUriContactToGroup {
                    tel_uri_address: "t",
                    im_contact_sip_uri_address: "s",
                    im_telephone_number: v,
                    group_id: None,
                },
            ),
        ),
        (
            Field::attribute("AddNewTelUriContactToGroup/GroupId", "Id"),
            request_to_vec(
                &h,
                &AddNewTelUriContactToGroup {
                    tel_uri_address: "t",
                    im_contact_sip_uri_address: "s",
                    im_telephone_number: "1",
                    group_id: Some(bad_id),
                },
            ),
        ),
        (
            one("AddDistributionGroupToImList/SmtpAddress"),
            request_to_vec(&h, &AddDistributionGroupToImList { smtp_address: v, display_name: "d" }),
        ),
        (
            one("AddDistributionGroupToImList/DisplayName"),
            request_to_vec(&h, &AddDistributionGroupToImList { smtp_address: "s", display_name: v }),
        ),
        (
            Field::attribute("RemoveImContactFromGroup/ContactId", "Id"),
            request_to_vec(&h, &RemoveImContactFromGroup { contact_id: bad_id, group_id: ok }),
        ),
        (
            Field::attribute("RemoveImContactFromGroup/GroupId", "Id"),
            request_to_vec(&h, &RemoveImContactFromGroup { contact_id: ok, group_id: bad_id }),
        ),
        (Field::attribute("RemoveImGroup/GroupId", "Id"), request_to_vec(&h, &RemoveImGroup { group_id: bad_id })),
        (
            Field::attribute("SetImGroup/GroupId", "ChangeKey"),
            request_to_vec(&h, &SetImGroup { group_id: bad_ck, new_display_name: "n" }),
        ),
        (one("SetImGroup/NewDisplayName"), request_to_vec(&h, &SetImGroup { group_id: ok, new_display_name: v })),
        (
            Field::attribute("RemoveContactFromImList/ContactId", "Id"),
            request_to_vec(&h, &RemoveContactFromImList { contact_id: bad_id }),
        ),
        (
            Field::attribute("RemoveDistributionGroupFromImList/GroupId", "Id"),
            request_to_vec(&h, &RemoveDistributionGroupFromImList { group_id: bad_id }),
        ),
        (Field::attribute("GetPersona/PersonaId", "Id"), request_to_vec(&h, &GetPersona::PersonaId(bad_id))),
        (one("GetPersona/EmailAddress/EmailAddress"), request_to_vec(&h, &GetPersona::EmailAddress(v))),
        (
            Field::attribute("FindPeople/ParentFolderId/FolderId", "Id"),
            request_to_vec(
                &h,
                &FindPeople { parent_folder_id: Some(TargetFolder::FolderId(bad_id)), ..FindPeople::default() },
            ),
        ),
        (
            Field::attribute("FindPeople/ParentFolderId/DistinguishedFolderId", "Id"),
            request_to_vec(
                &h,
                &FindPeople { parent_folder_id: Some(TargetFolder::DistinguishedFolderId(v)), ..FindPeople::default() },
            ),
        ),
        (
            one("FindPeople/QueryString"),
            request_to_vec(&h, &FindPeople { query_string: Some(v), ..FindPeople::default() }),
        ),
        (
            Field::attribute("GetImItems/ExtendedProperties/ExtendedProperty", "PropertyName").at(0),
            request_to_vec(
                &h,
                &GetImItems {
                    extended_properties: &[ExtendedFieldPath::distinguished_name(
                        DistinguishedPropertySet::PublicStrings,
                        v,
                        MapiPropertyType::String,
                    )],
                    ..GetImItems::default()
                },
            ),
        ),
    ]
}

#[test]
fn forbidden_characters_are_refused_in_every_field_naming_it() {
    for &c in FORBIDDEN {
        let value = format!("ab{c}d");
        let cases = with_value_in_each_field(&value);
        assert!(cases.len() >= 32);
        for (field, got) in cases {
            assert_eq!(
                got.unwrap_err(),
                RequestError::ForbiddenChar { field, code: u32::from(c), offset: 2 },
                "{field} U+{:04X}",
                u32::from(c)
            );
        }
    }
    let err = request_to_vec(&RequestHeader::default(), &AddImGroup { display_name: "x\u{0}" }).unwrap_err();
    assert_eq!(err.field(), Field::element("AddImGroup/DisplayName"));
    assert_eq!(err.to_string(), "AddImGroup/DisplayName: character U+0000 (byte 1) cannot be written in XML 1.0");
}

#[test]
fn allowed_unusual_characters_are_written() {
    // TAB, LF, CR, DEL, C1 controls, U+FFFD, non-characters below U+FFFE, astral characters.
    for v in ["\t", "\n", "\r", "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFD}", "\u{FDD0}", "\u{10FFFF}", "😀"] {
        let xml = text(&RequestHeader::default(), &AddImGroup { display_name: v });
        let doc = roxmltree::Document::parse(&xml).unwrap();
        assert_eq!(child(body_element(&doc), EWS_MESSAGES, "DisplayName").unwrap().text(), Some(v), "{v:?}");
    }
}

#[test]
fn empty_values_are_refused_naming_the_field() {
    let cases = with_value_in_each_field("");
    for (field, got) in cases {
        assert_eq!(got.unwrap_err(), RequestError::Empty { field }, "{field}");
    }
    let err =
        request_to_vec(&RequestHeader::default(), &SetImGroup { group_id: ItemIdRef::new("g"), new_display_name: "" })
            .unwrap_err();
    assert_eq!(err.to_string(), "SetImGroup/NewDisplayName: must not be empty");
    let err = request_to_vec(
        &RequestHeader::default(),
        &GetImItems { contact_ids: &[ItemIdRef::new("a"), ItemIdRef::new("")], ..GetImItems::default() },
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "GetImItems/ContactIds/ItemId[2]/@Id: must not be empty");
    // White space is not empty (NonEmptyStringType is minLength 1).
    assert!(request_to_vec(&RequestHeader::default(), &AddImGroup { display_name: " " }).is_ok());
}

#[test]
fn a_refused_request_writes_nothing() {
    // Into a Vec that already holds something: left exactly as it was.
    let mut out = b"previous".to_vec();
    let ids = [ItemIdRef::new("fine"), ItemIdRef::new("bad\u{7}")];
    let err =
        write_request(&mut out, &RequestHeader::default(), &GetImItems { group_ids: &ids, ..GetImItems::default() })
            .unwrap_err();
    assert!(matches!(err, WriteError::Invalid(RequestError::ForbiddenChar { code: 7, .. })));
    assert_eq!(out, b"previous");
    // The problem is in the last value written: still nothing written, not even to a writer
    // that is not a Vec.
    struct Counter(usize);
    impl Write for Counter {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0 += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    let props = [ExtendedFieldPath::tag(0x8001, MapiPropertyType::String)];
    let r = GetImItems { contact_ids: &ids[..1], group_ids: &ids[..1], extended_properties: &props };
    assert!(write_request(&mut counter, &RequestHeader::default(), &r).is_err());
    assert_eq!(counter.0, 0);
    // And a valid request of the same shape is written.
    let props = [ExtendedFieldPath::tag(0x3001, MapiPropertyType::String)];
    let r = GetImItems { extended_properties: &props, ..r };
    write_request(&mut counter, &RequestHeader::default(), &r).unwrap();
    assert!(counter.0 > 0);
    assert_eq!(validate(&RequestHeader::default(), &r), Ok(()));
}

#[test]
fn writer_failures_are_io_errors() {
    struct Failing(usize);
    impl Write for Failing {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            if self.0 < b.len() {
                return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
            }
            self.0 -= b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    for budget in [0, 10, 200, 400] {
        let err = write_request(&mut Failing(budget), &RequestHeader::default(), &AddImGroup { display_name: "g" })
            .unwrap_err();
        match &err {
            WriteError::Io(e) => assert_eq!(e.kind(), io::ErrorKind::BrokenPipe),
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().starts_with("cannot write the request: "));
        assert!(std::error::Error::source(&err).is_some());
    }
    // Through a trait object too.
    let mut sink: Box<dyn Write> = Box::new(io::sink());
    write_request(&mut *sink, &RequestHeader::default(), &AddImGroup { display_name: "g" }).unwrap();
}

#[test]
fn writing_allocates_nothing() {
    let contacts = [ItemIdRef::with_change_key("AAMk&<>\"=", "EQ\r\n"); 20];
    let props = [
        ExtendedFieldPath::tag(0x3001, MapiPropertyType::String),
        ExtendedFieldPath::distinguished_id(DistinguishedPropertySet::Address, 0x8005, MapiPropertyType::Integer),
    ];
    let h = RequestHeader {
        culture: Some("en-US"),
        impersonation: Some(Impersonation::SmtpAddress("a&b@example.com")),
        ..RequestHeader::default()
    };
    let r = GetImItems { contact_ids: &contacts, group_ids: &contacts, extended_properties: &props };
    let mut out = Vec::with_capacity(64 * 1024);
    let before = allocations();
    write_request(&mut out, &h, &r).unwrap();
    let after = allocations();
    assert_eq!(after - before, 0, "no allocation while writing {} bytes", out.len());
    assert!(out.len() > 2000);
    // Nor while refusing for a character (the error carries no owned data).
    let bad = [ItemIdRef::new("\u{0}")];
    let before = allocations();
    let refused = write_request(&mut out, &h, &GetImItems { contact_ids: &bad, ..r }).is_err();
    assert!(refused);
    assert_eq!(allocations() - before, 0);
}

// ---------------------------------------------------------------------------------------
// Header values.

#[test]
fn versions_only_from_the_known_list() {
    assert_eq!(RequestHeader::default().version, ExchangeVersion::Exchange2013);
    assert!(text(&RequestHeader::default(), &GetImItems::default())
        .contains(r#"<t:RequestServerVersion Version="Exchange2013"/>"#));
    for (name, version) in ExchangeVersion::KNOWN {
        let xml = text(&RequestHeader { version, ..RequestHeader::default() }, &GetImItems::default());
        assert!(xml.contains(&format!(r#"<t:RequestServerVersion Version="{name}"/>"#)), "{name}");
    }
    for other in ["V2031_01_01", "Exchange2013", "", "Exchange2013\""] {
        let h = RequestHeader { version: ExchangeVersion::Other(other), ..RequestHeader::default() };
        let err = request_to_vec(&h, &GetImItems::default()).unwrap_err();
        assert_eq!(err, RequestError::UnknownVersion { version: other.to_owned() });
        assert_eq!(err.field(), Field::attribute("Header/RequestServerVersion", "Version"));
    }
    let h = RequestHeader { version: ExchangeVersion::parse("V2031_01_01"), ..RequestHeader::default() };
    assert_eq!(
        request_to_vec(&h, &AddImGroup { display_name: "g" }).unwrap_err().to_string(),
        "Header/RequestServerVersion/@Version: `V2031_01_01` is not a known ExchangeVersionType value"
    );
}

#[test]
fn culture_is_a_language_tag() {
    for ok in ["en-US", "en", "de-CH", "zh-Hant-TW", "x-klingon", "sr-Latn-RS"] {
        let xml = text(&RequestHeader { culture: Some(ok), ..RequestHeader::default() }, &GetImItems::default());
        assert!(xml.contains(&format!("<t:MailboxCulture>{ok}</t:MailboxCulture>")));
    }
    for bad in ["en_US", "en US", " en-US", "en-", "<en>", "toolonglanguage", "1en"] {
        let err =
            request_to_vec(&RequestHeader { culture: Some(bad), ..RequestHeader::default() }, &GetImItems::default())
                .unwrap_err();
        assert_eq!(err, RequestError::InvalidCulture { culture: bad.to_owned() });
        assert_eq!(err.field(), Field::element("Header/MailboxCulture"));
    }
}

#[test]
fn every_impersonation_kind() {
    let kinds = [
        (Impersonation::PrincipalName("tony@contoso.com"), "PrincipalName", None),
        (Impersonation::Sid("S-1-5-21-1"), "SID", None),
        (Impersonation::PrimarySmtpAddress("tony@contoso.com"), "PrimarySmtpAddress", Some("tony@contoso.com")),
        (Impersonation::SmtpAddress("alias@contoso.com"), "SmtpAddress", Some("alias@contoso.com")),
    ];
    for (imp, element, anchor) in kinds {
        assert_eq!(imp.element_name(), element);
        assert_eq!(x_anchor_mailbox(&imp), anchor);
        let xml = text(&RequestHeader { impersonation: Some(imp), ..RequestHeader::default() }, &GetImItems::default());
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let sid = child(header_element(&doc), EWS_TYPES, "ExchangeImpersonation")
            .and_then(|n| child(n, EWS_TYPES, "ConnectingSID"))
            .unwrap();
        assert_eq!(names(sid), [element]);
        assert_eq!(elements(sid).next().unwrap().text(), Some(imp.value()));
    }
}

// ---------------------------------------------------------------------------------------
// FindPeople and GetPersona values.

#[test]
fn find_people_ranges_and_folders() {
    let h = RequestHeader::default();
    let view = |max, offset| FindPeople {
        indexed_page_item_view: IndexedPageView { max_entries_returned: max, offset, base_point: BasePoint::Beginning },
        ..FindPeople::default()
    };
    assert!(request_to_vec(&h, &view(Some(1), 0)).is_ok());
    assert!(request_to_vec(&h, &view(Some(i32::MAX as u32), i32::MAX as u32)).is_ok());
    let max = u32::try_from(i32::MAX).unwrap();
    assert_eq!(
        request_to_vec(&h, &view(Some(0), 0)).unwrap_err(),
        RequestError::OutOfRange {
            field: Field::attribute("FindPeople/IndexedPageItemView", "MaxEntriesReturned"),
            value: 0,
            min: 1,
            max
        }
    );
    assert_eq!(
        request_to_vec(&h, &view(None, max + 1)).unwrap_err(),
        RequestError::OutOfRange {
            field: Field::attribute("FindPeople/IndexedPageItemView", "Offset"),
            value: max + 1,
            min: 0,
            max
        }
    );
    for name in DISTINGUISHED_FOLDER_IDS {
        let r =
            FindPeople { parent_folder_id: Some(TargetFolder::DistinguishedFolderId(name)), ..FindPeople::default() };
        assert!(text(&h, &r).contains(&format!(r#"<t:DistinguishedFolderId Id="{name}"/>"#)));
    }
    let r = FindPeople {
        parent_folder_id: Some(TargetFolder::DistinguishedFolderId("Directory")),
        ..FindPeople::default()
    };
    assert_eq!(
        request_to_vec(&h, &r).unwrap_err(),
        RequestError::UnknownDistinguishedFolder { id: "Directory".into() }
    );
}

// ---------------------------------------------------------------------------------------
// HTTP facts.

#[test]
fn http_facts() {
    assert_eq!(SOAP_ACTION_PREFIX, "http://schemas.microsoft.com/exchange/services/2006/messages/");
    assert_eq!(SOAP_ACTION_PREFIX, format!("{EWS_MESSAGES}/"));
    assert_eq!(CONTENT_TYPE, "text/xml; charset=utf-8");
    assert_eq!(X_ANCHOR_MAILBOX, "X-AnchorMailbox");
    assert_eq!(Operation::ALL.len(), 15);
    for op in Operation::ALL {
        assert_eq!(soap_action(*op), format!("{SOAP_ACTION_PREFIX}{}", op.name()));
        assert_eq!(op.soap_action(), soap_action(*op));
        assert_eq!(op.to_string(), op.name());
    }
    assert_eq!(
        soap_action(Operation::GetImItems),
        "http://schemas.microsoft.com/exchange/services/2006/messages/GetImItems"
    );
    // The operation of each request type is its body element.
    assert_eq!(GetImItems::OPERATION, Operation::GetImItems);
    assert_eq!(GetImItemList::OPERATION, Operation::GetImItemList);
    assert_eq!(AddImGroup::OPERATION, Operation::AddImGroup);
    assert_eq!(AddImContactToGroup::OPERATION, Operation::AddImContactToGroup);
    assert_eq!(AddNewImContactToGroup::OPERATION, Operation::AddNewImContactToGroup);
    assert_eq!(AddNewTelUriContactToGroup::OPERATION, Operation::AddNewTelUriContactToGroup);
    assert_eq!(AddDistributionGroupToImList::OPERATION, Operation::AddDistributionGroupToImList);
    assert_eq!(RemoveImContactFromGroup::OPERATION, Operation::RemoveImContactFromGroup);
    assert_eq!(RemoveImGroup::OPERATION, Operation::RemoveImGroup);
    assert_eq!(SetImGroup::OPERATION, Operation::SetImGroup);
    assert_eq!(RemoveContactFromImList::OPERATION, Operation::RemoveContactFromImList);
    assert_eq!(RemoveDistributionGroupFromImList::OPERATION, Operation::RemoveDistributionGroupFromImList);
    assert_eq!(SetImListMigrationCompleted::OPERATION, Operation::SetImListMigrationCompleted);
    assert_eq!(GetPersona::OPERATION, Operation::GetPersona);
    assert_eq!(FindPeople::OPERATION, Operation::FindPeople);
    for (op, xml) in one_of_each() {
        let doc = roxmltree::Document::parse(&xml).unwrap();
        assert_eq!(body_element(&doc).tag_name().name(), op.name());
    }
}

#[test]
fn document_framing() {
    let xml = text(&RequestHeader::default(), &GetImItems::default());
    assert_eq!(
        xml,
        concat!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"",
            " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"",
            " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n",
            "  <soap:Header>\n",
            "    <t:RequestServerVersion Version=\"Exchange2013\"/>\n",
            "  </soap:Header>\n",
            "  <soap:Body>\n",
            "    <m:GetImItems/>\n",
            "  </soap:Body>\n",
            "</soap:Envelope>\n",
        )
    );
}

// ---------------------------------------------------------------------------------------
// The documented requests.

#[test]
fn the_seed_request_is_reproduced() {
    let contacts = [ItemIdRef::with_change_key(SEED_CONTACT, SEED_CONTACT_CK)];
    let groups = [ItemIdRef::with_change_key(SEED_GROUP, SEED_GROUP_CK)];
    let props = [ExtendedFieldPath::tag(0x3001, MapiPropertyType::String)];
    let header = RequestHeader { version: ExchangeVersion::Exchange2013, culture: Some("en-US"), impersonation: None };
    let written =
        text(&header, &GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &props });
    let seed = corpus("getimitems-request-seed.xml");
    assert!(seed.contains("https://"), "the seed uses the docs' https:// URIs");
    assert!(!written.contains("https://"));
    assert_equivalent(&written, &seed, "getimitems-request-seed.xml");
    assert_equivalent(&written, &corpus("getimitems-request-msdocs.xml"), "getimitems-request-msdocs.xml");
    // The comparison sees a difference.
    let one_less = text(&header, &GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &[] });
    let a = roxmltree::Document::parse(&one_less).unwrap();
    let b = roxmltree::Document::parse(&seed).unwrap();
    assert_ne!(canon(a.root_element()), canon(b.root_element()));
}

#[test]
fn the_other_documented_requests_are_reproduced() {
    let en = RequestHeader { culture: Some("en-US"), ..RequestHeader::default() };
    let plain = RequestHeader::default();
    let ck = ItemIdRef::with_change_key;
    let cases: Vec<(&str, String)> = vec![
        ("getimitemlist-request-msdocs.xml", text(&en, &GetImItemList::default())),
        ("addimgroup-request-msdocs.xml", text(&en, &AddImGroup { display_name: "MyCustomGroup" })),
        (
            "addimcontacttogroup-request-msdocs.xml",
            text(
                &en,
                &AddImContactToGroup {
                    contact_id: ck("AAMkAGQ1MjJjMTBkLTc4Y2AA=", "EQAAABYAAABtF8oI7i"),
                    group_id: Some(ck("AAMkAGQ1MjJjMTBkzzAAAQKAAA=", "EgAAAA==")),
                },
            ),
        ),
        (
            "addnewteluricontacttogroup-request-msdocs.xml",
            text(
                &en,
                &AddNewTelUriContactToGroup {
                    tel_uri_address: "tel:3105550177",
                    im_contact_sip_uri_address: "sip:lena@example.com",
                    im_telephone_number: "3105550177",
                    group_id: Some(ItemIdRef::new("AAMkADEzOTm4QrAABY7+0GAAA=")),
                },
            ),
        ),
        (
            "removeimcontactfromgroup-request-msdocs.xml",
            text(
                &en,
                &RemoveImContactFromGroup {
                    contact_id: ck("AAMkAGQ1MjJjMTBkLTcAAAAvcAAA=", "EQAAABYAAABtF8oI7iVOQ"),
                    group_id: ck("AAMkAGQ1MjJjMTBkbWAAAAAAQKAAA=", "EgAAAA=="),
                },
            ),
        ),
        (
            "removeimgroup-request-msdocs.xml",
            text(&en, &RemoveImGroup { group_id: ck("AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5hQoTbWAAAAAAQRAAA=", "EgAAAA==") }),
        ),
        (
            "setimgroup-request-msdocs.xml",
            text(
                &en,
                &SetImGroup {
                    group_id: ck("AAMkAGQ1MjJjMTBkQoTbWAAAAAAQRAAA=", "EgAAAA=="),
                    new_display_name: "MyNewGroupName",
                },
            ),
        ),
        (
            "removedistributiongroupfromimlist-request-msdocs.xml",
            text(&en, &RemoveDistributionGroupFromImList { group_id: ItemIdRef::new("AAMkADEzO4QrAABmEh5oAAA=") }),
        ),
        (
            "getpersona-request-msdocs.xml",
            text(&plain, &GetPersona::PersonaId(ItemIdRef::new("AAQkADEzAQAKtOtR/l4MlLqHWORfhSYKU="))),
        ),
        (
            "findpeople-request-msdocs.xml",
            text(
                &plain,
                &FindPeople {
                    indexed_page_item_view: IndexedPageView {
                        max_entries_returned: Some(100),
                        ..IndexedPageView::default()
                    },
                    parent_folder_id: Some(TargetFolder::DistinguishedFolderId("contacts")),
                    query_string: None,
                },
            ),
        ),
    ];
    for (file, written) in cases {
        assert_equivalent(&written, &corpus(file), file);
    }
}

// ---------------------------------------------------------------------------------------
// Round-trip properties: arbitrary values → written → read back by a namespace-aware
// reader (roxmltree), or refused exactly when a value cannot be written.

const OK_PIECES: &[&str] = &[
    "a",
    "Z",
    "0",
    " ",
    "  ",
    "-",
    "@",
    ".",
    "=",
    "+",
    "/",
    ":",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "]]>",
    "<![CDATA[",
    "&amp;",
    "&#0;",
    "&lt;",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "é",
    "ß",
    "日本",
    "😀",
    "𝄞",
    "\u{85}",
    "\u{7F}",
    "\u{FFFD}",
    "\u{200B}",
    "\u{10FFFF}",
];
const BAD_PIECES: &[&str] = &["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{E}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"];

/// A value: usually non-empty text of any character XML 1.0 can carry, sometimes empty,
/// sometimes with a character it cannot.
fn value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![60 => prop::sample::select(OK_PIECES), 1 => prop::sample::select(BAD_PIECES)];
    prop_oneof![
        1 => Just(String::new()),
        20 => prop::collection::vec(piece, 1..8).prop_map(|p| p.concat()),
    ]
}

fn culture() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        3 => prop::sample::select(&["en-US", "de", "zh-Hant-TW", "x-klingon", "EN-us"][..]).prop_map(|s| Some(s.to_owned())),
        2 => value().prop_map(Some),
    ]
}

fn impersonation() -> impl Strategy<Value = Option<(u8, String)>> {
    prop::option::of((0u8..4, value()))
}

fn id_value() -> impl Strategy<Value = (String, Option<String>)> {
    (value(), prop::option::of(value()))
}

/// The test's own reading of the rules: XML 1.0 `Char`.
fn first_forbidden(s: &str) -> Option<(usize, u32)> {
    s.char_indices()
        .find(|(_, c)| (*c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || *c == '\u{FFFE}' || *c == '\u{FFFF}')
        .map(|(i, c)| (i, u32::from(c)))
}

fn is_language(s: &str) -> bool {
    s.split('-').enumerate().all(|(i, p)| {
        !p.is_empty()
            && p.len() <= 8
            && p.chars().all(|c| if i == 0 { c.is_ascii_alphabetic() } else { c.is_ascii_alphanumeric() })
    })
}

/// The refusal expected for a non-empty value in `field`, if any.
fn expect_value(field: Field, v: &str) -> Option<RequestError> {
    if v.is_empty() {
        return Some(RequestError::Empty { field });
    }
    first_forbidden(v).map(|(offset, code)| RequestError::ForbiddenChar { field, code, offset })
}

fn expect_header(culture: &Option<String>, imp: &Option<(u8, String)>) -> Option<RequestError> {
    if let Some(c) = culture {
        let field = Field::element("Header/MailboxCulture");
        if let Some(e) = expect_value(field, c) {
            return Some(e);
        }
        if !is_language(c) {
            return Some(RequestError::InvalidCulture { culture: c.clone() });
        }
    }
    if let Some((kind, v)) = imp {
        let name = ["PrincipalName", "SID", "PrimarySmtpAddress", "SmtpAddress"][usize::from(*kind)];
        let path: &'static str = match name {
            "PrincipalName" => "Header/ExchangeImpersonation/ConnectingSID/PrincipalName",
            "SID" => "Header/ExchangeImpersonation/ConnectingSID/SID",
            "PrimarySmtpAddress" => "Header/ExchangeImpersonation/ConnectingSID/PrimarySmtpAddress",
            _ => "Header/ExchangeImpersonation/ConnectingSID/SmtpAddress",
        };
        return expect_value(Field::element(path), v);
    }
    None
}

fn header_of<'a>(culture: &'a Option<String>, imp: &'a Option<(u8, String)>) -> RequestHeader<'a> {
    RequestHeader {
        version: ExchangeVersion::Exchange2013,
        culture: culture.as_deref(),
        impersonation: imp.as_ref().map(|(k, v)| match k {
            0 => Impersonation::PrincipalName(v),
            1 => Impersonation::Sid(v),
            2 => Impersonation::PrimarySmtpAddress(v),
            _ => Impersonation::SmtpAddress(v),
        }),
    }
}

/// Checks the header read back.
fn check_header(doc: &roxmltree::Document<'_>, culture: &Option<String>, imp: &Option<(u8, String)>) {
    let header = header_element(doc);
    let c = child(header, EWS_TYPES, "MailboxCulture").map(|n| n.text().unwrap_or("").to_owned());
    assert_eq!(&c, culture);
    let got = child(header, EWS_TYPES, "ExchangeImpersonation")
        .and_then(|n| child(n, EWS_TYPES, "ConnectingSID"))
        .and_then(|n| elements(n).next())
        .map(|n| (n.tag_name().name().to_owned(), n.text().unwrap_or("").to_owned()));
    let want = imp.as_ref().map(|(k, v)| {
        (["PrincipalName", "SID", "PrimarySmtpAddress", "SmtpAddress"][usize::from(*k)].to_owned(), v.clone())
    });
    assert_eq!(got, want);
}

fn read_ids(list: Option<roxmltree::Node<'_, '_>>) -> Vec<(String, Option<String>)> {
    list.map(|l| {
        elements(l)
            .map(|n| {
                assert_eq!(n.tag_name().namespace(), Some(EWS_TYPES));
                assert_eq!(n.tag_name().name(), "ItemId");
                (n.attribute("Id").unwrap().to_owned(), n.attribute("ChangeKey").map(str::to_owned))
            })
            .collect()
    })
    .unwrap_or_default()
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: 512, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    /// GetImItems with arbitrary ids, change keys, property names, culture and
    /// impersonation values.
    #[test]
    fn get_im_items_round_trip(
        culture in culture(),
        imp in impersonation(),
        contacts in prop::collection::vec(id_value(), 0..4),
        groups in prop::collection::vec(id_value(), 0..3),
        names in prop::collection::vec(value(), 0..3),
        with_tag in any::<bool>(),
    ) {
        let header = header_of(&culture, &imp);
        let contact_ids: Vec<_> = contacts.iter().map(|(i, c)| ItemIdRef { id: i, change_key: c.as_deref() }).collect();
        let group_ids: Vec<_> = groups.iter().map(|(i, c)| ItemIdRef { id: i, change_key: c.as_deref() }).collect();
        let mut props: Vec<_> = names
            .iter()
            .map(|n| ExtendedFieldPath::distinguished_name(DistinguishedPropertySet::PublicStrings, n, MapiPropertyType::StringArray))
            .collect();
        if with_tag {
            props.insert(0, ExtendedFieldPath::tag(0x3001, MapiPropertyType::String));
        }
        let request = GetImItems { contact_ids: &contact_ids, group_ids: &group_ids, extended_properties: &props };

        // What the rules say, in document order.
        let mut expected = expect_header(&culture, &imp);
        for (list, path) in [(&contacts, "GetImItems/ContactIds/ItemId"), (&groups, "GetImItems/GroupIds/ItemId")] {
            for (i, (id, ck)) in list.iter().enumerate() {
                let field = Field::element(path).at(i);
                expected = expected
                    .or_else(|| expect_value(Field { attribute: Some("Id"), ..field }, id))
                    .or_else(|| ck.as_ref().and_then(|c| expect_value(Field { attribute: Some("ChangeKey"), ..field }, c)));
            }
        }
        for (i, n) in names.iter().enumerate() {
            let field = Field::attribute("GetImItems/ExtendedProperties/ExtendedProperty", "PropertyName").at(i + usize::from(with_tag));
            expected = expected.or_else(|| expect_value(field, n));
        }

        match (request_to_vec(&header, &request), expected) {
            (Err(got), Some(want)) => prop_assert_eq!(got, want),
            (Err(got), None) => prop_assert!(false, "refused a writable request: {}", got),
            (Ok(_), Some(want)) => prop_assert!(false, "wrote a request that should be refused: {}", want),
            (Ok(bytes), None) => {
                let xml = String::from_utf8(bytes).unwrap();
                let doc = roxmltree::Document::parse(&xml).unwrap();
                check_header(&doc, &culture, &imp);
                let body = body_element(&doc);
                prop_assert_eq!(read_ids(child(body, EWS_MESSAGES, "ContactIds")), contacts.clone());
                prop_assert_eq!(read_ids(child(body, EWS_MESSAGES, "GroupIds")), groups.clone());
                prop_assert_eq!(child(body, EWS_MESSAGES, "ContactIds").is_some(), !contacts.is_empty());
                prop_assert_eq!(child(body, EWS_MESSAGES, "GroupIds").is_some(), !groups.is_empty());
                let ext = child(body, EWS_MESSAGES, "ExtendedProperties");
                prop_assert_eq!(ext.is_some(), !props.is_empty());
                let got: Vec<_> = ext
                    .map(|e| elements(e).filter_map(|p| p.attribute("PropertyName").map(str::to_owned)).collect())
                    .unwrap_or_default();
                prop_assert_eq!(&got, &names);
                // No namespace but the three, declared once.
                prop_assert_eq!(xml.matches("xmlns").count(), 3);
            }
        }
    }

    /// The text children of the IM-list operations (display names, addresses, numbers).
    #[test]
    fn text_fields_round_trip(
        culture in culture(),
        im_address in value(),
        display_name in prop::option::of(value()),
        tel in value(),
        sip in value(),
        group in prop::option::of(id_value()),
    ) {
        let header = RequestHeader { culture: culture.as_deref(), ..RequestHeader::default() };
        let group_id = group.as_ref().map(|(i, c)| ItemIdRef { id: i, change_key: c.as_deref() });
        let group_expect = |path: &'static str| {
            group.as_ref().and_then(|(i, c)| {
                expect_value(Field::attribute(path, "Id"), i)
                    .or_else(|| c.as_ref().and_then(|c| expect_value(Field::attribute(path, "ChangeKey"), c)))
            })
        };

        // AddNewImContactToGroup: ImAddress, DisplayName?, GroupId?
        let request = AddNewImContactToGroup { im_address: &im_address, display_name: display_name.as_deref(), group_id };
        let expected = expect_header(&culture, &None)
            .or_else(|| expect_value(Field::element("AddNewImContactToGroup/ImAddress"), &im_address))
            .or_else(|| display_name.as_ref().and_then(|d| expect_value(Field::element("AddNewImContactToGroup/DisplayName"), d)))
            .or_else(|| group_expect("AddNewImContactToGroup/GroupId"));
        match (request_to_vec(&header, &request), expected) {
            (Err(got), Some(want)) => prop_assert_eq!(got, want),
            (Ok(bytes), None) => {
                let xml = String::from_utf8(bytes).unwrap();
                let doc = roxmltree::Document::parse(&xml).unwrap();
                check_header(&doc, &culture, &None);
                let body = body_element(&doc);
                prop_assert_eq!(child(body, EWS_MESSAGES, "ImAddress").and_then(|n| n.text()), Some(im_address.as_str()));
                prop_assert_eq!(
                    child(body, EWS_MESSAGES, "DisplayName").map(|n| n.text().unwrap_or("").to_owned()),
                    display_name.clone()
                );
                let g = child(body, EWS_MESSAGES, "GroupId")
                    .map(|n| (n.attribute("Id").unwrap().to_owned(), n.attribute("ChangeKey").map(str::to_owned)));
                prop_assert_eq!(&g, &group);
            }
            (got, want) => prop_assert!(false, "got {:?}, expected refusal {:?}", got.map(|_| ()), want),
        }

        // AddNewTelUriContactToGroup: three texts.
        let request = AddNewTelUriContactToGroup {
            tel_uri_address: &tel,
            im_contact_sip_uri_address: &sip,
            im_telephone_number: &im_address,
            group_id: None,
        };
        let expected = expect_header(&culture, &None)
            .or_else(|| expect_value(Field::element("AddNewTelUriContactToGroup/TelUriAddress"), &tel))
            .or_else(|| expect_value(Field::element("AddNewTelUriContactToGroup/ImContactSipUriAddress"), &sip))
            .or_else(|| expect_value(Field::element("AddNewTelUriContactToGroup/ImTelephoneNumber"), &im_address));
        match (request_to_vec(&header, &request), expected) {
            (Err(got), Some(want)) => prop_assert_eq!(got, want),
            (Ok(bytes), None) => {
                let xml = String::from_utf8(bytes).unwrap();
                let doc = roxmltree::Document::parse(&xml).unwrap();
                let body = body_element(&doc);
                let texts: Vec<_> = elements(body).map(|n| n.text().unwrap_or("").to_owned()).collect();
                prop_assert_eq!(texts, vec![tel.clone(), sip.clone(), im_address.clone()]);
            }
            (got, want) => prop_assert!(false, "got {:?}, expected refusal {:?}", got.map(|_| ()), want),
        }

        // SetImGroup / AddImGroup / FindPeople's QueryString: one text each.
        let name = display_name.clone().unwrap_or_else(|| sip.clone());
        let gid = group_id.unwrap_or(ItemIdRef::new("g"));
        let expected = expect_header(&culture, &None)
            .or_else(|| group_expect("SetImGroup/GroupId"))
            .or_else(|| expect_value(Field::element("SetImGroup/NewDisplayName"), &name));
        match (request_to_vec(&header, &SetImGroup { group_id: gid, new_display_name: &name }), expected) {
            (Err(got), Some(want)) => prop_assert_eq!(got, want),
            (Ok(bytes), None) => {
                let xml = String::from_utf8(bytes).unwrap();
                let doc = roxmltree::Document::parse(&xml).unwrap();
                let body = body_element(&doc);
                prop_assert_eq!(child(body, EWS_MESSAGES, "NewDisplayName").and_then(|n| n.text()), Some(name.as_str()));
                prop_assert_eq!(child(body, EWS_MESSAGES, "GroupId").and_then(|n| n.attribute("Id")), Some(gid.id));
            }
            (got, want) => prop_assert!(false, "got {:?}, expected refusal {:?}", got.map(|_| ()), want),
        }
        let expected = expect_header(&culture, &None)
            .or_else(|| expect_value(Field::element("FindPeople/QueryString"), &name));
        let request = FindPeople {
            parent_folder_id: Some(TargetFolder::DistinguishedFolderId("directory")),
            query_string: Some(&name),
            ..FindPeople::default()
        };
        match (request_to_vec(&header, &request), expected) {
            (Err(got), Some(want)) => prop_assert_eq!(got, want),
            (Ok(bytes), None) => {
                let xml = String::from_utf8(bytes).unwrap();
                let doc = roxmltree::Document::parse(&xml).unwrap();
                prop_assert_eq!(
                    child(body_element(&doc), EWS_MESSAGES, "QueryString").and_then(|n| n.text()),
                    Some(name.as_str())
                );
            }
            (got, want) => prop_assert!(false, "got {:?}, expected refusal {:?}", got.map(|_| ()), want),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The CLI.

fn ews_im(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ews-im")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn cli_reproduces_the_documented_example_request() {
    let out = ews_im(&[
        "request",
        "get-im-items",
        "--contact",
        "AAMkADEzOTExYACABmEhpSAAA=:EQAAABBmNDjF",
        "--group",
        "AAMkADEzOTExYjJkBY7+0EAAA=:EgAAAA==",
        "--extended-property",
        "PropertyTag=0x3001,PropertyType=String",
        "--culture",
        "en-US",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty());
    let written = String::from_utf8(out.stdout).unwrap();
    assert_equivalent(&written, &corpus("getimitems-request-msdocs.xml"), "CLI vs docs example");
    assert_equivalent(&written, &corpus("getimitems-request-seed.xml"), "CLI vs seed");
    // Byte for byte what the library writes for the same values.
    let contacts = [ItemIdRef::with_change_key(SEED_CONTACT, SEED_CONTACT_CK)];
    let groups = [ItemIdRef::with_change_key(SEED_GROUP, SEED_GROUP_CK)];
    let props = [ExtendedFieldPath::tag(0x3001, MapiPropertyType::String)];
    let lib = text(
        &RequestHeader { culture: Some("en-US"), ..RequestHeader::default() },
        &GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &props },
    );
    assert_eq!(written, lib);
}

#[test]
fn cli_header_options() {
    let cases = [
        (&["--impersonate-smtp", "a@b.c"][..], "<t:PrimarySmtpAddress>a@b.c</t:PrimarySmtpAddress>"),
        (&["--impersonate-upn", "a@b.c"][..], "<t:PrincipalName>a@b.c</t:PrincipalName>"),
        (&["--impersonate-sid", "S-1-5-21-1"][..], "<t:SID>S-1-5-21-1</t:SID>"),
        (&["--version", "V2018_01_08"][..], r#"<t:RequestServerVersion Version="V2018_01_08"/>"#),
        (&[][..], r#"<t:RequestServerVersion Version="Exchange2013"/>"#),
        (&["--culture", "fr-CA"][..], "<t:MailboxCulture>fr-CA</t:MailboxCulture>"),
    ];
    for (args, want) in cases {
        for op in [&["get-im-items"][..], &["add-im-group", "--display-name", "G"], &["find-people"]] {
            let mut all = vec!["request"];
            all.extend_from_slice(op);
            all.extend_from_slice(args);
            let out = ews_im(&all);
            assert_eq!(out.status.code(), Some(0), "{all:?}: {}", stderr(&out));
            assert!(String::from_utf8(out.stdout).unwrap().contains(want), "{all:?}");
        }
    }
}

#[test]
fn cli_extended_property_escapes_and_forms() {
    let out = ews_im(&[
        "request",
        "get-im-items",
        "--extended-property",
        r"DistinguishedPropertySetId=PublicStrings,PropertyName=a\,b\\c=d,PropertyType=StringArray",
        "--extended-property",
        "PropertySetId=00062004-0000-0000-C000-000000000046,PropertyId=32896,PropertyType=Integer",
        "--extended-property",
        "PropertyTag=12289,PropertyType=String",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let props: Vec<_> = doc.descendants().filter(|n| n.tag_name().name() == "ExtendedProperty").collect();
    assert_eq!(props.len(), 3);
    assert_eq!(props[0].attribute("DistinguishedPropertySetId"), Some("PublicStrings"));
    assert_eq!(props[0].attribute("PropertyName"), Some(r"a,b\c=d"));
    assert_eq!(props[0].attribute("PropertyType"), Some("StringArray"));
    assert_eq!(props[1].attribute("PropertyId"), Some("32896"));
    assert_eq!(props[2].attribute("PropertyTag"), Some("0x3001"));
}

#[test]
fn cli_every_operation_has_a_subcommand() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        ("get-im-items", &[], &[]),
        (
            "get-im-item-list",
            &["--extended-property", "PropertyTag=0x3001,PropertyType=String"],
            &["ExtendedProperties"],
        ),
        ("add-im-group", &["--display-name", "G"], &["DisplayName"]),
        ("add-im-contact-to-group", &["--contact-id", "C:K", "--group-id", "G"], &["ContactId", "GroupId"]),
        (
            "add-new-im-contact-to-group",
            &["--im-address", "sip:a@b", "--display-name", "A", "--group-id", "G"],
            &["ImAddress", "DisplayName", "GroupId"],
        ),
        (
            "add-new-tel-uri-contact-to-group",
            &["--tel-uri-address", "tel:1", "--im-contact-sip-uri-address", "sip:a@b", "--im-telephone-number", "1"],
            &["TelUriAddress", "ImContactSipUriAddress", "ImTelephoneNumber"],
        ),
        (
            "add-distribution-group-to-im-list",
            &["--smtp-address", "dl@b", "--display-name", "DL"],
            &["SmtpAddress", "DisplayName"],
        ),
        ("remove-im-contact-from-group", &["--contact-id", "C", "--group-id", "G"], &["ContactId", "GroupId"]),
        ("remove-im-group", &["--group-id", "G"], &["GroupId"]),
        ("set-im-group", &["--group-id", "G", "--new-display-name", "N"], &["GroupId", "NewDisplayName"]),
        ("remove-contact-from-im-list", &["--contact-id", "C"], &["ContactId"]),
        ("remove-distribution-group-from-im-list", &["--group-id", "G"], &["GroupId"]),
        ("set-im-list-migration-completed", &["--im-list-migration-completed", "true"], &["ImListMigrationCompleted"]),
        ("get-persona", &["--persona-id", "P"], &["PersonaId"]),
        ("get-persona", &["--email-address", "a@b"], &["EmailAddress"]),
        (
            "find-people",
            &["--max-entries-returned", "100", "--distinguished-folder-id", "directory", "--query-string", "bolte"],
            &["IndexedPageItemView", "ParentFolderId", "QueryString"],
        ),
        (
            "find-people",
            &["--folder-id", "F:K", "--offset", "5", "--base-point", "End"],
            &["IndexedPageItemView", "ParentFolderId"],
        ),
    ];
    let mut seen = std::collections::HashSet::new();
    for (sub, args, children) in cases {
        let mut all = vec!["request", sub];
        all.extend_from_slice(args);
        let out = ews_im(&all);
        assert_eq!(out.status.code(), Some(0), "{all:?}: {}", stderr(&out));
        let xml = String::from_utf8(out.stdout).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let body = body_element(&doc);
        // The subcommand is the kebab-case of the operation.
        let op = Operation::ALL.iter().find(|o| o.name() == body.tag_name().name()).unwrap();
        assert_eq!(kebab(op.name()), *sub);
        assert_eq!(names(body), *children, "{sub}");
        seen.insert(*op);
    }
    assert_eq!(seen.len(), Operation::ALL.len());
}

fn kebab(name: &str) -> String {
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            s.push('-');
        }
        s.push(c.to_ascii_lowercase());
    }
    s
}

#[test]
fn cli_refusals_exit_2_with_nothing_on_stdout() {
    let cases: &[(&[&str], &str)] = &[
        (&["get-im-items", "--version", "Exchange2031"], "Exchange2031"),
        (&["get-im-items", "--impersonate-smtp", "a@b", "--impersonate-sid", "S-1"], "--impersonate-sid"),
        (&["get-im-items", "--impersonate-upn", "a@b", "--impersonate-sid", "S-1"], "--impersonate-sid"),
        (&["get-im-items", "--culture", "en_US"], "MailboxCulture"),
        (&["get-im-items", "--contact", ":CK"], "--contact"),
        (&["get-im-items", "--group", "G:"], "--group"),
        (&["get-im-items", "--contact", "A\u{1}B"], "U+0001"),
        (&["get-im-items", "--extended-property", "PropertyTag=0x3001"], "PropertyType is required"),
        (
            &["get-im-items", "--extended-property", "PropertyTag=0x3001,PropertyName=x,PropertyType=String"],
            "PropertyTag cannot be combined with PropertyName",
        ),
        (
            &["get-im-items", "--extended-property", "DistinguishedPropertySetId=Common,PropertyType=String"],
            "DistinguishedPropertySetId needs PropertyName or PropertyId",
        ),
        (
            &["get-im-items", "--extended-property", "PropertySetId=x,PropertyId=1,PropertyType=String"],
            "PropertySetId is not a GUID",
        ),
        (&["get-im-items", "--extended-property", "PropertyTag=0x3001,PropertyType=Text"], "PropertyType `Text`"),
        (&["get-im-items", "--extended-property", "PropertyTag=0x10000,PropertyType=String"], "PropertyTag `0x10000`"),
        (&["get-im-items", "--extended-property", "Tag=1,PropertyType=String"], "unknown attribute `Tag`"),
        (&["get-im-items", "--extended-property", "PropertyTag=1,PropertyTag=2,PropertyType=String"], "given twice"),
        (&["get-im-items", "--extended-property", r"PropertyTag=1\n,PropertyType=String"], "not an escape"),
        (&["get-im-items", "--extended-property", "PropertyTag"], "not ATTR=VALUE"),
        (&["get-im-items", "--extended-property", "PropertyTag=0x8001,PropertyType=String"], "named-property range"),
        (&["add-im-group"], "--display-name"),
        (&["add-im-group", "--display-name", ""], "AddImGroup/DisplayName: must not be empty"),
        (&["add-im-group", "--display-name", "a\u{1F}"], "U+001F"),
        (&["set-im-group", "--group-id", "G", "--new-display-name", "\u{B}"], "SetImGroup/NewDisplayName"),
        (&["add-distribution-group-to-im-list", "--smtp-address", "dl@b"], "--display-name"),
        (&["set-im-list-migration-completed", "--im-list-migration-completed", "yes"], "yes"),
        (&["get-persona"], "--persona-id"),
        (&["get-persona", "--persona-id", "P", "--email-address", "a@b"], "--email-address"),
        (&["find-people", "--distinguished-folder-id", "Directory"], "DistinguishedFolderIdNameType"),
        (&["find-people", "--max-entries-returned", "0"], "MaxEntriesReturned"),
        (&["find-people", "--offset", "-1"], "--offset"),
        (&["find-people", "--folder-id", "F", "--distinguished-folder-id", "contacts"], "--distinguished-folder-id"),
        (&["get-im-items", "--impersonate-smtp", ""], "PrimarySmtpAddress: must not be empty"),
        (&["no-such-operation"], "no-such-operation"),
        (&[], "Usage"),
    ];
    for (args, needle) in cases {
        let mut all = vec!["request"];
        all.extend_from_slice(args);
        let out = ews_im(&all);
        assert_eq!(out.status.code(), Some(2), "{all:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{all:?}: nothing on stdout");
        let err = stderr(&out);
        assert!(err.contains(needle), "{all:?}: `{needle}` not in {err}");
        assert!(err.starts_with("error:") || err.contains("Usage"), "{err}");
    }
}
