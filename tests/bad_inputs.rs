//! The bad inputs of `RELIABILITY.md` §3, one test per kind (numbered as there). Each gives
//! a typed error with the right offset, or a documented result — never a panic, a hang or
//! a silently shorter answer. Kind 23 (chunk boundaries) belongs to the push parser and is
//! not here yet. Timings are printed (`--nocapture`), never asserted.

use std::time::Instant;

use ews_im::{parse, parse_with, Body, Bump, ErrorKind, Limit, Limits, Options, Syntax};

const S: &str = r#"xmlns:s="http://schemas.xmlsoap.org/soap/envelope/""#;
const M: &str = r#"xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages""#;
const T: &str = r#"xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types""#;

/// A GetImItems response with `inner` inside its `ImItemList`.
fn items(inner: &str) -> String {
    format!("<s:Envelope {S}><s:Body><m:GetImItemsResponse {M} {T}><m:ImItemList>{inner}</m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>")
}

fn kind(input: &[u8]) -> ErrorKind {
    let arena = Bump::new();
    parse(input, &arena).expect_err("must be rejected").kind().clone()
}

fn json(input: &[u8]) -> serde_json::Value {
    let arena = Bump::new();
    let r = parse(input, &arena).unwrap_or_else(|e| panic!("{e}"));
    let mut v = Vec::new();
    ews_im::json::write(&mut v, &r, false).unwrap();
    serde_json::from_slice(&v).unwrap()
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    v.sort();
    v
}

/// Times `f` on inputs of 1 MiB and 10 MiB; prints the ratio (about 10 when linear).
fn linear(name: &str, make: impl Fn(usize) -> Vec<u8>, check: impl Fn(&[u8])) {
    let mut t = [0f64; 2];
    for (i, size) in [1usize << 20, 10 << 20].into_iter().enumerate() {
        let input = make(size);
        let start = Instant::now();
        check(&input);
        t[i] = start.elapsed().as_secs_f64();
    }
    println!("{name}: 1 MiB {:.4} s, 10 MiB {:.4} s, ratio {:.1}", t[0], t[1], t[1] / t[0].max(1e-9));
}

#[test]
fn k01_empty_whitespace_bom_and_declaration_only() {
    for input in
        [&b""[..], b" \t\r\n", b"\xEF\xBB\xBF", b"<?xml version=\"1.0\"?>", b"\xEF\xBB\xBF<?xml version='1.0'?>\n"]
    {
        assert_eq!(kind(input), ErrorKind::EmptyDocument, "{input:?}");
    }
}

#[test]
fn k02_every_prefix_of_every_corpus_file() {
    let arena = Bump::new();
    let mut n = 0;
    for (name, doc) in corpus() {
        let accepted = parse(&doc, &arena).is_ok();
        // Where the root element ends: a prefix that stops after it is a whole document.
        let root_end = doc.iter().rposition(|&b| b == b'>').map_or(0, |p| p + 1);
        for cut in 0..doc.len() {
            let r = parse(&doc[..cut], &arena);
            if cut < root_end {
                let e = r.expect_err("a cut document is never accepted");
                assert!(e.offset() <= cut, "{name} cut at {cut}: {e}");
                if accepted {
                    assert!(
                        matches!(e.kind(), ErrorKind::UnexpectedEof { .. } | ErrorKind::EmptyDocument),
                        "{name} at {cut}: {e}"
                    );
                }
            } else {
                assert_eq!(r.is_ok(), accepted, "{name} at {cut}");
            }
            n += 1;
        }
    }
    println!("{n} prefixes");
}

