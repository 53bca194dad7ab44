import Foundation
import Testing
import VerhaalKit

@testable import VerhaalSense

/// Patterns on generated libraries: a planted pattern is found, independent answers give
/// (almost) nothing, small cells never show, and ids stay the same.
@Suite struct PatternTests {
    /// The analysis's seeded generator (SplitMix64), so that every run sees the same libraries.
    struct Random {
        private var generator: SeededGenerator
        init(state: UInt64) { generator = SeededGenerator(seed: state) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
    }

    static let framework = Framework.essay
    static let roles = ["bestuurder", "toezichthouder", "medewerker", "bewoner", "partner", "anders"]

    static func entries(count: Int, seed: UInt64, planted: Bool, tellers: Int = 41) -> [Entry] {
        var random = Random(state: seed)
        let lessons = framework.lessons.map(\.id)
        let feelings = ["inspirerend", "hoopvol", "gemengd", "zorgelijk", "frustrerend"]
        return (0..<count).map { index in
            // A teller keeps their role over all their stories, as in real use.
            let teller = random.int(0...(tellers - 1))
            let role = roles[teller % roles.count]
            var pendule = random.int(0...100)
            if planted { pendule = role == "bestuurder" ? random.int(60...100) : random.int(0...60) }
            let answers: [String: Answer] = [
                "pendule": .scale(pendule), "vorm-resultaat": .scale(random.int(0...100)), "hard-zacht": .scale(random.int(0...100)),
                "gevoel": .choice(random.pick(feelings)), "rol": .choice(role),
                "leiderschap": .choices([random.pick(["regie", "ruimte", "delen", "vertrouwen", "verantwoordelijkheid"])]),
            ]
            let month = random.int(1...12)
            return Entry(
                id: "e\(index)", path: "Stories/anekdotes/e\(index).md", kind: random.pick(EntryKind.allCases),
                title: "E\(index)", date: LocalDate(year: 2019, month: month, day: 1)!, teller: "T\(teller)",
                lessons: [random.pick(lessons)], share: .network, answers: answers)
        }
    }

    static func run(_ entries: [Entry], options: PatternOptions = PatternOptions()) -> PatternFinder.Run {
        let dimensions = PatternDimension.all(framework: framework, entries: entries, language: .dutch)
        return PatternFinder(dimensions: dimensions, options: options).run(entries)
    }

    @Test func aPlantedPatternIsFoundWithASmallQ() throws {
        // The role is a question about the teller: the test counts tellers, so it needs many.
        let run = Self.run(Self.entries(count: 400, seed: 7, planted: true, tellers: 200))
        let pattern = try #require(run.patterns.first { $0.id == "pendule~rol" })
        #expect(pattern.test == "kruskal-wallis" && pattern.unit == .teller)
        #expect(
            (pattern.q ?? 1) < 0.01,
            "q = \(pattern.q ?? -1) p = \(pattern.p ?? -1) n = \(pattern.testedUnits ?? -1) \(pattern.unit.map(\.rawValue) ?? "")")
        #expect(!pattern.suggestive)
        #expect(run.tests > 100, "the q-values correct for every test of the run")
    }

    @Test func independentAnswersRarelyShowAnything() {
        var seedsWithAPattern = 0
        for seed in 1...100 {
            let run = Self.run(Self.entries(count: 80, seed: UInt64(seed) * 7919, planted: false))
            if run.patterns.contains(where: { ($0.q ?? 1) < 0.05 }) { seedsWithAPattern += 1 }
        }
        #expect(seedsWithAPattern <= 5, "\(seedsWithAPattern) of 100 seeds")
    }

    @Test func noCellShowsAGroupOfFewerThanThreeStories() throws {
        let run = Self.run(Self.entries(count: 40, seed: 11, planted: false))
        let data = try JSONEncoder().encode(run)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var cells = 0
        for pattern in json["patterns"] as? [[String: Any]] ?? [] {
            for cell in pattern["cells"] as? [[String: Any]] ?? [] {
                cells += 1
                if let count = cell["count"] as? Int {
                    #expect(count == 0 || count >= 3, "\(pattern["id"] ?? "") \(cell)")
                } else {
                    #expect(cell["count"] as? String == "<3")
                }
            }
        }
        #expect(cells > 100)
    }

