import Foundation
import Testing

@testable import VerhaalKit

/// Observations, interpretations and marks in `Stories/duiding/`: read from the sample, every
/// rule of `check` with its code and line, and written back losslessly.
@Suite struct SensemakingTests {
    static let framework = Framework.essay
    static let parser = ObservationParser(framework: framework)

    static let valid = """
        ---
        pattern: pendule~rol
        title: Bestuurders kijken naar het netwerk
        strength: 2
        author: Marieke de Vries
        date: 2020-03-20
        interpretations:
          - title: Hun rol vraagt het
            text: Een bestuurder zit aan de netwerktafel.
            questions: [Geldt dat ook voor toezichthouders?]
            idea: Vraag het ze.
          - title: Zij vertellen meer
            text: Bestuurders schreven de meeste verhalen.
        ---

        Het patroon is sterk.
        """

    @Test func theSampleHasObservationsWithTwoInterpretationsAndMarks() throws {
        let library = LibraryStore(root: TestPaths.packageRoot).load()
        #expect(library.diagnostics.filter { $0.file.hasPrefix("Stories/duiding") }.isEmpty)
        #expect(library.observations.count >= 2)
        #expect(library.observations.allSatisfy { $0.interpretations.count >= 2 })
        #expect(library.marks.remarkable.contains("pendule~leiderschap=verantwoordelijkheid"))
        #expect(library.marks["rol~organisatie"] == .redundant)
        #expect(!library.entries.contains { $0.path.hasPrefix("Stories/duiding/") }, "observations are not entries")
    }

    @Test func aValidObservationIsRead() throws {
        let (observation, problems) = Self.parser.parse(Self.valid, id: "b", path: "Stories/duiding/b.md")
        #expect(problems.isEmpty)
        let read = try #require(observation)
        #expect(read.pattern == "pendule~rol" && read.strength == 2 && read.date == LocalDate("2020-03-20"))
        #expect(read.interpretations.map(\.title) == ["Hun rol vraagt het", "Zij vertellen meer"])
        #expect(read.interpretations[0].questions == ["Geldt dat ook voor toezichthouders?"])
        #expect(read.interpretations[0].idea == "Vraag het ze." && read.interpretations[1].idea == nil)
        #expect(read.text == "Het patroon is sterk.")
    }

