/// One pattern across the stories: a dimension's distribution, or two dimensions against each
/// other with a test. Its id is made from its dimensions (`pendule~rol`) and is the same run
/// after run, so that marks and observations can refer to it.
public struct Pattern: Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        /// Counts per category of one dimension.
        case counts
        /// A histogram of one scale (10 bins) with mean, median and standard deviation.
        case histogram
        /// Two categorical dimensions: a contingency table and Pearson's chi-square.
        case contingency
        /// A scale per category: a histogram per category, Kruskal–Wallis and Mann–Whitney pairs.
        case scaleByCategory = "scale-by-category"
        /// Two scales: Spearman's rho (and a 10 × 10 grid of counts, never single points).
        case scatter
    }

    /// A count as shown: the number, or "<3" when it is small enough to point at a teller.
    public enum Count: Sendable, Encodable, Equatable {
        case exact(Int)
        case suppressed(String)

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .exact(let count): try container.encode(count)
            case .suppressed(let text): try container.encode(text)
            }
        }
    }

    /// One cell: its labels (category ids or bin ranges, one per dimension), its count and, in a
    /// contingency table, the expected count.
    public struct Cell: Sendable, Encodable {
        public var labels: [String]
        public var count: Count
        public var expected: Double?
    }

    /// A Mann–Whitney comparison of two categories of a scale-by-category pattern, with its
    /// rank-biserial correlation as effect.
    public struct Pair: Sendable, Encodable {
        public var categories: [String]
        public var statistic: Double
        public var p: Double
        public var q: Double?
        public var effect: Double?
        public var effectMeasure = "rank-biserial"
    }

    /// What a test counted: stories, or tellers (once each) for a question about the teller.
    public enum Unit: String, Sendable, Encodable {
        case story, teller
    }

    public var id: String
    public var kind: Kind
    public var dimensions: [String]
    /// Stories with a value on every dimension of the pattern.
    public var n: Int
    /// Stories without one.
    public var unanswered: Int
    public var test: String?
    public var statistic: Double?
    public var df: Double?
    public var p: Double?
    public var q: Double?
    public var effect: Double?
    /// What `effect` measures: `cramers-v`, `epsilon-squared` or `rho`.
    public var effectMeasure: String?
    /// The unit the test counted, and how many of them.
    public var unit: Unit?
    public var testedUnits: Int?
    /// True when the table could not be shown without giving a small group away.
    public var withheld = false
    /// The teller of more than a fifth of the stories: only in a coordinator's run.
    public var dominantTeller: String?
    /// True when q is between 0.05 and 0.2: worth a look, not a finding.
    public var suggestive: Bool
    /// True when the test ran on fewer than 30 stories (or tellers): only a strong pattern can
    /// show on so few, which says nothing about weaker ones.
    public var fewStories = false
    /// True when a contingency table has expected counts under 5.
    public var smallExpectedCounts: Bool
    /// Why no test was made, when none was (too few stories, one category only).
    public var noTest: String?
    public var mean: Double?
    public var median: Double?
    public var standardDeviation: Double?
    public var cells: [Cell]
    public var pairs: [Pair]
}
