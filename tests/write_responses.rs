//! The response writer on real responses: every response and fault of the corpus, parsed
//! and written again in each style, reads back the same; what each style looks like; the
//! refusals.

use std::path::Path;

use ews_im::write::{
    response_to_vec, write_response, Indent, OwnedResponse, ResponseError, ResponseOptions, Style, TextEscape,
};
use ews_im::{
    parse, Bump, OwnedBody, OwnedFault, OwnedFaultDetail, OwnedGetPersonaResponseMessage, OwnedMessageXmlEntry,
    OwnedPersona, OwnedRemoveImGroupResponse, OwnedServerVersionInfo, EWS_MESSAGES, EWS_TYPES,
};

fn all_options() -> Vec<ResponseOptions> {
    let mut v = Vec::new();
    for style in [Style::Server, Style::Prefixed] {
        for indent in [Indent::None, Indent::Spaces(2), Indent::Spaces(3)] {
            for escape in [TextEscape::References, TextEscape::Numeric, TextEscape::Cdata] {
                for xml_declaration in [true, false] {
                    v.push(ResponseOptions { style, indent, escape, xml_declaration });
                }
            }
        }
    }
    v
}

#[test]
fn every_corpus_response_is_written_again_the_same_in_every_style() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".xml"))
        .collect();
    names.sort();
    let mut written = 0;
    for name in &names {
        let xml = std::fs::read(dir.join(name)).unwrap();
        let arena = Bump::new();
        let Ok(parsed) = parse(&xml, &arena) else { continue };
        let model = OwnedResponse::from_view(&parsed);
        for opts in all_options() {
            // From the owned model and from the views: the same bytes.
            let from_model = response_to_vec(&model, &opts).unwrap();
            let from_views = response_to_vec(&parsed, &opts).unwrap();
            assert_eq!(from_model, from_views, "{name}");
            let text = String::from_utf8(from_model).unwrap();
            assert!(!text.contains("\"https://schemas"), "{name}: only http:// namespaces");
            let arena2 = Bump::new();
            let again = parse(text.as_bytes(), &arena2).unwrap_or_else(|e| panic!("{name} {opts:?}: {e}\n{text}"));
            assert_eq!(OwnedResponse::from_view(&again), model, "{name} {opts:?}\n{text}");
            // Also well-formed and namespace-correct for an independent reader.
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name} {opts:?}: {e}"));
        }
        written += 1;
    }
    assert!(written >= 30, "{written} responses");
}

fn seed() -> (Vec<u8>, OwnedResponse) {
    let xml = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/getimitems-response-seed.xml")).unwrap();
    let arena = Bump::new();
    let model = OwnedResponse::from_view(&parse(&xml, &arena).unwrap());
    (xml, model)
}

#[test]
fn server_style_redeclares_the_default_namespace_like_exchange() {
    let (_, model) = seed();
    let xml = String::from_utf8(response_to_vec(&model, &ResponseOptions::default()).unwrap()).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<s:Envelope"));
    assert!(xml.contains(&format!("<h:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"0\" MajorBuildNumber=\"556\" MinorBuildNumber=\"8\" Version=\"Exchange2013\" xmlns:h=\"{EWS_TYPES}\" xmlns=\"{EWS_TYPES}\"")));
    assert!(xml.contains(&format!("<GetImItemsResponse ResponseClass=\"Success\" xmlns=\"{EWS_MESSAGES}\">")), "{xml}");
    assert!(xml.contains("\n      <ImItemList>\n"), "{xml}");
    assert!(xml.contains(&format!("<Groups xmlns=\"{EWS_TYPES}\">")));
    assert!(xml.contains(&format!("<Personas xmlns=\"{EWS_TYPES}\">")));
    assert!(!xml.contains("m:") && !xml.contains("t:"));

    // A single Persona (GetPersona) is in messages, so each child re-declares types.
    let persona = OwnedPersona {
        display_name: Some("Ann".into()),
        relevance_score: Some("4255550110".into()),
        ..OwnedPersona::default()
    };
    let body = OwnedGetPersonaResponseMessage {
        response_class: Some("Success".into()),
        persona: Some(persona),
        ..Default::default()
    };
    let r = OwnedResponse { server_version_info: None, body: OwnedBody::GetPersona(body) };
    let opts = ResponseOptions { indent: Indent::None, xml_declaration: false, ..ResponseOptions::default() };
    let xml = String::from_utf8(response_to_vec(&r, &opts).unwrap()).unwrap();
    assert_eq!(
        xml,
        format!(
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\
             <GetPersonaResponseMessage ResponseClass=\"Success\" xmlns=\"{EWS_MESSAGES}\"><Persona>\
             <DisplayName xmlns=\"{EWS_TYPES}\">Ann</DisplayName>\
             <RelevanceScore xmlns=\"{EWS_TYPES}\">4255550110</RelevanceScore>\
             </Persona></GetPersonaResponseMessage></s:Body></s:Envelope>"
        )
    );
}

