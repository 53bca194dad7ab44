import Hummingbird
import VerhaalKit

/// The lessons × perspectives table over the stories the member may read, so members see
/// where stories are missing.
struct CoveragePage {
    let site: Site

    func register(on router: Router<WebContext>) {
        router.get("/dekking") { _, context in
            let session = try context.requireSession()
            let page = PageRenderer(site: site, session: session)
            let strings = page.strings
            let library = site.library()
            let framework = library.framework
            let visible = VisibleEntries(library: library, member: session.member).entries
            let coverage = FrameworkCoverage(framework: framework, entries: visible)
            let rows: [[String: Any]] = coverage.lessons.map { lesson in
                [
                    "number": lesson.number, "title": lesson.title, "total": lesson.total,
                    "href": "/verhalen?les=\(lesson.id)",
                    "cells": coverage.cells.filter { $0.lesson == lesson.id }.map { cell -> [String: Any] in
                        ["count": cell.count, "isEmpty": cell.count == 0,
                         "href": "/verhalen?les=\(cell.lesson)&perspectief=\(cell.perspective)"]
                    },
                ]
            }
            let lessonTitles = Dictionary(uniqueKeysWithValues: framework.lessons.map { ($0.id, $0.label) })
            let perspectiveTitles = Dictionary(uniqueKeysWithValues: framework.perspectives.map { ($0.id, $0.title) })
            let gaps = coverage.emptyCells.map {
                "\(lessonTitles[$0.lesson] ?? $0.lesson) × \(perspectiveTitles[$0.perspective] ?? $0.perspective)"
            }
            return page.render(.coverage, title: strings.coverage.title, section: .coverage, [
                "perspectives": coverage.perspectives.map { ["title": $0.title] },
                "rows": rows,
                "perspectiveTotals": coverage.perspectives.map { ["total": $0.total, "href": "/verhalen?perspectief=\($0.id)"] },
                "grandTotal": visible.filter { !$0.lessons.isEmpty }.count,
                "hasGaps": !gaps.isEmpty,
                "gaps": gaps,
            ])
        }
    }
}
