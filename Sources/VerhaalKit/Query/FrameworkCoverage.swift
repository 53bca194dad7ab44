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
        func row(id: String, number: Int, title: String, linked: (Entry) -> Bool) -> Row {
            let matching = entries.filter(linked)
            var counts: [String: Int] = [:]
            for kind in EntryKind.allCases {
                counts[kind.rawValue] = matching.filter { $0.kind == kind }.count
            }
            return Row(id: id, number: number, title: title, counts: counts, total: matching.count)
        }
        lessons = framework.lessons.map { lesson in
            row(id: lesson.id, number: lesson.number, title: lesson.title) { $0.lessons.contains(lesson.id) }
        }
        perspectives = framework.perspectives.enumerated().map { index, perspective in
            row(id: perspective.id, number: index + 1, title: perspective.title) {
                $0.perspectives.contains(perspective.id)
            }
        }
        cells = framework.lessons.flatMap { lesson in
            framework.perspectives.map { perspective in
                Cell(
                    lesson: lesson.id, perspective: perspective.id,
                    count: entries.filter {
                        $0.lessons.contains(lesson.id) && $0.perspectives.contains(perspective.id)
                    }.count)
            }
        }
    }

    /// Lessons and perspectives without any entry.
    public var emptyRows: [Row] { (lessons + perspectives).filter { $0.total == 0 } }

    /// Lesson × perspective combinations without any entry.
    public var emptyCells: [Cell] { cells.filter { $0.count == 0 } }
}
