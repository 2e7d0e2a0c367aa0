//! Every error kind: its offset, line:column, path, message and contract kind.

use ews_im::{parse, parse_with, Bump, ErrorKind, Limit, Limits, Options, Syntax};

const S: &str = r#"xmlns:s="http://schemas.xmlsoap.org/soap/envelope/""#;
const M: &str = r#"xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages""#;

/// A complete minimal response with `inner` inside its `RemoveImGroupResponse`.
fn doc(inner: &str) -> String {
    format!(
        "<s:Envelope {S}><s:Body><m:RemoveImGroupResponse {M}>{inner}</m:RemoveImGroupResponse></s:Body></s:Envelope>"
    )
}

fn err(input: &[u8]) -> ews_im::Error {
    let arena = Bump::new();
    parse(input, &arena).expect_err("must be rejected")
}

fn kind(input: &str) -> ErrorKind {
    err(input.as_bytes()).kind().clone()
}

#[test]
fn minimal_documents_parse() {
    let arena = Bump::new();
    assert!(parse(doc("").as_bytes(), &arena).is_ok());
    assert!(parse(doc("<m:ResponseCode>NoError</m:ResponseCode>").as_bytes(), &arena).is_ok());
}

#[test]
fn error_display_is_one_actionable_sentence() {
    let input = doc("<m:MessageText>x").replace("</m:RemoveImGroupResponse></s:Body></s:Envelope>", "");
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::UnexpectedEof { inside: "element" });
    assert_eq!(e.offset(), input.len());
    assert_eq!((e.line(), e.column()), (1, input.len() as u32 + 1));
    assert_eq!(e.path(), "/Envelope/Body/RemoveImGroupResponse/MessageText");
    assert_eq!(
        e.to_string(),
        format!("unexpected end of input inside element at 1:{} (byte {}) in /Envelope/Body/RemoveImGroupResponse/MessageText", input.len() + 1, input.len())
    );
    // Line and column count lines and characters, not bytes.
    let input = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <é>\n <s:Body>&bogus;";
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::UndefinedEntity);
    assert_eq!((e.line(), e.column()), (3, 10));
    assert_eq!(e.path(), "/Envelope/é/Body");
}

/// New-user finding (session 11): the messages of a mismatched end tag, a duplicate
/// attribute and an undeclared prefix named none of the names involved, and the depth
/// limit's message printed a path of hundreds of names.
#[test]
fn messages_name_what_is_wrong_and_keep_deep_paths_short() {
    let at = |input: &str, what: &str| {
        let o = input.find(what).unwrap();
        format!("at 1:{} (byte {o}) in /Envelope/Body/RemoveImGroupResponse", o + 1)
    };
    let input = doc("<m:MessageText>x</m:ResponseCode>");
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::MismatchedEndTag { open: "m:MessageText".into() });
    assert_eq!(
        e.to_string(),
        format!("end tag does not match the open element <m:MessageText> {}/MessageText", at(&input, "</m:Resp"))
    );
    // (inner document, where the problem is, the message before its position)
    for (inner, what, message) in [
        ("<m:U a='1' b='2' a='3'/>", "a='3'", "duplicate attribute a"),
        ("<m:U xmlns:a='urn:x' xmlns:b='urn:x' a:k='' b:k=''/>", "b:k", "duplicate attribute b:k"),
        ("<q:U/>", "q:U", "undeclared namespace prefix 'q' of q:U"),
        ("<m:U p:a='1'/>", "p:a", "undeclared namespace prefix 'p' of p:a"),
    ] {
        let input = doc(inner);
        assert_eq!(err(input.as_bytes()).to_string(), format!("{message} {}", at(&input, what)), "{inner}");
    }
    // A name of 502 characters (1,002 bytes) is shown by its first 64 (the kind holds all).
    let long = format!("m:{}", "é".repeat(500));
    let input = doc(&format!("<{long}></m:U>"));
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::MismatchedEndTag { open: long.clone().into() });
    let shown = format!("<m:{}…>", "é".repeat(62));
    assert!(e.to_string().starts_with(&format!("end tag does not match the open element {shown} at ")), "{e}");
    // The depth limit: the path is the whole path; the message shows 3 names, a count, 6 names.
    let input = doc(&nest(300));
    let e = err(input.as_bytes());
    assert_eq!(e.path(), format!("/Envelope/Body/RemoveImGroupResponse{}", "/U".repeat(253)));
    let o = e.offset();
    assert_eq!(
        e.to_string(),
        format!(
            "element nesting depth exceeds the limit of 256 at 1:{} (byte {o}) in /Envelope/Body/RemoveImGroupResponse/…(247 more)…{}",
            o + 1,
            "/U".repeat(6)
        )
    );
    // A path of 10 names is shown whole.
    let e = err(doc(&format!("{}&bogus;", "<m:U>".repeat(7))).as_bytes());
    assert_eq!(e.path().matches('/').count(), 10);
    assert!(e.to_string().ends_with(&format!(" in /Envelope/Body/RemoveImGroupResponse{}", "/U".repeat(7))), "{e}");
}

