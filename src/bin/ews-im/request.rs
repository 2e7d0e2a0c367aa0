//! `ews-im request <operation> …`: writes the SOAP request of an operation to stdout.
//!
//! Options are the kebab-case of the request's children; every operation takes the same
//! header options. Bad arguments and refused requests exit 2 with a message on stderr and
//! nothing on stdout (the whole request is built before the first byte is printed).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use ews_im::write::{
    self, DistinguishedPropertySet, ExtendedFieldPath, Impersonation, IndexedPageView, ItemIdRef, MapiPropertyType,
    Request, RequestHeader, TargetFolder,
};
use ews_im::ExchangeVersion;

/// Write the SOAP request of an EWS operation to standard output.
///
/// Exit status: 0 when the request was written; 2 on a bad argument or a request the
/// writer refuses (a character XML 1.0 cannot carry, an empty value, an invalid
/// extended-property combination), with the reason on stderr and nothing on stdout.
#[derive(Args)]
pub struct RequestArgs {
    #[command(subcommand)]
    operation: Op,
}

/// The SOAP headers, the same for every operation.
#[derive(Args)]
struct HeaderArgs {
    /// RequestServerVersion: an ExchangeVersionType value.
    #[arg(long = "version", value_name = "V", default_value = "Exchange2013", value_parser = known_versions())]
    version: String,
    /// MailboxCulture: a language tag such as en-US.
    #[arg(long, value_name = "TAG")]
    culture: Option<String>,
    /// Impersonate the mailbox with this primary SMTP address (ConnectingSID/PrimarySmtpAddress).
    #[arg(long, value_name = "ADDR", conflicts_with_all = ["impersonate_upn", "impersonate_sid"])]
    impersonate_smtp: Option<String>,
    /// Impersonate the user with this user principal name (ConnectingSID/PrincipalName).
    #[arg(long, value_name = "UPN", conflicts_with = "impersonate_sid")]
    impersonate_upn: Option<String>,
    /// Impersonate the user with this security identifier (ConnectingSID/SID).
    #[arg(long, value_name = "SID")]
    impersonate_sid: Option<String>,
}

fn known_versions() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(ExchangeVersion::KNOWN.iter().map(|(name, _)| *name))
}

