//! The response generator (`ews_im::generate`): every document is well-formed, parses with
//! the requested counts, looks like a server response, is deterministic, and has the
//! requested size and name mix.

use std::collections::HashSet;
use std::io::{self, Write};

use ews_im::generate::{get_im_items, write_get_im_items, GenOptions, Style};
use ews_im::{parse, Body, Bump, GetImItemsResponse, Response};
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

const TYPES: &str = "http://schemas.microsoft.com/exchange/services/2006/types";
const MESSAGES: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";

fn opts(groups: usize, personas: usize, seed: u64, style: Style, pretty: bool) -> GenOptions {
    GenOptions { groups, personas, seed, style, pretty }
}

fn items<'a>(response: &Response<'a>) -> GetImItemsResponse<'a> {
    match response.body() {
        Body::GetImItems(x) => x,
        _ => panic!("not a GetImItems response"),
    }
}

/// An independent well-formedness check with quick-xml: matching end tags, one root,
/// unique attributes with decodable values, only the predefined entities and valid
/// character references, no markup other than the XML declaration and elements.
fn assert_well_formed(xml: &[u8]) {
    let text = std::str::from_utf8(xml).expect("UTF-8");
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut depth = 0usize;
    let mut roots = 0;
    loop {
        let event = reader.read_event().unwrap_or_else(|e| panic!("at {}: {e}", reader.buffer_position()));
        match event {
            Event::Decl(_) => assert_eq!(reader.buffer_position(), 38, "declaration first"),
            Event::Start(ref e) | Event::Empty(ref e) => {
                if depth == 0 {
                    roots += 1;
                }
                let mut names = HashSet::new();
                for a in e.attributes() {
                    let a = a.unwrap_or_else(|err| panic!("attribute: {err}"));
                    assert!(names.insert(a.key.as_ref().to_string()), "duplicate attribute");
                    a.normalized_value(XmlVersion::Explicit1_0).unwrap_or_else(|err| panic!("attribute value: {err}"));
                }
                if let Event::Start(_) = event {
                    depth += 1;
                }
            }
            Event::End(_) => depth -= 1,
            Event::Text(t) => {
                let s = t.xml10_content();
                assert!(!s.contains('<') && !s.contains('&'));
                if depth == 0 {
                    assert!(s.trim().is_empty(), "text outside the root");
                }
            }
            Event::GeneralRef(r) => {
                assert!(depth > 0);
                let name = r.clone().into_inner().into_owned();
                if name.starts_with('#') {
                    let c = r.resolve_char_ref().unwrap().unwrap();
                    assert!(!c.is_control());
                } else {
                    assert!(matches!(name.as_str(), "amp" | "lt" | "gt" | "apos" | "quot"), "entity &{name};");
                }
            }
            Event::Eof => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(depth, 0);
    assert_eq!(roots, 1);
}

/// Parses, checks the counts and the response header, and returns the counts of groups
/// and personas seen.
fn check_document(o: &GenOptions) -> Vec<u8> {
    let xml = get_im_items(o);
    assert_well_formed(&xml);
    let arena = Bump::new();
    let response = parse(&xml, &arena).unwrap_or_else(|e| panic!("{o:?}: {e}"));
    assert!(response.diagnostics().is_empty(), "{o:?}");
    assert_eq!(response.skipped_elements(), 0, "{o:?}: unknown elements");
    assert_eq!(response.duplicates_ignored(), 0, "{o:?}: repeated fields");
    let x = items(&response);
    assert_eq!(x.response_class(), Some("Success"));
    assert_eq!(x.response_code(), Some("NoError"));
    let list = x.im_item_list().expect("ImItemList");
    assert_eq!(list.groups().map_or(0, |g| g.len()), o.groups, "{o:?}");
    assert_eq!(list.personas().map_or(0, |p| p.len()), o.personas, "{o:?}");
    let version = response.server_version_info().expect("ServerVersionInfo");
    assert_eq!(version.major_version(), Some("15"));
    xml
}

#[test]
fn documents_parse_with_the_requested_counts() {
    for style in [Style::Server, Style::Prefixed] {
        for pretty in [true, false] {
            for seed in [0, 1, 42, u64::MAX] {
                for (groups, personas) in [(0, 0), (1, 1), (5, 37), (23, 3), (0, 12), (4, 0)] {
                    check_document(&opts(groups, personas, seed, style, pretty));
                }
            }
        }
    }
}

#[test]
fn large_document_parses() {
    let o = opts(835, 2000, 9, Style::Server, true);
    let xml = check_document(&o);
    assert!(xml.len() > 7_000_000, "{}", xml.len());
}

#[test]
fn personas_have_every_promised_field() {
    for style in [Style::Server, Style::Prefixed] {
        let xml = get_im_items(&opts(0, 300, 5, style, true));
        let arena = Bump::new();
        let response = parse(&xml, &arena).unwrap();
        let personas = items(&response).im_item_list().unwrap().personas().unwrap();
        let (mut plus, mut slash, mut long_ids) = (false, false, 0);
        let mut attribution_counts = [0usize; 4];
        for p in personas.iter() {
            let persona_id = p.persona_id().unwrap().id().unwrap();
            assert!(persona_id.starts_with("AAQkA") && persona_id.len() == 80);
            assert_eq!(p.persona_type(), Some("Person"));
            p.creation_time_value().unwrap().unwrap();
            let display = p.display_name().unwrap();
            assert!(!display.is_empty());
            assert!(p.display_name_first_last().is_some());
            assert!(p.display_name_last_first().is_some());
            assert!(p.file_as().is_some());
            assert!(p.file_as_id().is_some());
            assert!(p.given_name().is_some() && p.surname().is_some());
            let email = p.email_address().unwrap();
            let smtp = email.email_address().unwrap();
            assert!(smtp.contains('@'));
            assert!(email.name().is_some());
            assert_eq!(email.routing_type(), Some("SMTP"));
            assert!(matches!(email.mailbox_type(), Some("Mailbox" | "Contact")));
            let addresses = p.email_addresses().unwrap();
            assert!((1..=2).contains(&addresses.len()));
            assert_eq!(addresses.get(0).unwrap().email_address(), Some(smtp));
            assert!(p.im_address().unwrap().ends_with(smtp));
            p.relevance_score_value().unwrap().unwrap();

            let attributions = p.attributions().unwrap();
            let n = attributions.len();
            assert!((1..=3).contains(&n));
            attribution_counts[n] += 1;
            for (i, a) in attributions.iter().enumerate() {
                assert_eq!(a.id(), Some(i.to_string().as_str()));
                let source = a.source_id().unwrap();
                let id = source.id().unwrap();
                assert!(id.starts_with("AAMkA"), "{id}");
                assert!((150..=200).contains(&id.len()), "{}", id.len());
                assert!(id.ends_with('='));
                plus |= id.contains('+');
                slash |= id.contains('/');
                long_ids += usize::from(id.len() > 160);
                assert!(source.change_key().unwrap().starts_with("EQAAABYAAA"));
                assert!(matches!(a.display_name(), Some("Outlook" | "Lync Contacts")));
                a.is_writable_value().unwrap().unwrap();
                a.is_quick_contact_value().unwrap().unwrap();
                a.is_hidden_value().unwrap().unwrap();
                if let Some(folder) = a.folder_id() {
                    assert_eq!(folder.id().unwrap().len(), 120);
                }
            }
            // Every value refers to attributions that exist.
            let refs_ok = |refs: ews_im::Texts<'_>| {
                assert!(!refs.is_empty());
                for r in refs.iter() {
                    assert!(r.parse::<usize>().unwrap() < n, "dangling {r}");
                }
            };
            let names = p.display_names().unwrap();
            assert!(!names.is_empty());
            assert_eq!(names.get(0).unwrap().value(), Some(display));
            names.iter().for_each(|v| refs_ok(v.attributions().unwrap()));
            for list in [p.given_names(), p.surnames(), p.im_addresses(), p.file_as_ids()].into_iter().flatten() {
                list.iter().for_each(|v| refs_ok(v.attributions().unwrap()));
            }
            for list in [p.mobile_phones(), p.business_phone_numbers()].into_iter().flatten() {
                for v in list.iter() {
                    refs_ok(v.attributions().unwrap());
                    assert!(v.value().unwrap().number().is_some());
                }
            }
            if let Some(list) = p.emails1() {
                let v = list.get(0).unwrap();
                assert_eq!(v.value().unwrap().email_address(), Some(smtp));
                refs_ok(v.attributions().unwrap());
            }
            let ext = p.extended_properties().unwrap();
            assert_eq!(ext.len(), 1);
            let ext = ext.get(0).unwrap();
            refs_ok(ext.attributions().unwrap());
            let prop = ext.value().unwrap();
            let uri = prop.extended_field_uri().unwrap();
            assert_eq!(uri.property_tag(), Some("0x3001"));
            assert_eq!(uri.property_type(), Some("String"));
            assert_eq!(prop.value(), Some(display));
        }
        assert!(plus && slash, "ids use the whole base64 alphabet");
        assert!(long_ids > 0);
        assert!(attribution_counts[1] > 0 && attribution_counts[2] > 0 && attribution_counts[3] > 0);
    }
}

#[test]
fn groups_look_like_lync_groups_and_name_real_members() {
    let xml = get_im_items(&opts(40, 60, 11, Style::Server, true));
    let arena = Bump::new();
    let response = parse(&xml, &arena).unwrap();
    let list = items(&response).im_item_list().unwrap();
    let first_contacts: HashSet<&str> = list
        .personas()
        .unwrap()
        .iter()
        .map(|p| {
            let a = p.attributions().unwrap().get(0).unwrap();
            a.source_id().unwrap().id().unwrap()
        })
        .collect();
    let mut sizes = HashSet::new();
    for (i, g) in list.groups().unwrap().iter().enumerate() {
        let expected_type = match i {
            0 => "IPM.DistList.MOC.OtherContacts",
            1 => "IPM.DistList.MOC.Favorites",
            2 => "IPM.DistList.MOC.Tagged",
            _ => "IPM.DistList.MOC.UserGroup",
        };
        assert_eq!(g.group_type(), Some(expected_type));
        let name = g.display_name().unwrap();
        let store = g.exchange_store_id().unwrap();
        assert!(store.id().unwrap().starts_with("AAMkA"));
        assert_eq!(store.change_key(), Some("EgAAAA=="));
        let members = g.member_correlation_key().map_or(0, |m| m.len());
        assert!(members <= 8);
        sizes.insert(members);
        if let Some(m) = g.member_correlation_key() {
            let ids: HashSet<&str> = m.iter().map(|id| id.id().unwrap()).collect();
            assert_eq!(ids.len(), members, "members are distinct");
            assert!(ids.is_subset(&first_contacts), "members are listed personas");
        }
        let ext = g.extended_properties().unwrap();
        let prop = ext.get(0).unwrap();
        assert_eq!(prop.extended_field_uri().unwrap().property_tag(), Some("0x3001"));
        assert_eq!(prop.value(), Some(name));
    }
    assert!(sizes.len() > 4, "member counts vary: {sizes:?}");
}

#[test]
fn server_style_is_the_server_shape() {
    let xml = String::from_utf8(get_im_items(&opts(2, 2, 3, Style::Server, true))).unwrap();
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">\n   <s:Header>\n      <h:ServerVersionInfo "
    ));
    for needle in [
        format!("xmlns:h=\"{TYPES}\" xmlns=\"{TYPES}\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" />"),
        "\n   <s:Body xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">".to_string(),
        format!("\n      <GetImItemsResponse ResponseClass=\"Success\" xmlns=\"{MESSAGES}\">\n         <ResponseCode>NoError</ResponseCode>\n         <ImItemList>\n            <Groups xmlns=\"{TYPES}\">\n               <ImGroup>\n"),
        format!("\n            <Personas xmlns=\"{TYPES}\">\n               <Persona>\n                  <PersonaId Id=\"AAQkA"),
        "<EmailAddresses>\n                     <EmailAddress>".to_string(),
    ] {
        assert!(xml.contains(&needle), "missing {needle}");
    }
    assert!(xml.ends_with("</s:Envelope>\n"));
    assert!(!xml.contains("https://"));
    assert!(!xml.contains("<m:") && !xml.contains("<t:"));
    // Indentation: 3 spaces per level.
    for line in xml.lines().skip(1) {
        let indent = line.len() - line.trim_start().len();
        assert_eq!(indent % 3, 0, "{line}");
        assert!(!line.trim_start().starts_with(' ') && !line.contains('\t'));
    }
}

