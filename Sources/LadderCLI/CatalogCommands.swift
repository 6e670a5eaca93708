import ArgumentParser
import LadderCore
import LadderText

/// Options every catalog page has.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON (stable keys, documented in docs/commands.md) instead of text.")
    var json = false
}

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
            let text = CatalogText(catalog: catalog, progress: try progressOptions.progressForDisplay(), width: OutputWidth.current)
            try emit(text.tracks(), terminator: "")
        }
    }
}

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List the sources with their attribution.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        try emit(output.json
              ? try CatalogJSON.encode(CatalogJSON.Sources(catalog))
              : CatalogText(catalog: catalog, width: OutputWidth.current).sources(), terminator: "")
    }
}

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
                    "no expert matching \"\(expert)\" speaks at \(level.shortTitle)\(scope). Experts here: \(names.joined(separator: ", "))")
            }
            entries = matching
        }
        if output.json {
            try emit(try CatalogJSON.encode(CatalogJSON.Show(entries, in: catalog)), terminator: "")
        } else {
            let text = CatalogText(catalog: catalog, progress: try progressOptions.progressForDisplay(), width: OutputWidth.current)
            try emit(text.show(entries, filtered: expert != nil || source != nil), terminator: "")
        }
    }
}

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
                throw CommandFailure.usage("compare two different levels (both are \(first.id)), or one level for its experts side by side")
            }
            let changes = catalog.changes(from: first.id, to: second.id)!
            try emit(output.json ? try CatalogJSON.encode(CatalogJSON.Changes(changes, in: catalog)) : text.changes(changes),
                  terminator: "")
        } else if !catalogOptions.frameworkFiles.isEmpty && expert.isEmpty {
            // A company's level held against what the experts say of the level it matched.
            var comparisons: [FrameworkComparison] = []
            for framework in try catalogOptions.selection.namedFrameworks(in: catalog) {
                guard let comparison = catalog.comparison(of: framework, at: first.id) else {
                    throw CommandFailure.usage("none of \(framework.title)'s levels is matched to \(first.shortTitle); "
                        + "`ladder tracks` shows what each matches")
                }
                comparisons.append(comparison)
            }
            try emit(output.json ? try CatalogJSON.encode(comparisons.map(CatalogJSON.HeldAgainst.init))
                     : comparisons.map(text.heldAgainst).joined(separator: "\n"), terminator: "")
        } else {
            var matrix = catalog.sideBySide(at: first.id)!
            if !expert.isEmpty {
                for wanted in expert where !matrix.experts.contains(where: { $0.matches(wanted) }) {
                    // An expert with a column on the level and one on the PM role is named once.
                    var named = Swift.Set<String>()
                    let names = matrix.experts.map(\.name).filter { named.insert($0).inserted }
                    throw CommandFailure.usage("no expert matching \"\(wanted)\" speaks to \(first.shortTitle). Experts here: "
                        + names.joined(separator: ", "))
                }
                matrix = matrix.keeping { candidate in expert.contains { candidate.matches($0) } }
            }
            try emit(output.json ? try CatalogJSON.encode(CatalogJSON.SideBySide(matrix)) : text.sideBySide(matrix),
                  terminator: "")
        }
    }
}

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
        try emit(output.json
              ? try CatalogJSON.encode(CatalogJSON.Search(query: query, skills: results))
              : CatalogText(catalog: catalog, width: OutputWidth.current).search(query, results: results),
              terminator: "")
    }
}

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

extension Catalog {
    /// The level with this id, title or alias, or a usage failure: listing the valid ids, or,
    /// when several levels answer to the name, each by a name that finds it alone.
    /// - Parameter saving: the level is about to be saved (`level set`): a name that is also a
    ///   company level's title is refused rather than read as ladder's, as saving the wrong
    ///   one would go unnoticed; elsewhere ladder's is shown, with a note.
    func requireLevel(named name: String, saving: Bool = false) throws -> Level {
        let found = levels(named: name)
        if found.count == 1 {
            // A company's level titled as one of ladder's ("Lead PM") is not that level: say how
            // to reach it (an id typed as it is names one level and needs no note).
            let companies = name == found[0].id ? [] : frameworkTracks.filter { !$0.levels.contains(found[0].id) }.compactMap { track in
                track.levels.compactMap(level(id:)).first { Catalog.namesMatch($0.shortTitle, name) }.map { (track, $0) }
            }
            if saving, !companies.isEmpty {
                let choices = ["\(found[0].id) (ladder's \(found[0].title))"] + companies.map { "\"\($0.0.id):\(name)\" (\($0.0.title)'s)" }
                throw CommandFailure.usage("\"\(name)\" names more than one level; give one of \(choices.joined(separator: " or ")). "
                    + "Nothing was saved")
            }
            for (track, companyLevel) in companies {
                writeToStandardError("ladder: note: \(track.title) has a level titled \"\(companyLevel.shortTitle)\" too; "
                    + "\"\(track.id):\(name)\" shows it\n")
            }
            return found[0]
        }
        guard found.isEmpty else {
            let qualified = found.map { level in
                let track = tracks.first { $0.levels.contains(level.id) }
                return track.map { "\"\($0.id):\(name)\"" } ?? level.id
            }
            throw CommandFailure.usage("\"\(name)\" is a level of several tracks; give one of \(qualified.joined(separator: ", ")) "
                + "(or an id: \(found.map(\.id).joined(separator: ", ")))")
        }
        let hint = EditDistance.nearest(to: name, in: levels.map(\.id)).map { " Did you mean \($0)?" } ?? ""
        throw CommandFailure.usage("unknown level \"\(name)\".\(hint) Valid levels: \(levels.map(\.id).joined(separator: ", "))")
    }

    /// The source with this id, or a usage failure listing the valid ids.
    func requireSource(id: String) throws -> Source {
        guard let source = source(id: id) else {
            throw CommandFailure.usage(
                "unknown source \"\(id)\". Valid sources: \(sources.map(\.id).joined(separator: ", "))")
        }
        return source
    }
}

extension Expert {
    /// Whether `text` is part of this expert's name or id, ignoring case.
    func matches(_ text: String) -> Bool {
        let needle = text.lowercased()
        return id.lowercased().contains(needle) || name.lowercased().contains(needle)
    }
}
