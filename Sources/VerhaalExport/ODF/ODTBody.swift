import VerhaalKit

/// Writes a narrative's title page, table of contents and sections as `office:text` content.
struct ODTBody {
    let xml: XMLWriter
    let strings: DocumentStrings
    /// True in the flat file: figures go in as `office:binary-data`; in the package they are
    /// files under `Pictures/` (`ODFPictures`).
    let embedsImages: Bool
    private var tableCount = 0
    private var imageCount = 0
    /// The library's pictures the stories show, by the address a story gives.
    var images: [String: ImageAsset] = [:]
    private var sectionCount = 0
    private var listDepth = 0
    /// Set while writing what must stay on the page of what follows: an item of a short list
    /// that is not its last, or the paragraph that introduces a list.
    private var keepsWithNext = false
    /// A list longer than this may break across pages anywhere.
    private static let shortList = 10
    private var isWorksheet = false

    init(xml: XMLWriter, language: String, embedsImages: Bool) {
        self.xml = xml
        self.strings = .forLanguage(language)
        self.embedsImages = embedsImages
    }

    /// `office:body` with the narrative's text, for both the flat file and the package.
    static func writeOfficeBody(_ narrative: Narrative, to xml: XMLWriter, embedsImages: Bool) throws {
        try xml.start("office:body")
        var body = ODTBody(xml: xml, language: narrative.language, embedsImages: embedsImages)
        body.images = narrative.images
        try body.write(narrative)
        try xml.end()
    }

    mutating func write(_ narrative: Narrative) throws {
        try xml.start("office:text")
        try xml.newline()
        isWorksheet = narrative.layout == .worksheet
        if isWorksheet {
            // A worksheet: its title and parts on the first page, no contents.
            try paragraph("Worksheet_20_Title", [.text(narrative.title)])
            if let subtitle = narrative.subtitle { try paragraph("Subtitle", [.text(subtitle)]) }
            for section in narrative.sections { try write(section, level: 1) }
            try xml.end()
            try xml.newline()
            return
        }
        try paragraph("Title", [.text(narrative.title)])
        if let subtitle = narrative.subtitle { try paragraph("Subtitle", [.text(subtitle)]) }
        for line in TitlePage.lines(of: narrative) { try paragraph("Title_20_Meta", [.text(line)]) }
        try tableOfContents(narrative)
        for (index, section) in narrative.sections.enumerated() {
            try write(section, level: 1, startsPage: index == 0 || section.kind == .appendix)
        }
        try xml.end()
        try xml.newline()
    }

