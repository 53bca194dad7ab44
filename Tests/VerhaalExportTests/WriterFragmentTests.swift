import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// Writer tests in pandoc's style: one block in, the exact XML fragment out, for each block
/// kind and each text format. A change in a fragment is a change in every document.
@Suite struct WriterFragmentTests {
    static let cases: [(name: String, block: Block)] = [
        (
            "paragraph",
            .paragraph([
                .text("a "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "),
                .code("d"), .lineBreak, .link(url: "https://e.nl/?x=1&y=2", [.text("f")]), .text(" "),
                .reference(targetID: "2019-zes", [.text("g")]),
            ])
        ),
        ("heading", .heading(level: 2, [.text("Kop")])),
        (
            "list",
            .list(
                ordered: true,
                items: [
                    [.paragraph([.text("een")])],
                    [
                        .paragraph([.text("twee")]),
                        .list(ordered: false, items: [[.paragraph([.text("drie")])]]),
                    ],
                ])
        ),
        ("blockQuote", .blockQuote([.paragraph([.text("geciteerd")])])),
        ("code", .code("let x = 1 < 2")),
        (
            "quote",
            .quote(
                QuoteBlock(
                    id: "2019-wij", title: "Wij", content: [.paragraph([.text("Samen.")])],
                    attribution: "Christoffel Klap", meta: [.text("12 juni 2019")]))
        ),
        (
            "anecdote",
            .anecdote(
                AnecdoteBlock(
                    id: "zes", title: "Zes", meta: [.text("Paul · Breda")],
                    content: [.paragraph([.text("Tekst.")])]))
        ),
        ("questions", .questions(title: "Vragen", [[.text("Wie?")], [.text("Wat?")]])),
        (
            "table",
            .table(
                TableBlock(
                    title: nil, header: ["A", "B"], rows: [.init(id: "bron-zes", cells: [[.text("1")], [.text("2")]])],
                    role: "sources"))
        ),
        ("references", .references(title: "Eerder", [EntryReference(targetID: "zes", title: "Zes", teller: "Paul", kind: .anecdote)])),
        ("markdown", .markdown("Een *tekst*.")),
        (
            "figure",
            .figure(
                FigureBlock(
                    id: "patroon-pendule~rol", title: "Pendule × rol", description: "Histogrammen & <3",
                    svg: Data(
                        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"240\"><title>P &amp; R</title><rect width=\"10\" height=\"5\"/></svg>"
                            .utf8), width: 480, height: 240))
        ),
    ]

    static func document(_ block: Block) -> Narrative {
        Narrative(title: "T", language: "nl", sections: [Section(id: "s", title: "S", blocks: [block])])
    }

    static func docBookFragment(_ block: Block) throws -> String {
        let text = String(decoding: try DocBookWriter.write(document(block)), as: UTF8.self)
        let start = try #require(text.range(of: "<section xml:id=\"s\"><title>S</title>"))
        let end = try #require(text.range(of: "</section>", options: .backwards))
        return String(text[start.upperBound..<end.lowerBound])
    }

    static func odtFragment(_ block: Block) throws -> String {
        let text = String(decoding: try FlatODTWriter.write(document(block)), as: UTF8.self)
        let heading = try #require(text.range(of: "<text:bookmark text:name=\"s\"/>S</text:h>"))
        let end = try #require(text.range(of: "</office:text>"))
        return String(text[heading.upperBound..<end.lowerBound])
    }

    static let folder = XMLTestSupport.packageRoot.appendingPathComponent("Tests/Golden/Fragments")

    /// Each fragment against its file in `Tests/Golden/Fragments/` (`NAME.docbook.xml`,
    /// `NAME.odt.xml`); `VERHAAL_RECORD_EXPORTS=1 swift test` writes them anew.
    @Test(arguments: cases.map(\.name))
    func eachBlockKindGivesItsExactFragment(_ name: String) throws {
        let block = try #require(Self.cases.first { $0.name == name }).block
        let record = ProcessInfo.processInfo.environment["VERHAAL_RECORD_EXPORTS"] == "1"
        for (format, fragment) in [("docbook", try Self.docBookFragment(block)), ("odt", try Self.odtFragment(block))] {
            let file = Self.folder.appendingPathComponent("\(name).\(format).xml")
            if record {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(fragment.utf8).write(to: file)
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(fragment == expected, "\(name) in \(format):\n\(fragment)")
        }
    }
}
