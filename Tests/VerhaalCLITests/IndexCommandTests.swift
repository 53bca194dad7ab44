import Foundation
import Testing

/// The index is a cache: with it or without it (`--no-index`) every command prints the same and
/// every export is the same file; several processes may use it at once, and one killed halfway
/// leaves it usable.
@Suite struct IndexCommandTests {
    /// A library of `count` generated anecdotes, with tags, organisations and a place.
    static func generated(_ count: Int) throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        for index in 0..<count {
            try library.write(
                """
                ---
                kind: anecdote
                title: Verhaal \(index) over de wijk
                date: 2019-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1))
                teller: Verteller \(index % 7)
                lessons: [delen]
                tags: [wijk, tag-\(index % 5)]
                organizations: [Woonstad \(index % 3)]
                place: Plaats \(index % 4)
                ---
                Samen delen in de wijk, verhaal \(index). \(String(repeating: "Nog een zin. ", count: 20))

                """, to: "Stories/anekdotes/verhaal-\(index).md")
        }
        return library
    }

    @Test func everyCommandPrintsTheSameWithAndWithoutTheIndex() throws {
        let library = try TemporaryLibrary.sampleCopy()
        // Broken files too, so that diagnostics and left-out entries are compared as well.
        let broken = VerhaalProcess.packageRoot.appendingPathComponent("Tests/VerhaalKitTests/Fixtures/broken/Stories/anekdotes")
        try FileManager.default.copyItem(at: broken, to: library.url("Stories/kapot"))
        let commands = [
            ["list", "--json"], ["list"], ["list", "--lesson", "grenzeloos", "--json"], ["check", "--json"], ["check"],
            ["lessons", "--json"], ["questions", "--json"], ["show", "zes-indicatoren", "--json"], ["show", "zes-indicatoren"],
            ["show", "dubbel"],
            ["show", "missing-title"], ["show", "nergens"], ["patterns", "--json"],
            ["compose", "--json"], ["compose", "raad-van-commissarissen", "--json"],
        ]
        for command in commands {
            let files = try library.run(command + ["--no-index"])
            let indexed = try library.run(command)
            #expect(indexed.output == files.output, "\(command.joined(separator: " "))")
            #expect(indexed.errors == files.errors, "\(command.joined(separator: " "))")
            #expect(indexed.status == files.status, "\(command.joined(separator: " "))")
            // Twice, now from a warm index.
            #expect(try library.run(command).output == files.output, "\(command.joined(separator: " ")), warm")
        }
        #expect(FileManager.default.fileExists(atPath: library.url(".verhaal/index.sqlite").path))
        #expect(try library.text(".verhaal/.gitignore") == "*\n", "git ignores the index")
    }

    @Test func aTextSearchFindsTheSameEntriesWithAndWithoutTheIndex() throws {
        let library = try TemporaryLibrary.sampleCopy()
        for text in ["een kader", "brandweer", "NETWERK", "wijk", "zzzz"] {
            func ids(_ arguments: [String]) throws -> [String] {
                let output = try library.run(["list", "--text", text, "--json"] + arguments).output
                let entries = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
                return entries.compactMap { $0["id"] as? String }
            }
            #expect(try ids([]).sorted() == ids(["--no-index"]).sorted(), "\(text)")
        }
        let plain = try library.run(["list", "--text", "een kader"]).output
        #expect(plain.contains("zes-indicatoren"))
        #expect(plain.contains(" of "), "\(plain)")
    }

    @Test func everyExportIsTheSameFileWithAndWithoutTheIndex() throws {
        let library = try TemporaryLibrary.sampleCopy()
        for name in ComposeExportTests.compositions {
            #expect(try library.run(["export", name, "--format", "all", "--no-index"]).status == 0)
            let files = try ["xml", "fodt", "odt", "fodp"].map { try Data(contentsOf: library.url("Exports/\(name).\($0)")) }
            #expect(try library.run(["export", name, "--format", "all"]).status == 0)
            let indexed = try ["xml", "fodt", "odt", "fodp"].map { try Data(contentsOf: library.url("Exports/\(name).\($0)")) }
            #expect(indexed == files, "\(name)")
        }
    }

    @Test func rebuildSaysSoAndAnIndexThatCannotBeWrittenIsNoObstacle() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let rebuilt = try library.run(["index", "--rebuild"])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.output.contains(".verhaal/index.sqlite: rebuilt from "))
        let again = try library.run(["index"])
        #expect(again.output.contains(", 0 parsed, "), "\(again.output)")
        // A file where the index folder should be: commands read the files instead.
        try FileManager.default.removeItem(at: library.url(".verhaal"))
        try library.write("geen map", to: ".verhaal")
        let check = try library.run(["check"])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output == (try library.run(["check", "--no-index"])).output)
        let index = try library.run(["index"])
        #expect(index.status == 1)
        #expect(index.errors.contains("cannot be opened"), "\(index.errors)")
    }

    @Test func fourProcessesRefreshingWhileFilesChangeEndInTheFilesState() async throws {
        let library = try Self.generated(400)
        let root = library.root
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try VerhaalProcess.run(
                        ["-c", "for i in 1 2 3 4 5; do \"$0\" index >/dev/null || exit 1; done", VerhaalProcess.executable.path],
                        in: root, executable: URL(fileURLWithPath: "/bin/sh")
                    ).status
                }
            }
            group.addTask {
                for round in 0..<40 {
                    let url = root.appendingPathComponent("Stories/anekdotes/verhaal-\(round % 10).md")
                    if round % 4 == 3 {
                        try? FileManager.default.removeItem(at: url)
                    } else {
                        let text =
                            "---\nkind: anecdote\ntitle: Ronde \(round)\ndate: 2020-01-01\nteller: T\nlessons: [delen]\n---\nTekst \(round).\n"
                        try Data(text.utf8).write(to: url)
                    }
                    try await Task.sleep(for: .milliseconds(20))
                }
                return 0
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == [0, 0, 0, 0, 0])
        let files = try library.run(["check", "--json", "--no-index"])
        #expect(try library.run(["check", "--json"]).output == files.output)
        #expect(try library.run(["list", "--json"]).output == (try library.run(["list", "--json", "--no-index"])).output)
    }

    @Test func aProcessKilledWhileIndexingLeavesAnIndexThatGivesTheFilesAnswers() throws {
        let library = try Self.generated(1500)
        let expected = try library.run(["check", "--json", "--no-index"]).output
        var killed = 0
        for delay in stride(from: 0.1, through: 1.5, by: 0.2) {
            if try VerhaalProcess.runKilled(["index", "--rebuild"], in: library.root, after: delay) { killed += 1 }
            let check = try library.run(["check", "--json"])
            #expect(check.status == 0, "after \(delay) s: \(check.errors)")
            #expect(check.output == expected, "after \(delay) s")
        }
        #expect(killed > 0, "at least one run was killed while indexing")
    }
}
