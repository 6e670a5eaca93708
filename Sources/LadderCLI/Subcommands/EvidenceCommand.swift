import ArgumentParser
import LadderCore

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Keep dated evidence for your skills: add, list, remove.",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)
}
