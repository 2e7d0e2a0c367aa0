//! Text decoding: character and entity references, and the accumulator that keeps a
//! value borrowed from the input until a second piece forces a copy into the arena.

use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;

/// What a reference stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ref {
    /// A character XML 1.0 allows.
    Char(char),
    /// A character XML 1.0 forbids but servers send (`&#x0;`, `&#x14;`, `&#xFFFE;`…);
    /// it is replaced by U+FFFD in lenient mode.
    Forbidden(u32),
}

/// Why a reference at some `&` is not acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefError {
    /// The input ended inside it.
    Eof,
    /// `&name;` with a name other than the five predefined entities.
    UndefinedEntity,
    /// A malformed character reference, or one to a surrogate / above U+10FFFF; also
    /// `&` followed by something that is no reference at all.
    Invalid,
}

/// Whether XML 1.0's `Char` production allows `c` (references to surrogates are caught
/// before this; `char` cannot hold one).
#[inline]
pub(crate) fn is_xml_char(c: u32) -> bool {
    matches!(c, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// Parses the reference whose `&` is at `b[at]`; returns what it stands for and the
/// index just past its `;`.
///
/// `'&' Name ';'` for the five predefined entities, `'&#' [0-9]+ ';'` and
/// `'&#x' [0-9a-fA-F]+ ';'` (a capital `X` is not XML).
pub(crate) fn parse_ref(b: &[u8], at: usize) -> Result<(Ref, usize), RefError> {
    let mut i = at + 1;
    if b.get(i) == Some(&b'#') {
        i += 1;
        let hex = b.get(i) == Some(&b'x');
        if hex {
            i += 1;
        }
        let digits_start = i;
        let mut value: u32 = 0;
        let mut overflow = false;
        loop {
            let Some(&c) = b.get(i) else {
                return Err(RefError::Eof);
            };
            let d = match c {
                b'0'..=b'9' => u32::from(c - b'0'),
                b'a'..=b'f' if hex => u32::from(c - b'a' + 10),
                b'A'..=b'F' if hex => u32::from(c - b'A' + 10),
                b';' => break,
                _ => return Err(RefError::Invalid),
            };
            // Checked arithmetic: `&#99999999999999999999;` must not wrap into a valid value.
            match value.checked_mul(if hex { 16 } else { 10 }).and_then(|v| v.checked_add(d)) {
                Some(v) if v <= 0x10FFFF => value = v,
                _ => overflow = true,
            }
            i += 1;
        }
        if i == digits_start || overflow || (0xD800..=0xDFFF).contains(&value) {
            return Err(RefError::Invalid);
        }
        let r = match char::from_u32(value) {
            Some(c) if is_xml_char(value) => Ref::Char(c),
            _ => Ref::Forbidden(value),
        };
        return Ok((r, i + 1));
    }
    // Predefined entities: the name runs to ';'. Real names are 2–4 letters.
    let name_start = i;
    while let Some(&c) = b.get(i) {
        if c == b';' {
            let r = match &b[name_start..i] {
                b"lt" => '<',
                b"gt" => '>',
                b"amp" => '&',
                b"apos" => '\'',
                b"quot" => '"',
                name => return Err(if is_entity_name(name) { RefError::UndefinedEntity } else { RefError::Invalid }),
            };
            return Ok((Ref::Char(r), i + 1));
        }
        if c == b'<' || c == b'&' || c == b'"' || c == b'\'' || crate::scan::is_ws(c) || c == b'>' {
            return Err(if i == name_start { RefError::Invalid } else { RefError::UndefinedEntity });
        }
        i += 1;
    }
    Err(RefError::Eof)
}

fn is_entity_name(name: &[u8]) -> bool {
    match std::str::from_utf8(name) {
        Ok(s) => {
            matches!(crate::scan::scan_name(s, 0), crate::scan::NameScan::Name { end, .. } if end == s.len())
        }
        Err(_) => false,
    }
}

/// The text of one element, gathered piece by piece.
///
/// The first piece is kept as a borrowed slice of the input; only a second non-empty
/// piece (text after a reference, a CDATA section, a comment…) or a decoded character
/// starts a buffer, in the parser's scratch arena. [`finish`](Self::finish) then copies
/// the finished text into the caller's arena in one exact allocation, so the caller's
/// arena holds no half-grown buffers. Most EWS leaves are one plain piece and never copy.
pub(crate) enum TextAcc<'a, 's> {
    Borrowed(&'a str),
    Owned(BVec<'s, u8>),
}

impl<'a, 's> TextAcc<'a, 's> {
    pub(crate) fn new() -> Self {
        TextAcc::Borrowed("")
    }

    /// Appends a piece of text. `Err` if the scratch arena refused memory.
    #[inline]
    pub(crate) fn push_str(&mut self, piece: &'a str, scratch: &'s Bump) -> Result<(), ()> {
        match self {
            TextAcc::Borrowed(prev) if prev.is_empty() => {
                *prev = piece;
                Ok(())
            }
            _ if piece.is_empty() => Ok(()),
            _ => self.push_bytes(piece.as_bytes(), scratch),
        }
    }

    /// Appends one decoded character.
    pub(crate) fn push_char(&mut self, c: char, scratch: &'s Bump) -> Result<(), ()> {
        let mut buf = [0u8; 4];
        self.push_bytes(c.encode_utf8(&mut buf).as_bytes(), scratch)
    }

    fn push_bytes(&mut self, bytes: &[u8], scratch: &'s Bump) -> Result<(), ()> {
        if let TextAcc::Borrowed(prev) = *self {
            let mut v = BVec::new_in(scratch);
            v.try_reserve(prev.len() + bytes.len() + 16).map_err(|_| ())?;
            v.extend_from_slice(prev.as_bytes());
            *self = TextAcc::Owned(v);
        }
        match self {
            TextAcc::Owned(v) => {
                v.try_reserve(bytes.len()).map_err(|_| ())?;
                v.extend_from_slice(bytes);
                Ok(())
            }
            TextAcc::Borrowed(_) => Err(()),
        }
    }

    /// The finished text: borrowed from the input, or copied into `arena`.
    #[inline]
    pub(crate) fn finish(self, arena: &'a Bump) -> Result<&'a str, ()> {
        match self {
            TextAcc::Borrowed(s) => Ok(s),
            TextAcc::Owned(v) => {
                // Only whole UTF-8 sequences were pushed, so this cannot fail.
                let s = std::str::from_utf8(&v).map_err(|_| ())?;
                arena.try_alloc_str(s).map(|s| &*s).map_err(|_| ())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Result<(Ref, usize), RefError> {
        parse_ref(s.as_bytes(), 0)
    }

    #[test]
    fn predefined_entities() {
        assert_eq!(r("&amp;x"), Ok((Ref::Char('&'), 5)));
        assert_eq!(r("&lt;"), Ok((Ref::Char('<'), 4)));
        assert_eq!(r("&gt;"), Ok((Ref::Char('>'), 4)));
        assert_eq!(r("&apos;"), Ok((Ref::Char('\''), 6)));
        assert_eq!(r("&quot;"), Ok((Ref::Char('"'), 6)));
        assert_eq!(r("&nbsp;"), Err(RefError::UndefinedEntity));
        assert_eq!(r("&amp"), Err(RefError::Eof));
        assert_eq!(r("&amp <"), Err(RefError::UndefinedEntity));
        assert_eq!(r("&;"), Err(RefError::Invalid));
        assert_eq!(r("& "), Err(RefError::Invalid));
        assert_eq!(r("&"), Err(RefError::Eof));
    }

    #[test]
    fn character_references() {
        assert_eq!(r("&#x2B;"), Ok((Ref::Char('+'), 6)));
        assert_eq!(r("&#43;"), Ok((Ref::Char('+'), 5)));
        assert_eq!(r("&#xD;"), Ok((Ref::Char('\r'), 5)));
        assert_eq!(r("&#x1F389;"), Ok((Ref::Char('\u{1F389}'), 9)));
        assert_eq!(r("&#x0;"), Ok((Ref::Forbidden(0), 5)));
        assert_eq!(r("&#25;"), Ok((Ref::Forbidden(0x19), 5)));
        assert_eq!(r("&#xB;"), Ok((Ref::Forbidden(0xB), 5)));
        assert_eq!(r("&#xFFFE;"), Ok((Ref::Forbidden(0xFFFE), 8)));
        assert_eq!(r("&#X19;"), Err(RefError::Invalid));
        assert_eq!(r("&#;"), Err(RefError::Invalid));
        assert_eq!(r("&#x;"), Err(RefError::Invalid));
        assert_eq!(r("&#55356;"), Err(RefError::Invalid));
        assert_eq!(r("&#xD800;"), Err(RefError::Invalid));
        assert_eq!(r("&#x110000;"), Err(RefError::Invalid));
        assert_eq!(r("&#99999999999999999999;"), Err(RefError::Invalid));
        assert_eq!(r("&#12"), Err(RefError::Eof));
        assert_eq!(r("&#1a;"), Err(RefError::Invalid));
    }

    #[test]
    fn accumulator_borrows_one_piece_and_copies_two() {
        let arena = Bump::new();
        let input = String::from("Tony Smith");
        let mut a = TextAcc::new();
        a.push_str(&input, &arena).unwrap();
        a.push_str("", &arena).unwrap();
        let out = a.finish(&arena).unwrap();
        assert_eq!(out, "Tony Smith");
        assert!(std::ptr::eq(out.as_ptr(), input.as_ptr()), "one piece stays borrowed");

        let mut a = TextAcc::new();
        a.push_str("A ", &arena).unwrap();
        a.push_char('&', &arena).unwrap();
        a.push_str(" B", &arena).unwrap();
        assert_eq!(a.finish(&arena).unwrap(), "A & B");
    }
}
