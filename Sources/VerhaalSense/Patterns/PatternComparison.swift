import VerhaalKit

/// The cohorts of one dimension side by side (`patterns --compare organisatie`): for every
/// other dimension, each cohort's answers. Each profile is the pair pattern of the two, so its
/// counts, tests and hidden cells are the run's own, under the same disclosure rule.
public struct PatternComparison: Sendable, Encodable {
    /// One question's answers per cohort.
    public struct Profile: Sendable, Encodable {
        public var dimension: String
        public var pattern: String
        /// The question's categories or bins, in order (the stories without an answer last).
        public var categories: [String]
        public var rows: [Row]
        public var test: String?
        public var q: Double?
        public var effect: Double?
        public var effectMeasure: String?
        public var withheld: Bool
    }

    /// One cohort's counts, one per category (`x` where hidden).
    public struct Row: Sendable, Encodable {
        public var cohort: String
        public var counts: [Pattern.Count]
    }

    /// The dimension whose cohorts are compared.
    public var by: String
    public var cohorts: [String]
    public var profiles: [Profile]

    /// Why a dimension cannot be compared by: unknown, or not shown to this reader.
    public enum Refusal: Error, Equatable {
        case unknown(String, suggestion: String?)
        case notShown(String)
    }

    public init(analysis: PatternAnalysis, by id: String) throws(Refusal) {
        guard let dimension = analysis.dimensions.first(where: { $0.id == id }) else {
            let leftOut = analysis.run.disclosure?.leftOutDimensions ?? []
            if leftOut.contains(id) { throw .notShown(id) }
            throw .unknown(id, suggestion: KeySuggestion.closest(to: id, among: analysis.dimensions.map(\.id) + leftOut))
        }
        guard !dimension.isScale else { throw .notShown(id) }
        by = id
        let side = PatternTable.Side(dimension, PatternColumn(dimension, entries: analysis.entries))
        cohorts = side.labels
        var profiles: [Profile] = []
        for other in analysis.dimensions where other.id != id {
            let pair = analysis.run.patterns.first { $0.dimensions == [id, other.id] || $0.dimensions == [other.id, id] }
            guard let pair else { continue }
            let byFirst = pair.dimensions[0] == id
            let otherSide = PatternTable.Side(other, PatternColumn(other, entries: analysis.entries))
            var counts: [String: [String: Pattern.Count]] = [:]
            for cell in pair.cells where cell.labels.count == 2 {
                let (cohort, category) = byFirst ? (cell.labels[0], cell.labels[1]) : (cell.labels[1], cell.labels[0])
                counts[cohort, default: [:]][category] = cell.count
            }
            profiles.append(
                Profile(
                    dimension: other.id, pattern: pair.id, categories: otherSide.labels,
                    rows: pair.withheld
                        ? []
                        : cohorts.map { cohort in
                            Row(cohort: cohort, counts: otherSide.labels.map { counts[cohort]?[$0] ?? .exact(0) })
                        },
                    test: pair.test, q: pair.q, effect: pair.effect, effectMeasure: pair.effectMeasure, withheld: pair.withheld))
        }
        self.profiles = profiles
    }
}
