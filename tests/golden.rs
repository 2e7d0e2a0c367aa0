//! Every corpus file through the library and the JSON writer, against its expected JSON
//! (`corpus/expected/<name>.json`; `{"error": kind}` means rejection with that kind).

use std::fs;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::corpus_files;

/// The library's answer for `input` as the contract's JSON value.
fn actual(input: &[u8]) -> serde_json::Value {
    let arena = ews_im::Bump::new();
    match ews_im::parse(input, &arena) {
        Ok(r) => {
            let mut out = Vec::new();
            ews_im::json::write(&mut out, &r, true).unwrap();
            serde_json::from_slice(&out).expect("the JSON writer writes JSON")
        }
        Err(e) => serde_json::json!({ "error": e.kind().contract_kind() }),
    }
}

#[test]
fn every_corpus_file_gives_its_expected_json() {
    let files = corpus_files();
    assert!(files.len() >= 50, "the corpus is bundled: {} files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let expected_path =
            path.parent().unwrap().join("expected").join(path.file_name().unwrap()).with_extension("json");
        let expected: serde_json::Value = serde_json::from_slice(&fs::read(&expected_path).unwrap()).unwrap();
        let got = actual(&fs::read(path).unwrap());
        if got != expected {
            failures.push(format!(
                "{}:\n  expected {}\n  got      {}",
                path.display(),
                serde_json::to_string(&expected).unwrap(),
                serde_json::to_string(&got).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), files.len(), failures.join("\n"));
}
