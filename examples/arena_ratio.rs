fn main() {
    let head = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:GetImItemsResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">";
    let tail = "</m:GetImItemsResponse></s:Body></s:Envelope>";
    let t = "xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"";
    let cases = [
        ("MessageXml <a/>", format!("<m:MessageXml>{}</m:MessageXml>", "<a/>".repeat(200_000))),
        ("MessageXml <a>&lt;</a>", format!("<m:MessageXml>{}</m:MessageXml>", "<a>&lt;</a>".repeat(100_000))),
        ("MessageXml <a b=''/>", format!("<m:MessageXml>{}</m:MessageXml>", "<a b=''/>".repeat(100_000))),
        ("Personas <Persona/>", format!("<m:ImItemList><Personas {t}>{}</Personas></m:ImItemList>", "<Persona/>".repeat(200_000))),
        ("Persona <ImAddress/>", format!("<m:ImItemList><Personas {t}>{}</Personas></m:ImItemList>", "<Persona><ImAddress/></Persona>".repeat(100_000))),
        ("Values <Value/>", format!("<m:ImItemList><Personas {t}><Persona><Children><StringArrayAttributedValue><Values>{}</Values></StringArrayAttributedValue></Children></Persona></Personas></m:ImItemList>", "<Value/>".repeat(200_000))),
        ("Attributions <Attribution/>", format!("<m:ImItemList><Personas {t}><Persona><DisplayNames><StringAttributedValue><Attributions>{}</Attributions></StringAttributedValue></DisplayNames></Persona></Personas></m:ImItemList>", "<Attribution/>".repeat(200_000))),
        ("Groups <ImGroup><ExchangeStoreId/>", format!("<m:ImItemList><Groups {t}>{}</Groups></m:ImItemList>", "<ImGroup><ExchangeStoreId Id=''/></ImGroup>".repeat(100_000))),
        ("text a&#1;", format!("<m:MessageText>{}</m:MessageText>", "&#1;".repeat(200_000))),
    ];
    for (name, body) in cases {
        let doc = format!("{head}{body}{tail}");
        let arena = ews_im::Bump::new();
        let r = ews_im::parse(doc.as_bytes(), &arena);
        let ok = r.as_ref().map(|_| "ok".to_string()).unwrap_or_else(|e| e.to_string());
        drop(r);
        println!(
            "{name:40} {:>9} bytes  arena {:>10}  ratio {:5.1}  {ok}",
            doc.len(),
            arena.allocated_bytes(),
            arena.allocated_bytes() as f64 / doc.len() as f64
        );
    }
}
