import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// The sample library's narratives as OpenDocument, against the ODF 1.3 schemas.
@Suite(.serialized) struct ODFSampleTests {
    let store = LibraryStore(root: XMLTestSupport.packageRoot)

    func narrative(_ name: String) throws -> Narrative {
        let library = store.load()
        return try ExportPipeline.compose(library, name: name).narrative
    }

    @Test func theSchemasAreFound() {
        #expect(XMLTestSupport.odfFolder != nil, "put the ODF 1.3 schemas in ../shared/schemas/odf-1.3/ or set VERHAAL_ODF_SCHEMAS")
    }

    @Test(arguments: [ExportFormat.fodt, .odt, .fodp, .odp])
    func everyCompositionValidatesAgainstODF13(_ format: ExportFormat) throws {
        for name in store.compositionNames() {
            let data = try Exporter.render(narrative(name), as: format)
            let issues = try XMLTestSupport.validator.validate(data, as: format)
            #expect(issues.isEmpty, "\(name).\(format.fileExtension): \(issues.prefix(5))")
        }
    }

    @Test func theODTPackageIsWhatAConsumerExpects() throws {
        let data = try ODTPackageWriter.write(narrative(Composition.defaultName))
        let package = try ODFPackage(data: data)
        #expect(package.entries.first?.path == "mimetype")
        #expect(package.entries.first?.isStored == true)
        #expect(package.entries.first?.data == Data("application/vnd.oasis.opendocument.text".utf8))
        #expect(Array(data[30..<38]) == Array("mimetype".utf8), "the name of the first local header")
        #expect(Set(package.manifestPaths()) == Set(package.entries.map(\.path)).subtracting(["mimetype", "META-INF/manifest.xml"]))
        #expect(
            Set(package.entries.map(\.path)) == [
                "mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml",
                "Pictures/patroon-lesson_dynamiek_quarter.svg", "Pictures/patroon-pendule_leiderschap_verantwoordelijkheid.svg",
                "Pictures/beeld-proeftuin-ruwaard-schets.svg",
            ])
        #expect(package.structuralProblems(mediaType: "application/vnd.oasis.opendocument.text").isEmpty)
    }

    @Test func theODPPackageIsWhatPowerPointExpects() throws {
        let data = try ODPPackageWriter.write(narrative(Composition.defaultName))
        let package = try ODFPackage(data: data)
        let mediaType = "application/vnd.oasis.opendocument.presentation"
        #expect(package.entries.first?.path == "mimetype")
        #expect(package.entries.first?.isStored == true)
        #expect(package.entries.first?.data == Data(mediaType.utf8))
        #expect(Array(data[30..<38]) == Array("mimetype".utf8), "the name of the first local header")
        #expect(package.structuralProblems(mediaType: mediaType).isEmpty)
        #expect(package.manifestPaths().contains("Pictures/patroon-lesson_dynamiek_quarter-dia.svg"), "the slide's own figure")
        let content = try #require(package.entries.first { $0.path == "content.xml" }.map { String(decoding: $0.data, as: UTF8.self) })
        #expect(content.contains("xlink:href=\"Pictures/patroon-lesson_dynamiek_quarter-dia.svg\""))
        #expect(!content.contains("office:binary-data"), "the package holds its pictures as files")
        let flat = String(decoding: try FlatODPWriter.write(narrative(Composition.defaultName)), as: UTF8.self)
        #expect(
            flat.components(separatedBy: "<draw:page ").count == content.components(separatedBy: "<draw:page ").count,
            "the same slides as the flat file")
    }

    @Test func aBrokenPackageIsReported() throws {
        let parts = try ODTPackageWriter.parts(narrative(Composition.defaultName))
        let archiveURL = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).odt")
        defer { try? FileManager.default.removeItem(at: archiveURL) }
        let broken = try ZIPTestSupport.zip([
            ("content.xml", parts[0].data, true), ("mimetype", Data("text/plain".utf8), true),
            ("extra.xml", Data("<a/>".utf8), true),
            ("META-INF/manifest.xml", try #require(parts.first { $0.path == "META-INF/manifest.xml" }).data, true),
        ])
        let problems = try ODFPackage(data: broken).structuralProblems(mediaType: "application/vnd.oasis.opendocument.text")
        #expect(problems.contains("mimetype is not the first entry"))
        #expect(problems.contains("extra.xml is in the zip but not in the manifest"))
        #expect(problems.contains("styles.xml is in the manifest but not in the zip"))
        let issues = try XMLTestSupport.validator.validate(broken, as: .odt)
        #expect(!issues.isEmpty)
    }

    @Test func theTextDocumentHasNamedStylesMetaAndContents() throws {
        let text = try #require(String(data: FlatODTWriter.write(narrative("raad-van-commissarissen")), encoding: .utf8))
        for style in [
            "Title", "Subtitle", "Heading_20_1", "Heading_20_2", "Text_20_body", "Quote", "Attribution",
            "Anecdote_20_Title", "Anecdote_20_Meta", "Anecdote_20_Body", "Question", "Table_20_Heading",
        ] {
            #expect(text.contains("style:name=\"\(style)\""), "\(style)")
        }
        #expect(text.contains("office:version=\"1.3\""))
        #expect(text.contains("<dc:title>Wat wij leerden op reis</dc:title>"))
        #expect(text.contains("<dc:date>2020-06-15T00:00:00</dc:date>"))
        #expect(text.contains("<dc:language>nl-NL</dc:language>"))
        #expect(text.contains("<meta:keyword>toetsingskader</meta:keyword>"))
        #expect(text.contains("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""))
        #expect(text.contains("<text:page-number text:select-page=\"current\">"))
        #expect(text.contains("<text:table-of-content "))
        #expect(
            text.contains(
                "<style:master-page style:name=\"Titelpagina\" style:page-layout-name=\"A4\" style:next-style-name=\"Standard\"/>"),
            "a title page without a footer")
        #expect(
            text.contains(
                "style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
                    + "style:next-style-name=\"Subtitle\" style:master-page-name=\"Titelpagina\""))
        #expect(text.contains("style:leader-text=\".\""), "leaders in the contents")
        #expect(text.contains("<text:index-entry-page-number/>"), "page numbers in the contents template")
        #expect(text.contains("<text:section text:style-name=\"Verhaalkader\""), "an anecdote is one box")
        #expect(text.contains("<text:bookmark text:name=\"zes-indicatoren\"/>Zes indicatoren"))
        #expect(text.contains("xlink:href=\"#bron-zes-indicatoren\""))
    }

    @Test func theSlidesFollowTheNarrative() throws {
        let slides = SlideDeck.slides(from: try narrative(Composition.defaultName))
        #expect(
            slides.count == 1 + 1 + 5 + 3 + 4 + 1 + 1 + 2 + 1,
            "title, introduction, lessons, perspectives, four chosen stories, one for two domains without, a session, patterns, closing")
        #expect(slides[0].title == "Een wenkend perspectief")
        #expect(slides[1].title == "Inleiding" && !slides[1].bullets.isEmpty)
        #expect(slides[2].title.hasPrefix("1. Focus op resultaat"))
        #expect(slides[2].quote != nil)
        #expect((2...6).allSatisfy { slides[$0].bullets.count <= SlideDeck.storiesPerSlide && !slides[$0].bullets.isEmpty })
        #expect(slides[7].title == "Jezelf")
        #expect(slides[7].bullets.count == 4, "the reflection questions")
        #expect(slides.filter { $0.figure != nil }.count == 2)
        let closing = try #require(slides.last)
        #expect(closing.title == "Tot slot")
        #expect(closing.bullets.joined(separator: " ") == closing.notes.dropFirst().joined(separator: " "), "nothing cut")
        let noChoice = try #require(slides.first { $0.title == "Domeinen zonder gekozen verhaal" })
        #expect(
            noChoice.bullets.contains { $0.hasPrefix("Leiderschap: delen als rode draad: De raad vond geen van de verhalen over delen") },
            "each domain with its reason")
        #expect(slides.allSatisfy { $0.isTitleSlide || $0.hasContent })
        let lessonNotes = slides[2].notes.joined(separator: "\n")
        #expect(lessonNotes.contains("Zorg voor Elkaar Breda heeft samen een toetsingskader ontwikkeld"), "full texts in the notes")
        let board = SlideDeck.slides(from: try narrative("raad-van-commissarissen"))
        #expect(board.count == 1 + 1 + 3 + 4 + 1 + 1 + 2 + 1)
        #expect(
            board[2].quote?.text
                == "Niet iedere samenwerking is een netwerksamenwerking. Niet iedere netwerksamenwerking is een organisatienetwerk.",
            "the highlighted quote")
    }

    @Test func aChosenStorysSlideShowsItsTitleAPassageThePanelsTheReasonAndTheDissent() throws {
        let slides = SlideDeck.slides(from: try narrative("raad-van-commissarissen"))
        let chosen = try #require(slides.first { $0.title == "Denk en handel grenzeloos" })
        #expect(chosen.subtitle == "Besluiten aan de netwerktafel", "the story's title")
        #expect(chosen.quote?.text.hasPrefix("In de proeftuin wordt besloten aan de tafel van het netwerk.") == true, "a passage of it")
        #expect(chosen.quote?.attribution == "een bestuurder uit Leiden", "its teller, under the public's pseudonym")
        #expect(chosen.bullets.first == "Gekozen door: Netwerktafel → Raad van commissarissen")
        #expect(
            chosen.bullets.contains(
                "Waarom: De raad wil weten hoe besluiten aan de netwerktafel zich verhouden tot het eigen mandaat van de bestuurder."))
        #expect(
            chosen.bullets.contains(
                "Anders gezien (Netwerktafel): Twee leden vonden dat het draagvlak in de eigen organisatie te snel werd aangenomen."))
        let session = try #require(slides.first { $0.title == "Netwerktafel over leiderschap (12 december 2019)" })
        #expect(session.subtitle == "Begeleid door een procesbegeleider, met 7 deelnemers.")
        #expect(session.bullets.contains { $0.hasPrefix("Geleerd: Wie aan de netwerktafel besluit") })
        #expect(session.bullets.last == "Verhalen die raakten: Besluiten aan de netwerktafel · Bied ruggensteun · Zes indicatoren")
        let pattern = try #require(slides.first { $0.figure != nil })
        #expect(
            pattern.bullets.count == 1 && pattern.notes.joined().contains("De reis volgde de les"),
            "one line; the interpretations in the notes")
    }

    @Test func aChosenStoryCarriesTheReasonsOfEveryPanelInEveryFormat() throws {
        for format in [ExportFormat.docbook, .fodt] {
            let text = String(
                decoding: try ExportPipeline.export(store.load(), name: "raad-van-commissarissen", format: format), as: UTF8.self)
            #expect(text.contains("Hier werd het besluit echt aan de netwerktafel genomen"), "the network table's reason in \(format)")
            #expect(text.contains("De raad wil weten hoe besluiten aan de netwerktafel"), "the board's reason in \(format)")
            #expect(text.contains("Waarom (Netwerktafel)") && text.contains("Waarom (Raad van commissarissen)"), "\(format)")
        }
    }

    @Test func aLessonWithMoreStoriesThanFitSaysHowManyMore() throws {
        var section = Section(id: "les", title: "Les", kind: .lesson)
        section.blocks = (1...6).map { .anecdote(AnecdoteBlock(id: "a\($0)", title: "Verhaal \($0)", meta: [], content: [])) }
        let slides = SlideDeck.slides(from: Narrative(title: "T", sections: [section]))
        #expect(slides[1].bullets == ["Verhaal 1", "Verhaal 2", "Verhaal 3", "+ 3 meer (zie de notities)"])
        let empty = Section(id: "leeg", title: "Leeg", kind: .lesson)
        #expect(SlideDeck.slides(from: Narrative(title: "T", sections: [empty])).count == 1, "no slide with only a title")
    }
}

/// Builds zips for tests, entries in the order given.
enum ZIPTestSupport {
    static func zip(_ entries: [(String, Data, Bool)]) throws -> Data {
        let archive = try ZIPFoundationBridge.newArchive()
        for (path, data, compressed) in entries { try ZIPFoundationBridge.add(path, data, compressed: compressed, to: archive) }
        return try ZIPFoundationBridge.data(of: archive)
    }
}
