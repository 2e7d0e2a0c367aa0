//! The request bodies: one plain struct per operation, borrowing its strings.
//!
//! Children are written in schema order (`../shared/spec/ews-schema.md` §1). The
//! operation's element and its children are in the messages namespace (`m:`); what is
//! inside them (`ItemId`, `ExtendedProperty`, `DistinguishedFolderId`, …) is in the types
//! namespace (`t:`).

use std::io::{self, Write};

use super::check;
use super::error::{Field, RequestError};
use super::escape::Xml;
use super::extended::ExtendedFieldPath;
use super::http::Operation;
use super::sealed::Body;
use super::Request;

/// An item id (`t:ItemIdType`): `Id` and an optional `ChangeKey`, both written as
/// attributes. Also used for folder ids (`t:FolderIdType`, same attributes).
///
/// Neither may be empty (an empty id names nothing; EWS answers
/// `ErrorInvalidIdEmpty`): leave an unknown change key `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ItemIdRef<'a> {
    /// `Id`: the base64 id, as the server gave it.
    pub id: &'a str,
    /// `ChangeKey`: the version of the item (EWS ignores it for the IM operations).
    pub change_key: Option<&'a str>,
}

impl<'a> ItemIdRef<'a> {
    /// An id without change key.
    pub const fn new(id: &'a str) -> Self {
        ItemIdRef { id, change_key: None }
    }

    /// An id with a change key.
    pub const fn with_change_key(id: &'a str, change_key: &'a str) -> Self {
        ItemIdRef { id, change_key: Some(change_key) }
    }

    fn validate(&self, field: Field) -> Result<(), RequestError> {
        check::non_empty(field.with_attribute("Id"), self.id)?;
        if let Some(ck) = self.change_key {
            check::non_empty(field.with_attribute("ChangeKey"), ck)?;
        }
        Ok(())
    }

    fn write<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>, name: &str) -> io::Result<()> {
        x.open_empty(name)?;
        x.attr("Id", self.id)?;
        if let Some(ck) = self.change_key {
            x.attr("ChangeKey", ck)?;
        }
        x.close_empty()
    }
}

fn validate_ids(ids: &[ItemIdRef<'_>], path: &'static str) -> Result<(), RequestError> {
    ids.iter().enumerate().try_for_each(|(i, id)| id.validate(Field::element(path).at(i)))
}

fn validate_paths(paths: &[ExtendedFieldPath<'_>], path: &'static str) -> Result<(), RequestError> {
    paths.iter().enumerate().try_for_each(|(i, p)| p.validate(Field::element(path).at(i)))
}

/// `m:<name>` holding `t:ItemId`s; nothing at all when there are none (the schema's
/// `NonEmptyArrayOfBaseItemIdsType` cannot be empty).
fn write_ids<W: Write + ?Sized>(x: &mut Xml<'_, W>, name: &str, ids: &[ItemIdRef<'_>]) -> io::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    x.start(name)?;
    for id in ids {
        id.write(x, "t:ItemId")?;
    }
    x.end(name)
}

/// `m:ExtendedProperties` holding `t:ExtendedProperty`s; nothing when there are none.
fn write_paths<W: Write + ?Sized>(x: &mut Xml<'_, W>, paths: &[ExtendedFieldPath<'_>]) -> io::Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    x.start("m:ExtendedProperties")?;
    for p in paths {
        p.write(x)?;
    }
    x.end("m:ExtendedProperties")
}

macro_rules! request {
    ($ty:ident) => {
        impl Request for $ty<'_> {
            const OPERATION: Operation = Operation::$ty;
        }
    };
}

