import Foundation

extension LibraryStore {
    /// Changes an entry. Only the touched front-matter lines are rewritten (and the body, when
    /// the text changes); unknown keys keep their values and order. The file is read, judged as
    /// `check` judges it (the visit too) and written under the lock on `Stories/`, so an edit
    /// never replaces a valid file with an invalid one. A member (`readership`) may change only
    /// a story they told; another one is told as missing. Returns the edited entry.
    public func edit(id: String, _ changes: EntryChanges, for readership: Readership = .wholeLibrary) throws -> Entry {
        try FileLock.withExclusiveLock(on: storiesURL) {
            let (url, document, current, framework) = try readForChange(id: id, readership: readership)
            var edited = document
            edited.yaml = try editedYAML(document, current: current, changes: changes, framework: framework)
            if let text = changes.text {
                let trimmed = text.trimmingCharacters(in: .newlines)
                edited.body = trimmed.isEmpty ? "" : document.lineEnding + trimmed + document.lineEnding
            }
            return try write(edited.text, replacing: document.text, at: url, framework: framework, readership: readership)
        }
    }

    /// Replaces an entry's whole file with `text` (what `edit ID` without options saves from the
    /// editor), if the file is still `original` and the new text passes every check.
    public func replaceEntryFile(id: String, with text: String, original: String, for readership: Readership = .wholeLibrary) throws
        -> Entry
    {
        try FileLock.withExclusiveLock(on: storiesURL) {
            let (url, document, _, framework) = try readForChange(id: id, readership: readership)
            guard document.text == original else {
                throw VerhaalError(
                    "\(relativePath(of: url)) changed while you were editing it; your version was not written",
                    hint: "run 'verhaal edit \(id)' again")
            }
            return try write(text, replacing: original, at: url, framework: framework, readership: readership)
        }
    }

    /// The whole text of an entry's file, for the editor.
    public func entryFileText(id: String) throws -> String {
        let url = try fileURL(ofEntry: id)
        guard case .data(let data) = EntryFileReader.read(url, path: relativePath(of: url), root: root),
            let text = String(data: data, encoding: .utf8)
        else { throw VerhaalError("\(relativePath(of: url)) cannot be read as text", hint: "run 'verhaal check'") }
        return text
    }

    /// The entry's file, split, its entry and the framework it was read with; an error when it
    /// cannot be changed safely.
    func readForChange(id: String, readership: Readership) throws -> (URL, FrontMatterDocument, Entry, Framework) {
        let url = try fileURL(ofEntry: id)
        let path = relativePath(of: url)
        let framework = loadSettings().0.framework
        guard case .data(let data) = EntryFileReader.read(url, path: path, root: root),
            let text = String(data: data, encoding: .utf8),
            let document = try? FrontMatterDocument(splitting: text),
            let current = EntryParser(framework: framework).parse(text: text, path: path).entry
        else {
            throw VerhaalError("\(path) has errors, so it cannot be edited safely", hint: "run 'verhaal check' and fix them first")
        }
        if case .member(let name) = readership, current.teller.caseInsensitiveCompare(name) != .orderedSame {
            throw VerhaalError("no entry '\(id)'", hint: "see 'verhaal list' for the ids")
        }
        return (url, document, current, framework)
    }

    /// Writes `text` over the file when it passes every check `check` makes on one entry.
    private func write(
        _ text: String, replacing original: String, at url: URL, framework: Framework, readership: Readership
    ) throws -> Entry {
        let judged = judge(text: text, path: relativePath(of: url), framework: framework, readership: readership)
        guard judged.problems.isEmpty, let entry = judged.parsed?.entry else {
            throw VerhaalError(
                "the edit was not written: the entry would have errors", hint: judged.problems.first?.hint ?? "fix them and try again",
                diagnostics: judged.problems)
        }
        if text != original { try AtomicFile.write(Data(text.utf8), to: url) }
        return entry
    }

    private func editedYAML(
        _ document: FrontMatterDocument, current: Entry, changes: EntryChanges, framework: Framework
    ) throws -> String {
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
        try update(EntryFields.people, adding: changes.addPeople, removing: changes.removePeople)
        if let title = changes.title, title != current.title {
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw VerhaalError("the title cannot be empty") }
            try editor.set(EntryFields.title, text: title)
        }
        if let teller = changes.teller, teller != current.teller {
            guard !teller.trimmingCharacters(in: .whitespaces).isEmpty else { throw VerhaalError("the teller cannot be empty") }
            try editor.set(EntryFields.teller, text: teller)
        }
        for (key, value, old) in [
            (EntryFields.place, changes.place, current.place), (EntryFields.visit, changes.visit, current.visit),
            (EntryFields.speaker, changes.speaker, current.speaker), (EntryFields.role, changes.role, current.role),
            (EntryFields.source, changes.source, current.source),
        ] {
            guard let value, value != (old ?? "") else { continue }
            if value.trimmingCharacters(in: .whitespaces).isEmpty { editor.remove(key) } else { try editor.set(key, text: value) }
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
        if !changes.setConsent.isEmpty {
            try editor.set(EntryFields.consent, consent: current.consent.merging(changes.setConsent) { _, new in new })
        }
        if let share = changes.share, share != current.share {
            try editor.set(EntryFields.share, text: share.rawValue)
        }
        return try editor.verified(against: document.yaml)
    }
}
