//! Every error kind: its offset, line:column, path, message and contract kind.

use ews_im::{parse, parse_with, Bump, ErrorKind, Limit, Limits, Options, Syntax};

const S: &str = r#"xmlns:s="http://schemas.xmlsoap.org/soap/envelope/""#;
const M: &str = r#"xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages""#;

/// A complete minimal response with `inner` inside its `RemoveImGroupResponse`.
fn doc(inner: &str) -> String {
    format!("<s:Envelope {S}><s:Body><m:RemoveImGroupResponse {M}>{inner}</m:RemoveImGroupResponse></s:Body></s:Envelope>")
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
    assert!(parse(
        doc("<m:ResponseCode>NoError</m:ResponseCode>").as_bytes(),
        &arena
    )
    .is_ok());
}

#[test]
fn error_display_is_one_actionable_sentence() {
    let input =
        doc("<m:MessageText>x").replace("</m:RemoveImGroupResponse></s:Body></s:Envelope>", "");
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

#[test]
fn empty_and_non_xml_bodies() {
    for input in [
        "",
        "   \n",
        "\u{FEFF}",
        "<?xml version=\"1.0\"?>",
        "<!-- only a comment -->",
    ] {
        let e = err(input.as_bytes());
        assert_eq!(e.kind(), &ErrorKind::EmptyDocument, "{input:?}");
        assert_eq!(e.kind().contract_kind(), "not well-formed");
    }
    let html = "<!DOCTYPE html><html><head><title>Gateway</title></head><body>Upstream timeout</body></html>";
    assert_eq!(kind(html), ErrorKind::DoctypeNotAllowed);
    let html = "<html><head><title>Gateway</title></head><body>Upstream timeout</body></html>";
    assert_eq!(kind(html), ErrorKind::HtmlPage);
    assert_eq!(ErrorKind::HtmlPage.contract_kind(), "not a soap envelope");
    assert_eq!(
        kind("Upstream timeout"),
        ErrorKind::Syntax(Syntax::TextOutsideRoot)
    );
    assert_eq!(
        kind("<html><body>unclosed"),
        ErrorKind::UnexpectedEof { inside: "element" }
    );
}

#[test]
fn structural_kinds() {
    let soap12 =
        r#"<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body/></e:Envelope>"#;
    assert_eq!(kind(soap12), ErrorKind::NotSoapEnvelope);
    assert_eq!(
        kind(&format!("<m:GetImItemsResponse {M}/>")),
        ErrorKind::NotSoapEnvelope
    );
    assert_eq!(
        kind(&format!("<s:Envelope {S}><s:Header/></s:Envelope>")),
        ErrorKind::MissingBody
    );
    assert_eq!(
        kind(&format!(
            "<s:Envelope {S}><s:Body> text </s:Body></s:Envelope>"
        )),
        ErrorKind::EmptyBody
    );
    let req = format!("<s:Envelope {S}><s:Body><m:GetImItems {M}/></s:Body></s:Envelope>");
    let e = err(req.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::UnsupportedOperation);
    assert_eq!(e.path(), "/Envelope/Body/GetImItems");
    // A supported name in the types namespace is not a response.
    let t = r#"xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types""#;
    assert_eq!(
        kind(&format!(
            "<s:Envelope {S}><s:Body><t:GetImItemsResponse {t}/></s:Body></s:Envelope>"
        )),
        ErrorKind::UnsupportedOperation
    );
    // A Fault outside the SOAP 1.1 namespace is unsupported too.
    assert_eq!(
        kind(&format!(
            "<s:Envelope {S}><s:Body><m:Fault {M}/></s:Body></s:Envelope>"
        )),
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
        ("<m:X></m:Y>", ErrorKind::MismatchedEndTag, "</m:Y>"),
        ("<m:X></m:X2>", ErrorKind::MismatchedEndTag, "</m:X2>"),
        (
            "<m:X a=\"1\"b=\"2\"/>",
            ErrorKind::Syntax(Syntax::ExpectedWhitespace),
            "b=\"2\"",
        ),
        ("<m:X a/>", ErrorKind::Syntax(Syntax::ExpectedEquals), "/>"),
        (
            "<m:X a=1/>",
            ErrorKind::Syntax(Syntax::ExpectedQuote),
            "1/>",
        ),
        (
            "<m:X a=\"<\"/>",
            ErrorKind::Syntax(Syntax::LtInAttributeValue),
            "<\"/>",
        ),
        (
            "<m:X a=\"1\" a=\"2\"/>",
            ErrorKind::DuplicateAttribute,
            "a=\"2\"",
        ),
        ("<m:X>&nbsp;</m:X>", ErrorKind::UndefinedEntity, "&nbsp;"),
        ("<m:X>&#xD800;</m:X>", ErrorKind::InvalidCharRef, "&#xD800;"),
        ("<m:X>a & b</m:X>", ErrorKind::InvalidCharRef, "& b"),
        (
            "<m:X>]]></m:X>",
            ErrorKind::Syntax(Syntax::CdataEndInText),
            "]]>",
        ),
        (
            "<!-- a -- b -->",
            ErrorKind::Syntax(Syntax::DoubleHyphenInComment),
            "-- b",
        ),
        (
            "<!-- a --->",
            ErrorKind::Syntax(Syntax::DoubleHyphenInComment),
            "--->",
        ),
        (
            "<!ELEMENT x>",
            ErrorKind::Syntax(Syntax::InvalidMarkupDeclaration),
            "<!ELEMENT",
        ),
        (
            "<?xml version=\"1.0\"?>",
            ErrorKind::Syntax(Syntax::ReservedPiTarget),
            "<?xml",
        ),
        ("<m:X/ >", ErrorKind::Syntax(Syntax::ExpectedTagEnd), "/ >"),
        ("< m:X/>", ErrorKind::Syntax(Syntax::ExpectedName), " m:X"),
        ("<m:1X/>", ErrorKind::Namespace, "m:1X"),
        ("<a:b:c/>", ErrorKind::Namespace, "a:b:c"),
        ("<m:X xmlns:p=\"\"/>", ErrorKind::Namespace, "xmlns:p"),
        (
            "<m:X xmlns:xml=\"urn:x\"/>",
            ErrorKind::Namespace,
            "xmlns:xml",
        ),
        (
            "<m:X xmlns:xmlns=\"urn:x\"/>",
            ErrorKind::Namespace,
            "xmlns:xmlns",
        ),
        (
            "<m:X xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>",
            ErrorKind::Namespace,
            "xmlns:p",
        ),
        ("<xmlns:X/>", ErrorKind::Namespace, "xmlns:X"),
        ("<p:X/>", ErrorKind::UndeclaredPrefix, "p:X"),
        ("<m:X p:a=\"1\"/>", ErrorKind::UndeclaredPrefix, "p:a"),
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
        (
            format!(" <?xml version=\"1.0\"?>{body}"),
            ErrorKind::Syntax(Syntax::ReservedPiTarget),
        ),
        (
            format!("<?xml version=\"2.0\"?>{body}"),
            ErrorKind::Syntax(Syntax::InvalidXmlDeclaration),
        ),
        (
            format!("<?xml encoding=\"utf-8\"?>{body}"),
            ErrorKind::Syntax(Syntax::InvalidXmlDeclaration),
        ),
        (
            format!("<?xml version=\"1.0\" standalone=\"maybe\"?>{body}"),
            ErrorKind::Syntax(Syntax::InvalidXmlDeclaration),
        ),
        (
            format!("<!DOCTYPE s:Envelope SYSTEM \"file:///etc/passwd\">{body}"),
            ErrorKind::DoctypeNotAllowed,
        ),
        (
            format!("{body}x"),
            ErrorKind::Syntax(Syntax::TextOutsideRoot),
        ),
        (
            format!("{body}<![CDATA[x]]>"),
            ErrorKind::Syntax(Syntax::CdataOutsideRoot),
        ),
        (
            format!("{body}</x>"),
            ErrorKind::Syntax(Syntax::UnexpectedEndTag),
        ),
        (
            format!("{body}\0"),
            ErrorKind::Syntax(Syntax::TextOutsideRoot),
        ),
    ] {
        assert_eq!(err(bad.as_bytes()).kind(), &k, "{bad}");
    }
}

#[test]
fn billion_laughs_is_rejected_before_any_expansion() {
    let mut dtd =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        dtd.push_str(&format!(
            " <!ENTITY lol{i} \"{}\">\n",
            format!(
                "&lol{};",
                if i == 1 {
                    String::new()
                } else {
                    (i - 1).to_string()
                }
            )
            .repeat(10)
        ));
    }
    dtd.push_str("]>\n<lolz>&lol9;</lolz>");
    let e = err(dtd.as_bytes());
    assert_eq!(e.kind(), &ErrorKind::DoctypeNotAllowed);
    assert_eq!(e.offset(), dtd.find("<!DOCTYPE").unwrap());
}

