import Testing

@testable import VerhaalExport

/// `XMLName.id` gives back an id that is already an NCName and mends any other.
@Suite struct XMLNameTests {
    @Test(arguments: [
        ("zes-indicatoren", "zes-indicatoren"),
        ("Zes_indicatoren.2", "Zes_indicatoren.2"),
        ("_eigen", "_eigen"),
        ("2019-06-12-breda", "v-2019-06-12-breda"),
        ("-begin", "v--begin"),
        (".punt", "v-.punt"),
        ("één kader", "__n_kader"),
        ("a/b", "a_b"),
        ("", "v-"),
    ])
    func anIDBecomesAnNCName(_ id: String, _ expected: String) {
        #expect(XMLName.id(id) == expected)
    }
}
