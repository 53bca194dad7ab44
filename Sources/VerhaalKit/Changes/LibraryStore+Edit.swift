import Foundation

extension LibraryStore {
    /// Changes an entry's metadata. Only the touched front-matter lines are rewritten; the body
    /// keeps its bytes and unknown keys keep their values and order. Returns the edited entry.
    public func edit(id: String, _ changes: EntryChanges) throws -> Entry {
        let url = try fileURL(ofEntry: id)
        let path = relativePath(of: url)
        let library = load()
        let parser = EntryParser(framework: library.framework)
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8),
            let document = try? FrontMatterDocument(splitting: text),
            let current = parser.parse(text: text, path: path).entry
        else {
            throw VerhaalError(
                "\(path) has errors, so it cannot be edited safely",
                hint: "run 'verhaal check' and fix them first")
        }
        let framework = library.framework
        // Added values must be known; a removed one may be anything written there, so that an
        // unknown lesson can be taken out the way it was put in.
        let lessons = changes.addLessons.map { framework.lesson(matching: $0)?.id ?? $0 }
        let removedLessons = changes.removeLessons.map { framework.lesson(matching: $0)?.id ?? $0 }
        let perspectives = changes.addPerspectives.map { framework.perspective(matching: $0)?.id ?? $0 }
        let removedPerspectives = changes.removePerspectives.map { framework.perspective(matching: $0)?.id ?? $0 }

        // The lists as written, not as parsed: a value the parser refused (an unknown lesson)
        // is kept unless the edit removes it.
        let written = FrontMatterLists(yaml: document.yaml)
        var editor = FrontMatterEditor(yaml: document.yaml, lineEnding: document.lineEnding)
        func update(_ key: String, adding: [String], removing: [String]) throws {
            let old = written.values(of: key)
            let new = EntryChanges.apply(to: old, adding: adding, removing: removing)
            if new != old { try editor.set(key, list: new) }
        }
        try update(EntryFields.tags, adding: changes.addTags, removing: changes.removeTags)
        try update(EntryFields.lessons, adding: lessons, removing: removedLessons)
        try update(EntryFields.perspectives, adding: perspectives, removing: removedPerspectives)
        try update(EntryFields.organizations, adding: changes.addOrganizations, removing: changes.removeOrganizations)
        if let title = changes.title, title != current.title {
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw VerhaalError("the title cannot be empty")
            }
            try editor.set(EntryFields.title, text: title)
        }
        if let date = changes.date, date != current.date {
            try editor.set(EntryFields.date, text: date.description)
        }
        if !changes.setAnswers.isEmpty || !changes.clearAnswers.isEmpty {
            // The answers as written, kept in their order; only the asked ones change.
            var answers = written.answers
            answers.removeAll { changes.clearAnswers.contains($0.question) }
            for change in changes.setAnswers {
                if let index = answers.firstIndex(where: { $0.question == change.question }) {
                    answers[index] = change
                } else {
                    answers.append(change)
                }
            }
            try editor.set(EntryFields.answers, answers: answers)
        }
        if let share = changes.share, share != current.share {
            try editor.set(EntryFields.share, text: share.rawValue)
        }
        var edited = document
        edited.yaml = try editor.verified(against: document.yaml)
        let result = parser.parse(text: edited.text, path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let entry = result.entry else {
            throw VerhaalError(
                "the edit was not written: the entry would still have errors",
                hint: "fix or remove those values too, e.g. with --remove-lesson", diagnostics: errors)
        }
        if edited.yaml != document.yaml {
            try AtomicFile.write(Data(edited.text.utf8), to: url)
        }
        return entry
    }
}