/// `m:GetImItems`: the groups and contacts with these ids. Empty lists are left out
/// (an empty `<m:ContactIds/>` would fail schema validation); with all three empty the
/// request is `<m:GetImItems/>`.
///
/// ```
/// use ews_im::write::{request_to_vec, ExtendedFieldPath, GetImItems, ItemIdRef, MapiPropertyType, RequestHeader};
/// let contacts = [ItemIdRef::with_change_key("AAMkADEzOTExYACABmEhpSAAA=", "EQAAABBmNDjF")];
/// let props = [ExtendedFieldPath::tag(0x3001, MapiPropertyType::String)];
/// let request = GetImItems { contact_ids: &contacts, extended_properties: &props, ..GetImItems::default() };
/// let xml = String::from_utf8(request_to_vec(&RequestHeader::default(), &request)?).unwrap();
/// assert!(xml.contains(r#"<t:ExtendedProperty PropertyTag="0x3001" PropertyType="String"/>"#));
/// assert!(!xml.contains("GroupIds"));
/// # Ok::<(), ews_im::write::RequestError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct GetImItems<'a> {
    /// `m:ContactIds`: persona or contact ids.
    pub contact_ids: &'a [ItemIdRef<'a>],
    /// `m:GroupIds`: IM group ids.
    pub group_ids: &'a [ItemIdRef<'a>],
    /// `m:ExtendedProperties`: extended properties to return with the personas.
    pub extended_properties: &'a [ExtendedFieldPath<'a>],
}
request!(GetImItems);

impl Body for GetImItems<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        validate_ids(self.contact_ids, "GetImItems/ContactIds/ItemId")?;
        validate_ids(self.group_ids, "GetImItems/GroupIds/ItemId")?;
        validate_paths(self.extended_properties, "GetImItems/ExtendedProperties/ExtendedProperty")
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        if self.contact_ids.is_empty() && self.group_ids.is_empty() && self.extended_properties.is_empty() {
            return x.empty("m:GetImItems");
        }
        x.start("m:GetImItems")?;
        write_ids(x, "m:ContactIds", self.contact_ids)?;
        write_ids(x, "m:GroupIds", self.group_ids)?;
        write_paths(x, self.extended_properties)?;
        x.end("m:GetImItems")
    }
}

/// `m:GetImItemList`: the whole IM list, with these extended properties (left out when
/// empty).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct GetImItemList<'a> {
    /// `m:ExtendedProperties`.
    pub extended_properties: &'a [ExtendedFieldPath<'a>],
}
request!(GetImItemList);

impl Body for GetImItemList<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        validate_paths(self.extended_properties, "GetImItemList/ExtendedProperties/ExtendedProperty")
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        if self.extended_properties.is_empty() {
            return x.empty("m:GetImItemList");
        }
        x.start("m:GetImItemList")?;
        write_paths(x, self.extended_properties)?;
        x.end("m:GetImItemList")
    }
}

/// `m:AddImGroup`: a new IM group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddImGroup<'a> {
    /// `m:DisplayName` (non-empty).
    pub display_name: &'a str,
}
request!(AddImGroup);

impl Body for AddImGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        check::non_empty(Field::element("AddImGroup/DisplayName"), self.display_name)
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:AddImGroup")?;
        x.text_element("m:DisplayName", self.display_name)?;
        x.end("m:AddImGroup")
    }
}

/// `m:AddImContactToGroup`: an existing contact into a group (or the list, without group).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddImContactToGroup<'a> {
    /// `m:ContactId`.
    pub contact_id: ItemIdRef<'a>,
    /// `m:GroupId`.
    pub group_id: Option<ItemIdRef<'a>>,
}
request!(AddImContactToGroup);

impl Body for AddImContactToGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        self.contact_id.validate(Field::element("AddImContactToGroup/ContactId"))?;
        if let Some(g) = &self.group_id {
            g.validate(Field::element("AddImContactToGroup/GroupId"))?;
        }
        Ok(())
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:AddImContactToGroup")?;
        self.contact_id.write(x, "m:ContactId")?;
        if let Some(g) = &self.group_id {
            g.write(x, "m:GroupId")?;
        }
        x.end("m:AddImContactToGroup")
    }
}

