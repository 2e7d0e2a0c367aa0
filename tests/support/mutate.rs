//! Deterministic mutations of a document (deletions, byte changes, XML tokens inserted,
//! pieces repeated, truncation), shared by the tests that compare two parsers on them.
#![allow(dead_code)]

/// SplitMix64: a tiny deterministic generator, so every run tests the same inputs.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
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

/// One to three mutations of `doc`.
pub fn mutate(rng: &mut Rng, doc: &[u8]) -> Vec<u8> {
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
