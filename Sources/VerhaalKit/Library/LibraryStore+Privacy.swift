import Foundation

extension LibraryStore {
    var withdrawnURL: URL { storiesURL.appendingPathComponent(Self.withdrawnFolder) }
    var personNamesURL: URL { storiesURL.appendingPathComponent(PersonNames.fileName) }

    /// The withdrawal records of `Stories/ingetrokken/`, by id, and the problems of those that
    /// cannot be read.
    func readTombstones() -> (tombstones: [String: Tombstone], diagnostics: [Diagnostic]) {
        let (files, unreadable) = readTextFiles(in: withdrawnURL, ending: ".yaml", notUTF8: Tombstone.notUTF8)
        var tombstones: [String: Tombstone] = [:]
        var diagnostics = unreadable
        for file in files {
            let (tombstone, problem) = Tombstone.parse(file.text, name: file.name, path: file.path)
            if let tombstone { tombstones[tombstone.id] = tombstone }
            if let problem { diagnostics.append(problem) }
        }
        return (tombstones, diagnostics)
    }

    /// A warning at every line of a round or session record that names a withdrawn story.
    func withdrawnWarnings(_ withdrawn: [String: Tombstone], sessions: [SessionRecord], rounds: [MSCRound]) -> [Diagnostic] {
        guard !withdrawn.isEmpty else { return [] }
        var warnings: [Diagnostic] = []
        let named =
            rounds.map { ($0.path, Set($0.candidates + $0.choices.compactMap(\.story))) }
            + sessions.map { ($0.path, Set($0.resonant.map(\.story))) }
        for (path, ids) in named {
            let gone = ids.compactMap { withdrawn[$0] }.sorted { $0.id < $1.id }
            guard !gone.isEmpty, let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { continue }
            let lines = FrontMatterDocument.lines(of: text)
            for tombstone in gone {
                let line = lines.firstIndex { $0.contains(tombstone.id) }.map { $0 + 1 }
                warnings.append(tombstone.warning(file: path, line: line))
            }
        }
        return warnings
    }

    /// `Stories/namen.yaml`, or no names when there is none.
    public func loadPersonNames() -> (PersonNames, [Diagnostic]) {
        let path = relativePath(of: personNamesURL)
        switch EntryFileReader.read(personNamesURL, path: path, root: root) {
        case .problem(let problem) where problem.code == .emptyFile:
            return (PersonNames(), [])
        case .problem(let problem):
            return FileManager.default.fileExists(atPath: personNamesURL.path) ? (PersonNames(), [problem]) : (PersonNames(), [])
        case .data(let data):
            guard let text = String(data: data, encoding: .utf8) else { return (PersonNames(), [PersonNames.notUTF8(path)]) }
            return PersonNames.parse(text, path: path)
        }
    }
}
