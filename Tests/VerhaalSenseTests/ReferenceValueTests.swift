import Testing
import VerhaalKit

@testable import VerhaalSense

/// The statistics against fixed values computed by scipy 1.17.1 with
/// `.build-venv/bin/python scripts/sense/reference_values.py` (the command prints every value
/// below). The randomized cross-check with scipy runs in `make acceptance`.
@Suite struct ReferenceValueTests {
    static func close(_ value: Double, _ expected: Double, _ tolerance: Double = 1e-9) -> Bool {
        expected == 0 ? abs(value) < 1e-300 : abs(value - expected) <= tolerance * abs(expected)
    }

    @Test(arguments: [
        (0.5, 0.1, 0.6547208460185768), (1.0, 1.0, 0.36787944117144245), (2.5, 0.01, 0.999997012398468),
        (3.0, 7.5, 0.020256715056664387), (10.0, 3.0, 0.9988975118698845), (10.0, 25.0, 0.0002214766382487835),
        (50.0, 49.0, 0.5378956063990598), (0.5, 30.0, 9.485737571073857e-15),
    ])
    func incompleteGammaMatchesScipy(_ a: Double, _ x: Double, _ q: Double) {
        #expect(Self.close(SpecialFunctions.regularizedGammaQ(a, x), q), "Q(\(a), \(x))")
        #expect(Self.close(SpecialFunctions.regularizedGammaP(a, x), 1 - q, 1e-8), "P(\(a), \(x))")
    }

    @Test func incompleteGammaAtItsEdges() {
        #expect(SpecialFunctions.regularizedGammaQ(2, 0) == 1)
        #expect(SpecialFunctions.regularizedGammaQ(2, .infinity) == 0)
        #expect(SpecialFunctions.regularizedGammaQ(0, 1).isNaN)
        #expect(SpecialFunctions.regularizedGammaQ(1, -1).isNaN)
        #expect(SpecialFunctions.chiSquareSurvival(0, degreesOfFreedom: 3) == 1)
    }

    @Test(arguments: [
        (0.3, 2.0, 3.0, 0.34829999999999994), (0.999, 0.5, 0.5, 0.9798649583666235), (1e-5, 2.0, 5.0, 1.4999600004499979e-09),
        (0.5, 10.0, 0.5, 0.00023344743474862207), (0.9, 30.0, 0.5, 0.012282448499852763),
    ])
    func incompleteBetaMatchesScipy(_ x: Double, _ a: Double, _ b: Double, _ expected: Double) {
        #expect(Self.close(SpecialFunctions.regularizedBeta(x, a, b), expected), "I_\(x)(\(a), \(b))")
    }

    @Test func incompleteBetaAtItsEdges() {
        #expect(SpecialFunctions.regularizedBeta(0, 2, 3) == 0)
        #expect(SpecialFunctions.regularizedBeta(1, 2, 3) == 1)
        #expect(SpecialFunctions.regularizedBeta(1.5, 2, 3).isNaN)
        #expect(SpecialFunctions.regularizedBeta(0.5, 0, 3).isNaN)
        #expect(SpecialFunctions.studentTTwoSided(0, degreesOfFreedom: 5) == 1)
        #expect(SpecialFunctions.studentTTwoSided(.infinity, degreesOfFreedom: 5) == 0)
    }

    @Test func chiSquareMatchesScipy() throws {
        let test = try #require(ChiSquareTest(observed: [[12, 5, 3], [4, 10, 6]]))
        #expect(Self.close(test.result.statistic, 6.666666666666667))
        #expect(Self.close(test.result.p, 0.035673993347252395))
        #expect(test.result.degreesOfFreedom == 2)
        #expect(Self.close(test.result.effect ?? 0, 0.408248290463863))
        #expect(test.expected == [[8.0, 7.5, 4.5], [8.0, 7.5, 4.5]])
        #expect(test.hasSmallExpectedCounts)
        #expect(ChiSquareTest(observed: [[3, 0], [5, 0]]) == nil, "a column without counts leaves one column")
    }

