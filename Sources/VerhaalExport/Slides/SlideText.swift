/// Shortens text to fit a slide: at a word boundary, with an ellipsis, never mid-word.
public enum SlideText {
    /// `text` when it has at most `limit` characters; otherwise the words that fit, then `…`.
    /// A first word longer than the limit is kept whole.
    public static func fit(_ text: String, limit: Int) -> String {
        let text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > limit else { return text }
        var result = ""
        for word in text.split(separator: " ") {
            let candidate = result.isEmpty ? String(word) : result + " " + word
            if candidate.count + 1 > limit { break }
            result = candidate
        }
        if result.isEmpty { result = String(text.split(separator: " ").first ?? "") }
        while let last = result.last, ",;:.-–—".contains(last) { result.removeLast() }
        return result + "…"
    }
}