    private func tableOfContents(_ narrative: Narrative) throws {
        try xml.start("text:table-of-content")
        try xml.attribute("text:name", "Inhoudsopgave")
        try xml.attribute("text:protected", "true")
        try xml.start("text:table-of-content-source")
        try xml.attribute("text:outline-level", "2")
        try xml.start("text:index-title-template")
        try xml.attribute("text:style-name", "Contents_20_Heading")
        try xml.text(strings.contents)
        try xml.end()
        for level in 1...2 {
            try xml.start("text:table-of-content-entry-template")
            try xml.attribute("text:outline-level", String(level))
            try xml.attribute("text:style-name", "Contents_20_\(level)")
            try xml.start("text:index-entry-link-start")
            try xml.end()
            try xml.start("text:index-entry-text")
            try xml.end()
            try xml.start("text:index-entry-tab-stop")
            try xml.attribute("style:type", "right")
            try xml.attribute("style:leader-char", ".")
            try xml.end()
            try xml.start("text:index-entry-page-number")
            try xml.end()
            try xml.start("text:index-entry-link-end")
            try xml.end()
            try xml.end()
        }
        try xml.end()
        try xml.newline()
        try xml.start("text:index-body")
        try xml.start("text:index-title")
        try xml.attribute("text:name", "Inhoudsopgave_Kop")
        try paragraph("Contents_20_Heading", [.text(strings.contents)])
        try xml.end()
        func entries(_ sections: [Section], level: Int) throws {
            for section in sections where level <= 2 {
                try paragraph("Contents_20_\(level)", [.text(section.title)])
                try entries(section.subsections, level: level + 1)
            }
        }
        try entries(narrative.sections, level: 1)
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    private mutating func write(_ section: Section, level: Int, startsPage: Bool = false) throws {
        try xml.start("text:h")
        try xml.attribute("text:style-name", startsPage ? ODTStyles.pageStartingHeading : "Heading_20_\(min(level, 3))")
        try xml.attribute("text:outline-level", String(level))
        if let id = section.id { try bookmark(id) }
        try ODFText.write(section.title, to: xml)
        try xml.end()
        try xml.newline()
        try write(section.blocks.expandingMarkdown(), style: "Text_20_body")
        for subsection in section.subsections { try write(subsection, level: level + 1) }
    }

    /// Writes blocks in order; a paragraph that introduces a list or a figure stays with it.
    private mutating func write(_ blocks: [Block], style: String) throws {
        for (index, block) in blocks.enumerated() {
            var introduces = false
            if case .paragraph = block, index + 1 < blocks.count {
                switch blocks[index + 1] {
                case .list, .figure: introduces = true
                default: break
                }
            }
            let outer = keepsWithNext
            keepsWithNext = outer || introduces
            try write(block, style: style)
            keepsWithNext = outer
        }
    }

    /// Writes a block; `style` is the paragraph style of its context (body, anecdote, quote).
    private mutating func write(_ block: Block, style: String) throws {
        switch block {
        case .paragraph(let inlines):
            try paragraph(style, inlines)
        case .heading(_, let inlines):
            try paragraph(style, [.strong(inlines)])
        case .list(let ordered, let items):
            try list(ordered: ordered, items: items, style: style)
        case .blockQuote(let blocks):
            for inner in blocks { try write(inner, style: "Quote") }
        case .code(let text):
            try paragraph("Preformatted_20_Text", [.text(text)])
        case .quote(let quote):
            var bookmarkWritten = false
            if let title = quote.title {
                try paragraph("Quote_20_Title", [.text(title)], bookmark: quote.id)
                bookmarkWritten = true
            }
            let content = quote.content.isEmpty ? [Block.paragraph([])] : quote.content
            for (index, inner) in content.enumerated() {
                if index == 0, !bookmarkWritten, let id = quote.id, case .paragraph(let inlines) = inner {
                    try paragraph("Quote", inlines, bookmark: id)
                } else {
                    try write(inner, style: "Quote")
                }
            }
            if !quote.attribution.isEmpty { try paragraph("Attribution", [.text("— " + quote.attribution)]) }
            if !quote.meta.isEmpty { try paragraph("Attribution", quote.meta) }
        case .anecdote(let anecdote) where listDepth > 0 || style != "Text_20_body":
            // Inside a list or a box no section may start: the story's paragraphs carry it.
            try paragraph("Anecdote_20_Title", [.text(anecdote.title)], bookmark: anecdote.id)
            if !anecdote.meta.isEmpty { try paragraph("Anecdote_20_Meta", anecdote.meta) }
            try write(anecdote.content, style: style)
        case .anecdote(let anecdote):
            sectionCount += 1
            try xml.start("text:section")
            try xml.attribute("text:style-name", "Verhaalkader")
            try xml.attribute("text:name", "Verhaal\(sectionCount)")
            try paragraph("Anecdote_20_Title", [.text(anecdote.title)], bookmark: anecdote.id)
            if !anecdote.meta.isEmpty { try paragraph("Anecdote_20_Meta", anecdote.meta) }
            try write(anecdote.content, style: "Anecdote_20_Body")
            try paragraph("Anecdote_20_End", [])
            try xml.end()
            try xml.newline()
            // A line outside the box, so that two stories in a row are two boxes.
            try paragraph("Anecdote_20_End", [])
        case .questions(let title, let questions):
            if let title { try paragraph("Questions_20_Heading", [.text(title)]) }
            try list(ordered: false, items: questions.map { [.paragraph($0)] }, style: "Question")
        case .table(let table) where listDepth > 0:
            // ODF allows no table in a list item: there each row is a line, its cells apart.
            for row in [table.header.map { [Inline.strong([.text($0)])] }] + table.rows.map(\.cells) {
                try paragraph(style, Array(row.map { $0 }.joined(separator: [Inline.text(" · ")])))
            }
        case .table(let table):
            // A table without rows says nothing, and DocBook has no valid form for it.
            if !table.rows.isEmpty { try self.table(table) }
        case .figure(let figure):
            try self.figure(figure)
        case .image(let image):
            imageCount += 1
            try self.image(image, style: style)
        case .markdown(let text):
            try write(Markdown.blocks(from: text), style: style)
        case .references(let title, let references):
            if let title { try paragraph(style, [.emphasis([.text(title + ":")])]) }
            try list(ordered: false, items: references.map { [.paragraph($0.inlines)] }, style: style)
        }
    }

    /// A picture of the library in a frame, at most 15 cm wide and 12 cm high, with its
    /// alt text as the caption; any other picture as a link to its address.
    private func image(_ image: ImageBlock, style: String) throws {
        guard let asset = images[image.source] else {
            try paragraph(style, [.link(url: image.source, [.text(image.alt.isEmpty ? image.source : image.alt)])])
            return
        }
        // Never larger than its pixels at 96 per inch: a small picture stays sharp.
        let scale = min(15.0 / asset.width, 12.0 / asset.height, 2.54 / 96)
        try xml.start("text:p")
        try xml.attribute("text:style-name", "Figure")
        try xml.start("draw:frame")
        try xml.attribute("draw:style-name", "Figuur")
        try xml.attribute("draw:name", "beeld-\(imageCount)")
        try xml.attribute("text:anchor-type", "as-char")
        try xml.attribute("svg:width", String(format: "%.2fcm", asset.width * scale))
        try xml.attribute("svg:height", String(format: "%.2fcm", asset.height * scale))
        try xml.start("draw:image")
        if embedsImages {
            try xml.attribute("draw:mime-type", asset.mediaType)
            try xml.element(
                "office:binary-data", text: asset.data.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed]))
        } else {
            try xml.attribute("xlink:href", asset.packagePath)
            try xml.attribute("xlink:type", "simple")
            try xml.attribute("xlink:show", "embed")
            try xml.attribute("xlink:actuate", "onLoad")
            try xml.attribute("draw:mime-type", asset.mediaType)
        }
        try xml.end()
        if !image.alt.isEmpty { try xml.element("svg:title", text: image.alt) }
        try xml.end()
        try xml.end()
        try xml.newline()
        if !image.alt.isEmpty { try paragraph("Caption", [.text(image.alt)]) }
    }

    /// A frame with the SVG, as wide as the text, and the title under it as a caption.
    private func figure(_ figure: FigureBlock) throws {
        let width = 16.0
        let height = figure.width > 0 ? width * figure.height / figure.width : width / 2
        try xml.start("text:p")
        try xml.attribute("text:style-name", "Figure")
        try xml.start("draw:frame")
        try xml.attribute("draw:style-name", "Figuur")
        try xml.attribute("draw:name", XMLName.id(figure.id))
        try xml.attribute("text:anchor-type", "as-char")
        try xml.attribute("svg:width", String(format: "%.2fcm", width))
        try xml.attribute("svg:height", String(format: "%.2fcm", height))
        try ODFImage.write(figure, href: embedsImages ? nil : ODFPictures.path(figure), to: xml)
        try xml.end()
        try xml.end()
        try xml.newline()
        try paragraph("Caption", [.text(figure.title)])
    }

    private mutating func list(ordered: Bool, items: [[Block]], style: String) throws {
        try xml.start("text:list")
        try xml.attribute("text:style-name", ordered ? "List_20_Number" : "List_20_Bullet")
        listDepth += 1
        defer { listDepth -= 1 }
        let outer = keepsWithNext
        defer { keepsWithNext = outer }
        for (index, item) in items.enumerated() {
            keepsWithNext = outer || (items.count <= Self.shortList && index < items.count - 1)
            try xml.start("text:list-item")
            try write(item, style: style)
            try xml.end()
        }
        try xml.end()
        try xml.newline()
    }

    private mutating func table(_ table: TableBlock) throws {
        tableCount += 1
        try xml.start("table:table")
        try xml.attribute("table:name", "\(table.role)-\(tableCount)")
        try xml.attribute("table:style-name", "Tabel")
        let percents = ODTStyles.columnPercents(
            header: table.header, rows: table.rows.map { $0.cells.map(\.plainText) })
        for percent in percents.isEmpty ? [100] : percents {
            try xml.start("table:table-column")
            try xml.attribute("table:style-name", ODTStyles.columnStyle(percent))
            try xml.end()
        }
        try xml.start("table:table-header-rows")
        try xml.start("table:table-row")
        for cell in table.header { try self.cell("TabelKop", "Table_20_Heading", [.text(cell)], bookmark: nil) }
        try xml.end()
        try xml.end()
        try xml.newline()
        for row in table.rows {
            try xml.start("table:table-row")
            try xml.attribute("table:style-name", isWorksheet ? "WerkRij" : "Rij")
            for (index, cell) in row.cells.enumerated() {
                try self.cell("TabelCel", "Table_20_Contents", cell, bookmark: index == 0 ? row.id : nil)
            }
            try xml.end()
            try xml.newline()
        }
        try xml.end()
        try xml.newline()
    }

    private func cell(_ cellStyle: String, _ paragraphStyle: String, _ inlines: [Inline], bookmark: String?) throws {
        try xml.start("table:table-cell")
        try xml.attribute("table:style-name", cellStyle)
        try xml.attribute("office:value-type", "string")
        try paragraph(paragraphStyle, inlines, bookmark: bookmark)
        try xml.end()
    }

    private func paragraph(_ style: String, _ inlines: [Inline], bookmark id: String? = nil) throws {
        try xml.start("text:p")
        try xml.attribute(
            "text:style-name", keepsWithNext && ODTStyles.keptStyles.contains(style) ? ODTStyles.keepingWithNext(style) : style)
        if let id { try bookmark(id) }
        try ODFInlines.write(inlines, to: xml)
        try xml.end()
        try xml.newline()
    }

    private func bookmark(_ name: String) throws {
        try xml.start("text:bookmark")
        try xml.attribute("text:name", XMLName.id(name))
        try xml.end()
    }
}