#[test]
fn k03_invalid_utf8_in_text_attributes_and_names() {
    let bad: [&[u8]; 7] =
        [b"\xC0\xAF", b"\xE0\x80\xAF", b"\xED\xA0\x80", b"\x80", b"\xBF", b"\xF5\x80\x80\x80", b"\xFF"];
    for seq in bad {
        for (at, template) in [
            ("text", "<t:Groups><t:ImGroup><t:DisplayName>aXb</t:DisplayName></t:ImGroup></t:Groups>"),
            ("attribute", "<t:Groups><t:ImGroup><t:ExchangeStoreId Id=\"aXb\"/></t:ImGroup></t:Groups>"),
            ("name", "<t:Groups><t:ImGroupX/></t:Groups>"),
        ] {
            let doc = items(template);
            let x = doc.find('X').unwrap();
            let mut input = doc.as_bytes()[..x].to_vec();
            input.extend_from_slice(seq);
            input.extend_from_slice(&doc.as_bytes()[x + 1..]);
            let arena = Bump::new();
            let e = parse(&input, &arena).unwrap_err();
            assert_eq!((e.kind(), e.offset()), (&ErrorKind::InvalidUtf8, x), "{at} {seq:?}");
        }
    }
    // A sequence cut at the end of the input.
    let mut input = items("").into_bytes();
    input.extend_from_slice(b"\xE2\x82");
    assert_eq!(kind(&input), ErrorKind::InvalidUtf8);
}

#[test]
fn k04_characters_xml_forbids() {
    let strict = Options { strict: true, ..Options::default() };
    for (raw, code) in [
        ("\u{0}", 0u32),
        ("\u{8}", 8),
        ("\u{1F}", 0x1F),
        ("\u{FFFE}", 0xFFFE),
        ("\u{FFFF}", 0xFFFF),
        ("&#x0;", 0),
        ("&#xFFFE;", 0xFFFE),
        ("&#11;", 11),
    ] {
        let input =
            items(&format!("<t:Groups><t:ImGroup><t:DisplayName>a{raw}b</t:DisplayName></t:ImGroup></t:Groups>"));
        let v = json(input.as_bytes());
        assert_eq!(v["get_im_items_response"]["im_item_list"]["groups"][0]["display_name"], "a\u{FFFD}b", "{raw:?}");
        let arena = Bump::new();
        assert_eq!(
            parse_with(input.as_bytes(), &arena, &strict).unwrap_err().kind(),
            &ErrorKind::ForbiddenChar { code }
        );
    }
}

#[test]
fn k05_declared_encodings_and_versions() {
    let body = items("");
    assert!(json(format!("<?xml version=\"1.0\" encoding=\"utf-16\"?>{body}").as_bytes()).is_object());
    assert_eq!(kind(b"\xFF\xFE<\0"), ErrorKind::UnsupportedEncoding);
    assert_eq!(
        kind(format!("<?xml version=\"2.0\"?>{body}").as_bytes()),
        ErrorKind::Syntax(Syntax::InvalidXmlDeclaration)
    );
    assert!(json(format!("<?xml version=\"1.1\"?>{body}").as_bytes()).is_object(), "processed by XML 1.0 rules");
    assert_eq!(
        kind(format!("<?xml version=\"1.0\"?><?xml version=\"1.0\"?>{body}").as_bytes()),
        ErrorKind::Syntax(Syntax::ReservedPiTarget)
    );
    assert_eq!(kind(format!("{body}<?xml version=\"1.0\"?>").as_bytes()), ErrorKind::Syntax(Syntax::ReservedPiTarget));
}

#[test]
fn k06_doctype_variants_rejected_before_any_expansion() {
    let body = items("");
    let laughs =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";
    let quadratic = format!("<!DOCTYPE x [<!ENTITY a \"{}\">]>", "x".repeat(100_000));
    for dtd in [
        laughs.to_string(),
        quadratic,
        "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">".into(),
        "<!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\">".into(),
        "<!DOCTYPE x [<!ENTITY % p \"x\"> %p;]>".into(),
        "<!DOCTYPE x PUBLIC \"-//x//EN\" \"x.dtd\">".into(),
    ] {
        let input = format!("<?xml version=\"1.0\"?>\n{dtd}{body}");
        let start = Instant::now();
        let arena = Bump::new();
        let e = parse(input.as_bytes(), &arena).unwrap_err();
        assert_eq!((e.kind(), e.offset()), (&ErrorKind::DoctypeNotAllowed, 22));
        println!("doctype of {} bytes rejected in {:?}", dtd.len(), start.elapsed());
    }
}

