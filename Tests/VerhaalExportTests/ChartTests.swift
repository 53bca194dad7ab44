import Foundation
import Testing
import VerhaalExport
import VerhaalKit
import VerhaalSense

/// The SVG figures of patterns: well-formed, labelled with the questions' own words, and never
/// printing a suppressed count.
@Suite(.serialized) struct ChartTests {
    @Test func aBarChartPrintsCountsAndHidesSuppressedOnes() throws {
        let chart = BarChart(
            title: "Hoe voelde het?", axisLabel: "verhalen",
            bars: [
                .init(label: "hoopvol", count: 14), .init(label: "zorgelijk & <bang>", count: nil),
            ])
        let data = try chart.svg()
        let text = try #require(XMLTestSupport.text(of: data))
        #expect(text.contains("Hoe voelde het?") && text.contains("14") && text.contains("<3"))
        let source = String(decoding: data, as: UTF8.self)
        #expect(source.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(source.contains("zorgelijk &amp; &lt;bang&gt;"))
        #expect(source.contains("stroke-dasharray=\"4 2\""), "a suppressed bar is outlined")
        #expect(try chart.svg() == data, "figures are reproducible")
    }

    @Test func everyPatternOfTheSampleHasAWellFormedFigureInItsOwnWords() throws {
        let library = LibraryStore(root: XMLTestSupport.packageRoot).load()
        let entries = library.entries.filter { Audience.network.allows($0.share) }
        let dimensions = PatternDimension.all(framework: library.framework, entries: entries, language: .dutch)
        let run = PatternFinder(dimensions: dimensions).run(entries)
        var figures = 0
        for pattern in run.patterns {
            guard let svg = try PatternFigure.svg(for: pattern, dimensions: dimensions, storiesLabel: "verhalen") else { continue }
            let text = try #require(XMLTestSupport.text(of: svg), "\(pattern.id)")
            figures += 1
            if pattern.id == "pendule~gevoel" {
                #expect(text.contains("Waar ging in dit verhaal de aandacht naartoe? × Hoe voelde het?"))
                #expect(text.contains("inspirere") && text.contains("90–100") && text.contains("← de eigen organisatie"))
            }
            // No suppressed count appears as a number: every cell under 3 reads "<3".
            for cell in pattern.cells {
                if case .suppressed(let label) = cell.count { #expect(label == "<3") }
            }
        }
        #expect(figures > 100)
    }

    @Test func theCoverageFigureHidesSmallCountsUnderTheRuleAsX() throws {
        let library = LibraryStore(root: XMLTestSupport.packageRoot).load()
        let entries = library.entries.filter { Audience.public.allows($0.share) }
        let protected = try #require(
            XMLTestSupport.text(
                of: try CoverageChart.svg(entries: entries, framework: library.framework, language: .dutch, disclosure: DisclosureRule())))
        let coordinator = try #require(
            XMLTestSupport.text(of: try CoverageChart.svg(entries: entries, framework: library.framework, language: .dutch)))
        #expect(coordinator.contains("<3"), "the sample's public stories have small lesson × perspective groups")
        #expect(!protected.contains("<3") && protected.contains("x"))
    }

    @Test func aHistogramShowsItsBinsAndTheScalesOwnEnds() throws {
        let counts: [Int?] = [0, nil, 4, 7, 0, 0, 0, 0, 12, 3]
        let data = try Histogram(title: "Pendule", leftLabel: "de eigen organisatie", rightLabel: "het netwerk", counts: counts).svg()
        let text = try #require(XMLTestSupport.text(of: data))
        #expect(text.contains("← de eigen organisatie") && text.contains("het netwerk →"))
        #expect(text.contains("12") && text.contains("<3"))
        let source = String(decoding: data, as: UTF8.self)
        #expect(source.components(separatedBy: "<rect").count - 2 == 5, "five bars: the empty bins draw none")
    }

    @Test func aHistogramSetStacksOneHistogramPerCategory() throws {
        let rows: [(label: String, counts: [Int?])] = [
            ("bestuurder", [0, 0, 0, 0, 0, 0, 0, 5, 9, nil]), ("medewerker", [nil, 4, 6, 0, 0, 0, 0, 0, 0, 0]),
        ]
        let data = try HistogramSet(title: "Pendule × rol", leftLabel: "eigen", rightLabel: "netwerk", rows: rows).svg()
        let text = try #require(XMLTestSupport.text(of: data))
        #expect(text.contains("bestuurder") && text.contains("medewerker") && text.contains("9"))
        #expect(String(decoding: data, as: UTF8.self).contains("stroke-dasharray=\"4 2\""))
    }

    @Test func aScatterPlotCountsSquaresAndNeverPlacesOneStory() throws {
        var counts = [[Int?]](repeating: [Int?](repeating: 0, count: 10), count: 10)
        counts[2][3] = 5
        counts[8][8] = nil
        let data = try ScatterPlot(
            title: "Pendule × hard-zacht", xTitle: "Pendule", yTitle: "Hard of zacht", xEnds: ("eigen", "netwerk"),
            yEnds: ("hard", "zacht"), counts: counts
        ).svg()
        let source = String(decoding: data, as: UTF8.self)
        #expect(source.components(separatedBy: "<circle").count - 1 == 2)
        #expect(source.contains("stroke-dasharray=\"3 2\""), "the suppressed square is a dashed circle")
        let text = try #require(XMLTestSupport.text(of: data))
        #expect(text.contains("5") && text.contains("<3") && text.contains("↑ Hard of zacht") && text.contains("← eigen"))
    }

    @Test func theCoverageChartCountsLessonsAgainstPerspectives() throws {
        let library = LibraryStore(root: XMLTestSupport.packageRoot).load()
        let entries = library.entries.filter { Audience.public.allows($0.share) }
        let data = try CoverageChart.svg(entries: entries, framework: library.framework, language: .dutch)
        let text = try #require(XMLTestSupport.text(of: data))
        #expect(text.contains("Lessen × perspectieven"))
        for lesson in library.framework.lessons { #expect(text.contains(String(lesson.label.prefix(12)))) }
        let english = try #require(
            XMLTestSupport.text(of: try CoverageChart.svg(entries: entries, framework: library.framework, language: .english)))
        #expect(english.contains("Lessons × perspectives"))
    }

    @Test func everyPatternKindGetsItsOwnFigure() throws {
        let library = LibraryStore(root: XMLTestSupport.packageRoot).load()
        let analysis = PatternAnalysis(library: library, audience: .network)
        var titles: [Pattern.Kind: String] = [:]
        for pattern in analysis.run.patterns where titles[pattern.kind] == nil {
            let svg = try #require(try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: "verhalen"))
            titles[pattern.kind] = String(decoding: svg, as: UTF8.self)
        }
        #expect(titles.count == 5)
        #expect(titles[.scatter]?.contains("<circle") == true)
        #expect(titles[.histogram]?.contains("← ") == true)
        #expect(titles[.scaleByCategory]?.contains("← ") == true)
    }
}
