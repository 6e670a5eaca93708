#if canImport(Glibc)
import Glibc
#endif
import LadderCore
import LadderFiles

/// Figures from repeated runs: the median with the spread.
struct Sample {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The value `fraction` of the way up the sorted values (0.99: the 99th percentile).
    func percentile(_ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[Swift.min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
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

/// Source of the launcher that runs a program in a fresh 80 x 24 pseudo-terminal, drains what
/// it draws, and prints its wall time (ms) and peak memory (KB). It is a separate small
/// process because Linux carries a process's peak memory across fork and exec: measured from
/// a child of this (large) benchmark, every program would look as big as the benchmark.
let launcherSource = """
    #include <pty.h>
    #include <poll.h>
    #include <stdio.h>
    #include <sys/resource.h>
    #include <sys/wait.h>
    #include <time.h>
    #include <unistd.h>
    extern char **environ;
    static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
    int main(int argc, char **argv) {
        struct winsize size = { .ws_row = 24, .ws_col = 80 };
        int master; char buffer[65536]; int status; struct rusage usage;
        double start = now();
        pid_t pid = forkpty(&master, NULL, NULL, &size);
        if (pid == 0) { execve(argv[1], argv + 1, environ); _exit(127); }
        for (;;) {
            struct pollfd p = { .fd = master, .events = POLLIN };
            if (poll(&p, 1, 5) > 0 && (p.revents & POLLIN)) (void)!read(master, buffer, sizeof buffer);
            if (wait4(pid, &status, WNOHANG, &usage) == pid) break;
        }
        printf("%.3f %ld\\n", now() - start, usage.ru_maxrss);
        return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
    }

    """

/// Runs `executable` through the launcher (see `launcherSource`) with a plain environment and
/// `environment` added; nil when it failed.
func runInTerminal(
    launcher: String, _ executable: String, _ arguments: [String], environment: [String]
) -> (milliseconds: Double, peakMB: Double)? {
    let output = "/tmp/ladder-bench-launch-\(getpid()).txt"
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=/tmp", "PATH=/usr/bin:/bin"] + environment
    let argv = ([launcher, executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    guard posix_spawn(&pid, launcher, &actions, nil, argv, envp) == 0 else { return nil }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0, let bytes = try? FileIO.read(output) else { return nil }
    let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ").compactMap {
        Double($0.filter { !$0.isWhitespace })
    }
    guard fields.count == 2 else { return nil }
    return (fields[0], fields[1] / 1024)
}

/// Runs a program to completion (the compiler, `ladder import`), with `environment` added to
/// this process's; `quiet` sends its output to /dev/null.
func run(_ executable: String, _ arguments: [String], environment: [String] = [], quiet: Bool = false) -> Bool {
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    var inherited: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
        inherited.append(String(cString: pointer))
        entry += 1
    }
    let envp = (inherited + environment).map { strdup($0) } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if quiet {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, executable, &actions, nil, argv, envp) == 0 else { return false }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return status == 0
}
