/// The words a composed document uses, in Dutch (default) or English.
public struct DocumentStrings: Sendable {
    public var defaultTitle: String
    public var defaultSubtitle: String
    public var introduction: String
    public var route: String
    public var routeHeader: [String]
    public var lessons: String
    public var perspectives: String
    public var closing: String
    public var sources: String
    public var contents: String
    public var sourcesIntro: String
    public var sourcesHeader: [String]
    public var spelvorm: String
    public var questions: String
    public var storiesElsewhere: String
    public var noStories: String
    public var source: String
    /// Before a story's answers: "Antwoorden van de verteller".
    public var answers: String
    /// The chapter with the remarkable patterns, and the words inside it.
    public var patterns: PatternChapterStrings
    public var months: [String]
    public var kindNames: [EntryKind: String]
    /// After the title of a slide that continues the one before it.
    public var continued: String
    /// The last bullet of a slide that shows only some of its stories: "+ 2 meer (zie de notities)".
    public var more: @Sendable (_ count: Int) -> String
    /// The chapter of a Most Significant Change round, and its words.
    public var selections: SelectionStrings
    /// A card's teller for the public: "anoniem".
    public var anonymous: String
    /// Where a shortened card says to read on: "lees verder".
    public var readOn: String
    /// The title of a page of story cards.
    public var cards: String
    /// The title page's line about the authors: "Verteld door 7 netwerkleden".
    public var toldBy: @Sendable (_ count: Int) -> String
    /// The appendix's part with the authors' names, and its sentence.
    public var tellers: String
    public var tellersIntro: String
    var defaultIntro: @Sendable (_ stories: Int, _ visits: Int) -> String
    public var defaultClosing: String

    /// The strings for a language code; anything but `en` is Dutch.
    public static func forLanguage(_ language: String) -> DocumentStrings {
        switch Language(code: language) {
        case .dutch: .dutch
        case .english: .english
        }
    }

    /// `12 juni 2019` or `12 June 2019`.
    public func format(_ date: LocalDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    public static let dutch = DocumentStrings(
        defaultTitle: "Een wenkend perspectief",
        defaultSubtitle: "Verhalen uit het organisatienetwerk",
        introduction: "Inleiding",
        route: "De reis",
        routeHeader: ["Datum", "Plaats", "Bezoek", "Organisaties"],
        lessons: "Vijf leerervaringen",
        perspectives: "Een wenkend perspectief",
        closing: "Tot slot",
        sources: "Verantwoording",
        contents: "Inhoud",
        sourcesIntro:
            "Deze verhalen zijn opgetekend door leden van het netwerk. Elk verhaal staat als eigen bestand in de verhalenbibliotheek; de titel leidt naar het verhaal in dit document.",
        sourcesHeader: ["Verhaal", "Soort", "Verteller", "Datum", "Bezoek"],
        spelvorm: "Spelvorm",
        questions: "Vragen ter reflectie",
        storiesElsewhere: "Eerder in dit document",
        noStories: "Bij dit onderdeel zijn nog geen verhalen opgetekend.",
        source: "bron",
        answers: "Volgens de verteller",
        patterns: .dutch,
        months: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december",
        ],
        kindNames: [.travelLog: "reisverslag", .anecdote: "anekdote", .quote: "citaat"],
        continued: "(vervolg)",
        more: { "+ \($0) meer (zie de notities)" },
        selections: .dutch,
        anonymous: "anoniem",
        readOn: "lees verder",
        cards: "Verhaalkaarten",
        toldBy: { $0 == 1 ? "Verteld door één netwerklid" : "Verteld door \($0) netwerkleden" },
        tellers: "Vertellers",
        tellersIntro: "De verhalen in dit document zijn verteld en opgetekend door:",
        defaultIntro: { stories, visits in
            let held = stories == 1 ? "één verhaal" : "\(stories) verhalen en citaten"
            let during =
                switch visits {
                case 0: ""
                case 1: " tijdens één bezoek"
                default: " tijdens \(visits) bezoeken"
                }
            return
                "Dit document bundelt \(held) die netwerkleden optekenden\(during). Het volgt de leerervaringen en perspectieven van het netwerk: eerst wat we leerden, dan wat dat vraagt van onszelf, van de bestuurder en van het netwerk."
        },
        defaultClosing:
            "De reis gaat verder. Deze verhalen zijn geen eindpunt maar een uitnodiging: lees ze samen, vul ze aan met wat u zelf meemaakt, en kies de volgende stap."
    )

    public static let english = DocumentStrings(
        defaultTitle: "A beckoning perspective",
        defaultSubtitle: "Stories from the organisation network",
        introduction: "Introduction",
        route: "The journey",
        routeHeader: ["Date", "Place", "Visit", "Organisations"],
        lessons: "Five lessons",
        perspectives: "A beckoning perspective",
        closing: "Closing",
        sources: "Sources",
        contents: "Contents",
        sourcesIntro:
            "These stories were recorded by members of the network. Each is a file of its own in the story library; the title leads to the story in this document.",
        sourcesHeader: ["Story", "Kind", "Teller", "Date", "Visit"],
        spelvorm: "Game form",
        questions: "Questions for reflection",
        storiesElsewhere: "Earlier in this document",
        noStories: "No stories have been recorded for this part yet.",
        source: "source",
        answers: "According to the teller",
        patterns: .english,
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ],
        kindNames: [.travelLog: "travel log", .anecdote: "anecdote", .quote: "quote"],
        continued: "(continued)",
        more: { "+ \($0) more (see the notes)" },
        selections: .english,
        anonymous: "anonymous",
        readOn: "read on",
        cards: "Story cards",
        toldBy: { $0 == 1 ? "Told by one member of the network" : "Told by \($0) members of the network" },
        tellers: "Tellers",
        tellersIntro: "The stories in this document were told and recorded by:",
        defaultIntro: { stories, visits in
            let held = stories == 1 ? "one story" : "\(stories) stories and quotes"
            let during =
                switch visits {
                case 0: ""
                case 1: " during one visit"
                default: " during \(visits) visits"
                }
            return
                "This document brings together \(held) that members of the network recorded\(during). It follows the network's lessons and perspectives: first what we learned, then what that asks of ourselves, of the director and of the network."
        },
        defaultClosing:
            "The journey continues. These stories are not an end point but an invitation: read them together, add what you experience yourself, and choose the next step."
    )
}
