import VerhaalKit

/// Turns what a person typed into an FTS5 query for `TextSearch`'s rule: every word must begin a
/// word of the entry. Quoting each word keeps FTS5's own syntax (`AND`, `*`, `"`) out of it.
/// (A quote inside a word cannot occur: words are letters and digits only.)
enum SearchQuery {
    static func match(for text: String) -> String? {
        let words = TextSearch.words(of: text)
        guard !words.isEmpty else { return nil }
        // A word itself ranks above the longer words it begins: "4711" before "47110".
        return words.map { "(\"\($0)\" OR \"\($0)\"*)" }.joined(separator: " AND ")
    }
}
