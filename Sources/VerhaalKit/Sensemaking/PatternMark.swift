/// How remarkable a coordinator found a pattern, kept per pattern id in
/// `Stories/duiding/markeringen.yaml`. Only `yes` goes into a board document.
public enum PatternMark: String, Sendable, Codable, CaseIterable {
    case yes, maybe, no, redundant

    /// Reads a mark as written; YAML 1.1 readers take an unquoted `yes`/`no` for a boolean, so
    /// those count too.
    public init?(written: String) {
        switch written.lowercased() {
        case "yes", "true", "ja": self = .yes
        case "maybe", "misschien": self = .maybe
        case "no", "false", "nee": self = .no
        case "redundant", "dubbel": self = .redundant
        default: return nil
        }
    }
}
