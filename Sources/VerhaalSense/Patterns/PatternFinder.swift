import Foundation
import VerhaalKit

/// Finds every pattern over the entries an audience may see: each dimension alone, and every
/// pair of dimensions with the test that fits them; then Benjamini–Hochberg q-values over every
/// test of the run. Pure: entries in, patterns out.
public struct PatternFinder: Sendable {
    public let dimensions: [PatternDimension]
    public let options: PatternOptions

    public init(dimensions: [PatternDimension], options: PatternOptions = PatternOptions()) {
        self.dimensions = dimensions
        self.options = options
    }

    /// The result of a run.
    public struct Run: Sendable, Encodable {
        /// How many stories went in.
        public var stories: Int
        /// How many tests the run made (the q-values correct for all of them).
        public var tests: Int
        /// Patterns with a test, by q; then those without.
        public var patterns: [Pattern]
    }

    public func run(_ entries: [Entry]) -> Run {
        let columns = dimensions.map { PatternColumn($0, entries: entries) }
        var patterns: [Pattern] = []
        for (dimension, column) in zip(dimensions, columns) { patterns.append(single(dimension, column, total: entries.count)) }
        let pairs: [(Int, Int)] = dimensions.indices.flatMap { index in
            ((index + 1)..<dimensions.count).filter { !Self.sameSource(dimensions[index], dimensions[$0]) }.map { (index, $0) }
        }
        // The pairs are independent: on every core, each into its own slot.
        let results = ConcurrentResults<Pattern>(count: pairs.count)
        let total = entries.count
        DispatchQueue.concurrentPerform(iterations: pairs.count) { slot in
            let (index, other) = pairs[slot]
            results[slot] = pair(dimensions[index], columns[index], dimensions[other], columns[other], total: total)
        }
        patterns += results.values
        // One family: every main test and every Mann–Whitney pair.
        var pValues: [Double] = []
        for pattern in patterns {
            if let p = pattern.p { pValues.append(p) }
            pValues += pattern.pairs.map(\.p)
        }
        var q = BenjaminiHochberg.qValues(pValues).makeIterator()
        for index in patterns.indices {
            if patterns[index].p != nil { patterns[index].q = q.next() }
            for pair in patterns[index].pairs.indices { patterns[index].pairs[pair].q = q.next() }
        }
        patterns.sort { ($0.q ?? 2, $0.id) < ($1.q ?? 2, $1.id) }
        return Run(stories: entries.count, tests: pValues.count, patterns: patterns)
    }

    static func sameSource(_ first: PatternDimension, _ second: PatternDimension) -> Bool {
        Framework.sameSource(first.id, second.id)
    }

    // MARK: - One dimension

    private func single(_ dimension: PatternDimension, _ column: PatternColumn, total: Int) -> Pattern {
        let answered = column.answered
        var pattern = empty(
            id: dimension.id, kind: dimension.isScale ? .histogram : .counts, dimensions: [dimension.id],
            n: answered, unanswered: total - answered)
        switch column {
        case .scale(let values):
            let numbers = values.compactMap { $0 }.sorted()
            pattern.cells = Self.histogram(numbers).map { Pattern.Cell(labels: [$0.label], count: count($0.count), expected: nil) }
            if !numbers.isEmpty {
                let mean = numbers.reduce(0, +) / Double(numbers.count)
                pattern.mean = mean
                let middle = numbers.count / 2
                pattern.median = numbers.count.isMultiple(of: 2) ? (numbers[middle - 1] + numbers[middle]) / 2 : numbers[middle]
                if numbers.count > 1 {
                    pattern.standardDeviation = (numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(numbers.count - 1))
                        .squareRoot()
                }
            }
        case .categories(let values):
            var counts = [Int](repeating: 0, count: dimension.categories.count)
            for value in values where value >= 0 { counts[value] += 1 }
            pattern.cells = zip(dimension.categories, counts).map { category, number in
                Pattern.Cell(labels: [category.id], count: count(number), expected: nil)
            }
        }
        return pattern
    }

    // MARK: - Two dimensions

