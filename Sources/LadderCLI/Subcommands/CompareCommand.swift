import ArgumentParser
import LadderCore
import LadderText

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "One level: experts side by side. Two levels: what changes between them.",
        discussion: """
            With --framework NAME (an installed framework, or a file) and no --expert: the company's level matched to \
            LEVEL held against the experts there, what it leaves out and what it asks that is its own.
            """)

    @Argument(help: "The level to compare experts at, or the lower of two levels.", completion: Completions.levels)
    var level: String

    @Argument(help: "A second level: show what changes from the first to this one.", completion: Completions.levels)
    var otherLevel: String?

    @Option(help: "Only experts matching this (part of a name or id); repeat it to put several side by side.")
    var expert: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let first = try catalog.requireLevel(named: level)
        let text = CatalogText(catalog: catalog, width: OutputWidth.current)
        if let otherLevel {
            let second = try catalog.requireLevel(named: otherLevel)
            guard second.id != first.id else {
                throw CommandFailure.usage(
                    "compare two different levels (both are \(first.id)), or one level for its experts side by side")
            }
            let changes = catalog.changes(from: first.id, to: second.id)!
            try emit(
                output.json ? try CatalogJSON.encode(CatalogJSON.Changes(changes, in: catalog)) : text.changes(changes),
                terminator: "")
        } else if !catalogOptions.frameworkFiles.isEmpty && expert.isEmpty {
            // A company's level held against what the experts say of the level it matched.
            var comparisons: [FrameworkComparison] = []
            for framework in try catalogOptions.selection.namedFrameworks(in: catalog) {
                guard let comparison = catalog.comparison(of: framework, at: first.id) else {
                    throw CommandFailure.usage(
                        "none of \(framework.title)'s levels is matched to \(first.shortTitle); "
                            + "`ladder tracks` shows what each matches")
                }
                comparisons.append(comparison)
            }
            try emit(
                output.json
                    ? try CatalogJSON.encode(comparisons.map(CatalogJSON.HeldAgainst.init))
                    : comparisons.map(text.heldAgainst).joined(separator: "\n"), terminator: "")
        } else {
            var matrix = catalog.sideBySide(at: first.id)!
            if !expert.isEmpty {
                for wanted in expert where !matrix.experts.contains(where: { $0.matches(wanted) }) {
                    // An expert with a column on the level and one on the PM role is named once.
                    var named = Swift.Set<String>()
                    let names = matrix.experts.map(\.name).filter { named.insert($0).inserted }
                    throw CommandFailure.usage(
                        "no expert matching \"\(wanted)\" speaks to \(first.shortTitle). Experts here: "
                            + names.joined(separator: ", "))
                }
                matrix = matrix.keeping { candidate in expert.contains { candidate.matches($0) } }
            }
            try emit(
                output.json ? try CatalogJSON.encode(CatalogJSON.SideBySide(matrix)) : text.sideBySide(matrix),
                terminator: "")
        }
    }
}
