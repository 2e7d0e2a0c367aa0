//! Mapping: what an element means under its parent (its context), and how a finished
//! element becomes a value of its parent — records, lists, leaves, `MessageXml` entries.

use super::{Ctx, Dest, Frame, OpenItem, PResult, Parser, Slot, StopClass, StreamItem};
use crate::error::{ErrorKind, Limit};
use crate::ns::Ns;
use crate::scan;
use crate::stream::ItemList;
use crate::text::TextAcc;
use crate::view::{
    Fault, HasShape, Kind, MessageXmlEntry, Record, RequestHeaders, ServerVersionInfo, Shape, Src, Value,
    BODY_ELEMENTS, REQUEST_ELEMENTS,
};

impl<'a, 's, 'o> Parser<'a, 's, 'o> {
    /// Decides what the element means under its parent and pushes its frame.
    pub(super) fn push_frame(
        &mut self,
        lt: usize,
        qname: &'a str,
        local: &'a str,
        ns: Ns,
        ns_mark: usize,
        empty: bool,
    ) -> PResult<()> {
        let mut dest = Dest::None;
        let ctx = match self.frames.last().map(|f| f.ctx) {
            None => {
                if ns == Ns::Soap && local == "Envelope" {
                    Ctx::Envelope
                } else {
                    let kind = if local.eq_ignore_ascii_case("html") {
                        ErrorKind::HtmlPage
                    } else {
                        ErrorKind::NotSoapEnvelope
                    };
                    self.structural(kind, lt, local);
                    Ctx::Skip
                }
            }
            Some(Ctx::Envelope) if ns == Ns::Soap && local == "Header" && !self.header_seen => {
                self.header_seen = true;
                if self.request {
                    // A request's headers are read as one record (RequestServerVersion, …).
                    dest = Dest::RequestHeaders;
                    Ctx::Record(RequestHeaders::SHAPE)
                } else {
                    Ctx::Header
                }
            }
            Some(Ctx::Envelope) if ns == Ns::Soap && local == "Body" && !self.body_seen => {
                self.body_seen = true;
                Ctx::Body
            }
            Some(Ctx::Header) if ns.is_family() && local == "ServerVersionInfo" && self.server_version.is_none() => {
                dest = Dest::ServerVersion;
                Ctx::Record(ServerVersionInfo::SHAPE)
            }
            Some(Ctx::Body) if !self.body_element_seen => {
                self.body_element_seen = true;
                let shape = if self.request {
                    let known =
                        if ns == Ns::Messages { REQUEST_ELEMENTS.iter().find(|(n, _)| *n == local) } else { None };
                    known.map(|(_, s)| *s)
                } else if ns == Ns::Soap && local == "Fault" {
                    Some(Fault::SHAPE)
                } else if ns == Ns::Messages {
                    BODY_ELEMENTS.iter().find(|(n, _, _)| *n == local).map(|(_, s, _)| *s)
                } else {
                    None
                };
                match shape {
                    Some(s) => {
                        dest = Dest::BodyElement;
                        Ctx::Record(s)
                    }
                    None => {
                        let kind =
                            if self.request { ErrorKind::UnsupportedRequest } else { ErrorKind::UnsupportedOperation };
                        self.structural(kind, lt, local);
                        Ctx::Skip
                    }
                }
            }
            Some(Ctx::Record(shape)) => {
                let matches_ns = shape.ns.accepts(ns);
                let field = if matches_ns { self.child_field(shape, local) } else { None };
                match field {
                    Some(k) => {
                        let (w, bit) = (usize::from(k) / 64, usize::from(k) % 64);
                        let parent = self.frames.last_mut().expect("a parent frame");
                        if parent.seen[w] & (1 << bit) != 0 {
                            // First occurrence wins: the repeat is skipped whole.
                            self.duplicates += 1;
                            Ctx::Skip
                        } else {
                            parent.seen[w] |= 1 << bit;
                            dest = Dest::Slot(k);
                            let field = &shape.fields[usize::from(k)];
                            if matches!(field.kind, Kind::List { .. }) {
                                if let Some(list) = ItemList::of(shape.name, field.xml) {
                                    // Its children are the items (this frame is pushed below).
                                    self.item_list_depth = self.frames.len() + 1;
                                    self.item_list = list;
                                }
                            }
                            kind_ctx(&field.kind)
                        }
                    }
                    None => {
                        self.skipped += 1;
                        Ctx::Skip
                    }
                }
            }
            Some(Ctx::List(&Kind::List { items, item })) if ns.is_family() && items.contains(&local) => {
                dest = Dest::Slot(0);
                if self.frames.len() == self.item_list_depth {
                    self.item = Some(OpenItem { start: lt, skipped: self.skipped, duplicates: self.duplicates });
                }
                kind_ctx(item)
            }
            Some(Ctx::MessageXml) => {
                dest = Dest::Slot(0);
                Ctx::Entry(self.entry_attributes()?)
            }
            // Inside a skipped subtree nothing is counted: only the subtree's root was.
            Some(Ctx::Skip) => Ctx::Skip,
            Some(_) => {
                self.skipped += 1;
                Ctx::Skip
            }
        };
        if self.lane
            && matches!(ctx, Ctx::Leaf)
            && !empty
            && self.frames.len() != self.item_list_depth
            && self.ns.mark() == ns_mark
            // The frame not pushed would not have needed memory (see `lane.rs`).
            && self.frames.len() < self.frames.capacity()
        {
            // The usual leaf, `<DisplayName>text</DisplayName>` with plain text: read in
            // one step, without a frame or the text accumulator (half the elements of a
            // response are such leaves).
            if let Some((text_end, after)) = plain_leaf(self.b, self.pos, qname) {
                let text = &self.s[self.pos..text_end];
                self.pos = after;
                return self.deliver(dest, Value::Text(text));
            }
        }
        self.push_open(qname, local, ctx, dest, ns_mark)?;
        match ctx {
            Ctx::Leaf | Ctx::Entry(_) => {
                self.acc = TextAcc::new();
                self.collecting = self.frames.len();
            }
            Ctx::Record(shape) => self.record_attributes(shape)?,
            _ => {}
        }
        Ok(())
    }

