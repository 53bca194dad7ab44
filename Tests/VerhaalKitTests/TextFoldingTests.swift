import Testing

@testable import VerhaalKit

@Suite struct TextFoldingTests {
    @Test func ignoresCaseAndAccents() {
        #expect(TextFolding.contains("Er is één kader", "een"))
        #expect(TextFolding.contains("Kan dat niet hèndiger?", "HENDIGER"))
        #expect(TextFolding.contains("Café", "cafe"))
        #expect(!TextFolding.contains("Breda", "tilburg"))
    }

    @Test func matchesPrecomposedAndDecomposedForms() {
        #expect(TextFolding.contains("e\u{301}e\u{301}n", "één"))
    }
}
