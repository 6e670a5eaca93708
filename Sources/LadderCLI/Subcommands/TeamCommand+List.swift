import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension TeamCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the people kept, their levels and when each copy was kept.")

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let catalog = try catalogOptions.load()
            let store = TeamStore(progressPath: try progressOptions.path())
            let (members, problems) = store.load()
            for problem in problems { writeToStandardError("ladder: warning: skipped \(problem)\n") }
            guard !members.isEmpty else {
                if store.folderProblem() != nil {
                    throw CommandFailure.failed("the team's copies cannot be read (see above)")
                }
                return try emit("No team kept. `ladder team add FILE --name NAME` keeps one (in \(store.directory)).")
            }
            func title(_ id: String?) -> String { id.map { catalog.level(id: $0)?.shortTitle ?? $0 } ?? "not set" }
            for member in members {
                let yours =
                    member.managerRatings.map { ", your \(Plural.count($0.count, "rating")) of them kept" } ?? ""
                try emit(
                    "\(member.name): current \(title(member.progress.currentLevel)), target \(title(member.progress.targetLevel)), "
                        + "\(Plural.count(member.progress.ratings.count, "rating")), kept \(member.keptOn)\(yours)")
            }
        }
    }
}
