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
    /// 1 for a page; larger for a slide.
    public var textScale = 1.0

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
        let fonts = ChartFonts(scale: textScale)
        let size = 300.0
        let columns = max(1, counts.count)
        let rows = max(1, counts.first?.count ?? 10)
        let cellWidth = size / Double(columns)
        let cellHeight = size / Double(rows)
        let cell = min(cellWidth, cellHeight)
        let yEndLabels = ["↑ " + yEnds.1, "↓ " + yEnds.0].map { ChartText.wrap($0, size: fonts.small, width: 110 * textScale) }
        let yBinWidth = binLabels.1.count == rows && rows != 10 ? ChartText.widest(binLabels.1, size: fonts.small) + 6 : 0
        let left = yBinWidth + (yEndLabels.map { ChartText.widest($0, size: fonts.small) }.max() ?? 0) + 10
        let width = max(BarChart.width, left + size + 10)
        let titleLines = ChartText.wrap(title, size: fonts.title, width: width, bold: true)
        let yTitleLines = ChartText.wrap("↑ " + yTitle, size: fonts.small, width: width - left, bold: true)
        let xTitleLines = ChartText.wrap(xTitle, size: fonts.small, width: width - left, bold: true)
        let xEndsWide = Histogram.endsWidth(xEnds.0, xEnds.1, fonts: fonts) > size
        let top =
            ChartText.height(lines: titleLines.count, size: fonts.title) + ChartText.height(lines: yTitleLines.count, size: fonts.small)
            + 10
        let binRow = binLabels.0.count == columns && columns != 10 ? fonts.small * 1.4 : 0
        let endsHeight = fonts.small * (xEndsWide ? 2.8 : 1.4)
        let height = top + size + binRow + endsHeight + ChartText.height(lines: xTitleLines.count, size: fonts.small) + 10
        let largest = Double(max(3, counts.flatMap { $0 }.compactMap { $0 }.max() ?? 3))
        let svg = try SVGDocument(width: width, height: height, title: title)
        try svg.text(lines: titleLines, x: 0, y: fonts.title, size: fonts.title, weight: "bold")
        try svg.text(
            lines: yTitleLines, x: left, y: ChartText.height(lines: titleLines.count, size: fonts.title) + fonts.small + 2,
            size: fonts.small,
            weight: "bold")
        try svg.rect(x: left, y: top, width: size, height: size, fill: "white", stroke: "#999", dashed: false)
        // A count is written only where it fits its square at this size; it sits in a dark
        // circle large enough to hold it, and otherwise beside its circle, never on it.
        let countSize = fonts.small * 0.9
        let countsFit = cell >= ChartText.width("<3", size: countSize) * 2.4
        for x in 0..<columns {
            for y in 0..<rows {
                let value = x < counts.count && y < counts[x].count ? counts[x][y] : 0
                guard value != 0 else { continue }
                let label = value.map(String.init) ?? suppressedLabel
                let labelWidth = ChartText.width(label, size: countSize)
                let inside = value != nil && (Double(value ?? 0) / largest).squareRoot() * cell * 0.45 >= labelWidth / 2 + 1
                let centerX = left + Double(x) * cellWidth + (inside || !countsFit ? cellWidth / 2 : cellWidth * 0.36)
                let centerY = top + size - (Double(y) + 0.5) * cellHeight
                let largestRadius = inside || !countsFit ? cell * 0.45 : min(cell * 0.3, cellWidth * 0.64 - labelWidth - 3)
                let radius = max(2, min(largestRadius, (Double(value ?? 2) / largest).squareRoot() * cell * 0.45))
                try svg.circle(x: centerX, y: centerY, radius: radius, fill: value == nil ? "white" : "#4d4d4d", dashed: value == nil)
                guard countsFit else { continue }
                if inside {
                    try svg.text(label, x: centerX, y: centerY + countSize * 0.35, size: countSize, anchor: "middle", fill: "white")
                } else {
                    try svg.text(label, x: centerX + radius + 2, y: centerY + countSize * 0.35, size: countSize)
                }
            }
        }
        var below = top + size
        if binRow > 0 {
            for (index, label) in binLabels.0.enumerated() {
                try svg.text(
                    label, x: left + (Double(index) + 0.5) * cellWidth, y: below + fonts.small * 1.2, size: fonts.small, anchor: "middle")
            }
            below += binRow
        }
        if yBinWidth > 0 {
            for (index, label) in binLabels.1.enumerated() {
                try svg.text(
                    label, x: left - 4, y: top + size - (Double(index) + 0.5) * cellHeight + fonts.small * 0.35, size: fonts.small,
                    anchor: "end")
            }
        }
        try svg.text("← " + xEnds.0, x: left, y: below + fonts.small * 1.2, size: fonts.small)
        try svg.text(xEnds.1 + " →", x: left + size, y: below + fonts.small * (xEndsWide ? 2.6 : 1.2), size: fonts.small, anchor: "end")
        try svg.text(lines: xTitleLines, x: left, y: below + endsHeight + fonts.small, size: fonts.small, weight: "bold")
        try svg.text(lines: yEndLabels[0], x: left - 8 - yBinWidth, y: top + fonts.small, size: fonts.small, anchor: "end")
        let bottomBlock = ChartText.height(lines: yEndLabels[1].count, size: fonts.small)
        try svg.text(
            lines: yEndLabels[1], x: left - 8 - yBinWidth, y: top + size - bottomBlock + fonts.small, size: fonts.small, anchor: "end")
        return try svg.finish()
    }
}
