import Testing

@testable import VerhaalKit

/// `Entry.inLibraryOrder` sorts as `Entry.libraryOrder` does.
@Suite struct LibraryOrderTests {
    @Test func inLibraryOrderIsTheOrderOfTheComparison() {
        var generator = SystemRandomNumberGenerator()
        let entries = (0..<2000).map { number in
            // Few dates, so that many entries share one and their ids decide.
            let date = LocalDate(
                year: Int.random(in: 2019...2020, using: &generator), month: Int.random(in: 9...12, using: &generator),
                day: Int.random(in: 1...3, using: &generator))!
            let id = ["a", "B", "zz", "é", "a-10", "a-9"].randomElement(using: &generator)! + "-\(number)"
            return Entry(id: id, path: "Stories/anekdotes/\(id).md", kind: .anecdote, title: "", date: date, teller: "")
        }
        let sorted = Entry.inLibraryOrder(entries)
        #expect(sorted.map(\.id) == entries.sorted(by: Entry.libraryOrder).map(\.id))
        #expect(Set(sorted.map(\.id)).count == entries.count)
    }
}
