//! Tags: start tags with their attributes and namespace declarations, end tags. Within
//! one start tag the problem at the lowest offset is reported.

use memchr::memchr3;

use super::{Attr, PResult, Parser};
use crate::error::{ErrorKind, Limit, Syntax};
use crate::ns::{Binding, Ns, XMLNS_NS, XML_NS};
use crate::scan::{self, is_ws, NameScan};
use crate::text::{parse_ref, Ref, RefError, TextAcc};

impl<'a, 's, 'o> Parser<'a, 's, 'o> {
    /// Scans a QName at `start`: returns its end and the colon's index (0 if none).
    ///
    /// A name over the length limit, or with misplaced colons, does not stop the tag: the
    /// problem is kept as pending (see [`Self::soft`]) and the scan goes on.
    #[inline(always)]
    pub(super) fn qname(&mut self, start: usize) -> PResult<(usize, usize)> {
        match scan::ascii_qname(self.b, start) {
            Some((end, colon)) if end - start <= self.opts.limits.max_name_bytes => Ok((end, colon)),
            _ => self.qname_general(start),
        }
    }

    /// [`Self::qname`] for every name the ASCII fast path does not take.
    #[inline(never)]
    fn qname_general(&mut self, start: usize) -> PResult<(usize, usize)> {
        let (end, colon, colons) = match scan::scan_name(self.s, start) {
            NameScan::Name { end, colon, colons } => (end, colon, colons),
            NameScan::NotAName if start >= self.b.len() => return self.eof("tag"),
            NameScan::NotAName => return self.hard(ErrorKind::Syntax(Syntax::ExpectedName), start),
        };
        let max = self.opts.limits.max_name_bytes;
        if end - start > max {
            self.soft(ErrorKind::LimitExceeded { limit: Limit::NameBytes, max: max as u64 }, start + max);
        }
        if end == self.b.len() {
            return self.eof("tag");
        }
        if colons != 0 {
            // Namespaces in XML: at most one colon, not first, not last, and the local part
            // starts like a name (`m:1X` is no QName).
            let local_start = start + colon + 1;
            let ok = colons == 1
                && local_start < end
                && self.s[local_start..].chars().next().is_some_and(scan::is_name_start_char);
            if !ok {
                self.soft(ErrorKind::Namespace, start);
            }
        }
        Ok((end, colon))
    }

    /// Records a problem in the current start tag that does not stop reading it (limits,
    /// duplicate attributes, namespace rules); the lowest offset is kept. Why not stop at
    /// once: namespace declarations may follow the attributes that use them, so a prefix
    /// problem earlier in the tag is only known at its end, and the contract reports the
    /// problem at the lowest offset.
    #[cold]
    pub(super) fn soft(&mut self, kind: ErrorKind, offset: usize) {
        if self.pending.as_ref().is_none_or(|p| offset < p.offset) {
            if let Err(stop) = self.err::<()>(kind, offset) {
                self.pending = Some(stop);
            }
        }
    }

    /// A problem that stops the tag: reported unless a pending one came earlier.
    #[cold]
    pub(super) fn hard<T>(&mut self, kind: ErrorKind, offset: usize) -> PResult<T> {
        match self.pending.take() {
            Some(p) if p.offset <= offset => Err(self.item_cut(offset).unwrap_or(p)),
            _ => self.err(kind, offset),
        }
    }

    /// `STag ::= '<' Name (S Attribute)* S? '>'` and `EmptyElemTag ::= '<' Name (S Attribute)* S? '/>'`
    pub(super) fn start_tag(&mut self) -> PResult<()> {
        let lt = self.pos;
        let max_depth = self.opts.limits.max_depth;
        if self.frames.len() >= max_depth {
            return self.err(ErrorKind::LimitExceeded { limit: Limit::Depth, max: max_depth as u64 }, lt);
        }
        self.pending = None;
        let (name_end, colon) = self.qname(lt + 1)?;
        self.start_tag_after_name(lt, name_end, colon)
    }

