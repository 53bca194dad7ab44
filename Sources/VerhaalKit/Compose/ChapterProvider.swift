/// A chapter the kit cannot make itself (the patterns chapter needs the statistics and the
/// figures): `Composer` asks each provider for its section and puts it before the closing, so
/// that the narrative and its report are complete when they leave the composer.
public protocol ChapterProvider: Sendable {
    /// The chapter for `composition` over `library`, or nil when the composition has none.
    func chapter(for composition: Composition, library: Library) throws -> ProvidedChapter?
}

/// A provided chapter and what the report should warn about it.
public struct ProvidedChapter: Sendable {
    public var section: Section
    /// Parts for the appendix, after the sources and the tellers.
    public var appendix: [Section]
    public var warnings: [String]

    public init(section: Section, appendix: [Section] = [], warnings: [String] = []) {
        self.section = section
        self.appendix = appendix
        self.warnings = warnings
    }
}
