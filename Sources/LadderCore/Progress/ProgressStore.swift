import LadderText
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

/// Owns the progress file: loads it, records changes, and saves every change at once,
/// atomically, merged into whatever another instance saved meanwhile.
///
/// A damaged file (unreadable, not JSON, not a progress file, from a newer ladder) makes the
/// store read-only: it is never overwritten, only moved aside by `repair`. A failed save
/// (read-only directory, full disk) keeps the change in memory as unsaved and retries it with
/// the next change.
public final class ProgressStore {
    /// The progress file.
    public let path: String
    /// Saved progress plus any unsaved changes: what the user sees.
    public private(set) var progress: UserProgress
    /// Changes not yet on disk (a save failed).
    public private(set) var unsaved: [ProgressChange] = []
    /// Why the file cannot be used; while set, nothing is saved.
    public private(set) var damage: ProgressFileProblem?
    /// Set by the save that upgraded an older file: where its original was kept. Said once.
    public private(set) var upgradeNotice: String?

    private var saved: UserProgress
    private var fingerprint: [Int] = []
    /// The fingerprint of the file as this store last wrote it: while the file still has it,
    /// nobody else has saved since, and `saved` is what is on disk (no need to read it back).
    private var lastWritten: [Int] = []
    private let now: () -> Date
    private let write: (_ bytes: [UInt8], _ path: String) throws(FileError) -> Void

    /// Opens the progress file at `path` (which need not exist yet).
    /// - Parameters:
    ///   - now: the clock for tick times.
    ///   - write: how bytes are written; tests substitute failures such as a full disk.
    public init(
        path: String,
        now: @escaping () -> Date = Date.init,
        write: @escaping (_ bytes: [UInt8], _ path: String) throws(FileError) -> Void = {
            bytes, path throws(FileError) in
            try FileIO.writeAtomically(bytes, to: path)
        }
    ) {
        self.path = path
        self.now = now
        self.write = write
        saved = UserProgress()
        progress = UserProgress()
        reload()
    }

    public var isReadOnly: Bool { damage != nil }
    public var hasUnsavedChanges: Bool { !unsaved.isEmpty }

    /// The lock file beside the file the progress path names (beside a link's target), so
    /// that writers reaching one file by different paths take one lock.
    public var lockPath: String { Self.lockPath(forProgressAt: path) }

    /// The lock that writers of the progress file at `path`, and of the files kept beside it
    /// (backups, opinions), take.
    public static func lockPath(forProgressAt path: String) -> String { FileIO.realPath(path) + ".lock" }

    /// Takes the notice of an upgrade, if a save just made one: it is said once.
    public func takeUpgradeNotice() -> String? {
        defer { upgradeNotice = nil }
        return upgradeNotice
    }

    /// The time to stamp a tick made now.
    public func timestamp() -> String { ProgressFile.timestamp(now()) }

    /// Today's date where the user is, by the store's clock.
    public func today() -> String { ProgressFile.localDate(now()) }

    /// Applies changes and saves them at once. When the save fails the changes stay in
    /// memory, marked unsaved, and the next call retries them.
    public func record(_ changes: [ProgressChange]) throws(ProgressStoreError) {
        if let damage { throw .damaged(path: path, damage) }
        for change in changes { progress.apply(change) }
        unsaved += changes
        try save()
    }

    /// Saves unsaved changes: under the lock, re-reads the file, applies the changes to what
    /// is there, and replaces it atomically.
    public func save() throws(ProgressStoreError) {
        if let damage { throw .damaged(path: path, damage) }
        do {
            try FileIO.createDirectories(FileIO.directoryName(of: path))
            // Through a symbolic link (a dotfiles manager's, a sync folder's) to the file it names.
            let target = try FileIO.replaceableTarget(path)
            try FileIO.withExclusiveLock(lockPath) {
                // The file's and its backups' temporaries, beside the file and beside the link.
                for file in Set([target, path]) {
                    FileIO.removeStaleTemporaries(
                        in: FileIO.directoryName(of: file), namesStartingWith: FileIO.baseName(of: file) + ".",
                        holdingLock: true)
                }
                let untouched = !lastWritten.isEmpty && FileIO.fingerprint(path) == lastWritten
                var merged = untouched ? saved : try readForMerge()
                for change in unsaved { merged.apply(change) }
                try write(ProgressFile.encodedBytes(merged), target)
                saved = merged
                progress = merged
                unsaved = []
                fingerprint = FileIO.fingerprint(path)
                lastWritten = fingerprint
            }
        } catch let error as ProgressStoreError {
            throw error
        } catch let error as FileError {
            throw .saveFailed(error)
        } catch {
            throw .saveFailed(FileError("save", path, code: EIO))
        }
    }

