//! The XML 1.0 character check, escaping, and the small indenting element writer the
//! request bodies use. Nothing here allocates: values go to the writer slice by slice.

use std::io::{self, Write};

/// Whether no byte of `b` needs a second look by an escaper or the XML 1.0 character
/// check: none below 0x20, no `&`, `<`, `>`, `"`, `]`, no 0xEF (the lead byte of U+FFFE
/// and U+FFFF). Ids, names and addresses are long and almost never need either, so the
/// per-byte loops below then do not run. SSE2 blocks where there are ([`scan::writer_plain`]:
/// a fold's scalar tail cost more than the rest on short values), else a branch-free fold.
///
/// [`scan::writer_plain`]: crate::scan::writer_plain
#[inline]
pub(crate) fn is_plain(b: &[u8]) -> bool {
    if let Some(plain) = crate::scan::writer_plain(b) {
        return plain;
    }
    if b.len() < 8 {
        // `true`, `0`, `SMTP`: a table lookup per byte beats the fold's set-up.
        return !b.iter().any(|&c| SPECIAL[usize::from(c)]);
    }
    b.iter().fold(0u8, |m, &c| {
        m | ((c < 0x20) | (c == b'&') | (c == b'<') | (c == b'>') | (c == b'"') | (c == b']') | (c == 0xEF)) as u8
    }) == 0
}

/// Bytes that need a look: C0 controls, `&`, `<`, `>`, `"`, `]` and 0xEF (the lead byte of
/// U+FFFE / U+FFFF).
pub(crate) static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[b']' as usize] = true;
    t[0xEF] = true;
    t
};

/// The first character of `s` that XML 1.0 cannot carry, as (byte offset, code point).
///
/// XML 1.0 `Char` is `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
/// A `&str` holds no surrogates, so what is left to refuse is the C0 controls other than
/// TAB, LF and CR, and U+FFFE / U+FFFF (UTF-8 `EF BF BE` / `EF BF BF`).
pub(crate) fn forbidden_char(s: &str) -> Option<(usize, u32)> {
    let b = s.as_bytes();
    if is_plain(b) {
        return None;
    }
    for (i, &c) in b.iter().enumerate() {
        if c < 0x20 {
            if !matches!(c, b'\t' | b'\n' | b'\r') {
                return Some((i, u32::from(c)));
            }
        } else if c == 0xEF && b.get(i + 1) == Some(&0xBF) {
            match b.get(i + 2) {
                Some(0xBE) => return Some((i, 0xFFFE)),
                Some(0xBF) => return Some((i, 0xFFFF)),
                _ => {}
            }
        }
    }
    None
}

/// Writes `s` with the escapes it needs: `&`, `<`, `>` always; in attribute values also
/// `"` and the white space that attribute-value normalisation would turn into spaces
/// (TAB, LF, CR); in text, CR (which end-of-line handling would drop or turn into LF).
fn write_escaped<W: Write + ?Sized>(w: &mut W, s: &str, attribute: bool) -> io::Result<()> {
    let b = s.as_bytes();
    if is_plain(b) {
        return w.write_all(b);
    }
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        let escape: &[u8] = match c {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'\r' => b"&#13;",
            b'"' if attribute => b"&quot;",
            b'\t' if attribute => b"&#9;",
            b'\n' if attribute => b"&#10;",
            _ => continue,
        };
        // Every escaped byte is ASCII, so `from..i` never splits a character.
        w.write_all(&b[from..i])?;
        w.write_all(escape)?;
        from = i + 1;
    }
    w.write_all(&b[from..])
}

/// Writes an indented document: one element per line, two spaces per level.
pub struct Xml<'w, W: Write + ?Sized> {
    w: &'w mut W,
    depth: usize,
}

impl<'w, W: Write + ?Sized> Xml<'w, W> {
    /// A writer whose first element is at `depth`.
    pub(crate) fn new(w: &'w mut W, depth: usize) -> Self {
        Xml { w, depth }
    }

    /// Raw markup, written as is.
    pub(crate) fn raw(&mut self, s: &str) -> io::Result<()> {
        self.w.write_all(s.as_bytes())
    }

    fn line(&mut self) -> io::Result<()> {
        const SPACES: &[u8] = b"                                ";
        self.w.write_all(b"\n")?;
        let mut n = self.depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }

    /// `<name>` on a new line; the following elements are one level deeper.
    pub(crate) fn start(&mut self, name: &str) -> io::Result<()> {
        self.line()?;
        self.w.write_all(b"<")?;
        self.w.write_all(name.as_bytes())?;
        self.w.write_all(b">")?;
        self.depth += 1;
        Ok(())
    }