#[test]
fn prefixed_style_declares_m_and_t_on_the_envelope() {
    let xml = String::from_utf8(get_im_items(&opts(2, 2, 3, Style::Prefixed, true))).unwrap();
    assert!(xml.contains(&format!(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"{MESSAGES}\" xmlns:t=\"{TYPES}\">"
    )));
    assert!(xml.contains("<m:GetImItemsResponse ResponseClass=\"Success\">"));
    assert!(xml.contains("<t:Personas>") && xml.contains("<t:Persona>"));
    assert!(xml.contains("<t:EmailAddresses>\n                     <t:Address>"));
    assert_eq!(xml.matches("xmlns").count(), 3, "declared once");
    assert!(!xml.contains("https://"));
}

#[test]
fn compact_has_no_whitespace_between_tags() {
    for style in [Style::Server, Style::Prefixed] {
        let xml = get_im_items(&opts(3, 20, 8, style, false));
        assert!(!xml.contains(&b'\n'));
        for w in xml.windows(2) {
            assert!(w != b"> ", "whitespace after a tag");
            assert!(w != b" <", "whitespace before a tag");
        }
        assert!(xml.ends_with(b"</s:Envelope>"));
    }
}

fn bytes_per_persona(style: Style, pretty: bool, seed: u64, personas: usize) -> f64 {
    let empty = get_im_items(&opts(0, 0, seed, style, pretty)).len();
    let full = get_im_items(&opts(0, personas, seed, style, pretty)).len();
    (full - empty) as f64 / personas as f64
}

