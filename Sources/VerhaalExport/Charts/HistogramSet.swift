import Foundation

/// A scale per category as SVG: one small histogram per category, stacked on one shared
/// height, so that the shapes can be compared at a glance; readable in black and white.
public struct HistogramSet: Sendable {
    public var title: String
    public var leftLabel: String
    public var rightLabel: String
    /// Per category: its label and ten counts (nil when suppressed).
    public var rows: [(label: String, counts: [Int?])]
    public var suppressedLabel: String
    /// Each bar's range when the bins are not the ten of a scale.
    public var binLabels: [String]

    public init(
        title: String, leftLabel: String, rightLabel: String, rows: [(label: String, counts: [Int?])], suppressedLabel: String = "<3",
        binLabels: [String] = []
    ) {
        self.title = title
        self.leftLabel = leftLabel
        self.rightLabel = rightLabel
        self.rows = rows
        self.suppressedLabel = suppressedLabel
        self.binLabels = binLabels
    }

    public func svg() throws -> Data {
        let labelWidth = 130.0
        let rowHeight = 62.0
        let top = 30.0
        let height = top + Double(rows.count) * rowHeight + 44
        let largest = Histogram.largest(rows.flatMap(\.counts))
        let svg = try SVGDocument(width: BarChart.width, height: height, title: title)
        try svg.text(SVGDocument.shortened(title, to: 70), x: 0, y: 16, size: 13, weight: "bold")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            try svg.text(SVGDocument.shortened(row.label, to: 22), x: labelWidth - 8, y: y + rowHeight / 2 + 6, size: 10, anchor: "end")
            try Histogram.draw(
                row.counts, in: svg, x: labelWidth, y: y, width: BarChart.width - labelWidth - 10, height: rowHeight - 6,
                largest: largest, suppressedLabel: suppressedLabel)
        }
        let bottom = top + Double(rows.count) * rowHeight
        try Histogram.drawBinLabels(
            binLabels, count: rows.first?.counts.count ?? 10, in: svg, x: labelWidth, width: BarChart.width - labelWidth - 10,
            y: bottom + 12)
        try svg.text("← " + SVGDocument.shortened(leftLabel, to: 30), x: labelWidth, y: bottom + 30, size: 10)
        try svg.text(SVGDocument.shortened(rightLabel, to: 30) + " →", x: BarChart.width - 10, y: bottom + 30, size: 10, anchor: "end")
        return try svg.finish()
    }
}
