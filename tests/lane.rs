//! The parser's fast paths (the lane of `src/parser/lane.rs`, the one-step plain leaf, the
//! guess of the next field) against its general path alone: on every
//! corpus file, generated documents in both namespace styles, deterministic mutations and
//! hand-written odd-but-valid documents aimed at the lane's edges, with default, strict
//! and tight limits, both give exactly the same — items, rest of the document, totals and
//! diagnostics, or the same first error (kind, offset, line, column, path).
//! (The `parse_chunked` fuzz target checks the same with coverage guidance.) Under a small
//! arena cap the lane needs less memory (no frame per leaf); the findings at the end pin
//! where an exhausted arena is reported.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/mutate.rs"]
mod mutate;

use ews_im::generate::{get_im_items, GenOptions, Style};
use ews_im::stream::fuzzing::{one_shot, without_lane};
use ews_im::Options;
use mutate::{mutate, Rng};

/// Option sets the lane must agree under: its checks of names, attributes, depth and
/// items are limits too.
fn option_sets() -> Vec<Options> {
    let strict = Options { strict: true, ..Default::default() };
    let mut tight = Options::default();
    tight.limits.max_name_bytes = 11;
    tight.limits.max_attributes = 1;
    tight.limits.max_depth = 7;
    let mut items = Options::default();
    items.limits.max_item_bytes = Some(300);
    vec![Options::default(), strict, tight, items]
}

/// Whether the lane and the general path agree on `input`; says how they differ if not.
fn agree(input: &[u8], options: &Options) -> Result<bool, String> {
    let lane = one_shot(input, options);
    let general = without_lane(|| one_shot(input, options));
    if lane != general {
        return Err(format!("lane {lane:?}\n general {general:?}"));
    }
    Ok(lane.is_ok())
}

fn check(what: &str, input: &[u8], options: &Options) -> bool {
    match agree(input, options) {
        Ok(accepted) => accepted,
        Err(diff) => panic!("{what}:\n{diff}\ninput: {}", String::from_utf8_lossy(input)),
    }
}

#[test]
fn corpus_and_generated_documents_agree() {
    let mut docs: Vec<(String, Vec<u8>)> =
        corpus::corpus_files().iter().map(|p| (p.display().to_string(), std::fs::read(p).unwrap())).collect();
    for (seed, style, pretty) in [(1, Style::Server, true), (2, Style::Prefixed, true), (3, Style::Server, false)] {
        let g = GenOptions { groups: 3, personas: 12, seed, style, pretty };
        docs.push((format!("generated {g:?}"), get_im_items(&g)));
    }
    let mut accepted = 0;
    for (name, doc) in &docs {
        for (i, options) in option_sets().iter().enumerate() {
            accepted += usize::from(check(&format!("{name}, options {i}"), doc, options));
        }
    }
    // The default and strict options accept most; the tight ones reject most.
    assert!(accepted >= docs.len(), "{accepted} accepted of {}", docs.len() * 4);
}

#[test]
fn mutated_documents_agree() {
    let mut rng = Rng(0x1A4E);
    let mut docs: Vec<Vec<u8>> = corpus::corpus_files().iter().map(|p| std::fs::read(p).unwrap()).collect();
    docs.push(get_im_items(&GenOptions { groups: 1, personas: 3, seed: 9, ..Default::default() }));
    docs.push(get_im_items(&GenOptions { groups: 1, personas: 3, seed: 9, style: Style::Prefixed, pretty: true }));
    let options = option_sets();
    let (mut cases, mut accepted) = (0, 0);
    for doc in &docs {
        for i in 0..80 {
            let input = mutate(&mut rng, doc);
            accepted += usize::from(check(&format!("mutation {i}"), &input, &options[i % options.len()]));
            cases += 1;
        }
    }
    // Both outcomes, or the test proves little (a mutation usually breaks a document).
    assert!(accepted > cases / 40 && accepted < cases * 19 / 20, "{accepted} of {cases} accepted");
}

/// A GetImItems response with one persona whose children are `children`.
fn persona_doc(children: &str) -> Vec<u8> {
    format!(
        r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
<GetImItemsResponse ResponseClass="Success" xmlns="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
<ResponseCode>NoError</ResponseCode>
<ImItemList><Personas xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
<Persona>
{children}
</Persona>
<Persona>
{children}
</Persona>
</Personas></ImItemList></GetImItemsResponse></s:Body></s:Envelope>"#
    )
    .into_bytes()
}

