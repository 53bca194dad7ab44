/// The rule for `visit`: it names a travel-log entry of this library that has no errors (and,
/// for a member of the web collector, one they may read). `check` and `add` both ask it.
enum VisitRule {
    /// What `target` is, as far as the rule is concerned.
    enum Target {
        /// No entry with that id (or none the reader may see).
        case missing
        /// An entry with that id that has errors, or cannot be read.
        case broken(path: String)
        case entry(Entry)
    }

    static func problem(visit: String, target: Target, file: String, line: Int?) -> Diagnostic? {
        let hint = "give the id of a travel-log entry (see 'verhaal list --kind travel-log') or remove the line"
        switch target {
        case .missing:
            return Diagnostic(
                .error, code: .unknownVisit, file: file, line: line, column: line == nil ? nil : 1,
                field: EntryFields.visit, summary: "visit '\(visit)' is not an entry in this library", hint: hint)
        case .broken(let path):
            return Diagnostic(
                .error, code: .visitHasErrors, file: file, line: line, column: line == nil ? nil : 1,
                field: EntryFields.visit, summary: "visit '\(visit)' has errors",
                hint: "run 'verhaal check' and fix \(path) first")
        case .entry(let entry) where entry.kind != .travelLog:
            return Diagnostic(
                .error, code: .visitNotTravelLog, file: file, line: line, column: line == nil ? nil : 1,
                field: EntryFields.visit,
                summary: "visit '\(visit)' is \(entry.kind.withArticle), not a travel-log entry",
                hint: "a visit names the travel-log entry the story was heard at")
        case .entry:
            return nil
        }
    }
}
