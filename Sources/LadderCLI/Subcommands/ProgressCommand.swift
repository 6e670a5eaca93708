import ArgumentParser
import LadderCore
import LadderText

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract:
            "Show your ratings per level, your levels, and ratings and evidence for skills no longer in the catalog.")

    @Flag(help: "Move a damaged progress file aside (to progress.json.broken-TIME) and start afresh.")
    var repair = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        if repair {
            let store = ProgressStore(path: try progressOptions.path())
            guard let problem = store.damage else {
                try emit("The progress file \(store.path) is fine; nothing to repair.")
                return
            }
            switch problem {
            case .notAFile, .linkToNothing:
                throw CommandFailure.usage(
                    "\(store.path) \(problem); nothing was moved. Check --progress-file and LADDER_PROGRESS, or the link."
                )
            default:
                break
            }
            do {
                let moved = try store.repair() ?? ""
                try emit("The progress file \(problem).\nMoved it aside to \(moved)\nStarting afresh at \(store.path)")
            } catch {
                throw CommandFailure.failed("could not move the damaged file aside: \(error)")
            }
            return
        }
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        let report = ProgressReport(catalog: catalog, store: store)
        try emit(
            output.json ? try CatalogJSON.encode(report.json) : report.text(width: OutputWidth.current), terminator: "")
    }
}
