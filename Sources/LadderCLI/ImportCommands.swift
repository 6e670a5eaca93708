import ArgumentParser
import LadderCore
import LadderImport
import LadderText

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import your company's career framework (CSV, Markdown table or catalog JSON) to see it beside the experts.",
        discussion: """
            Shows what it understood (levels and how they map onto ladder's, competencies, cells), then installs \
            it in the data directory so it loads on every start. Nothing is installed unless the whole file is valid.
            """)

    @Argument(help: ArgumentHelp("The framework file: .csv, .md or .json.", valueName: "file"))
    var file: String

    @Option(help: "The framework's name (default: the file's name); its skill ids are made from it.")
    var name: String?

    @Option(help: ArgumentHelp("Map one of the file's levels onto ladder's, such as \"Staff PM=principal-pm\"; repeatable.",
                               valueName: "title=level"))
    var map: [String] = []

    @Flag(help: "Check and show what would be imported, without installing it.")
    var dryRun = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        var mappings: [String: String] = [:]
        for entry in map {
            let parts = entry.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CommandFailure.usage("--map takes TITLE=LEVEL, such as \"Staff PM=principal-pm\"; got \"\(entry)\"")
            }
            mappings[parts[0]] = parts[1]
        }
        let id = (name ?? String(FileIO.baseName(of: file).prefix { $0 != "." })).slug
        // The catalog without any earlier import of this framework, which this one replaces.
        let catalog = try catalogOptions.load(skippingInstalled: id)
        let framework: ImportedFramework
        do {
            framework = try FrameworkImporter.importFile(file, name: name, mappings: mappings, into: catalog)
        } catch {
            throw CommandFailure.usage("cannot import \(file); nothing was installed:\n\(error)")
        }
        print(Self.understanding(of: framework, file: file, catalog: catalog), terminator: "")
        if dryRun {
            print("Dry run: nothing installed.")
            return
        }
        do {
            let path = try FrameworkStore(environment: processEnvironment()).install(framework)
            print("Installed to \(path); it loads on every start. `ladder frameworks remove \(framework.id)` removes it.")
        } catch {
            throw CommandFailure.failed("could not install the framework: \(error)")
        }
    }

    /// What the import understood, for the user to check.
    static func understanding(of framework: ImportedFramework, file: String, catalog: Catalog) -> String {
        var page = Page(width: OutputWidth.current)
        page.wrapped("\(Sanitizer.clean(file)): \(framework.format), imported as \"\(Sanitizer.clean(framework.name))\" (id \(framework.id))", hanging: 2)
        if !framework.levels.isEmpty {
            page.blank()
            page.line("Levels, and where they sit on ladder's tracks:")
            let width = min(24, framework.levels.map { DisplayWidth.of($0.title) }.max() ?? 10)
            for (title, match) in framework.levels {
                let target: String
                switch match {
                case .byName(let level): target = "\(level.title) (\(level.id))"
                case .byMap(let level): target = "\(level.title) (\(level.id)), by --map"
                case .none: target = "no match: on this framework's own track only (--map \"\(title)=LEVEL\" places it)"
                }
                page.wrapped(TextLayout.pad(Sanitizer.clean(title), width: width) + " -> " + target, indent: 2, hanging: width + 6)
            }
            page.blank()
            let empty = framework.emptyCellCount == 0 ? "" : " (\(framework.emptyCellCount) empty cells skipped)"
            page.wrapped("\(framework.competencyCount) competencies, \(framework.cellCount) cells, each a skill entry\(empty).")
            page.line("Skill areas:")
            for (label, area) in framework.areas {
                page.wrapped("\(Sanitizer.clean(label)) -> \(Sanitizer.clean(area))", indent: 2, hanging: 6)
            }
        } else {
            let levels = framework.document.levels?.count ?? 0
            page.wrapped("\(Plural.count(levels, "level")), \(Plural.count(framework.cellCount, "skill entry", "skill entries")), "
                + "\(framework.document.experts?.count ?? 0) experts, \(framework.document.sources?.count ?? 0) sources.")
        }
        return page.text
    }
}

struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks", abstract: "List or remove installed frameworks.",
        subcommands: [List.self, Remove.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List installed frameworks.")

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = FrameworkStore(environment: processEnvironment())
            let installed = store.installed()
            guard !installed.isEmpty else {
                print("No frameworks installed. `ladder import FILE` installs one (\(store.directory)).")
                return
            }
            let catalog = try catalogOptions.load()
            for id in installed {
                let skills = catalog.skills.count { $0.source == id }
                let levels = catalog.track(id: id)?.levels.count ?? 0
                let title = catalog.source(id: id)?.title ?? id
                print("\(id): \(Sanitizer.clean(title)), \(levels) levels, \(skills) skills (\(store.path(for: id)))")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an installed framework (your ticks on it are kept).")

        @Argument(help: "The framework's id, as `ladder frameworks` lists it.")
        var name: String

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = FrameworkStore(environment: processEnvironment())
            do {
                guard try store.remove(name) else {
                    let installed = store.installed()
                    throw CommandFailure.usage("no installed framework \"\(name)\". Installed: "
                        + (installed.isEmpty ? "none" : installed.joined(separator: ", ")))
                }
            } catch let error as FileError {
                throw CommandFailure.failed("could not remove it: \(error)")
            }
            print("Removed \(name). Ticks on its skills stay in your progress file (shown as orphaned until you import it again).")
        }
    }
}
