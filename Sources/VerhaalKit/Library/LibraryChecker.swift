/// Checks that need more than one entry: duplicate ids and `visit` references.
enum LibraryChecker {
    /// Diagnostics for the parsed files, given in file order.
    static func crossCheck(_ parsed: [Entry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstPath: [String: String] = [:]
        var byID: [String: Entry] = [:]
        for entry in parsed {
            if let other = firstPath[entry.id] {
                diagnostics.append(Diagnostic(
                    .error, file: entry.path,
                    summary: "duplicate id '\(entry.id)': \(other) has the same file name",
                    hint: "ids are file names and must be unique in the whole library; rename one of the two files"))
            } else {
                firstPath[entry.id] = entry.path
                byID[entry.id] = entry
            }
        }
        for entry in parsed {
            guard let visit = entry.visit else { continue }
            let line = entry.visitLine
            guard let target = byID[visit] else {
                diagnostics.append(Diagnostic(
                    .error, file: entry.path, line: line, column: 1,
                    summary: "visit '\(visit)' is not an entry in this library",
                    hint: "give the id of a travel-log entry (see 'verhaal list --kind travel-log') or remove the line"))
                continue
            }
            if target.kind != .travelLog {
                diagnostics.append(Diagnostic(
                    .error, file: entry.path, line: line, column: 1,
                    summary: "visit '\(visit)' is \(target.kind.withArticle), not a travel-log entry",
                    hint: "a visit names the travel-log entry the story was heard at"))
            }
        }
        return diagnostics
    }
}
