import ArgumentParser
import Foundation
import VerhaalSense

extension VerhaalCommand {
    /// Runs VerhaalSense's tests on cases read as JSON from standard input and prints the
    /// results as JSON: how `scripts/sense/scipy_crosscheck.py` holds them against scipy. Hidden
    /// from the help; not for users.
    struct StatisticsCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "statistics-check",
            abstract: "Run the statistical tests on JSON cases (for the scipy cross-check).",
            shouldDisplay: false)

        struct Case: Decodable {
            var test: String
            var table: [[Double]]?
            var groups: [[Double]]?
            var a: [Double]?
            var b: [Double]?
            var x: [Double]?
            var y: [Double]?
            var p: [Double]?
        }

        struct Outcome: Encodable {
            var statistic: Double?
            var p: Double?
            var q: [Double]?
        }

        func run() throws {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let cases = try JSONDecoder().decode([Case].self, from: input)
            let outcomes = cases.map { item -> Outcome in
                let result: TestResult? =
                    switch item.test {
                    case "chi2": item.table.flatMap(ChiSquareTest.init(observed:))?.result
                    case "kruskal": KruskalWallisTest.test(item.groups ?? [])
                    case "mannwhitney": MannWhitneyTest.test(item.a ?? [], item.b ?? [])
                    case "spearman": SpearmanCorrelation.test(Array(zip(item.x ?? [], item.y ?? [])))
                    default: nil
                    }
                if item.test == "bh" { return Outcome(q: BenjaminiHochberg.qValues(item.p ?? [])) }
                return Outcome(statistic: result?.statistic, p: result?.p)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(outcomes))
        }
    }
}
