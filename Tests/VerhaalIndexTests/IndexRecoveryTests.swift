import Foundation
import GRDB
import Testing
import VerhaalKit

@testable import VerhaalIndex

/// An index that cannot be trusted is rebuilt without a word, and writers never step on
/// each other.
@Suite struct IndexRecoveryTests {
    func indexURL(_ library: IndexedLibrary) -> URL {
        library.url("\(LibraryIndex.folder)/\(LibraryIndex.fileName)")
    }

    @Test func aFileThatIsNoDatabaseIsReplaced() throws {
        let library = try IndexedLibrary()
        try library.write(String(repeating: "geen database ", count: 1000), to: "\(LibraryIndex.folder)/\(LibraryIndex.fileName)")
        let index = try LibraryIndex(store: library.store)
        try expectSameAsFiles(index)
    }

    @Test func anIndexDamagedInTheMiddleIsRebuilt() throws {
        let library = try IndexedLibrary()
        do {
            let index = try LibraryIndex(store: library.store)
            try index.refresh()
        }
        // Overwrite every page after the first with noise: the header still says SQLite.
        let handle = try FileHandle(forUpdating: indexURL(library))
        let size = try handle.seekToEnd()
        #expect(size > 8192)
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data((0..<Int(size) - 4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        try handle.close()
        let index = try LibraryIndex(store: library.store)
        try expectSameAsFiles(index)
    }

    @Test func anIndexOfAnotherFormatBuildOrLibraryIsRebuilt() throws {
        for (key, value) in [("format", "0"), ("build", "another-build"), ("root", "/elders")] {
            let library = try IndexedLibrary()
            do {
                let index = try LibraryIndex(store: library.store)
                try index.refresh()
            }
            // Mark the stored entries so that reading them would show the lie.
            let queue = try DatabaseQueue(path: indexURL(library).path)
            try queue.write { db in
                try db.execute(sql: "UPDATE meta SET value = ? WHERE key = ?", arguments: [value, key])
                try db.execute(sql: "UPDATE files SET title = 'vervalst'")
            }
            try queue.close()
            let index = try LibraryIndex(store: library.store)
            #expect(try index.refresh().parsed > 0, "\(key)")
            try expectSameAsFiles(index)
        }
    }

    @Test func aForeignDatabaseIsRebuilt() throws {
        let library = try IndexedLibrary()
        try FileManager.default.createDirectory(at: library.url(LibraryIndex.folder), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: indexURL(library).path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE files (naam TEXT)")
            try db.execute(sql: "INSERT INTO files VALUES ('iets')")
        }
        try queue.close()
        let index = try LibraryIndex(store: library.store)
        try expectSameAsFiles(index)
    }

    @Test func rebuildReadsEveryFileAgain() throws {
        let library = try IndexedLibrary()
        let index = try LibraryIndex(store: library.store)
        let first = try index.refresh()
        try index.rebuild()
        #expect(try index.refresh().parsed == 0)
        try expectSameAsFiles(index)
        #expect(first.files.count == library.store.load().fileCount)
    }

    @Test func twoIndexesWritingAtOnceWhileFilesChangeEndInTheFilesState() async throws {
        let library = try IndexedLibrary()
        let store = library.store
        let root = library.root
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    // Each its own connection, as two processes would have.
                    let index = try LibraryIndex(store: store)
                    for _ in 0..<25 { try index.refresh() }
                }
            }
            group.addTask {
                for round in 0..<25 {
                    let url = root.appendingPathComponent("Stories/anekdotes/wisselend-\(round % 5).md")
                    if round % 3 == 2 {
                        try? FileManager.default.removeItem(at: url)
                    } else {
                        try Data(IndexedLibrary.anecdote(title: "Ronde \(round)").utf8).write(to: url)
                    }
                }
            }
            try await group.waitForAll()
        }
        try expectSameAsFiles(try LibraryIndex(store: store))
    }
}
