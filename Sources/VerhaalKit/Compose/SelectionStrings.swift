/// The words of the chapters "Meest betekenisvolle verhalen" and "Uit de sessies".
public struct SelectionStrings: Sendable {
    public var title: String
    /// "{panel} koos op {date} per domein het meest betekenisvolle verhaal."
    public var intro: String
    public var why: String
    public var dissent: String
    /// Before the chain of rounds a story passed: "Gekozen door".
    public var chosenBy: String
    public var noChoice: String
    /// The slide with the domains a panel chose no story for.
    public var withoutChoice: String
    /// In place of a chosen story that was withdrawn since: "Een ingetrokken verhaal".
    public var withdrawnStory: String
    /// The chapter with the sessions' outcomes.
    public var sessionsTitle: String
    /// "Begeleid door {facilitator}, met {count} deelnemers."
    public var sessionLine: String
    public var resonated: String
    public var outcomeNames: [SessionOutcome.Kind: String]

    public static let dutch = SelectionStrings(
        title: "Meest betekenisvolle verhalen",
        intro: "{panel} koos op {date} per domein het verhaal dat de meest betekenisvolle verandering laat zien, en schreef op waarom.",
        why: "Waarom", dissent: "Anders gezien", chosenBy: "Gekozen door", noChoice: "Geen keuze",
        withoutChoice: "Domeinen zonder gekozen verhaal",
        withdrawnStory: "Een ingetrokken verhaal",
        sessionsTitle: "Uit de sessies",
        sessionLine: "Begeleid door {facilitator}, met {count} deelnemers.",
        resonated: "Verhalen die raakten",
        outcomeNames: [
            .discovery: "Ontdekking", .learning: "Geleerd", .idea: "Idee", .concern: "Zorg", .dilemma: "Dilemma",
            .opportunity: "Kans", .recommendation: "Aanbeveling", .other: "Overig",
        ])

    public static let english = SelectionStrings(
        title: "Most significant stories",
        intro: "On {date}, {panel} chose for each domain the story that shows the most significant change, and wrote down why.",
        why: "Why", dissent: "Seen differently", chosenBy: "Chosen by", noChoice: "No choice",
        withoutChoice: "Domains without a chosen story",
        withdrawnStory: "A withdrawn story",
        sessionsTitle: "From the sessions",
        sessionLine: "Facilitated by {facilitator}, with {count} participants.",
        resonated: "Stories that resonated",
        outcomeNames: [
            .discovery: "Discovery", .learning: "Learning", .idea: "Idea", .concern: "Concern", .dilemma: "Dilemma",
            .opportunity: "Opportunity", .recommendation: "Recommendation", .other: "Other",
        ])
}
