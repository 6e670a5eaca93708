import ArgumentParser
import LadderCore

extension LevelCommand {
    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clear", abstract: "Clear your current or target level.")

        @Argument(help: "current or target")
        var role: LevelRole

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = try progressOptions.openStore()
            try record([.setLevel(role, nil)], in: store)
            try emit("Cleared your \(role.rawValue) level")
        }
    }
}
