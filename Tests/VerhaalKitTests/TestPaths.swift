import Foundation
import VerhaalKit

/// Folders the tests read: the package's sample library and the fixtures beside this file.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("verhaal-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension ParsedEntryFile {
    /// The parse as a pair, for `let (entry, diagnostics) = …`.
    var tuple: (entry: Entry?, diagnostics: [Diagnostic]) { (entry, diagnostics) }
}