#[test]
fn empty_and_non_xml_bodies() {
    for input in ["", "   \n", "\u{FEFF}", "<?xml version=\"1.0\"?>", "<!-- only a comment -->"] {
        let e = err(input.as_bytes());
        assert_eq!(e.kind(), &ErrorKind::EmptyDocument, "{input:?}");
        assert_eq!(e.kind().contract_kind(), "not well-formed");
    }
    let html = "<!DOCTYPE html><html><head><title>Gateway</title></head><body>Upstream timeout</body></html>";
    assert_eq!(kind(html), ErrorKind::DoctypeNotAllowed);
    let html = "<html><head><title>Gateway</title></head><body>Upstream timeout</body></html>";
    assert_eq!(kind(html), ErrorKind::HtmlPage);
    assert_eq!(ErrorKind::HtmlPage.contract_kind(), "not a soap envelope");
    assert_eq!(kind("Upstream timeout"), ErrorKind::Syntax(Syntax::TextOutsideRoot));
    assert_eq!(kind("<html><body>unclosed"), ErrorKind::UnexpectedEof { inside: "element" });
}

#[test]
fn structural_kinds() {
    let soap12 = r#"<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body/></e:Envelope>"#;
    assert_eq!(kind(soap12), ErrorKind::NotSoapEnvelope);
    assert_eq!(kind(&format!("<m:GetImItemsResponse {M}/>")), ErrorKind::NotSoapEnvelope);
    assert_eq!(kind(&format!("<s:Envelope {S}><s:Header/></s:Envelope>")), ErrorKind::MissingBody);
    assert_eq!(kind(&format!("<s:Envelope {S}><s:Body> text </s:Body></s:Envelope>")), ErrorKind::EmptyBody);
    let req = format!("<s:Envelope {S}><s:Body><m:GetImItems {M}/></s:Body></s:Envelope>");
    let e = err(req.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::UnsupportedOperation);
    assert_eq!(e.path(), "/Envelope/Body/GetImItems");
    // A supported name in the types namespace is not a response.
    let t = r#"xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types""#;
    assert_eq!(
        kind(&format!("<s:Envelope {S}><s:Body><t:GetImItemsResponse {t}/></s:Body></s:Envelope>")),
        ErrorKind::UnsupportedOperation
    );
    // A Fault outside the SOAP 1.1 namespace is unsupported too.
    assert_eq!(
        kind(&format!("<s:Envelope {S}><s:Body><m:Fault {M}/></s:Body></s:Envelope>")),
        ErrorKind::UnsupportedOperation
    );
}

#[test]
fn lexical_problems_beat_structural_ones_wherever_they_are() {
    // Not an envelope, and later not well-formed: the well-formedness problem wins.
    let e = err(b"<html><body>&nbsp;</body></html>");
    assert_eq!(e.kind(), &ErrorKind::UndefinedEntity);
    let input = format!("<s:Envelope {S}><s:Body><m:GetImItems {M}/></s:Body></s:Envelope><junk/>");
    assert_eq!(kind(&input), ErrorKind::Syntax(Syntax::SecondRoot));
}

