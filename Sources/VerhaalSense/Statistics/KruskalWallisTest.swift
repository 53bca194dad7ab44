/// The Kruskal–Wallis H test across groups of scale answers, corrected for ties (scipy's
/// `kruskal`), with ε² = H / (n − 1) as its effect size.
public enum KruskalWallisTest {
    /// Nil with fewer than two non-empty groups, or when every value is the same.
    public static func test(_ groups: [[Double]]) -> TestResult? {
        let groups = groups.filter { !$0.isEmpty }
        guard groups.count >= 2 else { return nil }
        let all = groups.flatMap { $0 }
        let n = Double(all.count)
        let (ranks, ties) = Ranks.average(all)
        var offset = 0
        var sum = 0.0
        for group in groups {
            let rankSum = ranks[offset..<(offset + group.count)].reduce(0, +)
            sum += rankSum * rankSum / Double(group.count)
            offset += group.count
        }
        let h = 12 / (n * (n + 1)) * sum - 3 * (n + 1)
        let tieCorrection = 1 - ties.reduce(0.0) { $0 + pow3($1) - Double($1) } / (n * n * n - n)
        guard tieCorrection > 0 else { return nil }
        let corrected = h / tieCorrection
        let degreesOfFreedom = Double(groups.count - 1)
        return TestResult(
            test: "kruskal-wallis", statistic: corrected, degreesOfFreedom: degreesOfFreedom,
            p: SpecialFunctions.chiSquareSurvival(corrected, degreesOfFreedom: degreesOfFreedom), effect: corrected / (n - 1))
    }

    private static func pow3(_ value: Int) -> Double { Double(value) * Double(value) * Double(value) }
}