    @Test func everyRuleHasItsCodeAndLine() throws {
        let broken = """
            ---
            pattern: rol~pendule
            title: Iets
            strenght: 2
            strength: 5
            author: X
            date: 2020-02-30
            interpretations:
              - title: Een
                text: twee
                idee: x
            ---
            Tekst
            """
        let (observation, problems) = Self.parser.parse(broken, id: "k", path: "Stories/duiding/k.md")
        #expect(observation == nil)
        let found = Dictionary(problems.map { ($0.code, $0) }) { first, _ in first }
        #expect(found[.observationUnknownPattern]?.line == 2)
        #expect(found[.observationUnknownPattern]?.hint?.contains("pendule~rol") == true, "the run's order is suggested")
        #expect(found[.observationUnknownKey]?.line == 4)
        #expect(found[.observationUnknownKey]?.hint?.contains("'strength'") == true)
        #expect(found[.observationStrengthOutOfRange]?.line == 5)
        #expect(found[.observationInvalidDate]?.line == 7)
        #expect(found[.observationTooFewInterpretations] != nil)
        #expect(problems.contains { $0.code == .observationUnknownKey && $0.summary.contains("'idee'") && $0.line == 11 })
        let missing = Self.parser.parse("---\ntitle: x\n---\n", id: "m", path: "m.md").1
        #expect(
            Set(missing.filter { $0.code == .observationMissingField }.compactMap(\.field)) == ["pattern", "strength", "author", "date"])
        #expect(Self.parser.parse("geen front matter", id: "n", path: "n.md").1.first?.code == .observationInvalidYAML)
    }

    @Test func patternIDsAreThoseARunMakes() {
        let framework = Self.framework
        #expect(framework.patternIDProblem("pendule") == nil)
        #expect(framework.patternIDProblem("pendule~rol") == nil)
        #expect(framework.patternIDProblem("leiderschap=regie~lesson=delen") == nil)
        #expect(framework.patternIDProblem("lesson=dynamiek~quarter") == nil)
        #expect(framework.patternIDProblem("rol~pendule")?.hint.contains("pendule~rol") == true)
        #expect(framework.patternIDProblem("pendul")?.hint.contains("'pendule'") == true)
        #expect(framework.patternIDProblem("leiderschap=regie~leiderschap=delen") != nil, "options of one question are not paired")
        #expect(framework.patternIDProblem("pendule~pendule") != nil)
        #expect(framework.patternIDProblem("a~b~c") != nil)
        #expect(framework.patternIDProblem("leiderschap") != nil, "a choices question is split per option")
    }

    @Test func marksAreCheckedAndSetWithoutLosingALine() {
        let text = "# opmerkelijk?\npendule~rol: yes\ngevoel: no\npendule~gevoel: misschien\nfoo: yes\npendule: jawel\n"
        let (marks, problems) = PatternMarks.parse(text, path: "m.yaml", framework: Self.framework)
        #expect(marks["pendule~rol"] == .yes && marks["gevoel"] == PatternMark.no && marks["pendule~gevoel"] == .maybe)
        #expect(problems.map(\.code) == [.marksUnknownPattern, .marksUnknownValue])
        #expect(problems.map(\.line) == [5, 6])
        let changed = PatternMarks.setting(.redundant, for: "gevoel", in: text)
        #expect(changed == text.replacingOccurrences(of: "gevoel: no", with: "gevoel: redundant"))
        let added = PatternMarks.setting(.yes, for: "hard-zacht", in: "# kop\n")
        #expect(added == "# kop\nhard-zacht: yes\n")
        #expect(PatternMarks.parse("- a\n", path: "m", framework: Self.framework).1.first?.code == .marksInvalidYAML)
    }

    @Test func anObservationIsWrittenAsItIsRead() throws {
        let read = try #require(Self.parser.parse(Self.valid, id: "b", path: "Stories/duiding/b.md").0)
        var tricky = read
        tricky.title = "Breda: 'ja' of \"nee\"?"
        tricky.interpretations[1].text = "yes"
        tricky.interpretations[1].questions = ["Wat nu: 12?", "#1"]
        let written = try ObservationWriter.text(of: tricky)
        let (again, problems) = Self.parser.parse(written, id: "b", path: "Stories/duiding/b.md")
        #expect(problems.isEmpty)
        #expect(again == tricky)
    }

    @Test func theStoreSavesObservationsUnderFreeNamesAndMarksUnderALock() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Stories"), withIntermediateDirectories: true)
        let store = LibraryStore(root: root)
        let observation = try #require(Self.parser.parse(Self.valid, id: "x", path: "x").0)
        #expect(try store.saveObservation(observation) == "Stories/duiding/bestuurders-kijken-naar-het-netwerk.md")
        #expect(try store.saveObservation(observation) == "Stories/duiding/bestuurders-kijken-naar-het-netwerk-2.md")
        try store.saveMark(.yes, for: "pendule~rol")
        try store.saveMark(.maybe, for: "gevoel")
        try store.saveMark(.no, for: "pendule~rol")
        let library = store.load()
        #expect(library.observations.count == 2)
        #expect(library.marks.marks == ["pendule~rol": .no, "gevoel": .maybe])
        #expect(library.diagnostics.isEmpty)
    }

    @Test func hostileObservationAndMarkFilesAreReportedNeverFollowed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Stories/duiding")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Nesting that would exhaust the stack, a pipe that would block, a file over the limit.
        let deep = "---\npattern: " + String(repeating: "[", count: 10_000) + "\n---\n"
        try Data(deep.utf8).write(to: folder.appendingPathComponent("diep.md"))
        #expect(mkfifo(folder.appendingPathComponent("pijp.md").path, 0o644) == 0)
        try Data(repeating: UInt8(ascii: "a"), count: ReadingLimits.maximumEntryBytes + 1).write(
            to: folder.appendingPathComponent("groot.md"))
        // A billion laughs in the marks.
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            bomb +=
                "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        try Data(bomb.utf8).write(to: folder.appendingPathComponent("markeringen.yaml"))
        let library = LibraryStore(root: root).load()
        let byFile = Dictionary(grouping: library.diagnostics, by: \.file)
        #expect(byFile["Stories/duiding/diep.md"]?.first?.summary.contains("nests deeper") == true)
        #expect(byFile["Stories/duiding/pijp.md"]?.first?.code == .notARegularFile)
        #expect(byFile["Stories/duiding/groot.md"]?.first?.code == .entryTooLarge)
        #expect(byFile["Stories/duiding/markeringen.yaml"]?.first?.summary.contains("more than") == true)
        #expect(library.observations.isEmpty && library.marks.marks.isEmpty)
    }
}
