import Foundation

/// A histogram of one scale as SVG: ten upright bars (0–9 … 90–100) with the count above each,
/// the scale's own end labels under the axis. A suppressed bin gets a dashed outline of the
/// threshold's height and its label ("<3"), never its number.
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
        let svg = try SVGDocument(width: BarChart.width, height: 230, title: title)
        try svg.text(title, x: 0, y: 16, size: 13, weight: "bold")
        try Self.draw(
            counts, in: svg, x: 20, y: 40, width: BarChart.width - 40, height: 140, largest: Self.largest(counts),
            suppressedLabel: suppressedLabel)
        try Self.drawBinLabels(binLabels, count: counts.count, in: svg, x: 20, width: BarChart.width - 40, y: 196)
        try svg.text("← " + SVGDocument.shortened(leftLabel, to: 38), x: 20, y: 214, size: 10)
        try svg.text(SVGDocument.shortened(rightLabel, to: 38) + " →", x: BarChart.width - 20, y: 214, size: 10, anchor: "end")
        return try svg.finish()
    }

    /// "0–9" and "90–100" under the ends of ten bins, or each bin's range under its bar.
    static func drawBinLabels(_ labels: [String], count: Int, in svg: SVGDocument, x: Double, width: Double, y: Double) throws {
        guard !labels.isEmpty, labels.count != 10 else {
            try svg.text("0–9", x: x, y: y, size: 9)
            try svg.text("90–100", x: x + width, y: y, size: 9, anchor: "end")
            return
        }
        let slot = width / Double(max(1, count))
        for (index, label) in labels.prefix(count).enumerated() {
            try svg.text(
                label.replacingOccurrences(of: "-", with: "–"), x: x + (Double(index) + 0.5) * slot, y: y, size: 9, anchor: "middle")
        }
    }

    static func largest(_ counts: [Int?]) -> Double {
        Double(max(3, counts.compactMap { $0 }.max() ?? 3))
    }

    /// Draws ten bars into the box, counts above them, and the base line.
    static func draw(
        _ counts: [Int?], in svg: SVGDocument, x: Double, y: Double, width: Double, height: Double, largest: Double,
        suppressedLabel: String
    ) throws {
        let slot = width / Double(max(1, counts.count))
        let top = y + 12
        let plot = height - 12
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
                try svg.text(label, x: left + (slot - 4) / 2, y: top + plot - barHeight - 3, size: 9, anchor: "middle")
            }
        }
        try svg.line(x1: x, y1: top + plot, x2: x + width, y2: top + plot)
    }
}