/// Children of a persona that each stop the lane somewhere, or almost do.
const EDGES: &[&str] = &[
    // The usual, then the same again: the second is a duplicate, first one wins.
    "<DisplayName>Tony</DisplayName><DisplayName>Other</DisplayName>",
    // The guessed name with a prefix, a foreign namespace, a redeclared default.
    "<t:DisplayName>Tony</t:DisplayName><x:DisplayName xmlns:x=\"urn:x\">X</x:DisplayName>",
    "<DisplayName xmlns=\"urn:other\">X</DisplayName><GivenName>Tony</GivenName>",
    "<DisplayName xmlns=\"https://schemas.microsoft.com/exchange/services/2006/types\">T</DisplayName>",
    // Text that is not plain: references, `>`, CR, TAB, LF, CDATA, a comment, U+FFFE.
    "<DisplayName>A &amp; B</DisplayName><GivenName>a > b</GivenName><Surname>x\r\ny</Surname>",
    "<DisplayName>a\tb</DisplayName><GivenName>a\nb</GivenName><Surname><![CDATA[<c>]]></Surname>",
    "<DisplayName>a<!--c-->b</DisplayName><GivenName>\u{FFFE}</GivenName><Surname>\u{1}</Surname>",
    "<DisplayName></DisplayName><GivenName/><Surname />",
    // End tags that are not exactly `</name>`.
    "<DisplayName>Tony</DisplayName ><GivenName>T</GivenName\n>",
    "<DisplayName>Tony</DisplayNam>",
    "<DisplayName>Tony</DisplayNameX>",
    "<DisplayName>Tony</t:DisplayName>",
    // Names the ASCII path does not take.
    "<Dísplay>x</Dísplay><Display_Name>x</Display_Name><Display-Name>x</Display-Name><A1>x</A1>",
    // Unknown children, text between children, a PI.
    "<Unknown><DisplayName>in</DisplayName></Unknown><DisplayName>out</DisplayName>",
    "text<DisplayName>T</DisplayName> more <?pi x?><GivenName>G</GivenName>",
    // Records of attributes: quotes, white space, unknown, prefixed, xmlns, repeated,
    // references, a tag that is not empty, more than eight attributes.
    "<PersonaId Id='A1' ChangeKey=\"B\"/><CreationTime>2012</CreationTime>",
    "<PersonaId Id = \"A1\"\n ChangeKey=\"B\" Other=\"c\"   />",
    "<PersonaId x:Id=\"A1\" xmlns:x=\"urn:x\"/><PersonaId Id=\"second\"/>",
    "<PersonaId xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\" Id=\"A\"/>",
    "<PersonaId Id=\"A\" Id=\"B\"/>",
    "<PersonaId Id=\"A&amp;B\" ChangeKey=\"a\tb\"/>",
    "<PersonaId Id=\"A\"></PersonaId><GivenName>G</GivenName>",
    "<PersonaId Id=\"A\">text</PersonaId>",
    "<PersonaId a=\"1\" b=\"2\" c=\"3\" d=\"4\" e=\"5\" f=\"6\" g=\"7\" h=\"8\" Id=\"9\"/>",
    "<PersonaId Id=\"A\" /><PersonaId Id=\"B\" />",
    "<PersonaId Id=\"A\"/ >",
    "<PersonaId Id=\"A<\"/>",
    // Record and list children without attributes, and lists of attribute records.
    "<EmailAddress><Name>n</Name><EmailAddress>e@x</EmailAddress></EmailAddress>",
    "<EmailAddresses><EmailAddress><Name>n</Name></EmailAddress><Address><Name>m</Name></Address></EmailAddresses>",
    "<Attributions><Attribution><Id>0</Id><SourceId Id=\"S\" ChangeKey=\"C\"/><DisplayName>D</DisplayName></Attribution></Attributions>",
    "<DisplayNames><StringAttributedValue><Value>v</Value><Attributions><Attribution>0</Attribution></Attributions></StringAttributedValue></DisplayNames>",
    // Deep nesting inside a record.
    "<EmailAddress><Name><a><b><c><d>x</d></c></b></a></Name></EmailAddress>",
    // Items of lists (the list lane): prefixed, foreign, redeclared, unknown between
    // items, empty, with attributes, text around, a second list, end tags not exact.
    "<EmailAddresses><t:EmailAddress><Name>n</Name></t:EmailAddress><EmailAddress/></EmailAddresses>",
    "<EmailAddresses><EmailAddress xmlns=\"urn:x\"><Name>n</Name></EmailAddress><EmailAddress><Name>m</Name></EmailAddress></EmailAddresses>",
    "<EmailAddresses xmlns=\"urn:x\"><EmailAddress><Name>n</Name></EmailAddress></EmailAddresses>",
    "<EmailAddresses><Other>o</Other><EmailAddress><Name>n</Name></EmailAddress>text</EmailAddresses>",
    "<EmailAddresses><EmailAddress Extra=\"1\"><Name>n</Name></EmailAddress></EmailAddresses >",
    "<DisplayNames><StringAttributedValue><Attributions><Attribution>0</Attribution><Attribution>a&amp;b</Attribution><Attribution/><Attribution>1</Attribution ></Attributions></StringAttributedValue></DisplayNames>",
    "<DisplayNames><StringAttributedValue><Attributions><Attribution>0</Attributio></Attributions></StringAttributedValue></DisplayNames>",
    "<EmailAddresses><EmailAddress><Name>n</Name></EmailAddress></EmailAddresses><EmailAddresses><EmailAddress><Name>second</Name></EmailAddress></EmailAddresses>",
    // Attribute values across the 16-byte blocks of the scan: long, with a reference,
    // a TAB, a `<` or U+FFFE past the first block, the other quote inside.
    "<PersonaId Id=\"AAQkAGJiNTg5NDZlLTc0NzQtMTgzNy0yMmRlLTlmNjZiNDllMjA1NgAQAIitnKCfysjGz66EhdN1mcc=\" ChangeKey='x\"y'/>",
    "<PersonaId Id=\"AAQkAGJiNTg5NDZlLTc0NzQtMTgz&amp;NDZlLTc0NzQtMTgzNy0yMmRlLTlmNjZiNDllMjA1NgAQAIitnKCfys\"/>",
    "<PersonaId Id=\"AAQkAGJiNTg5NDZlLTc0NzQtMTgzN\tDZlLTc0NzQtMTgzNy0yMmRlLTlmNjZiNDllMjA1NgAQAIitnKCfys\"/>",
    "<PersonaId Id=\"AAQkAGJiNTg5NDZlLTc0NzQtMTgzNyD<lLTc0NzQtMTgzNy0yMmRlLTlmNjZiNDllMjA1NgAQAIitnKCfys\"/>",
    "<PersonaId Id=\"AAQkAGJiNTg5NDZlLTc0NzQtMTgzNyDl\u{FFFE}Tc0NzQtMTgzNy0yMmRlLTlmNjZiNDllMjA1NgAQAIitnKCfys\"/>",
];

