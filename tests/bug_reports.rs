//! The parsing bug kinds of `BUG-REPORTS.md` (BL-01 … BL-26), each kept as a test with
//! its right value. Every entry is a kind of fault; variants of each are tested too.

use ews_im::{parse, parse_with, Body, Bump, DiagnosticKind, ErrorKind, ImGroup, Options, Persona, Response};

/// The envelope of BUG-REPORTS.md §0 around a fragment of `ImItemList` content.
fn env(fragment: &str) -> Vec<u8> {
    env_bytes(fragment.as_bytes())
}

fn env_bytes(fragment: &[u8]) -> Vec<u8> {
    let mut v = br#"<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Header>
    <h:ServerVersionInfo xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
        MajorVersion="15" MinorVersion="1" MajorBuildNumber="2000" MinorBuildNumber="3" Version="V2017_07_11"/>
  </s:Header>
  <s:Body>
    <m:GetImItemsResponse ResponseClass="Success"
        xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"
        xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
      <m:ResponseCode>NoError</m:ResponseCode>
      <m:ImItemList>"#
        .to_vec();
    v.extend_from_slice(fragment);
    v.extend_from_slice(b"</m:ImItemList>\n    </m:GetImItemsResponse>\n  </s:Body>\n</s:Envelope>\n");
    v
}

fn personas<'a>(r: &Response<'a>) -> Vec<Persona<'a>> {
    let Body::GetImItems(x) = r.body() else { panic!("GetImItems expected") };
    x.im_item_list().and_then(|l| l.personas()).map(|p| p.iter().collect()).unwrap_or_default()
}

fn groups<'a>(r: &Response<'a>) -> Vec<ImGroup<'a>> {
    let Body::GetImItems(x) = r.body() else { panic!("GetImItems expected") };
    x.im_item_list().and_then(|l| l.groups()).map(|p| p.iter().collect()).unwrap_or_default()
}

fn strict() -> Options {
    Options { strict: true, ..Options::default() }
}

fn offset_of(doc: &[u8], needle: &str) -> usize {
    memchr::memmem::find(doc, needle.as_bytes()).expect("needle in document")
}

#[test]
fn bl01_control_char_reference_in_a_name() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDAx"/><t:DisplayName>Lab&#x11;Printer</t:DisplayName></t:Persona><t:Persona><t:PersonaId Id="AAQkUDAy"/><t:DisplayName>Ada Testperson</t:DisplayName></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r);
    assert_eq!(p.len(), 2, "the second persona is never lost");
    assert_eq!(p[0].display_name(), Some("Lab\u{FFFD}Printer"));
    assert_eq!(p[1].display_name(), Some("Ada Testperson"));
    let amp = offset_of(&doc, "&#x11;");
    assert_eq!(
        r.diagnostics(),
        &[ews_im::Diagnostic { offset: amp, kind: DiagnosticKind::ForbiddenChar { code: 0x11 } }]
    );
    let e = parse_with(&doc, &arena, &strict()).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::ForbiddenChar { code: 0x11 });
    assert_eq!(e.offset(), amp, "strict mode points at the '&'");
    assert!(e.path().ends_with("/Persona/DisplayName"), "{}", e.path());
    // Every forbidden C0 control behaves alike, hex and decimal.
    for code in (0x1..0x20).filter(|c| ![0x9, 0xA, 0xD].contains(c)) {
        for form in [format!("&#x{code:X};"), format!("&#{code};")] {
            let doc =
                env(&format!("<t:Groups><t:ImGroup><t:DisplayName>a{form}b</t:DisplayName></t:ImGroup></t:Groups>"));
            let r = parse(&doc, &arena).unwrap();
            assert_eq!(groups(&r)[0].display_name(), Some("a\u{FFFD}b"), "{form}");
        }
    }
}

