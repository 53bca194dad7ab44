import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct Cards: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print story cards for a sensemaking session: four per A4 page, with cut lines.",
            discussion: HelpText.text(
                """
                Writes Exports/kaarten.odt (or kaarten-COMPOSITION.odt; --format fodt for one flat
                file, --format pdf for a PDF through LibreOffice, to print as it is). Each card shows the title, kind, date and teller, the text (shortened at a
                word, with "(lees verder: ID)"), the lessons as labels and the teller's answers to
                the story questions (scales as small bars).

                The stories are a composition's (in its order, for its audience) or those the
                filters select, as 'verhaal list' takes them. A private story is never printed;
                with --audience public only public stories are, and the teller is "anoniem".

                Examples:
                  verhaal cards --lesson 3 --format pdf
                  verhaal cards raad-van-commissarissen --validate
                  verhaal cards --tag draagvlak --audience public --format fodt
                """))

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Argument(help: "A composition whose stories become cards (default: the filters' stories).")
        var composition: String?

        @Option(help: "network (default) or public; a composition's own audience wins.")
        var audience: Audience = .network

        @Option(help: "odt (default), fodt, or pdf (through LibreOffice).")
        var format: SessionDocument.Format = .odt

        @Flag(help: "Validate against the ODF 1.3 schema before writing.")
        var validate = false

        @Option(help: ArgumentHelp("The folder with the ODF 1.3 RELAX NG schemas.", valueName: "folder"))
        var odfSchemas: String?

        func run() throws {
            let store = try libraryOptions.store()
            let library = try libraryOptions.load()
            let (entries, audience) = try selection(library)
            let cards = StoryCards.cards(for: entries, library: library, audience: audience)
            guard !cards.isEmpty else {
                throw VerhaalError(
                    "no story to print", hint: "choose other filters, or check the audience: private stories are never printed")
            }
            let data = try CardSheetWriter.write(cards, language: library.settings.language, date: .exportDate(), format: format.written)
            let name = "kaarten" + (composition.map { "-" + $0 } ?? "")
            let saved = try SessionDocument.save(
                data, named: name, format: format, validate: validate, odfSchemas: odfSchemas, store: store)
            let pages = (cards.count + 3) / 4
            print(saved + ": \(Plural.count(cards.count, "card", "cards")) on \(Plural.count(pages, "page", "pages"))")
        }

        /// The stories and the audience: a composition's, or the filters' for `--audience`.
        private func selection(_ library: Library) throws -> ([Entry], Audience) {
            if let composition {
                guard filters.isEmpty else {
                    throw VerhaalError("a composition and filters cannot be combined", hint: "give either a composition or filters")
                }
                let result = try ExportPipeline.compose(library, name: composition)
                let chosen = try library.composition(named: composition)
                return (result.report.entriesUsed.compactMap(library.entry(id:)), chosen.audience)
            }
            return (try filters.query(framework: library.framework).filter(library.entries), audience)
        }
    }
}
