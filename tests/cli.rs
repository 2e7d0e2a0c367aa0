//! The `ews-im` command end to end: the contract's JSON for every corpus file, exit codes,
//! stderr lines, stdin, `--strict`, and the table for people.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn ews_im(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ews-im"));
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn json_for_every_corpus_file_through_the_binary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let expected: serde_json::Value = serde_json::from_slice(
            &std::fs::read(dir.join("expected").join(path.file_name().unwrap()).with_extension("json")).unwrap(),
        )
        .unwrap();
        let out = ews_im(&["parse", "--format", "json", path.to_str().unwrap()], None);
        match expected.get("error").and_then(|k| k.as_str()) {
            Some(kind) => {
                assert_eq!(out.status.code(), Some(1), "{}", path.display());
                assert!(out.stdout.is_empty(), "nothing on stdout when rejecting");
                assert!(text(&out.stderr).starts_with(&format!("error: {kind}: ")), "{}", text(&out.stderr));
            }
            None => {
                assert_eq!(out.status.code(), Some(0), "{}: {}", path.display(), text(&out.stderr));
                assert!(out.stdout.ends_with(b"}\n"), "one object and one newline");
                let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(got, expected, "{}", path.display());
            }
        }
        n += 1;
    }
    assert!(n >= 52);
}

#[test]
fn the_readme_command_prints_the_seed_group_and_persona() {
    let out = ews_im(&["parse", "corpus/getimitems-response-seed.xml"], None);
    assert_eq!(out.status.code(), Some(0));
    let table = text(&out.stdout);
    assert!(table.contains("Exchange SDK Team") && table.contains("Tony Smith"), "{table}");
    assert!(table.contains("action      none: success"));
}

#[test]
fn table_shows_code_message_and_back_off() {
    let out = ews_im(&["parse", "corpus/getimitems-error-internalservererror-inner.xml"], None);
    let table = text(&out.stdout);
    assert!(table.contains("response    Error ErrorInternalServerError"), "{table}");
    assert!(table.contains("back-off    12000 ms"), "{table}");
    assert!(table.contains("action      retry after 12000 ms (inner ErrorServerBusy)"), "{table}");
    let out = ews_im(&["parse", "corpus/getimitemlist-fault-incorrectschemaversion-msdocs.xml"], None);
    let table = text(&out.stdout);
    assert!(
        table.contains("SOAP fault  a:ErrorIncorrectSchemaVersion")
            && table.contains("action      send another RequestServerVersion"),
        "{table}"
    );
}

#[test]
fn rejections_usage_errors_stdin_and_strict() {
    let out = ews_im(&["parse", "no/such/file.xml"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: cannot read file: "));
    let out = ews_im(&["parse", "--format", "json", "-"], Some(b"<html><body>Bad gateway</body></html>"));
    assert_eq!((out.status.code(), text(&out.stderr).starts_with("error: not a soap envelope: ")), (Some(1), true));
    let out = ews_im(&["parse", "-"], Some(b""));
    assert!(text(&out.stderr).starts_with("error: not well-formed: empty document"), "{}", text(&out.stderr));
    for bad in [&["parse"][..], &["parse", "--format", "bogus", "x"], &["frobnicate"], &["parse", "--bogus", "x"]] {
        let out = ews_im(bad, None);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty());
    }
    let doc = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m:RemoveImGroupResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><m:MessageText>a&#x14;b</m:MessageText></m:RemoveImGroupResponse></s:Body></s:Envelope>"#;
    let out = ews_im(&["parse", "--format", "json", "-"], Some(doc));
    assert_eq!(out.status.code(), Some(0));
    let at = memchr::memmem::find(doc, b"&#x14;").unwrap();
    assert!(
        text(&out.stderr)
            .contains(&format!("warning: character U+0014 is not allowed in XML 1.0; replaced by U+FFFD (byte {at})")),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("\"a\u{FFFD}b\""));
    let out = ews_im(&["parse", "--strict", "--format", "json", "-"], Some(doc));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: not well-formed: character U+0014"), "{}", text(&out.stderr));
}

#[test]
fn gen_output_parses_with_the_requested_counts() {
    let out = ews_im(&["gen", "--groups", "3", "--personas", "7", "--seed", "9"], None);
    assert_eq!(out.status.code(), Some(0));
    let parsed = ews_im(&["parse", "--format", "json", "-"], Some(&out.stdout));
    let v: serde_json::Value = serde_json::from_slice(&parsed.stdout).unwrap();
    let list = &v["get_im_items_response"]["im_item_list"];
    assert_eq!((list["groups"].as_array().unwrap().len(), list["personas"].as_array().unwrap().len()), (3, 7));
}

/// `--format ndjson`: for every corpus file, the item lines put back into their arrays of
/// the last line give exactly the `--format json` document; a rejection is the same
/// rejection (exit 1, the contract's kind), with the item lines before it on stdout.
#[test]
fn ndjson_for_every_corpus_file_matches_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let file = path.to_str().unwrap();
        let json = ews_im(&["parse", "--format", "json", file], None);
        let nd = ews_im(&["parse", "--format", "ndjson", "-"], Some(&std::fs::read(&path).unwrap()));
        assert_eq!(nd.status.code(), json.status.code(), "{file}");
        if json.status.code() != Some(0) {
            let kind = |o: &Output| text(&o.stderr).split(':').nth(1).map(str::to_owned);
            assert_eq!(kind(&nd), kind(&json), "{file}");
            continue;
        }
        let full: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let lines: Vec<serde_json::Value> =
            text(&nd.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let (last, items) = lines.split_last().unwrap();
        let mut rebuilt = last.clone();
        let (key, body) = rebuilt.as_object_mut().unwrap().iter_mut().last().unwrap();
        let mut groups = Vec::new();
        let mut personas = Vec::new();
        for item in items {
            match (item.get("group"), item.get("persona")) {
                (Some(g), None) => groups.push(g.clone()),
                (None, Some(p)) => personas.push(p.clone()),
                _ => panic!("{file}: not an item line: {item}"),
            }
        }
        if key == "find_people_response" {
            if full[key.as_str()].get("people").is_some() {
                body["people"] = serde_json::Value::Array(personas);
            }
        } else if let Some(list) = body.get_mut("im_item_list") {
            let original = &full[key.as_str()]["im_item_list"];
            if original.get("groups").is_some() {
                list["groups"] = serde_json::Value::Array(groups);
            }
            if original.get("personas").is_some() {
                list["personas"] = serde_json::Value::Array(personas);
            }
        } else {
            assert!(items.is_empty(), "{file}: items without a list");
        }
        assert_eq!(rebuilt, full, "{file}");
        n += 1;
    }
    assert!(n >= 30, "{n} accepted files");
}

/// A document rejected part-way: the item lines already written stand, no last line,
/// exit 1 and the contract's error line.
#[test]
fn ndjson_rejected_part_way_keeps_the_lines_before() {
    let doc =
        ews_im::generate::get_im_items(&ews_im::generate::GenOptions { groups: 3, personas: 40, ..Default::default() });
    // Cut inside the 31st persona.
    let cut = doc.windows(9).enumerate().filter(|(_, w)| w == b"<Persona>").nth(30).unwrap().0 + 20;
    let out = ews_im(&["parse", "--format", "ndjson", "-"], Some(&doc[..cut]));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: not well-formed: unexpected end of input"), "{}", text(&out.stderr));
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 3 + 30);
    assert!(lines.iter().all(|l| l.starts_with("{\"group\":") || l.starts_with("{\"persona\":")));
}
