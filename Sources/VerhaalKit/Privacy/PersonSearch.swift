import Foundation

/// One place a person's name stands: a file, a line, and what the line is.
public struct PersonFinding: Sendable, Equatable, Encodable {
    public var file: String
    public var line: Int
    /// `teller`, `speaker`, `person`, `consent` or `text` in a story; `session record`,
    /// `round`, `observation`, `composition`, `withdrawal record`, `name list` or `export`.
    public var kind: String
    /// The story's id, for a line of a story.
    public var id: String?
}

extension LibraryStore {
    /// Every line of the library's files (stories of every share level, broken ones too,
    /// session records, rounds, observations, compositions, withdrawal records, the name list)
    /// and of its text exports where `name` stands, in any form (`NameReplacer`): what an
    /// answer to "what do you hold about me?" (AVG art. 15) starts from.
    public func findPerson(_ name: String) -> [PersonFinding] {
        let replacer = NameReplacer([(name, name)])
        var findings: [PersonFinding] = []
        for url in textFiles(under: storiesURL, endings: [".md", ".yaml"]) + textFiles(under: exportsURL, endings: Self.textExports) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let path = relativePath(of: url)
            let kind = Self.kind(ofFile: path)
            let id = kind == nil ? url.deletingPathExtension().lastPathComponent : nil
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !replacer.people(in: String(line)).isEmpty {
                findings.append(PersonFinding(file: path, line: index + 1, kind: kind ?? Self.kind(ofEntryLine: line), id: id))
            }
        }
        return findings
    }

    /// The exports that can be read as text; an `.odt`, `.odp` or `.pdf` is named by the
    /// manifest beside it.
    static let textExports = [".xml", ".fodt", ".fodp", ".manifest.json"]

    var exportsURL: URL { root.appendingPathComponent(Self.exportsFolder) }

    /// The files under `folder` ending in one of `endings`, sorted, hidden ones left out.
    func textFiles(under folder: URL, endings: [String]) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { url in endings.contains { url.lastPathComponent.hasSuffix($0) } }
            .sorted { $0.path < $1.path }
    }

    /// What a file that is not a story is; nil for a story.
    private static func kind(ofFile path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        if parts.first == exportsFolder { return "export" }
        guard parts.count >= 2 else { return nil }
        if parts.count == 2 && parts[1] == PersonNames.fileName { return "name list" }
        switch parts[1] {
        case sessionsFolder: return "session record"
        case roundsFolder: return "round"
        case sensemakingFolder: return "observation"
        case compositionsFolder: return "composition"
        case withdrawnFolder: return "withdrawal record"
        case annotationsFolder: return "annotation"
        default: return nil
        }
    }

    /// What a line of a story holds: the field it starts with, or its text.
    private static func kind(ofEntryLine line: Substring) -> String {
        switch FrontMatterEditor.topLevelKey(in: String(line)) {
        case EntryFields.teller?: "teller"
        case EntryFields.speaker?: "speaker"
        case EntryFields.people?: "person"
        case EntryFields.consent?: "consent"
        case nil: "text"
        case let key?: key
        }
    }
}
