//! The JSON image of a response, exactly as `ews-im parse --format json` prints it
//! (the contract in `docs/json-output.md`): every recognised element under its snake_case
//! key, every leaf a string, wrappers as arrays, ids as small objects.

use std::io::{self, Write};

use crate::view::{MessageXmlEntry, Record, Value};
use crate::Response;

/// Writes the JSON image of `response` (one object, no trailing newline), indented by two
/// spaces when `pretty`.
///
/// ```
/// let xml = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
///   <m:SetImListMigrationCompletedResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"/>
///   </s:Body></s:Envelope>"#;
/// let arena = ews_im::Bump::new();
/// let r = ews_im::parse(xml, &arena).unwrap();
/// let mut out = Vec::new();
/// ews_im::json::write(&mut out, &r, false).unwrap();
/// assert_eq!(out, br#"{"set_im_list_migration_completed_response":{}}"#);
/// ```
pub fn write<W: Write>(out: &mut W, response: &Response<'_>, pretty: bool) -> io::Result<()> {
    write_document(out, response, pretty, false)
}

/// Writes the JSON image of `response` without its item lists (`im_item_list.groups`,
/// `im_item_list.personas`, `people`): the last line of `ews-im parse --format ndjson`,
/// whose items came on lines of their own ([`write_item`]).
pub fn write_without_items<W: Write>(out: &mut W, response: &Response<'_>) -> io::Result<()> {
    write_document(out, response, false, true)
}

/// Writes one item line of `ews-im parse --format ndjson`: `{"group":{…}}` for an
/// `ImGroup`, `{"persona":{…}}` for a `Persona`, the object exactly as in the whole
/// document's JSON.
pub fn write_item<W: Write>(out: &mut W, item: &crate::stream::Item<'_>) -> io::Result<()> {
    write_item_record(out, item.list().json_key(), item.record())
}

/// [`write_item`] for a record of a parsed document (`key`: `"group"` or `"persona"`).
pub fn write_item_record<W: Write>(out: &mut W, key: &str, record: Record<'_>) -> io::Result<()> {
    let mut w = Writer { out, pretty: false, depth: 0, without_items: false };
    w.out.write_all(b"{")?;
    let mut first = true;
    w.key(key, &mut first)?;
    w.record(record)?;
    w.close(b'}', first)
}

fn write_document<W: Write>(out: &mut W, response: &Response<'_>, pretty: bool, without_items: bool) -> io::Result<()> {
    let mut w = Writer { out, pretty, depth: 0, without_items };
    w.out.write_all(b"{")?;
    let mut first = true;
    if let Some(svi) = response.server_version_info() {
        w.key("server_version_info", &mut first)?;
        w.record(svi.record())?;
    }
    let body = response.body();
    w.key(body.json_key(), &mut first)?;
    w.record(body.record())?;
    w.close(b'}', first)
}

struct Writer<'w, W: Write> {
    out: &'w mut W,
    pretty: bool,
    depth: usize,
    /// Leave out the item lists (the last line of the ndjson format).
    without_items: bool,
}

impl<W: Write> Writer<'_, W> {
    fn newline(&mut self) -> io::Result<()> {
        if self.pretty {
            self.out.write_all(b"\n")?;
            for _ in 0..self.depth {
                self.out.write_all(b"  ")?;
            }
        }
        Ok(())
    }

    fn key(&mut self, k: &str, first: &mut bool) -> io::Result<()> {
        if !*first {
            self.out.write_all(b",")?;
        } else {
            self.depth += 1;
        }
        *first = false;
        self.newline()?;
        string(self.out, k)?;
        self.out.write_all(if self.pretty { b": " } else { b":" })
    }

    fn close(&mut self, c: u8, empty: bool) -> io::Result<()> {
        if !empty {
            self.depth -= 1;
            self.newline()?;
        }
        self.out.write_all(&[c])
    }

    fn value(&mut self, v: Value<'_>) -> io::Result<()> {
        match v {
            Value::Text(t) => string(self.out, t),
            Value::Record(r) => self.record(r),
            Value::List(items) => {
                self.out.write_all(b"[")?;
                let mut first = true;
                for item in items {
                    if !first {
                        self.out.write_all(b",")?;
                    } else {
                        self.depth += 1;
                    }
                    first = false;
                    self.newline()?;
                    self.value(*item)?;
                }
                self.close(b']', first)
            }
            Value::Entry(e) => self.entry(e),
        }
    }

    fn record(&mut self, r: Record<'_>) -> io::Result<()> {
        self.out.write_all(b"{")?;
        let mut first = true;
        for (k, v) in r.fields() {
            if self.without_items && is_item_list(r.element_name(), k) {
                continue;
            }
            self.key(k, &mut first)?;
            self.value(v)?;
        }
        self.close(b'}', first)
    }

    /// `{"element": …, "text": …, <snake_case of each unqualified attribute>: …}`; the
    /// first attribute giving a key wins, and `element`/`text` are never overwritten.
    fn entry(&mut self, e: &MessageXmlEntry<'_>) -> io::Result<()> {
        self.out.write_all(b"{")?;
        let mut first = true;
        self.key("element", &mut first)?;
        string(self.out, e.element())?;
        self.key("text", &mut first)?;
        string(self.out, e.text())?;
        let mut keys: Vec<String> = vec!["element".into(), "text".into()];
        for (name, value) in e.attributes() {
            let k = snake_case(name);
            if keys.contains(&k) {
                continue;
            }
            self.key(&k, &mut first)?;
            string(self.out, value)?;
            keys.push(k);
        }
        self.close(b'}', first)
    }
}

/// Whether field `key` of a record named `element` is an item list.
fn is_item_list(element: &str, key: &str) -> bool {
    matches!((element, key), ("ImItemList", "groups" | "personas") | ("FindPeopleResponse", "people"))
}

/// The contract's snake_case (§5.1): lower-case, with `_` before an upper-case letter that
/// follows a lower-case letter or digit, or that follows an upper-case letter and is
/// followed by a lower-case one. Digits never start a word.
///
/// ```
/// use ews_im::json::snake_case;
/// assert_eq!(snake_case("DisplayNameFirstLast"), "display_name_first_last");
/// assert_eq!(snake_case("TTYTDDPhoneNumbers"), "ttytdd_phone_numbers");
/// assert_eq!(snake_case("BusinessPhoneNumbers2"), "business_phone_numbers2");
/// assert_eq!(snake_case("ExtendedFieldURI"), "extended_field_uri");
/// assert_eq!(snake_case("FieldURI"), "field_uri");
/// ```
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower) {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Writes `s` as a JSON string (RFC 8259): `"` `\` and control characters escaped,
/// everything else literal UTF-8.
pub fn string<W: Write + ?Sized>(out: &mut W, s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1F => {
                out.write_all(&bytes[run..i])?;
                write!(out, "\\u{:04x}", b)?;
                run = i + 1;
                continue;
            }
            _ => continue,
        };
        out.write_all(&bytes[run..i])?;
        out.write_all(esc)?;
        run = i + 1;
    }
    out.write_all(&bytes[run..])?;
    out.write_all(b"\"")
}
