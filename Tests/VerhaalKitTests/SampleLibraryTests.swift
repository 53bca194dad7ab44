import Foundation
import Testing

@testable import VerhaalKit

@Suite struct SampleLibraryTests {
    let library = LibraryStore(root: TestPaths.packageRoot).load()

    @Test func checksCleanly() {
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map(\.formatted))")
        #expect(library.entries.count == library.fileCount)
    }

    @Test func holdsTheJourney() {
        let count = { (kind: EntryKind) in library.entries.filter { $0.kind == kind }.count }
        #expect(count(.travelLog) >= 8)
        #expect(count(.anecdote) >= 12)
        #expect(count(.quote) >= 10)
        for place in ["Roermond", "Leiden", "Breda", "Gennep", "Baarlo", "Tilburg"] {
            #expect(library.entries.contains { $0.kind == .travelLog && $0.place == place }, "\(place)")
        }
    }

    @Test func everyLessonAndPerspectiveHasStories() {
        let coverage = FrameworkCoverage(framework: library.framework, entries: library.entries)
        #expect(coverage.emptyRows.isEmpty)
        #expect(coverage.lessons.count == 5)
        #expect(coverage.perspectives.count == 3)
    }

    @Test func everyQuoteIsAttributedAndEveryStoryLinkedToAVisitOrPlace() {
        for quote in library.entries where quote.kind == .quote {
            #expect(quote.speaker?.isEmpty == false, "\(quote.id)")
        }
        for entry in library.entries where entry.kind != .travelLog {
            #expect(entry.visit != nil || entry.source != nil, "\(entry.id)")
        }
    }
}
