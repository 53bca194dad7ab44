import Foundation
import Testing

@testable import VerhaalKit

@Suite struct EntryParserTests {
    let parser = EntryParser(framework: .essay)

    @Test func readsEveryField() throws {
        let text = """
            ---
            kind: quote
            title: "Breda: zes indicatoren"
            date: 2019-06-12
            teller: Paul
            speaker: John Beckers
            role: kwartiermaker
            source: werkbezoek
            visit: 2019-06-12-breda
            place: Breda
            organizations: [Zorg voor Elkaar Breda, gemeente Breda]
            lessons: [resultaat, delen]
            perspectives:
              - netwerk
            tags: [toetsingskader]
            share: public
            people: [Marja Peters]
            consent: {John Beckers: public 2019-06-12, Marja Peters: network}
            foto: breda.jpg
            ---
            Zes indicatoren.

            """
        let (entry, diagnostics) = parser.parse(text: text, path: "Stories/citaten/zes.md").tuple
        #expect(diagnostics.isEmpty)
        let parsed = try #require(entry)
        #expect(parsed.id == "zes")
        #expect(parsed.kind == .quote)
        #expect(parsed.title == "Breda: zes indicatoren")
        #expect(parsed.date == LocalDate("2019-06-12"))
        #expect(parsed.speaker == "John Beckers")
        #expect(parsed.role == "kwartiermaker")
        #expect(parsed.source == "werkbezoek")
        #expect(parsed.visit == "2019-06-12-breda")
        #expect(parsed.organizations == ["Zorg voor Elkaar Breda", "gemeente Breda"])
        #expect(parsed.lessons == ["resultaat", "delen"])
        #expect(parsed.perspectives == ["netwerk"])
        #expect(parsed.share == .public)
        #expect(parsed.extraKeys == ["foto"])
        #expect(parsed.people == ["Marja Peters"])
        #expect(
            parsed.consent == [
                "John Beckers": Consent(level: .public, date: LocalDate("2019-06-12")), "Marja Peters": Consent(level: .network),
            ])
        #expect(parsed.body == "Zes indicatoren.\n")
        #expect(parsed.visitLine == 9)
    }

    @Test func defaultsShareToNetwork() throws {
        let text = "---\nkind: anecdote\ntitle: T\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\nB\n"
        let entry = try #require(parser.parse(text: text, path: "Stories/t.md").entry)
        #expect(entry.share == .network)
    }

    @Test func reportsProblemsWithFileLines() {
        let text = "---\nkind: verhaal\ntitle: T\ndate: 2019-02-29\nteller: P\nlessons: [3]\nlesson: [delen]\n---\n"
        let diagnostics = parser.parse(text: text, path: "Stories/t.md").diagnostics
        let byLine = Dictionary(grouping: diagnostics, by: { $0.line ?? 0 })
        #expect(byLine[2]?.first?.summary == "unknown kind 'verhaal'")
        let dutch = parser.parse(text: "---\nkind: anekdote\ntitle: T\ndate: 2019-01-01\nteller: P\n---\n", path: "Stories/t.md")
        #expect(dutch.diagnostics.first { $0.line == 2 }?.hint?.hasPrefix("write 'anecdote'") == true)
        #expect(byLine[4]?.first?.summary == "'2019-02-29' is not a valid date")
        #expect(byLine[6]?.first?.summary == "unknown lesson '3'")
        #expect(byLine[6]?.first?.hint?.contains("write 'delen'") == true)
        #expect(byLine[7]?.first?.severity == .warning)
        #expect(byLine[7]?.first?.hint?.contains("did you mean 'lessons'") == true)
    }

    @Test func reportsInvalidUTF8WithItsLine() {
        var bytes = Array("---\nkind: anecdote\ntitle: T\n".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        let (entry, diagnostics) = parser.parse(data: .init(bytes), path: "Stories/t.md").tuple
        #expect(entry == nil)
        #expect(diagnostics.first?.line == 4)
        #expect(diagnostics.first?.summary.contains("UTF-8") == true)
    }

    @Test func aQuoteNeedsASpeakerAndWords() {
        let text = "---\nkind: quote\ntitle: T\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\n\n"
        let summaries = parser.parse(text: text, path: "Stories/q.md").diagnostics.map(\.summary)
        #expect(summaries.contains("a quote needs a speaker"))
        #expect(summaries.contains("a quote needs the quoted words as its text"))
    }
}

/// A disk that fails halfway never gives half a story (issue 10, point 18).
@Suite struct FailedReadTests {
    @Test func aReadErrorHalfwayIsReportedAndNothingIsParsed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let url = root.appendingPathComponent("x.md")
        try Data(("---\nkind: anecdote\ntitle: T\ndate: 2019-01-01\nteller: P\n---\n" + String(repeating: "tekst ", count: 1000)).utf8)
            .write(to: url)
        var calls = 0
        let outcome = EntryFileReader.read(url, path: "Stories/x.md", root: root) { descriptor, buffer, count in
            calls += 1
            if calls == 1 { return read(descriptor, buffer, min(count, 100)) }
            errno = EIO
            return -1
        }
        guard case .problem(let diagnostic) = outcome else {
            Issue.record("a failed read must not give data")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.summary.hasPrefix("reading the file failed after 100 of"))
        #expect(diagnostic.summary.contains("Input/output error"))
    }
}