#[test]
fn bl02_nul_reference_never_reaches_the_caller() {
    let doc = env(
        r#"<t:Groups><t:ImGroup><t:DisplayName>Night Shift&#x0;</t:DisplayName><t:GroupType>IPM.DistList.MOC.UserGroup</t:GroupType><t:ExchangeStoreId Id="AAMkRzAx" ChangeKey="EgAAAA=="/></t:ImGroup></t:Groups>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let g = groups(&r);
    assert_eq!(g[0].display_name(), Some("Night Shift\u{FFFD}"));
    assert!(!g[0].display_name().unwrap().contains('\0'));
    assert_eq!(g[0].group_type(), Some("IPM.DistList.MOC.UserGroup"));
    let amp = offset_of(&doc, "&#x0;");
    assert_eq!(r.diagnostics()[0].offset, amp);
    // `&#0;` and the raw byte too.
    for form in ["&#0;", "\0"] {
        let doc = env(&format!("<t:Groups><t:ImGroup><t:DisplayName>N{form}</t:DisplayName></t:ImGroup></t:Groups>"));
        let r = parse(&doc, &arena).unwrap();
        assert_eq!(groups(&r)[0].display_name(), Some("N\u{FFFD}"));
        assert_eq!(parse_with(&doc, &arena, &strict()).unwrap_err().kind(), &ErrorKind::ForbiddenChar { code: 0 });
    }
}

#[test]
fn bl03_control_ref_deep_in_an_attributed_value() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDAz"/><t:Nicknames><t:StringAttributedValue><t:Value>Doc&#25;Bot</t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:StringAttributedValue></t:Nicknames></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let nick = personas(&r)[0].nicknames().unwrap().get(0).unwrap();
    assert_eq!(nick.value(), Some("Doc\u{FFFD}Bot"));
    assert_eq!(nick.attributions().unwrap().iter().collect::<Vec<_>>(), vec!["0"]);
    let e = parse_with(&doc, &arena, &strict()).unwrap_err();
    assert_eq!(
        e.path(),
        "/Envelope/Body/GetImItemsResponse/ImItemList/Personas/Persona/Nicknames/StringAttributedValue/Value"
    );
    // `&#X19;` (capital X) is not XML in either mode.
    let doc = env(r#"<t:Personas><t:Persona><t:Nickname>Doc&#X19;Bot</t:Nickname></t:Persona></t:Personas>"#);
    assert_eq!(parse(&doc, &arena).unwrap_err().kind(), &ErrorKind::InvalidCharRef);
    assert_eq!(parse(&doc, &arena).unwrap_err().offset(), offset_of(&doc, "&#X19;"));
    assert_eq!(parse_with(&doc, &arena, &strict()).unwrap_err().kind(), &ErrorKind::InvalidCharRef);
}

#[test]
fn bl04_vertical_tab_keeps_the_rest_of_the_persona() {
    for form in ["&#xB;", "&#xC;", "\u{B}"] {
        let doc = env(&format!(
            r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDA0"/><t:Surname>Line1{form}Line2</t:Surname><t:ImAddress>sip:q.example@example.org</t:ImAddress></t:Persona></t:Personas>"#
        ));
        let arena = Bump::new();
        let r = parse(&doc, &arena).unwrap();
        let p = personas(&r)[0];
        assert_eq!(p.surname(), Some("Line1\u{FFFD}Line2"));
        assert_eq!(p.im_address(), Some("sip:q.example@example.org"));
        let e = parse_with(&doc, &arena, &strict()).unwrap_err();
        assert!(e.path().ends_with("/Persona/Surname"));
        assert_eq!(e.offset(), offset_of(&doc, "Line1") + 5);
    }
}

#[test]
fn bl05_raw_control_byte_same_policy_as_reference() {
    let raw = env_bytes(b"<t:Personas><t:Persona><t:PersonaId Id=\"AAQkUDA1\"/><t:DisplayName>Ops\x01Desk</t:DisplayName></t:Persona></t:Personas>");
    let escaped = env("<t:Personas><t:Persona><t:PersonaId Id=\"AAQkUDA1\"/><t:DisplayName>Ops&#x1;Desk</t:DisplayName></t:Persona></t:Personas>");
    let arena = Bump::new();
    let a = parse(&raw, &arena).unwrap();
    let b = parse(&escaped, &arena).unwrap();
    assert_eq!(personas(&a)[0].display_name(), Some("Ops\u{FFFD}Desk"));
    assert_eq!(personas(&a)[0].display_name(), personas(&b)[0].display_name());
    assert_eq!(a.diagnostics()[0].kind, b.diagnostics()[0].kind);
    assert_eq!(parse_with(&raw, &arena, &strict()).unwrap_err().kind(), &ErrorKind::ForbiddenChar { code: 1 });
    // Raw U+FFFE / U+FFFF too, in text and in attribute values.
    let doc = env("<t:Groups><t:ImGroup><t:DisplayName>x\u{FFFE}y\u{FFFF}</t:DisplayName><t:ExchangeStoreId Id=\"a\u{FFFF}\"/></t:ImGroup></t:Groups>");
    let r = parse(&doc, &arena).unwrap();
    let g = groups(&r)[0];
    assert_eq!(g.display_name(), Some("x\u{FFFD}y\u{FFFD}"));
    assert_eq!(g.exchange_store_id().unwrap().id(), Some("a\u{FFFD}"));
    assert_eq!(r.diagnostics().len(), 3);
}

#[test]
fn bl06_cr_handling_literal_vs_reference() {
    let doc = env_bytes(b"<t:Groups><t:ImGroup><t:DisplayName>Team\r\nAlpha</t:DisplayName><t:GroupType>IPM.DistList.MOC.UserGroup</t:GroupType><t:ExchangeStoreId Id=\"AAMkRzAy\" ChangeKey=\"EgAAAA==\"/></t:ImGroup><t:ImGroup><t:DisplayName>Team&#xD;&#xA;Beta</t:DisplayName><t:GroupType>IPM.DistList.MOC.UserGroup</t:GroupType><t:ExchangeStoreId Id=\"AAMkRzAz\" ChangeKey=\"EgAAAA==\"/></t:ImGroup><t:ImGroup><t:DisplayName>lone\rCR\r</t:DisplayName></t:ImGroup></t:Groups>");
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let g = groups(&r);
    assert_eq!(g[0].display_name(), Some("Team\nAlpha"));
    assert_eq!(g[1].display_name(), Some("Team\r\nBeta"));
    assert_eq!(g[2].display_name(), Some("lone\nCR\n"));
    // A value without CR stays borrowed from the input; one with CR is decoded.
    let range = doc.as_ptr_range();
    assert!(range.contains(&g[0].group_type().unwrap().as_ptr()));
    assert!(!range.contains(&g[0].display_name().unwrap().as_ptr()));
}

#[test]
fn bl07_surrogate_references_are_fatal() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDA2"/><t:DisplayName>Party &#55356;&#57225; Crew</t:DisplayName></t:Persona><t:Persona><t:PersonaId Id="AAQkUDA3"/><t:DisplayName>Half &#55357; Moon</t:DisplayName></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    for opts in [Options::default(), strict()] {
        let e = parse_with(&doc, &arena, &opts).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidCharRef);
        assert_eq!(e.kind().contract_kind(), "not well-formed");
        assert_eq!(e.offset(), offset_of(&doc, "&#55356;"));
        assert!(e.path().ends_with("/Persona/DisplayName"));
    }
    let a = env("<t:Personas><t:Persona><t:DisplayName>&#x1F389;</t:DisplayName></t:Persona></t:Personas>");
    let b = env("<t:Personas><t:Persona><t:DisplayName>\u{1F389}</t:DisplayName></t:Persona></t:Personas>");
    let (ra, rb) = (parse(&a, &arena).unwrap(), parse(&b, &arena).unwrap());
    assert_eq!(personas(&ra)[0].display_name(), Some("\u{1F389}"));
    assert_eq!(personas(&ra)[0].display_name(), personas(&rb)[0].display_name());
}

