import ArgumentParser
import LadderCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find skills by words in their summary, quote, expert, area or level (\"sample director\").")

    @Argument(help: "Words to find (all must match; case and accents are ignored).")
    var words: [String]

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let query = words.joined(separator: " ")
        let results = catalog.search(query)
        try emit(
            output.json
                ? try CatalogJSON.encode(CatalogJSON.Search(query: query, skills: results))
                : CatalogText(catalog: catalog, width: OutputWidth.current).search(query, results: results),
            terminator: "")
    }
}
