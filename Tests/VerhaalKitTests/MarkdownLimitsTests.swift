import Testing

@testable import VerhaalKit

@Suite struct MarkdownLimitsTests {
    @Test func aQuickScanOnlyFlagsTextThatCouldNestDeeply() {
        #expect(!Markdown.mayNestDeeply("Een regel met " + String(repeating: "veel   spaties ", count: 50) + "\n- een lijst\n"))
        #expect(!Markdown.mayNestDeeply(String(repeating: "*nadruk* [link](x) ", count: 40)))
        #expect(Markdown.mayNestDeeply(String(repeating: "> ", count: 40) + "diep"))
        #expect(Markdown.mayNestDeeply(String(repeating: "[", count: 40)))
    }

    @Test func deepTextIsFlattenedNotLost() {
        let text = String(repeating: "> ", count: 200) + "diep"
        #expect(Markdown.depth(of: text) > ReadingLimits.maximumMarkdownDepth)
        let blocks = Markdown.blocks(from: text)
        var innermost = blocks
        var depth = 0
        while case .blockQuote(let inner)? = innermost.first {
            innermost = inner
            depth += 1
        }
        #expect(depth <= ReadingLimits.maximumMarkdownDepth)
        #expect(innermost == [.paragraph([.text("diep")])])
    }
}
