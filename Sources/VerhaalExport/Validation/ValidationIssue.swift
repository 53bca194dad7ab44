/// One problem libxml2 found while reading or validating a document.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the document; 0 when libxml2 gave none.
    public var line: Int
    public var message: String

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
