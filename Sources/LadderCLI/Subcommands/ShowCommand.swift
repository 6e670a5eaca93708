import ArgumentParser
import LadderCore
import LadderText

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show what each expert says a level needs.")

    @Argument(help: "A level id, title or alias, such as senior-pm, \"Sr PM\" or GPM.", completion: Completions.levels)
    var level: String

    @Option(help: "Only this expert (part of the name or id).")
    var expert: String?

    @Option(help: "Only this source id (see `ladder sources`).")
    var source: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let level = try catalog.requireLevel(named: self.level)
        var entries = catalog.entries(at: level.id)!
        if let source {
            let source = try catalog.requireSource(id: source)
            entries = entries.filtered { $0.source == source.id }
        }
        if let expert {
            let matching = entries.filtered { catalog.expert(id: $0.expert)?.matches(expert) == true }
            guard !matching.all.isEmpty else {
                let names = Set(entries.all.compactMap { catalog.expert(id: $0.expert)?.name }).sorted()
                let scope = source.map { " in source \($0)" } ?? ""
                throw CommandFailure.usage(
                    "no expert matching \"\(expert)\" speaks at \(level.shortTitle)\(scope). Experts here: \(names.joined(separator: ", "))"
                )
            }
            entries = matching
        }
        if output.json {
            try emit(try CatalogJSON.encode(CatalogJSON.Show(entries, in: catalog)), terminator: "")
        } else {
            let text = CatalogText(
                catalog: catalog, progress: try progressOptions.progressForDisplay(), width: OutputWidth.current)
            try emit(text.show(entries, filtered: expert != nil || source != nil), terminator: "")
        }
    }
}
