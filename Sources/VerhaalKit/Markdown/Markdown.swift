/// CommonMark text, read into the document model.
public enum Markdown {
    /// The blocks of a Markdown text: paragraphs, lists, quotes, code, headings.
    public static func blocks(from text: String) -> [Block] {
        CommonMarkConverter.blocks(from: text)
    }

    /// A quick look at the raw text: false when no line starts with enough quote, list or
    /// indentation markers, and the text has too few emphasis and link marks, to nest past the
    /// limit. Only when true is the text parsed to measure its depth.
    static func mayNestDeeply(_ text: String) -> Bool {
        let limit = ReadingLimits.maximumMarkdownDepth
        return text.withUTF8Bytes { bytes in
            var prefix = 0
            var markRun = 0
            var brackets = 0
            var atLineStart = true
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\n"):
                    atLineStart = true
                    prefix = 0
                    markRun = 0
                case UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                    if atLineStart {
                        prefix += 1
                        if prefix / 2 > limit { return true }
                    }
                case UInt8(ascii: "*"), UInt8(ascii: "_"):
                    atLineStart = false
                    markRun += 1
                    if markRun > limit { return true }
                case UInt8(ascii: "["):
                    atLineStart = false
                    brackets += 1
                    if brackets > limit { return true }
                case UInt8(ascii: "]"):
                    brackets = max(0, brackets - 1)
                    markRun = 0
                default:
                    atLineStart = false
                    markRun = 0
                }
            }
            return false
        }
    }

    /// The text as HTML for a web page, with raw HTML and unsafe links left out.
    public static func html(from text: String) -> String {
        CommonMarkConverter.html(from: text)
    }

    /// The address of every picture the text names, with its line in the text (1-based).
    public static func imageSources(in text: String) -> [(source: String, line: Int)] {
        guard mayHoldImages(text) else { return [] }
        return CommonMarkConverter.imageSources(from: text)
    }

    /// False when the text holds no `![`, so it has no picture: a byte scan, since `String`'s
    /// `contains` compares characters and cost a quarter of a second per 10,000 stories.
    static func mayHoldImages(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count > 1 else { return false }
            var index = 0
            while index < bytes.count - 1 {
                if bytes[index] == UInt8(ascii: "!") && bytes[index + 1] == UInt8(ascii: "[") { return true }
                index += 1
            }
            return false
        }
    }

    /// One top-level block of a Markdown text: a heading with its level and words, or any
    /// other block, with the lines (1-based) it takes in the text.
    public struct OutlineBlock: Sendable, Equatable {
        public var headingLevel: Int?
        public var headingText: String?
        public var lines: ClosedRange<Int>
    }

    /// The text's top-level blocks in order, as cmark reads them: what an import splits a
    /// report at, keeping each part's Markdown as written.
    public static func outline(of text: String) -> [OutlineBlock] {
        CommonMarkConverter.outline(of: text)
    }

    /// How deeply the text nests block quotes, lists and marks.
    public static func depth(of text: String) -> Int {
        CommonMarkConverter.depth(of: text)
    }
}
