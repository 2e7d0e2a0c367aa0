//! The fast parser against the slow reference (`tests/support/reference.rs`): when both
//! accept, the JSON is equal; they agree on accept/reject and on the rejection kind.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    for strict in [false, true] {
        let arena = ews_im::Bump::new();
        let options = ews_im::Options { strict, ..Default::default() };
        let fast = match ews_im::parse_with(data, &arena, &options) {
            Ok(r) => {
                let mut json = Vec::new();
                ews_im::json::write(&mut json, &r, false).unwrap();
                Ok(serde_json::from_slice::<serde_json::Value>(&json).unwrap())
            }
            Err(e) => Err(e.kind().contract_kind()),
        };
        let slow = reference::reference_parse(data, strict);
        assert_eq!(fast, slow, "strict={strict} input={:?}", String::from_utf8_lossy(data));
    }
});
