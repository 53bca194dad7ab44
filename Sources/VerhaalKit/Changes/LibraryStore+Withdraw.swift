import Foundation

/// A withdrawal that was made: its record, and the two paths it changed (for a commit).
public struct Withdrawal: Sendable {
    public var tombstone: Tombstone
    /// The story's file, now removed.
    public var removedPath: String
    /// The withdrawal record, now written.
    public var recordPath: String
    /// The annotation files that held passages of it, now without them.
    public var annotationPaths: [String] = []

    /// Every path the withdrawal changed.
    public var paths: [String] { [removedPath, recordPath] + annotationPaths }
}

extension LibraryStore {
    /// Withdraws a story: under the lock on `Stories/`, its withdrawal record is written to
    /// `Stories/ingetrokken/ID.yaml` (id, day, who, reason; never the title or text) and then its
    /// file is removed. A member (`readership`) may withdraw only a story they told; any other
    /// story is told as missing. The index and a running server drop it when they see the file
    /// gone; `add` never gives the id out again. Researchers' annotations on it go too, since
    /// they quote its text.
    public func withdraw(
        id: String, by: String, reason: String?, for readership: Readership = .wholeLibrary, on date: LocalDate = .today()
    ) throws -> Withdrawal {
        try FileManager.default.createDirectory(at: withdrawnURL, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(on: storiesURL) {
            let url = try fileURL(ofEntry: id)
            if case .member(let name) = readership {
                let path = relativePath(of: url)
                guard case .data(let data) = EntryFileReader.read(url, path: path, root: root),
                    let entry = EntryParser(framework: loadSettings().0.framework).parse(data: data, path: path).entry,
                    entry.teller.caseInsensitiveCompare(name) == .orderedSame
                else { throw VerhaalError("no entry '\(id)'", hint: "see 'verhaal list' for the ids") }
            }
            let tombstone = Tombstone(id: id, date: date, by: by, reason: reason)
            let record = withdrawnURL.appendingPathComponent("\(id).yaml")
            try AtomicFile.write(Data(tombstone.text().utf8), to: record)
            do {
                try FileManager.default.removeItem(at: url)
            } catch {
                throw VerhaalError(
                    "the withdrawal is recorded, but \(relativePath(of: url)) could not be removed: \(error.localizedDescription)",
                    hint: "remove the file by hand, or run 'verhaal withdraw \(id)' again")
            }
            let annotationPaths = try removeAnnotations(of: id)
            return Withdrawal(
                tombstone: tombstone, removedPath: relativePath(of: url), recordPath: relativePath(of: record),
                annotationPaths: annotationPaths)
        }
    }
}
