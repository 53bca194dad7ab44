/// Writes text inside ODF paragraphs, where XML whitespace collapses: repeated spaces become
/// `text:s`, tabs `text:tab`, and line feeds `text:line-break`, so the text reads as written.
enum ODFText {
    static func write(_ text: String, to xml: XMLWriter) throws {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        var previousWasSpace = true  // a space at the start would be dropped too
        func flushRun(upTo end: String.Index) throws {
            if runStart < end { try xml.text(String(Substring(utf8[runStart..<end]))) }
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: " ") && previousWasSpace {
                // Spaces after the first one (or at the start) become one `text:s`.
                try flushRun(upTo: index)
                var count = 0
                while index != utf8.endIndex && utf8[index] == UInt8(ascii: " ") {
                    count += 1
                    index = utf8.index(after: index)
                }
                try xml.start("text:s")
                if count > 1 { try xml.attribute("text:c", String(count)) }
                try xml.end()
                runStart = index
                previousWasSpace = true
                continue
            }
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                try flushRun(upTo: index)
                if byte == UInt8(ascii: "\t") {
                    try xml.start("text:tab")
                    try xml.end()
                } else if byte == UInt8(ascii: "\n") {
                    try xml.start("text:line-break")
                    try xml.end()
                }
                index = utf8.index(after: index)
                runStart = index
                previousWasSpace = true
                continue
            }
            previousWasSpace = byte == UInt8(ascii: " ")
            index = utf8.index(after: index)
        }
        try flushRun(upTo: index)
    }
}
