//! Views: what a parse gives back, allocated in the caller's arena.
//!
//! Every element the contract recognises becomes a [`Value`]: a leaf is text, a complex
//! element is a [`Record`] of its recognised children and attributes, a wrapper of
//! repeated items is a list. The typed views ([`Persona`], [`ImGroup`], …) are thin
//! `Copy` wrappers over a record with one accessor per schema child, named as the
//! schema names it, in snake_case. All strings are `&'a str`: borrowed from the input
//! when the raw bytes are the exact text, written to the arena when they had to be
//! decoded. Nothing here owns heap memory, so nothing needs dropping.
//!
//! The tables that drive both the parser and these views are written once, with the
//! `shape!` macro, in the files of this module; `Shape` is the parser's side of them.

#[macro_use]
mod macros;
mod common;
mod persona;
mod request;
mod response;

pub use common::*;
pub use persona::*;
pub use request::*;
pub use response::*;

/// Where a recognised field comes from in its parent element.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Src {
    /// A child element.
    Child,
    /// An unqualified attribute.
    Attr,
}

/// Which namespaces a record's child elements are recognised in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NsRule {
    /// The EWS family: types or messages (`http://` or `https://`).
    Family,
    /// No namespace at all (the children of a SOAP 1.1 `Fault`).
    None,
    /// The EWS family or the EWS errors namespace (the children of a fault's `detail`).
    FamilyOrErrors,
}

impl NsRule {
    /// Whether a child element in namespace `ns` is recognised under this rule.
    #[inline]
    pub(crate) fn accepts(self, ns: crate::ns::Ns) -> bool {
        match self {
            NsRule::Family => ns.is_family(),
            NsRule::None => ns == crate::ns::Ns::None,
            NsRule::FamilyOrErrors => ns.is_family() || ns == crate::ns::Ns::Errors,
        }
    }
}

/// `"r#type"` → `"type"`: the JSON key of a field whose accessor is a raw identifier.
pub(crate) const fn strip_raw(s: &'static str) -> &'static str {
    match s.as_bytes() {
        [b'r', b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(k) => k,
            Err(_) => panic!("field names are ASCII"),
        },
        _ => s,
    }
}

/// The parser-side description of one field of a record.
pub(crate) struct Field {
    /// The JSON key (the snake_case of the schema name).
    pub key: &'static str,
    /// The schema name of the element or attribute (the first, when it has aliases).
    pub xml: &'static str,
    /// Whether the field is an attribute (else a child element).
    pub attr: bool,
    /// How the element is mapped.
    pub kind: Kind,
}

/// How a recognised element is mapped.
pub(crate) enum Kind {
    /// A leaf: its text (or an attribute's value).
    Text,
    /// A complex element: a record of this shape.
    Record(&'static Shape),
    /// A wrapper whose child elements named one of `items` are the items.
    List { items: &'static [&'static str], item: &'static Kind },
    /// `MessageXml`: every child element becomes a [`MessageXmlEntry`].
    MessageXml,
}

/// The parser-side description of a record type.
pub(crate) struct Shape {
    /// The schema name of the element, for messages.
    pub name: &'static str,
    /// Which namespaces the children are recognised in.
    pub ns: NsRule,
    /// The fields, in schema order; a field's index is its bit in [`Record`].
    pub fields: &'static [Field],
    /// Finds the field index of a child element or attribute by local name.
    pub names: NameTable,
}

impl Shape {
    /// The field index of a child element (`Src::Child`) or unqualified attribute
    /// (`Src::Attr`) with this local name.
    #[inline]
    pub(crate) fn lookup(&self, src: Src, name: &str) -> Option<u8> {
        self.names.find(src, name)
    }
}

/// A name → field table built at compile time: open addressing over 256 slots with a
/// hash of the length and three bytes, so a lookup is a few loads and one comparison
/// (a `match` over the 112 names of `Persona` costs dozens of comparisons).
pub(crate) struct NameTable {
    /// Entry index + 1 per slot; 0 is empty.
    slots: [u8; 256],
    entries: &'static [(&'static str, Src, u8)],
}

