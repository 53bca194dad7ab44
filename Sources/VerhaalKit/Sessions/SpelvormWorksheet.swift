/// A worksheet for one of the essay's five spelvormen (Bijlage 2), filled from the library: its
/// purpose, the note that the facilitator must not take part, and for each spelvorm its own
/// prompts and tables to write in. A worksheet is a `Narrative` with the worksheet layout, so
/// every writer that makes a document makes a worksheet.
public enum SpelvormWorksheet {
    /// The factors of a network the essay names for spelvorm 4.
    static let factors = ["Belangen", "Ambities", "Relaties", "Karakters", "Niveaus"]
    /// The leadership roles the essay names for spelvorm 3, with the answers that show them.
    static let roles: [(title: String, answers: [String])] = [
        ("Verantwoordelijkheid nemen", ["verantwoordelijkheid"]), ("Regie nemen", ["regie"]),
        ("Ruimte en vertrouwen bieden", ["ruimte", "vertrouwen"]),
    ]

    /// The worksheet of spelvorm `number` (1–5) from `entries` (already filtered for the
    /// audience); nil for another number.
    public static func narrative(number: Int, library: Library, entries: [Entry], date: LocalDate) -> Narrative? {
        guard let lesson = library.framework.lessons.first(where: { $0.number == number }) else { return nil }
        let stories = entries.filter { $0.share != .private && $0.kind != .travelLog }
        let linked = stories.filter { $0.lessons.contains(lesson.id) }
        var sections = [
            Section(
                id: "doel", title: "Waar deze spelvorm voor is",
                blocks: [
                    .paragraph([.text(lesson.spelvorm)]),
                    .paragraph([
                        .strong([.text("Let op: ")]),
                        .text(
                            "de spelbegeleider is onafhankelijk en neemt zelf niet deel aan de spelvorm, ook niet bij de uitleg en de terugkoppeling."
                        ),
                    ]),
                ], kind: .custom)
        ]
        sections += parts(number: number, lesson: lesson, stories: stories, linked: linked, library: library)
        return Narrative(
            title: "Spelvorm \(number): \(lesson.title)", subtitle: "Werkblad", date: date, language: library.settings.language,
            sections: sections, layout: .worksheet)
    }

    private static func parts(number: Int, lesson: Lesson, stories: [Entry], linked: [Entry], library: Library) -> [Section] {
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
                                + StoryCards.shortened(Markdown.plainText(entry.body), id: entry.id, readOn: "lees verder", limit: 200)),
                    ])
                ]
            }
            return Section(
                id: "verhalen", title: title,
                blocks: items.isEmpty
                    ? [.paragraph([.emphasis([.text("Nog geen verhalen bij deze les.")])])] : [.list(ordered: false, items: items)],
                kind: .custom)
        }
        switch number {
        case 1:
            return [
                prompts("Verhalen om mee te beginnen", linked),
                Section(
                    id: "ambitie", title: "Samen formuleren",
                    blocks: [box("Onze gezamenlijke ambitie", rows: 2), box("Het gewenste resultaat", rows: 2)], kind: .custom),
            ]
        case 2:
            let rows = linked.prefix(8).map { TableBlock.Row(cells: [[.strong([.text($0.title)]), .lineBreak, .text($0.teller)], []]) }
            return [
                Section(
                    id: "uitdagingen", title: "De complexe uitdagingen uit de verhalen",
                    blocks: [
                        .table(
                            TableBlock(
                                header: ["Uitdaging (uit het verhaal)", "Oplossing vanuit de bedoeling"],
                                rows: rows.isEmpty ? [.init(cells: [[], []])] : Array(rows), role: "worksheet"))
                    ], kind: .custom)
            ]
        case 3:
            let rows = roles.map { role -> TableBlock.Row in
                let example = stories.first { entry in
                    if case .choices(let ids)? = entry.answers["leiderschap"] { return ids.contains { role.answers.contains($0) } }
                    if case .choice(let id)? = entry.answers["leiderschap"] { return role.answers.contains(id) }
                    return false
                }
                return .init(cells: [
                    [.strong([.text(role.title)])], example.map { [.text($0.title + " (\($0.teller))")] } ?? [.text("–")], [],
                ])
            }
            return [
                Section(
                    id: "rollen", title: "Leiderschapsrollen in het netwerk",
                    blocks: [
                        .table(
                            TableBlock(
                                header: ["Rol", "Een verhaal dat het laat zien", "Welke rol past bij mij"], rows: rows, role: "worksheet"))
                    ],
                    kind: .custom)
            ]
        case 4:
            var seen = Set<String>()
            let organisations = stories.flatMap(\.organizations).filter { seen.insert($0.lowercased()).inserted }.sorted()
            let rows = (factors + organisations.prefix(12).map { "Organisatie: \($0)" }).map {
                TableBlock.Row(cells: [[.strong([.text($0)])], [], []])
            }
            return [
                Section(
                    id: "factoren", title: "De factoren van ons netwerk",
                    blocks: [.table(TableBlock(header: ["Factor", "Zorgen", "Uitdagingen"], rows: rows, role: "worksheet"))], kind: .custom)
            ]
        default:
            var seen = Set<String>()
            let organisations = stories.flatMap(\.organizations).filter { seen.insert($0.lowercased()).inserted }.sorted()
            return [
                prompts("Verhalen die het netwerk al vertelt", linked),
                Section(
                    id: "canvas", title: "Het verhaal van ons netwerk",
                    blocks: [box("Het gezamenlijke resultaat", rows: 2), box("Ons verhaal in drie zinnen", rows: 2)]
                        + [
                            .table(
                                TableBlock(
                                    header: ["Partij", "Haar belang bij het verhaal"],
                                    rows: (organisations.isEmpty ? ["…"] : Array(organisations.prefix(12))).map {
                                        .init(cells: [[.strong([.text($0)])], []])
                                    }, role: "worksheet"))
                        ], kind: .custom),
            ]
        }
    }
}