#[test]
fn syntax_kinds_with_offsets() {
    let cases: &[(&str, ErrorKind, &str)] = &[
        ("<m:X></m:Y>", ErrorKind::MismatchedEndTag { open: "m:X".into() }, "</m:Y>"),
        ("<m:X></m:X2>", ErrorKind::MismatchedEndTag { open: "m:X".into() }, "</m:X2>"),
        ("<m:X a=\"1\"b=\"2\"/>", ErrorKind::Syntax(Syntax::ExpectedWhitespace), "b=\"2\""),
        ("<m:X a/>", ErrorKind::Syntax(Syntax::ExpectedEquals), "/>"),
        ("<m:X a=1/>", ErrorKind::Syntax(Syntax::ExpectedQuote), "1/>"),
        ("<m:X a=\"<\"/>", ErrorKind::Syntax(Syntax::LtInAttributeValue), "<\"/>"),
        ("<m:X a=\"1\" a=\"2\"/>", ErrorKind::DuplicateAttribute { qname: "a".into() }, "a=\"2\""),
        ("<m:X>&nbsp;</m:X>", ErrorKind::UndefinedEntity, "&nbsp;"),
        ("<m:X>&#xD800;</m:X>", ErrorKind::InvalidCharRef, "&#xD800;"),
        ("<m:X>a & b</m:X>", ErrorKind::InvalidCharRef, "& b"),
        ("<m:X>]]></m:X>", ErrorKind::Syntax(Syntax::CdataEndInText), "]]>"),
        ("<!-- a -- b -->", ErrorKind::Syntax(Syntax::DoubleHyphenInComment), "-- b"),
        ("<!-- a --->", ErrorKind::Syntax(Syntax::DoubleHyphenInComment), "--->"),
        ("<!ELEMENT x>", ErrorKind::Syntax(Syntax::InvalidMarkupDeclaration), "<!ELEMENT"),
        ("<?xml version=\"1.0\"?>", ErrorKind::Syntax(Syntax::ReservedPiTarget), "<?xml"),
        ("<?pi/x?>", ErrorKind::Syntax(Syntax::InvalidName), "/x?>"),
        ("<m:X/ >", ErrorKind::Syntax(Syntax::ExpectedTagEnd), "/ >"),
        ("< m:X/>", ErrorKind::Syntax(Syntax::ExpectedName), " m:X"),
        ("<m:1X/>", ErrorKind::Namespace, "m:1X"),
        ("<a:b:c/>", ErrorKind::Namespace, "a:b:c"),
        ("<m:X xmlns:p=\"\"/>", ErrorKind::Namespace, "xmlns:p"),
        ("<m:X xmlns:xml=\"urn:x\"/>", ErrorKind::Namespace, "xmlns:xml"),
        ("<m:X xmlns:xmlns=\"urn:x\"/>", ErrorKind::Namespace, "xmlns:xmlns"),
        ("<m:X xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>", ErrorKind::Namespace, "xmlns:p"),
        ("<xmlns:X/>", ErrorKind::Namespace, "xmlns:X"),
        ("<p:X/>", ErrorKind::UndeclaredPrefix { qname: "p:X".into() }, "p:X"),
        ("<m:X p:a=\"1\"/>", ErrorKind::UndeclaredPrefix { qname: "p:a".into() }, "p:a"),
    ];
    for (inner, expected, at) in cases {
        let input = doc(inner);
        let e = err(input.as_bytes());
        assert_eq!(e.kind(), expected, "{inner}");
        let want = input.find(inner).unwrap() + inner.find(at).unwrap();
        assert_eq!(e.offset(), want, "{inner}: {e}");
        assert_eq!(e.kind().contract_kind(), "not well-formed");
    }
}

