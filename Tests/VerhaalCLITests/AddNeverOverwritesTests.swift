import Foundation
import Testing

@Suite struct AddNeverOverwritesTests {
    @Test func theSameTitleTwiceGivesTwoEntries() throws {
        let library = try TemporaryLibrary()
        let arguments = ["add", "anecdote", "--title", "Zelfde titel", "--teller", "P", "--lesson", "1"]
        let first = try library.run(arguments + ["--text", "eerste"])
        let second = try library.run(arguments + ["--text", "tweede"])
        #expect(first.output.hasPrefix("zelfde-titel\n"))
        #expect(second.output.hasPrefix("zelfde-titel-2\n"))
        #expect(try library.text("Stories/anekdotes/zelfde-titel.md").contains("eerste"))
        #expect(try library.text("Stories/anekdotes/zelfde-titel-2.md").contains("tweede"))
    }

    @Test func anExplicitIDThatExistsIsAnErrorAndTheFileStaysAsItWas() throws {
        let library = try TemporaryLibrary()
        let arguments = ["add", "anecdote", "--title", "T", "--teller", "P", "--lesson", "1", "--id", "vast"]
        try library.run(arguments + ["--text", "origineel"])
        let before = try library.text("Stories/anekdotes/vast.md")
        let again = try library.run(arguments + ["--text", "nieuw"])
        #expect(again.status != 0)
        #expect(again.errors.contains("already exists"))
        #expect(try library.text("Stories/anekdotes/vast.md") == before)
    }

    @Test(arguments: [
        ("a/b", "'/'"), ("..", "'..'"), ("../uit", "'/'"), ("twee woorden", "spaces"), ("Hoofd", "lower case"),
    ])
    func unsafeIDsAreRefusedWithAClearMessage(_ id: String, _ reason: String) throws {
        let library = try TemporaryLibrary()
        let result = try library.run(["add", "anecdote", "--title", "T", "--teller", "P", "--id", id, "--text", "x"])
        #expect(result.status != 0)
        #expect(result.errors.contains("invalid --id"))
        #expect(result.errors.contains(reason), "\(result.errors)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: library.url("Stories").path)
            .filter { $0.hasSuffix(".md") }
        #expect(written.isEmpty)
    }

    @Test func noTemporaryFilesAreLeftBehind() throws {
        let library = try TemporaryLibrary()
        try library.run(["add", "anecdote", "--title", "T", "--teller", "P", "--lesson", "1", "--text", "x"])
        let files = try FileManager.default.contentsOfDirectory(atPath: library.url("Stories/anekdotes").path)
        #expect(files == ["t.md"])
    }
}
