import ArgumentParser
import LadderCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List the sources with their attribution.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        try emit(
            output.json
                ? try CatalogJSON.encode(CatalogJSON.Sources(catalog))
                : CatalogText(catalog: catalog, width: OutputWidth.current).sources(), terminator: "")
    }
}