    @Test func idsAreStableAndTestsWaitForEnoughStories() throws {
        let entries = Self.entries(count: 15, seed: 3, planted: true)
        let first = Self.run(entries).patterns.map(\.id)
        let second = Self.run(entries.reversed()).patterns.map(\.id)
        #expect(Set(first) == Set(second))
        #expect(first.contains("pendule~rol") && first.contains("leiderschap=regie~gevoel") && first.contains("lesson=delen~kind"))
        let small = try #require(Self.run(entries).patterns.first { $0.id == "pendule~gevoel" })
        #expect(small.p == nil)
        #expect(small.noTest == "fewer than 20 stories")
        #expect(Self.run(entries).patterns.first { $0.id == "pendule~rol" }?.noTest == "fewer than 20 tellers")
        let lowered = try #require(Self.run(entries, options: PatternOptions(minimumN: 10)).patterns.first { $0.id == "pendule~gevoel" })
        #expect(lowered.p != nil && lowered.fewStories)
    }

    @Test func oneDimensionGivesCountsAndAHistogram() throws {
        let run = Self.run(Self.entries(count: 60, seed: 5, planted: false))
        let pendule = try #require(run.patterns.first { $0.id == "pendule" })
        #expect(pendule.kind == .histogram)
        #expect(pendule.cells.count == 10)
        #expect(pendule.n == 60 && pendule.mean != nil && pendule.median != nil && pendule.standardDeviation != nil)
        let gevoel = try #require(run.patterns.first { $0.id == "gevoel" })
        #expect(gevoel.kind == .counts)
        #expect(gevoel.cells.map(\.labels) == [["inspirerend"], ["hoopvol"], ["gemengd"], ["zorgelijk"], ["frustrerend"]])
    }

    @Test func aSampleIsReproducibleAndNeverFromASmallGroup() throws {
        // Two stories alone in their group: they may never be sampled.
        let entries = Self.entries(count: 60, seed: 5, planted: true).enumerated().map { index, entry in
            var answers = entry.answers
            if index < 2 {
                answers["gevoel"] = .choice("frustrerend")
            } else if answers["gevoel"] == .choice("frustrerend") {
                answers["gevoel"] = .choice("hoopvol")
            }
            return Self.copy(entry, share: entry.share, answers: answers)
        }
        let library = Library(
            root: URL(fileURLWithPath: "/tmp"), settings: LibrarySettings(), entries: entries, diagnostics: [], fileCount: 60)
        let analysis = PatternAnalysis(library: library, audience: .network)
        let pattern = try #require(analysis.pattern(id: "gevoel"))
        let sample = analysis.sample(of: pattern)
        #expect(sample.count == 10)
        #expect(!sample.contains { $0.id == "e0" || $0.id == "e1" })
        #expect(sample.map(\.id) == analysis.sample(of: pattern).map(\.id), "the same sample every time")
        let scatter = try #require(analysis.pattern(id: "pendule~vorm-resultaat"))
        #expect(analysis.sample(of: scatter).count <= 10)
    }

    @Test func thePublicAudienceCountsOnlyPublicStories() {
        let entries = Self.entries(count: 30, seed: 9, planted: false).enumerated().map { index, entry in
            Self.copy(entry, share: [ShareLevel.private, .network, .public][index % 3], answers: entry.answers)
        }
        let library = Library(
            root: URL(fileURLWithPath: "/tmp"), settings: LibrarySettings(), entries: entries, diagnostics: [], fileCount: 30)
        #expect(PatternAnalysis(library: library, audience: .public, reader: .coordinator).run.stories == 10)
        #expect(PatternAnalysis(library: library, audience: .network, reader: .coordinator).run.stories == 20)
        // The rule may leave a small group out, never add a story.
        #expect(PatternAnalysis(library: library, audience: .public).run.stories <= 10)
    }

    static func copy(_ entry: Entry, share: ShareLevel, answers: [String: Answer]) -> Entry {
        Entry(
            id: entry.id, path: entry.path, kind: entry.kind, title: entry.title, date: entry.date, teller: entry.teller,
            lessons: entry.lessons, share: share, answers: answers)
    }

    @Test func countedRanksOfScaleAnswersEqualSortedRanksToTheBit() {
        var random = Random(state: 42)
        for size in [1, 2, 7, 50, 1000] {
            let values = (0..<size).map { _ in Double(random.int(0...100)) }
            let counted = Ranks.countingRanks(values)
            let sorted = Ranks.sortingRanks(values)
            #expect(counted?.ranks == sorted.ranks)
            #expect(counted?.tieSizes == sorted.tieSizes)
        }
        #expect(Ranks.countingRanks([1.5, 2]) == nil && Ranks.countingRanks([101]) == nil && Ranks.countingRanks([-1]) == nil)
    }
}
