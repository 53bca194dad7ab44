import Testing

@testable import VerhaalKit

/// The one field reader of every file kind that is not an entry, and the decoder of the two
/// with a deep shape: each problem at its line, in the kind's code, with the word that was
/// probably meant.
@Suite struct FrontMatterFieldsTests {
    func round(_ text: String) -> [Diagnostic] {
        RoundParser(framework: .essay).parse(
            text, id: "r", path: "Stories/rondes/r.md", storyExists: { _ in true }, roundExists: { _ in true }
        ).1
    }

    @Test func aMisspeltChoiceSaysWhichWasMeantAtItsLine() throws {
        let diagnostics = round("---\npanel: Tafel\ndate: 2020-01-20\nstatus: closd\ndomains: [resultaat]\ncandidates: [a]\n---\n")
        let status = try #require(diagnostics.first { $0.field == "status" })
        #expect(status.code == .roundInvalidField && status.line == 4)
        #expect(status.summary == "status 'closd' is not open or closed")
        #expect(status.hint?.hasPrefix("did you mean 'closed'?") == true)
    }

    @Test func anUnknownKeyInAnItemIsReportedWithTheClosestKey() throws {
        let text = "---\ntitle: Sessie\ndate: 2020-01-20\nfacilitator: Corry\noutcomes:\n  - {type: idea, txt: Meer delen}\n---\n"
        let diagnostics = SessionParser().parse(text, id: "s", path: "Stories/sessies/s.md", storyExists: { _ in true }).1
        let unknown = try #require(diagnostics.first { $0.code == .sessionUnknownKey })
        #expect(unknown.line == 6 && unknown.field == "outcomes")
        #expect(unknown.summary == "unknown field 'txt' in an item of 'outcomes'")
        #expect(unknown.hint?.hasPrefix("did you mean 'text'?") == true)
    }

    @Test func anUnknownKindOfAnItemSuggestsTheClosest() throws {
        let text = "---\ntitle: Sessie\ndate: 2020-01-20\nfacilitator: Corry\noutcomes:\n  - {type: ideaa, text: Meer delen}\n---\n"
        let diagnostics = SessionParser().parse(text, id: "s", path: "Stories/sessies/s.md", storyExists: { _ in true }).1
        let unknown = try #require(diagnostics.first)
        #expect(unknown.code == .sessionUnknownOutcome && unknown.line == 6 && unknown.summary == "unknown outcome type 'ideaa'")
        #expect(unknown.hint?.hasPrefix("did you mean 'idea'?") == true)
    }

    @Test func aNumberOutsideItsRangeIsAnInvalidFieldAtItsLine() throws {
        let text = "---\ntitle: Sessie\ndate: 2020-01-20\nfacilitator: Corry\nspelvorm: 6\n---\n"
        let diagnostics = SessionParser().parse(text, id: "s", path: "Stories/sessies/s.md", storyExists: { _ in true }).1
        #expect(diagnostics.map(\.code) == [.sessionInvalidField] && diagnostics.first?.line == 5)
        #expect(diagnostics.first?.summary == "'spelvorm' must be 1, 2, 3, 4 or 5")
    }

    @Test func frontMatterPastALimitIsRefusedNotCalledInvalid() throws {
        let deep = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        let diagnostics = round("---\npanel: \(deep)\n---\n")
        #expect(diagnostics.map(\.code) == [.roundInvalidYAML])
        #expect(diagnostics.first?.summary == "the front matter is refused: it nests deeper than 16 levels")
    }

    @Test func invalidYAMLIsToldWithLibyamlsPlaceInTheFile() throws {
        let diagnostics = round("---\npanel: Tafel\ndate: \"2020\n---\n")
        let first = try #require(diagnostics.first)
        #expect(first.code == .roundInvalidYAML && first.line == 3)
        #expect(first.summary.hasPrefix("the front matter is not valid YAML: found unexpected end of stream"))
    }

    @Test func theDecoderReadsYesAndNumbersOnlyWhenPlainAndNamesTheLineOfAWrongShape() throws {
        let parser = CompositionParser(framework: .essay)
        let plain = parser.parse("title: T\nroute: no\nanswers: yes\n", id: "c", path: "c.yaml")
        #expect(plain.1.isEmpty && plain.0?.showsRoute == false && plain.0?.showsAnswers == true)
        let quoted = parser.parse("title: T\nroute: 'no'\n", id: "c", path: "c.yaml").1
        #expect(quoted.first?.code == .compositionInvalidField)
        #expect(quoted.first?.summary == "composition: expected yes or no, found 'no' (line 2) at route")
        let list = parser.parse("title: T\nentries:\n  a: b\n", id: "c", path: "c.yaml").1
        #expect(list.first?.summary == "composition: expected a list, found a set of fields (line 3) at entries")
    }

    @Test func settingsTellAMissingKeyAndAWrongShape() throws {
        let missing = LibrarySettings.parse("framework:\n  lessons: []\n", file: "verhaal.yaml").1
        #expect(missing.first?.summary == "verhaal.yaml: missing key 'perspectives' at framework")
        let number = LibrarySettings.parse("patterns:\n  smallest-group: veel\n", file: "verhaal.yaml").1
        #expect(number.first?.summary == "verhaal.yaml: expected a whole number, found 'veel' (line 2) at patterns.smallest-group")
        let (settings, none) = LibrarySettings.parse("# alleen een opmerking\n", file: "verhaal.yaml")
        #expect(none.isEmpty && settings.language == "nl")
    }
}
