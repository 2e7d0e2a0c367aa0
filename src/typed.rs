//! Typed readings of leaf text, parsed on demand: xs:boolean, integers, xs:dateTime and
//! the server version. The views keep the raw text; these never change it.
//!
//! Numbers and booleans follow XML Schema's white-space collapse: surrounding white
//! space is ignored (`" 5 "` is 5), nothing else is forgiven (`"5.0"` is not an integer).

use std::fmt;

/// Why a leaf's text is not a valid value of its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueError {
    /// Not a lexical form of the type (`"yes"` as a boolean, `"5.0"` as an integer…).
    Invalid,
    /// A number out of range (`i64`), or a date field out of range (month 13, day 31 in April…).
    OutOfRange,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValueError::Invalid => "not a valid value of its type",
            ValueError::OutOfRange => "value out of range",
        })
    }
}

impl std::error::Error for ValueError {}

fn collapse(text: &str) -> &str {
    text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'))
}

/// `xs:boolean`: `true`, `false`, `1` or `0`, surrounding white space ignored.
///
/// ```
/// use ews_im::{parse_boolean, ValueError};
/// assert_eq!(parse_boolean(" false "), Ok(false));
/// assert_eq!(parse_boolean("1"), Ok(true));
/// assert_eq!(parse_boolean("True"), Err(ValueError::Invalid));
/// ```
pub fn parse_boolean(text: &str) -> Result<bool, ValueError> {
    match collapse(text) {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(ValueError::Invalid),
    }
}

/// A boolean read leniently: [`parse_boolean`], plus `true`/`false` in any letter case
/// (`True`, `FALSE`), which some servers and proxies write. `standard` is `false` when
/// the leniency was needed, so a caller can log it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LenientBool {
    /// The value.
    pub value: bool,
    /// Whether the text was a valid xs:boolean as it stood.
    pub standard: bool,
}

/// Reads a boolean leniently (see [`LenientBool`]); anything else is still an error.
///
/// ```
/// use ews_im::parse_boolean_lenient;
/// let b = parse_boolean_lenient("True").unwrap();
/// assert!(b.value && !b.standard);
/// assert!(parse_boolean_lenient("yes").is_err());
/// ```
pub fn parse_boolean_lenient(text: &str) -> Result<LenientBool, ValueError> {
    if let Ok(value) = parse_boolean(text) {
        return Ok(LenientBool { value, standard: true });
    }
    let t = collapse(text);
    if t.eq_ignore_ascii_case("true") {
        Ok(LenientBool { value: true, standard: false })
    } else if t.eq_ignore_ascii_case("false") {
        Ok(LenientBool { value: false, standard: false })
    } else {
        Err(ValueError::Invalid)
    }
}

/// An integer (`xs:int`, `xs:long` and friends) as `i64`: optional sign, decimal digits,
/// surrounding white space ignored. `RelevanceScore` can exceed `i32` (4255550110 is seen).
///
/// ```
/// use ews_im::{parse_integer, ValueError};
/// assert_eq!(parse_integer("4255550110"), Ok(4_255_550_110));
/// assert_eq!(parse_integer(" -0 "), Ok(0));
/// assert_eq!(parse_integer("5.0"), Err(ValueError::Invalid));
/// assert_eq!(parse_integer("99999999999999999999"), Err(ValueError::OutOfRange));
/// ```
pub fn parse_integer(text: &str) -> Result<i64, ValueError> {
    let t = collapse(text);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueError::Invalid);
    }
    let mut v: i64 = 0;
    for b in digits.bytes() {
        let d = i64::from(b - b'0');
        v = v
            .checked_mul(10)
            .and_then(|v| if neg { v.checked_sub(d) } else { v.checked_add(d) })
            .ok_or(ValueError::OutOfRange)?;
    }
    Ok(v)
}

