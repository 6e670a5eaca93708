import ArgumentParser
import LadderCore
import LadderText

struct TracksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracks", abstract: "List the tracks and their levels.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        if output.json {
            try emit(try CatalogJSON.encode(CatalogJSON.Tracks(catalog)), terminator: "")
        } else {
            let text = CatalogText(
                catalog: catalog, progress: try progressOptions.progressForDisplay(), width: OutputWidth.current)
            try emit(text.tracks(), terminator: "")
        }
    }
}
