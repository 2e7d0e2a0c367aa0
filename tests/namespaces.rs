//! Namespace scoping: elements match on (URI, local name), never on the prefix.

use ews_im::{parse, Body, Bump};

const T: &str = "http://schemas.microsoft.com/exchange/services/2006/types";
const M: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";
const S: &str = "http://schemas.xmlsoap.org/soap/envelope/";

fn json(input: &str) -> String {
    let arena = Bump::new();
    let r = parse(input.as_bytes(), &arena).unwrap_or_else(|e| panic!("{e}\n{input}"));
    let mut v = Vec::new();
    ews_im::json::write(&mut v, &r, false).unwrap();
    String::from_utf8(v).unwrap()
}

/// The same GetImItems response in four prefix styles gives the same JSON.
#[test]
fn prefix_styles_are_equivalent() {
    let server = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Body><GetImItemsResponse ResponseClass="Success" xmlns="{M}"><ResponseCode>NoError</ResponseCode><ImItemList><Groups xmlns="{T}"><ImGroup><DisplayName>G</DisplayName></ImGroup></Groups><Personas xmlns="{T}"><Persona><DisplayName>P</DisplayName><EmailAddress><EmailAddress>p@x</EmailAddress></EmailAddress></Persona></Personas></ImItemList></GetImItemsResponse></s:Body></s:Envelope>"#
    );
    let docs = format!(
        r#"<soap:Envelope xmlns:soap="{S}" xmlns:m="{M}" xmlns:t="{T}"><soap:Body><m:GetImItemsResponse ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode><m:ImItemList><t:Groups><t:ImGroup><t:DisplayName>G</t:DisplayName></t:ImGroup></t:Groups><t:Personas><t:Persona><t:DisplayName>P</t:DisplayName><t:EmailAddress><t:EmailAddress>p@x</t:EmailAddress></t:EmailAddress></t:Persona></t:Personas></m:ImItemList></m:GetImItemsResponse></soap:Body></soap:Envelope>"#
    );
    let odd = docs
        .replace("soap:", "ns0:")
        .replace("xmlns:soap", "xmlns:ns0")
        .replace("m:", "a:")
        .replace("xmlns:m", "xmlns:a")
        .replace("t:", "q9:")
        .replace("xmlns:t", "xmlns:q9");
    // Every child of the persona re-declares the default namespace, as GetPersona responses do.
    let redeclared =
        server.replace("<DisplayName>P</DisplayName>", &format!(r#"<DisplayName xmlns="{T}">P</DisplayName>"#));
    let expected = json(&server);
    assert!(
        expected.contains(r#""personas":[{"display_name":"P","email_address":{"email_address":"p@x"}}]"#),
        "{expected}"
    );
    for d in [&docs, &odd, &redeclared] {
        assert_eq!(json(d), expected, "{d}");
    }
}

#[test]
fn a_prefix_rebound_mid_document() {
    // `t` means types on the group list, then is rebound to a foreign URI on one group.
    let doc = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Body><m:GetImItemsResponse xmlns:m="{M}" xmlns:t="{T}"><m:ImItemList><t:Groups><t:ImGroup><t:DisplayName>one</t:DisplayName></t:ImGroup><t:ImGroup xmlns:t="urn:other"><t:DisplayName>foreign</t:DisplayName></t:ImGroup><t:ImGroup><t:DisplayName>three</t:DisplayName></t:ImGroup></t:Groups></m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>"#
    );
    assert!(json(&doc).contains(r#""groups":[{"display_name":"one"},{"display_name":"three"}]"#), "{}", json(&doc));
    // `t:` bound to the messages URI is still the EWS family (the contract's family rule).
    let doc2 = doc.replace(&format!(r#"xmlns:t="{T}""#), &format!(r#"xmlns:t="{M}""#));
    assert!(json(&doc2).contains(r#""display_name":"one""#));
}

#[test]
fn same_local_name_in_a_foreign_namespace_does_not_match() {
    let doc = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Body><m:GetImItemsResponse xmlns:m="{M}" xmlns:t="{T}"><m:ImItemList><t:Personas><x:Persona xmlns:x="urn:evil"><t:DisplayName>evil</t:DisplayName></x:Persona><t:Persona><x:DisplayName xmlns:x="urn:other">n</x:DisplayName><DisplayName>no namespace</DisplayName><t:DisplayName>real</t:DisplayName></t:Persona></t:Personas></m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>"#
    );
    assert!(json(&doc).contains(r#""personas":[{"display_name":"real"}]"#), "{}", json(&doc));
}

#[test]
fn default_namespace_undeclared_with_empty_uri() {
    let doc = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Body><GetImItemsResponse xmlns="{M}"><ImItemList><Groups xmlns="{T}"><ImGroup><DisplayName xmlns="">nobody</DisplayName><GroupType>x</GroupType></ImGroup></Groups></ImItemList></GetImItemsResponse></s:Body></s:Envelope>"#
    );
    assert!(json(&doc).contains(r#""groups":[{"group_type":"x"}]"#), "{}", json(&doc));
}

#[test]
fn declarations_after_the_attributes_that_use_them() {
    let doc = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Header><h:ServerVersionInfo MajorVersion="15" Version="V2_68" xmlns:h="{T}" xmlns="{T}"/></s:Header><s:Body xmlns:s2="{S}"><s2:Fault><faultcode>x</faultcode></s2:Fault></s:Body></s:Envelope>"#
    );
    assert_eq!(
        json(&doc),
        r#"{"server_version_info":{"major_version":"15","version":"V2_68"},"fault":{"faultcode":"x"}}"#
    );
}

#[test]
fn fault_children_only_in_no_namespace_and_detail_in_errors_or_family() {
    let e = "http://schemas.microsoft.com/exchange/services/2006/errors";
    let doc = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Body><s:Fault><s:faultcode>qualified</s:faultcode><faultcode>plain</faultcode><detail><ResponseCode xmlns="{e}">ErrorServerBusy</ResponseCode><Message>no namespace: unknown</Message><t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">297749</t:Value></t:MessageXml></detail></s:Fault></s:Body></s:Envelope>"#
    );
    let arena = Bump::new();
    let r = parse(doc.as_bytes(), &arena).unwrap();
    let Body::Fault(f) = r.body() else { panic!() };
    assert_eq!(f.faultcode(), Some("plain"));
    let d = f.detail().unwrap();
    assert_eq!(d.response_code(), Some("ErrorServerBusy"));
    assert_eq!(d.message(), None);
    assert_eq!(d.message_xml().unwrap().value_named("BackOffMilliseconds"), Some("297749"));
}

#[test]
fn the_same_name_means_what_its_parent_says() {
    // Value inside Value, Attributions of two kinds, ExtendedProperties of two kinds.
    let doc = format!(
        r#"<s:Envelope xmlns:s="{S}"><s:Body><m:GetImItemsResponse xmlns:m="{M}" xmlns:t="{T}"><m:ImItemList>
<t:Groups><t:ImGroup><t:ExtendedProperties><t:ExtendedProperty><t:ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/><t:Value>G</t:Value></t:ExtendedProperty></t:ExtendedProperties></t:ImGroup></t:Groups>
<t:Personas><t:Persona><t:Attributions><t:Attribution><t:Id>0</t:Id><t:DisplayName>Source</t:DisplayName></t:Attribution></t:Attributions>
<t:ExtendedProperties><t:ExtendedPropertyAttributedValue><t:Value><t:ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/><t:Value>P</t:Value></t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:ExtendedPropertyAttributedValue></t:ExtendedProperties>
<t:Children><t:StringArrayAttributedValue><t:Values><t:Value>a</t:Value><t:Value>b</t:Value></t:Values></t:StringArrayAttributedValue></t:Children>
</t:Persona></t:Personas></m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>"#
    );
    let arena = Bump::new();
    let r = parse(doc.as_bytes(), &arena).unwrap();
    let Body::GetImItems(x) = r.body() else { panic!() };
    let list = x.im_item_list().unwrap();
    let g = list.groups().unwrap().get(0).unwrap();
    let gp = g.extended_properties().unwrap().get(0).unwrap();
    assert_eq!(gp.value(), Some("G"));
    assert_eq!(gp.extended_field_uri().unwrap().property_tag(), Some("0x3001"));
    let p = list.personas().unwrap().get(0).unwrap();
    assert_eq!(p.attributions().unwrap().get(0).unwrap().display_name(), Some("Source"));
    assert_eq!(p.display_name(), None, "an attribution's DisplayName is not the persona's");
    let pp = p.extended_properties().unwrap().get(0).unwrap();
    assert_eq!(pp.value().unwrap().value(), Some("P"));
    assert_eq!(pp.attributions().unwrap().iter().collect::<Vec<_>>(), vec!["0"]);
    let c = p.children().unwrap().get(0).unwrap();
    assert_eq!(c.values().unwrap().iter().collect::<Vec<_>>(), vec!["a", "b"]);
}
