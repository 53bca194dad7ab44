import VerhaalCLI

VerhaalCommand.main()
