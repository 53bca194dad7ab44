/// The languages a library's documents and pages come in: Dutch (the default) and English.
/// The one place that decides which language a code means.
public enum Language: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The language for a code from `verhaal.yaml`; anything but `en` is Dutch.
    public init(code: String) {
        self = code == Language.english.rawValue ? .english : .dutch
    }

    /// How yes and no read: `ja`/`nee` or `yes`/`no`.
    public var yesNo: (yes: String, no: String) {
        switch self {
        case .dutch: ("ja", "nee")
        case .english: ("yes", "no")
        }
    }

    /// The language and country for document properties: `nl`/`NL` or `en`/`GB`.
    public var locale: (language: String, country: String) {
        switch self {
        case .dutch: ("nl", "NL")
        case .english: ("en", "GB")
        }
    }
}
