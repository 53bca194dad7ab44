import Foundation

/// Reads one entry file into an `Entry`, reporting every problem it finds as a diagnostic.
///
/// Checks that need the other entries (duplicate ids, `visit` references) are done by
/// `LibraryChecker`.
public struct EntryParser: Sendable {
    public var framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    /// Parses file bytes. The entry comes back whenever it could be built, also when some of
    /// the diagnostics are errors; callers decide whether to use it.
    /// `path` is relative to the library root and names the file in diagnostics.
    public func parse(data: Data, path: String) -> ParsedEntryFile {
        guard let text = String(validating: data, as: UTF8.self) else {
            return ParsedEntryFile(
                entry: nil,
                diagnostics: [
                    Diagnostic(
                        .error, code: .invalidUTF8, file: path, line: FileLineLocator.firstInvalidUTF8Line(in: data),
                        summary: "the file is not valid UTF-8 text",
                        hint: "save the file as UTF-8 in your editor (\"Save with encoding: UTF-8\")")
                ]
            )
        }
        return parse(text: text, path: path)
    }

    /// Counts the parses made within a task, for a test that a change parses its draft once.
    @TaskLocal public static var parses: Locked<Int>?

    /// Parses file text. `path` is relative to the library root and names the file in diagnostics.
    public func parse(text: String, path: String) -> ParsedEntryFile {
        Self.parses?.withLock { $0 += 1 }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        var diagnostics: [Diagnostic] = []
        if let tooLarge = ReadingLimits.sizeProblem(bytes: text.utf8.count) {
            return ParsedEntryFile(
                entry: nil,
                diagnostics: [
                    Diagnostic(
                        .error, code: tooLarge.code, file: path, field: Diagnostic.textField,
                        summary: tooLarge.summary, hint: tooLarge.hint)
                ]
            )
        }
        if let problem = EntryID.problem(with: id) {
            diagnostics.append(
                Diagnostic(
                    .error, code: .invalidID, file: path, summary: "invalid id '\(id)': \(problem)",
                    hint: "rename the file to '\(EntryID.slug(from: id)).md'"))
        }
        if let forbidden = CharacterRule.problem(inFile: text, path: path) { diagnostics.append(forbidden) }
        let document: FrontMatterDocument
        do {
            document = try FrontMatterDocument(splitting: text)
        } catch {
            diagnostics.append(Self.layoutProblem(error, path: path))
            return ParsedEntryFile(entry: nil, diagnostics: diagnostics)
        }
        var reader = FrontMatterReader(
            path: path, lineOffset: document.yamlFirstLine - 1, framework: framework)
        let entry = reader.read(
            yaml: document.yaml, id: id, body: document.body, bodyLine: document.bodyFirstLine)
        diagnostics += reader.diagnostics
        return ParsedEntryFile(entry: entry, diagnostics: diagnostics)
    }

    /// A file without front matter, or with front matter that is never closed.
    private static func layoutProblem(_ error: FrontMatterDocument.SplitError, path: String) -> Diagnostic {
        switch error {
        case .missingOpening:
            Diagnostic(
                .error, code: .missingFrontMatter, file: path, line: 1, column: 1,
                summary: "the file does not start with front matter ('---')",
                hint: "start the file with a line '---', the fields (kind, title, date, teller), and another '---'")
        case .missingClosing:
            Diagnostic(
                .error, code: .unclosedFrontMatter, file: path, line: 1, column: 1,
                summary: "the front matter opened on line 1 is never closed",
                hint: "add a line '---' after the last field, before the text")
        }
    }
}