    /// The rest of a start tag at `lt` whose name, `lt + 1..name_end`, has been read (by
    /// [`Self::qname`], or by the fast lane, which reads only names `qname` accepts).
    pub(super) fn start_tag_after_name(&mut self, lt: usize, name_end: usize, colon: usize) -> PResult<()> {
        let qname = &self.s[lt + 1..name_end];
        self.attrs.clear();
        let mut counts = (0usize, 0usize); // attributes, namespace declarations
        let b = self.b;
        let mut p = name_end;
        let empty = loop {
            let ws_start = p;
            while p < b.len() && is_ws(b[p]) {
                p += 1;
            }
            let Some(&c) = b.get(p) else {
                return self.eof("start tag");
            };
            match c {
                b'>' => {
                    p += 1;
                    break false;
                }
                b'/' => match b.get(p + 1) {
                    Some(b'>') => {
                        p += 2;
                        break true;
                    }
                    None => return self.eof("start tag"),
                    Some(_) => return self.hard(ErrorKind::Syntax(Syntax::ExpectedTagEnd), p),
                },
                _ => {}
            }
            if p == ws_start {
                // `<a b="1"c="2">` lacks a space; `<a</b>` lacks the end of the tag.
                let next_is_name = matches!(scan::scan_name(self.s, p), NameScan::Name { .. });
                let s = if next_is_name { Syntax::ExpectedWhitespace } else { Syntax::ExpectedTagEnd };
                return self.hard(ErrorKind::Syntax(s), p);
            }
            p = self.attribute(p, &mut counts)?;
        };
        self.pos = p;
        self.open(lt, qname, colon, empty)
    }

    /// `Attribute ::= Name Eq AttValue`; keeps it in `self.attrs`; returns the index after it.
    pub(super) fn attribute(&mut self, start: usize, counts: &mut (usize, usize)) -> PResult<usize> {
        counts.0 += 1;
        let max = self.opts.limits.max_attributes;
        if counts.0 == max + 1 {
            self.soft(ErrorKind::LimitExceeded { limit: Limit::Attributes, max: max as u64 }, start);
        }
        let (name_end, colon) = self.qname(start)?;
        let qname = &self.s[start..name_end];
        let xmlns = qname == "xmlns" || (colon == 5 && qname.starts_with("xmlns"));
        // Problems at the attribute's name come before anything in its value.
        if self.pending.is_none() {
            // Well-formedness: no attribute name twice on one element.
            if self.attrs.iter().any(|a| scan::eq_bytes(a.qname.as_bytes(), qname.as_bytes())) {
                self.soft(ErrorKind::DuplicateAttribute { qname: qname.into() }, start);
            }
            if xmlns {
                counts.1 += 1;
                let max = self.opts.limits.max_namespace_declarations;
                if counts.1 > max {
                    self.soft(ErrorKind::LimitExceeded { limit: Limit::NamespaceDeclarations, max: max as u64 }, start);
                }
            }
        }
        let b = self.b;
        let mut p = name_end;
        while p < b.len() && is_ws(b[p]) {
            p += 1;
        }
        match b.get(p) {
            Some(b'=') => p += 1,
            None => return self.eof("start tag"),
            Some(_) => return self.hard(ErrorKind::Syntax(Syntax::ExpectedEquals), p),
        }
        while p < b.len() && is_ws(b[p]) {
            p += 1;
        }
        let q = match b.get(p) {
            Some(&q @ (b'"' | b'\'')) => q,
            None => return self.eof("start tag"),
            Some(_) => return self.hard(ErrorKind::Syntax(Syntax::ExpectedQuote), p),
        };
        let v_start = p + 1;
        // The usual value, its own text up to the quote, in one pass; anything in the way
        // (a reference, a `<`, a byte to normalise or check) is read by the loop below.
        let plain_end = scan::plain_run_end(b, v_start, q);
        let plain = b.get(plain_end) == Some(&q);
        let mut i = v_start;
        let v_end = if plain {
            plain_end
        } else {
            loop {
                let Some(k) = memchr3(q, b'<', b'&', &b[i..]) else {
                    return self.eof("attribute value");
                };
                let at = i + k;
                match b[at] {
                    b'<' => return self.hard(ErrorKind::Syntax(Syntax::LtInAttributeValue), at),
                    // A bad reference spoils the value, not the tag: it is kept as pending and the
                    // tag read on, so that an earlier problem only seen at the tag's end (an
                    // undeclared prefix) still wins.
                    b'&' => match parse_ref(b, at) {
                        Ok((_, end)) => i = end,
                        Err(RefError::Eof) => return self.eof("reference"),
                        Err(RefError::UndefinedEntity) => {
                            self.soft(ErrorKind::UndefinedEntity, at);
                            i = at + 1;
                        }
                        Err(RefError::Invalid) => {
                            self.soft(ErrorKind::InvalidCharRef, at);
                            i = at + 1;
                        }
                    },
                    _ => break at,
                }
            }
        };
        let raw = &self.s[v_start..v_end];
        let attr = Attr { qname, colon, value: raw, offset: start };
        if self.pending.is_some() && !xmlns {
            // The tag is already rejected; only declarations still matter (for namespace
            // problems earlier in it). Nothing later can come first.
            return Ok(v_end + 1);
        }
        let value = if !plain && scan::attr_needs_slow_path(raw.as_bytes()) {
            match self.normalize_attr(v_start, v_end) {
                Ok(v) => v,
                Err(stop) if stop.kind == ErrorKind::ArenaExhausted => return Err(stop),
                // A forbidden character (strict mode): pending, like a bad reference.
                Err(stop) => {
                    self.soft(stop.kind, stop.offset);
                    raw
                }
            }
        } else {
            raw
        };
        let attr = Attr { value, ..attr };
        if self.attrs.try_reserve(1).is_err() {
            return self.oom();
        }
        self.attrs.push(attr);
        Ok(v_end + 1)
    }

