/// Spearman's rank correlation of paired scale answers, with the two-sided p-value from
/// Student's t with n − 2 degrees of freedom (scipy's `spearmanr`).
public enum SpearmanCorrelation {
    /// Nil with fewer than three pairs, or when either side has one value only.
    public static func test(_ pairs: [(Double, Double)]) -> TestResult? {
        guard pairs.count >= 3 else { return nil }
        let x = Ranks.average(pairs.map(\.0)).ranks
        let y = Ranks.average(pairs.map(\.1)).ranks
        let n = Double(pairs.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var covariance = 0.0
        var varianceX = 0.0
        var varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return nil }
        let rho = max(-1, min(1, covariance / (varianceX * varianceY).squareRoot()))
        let degreesOfFreedom = n - 2
        let p: Double
        if abs(rho) >= 1 {
            p = 0
        } else {
            let t = rho * (degreesOfFreedom / ((1 - rho) * (1 + rho))).squareRoot()
            p = SpecialFunctions.studentTTwoSided(t, degreesOfFreedom: degreesOfFreedom)
        }
        return TestResult(test: "spearman", statistic: rho, degreesOfFreedom: degreesOfFreedom, p: p, effect: rho)
    }
}
