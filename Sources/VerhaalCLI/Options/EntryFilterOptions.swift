import ArgumentParser
import VerhaalKit

/// The filters of `list` (and later `compose`), turned into an `EntryQuery`.
struct EntryFilterOptions: ParsableArguments {
    @Option(name: .customLong("lesson"), help: "A lesson id or number (repeatable: all must match).", completion: Completions.lessons)
    var lessons: [String] = []

    @Option(
        name: .customLong("perspective"), help: "A perspective id (repeatable: all must match).", completion: Completions.perspectives)
    var perspectives: [String] = []

    @Option(name: .customLong("tag"), help: "A tag (repeatable: all must match).")
    var tags: [String] = []

    @Option(name: .customLong("kind"), help: "travel-log, anecdote or quote (repeatable: any may match).")
    var kinds: [EntryKind] = []

    @Option(name: .customLong("teller"), help: "Who recorded it (repeatable: any may match).")
    var tellers: [String] = []

    @Option(name: .customLong("visit"), help: "The id of a travel-log entry (repeatable: any may match).")
    var visits: [String] = []

    @Option(help: "Only entries on or after this date (YYYY-MM-DD).", transform: LocalDate.argument)
    var since: LocalDate?

    @Option(help: "Only entries on or before this date (YYYY-MM-DD).", transform: LocalDate.argument)
    var until: LocalDate?

    @Option(help: "Words to find (each as a word or its start) in title, text, tags, organisations or place.")
    var text: String?

    @Option(
        name: .customLong("answer"),
        help: ArgumentHelp(
            "An answer: 'gevoel=hoopvol', 'pendule>=60', 'leiderschap=regie' (repeatable: all must match).",
            valueName: "question=value"), completion: Completions.questions)
    var answers: [String] = []

    /// True when no filter is given.
    var isEmpty: Bool {
        lessons.isEmpty && perspectives.isEmpty && tags.isEmpty && kinds.isEmpty && tellers.isEmpty && visits.isEmpty
            && since == nil && until == nil && text == nil && answers.isEmpty
    }

    func query(framework: Framework) throws -> EntryQuery {
        var query = EntryQuery()
        query.lessons = try lessons.map(framework.lessonID(for:))
        query.perspectives = try perspectives.map(framework.perspectiveID(for:))
        query.tags = tags
        query.kinds = kinds
        query.tellers = tellers
        query.visits = visits
        query.since = since
        query.until = until
        query.text = text
        query.answers = try answers.map { text in
            guard let condition = AnswerCondition(text) else {
                throw ValidationError(
                    "--answer '\(text)' needs a question, an operator (=, !=, >=, <=, >, <) and a value, e.g. 'pendule>=60'")
            }
            if let problem = condition.problem(in: framework) {
                throw ValidationError("--answer '\(text)': \(problem)")
            }
            return condition
        }
        return query
    }
}
