//! A parse allocates nothing on the heap outside the arena: checked with a counting
//! global allocator around parses with a reused, pre-grown arena.
//!
//! The library does not use quick-xml's reader at all, so there are no buffers of its to
//! account for. Only the error path allocates (the path string of an `Error`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// A test-only allocator: it forwards to the system allocator and counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn parsing_allocates_only_in_the_arena() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut inputs = Vec::new();
    for name in [
        "getimitemlist-response-msdocs.xml",
        "getpersona-response-msdocs.xml",
        "fault-schemavalidation-exchangelib.xml",
        "getimitems-response-seed.xml",
    ] {
        inputs.push(std::fs::read(dir.join(name)).unwrap());
    }
    // Entities, CDATA and CR force arena copies; forbidden characters add diagnostics.
    inputs.push(
        b"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><m:GetImItemsResponse xmlns:m='http://schemas.microsoft.com/exchange/services/2006/messages'><m:MessageText>a &amp; <![CDATA[b]]>\r\n&#1;</m:MessageText></m:GetImItemsResponse></s:Body></s:Envelope>"
            .to_vec(),
    );
    // Generated responses in both namespace styles: the parser's fast lane reads most of them.
    for style in [ews_im::generate::Style::Server, ews_im::generate::Style::Prefixed] {
        inputs.push(ews_im::generate::get_im_items(&ews_im::generate::GenOptions { style, ..Default::default() }));
    }
    let mut arena = ews_im::Bump::with_capacity(1 << 20);
    for input in &inputs {
        // Warm-up parse grows the arena to what this input needs.
        ews_im::parse(input, &arena).unwrap();
        arena.reset();
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        let r = ews_im::parse(input, &arena).unwrap();
        let after = ALLOCATIONS.load(Ordering::SeqCst);
        assert!(!r.body().record().is_empty());
        assert_eq!(after - before, 0, "heap allocations during a parse with a reused arena");
        arena.reset();
    }
}
