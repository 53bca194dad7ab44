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
}
