//! `Response::outcome()`: the classification of every IM-operation error and fault in the
//! corpus, and of the bug kinds BL-27 … BL-30.

use std::time::Duration;

use ews_im::{parse, Body, Bump, ErrorKind, Outcome, ResponseCode as C};

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)).unwrap()
}

/// (kind of outcome, code, fault?) for a corpus file.
fn summary(name: &str) -> (&'static str, String, bool) {
    let input = corpus(name);
    let arena = Bump::new();
    let r = parse(&input, &arena).unwrap_or_else(|e| panic!("{name}: {e}"));
    match r.outcome() {
        Outcome::Success => ("success", String::new(), false),
        Outcome::Warning(p) => ("warning", p.code.to_string(), p.fault),
        Outcome::Retry { problem: p, .. } => ("retry", p.code.to_string(), p.fault),
        Outcome::Version(p) => ("version", p.code.to_string(), p.fault),
        Outcome::SchemaValidation { problem: p, .. } => ("schema", p.code.to_string(), p.fault),
        Outcome::Permanent(p) => ("permanent", p.code.to_string(), p.fault),
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_im_error_and_fault_file_is_classified() {
    let table = [
        (
            "adddistributiongrouptoimlist-error-msdocs.xml",
            "permanent",
            "ErrorInvalidImDistributionGroupSmtpAddress",
            false,
        ),
        ("addimcontacttogroup-error-msdocs.xml", "permanent", "ErrorInvalidImContactId", false),
        ("addnewimcontacttogroup-error-nonexistentmailbox-msdocs.xml", "permanent", "ErrorNonExistentMailbox", false),
        ("addnewteluricontacttogroup-error-msdocs.xml", "permanent", "ErrorItemNotFound", false),
        ("getpersona-error-invalididmalformed-msdocs.xml", "permanent", "ErrorInvalidIdMalformed", false),
        ("removecontactfromimlist-error-msdocs.xml", "permanent", "ErrorItemNotFound", false),
        ("removedistributiongroupfromimlist-error-msdocs.xml", "permanent", "ErrorItemNotFound", false),
        ("removeimcontactfromgroup-error-msdocs.xml", "permanent", "ErrorInvalidImContactId", false),
        ("removeimgroup-error-invalididmalformed-msdocs.xml", "permanent", "ErrorInvalidIdMalformed", false),
        ("removeimgroup-error-invalidimgroupid-msdocs.xml", "permanent", "ErrorInvalidImGroupId", false),
        ("setimgroup-error-msdocs.xml", "permanent", "ErrorImGroupDisplayNameAlreadyExists", false),
        ("getimitems-error-internalservererror-inner.xml", "retry", "ErrorInternalServerError", false),
        ("addimgroup-fault-schemavalidation-msdocs.xml", "schema", "ErrorSchemaValidation", true),
        ("fault-schemavalidation-exchangelib.xml", "schema", "ErrorSchemaValidation", true),
        ("fault-nonexistentmailbox-defaultns-exchangelib.xml", "permanent", "ErrorNonExistentMailbox", true),
        ("getimitemlist-fault-incorrectschemaversion-msdocs.xml", "version", "ErrorIncorrectSchemaVersion", true),
    ];
    for (file, kind, code, fault) in table {
        assert_eq!(summary(file), (kind, code.to_string(), fault), "{file}");
    }
    for ok in [
        "getimitems-response-seed.xml",
        "findpeople-response-msdocs.xml",
        "setimlistmigrationcompleted-response.xml",
        "addimgroup-response-msdocs.xml",
    ] {
        assert_eq!(summary(ok).0, "success", "{ok}");
    }
}

#[test]
fn inner_server_busy_with_back_off() {
    let input = corpus("getimitems-error-internalservererror-inner.xml");
    let arena = Bump::new();
    let r = parse(&input, &arena).unwrap();
    let Outcome::Retry { problem, back_off, inner } = r.outcome() else { panic!("{:?}", r.outcome()) };
    assert_eq!(problem.code, C::ErrorInternalServerError);
    assert_eq!(inner, Some(C::ErrorServerBusy));
    assert_eq!(back_off, Some(Duration::from_millis(12_000)));
}

#[test]
fn schema_validation_line_position_violation() {
    let arena = Bump::new();
    let input = corpus("fault-schemavalidation-exchangelib.xml");
    let r = parse(&input, &arena).unwrap();
    let Outcome::SchemaValidation { line, position, violation, .. } = r.outcome() else { panic!() };
    assert_eq!((line, position, violation), (Some(123), Some(456), Some("ZZZ")));
    let input = corpus("addimgroup-fault-schemavalidation-msdocs.xml");
    let r = parse(&input, &arena).unwrap();
    let Outcome::SchemaValidation { line, position, violation, .. } = r.outcome() else { panic!() };
    assert_eq!((line, position), (Some(11), Some(33)));
    assert_eq!(violation, Some("An error occurred while parsing EntityName. Line 11, position 33."));
}

const ENV: &str = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>"#;
const END: &str = "</s:Body></s:Envelope>";

#[test]
fn bl27_version_fault_with_foreign_header_and_localised_text() {
    let doc = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><Action s:mustUnderstand="1" xmlns="http://schemas.microsoft.com/ws/2005/05/addressing/none">*</Action></s:Header>
  <s:Body><s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorInvalidServerVersion</faultcode>
  <faultstring xml:lang="de-DE">Ungültige Serverversion (erfunden).</faultstring>
  <detail><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorInvalidServerVersion</e:ResponseCode></detail></s:Fault></s:Body></s:Envelope>"#;
    let arena = Bump::new();
    let r = parse(doc.as_bytes(), &arena).unwrap();
    assert!(r.server_version_info().is_none());
    assert_eq!(r.skipped_elements(), 1, "the unknown header element");
    let Outcome::Version(p) = r.outcome() else { panic!("{:?}", r.outcome()) };
    assert_eq!(p.code, C::ErrorInvalidServerVersion);
    assert_eq!(p.message, Some("Ungültige Serverversion (erfunden)."));
    assert!(p.fault);
    // Without a detail, the faultcode's local part is the code.
    let doc =
        format!(r#"{ENV}<s:Fault><faultcode xmlns:a="urn:x">a:ErrorIncorrectSchemaVersion</faultcode></s:Fault>{END}"#);
    assert!(
        matches!(parse(doc.as_bytes(), &arena).unwrap().outcome(), Outcome::Version(p) if p.code == C::ErrorIncorrectSchemaVersion)
    );
    let doc = format!(r#"{ENV}<s:Fault><faultcode>s:Server</faultcode></s:Fault>{END}"#);
    assert!(matches!(parse(doc.as_bytes(), &arena).unwrap().outcome(), Outcome::Retry { back_off: None, .. }));
    let doc = format!(r#"{ENV}<s:Fault><faultcode>s:Client</faultcode></s:Fault>{END}"#);
    assert!(matches!(parse(doc.as_bytes(), &arena).unwrap().outcome(), Outcome::Permanent(_)));
}

#[test]
fn bl29_throttling_in_a_response_message_with_zero_back_off() {
    let arena = Bump::new();
    let msg = |xml: &str| {
        format!(
            r#"{ENV}<m:GetImItemsResponse ResponseClass="Error" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:MessageText>Server is busy (invented), try in 30000 ms.</m:MessageText><m:ResponseCode>ErrorServerBusy</m:ResponseCode>{xml}</m:GetImItemsResponse>{END}"#
        )
    };
    let zero = msg(
        r#"<m:MessageXml><t:Value Name="Policy">MaxConcurrency</t:Value><t:Value Name="BackOffMilliseconds">0</t:Value></m:MessageXml>"#,
    );
    let r = parse(zero.as_bytes(), &arena).unwrap();
    let Outcome::Retry { problem, back_off, inner } = r.outcome() else { panic!() };
    assert_eq!(back_off, Some(Duration::ZERO), "zero is reported as zero");
    assert_eq!(inner, None);
    assert_eq!(problem.message_xml.unwrap().value_named("Policy"), Some("MaxConcurrency"));
    let none = msg("");
    let r = parse(none.as_bytes(), &arena).unwrap();
    assert!(
        matches!(r.outcome(), Outcome::Retry { back_off: None, .. }),
        "missing is reported as missing; no number is scraped from MessageText"
    );
    let garbage = msg(r#"<m:MessageXml><t:Value Name="BackOffMilliseconds">soon</t:Value></m:MessageXml>"#);
    assert!(matches!(parse(garbage.as_bytes(), &arena).unwrap().outcome(), Outcome::Retry { back_off: None, .. }));
}

#[test]
fn warnings_and_missing_class() {
    let arena = Bump::new();
    let m = r#"xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages""#;
    let warn = format!(
        r#"{ENV}<m:SetImGroupResponse ResponseClass="Warning" {m}><m:ResponseCode>ErrorBatchProcessingStopped</m:ResponseCode></m:SetImGroupResponse>{END}"#
    );
    assert!(
        matches!(parse(warn.as_bytes(), &arena).unwrap().outcome(), Outcome::Warning(p) if p.code == C::ErrorBatchProcessingStopped)
    );
    let no_class = format!(
        r#"{ENV}<m:SetImGroupResponse {m}><m:ResponseCode>ErrorItemNotFound</m:ResponseCode></m:SetImGroupResponse>{END}"#
    );
    assert!(matches!(parse(no_class.as_bytes(), &arena).unwrap().outcome(), Outcome::Permanent(_)));
    let unknown = format!(
        r#"{ENV}<m:SetImGroupResponse ResponseClass="Error" {m}><m:ResponseCode> ErrorFromTheFuture </m:ResponseCode></m:SetImGroupResponse>{END}"#
    );
    assert!(
        matches!(parse(unknown.as_bytes(), &arena).unwrap().outcome(), Outcome::Permanent(p) if p.code == C::Other("ErrorFromTheFuture"))
    );
}

#[test]
fn bl30_bodies_that_are_not_ews_have_their_own_kinds() {
    let arena = Bump::new();
    let kind = |b: &[u8]| parse(b, &arena).unwrap_err().kind().clone();
    assert_eq!(kind(b""), ErrorKind::EmptyDocument);
    assert_eq!(kind(b"  \r\n"), ErrorKind::EmptyDocument);
    assert_eq!(
        kind(b"<html><head><title>Gateway</title></head><body>Upstream timeout</body></html>"),
        ErrorKind::HtmlPage
    );
    assert_eq!(kind(b"<!DOCTYPE html><html></html>"), ErrorKind::DoctypeNotAllowed);
    assert_eq!(kind(b"502 Bad Gateway"), ErrorKind::Syntax(ews_im::Syntax::TextOutsideRoot));
    let cut = corpus("getimitems-response-seed.xml");
    assert!(matches!(kind(&cut[..cut.len() / 2]), ErrorKind::UnexpectedEof { .. }), "a cut body says so");
    assert_eq!(kind(b"<Envelope/>"), ErrorKind::NotSoapEnvelope);
}

/// A Persona under `People`, under `ImItemList/Personas` and alone (GetPersona) gives the
/// same view, whatever the EWS namespace of the `Persona` element itself.
#[test]
fn a_persona_is_the_same_wherever_it_stands() {
    let t = r#"xmlns="http://schemas.microsoft.com/exchange/services/2006/types""#;
    let m = r#"xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages""#;
    let persona = |ns: &str| {
        format!(
            r#"<Persona {ns}><PersonaId Id="AAQk"/><DisplayName>Ann &amp; Co</DisplayName><EmailAddresses><EmailAddress><Address>a@x</Address></EmailAddress></EmailAddresses><Attributions><Attribution><Id>0</Id></Attribution></Attributions></Persona>"#
        )
    };
    let under_list = format!("{ENV}<m:GetImItemsResponse {m}><m:ImItemList><m:Personas>{}</m:Personas></m:ImItemList></m:GetImItemsResponse>{END}", persona(t));
    let under_people = format!(
        "{ENV}<m:FindPeopleResponse {m}><m:People>{}</m:People></m:FindPeopleResponse>{END}",
        persona(r#"xmlns="http://schemas.microsoft.com/exchange/services/2006/messages""#)
    );
    let alone = format!("{ENV}<m:GetPersonaResponseMessage {m}>{}</m:GetPersonaResponseMessage>{END}", persona(t));
    let arena = Bump::new();
    let json_of = |p: ews_im::Persona<'_>| format!("{:?}", p.record());
    let a = parse(under_list.as_bytes(), &arena).unwrap();
    let b = parse(under_people.as_bytes(), &arena).unwrap();
    let c = parse(alone.as_bytes(), &arena).unwrap();
    let Body::GetImItems(a) = a.body() else { panic!() };
    let Body::FindPeople(b) = b.body() else { panic!() };
    let Body::GetPersona(c) = c.body() else { panic!() };
    let pa = a.im_item_list().unwrap().personas().unwrap().get(0).unwrap();
    let pb = b.people().unwrap().get(0).unwrap();
    let pc = c.persona().unwrap();
    assert_eq!(pa.display_name(), Some("Ann & Co"));
    assert_eq!(pa.email_addresses().unwrap().get(0).unwrap().email_address(), Some("a@x"));
    assert_eq!(json_of(pa), json_of(pb));
    assert_eq!(json_of(pa), json_of(pc));
}
