//! The parser against the slow reference implementation (`tests/support/reference.rs`) on
//! deterministic mutations of every corpus file: the same JSON, or the same rejection kind.
//! (The `reference_diff` fuzz target does the same with coverage guidance.)

#[path = "support/reference.rs"]
mod reference;

use std::fs;
use std::path::Path;

/// SplitMix64: a tiny deterministic generator, so every run tests the same inputs.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"/>",
    b"</",
    b"&amp;",
    b"&#x14;",
    b"&#55356;",
    b"&bogus;",
    b"<![CDATA[x]]>",
    b"]]>",
    b"<!--c-->",
    b"\r\n",
    b"\r",
    b"\x01",
    b"\xEF\xBF\xBE",
    b"\xC3",
    b"xmlns:t=\"urn:x\" ",
    b" xmlns=\"\"",
    b" a=\"1\"",
    b"t:",
    b":",
    b"<t:Persona>",
    b"</t:Persona>",
    b"<Persona/>",
    b"<DisplayName>x</DisplayName>",
    b"<!DOCTYPE x>",
    b"<?pi x?>",
    b"\"",
    b"'",
    b"=",
    b" ",
    b"https://",
    b"<s:Body/>",
];

fn mutate(rng: &mut Rng, doc: &[u8]) -> Vec<u8> {
    let mut d = doc.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(d.len() + 1);
        match rng.below(5) {
            0 if !d.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(d.len());
                d.drain(at.min(end)..end);
            }
            1 if at < d.len() => d[at] = rng.next() as u8,
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                d.splice(at..at, t.iter().copied());
            }
            3 if !d.is_empty() => {
                // Duplicate a slice elsewhere (repeats tags and fields).
                let s = rng.below(d.len());
                let e = (s + 1 + rng.below(64)).min(d.len());
                let piece = d[s..e].to_vec();
                d.splice(at..at, piece);
            }
            _ => d.truncate(at),
        }
    }
    d
}

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
