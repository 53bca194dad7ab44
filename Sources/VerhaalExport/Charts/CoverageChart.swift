import Foundation
import VerhaalKit
import VerhaalSense

/// The lessons × perspectives coverage as a heat map: how many stories the audience may see
/// link each lesson to each perspective, so a network sees where its stories are thin. Small
/// counts are hidden like every other figure's: under a disclosure rule as `x`, with the cells
/// that would give them away, or for a coordinator as "<3".
public enum CoverageChart {
    public static func svg(
        entries: [Entry], framework: Framework, language: Language, minimumCell: Int = 3, disclosure: DisclosureRule? = nil
    ) throws -> Data {
        let english = language == .english
        let table = framework.lessons.map { lesson in
            framework.perspectives.map { perspective in
                entries.filter { $0.lessons.contains(lesson.id) && $0.perspectives.contains(perspective.id) }.count
            }
        }
        let hidden = disclosure?.hiddenCells(in: table) ?? table.map { $0.map { $0 > 0 && $0 < minimumCell } }
        let counts = zip(table, hidden).map { row, hiddenRow in zip(row, hiddenRow).map { $1 ? nil : $0 } }
        return try HeatMap(
            title: english ? "Lessons × perspectives: stories linked to both" : "Lessen × perspectieven: verhalen bij allebei",
            rowTitle: english ? "Lesson" : "Les", columnTitle: english ? "Perspective" : "Perspectief",
            rows: framework.lessons.map(\.label), columns: framework.perspectives.map(\.title), counts: counts,
            suppressedLabel: disclosure == nil ? "<\(minimumCell)" : DisclosureRule.hiddenLabel
        ).svg()
    }
}
