import Foundation

/// A story library read from disk: its settings, its usable entries and every problem found.
public struct Library: Sendable {
    /// The folder holding `Stories/` and `verhaal.yaml`.
    public let root: URL
    public let settings: LibrarySettings
    /// Entries without errors, in library order (date, then id).
    public let entries: [Entry]
    /// Problems found in every file, errors and warnings, in file order.
    public let diagnostics: [Diagnostic]
    /// How many entry files were read, including those with errors.
    public let fileCount: Int

    public init(
        root: URL, settings: LibrarySettings, entries: [Entry], diagnostics: [Diagnostic],
        fileCount: Int
    ) {
        self.root = root
        self.settings = settings
        self.entries = entries
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    public var framework: Framework { settings.framework }

    /// The entry with this id, if it has no errors.
    public func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// Every tag used, sorted, without duplicates (ignoring case).
    public var tags: [String] {
        var seen = Set<String>()
        return entries.flatMap(\.tags)
            .filter { seen.insert($0.lowercased()).inserted }
            .sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
    }
}
