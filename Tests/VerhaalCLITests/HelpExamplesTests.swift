import Foundation
import Testing

/// The help of every command as a user copies from it: every example line fits 80 columns (so
/// it is printed as written, never re-wrapped), every example is valid bash when pasted with
/// its `\` continuations, and the examples that only read run against a copy of the sample.
@Suite struct HelpExamplesTests {
    /// Every command path, from the SUBCOMMANDS of `verhaal --help` down.
    static func commands(in library: borrowing TemporaryLibrary) throws -> [[String]] {
        var paths: [[String]] = []
        var queue: [[String]] = [[]]
        while let path = queue.first {
            queue.removeFirst()
            paths.append(path)
            let help = try library.run(path + ["--help"]).output
            guard let start = help.range(of: "SUBCOMMANDS:\n") else { continue }
            for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { break }
                guard let match = line.wholeMatch(of: /\ \ ([a-z][a-z-]*)( \(default\))?(  .*)?/) else { continue }
                let name = String(match.1)
                if name != "help" && !path.contains(name) { queue.append(path + [name]) }
            }
        }
        return paths
    }

    /// The examples of a help text, each with its continuation lines joined as bash reads them.
    static func examples(in help: String) -> (examples: [String], lines: [String]) {
        guard let start = help.range(of: "Examples:\n") else { return ([], []) }
        var examples: [String] = []
        var lines: [String] = []
        var current = ""
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line.hasPrefix("USAGE:") { break }
            lines.append(String(line))
            current += (current.isEmpty ? "" : "\n") + line
            if !line.hasSuffix("\\") {
                examples.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        return (examples, lines)
    }

    /// Examples that only read the library.
    static let readOnly = [
        "verhaal list", "verhaal show", "verhaal lessons", "verhaal questions", "verhaal check", "verhaal compose",
        "verhaal session list", "verhaal round list",
    ]

    @Test func everyExampleFitsEightyColumnsIsValidBashAndTheReadingOnesRun() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let folder = VerhaalProcess.executable.deletingLastPathComponent().path
        var count = 0
        var ran = 0
        for path in try Self.commands(in: library) {
            let help = try library.run(path + ["--help"], environment: ["COLUMNS": "80"]).output
            let (examples, lines) = Self.examples(in: help)
            for line in lines {
                #expect(line.hasPrefix("  ") && line.count <= 80, "verhaal \(path.joined(separator: " ")): re-wrapped: \(line)")
            }
            for example in examples {
                count += 1
                let syntax = Process()
                syntax.executableURL = URL(fileURLWithPath: "/bin/bash")
                syntax.arguments = ["-n", "-c", example]
                try syntax.run()
                syntax.waitUntilExit()
                #expect(syntax.terminationStatus == 0, "not valid bash: \(example)")
                guard Self.readOnly.contains(where: { example.hasPrefix($0 + " ") || example == $0 }), !example.contains("--out") else {
                    continue
                }
                let run = Process()
                run.executableURL = URL(fileURLWithPath: "/bin/bash")
                run.arguments = ["-c", example]
                run.currentDirectoryURL = library.root
                run.environment = ProcessInfo.processInfo.environment.merging(["PATH": folder + ":/usr/bin:/bin"]) { $1 }
                run.standardOutput = FileHandle.nullDevice
                run.standardError = FileHandle.nullDevice
                try run.run()
                run.waitUntilExit()
                ran += 1
                #expect(run.terminationStatus == 0, "the example fails on the sample: \(example)")
            }
        }
        #expect(count > 40, "examples found: \(count)")
        print("help examples: \(count) checked with bash -n, \(ran) run against the sample")
    }
}
