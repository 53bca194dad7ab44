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
        var patterns: [Pattern] = []
        for dimension in dimensions { patterns.append(single(dimension, entries)) }
        for (index, first) in dimensions.enumerated() {
            for second in dimensions[(index + 1)...] where !Self.sameSource(first, second) {
                patterns.append(pair(first, second, entries))
            }
        }
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

    private func single(_ dimension: PatternDimension, _ entries: [Entry]) -> Pattern {
        let values = entries.compactMap(dimension.value)
        var pattern = empty(
            id: dimension.id, kind: dimension.isScale ? .histogram : .counts, dimensions: [dimension.id],
            n: values.count, unanswered: entries.count - values.count)
        if dimension.isScale {
            let numbers = values.compactMap { if case .number(let n) = $0 { n } else { nil } }.sorted()
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
        } else {
            pattern.cells = dimension.categories.map { category in
                let number = values.filter { if case .category(let id) = $0 { id == category.id } else { false } }.count
                return Pattern.Cell(labels: [category.id], count: count(number), expected: nil)
            }
        }
        return pattern
    }

    // MARK: - Two dimensions

    private func pair(_ first: PatternDimension, _ second: PatternDimension, _ entries: [Entry]) -> Pattern {
        let values = entries.compactMap { entry -> (PatternDimensionValue, PatternDimensionValue)? in
            guard let a = first.value(entry), let b = second.value(entry) else { return nil }
            return (a, b)
        }
        let id = "\(first.id)~\(second.id)"
        let unanswered = entries.count - values.count
        switch (first.isScale, second.isScale) {
        case (true, true):
            var pattern = empty(id: id, kind: .scatter, dimensions: [first.id, second.id], n: values.count, unanswered: unanswered)
            let pairs = values.compactMap { a, b -> (Double, Double)? in
                guard case .number(let x) = a, case .number(let y) = b else { return nil }
                return (x, y)
            }
            var grid: [String: Int] = [:]
            for (x, y) in pairs { grid["\(Self.bin(x).label)|\(Self.bin(y).label)", default: 0] += 1 }
            pattern.cells = grid.keys.sorted().map { key in
                Pattern.Cell(labels: key.split(separator: "|").map(String.init), count: count(grid[key] ?? 0), expected: nil)
            }
            test(&pattern) { SpearmanCorrelation.test(pairs) }
            return pattern
        case (true, false), (false, true):
            let category = first.isScale ? second : first
            var pattern = empty(id: id, kind: .scaleByCategory, dimensions: [first.id, second.id], n: values.count, unanswered: unanswered)
            var groups: [(String, [Double])] = category.categories.map { ($0.id, []) }
            for (a, b) in values {
                let (scaleValue, categoryValue) = first.isScale ? (a, b) : (b, a)
                guard case .number(let number) = scaleValue, case .category(let id) = categoryValue,
                    let index = groups.firstIndex(where: { $0.0 == id })
                else { continue }
                groups[index].1.append(number)
            }
            for (id, numbers) in groups {
                for bin in Self.histogram(numbers) {
                    pattern.cells.append(
                        Pattern.Cell(
                            labels: first.isScale ? [bin.label, id] : [id, bin.label],
                            count: count(bin.count), expected: nil))
                }
            }
            let tested = groups.filter { !$0.1.isEmpty }
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
        case (false, false):
            var pattern = empty(id: id, kind: .contingency, dimensions: [first.id, second.id], n: values.count, unanswered: unanswered)
            let rows = first.categories
            let columns = second.categories
            var table = rows.map { _ in [Double](repeating: 0, count: columns.count) }
            for (a, b) in values {
                guard case .category(let row) = a, case .category(let column) = b,
                    let r = rows.firstIndex(where: { $0.id == row }), let c = columns.firstIndex(where: { $0.id == column })
                else { continue }
                table[r][c] += 1
            }
            let chiSquare = ChiSquareTest(observed: table)
            let totals = (rows.indices.map { table[$0].reduce(0, +) }, columns.indices.map { c in table.reduce(0) { $0 + $1[c] } })
            let total = Double(values.count)
            for (r, row) in rows.enumerated() {
                for (c, column) in columns.enumerated() {
                    let expected = total > 0 ? totals.0[r] * totals.1[c] / total : nil
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
