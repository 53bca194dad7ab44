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
        let lines = FrontMatterDocument.lines(of: text)
        guard let first = lines.first,
              FrontMatterDocument.isDelimiter(first, allowBOM: true)
        else { throw .missingOpening }
        guard let closingIndex = lines.indices.dropFirst().first(where: {
            FrontMatterDocument.isDelimiter(lines[$0], allowBOM: false)
                || FrontMatterDocument.isDocumentEnd(lines[$0])
        }) else { throw .missingClosing }
        self.opening = String(first)
        self.yaml = lines[1..<closingIndex].joined()
        self.closing = String(lines[closingIndex])
        self.body = lines[(closingIndex + 1)...].joined()
    }

    /// Splits text into lines that keep their `\n` (and `\r`), working on Unicode scalars so
    /// that `\r\n` is never a single character.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            current.append(scalar)
            if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    static func lineCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    static func content(of line: String) -> String {
        var scalars = Substring(line).unicodeScalars
        while let last = scalars.last, last == "\n" || last == "\r" || last == " " || last == "\t" {
            scalars.removeLast()
        }
        return String(scalars)
    }

    private static func isDelimiter(_ line: String, allowBOM: Bool) -> Bool {
        var content = content(of: line)
        if allowBOM, content.unicodeScalars.first == "\u{FEFF}" {
            content = String(content.unicodeScalars.dropFirst())
        }
        return content == "---"
    }

    private static func isDocumentEnd(_ line: String) -> Bool {
        content(of: line) == "..."
    }
}