#[test]
fn prolog_and_epilog() {
    let body = doc("");
    let arena = Bump::new();
    for ok in [
        format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>{body}"),
        format!("<?xml version='1.1' standalone='yes'?>\n<!-- c -->\n<?pi data?>{body}\n<!-- after -->\n  "),
        format!("<?xml-stylesheet href=\"a\"?>{body}"),
    ] {
        assert!(parse(ok.as_bytes(), &arena).is_ok(), "{ok}");
    }
    for (bad, k) in [
        (format!(" <?xml version=\"1.0\"?>{body}"), ErrorKind::Syntax(Syntax::ReservedPiTarget)),
        (format!("<?xml version=\"2.0\"?>{body}"), ErrorKind::Syntax(Syntax::InvalidXmlDeclaration)),
        (format!("<?xml encoding=\"utf-8\"?>{body}"), ErrorKind::Syntax(Syntax::InvalidXmlDeclaration)),
        (
            format!("<?xml version=\"1.0\" standalone=\"maybe\"?>{body}"),
            ErrorKind::Syntax(Syntax::InvalidXmlDeclaration),
        ),
        (format!("<!DOCTYPE s:Envelope SYSTEM \"file:///etc/passwd\">{body}"), ErrorKind::DoctypeNotAllowed),
        (format!("{body}x"), ErrorKind::Syntax(Syntax::TextOutsideRoot)),
        (format!("{body}<![CDATA[x]]>"), ErrorKind::Syntax(Syntax::CdataOutsideRoot)),
        (format!("{body}</x>"), ErrorKind::Syntax(Syntax::UnexpectedEndTag)),
        (format!("{body}\0"), ErrorKind::Syntax(Syntax::TextOutsideRoot)),
    ] {
        assert_eq!(err(bad.as_bytes()).kind(), &k, "{bad}");
    }
}

#[test]
fn billion_laughs_is_rejected_before_any_expansion() {
    let mut dtd = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        dtd.push_str(&format!(
            " <!ENTITY lol{i} \"{}\">\n",
            format!("&lol{};", if i == 1 { String::new() } else { (i - 1).to_string() }).repeat(10)
        ));
    }
    dtd.push_str("]>\n<lolz>&lol9;</lolz>");
    let e = err(dtd.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::DoctypeNotAllowed);
    assert_eq!(e.offset(), dtd.find("<!DOCTYPE").unwrap());
}

#[test]
fn truncation_at_every_prefix_of_a_response_is_rejected() {
    let full = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitemlist-response-msdocs.xml")).unwrap();
    let arena = Bump::new();
    let root_end = full.windows(13).rposition(|w| w == b"</s:Envelope>").unwrap() + 13;
    for n in 0..root_end {
        let e = parse(&full[..n], &arena).expect_err("a cut document is never accepted");
        assert_eq!(e.kind().contract_kind(), "not well-formed", "prefix {n}: {e}");
        assert!(e.offset() <= n);
    }
    assert!(parse(&full[..root_end], &arena).is_ok());
}

#[test]
fn strict_mode_changes_only_forbidden_characters() {
    let arena = Bump::new();
    let strict = Options { strict: true, ..Options::default() };
    let input = doc("<m:MessageText>ok &amp; fine\r\n</m:MessageText>");
    assert!(parse_with(input.as_bytes(), &arena, &strict).is_ok());
    let input = doc("<m:MessageText>bell&#7;</m:MessageText>");
    let e = parse_with(input.as_bytes(), &arena, &strict).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::ForbiddenChar { code: 7 });
    assert_eq!(e.kind().contract_kind(), "not well-formed");
    // In comments and skipped elements too: the document is checked everywhere.
    let input = doc("<m:Unknown>\u{1}</m:Unknown><!-- \u{2} -->");
    assert_eq!(
        parse_with(input.as_bytes(), &arena, &strict).unwrap_err().kind(),
        &ErrorKind::ForbiddenChar { code: 1 }
    );
    assert_eq!(parse(input.as_bytes(), &arena).unwrap().diagnostics().len(), 2);
}

fn nest(depth: usize) -> String {
    // Envelope (1) / Body (2) / response (3) / then unknown elements down to `depth`.
    let extra = depth - 3;
    format!("{}{}", "<m:U>".repeat(extra), "</m:U>".repeat(extra))
}

