import Foundation

/// Runs the built `ladder` binary as a user would, capturing what it prints.
struct LadderProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The `ladder` built beside the test bundle (tests depend on the executable target).
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates =
            [besideTests, besideTests.deletingLastPathComponent()]
            + [
                URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent().appendingPathComponent(".build/debug")
            ]
        for directory in candidates {
            let url = directory.appendingPathComponent("ladder")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("no ladder binary found near \(besideTests.path); run `swift build` first")
    }()

    /// `run`, retrying briefly while the kernel reports the new executable busy: a child forked
    /// by another test can hold a just-written file open until its own exec.
    static func runRetryingBusyExecutable(_ arguments: [String], executable: URL) throws -> Result {
        var attempt = 0
        while true {
            do {
                return try run(arguments, executable: executable)
            } catch let error as POSIXError where attempt < 20 && error.code == .ETXTBSY {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    static func run(
        _ arguments: [String], executable: URL = binary, environment: [String: String] = [:]
    ) throws -> Result {
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let result = try ChildProcess.run(executable.path, arguments, environment: merged)
        return Result(status: result.status, standardOutput: result.standardOutput, standardError: result.standardError)
    }
}

/// A `ladder` child started with posix_spawn, for tests that must kill it at a precise moment
/// (Foundation's Process notices exits by polling, too coarse for that).
struct SpawnedLadder {
    enum Outcome: Equatable {
        case exited(Int32)
        case killed(Int32)
    }

    let pid: pid_t

    /// Starts `ladder` with `arguments`, its output discarded.
    init(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([LadderProcess.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, LadderProcess.binary.path, &actions, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        self.pid = pid
    }

    /// Sends SIGKILL (harmless if the child already exited but has not been reaped).
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
    }

    /// Waits for the child and reports how it ended.
    func wait() -> Outcome {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal)
    }
}
