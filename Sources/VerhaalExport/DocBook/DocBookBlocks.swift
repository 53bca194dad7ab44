import Foundation
import VerhaalKit

/// Writes sections, blocks and inlines as DocBook elements.
struct DocBookBlocks {
    let xml: XMLWriter
    /// The library's pictures the stories show, by the address a story gives.
    var images: [String: ImageAsset] = [:]

    /// Writes `section` and its subsections, their blocks taken from `parts`.
    func write(_ section: Section, parts: inout DocBookSectionParts) throws {
        try xml.start(section.kind == .appendix ? "appendix" : "section")
        if let id = section.id { try xml.attribute("xml:id", XMLName.id(id)) }
        try xml.element("title", text: section.title)
        try xml.newline()
        let blocks = parts.next()
        // A DocBook section needs content; an empty one gets an empty paragraph.
        if blocks.isEmpty && section.subsections.isEmpty { try xml.element("para", text: "") }
        try xml.raw(blocks)
        for subsection in section.subsections { try write(subsection, parts: &parts) }
        try xml.end()
        try xml.newline()
    }

    /// A section's own blocks: those before its first story as they are, then each story as a
    /// `section` of its own with its title and its id, so that pandoc and the DocBook XSL both
    /// show the title and every link to it lands. DocBook allows no block after a section: a
    /// titled list of references becomes a section with that title, and any other block after a
    /// story goes into the story's section.
    func writeSectionContent(_ blocks: [Block]) throws {
        var storyIsOpen = false
        func startSection(id: String?, role: String, title: String) throws {
            if storyIsOpen { try xml.end() }
            try xml.start("section")
            if let id { try xml.attribute("xml:id", XMLName.id(id)) }
            try xml.attribute("role", role)
            try xml.element("title", text: title)
            try xml.newline()
            storyIsOpen = true
        }
        for block in blocks {
            switch block {
            case .anecdote(let anecdote):
                try startSection(id: anecdote.id, role: "anecdote", title: anecdote.title)
                if !anecdote.meta.isEmpty {
                    try paragraph(anecdote.meta, role: "meta")
                    try xml.newline()
                }
                try contents(anecdote.content)
            case .quote(let quote) where quote.title != nil:
                try startSection(id: quote.id, role: "quote", title: quote.title ?? "")
                try xml.start("blockquote")
                if !quote.attribution.isEmpty {
                    try xml.element("attribution", text: quote.attribution)
                    try xml.newline()
                }
                try contents(quote.content)
                try xml.end()
                try xml.newline()
                if !quote.meta.isEmpty { try paragraph(quote.meta, role: "meta") }
                try xml.newline()
            case .references(let title?, let references) where storyIsOpen && !references.isEmpty:
                try startSection(id: nil, role: "references", title: title)
                try write(.references(title: nil, references))
            default:
                try write(block)
            }
        }
        if storyIsOpen {
            try xml.end()
            try xml.newline()
        }
    }

    /// Writes a block followed by a line break (the parent of a block never holds text).
    func write(_ block: Block) throws {
        try writeBlock(block)
        try xml.newline()
    }

    private func writeBlock(_ block: Block) throws {
        switch block {
        case .paragraph(let inlines):
            try paragraph(inlines)
        case .heading(_, let inlines):
            try paragraph([.strong(inlines)])
        case .list(let ordered, let items):
            // DocBook has no empty list; `written` leaves one out.
            guard !items.isEmpty else { return }
            try xml.start(ordered ? "orderedlist" : "itemizedlist")
            for item in items { try listItem(item) }
            try xml.end()
        case .blockQuote(let blocks):
            try xml.start("blockquote")
            try contents(blocks)
            try xml.end()
        case .code(let text):
            try xml.element("programlisting", text: text)
        case .quote(let quote):
            try xml.start("blockquote")
            if let id = quote.id { try xml.attribute("xml:id", XMLName.id(id)) }
            try xml.attribute("role", "quote")
            if let title = quote.title {
                try xml.element("title", text: title)
                try xml.newline()
            }
            if !quote.attribution.isEmpty {
                try xml.element("attribution", text: quote.attribution)
                try xml.newline()
            }
            try contents(quote.content)
            if !quote.meta.isEmpty { try paragraph(quote.meta, role: "meta") }
            try xml.end()
        case .anecdote(let anecdote):
            try xml.start("sidebar")
            if let id = anecdote.id { try xml.attribute("xml:id", XMLName.id(id)) }
            try xml.attribute("role", "anecdote")
            try xml.element("title", text: anecdote.title)
            try xml.newline()
            if !anecdote.meta.isEmpty {
                try paragraph(anecdote.meta, role: "meta")
                try xml.newline()
            }
            try contents(anecdote.content)
            try xml.end()
        case .questions(let title, let questions):
            // A perspective without reflection questions gets no empty list (found by `make fuzz-writers`).
            guard !questions.isEmpty else { return }
            try xml.start("itemizedlist")
            try xml.attribute("role", "questions")
            if let title { try xml.element("title", text: title) }
            try xml.newline()
            for question in questions { try listItem([.paragraph(question)]) }
            try xml.end()
        case .table(let table):
            // A table without rows says nothing, and DocBook has no valid form for it.
            if !table.rows.isEmpty { try self.table(table) }
        case .figure(let figure):
            try self.figure(figure)
        case .image(let image):
            try self.image(image)
        case .markdown(let text):
            for block in Markdown.blocks(from: text) { try writeBlock(block) }
        case .references(let title, let references):
            try xml.start("itemizedlist")
            try xml.attribute("role", "references")
            if let title { try xml.element("title", text: title) }
            try xml.newline()
            for reference in references { try listItem([.paragraph(reference.inlines)]) }
            try xml.end()
        }
    }

