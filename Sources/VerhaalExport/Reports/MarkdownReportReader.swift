import VerhaalKit

/// A Markdown report split at its headings by cmark; every other block keeps its Markdown.
enum MarkdownReportReader {
    static func read(_ original: String, fileTitle: String) -> Report {
        var text = original.replacingOccurrences(of: "\r\n", with: "\n")
        // Front matter is no part of the report.
        if text.hasPrefix("---\n"), let document = try? FrontMatterDocument(splitting: text) {
            text = document.body
        }
        let lines = text.components(separatedBy: "\n")
        let blocks: [Report.Block] = Markdown.outline(of: text).map { block in
            if let level = block.headingLevel { return .heading(level: level, text: block.headingText ?? "") }
            let upper = min(block.lines.upperBound, lines.count)
            let lower = min(block.lines.lowerBound, upper)
            return .paragraph(lines[max(lower - 1, 0)..<upper].joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
        return Report(blocks: blocks, fileTitle: fileTitle)
    }
}
