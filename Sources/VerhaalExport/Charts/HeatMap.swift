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
        let labelWidth = 150.0
        let top = 64.0
        // Few columns get wide cells, so that their labels fit; rows stay at most 48 high.
        let cellWidth = min(110, (BarChart.width - labelWidth) / Double(max(1, columns.count)))
        let cell = min(48, cellWidth)
        let height = top + Double(rows.count) * cell + 24
        let largest = Double(max(1, counts.flatMap { $0 }.compactMap { $0 }.max() ?? 1))
        let svg = try SVGDocument(width: BarChart.width, height: height, title: title)
        try svg.text(title, x: 0, y: 16, size: 13, weight: "bold")
        try svg.text(columnTitle, x: labelWidth, y: 34, size: 10)
        for (index, column) in columns.enumerated() {
            try svg.text(
                SVGDocument.shortened(column, to: Int(cellWidth / 5.2)), x: labelWidth + (Double(index) + 0.5) * cellWidth, y: top - 8,
                size: 9,
                anchor: "middle")
        }
        for (r, row) in rows.enumerated() {
            let y = top + Double(r) * cell
            try svg.text(SVGDocument.shortened(row, to: 24), x: labelWidth - 6, y: y + cell / 2 + 4, size: 10, anchor: "end")
            for (c, _) in columns.enumerated() {
                let x = labelWidth + Double(c) * cellWidth
                let value = r < counts.count && c < counts[r].count ? counts[r][c] : nil
                let shade = value.map { 1 - Double($0) / largest * 0.85 } ?? 1
                let grey = Int((shade * 255).rounded())
                let fill = String(format: "#%02x%02x%02x", grey, grey, grey)
                try svg.rect(x: x, y: y, width: cellWidth, height: cell, fill: fill, stroke: "#666", dashed: value == nil)
                try svg.text(
                    value.map(String.init) ?? suppressedLabel, x: x + cellWidth / 2, y: y + cell / 2 + 4, size: 11,
                    anchor: "middle", weight: "bold", fill: shade < 0.5 ? "white" : "#111")
            }
        }
        try svg.text(rowTitle, x: 0, y: height - 6, size: 10)
        return try svg.finish()
    }
}
