import LadderFiles
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies of other people's progress files kept in a folder beside the user's own
/// (`progress.json.opinions/`, `progress.json.team/`), one `NAME.json` each: the one mechanism
/// behind opinions and a manager's team. Keeping and removing take the progress file's lock,
/// so of two keeps under one name exactly one succeeds; names that differ only in case are one
/// name (one file on a case-insensitive file system).
public struct KeptCopies: Sendable {
    public let directory: String
    private let lockPath: String

    public init(progressPath: String, folder: String) {
        directory = progressPath + "." + folder
        lockPath = ProgressStore.lockPath(forProgressAt: progressPath)
    }

    public func path(for name: String) -> String { "\(directory)/\(name).json" }

    /// The names kept, sorted. Only a name that could have been given is listed, so only such
    /// a name is ever joined to the folder.
    public func names() -> [String] {
        FileIO.names(in: directory).filter { $0.hasSuffix(".json") && $0.count > 5 }.map { String($0.dropLast(5)) }
            .filter { Self.problem(withName: $0) == nil }.sorted()
    }

    /// The name kept that is `name` but for case, if any.
    public func kept(_ name: String) -> String? {
        names().first { $0.lowercased() == name.lowercased() }
    }

    /// Why `name` cannot name a copy, or nil when it can: a short word of letters, digits,
    /// `-` and `_` (it becomes a file name, so nothing that climbs out of the folder).
    public static func problem(withName name: String) -> String? {
        guard !name.isEmpty, name.count <= 40 else { return "a name has 1 to 40 characters" }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
            name.first != "-"
        else {
            return "a name is letters, digits, - and _ (such as jane or manager-2026)"
        }
        return nil
    }

    /// Reads someone's progress file (refused as the progress file's own would be), with its
    /// bytes and what it holds; an older file's notes are dated by the file's day.
    public static func read(_ file: String) throws(OpinionError) -> (bytes: [UInt8], progress: UserProgress) {
        let read: [UInt8]?
        do {
            read = try FileIO.read(file, limit: ProgressFile.maximumBytes)
        } catch {
            throw .unreadable(error)
        }
        guard let bytes = read else { throw .missing(file) }
        do {
            let seconds = FileIO.fingerprint(file)[safe: 2] ?? 0
            return (
                bytes,
                try ProgressFile.decode(
                    bytes, fileDate: ProgressFile.localDate(Date(timeIntervalSince1970: Double(seconds)))
                ).progress
            )
        } catch {
            throw .notAProgressFile(file, error)
        }
    }

    /// Why the folder cannot hold copies, or nil when it can (or does not exist yet): a link
    /// (copies would land wherever it points, outside the progress file's folder), not a
    /// folder, or a folder that cannot be read (the copies would look gone).
    public func folderProblem() -> String? {
        var status = stat()
        guard lstat(directory, &status) == 0 else { return errno == ENOENT ? nil : "\(FileError("read", directory))" }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return "\(directory) is a link; ladder keeps copies only in a folder of its own"
        case S_IFDIR: return access(directory, R_OK | X_OK) == 0 ? nil : "\(FileError("read", directory, code: EACCES))"
        default: return "\(directory) is not a folder"
        }
    }

    /// Writes `bytes` as the copy `name`: refused when the name is taken, unless `replace`
    /// (which writes over the copy of that name, whatever its case). Returns the name kept
    /// under (the existing one's case, on a replace).
    @discardableResult
    public func keep(_ bytes: [UInt8], as name: String, replace: Bool = false) throws(OpinionError) -> String {
        if let problem = folderProblem() { throw .cannotUseFolder(problem) }
        // What is kept must load again: a copy re-encoded past the limit would be refused.
        guard bytes.count <= ProgressFile.maximumBytes else { throw .tooLargeToKeep(bytes.count) }
        do {
            try FileIO.createDirectories(directory)
            return try FileIO.withExclusiveLock(lockPath) {
                FileIO.removeStaleTemporaries(in: directory, holdingLock: true)
                let kept = kept(name)
                if let kept, !replace { throw OpinionError.duplicate(kept) }
                try FileIO.writeAtomically(bytes, to: path(for: kept ?? name))
                return kept ?? name
            }
        } catch let error as OpinionError {
            throw error
        } catch let error as FileError {
            throw .cannotKeep(error)
        } catch {
            throw .cannotKeep(FileError("keep", path(for: name), code: EIO))
        }
    }

    /// Removes the copy `name` (whatever its case); false when none has that name.
    public func remove(_ name: String) throws(FileError) -> Bool {
        guard kept(name) != nil else { return false }
        do {
            return try FileIO.withExclusiveLock(lockPath) {
                FileIO.removeStaleTemporaries(in: directory, holdingLock: true)
                guard let kept = kept(name) else { return false }
                try FileIO.remove(path(for: kept))
                return true
            }
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError("remove", path(for: name), code: EIO)
        }
    }

    /// Every copy kept, read, and a problem for each that cannot be (never fatal: the user's
    /// own progress does not depend on them).
    public func load() -> (copies: [(name: String, progress: UserProgress, keptOn: String)], problems: [String]) {
        var copies: [(name: String, progress: UserProgress, keptOn: String)] = []
        var problems: [String] = folderProblem().map { [$0] } ?? []
        guard problems.isEmpty else { return ([], problems) }
        for name in names() {
            let path = path(for: name)
            do {
                guard let bytes = try FileIO.read(path, limit: ProgressFile.maximumBytes) else {
                    problems.append("\(name) (\(path)) is a link to nothing")
                    continue
                }
                let progress = try ProgressFile.decode(bytes, fileDate: "1970-01-01").progress
                let seconds = FileIO.fingerprint(path)[safe: 2] ?? 0
                copies.append((name, progress, ProgressFile.localDate(Date(timeIntervalSince1970: Double(seconds)))))
            } catch let error as FileError {
                // Its message names the path already.
                problems.append("\(name): \(error)")
            } catch {
                problems.append("\(name) (\(path)) \(error)")
            }
        }
        return (copies, problems)
    }
}
