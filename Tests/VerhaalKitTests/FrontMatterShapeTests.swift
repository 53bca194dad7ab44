import Testing

@testable import VerhaalKit

@Suite("Front-matter shape limits")
struct FrontMatterShapeTests {
    static let head = "---\nkind: anecdote\ntitle: Vorm\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n"

    func summaries(_ text: String) -> [String] {
        EntryParser(framework: .essay).parse(text: text, path: "Stories/anekdotes/vorm.md").diagnostics.map(\.summary)
    }

    @Test func anAliasBombIsRefusedByCountingWhatItRepeats() {
        // 3 values behind 'a', 27 behind 'b', … 3^9 = 19,683 behind 'i'.
        var lines = ["a: &a [x, x, x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [*\(previous), *\(previous), *\(previous)]")
        }
        let text = Self.head + lines.joined(separator: "\n") + "\n---\nTekst.\n"
        #expect(summaries(text).contains { $0.hasPrefix("the front matter has more than 10000 values") })
    }

    @Test func aSmallAliasIsReadAsACopy() {
        let text = Self.head + "tags: &t [een]\nextra: *t\n---\nTekst.\n"
        #expect(summaries(text).allSatisfy { !$0.contains("values") })
    }

    @Test func moreValuesThanTheLimitAreRefusedWithoutAliases() {
        let items = Array(repeating: "a", count: ReadingLimits.maximumFrontMatterValues + 1).joined(separator: ",")
        let text = Self.head + "tags: [\(items)]\n---\nTekst.\n"
        #expect(summaries(text).contains { $0.hasPrefix("the front matter has more than 10000 values") })
    }

    @Test func anAsteriskOrAmpersandInsideATextIsFine() {
        let text = Self.head + "place: \"Vught & Den Bosch *\"\ntags: [a&b]\n---\nTekst.\n"
        #expect(summaries(text).isEmpty)
    }
}
