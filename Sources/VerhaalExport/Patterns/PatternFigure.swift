import Foundation
import VerhaalSense

/// The figure of a pattern, as SVG, by its kind: counts as a bar chart, a scale as a histogram,
/// a scale per category as a histogram set, two scales as a binned scatter plot, and two
/// categories as a heat map. Labels are the dimensions' own: the questions' words, in the
/// library's language. Suppressed counts stay suppressed in every figure.
public enum PatternFigure {
    public static func svg(for pattern: Pattern, dimensions: [PatternDimension], storiesLabel: String) throws -> Data? {
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
        func bins(_ cells: [Pattern.Cell]) -> [Int?] { cells.map { count($0.count) } }
        switch pattern.kind {
        case .counts:
            guard let id = pattern.dimensions.first else { return nil }
            let bars = pattern.cells.map { BarChart.Bar(label: label($0.labels.first ?? "", in: id), count: count($0.count)) }
            return try BarChart(title: title(of: id), axisLabel: storiesLabel, bars: bars).svg()
        case .histogram:
            guard let id = pattern.dimensions.first else { return nil }
            let (left, right) = ends(of: id)
            return try Histogram(title: title(of: id), leftLabel: left, rightLabel: right, counts: bins(pattern.cells)).svg()
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
            return try HistogramSet(
                title: "\(title(of: scaleID)) × \(title(of: categoryID))", leftLabel: left, rightLabel: right,
                rows: order.map { (label: label($0, in: categoryID), counts: bins(rows[$0] ?? [])) }
            ).svg()
        case .scatter:
            guard pattern.dimensions.count == 2 else { return nil }
            var grid = [[Int?]](repeating: [Int?](repeating: 0, count: 10), count: 10)
            for cell in pattern.cells where cell.labels.count == 2 {
                guard let x = binIndex(cell.labels[0]), let y = binIndex(cell.labels[1]) else { continue }
                grid[x][y] = count(cell.count)
            }
            let (xID, yID) = (pattern.dimensions[0], pattern.dimensions[1])
            return try ScatterPlot(
                title: "\(title(of: xID)) × \(title(of: yID))", xTitle: title(of: xID), yTitle: title(of: yID), xEnds: ends(of: xID),
                yEnds: ends(of: yID), counts: grid
            ).svg()
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
            return try HeatMap(
                title: "\(title(of: rowID)) × \(title(of: columnID))", rowTitle: title(of: rowID), columnTitle: title(of: columnID),
                rows: rows.map { label($0, in: rowID) }, columns: columns.map { label($0, in: columnID) }, counts: counts
            ).svg()
        }
    }

    /// The bin of a label `30-39` or `90-100`.
    private static func binIndex(_ label: String) -> Int? {
        label.split(separator: "-").first.flatMap { Int($0) }.map { min(9, $0 / 10) }
    }
}
