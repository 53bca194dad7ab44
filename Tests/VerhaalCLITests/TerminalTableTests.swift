import Foundation
import Testing

/// Tables for an 80-column terminal: every line fits `$COLUMNS`, and an id is never cut: one
/// too long for its column goes on a line of its own.
@Suite struct TerminalTableTests {
    static let longTitle = "Een bijzonder lange titel van een verhaal over de netwerktafel"

    @Test func aListAtEightyColumnsFitsAndShowsASixtyCharacterIdWhole() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let added = try library.run([
            "add", "anecdote", "--title", Self.longTitle, "--date", "2020-02-01", "--teller", "Paul", "--lesson", "1", "--text",
            "Een verhaal.",
        ])
        #expect(added.status == 0, "\(added.errors)")
        let id = try #require(added.output.split(separator: "\n").first.map(String.init))
        #expect(id.count >= 60, "a 60-character id: \(id.count)")
        for columns in ["80", "60"] {
            let list = try library.run(["list"], environment: ["COLUMNS": columns])
            #expect(list.status == 0)
            let lines = list.output.split(separator: "\n", omittingEmptySubsequences: false)
            let tooWide = lines.filter { $0.count > Int(columns)! && !$0.hasPrefix(id) }
            #expect(tooWide.isEmpty, "lines wider than \(columns): \(tooWide)")
            #expect(lines.contains { $0 == id }, "the long id whole, on its own line")
            #expect(list.output.contains("zes-indicatoren"), "short ids stay in their column")
        }
        let wide = try library.run(["list"], environment: ["COLUMNS": "200"])
        #expect(wide.output.split(separator: "\n").contains { $0.hasPrefix(id + " ") && $0.contains(Self.longTitle) }, "one line each")
    }

    @Test func patternsShowWholeIdsAndOnePatternByItsNumber() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let table = try library.run(["patterns"], environment: ["COLUMNS": "80"])
        #expect(table.status == 0)
        let lines = table.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("#") && $0.contains("PATTERN") })
        #expect(lines.contains("leiderschap=verantwoordelijkheid~lesson=grenzeloos"), "a long id whole on its own line")
        #expect(!table.output.contains("…~") && !lines.contains { $0.hasSuffix("…") && $0.contains("~") }, "no id cut")
        let row = try #require(lines.first { $0.hasPrefix("1 ") })
        let id = try #require(row.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init))
        let shown = try library.run(["patterns", "show", "1"])
        #expect(shown.status == 0, "\(shown.errors)")
        #expect(shown.output.hasPrefix(id + "\n"))
        #expect(shown.output.contains("STORIES") && shown.output.contains("q = "))
        let byID = try library.run(["patterns", "show", id])
        #expect(byID.output == shown.output)
        let wrong = try library.run(["patterns", "show", "gevoel~lesson=dynamik"])
        #expect(wrong.status == 1 && wrong.errors.contains("did you mean 'gevoel~lesson=dynamiek'?"))
    }
}
