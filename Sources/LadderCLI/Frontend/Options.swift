import ArgumentParser
import LadderCore
import LadderText
import LadderConfig
import LadderCatalog
import LadderImport
import LadderFiles

/// Options every catalog page has.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON (stable keys, documented in docs/commands.md) instead of text.")
    var json = false
}

/// `--framework`, which every command takes: frameworks loaded for one run, beside the
/// bundled catalog and the installed frameworks.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("framework"),
        help: ArgumentHelp(
            "Also load this framework (CSV, a Markdown page, YAML or catalog JSON) for this run, without installing it; repeatable.",
            valueName: "file"), completion: .file())
    var frameworkFiles: [String] = []

    var selection: CatalogSelection { CatalogSelection(frameworkFiles: frameworkFiles) }

    func load(skippingInstalled skipped: String? = nil) throws -> Catalog {
        try selection.load(skippingInstalled: skipped)
    }
}

/// `--progress-file`, which every command takes.
struct ProgressOptions: ParsableArguments {
    @Option(
        name: .customLong("progress-file"),
        help: ArgumentHelp(
            "The progress file.",
            discussion:
                "Default: $LADDER_PROGRESS, else $XDG_DATA_HOME/ladder/progress.json, else ~/.local/share/ladder/progress.json.",
            valueName: "path"), completion: .file())
    var progressFile: String?

    var selection: ProgressSelection { ProgressSelection(progressFile: progressFile) }

    func path() throws -> String { try selection.path() }
    func openStore() throws -> ProgressStore { try selection.openStore() }
    func progressForDisplay() throws -> UserProgress { try selection.progressForDisplay() }
    func opinions() throws -> [Opinion] { try selection.opinions() }
}
