//! Times repeated writes of a parsed response:
//! `cargo run --release --example timewrite -- FILE [N] [views|owned|request]`.
//! With `request`, FILE is not read: a `GetImItems` request of 1,100 ids is written.
use ews_im::write::{
    request_to_vec, write_request, write_response, GetImItems, OwnedResponse, RequestHeader, ResponseOptions,
};

/// The bench's request (`write/requests/get-im-items-1100-ids`).
#[path = "../benches/inputs/request.rs"]
mod request;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: timewrite FILE [N] [views|owned|request]");
    let n: usize = args.next().map_or(10, |s| s.parse().expect("a count"));
    let what = args.next().unwrap_or_else(|| "views".into());
    let mut out = Vec::new();
    let start;
    if what == "request" {
        let ids = request::ids();
        let (contacts, groups, paths) = request::parts(&ids);
        let request = GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &paths };
        let header = RequestHeader::default();
        out.reserve(request_to_vec(&header, &request).expect("writable").len());
        start = std::time::Instant::now();
        for _ in 0..n {
            out.clear();
            write_request(&mut out, &header, &request).expect("writable");
        }
    } else {
        let input = std::fs::read(&path).expect("readable file");
        let arena = ews_im::Bump::new();
        let parsed = ews_im::parse(&input, &arena).expect("parses");
        let model = OwnedResponse::from_view(&parsed);
        let opts = ResponseOptions::default();
        out.reserve(input.len() * 2);
        start = std::time::Instant::now();
        for _ in 0..n {
            out.clear();
            if what == "owned" {
                write_response(&mut out, &model, &opts).expect("writable");
            } else {
                write_response(&mut out, &parsed, &opts).expect("writable");
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{what}: {} bytes x {n}: {:.1} MB/s", out.len(), out.len() as f64 * n as f64 / secs / 1e6);
}
