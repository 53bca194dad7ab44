import Foundation

/// A plain-text table with a header row and columns padded to their widest cell.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// Cells longer than this are shortened with an ellipsis.
    var maximumCellWidth = 48

    func render() -> String {
        let all = ([header] + rows).map { $0.map(shorten) }
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func shorten(_ cell: String) -> String {
        cell.count <= maximumCellWidth ? cell : String(cell.prefix(maximumCellWidth - 1)) + "…"
    }
}
