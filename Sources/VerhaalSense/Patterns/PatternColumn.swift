import VerhaalKit

/// One dimension's values for every entry of a run, read once: a scale's numbers, or the index
/// of each entry's category (`-1` when unanswered). The finder compares columns, so a run reads
/// each entry's answers once per dimension instead of once per pair.
enum PatternColumn: Sendable {
    case scale([Double?])
    case categories([Int])

    init(_ dimension: PatternDimension, entries: [Entry]) {
        if dimension.isScale {
            self = .scale(
                entries.map { entry in
                    if case .number(let number)? = dimension.value(entry) { number } else { nil }
                })
        } else {
            let index = Dictionary(dimension.categories.enumerated().map { ($1.id, $0) }) { first, _ in first }
            self = .categories(
                entries.map { entry in
                    if case .category(let id)? = dimension.value(entry) { index[id] ?? -1 } else { -1 }
                })
        }
    }

    /// How many entries have a value.
    var answered: Int {
        switch self {
        case .scale(let values): values.lazy.filter { $0 != nil }.count
        case .categories(let values): values.lazy.filter { $0 >= 0 }.count
        }
    }
}
