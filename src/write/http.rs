//! What an HTTP client needs besides the body: the operation's `SOAPAction`, the content
//! type, and `X-AnchorMailbox` for impersonation. No HTTP client here.

use super::header::Impersonation;

/// The `SOAPAction` of every EWS operation is this prefix (the messages namespace and a
/// `/`) followed by the operation name. The header is optional for EWS (it dispatches on
/// the body element), but clients send it.
pub const SOAP_ACTION_PREFIX: &str = "http://schemas.microsoft.com/exchange/services/2006/messages/";

/// The `Content-Type` of an EWS request (SOAP 1.1): `text/xml; charset=utf-8`.
pub const CONTENT_TYPE: &str = "text/xml; charset=utf-8";

/// The name of the HTTP header that routes an impersonated request to the impersonated
/// mailbox (required by Exchange Online): see [`x_anchor_mailbox`].
pub const X_ANCHOR_MAILBOX: &str = "X-AnchorMailbox";

macro_rules! operations {
    ($($variant:ident),+ $(,)?) => {
        /// An EWS operation whose request this module writes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Operation {
            $(#[doc = concat!("`", stringify!($variant), "`.")] $variant,)+
        }

        impl Operation {
            /// Every operation, in the order of the schema notes (§1).
            pub const ALL: &'static [Operation] = &[$(Operation::$variant),+];

            /// The operation name, which is also the local name of the request's body
            /// element (`GetImItems`).
            pub const fn name(self) -> &'static str {
                match self {
                    $(Operation::$variant => stringify!($variant),)+
                }
            }

            /// The `SOAPAction` value: [`SOAP_ACTION_PREFIX`] + [`name`](Operation::name).
            /// Send it double-quoted: `SOAPAction: "http://…/messages/GetImItems"`.
            pub const fn soap_action(self) -> &'static str {
                match self {
                    $(Operation::$variant => concat!(
                        "http://schemas.microsoft.com/exchange/services/2006/messages/",
                        stringify!($variant)
                    ),)+
                }
            }
        }
    };
}

operations! {
    GetImItems,
    GetImItemList,
    AddImGroup,
    AddImContactToGroup,
    AddNewImContactToGroup,
    AddNewTelUriContactToGroup,
    AddDistributionGroupToImList,
    RemoveImContactFromGroup,
    RemoveImGroup,
    SetImGroup,
    RemoveContactFromImList,
    RemoveDistributionGroupFromImList,
    SetImListMigrationCompleted,
    GetPersona,
    FindPeople,
}

impl std::fmt::Display for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The `SOAPAction` value for `operation` (see [`Operation::soap_action`]).
///
/// ```
/// use ews_im::write::{soap_action, Operation, SOAP_ACTION_PREFIX};
/// assert_eq!(
///     soap_action(Operation::GetImItems),
///     "http://schemas.microsoft.com/exchange/services/2006/messages/GetImItems"
/// );
/// assert!(soap_action(Operation::FindPeople).starts_with(SOAP_ACTION_PREFIX));
/// ```
pub const fn soap_action(operation: Operation) -> &'static str {
    operation.soap_action()
}

/// The value of the `X-AnchorMailbox` HTTP header for a request sent with this
/// impersonation: the impersonated SMTP address, when the impersonation gives one
/// (`PrimarySmtpAddress` or `SmtpAddress`). Exchange Online requires the header for
/// impersonation; by principal name or SID there is no SMTP address to give, and the
/// caller has to look it up (`None`).
///
/// ```
/// use ews_im::write::{x_anchor_mailbox, Impersonation};
/// assert_eq!(x_anchor_mailbox(&Impersonation::PrimarySmtpAddress("a@example.com")), Some("a@example.com"));
/// assert_eq!(x_anchor_mailbox(&Impersonation::Sid("S-1-5-21-1")), None);
/// ```
pub fn x_anchor_mailbox<'a>(impersonation: &Impersonation<'a>) -> Option<&'a str> {
    match *impersonation {
        Impersonation::PrimarySmtpAddress(a) | Impersonation::SmtpAddress(a) => Some(a),
        Impersonation::PrincipalName(_) | Impersonation::Sid(_) => None,
    }
}