impl NameTable {
    /// Builds the table; at most 255 entries.
    pub(crate) const fn new(entries: &'static [(&'static str, Src, u8)]) -> NameTable {
        assert!(entries.len() < 255, "a name table holds at most 254 names");
        let mut slots = [0u8; 256];
        let mut i = 0;
        while i < entries.len() {
            let mut h = name_hash(entries[i].0.as_bytes(), entries[i].1) as usize;
            while slots[h] != 0 {
                h = (h + 1) & 255;
            }
            slots[h] = (i + 1) as u8;
            i += 1;
        }
        NameTable { slots, entries }
    }

    #[inline]
    pub(crate) fn find(&self, src: Src, name: &str) -> Option<u8> {
        let mut h = name_hash(name.as_bytes(), src) as usize;
        // Terminates: fewer than 255 of the 256 slots are used.
        loop {
            let e = self.slots[h];
            if e == 0 {
                return None;
            }
            let (n, s, field) = self.entries[usize::from(e) - 1];
            if s as u8 == src as u8 && crate::scan::eq_bytes(n.as_bytes(), name.as_bytes()) {
                return Some(field);
            }
            h = (h + 1) & 255;
        }
    }

    /// The longest probe sequence of any name (for tests of the hash's spread).
    #[cfg(test)]
    pub(crate) fn max_probe(&self) -> usize {
        self.entries
            .iter()
            .map(|(n, s, _)| {
                let mut h = name_hash(n.as_bytes(), *s) as usize;
                let mut probes = 1;
                while self.entries[usize::from(self.slots[h]) - 1].0 != *n
                    || self.entries[usize::from(self.slots[h]) - 1].1 as u8 != *s as u8
                {
                    h = (h + 1) & 255;
                    probes += 1;
                }
                probes
            })
            .max()
            .unwrap_or(0)
    }
}

/// Length and three bytes, mixed: EWS names differ early, late or by length.
#[inline]
const fn name_hash(b: &[u8], src: Src) -> u8 {
    let n = b.len();
    if n == 0 {
        return 0;
    }
    let h = (n as u32).wrapping_mul(0x9E37)
        ^ (b[0] as u32).wrapping_mul(0x61)
        ^ (b[n - 1] as u32).wrapping_mul(0x3B)
        ^ (b[n / 2] as u32).wrapping_mul(0x107)
        ^ (b[n / 3] as u32).wrapping_mul(0x2F)
        ^ (src as u32).wrapping_mul(0x55);
    (h ^ (h >> 8)) as u8
}

/// A recognised element's value. Views wrap it; [`crate::json`] walks it.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    /// A leaf's text or an attribute's value, exactly as an XML processor reports it.
    Text(&'a str),
    /// A complex element.
    Record(Record<'a>),
    /// The items of a wrapper, in document order.
    List(&'a [Value<'a>]),
    /// One child of a `MessageXml`.
    Entry(&'a MessageXmlEntry<'a>),
}

/// The recognised children and attributes of one complex element.
///
/// Fields are stored densely in schema order: bit `i` of the presence mask says whether
/// field `i` is present, and its value sits at the rank of that bit, so a lookup is one
/// `popcount`. First occurrence wins: a second child with the same key is not stored.
///
/// A `Record` is one pointer (so a [`Value`] is three words): the data sits in the arena.
#[derive(Clone, Copy)]
pub struct Record<'a>(&'a RecordData<'a>);

/// What a [`Record`] points at.
pub(crate) struct RecordData<'a> {
    pub(crate) shape: &'static Shape,
    pub(crate) present: [u64; 2],
    pub(crate) values: &'a [Value<'a>],
}

impl std::fmt::Debug for Record<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.fields() {
            m.entry(&k, &v);
        }
        m.finish()
    }
}

impl<'a> Record<'a> {
    pub(crate) fn new(data: &'a RecordData<'a>) -> Self {
        Record(data)
    }

