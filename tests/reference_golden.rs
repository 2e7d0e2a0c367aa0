//! The reference implementation of the JSON contract (`tests/support/reference.rs`) against the
//! golden files in `corpus/expected/`, plus unit tests of the rules that are easy to get wrong.

mod support {
    #[path = "reference.rs"]
    pub mod reference;
}

use serde_json::{json, Value};
use std::path::Path;
use support::reference::{
    reference_parse, snake_case, EMPTY_BODY, LIMIT_EXCEEDED, MISSING_BODY, NOT_A_SOAP_ENVELOPE, NOT_WELL_FORMED,
    UNSUPPORTED_ENCODING, UNSUPPORTED_OPERATION,
};

const DOCTYPE_NOT_ALLOWED: &str = support::reference::DOCTYPE_NOT_ALLOWED;

// ------------------------------------------------------------------------------------------------
// Golden files

#[test]
fn corpus_matches_expected_json() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus directory")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files found");

    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let expected_path = corpus.join("expected").join(format!("{name}.json"));
        let expected: Value =
            serde_json::from_slice(&std::fs::read(&expected_path).unwrap_or_else(|e| panic!("{expected_path:?}: {e}")))
                .unwrap_or_else(|e| panic!("{expected_path:?}: {e}"));
        let input = std::fs::read(path).unwrap();
        let expected_error = expected
            .as_object()
            .filter(|object| object.len() == 1)
            .and_then(|object| object.get("error"))
            .and_then(Value::as_str);
        let actual = reference_parse(&input, false);
        let ok = match (expected_error, &actual) {
            (Some(kind), Err(actual_kind)) => kind == *actual_kind,
            (None, Ok(value)) => *value == expected,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{name}: expected {}, got {}",
                serde_json::to_string_pretty(&expected).unwrap(),
                match &actual {
                    Ok(value) => serde_json::to_string_pretty(value).unwrap(),
                    Err(kind) => format!("error {kind:?}"),
                }
            ));
        }
        // Strict mode changes nothing for these files (they contain no forbidden characters).
        assert_eq!(reference_parse(&input, true), actual, "{name}: strict differs");
    }
    assert!(failures.is_empty(), "{} of {} corpus files differ:\n{}", failures.len(), files.len(), failures.join("\n"));
}

// ------------------------------------------------------------------------------------------------
// Helpers

const T: &str = "http://schemas.microsoft.com/exchange/services/2006/types";
const M: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";

/// BUG-REPORTS.md §0: the fragment inside a GetImItems response's `ImItemList` (no header here,
/// so that results only hold the response).
fn env(fragment: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Body>
    <m:GetImItemsResponse ResponseClass="Success" xmlns:m="{M}" xmlns:t="{T}">
      <m:ResponseCode>NoError</m:ResponseCode>
      <m:ImItemList>{fragment}</m:ImItemList>
    </m:GetImItemsResponse>
  </s:Body>
</s:Envelope>
"#
    )
    .into_bytes()
}

/// The `im_item_list` object of a document built with [`env`].
fn im_item_list(fragment: &str, strict: bool) -> Result<Value, &'static str> {
    reference_parse(&env(fragment), strict).map(|value| value["get_im_items_response"]["im_item_list"].clone())
}

/// The single persona of `<t:Personas><t:Persona>{children}</t:Persona></t:Personas>`.
fn persona(children: &str) -> Value {
    let list = im_item_list(&format!("<t:Personas><t:Persona>{children}</t:Persona></t:Personas>"), false)
        .unwrap_or_else(|kind| panic!("rejected: {kind}"));
    list["personas"][0].clone()
}

/// The `display_name` of a persona holding `<t:DisplayName>{raw}</t:DisplayName>`.
fn display_name(raw: &str, strict: bool) -> Result<Value, &'static str> {
    im_item_list(
        &format!("<t:Personas><t:Persona><t:DisplayName>{raw}</t:DisplayName></t:Persona></t:Personas>"),
        strict,
    )
    .map(|list| list["personas"][0]["display_name"].clone())
}

/// A document whose body element is `body`.
fn with_body(body: &str) -> Vec<u8> {
    format!(
        r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="{M}" xmlns:t="{T}"><s:Body>{body}</s:Body></s:Envelope>"#
    )
    .into_bytes()
}

fn parse_str(xml: &str) -> Result<Value, &'static str> {
    reference_parse(xml.as_bytes(), false)
}

// ------------------------------------------------------------------------------------------------
// Text (5.3) and the short cases of 8.4

#[test]
fn text_joins_entities_and_cdata() {
    assert_eq!(display_name("A &amp; <![CDATA[B & C]]> D", false), Ok(json!("A & B & C D")));
    assert_eq!(display_name("<![CDATA[R&D <Core>]]>", false), Ok(json!("R&D <Core>")));
}

#[test]
fn text_end_of_line_handling() {
    assert_eq!(display_name("Team&#xD;&#xA;Beta", false), Ok(json!("Team\r\nBeta")));
    assert_eq!(display_name("\r\n", false), Ok(json!("\n")));
    assert_eq!(display_name("a\rb\r\n\nc\r", false), Ok(json!("a\nb\n\nc\n")));
    assert_eq!(display_name("<![CDATA[x\r\ny]]>", false), Ok(json!("x\ny")));
    // BL-06
    let list = im_item_list(
        "<t:Groups><t:ImGroup><t:DisplayName>Team\r\nAlpha</t:DisplayName></t:ImGroup>\
         <t:ImGroup><t:DisplayName>Team&#xD;&#xA;Beta</t:DisplayName></t:ImGroup></t:Groups>",
        false,
    )
    .unwrap();
    assert_eq!(list["groups"], json!([{"display_name": "Team\nAlpha"}, {"display_name": "Team\r\nBeta"}]));
}

