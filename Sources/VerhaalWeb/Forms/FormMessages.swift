import VerhaalKit

/// The library's diagnostics in the words of the form, by code and field: "Geef het verhaal een
/// titel." where `check` says "missing required field 'title'". A code without its own words
/// shows the diagnostic's summary and hint.
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
            return isEnglish ? "Choose fewer: \(diagnostic.summary)." : "Kies er minder: \(diagnostic.summary)."
        case (.forbiddenCharacter, _):
            return isEnglish
                ? "Remove the invisible control character (it often comes from copying text)."
                : "Haal het onzichtbare stuurteken weg (het komt vaak mee bij kopiëren)."
        default:
            return diagnostic.summary + (diagnostic.hint.map { " (\($0))" } ?? "")
        }
    }
}