    pub(crate) fn shape(&self) -> &'static Shape {
        self.0.shape
    }

    /// The schema name of the element this record was built from (e.g. `"Persona"`).
    pub fn element_name(&self) -> &'static str {
        self.0.shape.name
    }

    /// The value of field `index` (schema order), if present.
    #[inline]
    pub(crate) fn get(&self, index: usize) -> Option<Value<'a>> {
        let d = self.0;
        let (word, bit) = (index / 64, index % 64);
        if d.present.get(word)? & (1u64 << bit) == 0 {
            return None;
        }
        let below = (d.present[word] & ((1u64 << bit) - 1)).count_ones() as usize
            + if word == 1 { d.present[0].count_ones() as usize } else { 0 };
        d.values.get(below).copied()
    }

    #[inline]
    pub(crate) fn text(&self, index: usize) -> Option<&'a str> {
        match self.get(index) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// The present fields as `(JSON key, value)`, in schema order.
    pub fn fields(&self) -> impl Iterator<Item = (&'static str, Value<'a>)> + 'a {
        let d = self.0;
        let shape = d.shape;
        let present = d.present;
        (0..shape.fields.len())
            .filter(move |&i| present[i / 64] & (1u64 << (i % 64)) != 0)
            .zip(d.values.iter().copied())
            .map(move |(i, v)| (shape.fields[i].key, v))
    }

    /// The value of the field with this JSON key (e.g. `"display_name"`), if present.
    pub fn field(&self, key: &str) -> Option<Value<'a>> {
        let i = self.0.shape.fields.iter().position(|f| f.key == key)?;
        self.get(i)
    }

    /// Number of present fields.
    pub fn len(&self) -> usize {
        self.0.values.len()
    }

    /// Whether no field is present.
    pub fn is_empty(&self) -> bool {
        self.0.values.is_empty()
    }
}

/// A typed view backed by a [`Record`] of one shape.
pub(crate) trait HasShape {
    /// The parser's table for this view.
    const SHAPE: &'static Shape;
}

/// A typed view that can be made from a [`Value`].
pub trait FromValue<'a>: Sized {
    /// The view of `v`, or `None` if `v` has another shape.
    fn from_value(v: Value<'a>) -> Option<Self>;
}

impl<'a> FromValue<'a> for &'a str {
    fn from_value(v: Value<'a>) -> Option<Self> {
        match v {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl<'a> FromValue<'a> for MessageXmlEntry<'a> {
    fn from_value(v: Value<'a>) -> Option<Self> {
        match v {
            Value::Entry(e) => Some(*e),
            _ => None,
        }
    }
}

/// The items of a wrapper element (`Personas`, `Attributions`, …), as typed views.
#[derive(Clone, Copy)]
pub struct Items<'a, T> {
    values: &'a [Value<'a>],
    _t: std::marker::PhantomData<fn() -> T>,
}

impl<'a, T: FromValue<'a>> Items<'a, T> {
    pub(crate) fn new(values: &'a [Value<'a>]) -> Self {
        Items { values, _t: std::marker::PhantomData }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are no items (an empty wrapper such as `<Groups/>`).
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The item at `index`.
    pub fn get(&self, index: usize) -> Option<T> {
        self.values.get(index).and_then(|v| T::from_value(*v))
    }

    /// The items in document order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = T> + DoubleEndedIterator + 'a {
        // Every item was built by the parser with the shape of T, so from_value never fails.
        self.values.iter().filter_map(|v| T::from_value(*v)).collect_exact(self.values.len())
    }

    /// The raw values.
    pub fn values(&self) -> &'a [Value<'a>] {
        self.values
    }
}

impl<'a, T: FromValue<'a> + std::fmt::Debug> std::fmt::Debug for Items<'a, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a, T: FromValue<'a>> IntoIterator for Items<'a, T> {
    type Item = T;
    type IntoIter = std::iter::FilterMap<std::slice::Iter<'a, Value<'a>>, fn(&Value<'a>) -> Option<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.values.iter().filter_map(|v| T::from_value(*v))
    }
}

/// Adapter giving a filtered iterator a known exact length (used where every item matches).
struct Exact<I> {
    inner: I,
    left: usize,
}

trait CollectExact: Iterator + Sized {
    fn collect_exact(self, len: usize) -> Exact<Self> {
        Exact { inner: self, left: len }
    }
}
impl<I: Iterator> CollectExact for I {}

impl<I: Iterator> Iterator for Exact<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let x = self.inner.next();
        if x.is_some() {
            self.left = self.left.saturating_sub(1);
        }
        x
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}
impl<I: DoubleEndedIterator> DoubleEndedIterator for Exact<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let x = self.inner.next_back();
        if x.is_some() {
            self.left = self.left.saturating_sub(1);
        }
        x
    }
}
impl<I: Iterator> ExactSizeIterator for Exact<I> {}

