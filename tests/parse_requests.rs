//! `parse_request`: the request side read with the same one-pass parser (for fake
//! servers): every documented request of the corpus, the headers, and the errors.

use std::path::Path;

use ews_im::{parse, parse_request, Bump, ErrorKind, RequestBody};

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)).unwrap()
}

#[test]
fn every_documented_request_parses_as_its_operation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains("-request") && n.ends_with(".xml"))
        .collect();
    names.sort();
    assert!(names.len() >= 16, "{names:?}");
    let mut arena = Bump::new();
    for name in &names {
        let xml = std::fs::read(dir.join(name)).unwrap();
        {
            let request = parse_request(&xml, &arena).unwrap_or_else(|e| panic!("{name}: {e}"));
            // The file name starts with the operation, lowercased.
            let op = request.body().operation().to_ascii_lowercase();
            assert!(name.starts_with(&format!("{op}-")), "{name} parsed as {op}");
            assert_eq!(request.body().record().element_name().to_ascii_lowercase(), op);
        }
        arena.reset();
    }
}

#[test]
fn the_seed_request_gives_ids_paths_and_headers() {
    let xml = corpus("getimitems-request-seed.xml");
    let arena = Bump::new();
    let r = parse_request(&xml, &arena).unwrap();
    assert_eq!(r.request_server_version().and_then(|v| v.version()), Some("Exchange2013"));
    assert_eq!(r.request_server_version().and_then(|v| v.parsed()), Some(ews_im::ExchangeVersion::Exchange2013));
    assert_eq!(r.mailbox_culture(), Some("en-US"));
    assert!(r.connecting_sid().is_none());
    let RequestBody::GetImItems(get) = r.body() else { panic!("{:?}", r.body()) };
    let contacts: Vec<_> = get.contact_ids().unwrap().iter().map(|i| (i.id(), i.change_key())).collect();
    assert_eq!(contacts, [(Some("AAMkADEzOTExYACABmEhpSAAA="), Some("EQAAABBmNDjF"))]);
    let groups: Vec<_> = get.group_ids().unwrap().iter().map(|i| (i.id(), i.change_key())).collect();
    assert_eq!(groups, [(Some("AAMkADEzOTExYjJkBY7+0EAAA="), Some("EgAAAA=="))]);
    let paths = get.extended_properties().unwrap();
    assert_eq!(paths.len(), 1);
    let p = paths.get(0).unwrap();
    assert_eq!((p.property_tag(), p.property_type(), p.property_name()), (Some("0x3001"), Some("String"), None));
    assert_eq!(r.skipped_elements(), 0);
    assert!(r.diagnostics().is_empty());
}

#[test]
fn impersonation_headers_of_each_kind() {
    for (element, value) in
        [("PrincipalName", "a@b.c"), ("SID", "S-1-5-21"), ("PrimarySmtpAddress", "p@b.c"), ("SmtpAddress", "s@b.c")]
    {
        let xml = format!(
            r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                 xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
               <s:Header><t:ExchangeImpersonation><t:ConnectingSID><t:{element}>{value}</t:{element}>
               </t:ConnectingSID></t:ExchangeImpersonation></s:Header>
               <s:Body><GetImItemList xmlns="http://schemas.microsoft.com/exchange/services/2006/messages"/></s:Body>
               </s:Envelope>"#
        );
        let arena = Bump::new();
        let r = parse_request(xml.as_bytes(), &arena).unwrap();
        let sid = r.connecting_sid().unwrap();
        let got = [sid.principal_name(), sid.sid(), sid.primary_smtp_address(), sid.smtp_address()];
        let want: Vec<_> = ["PrincipalName", "SID", "PrimarySmtpAddress", "SmtpAddress"]
            .iter()
            .map(|e| (*e == element).then_some(value))
            .collect();
        assert_eq!(got.to_vec(), want, "{element}");
        assert!(r.request_server_version().is_none());
        assert!(matches!(r.body(), RequestBody::GetImItemList(_)));
    }
}

#[test]
fn a_response_is_not_a_request_and_a_request_is_not_a_response() {
    let arena = Bump::new();
    let response = corpus("getimitems-response-seed.xml");
    let e = parse_request(&response, &arena).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::UnsupportedRequest);
    assert_eq!(e.kind().contract_kind(), "unsupported operation");
    assert!(e.to_string().contains("not a supported EWS IM request"), "{e}");
    assert!(e.to_string().ends_with("in /Envelope/Body/GetImItemsResponse"), "{e}");
    let request = corpus("getimitems-request-seed.xml");
    assert_eq!(parse(&request, &arena).unwrap_err().kind(), &ErrorKind::UnsupportedOperation);
    // A SOAP fault is no request either.
    let fault = corpus("getimitemlist-fault-incorrectschemaversion-msdocs.xml");
    assert_eq!(parse_request(&fault, &arena).unwrap_err().kind(), &ErrorKind::UnsupportedRequest);
}

#[test]
fn request_parsing_keeps_every_check_of_the_parser() {
    let arena = Bump::new();
    let cases: &[(&[u8], ErrorKind)] = &[
        (b"", ErrorKind::EmptyDocument),
        (b"<a/>", ErrorKind::NotSoapEnvelope),
        (b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'/>", ErrorKind::MissingBody),
        (b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body/></s:Envelope>", ErrorKind::EmptyBody),
        (
            b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><x:GetImItems xmlns:x='urn:evil'/></s:Body></s:Envelope>",
            ErrorKind::UnsupportedRequest,
        ),
        (
            b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><m:GetImItems/></s:Body></s:Envelope>",
            ErrorKind::UndeclaredPrefix { qname: "m:GetImItems".into() },
        ),
        (b"<!DOCTYPE s:Envelope []><s:Envelope/>", ErrorKind::DoctypeNotAllowed),
    ];
    for (xml, kind) in cases {
        let e = parse_request(xml, &arena).unwrap_err();
        assert_eq!(e.kind(), kind, "{}", String::from_utf8_lossy(xml));
    }
}

#[test]
fn unknown_children_are_counted_and_first_occurrence_wins() {
    let xml = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
        xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
        xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
      <s:Header><t:RequestServerVersion Version="V2018_01_08"/><t:TimeZoneContext/>
        <t:MailboxCulture>de-CH</t:MailboxCulture><t:MailboxCulture>fr-FR</t:MailboxCulture></s:Header>
      <s:Body><m:SetImGroup><m:GroupId Id="G&amp;1"/><m:Extra/><m:NewDisplayName>A &lt;b&gt;</m:NewDisplayName>
      </m:SetImGroup></s:Body></s:Envelope>"#;
    let arena = Bump::new();
    let r = parse_request(xml, &arena).unwrap();
    assert_eq!(r.mailbox_culture(), Some("de-CH"));
    assert_eq!(r.request_server_version().unwrap().version(), Some("V2018_01_08"));
    assert_eq!(r.skipped_elements(), 2);
    assert_eq!(r.duplicates_ignored(), 1);
    let RequestBody::SetImGroup(s) = r.body() else { panic!() };
    assert_eq!(s.group_id().unwrap().id(), Some("G&1"));
    assert_eq!(s.new_display_name(), Some("A <b>"));
}
