//! A byte-driven `ModelGen` for the round-trip properties: each decision reads the next
//! byte (zero once they run out), so a shorter input gives a smaller model and proptest
//! shrinks the bytes. Texts come from a palette of the characters that matter for XML:
//! markup characters, `]]>`, CR/LF/TAB, spaces, non-ASCII and astral characters.

use ews_im::ModelGen;

pub struct ByteGen<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> ByteGen<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        ByteGen { data, pos: 0 }
    }

    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }
}

/// Pieces a text is made of.
const PALETTE: &[&str] = &[
    "a",
    "Tony",
    " ",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "]]>",
    "]",
    "]]",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "é",
    "ß",
    "中文",
    "😀",
    "\u{10FFFF}",
    "\u{FFFD}",
    "&amp;",
    "<![CDATA[",
    "--",
    "?>",
    "0",
    "  ",
    "x:y",
    "\u{85}",
    "\u{7F}",
];

const ENTRY_NAMES: &[&str] = &["Value", "LineNumber", "LinePosition", "Violation", "FieldURI", "x-1.b", "Ünï_c"];
const ATTRIBUTE_NAMES: &[&str] = &["Name", "FieldURI", "Id", "a", "xml-ish"];

impl ModelGen for ByteGen<'_> {
    fn present(&mut self) -> bool {
        !self.exhausted() && self.byte() < 144
    }

    fn count(&mut self) -> usize {
        if self.exhausted() {
            return 0;
        }
        usize::from(self.byte() % 5)
    }

    fn choose(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n
    }

    fn text(&mut self, _attribute: bool) -> String {
        let len = self.byte() % 8;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(PALETTE[usize::from(self.byte()) % PALETTE.len()]);
        }
        s
    }

    fn entry_names(&mut self) -> (String, Vec<String>) {
        let element = ENTRY_NAMES[usize::from(self.byte()) % ENTRY_NAMES.len()].to_owned();
        let mut attributes: Vec<String> = Vec::new();
        for _ in 0..self.byte() % 3 {
            let name = ATTRIBUTE_NAMES[usize::from(self.byte()) % ATTRIBUTE_NAMES.len()];
            if !attributes.iter().any(|a| a == name) {
                attributes.push(name.to_owned());
            }
        }
        (element, attributes)
    }
}
