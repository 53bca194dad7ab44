import Foundation

/// A block of a section: what a writer turns into paragraphs, lists, boxes and tables.
public enum Block: Sendable, Equatable {
    case paragraph([Inline])
    /// A heading inside a story's text (not a section).
    case heading(level: Int, [Inline])
    case list(ordered: Bool, items: [[Block]])
    /// A block quote from Markdown (`>`).
    case blockQuote([Block])
    /// Preformatted text.
    case code(String)
    /// A quote entry: the words and who said them.
    case quote(QuoteBlock)
    /// An anecdote entry, set apart in a box.
    case anecdote(AnecdoteBlock)
    /// Reflection questions.
    case questions(title: String?, [[Inline]])
    case table(TableBlock)
    /// A chart with its title, e.g. a pattern's figure.
    case figure(FigureBlock)
    /// A picture a story shows on a line of its own (`![alt](../beeld/foto.jpg)`); the
    /// narrative's `images` hold the file when it is in the library.
    case image(ImageBlock)
    /// Stories shown in full elsewhere in the document, listed as links to them.
    case references(title: String?, [EntryReference])
    /// A story's text in CommonMark, kept as written until a writer needs it: a large library's
    /// narrative then holds each text once, shared with its entry. Writers convert it with
    /// `expandingMarkdown()`, a section at a time.
    case markdown(String)
}

/// A picture as a story names it: the address as written and the alt text, its caption.
public struct ImageBlock: Sendable, Equatable {
    public var source: String
    public var alt: String

    public init(source: String, alt: String) {
        self.source = source
        self.alt = alt
    }
}

/// A link to a story shown elsewhere in the same document.
public struct EntryReference: Sendable, Equatable {
    /// The id of the story's element.
    public var targetID: String
    public var title: String
    public var teller: String
    public var kind: EntryKind

    public init(targetID: String, title: String, teller: String, kind: EntryKind) {
        self.targetID = targetID
        self.title = title
        self.teller = teller
        self.kind = kind
    }

    /// "Title (teller)" with the title linked.
    public var inlines: [Inline] {
        [.reference(targetID: targetID, [.text(title)]), .text(" (\(teller))")]
    }
}

/// Someone's words with their attribution, e.g. "Christoffel Klap, directeur-bestuurder".
public struct QuoteBlock: Sendable, Equatable {
    /// Document-wide id (the entry's id); writers make it a valid id of their format.
    public var id: String?
    /// The quote entry's title, shown above the words.
    public var title: String?
    public var content: [Block]
    public var attribution: String
    /// A line with the source and a reference to the appendix.
    public var meta: [Inline]

    public init(id: String?, title: String? = nil, content: [Block], attribution: String, meta: [Inline] = []) {
        self.id = id
        self.title = title
        self.content = content
        self.attribution = attribution
        self.meta = meta
    }
}

/// A story set apart: title, a meta line (teller, date, place) and the text.
public struct AnecdoteBlock: Sendable, Equatable {
    public var id: String?
    public var title: String
    public var meta: [Inline]
    public var content: [Block]

    public init(id: String?, title: String, meta: [Inline], content: [Block]) {
        self.id = id
        self.title = title
        self.meta = meta
        self.content = content
    }
}

/// A table with a header row; each row may carry an id so that text can refer to it.
public struct TableBlock: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var id: String?
        public var cells: [[Inline]]

        public init(id: String? = nil, cells: [[Inline]]) {
            self.id = id
            self.cells = cells
        }
    }

    public var title: String?
    public var header: [String]
    public var rows: [Row]
    /// A word for styling, e.g. `route` or `sources`.
    public var role: String

    public init(title: String? = nil, header: [String], rows: [Row], role: String) {
        self.title = title
        self.header = header
        self.rows = rows
        self.role = role
    }
}

/// A figure: an SVG image with a title and a text for readers who cannot see it.
public struct FigureBlock: Sendable, Equatable {
    /// Document-wide id; writers make it a valid id of their format.
    public var id: String
    public var title: String
    /// What the figure shows, in words (alternative text).
    public var description: String
    /// The SVG document.
    public var svg: Data
    /// The size in points, from the SVG's width and height.
    public var width: Double
    public var height: Double

    public init(id: String, title: String, description: String, svg: Data, width: Double, height: Double) {
        self.id = id
        self.title = title
        self.description = description
        self.svg = svg
        self.width = width
        self.height = height
    }
}
