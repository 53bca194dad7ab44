import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Round: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Most Significant Change rounds: a panel chooses the most significant story per domain, and says why.",
            discussion: """
                A round is a plain-text file, Stories/rondes/NAME.md: the panel, the date, the
                domains of change (the lessons and "Wat verandert er voor bewoners?", or the
                framework's own), the candidate stories, and per domain the choice with its
                reasons and any dissent. A round --after another takes that round's chosen
                stories as candidates: network table, then board. A reason is at least one full
                sentence of 8 words or more; a closed round has a choice or "geen keuze" for every
                domain. 'verhaal check' checks every round; the tellers see on their story's page
                and in 'verhaal show' that their story was a candidate or was chosen, and why.

                Examples:
                  verhaal round open netwerktafel-2020 --panel Netwerktafel --since 2019-06-01
                  verhaal round pick netwerktafel-2020 --domain resultaat zes-indicatoren --reason "…"
                  verhaal round pick netwerktafel-2020 --domain bewoners --none --reason "…"
                  verhaal round close netwerktafel-2020
                  verhaal round open rvc-2020 --panel "Raad van commissarissen" --after netwerktafel-2020
                """,
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
            var candidates: [String]
            if let after {
                guard filters.isEmpty else {
                    throw VerhaalError("--after and filters cannot be combined", hint: "a round after another reads that round's choices")
                }
                guard let previous = library.rounds.first(where: { $0.id == after }) else {
                    throw VerhaalError("there is no round '\(after)' without errors", hint: "see 'verhaal round list' and 'verhaal check'")
                }
                guard previous.isClosed else {
                    throw VerhaalError("the round '\(after)' is still open", hint: "close it first: verhaal round close \(after)")
                }
                candidates = previous.chosenStories
            } else {
                // A panel reads the stories: a private one is never among them.
                candidates = try filters.query(framework: library.framework).filter(library.entries)
                    .filter { $0.share != .private }.map(\.id)
            }
            guard !candidates.isEmpty else {
                throw VerhaalError("the round would have no candidates", hint: "choose other filters, or a round with chosen stories")
            }
            let round = MSCRound(
                id: name, path: "", panel: panel, date: date ?? .today(), after: after,
                domains: library.framework.domains.map(\.id), candidates: candidates)
            let path = try store.createRound(round)
            print("\(path): \(Plural.count(candidates.count, "candidate", "candidates")), \(round.domains.count) domains")
        }
    }

    struct Pick: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the panel's choice in one domain, with its reasons.")

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The round.")
        var name: String

        @Option(help: "The domain of change (see 'verhaal round list').")
        var domain: String

        @Argument(help: "The chosen story's id.")
        var story: String?

        @Flag(help: "The panel chooses no story in this domain (\"geen keuze\"); the reason says why.")
        var none = false

        @Option(help: "Why this story matters most here: at least one sentence of 8 words or more.")
        var reason: String

        @Option(help: "What a part of the panel saw differently.")
        var dissent: String?

        func run() throws {
            guard (story == nil) == none else {
                throw VerhaalError(
                    none ? "give a story or --none, not both" : "give the chosen story's id, or --none",
                    hint: "verhaal round pick NAME --domain D ID --reason …")
            }
            if let problem = ReasonRule.problem(reason) { throw VerhaalError(problem, hint: ReasonRule.hint) }
            let store = try libraryOptions.store()
            try store.updateRound(name) { round, _ in
                guard !round.isClosed else { throw VerhaalError("the round '\(name)' is closed", hint: "open a new round to choose again") }
                guard round.domains.contains(domain) else {
                    throw VerhaalError(
                        "'\(domain)' is not a domain of this round", hint: "the domains are: \(round.domains.joined(separator: ", "))")
                }
                if let story, !round.candidates.contains(story) {
                    throw VerhaalError(
                        "'\(story)' is not a candidate of this round",
                        hint: "the candidates are: \(round.candidates.joined(separator: ", "))")
                }
                round.choices.removeAll { $0.domain == domain }
                round.choices.append(RoundChoice(domain: domain, story: story, reason: reason, dissent: dissent))
                round.choices.sort { (round.domains.firstIndex(of: $0.domain) ?? 0) < (round.domains.firstIndex(of: $1.domain) ?? 0) }
            }
            print("\(name): \(domain) → \(story ?? RoundChoice.noChoice)")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a round once every domain has a choice or \"geen keuze\".")

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The round.")
        var name: String

        func run() throws {
            let store = try libraryOptions.store()
            try store.updateRound(name) { round, _ in
                guard round.openDomains.isEmpty else {
                    throw VerhaalError(
                        "the round has no choice yet for \(round.openDomains.joined(separator: ", "))",
                        hint: "record one, or 'geen keuze' with a reason: verhaal round pick \(name) --domain D --none --reason …")
                }
                round.isClosed = true
            }
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
