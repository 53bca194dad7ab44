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
    }

    /// Writes the report into `folder` (made when missing), each file atomically. Returns how
    /// many pattern pages were written.
    @discardableResult
    public static func write(_ analysis: PatternAnalysis, library: Library, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let templates = try PageRenderer.library()
        let strings = WebStrings.forLanguage(library.settings.language)
        func render(_ page: Page, title: String) throws -> Data {
            let context = PageContext(s: strings, title: title, member: nil, csrf: nil, section: nil, content: page)
            return Data((templates.render(context.values, withTemplate: "reportLayout") ?? "").utf8)
        }
        let list = try PatternListView(analysis: analysis, library: library, strings: strings.patterns) { fileName(of: $0) }
        try AtomicFile.write(try render(Page(list: list), title: strings.patterns.title), to: folder.appendingPathComponent("index.html"))
        try AtomicFile.write(
            try CoverageChart.svg(
                entries: analysis.entries, framework: library.framework, language: analysis.language,
                minimumCell: analysis.options.minimumCell),
            to: folder.appendingPathComponent("dekking.svg"))
        let storiesLabel = analysis.language == .english ? "stories" : "verhalen"
        for pattern in analysis.run.patterns {
            let detail = try PatternDetailView(pattern: pattern, analysis: analysis, library: library, strings: strings) { _ in nil }
            try AtomicFile.write(
                try render(Page(backHref: "index.html", detail: detail), title: detail.title),
                to: folder.appendingPathComponent(fileName(of: pattern.id)))
            if let svg = try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel) {
                try AtomicFile.write(svg, to: folder.appendingPathComponent("\(pattern.id).svg"))
            }
        }
        return analysis.run.patterns.count
    }

    /// `pendule~rol.html`: the id is made of letters, digits, `-`, `=` and `~` only.
    static func fileName(of id: String) -> String {
        "\(id).html"
    }
}