/// `m:AddNewImContactToGroup`: a new contact by IM address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddNewImContactToGroup<'a> {
    /// `m:ImAddress` (non-empty), e.g. `sip:someone@example.com` or an SMTP address.
    pub im_address: &'a str,
    /// `m:DisplayName` (non-empty when given).
    pub display_name: Option<&'a str>,
    /// `m:GroupId`.
    pub group_id: Option<ItemIdRef<'a>>,
}
request!(AddNewImContactToGroup);

impl Body for AddNewImContactToGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        check::non_empty(Field::element("AddNewImContactToGroup/ImAddress"), self.im_address)?;
        if let Some(d) = self.display_name {
            check::non_empty(Field::element("AddNewImContactToGroup/DisplayName"), d)?;
        }
        if let Some(g) = &self.group_id {
            g.validate(Field::element("AddNewImContactToGroup/GroupId"))?;
        }
        Ok(())
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:AddNewImContactToGroup")?;
        x.text_element("m:ImAddress", self.im_address)?;
        if let Some(d) = self.display_name {
            x.text_element("m:DisplayName", d)?;
        }
        if let Some(g) = &self.group_id {
            g.write(x, "m:GroupId")?;
        }
        x.end("m:AddNewImContactToGroup")
    }
}

/// `m:AddNewTelUriContactToGroup`: a new contact by telephone URI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddNewTelUriContactToGroup<'a> {
    /// `m:TelUriAddress` (non-empty), e.g. `tel:3105550177`.
    pub tel_uri_address: &'a str,
    /// `m:ImContactSipUriAddress` (non-empty), e.g. `sip:someone@example.com`.
    pub im_contact_sip_uri_address: &'a str,
    /// `m:ImTelephoneNumber` (non-empty).
    pub im_telephone_number: &'a str,
    /// `m:GroupId`.
    pub group_id: Option<ItemIdRef<'a>>,
}
request!(AddNewTelUriContactToGroup);

impl Body for AddNewTelUriContactToGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        check::non_empty(Field::element("AddNewTelUriContactToGroup/TelUriAddress"), self.tel_uri_address)?;
        check::non_empty(
            Field::element("AddNewTelUriContactToGroup/ImContactSipUriAddress"),
            self.im_contact_sip_uri_address,
        )?;
        check::non_empty(Field::element("AddNewTelUriContactToGroup/ImTelephoneNumber"), self.im_telephone_number)?;
        if let Some(g) = &self.group_id {
            g.validate(Field::element("AddNewTelUriContactToGroup/GroupId"))?;
        }
        Ok(())
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:AddNewTelUriContactToGroup")?;
        x.text_element("m:TelUriAddress", self.tel_uri_address)?;
        x.text_element("m:ImContactSipUriAddress", self.im_contact_sip_uri_address)?;
        x.text_element("m:ImTelephoneNumber", self.im_telephone_number)?;
        if let Some(g) = &self.group_id {
            g.write(x, "m:GroupId")?;
        }
        x.end("m:AddNewTelUriContactToGroup")
    }
}

/// `m:AddDistributionGroupToImList`: a distribution group, by SMTP address. The schema
/// requires both children (the documentation's example leaves `DisplayName` out, and
/// does not validate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AddDistributionGroupToImList<'a> {
    /// `m:SmtpAddress` (non-empty).
    pub smtp_address: &'a str,
    /// `m:DisplayName` (non-empty).
    pub display_name: &'a str,
}
request!(AddDistributionGroupToImList);

impl Body for AddDistributionGroupToImList<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        check::non_empty(Field::element("AddDistributionGroupToImList/SmtpAddress"), self.smtp_address)?;
        check::non_empty(Field::element("AddDistributionGroupToImList/DisplayName"), self.display_name)
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:AddDistributionGroupToImList")?;
        x.text_element("m:SmtpAddress", self.smtp_address)?;
        x.text_element("m:DisplayName", self.display_name)?;
        x.end("m:AddDistributionGroupToImList")
    }
}

/// `m:RemoveImContactFromGroup`: a contact out of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RemoveImContactFromGroup<'a> {
    /// `m:ContactId`.
    pub contact_id: ItemIdRef<'a>,
    /// `m:GroupId`.
    pub group_id: ItemIdRef<'a>,
}
request!(RemoveImContactFromGroup);

