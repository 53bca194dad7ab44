/// Writes a round back as its file: front matter with every field, the note as the body. Every
/// text is a double-quoted YAML scalar, so no value can break the file.
public enum RoundWriter {
    public static func text(of round: MSCRound) -> String {
        var lines = ["---", "panel: \(quoted(round.panel))", "date: \(round.date)"]
        if let after = round.after { lines.append("after: \(quoted(after))") }
        lines.append("status: \(round.isClosed ? "closed" : "open")")
        lines.append("domains: [\(round.domains.map(quoted).joined(separator: ", "))]")
        lines.append("candidates:")
        lines += round.candidates.map { "  - \(quoted($0))" }
        if round.candidates.isEmpty { lines[lines.count - 1] = "candidates: []" }
        for (key, list) in [("choices", round.choices), ("replaced", round.replaced)] {
            if list.isEmpty {
                if key == "choices" { lines.append("choices: []") }
                continue
            }
            lines.append("\(key):")
            for choice in list {
                lines.append("  - domain: \(quoted(choice.domain))")
                lines.append("    story: \(quoted(choice.story ?? RoundChoice.noChoice))")
                lines.append("    reason: \(quoted(choice.reason))")
                if let dissent = choice.dissent { lines.append("    dissent: \(quoted(dissent))") }
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + (round.note.isEmpty ? "" : "\n" + round.note + "\n")
    }

    /// A double-quoted YAML scalar: backslash, quote and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\x%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
