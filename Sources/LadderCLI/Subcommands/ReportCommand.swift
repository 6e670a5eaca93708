import ArgumentParser
import LadderCore
import LadderImport
import LadderText
import LadderFiles

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report of your progress to bring to a 1:1: levels, areas, evidence, gaps, sources.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Option(help: "markdown (renders on GitHub) or json.")
    var format: Format = .markdown

    @Option(
        help: ArgumentHelp(
            "Write the report to this file (replaced atomically) instead of printing it.", valueName: "file"),
        completion: .file())
    var output: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let opinions = try progressOptions.opinions()
        let report = CareerReport(catalog: catalog, progress: progress, opinions: opinions, date: today())
        let text = format == .markdown ? report.markdown() : try CatalogJSON.encode(report.json)
        try write(text, to: output, what: "the report", sparing: try progressOptions.path())
    }
}
