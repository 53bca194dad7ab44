import Testing

@testable import VerhaalKit

@Suite struct FrontMatterDocumentTests {
    @Test(arguments: [
        "---\ntitle: A\n---\nBody\n",
        "\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\nline two\r\n",
        "---\ntitle: A\n---",
        "--- \ntitle: A\n...\n\n\nBody without final newline",
    ])
    func joiningThePartsGivesBackTheFile(_ text: String) throws {
        let document = try FrontMatterDocument(splitting: text)
        #expect(document.text == text)
        #expect(document.yaml.hasPrefix("title: A"))
    }

    @Test func bodyStartsAfterTheClosingLine() throws {
        let document = try FrontMatterDocument(splitting: "---\na: 1\nb: 2\n---\nBody\n")
        #expect(document.bodyFirstLine == 5)
        #expect(document.body == "Body\n")
    }

    @Test func reportsMissingDelimiters() {
        #expect(throws: FrontMatterDocument.SplitError.missingOpening) {
            try FrontMatterDocument(splitting: "title: A\n")
        }
        #expect(throws: FrontMatterDocument.SplitError.missingClosing) {
            try FrontMatterDocument(splitting: "---\ntitle: A\nBody\n")
        }
    }
}
