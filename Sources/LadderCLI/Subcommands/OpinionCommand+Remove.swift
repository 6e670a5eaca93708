import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension OpinionCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an opinion (your own ratings are not touched).")

        @Argument(help: "The opinion's name, as `ladder opinion list` shows it.", completion: Completions.opinions)
        var name: String

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = OpinionStore(progressPath: try progressOptions.path())
            do {
                guard try store.remove(name) else {
                    let names = store.names()
                    throw CommandFailure.usage(
                        "no opinion named \"\(Sanitizer.clean(name))\". Kept: "
                            + (names.isEmpty ? "none" : names.joined(separator: ", ")))
                }
            } catch let error as FileError {
                throw CommandFailure.failed("could not remove it: \(error)")
            }
            try emit("Removed the opinion \(name).")
        }
    }
}
