import Foundation

/// The work of one `Composer.compose` call: which entries are in, which are shown already.
struct CompositionState {
    let library: Library
    let composition: Composition
    let strings: DocumentStrings

    /// Entries the composition may use, in order.
    private(set) var pool: [Entry] = []
    /// Entries shown in full, by id.
    private var shown = Set<String>()
    /// Entries in the document, shown or referred to.
    private var used: [String: Entry] = [:]
    private var emptyLessons: [String] = []
    private var emptyPerspectives: [String] = []
    private var emptySections: [String] = []

    /// The stories the document may not hold because someone in them did not agree, with who.
    let withheld: [Entry]
    let refusing: [String: String]

    init(library: Library, composition: Composition, strings: DocumentStrings, withheld: [Entry] = [], refusing: [String: String] = [:]) {
        self.library = library
        self.withheld = withheld
        self.refusing = refusing
        self.composition = composition
        self.strings = strings
    }

    // MARK: - Pool

    private var poolByID: [String: Entry] = [:]
    /// The entries used, in appendix order; set once the sections are built.
    private var sortedUsed: [Entry] = []

    mutating func selectPool() {
        let candidates: [Entry] =
            composition.entries.isEmpty
            ? library.entries.filter(composition.filter.matches)
            : composition.entries.compactMap(library.entry(id:))
        let kept = candidates.filter { !composition.exclude.contains($0.id) }
        pool = kept.filter { composition.audience.allows($0.share) }
        poolByID = Dictionary(pool.map { ($0.id, $0) }) { first, _ in first }
        stories = pool.filter { $0.kind != .travelLog }
        visits = pool.filter { $0.kind == .travelLog }.sorted(by: Entry.libraryOrder)
    }

    private var stories: [Entry] = []
    private var visits: [Entry] = []

    // MARK: - Sections

    mutating func introduction() -> Section {
        var section = Section(id: "inleiding", title: strings.introduction, kind: .introduction)
        if let intro = composition.intro { section.blocks = Markdown.blocks(from: intro) }
        if composition.showsRoute && !visits.isEmpty {
            var route = Section(id: "reis", title: strings.route, kind: .route)
            route.blocks.append(.table(routeTable()))
            route.blocks += visits.map { fullBlock($0) }
            section.subsections.append(route)
        }
        return section
    }

    mutating func lessonsSection() -> Section {
        var section = Section(id: "leerervaringen", title: strings.lessons, kind: .group)
        for lesson in library.framework.lessons {
            var blocks: [Block] = [
                .paragraph([.text(lesson.summary)]),
                .paragraph([.strong([.text(strings.spelvorm + ": ")]), .text(lesson.spelvorm)]),
            ]
            let linked = stories.filter { $0.lessons.contains(lesson.id) }
            if linked.isEmpty { emptyLessons.append(lesson.id) }
            guard !linked.isEmpty || composition.showsEmptySections else { continue }
            let ordered = highlightedFirst(linked)
            blocks += storyBlocks(ordered)
            section.subsections.append(
                Section(id: "les-" + lesson.id, title: lesson.label, blocks: blocks, kind: .lesson, summary: Self.passage(of: ordered)))
        }
        return section
    }

    mutating func perspectivesSection() -> Section {
        var section = Section(id: "perspectief", title: strings.perspectives, kind: .group)
        for perspective in library.framework.perspectives {
            var blocks: [Block] = [
                .paragraph([.text(perspective.summary)]),
                .questions(title: strings.questions, perspective.questions.map { [.text($0)] }),
            ]
            let linked = stories.filter { $0.perspectives.contains(perspective.id) }
            if linked.isEmpty { emptyPerspectives.append(perspective.id) }
            guard !linked.isEmpty || composition.showsEmptySections else { continue }
            blocks += storyBlocks(highlightedFirst(linked))
            section.subsections.append(
                Section(
                    id: "perspectief-" + perspective.id, title: perspective.title, blocks: blocks, kind: .perspective))
        }
        return section
    }

