#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How wide plain output is wrapped.
enum OutputWidth {
    /// Readable line length even on a very wide terminal.
    static let maximum = 100
    /// Used when standard output is not a terminal (pipes, files, tests).
    static let standard = 80

    /// The terminal's width (at most `maximum`) when standard output is a terminal, else 80.
    static var current: Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else {
            return standard
        }
        return min(Int(size.ws_col), maximum)
    }
}
