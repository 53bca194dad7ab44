import Foundation

/// A contingency table as an SVG heat map: a grey square per cell, darker for more stories,
/// with the count printed in it (white on dark, black on light), readable in black and white.
/// A suppressed cell shows its label ("<3") on white.
public struct HeatMap: Sendable {
    public var title: String
    public var rowTitle: String
    public var columnTitle: String
    public var rows: [String]
    public var columns: [String]
    /// Counts by row, then column; nil when suppressed.
    public var counts: [[Int?]]
    public var suppressedLabel: String
    /// 1 for a page; larger for a slide.
    public var textScale = 1.0

    public init(
        title: String, rowTitle: String, columnTitle: String, rows: [String], columns: [String], counts: [[Int?]],
        suppressedLabel: String = "<3"
    ) {
        self.title = title
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
        self.rows = rows
        self.columns = columns
        self.counts = counts
        self.suppressedLabel = suppressedLabel
    }

    public func svg() throws -> Data {
        let fonts = ChartFonts(scale: textScale)
        let labelColumn = min(150 * textScale, rows.map { ChartText.width($0, size: fonts.small) }.max() ?? 0) + 8
        let rowLabels = rows.map { ChartText.wrap($0, size: fonts.small, width: labelColumn - 8) }
        let labelWidth = max(labelColumn, (rowLabels.map { ChartText.widest($0, size: fonts.small) }.max() ?? 0) + 8)
        // A column is as wide as its longest word, and as its whole label up to 110 points, so
        // that a label wraps at most into a few lines and never runs into its neighbour.
        let longestWord = columns.flatMap { $0.split(separator: " ") }.map { ChartText.width(String($0), size: fonts.small) }.max() ?? 0
        let longestLabel = columns.map { ChartText.width($0, size: fonts.small) }.max() ?? 0
        let cellWidth = max(44, longestWord + 10, min(110 * textScale, longestLabel + 10), ChartText.width("000", size: fonts.label) + 8)
        let columnLabels = columns.map { ChartText.wrap($0, size: fonts.small, width: cellWidth - 6) }
        let cell = max(
            min(48, cellWidth), (rowLabels.map { ChartText.height(lines: $0.count, size: fonts.small) }.max() ?? 0) + 6, fonts.label * 1.8)
        let width = max(BarChart.width, labelWidth + Double(columns.count) * cellWidth + 2)
        let titleLines = ChartText.wrap(title, size: fonts.title, width: width, bold: true)
        let columnTitleLines = ChartText.wrap(columnTitle, size: fonts.small, width: width - labelWidth)
        let rowTitleLines = ChartText.wrap(rowTitle, size: fonts.small, width: width)
        let columnLabelLines = columnLabels.map(\.count).max() ?? 1
        var y = ChartText.height(lines: titleLines.count, size: fonts.title) + fonts.small * 0.6
        let columnTitleTop = y + fonts.small
        y += ChartText.height(lines: columnTitleLines.count, size: fonts.small) + 4
        let columnLabelTop = y + fonts.small
        let top = y + ChartText.height(lines: columnLabelLines, size: fonts.small) + 4
        let height = top + Double(rows.count) * cell + ChartText.height(lines: rowTitleLines.count, size: fonts.small) + 8
        let largest = Double(max(1, counts.flatMap { $0 }.compactMap { $0 }.max() ?? 1))
        let svg = try SVGDocument(width: width, height: height, title: title)
        try svg.text(lines: titleLines, x: 0, y: fonts.title, size: fonts.title, weight: "bold")
        try svg.text(lines: columnTitleLines, x: labelWidth, y: columnTitleTop, size: fonts.small)
        for (index, lines) in columnLabels.enumerated() {
            try svg.text(
                lines: lines, x: labelWidth + (Double(index) + 0.5) * cellWidth, y: columnLabelTop, size: fonts.small, anchor: "middle")
        }
        for (r, lines) in rowLabels.enumerated() {
            let y = top + Double(r) * cell
            let block = ChartText.height(lines: lines.count, size: fonts.small)
            try svg.text(lines: lines, x: labelWidth - 6, y: y + (cell - block) / 2 + fonts.small * 0.9, size: fonts.small, anchor: "end")
            for c in columns.indices {
                let x = labelWidth + Double(c) * cellWidth
                let value = r < counts.count && c < counts[r].count ? counts[r][c] : nil
                let shade = value.map { 1 - Double($0) / largest * 0.85 } ?? 1
                let grey = Int((shade * 255).rounded())
                let fill = String(format: "#%02x%02x%02x", grey, grey, grey)
                try svg.rect(x: x, y: y, width: cellWidth, height: cell, fill: fill, stroke: "#666", dashed: value == nil)
                try svg.text(
                    value.map(String.init) ?? suppressedLabel, x: x + cellWidth / 2, y: y + cell / 2 + fonts.label * 0.35,
                    size: fonts.label, anchor: "middle", weight: "bold", fill: shade < 0.5 ? "white" : "#111")
            }
        }
        try svg.text(lines: rowTitleLines, x: 0, y: top + Double(rows.count) * cell + fonts.small * 1.4, size: fonts.small)
        return try svg.finish()
    }
}
