import Foundation
import VerhaalKit

/// The named styles of a text document, so that a secretary can restyle the whole document by
/// changing one style; and its page layout (A4, margins, page numbers in the footer).
enum ODTStyles {
    static func language(_ language: String) -> (language: String, country: String) {
        Language(code: language).locale
    }

    /// `office:styles`.
    static func writeStyles(language code: String, to xml: XMLWriter) throws {
        let (language, country) = language(code)
        // Inside an anecdote's section, whose background is the box: text keeps off its edges.
        let box: [(String, String)] = [("fo:margin-left", "0.4cm"), ("fo:margin-right", "0.4cm")]
        try xml.start("office:styles")
        try xml.newline()
        try xml.start("style:default-style")
        try xml.attribute("style:family", "paragraph")
        try xml.properties(
            "style:paragraph-properties", [("fo:hyphenation-ladder-count", "no-limit"), ("fo:orphans", "2"), ("fo:widows", "2")])
        try xml.properties(
            "style:text-properties",
            [
                ("style:font-name", "Liberation Sans"), ("fo:font-family", "'Liberation Sans'"),
                ("fo:font-size", "11pt"), ("fo:language", language), ("fo:country", country),
            ])
        try xml.end()
        try xml.newline()
        try xml.paragraphStyle("Standard", parent: nil)
        try xml.paragraphStyle(
            "Text_20_body", display: "Text body",
            paragraph: [
                ("fo:margin-top", "0cm"), ("fo:margin-bottom", "0.25cm"), ("fo:line-height", "120%"),
            ])
        try xml.paragraphStyle(
            "Title", next: "Subtitle", masterPage: "Titelpagina",
            paragraph: [
                ("fo:text-align", "center"), ("fo:margin-top", "6cm"), ("fo:margin-bottom", "0.4cm"),
            ], text: [("fo:font-size", "28pt"), ("fo:font-weight", "bold"), ("fo:color", "#1b3a57")])
        try xml.paragraphStyle(
            "Worksheet_20_Title", display: "Worksheet title", next: "Text_20_body",
            paragraph: [("fo:margin-bottom", "0.3cm")],
            text: [("fo:font-size", "22pt"), ("fo:font-weight", "bold"), ("fo:color", "#1b3a57")])
        try xml.paragraphStyle(
            "Subtitle", next: "Text_20_body",
            paragraph: [
                ("fo:text-align", "center"), ("fo:margin-bottom", "1cm"),
            ], text: [("fo:font-size", "16pt"), ("fo:font-style", "italic"), ("fo:color", "#2f6690")])
        try xml.paragraphStyle(
            "Title_20_Meta", display: "Title meta",
            paragraph: [
                ("fo:text-align", "center"), ("fo:margin-bottom", "0.2cm"),
            ], text: [("fo:font-size", "11pt"), ("fo:color", "#555555")])
        try xml.paragraphStyle(
            "Heading", next: "Text_20_body",
            paragraph: [
                ("fo:margin-top", "0.6cm"), ("fo:margin-bottom", "0.25cm"), ("fo:keep-with-next", "always"),
            ], text: [("fo:font-weight", "bold"), ("fo:color", "#1b3a57")])
        for (level, size) in [(1, "18pt"), (2, "14pt"), (3, "12pt")] {
            try xml.paragraphStyle(
                "Heading_20_\(level)", display: "Heading \(level)", parent: "Heading",
                next: "Text_20_body", outlineLevel: level,
                text: [("fo:font-size", size)])
        }
        try xml.paragraphStyle(
            "Quote", parent: "Text_20_body",
            paragraph: [
                ("fo:margin-left", "1.2cm"), ("fo:margin-right", "1.2cm"), ("fo:margin-bottom", "0.1cm"),
            ], text: [("fo:font-style", "italic"), ("fo:font-size", "12pt")])
        try xml.paragraphStyle(
            "Quote_20_Title", display: "Quote title", parent: "Text_20_body", next: "Quote",
            paragraph: [
                ("fo:margin-left", "1.2cm"), ("fo:margin-top", "0.3cm"), ("fo:margin-bottom", "0.05cm"), ("fo:keep-with-next", "always"),
            ], text: [("fo:font-size", "9pt"), ("fo:font-weight", "bold"), ("fo:color", "#2f6690")])
        try xml.paragraphStyle(
            "Attribution", parent: "Text_20_body",
            paragraph: [
                ("fo:margin-left", "1.2cm"), ("fo:margin-right", "1.2cm"), ("fo:text-align", "end"),
            ], text: [("fo:font-size", "10pt"), ("fo:color", "#444444")])
        try xml.paragraphStyle(
            "Meta_20_Line", display: "Meta line", parent: "Text_20_body",
            text: [("fo:font-size", "9pt"), ("fo:color", "#666666")])
        try xml.paragraphStyle(
            "Anecdote_20_Title", display: "Anecdote title", parent: "Text_20_body",
            next: "Anecdote_20_Meta",
            paragraph: box + [("fo:margin-top", "0.25cm"), ("fo:margin-bottom", "0.05cm"), ("fo:keep-with-next", "always")],
            text: [("fo:font-weight", "bold"), ("fo:font-size", "12pt"), ("fo:color", "#1b3a57")])
        try xml.paragraphStyle(
            "Anecdote_20_Meta", display: "Anecdote meta line", parent: "Text_20_body",
            next: "Anecdote_20_Body", paragraph: box + [("fo:margin-bottom", "0.15cm"), ("fo:keep-with-next", "always")],
            text: [("fo:font-size", "9pt"), ("fo:color", "#555555")])
        try xml.paragraphStyle(
            "Anecdote_20_Body", display: "Anecdote body", parent: "Text_20_body", paragraph: box)
        try xml.paragraphStyle(
            "Anecdote_20_End", display: "Anecdote end", parent: "Standard",
            paragraph: [("fo:margin-top", "0cm"), ("fo:margin-bottom", "0cm"), ("fo:line-height", "100%")],
            text: [("fo:font-size", "6pt")])
        try xml.paragraphStyle(
            "Question", parent: "Text_20_body", paragraph: [("fo:margin-bottom", "0.1cm")],
            text: [("fo:font-style", "italic")])
        try xml.paragraphStyle(
            "Questions_20_Heading", display: "Questions heading", parent: "Text_20_body",
            paragraph: [("fo:keep-with-next", "always")], text: [("fo:font-weight", "bold")])
        try xml.paragraphStyle(
            "Figure", parent: "Text_20_body",
            paragraph: [("fo:text-align", "center"), ("fo:margin-top", "0.3cm"), ("fo:keep-with-next", "always")])
        try xml.paragraphStyle(
            "Caption", parent: "Text_20_body", paragraph: [("fo:text-align", "center"), ("fo:margin-bottom", "0.4cm")],
            text: [("fo:font-size", "9pt"), ("fo:font-style", "italic"), ("fo:color", "#444444")])
        try xml.paragraphStyle(
            "Preformatted_20_Text", display: "Preformatted Text", parent: "Standard",
            paragraph: [("fo:margin-left", "0.4cm"), ("fo:margin-right", "0.4cm"), ("fo:margin-bottom", "0.2cm")],
            text: [("style:font-name", "Liberation Mono"), ("fo:font-family", "'Liberation Mono'"), ("fo:font-size", "10pt")])
        try xml.paragraphStyle(
            "Table_20_Contents", display: "Table Contents", parent: "Standard",
            text: [("fo:font-size", "9pt")])
        try xml.paragraphStyle(
            "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents",
            text: [("fo:font-weight", "bold")])
        try xml.paragraphStyle(
            "Contents_20_Heading", display: "Contents Heading", parent: "Heading", masterPage: "Standard",
            text: [("fo:font-size", "16pt")])
        for level in 1...3 {
            let indent = Double(level - 1) * 0.5
            try xml.paragraphStyle(
                "Contents_20_\(level)", display: "Contents \(level)", parent: "Standard",
                paragraph: [
                    ("fo:margin-left", String(format: "%.1fcm", indent)), ("fo:margin-bottom", level == 1 ? "0.15cm" : "0.05cm"),
                    ("fo:margin-top", level == 1 ? "0.2cm" : "0cm"),
                ],
                text: level == 1 ? [("fo:font-weight", "bold")] : [],
                tabStop: (String(format: "%.2fcm", textWidth - indent), "."))
        }
        try xml.paragraphStyle(
            "Footer", parent: "Standard", paragraph: [("fo:text-align", "center")],
            text: [("fo:font-size", "9pt")])
        try xml.textStyle("Emphasis", display: "Emphasis", [("fo:font-style", "italic")])
        try xml.textStyle("Strong_20_Emphasis", display: "Strong Emphasis", [("fo:font-weight", "bold")])
        try xml.textStyle(
            "Strikethrough", display: "Strikethrough",
            [("style:text-line-through-style", "solid"), ("style:text-line-through-type", "single")])
        try xml.textStyle(
            "Source_20_Text", display: "Source Text", [("style:font-name", "Liberation Mono"), ("fo:font-family", "'Liberation Mono'")])
        try xml.textStyle(
            "Internet_20_link", display: "Internet link",
            [
                ("fo:color", "#2f6690"), ("style:text-underline-style", "solid"), ("style:text-underline-width", "auto"),
                ("style:text-underline-color", "font-color"),
            ])
        try writeListStyle("List_20_Bullet", display: "List Bullet", ordered: false, to: xml)
        try writeListStyle("List_20_Number", display: "List Number", ordered: true, to: xml)
        try xml.end()
        try xml.newline()
    }

