/// A message broken between words to fit a terminal: continuation lines are indented to the
/// text after the first line's label ("hint: ", "Error: "), and a word longer than the line
/// keeps a line of its own rather than being cut.
enum WordWrap {
    static func lines(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let label = ["Error: ", "hint: ", "warning: "].first { line.hasPrefix($0) } ?? ""
        let indent = String(repeating: " ", count: label.count)
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && candidate.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines
    }
}