/// A list of strings (`Attributions` inside an attributed value, `Values`).
pub type Texts<'a> = Items<'a, &'a str>;

/// The entries of a `MessageXml` element.
pub type MessageXml<'a> = Items<'a, MessageXmlEntry<'a>>;

/// One child element of a `MessageXml`, in any namespace: its local name, its
/// unqualified attributes in document order, and its text.
///
/// ```text
/// <t:Value Name="BackOffMilliseconds">297749</t:Value>
///   → element "Value", attributes [("Name", "BackOffMilliseconds")], text "297749"
/// ```
#[derive(Clone, Copy, Debug)]
pub struct MessageXmlEntry<'a> {
    pub(crate) element: &'a str,
    pub(crate) text: &'a str,
    pub(crate) attributes: &'a [(&'a str, &'a str)],
}

impl<'a> MessageXmlEntry<'a> {
    /// The child's local name (`"Value"`, `"LineNumber"`, `"FieldURI"`…).
    pub fn element(&self) -> &'a str {
        self.element
    }
    /// The child's text (`""` when empty).
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Its unqualified attributes `(name, value)` in document order.
    pub fn attributes(&self) -> &'a [(&'a str, &'a str)] {
        self.attributes
    }
    /// The value of the first unqualified attribute with this name.
    pub fn attribute(&self, name: &str) -> Option<&'a str> {
        self.attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
    /// The `Name` attribute (as on `<t:Value Name="BackOffMilliseconds">`).
    pub fn name(&self) -> Option<&'a str> {
        self.attribute("Name")
    }
}

impl<'a> MessageXml<'a> {
    /// The text of the first `Value` entry whose `Name` attribute is `name`
    /// (`BackOffMilliseconds`, `InnerErrorResponseCode`, …).
    pub fn value_named(&self, name: &str) -> Option<&'a str> {
        self.iter().find(|e| e.element == "Value" && e.name() == Some(name)).map(|e| e.text)
    }
}

// ----- owned models --------------------------------------------------------------------

/// A view with an owned form (`Persona` → [`OwnedPersona`], `ItemId` → [`OwnedItemId`],
/// `&str` → `String`, …): what [`crate::write`] writes and what a round trip compares.
pub trait HasOwned {
    /// The owned type.
    type Owned;
    /// An owned copy of this view.
    fn to_owned_model(&self) -> Self::Owned;
}

impl HasOwned for &str {
    type Owned = String;
    fn to_owned_model(&self) -> String {
        (*self).to_owned()
    }
}

impl HasOwned for MessageXmlEntry<'_> {
    type Owned = OwnedMessageXmlEntry;
    fn to_owned_model(&self) -> OwnedMessageXmlEntry {
        OwnedMessageXmlEntry {
            element: self.element.to_owned(),
            text: self.text.to_owned(),
            attributes: self.attributes.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect(),
        }
    }
}

/// The owned form of a [`MessageXmlEntry`]: one child element of a `MessageXml`, written
/// in the types namespace (`<t:Value Name="BackOffMilliseconds">297749</t:Value>`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnedMessageXmlEntry {
    /// The local name (an XML name without a colon, e.g. `Value`).
    pub element: String,
    /// The text.
    pub text: String,
    /// Unqualified attributes in order (names without a colon, not `xmlns`, no repeats).
    pub attributes: Vec<(String, String)>,
}

impl OwnedMessageXmlEntry {
    /// An entry from its parts.
    pub fn new(element: &str, attributes: &[(&str, &str)], text: &str) -> Self {
        OwnedMessageXmlEntry {
            element: element.to_owned(),
            text: text.to_owned(),
            attributes: attributes.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect(),
        }
    }

    pub(crate) fn generate(g: &mut dyn ModelGen) -> Self {
        let (element, attributes) = g.entry_names();
        let text = g.text(false);
        OwnedMessageXmlEntry { element, text, attributes: attributes.into_iter().map(|n| (n, g.text(true))).collect() }
    }
}

