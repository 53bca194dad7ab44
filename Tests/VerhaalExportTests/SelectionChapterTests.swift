import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// The chapters "Meest betekenisvolle verhalen" and "Uit de sessies" in both sample
/// compositions: the choices with their reasons, dissent and chain of rounds, the sessions'
/// outcomes, only what the audience may see, valid in every format.
@Suite(.serialized) struct SelectionChapterTests {
    let store = LibraryStore(root: XMLTestSupport.packageRoot)

    func narrative(_ name: String) throws -> Narrative {
        try ExportPipeline.compose(store.load(), name: name, exportDate: XMLTestSupport.sampleExportDate).narrative
    }

    @Test(arguments: ["wenkend-perspectief", "raad-van-commissarissen"])
    func bothSamplesShowTheChoicesAndTheSessions(_ name: String) throws {
        let narrative = try narrative(name)
        let titles = narrative.sections.map(\.title)
        let selections = try #require(narrative.sections.first { $0.id == "selecties" })
        #expect(selections.title == "Meest betekenisvolle verhalen")
        #expect(titles.contains("Uit de sessies"))
        #expect(titles.firstIndex(of: "Uit de sessies")! < titles.firstIndex(of: "Tot slot")!)
        let text = "\(selections)"
        #expect(text.contains("Netwerktafel (20 januari 2020) → Raad van commissarissen (10 maart 2020)"), "the chain of rounds")
        #expect(text.contains("Voor het toezicht is dit het verhaal dat laat zien hoe een netwerk verantwoording kan afleggen."))
        #expect(text.contains("Eén lid vroeg om cijfers naast het verhaal."), "the dissent")
        #expect(text.contains("Geen keuze"))
        for format in ExportFormat.available {
            let issues = try XMLTestSupport.validator.validate(Exporter.render(narrative, as: format), as: format)
            #expect(issues.isEmpty, "\(name).\(format.fileExtension): \(issues.prefix(3))")
        }
    }

    @Test func thePublicPaperLeavesOutWhatOnlyTheNetworkMaySee() throws {
        let library = store.load()
        let board = try narrative("raad-van-commissarissen")
        let text = "\(board)"
        let networkOnly = library.entries.filter { $0.share == .network }.map(\.title)
        #expect(!networkOnly.isEmpty)
        for title in networkOnly { #expect(!text.contains(title), "'\(title)' is for the network only") }
    }
}