    /// The custom section at 1-based `index`; the index makes its id, so two sections with the
    /// same title still get different ids.
    mutating func customSection(_ custom: CompositionSection, index: Int) -> Section? {
        var blocks = custom.intro.map(Markdown.blocks(from:)) ?? []
        let entries =
            custom.entries.isEmpty
            ? pool.filter(custom.filter.matches)
            : custom.entries.compactMap { id in poolByID[id] }
        if entries.isEmpty { emptySections.append(custom.title) }
        guard !entries.isEmpty || composition.showsEmptySections else { return nil }
        let ordered = custom.entries.isEmpty ? highlightedFirst(entries) : entries
        blocks += storyBlocks(ordered)
        return Section(id: "deel-\(index)", title: custom.title, blocks: blocks, kind: .custom, summary: Self.passage(of: ordered))
    }

    /// The chapter of the round `selections` names: per domain the chosen story in full (or a
    /// reference when it is shown already), the panel's reasons, any dissent and the rounds it
    /// passed. A story this audience may not see is left out with its reasons.
    mutating func selectionsSection(_ round: MSCRound, rounds: [MSCRound]) -> Section {
        let words = strings.selections
        var section = Section(id: "selecties", title: words.title, kind: .group)
        let intro = words.intro.replacingOccurrences(of: "{panel}", with: round.panel)
            .replacingOccurrences(of: "{date}", with: strings.format(round.date))
        section.blocks = [.paragraph([.text(intro)])]
        for domain in round.domains {
            guard let choice = round.choice(for: domain) else { continue }
            let title = library.framework.domain(domain)?.title ?? domain
            var blocks: [Block] = []
            if let id = choice.story, library.withdrawn[id] != nil {
                blocks.append(.paragraph([.emphasis([.text(words.withdrawnStory)])]))
            } else if let id = choice.story {
                guard let entry = library.entry(id: id), composition.audience.allows(entry.share) else { continue }
                // Every panel that chose this story, oldest first, each with its own reasons.
                let panels = Self.chain(of: round, through: rounds).compactMap { earlier in
                    earlier.choices.first { $0.story == id }.map { (round: earlier, choice: $0) }
                }
                let chain = panels.map { "\($0.round.panel) (\(strings.format($0.round.date)))" }.joined(separator: " → ")
                blocks.append(.paragraph([.strong([.text(words.chosenBy + ": ")]), .text(chain)]))
                var lines = [words.chosenBy + ": " + panels.map(\.round.panel).joined(separator: " → ")]
                for (panel, chosen) in panels {
                    let label = { (word: String) in panels.count > 1 ? "\(word) (\(panel.panel))" : word }
                    blocks.append(.paragraph([.strong([.text(label(words.why) + ": ")]), .text(chosen.reason)]))
                    if let dissent = chosen.dissent {
                        blocks.append(.paragraph([.strong([.text(label(words.dissent) + ": ")]), .text(dissent)]))
                    }
                }
                // Who chose it and why come first, then the story.
                blocks += storyBlocks([entry])
                if let last = panels.last {
                    lines.append(words.why + ": " + StoryExcerpt.firstSentence(of: last.choice.reason))
                }
                lines += panels.compactMap { panel in
                    panel.choice.dissent.map { words.dissent + " (\(panel.round.panel)): " + StoryExcerpt.firstSentence(of: $0) }
                }
                let summary = SectionSummary(
                    heading: entry.title, quote: StoryExcerpt.of(entry), attribution: Self.attribution(of: entry), lines: lines)
                section.subsections.append(
                    Section(id: "selectie-" + domain, title: title, blocks: blocks, kind: .selection, summary: summary))
                continue
            } else {
                blocks.append(.paragraph([.strong([.text(words.noChoice)])]))
            }
            blocks.append(.paragraph([.strong([.text(words.why + ": ")]), .text(choice.reason)]))
            if let dissent = choice.dissent { blocks.append(.paragraph([.strong([.text(words.dissent + ": ")]), .text(dissent)])) }
            let summary = SectionSummary(lines: [StoryExcerpt.firstSentence(of: choice.reason)])
            section.subsections.append(
                Section(id: "selectie-" + domain, title: title, blocks: blocks, kind: .selection, summary: summary))
        }
        return section
    }