#[derive(Subcommand)]
enum Op {
    /// GetImItems: groups and contacts by id.
    GetImItems {
        /// A contact (persona) id, `ID` or `ID:CHANGEKEY`; repeatable.
        #[arg(long = "contact", value_name = "ID[:CHANGEKEY]")]
        contacts: Vec<String>,
        /// An IM group id, `ID` or `ID:CHANGEKEY`; repeatable.
        #[arg(long = "group", value_name = "ID[:CHANGEKEY]")]
        groups: Vec<String>,
        /// An extended property to return, as PathToExtendedFieldType attributes:
        /// `PropertyTag=0x3001,PropertyType=String` or
        /// `DistinguishedPropertySetId=PublicStrings,PropertyName=X-Foo,PropertyType=String`.
        /// Write `\,` for a comma and `\\` for a backslash in a value. Repeatable.
        #[arg(long = "extended-property", value_name = "ATTR=VALUE[,ATTR=VALUE]...")]
        extended_properties: Vec<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// GetImItemList: the whole IM list.
    GetImItemList {
        /// An extended property to return (see `get-im-items --help`); repeatable.
        #[arg(long = "extended-property", value_name = "ATTR=VALUE[,ATTR=VALUE]...")]
        extended_properties: Vec<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// AddImGroup: a new IM group.
    AddImGroup {
        /// DisplayName of the new group.
        #[arg(long)]
        display_name: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// AddImContactToGroup: an existing contact into a group.
    AddImContactToGroup {
        /// ContactId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        contact_id: String,
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: Option<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// AddNewImContactToGroup: a new contact by IM address.
    AddNewImContactToGroup {
        /// ImAddress of the new contact.
        #[arg(long)]
        im_address: String,
        /// DisplayName of the new contact.
        #[arg(long)]
        display_name: Option<String>,
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: Option<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// AddNewTelUriContactToGroup: a new contact by telephone URI.
    AddNewTelUriContactToGroup {
        /// TelUriAddress, e.g. tel:3105550177.
        #[arg(long)]
        tel_uri_address: String,
        /// ImContactSipUriAddress, e.g. sip:someone@example.com.
        #[arg(long)]
        im_contact_sip_uri_address: String,
        /// ImTelephoneNumber.
        #[arg(long)]
        im_telephone_number: String,
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: Option<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// AddDistributionGroupToImList: a distribution group by SMTP address.
    AddDistributionGroupToImList {
        /// SmtpAddress of the distribution group.
        #[arg(long)]
        smtp_address: String,
        /// DisplayName of the distribution group.
        #[arg(long)]
        display_name: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// RemoveImContactFromGroup: a contact out of a group.
    RemoveImContactFromGroup {
        /// ContactId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        contact_id: String,
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// RemoveImGroup: a group.
    RemoveImGroup {
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// SetImGroup: renames a group.
    SetImGroup {
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: String,
        /// NewDisplayName of the group.
        #[arg(long)]
        new_display_name: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// RemoveContactFromImList: a contact out of the whole IM list.
    RemoveContactFromImList {
        /// ContactId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        contact_id: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// RemoveDistributionGroupFromImList: a distribution group's IM group.
    RemoveDistributionGroupFromImList {
        /// GroupId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]")]
        group_id: String,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// SetImListMigrationCompleted: marks the IM list migration done (or not).
    SetImListMigrationCompleted {
        /// ImListMigrationCompleted: true or false.
        #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
        im_list_migration_completed: bool,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// GetPersona: one persona, by id or by email address.
    GetPersona {
        /// PersonaId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]", required_unless_present = "email_address")]
        persona_id: Option<String>,
        /// EmailAddress of the persona.
        #[arg(long, value_name = "ADDR", conflicts_with = "persona_id")]
        email_address: Option<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
    /// FindPeople: a page of the people in a folder (or the directory), optionally matching
    /// a query string.
    FindPeople {
        /// IndexedPageItemView/@MaxEntriesReturned: the page size.
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        max_entries_returned: Option<u32>,
        /// IndexedPageItemView/@Offset.
        #[arg(long, value_name = "N", default_value_t = 0, allow_negative_numbers = true)]
        offset: u32,
        /// IndexedPageItemView/@BasePoint: Beginning or End.
        #[arg(long, value_name = "POINT", default_value = "Beginning", value_parser = ["Beginning", "End"])]
        base_point: String,
        /// ParentFolderId/DistinguishedFolderId: a distinguished folder such as `directory`
        /// or `contacts`.
        #[arg(long, value_name = "NAME")]
        distinguished_folder_id: Option<String>,
        /// ParentFolderId/FolderId, `ID` or `ID:CHANGEKEY`.
        #[arg(long, value_name = "ID[:CHANGEKEY]", conflicts_with = "distinguished_folder_id")]
        folder_id: Option<String>,
        /// QueryString: the text to look for.
        #[arg(long, value_name = "TEXT")]
        query_string: Option<String>,
        #[command(flatten)]
        header: HeaderArgs,
    },
}

/// Runs `ews-im request …`.
pub fn run(args: RequestArgs) -> ExitCode {
    match build(&args.operation) {
        Ok(bytes) => {
            let mut out = io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot write output: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The whole request, or what is wrong with the arguments.
fn build(op: &Op) -> Result<Vec<u8>, String> {
    match op {
        Op::GetImItems { contacts, groups, extended_properties, header } => {
            let contacts = ids("--contact", contacts)?;
            let groups = ids("--group", groups)?;
            let props = paths(extended_properties)?;
            let props: Vec<_> = props.iter().map(OwnedPath::borrow).collect();
            let request = write::GetImItems { contact_ids: &contacts, group_ids: &groups, extended_properties: &props };
            emit(header, &request)
        }
        Op::GetImItemList { extended_properties, header } => {
            let props = paths(extended_properties)?;
            let props: Vec<_> = props.iter().map(OwnedPath::borrow).collect();
            emit(header, &write::GetImItemList { extended_properties: &props })
        }
        Op::AddImGroup { display_name, header } => emit(header, &write::AddImGroup { display_name }),
        Op::AddImContactToGroup { contact_id, group_id, header } => {
            let request = write::AddImContactToGroup {
                contact_id: id("--contact-id", contact_id)?,
                group_id: group_id.as_deref().map(|g| id("--group-id", g)).transpose()?,
            };
            emit(header, &request)
        }
        Op::AddNewImContactToGroup { im_address, display_name, group_id, header } => {
            let request = write::AddNewImContactToGroup {
                im_address,
                display_name: display_name.as_deref(),
                group_id: group_id.as_deref().map(|g| id("--group-id", g)).transpose()?,
            };
            emit(header, &request)
        }
        Op::AddNewTelUriContactToGroup {
            tel_uri_address,
            im_contact_sip_uri_address,
            im_telephone_number,
            group_id,
            header,
        } => {
            let request = write::AddNewTelUriContactToGroup {
                tel_uri_address,
                im_contact_sip_uri_address,
                im_telephone_number,
                group_id: group_id.as_deref().map(|g| id("--group-id", g)).transpose()?,
            };
            emit(header, &request)
        }
        Op::AddDistributionGroupToImList { smtp_address, display_name, header } => {
            emit(header, &write::AddDistributionGroupToImList { smtp_address, display_name })
        }
        Op::RemoveImContactFromGroup { contact_id, group_id, header } => {
            let request = write::RemoveImContactFromGroup {
                contact_id: id("--contact-id", contact_id)?,
                group_id: id("--group-id", group_id)?,
            };
            emit(header, &request)
        }
        Op::RemoveImGroup { group_id, header } => {
            emit(header, &write::RemoveImGroup { group_id: id("--group-id", group_id)? })
        }
        Op::SetImGroup { group_id, new_display_name, header } => {
            let request = write::SetImGroup { group_id: id("--group-id", group_id)?, new_display_name };
            emit(header, &request)
        }
        Op::RemoveContactFromImList { contact_id, header } => {
            emit(header, &write::RemoveContactFromImList { contact_id: id("--contact-id", contact_id)? })
        }
        Op::RemoveDistributionGroupFromImList { group_id, header } => {
            emit(header, &write::RemoveDistributionGroupFromImList { group_id: id("--group-id", group_id)? })
        }
        Op::SetImListMigrationCompleted { im_list_migration_completed, header } => emit(
            header,
            &write::SetImListMigrationCompleted { im_list_migration_completed: *im_list_migration_completed },
        ),
        Op::GetPersona { persona_id, email_address, header } => {
            let request = match (persona_id, email_address) {
                (Some(p), _) => write::GetPersona::PersonaId(id("--persona-id", p)?),
                (None, Some(a)) => write::GetPersona::EmailAddress(a),
                (None, None) => return Err("give --persona-id or --email-address".into()),
            };
            emit(header, &request)
        }
        Op::FindPeople {
            max_entries_returned,
            offset,
            base_point,
            distinguished_folder_id,
            folder_id,
            query_string,
            header,
        } => {
            let parent_folder_id = match (distinguished_folder_id, folder_id) {
                (Some(name), _) => Some(TargetFolder::DistinguishedFolderId(name)),
                (None, Some(f)) => Some(TargetFolder::FolderId(id("--folder-id", f)?)),
                (None, None) => None,
            };
            let request = write::FindPeople {
                indexed_page_item_view: IndexedPageView {
                    max_entries_returned: *max_entries_returned,
                    offset: *offset,
                    base_point: write::BasePoint::parse(base_point).unwrap_or(write::BasePoint::Beginning),
                },
                parent_folder_id,
                query_string: query_string.as_deref(),
            };
            emit(header, &request)
        }
    }
}

/// Writes `request` with the header options into a `Vec` (nothing written if refused).
fn emit<R: Request>(h: &HeaderArgs, request: &R) -> Result<Vec<u8>, String> {
    let impersonation = match (&h.impersonate_smtp, &h.impersonate_upn, &h.impersonate_sid) {
        (Some(a), _, _) => Some(Impersonation::PrimarySmtpAddress(a)),
        (None, Some(u), _) => Some(Impersonation::PrincipalName(u)),
        (None, None, Some(s)) => Some(Impersonation::Sid(s)),
        (None, None, None) => None,
    };
    let header =
        RequestHeader { version: ExchangeVersion::parse(&h.version), culture: h.culture.as_deref(), impersonation };
    write::request_to_vec(&header, request).map_err(|e| format!("cannot write the {} request: {e}", R::OPERATION))
}

/// `ID` or `ID:CHANGEKEY` (split at the first `:`; base64 ids hold none).
fn id<'a>(option: &str, value: &'a str) -> Result<ItemIdRef<'a>, String> {
    let parsed = match value.split_once(':') {
        Some((id, change_key)) => ItemIdRef::with_change_key(id, change_key),
        None => ItemIdRef::new(value),
    };
    if parsed.id.is_empty() {
        return Err(format!("{option} `{value}`: the id is empty"));
    }
    if parsed.change_key == Some("") {
        return Err(format!("{option} `{value}`: the change key after `:` is empty (leave out the `:`)"));
    }
    Ok(parsed)
}

fn ids<'a>(option: &str, values: &'a [String]) -> Result<Vec<ItemIdRef<'a>>, String> {
    values.iter().map(|v| id(option, v)).collect()
}

/// An `--extended-property` after parsing: the values unescaped, so owned.
#[derive(Default)]
struct OwnedPath {
    distinguished_property_set_id: Option<DistinguishedPropertySet>,
    property_set_id: Option<String>,
    property_tag: Option<u16>,
    property_name: Option<String>,
    property_id: Option<i32>,
    property_type: Option<MapiPropertyType>,
}

impl OwnedPath {
    fn borrow(&self) -> ExtendedFieldPath<'_> {
        ExtendedFieldPath {
            distinguished_property_set_id: self.distinguished_property_set_id,
            property_set_id: self.property_set_id.as_deref(),
            property_tag: self.property_tag,
            property_name: self.property_name.as_deref(),
            property_id: self.property_id,
            property_type: self.property_type,
        }
    }
}

fn paths(values: &[String]) -> Result<Vec<OwnedPath>, String> {
    values.iter().map(|v| path(v).map_err(|e| format!("--extended-property `{v}`: {e}"))).collect()
}

/// Splits `ATTR=VALUE[,ATTR=VALUE]...` at unescaped commas, unescaping `\,` and `\\`.
fn split_pairs(spec: &str) -> Result<Vec<String>, String> {
    let mut pairs = vec![String::new()];
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(e @ (',' | '\\')) => pairs.last_mut().map_or((), |p| p.push(e)),
                Some(other) => return Err(format!("`\\{other}` is not an escape (write `\\\\` for a backslash)")),
                None => return Err("a `\\` at the end (write `\\\\` for a backslash)".into()),
            },
            ',' => pairs.push(String::new()),
            c => pairs.last_mut().map_or((), |p| p.push(c)),
        }
    }
    Ok(pairs)
}

/// One `--extended-property` value.
fn path(spec: &str) -> Result<OwnedPath, String> {
    const ATTRS: &str =
        "DistinguishedPropertySetId, PropertySetId, PropertyTag, PropertyName, PropertyId, PropertyType";
    let mut p = OwnedPath::default();
    for pair in split_pairs(spec)? {
        let Some((name, value)) = pair.split_once('=') else {
            return Err(format!("`{pair}` is not ATTR=VALUE"));
        };
        let duplicate = || format!("{name} is given twice");
        match name {
            "DistinguishedPropertySetId" => {
                let set = DistinguishedPropertySet::parse(value).ok_or_else(|| {
                    format!(
                        "DistinguishedPropertySetId `{value}` is not one of {}",
                        list(DistinguishedPropertySet::ALL)
                    )
                })?;
                if p.distinguished_property_set_id.replace(set).is_some() {
                    return Err(duplicate());
                }
            }
            "PropertySetId" => {
                if p.property_set_id.replace(value.to_owned()).is_some() {
                    return Err(duplicate());
                }
            }
            "PropertyTag" => {
                let tag = property_tag(value).ok_or_else(|| {
                    format!("PropertyTag `{value}` is not 0x followed by 1-4 hex digits, nor a number 0-65535")
                })?;
                if p.property_tag.replace(tag).is_some() {
                    return Err(duplicate());
                }
            }
            "PropertyName" => {
                if p.property_name.replace(value.to_owned()).is_some() {
                    return Err(duplicate());
                }
            }
            "PropertyId" => {
                let id = value.parse::<i32>().map_err(|_| format!("PropertyId `{value}` is not an xs:int"))?;
                if p.property_id.replace(id).is_some() {
                    return Err(duplicate());
                }
            }
            "PropertyType" => {
                let ty = MapiPropertyType::parse(value)
                    .ok_or_else(|| format!("PropertyType `{value}` is not one of {}", list(MapiPropertyType::ALL)))?;
                if p.property_type.replace(ty).is_some() {
                    return Err(duplicate());
                }
            }
            other => return Err(format!("unknown attribute `{other}` (expected {ATTRS})")),
        }
    }
    Ok(p)
}

fn list<T: std::fmt::Display>(values: &[T]) -> String {
    values.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// `t:PropertyTagType`: `(0x|0X)[0-9A-Fa-f]{1,4}` or an `xs:unsignedShort`.
fn property_tag(value: &str) -> Option<u16> {
    if let Some(hex) = value.strip_prefix("0x").or_else(|| value.strip_prefix("0X")) {
        if (1..=4).contains(&hex.len()) && hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            return u16::from_str_radix(hex, 16).ok();
        }
        return None;
    }
    if value.is_empty() || !value.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_unescape() {
        assert_eq!(split_pairs(r"A=1,B=x\,y\\z").unwrap(), ["A=1", r"B=x,y\z"]);
        assert!(split_pairs(r"A=\n").is_err());
        assert!(split_pairs("A=\\").is_err());
    }

    #[test]
    fn tags() {
        assert_eq!(property_tag("0x3001"), Some(0x3001));
        assert_eq!(property_tag("0X1"), Some(1));
        assert_eq!(property_tag("12289"), Some(0x3001));
        assert_eq!(property_tag("65535"), Some(0xFFFF));
        for bad in ["65536", "0x", "0x12345", "-1", "+1", "", "0xg"] {
            assert_eq!(property_tag(bad), None, "{bad}");
        }
    }
}
