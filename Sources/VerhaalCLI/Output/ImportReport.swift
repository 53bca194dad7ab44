import VerhaalKit

/// What an import did or would do, told per row or heading of the source file.
enum ImportReport {
    static let warningsShown = 3

    static func print(_ plan: ImportPlan, file: String, written: Bool) {
        var withoutLesson: [String] = []
        var shown: [DiagnosticCode: Int] = [:]
        for write in plan.writes {
            Swift.print("\(written ? "added" : "would add") \(write.id)  (\(write.origin))")
            for warning in write.warnings {
                if warning.code == .noLesson {
                    withoutLesson.append(write.id)
                    continue
                }
                shown[warning.code, default: 0] += 1
                // A few of each kind, then a count: a file of 10,000 rows is not 10,000 warnings.
                guard shown[warning.code, default: 0] <= Self.warningsShown else { continue }
                StandardError.print(
                    "warning: \(write.origin): \(warning.summary) [\(warning.code.rawValue)]"
                        + (warning.hint.map { "\n    hint: \($0)" } ?? ""))
            }
        }
        for (code, count) in shown.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where count > Self.warningsShown {
            StandardError.print("warning: \(count - Self.warningsShown) more like these [\(code.rawValue)]; 'verhaal check' lists them all")
        }
        for skipped in plan.skipped {
            Swift.print("already in the library: \(skipped.id)  (\(skipped.origin))")
        }
        if !withoutLesson.isEmpty {
            StandardError.print(
                "warning: \(Plural.count(withoutLesson.count, "story has", "stories have")) no lesson yet [V037]\n"
                    + "    hint: the teller adds them, e.g. 'verhaal edit \(withoutLesson[0]) --add-lesson 3'")
        }
        let count = Plural.count(plan.writes.count, "story", "stories")
        Swift.print(written ? "\(file): \(count) added" : "\(file): \(count) to add; nothing written (--dry-run)")
    }

    /// `row 4, column 'Datum': date '2019-13-01' is not a valid date [V005]` and its hint.
    /// Every problem, the reader's and the plan's, in the order of the file's rows.
    static func problems(_ rowProblems: [Diagnostic], _ plan: ImportPlan, columns: [String: String]?) -> [String] {
        let fromRows = rowProblems.map { ($0.line ?? 0, describe($0, origin: nil, columns: [:])) }
        let fromPlan = plan.problems.flatMap { item in
            item.diagnostics.map { (Int(item.origin.dropFirst("row ".count)) ?? 0, describe($0, origin: item.origin, columns: columns)) }
        }
        return (fromRows + fromPlan).enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// For a CSV (`columns` names each field's column; a field without one still is a column
    /// to add), the problem's row and column; for a report, its heading and field.
    static func describe(_ diagnostic: Diagnostic, origin: String?, columns: [String: String]?) -> String {
        var place = origin ?? diagnostic.line.map { "row \($0)" } ?? ""
        if let field = diagnostic.field {
            let name = columns.map { "column '\($0[field] ?? field)'" } ?? field
            place += (place.isEmpty ? "" : ", ") + name
        }
        var text = "  \(place): \(diagnostic.summary) [\(diagnostic.code.rawValue)]"
        if let hint = diagnostic.hint { text += "\n    hint: " + hint }
        return text
    }
}
