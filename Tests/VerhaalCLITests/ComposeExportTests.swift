import Foundation
import Testing

@Suite struct ComposeExportTests {
    static let compositions = ["wenkend-perspectief", "raad-van-commissarissen"]

    @Test func exportWritesValidDocumentsIntoExports() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let schemas = VerhaalProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/odf-1.3").path
        var environment = ProcessInfo.processInfo.environment["VERHAAL_ODF_SCHEMAS"] == nil ? ["VERHAAL_ODF_SCHEMAS": schemas] : [:]
        environment["SOURCE_DATE_EPOCH"] = "1793491200"  // as the Makefile's, which made Exports/
        for name in Self.compositions {
            let result = try library.run(["export", name, "--format", "all", "--validate"], environment: environment)
            #expect(result.status == 0, "\(result.errors)")
            #expect(
                result.output == ["xml", "fodt", "odt", "fodp", "odp"].map { "Exports/\(name).\($0) (valid)\n" }.joined()
                    + "Exports/\(name).manifest.json\n")
            for format in ["xml", "fodt", "odt", "fodp", "odp", "manifest.json"] {
                let golden = try Data(contentsOf: VerhaalProcess.packageRoot.appendingPathComponent("Exports/\(name).\(format)"))
                #expect(try Data(contentsOf: library.url("Exports/\(name).\(format)")) == golden, "\(name).\(format)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: library.url("Exports").path)
        #expect(files.count == 12, "no temporary files: \(files)")
    }