#[test]
fn bl08_invalid_utf8_is_rejected_with_its_offset() {
    let doc = env_bytes(b"<t:Personas><t:Persona><t:PersonaId Id=\"AAQkUDA4\"/><t:DisplayName>Jos\xC3\x28 Sample</t:DisplayName><t:Surname>Sample</t:Surname></t:Persona></t:Personas>");
    let arena = Bump::new();
    for opts in [Options::default(), strict()] {
        let e = parse_with(&doc, &arena, &opts).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidUtf8);
        assert_eq!(e.offset(), offset_of(&doc, "Jos") + 3);
        assert!(e.path().ends_with("/Persona/DisplayName"), "{}", e.path());
    }
    for bad in [&b"\x80"[..], b"\xED\xA0\x80", b"\xC0\xAF", b"\xF8\x88\x80\x80\x80", b"\xE2\x82"] {
        let mut frag = b"<t:Groups><t:ImGroup><t:DisplayName>x".to_vec();
        frag.extend_from_slice(bad);
        frag.extend_from_slice(b"</t:DisplayName></t:ImGroup></t:Groups>");
        let e = parse(&env_bytes(&frag), &arena).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidUtf8, "{bad:?}");
    }
}

#[test]
fn bl09_byte_order_mark() {
    let arena = Bump::new();
    let plain = env("<t:Groups/>");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&plain);
    assert!(parse(&bom, &arena).is_ok());
    // A BOM directly before the envelope, no declaration.
    let no_decl = &plain[offset_of(&plain, "<s:Envelope")..];
    let mut bom2 = b"\xEF\xBB\xBF".to_vec();
    bom2.extend_from_slice(no_decl);
    assert!(parse(&bom2, &arena).is_ok());
    // White space, then a BOM: not well-formed.
    let mut ws_bom = b" \xEF\xBB\xBF".to_vec();
    ws_bom.extend_from_slice(no_decl);
    assert_eq!(parse(&ws_bom, &arena).unwrap_err().kind().contract_kind(), "not well-formed");
    // U+FEFF inside text is ordinary data.
    let doc = env("<t:Groups><t:ImGroup><t:DisplayName>a\u{FEFF}b</t:DisplayName></t:ImGroup></t:Groups>");
    assert_eq!(groups(&parse(&doc, &arena).unwrap())[0].display_name(), Some("a\u{FEFF}b"));
}

