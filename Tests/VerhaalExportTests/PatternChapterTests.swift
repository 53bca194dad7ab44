import Foundation
import Testing
import VerhaalExport
import VerhaalKit
import VerhaalSense

/// The chapter "Wat de verhalen samen laten zien" in every format: the remarkable patterns with
/// their figures, observations and interpretations; valid, and honest about small groups.
@Suite(.serialized) struct PatternChapterTests {
    let library = LibraryStore(root: XMLTestSupport.packageRoot).load()

    func chapter(_ name: String) throws -> Section {
        let narrative = try ExportPipeline.compose(library, name: name).narrative
        return try #require(narrative.sections.first { $0.kind == .patterns }, "\(name) has the chapter")
    }

    @Test(arguments: ["wenkend-perspectief", "raad-van-commissarissen"])
    func bothSampleCompositionsHaveTheChapterBeforeTheClosing(_ name: String) throws {
        let narrative = try ExportPipeline.compose(library, name: name).narrative
        let kinds = narrative.sections.map(\.kind)
        let index = try #require(kinds.firstIndex(of: .patterns))
        #expect(kinds[index + 1] == .closing)
        let chapter = narrative.sections[index]
        #expect(chapter.title == "Wat de verhalen samen laten zien")
        #expect(chapter.subsections.map(\.title).contains("Wie verantwoordelijkheid neemt, kijkt naar het netwerk"))
        for pattern in chapter.subsections {
            var figures = 0
            var interpretationColumns = 0
            for block in pattern.blocks {
                if case .figure(let figure) = block {
                    figures += 1
                    #expect(figure.width == 480 && figure.height > 100)
                }
                if case .table(let table) = block, table.role == "interpretations" { interpretationColumns = table.header.count }
            }
            #expect(figures == 1 && interpretationColumns >= 2, "\(pattern.title)")
        }
    }

    @Test func theOutlineShowsTheChapterWhereTheDocumentHasIt() throws {
        let outline = try ExportPipeline.compose(library, name: "wenkend-perspectief").report.outline
        let titles = outline.map(\.title)
        let chapter = try #require(titles.firstIndex(of: "Wat de verhalen samen laten zien"))
        #expect(outline[chapter].depth == 1)
        #expect(titles[chapter + 1] == "De dynamiek kwam in het najaar" && outline[chapter + 1].depth == 2)
        #expect(titles[chapter + 3] == "Tot slot")
    }

    @Test func onlyPatternsMarkedYesWithAnObservationGoIn() throws {
        let titles = try chapter("wenkend-perspectief").subsections.map(\.title)
        #expect(titles.count == 2)
        #expect(!titles.joined().contains("rol"), "rol~organisatie is marked redundant")
    }

    @Test func aPublicDocumentCountsOnlyPublicStories() throws {
        let network = PatternAnalysis(library: library, audience: .network)
        let publicRun = PatternAnalysis(library: library, audience: .public)
        #expect(publicRun.entries.allSatisfy { $0.share == .public })
        #expect(publicRun.entries.count < network.entries.count)
        #expect(network.entries.allSatisfy { $0.share != .private })
        let text = try String(
            decoding: DocBookWriter.write(ExportPipeline.compose(library, name: "raad-van-commissarissen").narrative), as: UTF8.self)
        #expect(text.contains("over \(publicRun.pattern(id: "lesson=dynamiek~quarter")?.n ?? -1) verhalen"))
    }

