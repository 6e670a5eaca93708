import LadderCLI

LadderCommand.runAsMain()
