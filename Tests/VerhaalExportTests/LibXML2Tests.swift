import Testing
import VerhaalExport

@Suite(.serialized) struct LibXML2Tests {
    @Test func linksLibXML2WithoutICUClash() {
        LibXML2.initialize()
        #expect(LibXML2.version.hasPrefix("2."))
    }

    @Test func everyFormatHasItsOwnExtension() {
        let extensions = ExportFormat.allCases.map(\.fileExtension)
        #expect(Set(extensions).count == ExportFormat.allCases.count)
        #expect(ExportFormat.docbook.fileExtension == "xml")
    }
}
