import VerhaalKit

/// The library's diagnostics about a draft, told in terms of `add`'s options: `--lesson
/// samenwerken: unknown lesson 'samenwerken' [V029]` instead of a line in a file that was
/// never written.
enum OptionDiagnostics {
    static let options: [String: String] = [
        EntryFields.title: "--title", EntryFields.date: "--date", EntryFields.teller: "--teller",
        EntryFields.visit: "--visit", EntryFields.place: "--place", EntryFields.organizations: "--organization",
        EntryFields.lessons: "--lesson", EntryFields.perspectives: "--perspective", EntryFields.tags: "--tag",
        EntryFields.share: "--share", EntryFields.speaker: "--speaker", EntryFields.role: "--role",
        EntryFields.source: "--source", Diagnostic.textField: "the text",
    ]

    /// Hints in the command's own words where the file's would say YAML.
    static let hints: [DiagnosticCode: String] = [
        .noLesson: "pass --lesson, e.g. --lesson 1 or --lesson resultaat ('verhaal lessons' lists them), so it can be composed",
        .noText: "pass --text \"…\", --file PATH, or the story on standard input",
    ]

    static func describe(_ diagnostic: Diagnostic) -> String {
        let answer = diagnostic.field.flatMap { $0.hasPrefix(EntryFields.answers + ".") ? "--answer" : nil }
        let place = (diagnostic.field.flatMap { options[$0] } ?? answer).map { $0 + ": " } ?? ""
        var text = "\(diagnostic.severity.rawValue): \(place)\(diagnostic.summary) [\(diagnostic.code.rawValue)]"
        if let hint = hints[diagnostic.code] ?? diagnostic.hint { text += "\n    hint: " + hint }
        return text
    }

    /// An error naming every problem, for a draft that is not written.
    static func error(_ diagnostics: [Diagnostic]) -> VerhaalError {
        VerhaalError("the entry was not written:\n" + diagnostics.map(describe).joined(separator: "\n"))
    }
}
