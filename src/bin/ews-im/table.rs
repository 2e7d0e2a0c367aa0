//! `--format table`: a summary a person can read at a glance.

use std::io::{self, Write};

use ews_im::{Body, ImGroup, MessageXml, Outcome, Persona, Response};

pub fn write<W: Write>(out: &mut W, r: &Response<'_>) -> io::Result<()> {
    if let Some(v) = r.server_version_info() {
        writeln!(
            out,
            "server      {} {}.{}.{}.{}",
            v.version().unwrap_or("-"),
            v.major_version().unwrap_or("?"),
            v.minor_version().unwrap_or("?"),
            v.major_build_number().unwrap_or("?"),
            v.minor_build_number().unwrap_or("?")
        )?;
    }
    let body = r.body();
    match body {
        Body::Fault(f) => {
            writeln!(out, "SOAP fault  {}", f.faultcode().unwrap_or("-").trim())?;
            writeln!(out, "message     {}", one_line(f.faultstring().unwrap_or("-")))?;
            if let Some(d) = f.detail() {
                if let Some(code) = d.response_code() {
                    writeln!(out, "code        {}", code.trim())?;
                }
                if let Some(m) = d.message() {
                    writeln!(out, "detail      {}", one_line(m))?;
                }
                message_xml(out, d.message_xml())?;
            }
        }
        _ => {
            let op = body.operation().unwrap_or("?");
            writeln!(out, "operation   {op}")?;
            if let Some(m) = body.response_message() {
                writeln!(
                    out,
                    "response    {} {}",
                    m.response_class().unwrap_or("-"),
                    m.response_code().map(str::trim).unwrap_or("-")
                )?;
                if let Some(t) = m.message_text() {
                    writeln!(out, "message     {}", one_line(t))?;
                }
                message_xml(out, m.message_xml())?;
            }
        }
    }
    writeln!(out, "action      {}", action(&r.outcome()))?;
    let (groups, personas) = match body {
        Body::GetImItems(x) => {
            let l = x.im_item_list();
            (
                l.and_then(|l| l.groups()).map(|g| g.iter().collect()),
                l.and_then(|l| l.personas()).map(|p| p.iter().collect()),
            )
        }
        Body::GetImItemList(x) => {
            let l = x.im_item_list();
            (
                l.and_then(|l| l.groups()).map(|g| g.iter().collect()),
                l.and_then(|l| l.personas()).map(|p| p.iter().collect()),
            )
        }
        Body::FindPeople(x) => (None, x.people().map(|p| p.iter().collect())),
        Body::GetPersona(x) => (None, x.persona().map(|p| vec![p])),
        Body::AddNewImContactToGroup(x) => (None, x.persona().map(|p| vec![p])),
        Body::AddNewTelUriContactToGroup(x) => (None, x.persona().map(|p| vec![p])),
        Body::AddImGroup(x) => (x.im_group().map(|g| vec![g]), None),
        Body::AddDistributionGroupToImList(x) => (x.im_group().map(|g| vec![g]), None),
        _ => (None, None),
    };
    if let Some(groups) = groups {
        groups_table(out, &groups)?;
    }
    if let Some(personas) = personas {
        personas_table(out, &personas)?;
    }
    if r.skipped_elements() > 0 {
        writeln!(out, "\n({} unknown elements skipped)", r.skipped_elements())?;
    }
    Ok(())
}

/// What a client should do, in a few words.
fn action(o: &Outcome<'_>) -> String {
    match o {
        Outcome::Success => "none: success".into(),
        Outcome::Warning(p) => format!("use the result; warning {}", p.code),
        Outcome::Retry { back_off: Some(d), inner, .. } => {
            let inner = inner.map(|c| format!(" (inner {c})")).unwrap_or_default();
            format!("retry after {} ms{inner}", d.as_millis())
        }
        Outcome::Retry { back_off: None, inner, .. } => {
            let inner = inner.map(|c| format!(" (inner {c})")).unwrap_or_default();
            format!("retry later (no back-off given){inner}")
        }
        Outcome::Version(p) => format!("send another RequestServerVersion ({})", p.code),
        Outcome::SchemaValidation { line, position, violation, .. } => format!(
            "fix the request: schema validation failed at line {}, position {}: {}",
            line.map_or("?".into(), |l| l.to_string()),
            position.map_or("?".into(), |p| p.to_string()),
            violation.map(one_line).unwrap_or_default()
        ),
        Outcome::Permanent(p) => format!("give up: {}", p.code),
        _ => "see the response".into(),
    }
}

fn message_xml<W: Write>(out: &mut W, x: Option<MessageXml<'_>>) -> io::Result<()> {
    let Some(x) = x else { return Ok(()) };
    if let Some(ms) = x.value_named("BackOffMilliseconds") {
        writeln!(out, "back-off    {} ms", ms.trim())?;
    }
    for e in x.iter() {
        if e.element() == "Value" && e.name() == Some("BackOffMilliseconds") {
            continue;
        }
        match e.name() {
            Some(n) => writeln!(out, "  {}[{}] = {}", e.element(), n, one_line(e.text()))?,
            None => writeln!(out, "  {} = {}", e.element(), one_line(e.text()))?,
        }
    }
    Ok(())
}

fn groups_table<W: Write>(out: &mut W, groups: &[ImGroup<'_>]) -> io::Result<()> {
    writeln!(out, "\ngroups ({})", groups.len())?;
    let rows: Vec<[String; 3]> = groups
        .iter()
        .map(|g| {
            [
                one_line(g.display_name().unwrap_or("")),
                g.group_type().unwrap_or("").to_string(),
                g.member_correlation_key().map_or(0, |m| m.len()).to_string(),
            ]
        })
        .collect();
    table(out, ["display name", "type", "members"], &rows)
}

fn personas_table<W: Write>(out: &mut W, personas: &[Persona<'_>]) -> io::Result<()> {
    writeln!(out, "\npersonas ({})", personas.len())?;
    let rows: Vec<[String; 4]> = personas
        .iter()
        .map(|p| {
            let email = p
                .email_address()
                .and_then(|e| e.email_address())
                .or_else(|| p.email_addresses().and_then(|l| l.iter().find_map(|e| e.email_address())))
                .unwrap_or("");
            [
                one_line(p.display_name().unwrap_or("")),
                p.im_address().unwrap_or("").to_string(),
                email.to_string(),
                p.relevance_score().unwrap_or("").trim().to_string(),
            ]
        })
        .collect();
    table(out, ["display name", "IM address", "email", "relevance"], &rows)
}

fn table<W: Write, const N: usize>(out: &mut W, head: [&str; N], rows: &[[String; N]]) -> io::Result<()> {
    let mut width = head.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in width.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count()).min(48);
        }
    }
    let line = |out: &mut W, cells: [&str; N]| -> io::Result<()> {
        let mut s = String::from(" ");
        for (i, c) in cells.iter().enumerate() {
            let shown: String = c.chars().take(48).collect();
            s.push(' ');
            s.push_str(&shown);
            if i + 1 < N {
                s.push_str(&" ".repeat(width[i].saturating_sub(shown.chars().count()) + 1));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, head)?;
    for row in rows {
        line(out, std::array::from_fn(|i| row[i].as_str()))?;
    }
    Ok(())
}

/// Text with its line breaks and runs of white space shown as single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
