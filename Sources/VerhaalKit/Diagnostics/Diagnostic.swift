/// One problem found in a library: where it is, which rule found it, what is wrong, and how to
/// fix it.
///
/// `verhaal check` prints each as `path:line:column: error|warning: summary [V029]`, followed
/// by the hint. `field` and `index` say which front-matter field (and which item of a list) it
/// is about, so that a form can show it next to its input without looking at lines.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// How serious a problem is: errors make commands fail, warnings do not.
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    /// The rule that found it.
    public var code: DiagnosticCode
    /// Path of the file, relative to the library root where possible.
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column, when the problem has one.
    public var column: Int?
    /// The front-matter key (`lessons`), `text` for the story, or a composition's key.
    public var field: String?
    /// The 0-based item of a list field.
    public var index: Int?
    /// What is wrong, in one line.
    public var summary: String
    /// How to fix it.
    public var hint: String?

    public init(
        _ severity: Severity, code: DiagnosticCode, file: String, line: Int? = nil, column: Int? = nil,
        field: String? = nil, index: Int? = nil, summary: String, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.index = index
        self.summary = summary
        self.hint = hint
    }

    /// The field name used for the story's text.
    public static let textField = "text"

    /// `path:line:column: severity: summary [V029]`, the form editors and CI logs understand.
    public var headline: String {
        var location = file
        if let line {
            location += ":\(line)"
            location += ":\(column ?? 1)"
        }
        return "\(location): \(severity.rawValue): \(summary) [\(code.rawValue)]"
    }

    /// The headline followed by the hint on an indented line.
    public var formatted: String {
        guard let hint else { return headline }
        return headline + "\n    hint: " + hint
    }

    private enum CodingKeys: String, CodingKey {
        case severity, code, name, file, line, column, field, index, summary, hint
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code.rawValue, forKey: .code)
        try container.encode(code.name, forKey: .name)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encode(field, forKey: .field)
        try container.encodeIfPresent(index, forKey: .index)
        try container.encode(summary, forKey: .summary)
        try container.encodeIfPresent(hint, forKey: .hint)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        code = try container.decode(DiagnosticCode.self, forKey: .code)
        file = try container.decode(String.self, forKey: .file)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
        column = try container.decodeIfPresent(Int.self, forKey: .column)
        field = try container.decodeIfPresent(String.self, forKey: .field)
        index = try container.decodeIfPresent(Int.self, forKey: .index)
        summary = try container.decode(String.self, forKey: .summary)
        hint = try container.decodeIfPresent(String.self, forKey: .hint)
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
