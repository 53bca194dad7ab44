/// The values a hidden cell of a two-way table can take, for a reader who knows the table's
/// row and column totals and every cell that is shown: the least and the most. The hidden cells
/// form a transportation problem, so an integer value is possible exactly when a flow from the
/// rows' remainders to the columns' remainders through the hidden cells carries everything;
/// its bounds are integers (the constraint matrix is totally unimodular), found by bisection.
struct FeasibleInterval: Equatable {
    var lower: Int
    var upper: Int

    /// How many values the cell can take.
    var width: Int { upper - lower + 1 }

    static func of(row: Int, column: Int, in table: [[Int]], hidden: [[Bool]]) -> FeasibleInterval {
        var rowRest = table.indices.map { r in table[r].indices.reduce(0) { $0 + (hidden[r][$1] ? table[r][$1] : 0) } }
        var columnRest = (table.first ?? []).indices.map { c in table.indices.reduce(0) { $0 + (hidden[$1][c] ? table[$1][c] : 0) } }
        let truth = table[row][column]
        // The cell is fixed at each value tried: the flow goes through the other hidden cells.
        var others = hidden
        others[row][column] = false
        func possible(_ value: Int) -> Bool {
            guard value <= rowRest[row], value <= columnRest[column] else { return false }
            rowRest[row] -= value
            columnRest[column] -= value
            defer {
                rowRest[row] += value
                columnRest[column] += value
            }
            return flowFills(rows: rowRest, columns: columnRest, edges: others)
        }
        var low = 0
        var high = truth
        while low < high {
            let middle = (low + high) / 2
            if possible(middle) { high = middle } else { low = middle + 1 }
        }
        let lower = low
        low = truth
        high = min(rowRest[row], columnRest[column])
        while low < high {
            let middle = (low + high + 1) / 2
            if possible(middle) { low = middle } else { high = middle - 1 }
        }
        return FeasibleInterval(lower: lower, upper: low)
    }

    /// True when the rows' amounts can all be sent to the columns through the hidden cells
    /// (Edmonds–Karp on a graph of at most a few dozen nodes).
    static func flowFills(rows: [Int], columns: [Int], edges: [[Bool]]) -> Bool {
        let total = rows.reduce(0, +)
        guard total == columns.reduce(0, +) else { return false }
        let source = 0
        let sink = rows.count + columns.count + 1
        let size = sink + 1
        var capacity = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
        for (r, amount) in rows.enumerated() { capacity[source][1 + r] = amount }
        for (c, amount) in columns.enumerated() { capacity[1 + rows.count + c][sink] = amount }
        for r in rows.indices {
            for c in columns.indices where edges[r][c] { capacity[1 + r][1 + rows.count + c] = total }
        }
        var flow = 0
        while true {
            var previous = [Int](repeating: -1, count: size)
            previous[source] = source
            var queue = [source]
            var head = 0
            while head < queue.count, previous[sink] < 0 {
                let node = queue[head]
                head += 1
                for next in 0..<size where previous[next] < 0 && capacity[node][next] > 0 {
                    previous[next] = node
                    queue.append(next)
                }
            }
            guard previous[sink] >= 0 else { break }
            var amount = Int.max
            var node = sink
            while node != source {
                amount = min(amount, capacity[previous[node]][node])
                node = previous[node]
            }
            node = sink
            while node != source {
                capacity[previous[node]][node] -= amount
                capacity[node][previous[node]] += amount
                node = previous[node]
            }
            flow += amount
        }
        return flow == total
    }
}
