import Testing

@testable import VerhaalKit

@Suite struct EntryQueryTests {
    static func entry(
        _ id: String, _ kind: EntryKind = .anecdote, date: String = "2019-06-01",
        lessons: [String] = [], tags: [String] = [], teller: String = "Paul",
        body: String = ""
    ) -> Entry {
        Entry(
            id: id, path: "Stories/\(id).md", kind: kind, title: id, date: LocalDate(date)!,
            teller: teller, lessons: lessons, tags: tags, body: body)
    }

    let entries = [
        entry("a", lessons: ["delen", "resultaat"], tags: ["x"]),
        entry("b", .quote, date: "2019-07-01", lessons: ["delen"], tags: ["x", "y"], teller: "Corry"),
        entry("c", date: "2019-08-01", lessons: ["resultaat"], body: "Er is één kader."),
    ]

    @Test func filtersCombineWithAnd() {
        var query = EntryQuery()
        query.lessons = ["delen"]
        query.tags = ["x"]
        #expect(query.filter(entries).map(\.id) == ["a", "b"])
        query.kinds = [.quote]
        #expect(query.filter(entries).map(\.id) == ["b"])
        query.tellers = ["paul"]
        #expect(query.filter(entries).isEmpty)
    }

    @Test func repeatedListValuesMustAllMatch() {
        var query = EntryQuery()
        query.lessons = ["delen", "resultaat"]
        #expect(query.filter(entries).map(\.id) == ["a"])
    }

    @Test func datesAreInclusive() {
        var query = EntryQuery()
        query.since = LocalDate("2019-07-01")
        query.until = LocalDate("2019-08-01")
        #expect(query.filter(entries).map(\.id) == ["b", "c"])
    }

    @Test func textIgnoresCaseAndAccents() {
        var query = EntryQuery()
        query.text = "EEN kader"
        #expect(query.filter(entries).map(\.id) == ["c"])
    }
}
