//! The fast lane: the usual content of a record or a list, read in a tight loop.
//!
//! Most of a response is records whose children are plain leaves
//! (`<DisplayName>Tony Smith</DisplayName>`), records made of attributes only
//! (`<PersonaId Id="AAMk…"/>`) and records and lists without attributes, and lists of
//! such items, each written on its own line. The general path reads each of those through
//! the start-tag reader, the text accumulator and a frame per element; this reads them
//! directly: white space skipped 16 bytes at a time, the next child (or attribute) guessed
//! from the order the server wrote last time and matched by its name alone, a plain leaf
//! or an attribute-only record stored without a frame, a record or list child or item
//! given its frame at once, the element's own end tag closed. It stops at the first thing
//! that is anything else (text, a comment, an unknown, foreign or repeated element, a
//! reference, a name that is not plain ASCII, an attribute that needs normalising…),
//! which the general path then reads from there as it would have anyway: whatever the
//! lane reads, it reads exactly as the general path does — same values, same counts, same
//! state — so the two are one parser.
//!
//! Checked as such: `stream::fuzzing::without_lane` runs a parse with the fast paths off,
//! and `tests/lane.rs` and the `parse_chunked` fuzz target compare the two on everything
//! (items, totals, diagnostics, or the first error with its position and path). The one
//! difference is memory: the lane pushes no frame for what it stores, so under a small
//! `Limits::max_arena_bytes` it needs less scratch arena; where both run out, they do so
//! at the same byte (a refused allocation is reported where the general path makes it),
//! the general path perhaps inside the element and the lane at its parent. For that, the
//! lane leaves to the general path what would make the general path grow one of its
//! lists — a tag with more attributes than the attribute list holds, an element at the
//! depth where the frame list is full, values that need a new value-stack segment.

use super::map::{guess_slot, kind_ctx, plain_leaf};
use super::{Ctx, Dest, Frame, OpenItem, PResult, Parser, Slot};
use crate::ns::Ns;
use crate::scan;
use crate::stream::ItemList;
use crate::view::{Kind, Record, RecordData, Shape, Src, Value};

/// Where the lane stopped.
pub(super) enum Lane {
    /// At something for the general path, at `self.pos`.
    General,
    /// At a start tag `lt` whose name `lt + 1..name_end` it has read (colon at `colon`),
    /// for `start_tag_after_name`: names are not read twice.
    Start { lt: usize, name_end: usize, colon: usize },
    /// The root element ended.
    Root,
}

/// Why the loop over one record's children stopped.
enum Step<'a> {
    /// At something for the general path, at `self.pos`.
    General,
    /// At a start tag whose name has been read (see [`Lane::Start`]).
    Start { lt: usize, name_end: usize, colon: usize },
    /// The record's end tag, ending at this index.
    End(usize),
    /// A record or list child `<qname>`: field `k`, its start tag ending at `after`.
    Child { k: u8, qname: &'a str, local: &'a str, after: usize },
    /// A record or list item `<qname>` of the list on top, in this context, its start
    /// tag ending at `after`.
    Item { ctx: Ctx<'a>, qname: &'a str, after: usize },
}

impl<'a, 's, 'o> Parser<'a, 's, 'o> {
    /// Runs the lane while the innermost open element is a record or a list (see the
    /// file's documentation).
    pub(super) fn record_lane(&mut self) -> PResult<Lane> {
        loop {
            let (step, shape) = match self.frames.last() {
                Some(&Frame { ctx: Ctx::Record(shape), .. }) => (self.record_children(shape)?, Some(shape)),
                Some(&Frame { ctx: Ctx::List(kind), .. }) => (self.list_children(kind)?, None),
                _ => return Ok(Lane::General),
            };
            match step {
                Step::General => return Ok(Lane::General),
                Step::Start { lt, name_end, colon } => return Ok(Lane::Start { lt, name_end, colon }),
                Step::End(after) => {
                    self.pos = after;
                    self.close()?;
                    if self.frames.is_empty() {
                        return Ok(Lane::Root);
                    }
                }
                Step::Child { k, qname, local, after } => match shape {
                    Some(shape) => self.open_child(shape, k, qname, local, after)?,
                    None => return Ok(Lane::General),
                },
                Step::Item { ctx, qname, after } => {
                    // Past the start tag, as for a record child.
                    self.pos = after;
                    let ns_mark = self.ns.mark();
                    self.push_open(qname, qname, ctx, Dest::Slot(0), ns_mark)?;
                }
            }
        }
    }