#[test]
fn k07_entity_references() {
    for (r, k) in [
        ("&nbsp;", ErrorKind::UndefinedEntity),
        ("&amp ", ErrorKind::UndefinedEntity),
        ("& ", ErrorKind::InvalidCharRef),
        ("&;", ErrorKind::InvalidCharRef),
        ("&#;", ErrorKind::InvalidCharRef),
        ("&#x;", ErrorKind::InvalidCharRef),
        ("&#99999999999999999999;", ErrorKind::InvalidCharRef),
        ("&#xD800;", ErrorKind::InvalidCharRef),
        ("&#x110000;", ErrorKind::InvalidCharRef),
    ] {
        let input = items(&format!("<t:Groups><t:ImGroup><t:DisplayName>a{r}b</t:DisplayName></t:ImGroup></t:Groups>"));
        let arena = Bump::new();
        let e = parse(input.as_bytes(), &arena).unwrap_err();
        assert_eq!((e.kind(), e.offset()), (&k, input.find(r).unwrap()), "{r}");
    }
    let input = format!("{}&amp", &items("")[..60]);
    assert_eq!(kind(input.as_bytes()), ErrorKind::UnexpectedEof { inside: "reference" });
}

#[test]
fn k08_structure() {
    let body = items("");
    assert_eq!(
        kind(items("<t:Groups></t:Personas>").as_bytes()),
        ErrorKind::MismatchedEndTag { open: "t:Groups".into() }
    );
    assert_eq!(kind(&body.as_bytes()[..body.len() - 5]), ErrorKind::UnexpectedEof { inside: "end tag" });
    assert_eq!(kind(items("<t:Groups").as_bytes()), ErrorKind::Syntax(Syntax::ExpectedTagEnd));
    assert_eq!(kind(format!("{body}</x>").as_bytes()), ErrorKind::Syntax(Syntax::UnexpectedEndTag));
    assert_eq!(kind(format!("{body}{body}").as_bytes()), ErrorKind::Syntax(Syntax::SecondRoot));
    assert_eq!(kind(format!("{body}<t/>").as_bytes()), ErrorKind::Syntax(Syntax::SecondRoot));
    assert_eq!(kind(format!("{body}\0\0\0").as_bytes()), ErrorKind::Syntax(Syntax::TextOutsideRoot));
    assert!(json(format!("{body}\n<!-- c --> <?pi?>\n").as_bytes()).is_object());
}

#[test]
fn k09_deep_nesting() {
    let deep = |n: usize| format!("{}{}", "<t:U>".repeat(n), "</t:U>".repeat(n));
    for inner in [deep(100_000), format!("<t:Personas><t:Persona>{}</t:Persona></t:Personas>", deep(100_000))] {
        let input = items(&inner);
        let e = parse(input.as_bytes(), &Bump::new()).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::Depth, max: 256 });
    }
    // With the depth limit raised, 10^5 levels parse without recursion (no stack overflow).
    let o = Options { limits: Limits { max_depth: 200_000, ..Limits::default() }, strict: false };
    let arena = Bump::new();
    let input = items(&deep(100_000));
    let r = parse_with(input.as_bytes(), &arena, &o).unwrap();
    assert_eq!(r.skipped_elements(), 1);
}

#[test]
fn k10_wide_documents() {
    let input = items(&"<t:U/>".repeat(1_000_000));
    let arena = Bump::new();
    let start = Instant::now();
    assert_eq!(parse(input.as_bytes(), &arena).unwrap().skipped_elements(), 1_000_000);
    println!("10^6 siblings ({} MB) in {:?}", input.len() >> 20, start.elapsed());
    let input = items(&format!("<t:Personas>{}</t:Personas>", "<t:Persona/>".repeat(100_001)));
    let arena = Bump::new();
    let r = parse(input.as_bytes(), &arena).unwrap();
    let Body::GetImItems(x) = r.body() else { panic!() };
    assert_eq!(x.im_item_list().unwrap().personas().unwrap().len(), 100_001);
    println!("10^5+1 <Persona/>: {} input bytes, {} arena bytes", input.len(), arena.allocated_bytes());
}

