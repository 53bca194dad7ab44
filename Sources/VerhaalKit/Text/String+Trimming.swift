extension String {
    /// The text without leading and trailing spaces and tabs; returns itself, without copying,
    /// when there are none (the common case when reading thousands of fields).
    var trimmingSpaces: String {
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == " " || scalar == "\t" || scalar.properties.isWhitespace && scalar != "\n" && scalar != "\r"
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