/// An `xs:dateTime` as EWS writes it: `2012-11-07T00:10:35Z`, with or without fractional
/// seconds, with `Z`, a `±hh:mm` offset, or no zone at all.
///
/// A value with no zone is *floating* (a local time whose zone is unknown): it has no
/// [`instant`](Self::instant) and is never silently taken as UTC. Fractional seconds are
/// kept to 100 ns (7 digits, .NET's tick); further digits are truncated.
///
/// ```
/// use ews_im::DateTime;
/// let a = DateTime::parse("2019-07-08T11:10:11+02:00").unwrap();
/// let b = DateTime::parse("2019-07-08T09:10:11Z").unwrap();
/// assert_eq!(a.instant(), b.instant());
/// let floating = DateTime::parse("2019-07-08T09:10:11").unwrap();
/// assert_eq!(floating.offset_minutes, None);
/// assert_eq!(floating.instant(), None);
/// let max = DateTime::parse("9999-12-30T23:59:59.9999999Z").unwrap();
/// assert_eq!(max.ticks, 9_999_999);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    /// Year (may be negative or above 9999 in xs:dateTime; never 0).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–59.
    pub second: u8,
    /// Fraction of the second in 100 ns ticks (0–9 999 999).
    pub ticks: u32,
    /// The zone offset in minutes east of UTC (`Z` is `Some(0)`), or `None` for a floating time.
    pub offset_minutes: Option<i16>,
}

impl DateTime {
    /// Parses an xs:dateTime (surrounding white space ignored).
    pub fn parse(text: &str) -> Result<DateTime, ValueError> {
        let t = collapse(text).as_bytes();
        let mut p = Cursor { b: t, i: 0 };
        let neg = p.eat(b'-');
        let year_digits = p.digits_run();
        if year_digits.len() < 4 || (year_digits.len() > 4 && year_digits[0] == b'0') {
            return Err(ValueError::Invalid);
        }
        let year =
            std::str::from_utf8(year_digits).ok().and_then(|s| s.parse::<i32>().ok()).ok_or(ValueError::OutOfRange)?;
        let year = if neg { -year } else { year };
        let month = p.expect(b'-').and_then(|()| p.two())?;
        let day = p.expect(b'-').and_then(|()| p.two())?;
        let hour = p.expect(b'T').and_then(|()| p.two())?;
        let minute = p.expect(b':').and_then(|()| p.two())?;
        let second = p.expect(b':').and_then(|()| p.two())?;
        let mut ticks = 0u32;
        if p.eat(b'.') {
            let frac = p.digits_run();
            if frac.is_empty() {
                return Err(ValueError::Invalid);
            }
            for k in 0..7 {
                ticks = ticks * 10 + frac.get(k).map_or(0, |d| u32::from(d - b'0'));
            }
        }
        let offset_minutes = if p.eat(b'Z') {
            Some(0)
        } else if p.peek() == Some(b'+') || p.peek() == Some(b'-') {
            let sign: i16 = if p.eat(b'+') {
                1
            } else {
                p.eat(b'-');
                -1
            };
            let hh = p.two()?;
            let mm = p.expect(b':').and_then(|()| p.two())?;
            if hh > 14 || mm > 59 || (hh == 14 && mm != 0) {
                return Err(ValueError::OutOfRange);
            }
            Some(sign * (i16::from(hh) * 60 + i16::from(mm)))
        } else {
            None
        };
        if p.i != t.len() {
            return Err(ValueError::Invalid);
        }
        // xs:dateTime allows 24:00:00 as the end of a day; EWS never sends it, and it has
        // no single representation here, so it is refused as out of range.
        if year == 0
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
        {
            return Err(ValueError::OutOfRange);
        }
        Ok(DateTime { year, month, day, hour, minute, second, ticks, offset_minutes })
    }

    /// The instant as 100 ns ticks since 1970-01-01T00:00:00Z, or `None` for a floating time.
    pub fn instant(&self) -> Option<i128> {
        let offset = i128::from(self.offset_minutes?);
        let days = days_from_civil(i64::from(self.year), self.month, self.day);
        let secs = i128::from(days) * 86_400
            + i128::from(self.hour) * 3600
            + i128::from(self.minute) * 60
            + i128::from(self.second)
            - offset * 60;
        Some(secs * 10_000_000 + i128::from(self.ticks))
    }
}

struct Cursor<'t> {
    b: &'t [u8],
    i: usize,
}