#[test]
fn truncation_at_every_prefix_of_a_response_is_rejected() {
    let full = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/getimitemlist-response-msdocs.xml"
    ))
    .unwrap();
    let arena = Bump::new();
    let root_end = full
        .windows(13)
        .rposition(|w| w == b"</s:Envelope>")
        .unwrap()
        + 13;
    for n in 0..root_end {
        let e = parse(&full[..n], &arena).expect_err("a cut document is never accepted");
        assert_eq!(
            e.kind().contract_kind(),
            "not well-formed",
            "prefix {n}: {e}"
        );
        assert!(e.offset() <= n);
    }
    assert!(parse(&full[..root_end], &arena).is_ok());
}

#[test]
fn strict_mode_changes_only_forbidden_characters() {
    let arena = Bump::new();
    let strict = Options {
        strict: true,
        ..Options::default()
    };
    let input = doc("<m:MessageText>ok &amp; fine\r\n</m:MessageText>");
    assert!(parse_with(input.as_bytes(), &arena, &strict).is_ok());
    let input = doc("<m:MessageText>bell&#7;</m:MessageText>");
    let e = parse_with(input.as_bytes(), &arena, &strict).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::ForbiddenChar { code: 7 });
    assert_eq!(e.kind().contract_kind(), "not well-formed");
    // In comments and skipped elements too: the document is checked everywhere.
    let input = doc("<m:Unknown>\u{1}</m:Unknown><!-- \u{2} -->");
    assert_eq!(
        parse_with(input.as_bytes(), &arena, &strict)
            .unwrap_err()
            .kind(),
        &ErrorKind::ForbiddenChar { code: 1 }
    );
    assert_eq!(
        parse(input.as_bytes(), &arena).unwrap().diagnostics().len(),
        2
    );
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
    let ok = |s: &str| {
        parse(s.as_bytes(), &arena)
            .map(|_| ())
            .map_err(|e| e.kind().clone())
    };
    let over = |l: Limit, m: usize| {
        Err(ErrorKind::LimitExceeded {
            limit: l,
            max: m as u64,
        })
    };
    // Depth: the root is depth 1.
    assert_eq!(ok(&doc(&nest(256))), Ok(()));
    assert_eq!(ok(&doc(&nest(257))), over(Limit::Depth, 256));
    let input = doc(&nest(257));
    assert_eq!(
        err(input.as_bytes()).offset(),
        input.rfind("<m:U>").unwrap()
    );
    // Attributes, namespace declarations included.
    let attrs = |n: usize| (0..n).map(|i| format!(" a{i}=\"\"")).collect::<String>();
    assert_eq!(ok(&doc(&format!("<m:U{}/>", attrs(256)))), Ok(()));
    let input = doc(&format!("<m:U{}/>", attrs(257)));
    let e = err(input.as_bytes());
    assert_eq!(
        e.kind(),
        &ErrorKind::LimitExceeded {
            limit: Limit::Attributes,
            max: 256
        }
    );
    assert_eq!(e.offset(), input.find(" a256=").unwrap() + 1);
    assert_eq!(
        ok(&doc(&format!("<m:U xmlns:z=\"urn:z\"{}/>", attrs(255)))),
        Ok(())
    );
    assert_eq!(
        ok(&doc(&format!("<m:U xmlns:z=\"urn:z\"{}/>", attrs(256)))),
        over(Limit::Attributes, 256)
    );
    // Namespace declarations.
    let decls = |n: usize| {
        (0..n)
            .map(|i| format!(" xmlns:p{i}=\"urn:{i}\""))
            .collect::<String>()
    };
    assert_eq!(ok(&doc(&format!("<m:U{}/>", decls(64)))), Ok(()));
    let input = doc(&format!("<m:U{}/>", decls(65)));
    let e = err(input.as_bytes());
    assert_eq!(
        e.kind(),
        &ErrorKind::LimitExceeded {
            limit: Limit::NamespaceDeclarations,
            max: 64
        }
    );
    assert_eq!(e.offset(), input.find("xmlns:p64").unwrap());
    // Names: the qualified name, in bytes.
    let name = |n: usize| format!("m:{}", "x".repeat(n - 2));
    assert_eq!(ok(&doc(&format!("<{0}></{0}>", name(1024)))), Ok(()));
    let input = doc(&format!("<{0}></{0}>", name(1025)));
    let e = err(input.as_bytes());
    assert_eq!(
        e.kind(),
        &ErrorKind::LimitExceeded {
            limit: Limit::NameBytes,
            max: 1024
        }
    );
    assert_eq!(e.offset(), input.find("<m:xx").unwrap() + 1 + 1024);
    assert_eq!(
        ok(&doc(&format!("<m:U {}=\"1\"/>", "a".repeat(1024)))),
        Ok(())
    );
    assert_eq!(
        ok(&doc(&format!("<m:U {}=\"1\"/>", "a".repeat(1025)))),
        over(Limit::NameBytes, 1024)
    );
    // Input size, exactly at the limit and one byte over.
    let small = Options {
        limits: Limits {
            max_input_bytes: 300,
            ..lim
        },
        strict: false,
    };
    let base = doc("");
    let pad = |n: usize| format!("{base}{}", " ".repeat(n - base.len()));
    assert!(parse_with(pad(300).as_bytes(), &arena, &small).is_ok());
    let e = parse_with(pad(301).as_bytes(), &arena, &small).unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::LimitExceeded {
            limit: Limit::InputBytes,
            max: 300
        }
    );
    assert_eq!(e.offset(), 300);
    assert_eq!(e.kind().contract_kind(), "limit exceeded");
    // An earlier well-formedness problem wins over the size limit.
    let e = parse_with(
        format!("{}&bad;{}", &base[..150], " ".repeat(300)).as_bytes(),
        &arena,
        &small,
    )
    .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::UndefinedEntity);
}

#[test]
fn arena_cap_gives_a_typed_error_never_an_abort() {
    let input = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/getimitemlist-response-msdocs.xml"
    ))
    .unwrap();
    let mut ok_at = None;
    for cap in (0..64 * 1024).step_by(512) {
        let arena = Bump::new();
        let o = Options {
            limits: Limits {
                max_arena_bytes: Some(cap),
                ..Limits::default()
            },
            strict: false,
        };
        match parse_with(&input, &arena, &o) {
            Ok(_) => {
                ok_at.get_or_insert(cap);
            }
            Err(e) => {
                assert_eq!(e.kind(), &ErrorKind::ArenaExhausted, "cap {cap}");
                assert!(
                    ok_at.is_none(),
                    "a larger cap never fails once a smaller one succeeded"
                );
            }
        }
    }
    assert!(ok_at.is_some());
}
