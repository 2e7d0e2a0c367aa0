//! Element content: character data and references, comments, CDATA sections and
//! processing instructions — everything between tags, and the text of leaves.

use memchr::memmem;

use super::lane::Lane;
use super::{Ctx, Frame, PResult, Parser};
use crate::error::{ErrorKind, Syntax};
use crate::scan::{self, is_ws, NameScan};
use crate::text::{parse_ref, Ref};

impl<'a, 's, 'o> Parser<'a, 's, 'o> {
    /// `content ::= CharData? ((element | Reference | CDSect | PI | Comment) CharData?)*`
    /// until the root element's end tag.
    pub(super) fn content(&mut self) -> PResult<()> {
        loop {
            if let (true, Some(&Frame { ctx: Ctx::Record(_) | Ctx::List(_), .. })) = (self.lane, self.frames.last()) {
                match self.record_lane()? {
                    Lane::General => {}
                    Lane::Root => return Ok(()),
                    Lane::Start { lt, name_end, colon } => {
                        // A start tag the lane does not take, its name read: as
                        // `start_tag` goes on after the name.
                        self.pending = None;
                        self.start_tag_after_name(lt, name_end, colon)?;
                        continue;
                    }
                }
            }
            self.char_data()?;
            if self.pos == self.jump_at {
                // An item handed out by an earlier run starts here (the pull reader).
                self.jump();
                continue;
            }
            let lt = self.pos;
            let Some(&next) = self.b.get(lt + 1) else {
                return self.eof("element");
            };
            match next {
                b'/' => {
                    self.end_tag()?;
                    if self.frames.is_empty() {
                        return Ok(());
                    }
                }
                b'!' => {
                    let rest = &self.b[lt..];
                    if rest.starts_with(b"<!--") {
                        self.comment()?;
                    } else if rest.starts_with(b"<![CDATA[") {
                        self.cdata()?;
                    } else if b"<![CDATA[".starts_with(rest) || b"<!--".starts_with(rest) {
                        return self.eof("markup declaration");
                    } else {
                        return self.syntax(Syntax::InvalidMarkupDeclaration, lt);
                    }
                }
                b'?' => self.pi()?,
                _ => self.start_tag()?,
            }
        }
    }

    /// Steps over a range an earlier streamed run handed out (see `StreamMode::jumps`): it
    /// starts at an item's `<`, so it is met where character data ends.
    #[cold]
    fn jump(&mut self) {
        if self.frames.len() == self.item_list_depth {
            if let Some(&(_, end)) = self.jumps.get(self.jump_index) {
                self.pos = end;
            }
        }
        self.jump_index += 1;
        self.jump_at = self.jumps.get(self.jump_index).map_or(usize::MAX, |j| j.0);
    }

    /// Character data up to the next `<` (left at `self.pos`), with references decoded.
    /// Kept only when the innermost element collects text; always checked.
    #[inline]
    pub(super) fn char_data(&mut self) -> PResult<()> {
        let b = self.b;
        let mut run = self.pos;
        let mut p = self.pos;
        // Most text between tags of a pretty-printed response is a line break and the
        // next line's indentation: a short loop reads it without a `memchr3` call or a
        // check for special bytes (none of these three is one).
        p = scan::skip_indentation(b, p);
        if b.get(p) == Some(&b'<') {
            if p > run && self.collects() && self.acc.push_str(&self.s[run..p], self.scratch).is_err() {
                return self.oom();
            }
            self.pos = p;
            return Ok(());
        }
        loop {
            // '<' ends the text, '&' starts a reference, '>' must be checked for a
            // preceding "]]" (not allowed in character data).
            let Some(i) = scan::find_text_stop(b, p) else {
                self.text_piece(run, b.len())?;
                self.pos = b.len();
                return self.eof("element");
            };
            let q = p + i;
            match b[q] {
                b'>' => {
                    if q >= run + 2 && b[q - 1] == b']' && b[q - 2] == b']' {
                        // The text before it first: a forbidden character there comes first.
                        self.text_piece(run, q - 2)?;
                        return self.syntax(Syntax::CdataEndInText, q - 2);
                    }
                    p = q + 1;
                }
                b'<' => {
                    self.text_piece(run, q)?;
                    self.pos = q;
                    return Ok(());
                }
                _ => {
                    self.text_piece(run, q)?;
                    let (r, end) = match parse_ref(b, q) {
                        Ok(x) => x,
                        Err(e) => return self.ref_error(e, q),
                    };
                    self.text_ref(r, q)?;
                    run = end;
                    p = end;
                }
            }
        }
    }

    #[inline]
    pub(super) fn collects(&self) -> bool {
        self.collecting == self.frames.len()
    }

    /// A decoded reference inside text.
    pub(super) fn text_ref(&mut self, r: Ref, at: usize) -> PResult<()> {
        let c = match r {
            Ref::Char(c) => c,
            Ref::Forbidden(code) => {
                self.forbidden(code, at)?;
                '\u{FFFD}'
            }
        };
        if self.collects() && self.acc.push_char(c, self.scratch).is_err() {
            return self.oom();
        }
        Ok(())
    }

