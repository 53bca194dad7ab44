import VerhaalKit

/// The library's diagnostics in the words of the form, by code and field: "Geef het verhaal een
/// titel." where `check` says "missing required field 'title'". A code without its own words
/// shows the diagnostic's summary and hint in English; in Dutch it names the code and asks the
/// coordinator, so a Dutch page never shows `check`'s English.
struct FormMessages {
    let language: String

    init(language: String) {
        self.language = language
    }

    private var isEnglish: Bool { Language(code: language) == .english }

    var tooManyValues: String {
        isEnglish
            ? "Too many values: at most \(ReadingLimits.maximumListValues)."
            : "Te veel waarden: hoogstens \(ReadingLimits.maximumListValues)."
    }

    var invalidDate: String {
        isEnglish
            ? "Write the date as YYYY-MM-DD, for a day that exists, e.g. 2019-06-12."
            : "Schrijf de datum als JJJJ-MM-DD, voor een dag die bestaat, bijvoorbeeld 2019-06-12."
    }

    func message(for diagnostic: Diagnostic) -> String {
        switch (diagnostic.code, diagnostic.field) {
        case (.missingField, EntryFields.title?), (.emptyField, EntryFields.title?):
            return isEnglish ? "Give the story a title." : "Geef het verhaal een titel."
        case (.invalidDate, _):
            return invalidDate
        case (.quoteWithoutSpeaker, _):
            return isEnglish ? "Say who said it." : "Vul in wie het zei."
        case (.quoteWithoutWords, _):
            return isEnglish ? "Write the words that were said." : "Schrijf de woorden op die gezegd zijn."
        case (.unknownShare, _):
            return isEnglish ? "Choose who may read it." : "Kies wie het mag lezen."
        case (.unknownLesson, _), (.unknownPerspective, _):
            return isEnglish ? "Choose from the list." : "Kies uit de lijst."
        case (.unknownVisit, _), (.visitNotTravelLog, _), (.visitHasErrors, _):
            return isEnglish ? "Choose a visit from the list." : "Kies een bezoek uit de lijst."
        case (.entryTooLarge, _):
            return isEnglish
                ? "The text is too long: a story may be at most \(ReadingLimits.maximumEntryBytes / 1_000_000) MB. Split it over several stories."
                : "De tekst is te lang: een verhaal mag hoogstens \(ReadingLimits.maximumEntryBytes / 1_000_000) MB zijn. Verdeel hem over meer verhalen."
        case (.tooManyListValues, _):
            return tooManyValues
        case (.listValueTooLong, _):
            return isEnglish
                ? "Keep each value under \(ReadingLimits.maximumListValueCharacters) characters."
                : "Houd elke waarde korter dan \(ReadingLimits.maximumListValueCharacters) tekens."
        case (.tooManyChoices, _):
            return isEnglish ? "Choose fewer: \(diagnostic.summary)." : "Kies er minder."
        case (.forbiddenCharacter, _):
            return isEnglish
                ? "Remove the invisible control character (it often comes from copying text)."
                : "Haal het onzichtbare stuurteken weg (het komt vaak mee bij kopiëren)."
        default:
            return isEnglish
                ? diagnostic.summary + (diagnostic.hint.map { " (\($0))" } ?? "")
                : "Dit klopt nog niet (melding \(diagnostic.code.rawValue) van verhaal check). Vraag de coördinator wat er mis is."
        }
    }

    /// What is wrong in a file, for the coordinators' lists of broken files: `check`'s words in
    /// English; in Dutch the line and the code, which `verhaal check` explains.
    func fileProblem(_ diagnostic: Diagnostic) -> String {
        if isEnglish { return diagnostic.summary }
        let line = diagnostic.line.map { "regel \($0), " } ?? ""
        let field = diagnostic.field.map { "veld '\($0)', " } ?? ""
        return "\(line)\(field)melding \(diagnostic.code.rawValue): 'verhaal check' zegt wat er mis is en hoe je het herstelt."
    }

    /// A file the server could not write: the reason in English, a next step in Dutch.
    func notWritten(_ error: VerhaalError) -> String {
        isEnglish
            ? error.message + (error.hint.map { " (\($0))" } ?? "")
            : "Niet bewaard: de server kon het bestand niet schrijven. Probeer het zo opnieuw; lukt het dan niet, vraag de coördinator."
    }

    /// An observation's problems, as the pattern page's form asks for them.
    func observationMessage(for diagnostic: Diagnostic) -> String {
        switch (diagnostic.code, diagnostic.field) {
        case (.observationTooFewInterpretations, _):
            return isEnglish
                ? "Write two interpretations that compete, each with a title and a text."
                : "Schrijf twee duidingen die met elkaar wedijveren, elk met een titel en een tekst."
        case (.observationMissingField, "interpretations"?), (.observationInvalidField, "interpretations"?):
            return isEnglish ? "Give each interpretation a title and a text." : "Geef elke duiding een titel en een tekst."
        case (.observationMissingField, "title"?), (.observationInvalidField, "title"?):
            return isEnglish ? "Give the observation a title." : "Geef de observatie een titel."
        case (.observationStrengthOutOfRange, _), (.observationMissingField, "strength"?):
            return isEnglish ? "Choose how strong the pattern is: 1, 2 or 3." : "Kies hoe sterk het patroon is: 1, 2 of 3."
        case (.observationInvalidDate, _):
            return invalidDate
        default:
            return message(for: diagnostic)
        }
    }
}
