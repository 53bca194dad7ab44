import Foundation
import Testing

@Suite struct CheckAndLessonsTests {
    static let sampleLibrary = VerhaalProcess.packageRoot
    static let brokenLibrary = VerhaalProcess.packageRoot.appendingPathComponent("Tests/VerhaalKitTests/Fixtures/broken")

    @Test func checkPassesOnTheSampleLibrary() throws {
        let result = try VerhaalProcess.run(["check", "--library", Self.sampleLibrary.path], in: Self.sampleLibrary)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains(": 0 errors, 0 warnings"))
    }

    @Test func checkReportsEveryProblemInOneRun() throws {
        let result = try VerhaalProcess.run(["check"], in: Self.brokenLibrary.appendingPathComponent("Stories/anekdotes"))
        #expect(result.status == 1)
        let expected = [
            "Stories/anekdotes/unparsable-yaml.md:3:8: error: the front matter is not valid YAML",
            "Stories/anekdotes/missing-title.md:1:1: error: missing required field 'title'",
            "Stories/anekdotes/invalid-date.md:4:7: error: '2022-02-30' is not a valid date",
            "Stories/anekdotes/unknown-lesson.md:8:5: error: unknown lesson 'samenwerken'",
            "Stories/anekdotes/unknown-perspective.md:7:25: error: unknown perspective 'wethouder'",
            "Stories/anekdotes/visit-not-travel-log.md:6:1: error: visit 'no-lessons' is an anecdote",
            "Stories/anekdotes/visit-missing.md:7:1: error: visit '2019-02-30-nergens' is not an entry",
            "Stories/anekdotes/invalid-share.md:7:8: error: unknown share level 'iedereen'",
            "Stories/anekdotes/Hoofd_Letters.md: error: invalid id 'Hoofd_Letters'",
            "Stories/elders/dubbel.md: error: duplicate id 'dubbel'",
            "Stories/anekdotes/no-lessons.md:1:1: warning: the entry is not linked to any lesson",
            "Stories/citaten/quote-without-speaker.md:2:1: error: a quote needs a speaker",
            "Stories/anekdotes/control-character.md:8:5: error: the file contains the control character U+0007",
            "16 files checked: 13 errors, 1 warning",
        ]
        for line in expected {
            #expect(result.output.contains(line), "missing: \(line)")
        }
        #expect(result.output.components(separatedBy: "\n    hint: ").count == 15)
    }

    @Test func checkJSONCountsTheSameProblems() throws {
        let result = try VerhaalProcess.run(["check", "--json", "--library", Self.brokenLibrary.path], in: Self.brokenLibrary)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 13)
        #expect(json["warnings"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 14)
        // Every diagnostic names its rule and its field (null when it has none).
        for diagnostic in diagnostics {
            #expect((diagnostic["code"] as? String)?.wholeMatch(of: /V\d{3}/) != nil, "\(diagnostic)")
            #expect(diagnostic["name"] is String)
            #expect(diagnostic.keys.contains("field"), "\(diagnostic)")
        }
        let lesson = try #require(diagnostics.first { $0["name"] as? String == "unknown-lesson" })
        #expect(lesson["code"] as? String == "V029")
        #expect(lesson["field"] as? String == "lessons")
    }

    @Test func lessonsOnTheSampleLibraryShowNoGaps() throws {
        let result = try VerhaalProcess.run(["lessons"], in: Self.sampleLibrary.appendingPathComponent("Stories"))
        #expect(result.status == 0)
        #expect(result.output.contains("1  resultaat"))
        #expect(result.output.contains("No gaps"))
        #expect(!result.output.contains("Gap:"))
    }

    @Test func lessonsCallsOutEmptyCells() throws {
        let library = try TemporaryLibrary()
        try library.run([
            "add", "anecdote", "--title", "A", "--teller", "P", "--lesson", "delen", "--perspective", "netwerk", "--text", "x",
        ])
        let result = try library.run(["lessons", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let lessons = try #require(json["lessons"] as? [[String: Any]])
        #expect(lessons.first { $0["id"] as? String == "delen" }?["total"] as? Int == 1)
        let text = try library.run(["lessons"])
        #expect(text.output.contains("Gap: 'resultaat'"))
        #expect(text.output.contains("Gap: 'jezelf'"))
        #expect(text.output.contains("resultaat × netwerk"))
        #expect(!text.output.contains("delen × netwerk"))
    }

    @Test func commandsOutsideALibrarySayWhatToDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geen-bibliotheek-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try VerhaalProcess.run(["list"], in: folder)
        #expect(result.status != 0)
        #expect(result.errors.contains("no story library found"))
        #expect(result.errors.contains("verhaal init"))
    }

    @Test func initMakesTheFoldersAndKeepsExistingSettings() throws {
        let library = try TemporaryLibrary()
        for folder in ["Stories/reisverslagen", "Stories/anekdotes", "Stories/citaten", "Stories/verhalen", "Exports"] {
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: library.url(folder).path, isDirectory: &isDirectory) && isDirectory.boolValue)
        }
        try library.write("language: en\n", to: "verhaal.yaml")
        try library.run(["init", "."])
        #expect(try library.text("verhaal.yaml") == "language: en\n")
    }
}
