import Foundation

/// A bar chart as SVG, written through libxml2: one bar per category with its count printed
/// beside it, readable in black and white and at A4 width. A suppressed count ("<3") gets an
/// outlined bar of the threshold's height and its label, never its number.
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

    public init(title: String, axisLabel: String, bars: [Bar]) {
        self.title = title
        self.axisLabel = axisLabel
        self.bars = bars
    }

    /// Width in SVG units (points): A4's text width.
    static let width = 480.0
    static let barHeight = 18.0
    static let gap = 8.0
    static let labelWidth = 180.0

    /// The chart as an SVG document.
    public func svg() throws -> Data {
        let top = 36.0
        let height = top + Double(bars.count) * (Self.barHeight + Self.gap) + 30
        let largest = Double(max(1, bars.compactMap(\.count).max() ?? 1, 3))
        let plotWidth = Self.width - Self.labelWidth - 50
        let svg = try SVGDocument(width: Self.width, height: height, title: title)
        try svg.text(title, x: 0, y: 16, size: 13, weight: "bold")
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * (Self.barHeight + Self.gap)
            try svg.text(SVGDocument.shortened(bar.label, to: 30), x: Self.labelWidth - 6, y: y + 13, size: 11, anchor: "end")
            let value = Double(bar.count ?? 2)
            let length = max(1, value / largest * plotWidth)
            if bar.count == nil {
                // Outlined and dashed: there are a few, how many is not told.
                try svg.rect(x: Self.labelWidth, y: y, width: length, height: Self.barHeight, fill: "white", stroke: "#333", dashed: true)
            } else {
                try svg.rect(
                    x: Self.labelWidth, y: y, width: length, height: Self.barHeight, fill: "#4d4d4d", stroke: "#333", dashed: false)
            }
            try svg.text(bar.count.map(String.init) ?? bar.suppressedLabel, x: Self.labelWidth + length + 5, y: y + 13, size: 11)
        }
        try svg.line(x1: Self.labelWidth, y1: top - 4, x2: Self.labelWidth, y2: height - 26)
        try svg.text(axisLabel, x: Self.labelWidth, y: height - 8, size: 10)
        return try svg.finish()
    }
}
