import Foundation

/// Codes that came back from researchers, matched to the library's stories: tags for codes on
/// whole stories, annotations for codes on passages, and the sources that match no story.
public struct CodesToApply: Sendable {
    /// New tags by story id.
    public var tags: [String: [String]]
    public var annotations: [Annotation]
    /// The names of coded sources that are no story in this library (any more).
    public var unknownSources: [String]

    public init(tags: [String: [String]], annotations: [Annotation], unknownSources: [String]) {
        self.tags = tags
        self.annotations = annotations
        self.unknownSources = unknownSources
    }
}

extension LibraryStore {
    /// Adds the tags (each story through `edit`, so judged as `check` judges it) and writes the
    /// annotations to `Stories/annotaties/NAME.yaml`, replacing what an earlier import of the
    /// same file wrote. Never makes a story. Returns the paths it changed.
    public func applyCodes(_ codes: CodesToApply, from source: String) throws -> [String] {
        var changed: [String] = []
        for id in codes.tags.keys.sorted() {
            var changes = EntryChanges()
            changes.addTags = codes.tags[id] ?? []
            changed.append(try edit(id: id, changes).path)
        }
        guard !codes.annotations.isEmpty else { return changed }
        try FileManager.default.createDirectory(at: annotationsURL, withIntermediateDirectories: true)
        let path = "\(Self.storiesFolder)/\(Self.annotationsFolder)/\(EntryID.slug(from: source)).yaml"
        let file = AnnotationFile(source: source, annotations: codes.annotations, path: path)
        try FileLock.withExclusiveLock(on: storiesURL) {
            try AtomicFile.write(Data(try file.text().utf8), to: root.appendingPathComponent(path))
        }
        return changed + [path]
    }
}
