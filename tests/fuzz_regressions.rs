//! Inputs the fuzzers found, kept as named tests with their bytes inline
//! (the original files are in `fuzz/regressions/`).

use ews_im::{parse, Bump, Value};

/// Address ranges of every string of a value.
fn strings(v: Value<'_>, out: &mut Vec<(usize, usize)>) {
    match v {
        Value::Text(t) => out.push((t.as_ptr() as usize, t.len())),
        Value::Record(r) => r.fields().for_each(|(_, v)| strings(v, out)),
        Value::List(items) => items.iter().for_each(|v| strings(*v, out)),
        Value::Entry(e) => {
            out.push((e.text().as_ptr() as usize, e.text().len()));
            out.push((e.element().as_ptr() as usize, e.element().len()));
        }
    }
}

/// `parse_bytes`: a text that was only a replaced character (`\x10` → U+FFFD) or a lone CR
/// (→ LF) was a `&'static str`, outside both the input and the arena.
#[test]
fn parse_bytes_static_replacement_string() {
    for text in [&b"\x10"[..], b"\r", b"\r\n", b"\xEF\xBF\xBE"] {
        let mut input = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:GetImItemsResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><m:MessageText>"#.to_vec();
        input.extend_from_slice(text);
        input.extend_from_slice(b"</m:MessageText><m:MessageXml><Value>");
        input.extend_from_slice(text);
        input.extend_from_slice(b"</Value></m:MessageXml></m:GetImItemsResponse></s:Body></s:Envelope>");
        let mut arena = Bump::new();
        let mut found = Vec::new();
        {
            let r = parse(&input, &arena).unwrap();
            strings(Value::Record(r.body().record()), &mut found);
        }
        let chunks: Vec<(usize, usize)> =
            arena.iter_allocated_chunks().map(|c| (c.as_ptr() as usize, c.len())).collect();
        let within = |(p, n): (usize, usize), (s, l): (usize, usize)| p >= s && p + n <= s + l;
        let input_range = (input.as_ptr() as usize, input.len());
        let nonempty: Vec<_> = found.into_iter().filter(|s| s.1 > 0).collect();
        assert!(nonempty.len() >= 3, "{text:?}");
        for s in nonempty {
            assert!(
                within(s, input_range) || chunks.iter().any(|c| within(s, *c)),
                "{text:?}: a string outside the input and the arena"
            );
        }
    }
}

/// `limits`: a problem inside an attribute value (here a NUL in strict mode) stopped the
/// tag, so an undeclared prefix earlier in the same tag was not reported; with a tiny
/// attribute limit the same input gave the prefix. The lowest offset now wins either way.
#[test]
fn limits_value_problem_does_not_hide_an_earlier_prefix_problem() {
    let strict = ews_im::Options { strict: true, ..Default::default() };
    for value in ["AA\0\0", "&bogus;", "&#xD800;"] {
        let input = format!("<faultcode>\n  \"uuuu\nn))))))))<t:PersonaId Id=\"{value}\"/></faultcode>");
        let arena = Bump::new();
        let e = ews_im::parse_with(input.as_bytes(), &arena, &strict).unwrap_err();
        assert_eq!(
            (e.kind(), e.offset()),
            (&ews_im::ErrorKind::UndeclaredPrefix { qname: "t:PersonaId".into() }, input.find("t:PersonaId").unwrap()),
            "{value:?}"
        );
    }
}

/// `limits`: with a small input limit that cuts a start tag, the tag's namespace problems
/// (only known at its end) cannot be seen, so another problem of the same contract kind
/// is reported. The contract's kind is what must not change.
#[test]
fn limits_cut_tag_hides_undeclared_prefix() {
    // The fuzzer's input had a huge attribute value; 3000 bytes past a 100-byte limit do.
    let input = format!(r#"<s:Envelope xmlnx:ss:s="{}"><s:Body/></s:Envelope>"#, "x".repeat(3000));
    let input = input.as_bytes();
    let arena = Bump::new();
    let full = parse(input, &arena).unwrap_err();
    assert_eq!((full.kind(), full.offset()), (&ews_im::ErrorKind::UndeclaredPrefix { qname: "s:Envelope".into() }, 1));
    let cut = ews_im::Options { limits: ews_im::Limits { max_input_bytes: 100, ..Default::default() }, strict: false };
    let e = ews_im::parse_with(input, &arena, &cut).unwrap_err();
    assert_eq!((e.kind(), e.offset()), (&ews_im::ErrorKind::Namespace, 12));
    assert_eq!(e.kind().contract_kind(), full.kind().contract_kind());
}

/// The `scan` target's check over windows of every corpus file (its seeds).
#[test]
fn scan_fast_paths_match_naive_on_the_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "xml") {
            let doc = std::fs::read(&path).unwrap();
            for start in (0..doc.len()).step_by(97) {
                ews_im::scan::fuzzing::check(&doc[start..(start + 300).min(doc.len())]);
            }
        }
    }
}

/// `scan` (the CI smoke run of session 10, its first input): the check itself indexed the
/// input's first byte, so the empty input panicked. Every input, the empty one too, is
/// checked.
#[test]
fn scan_check_of_the_empty_input() {
    for data in [&b""[..], b"\"", b"<", b"a"] {
        ews_im::scan::fuzzing::check(data);
    }
}

/// `parse_chunked`: in `<t>\0…]]>` (strict) the one-shot parse reported the `]]>` at
/// byte 19 before the forbidden NUL at byte 3, which a chunked parse (whose text run
/// ended before the `>`) reported: the text before `]]>` is now checked first.
#[test]
fn parse_chunked_forbidden_char_before_cdata_end() {
    let input = b"<t>\0UUUUUUU![CDATA[]]>o";
    let arena = Bump::new();
    let strict = ews_im::Options { strict: true, ..Default::default() };
    let e = ews_im::parse_with(input, &arena, &strict).unwrap_err();
    assert_eq!(e.kind(), &ews_im::ErrorKind::ForbiddenChar { code: 0 });
    assert_eq!(e.offset(), 3);
    let lenient = ews_im::parse(input, &arena).unwrap_err();
    assert_eq!(lenient.kind(), &ews_im::ErrorKind::Syntax(ews_im::Syntax::CdataEndInText));
    assert_eq!(lenient.offset(), 19);
    for split in 0..=input.len() {
        let (a, b) = input.split_at(split);
        let got = ews_im::stream::fuzzing::pushed(&[a, b], &strict).1.unwrap_err();
        assert_eq!((got.kind(), got.offset()), (e.kind(), e.offset()), "split at {split}");
    }
}

/// `parse_chunked`: a chunk ending right after `<?xml` made the target look like the
/// reserved `xml`, where the whole input has `<?xmlai…`: a name that reaches the end of
/// the text read so far is not complete.
#[test]
fn parse_chunked_pi_target_cut_at_chunk_end() {
    let input = b"<t>Em<?xmlai<t:At}r\n\nito";
    let arena = Bump::new();
    let e = parse(input, &arena).unwrap_err();
    assert_eq!(e.kind(), &ews_im::ErrorKind::UnexpectedEof { inside: "processing instruction" });
    assert_eq!(e.offset(), input.len());
    let options = ews_im::Options::default();
    for split in 0..=input.len() {
        let (a, b) = input.split_at(split);
        let got = ews_im::stream::fuzzing::pushed(&[a, b], &options).1.unwrap_err();
        assert_eq!(got, e, "split at {split}");
    }
}
