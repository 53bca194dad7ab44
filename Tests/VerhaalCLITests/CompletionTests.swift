import Foundation
import Testing

/// `verhaal completion bash|zsh|fish`, used as a shell uses it: the script is valid, and typing
/// completes ids, lessons, questions, compositions, rounds and members from the library.
@Suite struct CompletionTests {
    /// What bash offers after `line` (the last word being completed), with the script loaded.
    static func complete(_ line: String, script: URL, in library: borrowing TemporaryLibrary) throws -> [String] {
        var words = line.split(separator: " ").map(String.init)
        if line.hasSuffix(" ") { words.append("") }
        let array = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            COMP_WORDS=(\(array)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _verhaal verhaal '\(words[words.count - 1])' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program]
        process.currentDirectoryURL = library.root
        let folder = VerhaalProcess.executable.deletingLastPathComponent().path
        process.environment = ProcessInfo.processInfo.environment.merging(["PATH": folder + ":/usr/bin:/bin"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func theScriptsAreValidAndBashCompletesNamesFromTheLibrary() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["member", "add", "Paul Sebregts"]).status == 0)
        let bash = try library.run(["completion", "bash"])
        #expect(bash.status == 0)
        let script = library.url("verhaal.bash")
        try Data(bash.output.utf8).write(to: script)
        let syntax = Process()
        syntax.executableURL = URL(fileURLWithPath: "/bin/bash")
        syntax.arguments = ["-n", script.path]
        try syntax.run()
        syntax.waitUntilExit()
        #expect(syntax.terminationStatus == 0)
        for shell in ["zsh", "fish"] {
            let other = try library.run(["completion", shell])
            #expect(other.status == 0 && other.output.contains("verhaal"), "\(shell)")
        }
        #expect(try Self.complete("verhaal show zes", script: script, in: library) == ["zes-indicatoren"])
        #expect(try Self.complete("verhaal edit ruggen", script: script, in: library) == ["ruggensteun"])
        #expect(try Self.complete("verhaal list --lesson de", script: script, in: library) == ["delen"])
        #expect(try Self.complete("verhaal list --perspective ne", script: script, in: library) == ["netwerk"])
        #expect(try Self.complete("verhaal list --answer pen", script: script, in: library) == ["pendule"])
        #expect(try Self.complete("verhaal export raad", script: script, in: library) == ["raad-van-commissarissen"])
        #expect(try Self.complete("verhaal round pick ne", script: script, in: library) == ["netwerktafel-2020"])
        #expect(try Self.complete("verhaal member link Pa", script: script, in: library) == ["Paul Sebregts"])
    }
}
