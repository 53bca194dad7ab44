import Foundation
import VerhaalKit
import ZIPFoundation

/// Writes a `QDAProject` as REFI-QDA 1.0: the `project.qde` XML, the `.qdpx` zip with the
/// stories' texts in `Sources/`, or the codebook alone (`.qdc`). The same project gives the
/// same bytes.
public enum QDAProjectWriter {
    public static let projectNamespace = "urn:QDA-XML:project:1.0"
    public static let codebookNamespace = "urn:QDA-XML:codebook:1.0"

    /// The `.qdpx`: `project.qde` and one UTF-8 text per story in `Sources/`. `project`
    /// is the `project.qde` already written, e.g. to validate it first.
    public static func package(_ project: QDAProject, projectXML qde: Data? = nil) throws -> Data {
        guard project.sources.count + 1 > QDAZip.maximumEntries else {
            // The project's XML is written and deflated while the other cores deflate the texts.
            let paths = ["project.qde"] + project.sources.map { "Sources/\($0.path)" }
            let deflated = Locked<[QDAZip.Deflated?]>.slots(paths.count)
            let failure = Locked<Error?>(nil)
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                do {
                    let data = index == 0 ? try qde ?? projectXML(project) : Data(project.sources[index - 1].text.utf8)
                    let part = try QDAZip.deflate(data)
                    deflated.withLock { $0[index] = part }
                } catch {
                    failure.withLock { $0 = error }
                }
            }
            if let error = failure.withLock({ $0 }) { throw error }
            var archive = QDAZip()
            for (path, part) in zip(paths, deflated.withLock { $0 }) {
                guard let part else { continue }
                archive.add(path, part)
            }
            return archive.finish()
        }
        let qde = try qde ?? projectXML(project)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-qdpx-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let archive = try Archive(url: scratch, accessMode: .create)
        func add(_ path: String, _ data: Data) throws {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: ODFZip.entryDate, permissions: 0o644,
                compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        try add("project.qde", qde)
        for source in project.sources {
            try add("Sources/\(source.path)", Data(source.text.utf8))
        }
        return try Data(contentsOf: scratch)
    }

    /// `project.qde`.
    public static func projectXML(_ project: QDAProject) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.start("Project")
        try xml.attribute("xmlns", projectNamespace)
        try xml.attribute("name", project.name)
        try xml.attribute("origin", "Verhaal")
        try xml.attribute("creatingUserGUID", QDAProject.userGUID)
        try xml.newline()
        try xml.start("Users")
        try xml.start("User")
        try xml.attribute("guid", QDAProject.userGUID)
        try xml.attribute("name", "Verhaal")
        try xml.end()
        try xml.end()
        try xml.newline()
        if !project.codes.isEmpty {
            try xml.start("CodeBook")
            try codes(project.codes, xml)
            try xml.end()
            try xml.newline()
        }
        try xml.start("Variables")
        for variable in project.variables {
            try xml.start("Variable")
            try xml.attribute("guid", variable.guid)
            try xml.attribute("name", variable.name)
            try xml.attribute("typeOfVariable", variable.type)
            if let description = variable.description { try xml.element("Description", text: description) }
            try xml.end()
            try xml.newline()
        }
        try xml.end()
        try xml.newline()
        if !project.cases.isEmpty {
            try xml.start("Cases")
            for item in project.cases {
                try xml.start("Case")
                try xml.attribute("guid", item.guid)
                try xml.attribute("name", item.name)
                for source in item.sources { try reference("SourceRef", source, xml) }
                try xml.end()
                try xml.newline()
            }
            try xml.end()
            try xml.newline()
        }
        if !project.sources.isEmpty {
            try xml.start("Sources")
            for source in project.sources { try self.source(source, xml) }
            try xml.end()
            try xml.newline()
        }
        try xml.end()
        return try xml.finish()
    }

    /// The codebook alone, as a `.qdc`.
    public static func codebookXML(_ project: QDAProject) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.start("CodeBook")
        try xml.attribute("xmlns", codebookNamespace)
        try xml.attribute("origin", "Verhaal")
        try xml.newline()
        try codes(project.codes, xml)
        try xml.end()
        return try xml.finish()
    }

    private static func codes(_ codes: [QDAProject.Code], _ xml: XMLWriter) throws {
        try xml.start("Codes")
        for code in codes { try self.code(code, xml) }
        try xml.end()
    }

    private static func code(_ code: QDAProject.Code, _ xml: XMLWriter) throws {
        try xml.start("Code")
        try xml.attribute("guid", code.guid)
        try xml.attribute("name", code.name)
        try xml.attribute("isCodable", code.children.isEmpty ? "true" : "false")
        if let color = code.color { try xml.attribute("color", color) }
        for child in code.children { try self.code(child, xml) }
        try xml.end()
        try xml.newline()
    }

    private static func source(_ source: QDAProject.Source, _ xml: XMLWriter) throws {
        try xml.start("TextSource")
        try xml.attribute("guid", source.guid)
        try xml.attribute("name", source.name)
        try xml.attribute("plainTextPath", "internal://\(source.path)")
        try xml.attribute("creatingUser", QDAProject.userGUID)
        try xml.element("Description", text: source.id)
        let length = source.text.unicodeScalars.count
        // One selection of the whole text holds every code the story has.
        if !source.codes.isEmpty {
            try xml.start("PlainTextSelection")
            try xml.attribute("guid", QDAGUID.make("selection", source.guid))
            try xml.attribute("startPosition", "0")
            try xml.attribute("endPosition", "\(length)")
            for code in source.codes {
                try xml.start("Coding")
                try xml.attribute("guid", QDAGUID.make("coding", "\(source.guid)/\(code)"))
                try reference("CodeRef", code, xml)
                try xml.end()
            }
            try xml.end()
        }
        for value in source.values {
            try xml.start("VariableValue")
            try reference("VariableRef", value.variable, xml)
            try xml.element(valueElement(value.type), text: value.value)
            try xml.end()
        }
        try xml.end()
        try xml.newline()
    }

    static func valueElement(_ type: String) -> String {
        switch type {
        case "Integer": "IntegerValue"
        case "Boolean": "BooleanValue"
        case "Date": "DateValue"
        default: "TextValue"
        }
    }

    private static func reference(_ name: String, _ guid: String, _ xml: XMLWriter) throws {
        try xml.start(name)
        try xml.attribute("targetGUID", guid)
        try xml.end()
    }
}
