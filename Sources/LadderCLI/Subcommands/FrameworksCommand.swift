import ArgumentParser
import LadderCore
import LadderImport
import LadderFiles

struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks", abstract: "List or remove installed frameworks.",
        subcommands: [List.self, Remove.self], defaultSubcommand: List.self)
}
