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
    /// How long reading and parsing the files took.
    public let timings: LoadTimings
    /// The names of the compositions (`Stories/verhalen/*.yaml`), the built-in
    /// `wenkend-perspectief` first when no file overrides it.
    public let compositionNames: [String]
    /// The observations of `Stories/duiding/*.md` without errors, by date, then id.
    public let observations: [Observation]
    /// The marks of `Stories/duiding/markeringen.yaml`.
    public let marks: PatternMarks
    /// The session records of `Stories/sessies/*.md` without errors, by date, then id.
    public let sessions: [SessionRecord]
    /// The Most Significant Change rounds of `Stories/rondes/*.md` without errors, by date, then id.
    public let rounds: [MSCRound]
    /// The compositions without errors, read once when the library was loaded.
    private let compositions: [String: Composition]
    private let entriesByID: [String: Entry]
    /// The tags of the entries that are not private, worked out once.
    private let sharedTags: [String]
    /// The private entries, in library order: the only ones a reader may not see.
    public let privateEntries: [Entry]
    /// The withdrawn stories (`Stories/ingetrokken/`), by id.
    public let withdrawn: [String: Tombstone]
    /// The words used for people outside the network (`Stories/namen.yaml`).
    public let personNames: PersonNames

    public init(
        root: URL, settings: LibrarySettings, entries: [Entry], diagnostics: [Diagnostic],
        fileCount: Int, timings: LoadTimings = LoadTimings(),
        compositions: [String: Composition] = [:], compositionNames: [String] = [Composition.defaultName],
        observations: [Observation] = [], marks: PatternMarks = PatternMarks(), sessions: [SessionRecord] = [],
        rounds: [MSCRound] = [], withdrawn: [String: Tombstone] = [:], personNames: PersonNames = PersonNames()
    ) {
        self.withdrawn = withdrawn
        self.personNames = personNames
        self.sessions = sessions
        self.rounds = rounds
        self.observations = observations
        self.marks = marks
        self.root = root
        self.settings = settings
        self.entries = entries
        self.diagnostics = diagnostics
        self.fileCount = fileCount
        self.timings = timings
        self.compositions = compositions
        self.compositionNames = compositionNames
        self.entriesByID = Dictionary(entries.map { ($0.id, $0) }) { first, _ in first }
        self.sharedTags = Self.tags(of: entries.filter { $0.share != .private })
        self.privateEntries = entries.filter { $0.share == .private }
    }

    /// The library without the entries of its broken files (`brokenFiles`): what every export
    /// is made from, so that one member's broken story takes nothing from the others.
    public var withoutBrokenFiles: Library {
        let broken = Set(brokenFiles.map(\.file))
        guard entries.contains(where: { broken.contains($0.path) }) else { return self }
        return Library(
            root: root, settings: settings, entries: entries.filter { !broken.contains($0.path) }, diagnostics: diagnostics,
            fileCount: fileCount, timings: timings, compositions: compositions, compositionNames: compositionNames,
            observations: observations, marks: marks, sessions: sessions, rounds: rounds, withdrawn: withdrawn,
            personNames: personNames)
    }

    /// The same library with other entries, observations, sessions or rounds: what a document
    /// with pseudonyms is made from.
    public func replacing(
        entries: [Entry], observations: [Observation]? = nil, sessions: [SessionRecord]? = nil, rounds: [MSCRound]? = nil
    ) -> Library {
        Library(
            root: root, settings: settings, entries: entries, diagnostics: diagnostics, fileCount: fileCount, timings: timings,
            compositions: compositions, compositionNames: compositionNames, observations: observations ?? self.observations,
            marks: marks, sessions: sessions ?? self.sessions, rounds: rounds ?? self.rounds, withdrawn: withdrawn,
            personNames: personNames)
    }

    /// The composition `name`, or the built-in template for `wenkend-perspectief` when no file
    /// has that name; an error naming its problems when its file has errors.
    public func composition(named name: String) throws -> Composition {
        if let composition = compositions[name] { return composition }
        guard compositionNames.contains(name) else {
            throw VerhaalError(
                "no composition '\(name)'",
                hint: KeySuggestion.didYouMean(name, among: compositionNames)
                    + "compositions are: \(compositionNames.joined(separator: ", ")); add Stories/verhalen/\(name).yaml to make one")
        }
        let path = LibraryStore.compositionPath(name)
        let problems = diagnostics.filter { $0.file == path && $0.severity == .error }
        if problems.isEmpty && name == Composition.defaultName {
            // The built-in template shows the remarkable patterns once a network has written
            // an observation about one.
            var builtIn = Composition(id: name)
            let remarkable = Set(marks.remarkable)
            builtIn.showsRemarkablePatterns = observations.contains { remarkable.contains($0.pattern) }
            // … and the choices of its latest closed round, and what its sessions brought.
            builtIn.selections = rounds.filter(\.isClosed).last?.id
            builtIn.sessions = sessions.isEmpty ? nil : DateRange()
            return builtIn
        }
        throw VerhaalError("the composition \(path) has errors", hint: "fix them (see 'verhaal check')", diagnostics: problems)
    }

    public var framework: Framework { settings.framework }

    /// The entry with this id, if it has no errors.
    public func entry(id: String) -> Entry? {
        entriesByID[id]
    }

    /// Every tag used, sorted, without duplicates (ignoring case).
    public var tags: [String] {
        Self.tags(of: entries)
    }

    /// Every tag the given entries use, sorted, without duplicates (ignoring case).
    public static func tags(of entries: [Entry]) -> [String] {
        tags(in: entries.flatMap(\.tags))
    }

    /// The tags `readership` may see: those of every shared entry and of the private entries it
    /// may read, sorted, without duplicates (ignoring case).
    public func tags(visibleTo readership: Readership) -> [String] {
        let own = privateEntries.filter(readership.mayRead)
        return own.isEmpty ? sharedTags : Self.tags(in: sharedTags + own.flatMap(\.tags))
    }

    private static func tags(in all: [String]) -> [String] {
        var seen = Set<String>()
        return all.filter { seen.insert($0.lowercased()).inserted }
            .sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
    }
}

/// Time spent loading a library: reading the files, and parsing front matter and checks.
public struct LoadTimings: Sendable, Equatable {
    public var read: Duration = .zero
    public var parse: Duration = .zero

    public init(read: Duration = .zero, parse: Duration = .zero) {
        self.read = read
        self.parse = parse
    }
}
