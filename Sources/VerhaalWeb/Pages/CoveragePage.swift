import Hummingbird
import NIOPosix
import VerhaalKit

/// The lessons × perspectives table over the stories the member may read, so members see
/// where stories are missing.
struct CoveragePage {
    let site: Site

    struct Content: Encodable, Sendable {
        struct Perspective: Encodable, Sendable {
            var title: String
        }
        struct Cell: Encodable, Sendable {
            var count: Int
            var isEmpty: Bool
            var href: String
        }
        struct Row: Encodable, Sendable {
            var number: Int
            var title: String
            var total: Int
            var href: String
            var cells: [Cell]
        }
        struct Total: Encodable, Sendable {
            var total: Int
            var href: String
        }

        var perspectives: [Perspective]
        var rows: [Row]
        var perspectiveTotals: [Total]
        var grandTotal: Int
        var hasGaps: Bool
        var gaps: [String]
    }

    func register(on router: Router<WebContext>) {
        router.get("/dekking") { _, context in
            let page = try site.page(for: context)
            let member = try page.member
            let live = site.live
            let templates = site.templates
            // Counted and rendered once for each member, and kept until the library changes.
            let (_, html) = try await NIOThreadPool.singleton.runIfActive {
                live.remembered("coverage\u{1F}" + member.name) { library in
                    let strings = WebStrings.forLanguage(library.settings.language)
                    let visible = VisibleEntries(library: library, member: member).entries
                    return PageRenderer.body(
                        .coverage, content: Self.content(visible, framework: library.framework), strings: strings, templates: templates)
                }
            }
            return page.render(.coverage, title: page.strings.coverage.title, section: .coverage, pageHTML: html)
        }
    }

    /// The table over the entries a member may read.
    static func content(_ visible: [Entry], framework: Framework) -> Content {
        let coverage = FrameworkCoverage(framework: framework, entries: visible)
        let rows = coverage.lessons.map { lesson in
            Content.Row(
                number: lesson.number, title: lesson.title, total: lesson.total, href: "/verhalen?les=\(lesson.id)",
                cells: coverage.cells.filter { $0.lesson == lesson.id }.map { cell in
                    .init(
                        count: cell.count, isEmpty: cell.count == 0,
                        href: "/verhalen?les=\(cell.lesson)&perspectief=\(cell.perspective)")
                })
        }
        let lessonTitles = Dictionary(uniqueKeysWithValues: framework.lessons.map { ($0.id, $0.label) })
        let perspectiveTitles = Dictionary(uniqueKeysWithValues: framework.perspectives.map { ($0.id, $0.title) })
        let gaps = coverage.emptyCells.map {
            "\(lessonTitles[$0.lesson] ?? $0.lesson) × \(perspectiveTitles[$0.perspective] ?? $0.perspective)"
        }
        return Content(
            perspectives: coverage.perspectives.map { .init(title: $0.title) },
            rows: rows,
            perspectiveTotals: coverage.perspectives.map { .init(total: $0.total, href: "/verhalen?perspectief=\($0.id)") },
            grandTotal: visible.count { !$0.lessons.isEmpty },
            hasGaps: !gaps.isEmpty,
            gaps: gaps)
    }
}
