//! Namespaces: the URIs we know, and the stack of in-scope prefix bindings.
//!
//! Elements are matched on (namespace, local name), never on the prefix. Servers
//! re-declare the default namespace on inner elements (`Groups`, `Personas`, every child
//! of an `m:Persona`), so bindings are pushed per element and popped at its end tag.

use std::hash::BuildHasher;

use bumpalo::collections::Vec as BVec;

/// SOAP 1.1 envelope namespace.
pub const SOAP_ENVELOPE: &str = "http://schemas.xmlsoap.org/soap/envelope/";
/// EWS types namespace.
pub const EWS_TYPES: &str = "http://schemas.microsoft.com/exchange/services/2006/types";
/// EWS messages namespace.
pub const EWS_MESSAGES: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";
/// EWS errors namespace (SOAP fault `detail` children).
pub const EWS_ERRORS: &str = "http://schemas.microsoft.com/exchange/services/2006/errors";
/// The namespace bound to the `xml` prefix.
pub(crate) const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// The namespace of `xmlns` attributes, which no prefix may be bound to.
pub(crate) const XMLNS_NS: &str = "http://www.w3.org/2000/xmlns/";

/// A namespace as the matcher sees it. The documented `https://` spellings of the three
/// EWS namespaces classify as the `http://` ones (a documentation artifact, accepted as
/// an alias); any other variation is `Other`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ns {
    /// No namespace (an unprefixed name with no default namespace in scope).
    None,
    /// SOAP 1.1 envelope.
    Soap,
    /// EWS types.
    Types,
    /// EWS messages.
    Messages,
    /// EWS errors.
    Errors,
    /// Anything else (XHTML, WS-Addressing, `xml`, …).
    Other,
}

impl Ns {
    /// Types or messages: the "EWS family" below the body element.
    #[inline]
    pub(crate) fn is_family(self) -> bool {
        matches!(self, Ns::Types | Ns::Messages)
    }

    pub(crate) fn classify(uri: &str) -> Ns {
        // Compare the tail first: every EWS URI shares a 43-byte prefix.
        let tail = |base: &str| {
            uri == base || (uri.len() == base.len() + 1 && uri.starts_with("https") && uri[5..] == base[4..])
        };
        if uri.is_empty() {
            Ns::None
        } else if uri.ends_with("/types") && tail(EWS_TYPES) {
            Ns::Types
        } else if uri.ends_with("/messages") && tail(EWS_MESSAGES) {
            Ns::Messages
        } else if uri == SOAP_ENVELOPE {
            Ns::Soap
        } else if uri.ends_with("/errors") && tail(EWS_ERRORS) {
            Ns::Errors
        } else {
            Ns::Other
        }
    }
}

/// One in-scope binding: `xmlns:prefix="uri"` (the default namespace has prefix `""`).
#[derive(Clone, Copy)]
pub(crate) struct Binding<'a> {
    pub prefix: &'a str,
    pub uri: &'a str,
    pub ns: Ns,
}

/// A binding on the stack, with the binding of the same prefix it shadows.
#[derive(Clone, Copy)]
struct Entry<'a> {
    b: Binding<'a>,
    prev: u32,
}

/// One distinct prefix in the index: the stack position of its innermost binding.
#[derive(Clone, Copy)]
struct Slot<'a> {
    /// `""` marks a vacant slot (the default namespace is kept apart).
    prefix: &'a str,
    top: u32,
}

const NONE: u32 = u32::MAX;

/// The in-scope bindings, innermost last, with an index from prefix to innermost binding.
///
/// Why an index: up to `max_depth × max_namespace_declarations` bindings (16 384 by
/// default) can be in scope, and a backwards scan per element would make a document
/// that declares them quadratic. The index is a hash table keyed with a per-parse random
/// SipHash (`RandomState`), so crafted prefixes cannot flood it; each binding remembers
/// the one it shadows, so popping an element restores the outer ones in O(1) each.
pub(crate) struct NsStack<'s, 'a> {
    stack: BVec<'s, Entry<'a>>,
    slots: BVec<'s, Slot<'a>>,
    used: usize,
    default_top: u32,
    hasher: std::collections::hash_map::RandomState,
}

/// The implicit binding of the `xml` prefix.
const XML_BINDING: Binding<'static> = Binding { prefix: "xml", uri: XML_NS, ns: Ns::Other };

impl<'s, 'a> NsStack<'s, 'a> {
    pub(crate) fn new(scratch: &'s bumpalo::Bump) -> Self {
        NsStack {
            stack: BVec::new_in(scratch),
            slots: BVec::new_in(scratch),
            used: 0,
            default_top: NONE,
            hasher: std::collections::hash_map::RandomState::new(),
        }
    }

    /// Number of bindings; an element remembers it to pop its own at its end tag.
    #[inline]
    pub(crate) fn mark(&self) -> usize {
        self.stack.len()
    }

