/// The Mann–Whitney U test of two groups, two-sided, by the normal approximation with tie and
/// continuity correction (scipy's `mannwhitneyu(method="asymptotic")`). The statistic is U of
/// the first group; the effect is the rank-biserial correlation 2·U₁/(n₁n₂) − 1.
public enum MannWhitneyTest {
    /// Nil when a group is empty or every value is the same.
    public static func test(_ first: [Double], _ second: [Double]) -> TestResult? {
        guard !first.isEmpty, !second.isEmpty else { return nil }
        let n1 = Double(first.count)
        let n2 = Double(second.count)
        let n = n1 + n2
        let (ranks, ties) = Ranks.average(first + second)
        let r1 = ranks[0..<first.count].reduce(0, +)
        let u1 = r1 - n1 * (n1 + 1) / 2
        let u2 = n1 * n2 - u1
        let u = max(u1, u2)
        let mean = n1 * n2 / 2
        let tieTerm = ties.reduce(0.0) { $0 + Double($1) * Double($1) * Double($1) - Double($1) }
        let variance = n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)))
        guard variance > 0 else { return nil }
        let z = (u - mean - 0.5) / variance.squareRoot()
        let p = min(1, max(0, 2 * SpecialFunctions.normalSurvival(z)))
        return TestResult(test: "mann-whitney", statistic: u1, p: p, effect: 2 * u1 / (n1 * n2) - 1)
    }
}