impl Body for RemoveImContactFromGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        self.contact_id.validate(Field::element("RemoveImContactFromGroup/ContactId"))?;
        self.group_id.validate(Field::element("RemoveImContactFromGroup/GroupId"))
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:RemoveImContactFromGroup")?;
        self.contact_id.write(x, "m:ContactId")?;
        self.group_id.write(x, "m:GroupId")?;
        x.end("m:RemoveImContactFromGroup")
    }
}

/// `m:RemoveImGroup`: a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RemoveImGroup<'a> {
    /// `m:GroupId`.
    pub group_id: ItemIdRef<'a>,
}
request!(RemoveImGroup);

impl Body for RemoveImGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        self.group_id.validate(Field::element("RemoveImGroup/GroupId"))
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:RemoveImGroup")?;
        self.group_id.write(x, "m:GroupId")?;
        x.end("m:RemoveImGroup")
    }
}

/// `m:SetImGroup`: renames a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SetImGroup<'a> {
    /// `m:GroupId`.
    pub group_id: ItemIdRef<'a>,
    /// `m:NewDisplayName` (non-empty).
    pub new_display_name: &'a str,
}
request!(SetImGroup);

impl Body for SetImGroup<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        self.group_id.validate(Field::element("SetImGroup/GroupId"))?;
        check::non_empty(Field::element("SetImGroup/NewDisplayName"), self.new_display_name)
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:SetImGroup")?;
        self.group_id.write(x, "m:GroupId")?;
        x.text_element("m:NewDisplayName", self.new_display_name)?;
        x.end("m:SetImGroup")
    }
}

/// `m:RemoveContactFromImList`: a contact out of the whole IM list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RemoveContactFromImList<'a> {
    /// `m:ContactId`.
    pub contact_id: ItemIdRef<'a>,
}
request!(RemoveContactFromImList);

impl Body for RemoveContactFromImList<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        self.contact_id.validate(Field::element("RemoveContactFromImList/ContactId"))
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:RemoveContactFromImList")?;
        self.contact_id.write(x, "m:ContactId")?;
        x.end("m:RemoveContactFromImList")
    }
}

/// `m:RemoveDistributionGroupFromImList`: a distribution group's IM group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RemoveDistributionGroupFromImList<'a> {
    /// `m:GroupId`.
    pub group_id: ItemIdRef<'a>,
}
request!(RemoveDistributionGroupFromImList);

impl Body for RemoveDistributionGroupFromImList<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        self.group_id.validate(Field::element("RemoveDistributionGroupFromImList/GroupId"))
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:RemoveDistributionGroupFromImList")?;
        self.group_id.write(x, "m:GroupId")?;
        x.end("m:RemoveDistributionGroupFromImList")
    }
}

/// `m:SetImListMigrationCompleted`: marks the IM list migration done (or not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SetImListMigrationCompleted {
    /// `m:ImListMigrationCompleted`, written `true` / `false`.
    pub im_list_migration_completed: bool,
}

impl Request for SetImListMigrationCompleted {
    const OPERATION: Operation = Operation::SetImListMigrationCompleted;
}

impl Body for SetImListMigrationCompleted {
    fn validate(&self) -> Result<(), RequestError> {
        Ok(())
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:SetImListMigrationCompleted")?;
        x.text_element("m:ImListMigrationCompleted", if self.im_list_migration_completed { "true" } else { "false" })?;
        x.end("m:SetImListMigrationCompleted")
    }
}

