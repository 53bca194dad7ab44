import Foundation

extension LibraryStore {
    /// The errors a draft would have as a file, without writing anything: the file it would
    /// become is judged by the parser `check` uses, and its visit by `VisitRule`. Each
    /// diagnostic carries its code and field, so a form shows it next to its input.
    public func problems(with draft: EntryDraft, for readership: Readership = .wholeLibrary) -> [Diagnostic] {
        let (settings, _) = loadSettings()
        let path = "\(Self.storiesFolder)/\(draft.kind.folder)/\(draft.preferredID).md"
        var problems: [Diagnostic] = []
        if let visit = visitProblem(of: draft, framework: settings.framework, readership: readership, path: path) {
            problems.append(visit)
        }
        let text: String
        do {
            text = try draft.fileText()
        } catch {
            return problems + [
                Diagnostic(
                    .error, code: .unwritableValue, file: path, summary: "a value cannot be written as YAML: \(error)",
                    hint: "leave out unusual characters")
            ]
        }
        let parsed = EntryParser(framework: settings.framework).parse(text: text, path: path)
        // Every check `check` makes on one entry, its pictures included, so that nothing the
        // form accepts makes `check` or an export refuse the library.
        let pictures = StoryImages.diagnostics(path: path, body: parsed.entry?.body ?? draft.body, root: root)
        return problems + (parsed.diagnostics + pictures).filter { $0.severity == .error }
    }
}
