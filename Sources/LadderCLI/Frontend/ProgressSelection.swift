import LadderCore
import LadderText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which progress file a run uses: `--progress-file`, else the environment's default.
struct ProgressSelection {
    var progressFile: String?

    /// The progress file's path. An empty `--progress-file`, or one naming a directory (ending
    /// in `/`), is a usage error: nothing is created.
    func path() throws -> String {
        if let progressFile {
            guard !progressFile.isEmpty else {
                throw CommandFailure.usage("--progress-file needs a path, such as ~/ladder/progress.json")
            }
            guard !progressFile.hasSuffix("/") else {
                throw CommandFailure.usage(
                    "--progress-file \(Sanitizer.clean(progressFile)) names a directory; give the file's name, "
                        + "such as \(Sanitizer.clean(progressFile))progress.json")
            }
        }
        let directory =
            getcwd(nil, 0).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? "."
        return ProgressLocation.path(
            explicit: progressFile, environment: processEnvironment(), currentDirectory: directory)
    }

    /// The store, failing with exit status 2 when the file is damaged.
    func openStore() throws -> ProgressStore {
        let store = ProgressStore(path: try path())
        if let damage = store.damage {
            throw CommandFailure.usage(ProgressStoreError.damaged(path: store.path, damage).description)
        }
        return store
    }

    /// The saved progress for read-only pages; a damaged file is a warning there, not a failure.
    func progressForDisplay() throws -> UserProgress {
        let store = ProgressStore(path: try path())
        if let damage = store.damage {
            writeToStandardError(
                "ladder: warning: ratings not shown: \(ProgressStoreError.damaged(path: store.path, damage))\n")
        }
        return store.progress
    }

    /// The opinions kept beside the progress file; one that cannot be read is a warning.
    func opinions() throws -> [Opinion] {
        let (opinions, problems) = OpinionStore(progressPath: try path()).load()
        for problem in problems { writeToStandardError("ladder: warning: skipped \(problem)\n") }
        return opinions
    }
}

/// Records changes, turning store errors into command failures: a damaged file exits 2,
/// a failed save exits 1. The save that upgrades an older file says so, once.
func record(_ changes: [ProgressChange], in store: ProgressStore) throws {
    do {
        try store.record(changes)
    } catch .damaged(let path, let problem) {
        throw CommandFailure.usage(ProgressStoreError.damaged(path: path, problem).description)
    } catch {
        throw CommandFailure.failed("\(error); nothing was changed")
    }
    if let notice = store.takeUpgradeNotice() { try emit(Sanitizer.clean(notice)) }
}

/// "Ticked 2 skills (1 already ticked) in PATH".
func changeSummary(done: String, _ changed: Int, already: String, _ unchanged: Int, in store: ProgressStore) -> String {
    var text = "\(done) " + Plural.count(changed, "skill")
    if unchanged > 0 { text += " (\(unchanged) \(already))" }
    return text + " in \(store.path)"
}
