import ArgumentParser
import LadderCore
import LadderText

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "A manager's view of their reports: who is ready for a level, where the team is thin.",
        discussion: """
            Each report shares their progress file by choice; `ladder team add FILE --name NAME` keeps a copy beside \
            your progress file (their file is never written). A newer version of their file needs `add --replace`. \
            Your own ratings of a report (a progress file you rated them in, blind), kept with \
            `ladder team add FILE --name NAME --my-ratings`, show where you and they differ by two steps or more. \
            Nothing leaves this machine.
            """,
        subcommands: [Show.self, Add.self, List.self, Remove.self], defaultSubcommand: Show.self)
}
