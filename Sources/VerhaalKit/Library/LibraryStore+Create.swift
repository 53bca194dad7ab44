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

    /// Writes a new entry and returns it. Never overwrites: when the id is taken, `-2`, `-3`, …
    /// is appended, unless the caller asked for that exact id, which is then an error.
    ///
    /// An id is unique in the whole library, across folders, also when many processes add at
    /// once: choosing the id and creating the file happen under a lock on `Stories/`.
    /// For a member of the web collector (`readership`), an entry they may not read behaves as
    /// a missing one: it is no visit, and the id gets a short random ending instead of a number,
    /// so that it never shows that someone else's private entry has that title.
    /// Reads only the settings and, for a visit, that one entry: adding stays fast in a large
    /// library.
    public func add(
        _ draft: EntryDraft, id requestedID: String? = nil,
        for readership: Readership = .wholeLibrary
    ) throws -> Entry {
        let (settings, _) = loadSettings()
        if let requestedID, let problem = EntryID.problem(with: requestedID) {
            throw VerhaalError(
                "invalid id '\(requestedID)': \(problem)",
                hint: "leave out --id to make one from the title, or use e.g. '\(EntryID.slug(from: requestedID))'")
        }
        let draftPath = "\(Self.storiesFolder)/\(draft.kind.folder)/\(requestedID ?? draft.preferredID).md"
        if let problem = visitProblem(of: draft, framework: settings.framework, readership: readership, path: draftPath) {
            throw VerhaalError(problem.summary, hint: problem.hint)
        }
        let text = try draft.fileText()
        let folder = storiesURL.appendingPathComponent(draft.kind.folder)
        let parser = EntryParser(framework: settings.framework)
        let probe = parser.parse(text: text, path: "\(Self.storiesFolder)/\(draft.kind.folder)/\(requestedID ?? draft.preferredID).md")
        let errors = probe.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, probe.entry != nil else {
            throw VerhaalError("the entry was not written", hint: nil, diagnostics: errors)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw VerhaalError("could not create \(folder.path)", hint: "check that you may write there")
        }
        let base = requestedID ?? draft.preferredID
        let url: URL? = try FileLock.withExclusiveLock(on: storiesURL) {
            let takenIDs = Set(existingIDs())
            for attempt in 1...10_000 {
                let id: String
                switch (readership, requestedID) {
                case (.member, nil): id = base + "-" + EntryID.randomSuffix()
                default: id = attempt == 1 ? base : "\(base)-\(attempt)"
                }
                if takenIDs.contains(id) {
                    if requestedID != nil { return nil }
                    continue
                }
                let url = folder.appendingPathComponent("\(id).md")
                if try AtomicFile.createExclusively(Data(text.utf8), at: url) { return url }
                if requestedID != nil { return nil }
            }
            return nil
        }
        guard let url else {
            throw VerhaalError(
                "an entry with id '\(base)' already exists",
                hint: "choose another --id; existing entries are never overwritten")
        }
        let path = relativePath(of: url)
        guard let entry = parser.parse(text: text, path: path).entry else {
            throw VerhaalError("the new entry \(path) could not be read back")
        }
        return entry
    }

    /// The problem with the draft's visit, if any (`VisitRule`); another member's private entry
    /// is reported exactly as a missing one.
    func visitProblem(of draft: EntryDraft, framework: Framework, readership: Readership, path: String) -> Diagnostic? {
        guard let visit = draft.visit else { return nil }
        func target() -> VisitRule.Target {
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

    /// The ids of every `.md` file under `Stories/`, read from file names only.
    func existingIDs() -> [String] {
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
