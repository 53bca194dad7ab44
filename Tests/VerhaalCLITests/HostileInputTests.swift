import Foundation
import Testing

/// Each hostile input is a diagnostic with its path (and line where it has one) and exit code 1,
/// never a crash or a hang; `check` reports all of them in one run.
@Suite struct HostileInputTests {
    static let valid = "---\nkind: anecdote\ntitle: Goed\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\nTekst.\n"

    func checkOutput(_ library: borrowing TemporaryLibrary) throws -> VerhaalProcess.Result {
        let result = try library.run(["check"])
        #expect(result.status == 1, "\(result.output)")
        return result
    }

    @Test func aBOMCRLFAndTabsAreRead() throws {
        let library = try TemporaryLibrary()
        let text =
            "\u{FEFF}---\r\nkind: anecdote\r\ntitle: Met BOM\r\ndate: 2019-01-01\r\nteller: P\r\nlessons: [delen]\r\n---\r\nTekst\tmet tab.\r\n"
        try library.write(text, to: "Stories/anekdotes/bom.md")
        let result = try library.run(["show", "bom", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Tekst\\tmet tab."))
        #expect(try library.run(["check"]).status == 0)
    }

    @Test func invalidUTF8() throws {
        let library = try TemporaryLibrary()
        var bytes = Array(Self.valid.utf8)
        bytes.insert(contentsOf: [0xFF, 0xFE], at: bytes.count - 3)
        try Data(bytes).write(to: library.url("Stories/anekdotes/bytes.md"))
        #expect(try checkOutput(library).output.contains("Stories/anekdotes/bytes.md:8:1: error: the file is not valid UTF-8 text"))
    }

    @Test func aMissingClosingDelimiter() throws {
        let library = try TemporaryLibrary()
        try library.write("---\nkind: anecdote\ntitle: Open\n\nTekst.\n", to: "Stories/anekdotes/open.md")
        #expect(
            try checkOutput(library).output.contains(
                "Stories/anekdotes/open.md:1:1: error: the front matter opened on line 1 is never closed"))
    }

    @Test func aYAMLAliasBomb() throws {
        let library = try TemporaryLibrary()
        var lines = [
            "---", "kind: anecdote", "title: Lachen", "date: 2019-01-01", "teller: P",
            "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        ]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        lines += ["tags: *i", "---", "x"]
        try library.write(lines.joined(separator: "\n") + "\n", to: "Stories/anekdotes/lol.md")
        let started = Date()
        let output = try checkOutput(library).output
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(output.contains("Stories/anekdotes/lol.md:2:1: error: the front matter has more than 10000 values"))
    }

    @Test func aTwentyMegabyteFile() throws {
        let library = try TemporaryLibrary()
        try Data(Self.valid.utf8 + Array(repeating: UInt8(ascii: "a"), count: 20_000_000)).write(
            to: library.url("Stories/anekdotes/groot.md"))
        #expect(
            try checkOutput(library).output.contains(
                "Stories/anekdotes/groot.md: error: the entry is 20.0 MB; an entry may be at most 1 MB, so it is not read"))
    }

    @Test func aLinkOutOfTheLibrary() throws {
        let library = try TemporaryLibrary()
        try FileManager.default.createSymbolicLink(
            atPath: library.url("Stories/anekdotes/buiten.md").path, withDestinationPath: "/etc/passwd")
        let output = try checkOutput(library).output
        #expect(
            output.contains("Stories/anekdotes/buiten.md: error: the file is a link to /etc/passwd, outside the library; it is not read"))
        #expect(!output.contains("root:"))
    }

    @Test func anUnreadableFile() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.valid, to: "Stories/anekdotes/geheim.md")
        chmod(library.url("Stories/anekdotes/geheim.md").path, 0)
        // As root every file is readable: run the check as the unprivileged user `nobody`.
        let arguments =
            getuid() == 0
            ? ["--reuid=65534", "--regid=65534", "--clear-groups", VerhaalProcess.executable.path, "check"]
            : [VerhaalProcess.executable.path, "check"]
        chmod(library.root.path, 0o755)
        let result = try VerhaalProcess.run(
            arguments, in: library.root, executable: getuid() == 0 ? URL(fileURLWithPath: "/usr/bin/setpriv") : nil)
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.output.contains("Stories/anekdotes/geheim.md: error: the file cannot be read (permission denied)"))
    }

    @Test func anEmptyFileAndAPipe() throws {
        let library = try TemporaryLibrary()
        try library.write("", to: "Stories/anekdotes/leeg.md")
        #expect(mkfifo(library.url("Stories/anekdotes/pijp.md").path, 0o644) == 0)
        let output = try checkOutput(library).output
        #expect(output.contains("Stories/anekdotes/leeg.md: error: the file is empty"))
        #expect(output.contains("Stories/anekdotes/pijp.md: error: the file is not a regular file"))
    }

    @Test func deepNestingIsALimitNotACrash() throws {
        let library = try TemporaryLibrary()
        try library.write(
            "---\nkind: anecdote\ntitle: " + String(repeating: "[", count: 50_000) + "\ndate: 2019-01-01\nteller: P\n---\nx\n",
            to: "Stories/anekdotes/diep.md")
        try library.write(Self.valid + String(repeating: "> ", count: 100_000) + "diep\n", to: "Stories/anekdotes/citaten.md")
        let output = try checkOutput(library).output
        #expect(output.contains("Stories/anekdotes/diep.md:1:1: error: the front matter nests deeper than 16 levels"))
        #expect(output.contains("Stories/anekdotes/citaten.md:8:1: warning: the text nests deeper than 32 levels"))
    }

    @Test func aControlCharacterSpelledAsAnEscape() throws {
        let library = try TemporaryLibrary()
        try library.write(
            "---\nkind: anecdote\ntitle: \"bel \\a\"\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\nx\n",
            to: "Stories/anekdotes/bel.md")
        #expect(
            try checkOutput(library).output.contains("Stories/anekdotes/bel.md:3:8: error: 'title' contains the control character U+0007"))
    }

    @Test func everyProblemInOneRun() throws {
        let library = try TemporaryLibrary()
        try library.write("", to: "Stories/anekdotes/leeg.md")
        try library.write("---\nkind: x\n", to: "Stories/anekdotes/open.md")
        try Data([0xFF]).write(to: library.url("Stories/anekdotes/bytes.md"))
        try FileManager.default.createSymbolicLink(
            atPath: library.url("Stories/anekdotes/buiten.md").path, withDestinationPath: "/etc/hostname")
        try library.write(Self.valid, to: "Stories/anekdotes/goed.md")
        let output = try checkOutput(library).output
        #expect(output.contains("5 files checked: 4 errors, 0 warnings"))
    }
}
