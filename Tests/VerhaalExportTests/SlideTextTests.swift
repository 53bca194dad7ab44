import Testing
import VerhaalExport

@Suite struct SlideTextTests {
    @Test func shortTextStaysWhole() {
        #expect(SlideText.fit("Zes indicatoren", limit: 20) == "Zes indicatoren")
    }

    @Test func longTextIsCutAtAWordWithAnEllipsis() {
        let text = "Een organisatienetwerk is geen doel op zich, het bewijst zich in wat het oplevert."
        let fitted = SlideText.fit(text, limit: 40)
        #expect(fitted == "Een organisatienetwerk is geen doel op…")
        #expect(fitted.count <= 40)
        let words = Set(text.split(separator: " ").map(String.init))
        #expect(fitted.dropLast().split(separator: " ").allSatisfy { words.contains(String($0)) || words.contains(String($0) + ",") })
    }

    @Test func trailingPunctuationGoesBeforeTheEllipsis() {
        #expect(SlideText.fit("Samen slimmer, samen beter, samen innovatiever.", limit: 16) == "Samen slimmer…")
    }

    @Test func aSingleHugeWordIsNotCutMidWord() {
        let word = String(repeating: "a", count: 50)
        #expect(SlideText.fit(word + " b", limit: 10) == word + "…")
    }
}