#[test]
fn bl10_encoding_label_is_not_consulted() {
    let arena = Bump::new();
    let doc = env("<t:Groups/>");
    let relabelled = String::from_utf8(doc).unwrap().replacen("utf-8", "utf-16", 1);
    assert!(parse(relabelled.as_bytes(), &arena).is_ok());
    let latin1 = relabelled.replacen("utf-16", "iso-8859-1", 1);
    assert!(parse(latin1.as_bytes(), &arena).is_ok());
    for bom in [&[0xFF, 0xFE][..], &[0xFE, 0xFF]] {
        let mut d = bom.to_vec();
        d.extend_from_slice("<\0s\0".as_bytes());
        let e = parse(&d, &arena).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::UnsupportedEncoding);
        assert_eq!(e.kind().contract_kind(), "unsupported encoding");
    }
}

#[test]
fn bl11_schema_validation_fault_with_line_and_position() {
    let doc = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>
    <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
    <faultstring xml:lang="en-US">Request failed schema validation (invented text).</faultstring>
    <detail>
      <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
      <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">Request failed schema validation (invented text).</e:Message>
      <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
        <t:LineNumber>1</t:LineNumber><t:LinePosition>212</t:LinePosition><t:Violation>Prefix q is not declared.</t:Violation>
      </t:MessageXml>
    </detail></s:Fault></s:Body></s:Envelope>"#;
    let arena = Bump::new();
    let r = parse(doc, &arena).unwrap();
    let Body::Fault(f) = r.body() else { panic!("a fault") };
    assert_eq!(f.faultcode(), Some("a:ErrorSchemaValidation"));
    let d = f.detail().unwrap();
    assert_eq!(d.code(), Some(ews_im::ResponseCode::ErrorSchemaValidation));
    let x: Vec<_> = d.message_xml().unwrap().iter().map(|e| (e.element(), e.text())).collect();
    assert_eq!(x, vec![("LineNumber", "1"), ("LinePosition", "212"), ("Violation", "Prefix q is not declared.")]);
    // A prefix used but never declared is not namespace-well-formed.
    let undeclared = env("<t:Groups><q:ImGroup/></t:Groups>");
    let e = parse(&undeclared, &arena).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::UndeclaredPrefix { qname: "q:ImGroup".into() });
    assert_eq!(e.offset(), offset_of(&undeclared, "q:ImGroup"));
}

