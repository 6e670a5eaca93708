#if canImport(Glibc)
import Glibc
#endif
import CBenchSupport

/// Figures from repeated runs: the median with the spread.
struct Sample {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }
}

/// Monotonic time in milliseconds.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

/// Milliseconds `body` took.
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return now() - start
}

/// A program run in a fresh pseudo-terminal (80 x 24), its output drained, until it exits.
/// Returns the wall time in milliseconds and the child's peak resident memory in MB.
func runInTerminal(_ executable: String, _ arguments: [String]) -> (milliseconds: Double, peakMB: Double)? {
    let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=/tmp", "PATH=/usr/bin:/bin"]
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var master: Int32 = -1
    let start = now()
    let pid = ladder_spawn_in_terminal(executable, argv, envp, 80, 24, &master)
    guard pid > 0 else { return nil }
    defer { close(master) }
    // Drain what the program draws so it never blocks on a full terminal buffer.
    var buffer = [UInt8](repeating: 0, count: 65536)
    var status: Int32 = 0
    var usage = rusage()
    while true {
        var poll = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if Glibc.poll(&poll, 1, 5) > 0 && poll.revents & Int16(POLLIN) != 0 {
            _ = read(master, &buffer, buffer.count)
        }
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid { break }
    }
    let elapsed = now() - start
    guard status == 0 else { return nil }
    return (elapsed, Double(usage.ru_maxrss) / 1024)
}

/// Runs a program to completion (for compiling the bare ncurses program).
func run(_ executable: String, _ arguments: [String]) -> Bool {
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, executable, nil, nil, argv, environ) == 0 else { return false }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return status == 0
}
