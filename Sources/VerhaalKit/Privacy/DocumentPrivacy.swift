/// The people rule of one document, worked out before anything is composed: which stories it
/// must leave out because someone they quote or name did not agree to its audience, and which
/// names it replaces. `view(of:)` gives the library the composer may see: those stories gone
/// and every name replaced in every text (stories, rounds, sessions, observations), so no
/// chapter or writer can show what this audience may not read.
public struct DocumentPrivacy: Sendable {
    public let audience: Audience
    /// Whether listed names and tellers are replaced (`pseudonyms:`, on for `public` by default).
    public let usesPseudonyms: Bool
    /// The names this document replaces, sorted.
    public let replacedNames: [String]
    private let replacer: NameReplacer
    /// The same names as slugs, for ids made from titles (`2019-11-14-tilburg-patrick-kenis`),
    /// which the documents use as anchors.
    private let idReplacer: NameReplacer
    private let replaced: Set<String>

    public init(library: Library, audience: Audience, pseudonyms: Bool?) {
        self.audience = audience
        usesPseudonyms = pseudonyms ?? (audience == .public)
        let listed = library.personNames.pairs
        var people: [(name: String, replacement: String)] = []
        if usesPseudonyms {
            people = listed.map { ($0.name, $0.pseudonym) }
            let fallback = Language(code: library.settings.language) == .english ? "a network member" : "een netwerklid"
            let tellers = Set(library.entries.map(\.teller)).sorted()
            people += tellers.filter { library.personNames.pseudonym(of: $0) == nil }.map { ($0, fallback) }
        } else {
            // Only the people who did not agree to this audience, where the list has words for them.
            let refusing = Set(library.entries.flatMap { entry in Self.named(in: entry).filter { !Self.agrees(entry, $0, audience) } })
            people = listed.filter { refusing.contains($0.name) }.map { ($0.name, $0.pseudonym) }
        }
        replacer = NameReplacer(people)
        idReplacer = NameReplacer(
            people.map { (Self.words(of: EntryID.slug(from: $0.name)), Self.words(of: EntryID.slug(from: $0.replacement))) })
        replaced = Set(people.map(\.name))
        replacedNames = replaced.sorted()
    }

    /// The speaker and the people a story names.
    static func named(in entry: Entry) -> [String] {
        [entry.speaker].compactMap { $0 } + entry.people
    }

    /// Whether `person` agreed to be named for `audience`: the network may name a person whose
    /// consent is not recorded, a wider audience may not.
    static func agrees(_ entry: Entry, _ person: String, _ audience: Audience) -> Bool {
        entry.consent[person]?.allowsName(for: audience) ?? (audience == .network)
    }

    /// The person the story names who did not agree to this audience and whose name is not
    /// replaced; nil when the story may go in.
    public func refusingPerson(in entry: Entry) -> String? {
        Self.named(in: entry).first { !Self.agrees(entry, $0, audience) && !replaced.contains($0) }
    }

    /// The composition's own texts with the names replaced: its title, authors, introduction,
    /// closing and sections.
    public func apply(to composition: Composition) -> Composition {
        guard !replaced.isEmpty else { return composition }
        var composition = composition
        composition.entries = composition.entries.map(id)
        composition.exclude = composition.exclude.map(id)
        composition.highlight = composition.highlight.map(id)
        // A filter on tellers picks the stories it picked before their names were replaced.
        composition.filter.tellers = composition.filter.tellers.map(apply)
        composition.title = composition.title.map(apply)
        composition.subtitle = composition.subtitle.map(apply)
        composition.authors = composition.authors?.map(apply)
        composition.intro = composition.intro.map(apply)
        composition.closing = composition.closing.map(apply)
        composition.sections = composition.sections?.map { section in
            var section = section
            section.title = apply(section.title)
            section.intro = section.intro.map(apply)
            section.entries = section.entries.map(id)
            section.filter.tellers = section.filter.tellers.map(apply)
            return section
        }
        return composition
    }

    /// A text with the names replaced.
    public func apply(_ text: String) -> String { replacer.apply(text) }

