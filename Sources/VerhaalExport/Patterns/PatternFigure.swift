import Foundation
import VerhaalSense

/// The figure of a pattern, as SVG: counts and histograms as bar charts, a contingency table
/// as a heat map. Scale pairs and scales by category get the table of their binned counts as a
/// heat map too, so that no figure shows one teller's answer. Labels come from the dimensions:
/// the questions' own words, in the library's language.
public enum PatternFigure {
    public static func svg(for pattern: Pattern, dimensions: [PatternDimension], storiesLabel: String) throws -> Data? {
        func dimension(_ id: String) -> PatternDimension? { dimensions.first { $0.id == id } }
        func title(of id: String) -> String { dimension(id)?.title ?? id }
        func label(_ value: String, in id: String) -> String {
            dimension(id)?.categories.first { $0.id == value }?.title ?? value
        }
        func count(_ count: Pattern.Count) -> Int? {
            if case .exact(let number) = count { number } else { nil }
        }
        switch pattern.dimensions.count {
        case 1:
            guard let id = pattern.dimensions.first else { return nil }
            let bars = pattern.cells.map { cell in
                BarChart.Bar(label: label(cell.labels.first ?? "", in: id), count: count(cell.count))
            }
            return try BarChart(title: title(of: id), axisLabel: storiesLabel, bars: bars).svg()
        case 2:
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
        default:
            return nil
        }
    }
}
