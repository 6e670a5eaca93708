import ArgumentParser
import LadderCore
import LadderText

struct OpinionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opinion",
        abstract: "Keep a second opinion: a manager's or mentor's ratings of your skills, beside your own.",
        discussion: """
            They rate your skills blind with ladder (`ladder --progress-file for-you.json`, or `ladder rate` with it) and \
            send you the file. `ladder opinion add` keeps a copy beside your progress file; your own ratings are never \
            changed by it. A later version of their file: `ladder opinion add FILE --name NAME --replace`.
            """,
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)
}
