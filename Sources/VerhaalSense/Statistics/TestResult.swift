/// The outcome of one statistical test: its statistic, degrees of freedom where they apply, the
/// p-value and an effect size.
public struct TestResult: Sendable, Equatable, Encodable {
    /// The test's name: `chi-square`, `kruskal-wallis`, `mann-whitney`, `spearman`.
    public var test: String
    public var statistic: Double
    public var degreesOfFreedom: Double?
    public var p: Double
    /// Cramér's V, ε² or rho: how strong, apart from how certain.
    public var effect: Double?

    public init(test: String, statistic: Double, degreesOfFreedom: Double? = nil, p: Double, effect: Double? = nil) {
        self.test = test
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.p = p
        self.effect = effect
    }
}
