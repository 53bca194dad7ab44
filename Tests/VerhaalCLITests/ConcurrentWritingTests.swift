import Foundation
import Testing

/// Several people record at once, and exports can be interrupted: nothing is lost or half written.
@Suite struct ConcurrentWritingTests {
    @Test func eightProcessesAddingTheSameTitleGiveFourHundredEntries() async throws {
        let library = try TemporaryLibrary()
        let root = library.root
        // Each process adds 50 entries with the same title, one after another; 8 run at once.
        let script =
            "for i in $(seq 1 50); do \"$0\" add anecdote --title 'Zelfde titel' --teller \"P$1\" --lesson 1 --text \"tekst $1-$i\" >/dev/null || exit 1; done"
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for worker in 1...8 {
                group.addTask {
                    try VerhaalProcess.run(
                        ["-c", script, VerhaalProcess.executable.path, "\(worker)"], in: root,
                        executable: URL(fileURLWithPath: "/bin/sh")
                    ).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 0, count: 8))
        let files = try FileManager.default.contentsOfDirectory(atPath: library.url("Stories/anekdotes").path)
        #expect(files.count == 400, "\(files.count) files")
        #expect(files.allSatisfy { $0.hasSuffix(".md") && !$0.hasPrefix(".") })
        let texts = try Set(files.map { try library.text("Stories/anekdotes/\($0)") })
        #expect(texts.count == 400, "every entry kept its own text")
        let check = try library.run(["check"])
        #expect(check.status == 0)
        #expect(check.output.contains("400 files checked: 0 errors, 0 warnings"))
    }

    @Test func killingAnExportLeavesThePreviousExportAndNoTemporaryFiles() throws {
        let library = try TemporaryLibrary()
        // A library big enough that exporting takes a while.
        for index in 0..<300 {
            try library.write(
                "---\nkind: anecdote\ntitle: Verhaal \(index)\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\n"
                    + String(repeating: "Samen delen in de wijk. ", count: 200) + "\n",
                to: "Stories/anekdotes/verhaal-\(index).md")
        }
        #expect(try library.run(["export", "--format", "all"]).status == 0)
        let exports = ["xml", "fodt", "odt", "fodp"].map { "Exports/wenkend-perspectief.\($0)" }
        let before = try exports.map { try Data(contentsOf: library.url($0)) }
        try library.write(
            "---\nkind: quote\ntitle: Nieuw\ndate: 2020-01-01\nteller: P\nspeaker: S\nlessons: [delen]\n---\nNieuwe woorden.\n",
            to: "Stories/citaten/nieuw.md")
        var killed = 0
        for delay in stride(from: 0.05, through: 1.0, by: 0.05) {
            if try VerhaalProcess.runKilled(["export", "--format", "all"], in: library.root, after: delay) { killed += 1 }
            // Each file is whole: the previous one, or a complete new one.
            for (path, old) in zip(exports, before) {
                let now = try Data(contentsOf: library.url(path))
                #expect(now == old || now.count > old.count, "\(path) after \(delay) s")
            }
        }
        #expect(killed > 0, "at least one export was killed while running")
        // A kill between naming a replacement and renaming it leaves the hidden name; the next
        // write of that file removes it (its process is gone).
        #expect(try library.run(["export", "--format", "all"]).status == 0)
        let everything = try FileManager.default.subpathsOfDirectory(atPath: library.root.path)
        #expect(everything.filter { $0.contains(".tmp") }.isEmpty, "stray files: \(everything.filter { $0.contains(".tmp") })")
    }

    @Test func aFailedWriteLeavesTheTargetAloneAndNothingBehind() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["export", "--format", "docbook"]).status == 0)
        // The .fodt cannot be written (a folder holds its name), so that write fails.
        try FileManager.default.createDirectory(at: library.url("Exports/wenkend-perspectief.fodt"), withIntermediateDirectories: true)
        try library.write("keep", to: "Exports/wenkend-perspectief.fodt/keep")
        let result = try library.run(["export", "--format", "all"])
        #expect(result.status == 1)
        #expect(result.errors.contains("could not write"), "\(result.errors)")
        #expect(try library.text("Exports/wenkend-perspectief.fodt/keep") == "keep")
        #expect(try library.text("Exports/wenkend-perspectief.xml").hasSuffix("</article>\n"), "the DocBook file is whole")
        let exports = try FileManager.default.contentsOfDirectory(atPath: library.url("Exports").path)
        #expect(exports.filter { $0.hasPrefix(".") }.isEmpty, "no temporary files: \(exports)")
    }
}

/// The writes other systems make (no `O_TMPFILE`: a hidden named file, linked or renamed into
/// place), run here on Linux with `VERHAAL_NO_TMPFILE`.
@Suite struct NamedFileFallbackTests {
    @Test func withoutUnnamedFilesAddsStayDistinctAndNothingIsLeftBehind() async throws {
        let library = try TemporaryLibrary()
        let root = library.root
        let script =
            "for i in $(seq 1 10); do \"$0\" add anecdote --title 'Zelfde' --teller P --lesson 1 --text \"t $1-$i\" >/dev/null || exit 1; done"
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for worker in 1...4 {
                group.addTask {
                    try VerhaalProcess.run(
                        ["-c", script, VerhaalProcess.executable.path, "\(worker)"], in: root,
                        environment: ["VERHAAL_NO_TMPFILE": "1"], executable: URL(fileURLWithPath: "/bin/sh")
                    ).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 0, count: 4))
        let files = try FileManager.default.contentsOfDirectory(atPath: library.url("Stories/anekdotes").path)
        #expect(files.count == 40)
        #expect(files.allSatisfy { !$0.hasPrefix(".") }, "no hidden temporary file is left")
        let export = try library.run(["export", "--format", "all"], environment: ["VERHAAL_NO_TMPFILE": "1"])
        #expect(export.status == 0, "\(export.errors)")
        let exports = try FileManager.default.contentsOfDirectory(atPath: library.url("Exports").path)
        #expect(
            exports.sorted() == [
                "wenkend-perspectief.fodp", "wenkend-perspectief.fodt", "wenkend-perspectief.manifest.json", "wenkend-perspectief.odp",
                "wenkend-perspectief.odt", "wenkend-perspectief.xml",
            ])
        let edit = try library.run(["edit", "zelfde", "--add-tag", "x"], environment: ["VERHAAL_NO_TMPFILE": "1"])
        #expect(edit.status == 0, "\(edit.errors)")
        #expect(try library.run(["check"]).status == 0)
    }
}
