import Foundation
import VerhaalKit

/// A LibreOffice report: the headings (`text:h`, or a paragraph in the Title style) and
/// paragraphs of its `content.xml`, with bold, italic and links from its automatic styles.
enum ODTReportReader {
    static func read(_ data: Data, fileName: String, fileTitle: String) throws -> Report {
        let package = try ReportReader.package(data, fileName: fileName)
        let content = try ReportReader.part("content.xml", of: package, fileName: fileName)
        let meta = try? ReportReader.part("meta.xml", of: package, fileName: fileName)
        let styles = Styles(content.element("automatic-styles"))
        var blocks: [Report.Block] = []
        for text in content.element("body")?.element("text")?.elements ?? [] {
            blocks += Self.blocks(of: text, styles: styles)
        }
        let created = meta?.descendants("creation-date").first?.text
        return Report(blocks: blocks, fileTitle: fileTitle, documentDate: ReportReader.date(created))
    }

    private static func blocks(of element: XMLElementTree, styles: Styles) -> [Report.Block] {
        switch element.name {
        case "h":
            let level = Int(element.attribute("outline-level") ?? "") ?? 1
            return [.heading(level: level, text: element.text.trimmingCharacters(in: .whitespaces))]
        case "p":
            let text = InlineRun.markdown(runs(element, styles: styles, base: InlineRun(text: ""))).trimmingCharacters(in: .whitespaces)
            if styles.isTitle(element.attribute("style-name")) { return [.heading(level: 1, text: element.text)] }
            return text.isEmpty ? [] : [.paragraph(text)]
        case "list":
            let items = element.elements("list-item").map { item in
                item.elements("p").map { InlineRun.markdown(runs($0, styles: styles, base: InlineRun(text: ""))) }.joined(separator: " ")
            }
            return items.isEmpty ? [] : [.paragraph(items.map { "- " + $0 }.joined(separator: "\n"))]
        case "section":
            return element.elements.flatMap { blocks(of: $0, styles: styles) }
        default:
            return []
        }
    }

    private static func runs(_ element: XMLElementTree, styles: Styles, base: InlineRun) -> [InlineRun] {
        var runs: [InlineRun] = []
        for child in element.children {
            switch child {
            case .text(let text):
                var run = base
                run.text = text
                runs.append(run)
            case .element(let inner):
                var style = base
                switch inner.name {
                case "span":
                    let marks = styles.marks(inner.attribute("style-name"))
                    style.bold = style.bold || marks.bold
                    style.italic = style.italic || marks.italic
                    runs += Self.runs(inner, styles: styles, base: style)
                case "a":
                    style.link = inner.attribute("href")
                    runs += Self.runs(inner, styles: styles, base: style)
                case "s":
                    style.text = String(repeating: " ", count: Int(inner.attribute("c") ?? "") ?? 1)
                    runs.append(style)
                case "tab":
                    style.text = " "
                    runs.append(style)
                case "line-break":
                    style.text = "\n"
                    runs.append(style)
                default: break
                }
            }
        }
        return runs
    }

    /// The automatic styles that make text bold or italic, and those of title paragraphs.
    struct Styles {
        var bold: Set<String> = []
        var italic: Set<String> = []
        var titles: Set<String> = []

        init(_ automatic: XMLElementTree?) {
            for style in automatic?.elements("style") ?? [] {
                guard let name = style.attribute("name") else { continue }
                let properties = style.element("text-properties")
                if properties?.attribute("font-weight") == "bold" { bold.insert(name) }
                if properties?.attribute("font-style") == "italic" { italic.insert(name) }
                if style.attribute("parent-style-name") == "Title" { titles.insert(name) }
            }
        }

        func marks(_ name: String?) -> (bold: Bool, italic: Bool) {
            guard let name else { return (false, false) }
            return (bold.contains(name) || name == "Strong_20_Emphasis", italic.contains(name) || name == "Emphasis")
        }

        func isTitle(_ name: String?) -> Bool { name == "Title" || name.map(titles.contains) == true }
    }
}