    /// A passage of the first story, for the slide of a section that shows no quote.
    static func passage(of entries: [Entry]) -> SectionSummary? {
        entries.first.map { SectionSummary(quote: StoryExcerpt.of($0), attribution: attribution(of: $0)) }
    }

    /// Who told a story, or said a quote, as a slide names them.
    static func attribution(of entry: Entry) -> String {
        entry.kind == .quote ? [entry.speaker, entry.role].compactMap { $0 }.joined(separator: ", ") : entry.teller
    }

    /// The rounds up to `round` through `after`, oldest first.
    static func chain(of round: MSCRound, through rounds: [MSCRound]) -> [MSCRound] {
        var chain = [round]
        var seen: Set<String> = [round.id]
        while let previous = chain.first?.after, let earlier = rounds.first(where: { $0.id == previous }), seen.insert(previous).inserted {
            chain.insert(earlier, at: 0)
        }
        return chain
    }

    /// The chapter with the outcomes of the sessions in `period`, each with the stories that
    /// resonated (those this audience may see).
    func sessionsSection(_ sessions: [SessionRecord]) -> Section {
        let words = strings.selections
        var section = Section(id: "sessies", title: words.sessionsTitle, kind: .group)
        for (index, session) in sessions.enumerated() {
            let led = session.participantCount.map {
                words.sessionLine.replacingOccurrences(of: "{facilitator}", with: session.facilitator)
                    .replacingOccurrences(of: "{count}", with: String($0))
            }
            let outcomes = session.outcomes.map { (label: (words.outcomeNames[$0.kind] ?? $0.kind.rawValue) + ": ", text: $0.text) }
            let resonant = session.resonant.compactMap { item -> (title: String, why: String)? in
                guard let entry = library.entry(id: item.story), composition.audience.allows(entry.share) else { return nil }
                return (entry.title, item.why)
            }
            var blocks: [Block] = []
            if let led { blocks.append(.paragraph([.emphasis([.text(led)])])) }
            if !outcomes.isEmpty {
                blocks.append(.list(ordered: false, items: outcomes.map { [.paragraph([.strong([.text($0.label)]), .text($0.text)])] }))
            }
            if !resonant.isEmpty {
                blocks.append(.paragraph([.emphasis([.text(words.resonated)])]))
                blocks.append(
                    .list(ordered: false, items: resonant.map { [.paragraph([.strong([.text($0.title + ": ")]), .text($0.why)])] }))
            }
            var lines = outcomes.map { $0.label + $0.text }
            if !resonant.isEmpty { lines.append(words.resonated + ": " + resonant.map(\.title).joined(separator: " · ")) }
            section.subsections.append(
                Section(
                    id: "sessie-\(index + 1)", title: "\(session.title) (\(strings.format(session.date)))", blocks: blocks,
                    kind: .session, summary: SectionSummary(heading: led, lines: lines, bulleted: true)))
        }
        return section
    }

    mutating func closingSection() -> Section {
        Section(
            id: "tot-slot", title: strings.closing,
            blocks: Markdown.blocks(from: composition.closing ?? strings.defaultClosing), kind: .closing)
    }

    /// The default introduction's sentence, which counts what the document holds; call after
    /// every section that shows stories.
    func defaultIntroBlocks() -> [Block] {
        let stories = used.values.filter { $0.kind != .travelLog }.count
        let visits = used.values.filter { $0.kind == .travelLog }.count
        return Markdown.blocks(from: strings.defaultIntro(stories, visits))
    }

