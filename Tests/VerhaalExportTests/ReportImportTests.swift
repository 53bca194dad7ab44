import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// `import report.odt|docx|md`: a travel report becomes a travel-log entry, an anecdote per
/// second-level heading and a quote per quotation with a "— Name" line, Markdown kept.
@Suite struct ReportImportTests {
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try ZIPFoundationBridge.newArchive()
        for (path, text) in parts { try ZIPFoundationBridge.add(path, Data(text.utf8), compressed: true, to: archive) }
        return try ZIPFoundationBridge.data(of: archive)
    }

    static let odt: String = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">
        <office:automatic-styles>
        <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
        <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
        </office:automatic-styles>
        <office:body><office:text>
        <text:h text:outline-level="1">Breda: Zorg voor Elkaar</text:h>
        <text:p>Op 12 juni 2019 reisden we naar <text:span text:style-name="T1">Breda</text:span>.</text:p>
        <text:h text:outline-level="2">Zes indicatoren</text:h>
        <text:p>Ze meten <text:span text:style-name="T2">alles</text:span>, zie <text:a xlink:href="https://example.org">de site</text:a>.</text:p>
        <text:list><text:list-item><text:p>een</text:p></text:list-item><text:list-item><text:p>twee</text:p></text:list-item></text:list>
        <text:p>“We spreken elkaars taal.”</text:p>
        <text:p>— Marja Peters, wethouder</text:p>
        <text:h text:outline-level="2">De pendule</text:h>
        <text:p>Heen en weer.</text:p>
        </office:text></office:body></office:document-content>
        """

    static let docx: String = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
        <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Breda: Zorg voor Elkaar</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Op 12 juni 2019 reisden we naar </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Breda</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Zes indicatoren</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Ze meten </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>alles</w:t></w:r><w:r><w:t xml:space="preserve">, zie </w:t></w:r>\
        <w:hyperlink r:id="rId5"><w:r><w:t>de site</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>een</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>twee</w:t></w:r></w:p>
        <w:p><w:r><w:t>“We spreken elkaars taal.”</w:t></w:r></w:p>
        <w:p><w:r><w:t>— Marja Peters, wethouder</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>De pendule</w:t></w:r></w:p>
        <w:p><w:r><w:t>Heen en weer.</w:t></w:r></w:p>
        </w:body></w:document>
        """

    static let relations = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" \
        Target="https://example.org" TargetMode="External"/></Relationships>
        """

    static func expectTheBredaReport(_ report: Report) throws {
        let items = report.items(teller: "Paul", kind: .travelLog, language: .dutch)
        #expect(items.map(\.draft.kind) == [.travelLog, .anecdote, .anecdote, .quote])
        #expect(items.map(\.draft.title) == ["Breda: Zorg voor Elkaar", "Zes indicatoren", "De pendule", "We spreken elkaars taal"])
        #expect(items.allSatisfy { $0.draft.dateText == "2019-06-12" }, "the date in the report's first lines")
        #expect(items[0].draft.body == "Op 12 juni 2019 reisden we naar **Breda**.")
        #expect(items[1].draft.body == "Ze meten *alles*, zie [de site](https://example.org).\n\n- een\n- twee")
        #expect(items[3].draft.speaker == "Marja Peters" && items[3].draft.role == "wethouder")
        #expect(items[3].draft.body == "We spreken elkaars taal.")
        #expect(items.dropFirst().allSatisfy { $0.visitItem == 0 }, "every story is heard at the visit")

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try LibraryStore.create(at: root, language: "nl")
        let plan = try store.importEntries(items)
        #expect(plan.problems.isEmpty, "\(plan.problems.flatMap { $0.diagnostics.map(\.summary) })")
        let library = store.load()
        #expect(!library.diagnostics.containsErrors)
        #expect(library.entries.count == 4)
        #expect(library.entry(id: "zes-indicatoren")?.visit == "2019-06-12-breda-zorg-voor-elkaar")
        #expect(plan.writes.allSatisfy { $0.warnings.contains { $0.code == .noLesson } }, "the lessons are left for the teller")
        #expect(try store.importEntries(items).writes.isEmpty, "a second import adds nothing")
    }

    @Test func aLibreOfficeReportBecomesAVisitWithItsAnecdotesAndQuote() throws {
        let data = try Self.zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", Self.odt)])
        try Self.expectTheBredaReport(try ReportReader.read(data, fileName: "breda.odt"))
    }

    @Test func aWordReportBecomesAVisitWithItsAnecdotesAndQuote() throws {
        let data = try Self.zip([("word/document.xml", Self.docx), ("word/_rels/document.xml.rels", Self.relations)])
        let report = try ReportReader.read(data, fileName: "breda.docx")
        try Self.expectTheBredaReport(report)
    }

    @Test func aMarkdownReportKeepsItsMarkdown() throws {
        let markdown = """
            # Breda: Zorg voor Elkaar

            Op 12 juni 2019 reisden we naar **Breda**.

            ## Zes indicatoren

            Ze meten *alles*, zie [de site](https://example.org).

            - een
            - twee

            “We spreken elkaars taal.”

            — Marja Peters, wethouder

            ## De pendule

            Heen en weer.
            """
        let report = try ReportReader.read(Data(markdown.utf8), fileName: "breda.md")
        try Self.expectTheBredaReport(report)
    }

    @Test func aFileThatIsNoDocumentIsRefusedWithAHint() throws {
        #expect(throws: VerhaalError.self) { try ReportReader.read(Data("geen zip".utf8), fileName: "x.docx") }
        let empty = try Self.zip([("content.xml", "<nietxml")])
        do {
            _ = try ReportReader.read(empty, fileName: "x.odt")
            Issue.record("broken XML was read")
        } catch let error as VerhaalError {
            #expect(error.message.contains("not well-formed"))
        }
    }
}
