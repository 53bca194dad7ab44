/// The stable code of every rule `check` applies: `V029`, named `unknown-lesson`. Each rule has
/// one code and lives in one place; the web form and `add` translate a diagnostic by its code
/// and field. The README lists them all.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Reading a file
    case unreadableFile = "V001"
    case linkOutsideLibrary = "V002"
    case brokenLink = "V003"
    case folderNamedLikeEntry = "V004"
    case notARegularFile = "V005"
    case entryTooLarge = "V006"
    case emptyFile = "V007"
    case invalidUTF8 = "V008"
    case invalidID = "V009"
    case forbiddenCharacter = "V010"
    case missingFrontMatter = "V011"
    case unclosedFrontMatter = "V012"
    // The front matter
    case frontMatterTooLarge = "V013"
    case frontMatterTooDeep = "V014"
    case invalidYAML = "V015"
    case unreadableFrontMatter = "V016"
    case tooManyValues = "V017"
    case notAMapping = "V018"
    case keyNotText = "V019"
    case unknownField = "V020"
    case unknownKind = "V021"
    case invalidDate = "V022"
    case unknownShare = "V023"
    case notASingleValue = "V024"
    case notAList = "V025"
    case listItemNotText = "V026"
    case tooManyListValues = "V027"
    case listValueTooLong = "V028"
    case unknownLesson = "V029"
    case unknownPerspective = "V030"
    case missingField = "V031"
    case emptyField = "V032"
    case quoteWithoutSpeaker = "V033"
    case quoteWithoutWords = "V034"
    case noText = "V035"
    case textTooDeep = "V036"
    case noLesson = "V037"
    case unwritableValue = "V038"
    // Across entries
    case duplicateID = "V040"
    case unknownVisit = "V041"
    case visitNotTravelLog = "V042"
    case visitHasErrors = "V043"
    // verhaal.yaml
    case settingsNotUTF8 = "V050"
    case settingsInvalidYAML = "V051"
    case settingsInvalidField = "V052"
    case unknownLanguage = "V053"
    case frameworkConflict = "V054"
    // Compositions
    case compositionNotUTF8 = "V060"
    case compositionInvalidName = "V061"
    case compositionInvalidYAML = "V062"
    case compositionInvalidField = "V063"
    case compositionUnknownKey = "V064"
    case compositionUnknownAudience = "V065"
    case compositionInvalidDate = "V066"
    case compositionUnknownLesson = "V067"
    case compositionUnknownPerspective = "V068"
    case compositionUnknownKind = "V069"
    case compositionEntriesAndFilter = "V070"
    case compositionUnknownEntry = "V071"
    case compositionHighlightNotQuote = "V072"
    // Answers to the story questions
    case answersNotAMap = "V080"
    case unknownQuestion = "V081"
    case unknownOption = "V082"
    case wrongAnswerType = "V083"
    case scaleOutOfRange = "V084"
    case scaleNotWhole = "V085"
    case tooManyChoices = "V086"
    case repeatedOption = "V087"
    case answerTooLong = "V088"

    case observationInvalidYAML = "V090"
    case observationUnknownKey = "V091"
    case observationMissingField = "V092"
    case observationInvalidField = "V093"
    case observationUnknownPattern = "V094"
    case observationTooFewInterpretations = "V095"
    case observationStrengthOutOfRange = "V096"
    case observationInvalidDate = "V097"
    case marksInvalidYAML = "V098"
    case marksUnknownPattern = "V099"
    case marksUnknownValue = "V100"
    case observationNotUTF8 = "V101"
    // Pictures in stories
    case imageOnTheWeb = "V102"
    case imageOutsideLibrary = "V103"
    case imageUnsupported = "V104"
    case imageMissing = "V105"
    case imageTooLarge = "V106"
    // Session records
    case sessionInvalidYAML = "V107"
    case sessionUnknownKey = "V108"
    case sessionMissingField = "V109"
    case sessionInvalidField = "V110"
    case sessionInvalidDate = "V111"
    case sessionUnknownStory = "V112"
    case sessionUnknownResonance = "V113"
    case sessionUnknownOutcome = "V114"
    case sessionNotUTF8 = "V115"
    // Most Significant Change rounds
    case roundInvalidYAML = "V116"
    case roundUnknownKey = "V117"
    case roundMissingField = "V118"
    case roundInvalidField = "V119"
    case roundUnknownStory = "V120"
    case roundPickNotCandidate = "V121"
    case roundUnknownDomain = "V122"
    case roundReasonTooShort = "V123"
    case roundIncomplete = "V124"
    case roundUnknownPrevious = "V125"
    case roundNotUTF8 = "V126"
    // Patterns
    case observationOutdated = "V127"
    // Privacy
    case invalidConsent = "V128"
    case consentMissing = "V129"
    case storyWithdrawn = "V130"
    case invalidTombstone = "V131"
    case invalidNames = "V132"
    // A network on git
    case membersCommitted = "V133"
    // Stories in and out
    case importInvalidCell = "V134"
    case importIDTaken = "V135"
    case annotationUnknownStory = "V136"
    // The board reads it
    case sessionDraft = "V137"

    /// The rule's name, e.g. `unknown-lesson`: the case name in kebab case.
    public var name: String {
        let characters = Array(String(describing: self))
        var name = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    name.append("-")
                }
            }
            name.append(Character(character.lowercased()))
        }
        return name
    }
}