    /// The appendix; call after every other section, as it lists the entries they used.
    mutating func sourcesAppendix() -> Section {
        sortedUsed = used.values.sorted(by: Entry.libraryOrder)
        let rows = sortedUsed.map { entry in
            TableBlock.Row(
                id: Self.sourceID(entry),
                cells: [
                    [.reference(targetID: entry.id, [.text(entry.title)])],
                    [.text(strings.kindNames[entry.kind] ?? entry.kind.rawValue)],
                    [.text(entry.teller)],
                    [.text(strings.format(entry.date))],
                    [.text(visitTitle(of: entry) ?? "–")],
                ])
        }
        return Section(
            id: "verantwoording", title: strings.sources,
            blocks: [
                .paragraph([.text(strings.sourcesIntro)]),
                .table(TableBlock(header: strings.sourcesHeader, rows: rows, role: "sources")),
            ], kind: .appendix)
    }

    /// The title of the visit an entry was heard at, if this audience may see that visit.
    private func visitTitle(of entry: Entry) -> String? {
        guard let visit = entry.visit.flatMap(library.entry(id:)),
            composition.audience.allows(visit.share)
        else { return nil }
        return visit.title
    }

    // MARK: - Entries

    /// Stories shown in full where they first appear; later only as references.
    private mutating func storyBlocks(_ entries: [Entry]) -> [Block] {
        var blocks: [Block] = []
        var references: [EntryReference] = []
        for entry in entries {
            if shown.contains(entry.id) {
                references.append(
                    EntryReference(
                        targetID: entry.id, title: entry.title,
                        teller: entry.teller, kind: entry.kind))
            } else {
                blocks.append(fullBlock(entry))
            }
        }
        if !references.isEmpty { blocks.append(.references(title: strings.storiesElsewhere, references)) }
        if entries.isEmpty { blocks.append(.paragraph([.emphasis([.text(strings.noStories)])])) }
        return blocks
    }

    private func highlightedFirst(_ entries: [Entry]) -> [Entry] {
        let highlighted = composition.highlight.compactMap { id in entries.first { $0.id == id } }
        return highlighted + entries.filter { !composition.highlight.contains($0.id) }
    }

    /// The library's pictures the stories shown so far name, by the address they give.
    private(set) var images: [String: ImageAsset] = [:]

    private mutating func fullBlock(_ entry: Entry) -> Block {
        shown.insert(entry.id)
        used[entry.id] = entry
        for (source, _) in Markdown.imageSources(in: entry.body) where images[source] == nil {
            if case .success(let asset) = StoryImages.load(source, storyPath: entry.path, root: library.root) { images[source] = asset }
        }
        let content: [Block] = [.markdown(entry.body)]
        let id = entry.id
        switch entry.kind {
        case .quote:
            let attribution = [entry.speaker, entry.role].compactMap { $0 }.joined(separator: ", ")
            let meta = [entry.source, strings.format(entry.date)].compactMap { $0 }.joined(separator: " · ")
            return .quote(
                QuoteBlock(
                    id: id, title: entry.title, content: content, attribution: attribution,
                    meta: [.text(meta + " · ")] + sourceReference(entry) + answersLine(entry)))
        case .anecdote, .travelLog:
            let meta = [entry.teller, strings.format(entry.date), entry.place].compactMap { $0 }
                .joined(separator: " · ")
            return .anecdote(
                AnecdoteBlock(
                    id: id, title: entry.title,
                    meta: [.text(meta + " · ")] + sourceReference(entry) + answersLine(entry),
                    content: content))
        }
    }

    /// With `answers: true`, the teller's answers to the story questions as a second meta line:
    /// "Volgens de verteller: 72 (de eigen organisatie ↔ het netwerk) · regie nemen · hoopvol".
    /// Questions about the teller are left out: a document tells stories, not who people are.
    private func answersLine(_ entry: Entry) -> [Inline] {
        guard composition.showsAnswers else { return [] }
        let language = Language(code: library.settings.language)
        let labels = library.framework.questions.filter { $0.about == .story }.compactMap { question in
            entry.answers[question.id].map { question.label(of: $0, in: language) }
        }
        guard !labels.isEmpty else { return [] }
        return [.lineBreak, .emphasis([.text(strings.answers + ": " + labels.joined(separator: " · "))])]
    }

