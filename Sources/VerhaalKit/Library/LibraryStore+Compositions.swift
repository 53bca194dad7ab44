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
