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

    /// The path of a composition's file, relative to the library root.
    public static func compositionPath(_ name: String) -> String {
        "\(storiesFolder)/\(compositionsFolder)/\(name).yaml"
    }
}

extension LibraryStore {
    /// Every composition file read once: the compositions without errors, and the problems
    /// (YAML, keys, fields, and ids that name no usable entry) of all of them.
    /// `entry` gives the usable entry with an id, if there is one.
    func readCompositions(framework: Framework, entry: (String) -> Entry?, withdrawn: [String: Tombstone] = [:]) -> (
        compositions: [String: Composition], diagnostics: [Diagnostic]
    ) {
        var compositions: [String: Composition] = [:]
        var diagnostics: [Diagnostic] = []
        for name in compositionNames() {
            let url = compositionsURL.appendingPathComponent("\(name).yaml")
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let path = relativePath(of: url)
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .compositionNotUTF8, file: path, summary: "the composition is not UTF-8 text",
                        hint: "save it as UTF-8"))
                continue
            }
            if !EntryID.isValid(name) {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .compositionInvalidName, file: path, summary: "invalid composition name '\(name)'",
                        hint: "rename it to '\(EntryID.slug(from: name)).yaml'"))
            }
            let (parsed, problems) = CompositionParser(framework: framework).parse(text, id: name, path: path)
            diagnostics += problems
            guard let composition = parsed else { continue }
            let lines = FrontMatterDocument.lines(of: text)
            for tombstone in CompositionValidator.withdrawn(in: composition, withdrawn: withdrawn) {
                diagnostics.append(tombstone.warning(file: path, line: lines.firstIndex { $0.contains(tombstone.id) }.map { $0 + 1 }))
            }
            for problem in CompositionValidator.problems(in: composition, entry: entry, withdrawn: withdrawn) {
                let line = lines.firstIndex { $0.contains(problem.id) }.map { $0 + 1 }
                diagnostics.append(
                    Diagnostic(
                        .error, code: problem.code, file: path, line: line, column: line == nil ? nil : 1,
                        summary: problem.summary, hint: problem.hint))
            }
            if !diagnostics.contains(where: { $0.file == path && $0.severity == .error }) {
                compositions[name] = composition
            }
        }
        return (compositions, diagnostics)
    }
}
