import Foundation

extension LibraryStore {
    /// What importing `items` would do, without writing: each item judged as `add` judges a
    /// draft (a visit may be a travel-log entry of the same import), or recognised by its
    /// content as a story the library has already.
    public func planImport(_ items: [ImportItem]) -> ImportPlan {
        plan(items)
    }

    /// Writes every new story of the import, or none: when any item has a problem, nothing is
    /// written and the plan says why. A second run of the same file writes nothing, since its
    /// stories are recognised by their content. Returns the plan it carried out.
    public func importEntries(_ items: [ImportItem]) throws -> ImportPlan {
        try FileManager.default.createDirectory(at: storiesURL, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(on: storiesURL) {
            let plan = plan(items)
            guard plan.problems.isEmpty else { return plan }
            var written: [URL] = []
            do {
                for write in plan.writes {
                    let url = root.appendingPathComponent(write.path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    guard try AtomicFile.createExclusively(Data(write.text.utf8), at: url) else {
                        throw VerhaalError("\(write.path) appeared during the import", hint: "run the import again")
                    }
                    written.append(url)
                }
            } catch {
                for url in written { try? FileManager.default.removeItem(at: url) }
                if let error = error as? VerhaalError { throw error }
                throw VerhaalError("the import was not written: \(error)", hint: "check that you may write in \(storiesURL.path)")
            }
            return plan
        }
    }

    private func plan(_ items: [ImportItem]) -> ImportPlan {
        let framework = loadSettings().0.framework
        var known: [String: String] = [:]
        for entry in load().entries {
            let key = ImportItem.fingerprint(
                kind: entry.kind, title: entry.title, date: entry.date.description, teller: entry.teller, body: entry.body)
            known[key] = known[key] ?? entry.id
        }
        var taken = Set(existingIDs())
        var pending: [String: Entry] = [:]
        var plannedIDs: [Int: String] = [:]
        var steps: [Int: ImportPlan.Step] = [:]
        // Travel-log entries first, so that a story may name a visit from a later row.
        let order =
            items.indices.filter { items[$0].draft.kind == .travelLog } + items.indices.filter { items[$0].draft.kind != .travelLog }
        for index in order {
            let item = items[index]
            var draft = item.draft
            if let visitItem = item.visitItem, let visit = plannedIDs[visitItem] { draft.visit = visit }
            if let id = known[
                ImportItem.fingerprint(kind: draft.kind, title: draft.title, date: draft.dateText, teller: draft.teller, body: draft.body)]
            {
                plannedIDs[index] = id
                steps[index] = .init(origin: item.origin, outcome: .alreadyThere(id: id))
                continue
            }
            let base = item.id ?? draft.preferredID
            var id = base
            if let requested = item.id,
                let problem = EntryID.problem(with: requested) ?? (taken.contains(requested) ? "another story has it, or had it" : nil)
            {
                let path = "\(Self.storiesFolder)/\(draft.kind.folder)/\(requested).md"
                let diagnostic = Diagnostic(
                    .error, code: .importIDTaken, file: path, field: "id", summary: "the id '\(requested)' cannot be used: \(problem)",
                    hint: "clear the id cell to have one made from the title")
                steps[index] = .init(origin: item.origin, outcome: .problems([diagnostic]))
                continue
            }
            var attempt = 1
            while taken.contains(id) {
                attempt += 1
                id = "\(base)-\(attempt)"
            }
            let path = "\(Self.storiesFolder)/\(draft.kind.folder)/\(id).md"
            let judged = judge(draft, path: path, framework: framework, readership: .wholeLibrary, pending: pending)
            guard judged.problems.isEmpty, let text = judged.text, let entry = judged.parsed?.entry else {
                steps[index] = .init(origin: item.origin, outcome: .problems(judged.problems))
                continue
            }
            taken.insert(id)
            plannedIDs[index] = id
            pending[id] = entry.stored(as: id, path: path)
            known[item.fingerprint] = id
            let warnings = (judged.parsed?.diagnostics ?? []).filter { $0.severity == .warning }
            steps[index] = .init(origin: item.origin, outcome: .write(id: id, path: path, text: text, warnings: warnings))
        }
        return ImportPlan(steps: items.indices.compactMap { steps[$0] })
    }
}
