import Foundation
import Testing

@testable import VerhaalKit

@Suite struct AtomicFileTests {
    /// A process killed between naming a replacement and renaming it leaves a hidden name; the
    /// next write of the same file removes it, and never one whose process still runs.
    @Test func aHiddenNameWhoseProcessIsGoneIsRemovedByTheNextWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let names = [
            "gone": ".x.txt.tmp-\(ended.processIdentifier)-abcd1234", "running": ".x.txt.tmp-1-abcd1234",
            "own": ".x.txt.tmp-\(getpid())-abcd1234", "other file": ".y.txt.tmp-\(ended.processIdentifier)-abcd1234",
        ]
        for name in names.values { try Data().write(to: folder.appendingPathComponent(name)) }
        try AtomicFile.write(Data("nieuw".utf8), to: folder.appendingPathComponent("x.txt"))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        let (gone, running, own, other) = try (
            #require(names["gone"]), #require(names["running"]), #require(names["own"]), #require(names["other file"])
        )
        #expect(!left.contains(gone))
        #expect(left.contains(running) && left.contains(own))
        #expect(left.contains(other), "only the hidden names of the file written")
        #expect(try String(contentsOf: folder.appendingPathComponent("x.txt"), encoding: .utf8) == "nieuw")
    }
}
