import LadderText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Every text a command prints leaves through `emit` (standard output) or
// `writeToStandardError`, and both pass the sanitiser on the way: paths (the working
// directory, `--progress-file`, `$XDG_DATA_HOME`) and what files hold can carry escape
// sequences, and none may reach the terminal. JSON is escaped before it gets here
// (`CatalogJSON.encode`), so the sanitiser finds nothing to change in it.

/// Writes `text` and `terminator` to standard output, sanitised. A failed or short write (a
/// full disk, `ulimit -f`, `/dev/full`) throws a failure that exits 1; a reader that went away
/// (`ladder tracks | head -1`) ends ladder quietly, as the default for SIGPIPE does.
func emit(_ text: String, terminator: String = "\n") throws {
    let bytes = Array(Sanitizer.clean(text + terminator, keepNewlines: true).utf8)
    if let error = writeAll(bytes, to: STDOUT_FILENO) {
        if error == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        throw CommandFailure.failed("cannot write to standard output: \(String(cString: strerror(error)))")
    }
}

/// Writes a message to standard error, sanitised: messages quote what the user typed and
/// what files hold. A failure to write there has nowhere to be reported.
func writeToStandardError(_ text: String) {
    _ = writeAll(Array(Sanitizer.clean(text, keepNewlines: true).utf8), to: STDERR_FILENO)
}

/// Writes every byte, retrying interrupted and partial writes; the `errno` of a failure, or nil.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBytes { buffer -> Int32? in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return written < 0 ? errno : EIO
            }
        }
        return nil
    }
}