#[test]
fn k11_huge_single_items() {
    let big = "x".repeat(100 << 20);
    let input = items(&format!("<t:Groups><t:ImGroup><t:DisplayName>{big}</t:DisplayName><t:ExchangeStoreId Id=\"{big}\"/></t:ImGroup></t:Groups>"));
    let o = Options { limits: Limits { max_input_bytes: 256 << 20, ..Limits::default() }, strict: false };
    let arena = Bump::new();
    let start = Instant::now();
    let r = parse_with(input.as_bytes(), &arena, &o).unwrap();
    let Body::GetImItems(x) = r.body() else { panic!() };
    let g = x.im_item_list().unwrap().groups().unwrap().get(0).unwrap();
    assert_eq!(g.display_name().unwrap().len(), 100 << 20);
    assert_eq!(g.exchange_store_id().unwrap().id().unwrap().len(), 100 << 20);
    assert!(arena.allocated_bytes() < 1 << 20, "both borrowed, nothing copied");
    println!("100 MB text + 100 MB attribute in {:?}", start.elapsed());
    // At the default limits the same document is over the input size.
    assert!(matches!(kind(input.as_bytes()), ErrorKind::LimitExceeded { limit: Limit::InputBytes, .. }));
    // A 1 MB tag name, a 10 MB comment, a 10 MB CDATA section.
    assert!(matches!(
        kind(items(&format!("<t:{}/>", "n".repeat(1 << 20))).as_bytes()),
        ErrorKind::LimitExceeded { limit: Limit::NameBytes, .. }
    ));
    assert!(json(items(&format!("<!--{}-->", "c".repeat(10 << 20))).as_bytes()).is_object());
    let v = json(
        items(&format!(
            "<t:Groups><t:ImGroup><t:DisplayName><![CDATA[{}]]></t:DisplayName></t:ImGroup></t:Groups>",
            "d".repeat(10 << 20)
        ))
        .as_bytes(),
    );
    assert_eq!(
        v["get_im_items_response"]["im_item_list"]["groups"][0]["display_name"].as_str().unwrap().len(),
        10 << 20
    );
}

#[test]
fn k12_attribute_abuse() {
    let many: String = (0..100_000).map(|i| format!(" a{i}=\"\"")).collect();
    let e = parse(items(&format!("<t:U{many}/>")).as_bytes(), &Bump::new()).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::Attributes, max: 256 });
    assert_eq!(
        kind(items("<t:Personas><t:Persona><t:PersonaId Id=\"a\" Id=\"b\"/></t:Persona></t:Personas>").as_bytes()),
        ErrorKind::DuplicateAttribute { qname: "Id".into() }
    );
    assert_eq!(kind(items("<t:U a=\"<\"/>").as_bytes()), ErrorKind::Syntax(Syntax::LtInAttributeValue));
    assert_eq!(kind(items("<t:U a=b/>").as_bytes()), ErrorKind::Syntax(Syntax::ExpectedQuote));
    assert_eq!(kind(items("<t:U a \"b\"/>").as_bytes()), ErrorKind::Syntax(Syntax::ExpectedEquals));
    assert_eq!(kind(items("<t:U a=\"b'/>").as_bytes()), ErrorKind::Syntax(Syntax::LtInAttributeValue));
    let open = items("");
    let open = &open[..open.find("</m:ImItemList>").unwrap()];
    assert_eq!(kind(format!("{open}<t:U a=\"b'/>").as_bytes()), ErrorKind::UnexpectedEof { inside: "attribute value" });
    assert!(json(items("<t:U a=\"it's\" b='say \"x\"'/>").as_bytes()).is_object());
}