    private func pair(
        _ first: PatternDimension, _ firstColumn: PatternColumn, _ second: PatternDimension, _ secondColumn: PatternColumn,
        total: Int
    ) -> Pattern {
        let id = "\(first.id)~\(second.id)"
        let dimensions = [first.id, second.id]
        switch (firstColumn, secondColumn) {
        case (.scale(let xs), .scale(let ys)):
            var pairs: [(Double, Double)] = []
            pairs.reserveCapacity(xs.count)
            for (x, y) in zip(xs, ys) {
                if let x, let y { pairs.append((x, y)) }
            }
            var pattern = empty(id: id, kind: .scatter, dimensions: dimensions, n: pairs.count, unanswered: total - pairs.count)
            var grid = [Int](repeating: 0, count: 100)
            for (x, y) in pairs { grid[Self.bin(x).index * 10 + Self.bin(y).index] += 1 }
            for (cell, number) in grid.enumerated() where number > 0 {
                pattern.cells.append(
                    Pattern.Cell(
                        labels: [Self.bin(Double(cell / 10 * 10)).label, Self.bin(Double(cell % 10 * 10)).label], count: count(number),
                        expected: nil))
            }
            test(&pattern) { SpearmanCorrelation.test(pairs) }
            return pattern
        case (.scale(let numbers), .categories(let categories)), (.categories(let categories), .scale(let numbers)):
            let scaleFirst = first.isScale
            let category = scaleFirst ? second : first
            var groups = [[Double]](repeating: [], count: category.categories.count)
            for (number, index) in zip(numbers, categories) {
                if let number, index >= 0 { groups[index].append(number) }
            }
            let n = groups.reduce(0) { $0 + $1.count }
            var pattern = empty(id: id, kind: .scaleByCategory, dimensions: dimensions, n: n, unanswered: total - n)
            for (index, numbers) in groups.enumerated() {
                let categoryID = category.categories[index].id
                for bin in Self.histogram(numbers) {
                    pattern.cells.append(
                        Pattern.Cell(
                            labels: scaleFirst ? [bin.label, categoryID] : [categoryID, bin.label], count: count(bin.count),
                            expected: nil))
                }
            }
            let tested = zip(category.categories.map(\.id), groups).filter { !$0.1.isEmpty }
            test(&pattern) { KruskalWallisTest.test(tested.map(\.1)) }
            if pattern.p != nil {
                for (index, a) in tested.enumerated() {
                    for b in tested[(index + 1)...] {
                        guard let result = MannWhitneyTest.test(a.1, b.1) else { continue }
                        pattern.pairs.append(Pattern.Pair(categories: [a.0, b.0], statistic: result.statistic, p: result.p))
                    }
                }
            }
            return pattern
        case (.categories(let rowsOfEntries), .categories(let columnsOfEntries)):
            let rows = first.categories
            let columns = second.categories
            var table = rows.map { _ in [Double](repeating: 0, count: columns.count) }
            var n = 0
            for (row, column) in zip(rowsOfEntries, columnsOfEntries) where row >= 0 && column >= 0 {
                table[row][column] += 1
                n += 1
            }
            var pattern = empty(id: id, kind: .contingency, dimensions: dimensions, n: n, unanswered: total - n)
            let chiSquare = ChiSquareTest(observed: table)
            let totals = (rows.indices.map { table[$0].reduce(0, +) }, columns.indices.map { c in table.reduce(0) { $0 + $1[c] } })
            let whole = Double(n)
            for (r, row) in rows.enumerated() {
                for (c, column) in columns.enumerated() {
                    let expected = whole > 0 ? totals.0[r] * totals.1[c] / whole : nil
                    pattern.cells.append(Pattern.Cell(labels: [row.id, column.id], count: count(Int(table[r][c])), expected: expected))
                }
            }
            test(&pattern) { chiSquare?.result }
            pattern.smallExpectedCounts = pattern.p != nil && (chiSquare?.hasSmallExpectedCounts ?? false)
            return pattern
        }
    }

    // MARK: - Helpers

    /// Runs the test when there are enough stories; says why not otherwise.
    private func test(_ pattern: inout Pattern, _ make: () -> TestResult?) {
        guard pattern.n >= options.minimumN else {
            pattern.noTest = "fewer than \(options.minimumN) stories"
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
        pattern.suggestive = pattern.n < options.suggestiveBelow
    }

    private func count(_ number: Int) -> Pattern.Count {
        number > 0 && number < options.minimumCell ? .suppressed("<\(options.minimumCell)") : .exact(number)
    }

    private func empty(id: String, kind: Pattern.Kind, dimensions: [String], n: Int, unanswered: Int) -> Pattern {
        Pattern(
            id: id, kind: kind, dimensions: dimensions, n: n, unanswered: unanswered, suggestive: false,
            smallExpectedCounts: false, cells: [], pairs: [])
    }

    /// The 10 bins of a scale: 0–9, 10–19, …, 90–100.
    static func bin(_ value: Double) -> (index: Int, label: String) {
        let index = min(9, max(0, Int(value) / 10))
        return (index, index == 9 ? "90-100" : "\(index * 10)-\(index * 10 + 9)")
    }

    static func histogram(_ values: [Double]) -> [(label: String, count: Int)] {
        var counts = [Int](repeating: 0, count: 10)
        for value in values { counts[bin(value).index] += 1 }
        return counts.enumerated().map { (bin(Double($0.offset * 10)).label, $0.element) }
    }
}
