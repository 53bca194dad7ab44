/// How wide a text is in the charts' font (Liberation Sans, metric-compatible with Arial), and
/// how it wraps: the estimate every chart lays its labels out with, and the tests check them
/// against. Widths are advance widths in em, per character class, on the safe side.
public enum ChartText {
    /// The width of `text` at `size`, in the SVG's units.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        let ems = text.reduce(0.0) { $0 + advance($1) }
        return ems * size * (bold ? 1.08 : 1)
    }

    private static func advance(_ character: Character) -> Double {
        switch character {
        case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!", "I": 0.28
        case " ", "f", "t", "r", "(", ")", "[", "]", "/", "-": 0.36
        case "m", "w", "M", "W", "—", "…", "←", "→", "↑", "↓", "%": 1.0
        case "A"..."Z": 0.72
        default: 0.58
        }
    }

    /// `text` in lines no wider than `width`, broken between words; a word wider than `width`
    /// keeps a line of its own (the chart makes room for it rather than cut it).
    public static func wrap(_ text: String, size: Double, width limit: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && width(candidate, size: size, bold: bold) > limit {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    /// The width of the widest line.
    static func widest(_ lines: [String], size: Double, bold: Bool = false) -> Double {
        lines.map { width($0, size: size, bold: bold) }.max() ?? 0
    }

    /// The height of `count` lines at `size`.
    static func height(lines count: Int, size: Double) -> Double {
        Double(count) * size * lineHeight
    }

    static let lineHeight = 1.25
}
