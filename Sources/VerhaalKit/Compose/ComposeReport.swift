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

        public init(depth: Int, title: String, entries: [String], references: [String]) {
            self.depth = depth
            self.title = title
            self.entries = entries
            self.references = references
        }
    }

    /// An entry that matched but may not go to this audience.
    public struct Exclusion: Sendable, Equatable, Encodable {
        public var id: String
        public var share: ShareLevel
    }

    /// An entry of the library that is not in the document, and why.
    public struct LeftOut: Sendable, Equatable, Encodable {
        public var id: String
        public var reason: LeftOutReason
        /// For `consent`: the person who did not agree to this audience.
        public var person: String?

        public init(id: String, reason: LeftOutReason, person: String? = nil) {
            self.id = id
            self.reason = reason
            self.person = person
        }
    }

    /// Why an entry is not in the document.
    public enum LeftOutReason: String, Sendable, Equatable, Encodable {
        /// Named in `exclude`.
        case excluded
        /// The composition lists its `entries`, and not this one.
        case notListed = "not-listed"
        /// It does not match the composition's `filter`.
        case filter
        /// Its share is `private`: it never leaves the library.
        case `private`
        /// Its share does not allow this audience (a `network` entry in a public document).
        case audience
        /// Someone it quotes or names did not agree to this audience, and has no pseudonym.
        case consent
        /// No section takes it: none of the custom sections' filters or lists names it.
        case noSection = "no-section"
        /// It has no lesson and no perspective, so no chapter of the default structure holds it.
        case noLessonOrPerspective = "no-lesson-or-perspective"
        /// A travel-log entry, and the composition shows no route (`route: false`).
        case noRoute = "no-route"
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
    /// Every entry of the library that is not in the document, with the reason, in library order.
    public var leftOut: [LeftOut]
    /// Marked patterns the document cannot show as the observation saw them: withheld, or
    /// without a test, for the composition's audience.
    public var warnings: [String] = []
    /// The names the document replaced with the words of `Stories/namen.yaml` (or "een
    /// netwerklid"), sorted.
    public var replacedNames: [String] = []
    /// Whether the document uses pseudonyms.
    public var usesPseudonyms = false
}

/// A composed narrative and its report.
public struct ComposeResult: Sendable {
    public var narrative: Narrative
    public var report: ComposeReport
    /// Who is in the document, and on what basis: written beside it.
    public var manifest: DocumentManifest
}
