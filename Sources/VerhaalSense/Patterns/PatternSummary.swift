import Foundation
import VerhaalKit

/// A pattern's statistics in words, for people who do not read test tables: which test, on
/// how many stories, how certain after the correction for every test of the run, and whether
/// it is only suggestive. Dutch with decimal commas, or English.
public enum PatternSummary {
    public static func sentence(for pattern: Pattern, tests: Int, language: Language) -> String {
        let english = language == .english
        let stories = english ? "stories" : "verhalen"
        let answerless =
            pattern.unanswered > 0 ? (english ? " (\(pattern.unanswered) unanswered)" : " (\(pattern.unanswered) zonder antwoord)") : ""
        guard let p = pattern.p, let q = pattern.q, let statistic = pattern.statistic else {
            let counted = english ? "Counted over \(pattern.n) \(stories)\(answerless)" : "Geteld over \(pattern.n) \(stories)\(answerless)"
            let why = pattern.noTest.map { english ? "; no test: \($0)." : "; geen toets: \(dutchReason($0))." } ?? "."
            return counted + why
        }
        let (name, symbol) = testName(pattern.test ?? "", english: english)
        let unit = unitSentence(pattern, english: english)
        // Under the disclosure rule n counts every story of the run; the test's own n is told
        // where it is shown.
        var counted = pattern.n
        var unanswered = answerless
        if pattern.unit != .teller, let tested = pattern.testedUnits, tested < pattern.n, pattern.unanswered == 0 {
            counted = tested
            unanswered = english ? " (\(pattern.n - tested) unanswered)" : " (\(pattern.n - tested) zonder antwoord)"
        }
        var sentence =
            english
            ? "\(name) over \(counted) \(stories)\(unanswered): \(symbol) = \(number(statistic, english)), p = \(number(p, english)), q = \(number(q, english)) after correcting for \(tests) tests."
            : "\(name) over \(counted) \(stories)\(unanswered): \(symbol) = \(number(statistic, english)), p = \(number(p, english)), q = \(number(q, english)) na correctie voor \(tests) toetsen."
        sentence += unit
        if let effect = pattern.effect {
            let measure = effectName(pattern.effectMeasure, english: english)
            sentence +=
                english
                ? " Effect size (\(measure)) \(number(effect, english))." : " Effectgrootte (\(measure)) \(number(effect, english))."
        }
        if pattern.fewStories {
            let units = pattern.unit == .teller ? (english ? "tellers" : "vertellers") : stories
            sentence +=
                english
                ? " On fewer than 30 \(units) only a strong pattern can show."
                : " Op minder dan 30 \(units) kan alleen een sterk patroon zich tonen."
        }
        if pattern.suggestive {
            sentence +=
                english
                ? " Suggestive: q between 0.05 and 0.2, a reason to look, not a finding."
                : " Suggestief: q tussen 0,05 en 0,2, een reden om te kijken, geen vondst."
        }
        if pattern.smallExpectedCounts {
            sentence +=
                english
                ? " Some expected counts are under 5, so p is rough." : " Sommige verwachte aantallen zijn kleiner dan 5, dus p is grof."
        }
        return sentence
    }

    /// "ja: 12, nee: <3" style text for a figure's alternative text.
    /// `protected`: the run followed the disclosure rule, so hidden cells read `x`.
    public static func figureDescription(for pattern: Pattern, title: String, language: Language, protected: Bool = false) -> String {
        let english = language == .english
        let kind: String =
            switch pattern.kind {
            case .counts: english ? "Bar chart" : "Staafdiagram"
            case .histogram: english ? "Histogram" : "Histogram"
            case .scaleByCategory: english ? "Histograms per group" : "Histogrammen per groep"
            case .scatter: english ? "Scatter plot in a 10 × 10 grid" : "Spreidingsdiagram in een raster van 10 × 10"
            case .contingency: english ? "Heat map of the counts" : "Warmtekaart van de aantallen"
            }
        if protected {
            return english
                ? "\(kind): \(title), over \(pattern.n) stories. A cell marked x is hidden, so that no small group can be worked out."
                : "\(kind): \(title), over \(pattern.n) verhalen. Een vak met x is verborgen, zodat geen kleine groep te herleiden is."
        }
        return english
            ? "\(kind): \(title), over \(pattern.n) stories. Groups of fewer than 3 stories show as <3."
            : "\(kind): \(title), over \(pattern.n) verhalen. Groepen van minder dan 3 verhalen staan er als <3."
    }

