import VerhaalCLI

await VerhaalCommand.runFromCommandLine()