    /// What is on disk now, to merge unsaved changes into. A damaged file marks the store
    /// read-only; a file from an older version is backed up once before it is replaced.
    private func readForMerge() throws -> UserProgress {
        guard let bytes = try FileIO.read(path, limit: ProgressFile.maximumBytes) else { return UserProgress() }
        let contents: ProgressFile.Contents
        do {
            contents = try ProgressFile.decode(bytes, fileDate: fileDate())
        } catch {
            damage = error
            throw ProgressStoreError.damaged(path: path, error)
        }
        if let version = contents.migratedFrom {
            try keepBackup(of: bytes, version: version)
        }
        return contents.progress
    }

    /// Re-reads the file if another process changed it since this store last read or wrote it,
    /// keeping unsaved changes on top. Returns whether anything was read.
    @discardableResult
    public func reloadIfChanged() -> Bool {
        guard FileIO.fingerprint(path) != fingerprint else { return false }
        reload()
        return true
    }

    /// Reads the file afresh (a missing file is empty progress) and reapplies unsaved changes.
    public func reload() {
        fingerprint = FileIO.fingerprint(path)
        if let kind = FileIO.kind(of: path), kind != .regularFile {
            damage = .notAFile(kind)
            progress = saved
            return
        }
        // Saves refuse to replace a link to nothing: say so now, not at the first change.
        if FileIO.kind(of: path) == nil, FileIO.kind(of: path, followingLinks: false) == .symbolicLink {
            damage = .linkToNothing
            progress = saved
            return
        }
        do {
            if let bytes = try FileIO.read(path, limit: ProgressFile.maximumBytes) {
                saved = try ProgressFile.decode(bytes, fileDate: fileDate()).progress
            } else {
                saved = UserProgress()
            }
            damage = nil
        } catch let error as FileError {
            damage = .unreadable(error.reason)
        } catch let error as ProgressFileProblem {
            damage = error
        } catch {
            damage = .unreadable("\(error)")
        }
        progress = saved
        for change in unsaved { progress.apply(change) }
    }

    /// Moves a damaged progress file aside to `progress.json.broken-<time>` so a fresh one can
    /// start, and returns where it went; nil when the file is not damaged. Anything but a
    /// regular file (a directory named by mistake) is never moved. Through a symbolic link, the
    /// file it names is moved (beside itself) and an empty progress file takes its place, so
    /// the link stays and keeps naming a file.
    @discardableResult
    public func repair() throws(FileError) -> String? {
        guard let damage else { return nil }
        switch damage {
        case .notAFile: throw FileError("repair", path, code: EISDIR)
        case .linkToNothing:
            throw FileError("repair", path, code: ENOENT, explanation: "it is a symbolic link to nothing")
        default: break
        }
        let linked = FileIO.kind(of: path, followingLinks: false) == .symbolicLink
        let file = linked ? FileIO.realPath(path) : path
        let stamp = ProgressFile.timestamp(now()).filter { $0.isNumber || $0 == "T" || $0 == "Z" }
        var destination = "\(file).broken-\(stamp)"
        var attempt = 1
        while FileIO.kind(of: destination, followingLinks: false) != nil {
            attempt += 1
            destination = "\(file).broken-\(stamp)-\(attempt)"
        }
        try FileIO.move(file, to: destination)
        if linked { try FileIO.writeAtomically(ProgressFile.encodedBytes(UserProgress()), to: file) }
        reload()
        return destination
    }

    /// The day the file was last written, `YYYY-MM-DD` (an older file's notes are dated so).
    private func fileDate() -> String {
        let seconds = FileIO.fingerprint(path)[safe: 2] ?? 0
        return String(ProgressFile.timestamp(Date(timeIntervalSince1970: Double(seconds))).prefix(10))
    }

    /// Keeps the original bytes of a migrated file before the first save in the new format,
    /// under a name nothing has yet (`progress.json.v2.bak`, else `.v2-2.bak`, …), and notes
    /// where it went.
    private func keepBackup(of bytes: [UInt8], version: Int) throws(FileError) {
        var backup = "\(path).v\(version).bak"
        var attempt = 1
        while FileIO.kind(of: backup, followingLinks: false) != nil {
            attempt += 1
            backup = "\(path).v\(version)-\(attempt).bak"
        }
        try FileIO.writeAtomically(bytes, to: backup)
        upgradeNotice =
            "Upgraded \(path) from format \(version) to \(ProgressFile.schemaVersion); the old file is kept as \(backup)"
    }
}

/// Why a change could not be saved.
public enum ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is damaged and is left untouched.
    case damaged(path: String, ProgressFileProblem)
    /// Writing failed; the change is kept in memory as unsaved.
    case saveFailed(FileError)

    public var description: String {
        switch self {
        case .damaged(let path, .notAFile(let kind)):
            "the progress file \(path) is \(kind), not a file. Check --progress-file and LADDER_PROGRESS."
        case .damaged(let path, let problem):
            "the progress file \(path) \(problem). It was left untouched; run `ladder progress --repair` to move it aside and start afresh."
        case .saveFailed(let error):
            "could not save progress: \(error)"
        }
    }
}