    /// The field of the record on top of the frame stack that a child named `local` is.
    #[inline]
    fn child_field(&mut self, shape: &'static Shape, local: &str) -> Option<u8> {
        let prev = self.frames.last()?.last;
        let field = self.guess_field(shape, Src::Child, prev, local)?;
        if let Some(top) = self.frames.last_mut() {
            top.last = field.wrapping_add(1);
        }
        Some(field)
    }

    /// The field of a record of `shape` that a child named `local` is, after the child
    /// field `prev` (plus one; 0 for the first child).
    ///
    /// Why a guess first: a server writes the children of a record in the same order
    /// every time, so the child that followed the previous one last time is almost always
    /// the one that follows now; checking it is one comparison of names, where the name
    /// table costs a hash and a probe. The guess is only a field index, checked against
    /// this shape's own field (a child field of exactly this name is the table's answer,
    /// since no two fields of a shape share a name), so a clash in the guess table or a
    /// wrong guess only costs the table lookup.
    #[inline(always)]
    pub(super) fn guess_field(&mut self, shape: &'static Shape, src: Src, prev: u8, local: &str) -> Option<u8> {
        if !self.lane {
            return shape.lookup(src, local);
        }
        let i = guess_slot(shape, src, prev);
        let guess = self.guesses.get(i).map_or(0, |&g| usize::from(g));
        let hit = guess
            .checked_sub(1)
            .and_then(|f| shape.fields.get(f))
            .is_some_and(|f| f.attr == (src == Src::Attr) && scan::eq_bytes(f.xml.as_bytes(), local.as_bytes()));
        if hit {
            return Some((guess - 1) as u8);
        }
        let field = shape.lookup(src, local)?;
        if let Some(g) = self.guesses.get_mut(i) {
            *g = field.wrapping_add(1);
        }
        Some(field)
    }

    /// Pushes the frame of an element that opens here; its values start at the top of the
    /// value stack.
    pub(super) fn push_open(
        &mut self,
        qname: &'a str,
        local: &'a str,
        ctx: Ctx<'a>,
        dest: Dest,
        ns_mark: usize,
    ) -> PResult<()> {
        if self.frames.try_reserve(1).is_err() {
            return self.oom();
        }
        let base = self.slots.len();
        self.frames.push(Frame { qname, local, ctx, dest, ns_mark, base, seen: [0, 0], last: 0 });
        Ok(())
    }

    /// Records the first structural problem, with the path where it was found; it is
    /// reported only once the whole document has proved well-formed.
    pub(super) fn structural(&mut self, kind: ErrorKind, offset: usize, local: &str) {
        if self.structural.is_none() {
            if let Err(mut stop) = self.err::<()>(kind, offset) {
                stop.path.push('/');
                stop.path.push_str(local);
                self.structural = Some(stop);
            }
        }
    }

    /// The recognised unqualified attributes of a record element become its fields.
    pub(super) fn record_attributes(&mut self, shape: &'static Shape) -> PResult<()> {
        // Attributes come in the same order every time too: guessed like children.
        let mut prev = 0;
        for k in 0..self.attrs.len() {
            let a = self.attrs[k];
            if a.colon != 0 || a.qname == "xmlns" {
                continue;
            }
            if let Some(f) = self.guess_field(shape, Src::Attr, prev, a.qname) {
                prev = f.wrapping_add(1);
                let top = self.frames.last_mut().expect("the record's frame");
                top.seen[usize::from(f) / 64] |= 1 << (usize::from(f) % 64);
                self.push_slot(Slot { key: f, value: Value::Text(a.value) })?;
            }
        }
        Ok(())
    }

