import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// The sample library's narratives, in DocBook, against the official schema and the golden files.
@Suite(.serialized) struct DocBookSampleTests {
    let store = LibraryStore(root: XMLTestSupport.packageRoot)

    func export(_ name: String) throws -> Data {
        let library = store.load()
        return try DocBookWriter.write(ExportPipeline.compose(library, name: name, exportDate: XMLTestSupport.sampleExportDate).narrative)
    }

    @Test func theSampleHasMoreThanTheDefaultComposition() {
        #expect(store.compositionNames().count >= 2)
        #expect(store.compositionNames().first == Composition.defaultName)
    }

    @Test func everyCompositionValidatesAgainstDocBook5() throws {
        let schema = try #require(XMLTestSupport.docBookSchema, "install docbook5-xml")
        for name in store.compositionNames() {
            let issues = schema.validate(try export(name))
            #expect(issues.isEmpty, "\(name): \(issues.prefix(5))")
        }
    }

    /// Every format of every composition, against `Tests/Golden/`, which `make run` and
    /// `make acceptance` never write (they write `Exports/`). Re-record with
    /// `VERHAAL_RECORD_EXPORTS=1 swift test`.
    @Test func goldenExportsMatchByteForByte() throws {
        let record = ProcessInfo.processInfo.environment["VERHAAL_RECORD_EXPORTS"] == "1"
        let library = store.load()
        for name in store.compositionNames() {
            let narrative = try ExportPipeline.compose(library, name: name, exportDate: XMLTestSupport.sampleExportDate).narrative
            for format in ExportFormat.available {
                let data = try Exporter.render(narrative, as: format)
                let file = "Tests/Golden/\(name).\(format.fileExtension)"
                let golden = store.root.appendingPathComponent(file)
                if record { try AtomicFile.write(data, to: golden) }
                let expected = try Data(contentsOf: golden)
                #expect(data == expected, "\(file) differs; run VERHAAL_RECORD_EXPORTS=1 swift test if the change is intended")
            }
        }
    }

    @Test func exportsAreReproducible() throws {
        #expect(try export(Composition.defaultName) == export(Composition.defaultName))
    }

    @Test func theDocumentCarriesInfoKeywordsAndIDs() throws {
        let text = try #require(String(data: try export(Composition.defaultName), encoding: .utf8))
        #expect(text.contains("<article xmlns=\"http://docbook.org/ns/docbook\""))
        #expect(text.contains("version=\"5.0\" xml:lang=\"nl\""))
        #expect(text.contains("<keyword>toetsingskader</keyword>"))
        #expect(
            text.contains("<section xml:id=\"zes-indicatoren\" role=\"anecdote\"><title>Zes indicatoren</title>"), "a story is a section")
        #expect(text.contains("<attribution>Christoffel Klap, directeur-bestuurder Ons Doel</attribution>"))
        #expect(text.contains("<section xml:id=\"v-2019-06-12-breda-zorg-voor-elkaar\""))
        #expect(text.contains("<itemizedlist role=\"questions\"><title>Vragen ter reflectie</title>"))
        #expect(text.contains("<appendix xml:id=\"verantwoording\"><title>Verantwoording</title>"))
        #expect(
            text.contains(
                "<row><entry><anchor xml:id=\"bron-zes-indicatoren\"/><link linkend=\"zes-indicatoren\">Zes indicatoren</link></entry><entry>anekdote</entry><entry>Paul Sebregts</entry><entry>12 juni 2019</entry><entry>Breda: Zorg voor Elkaar</entry></row>"
            ))
        #expect(text.contains("<link linkend=\"bron-zes-indicatoren\">bron</link>"))
        #expect(text.contains("<date>2026-11-01</date>"), "the export date, without a date in the composition")
        #expect(!text.contains("<literal>zes-indicatoren</literal>"), "a reader sees titles, not file ids")
        let board = try #require(String(data: try export("raad-van-commissarissen"), encoding: .utf8))
        #expect(board.contains("<date>2020-06-15</date>"))
    }
}