#[test]
fn limits_just_under_and_just_over() {
    let arena = Bump::new();
    let lim = Limits::default();
    let ok = |s: &str| parse(s.as_bytes(), &arena).map(|_| ()).map_err(|e| e.kind().clone());
    let over = |l: Limit, m: usize| Err(ErrorKind::LimitExceeded { limit: l, max: m as u64 });
    // Depth: the root is depth 1.
    assert_eq!(ok(&doc(&nest(256))), Ok(()));
    assert_eq!(ok(&doc(&nest(257))), over(Limit::Depth, 256));
    let input = doc(&nest(257));
    assert_eq!(err(input.as_bytes()).offset(), input.rfind("<m:U>").unwrap());
    // Attributes, namespace declarations included.
    let attrs = |n: usize| (0..n).map(|i| format!(" a{i}=\"\"")).collect::<String>();
    assert_eq!(ok(&doc(&format!("<m:U{}/>", attrs(256)))), Ok(()));
    let input = doc(&format!("<m:U{}/>", attrs(257)));
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::Attributes, max: 256 });
    assert_eq!(e.offset(), input.find(" a256=").unwrap() + 1);
    assert_eq!(ok(&doc(&format!("<m:U xmlns:z=\"urn:z\"{}/>", attrs(255)))), Ok(()));
    assert_eq!(ok(&doc(&format!("<m:U xmlns:z=\"urn:z\"{}/>", attrs(256)))), over(Limit::Attributes, 256));
    // Namespace declarations.
    let decls = |n: usize| (0..n).map(|i| format!(" xmlns:p{i}=\"urn:{i}\"")).collect::<String>();
    assert_eq!(ok(&doc(&format!("<m:U{}/>", decls(64)))), Ok(()));
    let input = doc(&format!("<m:U{}/>", decls(65)));
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::NamespaceDeclarations, max: 64 });
    assert_eq!(e.offset(), input.find("xmlns:p64").unwrap());
    // Names: the qualified name, in bytes.
    let name = |n: usize| format!("m:{}", "x".repeat(n - 2));
    assert_eq!(ok(&doc(&format!("<{0}></{0}>", name(1024)))), Ok(()));
    let input = doc(&format!("<{0}></{0}>", name(1025)));
    let e = err(input.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::NameBytes, max: 1024 });
    assert_eq!(e.offset(), input.find("<m:xx").unwrap() + 1 + 1024);
    assert_eq!(ok(&doc(&format!("<m:U {}=\"1\"/>", "a".repeat(1024)))), Ok(()));
    assert_eq!(ok(&doc(&format!("<m:U {}=\"1\"/>", "a".repeat(1025)))), over(Limit::NameBytes, 1024));
    // Input size, exactly at the limit and one byte over.
    let small = Options { limits: Limits { max_input_bytes: 300, ..lim }, strict: false };
    let base = doc("");
    let pad = |n: usize| format!("{base}{}", " ".repeat(n - base.len()));
    assert!(parse_with(pad(300).as_bytes(), &arena, &small).is_ok());
    let e = parse_with(pad(301).as_bytes(), &arena, &small).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::InputBytes, max: 300 });
    assert_eq!(e.offset(), 300);
    assert_eq!(e.kind().contract_kind(), "limit exceeded");
    // An earlier well-formedness problem wins over the size limit.
    let e = parse_with(format!("{}&bad;{}", &base[..150], " ".repeat(300)).as_bytes(), &arena, &small).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::UndefinedEntity);
}

#[test]
fn arena_cap_gives_a_typed_error_never_an_abort() {
    let input =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitemlist-response-msdocs.xml")).unwrap();
    let mut ok_at = None;
    for cap in (0..64 * 1024).step_by(512) {
        let arena = Bump::new();
        let o = Options { limits: Limits { max_arena_bytes: Some(cap), ..Limits::default() }, strict: false };
        match parse_with(&input, &arena, &o) {
            Ok(_) => {
                ok_at.get_or_insert(cap);
            }
            Err(e) => {
                assert_eq!(e.kind(), &ErrorKind::ArenaExhausted, "cap {cap}");
                assert!(ok_at.is_none(), "a larger cap never fails once a smaller one succeeded");
            }
        }
    }
    assert!(ok_at.is_some());
}

/// Fuzz finding (`limits` target): a cut by the size limit inside an invalid or incomplete
/// sequence made "no root element" win over the real problem.
#[test]
fn fuzz_limits_cut_before_any_root_reports_the_cut() {
    let arena = Bump::new();
    let small = |n: usize| Options { limits: Limits { max_input_bytes: n, ..Limits::default() }, strict: false };
    for (input, n) in
        [(&b"\xFF<a/>"[..], 1), (b"  \xFF", 3), (b"\xEF\xBB\xBF<", 2), (b"\xEF\xBB\xBF", 1), (b"\xE2\x82\xAC<a/>", 2)]
    {
        let e = parse_with(input, &arena, &small(n)).unwrap_err();
        let full = parse(input, &arena).unwrap_err();
        // The lowest-offset problem: the full input's own one if it lies before the cut.
        if full.offset() < n {
            assert_eq!(e.kind(), full.kind(), "{input:?} cut at {n}: {e}");
        } else {
            assert!(matches!(e.kind(), ErrorKind::LimitExceeded { .. }), "{input:?} cut at {n}: {e} (full: {full})");
        }
    }
}

