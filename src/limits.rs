//! Resource limits and parse options.
//!
//! Every limit is checked while the input is read and gives
//! [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded) the moment it is
//! passed: never a truncated value. The defaults are those of the JSON output
//! contract (`docs/json-output.md` §2), so a document the contract accepts is accepted
//! by [`Limits::default()`].

/// Resource limits for one parse.
///
/// ```
/// use ews_im::Limits;
/// let tight = Limits { max_depth: 32, ..Limits::default() };
/// assert_eq!(tight.max_attributes, 256);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted by the one-shot parser, in bytes (a leading BOM included).
    ///
    /// Default: 64 MiB (67 108 864 bytes).
    pub max_input_bytes: usize,
    /// Deepest element nesting; the root element is at depth 1.
    ///
    /// Default: 256.
    pub max_depth: usize,
    /// Most attributes on one element, namespace declarations included.
    ///
    /// Default: 256.
    pub max_attributes: usize,
    /// Most namespace declarations (`xmlns`, `xmlns:p`) on one element.
    ///
    /// Default: 64.
    pub max_namespace_declarations: usize,
    /// Longest element or attribute name (the qualified name), in bytes.
    ///
    /// Default: 1 024.
    pub max_name_bytes: usize,
    /// Most bytes the parse may allocate in the caller's arena (and, separately, in
    /// its own scratch arena), or `None` for `32 × input length + 1 MiB`. Every document
    /// within the other limits fits in that: the densest possible one, a `MessageXml`
    /// of `<a/>` entries, needs about 18 arena bytes per input byte; real responses need
    /// under 1.
    ///
    /// In the caller's arena the cap counts the chunks the parse adds, so space a reset
    /// arena kept is free. A set cap gives the parse a scratch arena of its own (one heap
    /// allocation or more per parse), so that whether a document fits does not depend on
    /// what the thread parsed before.
    ///
    /// Default: `None`.
    pub max_arena_bytes: Option<usize>,
    /// Largest item of an item list (one `ImGroup` of `ImItemList/Groups`, one `Persona`
    /// of `ImItemList/Personas` or of `People`), start tag to end tag, in bytes. An item
    /// that passes it is [`Limit::ItemBytes`](crate::Limit::ItemBytes) at the byte past
    /// the limit, whatever else is wrong in it after that byte.
    ///
    /// Default: `None`, which means 16 MiB for a streamed parse ([`crate::stream`]) and no
    /// limit for a one-shot parse (whose input limit bounds it).
    pub max_item_bytes: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_depth: 256,
            max_attributes: 256,
            max_namespace_declarations: 64,
            max_name_bytes: 1024,
            max_arena_bytes: None,
            max_item_bytes: None,
        }
    }
}

impl Limits {
    /// How many bytes of a longer input [`parse_with`](crate::parse_with) looks at: the
    /// input limit plus a look-ahead of one name and a little more, so that a problem that
    /// starts before the limit is reported as itself. A caller reading a stream can read
    /// this many bytes plus one and get the same answer as for the whole stream.
    pub fn read_limit(&self) -> usize {
        self.max_input_bytes.saturating_add(self.max_name_bytes).saturating_add(64)
    }

    /// The arena cap that applies to an input of `input_len` bytes.
    pub fn arena_cap(&self, input_len: usize) -> usize {
        self.max_arena_bytes.unwrap_or_else(|| input_len.saturating_mul(32).saturating_add(1 << 20))
    }
}

/// Options for one parse: the limits and the character policy.
///
/// ```
/// use ews_im::Options;
/// let strict = Options { strict: true, ..Options::default() };
/// assert!(strict.strict);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Resource limits.
    pub limits: Limits,
    /// When `false` (the default, "lenient"), characters that XML 1.0 forbids but
    /// servers do send (C0 controls other than TAB, LF and CR; U+FFFE; U+FFFF),
    /// written raw or as character references, become U+FFFD and are reported as
    /// [`Diagnostic`](crate::Diagnostic)s. When `true` they are an error.
    pub strict: bool,
}
