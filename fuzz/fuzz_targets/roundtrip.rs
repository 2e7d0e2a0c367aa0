//! Writer round trip: an arbitrary owned response (every body, any of the 112 persona
//! fields, arbitrary texts and `MessageXml` names) written with arbitrary options either
//! is refused for a reason the model really has (a character XML 1.0 cannot carry, a bad
//! or repeated `MessageXml` name), or parses back to the same model; the parsed views,
//! written again with other options, parse back to the same model too.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use ews_im::write::{response_to_vec, Indent, OwnedResponse, ResponseError, ResponseOptions, Style, TextEscape};
use ews_im::ModelGen;
use libfuzzer_sys::fuzz_target;

/// Texts made of the pieces that matter for XML, or anything at all.
const PIECES: &[&str] = &[
    "a",
    " ",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "]]>",
    "]",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "é",
    "😀",
    "\u{10FFFF}",
    "\u{FFFD}",
    "&amp;",
    "<![CDATA[",
    "\u{85}",
];
const NAMES: &[&str] = &["Value", "LineNumber", "FieldURI", "Name", "Id", "x-1.b", "Ünï"];

struct Gen<'u, 'a> {
    u: &'u mut Unstructured<'a>,
}

impl Gen<'_, '_> {
    fn name(&mut self) -> String {
        if self.u.ratio(1, 8).unwrap_or(false) {
            return self.u.arbitrary::<&str>().unwrap_or("").to_owned();
        }
        NAMES[self.u.choose_index(NAMES.len()).unwrap_or(0)].to_owned()
    }
}

impl ModelGen for Gen<'_, '_> {
    fn present(&mut self) -> bool {
        self.u.arbitrary().unwrap_or(false)
    }
    fn count(&mut self) -> usize {
        self.u.int_in_range(0..=4).unwrap_or(0)
    }
    fn choose(&mut self, n: usize) -> usize {
        self.u.choose_index(n).unwrap_or(0)
    }
    fn text(&mut self, _attribute: bool) -> String {
        if self.u.ratio(1, 16).unwrap_or(false) {
            return self.u.arbitrary::<&str>().unwrap_or("").to_owned();
        }
        let n = self.u.int_in_range(0..=6).unwrap_or(0);
        (0..n).map(|_| PIECES[self.u.choose_index(PIECES.len()).unwrap_or(0)]).collect()
    }
    fn entry_names(&mut self) -> (String, Vec<String>) {
        let element = self.name();
        let n = self.u.int_in_range(0..=2).unwrap_or(0);
        (element, (0..n).map(|_| self.name()).collect())
    }
}

fn options(u: &mut Unstructured<'_>) -> ResponseOptions {
    ResponseOptions {
        style: if u.arbitrary().unwrap_or(false) { Style::Prefixed } else { Style::Server },
        indent: match u.int_in_range(0..=4u8).unwrap_or(0) {
            0 => Indent::None,
            n => Indent::Spaces(n - 1),
        },
        escape: match u.int_in_range(0..=2u8).unwrap_or(0) {
            0 => TextEscape::References,
            1 => TextEscape::Numeric,
            _ => TextEscape::Cdata,
        },
        xml_declaration: u.arbitrary().unwrap_or(true),
    }
}

fn forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

struct Case {
    first: ResponseOptions,
    second: ResponseOptions,
    model: OwnedResponse,
}

impl<'a> Arbitrary<'a> for Case {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let first = options(u);
        let second = options(u);
        let model = OwnedResponse::generate(&mut Gen { u });
        Ok(Case { first, second, model })
    }
}

impl std::fmt::Debug for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}\n{:?}\n{:#?}", self.first, self.second, self.model)
    }
}

fuzz_target!(|case: Case| {
    let xml = match response_to_vec(&case.model, &case.first) {
        Ok(xml) => xml,
        Err(ResponseError::ForbiddenChar { code, .. }) => {
            let c = char::from_u32(code).expect("a character");
            assert!(forbidden(c), "refused an allowed character U+{code:04X}");
            assert!(format!("{:?}", case.model).contains(&format!("{c:?}").trim_matches('\'').to_string()));
            return;
        }
        Err(ResponseError::InvalidName { .. } | ResponseError::DuplicateAttribute { .. }) => return,
        Err(e) => panic!("unexpected refusal: {e}"),
    };
    let arena = ews_im::Bump::new();
    let parsed = match ews_im::parse(&xml, &arena) {
        Ok(p) => p,
        Err(e) => panic!("{e}\n{}", String::from_utf8_lossy(&xml)),
    };
    assert_eq!(OwnedResponse::from_view(&parsed), case.model, "{}", String::from_utf8_lossy(&xml));
    assert!(parsed.diagnostics().is_empty());
    let again = response_to_vec(&parsed, &case.second).expect("written views are writable");
    let arena2 = ews_im::Bump::new();
    let reparsed = ews_im::parse(&again, &arena2).expect("written views parse");
    assert_eq!(OwnedResponse::from_view(&reparsed), case.model);
});
