#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// A failed file operation: what was being done, to which path, and the system's reason.
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32
    /// Our own words for the reason, where the system's would mislead ("it is a FIFO").
    public let explanation: String?

    public init(_ operation: String, _ path: String, code: Int32 = errno, explanation: String? = nil) {
        self.operation = operation
        self.path = path
        self.code = code
        self.explanation = explanation
    }

    public var reason: String { explanation ?? String(cString: strerror(code)) }

    public var description: String { "cannot \(operation) \(path): \(reason)" }
}

/// Small POSIX file operations with durable, atomic replacement.
public enum FileIO {
    /// The bytes of the regular file at `path`, or nil when there is nothing there (or a parent
    /// is not a directory). Anything but a regular file (a FIFO would block the read for ever, a
    /// device could be endless) is refused, and so is more than `limit` bytes.
    public static func read(_ path: String, limit: Int = .max) throws(FileError) -> [UInt8]? {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; the kind is checked on the open file.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw FileError("read", path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError("read", path) }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regularFile else {
            throw FileError("read", path, code: EINVAL, explanation: "it is \(kind), not a file")
        }
        guard Int(status.st_size) <= limit else {
            throw FileError(
                "read", path, code: EFBIG,
                explanation: "it is \(Int(status.st_size) / 1_048_576) MB, more than ladder reads")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError("read", path)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                throw FileError("read", path, code: EFBIG, explanation: "it grew past what ladder reads")
            }
        }
    }

    /// Replaces `path` with `bytes` so that at every instant the path holds either the old
    /// contents or the new, never a mix or nothing: write a temporary file in the same
    /// directory, flush it to disk, rename it over the old one, flush the directory.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(FileError) {
        let temporary = temporaryPath(for: path)
        // Temporaries of this path whose writers are gone go (a dead writer renames nothing); a stale
        // one of this process's id goes too, and a link planted there is removed, never
        // followed: O_EXCL | O_NOFOLLOW create a new file or fail.
        removeStaleTemporaries(
            in: directoryName(of: path), namesStartingWith: baseName(of: path) + ".tmp-", holdingLock: false)
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw FileError("create", temporary) }
        do throws(FileError) {
            try writeAll(bytes, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw FileError("flush", temporary) }
            guard close(descriptor) == 0 else { throw FileError("close", temporary) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = FileError("replace", path)
            unlink(temporary)
            throw failure
        }
        try syncDirectory(of: path)
    }

    /// The temporary file `writeAtomically` uses for `path`, unique to this process.
    public static func temporaryPath(for path: String) -> String {
        "\(path).tmp-\(getpid())"
    }

    /// Removes the temporary files `writeAtomically` left in `directory` (`NAME.tmp-PID`) whose
    /// name starts with `prefix` and whose writer is gone. Holding the lock every writer of
    /// those files takes, every one is a dead writer's. Without it, one must be older than a
    /// minute and no process here have its id: an id alone can mislead (another PID namespace,
    /// a home shared over NFS), and no live write takes a minute.
    public static func removeStaleTemporaries(
        in directory: String, namesStartingWith prefix: String = "", holdingLock: Bool
    ) {
        let now = time(nil)
        for name in names(in: directory) where name.hasPrefix(prefix) {
            let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }
            guard name.dropLast(digits.count).hasSuffix(".tmp-"), let writer = pid_t(String(digits.reversed())),
                writer > 0
            else { continue }
            let path = directory + "/" + name
            if !holdingLock {
                var status = stat()
                guard lstat(path, &status) == 0, now - status.st_mtim.tv_sec > 60,
                    kill(writer, 0) != 0 && errno == ESRCH
                else { continue }
            }
            unlink(path)
        }
    }

    /// Creates `path` and any missing parents (mode 0700: progress is private).
    public static func createDirectories(_ path: String) throws(FileError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw FileError("create the directory", current)
            }
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileError("create the directory", path) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw FileError("use the directory", path, code: ENOTDIR) }
    }

    /// What kind of thing `path` names (following symbolic links unless told not to), or nil
    /// when nothing is there.
    public static func kind(of path: String, followingLinks: Bool = true) -> FileKind? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        return FileKind(mode: status.st_mode)
    }

    /// Where a write that replaces `path` must go: `path` itself when it is a regular file or
    /// nothing yet (in a directory that exists), or the regular file a symbolic link names, so
    /// the link survives. Anything else (a directory, a FIFO, a device, a broken link) is refused:
    /// replacing it would destroy something that is not the user's file.
    public static func replaceableTarget(_ path: String) throws(FileError) -> String {
        guard !path.isEmpty else { throw FileError("write", path, code: ENOENT, explanation: "the path is empty") }
        var target = path
        if kind(of: path, followingLinks: false) == .symbolicLink {
            guard let resolved = realpath(path, nil) else {
                // A link the kernel can follow but no path names (`/proc/self/fd/1` to a pipe)
                // is what it leads to; the rest lead nowhere.
                if let kind = kind(of: path) {
                    throw FileError(
                        "write", path, code: EINVAL,
                        explanation: "it is a symbolic link to \(kind), not to a regular file")
                }
                throw FileError(
                    "write", path, code: ENOENT, explanation: "it is a symbolic link to nothing (or a loop of links)")
            }
            defer { free(resolved) }
            target = String(cString: resolved)
        }
        switch kind(of: target) {
        case .regularFile?:
            return target
        case nil:
            let directory = directoryName(of: target)
            guard isDirectory(directory) else {
                throw FileError("write", path, code: ENOENT, explanation: "the directory \(directory) does not exist")
            }
            return target
        case let other?:
            throw FileError("write", path, code: EINVAL, explanation: "it is \(other), not a regular file")
        }
    }

    /// `path` with every symbolic link and `.`/`..` resolved: of the file when it exists, else
    /// of its directory with the name appended (as written, when neither resolves).
    public static func realPath(_ path: String) -> String {
        func resolved(_ path: String) -> String? {
            guard let pointer = realpath(path, nil) else { return nil }
            defer { free(pointer) }
            return String(cString: pointer)
        }
        if let whole = resolved(path) { return whole }
        return resolved(directoryName(of: path)).map { $0 + "/" + baseName(of: path) } ?? path
    }

    /// The permission bits of what `path` names (following links), or nil when nothing is there.
    public static func permissions(of path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
    }

    /// The size of the file at `path` in bytes (0 when there is none).
    public static func size(of path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The names in a directory (empty when it cannot be read).
    public static func names(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Deletes a file.
    public static func remove(_ path: String) throws(FileError) {
        guard unlink(path) == 0 else { throw FileError("remove", path) }
        try syncDirectory(of: path)
    }

    /// Whether `path` is an existing directory.
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Renames a file (same file system).
    public static func move(_ from: String, to destination: String) throws(FileError) {
        guard rename(from, destination) == 0 else { throw FileError("move", from) }
        try syncDirectory(of: destination)
    }

    /// Size, modification time and inode: enough to notice that another process replaced a file.
    public static func fingerprint(_ path: String) -> [Int] {
        var status = stat()
        guard stat(path, &status) == 0 else { return [] }
        return [Int(status.st_ino), Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
    }

    public static func directoryName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError("write", path)
            }
            offset += written
        }
    }

    private static func syncDirectory(of path: String) throws(FileError) {
        let directory = directoryName(of: path)
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError("open the directory", directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw FileError("flush the directory", directory) }
    }
}

/// What a path names, in words for messages ("a FIFO").
public enum FileKind: Equatable, Sendable, CustomStringConvertible {
    case regularFile, directory, symbolicLink, fifo, characterDevice, blockDevice, socket

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: self = .socket
        }
    }

    public var description: String {
        switch self {
        case .regularFile: "a regular file"
        case .directory: "a directory"
        case .symbolicLink: "a symbolic link"
        case .fifo: "a FIFO"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        }
    }
}

extension FileIO {
    /// Runs `body` holding an exclusive advisory lock (`flock`) on `lockPath`. The lock is a
    /// separate file because the data file is replaced by rename on every save.
    public static func withExclusiveLock<T>(_ lockPath: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == ELOOP {
                throw FileError("lock", lockPath, code: ELOOP, explanation: "it is a symbolic link; remove it")
            }
            throw FileError("create the lock file", lockPath)
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw FileError("lock", lockPath) }
        }
        return try body()
    }
}
