import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Round: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Most Significant Change rounds: a panel chooses the most significant story per domain, and says why.",
            discussion: HelpText.text(
                """
                A round is a plain-text file, Stories/rondes/NAME.md: the panel, the date, the
                domains of change (the lessons and "Wat verandert er voor bewoners?", or the
                framework's own), the candidate stories, and per domain the choice with its
                reasons and any dissent. A round --after another takes that round's chosen
                stories as candidates: network table, then board. A reason is at least one full
                sentence of 8 words or more; a closed round has a choice or "geen keuze" for every
                domain. 'verhaal check' checks every round; the tellers see on their story's page
                and in 'verhaal show' that their story was a candidate or was chosen, and why.
                Coordinators can do all of this in the browser too: the page Rondes of
                'verhaal serve', with the same checks.

                Examples:
                  verhaal round open netwerktafel-2020 --panel Netwerktafel --since 2019-06-01
                  verhaal round pick netwerktafel-2020 --domain resultaat zes-indicatoren \\
                      --reason "…"
                  verhaal round pick netwerktafel-2020 --domain bewoners --none --reason "…"
                  verhaal round close netwerktafel-2020
                  verhaal round open rvc-2020 --panel "Raad van commissarissen" \\
                      --after netwerktafel-2020
                """),
            subcommands: [Open.self, Pick.self, Close.self, List.self])
    }
}

extension VerhaalCommand.Round {
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a round with its candidate stories.")

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Argument(help: "The round's name (lower-case letters, digits, hyphens).")
        var name: String

        @Option(help: "Who chooses, e.g. \"Netwerktafel\".")
        var panel: String

        @Option(help: "A closed round whose chosen stories are the candidates.")
        var after: String?

        @Option(help: "The day of the round (default: today).", transform: LocalDate.argument)
        var date: LocalDate?

        func run() throws {
            let store = try libraryOptions.store()
            let library = try libraryOptions.load()
            let round = try MSCRound.opening(
                name: name, panel: panel, date: date ?? .today(), after: after, query: try filters.query(framework: library.framework),
                in: library)
            let path = try store.createRound(round)
            print("\(path): \(Plural.count(round.candidates.count, "candidate", "candidates")), \(round.domains.count) domains")
        }
    }

    struct Pick: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the panel's choice in one domain, with its reasons.")

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The round.", completion: Completions.rounds)
        var name: String

        @Option(help: "The domain of change (see 'verhaal round list').")
        var domain: String

        @Argument(help: "The chosen story's id.", completion: Completions.ids)
        var story: String?

        @Flag(help: "The panel chooses no story in this domain (\"geen keuze\"); the reason says why.")
        var none = false

        @Option(help: "Why this story matters most here: at least one sentence of 8 words or more.")
        var reason: String

        @Option(help: "What a part of the panel saw differently.")
        var dissent: String?

        @Flag(help: "Choose again in a domain that has a choice; the earlier one stays in the round as replaced.")
        var replace = false

        func run() throws {
            guard (story == nil) == none else { throw none ? RoundRefusal.storyAndNone : RoundRefusal.noStory }
            let store = try libraryOptions.store()
            var earlier: RoundChoice?
            try store.updateRound(name) { round in
                earlier = round.choice(for: domain)
                try round.pick(domain: domain, story: story, reason: reason, dissent: dissent, replacing: replace)
            }
            print("\(name): \(domain) → \(story ?? RoundChoice.noChoice)")
            if let earlier { print("Replaced: \(earlier.story ?? RoundChoice.noChoice) (kept in the round as replaced)") }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a round once every domain has a choice or \"geen keuze\".")

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The round.", completion: Completions.rounds)
        var name: String

        func run() throws {
            let store = try libraryOptions.store()
            try store.updateRound(name) { round in try round.close() }
            print("\(name): closed")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rounds, their domains and their choices.")

        @OptionGroup var libraryOptions: LibraryOptions

        func run() throws {
            let library = try libraryOptions.load()
            guard !library.rounds.isEmpty else {
                print("No rounds yet. Open one with 'verhaal round open NAME --panel PANEL'.")
                print("Domains: " + library.framework.domains.map { "\($0.id) (\($0.title))" }.joined(separator: ", "))
                return
            }
            for round in library.rounds {
                let state = round.isClosed ? "closed" : "open"
                print(
                    "\(round.id): \(round.panel), \(round.date), \(state), \(Plural.count(round.candidates.count, "candidate", "candidates"))"
                        + (round.after.map { ", after \($0)" } ?? ""))
                for domain in round.domains {
                    let choice = round.choice(for: domain)
                    print("  \(domain): " + (choice.map { $0.story ?? RoundChoice.noChoice } ?? "–"))
                }
            }
        }
    }
}
