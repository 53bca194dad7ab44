import Foundation
import Testing

@testable import VerhaalKit

/// The share promise and the composition rules, tested on `Composer` and `CompositionParser`
/// directly, without files.
@Suite struct ComposerTests {
    static func entry(
        _ id: String, _ kind: EntryKind = .anecdote, share: ShareLevel = .network,
        lessons: [String] = ["delen"], perspectives: [String] = [], tags: [String] = [],
        date: String = "2019-06-12"
    ) -> Entry {
        Entry(
            id: id, path: "Stories/\(kind.folder)/\(id).md", kind: kind, title: "Titel \(id)",
            date: LocalDate(date)!, teller: "P", lessons: lessons, perspectives: perspectives, tags: tags,
            share: share, speaker: kind == .quote ? "S" : nil, body: "Tekst van \(id).")
    }

    static func library(_ entries: [Entry]) -> Library {
        Library(
            root: URL(fileURLWithPath: "/tmp"), settings: LibrarySettings(), entries: entries,
            diagnostics: [], fileCount: entries.count)
    }

    static func ids(in result: ComposeResult) -> Set<String> {
        Set(result.report.entriesUsed)
    }

    /// Every audience against every share level: `private` never, `network` only for the
    /// network, `public` always — in the document, the appendix and the report alike.
    @Test(arguments: Audience.allCases, ShareLevel.allCases)
    func audienceAndShare(_ audience: Audience, _ share: ShareLevel) throws {
        let library = Self.library([Self.entry("verhaal", share: share), Self.entry("open", share: .public)])
        var composition = Composition(id: "c")
        composition.audience = audience
        let result = try Composer(library: library).compose(composition)
        let expected: Bool =
            switch (audience, share) {
            case (_, .private): false
            case (.network, _): true
            case (.public, .public): true
            case (.public, _): false
            }
        #expect(Self.ids(in: result).contains("verhaal") == expected, "\(audience) × \(share)")
        #expect(Self.ids(in: result).contains("open"))
        let leftOut = result.report.leftOut.first { $0.id == "verhaal" }
        #expect((leftOut == nil) == expected)
        if !expected { #expect(leftOut?.reason == (share == .private ? .private : .audience)) }
        // Nothing of a story that may not go reaches the document's text.
        let allText = "\(result.narrative)"
        #expect(allText.contains("Tekst van verhaal") == expected)
    }

    @Test func aSectionWithoutStoriesIsLeftOutUnlessTheCompositionAsks() throws {
        let library = Self.library([Self.entry("een", lessons: ["delen"])])
        var composition = Composition(id: "c")
        let titles = { (result: ComposeResult) in
            result.narrative.sections.flatMap { [$0.title] + $0.subsections.map(\.title) }
        }
        let plain = try Composer(library: library).compose(composition)
        #expect(titles(plain).contains { $0.contains("Leiderschap") })
        #expect(!titles(plain).contains { $0.contains("Focus op resultaat") }, "a lesson without stories")
        #expect(!titles(plain).contains("Een wenkend perspectief"), "no perspective has a story, so the group goes too")
        #expect(plain.report.emptyLessons.contains("resultaat"), "the report still names the gap")
        #expect(!"\(plain.narrative)".contains(DocumentStrings.dutch.noStories))
        composition.showsEmptySections = true
        let shown = try Composer(library: library).compose(composition)
        #expect(titles(shown).contains { $0.contains("Focus op resultaat") })
        #expect("\(shown.narrative)".contains(DocumentStrings.dutch.noStories))
        var custom = Composition(id: "d")
        custom.sections = [CompositionSection(title: "Leeg")]
        custom.sections?[0].filter.tags = ["nergens"]
        #expect(!titles(try Composer(library: library).compose(custom)).contains("Leeg"))
    }

    @Test func theDateIsTheCompositionsOrTheExportDate() throws {
        let library = Self.library([Self.entry("een")])
        let day = LocalDate(year: 2026, month: 11, day: 1)!
        #expect(try Composer(library: library, exportDate: day).compose(Composition(id: "c")).narrative.date == day)
        var dated = Composition(id: "c")
        dated.date = LocalDate(year: 2020, month: 6, day: 15)
        #expect(try Composer(library: library, exportDate: day).compose(dated).narrative.date == dated.date)
        #expect(LocalDate.exportDate(environment: ["SOURCE_DATE_EPOCH": "1793491200"]) == day)
        #expect(LocalDate.exportDate(environment: ["SOURCE_DATE_EPOCH": "1793577599"]) == day, "the last second of that day, in UTC")
    }

    @Test func explicitEntriesComeInTheirOrderAndOthersAreReported() throws {
        let library = Self.library([
            Self.entry("a", date: "2019-01-01"), Self.entry("b", date: "2019-02-01"),
            Self.entry("c", date: "2019-03-01"),
        ])
        var composition = Composition(id: "c")
        composition.entries = ["c", "a"]
        let result = try Composer(library: library).compose(composition)
        let lesson = try #require(result.report.outline.first { $0.title.hasPrefix("3.") })
        #expect(lesson.entries == ["c", "a"] || lesson.entries == ["a", "c"])
        #expect(Self.ids(in: result) == ["a", "c"])
        #expect(result.report.leftOut == [ComposeReport.LeftOut(id: "b", reason: .notListed)])
    }

    @Test func exclusionsWinOverFiltersAndLists() throws {
        let library = Self.library([Self.entry("a"), Self.entry("b")])
        var composition = Composition(id: "c")
        composition.exclude = ["b"]
        let result = try Composer(library: library).compose(composition)
        #expect(Self.ids(in: result) == ["a"])
        #expect(result.report.leftOut == [ComposeReport.LeftOut(id: "b", reason: .excluded)])
    }

    @Test func sectionsTakeTheirEntriesFromThePoolAndGetTheirOwnIDs() throws {
        let library = Self.library([
            Self.entry("a", tags: ["x"]), Self.entry("b", tags: ["y"]),
            Self.entry("p", share: .private, tags: ["x"]),
        ])
        var composition = Composition(id: "c")
        var first = CompositionSection(title: "Zelfde")
        first.filter.tags = ["x"]
        first.filter.requiresAllListValues = false
        let second = CompositionSection(title: "Zelfde")
        composition.sections = [first, second]
        let result = try Composer(library: library).compose(composition)
        let ids = result.narrative.sections.map(\.id)
        #expect(ids.contains("deel-1") && ids.contains("deel-2"))
        #expect(Self.ids(in: result) == ["a", "b"] || Self.ids(in: result) == ["a"])
        #expect(!Self.ids(in: result).contains("p"))
        #expect(result.report.leftOut.contains(ComposeReport.LeftOut(id: "p", reason: .private)))
    }

    @Test func onlyQuotesAreHighlightedAndUnknownIDsAreRefused() {
        let library = Self.library([Self.entry("a"), Self.entry("q", .quote)])
        var composition = Composition(id: "c")
        composition.highlight = ["a"]
        #expect(throws: VerhaalError.self) { try Composer(library: library).compose(composition) }
        composition.highlight = ["q"]
        #expect(throws: Never.self) { try Composer(library: library).compose(composition) }
        composition.entries = ["bestaat-niet"]
        let problems = CompositionValidator.problems(in: composition, entry: library.entry(id:))
        #expect(problems.map(\.code) == [.compositionUnknownEntry])
    }

    @Test func theParserReadsEveryKeyAndRefusesUnknownOnes() {
        let parser = CompositionParser(framework: .essay)
        let yaml = """
            title: T
            audience: public
            date: 2020-06-15
            filter: {lessons: [1, delen], kinds: [quote], since: 2019-01-01}
            exclude: [x]
            highlight: [q]
            sections:
              - title: S
                entries: [a]
            """
        let (composition, diagnostics) = parser.parse(yaml, id: "t", path: "Stories/verhalen/t.yaml")
        #expect(diagnostics.isEmpty)
        #expect(composition?.audience == .public)
        #expect(composition?.filter.lessons == ["resultaat", "delen"])
        #expect(composition?.filter.kinds == [.quote])
        #expect(composition?.sections?.first?.entries == ["a"])

        let (none, problems) = parser.parse("title: T\naudiance: public\n", id: "t", path: "p")
        #expect(none == nil)
        #expect(problems.map(\.code) == [.compositionUnknownKey])
        #expect(problems.first?.hint?.hasPrefix("did you mean 'audience'?") == true)

        let (_, both) = parser.parse("entries: [a]\nfilter: {tags: [x]}\n", id: "t", path: "p")
        #expect(both.map(\.code) == [.compositionEntriesAndFilter])
    }
}
