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
