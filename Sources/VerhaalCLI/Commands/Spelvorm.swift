import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct Spelvorm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the worksheet of one of the five spelvormen, filled from the library.",
            discussion: HelpText.text(
                """
                Writes Exports/spelvorm-N.odt (--format fodt for one flat file, --format pdf for a
                PDF through LibreOffice, with table rows kept whole): the spelvorm's
                purpose as the essay gives it, the note that the facilitator takes no part, and
                1 the lesson's stories as prompts with boxes for the shared ambition and result;
                2 the challenges the stories name, each with room for a solution "vanuit de
                bedoeling"; 3 the leadership roles, each with a story that shows it and a column
                "welke rol past bij mij"; 4 the network's factors and organisations with columns
                for worries and challenges; 5 a canvas for the network's story.

                The stories are a composition's (for its audience, --composition NAME) or every
                story the network may see; a private story never appears.

                Examples:
                  verhaal spelvorm 3
                  verhaal spelvorm 1 --composition raad-van-commissarissen --validate
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The spelvorm, 1 to 5.")
        var number: Int

        @Option(help: "A composition whose stories fill the worksheet.")
        var composition: String?

        @Option(help: "odt (default), fodt, or pdf (through LibreOffice).")
        var format: SessionDocument.Format = .odt

        @Flag(help: "Validate against the ODF 1.3 schema before writing.")
        var validate = false

        @Option(help: ArgumentHelp("The folder with the ODF 1.3 RELAX NG schemas.", valueName: "folder"))
        var odfSchemas: String?

        func run() throws {
            guard (1...5).contains(number) else {
                throw VerhaalError("there is no spelvorm \(number)", hint: "the essay has spelvormen 1 to 5")
            }
            let store = try libraryOptions.store()
            let library = try libraryOptions.load()
            var entries = library.entries.filter { Audience.network.allows($0.share) }
            if let composition {
                let chosen = try library.composition(named: composition)
                let used = try ExportPipeline.compose(library, name: composition).report.entriesUsed
                entries = used.compactMap(library.entry(id:)).filter { chosen.audience.allows($0.share) }
            }
            guard let narrative = SpelvormWorksheet.narrative(number: number, library: library, entries: entries, date: .exportDate())
            else {
                throw VerhaalError("the framework has no lesson \(number) for spelvorm \(number)", hint: "see 'verhaal lessons'")
            }
            let data = try Exporter.render(narrative, as: format.written)
            print(
                try SessionDocument.save(
                    data, named: "spelvorm-\(number)", format: format, validate: validate, odfSchemas: odfSchemas, store: store))
        }
    }
}
