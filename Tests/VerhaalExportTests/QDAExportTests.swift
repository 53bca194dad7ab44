import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// `export-qda`: a REFI-QDA project that the official schemas accept, holding only what its
/// audience may read, and whose codes come back through `import`.
@Suite struct QDAExportTests {
    static let validation: QDAValidation? = SchemaLocations.refiQDA(
        environment: ProcessInfo.processInfo.environment, searchingFrom: XMLTestSupport.packageRoot
    ).flatMap { try? QDAValidation(schemas: $0) }
    static let sample = LibraryStore(root: XMLTestSupport.packageRoot).load()

    static func checked() throws -> QDAValidation {
        try #require(validation, "the REFI-QDA schemas are in ../shared/schemas/refi-qda/")
    }

    static func project(_ data: Data) throws -> (qde: String, package: ODFPackage) {
        let package = try ODFPackage(data: data)
        let qde = try #require(package.entries.first { $0.path == "project.qde" })
        return (String(decoding: qde.data, as: UTF8.self), package)
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test(arguments: Audience.allCases)
    func theSampleLibrarysProjectAndCodebookAreValid(_ audience: Audience) throws {
        let validation = try Self.checked()
        let project = QDAProject(library: Self.sample, audience: audience)
        let package = try QDAProjectWriter.package(project)
        #expect(validation.problems(inPackage: package).isEmpty, "\(validation.problems(inPackage: package).prefix(3))")
        let codebook = try QDAProjectWriter.codebookXML(project)
        #expect(validation.problems(inCodebook: codebook).isEmpty, "\(validation.problems(inCodebook: codebook).prefix(3))")
        #expect(!validation.problems(inProject: Data("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>".utf8)).isEmpty, "the schema refuses")
    }

    @Test func theTortureLibrarysProjectIsValidAndKeepsItsText() throws {
        let validation = try Self.checked()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-qda-torture-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try LibraryStore.create(at: root, language: "nl")
        try Data(TortureTests.tortureFile.utf8).write(to: store.storiesURL.appendingPathComponent("anekdotes/torture.md"))
        let library = store.load()
        let project = QDAProject(library: library, audience: .public)
        let package = try QDAProjectWriter.package(project)
        #expect(validation.problems(inPackage: package).isEmpty, "\(validation.problems(inPackage: package).prefix(3))")
        #expect(validation.problems(inCodebook: try QDAProjectWriter.codebookXML(project)).isEmpty)
        let source = try #require(project.sources.first)
        let text = try #require(try ODFPackage(data: package).entries.first { $0.path == "Sources/\(source.path)" })
        #expect(String(decoding: text.data, as: UTF8.self).contains(TortureTests.rawHTML))
    }

    @Test func theProjectHoldsNoPrivateStoryAndThePublicOneNoNetworkStory() throws {
        let library = Self.sample
        #expect(library.entries.contains { $0.share == .private }, "the sample has a private story to leave out")
        for audience in Audience.allCases {
            let project = QDAProject(library: library, audience: audience)
            let (qde, package) = try Self.project(try QDAProjectWriter.package(project))
            for entry in library.entries where !audience.allows(entry.share) {
                #expect(!qde.contains(">\(entry.id)</Description>"), "\(entry.id) is not for \(audience)")
                #expect(!qde.contains("name=\"\(entry.title)\""))
            }
            let texts = package.entries.filter { $0.path.hasPrefix("Sources/") }
            #expect(texts.count == project.sources.count)
            #expect(project.sources.count == library.entries.filter { audience.allows($0.share) }.count - project.leftOut)
        }
    }

    @Test func theProjectHoldsOneCodingPerLessonLinkAndAValuePerAnswer() throws {
        let library = Self.sample
        let project = QDAProject(library: library, audience: .network)
        let (qde, _) = try Self.project(try QDAProjectWriter.package(project))
        let exported = library.entries.filter { $0.share != .private }
        let lessonCodes = project.codes[0].children.map(\.guid)
        let lessonCodings = lessonCodes.map { Self.count("<CodeRef targetGUID=\"\($0)\"/>", in: qde) }.reduce(0, +)
        #expect(lessonCodings == exported.map(\.lessons.count).reduce(0, +))
        #expect(lessonCodings > 30)
        let questionVariables = project.variables.filter { variable in library.framework.questions.contains { $0.id == variable.name } }
        let values = questionVariables.map { Self.count("<VariableRef targetGUID=\"\($0.guid)\"/>", in: qde) }.reduce(0, +)
        #expect(values == exported.map(\.answers.count).reduce(0, +))
        #expect(values > 20)
        #expect(qde.contains("typeOfVariable=\"Integer\""), "a scale is an integer")
        #expect(qde.contains("<Case "), "the network sees its tellers as cases")
        let publicProject = QDAProject(library: library, audience: .public)
        #expect(publicProject.cases.isEmpty, "the public gets no tellers")
    }

    @Test func twoExportsOfTheSameLibraryAreByteIdentical() throws {
        let first = try QDAProjectWriter.package(QDAProject(library: Self.sample, audience: .network))
        let second = try QDAProjectWriter.package(
            QDAProject(library: LibraryStore(root: XMLTestSupport.packageRoot).load(), audience: .network))
        #expect(first == second)
    }

    @Test func codesAQDAToolAddedComeBackAsTagsAndAnnotations() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-qda-back-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try LibraryStore.create(at: root, language: "nl")
        for (title, body) in [
            ("Zes indicatoren", "Ze meten hun werk met zes indicatoren."), ("De pendule", "Een pendule slingert heen en weer."),
        ] {
            var draft = EntryDraft(kind: .anecdote, title: title, date: LocalDate(year: 2019, month: 6, day: 12)!, teller: "Paul")
            draft.body = body
            draft.lessons = ["delen"]
            _ = try store.add(draft)
        }
        let library = store.load()
        let exported = try QDAProjectWriter.package(QDAProject(library: library, audience: .network))
        let (original, package) = try Self.project(exported)
        let whole = try #require(QDAProject(library: library, audience: .network).sources.first { $0.id == "zes-indicatoren" })
        let passages = try #require(QDAProject(library: library, audience: .network).sources.first { $0.id == "de-pendule" })
        let code = "99999999-2222-4333-8444-555555555555"
        func selection(_ number: Int, _ start: Int, _ end: Int) -> String {
            "<PlainTextSelection guid=\"aaaaaaaa-0000-4000-8000-00000000000\(number)\" startPosition=\"\(start)\" endPosition=\"\(end)\">"
                + "<Coding guid=\"bbbbbbbb-0000-4000-8000-00000000000\(number)\"><CodeRef targetGUID=\"\(code)\"/></Coding></PlainTextSelection>"
        }
        var qde = original.replacingOccurrences(
            of: "<CodeBook><Codes>", with: "<CodeBook><Codes><Code guid=\"\(code)\" name=\"Betrokken bewoners\" isCodable=\"true\"/>")
        qde = qde.replacingOccurrences(
            of: "<Description>zes-indicatoren</Description>",
            with: "<Description>zes-indicatoren</Description>" + selection(1, 0, whole.text.count))
        qde = qde.replacingOccurrences(
            of: "<Description>de-pendule</Description>",
            with: "<Description>de-pendule</Description>" + selection(2, 0, 11) + selection(3, 12, 20))
        let archive = try ZIPFoundationBridge.newArchive()
        try ZIPFoundationBridge.add("project.qde", Data(qde.utf8), compressed: true, to: archive)
        for entry in package.entries where entry.path.hasPrefix("Sources/") {
            try ZIPFoundationBridge.add(entry.path, entry.data, compressed: true, to: archive)
        }
        let changed = try ZIPFoundationBridge.data(of: archive)

        let codes = try QDACodeReader.read(
            changed, fileName: "onderzoek.qdpx", library: library, prefix: "qda/", validation: try Self.checked())
        #expect(
            codes.tags == ["zes-indicatoren": ["qda/betrokken-bewoners"]],
            "a code on the whole story is a tag; Verhaal's own codes stay out")
        #expect(codes.annotations.map(\.passage) == ["Een pendule", "slingert"])
        #expect(codes.annotations.allSatisfy { $0.story == "de-pendule" && $0.code == "qda/betrokken-bewoners" })
        #expect(passages.text.hasPrefix("Een pendule slingert"))
        let paths = try store.applyCodes(codes, from: "onderzoek.qdpx")
        #expect(paths.contains("Stories/annotaties/onderzoek-qdpx.yaml"))
        let after = store.load()
        #expect(after.entry(id: "zes-indicatoren")?.tags == ["qda/betrokken-bewoners"])
        #expect(!after.diagnostics.containsErrors, "\(after.diagnostics.map(\.formatted))")
        #expect(store.annotations(of: "de-pendule").map(\.passage) == ["Een pendule", "slingert"])

        _ = try store.withdraw(id: "de-pendule", by: "Paul", reason: "test")
        #expect(store.annotations(of: "de-pendule").isEmpty, "a withdrawn story's passages go with it")
        let again = try QDACodeReader.read(changed, fileName: "onderzoek.qdpx", library: store.load(), prefix: "qda/", validation: nil)
        #expect(again.unknownSources == ["De pendule"], "a story no longer in the library is reported")
        #expect(again.annotations.isEmpty)
    }
}