#[test]
fn prefixed_style_declares_m_and_t_once() {
    let (_, model) = seed();
    let opts = ResponseOptions { style: Style::Prefixed, indent: Indent::Spaces(1), ..ResponseOptions::default() };
    let xml = String::from_utf8(response_to_vec(&model, &opts).unwrap()).unwrap();
    assert_eq!(xml.matches("xmlns").count(), 3, "{xml}");
    assert!(xml.contains(&format!(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"{EWS_MESSAGES}\" xmlns:t=\"{EWS_TYPES}\">"
    )));
    assert!(xml
        .contains("\n  <m:GetImItemsResponse ResponseClass=\"Success\">\n   <m:ResponseCode>NoError</m:ResponseCode>"));
    assert!(xml.contains("<t:Persona>") && xml.contains("<t:ServerVersionInfo "));
}

#[test]
fn faults_use_no_namespace_children_and_e_for_the_detail() {
    let fault = OwnedFault {
        faultcode: Some("a:ErrorServerBusy".into()),
        faultstring: Some("The server cannot service this request right now.".into()),
        faultactor: None,
        detail: Some(OwnedFaultDetail {
            response_code: Some("ErrorServerBusy".into()),
            message: Some("Busy".into()),
            message_xml: Some(vec![OwnedMessageXmlEntry::new("Value", &[("Name", "BackOffMilliseconds")], "297749")]),
        }),
    };
    let r = OwnedResponse { server_version_info: None, body: OwnedBody::Fault(fault) };
    for opts in all_options() {
        let xml = response_to_vec(&r, &opts).unwrap();
        let arena = Bump::new();
        let parsed = parse(&xml, &arena).unwrap();
        let ews_im::Body::Fault(f) = parsed.body() else { panic!() };
        let detail = f.detail().unwrap();
        assert_eq!(detail.message_xml().unwrap().value_named("BackOffMilliseconds"), Some("297749"));
        assert_eq!(OwnedResponse::from_view(&parsed), r);
        let text = String::from_utf8(xml).unwrap();
        assert!(text.contains(&format!("<e:ResponseCode xmlns:e=\"{}\">", ews_im::EWS_ERRORS)), "{text}");
        assert!(!text.contains("<s:Header>"));
    }
}

#[test]
fn cdata_and_references_carry_every_character() {
    let tricky = "<&>\"' ]]> ]]]]> \r\n \r \t é 😀 \u{10FFFF}";
    let body = OwnedRemoveImGroupResponse {
        response_class: Some("Error".into()),
        message_text: Some(tricky.into()),
        response_code: Some(String::new()),
        ..Default::default()
    };
    let r = OwnedResponse {
        server_version_info: Some(OwnedServerVersionInfo { version: Some(tricky.into()), ..Default::default() }),
        body: OwnedBody::RemoveImGroup(body),
    };
    for opts in all_options() {
        let xml = response_to_vec(&r, &opts).unwrap();
        let text = String::from_utf8(xml.clone()).unwrap();
        if opts.escape == TextEscape::Cdata {
            assert!(text.contains("<![CDATA[<&>\"' ]]]]><![CDATA[> ]]]]]]><![CDATA[> ]]>&#13;<![CDATA[\n"), "{text}");
        }
        let arena = Bump::new();
        assert_eq!(OwnedResponse::from_view(&parse(&xml, &arena).unwrap()), r, "{text}");
        // An empty text is an empty element (present, not absent).
        assert!(text.contains("<ResponseCode/>") || text.contains("<m:ResponseCode/>"));
    }
}

#[test]
fn refusals() {
    let with = |entry: OwnedMessageXmlEntry| OwnedResponse {
        server_version_info: None,
        body: OwnedBody::RemoveImGroup(OwnedRemoveImGroupResponse {
            message_xml: Some(vec![entry]),
            ..Default::default()
        }),
    };
    let opts = ResponseOptions::default();
    for bad in ["", "1a", "t:Value", "a b", "xmlns:x"] {
        let e = response_to_vec(&with(OwnedMessageXmlEntry::new(bad, &[], "")), &opts).unwrap_err();
        assert!(matches!(&e, ResponseError::InvalidName { name } if name == bad), "{e}");
    }
    for bad in ["xmlns", "a:b", ""] {
        let e = response_to_vec(&with(OwnedMessageXmlEntry::new("Value", &[(bad, "x")], "")), &opts).unwrap_err();
        assert!(matches!(&e, ResponseError::InvalidName { name } if name == bad), "{e}");
    }
    let e = response_to_vec(&with(OwnedMessageXmlEntry::new("Value", &[("Name", "a"), ("Name", "b")], "")), &opts)
        .unwrap_err();
    assert_eq!(e.to_string(), "MessageXml/Value: attribute Name given twice");
    let e = response_to_vec(&with(OwnedMessageXmlEntry::new("Value", &[("Name", "a\u{1}")], "")), &opts).unwrap_err();
    assert_eq!(e.to_string(), "Value/@Name: character U+0001 (byte 1) cannot be written in XML 1.0");
    let e = response_to_vec(&with(OwnedMessageXmlEntry::new("Value", &[], "\u{FFFF}")), &opts).unwrap_err();
    assert!(matches!(e, ResponseError::ForbiddenChar { code: 0xFFFF, offset: 0, .. }));

    // A failing writer is an I/O error.
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let (_, model) = seed();
    let e = write_response(&mut Full, &model, &opts).unwrap_err();
    assert!(matches!(e, ResponseError::Io(_)));
    assert_eq!(e.to_string(), "cannot write the response: disk full");
}
