import Foundation

/// Runs a program with posix_spawn and reaps it with waitpid on its own pid.
///
/// Foundation's Process, used from many concurrent tests, can miss a child's exit and wait
/// forever; a direct waitpid cannot. Output goes to files the child opens itself, so no
/// descriptor of ours can leak into a concurrently spawned process (a tmux server, say) and
/// keep a pipe from ever closing.
struct ChildProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `executable` with `arguments` and `environment`, standard input from /dev/null,
    /// and returns its exit status and output (when `capture` is set; else output is discarded).
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String],
        capture: Bool = true
    ) throws -> Result {
        let stem = NSTemporaryDirectory() + "ladder-child-\(UUID().uuidString)"
        let (outputPath, errorPath) = capture ? (stem + ".out", stem + ".err") : ("/dev/null", "/dev/null")
        defer {
            if capture {
                unlink(outputPath)
                unlink(errorPath)
            }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Children start with every signal at its default, whatever this test process ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        func text(_ path: String) -> String {
            capture ? String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) : ""
        }
        return Result(status: exitStatus, standardOutput: text(outputPath), standardError: text(errorPath))
    }
}