#[test]
fn pretty_personas_average_three_to_four_kilobytes() {
    for seed in [0, 1, 2, 3, 1234] {
        let pretty = bytes_per_persona(Style::Server, true, seed, 200);
        assert!((3000.0..=4000.0).contains(&pretty), "seed {seed}: {pretty}");
        let compact = bytes_per_persona(Style::Server, false, seed, 200);
        assert!(compact < pretty * 0.7, "seed {seed}: {compact} vs {pretty}");
    }
}

#[test]
fn output_is_deterministic() {
    for style in [Style::Server, Style::Prefixed] {
        for pretty in [true, false] {
            let o = opts(7, 50, 99, style, pretty);
            let a = get_im_items(&o);
            assert_eq!(a, get_im_items(&o));
            // The streaming writer gives the same bytes and counts them.
            let mut b = Vec::new();
            let n = write_get_im_items(&mut b, &o).unwrap();
            assert_eq!(n, b.len() as u64);
            assert_eq!(a, b);
            // A different seed gives a different document.
            let c = get_im_items(&GenOptions { seed: 100, ..o.clone() });
            assert_ne!(a, c);
        }
    }
}

#[test]
fn the_first_personas_do_not_depend_on_the_count() {
    // Persona i is the same whatever the total (useful to grow a benchmark input).
    let small = get_im_items(&opts(0, 10, 4, Style::Server, true));
    let large = get_im_items(&opts(0, 20, 4, Style::Server, true));
    let end = b"</Persona>";
    let last = small.windows(end.len()).rposition(|w| w == end).unwrap() + end.len();
    assert_eq!(small[..last], large[..last]);
}

