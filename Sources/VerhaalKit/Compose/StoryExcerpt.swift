/// The passage of a story a slide shows: for a quote its words; for a story the first passage
/// between quotation marks that reads as a sentence, or else its first sentence, never longer
/// than `limit` characters (cut at a word with "…").
public enum StoryExcerpt {
    static let limit = 220

    static func of(_ entry: Entry) -> String {
        let text = Markdown.plainText(entry.body)
        if entry.kind != .quote, let quoted = quotedPassage(in: text) { return quoted }
        return shortened(entry.kind == .quote ? text : firstSentences(of: text))
    }

    /// The first sentence of a text, or as many as fit under `limit` together.
    static func firstSentences(of text: String) -> String {
        var result = ""
        for sentence in sentences(of: text) {
            let candidate = result.isEmpty ? sentence : result + " " + sentence
            if !result.isEmpty && candidate.count > limit { break }
            result = candidate
            if result.count > limit / 2 { break }
        }
        return result
    }

    /// The first sentence of a text: up to and with the first ".", "!" or "?" before a space.
    public static func firstSentence(of text: String) -> String {
        sentences(of: text).first ?? text
    }

    private static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let ends = ".!?".contains(character) && (index + 1 == characters.count || characters[index + 1] == " ")
            if ends {
                sentences.append(current.trimmingBlankEnds)
                current = ""
            }
        }
        if !current.trimmingBlankEnds.isEmpty { sentences.append(current.trimmingBlankEnds) }
        return sentences
    }

    private static let quotationMarks: [(Character, Character)] = [("“", "”"), ("„", "”"), ("‘", "’"), ("\"", "\"")]

    private static func quotedPassage(in text: String) -> String? {
        for (open, close) in quotationMarks {
            var rest = Substring(text)
            while let start = rest.firstIndex(of: open) {
                let after = rest[rest.index(after: start)...]
                guard let end = after.firstIndex(of: close) else { break }
                let passage = String(after[..<end]).trimmingBlankEnds
                if passage.split(separator: " ").count >= 6 && passage.count <= limit { return passage }
                rest = after[after.index(after: end)...]
            }
        }
        return nil
    }

    private static func shortened(_ text: String) -> String {
        guard text.count > limit else { return text }
        var result = ""
        for word in text.split(separator: " ") {
            if result.count + word.count + 1 > limit - 1 { break }
            result += result.isEmpty ? String(word) : " " + word
        }
        return result + "…"
    }
}
