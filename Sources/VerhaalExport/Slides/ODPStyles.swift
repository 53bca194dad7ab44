import VerhaalKit

/// The slides' theme: 16:9 pages, a navy title bar with a gold rule under it, the date and the
/// slide number in the footer, a navy title slide, and paragraph styles for every text size
/// `SlideFit` may choose.
enum ODPStyles {
    static let navy = "#1b3a57"
    static let blue = "#2f6690"
    static let gold = "#e0a526"

    /// `office:styles`: the defaults every frame inherits.
    static func writeStyles(language code: String, to xml: XMLWriter) throws {
        let (language, country) = ODTStyles.language(code)
        try xml.start("office:styles")
        try xml.start("style:default-style")
        try xml.attribute("style:family", "graphic")
        try xml.properties("style:graphic-properties", [("draw:stroke", "none"), ("draw:fill", "none")])
        try xml.properties(
            "style:text-properties",
            [
                ("style:font-name", "Liberation Sans"), ("fo:font-family", "'Liberation Sans'"),
                ("fo:language", language), ("fo:country", country),
            ])
        try xml.end()
        try xml.newline()
        try xml.end()
        try xml.newline()
    }

    /// The page layouts of slides and notes (automatic styles of the styles part).
    static func writePageLayouts(to xml: XMLWriter) throws {
        try pageLayout("DiaLayout", width: SlideFit.slideWidth, height: SlideFit.slideHeight, orientation: "landscape", xml)
        try pageLayout("NotitieLayout", width: 21, height: 29.7, orientation: "portrait", xml)
    }

    /// The styles the master pages use: their backgrounds and the shapes on them.
    static func writeMasterPageStyles(to xml: XMLWriter) throws {
        try graphicStyle("Balk", fill: navy, xml)
        try graphicStyle("Lijn", fill: gold, xml)
        try graphicStyle("Voet", fill: nil, xml)
        try paragraph("PVoet", [("fo:text-align", "start")], [("fo:font-size", "10pt"), ("fo:color", "#666666")], xml)
        try paragraph("PVoetNummer", [("fo:text-align", "end")], [("fo:font-size", "10pt"), ("fo:color", "#666666")], xml)
    }

    /// The backgrounds of the slides: white, and navy for the title slide.
    static func writePageStyles(to xml: XMLWriter) throws {
        try pageStyle("Dia", fill: "#ffffff", xml)
        try pageStyle("DiaTitel", fill: navy, xml)
    }

