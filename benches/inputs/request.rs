//! The `GetImItems` request of the `write/requests` benchmark, shared with
//! `examples/timewrite.rs` so that both time the same request: 1,000 contact ids with
//! change keys, 100 group ids, 10 extended properties (about 120 KB written).

use ews_im::write::{ExtendedFieldPath, ItemIdRef, MapiPropertyType};

/// The 1,100 ids, full length (as servers give them).
pub fn ids() -> Vec<String> {
    (0..1100).map(|i| format!("AAMkADEzOTExYjJkLTYyN2QtNDNmZC1hMTNjLWM3MmI0OWFlYzk{i:05}AAA=")).collect()
}

/// The request's contact ids, group ids and extended properties, borrowing `ids`.
pub fn parts(ids: &[String]) -> (Vec<ItemIdRef<'_>>, Vec<ItemIdRef<'_>>, Vec<ExtendedFieldPath<'static>>) {
    let contacts = ids[..1000].iter().map(|id| ItemIdRef::with_change_key(id, "EQAAABBmNDjF")).collect();
    let groups = ids[1000..].iter().map(|id| ItemIdRef::new(id)).collect();
    let paths = (0..10).map(|t| ExtendedFieldPath::tag(0x3001 + t, MapiPropertyType::String)).collect();
    (contacts, groups, paths)
}