    @Test func aPDFWithoutLibreOfficeSaysWhatToInstallAndWritesNothing() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["export", "--format", "pdf"], environment: ["VERHAAL_SOFFICE": "/nergens/soffice"])
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot convert with LibreOffice: soffice is not installed"))
        #expect(result.errors.contains("sudo apt-get install libreoffice-writer-nogui python3-uno"))
        #expect(!FileManager.default.fileExists(atPath: library.url("Exports/wenkend-perspectief.pdf").path))
        let noBridge = try library.run(["export", "--format", "pdf"], environment: ["VERHAAL_PYTHON": "/nergens/python3"])
        #expect(noBridge.status == 1)
        #expect(noBridge.errors.contains("python3-uno"))
        let others = try library.run(["export", "--format", "all"], environment: ["VERHAAL_SOFFICE": "/nergens/soffice"])
        #expect(others.status == 0, "the other formats need no LibreOffice")
    }

    @Test func wordPowerPointCardsAndWorksheetsWithoutLibreOfficeSayWhichPackageToInstall() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let missing = ["VERHAAL_SOFFICE": "/nergens/soffice"]
        for (arguments, package, file) in [
            (["export", "--format", "docx"], "libreoffice-writer-nogui", "wenkend-perspectief.docx"),
            (["export", "--format", "pptx"], "libreoffice-impress-nogui", "wenkend-perspectief.pptx"),
            (["cards", "--format", "pdf"], "libreoffice-writer-nogui", "kaarten.pdf"),
            (["spelvorm", "2", "--format", "pdf"], "libreoffice-writer-nogui", "spelvorm-2.pdf"),
        ] {
            let result = try library.run(arguments, environment: missing)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errors.contains("sudo apt-get install \(package) python3-uno"), "\(arguments): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: library.url("Exports/\(file)").path), "\(file)")
        }
    }

    @Test func validatingODFWithoutSchemasSaysWhatToSet() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["export", "--format", "fodt", "--validate"], environment: ["VERHAAL_ODF_SCHEMAS": "/nergens"])
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot validate the fodt export"))
        #expect(result.errors.contains("VERHAAL_ODF_SCHEMAS"))
        #expect(!FileManager.default.fileExists(atPath: library.url("Exports/wenkend-perspectief.fodt").path))
    }

    @Test func privateEntriesAppearInNoExportAndNetworkEntriesInNoPublicOne() throws {
        let library = try TemporaryLibrary.sampleCopy()
        for name in Self.compositions {
            #expect(try library.run(["export", name, "--format", "all"]).status == 0)
        }
        let entries = try #require(
            try JSONSerialization.jsonObject(
                with: Data(library.run(["list", "--json"]).output.utf8)) as? [[String: Any]])
        /// Every export of a composition as text: DocBook, flat ODT, flat ODP, and the parts of the ODT.
        func exported(_ name: String) throws -> String {
            var text = ""
            for format in ["xml", "fodt", "fodp"] { text += try library.text("Exports/\(name).\(format)") }
            let unzip = Process()
            unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            unzip.arguments = [
                "python3", "-c",
                "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [sys.stdout.write(z.read(n).decode()) for n in z.namelist()]",
                library.url("Exports/\(name).odt").path,
            ]
            let pipe = Pipe()
            unzip.standardOutput = pipe
            try unzip.run()
            let parts = pipe.fileHandleForReading.readDataToEndOfFile()
            unzip.waitUntilExit()
            #expect(unzip.terminationStatus == 0)
            return text + String(decoding: parts, as: UTF8.self)
        }
        let everything = try Self.compositions.map(exported).joined()
        let privateEntries = entries.filter { $0["share"] as? String == "private" }
        #expect(!privateEntries.isEmpty, "the sample has a private entry to test with")
        for entry in privateEntries {
            let id = try #require(entry["id"] as? String)
            let title = try #require(entry["title"] as? String)
            #expect(!everything.contains("\"\(id)\""), "\(id)")
            #expect(!everything.contains(title), "\(title)")
            #expect(!everything.contains("hoort in geen enkel verslag"))
        }
        let board = try exported("raad-van-commissarissen")
        #expect(board.contains("<section xml:id=\"zes-indicatoren\" role=\"anecdote\""), "public entries do appear")
        #expect(board.contains("<text:bookmark text:name=\"zes-indicatoren\"/>"), "also in the ODF files")
        for entry in entries where entry["share"] as? String == "network" {
            let id = try #require(entry["id"] as? String)
            #expect(!board.contains("\"\(id)\"") && !board.contains("\"v-\(id)\"") && !board.contains("bron-\(id)\""), "\(id)")
            #expect(!board.contains("#\(id)\"") && !board.contains("#v-\(id)\""), "\(id)")
            #expect(!board.contains(try #require(entry["title"] as? String)), "\(id)")
        }
    }

    /// The formats come from `ExportFormat`: `--list-formats` (which the Makefile reads) and the
    /// help name each, and `--format` takes each.
    @Test func theFormatsAreListedFromExportFormatAndEachIsAccepted() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let listed = try library.run(["export", "--list-formats"])
        #expect(listed.status == 0)
        #expect(listed.output == "docbook\nfodt\nodt\nfodp\nodp\n")
        let help = try library.run(["export", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("docbook, fodt, odt, fodp, odp, pdf, docx, pptx or all (all but pdf, docx, pptx)."))
        let wrong = try library.run(["export", "--format", "doc"])
        #expect(wrong.status != 0 && wrong.errors.contains("'doc'"))
    }

    /// One member's broken story blocks no board export: it is left out and named, and
    /// `--strict` refuses as before.
    @Test func aBrokenStoryIsLeftOutOfAnExportWithAWarningAndStrictRefuses() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write(
            "---\nkind: anecdote\ntitle: Lokaas\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\n![](/aanmelden?token=abc)\n",
            to: "Stories/anekdotes/lokaas.md")
        let strict = try library.run(["export", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.errors.contains("nothing was exported") && strict.errors.contains("[V103]"))
        let export = try library.run(["export", "--format", "docbook"])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.errors.contains("warning: Stories/anekdotes/lokaas.md is left out"))
        #expect(!(try library.text("Exports/wenkend-perspectief.xml")).contains("Lokaas"))
    }

    @Test func aControlCharacterIsACheckErrorAndStrictExportRefuses() throws {
        let library = try TemporaryLibrary()
        try library.write(
            "---\nkind: anecdote\ntitle: Bel\ndate: 2019-01-01\nteller: P\nlessons: [delen]\n---\nEen \u{7} bel.\n",
            to: "Stories/anekdotes/bel.md")
        let check = try library.run(["check"])
        #expect(check.status == 1)
        #expect(check.output.contains("Stories/anekdotes/bel.md:8:5: error: the file contains the control character U+0007"))
        let export = try library.run(["export", "--strict"])
        #expect(export.status == 1)
        #expect(export.errors.contains("nothing was exported"))
        #expect(export.errors.contains("Stories/anekdotes/bel.md:8:5: error: the file contains the control character U+0007"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.url("Exports").path).isEmpty)
    }

    @Test func anInvalidResultLeavesThePreviousExportUntouched() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["export"]).status == 0)
        let before = try Data(contentsOf: library.url("Exports/wenkend-perspectief.xml"))
        // A schema that only accepts <book>: every article is invalid against it.
        try library.write(
            """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://docbook.org/ns/docbook">
              <start><element name="book"><text/></element></start>
            </grammar>
            """, to: "book-only.rng")
        try library.write(
            "---\nkind: quote\ntitle: Nieuw\ndate: 2021-01-01\nteller: P\nspeaker: S\nlessons: [delen]\n---\nNieuwe woorden.\n",
            to: "Stories/citaten/nieuw.md")
        let result = try library.run(["export", "--validate", "--docbook-schema", "book-only.rng"])
        #expect(result.status == 1)
        #expect(result.errors.contains("is not valid against"))
        #expect(result.errors.contains("line 2:"), "\(result.errors)")
        #expect(try Data(contentsOf: library.url("Exports/wenkend-perspectief.xml")) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: library.url("Exports").path).sorted() == [
                "wenkend-perspectief.manifest.json", "wenkend-perspectief.xml",
            ])
    }

    @Test func aMissingSchemaIsSaidNotSkipped() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["export", "--validate"], environment: ["VERHAAL_DOCBOOK_SCHEMA": "/nergens/docbook.rng"])
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot validate the docbook export: no schema at /nergens/docbook.rng"))
        #expect(result.errors.contains("docbook5-xml"))
    }

    @Test func theSameLibraryGivesTheSameBytes() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.run(["export", "raad-van-commissarissen"])
        let first = try Data(contentsOf: library.url("Exports/raad-van-commissarissen.xml"))
        try library.run(["export", "raad-van-commissarissen"])
        #expect(try Data(contentsOf: library.url("Exports/raad-van-commissarissen.xml")) == first)
    }

    @Test func headingsAreEnglishWhenTheLibrarySaysSo() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write("language: en\n", to: "verhaal.yaml")
        #expect(try library.run(["export", "--validate"]).status == 0)
        let text = try library.text("Exports/wenkend-perspectief.xml")
        #expect(text.contains("xml:lang=\"en\""))
        #expect(text.contains("<title>Introduction</title>"))
        #expect(text.contains("<title>Five lessons</title>"))
        #expect(text.contains("<appendix xml:id=\"verantwoording\"><title>Sources</title>"))
        #expect(text.contains("12 June 2019"))
    }

    @Test func composePrintsTheOutlineGapsAndWhatWasLeftOut() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["compose", "raad-van-commissarissen"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Resultaat gaat voor de vorm  [3 entries]"))
        #expect(result.output.contains("Left out: twijfel-in-de-trein (share: private, never exported)"))
        #expect(result.output.contains("Left out: de-pendule (share: network, and the audience is public)"))

        try library.write(
            "title: Leeg\nfilter:\n  lessons: [dynamiek]\n  kinds: [quote]\n  tellers: [Niemand]\n", to: "Stories/verhalen/leeg.yaml")
        let empty = try library.run(["compose", "leeg", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(empty.output.utf8)) as? [String: Any])
        #expect(json["emptyLessons"] as? [String] == ["resultaat", "grenzeloos", "delen", "dynamiek", "verhaal"])
        #expect(json["emptyPerspectives"] as? [String] == ["jezelf", "bestuurder", "netwerk"])

        let list = try library.run(["compose", "--list"])
        #expect(list.output == "wenkend-perspectief\nleeg\nraad-van-commissarissen\n")
        let unknown = try library.run(["compose", "bestaat-niet"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no composition 'bestaat-niet'"))
    }

    @Test func aCompositionNamingUnknownEntriesIsRefused() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write("entries: [zes-indicatoren, verzonnen]\n", to: "Stories/verhalen/fout.yaml")
        let result = try library.run(["export", "fout"])
        #expect(result.status == 1)
        #expect(result.errors.contains("Stories/verhalen/fout.yaml:1:1: error: entry 'verzonnen' is not in the library"))
        let check = try library.run(["check"])
        #expect(check.status == 1)
        #expect(check.output.contains("Stories/verhalen/fout.yaml:1:1: error: entry 'verzonnen'"))
        #expect(!FileManager.default.fileExists(atPath: library.url("Exports/fout.xml").path))
    }
}
