/// Limits that keep hostile or accidental input from exhausting memory or time. Each one that
/// is hit becomes a diagnostic that names it.
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
}
