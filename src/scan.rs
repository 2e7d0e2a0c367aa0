//! Byte-level classification: white space, XML names, and the search for the bytes
//! that force the slow text path.
//!
//! The parser's hot loops jump with `memchr` to the next byte that matters; this file
//! holds the small tables and checks they use between jumps.

/// `S ::= (#x20 | #x9 | #xD | #xA)+`
#[inline(always)]
pub(crate) fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// 16 bytes at a time, with SSE2 (every x86-64 CPU has it), through `safe_arch`'s safe
/// wrappers. Each scan below first runs a loop of these blocks while 16 bytes remain,
/// then its portable loop finishes the job: the blocks only move the start forward, so
/// where a scan stops does not depend on them (the unit tests and the `scan` fuzz target
/// check every scan against a byte-at-a-time one). Elsewhere, or built with
/// `RUSTFLAGS="--cfg ews_im_portable"` (as `.ci/run` tests it), the portable loops do
/// it all.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2", not(ews_im_portable)))]
mod wide {
    use safe_arch::{
        bitor_m128i, cmp_eq_mask_i8_m128i, load_unaligned_m128i, m128i, min_u8_m128i, move_mask_i8_m128i,
        set_splat_i8_m128i,
    };

    /// The 16 bytes at `p`, if there are so many.
    #[inline(always)]
    pub(super) fn block(b: &[u8], p: usize) -> Option<m128i> {
        b.get(p..p + 16).and_then(|w| <&[u8; 16]>::try_from(w).ok()).map(load_unaligned_m128i)
    }

    /// Two 8-byte words as one block, `lo` first.
    #[inline(always)]
    pub(super) fn words(lo: u64, hi: u64) -> m128i {
        m128i::from([lo, hi])
    }

    /// Lanes equal to `c`.
    #[inline(always)]
    pub(super) fn eq(v: m128i, c: u8) -> m128i {
        cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(c as i8))
    }

    /// Lanes below `n` (unsigned): `min(v, n - 1) == v`.
    #[inline(always)]
    pub(super) fn below(v: m128i, n: u8) -> m128i {
        cmp_eq_mask_i8_m128i(min_u8_m128i(v, set_splat_i8_m128i(n.wrapping_sub(1) as i8)), v)
    }

    /// Either.
    #[inline(always)]
    pub(super) fn or(a: m128i, b: m128i) -> m128i {
        bitor_m128i(a, b)
    }

    /// One bit per lane, lane 0 lowest.
    #[inline(always)]
    pub(super) fn bits(m: m128i) -> u32 {
        move_mask_i8_m128i(m) as u32
    }
}

/// Byte classes for names, as bits: [`NAME`] for an ASCII name character, [`START`] if it
/// may also start a name, [`COLON`] for `:`, [`NON_ASCII`] for bytes ≥ 0x80 (the caller
/// decodes the character and asks [`is_name_start_char`] / [`is_name_char`]).
static NAME_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b == b':' {
            NAME | START | COLON
        } else if b.is_ascii_alphabetic() || b == b'_' {
            NAME | START
        } else if b.is_ascii_digit() || b == b'-' || b == b'.' {
            NAME
        } else {
            0
        };
        i += 1;
    }
    t
};
const NAME: u8 = 1;
const START: u8 = 2;
const COLON: u8 = 4;
const NON_ASCII: u8 = 8;

