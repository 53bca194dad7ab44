/// A command's discussion for `--help`: each paragraph of prose on one line, so that the help
/// wraps it at the terminal's width without leaving a word alone on a line; an indented line
/// (an example, with its `\` continuations) and a line after one ending in ":" stay as written.
enum HelpText {
    static func text(_ discussion: String) -> String {
        var lines: [String] = []
        for line in discussion.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let joins =
                !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("- ")
                && lines.last.map { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasSuffix(":") } == true
            if joins {
                lines[lines.count - 1] += " " + line
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
