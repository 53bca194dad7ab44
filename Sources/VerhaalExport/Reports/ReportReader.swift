import Foundation
import VerhaalKit

/// Reads a travel report from a LibreOffice (`.odt`), Word (`.docx`) or Markdown (`.md`) file.
public enum ReportReader {
    public static func read(_ data: Data, fileName: String) throws -> Report {
        let fileTitle = (fileName as NSString).deletingPathExtension
        switch (fileName as NSString).pathExtension.lowercased() {
        case "odt": return try ODTReportReader.read(data, fileName: fileName, fileTitle: fileTitle)
        case "docx": return try DOCXReportReader.read(data, fileName: fileName, fileTitle: fileTitle)
        default:
            guard let text = String(data: data, encoding: .utf8) else {
                throw VerhaalError("\(fileName) is not UTF-8 text", hint: "save it as UTF-8 and try again")
            }
            return MarkdownReportReader.read(text, fileTitle: fileTitle)
        }
    }

    /// The named part of a zip (an `.odt` or `.docx`), parsed.
    static func part(_ path: String, of package: ODFPackage, fileName: String) throws -> XMLElementTree {
        guard let entry = package.entries.first(where: { $0.path == path }) else {
            throw VerhaalError("\(fileName) has no \(path)", hint: "open it in LibreOffice or Word and save it again")
        }
        guard let tree = XMLElementTree.parse(entry.data, name: path) else {
            throw VerhaalError("\(fileName): \(path) is not well-formed XML", hint: "open it in LibreOffice or Word and save it again")
        }
        return tree
    }

    static func package(_ data: Data, fileName: String) throws -> ODFPackage {
        do {
            return try ODFPackage(data: data)
        } catch {
            throw VerhaalError("\(fileName) is not a document Verhaal can open (not a zip file)", hint: "save it again as .odt or .docx")
        }
    }

    /// A date at the start of a metadata value (`2019-06-12T10:00:00`).
    static func date(_ text: String?) -> LocalDate? {
        text.flatMap { LocalDate(String($0.prefix(10))) }
    }
}

/// Inline text with its marks, turned into Markdown: `**bold**`, `*italic*`, `[text](link)`.
struct InlineRun {
    var text: String
    var bold = false
    var italic = false
    var link: String?

    static func markdown(_ runs: [InlineRun]) -> String {
        var result = ""
        for run in runs where !run.text.isEmpty {
            let leading = String(run.text.prefix { $0 == " " })
            let trailing = String(run.text.reversed().prefix { $0 == " " })
            var core = run.text.trimmingCharacters(in: .whitespaces)
            guard !core.isEmpty else {
                result += run.text
                continue
            }
            if run.italic { core = "*\(core)*" }
            if run.bold { core = "**\(core)**" }
            if let link = run.link { core = "[\(core)](\(link))" }
            result += leading + core + trailing
        }
        return result.replacingOccurrences(of: "****", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
    }
}
