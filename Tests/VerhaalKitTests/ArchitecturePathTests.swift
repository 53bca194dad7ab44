import Foundation
import Testing

/// docs/ARCHITECTURE.md stays true to the tree: every path it names exists. A path from the
/// package's root (`Sources/…`, `Tests/…`, `scripts/…`, `docs/…`, `Stories/…`, `Fuzz/…`, `.ci/…`)
/// is looked up as it is; a folder or `Folder/File` in a target's section (`## VerhaalKit`) under
/// that target's sources. Paths of a library at run time (`.verhaal/…`, `/proc`) and inside an
/// exported document (an ODF package's `Pictures/`) are not files of the package.
@Suite struct ArchitecturePathTests {
    static let roots = ["Sources/", "Tests/", "scripts/", "docs/", "Stories/", "Fuzz/", ".ci/"]
    static let insideDocuments: Set<String> = ["Pictures/", "word/document.xml"]

    static func exists(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: TestPaths.packageRoot.appendingPathComponent(path).path, isDirectory: &isFolder)
    }

    @Test func everyPathArchitectureNamesExists() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        var target: String?
        var checked = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                let name = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                target = Self.exists("Sources/\(name)") ? name : nil
                continue
            }
            for match in line.matches(of: /`([A-Za-z0-9_.+*\/-]+\/[A-Za-z0-9_.+*\/-]*)`/) {
                var path = String(match.1)
                if let star = path.firstIndex(of: "*") { path = String(path[..<star]) }
                if Self.roots.contains(where: { path.hasPrefix($0) }) {
                    #expect(Self.exists(path), "ARCHITECTURE names \(path), which is not in the package")
                    checked += 1
                } else if let target, !path.hasPrefix("."), !path.hasPrefix("/"), !Self.insideDocuments.contains(path) {
                    let inTarget = "Sources/\(target)/\(path)"
                    let found = Self.exists(inTarget) || Self.exists(inTarget + ".swift")
                    #expect(found, "ARCHITECTURE's \(target) section names \(path), which is not in \(inTarget)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }
}