#[test]
fn edges_of_the_lane_agree() {
    let options = option_sets();
    let mut accepted = 0;
    for (i, edge) in EDGES.iter().enumerate() {
        let doc = persona_doc(edge);
        for (j, o) in options.iter().enumerate() {
            accepted += usize::from(check(&format!("edge {i}, options {j}"), &doc, o));
        }
        // Cut short anywhere inside the persona: the same first error.
        for cut in (doc.len() / 2..doc.len()).step_by(7) {
            check(&format!("edge {i} cut at {cut}"), &doc[..cut], &options[0]);
        }
    }
    assert!(accepted > EDGES.len(), "{accepted} accepted");
}

// ----- findings of a breaker run, kept with their right values -------------------------

/// `GetImItemsResponse` with one leaf, `ResponseCode`, on its second line.
const ONE_LEAF: &[u8] = b"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><GetImItemsResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n<ResponseCode>NoError</ResponseCode></GetImItemsResponse></s:Body></s:Envelope>";

/// Both paths' error for `input`, each parse on a thread of its own (no scratch history).
fn errors_of(input: &'static [u8], options: Options) -> [(ews_im::ErrorKind, usize, u32, u32, String); 2] {
    let run = move |general: bool| {
        std::thread::spawn(move || {
            let arena = ews_im::Bump::new();
            let parse = || ews_im::parse_with(input, &arena, &options).map(|_| ()).unwrap_err();
            let e = if general { without_lane(parse) } else { parse() };
            (e.kind().clone(), e.offset(), e.line(), e.column(), e.path().to_string())
        })
        .join()
        .unwrap()
    };
    [run(false), run(true)]
}

