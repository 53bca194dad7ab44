/// The rule for a text search, with or without the index: every word typed must begin a word of
/// the entry's title, text, tags, organisations or place, ignoring case and accents. "een
/// kader" finds "Één kader"; "brand" finds "brandweer"; "weer" does not.
public enum TextSearch {
    /// The words of a search or a text: runs of letters and digits.
    public static func words(of text: String) -> [Substring] {
        text.split { !$0.isLetter && !$0.isNumber }
    }

    /// True when every word of `text` begins a word of the entry's searchable fields.
    public static func matches(_ entry: Entry, _ text: String) -> Bool {
        let wanted = words(of: TextFolding.fold(text))
        guard !wanted.isEmpty else { return true }
        let fields = [entry.title, entry.body, entry.place ?? ""] + entry.tags + entry.organizations
        let searchable = Array(TextFolding.fold(fields.joined(separator: "\n")).utf8)
        return wanted.allSatisfy { beginsAWord(Array($0.utf8), in: searchable) }
    }

    /// True when `word` occurs in `text` right after a character that is no letter or digit
    /// (or at the start). The check on the character before looks at its whole UTF-8 sequence.
    private static func beginsAWord(_ word: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= text.count else { return false }
        var start = 0
        while start + word.count <= text.count {
            if text[start] == first && text[start..<start + word.count].elementsEqual(word) && startsAWord(at: start, in: text) {
                return true
            }
            start += 1
        }
        return false
    }

    private static func startsAWord(at position: Int, in text: [UInt8]) -> Bool {
        guard position > 0 else { return true }
        var lead = position - 1
        while lead > 0 && text[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard let scalarText = String(validating: text[lead..<position], as: UTF8.self), let character = scalarText.first else {
            return true
        }
        return !character.isLetter && !character.isNumber
    }
}