    /// A picture of the library as `imagedata` with its path seen from `Exports/`, its alt text
    /// the caption; any other picture as a link to its address.
    private func image(_ image: ImageBlock) throws {
        guard let asset = images[image.source] else {
            try paragraph([.link(url: image.source, [.text(image.alt.isEmpty ? image.source : image.alt)])])
            return
        }
        try xml.start("mediaobject")
        try xml.start("imageobject")
        try xml.start("imagedata")
        try xml.attribute("fileref", "../" + asset.path)
        try xml.attribute("format", asset.mediaType == "image/svg+xml" ? "SVG" : asset.mediaType == "image/png" ? "PNG" : "JPG")
        try xml.end()
        try xml.end()
        if !image.alt.isEmpty {
            try xml.start("textobject")
            try xml.element("phrase", text: image.alt)
            try xml.end()
            try xml.start("caption")
            try xml.element("para", text: image.alt)
            try xml.end()
        }
        try xml.end()
    }

    /// Blocks inside a container that needs at least one.
    private func contents(_ blocks: [Block]) throws {
        let blocks = Self.written(blocks)
        if blocks.isEmpty { try xml.element("para", text: "") }
        for block in blocks { try write(block) }
    }

    /// The blocks that give an element: an empty text and a table without rows give none, and a
    /// container of only those still needs its empty paragraph (found by `make fuzz-writers`).
    static func written(_ blocks: [Block]) -> [Block] {
        blocks.filter { block in
            switch block {
            case .table(let table): !table.rows.isEmpty
            case .questions(_, let questions): !questions.isEmpty
            case .list(_, let items): !items.isEmpty
            case .markdown(let text): !Markdown.blocks(from: text).isEmpty
            default: true
            }
        }
    }

    /// A `figure` whose image is the SVG itself, inline, with its description as text.
    private func figure(_ figure: FigureBlock) throws {
        try xml.start("figure")
        try xml.attribute("xml:id", XMLName.id(figure.id))
        try xml.element("title", text: figure.title)
        try xml.start("mediaobject")
        try xml.start("imageobject")
        try xml.start("imagedata")
        try xml.attribute("format", "svg")
        try xml.attribute("contentwidth", "\(SVGDocument.number(figure.width))pt")
        guard let svg = XMLElementTree.parse(figure.svg, name: "figure.svg") else {
            throw XMLWriter.Failure(description: "a figure is not well-formed XML")
        }
        try svg.write(to: xml)
        try xml.end()
        try xml.end()
        try xml.start("textobject")
        try xml.element("phrase", text: figure.description)
        try xml.end()
        try xml.end()
        try xml.end()
    }

    private func listItem(_ blocks: [Block]) throws {
        try xml.start("listitem")
        try contents(blocks)
        try xml.end()
        try xml.newline()
    }

    private func paragraph(_ inlines: [Inline], role: String? = nil) throws {
        try xml.start("para")
        if let role { try xml.attribute("role", role) }
        try write(inlines)
        try xml.end()
    }

    private func table(_ table: TableBlock) throws {
        try xml.start(table.title == nil ? "informaltable" : "table")
        try xml.attribute("role", table.role)
        if let title = table.title { try xml.element("title", text: title) }
        try xml.start("tgroup")
        try xml.attribute("cols", String(table.header.count))
        try xml.start("thead")
        try xml.start("row")
        for cell in table.header { try xml.element("entry", text: cell) }
        try xml.end()
        try xml.end()
        try xml.start("tbody")
        for row in table.rows {
            try xml.start("row")
            for (index, cell) in row.cells.enumerated() {
                try xml.start("entry")
                // An anchor in the first cell, not an id on the row: pandoc keeps only the anchor.
                if index == 0, let id = row.id {
                    try xml.start("anchor")
                    try xml.attribute("xml:id", XMLName.id(id))
                    try xml.end()
                }
                try write(cell)
                try xml.end()
            }
            try xml.end()
            try xml.newline()
        }
        try xml.end()
        try xml.end()
        try xml.end()
    }

    private func write(_ inlines: [Inline]) throws {
        for inline in inlines { try write(inline) }
    }

    private func write(_ inline: Inline) throws {
        switch inline {
        case .text(let text):
            try xml.text(text)
        case .emphasis(let inlines):
            try xml.start("emphasis")
            try write(inlines)
            try xml.end()
        case .strong(let inlines):
            try xml.start("emphasis")
            try xml.attribute("role", "strong")
            try write(inlines)
            try xml.end()
        case .strikethrough(let inlines):
            try xml.start("emphasis")
            try xml.attribute("role", "strikethrough")
            try write(inlines)
            try xml.end()
        case .code(let text):
            try xml.element("literal", text: text)
        case .link(let url, let inlines):
            try xml.start("link")
            try xml.attribute("xlink:href", url)
            try write(inlines)
            try xml.end()
        case .reference(let target, let inlines):
            try xml.start("link")
            try xml.attribute("linkend", XMLName.id(target))
            try write(inlines)
            try xml.end()
        case .lineBreak:
            // DocBook has no line-break element; the processing instruction is the common way.
            try xml.processingInstruction("linebreak")
        }
    }
}