impl<'t> Cursor<'t> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, c: u8) -> Result<(), ValueError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(ValueError::Invalid)
        }
    }
    fn digits_run(&mut self) -> &'t [u8] {
        let s = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        &self.b[s..self.i]
    }
    fn two(&mut self) -> Result<u8, ValueError> {
        match (self.b.get(self.i), self.b.get(self.i + 1)) {
            (Some(a @ b'0'..=b'9'), Some(b @ b'0'..=b'9')) => {
                self.i += 2;
                Ok((a - b'0') * 10 + (b - b'0'))
            }
            _ => Err(ValueError::Invalid),
        }
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => 28 + u8::from(is_leap(y)),
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `Version` attribute of `ServerVersionInfo`: the schema's `ExchangeVersionType`
/// values, kept open (servers send `V2_68`, `V2031_01_01`…).
///
/// ```
/// use ews_im::ExchangeVersion;
/// assert_eq!(ExchangeVersion::parse("Exchange2013"), ExchangeVersion::Exchange2013);
/// assert_eq!(ExchangeVersion::parse("V2031_01_01"), ExchangeVersion::Other("V2031_01_01"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExchangeVersion<'a> {
    /// `Exchange2007`.
    Exchange2007,
    /// `Exchange2007_SP1`.
    Exchange2007Sp1,
    /// `Exchange2009`.
    Exchange2009,
    /// `Exchange2010`.
    Exchange2010,
    /// `Exchange2010_SP1`.
    Exchange2010Sp1,
    /// `Exchange2010_SP2`.
    Exchange2010Sp2,
    /// `Exchange2013`.
    Exchange2013,
    /// `Exchange2013_SP1`.
    Exchange2013Sp1,
    /// `Exchange2015`.
    Exchange2015,
    /// `Exchange2016`.
    Exchange2016,
    /// `V2015_10_05`.
    V2015_10_05,
    /// `V2016_01_06`.
    V2016_01_06,
    /// `V2016_04_13`.
    V2016_04_13,
    /// `V2016_07_13`.
    V2016_07_13,
    /// `V2016_10_10`.
    V2016_10_10,
    /// `V2017_01_07`.
    V2017_01_07,
    /// `V2017_04_14`.
    V2017_04_14,
    /// `V2017_07_11`.
    V2017_07_11,
    /// `V2017_10_09`.
    V2017_10_09,
    /// `V2018_01_08`.
    V2018_01_08,
    /// Any other text (trimmed).
    Other(&'a str),
}

impl<'a> ExchangeVersion<'a> {
    /// Every known value with its schema spelling, in schema order.
    pub const KNOWN: [(&'static str, ExchangeVersion<'static>); 20] = [
        ("Exchange2007", ExchangeVersion::Exchange2007),
        ("Exchange2007_SP1", ExchangeVersion::Exchange2007Sp1),
        ("Exchange2009", ExchangeVersion::Exchange2009),
        ("Exchange2010", ExchangeVersion::Exchange2010),
        ("Exchange2010_SP1", ExchangeVersion::Exchange2010Sp1),
        ("Exchange2010_SP2", ExchangeVersion::Exchange2010Sp2),
        ("Exchange2013", ExchangeVersion::Exchange2013),
        ("Exchange2013_SP1", ExchangeVersion::Exchange2013Sp1),
        ("Exchange2015", ExchangeVersion::Exchange2015),
        ("Exchange2016", ExchangeVersion::Exchange2016),
        ("V2015_10_05", ExchangeVersion::V2015_10_05),
        ("V2016_01_06", ExchangeVersion::V2016_01_06),
        ("V2016_04_13", ExchangeVersion::V2016_04_13),
        ("V2016_07_13", ExchangeVersion::V2016_07_13),
        ("V2016_10_10", ExchangeVersion::V2016_10_10),
        ("V2017_01_07", ExchangeVersion::V2017_01_07),
        ("V2017_04_14", ExchangeVersion::V2017_04_14),
        ("V2017_07_11", ExchangeVersion::V2017_07_11),
        ("V2017_10_09", ExchangeVersion::V2017_10_09),
        ("V2018_01_08", ExchangeVersion::V2018_01_08),
    ];

    /// The version named by `text` (surrounding white space ignored).
    pub fn parse(text: &'a str) -> ExchangeVersion<'a> {
        let t = collapse(text);
        Self::KNOWN.iter().find(|(n, _)| *n == t).map_or(ExchangeVersion::Other(t), |(_, v)| *v)
    }

    /// The schema spelling.
    pub fn as_str(&self) -> &'a str {
        match self {
            ExchangeVersion::Other(s) => s,
            known => Self::KNOWN.iter().find(|(_, v)| v == known).map_or("", |(n, _)| n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booleans_bl24() {
        assert_eq!(parse_boolean("1"), Ok(true));
        assert_eq!(parse_boolean("0"), Ok(false));
        assert_eq!(parse_boolean(" false "), Ok(false));
        assert_eq!(parse_boolean("True"), Err(ValueError::Invalid));
        assert_eq!(parse_boolean("TRUE"), Err(ValueError::Invalid));
        assert_eq!(parse_boolean("yes"), Err(ValueError::Invalid));
        assert_eq!(parse_boolean(""), Err(ValueError::Invalid));
        assert_eq!(parse_boolean_lenient("True"), Ok(LenientBool { value: true, standard: false }));
        assert_eq!(parse_boolean_lenient(" 1"), Ok(LenientBool { value: true, standard: true }));
        assert_eq!(parse_boolean_lenient("yes"), Err(ValueError::Invalid));
    }

    #[test]
    fn integers() {
        assert_eq!(parse_integer("2147483647"), Ok(2_147_483_647));
        assert_eq!(parse_integer("2147483648"), Ok(2_147_483_648));
        assert_eq!(parse_integer("-0"), Ok(0));
        assert_eq!(parse_integer(" 5 "), Ok(5));
        assert_eq!(parse_integer("+7"), Ok(7));
        assert_eq!(parse_integer("5.0"), Err(ValueError::Invalid));
        assert_eq!(parse_integer(""), Err(ValueError::Invalid));
        assert_eq!(parse_integer("-"), Err(ValueError::Invalid));
        assert_eq!(parse_integer("9223372036854775807"), Ok(i64::MAX));
        assert_eq!(parse_integer("-9223372036854775808"), Ok(i64::MIN));
        assert_eq!(parse_integer("9223372036854775808"), Err(ValueError::OutOfRange));
    }

    #[test]
    fn fractional_seconds_bl25() {
        let t = |s: &str| DateTime::parse(s).unwrap().ticks;
        assert_eq!(t("2019-07-08T09:10:11Z"), 0);
        assert_eq!(t("2019-07-08T09:10:11.5Z"), 5_000_000);
        assert_eq!(t("2019-07-08T09:10:11.123Z"), 1_230_000);
        assert_eq!(t("2019-07-08T09:10:11.851504Z"), 8_515_040);
        assert_eq!(t("2019-07-08T09:10:11.1234567Z"), 1_234_567);
        // More than 7 digits: truncated, documented.
        assert_eq!(t("2019-07-08T09:10:11.123456789Z"), 1_234_567);
        let max = DateTime::parse("9999-12-30T23:59:59.9999999Z").unwrap();
        assert!(max.instant().unwrap() > 0);
        assert_eq!(DateTime::parse("2019-07-08T09:10:11.Z"), Err(ValueError::Invalid));
    }

    #[test]
    fn zones_bl26() {
        let off = DateTime::parse("2019-07-08T11:10:11+02:00").unwrap();
        let utc = DateTime::parse("2019-07-08T09:10:11Z").unwrap();
        assert_eq!(off.offset_minutes, Some(120));
        assert_eq!(off.instant(), utc.instant());
        let floating = DateTime::parse("2019-07-08T09:10:11").unwrap();
        assert_eq!(floating.offset_minutes, None);
        assert_eq!(floating.instant(), None);
        assert_eq!(utc.instant(), Some(1_562_577_011 * 10_000_000));
        assert_eq!(DateTime::parse("2019-02-29T00:00:00Z"), Err(ValueError::OutOfRange));
        assert!(DateTime::parse("2020-02-29T00:00:00Z").is_ok());
        assert_eq!(DateTime::parse("2019-13-01T00:00:00Z"), Err(ValueError::OutOfRange));
        assert_eq!(DateTime::parse("2019-07-08 09:10:11Z"), Err(ValueError::Invalid));
        assert_eq!(DateTime::parse("2019-07-08T09:10:11+0200"), Err(ValueError::Invalid));
    }

    #[test]
    fn versions_bl31() {
        assert_eq!(ExchangeVersion::parse("V2017_07_11"), ExchangeVersion::V2017_07_11);
        assert_eq!(ExchangeVersion::parse("V2031_01_01"), ExchangeVersion::Other("V2031_01_01"));
        for (name, v) in ExchangeVersion::KNOWN {
            assert_eq!(ExchangeVersion::parse(name), v);
            assert_eq!(v.as_str(), name);
        }
    }
}