#[test]
fn k13_namespace_abuse() {
    let decls: String = (0..100_000).map(|i| format!(" xmlns:p{i}=\"urn:{i}\"")).collect();
    let e = parse(items(&format!("<t:U{decls}/>")).as_bytes(), &Bump::new()).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::LimitExceeded { limit: Limit::NamespaceDeclarations, max: 64 });
    // A prefix redeclared to another URI mid-document; t bound to the messages URI.
    let v = json(items(r#"<t:Groups><t:ImGroup xmlns:t="urn:other"><t:DisplayName>no</t:DisplayName></t:ImGroup><t:ImGroup xmlns:t="http://schemas.microsoft.com/exchange/services/2006/messages"><t:DisplayName>yes</t:DisplayName></t:ImGroup></t:Groups>"#).as_bytes());
    assert_eq!(v["get_im_items_response"]["im_item_list"]["groups"], serde_json::json!([{"display_name": "yes"}]));
    assert_eq!(kind(items("<q:Groups/>").as_bytes()), ErrorKind::UndeclaredPrefix { qname: "q:Groups".into() });
    let v = json(
        items(
            r#"<t:Personas><x:Persona xmlns:x="urn:evil"><t:DisplayName>evil</t:DisplayName></x:Persona></t:Personas>"#,
        )
        .as_bytes(),
    );
    assert_eq!(v["get_im_items_response"]["im_item_list"]["personas"], serde_json::json!([]));
}

#[test]
fn k14_namespace_equivalence() {
    let a = items("<t:Groups><t:ImGroup><t:DisplayName>G</t:DisplayName></t:ImGroup></t:Groups>");
    let b = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetImItemsResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><ImItemList><Groups xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"><ImGroup><DisplayName>G</DisplayName></ImGroup></Groups></ImItemList></GetImItemsResponse></soap:Body></soap:Envelope>";
    let c = "<ns0:Envelope xmlns:ns0=\"http://schemas.xmlsoap.org/soap/envelope/\"><ns0:Body><a:GetImItemsResponse xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><a:ImItemList><q9:Groups xmlns:q9=\"http://schemas.microsoft.com/exchange/services/2006/types\"><q9:ImGroup><q9:DisplayName>G</q9:DisplayName></q9:ImGroup></q9:Groups></a:ImItemList></a:GetImItemsResponse></ns0:Body></ns0:Envelope>";
    assert_eq!(json(a.as_bytes()), json(b.as_bytes()));
    assert_eq!(json(a.as_bytes()), json(c.as_bytes()));
}

#[test]
fn k15_same_local_name_on_different_paths() {
    let v = json(items("<t:Groups><t:ImGroup><t:DisplayName>G</t:DisplayName></t:ImGroup></t:Groups><t:Personas><t:Persona><t:Attributions><t:Attribution><t:DisplayName>A</t:DisplayName></t:Attribution></t:Attributions><t:DisplayName>P</t:DisplayName><t:ExtendedProperties><t:ExtendedPropertyAttributedValue><t:Value><t:Value>V</t:Value></t:Value></t:ExtendedPropertyAttributedValue></t:ExtendedProperties></t:Persona></t:Personas>").as_bytes());
    let l = &v["get_im_items_response"]["im_item_list"];
    assert_eq!(
        (&l["groups"][0]["display_name"], &l["personas"][0]["display_name"]),
        (&serde_json::json!("G"), &serde_json::json!("P"))
    );
    assert_eq!(l["personas"][0]["attributions"][0]["display_name"], "A");
    assert_eq!(l["personas"][0]["extended_properties"][0]["value"]["value"], "V");
}

#[test]
fn k16_duplicate_singleton_fields_first_wins_and_is_counted() {
    let input = items("<t:Personas><t:Persona><t:DisplayName>one</t:DisplayName><t:PersonaId Id=\"1\"/><t:DisplayName>two</t:DisplayName><t:PersonaId Id=\"2\"/></t:Persona></t:Personas>");
    let arena = Bump::new();
    let r = parse(input.as_bytes(), &arena).unwrap();
    let Body::GetImItems(x) = r.body() else { panic!() };
    let p = x.im_item_list().unwrap().personas().unwrap().get(0).unwrap();
    assert_eq!((p.display_name(), p.persona_id().unwrap().id()), (Some("one"), Some("1")));
    assert_eq!(r.duplicates_ignored(), 2);
}

#[test]
fn k17_empty_and_nil_forms() {
    let v = json(items(r#"<t:Personas><t:Persona xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><t:DisplayName/><t:Nickname></t:Nickname><t:Title>  </t:Title><t:Department xsi:nil="true"/></t:Persona></t:Personas>"#).as_bytes());
    assert_eq!(
        v["get_im_items_response"]["im_item_list"]["personas"][0],
        serde_json::json!({"display_name": "", "nickname": "", "title": "  ", "department": ""})
    );
}

#[test]
fn k18_mixed_text() {
    let v = json(items("<t:Groups><t:ImGroup><t:DisplayName>Ann<!-- c -->Smith <?pi x?>A<![CDATA[&]]>B&amp;<t:Child>z</t:Child>!</t:DisplayName></t:ImGroup></t:Groups>").as_bytes());
    assert_eq!(v["get_im_items_response"]["im_item_list"]["groups"][0]["display_name"], "AnnSmith A&B&!");
    assert_eq!(kind(items("<t:Groups>a]]>b</t:Groups>").as_bytes()), ErrorKind::Syntax(Syntax::CdataEndInText));
}

#[test]
fn k19_line_endings() {
    let v = json(items("<t:Groups><t:ImGroup><t:DisplayName>a\r\nb\rc\n</t:DisplayName><t:ExchangeStoreId Id=\"x\r\ny\tz\nw&#10;v\"/></t:ImGroup></t:Groups>").as_bytes());
    let g = &v["get_im_items_response"]["im_item_list"]["groups"][0];
    assert_eq!(
        (&g["display_name"], &g["exchange_store_id"]["id"]),
        (&serde_json::json!("a\nb\nc\n"), &serde_json::json!("x y z w\nv"))
    );
}

#[test]
fn k20_soap_and_ews_error_shapes_are_data() {
    for (name, doc) in corpus() {
        if name.contains("-error-") || name.contains("-fault-") || name.starts_with("fault-") {
            let arena = Bump::new();
            if let Ok(r) = parse(&doc, &arena) {
                assert!(!matches!(r.outcome(), ews_im::Outcome::Success), "{name}");
            }
        }
    }
    let warn = format!("<s:Envelope {S}><s:Body><m:GetImItemListResponse ResponseClass=\"Warning\" {M}><m:ResponseCode>ErrorSomethingNew</m:ResponseCode></m:GetImItemListResponse></s:Body></s:Envelope>");
    assert!(
        matches!(parse(warn.as_bytes(), &Bump::new()).unwrap().outcome(), ews_im::Outcome::Warning(p) if p.code == ews_im::ResponseCode::Other("ErrorSomethingNew"))
    );
    let no_class = format!("<s:Envelope {S}><s:Body><m:GetImItemListResponse {M}/></s:Body></s:Envelope>");
    assert!(matches!(parse(no_class.as_bytes(), &Bump::new()).unwrap().outcome(), ews_im::Outcome::Success));
}

#[test]
fn k21_wrong_placement() {
    // Personas outside ImItemList, a Persona directly under the response, two ImItemLists.
    let v = json(format!("<s:Envelope {S}><s:Body><m:GetImItemsResponse {M} {T}><t:Personas><t:Persona/></t:Personas><t:Persona/><m:ImItemList><t:Groups/></m:ImItemList><m:ImItemList><t:Personas/></m:ImItemList></m:GetImItemsResponse></s:Body></s:Envelope>").as_bytes());
    assert_eq!(v["get_im_items_response"], serde_json::json!({"im_item_list": {"groups": []}}));
    assert_eq!(
        kind(format!("<s:Envelope {S}><s:Body><t:Persona {T}/></s:Body></s:Envelope>").as_bytes()),
        ErrorKind::UnsupportedOperation
    );
}

#[test]
fn k22_typed_fields() {
    use ews_im::{parse_boolean, parse_integer, DateTime, ValueError};
    assert_eq!(parse_integer("2147483648"), Ok(2_147_483_648));
    assert_eq!(parse_integer("-0"), Ok(0));
    assert_eq!(parse_integer(" 5 "), Ok(5));
    assert_eq!(parse_integer("5.0"), Err(ValueError::Invalid));
    assert_eq!(parse_integer(""), Err(ValueError::Invalid));
    for b in ["TRUE", "yes"] {
        assert_eq!(parse_boolean(b), Err(ValueError::Invalid));
    }
    assert_eq!((parse_boolean("1"), parse_boolean("0")), (Ok(true), Ok(false)));
    assert!(DateTime::parse("2019-02-30T00:00:00Z").is_err());
    assert!(DateTime::parse("yesterday").is_err());
}

#[test]
fn k24_complexity_adversaries_are_linear() {
    let arena = Bump::new();
    linear(
        "10^6 '&' without ';'",
        |n| [items("").as_bytes()[..60].to_vec(), b"&".repeat(n)].concat(),
        |d| {
            let _ = parse(d, &arena);
        },
    );
    linear(
        "'<!-' that never become comments",
        |n| items(&"<!-".repeat(n / 3)).into_bytes(),
        |d| {
            assert!(parse(d, &arena).is_err());
        },
    );
    linear(
        "']]]]…>' in CDATA",
        |n| items(&format!("<t:U><![CDATA[{}]]></t:U>", "]".repeat(n))).into_bytes(),
        |d| {
            assert!(parse(d, &arena).is_ok());
        },
    );
    linear(
        "a tag without '>'",
        |n| items(&format!("<t:U a=\"{}", "v".repeat(n))).into_bytes(),
        |d| {
            assert!(parse(d, &arena).is_err());
        },
    );
    linear(
        "deep bindings, many prefixed elements",
        |n| {
            let decls: String = (0..64).map(|i| format!(" xmlns:p{i}=\"urn:{i}\"")).collect();
            let open = format!("<t:L{decls}>").repeat(200);
            let close = "</t:L>".repeat(200);
            let leaf = "<p7:a p1:x=\"\" p2:x=\"\"/>";
            items(&format!("{open}{}{close}", leaf.repeat(n / leaf.len()))).into_bytes()
        },
        |d| {
            assert!(parse(d, &arena).is_ok());
        },
    );
}

#[test]
fn k25_no_map_keyed_by_input_can_be_flooded() {
    // Prefixes are hashed with a per-parse random key (std's RandomState); 10^4 distinct
    // prefixes in scope, looked up 10^4 times, stay fast and correct.
    let decls: String = (0..64).map(|i| format!(" xmlns:q{i}x=\"urn:{i}\"")).collect();
    let open = format!("<t:L{decls}>").repeat(150);
    let leaves: String = (0..10_000).map(|i| format!("<q{}x:a/>", i % 64)).collect();
    let input = items(&format!("{open}{leaves}{}", "</t:L>".repeat(150)));
    let start = Instant::now();
    assert!(parse(input.as_bytes(), &Bump::new()).is_ok());
    println!("9600 bindings in scope, 10^4 lookups: {:?}", start.elapsed());
}

#[test]
fn k26_arena_exhaustion_sweep_over_every_corpus_file() {
    for (name, doc) in corpus() {
        let mut accepted_at = None;
        for cap in (0..48 << 10).step_by(1024) {
            let arena = Bump::new();
            let o = Options { limits: Limits { max_arena_bytes: Some(cap), ..Limits::default() }, strict: false };
            match parse_with(&doc, &arena, &o) {
                Ok(_) => {
                    accepted_at.get_or_insert(cap);
                }
                Err(e) if e.kind() == &ErrorKind::ArenaExhausted => assert!(accepted_at.is_none(), "{name}: {cap}"),
                Err(e) => assert_eq!(e.kind(), parse(&doc, &Bump::new()).unwrap_err().kind(), "{name}"),
            }
            assert!(arena.allocated_bytes() <= cap.max(1) + 4096, "{name}: {} > {cap}", arena.allocated_bytes());
        }
    }
}
