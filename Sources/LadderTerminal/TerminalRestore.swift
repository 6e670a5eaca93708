@preconcurrency import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// The last line of defence for the terminal: signals.
///
/// SIGTERM, SIGHUP and SIGINT only set a flag the event loop checks, so the normal, orderly
/// restore runs. A crash (SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT) cannot return to
/// the loop, so its handler puts the terminal's modes back with async-signal-safe calls
/// (`tcsetattr`, `write`) and then lets the signal take its course.
public enum TerminalRestore {
    /// The termination signal received, or 0.
    public static var pendingSignal: Int32 { ladderPendingSignal }

    static func install() {
        tcgetattr(STDIN_FILENO, &originalModes)
        hasOriginalModes = true
        // Leave the alternate screen, show the cursor, reset attributes, stop mouse reporting.
        let sequence = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\r\n"
        crashSequence = Array(sequence.utf8)
        for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
            signal(signalNumber) { received in ladderPendingSignal = received }
        }
        for signalNumber in [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT] {
            signal(signalNumber) { received in
                if hasOriginalModes { tcsetattr(STDIN_FILENO, TCSAFLUSH, &originalModes) }
                crashSequence.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}

nonisolated(unsafe) private var ladderPendingSignal: Int32 = 0
nonisolated(unsafe) private var originalModes = termios()
nonisolated(unsafe) private var hasOriginalModes = false
nonisolated(unsafe) private var crashSequence: [UInt8] = []
