/// What a privacy officer needs to know of one document, written beside it as
/// `Exports/NAME.manifest.json`: every story in it with its share level, everyone it quotes or
/// names with the consent they gave, the names that were replaced, and every story left out with
/// its reason. It holds real names: it is for the network, never for the document's readers.
public struct DocumentManifest: Sendable, Equatable, Encodable {
    public struct Story: Sendable, Equatable, Encodable {
        public var id: String
        public var share: ShareLevel
        public var teller: String
        /// The teller's name is replaced in the document.
        public var tellerReplaced: Bool
        public var people: [Person]
    }

    public struct Person: Sendable, Equatable, Encodable {
        public var name: String
        /// `speaker` or `named`.
        public var role: String
        /// `public`, `network` or `none`; nil when none is recorded.
        public var consent: Consent.Level?
        public var consentDate: LocalDate?
        /// The name is replaced in the document.
        public var replaced: Bool
    }

    public struct LeftOut: Sendable, Equatable, Encodable {
        public var id: String
        public var reason: ComposeReport.LeftOutReason
        public var person: String?
    }

    public var composition: String
    public var audience: Audience
    public var pseudonyms: Bool
    public var stories: [Story]
    /// The names replaced, and with what.
    public var replacedNames: [String: String]
    public var leftOut: [LeftOut]

    /// The manifest of a composed document, from the library as it is on disk.
    init(report: ComposeReport, library: Library, replacedNames: [String], privacy: DocumentPrivacy) {
        composition = report.composition
        audience = report.audience
        pseudonyms = privacy.usesPseudonyms
        let replaced = Set(replacedNames)
        self.replacedNames = Dictionary(replacedNames.map { ($0, privacy.apply($0)) }) { first, _ in first }
        stories = report.entriesUsed.compactMap(library.entry(id:)).map { entry in
            let speaker = entry.speaker.map { [(name: $0, role: "speaker")] } ?? []
            let people = (speaker + entry.people.map { (name: $0, role: "named") }).map { person in
                Person(
                    name: person.name, role: person.role, consent: entry.consent[person.name]?.level,
                    consentDate: entry.consent[person.name]?.date, replaced: replaced.contains(person.name))
            }
            return Story(
                id: entry.id, share: entry.share, teller: entry.teller, tellerReplaced: replaced.contains(entry.teller), people: people)
        }
        leftOut = report.leftOut.map { LeftOut(id: $0.id, reason: $0.reason, person: $0.person) }
    }
}
