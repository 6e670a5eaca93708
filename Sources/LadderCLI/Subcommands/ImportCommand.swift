import ArgumentParser
import LadderCore
import LadderImport
import LadderText
import LadderFiles

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import your company's career framework (CSV, a Markdown page, YAML or catalog JSON) to see it beside the experts.",
        discussion: """
            Shows what it understood (levels and how they map onto ladder's, competencies, cells), then installs \
            it in the data directory so it loads on every start. Nothing is installed unless the whole file is valid.
            """)

    @Argument(
        help: ArgumentHelp("The framework file: .csv, .md, .yml or .json.", valueName: "file"), completion: .file())
    var file: String

    @Option(help: "The framework's name (default: the file's name); its skill ids are made from it.")
    var name: String?

    @Option(
        help: ArgumentHelp(
            "Map one of the file's levels onto ladder's, such as \"Staff PM=principal-pm\"; repeatable.",
            valueName: "title=level"))
    var map: [String] = []

    @Option(
        help: ArgumentHelp(
            "On a page with several tables, read this one (from 1) as the competency matrix.", valueName: "n"))
    var table: Int?

    @Flag(
        inversion: .prefixedNo, help: "On a heading-per-level page, whether levels add up (default: as the page says).")
    var cumulative: Bool?

    @Option(
        help: ArgumentHelp(
            "Read this category or competency as watch-outs (risks, never ticked); repeatable.", valueName: "name"))
    var watchOuts: [String] = []

    @Flag(
        help: "Replace an installed framework of the same name even when that orphans some of your ratings or evidence."
    )
    var replace = false

    @Flag(help: "Check and show what would be imported, without installing it.")
    var dryRun = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        var mappings: [String: String] = [:]
        for entry in map {
            let parts = entry.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CommandFailure.usage(
                    "--map takes TITLE=LEVEL, such as \"Staff PM=principal-pm\"; got \"\(entry)\"")
            }
            guard mappings[parts[0]] == nil else {
                throw CommandFailure.usage(
                    "--map names \"\(parts[0])\" twice; give each of the file's levels one place")
            }
            mappings[parts[0]] = parts[1]
        }
        if let table, table < 1 { throw CommandFailure.usage("--table counts from 1, the page's first table") }
        let id = FrameworkImporter.name(given: name, file: file).slug
        let store = FrameworkStore(environment: processEnvironment())
        // Importing again without --map places the levels as the installed version's maps did.
        let remembered = map.isEmpty ? store.levelMaps(of: id) : [:]
        if !remembered.isEmpty { mappings = remembered }
        let options = FrameworkImporter.Options(
            mappings: mappings, table: table, cumulative: cumulative, watchOuts: watchOuts)
        // The catalog without any earlier import of this framework, which this one replaces.
        let catalog = try catalogOptions.load(skippingInstalled: id)
        let framework: ImportedFramework
        do {
            framework = try FrameworkImporter.importFile(file, name: name, options: options, into: catalog)
        } catch {
            throw CommandFailure.usage("cannot import \(file); nothing was installed:\n\(error)")
        }
        try emit(Self.understanding(of: framework, file: file, catalog: catalog), terminator: "")
        if !remembered.isEmpty {
            var page = Page(width: OutputWidth.current)
            let maps = remembered.sorted { $0.key < $1.key }.map { "--map \"\($0.key)=\($0.value)\"" }
            page.wrapped(
                "Maps remembered from the installed \(id): \(maps.joined(separator: " ")) (give --map to choose others)."
            )
            try emit(page.text, terminator: "")
        }
        let orphaned = try reimport(of: framework, in: store)
        let refusal =
            orphaned.isEmpty || replace
            ? nil
            : "installing it would orphan your ratings or evidence on \(Plural.count(orphaned.count, "entry", "entries")) "
                + "(listed above); --replace installs it anyway, keeping them in your progress file as orphaned. Nothing was installed"
        if dryRun { try emit("Dry run: nothing installed.") }
        // A dry run ends as the import would: a script checking first gets the same answer.
        if let refusal { throw CommandFailure.usage(refusal) }
        if dryRun { return }
        do {
            let path = try store.install(framework)
            try emit(
                "Installed to \(path); it loads on every start. `ladder frameworks remove \(framework.id)` removes it.")
        } catch {
            throw CommandFailure.failed("could not install the framework: \(error)")
        }
    }

    /// When a framework of this name is installed, says what the new file changes and returns
    /// the ids of the user's ratings and evidence it would orphan.
    private func reimport(of framework: ImportedFramework, in store: FrameworkStore) throws -> [String] {
        guard let installed = store.load().first(where: { $0.id == framework.id }) else { return [] }
        guard let file = installed.file, let old = try? CatalogDocument.decode(file) else {
            try emit("Replaces the installed \(framework.id) (\(installed.path)), which no longer loads.")
            return []
        }
        let change = FrameworkChange(from: old, to: framework.document)
        var page = Page(width: OutputWidth.current)
        page.blank()
        page.wrapped(
            "Replaces the installed \(framework.id) (\(installed.path)): "
                + (change.isEmpty
                    ? "no entry changes."
                    : "\(change.added.count) added, \(change.removed.count) removed, \(change.changed.count) changed."))
        let progressStore = ProgressStore(path: try progressOptions.path())
        if let damage = progressStore.damage, !replace {
            throw CommandFailure.usage(
                "cannot tell which of your ratings a new version would orphan: "
                    + "\(ProgressStoreError.damaged(path: progressStore.path, damage)); --replace installs it anyway. Nothing was installed"
            )
        }
        let orphaned = change.orphaned(in: progressStore.progress)
        if !orphaned.isEmpty {
            page.wrapped(
                "Your ratings or evidence on \(Plural.count(orphaned.count, "entry", "entries")) it no longer has would be "
                    + "orphaned (kept in your progress file, shown nowhere until a file that has them is imported again):"
            )
            orphaned.forEach { page.idLine($0, indent: 2) }
        }
        let reworded = change.reworded(in: progressStore.progress)
        if !reworded.isEmpty {
            page.wrapped(
                "Your ratings or evidence on \(Plural.count(reworded.count, "entry", "entries")) whose words change are "
                    + "kept; check that they still hold (`ladder show LEVEL --expert \(framework.id)` shows the new words):"
            )
            reworded.forEach { page.idLine($0, indent: 2) }
        }
        try emit(page.text, terminator: "")
        return orphaned
    }

    /// What the import understood, for the user to check.
    static func understanding(of framework: ImportedFramework, file: String, catalog: Catalog) -> String {
        var page = Page(width: OutputWidth.current)
        page.wrapped(
            "\(Sanitizer.clean(file)): \(framework.format), imported as \"\(Sanitizer.clean(framework.name))\" (id \(framework.id))",
            hanging: 2)
        if !framework.levels.isEmpty {
            page.blank()
            page.line("Levels, and where they sit on ladder's tracks:")
            let width = min(32, framework.levels.map { DisplayWidth.of($0.title) }.max() ?? 10)
            for (title, match) in framework.levels {
                let target: String
                switch match {
                case .byName(let level): target = "\(level.title) (\(level.id))"
                case .byMap(let level): target = "\(level.title) (\(level.id)), by --map"
                case .byCode(let level, let meaning):
                    let said = Catalog.namesMatch(meaning, level.title) ? "" : " (\"\(meaning)\")"
                    target = "\(level.title) (\(level.id)), by what the page says \(title) means\(said)"
                case .none: target = "no match: on this framework's own track only (--map \"\(title)=LEVEL\" places it)"
                }
                page.columns(
                    TextLayout.pad(Sanitizer.clean(title), width: width), "-> " + target, indent: 2, hanging: 3)
            }
            // Where the company's order and ladder's rungs disagree, said before installing.
            if let merged = framework.mergedCatalog, let track = merged.track(id: framework.id) {
                for placement in merged.placements(of: track, height: { merged.rung(of: $0) }) {
                    if let note = merged.placementNote(placement, on: track) {
                        page.wrapped("↑ " + note, indent: 2, hanging: 4)
                    }
                }
            }
            page.blank()
            let empty =
                framework.emptyCellCount == 0
                ? "" : " (\(Plural.count(framework.emptyCellCount, "empty or placeholder cell")) skipped)"
            let watchOuts = framework.document.skills?.count { $0.kind == .watchOut } ?? 0
            let kinds =
                watchOuts == 0
                ? ""
                : ": \(Plural.count(framework.cellCount - watchOuts, "skill")), \(Plural.count(watchOuts, "watch-out"))"
            page.wrapped(
                "\(Plural.count(framework.competencyCount, "competency", "competencies")), "
                    + "\(Plural.count(framework.cellCount, "entry", "entries"))\(kinds)\(empty).")
            page.line("Skill areas:")
            // A generated or exported file can have thousands of competencies: show the first ones.
            let shown = framework.areas.count > 40 ? 30 : framework.areas.count
            for (label, area) in framework.areas.prefix(shown) {
                page.wrapped("\(Sanitizer.clean(label)) -> \(Sanitizer.clean(area))", indent: 2, hanging: 6)
            }
            if shown < framework.areas.count {
                page.line("  … and \(framework.areas.count - shown) more")
            }
            if !framework.notes.isEmpty {
                page.blank()
                framework.notes.forEach { page.wrapped("- " + $0, hanging: 2) }
            }
        } else {
            let levels = framework.document.levels?.count ?? 0
            page.wrapped(
                "\(Plural.count(levels, "level")), \(Plural.count(framework.cellCount, "skill entry", "skill entries")), "
                    + "\(Plural.count(framework.document.experts?.count ?? 0, "expert")), \(Plural.count(framework.document.sources?.count ?? 0, "source"))."
            )
        }
        return page.text
    }
}
