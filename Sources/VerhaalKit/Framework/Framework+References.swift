extension Framework {
    /// The id of the lesson given by id or number; an error naming the valid ones otherwise.
    public func lessonID(for reference: String) throws -> String {
        guard let lesson = lesson(matching: reference) else {
            let suggestion = KeySuggestion.didYouMean(reference, among: lessons.map(\.id))
            throw VerhaalError(
                "unknown lesson '\(reference)'",
                hint: suggestion + "use an id or number: " + lessons.map { "\($0.number)=\($0.id)" }.joined(separator: ", "))
        }
        return lesson.id
    }

    /// The id of the perspective given by id or position; an error naming the valid ones otherwise.
    public func perspectiveID(for reference: String) throws -> String {
        guard let perspective = perspective(matching: reference) else {
            let suggestion = KeySuggestion.didYouMean(reference, among: perspectives.map(\.id))
            throw VerhaalError(
                "unknown perspective '\(reference)'", hint: suggestion + "use one of: " + perspectives.map(\.id).joined(separator: ", "))
        }
        return perspective.id
    }
}
