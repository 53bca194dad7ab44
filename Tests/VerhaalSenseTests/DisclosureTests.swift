import Foundation
import Testing
import VerhaalKit

@testable import VerhaalSense

/// The disclosure rule: on hand-made tables, and audited over generated libraries built to
/// betray a teller (many categories, small groups, missing answers, groups of one).
@Suite struct DisclosureTests {
    typealias Random = PatternTests.Random

    /// True when every hidden cell can take at least three values, given the totals and every
    /// shown cell.
    static func safe(_ table: [[Int]], _ hidden: [[Bool]]) -> Bool {
        table.indices.allSatisfy { r in
            table[r].indices.allSatisfy { c in
                !hidden[r][c] || FeasibleInterval.of(row: r, column: c, in: table, hidden: hidden).width >= 3
            }
        }
    }

    @Test func aRowWithOneHiddenCellGetsASecondAndNoneCanBeWorkedOut() throws {
        let table = [[10, 1, 8], [9, 7, 6], [12, 11, 4]]
        let hidden = try #require(CellSuppression.hidden(table, k: 3))
        #expect(hidden[0][1], "the cell of 1 is hidden")
        for row in hidden { #expect(row.filter { $0 }.count != 1) }
        for c in 0..<3 { #expect(hidden.filter { $0[c] }.count != 1) }
        #expect(Self.safe(table, hidden))
    }

    @Test func aTwoByTwoWithOneSmallCellHidesAllFourOrIsWithheld() {
        let table = [[1, 5], [6, 9]]
        guard let hidden = CellSuppression.hidden(table, k: 3) else { return }
        #expect(hidden.joined().allSatisfy { $0 }, "one hidden cell in a 2 × 2 gives every other away")
        #expect(Self.safe(table, hidden))
        // With totals that pin the cell down, no pattern of hidden cells protects it.
        #expect(CellSuppression.hidden([[1, 0], [0, 9]], k: 3) == nil)
    }

    @Test func aZeroRowStaysEmptyAndNothingIsHiddenWithoutASmallCell() throws {
        let table = [[0, 0, 0], [5, 6, 7], [8, 9, 3]]
        let hidden = try #require(CellSuppression.hidden(table, k: 3))
        #expect(hidden.joined().allSatisfy { !$0 })
    }

    @Test func theIntervalOfAHiddenCellIsWhatTheTotalsAllow() {
        // Rows 6 and 15, columns 7 and 14: the top left cell can be 0 to 6.
        let interval = FeasibleInterval.of(row: 0, column: 0, in: [[1, 5], [6, 9]], hidden: [[true, true], [true, true]])
        #expect(interval == FeasibleInterval(lower: 0, upper: 6))
        let pinned = FeasibleInterval.of(row: 0, column: 0, in: [[1, 5], [6, 9]], hidden: [[true, true], [false, false]])
        #expect(pinned.width == 1, "hidden cells with shown cells around them in a row are worked out by subtraction")
    }

    /// Libraries made to betray a teller: one toezichthouder, organisations with one or two
    /// tellers, answers missing now and then, stories in a lone quarter.
    static func hostileLibrary(seed: UInt64, count: Int) -> Library {
        var random = Random(state: seed)
        let tellers = (0..<max(8, count / 4)).map { index -> (name: String, role: String, organisation: String) in
            let role = index == 0 ? "toezichthouder" : random.pick(["bestuurder", "medewerker", "medewerker", "partner", "bewoner"])
            let organisation = index < 2 ? "onderwijs" : random.pick(["corporatie", "gemeente", "zorg", "zorg", "welzijn"])
            return ("T\(index)", role, organisation)
        }
        let feelings = ["inspirerend", "hoopvol", "gemengd", "zorgelijk", "frustrerend"]
        let entries = (0..<count).map { index -> Entry in
            let teller = tellers[index % tellers.count]
            var answers: [String: Answer] = [
                "rol": .choice(teller.role), "organisatie": .choice(teller.organisation),
                "leiderschap": .choices([random.pick(["regie", "ruimte", "delen", "vertrouwen", "verantwoordelijkheid"])]),
            ]
            if random.int(0...9) > 0 { answers["pendule"] = .scale(random.int(0...100)) }
            if random.int(0...12) > 0 { answers["gevoel"] = .choice(random.pick(feelings)) }
            if random.int(0...3) > 0 { answers["hard-zacht"] = .scale(random.pick([5, 50, 95, random.int(0...100)])) }
            let month = index == 0 ? 12 : random.int(1...9)
            return Entry(
                id: "e\(index)", path: "Stories/anekdotes/e\(index).md", kind: random.pick(EntryKind.allCases), title: "E\(index)",
                date: LocalDate(year: index == 0 ? 2021 : 2019, month: month, day: 1)!, teller: teller.name,
                lessons: [random.pick(Framework.essay.lessons.map(\.id))], share: .network, answers: answers)
        }
        return Library(
            root: URL(fileURLWithPath: "/tmp"), settings: LibrarySettings(), entries: entries, diagnostics: [], fileCount: count)
    }

    /// Every hidden cell of every two-question table of a protected run, audited against the
    /// one-question counts published beside it: none can be narrowed to fewer than 3 values.
    @Test func theAuditRecoversNoHiddenCellOverGeneratedLibraries() throws {
        var hiddenCells = 0
        var recovered = 0
        var tables = 0
        for (seed, count) in zip(1...24, [12, 25, 40, 60, 90, 150].cycled(to: 24)) {
            let library = Self.hostileLibrary(seed: UInt64(seed) * 104_729, count: count)
            let analysis = PatternAnalysis(library: library, audience: .network, options: PatternOptions(minimumN: 10))
            let published = try JSONSerialization.jsonObject(with: JSONEncoder().encode(analysis.run)) as? [String: Any]
            let patterns = try #require(published?["patterns"] as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: patterns.map { ($0["id"] as? String ?? "", $0) })
            let stories = try #require(published?["stories"] as? Int)
            for pattern in patterns {
                let dimensions = pattern["dimensions"] as? [String] ?? []
                let cells = pattern["cells"] as? [[String: Any]] ?? []
                if dimensions.count == 1 {
                    for cell in cells {
                        let count = try #require(cell["count"] as? Int, "a one-question count is never hidden: \(cell)")
                        #expect(count == 0 || count >= 3, "\(pattern["id"] ?? "") \(cell)")
                    }
                    continue
                }
                guard !cells.isEmpty else { continue }
                tables += 1
                let table = try AuditTable(cells: cells, stories: stories)
                // The table's totals are the one-question counts published beside it.
                for (position, id) in dimensions.enumerated() {
                    let margin = try #require(byID[id])
                    for (label, total) in try AuditTable.margin(of: margin, stories: stories) {
                        guard let shown = table.total(position: position, label: label) else { continue }
                        #expect(shown == total, "\(pattern["id"] ?? "") \(id)=\(label)")
                    }
                }
                for cell in cells where cell["count"] is String {
                    #expect(cell["expected"] == nil, "no expected count beside a hidden cell")
                }
                let truth = try #require(analysis.run.trueTable(of: pattern["id"] as? String ?? ""))
                for (r, row) in table.hidden.enumerated() {
                    for (c, isHidden) in row.enumerated() where isHidden {
                        hiddenCells += 1
                        if FeasibleInterval.of(row: r, column: c, in: truth, hidden: table.hidden).width < 3 { recovered += 1 }
                    }
                }
            }
        }
        print("disclosure audit: \(tables) tables, \(hiddenCells) hidden cells, \(recovered) recovered")
        #expect(hiddenCells > 100, "the generated libraries must make the rule hide cells")
        #expect(recovered == 0)
    }

    @Test func aGroupOfOneIsNeverAnalysedNorShown() throws {
        let library = Self.hostileLibrary(seed: 5, count: 80)
        let analysis = PatternAnalysis(library: library, audience: .network)
        let encoded = String(decoding: try JSONEncoder().encode(analysis.run), as: UTF8.self)
        for pattern in analysis.run.patterns {
            #expect(!pattern.cells.contains { $0.labels.contains("toezichthouder") }, "the only toezichthouder is merged or left out")
        }
        #expect(analysis.run.disclosure?.merged.contains { $0.dimension == "rol" && $0.categories.contains("toezichthouder") } ?? false)
        #expect(!encoded.contains("\"T0\"") && !encoded.contains("dominantTeller"))
        for pattern in analysis.run.patterns {
            for pair in pattern.pairs { #expect(!pair.categories.contains("toezichthouder")) }
        }
        let coordinator = PatternAnalysis(library: library, audience: .network, reader: .coordinator)
        #expect(coordinator.run.disclosure == nil)
        #expect(coordinator.run.patterns.contains { $0.cells.contains { $0.labels.contains("toezichthouder") } })
    }

    @Test func aLibraryMayRaiseTheSmallestGroup() throws {
        let generated = Self.hostileLibrary(seed: 8, count: 90)
        var settings = LibrarySettings()
        settings.smallestGroup = 6
        let library = Library(root: generated.root, settings: settings, entries: generated.entries, diagnostics: [], fileCount: 90)
        let run = PatternAnalysis(library: library, audience: .network).run
        #expect(run.disclosure?.k == 6)
        for pattern in run.patterns where pattern.dimensions.count == 1 {
            for cell in pattern.cells {
                if case .exact(let count) = cell.count { #expect(count == 0 || count >= 6, "\(pattern.id) \(cell.labels)") }
            }
        }
    }

    /// Tellers keep their role and organisation over all their stories, and nothing depends on
    /// them: a pattern with a teller question is found at q < 0.05 in at most 5 % of libraries.
    @Test func clusteredNullLibrariesGiveAtMostFivePercentFalseFindings() {
        var findings: [String: Int] = [:]
        var storyLevelFindings = 0
        for seed in 1...50 {
            var random = Random(state: UInt64(seed) * 7_777)
            let tellers = (0..<30).map { _ in
                (
                    role: random.pick(["bestuurder", "medewerker", "partner"]),
                    organisation: random.pick(["corporatie", "gemeente", "zorg"])
                )
            }
            let entries = (0..<150).map { index -> Entry in
                let teller = random.int(0...29)
                return Entry(
                    id: "e\(index)", path: "e\(index).md", kind: .anecdote, title: "E", date: LocalDate(year: 2020, month: 1, day: 1)!,
                    teller: "T\(teller)", lessons: [], share: .network,
                    answers: [
                        "rol": .choice(tellers[teller].role), "organisatie": .choice(tellers[teller].organisation),
                        "pendule": .scale(random.int(0...100)),
                    ])
            }
            let run = PatternAnalysis(
                library: Library(
                    root: URL(fileURLWithPath: "/tmp"), settings: LibrarySettings(), entries: entries, diagnostics: [], fileCount: 150),
                audience: .network, reader: .coordinator
            ).run
            for pattern in run.patterns where (pattern.q ?? 1) < 0.05 {
                if pattern.unit == .teller { findings[pattern.id, default: 0] += 1 } else { storyLevelFindings += 1 }
            }
        }
        print("clustered null libraries: false findings per teller pattern in 50 runs: \(findings)")
        for (id, count) in findings { #expect(count <= 2, "\(id): \(count) of 50") }
        let run = PatternAnalysis(library: Self.hostileLibrary(seed: 1, count: 60), audience: .network, reader: .coordinator).run
        #expect(run.patterns.first { $0.id == "rol~organisatie" }?.unit == .teller)
        _ = storyLevelFindings
    }
}

/// A two-question table as a reader rebuilds it from `patterns --json`.
struct AuditTable {
    var rows: [String] = []
    var columns: [String] = []
    var counts: [[Int?]] = []

    var hidden: [[Bool]] { counts.map { $0.map { $0 == nil } } }

    init(cells: [[String: Any]], stories: Int) throws {
        for cell in cells {
            let labels = cell["labels"] as? [String] ?? []
            if !rows.contains(labels[0]) { rows.append(labels[0]) }
            if !columns.contains(labels[1]) { columns.append(labels[1]) }
        }
        counts = rows.map { _ in [Int?](repeating: 0, count: columns.count) }
        for cell in cells {
            let labels = cell["labels"] as? [String] ?? []
            let r = rows.firstIndex(of: labels[0])!
            let c = columns.firstIndex(of: labels[1])!
            counts[r][c] = cell["count"] as? Int
        }
    }

    /// The true total of a row or column, with hidden cells counted from the truth elsewhere:
    /// here only rows and columns without hidden cells are compared.
    func total(position: Int, label: String) -> Int? {
        let line: [Int?] =
            position == 0
            ? (rows.firstIndex(of: label).map { counts[$0] } ?? [])
            : (columns.firstIndex(of: label).map { c in counts.map { $0[c] } } ?? [])
        guard !line.isEmpty else { return 0 }
        guard line.allSatisfy({ $0 != nil }) else { return nil }
        return line.compactMap { $0 }.reduce(0, +)
    }

    /// A one-question pattern's counts by label; a scale's stories without an answer as `*geen-antwoord`.
    static func margin(of pattern: [String: Any], stories: Int) throws -> [(String, Int?)] {
        let cells = pattern["cells"] as? [[String: Any]] ?? []
        var result: [(String, Int?)] = cells.map { (($0["labels"] as? [String])?.first ?? "", $0["count"] as? Int) }
        if let unanswered = pattern["unanswered"] as? Int, unanswered > 0 { result.append(("*geen-antwoord", unanswered)) }
        return result
    }
}

extension Array {
    fileprivate func cycled(to count: Int) -> [Element] { (0..<count).map { self[$0 % self.count] } }
}

/// The power a run states comes from the tests it made.
@Suite struct PatternPowerTests {
    @Test func theDetectableEffectIsTheOneWhoseTestReachesTheThreshold() throws {
        let run = PatternTests.run(PatternTests.entries(count: 60, seed: 5, planted: false))
        let alpha = 0.05 / Double(run.tests)
        var checked = Set<String>()
        for pattern in run.patterns {
            guard let detectable = DetectableEffect.of(pattern, tests: run.tests), let test = pattern.test,
                let statistic = pattern.statistic, let effect = pattern.effect, let df = pattern.df
            else { continue }
            let p: Double
            switch test {
            case "chi-square":
                p = SpecialFunctions.chiSquareSurvival(detectable * detectable * statistic / (effect * effect), degreesOfFreedom: df)
            case "kruskal-wallis":
                p = SpecialFunctions.chiSquareSurvival(detectable * statistic / effect, degreesOfFreedom: df)
            default:
                let t = detectable * (df / (1 - detectable * detectable)).squareRoot()
                p = SpecialFunctions.studentTTwoSided(t, degreesOfFreedom: df)
            }
            #expect(abs(p - alpha) < alpha * 1e-6, "\(pattern.id): p \(p) at the detectable effect, not \(alpha)")
            checked.insert(test)
        }
        #expect(checked == ["chi-square", "kruskal-wallis", "spearman"])
        let power = try #require(run.power)
        #expect(power.detectable.keys.sorted() == ["cramers-v", "epsilon-squared", "rho"])
        let sentence = PatternSummary.power(power, language: .english)
        #expect(sentence.hasPrefix("With 60 stories and \(run.tests) tests only strong patterns could be found (Cramér's V ≥ "))
        #expect(sentence.hasSuffix("none was.") || sentence.contains(" were.") || sentence.hasSuffix("one was."))
    }
}