#[test]
fn names_mix_non_ascii_and_references() {
    let mut total = 0;
    let mut non_ascii = 0;
    let mut referenced = 0;
    let mut raw = String::new();
    for seed in [1, 2] {
        let xml = get_im_items(&opts(0, 1500, seed, Style::Server, true));
        let arena = Bump::new();
        let response = parse(&xml, &arena).unwrap();
        for p in items(&response).im_item_list().unwrap().personas().unwrap().iter() {
            let name = p.display_name().unwrap();
            total += 1;
            non_ascii += usize::from(!name.is_ascii());
            // `& ' < > "` in a display name can only come from a reference.
            referenced += usize::from(name.contains(['&', '\'', '<', '>', '"']));
        }
        raw.push_str(std::str::from_utf8(&xml).unwrap());
    }
    let non_ascii = non_ascii as f64 / total as f64;
    let referenced = referenced as f64 / total as f64;
    assert!((0.15..=0.28).contains(&non_ascii), "non-ASCII {non_ascii}");
    assert!((0.025..=0.08).contains(&referenced), "references {referenced}");
    for r in ["&amp;", "&apos;", "&quot;", "&lt;", "&gt;", "&#233;"] {
        assert!(raw.contains(r), "no {r}");
    }
    // Raw UTF-8 from several scripts.
    for c in ['é', 'ü', 'ß', 'α', 'и', 'ø'] {
        assert!(raw.contains(c), "no {c}");
    }
    assert!(raw.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)), "no CJK");
}

