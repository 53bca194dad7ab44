import Foundation

/// Why a draft was not written: the errors `check` would report on the file it would become,
/// or a reason that is not the draft's (an id asked for and taken, a folder not writable).
public enum SubmitRefusal: Error, Sendable {
    case problems([Diagnostic])
    case notWritten(VerhaalError)
}

/// A written entry and the warnings `check` will give on it (no lessons, no text).
public struct SubmittedEntry: Sendable {
    public var entry: Entry
    public var warnings: [Diagnostic]
}

extension LibraryStore {
    /// The one way a new story comes in, from the CLI's `add`, the web's record form and an
    /// import alike: the settings read once, the draft parsed once and checked once (visit,
    /// parser, pictures), then written under the lock on `Stories/`. Never overwrites: when the
    /// id is taken, `-2`, `-3`, … is appended, unless the caller asked for that exact id, which
    /// is then refused. For a member of the web collector (`readership`), an entry they may not
    /// read behaves as a missing one: it is no visit, and the id gets a short random ending
    /// instead of a number, so that it never shows that someone else's private entry has that
    /// title. Reads only the settings and, for a visit, that one entry.
    public func submit(
        _ draft: EntryDraft, id requestedID: String? = nil, for readership: Readership = .wholeLibrary
    ) -> Result<SubmittedEntry, SubmitRefusal> {
        if let requestedID, let problem = EntryID.problem(with: requestedID) {
            return .failure(
                .notWritten(
                    VerhaalError(
                        "invalid id '\(requestedID)': \(problem)",
                        hint: "leave out --id to make one from the title, or use e.g. '\(EntryID.slug(from: requestedID))'")))
        }
        if let requestedID, let tombstone = readTombstones().tombstones[requestedID] {
            return .failure(
                .notWritten(VerhaalError("\(tombstone.notice); its id is not given out again", hint: "leave out --id, or choose another")))
        }
        let base = requestedID ?? draft.preferredID
        let judged = judge(
            draft, path: "\(Self.storiesFolder)/\(draft.kind.folder)/\(base).md", framework: loadSettings().0.framework,
            readership: readership)
        guard judged.problems.isEmpty, let text = judged.text, let parsed = judged.parsed, let probe = parsed.entry else {
            return .failure(.problems(judged.problems))
        }
        let folder = storiesURL.appendingPathComponent(draft.kind.folder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
                return .failure(
                    .notWritten(
                        VerhaalError(
                            "an entry with id '\(base)' already exists",
                            hint: "choose another --id; existing entries are never overwritten")))
            }
            let entry = probe.stored(as: url.deletingPathExtension().lastPathComponent, path: relativePath(of: url))
            let warnings = parsed.diagnostics.filter { $0.severity == .warning }.map { warning in
                var moved = warning
                moved.file = entry.path
                return moved
            }
            return .success(SubmittedEntry(entry: entry, warnings: warnings))
        } catch let error as VerhaalError {
            return .failure(.notWritten(error))
        } catch {
            return .failure(
                .notWritten(VerhaalError("could not write in \(folder.path): \(error)", hint: "check that you may write there")))
        }
    }
}

extension Entry {
    /// The same entry under the id and path its file was written at.
    func stored(as id: String, path: String) -> Entry {
        Entry(
            id: id, path: path, kind: kind, title: title, date: date, teller: teller, visit: visit, place: place,
            organizations: organizations, lessons: lessons, perspectives: perspectives, tags: tags, share: share,
            speaker: speaker, role: role, source: source, body: body, extraKeys: extraKeys, visitLine: visitLine,
            answers: answers, people: people, consent: consent)
    }
}
