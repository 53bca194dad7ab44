import Foundation
import Testing
import VerhaalTestSupport

/// `list --csv`, `import` and `export-qda` as a coordinator runs them.
@Suite struct ImportCommandTests {
    @Test func aCSVOfTheSampleImportsBackWithoutAMappingAndADryRunWritesNothing() throws {
        let sample = try TemporaryLibrary.sampleCopy()
        let csv = try sample.run(["list", "--csv"])
        #expect(csv.status == 0, "\(csv.errors)")
        let empty = try TemporaryLibrary()
        try empty.write(csv.output, to: "verhalen.csv")
        try FileManager.default.createDirectory(at: empty.url("Stories/beeld"), withIntermediateDirectories: true)
        for picture in try FileManager.default.contentsOfDirectory(atPath: sample.url("Stories/beeld").path) {
            try FileManager.default.copyItem(at: sample.url("Stories/beeld/\(picture)"), to: empty.url("Stories/beeld/\(picture)"))
        }
        let dryRun = try empty.run(["import", "verhalen.csv", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.errors)")
        #expect(dryRun.output.contains("would add zes-indicatoren  (row "))
        #expect(try empty.run(["list"]).output.contains("No entries match."), "a dry run writes nothing")
        let imported = try empty.run(["import", "verhalen.csv"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(try empty.run(["list", "--csv"]).output == csv.output, "the same stories, byte for byte")
        let again = try empty.run(["import", "verhalen.csv"])
        #expect(again.output.contains("0 stories added"))
    }

    @Test func badRowsAreReportedByRowAndColumnWithExitOne() throws {
        let library = try TemporaryLibrary()
        try library.write("Titel;Datum;Verteller\nGoed;2019-06-12;Paul\nFout;2019-02-30;Paul\n;2019-06-12;Paul\n", to: "nl.csv")
        let result = try library.run([
            "import", "nl.csv", "--map", "title=Titel", "--map", "date=Datum", "--map", "teller=Verteller", "--kind", "anecdote",
        ])
        #expect(result.status == 1)
        #expect(result.errors.contains("nothing was imported; 2 problems"), "\(result.errors)")
        #expect(result.errors.contains("row 3, column 'Datum'"))
        #expect(result.errors.contains("row 4, column 'Titel'"))
        let typo = try library.run(["import", "nl.csv", "--map", "titel=Titel"])
        #expect(typo.status != 0 && typo.errors.contains("did you mean 'title'"), "\(typo.errors)")
    }

    @Test func aPublicCSVAndProjectHoldOnlyPublicStoriesUnderPseudonyms() throws {
        let sample = try TemporaryLibrary.sampleCopy()
        let csv = try sample.run(["list", "--csv", "--audience", "public"])
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(!csv.output.contains(",network,") && !csv.output.contains(",private,"))
        #expect(csv.output.contains(",public,"))
        #expect(!csv.output.contains("Paul Sebregts"), "tellers are replaced for the public")
        let export = try sample.run(["export-qda", "--audience", "public", "--out", "Exports/publiek.qdpx", "--validate"])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output.contains("wrote Exports/publiek.qdpx (25 stories, audience public, valid REFI-QDA)"), "\(export.output)")
        let noSchemas = try sample.run(
            ["export-qda", "--out", "Exports/x.qdpx", "--validate"], environment: ["VERHAAL_REFI_SCHEMAS": "/nonexistent"])
        #expect(noSchemas.status != 0 && !FileManager.default.fileExists(atPath: sample.url("Exports/x.qdpx").path))
        let codebook = try sample.run(["export-qda", "--format", "qdc", "--out", "Exports/codeboek.qdc"])
        #expect(codebook.status == 0)
        #expect(try sample.text("Exports/codeboek.qdc").contains("urn:QDA-XML:codebook:1.0"))
    }

    @Test func aMarkdownReportImportsAsAVisitWithAWarningAboutLessons() throws {
        let library = try TemporaryLibrary()
        try library.write("# Tilburg\n\nOp 2019-11-14 in Tilburg.\n\n## Het netwerk\n\nEen verhaal.\n", to: "tilburg.md")
        let dryRun = try library.run(["import", "tilburg.md", "--teller", "Paul", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.errors)")
        #expect(dryRun.output.contains("would add 2019-11-14-tilburg  (the report 'Tilburg')"))
        #expect(dryRun.output.contains("would add het-netwerk  (heading 'Het netwerk')"))
        let imported = try library.run(["import", "tilburg.md", "--teller", "Paul"])
        #expect(imported.status == 0)
        #expect(imported.errors.contains("2 stories have no lesson yet"))
        #expect(try library.text("Stories/anekdotes/het-netwerk.md").contains("visit: 2019-11-14-tilburg"))
        let noTeller = try library.run(["import", "tilburg.md"])
        #expect(noTeller.status != 0 && noTeller.errors.contains("--teller"))
    }
}
