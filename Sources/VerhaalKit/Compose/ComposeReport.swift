/// What `compose` tells the coordinator: the outline, and what is missing or left out.
public struct ComposeReport: Sendable, Equatable, Encodable {
    /// A section of the outline with the entries in it.
    public struct OutlineItem: Sendable, Equatable, Encodable {
        public var depth: Int
        public var title: String
        /// Entries shown in full in this section.
        public var entries: [String]
        /// Entries this section only refers to (shown in full earlier).
        public var references: [String]
    }

    /// An entry that matched but may not go to this audience.
    public struct Exclusion: Sendable, Equatable, Encodable {
        public var id: String
        public var share: ShareLevel
    }

    public var composition: String
    public var audience: Audience
    public var outline: [OutlineItem]
    /// Every entry in the document, in the order of the appendix.
    public var entriesUsed: [String]
    /// Lessons without stories in this composition.
    public var emptyLessons: [String]
    /// Perspectives without stories in this composition.
    public var emptyPerspectives: [String]
    /// Custom sections without stories.
    public var emptySections: [String]
    public var excludedByShare: [Exclusion]
}

/// A composed narrative and its report.
public struct ComposeResult: Sendable {
    public var narrative: Narrative
    public var report: ComposeReport
}
