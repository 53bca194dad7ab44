import Foundation

extension LibraryStore {
    /// The folder with the composition files.
    public var compositionsURL: URL { storiesURL.appendingPathComponent(Self.compositionsFolder) }

    /// The names of the compositions in `Stories/verhalen/`, sorted, with the built-in
    /// `wenkend-perspectief` first when no file overrides it.
    public func compositionNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: compositionsURL.path)) ?? []
        let names = files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".yaml".count)) }
            .sorted()
        return names.contains(Composition.defaultName) ? names : [Composition.defaultName] + names
    }

    /// Reads the composition `name`, or the built-in template for `wenkend-perspectief`.
    public func composition(named name: String, framework: Framework) throws -> Composition {
        guard EntryID.isValid(name) else {
            throw VerhaalError("'\(name)' is not a valid composition name",
                               hint: "names are file names in Stories/verhalen/ without .yaml, e.g. \(Composition.defaultName)")
        }
        let url = compositionsURL.appendingPathComponent("\(name).yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if name == Composition.defaultName { return Composition(id: name) }
            throw VerhaalError("no composition '\(name)'",
                               hint: "compositions are: \(compositionNames().joined(separator: ", ")); add Stories/verhalen/\(name).yaml to make one")
        }
        let path = relativePath(of: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw VerhaalError("\(path) is not UTF-8 text", hint: "save it as UTF-8")
        }
        let (composition, diagnostics) = CompositionParser(framework: framework)
            .parse(text, id: name, path: path)
        guard let composition, !diagnostics.containsErrors else {
            throw VerhaalError("the composition \(path) has errors", diagnostics: diagnostics)
        }
        return composition
    }
}

extension LibraryStore {
    /// Problems in the composition files: YAML, fields, and ids that name no usable entry.
    func compositionDiagnostics(framework: Framework, entries: [Entry]) -> [Diagnostic] {
        let known = Set(entries.map(\.id))
        var diagnostics: [Diagnostic] = []
        for name in compositionNames() {
            let url = compositionsURL.appendingPathComponent("\(name).yaml")
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let path = relativePath(of: url)
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, code: .compositionNotUTF8, file: path, summary: "the composition is not UTF-8 text",
                                              hint: "save it as UTF-8"))
                continue
            }
            if !EntryID.isValid(name) {
                diagnostics.append(Diagnostic(.error, code: .compositionInvalidName, file: path, summary: "invalid composition name '\(name)'",
                                              hint: "rename it to '\(EntryID.slug(from: name)).yaml'"))
            }
            let (composition, problems) = CompositionParser(framework: framework).parse(text, id: name, path: path)
            diagnostics += problems
            guard let composition else { continue }
            let byID = Dictionary(entries.map { ($0.id, $0) }) { first, _ in first }
            let lines = FrontMatterDocument.lines(of: text)
            for problem in CompositionValidator.problems(in: composition, entry: { byID[$0] }) {
                let line = lines.firstIndex { $0.contains(problem.id) }.map { $0 + 1 }
                diagnostics.append(Diagnostic(
                    .error, code: problem.code, file: path, line: line, column: line == nil ? nil : 1,
                    summary: problem.summary, hint: problem.hint))
            }
        }
        return diagnostics
    }
}
