//! `quick-xml-reader`: quick-xml's borrowed pull parser (`Reader::from_str`) and a
//! hand-written state machine over local names (no namespace checks), building
//! [`ImList`]`<Cow<str>>`: texts and attribute values borrow from the input unless they
//! hold a reference (`&amp;`, `&#233;`…) or a CR, which quick-xml makes us copy.
//!
//! Unknown elements are skipped with their whole subtree; a repeated leaf keeps its first
//! value (as `ews-im` does).

use std::borrow::Cow;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use quick_xml::XmlVersion;

use super::{Acc, Attribution, Group, ImList, Persona};

/// Where the reader is: the element it is in, as far as the extraction cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Document,
    Envelope,
    SoapBody,
    Response,
    ImItemList,
    Groups,
    Group,
    MemberKeys,
    GroupExtendedProperties,
    GroupExtendedProperty,
    Personas,
    Persona,
    PersonaEmail,
    Attributions,
    Attribution,
    DisplayNames,
    StringAttributedValue,
    PersonaExtendedProperties,
    ExtendedPropertyAttributedValue,
    AttributedValue,
    /// A text-only element whose text is extracted.
    Leaf(Slot),
    /// Anything else, and everything inside it.
    Skip,
}

/// Which field a leaf's text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    GroupDisplayName,
    GroupType,
    GroupExtendedValue,
    PersonaType,
    CreationTime,
    PersonaDisplayName,
    GivenName,
    Surname,
    EmailAddress,
    ImAddress,
    RelevanceScore,
    AttributionId,
    AttributionDisplayName,
    IsWritable,
    DisplayNameValue,
    ExtendedValue,
}

/// The context of a child element named `name` (local name) opened in `ctx`.
fn child(ctx: Ctx, name: &str) -> Ctx {
    use Ctx::*;
    match (ctx, name) {
        (Document, "Envelope") => Envelope,
        (Envelope, "Body") => SoapBody,
        (SoapBody, "GetImItemsResponse") => Response,
        (Response, "ImItemList") => ImItemList,
        (ImItemList, "Groups") => Groups,
        (ImItemList, "Personas") => Personas,
        (Groups, "ImGroup") => Group,
        (Group, "DisplayName") => Leaf(Slot::GroupDisplayName),
        (Group, "GroupType") => Leaf(Slot::GroupType),
        (Group, "MemberCorrelationKey") => MemberKeys,
        (Group, "ExtendedProperties") => GroupExtendedProperties,
        (GroupExtendedProperties, "ExtendedProperty") => GroupExtendedProperty,
        (GroupExtendedProperty, "Value") => Leaf(Slot::GroupExtendedValue),
        (Personas, "Persona") => Persona,
        (Persona, "PersonaType") => Leaf(Slot::PersonaType),
        (Persona, "CreationTime") => Leaf(Slot::CreationTime),
        (Persona, "DisplayName") => Leaf(Slot::PersonaDisplayName),
        (Persona, "GivenName") => Leaf(Slot::GivenName),
        (Persona, "Surname") => Leaf(Slot::Surname),
        (Persona, "EmailAddress") => PersonaEmail,
        (PersonaEmail, "EmailAddress" | "Address") => Leaf(Slot::EmailAddress),
        (Persona, "ImAddress") => Leaf(Slot::ImAddress),
        (Persona, "RelevanceScore") => Leaf(Slot::RelevanceScore),
        (Persona, "Attributions") => Attributions,
        (Attributions, "Attribution") => Attribution,
        (Attribution, "Id") => Leaf(Slot::AttributionId),
        (Attribution, "DisplayName") => Leaf(Slot::AttributionDisplayName),
        (Attribution, "IsWritable") => Leaf(Slot::IsWritable),
        (Persona, "DisplayNames") => DisplayNames,
        (DisplayNames, "StringAttributedValue") => StringAttributedValue,
        (StringAttributedValue, "Value") => Leaf(Slot::DisplayNameValue),
        (Persona, "ExtendedProperties") => PersonaExtendedProperties,
        (PersonaExtendedProperties, "ExtendedPropertyAttributedValue") => ExtendedPropertyAttributedValue,
        (ExtendedPropertyAttributedValue, "Value") => AttributedValue,
        (AttributedValue, "Value") => Leaf(Slot::ExtendedValue),
        _ => Skip,
    }
}

/// The extraction in progress.
#[derive(Default)]
struct State<'a> {
    list: ImList<Cow<'a, str>>,
    group: Group<Cow<'a, str>>,
    persona: Persona<Cow<'a, str>>,
    attribution: Attribution<Cow<'a, str>>,
}

fn first<'a>(slot: &mut Option<Cow<'a, str>>, value: Cow<'a, str>) {
    if slot.is_none() {
        *slot = Some(value);
    }
}

/// `s` (a slice of an event's buffer) as a slice of `input`, so that it outlives the event.
fn reborrow<'a>(input: &'a str, s: &str) -> Option<&'a str> {
    let offset = (s.as_ptr() as usize).checked_sub(input.as_ptr() as usize)?;
    input.get(offset..offset.checked_add(s.len())?)
}

/// The value of attribute `name` of `e`, borrowed from `input` unless it needed decoding.
fn attribute<'a>(input: &'a str, e: &BytesStart<'_>, name: &str) -> Result<Option<Cow<'a, str>>, quick_xml::Error> {
    let Some(attr) = e.try_get_attribute(name)? else { return Ok(None) };
    Ok(Some(match attr.normalized_value(XmlVersion::Implicit1_0)? {
        Cow::Borrowed(s) => reborrow(input, s).map_or_else(|| Cow::Owned(s.to_owned()), Cow::Borrowed),
        Cow::Owned(s) => Cow::Owned(s),
    }))
}

