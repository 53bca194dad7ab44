/// A worksheet for one of the essay's five spelvormen (Bijlage 2), filled from the library: its
/// purpose, the note that the facilitator must not take part, and for each spelvorm its own
/// prompts and tables to write in. A worksheet is a `Narrative` with the worksheet layout, so
/// every writer that makes a document makes a worksheet.
public enum SpelvormWorksheet {
    /// The answers of the leadership question that show each role the essay names for
    /// spelvorm 3, in the order of `WorksheetStrings.roleTitles`.
    static let roleAnswers = [["verantwoordelijkheid"], ["regie"], ["ruimte", "vertrouwen"]]

    /// The worksheet of spelvorm `number` (1–5) from `entries` (already filtered for the
    /// audience); nil for another number.
    public static func narrative(number: Int, library: Library, entries: [Entry], date: LocalDate) -> Narrative? {
        guard let lesson = library.framework.lessons.first(where: { $0.number == number }) else { return nil }
        let stories = entries.filter { $0.share != .private && $0.kind != .travelLog }
        let linked = stories.filter { $0.lessons.contains(lesson.id) }
        let words = WorksheetStrings.forLanguage(library.settings.language)
        var sections = [
            Section(
                id: "doel", title: words.purpose,
                blocks: [
                    .paragraph([.text(lesson.spelvorm)]),
                    .paragraph([.strong([.text(words.note)]), .text(words.noteText)]),
                ], kind: .custom)
        ]
        sections += parts(number: number, stories: stories, linked: linked, words: words)
        let spelvorm = DocumentStrings.forLanguage(library.settings.language).spelvorm
        return Narrative(
            title: "\(spelvorm) \(number): \(lesson.title)", subtitle: words.subtitle, date: date, language: library.settings.language,
            sections: sections, layout: .worksheet)
    }

    private static func parts(number: Int, stories: [Entry], linked: [Entry], words: WorksheetStrings) -> [Section] {
        func box(_ title: String, rows: Int = 1) -> Block {
            .table(TableBlock(header: [title], rows: Array(repeating: .init(cells: [[]]), count: rows), role: "worksheet"))
        }
        func prompts(_ title: String, _ entries: [Entry]) -> Section {
            let items = entries.prefix(8).map { entry -> [Block] in
                [
                    .paragraph([
                        .strong([.text(entry.title)]),
                        .text(
                            " (\(entry.teller)): "
                                + StoryCards.shortened(Markdown.plainText(entry.body), id: entry.id, readOn: words.readOn, limit: 200)),
                    ])
                ]
            }
            return Section(
                id: "verhalen", title: title,
                blocks: items.isEmpty
                    ? [.paragraph([.emphasis([.text(words.noStories)])])] : [.list(ordered: false, items: items)],
                kind: .custom)
        }
        switch number {
        case 1:
            return [
                prompts(words.startingStories, linked),
                Section(
                    id: "ambitie", title: words.formulate,
                    blocks: [box(words.ambition, rows: 2), box(words.result, rows: 2)], kind: .custom),
            ]
        case 2:
            let rows = linked.prefix(8).map { TableBlock.Row(cells: [[.strong([.text($0.title)]), .lineBreak, .text($0.teller)], []]) }
            return [
                Section(
                    id: "uitdagingen", title: words.challenges,
                    blocks: [
                        .table(
                            TableBlock(
                                header: words.challengesHeader,
                                rows: rows.isEmpty ? [.init(cells: [[], []])] : Array(rows), role: "worksheet"))
                    ], kind: .custom)
            ]
        case 3:
            let rows = zip(words.roleTitles, roleAnswers).map { title, answers -> TableBlock.Row in
                let example = stories.first { entry in
                    if case .choices(let ids)? = entry.answers["leiderschap"] { return ids.contains { answers.contains($0) } }
                    if case .choice(let id)? = entry.answers["leiderschap"] { return answers.contains(id) }
                    return false
                }
                return .init(cells: [
                    [.strong([.text(title)])], example.map { [.text($0.title + " (\($0.teller))")] } ?? [.text("–")], [],
                ])
            }
            return [
                Section(
                    id: "rollen", title: words.roles,
                    blocks: [
                        .table(
                            TableBlock(
                                header: words.rolesHeader, rows: rows, role: "worksheet"))
                    ],
                    kind: .custom)
            ]
        case 4:
            var seen = Set<String>()
            let organisations = stories.flatMap(\.organizations).filter { seen.insert($0.lowercased()).inserted }.sorted()
            let rows = (words.factorNames + organisations.prefix(12).map { "\(words.organisation): \($0)" }).map {
                TableBlock.Row(cells: [[.strong([.text($0)])], [], []])
            }
            return [
                Section(
                    id: "factoren", title: words.factors,
                    blocks: [.table(TableBlock(header: words.factorsHeader, rows: rows, role: "worksheet"))], kind: .custom)
            ]
        default:
            var seen = Set<String>()
            let organisations = stories.flatMap(\.organizations).filter { seen.insert($0.lowercased()).inserted }.sorted()
            return [
                prompts(words.networkStories, linked),
                Section(
                    id: "canvas", title: words.canvas,
                    blocks: [box(words.sharedResult, rows: 2), box(words.threeSentences, rows: 2)]
                        + [
                            .table(
                                TableBlock(
                                    header: words.partiesHeader,
                                    rows: (organisations.isEmpty ? ["…"] : Array(organisations.prefix(12))).map {
                                        .init(cells: [[.strong([.text($0)])], []])
                                    }, role: "worksheet"))
                        ], kind: .custom),
            ]
        }
    }
}