    private func sourceReference(_ entry: Entry) -> [Inline] {
        [.reference(targetID: Self.sourceID(entry), [.text(strings.source)])]
    }

    static func sourceID(_ entry: Entry) -> String {
        "bron-" + entry.id
    }

    private func routeTable() -> TableBlock {
        TableBlock(
            title: nil, header: strings.routeHeader,
            rows: visits.map { visit in
                TableBlock.Row(cells: [
                    [.text(strings.format(visit.date))],
                    [.text(visit.place ?? "–")],
                    [.reference(targetID: visit.id, [.text(visit.title)])],
                    [.text(visit.organizations.isEmpty ? "–" : visit.organizations.joined(separator: ", "))],
                ])
            }, role: "route")
    }

    // MARK: - Results

    var tellers: [String] {
        Array(Set(sortedUsed.map(\.teller))).sorted()
    }

    var keywords: [String] {
        var seen = Set<String>()
        return sortedUsed.flatMap(\.tags).filter { seen.insert($0.lowercased()).inserted }.sorted {
            $0.lowercased() < $1.lowercased()
        }
    }

    /// Every entry of the library that is not in the document, and why.
    private func leftOut() -> [ComposeReport.LeftOut] {
        let all = withheld.isEmpty ? library.entries : Entry.inLibraryOrder(library.entries + withheld)
        return all.compactMap { entry -> ComposeReport.LeftOut? in
            guard used[entry.id] == nil else { return nil }
            let reason: ComposeReport.LeftOutReason
            if composition.exclude.contains(entry.id) {
                reason = .excluded
            } else if !composition.entries.isEmpty && !composition.entries.contains(entry.id) {
                reason = .notListed
            } else if composition.entries.isEmpty && !composition.filter.matches(entry) {
                reason = .filter
            } else if entry.share == .private {
                reason = .private
            } else if !composition.audience.allows(entry.share) {
                reason = .audience
            } else if let person = refusing[entry.id] {
                return ComposeReport.LeftOut(id: entry.id, reason: .consent, person: person)
            } else if composition.sections != nil {
                reason = .noSection
            } else if entry.kind == .travelLog {
                reason = .noRoute
            } else {
                reason = .noLessonOrPerspective
            }
            return ComposeReport.LeftOut(id: entry.id, reason: reason)
        }
    }

    /// The entries left out because of their share, from the full list of left-out entries.
    private func excludedByShare(_ leftOut: [ComposeReport.LeftOut]) -> [ComposeReport.Exclusion] {
        leftOut.filter { $0.reason == .private || $0.reason == .audience }.compactMap { item in
            library.entry(id: item.id).map { ComposeReport.Exclusion(id: $0.id, share: $0.share) }
        }
    }

    func report(sections: [Section]) -> ComposeReport {
        let leftOut = leftOut()
        var outline: [ComposeReport.OutlineItem] = []
        let used = sortedUsed
        let usedIDs = Set(used.map(\.id))
        func walk(_ section: Section, depth: Int) {
            var entries: [String] = []
            var references: [String] = []
            section.blocks.forEachBlock { block in
                switch block {
                case .quote(let quote): entries += [quote.id].compactMap { $0 }
                case .anecdote(let anecdote): entries += [anecdote.id].compactMap { $0 }
                case .references(_, let list): references += list.map(\.targetID)
                default: break
                }
            }
            outline.append(
                .init(
                    depth: depth, title: section.title,
                    entries: entries.filter(usedIDs.contains),
                    references: references.filter(usedIDs.contains)))
            for subsection in section.subsections { walk(subsection, depth: depth + 1) }
        }
        for section in sections { walk(section, depth: 1) }
        return ComposeReport(
            composition: composition.id, audience: composition.audience, outline: outline,
            entriesUsed: used.map(\.id), emptyLessons: emptyLessons,
            emptyPerspectives: emptyPerspectives, emptySections: emptySections,
            excludedByShare: excludedByShare(leftOut), leftOut: leftOut)
    }
}
