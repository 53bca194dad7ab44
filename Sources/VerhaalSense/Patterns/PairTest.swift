import VerhaalKit

/// The test of a pair of dimensions, on the unit the question is about: stories, or tellers
/// when either dimension is a question about the teller (their role, their organisation), since
/// a teller's stories share that answer and are not independent. At the teller level each
/// teller counts once: their mean on a scale, their most frequent answer on a choice. An ordered
/// dimension (the quarter) is tested as a trend. Under the disclosure rule no group of fewer
/// than k units takes part.
struct PairTest {
    let finder: PatternFinder
    let first: PatternTable.Side
    let second: PatternTable.Side
    let tellers: TellerColumn

    /// One side's values in test terms: numbers (a scale, or an ordered dimension's rank), or
    /// groups (a category's index, `-1` without an answer).
    enum Values {
        case numbers([Double?])
        case groups([Int])
    }

    /// True when a group under k was left out of the test, so that its n is not the table's.
    private(set) var droppedGroups = false

    var unit: Pattern.Unit { first.dimension.aboutTeller || second.dimension.aboutTeller ? .teller : .story }

    mutating func apply(to pattern: inout Pattern) {
        pattern.unit = unit
        var x = values(first)
        var y = values(second)
        if unit == .teller {
            x = perTeller(x)
            y = perTeller(y)
        }
        let k = finder.options.disclosure?.k ?? 1
        let units = unit == .teller ? "tellers" : "stories"
        switch (x, y) {
        case (.numbers(let xs), .numbers(let ys)):
            var pairs: [(Double, Double)] = []
            for (a, b) in zip(xs, ys) {
                if let a, let b { pairs.append((a, b)) }
            }
            run(&pattern, n: pairs.count, units: units) { SpearmanCorrelation.test(pairs) }
            pattern.effectMeasure = "rho"
        case (.numbers(let numbers), .groups(let groups)), (.groups(let groups), .numbers(let numbers)):
            let groupSide = if case .groups = x { first } else { second }
            let categories = groupSide.dimension.categories.map(\.id)
            var members = [[Double]](repeating: [], count: categories.count)
            for (number, group) in zip(numbers, groups) {
                if let number, group >= 0 { members[group].append(number) }
            }
            let tested = zip(categories, members).filter { $0.1.count >= max(1, k) }
            droppedGroups = tested.count < members.filter { !$0.isEmpty }.count
            let n = tested.reduce(0) { $0 + $1.1.count }
            run(&pattern, n: n, units: units) { KruskalWallisTest.test(tested.map(\.1)) }
            pattern.effectMeasure = "epsilon-squared"
            // With two groups the Kruskal–Wallis test is the comparison: it is not counted twice.
            if pattern.p != nil, tested.count > 2 {
                for (index, a) in tested.enumerated() {
                    for b in tested[(index + 1)...] {
                        guard let result = MannWhitneyTest.test(a.1, b.1) else { continue }
                        pattern.pairs.append(
                            Pattern.Pair(categories: [a.0, b.0], statistic: result.statistic, p: result.p, effect: result.effect))
                    }
                }
            }
        case (.groups(let rows), .groups(let columns)):
            let rowCount = first.dimension.categories.count
            let columnCount = second.dimension.categories.count
            var table = [[Double]](repeating: [Double](repeating: 0, count: columnCount), count: rowCount)
            for (r, c) in zip(rows, columns) where r >= 0 && c >= 0 { table[r][c] += 1 }
            if k > 1 {
                // Keep only rows and columns of at least k units, and drop again until all are.
                var keptRows = Array(0..<rowCount)
                var keptColumns = Array(0..<columnCount)
                while true {
                    let rowsNow = keptRows.filter { r in keptColumns.reduce(0) { $0 + table[r][$1] } >= Double(k) }
                    let columnsNow = keptColumns.filter { c in rowsNow.reduce(0) { $0 + table[$1][c] } >= Double(k) }
                    if rowsNow == keptRows && columnsNow == keptColumns { break }
                    (keptRows, keptColumns) = (rowsNow, columnsNow)
                }
                droppedGroups = keptRows.count < rowCount || keptColumns.count < columnCount
                table = keptRows.map { r in keptColumns.map { table[r][$0] } }
            }
            let n = Int(table.joined().reduce(0, +))
            let chiSquare = table.isEmpty ? nil : ChiSquareTest(observed: table)
            run(&pattern, n: n, units: units) { chiSquare?.result }
            pattern.effectMeasure = "cramers-v"
            pattern.smallExpectedCounts = pattern.p != nil && (chiSquare?.hasSmallExpectedCounts ?? false)
        }
    }

    /// Runs the test when there are enough units; says why not otherwise.
    private func run(_ pattern: inout Pattern, n: Int, units: String, _ make: () -> TestResult?) {
        let minimum = finder.options.minimumN
        guard n >= minimum else {
            pattern.noTest = "fewer than \(minimum) \(units)"
            return
        }
        guard let result = make() else {
            pattern.noTest = "not enough variation to test"
            return
        }
        pattern.test = result.test
        pattern.statistic = result.statistic
        pattern.df = result.degreesOfFreedom
        pattern.p = result.p
        pattern.effect = result.effect
        pattern.testedUnits = n
        pattern.fewStories = n < finder.options.suggestiveBelow
    }

    private func values(_ side: PatternTable.Side) -> Values {
        switch side.column {
        case .scale(let numbers): return .numbers(numbers)
        case .categories(let indices):
            guard side.dimension.isOrdered else { return .groups(indices) }
            return .numbers(indices.map { $0 >= 0 ? Double($0) : nil })
        }
    }

    private func perTeller(_ values: Values) -> Values {
        let groups = tellers.storiesByTeller
        switch values {
        case .numbers(let numbers):
            return .numbers(
                groups.map { stories in
                    let answered = stories.compactMap { numbers[$0] }
                    return answered.isEmpty ? nil : answered.reduce(0, +) / Double(answered.count)
                })
        case .groups(let indices):
            return .groups(
                groups.map { stories in
                    var counts: [Int: Int] = [:]
                    for story in stories where indices[story] >= 0 { counts[indices[story], default: 0] += 1 }
                    return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? -1
                })
        }
    }
}
