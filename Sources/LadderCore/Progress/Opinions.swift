import LadderText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Someone else's ratings of the user's skills: a manager's or mentor's progress file, rated
/// blind with ladder and sent over. Read only: the user's own ratings are never changed by it.
public struct Opinion: Equatable, Sendable {
    public let name: String
    public let ratings: [String: RatingRecord]

    public init(name: String, ratings: [String: RatingRecord]) {
        self.name = name
        self.ratings = ratings
    }
}

/// The opinions kept beside a progress file (`progress.json.opinions/NAME.json`): copies of
/// the files as they were added, so the sender's later edits need a new `add`.
///
/// Adding and removing take the progress file's lock, so of two adds under one name exactly
/// one is kept and the other is told the name is taken.
public struct OpinionStore: Sendable {
    public let directory: String
    private let lockPath: String

    public init(progressPath: String) {
        directory = progressPath + ".opinions"
        lockPath = ProgressStore.lockPath(forProgressAt: progressPath)
    }

    public func path(for name: String) -> String { "\(directory)/\(name).json" }

    /// The names of the opinions kept, sorted.
    public func names() -> [String] {
        FileIO.names(in: directory).filter { $0.hasSuffix(".json") && $0.count > 5 }.map { String($0.dropLast(5)) }
            .filter { Self.problem(withName: $0) == nil }.sorted()
    }

    /// Every opinion kept, and a problem for each that cannot be read (never fatal: the
    /// user's own progress does not depend on them).
    public func load() -> (opinions: [Opinion], problems: [String]) {
        var opinions: [Opinion] = []
        var problems: [String] = []
        for name in names() {
            do {
                opinions.append(try read(path(for: name), name: name))
            } catch {
                problems.append("the opinion \(name) (\(path(for: name))) \(error)")
            }
        }
        return (opinions, problems)
    }

    /// Why `name` cannot name an opinion, or nil when it can: a short word of letters, digits,
    /// `-` and `_` (it becomes a file name, so nothing that climbs out of the folder).
    public static func problem(withName name: String) -> String? {
        guard !name.isEmpty, name.count <= 40 else { return "a name has 1 to 40 characters" }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
              name.first != "-" else {
            return "a name is letters, digits, - and _ (such as jane or manager-2026)"
        }
        return nil
    }

    /// Keeps a copy of someone's progress file as the opinion `name`. Refuses a bad name, a
    /// name already kept, and a file that is not a progress file; changes nothing then.
    @discardableResult
    public func add(file: String, name: String) throws(OpinionError) -> Opinion {
        if let problem = Self.problem(withName: name) { throw .badName(name, problem) }
        // Said early, before the file is read; said for certain under the lock below. Names
        // differ by more than case: on a case-insensitive file system they are one file.
        if let kept = names().first(where: { $0.lowercased() == name.lowercased() }) { throw .duplicate(kept) }
        let read: [UInt8]?
        do {
            read = try FileIO.read(file, limit: ProgressFile.maximumBytes)
        } catch {
            throw .unreadable(error)
        }
        guard let bytes = read else { throw .missing(file) }
        let opinion: Opinion
        do {
            opinion = Opinion(name: name, ratings: try ProgressFile.decode(bytes, fileDate: "1970-01-01").progress.ratings)
        } catch {
            throw .notAProgressFile(file, error)
        }
        do {
            try FileIO.createDirectories(directory)
            try FileIO.withExclusiveLock(lockPath) {
                FileIO.removeStaleTemporaries(in: directory, holdingLock: true)
                if let kept = names().first(where: { $0.lowercased() == name.lowercased() }) { throw OpinionError.duplicate(kept) }
                try FileIO.writeAtomically(bytes, to: path(for: name))
            }
        } catch let error as OpinionError {
            throw error
        } catch let error as FileError {
            throw .cannotKeep(error)
        } catch {
            throw .cannotKeep(FileError("keep", path(for: name), code: EIO))
        }
        return opinion
    }

    /// Removes the opinion `name`; false when no opinion has that name. Only a name `names()`
    /// lists is ever joined to the folder.
    public func remove(_ name: String) throws(FileError) -> Bool {
        guard names().contains(name) else { return false }
        do {
            return try FileIO.withExclusiveLock(lockPath) {
                FileIO.removeStaleTemporaries(in: directory, holdingLock: true)
                guard names().contains(name) else { return false }
                try FileIO.remove(path(for: name))
                return true
            }
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError("remove", path(for: name), code: EIO)
        }
    }

    private func read(_ path: String, name: String) throws -> Opinion {
        guard let bytes = try FileIO.read(path, limit: ProgressFile.maximumBytes) else { throw FileError("read", path, code: 2) }
        return Opinion(name: name, ratings: try ProgressFile.decode(bytes, fileDate: "1970-01-01").progress.ratings)
    }
}

/// Why an opinion could not be added.
public enum OpinionError: Error, Equatable, Sendable, CustomStringConvertible {
    case badName(String, String)
    case duplicate(String)
    case missing(String)
    case unreadable(FileError)
    case notAProgressFile(String, ProgressFileProblem)
    case cannotKeep(FileError)

    public var description: String {
        switch self {
        case .badName(let name, let problem): "cannot use the name \"\(Sanitizer.clean(name))\": \(problem)"
        case .duplicate(let name): "an opinion named \(name) is already kept; remove it first (`ladder opinion remove \(name)`) or choose another name"
        case .missing(let file): "no such file: \(Sanitizer.clean(file))"
        case .unreadable(let error): "\(error)"
        case .notAProgressFile(let file, let problem): "\(Sanitizer.clean(file)) \(problem)"
        case .cannotKeep(let error): "could not keep it: \(error)"
        }
    }
}

/// Where the user's rating and an opinion's differ on one skill.
public struct RatingDifference: Equatable, Sendable {
    public let skill: SkillEntry
    public let own: Rating
    /// Every opinion that rated the skill, by name, in the order they were given.
    public let opinions: [(name: String, rating: Rating)]
    /// The largest gap between the user's rating and an opinion's (2 or more: a serious disconnect).
    public let steps: Int

    public static func == (lhs: RatingDifference, rhs: RatingDifference) -> Bool {
        lhs.skill == rhs.skill && lhs.own == rhs.own && lhs.steps == rhs.steps
            && lhs.opinions.map(\.name) == rhs.opinions.map(\.name) && lhs.opinions.map(\.rating) == rhs.opinions.map(\.rating)
    }
}

extension Catalog {
    /// Skills the user and an opinion both rated, differently: two steps or more first, then
    /// catalog order. Skills rated the same by everyone are not listed.
    public func calibration(_ progress: UserProgress, opinions: [Opinion]) -> [RatingDifference] {
        let differences = skills.compactMap { skill -> RatingDifference? in
            guard let own = progress.rating(skill.id) else { return nil }
            let theirs = opinions.compactMap { opinion in opinion.ratings[skill.id].map { (opinion.name, $0.rating) } }
            let steps = theirs.map { abs($0.1.step - own.step) }.max() ?? 0
            return steps > 0 ? RatingDifference(skill: skill, own: own, opinions: theirs, steps: steps) : nil
        }
        return differences.enumerated().sorted { ($1.element.steps, $0.offset) < ($0.element.steps, $1.offset) }.map(\.element)
    }
}
