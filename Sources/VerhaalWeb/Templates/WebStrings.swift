import VerhaalKit

/// Every text the web pages show, in the library's language (Dutch unless `language: en`).
struct WebStrings: Sendable {
    var lang: String
    var appName = "Verhaal"
    var nav: Navigation
    var signIn: SignIn
    var home: Home
    var record: Record
    var stories: Stories
    var patterns: Patterns
    var rounds: Rounds
    var privacy: Privacy
    var coverage: Coverage
    var compose: Compose
    var errors: Errors
    var kinds: [String: String]
    var recordTitles: [String: String]
    var shareNames: [String: String]
    var sharePromises: [String: String]

    struct Navigation: Sendable {
        var record, stories, coverage, patterns, compose, rounds, signedInAs, signOut, skipToContent, mainMenu: String
    }

    struct SignIn: Sendable {
        var title, intro, label, hint, button, invalid, tooMany, confirmIntro, switchWarning, stay, crossSite: String
    }

    struct Home: Sendable {
        var welcome, intro, recordHeading, readHeading, readIntro, coverageIntro, composeIntro, chosenHeading: String
    }

    struct Record: Sendable {
        var teller, title, date, place, visit, noVisit, organizations, organizationsHint, speaker, role, source,
            text, textHint, lessons, perspectives, tags, tagsHint, share, save, notSaved, saved, savedIn,
            preview, dateHint, recordAnother, storyQuestions, storyQuestionsIntro, tellerQuestions, tellerQuestionsIntro,
            notApplicable, scaleHint: String
    }

    struct Stories: Sendable {
        var title, filter, lesson, perspective, tag, text, any, apply, reset, none, count, onlyYou,
            kind, date, teller, place, visit, organizations, speaker, tags, lessons, perspectives, share, path,
            back, answers, pages, pageOf, previous, next: String
        /// The folded details below a story.
        var about: String
        /// Feedback from Most Significant Change rounds.
        var roundsHeading, chosenBy, candidateAt, notChosen, roundOpen, why, dissent: String
    }

    struct Coverage: Sendable {
        var title, intro, lesson, total, missing, gapsHeading, noGaps: String
    }

    struct Compose: Sendable {
        var title, intro, audience, entries, outline, gaps, download, excluded, failed: String
        /// `entries` and `excluded` for one story.
        var entry, excludedOne: String
        var brokenHeading, brokenIntro: String
        /// What the `.qdpx` and `.csv` beside the documents are for.
        var forResearchers, forSpreadsheets: String
    }

    struct Errors: Sendable {
        var notFound, notFoundText, forbidden, forbiddenText, tooLarge, tooLargeText, badRequest, badRequestText,
            expiredForm, libraryHasErrors, libraryHasErrorsText, home: String
    }

    static func forLanguage(_ language: String) -> WebStrings {
        switch Language(code: language) {
        case .dutch: .dutch
        case .english: .english
        }
    }
}

extension String {
    /// The text with its `%@` or `%d` placeholder replaced by `value`.
    func filled(with value: CustomStringConvertible) -> String {
        replacingOccurrences(of: "%@", with: value.description).replacingOccurrences(of: "%d", with: value.description)
    }
}

extension String {
    /// The first sentence: what fits on one line beside a checkbox.
    var firstSentence: String {
        guard let end = range(of: ". ") else { return self }
        return String(self[..<end.lowerBound]) + "."
    }
}
