import Foundation

/// A problem with a draft entry, tied to the field it is about, for forms that show each
/// problem next to its input.
public struct DraftProblem: Sendable, Equatable {
    /// The front-matter key (`title`, `lessons`, …), `text` for the story itself, or nil when
    /// the problem is about the entry as a whole.
    public var field: String?
    public var diagnostic: Diagnostic

    public init(field: String?, diagnostic: Diagnostic) {
        self.field = field
        self.diagnostic = diagnostic
    }

    /// The field name used for the story's text.
    public static let textField = "text"
}

extension LibraryStore {
    /// Checks a draft as `add` and `check` would, without writing anything: the file it would
    /// become is parsed by the same parser, and a visit must name a travel-log entry.
    public func problems(with draft: EntryDraft, for readership: Readership = .wholeLibrary) -> [DraftProblem] {
        let (settings, _) = loadSettings()
        var problems: [DraftProblem] = []
        let path = "\(Self.storiesFolder)/\(draft.kind.folder)/\(draft.preferredID).md"
        do {
            try checkReferences(of: draft, framework: settings.framework, readership: readership)
        } catch let error as VerhaalError {
            problems.append(DraftProblem(field: EntryFields.visit, diagnostic: Diagnostic(
                .error, file: path, summary: error.message, hint: error.hint)))
        } catch {
            problems.append(DraftProblem(field: EntryFields.visit, diagnostic: Diagnostic(.error, file: path, summary: "\(error)")))
        }
        let text: String
        do {
            text = try draft.fileText()
        } catch {
            return problems + [DraftProblem(field: nil, diagnostic: Diagnostic(.error, file: path, summary: "\(error)"))]
        }
        if let tooLarge = ReadingLimits.sizeProblem(bytes: text.utf8.count) {
            return problems + [DraftProblem(field: DraftProblem.textField, diagnostic: Diagnostic(
                .error, file: path, summary: tooLarge.summary, hint: tooLarge.hint))]
        }
        let lines = FrontMatterDocument.lines(of: text)
        // The 1-based line of the closing '---': the text starts after it.
        let closingLine = (lines.indices.dropFirst().first { lines[$0].hasPrefix("---") } ?? lines.count) + 1
        let parsed = EntryParser(framework: settings.framework).parse(text: text, path: path)
        for diagnostic in parsed.diagnostics where diagnostic.severity == .error {
            problems.append(DraftProblem(field: Self.field(atLine: diagnostic.line, of: lines, closingLine: closingLine),
                                         diagnostic: diagnostic))
        }
        return problems
    }

    /// The front-matter key written on a 1-based line, or the text field for a body line.
    private static func field(atLine line: Int?, of lines: [String], closingLine: Int) -> String? {
        guard let line, line >= 2, line <= lines.count else { return nil }
        if line > closingLine { return DraftProblem.textField }
        guard let colon = lines[line - 1].firstIndex(of: ":") else { return nil }
        let key = String(lines[line - 1][..<colon])
        return EntryFields.all.contains(key) ? key : nil
    }
}
