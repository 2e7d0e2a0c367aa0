//! Parse throughput of `ews-im` against the parsers a user would pick instead, each doing
//! the same extraction from a `GetImItems` response (see `peers/mod.rs` for the fields and
//! BENCHMARKS.md for the results and how to run it).
//!
//! Groups `parse/<size>`, sizes:
//!
//! * `small`: the seed response `corpus/getimitems-response-seed.xml` (1 group, 1 persona);
//! * `medium`: generated, 4 groups and 25 personas, pretty (≈ 100 KB);
//! * `large`: generated, 835 groups and 5000 personas, pretty (≈ 20 MB);
//! * `large-compact`: the same without whitespace between tags.
//!
//! Functions: `ews-im`, `quick-xml-serde`, `quick-xml-reader`, `roxmltree`. Every input is
//! generated in memory at start (seed 0, the same bytes as `ews-im gen --groups G
//! --personas P [--compact]`), and before anything is timed all four peers must agree on
//! every input: same group, persona, item and field counts, same bytes, same hash of every
//! extracted string.
//!
//! Every peer gets the input as bytes and its time includes the UTF-8 check (`ews_im::parse`
//! does it itself; the others are given `std::str::from_utf8`).
//!
//! ```text
//! cargo bench --bench parse                      # everything
//! cargo bench --bench parse -- parse/medium      # one size
//! cargo bench --bench parse -- --test            # the check, then each benchmark once
//! cargo bench --bench parse --no-run             # build only (CI smoke)
//! EWS_IM_BENCH_RUN=roxmltree:medium:20 valgrind --tool=callgrind target/release/deps/parse-…
//!                                                # one peer N times, for instruction counts
//! ```
//!
//! Group `stream/large`: the `large` input through the streaming API, input bytes per
//! second, with the same extraction: `push-64KiB` (a `PushParser` fed 64 KiB chunks),
//! `push-4KiB`, `reader` (an `ItemReader`, one item per call) and, for reference in the
//! same run, the one-shot `ews-im`. The check covers them too.
//!
//! Groups `write/<what>` time the writers (issue 4), output bytes per second, into a
//! reused `Vec<u8>`:
//!
//! * `write/large-response`: the `large` response written again (server style, 2-space
//!   indentation, references), from its owned model (`owned`) and from the parsed views
//!   (`views`);
//! * `write/requests`: a GetImItems request with 1000 contact ids, 100 group ids and 10
//!   extended-property paths.

mod inputs;
mod peers;

use std::hint::black_box;

use criterion::{Criterion, SamplingMode, Throughput};
use ews_im::generate::{get_im_items, GenOptions, Style};
use ews_im::Bump;

use peers::{Acc, Fingerprint, Summary};

/// One benchmark input.
struct Input {
    name: &'static str,
    bytes: Vec<u8>,
}

fn generated(name: &'static str, groups: usize, personas: usize, pretty: bool) -> Input {
    Input { name, bytes: get_im_items(&GenOptions { groups, personas, seed: 0, style: Style::Server, pretty }) }
}

/// The sizes, in the order they are benchmarked.
const SIZES: [&str; 4] = ["small", "medium", "large", "large-compact"];

fn input(name: &str) -> Option<Input> {
    Some(match name {
        "small" => Input { name: "small", bytes: include_bytes!("../corpus/getimitems-response-seed.xml").to_vec() },
        "medium" => generated("medium", 4, 25, true),
        "large" => generated("large", 835, 5000, true),
        "large-compact" => generated("large-compact", 835, 5000, false),
        _ => return None,
    })
}

/// The peers, by benchmark function name.
const PEERS: [&str; 4] = ["ews-im", "quick-xml-serde", "quick-xml-reader", "roxmltree"];

/// The streamed forms of `ews-im` (group `stream/large`; also checked against the peers).
const STREAMED: [&str; 3] = ["push-64KiB", "push-4KiB", "reader"];

/// Runs peer `peer` once over `input`, reporting to `acc`; `arena` is `ews-im`'s (reset
/// after the run, as a caller reusing it would).
fn run<A: Acc>(peer: &str, input: &[u8], arena: &mut Bump, acc: &mut A) {
    match peer {
        "ews-im" => {
            peers::ews::run(input, arena, acc);
            arena.reset();
        }
        "quick-xml-serde" => peers::quick_xml_serde::run(input, acc),
        "quick-xml-reader" => peers::quick_xml_reader::run(input, acc),
        "roxmltree" => peers::rox::run(input, acc),
        "push-64KiB" => peers::ews::run_push(input, 64 * 1024, acc),
        "push-4KiB" => peers::ews::run_push(input, 4 * 1024, acc),
        "reader" => peers::ews::run_reader(input, arena, acc),
        _ => unreachable!("unknown peer {peer}"),
    }
}

/// Before anything is timed: every peer extracts exactly the same from every input.
fn check_peers_agree(inputs: &[Input]) {
    let mut arena = Bump::new();
    for input in inputs {
        let mut results = PEERS.iter().chain(&STREAMED).map(|&peer| {
            let mut fp = Fingerprint::default();
            run(peer, &input.bytes, &mut arena, &mut fp);
            (peer, fp)
        });
        let (_, reference) = results.next().expect("peers");
        let s = reference.summary;
        eprintln!(
            "check {:<13} {:>10} bytes: {} groups, {} personas, {} items, {} fields, {} text bytes, hash {:016x}",
            input.name,
            input.bytes.len(),
            s.groups,
            s.personas,
            s.items,
            s.fields,
            s.text_bytes,
            reference.hash
        );
        assert!(s.groups > 0 && s.personas > 0, "{}: nothing extracted", input.name);
        for (peer, fp) in results {
            assert_eq!(fp, reference, "{}: {peer} disagrees with ews-im", input.name);
        }
    }
}

