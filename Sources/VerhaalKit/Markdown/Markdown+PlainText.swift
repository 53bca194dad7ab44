extension Markdown {
    /// The text of a story's Markdown, paragraphs joined by a space: what a card or a slide
    /// quotes from it.
    public static func plainText(_ markdown: String) -> String {
        var texts: [String] = []
        blocks(from: markdown).forEachBlock { block in
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): texts.append(inlines.plainText)
            case .code(let text): texts.append(text)
            case .image(let image): texts.append("[\(image.alt)]")
            case .table(let table): texts += table.rows.map { $0.cells.map(\.plainText).joined(separator: " · ") }
            default: break
            }
        }
        return texts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
