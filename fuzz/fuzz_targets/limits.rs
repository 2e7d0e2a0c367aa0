//! Small arbitrary limits: never a panic; the arena stays within its cap; a parse that
//! succeeds with the defaults either succeeds identically or fails with a limit or arena
//! error; one that fails with the defaults fails the same way unless a limit came first.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    input_bytes: u16,
    depth: u8,
    attributes: u8,
    ns_decls: u8,
    name_bytes: u8,
    arena: u16,
    item_bytes: Option<u16>,
    strict: bool,
    data: &'a [u8],
}

fn json(r: &ews_im::Response<'_>) -> Vec<u8> {
    let mut v = Vec::new();
    ews_im::json::write(&mut v, r, false).unwrap();
    v
}

fuzz_target!(|inp: Input<'_>| {
    let limits = ews_im::Limits {
        max_input_bytes: usize::from(inp.input_bytes),
        max_depth: usize::from(inp.depth),
        max_attributes: usize::from(inp.attributes),
        max_namespace_declarations: usize::from(inp.ns_decls),
        max_name_bytes: usize::from(inp.name_bytes),
        max_arena_bytes: Some(usize::from(inp.arena) * 16),
        max_item_bytes: inp.item_bytes.map(usize::from),
    };
    let small = ews_im::Options { limits, strict: inp.strict };
    let default = ews_im::Options { strict: inp.strict, ..Default::default() };
    let arena = ews_im::Bump::new();
    let a = ews_im::parse_with(inp.data, &arena, &small);
    let cap = limits.max_arena_bytes.unwrap();
    // bumpalo counts whole chunks; our cap bounds them.
    assert!(arena.allocated_bytes() <= cap + 4096, "{} > {}", arena.allocated_bytes(), cap);
    let arena2 = ews_im::Bump::new();
    let b = ews_im::parse_with(inp.data, &arena2, &default);
    match (&a, &b) {
        (Ok(x), Ok(y)) => assert_eq!(json(x), json(y)),
        (Err(e), Ok(_)) => assert!(
            matches!(e.kind(), ews_im::ErrorKind::LimitExceeded { .. } | ews_im::ErrorKind::ArenaExhausted),
            "{e}"
        ),
        (Ok(_), Err(e)) => panic!("smaller limits accepted what the defaults reject: {e}"),
        (Err(e), Err(f)) => {
            // Smaller limits may cut the input (max_input_bytes) before a problem that needs
            // the rest of a tag to be seen (an undeclared prefix is only known at the tag's
            // end), so the library kinds may differ; the contract's kinds may not.
            let limited = matches!(e.kind(), ews_im::ErrorKind::LimitExceeded { .. } | ews_im::ErrorKind::ArenaExhausted);
            let same = e.kind().contract_kind() == f.kind().contract_kind();
            assert!(limited || same || f.kind().is_structural(), "{e} vs {f}");
        }
    }
});
