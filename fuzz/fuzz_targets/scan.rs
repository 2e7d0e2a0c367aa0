//! The scanner's fast paths (SIMD searches, SWAR letter runs, word compares, the name
//! scanner) against naive byte loops on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    ews_im::scan::fuzzing::check(data);
});
