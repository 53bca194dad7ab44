import Foundation

/// Walks the YAML of one entry's front matter and builds the entry, collecting diagnostics
/// with file line numbers.
struct FrontMatterReader {
    let path: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    let framework: Framework
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int, framework: Framework) {
        self.path = path
        self.lineOffset = lineOffset
        self.framework = framework
    }

    mutating func read(yaml: String, id: String, body: String, bodyLine: Int) -> Entry? {
        if yaml.utf8.count > ReadingLimits.maximumFrontMatterBytes {
            report(
                .error, code: .frontMatterTooLarge, line: lineOffset, column: 1,
                "the front matter is larger than \(ReadingLimits.maximumFrontMatterBytes / 1000) KB",
                hint: "keep the fields short and put the story in the text after the closing '---'")
            return nil
        }
        if YAMLShape.nestingDepth(of: yaml) > ReadingLimits.maximumFrontMatterDepth {
            report(
                .error, code: .frontMatterTooDeep, line: lineOffset, column: 1,
                "the front matter nests deeper than \(ReadingLimits.maximumFrontMatterDepth) levels",
                hint: "front-matter fields are texts or short lists, e.g. tags: [a, b]")
            return nil
        }
        let root: FrontMatterNode?
        do throws(FrontMatterComposer.Refusal) {
            root = try FrontMatterComposer.compose(yaml)
        } catch {
            switch error {
            case .invalid(let failure):
                let (line, column, problem) = YAMLErrorLocation.describe(failure, lineOffset: lineOffset)
                report(
                    .error, code: .invalidYAML, line: line, column: column,
                    "the front matter is not valid YAML: \(problem)",
                    hint:
                        "check the quoting and indentation on that line; a value with ':' needs quotes, e.g. title: \"Breda: zes indicatoren\""
                )
            case .tooManyValues:
                report(
                    .error, code: .tooManyValues, line: lineOffset + 1, column: 1, YAMLShape.tooManyValuesProblem,
                    hint: "write every value out in full; front matter holds short texts and lists")
            case .unreadable(let problem):
                report(.error, code: .unreadableFrontMatter, line: 1, column: 1, "the front matter could not be read: \(problem)")
            }
            return nil
        }
        guard let mapping = root?.mapping else {
            report(
                .error, code: .notAMapping, line: lineOffset + 1, column: 1, "the front matter is not a list of 'key: value' fields",
                hint: "write one field per line, e.g. 'title: Zes indicatoren'")
            return nil
        }
        var fields = FieldValues()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                report(.error, code: .keyNotText, at: keyNode, "a front-matter key must be plain text")
                continue
            }
            fields.keyLines[key] = line(of: keyNode) ?? lineOffset + 1
            if EntryFields.all.contains(key) {
                readKnown(key: key, value: value, into: &fields)
            } else {
                fields.extraKeys.append(key)
                if let known = KeySuggestion.closest(to: key, among: EntryFields.all) {
                    report(
                        .warning, code: .unknownField, at: keyNode, field: key, "unknown field '\(key)'",
                        hint: "did you mean '\(known)'? Unknown fields are kept but not used")
                }
            }
        }
        return makeEntry(from: fields, id: id, body: body, bodyLine: bodyLine)
    }

    // MARK: - Fields

    private struct FieldValues {
        var scalars: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var keyLines: [String: Int] = [:]
        var extraKeys: [String] = []
        var date: LocalDate?
        var kind: EntryKind?
        var share: ShareLevel?
        /// Lesson items as written, valid or not.
        var lessonItemCount = 0
        var answers: [String: Answer] = [:]
        var consent: [String: Consent] = [:]
        var consentNodes: [String: FrontMatterNode] = [:]
    }

    private mutating func readKnown(key: String, value: FrontMatterNode, into fields: inout FieldValues) {
        if key == EntryFields.answers {
            var reader = AnswerReader(framework: framework, path: path, lineOffset: lineOffset)
            fields.answers = reader.read(value)
            diagnostics += reader.diagnostics
            return
        }
        if key == EntryFields.consent {
            readConsent(value, into: &fields)
            return
        }
        if EntryFields.lists.contains(key) {
            fields.lists[key] = readList(key: key, value: value)
            if key == EntryFields.lessons { fields.lessonItemCount = value.sequence?.count ?? 1 }
            return
        }
        guard let text = scalarText(key: key, value: value) else { return }
        switch key {
        case EntryFields.kind:
            fields.kind = EntryKind(rawValue: text)
            if fields.kind == nil {
                let meant = EntryKind(argumentText: text).map { "write '\($0.rawValue)'; " } ?? ""
                report(
                    .error, code: .unknownKind, at: value, field: EntryFields.kind, "unknown kind '\(text)'",
                    hint: meant + "use one of: \(EntryKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        case EntryFields.date:
            fields.date = LocalDate(text)
            if fields.date == nil {
                report(
                    .error, code: .invalidDate, at: value, field: EntryFields.date, "'\(text)' is not a valid date",
                    hint: LocalDate.formatHint)
            }
        case EntryFields.share:
            fields.share = ShareLevel(rawValue: text)
            if fields.share == nil {
                report(
                    .error, code: .unknownShare, at: value, field: EntryFields.share, "unknown share level '\(text)'",
                    hint: "use private (never exported), network (the default) or public")
            }
        default:
            fields.scalars[key] = text
        }
    }

    /// `consent: {Marja Peters: public 2024-03-01}`: a level for each person, and the day.
    private mutating func readConsent(_ value: FrontMatterNode, into fields: inout FieldValues) {
        if value.isNull { return }
        let hint = "write e.g. 'consent: {Marja Peters: public 2024-03-01}': public, network or none, and the day it was given"
        guard let pairs = value.mapping else {
            report(.error, code: .invalidConsent, at: value, field: EntryFields.consent, "'consent' must be a map of names", hint: hint)
            return
        }
        for (key, level) in pairs {
            guard let name = key.string?.trimmingSpaces, !name.isEmpty else { continue }
            fields.consentNodes[name] = key
            guard let written = level.string, let consent = Consent(written: written.trimmingSpaces) else {
                report(
                    .error, code: .invalidConsent, at: level, field: EntryFields.consent,
                    "the consent of '\(name)' is '\(level.string ?? "")', not public, network or none with a date", hint: hint)
                continue
            }
            checkCharacters(name, key: EntryFields.consent, node: key)
            fields.consent[name] = consent
        }
    }

    /// A scalar's text; nil (and a diagnostic) for lists or maps, nil without one for `~`/empty.
    private mutating func scalarText(key: String, value: FrontMatterNode) -> String? {
        guard let scalar = value.scalar else {
            report(
                .error, code: .notASingleValue, at: value, field: key, "'\(key)' must be a single value, not a list or a map",
                hint: "write it on one line, e.g. \(key): ...")
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return nil
        }
        checkCharacters(scalar.string, key: key, node: value)
        return scalar.string.trimmingSpaces
    }

    private mutating func readList(key: String, value: FrontMatterNode) -> [String] {
        let items: [FrontMatterNode]
        switch value {
        case .sequence(let sequence, _): items = sequence
        case .scalar: items = scalarText(key: key, value: value) == nil ? [] : [value]
        default:
            report(.error, code: .notAList, at: value, field: key, "'\(key)' must be a list, e.g. \(key): [a, b]")
            return []
        }
        if let tooMany = ReadingLimits.listCountProblem(key: key, count: items.count) {
            report(.error, code: tooMany.code, at: value, field: key, tooMany.summary, hint: tooMany.hint)
            return []
        }
        var values: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.scalar?.string.trimmingSpaces, !text.isEmpty
            else {
                report(.error, code: .listItemNotText, at: item, field: key, index: index, "every item of '\(key)' must be a short text")
                continue
            }
            if let tooLong = ReadingLimits.listValueProblem(key: key, characters: text.count) {
                report(.error, code: tooLong.code, at: item, field: key, index: index, tooLong.summary, hint: tooLong.hint)
                continue
            }
            checkCharacters(text, key: key, index: index, node: item)
            if checkFrameworkReference(key: key, text: text, index: index, node: item) {
                values.append(text)
            }
        }
        return values
    }

    /// True when the item may stay: lessons and perspectives must name the framework's ids.
    private mutating func checkFrameworkReference(key: String, text: String, index: Int, node: FrontMatterNode) -> Bool {
        switch key {
        case EntryFields.lessons:
            guard framework.lessons.contains(where: { $0.id == text }) else {
                let known = framework.lessons.map { "\($0.id) (\($0.number))" }.joined(separator: ", ")
                let suggestion =
                    framework.lesson(matching: text).map { "write '\($0.id)'; " }
                    ?? KeySuggestion.didYouMean(text, among: framework.lessons.map(\.id))
                report(
                    .error, code: .unknownLesson, at: node, field: key, index: index, "unknown lesson '\(text)'",
                    hint: suggestion + "lessons are: \(known)")
                return false
            }
        case EntryFields.perspectives:
            guard framework.perspectives.contains(where: { $0.id == text }) else {
                let known = framework.perspectives.map(\.id).joined(separator: ", ")
                report(
                    .error, code: .unknownPerspective, at: node, field: key, index: index, "unknown perspective '\(text)'",
                    hint: KeySuggestion.didYouMean(text, among: framework.perspectives.map(\.id)) + "perspectives are: \(known)")
                return false
            }
        default: break
        }
        return true
    }

    /// A quoted YAML value can spell characters documents cannot hold (`"\a"`); report them.
    private mutating func checkCharacters(_ text: String, key: String, index: Int? = nil, node: FrontMatterNode) {
        if let problem = CharacterRule.problem(
            inValue: text, key: key, index: index, path: path,
            line: line(of: node), column: node.mark?.column)
        {
            diagnostics.append(problem)
        }
    }

    // MARK: - Entry

    private mutating func makeEntry(
        from fields: FieldValues, id: String, body: String, bodyLine: Int
    ) -> Entry? {
        let firstLine = lineOffset
        for key in EntryFields.required where fields.keyLines[key] == nil {
            report(
                .error, code: .missingField, line: firstLine, column: 1, field: key, "missing required field '\(key)'",
                hint: "add a line '\(key): ...' to the front matter")
        }
        for key in [EntryFields.title, EntryFields.teller]
        where fields.keyLines[key] != nil && (fields.scalars[key] ?? "").isEmpty {
            report(
                .error, code: .emptyField, line: fields.keyLines[key], column: 1, field: key, "'\(key)' is empty",
                hint: "give the \(key) a value")
        }
        // A quote's own rules are told also when other fields are wrong, so that a form shows
        // every problem at once.
        if fields.kind == .quote {
            if (fields.scalars[EntryFields.speaker] ?? "").isEmpty {
                report(
                    .error, code: .quoteWithoutSpeaker, line: fields.keyLines[EntryFields.kind], column: 1, field: EntryFields.speaker,
                    "a quote needs a speaker", hint: "add 'speaker: <who said it>'")
            }
            if body.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                report(
                    .error, code: .quoteWithoutWords, line: bodyLine, column: 1, field: Diagnostic.textField,
                    "a quote needs the quoted words as its text",
                    hint: "write the words after the closing '---'")
            }
        }
        guard let kind = fields.kind, let date = fields.date,
            let title = fields.scalars[EntryFields.title], !title.isEmpty,
            let teller = fields.scalars[EntryFields.teller], !teller.isEmpty
        else { return nil }
        let lessons = fields.lists[EntryFields.lessons] ?? []
        if kind != .quote && body.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            report(
                .warning, code: .noText, line: bodyLine, column: 1, field: Diagnostic.textField, "the entry has no text",
                hint: "write the story after the closing '---'")
        }
        if Markdown.mayNestDeeply(body), Markdown.depth(of: body) > ReadingLimits.maximumMarkdownDepth {
            report(
                .warning, code: .textTooDeep, line: bodyLine, column: 1, field: Diagnostic.textField,
                "the text nests deeper than \(ReadingLimits.maximumMarkdownDepth) levels; deeper levels are exported as plain text",
                hint: "use fewer nested quotes ('>') or list levels")
        }
        if fields.lessonItemCount == 0 {
            report(
                .warning, code: .noLesson, line: firstLine, column: 1, field: EntryFields.lessons, "the entry is not linked to any lesson",
                hint: "add e.g. 'lessons: [\(framework.lessons.first?.id ?? "resultaat")]' so it can be composed")
        }
        let people = fields.lists[EntryFields.people] ?? []
        let named = Set(people + [fields.scalars[EntryFields.speaker]].compactMap { $0 })
        for (name, node) in fields.consentNodes.sorted(by: { $0.key < $1.key }) where !named.contains(name) {
            report(
                .error, code: .invalidConsent, at: node, field: EntryFields.consent,
                "consent is recorded for '\(name)', whom the story does not name",
                hint: "add '\(name)' to 'people' (or as the speaker), or correct the spelling")
        }
        if fields.share == .public {
            // A consent written but not readable is an error of its own: not also "none recorded".
            for name in named.sorted() where fields.consentNodes[name] == nil {
                report(
                    .warning, code: .consentMissing, line: fields.keyLines[EntryFields.share], column: 1, field: EntryFields.consent,
                    "the story is public, and no consent of '\(name)' is recorded",
                    hint: "ask '\(name)', then write 'consent: {\(name): public YYYY-MM-DD}' with the day (or network, or none)")
            }
        }
        if fields.share == nil && fields.keyLines[EntryFields.share] != nil { return nil }
        return Entry(
            id: id, path: path, kind: kind, title: title, date: date, teller: teller,
            visit: fields.scalars[EntryFields.visit], place: fields.scalars[EntryFields.place],
            organizations: fields.lists[EntryFields.organizations] ?? [],
            lessons: lessons, perspectives: fields.lists[EntryFields.perspectives] ?? [],
            tags: fields.lists[EntryFields.tags] ?? [], share: fields.share ?? .network,
            speaker: fields.scalars[EntryFields.speaker], role: fields.scalars[EntryFields.role],
            source: fields.scalars[EntryFields.source], body: body,
            extraKeys: fields.extraKeys, visitLine: fields.keyLines[EntryFields.visit], answers: fields.answers, people: people,
            consent: fields.consent)
    }

    // MARK: - Reporting

    private func line(of node: FrontMatterNode) -> Int? {
        node.mark.map { $0.line + lineOffset }
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, code: DiagnosticCode, at node: FrontMatterNode, field: String? = nil, index: Int? = nil,
        _ summary: String, hint: String? = nil
    ) {
        report(
            severity, code: code, line: line(of: node), column: node.mark?.column, field: field, index: index,
            summary, hint: hint)
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, code: DiagnosticCode, line: Int?, column: Int?, field: String? = nil,
        index: Int? = nil, _ summary: String, hint: String? = nil
    ) {
        diagnostics.append(
            Diagnostic(
                severity, code: code, file: path, line: line, column: column, field: field, index: index,
                summary: summary, hint: hint))
    }
}
