import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension OpinionCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the opinions kept.")

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = OpinionStore(progressPath: try progressOptions.path())
            let opinions = try progressOptions.opinions()
            guard !opinions.isEmpty else {
                try emit("No opinions kept. `ladder opinion add FILE --name NAME` keeps one (in \(store.directory)).")
                return
            }
            for opinion in opinions {
                try emit(
                    "\(opinion.name): \(Plural.count(opinion.ratings.count, "rating")) (\(store.path(for: opinion.name)))"
                )
            }
        }
    }
}
