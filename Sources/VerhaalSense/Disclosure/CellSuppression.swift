/// Which cells of a two-way table a protected reader may not see, when its row and column
/// totals are shown. A cell of 1 to k−1 stories is hidden (primary suppression); a row or
/// column with one hidden cell gets a second, its smallest cell still shown; then each hidden
/// cell's feasible interval is computed, and while one holds fewer than three values the
/// smallest shown cell beside it is hidden too (secondary suppression, audited as τ-ARGUS does).
enum CellSuppression {
    /// The hidden cells, or nil when no pattern of hidden cells protects the table.
    /// `alwaysShown` cells (the stories that answered neither question) carry no answer.
    static func hidden(_ table: [[Int]], k: Int, alwaysShown: (row: Int, column: Int)? = nil) -> [[Bool]]? {
        guard let width = table.first?.count, width > 0 else { return [] }
        func fixed(_ r: Int, _ c: Int) -> Bool { alwaysShown.map { $0.row == r && $0.column == c } ?? false }
        var hidden = table.indices.map { r in (0..<width).map { c in table[r][c] > 0 && table[r][c] < k && !fixed(r, c) } }
        guard hidden.contains(where: { $0.contains(true) }) else { return hidden }

        /// The smallest shown cell among `cells`, a nonzero one before a zero.
        func smallest(_ cells: [(Int, Int)]) -> (Int, Int)? {
            cells.filter { !hidden[$0.0][$0.1] && !fixed($0.0, $0.1) }
                .min {
                    (table[$0.0][$0.1] == 0 ? 1 : 0, table[$0.0][$0.1], $0.0, $0.1) < (
                        table[$1.0][$1.1] == 0 ? 1 : 0, table[$1.0][$1.1], $1.0, $1.1
                    )
                }
        }
        func line(row r: Int) -> [(Int, Int)] { (0..<width).map { (r, $0) } }
        func line(column c: Int) -> [(Int, Int)] { table.indices.map { ($0, c) } }

        var changed = true
        while changed {
            changed = false
            for r in table.indices where hidden[r].filter({ $0 }).count == 1 {
                if let cell = smallest(line(row: r)) {
                    hidden[cell.0][cell.1] = true
                    changed = true
                }
            }
            for c in 0..<width where table.indices.filter({ hidden[$0][c] }).count == 1 {
                if let cell = smallest(line(column: c)) {
                    hidden[cell.0][cell.1] = true
                    changed = true
                }
            }
        }
        while let weak = weakCell(table, hidden: hidden) {
            let beside = smallest(line(row: weak.0) + line(column: weak.1))
            guard let cell = beside ?? smallest(table.indices.flatMap { line(row: $0) }) else { return nil }
            hidden[cell.0][cell.1] = true
        }
        return hidden
    }

    /// A hidden cell whose feasible interval holds fewer than three values.
    static func weakCell(_ table: [[Int]], hidden: [[Bool]]) -> (Int, Int)? {
        for r in table.indices {
            for c in table[r].indices where hidden[r][c] {
                if FeasibleInterval.of(row: r, column: c, in: table, hidden: hidden).width < 3 { return (r, c) }
            }
        }
        return nil
    }
}