    @Test func theDocBookFigureIsInlineSVGAndValid() throws {
        let data = try ExportPipeline.export(library, name: "wenkend-perspectief", format: .docbook, validator: XMLTestSupport.validator)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<figure xml:id=\"patroon-pendule_leiderschap_verantwoordelijkheid\">"))
        #expect(text.contains("<imagedata format=\"svg\" contentwidth=\"480pt\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(text.contains("<textobject><phrase>Histogrammen per groep: "))
    }

    @Test func theODTHasThePictureInItsManifestAndTheFlatFileHasItInline() throws {
        let odt = try ExportPipeline.export(library, name: "wenkend-perspectief", format: .odt, validator: XMLTestSupport.validator)
        let package = try ODFPackage(data: odt)
        let picture = "Pictures/patroon-pendule_leiderschap_verantwoordelijkheid.svg"
        #expect(package.manifestPaths().contains(picture))
        let svg = try #require(package.entries.first { $0.path == picture }?.data)
        #expect(String(decoding: svg, as: UTF8.self).contains("Waar ging in dit verhaal de aandacht naartoe?"))
        let content = String(decoding: try #require(package.entries.first { $0.path == "content.xml" }?.data), as: UTF8.self)
        #expect(content.contains("xlink:href=\"\(picture)\""))
        let flat = try ExportPipeline.export(library, name: "wenkend-perspectief", format: .fodt, validator: XMLTestSupport.validator)
        let flatText = String(decoding: flat, as: UTF8.self)
        #expect(flatText.contains("<draw:image draw:mime-type=\"image/svg+xml\"><office:binary-data>"))
        #expect(flatText.contains(svg.base64EncodedString().prefix(60)))
    }

    @Test func theSlidesHaveOneSlidePerRemarkablePatternWithItsFigure() throws {
        let narrative = try ExportPipeline.compose(library, name: "wenkend-perspectief").narrative
        let slides = SlideDeck.slides(from: narrative).filter { $0.figure != nil }
        #expect(slides.count == 2)
        #expect(slides.allSatisfy { $0.bullets.count == 1 }, "one line of what was seen above the figure")
        _ = try ExportPipeline.export(library, name: "wenkend-perspectief", format: .fodp, validator: XMLTestSupport.validator)
    }

    @Test func aBoardReadsWhatWasSeenFirstAndTheStatisticsInTheAppendix() throws {
        let narrative = try ExportPipeline.compose(library, name: "raad-van-commissarissen").narrative
        let chapter = try #require(narrative.sections.first { $0.kind == .patterns })
        let pattern = try #require(chapter.subsections.first { $0.title == "Wie verantwoordelijkheid neemt, kijkt naar het netwerk" })
        let plain = SlideDeck.notes(pattern.blocks).joined(separator: "\n")
        #expect(!plain.contains("χ²") && !plain.contains("p = ") && !plain.contains("q = ") && !plain.contains("Geteld over"))
        guard case .paragraph = pattern.blocks.expandingMarkdown().first else {
            Issue.record("the observation leads: \(pattern.blocks.first.debugDescription)")
            return
        }
        let appendix = try #require(narrative.sections.last)
        let account = try #require(appendix.subsections.first { $0.title == "Verantwoording van de patronen" })
        var tables = 0
        for case .table(let table) in account.blocks {
            tables += 1
            #expect(table.header == ["Patroon", "Toets", "Verhalen", "q", "Effect"])
            #expect(table.rows.count == chapter.subsections.count, "one row per pattern")
        }
        #expect(tables == 1)
        let network = try ExportPipeline.compose(library, name: "wenkend-perspectief").narrative
        #expect(network.sections.last?.subsections.contains { $0.title == "Verantwoording van de patronen" } == false)
        let networkChapter = try #require(network.sections.first { $0.kind == .patterns })
        #expect(SlideDeck.notes(networkChapter.subsections[0].blocks).joined().contains("q = "), "the network reads the statistics")
    }

    @Test func theObservationsCountIsTheDocumentsOwn() throws {
        let narrative = try ExportPipeline.compose(library, name: "raad-van-commissarissen").narrative
        let chapter = try #require(narrative.sections.first { $0.kind == .patterns })
        let pattern = try #require(chapter.subsections.first { $0.title == "Wie verantwoordelijkheid neemt, kijkt naar het netwerk" })
        let text = SlideDeck.notes(pattern.blocks).joined(separator: "\n")
        let analysis = PatternAnalysis(library: library, audience: .public)
        let counted = try #require(analysis.pattern(id: "pendule~leiderschap=verantwoordelijkheid")).n
        #expect(counted != 27, "the public counts fewer stories than the observation was written against")
        #expect(text.contains("berust op \(counted) verhalen") && !text.contains("27 verhalen"))
        let appendix = try #require(narrative.sections.last?.subsections.first { $0.title == "Verantwoording van de patronen" })
        #expect(SlideDeck.notes(appendix.blocks).joined().contains("· \(counted)"), "the same count in the appendix")
    }

    @Test func theTitlePageNamesTheOrganisationThePurposeAndHowManyTold() throws {
        let narrative = try ExportPipeline.compose(library, name: "raad-van-commissarissen").narrative
        #expect(narrative.organisation == "Reisgezelschap organisatienetwerken, vijf corporatiebestuurders")
        #expect(narrative.purpose == "Ter bespreking in de vergadering van de raad van commissarissen")
        #expect(narrative.byline == "Verteld door 5 netwerkleden")
        let tellers = try #require(narrative.sections.last?.subsections.first { $0.title == "Vertellers" })
        #expect(SlideDeck.notes(tellers.blocks).contains("een bestuurder uit Breda"), "the names, as this audience reads them")
        let slides = SlideDeck.slides(from: narrative)
        #expect(slides[0].bullets == [narrative.organisation, narrative.purpose, "Verteld door 5 netwerkleden", "15 juni 2020"])
    }

    @Test func aCompositionWithoutTheKeyHasNoChapter() throws {
        var composition = try library.composition(named: "raad-van-commissarissen")
        composition.showsRemarkablePatterns = false
        let narrative = try Composer(library: library).compose(composition).narrative
        #expect(!narrative.sections.contains { $0.kind == .patterns })
        let (_, problems) = CompositionParser(framework: library.framework).parse("patterns: all\n", id: "x", path: "x.yaml")
        #expect(problems.first?.summary.contains("use remarkable") == true)
    }
}
