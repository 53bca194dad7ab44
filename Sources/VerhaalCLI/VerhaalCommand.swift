import ArgumentParser

/// The `verhaal` command: record, find and compose the stories of an organisation network.
public struct VerhaalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "verhaal",
        abstract: "Record, find and compose the stories of an organisation network.",
        discussion: """
            A story library is a folder with Stories/ (one Markdown file per entry) and an
            optional verhaal.yaml. Commands find it by walking up from the current folder,
            or take --library PATH.

            Examples:
              verhaal init mijn-netwerk
              verhaal add anecdote --title "Zes indicatoren" --teller Paul --lesson 1 --text "..."
              verhaal list --lesson delen --perspective netwerk
              verhaal edit zes-indicatoren --add-tag effectmeting --share public
              verhaal check
              verhaal lessons
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Add.self, List.self, Show.self, Edit.self, Check.self, Lessons.self,
            Compose.self, Export.self,
        ]
    )

    public init() {}
}
