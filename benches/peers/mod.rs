//! The four parsers compared by `benches/parse.rs`, each doing the same extraction from a
//! `GetImItems` response, and the accumulators their results are fed to.
//!
//! The extraction (identical for every peer, in this order):
//!
//! * for each `ImGroup`: `DisplayName`, `GroupType`, `ExchangeStoreId` `Id` and `ChangeKey`,
//!   each `MemberCorrelationKey/ItemId` `Id`, each `ExtendedProperties/ExtendedProperty/Value`;
//! * for each `Persona`: `PersonaId` `Id`, `PersonaType`, `CreationTime`, `DisplayName`,
//!   `GivenName`, `Surname`, `EmailAddress/EmailAddress`, `ImAddress`, `RelevanceScore`,
//!   each `Attributions/Attribution` (`Id`, `SourceId` `Id`, `DisplayName`, `IsWritable`),
//!   each `DisplayNames/StringAttributedValue/Value`, each
//!   `ExtendedProperties/ExtendedPropertyAttributedValue/Value/Value`.
//!
//! Every peer reports what it extracted to an [`Acc`] in exactly that order: the benchmark
//! uses [`Summary`] (counts and the summed length of the strings, next to free), the
//! start-up check [`Fingerprint`] (the same plus a hash of every string), so the peers are
//! shown to extract the same values, not merely the same number of bytes.

pub mod ews;
pub mod quick_xml_reader;
pub mod quick_xml_serde;
pub mod rox;

/// Receives the extracted values in document order.
pub trait Acc {
    /// One `ImGroup` starts.
    fn group(&mut self);
    /// One `Persona` starts.
    fn persona(&mut self);
    /// One list item starts (a member key, an attribution, a display name, an extended
    /// property value).
    fn item(&mut self);
    /// One extracted string; an absent and an empty one are the same (parsers differ on
    /// whether `<X/>` has a text).
    fn text(&mut self, s: Option<&str>);
}

/// What the benchmark keeps of an extraction: counts and the summed length of the strings.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// `ImGroup`s.
    pub groups: u64,
    /// `Persona`s.
    pub personas: u64,
    /// List items of groups and personas.
    pub items: u64,
    /// Non-empty strings.
    pub fields: u64,
    /// Bytes of all strings (decoded, UTF-8).
    pub text_bytes: u64,
}

impl Acc for Summary {
    #[inline]
    fn group(&mut self) {
        self.groups += 1;
    }
    #[inline]
    fn persona(&mut self) {
        self.personas += 1;
    }
    #[inline]
    fn item(&mut self) {
        self.items += 1;
    }
    #[inline]
    fn text(&mut self, s: Option<&str>) {
        if let Some(s) = s.filter(|s| !s.is_empty()) {
            self.fields += 1;
            self.text_bytes += s.len() as u64;
        }
    }
}

/// [`Summary`] plus a 64-bit FNV-1a hash of every event and string, for the start-up check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    /// The counts.
    pub summary: Summary,
    /// FNV-1a over the event kinds and the strings' bytes.
    pub hash: u64,
}

impl Default for Fingerprint {
    fn default() -> Self {
        Fingerprint { summary: Summary::default(), hash: 0xcbf2_9ce4_8422_2325 }
    }
}

impl Fingerprint {
    fn byte(&mut self, b: u8) {
        self.hash = (self.hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
}

impl Acc for Fingerprint {
    fn group(&mut self) {
        self.summary.group();
        self.byte(0xf8);
    }
    fn persona(&mut self) {
        self.summary.persona();
        self.byte(0xf9);
    }
    fn item(&mut self) {
        self.summary.item();
        self.byte(0xfa);
    }
    fn text(&mut self, s: Option<&str>) {
        self.summary.text(s);
        for &b in s.unwrap_or("").as_bytes() {
            self.byte(b);
        }
        // 0xff never occurs in UTF-8: a separator that cannot be forged by the text.
        self.byte(0xff);
    }
}

/// One group's extracted fields, as the event-based peer builds them (the shape a user of
/// a streaming parser would build; `S` is `Cow<str>` there).
#[derive(Debug, Default)]
pub struct Group<S> {
    pub display_name: Option<S>,
    pub group_type: Option<S>,
    pub store_id: Option<S>,
    pub store_change_key: Option<S>,
    pub member_keys: Vec<Option<S>>,
    pub extended_values: Vec<Option<S>>,
}

/// One persona's extracted fields.
#[derive(Debug, Default)]
pub struct Persona<S> {
    pub persona_id: Option<S>,
    pub persona_type: Option<S>,
    pub creation_time: Option<S>,
    pub display_name: Option<S>,
    pub given_name: Option<S>,
    pub surname: Option<S>,
    pub email_address: Option<S>,
    pub im_address: Option<S>,
    pub relevance_score: Option<S>,
    pub attributions: Vec<Attribution<S>>,
    pub display_names: Vec<Option<S>>,
    pub extended_values: Vec<Option<S>>,
}

/// One persona attribution's extracted fields.
#[derive(Debug, Default)]
pub struct Attribution<S> {
    pub id: Option<S>,
    pub source_id: Option<S>,
    pub display_name: Option<S>,
    pub is_writable: Option<S>,
}

/// The whole extraction.
#[derive(Debug, Default)]
pub struct ImList<S> {
    pub groups: Vec<Group<S>>,
    pub personas: Vec<Persona<S>>,
}

fn opt<S: AsRef<str>>(s: &Option<S>) -> Option<&str> {
    s.as_ref().map(AsRef::as_ref)
}

impl<S: AsRef<str>> ImList<S> {
    /// Reports the extraction to `acc` in the canonical order.
    pub fn feed<A: Acc>(&self, acc: &mut A) {
        for g in &self.groups {
            acc.group();
            acc.text(opt(&g.display_name));
            acc.text(opt(&g.group_type));
            acc.text(opt(&g.store_id));
            acc.text(opt(&g.store_change_key));
            for k in &g.member_keys {
                acc.item();
                acc.text(opt(k));
            }
            for v in &g.extended_values {
                acc.item();
                acc.text(opt(v));
            }
        }
        for p in &self.personas {
            acc.persona();
            acc.text(opt(&p.persona_id));
            acc.text(opt(&p.persona_type));
            acc.text(opt(&p.creation_time));
            acc.text(opt(&p.display_name));
            acc.text(opt(&p.given_name));
            acc.text(opt(&p.surname));
            acc.text(opt(&p.email_address));
            acc.text(opt(&p.im_address));
            acc.text(opt(&p.relevance_score));
            for a in &p.attributions {
                acc.item();
                acc.text(opt(&a.id));
                acc.text(opt(&a.source_id));
                acc.text(opt(&a.display_name));
                acc.text(opt(&a.is_writable));
            }
            for v in &p.display_names {
                acc.item();
                acc.text(opt(v));
            }
            for v in &p.extended_values {
                acc.item();
                acc.text(opt(v));
            }
        }
    }
}