    /// The items of the list on top, for as long as the lane takes them: `<item>` with
    /// no prefix in the default namespace (a namespace of the EWS family, as the general
    /// path asks of an item), one of the list's item names. A plain leaf item and an
    /// attribute-only record item are stored here; a record or list item is the step
    /// returned, as is the list's own end tag. Not the items of an item list
    /// (`ImItemList/Personas`…): those the general path reads, item by item.
    #[inline(never)]
    fn list_children(&mut self, kind: &'static Kind) -> PResult<Step<'a>> {
        let Kind::List { items, item } = kind else { return Ok(Step::General) };
        let depth = self.frames.len();
        // The items of an item list are records: the lane opens them, with the item's
        // bookkeeping, in a one-shot parse (a streamed one hands them out: the general
        // path's).
        let item_list = depth == self.item_list_depth;
        if depth >= self.opts.limits.max_depth || (item_list && self.stream) || depth == self.frames.capacity() {
            return Ok(Step::General);
        }
        let Some(top) = self.frames.last() else { return Ok(Step::General) };
        let own_name = top.qname.as_bytes();
        let b = self.b;
        let max_name = self.opts.limits.max_name_bytes;
        if !self.ns.lookup("").is_some_and(|bnd| bnd.ns.is_family()) {
            return Ok(Step::General);
        }
        let mut pos = self.pos;
        let result = loop {
            pos = scan::skip_indentation(b, pos);
            if let Some(step) = not_a_start_tag(b, pos, own_name) {
                break Ok(step);
            }
            // `<` + an item name + `>` or white space (either ends a name).
            let named = items.iter().find_map(|&name| {
                let end = pos + 1 + name.len();
                let ok = name.len() <= max_name
                    && b.get(end).is_some_and(|&c| c == b'>' || scan::is_ws(c))
                    && scan::eq_bytes(&b[pos + 1..end], name.as_bytes());
                ok.then_some((name, end))
            });
            let Some((name, end)) = named else { break Ok(Step::General) };
            if item_list {
                let (Kind::Record(shape), b'>') = (item, b[end]) else { break Ok(Step::General) };
                self.item = Some(OpenItem { start: pos, skipped: self.skipped, duplicates: self.duplicates });
                break Ok(Step::Item { ctx: Ctx::Record(shape), qname: name, after: end + 1 });
            }
            match (item, b[end] == b'>') {
                (Kind::Text, true) => {
                    let Some((text_end, after)) = plain_leaf(b, end + 1, name) else { break Ok(Step::General) };
                    if let Err(e) = self.store(0, Value::Text(&self.s[end + 1..text_end]), after) {
                        break Err(e);
                    }
                    pos = after;
                }
                (Kind::Record(shape), true) => {
                    break Ok(Step::Item { ctx: Ctx::Record(shape), qname: name, after: end + 1 })
                }
                (Kind::Record(shape), false) => match self.attribute_record(shape, end, 0) {
                    Ok(Some(after)) => pos = after,
                    Ok(None) => break Ok(Step::General),
                    Err(e) => break Err(e),
                },
                _ => break Ok(Step::General),
            }
        };
        self.pos = pos;
        result
    }

    /// The children of the record on top, for as long as the lane takes them: plain
    /// leaves and attribute-only records are stored here; a record or list child, or the
    /// record's own end tag, is the step returned.
    ///
    /// The loop keeps what it needs in locals (the record's seen-mask, the default
    /// namespace, which no child read here can change) and writes them back once.
    #[inline(never)]
    fn record_children(&mut self, shape: &'static Shape) -> PResult<Step<'a>> {
        let depth = self.frames.len();
        // What the lane stores has no frame; the general path gives it one, and if that
        // needs the frame list to grow, the general path is to do so.
        if depth >= self.opts.limits.max_depth || depth == self.item_list_depth || depth == self.frames.capacity() {
            return Ok(Step::General);
        }
        let Some(top) = self.frames.last() else { return Ok(Step::General) };
        let (mut seen, mut last, own_name) = (top.seen, top.last, top.qname.as_bytes());
        let (b, s) = (self.b, self.s);
        let max_name = self.opts.limits.max_name_bytes;
        let accepts = |ns: Ns| shape.ns.accepts(ns);
        let default_ok = accepts(self.ns.lookup("").map_or(Ns::None, |bnd| bnd.ns));
        let mut pos = self.pos;
        let result = loop {
            // White space between the children of a record is not kept: skipping it is
            // all that reading it would do.
            pos = scan::skip_indentation(b, pos);
            if let Some(step) = not_a_start_tag(b, pos, own_name) {
                break Ok(step);
            }
            // First, the child that followed the previous one last time, matched by its
            // name alone: `<` + that name + `>` or white space is that element (either
            // ends a name), with no prefix, so in the default namespace. No scan of the
            // name, no lookup. Whatever this does not take goes on below, as if there had
            // been no guess.
            let guess = self.guesses.get(guess_slot(shape, Src::Child, last)).map_or(0, |&g| usize::from(g));
            if let Some(f) = guess.checked_sub(1).and_then(|k| shape.fields.get(k)) {
                let k = (guess - 1) as u8;
                let name = f.xml.as_bytes();
                let end = pos + 1 + name.len();
                let (w, bit) = (usize::from(k) / 64, 1u64 << (usize::from(k) % 64));
                if default_ok
                    && !f.attr
                    && seen[w] & bit == 0
                    && name.len() <= max_name
                    && b.get(end).is_some_and(|&c| c == b'>' || scan::is_ws(c))
                    && scan::eq_bytes(&b[pos + 1..end], name)
                {
                    // The element's name is the field's: its `&'static str` serves.
                    match (&f.kind, b[end] == b'>') {
                        (Kind::Text, true) => {
                            if let Some((text_end, after)) = plain_leaf(b, end + 1, f.xml) {
                                seen[w] |= bit;
                                last = k.wrapping_add(1);
                                if let Err(e) = self.store(k, Value::Text(&s[end + 1..text_end]), after) {
                                    break Err(e);
                                }
                                pos = after;
                                continue;
                            }
                        }
                        (Kind::Record(_), true) => {
                            break Ok(Step::Child { k, qname: f.xml, local: f.xml, after: end + 1 })
                        }
                        (Kind::List { .. }, true) if ItemList::of(shape.name, f.xml).is_none() => {
                            break Ok(Step::Child { k, qname: f.xml, local: f.xml, after: end + 1 })
                        }
                        (Kind::Record(child), false) => match self.attribute_record(child, end, k) {
                            Ok(Some(after)) => {
                                seen[w] |= bit;
                                last = k.wrapping_add(1);
                                pos = after;
                                continue;
                            }
                            Ok(None) => {}
                            Err(e) => break Err(e),
                        },
                        _ => {}
                    }
                }
            }
            let Some((end, colon)) = scan::ascii_qname(b, pos + 1) else { break Ok(Step::General) };
            if end - (pos + 1) > max_name {
                break Ok(Step::General);
            }
            let start = Ok(Step::Start { lt: pos, name_end: end, colon });
            // `<X>`, or `<X` and attributes (an empty record of attributes, below).
            let bare = b[end] == b'>';
            if !bare && !scan::is_ws(b[end]) {
                break start;
            }
            let qname = &s[pos + 1..end];
            let (ok, local) = if colon == 0 {
                (default_ok, qname)
            } else {
                let prefix = &qname[..colon];
                let ns = self.ns.lookup(prefix).map(|bnd| bnd.ns);
                (prefix != "xmlns" && ns.is_some_and(accepts), &qname[colon + 1..])
            };
            if !ok {
                break start;
            }
            let Some(k) = self.guess_field(shape, Src::Child, last, local) else { break start };
            let (w, bit) = (usize::from(k) / 64, 1u64 << (usize::from(k) % 64));
            if seen[w] & bit != 0 {
                break start;
            }
            let field = &shape.fields[usize::from(k)];
            match (&field.kind, bare) {
                (Kind::Text, true) => {}
                // A record or a list that holds no stream items: its frame is pushed here.
                (Kind::Record(_), true) => break Ok(Step::Child { k, qname, local, after: end + 1 }),
                (Kind::List { .. }, true) if ItemList::of(shape.name, field.xml).is_none() => {
                    break Ok(Step::Child { k, qname, local, after: end + 1 })
                }
                (Kind::Record(child), false) => match self.attribute_record(child, end, k) {
                    Ok(Some(after)) => {
                        seen[w] |= bit;
                        last = k.wrapping_add(1);
                        pos = after;
                        continue;
                    }
                    Ok(None) => break start,
                    Err(e) => break Err(e),
                },
                _ => break start,
            }
            let Some((text_end, after)) = plain_leaf(b, end + 1, qname) else { break start };
            seen[w] |= bit;
            last = k.wrapping_add(1);
            if let Err(e) = self.store(k, Value::Text(&s[end + 1..text_end]), after) {
                break Err(e);
            }
            pos = after;
        };
        self.pos = pos;
        if let Some(top) = self.frames.last_mut() {
            top.seen = seen;
            top.last = last;
        }
        result
    }

    /// Stores field `k` of the record on top, an element that ends at `after`. Memory
    /// refused is reported at `after`, where the general path stores a value (at its end
    /// tag or `/>`).
    #[inline]
    fn store(&mut self, k: u8, value: Value<'a>, after: usize) -> PResult<()> {
        if self.slots.push(Slot { key: k, value }).is_err() {
            self.pos = after;
            return self.oom();
        }
        Ok(())
    }

    /// A record or list child `<qname>` without attributes, field `k` of the record on
    /// top: what `push_frame` does for it, without deciding again what it is.
    fn open_child(
        &mut self,
        shape: &'static Shape,
        k: u8,
        qname: &'a str,
        local: &'a str,
        after: usize,
    ) -> PResult<()> {
        let Some(parent) = self.frames.last_mut() else { return Ok(()) };
        parent.seen[usize::from(k) / 64] |= 1 << (usize::from(k) % 64);
        parent.last = k.wrapping_add(1);
        let ctx = kind_ctx(&shape.fields[usize::from(k)].kind);
        // Past the start tag first, as the general path is when it pushes the frame: a
        // refused allocation is reported there.
        self.pos = after;
        let ns_mark = self.ns.mark();
        self.push_open(qname, local, ctx, Dest::Slot(k), ns_mark)
    }

    /// An empty record made of attributes only, `<PersonaId Id="AAMk…"/>`, read from
    /// just after its name and stored as field `k` of the record or list on top: the
    /// index after its `/>`. `None` (nothing changed) unless every attribute is
    /// `name="value"` with a plain ASCII name (no prefix, not `xmlns`, none twice) and a
    /// value that is its own text, within the limits, and the tag ends with `/>`: what
    /// `start_tag`, `record_attributes` and `close` would build, without a frame.
    #[inline(never)]
    fn attribute_record(&mut self, shape: &'static Shape, from: usize, k: u8) -> PResult<Option<usize>> {
        /// Attributes read here at most; a tag with more is the general path's.
        const MAX: usize = 8;
        let (b, s) = (self.b, self.s);
        // No more attributes than the general path's list of them holds already, so that
        // neither path allocates for them here (where memory runs out must not depend on
        // the path).
        let max = self.opts.limits.max_attributes.min(MAX).min(self.attrs.capacity());
        let max_name = self.opts.limits.max_name_bytes;
        // The values of known attributes with their fields, in document order; the names
        // of unknown ones, to find one given twice (a known name given twice is its
        // field twice).
        // (Two arrays rather than one of pairs: less to clear per record, about 1,000
        // instructions fewer per parse of the 100 KB response, measured.)
        let mut keys = [0u8; MAX];
        let mut texts = [""; MAX];
        let mut unknown = [(0usize, 0usize); MAX];
        let (mut count, mut found, mut unknowns, mut prev) = (0, 0, 0, 0u8);
        let mut present = [0u64; 2];
        let mut in_order = true;
        let mut p = from;
        let after = loop {
            let ws = p;
            while b.get(p).is_some_and(|&c| scan::is_ws(c)) {
                p += 1;
            }
            match b.get(p) {
                Some(b'/') if b.get(p + 1) == Some(&b'>') => break p + 2,
                Some(_) if p > ws && count < max => {}
                _ => return Ok(None),
            }
            // The attribute that followed the previous one last time, matched by its name
            // and `=`; else the name read and looked up.
            let g = self.guesses.get(guess_slot(shape, Src::Attr, prev)).map_or(0, |&g| usize::from(g));
            let guessed = g.checked_sub(1).and_then(|k| Some((k as u8, shape.fields.get(k)?.xml.as_bytes())));
            let guessed = guessed.filter(|&(k, name)| {
                let e = p + name.len();
                shape.fields[usize::from(k)].attr
                    && name.len() <= max_name
                    && b.get(e) == Some(&b'=')
                    && scan::eq_bytes(&b[p..e], name)
            });
            let name_end = match guessed {
                Some((_, name)) => p + name.len(),
                None => match scan::ascii_qname(b, p) {
                    Some((end, 0)) => end,
                    _ => return Ok(None),
                },
            };
            let name = &b[p..name_end];
            if name.len() > max_name || name == b"xmlns" {
                return Ok(None);
            }
            count += 1;
            let q = match b.get(name_end..name_end + 2) {
                Some([b'=', q @ (b'"' | b'\'')]) => *q,
                _ => return Ok(None),
            };
            // One pass: the value ends at its quote with nothing in it to decode or check.
            let v_start = name_end + 2;
            let v_end = scan::plain_run_end(b, v_start, q);
            if b.get(v_end) != Some(&q) {
                return Ok(None);
            }
            let field = match guessed {
                Some((k, _)) => Some(k),
                None => self.guess_field(shape, Src::Attr, prev, &s[p..name_end]),
            };
            match field {
                Some(k) => {
                    let (w, bit) = (usize::from(k) / 64, 1u64 << (usize::from(k) % 64));
                    if present[w] & bit != 0 {
                        // Twice, or two names of one field: the general path's.
                        return Ok(None);
                    }
                    present[w] |= bit;
                    in_order &= found == 0 || keys[found - 1] < k;
                    prev = k.wrapping_add(1);
                    keys[found] = k;
                    texts[found] = &s[v_start..v_end];
                    found += 1;
                }
                None => {
                    if unknown[..unknowns].iter().any(|&(a, e)| scan::eq_bytes(&b[a..e], name)) {
                        return Ok(None);
                    }
                    unknown[unknowns] = (p, name_end);
                    unknowns += 1;
                }
            }
            p = v_end + 1;
        };
        // The general path stacks the values before it builds the record: if that needs a
        // new segment of the value stack, it is the general path's to allocate.
        if found > self.slots.spare() {
            return Ok(None);
        }
        // In schema order, as `build_record` places them: servers write them so.
        if !in_order {
            let mut pairs = [(0u8, ""); MAX];
            for (i, pair) in pairs.iter_mut().enumerate().take(found) {
                *pair = (keys[i], texts[i]);
            }
            pairs[..found].sort_unstable_by_key(|f| f.0);
            for (i, pair) in pairs.iter().enumerate().take(found) {
                (keys[i], texts[i]) = *pair;
            }
        }
        // A refused allocation is reported after the tag, as the general path's `close`
        // reports it.
        let Ok(values) = self.arena.try_alloc_slice_fill_iter(texts[..found].iter().map(|&t| Value::Text(t))) else {
            self.pos = after;
            return self.oom();
        };
        let Ok(data) = self.arena.try_alloc(RecordData { shape, present, values }) else {
            self.pos = after;
            return self.oom();
        };
        self.store(k, Value::Record(Record::new(data)), after)?;
        Ok(Some(after))
    }
}

/// Where the lane stands at `pos`, unless it is at a start tag: the element's own end tag,
/// `</` + `own_name` + `>`, is its [`Step::End`]; anything else (text, another end tag,
/// the end of the input) is the general path's.
#[inline(always)]
fn not_a_start_tag<'a>(b: &[u8], pos: usize, own_name: &[u8]) -> Option<Step<'a>> {
    if b.get(pos) != Some(&b'<') {
        return Some(Step::General);
    }
    if b.get(pos + 1) != Some(&b'/') {
        return None;
    }
    let end = pos + 2 + own_name.len();
    let own = b.get(end) == Some(&b'>') && scan::eq_bytes(&b[pos + 2..end], own_name);
    Some(if own { Step::End(end + 1) } else { Step::General })
}
