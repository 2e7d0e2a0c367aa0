//! `ews-im`: one `ews_im::parse` into the caller's arena, then the fields read through the
//! typed views (the views are the extraction: their strings borrow from the input or the
//! arena, nothing is copied out).

use ews_im::{Body, Bump};

use super::Acc;

/// Parses `input` into `arena` and reports the extraction to `acc`. The caller resets the
/// arena between runs.
pub fn run<A: Acc>(input: &[u8], arena: &Bump, acc: &mut A) {
    let response = ews_im::parse(input, arena).expect("ews-im parses the input");
    let Body::GetImItems(items) = response.body() else { panic!("not a GetImItemsResponse") };
    let Some(list) = items.im_item_list() else { return };
    if let Some(groups) = list.groups() {
        for g in groups.iter() {
            group(g, acc);
        }
    }
    if let Some(personas) = list.personas() {
        for p in personas.iter() {
            persona(p, acc);
        }
    }
}

/// The streamed forms: `ews_im::stream::PushParser` fed `chunk`-byte pieces (as a network
/// read loop would), each item read as it is handed out.
pub fn run_push<A: Acc>(input: &[u8], chunk: usize, acc: &mut A) {
    let mut parser = ews_im::stream::PushParser::new();
    for piece in input.chunks(chunk) {
        for item in parser.feed(piece).expect("ews-im parses the input").items() {
            streamed(item, acc);
        }
    }
    let end = parser.finish();
    for item in end.items() {
        streamed(item, acc);
    }
    end.response().expect("ews-im parses the input");
}

/// `ews_im::stream::ItemReader` over the whole input (one item per call here), the arena
/// reset after each call.
pub fn run_reader<A: Acc>(input: &[u8], arena: &mut Bump, acc: &mut A) {
    let mut reader = ews_im::stream::ItemReader::new(input);
    loop {
        let items = reader.next_in(arena).expect("ews-im parses the input");
        if items.is_empty() {
            break;
        }
        for item in items {
            streamed(item, acc);
        }
        arena.reset();
    }
}

fn streamed<A: Acc>(item: &ews_im::stream::Item<'_>, acc: &mut A) {
    if let Some(g) = item.group() {
        group(g, acc);
    } else if let Some(p) = item.persona() {
        persona(p, acc);
    }
}

fn group<A: Acc>(g: ews_im::ImGroup<'_>, acc: &mut A) {
    acc.group();
    acc.text(g.display_name());
    acc.text(g.group_type());
    let store = g.exchange_store_id();
    acc.text(store.and_then(|s| s.id()));
    acc.text(store.and_then(|s| s.change_key()));
    for key in g.member_correlation_key().iter().flat_map(|k| k.iter()) {
        acc.item();
        acc.text(key.id());
    }
    for prop in g.extended_properties().iter().flat_map(|p| p.iter()) {
        acc.item();
        acc.text(prop.value());
    }
}

fn persona<A: Acc>(p: ews_im::Persona<'_>, acc: &mut A) {
    acc.persona();
    acc.text(p.persona_id().and_then(|id| id.id()));
    acc.text(p.persona_type());
    acc.text(p.creation_time());
    acc.text(p.display_name());
    acc.text(p.given_name());
    acc.text(p.surname());
    acc.text(p.email_address().and_then(|e| e.email_address()));
    acc.text(p.im_address());
    acc.text(p.relevance_score());
    for a in p.attributions().iter().flat_map(|a| a.iter()) {
        acc.item();
        acc.text(a.id());
        acc.text(a.source_id().and_then(|s| s.id()));
        acc.text(a.display_name());
        acc.text(a.is_writable());
    }
    for v in p.display_names().iter().flat_map(|v| v.iter()) {
        acc.item();
        acc.text(v.value());
    }
    for v in p.extended_properties().iter().flat_map(|v| v.iter()) {
        acc.item();
        acc.text(v.value().and_then(|v| v.value()));
    }
}
