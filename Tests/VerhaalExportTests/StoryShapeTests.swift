import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// A story that uses all of Markdown a teller might (nested lists, a quote, a table, code,
/// strikethrough, an autolink, a picture of the library and one on the web) keeps its shape in
/// every format, and every format is valid.
@Suite(.serialized) struct StoryShapeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The story, also rendered by `make docs-images` as `docs/story-shape.png`.
    static let story = try! String(contentsOf: fixtures.appendingPathComponent("bouwplaats.md"), encoding: .utf8)

    static let fixture = fixtures.appendingPathComponent("bouwplaats.png")

    func library() throws -> (Library, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-vorm-\(UUID().uuidString)")
        let store = try LibraryStore.create(at: root, language: "nl")
        try Data(Self.story.utf8).write(to: store.storiesURL.appendingPathComponent("anekdotes/bouwplaats.md"))
        try FileManager.default.createDirectory(at: store.storiesURL.appendingPathComponent("beeld"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: store.storiesURL.appendingPathComponent("beeld/bouwplaats.png"))
        return (store.load(), root)
    }

    func narrative() throws -> (Narrative, URL) {
        let (library, root) = try library()
        return (try Composer(library: library).compose(Composition(id: "t")).narrative, root)
    }

    @Test(arguments: ExportFormat.available)
    func theStoryExportsValid(_ format: ExportFormat) throws {
        let (narrative, root) = try narrative()
        defer { try? FileManager.default.removeItem(at: root) }
        let issues = try XMLTestSupport.validator.validate(Exporter.render(narrative, as: format), as: format)
        #expect(issues.isEmpty, "\(issues.prefix(5))")
    }

    @Test func thePictureIsInTheNarrativeAndTheWebPictureIsNot() throws {
        let (narrative, root) = try narrative()
        defer { try? FileManager.default.removeItem(at: root) }
        let asset = try #require(narrative.images["../beeld/bouwplaats.png"])
        #expect(asset.path == "Stories/beeld/bouwplaats.png")
        #expect(asset.mediaType == "image/png" && asset.width == 96 && asset.height == 64)
        #expect(narrative.images.count == 1, "a picture on the web is never fetched")
    }

    @Test func everyFormatKeepsTheShape() throws {
        let (narrative, root) = try narrative()
        defer { try? FileManager.default.removeItem(at: root) }
        let docbook = String(decoding: try DocBookWriter.write(narrative), as: UTF8.self)
        #expect(docbook.contains("<imagedata fileref=\"../Stories/beeld/bouwplaats.png\" format=\"PNG\"/>"))
        #expect(docbook.contains("<caption><para>De bouwplaats in de wijk</para></caption>"))
        #expect(docbook.contains("<link xlink:href=\"https://example.org/foto.jpg\">Een foto op het web</link>"))
        #expect(docbook.contains("<emphasis role=\"strikethrough\">weg</emphasis>"))
        #expect(docbook.contains("<entry>Woningcorporatie</entry>"))
        #expect(docbook.contains("<link xlink:href=\"http://www.mkw-platform.nl\">"))

        let flat = String(decoding: try FlatODTWriter.write(narrative), as: UTF8.self)
        #expect(flat.contains("<draw:image draw:mime-type=\"image/png\"><office:binary-data>"))
        #expect(flat.contains("<text:p text:style-name=\"Caption\">De bouwplaats in de wijk</text:p>"))
        #expect(
            flat.contains(
                "<table:table-cell table:style-name=\"TabelCel\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Contents\">Woningcorporatie"
            ))
        #expect(flat.contains("<text:span text:style-name=\"Strikethrough\">weg</text:span>"))
        #expect(flat.contains("<text:p text:style-name=\"Quote\">Begin gewoon, en kijk wat er gebeurt.</text:p>"))

        let package = try ODFPackage(data: try ODTPackageWriter.write(narrative))
        #expect(package.manifestPaths().contains("Pictures/beeld-bouwplaats.png"))
        let picture = try #require(package.entries.first { $0.path == "Pictures/beeld-bouwplaats.png" })
        #expect(picture.data == (try Data(contentsOf: Self.fixture)))
        let content = String(decoding: try #require(package.entries.first { $0.path == "content.xml" }).data, as: UTF8.self)
        #expect(content.contains("xlink:href=\"Pictures/beeld-bouwplaats.png\""))
    }

    @Test func checkReportsPicturesThatCannotBeShown() throws {
        let (_, root) = try library()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = LibraryStore(root: root)
        let broken =
            Self.story.replacingOccurrences(of: "../beeld/bouwplaats.png", with: "../beeld/weg.png")
            + "\n![buiten](../../geheim.png)\n\n![tekst](../beeld/notities.txt)\n\n![groot](../beeld/groot.jpg)\n"
        try Data(broken.utf8).write(to: store.storiesURL.appendingPathComponent("anekdotes/bouwplaats.md"))
        try Data(count: StoryImages.maximumBytes + 1).write(to: store.storiesURL.appendingPathComponent("beeld/groot.jpg"))
        let diagnostics = store.load().diagnostics
        func find(_ code: DiagnosticCode) -> Diagnostic? { diagnostics.first { $0.code == code } }
        let missing = try #require(find(.imageMissing))
        #expect(missing.file == "Stories/anekdotes/bouwplaats.md" && missing.line == 25, "the line in the file")
        #expect(missing.summary.contains("Stories/beeld/weg.png"))
        #expect(find(.imageOnTheWeb)?.severity == .warning)
        #expect(find(.imageOnTheWeb)?.line == 27)
        #expect(find(.imageOutsideLibrary)?.severity == .error)
        #expect(find(.imageUnsupported) != nil)
        #expect(find(.imageTooLarge)?.summary.contains("at most 5 MB") == true)
    }

    @Test func resolvingStaysInsideTheLibrary() {
        let story = "Stories/anekdotes/x.md"
        #expect(StoryImages.resolve("../beeld/a.jpg", storyPath: story) == .success("Stories/beeld/a.jpg"))
        #expect(StoryImages.resolve("../beeld/de%20wijk.svg", storyPath: story) == .success("Stories/beeld/de wijk.svg"))
        #expect(StoryImages.resolve("../../../etc/passwd.png", storyPath: story) == .failure(.outsideFolder("../../../etc/passwd.png")))
        #expect(StoryImages.resolve("/etc/a.png", storyPath: story) == .failure(.outsideFolder("etc/a.png")))
        #expect(StoryImages.resolve("../beeld/sub/a.png", storyPath: story) == .failure(.outsideFolder("Stories/beeld/sub/a.png")))
        #expect(StoryImages.resolve("https://x.org/a.png", storyPath: story) == .failure(.onTheWeb))
        #expect(StoryImages.resolve("file:///etc/a.png", storyPath: story) == .failure(.onTheWeb))
    }
}