    /// `</name>` on a new line, one level up.
    pub(crate) fn end(&mut self, name: &str) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        self.line()?;
        self.w.write_all(b"</")?;
        self.w.write_all(name.as_bytes())?;
        self.w.write_all(b">")
    }

    /// `<name>text</name>` on a new line, the text escaped.
    pub(crate) fn text_element(&mut self, name: &str, text: &str) -> io::Result<()> {
        self.line()?;
        self.w.write_all(b"<")?;
        self.w.write_all(name.as_bytes())?;
        self.w.write_all(b">")?;
        write_escaped(self.w, text, false)?;
        self.w.write_all(b"</")?;
        self.w.write_all(name.as_bytes())?;
        self.w.write_all(b">")
    }

    /// `<name` on a new line: attributes follow, then [`Xml::close_empty`].
    pub(crate) fn open_empty(&mut self, name: &str) -> io::Result<()> {
        self.line()?;
        self.w.write_all(b"<")?;
        self.w.write_all(name.as_bytes())?;
        Ok(())
    }

    /// ` name="value"`, the value escaped.
    pub(crate) fn attr(&mut self, name: &str, value: &str) -> io::Result<()> {
        self.w.write_all(b" ")?;
        self.w.write_all(name.as_bytes())?;
        self.w.write_all(b"=\"")?;
        write_escaped(self.w, value, true)?;
        self.w.write_all(b"\"")
    }

    /// ` name="value"` for a value formatted by `Display` (numbers; nothing to escape).
    pub(crate) fn attr_fmt(&mut self, name: &str, value: std::fmt::Arguments<'_>) -> io::Result<()> {
        self.w.write_all(b" ")?;
        self.w.write_all(name.as_bytes())?;
        self.w.write_all(b"=\"")?;
        self.w.write_fmt(value)?;
        self.w.write_all(b"\"")
    }

    /// `/>`: ends the element opened by [`Xml::open_empty`].
    pub(crate) fn close_empty(&mut self) -> io::Result<()> {
        self.w.write_all(b"/>")
    }

    /// `<name/>` on a new line.
    pub(crate) fn empty(&mut self, name: &str) -> io::Result<()> {
        self.open_empty(name)?;
        self.close_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str, attribute: bool) -> String {
        let mut v = Vec::new();
        write_escaped(&mut v, s, attribute).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn text_escapes() {
        assert_eq!(escaped("a<b>&c\"d'e]]>\r\n\t", false), "a&lt;b&gt;&amp;c\"d'e]]&gt;&#13;\n\t");
    }

    #[test]
    fn attribute_escapes() {
        assert_eq!(escaped("a<b>&c\"d'e\r\n\t", true), "a&lt;b&gt;&amp;c&quot;d'e&#13;&#10;&#9;");
    }

    #[test]
    fn non_ascii_passes_through() {
        assert_eq!(escaped("é😀&", false), "é😀&amp;");
    }

    #[test]
    fn plain_is_the_set_the_slow_loops_look_at() {
        for c in 0..=255u8 {
            let special = c < 0x20 || matches!(c, b'&' | b'<' | b'>' | b'"' | b']' | 0xEF);
            assert_eq!(is_plain(&[b'a'; 40].iter().chain([c].iter()).copied().collect::<Vec<_>>()), !special, "{c:#x}");
        }
        assert!(is_plain(b"AAMkADEzOTExYjJkLTYyN2QtNDNmZC1hMTNjLWM3MmI0OWFlYzk=") && is_plain(b""));
        // Every length to 40 (the short loop, two words, blocks and the overlapping last
        // block), a special byte or none at every place.
        for n in 0..=40 {
            let plain = vec![b'a'; n];
            assert!(is_plain(&plain), "{n}");
            for at in 0..n {
                for c in [0x00, 0x1F, b'&', b'<', b'>', b'"', b']', 0xEF] {
                    let mut v = plain.clone();
                    v[at] = c;
                    assert!(!is_plain(&v), "{n} {at} {c:#x}");
                }
            }
        }
    }

    #[test]
    fn forbidden_chars() {
        assert_eq!(forbidden_char("ok\t\r\n é 😀 \u{FFFD}"), None);
        assert_eq!(forbidden_char("a\u{0}"), Some((1, 0)));
        assert_eq!(forbidden_char("ab\u{1F}"), Some((2, 0x1F)));
        assert_eq!(forbidden_char("\u{B}"), Some((0, 0xB)));
        assert_eq!(forbidden_char("é\u{FFFE}"), Some((2, 0xFFFE)));
        assert_eq!(forbidden_char("\u{FFFF}"), Some((0, 0xFFFF)));
        // U+FFFD (EF BF BD) and U+F000 (EF 80 80) are fine; so are DEL and C1 controls.
        assert_eq!(forbidden_char("\u{FFFD}\u{F000}\u{7F}\u{85}"), None);
    }
}
