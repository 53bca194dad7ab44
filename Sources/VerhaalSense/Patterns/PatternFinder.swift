import Foundation
import VerhaalKit

/// Finds every pattern over the entries an audience may see: each dimension alone, and every
/// pair of dimensions with the test that fits them; then Benjamini–Hochberg q-values over every
/// test of the run. With a disclosure rule (`PatternOptions.disclosure`) the dimensions are
/// recoded first and every table is protected before it leaves the finder, so that whatever is
/// built from a run can only show what the rule allows. Pure: entries in, patterns out.
public struct PatternFinder: Sendable {
    public let dimensions: [PatternDimension]
    public let options: PatternOptions
    public let language: Language

    public init(dimensions: [PatternDimension], options: PatternOptions = PatternOptions(), language: Language = .dutch) {
        self.dimensions = dimensions
        self.options = options
        self.language = language
    }

    /// The result of a run.
    public struct Run: Sendable, Encodable {
        /// How many stories went in (after the disclosure rule left any out).
        public var stories: Int
        /// How many tests the run made (the q-values correct for all of them).
        public var tests: Int
        /// Patterns with a test, by q; then those without.
        public var patterns: [Pattern]
        /// What the disclosure rule did; nil when the run shows everything (coordinators).
        public var disclosure: DisclosureReport?
        /// The dimensions as the run counted them: merged and binned under the rule.
        public var dimensions: [PatternDimension] = []
        /// The stories that counted.
        public var entries: [Entry] = []
        /// How strong a pattern had to be for this run to find it.
        public var power: PatternPower?

        enum CodingKeys: String, CodingKey { case stories, tests, patterns, disclosure, power }
    }

    public func run(_ input: [Entry]) -> Run {
        var entries = input
        var dimensions = self.dimensions
        var disclosure: DisclosureReport?
        if let rule = options.disclosure {
            let recoding = DisclosureRecoding(dimensions: dimensions, entries: entries, rule: rule, language: language)
            (entries, dimensions, disclosure) = (recoding.entries, recoding.dimensions, recoding.report)
        }
        let sides = zip(dimensions, dimensions.map { PatternColumn($0, entries: entries) }).map { PatternTable.Side($0, $1) }
        let tellers = TellerColumn(entries)
        var patterns: [Pattern] = []
        for side in sides { patterns.append(single(side, total: entries.count, tellers: tellers)) }
        let pairs: [(Int, Int)] = dimensions.indices.flatMap { index in
            ((index + 1)..<dimensions.count).filter { !Self.sameSource(dimensions[index], dimensions[$0]) }.map { (index, $0) }
        }
        // The pairs are independent: on every core, each into its own slot.
        let results = Locked<[Pattern?]>.slots(pairs.count)
        let total = entries.count
        DispatchQueue.concurrentPerform(iterations: pairs.count) { slot in
            let (index, other) = pairs[slot]
            let pattern = pair(sides[index], sides[other], total: total, tellers: tellers)
            results.withLock { $0[slot] = pattern }
        }
        patterns += results.filled() as [Pattern]
        disclosure?.withheldPatterns = patterns.filter(\.withheld).map(\.id)
        // One family: every main test and every Mann–Whitney pair.
        var pValues: [Double] = []
        for pattern in patterns {
            if let p = pattern.p { pValues.append(p) }
            pValues += pattern.pairs.map(\.p)
        }
        var q = BenjaminiHochberg.qValues(pValues).makeIterator()
        for index in patterns.indices {
            if patterns[index].p != nil {
                patterns[index].q = q.next()
                patterns[index].suggestive = patterns[index].q.map { (0.05..<0.2).contains($0) } ?? false
            }
            for pair in patterns[index].pairs.indices { patterns[index].pairs[pair].q = q.next() }
        }
        patterns.sort { ($0.q ?? 2, $0.id) < ($1.q ?? 2, $1.id) }
        var run = Run(
            stories: entries.count, tests: pValues.count, patterns: patterns, disclosure: disclosure, dimensions: dimensions,
            entries: entries)
        run.power = PatternPower(run: run)
        return run
    }

    static func sameSource(_ first: PatternDimension, _ second: PatternDimension) -> Bool {
        Framework.sameSource(first.id, second.id)
    }

    private var protected: Bool { options.disclosure != nil }

    // MARK: - One dimension

    private func single(_ side: PatternTable.Side, total: Int, tellers: TellerColumn) -> Pattern {
        let (dimension, column) = (side.dimension, side.column)
        let counted = side.tableIndices.filter { $0 >= 0 }.count
        var pattern = empty(
            id: dimension.id, kind: dimension.isScale ? .histogram : .counts, dimensions: [dimension.id], n: counted,
            unanswered: total - counted)
        let labels = side.labels
        var counts = [Int](repeating: 0, count: labels.count)
        for index in side.tableIndices where index >= 0 { counts[index] += 1 }
        if dimension.isScale, side.missingIndex != nil {
            // A scale's one-question figure is its bins; those without an answer are counted apart.
            counts.removeLast()
            pattern.n = counts.reduce(0, +)
            pattern.unanswered = total - pattern.n
        }
        pattern.cells = zip(labels, counts).map { label, number in
            Pattern.Cell(labels: [label], count: primary(number), expected: nil)
        }
        if case .scale(let values) = column {
            let numbers = values.compactMap { $0 }.sorted()
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
        }
        if !protected { pattern.dominantTeller = tellers.dominant(among: side.tableIndices.indices.filter { side.tableIndices[$0] >= 0 }) }
        return pattern
    }