#[test]
fn bl12_https_alias_parses_like_http() {
    let arena = Bump::new();
    let http = env(r#"<t:Groups><t:ImGroup><t:DisplayName>A</t:DisplayName></t:ImGroup></t:Groups>"#);
    let https = String::from_utf8(http.clone())
        .unwrap()
        .replace("http://schemas.microsoft.com", "https://schemas.microsoft.com");
    let a = parse(&http, &arena).unwrap();
    let b = parse(https.as_bytes(), &arena).unwrap();
    assert_eq!(groups(&b).len(), 1, "never a silent success with zero items");
    assert_eq!(json(&a), json(&b));
    // Other variations are foreign.
    let slash = String::from_utf8(http).unwrap().replace("2006/types\"", "2006/types/\"");
    let c = parse(slash.as_bytes(), &arena).unwrap();
    assert_eq!(groups(&c).len(), 0);
}

fn json(r: &Response<'_>) -> String {
    let mut v = Vec::new();
    ews_im::json::write(&mut v, r, false).unwrap();
    String::from_utf8(v).unwrap()
}

#[test]
fn bl13_prefix_styles_are_the_same_element() {
    let doc = env(
        r#"<t:Groups><t:ImGroup><t:DisplayName>A</t:DisplayName></t:ImGroup><ImGroup xmlns="http://schemas.microsoft.com/exchange/services/2006/types"><DisplayName>B</DisplayName></ImGroup><q9:ImGroup xmlns:q9="http://schemas.microsoft.com/exchange/services/2006/types"><q9:DisplayName>C</q9:DisplayName></q9:ImGroup></t:Groups>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let names: Vec<_> = groups(&r).iter().map(|g| g.display_name()).collect();
    assert_eq!(names, vec![Some("A"), Some("B"), Some("C")]);
}

#[test]
fn bl14_declarations_and_attributes_on_wrappers_are_not_content() {
    let doc = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" data-x="1"><s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" data-trace="abc"><m:GetImItemsResponse ResponseClass="Success" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xsi:type="x"><m:ResponseCode>NoError</m:ResponseCode><m:ImItemList extra="1" xmlns:u="urn:unused"/></m:GetImItemsResponse></s:Body></s:Envelope>"#;
    let arena = Bump::new();
    let r = parse(doc, &arena).unwrap();
    assert_eq!(
        json(&r),
        r#"{"get_im_items_response":{"response_class":"Success","response_code":"NoError","im_item_list":{}}}"#
    );
}

#[test]
fn bl15_unknown_block_with_colliding_names_is_skipped_whole() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDA5"/><t:DisplayName>Real Name</t:DisplayName><t:FutureBlock><t:DisplayName>Decoy</t:DisplayName><t:Extra a="1"/></t:FutureBlock><t:PersonaType>Person</t:PersonaType></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r)[0];
    assert_eq!(p.display_name(), Some("Real Name"));
    assert_eq!(p.persona_type(), Some("Person"));
    assert_eq!(r.skipped_elements(), 1, "FutureBlock counted once; its subtree is not looked at");
    // Unknown enum text is kept raw.
    let doc = env("<t:Personas><t:Persona><t:PersonaType>Agent</t:PersonaType></t:Persona></t:Personas>");
    assert_eq!(personas(&parse(&doc, &arena).unwrap())[0].persona_type(), Some("Agent"));
}

#[test]
fn bl16_unknown_sibling_in_a_list_is_skipped_and_counted() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDEw"/></t:Persona><t:BotPersona><t:PersonaId Id="AAQkUDEx"/></t:BotPersona><t:Persona><t:PersonaId Id="AAQkUDEy"/></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let ids: Vec<_> = personas(&r).iter().map(|p| p.persona_id().unwrap().id().unwrap()).collect();
    assert_eq!(ids, vec!["AAQkUDEw", "AAQkUDEy"]);
    assert_eq!(r.skipped_elements(), 1);
}

