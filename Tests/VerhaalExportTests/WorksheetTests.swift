import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// The five spelvorm worksheets: valid ODF 1.3, each with the essay's purpose, the note on the
/// facilitator, and its own part filled from the library; never a private story.
@Suite(.serialized) struct WorksheetTests {
    let library = LibraryStore(root: XMLTestSupport.packageRoot).load()

    func worksheet(_ number: Int) throws -> Narrative {
        try #require(
            SpelvormWorksheet.narrative(number: number, library: library, entries: library.entries, date: XMLTestSupport.sampleExportDate))
    }

    @Test(arguments: 1...5)
    func everyWorksheetIsValidODF(_ number: Int) throws {
        let sheet = try worksheet(number)
        #expect(sheet.layout == .worksheet)
        for format in [ExportFormat.odt, .fodt] {
            let issues = try XMLTestSupport.validator.validate(Exporter.render(sheet, as: format), as: format)
            #expect(issues.isEmpty, "spelvorm \(number).\(format.fileExtension): \(issues.prefix(3))")
        }
        let text = String(decoding: try FlatODTWriter.write(sheet), as: UTF8.self)
        #expect(text.contains("neemt zelf niet deel aan de spelvorm"))
        #expect(!text.contains("<text:table-of-content"), "a worksheet has no contents")
        #expect(!text.contains("Twijfel in de trein"), "never a private story")
    }

    @Test func eachSpelvormHasItsOwnPart() throws {
        let texts = try (1...5).map { "\(try worksheet($0))" }
        #expect(texts[0].contains("Onze gezamenlijke ambitie") && texts[0].contains("Het gewenste resultaat"))
        #expect(texts[1].contains("Oplossing vanuit de bedoeling"))
        #expect(texts[2].contains("Verantwoordelijkheid nemen") && texts[2].contains("Welke rol past bij mij"))
        #expect(texts[3].contains("Zorgen") && texts[3].contains("Uitdagingen") && texts[3].contains("Organisatie: Proeftuin Ruwaard"))
        #expect(texts[4].contains("Het gezamenlijke resultaat") && texts[4].contains("Haar belang bij het verhaal"))
        #expect(SpelvormWorksheet.narrative(number: 6, library: library, entries: [], date: XMLTestSupport.sampleExportDate) == nil)
    }
}