    /// An id with the names in it replaced: `…-patrick-kenis` becomes `…-een-hoogleraar`.
    public func id(_ id: String) -> String {
        guard !replaced.isEmpty else { return id }
        return idReplacer.apply(Self.words(of: id)).replacingOccurrences(of: " ", with: "-")
    }

    private static func words(of slug: String) -> String { slug.replacingOccurrences(of: "-", with: " ") }

    /// The report with the library's own ids again, for the coordinator who reads it.
    func withOriginalIDs(_ report: ComposeReport, originals: [String: String]) -> ComposeReport {
        guard !originals.isEmpty else { return report }
        let original = { (id: String) in originals[id] ?? id }
        var report = report
        report.entriesUsed = report.entriesUsed.map(original)
        report.outline = report.outline.map { item in
            var item = item
            item.entries = item.entries.map(original)
            item.references = item.references.map(original)
            return item
        }
        report.excludedByShare = report.excludedByShare.map { exclusion in
            var exclusion = exclusion
            exclusion.id = original(exclusion.id)
            return exclusion
        }
        report.leftOut = report.leftOut.map { ComposeReport.LeftOut(id: original($0.id), reason: $0.reason, person: $0.person) }
        return report
    }

    /// The library this document is made from, the stories it leaves out, who did not agree,
    /// and the library's id of every id the view changed.
    func view(of library: Library) -> (library: Library, withheld: [Entry], refusing: [String: String], originals: [String: String]) {
        var refusing: [String: String] = [:]
        var withheld: [Entry] = []
        var kept: [Entry] = []
        for entry in library.entries {
            if audience.allows(entry.share), let person = refusingPerson(in: entry) {
                refusing[entry.id] = person
                withheld.append(entry)
            } else {
                kept.append(entry)
            }
        }
        guard !replaced.isEmpty else {
            return (refusing.isEmpty ? library : library.replacing(entries: kept), withheld, refusing, [:])
        }
        var originals: [String: String] = [:]
        for entry in library.entries {
            let changed = id(entry.id)
            if changed != entry.id { originals[changed] = entry.id }
        }
        let withheldIDs = Dictionary(refusing.map { (id($0.key), $0.value) }) { first, _ in first }
        let rounds = library.rounds.map { $0.replacingNames(self) }
        let sessions = library.sessions.map { $0.replacingNames(self) }
        let observations = library.observations.map { $0.replacingNames(self) }
        return (
            library.replacing(entries: kept.map(apply), observations: observations, sessions: sessions, rounds: rounds),
            withheld.map(apply), withheldIDs, originals
        )
    }

    /// The stories a file for this audience may hold, in library order, with every name
    /// replaced as in `view(of:)`; the library's id of every id that changed; and, by library
    /// id, the person whose missing consent left a story out. What the CSV and REFI-QDA files
    /// hand to people outside the library.
    public func stories(of library: Library) -> (entries: [Entry], libraryIDs: [String: String], leftOut: [String: String]) {
        let (view, _, refusing, originals) = view(of: library)
        let entries = Entry.inLibraryOrder(view.entries.filter { audience.allows($0.share) })
        let leftOut = Dictionary(refusing.map { (originals[$0.key] ?? $0.key, $0.value) }) { first, _ in first }
        return (entries, originals, leftOut)
    }

    /// The story with every name replaced: its teller, speaker, people, title, role, source and text.
    func apply(_ entry: Entry) -> Entry {
        Entry(
            id: id(entry.id), path: entry.path, kind: entry.kind, title: apply(entry.title), date: entry.date, teller: apply(entry.teller),
            visit: entry.visit.map(id), place: entry.place, organizations: entry.organizations, lessons: entry.lessons,
            perspectives: entry.perspectives, tags: entry.tags.map(apply), share: entry.share, speaker: entry.speaker.map(apply),
            role: entry.role.map(apply), source: entry.source.map(apply), body: apply(entry.body), extraKeys: entry.extraKeys,
            visitLine: entry.visitLine, answers: entry.answers, people: entry.people.map(apply),
            consent: Dictionary(entry.consent.map { (apply($0.key), $0.value) }) { first, _ in first })
    }
}
