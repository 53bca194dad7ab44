import Foundation

/// A scale per category as SVG: one small histogram per category, stacked on one shared
/// height, so that the shapes can be compared at a glance; readable in black and white. The
/// categories' labels wrap over lines instead of being cut.
public struct HistogramSet: Sendable {
    public var title: String
    public var leftLabel: String
    public var rightLabel: String
    /// Per category: its label and ten counts (nil when suppressed).
    public var rows: [(label: String, counts: [Int?])]
    public var suppressedLabel: String
    /// Each bar's range when the bins are not the ten of a scale.
    public var binLabels: [String]
    /// 1 for a page; larger for a slide.
    public var textScale = 1.0

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
        let fonts = ChartFonts(scale: textScale)
        let labelColumn = min(130 * textScale, rows.map { ChartText.width($0.label, size: fonts.small) }.max() ?? 0) + 8
        let labels = rows.map { ChartText.wrap($0.label, size: fonts.small, width: labelColumn - 8) }
        let labelWidth = max(labelColumn, (labels.map { ChartText.widest($0, size: fonts.small) }.max() ?? 0) + 8)
        let plotWidth = max(BarChart.width - labelWidth - 10, Histogram.endsWidth(leftLabel, rightLabel, fonts: fonts))
        let width = labelWidth + plotWidth + 10
        let titleLines = ChartText.wrap(title, size: fonts.title, width: width, bold: true)
        let top = ChartText.height(lines: titleLines.count, size: fonts.title) + 10
        let rowHeight = max(
            62, (labels.map { ChartText.height(lines: $0.count, size: fonts.small) }.max() ?? 0) + 8, fonts.small * 1.3 + 40)
        let height = top + Double(rows.count) * rowHeight + fonts.small * 4.4
        let largest = Histogram.largest(rows.flatMap(\.counts))
        let svg = try SVGDocument(width: width, height: height, title: title)
        try svg.text(lines: titleLines, x: 0, y: fonts.title, size: fonts.title, weight: "bold")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let block = ChartText.height(lines: labels[index].count, size: fonts.small)
            try svg.text(
                lines: labels[index], x: labelWidth - 8, y: y + (rowHeight - block) / 2 + fonts.small * 0.9, size: fonts.small,
                anchor: "end")
            try Histogram.draw(
                row.counts, in: svg, x: labelWidth, y: y, width: plotWidth, height: rowHeight - 6, largest: largest,
                suppressedLabel: suppressedLabel, fonts: fonts)
        }
        let bottom = top + Double(rows.count) * rowHeight
        try Histogram.drawBinLabels(
            binLabels, count: rows.first?.counts.count ?? 10, in: svg, x: labelWidth, width: plotWidth, y: bottom + fonts.small * 1.3,
            fonts: fonts)
        try Histogram.drawEnds(leftLabel, rightLabel, in: svg, x: labelWidth, width: plotWidth, y: bottom + fonts.small * 3, fonts: fonts)
        return try svg.finish()
    }
}
