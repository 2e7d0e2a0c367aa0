//! The parser against the slow reference implementation (`tests/support/reference.rs`) on
//! deterministic mutations of every corpus file: the same JSON, or the same rejection kind.
//! (The `reference_diff` fuzz target does the same with coverage guidance.)

#[path = "support/mutate.rs"]
mod mutate;
#[path = "support/reference.rs"]
mod reference;

use mutate::{mutate, Rng};

use std::fs;
use std::path::Path;

fn fast(input: &[u8], strict: bool) -> Result<serde_json::Value, &'static str> {
    let arena = ews_im::Bump::new();
    let options = ews_im::Options { strict, ..Default::default() };
    match ews_im::parse_with(input, &arena, &options) {
        Ok(r) => {
            let mut out = Vec::new();
            ews_im::json::write(&mut out, &r, false).unwrap();
            Ok(serde_json::from_slice(&out).unwrap())
        }
        Err(e) => Err(e.kind().contract_kind()),
    }
}

#[test]
fn mutated_corpus_agrees_with_the_reference() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "xml"));
    files.sort();
    let mut rng = Rng(0x5EED);
    let (mut cases, mut accepted) = (0, 0);
    for path in &files {
        let doc = fs::read(path).unwrap();
        for i in 0..60 {
            let input = mutate(&mut rng, &doc);
            let strict = i % 4 == 0;
            let (a, b) = (fast(&input, strict), reference::reference_parse(&input, strict));
            assert_eq!(a, b, "{} mutation {i} (strict {strict}):\n{}", path.display(), String::from_utf8_lossy(&input));
            cases += 1;
            accepted += usize::from(a.is_ok());
        }
    }
    // The mutations must exercise both outcomes, or the test proves little.
    assert!(cases > 2000 && accepted > cases / 20 && accepted < cases * 19 / 20, "{accepted} of {cases} accepted");
}