/// XML 1.0 (Fifth Edition) `NameStartChar`.
pub(crate) fn is_name_start_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0 (Fifth Edition) `NameChar`.
pub(crate) fn is_name_char(c: char) -> bool {
    is_name_start_char(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// Outcome of scanning a name at `start`.
pub(crate) enum NameScan {
    /// The name is `start..end`; `end` may be the end of the input. `colon` is the index
    /// of its first `:` (0 if none: a name that starts with `:` is reported as `colons` > 1
    /// so that callers reject it), `colons` how many it has.
    Name { end: usize, colon: usize, colons: u32 },
    /// No name starts at `start` (the byte there is not a name start character).
    NotAName,
}

/// Scans `Name` starting at `start` in `s` (a `&str`, so every index we stop at is a
/// character boundary). Stops at the first character that cannot continue a name.
#[inline]
pub(crate) fn scan_name(s: &str, start: usize) -> NameScan {
    let b = s.as_bytes();
    let Some(&first) = b.get(start) else { return NameScan::NotAName };
    let cls = NAME_CLASS[first as usize];
    let mut i = start;
    if cls & START != 0 {
        i += 1;
    } else if cls & NON_ASCII != 0 {
        match s[start..].chars().next() {
            Some(ch) if is_name_start_char(ch) => i += ch.len_utf8(),
            _ => return NameScan::NotAName,
        }
    } else {
        return NameScan::NotAName;
    }
    // A leading colon is never part of a QName: report it as two.
    let (mut colon, mut colons) = (0usize, if cls & COLON != 0 { 2u32 } else { 0 });
    // Real names are ASCII letters, 2–40 of them: skip 8 letters at a time, then classify
    // the byte that stopped the run (usually the end of the name) with the table.
    while i < b.len() {
        if let Some(w) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            let run = letters_run(u64::from_le_bytes(w));
            i += run;
            if run == 8 {
                continue;
            }
        }
        let Some(&c) = b.get(i) else { break };
        let cls = NAME_CLASS[c as usize];
        if cls & NAME != 0 {
            if cls & COLON != 0 {
                if colons == 0 {
                    colon = i - start;
                }
                colons += 1;
            }
            i += 1;
        } else if cls & NON_ASCII != 0 {
            match s[i..].chars().next() {
                Some(ch) if is_name_char(ch) => i += ch.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    NameScan::Name { end: i, colon, colons }
}

/// The usual QName, read fast: ASCII letters, at most one colon with letters on both
/// sides, ended by white space, `>`, `/` or `=`. Returns its end and the colon's index
/// from `start` (0 if none); `None` for anything else (digits, `_`, `-`, `.`, non-ASCII,
/// a name running into the last 8 bytes), which [`scan_name`] then reads.
///
/// Why: every start tag and attribute starts with a name, and the general scanner's
/// per-byte classes and three-way result cost more than the rest of a short tag.
#[inline(always)]
pub(crate) fn ascii_qname(b: &[u8], start: usize) -> Option<(usize, usize)> {
    let mut i = start;
    let mut colon = 0;
    loop {
        let w = u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?);
        let run = letters_run(w);
        i += run;
        if run == 8 {
            continue;
        }
        // The byte that ended the run is inside the word just read.
        if b[i] == b':' && colon == 0 && i > start {
            colon = i - start;
            i += 1;
            continue;
        }
        break;
    }
    // Not empty, and a colon has letters after it too.
    let local_ok = i > start && (colon == 0 || i > start + colon + 1);
    (local_ok && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'>' | b'/' | b'=')).then_some((i, colon))
}

/// Offset (from `from`) of the next `<`, `&` or `>` in `b[from..]`.
///
/// `memchr3` (measured: an inline table loop over the first bytes costs more, even on
/// the short runs of indentation between tags).
#[inline]
pub(crate) fn find_text_stop(b: &[u8], from: usize) -> Option<usize> {
    memchr::memchr3(b'<', b'&', b'>', b.get(from..)?)
}

/// The first byte at or after `from` that plain leaf text cannot hold: `<`, `&`, `>`, a
/// control character (TAB and LF included) or 0xEF; `b.len()` if none.
///
/// Leaf texts are short (a name, a number, a date): a `memchr3` call costs more than the
/// text, and would still leave the bytes to be checked for the slow path. This answers
/// both questions at once (see [`plain_run_end`]).
#[inline]
pub(crate) fn plain_text_end(b: &[u8], from: usize) -> usize {
    plain_run_end(b, from, b'>')
}

/// The first byte at or after `from` that is `<`, `&`, `delim`, a control character
/// (TAB and LF included) or 0xEF; `b.len()` if none. With `delim` = `>`, the end of
/// plain leaf text ([`plain_text_end`]); with `delim` the quote, the end of an attribute
/// value that is its own text, if the byte found is the quote (anything else there means
/// a reference, a `<`, or a byte that attribute-value normalisation or the check for
/// forbidden characters must see: [`attr_needs_slow_path`]).
///
/// 16 bytes at a time where SSE2 is there, then 8 at a time: why the first flagged byte
/// of a word is exact: `(v - ONES) & !v & HIGH` sets the high bit of a zero byte of `v`,
/// and a borrow only ever runs upwards, so the lowest bit set is the first zero byte (bits
/// above it may be spurious, and are not looked at).
#[inline]
pub(crate) fn plain_run_end(b: &[u8], from: usize, delim: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    #[inline(always)]
    fn zero_bytes(v: u64) -> u64 {
        v.wrapping_sub(ONES) & !v & HIGH
    }
    let mut p = from;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2", not(ews_im_portable)))]
    while let Some(v) = wide::block(b, p) {
        let stops = wide::or(
            wide::or(wide::or(wide::eq(v, b'<'), wide::eq(v, b'&')), wide::or(wide::eq(v, delim), wide::eq(v, 0xEF))),
            wide::below(v, 0x20),
        );
        let stops = wide::bits(stops);
        if stops != 0 {
            return p + stops.trailing_zeros() as usize;
        }
        p += 16;
    }
    while let Some(w) = b.get(p..p + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let w = u64::from_le_bytes(w);
        let stops = zero_bytes(w ^ (b'<' as u64 * ONES))
            | zero_bytes(w ^ (b'&' as u64 * ONES))
            | zero_bytes(w ^ (delim as u64 * ONES))
            | zero_bytes(w ^ (0xEF * ONES))
            // A byte below 0x20 (with its high bit clear): `w - 0x20` borrows there.
            | (w.wrapping_sub(0x20 * ONES) & !w & HIGH);
        if stops != 0 {
            return p + (stops.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while let Some(&c) = b.get(p) {
        if c == b'<' || c == b'&' || c == delim || c == 0xEF || c < 0x20 {
            return p;
        }
        p += 1;
    }
    p
}

/// Whether `b` holds none of the bytes the writers look at twice: below 0x20, `&`, `<`,
/// `>`, `"`, `]`, 0xEF (see `write::escape::is_plain`). `None` where there are no SSE2
/// blocks (the caller folds over the bytes instead).
///
/// 16 bytes at a time, the last block overlapping the one before (a value is a slice of
/// its own: nothing past its end may be read); 8 to 15 bytes are two overlapping words.
#[inline]
pub(crate) fn writer_plain(b: &[u8]) -> Option<bool> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2", not(ews_im_portable)))]
    {
        #[inline(always)]
        fn special(v: safe_arch::m128i) -> bool {
            let m = wide::or(
                wide::or(
                    wide::or(wide::eq(v, b'&'), wide::eq(v, b'<')),
                    wide::or(wide::eq(v, b'>'), wide::eq(v, b'"')),
                ),
                wide::or(wide::or(wide::eq(v, b']'), wide::eq(v, 0xEF)), wide::below(v, 0x20)),
            );
            wide::bits(m) != 0
        }
        let n = b.len();
        if n >= 16 {
            let mut p = 0;
            while p + 16 < n {
                if wide::block(b, p).is_some_and(special) {
                    return Some(false);
                }
                p += 16;
            }
            return Some(!wide::block(b, n - 16).is_some_and(special));
        }
        if n >= 8 {
            let word = |at: usize| b.get(at..at + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes);
            let (Some(lo), Some(hi)) = (word(0), word(n - 8)) else { return None };
            return Some(!special(wide::words(lo, hi)));
        }
    }
    let _ = b;
    None
}

/// Whether two short byte strings are equal, without a call to `memcmp` for the usual
/// lengths (names are 2–40 bytes): two overlapping 8-byte words cover 8–16 bytes.
#[inline(always)]
pub(crate) fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| s.get(at..at + 8).and_then(|w| w.try_into().ok()).map(u64::from_ne_bytes);
    match n {
        0 => true,
        1..=7 => a.iter().zip(b).all(|(x, y)| x == y),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// How many of the 8 bytes of `w` (little-endian: byte 0 first) are ASCII letters before
/// the first one that is not: a SWAR range test, `(b | 0x20)` in `a..=z`, high bit clear.
#[inline(always)]
fn letters_run(w: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Folding case maps A–Z onto a–z and no other ASCII byte into a–z.
    let low7 = (w | (0x20 * ONES)) & (0x7F * ONES);
    let ge_a = low7 + (0x80 - 0x61) * ONES; // high bit set iff the byte is >= 'a'
    let gt_z = low7 + (0x80 - 0x7B) * ONES; // high bit set iff the byte is > 'z'
    let letters = ge_a & !gt_z & !w & HIGH;
    ((!letters & HIGH).trailing_zeros() / 8) as usize
}

/// Whether a byte is one of those that text and attribute values cannot take verbatim:
/// CR (end-of-line handling), C0 controls other than TAB and LF (forbidden in XML 1.0),
/// and 0xEF (the lead byte of U+FFFE and U+FFFF, also forbidden).
#[inline(always)]
fn is_special(b: u8) -> bool {
    (b < 0x20 && b != b'\t' && b != b'\n') || b == 0xEF
}

/// The end of the run of spaces, LFs and TABs at `from`: the line breaks and indentation
/// between the tags of a pretty-printed response (often half its bytes). None of the
/// three bytes needs the slow text path.
#[inline]
pub(crate) fn skip_indentation(b: &[u8], from: usize) -> usize {
    let mut p = from;
    // Indentation is usually one line break and then spaces: the line break first saves
    // a block that would stop at once.
    if b.get(p) == Some(&b'\n') {
        p += 1;
    }
    loop {
        p = skip_spaces(b, p);
        match b.get(p) {
            Some(b'\n' | b'\t') => p += 1,
            _ => return p,
        }
    }
}

/// The end of the run of spaces at `from`: 16 bytes at a time where SSE2 is there, then
/// a word at a time, then a byte.
#[inline(always)]
fn skip_spaces(b: &[u8], from: usize) -> usize {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    let mut p = from;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2", not(ews_im_portable)))]
    while let Some(v) = wide::block(b, p) {
        let other = !wide::bits(wide::eq(v, b' ')) & 0xFFFF;
        if other != 0 {
            return p + other.trailing_zeros() as usize;
        }
        p += 16;
    }
    while let Some(w) = b.get(p..p + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let d = u64::from_le_bytes(w) ^ SPACES;
        if d != 0 {
            // The lowest set bit is in the first byte that is not a space.
            return p + (d.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while b.get(p) == Some(&b' ') {
        p += 1;
    }
    p
}

/// Whether literal character data needs the slow text path ([`is_special`]: CR, a
/// forbidden control character, or a 0xEF byte that may start U+FFFE/U+FFFF). A
/// branch-free fold over the piece alone: markup and the white space between tags are
/// never looked at twice.
#[inline]
pub(crate) fn text_needs_slow_path(v: &[u8]) -> bool {
    v.iter().fold(0u8, |m, &c| m | is_special(c) as u8) != 0
}

/// Whether an attribute value needs the normalising slow path: it holds a reference,
/// a literal TAB/LF/CR (attribute-value normalisation), a forbidden control character,
/// or a 0xEF byte (perhaps U+FFFE/U+FFFF). A branch-free fold: ids are long.
#[inline]
pub(crate) fn attr_needs_slow_path(v: &[u8]) -> bool {
    v.iter().fold(0u8, |m, &c| m | ((c < 0x20) | (c == 0xEF) | (c == b'&')) as u8) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<usize> {
        match scan_name(s, 0) {
            NameScan::Name { end, .. } => Some(end),
            NameScan::NotAName => None,
        }
    }

    #[test]
    fn names() {
        assert_eq!(name("t:Persona>"), Some(9));
        assert_eq!(name("Persona/>"), Some(7));
        assert_eq!(name("a-b.c9 x"), Some(6));
        assert_eq!(name("9abc"), None);
        assert_eq!(name("-a"), None);
        assert_eq!(name("été>"), Some("été".len()));
        assert_eq!(name("a\u{FFFE}"), Some(1));
        assert_eq!(name("\u{B7}a"), None);
        assert_eq!(name("a\u{B7}"), Some(3));
        assert_eq!(name(""), None);
        assert!(matches!(scan_name("t:Persona>", 0), NameScan::Name { end: 9, colon: 1, colons: 1 }));
        assert!(matches!(scan_name("Persona>", 0), NameScan::Name { colons: 0, .. }));
        assert!(matches!(scan_name(":a>", 0), NameScan::Name { colons: 2, .. }));
        assert!(matches!(scan_name("a:b:c>", 0), NameScan::Name { colon: 1, colons: 2, .. }));
    }

    #[test]
    fn text_slow_path_matches_naive() {
        let mut doc = [b'a'; 200];
        for &(pos, byte) in &[(5usize, b'\r'), (40, 0x01), (77, 0xEF), (150, 0x1F)] {
            doc[pos] = byte;
        }
        let naive = |v: &[u8]| v.iter().any(|&c| is_special(c));
        for from in 0..doc.len() {
            for to in [from, from + 1, (from + 37).min(doc.len()), doc.len()] {
                assert_eq!(text_needs_slow_path(&doc[from..to]), naive(&doc[from..to]), "{from}..{to}");
            }
        }
        assert!(!text_needs_slow_path(b"\t\n Tony\n"));
        assert!(!is_special(b'\t') && !is_special(b'\n') && is_special(b'\r'));
    }

    #[test]
    fn indentation_is_skipped_whole() {
        let doc = b"\n            \n\t   \n                      <a>  x";
        assert_eq!(skip_indentation(doc, 0), doc.iter().position(|&c| c == b'<').unwrap());
        assert_eq!(skip_indentation(doc, doc.len() - 3), doc.len() - 1);
        assert_eq!(skip_indentation(b"", 0), 0);
        assert_eq!(skip_indentation(b"   \r\n", 0), 3);
    }

    #[test]
    fn text_stop_matches_memchr3() {
        let doc = b"   \n  Tony Smith</t:DisplayName> a]]b &amp; c";
        for from in 0..doc.len() {
            assert_eq!(find_text_stop(doc, from), memchr::memchr3(b'<', b'&', b'>', &doc[from..]), "{from}");
        }
        let long = [b"x".repeat(100), b"<".to_vec()].concat();
        assert_eq!(find_text_stop(&long, 0), Some(100));
        assert_eq!(find_text_stop(b"", 0), None);
        assert_eq!(find_text_stop(b"ab", 5), None);
    }

    #[test]
    fn plain_text_ends_where_a_naive_scan_does() {
        let naive = |b: &[u8], from: usize| {
            from + b[from..].iter().take_while(|&&c| !(matches!(c, b'<' | b'&' | b'>' | 0xEF) || c < 0x20)).count()
        };
        let doc = "Tony Smith</t:DisplayName>été 12345678&amp; x\ty\u{FFFE}\r\u{7F}\u{1F}>é".as_bytes();
        for from in 0..=doc.len() {
            assert_eq!(plain_text_end(doc, from), naive(doc, from), "{from}");
        }
        for c in 0..=255u8 {
            let mut w = *b"abcdefghijklmnop";
            w[11] = c;
            assert_eq!(plain_text_end(&w, 0), naive(&w, 0), "{c:#x}");
        }
        // Every byte at every place of a 40-byte run: the 16-byte blocks, the words and
        // the bytes of the tail all see it.
        for at in 0..40 {
            for c in 0..=255u8 {
                let mut w = [b'A'; 40];
                w[at] = c;
                assert_eq!(plain_text_end(&w, 0), naive(&w, 0), "{c:#x} at {at}");
                let stop = matches!(c, b'<' | b'&' | b'"' | 0xEF) || c < 0x20;
                assert_eq!(plain_run_end(&w, 0, b'"'), if stop { at } else { 40 }, "{c:#x} at {at}");
            }
        }
    }

    #[test]
    fn indentation_ends_where_a_naive_scan_does() {
        let naive = |b: &[u8]| b.iter().take_while(|c| matches!(c, b' ' | b'\n' | b'\t')).count();
        for at in 0..40 {
            for c in 0..=255u8 {
                let mut w = [b' '; 40];
                w[at] = c;
                assert_eq!(skip_indentation(&w, 0), naive(&w), "{c:#x} at {at}");
            }
        }
    }

    #[test]
    fn ascii_qnames() {
        let q = |s: &str| ascii_qname(format!("{s}        ").as_bytes(), 0);
        assert_eq!(q("t:Persona>"), Some((9, 1)));
        assert_eq!(q("DisplayNameFirstLast>"), Some((20, 0)));
        assert_eq!(q("Id=\"x\""), Some((2, 0)));
        assert_eq!(q("a/>"), Some((1, 0)));
        assert_eq!(q("Persona\n"), Some((7, 0)));
        // Left to the general scanner.
        for s in [":a>", "a:>", "a:b:c>", "a1>", "_a>", "a-b>", "été>", "a:1>", ">", "a\u{B7}>"] {
            assert_eq!(q(s), None, "{s}");
        }
        assert_eq!(ascii_qname(b"Persona", 0), None, "within 8 bytes of the end");
    }

    #[test]
    fn letter_runs_match_a_naive_count() {
        let samples: [&[u8; 8]; 8] = [
            b"Personas",
            b"Persona>",
            b"t:Person",
            b"Id=\"AAMk",
            b"a1bcdefg",
            b"@[`{AZaz",
            b"\xC3\xA9abcdef",
            b"zzzzzzz ",
        ];
        for w in samples {
            let naive = w.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            assert_eq!(letters_run(u64::from_le_bytes(*w)), naive, "{:?}", String::from_utf8_lossy(w));
        }
        for b in 0..=255u8 {
            let w = [b, b'a', b'a', b'a', b'a', b'a', b'a', b'a'];
            assert_eq!(letters_run(u64::from_le_bytes(w)) > 0, b.is_ascii_alphabetic(), "{b:#x}");
        }
    }

    #[test]
    fn short_equality() {
        let names =
            ["", "a", "Persona", "DisplayName", "t:DisplayNameFirstLast", "0123456789abcdef", "0123456789abcdeg"];
        for x in names {
            for y in names {
                assert_eq!(eq_bytes(x.as_bytes(), y.as_bytes()), x == y, "{x} {y}");
            }
        }
        assert!(!eq_bytes(b"PersonaX", b"PersonaY"));
        assert!(!eq_bytes(b"aPersonaXXXXXXXX", b"bPersonaXXXXXXXX"));
        // One byte different at every place, every length up to 40.
        for n in 0..=40 {
            let a: Vec<u8> = (0..n as u8).map(|i| b'A' + i).collect();
            for at in 0..n {
                let mut b = a.clone();
                b[at] ^= 0x20;
                assert!(!eq_bytes(&a, &b), "{n} {at}");
            }
            assert!(eq_bytes(&a, &a.clone()), "{n}");
        }
    }

    #[test]
    fn attr_slow_path() {
        assert!(!attr_needs_slow_path(b"AAMkADEz+/="));
        assert!(attr_needs_slow_path(b"a&amp;b"));
        assert!(attr_needs_slow_path(b"a\tb"));
        assert!(attr_needs_slow_path("\u{FFFE}".as_bytes()));
    }
}

/// The fast paths of this file next to naive versions, for the `scan` fuzz target (not
/// part of the API: hidden, and free to change).
#[doc(hidden)]
pub mod fuzzing {
    /// Checks every fast path on `data` against its naive version; panics on a difference.
    pub fn check(data: &[u8]) {
        for from in 0..=data.len().min(64) {
            let stop = data.get(from..).and_then(|r| r.iter().position(|c| matches!(c, b'<' | b'&' | b'>')));
            assert_eq!(super::find_text_stop(data, from), stop, "find_text_stop from {from}");
        }
        for from in 0..=data.len().min(64) {
            let naive = from + data[from..].iter().take_while(|c| matches!(c, b' ' | b'\n' | b'\t')).count();
            assert_eq!(super::skip_indentation(data, from), naive, "skip_indentation from {from}");
        }
        for from in 0..=data.len().min(64) {
            let naive = from
                + data[from..].iter().take_while(|&&c| !(matches!(c, b'<' | b'&' | b'>' | 0xEF) || c < 0x20)).count();
            assert_eq!(super::plain_text_end(data, from), naive, "plain_text_end from {from}");
            // The input's first byte as a third delimiter (any byte may be one); `"` for
            // an empty input, which has none.
            for q in [b'"', b'\'', data.first().copied().unwrap_or(b'"')] {
                let naive = from
                    + data[from..]
                        .iter()
                        .take_while(|&&c| !(matches!(c, b'<' | b'&' | 0xEF) || c == q || c < 0x20))
                        .count();
                assert_eq!(super::plain_run_end(data, from, q), naive, "plain_run_end from {from}, {q:#x}");
            }
        }
        if let Some(plain) = super::writer_plain(data) {
            let naive = !data.iter().any(|&c| c < 0x20 || matches!(c, b'&' | b'<' | b'>' | b'"' | b']' | 0xEF));
            assert_eq!(plain, naive, "writer_plain");
        }
        let special = data.iter().any(|&c| super::is_special(c));
        assert_eq!(super::text_needs_slow_path(data), special);
        let slow = data.iter().any(|&c| c < 0x20 || c == 0xEF || c == b'&');
        assert_eq!(super::attr_needs_slow_path(data), slow);
        if let Some(w) = data.get(..8) {
            let w: [u8; 8] = w.try_into().unwrap_or([0; 8]);
            let naive = w.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            assert_eq!(super::letters_run(u64::from_le_bytes(w)), naive);
        }
        let (a, b) = data.split_at(data.len() / 2);
        assert_eq!(super::eq_bytes(a, b), a == b);
        assert!(super::eq_bytes(a, a));
        if let Ok(s) = std::str::from_utf8(data) {
            // Names: the scanner against a char-by-char reading of the XML 1.0 productions.
            let naive = {
                let mut chars = s.char_indices();
                match chars.next() {
                    Some((_, c)) if super::is_name_start_char(c) => {
                        let end = chars.find(|&(_, c)| !super::is_name_char(c)).map_or(s.len(), |(i, _)| i);
                        let name = &s[..end];
                        Some((end, name.find(':').unwrap_or(0), name.matches(':').count() as u32))
                    }
                    _ => None,
                }
            };
            let fast = match super::scan_name(s, 0) {
                super::NameScan::Name { end, colon, colons } => Some((end, colon, colons)),
                super::NameScan::NotAName => None,
            };
            // A leading colon is reported as two colons (never a QName).
            let fast = fast.map(|(e, c, n)| if s.starts_with(':') { (e, 0, n.max(1)) } else { (e, c, n) });
            let naive = naive.map(|(e, c, n)| if s.starts_with(':') { (e, 0, n.max(1)) } else { (e, c, n) });
            assert_eq!(fast.map(|f| f.0), naive.map(|n| n.0), "name end of {s:?}");
            // The ASCII fast path, where it answers, answers as the general scanner does.
            if let Some((end, colon)) = super::ascii_qname(data, 0) {
                assert!(
                    matches!(fast, Some((e, c, 1)) if e == end && c == colon)
                        || matches!(fast, Some((e, 0, 0)) if e == end && colon == 0),
                    "ascii_qname of {s:?}"
                );
            }
            if !s.starts_with(':') {
                assert_eq!(fast, naive, "name of {s:?}");
            }
        }
    }
}
