import Testing
import VerhaalKit

@testable import VerhaalExport

@Suite struct SlideFitTests {
    @Test func aShortSlideKeepsTheLargestSizes() {
        let slides = SlideFit.layOut(Slide(title: "Zes indicatoren", bullets: ["Een", "Twee"]), continued: "(vervolg)")
        #expect(slides.count == 1)
        #expect(slides[0].textSize == SlideFit.textSizes[0])
        #expect(slides[0].titleSize == SlideFit.titleSizes[0])
    }

    @Test func aLongerSlideGetsSmallerTextBeforeItContinues() {
        let bullet = String(repeating: "Samen slimmer, samen beter, samen innovatiever. ", count: 8)
        let slides = SlideFit.layOut(Slide(title: "Resultaat", bullets: [bullet, bullet]), continued: "(vervolg)")
        #expect(slides.count == 1)
        #expect(slides[0].textSize < SlideFit.textSizes[0])
        #expect(slides[0].bullets == [bullet, bullet])
    }

    @Test func whatDoesNotFitContinuesOnTheNextSlideWithEveryWordKept() {
        let words = (1...900).map { "woord\($0)" }
        let text = words.joined(separator: " ")
        let slides = SlideFit.layOut(
            Slide(title: "Tot slot", quote: (text, "Corry Keulen"), bullets: ["Eén", "Twee"]), continued: "(vervolg)")
        #expect(slides.count > 2)
        #expect(slides.allSatisfy { $0.textSize == SlideFit.textSizes.last })
        #expect(slides.dropFirst().allSatisfy { $0.title == "Tot slot (vervolg)" })
        #expect(slides.allSatisfy { SlideFit.bodyHeight($0, size: $0.textSize) <= SlideFit.contentHeight })
        let shown = slides.flatMap { ($0.quote?.text ?? "").split(separator: " ") }.map(String.init).filter { $0 != "…" }
        #expect(shown == words)
        #expect(slides.last?.bullets == ["Eén", "Twee"])
        #expect(slides.filter { $0.quote?.attribution == "Corry Keulen" }.count == 1)
    }

    @Test func aLongTitleGetsSmaller() {
        let title = "Een organisatienetwerk is geen doel op zich, het bewijst zich in wat het oplevert voor bewoners"
        #expect(SlideFit.layOut(Slide(title: title, bullets: ["x"]), continued: "")[0].titleSize < SlideFit.titleSizes[0])
    }
}
