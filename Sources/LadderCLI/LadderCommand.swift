import ArgumentParser
import LadderConfig
import LadderCore
import LadderCatalog
import LadderText
import LadderImport
import LadderFiles

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `ladder` command: bare, it shows the career path; subcommands print parts of it.
public struct LadderCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ladder",
        abstract: "Explore the product manager career path, as five public sources describe it.",
        discussion: """
            Two tracks, individual contributor and management, from Associate PM to CPO. \
            Each level lists what experts say it needs, in their own words, with where they said it.
            """,
        version: LadderCommand.version,
        subcommands: [
            TracksCommand.self, SourcesCommand.self, ShowCommand.self, CompareCommand.self,
            SearchCommand.self, CatalogCommand.self, TickCommand.self, UntickCommand.self, NoteCommand.self,
            RateCommand.self, EvidenceCommand.self, LogCommand.self, LevelCommand.self, ProgressCommand.self, NextCommand.self,
            OpinionCommand.self, CalibrateCommand.self, ChartCommand.self, CheckinCommand.self, HistoryCommand.self,
            ReportCommand.self, PacketCommand.self, ImportCommand.self, FrameworksCommand.self, TeamCommand.self, KeysCommand.self,
        ]
    )

    /// This ladder's version, as `ladder --version` prints it.
    public static let version = "0.2.0"

    @Flag(help: "No colour (as does setting NO_COLOR). The selection still shows, in reverse video.")
    var noColor = false

    @Flag(help: "Do not take the mouse (wheel scrolling and click selection are on by default).")
    var noMouse = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    public init() {}

    /// `ladder` with options: the full-screen explorer.
    public func run() throws {
        try ExplorerLaunch(
            noColor: noColor, noMouse: noMouse, catalog: catalogOptions.selection, progress: progressOptions.selection
        ).run()
    }

    /// Parses the process's arguments and runs the command, reporting a `CommandFailure`
    /// as one line on standard error with its exit status.
    ///
    /// Bare `ladder`, the way nearly everyone starts the explorer, has nothing to parse and
    /// does not meet the parser: building its command tree costs more than drawing the whole
    /// first frame (runtime conformance lookups; see docs/performance.md).
    public static func runAsMain() -> Never {
        // A file size limit (`ulimit -f`) then fails a write with "File too large" instead of
        // killing ladder mid-save with its temporary file left behind.
        signal(SIGXFSZ, SIG_IGN)
        do {
            do {
                if CommandLine.arguments.count <= 1 {
                    try ExplorerLaunch().run()
                } else {
                    try suggestCommand(for: CommandLine.arguments[1])
                    var command = try parseAsRoot()
                    try command.run()
                }
            } catch where exitCode(for: error) == .success {
                // Help, `--version` and completion scripts: printed as any output is, so a
                // failed write is reported rather than lost.
                let message = fullMessage(for: error)
                if !message.isEmpty { try emit(message) }
            }
            terminateProcess(0)
        } catch let failure as CommandFailure {
            writeToStandardError("ladder: \(failure.message)\n")
            terminateProcess(failure.exitCode)
        } catch where exitCode(for: error) == .validationFailure {
            // Every kind of bad input exits 2, whether the parser or a command found it.
            writeToStandardError(fullMessage(for: error) + "\n")
            terminateProcess(2)
        } catch {
            // The parser's own messages quote the arguments: they pass the sanitiser too.
            let message = fullMessage(for: error)
            if !message.isEmpty { writeToStandardError(message + "\n") }
            terminateProcess(exitCode(for: error).rawValue)
        }
    }
}

extension LadderCommand {
    /// A first argument that is no command but one typo away from one ("shwo") is refused with
    /// the command it likely meant, before the parser calls it an unexpected argument.
    static func suggestCommand(for argument: String) throws {
        guard !argument.hasPrefix("-") else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(argument), let nearest = EditDistance.nearest(to: argument, in: names) else { return }
        throw CommandFailure.usage("unknown command \"\(argument)\"; did you mean \"\(nearest)\"? (`ladder --help` lists them)")
    }
}