/// Fuzz finding (`limits` target): a cut inside `<![CDATA[` before the root was "unknown
/// markup" instead of a truncation.
#[test]
fn fuzz_limits_cut_inside_a_markup_keyword_is_a_truncation() {
    let arena = Bump::new();
    for cut in ["<![C", "<![CDATA", "<!DOC", "<!-"] {
        let e = parse(format!("\n{cut}").as_bytes(), &arena).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::UnexpectedEof { inside: "markup declaration" }, "{cut}");
    }
}

/// Breaker finding: a problem that starts before the size limit but ends after it is
/// reported as itself (the lowest offset), not as the limit.
#[test]
fn problems_straddling_the_size_limit_are_reported_as_themselves() {
    let arena = Bump::new();
    let max = 400;
    let small = Options { limits: Limits { max_input_bytes: max, ..Limits::default() }, strict: false };
    let base = doc("<m:MessageText>");
    let base = &base[..base.find("<m:MessageText>").unwrap() + "<m:MessageText>".len()];
    for (construct, back, kind) in [
        ("&xxxxxxx ", 3, ErrorKind::UndefinedEntity),
        ("&#9999999;", 3, ErrorKind::InvalidCharRef),
        ("]]>", 2, ErrorKind::Syntax(Syntax::CdataEndInText)),
        ("<a:b:c/>", 4, ErrorKind::Namespace),
        ("<u:a b='1'/>", 4, ErrorKind::UndeclaredPrefix { qname: "u:a".into() }),
    ] {
        let pad = max - back - base.len();
        let input = format!("{base}{}{construct}{}", "x".repeat(pad), "y".repeat(500));
        assert_eq!(input.find(construct).unwrap(), max - back);
        let e = parse_with(input.as_bytes(), &arena, &small).unwrap_err();
        assert_eq!(e.kind(), &kind, "{construct}");
        assert_eq!(e.offset(), max - back + usize::from(construct.starts_with('<')), "{construct}");
    }
    // In the prolog: a DOCTYPE that starts 5 bytes before the limit.
    let input = format!("<!--{}--><!DOCTYPE x>{}", "c".repeat(max - 12), " ".repeat(100));
    assert_eq!(input.find("<!DOCTYPE").unwrap(), max - 5);
    assert_eq!(parse_with(input.as_bytes(), &arena, &small).unwrap_err().kind(), &ErrorKind::DoctypeNotAllowed);
    // A problem wholly past the limit loses to it.
    let input = format!("{base}{}&bogus;", "x".repeat(max - base.len()));
    let e = parse_with(input.as_bytes(), &arena, &small).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::InputBytes, max: max as u64 });
    // Invalid UTF-8 before the limit beats it; after the limit it does not.
    let mut bytes = input.clone().into_bytes();
    bytes[max - 1] = 0xFF;
    assert_eq!(parse_with(&bytes, &arena, &small).unwrap_err().kind(), &ErrorKind::InvalidUtf8);
    let mut bytes = input.into_bytes();
    bytes[max + 1] = 0xFF;
    assert!(matches!(parse_with(&bytes, &arena, &small).unwrap_err().kind(), ErrorKind::LimitExceeded { .. }));
}

