/// The front-matter keys Verhaal knows, in the order `add` writes them.
public enum EntryFields {
    public static let kind = "kind"
    public static let title = "title"
    public static let date = "date"
    public static let teller = "teller"
    public static let visit = "visit"
    public static let place = "place"
    public static let organizations = "organizations"
    public static let lessons = "lessons"
    public static let perspectives = "perspectives"
    public static let tags = "tags"
    public static let share = "share"
    public static let speaker = "speaker"
    public static let role = "role"
    public static let source = "source"
    public static let answers = "answers"
    public static let people = "people"
    public static let consent = "consent"

    /// Every known key, in writing order.
    public static let all = [
        kind, title, date, teller, speaker, role, source, visit, place, organizations, lessons,
        perspectives, tags, share, people, consent, answers,
    ]
    /// The field of one question's answer in diagnostics and forms: `answers.pendule`.
    public static func answer(_ questionID: String) -> String { "\(answers).\(questionID)" }

    /// The top-level key a front-matter line starts (`title: …` gives `title`), if it starts one.
    public static func key(startingLine line: String) -> String? {
        FrontMatterEditor.topLevelKey(in: line)
    }

    /// Keys whose value is a list.
    public static let lists: Set<String> = [organizations, lessons, perspectives, tags, people]
    /// Keys every entry must have.
    public static let required = [kind, title, date, teller]
}