    // MARK: - Two dimensions

    private func pair(_ first: PatternTable.Side, _ second: PatternTable.Side, total: Int, tellers: TellerColumn) -> Pattern {
        let id = "\(first.dimension.id)~\(second.dimension.id)"
        let kind: Pattern.Kind =
            switch (first.dimension.isScale, second.dimension.isScale) {
            case (true, true): .scatter
            case (false, false): .contingency
            default: .scaleByCategory
            }
        let table = PatternTable(first, second)
        var pattern = empty(
            id: id, kind: kind, dimensions: [first.dimension.id, second.dimension.id], n: table.total, unanswered: total - table.total)
        guard let hidden = hiddenCells(table) else {
            pattern.withheld = true
            pattern.noTest = "withheld: its groups are too small to show"
            return pattern
        }
        pattern.cells = cells(of: table, kind: kind, hidden: hidden)
        var test = PairTest(finder: self, first: first, second: second, tellers: tellers)
        test.apply(to: &pattern)
        if protected {
            // The table counts every story of the run. The test's own n is shown only where the
            // published totals give it already: no group left out of the test, and the stories
            // without an answer a group of their own (not hidden inside "overig").
            let derivable = !test.droppedGroups && [first, second].allSatisfy { $0.missingIndex == nil || $0.missingIsOwnGroup }
            if !derivable || pattern.unit == .teller { pattern.testedUnits = nil }
            pattern.n = total
            pattern.unanswered = 0
        } else {
            pattern.dominantTeller = tellers.dominant(among: table.answeredStories)
        }
        return pattern
    }

    private func hiddenCells(_ table: PatternTable) -> [[Bool]]? {
        guard let rule = options.disclosure else {
            return table.counts.map { row in row.map { $0 > 0 && $0 < options.minimumCell } }
        }
        let neither = table.rows.missingIsOwnGroup && table.columns.missingIsOwnGroup
        return CellSuppression.hidden(
            table.counts, k: rule.k,
            alwaysShown: neither ? (table.rows.labels.count - 1, table.columns.labels.count - 1) : nil)
    }

    private func cells(of table: PatternTable, kind: Pattern.Kind, hidden: [[Bool]]) -> [Pattern.Cell] {
        let rowLabels = table.rows.labels
        let columnLabels = table.columns.labels
        let rowTotals = table.counts.map { $0.reduce(0, +) }
        let columnTotals = columnLabels.indices.map { c in table.counts.reduce(0) { $0 + $1[c] } }
        let whole = Double(table.counts.joined().reduce(0, +))
        func cell(_ r: Int, _ c: Int) -> Pattern.Cell {
            let number = table.counts[r][c]
            let expected: Double? =
                kind == .contingency && whole > 0 && !hidden[r][c] ? Double(rowTotals[r]) * Double(columnTotals[c]) / whole : nil
            return Pattern.Cell(
                labels: [rowLabels[r], columnLabels[c]], count: hidden[r][c] ? .suppressed(hiddenLabel) : .exact(number),
                expected: expected)
        }
        switch kind {
        case .scaleByCategory where !table.rows.dimension.isScale:
            return rowLabels.indices.flatMap { r in columnLabels.indices.map { cell(r, $0) } }
        case .scaleByCategory:
            // Category by category, each with its bins, whichever dimension comes first.
            return columnLabels.indices.flatMap { c in rowLabels.indices.map { cell($0, c) } }
        case .scatter where !protected:
            return rowLabels.indices.flatMap { r in columnLabels.indices.filter { table.counts[r][$0] > 0 }.map { cell(r, $0) } }
        default:
            return rowLabels.indices.flatMap { r in columnLabels.indices.map { cell(r, $0) } }
        }
    }

    // MARK: - Helpers

    var hiddenLabel: String { protected ? DisclosureRule.hiddenLabel : "<\(options.minimumCell)" }

    /// A one-question count as shown: under the rule every group is at least k already.
    private func primary(_ number: Int) -> Pattern.Count {
        !protected && number > 0 && number < options.minimumCell ? .suppressed(hiddenLabel) : .exact(number)
    }

    private func empty(id: String, kind: Pattern.Kind, dimensions: [String], n: Int, unanswered: Int) -> Pattern {
        Pattern(
            id: id, kind: kind, dimensions: dimensions, n: n, unanswered: unanswered, suggestive: false,
            smallExpectedCounts: false, cells: [], pairs: [])
    }
}
