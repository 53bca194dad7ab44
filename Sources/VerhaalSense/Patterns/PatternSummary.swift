import Foundation
import VerhaalKit

/// A pattern's statistics in words, for people who do not read test tables: which test, on
/// how many stories, how certain after the correction for every test of the run, and whether
/// it is only suggestive. Dutch with decimal commas, or English.
public enum PatternSummary {
    public static func sentence(for pattern: Pattern, tests: Int, language: Language) -> String {
        let english = language == .english
        let stories = english ? "stories" : "verhalen"
        let unanswered =
            pattern.unanswered > 0 ? (english ? " (\(pattern.unanswered) unanswered)" : " (\(pattern.unanswered) zonder antwoord)") : ""
        guard let p = pattern.p, let q = pattern.q, let statistic = pattern.statistic else {
            let counted = english ? "Counted over \(pattern.n) \(stories)\(unanswered)" : "Geteld over \(pattern.n) \(stories)\(unanswered)"
            let why = pattern.noTest.map { english ? "; no test: \($0)." : "; geen toets: \(dutchReason($0))." } ?? "."
            return counted + why
        }
        let (name, symbol) = testName(pattern.test ?? "", english: english)
        var sentence =
            english
            ? "\(name) over \(pattern.n) \(stories)\(unanswered): \(symbol) = \(number(statistic, english)), p = \(number(p, english)), q = \(number(q, english)) after correcting for \(tests) tests."
            : "\(name) over \(pattern.n) \(stories)\(unanswered): \(symbol) = \(number(statistic, english)), p = \(number(p, english)), q = \(number(q, english)) na correctie voor \(tests) toetsen."
        if let effect = pattern.effect {
            sentence += english ? " Effect size \(number(effect, english))." : " Effectgrootte \(number(effect, english))."
        }
        if pattern.suggestive {
            sentence += english ? " Suggestive: fewer than 30 stories." : " Suggestief: minder dan 30 verhalen."
        }
        if pattern.smallExpectedCounts {
            sentence +=
                english
                ? " Some expected counts are under 5, so p is rough." : " Sommige verwachte aantallen zijn kleiner dan 5, dus p is grof."
        }
        return sentence
    }

    /// "ja: 12, nee: <3" style text for a figure's alternative text.
    public static func figureDescription(for pattern: Pattern, title: String, language: Language) -> String {
        let english = language == .english
        let kind: String =
            switch pattern.kind {
            case .counts: english ? "Bar chart" : "Staafdiagram"
            case .histogram: english ? "Histogram" : "Histogram"
            case .scaleByCategory: english ? "Histograms per group" : "Histogrammen per groep"
            case .scatter: english ? "Scatter plot in a 10 × 10 grid" : "Spreidingsdiagram in een raster van 10 × 10"
            case .contingency: english ? "Heat map of the counts" : "Warmtekaart van de aantallen"
            }
        return english
            ? "\(kind): \(title), over \(pattern.n) stories. Groups of fewer than 3 stories show as <3."
            : "\(kind): \(title), over \(pattern.n) verhalen. Groepen van minder dan 3 verhalen staan er als <3."
    }

    static func testName(_ test: String, english: Bool) -> (String, String) {
        switch test {
        case "chi-square": (english ? "Pearson's chi-square" : "Chikwadraattoets van Pearson", "χ²")
        case "kruskal-wallis": (english ? "Kruskal–Wallis" : "Kruskal–Wallis-toets", "H")
        case "mann-whitney": (english ? "Mann–Whitney U" : "Mann–Whitney-toets", "U")
        case "spearman": (english ? "Spearman's rank correlation" : "Rangcorrelatie van Spearman", "ρ")
        default: (test, "T")
        }
    }

    static func dutchReason(_ reason: String) -> String {
        if reason.hasPrefix("fewer than ") {
            return "minder dan " + reason.dropFirst("fewer than ".count).replacingOccurrences(of: "stories", with: "verhalen")
        }
        if reason == "not enough variation to test" { return "te weinig variatie" }
        return reason
    }

    /// Three significant digits (scientific below 0.001), with a decimal comma in Dutch.
    public static func number(_ value: Double, _ english: Bool) -> String {
        let text = abs(value) < 0.001 && value != 0 ? String(format: "%.1e", value) : String(format: "%.3g", value)
        return english ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
