/// A domain of change in Most Significant Change: a panel chooses the most significant story
/// per domain.
public struct ChangeDomain: Sendable, Equatable, Codable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// The id of the domain every network shares: what changes for residents.
    public static let residentsID = "bewoners"

    /// The lessons (each its own domain) and "Wat verandert er voor bewoners?".
    public static func defaults(lessons: [Lesson], language: Language) -> [ChangeDomain] {
        lessons.map { ChangeDomain(id: $0.id, title: $0.title) }
            + [
                ChangeDomain(
                    id: residentsID, title: language == .english ? "What changes for residents?" : "Wat verandert er voor bewoners?")
            ]
    }
}