/// A writer that remembers the largest single write, and can fail after a number of bytes.
struct Probe {
    written: usize,
    largest: usize,
    fail_after: Option<usize>,
}

impl Write for Probe {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if let Some(limit) = self.fail_after {
            if self.written + buf.len() > limit {
                return Err(io::Error::from(io::ErrorKind::BrokenPipe));
            }
        }
        self.written += buf.len();
        self.largest = self.largest.max(buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn generation_streams_in_bounded_chunks() {
    let mut probe = Probe { written: 0, largest: 0, fail_after: None };
    let n = write_get_im_items(&mut probe, &opts(100, 3000, 1, Style::Server, true)).unwrap();
    assert_eq!(n, probe.written as u64);
    assert!(n > 10_000_000);
    assert!(probe.largest <= 128 * 1024, "largest write {}", probe.largest);
}

#[test]
fn writer_errors_stop_the_generation() {
    let mut probe = Probe { written: 0, largest: 0, fail_after: Some(200_000) };
    let err = write_get_im_items(&mut probe, &opts(10, 100_000, 1, Style::Server, true)).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    assert!(probe.written <= 200_000);
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use std::io::Read;
    use std::process::{Command, Stdio};

    const BIN: &str = env!("CARGO_BIN_EXE_ews-im");

    #[test]
    fn gen_writes_the_library_document() {
        let out =
            Command::new(BIN).args(["gen", "--groups", "4", "--personas", "25", "--seed", "17"]).output().unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, get_im_items(&opts(4, 25, 17, Style::Server, true)));

        let out = Command::new(BIN)
            .args(["gen", "--groups", "2", "--personas", "3", "--style", "prefixed", "--compact"])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, get_im_items(&opts(2, 3, 0, Style::Prefixed, false)));
    }

    #[test]
    fn gen_treats_a_closed_pipe_as_success() {
        let mut child = Command::new(BIN)
            .args(["gen", "--groups", "10", "--personas", "200000"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut head = [0u8; 4096];
        stdout.read_exact(&mut head).unwrap();
        assert!(head.starts_with(b"<?xml"));
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{:?}", out.status);
        assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}
