import Foundation

/// A bar chart as SVG, written through libxml2: one bar per category with its count printed
/// beside it, readable in black and white and at A4 width. A suppressed count ("<3") gets an
/// outlined bar of the threshold's height and its label, never its number. Labels wrap over
/// lines instead of being cut.
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// The count, or nil when it is suppressed.
        public var count: Int?
        /// What a suppressed count shows, e.g. "<3".
        public var suppressedLabel: String

        public init(label: String, count: Int?, suppressedLabel: String = "<3") {
            self.label = label
            self.count = count
            self.suppressedLabel = suppressedLabel
        }
    }

    public var title: String
    /// What the bars count, under the chart: "verhalen".
    public var axisLabel: String
    public var bars: [Bar]
    /// 1 for a page; larger for a slide.
    public var textScale = 1.0

    public init(title: String, axisLabel: String, bars: [Bar]) {
        self.title = title
        self.axisLabel = axisLabel
        self.bars = bars
    }

    /// Width in SVG units (points): A4's text width.
    static let width = 480.0

    /// The chart as an SVG document.
    public func svg() throws -> Data {
        let fonts = ChartFonts(scale: textScale)
        let labelColumn = min(190 * textScale, bars.map { ChartText.width($0.label, size: fonts.label) }.max() ?? 0) + 8
        let labels = bars.map { ChartText.wrap($0.label, size: fonts.label, width: labelColumn - 8) }
        let labelWidth = max(labelColumn, (labels.map { ChartText.widest($0, size: fonts.label) }.max() ?? 0) + 8)
        let countWidth = ChartText.width("000", size: fonts.label) + 10
        let plotWidth = 240.0
        let width = max(Self.width, labelWidth + plotWidth + countWidth)
        let titleLines = ChartText.wrap(title, size: fonts.title, width: width, bold: true)
        let top = ChartText.height(lines: titleLines.count, size: fonts.title) + 12
        let rowHeights = labels.map { max(18, ChartText.height(lines: $0.count, size: fonts.label)) + 8 }
        let height = top + rowHeights.reduce(0, +) + fonts.small * 2.5
        let largest = Double(max(1, bars.compactMap(\.count).max() ?? 1, 3))
        let svg = try SVGDocument(width: width, height: height, title: title)
        try svg.text(lines: titleLines, x: 0, y: fonts.title, size: fonts.title, weight: "bold")
        var y = top
        for (index, bar) in bars.enumerated() {
            let barHeight = rowHeights[index] - 8
            let firstBaseline = y + (barHeight - ChartText.height(lines: labels[index].count, size: fonts.label)) / 2 + fonts.label * 0.9
            try svg.text(lines: labels[index], x: labelWidth - 8, y: firstBaseline, size: fonts.label, anchor: "end")
            let value = Double(bar.count ?? 2)
            let length = max(1, value / largest * plotWidth)
            try svg.rect(
                x: labelWidth, y: y, width: length, height: barHeight, fill: bar.count == nil ? "white" : "#4d4d4d", stroke: "#333",
                dashed: bar.count == nil)
            try svg.text(
                bar.count.map(String.init) ?? bar.suppressedLabel, x: labelWidth + length + 5, y: y + barHeight / 2 + fonts.label * 0.35,
                size: fonts.label)
            y += rowHeights[index]
        }
        try svg.line(x1: labelWidth, y1: top - 4, x2: labelWidth, y2: y)
        try svg.text(axisLabel, x: labelWidth, y: height - fonts.small * 0.6, size: fonts.small)
        return try svg.finish()
    }
}
