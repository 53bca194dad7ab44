/// A titled part of a narrative, with blocks and nested sections.
public struct Section: Sendable, Equatable {
    public var id: String?
    public var title: String
    public var blocks: [Block]
    public var subsections: [Section]
    /// True for the appendix (*Verantwoording*).
    public var isAppendix: Bool

    public init(id: String? = nil, title: String, blocks: [Block] = [], subsections: [Section] = [],
                isAppendix: Bool = false) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
        self.isAppendix = isAppendix
    }
}
