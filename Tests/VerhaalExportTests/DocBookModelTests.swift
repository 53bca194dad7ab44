import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// Every block and inline of the document model as DocBook, valid against the schema.
@Suite(.serialized) struct DocBookModelTests {
    static let narrative = Narrative(
        title: "Alle blokken", subtitle: "Sub", authors: ["A", "B"], date: LocalDate("2020-01-02"),
        language: "en", keywords: ["k"],
        sections: [
            Section(
                id: "s1", title: "Een",
                blocks: [
                    .paragraph([
                        .text("t "), .emphasis([.text("e")]), .strong([.text("s")]), .code("c"),
                        .link(url: "https://example.org/?a=1&b=2", [.text("l")]), .lineBreak,
                        .reference(targetID: "q1", [.text("r")]),
                    ]),
                    .heading(level: 2, [.text("Kop")]),
                    .list(ordered: true, items: [[.paragraph([.text("1")]), .list(ordered: false, items: [[]])]]),
                    .blockQuote([.paragraph([.text("bq")])]),
                    .code("let x = 1 < 2"),
                    .quote(QuoteBlock(id: "q1", content: [], attribution: "", meta: [])),
                    .anecdote(AnecdoteBlock(id: "a1", title: "A", meta: [], content: [])),
                    .questions(title: nil, [[.text("?")]]),
                    .table(TableBlock(title: "Tabel", header: ["h"], rows: [.init(id: "r1", cells: [[.text("c")]])], role: "x")),
                    .references(title: "Eerder", [EntryReference(targetID: "a1", title: "A", teller: "T", kind: .anecdote)]),
                    // Found by the writer fuzz target: a table without rows made invalid DocBook.
                    .table(TableBlock(title: nil, header: ["leeg"], rows: [], role: "x")),
                    .paragraph([.text("  twee  spaties\ten een tab")]),
                    .figure(
                        FigureBlock(
                            id: "2019-figuur", title: "Figuur <1> & zo", description: "Een staaf: 4",
                            svg: Data(
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"120\"><text x=\"1\" y=\"10\">a &amp; b</text></svg>"
                                    .utf8), width: 480, height: 120)),
                ], subsections: [Section(title: "Leeg")]),
            // Found by the writer fuzz target: reflection questions without a question.
            Section(id: "geen-vragen", title: "Geen vragen", blocks: [.questions(title: nil, []), .list(ordered: true, items: [])]),
            // Found by the writer fuzz target: a section whose only text is empty.
            Section(id: "leeg", title: "Leeg", blocks: [.markdown("")]),
            Section(id: "app", title: "Bijlage", kind: .appendix),
        ])

    @Test(arguments: ExportFormat.available)
    func everyBlockKindValidates(_ format: ExportFormat) throws {
        let data = try Exporter.render(Self.narrative, as: format)
        let issues = try XMLTestSupport.validator.validate(data, as: format)
        #expect(issues.isEmpty, "\(format): \(issues)")
    }

    @Test func odfKeepsRepeatedSpacesAndTabs() throws {
        let text = try #require(String(data: FlatODTWriter.write(Self.narrative), encoding: .utf8))
        #expect(text.contains("<text:s text:c=\"2\"/>twee <text:s/>spaties<text:tab/>en een tab"))
    }

    @Test func markdownBecomesTheModel() {
        let blocks = Markdown.blocks(from: "Een *b* **c** `d` [e](https://f)  \ng\n\n1. h\n   - i\n\n> j\n\n<b>k</b>\n")
        #expect(
            blocks == [
                .paragraph([
                    .text("Een "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "),
                    .code("d"), .text(" "), .link(url: "https://f", [.text("e")]), .lineBreak, .text("g"),
                ]),
                .list(ordered: true, items: [[.paragraph([.text("h")]), .list(ordered: false, items: [[.paragraph([.text("i")])]])]]),
                .blockQuote([.paragraph([.text("j")])]),
                .paragraph([.text("<b>k</b>")]),
            ])
    }

    @Test func gitHubFlavouredMarkdownGivesTablesStrikethroughAndAutolinks() {
        let blocks = Markdown.blocks(
            from:
                "| Wie | Wat |\n|---|:-:|\n| *Corry* | plan |\n| Paul | ~~oud~~ nieuw |\n\nZie www.mkw-platform.nl of https://example.org.\n"
        )
        #expect(
            blocks == [
                .table(
                    TableBlock(
                        header: ["Wie", "Wat"],
                        rows: [
                            .init(cells: [[.emphasis([.text("Corry")])], [.text("plan")]]),
                            .init(cells: [[.text("Paul")], [.strikethrough([.text("oud")]), .text(" nieuw")]]),
                        ], role: "markdown")),
                .paragraph([
                    .text("Zie "), .link(url: "http://www.mkw-platform.nl", [.text("www.mkw-platform.nl")]), .text(" of "),
                    .link(url: "https://example.org", [.text("https://example.org")]), .text("."),
                ]),
            ])
        #expect(Markdown.html(from: "| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<table>"))
    }

    @Test func validationReportsLineNumbers() throws {
        let schema = try #require(XMLTestSupport.docBookSchema, "install docbook5-xml")
        let invalid = Data(
            "<?xml version=\"1.0\"?>\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">\n<info><title>t</title></info>\n<nonsense/>\n</article>\n"
                .utf8)
        let issues = schema.validate(invalid)
        #expect(!issues.isEmpty)
        #expect(issues.contains { $0.line == 4 }, "\(issues)")
        let broken = schema.validate(Data("<article>\n<para>\n</article>".utf8))
        #expect(broken.first?.line == 3, "\(broken)")
    }
}