fn capped(bytes: usize) -> Options {
    let mut o = Options::default();
    o.limits.max_arena_bytes = Some(bytes);
    o
}

#[test]
fn breaker_arena_exhausted_in_the_lane_is_reported_after_the_leaf() {
    // The lane reported where its run had started (byte 161, the start of the line before).
    let want = (ews_im::ErrorKind::ArenaExhausted, 198, 2, 37, "/Envelope/Body/GetImItemsResponse".to_string());
    for got in errors_of(ONE_LEAF, capped(10_000)) {
        assert_eq!(got, want);
    }
}

#[test]
fn breaker_arena_exhausted_in_an_attribute_record_is_reported_after_its_tag() {
    let personas = "<Persona><PersonaId Id=\"a\"/></Persona>".repeat(1100);
    let doc = format!(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><GetImItemsResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><ImItemList><Personas xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\">{personas}</Personas></ImItemList></GetImItemsResponse></s:Body></s:Envelope>"
    );
    let doc: &'static [u8] = Box::leak(doc.into_bytes().into_boxed_slice());
    // Sweep the cap: wherever the memory runs out, both paths report it at the same byte,
    // right after a `/>` or an end tag (where the general path allocates), never before.
    // The paths may differ by the element itself: the general path gives the attribute
    // record a frame, whose values may be what overflows the scratch arena; the lane
    // builds the record without one.
    let mut exhausted = 0;
    for cap in (2_000..60_000).step_by(997) {
        let [lane, general] = errors_of(doc, capped(cap));
        assert_eq!((&lane.0, lane.1, lane.2, lane.3), (&general.0, general.1, general.2, general.3), "cap {cap}");
        let same_place = lane.4 == general.4 || general.4 == format!("{}/PersonaId", lane.4);
        assert!(same_place, "cap {cap}: {} / {}", lane.4, general.4);
        if lane.0 == ews_im::ErrorKind::ArenaExhausted {
            exhausted += 1;
            assert!(doc[..lane.1].ends_with(b">"), "cap {cap}: reported at {}", lane.1);
        }
    }
    assert!(exhausted > 10, "{exhausted} caps exhausted the arena");
}

#[test]
fn breaker_arena_exhausted_past_the_item_limit_is_the_item_limit() {
    let doc: &'static [u8] = b"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><GetImItemsResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><ImItemList><Personas xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"><Persona><DisplayName>Tony Smith, a long display name</DisplayName></Persona></Personas></ImItemList></GetImItemsResponse></s:Body></s:Envelope>";
    let mut o = capped(10_000);
    o.limits.max_item_bytes = Some(20);
    let limit = ews_im::ErrorKind::LimitExceeded { limit: ews_im::Limit::ItemBytes, max: 20 };
    let want = (limit, 269, 1, 270, "/Envelope/Body/GetImItemsResponse/ImItemList/Personas".to_string());
    for got in errors_of(doc, o) {
        assert_eq!(got, want);
    }
}

#[test]
fn breaker_arena_exhausted_after_invalid_utf8_is_the_invalid_utf8() {
    let doc: &'static [u8] = b"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><GetImItemsResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n<ResponseCode>NoError</ResponseCode>\xFF</GetImItemsResponse></s:Body></s:Envelope>";
    for got in errors_of(doc, capped(10_000)) {
        assert_eq!((got.0, got.1, got.2, got.3), (ews_im::ErrorKind::InvalidUtf8, 198, 2, 37));
    }
}

