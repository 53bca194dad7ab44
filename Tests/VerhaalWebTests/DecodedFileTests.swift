import Foundation
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// The members and sessions are kept decoded: read again when the file changed, never served
/// from before a change.
@Suite struct DecodedFileTests {
    @Test func aFileIsReadAgainOnlyAfterItChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decoded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("members.json")
        let decoded = DecodedFile<String>()
        var reads = 0
        func read() -> String {
            reads += 1
            return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        #expect(decoded.value(at: url, read: read) == "" && reads == 1)
        #expect(decoded.value(at: url, read: read) == "" && reads == 2, "no file: nothing to keep")
        try AtomicFile.write(Data("a".utf8), to: url)
        #expect(decoded.value(at: url, read: read) == "a" && reads == 3)
        #expect(decoded.value(at: url, read: read) == "a" && reads == 3, "unchanged: kept")
        try AtomicFile.write(Data("b".utf8), to: url)
        #expect(decoded.value(at: url, read: read) == "b" && reads == 4, "same size, new file: read again")
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("c".utf8))
        try handle.close()
        #expect(decoded.value(at: url, read: read) == "c" && reads == 5, "written in place: read again")
    }
}