    /// Attribute-value normalisation into the arena: references decoded, literal TAB,
    /// LF, CR and CR LF become one space, forbidden characters U+FFFD.
    #[cold]
    pub(super) fn normalize_attr(&mut self, start: usize, end: usize) -> PResult<&'a str> {
        let b = self.b;
        let mut acc = TextAcc::new();
        let mut run = start;
        let mut i = start;
        while i < end {
            let c = b[i];
            let (rep, next): (char, usize) = match c {
                b'&' => match parse_ref(b, i) {
                    Ok((Ref::Char(ch), e)) => (ch, e),
                    Ok((Ref::Forbidden(code), e)) => {
                        self.forbidden(code, i)?;
                        ('\u{FFFD}', e)
                    }
                    Err(e) => return self.ref_error(e, i),
                },
                b'\r' => (' ', if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 }),
                b'\t' | b'\n' => (' ', i + 1),
                0..=0x1F => {
                    self.forbidden(u32::from(c), i)?;
                    ('\u{FFFD}', i + 1)
                }
                0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                    self.forbidden(if b.get(i + 2) == Some(&0xBE) { 0xFFFE } else { 0xFFFF }, i)?;
                    ('\u{FFFD}', i + 3)
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            if acc.push_str(&self.s[run..i], self.scratch).is_err() || acc.push_char(rep, self.scratch).is_err() {
                return self.oom();
            }
            i = next;
            run = i;
        }
        if acc.push_str(&self.s[run..end], self.scratch).is_err() {
            return self.oom();
        }
        match acc.finish(self.arena) {
            Ok(v) => Ok(v),
            Err(()) => self.oom(),
        }
    }

    /// After a start tag: applies its namespace declarations, resolves its name and
    /// attributes, and pushes the frame (and pops it again for `<x/>`). Of all the
    /// problems of the tag, the one at the lowest offset is reported.
    pub(super) fn open(&mut self, lt: usize, qname: &'a str, colon: usize, empty: bool) -> PResult<()> {
        let ns_mark = self.ns.mark();
        // Declarations first: they may follow the attributes that use them.
        let mut has_prefixed = false;
        for k in 0..self.attrs.len() {
            let a = self.attrs[k];
            if a.is_xmlns() {
                self.declare(a)?;
            } else if a.colon != 0 {
                has_prefixed = true;
            }
        }
        let (prefix, local) = if colon == 0 { ("", qname) } else { (&qname[..colon], &qname[colon + 1..]) };
        let ns = match self.ns.lookup(prefix) {
            _ if prefix == "xmlns" => {
                self.soft(ErrorKind::Namespace, lt + 1);
                Ns::None
            }
            Some(bnd) => bnd.ns,
            None if prefix.is_empty() => Ns::None,
            None => {
                self.soft(ErrorKind::UndeclaredPrefix { qname: qname.into() }, lt + 1);
                Ns::None
            }
        };
        if has_prefixed {
            // Prefixed attributes: declared prefixes, and no two with the same expanded name.
            for k in 0..self.attrs.len() {
                let a = self.attrs[k];
                if a.colon != 0 && !a.is_xmlns() && self.ns.lookup(a.prefix()).is_none() {
                    self.soft(ErrorKind::UndeclaredPrefix { qname: a.qname.into() }, a.offset);
                }
            }
            self.check_expanded_duplicates();
        }
        if let Some(stop) = self.pending.take() {
            // A start tag read past the item limit ends there, as a streamed parse does.
            return Err(self.item_cut(self.pos).unwrap_or(stop));
        }
        self.push_frame(lt, qname, local, ns, ns_mark, empty)?;
        if empty {
            self.close()?;
        }
        Ok(())
    }

    /// Namespaces in XML 1.0: `xmlns:p=""` is not allowed, `xml` only to its URI,
    /// `xmlns` never, and no other prefix to either reserved URI. A bad declaration is
    /// a pending problem and binds nothing.
    pub(super) fn declare(&mut self, a: Attr<'a>) -> PResult<()> {
        let prefix = if a.colon == 0 { "" } else { a.local() };
        let uri = a.value;
        let bad = (prefix == "xmlns")
            || (prefix == "xml") != (uri == XML_NS)
            || uri == XMLNS_NS
            || (!prefix.is_empty() && uri.is_empty());
        if bad {
            self.soft(ErrorKind::Namespace, a.offset);
            return Ok(());
        }
        if prefix == "xml" {
            return Ok(()); // re-declaring xml to its own URI changes nothing
        }
        if self.ns.push(Binding { prefix, uri, ns: Ns::classify(uri) }).is_err() {
            return self.oom();
        }
        Ok(())
    }

    /// Two prefixed attributes with the same local name whose prefixes are bound to the
    /// same URI are the same attribute. (At most `max_attributes` are kept per tag.)
    #[cold]
    pub(super) fn check_expanded_duplicates(&mut self) {
        let n = self.attrs.len();
        for i in 0..n {
            let a = self.attrs[i];
            if a.colon == 0 || a.is_xmlns() {
                continue;
            }
            let ua = self.ns.lookup(a.prefix()).map_or("", |bnd| bnd.uri);
            for j in i + 1..n {
                let b = self.attrs[j];
                if b.colon != 0 && !b.is_xmlns() && b.local() == a.local() {
                    let ub = self.ns.lookup(b.prefix()).map_or("", |bnd| bnd.uri);
                    if ua == ub {
                        self.soft(ErrorKind::DuplicateAttribute { qname: b.qname.into() }, b.offset);
                    }
                }
            }
        }
    }

    /// An end tag that does not close `open`, the open element's qualified name.
    #[cold]
    fn mismatched<T>(&self, open: &str, lt: usize) -> PResult<T> {
        self.err(ErrorKind::MismatchedEndTag { open: open.into() }, lt)
    }

    /// `ETag ::= '</' Name S? '>'`, which must repeat the open element's name exactly.
    pub(super) fn end_tag(&mut self) -> PResult<()> {
        let lt = self.pos;
        let Some(top) = self.frames.last() else {
            return self.syntax(Syntax::UnexpectedEndTag, lt);
        };
        let open = top.qname;
        let name = open.as_bytes();
        let start = lt + 2;
        let b = self.b;
        let after = start + name.len();
        if after > b.len() {
            if b[start..].iter().zip(name).all(|(x, y)| x == y) {
                return self.eof("end tag");
            }
            return self.mismatched(open, lt);
        }
        if !scan::eq_bytes(&b[start..after], name) {
            return self.mismatched(open, lt);
        }
        let mut p = after;
        while p < b.len() && is_ws(b[p]) {
            p += 1;
        }
        match b.get(p) {
            Some(b'>') => {}
            None => return self.eof("end tag"),
            // The tag names a longer element (`</t:Persona2>` for `<t:Persona>`): a mismatch.
            Some(_) if p == after => return self.mismatched(open, lt),
            Some(_) => return self.syntax(Syntax::ExpectedTagEnd, p),
        }
        self.pos = p + 1;
        self.close()
    }
}
