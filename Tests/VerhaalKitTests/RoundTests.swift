import Foundation
import Testing

@testable import VerhaalKit

/// Every `check` rule of Most Significant Change rounds, the reason rule, the writer's round
/// trip and the sample's two-level chain.
@Suite struct RoundTests {
    static let reason = "Dit verhaal laat als geen ander zien wat er voor bewoners verandert."

    static let valid = """
        ---
        panel: "Netwerktafel"
        date: 2020-01-20
        status: closed
        domains: [resultaat, bewoners]
        candidates: [zes-indicatoren, de-pendule]
        choices:
          - {domain: resultaat, story: zes-indicatoren, reason: "\(reason)"}
          - {domain: bewoners, story: geen keuze, reason: "\(reason)", dissent: Niet iedereen was het eens.}
        ---
        Een notitie.
        """

    func parse(_ text: String) -> (MSCRound?, [Diagnostic]) {
        RoundParser(framework: .essay).parse(
            text, id: "r", path: "Stories/rondes/r.md", storyExists: { ["zes-indicatoren", "de-pendule"].contains($0) },
            roundExists: { $0 == "eerder" })
    }

    func codes(replacing old: String, with new: String) -> [DiagnosticCode] {
        parse(Self.valid.replacingOccurrences(of: old, with: new)).1.map(\.code)
    }

    @Test func aValidRoundIsReadAndWrittenBackTheSame() throws {
        let (read, problems) = parse(Self.valid)
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        let round = try #require(read)
        #expect(round.isClosed && round.domains == ["resultaat", "bewoners"] && round.candidates.count == 2)
        #expect(round.choice(for: "bewoners")?.story == nil && round.choice(for: "bewoners")?.dissent == "Niet iedereen was het eens.")
        #expect(round.chosenStories == ["zes-indicatoren"] && round.openDomains.isEmpty && round.note == "Een notitie.")
        let again = try #require(parse(RoundWriter.text(of: round)).0)
        #expect(again == round, "the writer's text reads back as the same round")
        var hostile = round
        hostile.panel = "Tafel \"1\": \\ \n - [x]"
        #expect(parse(RoundWriter.text(of: hostile)).0?.panel == hostile.panel, "no value can break the file")
    }

    @Test func everyRuleHasItsCode() {
        #expect(codes(replacing: "---\npanel", with: "panel") == [.roundInvalidYAML])
        #expect(codes(replacing: "status: closed", with: "staus: closed") == [.roundUnknownKey])
        #expect(codes(replacing: "panel: \"Netwerktafel\"\n", with: "") == [.roundMissingField])
        #expect(codes(replacing: "status: closed", with: "status: dicht") == [.roundInvalidField])
        #expect(codes(replacing: "date: 2020-01-20", with: "date: 2020-02-30") == [.roundInvalidField])
        #expect(codes(replacing: "[zes-indicatoren, de-pendule]", with: "[zes-indicatoren, de-pendule, weg]") == [.roundUnknownStory])
        #expect(codes(replacing: "story: zes-indicatoren", with: "story: ruggensteun") == [.roundPickNotCandidate])
        #expect(codes(replacing: "[resultaat, bewoners]", with: "[resultaat, bewoners, onzin]") == [.roundUnknownDomain, .roundIncomplete])
        #expect(codes(replacing: "{domain: resultaat", with: "{domain: delen") == [.roundUnknownDomain, .roundIncomplete])
        #expect(codes(replacing: "reason: \"\(Self.reason)\"}", with: "reason: Goed verhaal.}").first == .roundReasonTooShort)
        #expect(
            codes(replacing: "  - {domain: resultaat, story: zes-indicatoren, reason: \"\(Self.reason)\"}\n", with: "") == [
                .roundIncomplete
            ])
        #expect(codes(replacing: "status: closed", with: "status: closed\nafter: later") == [.roundUnknownPrevious])
        #expect(codes(replacing: "status: closed", with: "status: closed\nafter: eerder").isEmpty)
    }

    @Test func aReasonIsAFullSentenceOfEightWords() {
        #expect(ReasonRule.problem("Goed verhaal.") != nil)
        #expect(ReasonRule.problem("Kort. Ook kort. Nog een korte zin hier.") != nil)
        #expect(ReasonRule.problem(Self.reason) == nil)
        #expect(ReasonRule.problem("Kort. " + Self.reason) == nil, "one sentence of eight words is enough")
    }

    @Test func theSampleHasATwoLevelChainWithReasons() throws {
        let library = LibraryStore(root: TestPaths.packageRoot).load()
        #expect(!library.diagnostics.contains { $0.file.hasPrefix("Stories/rondes/") })
        let table = try #require(library.rounds.first { $0.id == "netwerktafel-2020" })
        let board = try #require(library.rounds.first { $0.id == "rvc-2020" })
        #expect(board.after == table.id && board.candidates == table.chosenStories)
        #expect(table.isClosed && board.isClosed)
        #expect(board.choices.contains { $0.story == nil }, "a stated 'geen keuze'")
        #expect(board.choices.contains { $0.dissent != nil })
        let mentions = RoundMention.mentions(of: "zes-indicatoren", in: library.rounds)
        #expect(mentions.map(\.round.id) == ["netwerktafel-2020", "rvc-2020"] && mentions.allSatisfy(\.isChosen))
        #expect(Framework.essay.domains.map(\.id) == ["resultaat", "grenzeloos", "delen", "dynamiek", "verhaal", "bewoners"])
        #expect(Framework.essayEnglish.domains.last?.title == "What changes for residents?")
    }
}
