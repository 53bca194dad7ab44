import Foundation

/// Two scales against each other as SVG. The stories are counted in a 10 × 10 grid and each
/// square gets a circle whose area grows with its count, with the count in or beside it: a
/// scatter plot that never shows one story's pair of answers. A suppressed square shows a
/// dashed circle and "<3".
public struct ScatterPlot: Sendable {
    public var title: String
    public var xTitle: String
    public var yTitle: String
    /// The scales' end labels: (left, right) for x, (bottom, top) for y.
    public var xEnds: (String, String)
    public var yEnds: (String, String)
    /// Counts by x bin, then y bin (ten each, or fewer merged ones); nil when suppressed, 0 when empty.
    public var counts: [[Int?]]
    public var suppressedLabel: String
    /// The bins' ranges when they are not the ten of a scale: x, then y.
    public var binLabels: ([String], [String]) = ([], [])

    public init(
        title: String, xTitle: String, yTitle: String, xEnds: (String, String), yEnds: (String, String), counts: [[Int?]],
        suppressedLabel: String = "<3"
    ) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.xEnds = xEnds
        self.yEnds = yEnds
        self.counts = counts
        self.suppressedLabel = suppressedLabel
    }

    public func svg() throws -> Data {
        let left = 120.0
        let top = 40.0
        let size = 300.0
        let columns = max(1, counts.count)
        let rows = max(1, counts.first?.count ?? 10)
        let cellWidth = size / Double(columns)
        let cellHeight = size / Double(rows)
        let cell = min(cellWidth, cellHeight)
        let height = top + size + 56
        let largest = Double(max(3, counts.flatMap { $0 }.compactMap { $0 }.max() ?? 3))
        let svg = try SVGDocument(width: BarChart.width, height: height, title: title)
        try svg.text(SVGDocument.shortened(title, to: 70), x: 0, y: 16, size: 13, weight: "bold")
        try svg.rect(x: left, y: top, width: size, height: size, fill: "white", stroke: "#999", dashed: false)
        for x in 0..<columns {
            for y in 0..<rows {
                let value = x < counts.count && y < counts[x].count ? counts[x][y] : 0
                guard value != 0 else { continue }
                let centerX = left + (Double(x) + 0.5) * cellWidth
                let centerY = top + size - (Double(y) + 0.5) * cellHeight
                let radius = max(3, (Double(value ?? 2) / largest).squareRoot() * cell / 2)
                try svg.circle(x: centerX, y: centerY, radius: radius, fill: value == nil ? "white" : "#4d4d4d", dashed: value == nil)
                let dark = value != nil && radius > 8
                try svg.text(
                    value.map(String.init) ?? suppressedLabel, x: centerX, y: dark ? centerY + 3 : centerY - radius - 2, size: 8,
                    anchor: "middle", fill: dark ? "white" : "#111")
            }
        }
        if binLabels.0.count == columns, columns != 10 {
            for (index, label) in binLabels.0.enumerated() {
                try svg.text(label, x: left + (Double(index) + 0.5) * cellWidth, y: top + size + 28, size: 8, anchor: "middle")
            }
        }
        if binLabels.1.count == rows, rows != 10 {
            for (index, label) in binLabels.1.enumerated() {
                try svg.text(label, x: left - 4, y: top + size - (Double(index) + 0.5) * cellHeight + 3, size: 8, anchor: "end")
            }
        }
        try svg.text(SVGDocument.shortened(xTitle, to: 60), x: left, y: top + size + 40, size: 10, weight: "bold")
        try svg.text("← " + SVGDocument.shortened(xEnds.0, to: 22), x: left, y: top + size + 16, size: 9)
        try svg.text(SVGDocument.shortened(xEnds.1, to: 22) + " →", x: left + size, y: top + size + 16, size: 9, anchor: "end")
        try svg.text("↑ " + SVGDocument.shortened(yTitle, to: 60), x: left, y: top - 6, size: 10, weight: "bold")
        try svg.text("↑ " + SVGDocument.shortened(yEnds.1, to: 18), x: left - 8, y: top + 10, size: 9, anchor: "end")
        try svg.text("↓ " + SVGDocument.shortened(yEnds.0, to: 18), x: left - 8, y: top + size - 2, size: 9, anchor: "end")
        return try svg.finish()
    }
}
