/// Limits that keep hostile or accidental input from exhausting memory or time. Each one that
/// is hit becomes a diagnostic that names it; the reader, `check`, `add` and the web form all
/// apply them through the functions here.
public enum ReadingLimits {
    /// The largest entry file read: 1 MB. A larger file is reported and not read.
    public static let maximumEntryBytes = 1_000_000
    /// The largest front matter: 64 KB.
    public static let maximumFrontMatterBytes = 64_000
    /// The deepest nesting of lists and maps in front matter.
    public static let maximumFrontMatterDepth = 16
    /// The most values in one front matter (after aliases are followed).
    public static let maximumFrontMatterValues = 10_000
    /// The deepest nesting of block quotes and lists in a story's text.
    public static let maximumMarkdownDepth = 32
    /// The most values in one list field (tags, organisations, lessons, perspectives).
    public static let maximumListValues = 100
    /// The longest value in a list field, in characters.
    public static let maximumListValueCharacters = 200

    /// The problem with an entry of `bytes` bytes, or nil when it is small enough.
    public static func sizeProblem(bytes: Int) -> (code: DiagnosticCode, summary: String, hint: String)? {
        guard bytes > maximumEntryBytes else { return nil }
        let size = String(format: "%.1f MB", Double(bytes) / 1_000_000)
        return (
            code: .entryTooLarge, "the entry is \(size); an entry may be at most \(maximumEntryBytes / 1_000_000) MB",
            "split it into several entries; keep photos and attachments outside Stories/"
        )
    }

    /// The problem with a list field of `count` values, or nil when it is short enough.
    public static func listCountProblem(key: String, count: Int) -> (code: DiagnosticCode, summary: String, hint: String)? {
        guard count > maximumListValues else { return nil }
        return (
            code: .tooManyListValues, "'\(key)' has \(count) values; a list may hold at most \(maximumListValues)",
            "keep the most telling ones"
        )
    }

    /// The problem with one list value of `characters` characters, or nil when it is short enough.
    public static func listValueProblem(key: String, characters: Int) -> (code: DiagnosticCode, summary: String, hint: String)? {
        guard characters > maximumListValueCharacters else { return nil }
        return (
            code: .listValueTooLong,
            "a value of '\(key)' is \(characters) characters long; at most \(maximumListValueCharacters) are allowed",
            "list values are short words or names, e.g. tags: [effectmeting]"
        )
    }
}
