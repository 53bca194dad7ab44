import Foundation
import VerhaalExport
import VerhaalKit
import VerhaalSense

/// What the patterns index shows, on the web and in the static report: every tested pattern by
/// q, then those without a test, the marks and observations, and the coverage figure.
struct PatternListView: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var href: String
        var title: String
        var test: String
        var n: Int
        var q: String
        var effect: String
        var notes: String
        /// The mark, and how many observations there are: "opmerkelijk (1)".
        var mark: String
    }

    var summary: String
    var tested: [Row]
    var untested: [Row]
    var hasUntested: Bool
    var coverageSVG: String

    /// `link` turns a pattern id into the address of its page.
    init(analysis: PatternAnalysis, library: Library, strings: WebStrings.Patterns, link: (String) -> String) throws {
        let english = analysis.language == .english
        summary =
            english
            ? "\(analysis.run.stories) stories (audience: \(analysis.audience == .public ? "everyone" : "the network")), \(analysis.run.tests) tests."
            : "\(analysis.run.stories) verhalen (voor \(analysis.audience == .public ? "iedereen" : "het netwerk")), \(analysis.run.tests) toetsen."
        if let power = analysis.run.power { summary += " " + PatternSummary.power(power, language: analysis.language) }
        let observationCounts = Dictionary(library.observations.map { ($0.pattern, 1) }, uniquingKeysWith: +)
        func row(_ pattern: Pattern) -> Row {
            var notes: [String] = []
            if pattern.suggestive { notes.append(strings.suggestive) }
            if pattern.fewStories { notes.append(strings.fewStories) }
            if pattern.smallExpectedCounts { notes.append(strings.smallExpected) }
            return Row(
                id: pattern.id, href: link(pattern.id), title: analysis.title(of: pattern), test: PatternText.testName(pattern.test),
                n: pattern.n, q: PatternText.number(pattern.q, english: english),
                effect: PatternText.number(pattern.effect, english: english), notes: notes.joined(separator: ", "),
                mark: [
                    library.marks[pattern.id].flatMap { strings.markNames[$0.rawValue] },
                    observationCounts[pattern.id].map { "(\($0))" },
                ].compactMap { $0 }.joined(separator: " "))
        }
        tested = analysis.run.patterns.filter { $0.q != nil }.map(row)
        untested = analysis.run.patterns.filter { $0.q == nil }.map(row)
        hasUntested = !untested.isEmpty
        coverageSVG = PatternText.inline(
            try CoverageChart.svg(
                entries: analysis.entries, framework: library.framework, language: analysis.language,
                minimumCell: analysis.options.minimumCell, disclosure: analysis.options.disclosure))
    }
}

/// Numbers and names as the pattern pages print them.
enum PatternText {
    static func number(_ value: Double?, english: Bool) -> String {
        guard let value else { return "" }
        let text = abs(value) < 0.001 && value != 0 ? String(format: "%.1e", value) : String(format: "%.3f", value)
        return english ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    static func testName(_ test: String?) -> String {
        switch test {
        case "chi-square": "χ²"
        case "kruskal-wallis": "Kruskal–Wallis"
        case "mann-whitney": "Mann–Whitney"
        case "spearman": "Spearman"
        default: test ?? ""
        }
    }

    /// An SVG document as markup to put inside HTML: without its XML declaration.
    static func inline(_ svg: Data) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return text }
        return String(text[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
