import Foundation
import VerhaalKit

/// Reads the codes of a REFI-QDA project that a QDA tool sent back, and matches its sources to
/// the library's stories by the GUIDs `export-qda` gave them (for either audience). Codes that
/// Verhaal wrote itself (lessons, perspectives, tags, kinds) are not brought back.
public enum QDACodeReader {
    /// A coding on a source: the code's name, and the passage it covers unless it covers all.
    struct Coding {
        var code: String
        var range: Range<Int>?
    }

    /// The codes to apply. `validation` checks `project.qde` first; an invalid project is refused.
    public static func read(
        _ data: Data, fileName: String, library: Library, prefix: String, validation: QDAValidation?
    ) throws -> CodesToApply {
        let package = try ReportReader.package(data, fileName: fileName)
        guard let qde = package.entries.first(where: { $0.path == "project.qde" }) else {
            throw VerhaalError("\(fileName) has no project.qde", hint: "export the project from your QDA tool as REFI-QDA (.qdpx)")
        }
        if let issues = validation?.problems(inProject: qde.data), !issues.isEmpty {
            throw VerhaalError(
                "\(fileName): project.qde is not valid REFI-QDA:\n"
                    + issues.prefix(5).map { "  line \($0.line): \($0.message)" }.joined(separator: "\n"),
                hint: "export it again from your QDA tool as a REFI-QDA project")
        }
        guard let project = XMLElementTree.parse(qde.data, name: "project.qde") else {
            throw VerhaalError("\(fileName): project.qde is not well-formed XML", hint: "export it again from your QDA tool")
        }
        let own = ownCodes(library)
        var codeNames: [String: String] = [:]
        func collect(_ code: XMLElementTree) {
            if let guid = code.attribute("guid")?.lowercased(), !own.contains(guid) { codeNames[guid] = code.attribute("name") ?? "" }
            for child in code.elements("Code") { collect(child) }
        }
        for code in project.element("CodeBook")?.element("Codes")?.elements("Code") ?? [] { collect(code) }

        let stories = storyGUIDs(library)
        var tags: [String: [String]] = [:]
        var annotations: [Annotation] = []
        var unknown: [String] = []
        for source in project.element("Sources")?.elements("TextSource") ?? [] {
            let codings = self.codings(of: source, names: codeNames)
            guard !codings.isEmpty else { continue }
            guard let guid = source.attribute("guid")?.lowercased(), let id = stories[guid] else {
                unknown.append(source.attribute("name") ?? source.attribute("guid") ?? "?")
                continue
            }
            let text = Array(sourceText(source, package: package).unicodeScalars)
            for coding in codings {
                let tag = prefix + EntryID.slug(from: coding.code)
                guard let range = coding.range, range != 0..<text.count else {
                    if !(tags[id] ?? []).contains(tag) { tags[id, default: []].append(tag) }
                    continue
                }
                let lower = max(0, min(range.lowerBound, text.count))
                let upper = max(lower, min(range.upperBound, text.count))
                var passage = String.UnicodeScalarView()
                passage.append(contentsOf: text[lower..<upper])
                annotations.append(Annotation(story: id, code: tag, passage: String(passage), start: lower, end: upper))
            }
        }
        return CodesToApply(tags: tags, annotations: annotations, unknownSources: unknown)
    }

    private static func codings(of source: XMLElementTree, names: [String: String]) -> [Coding] {
        func codes(_ element: XMLElementTree) -> [String] {
            element.elements("Coding").compactMap { coding in
                coding.element("CodeRef")?.attribute("targetGUID").flatMap { names[$0.lowercased()] }
            }
        }
        var result = codes(source).map { Coding(code: $0, range: nil) }
        for selection in source.elements("PlainTextSelection") {
            guard let start = Int(selection.attribute("startPosition") ?? ""), let end = Int(selection.attribute("endPosition") ?? ""),
                start <= end
            else { continue }
            result += codes(selection).map { Coding(code: $0, range: start..<end) }
        }
        return result
    }

    /// The source's text: its `PlainTextContent`, or its file in the package's `Sources/`.
    private static func sourceText(_ source: XMLElementTree, package: ODFPackage) -> String {
        if let content = source.element("PlainTextContent") { return content.text }
        guard let path = source.attribute("plainTextPath") else { return "" }
        let name = path.hasPrefix("internal://") ? "Sources/" + path.dropFirst("internal://".count) : path
        return package.entries.first { $0.path == name }.flatMap { String(data: $0.data, encoding: .utf8) } ?? ""
    }

    /// The GUID of every story as a network export and as a public export would write it.
    static func storyGUIDs(_ library: Library) -> [String: String] {
        var result: [String: String] = [:]
        for audience in Audience.allCases {
            let privacy = DocumentPrivacy(library: library, audience: audience, pseudonyms: nil)
            for entry in library.entries {
                result[QDAGUID.story(privacy.id(entry.id))] = entry.id
                result[QDAGUID.story(entry.id)] = entry.id
            }
        }
        return result
    }

    /// The GUIDs of the codes `export-qda` writes for this library.
    static func ownCodes(_ library: Library) -> Set<String> {
        let project = QDAProject(library: library, audience: .network, entries: [])
        var guids = Set(project.codes.flatMap { [$0.guid] + $0.children.map(\.guid) })
        for tag in library.tags { guids.insert(QDAGUID.make("code", "tag/\(tag)")) }
        return guids
    }
}
