import ArgumentParser
import LadderCore

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Print the whole catalog (the format other catalogs are written in).")

    @Flag(help: "Print JSON. Required: the catalog has no plain form.")
    var json = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        guard json else {
            throw CommandFailure.usage("`ladder catalog` prints JSON only: run `ladder catalog --json`")
        }
        let catalog = try catalogOptions.load()
        try emit(try CatalogJSON.encode(catalog.document), terminator: "")
    }
}
