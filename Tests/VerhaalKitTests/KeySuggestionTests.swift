import Testing

@testable import VerhaalKit

/// The one rule for "did you mean": Damerau–Levenshtein within two edits.
@Suite struct KeySuggestionTests {
    @Test(arguments: [
        ("lsit", "list"), ("lesson", "lessons"), ("pendul", "pendule"), ("hopvol", "hoopvol"), ("tga", "tag"),
    ])
    func aSwapAMissingOrAWrongLetterFindsTheName(_ typed: String, _ meant: String) {
        #expect(KeySuggestion.closest(to: typed, among: ["init", "list", "lessons", "pendule", "hoopvol", "tag", "show"]) == meant)
    }

    @Test func aWordThreeEditsAwaySuggestsNothing() {
        #expect(KeySuggestion.closest(to: "xyzzy", among: ["list", "show", "init"]) == nil)
        #expect(KeySuggestion.distance(Array("ab"), Array("ba")) == 1)
        #expect(KeySuggestion.distance(Array("abc"), Array("ca")) == 3, "optimal string alignment: no edit after a swap")
    }
}
