import ArgumentParser

extension VerhaalCommand {
    struct Completion: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the shell completion script for bash, zsh or fish.",
            discussion: HelpText.text(
                """
                The script completes the commands and their options, and from the library you
                stand in the story ids (show, edit, withdraw, round pick), lessons and
                perspectives (--lesson, --perspective), questions (--answer), compositions
                (compose, export), rounds and members. It asks verhaal for those names as you
                type, and verhaal reads only the folder listing, verhaal.yaml and the members'
                file, so the answer comes at once.

                Examples:
                  verhaal completion bash > ~/.local/share/bash-completion/completions/verhaal
                  verhaal completion zsh > ~/.zfunc/_verhaal
                  verhaal completion fish > ~/.config/fish/completions/verhaal.fish
                """))

        enum Shell: String, ExpressibleByArgument, CaseIterable {
            case bash, zsh, fish
        }

        @Argument(help: "bash, zsh or fish.")
        var shell: Shell

        func run() throws {
            let kind: CompletionShell =
                switch shell {
                case .bash: .bash
                case .zsh: .zsh
                case .fish: .fish
                }
            print(VerhaalCommand.completionScript(for: kind))
        }
    }
}
