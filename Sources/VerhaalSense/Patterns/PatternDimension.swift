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
        /// The categories a merged group ("overig") stands for; empty for one category.
        public var merged: [String] = []
        /// True for the group of stories without an answer, which tables show and tests leave out.
        public var isMissing = false
    }

    /// The stable id in pattern ids: `pendule`, `rol`, `lesson=delen`.
    public var id: String
    public var title: String
    public var values: Values
    /// A scale's bins: ten, or fewer and wider after the disclosure rule merged small ones.
    public var bins: [ScaleBin] = ScaleBin.tens
    /// Where a story without an answer goes in a table: the index of a category (or, for a
    /// scale, `bins.count`); nil when such stories are left out of the table, as coordinators see it.
    public var missingIndex: Int?
    /// True when the question is about the teller (role, organisation), so that a teller's
    /// stories are not independent of each other for it.
    public var aboutTeller = false
    /// True when the categories have an order (the quarters), so that a pattern is a trend.
    public var isOrdered = false
    /// The value of an entry: a scale's number, or its category ids; nil when unanswered.
    var value: @Sendable (Entry) -> PatternDimensionValue?

    init(id: String, title: String, values: Values, aboutTeller: Bool = false, value: @escaping @Sendable (Entry) -> PatternDimensionValue?)
    {
        self.id = id
        self.title = title
        self.values = values
        self.aboutTeller = aboutTeller
        self.value = value
    }

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
    /// Every dimension of a framework (`Framework.patternDimensions`, in its order) with the
    /// values to read from an entry.
    public static func all(framework: Framework, entries: [Entry], language: Language) -> [PatternDimension] {
        let (yes, no) = language.yesNo
        let yesNo = Values.categories([Category(id: "yes", title: yes), Category(id: "no", title: no)])
        let strings = DocumentStrings.forLanguage(language.rawValue)
        return framework.patternDimensions(language: language).map { descriptor in
            let (id, title) = (descriptor.id, descriptor.title)
            switch descriptor.source {
            case .question(let question):
                let questionID = question.id
                let aboutTeller = question.about == .teller
                switch question.type {
                case .scale:
                    return PatternDimension(
                        id: id, title: title, values: .scale(left: question.left ?? "0", right: question.right ?? "100"),
                        aboutTeller: aboutTeller,
                        value: { if case .scale(let number) = $0.answers[questionID] { .number(Double(number)) } else { nil } })
                case .yesno:
                    return PatternDimension(
                        id: id, title: title, values: yesNo, aboutTeller: aboutTeller,
                        value: { if case .yesno(let answer) = $0.answers[questionID] { .category(answer ? "yes" : "no") } else { nil } })
                default:
                    return PatternDimension(
                        id: id, title: title, values: .categories(question.options.map { Category(id: $0.id, title: $0.title) }),
                        aboutTeller: aboutTeller,
                        value: { if case .choice(let option) = $0.answers[questionID] { .category(option) } else { nil } })
                }
            case .option(let question, let option):
                let (questionID, optionID) = (question.id, option.id)
                return PatternDimension(
                    id: id, title: title, values: yesNo, aboutTeller: question.about == .teller,
                    value: { entry in
                        guard case .choices(let chosen) = entry.answers[questionID] else { return nil }
                        return .category(chosen.contains(optionID) ? "yes" : "no")
                    })
            case .lesson(let lessonID):
                return PatternDimension(
                    id: id, title: title, values: yesNo, value: { .category($0.lessons.contains(lessonID) ? "yes" : "no") })
            case .perspective(let perspectiveID):
                return PatternDimension(
                    id: id, title: title, values: yesNo, value: { .category($0.perspectives.contains(perspectiveID) ? "yes" : "no") })
            case .kind:
                return PatternDimension(
                    id: id, title: title,
                    values: .categories(EntryKind.allCases.map { Category(id: $0.rawValue, title: strings.kindNames[$0] ?? $0.rawValue) }),
                    value: { .category($0.kind.rawValue) })
            case .quarter:
                let quarters = Array(Set(entries.map { quarter(of: $0.date) })).sorted()
                var dimension = PatternDimension(
                    id: id, title: title, values: .categories(quarters.map { Category(id: $0, title: $0) }),
                    value: { .category(quarter(of: $0.date)) })
                dimension.isOrdered = true
                return dimension
            }
        }
    }

    static func quarter(of date: LocalDate) -> String {
        "\(date.year)-Q\((date.month - 1) / 3 + 1)"
    }
}
