//! What a client should do with a response, in one call: [`Response::outcome`].
//!
//! EWS reports problems on two channels — a SOAP fault (HTTP 500) and a response element
//! with `ResponseClass="Error"` (HTTP 200), sometimes wrapping an inner error in
//! `MessageXml` — and a client has to treat them alike. [`Outcome`] folds both into the
//! decision a client makes: go on, retry later (with the server's back-off), fix the
//! request version, fix the request, or give up.

use std::time::Duration;

use crate::view::{Body, MessageXml, ResponseClass};
use crate::{parse_integer, Response, ResponseCode};

/// The facts of an unsuccessful (or warning) response.
#[derive(Clone, Copy, Debug)]
pub struct Problem<'a> {
    /// The response code (from `ResponseCode`, a fault's `detail/ResponseCode`, or the local
    /// part of `faultcode` when the detail has none).
    pub code: ResponseCode<'a>,
    /// The human text (`MessageText`, or a fault's `detail/Message` / `faultstring`), as sent.
    pub message: Option<&'a str>,
    /// Whether it came as a SOAP fault (HTTP 500) rather than a response element.
    pub fault: bool,
    /// The `MessageXml` entries, for anything the classification does not cover.
    pub message_xml: Option<MessageXml<'a>>,
}

/// What to do with a response.
///
/// ```
/// use ews_im::{parse, Bump, Outcome, ResponseCode};
/// use std::time::Duration;
/// let xml = br#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>
///   <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorServerBusy</faultcode>
///   <faultstring>The server cannot service this request right now. Try again later.</faultstring>
///   <detail>
///     <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorServerBusy</e:ResponseCode>
///     <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
///       <t:Value Name="BackOffMilliseconds">297749</t:Value></t:MessageXml>
///   </detail></s:Fault></s:Body></s:Envelope>"#;
/// let arena = Bump::new();
/// match parse(xml, &arena)?.outcome() {
///     Outcome::Retry { problem, back_off, .. } => {
///         assert_eq!(problem.code, ResponseCode::ErrorServerBusy);
///         assert_eq!(back_off, Some(Duration::from_millis(297_749)));
///     }
///     other => panic!("expected a retry, got {other:?}"),
/// }
/// # Ok::<(), ews_im::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Outcome<'a> {
    /// Success: use the payload.
    Success,
    /// `ResponseClass="Warning"`: the payload is usable, but something was not done.
    Warning(Problem<'a>),
    /// A transient problem (throttling, an unavailable back end, a server failure): retry
    /// later. `back_off` is the server's `BackOffMilliseconds` when it sent one — `Some(0)`
    /// if it said zero, `None` if it said nothing (never invented).
    Retry {
        /// The problem.
        problem: Problem<'a>,
        /// The server's suggested wait.
        back_off: Option<Duration>,
        /// For `ErrorInternalServerError` wrapping another error: the inner code.
        inner: Option<ResponseCode<'a>>,
    },
    /// The request's `RequestServerVersion` does not suit the server
    /// (`ErrorIncorrectSchemaVersion`, `ErrorInvalidServerVersion`, …): retry with another version.
    Version(Problem<'a>),
    /// The request failed schema validation: where, and why (from `MessageXml`).
    SchemaValidation {
        /// The problem.
        problem: Problem<'a>,
        /// `LineNumber` in the request.
        line: Option<i64>,
        /// `LinePosition` in the request.
        position: Option<i64>,
        /// `Violation`, the validator's message.
        violation: Option<&'a str>,
    },
    /// The request cannot succeed as sent (bad id, no such mailbox, name taken, access denied…).
    Permanent(Problem<'a>),
}

/// Codes that mean "try again later" (throttling and availability).
fn is_transient(code: &ResponseCode<'_>) -> bool {
    use ResponseCode as C;
    matches!(
        code,
        C::ErrorServerBusy
            | C::ErrorInternalServerError
            | C::ErrorInternalServerTransientError
            | C::ErrorExceededConnectionCount
            | C::ErrorExceededSubscriptionCount
            | C::ErrorExceededFindCountLimit
            | C::ErrorTooManyObjectsOpened
            | C::ErrorTimeoutExpired
            | C::ErrorMailboxStoreUnavailable
            | C::ErrorMailboxMoveInProgress
            | C::ErrorConnectionFailed
            | C::ErrorADUnavailable
            | C::ErrorServiceUnavailable
            | C::ErrorBatchProcessingStopped
    )
}

fn is_version(code: &ResponseCode<'_>) -> bool {
    use ResponseCode as C;
    matches!(code, C::ErrorIncorrectSchemaVersion | C::ErrorInvalidServerVersion | C::ErrorInvalidRequest)
}

impl<'a> Response<'a> {
    /// Classifies the response: see [`Outcome`]. Works the same for a SOAP fault and for a
    /// response element, and looks inside `ErrorInternalServerError` for the inner error.
    pub fn outcome(&self) -> Outcome<'a> {
        let problem = match self.body() {
            Body::Fault(f) => {
                let detail = f.detail();
                let code = detail
                    .and_then(|d| d.code())
                    .or_else(|| f.faultcode().map(|c| ResponseCode::parse(local_part(c))))
                    .unwrap_or(ResponseCode::Other(""));
                Problem {
                    code,
                    message: detail.and_then(|d| d.message()).or_else(|| f.faultstring()),
                    fault: true,
                    message_xml: detail.and_then(|d| d.message_xml()),
                }
            }
            body => {
                let Some(m) = body.response_message() else {
                    return Outcome::Success;
                };
                let class = m.class();
                let code = m.code();
                let problem = Problem {
                    code: code.unwrap_or(ResponseCode::Other("")),
                    message: m.message_text(),
                    fault: false,
                    message_xml: m.message_xml(),
                };
                match class {
                    Some(ResponseClass::Success) => return Outcome::Success,
                    Some(ResponseClass::Warning) => return Outcome::Warning(problem),
                    // No class: the code decides (a missing code is taken as success).
                    None if matches!(code, None | Some(ResponseCode::NoError)) => return Outcome::Success,
                    _ => problem,
                }
            }
        };
        classify(problem)
    }
}

/// `a:ErrorServerBusy` → `ErrorServerBusy`; `s:Server` → `Server`.
fn local_part(qname: &str) -> &str {
    let t = qname.trim();
    t.rsplit_once(':').map_or(t, |(_, l)| l)
}

fn classify(problem: Problem<'_>) -> Outcome<'_> {
    let xml = problem.message_xml;
    let value = |name: &str| xml.and_then(|x| x.value_named(name));
    let back_off = value("BackOffMilliseconds")
        .and_then(|t| parse_integer(t).ok())
        .and_then(|ms| u64::try_from(ms).ok())
        .map(Duration::from_millis);
    let inner = if problem.code == ResponseCode::ErrorInternalServerError {
        value("InnerErrorResponseCode").map(ResponseCode::parse)
    } else {
        None
    };
    let effective = inner.unwrap_or(problem.code);
    if problem.code == ResponseCode::ErrorSchemaValidation {
        let entry = |name: &str| xml.and_then(|x| x.iter().find(|e| e.element() == name)).map(|e| e.text());
        return Outcome::SchemaValidation {
            problem,
            line: entry("LineNumber").and_then(|t| parse_integer(t).ok()),
            position: entry("LinePosition").and_then(|t| parse_integer(t).ok()),
            violation: entry("Violation"),
        };
    }
    if is_transient(&effective) || (problem.fault && problem.code == ResponseCode::Other("Server")) {
        return Outcome::Retry { problem, back_off, inner };
    }
    if is_version(&effective) {
        return Outcome::Version(problem);
    }
    Outcome::Permanent(problem)
}
