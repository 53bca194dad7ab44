import Foundation
import VerhaalKit

/// Renames a story's id wherever a file of the library refers to it: a story's `visit`, a
/// round's candidates and choices, a session record's resonant stories (all in front matter),
/// and a composition's `entries`, `exclude`, `highlight` and sections. Texts are left alone: a
/// story may say "koffie" without meaning the story `koffie`.
enum ReferenceRenaming {
    static func rename(_ id: String, to newID: String, in root: URL) throws {
        let stories = root.appendingPathComponent(LibraryStore.storiesFolder)
        guard let files = FileManager.default.enumerator(at: stories, includingPropertiesForKeys: nil) else { return }
        let token = try NSRegularExpression(pattern: "(?<![a-z0-9-])" + NSRegularExpression.escapedPattern(for: id) + "(?![a-z0-9-])")
        for case let url as URL in files where ["md", "yaml"].contains(url.pathExtension) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let isComposition = url.pathExtension == "yaml"
            var inFrontMatter = false
            var lines = text.components(separatedBy: "\n")
            for index in lines.indices {
                let line = lines[index]
                if !isComposition && line.trimmingCharacters(in: .whitespaces) == "---" {
                    if index == 0 {
                        inFrontMatter = true
                        continue
                    }
                    if inFrontMatter { break }
                }
                let names = isComposition ? Self.namesIDs(line) : inFrontMatter
                guard names else { continue }
                lines[index] = token.stringByReplacingMatches(
                    in: line, range: NSRange(line.startIndex..., in: line), withTemplate: NSRegularExpression.escapedTemplate(for: newID))
            }
            let renamed = lines.joined(separator: "\n")
            if renamed != text { try AtomicFile.write(Data(renamed.utf8), to: url) }
        }
    }

    /// Whether a composition's line lists story ids: `entries:`, `exclude:`, `highlight:`, or an
    /// item `- id` of such a list.
    private static func namesIDs(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return ["entries:", "exclude:", "highlight:"].contains { trimmed.hasPrefix($0) }
            || (trimmed.hasPrefix("- ") && !trimmed.dropFirst(2).contains(" "))
    }
}