    /// Literal character data `b[start..end]` (no `<` or `&` inside): kept if collected,
    /// with end-of-line handling and forbidden characters replaced.
    #[inline]
    pub(super) fn text_piece(&mut self, start: usize, end: usize) -> PResult<()> {
        if start == end {
            return Ok(());
        }
        if !scan::text_needs_slow_path(&self.b[start..end]) {
            // The fast path: the raw bytes are the text.
            if self.collects() && self.acc.push_str(&self.s[start..end], self.scratch).is_err() {
                return self.oom();
            }
            return Ok(());
        }
        self.text_piece_slow(start, end)
    }

    /// The slow path of [`text_piece`]: CR / CR LF become LF; C0 controls, U+FFFE and
    /// U+FFFF become U+FFFD with a diagnostic (or an error in strict mode).
    #[cold]
    pub(super) fn text_piece_slow(&mut self, start: usize, end: usize) -> PResult<()> {
        let b = self.b;
        let collect = self.collects();
        let mut run = start;
        let mut i = start;
        while i < end {
            let c = b[i];
            let (replacement, width) = if c == b'\r' {
                ('\n', if b.get(i + 1) == Some(&b'\n') && i + 1 < end { 2 } else { 1 })
            } else if c < 0x20 && c != b'\t' && c != b'\n' {
                self.forbidden(u32::from(c), i)?;
                ('\u{FFFD}', 1)
            } else if c == 0xEF && i + 2 < b.len() && b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF) {
                self.forbidden(if b[i + 2] == 0xBE { 0xFFFE } else { 0xFFFF }, i)?;
                ('\u{FFFD}', 3)
            } else {
                i += 1;
                continue;
            };
            if collect
                && (self.acc.push_str(&self.s[run..i], self.scratch).is_err()
                    // A decoded character always goes to the buffer (and so to the arena):
                    // every string of a view lies in the input or in the arena.
                    || self.acc.push_char(replacement, self.scratch).is_err())
            {
                return self.oom();
            }
            i += width;
            run = i;
        }
        if collect && self.acc.push_str(&self.s[run..end], self.scratch).is_err() {
            return self.oom();
        }
        Ok(())
    }

    /// Checks `b[start..end]` (comment or PI content) for forbidden characters only.
    pub(super) fn check_chars(&mut self, start: usize, end: usize) -> PResult<()> {
        if !scan::text_needs_slow_path(&self.b[start..end]) {
            return Ok(());
        }
        let saved = self.collecting;
        self.collecting = usize::MAX;
        let r = self.text_piece_slow(start, end);
        self.collecting = saved;
        r
    }

    /// `Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->'`
    pub(super) fn comment(&mut self) -> PResult<()> {
        let start = self.pos + 4;
        let Some(i) = memmem::find(&self.b[start..], b"--") else {
            return self.eof("comment");
        };
        let dd = start + i;
        match self.b.get(dd + 2) {
            Some(b'>') => {}
            Some(_) => return self.syntax(Syntax::DoubleHyphenInComment, dd),
            None => return self.eof("comment"),
        }
        self.check_chars(start, dd)?;
        self.pos = dd + 3;
        Ok(())
    }

    /// `CDSect ::= '<![CDATA[' (Char* - (Char* ']]>' Char*)) ']]>'`: its content is text, verbatim.
    pub(super) fn cdata(&mut self) -> PResult<()> {
        let start = self.pos + 9;
        let Some(i) = memmem::find(&self.b[start..], b"]]>") else {
            return self.eof("CDATA section");
        };
        let end = start + i;
        self.text_piece(start, end)?;
        self.pos = end + 3;
        Ok(())
    }

    /// `PI ::= '<?' PITarget (S (Char* - (Char* '?>' Char*)))? '?>'`; ignored.
    pub(super) fn pi(&mut self) -> PResult<()> {
        let lt = self.pos;
        let name_start = lt + 2;
        let name_end = match scan::scan_name(self.s, name_start) {
            NameScan::Name { end, .. } => end,
            NameScan::NotAName if name_start >= self.b.len() => return self.eof("processing instruction"),
            NameScan::NotAName => return self.syntax(Syntax::ExpectedName, name_start),
        };
        if name_end == self.b.len() {
            // The target may go on: only the rest of the input tells what it is.
            return self.eof("processing instruction");
        }
        let target = &self.s[name_start..name_end];
        if target.eq_ignore_ascii_case("xml") {
            return self.syntax(Syntax::ReservedPiTarget, lt);
        }
        if target.contains(':') {
            return self.err(ErrorKind::Namespace, name_start);
        }
        let Some(i) = memmem::find(&self.b[name_end..], b"?>") else {
            return self.eof("processing instruction");
        };
        let end = name_end + i;
        if end != name_end && !is_ws(self.b[name_end]) {
            return self.syntax(Syntax::InvalidName, name_end);
        }
        self.check_chars(name_end, end)?;
        self.pos = end + 2;
        Ok(())
    }
}
