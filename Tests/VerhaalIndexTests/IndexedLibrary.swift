import Foundation
import Testing
import VerhaalIndex
import VerhaalKit

/// Expects the indexed library to equal the one read from the files: entries, diagnostics,
/// counts and compositions.
func expectSameAsFiles(_ index: LibraryIndex, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let indexed = try index.library()
    let files = index.store.load()
    #expect(indexed.entries == files.entries, sourceLocation: sourceLocation)
    #expect(indexed.diagnostics == files.diagnostics, sourceLocation: sourceLocation)
    #expect(indexed.fileCount == files.fileCount, sourceLocation: sourceLocation)
    #expect(indexed.compositionNames == files.compositionNames, sourceLocation: sourceLocation)
}

/// A library in a temporary folder, copied from the package's sample or fixtures, for the index
/// tests; it removes itself.
final class IndexedLibrary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    var store: LibraryStore { LibraryStore(root: root) }

    /// The sample library's `Stories/` and `verhaal.yaml`, plus any extra folders' `Stories/`.
    init(sample: Bool = true, alsoFrom extra: [String] = []) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-index-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        if sample {
            try manager.copyItem(at: Self.packageRoot.appendingPathComponent("Stories"), to: url("Stories"))
            try manager.copyItem(at: Self.packageRoot.appendingPathComponent("verhaal.yaml"), to: url("verhaal.yaml"))
        } else {
            try manager.createDirectory(at: url("Stories"), withIntermediateDirectories: true)
        }
        for folder in extra {
            let source = Self.packageRoot.appendingPathComponent(folder).appendingPathComponent("Stories")
            for item in try manager.contentsOfDirectory(atPath: source.path) {
                try manager.copyItem(at: source.appendingPathComponent(item), to: url("Stories/from-fixture-\(item)"))
            }
        }
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    static func anecdote(title: String, text: String = "Een verhaal.") -> String {
        "---\nkind: anecdote\ntitle: \(title)\ndate: 2020-02-02\nteller: Tester\nlessons: [grenzeloos]\n---\n\(text)\n"
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
