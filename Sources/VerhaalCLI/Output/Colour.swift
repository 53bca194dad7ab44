import Foundation
import Rainbow
import VerhaalKit

/// Colour for a terminal, through Rainbow: errors red, warnings yellow, ids cyan, headings bold.
/// Only what goes to a terminal is coloured (Rainbow itself colours only when standard output
/// is a console), and `NO_COLOR` (any value but empty) or `--no-color` turns it off, so a pipe,
/// a file or a test always gets plain text.
enum Colour {
    /// Set once, before any command runs, by `VerhaalCommand.runFromCommandLine`.
    nonisolated(unsafe) private static var turnedOff = false

    /// Takes `--no-color` out of the arguments (any command accepts it) and turns colour off
    /// when it was there.
    static func configure(_ arguments: [String]) -> [String] {
        turnedOff = arguments.contains("--no-color") || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        return arguments.filter { $0 != "--no-color" }
    }

    /// Whether text for standard output (1) or standard error (2) is coloured.
    static func isOn(for descriptor: Int32) -> Bool {
        !turnedOff && isatty(descriptor) == 1
    }

    static func error(_ text: String, to descriptor: Int32 = STDERR_FILENO) -> String {
        isOn(for: descriptor) ? text.red.bold : text
    }

    static func warning(_ text: String, to descriptor: Int32 = STDOUT_FILENO) -> String {
        isOn(for: descriptor) ? text.yellow : text
    }

    static func id(_ text: String) -> String {
        isOn(for: STDOUT_FILENO) ? text.cyan : text
    }

    static func heading(_ text: String) -> String {
        isOn(for: STDOUT_FILENO) ? text.bold : text
    }

    /// A line of `check`'s report: its "error:" and "warning:" coloured.
    static func diagnosticLine(_ line: String) -> String {
        guard isOn(for: STDOUT_FILENO) else { return line }
        return line.replacingOccurrences(of: ": error: ", with: ": " + "error:".red.bold + " ")
            .replacingOccurrences(of: ": warning: ", with: ": " + "warning:".yellow + " ")
    }

    /// A refusal as the user reads it on standard error: "Error:" coloured, then the message,
    /// the diagnostics and the hint, broken between words at a terminal's width.
    static func describe(_ error: VerhaalError) -> String {
        let lines = ("Error: " + error.description).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let wrapped = TerminalWidth.ofStandardError.map { width in lines.flatMap { WordWrap.lines($0, width: width) } } ?? lines
        return wrapped.map { line in
            if line.hasPrefix("Error: ") { return self.error("Error:") + line.dropFirst(6) }
            if line.hasPrefix("hint: ") && isOn(for: STDERR_FILENO) { return "hint:".yellow + line.dropFirst(5) }
            return line
        }.joined(separator: "\n")
    }
}
