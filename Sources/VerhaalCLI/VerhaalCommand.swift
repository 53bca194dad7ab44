import ArgumentParser
import VerhaalKit

/// The `verhaal` command: record, find and compose the stories of an organisation network.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct VerhaalCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "verhaal",
        abstract: "Record, find and compose the stories of an organisation network.",
        discussion: HelpText.text(
            """
            A story library is a folder with Stories/ (one Markdown file per entry) and an
            optional verhaal.yaml. Commands find it by walking up from the current folder,
            or take --library PATH.

            At a terminal, errors, warnings, ids and headings are in colour; NO_COLOR (set
            to anything) or --no-color, which every command takes, turns it off. Tables fit
            the terminal's width ($COLUMNS), and an id is never cut.

            Examples:
              verhaal init mijn-netwerk
              verhaal add anecdote --title "Zes indicatoren" --teller Paul --lesson 1 \\
                  --text "..."
              verhaal list --lesson delen --perspective netwerk
              verhaal edit zes-indicatoren --add-tag effectmeting --share public
              verhaal check
              verhaal lessons
              verhaal member add "Paul" --coordinator
              verhaal serve --port 8080
            """),
        version: "0.1.0",
        subcommands: [
            Init.self, Add.self, Import.self, List.self, Show.self, Edit.self, Withdraw.self, Privacy.self, Names.self, Sync.self,
            History.self,
            Check.self, Lessons.self,
            Questions.self,
            Compose.self, Export.self, ExportQDA.self, Cards.self, Spelvorm.self, Session.self, Round.self, Patterns.self, Index.self,
            Member.self,
            Serve.self,
            Completion.self,
            StatisticsCheck.self,
        ]
    )

    public init() {}

    /// Parses the command line and runs the command, awaiting the asynchronous ones (`serve`).
    /// Called from `main.swift`, where `await VerhaalCommand.main()` would pick the synchronous
    /// `main()` and stop with a configuration error.
    public static func runFromCommandLine() async {
        var command: ParsableCommand
        let arguments = Colour.configure(Array(CommandLine.arguments.dropFirst()))
        do {
            command = try await asyncParseAsRoot(arguments)
        } catch {
            if let unknown = unknownSubcommand(in: arguments) {
                StandardError.print(unknown)
                Self.exit(withError: ExitCode.validationFailure)
            }
            exit(withError: error)
        }
        do {
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            // A usage error found while running (an --answer the framework does not have) shows
            // the usage of the command that was run, not of 'verhaal'.
            if error is ValidationError, let path = path(to: type(of: command)) {
                StandardError.print(
                    Colour.error("Error:") + " \(error)\nUsage: \(path) <options>\n  See '\(path) --help' for more information.")
                exit(withError: ExitCode.validationFailure)
            }
            if let refusal = error as? VerhaalError {
                StandardError.print(Colour.describe(refusal))
                exit(withError: ExitCode.failure)
            }
            exit(withError: error)
        }
    }

    /// For `verhaal lsit`: the word where a subcommand belongs that names none, with the nearest
    /// one (the rule `check` uses for keys), as git says it; nil when the words name commands.
    static func unknownSubcommand(in arguments: [String]) -> String? {
        var command: ParsableCommand.Type = VerhaalCommand.self
        var path = "verhaal"
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-"), word != "help" else { return nil }
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                let names = subcommands.map { $0._commandName }
                let suggestion =
                    KeySuggestion.closest(to: word, among: names).map { "\n\nThe most similar command is\n\t\(path) \($0)" } ?? ""
                return "Error: '\(word)' is not a command of '\(path)'. See '\(path) --help'.\(suggestion)"
            }
            command = next
            path += " \(word)"
        }
        return nil
    }

    /// `verhaal member add`: how the user names a subcommand.
    static func path(to command: ParsableCommand.Type, in parent: ParsableCommand.Type = VerhaalCommand.self, prefix: String = "verhaal")
        -> String?
    {
        for subcommand in parent.configuration.subcommands {
            let name = "\(prefix) \(subcommand._commandName)"
            if subcommand == command { return name }
            if let found = path(to: command, in: subcommand, prefix: name) { return found }
        }
        return nil
    }
}