#[test]
fn text_is_direct_character_data_only() {
    assert_eq!(display_name("a<!--x-->b<?pi data?>c", false), Ok(json!("abc")));
    assert_eq!(display_name("a<t:X>z</t:X>b", false), Ok(json!("ab")));
    assert_eq!(display_name("", false), Ok(json!("")));
    let p =
        persona("<t:Nickname>   </t:Nickname><t:Generation>\n</t:Generation><t:FileAs/><t:FileAsId >None</t:FileAsId>");
    assert_eq!(p, json!({"nickname": "   ", "generation": "\n", "file_as": "", "file_as_id": "None"}));
}

#[test]
fn xsi_nil_is_not_interpreted() {
    // BL-22
    let p = persona(
        r#"<t:PersonaId Id="AAQkUDE1"/><t:Title></t:Title><t:Department xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>"#,
    );
    assert_eq!(p, json!({"persona_id": {"id": "AAQkUDE1"}, "title": "", "department": ""}));
}

#[test]
fn item_id_attributes_any_order_and_quoting() {
    // 8.4 and BL-18
    let list = im_item_list(
        r#"<t:Groups><t:ImGroup><t:DisplayName>Ops</t:DisplayName><t:ExchangeStoreId ChangeKey='EgAAAA==' Hint="x" Id='AAMk&#x2B;R/z0='/><t:MemberCorrelationKey><t:ItemId ChangeKey="EQAAAA==" Id="AAMkSTAx"/><t:ItemId Id="AAMkSTAy"/></t:MemberCorrelationKey></t:ImGroup></t:Groups>"#,
        false,
    )
    .unwrap();
    assert_eq!(
        list["groups"][0],
        json!({
            "display_name": "Ops",
            "exchange_store_id": {"change_key": "EgAAAA==", "id": "AAMk+R/z0="},
            "member_correlation_key": [{"change_key": "EQAAAA==", "id": "AAMkSTAx"}, {"id": "AAMkSTAy"}]
        })
    );
    // a duplicated identical attribute is not well-formed
    assert_eq!(
        im_item_list(r#"<t:Groups><t:ImGroup><t:ExchangeStoreId Id="a" Id="b"/></t:ImGroup></t:Groups>"#, false),
        Err(NOT_WELL_FORMED)
    );
}

#[test]
fn attribute_value_normalisation() {
    let list = im_item_list(
        "<t:Groups><t:ImGroup><t:ExchangeStoreId Id=\"a\tb\nc\r\nd\re  f\" ChangeKey=\"x&#10;y&#9;z&#13;\"/></t:ImGroup></t:Groups>",
        false,
    )
    .unwrap();
    assert_eq!(list["groups"][0]["exchange_store_id"], json!({"id": "a b c d e  f", "change_key": "x\ny\tz\r"}));
}

#[test]
fn empty_wrappers_give_empty_arrays() {
    assert_eq!(im_item_list("<t:Groups/>", false), Ok(json!({"groups": []})));
    let p = persona("<t:Attributions></t:Attributions><t:DisplayNames><t:Unknown/>text</t:DisplayNames>");
    assert_eq!(p, json!({"attributions": [], "display_names": []}));
}

#[test]
fn first_occurrence_wins() {
    let p = persona(&format!(
        r#"<t:DisplayName>one</t:DisplayName><m:DisplayName>two</m:DisplayName><DisplayName xmlns="{T}">three</DisplayName>"#
    ));
    assert_eq!(p, json!({"display_name": "one"}));
    // a second wrapper is ignored whole
    let list = im_item_list(
        "<t:Groups><t:ImGroup><t:DisplayName>A</t:DisplayName></t:ImGroup></t:Groups>\
         <t:Groups><t:ImGroup><t:DisplayName>B</t:DisplayName></t:ImGroup></t:Groups>",
        false,
    )
    .unwrap();
    assert_eq!(list, json!({"groups": [{"display_name": "A"}]}));
}

#[test]
fn foreign_namespaces_and_unknown_elements_are_skipped() {
    // 8.4, BL-15, BL-16
    let p = persona(
        r#"<x:DisplayName xmlns:x="urn:other">n</x:DisplayName><DisplayName>no namespace</DisplayName><t:Future><t:DisplayName>decoy</t:DisplayName></t:Future><t:PersonaType>Person</t:PersonaType><t:FileAsHeader>unknown</t:FileAsHeader>"#,
    );
    assert_eq!(p, json!({"persona_type": "Person"}));
    let list = im_item_list(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDEw"/></t:Persona><t:BotPersona><t:PersonaId Id="AAQkUDEx"/></t:BotPersona><x:Persona xmlns:x="urn:x"/><t:Persona><t:PersonaId Id="AAQkUDEy"/></t:Persona></t:Personas>"#,
        false,
    )
    .unwrap();
    assert_eq!(list, json!({"personas": [{"persona_id": {"id": "AAQkUDEw"}}, {"persona_id": {"id": "AAQkUDEy"}}]}));
}

#[test]
fn prefixes_do_not_matter_and_https_is_an_alias() {
    // BL-13
    let list = im_item_list(
        &format!(
            r#"<t:Groups><t:ImGroup><t:DisplayName>A</t:DisplayName></t:ImGroup><ImGroup xmlns="{T}"><DisplayName>B</DisplayName></ImGroup><q9:ImGroup xmlns:q9="{T}"><q9:DisplayName>C</q9:DisplayName></q9:ImGroup><m:ImGroup><t:DisplayName>D</t:DisplayName></m:ImGroup><ImGroup xmlns="https://schemas.microsoft.com/exchange/services/2006/types"><DisplayName>E</DisplayName></ImGroup><ImGroup xmlns="http://schemas.microsoft.com/exchange/services/2006/types/"><DisplayName>trailing slash</DisplayName></ImGroup></t:Groups>"#
        ),
        false,
    )
    .unwrap();
    let names: Vec<&Value> = list["groups"].as_array().unwrap().iter().map(|g| &g["display_name"]).collect();
    assert_eq!(names, [&json!("A"), &json!("B"), &json!("C"), &json!("D"), &json!("E")]);
}

#[test]
fn email_addresses_two_spellings() {
    // 8.4 and 6.3
    let p = persona(
        "<t:EmailAddresses><t:EmailAddress><t:Address>b@x</t:Address></t:EmailAddress>\
         <t:Address><t:EmailAddress>c@x</t:EmailAddress><t:Address>ignored</t:Address><t:Name>C</t:Name></t:Address>\
         <t:Mailbox><t:EmailAddress>not an item</t:EmailAddress></t:Mailbox></t:EmailAddresses>\
         <t:EmailAddress><t:Name>N</t:Name><t:Address>a@x</t:Address></t:EmailAddress>",
    );
    assert_eq!(
        p,
        json!({
            "email_addresses": [{"email_address": "b@x"}, {"email_address": "c@x", "name": "C"}],
            "email_address": {"name": "N", "email_address": "a@x"}
        })
    );
}

#[test]
fn same_name_different_shapes() {
    let p = persona(
        r#"<t:Attributions><t:Attribution><t:Id>0</t:Id><t:FolderId Id="F" ChangeKey="K"/></t:Attribution></t:Attributions>
           <t:DisplayNames><t:StringAttributedValue><t:Value>V</t:Value><t:Attributions><t:Attribution>0</t:Attribution><t:Attribution>1</t:Attribution></t:Attributions></t:StringAttributedValue></t:DisplayNames>
           <t:MobilePhones><t:PhoneNumberAttributedValue><t:Value><t:Number>1</t:Number><t:Type>Mobile</t:Type></t:Value></t:PhoneNumberAttributedValue></t:MobilePhones>
           <t:Children><t:StringArrayAttributedValue><t:Values><t:Value>a</t:Value><t:Value>b</t:Value></t:Values></t:StringArrayAttributedValue></t:Children>
           <t:ExtendedProperties><t:ExtendedPropertyAttributedValue><t:Value><t:ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/><t:Value>X</t:Value><t:Values><t:Value>1</t:Value></t:Values></t:Value></t:ExtendedPropertyAttributedValue></t:ExtendedProperties>"#,
    );
    assert_eq!(
        p,
        json!({
            "attributions": [{"id": "0", "folder_id": {"id": "F", "change_key": "K"}}],
            "display_names": [{"value": "V", "attributions": ["0", "1"]}],
            "mobile_phones": [{"value": {"number": "1", "type": "Mobile"}}],
            "children": [{"values": ["a", "b"]}],
            "extended_properties": [{"value": {
                "extended_field_uri": {"property_tag": "0x3001", "property_type": "String"},
                "value": "X",
                "values": ["1"]
            }}]
        })
    );
    // ExtendedProperties in an ImGroup: [ExtendedProperty]
    let list = im_item_list(
        r#"<t:Groups><t:ImGroup><t:ExtendedProperties><t:ExtendedProperty><t:ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/><t:Value>G</t:Value></t:ExtendedProperty></t:ExtendedProperties></t:ImGroup></t:Groups>"#,
        false,
    )
    .unwrap();
    assert_eq!(
        list["groups"][0]["extended_properties"],
        json!([{"extended_field_uri": {"property_tag": "0x3001", "property_type": "String"}, "value": "G"}])
    );
}

#[test]
fn malformed_content_is_mapped_mechanically() {
    // an object-shaped element holding only text gives {}, a leaf holding elements its direct text
    let p = persona("<t:PhoneNumber>12345</t:PhoneNumber><t:Surname>a<t:Number>1</t:Number>b</t:Surname>");
    assert_eq!(p, json!({"phone_number": {}, "surname": "ab"}));
}

#[test]
fn children_in_any_order() {
    // BL-17
    let p = persona(
        r#"<t:Attributions><t:Attribution><t:Id>0</t:Id><t:SourceId Id="AAMkU0kx" ChangeKey="EQAAAA=="/><t:DisplayName>Lync Contacts</t:DisplayName><t:IsWritable>false</t:IsWritable><t:IsQuickContact>true</t:IsQuickContact><t:IsHidden>false</t:IsHidden></t:Attribution></t:Attributions><t:ImAddress>sip:r.sample@example.org</t:ImAddress><t:PersonaId Id="AAQkUDEz"/><t:CreationTime>2020-02-02T02:02:02Z</t:CreationTime>"#,
    );
    assert_eq!(
        p,
        json!({
            "attributions": [{
                "id": "0",
                "source_id": {"id": "AAMkU0kx", "change_key": "EQAAAA=="},
                "display_name": "Lync Contacts",
                "is_writable": "false",
                "is_quick_contact": "true",
                "is_hidden": "false"
            }],
            "im_address": "sip:r.sample@example.org",
            "persona_id": {"id": "AAQkUDEz"},
            "creation_time": "2020-02-02T02:02:02Z"
        })
    );
}

#[test]
fn unqualified_attributes_only() {
    // BL-19: an unprefixed attribute and a prefixed one with the same local name
    let list = im_item_list(
        r#"<t:Groups><t:ImGroup xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="t:ImGroupType" type="legacy"><t:DisplayName>Desk</t:DisplayName></t:ImGroup></t:Groups>"#,
        false,
    )
    .unwrap();
    assert_eq!(list, json!({"groups": [{"display_name": "Desk"}]}));
    // a (wrong) t:Id is not the Id attribute
    let p = persona(r#"<t:PersonaId t:Id="qualified" ChangeKey="ck"/>"#);
    assert_eq!(p, json!({"persona_id": {"change_key": "ck"}}));
}

// ------------------------------------------------------------------------------------------------
// MessageXml, faults, the envelope (section 3, 6.1, 6.4)

#[test]
fn message_xml_entries() {
    // 8.4 and BL-20
    let doc = with_body(
        r#"<m:GetImItemsResponse ResponseClass="Error"><m:MessageText>Property not valid here (invented).</m:MessageText><m:ResponseCode>ErrorInvalidPropertyRequest</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey><m:MessageXml><t:FieldURI FieldURI="persona:Bodies"/><x:Thing xmlns:x="urn:x" x:q="no" Element="e" Text="t" Name="n" name="second" DisplayNameFirstLast="d">body<x:In>no</x:In></x:Thing><Plain/></m:MessageXml></m:GetImItemsResponse>"#,
    );
    assert_eq!(
        reference_parse(&doc, false),
        Ok(json!({"get_im_items_response": {
            "response_class": "Error",
            "message_text": "Property not valid here (invented).",
            "response_code": "ErrorInvalidPropertyRequest",
            "descriptive_link_key": "0",
            "message_xml": [
                {"element": "FieldURI", "field_uri": "persona:Bodies", "text": ""},
                {"element": "Thing", "text": "body", "name": "n", "display_name_first_last": "d"},
                {"element": "Plain", "text": ""}
            ]
        }}))
    );
}

#[test]
fn soap_fault_example() {
    // 8.2
    let doc = r#"<?xml version='1.0' encoding='utf-8'?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Body>
    <s:Fault>
      <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorServerBusy</faultcode>
      <faultstring xml:lang="en-US">The server cannot service this request right now. Try again later.</faultstring>
      <s:faultactor>ignored: SOAP namespace</s:faultactor>
      <detail>
        <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">
          ErrorServerBusy
        </e:ResponseCode>
        <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">
          The server cannot service this request right now. Try again later.
        </e:Message>
        <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
          <t:Value Name="BackOffMilliseconds">297749</t:Value>
        </t:MessageXml>
      </detail>
    </s:Fault>
  </s:Body>
</s:Envelope>"#;
    assert_eq!(
        parse_str(doc),
        Ok(json!({"fault": {
            "detail": {
                "message": "\n          The server cannot service this request right now. Try again later.\n        ",
                "message_xml": [{"element": "Value", "name": "BackOffMilliseconds", "text": "297749"}],
                "response_code": "\n          ErrorServerBusy\n        "
            },
            "faultcode": "a:ErrorServerBusy",
            "faultstring": "The server cannot service this request right now. Try again later."
        }}))
    );
    // detail is present, possibly {}; ResponseCode in the errors namespace is only recognised in detail
    let doc = with_body(r#"<s:Fault><detail/></s:Fault>"#);
    assert_eq!(reference_parse(&doc, false), Ok(json!({"fault": {"detail": {}}})));
    let doc = with_body(
        r#"<m:RemoveImGroupResponse><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">X</e:ResponseCode></m:RemoveImGroupResponse>"#,
    );
    assert_eq!(reference_parse(&doc, false), Ok(json!({"remove_im_group_response": {}})));
}

#[test]
fn envelope_structure() {
    assert_eq!(
        reference_parse(&with_body("<m:SetImListMigrationCompletedResponse/>"), false),
        Ok(json!({"set_im_list_migration_completed_response": {}}))
    );
    for body in [
        "<m:GetImItems/>",
        "<t:GetImItemsResponse/>",
        "<GetImItemsResponse/>",
        "<m:FindFolderResponse/>",
        "<m:Fault/>",
        "<x:Fault xmlns:x=\"http://www.w3.org/2003/05/soap-envelope\"/>",
    ] {
        assert_eq!(reference_parse(&with_body(body), false), Err(UNSUPPORTED_OPERATION), "{body}");
    }
    assert_eq!(reference_parse(&with_body(" text <!-- c --> "), false), Err(EMPTY_BODY));
    assert_eq!(
        parse_str(r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header/><Body/></s:Envelope>"#),
        Err(MISSING_BODY)
    );
    assert_eq!(
        parse_str(
            r#"<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><m:X xmlns:m="urn:m"/></s:Body></s:Envelope>"#
        ),
        Err(NOT_A_SOAP_ENVELOPE)
    );
    assert_eq!(parse_str("<html><body>Upstream timeout</body></html>"), Err(NOT_A_SOAP_ENVELOPE));
    // the first Body wins; the header may come anywhere; only the first Header counts
    let doc = format!(
        r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:SetImGroupResponse xmlns:m="{M}"/></s:Body><s:Body><s:Fault/></s:Body><s:Header><Action xmlns="urn:ws">*</Action><m:ServerVersionInfo xmlns:m="{M}" Version="V1" Other="x"/><h:ServerVersionInfo xmlns:h="{T}" Version="V2"/></s:Header><s:Header><h:ServerVersionInfo xmlns:h="{T}" Version="V3"/></s:Header></s:Envelope>"#
    );
    assert_eq!(parse_str(&doc), Ok(json!({"set_im_group_response": {}, "server_version_info": {"version": "V1"}})));
}

// ------------------------------------------------------------------------------------------------
// Acceptance (section 2) and precedence (section 7)

#[test]
fn forbidden_characters_lenient_and_strict() {
    // BL-01..BL-05: references and raw bytes alike
    for raw in [
        "Lab&#x11;Printer",
        "Lab&#17;Printer",
        "Lab\u{11}Printer",
        "Lab&#x0;Printer",
        "Lab&#0000;Printer",
        "Lab&#xFFFE;Printer",
        "Lab\u{FFFF}Printer",
    ] {
        assert_eq!(display_name(raw, false), Ok(json!("Lab\u{FFFD}Printer")), "{raw:?}");
        assert_eq!(display_name(raw, true), Err(NOT_WELL_FORMED), "{raw:?}");
    }
    // BL-01: the second persona is not lost in lenient mode
    let list = im_item_list(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDAx"/><t:DisplayName>Lab&#x11;Printer</t:DisplayName></t:Persona><t:Persona><t:PersonaId Id="AAQkUDAy"/><t:DisplayName>Ada Testperson</t:DisplayName></t:Persona></t:Personas>"#,
        false,
    )
    .unwrap();
    assert_eq!(list["personas"][1]["display_name"], json!("Ada Testperson"));
    // in attribute values and CDATA too; in a comment only strict mode cares
    let attribute = r#"<t:Groups><t:ImGroup><t:ExchangeStoreId Id="a&#xB;b"/></t:ImGroup></t:Groups>"#;
    assert_eq!(im_item_list(attribute, false).unwrap()["groups"][0]["exchange_store_id"]["id"], json!("a\u{FFFD}b"));
    assert_eq!(im_item_list(attribute, true), Err(NOT_WELL_FORMED));
    assert_eq!(display_name("<![CDATA[x\u{1}y]]>", false), Ok(json!("x\u{FFFD}y")));
    assert_eq!(display_name("<![CDATA[x\u{1}y]]>", true), Err(NOT_WELL_FORMED));
    assert_eq!(display_name("a<!--\u{2}-->b", false), Ok(json!("ab")));
    assert_eq!(display_name("a<!--\u{2}-->b", true), Err(NOT_WELL_FORMED));
    // TAB, LF, CR and C1 controls are allowed
    assert_eq!(display_name("&#9;&#x85;\u{80}", true), Ok(json!("\t\u{85}\u{80}")));
}

#[test]
fn bad_character_references_are_fatal_in_both_modes() {
    // BL-03, BL-07
    for raw in [
        "Doc&#X19;Bot",
        "&#;",
        "&#x;",
        "&#x 41;",
        "&#1a;",
        "&#-1;",
        "Party &#55356;&#57225; Crew",
        "&#xD800;",
        "&#x110000;",
        "&#99999999999;",
        "&nbsp;",
        "&AMP;",
        "a & b",
        "a &amp b",
    ] {
        assert_eq!(display_name(raw, false), Err(NOT_WELL_FORMED), "{raw:?}");
        assert_eq!(display_name(raw, true), Err(NOT_WELL_FORMED), "{raw:?}");
    }
    // a character above U+FFFF, as a reference or raw
    assert_eq!(display_name("&#x1F389;", true), Ok(json!("\u{1F389}")));
    assert_eq!(display_name("\u{1F389}", true), Ok(json!("\u{1F389}")));
    assert_eq!(display_name("&lt;&gt;&amp;&apos;&quot;&#65;&#x41;&#x0041;", true), Ok(json!("<>&'\"AAA")));
}

#[test]
fn encoding_and_byte_order_marks() {
    let doc = with_body("<m:SetImGroupResponse/>");
    let ok = Ok(json!({"set_im_group_response": {}}));
    // BL-09: one UTF-8 BOM is skipped, before the declaration or the root
    let mut with_bom = b"\xEF\xBB\xBF<?xml version=\"1.0\"?>".to_vec();
    with_bom.extend_from_slice(&doc);
    assert_eq!(reference_parse(&with_bom, false), ok);
    assert_eq!(reference_parse(&[b"\xEF\xBB\xBF".as_slice(), &doc].concat(), false), ok);
    assert_eq!(reference_parse(&[b"\xEF\xBB\xBF\xEF\xBB\xBF".as_slice(), &doc].concat(), false), Err(NOT_WELL_FORMED));
    assert_eq!(reference_parse(&[b" \xEF\xBB\xBF".as_slice(), &doc].concat(), false), Err(NOT_WELL_FORMED));
    // a U+FEFF inside text is character data
    assert_eq!(display_name("a\u{FEFF}b", false), Ok(json!("a\u{FEFF}b")));
    // BL-10: the encoding label is not consulted; UTF-16 byte order marks are refused
    let labelled = [b"<?xml version=\"1.0\" encoding=\"utf-16\"?>".as_slice(), &doc].concat();
    assert_eq!(reference_parse(&labelled, false), ok);
    assert_eq!(reference_parse(b"\xFF\xFE<\x00s\x00", false), Err(UNSUPPORTED_ENCODING));
    assert_eq!(reference_parse(b"\xFE\xFF\x00<", false), Err(UNSUPPORTED_ENCODING));
    // BL-08: invalid UTF-8 is fatal in every mode
    let bad = env("<t:Personas><t:Persona><t:DisplayName>Jos\u{0}</t:DisplayName></t:Persona></t:Personas>");
    let bad: Vec<u8> = String::from_utf8(bad).unwrap().replace('\u{0}', "\u{1}").into_bytes();
    assert!(reference_parse(&bad, false).is_ok());
    let pos = bad.iter().position(|&b| b == 1).unwrap();
    let mut invalid = bad.clone();
    invalid.splice(pos..pos + 1, [0xC3, 0x28]);
    assert_eq!(reference_parse(&invalid, false), Err(NOT_WELL_FORMED));
    invalid.splice(pos..pos + 2, [0x80]);
    assert_eq!(reference_parse(&invalid, true), Err(NOT_WELL_FORMED));
}

#[test]
fn xml_declaration_rules() {
    let body = String::from_utf8(with_body("<m:SetImGroupResponse/>")).unwrap();
    let accepted = [
        "<?xml version=\"1.0\"?>",
        "<?xml version='1.1' encoding='iso-8859-1' standalone='yes'?>",
        "<?xml version = \"1.10\"   ?>",
    ];
    for decl in accepted {
        assert!(parse_str(&format!("{decl}{body}")).is_ok(), "{decl}");
    }
    let rejected = [
        "<?xml?>",
        "<?xml version=\"2.0\"?>",
        "<?xml version=\"1.\"?>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?>",
        "<?xml encoding=\"utf-8\" version=\"1.0\"?>",
        "<?xml version=\"1.0\" encoding=\"\"?>",
        " <?xml version=\"1.0\"?>",
        "<!-- first --><?xml version=\"1.0\"?>",
        "<?XML version=\"1.0\"?>",
        "<?xml version=\"1.0\"?><?xml version=\"1.0\"?>",
    ];
    for decl in rejected {
        assert_eq!(parse_str(&format!("{decl}{body}")), Err(NOT_WELL_FORMED), "{decl}");
    }
    // an XML declaration later in the document, and processing instructions
    assert_eq!(display_name("<?xml version=\"1.0\"?>", false), Err(NOT_WELL_FORMED));
    assert_eq!(display_name("a<?xml-stylesheet href='x'?>b", false), Ok(json!("ab")));
    assert_eq!(display_name("<?p:i x?>", false), Err(NOT_WELL_FORMED));
}

#[test]
fn doctype_and_precedence() {
    let body = String::from_utf8(with_body("<m:SetImGroupResponse/>")).unwrap();
    // BL-30
    assert_eq!(
        parse_str("<!DOCTYPE html><html><head><title>Gateway</title></head><body>Upstream timeout</body></html>"),
        Err(DOCTYPE_NOT_ALLOWED)
    );
    assert_eq!(
        parse_str(&format!("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"v\">]>{body}")),
        Err(DOCTYPE_NOT_ALLOWED)
    );
    // a problem before the DOCTYPE comes first; one after it comes second
    assert_eq!(parse_str(&format!("<?xml version=\"9\"?><!DOCTYPE x>{body}")), Err(NOT_WELL_FORMED));
    assert_eq!(parse_str(&format!("<!DOCTYPE x>{body}&nbsp;")), Err(DOCTYPE_NOT_ALLOWED));
    assert_eq!(reference_parse(&[b"<!DOCTYPE x>".as_slice(), b"\xFF"].concat(), false), Err(DOCTYPE_NOT_ALLOWED));
    // well-formedness problems win over the structural kinds, wherever they are
    assert_eq!(parse_str("<html></html><junk/>"), Err(NOT_WELL_FORMED));
    assert_eq!(parse_str(&format!("{body}<!-- unterminated")), Err(NOT_WELL_FORMED));
    assert_eq!(parse_str(&format!("<x>{}</x>", "<a>".repeat(300))), Err(LIMIT_EXCEEDED));
    // the lowest offset wins between a limit and a well-formedness problem
    let deep = "<a>".repeat(257);
    assert_eq!(parse_str(&format!("<b x='&bad;'/>{deep}")), Err(NOT_WELL_FORMED));
    assert_eq!(parse_str(&format!("{deep}&bad;")), Err(LIMIT_EXCEEDED));
}

#[test]
fn well_formedness_rules() {
    let cases = [
        "",
        "   ",
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>",
        "<a><b></a></b>",
        "<a></a>text",
        "<a></a><b/>",
        "<a/></a>",
        "<a x='1' x='2'/>",
        "<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>",
        "<p:a/>",
        "<a p:x='1'/>",
        "<a xmlns:p=''/>",
        "<a:b:c xmlns:a='u'/>",
        "<a xmlns:a='u' a:b:c='1'/>",
        "<:a/>",
        "<xmlns:a/>",
        "<a xmlns:xmlns='u'/>",
        "<a xmlns:xml='u'/>",
        "<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>",
        "<a xmlns='http://www.w3.org/2000/xmlns/'/>",
        "<1a/>",
        "<a 1b='x'/>",
        "<a b='x'c='y'/>",
        "<a b=x/>",
        "<a b='<'/>",
        "<a b='&unknown;'/>",
        "<a/ >",
        "<a></a x='1'>",
        "<a>]]></a>",
        "<a><!-- a -- b --></a>",
        "<a><!-- a ---></a>",
        "<a><![CDATA[x</a>",
        "<a><!doctype x></a>",
        "<a><!DOCTYPE x></a>",
        "<a><!ELEMENT x></a>",
        "<a>&#xD800;</a>",
        "<![CDATA[x]]><a/>",
        "&amp;<a/>",
        "<a/>&amp;",
        "\u{A0}<a/>",
        "<a x='1",
        "<a",
    ];
    for case in cases {
        assert_eq!(parse_str(case), Err(NOT_WELL_FORMED), "{case:?}");
    }
    // namespace-well-formed documents that are fine (rejected only as "not a soap envelope")
    let fine = [
        "<a xmlns:p='u' p:x='1' x='2'/>",
        "<a xmlns='u' xmlns:p='u' p:x='1' x='2'/>",
        "<a xml:lang='en' xmlns:xml='http://www.w3.org/XML/1998/namespace'/>",
        "<xml:a/>",
        "<a xmlns=''/>",
        "<a xmlns:p='u'><b xmlns:p='v'/></a>",
        "<a>]]&gt; ]] > ]></a>",
        "<a><!----><!-- - --></a>",
        "<a b = \"'\" c='\"' d='>'/>",
        "<a ><b\t/></a\n>",
        "<!-- before --><?pi?>\n<a/>\n<!-- after --><?pi after?> \r\n",
        "<\u{C0}\u{B7}-.9:\u{10000} xmlns:\u{C0}\u{B7}-.9='u'/>",
    ];
    for case in fine {
        assert_eq!(parse_str(case), Err(NOT_A_SOAP_ENVELOPE), "{case:?}");
    }
}

#[test]
fn resource_limits() {
    fn wrap(element: &str) -> String {
        format!("<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>{element}</s:Envelope>")
    }
    // depth: the envelope is depth 1, so 255 more levels are fine and 256 are not
    let nest = |n: usize| format!("{}{}", "<a>".repeat(n), "</a>".repeat(n));
    assert_eq!(parse_str(&wrap(&nest(255))), Err(MISSING_BODY));
    assert_eq!(parse_str(&wrap(&nest(256))), Err(LIMIT_EXCEEDED));
    assert_eq!(parse_str(&wrap(&format!("{}<a/>{}", "<a>".repeat(255), "</a>".repeat(255)))), Err(LIMIT_EXCEEDED));
    // attributes: 256 including namespace declarations
    let attributes = |n: usize| (0..n).map(|i| format!(" a{i}='v'")).collect::<String>();
    assert_eq!(parse_str(&wrap(&format!("<a{}/>", attributes(256)))), Err(MISSING_BODY));
    assert_eq!(parse_str(&wrap(&format!("<a{}/>", attributes(257)))), Err(LIMIT_EXCEEDED));
    assert_eq!(parse_str(&wrap(&format!("<a xmlns:p='u'{}/>", attributes(256)))), Err(LIMIT_EXCEEDED));
    // namespace declarations: 64
    let declarations = |n: usize| (0..n).map(|i| format!(" xmlns:p{i}='u'")).collect::<String>();
    assert_eq!(parse_str(&wrap(&format!("<a{}/>", declarations(64)))), Err(MISSING_BODY));
    assert_eq!(parse_str(&wrap(&format!("<a{}/>", declarations(65)))), Err(LIMIT_EXCEEDED));
    // names: 1024 bytes, qualified name
    let name = |n: usize| format!("p:{}", "x".repeat(n - 2));
    assert_eq!(parse_str(&wrap(&format!("<{0} xmlns:p='u'></{0}>", name(1024)))), Err(MISSING_BODY));
    assert_eq!(parse_str(&wrap(&format!("<{0} xmlns:p='u'></{0}>", name(1025)))), Err(LIMIT_EXCEEDED));
    assert_eq!(parse_str(&wrap(&format!("<a {}='v' xmlns:p='u'/>", name(1025)))), Err(LIMIT_EXCEEDED));
    // but an undeclared prefix at the start of the name comes first
    assert_eq!(parse_str(&wrap(&format!("<q{0}/>", name(1025)))), Err(NOT_WELL_FORMED));
}

#[test]
fn input_size_limit() {
    // 64 MiB (padded with a comment after the root element, which is fast to check)
    let doc = with_body("<m:SetImGroupResponse/>");
    let padded = |total: usize| {
        let filler = "x".repeat(total - doc.len() - "<!---->".len());
        [doc.as_slice(), b"<!--", filler.as_bytes(), b"-->"].concat()
    };
    let exactly = padded(64 * 1024 * 1024);
    assert_eq!(reference_parse(&exactly, false), Ok(json!({"set_im_group_response": {}})));
    let over = padded(64 * 1024 * 1024 + 1);
    assert_eq!(reference_parse(&over, false), Err(LIMIT_EXCEEDED));
    // a well-formedness problem before byte 67 108 864 comes first
    let mut early = over.clone();
    early.splice(0..0, b"&".iter().copied());
    early.pop();
    assert_eq!(early.len(), 64 * 1024 * 1024 + 1);
    assert_eq!(reference_parse(&early, false), Err(NOT_WELL_FORMED));
    // ... and one after it comes second
    let mut late = over;
    late.extend_from_slice(b"<junk>");
    assert_eq!(reference_parse(&late, false), Err(LIMIT_EXCEEDED));
}

#[test]
fn snake_case_rule() {
    for (name, key) in [
        ("DisplayNameFirstLast", "display_name_first_last"),
        ("TTYTDDPhoneNumbers", "ttytdd_phone_numbers"),
        ("BusinessPhoneNumbers2", "business_phone_numbers2"),
        ("Emails1", "emails1"),
        ("ExtendedFieldURI", "extended_field_uri"),
        ("PropertyTag", "property_tag"),
        ("MapiSendRichInfo", "mapi_send_rich_info"),
        ("GetPersonaResponseMessage", "get_persona_response_message"),
        ("FieldURI", "field_uri"),
        ("Name", "name"),
        ("already_snake", "already_snake"),
        ("A1B", "a1_b"),
    ] {
        assert_eq!(snake_case(name), key, "{name}");
    }
}

#[test]
fn key_tables_follow_the_snake_case_rule() {
    use support::reference::*;
    assert_eq!(PERSONA_CHILDREN.len(), 112);
    let tables: &[&[Child]] = &[
        RESPONSE_MESSAGE_CHILDREN,
        IM_ITEM_LIST_CHILDREN,
        IM_GROUP_CHILDREN,
        EXTENDED_PROPERTY_CHILDREN,
        PERSONA_CHILDREN,
        PERSONA_ATTRIBUTION_CHILDREN,
        EMAIL_ADDRESS_CHILDREN,
        PHONE_NUMBER_CHILDREN,
        POSTAL_ADDRESS_CHILDREN,
        BODY_CONTENT_CHILDREN,
        STRING_ATTRIBUTED_VALUE_CHILDREN,
        STRING_ARRAY_ATTRIBUTED_VALUE_CHILDREN,
        PHONE_NUMBER_ATTRIBUTED_VALUE_CHILDREN,
        EMAIL_ADDRESS_ATTRIBUTED_VALUE_CHILDREN,
        POSTAL_ADDRESS_ATTRIBUTED_VALUE_CHILDREN,
        BODY_CONTENT_ATTRIBUTED_VALUE_CHILDREN,
        EXTENDED_PROPERTY_ATTRIBUTED_VALUE_CHILDREN,
        FAULT_CHILDREN,
        FAULT_DETAIL_CHILDREN,
    ];
    for table in tables {
        for row in table.iter() {
            if row.xml == "Address" {
                assert_eq!(row.key, "email_address"); // the one alternative name (6.3)
            } else {
                assert_eq!(snake_case(row.xml), row.key, "{}", row.xml);
            }
        }
    }
    for attrs in [SERVER_VERSION_INFO_ATTRS, ITEM_ID_ATTRS, EXTENDED_FIELD_URI_ATTRS, RESPONSE_MESSAGE_ATTRS] {
        for (xml, key) in attrs {
            assert_eq!(snake_case(xml), *key);
        }
    }
    assert_eq!(RESPONSES.len(), 15);
    for (xml, key, _) in RESPONSES {
        assert_eq!(snake_case(xml), *key);
    }
}

#[test]
fn bug_report_snippets_that_define_an_output() {
    // BL-04: the rest of the persona is kept
    let p = persona(
        r#"<t:PersonaId Id="AAQkUDA0"/><t:Surname>Line1&#xB;Line2</t:Surname><t:ImAddress>sip:q.example@example.org</t:ImAddress>"#,
    );
    assert_eq!(
        p,
        json!({"persona_id": {"id": "AAQkUDA0"}, "surname": "Line1\u{FFFD}Line2", "im_address": "sip:q.example@example.org"})
    );
    // BL-03: decimal and hex alike, deep in an attributed value
    let p = persona(
        r#"<t:Nicknames><t:StringAttributedValue><t:Value>Doc&#25;Bot</t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:StringAttributedValue></t:Nicknames>"#,
    );
    assert_eq!(p, json!({"nicknames": [{"value": "Doc\u{FFFD}Bot", "attributions": ["0"]}]}));
    // BL-24, BL-25, BL-26: booleans and dates stay strings, unchanged
    let p = persona(
        r#"<t:CreationTime>2019-07-08T09:10:11.1234567Z</t:CreationTime><t:LastContactedDate>2019-07-08T09:10:11</t:LastContactedDate><t:Attributions><t:Attribution><t:Id>0</t:Id><t:IsWritable>True</t:IsWritable><t:IsQuickContact>1</t:IsQuickContact><t:IsHidden> false </t:IsHidden></t:Attribution></t:Attributions>"#,
    );
    assert_eq!(
        p,
        json!({
            "creation_time": "2019-07-08T09:10:11.1234567Z",
            "last_contacted_date": "2019-07-08T09:10:11",
            "attributions": [{"id": "0", "is_writable": "True", "is_quick_contact": "1", "is_hidden": " false "}]
        })
    );
    // BL-11: a schema-validation fault; faultcode is not resolved
    let doc = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>
    <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
    <faultstring xml:lang="en-US">Request failed schema validation (invented text).</faultstring>
    <detail>
      <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
      <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">Request failed schema validation (invented text).</e:Message>
      <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
        <t:LineNumber>1</t:LineNumber><t:LinePosition>212</t:LinePosition><t:Violation>Prefix q is not declared.</t:Violation>
      </t:MessageXml>
    </detail></s:Fault></s:Body></s:Envelope>"#;
    assert_eq!(
        parse_str(doc),
        Ok(json!({"fault": {
            "faultcode": "a:ErrorSchemaValidation",
            "faultstring": "Request failed schema validation (invented text).",
            "detail": {
                "response_code": "ErrorSchemaValidation",
                "message": "Request failed schema validation (invented text).",
                "message_xml": [
                    {"element": "LineNumber", "text": "1"},
                    {"element": "LinePosition", "text": "212"},
                    {"element": "Violation", "text": "Prefix q is not declared."}
                ]
            }
        }}))
    );
    // BL-27: a foreign header element, no ServerVersionInfo, a localised faultstring
    let doc = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><Action s:mustUnderstand="1" xmlns="http://schemas.microsoft.com/ws/2005/05/addressing/none">*</Action></s:Header>
  <s:Body><s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorInvalidServerVersion</faultcode>
  <faultstring xml:lang="de-DE">Ungültige Serverversion (erfunden).</faultstring>
  <detail><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorInvalidServerVersion</e:ResponseCode></detail></s:Fault></s:Body></s:Envelope>"#;
    assert_eq!(
        parse_str(doc),
        Ok(json!({"fault": {
            "faultcode": "a:ErrorInvalidServerVersion",
            "faultstring": "Ungültige Serverversion (erfunden).",
            "detail": {"response_code": "ErrorInvalidServerVersion"}
        }}))
    );
    // BL-14 and BL-31: declarations and unknown attributes on Body; an unknown server version
    let doc = format!(
        r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="20" MajorBuildNumber="9999" MinorBuildNumber="1" Version="V2031_01_01"/></s:Header><s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" data-trace="abc"><m:GetImItemsResponse ResponseClass="Success" xmlns:m="{M}"><m:ImItemList data-x="1"/></m:GetImItemsResponse></s:Body></s:Envelope>"#
    );
    assert_eq!(
        parse_str(&doc),
        Ok(json!({
            "server_version_info": {
                "major_version": "15", "minor_version": "20", "major_build_number": "9999",
                "minor_build_number": "1", "version": "V2031_01_01"
            },
            "get_im_items_response": {"response_class": "Success", "im_item_list": {}}
        }))
    );
    // BL-29: throttling data in MessageXml, "0" is kept
    let doc = with_body(
        r#"<m:GetImItemsResponse ResponseClass="Error"><m:MessageText>Server is busy (invented).</m:MessageText><m:ResponseCode>ErrorServerBusy</m:ResponseCode><m:MessageXml><t:Value Name="Policy">MaxConcurrency</t:Value><t:Value Name="BackOffMilliseconds">0</t:Value></m:MessageXml></m:GetImItemsResponse>"#,
    );
    assert_eq!(
        reference_parse(&doc, false),
        Ok(json!({"get_im_items_response": {
            "response_class": "Error",
            "message_text": "Server is busy (invented).",
            "response_code": "ErrorServerBusy",
            "message_xml": [
                {"element": "Value", "name": "Policy", "text": "MaxConcurrency"},
                {"element": "Value", "name": "BackOffMilliseconds", "text": "0"}
            ]
        }}))
    );
    // 8.4: a mismatched end tag anywhere
    assert_eq!(im_item_list("<t:Base64Binary>AAAA</Base64Binary>", false), Err(NOT_WELL_FORMED));
}
