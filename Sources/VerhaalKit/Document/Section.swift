/// What a section is for, so that writers can treat parts differently (slides, appendix).
public enum SectionKind: String, Sendable, Equatable {
    case introduction
    /// The travel route.
    case route
    /// A section that groups others (the lessons, the perspectives).
    case group
    case lesson
    case perspective
    /// A section of a composition's own.
    case custom
    /// A domain of a Most Significant Change round: the chosen story and the reasons.
    case selection
    /// What came out of one sensemaking session.
    case session
    /// The patterns marked remarkable, with their observations.
    case patterns
    case closing
    /// The appendix *Verantwoording*.
    case appendix
}

/// A titled part of a narrative, with blocks and nested sections.
public struct Section: Sendable, Equatable {
    public var id: String?
    public var title: String
    public var blocks: [Block]
    public var subsections: [Section]
    public var kind: SectionKind
    /// What its slide shows, where the composer knows more than the blocks say.
    public var summary: SectionSummary?

    public init(
        id: String? = nil, title: String, blocks: [Block] = [], subsections: [Section] = [],
        kind: SectionKind = .custom, summary: SectionSummary? = nil
    ) {
        self.summary = summary
        self.id = id
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
        self.kind = kind
    }
}
