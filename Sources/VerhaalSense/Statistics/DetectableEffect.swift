/// The smallest effect a test that was run could have called a finding: the effect whose
/// statistic, on the same number of stories (or tellers) and degrees of freedom, reaches p =
/// 0.05 / m, the Benjamini–Hochberg threshold for the strongest of m tests. A run of few stories
/// can only find strong patterns; this says how strong.
enum DetectableEffect {
    /// Nil for a pattern without a test, or one whose effect is zero.
    static func of(_ pattern: Pattern, tests: Int) -> Double? {
        guard let statistic = pattern.statistic, let effect = pattern.effect, let df = pattern.df, tests > 0 else { return nil }
        let alpha = 0.05 / Double(tests)
        switch pattern.test {
        case "chi-square":
            // V² = χ² / (n·k): the same n·k at the critical χ².
            guard statistic > 0, effect > 0 else { return nil }
            return (critical(alpha) { SpecialFunctions.chiSquareSurvival($0, degreesOfFreedom: df) } * effect * effect / statistic)
                .squareRoot()
        case "kruskal-wallis":
            // ε² = H / (n − 1).
            guard statistic > 0, effect > 0 else { return nil }
            return critical(alpha) { SpecialFunctions.chiSquareSurvival($0, degreesOfFreedom: df) } * effect / statistic
        case "spearman":
            guard df > 0 else { return nil }
            let t = critical(alpha) { SpecialFunctions.studentTTwoSided($0, degreesOfFreedom: df) }
            return t / (df + t * t).squareRoot()
        default:
            return nil
        }
    }

    /// The statistic at which a falling survival function reaches `alpha`, by bisection.
    private static func critical(_ alpha: Double, survival: (Double) -> Double) -> Double {
        var low = 0.0
        var high = 1.0
        while survival(high) > alpha && high < 1e6 { high *= 2 }
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if survival(middle) > alpha { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
