import Foundation

extension LibraryStore {
    /// Makes a new library: `Stories/` with its folders, `Exports/` and a `verhaal.yaml`.
    /// Existing files are left alone.
    public static func create(at root: URL, language: String) throws -> LibraryStore {
        let store = LibraryStore(root: root)
        let manager = FileManager.default
        do {
            for folder in EntryKind.allCases.map(\.folder) + [compositionsFolder] {
                try manager.createDirectory(
                    at: store.storiesURL.appendingPathComponent(folder),
                    withIntermediateDirectories: true)
            }
            try manager.createDirectory(
                at: root.appendingPathComponent(exportsFolder), withIntermediateDirectories: true)
        } catch {
            throw VerhaalError(
                "could not create the library in \(root.path): \(error.localizedDescription)",
                hint: "check that you may write there")
        }
        if !manager.fileExists(atPath: store.settingsURL.path) {
            let settings = """
                # Verhaal library settings.
                # language: nl (Dutch documents, the default) or en (English headings).
                language: \(language)
                # The framework is the essay's five lessons and three perspectives unless you
                # define your own here; see README.md ("verhaal.yaml").

                """
            try AtomicFile.write(Data(settings.utf8), to: store.settingsURL)
        }
        return store
    }

    /// Writes a new entry and returns it, as `submit` does, with its refusal as a `VerhaalError`.
    public func add(
        _ draft: EntryDraft, id requestedID: String? = nil,
        for readership: Readership = .wholeLibrary
    ) throws -> Entry {
        switch submit(draft, id: requestedID, for: readership) {
        case .success(let submitted): return submitted.entry
        case .failure(.problems(let problems)):
            throw VerhaalError("the entry was not written", hint: problems.first?.hint, diagnostics: problems)
        case .failure(.notWritten(let error)): throw error
        }
    }

    /// The problem with the draft's visit, if any (`VisitRule`); another member's private entry
    /// is reported exactly as a missing one.
    func visitProblem(
        of visit: String?, framework: Framework, readership: Readership, path: String, pending: [String: Entry] = [:]
    ) -> Diagnostic? {
        guard let visit else { return nil }
        func target() -> VisitRule.Target {
            if let entry = pending[visit] { return .entry(entry) }
            guard EntryID.isValid(visit), let url = try? fileURL(ofEntry: visit) else { return .missing }
            let targetPath = relativePath(of: url)
            guard case .data(let data) = EntryFileReader.read(url, path: targetPath, root: root) else {
                return readership == .wholeLibrary ? .broken(path: targetPath) : .missing
            }
            let parsed = EntryParser(framework: framework).parse(data: data, path: targetPath)
            guard let entry = parsed.entry, readership.mayRead(entry) else { return .missing }
            return parsed.diagnostics.containsErrors ? .broken(path: targetPath) : .entry(entry)
        }
        return VisitRule.problem(visit: visit, target: target(), file: path, line: nil)
    }

    /// The ids of every `.md` file under `Stories/`, read from file names only, and of every
    /// withdrawn story: an id is never given out twice.
    func existingIDs() -> [String] {
        let withdrawn = ((try? FileManager.default.contentsOfDirectory(atPath: withdrawnURL.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        return withdrawn + entryFileIDs()
    }

    private func entryFileIDs() -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: storiesURL, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return [] }
        return enumerator.compactMap { item in
            guard let url = item as? URL, url.pathExtension == "md" else { return nil }
            return url.deletingPathExtension().lastPathComponent
        }
    }

    /// The file of the entry with this id; an error when there is none or more than one.
    func fileURL(ofEntry id: String) throws -> URL {
        guard EntryID.isValid(id) else {
            throw VerhaalError("'\(id)' is not a valid id", hint: "ids look like 'zes-indicatoren'; see 'verhaal list'")
        }
        guard
            let enumerator = FileManager.default.enumerator(
                at: storiesURL, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { throw VerhaalError("no entry '\(id)'", hint: "see 'verhaal list' for the ids") }
        let matches = enumerator.compactMap { item -> URL? in
            guard let url = item as? URL, url.lastPathComponent == "\(id).md" else { return nil }
            return url
        }
        guard let url = matches.first else {
            throw VerhaalError("no entry '\(id)'", hint: "see 'verhaal list' for the ids")
        }
        guard matches.count == 1 else {
            throw VerhaalError(
                "the id '\(id)' is used by \(matches.count) files",
                hint: "run 'verhaal check' and rename one of them")
        }
        return url
    }
}