impl<'a> State<'a> {
    /// An element opened in `parent` with context `ctx` (also for `<X/>`).
    fn open(&mut self, input: &'a str, parent: Ctx, e: &BytesStart<'_>) -> Result<(), quick_xml::Error> {
        match (parent, e.local_name().as_ref()) {
            (Ctx::Group, "ExchangeStoreId") => {
                let id = attribute(input, e, "Id")?;
                let change_key = attribute(input, e, "ChangeKey")?;
                if self.group.store_id.is_none() && self.group.store_change_key.is_none() {
                    self.group.store_id = id;
                    self.group.store_change_key = change_key;
                }
            }
            (Ctx::MemberKeys, "ItemId") => self.group.member_keys.push(attribute(input, e, "Id")?),
            (Ctx::GroupExtendedProperties, "ExtendedProperty") => self.group.extended_values.push(None),
            (Ctx::Persona, "PersonaId") => {
                if let Some(id) = attribute(input, e, "Id")? {
                    first(&mut self.persona.persona_id, id);
                }
            }
            (Ctx::Attribution, "SourceId") => {
                if let Some(id) = attribute(input, e, "Id")? {
                    first(&mut self.attribution.source_id, id);
                }
            }
            (Ctx::DisplayNames, "StringAttributedValue") => self.persona.display_names.push(None),
            (Ctx::PersonaExtendedProperties, "ExtendedPropertyAttributedValue") => {
                self.persona.extended_values.push(None)
            }
            _ => {}
        }
        Ok(())
    }

    /// The element of context `ctx` closed; `text` is its text if it is a leaf.
    fn close(&mut self, ctx: Ctx, text: Cow<'a, str>) {
        match ctx {
            Ctx::Group => self.list.groups.push(std::mem::take(&mut self.group)),
            Ctx::Persona => self.list.personas.push(std::mem::take(&mut self.persona)),
            Ctx::Attribution => self.persona.attributions.push(std::mem::take(&mut self.attribution)),
            Ctx::Leaf(slot) => {
                let target = match slot {
                    Slot::GroupDisplayName => &mut self.group.display_name,
                    Slot::GroupType => &mut self.group.group_type,
                    Slot::GroupExtendedValue => self.group.extended_values.last_mut().expect("opened"),
                    Slot::PersonaType => &mut self.persona.persona_type,
                    Slot::CreationTime => &mut self.persona.creation_time,
                    Slot::PersonaDisplayName => &mut self.persona.display_name,
                    Slot::GivenName => &mut self.persona.given_name,
                    Slot::Surname => &mut self.persona.surname,
                    Slot::EmailAddress => &mut self.persona.email_address,
                    Slot::ImAddress => &mut self.persona.im_address,
                    Slot::RelevanceScore => &mut self.persona.relevance_score,
                    Slot::AttributionId => &mut self.attribution.id,
                    Slot::AttributionDisplayName => &mut self.attribution.display_name,
                    Slot::IsWritable => &mut self.attribution.is_writable,
                    Slot::DisplayNameValue => self.persona.display_names.last_mut().expect("opened"),
                    Slot::ExtendedValue => self.persona.extended_values.last_mut().expect("opened"),
                };
                first(target, text);
            }
            _ => {}
        }
    }
}

/// Appends a piece of a leaf's text: borrowed while it is one piece, copied once there are
/// several (a reference splits the text into several events).
fn push<'a>(text: &mut Cow<'a, str>, piece: Cow<'a, str>) {
    if text.is_empty() {
        *text = piece;
    } else {
        text.to_mut().push_str(&piece);
    }
}

/// Pulls the whole of `input` through quick-xml and returns the extraction.
pub fn extract(input: &str) -> Result<ImList<Cow<'_, str>>, quick_xml::Error> {
    let mut reader = Reader::from_str(input);
    let mut state = State::default();
    let mut stack: Vec<Ctx> = Vec::with_capacity(32);
    let mut ctx = Ctx::Document;
    let mut text: Cow<'_, str> = Cow::Borrowed("");
    loop {
        match reader.read_event()? {
            Event::Start(e) => {
                let inner = child(ctx, e.local_name().as_ref());
                state.open(input, ctx, &e)?;
                stack.push(ctx);
                ctx = inner;
                text = Cow::Borrowed("");
            }
            Event::Empty(e) => {
                let inner = child(ctx, e.local_name().as_ref());
                state.open(input, ctx, &e)?;
                state.close(inner, Cow::Borrowed(""));
            }
            Event::End(_) => {
                state.close(ctx, std::mem::take(&mut text));
                ctx = stack.pop().unwrap_or(Ctx::Document);
            }
            Event::Text(t) if matches!(ctx, Ctx::Leaf(_)) => push(&mut text, t.xml10_content()),
            Event::CData(t) if matches!(ctx, Ctx::Leaf(_)) => push(&mut text, t.xml10_content()),
            Event::GeneralRef(r) if matches!(ctx, Ctx::Leaf(_)) => {
                let mut buf = [0; 4];
                let piece = match r.resolve_char_ref()? {
                    Some(ch) => ch.encode_utf8(&mut buf),
                    None => resolve_predefined_entity(&r).ok_or_else(|| {
                        quick_xml::Error::Escape(quick_xml::escape::EscapeError::UnrecognizedEntity(
                            0..r.len(),
                            r.to_string(),
                        ))
                    })?,
                };
                text.to_mut().push_str(piece);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(state.list)
}

/// Extracts from `input` and reports the extraction to `acc`.
pub fn run<A: Acc>(input: &[u8], acc: &mut A) {
    let input = std::str::from_utf8(input).expect("UTF-8");
    extract(input).expect("quick-xml-reader reads the input").feed(acc);
}
