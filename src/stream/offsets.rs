//! Positions in a buffer that has had ranges cut out, back in the document.
//!
//! The push parser drops each item it has handed out (and the white space before it)
//! from its buffer, so a byte offset in the buffer is not the document's. Each cut is
//! recorded once — where it was, and the bytes, line breaks and column it removed — and
//! cuts that touch are merged, so a list of ten thousand personas is one entry.

/// One cut, with the totals of it and every cut before it.
#[derive(Clone, Copy, Debug)]
struct Cut {
    /// Buffer offset where the removed bytes were (the first byte after them is here now).
    at: usize,
    /// Bytes removed by this cut and all before it.
    removed: u64,
    /// Line feeds removed by this cut and all before it.
    newlines: u64,
    /// Column (1-based, in characters) of the document byte just after the cut.
    column_after: u64,
}

/// The cuts made in a buffer, in order.
#[derive(Debug, Default)]
pub(crate) struct OffsetMap {
    cuts: Vec<Cut>,
}

/// Characters in `b` (UTF-8): the bytes that are not continuation bytes.
fn chars(b: &[u8]) -> u64 {
    b.iter().filter(|&&c| (c & 0xC0) != 0x80).count() as u64
}

impl OffsetMap {
    /// How many cuts are recorded (each costs a few words of memory).
    pub(crate) fn len(&self) -> usize {
        self.cuts.len()
    }

    /// The last cut at or before buffer offset `o`.
    fn last_at(&self, o: usize) -> Option<&Cut> {
        let n = self.cuts.partition_point(|c| c.at <= o);
        n.checked_sub(1).map(|i| &self.cuts[i])
    }

    /// The document offset of buffer offset `o`.
    pub(crate) fn offset(&self, o: usize) -> u64 {
        o as u64 + self.last_at(o).map_or(0, |c| c.removed)
    }

    /// Line and column (1-based; the column in characters) in the document of buffer
    /// offset `o`. Only on the error path and for cuts: it counts from the buffer start.
    pub(crate) fn line_col(&self, buf: &[u8], o: usize) -> (u64, u64) {
        let before = &buf[..o.min(buf.len())];
        let cut = self.last_at(o);
        let line = 1 + memchr::memchr_iter(b'\n', before).count() as u64 + cut.map_or(0, |c| c.newlines);
        let last_nl = memchr::memrchr(b'\n', before);
        let column = match cut {
            Some(c) if last_nl.is_none_or(|p| p < c.at) => c.column_after + chars(&before[c.at.min(before.len())..]),
            _ => 1 + chars(&before[last_nl.map_or(0, |p| p + 1)..]),
        };
        (line, column)
    }

    /// Line and column as an [`Error`](crate::Error) holds them.
    pub(crate) fn line_col_u32(&self, buf: &[u8], o: usize) -> (u32, u32) {
        let (l, c) = self.line_col(buf, o);
        (u32::try_from(l).unwrap_or(u32::MAX), u32::try_from(c).unwrap_or(u32::MAX))
    }

    /// Removes `ranges` (sorted, disjoint, in current buffer offsets, none before the
    /// last cut) from `buf` and records them. One pass over the bytes after the first cut.
    pub(crate) fn cut(&mut self, buf: &mut Vec<u8>, ranges: &[(usize, usize)]) {
        if ranges.is_empty() {
            return;
        }
        // First what each cut removes, measured in the buffer as it is. The column after
        // each cut is carried forward from the last cut (or the buffer start), so that
        // measuring costs one pass, not one pass per cut.
        let (mut pos, mut column) = self.cuts.last().map_or((0, 1), |c| (c.at, c.column_after));
        let mut planned = Vec::with_capacity(ranges.len());
        for &(a, e) in ranges {
            let newlines = memchr::memchr_iter(b'\n', &buf[a..e]).count() as u64;
            let seg = &buf[pos.min(e)..e];
            column = match memchr::memrchr(b'\n', seg) {
                Some(nl) => 1 + chars(&seg[nl + 1..]),
                None => column + chars(seg),
            };
            pos = e;
            planned.push((a, e, newlines, column));
        }
        // Then the bytes, and the records in the new offsets.
        let mut write = ranges[0].0;
        let mut shift = 0usize;
        for (k, &(a, e, newlines, column_after)) in planned.iter().enumerate() {
            let keep_end = planned.get(k + 1).map_or(buf.len(), |n| n.0);
            let at = a - shift;
            let (removed, lines) = self.cuts.last().map_or((0, 0), |c| (c.removed, c.newlines));
            let cut = Cut { at, removed: removed + (e - a) as u64, newlines: lines + newlines, column_after };
            match self.cuts.last_mut() {
                Some(last) if last.at == at => *last = cut,
                _ => self.cuts.push(cut),
            }
            buf.copy_within(e..keep_end, write);
            write += keep_end - e;
            shift += e - a;
        }
        buf.truncate(write);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map agrees with counting in the original document, for every offset.
    #[test]
    fn offsets_and_positions_survive_cuts() {
        let doc = "<a>\n  <b>x\n</b>\n  <b>é</b><c/>\n  <b>y</b>\n</a>\n".as_bytes().to_vec();
        // Each `<b>` element with the white space before it, as the push parser cuts them.
        let cuts_doc = [(3usize, 15usize), (15, 27), (31, 42)];
        let mut buf = doc.clone();
        let mut map = OffsetMap::default();
        // Cut in two calls, as the parser does, the second in the new offsets.
        map.cut(&mut buf, &cuts_doc[..2]);
        let removed_first = cuts_doc[1].1 - cuts_doc[0].0;
        map.cut(&mut buf, &[(cuts_doc[2].0 - removed_first, cuts_doc[2].1 - removed_first)]);
        assert_eq!(map.len(), 2, "touching cuts are merged");
        let kept: Vec<usize> = (0..=doc.len()).filter(|&i| !cuts_doc.iter().any(|&(a, e)| i >= a && i < e)).collect();
        assert_eq!(kept.len(), buf.len() + 1);
        for (o, &d) in kept.iter().enumerate() {
            assert_eq!(map.offset(o), d as u64, "offset of buffer byte {o}");
            let (l, c) = crate::error::line_col(&doc, d);
            assert_eq!(map.line_col(&buf, o), (u64::from(l), u64::from(c)), "line/column of buffer byte {o}");
        }
    }
}
