import Foundation

/// A plain-text table with a header row and columns padded to their widest cell, fitted to the
/// terminal: the columns in `shrinkOrder` give up width first, down to their `minimum` (their
/// cells shortened with an ellipsis); a `whole` column (the ids a user copies) is never cut:
/// when an id is longer than its column can be, it goes on a line of its own and the rest of its
/// row follows on the next line.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns never shortened.
    var whole: Set<Int> = []
    /// Columns that give up width, first to last; by default every column not `whole`, the
    /// last column first.
    var shrinkOrder: [Int]?
    /// The narrowest a column may become (default: its header's width, at most 8).
    var minimum: [Int: Int] = [:]
    /// The width to fit.
    var width = TerminalWidth.current

    private static let gap = 2

    func render() -> String {
        let all = [header] + rows
        var widths = (0..<header.count).map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        func total() -> Int { widths.reduce(0, +) + Self.gap * max(0, widths.count - 1) }
        let order = (shrinkOrder ?? Array(widths.indices.reversed())).filter { !whole.contains($0) && $0 < widths.count }
        for column in order where total() > width {
            let narrowest = min(widths[column], minimum[column] ?? max(4, min(header[column].count, 8)))
            widths[column] = max(narrowest, widths[column] - (total() - width))
        }
        // A whole column takes what is left; a longer id gets a line of its own.
        for column in whole.sorted() where total() > width && column < widths.count {
            widths[column] = max(header[column].count, widths[column] - (total() - width))
        }
        // A very narrow terminal: every other column down to four characters.
        for column in order where total() > width {
            widths[column] = max(min(widths[column], 4), widths[column] - (total() - width))
        }
        return all.enumerated().map { number, row in
            let isHeader = number == 0
            let ids = isHeader ? [] : whole.filter { $0 < row.count && row[$0].count > widths[$0] }
            guard ids.isEmpty else {
                let blank = row.indices.map { ids.contains($0) ? "" : row[$0] }
                return ids.sorted().map { Colour.id(row[$0]) }.joined(separator: "  ") + "\n" + line(blank, widths: widths, isHeader: false)
            }
            return line(row, widths: widths, isHeader: isHeader)
        }.joined(separator: "\n")
    }

    /// A row, padded; the header bold and the ids coloured on a terminal (after padding, so the
    /// colour's codes take no width).
    private func line(_ row: [String], widths: [Int], isHeader: Bool) -> String {
        row.indices.filter { $0 < widths.count }.map { column in
            let cell = Self.shortened(row[column], to: widths[column])
            let padded = column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            if isHeader { return Colour.heading(padded) }
            return whole.contains(column) ? Colour.id(padded) : padded
        }.joined(separator: String(repeating: " ", count: Self.gap))
    }

    private static func shortened(_ cell: String, to width: Int) -> String {
        cell.count <= width ? cell : String(cell.prefix(max(1, width - 1))) + "…"
    }
}
