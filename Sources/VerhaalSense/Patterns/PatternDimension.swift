import VerhaalKit

/// Something stories can be compared by: a story question, or a built-in (the lessons, the
/// perspectives, the kind, the quarter of the date). A multi-valued one (a choices question,
/// lessons, perspectives) is tested as one yes/no dimension per option, `leiderschap=regie`.
public struct PatternDimension: Sendable, Equatable {
    public enum Values: Sendable, Equatable {
        /// A whole number from 0 to 100.
        case scale(left: String, right: String)
        /// One of these categories, by id and title.
        case categories([Category])
    }

    public struct Category: Sendable, Equatable {
        public var id: String
        public var title: String
    }

    /// The stable id in pattern ids: `pendule`, `rol`, `lesson=delen`.
    public var id: String
    public var title: String
    public var values: Values
    /// The value of an entry: a scale's number, or its category ids; nil when unanswered.
    let value: @Sendable (Entry) -> PatternDimensionValue?

    public static func == (lhs: PatternDimension, rhs: PatternDimension) -> Bool { lhs.id == rhs.id }

    public var isScale: Bool {
        if case .scale = values { true } else { false }
    }

    public var categories: [Category] {
        if case .categories(let list) = values { list } else { [] }
    }
}

/// One entry's value of a dimension.
enum PatternDimensionValue: Sendable {
    case number(Double)
    case category(String)
}

extension PatternDimension {
    /// Every dimension of a framework, multi-valued ones split per option, in a fixed order: the
    /// story questions, the questions about the teller, then lesson, perspective, kind, quarter.
    public static func all(framework: Framework, entries: [Entry], language: Language) -> [PatternDimension] {
        let english = language == .english
        let (yes, no) = language.yesNo
        let yesNo = [Category(id: "yes", title: yes), Category(id: "no", title: no)]
        var dimensions: [PatternDimension] = []
        let questions = framework.questions.filter { $0.about == .story } + framework.questions.filter { $0.about == .teller }
        for question in questions {
            let id = question.id
            switch question.type {
            case .scale:
                dimensions.append(
                    PatternDimension(
                        id: id, title: question.prompt, values: .scale(left: question.left ?? "0", right: question.right ?? "100"),
                        value: { entry in
                            if case .scale(let number) = entry.answers[id] { .number(Double(number)) } else { nil }
                        }))
            case .choice:
                dimensions.append(
                    PatternDimension(
                        id: id, title: question.prompt, values: .categories(question.options.map { Category(id: $0.id, title: $0.title) }),
                        value: { entry in
                            if case .choice(let option) = entry.answers[id] { .category(option) } else { nil }
                        }))
            case .yesno:
                dimensions.append(
                    PatternDimension(
                        id: id, title: question.prompt, values: .categories(yesNo),
                        value: { entry in
                            if case .yesno(let answer) = entry.answers[id] { .category(answer ? "yes" : "no") } else { nil }
                        }))
            case .choices:
                for option in question.options {
                    let optionID = option.id
                    dimensions.append(
                        PatternDimension(
                            id: "\(id)=\(optionID)", title: "\(question.prompt): \(option.title)", values: .categories(yesNo),
                            value: { entry in
                                if case .choices(let chosen) = entry.answers[id] {
                                    .category(chosen.contains(optionID) ? "yes" : "no")
                                } else {
                                    nil
                                }
                            }))
                }
            case .text:
                continue
            }
        }
        for lesson in framework.lessons {
            let lessonID = lesson.id
            dimensions.append(
                PatternDimension(
                    id: "lesson=\(lessonID)", title: (english ? "Lesson " : "Les ") + lesson.label, values: .categories(yesNo),
                    value: { .category($0.lessons.contains(lessonID) ? "yes" : "no") }))
        }
        for perspective in framework.perspectives {
            let perspectiveID = perspective.id
            dimensions.append(
                PatternDimension(
                    id: "perspective=\(perspectiveID)", title: (english ? "Perspective: " : "Perspectief: ") + perspective.title,
                    values: .categories(yesNo), value: { .category($0.perspectives.contains(perspectiveID) ? "yes" : "no") }))
        }
        let strings = DocumentStrings.forLanguage(language.rawValue)
        dimensions.append(
            PatternDimension(
                id: "kind", title: english ? "Kind" : "Soort",
                values: .categories(EntryKind.allCases.map { Category(id: $0.rawValue, title: strings.kindNames[$0] ?? $0.rawValue) }),
                value: { .category($0.kind.rawValue) }))
        let quarters = Array(Set(entries.map { Self.quarter(of: $0.date) })).sorted()
        dimensions.append(
            PatternDimension(
                id: "quarter", title: english ? "Quarter" : "Kwartaal", values: .categories(quarters.map { Category(id: $0, title: $0) }),
                value: { .category(Self.quarter(of: $0.date)) }))
        return dimensions
    }

    static func quarter(of date: LocalDate) -> String {
        "\(date.year)-Q\((date.month - 1) / 3 + 1)"
    }
}