    /// The row of a pattern in the appendix's account of the patterns: the test (or why there
    /// is none), the stories counted, q and the effect size, in the document's language.
    public static func accountCells(for pattern: Pattern, language: Language) -> [String] {
        let english = language == .english
        let test =
            pattern.test.map { testName($0, english: english).0 }
            ?? (english ? "no test: \(pattern.noTest ?? "none")" : "geen toets: \(dutchReason(pattern.noTest ?? "geen"))")
        let effect = pattern.effect.map { "\(effectName(pattern.effectMeasure, english: english)) \(number($0, english))" } ?? "–"
        let unanswered =
            pattern.unanswered > 0 ? (english ? " (\(pattern.unanswered) unanswered)" : " (\(pattern.unanswered) zonder antwoord)") : ""
        return [test, "\(pattern.n)\(unanswered)", pattern.q.map { number($0, english) } ?? "–", effect]
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

    /// "With 35 stories and 172 tests only strong patterns could be found (Cramér's V ≥ 0.62,
    /// ε² ≥ 0.40, |ρ| ≥ 0.70); none was." From the tests the run actually made.
    public static func power(_ power: PatternPower, language: Language) -> String {
        let english = language == .english
        let order = ["cramers-v", "epsilon-squared", "rho"]
        let bounds = order.compactMap { measure in
            power.detectable[measure].map { "\(measure == "rho" ? "|ρ|" : effectName(measure, english: english)) ≥ \(number($0, english))" }
        }
        guard !bounds.isEmpty else {
            return english
                ? "With \(power.stories) stories no test could be made." : "Met \(power.stories) verhalen kon geen toets worden gedaan."
        }
        let strongest = power.detectable.values.max() ?? 0
        let strength =
            strongest >= 0.5
            ? (english ? "only strong patterns" : "alleen sterke patronen")
            : strongest >= 0.3
                ? (english ? "patterns of medium strength or more" : "patronen van middelmatige sterkte of meer")
                : (english ? "also weak patterns" : "ook zwakke patronen")
        let found: String =
            switch power.findings {
            case 0: english ? "none was" : "er was er geen"
            case 1: english ? "one was" : "er was er één"
            default: english ? "\(power.findings) were" : "er waren er \(power.findings)"
            }
        return english
            ? "With \(power.stories) stories and \(power.tests) tests \(strength) could be found (\(bounds.joined(separator: ", "))); \(found)."
            : "Met \(power.stories) verhalen en \(power.tests) toetsen konden \(strength) een vondst worden (\(bounds.joined(separator: ", "))); \(found)."
    }

    static func unitSentence(_ pattern: Pattern, english: Bool) -> String {
        guard pattern.unit == .teller else { return "" }
        return english
            ? " Tested with one value per teller, since the question is about the teller."
            : " Getoetst met één waarde per verteller, omdat de vraag over de verteller gaat."
    }

    static func effectName(_ measure: String?, english: Bool) -> String {
        switch measure {
        case "cramers-v": "Cramér's V"
        case "epsilon-squared": "ε²"
        case "rho": "ρ"
        case "rank-biserial": english ? "rank-biserial r" : "rangbiseriële r"
        default: measure ?? ""
        }
    }

    static func dutchReason(_ reason: String) -> String {
        if reason.hasPrefix("fewer than ") {
            return "minder dan "
                + reason.dropFirst("fewer than ".count).replacingOccurrences(of: "stories", with: "verhalen")
                .replacingOccurrences(of: "tellers", with: "vertellers")
        }
        if reason == "not enough variation to test" { return "te weinig variatie" }
        if reason.hasPrefix("withheld") { return "niet getoond: de groepen zijn te klein om te tonen" }
        return reason
    }

    /// Three significant digits (scientific below 0.001), with a decimal comma in Dutch.
    public static func number(_ value: Double, _ english: Bool) -> String {
        let text = abs(value) < 0.001 && value != 0 ? String(format: "%.1e", value) : String(format: "%.3g", value)
        return english ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
