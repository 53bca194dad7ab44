/// Two dimensions' counts as one table: a row per category or bin of the first, a column per
/// category or bin of the second. Under the disclosure rule the stories without an answer have
/// a row and a column of their own (or sit in "overig"), so that every table counts every story
/// of the run and its totals are the one-question counts: nothing is left to subtract.
struct PatternTable {
    /// One dimension of the table with where each story goes (`-1`: not in the table).
    struct Side {
        let dimension: PatternDimension
        let column: PatternColumn
        let labels: [String]
        let tableIndices: [Int]
        let missingIndex: Int?
        /// True when the stories without an answer are a group of their own (not in "overig").
        let missingIsOwnGroup: Bool

        init(_ dimension: PatternDimension, _ column: PatternColumn) {
            self.dimension = dimension
            self.column = column
            missingIndex = dimension.missingIndex
            switch column {
            case .scale(let values):
                let bins = dimension.bins
                labels = bins.map(\.label) + (dimension.missingIndex == nil ? [] : [DisclosureRecoding.missingID])
                tableIndices = values.map { value in value.map { ScaleBin.index(of: $0, in: bins) } ?? (dimension.missingIndex ?? -1) }
                missingIsOwnGroup = dimension.missingIndex != nil
            case .categories(let values):
                labels = dimension.categories.map(\.id)
                tableIndices = values.map { $0 >= 0 ? $0 : (dimension.missingIndex ?? -1) }
                missingIsOwnGroup = dimension.missingIndex.map { dimension.categories[$0].isMissing } ?? false
            }
        }

        /// True when the story has an answer (not only a place in the table).
        func answered(_ story: Int) -> Bool {
            switch column {
            case .scale(let values): values[story] != nil
            case .categories(let values): values[story] >= 0
            }
        }
    }

    let rows: Side
    let columns: Side
    let counts: [[Int]]
    let total: Int

    init(_ rows: Side, _ columns: Side) {
        self.rows = rows
        self.columns = columns
        var counts = rows.labels.map { _ in [Int](repeating: 0, count: columns.labels.count) }
        var total = 0
        for (r, c) in zip(rows.tableIndices, columns.tableIndices) where r >= 0 && c >= 0 {
            counts[r][c] += 1
            total += 1
        }
        self.counts = counts
        self.total = total
    }

    /// The stories with an answer on both dimensions.
    var answeredStories: [Int] {
        rows.tableIndices.indices.filter { rows.answered($0) && columns.answered($0) }
    }
}

extension PatternFinder.Run {
    /// The true counts behind a two-question pattern, hidden cells included: for the audit.
    func trueTable(of id: String) -> [[Int]]? {
        let parts = id.split(separator: "~").map(String.init)
        guard parts.count == 2, let first = dimensions.first(where: { $0.id == parts[0] }),
            let second = dimensions.first(where: { $0.id == parts[1] })
        else { return nil }
        return PatternTable(
            PatternTable.Side(first, PatternColumn(first, entries: entries)),
            PatternTable.Side(second, PatternColumn(second, entries: entries))
        ).counts
    }
}
