import ArgumentParser
import VerhaalKit

/// The filters of `list` (and later `compose`), turned into an `EntryQuery`.
struct EntryFilterOptions: ParsableArguments {
    @Option(name: .customLong("lesson"), help: "A lesson id or number (repeatable: all must match).")
    var lessons: [String] = []

    @Option(name: .customLong("perspective"), help: "A perspective id (repeatable: all must match).")
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

    @Option(help: "Text to find in title or body, ignoring case and accents.")
    var text: String?

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
        return query
    }
}
