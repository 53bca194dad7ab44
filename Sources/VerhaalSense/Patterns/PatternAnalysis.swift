import VerhaalKit

/// Who reads a pattern run. A coordinator reading their own library sees every count, with
/// cells under the minimum shown as "<3"; every other reader (a member, an export, a document
/// for any audience) gets what `DisclosureRule` allows, and nothing else is ever computed for them.
public enum PatternReader: Sendable, Equatable {
    case coordinator
    case protected
}

/// One pattern run over a library for an audience: the only place that decides which stories
/// count and which rule protects them. A private entry never counts; `public` counts public
/// entries only. The CLI, the report, the board document and the web page all start here.
public struct PatternAnalysis: Sendable {
    public let audience: Audience
    public let reader: PatternReader
    /// The stories that counted, in library order (without those the rule left out).
    public let entries: [Entry]
    /// The dimensions as counted: under the rule with "overig", merged bins and without those
    /// left out.
    public let dimensions: [PatternDimension]
    public let run: PatternFinder.Run
    public let options: PatternOptions
    public let language: Language

    /// Runs the finder over the library's entries the audience may see that match `query`.
    public init(
        library: Library, audience: Audience, reader: PatternReader = .protected, query: EntryQuery = EntryQuery(),
        options: PatternOptions = PatternOptions()
    ) {
        self.audience = audience
        self.reader = reader
        var options = options
        options.disclosure = reader == .coordinator ? nil : DisclosureRule(k: max(options.minimumCell, library.settings.smallestGroup))
        self.options = options
        language = Language(code: library.settings.language)
        let visible = query.filter(library.entries.filter { audience.allows($0.share) })
        let all = PatternDimension.all(framework: library.framework, entries: visible, language: language)
        run = PatternFinder(dimensions: all, options: options, language: language).run(visible)
        entries = run.entries
        dimensions = run.dimensions
    }

    public func pattern(id: String) -> Pattern? {
        run.patterns.first { $0.id == id }
    }

    /// "Waar ging … × Hoe voelde het?": the dimensions' own titles.
    public func title(of pattern: Pattern) -> String {
        pattern.dimensions.map { id in dimensions.first { $0.id == id }?.title ?? id }.joined(separator: " × ")
    }

    /// The entries behind a pattern that may be shown: those in a cell that is shown with at
    /// least the minimum size (never one in a hidden cell), a seeded sample of at most `limit`,
    /// the same run after run.
    public func sample(of pattern: Pattern, limit: Int = 10) -> [Entry] {
        let chosen = pattern.dimensions.compactMap { id in dimensions.first { $0.id == id } }
        guard chosen.count == pattern.dimensions.count else { return [] }
        let sides = chosen.map { PatternTable.Side($0, PatternColumn($0, entries: entries)) }
        let minimum = options.disclosure?.k ?? options.minimumCell
        let shown = Set(
            pattern.cells.compactMap { cell -> [String]? in
                if case .exact(let count) = cell.count, count >= minimum { cell.labels } else { nil }
            })
        let visible = entries.indices.filter { story in
            let labels = sides.compactMap { side in side.tableIndices[story] >= 0 ? side.labels[side.tableIndices[story]] : nil }
            return labels.count == sides.count && shown.contains(labels)
        }.map { entries[$0] }
        var generator = SeededGenerator(seed: Self.seed(pattern.id))
        return Array(visible.sorted { $0.id < $1.id }.shuffled(using: &generator).prefix(limit)).sorted { $0.id < $1.id }
    }

    static func seed(_ text: String) -> UInt64 {
        // FNV-1a: stable across runs and machines, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// SplitMix64: a small seeded generator, so that samples are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
