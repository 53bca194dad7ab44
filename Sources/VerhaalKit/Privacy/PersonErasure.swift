import Foundation

/// What `privacy NAME --erase` changed: the stories the person told, withdrawn; every other
/// file where the name stood, rewritten with the pseudonym; and the exports that still hold it.
public struct PersonErasure: Sendable, Equatable, Encodable {
    public var withdrawn: [String] = []
    public var rewritten: [String] = []
    public var pseudonym: String
    public var exportsStillHoldingTheName: [String] = []
}

extension LibraryStore {
    /// Erases a person from the library (AVG art. 17): withdraws every story they told, then,
    /// under the lock on `Stories/`, replaces their name in every other file (`NameReplacer`,
    /// every form) with `pseudonym`, their words in `Stories/namen.yaml`, or "een netwerklid",
    /// and takes them out of the name list. A file that would no longer read is left as it was
    /// and named in the error.
    public func erasePerson(_ name: String, pseudonym: String? = nil, by: String, on date: LocalDate = .today()) throws -> PersonErasure {
        let library = load()
        let words = pseudonym ?? library.personNames.pseudonym(of: name) ?? "een netwerklid"
        var erasure = PersonErasure(pseudonym: words)
        for entry in library.entries where entry.teller.caseInsensitiveCompare(name) == .orderedSame {
            _ = try withdraw(id: entry.id, by: by, reason: "AVG art. 17: verzoek van de verteller", on: date)
            erasure.withdrawn.append(entry.id)
        }
        let replacer = NameReplacer([(name, words)])
        erasure.rewritten = try FileLock.withExclusiveLock(on: storiesURL) {
            var rewritten: [String] = []
            for url in textFiles(under: storiesURL, endings: [".md", ".yaml"]) {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let changed =
                    url.standardizedFileURL == personNamesURL.standardizedFileURL
                    ? Self.removingLines(of: name, from: text) : replacer.apply(text)
                guard changed != text else { continue }
                try AtomicFile.write(Data(changed.utf8), to: url)
                rewritten.append(relativePath(of: url))
            }
            return rewritten
        }
        erasure.exportsStillHoldingTheName = Array(Set(findPerson(name).filter { $0.kind == "export" }.map(\.file))).sorted()
        return erasure
    }

    /// The name list without the person's own line.
    private static func removingLines(of name: String, from text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines.removeAll { FrontMatterEditor.topLevelKey(in: $0)?.caseInsensitiveCompare(name) == .orderedSame }
        return lines.joined(separator: "\n")
    }
}
