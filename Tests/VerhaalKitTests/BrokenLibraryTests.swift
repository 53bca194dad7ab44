import Foundation
import Testing

@testable import VerhaalKit

/// Every problem `check` must find, each in its own fixture file, found in one run.
@Suite struct BrokenLibraryTests {
    let library = LibraryStore(root: TestPaths.fixtures.appendingPathComponent("broken")).load()

    func diagnostic(_ file: String) -> Diagnostic? {
        library.diagnostics.first { $0.file == "Stories/\(file)" }
    }

    @Test(arguments: [
        ("anekdotes/unparsable-yaml.md", 3, "not valid YAML"),
        ("anekdotes/missing-title.md", 1, "missing required field 'title'"),
        ("anekdotes/invalid-date.md", 4, "'2022-02-30' is not a valid date"),
        ("anekdotes/unknown-lesson.md", 8, "unknown lesson 'samenwerken'"),
        ("anekdotes/unknown-perspective.md", 7, "unknown perspective 'wethouder'"),
        ("anekdotes/visit-not-travel-log.md", 6, "is an anecdote, not a travel-log entry"),
        ("anekdotes/visit-missing.md", 7, "is not an entry in this library"),
        ("anekdotes/invalid-share.md", 7, "unknown share level 'iedereen'"),
        ("anekdotes/no-closing.md", 1, "never closed"),
        ("citaten/quote-without-speaker.md", 2, "a quote needs a speaker"),
        ("anekdotes/control-character.md", 8, "control character U+0007"),
    ])
    func reportsTheRightFileAndLine(_ file: String, _ line: Int, _ summary: String) throws {
        let found = try #require(diagnostic(file), "no diagnostic for \(file)")
        #expect(found.severity == .error)
        #expect(found.line == line)
        #expect(found.summary.contains(summary), "\(found.summary)")
        #expect(found.hint?.isEmpty == false)
    }

    @Test func reportsInvalidAndDuplicateIDs() throws {
        let invalid = try #require(diagnostic("anekdotes/Hoofd_Letters.md"))
        #expect(invalid.summary.contains("must be lower case"))
        let duplicate = try #require(diagnostic("elders/dubbel.md"))
        #expect(duplicate.summary.contains("duplicate id 'dubbel'"))
        #expect(duplicate.summary.contains("Stories/anekdotes/dubbel.md"))
    }

    @Test func warnsAboutEntriesWithoutLessons() throws {
        let warning = try #require(diagnostic("anekdotes/no-lessons.md"))
        #expect(warning.severity == .warning)
    }

    @Test func keepsOnlyEntriesWithoutErrors() {
        #expect(Set(library.entries.map(\.id)) == ["2019-01-10-bezoek", "no-lessons", "dubbel"])
        #expect(library.entries.first { $0.id == "dubbel" }?.path == "Stories/anekdotes/dubbel.md")
    }
}
