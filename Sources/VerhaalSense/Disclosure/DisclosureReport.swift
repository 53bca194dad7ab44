/// What the disclosure rule did to a run, in words a reader of the output gets: the threshold,
/// which groups were merged, which questions were left out and how many stories were left out.
public struct DisclosureReport: Sendable, Encodable, Equatable {
    /// A group merged into "overig": the dimension and the categories it took in.
    public struct Merge: Sendable, Encodable, Equatable {
        public var dimension: String
        public var categories: [String]
    }

    public var k: Int
    public var merged: [Merge] = []
    /// Dimensions with fewer than two groups of at least k stories: nothing of them is shown.
    public var leftOutDimensions: [String] = []
    /// Stories left out of every count, because their group stayed under k after merging.
    public var leftOutStories = 0
    /// Tables that could not be shown without giving a small group away.
    public var withheldPatterns: [String] = []
}
