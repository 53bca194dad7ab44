/// The cards of a session: which stories may be printed for an audience, and what each card
/// says. A `private` story is never printed; for the public the teller is "anoniem", every
/// listed name is replaced and a story someone in it did not agree to is left out, as in
/// documents (`DocumentPrivacy`).
public enum StoryCards {
    /// The most characters of a story's text on a card, before "(lees verder: ID)".
    public static let textLimit = 520

    /// Cards for `entries` (in their order) that `audience` may see.
    public static func cards(for entries: [Entry], library: Library, audience: Audience) -> [StoryCard] {
        let language = Language(code: library.settings.language)
        let strings = DocumentStrings.forLanguage(library.settings.language)
        let privacy = DocumentPrivacy(library: library, audience: audience, pseudonyms: nil)
        let allowed = entries.filter { audience.allows($0.share) && privacy.refusingPerson(in: $0) == nil }
        return allowed.map(privacy.apply).map { entry in
            let teller = audience == .public ? strings.anonymous : entry.teller
            var answers: [(String, String)] = []
            var scales: [(String, Int, String, String)] = []
            for question in library.framework.questions where question.about == .story {
                guard let answer = entry.answers[question.id] else { continue }
                if case .scale(let value) = answer {
                    scales.append((question.prompt, value, question.left ?? "0", question.right ?? "100"))
                } else {
                    answers.append((question.prompt, question.label(of: answer, in: language)))
                }
            }
            return StoryCard(
                id: entry.id, title: entry.title,
                meta: [strings.kindNames[entry.kind] ?? entry.kind.rawValue, strings.format(entry.date), teller].joined(separator: " · "),
                text: shortened(Markdown.plainText(entry.body), id: entry.id, readOn: strings.readOn),
                lessons: entry.lessons.compactMap { library.framework.lesson(matching: $0)?.label },
                answers: answers, scales: scales)
        }
    }

    /// `text` when it fits; otherwise the words that fit, then "… (lees verder: ID)".
    static func shortened(_ text: String, id: String, readOn: String, limit: Int = textLimit) -> String {
        guard text.count > limit else { return text }
        var result = ""
        for word in text.split(separator: " ") {
            if result.count + word.count + 1 > limit { break }
            result += result.isEmpty ? String(word) : " " + word
        }
        return result + "… (\(readOn): \(id))"
    }
}
