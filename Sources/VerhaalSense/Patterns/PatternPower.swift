/// What a run could have found: per effect measure, the median smallest effect its tests could
/// have called a finding (`DetectableEffect`), and how many patterns were found (q < 0.05).
public struct PatternPower: Sendable, Encodable, Equatable {
    public var stories: Int
    public var tests: Int
    public var findings: Int
    /// `cramers-v`, `epsilon-squared`, `rho` → the median detectable effect.
    public var detectable: [String: Double]

    init(run: PatternFinder.Run) {
        stories = run.stories
        tests = run.tests
        findings = run.patterns.filter { ($0.q ?? 1) < 0.05 }.count
        var byMeasure: [String: [Double]] = [:]
        for pattern in run.patterns {
            guard let measure = pattern.effectMeasure, let effect = DetectableEffect.of(pattern, tests: run.tests) else { continue }
            byMeasure[measure, default: []].append(effect)
        }
        detectable = byMeasure.mapValues { values in
            let sorted = values.sorted()
            return sorted[sorted.count / 2]
        }
    }
}
