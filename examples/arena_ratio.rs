//! Arena bytes per input byte: for the densest documents the contract accepts, and for a
//! file given on the command line (`cargo run --release --example arena_ratio -- FILE`).
fn report(name: &str, doc: &[u8]) {
    let mut arena = ews_im::Bump::new();
    let r = ews_im::parse(doc, &arena);
    let ok = r.as_ref().map(|_| "ok".to_string()).unwrap_or_else(|e| e.to_string());
    drop(r);
    // The arena's chunks, and the bytes the parse wrote into them.
    let a = arena.allocated_bytes();
    let used: usize = arena.iter_allocated_chunks().map(|c| c.len()).sum();
    println!(
        "{name:40} {:>10} input bytes  {a:>10} arena bytes  ratio {:5.2}  {used:>10} in use  ratio {:5.2}  {ok}",
        doc.len(),
        a as f64 / doc.len() as f64,
        used as f64 / doc.len() as f64
    );
}

fn main() {
    if let Some(path) = std::env::args().nth(1) {
        report(&path, &std::fs::read(&path).expect("readable file"));
        return;
    }
    let head = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:GetImItemsResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">";
    let tail = "</m:GetImItemsResponse></s:Body></s:Envelope>";
    let t = "xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"";
    let cases = [
        ("MessageXml <a/>", format!("<m:MessageXml>{}</m:MessageXml>", "<a/>".repeat(200_000))),
        ("MessageXml <a b=''/>", format!("<m:MessageXml>{}</m:MessageXml>", "<a b=''/>".repeat(100_000))),
        (
            "Personas <Persona/>",
            format!("<m:ImItemList><Personas {t}>{}</Personas></m:ImItemList>", "<Persona/>".repeat(200_000)),
        ),
        ("text &#1;", format!("<m:MessageText>{}</m:MessageText>", "&#1;".repeat(200_000))),
    ];
    for (name, body) in cases {
        report(name, format!("{head}{body}{tail}").as_bytes());
    }
}
