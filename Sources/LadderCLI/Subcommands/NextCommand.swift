import ArgumentParser
import LadderCore
import LadderText

struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "What you have not ticked yet at your target level and the next level on each track.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let gaps = try NextSteps.gaps(catalog: catalog, progress: progress, opinions: try progressOptions.opinions())
        if output.json {
            try emit(try CatalogJSON.encode(NextSteps.JSON(progress: progress, gaps: gaps)), terminator: "")
        } else {
            try emit(NextSteps.text(gaps, catalog: catalog, width: OutputWidth.current), terminator: "")
        }
    }
}
