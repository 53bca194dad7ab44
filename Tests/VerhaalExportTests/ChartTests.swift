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
                #expect(text.contains("inspirere") && text.contains("90-100"))
            }
            // No suppressed count appears as a number: every cell under 3 reads "<3".
            for cell in pattern.cells {
                if case .suppressed(let label) = cell.count { #expect(label == "<3") }
            }
        }
        #expect(figures > 100)
    }
}
