/// What a section says at a glance, for its slide: set by the composer, which knows the stories
/// behind the blocks. The writers of full documents read the blocks and leave this alone.
public struct SectionSummary: Sendable, Equatable {
    /// A line under the title: a chosen story's title, or who led a session and how many came.
    public var heading: String?
    /// A passage from the section's first story, when the section shows no quote of its own.
    public var quote: String?
    /// Who told or said the passage.
    public var attribution: String
    /// What the slide lists: who chose and why, or a session's outcomes and stories.
    public var lines: [String]
    /// Whether the lines are bullets (outcomes) or labelled lines ("Waarom: …").
    public var bulleted: Bool
    /// The figure the slide shows, drawn for a slide (larger text than the document's).
    public var figure: FigureBlock?

    public init(heading: String? = nil, quote: String? = nil, attribution: String = "", lines: [String] = [], bulleted: Bool = false) {
        self.heading = heading
        self.quote = quote
        self.attribution = attribution
        self.lines = lines
        self.bulleted = bulleted
    }
}
