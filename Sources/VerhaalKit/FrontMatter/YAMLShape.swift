/// Cheap checks on front matter before it is parsed, so that deep nesting is reported instead
/// of exhausting the stack (the composer counts values, so alias bombs stop there).
enum YAMLShape {
    /// The deepest nesting in the text: flow brackets plus block indentation, counted on the raw
    /// text without parsing, so that a pathological input cannot recurse.
    static func nestingDepth(of yaml: String) -> Int {
        // Every character that matters here is ASCII, and no byte of a multi-byte UTF-8
        // sequence is ASCII, so a byte scan sees the same as a scan of characters.
        yaml.withUTF8Bytes { bytes in
            var deepest = 0
            var flow = 0
            var quote: UInt8 = 0
            var indentation = 0
            var atStart = true
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    // A line ends: quotes do not carry over, indentation starts again.
                    deepest = max(deepest, flow + indentation / 2)
                    quote = 0
                    indentation = 0
                    atStart = true
                    continue
                }
                if atStart {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                        indentation += 1
                        continue
                    }
                    atStart = false
                }
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else {
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                    case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
                    default: break
                    }
                }
                deepest = max(deepest, flow + indentation / 2)
            }
            return max(deepest, flow + indentation / 2)
        }
    }

    /// What a front matter with more values than the limit is told.
    static let tooManyValuesProblem =
        "the front matter has more than \(ReadingLimits.maximumFrontMatterValues) values (an alias * repeats its anchor & every time)"
}

extension YAMLShape {
    /// Why a YAML file (front matter, the marks, a composition, the settings) is refused, before
    /// or while it is parsed.
    enum Refusal: Error {
        case tooLarge(String)
        case tooDeep(String)
        case tooManyValues(String)
        /// Not valid YAML, in libyaml's words and places.
        case invalid(FrontMatterComposer.Failure)
        /// libyaml itself failed (out of memory).
        case unreadable(String)
    }

    /// Parses `yaml` only when it is within the limits (size and nesting, checked on the raw
    /// text), counting values as it goes; `maximumBytes` is the front matter's unless a kind of
    /// file may be longer.
    static func guardedCompose(
        _ yaml: String, maximumBytes: Int = ReadingLimits.maximumFrontMatterBytes
    ) throws(Refusal) -> FrontMatterNode? {
        if yaml.utf8.count > maximumBytes {
            throw .tooLarge("it is larger than \(maximumBytes / 1000) KB")
        }
        if nestingDepth(of: yaml) > ReadingLimits.maximumFrontMatterDepth {
            throw .tooDeep("it nests deeper than \(ReadingLimits.maximumFrontMatterDepth) levels")
        }
        do throws(FrontMatterComposer.Refusal) {
            return try FrontMatterComposer.compose(yaml)
        } catch {
            switch error {
            case .invalid(let failure): throw .invalid(failure)
            case .tooManyValues: throw .tooManyValues(tooManyValuesProblem)
            case .unreadable(let problem): throw .unreadable(problem)
            }
        }
    }
}

extension YAMLShape.Refusal {
    /// Why the YAML is refused, with its line and column (from 1) when it has one; `lineOffset`
    /// is added to libyaml's lines, for YAML that starts further down a file.
    func located(lineOffset: Int = 0) -> (line: Int?, column: Int?, problem: String) {
        switch self {
        case .invalid(let failure): YAMLErrorLocation.describe(failure, lineOffset: lineOffset)
        case .tooLarge(let reason), .tooDeep(let reason), .tooManyValues(let reason), .unreadable(let reason): (nil, nil, reason)
        }
    }

    /// The error of a file of one kind: "the composition is not valid YAML: …" at libyaml's line,
    /// or "… is refused: it nests deeper than 16 levels".
    func diagnostic(
        code: DiagnosticCode, file: String, what: String, lineOffset: Int = 0,
        invalidHint: String = "check the quoting and indentation on that line", refusedHint: String
    ) -> Diagnostic {
        let (line, column, problem) = located(lineOffset: lineOffset)
        return Diagnostic(
            .error, code: code, file: file, line: line ?? lineOffset + 1, column: column ?? 1,
            summary: isInvalidYAML ? "\(what) is not valid YAML: \(problem)" : "\(what) is refused: \(problem)",
            hint: isInvalidYAML ? invalidHint : refusedHint)
    }

    /// Whether libyaml found the text invalid, rather than a limit refusing it.
    var isInvalidYAML: Bool {
        if case .invalid = self { true } else { false }
    }
}
