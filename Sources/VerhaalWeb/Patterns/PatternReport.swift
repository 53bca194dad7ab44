import Foundation
import Mustache
import VerhaalExport
import VerhaalKit
import VerhaalSense

/// The static HTML report of `verhaal patterns --out DIR`: `index.html` with every pattern,
/// a page and an SVG figure per pattern, and the coverage figure (`dekking.svg`), from the same views and templates as the web's
/// *Patronen* pages, so that a network can put the folder anywhere and open it in a browser.
public enum PatternReport {
    struct Page: Encodable, Sendable {
        var stylesheet = Stylesheet.text
        var backHref: String?
        var list: PatternListView?
        var detail: PatternDetailView?
        var compare: CompareView?
    }

    struct CompareView: Encodable, Sendable {
        struct Profile: Encodable, Sendable {
            var title: String
            var figureSVG: String
            var statistics: String
        }

        var title: String
        var summary: String
        var profiles: [Profile]
    }

    /// Writes `vergelijking-BY.html` into `folder`: every question's answers per cohort of
    /// `comparison.by`, a figure each (also written as `vergelijking-BY-PATTERN.svg`).
    public static func writeComparison(_ comparison: PatternComparison, analysis: PatternAnalysis, library: Library, to folder: URL) throws
        -> String
    {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let templates = try PageRenderer.library()
        let strings = WebStrings.forLanguage(library.settings.language)
        let english = analysis.language == .english
        let storiesLabel = english ? "stories" : "verhalen"
        let byTitle = analysis.dimensions.first { $0.id == comparison.by }?.title ?? comparison.by
        var profiles: [CompareView.Profile] = []
        for profile in comparison.profiles {
            guard let pattern = analysis.pattern(id: profile.pattern) else { continue }
            let svg = try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel)
            if let svg { try AtomicFile.write(svg, to: folder.appendingPathComponent("vergelijking-\(comparison.by)-\(pattern.id).svg")) }
            profiles.append(
                CompareView.Profile(
                    title: analysis.dimensions.first { $0.id == profile.dimension }?.title ?? profile.dimension,
                    figureSVG: svg.map(PatternText.inline) ?? "",
                    statistics: PatternSummary.sentence(for: pattern, tests: analysis.run.tests, language: analysis.language)))
        }
        let title = english ? "Compared by: \(byTitle)" : "Vergeleken naar: \(byTitle)"
        let page = Page(
            backHref: "index.html",
            compare: CompareView(
                title: title,
                summary: english
                    ? "Each question's answers per group of '\(byTitle)', \(analysis.run.stories) stories."
                    : "De antwoorden op elke vraag per groep van '\(byTitle)', \(analysis.run.stories) verhalen.",
                profiles: profiles))
        let name = "vergelijking-\(comparison.by).html"
        try AtomicFile.write(render(page, title: title, strings: strings, templates: templates), to: folder.appendingPathComponent(name))
        return name
    }

    /// Writes the report into `folder` (made when missing), each file atomically. Returns how
    /// many pattern pages were written.
    @discardableResult
    public static func write(_ analysis: PatternAnalysis, library: Library, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let templates = try PageRenderer.library()
        let strings = WebStrings.forLanguage(library.settings.language)
        func render(_ page: Page, title: String) -> Data {
            Self.render(page, title: title, strings: strings, templates: templates)
        }
        let list = try PatternListView(analysis: analysis, library: library, strings: strings.patterns) { fileName(of: $0) }
        try AtomicFile.write(render(Page(list: list), title: strings.patterns.title), to: folder.appendingPathComponent("index.html"))
        try AtomicFile.write(
            try CoverageChart.svg(
                entries: analysis.entries, framework: library.framework, language: analysis.language,
                minimumCell: analysis.options.minimumCell, disclosure: analysis.options.disclosure),
            to: folder.appendingPathComponent("dekking.svg"))
        let storiesLabel = analysis.language == .english ? "stories" : "verhalen"
        for pattern in analysis.run.patterns {
            let detail = try PatternDetailView(pattern: pattern, analysis: analysis, library: library, strings: strings) { _ in nil }
            try AtomicFile.write(
                render(Page(backHref: "index.html", detail: detail), title: detail.title),
                to: folder.appendingPathComponent(fileName(of: pattern.id)))
            if let svg = try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel) {
                try AtomicFile.write(svg, to: folder.appendingPathComponent("\(pattern.id).svg"))
            }
        }
        return analysis.run.patterns.count
    }

    /// A page of the report in `reportLayout`: no menu, the stylesheet inline.
    static func render(_ page: Page, title: String, strings: WebStrings, templates: MustacheLibrary) -> Data {
        let context = PageContext(s: strings, title: title, member: nil, csrf: nil, section: nil, content: page)
        return Data((templates.render(context.values, withTemplate: "reportLayout") ?? "").utf8)
    }

    /// `pendule~rol.html`: the id is made of letters, digits, `-`, `=` and `~` only.
    static func fileName(of id: String) -> String {
        "\(id).html"
    }
}