#[test]
fn breaker_a_set_arena_cap_does_not_depend_on_what_the_thread_parsed_before() {
    // The thread's scratch arena kept its chunks from earlier parses, and the cap counted
    // only new ones: accepted after a warm-up parse, rejected on a fresh thread.
    let on_fresh_thread =
        std::thread::spawn(|| ews_im::parse_with(ONE_LEAF, &ews_im::Bump::new(), &capped(4096)).is_ok())
            .join()
            .unwrap();
    let after_warm_up = std::thread::spawn(|| {
        let big = get_im_items(&GenOptions::default());
        ews_im::parse(&big, &ews_im::Bump::new()).unwrap();
        ews_im::parse_with(ONE_LEAF, &ews_im::Bump::new(), &capped(4096)).is_ok()
    })
    .join()
    .unwrap();
    assert_eq!(on_fresh_thread, after_warm_up);
    assert!(!on_fresh_thread, "4 KiB is too little for the scratch arena this document needs");
}

/// A persona holding `kids`, alone in a response.
fn one_persona(kids: &str) -> &'static [u8] {
    let doc = format!(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><GetImItemsResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><ImItemList><Personas xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"><Persona>{kids}</Persona></Personas></ImItemList></GetImItemsResponse></s:Body></s:Envelope>"
    );
    Box::leak(doc.into_bytes().into_boxed_slice())
}

/// Both paths' errors for every cap of `caps`: the same kind at the same byte; the path the
/// same, or the general path's one element deeper (see the file's top). Returns how many
/// caps exhausted the arena.
fn same_exhaustion(doc: &'static [u8], caps: impl Iterator<Item = usize>) -> usize {
    let mut exhausted = 0;
    for cap in caps {
        let run = move |general: bool| {
            std::thread::spawn(move || {
                let arena = ews_im::Bump::new();
                let parse = || ews_im::parse_with(doc, &arena, &capped(cap)).is_ok();
                if general {
                    without_lane(parse)
                } else {
                    parse()
                }
            })
            .join()
            .unwrap()
        };
        match (run(false), run(true)) {
            (true, true) => continue,
            // The lane needs less scratch memory: it may fit where the general path does not.
            (true, false) => continue,
            (false, true) => panic!("cap {cap}: the lane ran out, the general path did not"),
            (false, false) => {}
        }
        let [lane, general] = errors_of(doc, capped(cap));
        assert_eq!((&lane.0, lane.1, lane.2, lane.3), (&general.0, general.1, general.2, general.3), "cap {cap}");
        let deeper = general.4.strip_prefix(lane.4.as_str()).is_some_and(|r| r.matches('/').count() == 1);
        assert!(lane.4 == general.4 || deeper, "cap {cap}: {} / {}", lane.4, general.4);
        exhausted += usize::from(lane.0 == ews_im::ErrorKind::ArenaExhausted);
    }
    exhausted
}

#[test]
fn breaker_arena_exhausted_where_the_general_path_grows_its_lists() {
    // The general path grows its list of a tag's attributes on the fifth one, its frame
    // list at the ninth open element, its value stack by a segment: there, under a tight
    // `max_arena_bytes`, it ran out at the tag's `<` while the lane, which needs none of
    // them for what it stores, ran out later (at the `/>`, or at the next frame). Now the
    // lane leaves such an element to the general path.
    let list_item = one_persona("<FolderIds><FolderId Id=\"1\" a=\"2\" b=\"3\" c=\"4\" d=\"5\"/></FolderIds>");
    let child = one_persona("<PersonaId Id=\"1\" ChangeKey=\"2\" a=\"3\" b=\"4\" c=\"5\"/>");
    let value = "<Value>€JQXELSZGNXELSZGNUBIPWDKRYFMTAHOV</Value>";
    let deep_leaf = one_persona(&format!(
        "<DisplayNames>\n<StringAttributedValue>{value}\n{value}\n</StringAttributedValue></DisplayNames>"
    ));
    for doc in [list_item, child, deep_leaf] {
        assert!(same_exhaustion(doc, (1_000..12_000).step_by(7)) > 100);
    }

    // The right value, where the lane was wrong: the general path's, at the `<` of the
    // element whose fifth attribute needs room (byte 269, not 311 after its `/>`).
    let want = (ews_im::ErrorKind::ArenaExhausted, 269, 1, 270);
    for got in errors_of(list_item, capped(3_328)) {
        assert_eq!((got.0, got.1, got.2, got.3), want);
    }
}
