/// One problem found in a library: where it is, what is wrong, and how to fix it.
///
/// `verhaal check` prints each as `path:line:column: error|warning: summary`, followed by the hint.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// How serious a problem is: errors make commands fail, warnings do not.
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    /// Path of the file, relative to the library root where possible.
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column, when the problem has one.
    public var column: Int?
    /// What is wrong, in one line.
    public var summary: String
    /// How to fix it.
    public var hint: String?

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
        summary: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.summary = summary
        self.hint = hint
    }

    /// `path:line:column: severity: summary`, the form editors and CI logs understand.
    public var headline: String {
        var location = file
        if let line {
            location += ":\(line)"
            location += ":\(column ?? 1)"
        }
        return "\(location): \(severity.rawValue): \(summary)"
    }

    /// The headline followed by the hint on an indented line.
    public var formatted: String {
        guard let hint else { return headline }
        return headline + "\n    hint: " + hint
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
