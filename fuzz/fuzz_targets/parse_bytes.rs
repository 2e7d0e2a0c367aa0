//! One-shot parse of arbitrary bytes, lenient and strict: never a panic; on success every
//! string is inside the input or the arena, and Display/Debug/JSON of results and errors run.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Address ranges of every string of a value.
fn ranges(v: ews_im::Value<'_>, out: &mut Vec<(usize, usize)>) {
    match v {
        ews_im::Value::Text(t) => out.push((t.as_ptr() as usize, t.len())),
        ews_im::Value::Record(r) => r.fields().for_each(|(_, v)| ranges(v, out)),
        ews_im::Value::List(items) => items.iter().for_each(|v| ranges(*v, out)),
        ews_im::Value::Entry(e) => {
            out.push((e.element().as_ptr() as usize, e.element().len()));
            out.push((e.text().as_ptr() as usize, e.text().len()));
            for (n, v) in e.attributes() {
                out.push((n.as_ptr() as usize, n.len()));
                out.push((v.as_ptr() as usize, v.len()));
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    for strict in [false, true] {
        let mut arena = ews_im::Bump::new();
        let options = ews_im::Options { strict, ..Default::default() };
        let mut strings = Vec::new();
        match ews_im::parse_with(data, &arena, &options) {
            Ok(r) => {
                let mut json = Vec::new();
                ews_im::json::write(&mut json, &r, true).unwrap();
                serde_json::from_slice::<serde_json::Value>(&json).expect("the JSON writer writes JSON");
                let _ = format!("{r:?} {:?}", r.outcome());
                for d in r.diagnostics() {
                    let _ = d.to_string();
                    assert!(d.offset < data.len());
                }
                if let Some(v) = r.server_version_info() {
                    ranges(ews_im::Value::Record(v.record()), &mut strings);
                }
                ranges(ews_im::Value::Record(r.body().record()), &mut strings);
                if strict {
                    assert!(r.diagnostics().is_empty(), "strict mode never works around a character");
                }
            }
            Err(e) => {
                let _ = format!("{e} {e:?}");
                assert!(e.offset() <= data.len());
                assert!(e.line() >= 1 && e.column() >= 1);
                let _ = e.kind().contract_kind();
            }
        }
        // Every string lies in the input or in one of the arena's chunks.
        let input = (data.as_ptr() as usize, data.len());
        let chunks: Vec<(usize, usize)> = arena.iter_allocated_chunks().map(|c| (c.as_ptr() as usize, c.len())).collect();
        for (p, len) in strings {
            if len == 0 {
                continue;
            }
            let inside = |(s, l): (usize, usize)| p >= s && p + len <= s + l;
            assert!(inside(input) || chunks.iter().any(|c| inside(*c)), "a string outside the input and the arena");
        }
    }
});
