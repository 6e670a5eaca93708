import Foundation

/// A real terminal for end-to-end tests: a private tmux server running one command in a pane
/// of a given size. Tests send keys and wait for text to appear, never sleeping a fixed time.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    private let socket = "ladder-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by `sh -c`) in a `width` x `height` pane. When it ends the pane
    /// shows `EXIT=<status>` and stays open, so the terminal's state afterwards can be read.
    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        let exports = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let script = "\(exports.isEmpty ? "" : "export \(exports); ")\(command); echo EXIT=$?; sleep 600"
        // The server this starts lives on: it must not inherit a pipe we wait to see closed.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", script])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Kills the tmux server outright (no hang-up reaches the program in the pane).
    func killServer(signal: String) {
        let pidText =
            (try? tmux(["display-message", "-p", "#{pid}"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let pid = Int32(pidText) { kill(pid, signal == "KILL" ? SIGKILL : SIGTERM) }
    }

    /// The pane's text (with `escapes`, its colour and attribute escape sequences too).
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
    }

    /// Sends tmux key names ("Up", "Enter", "C-c", "Space") or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Clicks at a screen position (0-based), as an xterm reports a click: an SGR mouse press
    /// and release, typed into the pane (so the program must run with TERM=xterm-256color).
    func click(x: Int, y: Int) throws {
        try tmux(["send-keys", "-t", "main", "-l", "\u{1B}[<0;\(x + 1);\(y + 1)M"])
        try tmux(["send-keys", "-t", "main", "-l", "\u{1B}[<0;\(x + 1);\(y + 1)m"])
    }

    /// Where `text` first shows on the screen (0-based column and row), if it does.
    func position(of text: String) throws -> (x: Int, y: Int)? {
        for (row, line) in try capture().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) {
                return (line.distance(from: line.startIndex, to: range.lowerBound), row)
            }
        }
        return nil
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A pane format variable, such as `alternate_on` or `cursor_flag`.
    func value(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", "#{\(format)}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Waits until the pane shows `text` (polling every 20 ms, for at most `seconds`).
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15) throws -> String {
        try waitUntil("“\(text)”", seconds: seconds) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the pane's text with its escape sequences (so a change
    /// of selection, drawn in reverse video, can be seen).
    func waitUntilEscaped(_ description: String, seconds: Double = 15, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture(escapes: true)
            if condition(screen) { return }
            usleep(20_000)
        }
        throw Timeout(waitingFor: description, screen: screen)
    }

    /// Waits until `condition` holds for the pane's text.
    @discardableResult
    func waitUntil(_ description: String, seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(20_000)
        }
        throw Timeout(waitingFor: description, screen: screen)
    }

    /// Runs a tmux command; its output is read only for the commands that print something
    /// (the server that `new-session` starts lives on and must not hold our pipe open).
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let printsOutput = ["capture-pane", "display-message"].contains(arguments.first ?? "")
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        // `swift test` sets NO_COLOR for its own output; the terminal under test starts without it.
        environment["NO_COLOR"] = nil
        if environment["TERM"] == nil || environment["TERM"] == "dumb" { environment["TERM"] = "xterm-256color" }
        let result = try ChildProcess.run(
            "/usr/bin/env", ["tmux", "-L", socket] + arguments, environment: environment, capture: printsOutput)
        return result.standardOutput
    }
}
