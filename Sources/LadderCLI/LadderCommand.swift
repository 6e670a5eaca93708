import ArgumentParser
import LadderCore

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
        subcommands: [
            TracksCommand.self, SourcesCommand.self, ShowCommand.self, CompareCommand.self,
            SearchCommand.self, CatalogCommand.self,
        ]
    )

    public init() {}

    public func run() throws {
        let catalog = try loadCatalog()
        print(CatalogText(catalog: catalog, width: OutputWidth.current).tracks(), terminator: "")
    }

    /// Parses the process's arguments and runs the command, reporting a `CommandFailure`
    /// as one line on standard error with its exit status.
    public static func runAsMain() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            exit(withError: nil)
        } catch let failure as CommandFailure {
            writeToStandardError("ladder: \(failure.message)\n")
            terminateProcess(failure.exitCode)
        } catch {
            exit(withError: error)
        }
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

/// Loads the bundled catalog; a broken one is a bug in the build, reported with every problem.
func loadCatalog() throws -> Catalog {
    do {
        return try BundledCatalog.load()
    } catch {
        throw CommandFailure.failed("the bundled catalog is broken:\n\(error)")
    }
}

func writeToStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// `exit`, out of reach of `ParsableCommand.exit(withError:)`.
func terminateProcess(_ code: Int32) -> Never {
    exit(code)
}
