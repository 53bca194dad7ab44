/// How many entries each lesson and perspective has, per kind, and which cells are empty.
public struct FrameworkCoverage: Sendable, Equatable, Encodable {
    /// Counts for one lesson or perspective.
    public struct Row: Sendable, Equatable, Encodable {
        public var id: String
        public var number: Int
        public var title: String
        /// Entries per kind, keyed by `EntryKind.rawValue`.
        public var counts: [String: Int]
        public var total: Int
    }

    /// A lesson × perspective combination.
    public struct Cell: Sendable, Equatable, Encodable {
        public var lesson: String
        public var perspective: String
        public var count: Int
    }

    public var lessons: [Row]
    public var perspectives: [Row]
    /// Every lesson × perspective combination, lessons first.
    public var cells: [Cell]

    public init(framework: Framework, entries: [Entry]) {
        // One pass over the entries, counting by id: the web's coverage page does this for
        // every request, on every entry a member may read.
        var lessonCounts: [String: [String: Int]] = [:]
        var perspectiveCounts: [String: [String: Int]] = [:]
        var pairCounts: [String: [String: Int]] = [:]
        for entry in entries {
            let lessonIDs = Set(entry.lessons)
            let perspectiveIDs = Set(entry.perspectives)
            for lesson in lessonIDs {
                lessonCounts[lesson, default: [:]][entry.kind.rawValue, default: 0] += 1
                for perspective in perspectiveIDs { pairCounts[lesson, default: [:]][perspective, default: 0] += 1 }
            }
            for perspective in perspectiveIDs { perspectiveCounts[perspective, default: [:]][entry.kind.rawValue, default: 0] += 1 }
        }
        func row(id: String, number: Int, title: String, counted: [String: Int]?) -> Row {
            var counts: [String: Int] = [:]
            for kind in EntryKind.allCases { counts[kind.rawValue] = counted?[kind.rawValue] ?? 0 }
            return Row(id: id, number: number, title: title, counts: counts, total: counts.values.reduce(0, +))
        }
        lessons = framework.lessons.map { lesson in
            row(id: lesson.id, number: lesson.number, title: lesson.title, counted: lessonCounts[lesson.id])
        }
        perspectives = framework.perspectives.enumerated().map { index, perspective in
            row(id: perspective.id, number: index + 1, title: perspective.title, counted: perspectiveCounts[perspective.id])
        }
        cells = framework.lessons.flatMap { lesson in
            framework.perspectives.map { perspective in
                Cell(lesson: lesson.id, perspective: perspective.id, count: pairCounts[lesson.id]?[perspective.id] ?? 0)
            }
        }
    }

    /// Lessons and perspectives without any entry.
    public var emptyRows: [Row] { (lessons + perspectives).filter { $0.total == 0 } }

    /// Lesson × perspective combinations without any entry.
    public var emptyCells: [Cell] { cells.filter { $0.count == 0 } }
}
