import Foundation
import VerhaalKit

/// A Word report: the paragraphs of its `word/document.xml`, headings by their style
/// (`Heading1`, `Kop1`, `Title`) or outline level, with bold, italic, lists and links.
enum DOCXReportReader {
    static func read(_ data: Data, fileName: String, fileTitle: String) throws -> Report {
        let package = try ReportReader.package(data, fileName: fileName)
        let document = try ReportReader.part("word/document.xml", of: package, fileName: fileName)
        let relations =
            (try? ReportReader.part("word/_rels/document.xml.rels", of: package, fileName: fileName))?.elements("Relationship") ?? []
        let links = Dictionary(
            relations.compactMap { relation in relation.attribute("Id").map { ($0, relation.attribute("Target") ?? "") } }
        ) {
            first, _ in first
        }
        let core = try? ReportReader.part("docProps/core.xml", of: package, fileName: fileName)
        var blocks: [Report.Block] = []
        var listItems: [String] = []
        func endList() {
            if !listItems.isEmpty { blocks.append(.paragraph(listItems.map { "- " + $0 }.joined(separator: "\n"))) }
            listItems = []
        }
        for paragraph in document.element("body")?.elements("p") ?? [] {
            let properties = paragraph.element("pPr")
            let style = properties?.element("pStyle")?.attribute("val") ?? ""
            let text = InlineRun.markdown(runs(paragraph, links: links, link: nil)).trimmingCharacters(in: .whitespaces)
            if let level = headingLevel(style: style, outline: properties?.element("outlineLvl")?.attribute("val")) {
                endList()
                blocks.append(.heading(level: level, text: paragraph.descendants("t").map(\.text).joined()))
            } else if properties?.element("numPr") != nil || style.hasPrefix("List") {
                if !text.isEmpty { listItems.append(text) }
            } else {
                endList()
                if !text.isEmpty { blocks.append(.paragraph(text)) }
            }
        }
        endList()
        let created = core?.descendants("created").first?.text
        return Report(blocks: blocks, fileTitle: fileTitle, documentDate: ReportReader.date(created))
    }

    /// `Title` is level 1; `Heading2`, `Kop2` and an outline level of 1 are level 2.
    static func headingLevel(style: String, outline: String?) -> Int? {
        if style == "Title" || style == "Titel" { return 1 }
        for prefix in ["Heading", "heading", "Kop"] where style.hasPrefix(prefix) {
            if let level = Int(style.dropFirst(prefix.count)) { return level }
        }
        return outline.flatMap(Int.init).map { $0 + 1 }
    }

    private static func runs(_ element: XMLElementTree, links: [String: String], link: String?) -> [InlineRun] {
        var runs: [InlineRun] = []
        for child in element.elements {
            switch child.name {
            case "r":
                let properties = child.element("rPr")
                func on(_ name: String) -> Bool {
                    guard let mark = properties?.element(name) else { return false }
                    return !["0", "false"].contains(mark.attribute("val") ?? "true")
                }
                for part in child.elements {
                    let text: String
                    switch part.name {
                    case "t": text = part.text
                    case "tab": text = " "
                    case "br": text = "\n"
                    default: continue
                    }
                    runs.append(InlineRun(text: text, bold: on("b"), italic: on("i"), link: link))
                }
            case "hyperlink":
                runs += Self.runs(child, links: links, link: child.attribute("id").flatMap { links[$0] } ?? link)
            case "smartTag", "ins", "sdt", "sdtContent":
                runs += Self.runs(child, links: links, link: link)
            default: break
            }
        }
        return runs
    }
}
