//! Namespaces: the URIs we know, and the stack of in-scope prefix bindings.
//!
//! Elements are matched on (namespace, local name), never on the prefix. Servers
//! re-declare the default namespace on inner elements (`Groups`, `Personas`, every child
//! of an `m:Persona`), so bindings are pushed per element and popped at its end tag.

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
            uri == base
                || (uri.len() == base.len() + 1
                    && uri.starts_with("https")
                    && uri[5..] == base[4..])
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

/// The in-scope bindings, innermost last.
pub(crate) struct NsStack<'a> {
    bindings: BVec<'a, Binding<'a>>,
}

/// The implicit binding of the `xml` prefix.
const XML_BINDING: Binding<'static> = Binding {
    prefix: "xml",
    uri: XML_NS,
    ns: Ns::Other,
};

impl<'a> NsStack<'a> {
    pub(crate) fn new(arena: &'a bumpalo::Bump) -> Self {
        NsStack {
            bindings: BVec::new_in(arena),
        }
    }

    /// Number of bindings; an element remembers it to pop its own at its end tag.
    #[inline]
    pub(crate) fn mark(&self) -> usize {
        self.bindings.len()
    }

    #[inline]
    pub(crate) fn pop_to(&mut self, mark: usize) {
        self.bindings.truncate(mark);
    }

    /// Pushes a binding; `Err` if the arena refused memory.
    pub(crate) fn push(&mut self, b: Binding<'a>) -> Result<(), ()> {
        self.bindings.try_reserve(1).map_err(|_| ())?;
        self.bindings.push(b);
        Ok(())
    }

    /// The binding of `prefix` (`""` for the default namespace), innermost first.
    /// `None` if undeclared; for `""` that means "no namespace".
    #[inline]
    pub(crate) fn lookup(&self, prefix: &str) -> Option<Binding<'a>> {
        // A handful of bindings are in scope in real documents: a backwards scan wins.
        for b in self.bindings.iter().rev() {
            if b.prefix == prefix {
                return Some(*b);
            }
        }
        if prefix == "xml" {
            return Some(XML_BINDING);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_known_uris_and_the_https_alias() {
        assert_eq!(Ns::classify(EWS_TYPES), Ns::Types);
        assert_eq!(
            Ns::classify("https://schemas.microsoft.com/exchange/services/2006/types"),
            Ns::Types
        );
        assert_eq!(
            Ns::classify("https://schemas.microsoft.com/exchange/services/2006/messages"),
            Ns::Messages
        );
        assert_eq!(
            Ns::classify("https://schemas.microsoft.com/exchange/services/2006/errors"),
            Ns::Errors
        );
        assert_eq!(Ns::classify(EWS_MESSAGES), Ns::Messages);
        assert_eq!(Ns::classify(SOAP_ENVELOPE), Ns::Soap);
        assert_eq!(Ns::classify(""), Ns::None);
        // Any other variation is foreign.
        assert_eq!(
            Ns::classify("http://schemas.microsoft.com/exchange/services/2006/types/"),
            Ns::Other
        );
        assert_eq!(
            Ns::classify("http://schemas.microsoft.com/exchange/services/2006/Types"),
            Ns::Other
        );
        assert_eq!(
            Ns::classify("https://schemas.xmlsoap.org/soap/envelope/"),
            Ns::Other
        );
        assert_eq!(
            Ns::classify("http://www.w3.org/2003/05/soap-envelope"),
            Ns::Other
        );
        assert_eq!(
            Ns::classify("httpx://schemas.microsoft.com/exchange/services/2006/types"),
            Ns::Other
        );
    }

    #[test]
    fn scopes_shadow_and_pop() {
        let arena = bumpalo::Bump::new();
        let mut s = NsStack::new(&arena);
        s.push(Binding {
            prefix: "",
            uri: EWS_MESSAGES,
            ns: Ns::Messages,
        })
        .unwrap();
        let m = s.mark();
        s.push(Binding {
            prefix: "",
            uri: EWS_TYPES,
            ns: Ns::Types,
        })
        .unwrap();
        assert_eq!(s.lookup("").unwrap().ns, Ns::Types);
        s.pop_to(m);
        assert_eq!(s.lookup("").unwrap().ns, Ns::Messages);
        assert!(s.lookup("t").is_none());
        assert_eq!(s.lookup("xml").unwrap().uri, XML_NS);
    }
}
