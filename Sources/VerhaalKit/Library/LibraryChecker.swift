/// Checks that need more than one entry: duplicate ids and `visit` references.
public enum LibraryChecker {
    /// Diagnostics for the parsed files, given in file order.
    public static func crossCheck(_ parsed: [Entry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstPath: [String: String] = [:]
        var byID: [String: Entry] = [:]
        for entry in parsed {
            if let other = firstPath[entry.id] {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .duplicateID, file: entry.path,
                        summary: "duplicate id '\(entry.id)': \(other) has the same file name",
                        hint: "ids are file names and must be unique in the whole library; rename one of the two files"))
            } else {
                firstPath[entry.id] = entry.path
                byID[entry.id] = entry
            }
        }
        for entry in parsed {
            guard let visit = entry.visit else { continue }
            let target: VisitRule.Target = byID[visit].map { .entry($0) } ?? .missing
            if let problem = VisitRule.problem(visit: visit, target: target, file: entry.path, line: entry.visitLine) {
                diagnostics.append(problem)
            }
        }
        return diagnostics
    }
}
