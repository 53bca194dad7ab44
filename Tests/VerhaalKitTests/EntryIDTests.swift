import Testing

@testable import VerhaalKit

@Suite struct EntryIDTests {
    @Test(arguments: ["zes-indicatoren", "2019-06-12-breda", "a", "x1"])
    func acceptsLowerCaseSlugs(_ id: String) {
        #expect(EntryID.isValid(id))
        #expect(EntryID.problem(with: id) == nil)
    }

    @Test(arguments: [
        ("a..b", "'..'"), ("../etc", "'/'"), ("a/b", "'/'"), ("twee woorden", "spaces"), ("Hoofd", "lower case"),
        ("-begin", "hyphens"), ("", "empty"),
    ])
    func refusesUnsafeIDsWithAReason(_ id: String, _ reason: String) throws {
        #expect(!EntryID.isValid(id))
        let problem = try #require(EntryID.problem(with: id))
        #expect(problem.contains(reason))
    }

    @Test func slugFoldsAccentsAndPunctuation() {
        #expect(EntryID.slug(from: "Zes indicatoren: één kader!") == "zes-indicatoren-een-kader")
        #expect(EntryID.slug(from: "  ") == "verhaal")
        #expect(EntryID.slug(from: "'s-Hertogenbosch") == "s-hertogenbosch")
    }
}