/// `m:GetPersona`: one persona, by id or by email address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GetPersona<'a> {
    /// `m:PersonaId`.
    PersonaId(ItemIdRef<'a>),
    /// `m:EmailAddress/t:EmailAddress` (non-empty).
    EmailAddress(&'a str),
}
request!(GetPersona);

impl Body for GetPersona<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        match self {
            GetPersona::PersonaId(id) => id.validate(Field::element("GetPersona/PersonaId")),
            GetPersona::EmailAddress(a) => check::non_empty(Field::element("GetPersona/EmailAddress/EmailAddress"), a),
        }
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:GetPersona")?;
        match self {
            GetPersona::PersonaId(id) => id.write(x, "m:PersonaId")?,
            GetPersona::EmailAddress(a) => {
                x.start("m:EmailAddress")?;
                x.text_element("t:EmailAddress", a)?;
                x.end("m:EmailAddress")?;
            }
        }
        x.end("m:GetPersona")
    }
}

schema_enum! {
    /// `t:IndexBasePointType`: where an indexed page view counts its offset from.
    BasePoint, "t:IndexBasePointType" {
        Beginning = "Beginning",
        End = "End",
    }
}

/// `m:IndexedPageItemView` (`t:IndexedPageViewType`): which page of results.
///
/// [`Default`]: from the beginning, offset 0, the server's page size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IndexedPageView {
    /// `MaxEntriesReturned`: page size, 1..=2147483647 (`xs:int`); `None` leaves it to
    /// the server.
    pub max_entries_returned: Option<u32>,
    /// `Offset`: 0..=2147483647 (`xs:int`).
    pub offset: u32,
    /// `BasePoint`.
    pub base_point: BasePoint,
}

impl Default for IndexedPageView {
    fn default() -> Self {
        IndexedPageView { max_entries_returned: None, offset: 0, base_point: BasePoint::Beginning }
    }
}

/// The `t:DistinguishedFolderIdNameType` values (schema order): the names a
/// [`TargetFolder::DistinguishedFolderId`] may take. For FindPeople, `directory` searches
/// the global address list and `contacts` / `mycontacts` the mailbox.
pub const DISTINGUISHED_FOLDER_IDS: &[&str] = &[
    "calendar",
    "contacts",
    "deleteditems",
    "drafts",
    "inbox",
    "journal",
    "notes",
    "outbox",
    "sentitems",
    "tasks",
    "msgfolderroot",
    "publicfoldersroot",
    "root",
    "junkemail",
    "searchfolders",
    "voicemail",
    "recoverableitemsroot",
    "recoverableitemsdeletions",
    "recoverableitemsversions",
    "recoverableitemspurges",
    "recoverableitemsdiscoveryholds",
    "archiveroot",
    "archivemsgfolderroot",
    "archivedeleteditems",
    "archiveinbox",
    "archiverecoverableitemsroot",
    "archiverecoverableitemsdeletions",
    "archiverecoverableitemsversions",
    "archiverecoverableitemspurges",
    "archiverecoverableitemsdiscoveryholds",
    "syncissues",
    "conflicts",
    "localfailures",
    "serverfailures",
    "recipientcache",
    "quickcontacts",
    "conversationhistory",
    "adminauditlogs",
    "todosearch",
    "mycontacts",
    "directory",
    "imcontactlist",
    "peopleconnect",
    "favorites",
    "mecontact",
    "personmetadata",
    "teamspaceactivity",
    "teamspacemessaging",
    "teamspaceworkitems",
    "scheduled",
    "orionnotes",
    "tagitems",
    "alltaggeditems",
    "allcategorizeditems",
    "externalcontacts",
    "teamchat",
    "teamchathistory",
    "yammerdata",
    "yammerroot",
    "yammerinbound",
    "yammeroutbound",
    "yammerfeeds",
    "kaizaladata",
    "messageingestion",
    "onedriveroot",
    "onedriverecylebin",
    "onedrivesystem",
    "onedrivevolume",
    "important",
    "starred",
    "archive",
];

