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