    private static func writeListStyle(_ name: String, display: String, ordered: Bool, to xml: XMLWriter) throws {
        try xml.start("text:list-style")
        try xml.attribute("style:name", name)
        try xml.attribute("style:display-name", display)
        for level in 1...10 {
            try xml.start(ordered ? "text:list-level-style-number" : "text:list-level-style-bullet")
            try xml.attribute("text:level", String(level))
            if ordered {
                try xml.attribute("style:num-suffix", ".")
                try xml.attribute("style:num-format", "1")
            } else {
                try xml.attribute("text:bullet-char", level % 2 == 1 ? "•" : "◦")
            }
            try xml.start("style:list-level-properties")
            try xml.attribute("text:list-level-position-and-space-mode", "label-alignment")
            try xml.start("style:list-level-label-alignment")
            let margin = String(format: "%.2fcm", Double(level) * 0.6 + 0.2)
            try xml.attribute("text:label-followed-by", "listtab")
            try xml.attribute("text:list-tab-stop-position", margin)
            try xml.attribute("fo:text-indent", "-0.5cm")
            try xml.attribute("fo:margin-left", margin)
            try xml.end()
            try xml.end()
            try xml.end()
        }
        try xml.end()
        try xml.newline()
    }

    /// The width of the text between the page margins, in cm.
    static let textWidth = 16.0

