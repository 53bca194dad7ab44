/// An entry file split into its parts: the opening `---`, the YAML, the closing `---`, the body.
///
/// Joining the parts gives back the file text exactly, so an edit that changes only `yaml`
/// leaves the body's bytes untouched.
public struct FrontMatterDocument: Sendable, Equatable {
    /// The opening line with its line ending (and a byte-order mark, if the file had one).
    public var opening: String
    /// The front matter's YAML, every line with its own line ending.
    public var yaml: String
    /// The closing `---` line with its line ending (may lack one at the end of the file).
    public var closing: String
    /// Everything after the closing line, unchanged.
    public var body: String

    /// 1-based file line of the first YAML line.
    public var yamlFirstLine: Int { 2 }
    /// 1-based file line of the first body line.
    public var bodyFirstLine: Int { 2 + FrontMatterDocument.lineCount(yaml) + 1 }
    /// The line ending the file uses: `\r\n` or `\n`.
    public var lineEnding: String { opening.hasSuffix("\r\n") ? "\r\n" : "\n" }

    /// The whole file text.
    public var text: String { opening + yaml + closing + body }

    /// What can be wrong with a file's layout.
    public enum SplitError: Error, Equatable {
        /// The file does not start with a `---` line.
        case missingOpening
        /// No `---` line closes the front matter; the front matter opened on line 1.
        case missingClosing
    }

    public init(opening: String, yaml: String, closing: String, body: String) {
        self.opening = opening
        self.yaml = yaml
        self.closing = closing
        self.body = body
    }

    /// Splits file text. Accepts a byte-order mark, `\r\n` line endings and trailing spaces.
    public init(splitting text: String) throws(SplitError) {
        // Find the delimiter lines as byte offsets, then cut the text once: only the
        // front matter's lines are looked at, and the body is taken as one slice.
        let cuts: (openingEnd: Int, closingStart: Int, closingEnd: Int)? = text.withUTF8Bytes { bytes in
            func lineEnd(from start: Int) -> Int {
                var index = start
                while index < bytes.count {
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "\n") { break }
                }
                return index
            }
            func content(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
                var end = end
                trimming: while end > start {
                    switch bytes[end - 1] {
                    case 0x0A, 0x0D, 0x20, 0x09: end -= 1
                    default: break trimming
                    }
                }
                return bytes[start..<end]
            }
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            let openingEnd = lineEnd(from: 0)
            var opening = content(0, openingEnd)
            if opening.starts(with: bom) { opening = opening.dropFirst(3) }
            guard openingEnd > 0, opening.elementsEqual("---".utf8) else { return nil }
            var start = openingEnd
            while start < bytes.count {
                let end = lineEnd(from: start)
                let line = content(start, end)
                if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                    return (openingEnd, start, end)
                }
                start = end
            }
            return (openingEnd, -1, -1)
        }
        guard let cuts else { throw .missingOpening }
        guard cuts.closingStart >= 0 else { throw .missingClosing }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let openingEnd = index(cuts.openingEnd)
        let closingStart = index(cuts.closingStart)
        let closingEnd = index(cuts.closingEnd)
        self.opening = String(Substring(utf8[..<openingEnd]))
        self.yaml = String(Substring(utf8[openingEnd..<closingStart]))
        self.closing = String(Substring(utf8[closingStart..<closingEnd]))
        self.body = String(Substring(utf8[closingEnd...]))
    }

    /// Splits text into lines that keep their `\n` (and `\r`), cutting at line-feed bytes so
    /// that `\r\n` is never a single character.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "\n") {
                lines.append(String(Substring(utf8[start..<next])))
                start = next
            }
            index = next
        }
        if start != utf8.endIndex { lines.append(String(Substring(utf8[start...]))) }
        return lines
    }

    static func lineCount(_ text: String) -> Int {
        text.withUTF8Bytes { bytes in bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } }
    }

    static func content(of line: String) -> String {
        var scalars = Substring(line).unicodeScalars
        while let last = scalars.last, last == "\n" || last == "\r" || last == " " || last == "\t" {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
