import LadderCore
import LadderImport
import LadderText
import LadderFiles

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Today, `YYYY-MM-DD` (UTC).
func today() -> String { ProgressFile.localDate(Date()) }

/// Prints `text`, or replaces the file `output` with it atomically: only a regular file or a
/// new name in an existing directory (through a link to one), never a device or a FIFO, and
/// never ladder's own data: the progress file at `progressPath`, its lock, backups and
/// opinions, or an installed framework.
func write(_ text: String, to output: String?, what: String, sparing progressPath: String) throws {
    guard let output else {
        try emit(text, terminator: "")
        return
    }
    let target: String
    do {
        target = try FileIO.replaceableTarget(output)
    } catch {
        throw CommandFailure.usage(
            "cannot write \(what) to \(Sanitizer.clean(output)): \(error.reason); nothing was written")
    }
    if let own = ladderData(at: target, progressPath: progressPath) {
        throw CommandFailure.usage(
            "cannot write \(what) to \(Sanitizer.clean(output)): it is \(own); choose another file. Nothing was written"
        )
    }
    // A file replaced keeps its mode; one nobody may write was made read-only on purpose.
    let mode = FileIO.permissions(of: target) ?? 0o644
    guard mode & 0o222 != 0 else {
        throw CommandFailure.usage(
            "cannot write \(what) to \(output): it is read-only; choose another file or make it writable. Nothing was written"
        )
    }
    do {
        try FileIO.writeAtomically(Array(text.utf8), to: target, mode: mode)
    } catch {
        throw CommandFailure.failed("cannot write \(what): \(error)")
    }
    try emit("Wrote \(what) to \(Sanitizer.clean(output))")
}

/// What of ladder's own data `target` (a resolved path) is, if any: the progress file or a
/// file beside it that ladder keeps (`progress.json.lock`, `.v2.bak`, `.opinions/`), or a file
/// in the frameworks folder. Compared by real path, so no link leads around it.
func ladderData(at target: String, progressPath: String) -> String? {
    let resolvedTarget = FileIO.realPath(target)
    let progress = FileIO.realPath(progressPath)
    if resolvedTarget == progress { return "your progress file" }
    if resolvedTarget.hasPrefix(progress + ".") { return "a file ladder keeps beside your progress file" }
    let frameworks = FileIO.realPath(FrameworkStore(environment: processEnvironment()).directory)
    if resolvedTarget.hasPrefix(frameworks + "/") { return "in ladder's frameworks folder" }
    return nil
}
