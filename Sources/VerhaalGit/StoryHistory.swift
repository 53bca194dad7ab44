import Foundation
import VerhaalKit

/// One version of a story in the library's git history: who made it, when, and what changed.
public struct StoryVersion: Sendable, Equatable, Encodable {
    public var commit: String
    public var author: String
    public var email: String
    /// ISO 8601, as git gives it.
    public var date: String
    public var message: String
    /// Where the story's file was at this version (a rename changes it).
    public var path: String
    /// The front-matter fields the version changed.
    public var fields: [String]
    /// Lines of the text added and removed.
    public var linesAdded: Int
    public var linesRemoved: Int
}

extension LibraryRepository {
    /// Every version of the story `id`, newest first, following renames (and a withdrawal):
    /// `git log --follow` on the last path the story had.
    public func history(of id: String) async throws -> [StoryVersion] {
        guard EntryID.isValid(id) else { throw VerhaalError("'\(id)' is not a valid id", hint: "ids look like 'zes-indicatoren'") }
        let last = try await git.require(
            ["log", "--all", "-1", "--format=", "--name-only", "--", ":(glob)\(LibraryStore.storiesFolder)/**/\(id).md"],
            doing: "find the story in the history")
        guard let path = last.split(separator: "\n").first.map(String.init) else {
            throw VerhaalError(
                "'\(id)' is in no commit of the library", hint: "see 'verhaal list'; a story is in the history once it is committed")
        }
        let log = try await git.require(
            ["log", "--follow", "-M", "--format=%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s", "--patch", "--unified=0", "--no-color", "--", path],
            doing: "read the story's history")
        // Newest first, back to the commit that made the story: an older file at the same path
        // (a story renamed away by a sync) is another story.
        var versions: [StoryVersion] = []
        for record in log.split(separator: "\u{1E}") {
            guard let version = Self.version(from: record, path: path) else { continue }
            versions.append(version)
            // A copy is a story made beside another (git's --follow takes a similar new file for
            // one): it starts the story's history as a new file does.
            if record.contains("\nnew file mode ") || record.contains("\n--- /dev/null") || record.contains("\ncopy from ") { break }
        }
        return versions
    }

    /// One commit of `git log --patch`: its header and the lines it changed.
    private static func version(from record: Substring, path: String) -> StoryVersion? {
        let lines = record.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.first else { return nil }
        let parts = header.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5 else { return nil }
        var fields: [String] = []
        var added = 0
        var removed = 0
        var current = path
        for line in lines.dropFirst() {
            if line.hasPrefix("+++ b/") {
                current = String(line.dropFirst(6))
                continue
            }
            if line.hasPrefix("+++") || line.hasPrefix("---") { continue }
            guard let sign = line.first, sign == "+" || sign == "-" else { continue }
            let content = String(line.dropFirst())
            if let key = EntryFields.key(startingLine: content), EntryFields.all.contains(key) {
                if !fields.contains(key) { fields.append(key) }
            } else if content != "---" {
                if sign == "+" { added += 1 } else { removed += 1 }
            }
        }
        return StoryVersion(
            commit: parts[0], author: parts[1], email: parts[2], date: parts[3], message: parts[4], path: current, fields: fields,
            linesAdded: added, linesRemoved: removed)
    }
}
