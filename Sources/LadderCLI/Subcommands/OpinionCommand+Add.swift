import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension OpinionCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Keep a copy of someone's ratings under a name.")

        @Argument(help: ArgumentHelp("Their progress file.", valueName: "file"), completion: .file())
        var file: String

        @Option(help: "What to call it: letters, digits, - and _, such as jane or manager.")
        var name: String

        @Flag(help: "Replace the opinion kept under that name (a newer version of their file).")
        var replace = false

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = OpinionStore(progressPath: try progressOptions.path())
            let opinion: Opinion
            do {
                opinion = try store.add(file: file, name: name, replace: replace)
            } catch .cannotKeep(let error) {
                throw CommandFailure.failed("could not keep the opinion: \(error)")
            } catch {
                throw CommandFailure.usage("\(error); nothing was kept")
            }
            try emit(
                "Kept \(Plural.count(opinion.ratings.count, "rating")) from \(file) as the opinion \(opinion.name) "
                    + "(\(store.path(for: opinion.name))). `ladder calibrate` shows where you differ.")
        }
    }
}
