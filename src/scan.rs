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

/// ASCII name classes: 0 = not a name character, 1 = name character that cannot start
/// a name (`-`, `.`, digits), 2 = name start character, 4 = `:` (a name start character
/// that QNames give a meaning). Bytes ≥ 0x80 are 3: the caller decodes the character and
/// asks [`is_name_start_char`] / [`is_name_char`].
static NAME_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            3
        } else if b == b':' {
            4
        } else if b.is_ascii_alphabetic() || b == b'_' {
            2
        } else if b.is_ascii_digit() || b == b'-' || b == b'.' {
            1
        } else {
            0
        };
        i += 1;
    }
    t
};

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
    let mut i = start;
    let (mut colon, mut colons) = (0usize, 0u32);
    match b.get(i) {
        None => return NameScan::NotAName,
        Some(&c) => match NAME_CLASS[c as usize] {
            2 => i += 1,
            4 => {
                // A leading colon: never a QName.
                colons = 2;
                i += 1;
            }
            3 => match s[i..].chars().next() {
                Some(ch) if is_name_start_char(ch) => i += ch.len_utf8(),
                _ => return NameScan::NotAName,
            },
            _ => return NameScan::NotAName,
        },
    }
    // Real names are ASCII and under 40 bytes: one table load per byte.
    while let Some(&c) = b.get(i) {
        match NAME_CLASS[c as usize] {
            1 | 2 => i += 1,
            4 => {
                if colons == 0 {
                    colon = i - start;
                }
                colons += 1;
                i += 1;
            }
            3 => match s[i..].chars().next() {
                Some(ch) if is_name_char(ch) => i += ch.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    NameScan::Name { end: i, colon, colons }
}

/// Whether a byte is one of those that text and attribute values cannot take verbatim:
/// CR (end-of-line handling), C0 controls other than TAB and LF (forbidden in XML 1.0),
/// and 0xEF (the lead byte of U+FFFE and U+FFFF, also forbidden).
#[inline(always)]
fn is_special(b: u8) -> bool {
    (b < 0x20 && b != b'\t' && b != b'\n') || b == 0xEF
}

/// Position of the first special byte (see [`is_special`]) at or after `from`, or
/// `b.len()`. Written as a branch-free fold over 32-byte blocks so that it vectorises:
/// well-formed EWS responses have no such byte, so this is one fast pass.
pub(crate) fn find_special(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i + 32 <= b.len() {
        let block = &b[i..i + 32];
        let hit = block.iter().fold(0u8, |m, &c| m | is_special(c) as u8);
        if hit != 0 {
            break;
        }
        i += 32;
    }
    while i < b.len() {
        if is_special(b[i]) {
            return i;
        }
        i += 1;
    }
    b.len()
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
    fn special_search_matches_naive() {
        let mut doc = vec![b'a'; 200];
        for &(pos, byte) in &[(5usize, b'\r'), (40, 0x01), (77, 0xEF), (150, 0x1F)] {
            doc[pos] = byte;
        }
        let naive = |from: usize| (from..doc.len()).find(|&i| is_special(doc[i])).unwrap_or(doc.len());
        for from in 0..=doc.len() {
            assert_eq!(find_special(&doc, from), naive(from), "from {from}");
        }
        assert!(!is_special(b'\t') && !is_special(b'\n') && is_special(b'\r'));
    }

    #[test]
    fn attr_slow_path() {
        assert!(!attr_needs_slow_path(b"AAMkADEz+/="));
        assert!(attr_needs_slow_path(b"a&amp;b"));
        assert!(attr_needs_slow_path(b"a\tb"));
        assert!(attr_needs_slow_path("\u{FFFE}".as_bytes()));
    }
}
