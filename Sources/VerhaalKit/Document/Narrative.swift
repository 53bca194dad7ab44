/// A composed document: what every writer (DocBook, ODF) reads. Pure data, no file system.
public struct Narrative: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var authors: [String]
    public var date: LocalDate?
    /// `nl` or `en`.
    public var language: String
    /// The tags of the entries used, sorted.
    public var keywords: [String]
    public var sections: [Section]
    /// The pictures of the library the stories show, by the address a story gives.
    public var images: [String: ImageAsset] = [:]

    public init(
        title: String, subtitle: String? = nil, authors: [String] = [], date: LocalDate? = nil,
        language: String = "nl", keywords: [String] = [], sections: [Section] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.language = language
        self.keywords = keywords
        self.sections = sections
    }
}
