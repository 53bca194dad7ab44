import VerhaalKit

/// One pattern run over a library for an audience: the only place that decides which stories
/// count. A private entry never does; `public` counts public entries only. The CLI, the report,
/// the board document and the web page all start here.
public struct PatternAnalysis: Sendable {
    public let audience: Audience
    /// The stories that counted, in library order.
    public let entries: [Entry]
    public let dimensions: [PatternDimension]
    public let run: PatternFinder.Run
    public let options: PatternOptions
    public let language: Language

    /// Runs the finder over the library's entries the audience may see that match `query`.
    public init(library: Library, audience: Audience, query: EntryQuery = EntryQuery(), options: PatternOptions = PatternOptions()) {
        self.audience = audience
        self.options = options
        language = Language(code: library.settings.language)
        entries = query.filter(library.entries.filter { audience.allows($0.share) })
        dimensions = PatternDimension.all(framework: library.framework, entries: entries, language: language)
        run = PatternFinder(dimensions: dimensions, options: options).run(entries)
    }

    public func pattern(id: String) -> Pattern? {
        run.patterns.first { $0.id == id }
    }

    /// "Waar ging … × Hoe voelde het?": the dimensions' own titles.
    public func title(of pattern: Pattern) -> String {
        pattern.dimensions.map { id in dimensions.first { $0.id == id }?.title ?? id }.joined(separator: " × ")
    }

    /// The entries behind a pattern that may be shown: those in a cell of at least the minimum
    /// size (never one in a suppressed cell), a seeded sample of at most `limit`, the same run
    /// after run.
    public func sample(of pattern: Pattern, limit: Int = 10) -> [Entry] {
        let chosen = pattern.dimensions.compactMap { id in dimensions.first { $0.id == id } }
        guard chosen.count == pattern.dimensions.count else { return [] }
        var groups: [[String]: [Entry]] = [:]
        for entry in entries {
            let values = chosen.map { $0.value(entry) }
            guard values.allSatisfy({ $0 != nil }) else { continue }
            let labels = values.compactMap { value -> String? in
                switch value {
                case .number(let number)?: PatternFinder.bin(number).label
                case .category(let id)?: id
                case nil: nil
                }
            }
            groups[labels, default: []].append(entry)
        }
        // The cells of a scatter pair are binned in both dimensions, like `labels` above.
        let visible = groups.filter { $0.value.count >= options.minimumCell }.values.flatMap { $0 }
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
