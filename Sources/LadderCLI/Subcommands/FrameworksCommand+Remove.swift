import ArgumentParser
import LadderCore
import LadderImport
import LadderText
import LadderFiles

extension FrameworksCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an installed framework (your ratings and evidence on it are kept)."
        )

        @Argument(help: "The framework's id, as `ladder frameworks` lists it.", completion: Completions.frameworks)
        var name: String

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = FrameworkStore(environment: processEnvironment())
            do {
                guard try store.remove(name) else {
                    let installed = store.installed()
                    throw CommandFailure.usage(
                        "no installed framework \"\(name)\". Installed: "
                            + (installed.isEmpty ? "none" : installed.joined(separator: ", ")))
                }
            } catch let error as FileError {
                throw CommandFailure.failed("could not remove it: \(error)")
            }
            try emit(
                "Removed \(name). Your ratings and evidence on its skills stay in your progress file (shown as orphaned until you import it again)."
            )
        }
    }
}