/// `m:ParentFolderId` (`t:TargetFolderIdType`): where FindPeople searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TargetFolder<'a> {
    /// `t:DistinguishedFolderId Id="…"`: one of [`DISTINGUISHED_FOLDER_IDS`], such as
    /// `directory` (the global address list) or `contacts`.
    DistinguishedFolderId(&'a str),
    /// `t:FolderId Id="…" ChangeKey="…"`: a folder by id.
    FolderId(ItemIdRef<'a>),
}

/// `m:FindPeople`, the basic form: a page of the people in a folder, optionally matching
/// a query string (searching the directory needs one).
///
/// ```
/// use ews_im::write::{request_to_vec, FindPeople, IndexedPageView, RequestHeader, TargetFolder};
/// let request = FindPeople {
///     indexed_page_item_view: IndexedPageView { max_entries_returned: Some(100), ..IndexedPageView::default() },
///     parent_folder_id: Some(TargetFolder::DistinguishedFolderId("directory")),
///     query_string: Some("bolte"),
/// };
/// let xml = String::from_utf8(request_to_vec(&RequestHeader::default(), &request)?).unwrap();
/// assert!(xml.contains(r#"<m:IndexedPageItemView MaxEntriesReturned="100" Offset="0" BasePoint="Beginning"/>"#));
/// # Ok::<(), ews_im::write::RequestError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FindPeople<'a> {
    /// `m:IndexedPageItemView` (required).
    pub indexed_page_item_view: IndexedPageView,
    /// `m:ParentFolderId`.
    pub parent_folder_id: Option<TargetFolder<'a>>,
    /// `m:QueryString` (non-empty when given).
    pub query_string: Option<&'a str>,
}
request!(FindPeople);

const INT_MAX: u32 = i32::MAX as u32;

impl Body for FindPeople<'_> {
    fn validate(&self) -> Result<(), RequestError> {
        let view = Field::element("FindPeople/IndexedPageItemView");
        let v = &self.indexed_page_item_view;
        if let Some(n) = v.max_entries_returned {
            if !(1..=INT_MAX).contains(&n) {
                let field = view.with_attribute("MaxEntriesReturned");
                return Err(RequestError::OutOfRange { field, value: n, min: 1, max: INT_MAX });
            }
        }
        if v.offset > INT_MAX {
            let field = view.with_attribute("Offset");
            return Err(RequestError::OutOfRange { field, value: v.offset, min: 0, max: INT_MAX });
        }
        match &self.parent_folder_id {
            Some(TargetFolder::DistinguishedFolderId(id)) => {
                let field = Field::attribute("FindPeople/ParentFolderId/DistinguishedFolderId", "Id");
                check::non_empty(field, id)?;
                if !DISTINGUISHED_FOLDER_IDS.contains(id) {
                    return Err(RequestError::UnknownDistinguishedFolder { id: (*id).to_owned() });
                }
            }
            Some(TargetFolder::FolderId(id)) => id.validate(Field::element("FindPeople/ParentFolderId/FolderId"))?,
            None => {}
        }
        if let Some(q) = self.query_string {
            check::non_empty(Field::element("FindPeople/QueryString"), q)?;
        }
        Ok(())
    }

    fn write_body<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("m:FindPeople")?;
        let v = &self.indexed_page_item_view;
        x.open_empty("m:IndexedPageItemView")?;
        if let Some(n) = v.max_entries_returned {
            x.attr_fmt("MaxEntriesReturned", format_args!("{n}"))?;
        }
        x.attr_fmt("Offset", format_args!("{}", v.offset))?;
        x.attr("BasePoint", v.base_point.as_str())?;
        x.close_empty()?;
        match &self.parent_folder_id {
            Some(TargetFolder::DistinguishedFolderId(id)) => {
                x.start("m:ParentFolderId")?;
                x.open_empty("t:DistinguishedFolderId")?;
                x.attr("Id", id)?;
                x.close_empty()?;
                x.end("m:ParentFolderId")?;
            }
            Some(TargetFolder::FolderId(id)) => {
                x.start("m:ParentFolderId")?;
                id.write(x, "t:FolderId")?;
                x.end("m:ParentFolderId")?;
            }
            None => {}
        }
        if let Some(q) = self.query_string {
            x.text_element("m:QueryString", q)?;
        }
        x.end("m:FindPeople")
    }
}
