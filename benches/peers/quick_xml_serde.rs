//! `quick-xml-serde`: `quick_xml::de::from_str` into `#[derive(Deserialize)]` structs with
//! owned `String`s, the usual way to read EWS with serde (the structs cover only the
//! extracted fields; serde skips the rest). quick-xml's deserializer matches local names
//! and ignores namespaces.

use serde::Deserialize;

use super::Acc;

#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "Body")]
    body: SoapBody,
}

#[derive(Deserialize)]
struct SoapBody {
    #[serde(rename = "GetImItemsResponse")]
    response: GetImItemsResponse,
}

#[derive(Deserialize)]
struct GetImItemsResponse {
    #[serde(rename = "ImItemList")]
    im_item_list: Option<ImItemList>,
}

#[derive(Deserialize)]
struct ImItemList {
    #[serde(rename = "Groups")]
    groups: Option<Groups>,
    #[serde(rename = "Personas")]
    personas: Option<Personas>,
}

#[derive(Deserialize)]
struct Groups {
    #[serde(rename = "ImGroup", default)]
    items: Vec<ImGroup>,
}

#[derive(Deserialize)]
struct ImGroup {
    #[serde(rename = "DisplayName")]
    display_name: Option<String>,
    #[serde(rename = "GroupType")]
    group_type: Option<String>,
    #[serde(rename = "ExchangeStoreId")]
    exchange_store_id: Option<ItemId>,
    #[serde(rename = "MemberCorrelationKey")]
    member_correlation_key: Option<ItemIds>,
    #[serde(rename = "ExtendedProperties")]
    extended_properties: Option<ExtendedProperties>,
}

#[derive(Deserialize)]
struct ItemId {
    #[serde(rename = "@Id")]
    id: Option<String>,
    #[serde(rename = "@ChangeKey")]
    change_key: Option<String>,
}

#[derive(Deserialize)]
struct ItemIds {
    #[serde(rename = "ItemId", default)]
    items: Vec<ItemId>,
}

#[derive(Deserialize)]
struct ExtendedProperties {
    #[serde(rename = "ExtendedProperty", default)]
    items: Vec<ExtendedProperty>,
}

#[derive(Deserialize)]
struct ExtendedProperty {
    #[serde(rename = "Value")]
    value: Option<String>,
}

#[derive(Deserialize)]
struct Personas {
    #[serde(rename = "Persona", default)]
    items: Vec<Persona>,
}

#[derive(Deserialize)]
struct Persona {
    #[serde(rename = "PersonaId")]
    persona_id: Option<ItemId>,
    #[serde(rename = "PersonaType")]
    persona_type: Option<String>,
    #[serde(rename = "CreationTime")]
    creation_time: Option<String>,
    #[serde(rename = "DisplayName")]
    display_name: Option<String>,
    #[serde(rename = "GivenName")]
    given_name: Option<String>,
    #[serde(rename = "Surname")]
    surname: Option<String>,
    #[serde(rename = "EmailAddress")]
    email_address: Option<EmailAddress>,
    #[serde(rename = "ImAddress")]
    im_address: Option<String>,
    #[serde(rename = "RelevanceScore")]
    relevance_score: Option<String>,
    #[serde(rename = "Attributions")]
    attributions: Option<Attributions>,
    #[serde(rename = "DisplayNames")]
    display_names: Option<StringAttributedValues>,
    #[serde(rename = "ExtendedProperties")]
    extended_properties: Option<ExtendedPropertyAttributedValues>,
}

#[derive(Deserialize)]
struct EmailAddress {
    #[serde(rename = "EmailAddress", alias = "Address")]
    email_address: Option<String>,
}

#[derive(Deserialize)]
struct Attributions {
    #[serde(rename = "Attribution", default)]
    items: Vec<Attribution>,
}

#[derive(Deserialize)]
struct Attribution {
    #[serde(rename = "Id")]
    id: Option<String>,
    #[serde(rename = "SourceId")]
    source_id: Option<ItemId>,
    #[serde(rename = "DisplayName")]
    display_name: Option<String>,
    #[serde(rename = "IsWritable")]
    is_writable: Option<String>,
}

#[derive(Deserialize)]
struct StringAttributedValues {
    #[serde(rename = "StringAttributedValue", default)]
    items: Vec<StringAttributedValue>,
}

#[derive(Deserialize)]
struct StringAttributedValue {
    #[serde(rename = "Value")]
    value: Option<String>,
}

#[derive(Deserialize)]
struct ExtendedPropertyAttributedValues {
    #[serde(rename = "ExtendedPropertyAttributedValue", default)]
    items: Vec<ExtendedPropertyAttributedValue>,
}

#[derive(Deserialize)]
struct ExtendedPropertyAttributedValue {
    #[serde(rename = "Value")]
    value: Option<ExtendedProperty>,
}

/// Deserializes `input` and reports the extraction to `acc`.
pub fn run<A: Acc>(input: &[u8], acc: &mut A) {
    let input = std::str::from_utf8(input).expect("UTF-8");
    let envelope: Envelope = quick_xml::de::from_str(input).expect("quick-xml-serde deserializes the input");
    let Some(list) = envelope.body.response.im_item_list else { return };
    for g in list.groups.iter().flat_map(|g| &g.items) {
        acc.group();
        acc.text(g.display_name.as_deref());
        acc.text(g.group_type.as_deref());
        let store = g.exchange_store_id.as_ref();
        acc.text(store.and_then(|s| s.id.as_deref()));
        acc.text(store.and_then(|s| s.change_key.as_deref()));
        for key in g.member_correlation_key.iter().flat_map(|k| &k.items) {
            acc.item();
            acc.text(key.id.as_deref());
        }
        for prop in g.extended_properties.iter().flat_map(|p| &p.items) {
            acc.item();
            acc.text(prop.value.as_deref());
        }
    }
    for p in list.personas.iter().flat_map(|p| &p.items) {
        acc.persona();
        acc.text(p.persona_id.as_ref().and_then(|id| id.id.as_deref()));
        acc.text(p.persona_type.as_deref());
        acc.text(p.creation_time.as_deref());
        acc.text(p.display_name.as_deref());
        acc.text(p.given_name.as_deref());
        acc.text(p.surname.as_deref());
        acc.text(p.email_address.as_ref().and_then(|e| e.email_address.as_deref()));
        acc.text(p.im_address.as_deref());
        acc.text(p.relevance_score.as_deref());
        for a in p.attributions.iter().flat_map(|a| &a.items) {
            acc.item();
            acc.text(a.id.as_deref());
            acc.text(a.source_id.as_ref().and_then(|s| s.id.as_deref()));
            acc.text(a.display_name.as_deref());
            acc.text(a.is_writable.as_deref());
        }
        for v in p.display_names.iter().flat_map(|v| &v.items) {
            acc.item();
            acc.text(v.value.as_deref());
        }
        for v in p.extended_properties.iter().flat_map(|v| &v.items) {
            acc.item();
            acc.text(v.value.as_ref().and_then(|v| v.value.as_deref()));
        }
    }
}
