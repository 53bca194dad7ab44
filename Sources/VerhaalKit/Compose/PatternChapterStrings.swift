/// The words of the chapter "Wat de verhalen samen laten zien".
public struct PatternChapterStrings: Sendable {
    public var title: String
    /// Before the patterns: what the chapter is and how to read it.
    public var intro: String
    public var interpretations: String
    public var questions: String
    public var idea: String
    /// "Sterkte van de waarneming": weak, medium, strong.
    public var strength: String
    public var strengths: [String]
    public var observedBy: String
    /// "27 verhalen", "q = 0,05".
    public var stories: String
    /// When no pattern is marked remarkable with an observation.
    public var none: String
    /// Said of a result on fewer than 30 stories.
    public var suggestive: String
    /// Before the patterns, for a board: what they are, without statistics.
    public var boardIntro: String
    /// The appendix's account of the patterns: its title, its first sentence, the table's
    /// header and one sentence per column saying what it means.
    public var accountTitle: String
    public var accountIntro: String
    public var accountHeader: [String]
    public var accountColumns: [String]

    public static let dutch = PatternChapterStrings(
        title: "Wat de verhalen samen laten zien",
        intro:
            "Deze patronen in de antwoorden van de vertellers vond het netwerk opmerkelijk. Bij elk patroon staat wat iemand erin zag, met minstens twee duidingen die met elkaar wedijveren: een patroon is een aanleiding voor het gesprek, geen conclusie. Bij elke toets staat q: het aandeel valse vondsten dat je accepteert als je dit patroon nog een vondst noemt, na correctie voor alle toetsen samen (onder 0,05 is het gesprek waard). Groepen van minder dan drie verhalen worden samengevoegd of weggelaten, en een vak met x is verborgen, zodat niemand herleid kan worden.",
        interpretations: "Duidingen", questions: "Vragen", idea: "Idee", strength: "Sterkte",
        strengths: ["zwak", "middel", "sterk"], observedBy: "Waargenomen door", stories: "verhalen",
        none: "Er zijn nog geen patronen als opmerkelijk gemarkeerd met een waarneming.",
        suggestive: "suggestief: minder dan 30 verhalen",
        boardIntro:
            "Deze patronen in de antwoorden van de vertellers vond het netwerk opmerkelijk. Bij elk patroon staat eerst wat iemand erin zag, met een figuur, en dan minstens twee duidingen die met elkaar wedijveren: een patroon is een aanleiding voor het gesprek, geen conclusie. Hoe de patronen getoetst zijn, staat in de verantwoording achterin. Groepen van minder dan drie verhalen worden samengevoegd of weggelaten, zodat niemand herleid kan worden.",
        accountTitle: "Verantwoording van de patronen",
        accountIntro: "Voor wie wil nagaan hoe zeker de patronen zijn, staat hier per patroon hoe het getoetst is.",
        accountHeader: ["Patroon", "Toets", "Verhalen", "q", "Effect"],
        accountColumns: [
            "Toets: de rekenmethode die nagaat of het patroon door toeval kan zijn ontstaan.",
            "Verhalen: het aantal verhalen dat de lezers van dit document mogen lezen en waarover geteld is; hetzelfde getal als bij het patroon zelf.",
            "q: de kans dat het patroon een toevalstreffer is, gecorrigeerd voor alle patronen die samen bekeken zijn; onder 0,05 is het het gesprek waard.",
            "Effect: hoe sterk het verband is, van 0 (geen verband) tot 1 (volledig).",
        ])

    public static let english = PatternChapterStrings(
        title: "What the stories show together",
        intro:
            "The network found these patterns in the tellers' answers remarkable. Each comes with what someone saw in it and at least two competing interpretations: a pattern is a reason to talk, not a conclusion. Each test gives q: the false discovery rate at which the pattern would still be called a finding, after correcting for all the tests together (under 0.05 is worth a conversation). Groups of fewer than three stories are merged or left out, and a cell marked x is hidden, so that no one can be traced.",
        interpretations: "Interpretations", questions: "Questions", idea: "Idea", strength: "Strength",
        strengths: ["weak", "medium", "strong"], observedBy: "Observed by", stories: "stories",
        none: "No pattern has been marked remarkable with an observation yet.",
        suggestive: "suggestive: fewer than 30 stories",
        boardIntro:
            "The network found these patterns in the tellers' answers remarkable. Each starts with what someone saw in it, with a figure, followed by at least two competing interpretations: a pattern is a reason to talk, not a conclusion. How the patterns were tested is in the account at the end. Groups of fewer than three stories are merged or left out, so that no one can be traced.",
        accountTitle: "How the patterns were tested",
        accountIntro: "For readers who want to know how sure the patterns are, this is how each was tested.",
        accountHeader: ["Pattern", "Test", "Stories", "q", "Effect"],
        accountColumns: [
            "Test: the method that checks whether the pattern could have come about by chance.",
            "Stories: the number of stories the readers of this document may read, over which was counted; the same number as with the pattern itself.",
            "q: the chance that the pattern is a fluke, corrected for all patterns looked at together; under 0.05 it is worth a conversation.",
            "Effect: how strong the relation is, from 0 (none) to 1 (complete).",
        ])
}
