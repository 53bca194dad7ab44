/// Text inside a paragraph: plain text and the few marks a board document needs.
public enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    /// Struck-through text (`~~…~~`).
    case strikethrough([Inline])
    case code(String)
    /// A link to a web address.
    case link(url: String, [Inline])
    /// A link to an element of the same document, by its id.
    case reference(targetID: String, [Inline])
    case lineBreak

    /// The plain text, without marks; a line break becomes a newline.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .emphasis(let inlines), .strong(let inlines), .strikethrough(let inlines), .link(_, let inlines),
            .reference(_, let inlines):
            inlines.plainText
        case .lineBreak: "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The plain text of all inlines.
    public var plainText: String { map(\.plainText).joined() }
}
