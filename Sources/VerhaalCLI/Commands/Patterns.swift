import ArgumentParser
import Foundation
import VerhaalKit
import VerhaalSense
import VerhaalWeb

extension VerhaalCommand {
    struct Patterns: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the patterns in the answers to the story questions, with honest statistics.",
            discussion: HelpText.text(
                """
                Every question, and the lessons, perspectives, kind and quarter, alone and in
                pairs: counts and histograms; chi-square for two choices, Kruskal–Wallis and
                Mann–Whitney for a scale by a choice, Spearman for two scales. The q-value
                corrects for all the tests of the run (Benjamini–Hochberg): it is the false
                discovery rate at which the pattern would still be called. Only the entries the
                audience may see count: never a private one.

                What this prints may be handed on, so it follows the disclosure rule: groups of
                fewer than 3 stories (patterns.smallest-group in verhaal.yaml) are merged into
                "overig" or left out, small cells are hidden as "x" together with enough others
                that none can be worked out, no test involves a small group and no teller is
                named. A question about the teller (role, organisation) is tested with one value
                per teller. --as-coordinator shows every count instead, for your own eyes.

                Examples:
                  verhaal patterns
                  verhaal patterns --audience public --json
                  verhaal patterns --kind anecdote --since 2019-09-01
                  verhaal patterns --compare organisatie --out rapport
                  verhaal patterns show 3
                """))

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Argument(help: ArgumentHelp("show N: one pattern of the table, by its number or its id, with its counts.", valueName: "show N"))
        var show: [String] = []

        @Option(help: "network (network and public entries, the default) or public (public entries only).")
        var audience: Audience = .network

        @Option(name: .customLong("minimum-n"), help: "No test with fewer stories than this.")
        var minimumN = 20

        @Option(name: .customLong("minimum-cell"), help: "Cells with fewer stories show as '<N'.")
        var minimumCell = 3

        @Flag(
            name: .customLong("as-coordinator"),
            help: "Show every count and name the tellers, as coordinators see them on the web; never hand this output on.")
        var asCoordinator = false

        @Option(
            help: ArgumentHelp(
                "Put the cohorts of this question side by side: each other question's answers per organisation, role, or option.",
                valueName: "question"))
        var compare: String?

        @Flag(help: "Print every pattern as JSON.")
        var json = false

        @Option(
            help: ArgumentHelp(
                "Write a static HTML report into this folder: index.html, and per pattern PATTERN-ID.html and PATTERN-ID.svg.",
                valueName: "folder"))
        var out: String?

        func validate() throws {
            guard show.isEmpty || (show.count == 2 && show[0] == "show") else {
                throw ValidationError("write 'verhaal patterns show N' with the number or the id of a pattern in the table")
            }
            guard minimumN >= 3 else { throw ValidationError("--minimum-n must be at least 3") }
            guard minimumCell >= 1 else { throw ValidationError("--minimum-cell must be at least 1") }
        }

        struct Report: Encodable {
            var audience: String
            var stories: Int
            var tests: Int
            var patterns: [Pattern]
            var disclosure: DisclosureReport?
            var constantTellers: [ConstantTeller]?
        }

        func run() throws {
            let library = try libraryOptions.load()
            let query = try filters.query(framework: library.framework)
            let analysis = PatternAnalysis(
                library: library, audience: audience, reader: asCoordinator ? .coordinator : .protected, query: query,
                options: PatternOptions(minimumN: minimumN, minimumCell: minimumCell))
            let run = analysis.run
            // Which teller answered what is for a coordinator's eyes only.
            let constant = asCoordinator ? ConstantTeller.find(framework: library.framework, entries: analysis.entries) : []
            if let compare {
                try runComparison(analysis, by: compare, library: library)
                return
            }
            if show.count == 2 {
                try showPattern(show[1], in: analysis)
                return
            }
            if let out { try writeReport(analysis, library: library, to: out) }
            if json {
                try JSONOutput.print(
                    Report(
                        audience: audience.rawValue, stories: run.stories, tests: run.tests,
                        patterns: run.patterns, disclosure: run.disclosure, constantTellers: asCoordinator ? constant : nil))
                return
            }
            print(
                "\(Plural.count(run.stories, "story", "stories")) (audience: \(audience.rawValue)), \(Plural.count(run.tests, "test", "tests"))."
            )
            let tested = run.patterns.filter { $0.q != nil }
            // p, df and the cells are in --json and 'patterns show N'; the ids are never cut.
            var table = TextTable(header: ["#", "PATTERN", "TEST", "N", "Q", "EFFECT", "NOTE"])
            table.whole = [1]
            table.shrinkOrder = []
            table.rows = tested.enumerated().map { index, pattern in
                var notes = ""
                if pattern.suggestive { notes += "s" }
                if pattern.fewStories { notes += "n" }
                if pattern.smallExpectedCounts { notes += "e" }
                return [
                    "\(index + 1)", pattern.id, Self.shortName(of: pattern.test), "\(pattern.n)", Self.number(pattern.q),
                    pattern.effect.map { String(format: "%.2f", $0) } ?? "", notes,
                ]
            }
            print(table.render())
            print("s: suggestive (0.05 ≤ q < 0.2)  n: under 30 stories  e: expected counts under 5")
            if let power = run.power { print(Paragraph.wrapped(PatternSummary.power(power, language: .english))) }
            let untested = run.patterns.filter { $0.q == nil && $0.dimensions.count == 2 }.count
            print("\n\(untested) pairs without a test (too few stories or no variation); see --json.")
            for item in constant {
                print("Note: \(item.teller) answered '\(item.question)' with \(item.answer) in each of their \(item.stories) stories.")
            }
            for pattern in tested {
                if let teller = pattern.dominantTeller {
                    print("Note: most of the stories of \(pattern.id) come from one teller, \(teller).")
                }
            }
            if let disclosure = run.disclosure { print(Paragraph.wrapped(Self.describe(disclosure))) }
        }

        /// One pattern in full: its id, what it shows, the statistics in words and every count.
        private func showPattern(_ wanted: String, in analysis: PatternAnalysis) throws {
            let tested = analysis.run.patterns.filter { $0.q != nil }
            let found =
                Int(wanted).flatMap { number in tested.indices.contains(number - 1) ? tested[number - 1] : nil }
                ?? analysis.run.patterns.first { $0.id == wanted && !$0.withheld }
            guard let pattern = found else {
                let suggestion =
                    KeySuggestion.didYouMean(wanted, among: analysis.run.patterns.map(\.id))
                throw VerhaalError(
                    "there is no pattern '\(wanted)' in this run",
                    hint: suggestion + "give a number from 1 to \(tested.count) of 'verhaal patterns', or a pattern's id")
            }
            print(pattern.id)
            print(Paragraph.wrapped(analysis.title(of: pattern), width: TerminalWidth.current))
            print(
                Paragraph.wrapped(
                    PatternSummary.sentence(for: pattern, tests: analysis.run.tests, language: .english), width: TerminalWidth.current))
            var table = TextTable(header: pattern.dimensions.map { $0.uppercased() } + ["STORIES"])
            table.rows = pattern.cells.map { cell in
                let count: String =
                    switch cell.count {
                    case .exact(let number): "\(number)"
                    case .suppressed(let text): text
                    }
                return cell.labels + [count]
            }
            print(table.render())
        }

        private func writeReport(_ analysis: PatternAnalysis, library: Library, to path: String) throws {
            let folder = URL(fileURLWithPath: path)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw VerhaalError("cannot create \(path)", hint: "check that you may write there")
            }
            let pages = try PatternReport.write(analysis, library: library, to: folder)
            FileHandle.standardError.write(
                Data("Wrote \(path)/index.html and \(Plural.count(pages, "pattern page", "pattern pages")).\n".utf8))
        }

        private func runComparison(_ analysis: PatternAnalysis, by id: String, library: Library) throws {
            let comparison: PatternComparison
            do {
                comparison = try PatternComparison(analysis: analysis, by: id)
            } catch .unknown(let name, let suggestion) {
                throw VerhaalError(
                    "no question '\(name)' to compare by",
                    hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "use a question with options, e.g. 'organisatie' or 'rol'")
            } catch .notShown(let name) {
                throw VerhaalError(
                    "'\(name)' cannot be compared by for this audience",
                    hint:
                        "it is a scale, or it has fewer than two groups of \(analysis.options.disclosure?.k ?? 3) stories or tellers; coordinators can use --as-coordinator"
                )
            }
            if let out {
                let page = try PatternReport.writeComparison(
                    comparison, analysis: analysis, library: library, to: URL(fileURLWithPath: out))
                StandardError.print("Wrote \(out)/\(page).")
            }
            if json {
                try JSONOutput.print(comparison)
                return
            }
            let titles = Dictionary(
                analysis.dimensions.flatMap { dimension in dimension.categories.map { ($0.id, $0.title) } }, uniquingKeysWith: { a, _ in a }
            )
            for profile in comparison.profiles {
                let stats = [profile.test.map(Self.shortName(of:)), profile.q.map { "q " + Self.number($0) }].compactMap { $0 }
                print("\(profile.dimension) by \(comparison.by)" + (stats.isEmpty ? "" : " (\(stats.joined(separator: ", ")))"))
                guard !profile.withheld else {
                    print("  withheld: its groups are too small to show\n")
                    continue
                }
                var table = TextTable(header: [comparison.by.uppercased()] + profile.categories.map { titles[$0] ?? $0 })
                table.rows = profile.rows.map { row in
                    [titles[row.cohort] ?? row.cohort]
                        + row.counts.map { count in
                            switch count {
                            case .exact(let number): "\(number)"
                            case .suppressed(let text): text
                            }
                        }
                }
                print(table.render())
                print("")
            }
        }

        /// What the rule did, in one paragraph under the table.
        static func describe(_ disclosure: DisclosureReport) -> String {
            var lines = ["Protected: no group under \(disclosure.k) is shown or tested; 'x' is a hidden cell."]
            if !disclosure.merged.isEmpty {
                lines.append(
                    "Merged into 'overig': "
                        + disclosure.merged.map { "\($0.dimension) (\($0.categories.joined(separator: ", ")))" }.joined(separator: "; ")
                        + ".")
            }
            if disclosure.leftOutStories > 0 {
                lines.append(
                    "\(Plural.count(disclosure.leftOutStories, "story", "stories")) left out: their group stayed under \(disclosure.k) after merging."
                )
            }
            if !disclosure.leftOutDimensions.isEmpty {
                lines.append(
                    "Not shown (fewer than two groups of \(disclosure.k)): \(disclosure.leftOutDimensions.joined(separator: ", ")).")
            }
            if !disclosure.withheldPatterns.isEmpty {
                lines.append("Withheld (no safe table): \(disclosure.withheldPatterns.joined(separator: ", ")).")
            }
            return lines.joined(separator: "\n")
        }

        static func shortName(of test: String?) -> String {
            switch test {
            case "chi-square": "chi2"
            case "kruskal-wallis": "kruskal"
            default: test ?? ""
            }
        }

        static func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return value < 0.001 ? String(format: "%.1e", value) : String(format: "%.3f", value)
        }
    }
}

extension Audience: ExpressibleByArgument {}
