import LadderConfig
import LadderCore
import LadderImport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
