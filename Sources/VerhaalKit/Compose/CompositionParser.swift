import Foundation

/// Reads a composition file (YAML) into a `Composition`, reporting problems as diagnostics.
public struct CompositionParser: Sendable {
    public var framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    private struct FilterFile: Decodable {
        var lessons, perspectives, tags, kinds, tellers: [String]?
        var since, until: String?
    }

    private struct SectionFile: Decodable {
        var title: String
        var intro: String?
        var filter: FilterFile?
        var entries: [String]?
    }

    private struct PeriodFile: Decodable {
        var since, until: String?
    }

    private struct File: Decodable {
        var title, subtitle, audience, date, intro, closing, patterns, selections, organisation, purpose, readers: String?
        var authors, entries, exclude, highlight: [String]?
        var route, answers, showEmpty, pseudonyms: Bool?
        var filter: FilterFile?
        var sections: [SectionFile]?
        var sessions: PeriodFile?

        enum CodingKeys: String, CodingKey {
            case title, subtitle, audience, date, authors, intro, closing, route, filter, entries, exclude, highlight, sections,
                answers, patterns, selections, sessions, pseudonyms, organisation, purpose, readers
            case showEmpty = "show-empty"
        }
    }

    /// Parses the text of `path` (relative to the library root) as the composition `id`.
    public func parse(_ yaml: String, id: String, path: String) -> (Composition?, [Diagnostic]) {
        let root: FrontMatterNode
        do throws(YAMLShape.Refusal) {
            guard let document = try YAMLShape.guardedCompose(yaml, maximumBytes: ReadingLimits.maximumEntryBytes) else {
                return (Composition(id: id), [])
            }
            root = document
        } catch {
            return (
                nil,
                [
                    error.diagnostic(
                        code: .compositionInvalidYAML, file: path, what: "the composition", refusedHint: "see README.md (Compositions)")
                ]
            )
        }
        // A misspelt key would silently fall back to a default (`audiance: public` would export
        // for the network), so every unknown key is an error.
        let unknownKeys = CompositionKeys.unknownKeys(in: root, path: path)
        guard unknownKeys.isEmpty else { return (nil, unknownKeys) }
        let file: File
        do {
            file = try FrontMatterDecoder.decode(File.self, from: root)
        } catch let error as DecodingError {
            return (
                nil,
                [
                    Diagnostic(
                        .error, code: .compositionInvalidField, file: path,
                        summary: "composition: \(DecodingErrorText.describe(error))",
                        hint: "see README.md (Compositions) for the fields")
                ]
            )
        } catch {
            return (nil, [Diagnostic(.error, code: .compositionInvalidField, file: path, summary: "composition: \(error)")])
        }
        var problems: [(code: DiagnosticCode, summary: String)] = []
        var composition = Composition(id: id)
        composition.title = file.title
        composition.subtitle = file.subtitle
        if let audience = file.audience {
            if let value = Audience(rawValue: audience) {
                composition.audience = value
            } else {
                problems.append((code: .compositionUnknownAudience, "unknown audience '\(audience)': use network or public"))
            }
        }
        if let date = file.date {
            composition.date = LocalDate(date)
            if composition.date == nil { problems.append(Self.invalidDate(date, place: "")) }
        }
        composition.authors = file.authors
        composition.organisation = file.organisation
        composition.purpose = file.purpose
        if let readers = file.readers {
            if let value = Composition.Readers(rawValue: readers) {
                composition.readers = value
            } else {
                problems.append((code: .compositionInvalidField, "unknown readers '\(readers)': use board or network"))
            }
        }
        composition.intro = file.intro
        composition.closing = file.closing
        composition.showsRoute = file.route ?? true
        composition.showsAnswers = file.answers ?? false
        composition.showsEmptySections = file.showEmpty ?? false
        composition.usesPseudonyms = file.pseudonyms
        composition.selections = file.selections
        if let period = file.sessions {
            var range = DateRange()
            range.since = Self.date(period.since, place: " in 'sessions'", problems: &problems)
            range.until = Self.date(period.until, place: " in 'sessions'", problems: &problems)
            composition.sessions = range
        }
        switch file.patterns {
        case nil, "none": break
        case "remarkable": composition.showsRemarkablePatterns = true
        case let other?:
            problems.append((code: .compositionInvalidField, "unknown value '\(other)' for 'patterns': use remarkable (or none)"))
        }
        composition.filter = query(file.filter, problems: &problems)
        composition.entries = file.entries ?? []
        composition.exclude = file.exclude ?? []
        composition.highlight = file.highlight ?? []
        if file.entries != nil && file.filter != nil {
            problems.append(Self.entriesAndFilter(place: ""))
        }
        for section in file.sections ?? [] where section.entries != nil && section.filter != nil {
            problems.append(Self.entriesAndFilter(place: " in section '\(section.title)'"))
        }
        composition.sections = file.sections?.map { section in
            var result = CompositionSection(title: section.title)
            result.intro = section.intro
            result.filter = query(section.filter, problems: &problems)
            result.entries = section.entries ?? []
            return result
        }
        let diagnostics = problems.map {
            Diagnostic(.error, code: $0.code, file: path, summary: $0.summary, hint: "fix the composition file")
        }
        return (diagnostics.isEmpty ? composition : nil, diagnostics)
    }

    /// The date written, if any; one that is not a date is reported.
    private static func date(_ text: String?, place: String, problems: inout [(code: DiagnosticCode, summary: String)]) -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(text) else {
            problems.append(invalidDate(text, place: place))
            return nil
        }
        return date
    }

    private static func invalidDate(_ text: String, place: String) -> (code: DiagnosticCode, summary: String) {
        (code: .compositionInvalidDate, "'\(text)' is not a valid date\(place); \(LocalDate.formatHint)")
    }

    private static func entriesAndFilter(place: String) -> (code: DiagnosticCode, summary: String) {
        (
            code: .compositionEntriesAndFilter,
            "'entries' and 'filter' cannot be used together\(place): 'entries' lists exactly the entries to use, so the filter would be ignored"
        )
    }

    private func query(_ filter: FilterFile?, problems: inout [(code: DiagnosticCode, summary: String)]) -> EntryQuery {
        var query = EntryQuery()
        query.requiresAllListValues = false
        guard let filter else { return query }
        for reference in filter.lessons ?? [] {
            if let lesson = framework.lesson(matching: reference) {
                query.lessons.append(lesson.id)
            } else {
                problems.append((code: .compositionUnknownLesson, "unknown lesson '\(reference)' in a filter"))
            }
        }
        for reference in filter.perspectives ?? [] {
            if let perspective = framework.perspective(matching: reference) {
                query.perspectives.append(perspective.id)
            } else {
                problems.append((code: .compositionUnknownPerspective, "unknown perspective '\(reference)' in a filter"))
            }
        }
        query.tags = filter.tags ?? []
        for kind in filter.kinds ?? [] {
            if let value = EntryKind(rawValue: kind) {
                query.kinds.append(value)
            } else {
                problems.append((code: .compositionUnknownKind, "unknown kind '\(kind)' in a filter: use travel-log, anecdote or quote"))
            }
        }
        query.tellers = filter.tellers ?? []
        query.since = Self.date(filter.since, place: " in a filter", problems: &problems)
        query.until = Self.date(filter.until, place: " in a filter", problems: &problems)
        return query
    }
}
