import Foundation

/// The lessons and perspectives entries link to. Data, not code: a library may bring its own.
public struct Framework: Sendable, Equatable, Codable {
    public var lessons: [Lesson]
    public var perspectives: [Perspective]

    public init(lessons: [Lesson], perspectives: [Perspective]) {
        self.lessons = lessons
        self.perspectives = perspectives
    }

    /// Finds a lesson by id (`delen`) or by number (`3`).
    public func lesson(matching reference: String) -> Lesson? {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        if let number = Int(reference) {
            return lessons.first { $0.number == number }
        }
        return lessons.first { $0.id == reference.lowercased() }
    }

    /// Finds a perspective by id (`netwerk`) or by its position (`3`).
    public func perspective(matching reference: String) -> Perspective? {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        if let number = Int(reference), perspectives.indices.contains(number - 1) {
            return perspectives[number - 1]
        }
        return perspectives.first { $0.id == reference.lowercased() }
    }

    /// Problems in the framework itself: duplicate ids or numbers, empty titles.
    public func problems() -> [String] {
        var problems: [String] = []
        func duplicates<T: Hashable>(_ values: [T]) -> [T] {
            var seen = Set<T>()
            return values.filter { !seen.insert($0).inserted }
        }
        for id in duplicates(lessons.map(\.id)) { problems.append("lesson id '\(id)' appears twice") }
        for number in duplicates(lessons.map(\.number)) {
            problems.append("lesson number \(number) appears twice")
        }
        for id in duplicates(perspectives.map(\.id)) {
            problems.append("perspective id '\(id)' appears twice")
        }
        for id in lessons.map(\.id) + perspectives.map(\.id) where !EntryID.isValid(id) {
            problems.append("'\(id)' is not a valid id (lower-case letters, digits, hyphens)")
        }
        if lessons.isEmpty { problems.append("the framework has no lessons") }
        return problems
    }
}
