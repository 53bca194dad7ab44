import Foundation
import VerhaalKit

/// The lessons × perspectives coverage as a heat map: how many stories the audience may see
/// link each lesson to each perspective, so a network sees where its stories are thin. Small
/// counts are suppressed like every other figure's.
public enum CoverageChart {
    public static func svg(entries: [Entry], framework: Framework, language: Language, minimumCell: Int = 3) throws -> Data {
        let english = language == .english
        let counts = framework.lessons.map { lesson in
            framework.perspectives.map { perspective -> Int? in
                let number = entries.filter { $0.lessons.contains(lesson.id) && $0.perspectives.contains(perspective.id) }.count
                return number > 0 && number < minimumCell ? nil : number
            }
        }
        return try HeatMap(
            title: english ? "Lessons × perspectives: stories linked to both" : "Lessen × perspectieven: verhalen bij allebei",
            rowTitle: english ? "Lesson" : "Les", columnTitle: english ? "Perspective" : "Perspectief",
            rows: framework.lessons.map(\.label), columns: framework.perspectives.map(\.title), counts: counts,
            suppressedLabel: "<\(minimumCell)"
        ).svg()
    }
}
