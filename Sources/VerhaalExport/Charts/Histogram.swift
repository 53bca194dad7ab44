import Foundation

/// A histogram of one scale as SVG: ten upright bars (0–9 … 90–100) with the count above each,
/// the scale's own end labels under the axis. A suppressed bin gets a dashed outline of the
/// threshold's height and its label ("<3") above it, never its number.
public struct Histogram: Sendable {
    public var title: String
    /// The scale's labels at 0 and at 100, in the question's words.
    public var leftLabel: String
    public var rightLabel: String
    /// Ten counts; nil when suppressed.
    public var counts: [Int?]
    public var suppressedLabel: String
    /// Each bar's range when the bins are not the ten of a scale (merged so that none is small).
    public var binLabels: [String]
    /// 1 for a page; larger for a slide.
    public var textScale = 1.0

    public init(
        title: String, leftLabel: String, rightLabel: String, counts: [Int?], suppressedLabel: String = "<3", binLabels: [String] = []
    ) {
        self.title = title
        self.leftLabel = leftLabel
        self.rightLabel = rightLabel
        self.counts = counts
        self.suppressedLabel = suppressedLabel
        self.binLabels = binLabels
    }

    public func svg() throws -> Data {
        let fonts = ChartFonts(scale: textScale)
        let width = max(BarChart.width, Self.endsWidth(leftLabel, rightLabel, fonts: fonts) + 40)
        let titleLines = ChartText.wrap(title, size: fonts.title, width: width, bold: true)
        let top = ChartText.height(lines: titleLines.count, size: fonts.title) + 10
        let plot = 140.0
        let svg = try SVGDocument(width: width, height: top + plot + fonts.small * 5, title: title)
        try svg.text(lines: titleLines, x: 0, y: fonts.title, size: fonts.title, weight: "bold")
        try Self.draw(
            counts, in: svg, x: 20, y: top, width: width - 40, height: plot, largest: Self.largest(counts),
            suppressedLabel: suppressedLabel, fonts: fonts)
        let below = top + plot + fonts.small * 1.6
        try Self.drawBinLabels(binLabels, count: counts.count, in: svg, x: 20, width: width - 40, y: below, fonts: fonts)
        try Self.drawEnds(leftLabel, rightLabel, in: svg, x: 20, width: width - 40, y: below + fonts.small * 1.8, fonts: fonts)
        return try svg.finish()
    }

    /// The width the two end labels need side by side, with room between them.
    static func endsWidth(_ left: String, _ right: String, fonts: ChartFonts) -> Double {
        ChartText.width("← " + left, size: fonts.small) + ChartText.width(right + " →", size: fonts.small) + 3 * fonts.small
    }

    /// "← left" under the start of the axis and "right →" under its end.
    static func drawEnds(_ left: String, _ right: String, in svg: SVGDocument, x: Double, width: Double, y: Double, fonts: ChartFonts)
        throws
    {
        try svg.text("← " + left, x: x, y: y, size: fonts.small)
        try svg.text(right + " →", x: x + width, y: y, size: fonts.small, anchor: "end")
    }

    /// "0–9" and "90–100" under the ends of ten bins, or each bin's range under its bar.
    static func drawBinLabels(
        _ labels: [String], count: Int, in svg: SVGDocument, x: Double, width: Double, y: Double, fonts: ChartFonts
    ) throws {
        guard !labels.isEmpty, labels.count != 10 else {
            try svg.text("0–9", x: x, y: y, size: fonts.small)
            try svg.text("90–100", x: x + width, y: y, size: fonts.small, anchor: "end")
            return
        }
        let slot = width / Double(max(1, count))
        for (index, label) in labels.prefix(count).enumerated() {
            try svg.text(
                label.replacingOccurrences(of: "-", with: "–"), x: x + (Double(index) + 0.5) * slot, y: y, size: fonts.small,
                anchor: "middle")
        }
    }

    static func largest(_ counts: [Int?]) -> Double {
        Double(max(3, counts.compactMap { $0 }.max() ?? 3))
    }

    /// Draws the bars into the box with their counts above them (a suppressed one's label above
    /// its outline, never on it), and the base line.
    static func draw(
        _ counts: [Int?], in svg: SVGDocument, x: Double, y: Double, width: Double, height: Double, largest: Double,
        suppressedLabel: String, fonts: ChartFonts
    ) throws {
        let slot = width / Double(max(1, counts.count))
        let top = y + fonts.small * 1.3
        let plot = height - fonts.small * 1.3
        for (index, count) in counts.enumerated() {
            let value = Double(count ?? 2)
            let barHeight = count == 0 ? 0 : max(1, value / largest * plot)
            let left = x + Double(index) * slot + 2
            if barHeight > 0 {
                try svg.rect(
                    x: left, y: top + plot - barHeight, width: slot - 4, height: barHeight, fill: count == nil ? "white" : "#4d4d4d",
                    stroke: "#333", dashed: count == nil)
            }
            let label = count.map(String.init) ?? suppressedLabel
            if count != 0 {
                try svg.text(label, x: left + (slot - 4) / 2, y: top + plot - barHeight - 3, size: fonts.small, anchor: "middle")
            }
        }
        try svg.line(x1: x, y1: top + plot, x2: x + width, y2: top + plot)
    }
}
