import ArgumentParser
import LadderText

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
            RateCommand.self, EvidenceCommand.self, LogCommand.self, LevelCommand.self, ProgressCommand.self,
            NextCommand.self,
            OpinionCommand.self, CalibrateCommand.self, ChartCommand.self, CheckinCommand.self, HistoryCommand.self,
            ReportCommand.self, PacketCommand.self, ImportCommand.self, FrameworksCommand.self, TeamCommand.self,
            KeysCommand.self,
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
            } catch  where exitCode(for: error) == .success {
                // Help, `--version` and completion scripts: printed as any output is, so a
                // failed write is reported rather than lost.
                let message = fullMessage(for: error)
                if !message.isEmpty { try emit(message) }
            }
            terminateProcess(0)
        } catch let failure as CommandFailure {
            writeToStandardError("ladder: \(failure.message)\n")
            terminateProcess(failure.exitCode)
        } catch  where exitCode(for: error) == .validationFailure {
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
        throw CommandFailure.usage(
            "unknown command \"\(argument)\"; did you mean \"\(nearest)\"? (`ladder --help` lists them)")
    }
}