#[test]
fn bl17_any_child_order() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:Attributions><t:Attribution><t:Id>0</t:Id><t:SourceId Id="AAMkU0kx" ChangeKey="EQAAAA=="/><t:DisplayName>Lync Contacts</t:DisplayName><t:IsWritable>false</t:IsWritable><t:IsQuickContact>true</t:IsQuickContact><t:IsHidden>false</t:IsHidden></t:Attribution></t:Attributions><t:ImAddress>sip:r.sample@example.org</t:ImAddress><t:PersonaId Id="AAQkUDEz"/><t:CreationTime>2020-02-02T02:02:02Z</t:CreationTime></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r)[0];
    assert_eq!(p.persona_id().unwrap().id(), Some("AAQkUDEz"));
    assert_eq!(p.im_address(), Some("sip:r.sample@example.org"));
    assert_eq!(p.creation_time(), Some("2020-02-02T02:02:02Z"));
    let a = p.attributions().unwrap().get(0).unwrap();
    assert_eq!(a.id(), Some("0"));
    assert_eq!(a.source_id().unwrap().change_key(), Some("EQAAAA=="));
    assert_eq!(a.display_name(), Some("Lync Contacts"));
    assert_eq!(
        (a.is_writable_value(), a.is_quick_contact_value(), a.is_hidden_value()),
        (Some(Ok(false)), Some(Ok(true)), Some(Ok(false)))
    );
}

