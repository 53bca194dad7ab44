import Foundation

/// The marks of `Stories/duiding/markeringen.yaml`: one line per pattern, `pendule~rol: yes`.
public struct PatternMarks: Sendable, Equatable {
    /// Mark by pattern id.
    public var marks: [String: PatternMark] = [:]

    public init(marks: [String: PatternMark] = [:]) {
        self.marks = marks
    }

    public subscript(pattern: String) -> PatternMark? { marks[pattern] }

    /// The patterns marked `yes`, sorted.
    public var remarkable: [String] { marks.filter { $0.value == .yes }.map(\.key).sorted() }

    /// Reads the file's text; every problem has its line.
    public static func parse(_ text: String, path: String, framework: Framework) -> (PatternMarks, [Diagnostic]) {
        var result = PatternMarks()
        var diagnostics: [Diagnostic] = []
        let root: FrontMatterNode?
        do throws(YAMLShape.Refusal) {
            root = try YAMLShape.guardedCompose(text)
        } catch {
            let hint = "write one 'pattern-id: yes|maybe|no|redundant' per line"
            return (
                result, [error.diagnostic(code: .marksInvalidYAML, file: path, what: "the marks", invalidHint: hint, refusedHint: hint)]
            )
        }
        guard let root else { return (result, []) }
        guard let mapping = root.mapping else {
            diagnostics.append(
                Diagnostic(
                    .error, code: .marksInvalidYAML, file: path, line: 1, column: 1, summary: "the marks are not 'pattern-id: mark' lines",
                    hint: "write one 'pattern-id: yes|maybe|no|redundant' per line, e.g. 'pendule~rol: yes'"))
            return (result, diagnostics)
        }
        for (key, value) in mapping {
            let id = key.string ?? ""
            let line = key.mark?.line
            if let problem = framework.patternIDProblem(id) {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .marksUnknownPattern, file: path, line: line, column: key.mark?.column, field: id,
                        summary: problem.summary, hint: problem.hint))
                continue
            }
            guard let written = value.string, let mark = PatternMark(written: written) else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .marksUnknownValue, file: path, line: value.mark?.line, column: value.mark?.column, field: id,
                        summary: "'\(value.string ?? "")' is not a mark for '\(id)'", hint: "write yes, maybe, no or redundant"))
                continue
            }
            result.marks[id] = mark
        }
        return (result, diagnostics)
    }

    /// `text` with the mark of `pattern` set: its line changed in place, or a line added at the
    /// end; every other line (and comment) kept as it was.
    public static func setting(_ mark: PatternMark, for pattern: String, in text: String) -> String {
        var lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let line = "\(pattern): \(mark.rawValue)"
        if let index = lines.firstIndex(where: { $0.hasPrefix("\(pattern):") || $0.hasPrefix("'\(pattern)':") }) {
            lines[index] = line
        } else {
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