    /// Pops the bindings above `mark`, innermost first, restoring what they shadowed.
    #[inline]
    pub(crate) fn pop_to(&mut self, mark: usize) {
        while self.stack.len() > mark {
            let Some(e) = self.stack.pop() else { break };
            if e.b.prefix.is_empty() {
                self.default_top = e.prev;
            } else if let Some(i) = self.find(e.b.prefix) {
                self.slots[i].top = e.prev;
            }
        }
    }

    /// Pushes a binding; `Err` if memory was refused.
    pub(crate) fn push(&mut self, b: Binding<'a>) -> Result<(), ()> {
        let idx = u32::try_from(self.stack.len()).map_err(|_| ())?;
        self.stack.try_reserve(1).map_err(|_| ())?;
        let prev = if b.prefix.is_empty() {
            std::mem::replace(&mut self.default_top, idx)
        } else {
            let i = self.find_or_insert(b.prefix)?;
            std::mem::replace(&mut self.slots[i].top, idx)
        };
        self.stack.push(Entry { b, prev });
        Ok(())
    }

    /// The binding of `prefix` (`""` for the default namespace). `None` if undeclared;
    /// for `""` that means "no namespace".
    #[inline]
    pub(crate) fn lookup(&self, prefix: &str) -> Option<Binding<'a>> {
        let top = if prefix.is_empty() {
            self.default_top
        } else if prefix == "xml" {
            return Some(XML_BINDING);
        } else {
            self.slots[self.find(prefix)?].top
        };
        self.stack.get(top as usize).map(|e| e.b)
    }

    fn slot_of(&self, prefix: &str) -> usize {
        (self.hasher.hash_one(prefix) as usize) & (self.slots.len().wrapping_sub(1))
    }

    /// The index slot of `prefix`, if it was ever bound in this document.
    fn find(&self, prefix: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot_of(prefix);
        loop {
            let s = &self.slots[i];
            if s.prefix.is_empty() {
                return None;
            }
            if s.prefix == prefix {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    fn find_or_insert(&mut self, prefix: &'a str) -> Result<usize, ()> {
        if let Some(i) = self.find(prefix) {
            return Ok(i);
        }
        // Keep the table at most half full: probes stay short and a vacant slot exists.
        if (self.used + 1) * 2 > self.slots.len() {
            self.grow()?;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot_of(prefix);
        while !self.slots[i].prefix.is_empty() {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot { prefix, top: NONE };
        self.used += 1;
        Ok(i)
    }

    #[cold]
    fn grow(&mut self) -> Result<(), ()> {
        let new_len = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, BVec::new_in(self.stack.bump()));
        self.slots.try_reserve_exact(new_len).map_err(|_| ())?;
        self.slots.resize(new_len, Slot { prefix: "", top: NONE });
        let mask = new_len - 1;
        for s in old.iter().filter(|s| !s.prefix.is_empty()) {
            let mut i = self.slot_of(s.prefix);
            while !self.slots[i].prefix.is_empty() {
                i = (i + 1) & mask;
            }
            self.slots[i] = *s;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_known_uris_and_the_https_alias() {
        assert_eq!(Ns::classify(EWS_TYPES), Ns::Types);
        assert_eq!(Ns::classify("https://schemas.microsoft.com/exchange/services/2006/types"), Ns::Types);
        assert_eq!(Ns::classify("https://schemas.microsoft.com/exchange/services/2006/messages"), Ns::Messages);
        assert_eq!(Ns::classify("https://schemas.microsoft.com/exchange/services/2006/errors"), Ns::Errors);
        assert_eq!(Ns::classify(EWS_MESSAGES), Ns::Messages);
        assert_eq!(Ns::classify(SOAP_ENVELOPE), Ns::Soap);
        assert_eq!(Ns::classify(""), Ns::None);
        // Any other variation is foreign.
        assert_eq!(Ns::classify("http://schemas.microsoft.com/exchange/services/2006/types/"), Ns::Other);
        assert_eq!(Ns::classify("http://schemas.microsoft.com/exchange/services/2006/Types"), Ns::Other);
        assert_eq!(Ns::classify("https://schemas.xmlsoap.org/soap/envelope/"), Ns::Other);
        assert_eq!(Ns::classify("http://www.w3.org/2003/05/soap-envelope"), Ns::Other);
        assert_eq!(Ns::classify("httpx://schemas.microsoft.com/exchange/services/2006/types"), Ns::Other);
    }

    #[test]
    fn scopes_shadow_and_pop() {
        let arena = bumpalo::Bump::new();
        let mut s = NsStack::new(&arena);
        s.push(Binding { prefix: "", uri: EWS_MESSAGES, ns: Ns::Messages }).unwrap();
        let m = s.mark();
        s.push(Binding { prefix: "", uri: EWS_TYPES, ns: Ns::Types }).unwrap();
        assert_eq!(s.lookup("").unwrap().ns, Ns::Types);
        s.pop_to(m);
        assert_eq!(s.lookup("").unwrap().ns, Ns::Messages);
        assert!(s.lookup("t").is_none());
        assert_eq!(s.lookup("xml").unwrap().uri, XML_NS);
    }
}