#[test]
fn bl18_id_attributes_any_order_any_quotes() {
    let doc = env(
        r#"<t:Groups><t:ImGroup><t:DisplayName>Ops</t:DisplayName><t:ExchangeStoreId ChangeKey='EgAAAA==' Hint="x" Id='AAMk&#x2B;R/z0='/><t:MemberCorrelationKey><t:ItemId ChangeKey="EQAAAA==" Id="AAMkSTAx"/><t:ItemId Id="AAMkSTAy"/></t:MemberCorrelationKey></t:ImGroup></t:Groups>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let g = groups(&r)[0];
    let store = g.exchange_store_id().unwrap();
    assert_eq!(store.id(), Some("AAMk+R/z0="));
    assert_eq!(store.change_key(), Some("EgAAAA=="));
    let members: Vec<_> = g.member_correlation_key().unwrap().iter().map(|i| (i.id(), i.change_key())).collect();
    assert_eq!(members, vec![(Some("AAMkSTAx"), Some("EQAAAA==")), (Some("AAMkSTAy"), None)]);
    let range = doc.as_ptr_range();
    assert!(!range.contains(&store.id().unwrap().as_ptr()), "decoded into the arena");
    assert!(range.contains(&members[0].0.unwrap().as_ptr()), "borrowed");
    let dup = env(r#"<t:Groups><t:ImGroup><t:ExchangeStoreId Id="a" Id="b"/></t:ImGroup></t:Groups>"#);
    let e = parse(&dup, &arena).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::DuplicateAttribute { qname: "Id".into() });
    assert_eq!(e.offset(), offset_of(&dup, r#"Id="b""#));
}

#[test]
fn bl19_same_local_name_in_different_namespaces() {
    let doc = env(
        r#"<t:Groups><t:ImGroup xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="t:ImGroupType" type="legacy"><t:DisplayName>Desk</t:DisplayName></t:ImGroup></t:Groups>"#,
    );
    let arena = Bump::new();
    assert_eq!(groups(&parse(&doc, &arena).unwrap())[0].display_name(), Some("Desk"));
    // Two prefixes bound to one URI make the same expanded name: a duplicate.
    let dup = env(r#"<t:Groups><t:ImGroup xmlns:a="urn:x" xmlns:b="urn:x" a:k="1" b:k="2"/></t:Groups>"#);
    assert_eq!(parse(&dup, &arena).unwrap_err().kind(), &ErrorKind::DuplicateAttribute { qname: "b:k".into() });
    // An unprefixed attribute is in no namespace even with a default namespace in scope.
    let ok = env(r#"<t:Groups><t:ImGroup xmlns="urn:x" xmlns:p="urn:x" k="1" p:k="2"/></t:Groups>"#);
    assert!(parse(&ok, &arena).is_ok());
}

#[test]
fn bl20_empty_and_attribute_only_elements() {
    let arena = Bump::new();
    for form in ["<t:FileAs/>", "<t:FileAs></t:FileAs>"] {
        let doc = env(&format!("<t:Personas><t:Persona>{form}</t:Persona></t:Personas>"));
        assert_eq!(personas(&parse(&doc, &arena).unwrap())[0].file_as(), Some(""));
    }
    let doc = env("<t:Personas><t:Persona/></t:Personas>");
    assert_eq!(personas(&parse(&doc, &arena).unwrap())[0].file_as(), None);
    let doc = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:GetImItemsResponse ResponseClass="Error" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:MessageText>Property not valid here (invented).</m:MessageText><m:ResponseCode>ErrorInvalidPropertyRequest</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey><m:MessageXml><t:FieldURI FieldURI="persona:Bodies"/></m:MessageXml></m:GetImItemsResponse></s:Body></s:Envelope>"#;
    let r = parse(doc, &arena).unwrap();
    let m = r.body().response_message().unwrap();
    assert_eq!(m.message_text(), Some("Property not valid here (invented)."));
    assert_eq!(m.code(), Some(ews_im::ResponseCode::ErrorInvalidPropertyRequest));
    let e = m.message_xml().unwrap().get(0).unwrap();
    assert_eq!((e.element(), e.attributes(), e.text()), ("FieldURI", &[("FieldURI", "persona:Bodies")][..], ""));
    assert!(json(&r).contains(r#"{"element":"FieldURI","text":"","field_uri":"persona:Bodies"}"#));
}

#[test]
fn bl21_whitespace_only_text_is_kept() {
    let doc = env("<t:Personas>\n  <t:Persona>\n    <t:PersonaId Id=\"AAQkUDE0\"/>\n    <t:Nickname>   </t:Nickname>\n    <t:Generation>\n</t:Generation>\n  </t:Persona>\n</t:Personas>");
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r)[0];
    assert_eq!(p.nickname(), Some("   "));
    assert_eq!(p.generation(), Some("\n"));
}

#[test]
fn bl22_empty_nil_and_absent_are_distinguishable() {
    let doc = env(
        r#"<t:Personas><t:Persona xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><t:PersonaId Id="AAQkUDE1"/><t:Title></t:Title><t:Department xsi:nil="true"/></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r)[0];
    assert_eq!(p.title(), Some(""));
    assert_eq!(p.department(), Some(""));
    assert_eq!(p.company_name(), None);
}

#[test]
fn bl23_cdata_sections() {
    let doc = env(
        r#"<t:Groups><t:ImGroup><t:DisplayName><![CDATA[R&D <Core>]]></t:DisplayName></t:ImGroup><t:ImGroup><t:DisplayName>A &amp; <![CDATA[B & C]]> D</t:DisplayName></t:ImGroup><t:ImGroup><t:DisplayName>Ann<!-- c -->Smith<?pi x?>!</t:DisplayName></t:ImGroup></t:Groups>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let g = groups(&r);
    assert_eq!(g[0].display_name(), Some("R&D <Core>"));
    assert!(doc.as_ptr_range().contains(&g[0].display_name().unwrap().as_ptr()), "a lone CDATA section is borrowed");
    assert_eq!(g[1].display_name(), Some("A & B & C D"));
    assert_eq!(g[2].display_name(), Some("AnnSmith!"));
    // `]]>` in character data is not well-formed.
    let bad = env("<t:Groups><t:ImGroup><t:DisplayName>a]]>b</t:DisplayName></t:ImGroup></t:Groups>");
    let e = parse(&bad, &arena).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Syntax(ews_im::Syntax::CdataEndInText));
    assert_eq!(e.offset(), offset_of(&bad, "]]>"));
    // But `]]` alone and `>` alone are fine.
    let ok = env("<t:Groups><t:ImGroup><t:DisplayName>]] > ]>]</t:DisplayName></t:ImGroup></t:Groups>");
    assert_eq!(groups(&parse(&ok, &arena).unwrap())[0].display_name(), Some("]] > ]>]"));
}

#[test]
fn bl24_booleans_strict_and_lenient() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDE2"/><t:Attributions><t:Attribution><t:Id>0</t:Id><t:IsWritable>True</t:IsWritable><t:IsQuickContact>1</t:IsQuickContact><t:IsHidden> false </t:IsHidden></t:Attribution></t:Attributions></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r)[0];
    assert_eq!(p.persona_id().unwrap().id(), Some("AAQkUDE2"), "the rest of the persona is parsed");
    let a = p.attributions().unwrap().get(0).unwrap();
    assert_eq!(a.is_quick_contact_value(), Some(Ok(true)));
    assert_eq!(a.is_hidden_value(), Some(Ok(false)));
    assert_eq!(a.is_writable_value(), Some(Err(ews_im::ValueError::Invalid)), "strict reading");
    let lenient = ews_im::parse_boolean_lenient(a.is_writable().unwrap()).unwrap();
    assert_eq!((lenient.value, lenient.standard), (true, false), "lenient reading, flagged");
    assert_eq!(a.is_writable(), Some("True"), "raw text kept");
}

#[test]
fn bl25_fractional_seconds() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDE3"/><t:CreationTime>2019-07-08T09:10:11.1234567Z</t:CreationTime></t:Persona><t:Persona><t:PersonaId Id="AAQkUDE4"/><t:CreationTime>2019-07-08T09:10:11.5Z</t:CreationTime></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r);
    assert_eq!(p[0].creation_time_value().unwrap().unwrap().ticks, 1_234_567);
    assert_eq!(p[1].creation_time_value().unwrap().unwrap().ticks, 5_000_000);
    assert_eq!(p[0].creation_time(), Some("2019-07-08T09:10:11.1234567Z"));
}

#[test]
fn bl26_zones_offset_and_floating() {
    let doc = env(
        r#"<t:Personas><t:Persona><t:PersonaId Id="AAQkUDE5"/><t:CreationTime>2019-07-08T11:10:11+02:00</t:CreationTime></t:Persona><t:Persona><t:PersonaId Id="AAQkUDIw"/><t:CreationTime>2019-07-08T09:10:11</t:CreationTime></t:Persona></t:Personas>"#,
    );
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    let p = personas(&r);
    let utc = ews_im::DateTime::parse("2019-07-08T09:10:11Z").unwrap();
    assert_eq!(p[0].creation_time_value().unwrap().unwrap().instant(), utc.instant());
    let floating = p[1].creation_time_value().unwrap().unwrap();
    assert_eq!(floating.offset_minutes, None);
    assert_eq!(floating.instant(), None, "never silently UTC");
    assert_eq!(p[1].creation_time(), Some("2019-07-08T09:10:11"), "never gets a Z appended");
}

#[test]
fn relevance_score_beyond_i32() {
    let doc = env("<t:Personas><t:Persona><t:RelevanceScore>4255550110</t:RelevanceScore></t:Persona></t:Personas>");
    let arena = Bump::new();
    let r = parse(&doc, &arena).unwrap();
    assert_eq!(personas(&r)[0].relevance_score_value(), Some(Ok(4_255_550_110)));
}

#[test]
fn bl31_unknown_server_version_is_kept_open() {
    let doc = String::from_utf8(env("<t:Groups/>")).unwrap().replace(
        r#"MajorVersion="15" MinorVersion="1" MajorBuildNumber="2000" MinorBuildNumber="3" Version="V2017_07_11""#,
        r#"MajorVersion="15" MinorVersion="20" MajorBuildNumber="9999" MinorBuildNumber="1" Version="V2031_01_01""#,
    );
    let arena = Bump::new();
    let r = parse(doc.as_bytes(), &arena).unwrap();
    let v = r.server_version_info().unwrap().parsed();
    assert_eq!(
        (v.major_version, v.minor_version, v.major_build_number, v.minor_build_number),
        (Some(15), Some(20), Some(9999), Some(1))
    );
    assert_eq!(v.version, Some(ews_im::ExchangeVersion::Other("V2031_01_01")));
}
