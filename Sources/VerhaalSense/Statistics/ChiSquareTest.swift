/// Pearson's chi-square test of independence on a contingency table, without continuity
/// correction (scipy's `chi2_contingency(correction=False)`), with the expected counts and
/// Cramér's V.
public struct ChiSquareTest: Sendable {
    /// Observed counts: rows × columns.
    public let observed: [[Double]]
    public let expected: [[Double]]
    public let result: TestResult
    /// True when an expected count is under 5: the approximation is then rough.
    public let hasSmallExpectedCounts: Bool

    /// Nil when the table has fewer than two non-empty rows or columns.
    public init?(observed table: [[Double]]) {
        // Rows and columns without any count carry no information (and would divide by zero).
        let rowSums = table.map { $0.reduce(0, +) }
        let keptRows = table.indices.filter { rowSums[$0] > 0 }
        guard let width = table.first?.count else { return nil }
        let columnSums = (0..<width).map { column in keptRows.reduce(0) { $0 + table[$1][column] } }
        let keptColumns = (0..<width).filter { columnSums[$0] > 0 }
        guard keptRows.count >= 2, keptColumns.count >= 2 else { return nil }
        let observed = keptRows.map { row in keptColumns.map { table[row][$0] } }
        let total = observed.flatMap { $0 }.reduce(0, +)
        let rows = observed.map { $0.reduce(0, +) }
        let columns = keptColumns.map { columnSums[$0] }
        let expected = rows.map { row in columns.map { row * $0 / total } }
        var statistic = 0.0
        for (observedRow, expectedRow) in zip(observed, expected) {
            for (o, e) in zip(observedRow, expectedRow) { statistic += (o - e) * (o - e) / e }
        }
        let degreesOfFreedom = Double((rows.count - 1) * (columns.count - 1))
        let smaller = Double(min(rows.count, columns.count) - 1)
        let cramersV = (statistic / (total * smaller)).squareRoot()
        self.observed = observed
        self.expected = expected
        self.hasSmallExpectedCounts = expected.flatMap { $0 }.contains { $0 < 5 }
        self.result = TestResult(
            test: "chi-square", statistic: statistic, degreesOfFreedom: degreesOfFreedom,
            p: SpecialFunctions.chiSquareSurvival(statistic, degreesOfFreedom: degreesOfFreedom), effect: cramersV)
    }
}