/// A failure the user can act on: printed as `ladder: message`, exiting with `exitCode`.
public struct CommandFailure: Error, Equatable {
    public let message: String
    public let exitCode: Int32

    /// Bad input from the user (unknown level, unknown source): exit status 2.
    public static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: 2)
    }

    /// Something that went wrong while doing what was asked: exit status 1.
    public static func failed(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: 1)
    }
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

/// The catalog a run uses: the bundled one, the installed frameworks and `--framework` files.
struct CatalogSelection {
    var frameworkFiles: [String] = []

    /// The tracks of the frameworks `--framework` names, by file or by an installed one's name.
    func namedFrameworks(in catalog: Catalog) throws -> [Track] {
        try frameworkFiles.map { value in
            let track = FileIO.kind(of: value) == nil
                ? catalog.frameworkTrack(named: value)
                : catalog.track(id: FrameworkImporter.name(given: nil, file: value).slug)
            guard let track else { throw Self.noFramework(value, in: catalog) }
            return track
        }
    }

    private static func noFramework(_ value: String, in catalog: Catalog) -> CommandFailure {
        let installed = catalog.frameworkTracks.map(\.id)
        return CommandFailure.usage("no framework \"\(Sanitizer.clean(value))\": give a framework file or an installed framework's name "
            + "(installed: \(installed.isEmpty ? "none" : installed.joined(separator: ", ")))")
    }

    /// The bundled catalog, then every installed framework (one that no longer loads is
    /// skipped, with a warning unless `warnings` is false), then the `--framework` files
    /// (which must load).
    func load(skippingInstalled skipped: String? = nil, warnings: Bool = true) throws -> Catalog {
        var catalog = BundledCatalog.catalog
        let store = FrameworkStore(environment: processEnvironment())
        let installed = store.files()
        let writeToStandardError: (String) -> Void = warnings ? { LadderCLI.writeToStandardError($0) } : { _ in }
        for problem in installed.problems {
            writeToStandardError("ladder: warning: skipped an installed framework: \(problem)\n")
        }
        for file in installed.files where file.name != skipped.map(store.path(for:)) {
            do {
                do {
                    catalog = try catalog.adding([(file.name, try store.document(of: file))])
                } catch {
                    // A form that reads but does not load (made by hand, or by another ladder):
                    // the JSON decides, and the form is made again from it.
                    catalog = try catalog.adding([(file.name, try store.document(of: file, fromForm: false))])
                }
            } catch {
                writeToStandardError("ladder: warning: skipped the installed framework \(file.name):\n\(error)\n"
                    + "  (`ladder frameworks remove NAME` removes it; importing the file again replaces it)\n")
            }
        }
        for path in frameworkFiles {
            // An installed framework's name (for `compare LEVEL --framework NAME`) is loaded already.
            if FileIO.kind(of: path) == nil, FileIO.kind(of: path, followingLinks: false) == nil {
                guard catalog.frameworkTrack(named: path) == nil else { continue }
                throw Self.noFramework(path, in: catalog)
            }
            do {
                let framework = try FrameworkImporter.importFile(path, into: catalog)
                catalog = try framework.mergedCatalog ?? catalog.adding([(path, framework.document)])
            } catch let failure as ImportFailure {
                throw CommandFailure.usage("cannot load the framework:\n\(failure)")
            } catch {
                throw CommandFailure.usage("cannot load the framework \(path):\n\(error)")
            }
        }
        return catalog
    }
}

/// The user's config file, or a usage failure naming every problem in it.
func loadConfig() throws -> Config {
    do {
        return try Config.load(environment: processEnvironment())
    } catch {
        throw CommandFailure.usage("the config file cannot be used; fix or remove it:\n\(error)")
    }
}

/// The variables ladder reads, from the process environment.
func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    for name in ["LADDER_PROGRESS", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME", "TERM", "NO_COLOR", "LADDER_EXIT_AFTER_FIRST_FRAME"] {
        if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
}

/// `exit`, out of reach of `ParsableCommand.exit(withError:)`.
func terminateProcess(_ code: Int32) -> Never {
    exit(code)
}
