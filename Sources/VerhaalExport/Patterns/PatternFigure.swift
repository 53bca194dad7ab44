import Foundation
import VerhaalSense

/// The figure of a pattern, as SVG, by its kind: counts as a bar chart, a scale as a histogram,
/// a scale per category as a histogram set, two scales as a binned scatter plot, and two
/// categories as a heat map. Labels are the dimensions' own: the questions' words, in the
/// library's language. Suppressed counts stay suppressed in every figure.
public enum PatternFigure {
    /// `textScale` 1 draws it for a page; a slide asks for larger text.
    public static func svg(
        for pattern: Pattern, dimensions: [PatternDimension], storiesLabel: String, textScale: Double = 1
    ) throws -> Data? {
        func dimension(_ id: String) -> PatternDimension? { dimensions.first { $0.id == id } }
        func title(of id: String) -> String { dimension(id)?.title ?? id }
        func label(_ value: String, in id: String) -> String {
            dimension(id)?.categories.first { $0.id == value }?.title ?? value
        }
        func ends(of id: String) -> (String, String) {
            if case .scale(let left, let right) = dimension(id)?.values { (left, right) } else { ("0", "100") }
        }
        func count(_ count: Pattern.Count) -> Int? {
            if case .exact(let number) = count { number } else { nil }
        }
        func binLabels(of id: String) -> [String] { dimension(id).map { $0.bins.map(\.label) } ?? ScaleBin.tens.map(\.label) }
        // The figures of a scale show its bins; the stories without an answer are in the text.
        func isBin(_ label: String, of id: String) -> Bool { binLabels(of: id).contains(label) }
        func bins(_ cells: [Pattern.Cell], scale id: String, at position: Int) -> [Int?] {
            cells.filter { position < $0.labels.count && isBin($0.labels[position], of: id) }.map { count($0.count) }
        }
        let hidden =
            pattern.cells.lazy.compactMap { cell -> String? in
                if case .suppressed(let text) = cell.count { text } else { nil }
            }.first ?? "<3"
        switch pattern.kind {
        case .counts:
            guard let id = pattern.dimensions.first else { return nil }
            let bars = pattern.cells.map {
                BarChart.Bar(label: label($0.labels.first ?? "", in: id), count: count($0.count), suppressedLabel: hidden)
            }
            var chart = BarChart(title: title(of: id), axisLabel: storiesLabel, bars: bars)
            chart.textScale = textScale
            return try chart.svg()
        case .histogram:
            guard let id = pattern.dimensions.first else { return nil }
            let (left, right) = ends(of: id)
            var chart = Histogram(
                title: title(of: id), leftLabel: left, rightLabel: right, counts: bins(pattern.cells, scale: id, at: 0),
                suppressedLabel: hidden, binLabels: binLabels(of: id))
            chart.textScale = textScale
            return try chart.svg()
        case .scaleByCategory:
            guard pattern.dimensions.count == 2 else { return nil }
            let scaleFirst = dimension(pattern.dimensions[0])?.isScale ?? true
            let (scaleID, categoryID) =
                scaleFirst ? (pattern.dimensions[0], pattern.dimensions[1]) : (pattern.dimensions[1], pattern.dimensions[0])
            var order: [String] = []
            var rows: [String: [Pattern.Cell]] = [:]
            for cell in pattern.cells where cell.labels.count == 2 {
                let category = scaleFirst ? cell.labels[1] : cell.labels[0]
                if rows[category] == nil { order.append(category) }
                rows[category, default: []].append(cell)
            }
            let (left, right) = ends(of: scaleID)
            let position = scaleFirst ? 0 : 1
            var chart = HistogramSet(
                title: "\(title(of: scaleID)) × \(title(of: categoryID))", leftLabel: left, rightLabel: right,
                rows: order.map { (label: label($0, in: categoryID), counts: bins(rows[$0] ?? [], scale: scaleID, at: position)) },
                suppressedLabel: hidden, binLabels: binLabels(of: scaleID))
            chart.textScale = textScale
            return try chart.svg()
        case .scatter:
            guard pattern.dimensions.count == 2 else { return nil }
            let (xID, yID) = (pattern.dimensions[0], pattern.dimensions[1])
            let (xBins, yBins) = (binLabels(of: xID), binLabels(of: yID))
            var grid = [[Int?]](repeating: [Int?](repeating: 0, count: yBins.count), count: xBins.count)
            for cell in pattern.cells where cell.labels.count == 2 {
                guard let x = xBins.firstIndex(of: cell.labels[0]), let y = yBins.firstIndex(of: cell.labels[1]) else { continue }
                grid[x][y] = count(cell.count)
            }
            var plot = ScatterPlot(
                title: "\(title(of: xID)) × \(title(of: yID))", xTitle: title(of: xID), yTitle: title(of: yID), xEnds: ends(of: xID),
                yEnds: ends(of: yID), counts: grid, suppressedLabel: hidden)
            plot.binLabels = (xBins, yBins)
            plot.textScale = textScale
            return try plot.svg()
        case .contingency:
            guard pattern.dimensions.count == 2 else { return nil }
            let (rowID, columnID) = (pattern.dimensions[0], pattern.dimensions[1])
            var rows: [String] = []
            var columns: [String] = []
            for cell in pattern.cells where cell.labels.count == 2 {
                if !rows.contains(cell.labels[0]) { rows.append(cell.labels[0]) }
                if !columns.contains(cell.labels[1]) { columns.append(cell.labels[1]) }
            }
            var counts = rows.map { _ in [Int?](repeating: 0, count: columns.count) }
            for cell in pattern.cells where cell.labels.count == 2 {
                guard let r = rows.firstIndex(of: cell.labels[0]), let c = columns.firstIndex(of: cell.labels[1]) else { continue }
                counts[r][c] = count(cell.count)
            }
            var chart = HeatMap(
                title: "\(title(of: rowID)) × \(title(of: columnID))", rowTitle: title(of: rowID), columnTitle: title(of: columnID),
                rows: rows.map { label($0, in: rowID) }, columns: columns.map { label($0, in: columnID) }, counts: counts,
                suppressedLabel: hidden)
            chart.textScale = textScale
            return try chart.svg()
        }
    }
}