    /// The styles the slides use: the frames, and a paragraph style per text size.
    static func writeSlideStyles(to xml: XMLWriter) throws {
        try xml.start("style:style")
        try xml.attribute("style:name", "Kader")
        try xml.attribute("style:family", "presentation")
        try xml.properties(
            "style:graphic-properties",
            [
                ("draw:fill", "none"), ("draw:stroke", "none"), ("draw:auto-grow-height", "false"),
                ("draw:textarea-vertical-align", "top"), ("fo:padding", "0.1cm"),
            ])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "KaderMidden")
        try xml.attribute("style:family", "presentation")
        try xml.attribute("style:parent-style-name", "Kader")
        try xml.properties("style:graphic-properties", [("draw:textarea-vertical-align", "middle")])
        try xml.end()
        try xml.newline()
        try paragraph(
            "PTitelGroot", [("fo:text-align", "start")], [("fo:font-size", "36pt"), ("fo:font-weight", "bold"), ("fo:color", "#ffffff")],
            xml)
        try paragraph("PSubtitel", [("fo:text-align", "start")], [("fo:font-size", "20pt"), ("fo:color", "#c9d6e3")], xml)
        try paragraph("PByline", [("fo:text-align", "start")], [("fo:font-size", "16pt"), ("fo:color", gold)], xml)
        for size in SlideFit.titleSizes {
            try paragraph(
                titleStyle(size), [("fo:text-align", "start")],
                [("fo:font-size", "\(size)pt"), ("fo:font-weight", "bold"), ("fo:color", "#ffffff")], xml)
        }
        for size in SlideFit.allTextSizes {
            let spacing = [("fo:margin-bottom", String(format: "%.2fcm", SlideFit.paragraphSpacing(size)))]
            try paragraph(
                textStyle(size), spacing + [("fo:text-align", "start")], [("fo:font-size", "\(size)pt"), ("fo:color", "#222222")], xml)
            try paragraph(
                headingStyle(size), spacing + [("fo:text-align", "start")],
                [("fo:font-size", "\(size + 2)pt"), ("fo:font-weight", "bold"), ("fo:color", navy)], xml)
            try paragraph(
                quoteStyle(size), spacing,
                [("fo:font-size", "\(size + 2)pt"), ("fo:font-style", "italic"), ("fo:color", navy)], xml)
            try paragraph(
                attributionStyle(size), spacing + [("fo:text-align", "end")], [("fo:font-size", "\(size - 2)pt"), ("fo:color", blue)], xml)
            try bulletList(size, xml)
        }
        try paragraph("PNotitie", [("fo:margin-bottom", "0.2cm")], [("fo:font-size", "12pt")], xml)
    }

    static func titleStyle(_ size: Int) -> String { "PTitel\(size)" }
    static func textStyle(_ size: Int) -> String { "PTekst\(size)" }
    static func quoteStyle(_ size: Int) -> String { "PCitaat\(size)" }
    static func headingStyle(_ size: Int) -> String { "PKop\(size)" }
    static func attributionStyle(_ size: Int) -> String { "PBron\(size)" }
    static func bulletStyle(_ size: Int) -> String { "LPunt\(size)" }

    /// The master pages: "Verhaal" for every slide, "Titel" for the first. The date and the
    /// slide number are in the footer; the slide number is a field, so it stays right when
    /// slides are moved.
    static func writeMasterStyles(_ narrative: Narrative, to xml: XMLWriter) throws {
        let date = narrative.date.map { DocumentStrings.forLanguage(narrative.language).format($0) } ?? ""
        try xml.start("office:master-styles")
        try xml.start("style:master-page")
        try xml.attribute("style:name", "Verhaal")
        try xml.attribute("style:page-layout-name", "DiaLayout")
        try xml.attribute("draw:style-name", "Dia")
        try rectangle("Balk", x: 0, y: 0, width: SlideFit.slideWidth, height: SlideFit.titleBarHeight, xml)
        try rectangle("Lijn", x: 0, y: SlideFit.titleBarHeight, width: SlideFit.slideWidth, height: 0.12, xml)
        try footer(date: date, title: narrative.title, xml)
        try notesPage(xml)
        try xml.end()
        try xml.newline()
        try xml.start("style:master-page")
        try xml.attribute("style:name", "Titel")
        try xml.attribute("style:page-layout-name", "DiaLayout")
        try xml.attribute("draw:style-name", "DiaTitel")
        try rectangle("Lijn", x: 1.5, y: 10.2, width: 6, height: 0.12, xml)
        try notesPage(xml)
        try xml.end()
        try xml.newline()
        try xml.end()
        try xml.newline()
    }

    private static func footer(date: String, title: String, _ xml: XMLWriter) throws {
        let y = SlideFit.slideHeight - SlideFit.footerHeight
        try textFrame(x: 1.2, y: y, width: 18, height: 0.8, xml) {
            try xml.start("text:p")
            try xml.attribute("text:style-name", "PVoet")
            try ODFText.write([title, date].filter { !$0.isEmpty }.joined(separator: "  ·  "), to: xml)
            try xml.end()
        }
        try textFrame(x: SlideFit.slideWidth - 4.2, y: y, width: 3, height: 0.8, xml) {
            try xml.start("text:p")
            try xml.attribute("text:style-name", "PVoetNummer")
            try xml.start("text:page-number")
            try xml.attribute("text:select-page", "current")
            try xml.text("1")
            try xml.end()
            try xml.end()
        }
    }

    private static func textFrame(x: Double, y: Double, width: Double, height: Double, _ xml: XMLWriter, body: () throws -> Void) throws {
        try xml.start("draw:frame")
        try xml.attribute("draw:style-name", "Voet")
        try geometry(x: x, y: y, width: width, height: height, xml)
        try xml.start("draw:text-box")
        try body()
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    private static func rectangle(_ style: String, x: Double, y: Double, width: Double, height: Double, _ xml: XMLWriter) throws {
        try xml.start("draw:rect")
        try xml.attribute("draw:style-name", style)
        try geometry(x: x, y: y, width: width, height: height, xml)
        try xml.end()
        try xml.newline()
    }

    static func geometry(x: Double, y: Double, width: Double, height: Double, _ xml: XMLWriter) throws {
        for (name, value) in [("svg:x", x), ("svg:y", y), ("svg:width", width), ("svg:height", height)] {
            try xml.attribute(name, String(format: "%.2fcm", value))
        }
    }

    private static func notesPage(_ xml: XMLWriter) throws {
        try xml.start("presentation:notes")
        try xml.attribute("style:page-layout-name", "NotitieLayout")
        try xml.end()
    }

    private static func pageStyle(_ name: String, fill: String, _ xml: XMLWriter) throws {
        try xml.start("style:style")
        try xml.attribute("style:name", name)
        try xml.attribute("style:family", "drawing-page")
        try xml.properties(
            "style:drawing-page-properties",
            [
                ("draw:fill", "solid"), ("draw:fill-color", fill),
                ("presentation:background-visible", "true"), ("presentation:background-objects-visible", "true"),
            ])
        try xml.end()
        try xml.newline()
    }

    private static func graphicStyle(_ name: String, fill: String?, _ xml: XMLWriter) throws {
        try xml.start("style:style")
        try xml.attribute("style:name", name)
        try xml.attribute("style:family", "graphic")
        try xml.properties(
            "style:graphic-properties",
            [("draw:stroke", "none")] + (fill.map { [("draw:fill", "solid"), ("draw:fill-color", $0)] } ?? [("draw:fill", "none")])
                + [("draw:textarea-vertical-align", "middle"), ("fo:padding", "0cm")])
        try xml.end()
        try xml.newline()
    }

    private static func paragraph(_ name: String, _ paragraph: [(String, String)], _ text: [(String, String)], _ xml: XMLWriter) throws {
        try xml.start("style:style")
        try xml.attribute("style:name", name)
        try xml.attribute("style:family", "paragraph")
        try xml.properties("style:paragraph-properties", paragraph)
        try xml.properties("style:text-properties", text)
        try xml.end()
        try xml.newline()
    }

    /// A round gold bullet at the text's size, with room between bullet and text.
    private static func bulletList(_ size: Int, _ xml: XMLWriter) throws {
        try xml.start("text:list-style")
        try xml.attribute("style:name", bulletStyle(size))
        try xml.start("text:list-level-style-bullet")
        try xml.attribute("text:level", "1")
        try xml.attribute("text:bullet-char", "●")
        try xml.attribute("text:bullet-relative-size", "80%")
        try xml.start("style:list-level-properties")
        try xml.attribute("text:space-before", "0cm")
        try xml.attribute("text:min-label-width", String(format: "%.2fcm", SlideFit.bulletIndent))
        try xml.end()
        try xml.properties("style:text-properties", [("fo:color", gold), ("fo:font-size", "\(size)pt")])
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    private static func pageLayout(_ name: String, width: Double, height: Double, orientation: String, _ xml: XMLWriter) throws {
        try xml.start("style:page-layout")
        try xml.attribute("style:name", name)
        try xml.properties(
            "style:page-layout-properties",
            [
                ("fo:margin-top", "0cm"), ("fo:margin-bottom", "0cm"), ("fo:margin-left", "0cm"), ("fo:margin-right", "0cm"),
                ("fo:page-width", String(format: "%.2fcm", width)), ("fo:page-height", String(format: "%.2fcm", height)),
                ("style:print-orientation", orientation),
            ])
        try xml.end()
        try xml.newline()
    }
}