    /// The heading of the first chapter after the contents, and of the appendix: a new page.
    static let pageStartingHeading = "Kop_20_Nieuwe_20_Pagina"

    /// The paragraph styles a paragraph in a short list, or the one that introduces a list, may
    /// have in a variant that keeps it on the page of the next (`keepingWithNext`).
    static let keptStyles = ["Text_20_body", "Anecdote_20_Body", "Quote", "Question"]

    /// The variant of `style` that keeps with the next paragraph.
    static func keepingWithNext(_ style: String) -> String { style + "_20_Vast" }

    /// The column widths a table may get, in percent of its width.
    static let columnPercents = Array(stride(from: 5, through: 100, by: 5))

    static func columnStyle(_ percent: Int) -> String { "Kolom\(percent)" }

    /// Each column's share of the width, from the length of its texts: a column of long titles
    /// gets more than one of dates, none gets less than its longest word needs at the table's
    /// 9 pt (`wordPercent`), and an empty column (to write in) gets as much as a long one.
    static func columnPercents(header: [String], rows: [[String]]) -> [Int] {
        let shares = weightedPercents(header: header, rows: rows)
        let count = shares.count
        let minimums = (0..<count).map { column in
            let texts = rows.compactMap { column < $0.count ? $0[column] : nil }
            let headerWord = column < header.count ? wordPercent(header[column], bold: true) : 5
            return max(headerWord, texts.map { wordPercent($0, bold: false) }.max() ?? 5)
        }
        var percents = zip(shares, minimums).map { max($0, $1) }
        // What the long words took comes from the columns with room to spare, the roomiest first.
        while percents.reduce(0, +) > 100,
            let roomiest = (0..<count).filter({ percents[$0] > minimums[$0] }).max(by: {
                percents[$0] - minimums[$0] < percents[$1] - minimums[$1]
            })
        {
            percents[roomiest] -= 5
        }
        return percents
    }

    /// The share of the 16 cm table, in steps of 5 %, that the longest word of `text` needs at
    /// 9 pt with the cell's 0.1 cm padding on both sides.
    static func wordPercent(_ text: String, bold: Bool) -> Int {
        let points = text.split(whereSeparator: \.isWhitespace).map { ChartText.width(String($0), size: 9, bold: bold) }.max() ?? 0
        let centimetres = points * 2.54 / 72 + 0.3
        return min(100, max(5, Int((centimetres / 16 * 100 / 5).rounded(.up)) * 5))
    }

    private static func weightedPercents(header: [String], rows: [[String]]) -> [Int] {
        let count = max(header.count, rows.map(\.count).max() ?? 0)
        guard count > 0 else { return [] }
        let weights = (0..<count).map { column -> Double in
            let texts = rows.compactMap { column < $0.count ? $0[column] : nil }
            // An empty column is room to write in (a worksheet): it gets a fair share.
            if !texts.isEmpty && texts.allSatisfy(\.isEmpty) { return 35 }
            let average = texts.isEmpty ? 0 : Double(texts.reduce(0) { $0 + $1.count }) / Double(texts.count)
            let longestWord =
                ([column < header.count ? header[column] : ""] + texts)
                .flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 0
            return max(min(average, 60), Double(longestWord) * 1.3, 4)
        }
        let total = weights.reduce(0, +)
        return weights.map { min(100, max(5, Int(($0 / total * 100 / 5).rounded()) * 5)) }
    }