/// Inline content of ODF paragraphs.
enum ODFInlines {
    static func write(_ inlines: [Inline], to xml: XMLWriter) throws {
        for inline in inlines { try write(inline, to: xml) }
    }

    static func write(_ inline: Inline, to xml: XMLWriter) throws {
        switch inline {
        case .text(let text):
            try ODFText.write(text, to: xml)
        case .emphasis(let inlines):
            try span("Emphasis", inlines, xml)
        case .strong(let inlines):
            try span("Strong_20_Emphasis", inlines, xml)
        case .strikethrough(let inlines):
            try span("Strikethrough", inlines, xml)
        case .code(let text):
            try span("Source_20_Text", [.text(text)], xml)
        case .link(let url, let inlines):
            try anchor(url, inlines, xml)
        case .reference(let target, let inlines):
            try anchor("#" + XMLName.id(target), inlines, xml)
        case .lineBreak:
            try xml.start("text:line-break")
            try xml.end()
        }
    }

    private static func span(_ style: String, _ inlines: [Inline], _ xml: XMLWriter) throws {
        try xml.start("text:span")
        try xml.attribute("text:style-name", style)
        try write(inlines, to: xml)
        try xml.end()
    }

    private static func anchor(_ href: String, _ inlines: [Inline], _ xml: XMLWriter) throws {
        try xml.start("text:a")
        try xml.attribute("xlink:type", "simple")
        try xml.attribute("xlink:href", href)
        try xml.attribute("text:style-name", "Internet_20_link")
        // A link inside a link is not allowed: nested links keep only their text.
        try write(inlines.mapInlines(\.withoutLinks), to: xml)
        try xml.end()
    }
}

extension Inline {
    /// A link's text without the link (applied inside out by `mapInlines`).
    fileprivate var withoutLinks: Inline {
        switch self {
        case .link(_, let inlines), .reference(_, let inlines): .text(inlines.plainText)
        default: self
        }
    }
}