    /// The unqualified attributes of a `MessageXml` child, in document order.
    pub(super) fn entry_attributes(&mut self) -> PResult<&'a [(&'a str, &'a str)]> {
        let n = self.attrs.iter().filter(|a| a.colon == 0 && a.qname != "xmlns").count();
        let Ok(out) = self.arena.try_alloc_slice_fill_copy(n, ("", "")) else {
            return self.oom();
        };
        let mut i = 0;
        for a in self.attrs.iter() {
            if a.colon == 0 && a.qname != "xmlns" {
                out[i] = (a.qname, a.value);
                i += 1;
            }
        }
        Ok(out)
    }

    /// The text gathered for the leaf or entry that is closing.
    pub(super) fn finish_text(&mut self) -> PResult<&'a str> {
        match std::mem::replace(&mut self.acc, TextAcc::new()).finish(self.arena) {
            Ok(t) => Ok(t),
            Err(()) => self.oom(),
        }
    }

    /// Ends the innermost element: builds its value and hands it to its parent.
    pub(super) fn close(&mut self) -> PResult<()> {
        let Some(f) = self.frames.pop() else {
            return Ok(());
        };
        self.ns.pop_to(f.ns_mark);
        let value = match f.ctx {
            Ctx::Skip => None,
            Ctx::Envelope => {
                if !self.body_seen {
                    self.structural(ErrorKind::MissingBody, self.pos, f.local);
                }
                None
            }
            Ctx::Header => None,
            Ctx::Body => {
                if !self.body_element_seen {
                    self.structural(ErrorKind::EmptyBody, self.pos, f.local);
                }
                None
            }
            Ctx::Leaf => {
                self.collecting = usize::MAX;
                Some(Value::Text(self.finish_text()?))
            }
            Ctx::Entry(attributes) => {
                self.collecting = usize::MAX;
                let text = self.finish_text()?;
                let entry = MessageXmlEntry { element: f.local, text, attributes };
                let Ok(e) = self.arena.try_alloc(entry) else {
                    return self.oom();
                };
                Some(Value::Entry(e))
            }
            Ctx::Record(shape) => Some(Value::Record(self.build_record(shape, &f)?)),
            Ctx::List(..) | Ctx::MessageXml => {
                let out = match self.slots.slice_from(f.base) {
                    Some(s) => self.arena.try_alloc_slice_fill_iter(s.iter().map(|s| s.value)),
                    None => self.arena.try_alloc_slice_fill_iter(self.slots.iter_from(f.base).map(|s| s.value)),
                };
                let Ok(out) = out else {
                    return self.oom();
                };
                self.slots.truncate(f.base);
                Some(Value::List(out))
            }
        };
        if self.frames.len() + 1 == self.item_list_depth {
            // The item list ends.
            self.item_list_depth = usize::MAX;
        } else if self.frames.len() == self.item_list_depth && f.dest == Dest::Slot(0) {
            if let (Some(it), Some(value)) = (self.item.take(), value) {
                if self.pos - it.start > self.max_item {
                    self.item = Some(it);
                    return self.err(
                        ErrorKind::LimitExceeded { limit: Limit::ItemBytes, max: self.max_item as u64 },
                        self.pos,
                    );
                }
                if self.stream {
                    return self.hand_out(it, value);
                }
            }
        }
        match value {
            Some(v) => self.deliver(f.dest, v),
            None => Ok(()),
        }
    }

    /// Hands a finished value to where its element's frame said it goes.
    fn deliver(&mut self, dest: Dest, v: Value<'a>) -> PResult<()> {
        match (dest, v) {
            (Dest::Slot(key), value) => self.push_slot(Slot { key, value })?,
            (Dest::ServerVersion, Value::Record(r)) => self.server_version = Some(r),
            (Dest::RequestHeaders, Value::Record(r)) => self.request_headers = Some(r),
            (Dest::BodyElement, Value::Record(r)) => self.body = Some(r),
            _ => {}
        }
        Ok(())
    }

    /// A streamed parse hands a finished item out instead of adding it to its list.
    fn hand_out(&mut self, it: OpenItem, value: crate::view::Value<'a>) -> PResult<()> {
        if self.items.try_reserve(1).is_err() {
            return self.oom();
        }
        self.items.push(StreamItem {
            value,
            list: self.item_list,
            start: it.start,
            end: self.pos,
            skipped: self.skipped - it.skipped,
            duplicates: self.duplicates - it.duplicates,
        });
        self.items_bytes += self.pos - it.start;
        if self.items_bytes >= self.pause_after_bytes {
            return Err(Box::new(super::Stop {
                kind: ErrorKind::EmptyDocument,
                offset: self.pos,
                path: String::new(),
                class: StopClass::Paused,
            }));
        }
        Ok(())
    }

    /// The fields of the body element read so far, for a streamed run that stopped
    /// inside it: its attributes and the children that have ended, in schema order.
    pub(super) fn partial_body(&mut self) -> Option<Record<'a>> {
        let at = self.frames.iter().position(|f| f.dest == Dest::BodyElement)?;
        let Ctx::Record(shape) = self.frames[at].ctx else { return None };
        let from = self.frames[at].base;
        let to = self.frames.get(at + 1).map_or(self.slots.len(), |f| f.base);
        let mut present = [0u64; 2];
        let mut values: Vec<(u8, crate::view::Value<'a>)> = Vec::new();
        for s in self.slots.iter_from(from).take(to - from) {
            present[usize::from(s.key) / 64] |= 1 << (usize::from(s.key) % 64);
            values.push((s.key, s.value));
        }
        values.sort_by_key(|v| v.0);
        let out = self.arena.try_alloc_slice_fill_iter(values.into_iter().map(|v| v.1)).ok()?;
        let data = self.arena.try_alloc(crate::view::RecordData { shape, present, values: out }).ok()?;
        Some(Record::new(data))
    }

    /// Places the fields above the frame's mark densely, in schema order (each at the rank
    /// of its bit in the presence mask), so lookups are one popcount.
    pub(super) fn build_record(&mut self, shape: &'static Shape, f: &Frame<'a>) -> PResult<Record<'a>> {
        let n = self.slots.len() - f.base;
        let seen = f.seen;
        // Servers write children in schema order, so the values are usually in place
        // already: then one copy, no ranking (popcount is not a baseline x86-64 instruction).
        let contiguous = self.slots.slice_from(f.base);
        let in_order = match contiguous {
            Some(s) => s.windows(2).all(|w| w[0].key < w[1].key),
            None => {
                let mut last = None;
                self.slots.iter_from(f.base).all(|s| {
                    let ok = last.is_none_or(|l| l < s.key);
                    last = Some(s.key);
                    ok
                })
            }
        };
        let out = match (in_order, contiguous) {
            (true, Some(s)) => self.arena.try_alloc_slice_fill_iter(s.iter().map(|s| s.value)),
            (true, None) => self.arena.try_alloc_slice_fill_iter(self.slots.iter_from(f.base).map(|s| s.value)),
            (false, _) => self.arena.try_alloc_slice_fill_copy(n, Value::Text("")),
        };
        let Ok(out) = out else { return self.oom() };
        if !in_order {
            for s in self.slots.iter_from(f.base) {
                let k = usize::from(s.key);
                let (w, bit) = (k / 64, k % 64);
                let rank = (seen[w] & ((1u64 << bit) - 1)).count_ones() as usize
                    + if w == 1 { seen[0].count_ones() as usize } else { 0 };
                if let Some(slot) = out.get_mut(rank) {
                    *slot = s.value;
                }
            }
        }
        self.slots.truncate(f.base);
        let data = crate::view::RecordData { shape, present: seen, values: out };
        let Ok(data) = self.arena.try_alloc(data) else { return self.oom() };
        Ok(Record::new(data))
    }
}

