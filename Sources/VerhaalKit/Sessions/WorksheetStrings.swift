/// The fixed words of the spelvorm worksheets, in Dutch (default) or English.
struct WorksheetStrings: Sendable {
    var subtitle: String
    var purpose: String
    var note: String
    var noteText: String
    var readOn: String
    var noStories: String
    /// Spelvorm 1.
    var startingStories: String
    var formulate: String
    var ambition: String
    var result: String
    /// Spelvorm 2.
    var challenges: String
    var challengesHeader: [String]
    /// Spelvorm 3: the table, and the leadership roles the essay names.
    var roles: String
    var rolesHeader: [String]
    var roleTitles: [String]
    /// Spelvorm 4: the essay's factors of a network, and the word before an organisation.
    var factors: String
    var factorsHeader: [String]
    var factorNames: [String]
    var organisation: String
    /// Spelvorm 5.
    var networkStories: String
    var canvas: String
    var sharedResult: String
    var threeSentences: String
    var partiesHeader: [String]

    static func forLanguage(_ language: String) -> WorksheetStrings {
        Language(code: language) == .english ? .english : .dutch
    }

    static let dutch = WorksheetStrings(
        subtitle: "Werkblad", purpose: "Waar deze spelvorm voor is", note: "Let op: ",
        noteText:
            "de spelbegeleider is onafhankelijk en neemt zelf niet deel aan de spelvorm, ook niet bij de uitleg en de terugkoppeling.",
        readOn: "lees verder", noStories: "Nog geen verhalen bij deze les.",
        startingStories: "Verhalen om mee te beginnen", formulate: "Samen formuleren", ambition: "Onze gezamenlijke ambitie",
        result: "Het gewenste resultaat",
        challenges: "De complexe uitdagingen uit de verhalen",
        challengesHeader: ["Uitdaging (uit het verhaal)", "Oplossing vanuit de bedoeling"],
        roles: "Leiderschapsrollen in het netwerk", rolesHeader: ["Rol", "Een verhaal dat het laat zien", "Welke rol past bij mij"],
        roleTitles: ["Verantwoordelijkheid nemen", "Regie nemen", "Ruimte en vertrouwen bieden"],
        factors: "De factoren van ons netwerk", factorsHeader: ["Factor", "Zorgen", "Uitdagingen"],
        factorNames: ["Belangen", "Ambities", "Relaties", "Karakters", "Niveaus"], organisation: "Organisatie",
        networkStories: "Verhalen die het netwerk al vertelt", canvas: "Het verhaal van ons netwerk",
        sharedResult: "Het gezamenlijke resultaat", threeSentences: "Ons verhaal in drie zinnen",
        partiesHeader: ["Partij", "Haar belang bij het verhaal"])

    static let english = WorksheetStrings(
        subtitle: "Worksheet", purpose: "What this game form is for", note: "Note: ",
        noteText:
            "the facilitator is independent and takes no part in the game form, not even in explaining it or in the feedback.",
        readOn: "read on", noStories: "No stories for this lesson yet.",
        startingStories: "Stories to start with", formulate: "Putting it into words together", ambition: "Our shared ambition",
        result: "The result we want",
        challenges: "The complex challenges in the stories",
        challengesHeader: ["Challenge (from the story)", "Solution from the purpose"],
        roles: "Leadership roles in the network", rolesHeader: ["Role", "A story that shows it", "Which role suits me"],
        roleTitles: ["Taking responsibility", "Taking the lead", "Offering room and trust"],
        factors: "The factors of our network", factorsHeader: ["Factor", "Worries", "Challenges"],
        factorNames: ["Interests", "Ambitions", "Relationships", "Characters", "Levels"], organisation: "Organisation",
        networkStories: "Stories the network already tells", canvas: "The story of our network",
        sharedResult: "The shared result", threeSentences: "Our story in three sentences",
        partiesHeader: ["Party", "Its interest in the story"])
}
