import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension TeamCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a person's copy and your ratings of them (their own file is not touched).")

        @Argument(help: "The name, as `ladder team list` shows it.", completion: Completions.teamMembers)
        var name: String

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = TeamStore(progressPath: try progressOptions.path())
            do {
                guard try store.remove(name) else {
                    if let problem = store.folderProblem() {
                        throw CommandFailure.failed("could not remove the copy: \(problem)")
                    }
                    let names = store.names()
                    throw CommandFailure.usage(
                        "no one kept as \"\(Sanitizer.clean(name))\". Kept: "
                            + (names.isEmpty ? "none" : names.joined(separator: ", ")))
                }
            } catch let error as FileError {
                throw CommandFailure.failed("could not remove the copy: \(error)")
            }
            try emit("Removed what was kept as \(name).")
        }
    }
}
