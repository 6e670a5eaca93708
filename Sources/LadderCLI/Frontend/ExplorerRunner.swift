import LadderCore
import LadderTerminal
import LadderUI

#if canImport(Glibc)
import Glibc
#endif

/// Runs the full-screen explorer: keys from the terminal into the explorer, its grid back out,
/// until the user quits or a termination signal arrives. The terminal is restored on every path.
enum ExplorerRunner {
    struct Options {
        var colors: ColorChoice
        var mouse: Bool
        var exitAfterFirstFrame = false
    }

    /// Returns the exit status: 0 after quitting, 128 + the signal after SIGTERM or SIGHUP.
    static func run(
        catalog: Catalog, store: ProgressStore, opinions: [Opinion], team: TeamStore, keys: KeyMap, options: Options
    ) throws -> Int32 {
        do {
            try Terminal.checkUsable(environment: processEnvironment())
        } catch {
            throw CommandFailure.usage(
                "the explorer needs an interactive terminal: \(error.reason). For scripts and pipes use the "
                    + "commands instead (ladder tracks, ladder show LEVEL, ladder compare LEVEL; ladder --help lists them)."
            )
        }
        let terminal = Terminal(colors: options.colors, mouse: options.mouse)
        defer { terminal.restore() }
        let size = terminal.size
        let explorer = Explorer(
            catalog: catalog, store: store, opinions: opinions, team: team, keys: keys, width: size.width,
            height: size.height)
        var hungUp = false
        explorer.run(draw: terminal.draw) {
            if options.exitAfterFirstFrame { return nil }
            let key = terminal.readKey(timeoutMilliseconds: 500)
            if TerminalRestore.pendingSignal != 0 { return nil }
            if key == .idle && !terminal.isConnected {
                hungUp = true
                return nil
            }
            return key
        }
        if hungUp { return 128 + SIGHUP }
        let signal = TerminalRestore.pendingSignal
        return signal == 0 || signal == SIGINT ? 0 : 128 + signal
    }
}
