/// An error a command reports to the user: what went wrong and what to do about it.
public struct VerhaalError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    /// Diagnostics behind the error, printed one per line.
    public var diagnostics: [Diagnostic]

    public init(_ message: String, hint: String? = nil, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.hint = hint
        self.diagnostics = diagnostics
    }

    public var description: String {
        var lines = [message]
        lines += diagnostics.map(\.formatted)
        if let hint { lines.append("hint: " + hint) }
        return lines.joined(separator: "\n")
    }
}