fn bench_parse(c: &mut Criterion, inputs: &[Input]) {
    let mut arena = Bump::new();
    for input in inputs {
        let mut group = c.benchmark_group(format!("parse/{}", input.name));
        group.throughput(Throughput::Bytes(input.bytes.len() as u64));
        if input.bytes.len() > 1 << 20 {
            // Tens to hundreds of milliseconds per iteration: few samples, one run each.
            group.sample_size(10).sampling_mode(SamplingMode::Flat);
        }
        for peer in PEERS {
            group.bench_function(peer, |b| {
                b.iter(|| {
                    let mut summary = Summary::default();
                    run(peer, black_box(&input.bytes), &mut arena, &mut summary);
                    black_box(summary)
                })
            });
        }
        group.finish();
    }
}

/// `EWS_IM_BENCH_RUN=PEER:SIZE:N`: runs one peer N times over one input and exits, with no
/// criterion and no check, for instruction counts (`valgrind --tool=callgrind`; subtract the
/// count of a run with N = 0 to remove the start-up and the input's generation).
fn run_only(spec: &str) {
    let usage = "EWS_IM_BENCH_RUN=PEER:SIZE:N";
    let mut parts = spec.split(':');
    let (Some(peer), Some(size), Some(n), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        panic!("{usage}, got {spec:?}")
    };
    assert!(PEERS.contains(&peer) || STREAMED.contains(&peer), "unknown peer {peer:?}: one of {PEERS:?} {STREAMED:?}");
    let input = input(size).unwrap_or_else(|| panic!("unknown size {size:?}: one of {SIZES:?}"));
    let n: u64 = n.parse().unwrap_or_else(|_| panic!("{usage}: N is a count, got {n:?}"));
    let mut arena = Bump::new();
    let mut total = Summary::default();
    for _ in 0..n {
        let mut summary = Summary::default();
        run(peer, black_box(&input.bytes), &mut arena, &mut summary);
        total.text_bytes += black_box(summary).text_bytes;
    }
    println!("{peer} on {size}: {} bytes x {n}, {} text bytes extracted", input.bytes.len(), total.text_bytes);
}

fn bench_stream(c: &mut Criterion, inputs: &[Input]) {
    let Some(large) = inputs.iter().find(|i| i.name == "large") else { return };
    let mut arena = Bump::new();
    let mut group = c.benchmark_group("stream/large");
    group.throughput(Throughput::Bytes(large.bytes.len() as u64));
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for peer in ["ews-im"].iter().chain(&STREAMED) {
        group.bench_function(*peer, |b| {
            b.iter(|| {
                let mut summary = Summary::default();
                run(peer, black_box(&large.bytes), &mut arena, &mut summary);
                black_box(summary)
            })
        });
    }
    group.finish();
}

fn bench_write(c: &mut Criterion, inputs: &[Input]) {
    use ews_im::write::{
        request_to_vec, write_request, write_response, GetImItems, OwnedResponse, RequestHeader, ResponseOptions,
    };
    let opts = ResponseOptions::default();
    if let Some(large) = inputs.iter().find(|i| i.name == "large") {
        let arena = Bump::new();
        let parsed = ews_im::parse(&large.bytes, &arena).expect("the large input parses");
        let model = OwnedResponse::from_view(&parsed);
        let mut out = Vec::with_capacity(large.bytes.len() * 2);
        write_response(&mut out, &model, &opts).expect("writable");
        let mut group = c.benchmark_group("write/large-response");
        group.throughput(Throughput::Bytes(out.len() as u64));
        group.sample_size(10).sampling_mode(SamplingMode::Flat);
        group.bench_function("owned", |b| {
            b.iter(|| {
                out.clear();
                write_response(&mut out, black_box(&model), &opts).expect("writable");
                black_box(out.len())
            })
        });
        group.bench_function("views", |b| {
            b.iter(|| {
                out.clear();
                write_response(&mut out, black_box(&parsed), &opts).expect("writable");
                black_box(out.len())
            })
        });
        group.finish();
    }

    let ids = crate::inputs::request::ids();
    let (contacts, groups, paths) = crate::inputs::request::parts(&ids);
    let request = GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &paths };
    let header = RequestHeader::default();
    let len = request_to_vec(&header, &request).expect("writable").len();
    let mut out = Vec::with_capacity(len);
    let mut group = c.benchmark_group("write/requests");
    group.throughput(Throughput::Bytes(len as u64));
    group.bench_function("get-im-items-1100-ids", |b| {
        b.iter(|| {
            out.clear();
            write_request(&mut out, &header, black_box(&request)).expect("writable");
            black_box(out.len())
        })
    });
    group.finish();
}

fn main() {
    if let Ok(spec) = std::env::var("EWS_IM_BENCH_RUN") {
        return run_only(&spec);
    }
    let inputs: Vec<Input> = SIZES.iter().filter_map(|s| input(s)).collect();
    check_peers_agree(&inputs);
    let mut c = Criterion::default().configure_from_args();
    bench_parse(&mut c, &inputs);
    bench_stream(&mut c, &inputs);
    bench_write(&mut c, &inputs);
    c.final_summary();
}