    /// The page layout and the table styles (automatic styles).
    static func writePageLayout(to xml: XMLWriter) throws {
        try xml.start("style:page-layout")
        try xml.attribute("style:name", "A4")
        try xml.properties(
            "style:page-layout-properties",
            [
                ("fo:page-width", "21cm"), ("fo:page-height", "29.7cm"), ("style:print-orientation", "portrait"),
                ("fo:margin-top", "2cm"), ("fo:margin-bottom", "1.5cm"), ("fo:margin-left", "2.5cm"), ("fo:margin-right", "2.5cm"),
            ])
        try xml.start("style:footer-style")
        try xml.properties("style:header-footer-properties", [("fo:min-height", "0.6cm"), ("fo:margin-top", "0.4cm")])
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    /// The automatic styles the body uses: figures, tables and their columns, the anecdote's
    /// box, and the chapter that starts a page.
    static func writeTableStyles(to xml: XMLWriter) throws {
        // An anecdote is one section, its background the box around the whole story.
        try xml.start("style:style")
        try xml.attribute("style:name", "Verhaalkader")
        try xml.attribute("style:family", "section")
        try xml.properties(
            "style:section-properties", [("fo:background-color", "#eef3f7"), ("fo:margin-left", "0cm"), ("fo:margin-right", "0cm")])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", pageStartingHeading)
        try xml.attribute("style:family", "paragraph")
        try xml.attribute("style:parent-style-name", "Heading_20_1")
        try xml.properties("style:paragraph-properties", [("fo:break-before", "page")])
        try xml.end()
        try xml.newline()
        for style in keptStyles {
            try xml.start("style:style")
            try xml.attribute("style:name", keepingWithNext(style))
            try xml.attribute("style:family", "paragraph")
            try xml.attribute("style:parent-style-name", style)
            try xml.properties("style:paragraph-properties", [("fo:keep-with-next", "always")])
            try xml.end()
            try xml.newline()
        }
        // A row is never split across pages; a worksheet's rows are room to write in.
        for (name, height) in [("Rij", nil), ("WerkRij", "2.4cm")] {
            try xml.start("style:style")
            try xml.attribute("style:name", name)
            try xml.attribute("style:family", "table-row")
            try xml.properties(
                "style:table-row-properties", (height.map { [("style:min-row-height", $0)] } ?? []) + [("fo:keep-together", "always")])
            try xml.end()
            try xml.newline()
        }
        for percent in columnPercents {
            try xml.start("style:style")
            try xml.attribute("style:name", columnStyle(percent))
            try xml.attribute("style:family", "table-column")
            try xml.properties("style:table-column-properties", [("style:rel-column-width", "\(percent * 100)*")])
            try xml.end()
            try xml.newline()
        }
        // Figures: centred, no border, nothing flowing around them.
        try xml.start("style:style")
        try xml.attribute("style:name", "Figuur")
        try xml.attribute("style:family", "graphic")
        try xml.properties(
            "style:graphic-properties",
            [("style:wrap", "none"), ("fo:border", "none"), ("style:vertical-pos", "top"), ("style:vertical-rel", "baseline")])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "Tabel")
        try xml.attribute("style:family", "table")
        try xml.properties(
            "style:table-properties",
            [("style:width", "16cm"), ("table:align", "margins"), ("fo:margin-top", "0.2cm"), ("fo:margin-bottom", "0.3cm")])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "TabelCel")
        try xml.attribute("style:family", "table-cell")
        try xml.properties("style:table-cell-properties", [("fo:padding", "0.1cm"), ("fo:border", "0.5pt solid #999999")])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "TabelKop")
        try xml.attribute("style:family", "table-cell")
        try xml.properties(
            "style:table-cell-properties",
            [("fo:padding", "0.1cm"), ("fo:border", "0.5pt solid #999999"), ("fo:background-color", "#dde7ef")])
        try xml.end()
        try xml.newline()
    }

    /// The master pages: A4 with the page number centred in the footer, and the title page,
    /// which has no number.
    static func writeMasterStyles(to xml: XMLWriter) throws {
        try xml.start("office:master-styles")
        try xml.start("style:master-page")
        try xml.attribute("style:name", "Titelpagina")
        try xml.attribute("style:page-layout-name", "A4")
        try xml.attribute("style:next-style-name", "Standard")
        try xml.end()
        try xml.start("style:master-page")
        try xml.attribute("style:name", "Standard")
        try xml.attribute("style:page-layout-name", "A4")
        try xml.start("style:footer")
        try xml.start("text:p")
        try xml.attribute("text:style-name", "Footer")
        try xml.start("text:page-number")
        try xml.attribute("text:select-page", "current")
        try xml.text("1")
        try xml.end()
        try xml.end()
        try xml.end()
        try xml.end()
        try xml.end()
        try xml.newline()
    }
}
