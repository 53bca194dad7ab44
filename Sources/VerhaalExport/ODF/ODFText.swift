/// Writes text inside ODF paragraphs, where XML whitespace collapses: repeated spaces become
/// `text:s`, tabs `text:tab`, and line feeds `text:line-break`, so the text reads as written.
enum ODFText {
    static func write(_ text: String, to xml: XMLWriter) throws {
        var run = ""
        var previousWasSpace = true  // a space at the start of a paragraph would be dropped too
        var pendingSpaces = 0
        func flushSpaces() throws {
            guard pendingSpaces > 0 else { return }
            try xml.text(run)
            run = ""
            try xml.start("text:s")
            if pendingSpaces > 1 { try xml.attribute("text:c", String(pendingSpaces)) }
            try xml.end()
            pendingSpaces = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                if previousWasSpace {
                    pendingSpaces += 1
                } else {
                    run.unicodeScalars.append(scalar)
                    previousWasSpace = true
                }
                continue
            case "\t", "\n", "\r":
                try flushSpaces()
                try xml.text(run)
                run = ""
                if scalar == "\t" {
                    try xml.start("text:tab")
                    try xml.end()
                } else if scalar == "\n" {
                    try xml.start("text:line-break")
                    try xml.end()
                }
                previousWasSpace = true
                continue
            default:
                try flushSpaces()
                run.unicodeScalars.append(scalar)
                previousWasSpace = false
            }
        }
        try flushSpaces()
        try xml.text(run)
    }
}
