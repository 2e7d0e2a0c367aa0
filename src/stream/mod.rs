//! Streaming: the items of a response as they arrive, in bounded memory.
//!
//! A `GetImItems` (or `GetImItemList`, or `FindPeople`) response of many megabytes is
//! mostly its *items*: the `ImGroup`s of `ImItemList/Groups`, the `Persona`s of
//! `ImItemList/Personas` and of `People`. Two ways to get them one by one:
//!
//! * [`ItemReader`] — over a whole response in memory: each call hands out the next item
//!   (or the next few, see its documentation), zero-copy from the input, allocated in an
//!   arena *you* pass in, so you can stop early or reset the arena between calls. Same result and same first error as [`crate::parse`].
//! * [`PushParser`] — over a response arriving in chunks of any size (down to one byte,
//!   splitting anything): [`feed`](PushParser::feed) each chunk, then
//!   [`finish`](PushParser::finish). Each call hands out the items that ended, as views
//!   into the parser's own buffer, valid until the next call. The parser holds only the
//!   item still incomplete and the part of the document outside the items, never the
//!   whole document: there is no total size limit.
//!
//! ```
//! use ews_im::stream::PushParser;
//! let xml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/getimitemlist-response-msdocs.xml")).unwrap();
//! let mut parser = PushParser::new();
//! let mut names = Vec::new();
//! for chunk in xml.chunks(100) {
//!     for item in parser.feed(chunk)?.items() {
//!         if let Some(p) = item.persona() {
//!             names.push(p.display_name().unwrap_or_default().to_string());
//!         }
//!     }
//! }
//! let end = parser.finish();
//! for item in end.items().iter().filter_map(|i| i.persona()) {
//!     names.push(item.display_name().unwrap_or_default().to_string());
//! }
//! assert!(!names.is_empty());
//! // The rest of the response: the envelope and every field but the item lists.
//! assert!(end.response()?.body().response_message().is_some());
//! # Ok::<(), ews_im::Error>(())
//! ```
//!
//! # Guarantees
//!
//! * **The same answer as the one-shot parse**, for every chunking: the same items in the
//!   same order, the same envelope and fields, the same first error (kind, offset, line,
//!   column), with these exceptions, all limits: [`Limits::max_input_bytes`] does not
//!   bound a streamed document as a whole but the part of it held outside items
//!   ([`Limit::HeldBytes`]); [`Limits::max_item_bytes`] defaults to 16 MiB;
//!   the arena cap applies per call.
//! * **Linear work** for every chunking: the parser re-reads what it holds only once the
//!   input has doubled it, so one-byte chunks cost a small constant factor more than one
//!   big chunk, never a factor of the document size.
//! * **Bounded memory**: what [`PushParser`] holds is the document outside its items
//!   (white space between items is dropped; an item that text precedes leaves a 7-byte
//!   comment in its place), the incomplete item, and the last chunk.
//! * After an error the parser is fused: every later call returns the same error; the
//!   items handed out before it stay as they were.
//!
//! # What an item tells
//!
//! Elements skipped and duplicates ignored *inside* an item are counted on the item
//! ([`Item::skipped_elements`]) and in the totals of the final [`Response`]; a diagnostic
//! (a forbidden character replaced, lenient mode) inside an item is reported with the item
//! ([`Item::diagnostics`]), and one outside the items with the final response. The final
//! response's item lists are empty: their items were handed out.
//!
//! [`Limits::max_input_bytes`]: crate::Limits::max_input_bytes
//! [`Limits::max_item_bytes`]: crate::Limits::max_item_bytes
//! [`Limit::HeldBytes`]: crate::Limit::HeldBytes

#[doc(hidden)]
pub mod fuzzing;
mod offsets;
mod push;
mod reader;

pub use push::{Batch, Finished, PushParser};
pub use reader::ItemReader;

use crate::view::{Body, ImGroup, Persona, Record, ServerVersionInfo};
use crate::{Diagnostic, Response};

/// The default of [`Limits::max_item_bytes`](crate::Limits::max_item_bytes) for
/// streamed parses: 16 MiB.
pub const DEFAULT_MAX_ITEM_BYTES: usize = 16 << 20;

/// Which item list an [`Item`] belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemList {
    /// `ImItemList/Groups` (`GetImItems`, `GetImItemList`): an `ImGroup`.
    Groups,
    /// `ImItemList/Personas` (`GetImItems`, `GetImItemList`): a `Persona`.
    Personas,
    /// `People` (`FindPeople`): a `Persona`.
    People,
}