/// Breaker findings: within one start tag the problem at the lowest offset wins, also
/// when it is only known at the tag's end (a prefix declared nowhere in it).
#[test]
fn within_a_tag_the_lowest_offset_wins() {
    let attrs = |n: usize| (0..n).map(|i| format!(" a{i}=''")).collect::<String>();
    let decls = |n: usize| (0..n).map(|i| format!(" xmlns:p{i}='urn:{i}'")).collect::<String>();
    let cases = [
        (format!("<u:Zzz{}/>", attrs(257)), ErrorKind::UndeclaredPrefix { qname: "u:Zzz".into() }),
        (format!("<m:Zzz u:a='1'{}/>", attrs(257)), ErrorKind::UndeclaredPrefix { qname: "u:a".into() }),
        (format!("<m:Zzz xmlns:p=''{}/>", attrs(257)), ErrorKind::Namespace),
        (format!("<m:Zzz xmlns:xml='urn:x'{}/>", attrs(257)), ErrorKind::Namespace),
        (format!("<xmlns:Zzz{}/>", attrs(257)), ErrorKind::Namespace),
        (
            format!("<m:Zzz xmlns:a='urn:x' xmlns:b='urn:x' a:k='' b:k=''{}/>", attrs(257)),
            ErrorKind::DuplicateAttribute { qname: "b:k".into() },
        ),
        (format!("<u:Zzz {}=''/>", "a".repeat(1025)), ErrorKind::UndeclaredPrefix { qname: "u:Zzz".into() }),
        (format!("<u:Zzz{}/>", decls(65)), ErrorKind::UndeclaredPrefix { qname: "u:Zzz".into() }),
        (
            format!("<m:Zzz{} xmlns:q='&bogus;'/>", decls(64)),
            ErrorKind::LimitExceeded { limit: Limit::NamespaceDeclarations, max: 64 },
        ),
        (
            format!("<m:Zzz{} xmlns:q='<'/>", decls(64)),
            ErrorKind::LimitExceeded { limit: Limit::NamespaceDeclarations, max: 64 },
        ),
        (
            format!("<m:Zzz{} a='&bogus;'/>", attrs(256)),
            ErrorKind::LimitExceeded { limit: Limit::Attributes, max: 256 },
        ),
        // A prefix declared later in the same tag is fine; the limit then stands.
        (
            format!("<u:Zzz{} xmlns:u='urn:u'/>", attrs(257)),
            ErrorKind::LimitExceeded { limit: Limit::Attributes, max: 256 },
        ),
    ];
    for (inner, kind) in cases {
        let e = err(doc(&inner).as_bytes());
        assert_eq!(e.kind(), &kind, "{}", &inner[..60.min(inner.len())]);
    }
}

/// Breaker finding: the densest documents within the contract's limits are accepted with
/// the default limits (the arena cap is not one of the contract's limits).
#[test]
fn the_densest_documents_fit_the_default_arena_cap() {
    let arena = Bump::new();
    let t = r#"xmlns="http://schemas.microsoft.com/exchange/services/2006/types""#;
    for body in [
        format!("<m:MessageXml>{}</m:MessageXml>", "<a/>".repeat(50_000)),
        format!("<m:MessageXml>{}</m:MessageXml>", "<a b=''/>".repeat(30_000)),
        format!("<m:MessageXml>{}</m:MessageXml>", "<a>&lt;</a>".repeat(30_000)),
        format!("<m:MessageText>{}</m:MessageText>", "&#1;".repeat(50_000)),
    ] {
        let input = doc(&body);
        assert!(parse(input.as_bytes(), &arena).is_ok(), "{}", &body[..40]);
    }
    let get = |items: String| {
        format!(
            "<s:Envelope {S}><s:Body><m:GetImItemsResponse {M}><m:ImItemList><Personas {t}>{items}</Personas></m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>"
        )
    };
    assert!(parse(get("<Persona/>".repeat(50_000)).as_bytes(), &arena).is_ok());
    assert!(parse(get("<Persona><ImAddress/></Persona>".repeat(30_000)).as_bytes(), &arena).is_ok());
}

/// Breaker finding: thousands of namespace bindings in scope cost a hash lookup per
/// prefix, not a scan (this document took minutes before; no timing is asserted here).
#[test]
fn many_bindings_in_scope_parse() {
    let decls = |level: usize| (0..64).map(|i| format!(" xmlns:p{i}='urn:{level}:{i}'")).collect::<String>();
    let open: String = (0..200).map(|l| format!("<m:L{}>", decls(l))).collect();
    let close: String = (0..200).map(|_| "</m:L>".to_string()).collect();
    let leaves = "<p63:a p1:x='' p2:x=''/><a xml:lang='x'/>".repeat(2000);
    let input = doc(&format!("{open}{leaves}{close}"));
    let arena = Bump::new();
    assert!(parse(input.as_bytes(), &arena).is_ok());
}