/// A source of generated owned models, for property tests and fuzzing: every owned type
/// has a generator that asks this, field by field, whether the field is present and
/// what it holds. Not a stable API.
#[doc(hidden)]
pub trait ModelGen {
    /// Whether the next optional field is present.
    fn present(&mut self) -> bool;
    /// How many items the next list has.
    fn count(&mut self) -> usize;
    /// One of `0..n` (`n` > 0): which variant.
    fn choose(&mut self, n: usize) -> usize;
    /// A text (element text or, if `attribute`, an attribute value).
    fn text(&mut self, attribute: bool) -> String;
    /// A `MessageXml` entry's element name and its distinct attribute names.
    fn entry_names(&mut self) -> (String, Vec<String>);
}

/// An owned type that can be generated from a [`ModelGen`]. Not a stable API.
#[doc(hidden)]
pub trait Model: Sized {
    /// A value whose every choice comes from `g`.
    fn generate(g: &mut dyn ModelGen) -> Self;
}

/// A record's present fields, in schema order, for the writer: implemented by the owned
/// types and by views' [`Record`]s, so that one writer serves both.
pub(crate) trait Fields {
    /// The shape (field names, kinds).
    fn shape(&self) -> &'static Shape;
    /// Whether any child element (not an attribute) is present.
    fn has_children(&self) -> bool;
    /// Hands each present field, in schema order, to `s`.
    fn visit<S: FieldSink>(&self, s: &mut S) -> Result<(), S::Error>;
}

impl<T: Fields> Fields for &T {
    fn shape(&self) -> &'static Shape {
        (**self).shape()
    }
    fn has_children(&self) -> bool {
        (**self).has_children()
    }
    fn visit<S: FieldSink>(&self, s: &mut S) -> Result<(), S::Error> {
        (**self).visit(s)
    }
}

/// A generic callback over a body element's fields (a closure cannot be generic).
pub(crate) trait WithFields<T> {
    /// Called with the element's local name, whether it is a SOAP `Fault`, and its fields.
    fn call<F: Fields>(self, name: &'static str, fault: bool, fields: &F) -> T;
}

/// A `MessageXml` entry, owned or viewed.
pub(crate) trait EntrySource {
    fn element(&self) -> &str;
    fn text(&self) -> &str;
    fn attributes(&self) -> impl Iterator<Item = (&str, &str)>;
}

impl EntrySource for &OwnedMessageXmlEntry {
    fn element(&self) -> &str {
        &self.element
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn attributes(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attributes.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }
}

impl EntrySource for MessageXmlEntry<'_> {
    fn element(&self) -> &str {
        self.element
    }
    fn text(&self) -> &str {
        self.text
    }
    fn attributes(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attributes.iter().copied()
    }
}

/// What receives the fields of a [`Fields`] (field `i` of the record's shape).
pub(crate) trait FieldSink {
    type Error;
    fn text(&mut self, i: usize, text: &str) -> Result<(), Self::Error>;
    fn record<R: Fields>(&mut self, i: usize, record: R) -> Result<(), Self::Error>;
    fn list<R: Fields, I: Iterator<Item = R>>(&mut self, i: usize, items: I) -> Result<(), Self::Error>;
    fn texts<'t, I: Iterator<Item = &'t str>>(&mut self, i: usize, items: I) -> Result<(), Self::Error>;
    fn entries<E: EntrySource, I: Iterator<Item = E>>(&mut self, i: usize, items: I) -> Result<(), Self::Error>;
}

impl Fields for Record<'_> {
    fn shape(&self) -> &'static Shape {
        self.0.shape
    }
    fn has_children(&self) -> bool {
        let d = self.0;
        present_fields(d.present).any(|i| d.shape.fields.get(i).is_some_and(|f| !f.attr))
    }
    fn visit<S: FieldSink>(&self, s: &mut S) -> Result<(), S::Error> {
        let d = self.0;
        let mut values = d.values.iter();
        for i in present_fields(d.present) {
            let Some(field) = d.shape.fields.get(i) else { break };
            let Some(v) = values.next() else { break };
            match (*v, &field.kind) {
                (Value::Text(t), _) => s.text(i, t)?,
                (Value::Record(r), _) => s.record(i, r)?,
                (Value::List(items), Kind::List { item: Kind::Text, .. }) => {
                    s.texts(i, items.iter().filter_map(|v| if let Value::Text(t) = v { Some(*t) } else { None }))?
                }
                (Value::List(items), Kind::MessageXml) => {
                    s.entries(i, items.iter().filter_map(|v| if let Value::Entry(e) = v { Some(**e) } else { None }))?
                }
                (Value::List(items), _) => {
                    s.list(i, items.iter().filter_map(|v| if let Value::Record(r) = v { Some(*r) } else { None }))?
                }
                (Value::Entry(_), _) => {}
            }
        }
        Ok(())
    }
}

