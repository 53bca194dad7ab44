import Foundation
import VerhaalKit

/// Writes story cards as printable A4 pages, four cards per page with cut lines, as a flat
/// `.fodt` or a packaged `.odt` (ODF 1.3).
public enum CardSheetWriter {
    /// The document's bytes in `format` (`.fodt` or `.odt`).
    public static func write(_ cards: [StoryCard], language: String, date: LocalDate, format: ExportFormat) throws -> Data {
        let strings = DocumentStrings.forLanguage(language)
        let meta = Narrative(title: strings.cards, date: date, language: language)
        switch format {
        case .odt:
            let zip = try ODFZip(mediaType: ODFNamespaces.textMediaType)
            let parts = [
                ("content.xml", try content(cards, language: language)),
                ("styles.xml", try styles(language: language)),
                ("meta.xml", try ODFMeta.part(meta)),
            ]
            for (path, data) in parts { try zip.add(path, data) }
            try zip.add("META-INF/manifest.xml", try zip.manifest(parts.map(\.0)))
            return try zip.finish()
        default:
            let xml = try XMLWriter()
            try xml.startDocument()
            try ODFNamespaces.startRoot("office:document", in: xml, mediaType: ODFNamespaces.textMediaType)
            try ODFMeta.write(meta, to: xml)
            try CardStyles.writeStyles(language: language, to: xml)
            try xml.start("office:automatic-styles")
            try CardStyles.writePageLayout(to: xml)
            try CardStyles.writeTableStyles(to: xml)
            try xml.end()
            try xml.newline()
            try CardStyles.writeMasterStyles(to: xml)
            try writeBody(cards, to: xml)
            try xml.end()
            return try xml.finish()
        }
    }

    private static func content(_ cards: [StoryCard], language: String) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-content", in: xml)
        try xml.start("office:automatic-styles")
        try CardStyles.writeTableStyles(to: xml)
        try xml.end()
        try xml.newline()
        try writeBody(cards, to: xml)
        try xml.end()
        return try xml.finish()
    }

    private static func styles(language: String) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-styles", in: xml)
        try CardStyles.writeStyles(language: language, to: xml)
        try xml.start("office:automatic-styles")
        try CardStyles.writePageLayout(to: xml)
        try xml.end()
        try xml.newline()
        try CardStyles.writeMasterStyles(to: xml)
        try xml.end()
        return try xml.finish()
    }

    /// A table per page, two rows of two cards; the last page's empty places stay blank.
    private static func writeBody(_ cards: [StoryCard], to xml: XMLWriter) throws {
        try xml.start("office:body")
        try xml.start("office:text")
        try xml.newline()
        let pages = stride(from: 0, to: max(cards.count, 1), by: CardStyles.perPage).map {
            Array(cards[min($0, cards.count)..<min($0 + CardStyles.perPage, cards.count)])
        }
        for (index, page) in pages.enumerated() {
            try xml.start("table:table")
            try xml.attribute("table:name", "Kaarten\(index + 1)")
            try xml.attribute("table:style-name", index == 0 ? "KaartTabel" : "KaartTabelNieuwePagina")
            try xml.start("table:table-column")
            try xml.attribute("table:style-name", "KaartKolom")
            try xml.attribute("table:number-columns-repeated", String(CardStyles.columns))
            try xml.end()
            for row in 0..<CardStyles.rows {
                try xml.start("table:table-row")
                try xml.attribute("table:style-name", "KaartRij")
                for column in 0..<CardStyles.columns {
                    let position = row * CardStyles.columns + column
                    try cell(position < page.count ? page[position] : nil, to: xml)
                }
                try xml.end()
                try xml.newline()
            }
            try xml.end()
            try xml.newline()
        }
        try xml.end()
        try xml.end()
    }

    private static func cell(_ card: StoryCard?, to xml: XMLWriter) throws {
        try xml.start("table:table-cell")
        try xml.attribute("table:style-name", "KaartCel")
        try xml.attribute("office:value-type", "string")
        guard let card else {
            try paragraph("Kaart_20_Tekst", [], to: xml)
            try xml.end()
            return
        }
        try paragraph("Kaart_20_Titel", [.text(card.title)], to: xml)
        try paragraph("Kaart_20_Meta", [.text(card.meta)], to: xml)
        try paragraph("Kaart_20_Tekst", [.text(card.text)], to: xml)
        if !card.lessons.isEmpty {
            try xml.start("text:p")
            try xml.attribute("text:style-name", "Kaart_20_Labels")
            for (index, lesson) in card.lessons.enumerated() {
                if index > 0 { try xml.text("  ") }
                try xml.start("text:span")
                try xml.attribute("text:style-name", "Les_20_Label")
                try ODFText.write("\u{00A0}\(lesson)\u{00A0}", to: xml)
                try xml.end()
            }
            try xml.end()
            try xml.newline()
        }
        for scale in card.scales {
            let filled = Int((Double(scale.value) / 10).rounded())
            try xml.start("text:p")
            try xml.attribute("text:style-name", "Kaart_20_Antwoord")
            try span("Vraag", scale.question, xml)
            try xml.start("text:line-break")
            try xml.end()
            try ODFText.write(scale.left + " ", to: xml)
            try span("Balk", String(repeating: "■", count: filled) + String(repeating: "□", count: 10 - filled), xml)
            try ODFText.write(" " + scale.right, to: xml)
            try xml.end()
            try xml.newline()
        }
        for answer in card.answers {
            try xml.start("text:p")
            try xml.attribute("text:style-name", "Kaart_20_Antwoord")
            try span("Vraag", answer.question, xml)
            try ODFText.write(" " + answer.answer, to: xml)
            try xml.end()
            try xml.newline()
        }
        try paragraph("Kaart_20_ID", [.text(card.id)], to: xml)
        try xml.end()
    }

    private static func span(_ style: String, _ text: String, _ xml: XMLWriter) throws {
        try xml.start("text:span")
        try xml.attribute("text:style-name", style)
        try ODFText.write(text, to: xml)
        try xml.end()
    }

    private static func paragraph(_ style: String, _ inlines: [Inline], to xml: XMLWriter) throws {
        try xml.start("text:p")
        try xml.attribute("text:style-name", style)
        try ODFInlines.write(inlines, to: xml)
        try xml.end()
        try xml.newline()
    }
}
