import Foundation

extension LibraryStore {
    /// A draft judged as `check` would judge the file it would become: its text, the parse of
    /// that text, and every error (the visit by `VisitRule`, the parser's errors, the pictures).
    struct DraftJudgement {
        var text: String?
        var parsed: ParsedEntryFile?
        var problems: [Diagnostic]
    }

    /// The errors a draft would have as a file, without writing anything. Each diagnostic
    /// carries its code and field, so a form shows it next to its input.
    public func problems(with draft: EntryDraft, for readership: Readership = .wholeLibrary) -> [Diagnostic] {
        judge(
            draft, path: "\(Self.storiesFolder)/\(draft.kind.folder)/\(draft.preferredID).md", framework: loadSettings().0.framework,
            readership: readership
        ).problems
    }

    /// Parses the draft once and checks it once: what `problems(with:)` and `submit` share.
    func judge(
        _ draft: EntryDraft, path: String, framework: Framework, readership: Readership, pending: [String: Entry] = [:]
    ) -> DraftJudgement {
        let text: String
        do {
            text = try draft.fileText()
        } catch {
            let visit = visitProblem(of: draft.visit, framework: framework, readership: readership, path: path, pending: pending)
            return DraftJudgement(
                text: nil, parsed: nil,
                problems: [visit].compactMap { $0 } + [
                    Diagnostic(
                        .error, code: .unwritableValue, file: path, summary: "a value cannot be written as YAML: \(error)",
                        hint: "leave out unusual characters")
                ])
        }
        return judge(text: text, visit: draft.visit, path: path, framework: framework, readership: readership, pending: pending)
    }

    /// A whole entry file judged as `check` judges it: the visit (`VisitRule`; `visit`, or the
    /// one the text names), the parser's errors and the pictures, the text parsed once. What a
    /// new story and an edit share.
    func judge(
        text: String, visit: String? = nil, path: String, framework: Framework, readership: Readership, pending: [String: Entry] = [:]
    ) -> DraftJudgement {
        let parsed = EntryParser(framework: framework).parse(text: text, path: path)
        var problems: [Diagnostic] = []
        if let visit = visitProblem(
            of: visit ?? parsed.entry?.visit, framework: framework, readership: readership, path: path, pending: pending)
        {
            problems.append(visit)
        }
        // Every check `check` makes on one entry, its pictures included, so that nothing the
        // form accepts makes `check` or an export refuse the library.
        let body = parsed.entry?.body ?? (try? FrontMatterDocument(splitting: text))?.body ?? ""
        let pictures = StoryImages.diagnostics(path: path, body: body, root: root)
        return DraftJudgement(
            text: text, parsed: parsed, problems: problems + (parsed.diagnostics + pictures).filter { $0.severity == .error })
    }
}