/// The indices of the bits set in `present`, in order: a record holds a few of its
/// shape's fields (20 of a persona's 112), so this visits those, not every field.
fn present_fields(present: [u64; 2]) -> impl Iterator<Item = usize> {
    present.into_iter().enumerate().flat_map(|(w, mut bits)| {
        std::iter::from_fn(move || {
            let bit = (bits != 0).then(|| bits.trailing_zeros() as usize)?;
            bits &= bits - 1;
            Some(w * 64 + bit)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_fields_are_the_bits_set() {
        let collect = |p| present_fields(p).collect::<Vec<_>>();
        assert_eq!(collect([0, 0]), Vec::<usize>::new());
        assert_eq!(collect([0b1011, 1 << 63]), vec![0, 1, 3, 127]);
        assert_eq!(collect([1 << 63, 1]), vec![63, 64]);
        assert_eq!(collect([u64::MAX, 0]).len(), 64);
    }

    #[test]
    fn values_are_three_words() {
        // Arena use per item is what bounds the amplification of tiny elements.
        assert_eq!(std::mem::size_of::<Value<'_>>(), 24);
        assert_eq!(std::mem::size_of::<Record<'_>>(), 8);
    }

    /// The parser's guess of a record's next child (`child_field`) is checked against the
    /// field's primary name: that must be what the name table gives for it, in every
    /// shape the parser can reach.
    #[test]
    fn every_child_field_is_what_its_primary_name_finds() {
        let mut todo: Vec<&'static Shape> = BODY_ELEMENTS.iter().map(|e| e.1).collect();
        todo.extend(REQUEST_ELEMENTS.iter().map(|e| e.1));
        todo.extend([Fault::SHAPE, ServerVersionInfo::SHAPE, RequestHeaders::SHAPE]);
        let mut done: Vec<*const Shape> = Vec::new();
        while let Some(shape) = todo.pop() {
            if done.contains(&(shape as *const Shape)) {
                continue;
            }
            done.push(shape);
            for (i, f) in shape.fields.iter().enumerate() {
                let src = if f.attr { Src::Attr } else { Src::Child };
                assert_eq!(shape.lookup(src, f.xml), Some(i as u8), "{}/{}", shape.name, f.xml);
                let mut kind = &f.kind;
                while let Kind::List { item, .. } = kind {
                    kind = item;
                }
                if let Kind::Record(s) = kind {
                    todo.push(s);
                }
            }
            for &(name, src, field) in shape.names.entries {
                assert_eq!(shape.lookup(src, name), Some(field), "{}/{name}", shape.name);
            }
        }
        assert!(done.len() > 40, "{} shapes reached", done.len());
    }

    #[test]
    fn name_tables_find_every_name_and_nothing_else() {
        let shapes: [&Shape; 4] = [Persona::SHAPE, ImGroup::SHAPE, EmailAddress::SHAPE, ItemId::SHAPE];
        for shape in shapes {
            for (i, f) in shape.fields.iter().enumerate() {
                let _ = f;
                assert!(shape.names.entries.iter().any(|e| usize::from(e.2) == i));
            }
            for &(name, src, field) in shape.names.entries {
                assert_eq!(shape.lookup(src, name), Some(field), "{name}");
                let other = if src == Src::Attr { Src::Child } else { Src::Attr };
                assert_eq!(shape.lookup(other, name), None, "{name} as the other source");
            }
            assert_eq!(shape.lookup(Src::Child, "FileAsHeader"), None);
            assert_eq!(shape.lookup(Src::Child, ""), None);
            assert!(shape.names.max_probe() <= 8, "{}: {}", shape.name, shape.names.max_probe());
        }
        assert_eq!(
            EmailAddress::SHAPE.lookup(Src::Child, "Address"),
            EmailAddress::SHAPE.lookup(Src::Child, "EmailAddress")
        );
        assert_eq!(Persona::SHAPE.lookup(Src::Child, "TTYTDDPhoneNumbers"), Some(69));
    }
}
