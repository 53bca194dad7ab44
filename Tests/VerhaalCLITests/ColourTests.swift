import Foundation
import Testing

/// Colour goes to a terminal only: errors, warnings, ids and headings are coloured when the
/// output is a terminal (here `script` gives the command one), and never with `NO_COLOR`,
/// `--no-color`, or in a pipe.
@Suite struct ColourTests {
    static let escape = "\u{1B}["

    /// `verhaal arguments…` on a pseudo-terminal, through util-linux's `script`.
    static func onTerminal(_ arguments: [String], in library: borrowing TemporaryLibrary, environment: [String: String] = [:]) throws
        -> String
    {
        let command = ([VerhaalProcess.executable.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.currentDirectoryURL = library.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }.filter {
            $0.key != "NO_COLOR" || environment["NO_COLOR"] != nil
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aTerminalGetsColourAndNoColorOrAPipeDoNot() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let coloured = try Self.onTerminal(["lessons"], in: library)
        #expect(coloured.contains(Self.escape + "36mresultaat"), "ids in colour")
        #expect(coloured.contains(Self.escape + "1m#"), "the header bold")
        let error = try Self.onTerminal(["show", "zes-indicatorn"], in: library)
        #expect(error.contains(Self.escape + "31;1mError:"), "errors in red")
        #expect(!(try Self.onTerminal(["lessons"], in: library, environment: ["NO_COLOR": "1"])).contains(Self.escape))
        #expect(!(try Self.onTerminal(["lessons", "--no-color"], in: library)).contains(Self.escape))
        #expect(!(try Self.onTerminal(["show", "zes-indicatorn", "--no-color"], in: library)).contains(Self.escape))
        let piped = try library.run(["lessons"])
        #expect(piped.status == 0 && !piped.output.contains(Self.escape))
    }

    @Test func anErrorAtATerminalBreaksBetweenWordsAndAPipeGetsWholeLines() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let shown = try Self.onTerminal(["export", "wenkend-perspectiv", "--no-color"], in: library, environment: ["COLUMNS": "60"])
        let lines = shown.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count >= 4, "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("hint: did you mean 'wenkend-perspectief'?") })
        #expect(lines.filter { $0.hasPrefix("      ") }.count >= 2, "continuations line up under the hint's text")
        let words = shown.split(whereSeparator: { $0 == " " || $0.isNewline })
        #expect(words.contains("raad-van-commissarissen;"), "no word is cut")
        let piped = try library.run(["export", "wenkend-perspectiv"])
        #expect(piped.status == 1)
        #expect(piped.errors.contains("compositions are: wenkend-perspectief, raad-van-commissarissen; add"), "one line in a pipe")
    }
}
