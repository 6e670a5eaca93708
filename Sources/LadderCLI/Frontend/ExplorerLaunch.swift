import ArgumentParser
import LadderCore

/// Everything the explorer is started with, whether parsed from options or, for bare
/// `ladder`, the defaults. A broken config file is refused before the terminal is touched.
struct ExplorerLaunch {
    var noColor = false
    var noMouse = false
    var catalog = CatalogSelection()
    var progress = ProgressSelection()

    func run() throws {
        let environment = processEnvironment()
        let config = try loadConfig()
        let catalog = try catalog.load()
        let store = ProgressStore(path: try progress.path())
        let opinions = try progress.opinions()
        let noColorVariable = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let colors = noColor || noColorVariable ? .none : config.colors ?? .many
        // For the benchmark, which times the start as users make it: bare `ladder`.
        let exitAfterFirstFrame = environment["LADDER_EXIT_AFTER_FIRST_FRAME"] == "1"
        let status = try ExplorerRunner.run(
            catalog: catalog, store: store, opinions: opinions, team: TeamStore(progressPath: store.path),
            keys: config.keys,
            options: .init(colors: colors, mouse: !noMouse, exitAfterFirstFrame: exitAfterFirstFrame))
        if status != 0 { throw ExitCode(status) }
    }
}
