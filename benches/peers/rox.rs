//! `roxmltree`: `roxmltree::Document::parse` (a read-only DOM whose strings borrow from the
//! input where they can), then a walk over the tree that matches elements by namespace URI
//! and local name (roxmltree resolves namespaces), one pass over each element's children.

use roxmltree::{Document, Node};

use super::Acc;

const SOAP: &str = "http://schemas.xmlsoap.org/soap/envelope/";

/// The EWS namespaces, in both spellings (`https://` appears in the documentation's samples,
/// which `ews-im` accepts too).
fn is_ews(ns: Option<&str>) -> bool {
    matches!(
        ns,
        Some(
            "http://schemas.microsoft.com/exchange/services/2006/messages"
                | "http://schemas.microsoft.com/exchange/services/2006/types"
                | "https://schemas.microsoft.com/exchange/services/2006/messages"
                | "https://schemas.microsoft.com/exchange/services/2006/types"
        )
    )
}

/// The local name of an EWS element ("" for anything else).
fn ews<'a>(n: &Node<'a, '_>) -> &'a str {
    if n.is_element() && is_ews(n.tag_name().namespace()) {
        n.tag_name().name()
    } else {
        ""
    }
}

/// The first EWS child element named `name`.
fn child<'a, 'input>(n: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    n.children().find(|c| ews(c) == name)
}

/// The EWS child elements named `name`.
fn children<'a, 'input: 'a>(n: Node<'a, 'input>, name: &'a str) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    n.children().filter(move |c| ews(c) == name)
}

fn soap<'a, 'input>(n: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    n.children().find(|c| c.is_element() && c.tag_name().namespace() == Some(SOAP) && c.tag_name().name() == name)
}

/// Parses `input` and reports the extraction to `acc`.
pub fn run<A: Acc>(input: &[u8], acc: &mut A) {
    let input = std::str::from_utf8(input).expect("UTF-8");
    let doc = Document::parse(input).expect("roxmltree parses the input");
    let root = doc.root_element();
    assert!(root.tag_name().namespace() == Some(SOAP) && root.tag_name().name() == "Envelope");
    let Some(list) =
        soap(root, "Body").and_then(|b| child(b, "GetImItemsResponse")).and_then(|r| child(r, "ImItemList"))
    else {
        return;
    };
    for g in child(list, "Groups").into_iter().flat_map(|g| children(g, "ImGroup")) {
        group(g, acc);
    }
    for p in child(list, "Personas").into_iter().flat_map(|p| children(p, "Persona")) {
        persona(p, acc);
    }
}

fn group<A: Acc>(g: Node<'_, '_>, acc: &mut A) {
    let (mut display_name, mut group_type, mut store, mut keys, mut props) = (None, None, None, None, None);
    for c in g.children() {
        match ews(&c) {
            "DisplayName" if display_name.is_none() => display_name = Some(c),
            "GroupType" if group_type.is_none() => group_type = Some(c),
            "ExchangeStoreId" if store.is_none() => store = Some(c),
            "MemberCorrelationKey" if keys.is_none() => keys = Some(c),
            "ExtendedProperties" if props.is_none() => props = Some(c),
            _ => {}
        }
    }
    acc.group();
    acc.text(display_name.and_then(|n| n.text()));
    acc.text(group_type.and_then(|n| n.text()));
    acc.text(store.and_then(|n| n.attribute("Id")));
    acc.text(store.and_then(|n| n.attribute("ChangeKey")));
    for key in keys.into_iter().flat_map(|k| children(k, "ItemId")) {
        acc.item();
        acc.text(key.attribute("Id"));
    }
    for prop in props.into_iter().flat_map(|p| children(p, "ExtendedProperty")) {
        acc.item();
        acc.text(child(prop, "Value").and_then(|v| v.text()));
    }
}

/// The children of a `Persona` that the extraction reads (first occurrence of each).
#[derive(Default)]
struct PersonaChildren<'a, 'input> {
    id: Option<Node<'a, 'input>>,
    persona_type: Option<Node<'a, 'input>>,
    creation_time: Option<Node<'a, 'input>>,
    display_name: Option<Node<'a, 'input>>,
    given_name: Option<Node<'a, 'input>>,
    surname: Option<Node<'a, 'input>>,
    email: Option<Node<'a, 'input>>,
    im_address: Option<Node<'a, 'input>>,
    relevance: Option<Node<'a, 'input>>,
    attributions: Option<Node<'a, 'input>>,
    display_names: Option<Node<'a, 'input>>,
    props: Option<Node<'a, 'input>>,
}

fn persona<A: Acc>(p: Node<'_, '_>, acc: &mut A) {
    let mut n = PersonaChildren::default();
    for c in p.children() {
        let slot = match ews(&c) {
            "PersonaId" => &mut n.id,
            "PersonaType" => &mut n.persona_type,
            "CreationTime" => &mut n.creation_time,
            "DisplayName" => &mut n.display_name,
            "GivenName" => &mut n.given_name,
            "Surname" => &mut n.surname,
            "EmailAddress" => &mut n.email,
            "ImAddress" => &mut n.im_address,
            "RelevanceScore" => &mut n.relevance,
            "Attributions" => &mut n.attributions,
            "DisplayNames" => &mut n.display_names,
            "ExtendedProperties" => &mut n.props,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(c);
        }
    }
    let PersonaChildren {
        id,
        persona_type,
        creation_time,
        display_name,
        given_name,
        surname,
        email,
        im_address,
        relevance,
        attributions,
        display_names,
        props,
    } = n;
    acc.persona();
    acc.text(id.and_then(|n| n.attribute("Id")));
    acc.text(persona_type.and_then(|n| n.text()));
    acc.text(creation_time.and_then(|n| n.text()));
    acc.text(display_name.and_then(|n| n.text()));
    acc.text(given_name.and_then(|n| n.text()));
    acc.text(surname.and_then(|n| n.text()));
    acc.text(
        email.and_then(|e| e.children().find(|c| matches!(ews(c), "EmailAddress" | "Address"))).and_then(|n| n.text()),
    );
    acc.text(im_address.and_then(|n| n.text()));
    acc.text(relevance.and_then(|n| n.text()));
    for a in attributions.into_iter().flat_map(|a| children(a, "Attribution")) {
        let (mut aid, mut source, mut name, mut writable) = (None, None, None, None);
        for c in a.children() {
            match ews(&c) {
                "Id" if aid.is_none() => aid = Some(c),
                "SourceId" if source.is_none() => source = Some(c),
                "DisplayName" if name.is_none() => name = Some(c),
                "IsWritable" if writable.is_none() => writable = Some(c),
                _ => {}
            }
        }
        acc.item();
        acc.text(aid.and_then(|n| n.text()));
        acc.text(source.and_then(|n| n.attribute("Id")));
        acc.text(name.and_then(|n| n.text()));
        acc.text(writable.and_then(|n| n.text()));
    }
    for v in display_names.into_iter().flat_map(|d| children(d, "StringAttributedValue")) {
        acc.item();
        acc.text(child(v, "Value").and_then(|n| n.text()));
    }
    for v in props.into_iter().flat_map(|d| children(d, "ExtendedPropertyAttributedValue")) {
        acc.item();
        acc.text(child(v, "Value").and_then(|v| child(v, "Value")).and_then(|n| n.text()));
    }
}
