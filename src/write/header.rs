//! The SOAP headers of a request: `RequestServerVersion`, `MailboxCulture` and
//! `ExchangeImpersonation`.

use std::io::{self, Write};

use super::check;
use super::error::{Field, RequestError};
use super::escape::Xml;
use crate::ExchangeVersion;

/// The SOAP headers written before the body.
///
/// [`Default`] is `RequestServerVersion Version="Exchange2013"` (the IM operations came
/// with Exchange 2013) and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestHeader<'a> {
    /// `t:RequestServerVersion/@Version`. Only the values of
    /// [`ExchangeVersion::KNOWN`] are written; an [`ExchangeVersion::Other`] is refused
    /// ([`RequestError::UnknownVersion`]).
    pub version: ExchangeVersion<'a>,
    /// `t:MailboxCulture`, an `xs:language` tag such as `en-US` (it also picks the
    /// language of `MessageText` in the answer).
    pub culture: Option<&'a str>,
    /// `t:ExchangeImpersonation`: act as another mailbox.
    pub impersonation: Option<Impersonation<'a>>,
}

impl Default for RequestHeader<'_> {
    fn default() -> Self {
        RequestHeader { version: ExchangeVersion::Exchange2013, culture: None, impersonation: None }
    }
}

/// Whom to act as: the one child of `t:ExchangeImpersonation/t:ConnectingSID`. Every value
/// is a `t:NonEmptyStringType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Impersonation<'a> {
    /// `t:PrincipalName`: a user principal name (UPN).
    PrincipalName(&'a str),
    /// `t:SID`: a security identifier in SDDL form (`S-1-5-21-…`).
    Sid(&'a str),
    /// `t:PrimarySmtpAddress`: the mailbox's primary SMTP address.
    PrimarySmtpAddress(&'a str),
    /// `t:SmtpAddress`: any SMTP address of the mailbox.
    SmtpAddress(&'a str),
}

impl<'a> Impersonation<'a> {
    /// The local name of the element (`PrincipalName`, `SID`, `PrimarySmtpAddress`,
    /// `SmtpAddress`).
    pub const fn element_name(&self) -> &'static str {
        match self {
            Impersonation::PrincipalName(_) => "PrincipalName",
            Impersonation::Sid(_) => "SID",
            Impersonation::PrimarySmtpAddress(_) => "PrimarySmtpAddress",
            Impersonation::SmtpAddress(_) => "SmtpAddress",
        }
    }

    /// The value.
    pub const fn value(&self) -> &'a str {
        match *self {
            Impersonation::PrincipalName(v)
            | Impersonation::Sid(v)
            | Impersonation::PrimarySmtpAddress(v)
            | Impersonation::SmtpAddress(v) => v,
        }
    }

    fn field(&self) -> Field {
        Field::element(match self {
            Impersonation::PrincipalName(_) => "Header/ExchangeImpersonation/ConnectingSID/PrincipalName",
            Impersonation::Sid(_) => "Header/ExchangeImpersonation/ConnectingSID/SID",
            Impersonation::PrimarySmtpAddress(_) => "Header/ExchangeImpersonation/ConnectingSID/PrimarySmtpAddress",
            Impersonation::SmtpAddress(_) => "Header/ExchangeImpersonation/ConnectingSID/SmtpAddress",
        })
    }
}

/// `xs:language`: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
fn is_language(s: &str) -> bool {
    s.split('-').enumerate().all(|(i, part)| {
        (1..=8).contains(&part.len())
            && part.bytes().all(|c| if i == 0 { c.is_ascii_alphabetic() } else { c.is_ascii_alphanumeric() })
    })
}

impl RequestHeader<'_> {
    pub(crate) fn validate(&self) -> Result<(), RequestError> {
        if !ExchangeVersion::KNOWN.iter().any(|(_, v)| *v == self.version) {
            return Err(RequestError::UnknownVersion { version: self.version.as_str().to_owned() });
        }
        if let Some(culture) = self.culture {
            check::non_empty(Field::element("Header/MailboxCulture"), culture)?;
            if !is_language(culture) {
                return Err(RequestError::InvalidCulture { culture: culture.to_owned() });
            }
        }
        if let Some(imp) = &self.impersonation {
            check::non_empty(imp.field(), imp.value())?;
        }
        Ok(())
    }

    /// `<soap:Header>…</soap:Header>`, at depth 1.
    pub(crate) fn write<W: Write + ?Sized>(&self, x: &mut Xml<'_, W>) -> io::Result<()> {
        x.start("soap:Header")?;
        x.open_empty("t:RequestServerVersion")?;
        x.attr("Version", self.version.as_str())?;
        x.close_empty()?;
        if let Some(culture) = self.culture {
            x.text_element("t:MailboxCulture", culture)?;
        }
        if let Some(imp) = &self.impersonation {
            x.start("t:ExchangeImpersonation")?;
            x.start("t:ConnectingSID")?;
            let name = match imp {
                Impersonation::PrincipalName(_) => "t:PrincipalName",
                Impersonation::Sid(_) => "t:SID",
                Impersonation::PrimarySmtpAddress(_) => "t:PrimarySmtpAddress",
                Impersonation::SmtpAddress(_) => "t:SmtpAddress",
            };
            x.text_element(name, imp.value())?;
            x.end("t:ConnectingSID")?;
            x.end("t:ExchangeImpersonation")?;
        }
        x.end("soap:Header")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["en", "en-US", "de-CH", "zh-Hant-TW", "x-klingon", "abcdefgh-12345678", "i-default"] {
            assert!(is_language(ok), "{ok}");
        }
        for bad in ["", "-", "en-", "-en", "en--US", "en_US", "abcdefghi", "en-123456789", "1en", "en US", " en"] {
            assert!(!is_language(bad), "{bad}");
        }
    }
}
