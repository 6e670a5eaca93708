import ArgumentParser
import LadderCore
import LadderText

extension LevelCommand {
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set your current or target level.")

        @Argument(help: "current or target")
        var role: LevelRole

        @Argument(help: "A level id, title or alias.", completion: Completions.levels)
        var level: String

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let catalog = try catalogOptions.load()
            let level = try catalog.requireLevel(named: level, saving: true)
            let store = try progressOptions.openStore()
            let progress = store.progress
            if role == .target, let problem = catalog.problemWithTarget(level.id, current: progress.currentLevel) {
                throw CommandFailure.usage("\(problem); nothing was changed")
            }
            // A target the new current level reaches or passes is no target: cleared, and said,
            // as the explorer does.
            let stale =
                role == .current
                ? progress.targetLevel.flatMap { target in
                    catalog.problemWithTarget(target, current: level.id).map { (target, $0) }
                } : nil
            try record([.setLevel(role, level.id)] + (stale == nil ? [] : [.setLevel(.target, nil)]), in: store)
            try emit("Your \(role.rawValue) level is \(level.title) (\(level.id))")
            if let (target, problem) = stale {
                try emit(
                    "Your target, \(catalog.level(id: target).map(catalog.distinctShortTitle(of:)) ?? target), was cleared: \(problem). "
                        + "`ladder level set target LEVEL` sets another.")
            }
        }
    }
}