impl ItemList {
    /// The item list named `field` of a record named `record`, if it is one.
    pub(crate) fn of(record: &str, field: &str) -> Option<ItemList> {
        match (record, field) {
            ("ImItemList", "Groups") => Some(ItemList::Groups),
            ("ImItemList", "Personas") => Some(ItemList::Personas),
            ("FindPeopleResponse", "People") => Some(ItemList::People),
            _ => None,
        }
    }

    /// The key of an item line of `ews-im parse --format ndjson`: `"group"` or `"persona"`.
    pub fn json_key(self) -> &'static str {
        match self {
            ItemList::Groups => "group",
            ItemList::Personas | ItemList::People => "persona",
        }
    }
}

/// One item of an item list: an `ImGroup` or a `Persona`, with where it was and what the
/// document had said before it.
#[derive(Clone, Copy, Debug)]
pub struct Item<'a> {
    pub(crate) record: Record<'a>,
    pub(crate) list: ItemList,
    pub(crate) offset: u64,
    pub(crate) len: u64,
    pub(crate) skipped: u64,
    pub(crate) duplicates: u64,
    pub(crate) diagnostics: &'a [Diagnostic],
    pub(crate) context: Context<'a>,
}

impl<'a> Item<'a> {
    /// The list it belongs to.
    pub fn list(&self) -> ItemList {
        self.list
    }
    /// The group, if it is one (`ItemList::Groups`).
    pub fn group(&self) -> Option<ImGroup<'a>> {
        (self.list == ItemList::Groups).then_some(ImGroup(self.record))
    }
    /// The persona, if it is one (`ItemList::Personas` or `ItemList::People`).
    pub fn persona(&self) -> Option<Persona<'a>> {
        (self.list != ItemList::Groups).then_some(Persona(self.record))
    }
    /// The item's record (for generic walks such as the JSON image).
    pub fn record(&self) -> Record<'a> {
        self.record
    }
    /// Byte offset of its start tag in the document.
    pub fn offset(&self) -> u64 {
        self.offset
    }
    /// Its size in bytes, start tag to end tag.
    pub fn len(&self) -> u64 {
        self.len
    }
    /// Always `false`: an item has at least its start tag.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Elements inside it skipped as unknown (see [`Response::skipped_elements`]).
    pub fn skipped_elements(&self) -> u64 {
        self.skipped
    }
    /// Repeated fields inside it ignored (see [`Response::duplicates_ignored`]).
    pub fn duplicates_ignored(&self) -> u64 {
        self.duplicates
    }
    /// Forbidden characters replaced inside it (lenient mode), offsets in the document.
    pub fn diagnostics(&self) -> &'a [Diagnostic] {
        self.diagnostics
    }
    /// What the document said before this item: the header and the body element's
    /// fields that had ended.
    pub fn context(&self) -> Context<'a> {
        self.context
    }
}

/// The part of a response read so far: the `ServerVersionInfo` header, and the body
/// element with the attributes and children that had ended (for a `GetImItemsResponse`:
/// `ResponseClass`, `ResponseCode`, … — not the `ImItemList` still being read).
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    pub(crate) server_version_info: Option<ServerVersionInfo<'a>>,
    pub(crate) body: Option<Body<'a>>,
}

impl<'a> Context<'a> {
    /// The `ServerVersionInfo` header, once it has ended.
    pub fn server_version_info(&self) -> Option<ServerVersionInfo<'a>> {
        self.server_version_info
    }
    /// The body element so far.
    pub fn body(&self) -> Option<Body<'a>> {
        self.body
    }
    pub(crate) fn of(server_version: Option<Record<'a>>, partial_body: Option<Record<'a>>) -> Self {
        Context {
            server_version_info: server_version.map(ServerVersionInfo),
            body: partial_body.map(Body::from_record),
        }
    }
}

/// The final response of a streamed parse, with the totals added up.
pub(crate) fn final_response<'a>(
    p: crate::parser::Parsed<'a>,
    diagnostics: &'a [Diagnostic],
    skipped_in_items: u64,
    duplicates_in_items: u64,
) -> Response<'a> {
    Response {
        server_version_info: p.server_version.map(ServerVersionInfo),
        body: Body::from_record(p.body),
        diagnostics,
        skipped_elements: p.skipped + skipped_in_items,
        duplicates_ignored: p.duplicates + duplicates_in_items,
    }
}