/// The context of an element recognised as a field or item of this kind.
pub(super) fn kind_ctx(kind: &'static Kind) -> Ctx<'static> {
    match kind {
        Kind::Text => Ctx::Leaf,
        Kind::Record(s) => Ctx::Record(s),
        list @ Kind::List { .. } => Ctx::List(list),
        Kind::MessageXml => Ctx::MessageXml,
    }
}

/// If the text at `from` is plain character data (no reference, no byte that needs
/// decoding, no `>`, no TAB or line break) ended by `</qname>`, returns where the text
/// ends and the index after the end tag. Anything else is left to the general path.
#[inline(always)]
pub(super) fn plain_leaf(b: &[u8], from: usize, qname: &str) -> Option<(usize, usize)> {
    let q = scan::plain_text_end(b, from);
    let name = qname.as_bytes();
    let after = q + 2 + name.len();
    let ok = b.get(q) == Some(&b'<')
        && b.get(q + 1) == Some(&b'/')
        && b.get(after) == Some(&b'>')
        && scan::eq_bytes(&b[q + 2..after], name);
    ok.then_some((q, after + 1))
}

/// Where the guess table keeps the child (or attribute) that follows field `prev` (plus
/// one) in `shape`.
#[inline(always)]
pub(super) fn guess_slot(shape: &'static Shape, src: Src, prev: u8) -> usize {
    let salt = if src == Src::Attr { 0x100 } else { 0 };
    let key = (shape as *const Shape as usize).wrapping_add(usize::from(prev) + salt).wrapping_mul(0x9E37_79B9);
    (key >> 12) % super::GUESSES
}
