import ArgumentParser
import LadderCore

struct LevelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "level", abstract: "Set or clear your current and target level.",
        subcommands: [Set.self, Clear.self])
}

extension LevelRole: ExpressibleByArgument {}
