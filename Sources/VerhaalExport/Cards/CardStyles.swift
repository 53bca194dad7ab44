/// The styles of a sheet of story cards: A4 with narrow margins, a table of 2 × 2 cards per
/// page whose dashed borders are the cut lines, and the card's paragraph styles.
enum CardStyles {
    static let columns = 2
    static let rows = 2
    static var perPage: Int { columns * rows }

    /// `office:styles`: the card's paragraphs and the lesson label.
    static func writeStyles(language: String, to xml: XMLWriter) throws {
        let (language, country) = ODTStyles.language(language)
        try xml.start("office:styles")
        try xml.start("style:default-style")
        try xml.attribute("style:family", "paragraph")
        try xml.properties(
            "style:text-properties",
            [
                ("style:font-name", "Liberation Sans"), ("fo:font-family", "'Liberation Sans'"), ("fo:font-size", "9pt"),
                ("fo:language", language), ("fo:country", country),
            ])
        try xml.end()
        try xml.newline()
        try xml.paragraphStyle("Standard", parent: nil)
        try xml.paragraphStyle(
            "Kaart_20_Titel", display: "Card title", paragraph: [("fo:margin-bottom", "0.1cm")],
            text: [("fo:font-size", "13pt"), ("fo:font-weight", "bold"), ("fo:color", "#1b3a57")])
        try xml.paragraphStyle(
            "Kaart_20_Meta", display: "Card meta", paragraph: [("fo:margin-bottom", "0.25cm")],
            text: [("fo:font-size", "8pt"), ("fo:color", "#555555")])
        try xml.paragraphStyle(
            "Kaart_20_Tekst", display: "Card text", paragraph: [("fo:margin-bottom", "0.25cm"), ("fo:line-height", "118%")],
            text: [("fo:font-size", "9.5pt")])
        try xml.paragraphStyle(
            "Kaart_20_Labels", display: "Card labels", paragraph: [("fo:margin-bottom", "0.2cm"), ("fo:line-height", "140%")],
            text: [("fo:font-size", "8pt")])
        try xml.paragraphStyle(
            "Kaart_20_Antwoord", display: "Card answer", paragraph: [("fo:margin-bottom", "0.08cm")],
            text: [("fo:font-size", "7.5pt"), ("fo:color", "#333333")])
        try xml.paragraphStyle(
            "Kaart_20_ID", display: "Card id", paragraph: [("fo:margin-top", "0.15cm")],
            text: [("fo:font-size", "7pt"), ("fo:color", "#888888")])
        try xml.textStyle(
            "Les_20_Label", display: "Lesson label",
            [("fo:background-color", "#dde7ef"), ("fo:color", "#1b3a57"), ("fo:font-weight", "bold")])
        try xml.textStyle("Balk", display: "Bar", [("fo:color", "#2f6690"), ("fo:letter-spacing", "-0.02cm")])
        try xml.textStyle("Vraag", display: "Question", [("fo:font-style", "italic")])
        try xml.end()
        try xml.newline()
    }

    /// The page layout: A4, margins of 1.5 cm, no header or footer.
    static func writePageLayout(to xml: XMLWriter) throws {
        try xml.start("style:page-layout")
        try xml.attribute("style:name", "A4Kaarten")
        try xml.properties(
            "style:page-layout-properties",
            [
                ("fo:page-width", "21cm"), ("fo:page-height", "29.7cm"), ("style:print-orientation", "portrait"),
                ("fo:margin-top", "1.4cm"), ("fo:margin-bottom", "1.4cm"), ("fo:margin-left", "1.5cm"), ("fo:margin-right", "1.5cm"),
            ])
        try xml.end()
        try xml.newline()
    }

    static func writeMasterStyles(to xml: XMLWriter) throws {
        try xml.start("office:master-styles")
        try xml.start("style:master-page")
        try xml.attribute("style:name", "Standard")
        try xml.attribute("style:page-layout-name", "A4Kaarten")
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    /// The table of a page (the second and later start a new page), its columns, rows and the
    /// cells with their dashed cut lines.
    static func writeTableStyles(to xml: XMLWriter) throws {
        for (name, breaks) in [("KaartTabel", false), ("KaartTabelNieuwePagina", true)] {
            try xml.start("style:style")
            try xml.attribute("style:name", name)
            try xml.attribute("style:family", "table")
            try xml.properties(
                "style:table-properties",
                [("style:width", "18cm"), ("table:align", "margins")] + (breaks ? [("fo:break-before", "page")] : []))
            try xml.end()
            try xml.newline()
        }
        try xml.start("style:style")
        try xml.attribute("style:name", "KaartKolom")
        try xml.attribute("style:family", "table-column")
        try xml.properties("style:table-column-properties", [("style:column-width", "9cm")])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "KaartRij")
        try xml.attribute("style:family", "table-row")
        try xml.properties(
            "style:table-row-properties",
            [("style:row-height", "12.9cm"), ("style:use-optimal-row-height", "false"), ("fo:keep-together", "always")])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "KaartCel")
        try xml.attribute("style:family", "table-cell")
        try xml.properties(
            "style:table-cell-properties",
            [("fo:border", "0.5pt dashed #999999"), ("fo:padding", "0.45cm"), ("style:vertical-align", "top")])
        try xml.end()
        try xml.newline()
    }
}
