import Foundation
import Testing

@testable import VerhaalKit

/// Every `check` rule of session records, on the parser directly, and the sample's session.
@Suite struct SessionRecordTests {
    static let valid = """
        ---
        title: Netwerktafel
        date: 2019-12-12
        facilitator: Anne Jansen
        participants: [Corry Keulen, Paul Sebregts]
        spelvorm: 3
        resonant:
          - {story: zes-indicatoren, type: discovery, why: Zes indicatoren zijn genoeg.}
        outcomes:
          - {type: idea, text: Open met een verhaal.}
        ---
        Het verslag.
        """

    func parse(_ text: String) -> (SessionRecord?, [Diagnostic]) {
        SessionParser().parse(text, id: "s", path: "Stories/sessies/s.md", storyExists: { $0 == "zes-indicatoren" })
    }

    func codes(replacing old: String, with new: String) -> [DiagnosticCode] {
        parse(Self.valid.replacingOccurrences(of: old, with: new)).1.map(\.code)
    }

    @Test func aValidRecordIsRead() throws {
        let (session, problems) = parse(Self.valid)
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        let record = try #require(session)
        #expect(record.title == "Netwerktafel" && record.facilitator == "Anne Jansen" && record.spelvorm == 3)
        #expect(record.participantNames == ["Corry Keulen", "Paul Sebregts"] && record.participantCount == 2)
        #expect(record.resonant == [ResonantStory(story: "zes-indicatoren", kind: .discovery, why: "Zes indicatoren zijn genoeg.")])
        #expect(record.outcomes == [SessionOutcome(kind: .idea, text: "Open met een verhaal.")])
        #expect(record.text == "Het verslag.")
        let counted = parse(Self.valid.replacingOccurrences(of: "[Corry Keulen, Paul Sebregts]", with: "12")).0
        #expect(counted?.participantCount == 12 && counted?.participantNames == [])
    }

    @Test func everyRuleHasItsCode() {
        #expect(codes(replacing: "---\ntitle", with: "title") == [.sessionInvalidYAML])
        #expect(codes(replacing: "spelvorm: 3", with: "spelvorm: [3") == [.sessionInvalidYAML])
        #expect(codes(replacing: "spelvorm: 3", with: "spelvorn: 3") == [.sessionUnknownKey])
        #expect(codes(replacing: "{type: idea, text:", with: "{type: idea, tekst:") == [.sessionUnknownKey, .sessionMissingField])
        #expect(codes(replacing: "facilitator: Anne Jansen\n", with: "") == [.sessionMissingField])
        #expect(codes(replacing: "spelvorm: 3", with: "spelvorm: 6") == [.sessionInvalidField])
        #expect(codes(replacing: "[Corry Keulen, Paul Sebregts]", with: "{a: b}") == [.sessionInvalidField])
        #expect(codes(replacing: "date: 2019-12-12", with: "date: 2019-13-12") == [.sessionInvalidDate])
        #expect(codes(replacing: "story: zes-indicatoren", with: "story: bestaat-niet") == [.sessionUnknownStory])
        #expect(codes(replacing: "type: discovery", with: "type: ontdekking") == [.sessionUnknownResonance])
        #expect(codes(replacing: "type: idea", with: "type: plan") == [.sessionUnknownOutcome])
    }

    @Test func problemsHaveTheirLineInTheFile() throws {
        let problem = try #require(parse(Self.valid.replacingOccurrences(of: "story: zes-indicatoren", with: "story: weg")).1.first)
        #expect(problem.file == "Stories/sessies/s.md" && problem.line == 8)
    }

    @Test func theSampleSessionChecksAndItsStoriesResonated() throws {
        let library = LibraryStore(root: TestPaths.packageRoot).load()
        #expect(!library.diagnostics.contains { $0.file.hasPrefix("Stories/sessies/") })
        let session = try #require(library.sessions.first)
        #expect(session.resonant.count == 3 && session.outcomes.count == 3 && session.spelvorm == 3)
        #expect(!library.entries.contains { $0.path.hasPrefix("Stories/sessies/") }, "a session record is not an entry")
    }
}
