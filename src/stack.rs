//! A stack in fixed-size segments, for the parser's pending values.
//!
//! Why not a `Vec`: in an arena a growing `Vec` leaves each outgrown buffer behind, and a
//! new chunk must hold the whole doubled buffer; a `MessageXml` of a million `<a/>` would
//! need several times its live size. Segments never move: growing adds one, shrinking
//! keeps them for reuse, so the stack costs its high-water mark and no more.

use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;

/// Items per segment (a segment of 32-byte slots is 32 KiB).
const SEGMENT: usize = 1024;

pub(crate) struct SegmentedStack<'s, T: Copy> {
    /// Arrays, not slices: an index `% SEGMENT` into one needs no bounds check.
    segments: BVec<'s, &'s mut [T; SEGMENT]>,
    len: usize,
    fill: T,
}

impl<'s, T: Copy> SegmentedStack<'s, T> {
    /// An empty stack; `fill` initialises new segments.
    pub(crate) fn new(scratch: &'s Bump, fill: T) -> Self {
        SegmentedStack { segments: BVec::new_in(scratch), len: 0, fill }
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Pushes `item`; `Err` if the arena refused a new segment.
    #[inline(always)]
    pub(crate) fn push(&mut self, item: T) -> Result<(), ()> {
        let (seg, i) = (self.len / SEGMENT, self.len % SEGMENT);
        match self.segments.get_mut(seg) {
            Some(segment) => segment[i] = item,
            None => self.grow(item)?,
        }
        self.len += 1;
        Ok(())
    }

    /// Adds a segment, with `item` first in it.
    #[cold]
    #[inline(never)]
    fn grow(&mut self, item: T) -> Result<(), ()> {
        self.segments.try_reserve(1).map_err(|_| ())?;
        let bump = self.segments.bump();
        let seg = bump.try_alloc_slice_fill_copy(SEGMENT, self.fill).map_err(|_| ())?;
        let seg: &mut [T; SEGMENT] = seg.try_into().map_err(|_| ())?;
        seg[0] = item;
        self.segments.push(seg);
        Ok(())
    }

    /// How many more items fit in the segments there are, without a new one.
    #[inline]
    pub(crate) fn spare(&self) -> usize {
        self.segments.len() * SEGMENT - self.len
    }

    /// Drops the items from `len` on (segments are kept for reuse).
    #[inline]
    pub(crate) fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    /// The items from `start` to the top as one slice, when they lie in one segment (the
    /// usual case: a record's fields are a few dozen values).
    #[inline]
    pub(crate) fn slice_from(&self, start: usize) -> Option<&[T]> {
        if start >= self.len {
            return Some(&[]);
        }
        let seg = start / SEGMENT;
        if (self.len - 1) / SEGMENT != seg {
            return None;
        }
        self.segments.get(seg)?.get(start % SEGMENT..(self.len - 1) % SEGMENT + 1)
    }

    /// The items from `start` to the top, in order.
    pub(crate) fn iter_from(&self, start: usize) -> impl ExactSizeIterator<Item = T> + '_ {
        (start.min(self.len)..self.len).map(move |k| self.segments[k / SEGMENT][k % SEGMENT])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushes_truncates_and_reuses_segments() {
        let bump = Bump::new();
        let mut s = SegmentedStack::new(&bump, 0u32);
        for i in 0..5000 {
            s.push(i).unwrap();
        }
        assert_eq!(s.len(), 5000);
        assert_eq!(s.iter_from(4998).collect::<Vec<_>>(), vec![4998, 4999]);
        assert_eq!(s.iter_from(1020).take(8).collect::<Vec<_>>(), (1020..1028).collect::<Vec<_>>());
        let used = bump.allocated_bytes();
        s.truncate(10);
        for i in 0..4000 {
            s.push(i).unwrap();
        }
        assert_eq!(bump.allocated_bytes(), used, "segments are reused");
        assert_eq!(s.iter_from(10).len(), 4000);
        assert_eq!(s.iter_from(9000).len(), 0);
        assert_eq!(s.slice_from(4000), Some(&[3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999][..]));
        assert_eq!(s.slice_from(4010), Some(&[][..]));
        assert_eq!(s.slice_from(3072), Some(&(3062..4000).collect::<Vec<_>>()[..]));
        assert_eq!(s.slice_from(3071), None, "spans two segments");
        assert_eq!(s.slice_from(10).map(<[u32]>::len), None);
    }
}
