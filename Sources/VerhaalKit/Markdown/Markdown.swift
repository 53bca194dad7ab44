/// CommonMark text, read into the document model.
public enum Markdown {
    /// The blocks of a Markdown text: paragraphs, lists, quotes, code, headings.
    public static func blocks(from text: String) -> [Block] {
        CommonMarkConverter.blocks(from: text)
    }

    /// How deeply the text nests block quotes, lists and marks.
    public static func depth(of text: String) -> Int {
        CommonMarkConverter.depth(of: text)
    }
}
