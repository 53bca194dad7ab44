extension String {
    /// The text without leading and trailing spaces and tabs; returns itself, without copying,
    /// when there are none (the common case when reading thousands of fields).
    var trimmingSpaces: String {
        let isSpace = { (scalar: Unicode.Scalar) in
            // ASCII first: Unicode's property table is slow to ask for every value of a library.
            scalar.isASCII
                ? scalar == " " || scalar == "\t" || scalar == "\u{0B}" || scalar == "\u{0C}"
                : scalar.properties.isWhitespace
        }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            isSpace(first) || isSpace(last)
        else { return self }
        var scalars = Substring(self).unicodeScalars
        while let head = scalars.first, isSpace(head) { scalars.removeFirst() }
        while let tail = scalars.last, isSpace(tail) { scalars.removeLast() }
        return String(scalars)
    }

    /// The text without leading and trailing whitespace and line breaks, the same as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`; returns itself, without copying, when
    /// there is none.
    public var trimmingBlankEnds: String {
        trimmingEnds { $0.isASCII ? $0 == " " || ("\t"..."\r").contains($0) : $0.properties.isWhitespace }
    }

    /// The text without leading and trailing line breaks (`\n` and `\r`): what a text cell holds.
    public var trimmingLineBreaks: String { trimmingEnds { $0 == "\n" || $0 == "\r" } }

    /// The text without the scalars at either end that `isTrimmed` picks; itself when there are none.
    func trimmingEnds(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, isTrimmed(first) || isTrimmed(last) else { return self }
        var scalars = Substring(self).unicodeScalars
        while let head = scalars.first, isTrimmed(head) { scalars.removeFirst() }
        while let tail = scalars.last, isTrimmed(tail) { scalars.removeLast() }
        return String(scalars)
    }
}
