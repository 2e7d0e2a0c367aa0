//! `ews-im`: parse EWS instant-messaging SOAP responses from the command line.

mod request;
mod table;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ews_im::{Bump, Limits, Options};

/// Parse Exchange Web Services instant-messaging responses (GetImItems, GetImItemList,
/// FindPeople, GetPersona and the IM-list operations).
#[derive(Parser)]
#[command(name = "ews-im", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse a SOAP response and print its groups and personas.
    ///
    /// Exit status: 0 on success; 1 when the document is rejected (stderr then starts
    /// with `error: <kind>: <detail>`, the kinds of the JSON contract: not well-formed,
    /// unsupported encoding, doctype not allowed, limit exceeded, not a soap envelope,
    /// missing body, empty body, unsupported operation, cannot read file); 2 on a usage
    /// error. A `ResponseClass="Error"` response or a SOAP fault is data, not a rejection.
    ///
    /// Characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) become U+FFFD with a
    /// warning on stderr, unless --strict makes them fatal.
    ///
    /// Limits: input 64 MiB (ndjson: no input limit, 16 MiB per item), depth 256, 256
    /// attributes and 64 namespace declarations per element, names of 1 024 bytes.
    Parse {
        /// Output format: `table` (a summary for people), `json` (the contract) or
        /// `ndjson` (streamed: one line per group or persona as it ends, then the rest).
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Reject characters that XML 1.0 forbids instead of replacing them.
        #[arg(long)]
        strict: bool,
        /// The response file, or `-` for standard input.
        file: String,
    },
    /// Write a realistic, deterministic GetImItems response to standard output.
    ///
    /// The document is streamed (any size, constant memory); the same options always
    /// give the same bytes. About 3.7 KB per persona pretty-printed. A closed pipe
    /// (`| head`) ends the output quietly with status 0.
    Gen {
        /// Number of IM groups (`ImGroup`).
        #[arg(long)]
        groups: usize,
        /// Number of personas (`Persona`).
        #[arg(long)]
        personas: usize,
        /// Seed of the pseudo-random generator.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Namespace style: `server` (as Exchange writes it) or `prefixed` (`m:`/`t:`).
        #[arg(long, value_enum, default_value_t = GenStyle::Server)]
        style: GenStyle,
        /// No whitespace between tags (default: indented with 3 spaces per level).
        #[arg(long)]
        compact: bool,
    },
    /// Write the SOAP request of an operation (get-im-items, add-im-group, find-people, …)
    /// to standard output. Exit status 2, with nothing on stdout, on a bad argument or a
    /// request the writer refuses.
    Request(Box<request::RequestArgs>),
}

#[derive(Clone, Copy, ValueEnum)]
enum GenStyle {
    /// `s:` envelope, `h:ServerVersionInfo`, default namespaces re-declared on inner elements.
    Server,
    /// `s:`, `m:` and `t:` prefixes declared on the envelope.
    Prefixed,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A readable summary: response class and code, groups, personas, errors and back-off.
    Table,
    /// The JSON image defined by the output contract (docs/json-output.md).
    Json,
    /// Streamed, in bounded memory: a line `{"group": …}` or `{"persona": …}` for each item
    /// of `im_item_list.groups`, `im_item_list.personas` and `people` as it ends, then a
    /// last line with the document's JSON without those three arrays.
    Ndjson,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse { format, strict, file } => parse(&file, format, strict),
        Command::Gen { groups, personas, seed, style, compact } => generate(&ews_im::generate::GenOptions {
            groups,
            personas,
            seed,
            style: match style {
                GenStyle::Server => ews_im::generate::Style::Server,
                GenStyle::Prefixed => ews_im::generate::Style::Prefixed,
            },
            pretty: !compact,
        }),
        Command::Request(args) => request::run(*args),
    }
}

fn generate(options: &ews_im::generate::GenOptions) -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(128 * 1024, stdout.lock());
    match ews_im::generate::write_get_im_items(&mut out, options).and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Reads at most `limit + 1` bytes (`limit` being [`Limits::read_limit`]): enough to give
/// the answer for the whole input without holding an arbitrarily large file in memory.
fn read_input(file: &str, limit: usize) -> io::Result<Vec<u8>> {
    let cap = (limit as u64).saturating_add(1);
    let mut buf = Vec::new();
    if file == "-" {
        io::stdin().lock().take(cap).read_to_end(&mut buf)?;
    } else {
        std::fs::File::open(file)?.take(cap).read_to_end(&mut buf)?;
    }
    Ok(buf)
}

fn parse(file: &str, format: Format, strict: bool) -> ExitCode {
    let options = Options { limits: Limits::default(), strict };
    if let Format::Ndjson = format {
        return parse_ndjson(file, &options);
    }
    let input = match read_input(file, options.limits.read_limit()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read file: {file}: {e}");
            return ExitCode::from(1);
        }
    };
    let arena = Bump::new();
    let response = match ews_im::parse_with(&input, &arena, &options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}: {e}", e.kind().contract_kind());
            if matches!(e.kind(), ews_im::ErrorKind::LimitExceeded { limit: ews_im::Limit::InputBytes, .. }) {
                eprintln!("hint: `--format ndjson` streams a response of any size in bounded memory");
            }
            return ExitCode::from(1);
        }
    };
    for d in response.diagnostics() {
        eprintln!("warning: {d}");
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match format {
        Format::Json => ews_im::json::write(&mut out, &response, true).and_then(|()| out.write_all(b"\n")),
        Format::Table => table::write(&mut out, &response),
        Format::Ndjson => unreachable!("handled above"),
    };
    written_status(written.and_then(|()| out.flush()))
}

fn written_status(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--format ndjson`: the push parser over 64 KiB reads; each batch of items is written
/// (and flushed) as it comes, so memory stays bounded whatever the input size.
fn parse_ndjson(file: &str, options: &Options) -> ExitCode {
    let mut reader: Box<dyn Read> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("error: cannot read file: {file}: {e}");
                return ExitCode::from(1);
            }
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut parser = ews_im::stream::PushParser::with_options(options);
    let mut chunk = vec![0u8; 64 * 1024];
    let rejected = |e: &ews_im::Error| {
        eprintln!("error: {}: {e}", e.kind().contract_kind());
        ExitCode::from(1)
    };
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                eprintln!("error: cannot read file: {file}: {e}");
                return ExitCode::from(1);
            }
        };
        let batch = match parser.feed(&chunk[..n]) {
            Ok(b) => b,
            Err(e) => return rejected(&e),
        };
        if let Err(e) = write_items(&mut out, batch.items()).and_then(|()| out.flush()) {
            return written_status(Err(e));
        }
    }
    let end = parser.finish();
    if let Err(e) = write_items(&mut out, end.items()).and_then(|()| out.flush()) {
        return written_status(Err(e));
    }
    let response = match end.response() {
        Ok(r) => r,
        Err(e) => return rejected(&e),
    };
    for d in response.diagnostics() {
        eprintln!("warning: {d}");
    }
    let last = ews_im::json::write_without_items(&mut out, &response).and_then(|()| out.write_all(b"\n"));
    written_status(last.and_then(|()| out.flush()))
}

fn write_items(out: &mut impl Write, items: &[ews_im::stream::Item<'_>]) -> io::Result<()> {
    for item in items {
        for d in item.diagnostics() {
            eprintln!("warning: {d}");
        }
        ews_im::json::write_item(out, item)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