    @Test func kruskalWallisMatchesScipy() throws {
        let result = try #require(KruskalWallisTest.test([[72, 80, 65, 90, 85, 70], [40, 55, 60, 35, 50, 60], [70, 60, 75, 50, 65]]))
        #expect(Self.close(result.statistic, 10.525257519571484))
        #expect(Self.close(result.p, 0.005181665445626687))
        #expect(KruskalWallisTest.test([[5, 5], [5, 5]]) == nil, "all values equal")
    }

    @Test func mannWhitneyMatchesScipy() throws {
        let result = try #require(MannWhitneyTest.test([72, 80, 65, 90, 85, 70, 70], [40, 55, 60, 35, 50, 60, 70, 45]))
        #expect(result.statistic == 54)
        #expect(Self.close(result.p, 0.0030335779315015434))
    }

    @Test func spearmanMatchesScipy() throws {
        let plain = try #require(
            SpearmanCorrelation.test(
                Array(
                    zip(
                        [10, 20, 30, 40, 50, 60, 70, 80, 90, 95],
                        [15, 25, 20, 45, 60, 55, 80, 70, 95, 90]))))
        #expect(Self.close(plain.statistic, 0.9515151515151514))
        #expect(Self.close(plain.p, 2.279854920641689e-05))
        let tied = try #require(SpearmanCorrelation.test(Array(zip([1, 2, 2, 3, 4, 4, 4, 5], [5, 3, 4, 2, 2, 1, 3, 1]))))
        #expect(Self.close(tied.statistic, -0.843815925694518))
        #expect(Self.close(tied.p, 0.00844382574866632))
    }

    @Test func benjaminiHochbergMatchesScipy() {
        let q = BenjaminiHochberg.qValues([0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04])
        let expected = [0.035, 0.055999999999999994, 0.055999999999999994, 0.035, 0.5, 0.23333333333333336, 0.055999999999999994]
        for (value, reference) in zip(q, expected) { #expect(Self.close(value, reference), "\(q)") }
        #expect(BenjaminiHochberg.qValues([]).isEmpty)
    }
}

/// A pair with a question about the teller is tested with one value per teller, and the quarter
/// as a trend: against scipy 1.17.1 on a fixed library (`kruskal` over the tellers' mean
/// pendule by role; `spearmanr` of the pendule and the quarter's order). The same, randomized and
/// end to end, runs in `make acceptance` (`scripts/sense/units_crosscheck.py`).
@Suite struct UnitAndTrendReferenceTests {
    @Test func tellerLevelKruskalWallisAndTheQuarterTrendMatchScipy() throws {
        let roles = ["bestuurder", "medewerker", "partner"]
        let entries = (0..<30).map { index -> Entry in
            let teller = index % 8
            return Entry(
                id: "e\(index)", path: "e\(index).md", kind: .anecdote, title: "E",
                date: LocalDate(year: 2019, month: index * 5 % 12 + 1, day: 1)!, teller: "T\(teller)", lessons: [], share: .network,
                answers: ["pendule": .scale(index * 37 % 101), "rol": .choice(roles[teller % 3])])
        }
        let dimensions = PatternDimension.all(framework: .essay, entries: entries, language: .dutch)
        let run = PatternFinder(dimensions: dimensions, options: PatternOptions(minimumN: 5)).run(entries)
        let byRole = try #require(run.patterns.first { $0.id == "pendule~rol" })
        #expect(byRole.unit == .teller && byRole.test == "kruskal-wallis" && byRole.testedUnits == 8)
        #expect(ReferenceValueTests.close(try #require(byRole.statistic), 3.0642570281124506))
        #expect(ReferenceValueTests.close(try #require(byRole.p), 0.21607525827183824))
        let trend = try #require(run.patterns.first { $0.id == "pendule~quarter" })
        #expect(trend.unit == .story && trend.test == "spearman")
        #expect(ReferenceValueTests.close(try #require(trend.statistic), 0.08224687185070782))
        #expect(ReferenceValueTests.close(try #require(trend.p), 0.6656860208552331))
    }
}
