/// A composed document: what every writer (DocBook, ODF) reads. Pure data, no file system.
public struct Narrative: Sendable, Equatable {
    /// How a text document is laid out.
    public enum Layout: Sendable, Equatable {
        case document, worksheet
    }

    public var title: String
    public var subtitle: String?
    public var authors: [String]
    /// Who the document is from, on the title page.
    public var organisation: String?
    /// What it is for, on the title page.
    public var purpose: String?
    /// What the title page says of the authors ("Verteld door 7 netwerkleden"); the names are
    /// in the appendix. Nil: the title page names the authors.
    public var byline: String?
    public var date: LocalDate?
    /// `nl` or `en`.
    public var language: String
    /// The tags of the entries used, sorted.
    public var keywords: [String]
    public var sections: [Section]
    /// A document (title page, contents, chapters) or a worksheet (title and parts on the
    /// first page, tables to write in).
    public var layout: Layout = .document
    /// The pictures of the library the stories show, by the address a story gives.
    public var images: [String: ImageAsset] = [:]

    public init(
        title: String, subtitle: String? = nil, authors: [String] = [], date: LocalDate? = nil,
        language: String = "nl", keywords: [String] = [], sections: [Section] = [], layout: Layout = .document
    ) {
        self.layout = layout
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.language = language
        self.keywords = keywords
        self.sections = sections
    }
}
